//! Many answers from one file: `iacs-assess answer FILE --from answers.csv` (or `.json`).
//!
//! The CSV has the columns of `export --format csv`, so an export can be edited in a spreadsheet
//! and fed back; the JSON is an array of objects with the same names (or an export made with
//! `export --format json`, whose `answers` are read). Every row is checked against the assessment
//! before anything is written, by the rules the offline workbook follows ([`super::rules`]):
//!
//! - A column (field) the file does not have leaves that part of every answer as it is; a cell
//!   that is there is taken as written: an empty value cell clears the value, an empty note cell
//!   clears the note.
//! - A row that changes nothing changes nothing: no new time, assessor or interviewee. A cell that
//!   reads as the export wrote it (a neutralised formula-like text, evidence joined with "; ") is
//!   the text the answer has.
//! - A changed value is stamped with the row's interviewee, the assessor and the time of the
//!   command, as `answer` does for one answer; a changed note, evidence or flag as an edit.
//! - Derived columns (title, group, countermeasures) and the stamps (assessor, time, edited_by,
//!   edited) are read only: accepted and ignored. An unknown column is an error naming it.

use super::rules::{self, Field, Given, Rules};
use super::{answers_csv, answers_json};
use crate::assessment::{Answer, Assessment};
use crate::catalog::Catalog;
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Texts;
use jiff::Timestamp;
use std::path::Path;

/// What reading an answers file found: the answers to write, and the rows it could not take.
#[derive(Debug, Default)]
pub struct AnswersReport {
    /// Rows read (blank rows not counted).
    pub rows: usize,
    /// The answers that change, in the file's order.
    pub answers: Vec<Answer>,
    /// Rows that change nothing.
    pub unchanged: usize,
    /// Rows that could not be taken.
    pub refused: usize,
    /// Why, one or more per refused row, each at its row.
    pub problems: Vec<Diagnostic>,
}

/// What a column of the CSV (or a field of a JSON object) holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Data(Field),
    /// Written by the export, derived or stamped by the tool: accepted, ignored.
    ReadOnly,
}

/// The columns an answers file takes, by their names in the CSV export (and a few others).
pub(super) fn column(name: &str) -> Option<Column> {
    use Column::{Data, ReadOnly};
    Some(match name.trim().to_lowercase().as_str() {
        "questionnaire" => Data(Field::Questionnaire),
        "target" | "zone" | "conduit" | "system" => Data(Field::Target),
        "requirement" => Data(Field::Requirement),
        "value" => Data(Field::Value),
        "note" => Data(Field::Note),
        "evidence" => Data(Field::Evidence),
        "interviewee" => Data(Field::Interviewee),
        "flagged" => Data(Field::Flagged),
        "title" | "group" | "countermeasures" | "assessor" | "time" | "edited_by" | "edited" => ReadOnly,
        _ => return None,
    })
}

/// The columns named in messages about an unknown one.
pub(super) const KNOWN_COLUMNS: &str = "questionnaire, target, requirement, value, note, evidence, interviewee, flagged; read only: title, group, countermeasures, assessor, time";

/// A field's name in messages.
pub(super) fn field_name(field: Field) -> &'static str {
    match field {
        Field::Questionnaire => "questionnaire",
        Field::Target => "target",
        Field::Requirement => "requirement",
        Field::Value => "value",
        Field::Note => "note",
        Field::Evidence => "evidence",
        Field::Interviewee => "interviewee",
        Field::Flagged => "flagged",
    }
}

/// Where a row is: a CSV row as a spreadsheet numbers it (the header is line 1), or the line and
/// column where a JSON object starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Place {
    pub line: usize,
    pub column: Option<usize>,
    /// Said after the message: a CSV row that starts on another line of the text than its number
    /// (a cell above spans lines).
    pub aside: Option<String>,
}

impl Place {
    /// How a later row refers to this one ("line 4", "line 4, column 3").
    fn described(&self) -> String {
        match self.column {
            Some(c) => format!("line {}, column {c}", self.line),
            None => format!("line {}", self.line),
        }
    }

    fn problem(&self, path: &Path, message: String) -> Diagnostic {
        let message = match &self.aside {
            Some(aside) => format!("{message} ({aside})"),
            None => message,
        };
        Diagnostic {
            file: path.to_path_buf(),
            line: Some(self.line),
            column: self.column,
            message,
        }
    }
}

/// One row of an answers file as its reader found it.
#[derive(Debug)]
pub(super) struct Row {
    pub place: Place,
    pub given: Given,
    /// CSV only (`None` for JSON): the evidence cell as written, if there is an evidence column;
    /// the cells of a CSV row are compared with what the export writes (see
    /// [`answers_csv::as_exported`]).
    pub csv_evidence: Option<Option<String>>,
    /// What the reader could not read in this row (a cell outside the columns, a field of the wrong
    /// type); such a row is not taken.
    pub unreadable: Vec<String>,
}

/// Read `path` against assessment `a`; `assessor` and `now` stamp the answers that change.
pub fn read(
    path: &Path,
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    assessor: &str,
    now: Timestamp,
) -> Result<AnswersReport> {
    let bytes = crate::limits::read_file(path)?;
    let text = decode(path, &bytes)?;
    let is_json = text.trim_start().starts_with(['[', '{']);
    let rows = if is_json {
        answers_json::rows(path, text)?
    } else {
        answers_csv::rows(path, text)?
    };
    Ok(take(path, rows, &mut Rules::new(a, catalog, texts), assessor, now))
}

