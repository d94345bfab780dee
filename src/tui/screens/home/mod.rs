//! The home screen: a new assessment, the demo, learning, and the assessments opened before.

pub mod view;

use crate::demo::Demo;
use crate::tui::message::Effect;
use crate::tui::model::{HOME_FIXED_ENTRIES, Model, Screen};
use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;

/// Quit from the home screen (no file is open there; a draft of the new-assessment form is kept).
pub fn quit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    model.quit = true;
    vec![crate::tui::memory::remember(model, now), Effect::Quit]
}

pub fn key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    let n = model.home_entries();
    match k.code {
        KeyCode::Up | KeyCode::Char('k') => model.home_cursor = model.home_cursor.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => model.home_cursor = (model.home_cursor + 1).min(n - 1),
        KeyCode::Char('n') => model.screen = Screen::Wizard,
        KeyCode::Char('d') => return vec![Effect::OpenDemo(Demo::WaterWorks)],
        KeyCode::Char('D') => return vec![Effect::OpenDemo(Demo::Integrator)],
        KeyCode::Char('l') => model.screen = Screen::Learn,
        KeyCode::Enter if model.home_cursor == 0 => model.screen = Screen::Wizard,
        KeyCode::Enter if model.home_cursor == 1 => return vec![Effect::OpenDemo(Demo::WaterWorks)],
        KeyCode::Enter if model.home_cursor == 2 => return vec![Effect::OpenDemo(Demo::Integrator)],
        KeyCode::Enter if model.home_cursor == 3 => model.screen = Screen::Learn,
        KeyCode::Enter => {
            if let Some(r) = model.recent.get(model.home_cursor - HOME_FIXED_ENTRIES) {
                return vec![Effect::Open(r.path.clone())];
            }
        }
        // Off the list (a file moved or gone); the file itself is never touched.
        KeyCode::Delete | KeyCode::Char('x') if model.home_cursor >= HOME_FIXED_ENTRIES => {
            let i = model.home_cursor - HOME_FIXED_ENTRIES;
            if i < model.recent.len() {
                let gone = model.recent.remove(i);
                model.home_cursor = model.home_cursor.min(model.home_entries() - 1);
                model.notice = Some(model.texts.ui_with(
                    "notice-recent-removed",
                    &[("path", gone.path.display().to_string().into())],
                ));
            }
        }
        KeyCode::Char('q') => return quit(model, now),
        // Esc is pressed to back out of things; on the last screen it asks first.
        KeyCode::Esc => model.dialog = Some(crate::tui::dialog::Dialog::Quit),
        _ => {}
    }
    Vec::new()
}
