//! The diagram as SVG: the assessment's title, the layers as bands with their names, zones as
//! boxes coloured by their worst gap (with a mark, so it reads in black and white too), conduits
//! as lines with their id and SL-T, and a legend. Sized in pixels at 96 per inch: a plant of
//! twenty zones fits the width of A4 in landscape at about its natural size.

use super::fonts::{self, FAMILY};
use super::geometry::{self, Placed, Sizes};
use super::words::Words;
use super::{Diagram, Gap, Layout, compact, compact_target};
use quick_xml::escape::escape;
use std::fmt::Write;

const MARGIN: i32 = 24;
const TITLE_H: i32 = 58;
const TITLE_PX: f32 = 18.0;
const TEXT_PX: f32 = 11.0;
const ID_PX: f32 = 12.0;
const LABEL_PX: f32 = 10.0;
const LEGEND_H: i32 = 84;
/// Between a layer band's edge and the boxes in it.
const BAND_PAD: i32 = 12;

/// The sizes of the SVG's boxes and channels, in pixels.
pub const SIZES: Sizes = Sizes {
    box_w: 200,
    box_h: 64,
    pass_w: 14,
    gap_x: 36,
    track_h: 20,
    channel_pad: 8,
    label_gap: 6,
    label_h: 16,
};

/// The fill and stroke of a box with this gap.
pub fn colours(gap: Gap) -> (&'static str, &'static str) {
    match gap {
        Gap::None => ("#e3f4e1", "#2e7d32"),
        Gap::One => ("#fff1c2", "#a67c00"),
        Gap::More => ("#fbd5d0", "#c0392b"),
        Gap::Open => ("#e3ebf7", "#4a6fa5"),
        Gap::NotAssessed => ("#f0f0f0", "#8a8a8a"),
    }
}

/// The mark in a box's corner: the colour said again for a page printed in black and white.
pub fn mark(gap: Gap) -> &'static str {
    match gap {
        Gap::None => "✓",
        Gap::One => "1",
        Gap::More => "2+",
        Gap::Open => "?",
        Gap::NotAssessed => "–",
    }
}

/// A conduit's label: its id and SL-T.
pub fn conduit_label(d: &Diagram, k: usize, words: &Words) -> String {
    let c = &d.conduits[k];
    match &c.sl_t {
        Some(t) => format!("{} · {} {}", c.id, words.sl_t, compact_target(t)),
        None => c.id.clone(),
    }
}

/// The levels line of a zone's box: "SL-T 3322111 · SL-A 21-1211".
pub fn levels_line(z: &super::ZoneBox, words: &Words) -> String {
    let t = z.sl_t.as_ref().map(compact_target).unwrap_or_else(|| "–".into());
    let a = z.sl_a.map(compact).unwrap_or_else(|| "–".into());
    format!("{} {t} · {} {a}", words.sl_t, words.sl_a)
}

/// Places the diagram with the SVG's sizes.
pub fn place(d: &Diagram, layout: &Layout, words: &Words) -> Placed {
    geometry::place(d, layout, &SIZES, |k| {
        fonts::text_width(&conduit_label(d, k, words), LABEL_PX, false).ceil() as i32 + 8
    })
}

/// The whole SVG document.
pub fn render(d: &Diagram, words: &Words) -> String {
    draw(d, words).text
}

/// An SVG document and its size in pixels (what its `width` and `height` say).
pub struct Svg {
    pub text: String,
    pub width: i32,
    pub height: i32,
}

