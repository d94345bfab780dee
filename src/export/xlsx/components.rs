//! The components (62443-4-2) in the customer's workbook: the "Components" sheet (each component
//! with its type, vendor, product, version, zone, SL-C per FR and where that SL-C comes from) and
//! the "Zone check" sheet (per zone and component, why the component keeps its zone from the SL-T,
//! in the words of `component_text::shortfall_lines`). Printed apart, each is one plain table with
//! its header repeated on every page. Also the zone model's per-zone column and the executive
//! summary's sentence about them.

use super::{Book, fail, fit_row, header, sheet_name};
use crate::assessment::{Assessment, FR_NAMES};
use crate::component_text::{declared_source, shortfall_lines, sl_c_text, source_word, type_name};
use crate::error::Result;
use crate::i18n::Texts;
use crate::scoring::Score;
use crate::scoring::capability::{Capability, Shortfall, Source};
use crate::scoring::security_level::Standing;
use fluent_bundle::FluentValue;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet};

/// The columns of the Components sheet before the FRs, and where the FRs begin.
const FIRST_FR: u16 = 7;
const SOURCE: u16 = FIRST_FR + 7;
const FROM: u16 = SOURCE + 1;

/// The names of the two sheets, taken before the sheets that refer to them are written.
pub struct Names {
    pub components: String,
    pub zone_check: String,
}

pub fn names(taken: &mut Vec<String>, texts: &Texts) -> Names {
    Names {
        components: sheet_name(&texts.ui("sheet-components"), taken),
        zone_check: sheet_name(&texts.ui("sheet-zone-check"), taken),
    }
}

/// The two sheets, named as `names` says.
pub fn sheets(
    wb: &mut Workbook,
    names: &Names,
    (a, score): (&Assessment, &Score),
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(&names.components).map_err(fail)?;
    components_sheet(ws, a, score, texts, s)?;
    let ws = wb.add_worksheet();
    ws.set_name(&names.zone_check).map_err(fail)?;
    zone_check_sheet(ws, a, score, texts, s)
}

/// The SL-T of zone `zone` in FR `fr` (1-7), when it has one.
fn sl_t_of(score: &Score, zone: &str, fr: u8) -> Option<u8> {
    score
        .sl_targets
        .iter()
        .find(|t| t.target == zone)
        .map(|t| t.vector[usize::from(fr - 1)])
}

/// Where a component's SL-C comes from, in words: the count of 4-2 answers, the supplier's
/// claim (beside an assessed SL-C too), the common constraints holding it at 0; or that nobody
/// knows it.
fn where_from(c: &Capability, texts: &Texts) -> String {
    let mut lines = Vec::new();
    if let Some(r) = &c.assessed {
        lines.push(texts.ui_with(
            "sl-c-assessed-count",
            &[
                ("answered", FluentValue::from(r.answered)),
                ("applicable", FluentValue::from(r.applicable)),
            ],
        ));
    }
    if !c.constraints_open.is_empty() {
        let ids: Vec<&str> = c.constraints_open.iter().map(|(id, _)| id.as_str()).collect();
        lines.push(texts.ui_with("components-ccsc-open", &[("ids", ids.join(", ").into())]));
    }
    if let Some(d) = &c.declared {
        let vector: Vec<String> = d.sl_c.iter().map(u8::to_string).collect();
        let claim = format!("{{{}}}: {}", vector.join(" "), declared_source(d, texts));
        lines.push(if c.source == Source::Assessed {
            format!("{} {claim}", texts.ui("sl-c-declared"))
        } else {
            claim
        });
    }
    if c.source == Source::Unknown {
        lines.push(texts.ui("components-unknown-source"));
    }
    lines.join("\n")
}

