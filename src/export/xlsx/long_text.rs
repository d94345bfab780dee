//! A spreadsheet cell holds at most 32,767 characters (counted in UTF-16 units, as Excel does),
//! and a note pasted from a report can be longer. Such a text is cut in its cell, which says where
//! the rest is, and carried whole on a sheet of its own ("Long texts"): one row per text, naming
//! the sheet and cell it belongs to, then the text in parts of at most [`PART`] units in the
//! cells to the right, to be read one after another. Every workbook the program writes goes
//! through this, so no text from an assessment can make an export fail.

use super::{fail, sheet_name};
use crate::error::Result;
use crate::i18n::Texts;
use fluent_bundle::FluentValue;
use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{Format, Workbook, Worksheet};
use std::borrow::Cow;

/// The most a cell holds, in UTF-16 units.
pub const CELL_LIMIT: usize = 32_767;
/// The size of the parts a long text is carried in, and of its beginning kept in its own cell
/// (the rest of the cell says where the whole text is).
pub const PART: usize = 32_000;

/// The texts too long for their cells, gathered while the sheets are written.
pub struct LongTexts<'t> {
    texts: &'t Texts,
    /// The name reserved for the sheet of long texts.
    sheet: String,
    /// (sheet!cell, whole text)
    entries: Vec<(String, String)>,
}

fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// The longest beginning of `text` of at most `units` UTF-16 units, and the rest.
fn split_at_units(text: &str, units: usize) -> (&str, &str) {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += c.len_utf16();
        if used > units {
            return text.split_at(i);
        }
    }
    (text, "")
}

impl<'t> LongTexts<'t> {
    /// Reserve the sheet's name among the workbook's (`taken`); the sheet is only written when a
    /// text needs it.
    pub fn new(texts: &'t Texts, taken: &mut Vec<String>) -> Self {
        LongTexts {
            texts,
            sheet: sheet_name(&texts.ui("sheet-long-texts"), taken),
            entries: Vec::new(),
        }
    }

    /// What cell (`row`, `column`) of sheet `on` shows of `text`: all of it, or its beginning and
    /// where the whole text is.
    pub fn cell<'a>(&mut self, on: &str, row: u32, column: u16, text: &'a str) -> Cow<'a, str> {
        if utf16_len(text) <= CELL_LIMIT {
            return Cow::Borrowed(text);
        }
        let place = format!("{on}!{}", row_col_to_cell(row, column));
        self.entries.push((place, text.to_string()));
        let (beginning, _) = split_at_units(text, PART);
        let note = self.texts.ui_with(
            "long-text-cut",
            &[
                ("sheet", FluentValue::from(self.sheet.as_str())),
                ("row", FluentValue::from(self.entries.len() + 1)),
            ],
        );
        Cow::Owned(format!("{beginning} {note}"))
    }

    /// Write `text` into a cell of `ws`, cut if it must be.
    pub fn write(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        column: u16,
        text: &str,
        format: Option<&Format>,
    ) -> Result<()> {
        let name = ws.name();
        let shown = self.cell(&name, row, column, text);
        match format {
            Some(f) => ws.write_string_with_format(row, column, shown.as_ref(), f),
            None => ws.write_string(row, column, shown.as_ref()),
        }
        .map_err(fail)?;
        Ok(())
    }

    /// Add the sheet of long texts to `wb`, if any text needed it.
    pub fn finish(self, wb: &mut Workbook) -> Result<()> {
        self.finish_printed(wb, None)
    }

    /// As [`LongTexts::finish`], the sheet printed like the others of its workbook (`pages`).
    pub fn finish_printed(self, wb: &mut Workbook, pages: Option<&super::Pages>) -> Result<()> {
        if self.entries.is_empty() {
            return Ok(());
        }
        let ws = wb.add_worksheet();
        ws.set_name(&self.sheet).map_err(fail)?;
        if let Some(pages) = pages {
            pages.table(ws)?;
        }
        let bold = Format::new().set_bold();
        ws.write_string_with_format(0, 0, self.texts.ui("long-text-col-cell"), &bold)
            .map_err(fail)?;
        ws.write_string_with_format(0, 1, self.texts.ui("long-text-col-parts"), &bold)
            .map_err(fail)?;
        ws.set_column_width(0, 24).map_err(fail)?;
        for (row, (place, text)) in (1u32..).zip(&self.entries) {
            ws.write_string(row, 0, place).map_err(fail)?;
            let mut rest = text.as_str();
            let mut column = 1u16;
            while !rest.is_empty() {
                let (part, after) = split_at_units(rest, PART);
                ws.write_string(row, column, part).map_err(fail)?;
                rest = after;
                column = column.saturating_add(1);
            }
        }
        Ok(())
    }
}

/// Whether `cell` is what [`LongTexts::cell`] shows of `whole`: an import reading its own
/// workbook back takes such a cell for the whole text, unchanged.
pub fn is_cut_from(cell: &str, whole: &str) -> bool {
    utf16_len(whole) > CELL_LIMIT && {
        let (beginning, _) = split_at_units(whole, PART);
        cell.len() > beginning.len() && cell.starts_with(beginning)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_at_a_character_and_recognised() {
        let whole = "é".repeat(20_000) + &"😀".repeat(10_000); // 40,000 UTF-16 units
        let (beginning, rest) = split_at_units(&whole, PART);
        assert_eq!(utf16_len(beginning), PART);
        assert_eq!(format!("{beginning}{rest}"), whole);
        assert!(is_cut_from(&format!("{beginning} (continued)"), &whole));
        assert!(!is_cut_from(beginning, &whole));
        assert!(!is_cut_from("short", "short"));
    }
}
