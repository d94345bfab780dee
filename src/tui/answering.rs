//! `update` for the questionnaire screen: moving through requirements, answering from the scale's
//! keys, notes, evidence and interviewee, flags, search, the guided ladder. Pure like the rest of
//! `update`: it changes the model and returns effects.

use super::keymap::Action;
use super::model::*;
use super::update::{Effect, changed, fix_target};
use crate::assessment::{Answer, AnswerKey};
use crate::catalog::ScaleKind;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use ratatui_textarea::TextArea;

pub(super) fn questionnaire_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if model.session.as_ref().is_some_and(|s| s.ladder.is_some()) {
        return ladder_key(model, k, now);
    }
    if model.session.as_ref().is_some_and(|s| s.editor.is_some()) {
        return editor_key(model, k, now);
    }
    if model.session.as_ref().is_some_and(|s| s.form.is_some()) {
        return super::export::form_key(model, k);
    }
    let count = model.questionnaire().map(|q| q.requirements.len()).unwrap_or(0);
    let last = count.saturating_sub(1);
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
            KeyCode::PageUp => move_cursor(model, |c| c.saturating_sub(10)),
            KeyCode::PageDown => move_cursor(model, |c| (c + 10).min(last)),
            KeyCode::Home => move_cursor(model, |_| 0),
            KeyCode::End => move_cursor(model, |_| last),
            _ => {}
        }
        return Vec::new();
    };
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::Back => {
            model.session = None;
            model.screen = Screen::Home;
            model.save = SaveState::NoFile;
            return vec![Effect::Close];
        }
        Action::Previous => s.cursor = s.cursor.saturating_sub(1),
        Action::Next => s.cursor = (s.cursor + 1).min(last),
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
        Action::NextZone | Action::PreviousZone => cycle_target(model, action == Action::NextZone),
        Action::Guidance => s.guidance = !s.guidance,
        Action::Note => open_editor(model, Field::Note),
        Action::Evidence => open_editor(model, Field::Evidence),
        Action::Interviewee => open_editor(model, Field::Interviewee),
        Action::Search => open_editor(model, Field::Search),
        Action::Flag => return toggle_flag(model, now),
        Action::NextUnanswered => jump(model, |m, r| m.answer_to(r).is_none_or(|a| a.value.is_none())),
        Action::NextFlagged => jump(model, |m, r| m.answer_to(r).is_some_and(|a| a.flagged)),
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
        Action::Export => super::export::open(model),
        Action::SwitchLanguage => switch_language(model),
        Action::Clear => return set_value(model, None, now),
    }
    Vec::new()
}

fn move_cursor(model: &mut Model, to: impl Fn(usize) -> usize) {
    if let Some(s) = model.session.as_mut() {
        s.cursor = to(s.cursor);
    }
}

/// A key of the answer scale: record that answer; a value that needs a reason opens the note.
fn answer_key(model: &mut Model, c: char, now: Timestamp) -> Vec<Effect> {
    let value = model
        .requirement()
        .and_then(|r| model.catalog.scale_of(r))
        .and_then(|sc| sc.value_for_key(c))
        .map(|v| (v.id.clone(), v.note_required));
    let Some((id, note_required)) = value else {
        return Vec::new();
    };
    let effects = set_value(model, Some(id), now);
    let note_missing = model
        .requirement()
        .map(|r| r.id.clone())
        .and_then(|r| model.answer_to(&r).map(|a| a.note.trim().is_empty()))
        .unwrap_or(true);
    if note_required && note_missing {
        open_editor(model, Field::Note);
        model.notice = Some(model.texts.ui("notice-reason-required"));
    }
    effects
}

