//! The zones screen: zones and conduits with their SL-T and SL-A, the threat scenarios of the one
//! selected, and the risk matrices (unmitigated and residual) with those scenarios on them.
//!
//! The key hints and the scenario list always stay in view: the matrices take a band across the
//! bottom only when the panels above keep enough rows (their cells grow with the terminal), the
//! zone list and the scenario list scroll to their selection, and the details are cut last-first
//! with a note that J and K scroll them.

use super::heat_map;
use crate::assessment::FR_NAMES;
use crate::scoring::Score;
use crate::scoring::security_level::level_text;
use crate::tui::model::{Model, Session};
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// Rows the zone list, details and scenarios keep before the matrices get a band.
const PANELS_MIN: u16 = 10;
/// Rows the details keep (with their border) before the scenario list grows.
const DETAIL_MIN: u16 = 7;

pub fn zones(model: &Model, frame: &mut Frame, area: Rect) {
    let Some(s) = &model.session else { return };
    if s.zone_diagram.shown {
        super::diagram::view::draw(model, s, frame, area);
        if let Some(f) = &s.form {
            crate::tui::forms::view::form(model, f, frame, area);
        }
        return;
    }
    let t = &model.theme;
    let diagram_key = model.keymap.name(crate::tui::keymap::Action::Diagram);
    let hint = model
        .texts
        .ui_with("zones-keys-diagram", &[("key", diagram_key.into())]);
    let keys = Line::from(Span::styled(
        format!("{} · {hint}", model.texts.ui("zones-keys")),
        t.dim,
    ));
    let keys_height = crate::tui::widgets::wrapped_height(std::slice::from_ref(&keys), area.width).min(area.height / 3);
    let [main, keys_area] = Layout::vertical([Constraint::Min(0), Constraint::Length(keys_height)]).areas(area);
    frame.render_widget(Paragraph::new(keys).wrap(Wrap { trim: true }), keys_area);

    let target = s.selected_target();
    // The components do not push the matrices out: where the two lists do not both fit beside
    // the details, the one in focus is shown (below).
    let plan = target
        .as_ref()
        .and_then(|_| heat_map::plan(model, main.width, main.height, PANELS_MIN));
    // Without room for the matrices, one line says so (only when there is a matrix to show).
    let band_height = match (plan, &target) {
        (Some(p), _) => p.height,
        (None, Some(_)) if s.assessment.risk_model.is_some() && main.height > PANELS_MIN => 1,
        _ => 0,
    };
    let [panels, band] = Layout::vertical([Constraint::Min(0), Constraint::Length(band_height)]).areas(main);
    let left_width = (panels.width * 34 / 100).clamp(22, 40);
    let [left, right] = Layout::horizontal([Constraint::Length(left_width), Constraint::Min(0)]).areas(panels);
    target_list(model, s, frame, left);
    // Scored once per change of the assessment (scored.rs), never here.
    let score = model.scored().map(|x| &x.score);
    if let (Some(target), Some(score)) = (&target, score) {
        let scenarios_want = s.scenarios_of(target).count().max(1) as u16 + 2;
        let room = right.height.saturating_sub(DETAIL_MIN).max(3);
        // The component list only once the assessment has components (p adds the first). The two
        // lists share the rows the details leave, each keeping at least one entry in view; too
        // short for both (80x24 with the matrices, 60x16), the one in focus (or the only one with
        // entries) takes them all and Tab brings the other.
        let components_want = if s.assessment.components.is_empty() {
            0
        } else {
            super::components::height(s, target)
        };
        let (component_rows, scenario_rows) = if components_want == 0 {
            (0, scenarios_want.min(room))
        } else if room < 6 && (s.component_cursor.is_some() || s.scenarios_of(target).next().is_none()) {
            (components_want.min(room), 0)
        } else if room < 6 {
            (0, scenarios_want.min(room))
        } else {
            let components = components_want.min(room.saturating_sub(scenarios_want.min(room / 2)).max(3));
            (components, scenarios_want.min(room.saturating_sub(components).max(3)))
        };
        let [detail, components, scenarios] = Layout::vertical([
            Constraint::Min(0),
            Constraint::Length(component_rows),
            Constraint::Length(scenario_rows),
        ])
        .areas(right);
        details(model, s, score, target, frame, detail);
        if component_rows > 0 {
            super::components::draw(model, s, Some(score), target, frame, components);
        }
        if scenario_rows > 0 {
            scenario_list(model, s, score, target, frame, scenarios);
        }
        match plan {
            Some(p) => heat_map::draw(model, target, p, frame, band),
            None => frame.render_widget(
                Paragraph::new(Span::styled(model.texts.ui("zones-matrix-hidden"), t.dim)),
                band,
            ),
        }
    } else {
        frame.render_widget(Block::default().borders(Borders::ALL).border_style(t.border), right);
    }
    if let Some(f) = &s.form {
        crate::tui::forms::view::form(model, f, frame, area);
    }
}

