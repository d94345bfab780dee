//! Scoring with worked examples written out by hand, and properties of the SL-A computation.

mod common;

use iacs_assess::assessment::{Answer, Assessment, Countermeasure, Scenario, SlOverride, Zone};
use iacs_assess::catalog::Catalog;
use iacs_assess::scoring::security_level::{Fulfilment, achieved};
use iacs_assess::scoring::{self, RequirementState};
use jiff::Timestamp;
use proptest::prelude::*;

fn answer(q: &str, target: Option<&str>, requirement: &str, value: &str) -> Answer {
    Answer {
        questionnaire: q.into(),
        target: target.map(Into::into),
        requirement: requirement.into(),
        value: Some(value.into()),
        note: if value == "na" || value == "compensated" {
            "reason".into()
        } else {
            String::new()
        },
        evidence: vec![],
        interviewee: Default::default(),
        assessor: Default::default(),
        time: Timestamp::UNIX_EPOCH,
        edited_by: Default::default(),
        edited: None,
        flagged: false,
    }
}

fn zone(id: &str, sl_t: Option<[u8; 7]>) -> Zone {
    Zone {
        system: String::new(),
        id: id.into(),
        name: id.into(),
        description: String::new(),
        assets: vec![],
        layer: None,
        adjustments: vec![],
        sl_t: sl_t.map(|vector| SlOverride {
            vector,
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

#[test]
fn a_zone_reaching_2_2_1_1_3_1_2() {
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-3-3").unwrap();
    let mut a = assessment(&catalog, &["iec62443-3-3"]);
    a.zones.push(zone("Z1", Some([2, 2, 2, 2, 3, 1, 2])));
    // Everything met, then by hand one requirement per FR that holds it down:
    for r in &q.requirements {
        a.set_answer(answer(&q.id, Some("Z1"), &r.id, "met"));
    }
    let holding = [
        ("SR 1.2 RE(1)", "not-met"), // IAC: an SL3 requirement not met -> 2
        ("SR 2.7", "not-met"),       // UC: SL3 -> 2
        ("SR 3.4", "not-met"),       // SI: SL2 -> 1
        ("SR 4.2", "not-met"),       // DC: SL2 -> 1
        ("SR 5.1 RE(3)", "not-met"), // RDF: SL4 -> 3
        ("SR 6.2", "not-met"),       // TRE: SL2 -> 1
        ("SR 7.3 RE(2)", "not-met"), // RA: SL3 -> 2
    ];
    for (id, v) in holding {
        a.set_answer(answer(&q.id, Some("Z1"), id, v));
    }
    // Not applicable never holds a level down; compensated counts as met while its record stands.
    a.set_answer(answer(&q.id, Some("Z1"), "SR 1.6", "na"));
    a.set_answer(answer(&q.id, Some("Z1"), "SR 1.1 RE(1)", "compensated"));
    let mut record = Countermeasure::new("CCM-01", &q.id, vec!["SR 1.1 RE(1)".into()], vec!["Z1".into()]);
    record.instead = "MFA at the jump host".into();
    record.equivalence = "The only way in".into();
    record.residual_risk = "A stolen session".into();
    record.verification = "Tried".into();
    record.approved_by = "P. Owner".into();
    record.approved = Some(jiff::civil::date(2026, 11, 2));
    a.set_countermeasure(record);
    let score = scoring::score_on(&a, &catalog, jiff::civil::date(2027, 1, 4));
    let sl = &score.security_levels[0];
    assert_eq!(sl.sl_a, [2, 2, 1, 1, 3, 1, 2].map(Some));
    assert_eq!(sl.frs[2].holding_down, ["SR 3.4"]);
    // Against SL-T {2 2 2 2 3 1 2} the gap is in SI and DC, closed by exactly two requirements.
    assert_eq!(sl.gap, [0, 0, 1, 1, 0, 0, 0]);
    let to_close: Vec<&str> = sl.to_close.iter().map(|g| g.requirement.as_str()).collect();
    assert_eq!(to_close, ["SR 3.4", "SR 4.2"]);
}

#[test]
fn an_unanswered_requirement_holds_its_fr_down_and_is_listed() {
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-3-3").unwrap();
    let mut a = assessment(&catalog, &["iec62443-3-3"]);
    a.zones.push(zone("Z1", Some([1, 1, 1, 1, 1, 1, 1])));
    for r in q.requirements.iter().filter(|r| r.id != "SR 7.5") {
        a.set_answer(answer(&q.id, Some("Z1"), &r.id, "met"));
    }
    let score = scoring::score(&a, &catalog);
    let sl = &score.security_levels[0];
    assert_eq!(sl.sl_a, [4, 4, 4, 4, 4, 4, 0].map(Some));
    assert_eq!(sl.to_close.len(), 1);
    assert_eq!(sl.to_close[0].state, Fulfilment::Unanswered);
}

#[test]
fn a_maturity_profile_with_not_applicable_and_unanswered_items() {
    let catalog = common::catalog();
    let q = "iec62443-2-4";
    let mut a = assessment(&catalog, &[q]);
    a.targets.maturity = 2;
    // SP.04 (wireless), 6 requirements: ML3, ML1, not implemented, n/a, and two unanswered.
    a.set_answer(answer(q, None, "SP.04.01 BR", "ml3"));
    a.set_answer(answer(q, None, "SP.04.02 BR", "ml1"));
    a.set_answer(answer(q, None, "SP.04.02 RE(1)", "not-implemented"));
    a.set_answer(answer(q, None, "SP.04.03 BR", "na"));
    let score = scoring::score(&a, &catalog);
    let profile = score.maturity.iter().find(|m| m.questionnaire == q).unwrap();
    let g = profile.groups.iter().find(|g| g.group == "SP.04").unwrap();
    assert_eq!(g.stats.answered, 3);
    assert_eq!(g.stats.not_applicable, 1);
    assert_eq!(g.stats.unanswered, 2);
    assert_eq!(g.stats.min, Some(0));
    assert_eq!(g.stats.mean, Some(4.0 / 3.0));
    assert_eq!(g.stats.distribution, [1, 1, 0, 1, 0]);
    assert_eq!(g.stats.meeting_target, 1);
    assert_eq!(g.below_target, ["SP.04.02 BR", "SP.04.02 RE(1)"]);
    let unanswered = profile
        .requirements
        .iter()
        .filter(|r| r.state == RequirementState::Unanswered)
        .count();
    assert_eq!(unanswered, 123 - 4);
    // A per-group target overrides the default.
    a.targets
        .maturity_groups
        .entry(q.into())
        .or_default()
        .insert("SP.04".into(), 1);
    let score = scoring::score(&a, &catalog);
    let g = score.maturity[0].groups.iter().find(|g| g.group == "SP.04").unwrap();
    assert_eq!((g.target, g.stats.meeting_target), (1, 2));
}

/// A service provider without wireless: all six SP.04 requirements not applicable, each with its
/// reason. The area is reported as not applicable (it does not apply), not as unanswered; an area
/// with nothing answered still applies; an n/a without a reason is not credited and keeps it open.
#[test]
fn an_area_answered_not_applicable_throughout_does_not_apply() {
    let catalog = common::catalog();
    let q = "iec62443-2-4";
    let mut a = assessment(&catalog, &[q]);
    let sp04 = common::SP04;
    for r in sp04 {
        a.set_answer(answer(q, None, r, "na"));
    }
    let score = scoring::score(&a, &catalog);
    let profile = score.maturity.iter().find(|m| m.questionnaire == q).unwrap();
    let g = |id: &str| profile.groups.iter().find(|g| g.group == id).unwrap().clone();
    let wireless = g("SP.04");
    assert!(!wireless.applies);
    assert!(wireless.stats.all_not_applicable());
    assert_eq!(
        (
            wireless.stats.not_applicable,
            wireless.stats.answered,
            wireless.stats.unanswered
        ),
        (6, 0, 0)
    );
    assert_eq!((wireless.stats.min, wireless.stats.mean), (None, None));
    // SP.05 has nothing answered: open, and it still applies.
    let open = g("SP.05");
    assert!(open.applies);
    assert_eq!(open.stats.mean, None);
    // The whole questionnaire applies (other areas are open).
    assert!(!profile.overall.all_not_applicable());
    // The JSON keeps every field it had and adds `applies`.
    let json = serde_json::to_value(&wireless).unwrap();
    assert_eq!(json["applies"], false);
    assert_eq!(json["not_applicable"], 6);
    assert_eq!(json["unanswered"], 0);
    // One n/a without its reason is not credited: the area is open again, so it applies.
    let mut x = answer(q, None, "SP.04.03 RE(2)", "na");
    x.note.clear();
    a.set_answer(x);
    let score = scoring::score(&a, &catalog);
    let wireless = score.maturity[0].groups.iter().find(|g| g.group == "SP.04").unwrap();
    assert!(wireless.applies);
    assert_eq!((wireless.stats.not_applicable, wireless.stats.unanswered), (5, 1));
}

#[test]
fn a_risk_register_with_tolerable_and_intolerable_scenarios_sets_sl_t() {
    let catalog = common::catalog();
    let mut a = assessment(&catalog, &["iec62443-3-3"]);
    a.zones.push(zone("Z1", None));
    let m = a.risk_model.clone().unwrap();
    let scenario = |id: &str, l: u8, i: u8, frs: Vec<u8>, residual: Option<(u8, u8)>| Scenario {
        id: id.into(),
        target: "Z1".into(),
        threat: "t".into(),
        description: String::new(),
        threat_actor: Some("simple-means".into()),
        frs,
        likelihood: l,
        impact: i,
        impact_categories: vec![],
        residual_likelihood: residual.map(|r| r.0),
        residual_impact: residual.map(|r| r.1),
        countermeasures: String::new(),
    };
    a.scenarios.push(scenario("S1", 1, 1, vec![], None));
    a.scenarios.push(scenario("S2", 5, 5, vec![1, 5], Some((1, 1))));
    let score = scoring::score(&a, &catalog);
    let s1 = &score.risks[0];
    assert!(s1.unmitigated_tolerable);
    let s2 = &score.risks[1];
    assert!(!s2.unmitigated_tolerable);
    assert_eq!(s2.residual_tolerable, Some(true));
    let top = m.risk_level(5, 5).unwrap().sl;
    let low = m.risk_level(1, 1).unwrap().sl;
    let t = &score.sl_targets[0];
    assert_eq!(t.vector, [top, low, low, low, top, low, low]);
    // With the threat-actor method, the actor decides: simple means -> SL2 everywhere it acts.
    a.targets.sl_t_method = iacs_assess::catalog::risk_model::SlTMethod::ThreatActor;
    let t = scoring::score(&a, &catalog).sl_targets[0].clone();
    assert_eq!(t.vector, [2, 2, 2, 2, 2, 2, 2]);
    // An adjustment caps DC where there is no confidential data.
    a.zones[0].adjustments.push("no-confidential-data".into());
    let t = scoring::score(&a, &catalog).sl_targets[0].clone();
    assert_eq!(t.vector[3], 1);
}

fn fulfilment() -> impl Strategy<Value = Fulfilment> {
    prop_oneof![
        Just(Fulfilment::Satisfied),
        Just(Fulfilment::NotApplicable),
        Just(Fulfilment::NotSatisfied),
        Just(Fulfilment::Unanswered)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { rng_seed: common::proptest_seed(), ..ProptestConfig::default() })]

    #[test]
    fn sl_a_never_exceeds_what_the_answers_allow(items in prop::collection::vec((1u8..=7, 1u8..=4, fulfilment()), 0..60)) {
        let v = achieved(&items);
        for &(fr, min_sl, state) in &items {
            if matches!(state, Fulfilment::NotSatisfied | Fulfilment::Unanswered) {
                prop_assert!(v[usize::from(fr - 1)].is_some_and(|l| l < min_sl));
            }
        }
        for fr in 1..=7u8 {
            let applies = items.iter().any(|&(f, _, st)| f == fr && st != Fulfilment::NotApplicable);
            match v[usize::from(fr - 1)] {
                // n/a exactly where nothing of that FR applies
                None => prop_assert!(!applies),
                // and it is the highest such level: every FR below 4 is held down by something
                Some(level) => {
                    prop_assert!(applies);
                    if level < 4 {
                        prop_assert!(items.iter().any(|&(f, s, st)| f == fr && s == level + 1
                            && matches!(st, Fulfilment::NotSatisfied | Fulfilment::Unanswered)));
                    }
                }
            }
        }
    }

    #[test]
    fn meeting_a_requirement_never_lowers_a_level(items in prop::collection::vec((1u8..=7, 1u8..=4, fulfilment()), 1..60), pick in any::<prop::sample::Index>()) {
        let before = achieved(&items);
        let mut after_items = items.clone();
        let i = pick.index(after_items.len());
        after_items[i].2 = Fulfilment::Satisfied;
        let after = achieved(&after_items);
        for fr in 0..7 {
            prop_assert!(after[fr] >= before[fr]);
        }
    }
}
