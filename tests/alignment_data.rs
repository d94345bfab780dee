//! The built-in mappings against the public reference lists (tests/reference/): the targets'
//! identifiers exactly as published, NIST's own links traced to their source, and the words of
//! every item and every link of our own reading in each language.

mod common;

use iacs_assess::catalog::Mapping;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Deserialize)]
struct Reference {
    node: Vec<Node>,
    #[serde(default)]
    crosswalk: Vec<Crosswalk>,
}

#[derive(Deserialize)]
struct Node {
    id: String,
    parent: Option<String>,
    kind: String,
    assessable: bool,
    #[serde(default)]
    refs_62443_3_3: Vec<String>,
}

#[derive(Deserialize)]
struct Crosswalk {
    from: String,
    to: Vec<String>,
}

fn reference(name: &str) -> Reference {
    let path = format!("{}/tests/reference/{name}", env!("CARGO_MANIFEST_DIR"));
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// (id, parent, assessable) of every item, in order.
fn items(m: &Mapping) -> Vec<(String, Option<String>, bool)> {
    m.items
        .iter()
        .map(|i| (i.id.clone(), i.parent.clone(), i.assessable))
        .collect()
}

fn nodes(nodes: impl Iterator<Item = Node>) -> Vec<(String, Option<String>, bool)> {
    nodes.map(|n| (n.id, n.parent, n.assessable)).collect()
}

#[test]
fn nis2_lists_article_21_2_and_its_ten_points_as_published() {
    let catalog = common::catalog();
    let m = catalog.mapping("nis2").unwrap();
    let expected = nodes(
        reference("nis2-art21.toml")
            .node
            .into_iter()
            .filter(|n| n.kind == "paragraph" || n.kind == "point"),
    );
    assert_eq!(expected.len(), 11);
    assert_eq!(items(m), expected);
    let points: Vec<&str> = m.items.iter().filter(|i| i.assessable).map(|i| i.id.as_str()).collect();
    assert_eq!(points.first(), Some(&"21(2)(a)"));
    assert_eq!(points.last(), Some(&"21(2)(j)"));
}

#[test]
fn csf2_lists_its_6_functions_22_categories_and_106_subcategories_as_published() {
    let catalog = common::catalog();
    let m = catalog.mapping("csf2").unwrap();
    let reference = reference("nist-csf-2.0.toml").node;
    let count = |kind: &str| reference.iter().filter(|n| n.kind == kind).count();
    assert_eq!(
        (count("function"), count("category"), count("subcategory")),
        (6, 22, 106)
    );
    assert_eq!(items(m), nodes(reference.into_iter()));
    assert!(m.item("PR.AA-01").is_some_and(|i| i.assessable));
}

#[test]
fn cra_lists_annex_i_part_i_and_part_ii_as_published() {
    let catalog = common::catalog();
    let m = catalog.mapping("cra").unwrap();
    let expected = nodes(reference("cra-annex-i.toml").node.into_iter());
    assert_eq!(items(m), expected);
    assert_eq!(
        m.items.iter().filter(|i| i.assessable).count(),
        22,
        "I.1, I.2(a)-(m), II.1-II.8"
    );
}

/// NIST's links: each CSF 1.1 subcategory's references to 62443-3-3:2013 SRs, carried to the CSF
/// 2.0 subcategories the crosswalk names -> the CSF 1.1 ids they come from, in the crosswalk's order.
fn nist_links() -> BTreeMap<(String, String), Vec<String>> {
    let refs = reference("nist-csf-1.1-62443-refs.toml");
    let two = reference("nist-csf-2.0.toml").node;
    let subcategory = |id: &str| two.iter().any(|n| n.id == id && n.kind == "subcategory");
    let mut links: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for row in &refs.crosswalk {
        let old = refs.node.iter().find(|n| n.id == row.from).unwrap();
        for to in row.to.iter().filter(|t| subcategory(t)) {
            for sr in &old.refs_62443_3_3 {
                links
                    .entry((to.clone(), sr.clone()))
                    .or_default()
                    .push(row.from.clone());
            }
        }
    }
    links
}

#[test]
fn csf2_holds_exactly_nists_published_links_each_traced_in_a_comment() {
    let catalog = common::catalog();
    let m = catalog.mapping("csf2").unwrap();
    let expected = nist_links();
    assert!(expected.len() > 100, "{} links", expected.len());
    let published: BTreeSet<(String, String)> = m
        .items
        .iter()
        .flat_map(|i| i.links.iter().map(move |l| (i, l)))
        .filter(|(_, l)| l.source == "nist-csf-1.1")
        .map(|(i, l)| {
            assert_eq!(l.questionnaire, "iec62443-3-3", "NIST's references name 62443-3-3 SRs");
            (i.id.clone(), l.requirement.clone())
        })
        .collect();
    let expected_pairs: BTreeSet<(String, String)> = expected.keys().cloned().collect();
    assert_eq!(published, expected_pairs);
    // The comment above each published link names where it comes from.
    let text = std::fs::read_to_string(format!(
        "{}/questionnaires/mappings/csf2.toml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut item = "";
    let mut traced = 0;
    for (n, line) in lines.iter().enumerate() {
        if let Some(id) = line.strip_prefix("id = \"") {
            item = id.trim_end_matches('"');
        }
        if *line != "[[item.link]]" || !lines[n + 1..].iter().take(4).any(|l| l.contains("\"nist-csf-1.1\"")) {
            continue;
        }
        let requirement = lines[n + 1..]
            .iter()
            .find_map(|l| l.strip_prefix("requirement = \""))
            .unwrap()
            .trim_end_matches('"');
        let origins = &expected[&(item.to_string(), requirement.to_string())];
        let comment = lines[n - 1];
        let names = origins.join(", ");
        assert_eq!(
            comment,
            format!("# NIST CSF 1.1 {names} cites ISA 62443-3-3:2013 {requirement}; crosswalk {names} -> {item}"),
            "line {}",
            n
        );
        traced += 1;
    }
    assert_eq!(traced, published.len());
}

#[test]
fn every_item_and_every_link_of_our_reading_has_its_words_in_every_language() {
    let catalog = common::catalog();
    let texts = common::texts();
    for m in &catalog.mappings {
        let domain = m.domain();
        for language in ["en", "de", "fr"] {
            let has = |key: &str, attr: &str| {
                texts
                    .text_in(language, &domain, key, Some(attr))
                    .is_some_and(|t| !t.trim().is_empty())
            };
            assert!(
                has("mapping", "title") && has("mapping", "short"),
                "{domain} {language}"
            );
            for item in &m.items {
                assert!(has(&item.key, "title"), "{domain} {language}: {}", item.key);
                for link in item.links.iter().filter(|l| l.is_our_reading()) {
                    assert!(has(&link.key, "why"), "{domain} {language}: {}", link.key);
                }
            }
        }
    }
}
