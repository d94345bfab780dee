//! `align` on the command line: the built-in mappings on the demo, JSON, an organisation's own
//! mapping from its questionnaire folder, and bad mappings refused with their position.

mod common;

use predicates::prelude::*;
use std::path::Path;

/// An organisation's own mapping: a company standard with two rules.
const COMPANY: &str = r#"format = 1
[mapping]
id = "company-ot-standard"
reference = "ACME OT Security Standard, rev. 4"

[[item]]
id = "OT-1"
[[item.link]]
questionnaire = "iec62443-3-3"
requirement = "SR 5.1"
kind = "equivalent"
source = "our-reading"

[[item]]
id = "OT-2"
"#;

const COMPANY_TEXTS: &str = "mapping =
    .title = ACME OT standard
    .short = ACME
item-ot-1 =
    .title = Separate the plant network from the office network
link-ot-1--iec62443-3-3--sr-5-1 =
    .why = Network segmentation is exactly what this rule asks.
item-ot-2 =
    .title = Name a security officer per site
";

/// A content folder with the company's mapping and its English texts.
fn company_folder(home: &Path, mapping: &str, texts: &str) -> (String, String) {
    let q = home.join("content/questionnaires/mappings");
    let l = home.join("content/locales/en");
    std::fs::create_dir_all(&q).unwrap();
    std::fs::create_dir_all(&l).unwrap();
    std::fs::write(q.join("company-ot-standard.toml"), mapping).unwrap();
    std::fs::write(l.join("mapping-company-ot-standard.ftl"), texts).unwrap();
    (
        home.join("content/questionnaires").to_string_lossy().into_owned(),
        home.join("content/locales").to_string_lossy().into_owned(),
    )
}

#[test]
fn align_lists_every_mapping_and_one_in_full() {
    let home = tempfile::tempdir().unwrap();
    let file = common::demo_copy(home.path());
    let file = file.to_str().unwrap();
    common::run(home.path(), &["align", file])
        .success()
        .stdout(predicate::str::contains("--to nis2"))
        .stdout(predicate::str::contains("--to csf2"))
        .stdout(predicate::str::contains("--to cra"));
    // Written as the law names itself, in capitals, it is found too.
    common::run(home.path(), &["align", file, "--to", "NIS2"])
        .success()
        .stdout(predicate::str::contains("21(2)(a) Risk analysis"));
    common::run(home.path(), &["align", file, "--to", "csf2"])
        .success()
        .stdout(predicate::str::contains("106 items:"))
        .stdout(predicate::str::contains("PR.AA-01 Identities and credentials managed"))
        .stdout(predicate::str::contains("IEC 62443-3-3 SR 1.1"));
}

#[test]
fn align_json_has_every_item_with_its_verdict() {
    let home = tempfile::tempdir().unwrap();
    let file = common::demo_copy(home.path());
    let out = common::run(
        home.path(),
        &["align", file.to_str().unwrap(), "--to", "csf2", "--json"],
    )
    .success()
    .get_output()
    .stdout
    .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["mapping"], "csf2");
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 134, "6 functions, 22 categories, 106 subcategories");
    let with_verdict = items.iter().filter(|i| i.get("verdict").is_some()).count();
    assert_eq!(with_verdict, 106);
    let summary = &json["summary"];
    let total: u64 = [
        "supported",
        "partly",
        "not_supported",
        "not_assessed",
        "not_applicable",
        "no_links",
    ]
    .iter()
    .map(|k| summary[k].as_u64().unwrap())
    .sum();
    assert_eq!(total, 106);
}

#[test]
fn an_unknown_mapping_is_refused_with_the_list_of_mappings() {
    let home = tempfile::tempdir().unwrap();
    let file = common::demo_copy(home.path());
    common::run(home.path(), &["align", file.to_str().unwrap(), "--to", "nis3"])
        .code(2)
        .stderr(predicate::str::contains("no mapping \"nis3\""))
        .stderr(predicate::str::contains("nis2"));
}

#[test]
fn an_organisations_own_mapping_comes_from_its_questionnaire_folder() {
    let home = tempfile::tempdir().unwrap();
    let file = common::new_assessment(home.path(), "a.toml", "", 2);
    common::answer_z1(home.path(), &file, "SR 5.1", "met", &[]);
    let (q, l) = company_folder(home.path(), COMPANY, COMPANY_TEXTS);
    let args = ["--questionnaires", &q, "--locales", &l];
    let mut align = args.to_vec();
    align.extend(["align", &file, "--to", "company-ot-standard", "--why"]);
    common::run(home.path(), &align)
        .success()
        .stdout(predicate::str::contains("ACME OT standard: Works"))
        .stdout(predicate::str::contains("2 items: 1 supported"))
        .stdout(predicate::str::contains("OT-1 Separate the plant network"))
        .stdout(predicate::str::contains("Why: Network segmentation is exactly"))
        .stdout(predicate::str::contains(
            "OT-2 Name a security officer per site\n  => no 62443 counterpart",
        ));
    let mut validate = args.to_vec();
    validate.push("validate");
    common::run(home.path(), &validate)
        .success()
        .stdout(predicate::str::contains("4 mappings"));
}

#[test]
fn a_bad_mapping_is_refused_at_its_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    let file = common::new_assessment(home.path(), "a.toml", "", 2);
    let broken = COMPANY.replace("SR 5.1", "SR 5.9");
    let (q, _) = company_folder(home.path(), &broken, COMPANY_TEXTS);
    common::run(home.path(), &["--questionnaires", &q, "align", &file])
        .code(2)
        .stderr(predicate::str::contains(
            "company-ot-standard.toml:10:15: iec62443-3-3 has no requirement \"SR 5.9\"",
        ));
}

#[test]
fn validate_names_the_link_whose_rationale_is_missing() {
    let home = tempfile::tempdir().unwrap();
    let texts = COMPANY_TEXTS.replace(
        "link-ot-1--iec62443-3-3--sr-5-1 =\n    .why = Network segmentation is exactly what this rule asks.\n",
        "",
    );
    company_folder(home.path(), COMPANY, &texts);
    let content = home.path().join("content");
    common::run(home.path(), &["validate", content.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(
            "company-ot-standard.toml:10:15: no message \"link-ot-1--iec62443-3-3--sr-5-1\"",
        ));
}