/// The whole SVG document with its size, for a caller that scales it (the workbook's picture).
pub fn draw(d: &Diagram, words: &Words) -> Svg {
    let layout = d.layout();
    let placed = place(d, &layout, words);
    let layer_col = placed
        .bands
        .iter()
        .flat_map(|b| layer_lines(words.layer(b.layer)))
        .map(|line| fonts::text_width(&line, TEXT_PX, true).ceil() as i32)
        .max()
        .unwrap_or(0)
        .min(LAYER_NAME_W as i32 + 30)
        + 16;
    let (x0, y0) = (MARGIN + layer_col + BAND_PAD, MARGIN + TITLE_H);
    let legend_w = legend_width(words);
    let title_w = fonts::text_width(&words.title, TITLE_PX, true).ceil() as i32;
    let width = (x0 + placed.width + BAND_PAD + MARGIN)
        .max(MARGIN * 2 + legend_w)
        .max(MARGIN * 2 + title_w);
    let height = y0 + placed.height + 24 + LEGEND_H + MARGIN;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FAMILY}, 'DejaVu Sans', Arial, Helvetica, sans-serif">
<title>{}</title>
<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>"##,
        escape(&words.title)
    );
    let _ = writeln!(
        s,
        r##"<text x="{MARGIN}" y="{}" font-size="{TITLE_PX}" font-weight="bold" fill="#1a1a1a">{}</text>
<text x="{MARGIN}" y="{}" font-size="{TEXT_PX}" fill="#555555">{}</text>"##,
        MARGIN + 18,
        escape(&words.title),
        MARGIN + 38,
        escape(&words.subtitle)
    );
    for (i, band) in placed.bands.iter().enumerate() {
        let fill = if i % 2 == 0 { "#f4f6f8" } else { "#ffffff" };
        let lines = layer_lines(words.layer(band.layer));
        let first_y = y0 + band.y + SIZES.box_h / 2 + 4 - 7 * (lines.len() as i32 - 1);
        let texts: Vec<String> = lines
            .iter()
            .enumerate()
            .map(|(n, line)| {
                format!(
                    r##"<text x="{}" y="{}" font-size="{TEXT_PX}" font-weight="bold" fill="#607080">{}</text>"##,
                    MARGIN + 6,
                    first_y + 14 * n as i32,
                    escape(fonts::fit(line, TEXT_PX, true, (layer_col - 10) as f32))
                )
            })
            .collect();
        let _ = writeln!(
            s,
            r##"<g class="layer"><rect x="{MARGIN}" y="{}" width="{}" height="{}" fill="{fill}"/>{}</g>"##,
            y0 + band.y - 8,
            width - 2 * MARGIN,
            band.h,
            texts.concat()
        );
    }
    for (k, line) in placed.lines.iter().enumerate() {
        let points: Vec<String> = line
            .points
            .iter()
            .map(|(x, y)| format!("{},{}", x + x0, y + y0))
            .collect();
        let c = &d.conduits[k];
        let l = line.label;
        let _ = writeln!(
            s,
            r##"<g class="conduit gap-{}"><title>{}</title><polyline points="{}" fill="none" stroke="#37474f" stroke-width="1.6"/><rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="#ffffff" stroke="#b0bec5" stroke-width="0.8"/><text x="{}" y="{}" font-size="{LABEL_PX}" fill="#263238">{}</text></g>"##,
            c.gap.key(),
            escape(format!("{} {}", c.id, c.name)),
            points.join(" "),
            l.x + x0,
            l.y + y0,
            l.w,
            l.h,
            l.x + x0 + 4,
            l.y + y0 + l.h - 4,
            escape(conduit_label(d, k, words))
        );
    }
    for (z, b) in d.zones.iter().zip(&placed.boxes) {
        let (fill, stroke) = colours(z.gap);
        let (x, y) = (b.x + x0, b.y + y0);
        let inner = (b.w - 16) as f32;
        let _ = writeln!(
            s,
            r##"<g class="zone gap-{}"><title>{} {}</title><rect x="{x}" y="{y}" width="{}" height="{}" rx="5" fill="{fill}" stroke="{stroke}" stroke-width="1.8"/><text x="{}" y="{}" font-size="{ID_PX}" font-weight="bold" fill="#1a1a1a">{}</text><text x="{}" y="{}" font-size="{ID_PX}" font-weight="bold" fill="{stroke}" text-anchor="end">{}</text><text x="{}" y="{}" font-size="{TEXT_PX}" fill="#1a1a1a">{}</text><text x="{}" y="{}" font-size="{TEXT_PX}" fill="#1a1a1a">{}</text></g>"##,
            z.gap.key(),
            escape(&z.id),
            escape(&z.name),
            b.w,
            b.h,
            x + 8,
            y + 17,
            escape(fonts::fit(&z.id, ID_PX, true, inner - 24.0)),
            x + b.w - 8,
            y + 17,
            mark(z.gap),
            x + 8,
            y + 34,
            escape(fonts::fit(&z.name, TEXT_PX, false, inner)),
            x + 8,
            y + 53,
            escape(fonts::fit(&levels_line(z, words), TEXT_PX, false, inner))
        );
    }
    legend(&mut s, words, MARGIN, y0 + placed.height + 24);
    s.push_str("</svg>\n");
    Svg { text: s, width, height }
}

