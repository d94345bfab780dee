//! The demo assessment: always a fresh copy, and its results show every feature a class needs.

mod common;

use iacs_assess::assessment::countermeasure::Status;
use iacs_assess::assessment::storage;
use iacs_assess::scoring::{self, RequirementState};
use predicates::prelude::*;
use std::path::Path;

/// `demo ARGS --no-open --copy-to COPY`: the copy is the built-in demo `text`, written as iacs-assess
/// writes (no generator comments, so the first save makes no copy of a "commented" file); a second
/// copy to the same place is refused, never overwritten; without --copy-to a fresh copy lands in the
/// data folder, whose path is returned.
fn copied_as_written(home: &Path, args: &[&str], copy: &Path, text: &str) -> std::path::PathBuf {
    let name = copy.file_name().unwrap().to_string_lossy().into_owned();
    let demo = |more: &[&str]| {
        let mut c = common::cmd(home);
        c.arg("demo").args(args).arg("--no-open").args(more);
        c
    };
    demo(&["--copy-to"])
        .arg(copy)
        .assert()
        .success()
        .stdout(predicate::str::contains(name));
    let written = std::fs::read_to_string(copy).unwrap();
    assert!(written.lines().skip(1).all(|l| !l.starts_with('#')), "{written}");
    let mut built_in: iacs_assess::assessment::Assessment = toml::from_str(text).unwrap();
    built_in.after_reading();
    assert_eq!(storage::read(copy, &common::catalog()).unwrap(), built_in);
    demo(&["--copy-to"]).arg(copy).assert().code(2);
    let out = demo(&[]).assert().success().get_output().stdout.clone();
    let fresh = std::path::PathBuf::from(String::from_utf8(out).unwrap().trim());
    assert!(fresh.starts_with(home.join("data")), "{}", fresh.display());
    fresh
}

#[test]
fn the_demo_is_copied_never_changed_and_shows_every_feature() {
    let home = tempfile::tempdir().unwrap();
    let copy = home.path().join("class.toml");
    let fresh = copied_as_written(home.path(), &[], &copy, iacs_assess::demo::WATER_WORKS);
    assert!(
        fresh.file_name().unwrap().to_string_lossy().starts_with("demo-2"),
        "{}",
        fresh.display()
    );

    // The zone check in the score's words (docs/components.md).
    common::cmd(home.path())
        .arg("score")
        .arg(&copy)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Z-CTRL FR 1: PLC-CL2-01 (SL-C 1) below SL-T 2",
        ))
        .stdout(predicate::str::contains("Z-SCADA: HIST-01 has no known SL-C"));

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
    components_and_the_zone_check(&a, &score);
}

