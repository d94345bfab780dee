//! Answering a whole group at once: on a group header, an answer key (or `A`, then the key) gives
//! that value to every requirement of the group and its subgroups. A value that needs a reason
//! (not applicable) is given only with one, typed once for all (Ctrl-L puts in the last one).
//! Answers given already with another value are replaced only after a question that says how
//! many; the whole change is one undo step, and every answer is stamped with the interviewee.

use super::dialog::Dialog;
use super::keymap::Action;
use super::message::Effect;
use super::model::{Field, Model, Session};
use super::session::changed;
use super::tree::TreeRow;
use super::undo::{Before, Step};
use crate::assessment::{Answer, AnswerId};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;

/// A group being answered as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bulk {
    pub questionnaire: String,
    /// The zone, conduit or system answered for (per-target questionnaires).
    pub target: Option<String>,
    /// Index into the questionnaire's groups.
    pub group: usize,
    /// The value to give; `None` while the assessor chooses it.
    pub value: Option<String>,
    /// The reason given with a value that needs one.
    pub reason: String,
}

/// What giving the value would do: how many answers change, how many of those hold another value
/// now (replaced only after asking), out of how many requirements.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Plan {
    pub requirements: usize,
    pub changes: usize,
    pub replaces: usize,
}

/// The note an answer gets with `reason`: the reason, added to the note it has (unless it holds it).
fn with_reason(old: &str, reason: &str) -> String {
    if old.trim().is_empty() {
        reason.to_string()
    } else if old.contains(reason) {
        old.to_string()
    } else {
        format!("{old}\n{reason}")
    }
}

impl Session {
    /// Give `value` (with `reason`, for a value that needs one) to every answer of `ids`, as one
    /// undo step named `what`. A value an answer has already keeps its interviewee; only its note
    /// is then an edit. Returns how many answers changed.
    pub fn give_all(
        &mut self,
        what: String,
        ids: &[AnswerId],
        value: &str,
        reason: Option<&str>,
        now: Timestamp,
    ) -> usize {
        let (interviewee, assessor) = (self.interviewee.clone(), self.assessor.clone());
        let mut before = Vec::new();
        for id in ids {
            let old = self.assessment.answer(id.key()).cloned();
            let mut answer = old.clone().unwrap_or_else(|| Answer::new(id, now));
            if answer.value.as_deref() != Some(value) {
                answer.give(Some(value.to_string()), &interviewee, &assessor, now);
            }
            if let Some(reason) = reason {
                let note = with_reason(&answer.note, reason);
                if answer.note != note {
                    answer.note = note;
                    if old.is_some() {
                        answer.mark_edited(&assessor, now);
                    }
                }
            }
            if old.as_ref() != Some(&answer) {
                before.push((id.clone(), old));
                self.assessment.set_answer(answer);
            }
        }
        let n = before.len();
        if n > 0 {
            self.history.record(Step {
                what,
                before: Before::Answers(before),
            });
        }
        n
    }
}

/// The answers of the bulk's group that take its value (requirements whose scale has it).
fn answer_ids(model: &Model, bulk: &Bulk, value: &str) -> Vec<AnswerId> {
    let Some(q) = model.catalog.questionnaire(&bulk.questionnaire) else {
        return Vec::new();
    };
    super::tree::requirements_of(q, bulk.group)
        .into_iter()
        .filter_map(|i| q.requirements.get(i))
        .filter(|r| model.catalog.scale_of(r).is_some_and(|sc| sc.value(value).is_some()))
        .map(|r| AnswerId::new(&q.id, bulk.target.as_deref(), &r.id))
        .collect()
}

/// What giving the bulk's value (and reason) would change.
pub fn plan(model: &Model, bulk: &Bulk) -> Plan {
    let Some(value) = bulk.value.as_deref() else {
        return Plan::default();
    };
    let Some(s) = model.session.as_ref() else {
        return Plan::default();
    };
    let ids = answer_ids(model, bulk, value);
    let mut p = Plan {
        requirements: ids.len(),
        ..Plan::default()
    };
    for id in &ids {
        let answer = s.assessment.answer(id.key());
        let old_value = answer.and_then(|a| a.value.as_deref());
        let old_note = answer.map(|a| a.note.as_str()).unwrap_or_default();
        let note_changes = !bulk.reason.is_empty() && with_reason(old_note, &bulk.reason) != old_note;
        if old_value != Some(value) || note_changes {
            p.changes += 1;
        }
        if old_value.is_some_and(|v| v != value) {
            p.replaces += 1;
        }
    }
    p
}

