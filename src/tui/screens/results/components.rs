//! The results screen's components panel (62443-4-2), shown only when the assessment has
//! components: each component with its zone, SL-C per FR and where it comes from (assessed, or
//! declared with its certificate or the supplier's statement, or unknown), then the zone check of
//! every zone ("Z-CTRL FR 1: PLC-3 (SL-C 1) below SL-T 2"). Enter answers 62443-4-2 for the
//! selected component. Drawn from the session's score, never scoring here.

use crate::assessment::AnswerId;
use crate::component_text::{declared_source, shortfall_lines, sl_c_text, source_word};
use crate::scoring::capability::Source;
use crate::tui::model::Model;
use crate::tui::scored::Scored;
use crate::tui::screens::results::Panel;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Rows the panel needs with its border at `width`: the heading, the components (one row
/// each), a blank, the zone check's heading and its lines as wrapped.
pub fn rows_needed(model: &Model, scored: &Scored, width: u16) -> u16 {
    let check: Vec<Line> = shortfall_lines(&scored.score.zone_check, &model.texts)
        .into_iter()
        .map(Line::from)
        .collect();
    let check = crate::tui::widgets::wrapped_height(&check, width.saturating_sub(2)).max(1);
    u16::try_from(scored.score.components.len() + 3 + 2)
        .unwrap_or(u16::MAX)
        .saturating_add(check)
}

/// The answer Enter goes to: the first 62443-4-2 requirement asked of the selected component.
pub fn answer_id(model: &Model) -> Option<AnswerId> {
    let s = model.session.as_ref()?;
    let c = model.scored()?.score.components.get(model.results.component)?;
    let q = crate::scoring::capability::questionnaire(&s.assessment, &model.catalog)?;
    let r = q
        .requirements
        .iter()
        .find(|r| s.assessment.asks(r, Some(&c.component)))?;
    Some(AnswerId::new(&q.id, Some(&c.component), &r.id))
}

pub fn panel(model: &Model, scored: &Scored, frame: &mut Frame, area: Rect) {
    let (t, tx) = (&model.theme, &model.texts);
    let focused = model.results.focus == Panel::Components;
    let width = usize::from(area.width.saturating_sub(2));
    let selected = model
        .results
        .component
        .min(scored.score.components.len().saturating_sub(1));
    let mut lines = vec![Line::from(Span::styled(
        crate::tui::widgets::fit(&tx.ui("component-results-columns"), width),
        t.dim,
    ))];
    for (i, c) in scored.score.components.iter().enumerate() {
        let zone = if c.zone.is_empty() { "-" } else { c.zone.as_str() };
        let mut text = format!(
            "{:<10} {zone:<9} {:<18} {}",
            c.component,
            sl_c_text(c, tx),
            source_word(c.source, tx)
        );
        // Where a declared SL-C comes from, when it counts.
        if let (Source::Declared, Some(d)) = (c.source, &c.declared) {
            text.push_str(&format!(": {}", declared_source(d, tx)));
        }
        let style = match (focused && i == selected, c.source) {
            (true, _) => t.selected,
            (false, Source::Unknown) => t.warn,
            (false, _) => t.text,
        };
        lines.push(Line::from(Span::styled(crate::tui::widgets::fit(&text, width), style)));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(tx.ui("score-zone-check"), t.title)));
    let checked = !scored.score.sl_targets.is_empty()
        && scored
            .score
            .components
            .iter()
            .any(|c| scored.score.sl_targets.iter().any(|x| x.target == c.zone));
    if !checked {
        lines.push(Line::from(Span::styled(tx.ui("zone-check-no-target"), t.dim)));
    } else if scored.score.zone_check.is_empty() {
        lines.push(Line::from(Span::styled(tx.ui("zone-check-none"), t.good)));
    }
    for line in shortfall_lines(&scored.score.zone_check, tx) {
        lines.push(Line::from(Span::styled(line, t.bad)));
    }
    let height = usize::from(area.height.saturating_sub(2));
    // The component rows are cut to the width (one row each), so the selection's row is known.
    let start = super::view::offset(lines.len(), height, focused.then_some(selected + 1));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(start).unwrap_or(0), 0))
            .block(super::view::block(model, "results-panel-components", focused)),
        area,
    );
}
