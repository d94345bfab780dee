//! The remediation plan with worked examples written out by hand: the phases of a zone from SL-A
//! {1 1 1 1 1 1 1} to SL-T {3 3 2 2 3 2 2}, one action per requirement across zones, proposing
//! again, maturity actions, the order within a phase, and properties of the projection.

mod common;

use iacs_assess::assessment::{ActionStatus, Answer, Assessment, Scenario, SlOverride, Zone};
use iacs_assess::catalog::Catalog;
use iacs_assess::planning::{self, EffortScale, Proposal, Stage, Subject};
use jiff::Timestamp;
use jiff::civil::Date;
use proptest::prelude::*;

const SL: &str = "iec62443-3-3";

fn day() -> Date {
    "2026-12-01".parse().unwrap()
}

fn now() -> Timestamp {
    "2026-12-01T09:00:00Z".parse().unwrap()
}

fn answer(q: &str, target: Option<&str>, requirement: &str, value: &str) -> Answer {
    let mut x = Answer::new(
        &iacs_assess::assessment::AnswerId::new(q, target, requirement),
        Timestamp::UNIX_EPOCH,
    );
    x.value = Some(value.into());
    x
}

fn zone(id: &str, sl_t: [u8; 7]) -> Zone {
    Zone {
        system: String::new(),
        id: id.into(),
        name: id.into(),
        description: String::new(),
        assets: vec![],
        layer: None,
        adjustments: vec![],
        sl_t: Some(SlOverride {
            vector: sl_t,
            justification: "test".into(),
        }),
    }
}

fn assessment(catalog: &Catalog, questionnaires: &[&str]) -> Assessment {
    let mut a = Assessment::new(
        "t",
        "en",
        questionnaires.iter().map(|s| s.to_string()).collect(),
        Timestamp::UNIX_EPOCH,
    );
    a.risk_model = catalog.risk_model("default").cloned();
    a
}

/// Every 3-3 requirement of `zone` met up to `level` in each FR, not met above it.
fn at_level(a: &mut Assessment, catalog: &Catalog, zone: &str, level: [u8; 7]) {
    let q = catalog.questionnaire(SL).unwrap();
    for r in &q.requirements {
        let (fr, min) = (r.fr.unwrap(), r.min_sl.unwrap());
        let value = if min <= level[usize::from(fr - 1)] {
            "met"
        } else {
            "not-met"
        };
        a.set_answer(answer(SL, Some(zone), &r.id, value));
    }
}

fn title(p: &Proposal) -> String {
    match &p.subject {
        Subject::Requirement(r) => format!("Meet {r}"),
        Subject::Group { id, target } => format!("Raise {id} to ML{target}"),
    }
}

fn propose(a: &mut Assessment, catalog: &Catalog) -> planning::Proposed {
    planning::propose(a, catalog, day(), &title, "ana", now())
}

/// The requirements of the actions of one phase, sorted as the catalog lists them.
fn phase(a: &Assessment, n: u8) -> Vec<String> {
    let mut out: Vec<String> = a
        .actions
        .iter()
        .filter(|x| x.phase == Some(n))
        .flat_map(|x| x.addresses.iter().map(|r| r.requirement.clone()))
        .collect();
    out.sort_by(|x, y| iacs_assess::catalog::ids::natural_cmp(x, y));
    out
}

