//! Drawing the new-assessment form.

use crate::tui::model::Model;
use crate::tui::widgets::fit_start;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn wizard(model: &Model, frame: &mut Frame, area: Rect) {
    let Some(w) = &model.wizard else { return };
    let t = &model.theme;
    let tx = &model.texts;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(Span::styled(tx.ui("wizard-title"), t.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let labels = [
        "wizard-field-title",
        "wizard-field-organisation",
        "wizard-field-site",
        "wizard-field-assessors",
        "wizard-field-file",
    ];
    let rows = Layout::vertical(vec![Constraint::Length(1); inner.height as usize]).split(inner);
    let label_width = 22u16.min(inner.width / 3);
    let mut y = 0usize;
    for (i, key) in labels.iter().enumerate() {
        let Some(&row) = rows.get(y) else { return };
        let [label, field] = Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(row);
        let style = if w.focus == i { t.selected } else { t.text };
        frame.render_widget(Paragraph::new(Span::styled(tx.ui(key), style)), label);
        frame.render_widget(&w.fields[i], field);
        y += 1;
    }
    // Where the file will be written, before it is: the file name above changes it.
    if let (Some(&row), Some(path)) = (rows.get(y), super::planned_path(w, model)) {
        let [_, value] = Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(row);
        let room = usize::from(value.width);
        let text = tx.ui_with("wizard-file-at", &[("path", path.display().to_string().into())]);
        let text = if text.chars().count() > room {
            fit_start(&path.display().to_string(), room)
        } else {
            text
        };
        frame.render_widget(Paragraph::new(Span::styled(text, t.dim)), value);
    }
    y += 1;
    if let Some(&row) = rows.get(y) {
        let [label, value] = Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(row);
        let style = if w.focus == w.language_row() {
            t.selected
        } else {
            t.text
        };
        let language = w.languages.get(w.language).cloned().unwrap_or_default();
        frame.render_widget(
            Paragraph::new(Span::styled(tx.ui("wizard-field-language"), style)),
            label,
        );
        frame.render_widget(Paragraph::new(Span::styled(format!("< {language} >"), style)), value);
    }
    y += 1;
    if let Some(&row) = rows.get(y) {
        frame.render_widget(
            Paragraph::new(Span::styled(tx.ui("wizard-questionnaires"), t.title)),
            row,
        );
    }
    y += 1;
    for (i, (id, chosen)) in w.questionnaires.iter().enumerate() {
        let Some(&row) = rows.get(y) else { return };
        let focus = w.focus == w.first_questionnaire_row() + i;
        let mark = if *chosen { "[x]" } else { "[ ]" };
        let title = tx.get(id, "questionnaire", Some("title"));
        let style = if focus { t.selected } else { t.text };
        frame.render_widget(Paragraph::new(Span::styled(format!("  {mark} {title}"), style)), row);
        y += 1;
    }
    let target_row = w.target_row();
    if let Some(&row) = rows.get(y) {
        let style = if w.focus == target_row { t.selected } else { t.text };
        let text = format!("{}  < ML{} >", tx.ui("wizard-target"), w.target_maturity);
        frame.render_widget(Paragraph::new(Span::styled(text, style)), row);
    }
    y += 2;
    if let Some(&row) = rows.get(y) {
        let style = if w.focus == target_row + 1 { t.selected } else { t.good };
        frame.render_widget(
            Paragraph::new(Span::styled(format!("  {}  ", tx.ui("wizard-create")), style)),
            row,
        );
    }
    y += 2;
    if let (Some(&row), Some(err)) = (rows.get(y), &w.error) {
        let text = tx.ui(&format!("wizard-missing-{err}"));
        frame.render_widget(Paragraph::new(Span::styled(text, t.bad)), row);
    } else if let Some(&row) = rows.get(y) {
        frame.render_widget(Paragraph::new(Span::styled(tx.ui("wizard-keys"), t.dim)), row);
    }
}
