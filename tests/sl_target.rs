//! SL-T worked out by hand for every method and floor: risk level (lookup), risk reduction (steps
//! above the tolerable line), threat actor, the tolerable floor, consequence floors, conduits that
//! follow their zones, adjustments and overrides; and old files that keep their results.

mod common;

use iacs_assess::assessment::{Assessment, Conduit, Scenario, SlOverride, Zone, storage};
use iacs_assess::catalog::risk_model::{ConsequenceFloor, RiskModel, SlTMethod};
use iacs_assess::scoring::{self, SlReason, SlTarget};
use jiff::Timestamp;

fn zone(id: &str) -> Zone {
    common::zone(id, id)
}

fn conduit(id: &str, from: &str, to: &str) -> Conduit {
    Conduit {
        system: String::new(),
        id: id.into(),
        name: id.into(),
        from: from.into(),
        to: to.into(),
        description: String::new(),
        adjustments: vec![],
        sl_t: None,
    }
}

fn scenario(id: &str, target: &str, likelihood: u8, impact: u8, frs: &[u8]) -> Scenario {
    Scenario {
        id: id.into(),
        target: target.into(),
        threat: "t".into(),
        description: String::new(),
        threat_actor: Some("casual".into()),
        frs: frs.to_vec(),
        likelihood,
        impact,
        impact_categories: vec![],
        residual_likelihood: None,
        residual_impact: None,
        countermeasures: String::new(),
    }
}

fn model() -> RiskModel {
    common::catalog().risk_model("default").cloned().unwrap()
}

fn assessment(model: RiskModel, method: SlTMethod) -> Assessment {
    let mut a = Assessment::new("t", "en", vec!["iec62443-3-3".into()], Timestamp::UNIX_EPOCH);
    a.risk_model = Some(model);
    a.targets.sl_t_method = method;
    a.zones.push(zone("Z1"));
    a
}

fn target<'a>(score: &'a scoring::Score, id: &str) -> &'a SlTarget {
    score.sl_targets.iter().find(|t| t.target == id).unwrap()
}

fn sl_t(a: &Assessment, id: &str) -> SlTarget {
    target(&scoring::score(a, &common::catalog()), id).clone()
}

/// The default model with "high" moved under the tolerable line: low, medium and high are
/// tolerable, very-high is 1 step above it, critical 2. Here the lookup and the steps differ.
fn model_with_high_tolerable() -> RiskModel {
    let mut m = model();
    m.risk_levels.iter_mut().find(|l| l.id == "high").unwrap().tolerable = true;
    assert!(m.problems().is_empty(), "{:?}", m.problems());
    m
}

#[test]
fn risk_level_looks_up_the_level_and_risk_reduction_counts_steps_above_the_tolerable_line() {
    // likely x major = very-high in the default matrix (row 4, column 4).
    let mut a = assessment(model_with_high_tolerable(), SlTMethod::RiskLevel);
    a.scenarios.push(scenario("S1", "Z1", 4, 4, &[1]));
    a.scenarios.push(scenario("S2", "Z1", 5, 5, &[2])); // critical
    a.scenarios.push(scenario("S3", "Z1", 2, 4, &[3])); // high: tolerable in this model
    // Lookup: very-high says 3, critical 4, high 2 (the sl written beside each level).
    let t = sl_t(&a, "Z1");
    assert_eq!(t.vector, [3, 4, 2, 1, 1, 1, 1]);
    // Steps: very-high is 1 step above the line (SL 2), critical 2 steps (SL 3), high is tolerable
    // (the floor, SL 1).
    a.targets.sl_t_method = SlTMethod::RiskReduction;
    let t = sl_t(&a, "Z1");
    assert_eq!(t.vector, [2, 3, 1, 1, 1, 1, 1]);
    assert_eq!(
        t.reasons[1],
        SlReason::Scenario {
            scenario: "S2".into(),
            rule: SlTMethod::RiskReduction,
            by: "critical".into(),
            steps: Some(2),
        }
    );
    assert_eq!(
        t.reasons[2],
        SlReason::Scenario {
            scenario: "S3".into(),
            rule: SlTMethod::RiskReduction,
            by: "high".into(),
            steps: Some(0),
        },
        "a tolerable scenario asks for the tolerable level and is still the reason"
    );
    assert_eq!(t.unassessed, [4, 5, 6, 7]);
}

