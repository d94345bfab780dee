//! Small drawing helpers shared by every screen: no screen knowledge, no state.

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// `text` cut to `width` characters, with an ellipsis when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// `text` cut to `width` characters from its start, with an ellipsis when cut.
pub fn fit_start(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n <= width {
        return text.to_string();
    }
    let keep = width.saturating_sub(1);
    let mut out = String::from("…");
    out.extend(text.chars().skip(n - keep));
    out
}

/// How many rows `lines` take when wrapped at word boundaries to `width` columns (as drawn).
pub fn wrapped_height(lines: &[Line], width: u16) -> u16 {
    let rows = Paragraph::new(lines.to_vec())
        .wrap(Wrap { trim: false })
        .line_count(width.max(1));
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// Empty `area` for a popup, in the theme's own background (if it has one).
pub fn clear(frame: &mut ratatui::Frame, area: Rect, theme: &crate::tui::theme::Theme) {
    frame.render_widget(ratatui::widgets::Clear, area);
    frame.render_widget(ratatui::widgets::Block::new().style(theme.base), area);
}

/// A rectangle of at most `width` x `height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The first row to show: from the top as long as `selected` (with up to two rows after it) fits,
/// then as little further as keeps it in view; never past the last page.
pub fn offset(total: usize, height: usize, selected: Option<usize>) -> usize {
    selected.map_or(0, |line| {
        let after = total.saturating_sub(line + 1).min(2);
        (line + 1 + after)
            .saturating_sub(height)
            .min(total.saturating_sub(height))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_path_keeps_its_file_name() {
        assert_eq!(super::fit_start("/a/b/c/plant.toml", 12), "…/plant.toml");
        assert_eq!(super::fit_start("/plant.toml", 12), "/plant.toml");
        assert_eq!(super::fit("a long title", 6), "a lon…");
    }
}
