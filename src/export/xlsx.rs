//! The workbook for the customer: cover, summary, one sheet per questionnaire, zones and conduits,
//! risk register. User text is always written as text, never as a formula.

use crate::assessment::{Assessment, FR_NAMES, SlVector};
use crate::catalog::{Catalog, Questionnaire};
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crate::scoring::{self, Score};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};
use sha2::{Digest, Sha256};
use std::path::Path;

fn fail(e: XlsxError) -> Error {
    Error::usage(format!("cannot build the workbook: {e}"))
}

/// A worksheet name valid in Excel: at most 31 characters, none of []:*?/\, no leading or
/// trailing apostrophe, unique in the workbook.
pub fn sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let cleaned: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let cleaned = cleaned.trim_matches('\'').trim();
    let base: String = if cleaned.is_empty() {
        "Sheet".into()
    } else {
        cleaned.chars().take(31).collect()
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        let suffix = format!(" ({n})");
        name = format!(
            "{}{suffix}",
            base.chars().take(31 - suffix.chars().count()).collect::<String>()
        );
        n += 1;
    }
    taken.push(name.clone());
    name
}

struct Styles {
    header: Format,
    wrap: Format,
    title: Format,
    good: Format,
    bad: Format,
}

fn styles() -> Styles {
    Styles {
        header: Format::new()
            .set_bold()
            .set_background_color("#1F4E79")
            .set_font_color("#FFFFFF")
            .set_border_bottom(FormatBorder::Thin)
            .set_text_wrap(),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        title: Format::new().set_bold().set_font_size(16),
        good: Format::new()
            .set_background_color("#C6EFCE")
            .set_align(FormatAlign::Top),
        bad: Format::new()
            .set_background_color("#FFC7CE")
            .set_align(FormatAlign::Top),
    }
}

fn header(ws: &mut Worksheet, s: &Styles, columns: &[(String, f64)]) -> Result<()> {
    for (i, (name, width)) in columns.iter().enumerate() {
        ws.write_string_with_format(0, i as u16, name, &s.header)
            .map_err(fail)?;
        ws.set_column_width(i as u16, *width).map_err(fail)?;
    }
    ws.set_freeze_panes(1, 0).map_err(fail)?;
    Ok(())
}

fn text(ws: &mut Worksheet, row: u32, col: u16, value: &str, format: &Format) -> Result<()> {
    ws.write_string_with_format(row, col, value, format).map_err(fail)?;
    Ok(())
}

fn vector(v: &SlVector) -> String {
    v.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" ")
}

pub fn render(a: &Assessment, catalog: &Catalog, texts: &Texts, source: &Path) -> Result<Vec<u8>> {
    let score = scoring::score(a, catalog);
    let s = styles();
    let mut wb = Workbook::new();
    let mut taken = Vec::new();
    cover(&mut wb, &mut taken, a, texts, &s, source)?;
    summary(&mut wb, &mut taken, &score, catalog, texts, &s)?;
    for q in a
        .assessment
        .questionnaires
        .iter()
        .filter_map(|id| catalog.questionnaire(id))
    {
        questionnaire_sheet(&mut wb, &mut taken, a, catalog, texts, &s, q)?;
    }
    if !a.zones.is_empty() {
        zones_sheet(&mut wb, &mut taken, a, &score, texts, &s)?;
    }
    if !a.scenarios.is_empty() {
        risk_sheet(&mut wb, &mut taken, a, &score, texts, &s)?;
    }
    wb.save_to_buffer().map_err(fail)
}

fn cover(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    texts: &Texts,
    s: &Styles,
    source: &Path,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("sheet-cover"), taken)).map_err(fail)?;
    ws.set_column_width(0, 28).map_err(fail)?;
    ws.set_column_width(1, 70).map_err(fail)?;
    text(ws, 0, 0, &a.assessment.title, &s.title)?;
    let digest = std::fs::read(source)
        .map(|b| format!("{:x}", Sha256::digest(&b)))
        .unwrap_or_default();
    let m = &a.assessment;
    let rows = [
        ("field-organisation", m.organisation.clone()),
        ("field-site", m.site.clone()),
        ("field-assessors", m.assessors.join(", ")),
        ("field-created", m.created.to_string()),
        ("field-modified", m.modified.to_string()),
        ("field-language", m.language.clone()),
        ("field-scope", m.questionnaires.join(", ")),
        ("field-tool", format!("iacs-assess {}", env!("CARGO_PKG_VERSION"))),
        ("field-digest", format!("SHA-256 {digest}")),
    ];
    for (i, (key, value)) in rows.iter().enumerate() {
        let row = i as u32 + 2;
        text(ws, row, 0, &texts.ui(key), &s.header)?;
        text(ws, row, 1, value, &s.wrap)?;
    }
    Ok(())
}