/// The first of `count` rows to show in `rows` so that `selected` is in view.
pub(super) fn first_shown(selected: Option<usize>, rows: u16) -> usize {
    let rows = usize::from(rows.max(1));
    selected.map_or(0, |i| (i + 1).saturating_sub(rows))
}

/// Zones, then conduits; the list scrolls so that the selected one is in view.
fn target_list(model: &Model, s: &Session, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let a = &s.assessment;
    let mut lines = Vec::new();
    if a.zones.is_empty() {
        lines.push(Line::from(Span::styled(model.texts.ui("zones-empty"), t.dim)));
    }
    // Only the rows in view are made: a plant of hundreds of zones costs a screenful, not a list.
    let rows = usize::from(area.height.saturating_sub(2));
    let first = first_shown(Some(s.zone_cursor), area.height.saturating_sub(2));
    for (i, id) in s.target_ids().iter().enumerate().skip(first).take(rows) {
        let zone = a.zone(id);
        let name = zone
            .map(|z| z.name.clone())
            .or_else(|| a.conduit(id).map(|c| format!("{} ↔ {}", c.from, c.to)))
            .unwrap_or_default();
        let kind = if zone.is_some() { "▣" } else { "↔" };
        // With more than one system under consideration, each line says whose it is.
        let system = match a.system_of_target(id) {
            Some(sys) if a.systems.len() > 1 => format!("  [{sys}]"),
            _ => String::new(),
        };
        let style = if i == s.zone_cursor && s.scenario_cursor.is_none() && s.component_cursor.is_none() {
            t.selected
        } else {
            t.text
        };
        lines.push(Line::from(Span::styled(
            format!("{kind} {id:<6} {name}{system}"),
            style,
        )));
    }
    let title = Span::styled(model.texts.ui("zones-title"), t.title);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.border)
                .title(title),
        ),
        area,
    );
}

/// The selected zone or conduit's details, from the line scrolled to (J / K).
fn details(model: &Model, s: &Session, score: &Score, target: &str, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let d = detail_lines(model, s, score, target, area.width);
    let block = Block::default().borders(Borders::ALL).border_style(t.border);
    let inner = block.inner(area);
    // Scrolled by J / K on small terminals: a line above says there is more above.
    let scroll = s.zone_detail_scroll.min(d.len().saturating_sub(1));
    let mut shown: Vec<Line<'static>> = Vec::new();
    if scroll > 0 {
        let key = model.keymap.name(crate::tui::keymap::Action::ScrollAnswerUp);
        shown.push(Line::from(Span::styled(
            tx.ui_with("zones-more-above", &[("key", key.into())]),
            t.dim,
        )));
    }
    shown.extend(d.into_iter().skip(scroll));
    let key = model.keymap.name(crate::tui::keymap::Action::ScrollAnswerDown);
    let more = tx.ui_with("zones-more", &[("key", key.into())]);
    let lines = cut_to(shown, inner, Line::from(Span::styled(more, t.dim)));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), area);
}

