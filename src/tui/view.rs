//! The frame around every screen: title bar, the screen's own view, status bar, dialogs, help.
//! Every drawing function takes the model by shared reference: drawing never changes state.

use crate::tui::model::{Model, SaveState, Screen};
use crate::tui::screens::{alignment, home, learn, plan, questionnaire, results, wizard, zones};
use crate::tui::widgets::{centered, clear, fit, wrapped_height};
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub fn view(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    // A theme with its own background paints it first (high contrast).
    frame.render_widget(Block::new().style(model.theme.base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(model, frame, area);
        return;
    }
    let popup_message = model.notice.is_some() && message_popup(model, area.width, area.height);
    let message_height = if popup_message {
        0
    } else {
        message_rows(model, area.width)
    };
    let [top, body, message, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(message_height),
        Constraint::Length(1),
    ])
    .areas(area);
    title_bar(model, frame, top);
    match model.screen {
        Screen::Home => home::view::home(model, frame, body),
        Screen::Wizard => wizard::view::wizard(model, frame, body),
        Screen::Questionnaire => questionnaire::view::questionnaire(model, frame, body),
        Screen::Results => results::view::results(model, frame, body),
        Screen::Zones => zones::view::zones(model, frame, body),
        Screen::Learn => learn::view::learn(model, frame, body),
        Screen::Plan => plan::view::plan(model, frame, body),
        Screen::Alignment => alignment::view::alignment(model, frame, body),
    }
    status_bar(model, frame, message, status);
    if let Some(d) = &model.dialog {
        crate::tui::dialog::view::dialog(model, d, frame, body);
    }
    if popup_message {
        message_box(model, frame, body);
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
    let app = model.texts.ui("app-name");
    let Some(s) = &model.session else {
        frame.render_widget(Paragraph::new(Span::styled(app, t.title)), area);
        return;
    };
    // What is being answered (the zone, the person) matters more than the assessment's title: on
    // a narrow terminal the title is cut first, then the standard's edition is left out.
    let standard = model
        .questionnaire()
        .map(|q| (format!("  {} {}", q.standard, q.edition), t.dim));
    let target = s.target.as_ref().map(|target| {
        let per_system = model
            .questionnaire()
            .is_some_and(|q| q.scope == crate::catalog::Scope::System);
        let per_component = s.assessment.component(target).is_some();
        let label = match (per_system, per_component) {
            (true, _) => "label-system",
            (_, true) => "component-label",
            _ => "label-zone",
        };
        (format!("  {} {target}", model.texts.ui(label)), t.warn)
    });
    let person = (!s.interviewee.is_empty()).then(|| {
        (
            format!("  {}{}", model.texts.label("label-interviewing"), s.interviewee),
            t.title,
        )
    });
    let width = usize::from(area.width);
    let len = |parts: &[&Option<(String, ratatui::style::Style)>]| -> usize {
        parts
            .iter()
            .filter_map(|p| p.as_ref())
            .map(|(x, _)| x.chars().count())
            .sum()
    };
    const TITLE_MIN: usize = 12;
    let fixed = app.chars().count() + 2;
    let standard = if fixed + TITLE_MIN + len(&[&standard, &target, &person]) > width {
        None
    } else {
        standard
    };
    let room = width.saturating_sub(fixed + len(&[&standard, &target, &person]));
    let mut spans = vec![
        Span::styled(app, t.title),
        Span::raw("  "),
        Span::styled(fit(&s.assessment.assessment.title, room.max(TITLE_MIN)), t.text),
    ];
    spans.extend(
        [standard, target, person]
            .into_iter()
            .flatten()
            .map(|(x, style)| Span::styled(x, style)),
    );
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

/// The message of the moment: the notice, else what an active search is at.
fn notice_text(model: &Model) -> Option<String> {
    if let Some(n) = &model.notice {
        return Some(n.clone());
    }
    let s = model.session.as_ref()?;
    let f = s.found.as_ref().filter(|f| !f.list)?;
    let key = |a| FluentValue::from(model.keymap.name(a));
    Some(model.texts.ui_with(
        "search-active",
        &[
            ("query", FluentValue::from(f.query.clone())),
            ("current", (f.current + 1).into()),
            ("count", f.matches.len().into()),
            ("next", key(crate::tui::keymap::Action::NextMatch)),
            ("previous", key(crate::tui::keymap::Action::PreviousMatch)),
        ],
    ))
}

/// The status bar's parts: the save state, the message, the key hint.
fn status_parts(model: &Model) -> (String, String, String) {
    let (save, _) = save_text(model);
    let save = format!(" {save} ");
    let notice = notice_text(model).map(|n| format!(" {n}")).unwrap_or_default();
    let help = format!("{} ", model.texts.ui("status-help"));
    (save, notice, help)
}

/// Whether the message fits on the status line beside the save state and the key hint.
fn message_inline(model: &Model, width: u16) -> bool {
    let (save, notice, help) = status_parts(model);
    let room = usize::from(width).saturating_sub(help.chars().count());
    notice.is_empty() || save.chars().count() + notice.chars().count() <= room
}

/// Rows the message takes above the status line when it does not fit on it: all of it, wrapped.
fn message_rows(model: &Model, width: u16) -> u16 {
    if message_inline(model, width) {
        return 0;
    }
    let (_, notice, _) = status_parts(model);
    let lines: Vec<Line> = notice.trim().lines().map(Line::from).collect();
    wrapped_height(&lines, width)
}

/// The most rows a message may take above the status line; a longer one is shown in a popup.
fn message_room(height: u16) -> u16 {
    (height / 4).max(2)
}

fn message_popup(model: &Model, width: u16, height: u16) -> bool {
    message_rows(model, width) > message_room(height)
}

/// Whether the message is too long for its lines at the terminal's size (as last reported): it is
/// then shown whole in a popup, and the next key only dismisses it.
pub fn message_needs_popup(model: &Model) -> bool {
    let (width, height) = model.size;
    model.notice.is_some() && width > 0 && message_popup(model, width, height)
}

/// A message too long for the lines above the status bar, whole, in front of the screen.
fn message_box(model: &Model, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let mut lines: Vec<Line> = notice_text(model)
        .unwrap_or_default()
        .lines()
        .map(|l| Line::from(Span::styled(l.to_string(), t.text)))
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(model.texts.ui("message-keys"), t.dim)));
    let width = area.width.saturating_sub(2).min(90);
    let height = wrapped_height(&lines, width.saturating_sub(2)).saturating_add(2);
    let popup = centered(area, width, height);
    clear(frame, popup, t);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.warn)
                .title(Span::styled(format!(" {} ", model.texts.ui("message-title")), t.title)),
        ),
        popup,
    );
}

