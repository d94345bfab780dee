//! `iacs-assess countermeasure ...` on real files: record, approve, list, remove; what `score`
//! says and prints as JSON; every bad request refused with exit code 2 and the file unchanged.

mod common;

use predicates::prelude::*;
use predicates::str::contains;
use std::path::Path;

const Q: &str = "iec62443-3-3";

/// Everything in Z1 met (SL-T 2) but SR 1.1, answered "compensated" with a note.
fn plant(home: &Path) -> String {
    let file = common::new_assessment(home, "p.toml", "", 2);
    let catalog = common::catalog();
    let mut a = iacs_assess::assessment::storage::read(Path::new(&file), &catalog).unwrap();
    for r in &catalog.questionnaire(Q).unwrap().requirements {
        let id = iacs_assess::assessment::AnswerId::new(Q, Some("Z1"), &r.id);
        let mut x = iacs_assess::assessment::Answer::new(&id, jiff::Timestamp::UNIX_EPOCH);
        x.value = Some(if r.id == "SR 1.1" { "compensated" } else { "met" }.into());
        x.note = "jump host".into();
        a.set_answer(x);
    }
    std::fs::write(&file, iacs_assess::assessment::storage::to_toml(&a).unwrap()).unwrap();
    file
}

fn sl_a_iac(home: &Path, file: &str) -> serde_json::Value {
    let out = common::run(home, &["score", file, "--json"])
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    json["security_levels"][0]["sl_a"][0].clone()
}

fn add_args<'a>(file: &'a str, id: &'a str) -> Vec<&'a str> {
    vec![
        "countermeasure",
        "add",
        file,
        "--id",
        id,
        "-q",
        Q,
        "--requirement",
        "SR 1.1",
        "--target",
        "Z1",
        "--instead",
        "Remote access only through a jump host with MFA",
        "--equivalence",
        "Every remote path passes it",
        "--residual-risk",
        "A stolen jump-host session",
        "--verification",
        "Tried from the office: refused",
        "--review-by",
        "2999-01-01",
    ]
}

#[test]
fn a_record_raises_sl_a_once_approved() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = plant(h);
    assert_eq!(
        sl_a_iac(h, &file),
        0,
        "compensated without a record: SR 1.1 (SL1) not credited"
    );
    common::run(h, &["score", &file])
        .success()
        .stdout(contains("Compensating countermeasures").and(contains("iec62443-3-3 / Z1 SR 1.1")))
        .stderr(contains("not counted").and(contains("iec62443-3-3 / Z1 SR 1.1 (no record)")));

    common::run(h, &add_args(&file, "CCM-01"))
        .success()
        .stdout(contains("Added countermeasure CCM-01"));
    assert_eq!(sl_a_iac(h, &file), 0, "not approved yet");
    common::run(h, &["countermeasure", "list", &file]).success().stdout(
        contains("CCM-01")
            .and(contains("not approved"))
            .and(contains("SR 1.1 · Z1")),
    );
    common::run(h, &["score", &file])
        .success()
        .stderr(contains("(CCM-01: not approved)"));

    common::run(
        h,
        &[
            "countermeasure",
            "approve",
            &file,
            "CCM-01",
            "--by",
            "P. Owner",
            "--date",
            "2026-01-05",
        ],
    )
    .success()
    .stdout(contains("status today: stands"));
    assert_eq!(sl_a_iac(h, &file), 4, "everything met or standing-compensated");
    common::run(h, &["score", &file])
        .success()
        .stdout(contains("Compensating countermeasures").not())
        .stderr(contains("not counted").not());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("approved = 2026-01-05\n"), "a TOML local date:\n{text}");

    // JSON lists every record with its status and fields.
    let out = common::run(h, &["score", &file, "--json"])
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let r = &json["countermeasures"]["records"][0];
    assert_eq!(r["id"], "CCM-01");
    assert_eq!(r["status"], "stands");
    assert_eq!(r["approved"], "2026-01-05");
    assert_eq!(r["answers"][0]["requirement"], "SR 1.1");
    assert_eq!(json["countermeasures"]["without_record"], serde_json::json!([]));

    common::run(h, &["countermeasure", "remove", &file, "CCM-01"])
        .success()
        .stdout(contains("Removed countermeasure CCM-01"));
    assert_eq!(sl_a_iac(h, &file), 0);
}

/// `add_args` for CCM-02 with argument `i` replaced.
fn changed<'a>(file: &'a str, i: usize, value: &'a str) -> Vec<&'a str> {
    let mut args = add_args(file, "CCM-02");
    args[i] = value;
    args
}

/// Approve CCM-01 with `--date date`.
fn approve_on<'a>(file: &'a str, date: &'a str) -> Vec<&'a str> {
    vec!["countermeasure", "approve", file, "CCM-01", "--by", "P", "--date", date]
}

