//! Reading a questionnaire workbook (export format `offline-xlsx`) back into an assessment, by
//! requirement id, never by translated text. Every cell that cannot be taken is reported with its
//! sheet and cell; nothing is changed unless the caller accepts a partial import.
//!
//! The package is checked first ([`package`]: sizes, references, the area a sheet may use), then
//! each sheet is read as a stream of cells, one row at a time: memory does not grow with how far
//! apart cells are, only with what the rows hold. The rows are then weighed together
//! ([`weigh`]): a row that empties an answer the assessment has, and two rows for one answer,
//! are refused unless the person importing confirmed them. Messages are in the workbook's
//! language when the caller selected it ([`workbook_language`]).

mod answers_csv;
pub mod answers_file;
mod answers_json;
mod package;
pub mod rules;
mod weigh;

pub use package::{MAX_COLUMNS, MAX_ROWS, MAX_SHARED_STRINGS};
pub use weigh::Confirmed;

use crate::assessment::{Answer, Assessment};
use crate::catalog::Catalog;
use crate::error::{Diagnostic, Error, Result};
use crate::export::offline::{Columns, FACTS, HEADER_MARK, LISTS_SHEET};
use crate::export::xlsx::long_text::is_cut_from;
use crate::i18n::Texts;
use calamine::{Data, Reader, Xlsx, XlsxError, open_workbook};
use jiff::Timestamp;
use package::{Package, cell_name};
use rules::{Field, Given, Refusal, Rules};
use std::io::{Read, Seek};
use std::path::Path;
use unic_langid::LanguageIdentifier;
use weigh::Row;

/// What an import found: the answers to write, and the cells it could not take.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub answers: Vec<Answer>,
    pub unchanged: usize,
    pub problems: Vec<Diagnostic>,
    /// Answers emptied with confirmation, one line each (sheet, row, what): said, never silent.
    pub cleared: Vec<String>,
    /// Identical rows for one answer taken once with confirmation, one line each.
    pub repeated: Vec<String>,
}

/// The most columns any layout reads (layout 2: A to L); cells further right are not read.
const WIDTH: usize = 16;

fn text(row: &[Data], column: u16) -> String {
    match row.get(usize::from(column)) {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.replace("\r\n", "\n"),
        Some(Data::Float(f)) if f.fract() == 0.0 => format!("{f:.0}"),
        Some(other) => other.to_string(),
    }
}

/// What the lists sheet says about the workbook: its language and its layout.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Facts {
    language: Option<String>,
    layout: Option<String>,
}

/// The facts of a workbook: the column headed [`FACTS`] on the lists sheet holds keys, the
/// column right of it their values. A workbook without them (made before they were written) is
/// layout 1 with no language. Only the first rows are looked at.
fn facts<R: Read + Seek>(wb: &mut Xlsx<R>) -> Facts {
    let mut cells: Vec<(u32, u32, String)> = Vec::new();
    if let Ok(mut reader) = wb.worksheet_cells_reader(LISTS_SHEET) {
        while let Ok(Some(cell)) = reader.next_cell() {
            let (r, c) = cell.get_position();
            if r > 8 {
                break;
            }
            let value: Data = cell.get_value().clone().into();
            cells.push((r, c, value.to_string()));
        }
    }
    let Some(column) = cells.iter().find(|(r, _, v)| *r == 0 && v == FACTS).map(|x| x.1) else {
        return Facts::default();
    };
    let value = |key: &str| {
        let row = cells.iter().find(|(_, c, v)| *c == column && v == key)?.0;
        cells
            .iter()
            .find(|(r, c, _)| *r == row && *c == column + 1)
            .map(|x| x.2.trim().to_string())
    };
    Facts {
        language: value("language"),
        layout: value("layout"),
    }
}

/// The language an offline workbook was written in, for speaking it in the import's messages;
/// `None` when the workbook does not say (or cannot be read: reading it will say why).
pub fn workbook_language(path: &Path) -> Option<LanguageIdentifier> {
    package::check(path).ok()?;
    let mut wb: Xlsx<_> = open_workbook(path).ok()?;
    facts(&mut wb).language?.parse().ok()
}

/// Read `path` against assessment `a`; `assessor` and `now` stamp the answers that change;
/// `confirmed` says which cleared answers and repeated rows the person importing accepted.
pub fn read_workbook(
    path: &Path,
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    (assessor, now): (&str, Timestamp),
    confirmed: Confirmed,
) -> Result<ImportReport> {
    let package = package::check(path)?;
    let mut wb: Xlsx<_> =
        open_workbook(path).map_err(|e| Error::invalid(path, format!("cannot read the workbook: {e}")))?;
    let facts = facts(&mut wb);
    let layout = facts.layout.as_deref().unwrap_or("1");
    let columns = layout.parse().ok().and_then(Columns::of).ok_or_else(|| {
        Error::invalid(
            path,
            texts.ui_with("import-layout-unknown", &[("layout", layout.into())]),
        )
    })?;
    let mut import = Import {
        path,
        catalog,
        texts,
        columns,
        package: &package,
        rules: Rules::new(a, catalog, texts),
        rows: Vec::new(),
        problems: Vec::new(),
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
            started: false,
            is_questionnaire: false,
            problems: Vec::new(),
            rows: Vec::new(),
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
            import.problems.append(&mut sheet.problems);
            import.rows.append(&mut sheet.rows);
        }
    }
    if sheets_read == 0 {
        return Err(Error::invalid(path, texts.ui("import-no-questionnaire-sheets")));
    }
    let mut report = ImportReport {
        problems: std::mem::take(&mut import.problems),
        ..ImportReport::default()
    };
    weigh::weigh(
        import.rows,
        confirmed,
        texts,
        columns,
        path,
        (assessor, now),
        &mut report,
    );
    Ok(report)
}

