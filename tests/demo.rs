//! The demo assessment: always a fresh copy, and its results show every feature a class needs.

mod common;

use iacs_assess::assessment::countermeasure::Status;
use iacs_assess::assessment::storage;
use iacs_assess::scoring::{self, RequirementState};
use predicates::prelude::*;
use std::path::Path;

#[test]
fn the_demo_is_copied_never_changed_and_shows_every_feature() {
    let home = tempfile::tempdir().unwrap();
    let copy = home.path().join("class.toml");
    common::cmd(home.path())
        .args(["demo", "--no-open", "--copy-to"])
        .arg(&copy)
        .assert()
        .success()
        .stdout(predicate::str::contains("class.toml"));
    // The same assessment as the one built in, written as iacs-assess writes (no generator comments,
    // so the first save makes no copy of a "commented" file).
    let written = std::fs::read_to_string(&copy).unwrap();
    assert!(written.lines().skip(1).all(|l| !l.starts_with('#')), "{written}");
    let mut built_in: iacs_assess::assessment::Assessment = toml::from_str(iacs_assess::demo::WATER_WORKS).unwrap();
    built_in.after_reading();
    built_in.format = iacs_assess::assessment::FORMAT;
    assert_eq!(storage::read(&copy, &common::catalog()).unwrap(), built_in);
    // A second copy to the same place is refused, never overwritten.
    common::cmd(home.path())
        .args(["demo", "--no-open", "--copy-to"])
        .arg(&copy)
        .assert()
        .code(2);
    // Without --copy-to a fresh copy lands in the data folder.
    let out = common::cmd(home.path())
        .args(["demo", "--no-open"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let fresh = String::from_utf8(out).unwrap();
    assert!(Path::new(fresh.trim()).starts_with(home.path().join("data")), "{fresh}");

    let catalog = common::catalog();
    let a = storage::read(&copy, &catalog).unwrap();
    assert!(a.zones.len() >= 5 && a.conduits.len() >= 4 && a.scenarios.len() >= 8);
    for q in ["iec62443-2-1", "iec62443-2-4", "iec62443-3-3"] {
        assert!(a.assessment.questionnaires.iter().any(|x| x == q));
    }
    // Scored on the last day of the assessment, so that the result never depends on the clock.
    let score = scoring::score_on(&a, &catalog, jiff::civil::date(2026, 10, 16));
    // Compensating countermeasures: most stand; the review shows one of each other kind.
    let review = &score.countermeasures;
    let statuses: Vec<Status> = review.records.iter().map(|r| r.status).collect();
    assert_eq!(statuses.iter().filter(|s| **s == Status::Stands).count(), 7);
    assert!(statuses.contains(&Status::Unapproved) && statuses.contains(&Status::Overdue));
    assert_eq!(review.without_record.len(), 1, "one compensated answer has no record");
    for r in review.records.iter().filter(|r| r.status == Status::Stands) {
        assert!(!r.answers.is_empty(), "{} covers a compensated answer", r.id);
    }
    let levels: Vec<(u8, u8)> = score
        .maturity
        .iter()
        .flat_map(|m| m.requirements.iter())
        .filter_map(|r| match r.state {
            RequirementState::Level(l) => Some((l, r.target)),
            _ => None,
        })
        .collect();
    assert!(levels.iter().any(|(l, t)| l < t), "some maturity below target");
    assert!(levels.iter().any(|(l, t)| l > t), "some maturity above target");
    assert!(
        score
            .security_levels
            .iter()
            .any(|s| s.to_close.is_empty() && s.sl_t.is_some()),
        "a zone without gap"
    );
    assert!(
        score.security_levels.iter().any(|s| !s.to_close.is_empty()),
        "a zone with SL gaps"
    );
    assert!(
        score.risks.iter().any(|r| r.residual_tolerable == Some(false)),
        "an intolerable residual risk"
    );
    assert!(a.answers().iter().any(|x| x.flagged));
    assert!(a.answers().iter().filter(|x| !x.note.is_empty()).count() > 50);
    // Every zone and conduit has an SL-T of at least 1 in every FR, each with its reason.
    assert_eq!(score.sl_targets.len(), a.zones.len() + a.conduits.len());
    for t in &score.sl_targets {
        assert!(t.vector.iter().all(|l| *l >= 1), "{} {:?}", t.target, t.vector);
        assert_eq!(t.reasons.len(), 7);
        assert!(
            !t.reasons.contains(&scoring::SlReason::NoScenario),
            "{} has an FR without a reason",
            t.target
        );
    }
    let sis_conduit = score.sl_targets.iter().find(|t| t.target == "C-CTRL-SIS").unwrap();
    assert_eq!(
        sis_conduit.vector,
        [3, 3, 3, 1, 3, 2, 3],
        "the conduit into the SIS follows Z-SIS"
    );
}

/// The demo ships a plan: the actions `plan propose` made, a few of them accepted (docs/planning.md).
/// Dates are fixed, so that the test never depends on the clock.
#[test]
fn the_demo_ships_a_plan_with_accepted_actions() {
    use iacs_assess::assessment::ActionStatus;
    use iacs_assess::planning::{self, EffortScale, Stage};
    let catalog = common::catalog();
    let mut a: iacs_assess::assessment::Assessment = toml::from_str(iacs_assess::demo::WATER_WORKS).unwrap();
    a.after_reading();
    for x in &a.actions {
        assert!(
            x.problems(&a, &catalog).is_empty(),
            "{}: {:?}",
            x.id,
            x.problems(&a, &catalog)
        );
    }
    let count = |s: ActionStatus| a.actions.iter().filter(|x| x.status == s).count();
    assert_eq!(a.actions.len(), 73);
    assert_eq!(
        [
            ActionStatus::Planned,
            ActionStatus::InProgress,
            ActionStatus::Done,
            ActionStatus::Dropped
        ]
        .map(count),
        [3, 1, 1, 1]
    );
    let day = jiff::civil::date(2026, 12, 1);
    let plan = planning::plan(&a, &catalog, day, &EffortScale::default());
    let overdue: Vec<&str> = plan.items.iter().filter(|i| i.overdue).map(|i| i.id.as_str()).collect();
    assert_eq!(overdue, ["A-65"], "due 2026-11-20 and only planned");
    assert_eq!(
        plan.items.last().map(|i| i.id.as_str()),
        Some("A-39"),
        "the dropped one last"
    );
    let whole = plan.stages.iter().find(|s| s.stage == Stage::WholePlan).unwrap();
    let scada = whole.level("Z-SCADA").unwrap();
    assert_eq!(
        (scada.reached, scada.of),
        (6, 7),
        "FR 2 stays below SL-T: its action was dropped"
    );
    // Proposing again adds nothing: the demo is as `plan propose` left it.
    let before = a.actions.clone();
    let proposed = planning::propose(
        &mut a,
        &catalog,
        day,
        &|_| "new".into(),
        "test",
        jiff::Timestamp::UNIX_EPOCH,
    );
    assert!(
        proposed.added.is_empty() && proposed.updated.is_empty() && proposed.removed.is_empty(),
        "{proposed:?}"
    );
    assert_eq!(a.actions, before);
}
