//! `update` for the results screen. Four panels, Tab and Shift-Tab move between them in reading
//! order (the left column top to bottom, then the right): progress and maturity, the
//! review list (answers that lack their reason, flagged answers, countermeasure records that do not
//! stand, compensated answers without one), the security levels of every zone and conduit (one
//! selected), and the selected one's SL-T reasons and gap list; with a target profile, the check
//! against it. An assessment of an organisation alone (a provider's 2-4 self-assessment) has no
//! security-level panels. Enter on a review entry or a gap goes to that answer on the
//! questionnaire screen. Nothing here scores: the lists come from the
//! session's score (`scored.rs`).

mod components;
mod levels;
mod profile;
pub mod state;
pub mod view;

use crate::assessment::AnswerId;
use crate::tui::message::Effect;
use crate::tui::model::{Model, Screen};
use crossterm::event::{KeyCode, KeyEvent};
pub use state::{Concern, Panel, ResultsState};

/// The answers to look at before finishing, as of the session's score (empty before the results
/// or zones screen was first shown).
pub fn review(model: &Model) -> &[(Concern, AnswerId)] {
    model.scored().map_or(&[], |s| s.review.as_slice())
}

pub fn key(model: &mut Model, k: KeyEvent, now: jiff::Timestamp) -> Vec<Effect> {
    if model.session.as_ref().is_some_and(|s| s.form.is_some()) {
        return crate::tui::forms::targets::form_key(model, k, now);
    }
    let step = crate::tui::keymap::list_step(k.code);
    clamp(model);
    let r = model.results;
    let with = shown(model);
    if model.keymap.is(crate::tui::keymap::Action::Plan, &k) {
        model.screen = Screen::Plan;
        return Vec::new();
    }
    if model.keymap.is(crate::tui::keymap::Action::Alignment, &k) {
        model.screen = Screen::Alignment;
        return Vec::new();
    }
    match (k.code, r.focus) {
        (KeyCode::Char(TARGETS), _) => crate::tui::forms::targets::open(model),
        (KeyCode::Char('q') | KeyCode::Char('r'), _) => back(model),
        (KeyCode::Esc, Panel::Gaps) => model.results.focus = Panel::SecurityLevels,
        (KeyCode::Esc, _) => back(model),
        (KeyCode::Tab, _) => focus(model, r.focus.next(with)),
        (KeyCode::BackTab, _) => focus(model, r.focus.previous(with)),
        (KeyCode::Enter, Panel::Profile) => {
            let id = model
                .scored()
                .and_then(|s| s.profile_gaps().nth(r.profile_gap))
                .map(|(q, row)| AnswerId::new(q, None, &row.requirement));
            go_to(model, id);
        }
        (KeyCode::Enter, Panel::SecurityLevels) => focus(model, Panel::Gaps),
        (KeyCode::Enter, Panel::Components) => {
            let id = components::answer_id(model);
            if id.is_none() {
                model.notice = Some(model.texts.ui("component-notice-no-4-2"));
                return Vec::new();
            }
            go_to(model, id);
        }
        (KeyCode::Enter, Panel::Review) => match review(model).get(r.review).cloned() {
            // An overdue action: the plan screen, with that action selected.
            Some((Concern::Overdue { action, .. }, _)) => {
                model.show_action = Some(action);
                model.screen = Screen::Plan;
            }
            entry => go_to(model, entry.map(|(_, id)| id)),
        },
        (KeyCode::Enter, Panel::Gaps) => {
            let id = model.scored().and_then(|s| s.gap_answer(r.target, r.gap));
            go_to(model, id);
        }
        (KeyCode::Left | KeyCode::Right, Panel::Gaps) => {
            select_target(model, if k.code == KeyCode::Left { -1 } else { 1 })
        }
        (_, focus) if step != 0 => move_in(model, focus, step),
        _ => {}
    }
    Vec::new()
}

/// Move the selection (or the scroll) of `panel` by `step` rows, within its list.
fn move_in(model: &mut Model, panel: Panel, step: isize) {
    let scored = model.scored();
    let r = &model.results;
    match panel {
        Panel::Maturity => {
            let rows = scored.map_or(0, |s| view::maturity_rows(&s.score));
            model.results.row = moved(r.row, step, rows);
        }
        Panel::Review => {
            let n = scored.map_or(0, |s| s.review.len());
            model.results.review = moved(r.review, step, n);
        }
        Panel::SecurityLevels => select_target(model, step),
        Panel::Gaps => {
            let n = scored.map_or(0, |s| s.gaps(r.target).count());
            model.results.gap = moved(r.gap, step, n);
        }
        Panel::Profile => {
            let n = scored.map_or(0, |s| s.profile_gaps().count());
            model.results.profile_gap = moved(r.profile_gap, step, n);
        }
        Panel::Components => {
            let n = scored.map_or(0, |s| s.score.components.len());
            model.results.component = moved(r.component, step, n);
        }
    }
}

/// The key that opens the targets form (target profile, maturity, service scope).
pub const TARGETS: char = 't';

/// Which optional panels are shown: security levels (an assessment that looks at systems) and the
/// check against a target profile (one is chosen).
pub fn shown(model: &Model) -> state::Shown {
    state::Shown {
        levels: model.scored().is_none_or(|s| s.levels),
        profile: model.scored().is_some_and(|s| !s.profiles.is_empty()),
        components: model.scored().is_some_and(|s| !s.score.components.is_empty()),
    }
}

/// Select another zone or conduit, at its first gap.
fn select_target(model: &mut Model, step: isize) {
    let n = model.scored().map_or(0, |s| s.targets.len());
    model.results.target = moved(model.results.target, step, n);
    model.results.gap = 0;
}

/// Keep the selections within their lists, which shrink when answers, zones or records change.
fn clamp(model: &mut Model) {
    let Some(s) = model.scored() else {
        return;
    };
    let last = |n: usize| n.saturating_sub(1);
    let (reviews, targets) = (s.review.len(), s.targets.len());
    let target = model.results.target.min(last(targets));
    let gaps = s.gaps(target).count();
    let profile_gaps = s.profile_gaps().count();
    let components = s.score.components.len();
    let with = shown(model);
    let r = &mut model.results;
    r.profile_gap = r.profile_gap.min(last(profile_gaps));
    r.component = r.component.min(last(components));
    if !Panel::shown(with).contains(&r.focus) {
        r.focus = Panel::Maturity;
    }
    r.review = r.review.min(last(reviews));
    r.target = target;
    r.gap = r.gap.min(last(gaps));
}

/// `cursor` moved by `step`, within `0..len`.
fn moved(cursor: usize, step: isize, len: usize) -> usize {
    cursor.saturating_add_signed(step).min(len.saturating_sub(1))
}

/// Put `panel` in focus; an empty review list says so.
fn focus(model: &mut Model, panel: Panel) {
    model.results.focus = panel;
    if panel == Panel::Review && review(model).is_empty() {
        model.notice = Some(model.texts.ui("notice-review-empty"));
    }
}

/// Show the answer on the questionnaire screen (the results screen keeps its place).
fn go_to(model: &mut Model, id: Option<AnswerId>) {
    if !id.is_some_and(|id| crate::tui::session::go_to(model, &id)) {
        model.notice = Some(model.texts.ui("notice-none-found"));
    }
}

fn back(model: &mut Model) {
    model.screen = Screen::Questionnaire;
    model.results.row = 0;
}
