//! Drawing the home screen: start something new, the demo, learning, recent assessments.

use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn home(model: &Model, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let mut lines = vec![
        Line::from(Span::styled(tx.ui("home-title"), t.title)),
        Line::from(Span::styled(tx.ui("home-subtitle"), t.dim)),
        Line::from(""),
    ];
    let entry = |i: usize, text: String| {
        let style = if i == model.home_cursor { t.selected } else { t.text };
        Line::from(Span::styled(format!("  {text}  "), style))
    };
    lines.push(entry(0, tx.ui("home-new")));
    lines.push(entry(1, tx.ui("home-demo")));
    lines.push(entry(2, tx.ui("home-learn")));
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(tx.ui("home-recent"), t.title)));
    if model.recent.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {}", tx.ui("home-no-recent")),
            t.dim,
        )));
    }
    for (i, p) in model.recent.iter().enumerate() {
        lines.push(entry(
            i + crate::tui::model::HOME_FIXED_ENTRIES,
            p.display().to_string(),
        ));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(tx.ui("home-keys"), t.dim)));
    frame.render_widget(
        Paragraph::new(lines).block(Block::default().borders(Borders::ALL).border_style(t.border)),
        area,
    );
}
