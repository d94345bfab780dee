//! Drawing an open form as a popup.

use crate::tui::forms::form::{Form, Input};
use crate::tui::model::Model;
use crate::tui::widgets::centered;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// The label of a field: a ui message, or for "adjustment:<id>" and "impact-category:<id>" the
/// risk model's label of that adjustment or impact category.
fn label(model: &Model, key: &str) -> String {
    let model_id = || {
        model
            .session
            .as_ref()
            .and_then(|s| s.assessment.risk_model.as_ref())
            .map(|m| m.id.clone())
            .unwrap_or_default()
    };
    let risk_label = |message: String| {
        model
            .texts
            .get(&format!("risk-{}", model_id()), &message, Some("label"))
    };
    if let Some(id) = key.strip_prefix("adjustment:") {
        return risk_label(format!("adjustment-{id}"));
    }
    if let Some(id) = key.strip_prefix(crate::tui::forms::form::IMPACT_CATEGORY) {
        return model.texts.ui_with(
            "form-impact-in",
            &[("category", risk_label(format!("impact-category-{id}")).into())],
        );
    }
    model.texts.ui(key)
}

pub fn form(model: &Model, form: &Form, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let hint = match (&form.error_text, &form.error) {
        (Some(text), _) => Span::styled(text.clone(), t.bad),
        (None, Some(e)) => Span::styled(model.texts.ui(e), t.bad),
        (None, None) => Span::styled(model.texts.ui(form.hint.as_deref().unwrap_or("form-keys")), t.dim),
    };
    let width = 76.min(area.width);
    let hint_rows =
        crate::tui::widgets::wrapped_height(&[ratatui::text::Line::from(hint.clone())], width.saturating_sub(2));
    let height = form.fields.len() as u16 + 3 + hint_rows;
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.title)
        .title(Span::styled(format!(" {} ", form.title), t.title));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let rows = Layout::vertical(vec![Constraint::Length(1); inner.height as usize]).split(inner);
    let label_width = 38u16.min(inner.width / 2);
    // On a short terminal the fields scroll so that the one in focus is always in view.
    let room = usize::from(inner.height.saturating_sub(1 + hint_rows)).max(1);
    let first = form.focus.saturating_sub(room - 1);
    let shown = form.fields.len().min(room);
    for (row_index, (i, field)) in form.fields.iter().enumerate().skip(first).take(room).enumerate() {
        let Some(&row) = rows.get(row_index) else { break };
        let [l, v] = Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(row);
        let style = if i == form.focus { t.selected } else { t.text };
        let text: String = label(model, &field.label)
            .chars()
            .take(label_width as usize - 1)
            .collect();
        frame.render_widget(Paragraph::new(Span::styled(text, style)), l);
        match &field.input {
            Input::Text(area) => frame.render_widget(&**area, v),
            Input::Choice { options, index } => {
                let value = options.get(*index).cloned().unwrap_or_default();
                frame.render_widget(Paragraph::new(Span::styled(format!("< {value} >"), style)), v);
            }
        }
    }
    let hint_area = Rect {
        y: inner.y + shown as u16 + 1,
        height: hint_rows,
        ..inner
    }
    .intersection(inner);
    frame.render_widget(
        Paragraph::new(hint).wrap(ratatui::widgets::Wrap { trim: false }),
        hint_area,
    );
}