/// The Components sheet: one row per component, its SL-C per FR green where it reaches its
/// zone's SL-T and red where it falls below (an FR below only because answers are missing, and
/// an unknown SL-C, stay without colour: open work, not a gap).
fn components_sheet(ws: &mut Worksheet, a: &Assessment, score: &Score, texts: &Texts, s: &Book<'_>) -> Result<()> {
    let mut columns = vec![
        (texts.ui("col-id"), 11.0),
        (texts.ui("col-name"), 18.0),
        (texts.ui("components-col-type"), 13.0),
        (texts.ui("components-col-vendor"), 12.0),
        (texts.ui("components-col-product"), 14.0),
        (texts.ui("components-col-version"), 9.0),
        (texts.ui("components-col-zone"), 10.0),
    ];
    columns.extend(FR_NAMES.iter().map(|fr| (fr.to_string(), 5.0)));
    columns.push((texts.ui("components-col-source"), 11.0));
    columns.push((texts.ui("components-col-from"), 36.0));
    header(ws, s, &columns)?;
    let level = Format::new().set_align(FormatAlign::Top).set_align(FormatAlign::Center);
    let good = level.clone().set_background_color("#C6EFCE");
    let bad = level.clone().set_background_color("#FFC7CE");
    let na = texts.ui("label-sl-na");
    for (row, c) in (1u32..).zip(&score.components) {
        let (vendor, product, version) = a
            .component(&c.component)
            .map(|x| (x.vendor.as_str(), x.product.as_str(), x.version.as_str()))
            .unwrap_or_default();
        let kind = type_name(c.kind, texts);
        let source = source_word(c.source, texts);
        let from = where_from(c, texts);
        let cells = [
            (0, c.component.as_str()),
            (1, c.name.as_str()),
            (2, kind.as_str()),
            (3, vendor),
            (4, product),
            (5, version),
            (6, c.zone.as_str()),
            (SOURCE, source.as_str()),
            (FROM, from.as_str()),
        ];
        for (col, text) in cells {
            s.text(ws, row, col, text, &s.wrap)?;
        }
        fit_row(ws, row, cells.map(|(col, text)| (text, columns[usize::from(col)].1)))?;
        for fr in 1..=7u8 {
            let col = FIRST_FR + u16::from(fr) - 1;
            let Some(levels) = &c.sl_c else {
                ws.write_string_with_format(row, col, "–", &level).map_err(fail)?;
                continue;
            };
            let format = match sl_t_of(score, &c.zone, fr).map(|t| c.standing(fr, t)) {
                Some(Standing::Reached) => &good,
                Some(Standing::Short) => &bad,
                _ => &level,
            };
            match levels[usize::from(fr - 1)] {
                Some(l) => ws.write_number_with_format(row, col, f64::from(l), format),
                None => ws.write_string_with_format(row, col, &na, format),
            }
            .map_err(fail)?;
        }
    }
    let last = (score.components.len() as u32).max(1);
    ws.autofilter(0, 0, last, FROM).map_err(fail)?;
    s.pages.area(ws, last, FROM)
}

/// The zone check's shortfalls grouped per zone and component, in the score's order.
fn pairs(shortfalls: &[Shortfall]) -> Vec<(&str, &str, Vec<&Shortfall>)> {
    let mut out: Vec<(&str, &str, Vec<&Shortfall>)> = Vec::new();
    for x in shortfalls {
        match out.iter_mut().find(|(z, c, _)| *z == x.zone && *c == x.component) {
            Some((_, _, list)) => list.push(x),
            None => out.push((&x.zone, &x.component, vec![x])),
        }
    }
    out
}

/// The Zone check sheet: per zone and component that keeps it from its SL-T, the zone's SL-T,
/// the component's SL-C and where it comes from, and the check's lines (red where it is below,
/// grey where it is not yet shown capable). Without shortfalls, one line says why.
fn zone_check_sheet(ws: &mut Worksheet, a: &Assessment, score: &Score, texts: &Texts, s: &Book<'_>) -> Result<()> {
    let columns = [
        (texts.ui("components-col-zone"), 18.0),
        ("SL-T".to_string(), 14.0),
        (texts.ui("components-col-component"), 20.0),
        ("SL-C".to_string(), 16.0),
        (texts.ui("components-col-source"), 11.0),
        (texts.ui("components-col-check"), 60.0),
    ];
    header(ws, s, &columns)?;
    let pairs = pairs(&score.zone_check);
    for (row, (zone, component, list)) in (1u32..).zip(&pairs) {
        let zone_text = match a.zone(zone) {
            Some(z) if !z.name.is_empty() => format!("{zone}\n{}", z.name),
            _ => zone.to_string(),
        };
        let sl_t = score
            .sl_targets
            .iter()
            .find(|t| t.target == *zone)
            .map(|t| format!("{{{}}}", super::vector(&t.vector)))
            .unwrap_or_default();
        let capability = score.components.iter().find(|c| c.component == *component);
        let component_text = match capability {
            Some(c) if !c.name.is_empty() => format!("{component}\n{}", c.name),
            _ => component.to_string(),
        };
        let sl_c = capability.map(|c| sl_c_text(c, texts)).unwrap_or_default();
        let source = capability.map(|c| source_word(c.source, texts)).unwrap_or_default();
        let owned: Vec<Shortfall> = list.iter().map(|x| (*x).clone()).collect();
        let check = shortfall_lines(&owned, texts).join("\n");
        let below = list.iter().any(|x| x.standing == Standing::Short);
        let check_format = if below { &s.bad } else { &s.unassessed };
        let cells = [
            (zone_text.as_str(), &s.wrap),
            (sl_t.as_str(), &s.wrap),
            (component_text.as_str(), &s.wrap),
            (sl_c.as_str(), &s.wrap),
            (source.as_str(), &s.wrap),
            (check.as_str(), check_format),
        ];
        for (col, (text, format)) in (0u16..).zip(cells) {
            s.text(ws, row, col, text, format)?;
        }
        fit_row(
            ws,
            row,
            cells.iter().zip(&columns).map(|((text, _), (_, w))| (*text, *w)),
        )?;
    }
    let last = (pairs.len() as u32).max(1);
    if pairs.is_empty() {
        let checked = score
            .components
            .iter()
            .any(|c| score.sl_targets.iter().any(|t| t.target == c.zone));
        let text = texts.ui(if checked {
            "zone-check-none"
        } else {
            "zone-check-no-target"
        });
        ws.merge_range(1, 0, 1, 5, &text, &s.wrap).map_err(fail)?;
    } else {
        ws.autofilter(0, 0, last, 5).map_err(fail)?;
    }
    s.pages.area(ws, last, 5)
}

