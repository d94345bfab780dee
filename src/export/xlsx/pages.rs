//! How a workbook prints: paper from the locale, landscape, one page wide, the header row on every
//! page, the print area, and a footer that names the assessment, the sheet, the classification
//! and "page N of M". Spreadsheet programs print what is set here; nothing is left to their
//! defaults, which print a wide table as strips of columns.

use super::fail;
use crate::error::Result;
use crate::i18n::Texts;
use rust_xlsxwriter::Worksheet;
use unic_langid::LanguageIdentifier;

/// The paper a workbook is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

/// How wide columns `widths` characters wide are on screen, in pixels: 7w + 5 each in the default
/// font (a chart as wide as its table prints within it).
pub fn pixels(widths: impl IntoIterator<Item = f64>) -> u32 {
    widths.into_iter().map(|w| (w * 7.0 + 5.0) as u32).sum()
}

/// The left and right margins, in inches.
const MARGIN: f64 = 0.5;
/// The top and bottom margins, in inches (header and footer print inside them).
const MARGIN_TOP: f64 = 0.6;

/// Regions that print on US Letter (the rest of the world uses A4).
const LETTER_REGIONS: &[&str] = &[
    "US", "CA", "MX", "CL", "CO", "VE", "PH", "GT", "CR", "PR", "DO", "SV", "NI", "PA",
];

impl Paper {
    /// The paper of the language tag's region when it has one (`en-US`: Letter), else of the
    /// environment's locale (`LC_PAPER`, `LC_ALL`, `LANG`: `en_US.UTF-8` is Letter), else A4.
    pub fn from_locale(language: Option<&LanguageIdentifier>, env: impl Fn(&str) -> Option<String>) -> Paper {
        let region = language
            .and_then(|l| l.region.map(|r| r.as_str().to_string()))
            .or_else(|| {
                ["LC_ALL", "LC_PAPER", "LANG"]
                    .iter()
                    .filter_map(|v| env(v).filter(|x| !x.is_empty()))
                    .next()
                    .and_then(|locale| region_of(&locale))
            });
        match region {
            Some(r) if LETTER_REGIONS.contains(&r.as_str()) => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// The width of a landscape page in points (A4 297 mm, Letter 11 inches).
    fn landscape_width(self) -> f64 {
        match self {
            Paper::Letter => 792.0,
            Paper::A4 => 841.9,
        }
    }

    /// The height of a landscape page in points (A4 210 mm, Letter 8.5 inches).
    fn landscape_height(self) -> f64 {
        match self {
            Paper::Letter => 612.0,
            Paper::A4 => 595.3,
        }
    }

    /// The paper code of the spreadsheet format.
    fn code(self) -> u8 {
        match self {
            Paper::Letter => 1,
            Paper::A4 => 9,
        }
    }
}

/// "de_CH.UTF-8" -> "CH"; "C" and "POSIX" have none.
fn region_of(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next()?;
    let region = base.split(['_', '-']).nth(1)?;
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic())).then(|| region.to_ascii_uppercase())
}

/// What every printed page of a workbook carries.
#[derive(Debug, Clone)]
pub struct Pages {
    pub paper: Paper,
    /// The footer: "title | &A (the sheet) | classification" on the left, "page N of M" on the right.
    footer: String,
}

impl Pages {
    /// `title` of the assessment (or document) and its `classification`, the footer in `texts`' language.
    pub fn new(title: &str, classification: &str, paper: Paper, texts: &Texts) -> Pages {
        let page = texts.ui_with("print-page-of", &[("page", "&P".into()), ("pages", "&N".into())]);
        // Excel refuses a footer over 255 characters: the title is shortened to leave room.
        let room = 255usize.saturating_sub(page.chars().count() + classification.chars().count() + 24);
        let title: String = title.chars().take(room.min(120)).collect();
        let footer = format!("&L{} | &A | {}&R{}", escape(&title), escape(classification), page);
        Pages { paper, footer }
    }

    /// A sheet that is a table (set by [`super::header`]): landscape, one page wide and as long as
    /// it takes, the header row on every page.
    pub fn table(&self, ws: &mut Worksheet) -> Result<()> {
        self.table_at(ws, 0)
    }

    /// [`Pages::table`] with its header in row `head`.
    pub fn table_at(&self, ws: &mut Worksheet, head: u32) -> Result<()> {
        self.common(ws);
        ws.set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(head, head).map_err(fail)?;
        Ok(())
    }

    /// A sheet that is a page of text and charts (cover, summaries): landscape, one page wide,
    /// nothing repeated.
    pub fn page(&self, ws: &mut Worksheet) {
        self.common(ws);
        ws.set_print_fit_to_pages(1, 0);
    }

    /// A page of text with page breaks of its own, its printed columns `widths` wide: Excel
    /// ignores manual page breaks on a sheet fitted to the page, so the sheet is scaled to the
    /// page's width by a percentage instead, which keeps them.
    pub fn page_with_breaks(&self, ws: &mut Worksheet, widths: &[f64]) {
        self.common(ws);
        ws.set_print_scale(self.scale_to_width(widths));
    }

    /// A sheet that is one picture (the zone diagram): landscape, fitted to one page, which only
    /// shrinks what was sized a little too large for a spreadsheet program's own measures.
    pub fn picture_page(&self, ws: &mut Worksheet) {
        self.common(ws);
        ws.set_print_fit_to_pages(1, 1);
    }

