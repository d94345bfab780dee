//! The ten most important actions of the executive summary: the first open actions of the
//! plan in plan order, or without a plan the first proposals in the order a plan would take them
//! (computed; the assessment is not changed), as a table on the summary's grid.

use super::executive::{Inputs, SIZE, fit_at, span_width};
use super::{Book, fail};
use crate::assessment::{Action, ActionStatus, Assessment};
use crate::error::Result;
use crate::export::plan::in_order;
use crate::i18n::Texts;
use crate::planning::text::status_label;
use crate::planning::{self, PlanItem, Why};
use rust_xlsxwriter::{Format, Worksheet};

/// How many actions the summary lists.
const ACTIONS: usize = 10;

/// One action as the summary lists it; `id` empty for a proposal not in the assessment.
pub(super) struct Listed {
    id: String,
    title: String,
    phase: Option<u8>,
    status: ActionStatus,
    owner: String,
    due: String,
    why: String,
}

impl Listed {
    fn new(action: &Action, item: &PlanItem, id: bool, texts: &Texts) -> Listed {
        Listed {
            id: if id { action.id.clone() } else { String::new() },
            title: action.title.clone(),
            phase: action.phase,
            status: action.status,
            owner: action.owner.clone(),
            due: action.due.map(|d| d.to_string()).unwrap_or_default(),
            why: short_why(texts, &item.why),
        }
    }
}

/// Why an action matters, as the plan says it (the same words), with every list cut short: an
/// action across fifty zones would otherwise fill the page. The Plan sheet has it whole.
fn short_why(texts: &Texts, why: &Why) -> String {
    let short = |items: Vec<String>, n: usize, separator: &str| -> String {
        let text = items.iter().take(n).cloned().collect::<Vec<_>>().join(separator);
        match items.len() {
            len if len > n => texts.ui_with("exec-ids-more", &[("list", text.into()), ("count", (len - n).into())]),
            _ => text,
        }
    };
    let mut parts = Vec::new();
    let lifts = planning::text::lifts(why);
    if !lifts.is_empty() {
        let list = short(lifts, 3, "; ");
        parts.push(texts.ui_with("export-plan-why-lifts", &[("list", list.into())]));
    }
    let raises = planning::text::raises(why);
    if !raises.is_empty() {
        let list = short(raises, 3, ", ");
        parts.push(texts.ui_with("export-plan-why-raises", &[("list", list.into())]));
    }
    if !why.intolerable.is_empty() {
        let list = short(why.intolerable.clone(), 4, ", ");
        parts.push(texts.ui_with("export-plan-why-intolerable", &[("list", list.into())]));
    }
    if !why.unanswered.is_empty() {
        parts.push(texts.ui_with("export-plan-why-unanswered", &[("count", why.unanswered.len().into())]));
    }
    parts.join("; ")
}

/// The sentence before the actions, and the first ten open actions of the plan in plan order;
/// without a plan, the first ten proposals in the order a plan would take them (the proposals of
/// the Plan sheet, [`super::plan::proposed`]; the assessment unchanged).
pub(super) fn top_actions(a: &Assessment, texts: &Texts, x: &Inputs) -> (String, Vec<Listed>) {
    if let Some(plan) = x.plan {
        let open: Vec<Listed> = in_order(a, &plan.items)
            .into_iter()
            .filter(|(action, _)| !matches!(action.status, ActionStatus::Done | ActionStatus::Dropped))
            .map(|(action, item)| Listed::new(action, item, true, texts))
            .collect();
        let total = a.actions.len();
        let shown = open.len().min(ACTIONS);
        let intro = if open.is_empty() {
            texts.ui_with("exec-actions-plan-none-open", &[("total", total.into())])
        } else {
            texts.ui_with(
                "exec-actions-plan",
                &[
                    ("total", total.into()),
                    ("open", open.len().into()),
                    ("shown", shown.into()),
                ],
            )
        };
        return (intro, open.into_iter().take(ACTIONS).collect());
    }
    let Some((stand_in, proposed)) = x.proposed.filter(|(_, p)| !p.items.is_empty()) else {
        return (texts.ui("exec-actions-none"), Vec::new());
    };
    let intro = texts.ui_with(
        "exec-actions-proposed",
        &[
            ("total", proposed.items.len().into()),
            ("shown", proposed.items.len().min(ACTIONS).into()),
        ],
    );
    // Proposals are not in the file yet: they are listed without an id.
    let listed = in_order(stand_in, &proposed.items)
        .into_iter()
        .take(ACTIONS)
        .map(|(action, item)| Listed::new(action, item, false, texts))
        .collect();
    (intro, listed)
}

/// The table of actions from `row`: rank, id, title, phase, status, owner, due, why; each column
/// spans part of the grid. Returns the first row after it.
pub(super) fn actions_table(ws: &mut Worksheet, row: u32, actions: &[Listed], texts: &Texts, s: &Book) -> Result<u32> {
    // (first column, last column) of each cell on the grid.
    const SPANS: [(u16, u16); 8] = [(0, 0), (1, 1), (2, 5), (6, 6), (7, 7), (8, 9), (10, 10), (11, 15)];
    let heads = [
        texts.ui("col-rank"),
        texts.ui("col-id"),
        texts.ui("col-title"),
        texts.ui("col-phase"),
        texts.ui("col-status"),
        texts.ui("col-owner"),
        texts.ui("col-due"),
        texts.ui("col-plan-why"),
    ];
    let (head, body) = (s.header.clone().set_font_size(SIZE), s.wrap.clone().set_font_size(SIZE));
    write_spanned(ws, row, &SPANS, &heads, &head, s)?;
    fit_at(
        ws,
        row,
        heads.iter().zip(SPANS).map(|(h, sp)| (h.as_str(), span_width(sp))),
        SIZE,
        1.0,
    )?;
    let mut row = row + 1;
    for (rank, x) in (1..).zip(actions) {
        let cells = [
            format!("{rank}"),
            x.id.clone(),
            x.title.clone(),
            x.phase.map(|p| p.to_string()).unwrap_or_default(),
            status_label(texts, x.status),
            x.owner.clone(),
            x.due.clone(),
            x.why.clone(),
        ];
        write_spanned(ws, row, &SPANS, &cells, &body, s)?;
        fit_at(
            ws,
            row,
            cells.iter().zip(SPANS).map(|(c, sp)| (c.as_str(), span_width(sp))),
            SIZE,
            1.0,
        )?;
        row += 1;
    }
    Ok(row)
}

fn write_spanned(
    ws: &mut Worksheet,
    row: u32,
    spans: &[(u16, u16)],
    cells: &[String],
    format: &Format,
    s: &Book,
) -> Result<()> {
    for ((first, last), text) in spans.iter().zip(cells) {
        if last > first {
            ws.merge_range(row, *first, row, *last, "", format).map_err(fail)?;
        }
        s.text(ws, row, *first, text, format)?;
    }
    Ok(())
}