#[test]
fn a_zone_at_one_gets_two_phases_to_3_3_2_2_3_2_2() {
    let catalog = common::catalog();
    let mut a = assessment(&catalog, &[SL]);
    a.zones.push(zone("Z1", [3, 3, 2, 2, 3, 2, 2]));
    at_level(&mut a, &catalog, "Z1", [1; 7]);
    let outcome = propose(&mut a, &catalog);
    assert_eq!(outcome.added.len(), 23 + 19, "one action per requirement");
    // Phase 1: every requirement with SL 2 in every FR (each FR's SL-T is at least 2).
    let phase_1 = [
        "SR 1.1 RE(1)",
        "SR 1.2",
        "SR 1.6 RE(1)",
        "SR 1.8",
        "SR 1.9",
        "SR 1.13 RE(1)",
        "SR 2.1 RE(1)",
        "SR 2.1 RE(2)",
        "SR 2.6",
        "SR 2.11",
        "SR 3.2 RE(1)",
        "SR 3.4",
        "SR 3.7",
        "SR 3.8",
        "SR 3.9",
        "SR 4.1 RE(1)",
        "SR 4.2",
        "SR 5.1 RE(1)",
        "SR 5.2 RE(1)",
        "SR 6.2",
        "SR 7.1 RE(1)",
        "SR 7.3 RE(1)",
        "SR 7.8",
    ];
    assert_eq!(phase(&a, 1), phase_1);
    // Phase 2: the SL 3 requirements of IAC, UC and RDF, the FRs whose SL-T is 3.
    let phase_2 = [
        "SR 1.1 RE(2)",
        "SR 1.2 RE(1)",
        "SR 1.3 RE(1)",
        "SR 1.5 RE(1)",
        "SR 1.7 RE(1)",
        "SR 1.9 RE(1)",
        "SR 2.1 RE(3)",
        "SR 2.2 RE(1)",
        "SR 2.3 RE(1)",
        "SR 2.4 RE(1)",
        "SR 2.7",
        "SR 2.8 RE(1)",
        "SR 2.9 RE(1)",
        "SR 2.11 RE(1)",
        "SR 2.12",
        "SR 5.1 RE(2)",
        "SR 5.2 RE(2)",
        "SR 5.2 RE(3)",
        "SR 5.3 RE(1)",
    ];
    assert_eq!(phase(&a, 2), phase_2);
    assert!(phase(&a, 3).is_empty(), "SL-T is reached after phase 2");

    let plan = planning::plan(&a, &catalog, day(), &EffortScale::default());
    let sl = |stage: Stage| {
        plan.stages
            .iter()
            .find(|p| p.stage == stage)
            .and_then(|p| p.level("Z1"))
            .map(|l| (l.sl_a.map(|x| x.unwrap()), l.reached, l.of))
            .unwrap()
    };
    assert_eq!(sl(Stage::Now), ([1; 7], 0, 7));
    assert_eq!(sl(Stage::AfterPhase(1)), ([2, 2, 2, 2, 2, 2, 2], 4, 7));
    assert_eq!(sl(Stage::AfterPhase(2)), ([3, 3, 2, 2, 3, 2, 2], 7, 7));
    assert_eq!(sl(Stage::WholePlan), ([3, 3, 2, 2, 3, 2, 2], 7, 7));
    // Nothing was written: the answers are as they were.
    let again = iacs_assess::scoring::score_on(&a, &catalog, day());
    assert_eq!(again.security_levels[0].sl_a, [Some(1); 7]);
}

#[test]
fn one_action_per_requirement_across_the_zones_that_need_it() {
    let catalog = common::catalog();
    let mut a = assessment(&catalog, &[SL]);
    a.zones.push(zone("Z1", [2, 1, 1, 1, 1, 1, 1]));
    a.zones.push(zone("Z2", [3, 1, 1, 1, 1, 1, 1]));
    at_level(&mut a, &catalog, "Z1", [1, 4, 4, 4, 4, 4, 4]);
    at_level(&mut a, &catalog, "Z2", [0, 4, 4, 4, 4, 4, 4]);
    propose(&mut a, &catalog);
    let sr12 = a.actions.iter().find(|x| x.proposal == "iec62443-3-3 SR 1.2").unwrap();
    assert_eq!(sr12.addresses[0].targets, ["Z1", "Z2"]);
    assert_eq!(sr12.phase, Some(1), "Z1 needs it first (SL-A 1 -> 2)");
    // Z2 is at 0 in IAC: its SL 1 requirements are its phase 1, SR 1.2 its phase 2; the action
    // takes the earliest, Z1's.
    let sr11 = a.actions.iter().find(|x| x.proposal == "iec62443-3-3 SR 1.1").unwrap();
    assert_eq!(sr11.addresses[0].targets, ["Z2"]);
    assert_eq!(sr11.phase, Some(1));
    let sr12re1 = a
        .actions
        .iter()
        .find(|x| x.proposal == "iec62443-3-3 SR 1.2 RE(1)")
        .unwrap();
    assert_eq!(
        (sr12re1.addresses[0].targets.clone(), sr12re1.phase),
        (vec!["Z2".to_string()], Some(3))
    );
}

