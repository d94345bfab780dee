//! `update` for the dialogs (see `dialog.rs`): what each key does to each question.

use crate::assessment::Assessment;
use crate::assessment::storage::Digest;
use crate::assessment::three_way::{self, Side};
use crate::tui::dialog::{Conflicts, Dialog};
use crate::tui::forms::form::FormEvent;
use crate::tui::message::Effect;
use crate::tui::model::{Field, Model, SaveState, Screen};
use crate::tui::resume::{Draft, DraftText};
use crate::tui::session::{changed, fix_target, go_to};
use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;
use std::path::PathBuf;

/// Offer "save under another name" for the open file.
pub fn open_save_as(model: &mut Model) {
    if let Some(s) = &model.session {
        model.dialog = Some(crate::tui::dialog::save_as(&model.texts, &s.path));
    }
}

pub fn key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    let Some(dialog) = model.dialog.take() else {
        return Vec::new();
    };
    match dialog {
        Dialog::Delete { what, mut form } => match form.key(k) {
            FormEvent::Nothing => {
                model.dialog = Some(Dialog::Delete { what, form });
                Vec::new()
            }
            FormEvent::Cancel => Vec::new(),
            FormEvent::Submit if form.value(0) == what.id() => crate::tui::screens::zones::delete(model, &what, now),
            FormEvent::Submit => {
                form.error = Some("confirm-error-id".into());
                model.dialog = Some(Dialog::Delete { what, form });
                Vec::new()
            }
        },
        Dialog::Unsaved => match k.code {
            KeyCode::Char('w') => {
                open_save_as(model);
                Vec::new()
            }
            KeyCode::Char('r') if model.save == SaveState::ChangedOnDisk => vec![Effect::Reload],
            KeyCode::Char('r') => vec![Effect::Save],
            KeyCode::Char('Q') => crate::tui::leave::leave_now(model, now),
            KeyCode::Esc => {
                model.leaving = None;
                Vec::new()
            }
            _ => {
                model.dialog = Some(Dialog::Unsaved);
                Vec::new()
            }
        },
        Dialog::ChangedOnDisk => match k.code {
            KeyCode::Char('r') => vec![Effect::Reload],
            KeyCode::Char('w') => {
                open_save_as(model);
                Vec::new()
            }
            KeyCode::Char('k') | KeyCode::Esc => {
                model.notice = Some(model.texts.ui("notice-kept-in-memory"));
                Vec::new()
            }
            _ => {
                model.dialog = Some(Dialog::ChangedOnDisk);
                Vec::new()
            }
        },
        Dialog::SaveAs(mut form) => match form.key(k) {
            FormEvent::Nothing => {
                model.dialog = Some(Dialog::SaveAs(form));
                Vec::new()
            }
            FormEvent::Cancel => {
                model.leaving = None;
                Vec::new()
            }
            FormEvent::Submit if form.value(0).is_empty() => {
                form.error = Some("export-error-file".into());
                model.dialog = Some(Dialog::SaveAs(form));
                Vec::new()
            }
            FormEvent::Submit => vec![Effect::SaveAs(PathBuf::from(form.value(0)))],
        },
        Dialog::Conflicts(c) => conflicts_key(model, *c, k, now),
        Dialog::Bulk(bulk) => crate::tui::screens::questionnaire::bulk::key(model, *bulk, k, now),
        Dialog::DiscardForm => {
            match k.code {
                KeyCode::Char('D') => {
                    if let Some(s) = model.session.as_mut() {
                        s.form = None;
                    }
                    model.draft_dirty = false;
                }
                // Back to the form, text and all.
                KeyCode::Esc => {}
                _ => model.dialog = Some(Dialog::DiscardForm),
            }
            Vec::new()
        }
        Dialog::Quit => match k.code {
            KeyCode::Char('q' | 'Q' | 'y' | 'Y') => crate::tui::screens::home::quit(model, now),
            KeyCode::Esc | KeyCode::Char('n' | 'N') => Vec::new(),
            _ => {
                model.dialog = Some(Dialog::Quit);
                Vec::new()
            }
        },
        Dialog::DropAction { id, yes } => match k.code {
            // Only a yes drops: `y`, or Enter while "yes" is chosen; arrows and Tab only choose.
            KeyCode::Char('y' | 'Y') => crate::tui::screens::plan::drop_action(model, &id, now),
            KeyCode::Enter if yes => crate::tui::screens::plan::drop_action(model, &id, now),
            KeyCode::Enter | KeyCode::Esc | KeyCode::Char('n' | 'N') => Vec::new(),
            KeyCode::Left | KeyCode::Right | KeyCode::Tab | KeyCode::BackTab => {
                model.dialog = Some(Dialog::DropAction { id, yes: !yes });
                Vec::new()
            }
            _ => {
                model.dialog = Some(Dialog::DropAction { id, yes });
                Vec::new()
            }
        },
        Dialog::Replace { kind, path } => match k.code {
            KeyCode::Char('R') => vec![Effect::Export(kind, path, true)],
            KeyCode::Esc => {
                model.notice = Some(model.texts.ui("notice-export-kept"));
                Vec::new()
            }
            _ => {
                model.dialog = Some(Dialog::Replace { kind, path });
                Vec::new()
            }
        },
        Dialog::Draft(draft) => {
            match k.code {
                KeyCode::Enter => restore_draft(model, draft),
                KeyCode::Esc => {
                    // Kept for later, behind any other kept text: the next opening offers the next.
                    if let Some(s) = model.session.as_mut() {
                        s.kept_drafts.push(draft);
                    }
                    model.notice = Some(model.texts.ui("notice-draft-kept"));
                }
                _ => model.dialog = Some(Dialog::Draft(draft)),
            }
            Vec::new()
        }
        Dialog::Recovered(copy) => {
            let effects = match k.code {
                KeyCode::Char('r') => {
                    let Some(theirs) = model.session.as_ref().map(|s| s.assessment.clone()) else {
                        return Vec::new();
                    };
                    let path = copy.path.clone();
                    reapply(model, &copy.base, *copy.mine, &theirs, None, Some(path), now)
                }
                KeyCode::Esc => {
                    model.notice = Some(model.texts.ui_with(
                        "notice-recovery-kept",
                        &[("file", copy.path.display().to_string().into())],
                    ));
                    Vec::new()
                }
                _ => {
                    model.dialog = Some(Dialog::Recovered(copy));
                    return Vec::new();
                }
            };
            // Text left unfinished last time waited behind this question.
            if model.dialog.is_none()
                && let Some(s) = model.session.as_mut()
                && !s.kept_drafts.is_empty()
            {
                let draft = s.kept_drafts.remove(0);
                model.dialog = Some(Dialog::Draft(draft));
            }
            effects
        }
    }
}

