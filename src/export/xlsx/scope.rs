//! The Scope and method sheet: what was assessed and how, as a consultancy's report states it
//! before its findings. The systems under consideration, the questionnaires with their editions,
//! the risk model and how SL-T follows from it, the maturity targets, who assessed, who was
//! interviewed (role, organisation, when, how many answers) and the 62443-3-2 steps not done yet.
//! A page of small tables one under another, printed one page wide.

use super::{Book, fail, fit_row};
use crate::assessment::Assessment;
use crate::assessment::interviewee::interviews;
use crate::catalog::{Catalog, Questionnaire, Scope};
use crate::error::Result;
use crate::i18n::Texts;
use fluent_bundle::FluentValue;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet};

/// The widths of the sheet's six columns; tables span them as they need.
const WIDTHS: [f64; 6] = [34.0, 26.0, 38.0, 18.0, 18.0, 10.0];
const LAST: u16 = WIDTHS.len() as u16 - 1;

/// Writes rows one under another; a cell may span several columns.
struct Writer<'a, 'b> {
    ws: &'a mut Worksheet,
    s: &'a Book<'b>,
    row: u32,
    heading: Format,
    label: Format,
}

impl Writer<'_, '_> {
    /// A section's title, with a blank row before it (but the first).
    fn heading(&mut self, title: &str) -> Result<()> {
        if self.row > 0 {
            self.row += 1;
        }
        self.ws
            .merge_range(self.row, 0, self.row, LAST, "", &self.heading)
            .map_err(fail)?;
        self.s.text(self.ws, self.row, 0, title, &self.heading)?;
        self.ws.set_row_height(self.row, 20.0).map_err(fail)?;
        self.row += 1;
        Ok(())
    }

    /// One row of cells, each `(text, columns it spans)`, in `format`; as tall as its longest text.
    fn cells(&mut self, cells: &[(&str, u16)], format: &Format) -> Result<()> {
        let mut col = 0u16;
        let mut sized = Vec::with_capacity(cells.len());
        for (text, span) in cells {
            let end = (col + span.max(&1) - 1).min(LAST);
            if end > col {
                self.ws
                    .merge_range(self.row, col, self.row, end, "", format)
                    .map_err(fail)?;
            }
            self.s.text(self.ws, self.row, col, text, format)?;
            sized.push((*text, WIDTHS[usize::from(col)..=usize::from(end)].iter().sum()));
            col = end + 1;
        }
        fit_row(self.ws, self.row, sized)?;
        self.row += 1;
        Ok(())
    }

    /// A label in the first column and its value across the others.
    fn field(&mut self, label: &str, value: &str) -> Result<()> {
        let label_format = self.label.clone();
        let value_format = self.s.wrap.clone();
        self.s.text(self.ws, self.row, 0, label, &label_format)?;
        self.ws
            .merge_range(self.row, 1, self.row, LAST, "", &value_format)
            .map_err(fail)?;
        self.s.text(self.ws, self.row, 1, value, &value_format)?;
        fit_row(
            self.ws,
            self.row,
            [(label, WIDTHS[0]), (value, WIDTHS[1..].iter().sum())],
        )?;
        self.row += 1;
        Ok(())
    }
}

/// What a questionnaire is answered for, in words.
fn answered_for(texts: &Texts, scope: Scope) -> String {
    texts.ui(match scope {
        Scope::Organisation => "scope-for-organisation",
        Scope::System => "scope-for-system",
        Scope::Zone => "scope-for-zone",
        Scope::Conduit => "scope-for-conduit",
        Scope::ZoneOrConduit => "scope-for-zone-or-conduit",
        Scope::Component => "scope-for-component",
    })
}

