//! Forms that pop up over a screen: the form model and its keys (`form.rs`), its drawing (`view.rs`),
//! the forms more than one screen opens (countermeasure records, export), and the keys of a form
//! open in a session.

pub mod countermeasure;
pub mod export;
pub mod form;
pub mod targets;
pub mod view;

use crate::tui::dialog::Dialog;
use crate::tui::message::Effect;
use crate::tui::model::Model;
use crossterm::event::KeyEvent;
use form::FormEvent;
use jiff::Timestamp;

/// A key for the session's open form (zones, conduits, scenarios, countermeasures): typing marks
/// a draft to keep, Esc on a changed form asks before discarding it (never one key drops what was
/// typed), and a submit goes to `submit`.
pub fn key_in_session(
    model: &mut Model,
    k: KeyEvent,
    now: Timestamp,
    submit: fn(&mut Model, Timestamp) -> Vec<Effect>,
) -> Vec<Effect> {
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let Some(form) = s.form.as_mut() else { return Vec::new() };
    match form.key(k) {
        FormEvent::Nothing => {
            model.draft_dirty = true;
            Vec::new()
        }
        FormEvent::Cancel if form.changed() => {
            model.dialog = Some(Dialog::DiscardForm);
            Vec::new()
        }
        FormEvent::Cancel => {
            s.form = None;
            Vec::new()
        }
        FormEvent::Submit => submit(model, now),
    }
}
