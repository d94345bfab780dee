//! The security-level panels of the results screen: SL-T against SL-A per FR for every zone and
//! conduit, and for the selected one why its SL-T is what it is (every FR; an override beside what
//! the risk model derives) and every requirement that holds its SL-A below SL-T.

use super::view::{block, offset, titled};
use crate::assessment::FR_NAMES;
use crate::scoring::security_level::{Fulfilment, SlAchieved};
use crate::scoring::{SecurityLevelResult, SlReason, SlTarget};
use crate::tui::model::Model;
use crate::tui::scored::Scored;
use crate::tui::screens::results::Panel;
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Width of one FR's column.
const CELL: usize = 6;

/// "3/1": SL-T over SL-A of one FR, styled by whether SL-A reaches SL-T.
fn cell(model: &Model, target: Option<u8>, achieved: Option<Option<u8>>) -> Span<'static> {
    let t = &model.theme;
    let na = model.texts.ui("label-sl-na");
    let sl_t = target.map_or_else(|| "-".to_string(), |x| x.to_string());
    let (sl_a, style) = match (target, achieved) {
        (_, None) => ("-".to_string(), t.dim),
        (_, Some(None)) => (na, t.dim),
        (Some(want), Some(Some(have))) if have < want => (have.to_string(), t.bad),
        (Some(_), Some(Some(have))) => (have.to_string(), t.good),
        (None, Some(Some(have))) => (have.to_string(), t.dim),
    };
    Span::styled(format!("{:<CELL$}", format!("{sl_t}/{sl_a}")), style)
}

/// The zones and conduits, one row each: SL-T/SL-A per FR, marks, the number of gaps.
pub fn table(model: &Model, scored: &Scored, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let focused = model.results.focus == Panel::SecurityLevels;
    let selected = model.results.target.min(scored.targets.len().saturating_sub(1));
    let header = tx.ui("col-target-zone");
    // As wide as the longest id (after the kind mark), at least the heading, at most 18.
    let id_width = scored
        .targets
        .iter()
        .map(|x| x.id.chars().count() + 2)
        .max()
        .unwrap_or(0)
        .max(header.chars().count())
        .clamp(8, 18);
    let mut lines = vec![
        Line::from(Span::styled(
            format!(
                "{:<w$}   {}{}",
                crate::tui::widgets::fit(&header, id_width),
                FR_NAMES.iter().map(|n| format!("{n:<CELL$}")).collect::<String>(),
                tx.ui("col-gap-short"),
                w = id_width
            ),
            t.dim,
        )),
        Line::from(Span::styled(tx.ui("results-levels-legend"), t.dim)),
    ];
    let height = usize::from(area.height.saturating_sub(4));
    let start = offset(scored.targets.len(), height, Some(selected));
    for (i, target) in scored.targets.iter().enumerate().skip(start).take(height) {
        let sl_t = scored.sl_target(i);
        let level = scored.levels(i).next();
        let kind = if target.conduit { "↔" } else { "▣" };
        let marks = format!(
            "{}{} ",
            if sl_t.is_some_and(|x| x.overridden) { "*" } else { " " },
            if sl_t.is_some_and(|x| !x.unassessed.is_empty()) {
                "!"
            } else {
                " "
            },
        );
        let style = if focused && i == selected {
            t.selected
        } else if i == selected {
            t.title
        } else {
            t.text
        };
        let id = crate::tui::widgets::fit(&target.id, id_width.saturating_sub(2));
        let mut spans = vec![
            Span::styled(format!("{kind} {id:<w$}", w = id_width - 2), style),
            Span::styled(marks, t.warn),
        ];
        for fr in 0..7 {
            spans.push(cell(model, sl_t.map(|x| x.vector[fr]), level.map(|l| l.sl_a[fr])));
        }
        let gaps = scored.gaps(i).count();
        spans.push(match level {
            None => Span::styled("-", t.dim),
            Some(_) if gaps == 0 => Span::styled("0", t.good),
            Some(_) => Span::styled(gaps.to_string(), t.bad),
        });
        lines.push(Line::from(spans));
    }
    if scored.targets.is_empty() {
        lines.push(Line::from(Span::styled(tx.ui("zones-empty"), t.dim)));
    }
    frame.render_widget(
        Paragraph::new(lines).block(block(model, "results-panel-levels", focused)),
        area,
    );
}

