//! Many sites' assessments in one workbook: maturity per site and group side by side, SL-T and
//! SL-A per site and zone, progress, and the progress of each site's plan.

use crate::assessment::{ActionStatus, Assessment, FR_NAMES};
use crate::catalog::Catalog;
use crate::error::Result;
use crate::export::xlsx::long_text::LongTexts;
use crate::export::xlsx::{fail, sheet_name};
use crate::i18n::Texts;
use crate::scoring;
use crate::scoring::security_level::achieved_text;
use rust_xlsxwriter::{Format, Workbook};

fn site_name(a: &Assessment) -> String {
    let m = &a.assessment;
    let mut parts = vec![m.site.clone(), m.organisation.clone(), m.title.clone()];
    parts.retain(|p| !p.is_empty());
    parts.dedup();
    parts.join(" · ")
}

/// How far a site's plan has come on a day: its actions per status, and how many are overdue.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct PlanProgress {
    pub actions: usize,
    pub proposed: usize,
    pub planned: usize,
    pub in_progress: usize,
    pub done: usize,
    pub dropped: usize,
    pub overdue: usize,
}

impl PlanProgress {
    pub fn of(a: &Assessment, today: jiff::civil::Date) -> PlanProgress {
        let mut p = PlanProgress {
            actions: a.actions.len(),
            ..PlanProgress::default()
        };
        for x in &a.actions {
            *match x.status {
                ActionStatus::Proposed => &mut p.proposed,
                ActionStatus::Planned => &mut p.planned,
                ActionStatus::InProgress => &mut p.in_progress,
                ActionStatus::Done => &mut p.done,
                ActionStatus::Dropped => &mut p.dropped,
            } += 1;
            p.overdue += usize::from(x.is_overdue(today));
        }
        p
    }
}

/// The rollup workbook; the plans' progress as of today.
pub fn render(assessments: &[Assessment], catalog: &Catalog, texts: &Texts) -> Result<Vec<u8>> {
    render_on(assessments, catalog, texts, scoring::countermeasures::today())
}

