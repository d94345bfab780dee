//! CSV files people keep in spreadsheets, read the same way by every import (zones, conduits,
//! scenarios, components): within the size limit, as UTF-8 with or without Excel's byte-order
//! mark, with ',' or ';' between fields (a European Excel writes ';'), and with each record's line
//! counted right after the "\r\n" line ends every Excel file has.

use crate::error::{Error, PositionIndex, Result};
use std::path::Path;

/// The text of a CSV file, read within the size limit, without a byte-order mark.
pub(crate) fn read(path: &Path) -> Result<String> {
    let bytes = crate::limits::read_file(path).map_err(|d| Error::Invalid(vec![d]))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::invalid(
            path,
            format!("the file is not UTF-8 text (at byte {})", e.utf8_error().valid_up_to()),
        )
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// A reader of `text`: fields trimmed, separated by ';' when the header line has ';' and no ','.
pub(crate) fn reader(text: &str) -> ::csv::Reader<&[u8]> {
    let first_line = text.lines().next().unwrap_or("");
    let separator = if first_line.contains(';') && !first_line.contains(',') {
        b';'
    } else {
        b','
    };
    ::csv::ReaderBuilder::new()
        .trim(::csv::Trim::All)
        .delimiter(separator)
        .from_reader(text.as_bytes())
}

/// The line a record starts on. Not the csv crate's own count: after a "\r\n" (every file Excel
/// writes) it names the line before, as the record is taken to start at the "\n"; the record's
/// first byte that is not a line end is looked up instead.
pub(crate) fn line_of(lines: &PositionIndex, text: &str, p: &::csv::Position) -> usize {
    let start = p.byte() as usize;
    let skipped = text
        .get(start..)
        .map_or(0, |rest| rest.len() - rest.trim_start_matches(['\r', '\n']).len());
    lines.position(start + skipped).line
}
