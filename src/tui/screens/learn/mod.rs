//! Learn mode: short topics about IEC 62443 and every requirement's guidance, without an assessment.

pub mod state;
pub mod view;

use crate::tui::model::{Model, Screen};
use crossterm::event::{KeyCode, KeyEvent};
use state::DemoDiagram;

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

/// After every message: while the topic with the demo's diagram is in front, the diagram,
/// built from the built-in demo the first time (parsed and scored with the catalog, as of
/// today) and placed again only when the text pane's width changed.
pub fn refresh(model: &mut Model) {
    let topic = crate::learn::TOPICS.get(model.learn.cursor);
    if model.screen != Screen::Learn || topic != Some(&crate::learn::DIAGRAM_TOPIC) {
        return;
    }
    let width = view::pane_width(model.size.0);
    if model.learn.demo.as_ref().is_some_and(|d| d.width == width) {
        return;
    }
    let built = match model.learn.demo.take() {
        Some(d) => Some((d.diagram, d.layout)),
        None => demo_diagram(&model.catalog, model.today),
    };
    // The demo is built in and read by the tests; should it ever not read, the text stands alone.
    let Some((diagram, layout)) = built else { return };
    let placed = crate::tui::diagram_view::place(&diagram, &layout, width);
    model.learn.demo = Some(DemoDiagram {
        width,
        diagram,
        layout,
        placed,
    });
}

/// The water works demo's diagram and its layout, scored as of `day`.
fn demo_diagram(
    catalog: &crate::catalog::Catalog,
    day: jiff::civil::Date,
) -> Option<(crate::diagram::Diagram, crate::diagram::Layout)> {
    let path = std::path::Path::new("demo/water-works.toml");
    let a = crate::assessment::storage::parse(path, crate::demo::WATER_WORKS, catalog).ok()?;
    let score = crate::scoring::score_on(&a, catalog, day);
    let diagram = crate::diagram::Diagram::build(&a, &score);
    let layout = diagram.layout();
    Some((diagram, layout))
}
