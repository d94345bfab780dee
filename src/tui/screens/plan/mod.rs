//! `update` for the plan screen: the remediation actions in plan order, grouped by phase (from
//! `planning::plan`), the selected one's detail, and what each stage of the plan reaches. Propose
//! actions from the gaps, accept or drop a proposal, change status, owner, due date, effort, phase,
//! title and description, filter the list. Every change goes through `Session::change_actions`
//! (one undo step, saved like any other change); the plan is computed again after it (`refresh`),
//! never in a view. Marking an action done never changes an answer: the detail lists the
//! requirements to re-assess and Enter goes to one.

pub mod forms;
mod panels;
pub mod state;
pub mod view;

use crate::assessment::{ActionStatus, AnswerId};
use crate::tui::dialog::Dialog;
use crate::tui::message::Effect;
use crate::tui::model::{Model, Screen};
use crate::tui::session::changed;
use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;
use state::{Computed, Panel};

/// The plan screen comes to the front: compute the plan, select the action asked for (the review
/// list's Enter) or keep the selection.
pub fn enter(model: &mut Model) {
    refresh(model);
    if let Some(id) = model.show_action.take() {
        model.plan.filter = state::Filter::default();
        model.plan.focus = Panel::List;
        model.plan.computed = None;
        model.plan.selected = Some(id);
        refresh(model);
    }
}

/// Compute the plan again if the plan screen is open and the assessment or the day changed since
/// (called at the end of every `update`; a key that only moves computes nothing).
pub fn refresh(model: &mut Model) {
    if model.screen != Screen::Plan {
        return;
    }
    let Some(s) = model.session.as_ref() else { return };
    if model.plan.current(s.revision, model.today).is_some() {
        return;
    }
    // The score the session keeps for this revision and day (`session::refresh_score` made it
    // just before), so a change is scored once.
    let a = &s.assessment;
    let plan = match s
        .scored
        .as_ref()
        .filter(|x| x.revision == s.revision && x.day == model.today)
    {
        Some(scored) => crate::planning::plan_for(a, &model.catalog, model.today, &model.effort, &scored.score),
        None => crate::planning::plan(a, &model.catalog, model.today, &model.effort),
    };
    let filter = &model.plan.filter;
    let shown = (0..plan.items.len())
        .filter(|&i| {
            let item = &plan.items[i];
            a.action(&item.id).is_some_and(|x| filter.lets_through(x, item.overdue))
        })
        .collect();
    model.plan.computed = Some(Computed {
        revision: s.revision,
        day: model.today,
        plan,
        shown,
    });
    keep_selection(model);
}

/// The filter changed: list again what it lets through.
fn refilter(model: &mut Model) {
    model.plan.computed = None;
    refresh(model);
}

/// Keep the selected action if it is still shown, else select the first shown.
fn keep_selection(model: &mut Model) {
    let p = &mut model.plan;
    if p.cursor().is_none() {
        p.selected = p
            .computed
            .as_ref()
            .and_then(|c| c.shown.first().and_then(|&i| c.plan.items.get(i)))
            .map(|x| x.id.clone());
        p.requirement = 0;
    }
}

/// The selected action's id.
pub fn selected(model: &Model) -> Option<String> {
    model.plan.cursor()?;
    model.plan.selected.clone()
}

/// The answers the selected action addresses (the detail panel's requirement list).
pub fn addressed(model: &Model) -> Vec<AnswerId> {
    let Some(id) = selected(model) else { return Vec::new() };
    model
        .session
        .as_ref()
        .and_then(|s| s.assessment.action(&id))
        .map(|x| x.answer_ids())
        .unwrap_or_default()
}

pub fn key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if model.session.as_ref().is_some_and(|s| s.form.is_some()) {
        return forms::form_key(model, k, now);
    }
    let step = crate::tui::keymap::list_step(k.code);
    let focus = model.plan.focus;
    match (k.code, focus) {
        (KeyCode::Esc | KeyCode::Char('q'), Panel::List) => model.screen = Screen::Questionnaire,
        (KeyCode::Esc, _) => model.plan.focus = Panel::List,
        (KeyCode::Char('q'), _) => model.screen = Screen::Questionnaire,
        (KeyCode::Char('r'), _) => model.screen = Screen::Results,
        (KeyCode::Tab, _) => model.plan.focus = focus.next(),
        (KeyCode::BackTab, _) => model.plan.focus = focus.previous(),
        (KeyCode::Enter, Panel::List) => {
            model.plan.focus = Panel::Detail;
            model.plan.requirement = 0;
        }
        (KeyCode::Enter, Panel::Detail) => jump(model),
        (KeyCode::Char('p'), _) => return propose(model, now),
        (KeyCode::Char('a'), _) => return accept(model, now),
        (KeyCode::Char('x'), _) => ask_drop(model),
        (KeyCode::Char('d'), _) => return done(model, now),
        (KeyCode::Char('s'), _) => forms::open_status(model),
        (KeyCode::Char('e'), _) => forms::open_edit(model, forms::TITLE),
        (KeyCode::Char('o'), _) => forms::open_edit(model, forms::OWNER),
        (KeyCode::Char('u'), _) => forms::open_edit(model, forms::DUE),
        (KeyCode::Char('f'), _) => forms::open_filter(model),
        (KeyCode::Char('F'), _) => {
            model.plan.filter = state::Filter::default();
            refilter(model);
        }
        _ if step != 0 => move_in(model, focus, step),
        _ => {}
    }
    Vec::new()
}

