//! The rows of a workbook weighed together once all are read, so that nothing is lost without
//! being said:
//!
//! - Rows that give the same answer (questionnaire, target, requirement) more than once: if they
//!   differ, none of them is taken, ever (which one is right is the person's call); if they are
//!   the same, they are taken once only when confirmed (`--allow-duplicates`).
//! - A row that empties a value, note, evidence or interviewee the assessment has is taken only
//!   when confirmed (`--allow-clear`); then the clearing is listed.
//!
//! Every refusal names the sheet and row (and the cells) of each row concerned.

use super::ImportReport;
use super::package::cell_name;
use super::rules::{self, Field, Proposed};
use crate::assessment::{Answer, AnswerId};
use crate::error::Diagnostic;
use crate::export::offline::Columns;
use crate::i18n::Texts;
use fluent_bundle::FluentValue;
use jiff::Timestamp;
use std::collections::HashMap;
use std::path::Path;

/// What the person importing confirmed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confirmed {
    /// Empty the answers the workbook empties (`--allow-clear`).
    pub clearing: bool,
    /// Take an answer given on several identical rows once (`--allow-duplicates`).
    pub duplicates: bool,
}

/// One questionnaire row as read: where it is, the answer it is about and what it says.
#[derive(Debug)]
pub(super) struct Row<'a> {
    pub sheet: String,
    /// 0-based, as calamine counts.
    pub excel_row: u32,
    pub existing: Option<&'a Answer>,
    pub proposed: Proposed,
}

/// "SR 1.1 (iec62443-3-3, Z1)": which answer, in no language.
fn what(id: &AnswerId) -> String {
    match &id.target {
        Some(t) => format!("{} ({}, {t})", id.requirement, id.questionnaire),
        None => format!("{} ({})", id.requirement, id.questionnaire),
    }
}

fn field_key(field: Field) -> &'static str {
    match field {
        Field::Value => "import-field-value",
        Field::Note => "import-field-note",
        Field::Evidence => "import-field-evidence",
        Field::Interviewee => "import-field-interviewee",
        _ => "import-field-flag",
    }
}

fn column_of(columns: Columns, field: Field) -> u16 {
    match field {
        Field::Value => columns.answer,
        Field::Note => columns.note,
        Field::Evidence => columns.evidence,
        Field::Interviewee => columns.interviewee,
        _ => columns.flag,
    }
}

/// Decide every answer `rows` give: the changes go to `report.answers`, the refusals to
/// `report.problems`, what was confirmed to `report.cleared` and `report.repeated`.
pub(super) fn weigh(
    rows: Vec<Row<'_>>,
    confirmed: Confirmed,
    texts: &Texts,
    columns: Columns,
    path: &Path,
    (assessor, now): (&str, Timestamp),
    report: &mut ImportReport,
) {
    let mut order: Vec<&AnswerId> = Vec::new();
    let mut by_id: HashMap<&AnswerId, Vec<&Row>> = HashMap::new();
    for row in &rows {
        let id = &row.proposed.id;
        by_id
            .entry(id)
            .or_insert_with(|| {
                order.push(id);
                Vec::new()
            })
            .push(row);
    }
    let place = |row: &Row| {
        texts.ui_with(
            "import-at-row",
            &[("sheet", row.sheet.clone().into()), ("row", (row.excel_row + 1).into())],
        )
    };
    for id in order {
        let group = &by_id[id];
        let first = group[0];
        let args = |key: &str, extra: Vec<(&str, FluentValue)>| {
            let mut all: Vec<(&str, FluentValue)> = vec![("what", what(id).into())];
            all.extend(extra);
            texts.ui_with(key, &all)
        };
        if group.len() > 1 {
            let places = group.iter().map(|r| place(r)).collect::<Vec<_>>().join("; ");
            let extra = || vec![("count", group.len().into()), ("places", places.clone().into())];
            if group.iter().any(|r| r.proposed != first.proposed) {
                let message = args("import-repeated-differ", extra());
                report.problems.push(Diagnostic::new(path, message));
                continue;
            }
            if !confirmed.duplicates {
                let message = args("import-repeated-same", extra());
                report.problems.push(Diagnostic::new(path, message));
                continue;
            }
            report.repeated.push(args("import-repeated-taken", extra()));
        }
        let cleared = rules::cleared(first.existing, &first.proposed);
        if !cleared.is_empty() {
            let cells = cleared
                .iter()
                .map(|&f| cell_name(u64::from(first.excel_row), u32::from(column_of(columns, f))))
                .collect::<Vec<_>>()
                .join(", ");
            let fields = cleared
                .iter()
                .map(|&f| texts.ui(field_key(f)))
                .collect::<Vec<_>>()
                .join(", ");
            let extra = vec![
                ("place", place(first).into()),
                ("cells", cells.into()),
                ("fields", fields.into()),
            ];
            if !confirmed.clearing {
                let message = args("import-clears", extra);
                report.problems.push(Diagnostic::new(path, message));
                continue;
            }
            report.cleared.push(args("import-cleared", extra));
        }
        match rules::change(first.existing, first.proposed.clone(), assessor, now) {
            Some(answer) => report.answers.push(answer),
            None => report.unchanged += 1,
        }
    }
}