/// Every row through the rules: all are checked, whatever the others hold.
fn take(path: &Path, rows: Vec<Row>, rules: &mut Rules, assessor: &str, now: Timestamp) -> AnswersReport {
    let mut report = AnswersReport {
        rows: rows.len(),
        ..AnswersReport::default()
    };
    for row in rows {
        let Row {
            place,
            mut given,
            csv_evidence,
            unreadable,
        } = row;
        if !unreadable.is_empty() {
            report.refused += 1;
            report
                .problems
                .extend(unreadable.into_iter().map(|m| place.problem(path, m)));
            continue;
        }
        let refused = |refusal: rules::Refusal| {
            place.problem(
                path,
                format!(
                    "{} \"{}\": {}",
                    what_names(&place),
                    field_name(refusal.field),
                    refusal.message
                ),
            )
        };
        let id = match rules.identify(&given, &place.described()) {
            Ok(id) => id,
            Err(r) => {
                report.refused += 1;
                report.problems.push(refused(r));
                continue;
            }
        };
        let existing = rules.existing(&id);
        if let Some(evidence_cell) = csv_evidence {
            answers_csv::as_exported(existing, &mut given, evidence_cell.as_deref());
        }
        match rules.propose(id, given) {
            Ok(proposed) => match rules::change(existing, proposed, assessor, now) {
                Some(answer) => match rules
                    .in_service_scope(&answer)
                    .and_then(|()| rules.asked_of_type(&answer.id()))
                {
                    Ok(()) => report.answers.push(answer),
                    Err(r) => {
                        report.refused += 1;
                        report.problems.push(refused(r));
                    }
                },
                None => report.unchanged += 1,
            },
            Err(r) => {
                report.refused += 1;
                report.problems.push(refused(r));
            }
        }
    }
    report
}

/// "column" for a CSV row, "field" for a JSON object (which has a column of its own).
fn what_names(place: &Place) -> &'static str {
    if place.column.is_some() { "field" } else { "column" }
}

/// The file's text: UTF-8, without the byte order mark Excel writes. Other encodings are refused
/// with the place of the first byte that is not UTF-8, never guessed.
fn decode<'b>(path: &Path, bytes: &'b [u8]) -> Result<&'b str> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::invalid(
            path,
            "this is UTF-16 text; save it as UTF-8 (in Excel: \"CSV UTF-8 (Comma delimited)\")",
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // The bytes before the error are UTF-8: count their characters for the column.
        let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        Error::Invalid(vec![Diagnostic {
            file: path.to_path_buf(),
            line: Some(line),
            column: Some(column),
            message: "not UTF-8 text (an older spreadsheet encoding?); save it as UTF-8 (in Excel: \"CSV UTF-8 (Comma delimited)\")".into(),
        }])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_order_mark_is_dropped_and_other_encodings_are_refused_at_their_first_byte() {
        let p = Path::new("a.csv");
        assert_eq!(decode(p, b"\xEF\xBB\xBFquestionnaire").unwrap(), "questionnaire");
        let Err(Error::Invalid(d)) = decode(p, b"questionnaire\nnote\nZ\xfcrich") else {
            panic!("Latin-1 taken as UTF-8");
        };
        assert_eq!((d[0].line, d[0].column), (Some(3), Some(2)));
        assert!(decode(p, b"\xFF\xFEq\0").is_err());
    }

    #[test]
    fn many_answers_set_at_once_are_what_setting_them_one_by_one_gives() {
        use crate::assessment::AnswerId;
        let t = Timestamp::UNIX_EPOCH;
        let answer = |target: &str, r: &str, value: &str| {
            let mut x = Answer::new(&AnswerId::new("iec62443-3-3", Some(target), r), t);
            x.value = Some(value.into());
            x
        };
        let mut one_by_one = Assessment::new("t", "en", vec![], t);
        for r in ["SR 1.2", "SR 1.10"] {
            one_by_one.set_answer(answer("Z2", r, "met"));
        }
        let mut at_once = one_by_one.clone();
        let many = vec![
            answer("Z10", "SR 2.1", "met"),
            answer("Z2", "SR 1.10", "not-met"),
            answer("Z1", "SR 1.1", "met"),
            answer("Z10", "SR 2.1", "na"),
        ];
        for x in many.clone() {
            one_by_one.set_answer(x);
        }
        at_once.set_answers(many);
        assert_eq!(at_once, one_by_one);
        assert_eq!(at_once.answers().len(), 4);
        assert_eq!(
            at_once.answers()[3].value.as_deref(),
            Some("na"),
            "the later of two wins"
        );
    }

    #[test]
    fn export_columns_are_data_or_read_only_and_others_unknown() {
        for name in crate::export::csv::HEADER {
            assert!(column(name).is_some(), "{name}");
        }
        assert_eq!(column(" Value "), Some(Column::Data(Field::Value)));
        assert_eq!(column("title"), Some(Column::ReadOnly));
        assert_eq!(column("valeu"), None);
    }
}
