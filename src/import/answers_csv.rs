//! The CSV form of an answers file: the columns of `export --format csv` by name, in any order,
//! separated by commas, or by semicolons (or tabs) when the header line has those and no comma (a
//! spreadsheet in a language that writes decimal commas saves CSV with semicolons).
//!
//! Rows are numbered as a spreadsheet shows them: the header is line 1, a row whose cells span
//! several lines of text is still one line.

use super::answers_file::{Column, KNOWN_COLUMNS, Place, Row, column, field_name};
use super::rules::{Field, Given};
use crate::assessment::Answer;
use crate::error::{Diagnostic, Error, PositionIndex, Result};
use crate::export::neutralise;
use std::path::Path;

/// The separator the header line uses.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.contains(',') {
        b','
    } else if header.contains(';') {
        b';'
    } else if header.contains('\t') {
        b'\t'
    } else {
        b','
    }
}

/// Every row of the CSV `text` (blank rows left out).
pub(super) fn rows(path: &Path, text: &str) -> Result<Vec<Row>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let fail = |e: ::csv::Error| {
        let line = e.position().map(|p| p.line() as usize);
        Error::Invalid(vec![Diagnostic {
            file: path.to_path_buf(),
            line,
            column: None,
            message: format!("cannot read the CSV: {e}"),
        }])
    };
    let mut records = reader.records();
    let header = match records.next() {
        Some(h) => h.map_err(fail)?,
        None => {
            return Err(Error::invalid(
                path,
                "the file is empty: the first line names the columns (as `export --format csv` writes them)",
            ));
        }
    };
    let columns = header_columns(path, &header)?;
    let lines = PositionIndex::new(text);
    let mut rows = Vec::new();
    let mut number = 1;
    for record in records {
        let record = record.map_err(fail)?;
        number += 1;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(number, |p| text_line(&lines, text, p.byte()));
        let place = Place {
            line: number,
            column: None,
            aside: (line != number).then(|| format!("line {line} of the text")),
        };
        rows.push(row(place, &columns, &record));
    }
    Ok(rows)
}

/// The line of the text a record starts on, from the byte where the reader says it starts (which
/// may be the line end before it: after a "\r" the reader starts the next record at the "\n").
fn text_line(lines: &PositionIndex, text: &str, byte: u64) -> usize {
    let byte = usize::try_from(byte).unwrap_or(text.len()).min(text.len());
    let skipped = text[byte..].len() - text[byte..].trim_start_matches(['\r', '\n']).len();
    lines.position(byte + skipped).line
}

/// What each column of the header holds: `None` for a column without a name (its cells must be
/// empty). Unknown and repeated columns are refused, all at once.
fn header_columns(path: &Path, header: &::csv::StringRecord) -> Result<Vec<Option<Column>>> {
    let mut problems = Vec::new();
    let mut columns = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let at = |message: String| Diagnostic {
            file: path.to_path_buf(),
            line: Some(1),
            column: None,
            message: format!("column {}: {message}", i + 1),
        };
        let c = if name.trim().is_empty() {
            None
        } else {
            match column(name) {
                Some(c) => Some(c),
                None => {
                    problems.push(at(format!("unknown column \"{name}\" (the columns: {KNOWN_COLUMNS})")));
                    None
                }
            }
        };
        if let Some(Column::Data(field)) = c
            && columns.contains(&c)
        {
            problems.push(at(format!("\"{name}\" gives the {} a second time", field_name(field))));
        }
        columns.push(c);
    }
    for needed in [Field::Questionnaire, Field::Requirement] {
        if !columns.contains(&Some(Column::Data(needed))) {
            problems.push(Diagnostic {
                file: path.to_path_buf(),
                line: Some(1),
                column: None,
                message: format!("no column \"{}\" (the columns: {KNOWN_COLUMNS})", field_name(needed)),
            });
        }
    }
    if problems.is_empty() {
        Ok(columns)
    } else {
        Err(Error::Invalid(problems))
    }
}

