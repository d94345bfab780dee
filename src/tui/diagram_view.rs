//! The zone diagram in the terminal: zones as boxes with their id and gap mark on the top border,
//! their name and levels inside, the border in the colour of their worst gap; conduits as lines of
//! box-drawing characters with their id and SL-T on the label the layout gave them; the layers'
//! names where they fit. Drawn from a [`Placed`] computed in `update` (never here); a screen that
//! shows a diagram keeps one per revision and width (`place` says how wide the boxes are).
//!
//! No screen knowledge and no state: the zones screen and learn mode both draw with
//! [`draw_diagram`]. When the drawing is larger than its area, it scrolls to keep the selection
//! in view (the middle of the selection in the middle of the area, as far as the edges allow).

use crate::diagram::geometry::{self, Placed, Sizes};
use crate::diagram::layout::Item;
use crate::diagram::words::Words;
use crate::diagram::{Diagram, Layout, compact, compact_target, svg};
use crate::i18n::Texts;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// What is selected in a diagram: a zone or a conduit (indexes into the diagram's lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selected {
    Zone(usize),
    Conduit(usize),
}

/// The narrowest and widest box, in columns.
pub const BOX_MIN: i32 = 16;
pub const BOX_MAX: i32 = 30;

/// A conduit's label in the terminal: "C-DMZ-SCADA 3332211" (its id and SL-T).
pub fn conduit_label(d: &Diagram, k: usize) -> String {
    let c = &d.conduits[k];
    match &c.sl_t {
        Some(t) => format!("{} {}", c.id, compact_target(t)),
        None => c.id.clone(),
    }
}

/// The box width for a drawing `width` columns wide: as wide as the fullest row allows (a column
/// of margin on each side), between [`BOX_MIN`] and [`BOX_MAX`].
pub fn box_width(layout: &Layout, width: u16) -> i32 {
    let s = Sizes::terminal(BOX_MIN);
    let avail = i32::from(width) - 2;
    layout
        .rows
        .iter()
        .filter_map(|row| {
            let zones = row.items.iter().filter(|i| matches!(i, Item::Zone(_))).count() as i32;
            let passes = row.items.len() as i32 - zones;
            let gaps = s.gap_x * (row.items.len() as i32 - 1).max(0);
            (zones > 0).then(|| (avail - passes * s.pass_w - gaps) / zones)
        })
        .min()
        .unwrap_or(BOX_MAX)
        .clamp(BOX_MIN, BOX_MAX)
}

/// `layout` of `d` placed in terminal cells for a drawing `width` columns wide. Cheap (a plant
/// of 500 zones takes well under a millisecond), but call it from `update`, not from a view.
pub fn place(d: &Diagram, layout: &Layout, width: u16) -> Placed {
    let sizes = Sizes::terminal(box_width(layout, width));
    geometry::place(d, layout, &sizes, |k| conduit_label(d, k).chars().count() as i32)
}

/// The rectangle (in the drawing's cells) that the selection takes: the box, or the label.
pub fn selection_rect(placed: &Placed, selection: Option<Selected>) -> Option<geometry::Rect> {
    match selection? {
        Selected::Zone(z) => placed.boxes.get(z).copied(),
        Selected::Conduit(k) => placed.lines.get(k).map(|l| l.label),
    }
}

/// One line about the selection: "Z-CTRL PLCs and field network · Basic control (1) (from
/// conduits) · SL-T 2221222 · SL-A 0011010 · two or more levels short"; for a conduit, the
/// zones it joins instead of the layer.
pub fn status_line(d: &Diagram, selection: Option<Selected>, words: &Words, texts: &Texts) -> String {
    let levels = |t: &Option<crate::assessment::SlVector>, a: &Option<crate::scoring::security_level::SlAchieved>| {
        let t = t.as_ref().map(compact_target).unwrap_or_else(|| "–".into());
        let a = a.map(compact).unwrap_or_else(|| "–".into());
        format!("{} {t} · {} {a}", words.sl_t, words.sl_a)
    };
    match selection {
        Some(Selected::Zone(z)) => {
            let Some(zone) = d.zones.get(z) else {
                return String::new();
            };
            let from = if zone.layer_from_conduits {
                format!(" {}", texts.ui("diagram-tui-layer-from-conduits"))
            } else {
                String::new()
            };
            format!(
                "{} {} · {}{from} · {} · {}",
                zone.id,
                zone.name,
                words.layer(zone.layer),
                levels(&zone.sl_t, &zone.sl_a),
                words.gap(zone.gap)
            )
        }
        Some(Selected::Conduit(k)) => {
            let Some(c) = d.conduits.get(k) else {
                return String::new();
            };
            let name = if c.name.is_empty() {
                String::new()
            } else {
                format!(" {}", c.name)
            };
            format!(
                "{}{name} · {} ↔ {} · {} · {}",
                c.id,
                d.zones[c.from].id,
                d.zones[c.to].id,
                levels(&c.sl_t, &c.sl_a),
                words.gap(c.gap)
            )
        }
        None => String::new(),
    }
}

