//! Compensating countermeasures as records: worked examples of SL-A and maturity with a record
//! that stands, and with one that is unapproved, overdue, incomplete or missing; properties.

mod common;

use iacs_assess::assessment::countermeasure::{Field, Status};
use iacs_assess::assessment::{Answer, AnswerId, Assessment, Countermeasure, SlOverride, Zone};
use iacs_assess::catalog::Catalog;
use iacs_assess::scoring::{self, Score};
use jiff::Timestamp;
use jiff::civil::{Date, date};
use proptest::prelude::*;

const Q: &str = "iec62443-3-3";
/// The day every example is scored on.
const AS_OF: Date = date(2027, 3, 1);

fn answer(target: &str, requirement: &str, value: &str) -> Answer {
    let mut x = Answer::new(&AnswerId::new(Q, Some(target), requirement), Timestamp::UNIX_EPOCH);
    x.value = Some(value.into());
    if value == "compensated" || value == "na" {
        x.note = "see the record".into();
    }
    x
}

/// Zone Z1 with SL-T 4 everywhere, every 3-3 requirement met but SR 1.2 RE(1) (IAC, SL3),
/// which is compensated.
fn zone_with_one_compensated(catalog: &Catalog) -> Assessment {
    let q = catalog.questionnaire(Q).unwrap();
    let mut a = Assessment::new("t", "en", vec![Q.into()], Timestamp::UNIX_EPOCH);
    a.zones.push(Zone {
        sl_t: Some(SlOverride {
            vector: [4; 7],
            justification: "test".into(),
        }),
        ..common::zone("Z1", "Control")
    });
    for r in &q.requirements {
        a.set_answer(answer("Z1", &r.id, "met"));
    }
    a.set_answer(answer("Z1", "SR 1.2 RE(1)", "compensated"));
    a
}

/// A record for SR 1.2 RE(1) in Z1 that stands on [`AS_OF`].
fn standing() -> Countermeasure {
    let mut c = Countermeasure::new("CCM-01", Q, vec!["SR 1.2 RE(1)".into()], vec!["Z1".into()]);
    c.instead = "Remote users authenticate at a jump host with a second factor".into();
    c.equivalence = "Every path to the zone passes the jump host".into();
    c.residual_risk = "A stolen jump-host session".into();
    c.verification = "Tried from the office network: refused".into();
    c.approved_by = "P. Owner".into();
    c.approved = Some(date(2026, 11, 2));
    c.review_by = Some(date(2027, 11, 1));
    c
}

fn iac(score: &Score) -> u8 {
    score.security_levels[0].sl_a[0].expect("IAC applies")
}

fn with(record: Option<Countermeasure>) -> Score {
    let catalog = common::catalog();
    let mut a = zone_with_one_compensated(&catalog);
    if let Some(c) = record {
        a.set_countermeasure(c);
    }
    scoring::score_on(&a, &catalog, AS_OF)
}

#[test]
fn a_record_that_stands_credits_the_compensated_answer() {
    let s = with(Some(standing()));
    assert_eq!(s.security_levels[0].sl_a, [Some(4); 7]);
    let review = &s.countermeasures;
    assert_eq!(review.as_of, AS_OF);
    assert_eq!(review.records.len(), 1);
    assert_eq!(review.records[0].status, Status::Stands);
    assert_eq!(
        review.records[0].answers,
        [AnswerId::new(Q, Some("Z1"), "SR 1.2 RE(1)")]
    );
    assert!(review.without_record.is_empty());
    assert!(!review.needs_review());
}

#[test]
fn an_unapproved_record_credits_nothing() {
    let mut c = standing();
    c.approved_by.clear();
    let s = with(Some(c));
    // SR 1.2 RE(1) has min SL 3: not credited, it holds IAC at 2.
    assert_eq!(iac(&s), 2);
    assert_eq!(s.security_levels[0].frs[0].holding_down, ["SR 1.2 RE(1)"]);
    assert_eq!(s.countermeasures.records[0].status, Status::Unapproved);
    assert!(s.countermeasures.needs_review());
    // Approved only after the day scored: not yet approved on that day.
    let mut later = standing();
    later.approved = Some(date(2027, 3, 2));
    assert_eq!(iac(&with(Some(later))), 2);
}

