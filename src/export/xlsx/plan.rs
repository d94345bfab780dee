//! The remediation plan in the customer's workbook: the Plan sheet (one row per action in plan
//! order, grouped by phase, with a drop-down of the statuses), the projection sheet (the SL-A of
//! every zone and conduit and the maturity groups below target, now, after each phase and with
//! the whole plan), and the whole-plan lines of the summary. Written only when the assessment has
//! actions: an assessment without a plan keeps the workbook it always had (its gaps are on the
//! Findings sheet), rather than gaining a sheet that says there is nothing on it.

use super::{Book, fail, fit_row, header, sheet_name, text_lines, vector};
use crate::assessment::{ActionStatus, Assessment};
use crate::error::Result;
use crate::export::plan::{in_order, requirements_with_targets, why_parts};
use crate::i18n::Texts;
use crate::planning::text::{stage_label, status_label};
use crate::planning::{Plan, Projection};
use crate::scoring::security_level::achieved_text;
use fluent_bundle::FluentValue;
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook, Worksheet};

/// The columns of the Plan sheet (status is the third: its drop-down).
const STATUS: u16 = 2;
const LAST: u16 = 8;

/// The band that starts each phase.
fn band() -> Format {
    Format::new()
        .set_bold()
        .set_background_color("#DDEBF7")
        .set_align(FormatAlign::Top)
}

/// Which band an action falls in: its phase, no phase, or dropped (last, whatever its phase).
#[derive(PartialEq)]
enum Band {
    Phase(u8),
    NoPhase,
    Dropped,
}

pub fn plan_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    plan: &Plan,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("sheet-plan"), taken)).map_err(fail)?;
    let columns = [
        (texts.ui("col-id"), 8.0),
        (texts.ui("col-phase"), 7.0),
        (texts.ui("col-status"), 13.0),
        (texts.ui("col-title"), 40.0),
        (texts.ui("col-owner"), 16.0),
        (texts.ui("col-due"), 13.0),
        (texts.ui("col-effort"), 8.0),
        (texts.ui("col-plan-addresses"), 34.0),
        (texts.ui("col-plan-why"), 46.0),
    ];
    header(ws, s, &columns)?;
    let band_format = band();
    let mut row = 1u32;
    let mut current: Option<Band> = None;
    for (action, item) in in_order(a, &plan.items) {
        let this = match (action.status, action.phase) {
            (ActionStatus::Dropped, _) => Band::Dropped,
            (_, Some(p)) => Band::Phase(p),
            (_, None) => Band::NoPhase,
        };
        if current.as_ref() != Some(&this) {
            let label = match this {
                Band::Phase(p) => texts.ui_with("plan-band-phase", &[("phase", FluentValue::from(u32::from(p)))]),
                Band::NoPhase => texts.ui("plan-band-no-phase"),
                Band::Dropped => texts.ui("plan-band-dropped"),
            };
            ws.merge_range(row, 0, row, LAST, &label, &band_format).map_err(fail)?;
            row += 1;
            current = Some(this);
        }
        let due = match (action.due, item.overdue) {
            (Some(d), true) => texts.ui_with("plan-due-overdue", &[("date", FluentValue::from(d.to_string()))]),
            (Some(d), false) => d.to_string(),
            (None, _) => String::new(),
        };
        let cells = [
            action.id.clone(),
            action.phase.map(|p| p.to_string()).unwrap_or_default(),
            status_label(texts, action.status),
            action.title.clone(),
            action.owner.clone(),
            due,
            action.effort.clone(),
            requirements_with_targets(action),
            why_parts(texts, &item.why).join("\n"),
        ];
        for (col, value) in (0u16..).zip(&cells) {
            let format = match col {
                5 if item.overdue => &s.bad,
                2 if action.status == ActionStatus::Done => &s.good,
                _ => &s.wrap,
            };
            s.text(ws, row, col, value, format)?;
        }
        fit_row(
            ws,
            row,
            cells
                .iter()
                .zip(&columns)
                .map(|(value, (_, width))| (value.as_str(), *width)),
        )?;
        row += 1;
    }
    // The status of every action from a drop-down of the five, in the assessment's language.
    let labels: Vec<String> = ActionStatus::ALL.iter().map(|x| status_label(texts, *x)).collect();
    let validation = DataValidation::new()
        .allow_list_strings(&labels)
        .map_err(fail)?
        .ignore_blank(true);
    ws.add_data_validation(1, STATUS, row.saturating_sub(1).max(1), STATUS, &validation)
        .map_err(fail)?;
    s.pages.area(ws, row.saturating_sub(1).max(1), columns.len() as u16 - 1)
}