pub fn scope_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = super::add_sheet(wb, taken, &texts.ui("sheet-scope"))?;
    s.pages.page_with_breaks(ws, &WIDTHS);
    for (col, width) in (0u16..).zip(WIDTHS) {
        ws.set_column_width(col, width).map_err(fail)?;
    }
    let mut w = Writer {
        ws,
        s,
        row: 0,
        heading: Format::new()
            .set_bold()
            .set_font_size(13)
            .set_font_color("#1F4E79")
            .set_border_bottom(FormatBorder::Medium)
            .set_align(FormatAlign::Bottom),
        label: Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top),
    };
    let questionnaires: Vec<&Questionnaire> = a
        .assessment
        .questionnaires
        .iter()
        .filter_map(|id| catalog.questionnaire(id))
        .collect();

    // An organisation-only assessment (a provider's 2-4 self-assessment, say) has no system,
    // zone or risk model to speak of.
    let system_work = a.assesses_systems(catalog);
    if system_work {
        w.heading(&texts.ui("scope-systems"))?;
        let (id, name, description) = (texts.ui("col-id"), texts.ui("col-name"), texts.ui("col-description"));
        w.cells(&[(&id, 1), (&name, 1), (&description, 4)], &s.header)?;
        for x in &a.systems {
            w.cells(&[(&x.id, 1), (&x.name, 1), (&x.description, 4)], &s.wrap)?;
        }
    }

    w.heading(&texts.ui("scope-questionnaires"))?;
    let heads = [
        texts.ui("col-standard"),
        texts.ui("col-title"),
        texts.ui("col-edition"),
        texts.ui("col-answered-for"),
        texts.ui("col-answers"),
    ];
    w.cells(
        &[
            (&heads[0], 1),
            (&heads[1], 2),
            (&heads[2], 1),
            (&heads[3], 1),
            (&heads[4], 1),
        ],
        &s.header,
    )?;
    for q in &questionnaires {
        let title = texts.get(&q.id, "questionnaire", Some("title"));
        let given = a
            .answers()
            .iter()
            .filter(|x| x.questionnaire == q.id.as_str() && x.value.is_some())
            .count()
            .to_string();
        let standard = format!("{}\n({})", q.standard, q.id);
        w.cells(
            &[
                (&standard, 1),
                (&title, 2),
                (&q.edition, 1),
                (&answered_for(texts, q.scope), 1),
                (&given, 1),
            ],
            &s.wrap,
        )?;
    }

    if system_work {
        w.heading(&texts.ui("scope-method"))?;
        method_fields(&mut w, a, texts)?;
    }

    w.heading(&texts.ui("scope-maturity-targets"))?;
    let default = format!("ML{}", a.targets.maturity);
    w.field(&texts.ui("scope-maturity-default"), &default)?;
    for (qid, groups) in &a.targets.maturity_groups {
        let q = catalog.questionnaire(qid);
        for (gid, level) in groups {
            let title = q
                .and_then(|q| q.group(gid))
                .map(|g| texts.get(qid, &g.key, Some("title")))
                .unwrap_or_default();
            let label = format!("{} {gid}", q.map(|q| q.standard.as_str()).unwrap_or(qid));
            w.field(&label, &format!("ML{level} · {title}"))?;
        }
    }
    for (qid, p) in &a.targets.profile {
        let standard = catalog.questionnaire(qid).map_or(qid.as_str(), |q| q.standard.as_str());
        let label = format!("{} · {standard}", texts.ui("target-profile"));
        w.field(&label, &format!("{} ({})", p.title, p.id))?;
    }
    let scope = a.assessment.service_scope;
    if !scope.is_both() {
        w.field(
            &texts.ui("scope-services"),
            &texts.ui(&format!("service-scope-{}", scope.id())),
        )?;
    }

    w.heading(&texts.ui("scope-people"))?;
    w.field(&texts.ui("field-assessors"), &a.assessment.assessors.join(", "))?;
    let heads = [
        texts.ui("col-interviewee"),
        texts.ui("col-role"),
        texts.ui("field-organisation"),
        texts.ui("col-first-answer"),
        texts.ui("col-last-answer"),
        texts.ui("col-answers"),
    ];
    let spans: Vec<(&str, u16)> = heads.iter().map(|h| (h.as_str(), 1)).collect();
    w.cells(&spans, &s.header)?;
    let people = interviews(a);
    if people.is_empty() {
        w.cells(&[(&texts.ui("scope-nobody-interviewed"), 6)], &s.wrap)?;
    }
    let when = |t: Option<jiff::Timestamp>| t.map(|t| t.strftime("%Y-%m-%d %H:%M").to_string()).unwrap_or_default();
    for p in &people {
        let (first, last, count) = (when(p.first), when(p.last), p.answers.to_string());
        w.cells(
            &[
                (&p.name, 1),
                (&p.role, 1),
                (&p.organisation, 1),
                (&first, 1),
                (&last, 1),
                (&count, 1),
            ],
            &s.wrap,
        )?;
    }

    if let Some(q) = questionnaires.iter().find(|q| q.scope == Scope::System) {
        // The steps are a table of their own: they start a page rather than leave their heading
        // alone at the foot of one (the heading leaves a blank row first).
        w.ws.set_page_breaks(&[w.row + 1]).map_err(fail)?;
        steps_not_done(&mut w, a, catalog, texts, q)?;
    }
    let last = w.row.saturating_sub(1);
    s.pages.area(w.ws, last, LAST)
}

