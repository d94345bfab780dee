//! `iacs-assess plan ...` on real files: propose twice without duplicates, add / set / done / list
//! with filters, the history with who, every bad request refused with exit code 2 naming the file
//! and the value and leaving the file as it was, `plan done` never changing an answer, German
//! output, and JSON that parses.

mod common;

use iacs_assess::assessment::{ActionStatus, AnswerId, storage};
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;
use std::path::Path;

const Q: &str = "iec62443-3-3";

/// Zone Z1 (SL-T 2) with every 3-3 requirement met but SR 1.1 and SR 2.1 (not met) and SR 5.1
/// (unanswered); one proposal each for those three.
fn plant(home: &Path) -> String {
    let file = common::new_assessment(home, "p.toml", "", 2);
    let catalog = common::catalog();
    let mut a = storage::read(Path::new(&file), &catalog).unwrap();
    for r in &catalog.questionnaire(Q).unwrap().requirements {
        if r.min_sl.is_none_or(|m| m > 2) || r.id == "SR 5.1" {
            continue;
        }
        let id = AnswerId::new(Q, Some("Z1"), &r.id);
        let mut x = iacs_assess::assessment::Answer::new(&id, jiff::Timestamp::UNIX_EPOCH);
        x.value = Some(
            if ["SR 1.1", "SR 2.1"].contains(&r.id.as_str()) {
                "not-met"
            } else {
                "met"
            }
            .into(),
        );
        a.set_answer(x);
    }
    a.assessment.assessors = vec!["Ana".into()];
    std::fs::write(&file, storage::to_toml(&a).unwrap()).unwrap();
    file
}

fn read(file: &str) -> iacs_assess::assessment::Assessment {
    storage::read(Path::new(file), &common::catalog()).unwrap()
}

fn stdout(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

fn titles(file: &str) -> Vec<String> {
    read(file).actions.iter().map(|x| x.title.clone()).collect()
}

#[test]
fn proposing_twice_adds_nothing_and_keeps_accepted_actions() {
    let home = tempfile::tempdir().unwrap();
    let file = plant(home.path());
    let out = stdout(common::run(home.path(), &["plan", "propose", &file]).success());
    assert!(out.contains("3 actions proposed"), "{out}");
    assert!(out.contains("A-01 SR 1.1 Human user identification"), "{out}");
    // The plan follows: phase 1 and what it reaches.
    assert!(out.contains("Phase 1") && out.contains("after phase 1"), "{out}");
    assert!(
        out.contains("Z1 SL-A {0 0 2 2 0 2 2}, SL-T reached in 4 of 7 FRs"),
        "now: {out}"
    );
    assert!(
        !out.contains("every maturity group"),
        "nothing of 2-4 is answered: {out}"
    );
    assert!(
        out.contains("Z1 SL-A {2 2 2 2 2 2 2}, SL-T reached in 7 of 7 FRs"),
        "{out}"
    );
    assert!(out.contains("assess first (unanswered): Z1 SR 5.1"), "{out}");
    let first = titles(&file);
    assert_eq!(first.len(), 3);

    // Accept one, then propose again: nothing new, nothing doubled, the accepted one untouched.
    common::run(
        home.path(),
        &[
            "plan", "set", &file, "A-01", "--status", "planned", "--owner", "OT team",
        ],
    )
    .success();
    let before = std::fs::read(&file).unwrap();
    let out = stdout(common::run(home.path(), &["plan", "propose", &file]).success());
    assert!(out.contains("Nothing new to propose"), "{out}");
    assert!(out.contains("1 answers already in accepted actions"), "{out}");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "nothing changed, nothing written"
    );
    assert_eq!(titles(&file), first);
    let a = read(&file);
    assert_eq!(a.action("A-01").unwrap().owner, "OT team");
    assert_eq!(a.action("A-01").unwrap().status, ActionStatus::Planned);
}

