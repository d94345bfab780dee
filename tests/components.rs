//! Components and their SL-C (62443-4-2): the questionnaire against the public reference list,
//! the counts of requirements per component type and SL-C, worked examples of SL-C and of the zone
//! check, and the 62443-4-1 structure.

mod common;

use iacs_assess::assessment::{Answer, Assessment, Component, Declared, DeclaredBy, SlOverride, Zone};
use iacs_assess::catalog::{Catalog, ComponentType, Scope};
use iacs_assess::planning::needs::NeedKind;
use iacs_assess::scoring::capability::{Source, capabilities, zone_check};
use iacs_assess::scoring::security_level::Standing;
use iacs_assess::scoring::{self, Cover};
use jiff::Timestamp;
use serde::Deserialize;

#[derive(Deserialize)]
struct Reference {
    node: Vec<Node>,
}

#[derive(Deserialize)]
struct Node {
    id: String,
    parent: Option<String>,
    assessable: bool,
    kind: Option<String>,
    fr: Option<u8>,
    min_sl: Option<u8>,
    base: Option<String>,
}

fn reference(name: &str) -> Vec<Node> {
    let path = format!("{}/tests/reference/{name}", env!("CARGO_MANIFEST_DIR"));
    toml::from_str::<Reference>(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .node
}

fn type_of(kind: &str) -> Option<ComponentType> {
    match kind {
        "SAR" => Some(ComponentType::SoftwareApplication),
        "EDR" => Some(ComponentType::EmbeddedDevice),
        "HDR" => Some(ComponentType::HostDevice),
        "NDR" => Some(ComponentType::NetworkDevice),
        _ => None,
    }
}

#[test]
fn iec62443_4_2_has_every_assessable_item_with_its_fr_lowest_sl_c_base_and_type() {
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-4-2").unwrap();
    assert_eq!(q.scope, Scope::Component);
    let nodes = reference("iec62443-4-2-2019.toml");
    let assessable: Vec<&Node> = nodes.iter().filter(|n| n.assessable).collect();
    assert_eq!(assessable.len(), 126, "122 with an SL mapping and CCSC 1-4");
    assert_eq!(q.requirements.len(), assessable.len());
    for n in &assessable {
        let r = q
            .requirement(&n.id)
            .unwrap_or_else(|| panic!("{} missing from the questionnaire", n.id));
        assert_eq!(r.fr, n.fr, "fr of {}", n.id);
        assert_eq!(r.min_sl, n.min_sl, "lowest SL-C of {}", n.id);
        assert_eq!(r.enhances, n.base, "base of {}", n.id);
        let expected: Vec<ComponentType> = n.kind.as_deref().and_then(type_of).into_iter().collect();
        assert_eq!(r.component_types, expected, "component type of {}", n.id);
        match &n.parent {
            Some(p) if n.kind.as_deref() == Some("CCSC") => assert_eq!(&r.group, p),
            _ => assert_eq!(r.group, format!("FR {}", n.fr.unwrap()), "group of {}", n.id),
        }
    }
    // The 15 CR numbers without a requirement for every component are not asked themselves.
    for n in nodes
        .iter()
        .filter(|n| !n.assessable && n.kind.as_deref() == Some("CR"))
    {
        assert!(q.requirement(&n.id).is_none(), "{} is not assessable", n.id);
    }
}

/// Items required at SL-C 1-4 for a component of type `t`, as the reference's table counts them.
fn required(catalog: &Catalog, t: ComponentType) -> [usize; 4] {
    let q = catalog.questionnaire("iec62443-4-2").unwrap();
    [1u8, 2, 3, 4].map(|level| {
        q.requirements
            .iter()
            .filter(|r| r.asked_of(t) && r.min_sl.is_some_and(|m| m <= level))
            .count()
    })
}

#[test]
fn required_items_per_component_type_and_sl_c_match_the_reference_table() {
    let catalog = common::catalog();
    assert_eq!(required(&catalog, ComponentType::NetworkDevice), [40, 67, 86, 92]);
    assert_eq!(required(&catalog, ComponentType::SoftwareApplication), [34, 53, 67, 73]);
    assert_eq!(required(&catalog, ComponentType::EmbeddedDevice), [36, 61, 77, 83]);
    assert_eq!(required(&catalog, ComponentType::HostDevice), [36, 62, 78, 84]);
}

#[test]
fn iec62443_4_1_has_8_practices_and_47_requirements() {
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-4-1").unwrap();
    assert_eq!(q.scope, Scope::Organisation);
    let nodes = reference("iec62443-4-1-2018.toml");
    let ids: Vec<(&str, &str)> = q
        .requirements
        .iter()
        .map(|r| (r.id.as_str(), r.group.as_str()))
        .collect();
    let expected: Vec<(&str, &str)> = nodes
        .iter()
        .filter(|n| n.assessable)
        .map(|n| (n.id.as_str(), n.parent.as_deref().unwrap()))
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(q.requirements.len(), 47);
    let per_practice: Vec<usize> = q
        .top_groups()
        .map(|g| q.requirements.iter().filter(|r| r.group == g.id).count())
        .collect();
    assert_eq!(per_practice, [13, 5, 4, 2, 5, 6, 5, 7]);
}

fn answer(target: &str, requirement: &str, value: &str) -> Answer {
    let mut a = Answer::new(
        &iacs_assess::assessment::AnswerId::new("iec62443-4-2", Some(target), requirement),
        Timestamp::UNIX_EPOCH,
    );
    a.value = Some(value.into());
    if value == "na" {
        a.note = "no wireless in this product".into();
    }
    a
}

fn component(id: &str, kind: ComponentType, declared: Option<[u8; 7]>) -> Component {
    Component {
        id: id.into(),
        name: id.into(),
        kind,
        vendor: String::new(),
        product: String::new(),
        version: String::new(),
        zone: "Z-CTRL".into(),
        declared: declared.map(|sl_c| Declared {
            sl_c,
            source: DeclaredBy::Certificate,
            certificate: "CSA-0001".into(),
            scheme: "ISASecure CSA".into(),
            date: Some("2024-05-10".parse().unwrap()),
        }),
    }
}

/// Z-CTRL with SL-T {2 2 2 1 2 1 1}, 3-3 and 4-2 in scope, and the given components.
fn plant(components: Vec<Component>) -> Assessment {
    let mut a = Assessment::new(
        "t",
        "en",
        vec!["iec62443-3-3".into(), "iec62443-4-2".into()],
        Timestamp::UNIX_EPOCH,
    );
    a.zones.push(Zone {
        id: "Z-CTRL".into(),
        name: "Control".into(),
        system: String::new(),
        description: String::new(),
        assets: vec![],
        layer: None,
        adjustments: vec![],
        sl_t: Some(SlOverride {
            vector: [2, 2, 2, 1, 2, 1, 1],
            justification: "test".into(),
        }),
    });
    a.components = components;
    a
}

/// Answer every requirement asked of `id` met, except those listed with another value.
fn answer_all(a: &mut Assessment, catalog: &Catalog, id: &str, except: &[(&str, &str)]) {
    let q = catalog.questionnaire("iec62443-4-2").unwrap();
    let kind = a.component(id).unwrap().kind;
    for r in q.requirements.iter().filter(|r| r.asked_of(kind)) {
        let value = except.iter().find(|(req, _)| *req == r.id).map_or("met", |(_, v)| v);
        a.set_answer(answer(id, &r.id, value));
    }
}

#[test]
fn sl_c_of_a_switch_is_the_highest_level_whose_requirements_are_all_met() {
    // A network device meets everything except NDR 1.13 RE(1) (lowest SL-C 3) and CR 2.1 RE(1)
    // (SL-C 2); wireless (NDR 1.6, NDR 1.6 RE(1)) is not applicable. Worked out by hand:
    // FR 1: 4, lowered to 2 by NDR 1.13 RE(1) -> 2. FR 2: lowered to 1 by CR 2.1 RE(1) -> 1.
    // Every other FR: 4.
    let catalog = common::catalog();
    let mut a = plant(vec![component("SW-1", ComponentType::NetworkDevice, None)]);
    answer_all(
        &mut a,
        &catalog,
        "SW-1",
        &[
            ("NDR 1.13 RE(1)", "not-met"),
            ("CR 2.1 RE(1)", "not-met"),
            ("NDR 1.6", "na"),
            ("NDR 1.6 RE(1)", "na"),
        ],
    );
    let score = scoring::score(&a, &catalog);
    let c = &score.components[0];
    assert_eq!(c.source, Source::Assessed);
    assert_eq!(
        c.sl_c,
        Some([Some(2), Some(1), Some(4), Some(4), Some(4), Some(4), Some(4)])
    );
    let r = c.assessed.as_ref().unwrap();
    assert_eq!(r.applicable, 92 + 4 - 2, "92 NDR/CR items + CCSC, 2 not applicable");
    assert_eq!(r.frs[0].holding_down, ["NDR 1.13 RE(1)"]);
    // Zone check against SL-T {2 2 2 1 2 1 1}: FR 2 is short (1 < 2); FR 1 reaches 2.
    assert_eq!(score.zone_check.len(), 1);
    let s = &score.zone_check[0];
    assert_eq!(
        (s.fr, s.sl_c, s.sl_t, s.standing),
        (Some(2), Some(1), 2, Standing::Short)
    );
    let texts = common::texts();
    assert_eq!(
        iacs_assess::component_text::shortfall_lines(&score.zone_check, &texts),
        ["Z-CTRL FR 2: SW-1 (SL-C 1) below SL-T 2"]
    );
}

#[test]
fn a_common_constraint_not_met_holds_every_fr_at_zero() {
    let catalog = common::catalog();
    let mut a = plant(vec![component("PLC-3", ComponentType::EmbeddedDevice, None)]);
    answer_all(&mut a, &catalog, "PLC-3", &[("CCSC 3", "not-met")]);
    let score = scoring::score(&a, &catalog);
    let c = &score.components[0];
    assert_eq!(c.sl_c, Some([Some(0); 7]));
    assert_eq!(c.assessed.as_ref().unwrap().frs[3].holding_down, ["CCSC 3"]);
    // Short in every FR with an SL-T above 0.
    assert_eq!(score.zone_check.len(), 7);
    assert!(score.zone_check.iter().all(|s| s.standing == Standing::Short));
}

#[test]
fn requirements_of_another_component_type_are_not_asked_and_cannot_hold_it_down() {
    let catalog = common::catalog();
    let mut a = plant(vec![component("HMI-1", ComponentType::SoftwareApplication, None)]);
    answer_all(&mut a, &catalog, "HMI-1", &[]);
    // An answer left in the file for an EDR requirement (the type was changed) changes nothing.
    a.set_answer(answer("HMI-1", "EDR 3.2", "not-met"));
    let score = scoring::score(&a, &catalog);
    assert_eq!(score.components[0].sl_c, Some([Some(4); 7]));
    assert_eq!(score.components[0].assessed.as_ref().unwrap().applicable, 73 + 4);
    assert!(score.zone_check.is_empty());
}

#[test]
fn declared_unknown_and_partly_answered_components_in_the_zone_check() {
    let catalog = common::catalog();
    let mut a = plant(vec![
        component("PLC-3", ComponentType::EmbeddedDevice, Some([1, 2, 2, 1, 2, 1, 1])),
        component("PLC-9", ComponentType::EmbeddedDevice, None),
        component("SW-2", ComponentType::NetworkDevice, Some([3; 7])),
    ]);
    // SW-2 has a certificate, but the assessor began answering 4-2 for it: the assessed SL-C
    // counts, and its unanswered requirements are open work, not a shortfall.
    a.set_answer(answer("SW-2", "CR 1.1", "met"));
    let cover = Cover::on(&a, "2026-12-01".parse().unwrap());
    let score = scoring::score(&a, &catalog);
    let caps = capabilities(&a, &catalog, &cover, &score.sl_targets);
    assert_eq!(caps, score.components);
    let check = zone_check(&a, &caps, &score.sl_targets);
    assert_eq!(check, score.zone_check);
    let texts = common::texts();
    assert_eq!(
        iacs_assess::component_text::shortfall_lines(&check, &texts),
        [
            "Z-CTRL FR 1: PLC-3 (SL-C 1) below SL-T 2",
            "Z-CTRL FR 1, 2, 3, 4, 5, 6, 7: SW-2 not yet shown capable of the SL-T: its 62443-4-2 answers are not complete",
            "Z-CTRL: PLC-9 has no known SL-C (neither assessed nor declared), so it cannot count as capable of SL-T 2",
        ]
    );
    assert_eq!(caps[1].source, Source::Unknown);
    assert_eq!(caps[2].source, Source::Assessed);
    assert!(
        caps[2].declared.is_some(),
        "the claim is kept beside the assessed level"
    );
}

#[test]
fn the_plan_closes_what_holds_an_assessed_component_below_its_zone() {
    // SW-1 (network device) meets everything but CR 2.1 RE(1) (lowest SL-C 2) and the constraint
    // CCSC 3: every FR is held at 0. Needed for Z-CTRL's SL-T {2 2 2 1 2 1 1}: CCSC 3 in phase 1
    // (it lifts each FR to 1), CR 2.1 RE(1) in phase 2 (FR 2 from 1 to 2).
    let catalog = common::catalog();
    let mut a = plant(vec![component("SW-1", ComponentType::NetworkDevice, None)]);
    answer_all(
        &mut a,
        &catalog,
        "SW-1",
        &[("CR 2.1 RE(1)", "not-met"), ("CCSC 3", "not-met")],
    );
    let score = scoring::score(&a, &catalog);
    let needs: Vec<_> = iacs_assess::planning::needs::needs(&score)
        .into_iter()
        .filter(|n| n.answer.target.as_deref() == Some("SW-1"))
        .collect();
    let listed: Vec<(String, u8, u8)> = needs
        .iter()
        .map(|n| match n.kind {
            NeedKind::SecurityLevel { fr, .. } => (n.answer.requirement.clone(), fr, n.phase),
            _ => panic!("a component need is a security level need"),
        })
        .collect();
    let mut expected: Vec<(String, u8, u8)> = (1..=7).map(|fr| ("CCSC 3".to_string(), fr, 1)).collect();
    expected.insert(2, ("CR 2.1 RE(1)".to_string(), 2, 2));
    assert_eq!(listed, expected);
    // Done, the plan leaves nothing below the zone's SL-T.
    let mut ids: Vec<_> = needs.iter().map(|n| n.answer.clone()).collect();
    ids.sort();
    ids.dedup();
    let as_of = "2026-12-01".parse().unwrap();
    let done = iacs_assess::planning::projection::done_answers(&a, &catalog, as_of, &score, &ids);
    assert_eq!(done.len(), 2, "CCSC 3 and CR 2.1 RE(1) set to met");
    for answer in done {
        a.set_answer(answer);
    }
    let after = scoring::score_on(&a, &catalog, as_of);
    assert_eq!(after.components[0].sl_c, Some([Some(4); 7]));
    assert!(after.zone_check.is_empty());
}
