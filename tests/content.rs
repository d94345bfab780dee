//! The shipped questionnaires against the public identifier lists, the security-level counts of
//! 62443-3-3 Table B.1, the risk model's consistency, and the English texts.

mod common;

use iacs_assess::catalog::{Questionnaire, RecordsIn};
use iacs_assess::validate::{REQUIREMENT_ATTRIBUTES, check_texts};
use serde::Deserialize;
use std::collections::HashSet;

#[derive(Deserialize)]
struct Reference {
    node: Vec<Node>,
}

#[derive(Deserialize)]
struct Node {
    id: String,
    parent: Option<String>,
    assessable: bool,
}

fn reference(name: &str) -> Vec<Node> {
    let path = format!("{}/tests/reference/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    toml::from_str::<Reference>(&text).unwrap().node
}

fn assert_matches_reference(q: &Questionnaire, nodes: &[Node]) {
    let expected: Vec<(&str, Option<&str>)> = nodes
        .iter()
        .filter(|n| n.assessable)
        .map(|n| (n.id.as_str(), n.parent.as_deref()))
        .collect();
    let actual: Vec<(&str, Option<&str>)> = q
        .requirements
        .iter()
        .map(|r| (r.id.as_str(), Some(r.group.as_str())))
        .collect();
    assert_eq!(
        actual, expected,
        "{}: ids, order or groups differ from the reference list",
        q.id
    );
    let ids: HashSet<&str> = q.requirements.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), q.requirements.len(), "{}: duplicate ids", q.id);
}

#[test]
fn iec62443_2_4_has_all_123_requirements_with_res_linked_to_their_brs() {
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-2-4").unwrap();
    assert_matches_reference(q, &reference("iec62443-2-4-2023.toml"));
    assert_eq!(q.requirements.len(), 123);
    assert_eq!(q.requirements.iter().filter(|r| r.id.ends_with(" BR")).count(), 72);
    let res: Vec<_> = q.requirements.iter().filter(|r| r.id.contains(" RE(")).collect();
    assert_eq!(res.len(), 51);
    for re in res {
        let base = format!("{} BR", re.id.split(' ').next().unwrap());
        assert_eq!(re.enhances.as_deref(), Some(base.as_str()), "{}", re.id);
    }
    let areas: Vec<&str> = q.top_groups().map(|g| g.id.as_str()).collect();
    assert_eq!(areas.len(), 12);
    assert_eq!(areas[0], "SP.01");
    assert_eq!(areas[11], "SP.12");
}

#[test]
fn iec62443_2_1_has_8_spes_16_elements_and_87_requirements() {
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-2-1").unwrap();
    let nodes = reference("iec62443-2-1-2024.toml");
    assert_matches_reference(q, &nodes);
    assert_eq!(q.requirements.len(), 87);
    assert_eq!(q.top_groups().count(), 8);
    assert_eq!(q.groups.iter().filter(|g| g.parent.is_some()).count(), 16);
    for n in nodes.iter().filter(|n| !n.assessable) {
        let g = q.group(&n.id).unwrap_or_else(|| panic!("group {} missing", n.id));
        assert_eq!(g.parent, n.parent, "parent of {}", n.id);
    }
}

#[test]
fn iec62443_3_2_has_the_32_zcrs_each_pointing_to_where_the_work_is_recorded() {
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-3-2").unwrap();
    let nodes: Vec<Node> = reference("iec62443-3-2-2020.toml")
        .into_iter()
        .filter(|n| n.id != "4")
        .collect();
    assert_matches_reference(q, &nodes);
    assert_eq!(q.requirements.len(), 32);
    assert!(q.requirements.iter().all(|r| r.records_in.is_some()));
    assert_eq!(q.requirement("ZCR 5.6").unwrap().records_in, Some(RecordsIn::SlT));
}

