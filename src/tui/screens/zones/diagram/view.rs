//! The diagram view of the zones screen: the diagram (drawn by `tui::diagram_view`), one line
//! about the selection under it, the keys at the bottom. Reads what `update` computed.

use crate::diagram::words::Words;
use crate::tui::diagram_view;
use crate::tui::model::{Model, Session};
use crate::tui::widgets::fit;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(model: &Model, s: &Session, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let key = model.keymap.name(crate::tui::keymap::Action::Diagram);
    let keys = Line::from(Span::styled(
        tx.ui_with("zones-diagram-keys", &[("key", key.into())]),
        t.dim,
    ));
    let keys_height = crate::tui::widgets::wrapped_height(std::slice::from_ref(&keys), area.width).min(area.height / 3);
    let status_height = u16::from(area.height > keys_height + 3);
    let [main, status, keys_area] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(status_height),
        Constraint::Length(keys_height),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(keys).wrap(Wrap { trim: true }), keys_area);
    let Some(c) = s.zone_diagram.computed.as_ref() else {
        return;
    };
    if c.diagram.zones.is_empty() {
        frame.render_widget(Paragraph::new(Span::styled(tx.ui("zones-empty"), t.dim)), main);
        return;
    }
    let words = Words::new(tx, &c.diagram.title, "");
    let selection = super::selected(s, &c.diagram);
    diagram_view::draw_diagram(frame, main, &c.diagram, &c.placed, selection, t, &words);
    let line = diagram_view::status_line(&c.diagram, selection, &words, tx);
    let style = match selection {
        Some(diagram_view::Selected::Zone(z)) => t.gap(c.diagram.zones[z].gap),
        Some(diagram_view::Selected::Conduit(k)) => t.gap(c.diagram.conduits[k].gap),
        None => t.text,
    };
    frame.render_widget(
        Paragraph::new(Span::styled(fit(&line, usize::from(status.width)), style)),
        status,
    );
}
