//! `update`: the only place the interface's state changes. A pure function of the model, one
//! message and the current time: no terminal, no files. What must touch the world (saving, opening,
//! quitting) is returned as effects for the runtime to carry out; their outcome comes back as a
//! message. Tests drive it directly.

use super::dialog::Dialog;
use super::keymap::Action;
use super::message::is_ctrl;
pub use super::message::{Effect, Msg, Opened, SaveFailure, ctrl, press};
use super::model::*;
use super::session::fix_target;
use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;

/// Apply one message; then, if a screen that shows the score is open and the assessment or the
/// day changed, score again (never in a view, never for a key that changed nothing).
pub fn update(model: &mut Model, msg: Msg, now: Timestamp) -> Vec<Effect> {
    let effects = apply(model, msg, now);
    super::scored::refresh(model);
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
            effects.extend(super::leave::proceed(model, now));
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
            super::leave::proceed(model, now)
        }
        Msg::Opened(Ok(opened)) => {
            open_session(model, opened);
            Vec::new()
        }
        Msg::Opened(Err(e)) => {
            model.notice = Some(e);
            Vec::new()
        }
        Msg::Reloaded(Ok(r)) => {
            let Some(mine) = model.session.as_ref().map(|s| s.assessment.clone()) else {
                return Vec::new();
            };
            super::dialog_keys::reapply(model, &r.base, mine, &r.theirs, Some(r.digest), None, now)
        }
        Msg::Reloaded(Err(e)) => {
            model.notice = Some(model.texts.ui_with("notice-reload-failed", &[("reason", e.into())]));
            Vec::new()
        }
        Msg::SavedAs(Ok(path)) => {
            if let Some(s) = model.session.as_mut() {
                s.path = path.clone();
            }
            remember_recent(model, &path);
            model.save = SaveState::Saved(now);
            model.unsaved = 0;
            model.recovery = None;
            model.notice = Some(
                model
                    .texts
                    .ui_with("notice-saved-as", &[("file", path.display().to_string().into())]),
            );
            let mut effects = vec![super::leave::remember(model, now)];
            effects.extend(super::leave::proceed(model, now));
            effects
        }
        Msg::SavedAs(Err((path, e))) => {
            // The question again, with the name that was typed and why it did not work.
            model.dialog = Some(super::dialog::save_as_again(&model.texts, &path, e));
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
        Msg::ExportExists(format, path) => {
            model.dialog = Some(Dialog::Replace { format, path });
            Vec::new()
        }
        Msg::Signal => super::leave::on_signal(model, now),
        Msg::Tick if model.draft_dirty => vec![super::leave::remember(model, now)],
        Msg::Tick => Vec::new(),
        Msg::Resized(width, height) => {
            model.too_small = width < super::view::MIN_WIDTH || height < super::view::MIN_HEIGHT;
            Vec::new()
        }
        Msg::Key(k) => on_key(model, k, now),
    }
}

fn remember_recent(model: &mut Model, path: &std::path::Path) {
    model.recent.retain(|p| p != path);
    model.recent.insert(0, path.to_path_buf());
    model.recent.truncate(12);
}

fn open_session(model: &mut Model, opened: Opened) {
    remember_recent(model, &opened.path);
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
    model.session = Some(Session::new(opened.path, *opened.assessment, assessor));
    fix_target(model);
    model.save = SaveState::Unchanged;
    model.unsaved = 0;
    model.recovery = None;
    model.reapplied = None;
    model.leaving = None;
    model.dialog = None;
    model.screen = Screen::Questionnaire;
    model.wizard = None;
    model.notice = None;
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
        super::leave::restore(model, *resume);
    }
}