fn move_in(model: &mut Model, panel: Panel, step: isize) {
    let moved = |cursor: usize, len: usize| cursor.saturating_add_signed(step).min(len.saturating_sub(1));
    match panel {
        Panel::List => {
            let p = &model.plan;
            let Some(c) = p.computed.as_ref() else { return };
            let at = moved(p.cursor().unwrap_or(0), c.shown.len());
            let id = c.shown.get(at).and_then(|&i| c.plan.items.get(i)).map(|x| x.id.clone());
            if id != model.plan.selected {
                model.plan.requirement = 0;
            }
            model.plan.selected = id;
        }
        Panel::Detail => {
            let n = addressed(model).len();
            model.plan.requirement = moved(model.plan.requirement, n);
        }
        Panel::Projection => {
            let n = panels::projection_line_count(model);
            model.plan.projection_scroll = moved(model.plan.projection_scroll, n);
        }
    }
}

/// Enter on a requirement of the detail: answer it on the questionnaire screen.
fn jump(model: &mut Model) {
    let id = addressed(model).get(model.plan.requirement).cloned();
    if !id.is_some_and(|id| crate::tui::session::go_to(model, &id)) {
        model.notice = Some(model.texts.ui("notice-none-found"));
    }
}

/// `p`: proposals from the open gaps, titled in the assessment's language.
fn propose(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let interface = model.texts.language().clone();
    model
        .texts
        .select(s.assessment.assessment.language.parse().ok().as_ref());
    let (texts, catalog, today) = (&model.texts, &model.catalog, model.today);
    let title = |p: &crate::planning::Proposal| crate::planning::text::proposal_title(catalog, texts, p);
    let by = s.assessor.clone();
    let what = model.texts.ui("undo-plan-propose");
    let (proposed, any) = s.change_actions(what, |a| crate::planning::propose(a, catalog, today, &title, &by, now));
    model.texts.select(Some(&interface));
    model.notice = Some(model.texts.ui_with(
        "notice-plan-proposed",
        &[
            ("added", proposed.added.len().into()),
            ("updated", proposed.updated.len().into()),
            ("removed", proposed.removed.len().into()),
        ],
    ));
    if !any {
        return Vec::new();
    }
    changed(model, now)
}

/// Set the status of action `id`, recorded in its history with the assessor and `now`.
pub fn set_status(model: &mut Model, id: &str, status: ActionStatus, now: Timestamp) -> Vec<Effect> {
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let label = crate::planning::text::status_label(&model.texts, status);
    let what = model.texts.ui_with(
        "undo-plan-status",
        &[("id", id.into()), ("status", label.clone().into())],
    );
    let by = s.assessor.clone();
    let (_, any) = s.change_actions(what, |a| {
        if let Some(x) = a.action_mut(id) {
            x.set_status(status, &by, now);
        }
    });
    if !any {
        return Vec::new();
    }
    model.notice = Some(
        model
            .texts
            .ui_with("notice-plan-status", &[("id", id.into()), ("status", label.into())]),
    );
    if status == ActionStatus::Done {
        reassess(model, id);
    }
    changed(model, now)
}

/// Done: say which requirements to re-assess and put the detail's list in focus (Enter goes to one).
fn reassess(model: &mut Model, id: &str) {
    let n = model
        .session
        .as_ref()
        .and_then(|s| s.assessment.action(id))
        .map_or(0, |x| x.answer_ids().len());
    model.plan.selected = Some(id.to_string());
    model.plan.focus = Panel::Detail;
    model.plan.requirement = 0;
    model.notice = Some(
        model
            .texts
            .ui_with("notice-plan-done", &[("id", id.into()), ("count", n.into())]),
    );
}

fn status_of(model: &Model, id: &str) -> Option<ActionStatus> {
    Some(model.session.as_ref()?.assessment.action(id)?.status)
}

/// `a`: a proposal becomes part of the plan.
fn accept(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(id) = selected(model) else { return Vec::new() };
    if status_of(model, &id) != Some(ActionStatus::Proposed) {
        model.notice = Some(model.texts.ui_with("notice-plan-not-proposed", &[("id", id.into())]));
        return Vec::new();
    }
    set_status(model, &id, ActionStatus::Planned, now)
}

/// `x`: ask before dropping the selected action.
fn ask_drop(model: &mut Model) {
    let Some(id) = selected(model) else { return };
    if status_of(model, &id) == Some(ActionStatus::Dropped) {
        return;
    }
    model.dialog = Some(Dialog::DropAction { id, yes: false });
}

/// The drop was confirmed.
pub fn drop_action(model: &mut Model, id: &str, now: Timestamp) -> Vec<Effect> {
    set_status(model, id, ActionStatus::Dropped, now)
}

/// `d`: the selected action is done.
fn done(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(id) = selected(model) else { return Vec::new() };
    if status_of(model, &id) == Some(ActionStatus::Done) {
        reassess(model, &id);
        return Vec::new();
    }
    set_status(model, &id, ActionStatus::Done, now)
}
