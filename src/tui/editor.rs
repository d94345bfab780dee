//! The text editors of the questionnaire screen: the note, the evidence references (one per line),
//! the reason a value needs, the interviewee and the search. An editor is bound to its answer when
//! it opens; closing it (Esc or Ctrl-S; Enter for one-line fields) keeps what was typed: nothing
//! typed is dropped, except a search cancelled with Esc.

use crate::assessment::AnswerId;
use crate::tui::message::{Effect, is_ctrl};
use crate::tui::model::{Editor, Field, Model};
use crate::tui::session::changed;
use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// Open an editor on the current answer (or the interviewee, or the search), with what it holds.
/// The reason editor starts empty: the reason is typed, and added to any note already there.
pub fn open(model: &mut Model, field: Field) {
    let id = model.answer_id();
    let text = match field {
        Field::Note | Field::Evidence => model.current_text(field, id.as_ref()),
        Field::Reason => String::new(),
        Field::Interviewee => model
            .session
            .as_ref()
            .map(|s| s.interviewee.clone())
            .unwrap_or_default(),
        Field::Search => model.session.as_ref().map(|s| s.search.clone()).unwrap_or_default(),
    };
    open_with(model, field, id, None, &text);
}

/// Open an editor with `text`, bound to `answer` (and for a reason, the `value` waiting for it).
pub fn open_with(model: &mut Model, field: Field, answer: Option<AnswerId>, value: Option<String>, text: &str) {
    let bound = matches!(field, Field::Note | Field::Evidence | Field::Reason);
    if bound
        && answer
            .as_ref()
            .is_none_or(|id| id.target.is_none() && needs_target(model, id))
    {
        model.notice = Some(model.texts.ui("notice-no-zones"));
        return;
    }
    let base = model.current_text(field, answer.as_ref());
    let area = text_area(field, text);
    if let Some(s) = model.session.as_mut() {
        s.editor = Some(Editor {
            field,
            area,
            answer: if bound { answer } else { None },
            value,
            base,
            bulk: None,
        });
    }
}

/// Open the reason editor for a whole group (`bulk`), holding `text`.
pub fn open_bulk_reason(model: &mut Model, bulk: crate::tui::bulk::Bulk, text: &str) {
    if let Some(s) = model.session.as_mut() {
        s.editor = Some(Editor {
            field: Field::Reason,
            area: text_area(Field::Reason, text),
            answer: None,
            value: bulk.value.clone(),
            base: String::new(),
            bulk: Some(Box::new(bulk)),
        });
    }
}

/// A text area holding `text`, the cursor at its end. Notes, evidence and reasons wrap at word
/// boundaries (long words at the pane's edge), so nothing typed scrolls out of sight sideways.
pub fn text_area(field: Field, text: &str) -> TextArea<'static> {
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut area = TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    if matches!(field, Field::Interviewee | Field::Search) {
        // A new name or a new search is the usual case: typing replaces the old one, which stays
        // selected (arrows keep it for editing).
        area.select_all();
    } else {
        area.set_wrap_mode(WrapMode::WordOrGlyph);
    }
    area
}

fn needs_target(model: &Model, id: &AnswerId) -> bool {
    model
        .catalog
        .questionnaire(&id.questionnaire)
        .is_some_and(|q| q.scope.per_target())
}

/// A key while an editor is open.
pub fn key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    let Some(editor) = model.session.as_mut().and_then(|s| s.editor.as_mut()) else {
        return Vec::new();
    };
    let single_line = matches!(editor.field, Field::Interviewee | Field::Search);
    if editor.field == Field::Search && k.code == KeyCode::Esc {
        // Cancelled: nothing is searched, the last search and the position stay as they were.
        if let Some(s) = model.session.as_mut() {
            s.editor = None;
        }
        model.notice = Some(model.texts.ui("notice-search-cancelled"));
        return Vec::new();
    }
    if matches!(editor.field, Field::Note | Field::Reason) && model.keymap.is(crate::tui::keymap::Action::ReuseNote, &k)
    {
        let last = model.session.as_ref().map(|s| s.last_note.clone()).unwrap_or_default();
        if last.is_empty() {
            model.notice = Some(model.texts.ui("notice-no-last-note"));
        } else if let Some(editor) = model.session.as_mut().and_then(|s| s.editor.as_mut()) {
            editor.area.insert_str(&last);
            model.draft_dirty = true;
        }
        return Vec::new();
    }
    let finish = k.code == KeyCode::Esc || (single_line && k.code == KeyCode::Enter) || is_ctrl(&k, 's');
    if !finish {
        // Ctrl-J is a line feed: what Ctrl-Enter sends in many terminals, and what a closing
        // terminal may send last. The text area would delete the line before the cursor.
        if is_ctrl(&k, 'j') {
            if !single_line {
                editor.area.insert_newline();
                model.draft_dirty = true;
            }
            return Vec::new();
        }
        if editor.area.input(k) && editor.field != Field::Search {
            model.draft_dirty = true;
        }
        return Vec::new();
    }
    commit(model, now)
}