/// One sheet being read. Its rows and problems count only if it turns out to be a
/// questionnaire sheet (one row names a questionnaire in column A); the instructions sheet is
/// not. Rows above the header row (the questionnaire, zone or conduit and its description) are
/// not answers.
struct Sheet<'s, 'a> {
    name: &'s str,
    /// The header row, or a first answer row, has been seen.
    started: bool,
    is_questionnaire: bool,
    problems: Vec<Diagnostic>,
    rows: Vec<Row<'a>>,
}

/// An import under way: what it reads against, and what it found so far.
struct Import<'i> {
    path: &'i Path,
    catalog: &'i Catalog,
    texts: &'i Texts,
    columns: Columns,
    package: &'i Package,
    rules: Rules<'i>,
    rows: Vec<Row<'i>>,
    problems: Vec<Diagnostic>,
}

impl<'i> Import<'i> {
    fn at(&self, sheet: &str, excel_row: u32, column: u16) -> String {
        self.texts.ui_with(
            "import-at-cell",
            &[
                ("sheet", sheet.to_string().into()),
                ("cell", cell_name(u64::from(excel_row), u32::from(column)).into()),
            ],
        )
    }

    /// Take one row (0-based `excel_row`) of a sheet.
    fn row(&mut self, sheet: &mut Sheet<'_, 'i>, excel_row: u32, row: &[Data]) {
        let c = self.columns;
        let qid = text(row, c.questionnaire);
        let known = self.catalog.questionnaire(&qid).is_some();
        if !sheet.started {
            sheet.started = known || qid == HEADER_MARK;
            if !known {
                return;
            }
        }
        if !known {
            let blank = qid.is_empty() && text(row, c.requirement).is_empty();
            if !blank && qid != HEADER_MARK {
                let at = self.at(sheet.name, excel_row, c.questionnaire);
                let message = self
                    .texts
                    .ui_with("import-unknown-questionnaire", &[("id", qid.into())]);
                sheet
                    .problems
                    .push(Diagnostic::new(self.path, format!("{at}: {message}")));
            }
            return;
        }
        sheet.is_questionnaire = true;
        match self.take(sheet.name, excel_row, row) {
            Ok(taken) => sheet.rows.push(taken),
            Err(refusal) => {
                let column = match refusal.field {
                    Field::Questionnaire => c.questionnaire,
                    Field::Target => c.target,
                    Field::Requirement => c.requirement,
                    Field::Value => c.answer,
                    Field::Note => c.note,
                    Field::Evidence => c.evidence,
                    Field::Interviewee => c.interviewee,
                    Field::Flagged => c.flag,
                };
                let at = self.at(sheet.name, excel_row, column);
                sheet
                    .problems
                    .push(Diagnostic::new(self.path, format!("{at}: {}", refusal.message)));
            }
        }
    }

    /// The answer in one questionnaire row, by the rules every answers file follows ([`rules`]).
    fn take(&mut self, name: &str, excel_row: u32, row: &[Data]) -> Result<Row<'i>, Refusal> {
        let c = self.columns;
        let evidence_cell = text(row, c.evidence);
        let mut given = Given {
            questionnaire: text(row, c.questionnaire),
            target: text(row, c.target),
            requirement: text(row, c.requirement),
            value: Some(text(row, c.answer)),
            note: Some(text(row, c.note).trim_end().to_string()),
            evidence: Some(evidence_cell.lines().map(str::to_string).collect()),
            interviewee: Some(text(row, c.interviewee).trim().to_string()),
            flagged: Some(text(row, c.flag)),
        };
        let id = self.rules.which(&given)?;
        if let Some(&column) = c
            .answer_cells()
            .iter()
            .find(|&&column| self.package.has_formula(name, excel_row, u32::from(column)))
        {
            let field = match column {
                x if x == c.answer => Field::Value,
                x if x == c.note => Field::Note,
                x if x == c.evidence => Field::Evidence,
                x if x == c.interviewee => Field::Interviewee,
                _ => Field::Flagged,
            };
            return Err(Refusal {
                field,
                message: self.texts.ui("import-formula"),
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
        if rules::changes_answer(existing, &proposed) {
            self.rules.asked_of_type(&proposed.id)?;
        }
        Ok(Row {
            sheet: name.to_string(),
            excel_row,
            existing,
            proposed,
        })
    }
}