#[test]
fn proposing_again_keeps_accepted_actions_and_refreshes_proposals() {
    let catalog = common::catalog();
    let mut a = assessment(&catalog, &[SL]);
    a.zones.push(zone("Z1", [2, 1, 1, 1, 1, 1, 1]));
    a.zones.push(zone("Z2", [2, 1, 1, 1, 1, 1, 1]));
    at_level(&mut a, &catalog, "Z1", [1, 4, 4, 4, 4, 4, 4]);
    at_level(&mut a, &catalog, "Z2", [4; 7]);
    propose(&mut a, &catalog);
    let n = a.actions.len();
    assert_eq!(n, 6, "the six SL 2 requirements of IAC");
    // Accept one with an owner; drop another.
    let sr12 = a.actions.iter().position(|x| x.proposal.ends_with("SR 1.2")).unwrap();
    a.actions[sr12].owner = "OT team".into();
    a.actions[sr12].set_status(ActionStatus::Planned, "ben", now());
    let sr18 = a.actions.iter().position(|x| x.proposal.ends_with("SR 1.8")).unwrap();
    a.actions[sr18].set_status(ActionStatus::Dropped, "ben", now());
    let accepted = a.actions[sr12].clone();
    // Z2 falls behind in SR 1.2 and SR 1.9; SR 1.1 RE(1) gets met in Z1.
    a.set_answer(answer(SL, Some("Z2"), "SR 1.2", "not-met"));
    a.set_answer(answer(SL, Some("Z2"), "SR 1.9", "not-met"));
    a.set_answer(answer(SL, Some("Z1"), "SR 1.1 RE(1)", "met"));
    let outcome = propose(&mut a, &catalog);
    assert_eq!(
        a.action(&accepted.id),
        Some(&accepted),
        "an accepted action is never changed"
    );
    let sr12_again: Vec<_> = a.actions.iter().filter(|x| x.proposal.ends_with("SR 1.2")).collect();
    assert_eq!(
        sr12_again.len(),
        2,
        "Z2's need of SR 1.2 is a new proposal beside the accepted one"
    );
    assert_eq!(
        sr12_again[1].addresses[0].targets,
        ["Z2"],
        "without Z1, which the accepted one has"
    );
    let sr19 = a.actions.iter().find(|x| x.proposal.ends_with("SR 1.9")).unwrap();
    assert_eq!(
        sr19.addresses[0].targets,
        ["Z1", "Z2"],
        "the earlier proposal brought up to date"
    );
    assert!(outcome.updated.contains(&sr19.id));
    assert_eq!(outcome.removed.len(), 1, "SR 1.1 RE(1) is met: its proposal goes");
    assert_eq!(outcome.in_accepted, 1);
    assert_eq!(outcome.in_dropped, 1, "a dropped action's gap is not proposed again");
    let before = a.actions.clone();
    let third = propose(&mut a, &catalog);
    assert_eq!(a.actions, before, "proposing twice on the same answers changes nothing");
    assert!(third.added.is_empty() && third.updated.is_empty() && third.removed.is_empty());
}

#[test]
fn a_maturity_group_below_target_is_one_action_in_the_phase_that_reaches_it() {
    let catalog = common::catalog();
    let mut a = assessment(&catalog, &["iec62443-2-1"]);
    a.targets.maturity = 3;
    let q = catalog.questionnaire("iec62443-2-1").unwrap();
    for r in &q.requirements {
        let value = match r.id.as_str() {
            "ORG 1.1" => "ml1",
            "ORG 1.2" => "ml2",
            _ => "ml3",
        };
        a.set_answer(answer(&q.id, None, &r.id, value));
    }
    propose(&mut a, &catalog);
    assert_eq!(a.actions.len(), 1);
    let x = &a.actions[0];
    assert_eq!(x.proposal, "iec62443-2-1 group ORG 1");
    assert_eq!(x.phase, Some(2), "ORG 1.1 needs two levels");
    let ids: Vec<&str> = x.addresses.iter().map(|r| r.requirement.as_str()).collect();
    assert_eq!(ids, ["ORG 1.1", "ORG 1.2"]);
    let plan = planning::plan(&a, &catalog, day(), &EffortScale::default());
    let org1 = |stage: Stage| {
        let p = plan.stages.iter().find(|p| p.stage == stage).unwrap();
        let g = p.maturity.iter().find(|g| g.group == "ORG 1").unwrap();
        (g.min, g.meeting_target, g.answered)
    };
    assert_eq!(org1(Stage::Now), (Some(1), 4, 6));
    assert_eq!(org1(Stage::AfterPhase(2)), (Some(3), 6, 6));
}