fn cycle_target(model: &mut Model, forward: bool) {
    let per_target = model.questionnaire().is_some_and(|q| q.scope.per_target());
    let Some(s) = model.session.as_mut() else { return };
    if !per_target {
        return;
    }
    let ids: Vec<String> = s
        .assessment
        .zones
        .iter()
        .map(|z| z.id.clone())
        .chain(s.assessment.conduits.iter().map(|c| c.id.clone()))
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

fn switch_language(model: &mut Model) {
    let languages = model.texts.languages();
    if languages.is_empty() {
        return;
    }
    let current = model.texts.language().clone();
    let i = languages.iter().position(|l| l == &current).unwrap_or(0);
    let next = languages[(i + 1) % languages.len()].clone();
    model.texts.select(Some(&next));
}

/// Move to the next requirement (after the cursor, wrapping) that `want` accepts.
fn jump(model: &mut Model, want: impl Fn(&Model, &str) -> bool) {
    let Some(q) = model.questionnaire() else { return };
    let n = q.requirements.len();
    let Some(cursor) = model.session.as_ref().map(|s| s.cursor) else {
        return;
    };
    let found = (1..=n)
        .map(|step| (cursor + step) % n)
        .find(|&i| want(model, &q.requirements[i].id));
    match (found, model.session.as_mut()) {
        (Some(i), Some(s)) => s.cursor = i,
        _ => model.notice = Some(model.texts.ui("notice-none-found")),
    }
}

/// The answer being edited, created when needed, stamped with interviewee, assessor and time.
fn current_answer(model: &mut Model, now: Timestamp) -> Option<&mut Answer> {
    let q = model.questionnaire()?.id.clone();
    let r = model.requirement()?.id.clone();
    let s = model.session.as_mut()?;
    let key = AnswerKey {
        questionnaire: &q,
        target: s.target.as_deref(),
        requirement: &r,
    };
    if s.assessment.answer(key).is_none() {
        s.assessment.set_answer(Answer {
            questionnaire: q.clone(),
            target: s.target.clone(),
            requirement: r.clone(),
            value: None,
            note: String::new(),
            evidence: Vec::new(),
            interviewee: String::new(),
            assessor: String::new(),
            time: now,
            flagged: false,
        });
    }
    let (interviewee, assessor) = (s.interviewee.clone(), s.assessor.clone());
    let key = AnswerKey {
        questionnaire: &q,
        target: s.target.as_deref(),
        requirement: &r,
    };
    let answer = s.assessment.answer_mut(key)?;
    if !interviewee.is_empty() {
        answer.interviewee = interviewee;
    }
    if !assessor.is_empty() {
        answer.assessor = assessor;
    }
    answer.time = now;
    Some(answer)
}

fn set_value(model: &mut Model, value: Option<String>, now: Timestamp) -> Vec<Effect> {
    if model.session.as_ref().is_some_and(|s| s.target.is_none())
        && model.questionnaire().is_some_and(|q| q.scope.per_target())
    {
        model.notice = Some(model.texts.ui("notice-no-zones"));
        return Vec::new();
    }
    match current_answer(model, now) {
        Some(a) => a.value = value,
        None => return Vec::new(),
    }
    drop_empty_answer(model);
    changed(model, now)
}

/// An answer with nothing in it (no value, note, evidence or flag) is removed rather than kept.
fn drop_empty_answer(model: &mut Model) {
    let (Some(q), Some(r)) = (
        model.questionnaire().map(|q| q.id.clone()),
        model.requirement().map(|r| r.id.clone()),
    ) else {
        return;
    };
    let Some(s) = model.session.as_mut() else { return };
    let key = AnswerKey {
        questionnaire: &q,
        target: s.target.as_deref(),
        requirement: &r,
    };
    if s.assessment
        .answer(key)
        .is_some_and(|a| a.value.is_none() && a.note.is_empty() && a.evidence.is_empty() && !a.flagged)
    {
        s.assessment.remove_answer(key);
    }
}

fn toggle_flag(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    match current_answer(model, now) {
        Some(a) => a.flagged = !a.flagged,
        None => return Vec::new(),
    }
    drop_empty_answer(model);
    changed(model, now)
}

fn open_editor(model: &mut Model, field: Field) {
    let current = model.requirement().map(|r| r.id.clone());
    let lines: Vec<String> = match field {
        Field::Note => current
            .and_then(|r| model.answer_to(&r))
            .map(|a| a.note.lines().map(str::to_string).collect())
            .unwrap_or_default(),
        Field::Evidence => current
            .and_then(|r| model.answer_to(&r))
            .map(|a| a.evidence.clone())
            .unwrap_or_default(),
        Field::Interviewee => model
            .session
            .as_ref()
            .map(|s| vec![s.interviewee.clone()])
            .unwrap_or_default(),
        Field::Search => model
            .session
            .as_ref()
            .map(|s| vec![s.search.clone()])
            .unwrap_or_default(),
    };
    let mut area = TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    if let Some(s) = model.session.as_mut() {
        s.editor = Some(Editor { field, area });
    }
}

fn editor_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let Some(editor) = s.editor.as_mut() else {
        return Vec::new();
    };
    let single_line = matches!(editor.field, Field::Interviewee | Field::Search);
    let finish = k.code == KeyCode::Esc
        || (single_line && k.code == KeyCode::Enter)
        || (k.modifiers.contains(KeyModifiers::CONTROL) && k.code == KeyCode::Char('s'));
    if !finish {
        editor.area.input(k);
        return Vec::new();
    }
    let Some(editor) = s.editor.take() else {
        return Vec::new();
    };
    let lines: Vec<String> = editor.area.lines().to_vec();
    match editor.field {
        Field::Interviewee => {
            s.interviewee = lines.join(" ").trim().to_string();
            Vec::new()
        }
        Field::Search => {
            s.search = lines.join(" ").trim().to_string();
            search(model);
            Vec::new()
        }
        Field::Note | Field::Evidence => {
            let text = lines.join("\n").trim_end().to_string();
            let unchanged = model
                .requirement()
                .map(|r| r.id.clone())
                .and_then(|r| model.answer_to(&r))
                .map(|a| {
                    if editor.field == Field::Note {
                        a.note == text
                    } else {
                        a.evidence.join("\n") == text
                    }
                });
            if unchanged == Some(true) || (unchanged.is_none() && text.is_empty()) {
                return Vec::new();
            }
            match current_answer(model, now) {
                Some(a) if editor.field == Field::Note => a.note = text,
                Some(a) => {
                    a.evidence = text
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_string)
                        .collect()
                }
                None => return Vec::new(),
            }
            drop_empty_answer(model);
            changed(model, now)
        }
    }
}

fn search(model: &mut Model) {
    let query = model
        .session
        .as_ref()
        .map(|s| s.search.to_lowercase())
        .unwrap_or_default();
    if query.is_empty() {
        return;
    }
    let Some(qid) = model.questionnaire().map(|q| q.id.clone()) else {
        return;
    };
    jump(model, |m, r| {
        let Some(req) = m.catalog.questionnaire(&qid).and_then(|q| q.requirement(r)) else {
            return false;
        };
        req.id.to_lowercase().contains(&query)
            || ["title", "question"]
                .iter()
                .any(|a| m.texts.get(&qid, &req.key, Some(a)).to_lowercase().contains(&query))
    });
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
