//! The zones screen's component list (62443-4-2): the components of the selected zone, then those
//! not placed in any zone yet (so they can be placed), each with its SL-C per FR and where it comes
//! from; its keys (move, edit, delete, Enter answers 62443-4-2 for it); and the zone check of the
//! selected zone as lines for its details ("Z-CTRL FR 1: PLC-3 (SL-C 1) below SL-T 2").

use crate::assessment::{Assessment, Component};
use crate::catalog::Scope;
use crate::scoring::Score;
use crate::tui::dialog::Deletion;
use crate::tui::forms::form::Purpose;
use crate::tui::model::{Model, Session};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The components listed for `target`: those in it (a zone), then those in no zone.
pub fn listed<'a>(a: &'a Assessment, target: &'a str) -> Vec<&'a Component> {
    let mut out: Vec<&Component> = if a.zone(target).is_some() {
        a.components_in(target).collect()
    } else {
        Vec::new()
    };
    out.extend(a.components.iter().filter(|c| c.zone.is_empty()));
    out
}

/// The id of the component selected in the list.
fn selected(s: &Session) -> Option<String> {
    let target = s.selected_target()?;
    let i = s.component_cursor?;
    listed(&s.assessment, &target).get(i).map(|c| c.id.clone())
}

/// `p` on the zones screen: a new component, in the selected zone if a zone is selected.
pub fn add(model: &mut Model) {
    let zone = model
        .session
        .as_ref()
        .and_then(|s| s.selected_target().filter(|t| s.assessment.zone(t).is_some()))
        .unwrap_or_default();
    super::open_form(model, Purpose::NewComponent { zone });
}

/// A key while the component list has focus; `None` when the key is not the list's.
pub fn key(model: &mut Model, k: KeyEvent) -> Option<()> {
    let s = model.session.as_mut()?;
    let count = s.selected_target().map_or(0, |t| listed(&s.assessment, &t).len());
    // The list shrinks when a component moves to another zone or is deleted.
    let i = s.component_cursor?.min(count.saturating_sub(1));
    s.component_cursor = Some(i);
    match k.code {
        KeyCode::Up | KeyCode::Char('k') => s.component_cursor = Some(i.saturating_sub(1)),
        KeyCode::Down | KeyCode::Char('j') => s.component_cursor = Some((i + 1).min(count.saturating_sub(1))),
        KeyCode::Char('e') => {
            let id = selected(s)?;
            super::open_form(model, Purpose::EditComponent(id));
        }
        KeyCode::Char('d') | KeyCode::Delete => {
            let id = selected(s)?;
            model.dialog = Some(crate::tui::dialog::delete(&model.texts, Deletion::Component(id)));
        }
        KeyCode::Enter => answer(model),
        _ => return None,
    }
    Some(())
}

/// Enter on a component: answer 62443-4-2 for it on the questionnaire screen.
fn answer(model: &mut Model) {
    let Some(id) = model.session.as_ref().and_then(selected) else {
        return;
    };
    super::answer_for(model, id, Scope::per_component, "component-notice-no-4-2");
}

/// The zone check of `zone` for its details: a heading, then each shortfall (below its SL-T,
/// answers not complete, no known SL-C), or that every component is capable. Nothing for a zone
/// without components.
pub fn zone_check_lines(model: &Model, a: &Assessment, score: &Score, zone: &str) -> Vec<Line<'static>> {
    let (t, tx) = (&model.theme, &model.texts);
    if a.zone(zone).is_none() || a.components_in(zone).next().is_none() {
        return Vec::new();
    }
    let mut out = vec![Line::from(Span::styled(tx.ui("score-zone-check"), t.title))];
    let shortfalls: Vec<_> = score.zone_check.iter().filter(|x| x.zone == zone).cloned().collect();
    if !score.sl_targets.iter().any(|x| x.target == zone) {
        out.push(Line::from(Span::styled(tx.ui("zone-check-no-target"), t.dim)));
    } else if shortfalls.is_empty() {
        out.push(Line::from(Span::styled(tx.ui("zone-check-none"), t.good)));
    }
    for line in crate::component_text::shortfall_lines(&shortfalls, tx) {
        out.push(Line::from(Span::styled(line, t.bad)));
    }
    out
}

/// One component as a row: id, SL-C per FR, its source, name and type (the type where it fits);
/// one not placed in a zone says so.
fn row(model: &Model, score: Option<&Score>, c: &Component, width: usize) -> String {
    let tx = &model.texts;
    let capability = score.and_then(|s| s.components.iter().find(|x| x.component == c.id));
    let sl_c = capability.map_or_else(|| "-".to_string(), |x| crate::component_text::sl_c_text(x, tx));
    let source = capability.map_or_else(String::new, |x| crate::component_text::source_word(x.source, tx));
    // One in no zone says so before its name, where a narrow list still shows it.
    let placed = if c.zone.is_empty() {
        format!("({}) ", tx.ui("component-zone-none"))
    } else {
        String::new()
    };
    let mut text = format!("{:<9} {sl_c:<17} {source:<9} {placed}{}", c.id, c.name);
    if width >= 70 {
        text.push_str(&format!(" · {}", crate::component_text::type_name(c.kind, tx)));
    }
    crate::tui::widgets::fit(&text, width)
}

/// Rows the list needs with its border (at least one row, to say there are none).
pub fn height(s: &Session, target: &str) -> u16 {
    let n = listed(&s.assessment, target).len();
    u16::try_from(n.max(1)).unwrap_or(u16::MAX).saturating_add(2)
}

/// The list for `target`, scrolled so that the selected component is in view.
pub fn draw(model: &Model, s: &Session, score: Option<&Score>, target: &str, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let width = usize::from(area.width.saturating_sub(2));
    let all = listed(&s.assessment, target);
    let mut lines: Vec<Line> = all
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let style = if s.component_cursor == Some(i) {
                t.selected
            } else if c.zone.is_empty() {
                t.dim
            } else {
                t.text
            };
            Line::from(Span::styled(row(model, score, c, width), style))
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(tx.ui("component-list-empty"), t.dim)));
    }
    let title = tx.ui("component-list-title");
    super::view::list(model, &title, lines, all.len(), s.component_cursor, frame, area);
}