/// The demo's components (62443-4-2): declared by certificate and by statement, one assessed in
/// full, one unknown, and the assessed PLC holding Z-CTRL back in FR 1.
fn components_and_the_zone_check(a: &iacs_assess::assessment::Assessment, score: &scoring::Score) {
    use iacs_assess::assessment::DeclaredBy;
    use iacs_assess::scoring::capability::Source;
    use iacs_assess::scoring::security_level::Standing;
    assert!(a.assessment.questionnaires.iter().any(|q| q == "iec62443-4-2"));
    assert_eq!(a.components.len(), 6);
    for c in &a.components {
        assert!(c.problems(a).is_empty(), "{}: {:?}", c.id, c.problems(a));
        assert!(a.zone(&c.zone).is_some(), "{} sits in a zone", c.id);
    }
    let sources: Vec<(&str, Source)> = score
        .components
        .iter()
        .map(|c| (c.component.as_str(), c.source))
        .collect();
    assert_eq!(
        sources,
        [
            ("DMZ-FW-01", Source::Declared),
            ("FSW-01", Source::Declared),
            ("GW-SIS-01", Source::Declared),
            ("HIST-01", Source::Unknown),
            ("PLC-CL2-01", Source::Assessed),
            ("SCADA-SW", Source::Declared),
        ]
    );
    let declared: Vec<DeclaredBy> = a
        .components
        .iter()
        .filter_map(|c| c.declared.as_ref())
        .map(|d| d.source)
        .collect();
    assert_eq!(declared.iter().filter(|d| **d == DeclaredBy::Certificate).count(), 3);
    assert_eq!(
        declared.iter().filter(|d| **d == DeclaredBy::SupplierStatement).count(),
        1
    );
    // The PLC: every requirement asked of an embedded device answered, one not applicable.
    let plc = score.components.iter().find(|c| c.component == "PLC-CL2-01").unwrap();
    let assessed = plc.assessed.as_ref().unwrap();
    assert_eq!(
        (assessed.answered, assessed.applicable),
        (86, 86),
        "87 asked, one not applicable"
    );
    assert!(plc.constraints_open.is_empty());
    assert_eq!(plc.sl_c, Some([1, 2, 2, 2, 4, 2, 2].map(Some)));
    assert_eq!(assessed.frs[0].holding_down, ["CR 1.1 RE(1)"]);
    let answers = a.answers_for("iec62443-4-2", Some("PLC-CL2-01"));
    assert_eq!(
        answers.len(),
        87,
        "CCSC 1-4 and the 83 requirements of an embedded device"
    );
    let na: Vec<&str> = answers
        .iter()
        .filter(|x| x.value.as_ref().is_some_and(|v| v.as_str() == "na"))
        .map(|x| x.requirement.as_str())
        .collect();
    assert_eq!(na, ["CR 2.2"]);
    // The zone check: the PLC below Z-CTRL's SL-T in FR 1, the historian unknown; nothing else.
    type Line<'a> = (&'a str, &'a str, Option<u8>, Option<u8>, u8, Standing);
    let check: Vec<Line> = score
        .zone_check
        .iter()
        .map(|s| (s.zone.as_str(), s.component.as_str(), s.fr, s.sl_c, s.sl_t, s.standing))
        .collect();
    assert_eq!(
        check,
        [
            ("Z-SCADA", "HIST-01", None, None, 3, Standing::Unassessed),
            ("Z-CTRL", "PLC-CL2-01", Some(1), Some(1), 2, Standing::Short),
        ]
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
    assert_eq!(
        a.actions.len(),
        74,
        "73 from the zones and groups, A-74 for the PLC's FR 1"
    );
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

/// `demo --integrator`: the integrator's 62443-2-4 self-assessment, copied like the water works,
/// with the wireless and safety system areas not offered.
#[test]
fn the_integrator_demo_is_copied_and_scores_the_areas_it_offers() {
    let home = tempfile::tempdir().unwrap();
    let copy = home.path().join("integrator.toml");
    let text = iacs_assess::demo::INTEGRATOR;
    let fresh = copied_as_written(home.path(), &["--integrator"], &copy, text);
    assert!(
        fresh
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("demo-integrator-"),
        "{}",
        fresh.display()
    );
    // The generator writes exactly what the tool would write, apart from its comment lines.
    let body = |text: &str| {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(body(&std::fs::read_to_string(&copy).unwrap()), body(text));
    let mut built_in: iacs_assess::assessment::Assessment = toml::from_str(text).unwrap();
    built_in.after_reading();
    assert_eq!(built_in.assessment.questionnaires, ["iec62443-2-4"]);
    assert_eq!(built_in.interviewees.len(), 6);

    let out = common::cmd(home.path())
        .arg("score")
        .arg(&copy)
        .arg("--json")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let groups = json["maturity"][0]["groups"].as_array().unwrap();
    assert_eq!(json["maturity"][0]["questionnaire"], "iec62443-2-4");
    assert_eq!(groups.len(), 12);
    for g in groups {
        let id = g["group"].as_str().unwrap();
        match id {
            "SP.04" | "SP.05" => {
                assert_eq!(g["not_offered"], if id == "SP.04" { 6 } else { 12 }, "{g}");
                assert_eq!(g["answered"], 0, "{g}");
                assert!(g["min"].is_null() && g["mean"].is_null(), "no level, never 0: {g}");
            }
            _ => {
                assert_eq!(g["not_offered"], 0, "{g}");
                assert!(g["min"].is_u64() && g["mean"].is_f64(), "{g}");
            }
        }
    }
    let overall = &json["maturity"][0]["overall"];
    assert_eq!(overall["not_offered"], 18);
    assert_eq!(overall["not_applicable"], 1);
    assert_eq!(overall["unanswered"], 4);
    assert_eq!(overall["answered"], 100);
    let flagged = built_in.answers().iter().filter(|x| x.flagged).count();
    assert_eq!(flagged, 2);
}