/// How many requirements the group holds, and how many of them have a value now.
pub fn answered_of(model: &Model, bulk: &Bulk) -> (usize, usize) {
    let (Some(q), Some(s)) = (model.catalog.questionnaire(&bulk.questionnaire), model.session.as_ref()) else {
        return (0, 0);
    };
    let all = super::tree::requirements_of(q, bulk.group);
    let answered = all
        .iter()
        .filter_map(|&i| q.requirements.get(i))
        .filter(|r| {
            let id = AnswerId::new(&q.id, bulk.target.as_deref(), &r.id);
            s.assessment.answer(id.key()).is_some_and(|a| a.value.is_some())
        })
        .count();
    (all.len(), answered)
}

/// Start answering the selected group (or, on a requirement, its group): with `value` from an
/// answer key, or `None` to choose it first (`A`).
pub fn start(model: &mut Model, value: Option<String>, now: Timestamp) -> Vec<Effect> {
    let Some(q) = model.questionnaire() else {
        return Vec::new();
    };
    let Some(s) = model.session.as_ref() else {
        return Vec::new();
    };
    let Some(group) = s.group.or_else(|| super::tree::group_of(q, s.cursor)) else {
        return Vec::new();
    };
    if s.target.is_none() && q.scope.per_target() {
        model.notice = Some(model.texts.ui("notice-no-zones"));
        return Vec::new();
    }
    let bulk = Bulk {
        questionnaire: q.id.clone(),
        target: s.target.clone(),
        group,
        value: None,
        reason: String::new(),
    };
    match value {
        Some(v) => choose(model, bulk, v, now),
        None => {
            model.dialog = Some(Dialog::Bulk(Box::new(bulk)));
            Vec::new()
        }
    }
}

/// The value is chosen: ask for the reason it needs, else go on to the question or the change.
fn choose(model: &mut Model, mut bulk: Bulk, value: String, now: Timestamp) -> Vec<Effect> {
    let needs_reason = model
        .catalog
        .questionnaire(&bulk.questionnaire)
        .and_then(|q| q.groups.get(bulk.group).map(|_| q))
        .and_then(|q| model.catalog.scale(&q.scale))
        .and_then(|sc| sc.value(&value))
        .is_some_and(|v| v.note_required);
    bulk.value = Some(value.clone());
    if needs_reason {
        // Typed once for every requirement of the group; Ctrl-L puts in the last one written.
        if let Some(s) = model.session.as_mut() {
            s.editor = Some(super::model::Editor {
                field: Field::Reason,
                area: super::editor::text_area(Field::Reason, ""),
                answer: None,
                value: Some(value),
                base: String::new(),
                bulk: Some(Box::new(bulk)),
            });
        }
        return Vec::new();
    }
    ask_or_give(model, bulk, now)
}

/// The reason editor closed with `reason` for a bulk answer.
pub fn reason_given(model: &mut Model, mut bulk: Bulk, reason: String, now: Timestamp) -> Vec<Effect> {
    if reason.trim().is_empty() {
        model.notice = Some(model.texts.ui("notice-reason-missing"));
        return Vec::new();
    }
    bulk.reason = reason;
    ask_or_give(model, bulk, now)
}

/// Give the value at once when no answer holds another one; else ask first.
fn ask_or_give(model: &mut Model, bulk: Bulk, now: Timestamp) -> Vec<Effect> {
    let p = plan(model, &bulk);
    if p.changes == 0 {
        model.notice = Some(model.texts.ui("notice-bulk-nothing"));
        return Vec::new();
    }
    if p.replaces > 0 {
        model.dialog = Some(Dialog::Bulk(Box::new(bulk)));
        return Vec::new();
    }
    give(model, bulk, now)
}