const UP: u8 = 1;
const DOWN: u8 = 2;
const LEFT: u8 = 4;
const RIGHT: u8 = 8;

/// The box-drawing character for the directions a cell's lines go; heavy for the selection.
fn glyph(bits: u8, heavy: bool) -> char {
    let light = match bits {
        b if b == UP | DOWN || b == UP || b == DOWN => '│',
        b if b == LEFT | RIGHT || b == LEFT || b == RIGHT => '─',
        b if b == DOWN | RIGHT => '┌',
        b if b == DOWN | LEFT => '┐',
        b if b == UP | RIGHT => '└',
        b if b == UP | LEFT => '┘',
        b if b == UP | DOWN | RIGHT => '├',
        b if b == UP | DOWN | LEFT => '┤',
        b if b == LEFT | RIGHT | DOWN => '┬',
        b if b == LEFT | RIGHT | UP => '┴',
        _ => '┼',
    };
    if !heavy {
        return light;
    }
    match light {
        '│' => '┃',
        '─' => '━',
        '┌' => '┏',
        '┐' => '┓',
        '└' => '┗',
        '┘' => '┛',
        other => other,
    }
}

/// Where the drawing goes in the area: the layer names' column (if any), the drawing's left
/// edge on screen and how far it is scrolled.
struct Viewport {
    /// The part of the area the drawing takes (right of the layer column).
    region: Rect,
    /// The screen column of the drawing's x = 0 and row of its y = 0 (before scrolling).
    left: i32,
    top: i32,
    scroll_x: i32,
    scroll_y: i32,
    /// The layer names' column: its left edge and width (0: no column).
    column: (u16, u16),
}

/// The first cell to show of `content` cells in `view` cells, keeping `sel` (lo, hi) in view.
fn scroll(content: i32, view: i32, sel: Option<(i32, i32)>) -> i32 {
    if content <= view {
        return 0;
    }
    let centre = sel.map_or(0, |(lo, hi)| (lo + hi) / 2);
    (centre - view / 2).clamp(0, content - view)
}

impl Viewport {
    fn new(area: Rect, placed: &Placed, selection: Option<Selected>, words: &Words) -> Viewport {
        let names = placed
            .bands
            .iter()
            .map(|b| words.layer(b.layer).chars().count() as i32)
            .max()
            .unwrap_or(0);
        let spare = i32::from(area.width) - placed.width;
        // A column for the layer names when the drawing leaves room for at least 8 of their
        // characters and two columns of space; the whole is centred.
        let col = if spare >= 10 { names.min(spare - 2) } else { 0 };
        let used = if col > 0 { col + 2 + placed.width } else { placed.width };
        let margin = ((i32::from(area.width) - used) / 2).max(0);
        let column_x = area.x + margin as u16;
        let region_x = if col > 0 { column_x + col as u16 + 2 } else { area.x };
        let region = Rect {
            x: region_x,
            width: area.right().saturating_sub(region_x),
            ..area
        };
        let sel = selection_rect(placed, selection);
        let scroll_x = scroll(placed.width, i32::from(region.width), sel.map(|r| (r.x, r.right())));
        let scroll_y = scroll(placed.height, i32::from(region.height), sel.map(|r| (r.y, r.bottom())));
        let left = if col > 0 {
            i32::from(region.x)
        } else {
            i32::from(area.x) + margin
        };
        Viewport {
            region,
            left,
            top: i32::from(area.y),
            scroll_x,
            scroll_y,
            column: (column_x, col as u16),
        }
    }

