//! Drawing the plan screen: the action list grouped by phase, the selected action's detail and
//! the projection. From `WIDE` columns the list stands beside the detail and the projection; below,
//! the detail (or the projection, when in focus) stands under the list. Views only read the plan
//! the screen state holds (`PlanState::computed`).

use super::panels;
use super::state::{Computed, Panel};
use crate::assessment::{Action, ActionStatus};
use crate::tui::model::Model;
use crate::tui::widgets::{fit, offset};
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// From this width the panels stand side by side.
pub const WIDE: u16 = 140;

pub fn plan(model: &Model, frame: &mut Frame, area: Rect) {
    screen(model, frame, area);
    if let Some(f) = model.session.as_ref().and_then(|s| s.form.as_ref()) {
        crate::tui::forms::view::form(model, f, frame, area);
    }
}

fn screen(model: &Model, frame: &mut Frame, area: Rect) {
    let focus = model.plan.focus;
    let hints = Line::from(Span::styled(model.texts.ui(hint_message(focus)), model.theme.dim));
    let hint_height = crate::tui::widgets::wrapped_height(std::slice::from_ref(&hints), area.width).clamp(1, 2);
    let [main, hint_area] = Layout::vertical([Constraint::Min(1), Constraint::Length(hint_height)]).areas(area);
    frame.render_widget(Paragraph::new(hints).wrap(Wrap { trim: true }), hint_area);
    let revision = model.session.as_ref().map_or(0, |s| s.revision);
    let Some(computed) = model.plan.current(revision, model.today) else {
        frame.render_widget(panel_block(model, model.texts.ui("plan-title"), true), main);
        return;
    };
    if main.width >= WIDE {
        let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(main);
        let [top, bottom] = Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(right);
        list(model, computed, frame, left);
        panels::detail(model, frame, top);
        panels::projection(model, computed, frame, bottom);
        return;
    }
    let [top, bottom] = Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(main);
    list(model, computed, frame, top);
    match focus {
        Panel::Projection => panels::projection(model, computed, frame, bottom),
        _ => panels::detail(model, frame, bottom),
    }
}

fn hint_message(focus: Panel) -> &'static str {
    match focus {
        Panel::List => "plan-keys-list",
        Panel::Detail => "plan-keys-detail",
        Panel::Projection => "plan-keys-projection",
    }
}

/// A panel's frame with its title, brighter while it has focus.
pub(super) fn panel_block(model: &Model, title: String, focused: bool) -> Block<'static> {
    let t = &model.theme;
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { t.title } else { t.border })
        .title(format!(" {title} "))
}

/// "Plan: 12 of 30 actions · zone Z1 · owner Anna · phase 2 · overdue".
fn list_title(model: &Model, c: &Computed) -> String {
    let tx = &model.texts;
    let f = &model.plan.filter;
    let mut title = tx.ui_with(
        "plan-list-title",
        &[("shown", c.shown.len().into()), ("count", c.plan.items.len().into())],
    );
    let mut parts = Vec::new();
    if let Some(t) = &f.target {
        parts.push(tx.ui_with("plan-filter-shown-target", &[("target", t.clone().into())]));
    }
    if let Some(o) = &f.owner {
        parts.push(tx.ui_with("plan-filter-shown-owner", &[("owner", o.clone().into())]));
    }
    if let Some(p) = f.phase {
        parts.push(tx.ui_with("plan-filter-shown-phase", &[("phase", FluentValue::from(u32::from(p)))]));
    }
    if f.overdue {
        parts.push(tx.ui("plan-filter-shown-overdue"));
    }
    if !parts.is_empty() {
        title = format!("{title} · {}", parts.join(" · "));
    }
    title
}

/// One row of the list: a phase's header or an action (index into `shown`).
enum Row {
    Phase(Option<u8>, bool),
    Action(usize),
}

/// The rows of the list: a header where the phase (or "dropped") changes.
fn rows(model: &Model, c: &Computed) -> Vec<Row> {
    let Some(s) = model.session.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut last: Option<(Option<u8>, bool)> = None;
    for (k, &i) in c.shown.iter().enumerate() {
        let Some(x) = c.plan.items.get(i).and_then(|p| s.assessment.action(&p.id)) else {
            continue;
        };
        let group = (x.phase, x.status == ActionStatus::Dropped);
        let group = if group.1 { (None, true) } else { group };
        if last != Some(group) {
            out.push(Row::Phase(group.0, group.1));
            last = Some(group);
        }
        out.push(Row::Action(k));
    }
    out
}