/// `text` broken into lines of at most `width` characters, at spaces where it can be.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while line.chars().count() > width {
            let rest: String = line.chars().skip(width).collect();
            lines.push(line.chars().take(width).collect());
            line = rest;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A row of the vector table: label, then one level per FR.
fn vector_row(model: &Model, label: &str, cells: Vec<Span<'static>>, note: Option<String>) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("  {label:<10}"), model.theme.text)];
    spans.extend(cells);
    if let Some(note) = note {
        spans.push(Span::styled(note, model.theme.warn));
    }
    Line::from(spans)
}

fn levels_of(v: &[u8; 7], style: Style) -> Vec<Span<'static>> {
    v.iter().map(|l| Span::styled(format!("{l:<CELL$}"), style)).collect()
}

fn achieved_of(model: &Model, l: &SecurityLevelResult) -> Vec<Span<'static>> {
    let t = &model.theme;
    let na = model.texts.ui("label-sl-na");
    let v: &SlAchieved = &l.sl_a;
    v.iter()
        .zip(l.gap)
        .map(|(a, gap)| {
            let text = a.map_or_else(|| na.clone(), |x| x.to_string());
            let style = match a {
                None => t.dim,
                Some(_) if gap > 0 => t.bad,
                Some(_) => t.good,
            };
            Span::styled(format!("{text:<CELL$}"), style)
        })
        .collect()
}

/// Why the SL-T: one line per FR, or for an override its justification once (every FR shares it).
fn reasons(model: &Model, sl_t: &SlTarget, width: usize, lines: &mut Vec<Line<'static>>) {
    let t = &model.theme;
    let tx = &model.texts;
    let risk_model = model
        .session
        .as_ref()
        .and_then(|s| s.assessment.risk_model.as_ref())
        .map(|m| m.id.as_str())
        .unwrap_or_default();
    lines.push(Line::from(Span::styled(tx.ui("col-sl-t-reasons"), t.title)));
    if sl_t.overridden {
        let text = sl_t
            .reasons
            .first()
            .and_then(|r| crate::report::describe_reason(r, risk_model, tx))
            .unwrap_or_default();
        lines.extend(
            wrap(&text, width.saturating_sub(2))
                .into_iter()
                .map(|l| Line::from(Span::styled(format!("  {l}"), t.text))),
        );
        // Why the model would derive what the "derived" row shows, so the override can be judged.
        // FRs with the same reason on one line, as the score and the workbook say it.
        if !sl_t.derived_reasons.is_empty() {
            lines.push(Line::from(Span::styled(
                format!("  {}", tx.ui("col-derived-reasons")),
                t.dim,
            )));
            for reason in crate::report::grouped_reasons(&sl_t.derived_reasons, risk_model, tx) {
                lines.extend(
                    wrap(&reason, width.saturating_sub(4))
                        .into_iter()
                        .map(|l| Line::from(Span::styled(format!("    {l}"), t.dim))),
                );
            }
        }
    } else {
        per_fr(model, risk_model, &sl_t.reasons, &sl_t.vector, width, t.text, lines);
    }
    if let Some(w) = crate::report::unassessed(sl_t, tx) {
        lines.extend(
            wrap(&format!("! {w}"), width)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, t.warn))),
        );
    }
}

/// One FR a line with its level and reason, longer reasons wrapped under their text.
fn per_fr(
    model: &Model,
    risk_model: &str,
    reasons: &[SlReason],
    levels: &[u8; 7],
    width: usize,
    style: Style,
    lines: &mut Vec<Line<'static>>,
) {
    const INDENT: usize = 9;
    for (fr, reason) in reasons.iter().enumerate().take(7) {
        let text = crate::report::describe_reason(reason, risk_model, &model.texts).unwrap_or_else(|| "-".into());
        for (k, part) in wrap(&text, width.saturating_sub(INDENT)).into_iter().enumerate() {
            let lead = if k == 0 {
                format!("  {:<4}{:<3}", FR_NAMES[fr], levels[fr])
            } else {
                " ".repeat(INDENT)
            };
            lines.push(Line::from(Span::styled(format!("{lead}{part}"), style)));
        }
    }
}

