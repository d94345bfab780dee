//! The risk matrices of the zones screen: the unmitigated risk and the residual risk of the
//! selected zone or conduit's threat scenarios side by side, each cell in the colour of the risk
//! model's level there and showing how many scenarios sit in it, with a legend of the levels.
//! The cells grow with the terminal.

use crate::assessment::Scenario;
use crate::catalog::risk_model::RiskModel;
use crate::scoring::risk::Rating;
use crate::tui::model::Model;
use crate::tui::theme::Theme;
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// Columns before the first cell: "L5 ".
const ROW_LABEL: u16 = 3;
/// The smallest cell: three columns of colour and a gap.
const MIN_CELL_WIDTH: u16 = 4;
const MAX_CELL_WIDTH: u16 = 12;
const MAX_CELL_HEIGHT: u16 = 3;

/// How the matrices are laid out in the room they have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub cell_width: u16,
    pub cell_height: u16,
    /// The legend beside the matrices, or (false) below them.
    pub legend_beside: bool,
    pub legend_width: u16,
    pub height: u16,
}

/// The style of the risk level `id` of `m`: its own colour in the theme.
pub fn level_style(theme: &Theme, m: &RiskModel, id: &str) -> Style {
    match m.risk_rank(id) {
        Some(i) => theme.risk_level(i, m.risk_levels.len()),
        None => theme.dim,
    }
}

fn level_label(model: &Model, m: &RiskModel, id: &str) -> String {
    model
        .texts
        .get(&format!("risk-{}", m.id), &format!("risk-{id}"), Some("label"))
}

/// The legend: a swatch and the label of each level (tolerable ones said so), and what the
/// numbers in the cells count.
fn legend(model: &Model, m: &RiskModel) -> Vec<Line<'static>> {
    let t = &model.theme;
    let tx = &model.texts;
    let mut lines = vec![Line::from(Span::styled(tx.ui("zones-legend"), t.title))];
    for (i, level) in m.risk_levels.iter().enumerate() {
        let style = t.risk_level(i, m.risk_levels.len());
        let fill = t.risk_fill(i, m.risk_levels.len());
        let mut label = level_label(model, m, &level.id);
        if level.tolerable {
            label = format!("{label} ({})", tx.ui("risk-tolerable"));
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{fill}{fill}"), style),
            Span::styled(format!(" {label}"), t.text),
        ]));
    }
    lines.push(Line::from(Span::styled(tx.ui("zones-legend-count"), t.dim)));
    lines
}

/// The legend's lines as one line (for below the matrices), its entries apart.
fn in_one_line(lines: &[Line<'static>], t: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled("  ", t.text));
        }
        spans.extend(line.spans.iter().cloned());
    }
    Line::from(spans)
}

fn text_width(lines: &[Line]) -> u16 {
    let widest = lines.iter().map(Line::width).max().unwrap_or(0);
    u16::try_from(widest).unwrap_or(u16::MAX)
}

fn matrix_width(m: &RiskModel, cell_width: u16) -> u16 {
    2 + ROW_LABEL + cell_width * m.impact.levels.len() as u16
}

fn matrix_height(m: &RiskModel, cell_height: u16) -> u16 {
    // Borders, the cells, the impact axis.
    2 + cell_height * m.likelihood.levels.len() as u16 + 1
}

/// The layout of the matrices in `width` columns, given that they may take `height` rows and
/// must leave `keep` of them to the panels above; None when there is no risk model or no room.
pub fn plan(model: &Model, width: u16, height: u16, keep: u16) -> Option<Plan> {
    let m = model.session.as_ref()?.assessment.risk_model.as_ref()?;
    let legend = legend(model, m);
    let legend_width = text_width(&legend) + 1;
    let room = height.saturating_sub(keep);
    let cell_height = (1..=MAX_CELL_HEIGHT).rev().find(|&h| matrix_height(m, h) <= room)?;
    let fits = |w: u16, legend: u16| 2 * matrix_width(m, w) + legend <= width;
    let beside = fits(MIN_CELL_WIDTH, legend_width);
    let legend_room = if beside { legend_width } else { 0 };
    let cell_width = (MIN_CELL_WIDTH..=MAX_CELL_WIDTH)
        .rev()
        .find(|&w| fits(w, legend_room))?;
    let below = if beside {
        0
    } else {
        crate::tui::widgets::wrapped_height(&[in_one_line(&legend, &model.theme)], width)
    };
    let height = matrix_height(m, cell_height).max(if beside { legend.len() as u16 } else { 0 }) + below;
    (height <= room).then_some(Plan {
        cell_width,
        cell_height,
        legend_beside: beside,
        legend_width,
        height,
    })
}