#[test]
fn an_overdue_record_credits_nothing() {
    let mut c = standing();
    c.review_by = Some(date(2027, 2, 28));
    let s = with(Some(c.clone()));
    assert_eq!(iac(&s), 2);
    assert_eq!(s.countermeasures.records[0].status, Status::Overdue);
    // On its review day it still stands.
    c.review_by = Some(AS_OF);
    assert_eq!(iac(&with(Some(c))), 4);
}

#[test]
fn an_incomplete_record_credits_nothing_and_says_what_is_missing() {
    let mut c = standing();
    c.equivalence.clear();
    c.verification = " ".into();
    let s = with(Some(c));
    assert_eq!(iac(&s), 2);
    let r = &s.countermeasures.records[0];
    assert_eq!(r.status, Status::Incomplete);
    assert_eq!(r.missing, [Field::Equivalence, Field::Verification]);
}

#[test]
fn a_compensated_answer_without_a_record_is_listed() {
    let s = with(None);
    assert_eq!(iac(&s), 2);
    assert_eq!(
        s.countermeasures.without_record,
        [AnswerId::new(Q, Some("Z1"), "SR 1.2 RE(1)")]
    );
    // Not credited: open, like an unanswered requirement.
    let p = &s.progress[0].counts;
    assert_eq!(p.answered + 1, p.applicable);
}

#[test]
fn a_record_for_another_zone_does_not_cover() {
    let mut c = standing();
    c.targets = vec!["Z2".into()];
    let s = with(Some(c));
    assert_eq!(iac(&s), 2);
    assert_eq!(s.countermeasures.without_record.len(), 1);
    assert!(s.countermeasures.records[0].answers.is_empty());
}

#[test]
fn the_reason_is_still_needed_with_a_record() {
    let catalog = common::catalog();
    let mut a = zone_with_one_compensated(&catalog);
    a.set_countermeasure(standing());
    let key = AnswerId::new(Q, Some("Z1"), "SR 1.2 RE(1)");
    a.answer_mut(key.key()).unwrap().note.clear();
    let s = scoring::score_on(&a, &catalog, AS_OF);
    assert_eq!(iac(&s), 2);
    assert_eq!(s.missing_reasons, [key]);
}

/// A record of a generated case: which requirements it covers; complete, approved, current.
type RecordCase = (Vec<bool>, bool, bool, bool);

/// Arbitrary answers to the requirements in Z1 and records about them, some complete, some
/// approved, some current.
fn case() -> impl Strategy<Value = (Vec<Option<u8>>, Vec<RecordCase>)> {
    let catalog = common::catalog();
    let n = catalog.questionnaire(Q).unwrap().requirements.len();
    (
        prop::collection::vec(prop::option::of(0u8..4), n),
        prop::collection::vec(
            (
                prop::collection::vec(any::<bool>(), n),
                any::<bool>(),
                any::<bool>(),
                any::<bool>(),
            ),
            0..4,
        ),
    )
}

fn build(catalog: &Catalog, values: &[Option<u8>], records: &[RecordCase]) -> Assessment {
    let q = catalog.questionnaire(Q).unwrap();
    let mut a = zone_with_one_compensated(catalog);
    for (r, v) in q.requirements.iter().zip(values) {
        let id = AnswerId::new(Q, Some("Z1"), &r.id);
        match v.map(|v| ["met", "not-met", "compensated", "na"][usize::from(v)]) {
            Some(v) => {
                a.set_answer(answer("Z1", &r.id, v));
            }
            None => {
                a.remove_answer(id.key());
            }
        }
    }
    for (i, (covers, complete, approved, current)) in records.iter().enumerate() {
        let mut c = standing();
        c.id = format!("CCM-{i}");
        c.requirements = q
            .requirements
            .iter()
            .zip(covers)
            .filter(|(_, on)| **on)
            .map(|(r, _)| r.id.clone())
            .collect();
        if !complete {
            c.residual_risk.clear();
        }
        if !approved {
            c.approved = None;
        }
        if !current {
            c.review_by = Some(date(2027, 1, 1));
        }
        a.set_countermeasure(c);
    }
    a
}

