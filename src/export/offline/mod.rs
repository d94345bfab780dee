//! The questionnaire workbook for offline use: someone on site answers in Excel or LibreOffice from
//! drop-down lists; `iacs-assess import` reads it back by requirement id (never by translated
//! text). Hidden columns A and B carry the questionnaire and target ids; a hidden sheet holds the
//! drop-down lists and what the importer needs to know about the workbook (its language and
//! layout). One sheet per questionnaire, and per system, zone, conduit or component where a
//! questionnaire is answered for each ([`sheet`]). Existing answers are filled in, so a partly done assessment can
//! go out too. Every sheet is protected without a password: only the answer cells take input,
//! filtering and sorting stay allowed, and anyone may lift the protection (Review > Unprotect).

mod sheet;

use super::xlsx::long_text::LongTexts;
use super::xlsx::{Pages, Paper, classification, fail, sheet_name};
use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::error::Result;
use crate::i18n::Texts;
use rust_xlsxwriter::{DocProperties, Format, FormatAlign, ProtectionOptions, Workbook, Worksheet};

/// The name of the hidden sheet with the drop-down lists and the workbook's facts.
pub const LISTS_SHEET: &str = "lists";
/// The text of hidden cell A of the header row of every questionnaire sheet: rows above it (the
/// questionnaire, the zone or conduit, its description) are not answers.
pub const HEADER_MARK: &str = "questionnaire";
/// On the lists sheet, the column header above the workbook's facts ("language", "layout").
pub const FACTS: &str = "workbook";
/// The layout this version writes. Layout 1 (until issue 19) had no guidance columns, so its
/// answer cells sat further left; the importer reads both.
pub const LAYOUT: u32 = 2;

/// Where the cells the importer reads are, in one layout of the questionnaire sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub questionnaire: u16,
    pub target: u16,
    pub requirement: u16,
    pub answer: u16,
    pub note: u16,
    pub evidence: u16,
    pub interviewee: u16,
    pub flag: u16,
}

impl Columns {
    /// The columns of `layout` (1 or 2); `None` for a layout this version does not know.
    pub fn of(layout: u32) -> Option<Columns> {
        match layout {
            1 => Some(Columns {
                answer: 6,
                note: 7,
                evidence: 8,
                interviewee: 9,
                flag: 10,
                ..COLUMNS
            }),
            2 => Some(COLUMNS),
            _ => None,
        }
    }

    /// The cells a person fills in, in order.
    pub fn answer_cells(&self) -> [u16; 5] {
        [self.answer, self.note, self.evidence, self.interviewee, self.flag]
    }
}

/// The columns of the layout written now ([`LAYOUT`]).
pub const COLUMNS: Columns = Columns {
    questionnaire: 0,
    target: 1,
    requirement: 2,
    answer: 7,
    note: 8,
    evidence: 9,
    interviewee: 10,
    flag: 11,
};

/// The formats of the workbook.
struct Styles {
    header: Format,
    wrap: Format,
    heading: Format,
    subheading: Format,
    /// An answer cell: unlocked, yellow, and text (built-in format 49, "@"), so that "2026-10-13" stays a text and
    /// "-2+3" is not taken for a formula.
    answer: Format,
}

impl Styles {
    fn new() -> Styles {
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color("#1F4E79")
                .set_font_color("#FFFFFF")
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            heading: Format::new().set_bold().set_font_size(13),
            subheading: Format::new().set_bold(),
            answer: wrap
                .clone()
                .set_background_color("#FFF2CC")
                .set_num_format_index(49)
                .set_unlocked(),
            wrap,
        }
    }
}

/// Protect `ws` with no password: filtering, sorting and row heights stay allowed.
fn protect(ws: &mut Worksheet) {
    ws.protect_with_options(&ProtectionOptions {
        use_autofilter: true,
        sort: true,
        format_rows: true,
        format_columns: true,
        ..ProtectionOptions::default()
    });
}