#[test]
fn with_the_default_model_both_risk_methods_agree() {
    let mut a = assessment(model(), SlTMethod::RiskLevel);
    for (i, (l, im)) in [(1, 1), (2, 3), (3, 4), (4, 4), (5, 5)].into_iter().enumerate() {
        a.scenarios
            .push(scenario(&format!("S{i}"), "Z1", l, im, &[i as u8 + 1]));
    }
    let lookup = sl_t(&a, "Z1").vector;
    a.targets.sl_t_method = SlTMethod::RiskReduction;
    assert_eq!(sl_t(&a, "Z1").vector, lookup);
    assert_eq!(lookup, [1, 1, 2, 3, 4, 1, 1]);
}

#[test]
fn the_threat_actor_method_takes_the_actors_level() {
    let mut a = assessment(model(), SlTMethod::ThreatActor);
    let mut s = scenario("S1", "Z1", 1, 1, &[1, 2]);
    s.threat_actor = Some("moderate-resources".into());
    a.scenarios.push(s);
    assert_eq!(sl_t(&a, "Z1").vector, [3, 3, 1, 1, 1, 1, 1]);
}

#[test]
fn a_zone_no_scenario_reaches_gets_the_tolerable_floor_and_is_marked_unassessed() {
    let a = assessment(model(), SlTMethod::RiskReduction);
    let t = sl_t(&a, "Z1");
    assert_eq!(t.vector, [1; 7]);
    assert!(t.reasons.iter().all(|r| *r == SlReason::Tolerable { sl: 1 }));
    assert_eq!(t.unassessed, [1, 2, 3, 4, 5, 6, 7]);
    // An organisation that tolerates less sets a higher floor.
    let mut m = model();
    m.sl_t.tolerable_sl = 2;
    let a = assessment(m, SlTMethod::RiskReduction);
    assert_eq!(sl_t(&a, "Z1").vector, [2; 7]);
}

#[test]
fn a_rare_but_severe_harm_to_people_sets_the_consequence_floor_whatever_its_likelihood() {
    let mut a = assessment(model(), SlTMethod::RiskReduction);
    // rare x severe = high: 1 step, SL 2, in RDF only.
    let mut s = scenario("S1", "Z1", 1, 5, &[5]);
    a.scenarios.push(s.clone());
    assert_eq!(
        sl_t(&a, "Z1").vector,
        [1, 1, 1, 1, 2, 1, 1],
        "no category said: no floor"
    );
    s.impact_categories = vec!["health-safety".into()];
    a.scenarios[0] = s.clone();
    let t = sl_t(&a, "Z1");
    assert_eq!(t.vector, [3, 3, 3, 1, 2, 1, 1]);
    assert_eq!(
        t.reasons[0],
        SlReason::Consequence {
            floor: "severe-health-safety".into(),
            scenario: "S1".into()
        }
    );
    // A major (not severe) impact on people does not reach it; severe production harm neither.
    s.impact = 4;
    a.scenarios[0] = s.clone();
    assert_eq!(sl_t(&a, "Z1").vector[0], 1);
    s.impact = 5;
    s.impact_categories = vec!["production".into()];
    a.scenarios[0] = s;
    assert_eq!(sl_t(&a, "Z1").vector[0], 1);
}

#[test]
fn a_floor_without_a_category_counts_any_category_and_never_lowers_a_level() {
    let mut m = model();
    m.sl_t.consequence_floors = vec![ConsequenceFloor {
        id: "any-major".into(),
        category: String::new(),
        impact: "major".into(),
        frs: vec![7],
        sl: 2,
    }];
    let mut a = assessment(m, SlTMethod::RiskReduction);
    a.scenarios.push(scenario("S1", "Z1", 1, 4, &[1])); // rare x major: medium, tolerable
    a.scenarios.push(scenario("S2", "Z1", 5, 5, &[7])); // critical: SL 4 in RA
    let t = sl_t(&a, "Z1");
    assert_eq!(t.vector, [1, 1, 1, 1, 1, 1, 4], "the floor of 2 does not lower S2's 4");
}

