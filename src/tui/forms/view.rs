//! Drawing an open form as a popup.

use crate::tui::forms::form::{Form, Input};
use crate::tui::model::Model;
use crate::tui::widgets::centered;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

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
    if let Some(q) = key.strip_prefix(crate::tui::forms::targets::PROFILE_FOR) {
        return model
            .texts
            .ui_with("targets-profile-for", &[("questionnaire", q.into())]);
    }
    if let Some(id) = key.strip_prefix(crate::tui::forms::form::IMPACT_CATEGORY) {
        return model.texts.ui_with(
            "form-impact-in",
            &[("category", risk_label(format!("impact-category-{id}")).into())],
        );
    }
    model.texts.ui(key)
}

/// "■IAC ■UC □SI ...": ticked boxes filled; the one under the cursor (while the row has the
/// focus) in the selection's colours.
fn check_boxes<'a>(model: &Model, options: &'a [String], ticked: &[bool], cursor: Option<usize>) -> Line<'a> {
    let t = &model.theme;
    let mut spans = Vec::new();
    for (j, option) in options.iter().enumerate() {
        let on = ticked.get(j).copied().unwrap_or(false);
        let style = match (cursor == Some(j), on) {
            (true, _) => t.selected,
            (false, true) => t.text,
            (false, false) => t.dim,
        };
        if j > 0 {
            spans.push(Span::styled(" ", t.text));
        }
        spans.push(Span::styled(format!("{}{option}", if on { '■' } else { '□' }), style));
    }
    Line::from(spans)
}

pub fn form(model: &Model, form: &Form, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let hint = match (&form.error_text, &form.error) {
        (Some(text), _) => Span::styled(text.clone(), t.bad),
        (None, Some(e)) => Span::styled(model.texts.ui(e), t.bad),
        (None, None) if form.hint.is_none() && form.focus_on_toggles() => {
            Span::styled(model.texts.ui("form-keys-toggles"), t.dim)
        }
        (None, None) => Span::styled(model.texts.ui(form.hint.as_deref().unwrap_or("form-keys")), t.dim),
    };
    let width = 76.min(area.width);
    let hint_rows =
        crate::tui::widgets::wrapped_height(&[ratatui::text::Line::from(hint.clone())], width.saturating_sub(2));
    let height = form.fields.len() as u16 + 3 + hint_rows;
    let popup = centered(area, width, height);
    crate::tui::widgets::clear(frame, popup, t);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.title)
        .title(Span::styled(format!(" {} ", form.title), t.title));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let rows = Layout::vertical(vec![Constraint::Length(1); inner.height as usize]).split(inner);
    // As wide as the longest label, up to 3/5 of the form (the values keep the rest).
    let longest = form
        .fields
        .iter()
        .map(|f| label(model, &f.label).chars().count())
        .max()
        .unwrap_or(0);
    let label_width = u16::try_from(longest + 1)
        .unwrap_or(u16::MAX)
        .min(inner.width * 3 / 5)
        .max(1);
    // On a short terminal the fields scroll so that the one in focus is always in view.
    let room = usize::from(inner.height.saturating_sub(1 + hint_rows)).max(1);
    let first = form.focus.saturating_sub(room - 1);
    let shown = form.fields.len().min(room);
    for (row_index, (i, field)) in form.fields.iter().enumerate().skip(first).take(room).enumerate() {
        let Some(&row) = rows.get(row_index) else { break };
        let name = label(model, &field.label);
        // A row of check boxes that does not fit takes from the label the room it does not need.
        let label_width = match &field.input {
            Input::Toggles { options, .. } => {
                let needed: usize = options.iter().map(|o| o.chars().count() + 2).sum();
                let fits = usize::from(inner.width.saturating_sub(label_width)) >= needed;
                if fits {
                    label_width
                } else {
                    label_width.min(name.chars().count() as u16 + 1)
                }
            }
            _ => label_width,
        };
        let [l, v] = Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(row);
        let style = if i == form.focus { t.selected } else { t.text };
        let text: String = name.chars().take(label_width as usize - 1).collect();
        frame.render_widget(Paragraph::new(Span::styled(text, style)), l);
        match &field.input {
            Input::Text(area) => frame.render_widget(&**area, v),
            Input::Choice { options, index } => {
                let value = options.get(*index).cloned().unwrap_or_default();
                frame.render_widget(Paragraph::new(Span::styled(format!("< {value} >"), style)), v);
            }
            Input::Toggles {
                options,
                ticked,
                cursor,
            } => {
                let focused = (i == form.focus).then_some(*cursor);
                frame.render_widget(Paragraph::new(check_boxes(model, options, ticked, focused)), v);
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
