//! `update` for the questionnaire screen: moving through requirements, answering from the scale's
//! keys, notes, evidence and interviewee, flags, search, the guided ladder. Pure like the rest of
//! `update`: it changes the model and returns effects.

pub mod bulk;
pub mod group;
pub mod scope;
pub mod search;
pub mod state;
pub mod view;

use crate::catalog::ScaleKind;
use crate::tui::forms::form::Purpose;
use crate::tui::keymap::Action;
use crate::tui::message::Effect;
use crate::tui::model::*;
use crate::tui::session::{changed, fix_target};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use search::jump;

pub fn key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if model.session.as_ref().is_some_and(|s| s.ladder.is_some()) {
        return ladder_key(model, k, now);
    }
    if let Some(editor) = model.session.as_ref().and_then(|s| s.editor.as_ref()) {
        let searching = editor.field == Field::Search;
        let effects = crate::tui::editor::key(model, k, now);
        // Enter runs the search typed; Esc cancelled it (the editor said so).
        let closed = model.session.as_ref().is_some_and(|s| s.editor.is_none());
        if searching && closed && k.code != KeyCode::Esc {
            search::run(model);
        }
        return effects;
    }
    match model.session.as_ref().and_then(|s| s.form.as_ref()).map(|f| &f.purpose) {
        Some(Purpose::NewCountermeasure(_) | Purpose::EditCountermeasure(_)) => {
            return crate::tui::forms::countermeasure::form_key(model, k, now);
        }
        Some(_) => return crate::tui::forms::export::form_key(model, k),
        None => {}
    }
    let before = model
        .session
        .as_ref()
        .map(|s| (s.scope, s.cursor, s.group, s.target.clone()));
    let effects = screen_key(model, k, now);
    // The answer pane starts at its top for another requirement.
    if let Some(s) = model.session.as_mut()
        && before != Some((s.scope, s.cursor, s.group, s.target.clone()))
    {
        s.answer_scroll = 0;
    }
    effects
}