#[test]
fn add_set_done_and_list_with_filters_and_the_history() {
    let home = tempfile::tempdir().unwrap();
    let file = plant(home.path());
    common::run(home.path(), &["plan", "propose", &file]).success();
    // Added by hand: two targets of one requirement merge; the phase is the one its needs fall in.
    let out = stdout(
        common::run(
            home.path(),
            &[
                "plan",
                "add",
                &file,
                "--title",
                "Jump host",
                "--requirement",
                "iec62443-3-3/Z1/SR 1.1",
                "--requirement",
                "iec62443-3-3/Z1/SR 2.1",
                "--owner",
                "Ben",
                "--due",
                "2000-01-31",
                "--effort",
                "m",
                "--assessor",
                "Cleo",
            ],
        )
        .success(),
    );
    assert!(out.contains("Added action A-04 (phase 1)"), "{out}");
    let a = read(&file);
    let x = a.action("A-04").unwrap();
    assert_eq!(
        (x.effort.as_str(), x.phase, x.status),
        ("M", Some(1), ActionStatus::Planned)
    );
    assert_eq!(x.addresses.len(), 2);
    assert_eq!(x.history[0].by, "Cleo");

    common::run(
        home.path(),
        &[
            "plan",
            "set",
            &file,
            "A-02",
            "--status",
            "in progress",
            "--owner",
            "Ben",
            "--due",
            "2999-12-31",
        ],
    )
    .success();
    let x = read(&file).action("A-02").unwrap().clone();
    let trail: Vec<(ActionStatus, &str)> = x.history.iter().map(|h| (h.status, h.by.as_str())).collect();
    assert_eq!(
        trail,
        [(ActionStatus::Proposed, "Ana"), (ActionStatus::InProgress, "Ana")],
        "status changes recorded with who (the first assessor when none is named)"
    );

    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["plan", "list", file.as_str(), "--json"];
        all.extend(args);
        let json: serde_json::Value = serde_json::from_str(&stdout(common::run(home.path(), &all).success())).unwrap();
        json["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["--owner", "ben"]).len(), 2);
    assert_eq!(ids(&["--owner", "Ben", "--status", "in-progress"]), ["A-02"]);
    assert_eq!(ids(&["--overdue"]), ["A-04"], "due in 2000 and open");
    assert_eq!(
        ids(&["--zone", "Z1", "--overdue", "--owner", "nobody"]),
        Vec::<String>::new()
    );
    assert_eq!(ids(&["--phase", "1"]).len(), 4);
    let text = stdout(common::run(home.path(), &["plan", "list", &file, "--overdue"]).success());
    assert!(
        text.contains("A-04") && text.contains("OVERDUE") && !text.contains("A-02"),
        "{text}"
    );
    common::run(home.path(), &["plan", "list", &file, "--zone", "Z9"])
        .code(2)
        .stderr(contains("p.toml").and(contains("Z9")));

    // Done: the answers stay as they were; what to re-assess and how is printed.
    let answers_before: Vec<_> = read(&file).answers().to_vec();
    let out = stdout(common::run(home.path(), &["plan", "done", &file, "A-04", "--assessor", "Dan"]).success());
    assert!(out.contains("No answer was changed"), "{out}");
    assert!(
        out.contains("Z1") && out.contains("SR 2.1") && out.contains("not-met"),
        "{out}"
    );
    assert!(out.contains("--zone Z1 --item \"SR 1.1\" --value VALUE"), "{out}");
    let a = read(&file);
    assert_eq!(a.answers().to_vec(), answers_before);
    let x = a.action("A-04").unwrap();
    assert_eq!(x.status, ActionStatus::Done);
    assert_eq!(x.history.last().unwrap().by, "Dan");

    common::run(home.path(), &["plan", "remove", &file, "A-03"]).success();
    assert!(read(&file).action("A-03").is_none());
}

#[test]
fn bad_requests_exit_2_name_file_and_value_and_write_nothing() {
    let home = tempfile::tempdir().unwrap();
    let file = plant(home.path());
    common::run(home.path(), &["plan", "propose", &file]).success();
    let before = std::fs::read(&file).unwrap();
    let add = |extra: &[&str]| {
        let mut args = vec!["plan", "add", file.as_str(), "--title", "T"];
        args.extend(extra);
        args.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (add(&["--requirement", "iec62443-3-3/Z1/SR 99.9"]), "SR 99.9"),
        (add(&["--requirement", "iec62443-3-3/Z7/SR 1.1"]), "Z7"),
        (add(&["--requirement", "nonsense"]), "nonsense"),
        (add(&["--due", "2026-02-30"]), "2026-02-30"),
        (add(&["--effort", "huge"]), "huge"),
        (add(&["--status", "finished"]), "finished"),
        (add(&["--phase", "0"]), "\"0\""),
        (add(&["--scenario", "S-77"]), "S-77"),
        (
            ["plan", "set", &file, "A-77", "--owner", "x"]
                .map(String::from)
                .to_vec(),
            "A-01, A-02, A-03",
        ),
        (["plan", "done", &file, "A-77"].map(String::from).to_vec(), "A-77"),
        (["plan", "remove", &file, "A-77"].map(String::from).to_vec(), "A-77"),
        (
            ["plan", "set", &file, "A-01", "--status", "later"]
                .map(String::from)
                .to_vec(),
            "later",
        ),
    ];
    for (args, value) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        common::run(home.path(), &args)
            .code(2)
            .stderr(contains("p.toml").and(contains(value)));
        assert_eq!(std::fs::read(&file).unwrap(), before, "{args:?} wrote the file");
    }
}

