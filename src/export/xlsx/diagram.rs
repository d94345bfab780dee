//! The zone diagram as a picture in a workbook: the SVG of `diagram::svg` rendered to a PNG
//! (`diagram::picture`), placed at the top left of the cells it covers and scaled, aspect kept,
//! to fill the printed page's width without running past its height. The customer's workbook
//! gives it a sheet of its own before the zone model ([`diagram_sheet`]); the requirements
//! specification puts each system's on a page of its own in its section 2 (spec/xlsx.rs). A
//! picture that cannot be drawn never stops a workbook: a note says so instead.

use super::{Book, add_sheet, fail};
use crate::assessment::Assessment;
use crate::diagram::{Diagram, picture, svg, words::Words};
use crate::error::Result;
use crate::i18n::Texts;
use crate::scoring::Score;
use fluent_bundle::FluentValue;
use rust_xlsxwriter::{Image, Workbook, Worksheet};

/// The size of a default column and row on a sheet, in pixels (8.43 characters, 15 points).
const COLUMN_PX: f64 = 64.0;
const ROW_PX: f64 = 20.0;

/// The default columns a note about a missing picture spans on a sheet of its own.
const NOTE_COLUMNS: [f64; 12] = [8.43; 12];

/// The most a picture is enlarged over its natural size: a diagram of two zones is not blown up
/// to a poster.
const MOST_ENLARGED: f64 = 1.5;

/// The least a picture is shrunk to: below this its text (11 pixels) prints under 4 points,
/// too small to read, and a plant that large is left to `iacs-assess diagram` (its PNG would also
/// take hundreds of megabytes to draw).
const LEAST_SCALE: f64 = 0.45;

/// A diagram ready to be placed: its SVG, drawn as a PNG only when it is placed.
pub(crate) struct Picture {
    svg: String,
    /// The SVG's size in pixels.
    size: (f64, f64),
    /// The alternative text: the title and what the picture shows.
    alt: String,
    zones: usize,
}

impl Picture {
    /// The picture of `diagram` in `words`' language; `None` for a diagram without zones
    /// (nothing to draw, and no empty picture).
    pub(crate) fn of(diagram: &Diagram, words: &Words) -> Option<Picture> {
        if diagram.zones.is_empty() {
            return None;
        }
        let svg = svg::draw(diagram, words);
        Some(Picture {
            svg: svg.text,
            size: (f64::from(svg.width), f64::from(svg.height)),
            alt: format!("{}: {}", words.title, words.subtitle),
            zones: diagram.zones.len(),
        })
    }

    /// Place the picture with its top left at (`row`, 0), as large as fits `width` x `height`
    /// pixels of the sheet (at most [`MOST_ENLARGED`] times its natural size); where it cannot be
    /// drawn, or would print too small to read, a note says why across the sheet's `columns`
    /// (their widths). The rows and columns it covers, from (`row`, 0).
    pub(crate) fn place(
        &self,
        ws: &mut Worksheet,
        (row, columns): (u32, &[f64]),
        room: (f64, f64),
        s: &Book,
        texts: &Texts,
    ) -> Result<(u32, u16)> {
        let at = (row, columns);
        let natural = self.size;
        let (w, h) = fit(natural, room);
        if w / natural.0 < LEAST_SCALE {
            let text = texts.ui_with("diagram-too-large", &[("zones", FluentValue::from(self.zones))]);
            return note(ws, at, text, s);
        }
        let image = match picture::png(&self.svg).map(|png| Image::new_from_buffer(&png)) {
            Ok(Ok(image)) => image,
            Ok(Err(e)) => return note(ws, at, failed(texts, &e.to_string()), s),
            Err(e) => return note(ws, at, failed(texts, &e), s),
        };
        let image = image.set_scale_to_size(w, h, true).set_alt_text(self.alt.as_str());
        ws.insert_image(row, 0, &image).map_err(fail)?;
        Ok(((h / ROW_PX).ceil() as u32, (w / COLUMN_PX).ceil() as u16))
    }
}

/// The note for a picture that could not be drawn, and why.
fn failed(texts: &Texts, reason: &str) -> String {
    texts.ui_with("diagram-picture-failed", &[("reason", FluentValue::from(reason))])
}

/// Why there is no picture, `text`, in a cell across `columns` (merged).
fn note(ws: &mut Worksheet, (row, columns): (u32, &[f64]), text: String, s: &Book) -> Result<(u32, u16)> {
    let last = columns.len().max(1) as u16 - 1;
    if last > 0 {
        ws.merge_range(row, 0, row, last, "", &s.wrap).map_err(fail)?;
    }
    s.text(ws, row, 0, &text, &s.wrap)?;
    super::fit_row(ws, row, [(text.as_str(), columns.iter().sum())])?;
    Ok((1, last + 1))
}