/// Merge `mine` (descended from `base`) with `theirs`; without conflicts the result replaces the
/// assessment and is saved at once, with conflicts the assessor picks a side for each first.
pub fn reapply(
    model: &mut Model,
    base: &Assessment,
    mine: Assessment,
    theirs: &Assessment,
    over: Option<Digest>,
    recovered: Option<PathBuf>,
    now: Timestamp,
) -> Vec<Effect> {
    let merge = three_way::merge(base, &mine, theirs);
    let c = Conflicts {
        choices: vec![Side::Mine; merge.conflicts.len()],
        merge,
        over,
        cursor: 0,
        recovered,
    };
    if c.merge.conflicts.is_empty() {
        return apply(model, c, now);
    }
    model.dialog = Some(Dialog::Conflicts(Box::new(c)));
    Vec::new()
}

fn conflicts_key(model: &mut Model, mut c: Conflicts, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    let n = c.choices.len();
    let flip = |s: Side| if s == Side::Mine { Side::Theirs } else { Side::Mine };
    match k.code {
        KeyCode::Down | KeyCode::Char('j') => c.cursor = (c.cursor + 1).min(n.saturating_sub(1)),
        KeyCode::Up | KeyCode::Char('k') => c.cursor = c.cursor.saturating_sub(1),
        KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right | KeyCode::Tab => {
            if let Some(x) = c.choices.get_mut(c.cursor) {
                *x = flip(*x);
            }
        }
        KeyCode::Char('m') => c.choices.fill(Side::Mine),
        KeyCode::Char('t') => c.choices.fill(Side::Theirs),
        KeyCode::Enter => return apply(model, c, now),
        KeyCode::Esc => {
            model.notice = Some(model.texts.ui("notice-reapply-cancelled"));
            return Vec::new();
        }
        _ => {}
    }
    model.dialog = Some(Dialog::Conflicts(Box::new(c)));
    Vec::new()
}