    /// The screen cell of the drawing's cell (x, y), if it is in view.
    fn cell(&self, x: i32, y: i32) -> Option<(u16, u16)> {
        let sx = self.left + x - self.scroll_x;
        let sy = self.top + y - self.scroll_y;
        let r = self.region;
        let inside =
            sx >= i32::from(r.x) && sx < i32::from(r.right()) && sy >= i32::from(r.y) && sy < i32::from(r.bottom());
        inside.then_some((sx as u16, sy as u16))
    }

    /// The screen row of the drawing's row `y`, if it is in view.
    fn row(&self, y: i32) -> Option<u16> {
        let sy = self.top + y - self.scroll_y;
        (sy >= i32::from(self.region.y) && sy < i32::from(self.region.bottom())).then_some(sy as u16)
    }
}

fn put(buf: &mut Buffer, at: (u16, u16), ch: char, style: Style) {
    if let Some(cell) = buf.cell_mut(at) {
        cell.set_char(ch).set_style(style);
    }
}

/// `text` from the drawing's cell (x, y) on, as far as it is in view.
fn text(buf: &mut Buffer, v: &Viewport, (x, y): (i32, i32), text: &str, style: Style) {
    for (i, ch) in text.chars().enumerate() {
        if let Some(at) = v.cell(x + i as i32, y) {
            put(buf, at, ch, style);
        }
    }
}

/// Draws the diagram `d`, placed as `placed`, into `area`, with `selection` highlighted (a double
/// border for a zone, a heavy line and reversed label for a conduit), in `theme`'s colours and the
/// layer names of `words`.
pub fn draw_diagram(
    frame: &mut Frame,
    area: Rect,
    d: &Diagram,
    placed: &Placed,
    selection: Option<Selected>,
    theme: &Theme,
    words: &Words,
) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let v = Viewport::new(area, placed, selection, words);
    let buf = frame.buffer_mut();
    lines(buf, &v, placed, selection, theme);
    for (z, b) in placed.boxes.iter().enumerate() {
        if let Some(zone) = d.zones.get(z) {
            zone_box(buf, &v, zone, b, selection == Some(Selected::Zone(z)), theme, words);
        }
    }
    for (k, line) in placed.lines.iter().enumerate() {
        let label = fit(&conduit_label(d, k), line.label.w.max(0) as usize);
        let style = if selection == Some(Selected::Conduit(k)) {
            theme.selected
        } else {
            theme.text
        };
        text(buf, &v, (line.label.x, line.label.y), &label, style);
    }
    layer_names(buf, &v, placed, theme, words);
}

/// The conduits' lines: each cell gets the directions its lines go, then its character.
fn lines(buf: &mut Buffer, v: &Viewport, placed: &Placed, selection: Option<Selected>, theme: &Theme) {
    let r = v.region;
    let (w, h) = (usize::from(r.width), usize::from(r.height));
    let mut bits = vec![0u8; w * h];
    // 1: only the selected conduit's line, 2: another's as well.
    let mut heavy = vec![0u8; w * h];
    for (k, line) in placed.lines.iter().enumerate() {
        let chosen = selection == Some(Selected::Conduit(k));
        for seg in line.points.windows(2) {
            let ((x0, y0), (x1, y1)) = (seg[0], seg[1]);
            let n = (x1 - x0).abs().max((y1 - y0).abs());
            let (dx, dy) = ((x1 - x0).signum(), (y1 - y0).signum());
            for i in 0..=n {
                let (x, y) = (x0 + dx * i, y0 + dy * i);
                let Some((sx, sy)) = v.cell(x, y) else { continue };
                let at = usize::from(sy - r.y) * w + usize::from(sx - r.x);
                let toward = |d: i32, minus: u8, plus: u8| match d {
                    -1 => minus,
                    1 => plus,
                    _ => 0,
                };
                let (fwd, back) = if dx != 0 {
                    (toward(dx, LEFT, RIGHT), toward(-dx, LEFT, RIGHT))
                } else {
                    (toward(dy, UP, DOWN), toward(-dy, UP, DOWN))
                };
                if i < n {
                    bits[at] |= fwd;
                }
                if i > 0 {
                    bits[at] |= back;
                }
                heavy[at] = match (heavy[at], chosen) {
                    (0, true) => 1,
                    (1, true) => 1,
                    _ => 2,
                };
            }
        }
    }
    for (i, &b) in bits.iter().enumerate() {
        if b == 0 {
            continue;
        }
        let at = (r.x + (i % w) as u16, r.y + (i / w) as u16);
        let chosen = heavy[i] == 1;
        let style = if chosen {
            theme.title.add_modifier(Modifier::BOLD)
        } else {
            theme.dim
        };
        put(buf, at, glyph(b, chosen), style);
    }
}