#[test]
fn a_conduit_is_at_least_as_strict_as_the_stricter_zone_it_joins_unless_justified() {
    let mut a = assessment(model(), SlTMethod::RiskReduction);
    a.zones.push(zone("Z2"));
    a.conduits.push(conduit("C1", "Z1", "Z2"));
    a.scenarios.push(scenario("S1", "Z1", 5, 5, &[1])); // critical: 4 in IAC
    a.scenarios.push(scenario("S2", "Z2", 4, 4, &[1, 2])); // very-high: 3 in IAC, UC
    a.scenarios.push(scenario("S3", "C1", 4, 3, &[5])); // high: 2 in RDF
    let t = sl_t(&a, "C1");
    assert_eq!(t.vector, [4, 3, 1, 1, 2, 1, 1]);
    assert_eq!(t.reasons[0], SlReason::Zone { zone: "Z1".into() });
    assert_eq!(t.reasons[1], SlReason::Zone { zone: "Z2".into() });
    assert_eq!(t.unassessed, [1, 2, 3, 4, 6, 7]);
    // A zone set by hand passes its vector on.
    a.zones[1].sl_t = Some(SlOverride {
        vector: [1, 1, 1, 1, 1, 1, 3],
        justification: "panel decision".into(),
    });
    assert_eq!(sl_t(&a, "C1").vector, [4, 1, 1, 1, 2, 1, 3]);
    // An adjustment with its reason lowers it again, FR by FR.
    a.conduits[0].adjustments = vec!["availability-not-critical".into()];
    let t = sl_t(&a, "C1");
    assert_eq!(t.vector[6], 1);
    assert_eq!(
        t.reasons[6],
        SlReason::Adjustment {
            adjustment: "availability-not-critical".into()
        }
    );
    // A model that does not want it.
    a.risk_model.as_mut().unwrap().sl_t.conduits_follow_zones = false;
    assert_eq!(sl_t(&a, "C1").vector, [1, 1, 1, 1, 2, 1, 1]);
}

#[test]
fn an_override_replaces_the_vector_and_still_shows_what_the_model_derives() {
    let mut a = assessment(model(), SlTMethod::RiskReduction);
    a.scenarios.push(scenario("S1", "Z1", 4, 4, &[1]));
    a.zones[0].sl_t = Some(SlOverride {
        vector: [2, 2, 2, 2, 2, 2, 2],
        justification: "company rule".into(),
    });
    let t = sl_t(&a, "Z1");
    assert!(t.overridden);
    assert_eq!(t.vector, [2; 7]);
    assert_eq!(t.derived, Some([3, 1, 1, 1, 1, 1, 1]));
    assert_eq!(t.unassessed, [2, 3, 4, 5, 6, 7]);
}

/// A format-2 assessment whose model puts "high" under the tolerable line: its "risk-reduction" was
/// the lookup, and so it still scores after this build reads it.
#[test]
fn an_old_file_keeps_the_method_it_was_scored_with() {
    let catalog = common::catalog();
    let mut old = assessment(model_with_high_tolerable(), SlTMethod::RiskLevel);
    old.scenarios.push(scenario("S1", "Z1", 4, 4, &[1])); // very-high: lookup 3, steps 2
    let mut text = storage::to_toml(&old).unwrap();
    text = text
        .replace("format = 3", "format = 2")
        .replace("sl_t_method = \"risk-level\"", "sl_t_method = \"risk-reduction\"")
        .replace("method = \"risk-level\"", "method = \"risk-reduction\"");
    assert!(text.contains("format = 2") && !text.contains("risk-level"), "{text}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.toml");
    std::fs::write(&path, &text).unwrap();
    let read = storage::read(&path, &catalog).unwrap();
    assert_eq!(read.targets.sl_t_method, SlTMethod::RiskLevel);
    assert_eq!(read.risk_model.as_ref().unwrap().sl_t.method, SlTMethod::RiskLevel);
    assert_eq!(sl_t(&read, "Z1").vector[0], 3, "the lookup, as when it was written");
    // A file of this format means the new method by that name.
    std::fs::write(&path, text.replace("format = 2", "format = 3")).unwrap();
    let read = storage::read(&path, &catalog).unwrap();
    assert_eq!(read.targets.sl_t_method, SlTMethod::RiskReduction);
    assert_eq!(sl_t(&read, "Z1").vector[0], 2);
}

#[test]
fn a_risk_model_file_of_format_1_reads_its_method_as_the_lookup() {
    let text = std::fs::read_to_string("questionnaires/risk-models/default.toml").unwrap();
    let old = text.replace("format = 2", "format = 1");
    let m = iacs_assess::catalog::risk_model::read(std::path::Path::new("old.toml"), &old).unwrap();
    assert_eq!(m.sl_t.method, SlTMethod::RiskLevel);
    let m = iacs_assess::catalog::risk_model::read(std::path::Path::new("new.toml"), &text).unwrap();
    assert_eq!(m.sl_t.method, SlTMethod::RiskReduction);
}

#[test]
fn a_model_whose_steps_fall_or_whose_floor_names_an_unknown_level_is_refused() {
    let mut m = model();
    m.sl_t.reduction_steps = vec![3, 2];
    m.sl_t.consequence_floors[0].impact = "catastrophic".into();
    let problems = m.problems().join("\n");
    assert!(problems.contains("reduction_steps must never fall"), "{problems}");
    assert!(problems.contains("unknown impact level \"catastrophic\""), "{problems}");
}
