//! Reading a questionnaire workbook (export format `offline-xlsx`) back into an assessment, by
//! requirement id, never by translated text. Every cell that cannot be taken is reported with its
//! sheet and cell; nothing is changed unless the caller accepts a partial import.
//!
//! The package is checked first ([`package`]: sizes, references, the area a sheet may use), then
//! each sheet is read as a stream of cells, one row at a time: memory does not grow with how far
//! apart cells are, only with what the rows hold.

mod answers_csv;
pub mod answers_file;
mod answers_json;
mod package;
pub mod rules;

pub use package::{MAX_COLUMNS, MAX_ROWS, MAX_SHARED_STRINGS};

use crate::assessment::{Answer, Assessment};
use crate::catalog::Catalog;
use crate::error::{Diagnostic, Error, Result};
use crate::export::offline::{LISTS_SHEET, col};
use crate::export::xlsx::long_text::is_cut_from;
use crate::i18n::Texts;
use calamine::{Data, Reader, Xlsx, XlsxError, open_workbook};
use jiff::Timestamp;
use package::{Package, cell_name};
use rules::{Field, Given, Refusal, Rules};
use std::path::Path;

/// What an import found: the answers to write, and the cells it could not take.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub answers: Vec<Answer>,
    pub unchanged: usize,
    pub problems: Vec<Diagnostic>,
}

/// The columns a questionnaire row uses (A to K); cells further right are not read.
const WIDTH: usize = col::FLAG as usize + 1;

fn text(row: &[Data], column: u16) -> String {
    match row.get(usize::from(column)) {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.replace("\r\n", "\n"),
        Some(Data::Float(f)) if f.fract() == 0.0 => format!("{f:.0}"),
        Some(other) => other.to_string(),
    }
}

/// Read `path` against assessment `a`; `assessor` and `now` stamp the answers that change.
pub fn read_workbook(
    path: &Path,
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    assessor: &str,
    now: Timestamp,
) -> Result<ImportReport> {
    let package = package::check(path)?;
    let mut wb: Xlsx<_> =
        open_workbook(path).map_err(|e| Error::invalid(path, format!("cannot read the workbook: {e}")))?;
    let mut import = Import {
        path,
        catalog,
        assessor,
        now,
        package: &package,
        rules: Rules::new(a, catalog, texts),
        report: ImportReport::default(),
    };
    let mut sheets_read = 0;
    let names = wb.sheet_names();
    for name in names.iter().filter(|n| n.as_str() != LISTS_SHEET) {
        let cannot = |e: &dyn std::fmt::Display| Error::invalid(path, format!("sheet '{name}' cannot be read: {e}"));
        if !package.checked(name) {
            return Err(cannot(&"it is not where the workbook's list of sheets says"));
        }
        let mut cells = match wb.worksheet_cells_reader(name) {
            Ok(cells) => cells,
            // A chart sheet: no cells, so no questionnaire.
            Err(XlsxError::NotAWorksheet(_)) => continue,
            Err(e) => return Err(cannot(&e)),
        };
        let mut sheet = Sheet {
            name,
            is_questionnaire: false,
            problems: Vec::new(),
        };
        let mut row: Vec<Data> = vec![Data::Empty; WIDTH];
        let mut row_number: Option<u32> = None;
        loop {
            let cell = cells.next_cell().map_err(|e| cannot(&e))?;
            let position = cell.as_ref().map(|c| c.get_position());
            if let Some(current) = row_number
                && position.is_none_or(|(r, _)| r != current)
            {
                import.row(&mut sheet, current, &row);
                row.fill(Data::Empty);
            }
            let Some(cell) = cell else { break };
            let (r, c) = cell.get_position();
            row_number = Some(r);
            if let Some(slot) = row.get_mut(c as usize) {
                *slot = cell.get_value().clone().into();
            }
        }
        if sheet.is_questionnaire {
            sheets_read += 1;
            import.report.problems.append(&mut sheet.problems);
        }
    }
    if sheets_read == 0 {
        return Err(Error::invalid(
            path,
            "this workbook has no questionnaire sheets (make one with `iacs-assess export FILE --format offline-xlsx`)",
        ));
    }
    Ok(import.report)
}

/// One sheet being read. Its problems count only if it turns out to be a questionnaire sheet
/// (one row names a questionnaire in column A); the instructions sheet is not.
struct Sheet<'s> {
    name: &'s str,
    is_questionnaire: bool,
    problems: Vec<Diagnostic>,
}