fn summary(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    score: &Score,
    catalog: &Catalog,
    texts: &Texts,
    s: &Styles,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("sheet-summary"), taken))
        .map_err(fail)?;
    let columns = [
        (texts.ui("col-questionnaire"), 16.0),
        (texts.ui("col-group"), 12.0),
        (texts.ui("col-title"), 50.0),
        (texts.ui("col-target"), 8.0),
        (texts.ui("col-min"), 8.0),
        (texts.ui("col-mean"), 8.0),
        (texts.ui("col-at-target"), 10.0),
        (texts.ui("col-unanswered"), 10.0),
    ];
    header(ws, s, &columns)?;
    let mut row = 1u32;
    for m in &score.maturity {
        let Some(q) = catalog.questionnaire(&m.questionnaire) else {
            continue;
        };
        for g in &m.groups {
            let key = q.group(&g.group).map(|x| x.key.as_str()).unwrap_or_default();
            text(ws, row, 0, &m.questionnaire, &s.wrap)?;
            text(ws, row, 1, &g.group, &s.wrap)?;
            text(ws, row, 2, &texts.get(&q.id, key, Some("title")), &s.wrap)?;
            ws.write_number(row, 3, f64::from(g.target)).map_err(fail)?;
            if let Some(min) = g.stats.min {
                let f = if min >= g.target { &s.good } else { &s.bad };
                ws.write_number_with_format(row, 4, f64::from(min), f).map_err(fail)?;
            }
            if let Some(mean) = g.stats.mean {
                ws.write_number(row, 5, (mean * 10.0).round() / 10.0).map_err(fail)?;
            }
            text(
                ws,
                row,
                6,
                &format!("{}/{}", g.stats.meeting_target, g.stats.answered),
                &s.wrap,
            )?;
            ws.write_number(row, 7, g.stats.unanswered as f64).map_err(fail)?;
            row += 1;
        }
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, 7).map_err(fail)?;
    }
    Ok(())
}

fn questionnaire_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    s: &Styles,
    q: &Questionnaire,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&q.id, taken)).map_err(fail)?;
    let columns = [
        (texts.ui("col-target-zone"), 10.0),
        (texts.ui("col-requirement"), 16.0),
        (texts.ui("col-group"), 10.0),
        (texts.ui("col-title"), 44.0),
        (texts.ui("col-answer"), 16.0),
        (texts.ui("col-note"), 50.0),
        (texts.ui("col-evidence"), 36.0),
        (texts.ui("col-interviewee"), 18.0),
        (texts.ui("col-assessor"), 18.0),
        (texts.ui("col-time"), 22.0),
    ];
    header(ws, s, &columns)?;
    let targets: Vec<Option<&str>> = if q.scope.per_target() {
        a.zones
            .iter()
            .map(|z| Some(z.id.as_str()))
            .chain(
                a.conduits
                    .iter()
                    .filter(|c| !a.answers_for(&q.id, Some(&c.id)).is_empty())
                    .map(|c| Some(c.id.as_str())),
            )
            .collect()
    } else {
        vec![None]
    };
    let mut row = 1u32;
    for target in targets {
        for r in &q.requirements {
            let ans = a.answer(crate::assessment::AnswerKey {
                questionnaire: &q.id,
                target,
                requirement: &r.id,
            });
            let value = ans.and_then(|x| x.value.as_deref()).unwrap_or("");
            let label = if value.is_empty() {
                String::new()
            } else {
                texts.get("scales", &format!("{}-{value}", r.scale), Some("label"))
            };
            let satisfied = catalog
                .scale_of(r)
                .and_then(|sc| sc.value(value))
                .map(|v| v.satisfies || v.level.is_some_and(|l| l >= a.targets.maturity));
            let answer_format = match satisfied {
                Some(true) => &s.good,
                Some(false) => &s.bad,
                None => &s.wrap,
            };
            text(ws, row, 0, target.unwrap_or(""), &s.wrap)?;
            text(ws, row, 1, &r.id, &s.wrap)?;
            text(ws, row, 2, &r.group, &s.wrap)?;
            text(ws, row, 3, &texts.get(&q.id, &r.key, Some("title")), &s.wrap)?;
            text(ws, row, 4, &label, answer_format)?;
            if let Some(ans) = ans {
                text(ws, row, 5, &ans.note, &s.wrap)?;
                text(ws, row, 6, &ans.evidence.join("\n"), &s.wrap)?;
                text(ws, row, 7, &ans.interviewee, &s.wrap)?;
                text(ws, row, 8, &ans.assessor, &s.wrap)?;
                text(ws, row, 9, &ans.time.to_string(), &s.wrap)?;
            }
            row += 1;
        }
    }
    ws.autofilter(0, 0, row.saturating_sub(1).max(1), 9).map_err(fail)?;
    Ok(())
}

