//! Learn mode: the concepts explained, and every questionnaire browsable without answering.
//! Readable on a projector: plain text, generous wrapping.

use super::state::DemoDiagram;
use crate::learn::{DIAGRAM_TOPIC, DOMAIN, TOPICS};
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn learn(model: &Model, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let l = &model.learn;
    let [left, right] =
        Layout::horizontal([Constraint::Length(list_width(area.width)), Constraint::Min(20)]).areas(area);

    let mut lines = Vec::new();
    let entry = |i: usize, text: String| {
        let style = if i == l.cursor { t.selected } else { t.text };
        Line::from(Span::styled(text, style))
    };
    for (i, topic) in TOPICS.iter().enumerate() {
        lines.push(entry(i, tx.get(DOMAIN, topic, Some("title"))));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(tx.ui("learn-questionnaires"), t.title)));
    for (i, q) in model.catalog.questionnaires.iter().enumerate() {
        lines.push(entry(TOPICS.len() + i, format!("{} {}", q.standard, q.edition)));
    }
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.border)
                .title(tx.ui("learn-title")),
        ),
        left,
    );

    let mut text: Vec<Line> = Vec::new();
    let title;
    if let Some(topic) = TOPICS.get(l.cursor) {
        title = tx.get(DOMAIN, topic, Some("title"));
        for paragraph in reflow(&tx.get(DOMAIN, topic, Some("body"))) {
            text.push(Line::from(Span::styled(paragraph, t.text)));
        }
    } else if let Some(q) = model.catalog.questionnaires.get(l.cursor - TOPICS.len()) {
        title = tx.get(&q.id, "questionnaire", Some("title"));
        match l.open.and_then(|r| q.requirements.get(r)) {
            None => {
                for line in tx.get(&q.id, "questionnaire", Some("description")).lines() {
                    text.push(Line::from(Span::styled(line.to_string(), t.text)));
                }
                text.push(Line::from(""));
                for g in q.top_groups() {
                    let n = q.requirements_within(&g.id).count();
                    text.push(Line::from(vec![
                        Span::styled(format!("{} ", g.id), t.title),
                        Span::styled(tx.get(&q.id, &g.key, Some("title")), t.text),
                        Span::styled(format!("  ({n})"), t.dim),
                    ]));
                }
                text.push(Line::from(""));
                text.push(Line::from(Span::styled(tx.ui("learn-open-hint"), t.dim)));
            }
            Some(r) => {
                let get = |attr: &str| tx.get(&q.id, &r.key, Some(attr));
                text.push(Line::from(vec![
                    Span::styled(format!("{}  ", r.id), t.title),
                    Span::styled(get("title"), t.title),
                ]));
                if let (Some(fr), Some(sl)) = (r.fr, r.min_sl) {
                    text.push(Line::from(Span::styled(
                        format!(
                            "FR {fr} {} · SL {sl}",
                            crate::assessment::FR_NAMES[usize::from(fr.clamp(1, 7) - 1)]
                        ),
                        t.dim,
                    )));
                }
                text.push(Line::from(""));
                text.push(Line::from(Span::styled(get("question"), t.text)));
                text.push(Line::from(""));
                text.push(Line::from(Span::styled(tx.ui("label-guidance"), t.title)));
                for line in get("guidance").lines() {
                    text.push(Line::from(Span::styled(line.to_string(), t.text)));
                }
                text.push(Line::from(""));
                text.push(Line::from(Span::styled(tx.ui("label-evidence-examples"), t.title)));
                for line in get("evidence").lines().filter(|x| !x.trim().is_empty()) {
                    text.push(Line::from(Span::styled(format!("• {line}"), t.text)));
                }
                text.push(Line::from(""));
                text.push(Line::from(Span::styled(tx.ui("learn-browse-hint"), t.dim)));
            }
        }
    } else {
        title = String::new();
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(Span::styled(format!(" {title} "), t.title));
    if let Some(d) = l.demo.as_ref().filter(|_| TOPICS.get(l.cursor) == Some(&DIAGRAM_TOPIC)) {
        let inner = block.inner(right);
        frame.render_widget(block, right);
        with_diagram(model, d, text, frame, inner);
        return;
    }
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .scroll((l.scroll, 0))
            .block(block),
        right,
    );
}