/// The risk model: its id and size, its scales, which risk is tolerable, the lowest SL-T, and the
/// SL-T method with what it does.
fn method_fields(w: &mut Writer, a: &Assessment, texts: &Texts) -> Result<()> {
    let Some(m) = &a.risk_model else {
        return w.field(&texts.ui("spec-method"), &texts.ui("spec-no-model"));
    };
    let domain = format!("risk-{}", m.id);
    let label = |id: String| texts.get(&domain, &id, Some("label"));
    let scale = |prefix: &str, levels: &[String]| -> String {
        (1..)
            .zip(levels)
            .map(|(n, l)| format!("{n} {}", label(format!("{prefix}-{l}"))))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let size = texts.ui_with(
        "scope-model-size",
        &[
            ("id", FluentValue::from(m.id.as_str())),
            ("likelihood", FluentValue::from(m.likelihood.levels.len())),
            ("impact", FluentValue::from(m.impact.levels.len())),
        ],
    );
    w.field(&texts.ui("scope-risk-model"), &size)?;
    w.field(&texts.ui("col-likelihood"), &scale("likelihood", &m.likelihood.levels))?;
    w.field(&texts.ui("col-impact"), &scale("impact", &m.impact.levels))?;
    let levels = |tolerable: bool| -> String {
        m.risk_levels
            .iter()
            .filter(|l| l.tolerable == tolerable)
            .map(|l| label(format!("risk-{}", l.id)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    w.field(&texts.ui("spec-tolerable"), &levels(true))?;
    w.field(&texts.ui("spec-intolerable"), &levels(false))?;
    w.field(
        &texts.ui("spec-lowest-sl"),
        &texts.ui_with(
            "spec-lowest-sl-value",
            &[("sl", FluentValue::from(m.sl_t.tolerable_sl))],
        ),
    )?;
    let method = format!("method-{}", a.targets.sl_t_method.id());
    let text = format!(
        "{}\n{}",
        texts.get(&domain, &method, Some("label")),
        texts.get(&domain, &method, Some("description"))
    );
    w.field(&texts.ui("spec-method"), &text)?;
    if m.sl_t.conduits_follow_zones {
        w.field(
            &texts.get(&domain, "floor-conduit", Some("label")),
            &texts.get(&domain, "floor-conduit", Some("description")),
        )?;
    }
    let by_hand =
        a.zones.iter().filter(|z| z.sl_t.is_some()).count() + a.conduits.iter().filter(|c| c.sl_t.is_some()).count();
    w.field(
        &texts.ui("scope-override"),
        &texts.ui_with("scope-override-text", &[("count", FluentValue::from(by_hand))]),
    )
}

/// Per system, the steps of the per-system questionnaire (62443-3-2) not done: partly, not done
/// or not answered (not applicable counts as settled); or a line saying all are done.
fn steps_not_done(w: &mut Writer, a: &Assessment, catalog: &Catalog, texts: &Texts, q: &Questionnaire) -> Result<()> {
    w.heading(&texts.ui_with(
        "scope-steps-missing",
        &[("standard", FluentValue::from(q.standard.as_str()))],
    ))?;
    let heads = [
        texts.ui("col-id"),
        texts.ui("col-requirement"),
        texts.ui("col-title"),
        texts.ui("col-answer"),
    ];
    w.cells(
        &[(&heads[0], 1), (&heads[1], 1), (&heads[2], 2), (&heads[3], 2)],
        &w.s.header.clone(),
    )?;
    let mut missing = 0;
    for system in &a.systems {
        for r in &q.requirements {
            let answer = a.answer(crate::assessment::AnswerKey {
                questionnaire: &q.id,
                target: Some(&system.id),
                requirement: &r.id,
            });
            let value = answer.and_then(|x| x.value.as_deref());
            let settled = value
                .and_then(|v| catalog.scale_of(r).and_then(|sc| sc.value(v)))
                .is_some_and(|v| v.satisfies || v.not_applicable);
            if settled {
                continue;
            }
            missing += 1;
            let state = match value {
                Some(v) => texts.get("scales", &format!("{}-{v}", r.scale), Some("label")),
                None => texts.ui("scope-step-unanswered"),
            };
            let title = texts.get(&q.id, &r.key, Some("title"));
            let format = if value.is_some() { &w.s.warn } else { &w.s.wrap };
            w.cells(
                &[(&system.id, 1), (&r.id, 1), (&title, 2), (&state, 2)],
                &format.clone(),
            )?;
        }
    }
    if missing == 0 {
        w.cells(&[(&texts.ui("scope-steps-all-done"), 6)], &w.s.good.clone())?;
    }
    Ok(())
}