/// The answer a record gives.
fn row(place: Place, columns: &[Option<Column>], record: &::csv::StringRecord) -> Row {
    let mut given = Given::default();
    let mut evidence_cell = None;
    let mut unreadable = Vec::new();
    if record.len() != columns.len() {
        unreadable.push(format!(
            "{} cells, but the header names {} columns",
            record.len(),
            columns.len()
        ));
    }
    for (cell, c) in record.iter().zip(columns) {
        match c {
            None if !cell.trim().is_empty() => {
                unreadable.push(format!("\"{cell}\" is in a column without a name"));
            }
            None | Some(Column::ReadOnly) => {}
            Some(Column::Data(field)) => {
                let text = || cell.replace("\r\n", "\n");
                match field {
                    Field::Questionnaire => given.questionnaire = plain(cell).to_string(),
                    Field::Target => given.target = plain(cell).to_string(),
                    Field::Requirement => given.requirement = plain(cell).to_string(),
                    Field::Value => given.value = Some(plain(cell).to_string()),
                    Field::Note => given.note = Some(text()),
                    Field::Evidence => evidence_cell = Some(text()),
                    Field::Interviewee => given.interviewee = Some(text()),
                    Field::Flagged => given.flagged = Some(plain(cell).to_string()),
                }
            }
        }
    }
    Row {
        place,
        given,
        csv_evidence: Some(evidence_cell),
        unreadable,
    }
}

/// A cell without the apostrophe the export puts before a formula-like text ("'=1+1").
fn plain(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if neutralise(rest).len() > rest.len() => rest,
        _ => cell,
    }
}

/// Cells that read exactly as the export wrote the answer keep the answer's text (a note with
/// its own apostrophe, evidence references that hold "; "); other cells are taken without the
/// export's apostrophe, evidence split at ";" and line ends.
pub(super) fn as_exported(existing: Option<&Answer>, given: &mut Given, evidence_cell: Option<&str>) {
    let exported = |cell: &Option<String>, text: &str| cell.as_deref() == Some(neutralise(text).as_str());
    let plain_text = |cell: &mut Option<String>| {
        if let Some(c) = cell {
            *c = plain(c).to_string();
        }
    };
    match existing {
        Some(x) if exported(&given.note, &x.note) => given.note = None,
        _ => plain_text(&mut given.note),
    }
    match existing {
        Some(x) if exported(&given.interviewee, &x.interviewee) => given.interviewee = None,
        _ => plain_text(&mut given.interviewee),
    }
    if let Some(cell) = evidence_cell {
        given.evidence = match existing {
            Some(x) if cell == neutralise(&x.evidence.join("; ")) => None,
            _ => Some(plain(cell).split([';', '\n']).map(str::to_string).collect()),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_the_header_lines() {
        assert_eq!(separator("questionnaire,target\n"), b',');
        assert_eq!(separator("questionnaire;target;note\nq;t;a, b\n"), b';');
        assert_eq!(separator("questionnaire\ttarget\n"), b'\t');
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them_and_their_text_line_said_where_it_differs() {
        let text = "questionnaire,requirement,note\r\nq,r1,a\r\nq,r2,\"two\r\nlines\"\r\n\r\nq,r3,c\r\n";
        let rows = rows(Path::new("a.csv"), text).unwrap();
        let places: Vec<(usize, Option<&str>)> =
            rows.iter().map(|r| (r.place.line, r.place.aside.as_deref())).collect();
        assert_eq!(
            places,
            [(2, None), (3, None), (4, Some("line 6 of the text"))],
            "the blank line is no row"
        );
        assert_eq!(rows[1].given.note.as_deref(), Some("two\nlines"));
    }

    #[test]
    fn only_the_exports_apostrophe_is_taken_off() {
        assert_eq!(plain("'=1+1"), "=1+1");
        assert_eq!(plain("'-x"), "-x");
        assert_eq!(plain("'quoted'"), "'quoted'");
        assert_eq!(plain("=1+1"), "=1+1");
    }
}
