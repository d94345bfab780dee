//! Drawing the home screen: start something new, the demo, learning, and the assessments opened
//! before, each with its title, organisation, site, path and last change.

use crate::tui::model::{HOME_FIXED_ENTRIES, Model};
use crate::tui::recent::RecentFile;
use crate::tui::widgets::{fit, fit_start};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// Rows one recent assessment takes: what it is, then where it is.
const ROWS_PER_RECENT: usize = 2;

pub fn home(model: &Model, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let block = Block::default().borders(Borders::ALL).border_style(t.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines = vec![
        Line::from(Span::styled(tx.ui("home-title"), t.title)),
        Line::from(Span::styled(tx.ui("home-subtitle"), t.dim)),
        Line::from(""),
    ];
    let entry = |i: usize, text: String| {
        let style = if i == model.home_cursor { t.selected } else { t.text };
        Line::from(Span::styled(fit(&format!("  {text}  "), width), style))
    };
    lines.push(entry(0, tx.ui("home-new")));
    lines.push(entry(1, tx.ui("home-demo")));
    lines.push(entry(2, tx.ui("home-demo-integrator")));
    lines.push(entry(3, tx.ui("home-learn")));
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(tx.ui("home-recent"), t.title)));
    let keys = vec![Line::from(""), Line::from(Span::styled(tx.ui("home-keys"), t.dim))];
    if model.recent.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {}", tx.ui("home-no-recent")),
            t.dim,
        )));
    }
    // The recent list takes the rows left and scrolls so that the chosen one is in view.
    let room = usize::from(inner.height).saturating_sub(lines.len() + keys.len());
    let fits = (room / ROWS_PER_RECENT).max(1);
    let chosen = model.home_cursor.checked_sub(HOME_FIXED_ENTRIES);
    let first = chosen.map_or(0, |c| (c + 1).saturating_sub(fits));
    if first > 0 {
        lines.push(Line::from(Span::styled(
            fit(
                &format!("  ↑ {}", tx.ui_with("home-more-above", &[("count", first.into())])),
                width,
            ),
            t.dim,
        )));
    }
    for (i, r) in model.recent.iter().enumerate().skip(first).take(fits) {
        lines.extend(recent_lines(model, r, chosen == Some(i), width));
    }
    lines.extend(keys);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "Title · Organisation, Site   2026-12-01 14:03" and, below, the path (cut at its start, so the
/// file name stays).
fn recent_lines<'a>(model: &Model, r: &RecentFile, chosen: bool, width: usize) -> [Line<'a>; 2] {
    let t = &model.theme;
    let tx = &model.texts;
    let title = if r.title.is_empty() {
        r.path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default()
    } else {
        r.title.clone()
    };
    let place: Vec<&str> = [r.organisation.as_str(), r.site.as_str()]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect();
    let what = if place.is_empty() {
        title
    } else {
        format!("{title} · {}", place.join(", "))
    };
    let when = if r.missing {
        tx.ui("home-missing")
    } else {
        r.changed
            .map(|c| {
                c.to_zoned(model.time_zone.clone())
                    .strftime("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default()
    };
    let room = width.saturating_sub(4 + when.chars().count() + 2);
    let what = fit(&what, room);
    let gap = width.saturating_sub(2 + what.chars().count() + when.chars().count() + 2);
    let style = if chosen { t.selected } else { t.text };
    let when_style = if r.missing { t.warn } else { t.dim };
    let first = Line::from(vec![
        Span::styled(format!("  {what}"), style),
        Span::styled(" ".repeat(gap), style),
        Span::styled(when, if chosen { style } else { when_style }),
        Span::styled("  ", style),
    ]);
    let path = r.path.display().to_string();
    let second = Line::from(Span::styled(
        format!("    {}", fit_start(&path, width.saturating_sub(4))),
        t.dim,
    ));
    [first, second]
}
