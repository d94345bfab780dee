//! `update`: the only place the interface's state changes. A pure function of the model, one
//! message and the current time: no terminal, no files. What must touch the world (saving, opening,
//! quitting) is returned as effects for the runtime to carry out; their outcome comes back as a
//! message. Tests drive it directly.

use crate::tui::dialog::Dialog;
use crate::tui::keymap::Action;
use crate::tui::message::is_ctrl;
pub use crate::tui::message::{Effect, Msg, Opened, SaveFailure, ctrl, press};
use crate::tui::model::*;
use crate::tui::session::fix_target;
use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;

/// Apply one message; then, if a screen that shows the score is open and the assessment or the
/// day changed, score again (never in a view, never for a key that changed nothing).
pub fn update(model: &mut Model, msg: Msg, now: Timestamp) -> Vec<Effect> {
    let effects = apply(model, msg, now);
    crate::tui::session::refresh_score(model);
    crate::tui::screens::plan::refresh(model);
    crate::tui::screens::alignment::refresh(model);
    crate::tui::screens::zones::diagram::refresh(model);
    crate::tui::screens::learn::refresh(model);
    effects
}

fn apply(model: &mut Model, msg: Msg, now: Timestamp) -> Vec<Effect> {
    model.today = now.to_zoned(model.time_zone.clone()).date();
    match msg {
        Msg::Saved(Ok(t)) => {
            model.save = SaveState::Saved(t);
            model.unsaved = 0;
            model.recovery = None;
            let mut effects: Vec<Effect> = model.reapplied.take().map(Effect::DropRecovery).into_iter().collect();
            effects.extend(crate::tui::leave::proceed(model, now));
            effects
        }
        Msg::Saved(Err(failure)) => {
            model.recovery = failure.recovery.or(model.recovery.take());
            if failure.changed_on_disk {
                // Ask once, when it happens; after "keep working" the status bar keeps saying it.
                if model.save != SaveState::ChangedOnDisk && model.leaving.is_none() {
                    model.dialog = Some(Dialog::ChangedOnDisk);
                }
                model.save = SaveState::ChangedOnDisk;
            } else {
                model.save = SaveState::Failed(failure.reason);
            }
            crate::tui::leave::proceed(model, now)
        }
        Msg::Opened(Ok(opened)) => {
            open_session(model, opened, now);
            Vec::new()
        }
        Msg::Opened(Err(e)) => {
            model.notice = Some(e);
            Vec::new()
        }
        Msg::Reloaded(Ok(r)) => {
            let Some(mine) = model
                .session
                .as_ref()
                .map(|s| crate::assessment::Assessment::clone(&s.assessment))
            else {
                return Vec::new();
            };
            crate::tui::dialog::keys::reapply(model, &r.base, mine, &r.theirs, Some(r.digest), None, now)
        }
        Msg::Reloaded(Err(e)) => {
            model.notice = Some(model.texts.ui_with("notice-reload-failed", &[("reason", e.into())]));
            Vec::new()
        }
        Msg::SavedAs(Ok(path)) => {
            if let Some(s) = model.session.as_mut() {
                s.path = path.clone();
            }
            remember_recent(model, now);
            model.save = SaveState::Saved(now);
            model.unsaved = 0;
            model.recovery = None;
            model.notice = Some(
                model
                    .texts
                    .ui_with("notice-saved-as", &[("file", path.display().to_string().into())]),
            );
            let mut effects = vec![crate::tui::memory::remember(model, now)];
            effects.extend(crate::tui::leave::proceed(model, now));
            effects
        }
        Msg::SavedAs(Err((path, e))) => {
            // The question again, with the name that was typed and why it did not work.
            model.dialog = Some(crate::tui::dialog::save_as_again(&model.texts, &path, e));
            Vec::new()
        }
        Msg::Exported(result) => {
            model.notice = Some(match result {
                Ok(p) => model
                    .texts
                    .ui_with("export-done", &[("file", p.display().to_string().into())]),
                Err(e) => model.texts.ui_with("export-failed", &[("reason", e.into())]),
            });
            Vec::new()
        }
        Msg::CopiedAside(copy) => {
            model.notice = Some(
                model
                    .texts
                    .ui_with("notice-copied-aside", &[("file", copy.display().to_string().into())]),
            );
            Vec::new()
        }
        Msg::ExportExists(kind, path) => {
            model.dialog = Some(Dialog::Replace { kind, path });
            Vec::new()
        }
        Msg::Signal => crate::tui::leave::on_signal(model, now),
        Msg::Tick if model.draft_dirty => vec![crate::tui::memory::remember(model, now)],
        Msg::Tick => Vec::new(),
        Msg::Resized(width, height) => {
            model.too_small = width < crate::tui::view::MIN_WIDTH || height < crate::tui::view::MIN_HEIGHT;
            model.size = (width, height);
            Vec::new()
        }
        Msg::Key(k) => on_key(model, k, now),
    }
}

/// Put the open assessment first on the home screen's list.
fn remember_recent(model: &mut Model, now: Timestamp) {
    let Some(s) = model.session.as_ref() else { return };
    let entry = crate::tui::recent::RecentFile::of(&s.path, &s.assessment, now);
    crate::tui::recent::remember(&mut model.recent, entry, &model.data_dir);
}