fn screen_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if search::list_open(model) {
        search::list_key(model, k);
        return Vec::new();
    }
    // While a search is active, n / N go through its matches and Esc ends it (only then: n is
    // "not applicable" otherwise).
    if search::active(model) {
        if model.keymap.is(Action::NextMatch, &k) || model.keymap.is(Action::PreviousMatch, &k) {
            search::step(model, model.keymap.is(Action::NextMatch, &k));
            return Vec::new();
        }
        if k.code == KeyCode::Esc {
            search::end(model, false);
            return Vec::new();
        }
    }
    if model.session.as_ref().is_some_and(|s| s.group.is_some())
        && let Some(effects) = bulk::header_key(model, k, now)
    {
        return effects;
    }
    // Answer keys of the requirement's scale come first: they are what the assessor types most.
    if let KeyCode::Char(c) = k.code
        && k.modifiers.difference(KeyModifiers::SHIFT).is_empty()
        && model
            .requirement()
            .and_then(|r| model.catalog.scale_of(r))
            .is_some_and(|sc| sc.value_for_key(c).is_some())
    {
        return answer_key(model, c, now);
    }
    let Some(action) = model.keymap.action(&k) else {
        match k.code {
            KeyCode::PageUp => crate::tui::asked::step(model, -10),
            KeyCode::PageDown => crate::tui::asked::step(model, 10),
            KeyCode::Home => crate::tui::asked::step(model, isize::MIN / 2),
            KeyCode::End => crate::tui::asked::step(model, isize::MAX / 2),
            _ => {}
        }
        return Vec::new();
    };
    let group_here = model.questionnaire().zip(model.session.as_ref()).and_then(|(q, s)| {
        crate::catalog::tree::group_of(q, s.cursor).map(|g| {
            let first = crate::tui::asked::first_requirement(&s.assessment, q, g, s.target.as_deref());
            (g, first)
        })
    });
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    if !matches!(
        action,
        Action::ScrollAnswerDown
            | Action::ScrollAnswerUp
            | Action::AnswerGroup
            | Action::Search
            | Action::Interviewee
            | Action::Guidance
            | Action::Results
            | Action::Zones
            | Action::Plan
            | Action::Alignment
            | Action::SwitchLanguage
    ) {
        s.group = None;
    }
    match action {
        Action::Back => return crate::tui::leave::request(model, Leave::Home, now),
        Action::GroupHeader => {
            if let Some((g, first)) = group_here {
                s.group = Some(g);
                s.cursor = first.unwrap_or(s.cursor);
            }
        }
        Action::AnswerGroup => return bulk::start(model, None, now),
        Action::ScrollAnswerDown => s.answer_scroll = s.answer_scroll.saturating_add(1),
        Action::ScrollAnswerUp => s.answer_scroll = s.answer_scroll.saturating_sub(1),
        // Without an active search (handled above) these keys mean nothing here (v: the zones screen).
        Action::NextMatch | Action::PreviousMatch | Action::ReuseNote | Action::Diagram => {}
        Action::Previous => crate::tui::asked::step(model, -1),
        Action::Next => crate::tui::asked::step(model, 1),
        Action::NextQuestionnaire | Action::PreviousQuestionnaire => {
            let n = s.assessment.assessment.questionnaires.len().max(1);
            s.scope = if action == Action::NextQuestionnaire {
                (s.scope + 1) % n
            } else {
                (s.scope + n - 1) % n
            };
            s.cursor = 0;
            fix_target(model);
        }
        Action::NextZone | Action::PreviousZone => {
            cycle_target(model, action == Action::NextZone);
            crate::tui::asked::fix_cursor(model);
        }
        Action::Guidance => s.guidance = !s.guidance,
        Action::Note => crate::tui::editor::open(model, Field::Note),
        Action::Evidence => crate::tui::editor::open(model, Field::Evidence),
        Action::Interviewee => crate::tui::editor::open(model, Field::Interviewee),
        Action::Search => crate::tui::editor::open(model, Field::Search),
        Action::Flag => return toggle_flag(model, now),
        // Requirements outside the service scope assessed, or not asked of the component's type,
        // are never to be answered.
        Action::NextUnanswered => jump(model, |m, r| {
            let in_scope = m
                .questionnaire()
                .and_then(|q| q.requirement(r))
                .zip(m.session.as_ref())
                .is_none_or(|(r, s)| s.assessment.asks(r, s.target.as_deref()));
            in_scope && m.answer_to(r).is_none_or(|a| a.value.is_none())
        }),
        Action::NextFlagged => jump(model, |m, r| m.answer_to(r).is_some_and(|a| a.flagged)),
        Action::Ladder if outside_scope(model) => {}
        Action::Ladder => {
            let has_ladder = model
                .requirement()
                .and_then(|r| model.catalog.scale_of(r))
                .is_some_and(|sc| !sc.ladder.is_empty());
            if has_ladder {
                if let Some(s) = model.session.as_mut() {
                    s.ladder = Some(Ladder { step: 0, yes: 0 });
                }
            } else {
                model.notice = Some(model.texts.ui("notice-no-ladder"));
            }
        }
        Action::Results => model.screen = Screen::Results,
        Action::Zones => model.screen = Screen::Zones,
        Action::Plan => model.screen = Screen::Plan,
        Action::Alignment => model.screen = Screen::Alignment,
        Action::Export => crate::tui::forms::export::open(model),
        Action::Countermeasure => crate::tui::forms::countermeasure::open(model),
        Action::SwitchLanguage => model.switch_language(),
        Action::Clear => {
            let effects = set_value(model, None, now);
            if !effects.is_empty() {
                model.notice = Some(model.texts.ui("notice-cleared"));
            }
            return effects;
        }
        // Handled for every screen before this one is asked.
        Action::Undo | Action::Save => {}
    }
    Vec::new()
}

/// A key of the answer scale: record that answer. A value that needs a reason (not applicable,
/// compensated) is recorded only together with one: the reason editor opens empty, and closing it
/// empty leaves the answer as it was.
fn answer_key(model: &mut Model, c: char, now: Timestamp) -> Vec<Effect> {
    let value = model
        .requirement()
        .and_then(|r| model.catalog.scale_of(r))
        .and_then(|sc| sc.value_for_key(c))
        .map(|v| (v.id.clone(), v.note_required));
    let Some((id, note_required)) = value else {
        return Vec::new();
    };
    if outside_scope(model) {
        return Vec::new();
    }
    if !note_required {
        return set_value(model, Some(id), now);
    }
    if no_zone(model) {
        return Vec::new();
    }
    // The reason is typed afresh (an Esc by mistake records nothing); it is added to the note.
    let answer = model.answer_id();
    crate::tui::editor::open_with(model, Field::Reason, answer, Some(id), "");
    Vec::new()
}