#[test]
fn within_a_phase_intolerable_risk_first_then_gain_per_effort() {
    let catalog = common::catalog();
    let mut a = assessment(&catalog, &[SL]);
    a.zones.push(zone("Z1", [2, 2, 1, 1, 1, 1, 1]));
    a.zones.push(zone("Z2", [2, 2, 1, 1, 1, 1, 1]));
    // Z1: IAC at 1 (six SL 2 requirements open); UC at 1 with only SR 2.6 open (a step of one).
    at_level(&mut a, &catalog, "Z1", [1, 4, 4, 4, 4, 4, 4]);
    a.set_answer(answer(SL, Some("Z1"), "SR 2.6", "not-met"));
    at_level(&mut a, &catalog, "Z2", [4; 7]);
    a.set_answer(answer(SL, Some("Z2"), "SR 1.8", "not-met"));
    // An intolerable scenario against Z2 through IAC.
    a.scenarios.push(Scenario {
        id: "S1".into(),
        target: "Z2".into(),
        threat: "Stolen engineer login".into(),
        description: String::new(),
        threat_actor: None,
        frs: vec![1],
        likelihood: 5,
        impact: 5,
        impact_categories: vec![],
        residual_likelihood: None,
        residual_impact: None,
        countermeasures: String::new(),
    });
    propose(&mut a, &catalog);
    let plan = planning::plan(&a, &catalog, day(), &EffortScale::default());
    let order: Vec<String> = plan
        .items
        .iter()
        .map(|i| {
            let x = a.action(&i.id).unwrap();
            x.addresses[0].requirement.clone()
        })
        .collect();
    // SR 1.8 addresses S1 (Z2, IAC): first. Then SR 2.6 alone lifts Z1's UC (gain 1). Then the
    // five others of Z1's IAC step (gain 1/6 each; SR 1.8's step in Z1 has six members too),
    // by id.
    assert_eq!(order[0], "SR 1.8");
    assert_eq!(order[1], "SR 2.6");
    assert_eq!(plan.items[0].why.intolerable, ["S1"]);
    assert!((plan.items[1].why.gain - 1.0).abs() < 1e-9);
    assert_eq!(
        order[2..],
        ["SR 1.1 RE(1)", "SR 1.2", "SR 1.6 RE(1)", "SR 1.9", "SR 1.13 RE(1)"]
    );
    // Effort changes the order: SR 2.6 as L (20) falls behind the S ones.
    let sr26 = plan.items[1].id.clone();
    a.action_mut(&sr26).unwrap().effort = "L".into();
    for id in ["SR 1.2", "SR 1.9"] {
        let x = a.actions.iter_mut().find(|x| x.addresses[0].requirement == id).unwrap();
        x.effort = "S".into();
    }
    let plan = planning::plan(&a, &catalog, day(), &EffortScale::default());
    let order: Vec<String> = plan
        .items
        .iter()
        .map(|i| a.action(&i.id).unwrap().addresses[0].requirement.clone())
        .collect();
    assert_eq!(order[..4], ["SR 1.8", "SR 1.2", "SR 1.9", "SR 2.6"]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, rng_seed: common::proptest_seed(), ..ProptestConfig::default() })]

    /// Doing every action of every phase reaches SL-T in every FR that has requirements to meet;
    /// after phase k every FR stands at least k levels higher, or at its SL-T.
    #[test]
    fn the_whole_plan_reaches_sl_t(
        values in proptest::collection::vec(0u8..4, 100),
        sl_t in proptest::array::uniform7(0u8..=4),
    ) {
        let catalog = common::catalog();
        let q = catalog.questionnaire(SL).unwrap();
        let mut a = assessment(&catalog, &[SL]);
        a.zones.push(zone("Z1", sl_t));
        for (r, v) in q.requirements.iter().zip(values.iter().cycle()) {
            let value = ["met", "not-met", "na", "unanswered"][usize::from(*v)];
            if value == "unanswered" { continue; }
            let mut x = answer(SL, Some("Z1"), &r.id, value);
            if value == "na" { x.note = "no such function".into(); }
            a.set_answer(x);
        }
        propose(&mut a, &catalog);
        let plan = planning::plan(&a, &catalog, day(), &EffortScale::default());
        let now = plan.stages.first().unwrap().level("Z1").unwrap().clone();
        let whole = plan.stages.last().unwrap().level("Z1").unwrap();
        for (fr, (level, target)) in whole.sl_a.iter().zip(sl_t).enumerate() {
            if let Some(level) = level {
                prop_assert!(*level >= target, "FR {} reaches {} of {}", fr + 1, level, target);
            }
        }
        for p in &plan.stages {
            if let Stage::AfterPhase(k) = p.stage {
                let l = p.level("Z1").unwrap();
                for (fr, ((before, after), target)) in now.sl_a.iter().zip(l.sl_a).zip(sl_t).enumerate() {
                    if let (Some(before), Some(after)) = (before, after) {
                        prop_assert!(after >= target.min(before + k), "phase {k}, FR {}", fr + 1);
                    }
                }
            }
        }
    }
}