fn zones_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    score: &Score,
    texts: &Texts,
    s: &Styles,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("sheet-zones"), taken)).map_err(fail)?;
    let mut columns = vec![
        (texts.ui("col-id"), 10.0),
        (texts.ui("col-name"), 30.0),
        (format!("SL-T {}", FR_NAMES.join(" ")), 22.0),
        (format!("SL-A {}", FR_NAMES.join(" ")), 22.0),
    ];
    columns.push((texts.ui("col-gap"), 60.0));
    header(ws, s, &columns)?;
    let ids = a
        .zones
        .iter()
        .map(|z| (z.id.as_str(), z.name.as_str()))
        .chain(a.conduits.iter().map(|c| (c.id.as_str(), c.name.as_str())));
    for (row, (id, name)) in (1u32..).zip(ids) {
        text(ws, row, 0, id, &s.wrap)?;
        text(ws, row, 1, name, &s.wrap)?;
        let sl_t = score.sl_targets.iter().find(|t| t.target == id);
        let sl_a = score.security_levels.iter().find(|x| x.target == id);
        if let Some(t) = sl_t {
            text(ws, row, 2, &vector(&t.vector), &s.wrap)?;
        }
        if let Some(x) = sl_a {
            let f = if x.gap.iter().all(|g| *g == 0) { &s.good } else { &s.bad };
            text(ws, row, 3, &vector(&x.sl_a), f)?;
            let gap: Vec<&str> = x.to_close.iter().map(|g| g.requirement.as_str()).collect();
            text(ws, row, 4, &gap.join(", "), &s.wrap)?;
        }
    }
    Ok(())
}

fn risk_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    score: &Score,
    texts: &Texts,
    s: &Styles,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("sheet-risks"), taken)).map_err(fail)?;
    let columns = [
        (texts.ui("col-id"), 8.0),
        (texts.ui("col-target-zone"), 12.0),
        (texts.ui("col-threat"), 40.0),
        (texts.ui("col-likelihood"), 10.0),
        (texts.ui("col-impact"), 10.0),
        (texts.ui("col-risk"), 14.0),
        (texts.ui("col-residual"), 14.0),
        (texts.ui("col-countermeasures"), 50.0),
    ];
    header(ws, s, &columns)?;
    for (i, sc) in a.scenarios.iter().enumerate() {
        let row = i as u32 + 1;
        let risk = score.risks.iter().find(|r| r.scenario == sc.id);
        text(ws, row, 0, &sc.id, &s.wrap)?;
        text(ws, row, 1, &sc.target, &s.wrap)?;
        text(ws, row, 2, &sc.threat, &s.wrap)?;
        ws.write_number(row, 3, f64::from(sc.likelihood)).map_err(fail)?;
        ws.write_number(row, 4, f64::from(sc.impact)).map_err(fail)?;
        if let Some(r) = risk {
            let f = if r.unmitigated_tolerable { &s.good } else { &s.bad };
            text(ws, row, 5, &r.unmitigated, f)?;
            if let (Some(res), Some(tol)) = (&r.residual, r.residual_tolerable) {
                text(ws, row, 6, res, if tol { &s.good } else { &s.bad })?;
            }
        }
        text(ws, row, 7, &sc.countermeasures, &s.wrap)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::sheet_name;

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let mut taken = Vec::new();
        assert_eq!(sheet_name("Zones/Conduits: [all]", &mut taken), "Zones-Conduits- -all-");
        let long = "Sicherheitsprogramm des Anlagenbetreibers";
        let a = sheet_name(long, &mut taken);
        let b = sheet_name(long, &mut taken);
        assert_eq!(a.chars().count(), 31);
        assert!(b.chars().count() <= 31 && b.ends_with("(2)"));
        assert_eq!(sheet_name("'x'", &mut taken), "x");
    }
}