/// The width of the topic list in a body `width` columns wide.
fn list_width(width: u16) -> u16 {
    (width * 32 / 100).clamp(24, 40)
}

/// The inner width of the text pane in a body `width` columns wide (the diagram is placed for it).
pub fn pane_width(width: u16) -> u16 {
    width.saturating_sub(list_width(width)).max(20).saturating_sub(2)
}

/// Columns the text keeps beside the diagram; narrower panes put the diagram under the text.
const TEXT_BESIDE: u16 = 44;

/// A topic's text with the demo's diagram: beside it where the pane is wide and tall enough
/// for both, else under it, the two scrolling together (the picture's top rows leave first).
fn with_diagram(model: &Model, d: &DemoDiagram, text: Vec<Line>, frame: &mut Frame, inner: Rect) {
    let words = crate::diagram::words::Words::new(&model.texts, &d.diagram.title, "");
    // The picture and the column of layer names the widget puts beside it when there is room.
    let names = crate::assessment::Layer::ALL
        .iter()
        .map(|x| words.layer(*x).chars().count())
        .max()
        .unwrap_or(0);
    let picture = u16::try_from(d.placed.width.max(0)).unwrap_or(u16::MAX);
    let picture_height = u16::try_from(d.placed.height.max(0)).unwrap_or(u16::MAX);
    let beside = picture.saturating_add(names as u16 + 4);
    let draw = |frame: &mut Frame, area: Rect, placed: &crate::diagram::Placed| {
        let theme = &model.theme;
        crate::tui::diagram_view::draw_diagram(frame, area, &d.diagram, placed, None, theme, &words);
    };
    let scroll = model.learn.scroll;
    if inner.width >= TEXT_BESIDE + beside && inner.height >= picture_height {
        let [text_area, picture_area] =
            Layout::horizontal([Constraint::Min(TEXT_BESIDE), Constraint::Length(beside)]).areas(inner);
        let paragraph = Paragraph::new(text).wrap(Wrap { trim: false }).scroll((scroll, 0));
        frame.render_widget(paragraph, text_area);
        draw(frame, picture_area, &d.placed);
        return;
    }
    // Under the text, after an empty row; scrolling stops once the picture's bottom is in view.
    let text_rows = crate::tui::widgets::wrapped_height(&text, inner.width);
    let content = text_rows.saturating_add(1).saturating_add(picture_height);
    let scroll = scroll.min(content.saturating_sub(inner.height));
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: false }).scroll((scroll, 0));
    frame.render_widget(paragraph, inner);
    let top = i32::from(text_rows) + 1 - i32::from(scroll);
    if top >= i32::from(inner.height) {
        return;
    }
    if top >= 0 {
        let shown = Rect {
            y: inner.y + top as u16,
            height: inner.height - top as u16,
            ..inner
        };
        draw(frame, shown, &d.placed);
    } else {
        draw(frame, inner, &scrolled_up(&d.placed, -top));
    }
}

/// `placed` moved up by `rows`: the rows above the drawing's top are cut by the widget.
fn scrolled_up(placed: &crate::diagram::Placed, rows: i32) -> crate::diagram::Placed {
    let mut p = placed.clone();
    p.moved(0, -rows);
    p.height -= rows;
    p
}

/// Join lines that continue a sentence, so text written at one width reads well at any width:
/// a line continues the previous one unless that ended a sentence or the line starts a bullet.
pub fn reflow(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        let starts_item = line.starts_with('•') || line.is_empty();
        match out.last_mut() {
            Some(prev) if !starts_item && !prev.is_empty() && !prev.ends_with(['.', ':', '!', '?']) => {
                prev.push(' ');
                prev.push_str(line.trim_start());
            }
            _ => out.push(line.to_string()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn broken_sentences_are_joined_and_bullets_kept() {
        let text = "IEC 62443 is a series\nof standards.\n• 2-1: the asset owner\nruns a program.\n• 2-4: providers.";
        assert_eq!(
            super::reflow(text),
            [
                "IEC 62443 is a series of standards.",
                "• 2-1: the asset owner runs a program.",
                "• 2-4: providers."
            ]
        );
    }
}