/// Put the merged assessment in place and save it.
fn apply(model: &mut Model, c: Conflicts, now: Timestamp) -> Vec<Effect> {
    let mut merged = c.merge.merged;
    for (conflict, side) in c.merge.conflicts.iter().zip(&c.choices) {
        if *side == Side::Theirs {
            conflict.take(Side::Theirs, &mut merged);
        }
    }
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    s.assessment = std::sync::Arc::new(merged);
    s.zone_cursor = s.zone_cursor.min(s.target_ids().len().saturating_sub(1));
    s.scenario_cursor = None;
    fix_target(model);
    model.reapplied = c.recovered;
    model.notice = Some(model.texts.ui_with(
        "notice-reapplied",
        &[
            ("mine", c.merge.mine_only.into()),
            ("theirs", c.merge.theirs_only.into()),
            ("conflicts", c.choices.len().into()),
        ],
    ));
    if model.save == SaveState::ChangedOnDisk {
        model.save = SaveState::Pending;
    }
    let mut effects = changed(model, now);
    if let Some(d) = c.over {
        effects = vec![Effect::SaveOver(d)];
    }
    effects
}

/// A draft replaces what the answer held when it was typed; if the answer holds something else now
/// (saved after the draft was kept), both go into the editor, the answer's first: nothing is lost.
fn over_base(
    model: &mut Model,
    field: Field,
    answer: &crate::assessment::AnswerId,
    base: &str,
    text: String,
) -> String {
    let now = model.current_text(field, Some(answer));
    if now == base || now.trim().is_empty() {
        return text;
    }
    model.notice = Some(model.texts.ui("notice-draft-both"));
    format!("{now}\n{text}")
}

/// Open the editor or form a draft came from, with its text.
fn restore_draft(model: &mut Model, draft: Draft) {
    let (field, answer, value, text) = match draft.text {
        DraftText::Note { answer, base, text } => {
            let text = over_base(model, Field::Note, &answer, &base, text);
            (Field::Note, Some(answer), None, text)
        }
        DraftText::Evidence { answer, base, text } => {
            let text = over_base(model, Field::Evidence, &answer, &base, text);
            (Field::Evidence, Some(answer), None, text)
        }
        DraftText::Reason { answer, value, text } => (Field::Reason, Some(answer), Some(value), text),
        DraftText::Interviewee { text } => (Field::Interviewee, None, None, text),
        DraftText::BulkReason { bulk, text } => {
            crate::tui::editor::open_bulk_reason(model, bulk, &text);
            return;
        }
        DraftText::Form { purpose, fields, focus } => {
            // A countermeasure form belongs to its answer on the questionnaire screen.
            let screen = match &purpose {
                crate::tui::forms::form::Purpose::NewCountermeasure(answer) => {
                    go_to(model, answer);
                    Screen::Questionnaire
                }
                crate::tui::forms::form::Purpose::EditCountermeasure(_) => Screen::Questionnaire,
                crate::tui::forms::form::Purpose::EditAction(_) => Screen::Plan,
                _ => Screen::Zones,
            };
            if let crate::tui::forms::form::Purpose::EditAction(id) = &purpose {
                model.plan.selected = Some(id.clone());
            }
            if screen == Screen::Plan {
                crate::tui::screens::plan::forms::open_form(model, purpose);
            } else {
                crate::tui::screens::zones::open_form(model, purpose);
            }
            if let Some(f) = model.session.as_mut().and_then(|s| s.form.as_mut()) {
                f.restore(&fields);
                f.focus = focus.min(f.fields.len().saturating_sub(1));
                model.screen = screen;
            }
            return;
        }
    };
    if let Some(id) = &answer
        && !go_to(model, id)
    {
        model.notice = Some(model.texts.ui("notice-draft-gone"));
    }
    crate::tui::editor::open_with(model, field, answer, value, &text);
}