/// Draw both matrices and the legend for `target` into `area` as `plan` says.
pub fn draw(model: &Model, target: &str, plan: Plan, frame: &mut Frame, area: Rect) {
    let Some(s) = &model.session else { return };
    let Some(m) = &s.assessment.risk_model else { return };
    let width = matrix_width(m, plan.cell_width);
    let legend_width = if plan.legend_beside { plan.legend_width } else { 0 };
    let [maps, below] = Layout::vertical([
        Constraint::Length(matrix_height(m, plan.cell_height)),
        Constraint::Min(0),
    ])
    .areas(area);
    let [unmitigated, residual, beside, _] = Layout::horizontal([
        Constraint::Length(width),
        Constraint::Length(width),
        Constraint::Length(legend_width),
        Constraint::Min(0),
    ])
    .areas(maps);
    let scenarios: Vec<&Scenario> = s.scenarios_of(target).collect();
    matrix(model, m, &scenarios, Rating::Unmitigated, plan, frame, unmitigated);
    matrix(model, m, &scenarios, Rating::Residual, plan, frame, residual);
    let lines = legend(model, m);
    if plan.legend_beside {
        let inner = Rect {
            x: beside.x + 1,
            width: beside.width.saturating_sub(1),
            ..area
        };
        frame.render_widget(Paragraph::new(lines), inner);
    } else {
        let line = in_one_line(&lines, &model.theme);
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), below);
    }
}

/// One matrix: likelihood up, impact across; a cell's number counts the scenarios there.
fn matrix(
    model: &Model,
    m: &RiskModel,
    scenarios: &[&Scenario],
    rating: Rating,
    plan: Plan,
    frame: &mut Frame,
    area: Rect,
) {
    let t = &model.theme;
    let tx = &model.texts;
    let (title, unrated) = match rating {
        Rating::Unmitigated => ("zones-matrix-unmitigated", 0),
        Rating::Residual => (
            "zones-matrix-residual",
            scenarios.iter().filter(|s| rating.cell(s).is_none()).count(),
        ),
    };
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(Span::styled(tx.ui(title), t.title));
    if unrated > 0 {
        let text = tx.ui_with("zones-residual-unrated", &[("count", FluentValue::from(unrated))]);
        block = block.title_bottom(Span::styled(text, t.warn));
    }
    let (w, h) = (usize::from(plan.cell_width), usize::from(plan.cell_height));
    // Each cell: colour, then a column (and with room a row) of gap that keeps the grid apart.
    let (colour_w, colour_h) = (w - 1, if h > 1 { h - 1 } else { 1 });
    let levels = m.risk_levels.len();
    let mut lines = Vec::new();
    for l in (1..=m.likelihood.levels.len()).rev() {
        for row in 0..h {
            let label = if row == (colour_h - 1) / 2 {
                format!("L{l}")
            } else {
                String::new()
            };
            let mut spans = vec![Span::styled(format!("{label:<3}"), t.dim)];
            for i in 1..=m.impact.levels.len() {
                if row >= colour_h {
                    spans.push(Span::styled(" ".repeat(w), t.text));
                    continue;
                }
                let at = (l as u8, i as u8);
                let rank = m.risk_level(at.0, at.1).and_then(|r| m.risk_rank(&r.id)).unwrap_or(0);
                let n = scenarios.iter().filter(|s| rating.cell(s) == Some(at)).count();
                let fill = t.risk_fill(rank, levels);
                let text = if n > 0 && row == (colour_h - 1) / 2 {
                    let digits = n.to_string();
                    // Spaces around the number in colour; without colours the shading stays.
                    let number = match digits.chars().count() {
                        d if d + 2 <= colour_w && fill == ' ' => format!(" {digits} "),
                        d if d <= colour_w => digits,
                        _ => "+".repeat(colour_w),
                    };
                    let side = colour_w.saturating_sub(number.chars().count());
                    let left = side / 2;
                    let fills = |k: usize| fill.to_string().repeat(k);
                    format!("{}{number}{}", fills(left), fills(side - left))
                } else {
                    fill.to_string().repeat(colour_w)
                };
                spans.push(Span::styled(text, t.risk_level(rank, levels)));
                spans.push(Span::styled(" ", t.text));
            }
            lines.push(Line::from(spans));
        }
    }
    let axis: String = (1..=m.impact.levels.len())
        .map(|i| format!("{:^colour_w$} ", format!("I{i}")))
        .collect();
    lines.push(Line::from(Span::styled(format!("   {axis}"), t.dim)));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