/// How many lines the details of the selected zone or conduit have (J stops at the last).
pub fn detail_line_count(model: &Model) -> usize {
    let (Some(s), Some(scored)) = (model.session.as_ref(), model.scored()) else {
        return 0;
    };
    s.selected_target()
        // The number of lines does not depend on the width (only their columns do).
        .map_or(0, |target| {
            detail_lines(model, s, &scored.score, &target, model.size.0).len()
        })
}

/// The details of `target`: SL-T and SL-A first (they matter most), then what is left to close,
/// its system and assets, and why each FR of the SL-T has its level.
fn detail_lines(model: &Model, s: &Session, score: &Score, target: &str, width: u16) -> Vec<Line<'static>> {
    let t = &model.theme;
    let tx = &model.texts;
    let a = &s.assessment;
    let mut d = Vec::new();
    let title = a
        .zone(target)
        .map(|z| z.name.clone())
        .or_else(|| a.conduit(target).map(|c| c.name.clone()))
        .unwrap_or_default();
    d.push(Line::from(Span::styled(format!("{target}  {title}"), t.title)));
    // Seven columns of five, or of four where the panel is narrow (60 columns), one line each.
    let (label, column) = if width >= 2 + 8 + 7 * 5 { (8, 5) } else { (5, 4) };
    let header: String = FR_NAMES.iter().map(|n| format!("{n:<column$}")).collect();
    d.push(Line::from(Span::styled(format!("{:label$}{header}", ""), t.dim)));
    let sl_t = score.sl_targets.iter().find(|x| x.target == target);
    if let Some(x) = sl_t {
        let spaced: String = x.vector.iter().map(|l| format!("{l:<column$}")).collect();
        d.push(Line::from(Span::styled(format!("{:label$}{spaced}", "SL-T"), t.text)));
    }
    let mut zone_check = super::components::zone_check_lines(model, a, score, target);
    if let Some(x) = score.security_levels.iter().find(|x| x.target == target) {
        let mut spans = vec![Span::styled(format!("{:label$}", "SL-A"), t.text)];
        for (i, l) in x.sl_a.iter().enumerate() {
            let text = level_text(*l, &tx.ui("label-sl-na"));
            let ok = x.gap.get(i) == Some(&0);
            spans.push(Span::styled(
                format!("{text:<column$}"),
                if ok { t.good } else { t.bad },
            ));
        }
        d.push(Line::from(spans));
        // The components of a zone against its SL-T: what holds the zone back comes first.
        d.append(&mut zone_check);
        if !x.to_close.is_empty() {
            let ids: Vec<&str> = x.to_close.iter().take(6).map(|g| g.requirement.as_str()).collect();
            let more = if x.to_close.len() > 6 { ", …" } else { "" };
            let count = tx.ui_with("score-to-close", &[("count", FluentValue::from(x.to_close.len()))]);
            d.push(Line::from(Span::styled(
                format!("{count}: {}{more}", ids.join(", ")),
                t.warn,
            )));
        }
    }
    // Without SL-A (no 62443-3-3 answered for it), after the SL-T.
    d.append(&mut zone_check);
    if let Some(sys) = a.system_of_target(target).and_then(|id| a.system(id)) {
        let text = format!("{}{}  {}", tx.label("label-system"), sys.id, sys.name);
        d.push(Line::from(Span::styled(text, t.dim)));
    }
    if let Some(line) = layer_line(model, a, target) {
        d.push(Line::from(Span::styled(line, t.dim)));
    }
    if let Some(z) = a.zone(target)
        && !z.assets.is_empty()
    {
        let text = format!("{}{}", tx.label("label-assets"), z.assets.join(", "));
        d.push(Line::from(Span::styled(text, t.dim)));
    }
    if let Some(x) = sl_t {
        // Every reason, FR by FR; a warning where no scenario assessed an FR.
        let model_id = a.risk_model.as_ref().map(|m| m.id.as_str()).unwrap_or_default();
        for line in crate::report::explain(x, model_id, tx) {
            let style = if line.starts_with('!') { t.warn } else { t.dim };
            d.push(Line::from(Span::styled(line, style)));
        }
    }
    d
}