/// An import under way: what it reads against, and what it found so far.
struct Import<'i> {
    path: &'i Path,
    catalog: &'i Catalog,
    assessor: &'i str,
    now: Timestamp,
    package: &'i Package,
    rules: Rules<'i>,
    report: ImportReport,
}

impl Import<'_> {
    /// Take one row (0-based `excel_row`) of cells A to K.
    fn row(&mut self, sheet: &mut Sheet, excel_row: u32, row: &[Data]) {
        let qid = text(row, col::QUESTIONNAIRE);
        if self.catalog.questionnaire(&qid).is_none() {
            if excel_row > 0 && !(qid.is_empty() && text(row, col::REQUIREMENT).is_empty()) {
                sheet.problems.push(Diagnostic::new(
                    self.path,
                    format!(
                        "sheet '{}', cell {}: unknown questionnaire \"{qid}\"",
                        sheet.name,
                        cell_name(u64::from(excel_row), u32::from(col::QUESTIONNAIRE))
                    ),
                ));
            }
            return;
        }
        sheet.is_questionnaire = true;
        if excel_row == 0 {
            return; // the header row
        }
        if let Err(refusal) = self.take(sheet.name, excel_row, row) {
            let column = match refusal.field {
                Field::Questionnaire => col::QUESTIONNAIRE,
                Field::Target => col::TARGET,
                Field::Requirement => col::REQUIREMENT,
                Field::Value => col::ANSWER,
                Field::Note => col::NOTE,
                Field::Evidence => col::EVIDENCE,
                Field::Interviewee => col::INTERVIEWEE,
                Field::Flagged => col::FLAG,
            };
            sheet.problems.push(Diagnostic::new(
                self.path,
                format!(
                    "sheet '{}', cell {}: {}",
                    sheet.name,
                    cell_name(u64::from(excel_row), u32::from(column)),
                    refusal.message
                ),
            ));
        }
    }

    /// The answer in one questionnaire row, by the rules every answers file follows ([`rules`]).
    fn take(&mut self, name: &str, excel_row: u32, row: &[Data]) -> Result<(), Refusal> {
        let evidence_cell = text(row, col::EVIDENCE);
        let mut given = Given {
            questionnaire: text(row, col::QUESTIONNAIRE),
            target: text(row, col::TARGET),
            requirement: text(row, col::REQUIREMENT),
            value: Some(text(row, col::ANSWER)),
            note: Some(text(row, col::NOTE).trim_end().to_string()),
            evidence: Some(evidence_cell.lines().map(str::to_string).collect()),
            interviewee: Some(text(row, col::INTERVIEWEE).trim().to_string()),
            flagged: Some(text(row, col::FLAG)),
        };
        let here = format!(
            "sheet '{name}', cell {}",
            cell_name(u64::from(excel_row), u32::from(col::REQUIREMENT))
        );
        let id = self.rules.identify(&given, &here)?;
        if let Some(&c) = [col::ANSWER, col::NOTE, col::EVIDENCE, col::INTERVIEWEE, col::FLAG]
            .iter()
            .find(|&&c| self.package.has_formula(name, excel_row, u32::from(c)))
        {
            let field = match c {
                col::ANSWER => Field::Value,
                col::NOTE => Field::Note,
                col::EVIDENCE => Field::Evidence,
                col::INTERVIEWEE => Field::Interviewee,
                _ => Field::Flagged,
            };
            return Err(Refusal {
                field,
                message: "holds a formula; type the text itself".into(),
            });
        }
        let existing = self.rules.existing(&id);
        // A text too long for its cell was exported cut (and whole on a sheet of its own): the
        // cut form read back is the text the assessment has.
        if let Some(x) = existing {
            let cut = |cell: &Option<String>, whole: &str| cell.as_deref().is_some_and(|c| is_cut_from(c, whole));
            if cut(&given.note, &x.note) {
                given.note = None;
            }
            if is_cut_from(&evidence_cell, &x.evidence.join("\n")) {
                given.evidence = None;
            }
            if cut(&given.interviewee, &x.interviewee) {
                given.interviewee = None;
            }
        }
        let proposed = self.rules.propose(id, given)?;
        match rules::change(existing, proposed, self.assessor, self.now) {
            Some(answer) => self.report.answers.push(answer),
            None => self.report.unchanged += 1,
        }
        Ok(())
    }
}
