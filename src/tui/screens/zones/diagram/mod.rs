//! The zones screen's diagram view (v): the zones and conduits as boxes and lines, the arrow keys
//! moving between neighbours, Tab through the selected zone's conduits, Enter and the list's
//! other keys acting on the selection as they do in the list. The selection is the list's cursor
//! (`Session::zone_cursor`), so switching views keeps it. The diagram is computed here, in
//! `update`, for each revision, day and width (`refresh`); the view only draws it.

pub mod state;
pub mod view;

use crate::diagram::Diagram;
use crate::tui::diagram_moves::{self, Towards};
use crate::tui::diagram_view::{self, Selected};
use crate::tui::keymap::Action;
use crate::tui::model::{Model, Screen, Session};
use crossterm::event::{KeyCode, KeyEvent};
use state::Computed;

/// The diagram's selection: the zone or conduit under the list's cursor.
pub fn selected(s: &Session, d: &Diagram) -> Option<Selected> {
    let zones = s.assessment.zones.len();
    if s.zone_cursor < zones {
        return (s.zone_cursor < d.zones.len()).then_some(Selected::Zone(s.zone_cursor));
    }
    let id = &s.assessment.conduits.get(s.zone_cursor - zones)?.id;
    d.conduits.iter().position(|c| &c.id == id).map(Selected::Conduit)
}

/// Moves the list's cursor to `to`.
fn select(s: &mut Session, d: &Diagram, to: Selected) {
    let cursor = match to {
        Selected::Zone(z) => Some(z),
        Selected::Conduit(k) => {
            let id = &d.conduits[k].id;
            let zones = s.assessment.zones.len();
            s.assessment
                .conduits
                .iter()
                .position(|c| &c.id == id)
                .map(|i| zones + i)
        }
    };
    if let Some(c) = cursor
        && c != s.zone_cursor
    {
        s.zone_cursor = c;
        s.zone_detail_scroll = 0;
    }
}

/// A key on the zones screen, if the diagram takes it: v switches views; in the diagram, the
/// arrows (and h j k l) move, Tab and Shift-Tab go through the selected zone's conduits, Esc (or
/// q) goes back to the list. `None`: the list's keys do the rest (Enter, a, c, e, o, t, d ...).
pub fn key(model: &mut Model, k: KeyEvent) -> Option<()> {
    let toggle = model.keymap.is(Action::Diagram, &k);
    let s = model.session.as_mut()?;
    let state = &mut s.zone_diagram;
    if toggle {
        state.shown = !state.shown;
        state.anchor = None;
        s.scenario_cursor = None;
        s.component_cursor = None;
        return Some(());
    }
    if !state.shown {
        return None;
    }
    let towards = match k.code {
        KeyCode::Esc | KeyCode::Char('q') => {
            state.shown = false;
            return Some(());
        }
        KeyCode::Left | KeyCode::Char('h') => Towards::Left,
        KeyCode::Right | KeyCode::Char('l') => Towards::Right,
        KeyCode::Up | KeyCode::Char('k') => Towards::Up,
        KeyCode::Down | KeyCode::Char('j') => Towards::Down,
        KeyCode::Tab | KeyCode::BackTab => {
            tab(s, k.code == KeyCode::Tab);
            return Some(());
        }
        // The details are not shown: their scroll keys do nothing here.
        KeyCode::Char('J' | 'K') => return Some(()),
        _ => return None,
    };
    let c = s.zone_diagram.computed.take()?;
    let to = selected(s, &c.diagram).map_or(
        // Nothing selected that the diagram shows (a conduit `check` reports): the first zone.
        (!c.diagram.zones.is_empty()).then_some(Selected::Zone(0)),
        |from| diagram_moves::neighbour(&c.diagram, &c.layout, &c.placed, from, towards),
    );
    if let Some(to) = to {
        select(s, &c.diagram, to);
    }
    s.zone_diagram.computed = Some(c);
    Some(())
}

/// Tab: from a zone to its first conduit, then the next ones, then back to the zone.
fn tab(s: &mut Session, forward: bool) {
    let Some(c) = s.zone_diagram.computed.take() else {
        return;
    };
    if let Some(from) = selected(s, &c.diagram) {
        let anchor = match from {
            Selected::Zone(z) => Some(z),
            Selected::Conduit(k) => {
                let line = &c.diagram.conduits[k];
                let kept = s.zone_diagram.anchor.as_deref().and_then(|id| c.diagram.zone(id));
                kept.filter(|z| *z == line.from || *z == line.to)
                    .or(c.layout.routes.get(k).map(|r| r.upper))
            }
        };
        if let Some(anchor) = anchor {
            s.zone_diagram.anchor = Some(c.diagram.zones[anchor].id.clone());
            let to = diagram_moves::cycle_conduits(&c.diagram, &c.placed, anchor, from, forward);
            select(s, &c.diagram, to);
        }
    }
    s.zone_diagram.computed = Some(c);
}

/// After every message: the diagram of the assessment as it is, placed for the terminal's
/// width, when the zones screen shows it and what it was computed for moved (the revision, the
/// day, the width). A new width only places it again.
pub fn refresh(model: &mut Model) {
    if model.screen != Screen::Zones {
        return;
    }
    let (width, today) = (model.size.0, model.today);
    let Some(s) = model.session.as_mut() else { return };
    if !s.zone_diagram.shown {
        return;
    }
    let fresh = |c: &Computed| c.revision == s.revision && c.day == today;
    if s.zone_diagram
        .computed
        .as_ref()
        .is_some_and(|c| fresh(c) && c.width == width)
    {
        return;
    }
    let Some(scored) = s.scored.as_ref().filter(|x| x.revision == s.revision && x.day == today) else {
        return;
    };
    let (diagram, layout) = match s.zone_diagram.computed.take() {
        Some(c) if fresh(&c) => (c.diagram, c.layout),
        _ => {
            let d = Diagram::build(&s.assessment, &scored.score);
            let layout = d.layout();
            (d, layout)
        }
    };
    let placed = diagram_view::place(&diagram, &layout, width);
    s.zone_diagram.computed = Some(Computed {
        revision: s.revision,
        day: today,
        width,
        diagram,
        layout,
        placed,
    });
}