/// "Layer: Basic control (1)" for a zone, "(from the conduits)" after it when the assessor set
/// none; from the layers scored once per change (scored.rs), never computed here.
fn layer_line(model: &Model, a: &crate::assessment::Assessment, target: &str) -> Option<String> {
    let tx = &model.texts;
    let i = a.zones.iter().position(|z| z.id == target)?;
    let placement = model.scored()?.layers.get(i)?;
    let name = tx.ui(&placement.layer.message_id());
    let layer = if placement.from_conduits {
        tx.ui_with("zones-layer-from-conduits", &[("layer", name.into())])
    } else {
        name
    };
    Some(format!("{}{layer}", tx.label("zones-layer")))
}

/// `lines` as far as they fit in `area` wrapped; when they do not, the last row says `more`.
fn cut_to(lines: Vec<Line<'static>>, area: Rect, more: Line<'static>) -> Vec<Line<'static>> {
    if crate::tui::widgets::wrapped_height(&lines, area.width) <= area.height {
        return lines;
    }
    let mut kept: Vec<Line> = Vec::new();
    for line in lines {
        kept.push(line);
        if crate::tui::widgets::wrapped_height(&kept, area.width) + 1 > area.height {
            kept.pop();
            break;
        }
    }
    kept.push(more);
    kept
}

/// The selected target's threat scenarios, one row each, with their unmitigated and residual
/// risk level in the level's colour; the list scrolls so that the selected one is in view.
fn scenario_list(model: &Model, s: &Session, score: &Score, target: &str, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let risk_model = s.assessment.risk_model.as_ref();
    let label = |level: &str| {
        let domain = format!("risk-{}", risk_model.map(|m| m.id.as_str()).unwrap_or_default());
        tx.get(&domain, &format!("risk-{level}"), Some("label"))
    };
    let level_style = |level: &str| match risk_model {
        Some(m) => heat_map::level_style(t, m, level),
        None => t.dim,
    };
    let mut lines = Vec::new();
    for (i, sc) in s.scenarios_of(target).enumerate() {
        let selected = s.scenario_cursor == Some(i);
        let line_style = if selected { t.selected } else { t.text };
        let mut spans = vec![Span::styled(
            format!(" {} L{} I{} ", sc.id, sc.likelihood, sc.impact),
            line_style,
        )];
        match score.risks.iter().find(|r| r.scenario == sc.id) {
            Some(r) => {
                spans.push(Span::styled(
                    format!(" {} ", label(&r.unmitigated)),
                    level_style(&r.unmitigated),
                ));
                if let Some(residual) = &r.residual {
                    spans.push(Span::styled(" → ", line_style));
                    spans.push(Span::styled(format!(" {} ", label(residual)), level_style(residual)));
                }
            }
            None => spans.push(Span::styled("?", t.dim)),
        }
        spans.push(Span::styled(format!(" {}", sc.threat), line_style));
        lines.push(Line::from(spans));
    }
    let count = lines.len();
    list(
        model,
        &tx.ui("zones-scenarios"),
        lines,
        count,
        s.scenario_cursor,
        frame,
        area,
    );
}

/// A list of `count` entries (`lines`, or one line saying there are none) in a box titled `title`,
/// scrolled so that `selected` is in view; when some are out of view, the border says which
/// show ("1-3 / 4").
pub(super) fn list(
    model: &Model,
    title: &str,
    mut lines: Vec<Line<'static>>,
    count: usize,
    selected: Option<usize>,
    frame: &mut Frame,
    area: Rect,
) {
    let t = &model.theme;
    let rows = area.height.saturating_sub(2);
    let first = first_shown(selected, rows).min(lines.len());
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(Span::styled(title.to_string(), t.title));
    let last = (first + usize::from(rows)).min(count);
    if last - first < count {
        let shown = format!(" {}-{last} / {count} ", first + 1);
        block = block.title_bottom(Line::from(Span::styled(shown, t.warn)).right_aligned());
    }
    frame.render_widget(Paragraph::new(lines.split_off(first)).block(block), area);
}
