//! Cover, summary (maturity against target, SL-T against SL-A, with native charts), and the risk
//! register. The zones and conduits have their own sheet (zone_model.rs).

use super::pages::clear_of_break;
use super::{Book, fail, fit_row, header, sheet_name, text_lines, vector};
use crate::assessment::{Assessment, FR_NAMES};
use crate::catalog::Catalog;
use crate::error::Result;
use crate::i18n::Texts;
use crate::planning::Plan;
use crate::scoring::Score;
use crate::scoring::security_level::{Fulfilment, Standing, achieved_text};
use rust_xlsxwriter::{Chart, ChartType, Workbook};
use sha2::{Digest, Sha256};
use std::path::Path;

pub fn cover(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    texts: &Texts,
    s: &Book<'_>,
    source: &Path,
) -> Result<()> {
    let ws = super::add_sheet(wb, taken, &texts.ui("sheet-cover"))?;
    s.pages.page(ws);
    ws.set_column_width(0, 30).map_err(fail)?;
    ws.set_column_width(1, 80).map_err(fail)?;
    s.text(ws, 0, 0, &a.assessment.title, &s.title)?;
    let digest = crate::limits::read_file(source)
        .map(|b| format!("{:x}", Sha256::digest(&b)))
        .unwrap_or_default();
    let m = &a.assessment;
    let scope: Vec<String> = m
        .questionnaires
        .iter()
        .map(|q| format!("{} ({})", texts.get(q, "questionnaire", Some("title")), q))
        .collect();
    let rows = [
        ("field-organisation", m.organisation.clone()),
        ("field-site", m.site.clone()),
        ("field-assessors", m.assessors.join(", ")),
        ("field-created", m.created.strftime("%Y-%m-%d %H:%M UTC").to_string()),
        ("field-modified", m.modified.strftime("%Y-%m-%d %H:%M UTC").to_string()),
        ("field-language", m.language.clone()),
        ("field-scope", scope.join("\n")),
        ("field-tool", format!("iacs-assess {}", env!("CARGO_PKG_VERSION"))),
        ("field-digest", format!("SHA-256 {digest}")),
        ("field-classification", super::classification(&m.classification, texts)),
    ];
    for (i, (key, value)) in rows.iter().enumerate() {
        let row = i as u32 + 2;
        s.text(ws, row, 0, &texts.ui(key), &s.header)?;
        s.text(ws, row, 1, value, &s.wrap)?;
        fit_row(ws, row, [(value.as_str(), 80.0)])?;
    }
    s.pages.area(ws, rows.len() as u32 + 1, 1)
}