fn cycle_target(model: &mut Model, forward: bool) {
    let Some(scope) = model.questionnaire().map(|q| q.scope) else {
        return;
    };
    let Some(s) = model.session.as_mut() else { return };
    let ids: Vec<String> = s
        .assessment
        .targets_for(scope)
        .into_iter()
        .map(str::to_string)
        .collect();
    if ids.is_empty() {
        return;
    }
    let i = s
        .target
        .as_ref()
        .and_then(|t| ids.iter().position(|x| x == t))
        .unwrap_or(0);
    let n = ids.len();
    let next = if forward { (i + 1) % n } else { (i + n - 1) % n };
    s.target = Some(ids[next].clone());
}

/// The requirement under the cursor lies outside the service scope the assessment covers
/// (62443-2-4): it is not answered; say why and where the scope is changed.
fn outside_scope(model: &mut Model) -> bool {
    let Some(s) = model.session.as_ref() else {
        return false;
    };
    let Some(r) = model.requirement().filter(|r| !s.assessment.in_service_scope(r)) else {
        return false;
    };
    let scope = model
        .texts
        .ui(&format!("service-scope-{}", s.assessment.assessment.service_scope.id()));
    let results = model.keymap.name(Action::Results);
    model.notice = Some(model.texts.ui_with(
        "notice-outside-service-scope",
        &[
            ("requirement", r.id.clone().into()),
            ("scope", scope.into()),
            ("results", results.into()),
        ],
    ));
    true
}

/// A questionnaire answered per zone, with no zone to answer for: say so.
fn no_zone(model: &mut Model) -> bool {
    let missing = model.session.as_ref().is_some_and(|s| s.target.is_none())
        && model.questionnaire().is_some_and(|q| q.scope.per_target());
    if missing {
        // 62443-4-2 is answered per component, added on the zones screen.
        let per_component = model.questionnaire().is_some_and(|q| q.scope.per_component());
        let message = if per_component {
            "component-notice-none"
        } else {
            "notice-no-zones"
        };
        model.notice = Some(model.texts.ui(message));
    }
    missing
}

/// Give (or clear) the value of the current answer, stamped with the current interviewee.
fn set_value(model: &mut Model, value: Option<String>, now: Timestamp) -> Vec<Effect> {
    if no_zone(model) {
        return Vec::new();
    }
    let Some(id) = model.answer_id() else {
        return Vec::new();
    };
    let changed_answer = model.session.as_mut().is_some_and(|s| s.give(&id, value, now));
    if changed_answer {
        changed(model, now)
    } else {
        Vec::new()
    }
}

fn toggle_flag(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if no_zone(model) {
        return Vec::new();
    }
    let Some(id) = model.answer_id() else {
        return Vec::new();
    };
    let changed_answer = model
        .session
        .as_mut()
        .is_some_and(|s| s.edit_details(&id, now, |a| a.flagged = !a.flagged));
    if changed_answer {
        changed(model, now)
    } else {
        Vec::new()
    }
}

fn ladder_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    let steps = model
        .requirement()
        .and_then(|r| model.catalog.scale_of(r))
        .filter(|sc| sc.kind == ScaleKind::Maturity)
        .map(|sc| sc.ladder.len())
        .unwrap_or(0);
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let Some(ladder) = s.ladder.as_mut() else {
        return Vec::new();
    };
    let done = match k.code {
        KeyCode::Esc => {
            s.ladder = None;
            return Vec::new();
        }
        KeyCode::Char('y') | KeyCode::Char('j') | KeyCode::Char('o') => {
            ladder.yes += 1;
            ladder.step += 1;
            ladder.step >= steps
        }
        KeyCode::Char('n') => true,
        _ => false,
    };
    if !done {
        return Vec::new();
    }
    let yes = ladder.yes;
    s.ladder = None;
    let proposal = model
        .requirement()
        .and_then(|r| model.catalog.scale_of(r))
        .and_then(|sc| sc.ladder_proposal(yes))
        .map(|v| v.id.clone());
    match proposal {
        Some(v) => set_value(model, Some(v), now),
        None => Vec::new(),
    }
}
