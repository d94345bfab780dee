//! The zones screen: zones and conduits with their SL-T and SL-A, the threat scenarios of the one
//! selected, and the risk matrix as a heat map with those scenarios on it.

use super::super::model::Model;
use crate::assessment::FR_NAMES;
use crate::scoring::security_level::level_text;
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn zones(model: &Model, frame: &mut Frame, area: Rect) {
    let Some(s) = &model.session else { return };
    let t = &model.theme;
    let tx = &model.texts;
    let a = &s.assessment;
    // Scored once per change of the assessment (scored.rs), never here.
    let Some(score) = super::super::scored::current(model).map(|x| &x.score) else {
        return;
    };
    let left_width = (area.width * 34 / 100).clamp(22, 40);
    let [left, right] = Layout::horizontal([Constraint::Length(left_width), Constraint::Min(20)]).areas(area);

    let mut lines = Vec::new();
    if a.zones.is_empty() {
        lines.push(Line::from(Span::styled(tx.ui("zones-empty"), t.dim)));
    }
    for (i, id) in s.target_ids().iter().enumerate() {
        let name = a
            .zone(id)
            .map(|z| z.name.clone())
            .or_else(|| a.conduit(id).map(|c| format!("{} ↔ {}", c.from, c.to)))
            .unwrap_or_default();
        let kind = if a.zone(id).is_some() { "▣" } else { "↔" };
        // With more than one system under consideration, each line says whose it is.
        let system = match a.system_of_target(id) {
            Some(sys) if a.systems.len() > 1 => format!("  [{sys}]"),
            _ => String::new(),
        };
        let style = if i == s.zone_cursor && s.scenario_cursor.is_none() {
            t.selected
        } else {
            t.text
        };
        lines.push(Line::from(Span::styled(
            format!("{kind} {id:<6} {name}{system}"),
            style,
        )));
    }
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.border)
                .title(tx.ui("zones-title")),
        ),
        left,
    );

    let Some(target) = s.selected_target() else {
        frame.render_widget(
            Paragraph::new(tx.ui("zones-keys"))
                .style(t.dim)
                .wrap(Wrap { trim: true })
                .block(Block::default().borders(Borders::ALL).border_style(t.border)),
            right,
        );
        draw_overlays(model, frame, area);
        return;
    };
    let matrix_height = a
        .risk_model
        .as_ref()
        .map(|m| m.likelihood.levels.len() as u16 + 3)
        .unwrap_or(0);
    let [detail, matrix] = Layout::vertical([Constraint::Min(6), Constraint::Length(matrix_height)]).areas(right);

    let mut d = Vec::new();
    let title = a
        .zone(&target)
        .map(|z| z.name.clone())
        .or_else(|| a.conduit(&target).map(|c| c.name.clone()))
        .unwrap_or_default();
    d.push(Line::from(vec![
        Span::styled(format!("{target}  "), t.title),
        Span::styled(title, t.title),
    ]));
    let system = a.system_of_target(&target).and_then(|id| a.system(id));
    if let Some(sys) = system {
        d.push(Line::from(Span::styled(
            format!("{}{}  {}", tx.label("label-system"), sys.id, sys.name),
            t.dim,
        )));
    }
    if let Some(z) = a.zone(&target)
        && !z.assets.is_empty()
    {
        d.push(Line::from(Span::styled(
            format!("{}{}", tx.label("label-assets"), z.assets.join(", ")),
            t.dim,
        )));
    }
    d.push(Line::from(Span::styled(
        format!("        {}", FR_NAMES.join("  ")),
        t.dim,
    )));
    let sl_t = score.sl_targets.iter().find(|x| x.target == target);
    let sl_a = score.security_levels.iter().find(|x| x.target == target);
    if let Some(x) = sl_t {
        let spaced: String = x.vector.iter().map(|l| format!("{l:<5}")).collect();
        d.push(Line::from(vec![
            Span::styled("SL-T    ".to_string(), t.text),
            Span::styled(spaced, t.text),
        ]));
    }
    if let Some(x) = sl_a {
        let mut spans = vec![Span::styled("SL-A    ".to_string(), t.text)];
        for (i, l) in x.sl_a.iter().enumerate() {
            let ok = x.gap[i] == 0;
            let text = level_text(*l, &tx.ui("label-sl-na"));
            spans.push(Span::styled(format!("{text:<5}"), if ok { t.good } else { t.bad }));
        }
        d.push(Line::from(spans));
        if !x.to_close.is_empty() {
            let ids: Vec<&str> = x.to_close.iter().take(6).map(|g| g.requirement.as_str()).collect();
            let more = if x.to_close.len() > 6 { ", …" } else { "" };
            d.push(Line::from(Span::styled(
                format!(
                    "{}: {}{more}",
                    tx.ui_with("score-to-close", &[("count", FluentValue::from(x.to_close.len()))]),
                    ids.join(", ")
                ),
                t.warn,
            )));
        }
    }
    if let Some(x) = sl_t {
        // Every reason, FR by FR; a warning where no scenario assessed an FR.
        let model_id = a.risk_model.as_ref().map(|m| m.id.as_str()).unwrap_or_default();
        for line in crate::report::explain(x, model_id, tx) {
            let style = if line.starts_with('!') { t.warn } else { t.dim };
            d.push(Line::from(Span::styled(line, style)));
        }
    }
    d.push(Line::from(""));
    d.push(Line::from(Span::styled(tx.ui("zones-scenarios"), t.title)));
    let risks = &score.risks;
    for (i, sc) in s.scenarios_of(&target).enumerate() {
        let risk = risks.iter().find(|r| r.scenario == sc.id);
        let domain = format!(
            "risk-{}",
            a.risk_model.as_ref().map(|m| m.id.as_str()).unwrap_or_default()
        );
        let label = |level: &str| tx.get(&domain, &format!("risk-{level}"), Some("label"));
        let (level, style): (String, Style) = match risk {
            Some(r) if r.unmitigated_tolerable => (label(&r.unmitigated), t.good),
            Some(r) => (label(&r.unmitigated), t.bad),
            None => ("?".into(), t.dim),
        };
        let residual = risk
            .and_then(|r| r.residual.clone())
            .map(|r| format!(" → {}", label(&r)))
            .unwrap_or_default();
        let selected = s.scenario_cursor == Some(i);
        let line_style = if selected { t.selected } else { t.text };
        d.push(Line::from(vec![
            Span::styled(format!("  {} L{} I{} ", sc.id, sc.likelihood, sc.impact), line_style),
            Span::styled(format!("{level}{residual} "), if selected { t.selected } else { style }),
            Span::styled(sc.threat.clone(), line_style),
        ]));
    }
    d.push(Line::from(""));
    d.push(Line::from(Span::styled(tx.ui("zones-keys"), t.dim)));
    frame.render_widget(
        Paragraph::new(d)
            .wrap(Wrap { trim: false })
            .block(Block::default().borders(Borders::ALL).border_style(t.border)),
        detail,
    );
    heat_map(model, &target, frame, matrix);
    draw_overlays(model, frame, area);
}