/// The rollup workbook as of `today` (the day that decides countermeasures and overdue actions).
pub fn render_on(
    assessments: &[Assessment],
    catalog: &Catalog,
    texts: &Texts,
    today: jiff::civil::Date,
) -> Result<Vec<u8>> {
    let scores: Vec<_> = assessments
        .iter()
        .map(|a| scoring::score_on(a, catalog, today))
        .collect();
    let header = Format::new()
        .set_bold()
        .set_background_color("#1F4E79")
        .set_font_color("#FFFFFF")
        .set_text_wrap();
    let good = Format::new().set_background_color("#C6EFCE").set_num_format("0.0");
    let bad = Format::new().set_background_color("#FFC7CE").set_num_format("0.0");
    let mut wb = Workbook::new();
    let mut taken = Vec::new();
    let mut long = LongTexts::new(texts, &mut taken);

    // Maturity: one row per site, one column per questionnaire and top-level group (mean level).
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("rollup-sheet-maturity"), &mut taken))
        .map_err(fail)?;
    ws.write_string_with_format(0, 0, texts.ui("rollup-col-site"), &header)
        .map_err(fail)?;
    ws.set_column_width(0, 36).map_err(fail)?;
    let mut columns: Vec<(String, String)> = Vec::new();
    for q in &catalog.questionnaires {
        if !assessments.iter().any(|a| a.assessment.questionnaires.contains(&q.id)) || q.has_security_levels() {
            continue;
        }
        for g in q.top_groups() {
            columns.push((q.id.clone(), g.id.clone()));
        }
    }
    for (c, (q, g)) in columns.iter().enumerate() {
        let title = catalog
            .questionnaire(q)
            .and_then(|x| x.group(g))
            .map(|x| texts.get(q, &x.key, Some("title")))
            .unwrap_or_default();
        long.write(ws, 0, c as u16 + 1, &format!("{g} {title}"), Some(&header))?;
        ws.set_column_width(c as u16 + 1, 14).map_err(fail)?;
    }
    for (row, (a, s)) in (1u32..).zip(assessments.iter().zip(&scores)) {
        long.write(ws, row, 0, &site_name(a), None)?;
        for (c, (q, g)) in columns.iter().enumerate() {
            let Some(group) = s
                .maturity
                .iter()
                .find(|m| &m.questionnaire == q)
                .and_then(|m| m.groups.iter().find(|x| &x.group == g))
            else {
                continue;
            };
            if let Some(mean) = group.stats.mean {
                let f = if mean >= f64::from(group.target) { &good } else { &bad };
                ws.write_number_with_format(row, c as u16 + 1, (mean * 10.0).round() / 10.0, f)
                    .map_err(fail)?;
            }
        }
    }
    ws.set_freeze_panes(1, 1).map_err(fail)?;

    // Security levels: one row per site and zone.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("rollup-sheet-security"), &mut taken))
        .map_err(fail)?;
    let heads = [
        texts.ui("rollup-col-site"),
        texts.ui("col-target-zone"),
        format!("SL-T {}", FR_NAMES.join(" ")),
        format!("SL-A {}", FR_NAMES.join(" ")),
        texts.ui("col-gap"),
    ];
    for (c, h) in heads.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &header).map_err(fail)?;
        ws.set_column_width(c as u16, if c == 0 { 36.0 } else { 20.0 })
            .map_err(fail)?;
    }
    let vector = |v: &[u8; 7]| v.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" ");
    let mut row = 1u32;
    for (a, s) in assessments.iter().zip(&scores) {
        for sl in &s.security_levels {
            long.write(ws, row, 0, &site_name(a), None)?;
            ws.write_string(row, 1, &sl.target).map_err(fail)?;
            ws.write_string(row, 2, sl.sl_t.map(|v| vector(&v)).unwrap_or_default())
                .map_err(fail)?;
            ws.write_string(row, 3, achieved_text(&sl.sl_a, &texts.ui("label-sl-na")))
                .map_err(fail)?;
            ws.write_number(row, 4, sl.to_close.len() as f64).map_err(fail)?;
            row += 1;
        }
    }
    ws.set_freeze_panes(1, 0).map_err(fail)?;

    // Progress: answered of applicable per site and questionnaire.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("rollup-sheet-progress"), &mut taken))
        .map_err(fail)?;
    let heads = [
        texts.ui("rollup-col-site"),
        texts.ui("col-questionnaire"),
        texts.ui("col-target-zone"),
        texts.ui("rollup-col-answered"),
        texts.ui("rollup-col-applicable"),
    ];
    for (c, h) in heads.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &header).map_err(fail)?;
        ws.set_column_width(c as u16, if c == 0 { 36.0 } else { 16.0 })
            .map_err(fail)?;
    }
    let mut row = 1u32;
    for (a, s) in assessments.iter().zip(&scores) {
        for p in &s.progress {
            long.write(ws, row, 0, &site_name(a), None)?;
            ws.write_string(row, 1, &p.questionnaire).map_err(fail)?;
            ws.write_string(row, 2, p.target.clone().unwrap_or_default())
                .map_err(fail)?;
            ws.write_number(row, 3, p.counts.answered as f64).map_err(fail)?;
            ws.write_number(row, 4, p.counts.applicable as f64).map_err(fail)?;
            row += 1;
        }
    }
    if assessments.iter().any(|a| !a.actions.is_empty()) {
        plan_sheet(&mut wb, &mut taken, &mut long, assessments, texts, &header, today)?;
    }
    long.finish(&mut wb)?;
    wb.save_to_buffer().map_err(fail)
}

/// Plan progress: one row per site, its actions per status and the overdue ones.
fn plan_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    long: &mut LongTexts,
    assessments: &[Assessment],
    texts: &Texts,
    header: &Format,
    today: jiff::civil::Date,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("rollup-sheet-plan"), taken))
        .map_err(fail)?;
    let heads = [
        "rollup-col-site",
        "rollup-col-actions",
        "rollup-col-proposed",
        "rollup-col-planned",
        "rollup-col-in-progress",
        "rollup-col-done",
        "rollup-col-dropped",
        "rollup-col-overdue",
    ];
    for (c, h) in heads.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, texts.ui(h), header)
            .map_err(fail)?;
        ws.set_column_width(c as u16, if c == 0 { 36.0 } else { 12.0 })
            .map_err(fail)?;
    }
    let late = Format::new().set_background_color("#FFC7CE");
    for (row, a) in (1u32..).zip(assessments) {
        let p = PlanProgress::of(a, today);
        long.write(ws, row, 0, &site_name(a), None)?;
        let counts = [p.actions, p.proposed, p.planned, p.in_progress, p.done, p.dropped];
        for (c, n) in (1u16..).zip(counts) {
            ws.write_number(row, c, n as f64).map_err(fail)?;
        }
        if p.overdue > 0 {
            ws.write_number_with_format(row, 7, p.overdue as f64, &late)
                .map_err(fail)?;
        } else {
            ws.write_number(row, 7, 0.0).map_err(fail)?;
        }
    }
    ws.set_freeze_panes(1, 1).map_err(fail)?;
    Ok(())
}
