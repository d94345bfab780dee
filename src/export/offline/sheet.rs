//! One questionnaire sheet of the offline workbook: above the table, the questionnaire and the
//! system, zone, conduit or component it is for, with its description (a component: its type,
//! vendor, product, version and zone; only the requirements asked of its type are listed); then a plain table (one header row,
//! filter on it) with, for every requirement, the question, the guidance with the evidence to
//! look for, what each answer means, and the answer cells. Only the answer cells are unlocked and
//! typed as text.

use super::{COLUMNS, HEADER_MARK, LISTS_SHEET, Styles, column_letter, protect};
use crate::assessment::{AnswerKey, Assessment};
use crate::catalog::{Catalog, Questionnaire, Requirement, Scope};
use crate::error::Result;
use crate::export::xlsx::long_text::LongTexts;
use crate::export::xlsx::{Pages, fail, text_lines};
use crate::i18n::Texts;
use rust_xlsxwriter::{DataValidation, Formula, Worksheet};

/// Columns only people read (the importer reads [`COLUMNS`]).
const GROUP: u16 = 3;
const QUESTION: u16 = 4;
const GUIDANCE: u16 = 5;
const MEANINGS: u16 = 6;
const LAST: u16 = COLUMNS.flag;

/// The tallest row a spreadsheet program shows (points).
const MAX_ROW_HEIGHT: f64 = 409.0;

/// What every questionnaire sheet is written with.
pub(super) struct Book<'b, 't> {
    pub a: &'b Assessment,
    pub texts: &'b Texts,
    pub styles: &'b Styles,
    pub pages: &'b Pages,
    /// Each scale's id and number of values, in the lists sheet's column order.
    pub lists: &'b [(String, usize)],
    pub long: &'b mut LongTexts<'t>,
}

/// Make `row` as tall as the longest of `cells` (text, column width), at most what a spreadsheet
/// program shows.
fn fit(ws: &mut Worksheet, row: u32, cells: &[(&str, f64)]) -> Result<()> {
    let lines = cells.iter().map(|(t, w)| text_lines(t, *w)).max().unwrap_or(1);
    if lines > 1 {
        ws.set_row_height(row, (15.0 * lines as f64).min(MAX_ROW_HEIGHT))
            .map_err(fail)?;
    }
    Ok(())
}

impl Book<'_, '_> {
    /// Write the sheet of questionnaire `q` for `target` (a system, zone or conduit id; `None`
    /// for an organisation-wide questionnaire) into `ws`.
    pub fn sheet(
        &mut self,
        ws: &mut Worksheet,
        catalog: &Catalog,
        q: &Questionnaire,
        target: Option<&str>,
    ) -> Result<()> {
        let texts = self.texts;
        let columns: [(String, f64); 12] = [
            (HEADER_MARK.into(), 4.0),
            ("target".into(), 4.0),
            (texts.ui("col-requirement"), 13.0),
            (texts.ui("col-group"), 7.0),
            (texts.ui("offline-col-question"), 40.0),
            (texts.ui("offline-col-guidance"), 50.0),
            (texts.ui("offline-col-meanings"), 28.0),
            (texts.ui("col-answer"), 15.0),
            (texts.ui("col-note"), 28.0),
            (texts.ui("offline-col-evidence"), 22.0),
            (texts.ui("col-interviewee"), 14.0),
            (texts.ui("offline-col-flag"), 10.0),
        ];
        let width = |c: u16| columns[usize::from(c)].1;
        for (i, (_, w)) in columns.iter().enumerate() {
            ws.set_column_width(i as u16, *w).map_err(fail)?;
        }
        ws.set_column_hidden(COLUMNS.questionnaire).map_err(fail)?;
        ws.set_column_hidden(COLUMNS.target).map_err(fail)?;
        // What the sheet is for, above the table.
        let title = texts.get(&q.id, "questionnaire", Some("title"));
        ws.write_string_with_format(0, COLUMNS.requirement, &title, &self.styles.heading)
            .map_err(fail)?;
        let mut row = 1;
        let (name, description) = self.target_text(q.scope, target);
        if !name.is_empty() {
            self.long
                .write(ws, row, COLUMNS.requirement, &name, Some(&self.styles.subheading))?;
            row += 1;
        }
        if !description.trim().is_empty() {
            let all: f64 = (COLUMNS.requirement..=LAST).map(width).sum();
            let shown = self.long.cell(&ws.name(), row, COLUMNS.requirement, &description);
            ws.merge_range(row, COLUMNS.requirement, row, LAST, &shown, &self.styles.wrap)
                .map_err(fail)?;
            fit(ws, row, &[(&shown, all)])?;
            row += 1;
        }
        let head = row + 1;
        for (i, (name, _)) in columns.iter().enumerate() {
            ws.write_string_with_format(head, i as u16, name, &self.styles.header)
                .map_err(fail)?;
        }
        // The hidden id columns are narrow: their names do not count for the height.
        let names: Vec<(&str, f64)> = columns[usize::from(COLUMNS.requirement)..]
            .iter()
            .map(|(n, w)| (n.as_str(), *w))
            .collect();
        fit(ws, head, &names)?;
        ws.set_freeze_panes(head + 1, COLUMNS.requirement + 1).map_err(fail)?;

        let mut last = head;
        // Requirements outside the service scope (62443-2-4), or not asked of a component's type
        // (62443-4-2), are not asked.
        let asked = self.a.asks_for(target);
        for r in q.requirements.iter().filter(|r| asked(r)) {
            last += 1;
            self.requirement_row(ws, last, catalog, q, target, r, &width)?;
        }
        // The flag drop-down: the word for yes.
        let letter = column_letter(self.lists.len());
        let flag = DataValidation::new()
            .allow_list_formula(Formula::new(format!("={LISTS_SHEET}!${letter}$2:${letter}$2")))
            .ignore_blank(true);
        if last > head {
            ws.add_data_validation(head + 1, COLUMNS.flag, last, COLUMNS.flag, &flag)
                .map_err(fail)?;
        }
        ws.autofilter(head, COLUMNS.requirement, last, LAST).map_err(fail)?;

        self.pages.table(ws)?;
        ws.set_repeat_rows(head, head).map_err(fail)?;
        // Every printed page names the questionnaire and the zone or conduit.
        let on_page = if name.is_empty() { title } else { name };
        ws.set_header(format!("&L{}", on_page.replace('&', "&&").replace(['\n', '\r'], " ")));
        self.pages.area(ws, last, LAST)?;
        protect(ws);
        Ok(())
    }