fn draw_overlays(model: &Model, frame: &mut Frame, area: Rect) {
    let Some(s) = &model.session else { return };
    if let Some(f) = &s.form {
        super::form::form(model, f, frame, area);
    }
}

/// The risk matrix: likelihood up, impact across, each cell coloured by its risk level and showing
/// how many of this target's scenarios sit there (unmitigated).
fn heat_map(model: &Model, target: &str, frame: &mut Frame, area: Rect) {
    let Some(s) = &model.session else { return };
    let Some(m) = &s.assessment.risk_model else { return };
    let t = &model.theme;
    let mut lines = Vec::new();
    let cell = |level: &str| -> Style {
        match m.risk_levels.iter().position(|l| l.id == level) {
            Some(i) if m.risk_levels[i].tolerable => t.good,
            Some(i) if i + 1 == m.risk_levels.len() => t.bad,
            _ => t.warn,
        }
    };
    for l in (1..=m.likelihood.levels.len()).rev() {
        let mut spans = vec![Span::styled(format!(" L{l} "), t.dim)];
        for i in 1..=m.impact.levels.len() {
            let level = m.risk_level(l as u8, i as u8).map(|r| r.id.clone()).unwrap_or_default();
            let n = s
                .scenarios_of(target)
                .filter(|x| usize::from(x.likelihood) == l && usize::from(x.impact) == i)
                .count();
            let text = if n > 0 { format!(" {n:^3}") } else { "  · ".to_string() };
            spans.push(Span::styled(
                text,
                cell(&level).add_modifier(ratatui::style::Modifier::REVERSED),
            ));
        }
        lines.push(Line::from(spans));
    }
    let axis: String = (1..=m.impact.levels.len()).map(|i| format!(" I{i:<2}")).collect();
    lines.push(Line::from(Span::styled(format!("    {axis}"), t.dim)));
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.border)
                .title(model.texts.ui("zones-matrix")),
        ),
        area,
    );
}