fn sl_a(a: &Assessment, catalog: &Catalog) -> [Option<u8>; 7] {
    scoring::score_on(a, catalog, AS_OF).security_levels[0].sl_a
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, rng_seed: common::proptest_seed(), ..ProptestConfig::default() })]

    #[test]
    fn removing_an_approval_never_raises_sl_a((values, records) in case(), pick in any::<prop::sample::Index>()) {
        let catalog = common::catalog();
        let mut a = build(&catalog, &values, &records);
        let before = sl_a(&a, &catalog);
        if !a.countermeasures.is_empty() {
            let i = pick.index(a.countermeasures.len());
            a.countermeasures[i].approved_by.clear();
        }
        let after = sl_a(&a, &catalog);
        for fr in 0..7 {
            prop_assert!(after[fr] <= before[fr], "{before:?} -> {after:?}");
        }
    }

    #[test]
    fn a_met_answer_never_lowers_sl_a((values, records) in case(), pick in any::<prop::sample::Index>()) {
        let catalog = common::catalog();
        let mut a = build(&catalog, &values, &records);
        let before = sl_a(&a, &catalog);
        let q = catalog.questionnaire(Q).unwrap();
        let r = &q.requirements[pick.index(q.requirements.len())];
        a.set_answer(answer("Z1", &r.id, "met"));
        let after = sl_a(&a, &catalog);
        for fr in 0..7 {
            prop_assert!(after[fr] >= before[fr], "{} met: {before:?} -> {after:?}", r.id);
        }
    }
}

#[test]
fn two_assessors_records_merge_by_id_and_conflicts_name_the_fields() {
    use iacs_assess::teams::merge::{Prefer, merge};
    let catalog = common::catalog();
    let base = zone_with_one_compensated(&catalog);
    let mut a = base.clone();
    let mut b = base.clone();
    a.set_countermeasure(standing());
    let mut other = standing();
    other.approved_by = "Q. Deputy".into();
    b.set_countermeasure(other);
    let mut extra = standing();
    extra.id = "CCM-02".into();
    b.set_countermeasure(extra);
    let m = merge(&a, &b, None);
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert_eq!((c.kind, c.key.as_str()), ("countermeasure", "CCM-01"));
    assert_eq!(c.a, "approved_by = \"P. Owner\"");
    assert_eq!(c.b, "approved_by = \"Q. Deputy\"");
    let ids: Vec<&str> = m.merged.countermeasures.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["CCM-01", "CCM-02"]);
    let m = merge(&a, &b, Some(Prefer::B));
    assert_eq!(m.merged.countermeasures[0].approved_by, "Q. Deputy");
}

#[test]
fn compare_reports_records_added_removed_and_changed() {
    use iacs_assess::teams::compare::{Direction, compare};
    let catalog = common::catalog();
    let mut old = zone_with_one_compensated(&catalog);
    let mut gone = standing();
    gone.id = "CCM-00".into();
    old.set_countermeasure(gone);
    let mut unapproved = standing();
    unapproved.approved_by.clear();
    unapproved.approved = None;
    old.set_countermeasure(unapproved);
    let mut new = zone_with_one_compensated(&catalog);
    new.set_countermeasure(standing());
    let mut added = standing();
    added.id = "CCM-02".into();
    new.set_countermeasure(added);
    let changes: Vec<_> = compare(&old, &new, &catalog)
        .into_iter()
        .filter(|c| c.area == "countermeasure")
        .map(|c| (c.item, c.direction, c.old, c.new))
        .collect();
    assert_eq!(
        changes,
        [
            (
                "CCM-00".into(),
                Direction::Removed,
                "SR 1.2 RE(1)".into(),
                String::new()
            ),
            (
                "CCM-01".into(),
                Direction::Changed,
                "approved_by = \"\"; approved = \"\"".into(),
                "approved_by = \"P. Owner\"; approved = \"2026-11-02\"".into()
            ),
            ("CCM-02".into(), Direction::New, String::new(), "SR 1.2 RE(1)".into()),
        ]
    );
}