/// Whether the value of answer `id` needs a reason (not applicable, compensated).
fn needs_reason(model: &Model, id: &AnswerId) -> bool {
    let Some(value) = model
        .session
        .as_ref()
        .and_then(|s| s.assessment.answer(id.key()))
        .and_then(|a| a.value.clone())
    else {
        return false;
    };
    model
        .catalog
        .questionnaire(&id.questionnaire)
        .and_then(|q| q.requirement(&id.requirement))
        .and_then(|r| model.catalog.scale_of(r))
        .and_then(|sc| sc.value(&value))
        .is_some_and(|v| v.note_required)
}

/// Close the open editor, keeping what it holds: the note, evidence or reason go into the answer
/// (a reason only with text: an empty one records nothing; a reason is added to the note already
/// there), the interviewee is stamped on the answers from now on, a search is remembered. When the
/// data folder held a draft of this text, it is cleared: the text is where it belongs now.
pub fn commit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(editor) = model.session.as_mut().and_then(|s| s.editor.take()) else {
        return Vec::new();
    };
    model.draft_dirty = false;
    let text = editor.text();
    let text = text.trim_end().to_string();
    let mut effects = match (editor.field, editor.answer) {
        (Field::Interviewee, _) => {
            if let Some(s) = model.session.as_mut() {
                s.interviewee = text.split_whitespace().collect::<Vec<_>>().join(" ");
            }
            return vec![crate::tui::memory::remember(model, now)];
        }
        (Field::Search, _) => {
            if let Some(s) = model.session.as_mut() {
                s.search = text.trim().to_string();
            }
            return Vec::new();
        }
        (Field::Note, Some(id)) if text.trim().is_empty() && needs_reason(model, &id) => {
            // The note is this answer's reason: it stays until the answer itself changes.
            model.notice = Some(model.texts.ui("notice-reason-kept"));
            Vec::new()
        }
        (Field::Reason, _) if editor.bulk.is_some() => {
            let Some(bulk) = editor.bulk else {
                return Vec::new();
            };
            crate::tui::bulk::reason_given(model, *bulk, text, now)
        }
        (Field::Note, Some(id)) => {
            if !text.trim().is_empty()
                && let Some(s) = model.session.as_mut()
            {
                s.last_note = text.clone();
            }
            edit(model, &id, now, |a| a.note = text)
        }
        (Field::Evidence, Some(id)) => edit(model, &id, now, |a| {
            a.evidence = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect()
        }),
        (Field::Reason, Some(id)) => match editor.value {
            Some(value) if !text.trim().is_empty() => {
                if let Some(s) = model.session.as_mut() {
                    s.last_note = text.clone();
                }
                let old = model.current_text(Field::Note, Some(&id));
                let note = if old.trim().is_empty() {
                    text
                } else {
                    format!("{old}\n{text}")
                };
                let compensated = value == crate::assessment::countermeasure::COMPENSATED;
                let given = model
                    .session
                    .as_mut()
                    .is_some_and(|s| s.give_with_reason(&id, value, note, now));
                // A compensated answer counts only with a countermeasure record: say how to add one.
                if given && compensated && crate::tui::forms::countermeasure::about(model, &id).is_empty() {
                    model.notice = Some(model.texts.ui("notice-countermeasure-needed"));
                }
                if given { changed(model, now) } else { Vec::new() }
            }
            _ => {
                model.notice = Some(model.texts.ui("notice-reason-missing"));
                Vec::new()
            }
        },
        (_, None) => Vec::new(),
    };
    if model.draft_on_disk {
        effects.push(crate::tui::memory::remember(model, now));
    }
    effects
}

/// Change the note, evidence or flag of answer `id`, and save if anything changed.
fn edit(
    model: &mut Model,
    id: &AnswerId,
    now: Timestamp,
    change: impl FnOnce(&mut crate::assessment::Answer),
) -> Vec<Effect> {
    let edited = model.session.as_mut().is_some_and(|s| s.edit_details(id, now, change));
    if edited { changed(model, now) } else { Vec::new() }
}