/// How many components to name in a cell or sentence before counting the rest.
const NAMED: usize = 4;

/// The zone model's cell for `zone`: the components below its SL-T with their FRs, then those not
/// yet shown capable; the first few named, the rest counted with the sheet that lists them.
/// Empty when no component keeps the zone from its SL-T.
pub fn zone_cell(zone: &str, score: &Score, texts: &Texts, names: &Names) -> String {
    let here: Vec<&Shortfall> = score.zone_check.iter().filter(|x| x.zone == zone).collect();
    let mut below: Vec<(&str, Vec<u8>)> = Vec::new();
    let mut open: Vec<&str> = Vec::new();
    for x in &here {
        match (x.standing, x.fr) {
            (Standing::Short, Some(fr)) => match below.iter_mut().find(|(c, _)| *c == x.component) {
                Some((_, frs)) => frs.push(fr),
                None => below.push((&x.component, vec![fr])),
            },
            _ => {
                if !open.contains(&x.component.as_str()) {
                    open.push(&x.component);
                }
            }
        }
    }
    open.retain(|c| !below.iter().any(|(b, _)| b == c));
    // A label, then one component a line: an id like "HIST-1" is never broken at its hyphen.
    let list = |label: &str, items: Vec<String>| {
        let mut lines = vec![texts.ui(label)];
        lines.extend(items.iter().take(NAMED).cloned());
        if items.len() > NAMED {
            lines.push(texts.ui_with(
                "components-more",
                &[
                    ("count", (items.len() - NAMED).into()),
                    ("sheet", names.zone_check.clone().into()),
                ],
            ));
        }
        lines.join("\n")
    };
    let mut lines = Vec::new();
    if !below.is_empty() {
        let items = below
            .iter()
            .map(|(c, frs)| {
                let frs: Vec<String> = frs.iter().map(u8::to_string).collect();
                format!("{c} (FR {})", frs.join(", "))
            })
            .collect();
        lines.push(list("zm-components-below", items));
    }
    if !open.is_empty() {
        lines.push(list("zm-components-open", open.iter().map(|c| c.to_string()).collect()));
    }
    lines.join("\n")
}

/// The executive summary's sentence about components: how many fall below their zone's SL-T
/// and how many are not yet shown capable, pointing to the sheet that names them; `None` when
/// the zone check finds nothing.
pub fn executive_sentence(score: &Score, texts: &Texts, names: &Names) -> Option<String> {
    let (mut below, mut open) = (0usize, 0usize);
    for (_, _, list) in pairs(&score.zone_check) {
        if list.iter().any(|x| x.standing == Standing::Short) {
            below += 1;
        } else {
            open += 1;
        }
    }
    (below + open > 0).then(|| {
        texts.ui_with(
            "exec-components",
            &[
                ("below", below.into()),
                ("open", open.into()),
                ("sheet", names.zone_check.clone().into()),
            ],
        )
    })
}
