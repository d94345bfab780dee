//! CSV export: one row per answer, RFC 4180 or for a spreadsheet program ([`CsvDialect`]),
//! cells that would start a formula neutralised.

use super::csv_dialect::{CsvDialect, CsvOut};
use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::error::Result;
use crate::i18n::Texts;

pub const HEADER: [&str; 13] = [
    "questionnaire",
    "target",
    "requirement",
    "title",
    "value",
    "note",
    "evidence",
    "interviewee",
    "assessor",
    "time",
    "flagged",
    "group",
    "countermeasures",
];

/// The answers as CSV in `dialect`, titles in the texts' language.
pub fn render(a: &Assessment, catalog: &Catalog, texts: &Texts, dialect: CsvDialect) -> Result<Vec<u8>> {
    let mut w = CsvOut::new(dialect, texts.language(), &HEADER)?;
    let today = crate::scoring::countermeasures::today();
    for ans in a.answers() {
        let group = catalog
            .questionnaire(&ans.questionnaire)
            .and_then(|q| q.requirement(&ans.requirement))
            .map(|r| r.group.clone())
            .unwrap_or_default();
        let row = [
            ans.questionnaire.to_string(),
            ans.target.as_deref().unwrap_or_default().to_string(),
            ans.requirement.to_string(),
            super::requirement_title(catalog, texts, &ans.questionnaire, &ans.requirement),
            ans.value.as_deref().unwrap_or_default().to_string(),
            ans.note.clone(),
            ans.evidence.join("; "),
            ans.interviewee.to_string(),
            ans.assessor.to_string(),
            dialect.time(&ans.time),
            ans.flagged.to_string(),
            group,
            countermeasures(a, ans, today),
        ];
        w.row(&row)?;
    }
    w.finish()
}

/// The records about an answer with their status on `day`: "CCM-01 stands; CCM-04 unapproved".
fn countermeasures(a: &Assessment, ans: &crate::assessment::Answer, day: jiff::civil::Date) -> String {
    let records: Vec<String> = a
        .countermeasures_for(ans.key())
        .map(|c| {
            let status = serde_json::to_value(c.status(day)).ok();
            let status = status.as_ref().and_then(|v| v.as_str()).unwrap_or_default();
            format!("{} {status}", c.id)
        })
        .collect();
    records.join("; ")
}