fn give(model: &mut Model, bulk: Bulk, now: Timestamp) -> Vec<Effect> {
    let Some(value) = bulk.value.clone() else {
        return Vec::new();
    };
    let ids = answer_ids(model, &bulk, &value);
    let group_id = model
        .catalog
        .questionnaire(&bulk.questionnaire)
        .and_then(|q| q.groups.get(bulk.group))
        .map(|g| g.id.clone())
        .unwrap_or_default();
    let label = value_label(model, &bulk.questionnaire, &value);
    let what = match &bulk.target {
        Some(t) => format!("{group_id} ({t}): {label}"),
        None => format!("{group_id}: {label}"),
    };
    let reason = (!bulk.reason.is_empty()).then_some(bulk.reason.as_str());
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let n = s.give_all(what, &ids, &value, reason, now);
    if let Some(r) = reason {
        s.last_note = r.to_string();
    }
    if n == 0 {
        return Vec::new();
    }
    model.notice = Some(model.texts.ui_with(
        "notice-bulk-given",
        &[("count", n.into()), ("group", group_id.into()), ("value", label.into())],
    ));
    changed(model, now)
}

/// The scale label of `value` in questionnaire `qid` ("not applicable", "ML3 Defined").
pub fn value_label(model: &Model, qid: &str, value: &str) -> String {
    model
        .catalog
        .questionnaire(qid)
        .map(|q| {
            model
                .texts
                .get("scales", &format!("{}-{value}", q.scale), Some("label"))
        })
        .unwrap_or_else(|| value.to_string())
}

/// A key while the bulk question is open: a value key (choosing), y or Enter (replacing), Esc.
pub fn key(model: &mut Model, bulk: Bulk, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if k.code == KeyCode::Esc {
        model.notice = Some(model.texts.ui("notice-bulk-cancelled"));
        return Vec::new();
    }
    if bulk.value.is_some() {
        return match k.code {
            KeyCode::Char('y') | KeyCode::Char('j') | KeyCode::Char('o') | KeyCode::Enter => give(model, bulk, now),
            _ => {
                model.dialog = Some(Dialog::Bulk(Box::new(bulk)));
                Vec::new()
            }
        };
    }
    let value = match k.code {
        KeyCode::Char(c) if k.modifiers.difference(KeyModifiers::SHIFT).is_empty() => model
            .catalog
            .questionnaire(&bulk.questionnaire)
            .and_then(|q| model.catalog.scale(&q.scale))
            .and_then(|sc| sc.value_for_key(c))
            .map(|v| v.id.clone()),
        _ => None,
    };
    match value {
        Some(v) => choose(model, bulk, v, now),
        None => {
            model.dialog = Some(Dialog::Bulk(Box::new(bulk)));
            Vec::new()
        }
    }
}

/// A key on a group header: an answer key answers the whole group; j and k go to the requirement
/// after or before the header, h (Left) to the parent group's header; keys about one answer (note,
/// evidence, flag, clear) say where they work. `None`: the key means what it means elsewhere.
pub fn header_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Option<Vec<Effect>> {
    let q = model.questionnaire()?;
    let s = model.session.as_ref()?;
    let group = s.group?;
    if let KeyCode::Char(c) = k.code
        && k.modifiers.difference(KeyModifiers::SHIFT).is_empty()
        && let Some(v) = model.catalog.scale(&q.scale).and_then(|sc| sc.value_for_key(c))
    {
        let value = v.id.clone();
        return Some(start(model, Some(value), now));
    }
    let action = model.keymap.action(&k)?;
    let rows = super::tree::rows(q);
    let at = super::tree::position(&rows, Some(group), s.cursor);
    let requirement = |row: &TreeRow| match row {
        TreeRow::Requirement { index, .. } => Some(*index),
        TreeRow::Group { .. } => None,
    };
    let parent = q
        .group_tree()
        .parent
        .get(group)
        .copied()
        .flatten()
        .map(|p| (p, super::tree::first_requirement(q, p)));
    let to = match action {
        Action::Next => rows.iter().skip(at + 1).find_map(requirement).map(Err),
        Action::Previous => rows.iter().take(at).rev().find_map(requirement).map(Err),
        Action::GroupHeader => parent.map(Ok),
        Action::Note | Action::Evidence | Action::Flag | Action::Clear | Action::Ladder | Action::Countermeasure => {
            model.notice = Some(model.texts.ui("notice-on-group"));
            return Some(Vec::new());
        }
        _ => return None,
    };
    if let Some(s) = model.session.as_mut() {
        match to {
            Some(Ok((g, first))) => {
                s.group = Some(g);
                s.cursor = first.unwrap_or(s.cursor);
            }
            Some(Err(cursor)) => {
                s.cursor = cursor;
                s.group = None;
            }
            None => {}
        }
    }
    Some(Vec::new())
}
