//! Reading a questionnaire workbook (export format `offline-xlsx`) back into an assessment, by
//! requirement id, never by translated text. Every cell that cannot be taken is reported with its
//! sheet and cell; nothing is changed unless the caller accepts a partial import.
//!
//! The package is checked first ([`package`]: sizes, references, the area a sheet may use), then
//! each sheet is read as a stream of cells, one row at a time: memory does not grow with how far
//! apart cells are, only with what the rows hold.

mod package;

pub use package::{MAX_COLUMNS, MAX_ROWS, MAX_SHARED_STRINGS};

use crate::assessment::{Answer, AnswerId, AnswerKey, Assessment};
use crate::catalog::{Catalog, Scale};
use crate::error::{Diagnostic, Error, Result};
use crate::export::offline::{LISTS_SHEET, col};
use crate::export::xlsx::long_text::is_cut_from;
use crate::i18n::Texts;
use calamine::{Data, Reader, Xlsx, XlsxError, open_workbook};
use jiff::Timestamp;
use package::{Package, cell_name};
use std::collections::HashMap;
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

/// The scale value a cell names: its id, or its label in any language.
fn value_of<'a>(scale: &'a Scale, texts: &Texts, cell: &str) -> Option<&'a str> {
    let wanted = cell.trim().to_lowercase();
    scale.values.iter().map(|v| v.id.as_str()).find(|id| {
        id.to_lowercase() == wanted
            || texts.languages().iter().any(|l| {
                texts
                    .text_in(&l.to_string(), "scales", &format!("{}-{id}", scale.id), Some("label"))
                    .is_some_and(|label| label.trim().to_lowercase() == wanted)
            })
    })
}