/// The widest a layer's name may be in the column at the left.
const LAYER_NAME_W: f32 = 130.0;

/// A layer's name in lines that fit the layer column: a bracket ("(2)") starts a line, and long
/// words wrap ("Sicherheitsgerichtete" / "Systeme" / "(SIS)").
fn layer_lines(name: &str) -> Vec<String> {
    let mut lines: Vec<String> = vec![];
    for word in name.split_whitespace() {
        let joined = lines.last().map(|l| format!("{l} {word}"));
        match joined {
            Some(j) if !word.starts_with('(') && fonts::text_width(&j, TEXT_PX, true) <= LAYER_NAME_W => {
                if let Some(last) = lines.last_mut() {
                    *last = j;
                }
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn legend_width(words: &Words) -> i32 {
    let entries: f32 = Gap::ALL
        .iter()
        .map(|g| 52.0 + fonts::text_width(words.gap(*g), TEXT_PX, false))
        .sum();
    let notes =
        fonts::text_width(&words.legend, TEXT_PX, true).max(fonts::text_width(&words.levels_note, TEXT_PX, false));
    entries.max(notes).ceil() as i32
}

fn legend(s: &mut String, words: &Words, x: i32, y: i32) {
    let _ = writeln!(
        s,
        r##"<g class="legend"><text x="{x}" y="{}" font-size="{TEXT_PX}" font-weight="bold" fill="#1a1a1a">{}</text>"##,
        y + 12,
        escape(&words.legend)
    );
    let mut at = x as f32;
    for gap in Gap::ALL {
        let (fill, stroke) = colours(gap);
        let _ = writeln!(
            s,
            r##"<rect x="{at}" y="{}" width="28" height="18" rx="3" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/><text x="{}" y="{}" font-size="{TEXT_PX}" font-weight="bold" fill="{stroke}" text-anchor="middle">{}</text><text x="{}" y="{}" font-size="{TEXT_PX}" fill="#1a1a1a">{}</text>"##,
            y + 22,
            at + 14.0,
            y + 35,
            mark(gap),
            at + 34.0,
            y + 35,
            escape(words.gap(gap))
        );
        at += 40.0 + fonts::text_width(words.gap(gap), TEXT_PX, false) + 12.0;
    }
    let _ = writeln!(
        s,
        r##"<text x="{x}" y="{}" font-size="{TEXT_PX}" fill="#555555">{}</text></g>"##,
        y + 62,
        escape(&words.levels_note)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_layer_names_wrap_instead_of_being_cut() {
        assert_eq!(layer_lines("Supervisory control (2)"), ["Supervisory control", "(2)"]);
        let german = layer_lines("Sicherheitsgerichtete Systeme (SIS)");
        assert_eq!(german, ["Sicherheitsgerichtete", "Systeme", "(SIS)"]);
        for line in layer_lines("Systèmes instrumentés de sécurité (SIS)") {
            assert!(fonts::text_width(&line, TEXT_PX, true) <= LAYER_NAME_W, "{line}");
        }
    }
}