fn open_session(model: &mut Model, opened: Opened, now: Timestamp) {
    let assessor = if model.assessor.is_empty() {
        opened
            .assessment
            .assessment
            .assessors
            .first()
            .cloned()
            .unwrap_or_default()
    } else {
        model.assessor.clone()
    };
    // Where a new assessment went is said once, the moment it is there.
    let created = (model.screen == Screen::Wizard).then(|| {
        model
            .texts
            .ui_with("notice-created", &[("path", opened.path.display().to_string().into())])
    });
    model.session = Some(Session::new(opened.path, *opened.assessment, assessor));
    remember_recent(model, now);
    fix_target(model);
    model.save = SaveState::Unchanged;
    model.unsaved = 0;
    model.recovery = None;
    model.reapplied = None;
    model.leaving = None;
    model.dialog = None;
    model.screen = Screen::Questionnaire;
    model.wizard = None;
    model.notice = created;
    let missing = model
        .session
        .as_ref()
        .map(|s| crate::scoring::progress::missing_reasons(&s.assessment, &model.catalog).len())
        .unwrap_or(0);
    if missing > 0 {
        model.notice = Some(
            model
                .texts
                .ui_with("notice-reasons-missing", &[("count", missing.into())]),
        );
    }
    if let Some(r) = opened.recovered {
        model.dialog = Some(Dialog::Recovered(Box::new(r)));
    }
    if let Some(resume) = opened.resume {
        crate::tui::memory::restore(model, *resume);
    }
}

fn on_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if is_ctrl(&k, 'c') {
        return crate::tui::leave::interrupt(model, now);
    }
    if model.too_small {
        return Vec::new();
    }
    if model.dialog.is_some() {
        return crate::tui::dialog::keys::key(model, k, now);
    }
    if model.help {
        model.help = false;
        return Vec::new();
    }
    // A message too long for the status lines is shown whole in a popup: the next key only
    // dismisses it.
    if crate::tui::view::message_needs_popup(model) {
        model.notice = None;
        return Vec::new();
    }
    let busy = model
        .session
        .as_ref()
        .is_some_and(|s| s.editor.is_some() || s.ladder.is_some() || s.form.is_some());
    if k.code == KeyCode::Char('?') && !busy && model.screen != Screen::Wizard {
        model.help = true;
        return Vec::new();
    }
    model.notice = None;
    let on_assessment = matches!(
        model.screen,
        Screen::Questionnaire | Screen::Zones | Screen::Results | Screen::Plan | Screen::Alignment
    );
    if on_assessment && !busy && model.session.is_some() {
        if model.keymap.is(Action::Undo, &k) {
            return crate::tui::session::undo(model, now);
        }
        if model.keymap.is(Action::Save, &k) {
            return save_now(model);
        }
    }
    let before = model.screen;
    let effects = screen_key(model, k, now);
    if model.screen != before {
        enter(model, before);
    }
    effects
}

/// A key for the screen in front.
fn screen_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    match model.screen {
        Screen::Home => crate::tui::screens::home::key(model, k, now),
        Screen::Wizard => crate::tui::screens::wizard::key(model, k, now),
        Screen::Questionnaire => crate::tui::screens::questionnaire::key(model, k, now),
        Screen::Zones => crate::tui::screens::zones::key(model, k, now),
        Screen::Learn => {
            crate::tui::screens::learn::key(model, k);
            Vec::new()
        }
        Screen::Results => crate::tui::screens::results::key(model, k, now),
        Screen::Plan => crate::tui::screens::plan::key(model, k, now),
        Screen::Alignment => crate::tui::screens::alignment::key(model, k),
    }
}

/// What a screen needs when it comes to the front. Screens never call each other: one sets
/// `model.screen`, and the screen it names is prepared here (`before`: the screen left).
fn enter(model: &mut Model, before: Screen) {
    if model.screen == Screen::Wizard && model.wizard.is_none() {
        crate::tui::screens::wizard::start(model);
    }
    if model.screen == Screen::Plan {
        crate::tui::screens::plan::enter(model);
    }
    if model.screen == Screen::Alignment {
        use crate::tui::screens::alignment::state::Back;
        let from = match before {
            Screen::Questionnaire => Back::Questionnaire,
            Screen::Zones => Back::Zones,
            _ => Back::Results,
        };
        crate::tui::screens::alignment::enter(model, from);
    }
}

/// Ctrl-S: everything is saved after each change already; this tries again after a failure and,
/// for a file another program changed, asks what to do.
fn save_now(model: &mut Model) -> Vec<Effect> {
    match model.save {
        SaveState::ChangedOnDisk => {
            model.dialog = Some(Dialog::ChangedOnDisk);
            Vec::new()
        }
        SaveState::Failed(_) | SaveState::Pending => vec![Effect::Save],
        SaveState::Saved(_) | SaveState::Unchanged | SaveState::NoFile => {
            model.notice = Some(model.texts.ui("notice-all-saved"));
            Vec::new()
        }
    }
}