    /// The width and height of sheet pixels that print on one page at `scale` %, with a
    /// little to spare (spreadsheet programs measure cells their own way).
    pub fn printable_pixels(&self, scale: u16) -> (f64, f64) {
        // A pixel is 3/4 point at 100 %.
        let per_point = 4.0 / 3.0 * 100.0 / f64::from(scale.max(1));
        let width = self.paper.landscape_width() - 2.0 * MARGIN * 72.0;
        let height = self.paper.landscape_height() - 2.0 * MARGIN_TOP * 72.0;
        (width * per_point * 0.97, height * per_point * 0.97)
    }

    /// The print scale (10 to 100 %) at which columns `widths` wide fill the printable width.
    pub(crate) fn scale_to_width(&self, widths: &[f64]) -> u16 {
        // A pixel is 3/4 point.
        let points = f64::from(pixels(widths.iter().copied())) * 0.75;
        let printable = self.paper.landscape_width() - 2.0 * MARGIN * 72.0;
        // LibreOffice lays columns out wider than that rule (seen: a sheet at 100 % by it lost its
        // last few characters), so a tenth of the width is kept spare.
        ((printable / points.max(1.0) * 90.0).floor() as u16).clamp(10, 100)
    }

    /// Print from A1 to (`last_row`, `last_col`), charts included: the last step of a sheet.
    pub fn area(&self, ws: &mut Worksheet, last_row: u32, last_col: u16) -> Result<()> {
        ws.set_print_area(0, 0, last_row, last_col).map_err(fail)?;
        Ok(())
    }

    fn common(&self, ws: &mut Worksheet) {
        ws.set_landscape();
        ws.set_paper_size(self.paper.code());
        ws.set_margins(MARGIN, MARGIN, MARGIN_TOP, MARGIN_TOP, 0.3, 0.3);
        ws.set_footer(&self.footer);
    }
}

/// Text in a header or footer: "&" starts a control code, so a literal one is doubled.
fn escape(text: &str) -> String {
    text.replace('&', "&&").replace(['\n', '\r'], " ")
}

/// Rows a printed landscape page holds at the default row height (15 points) after margins:
/// A4 is 595 points tall, Letter 612, less 1.2 inches of margins and the footer. A chart is
/// placed so that it does not cross a multiple of this, counted from its sheet's first row
/// (see [`clear_of_break`]). Fitting to one page wide shrinks a wide sheet, which only adds rows
/// per page, so this is the least a page holds.
pub const ROWS_PER_PAGE: u32 = 30;

/// The first row at or after `row` where something `height` rows tall starts without crossing a
/// page break, when each page holds `ROWS_PER_PAGE` rows of the default height.
pub fn clear_of_break(row: u32, height: u32) -> u32 {
    let page_end = (row / ROWS_PER_PAGE + 1) * ROWS_PER_PAGE;
    if row + height <= page_end || height > ROWS_PER_PAGE {
        row
    } else {
        page_end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |v| pairs.iter().find(|(k, _)| *k == v).map(|(_, x)| x.to_string())
    }

    #[test]
    fn paper_follows_the_region_of_the_language_then_of_the_environment() {
        let us: LanguageIdentifier = "en-US".parse().unwrap();
        let de: LanguageIdentifier = "de".parse().unwrap();
        assert_eq!(Paper::from_locale(Some(&us), env(&[])), Paper::Letter);
        assert_eq!(
            Paper::from_locale(Some(&de), env(&[("LANG", "en_US.UTF-8")])),
            Paper::Letter
        );
        assert_eq!(
            Paper::from_locale(Some(&de), env(&[("LANG", "de_DE.UTF-8")])),
            Paper::A4
        );
        assert_eq!(
            Paper::from_locale(None, env(&[("LC_PAPER", "fr_CA.UTF-8")])),
            Paper::Letter
        );
        assert_eq!(Paper::from_locale(None, env(&[("LANG", "C.UTF-8")])), Paper::A4);
        assert_eq!(Paper::from_locale(None, env(&[])), Paper::A4);
    }

    #[test]
    fn a_chart_moves_past_the_page_break_it_would_cross() {
        assert_eq!(clear_of_break(2, 15), 2);
        assert_eq!(clear_of_break(20, 15), 30);
        assert_eq!(clear_of_break(30, 15), 30);
        assert_eq!(clear_of_break(45, 15), 45);
        assert_eq!(clear_of_break(50, 40), 50, "taller than a page: left where it is");
    }

    #[test]
    fn a_sheet_with_page_breaks_is_scaled_to_the_width_of_the_page() {
        let texts = crate::i18n::Texts::load(&[]).unwrap();
        let a4 = Pages::new("t", "c", Paper::A4, &texts);
        let letter = Pages::new("t", "c", Paper::Letter, &texts);
        // Ten columns of 20: 10 x 145 pixels, 1087.5 points; A4 prints 769.9 points wide, of
        // which 90 % are used.
        assert_eq!(a4.scale_to_width(&[20.0; 10]), 63);
        assert_eq!(letter.scale_to_width(&[20.0; 10]), 59);
        assert_eq!(a4.scale_to_width(&[10.0]), 100, "never enlarged");
        assert_eq!(a4.scale_to_width(&[400.0; 10]), 10, "never below 10 %");
    }

    #[test]
    fn ampersands_in_the_title_print_as_themselves() {
        assert_eq!(escape("Water & Power\nplant"), "Water && Power plant");
    }
}
