//! The zone and conduit model: every zone (its system under consideration, description and
//! assets) and every conduit (the zones it joins, its description), one row each, with SL-T and
//! below it SL-A per foundational requirement, in green where SL-A reaches SL-T and in red only
//! where it falls below. Why each SL-T is what it is, FR by FR, stands beside them, with
//! an SL-T set by hand, its justification and what the risk model alone would derive. With
//! components, a last column names, per zone, those that keep it from its SL-T (components.rs).

use super::components::Names;
use super::{Book, fail, fit_row, header, sheet_name};
use crate::assessment::{Assessment, FR_NAMES};
use crate::error::Result;
use crate::i18n::Texts;
use crate::scoring::security_level::{Standing, level_text};
use crate::scoring::{Score, SecurityLevelResult, SlTarget};
use fluent_bundle::FluentValue;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet};

/// The columns before the FRs, and where the FRs and the reasons are.
const LEVEL: u16 = 5;
const FIRST_FR: u16 = 6;
const WHY: u16 = FIRST_FR + 7;

/// One zone or conduit as the sheet shows it.
struct Entry<'a> {
    id: &'a str,
    name: &'a str,
    system: String,
    description: &'a str,
    /// The assets of a zone, or the zones a conduit joins.
    assets: String,
}

/// The sheet, named `name` (from [`name`]); `components`: the components' sheets, when the
/// assessment has components.
pub fn zone_model_sheet(
    wb: &mut Workbook,
    name: &str,
    (a, score): (&Assessment, &Score),
    components: Option<&Names>,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(name).map_err(fail)?;
    // With components, the texts give up some width to the components' column.
    let narrower = if components.is_some() { 5.0 } else { 0.0 };
    let mut columns = vec![
        (texts.ui("col-id"), 13.0),
        (texts.ui("col-name"), 16.0),
        (texts.ui("zm-col-system"), 13.0),
        (texts.ui("zm-col-description"), 28.0 - narrower),
        (texts.ui("zm-col-assets"), 26.0 - narrower),
        (texts.ui("zm-col-level"), 9.0),
    ];
    columns.extend(FR_NAMES.iter().map(|fr| (fr.to_string(), 5.0)));
    columns.push((texts.ui("col-sl-t-reasons"), 40.0 - narrower));
    if components.is_some() {
        columns.push((texts.ui("zm-col-components"), 27.0));
    }
    let last_col = columns.len() as u16 - 1;
    header(ws, s, &columns)?;
    let entries = entries(a, texts);
    let model_id = a.risk_model.as_ref().map(|m| m.id.as_str()).unwrap_or_default();
    let level = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_align(FormatAlign::Center);
    let formats = Formats {
        level: level.clone(),
        good: level.clone().set_background_color("#C6EFCE"),
        bad: level.set_background_color("#FFC7CE"),
    };
    // One row per zone or conduit: a row is never split across pages, so a zone's texts and
    // levels stay together on paper.
    for (row, e) in (1u32..).zip(&entries) {
        let sl_t = score.sl_targets.iter().find(|t| t.target == e.id);
        let sl_a = score
            .security_levels
            .iter()
            .find(|x| x.target == e.id && x.answered > 0);
        let why = sl_t
            .map(|t| crate::report::explain(t, model_id, texts).join("\n"))
            .unwrap_or_default();
        let label = match sl_a {
            Some(_) => "SL-T\nSL-A".to_string(),
            None => format!("SL-T\n{}", texts.ui("zm-not-assessed")),
        };
        let held = components
            .map(|names| super::components::zone_cell(e.id, score, texts, names))
            .unwrap_or_default();
        let mut cells = vec![
            (0, e.id),
            (1, e.name),
            (2, e.system.as_str()),
            (3, e.description),
            (4, e.assets.as_str()),
            (LEVEL, label.as_str()),
            (WHY, why.as_str()),
        ];
        if components.is_some() {
            cells.push((WHY + 1, held.as_str()));
        }
        for &(col, text) in &cells {
            s.text(ws, row, col, text, &s.wrap)?;
        }
        fit_row(
            ws,
            row,
            cells.iter().map(|&(col, text)| (text, columns[usize::from(col)].1)),
        )?;
        levels(ws, row, sl_t, sl_a, texts, &formats)?;
    }
    s.pages.area(ws, (entries.len() as u32).max(1), last_col)
}

/// The sheet's name, taken before the sheets that refer to it are written.
pub fn name(taken: &mut Vec<String>, texts: &Texts) -> String {
    sheet_name(&texts.ui("sheet-zone-model"), taken)
}

struct Formats {
    level: Format,
    good: Format,
    bad: Format,
}

/// Each FR's cell: SL-T above SL-A ("3\n2"), green where SL-A reaches SL-T and red only where
/// a requirement it needs is not met ([`Standing::Short`]); no colour where only unanswered ones
/// hold it down, without SL-T, where nothing in the FR applies ("n/a") or where the
/// zone or conduit is not assessed ("–").
fn levels(
    ws: &mut Worksheet,
    row: u32,
    sl_t: Option<&SlTarget>,
    sl_a: Option<&SecurityLevelResult>,
    texts: &Texts,
    f: &Formats,
) -> Result<()> {
    let na = texts.ui("label-sl-na");
    for i in 0..7 {
        let target = sl_t.map(|t| t.vector[i]);
        let achieved = sl_a.map(|x| x.sl_a[i]);
        // Red only for a gap: an FR held down only by requirements not answered yet is open
        // work, without colour.
        let standing = sl_a.map(|x| x.standing(i as u8 + 1));
        let format = match (achieved, target, standing) {
            (Some(Some(a)), Some(t), _) if a >= t => &f.good,
            (Some(Some(_)), Some(_), Some(Standing::Short)) => &f.bad,
            _ => &f.level,
        };
        let text = format!(
            "{}\n{}",
            target.map(|t| t.to_string()).unwrap_or_else(|| "–".into()),
            achieved.map(|a| level_text(a, &na)).unwrap_or_else(|| "–".into()),
        );
        ws.write_string_with_format(row, FIRST_FR + i as u16, &text, format)
            .map_err(fail)?;
    }
    Ok(())
}

/// Every zone, then every conduit, in the order of the assessment.
fn entries<'a>(a: &'a Assessment, texts: &Texts) -> Vec<Entry<'a>> {
    let system = |id: &str| match a.system(id) {
        Some(s) if !s.name.is_empty() => format!("{} ({})", s.name, s.id),
        _ => id.to_string(),
    };
    let zone_name = |id: &str| match a.zone(id) {
        Some(z) => format!("{id} {}", z.name),
        None => id.to_string(),
    };
    let zones = a.zones.iter().map(|z| Entry {
        id: &z.id,
        name: &z.name,
        system: system(a.system_of_zone(z)),
        description: &z.description,
        assets: z.assets.join("\n"),
    });
    let conduits = a.conduits.iter().map(|c| Entry {
        id: &c.id,
        name: &c.name,
        system: system(a.system_of_conduit(c)),
        description: &c.description,
        assets: texts.ui_with(
            "zm-joins",
            &[
                ("from", FluentValue::from(zone_name(&c.from))),
                ("to", FluentValue::from(zone_name(&c.to))),
            ],
        ),
    });
    zones.chain(conduits).collect()
}