/// The levels inside a box `inner` columns wide: "SL-T 3322111 · SL-A 21-1211", shorter where
/// that does not fit ("T 3322111 A 21-1211").
fn levels(zone: &crate::diagram::ZoneBox, words: &Words, inner: usize) -> String {
    let t = zone.sl_t.as_ref().map(compact_target).unwrap_or_else(|| "–".into());
    let a = zone.sl_a.map(compact).unwrap_or_else(|| "–".into());
    [
        svg::levels_line(zone, words),
        format!("T {t} A {a}"),
        format!("T{t} A{a}"),
    ]
    .into_iter()
    .find(|x| x.chars().count() <= inner)
    .unwrap_or_else(|| fit(&format!("T{t} A{a}"), inner))
}

fn zone_box(
    buf: &mut Buffer,
    v: &Viewport,
    zone: &crate::diagram::ZoneBox,
    b: &geometry::Rect,
    selected: bool,
    theme: &Theme,
    words: &Words,
) {
    let border = if selected {
        theme.gap(zone.gap).add_modifier(Modifier::BOLD)
    } else {
        theme.gap(zone.gap)
    };
    let [tl, tr, bl, br, hz, vt, up, down] = if selected {
        ['╔', '╗', '╚', '╝', '═', '║', '╧', '╤']
    } else {
        ['┌', '┐', '└', '┘', '─', '│', '┴', '┬']
    };
    let (right, bottom) = (b.right() - 1, b.bottom() - 1);
    for x in b.x..=right {
        for y in b.y..=bottom {
            let Some(at) = v.cell(x, y) else { continue };
            // A line ending on the border joins it.
            let line_end = buf.cell(at).map(|c| c.symbol().to_string()).unwrap_or_default();
            let joined = matches!(line_end.as_str(), "│" | "┃");
            let ch = match (x, y) {
                (x, y) if x == b.x && y == b.y => tl,
                (x, y) if x == right && y == b.y => tr,
                (x, y) if x == b.x && y == bottom => bl,
                (x, y) if x == right && y == bottom => br,
                (_, y) if y == b.y && joined => up,
                (_, y) if y == bottom && joined => down,
                (_, y) if y == b.y || y == bottom => hz,
                (x, _) if x == b.x || x == right => vt,
                _ => ' ',
            };
            let style = if ch == ' ' { theme.text } else { border };
            put(buf, at, ch, style);
        }
    }
    let inner = (b.w - 2).max(0) as usize;
    let mark = svg::mark(zone.gap);
    let mark_w = mark.chars().count();
    let id = fit(&zone.id, inner.saturating_sub(mark_w + 1));
    let id_style = if selected {
        theme.selected
    } else {
        border.add_modifier(Modifier::BOLD)
    };
    text(buf, v, (b.x + 1, b.y), &id, id_style);
    text(buf, v, (right - mark_w as i32, b.y), mark, border);
    text(buf, v, (b.x + 1, b.y + 1), &fit(&zone.name, inner), theme.text);
    text(buf, v, (b.x + 1, b.y + 2), &levels(zone, words, inner), theme.text);
}

/// The layer of each band, dim: in the column at the left when there is one, else in the band
/// where its whole name fits in empty cells at the left; nowhere rather than over the drawing.
fn layer_names(buf: &mut Buffer, v: &Viewport, placed: &Placed, theme: &Theme, words: &Words) {
    let (column_x, column_w) = v.column;
    for band in &placed.bands {
        let name = words.layer(band.layer);
        if column_w > 0 {
            if let Some(y) = v.row(band.y + 1) {
                let shown = fit(name, usize::from(column_w));
                buf.set_string(column_x, y, shown, theme.dim);
            }
            continue;
        }
        let need = name.chars().count() as u16 + 1;
        if need > v.region.width {
            continue;
        }
        let rows = [band.y + 1, band.y + 2, band.y, band.y + 3];
        let free = rows
            .into_iter()
            .filter_map(|y| v.row(y))
            .find(|&y| (v.region.x..v.region.x + need).all(|x| buf.cell((x, y)).is_none_or(|c| c.symbol() == " ")));
        if let Some(y) = free {
            buf.set_string(v.region.x, y, name, theme.dim);
        }
    }
}
