//! Learn mode: short topics about IEC 62443 and every requirement's guidance, without an assessment.

pub mod state;
pub mod view;

use crate::tui::model::{Model, Screen};
use crossterm::event::{KeyCode, KeyEvent};

pub fn key(model: &mut Model, k: KeyEvent) {
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
