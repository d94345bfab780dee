//! The plan screen's right-hand panels: the selected action's detail (why it matters, what it
//! addresses, its history) and the projection (what each stage of the plan reaches).

use super::state::{Computed, Panel};
use super::view::panel_block;
use crate::assessment::{ActionStatus, AnswerId};
use crate::planning::PlanItem;
use crate::tui::model::Model;
use crate::tui::widgets::fit;
use crate::tui::widgets::offset;
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

fn short(id: &AnswerId) -> String {
    match &id.target {
        Some(t) => format!("{} ({t})", id.requirement),
        None => id.requirement.clone(),
    }
}

/// The selected action and its place in the plan.
fn selected_item(model: &Model) -> Option<&PlanItem> {
    let c = model.plan.computed.as_ref()?;
    let k = model.plan.cursor()?;
    c.plan.items.get(*c.shown.get(k)?)
}

pub fn detail(model: &Model, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let focused = model.plan.focus == Panel::Detail;
    let width = usize::from(area.width.saturating_sub(2));
    let action = selected_item(model).and_then(|item| {
        let x = model.session.as_ref()?.assessment.action(&item.id)?;
        Some((item, x))
    });
    let Some((item, x)) = action else {
        frame.render_widget(panel_block(model, tx.ui("plan-panel-detail"), focused), area);
        return;
    };
    let why = &item.why;
    let mut head: Vec<Line> = vec![Line::from(Span::styled(x.title.clone(), t.title))];
    let facts = [
        crate::planning::text::status_label(tx, x.status),
        x.phase
            .map(|p| tx.ui_with("plan-group-phase", &[("phase", FluentValue::from(u32::from(p)))]))
            .unwrap_or_default(),
        if x.owner.is_empty() {
            tx.ui("plan-no-owner")
        } else {
            x.owner.clone()
        },
        x.due
            .map(|d| tx.ui_with("plan-due", &[("due", d.to_string().into())]))
            .unwrap_or_default(),
        if x.effort.is_empty() {
            String::new()
        } else {
            tx.ui_with("plan-effort", &[("effort", x.effort.clone().into())])
        },
    ];
    let facts: Vec<String> = facts.into_iter().filter(|f| !f.is_empty()).collect();
    head.push(Line::from(Span::styled(
        facts.join(" · "),
        if item.overdue { t.bad } else { t.text },
    )));
    if !x.description.is_empty() {
        head.extend(
            x.description
                .lines()
                .map(|l| Line::from(Span::styled(l.to_string(), t.text))),
        );
    }
    // Why: what it lifts, the intolerable scenarios, what to assess first.
    let mut lifts = crate::planning::text::lifts(why);
    lifts.extend(crate::planning::text::raises(why));
    let labelled = |key: &str, items: &[String]| -> Option<Line<'static>> {
        (!items.is_empty()).then(|| {
            Line::from(vec![
                Span::styled(tx.label(key), t.dim),
                Span::styled(items.join(", "), t.text),
            ])
        })
    };
    head.extend(labelled("plan-why-lifts", &lifts));
    if let Some(mut l) = labelled("plan-why-intolerable", &why.intolerable) {
        l.spans[1].style = t.bad;
        head.push(l);
    }
    let unanswered: Vec<String> = why.unanswered.iter().map(short).collect();
    if let Some(mut l) = labelled("plan-why-unanswered", &unanswered) {
        l.spans[1].style = t.warn;
        head.push(l);
    }
    if why.lifts.is_empty() && why.raises.is_empty() {
        head.push(Line::from(Span::styled(tx.ui("plan-why-nothing-open"), t.dim)));
    }
    // What it addresses (after done: what to re-assess), one selectable row each.
    let ids = x.answer_ids();
    let heading = if x.status == ActionStatus::Done {
        "plan-reassess"
    } else {
        "plan-addresses"
    };
    head.push(Line::from(Span::styled(
        tx.ui_with(heading, &[("count", ids.len().into())]),
        t.title,
    )));
    let first_requirement = head.len();
    let mut lines = head;
    for (i, id) in ids.iter().enumerate() {
        let selected = focused && i == model.plan.requirement;
        let style = if selected { t.selected } else { t.text };
        lines.push(Line::from(Span::styled(
            fit(&format!("{} {}", if selected { "▸" } else { " " }, short(id)), width),
            style,
        )));
    }
    lines.push(Line::from(Span::styled(tx.ui("plan-history"), t.title)));
    for h in &x.history {
        let when = h
            .time
            .to_zoned(model.time_zone.clone())
            .strftime("%Y-%m-%d %H:%M")
            .to_string();
        let by = if h.by.is_empty() {
            String::new()
        } else {
            format!(" · {}", h.by)
        };
        let status = crate::planning::text::status_label(tx, h.status);
        lines.push(Line::from(Span::styled(format!("  {when} {status}{by}"), t.dim)));
    }
    let block = panel_block(model, format!("{} {}", x.id, tx.ui("plan-panel-detail")), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // Lines are cut to the width, so that the selected requirement can be kept in view.
    let lines: Vec<Line> = lines.into_iter().map(|l| cut(l, width)).collect();
    let selected_line = focused.then_some(first_requirement + model.plan.requirement);
    let first = offset(lines.len(), usize::from(inner.height), selected_line);
    frame.render_widget(Paragraph::new(lines.into_iter().skip(first).collect::<Vec<_>>()), inner);
}

