//! Regulatory alignment: worked examples of the verdict rule (docs/alignment.md) on a small
//! mapping written in the test, so every number can be checked by hand.

mod common;

use iacs_assess::alignment::{self, Alignment, ItemAlignment, LinkState, TargetState, Verdict};
use iacs_assess::assessment::{Answer, AnswerId, Assessment, SlOverride};
use iacs_assess::catalog::{Catalog, Mapping, mapping};
use iacs_assess::scoring;
use jiff::Timestamp;
use std::path::Path;

/// A law with five points, linked to 62443-2-1 (maturity, answered once) and 62443-3-3 (per zone).
const LAW: &str = r#"format = 1
[mapping]
id = "law"
reference = "Test law"

[[item]]
id = "1"
assessable = false

# Access: one "supports" link per questionnaire.
[[item]]
id = "1(a)"
parent = "1"
[[item.link]]
questionnaire = "iec62443-2-1"
requirement = "USER 1.1"
kind = "supports"
source = "our-reading"
[[item.link]]
questionnaire = "iec62443-3-3"
requirement = "SR 1.1"
kind = "supports"
source = "our-reading"

# Only a partial link: at most "partly".
[[item]]
id = "1(b)"
parent = "1"
[[item.link]]
questionnaire = "iec62443-3-3"
requirement = "SR 5.1"
kind = "partial"
source = "our-reading"

# Multi-factor authentication: an RE of SL 3.
[[item]]
id = "1(c)"
parent = "1"
[[item.link]]
questionnaire = "iec62443-3-3"
requirement = "SR 1.1 RE(2)"
kind = "equivalent"
source = "our-reading"

# Into a questionnaire the assessments here do not include.
[[item]]
id = "1(d)"
parent = "1"
[[item.link]]
questionnaire = "iec62443-4-1"
requirement = "SM-1"
kind = "supports"
source = "our-reading"

# Nothing in 62443.
[[item]]
id = "1(e)"
parent = "1"
"#;

fn law(catalog: &Catalog) -> Mapping {
    mapping::read(Path::new("law.toml"), LAW, &catalog.questionnaires).unwrap()
}

/// 2-1 and 3-3 in scope; zones Z-A (SL-T 2 in every FR) and Z-B (SL-T 3); target maturity 2.
fn plant() -> Assessment {
    let mut a = Assessment::new(
        "t",
        "en",
        vec!["iec62443-2-1".into(), "iec62443-3-3".into()],
        Timestamp::UNIX_EPOCH,
    );
    for (id, level) in [("Z-A", 2), ("Z-B", 3)] {
        let mut z = common::zone(id, id);
        z.sl_t = Some(SlOverride {
            vector: [level; 7],
            justification: "test".into(),
        });
        a.zones.push(z);
    }
    a
}

fn answer(a: &mut Assessment, q: &str, target: Option<&str>, requirement: &str, value: &str) {
    let mut answer = Answer::new(&AnswerId::new(q, target, requirement), Timestamp::UNIX_EPOCH);
    answer.value = Some(value.into());
    if value == "na" {
        answer.note = "not in this plant".into();
    }
    a.set_answer(answer);
}

fn align(a: &Assessment, catalog: &Catalog) -> Alignment {
    let score = scoring::score(a, catalog);
    alignment::align(a, catalog, &score, &law(catalog))
}

fn item<'a>(result: &'a Alignment, id: &str) -> &'a ItemAlignment {
    result.items.iter().find(|i| i.item == id).unwrap()
}

fn verdict(result: &Alignment, id: &str) -> Verdict {
    item(result, id).verdict.unwrap()
}

#[test]
fn nothing_answered_is_not_assessed_never_not_supported() {
    let catalog = common::catalog();
    let result = align(&plant(), &catalog);
    for id in ["1(a)", "1(b)", "1(c)"] {
        assert_eq!(verdict(&result, id), Verdict::NotAssessed, "{id}");
    }
    // USER 1.1 once for the organisation, SR 1.1 in both zones: three pairs open.
    let a = item(&result, "1(a)");
    assert_eq!((a.met, a.not_met, a.open), (0, 0, 3));
    assert_eq!(
        verdict(&result, "1(d)"),
        Verdict::NotAssessed,
        "its questionnaire is not in scope"
    );
    assert_eq!(item(&result, "1(d)").outside, 1);
    assert_eq!(verdict(&result, "1(e)"), Verdict::NoLinks);
    assert_eq!(result.outside, ["iec62443-4-1"]);
    // The grouping item counts its points; the summary counts every point.
    let group = item(&result, "1").tally.clone().unwrap();
    assert_eq!((group.not_assessed, group.no_links, group.total()), (4, 1, 5));
    assert_eq!(result.summary, group);
}