fn list(model: &Model, c: &Computed, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let focused = model.plan.focus == Panel::List;
    let block = panel_block(model, list_title(model, c), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(s) = model.session.as_ref() else { return };
    if c.shown.is_empty() {
        let key = if c.plan.items.is_empty() {
            "plan-empty"
        } else {
            "plan-none-shown"
        };
        frame.render_widget(Paragraph::new(tx.ui(key)).style(t.dim).wrap(Wrap { trim: true }), inner);
        return;
    }
    let rows = rows(model, c);
    let cursor = model.plan.cursor();
    let selected_row = rows
        .iter()
        .position(|r| matches!(r, Row::Action(k) if Some(*k) == cursor));
    let height = usize::from(inner.height);
    let first = offset(rows.len(), height, selected_row);
    let status_width = ActionStatus::ALL
        .iter()
        .map(|st| crate::planning::text::status_label(tx, *st).chars().count())
        .max()
        .unwrap_or(8);
    let shown: Vec<&Action> = c
        .shown
        .iter()
        .filter_map(|&i| c.plan.items.get(i))
        .filter_map(|item| s.assessment.action(&item.id))
        .collect();
    let widths = Widths::for_width(usize::from(inner.width), status_width, &shown);
    let lines: Vec<Line> = rows
        .iter()
        .skip(first)
        .take(height)
        .map(|row| match row {
            Row::Phase(phase, dropped) => {
                let text = match (phase, dropped) {
                    (_, true) => tx.ui("plan-group-dropped"),
                    (Some(p), false) => tx.ui_with("plan-group-phase", &[("phase", FluentValue::from(u32::from(*p)))]),
                    (None, false) => tx.ui("plan-group-none"),
                };
                Line::from(Span::styled(fit(&text, usize::from(inner.width)), t.title))
            }
            Row::Action(k) => {
                let item = c.shown.get(*k).and_then(|&i| c.plan.items.get(i));
                let action = item.and_then(|p| s.assessment.action(&p.id));
                match (item, action) {
                    (Some(item), Some(x)) => action_line(model, x, item.overdue, Some(*k) == cursor, &widths),
                    _ => Line::from(""),
                }
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Column widths of an action row at a width: the title takes what the others leave.
struct Widths {
    id: usize,
    status: usize,
    title: usize,
    owner: usize,
    due: usize,
    effort: usize,
}

impl Widths {
    /// The owner, due date and effort columns are as wide as what the listed actions hold (a
    /// column nobody filled in takes no room), within limits; the title takes the rest.
    fn for_width(width: usize, status: usize, shown: &[&Action]) -> Widths {
        let widest = |text: &dyn Fn(&Action) -> usize| shown.iter().map(|x| text(x)).max().unwrap_or(0);
        let id = 6;
        let owner_cap = if width >= 100 { 14 } else { 9 };
        // "–" stands for no owner, so the column is at least one wide.
        let owner = widest(&|x| x.owner.chars().count()).clamp(1, owner_cap);
        // "!2026-01-31": the mark of an overdue date and the date.
        let due = if shown.iter().any(|x| x.due.is_some()) { 11 } else { 0 };
        let effort = widest(&|x| x.effort.chars().count()).min(4);
        // A space after each column but the last that has any width.
        let gap = |w: usize| if w > 0 { w + 1 } else { 0 };
        let fixed = 2 + gap(id) + gap(status) + 1 + gap(owner) + gap(due) + effort;
        Widths {
            id,
            status,
            title: width.saturating_sub(fixed).max(4),
            owner,
            due,
            effort,
        }
    }
}

fn pad(text: &str, width: usize) -> String {
    format!("{:<width$}", fit(text, width))
}

/// A column with the space after it; nothing for a column of no width.
fn column(text: &str, width: usize) -> String {
    if width == 0 {
        String::new()
    } else {
        format!("{} ", pad(text, width))
    }
}

fn action_line(model: &Model, x: &Action, overdue: bool, selected: bool, w: &Widths) -> Line<'static> {
    let t = &model.theme;
    let tx = &model.texts;
    let status = crate::planning::text::status_label(tx, x.status);
    let status_style = match x.status {
        ActionStatus::Proposed => t.dim,
        ActionStatus::Done => t.good,
        ActionStatus::Dropped => t.dim,
        _ => t.text,
    };
    let due = match x.due {
        Some(d) if overdue => format!("!{d}"),
        Some(d) => format!(" {d}"),
        None => String::new(),
    };
    let owner = if x.owner.is_empty() {
        "–".to_string()
    } else {
        x.owner.clone()
    };
    let base = |style| if selected { t.selected } else { style };
    Line::from(vec![
        Span::styled(if selected { "▸ " } else { "  " }, base(t.text)),
        Span::styled(format!("{} ", pad(&x.id, w.id)), base(t.text)),
        Span::styled(format!("{} ", pad(&status, w.status)), base(status_style)),
        Span::styled(format!("{} ", pad(&x.title, w.title)), base(t.text)),
        Span::styled(format!("{} ", pad(&owner, w.owner)), base(t.text)),
        Span::styled(column(&due, w.due), base(if overdue { t.bad } else { t.text })),
        Span::styled(fit(&x.effort, w.effort), base(t.text)),
    ])
}