fn status_bar(model: &Model, frame: &mut Frame, message: Rect, area: Rect) {
    let t = &model.theme;
    let (_, save_style) = save_text(model);
    let (save, notice, help) = status_parts(model);
    let inline = message_inline(model, area.width);
    let help_width = help.chars().count() as u16;
    let show_help = area.width > help_width + 20;
    let room = usize::from(if show_help { area.width - help_width } else { area.width });
    let save = fit(&save, room);
    let mut spans = vec![Span::styled(save.clone(), save_style)];
    if inline {
        spans.push(Span::styled(notice, t.status.patch(t.warn)));
    } else if message.height > 0 {
        // The whole message, wrapped, on the lines above the status line.
        let lines: Vec<Line> = notice.trim().lines().map(|l| Line::from(l.to_string())).collect();
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .style(t.status.patch(t.warn)),
            message,
        );
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.status), area);
    if show_help {
        let right = Rect {
            x: area.x + area.width - help_width,
            width: help_width,
            ..area
        };
        frame.render_widget(Paragraph::new(help).style(t.status), right);
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
        Screen::Plan => "help-plan",
        Screen::Alignment => "help-alignment",
    };
    let mut text = model.texts.ui(key);
    // The screens the alignment opens from say how.
    if matches!(model.screen, Screen::Results | Screen::Questionnaire | Screen::Zones) {
        let key = model.keymap.name(crate::tui::keymap::Action::Alignment);
        // In the key column of the screen's own help: as wide as its last line's.
        let last = text.lines().last().unwrap_or_default();
        let column = last
            .find("  ")
            .map_or(0, |i| i + last[i..].len() - last[i..].trim_start().len());
        let width = last[..column].chars().count().max(key.chars().count() + 1);
        text.push_str(&format!("\n{key:<width$}{}", model.texts.ui("align-tui-help-line")));
        if model.screen == Screen::Zones {
            let key = model.keymap.name(crate::tui::keymap::Action::Diagram);
            text.push_str(&format!("\n{key:<width$}{}", model.texts.ui("zones-diagram-help-line")));
        }
    }
    let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_string())).collect();
    // As wide as the screen allows (up to 76), as tall as the wrapped lines need.
    let width = area.width.saturating_sub(2).min(76);
    let height = wrapped_height(&lines, width.saturating_sub(2));
    let popup = centered(area, width, height.saturating_add(2));
    clear(frame, popup, &model.theme);
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
