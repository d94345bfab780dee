//! Leaving (to the home screen, quitting, Ctrl-C, a signal): first keep what is typed in an open
//! editor, then go only once every change is in the file, and ask otherwise. What is remembered
//! for coming back is in `memory.rs`.

use crate::tui::dialog::Dialog;
use crate::tui::memory::remember;
use crate::tui::message::Effect;
use crate::tui::model::{Leave, Model, SaveState, Screen};
use jiff::Timestamp;

/// Leave for `leave`: keep the open editor's text, then go once the changes are in the file.
pub fn request(model: &mut Model, leave: Leave, now: Timestamp) -> Vec<Effect> {
    if model.session.is_none() {
        model.leaving = Some(leave);
        return leave_now(model, now);
    }
    model.leaving = Some(leave);
    let effects = keep_typed(model, now);
    if effects.contains(&Effect::Save) || model.save == SaveState::Pending {
        // The runtime's answer to the save (a save still running included) continues the leave
        // (`proceed`): quitting waits for the last write.
        return effects;
    }
    let mut effects = effects;
    effects.extend(proceed(model, now));
    effects
}

/// Keep what is typed in the open editor on the way out: commit it, except the one reason for a
/// whole group, which may replace answers only after a question nobody is there to answer on the
/// way out; it stays open and is remembered as a draft (offered again next time).
fn keep_typed(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let bulk_reason = model
        .session
        .as_ref()
        .and_then(|s| s.editor.as_ref())
        .is_some_and(|e| e.bulk.is_some());
    if bulk_reason {
        return Vec::new();
    }
    crate::tui::editor::commit(model, now)
}

/// Once a save has been tried (or none was needed): leave, or ask when changes are not in the file.
pub fn proceed(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if model.leaving.is_none() || model.quit {
        return Vec::new();
    }
    if model.session.is_some() && model.has_unsaved() {
        model.dialog = Some(Dialog::Unsaved);
        return Vec::new();
    }
    leave_now(model, now)
}

/// Leave now, whatever is unsaved (it is in the recovery copy, which the dialog named).
pub fn leave_now(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(leave) = model.leaving.take() else {
        return Vec::new();
    };
    model.dialog = None;
    // What to come back to is taken now, while the file is still open.
    let remember = remember(model, now);
    match leave {
        Leave::Quit => {
            model.quit = true;
            vec![remember, Effect::Quit]
        }
        Leave::Home => {
            let effects = vec![remember, Effect::Close];
            model.session = None;
            model.screen = Screen::Home;
            model.save = SaveState::NoFile;
            model.unsaved = 0;
            model.recovery = None;
            model.reapplied = None;
            effects
        }
    }
}

/// Ctrl-C: quit, asking first if changes are not in the file; a second Ctrl-C at that question
/// quits (the recovery copy keeps them).
pub fn interrupt(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if matches!(model.dialog, Some(Dialog::Unsaved)) {
        model.leaving = Some(Leave::Quit);
        return leave_now(model, now);
    }
    model.dialog = None;
    request(model, Leave::Quit, now)
}

/// SIGTERM, SIGHUP, SIGINT: keep everything typed, save what can be saved, and quit without
/// asking (nobody may be there to answer). A form's text is kept as a draft.
pub fn on_signal(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let mut effects = keep_typed(model, now);
    model.dialog = None;
    model.leaving = None;
    model.quit = true;
    effects.retain(|e| !matches!(e, Effect::Remember(_)));
    effects.extend([remember(model, now), Effect::Quit]);
    effects
}