#[test]
fn supported_needs_every_pair_met_and_partly_counts_what_is_met() {
    let catalog = common::catalog();
    let mut a = plant();
    // USER 1.1 at ML3 (target 2), SR 1.1 met in Z-A, open in Z-B: partly.
    answer(&mut a, "iec62443-2-1", None, "USER 1.1", "ml3");
    answer(&mut a, "iec62443-3-3", Some("Z-A"), "SR 1.1", "met");
    let result = align(&a, &catalog);
    let x = item(&result, "1(a)");
    assert_eq!(x.verdict, Some(Verdict::Partly));
    assert_eq!((x.met, x.not_met, x.open), (2, 0, 1));
    assert_eq!(x.links[1].state, LinkState::Partly);
    // Met in Z-B too: supported.
    answer(&mut a, "iec62443-3-3", Some("Z-B"), "SR 1.1", "met");
    assert_eq!(verdict(&align(&a, &catalog), "1(a)"), Verdict::Supported);
    // USER 1.1 below its target (ML1 < 2): partly again, the level shown.
    answer(&mut a, "iec62443-2-1", None, "USER 1.1", "ml1");
    let result = align(&a, &catalog);
    assert_eq!(verdict(&result, "1(a)"), Verdict::Partly);
    let user = &item(&result, "1(a)").links[0];
    assert_eq!(user.state, LinkState::NotMet);
    assert_eq!((user.targets[0].level, user.targets[0].needed), (Some(1), Some(2)));
}

#[test]
fn answered_and_nothing_met_is_not_supported() {
    let catalog = common::catalog();
    let mut a = plant();
    answer(&mut a, "iec62443-2-1", None, "USER 1.1", "not-implemented");
    answer(&mut a, "iec62443-3-3", Some("Z-A"), "SR 1.1", "not-met");
    let result = align(&a, &catalog);
    // Z-B is still open: the verdict is from the answers so far, and says what is open.
    let x = item(&result, "1(a)");
    assert_eq!(x.verdict, Some(Verdict::NotSupported));
    assert_eq!((x.met, x.not_met, x.open), (0, 2, 1));
}

#[test]
fn partial_links_alone_never_make_an_item_supported() {
    let catalog = common::catalog();
    let mut a = plant();
    answer(&mut a, "iec62443-3-3", Some("Z-A"), "SR 5.1", "met");
    answer(&mut a, "iec62443-3-3", Some("Z-B"), "SR 5.1", "met");
    let result = align(&a, &catalog);
    assert_eq!(item(&result, "1(b)").links[0].state, LinkState::Met);
    assert_eq!(verdict(&result, "1(b)"), Verdict::Partly);
}

#[test]
fn a_requirement_above_the_zones_sl_t_does_not_count_there() {
    // SR 1.1 RE(2) has SL 3: needed in Z-B (SL-T 3), not in Z-A (SL-T 2).
    let catalog = common::catalog();
    let mut a = plant();
    answer(&mut a, "iec62443-3-3", Some("Z-A"), "SR 1.1 RE(2)", "not-met");
    answer(&mut a, "iec62443-3-3", Some("Z-B"), "SR 1.1 RE(2)", "met");
    let result = align(&a, &catalog);
    let link = &item(&result, "1(c)").links[0];
    let states: Vec<(Option<&str>, TargetState)> =
        link.targets.iter().map(|t| (t.target.as_deref(), t.state)).collect();
    assert_eq!(
        states,
        [(Some("Z-A"), TargetState::NotNeeded), (Some("Z-B"), TargetState::Met)]
    );
    assert_eq!(verdict(&result, "1(c)"), Verdict::Supported);
    // Z-B lowered to SL-T 2: the requirement is needed nowhere, so the item does not apply.
    a.zones[1].sl_t.as_mut().unwrap().vector = [2; 7];
    assert_eq!(verdict(&align(&a, &catalog), "1(c)"), Verdict::NotApplicable);
}

#[test]
fn not_applicable_with_its_reason_does_not_count_and_without_one_stays_open() {
    let catalog = common::catalog();
    let mut a = plant();
    answer(&mut a, "iec62443-3-3", Some("Z-A"), "SR 5.1", "na");
    answer(&mut a, "iec62443-3-3", Some("Z-B"), "SR 5.1", "na");
    assert_eq!(verdict(&align(&a, &catalog), "1(b)"), Verdict::NotApplicable);
    // A "not applicable" without its reason is not credited anywhere in the tool: open here too.
    let key = AnswerId::new("iec62443-3-3", Some("Z-B"), "SR 5.1");
    a.answer_mut(key.key()).unwrap().note.clear();
    let result = align(&a, &catalog);
    assert_eq!(verdict(&result, "1(b)"), Verdict::NotAssessed);
    assert_eq!(item(&result, "1(b)").open, 1);
}