fn is_yes(texts: &Texts, cell: &str) -> Option<bool> {
    let c = cell.trim().to_lowercase();
    if c.is_empty() {
        return Some(false);
    }
    let yes = ["x", "1", "true", "yes"].contains(&c.as_str())
        || texts.languages().iter().any(|l| {
            texts
                .text_in(&l.to_string(), "ui", "choice-yes", None)
                .is_some_and(|y| y.to_lowercase() == c)
        });
    let no = ["0", "false", "no", "-"].contains(&c.as_str())
        || texts.languages().iter().any(|l| {
            texts
                .text_in(&l.to_string(), "ui", "choice-no", None)
                .is_some_and(|n| n.to_lowercase() == c)
        });
    if yes {
        Some(true)
    } else if no {
        Some(false)
    } else {
        None
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
        a,
        catalog,
        texts,
        assessor,
        now,
        package: &package,
        report: ImportReport::default(),
        first_seen: HashMap::new(),
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
    a: &'i Assessment,
    catalog: &'i Catalog,
    texts: &'i Texts,
    assessor: &'i str,
    now: Timestamp,
    package: &'i Package,
    report: ImportReport,
    /// Where each (questionnaire, zone, requirement) was first answered: a second row for the
    /// same answer is a problem, so there is never more than one answer per requirement.
    first_seen: HashMap<(String, Option<String>, String), String>,
}

impl Import<'_> {
    /// Take one row (0-based `excel_row`) of cells A to K.
    fn row(&mut self, sheet: &mut Sheet, excel_row: u32, row: &[Data]) {
        let (path, a, catalog, texts) = (self.path, self.a, self.catalog, self.texts);
        let qid = text(row, col::QUESTIONNAIRE);
        let Some(q) = catalog.questionnaire(&qid) else {
            if excel_row > 0 && !(qid.is_empty() && text(row, col::REQUIREMENT).is_empty()) {
                sheet.problems.push(Diagnostic::new(
                    path,
                    format!(
                        "sheet '{}', cell {}: unknown questionnaire \"{qid}\"",
                        sheet.name,
                        cell_name(u64::from(excel_row), u32::from(col::QUESTIONNAIRE))
                    ),
                ));
            }
            return;
        };
        sheet.is_questionnaire = true;
        if excel_row == 0 {
            return; // the header row
        }
        let name = sheet.name;
        let mut bad = |column: u16, message: String| {
            sheet.problems.push(Diagnostic::new(
                path,
                format!(
                    "sheet '{name}', cell {}: {message}",
                    cell_name(u64::from(excel_row), u32::from(column))
                ),
            ));
        };
        let rid = text(row, col::REQUIREMENT);
        if !a.assessment.questionnaires.contains(&q.id) {
            bad(
                col::QUESTIONNAIRE,
                format!("{} is not in this assessment's scope", q.id),
            );
            return;
        }
        let Some(r) = q.requirement(&rid) else {
            bad(col::REQUIREMENT, format!("{} has no requirement \"{rid}\"", q.id));
            return;
        };
        let target = Some(text(row, col::TARGET)).filter(|t| !t.is_empty());
        match (&target, q.scope.per_target()) {
            (Some(t), true) if !a.is_target_for(q.scope, t) => {
                let what = if q.scope == crate::catalog::Scope::System {
                    "is not a system under consideration of this assessment"
                } else {
                    "is neither a zone nor a conduit of this assessment"
                };
                bad(col::TARGET, format!("\"{t}\" {what}"));
                return;
            }
            (None, true) => {
                bad(
                    col::TARGET,
                    format!("{} is answered per zone, but the row names none", q.id),
                );
                return;
            }
            (Some(t), false) => {
                bad(
                    col::TARGET,
                    format!("{} is answered for the whole organisation, not for \"{t}\"", q.id),
                );
                return;
            }
            _ => {}
        }
        let here = format!(
            "sheet '{name}', cell {}",
            cell_name(u64::from(excel_row), u32::from(col::REQUIREMENT))
        );
        let key = (q.id.clone(), target.clone(), r.id.clone());
        if let Some(first) = self.first_seen.get(&key) {
            bad(
                col::REQUIREMENT,
                format!("{} is answered a second time (first in {first})", r.id),
            );
            return;
        }
        self.first_seen.insert(key, here);
        if let Some(&c) = [col::ANSWER, col::NOTE, col::EVIDENCE, col::INTERVIEWEE, col::FLAG]
            .iter()
            .find(|&&c| self.package.has_formula(name, excel_row, u32::from(c)))
        {
            bad(c, "holds a formula; type the text itself".into());
            return;
        }
        let Some(scale) = catalog.scale_of(r) else { return };
        let answer_text = text(row, col::ANSWER);
        let value = if answer_text.trim().is_empty() {
            None
        } else {
            match value_of(scale, texts, &answer_text) {
                Some(v) => Some(v.to_string()),
                None => {
                    bad(
                        col::ANSWER,
                        format!(
                            "\"{answer_text}\" is not an answer for {} (allowed: {})",
                            r.id,
                            scale.value_ids().join(", ")
                        ),
                    );
                    return;
                }
            }
        };
        let note = text(row, col::NOTE).trim_end().to_string();
        if value
            .as_deref()
            .and_then(|v| scale.value(v))
            .is_some_and(|v| v.note_required)
            && note.trim().is_empty()
        {
            bad(
                col::NOTE,
                format!("the answer for {} needs a reason or description in the note", r.id),
            );
            return;
        }
        let flag_text = text(row, col::FLAG);
        let Some(flagged) = is_yes(texts, &flag_text) else {
            bad(
                col::FLAG,
                format!("\"{flag_text}\": write yes, or leave the cell empty"),
            );
            return;
        };
        let evidence: Vec<String> = text(row, col::EVIDENCE)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        let interviewee = text(row, col::INTERVIEWEE).trim().to_string();
        let existing = a.answer(AnswerKey {
            questionnaire: &q.id,
            target: target.as_deref(),
            requirement: &r.id,
        });
        // A text too long for its cell was exported cut (and whole on a sheet of its own): the
        // cut form read back is the text the assessment has.
        let (note, evidence, interviewee) = match existing {
            Some(x) => (
                if is_cut_from(&note, &x.note) {
                    x.note.clone()
                } else {
                    note
                },
                if is_cut_from(&text(row, col::EVIDENCE), &x.evidence.join("\n")) {
                    x.evidence.clone()
                } else {
                    evidence
                },
                if is_cut_from(&interviewee, &x.interviewee) {
                    x.interviewee.to_string()
                } else {
                    interviewee
                },
            ),
            None => (note, evidence, interviewee),
        };
        let empty = value.is_none() && note.is_empty() && evidence.is_empty() && interviewee.is_empty() && !flagged;
        let same = existing.is_some_and(|x| {
            x.value.as_deref() == value.as_deref()
                && x.note == note
                && x.evidence == evidence
                && x.interviewee == interviewee
                && x.flagged == flagged
        });
        if same || (existing.is_none() && empty) {
            self.report.unchanged += 1;
            return;
        }
        // Who said what stays true: the value's stamp (interviewee, assessor, time) changes only
        // with the value or its interviewee; a changed note, evidence or flag is stamped as an edit.
        let id = AnswerId::new(&q.id, target.as_deref(), &r.id);
        let mut answer = existing.cloned().unwrap_or_else(|| Answer::new(&id, self.now));
        if answer.value.as_deref() != value.as_deref() || answer.interviewee != interviewee {
            answer.give(value, &interviewee, self.assessor, self.now);
            answer.interviewee = interviewee.into();
        }
        if (&answer.note, &answer.evidence, answer.flagged) != (&note, &evidence, flagged) {
            answer.note = note;
            answer.evidence = evidence;
            answer.flagged = flagged;
            if existing.is_some() {
                answer.mark_edited(self.assessor, self.now);
            }
        }
        self.report.answers.push(answer);
    }
}