/// The summary sheet: maturity per area with a chart per questionnaire, SL-T against SL-A, and
/// what the whole `plan` reaches when there is one.
pub fn summary(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    (score, plan): (&Score, Option<&Plan>),
    catalog: &Catalog,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let name = sheet_name(&texts.ui("sheet-summary"), taken);
    let ws = wb.add_worksheet();
    ws.set_name(&name).map_err(fail)?;
    let columns = [
        (texts.ui("col-questionnaire"), 16.0),
        (texts.ui("col-group"), 12.0),
        (texts.ui("col-title"), 44.0),
        (texts.ui("col-target"), 9.0),
        (texts.ui("col-min"), 8.0),
        (texts.ui("col-mean"), 8.0),
        (texts.ui("col-at-target"), 14.0),
        (texts.ui("col-unanswered"), 10.0),
    ];
    header(ws, s, &columns)?;
    let mut row = 1u32;
    let mut chart_at = 1u32;
    for m in &score.maturity {
        let Some(q) = catalog.questionnaire(&m.questionnaire) else {
            continue;
        };
        let first = row;
        for g in m.groups.iter().filter(|g| g.depth == 0) {
            let key = q.group(&g.group).map(|x| x.key.as_str()).unwrap_or_default();
            let title = texts.get(&q.id, key, Some("title"));
            s.text(ws, row, 0, &m.questionnaire, &s.wrap)?;
            s.text(ws, row, 1, &g.group, &s.wrap)?;
            s.text(ws, row, 2, &title, &s.wrap)?;
            // An area not offered has no target to fall short of (and no bar in the chart).
            if g.target > 0 && !g.stats.none_offered() {
                ws.write_number_with_format(row, 3, f64::from(g.target), &s.number)
                    .map_err(fail)?;
            }
            // As tall as its longest wrapped text (the title, or "not applicable (all …)").
            let width = |col: usize| columns[col].1;
            let mut tallest = text_lines(&title, width(2));
            if let Some(text) = crate::report::without_level(g, texts) {
                // Not applicable, or not offered: no level (never 0) and no bar.
                s.text(ws, row, 6, &text, &s.wrap)?;
                tallest = tallest.max(text_lines(&text, width(6)));
                ws.write_number_with_format(row, 7, 0.0, &s.number).map_err(fail)?;
            } else {
                summary_numbers(ws, s, row, &g.stats, g.target)?;
            }
            if tallest > 1 {
                ws.set_row_height(row, 15.0 * tallest as f64).map_err(fail)?;
            }
            row += 1;
        }
        if row > first {
            // A native column chart: mean maturity against target per top-level group.
            let mut chart = Chart::new(ChartType::Column);
            chart
                .title()
                .set_name(&texts.get(&q.id, "questionnaire", Some("title")));
            chart
                .add_series()
                .set_name(texts.ui("col-mean").as_str())
                .set_categories((name.as_str(), first, 1, row - 1, 1))
                .set_values((name.as_str(), first, 5, row - 1, 5));
            chart
                .add_series()
                .set_name(texts.ui("col-target").as_str())
                .set_categories((name.as_str(), first, 1, row - 1, 1))
                .set_values((name.as_str(), first, 3, row - 1, 3));
            chart.y_axis().set_min(0).set_max(4);
            // A chart is 15 rows tall; it starts below a page break rather than across one.
            chart_at = clear_of_break(chart_at, 15);
            ws.insert_chart(chart_at, 9, &chart).map_err(fail)?;
            chart_at += 16;
        }
        row += 1;
    }
    if !score.security_levels.is_empty() {
        row += 1;
        s.text(ws, row, 0, &texts.ui("score-security-levels"), &s.title)?;
        row += 1;
        let heads = [
            texts.ui("col-target-zone"),
            format!("SL-T {}", FR_NAMES.join(" ")),
            format!("SL-A {}", FR_NAMES.join(" ")),
            texts.ui("col-gap-count"),
            texts.ui("col-unanswered"),
        ];
        for (i, h) in heads.iter().enumerate() {
            s.text(ws, row, i as u16, h, &s.header)?;
        }
        let widths = [columns[0].1, columns[1].1, columns[2].1, columns[3].1, columns[4].1];
        fit_row(ws, row, heads.iter().map(String::as_str).zip(widths))?;
        row += 1;
        for sl in &score.security_levels {
            s.text(ws, row, 0, &sl.target, &s.wrap)?;
            s.text(ws, row, 1, &sl.sl_t.map(|v| vector(&v)).unwrap_or_default(), &s.wrap)?;
            // Red only for a gap; short only by requirements not answered yet is open work.
            let f = match sl.overall() {
                Standing::Short => &s.bad,
                Standing::Unassessed => &s.unassessed,
                _ => &s.good,
            };
            s.text(ws, row, 2, &achieved_text(&sl.sl_a, &texts.ui("label-sl-na")), f)?;
            // Not met is a gap; not answered is open work, counted apart.
            let open = sl.to_close.iter().filter(|g| g.state == Fulfilment::Unanswered).count();
            ws.write_number_with_format(row, 3, (sl.to_close.len() - open) as f64, &s.number)
                .map_err(fail)?;
            ws.write_number_with_format(row, 4, open as f64, &s.number)
                .map_err(fail)?;
            row += 1;
        }
    }
    if row > 1 {
        ws.autofilter(0, 0, 0, 7).map_err(fail)?;
    }
    if let Some(plan) = plan {
        row = super::plan::summary_lines(ws, row, plan, texts, s)?;
    }
    // The charts stand in columns J to Q (8 columns of 64 pixels, 15 rows of 20).
    s.pages.area(ws, row.max(chart_at), 16)
}