#[test]
fn bad_requests_are_refused_with_exit_code_2_and_change_nothing() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = plant(h);
    common::run(h, &add_args(&file, "CCM-01")).success();
    let before = std::fs::read(&file).unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (add_args(&file, "CCM-01"), "already a countermeasure \"CCM-01\""),
        (add_args(&file, "CCM 02"), "use letters, digits"),
        (add_args(&file, ""), "needs an id"),
        (changed(&file, 8, "sr 1.1"), "did you mean \"SR 1.1\"?"),
        (
            changed(&file, 10, "Z9"),
            "\"Z9\", which is neither a zone nor a conduit",
        ),
        (
            changed(&file, 20, "01.11.2027"),
            "is not a date: write it as YYYY-MM-DD",
        ),
        (
            vec!["countermeasure", "approve", &file, "CCM-9", "--by", "P"],
            "no countermeasure \"CCM-9\" (there are: CCM-01)",
        ),
        (approve_on(&file, "2026-02-30"), "\"2026-02-30\" is not a date"),
        (approve_on(&file, "2999-01-01"), "is after today"),
        (
            vec!["countermeasure", "remove", &file, "CCM-9"],
            "no countermeasure \"CCM-9\"",
        ),
    ];
    for (args, message) in cases {
        common::run(h, &args).code(2).stderr(contains(message));
        assert_eq!(std::fs::read(&file).unwrap(), before, "{args:?} changed the file");
    }
}

#[test]
fn a_wrong_record_in_the_file_is_reported_at_its_table() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = plant(h);
    let text = std::fs::read_to_string(&file).unwrap();
    let records = "[[countermeasure]]\nid = \"CCM-01\"\nquestionnaire = \"iec62443-3-3\"\nrequirements = [\"SR 1.1\"]\ntargets = [\"Z1\"]\n\n\
        [[countermeasure]]\nid = \"CCM-01\"\nquestionnaire = \"iec62443-3-3\"\nrequirements = [\"SR 99\"]\ntargets = [\"Z1\"]\n\n";
    let at = text.find("[[answer]]").unwrap();
    let text = format!("{}{records}{}", &text[..at], &text[at..]);
    let line = text[..text.find("requirements = [\"SR 99\"]").unwrap()].lines().count();
    std::fs::write(&file, &text).unwrap();
    common::run(h, &["score", &file])
        .code(2)
        .stderr(contains(format!(
            "p.toml:{}:1: duplicate countermeasure id \"CCM-01\"",
            line - 2
        )))
        .stderr(contains(format!(
            "p.toml:{}:1: countermeasure \"CCM-01\": iec62443-3-3 has no requirement \"SR 99\"",
            line - 2
        )));
    // A date that is not a date is refused by the parser, positioned.
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "requirements = [\"SR 99\"]",
        "requirements = [\"SR 1.2\"]\napproved = 2026-13-01",
    );
    std::fs::write(&file, text).unwrap();
    common::run(h, &["score", &file]).code(2).stderr(contains("p.toml:"));
}

/// The demo copied into `h` and exported as `format`; returns the export's path. Exports are
/// written in the assessment's language (the demo's is English).
fn demo_export(h: &Path, format: &str) -> std::path::PathBuf {
    let copy = h.join("demo.toml");
    common::cmd(h)
        .args(["demo", "--no-open", "--copy-to"])
        .arg(&copy)
        .assert()
        .success();
    let out = h.join(format!("demo.{format}"));
    let (copy, output) = (copy.to_str().unwrap(), out.to_str().unwrap());
    common::run(h, &["export", copy, "--format", format, "-o", output]).success();
    out
}

#[test]
fn the_workbook_lists_every_record_with_its_status_in_words() {
    use calamine::{Reader, Xlsx, open_workbook};
    let home = tempfile::tempdir().unwrap();
    let out = demo_export(home.path(), "xlsx");
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    let range = wb.worksheet_range("Compensating countermeasures").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    // Nine records, then the one compensated answer without a record.
    assert_eq!(rows.len(), 1 + 9 + 1, "{rows:?}");
    let ccm08 = rows.iter().find(|r| r[0] == "CCM-08").unwrap();
    assert_eq!(ccm08[1], "not approved");
    assert_eq!(ccm08[4], "Z-SCADA");
    assert!(ccm08[5].starts_with("HMIs stay unlocked"));
    let ccm01 = rows.iter().find(|r| r[0] == "CCM-01").unwrap();
    assert_eq!(ccm01[3], "SR 1.3 RE(1), SR 1.5 RE(1)");
    assert_eq!(ccm01[9], "2026-10-15");
    assert_eq!(rows[10][3], "SR 7.7");
    assert_eq!(rows[10][4], "Z-SCADA");
}

#[test]
fn csv_rows_name_the_records_about_each_answer() {
    let home = tempfile::tempdir().unwrap();
    let out = demo_export(home.path(), "csv");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.lines().next().unwrap().ends_with(",group,countermeasures"));
    let row = text
        .lines()
        .find(|l| l.starts_with("iec62443-3-3,Z-SCADA,SR 2.5,"))
        .unwrap();
    assert!(row.ends_with(",CCM-08 unapproved"), "{row}");
}