fn on_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if is_ctrl(&k, 'c') {
        return super::leave::interrupt(model, now);
    }
    if model.too_small {
        return Vec::new();
    }
    if model.dialog.is_some() {
        return super::dialog_keys::key(model, k, now);
    }
    if model.help {
        model.help = false;
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
    let on_assessment = matches!(model.screen, Screen::Questionnaire | Screen::Zones | Screen::Results);
    if on_assessment && !busy && model.session.is_some() {
        if model.keymap.is(Action::Undo, &k) {
            return super::session::undo(model, now);
        }
        if model.keymap.is(Action::Save, &k) {
            return save_now(model);
        }
    }
    match model.screen {
        Screen::Home => home_key(model, k, now),
        Screen::Wizard => super::wizard::key(model, k, now),
        Screen::Questionnaire => super::answering::questionnaire_key(model, k, now),
        Screen::Zones => super::zones::zones_key(model, k, now),
        Screen::Learn => {
            learn_key(model, k);
            Vec::new()
        }
        Screen::Results => super::results::key(model, k),
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

/// Quit from the home screen (no file is open there; a draft of the new-assessment form is kept).
fn leave(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    model.quit = true;
    vec![super::leave::remember(model, now), Effect::Quit]
}

fn home_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    let n = model.home_entries();
    match k.code {
        KeyCode::Up | KeyCode::Char('k') => model.home_cursor = model.home_cursor.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => model.home_cursor = (model.home_cursor + 1).min(n - 1),
        KeyCode::Char('n') => super::wizard::start(model),
        KeyCode::Char('d') => return vec![Effect::OpenDemo],
        KeyCode::Char('l') => model.screen = Screen::Learn,
        KeyCode::Enter if model.home_cursor == 0 => super::wizard::start(model),
        KeyCode::Enter if model.home_cursor == 1 => return vec![Effect::OpenDemo],
        KeyCode::Enter if model.home_cursor == 2 => model.screen = Screen::Learn,
        KeyCode::Enter => {
            if let Some(p) = model.recent.get(model.home_cursor - HOME_FIXED_ENTRIES) {
                return vec![Effect::Open(p.clone())];
            }
        }
        KeyCode::Char('q') | KeyCode::Esc => return leave(model, now),
        _ => {}
    }
    Vec::new()
}

fn learn_key(model: &mut Model, k: KeyEvent) {
    let topics = crate::learn::TOPICS.len();
    let entries = topics + model.catalog.questionnaires.len();
    let requirements = model
        .learn
        .cursor
        .checked_sub(topics)
        .and_then(|i| model.catalog.questionnaires.get(i))
        .map(|q| q.requirements.len())
        .unwrap_or(0);
    let l = &mut model.learn;
    match (k.code, l.open) {
        (KeyCode::Esc | KeyCode::Char('q'), None) => model.screen = Screen::Home,
        (KeyCode::Esc | KeyCode::Char('q'), Some(_)) => l.open = None,
        (KeyCode::Up | KeyCode::Char('k'), None) => {
            l.cursor = l.cursor.saturating_sub(1);
            l.scroll = 0;
        }
        (KeyCode::Down | KeyCode::Char('j'), None) => {
            l.cursor = (l.cursor + 1).min(entries.saturating_sub(1));
            l.scroll = 0;
        }
        (KeyCode::Enter | KeyCode::Right, None) if l.cursor >= topics && requirements > 0 => l.open = Some(0),
        (KeyCode::Up | KeyCode::Char('k'), Some(r)) => {
            l.open = Some(r.saturating_sub(1));
            l.scroll = 0;
        }
        (KeyCode::Down | KeyCode::Char('j') | KeyCode::Enter, Some(r)) => {
            l.open = Some((r + 1).min(requirements.saturating_sub(1)));
            l.scroll = 0;
        }
        (KeyCode::Left, Some(_)) => l.open = None,
        (KeyCode::PageDown | KeyCode::Char(' '), _) => l.scroll = l.scroll.saturating_add(10),
        (KeyCode::PageUp, _) => l.scroll = l.scroll.saturating_sub(10),
        _ => {}
    }
}