/// The risk register: per scenario its zone or conduit, threat and description, the threat actor
/// and the FRs it acts through, likelihood and impact before and after the countermeasures with the
/// risk levels of the model (green tolerable, red not), and the countermeasures.
pub fn risk_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    score: &Score,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = super::add_sheet(wb, taken, &texts.ui("sheet-risks"))?;
    let columns = [
        (texts.ui("col-id"), 8.0),
        (texts.ui("col-target-zone"), 12.0),
        (texts.ui("col-threat"), 44.0),
        (texts.ui("col-threat-actor"), 14.0),
        (texts.ui("col-frs"), 10.0),
        (texts.ui("col-likelihood"), 9.0),
        (texts.ui("col-impact"), 8.0),
        (texts.ui("col-risk"), 11.0),
        (texts.ui("col-residual-li"), 10.0),
        (texts.ui("col-residual"), 11.0),
        (texts.ui("col-countermeasures"), 40.0),
    ];
    header(ws, s, &columns)?;
    let model = a
        .risk_model
        .as_ref()
        .map(|m| format!("risk-{}", m.id))
        .unwrap_or_default();
    let label = |level: &str| texts.get(&model, &format!("risk-{level}"), Some("label"));
    for (row, sc) in (1u32..).zip(&a.scenarios) {
        let risk = score.risks.iter().find(|r| r.scenario == sc.id);
        // The threat in a line, its description below it.
        let threat = match sc.description.trim() {
            "" => sc.threat.clone(),
            d => format!("{}\n{d}", sc.threat),
        };
        let actor = sc
            .threat_actor
            .as_ref()
            .map(|id| texts.get(&model, &format!("threat-actor-{id}"), Some("label")))
            .unwrap_or_default();
        let frs = if sc.frs.is_empty() {
            texts.ui("label-all-frs")
        } else {
            let names = sc
                .frs
                .iter()
                .filter_map(|fr| FR_NAMES.get(usize::from(*fr).wrapping_sub(1)));
            names.copied().collect::<Vec<_>>().join(" ")
        };
        let residual_li = match (sc.residual_likelihood, sc.residual_impact) {
            (None, None) => String::new(),
            (l, i) => format!("{} × {}", l.unwrap_or(sc.likelihood), i.unwrap_or(sc.impact)),
        };
        let texts_of_row = [
            (0, sc.id.as_str()),
            (1, sc.target.as_str()),
            (2, threat.as_str()),
            (3, actor.as_str()),
            (4, frs.as_str()),
            (8, residual_li.as_str()),
            (10, sc.countermeasures.as_str()),
        ];
        for (col, text) in texts_of_row {
            s.text(ws, row, col, text, &s.wrap)?;
        }
        ws.write_number_with_format(row, 5, f64::from(sc.likelihood), &s.number)
            .map_err(fail)?;
        ws.write_number_with_format(row, 6, f64::from(sc.impact), &s.number)
            .map_err(fail)?;
        if let Some(r) = risk {
            let f = if r.unmitigated_tolerable { &s.good } else { &s.bad };
            s.text(ws, row, 7, &label(&r.unmitigated), f)?;
            if let (Some(res), Some(tol)) = (&r.residual, r.residual_tolerable) {
                s.text(ws, row, 9, &label(res), if tol { &s.good } else { &s.bad })?;
            }
        }
        fit_row(
            ws,
            row,
            texts_of_row.map(|(col, text)| (text, columns[usize::from(col)].1)),
        )?;
    }
    let last = a.scenarios.len().max(1) as u32;
    ws.autofilter(0, 0, last, 10).map_err(fail)?;
    s.pages.area(ws, last, 10)
}

/// A group's minimum and mean (green at target, red below), how many meet the target of those
/// answered, and how many are open.
fn summary_numbers(
    ws: &mut rust_xlsxwriter::Worksheet,
    s: &Book,
    row: u32,
    stats: &crate::scoring::maturity::MaturityStats,
    target: u8,
) -> Result<()> {
    if let Some(min) = stats.min {
        let f = if min >= target { &s.good } else { &s.bad };
        ws.write_number_with_format(row, 4, f64::from(min), f).map_err(fail)?;
    }
    if let Some(mean) = stats.mean {
        let f = if mean >= f64::from(target) { &s.good } else { &s.bad };
        ws.write_number_with_format(row, 5, (mean * 10.0).round() / 10.0, f)
            .map_err(fail)?;
    }
    s.text(
        ws,
        row,
        6,
        &format!("{}/{}", stats.meeting_target, stats.answered),
        &s.centred,
    )?;
    ws.write_number_with_format(row, 7, stats.unanswered as f64, &s.number)
        .map_err(fail)?;
    Ok(())
}
