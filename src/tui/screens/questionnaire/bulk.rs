//! Answering a whole group at once: on a group header, an answer key (or `A`, then the key) gives
//! that value to every requirement of the group and its subgroups. A value that needs a reason
//! (not applicable) is given only with one, typed once for all (Ctrl-L puts in the last one).
//! Answers given already with another value are replaced only after a question that says how
//! many; the whole change is one undo step, and every answer is stamped with the interviewee.

use crate::catalog::tree::TreeRow;
use crate::tui::bulk::{Bulk, ask_or_give, give};
use crate::tui::dialog::Dialog;
use crate::tui::keymap::Action;
use crate::tui::message::Effect;
use crate::tui::model::Model;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;

/// Start answering the selected group (or, on a requirement, its group): with `value` from an
/// answer key, or `None` to choose it first (`A`).
pub fn start(model: &mut Model, value: Option<String>, now: Timestamp) -> Vec<Effect> {
    let Some(q) = model.questionnaire() else {
        return Vec::new();
    };
    let Some(s) = model.session.as_ref() else {
        return Vec::new();
    };
    let Some(group) = s.group.or_else(|| crate::catalog::tree::group_of(q, s.cursor)) else {
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
        crate::tui::editor::open_bulk_reason(model, bulk, "");
        return Vec::new();
    }
    ask_or_give(model, bulk, now)
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
    let rows = crate::tui::asked::rows(&s.assessment, q, s.target.as_deref());
    let at = crate::catalog::tree::position(&rows, Some(group), s.cursor);
    let requirement = |row: &TreeRow| match row {
        TreeRow::Requirement { index, .. } => Some(*index),
        TreeRow::Group { .. } => None,
    };
    let parent = q.group_tree().parent.get(group).copied().flatten().map(|p| {
        (
            p,
            crate::tui::asked::first_requirement(&s.assessment, q, p, s.target.as_deref()),
        )
    });
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