/// The selected zone or conduit: SL-T (and what the model derives, if set by hand) against SL-A,
/// the reasons, then every gap; the selected gap stays in view.
pub fn detail(model: &Model, scored: &Scored, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let focused = model.results.focus == Panel::Gaps;
    let width = usize::from(area.width.saturating_sub(2));
    let i = model.results.target.min(scored.targets.len().saturating_sub(1));
    let Some(target) = scored.targets.get(i) else {
        frame.render_widget(block(model, "results-panel-gaps", focused), area);
        return;
    };
    let a = model.session.as_ref().map(|s| &s.assessment);
    let name = a
        .and_then(|a| a.zone(&target.id).map(|z| z.name.clone()))
        .or_else(|| {
            a.and_then(|a| a.conduit(&target.id))
                .map(|c| format!("{} ↔ {}", c.from, c.to))
        })
        .unwrap_or_default();
    let mut lines = vec![
        Line::from(vec![
            Span::styled(target.id.clone(), t.title),
            Span::styled(format!("  {name}"), t.text),
        ]),
        Line::from(Span::styled(
            format!(
                "  {:<10}{}",
                "",
                FR_NAMES.iter().map(|n| format!("{n:<CELL$}")).collect::<String>()
            ),
            t.dim,
        )),
    ];
    let sl_t = scored.sl_target(i);
    match sl_t {
        Some(x) => {
            let note = x.overridden.then(|| tx.ui("label-sl-t-manual"));
            lines.push(vector_row(model, "SL-T", levels_of(&x.vector, t.text), note));
            if let Some(d) = x.derived {
                lines.push(vector_row(model, &tx.ui("results-derived"), levels_of(&d, t.dim), None));
            }
        }
        None => lines.push(vector_row(model, "SL-T", vec![Span::styled("-", t.dim)], None)),
    }
    let levels: Vec<&SecurityLevelResult> = scored.levels(i).collect();
    for l in &levels {
        lines.push(vector_row(model, "SL-A", achieved_of(model, l), None));
    }
    // The name, the FR header and the SL-T / SL-A rows stay in place; what follows scrolls.
    let pinned = lines.len();
    if let Some(x) = sl_t {
        reasons(model, x, width, &mut lines);
    }
    let gaps = scored.gaps(i).count();
    let (title, style) = if levels.is_empty() {
        (
            tx.ui_with("results-no-sl-a", &[("target", FluentValue::from(target.id.as_str()))]),
            t.dim,
        )
    } else if gaps == 0 {
        (tx.ui("results-no-gaps"), t.good)
    } else {
        (
            tx.ui_with("score-to-close", &[("count", FluentValue::from(gaps))]),
            t.title,
        )
    };
    lines.push(Line::from(Span::styled(title, style)));
    // Only the gaps in view are written out. Below the pinned rows, the reasons and the gaps
    // scroll so that the selected gap is in view (on a panel too short for that, all scrolls).
    let height = usize::from(area.height.saturating_sub(2));
    let pin = if height > pinned + 3 { pinned } else { 0 };
    let mut scrolled: Vec<Line> = lines.split_off(pin);
    let head = scrolled.len();
    let room = height - pin;
    let selected = focused.then(|| head + model.results.gap.min(gaps.saturating_sub(1)));
    let start = offset(head + gaps, room, selected);
    let first_gap = start.saturating_sub(head);
    let shown = (start + room).saturating_sub(head.max(start));
    lines.extend(scrolled.drain(..).skip(start));
    let (open, not_met) = (tx.ui("results-gap-open"), tx.ui("results-gap-not-met"));
    let state_width = open.chars().count().max(not_met.chars().count()).min(16);
    for (k, (q, g)) in scored.gaps(i).enumerate().skip(first_gap).take(shown) {
        let title = model
            .catalog
            .questionnaire(q)
            .and_then(|x| x.requirement(&g.requirement))
            .map(|r| tx.get(q, &r.key, Some("title")))
            .unwrap_or_default();
        let state = match g.state {
            Fulfilment::NotSatisfied => &not_met,
            _ => &open,
        };
        let text = format!(
            "  {:<14}{:<4} SL{}  {:<w$} {title}",
            g.requirement,
            FR_NAMES
                .get(usize::from(g.fr.saturating_sub(1)))
                .copied()
                .unwrap_or("?"),
            g.min_sl,
            crate::tui::widgets::fit(state, state_width),
            w = state_width
        );
        let style = if selected == Some(head + k) { t.selected } else { t.text };
        lines.push(Line::from(Span::styled(crate::tui::widgets::fit(&text, width), style)));
    }
    let title = format!("{} · {}", target.id, tx.ui("results-panel-gaps"));
    frame.render_widget(Paragraph::new(lines).block(titled(model, title, focused)), area);
}