#[test]
fn compensated_counts_only_with_a_record_that_stands() {
    let catalog = common::catalog();
    let mut a = plant();
    answer(&mut a, "iec62443-3-3", Some("Z-A"), "SR 5.1", "compensated");
    let key = AnswerId::new("iec62443-3-3", Some("Z-A"), "SR 5.1");
    a.answer_mut(key.key()).unwrap().note = "firewall rules instead".into();
    // No countermeasure record: not credited, so open, as SL-A counts it.
    let result = align(&a, &catalog);
    assert_eq!(item(&result, "1(b)").links[0].targets[0].state, TargetState::Open);
}

#[test]
fn the_built_in_mappings_align_the_demo_and_every_verdict_adds_up() {
    let catalog = common::catalog();
    let a = iacs_assess::assessment::storage::parse(Path::new("demo.toml"), iacs_assess::demo::WATER_WORKS, &catalog)
        .unwrap();
    let score = scoring::score(&a, &catalog);
    for id in ["nis2", "csf2", "cra"] {
        let m = catalog.mapping(id).unwrap_or_else(|| panic!("{id} is built in"));
        let result = alignment::align(&a, &catalog, &score, m);
        let assessable = m.items.iter().filter(|i| i.assessable).count();
        assert_eq!(result.summary.total(), assessable, "{id}");
        for (item, out) in m.items.iter().zip(&result.items) {
            assert_eq!(item.id, out.item);
            assert_eq!(out.verdict.is_some(), item.assessable, "{}", item.id);
            // An item with links whose requirements are all unanswered is never "not supported".
            if out.met + out.not_met == 0 {
                assert_ne!(out.verdict, Some(Verdict::NotSupported), "{}", item.id);
            }
        }
    }
}

#[test]
fn a_component_counts_against_its_zones_sl_t_and_only_for_its_type() {
    use iacs_assess::assessment::Component;
    use iacs_assess::catalog::ComponentType;
    let catalog = common::catalog();
    let text = r#"format = 1
[mapping]
id = "product"
reference = "Product law"

[[item]]
id = "P1"
[[item.link]]
questionnaire = "iec62443-4-2"
requirement = "CR 1.1"
kind = "supports"
source = "our-reading"
[[item.link]]
questionnaire = "iec62443-4-2"
requirement = "CR 1.1 RE(2)"
kind = "supports"
source = "our-reading"

[[item]]
id = "P2"
[[item.link]]
questionnaire = "iec62443-4-2"
requirement = "EDR 3.12"
kind = "supports"
source = "our-reading"
"#;
    let m = mapping::read(Path::new("product.toml"), text, &catalog.questionnaires).unwrap();
    let mut a = plant();
    a.assessment.questionnaires.push("iec62443-4-2".into());
    let component = |id: &str, kind| Component {
        id: id.into(),
        name: id.into(),
        kind,
        vendor: String::new(),
        product: String::new(),
        version: String::new(),
        zone: "Z-A".into(),
        declared: None,
    };
    a.components = vec![component("SW-1", ComponentType::NetworkDevice)];
    let result = |a: &Assessment| {
        let score = scoring::score(a, &catalog);
        alignment::align(a, &catalog, &score, &m)
    };
    // No component answered yet: nothing to count, so not assessed.
    assert_eq!(verdict(&result(&a), "P1"), Verdict::NotAssessed);
    // The switch in Z-A (SL-T 2) meets CR 1.1; CR 1.1 RE(2) (SL-C 3) is above its zone's SL-T.
    answer(&mut a, "iec62443-4-2", Some("SW-1"), "CR 1.1", "met");
    let r = result(&a);
    let states: Vec<TargetState> = item(&r, "P1").links.iter().map(|l| l.targets[0].state).collect();
    assert_eq!(states, [TargetState::Met, TargetState::NotNeeded]);
    assert_eq!(verdict(&r, "P1"), Verdict::Supported);
    // EDR 3.12 is never asked of a network device: the item does not apply to this plant.
    assert_eq!(item(&r, "P2").links[0].state, LinkState::NotApplicable);
    assert_eq!(verdict(&r, "P2"), Verdict::NotApplicable);
    // A supplier's own switch, in no zone: held to the SL-C it declares (3 in FR 1), so CR 1.1
    // RE(2) counts and, not answered, keeps the item from "supported".
    a.components[0].zone.clear();
    a.components[0].declared = Some(iacs_assess::assessment::Declared {
        sl_c: [3, 2, 2, 2, 2, 2, 2],
        source: iacs_assess::assessment::DeclaredBy::SupplierStatement,
        certificate: String::new(),
        scheme: String::new(),
        date: Some("2026-11-02".parse().unwrap()),
    });
    let r = result(&a);
    let re2 = &item(&r, "P1").links[1].targets[0];
    assert_eq!((re2.state, re2.needed), (TargetState::Open, Some(3)));
    assert_eq!(verdict(&r, "P1"), Verdict::Partly);
    // Without a declaration: the requirements of SL 1.
    a.components[0].declared = None;
    let r = result(&a);
    assert_eq!(item(&r, "P1").links[1].targets[0].state, TargetState::NotNeeded);
    assert_eq!(verdict(&r, "P1"), Verdict::Supported);
}
