//! The zone and conduit model: every zone (its system under consideration, description and
//! assets) and every conduit (the zones it joins, its description), each with two rows of levels
//! per foundational requirement: SL-T, and SL-A beside it in green where it reaches SL-T and in
//! red only where it falls below. Why each SL-T is what it is, FR by FR, stands beside them, with
//! an SL-T set by hand, its justification and what the risk model alone would derive.

use super::{Book, fail, header, sheet_name, text_lines};
use crate::assessment::{Assessment, FR_NAMES};
use crate::error::Result;
use crate::i18n::Texts;
use crate::scoring::security_level::level_text;
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

/// The sheet, named `name` (from [`name`]).
pub fn zone_model_sheet(
    wb: &mut Workbook,
    name: &str,
    a: &Assessment,
    score: &Score,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(name).map_err(fail)?;
    let mut columns = vec![
        (texts.ui("col-id"), 13.0),
        (texts.ui("col-name"), 16.0),
        (texts.ui("zm-col-system"), 13.0),
        (texts.ui("zm-col-description"), 28.0),
        (texts.ui("zm-col-assets"), 26.0),
        (texts.ui("zm-col-level"), 6.0),
    ];
    columns.extend(FR_NAMES.iter().map(|fr| (fr.to_string(), 5.0)));
    columns.push((texts.ui("col-sl-t-reasons"), 40.0));
    header(ws, s, &columns)?;
    let entries = entries(a, texts);
    let model_id = a.risk_model.as_ref().map(|m| m.id.as_str()).unwrap_or_default();
    let level = Format::new().set_align(FormatAlign::Top).set_align(FormatAlign::Center);
    let formats = Formats {
        level: level.clone(),
        good: level.clone().set_background_color("#C6EFCE"),
        bad: level.set_background_color("#FFC7CE"),
    };
    let mut row = 1u32;
    for e in &entries {
        let sl_t = score.sl_targets.iter().find(|t| t.target == e.id);
        let sl_a = score
            .security_levels
            .iter()
            .find(|x| x.target == e.id && x.answered > 0);
        let why = sl_t
            .map(|t| crate::report::explain(t, model_id, texts).join("\n"))
            .unwrap_or_default();
        let texts_of_row = [
            (0, e.id),
            (1, e.name),
            (2, e.system.as_str()),
            (3, e.description),
            (4, e.assets.as_str()),
            (WHY, why.as_str()),
        ];
        // Each text spans three rows: SL-T, SL-A below it, and a third as tall as the rest of
        // the longest text needs.
        let mut tallest = 3;
        for (col, text) in texts_of_row {
            ws.merge_range(row, col, row + 2, col, "", &s.wrap).map_err(fail)?;
            s.text(ws, row, col, text, &s.wrap)?;
            tallest = tallest.max(text_lines(text, columns[usize::from(col)].1));
        }
        ws.set_row_height(row + 2, 15.0 * (tallest - 2) as f64).map_err(fail)?;
        levels(ws, row, sl_t, sl_a, texts, &formats)?;
        row += 3;
    }
    s.pages.area(ws, row.saturating_sub(1).max(1), WHY)
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

/// The SL-T row and the SL-A row of one zone or conduit from `row`.
fn levels(
    ws: &mut Worksheet,
    row: u32,
    sl_t: Option<&SlTarget>,
    sl_a: Option<&SecurityLevelResult>,
    texts: &Texts,
    f: &Formats,
) -> Result<()> {
    ws.write_string_with_format(row, LEVEL, "SL-T", &f.level)
        .map_err(fail)?;
    ws.write_string_with_format(row + 1, LEVEL, "SL-A", &f.level)
        .map_err(fail)?;
    if let Some(t) = sl_t {
        for (i, l) in (0u16..).zip(t.vector) {
            ws.write_number_with_format(row, FIRST_FR + i, f64::from(l), &f.level)
                .map_err(fail)?;
        }
    }
    let Some(x) = sl_a else {
        ws.merge_range(
            row + 1,
            FIRST_FR,
            row + 1,
            FIRST_FR + 6,
            &texts.ui("zm-not-assessed"),
            &f.level,
        )
        .map_err(fail)?;
        return Ok(());
    };
    for (i, achieved) in (0u16..).zip(x.sl_a) {
        let target = sl_t.map(|t| t.vector[usize::from(i)]);
        // Green where SL-A reaches SL-T, red only where it falls below; no colour without a
        // target or where nothing in the FR applies.
        let format = match (achieved, target) {
            (Some(a), Some(t)) if a >= t => &f.good,
            (Some(_), Some(_)) => &f.bad,
            _ => &f.level,
        };
        match achieved {
            Some(l) => ws.write_number_with_format(row + 1, FIRST_FR + i, f64::from(l), format),
            None => ws.write_string_with_format(
                row + 1,
                FIRST_FR + i,
                level_text(None, &texts.ui("label-sl-na")),
                format,
            ),
        }
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