    /// The name line and the description of what a sheet is for: the system, zone or conduit, or
    /// the organisation for an organisation-wide questionnaire.
    fn target_text(&self, scope: Scope, target: Option<&str>) -> (String, String) {
        let (a, texts) = (self.a, self.texts);
        let Some(t) = target else {
            return (a.assessment.organisation.clone(), String::new());
        };
        let line = |key: &str, name: &str, extra: &[(&str, String)]| {
            let mut args = vec![("id", t.to_string().into()), ("name", name.to_string().into())];
            args.extend(extra.iter().map(|(k, v)| (*k, v.clone().into())));
            texts.ui_with(key, &args)
        };
        if scope == Scope::System {
            return match a.system(t) {
                Some(s) => (line("offline-target-system", &s.name, &[]), s.description.clone()),
                None => (t.to_string(), String::new()),
            };
        }
        if scope.per_component() {
            return match a.component(t) {
                Some(c) => (
                    line(
                        "offline-target-component",
                        &c.name,
                        &[("type", crate::component_text::type_name(c.kind, texts))],
                    ),
                    component_description(c, texts),
                ),
                None => (t.to_string(), String::new()),
            };
        }
        if let Some(z) = a.zones.iter().find(|z| z.id == t) {
            return (line("offline-target-zone", &z.name, &[]), z.description.clone());
        }
        match a.conduits.iter().find(|c| c.id == t) {
            Some(c) => (
                line(
                    "offline-target-conduit",
                    &c.name,
                    &[("from", c.from.clone()), ("to", c.to.clone())],
                ),
                c.description.clone(),
            ),
            None => (t.to_string(), String::new()),
        }
    }

