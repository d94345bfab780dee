//! Compensating countermeasures in the score: which records stand on the day scored, which
//! `compensated` answers they cover, and what is left for review (records that do not stand,
//! compensated answers that no record is about).

use crate::assessment::countermeasure::{COMPENSATED, Countermeasure, Field, Status};
use crate::assessment::{AnswerId, AnswerKey, Assessment};
use jiff::civil::Date;
use serde::Serialize;

/// The records that stand on one day: a `compensated` answer is credited only when one of them
/// covers it.
#[derive(Debug, Clone)]
pub struct Cover<'a> {
    standing: Vec<&'a Countermeasure>,
}

impl<'a> Cover<'a> {
    /// The records of `a` that stand on `as_of`.
    pub fn on(a: &'a Assessment, as_of: Date) -> Cover<'a> {
        Cover {
            standing: a
                .countermeasures
                .iter()
                .filter(|c| c.status(as_of) == Status::Stands)
                .collect(),
        }
    }

    /// Whether a record that stands is about the answer `key`.
    pub fn covers(&self, key: AnswerKey) -> bool {
        self.standing.iter().any(|c| c.covers(key))
    }
}

/// One record as the score sees it on its day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordStatus {
    pub id: String,
    pub questionnaire: String,
    pub requirements: Vec<String>,
    pub targets: Vec<String>,
    pub status: Status,
    /// The fields that make it incomplete.
    pub missing: Vec<Field>,
    pub instead: String,
    pub equivalence: String,
    pub residual_risk: String,
    pub approved_by: String,
    pub approved: Option<Date>,
    pub verification: String,
    pub review_by: Option<Date>,
    /// The `compensated` answers it is about (credited only while it stands).
    pub answers: Vec<AnswerId>,
}

/// Every record with its status on `as_of`, and the compensated answers that no record is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountermeasureReview {
    /// The day the statuses are for.
    pub as_of: Date,
    pub records: Vec<RecordStatus>,
    /// `compensated` answers in scope that no record (standing or not) is about: not credited.
    pub without_record: Vec<AnswerId>,
    /// `compensated` answers in scope that no standing record is about (those without a record
    /// included): they count as unanswered.
    pub not_credited: Vec<AnswerId>,
}

impl CountermeasureReview {
    /// The records that do not stand.
    pub fn not_standing(&self) -> impl Iterator<Item = &RecordStatus> {
        self.records.iter().filter(|r| r.status != Status::Stands)
    }

    /// Whether there is anything to review: a record that does not stand, or an answer without one.
    pub fn needs_review(&self) -> bool {
        self.not_standing().next().is_some() || !self.without_record.is_empty()
    }

    /// The records about the answer `id`.
    pub fn records_about<'r>(&'r self, id: &'r AnswerId) -> impl Iterator<Item = &'r RecordStatus> {
        self.records.iter().filter(move |r| r.answers.contains(id))
    }
}

/// The review of `a`'s records and compensated answers on `as_of`.
pub fn review(a: &Assessment, as_of: Date) -> CountermeasureReview {
    let compensated: Vec<_> = a
        .answers()
        .iter()
        .filter(|x| x.value.as_deref() == Some(COMPENSATED))
        .filter(|x| a.assessment.questionnaires.iter().any(|q| x.questionnaire == *q))
        .collect();
    let records = a
        .countermeasures
        .iter()
        .map(|c| RecordStatus {
            id: c.id.clone(),
            questionnaire: c.questionnaire.clone(),
            requirements: c.requirements.clone(),
            targets: c.targets.clone(),
            status: c.status(as_of),
            missing: c.missing(),
            instead: c.instead.clone(),
            equivalence: c.equivalence.clone(),
            residual_risk: c.residual_risk.clone(),
            approved_by: c.approved_by.clone(),
            approved: c.approved,
            verification: c.verification.clone(),
            review_by: c.review_by,
            answers: compensated
                .iter()
                .filter(|x| c.covers(x.key()))
                .map(|x| x.id())
                .collect(),
        })
        .collect();
    let cover = Cover::on(a, as_of);
    let not_credited = compensated
        .iter()
        .filter(|x| !cover.covers(x.key()))
        .map(|x| x.id())
        .collect();
    let without_record = compensated
        .iter()
        .filter(|x| a.countermeasures.iter().all(|c| !c.covers(x.key())))
        .map(|x| x.id())
        .collect();
    CountermeasureReview {
        as_of,
        records,
        without_record,
        not_credited,
    }
}

/// Today in the local time zone: only the command line and the interface ask for it, so that
/// scoring stays a function of its inputs.
pub fn today() -> Date {
    jiff::Zoned::now().date()
}