/// A line cut to `width` characters, its spans kept.
fn cut(line: Line<'static>, width: usize) -> Line<'static> {
    let mut room = width;
    let mut spans = Vec::new();
    for span in line.spans {
        if room == 0 {
            break;
        }
        let n = span.content.chars().count();
        let text = if n > room {
            fit(&span.content, room)
        } else {
            span.content.to_string()
        };
        room = room.saturating_sub(n);
        spans.push(Span::styled(text, span.style));
    }
    Line::from(spans)
}

/// Maturity groups listed on one line of the projection ("SPE 1 ML0/2" is about 12 columns).
const GROUPS_PER_LINE: usize = 4;

/// The projection's lines: each stage's name, the level line of every zone and conduit, and the
/// maturity groups still below their target.
fn projection_lines(model: &Model, c: &Computed) -> Vec<Line<'static>> {
    let t = &model.theme;
    let tx = &model.texts;
    let mut lines = Vec::new();
    for stage in &c.plan.stages {
        lines.push(Line::from(Span::styled(
            crate::planning::text::stage_label(tx, stage.stage),
            t.title,
        )));
        for level in &stage.levels {
            let style = if level.reached == level.of { t.good } else { t.text };
            lines.push(Line::from(Span::styled(
                format!("  {}", crate::planning::text::level_line(tx, level)),
                style,
            )));
        }
        let below: Vec<_> = stage
            .maturity
            .iter()
            .filter(|g| g.min.is_some_and(|m| m < g.target))
            .collect();
        if !below.is_empty() {
            lines.push(Line::from(Span::styled(
                format!(
                    "  {}",
                    tx.ui_with("plan-maturity-below", &[("count", below.len().into())])
                ),
                t.warn,
            )));
        }
        let groups: Vec<String> = below
            .iter()
            .map(|g| {
                tx.ui_with(
                    "plan-maturity-group",
                    &[
                        ("group", g.group.clone().into()),
                        ("min", FluentValue::from(u32::from(g.min.unwrap_or(0)))),
                        ("target", FluentValue::from(u32::from(g.target))),
                    ],
                )
            })
            .collect();
        // A few groups a line, each line indented: short enough not to wrap in a narrow panel, so
        // the indent holds and the lines counted for scrolling are the lines shown.
        for chunk in groups.chunks(GROUPS_PER_LINE) {
            lines.push(Line::from(Span::styled(format!("    {}", chunk.join(", ")), t.dim)));
        }
    }
    lines
}

/// How many lines the projection has (for scrolling it).
pub fn projection_line_count(model: &Model) -> usize {
    model
        .plan
        .computed
        .as_ref()
        .map_or(0, |c| projection_lines(model, c).len())
}

pub fn projection(model: &Model, c: &Computed, frame: &mut Frame, area: Rect) {
    let focused = model.plan.focus == Panel::Projection;
    let block = panel_block(model, model.texts.ui("plan-panel-projection"), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The maturity groups below target wrap; everything else fits or is cut by the frame.
    let lines: Vec<Line> = projection_lines(model, c)
        .into_iter()
        .skip(model.plan.projection_scroll)
        .collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