    /// One requirement's row.
    #[allow(clippy::too_many_arguments)]
    fn requirement_row(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        catalog: &Catalog,
        q: &Questionnaire,
        target: Option<&str>,
        r: &Requirement,
        width: &dyn Fn(u16) -> f64,
    ) -> Result<()> {
        let (texts, styles) = (self.texts, self.styles);
        let ans = self.a.answer(AnswerKey {
            questionnaire: &q.id,
            target,
            requirement: &r.id,
        });
        let long = &mut *self.long;
        long.write(ws, row, COLUMNS.questionnaire, &q.id, None)?;
        long.write(ws, row, COLUMNS.target, target.unwrap_or(""), None)?;
        long.write(ws, row, COLUMNS.requirement, &r.id, Some(&styles.wrap))?;
        long.write(ws, row, GROUP, &r.group, Some(&styles.wrap))?;
        let title = texts.get(&q.id, &r.key, Some("title"));
        let question = texts.get(&q.id, &r.key, Some("question"));
        let bold = styles.subheading.clone().set_text_wrap();
        ws.write_rich_string_with_format(
            row,
            QUESTION,
            &[(&bold, title.as_str()), (&styles.wrap, &format!("\n{question}"))],
            &styles.wrap,
        )
        .map_err(fail)?;
        let guidance = guidance(texts, &q.id, &r.key);
        ws.write_string_with_format(row, GUIDANCE, &guidance, &styles.wrap)
            .map_err(fail)?;
        let meanings = meanings(catalog, texts, &r.scale);
        ws.write_string_with_format(row, MEANINGS, &meanings, &styles.wrap)
            .map_err(fail)?;

        let label = ans
            .and_then(|x| x.value.as_deref())
            .map(|v| texts.get("scales", &format!("{}-{v}", r.scale), Some("label")))
            .unwrap_or_default();
        let (note, evidence, interviewee, flag) = match ans {
            Some(x) => (
                x.note.clone(),
                x.evidence.join("\n"),
                x.interviewee.to_string(),
                if x.flagged {
                    texts.ui("choice-yes")
                } else {
                    String::new()
                },
            ),
            None => Default::default(),
        };
        for (column, text) in [
            (COLUMNS.answer, &label),
            (COLUMNS.note, &note),
            (COLUMNS.evidence, &evidence),
            (COLUMNS.interviewee, &interviewee),
            (COLUMNS.flag, &flag),
        ] {
            if text.is_empty() {
                ws.write_blank(row, column, &styles.answer).map_err(fail)?;
            } else {
                long.write(ws, row, column, text, Some(&styles.answer))?;
            }
        }
        fit(
            ws,
            row,
            &[
                (&format!("{title}\n{question}"), width(QUESTION)),
                (&guidance, width(GUIDANCE)),
                (&meanings, width(MEANINGS)),
                (&note, width(COLUMNS.note)),
                (&evidence, width(COLUMNS.evidence)),
            ],
        )?;
        // The answer drop-down: this requirement's scale.
        if let Some(c) = self.lists.iter().position(|(id, _)| id == &r.scale) {
            let n = self.lists[c].1 + 1;
            let letter = column_letter(c);
            let validation = DataValidation::new()
                .allow_list_formula(Formula::new(format!("={LISTS_SHEET}!${letter}$2:${letter}${n}")))
                .ignore_blank(true);
            ws.add_data_validation(row, COLUMNS.answer, row, COLUMNS.answer, &validation)
                .map_err(fail)?;
        }
        Ok(())
    }
}

/// What a component's sheet says below its name: vendor, product and version, and its zone.
fn component_description(c: &crate::assessment::Component, texts: &Texts) -> String {
    let product: Vec<&str> = [c.vendor.as_str(), c.product.as_str(), c.version.as_str()]
        .into_iter()
        .filter(|x| !x.trim().is_empty())
        .collect();
    let mut lines = Vec::new();
    if !product.is_empty() {
        lines.push(product.join(" "));
    }
    if !c.zone.is_empty() {
        lines.push(texts.ui_with("offline-component-zone", &[("zone", c.zone.clone().into())]));
    }
    lines.join("\n")
}

/// The guidance of a requirement and the evidence to look for, as the texts give them.
fn guidance(texts: &Texts, questionnaire: &str, key: &str) -> String {
    let attr = |a: &str| texts.lookup(questionnaire, key, Some(a), None).map(|t| t.shown());
    let mut out = attr("guidance").unwrap_or_default();
    if let Some(evidence) = attr("evidence").filter(|e| !e.trim().is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(texts.label("offline-evidence-to-see").trim_end());
        for line in evidence.lines().filter(|l| !l.trim().is_empty()) {
            out.push_str("\n• ");
            out.push_str(line.trim());
        }
    }
    out
}

/// What each value of scale `scale` means: "label: description", one a line.
fn meanings(catalog: &Catalog, texts: &Texts, scale: &str) -> String {
    let Some(s) = catalog.scale(scale) else {
        return String::new();
    };
    let colon = texts.ui("colon");
    s.values
        .iter()
        .map(|v| {
            let key = format!("{scale}-{}", v.id);
            format!(
                "{}{colon}{}",
                texts.get("scales", &key, Some("label")),
                texts.get("scales", &key, Some("description"))
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
