//! Drawing. Every function here takes the model by shared reference: drawing never changes state.

mod dialog;
pub(crate) mod form;
mod home;
mod learn;
mod questionnaire;
mod results;
mod results_levels;
mod zones;

pub use results::maturity_rows;

use super::model::{Model, SaveState, Screen};
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub fn view(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(model, frame, area);
        return;
    }
    let status_height = status_lines(model, area.width);
    let [top, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(status_height),
    ])
    .areas(area);
    title_bar(model, frame, top);
    match model.screen {
        Screen::Home => home::home(model, frame, body),
        Screen::Wizard => home::wizard(model, frame, body),
        Screen::Questionnaire => questionnaire::questionnaire(model, frame, body),
        Screen::Results => results::results(model, frame, body),
        Screen::Zones => zones::zones(model, frame, body),
        Screen::Learn => learn::learn(model, frame, body),
    }
    status_bar(model, frame, status);
    if let Some(d) = &model.dialog {
        dialog::dialog(model, d, frame, body);
    }
    if model.help {
        help(model, frame, area);
    }
}

fn too_small(model: &Model, frame: &mut Frame, area: Rect) {
    let text = model.texts.ui_with(
        "too-small",
        &[
            ("width", FluentValue::from(MIN_WIDTH)),
            ("height", FluentValue::from(MIN_HEIGHT)),
        ],
    );
    frame.render_widget(
        Paragraph::new(text).style(model.theme.warn).wrap(Wrap { trim: true }),
        area,
    );
}

fn title_bar(model: &Model, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let mut spans = vec![Span::styled(model.texts.ui("app-name"), t.title)];
    if let Some(s) = &model.session {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(s.assessment.assessment.title.clone(), t.text));
        if let Some(q) = model.questionnaire() {
            spans.push(Span::styled(format!("  {} {}", q.standard, q.edition), t.dim));
        }
        if let Some(target) = &s.target {
            let per_system = model
                .questionnaire()
                .is_some_and(|q| q.scope == crate::catalog::Scope::System);
            let label = if per_system { "label-system" } else { "label-zone" };
            spans.push(Span::styled(format!("  {} {target}", model.texts.ui(label)), t.warn));
        }
        if !s.interviewee.is_empty() {
            spans.push(Span::styled(
                format!("  {}{}", model.texts.label("label-interviewing"), s.interviewee),
                t.title,
            ));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The save state, told truthfully: "saved" with the time only once the runtime reported it.
pub fn save_text(model: &Model) -> (String, ratatui::style::Style) {
    let t = &model.theme;
    match &model.save {
        SaveState::NoFile => (String::new(), t.status),
        SaveState::Unchanged => (model.texts.ui("save-unchanged"), t.status),
        SaveState::Pending => (model.texts.ui("save-pending"), t.status.patch(t.warn)),
        SaveState::Saved(at) => {
            let local = at
                .to_zoned(jiff::tz::TimeZone::system())
                .strftime("%H:%M:%S")
                .to_string();
            (
                model.texts.ui_with("save-saved", &[("time", FluentValue::from(local))]),
                t.status,
            )
        }
        SaveState::Failed(e) => (
            model.texts.ui_with(
                "save-failed",
                &[
                    ("reason", FluentValue::from(e.as_str())),
                    ("count", FluentValue::from(model.unsaved)),
                ],
            ),
            t.status.patch(t.bad),
        ),
        SaveState::ChangedOnDisk => (
            model
                .texts
                .ui_with("save-changed-on-disk", &[("count", FluentValue::from(model.unsaved))]),
            t.status.patch(t.bad),
        ),
    }
}

/// The status bar's parts: the save state, the notice, the key hint, and whether the notice needs
/// a line of its own (it never hides the save state, and is cut only past a whole second line).
fn status_parts(model: &Model, width: u16) -> (String, String, String, bool) {
    let (save, _) = save_text(model);
    let save = format!(" {save} ");
    let notice = model.notice.clone().map(|n| format!(" {n}")).unwrap_or_default();
    let help = format!("{} ", model.texts.ui("status-help"));
    let room = usize::from(width).saturating_sub(help.chars().count());
    let own_line = !notice.is_empty() && save.chars().count() + notice.chars().count() > room;
    (save, notice, help, own_line)
}

fn status_lines(model: &Model, width: u16) -> u16 {
    if status_parts(model, width).3 { 2 } else { 1 }
}

fn status_bar(model: &Model, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let (_, save_style) = save_text(model);
    let (save, notice, help, own_line) = status_parts(model, area.width);
    let help_width = help.chars().count() as u16;
    let show_help = area.width > help_width + 20;
    let room = usize::from(if show_help { area.width - help_width } else { area.width });
    let [first, second] = if own_line {
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area)
    } else {
        [area, Rect::default()]
    };
    let save = fit(&save, room);
    let mut spans = vec![Span::styled(save.clone(), save_style)];
    if own_line {
        let line = Span::styled(fit(&notice, usize::from(area.width)), t.status.patch(t.warn));
        frame.render_widget(Paragraph::new(line).style(t.status), second);
    } else {
        spans.push(Span::styled(
            fit(&notice, room.saturating_sub(save.chars().count())),
            t.status.patch(t.warn),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.status), first);
    if show_help {
        let right = Rect {
            x: first.x + first.width - help_width,
            width: help_width,
            ..first
        };
        frame.render_widget(Paragraph::new(help).style(t.status), right);
    }
}

/// `text` cut to `width` characters, with an ellipsis when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// How many rows `lines` take when wrapped at word boundaries to `width` columns (as drawn).
pub fn wrapped_height(lines: &[Line], width: u16) -> u16 {
    let rows = Paragraph::new(lines.to_vec())
        .wrap(Wrap { trim: false })
        .line_count(width.max(1));
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// A rectangle of at most `width` x `height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn help(model: &Model, frame: &mut Frame, area: Rect) {
    let key = match model.screen {
        Screen::Home => "help-home",
        Screen::Wizard => "help-wizard",
        Screen::Questionnaire => "help-questionnaire",
        Screen::Results => "help-results",
        Screen::Zones => "help-zones",
        Screen::Learn => "help-learn",
    };
    let text = model.texts.ui(key);
    let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_string())).collect();
    // As wide as the screen allows (up to 76), as tall as the wrapped lines need.
    let width = area.width.saturating_sub(2).min(76);
    let height = wrapped_height(&lines, width.saturating_sub(2));
    let popup = centered(area, width, height.saturating_add(2));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(model.texts.ui("help-title"))
                    .border_style(model.theme.title),
            )
            .style(model.theme.text),
        popup,
    );
}