/// The size, aspect kept, at which a picture of `natural` size fills `room` as far as it can
/// without being enlarged more than [`MOST_ENLARGED`] times.
fn fit(natural: (f64, f64), room: (f64, f64)) -> (f64, f64) {
    let scale = (room.0 / natural.0.max(1.0))
        .min(room.1 / natural.1.max(1.0))
        .min(MOST_ENLARGED);
    (natural.0 * scale, natural.1 * scale)
}

/// The customer's workbook's zone diagram: a sheet of one page before the zone model, the
/// picture of every zone and conduit in the workbook's language as of `date`. Nothing for an
/// assessment without zones.
pub(crate) fn diagram_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    (a, score): (&Assessment, &Score),
    date: &str,
    texts: &Texts,
    s: &Book,
) -> Result<()> {
    let words = Words::new(texts, &a.assessment.title, date);
    let Some(picture) = Picture::of(&Diagram::build(a, score), &words) else {
        return Ok(());
    };
    let ws = add_sheet(wb, taken, &texts.ui("sheet-zone-diagram"))?;
    s.pages.picture_page(ws);
    let (rows, cols) = picture.place(ws, (0, &NOTE_COLUMNS), s.pages.printable_pixels(100), s, texts)?;
    s.pages.area(ws, rows.saturating_sub(1), cols.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::{Book, Picture, fit};
    use crate::export::xlsx::{Pages, Paper, book};
    use crate::i18n::Texts;
    use calamine::{Data, Range, Reader, Xlsx};
    use rust_xlsxwriter::{Workbook, Worksheet};

    /// A sheet written by `write` (given the book and English texts), read back.
    fn sheet(write: impl FnOnce(&mut Worksheet, &Book, &Texts)) -> Range<Data> {
        let (files, _) = crate::content::locale_files(&crate::content::Sources::default());
        let texts = Texts::load(&files).unwrap();
        let mut taken = Vec::new();
        let s = book(&texts, &mut taken, Pages::new("t", "c", Paper::A4, &texts));
        let mut wb = Workbook::new();
        write(wb.add_worksheet(), &s, &texts);
        let bytes = wb.save_to_buffer().unwrap();
        let mut read: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        read.worksheet_range_at(0).unwrap().unwrap()
    }

    fn picture(svg: &str, size: (f64, f64), zones: usize) -> Picture {
        Picture {
            svg: svg.to_string(),
            size,
            alt: String::new(),
            zones,
        }
    }

    #[test]
    fn a_picture_that_cannot_be_drawn_leaves_a_note_and_the_workbook_is_written() {
        let range = sheet(|ws, s, texts| {
            let broken = picture("not an SVG", (100.0, 100.0), 1);
            let covered = broken.place(ws, (2, &[10.0, 20.0]), (1000.0, 600.0), s, texts).unwrap();
            assert_eq!(covered, (1, 2), "one row across both columns");
        });
        let reason = crate::diagram::picture::png("not an SVG").unwrap_err();
        assert_eq!(
            range.get_value((2, 0)).unwrap().to_string(),
            format!(
                "The zone diagram could not be drawn as a picture ({reason}). Its zones and conduits are listed in the tables."
            )
        );
    }

    #[test]
    fn a_picture_too_large_to_read_on_a_page_is_left_out_with_a_note() {
        let svg = |w: u32| format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"300\"></svg>");
        let range = sheet(|ws, s, texts| {
            let wide = picture(&svg(7002), (7002.0, 300.0), 200);
            assert_eq!(wide.place(ws, (0, &[10.0]), (1000.0, 600.0), s, texts).unwrap(), (1, 1));
            let fits = picture(&svg(2000), (2000.0, 300.0), 30);
            assert_eq!(
                fits.place(ws, (1, &[10.0]), (1000.0, 600.0), s, texts).unwrap(),
                (8, 16)
            );
        });
        assert_eq!(
            range.get_value((0, 0)).unwrap().to_string(),
            "The zone diagram (200 zones) is too large to print readably on a page; `iacs-assess diagram` draws it whole as SVG."
        );
        assert_eq!(range.get_value((1, 0)), None, "a picture, no note");
    }

    #[test]
    fn a_picture_fills_the_width_or_the_height_keeping_its_aspect() {
        assert_eq!(
            fit((800.0, 400.0), (1000.0, 700.0)),
            (1000.0, 500.0),
            "as wide as the page"
        );
        assert_eq!(
            fit((800.0, 800.0), (1000.0, 600.0)),
            (600.0, 600.0),
            "as tall as the page"
        );
        assert_eq!(
            fit((200.0, 100.0), (1000.0, 700.0)),
            (300.0, 150.0),
            "enlarged 1.5 times at most"
        );
        assert_eq!(fit((2000.0, 1000.0), (1000.0, 700.0)), (1000.0, 500.0), "shrunk to fit");
    }
}