#[test]
fn actions_are_written_sorted_and_read_back_the_same() {
    let catalog = common::catalog();
    let mut a = assessment(&catalog, &[SL]);
    a.zones.push(zone("Z1", [2, 1, 1, 1, 1, 1, 1]));
    at_level(&mut a, &catalog, "Z1", [1, 4, 4, 4, 4, 4, 4]);
    propose(&mut a, &catalog);
    a.actions[0].due = Some("2027-03-31".parse().unwrap());
    a.actions[0].set_status(ActionStatus::Planned, "ben", now());
    let text = toml::to_string(&a).unwrap();
    let first = text.find("[[action]]").unwrap();
    assert!(
        first < text.find("[[answer]]").unwrap(),
        "actions come before the answers"
    );
    assert!(text.contains("due = 2027-03-31\n"), "a date, not a string");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, &text).unwrap();
    let back = iacs_assess::assessment::AssessmentFile::open(&path, &catalog).unwrap();
    assert_eq!(back.1.actions, a.actions);
}

#[test]
fn the_projection_line_reads_as_the_issue_writes_it() {
    let texts = common::texts();
    let level = planning::projection::ProjectedLevel {
        questionnaire: SL.into(),
        target: "Z-SCADA".into(),
        sl_a: [Some(3), Some(3), Some(2), Some(2), Some(3), Some(2), None],
        sl_t: Some([3, 3, 2, 2, 3, 3, 2]),
        reached: 5,
        of: 6,
        capability: false,
    };
    assert_eq!(
        planning::text::level_line(&texts, &level),
        "Z-SCADA SL-A {3 3 2 2 3 2 n/a}, SL-T reached in 5 of 6 FRs"
    );
    let component = planning::projection::ProjectedLevel {
        target: "PLC-3".into(),
        capability: true,
        ..level
    };
    assert_eq!(
        planning::text::level_line(&texts, &component),
        "PLC-3 SL-C {3 3 2 2 3 2 n/a}, its zone's SL-T reached in 5 of 6 FRs"
    );
    assert_eq!(
        planning::text::stage_label(&texts, Stage::AfterPhase(2)),
        "after phase 2"
    );
}

#[test]
fn a_summary_projects_now_and_the_whole_plan_as_the_full_plan_does() {
    let catalog = common::catalog();
    let mut a = assessment(&catalog, &[SL]);
    a.zones.push(zone("Z1", [3, 3, 2, 2, 3, 2, 2]));
    at_level(&mut a, &catalog, "Z1", [1; 7]);
    propose(&mut a, &catalog);
    let score = iacs_assess::scoring::score_on(&a, &catalog, day());
    let effort = EffortScale::default();
    let full = planning::plan_for(&a, &catalog, day(), &effort, &score);
    let summary = planning::summary_for(&a, &catalog, day(), &effort, &score);
    assert_eq!(full.stages.len(), 4, "now, phases 1 and 2, whole plan");
    assert_eq!(summary.stages.len(), 2);
    assert_eq!(summary.stages[0], full.stages[0]);
    assert_eq!(summary.stages[1], full.stages[3]);
    assert_eq!(summary.items, full.items);
}

#[test]
fn a_filter_lets_through_what_every_part_allows() {
    let mut x = iacs_assess::assessment::Action::new("A-01", "t", ActionStatus::Planned, "ana", now());
    x.owner = "OT Team ".into();
    x.phase = Some(2);
    x.addresses.push(iacs_assess::assessment::Addressed {
        questionnaire: SL.into(),
        requirement: "SR 1.1".into(),
        targets: vec!["Z1".into()],
    });
    let all = planning::Filter::default();
    assert!(all.is_empty() && all.lets_through(&x, false));
    let f = planning::Filter {
        target: Some("Z1".into()),
        owner: Some("ot team".into()),
        phase: Some(2),
        status: Some(ActionStatus::Planned),
        overdue: false,
    };
    assert!(f.lets_through(&x, false), "the owner in any case, trimmed");
    assert!(
        !planning::Filter {
            target: Some("Z2".into()),
            ..f.clone()
        }
        .lets_through(&x, false)
    );
    assert!(
        !planning::Filter {
            phase: Some(1),
            ..f.clone()
        }
        .lets_through(&x, false)
    );
    assert!(
        !planning::Filter {
            status: Some(ActionStatus::Done),
            ..f.clone()
        }
        .lets_through(&x, false)
    );
    assert!(
        !planning::Filter {
            overdue: true,
            ..f.clone()
        }
        .lets_through(&x, false)
    );
    assert!(planning::Filter { overdue: true, ..f }.lets_through(&x, true));
}
