//! The compensating countermeasure review as localized text: in `score` (what does not stand),
//! in `countermeasure list` (everything) and as the warning on standard error.

use crate::assessment::AnswerId;
use crate::i18n::Texts;
use crate::scoring::{CountermeasureReview, RecordStatus};
use fluent_bundle::FluentValue;
use std::fmt::Write;

/// A record's status in words, with what is missing or when review was due.
pub fn status_words(r: &RecordStatus, texts: &Texts) -> String {
    let words = texts.ui(r.status.message());
    if !r.missing.is_empty() {
        let fields: Vec<String> = r.missing.iter().map(|f| field_words(f.name(), texts)).collect();
        let missing = texts.ui_with("ccm-missing", &[("fields", FluentValue::from(fields.join(", ")))]);
        return format!("{words} ({missing})");
    }
    match (r.status, r.review_by) {
        (crate::assessment::countermeasure::Status::Overdue, Some(d)) => {
            let due = texts.ui_with("ccm-review-due", &[("date", FluentValue::from(d.to_string()))]);
            format!("{words} ({due})")
        }
        _ => words,
    }
}

/// The label of a record field ("instead", "residual_risk", ...).
pub fn field_words(name: &str, texts: &Texts) -> String {
    texts.ui(&format!("ccm-field-{}", name.replace('_', "-")))
}

/// What a record is about: "iec62443-3-3 SR 1.1, SR 1.2 · Z1, Z2".
pub fn scope_words(r: &RecordStatus) -> String {
    let mut s = format!("{} {}", r.questionnaire, r.requirements.join(", "));
    if !r.targets.is_empty() {
        let _ = write!(s, " · {}", r.targets.join(", "));
    }
    s
}

/// The review: every record (`all`) or only those that do not stand, then the compensated answers
/// without a record. Empty when there is nothing to say.
pub fn countermeasures(review: &CountermeasureReview, texts: &Texts, all: bool) -> String {
    let records: Vec<&RecordStatus> = if all {
        review.records.iter().collect()
    } else {
        review.not_standing().collect()
    };
    let mut out = String::new();
    if records.is_empty() && review.without_record.is_empty() && !all {
        return out;
    }
    let date = FluentValue::from(review.as_of.to_string());
    let _ = writeln!(out, "\n{}", texts.ui_with("score-countermeasures", &[("date", date)]));
    if all && records.is_empty() {
        let _ = writeln!(out, "  {}", texts.ui("ccm-none"));
    }
    for r in records {
        let _ = writeln!(out, "  {:<10} {}", r.id, status_words(r, texts));
        let _ = writeln!(out, "  {:<10} {}", "", scope_words(r));
    }
    if !review.without_record.is_empty() {
        let count = FluentValue::from(review.without_record.len());
        let _ = writeln!(out, "  {}", texts.ui_with("ccm-without-record", &[("count", count)]));
        for id in &review.without_record {
            let _ = writeln!(out, "    {id}");
        }
    }
    out
}

/// The warning on standard error: compensated answers that are not counted, each with why.
pub fn warning(review: &CountermeasureReview, texts: &Texts) -> Option<String> {
    if review.not_credited.is_empty() {
        return None;
    }
    let count = FluentValue::from(review.not_credited.len());
    let mut out = texts.ui_with("warning-countermeasures", &[("count", count)]);
    for id in &review.not_credited {
        let _ = write!(out, "\n  {id} ({})", why(review, id, texts));
    }
    Some(out)
}

/// "CCM-02: not approved", or "no record".
fn why(review: &CountermeasureReview, id: &AnswerId, texts: &Texts) -> String {
    let records: Vec<String> = review
        .records_about(id)
        .map(|r| format!("{}: {}", r.id, texts.ui(r.status.message())))
        .collect();
    if records.is_empty() {
        texts.ui("ccm-no-record")
    } else {
        records.join("; ")
    }
}