/// The projection: one column per stage (now, after each phase, the whole plan). A row per zone
/// and conduit gives its SL-A at each stage and in how many FRs it reaches SL-T; below, a row per
/// maturity group below target now gives how many of its answers are at target at each stage.
pub fn projection_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    plan: &Plan,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("sheet-plan-projection"), taken))
        .map_err(fail)?;
    const STAGE_WIDTH: f64 = 26.0;
    let stages: Vec<String> = plan.stages.iter().map(|p| stage_label(texts, p.stage)).collect();
    let mut columns = vec![(texts.ui("col-target-zone"), 22.0), ("SL-T".to_string(), 16.0)];
    columns.extend(stages.iter().map(|label| (label.clone(), STAGE_WIDTH)));
    header(ws, s, &columns)?;
    let Some(now) = plan.stages.first() else {
        return Ok(());
    };
    let mut row = 1u32;
    for level in &now.levels {
        s.text(ws, row, 0, &level.target, &s.wrap)?;
        s.text(ws, row, 1, &level.sl_t.map(|v| vector(&v)).unwrap_or_default(), &s.wrap)?;
        let mut tallest = 1;
        for (col, stage) in (2u16..).zip(&plan.stages) {
            let Some(at) = stage
                .levels
                .iter()
                .find(|l| l.target == level.target && l.questionnaire == level.questionnaire)
            else {
                continue;
            };
            let text = format!(
                "SL-A {{{}}}\n{}",
                achieved_text(&at.sl_a, &texts.ui("label-sl-na")),
                reached_text(texts, at.reached, at.of, at.sl_t.is_some())
            );
            let reached = at.sl_t.is_none() || at.reached == at.of;
            s.text(ws, row, col, &text, if reached { &s.good } else { &s.bad })?;
            tallest = tallest.max(text_lines(&text, STAGE_WIDTH));
        }
        ws.set_row_height(row, 15.0 * tallest as f64).map_err(fail)?;
        row += 1;
    }
    let below: Vec<_> = below_target(now).collect();
    if below.is_empty() {
        return Ok(());
    }
    row += 1;
    s.text(ws, row, 0, &texts.ui("export-plan-maturity-below"), &s.title)?;
    row += 1;
    let heads = [texts.ui("col-group"), texts.ui("col-target")]
        .into_iter()
        .chain(stages);
    for (col, h) in (0u16..).zip(heads) {
        s.text(ws, row, col, &h, &s.header)?;
    }
    row += 1;
    for g in below {
        let name = format!("{} {}", g.questionnaire, g.group);
        s.text(ws, row, 0, &name, &s.wrap)?;
        s.text(ws, row, 1, &format!("ML{}", g.target), &s.wrap)?;
        let mut tallest = text_lines(&name, 22.0);
        for (col, stage) in (2u16..).zip(&plan.stages) {
            let Some(at) = stage
                .maturity
                .iter()
                .find(|x| x.questionnaire == g.questionnaire && x.group == g.group)
            else {
                continue;
            };
            let text = texts.ui_with(
                "plan-group-at-target",
                &[
                    ("meeting", FluentValue::from(at.meeting_target)),
                    ("answered", FluentValue::from(at.answered)),
                    ("min", FluentValue::from(u32::from(at.min.unwrap_or(0)))),
                ],
            );
            let reached = at.meeting_target == at.answered;
            s.text(ws, row, col, &text, if reached { &s.good } else { &s.bad })?;
            tallest = tallest.max(text_lines(&text, STAGE_WIDTH));
        }
        ws.set_row_height(row, 15.0 * tallest as f64).map_err(fail)?;
        row += 1;
    }
    s.pages.area(ws, row.saturating_sub(1).max(1), columns.len() as u16 - 1)
}

/// The maturity groups at a stage with an answered requirement below its target.
fn below_target(p: &Projection) -> impl Iterator<Item = &crate::planning::projection::ProjectedGroup> {
    p.maturity.iter().filter(|g| g.meeting_target < g.answered)
}

/// "SL-T reached in 5 of 7 FRs" (without SL-T: "no SL-T").
fn reached_text(texts: &Texts, reached: usize, of: usize, has_target: bool) -> String {
    if !has_target {
        return texts.ui("plan-no-target");
    }
    texts.ui_with(
        "plan-reached",
        &[("reached", FluentValue::from(reached)), ("of", FluentValue::from(of))],
    )
}

/// Below the SL table of the summary (from `row` on): one line per zone and conduit with the
/// whole plan done.
pub fn summary_lines(ws: &mut Worksheet, mut row: u32, plan: &Plan, texts: &Texts, s: &Book<'_>) -> Result<u32> {
    let Some(whole) = plan.stages.last().filter(|p| !p.levels.is_empty()) else {
        return Ok(row);
    };
    row += 1;
    s.text(ws, row, 0, &texts.ui("plan-summary-heading"), &s.title)?;
    row += 1;
    for level in &whole.levels {
        let reached = level.sl_t.is_none() || level.reached == level.of;
        let text = format!(
            "SL-A {{{}}} · {}",
            achieved_text(&level.sl_a, &texts.ui("label-sl-na")),
            reached_text(texts, level.reached, level.of, level.sl_t.is_some())
        );
        s.text(ws, row, 0, &level.target, &s.wrap)?;
        s.text(ws, row, 2, &text, if reached { &s.good } else { &s.bad })?;
        fit_row(ws, row, [(text.as_str(), 44.0)])?;
        row += 1;
    }
    Ok(row)
}
