//! The font the diagram is drawn and measured with: DejaVu Sans Condensed (assets/fonts, free
//! licence in assets/fonts/LICENSE), built into the binary so that the workbook's picture looks
//! the same on every machine and a box's text is cut where it really stops fitting. An SVG viewer
//! without the font uses its own sans-serif; the boxes keep a margin for that.

use std::sync::OnceLock;

pub const FAMILY: &str = "DejaVu Sans Condensed";
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansCondensed.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansCondensed-Bold.ttf");

fn face(bold: bool) -> Option<&'static ttf_parser::Face<'static>> {
    static FACES: OnceLock<(Option<ttf_parser::Face<'static>>, Option<ttf_parser::Face<'static>>)> = OnceLock::new();
    let (regular, bold_face) = FACES.get_or_init(|| {
        (
            ttf_parser::Face::parse(REGULAR, 0).ok(),
            ttf_parser::Face::parse(BOLD, 0).ok(),
        )
    });
    if bold { bold_face.as_ref() } else { regular.as_ref() }
}

/// The width of `text` in pixels at `size` pixels (advances summed; a character the font lacks
/// counts as wide as an "M").
pub fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    let Some(face) = face(bold) else {
        return text.chars().count() as f32 * size * 0.6;
    };
    let units = f32::from(face.units_per_em());
    let advance = |c: char| {
        face.glyph_index(c)
            .or_else(|| face.glyph_index('M'))
            .and_then(|g| face.glyph_hor_advance(g))
            .map(f32::from)
            .unwrap_or(units * 0.6)
    };
    text.chars().map(advance).sum::<f32>() * size / units
}

/// `text` cut to at most `width` pixels, with "…" where it was cut.
pub fn fit(text: &str, size: f32, bold: bool, width: f32) -> String {
    if text_width(text, size, bold) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        let next = format!("{out}{c}…");
        if text_width(&next, size, bold) > width {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_font_measures() {
        let narrow = text_width("iiii", 10.0, false);
        let wide = text_width("MMMM", 10.0, false);
        assert!(narrow > 5.0 && wide > narrow * 2.0, "{narrow} {wide}");
        assert!(text_width("Zone", 10.0, true) > text_width("Zone", 10.0, false));
        assert_eq!(fit("short", 11.0, false, 500.0), "short");
        let cut = fit("Chlorine safety system and scrubber", 11.0, false, 60.0);
        assert!(cut.ends_with('…') && text_width(&cut, 11.0, false) <= 60.0, "{cut}");
    }
}