/// The questionnaire workbook of `a`, in the texts' language, printed on `paper`.
pub fn render(a: &Assessment, catalog: &Catalog, texts: &Texts, paper: Paper) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let mut taken = vec![LISTS_SHEET.to_string()];
    let styles = Styles::new();
    let pages = Pages::new(
        &a.assessment.title,
        &classification(&a.assessment.classification, texts),
        paper,
        texts,
    );
    wb.set_properties(
        &DocProperties::new()
            .set_title(&a.assessment.title)
            .set_subject(texts.ui("offline-sheet-instructions"))
            .set_company(&a.assessment.organisation)
            .set_status(classification(&a.assessment.classification, texts))
            .set_comment(format!("iacs-assess {}", env!("CARGO_PKG_VERSION"))),
    );
    let mut long = LongTexts::new(texts, &mut taken);

    // Instructions first, so it is what opens.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("offline-sheet-instructions"), &mut taken))
        .map_err(fail)?;
    ws.set_column_width(0, 100).map_err(fail)?;
    long.write(
        ws,
        0,
        0,
        &a.assessment.title,
        Some(&Format::new().set_bold().set_font_size(14)),
    )?;
    let mut last = 0;
    for (i, line) in texts.ui("offline-instructions").lines().enumerate() {
        last = i as u32 + 2;
        ws.write_string_with_format(last, 0, line, &styles.wrap).map_err(fail)?;
        super::xlsx::fit_row(ws, last, [(line, 100.0)])?;
    }
    pages.page(ws);
    pages.area(ws, last, 0)?;
    protect(ws);

    let lists = lists_sheet(&mut wb, catalog, texts)?;
    let mut book = sheet::Book {
        a,
        texts,
        styles: &styles,
        pages: &pages,
        lists: &lists,
        long: &mut long,
    };
    for q in a
        .assessment
        .questionnaires
        .iter()
        .filter_map(|id| catalog.questionnaire(id))
    {
        let targets: Vec<Option<&str>> = if q.scope.per_target() {
            a.targets_for(q.scope).into_iter().map(Some).collect()
        } else {
            vec![None]
        };
        for target in targets {
            let ws = wb.add_worksheet();
            let wanted = match target {
                Some(t) => format!("{} {t}", q.id),
                None => q.id.clone(),
            };
            ws.set_name(sheet_name(&wanted, &mut taken)).map_err(fail)?;
            book.sheet(ws, catalog, q, target)?;
        }
    }
    long.finish(&mut wb)?;
    wb.save_to_buffer().map_err(fail)
}

/// The drop-down lists on the hidden sheet: one column per scale with the labels in the texts'
/// language, then the word for "yes", then the workbook's facts (its language and layout, read
/// by the importer). Returns each scale's id and number of values, in column order.
fn lists_sheet(wb: &mut Workbook, catalog: &Catalog, texts: &Texts) -> Result<Vec<(String, usize)>> {
    let mut lists = Vec::new();
    let ls = wb.add_worksheet();
    ls.set_name(LISTS_SHEET).map_err(fail)?;
    for (c, scale) in catalog.scales.iter().enumerate() {
        ls.write_string(0, c as u16, &scale.id).map_err(fail)?;
        for (r, v) in scale.values.iter().enumerate() {
            let label = texts.get("scales", &format!("{}-{}", scale.id, v.id), Some("label"));
            ls.write_string(r as u32 + 1, c as u16, &label).map_err(fail)?;
        }
        lists.push((scale.id.clone(), scale.values.len()));
    }
    let yes_col = catalog.scales.len() as u16;
    ls.write_string(0, yes_col, "flag").map_err(fail)?;
    ls.write_string(1, yes_col, texts.ui("choice-yes")).map_err(fail)?;
    let facts = yes_col + 1;
    ls.write_string(0, facts, FACTS).map_err(fail)?;
    ls.write_string(1, facts, "language").map_err(fail)?;
    ls.write_string(1, facts + 1, texts.language().to_string())
        .map_err(fail)?;
    ls.write_string(2, facts, "layout").map_err(fail)?;
    ls.write_string(2, facts + 1, LAYOUT.to_string()).map_err(fail)?;
    ls.set_hidden(true);
    protect(ls);
    Ok(lists)
}

/// "A" for column 0, "AA" for 26.
fn column_letter(c: usize) -> String {
    let mut n = c + 1;
    let mut s = String::new();
    while n > 0 {
        s.insert(0, (b'A' + ((n - 1) % 26) as u8) as char);
        n = (n - 1) / 26;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_1_keeps_its_answer_cells_where_they_were() {
        let old = Columns::of(1).unwrap();
        assert_eq!((old.requirement, old.answer, old.flag), (2, 6, 10));
        assert_eq!(Columns::of(LAYOUT), Some(COLUMNS));
        assert_eq!(Columns::of(3), None);
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(26), "AA");
    }
}