#[test]
fn iec62443_3_3_has_51_srs_49_res_and_the_table_b1_counts() {
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-3-3").unwrap();
    assert_eq!(q.requirements.len(), 100);
    assert_eq!(q.requirements.iter().filter(|r| !r.is_enhancement()).count(), 51);
    assert_eq!(q.requirements.iter().filter(|r| r.is_enhancement()).count(), 49);
    let at = |sl: u8| q.requirements.iter().filter(|r| r.min_sl.unwrap() <= sl).count();
    assert_eq!([at(1), at(2), at(3), at(4)], [37, 60, 90, 100]);
    let per_fr: Vec<usize> = (1..=7)
        .map(|fr| {
            q.requirements
                .iter()
                .filter(|r| r.fr == Some(fr) && !r.is_enhancement())
                .count()
        })
        .collect();
    assert_eq!(per_fr, [13, 12, 9, 3, 4, 2, 8]);
    for r in &q.requirements {
        let sr = r.id.split(" RE(").next().unwrap();
        let fr: u8 = sr.trim_start_matches("SR ").split('.').next().unwrap().parse().unwrap();
        assert_eq!(r.fr, Some(fr), "{}", r.id);
        assert_eq!(r.group, format!("FR {fr}"));
        if r.is_enhancement() {
            assert_eq!(r.enhances.as_deref(), Some(sr));
            let base = q.requirement(sr).unwrap();
            assert!(r.min_sl >= base.min_sl, "{} applies below its SR", r.id);
        }
    }
    for (id, sl) in [
        ("SR 1.1", 1),
        ("SR 1.1 RE(1)", 2),
        ("SR 1.1 RE(3)", 4),
        ("SR 2.12", 3),
        ("SR 7.8", 2),
    ] {
        assert_eq!(q.requirement(id).unwrap().min_sl, Some(sl), "{id}");
    }
}

#[test]
fn the_default_risk_model_is_consistent() {
    let catalog = common::catalog();
    let m = catalog.risk_model("default").unwrap();
    assert!(m.problems().is_empty(), "{:?}", m.problems());
    assert_eq!(m.likelihood.levels.len(), 5);
    assert_eq!(m.impact.levels.len(), 5);
    // Monotone: risk never falls as likelihood or impact rises.
    for l in 1..=5u8 {
        for i in 1..=5u8 {
            let here = m.risk_rank(&m.risk_level(l, i).unwrap().id).unwrap();
            if l < 5 {
                assert!(m.risk_rank(&m.risk_level(l + 1, i).unwrap().id).unwrap() >= here);
            }
            if i < 5 {
                assert!(m.risk_rank(&m.risk_level(l, i + 1).unwrap().id).unwrap() >= here);
            }
        }
    }
    assert!(m.risk_level(1, 1).unwrap().tolerable);
    assert!(!m.risk_level(5, 5).unwrap().tolerable);
    // Every risk level maps to an SL-T, and every SL 1-4 is reachable by a threat actor.
    assert!(m.risk_levels.iter().all(|l| (1..=4).contains(&l.sl)));
    let actor_sls: Vec<u8> = m.sl_t.threat_actors.iter().map(|a| a.sl).collect();
    assert_eq!(actor_sls, [1, 2, 3, 4]);
}

#[test]
fn every_text_exists_in_english_and_nothing_is_unknown() {
    let catalog = common::catalog();
    let texts = common::texts();
    let report = check_texts(&catalog, &texts);
    let shown: Vec<String> = report.errors.iter().take(10).map(|d| d.to_string()).collect();
    assert!(
        report.errors.is_empty(),
        "{} problems, first: {shown:#?}",
        report.errors.len()
    );
}

#[test]
fn requirement_texts_fit_the_question_pane() {
    // At 100x30 the question pane is about 64 columns wide and shows the title on one line and
    // the question on up to six lines.
    let catalog = common::catalog();
    let texts = common::texts();
    for q in &catalog.questionnaires {
        for r in &q.requirements {
            let title = texts.get(&q.id, &r.key, Some("title"));
            let question = texts.get(&q.id, &r.key, Some("question"));
            assert!(
                title.chars().count() <= 60,
                "{} {}: title too long: {title}",
                q.id,
                r.id
            );
            assert!(question.chars().count() <= 300, "{} {}: question too long", q.id, r.id);
            for attr in REQUIREMENT_ATTRIBUTES {
                let text = texts.get(&q.id, &r.key, Some(attr));
                assert!(!text.starts_with('('), "{} {} .{attr} missing", q.id, r.id);
                assert!(!text.contains('\u{2068}'), "bidi isolation mark in {}", r.id);
            }
            let evidence = texts.get(&q.id, &r.key, Some("evidence"));
            let lines = evidence.lines().filter(|l| !l.trim().is_empty()).count();
            assert!((2..=4).contains(&lines), "{} {}: {lines} evidence examples", q.id, r.id);
        }
    }
}
