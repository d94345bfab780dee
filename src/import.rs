//! Reading a questionnaire workbook (export format `offline-xlsx`) back into an assessment, by
//! requirement id, never by translated text. Every cell that cannot be taken is reported with its
//! sheet and cell; nothing is changed unless the caller accepts a partial import.

use crate::assessment::{Answer, AnswerKey, Assessment};
use crate::catalog::{Catalog, Scale};
use crate::error::{Diagnostic, Error, Result};
use crate::export::offline::{LISTS_SHEET, col};
use crate::i18n::Texts;
use calamine::{Data, Reader, Xlsx, open_workbook};
use jiff::Timestamp;
use std::path::Path;

/// What an import found: the answers to write, and the cells it could not take.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub answers: Vec<Answer>,
    pub unchanged: usize,
    pub problems: Vec<Diagnostic>,
}

fn cell_name(row: usize, column: u16) -> String {
    let mut n = usize::from(column) + 1;
    let mut letters = String::new();
    while n > 0 {
        letters.insert(0, (b'A' + ((n - 1) % 26) as u8) as char);
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

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
    let mut wb: Xlsx<_> =
        open_workbook(path).map_err(|e| Error::invalid(path, format!("cannot read the workbook: {e}")))?;
    let mut report = ImportReport::default();
    let mut sheets_read = 0;
    let names = wb.sheet_names();
    for name in names.iter().filter(|n| n.as_str() != LISTS_SHEET) {
        let Ok(range) = wb.worksheet_range(name) else { continue };
        let formulas = wb.worksheet_formula(name).ok();
        let rows: Vec<&[Data]> = range.rows().collect();
        // A questionnaire sheet has a questionnaire id in column A from row 2 on.
        let is_questionnaire = rows
            .iter()
            .any(|r| catalog.questionnaire(&text(r, col::QUESTIONNAIRE)).is_some());
        if !is_questionnaire {
            continue;
        }
        sheets_read += 1;
        let (start_row, _) = range.start().unwrap_or((0, 0));
        for (i, row) in rows.iter().enumerate() {
            let excel_row = start_row as usize + i;
            if excel_row == 0 {
                continue; // the header row
            }
            let mut bad = |column: u16, message: String| {
                report.problems.push(Diagnostic::new(
                    path,
                    format!("sheet '{name}', cell {}: {message}", cell_name(excel_row, column)),
                ));
            };
            let qid = text(row, col::QUESTIONNAIRE);
            let rid = text(row, col::REQUIREMENT);
            if qid.is_empty() && rid.is_empty() {
                continue;
            }
            let Some(q) = catalog.questionnaire(&qid) else {
                bad(col::QUESTIONNAIRE, format!("unknown questionnaire \"{qid}\""));
                continue;
            };
            if !a.assessment.questionnaires.contains(&q.id) {
                bad(
                    col::QUESTIONNAIRE,
                    format!("{} is not in this assessment's scope", q.id),
                );
                continue;
            }
            let Some(r) = q.requirement(&rid) else {
                bad(col::REQUIREMENT, format!("{} has no requirement \"{rid}\"", q.id));
                continue;
            };
            let target = Some(text(row, col::TARGET)).filter(|t| !t.is_empty());
            match (&target, q.scope.per_target()) {
                (Some(t), true) if !a.has_target(t) => {
                    bad(
                        col::TARGET,
                        format!("\"{t}\" is neither a zone nor a conduit of this assessment"),
                    );
                    continue;
                }
                (None, true) => {
                    bad(
                        col::TARGET,
                        format!("{} is answered per zone, but the row names none", q.id),
                    );
                    continue;
                }
                (Some(t), false) => {
                    bad(
                        col::TARGET,
                        format!("{} is answered for the whole organisation, not for \"{t}\"", q.id),
                    );
                    continue;
                }
                _ => {}
            }
            if let Some(f) = &formulas {
                let formula_at = |column: u16| {
                    f.get_value((excel_row as u32, u32::from(column)))
                        .is_some_and(|x| !x.is_empty())
                };
                if let Some(&c) = [col::ANSWER, col::NOTE, col::EVIDENCE, col::INTERVIEWEE, col::FLAG]
                    .iter()
                    .find(|&&c| formula_at(c))
                {
                    bad(c, "holds a formula; type the text itself".into());
                    continue;
                }
            }
            let Some(scale) = catalog.scale_of(r) else { continue };
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
                        continue;
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
                continue;
            }
            let flag_text = text(row, col::FLAG);
            let Some(flagged) = is_yes(texts, &flag_text) else {
                bad(
                    col::FLAG,
                    format!("\"{flag_text}\": write yes, or leave the cell empty"),
                );
                continue;
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
            let empty = value.is_none() && note.is_empty() && evidence.is_empty() && interviewee.is_empty() && !flagged;
            let same = existing.is_some_and(|x| {
                x.value == value
                    && x.note == note
                    && x.evidence == evidence
                    && x.interviewee == interviewee
                    && x.flagged == flagged
            });
            if same || (existing.is_none() && empty) {
                report.unchanged += 1;
                continue;
            }
            report.answers.push(Answer {
                questionnaire: q.id.clone(),
                target: target.clone(),
                requirement: r.id.clone(),
                value,
                note,
                evidence,
                interviewee,
                assessor: assessor.to_string(),
                time: now,
                edited_by: String::new(),
                edited: None,
                flagged,
            });
        }
    }
    if sheets_read == 0 {
        return Err(Error::invalid(
            path,
            "this workbook has no questionnaire sheets (make one with `iacs-assess export FILE --format offline-xlsx`)",
        ));
    }
    Ok(report)
}
