//! The remediation plan in the customer's workbook: the Plan sheet (one row per action in plan
//! order, grouped by phase, with drop-downs for status, owner and due date), the projection sheet
//! (the SL-A of every zone and conduit and the maturity groups below target, now, after each phase
//! and with the whole plan), and the whole-plan lines of the summary. An assessment without
//! actions gets the Plan sheet of the actions `plan propose` would propose, marked as proposals
//! (the assessment is not changed), so the customer can start planning from the workbook; the
//! projection and the summary lines stay for an agreed plan.

use super::{Book, fail, fit_row, header, text_lines, vector};
use crate::assessment::{ActionStatus, Assessment};
use crate::catalog::Catalog;
use crate::error::Result;
use crate::export::plan::{in_order, requirements_with_targets, why_parts};
use crate::i18n::Texts;
use crate::planning::text::{proposal_title, stage_label, status_label};
use crate::planning::{self, EffortScale, Plan, Projection};
use crate::scoring::Score;
use crate::scoring::security_level::achieved_text;
use fluent_bundle::FluentValue;
use jiff::civil::Date;
use rust_xlsxwriter::{DataValidation, DataValidationRule, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet};

/// The columns of the Plan sheet with a drop-down or a format of their own.
const STATUS: u16 = 2;
const OWNER: u16 = 4;
const DUE: u16 = 5;
const LAST: u16 = 8;

/// The actions `plan propose` would add to `a` (which has none), in plan order, without touching
/// `a`: they are put into a stand-in assessment that holds only them and the threat scenarios
/// (all the plan order looks at), recorded as of the assessment's last change.
pub fn proposed(
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    (as_of, score): (Date, &Score),
    effort: &EffortScale,
) -> (Assessment, Plan) {
    let needs = planning::needs::needs(score);
    let proposals = planning::propose::proposals(a, &needs);
    let m = &a.assessment;
    let mut stand_in = Assessment::new(&m.title, &m.language, m.questionnaires.clone(), m.modified);
    stand_in.scenarios = a.scenarios.clone();
    let title = |p: &planning::Proposal| proposal_title(catalog, texts, p);
    planning::propose::apply(&mut stand_in, proposals, &title, "", m.modified);
    let plan = Plan {
        as_of,
        items: planning::ordered(&stand_in, as_of, effort, score, &needs),
        stages: Vec::new(),
        uncovered: Vec::new(),
    };
    (stand_in, plan)
}

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

/// The Plan sheet of `a`'s plan; `proposals`: the plan is [`proposed`], not agreed, and says so.
pub fn plan_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    (a, plan): (&Assessment, &Plan),
    proposals: bool,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = super::add_sheet(wb, taken, &texts.ui("sheet-plan"))?;
    let columns = [
        (texts.ui("col-id"), 7.0),
        (texts.ui("col-phase"), 7.0),
        (texts.ui("col-status"), 12.0),
        (texts.ui("col-title"), 36.0),
        (texts.ui("col-owner"), 14.0),
        (texts.ui("col-due"), 11.0),
        (texts.ui("col-effort"), 7.0),
        (texts.ui("col-plan-addresses"), 30.0),
        (texts.ui("col-plan-why"), 40.0),
    ];
    header(ws, s, &columns)?;
    let band_format = band();
    // Owner is free text, kept as text ("@"): a name like "=IT" or a date-like "2027-01" stays
    // as typed. Due is a date.
    let owner_format = s.wrap.clone().set_num_format("@");
    let date = |f: &Format| f.clone().set_num_format("yyyy-mm-dd").set_align(FormatAlign::Left);
    let (due_format, overdue_format) = (date(&s.wrap), date(&s.bad));
    ws.set_column_format(OWNER, &owner_format).map_err(fail)?;
    ws.set_column_format(DUE, &due_format).map_err(fail)?;
    let mut row = 1u32;
    if proposals {
        let note = texts.ui("plan-proposals-note");
        ws.merge_range(row, 0, row, LAST, "", &s.warn).map_err(fail)?;
        s.text(ws, row, 0, &note, &s.warn)?;
        fit_row(ws, row, [(note.as_str(), columns.iter().map(|c| c.1).sum::<f64>())])?;
        row += 1;
    }
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
        let mut why = why_parts(texts, &item.why);
        if let (Some(d), true) = (action.due, item.overdue) {
            why.insert(
                0,
                texts.ui_with("plan-overdue-line", &[("date", FluentValue::from(d.to_string()))]),
            );
        }
        let cells = [
            action.id.clone(),
            action.phase.map(|p| p.to_string()).unwrap_or_default(),
            status_label(texts, action.status),
            action.title.clone(),
            action.owner.clone(),
            String::new(),
            action.effort.clone(),
            requirements_with_targets(action),
            why.join("\n"),
        ];
        for (col, value) in (0u16..).zip(&cells) {
            let format = match col {
                2 if action.status == ActionStatus::Done => &s.good,
                OWNER => &owner_format,
                DUE => continue,
                _ => &s.wrap,
            };
            if value.is_empty() {
                ws.write_blank(row, col, format).map_err(fail)?;
            } else {
                s.text(ws, row, col, value, format)?;
            }
        }
        let due_cell = if item.overdue { &overdue_format } else { &due_format };
        match action.due {
            Some(d) => {
                let day = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).map_err(fail)?;
                ws.write_date_with_format(row, DUE, &day, due_cell).map_err(fail)?
            }
            None => ws.write_blank(row, DUE, due_cell).map_err(fail)?,
        };
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
    drop_downs(ws, row.saturating_sub(1).max(1), texts)?;
    s.pages.area(ws, row.saturating_sub(1), LAST)
}

/// The status of every action from a drop-down of the five, in the workbook's language; the due
/// date only a date; the owner any text, with a prompt. On rows 2 to `last`.
fn drop_downs(ws: &mut Worksheet, last: u32, texts: &Texts) -> Result<()> {
    let labels: Vec<String> = ActionStatus::ALL.iter().map(|x| status_label(texts, *x)).collect();
    let status = DataValidation::new()
        .allow_list_strings(&labels)
        .map_err(fail)?
        .ignore_blank(true);
    ws.add_data_validation(1, STATUS, last, STATUS, &status).map_err(fail)?;
    let since = ExcelDateTime::from_ymd(2000, 1, 1).map_err(fail)?;
    let due = DataValidation::new()
        .allow_date(DataValidationRule::GreaterThanOrEqualTo(since))
        .ignore_blank(true)
        .set_input_message(texts.ui("plan-due-prompt"))
        .map_err(fail)?
        .set_error_message(texts.ui("plan-due-invalid"))
        .map_err(fail)?;
    ws.add_data_validation(1, DUE, last, DUE, &due).map_err(fail)?;
    let owner = DataValidation::new()
        .allow_any_value()
        .set_input_message(texts.ui("plan-owner-prompt"))
        .map_err(fail)?;
    ws.add_data_validation(1, OWNER, last, OWNER, &owner).map_err(fail)?;
    Ok(())
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
    let ws = super::add_sheet(wb, taken, &texts.ui("sheet-plan-projection"))?;
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
                "{} {{{}}}\n{}",
                at.label(),
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
            "{} {{{}}} · {}",
            level.label(),
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