#[test]
fn german_show_json_and_the_plan_in_score() {
    let home = tempfile::tempdir().unwrap();
    let file = plant(home.path());
    common::run(home.path(), &["plan", "propose", &file]).success();
    common::run(
        home.path(),
        &[
            "plan",
            "set",
            &file,
            "A-01",
            "--status",
            "planned",
            "--due",
            "2000-01-01",
        ],
    )
    .success();
    let de = stdout(common::run(home.path(), &["--lang", "de", "plan", "show", &file]).success());
    assert!(de.contains("Phase 1"), "{de}");
    assert!(de.contains("geplant") && de.contains("ÜBERFÄLLIG"), "{de}");
    assert!(
        de.contains("nach Phase 1") && de.contains("SL-T erreicht in 7 von 7 FRs"),
        "{de}"
    );
    assert!(de.lines().all(|l| l.chars().count() <= 80), "{de}");

    let json: serde_json::Value = serde_json::from_str(&stdout(
        common::run(home.path(), &["plan", "show", &file, "--json"]).success(),
    ))
    .unwrap();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["actions"].as_array().unwrap().len(), 3);
    assert_eq!(json["actions"][0]["id"], "A-01", "overdue and first in phase 1: {json}");
    assert_eq!(json["actions"][0]["due"], "2000-01-01");
    assert_eq!(json["actions"][0]["overdue"], true);
    let stages: Vec<&str> = json["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["stage"].as_str().unwrap())
        .collect();
    assert_eq!(stages, ["now", "after-phase", "whole-plan"]);

    let score = stdout(common::run(home.path(), &["score", &file]).success());
    assert!(score.contains("3 actions, 1 overdue"), "{score}");
    assert!(
        score.contains("Z1 SL-A {2 2 2 2 2 2 2}, SL-T reached in 7 of 7 FRs"),
        "{score}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(common::run(home.path(), &["score", &file, "--json"]).success())).unwrap();
    assert_eq!(json["schema"], 4);
    assert_eq!(json["plan"]["actions"], 3);
    assert_eq!(json["plan"]["overdue"], 1);
    assert_eq!(json["plan"]["stages"][2]["levels"][0]["reached"], 7);
}
