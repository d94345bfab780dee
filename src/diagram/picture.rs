//! The SVG as a PNG, for the workbook (spreadsheets take pictures, not SVG): rendered by resvg
//! with the built-in font, at twice the SVG's size so it stays sharp when printed.

use super::fonts;
use resvg::{tiny_skia, usvg};

/// How many pixels of the PNG per pixel of the SVG.
pub const SCALE: f32 = 2.0;

/// The PNG of `svg`, or why not.
pub fn png(svg: &str) -> Result<Vec<u8>, String> {
    let mut options = usvg::Options {
        font_family: fonts::FAMILY.to_string(),
        ..usvg::Options::default()
    };
    options.fontdb_mut().load_font_data(fonts::REGULAR.to_vec());
    options.fontdb_mut().load_font_data(fonts::BOLD.to_vec());
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(SCALE)
        .ok_or("the picture has no size")?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the picture is too large")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(SCALE, SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}
