//! `[[interviewee]]`: the people interviewed with their roles, through the whole life of the file:
//! the command that records them, the file (sorted, stable), the check (positioned errors), the
//! merge of two assessors' files and the three-way reload.

mod common;

use common::run;
use iacs_assess::assessment::three_way;
use iacs_assess::assessment::{Interviewee, storage};
use iacs_assess::teams::merge::{Prefer, merge};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn person(name: &str, role: &str) -> Interviewee {
    Interviewee {
        name: name.into(),
        role: role.into(),
        organisation: String::new(),
    }
}

#[test]
fn the_command_records_replaces_lists_and_removes_people_in_a_stable_order() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = common::new_assessment(h, "a.toml", "", 2);
    let set = |name: &str, role: &str, org: &[&str]| {
        let mut args = vec!["interviewee", "set", &file, "--name", name, "--role", role];
        args.extend(org);
        run(h, &args)
    };
    set("Tom Reilly", "Shift supervisor", &[])
        .success()
        .stdout("Recorded Tom Reilly.\n");
    set("Ann Berg", "Service engineer", &["--organisation", "Hydro Automation"]).success();
    set("Tom Reilly", "Control room lead", &[])
        .success()
        .stdout("Updated Tom Reilly.\n");
    set("", "x", &[])
        .code(2)
        .stderr(predicate::str::contains("needs a name and a role"));
    let text = fs::read_to_string(&file).unwrap();
    let ann = text.find("name = \"Ann Berg\"").expect("Ann's table");
    let tom = text.find("name = \"Tom Reilly\"").expect("Tom's table");
    assert!(ann < tom, "sorted by name:\n{text}");
    assert_eq!(text.matches("[[interviewee]]").count(), 2, "{text}");
    assert!(text.contains("role = \"Control room lead\"\n"));
    assert!(text.contains("organisation = \"Hydro Automation\"\n"));
    // Reading and writing again gives the same text.
    let a = storage::read(Path::new(&file), &common::catalog()).unwrap();
    assert_eq!(storage::to_toml(&a).unwrap(), text);

    run(
        h,
        &[
            "answer",
            &file,
            "-q",
            "iec62443-2-4",
            "--item",
            "SP.01.01 BR",
            "--value",
            "ml2",
            "--interviewee",
            "Ann Berg",
        ],
    )
    .success();
    run(h, &["interviewee", "list", &file])
        .success()
        .stdout(predicate::str::contains(
            "Ann Berg  (Service engineer, Hydro Automation)  1 answer, 20",
        ))
        .stdout(predicate::str::contains(
            "Tom Reilly  (Control room lead)  no answers yet",
        ));
    // The JSON export carries the tables as they are.
    let json = h.join("a.json");
    run(h, &["export", &file, "--format", "json", "-o", json.to_str().unwrap()]).success();
    let json: serde_json::Value = serde_json::from_slice(&fs::read(&json).unwrap()).unwrap();
    assert_eq!(
        json["interviewees"],
        serde_json::json!([
            { "name": "Ann Berg", "role": "Service engineer", "organisation": "Hydro Automation" },
            { "name": "Tom Reilly", "role": "Control room lead" }
        ])
    );
    run(h, &["interviewee", "remove", &file, "--name", "Nobody"])
        .code(2)
        .stderr(predicate::str::contains("recorded: Ann Berg, Tom Reilly"));
    run(h, &["interviewee", "remove", &file, "--name", "Tom Reilly"]).success();
    let a = storage::read(Path::new(&file), &common::catalog()).unwrap();
    assert_eq!(
        a.interviewees,
        [Interviewee {
            organisation: "Hydro Automation".into(),
            ..person("Ann Berg", "Service engineer")
        }]
    );
}

#[test]
fn the_check_points_at_the_table_of_a_duplicate_or_a_person_without_a_role() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = common::new_assessment(h, "a.toml", "", 2);
    let mut text = fs::read_to_string(&file).unwrap();
    let tables = "\n[[interviewee]]\nname = \"Ann\"\nrole = \"Engineer\"\n\n[[interviewee]]\nname = \"Bob\"\n\n[[interviewee]]\nname = \"Ann\"\nrole = \"Manager\"\n";
    text.push_str(tables);
    fs::write(&file, &text).unwrap();
    let line_of = |needle: usize| text[..needle].lines().count() + 1;
    let second = text.match_indices("[[interviewee]]").nth(1).unwrap().0;
    let third = text.match_indices("[[interviewee]]").nth(2).unwrap().0;
    run(h, &["score", &file])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "a.toml:{}:1: interviewee \"Bob\" needs a role",
            line_of(second)
        )))
        .stderr(predicate::str::contains(format!(
            "a.toml:{}:1: interviewee \"Ann\" is listed twice",
            line_of(third)
        )));
    // An unknown field is refused with its position too.
    let typo = text.replace("role = \"Manager\"", "rolle = \"Manager\"");
    fs::write(&file, &typo).unwrap();
    run(h, &["score", &file])
        .code(2)
        .stderr(predicate::str::contains("unknown field `rolle`"));
}

#[test]
fn merging_takes_the_union_by_name_and_settles_two_roles_by_the_rule() {
    let catalog = common::catalog();
    let home = tempfile::tempdir().unwrap();
    let file = common::new_assessment(home.path(), "a.toml", "", 2);
    let base = storage::read(Path::new(&file), &catalog).unwrap();
    let mut a = base.clone();
    a.set_interviewee(person("Ann", "Engineer"));
    a.set_interviewee(person("Carl", "Operator"));
    let mut b = base.clone();
    b.set_interviewee(person("Bob", "IT lead"));
    b.set_interviewee(person("Carl", "Shift lead"));
    b.assessment.modified = a.assessment.modified + jiff::SignedDuration::from_secs(60);

    let listed = merge(&a, &b, None);
    let conflicts: Vec<_> = listed.conflicts.iter().filter(|c| c.kind == "interviewee").collect();
    assert_eq!(conflicts.len(), 1, "{:?}", listed.conflicts);
    assert_eq!(conflicts[0].key, "Carl");
    assert_eq!(conflicts[0].taken, None);
    let names = |x: &iacs_assess::assessment::Assessment| -> Vec<(String, String)> {
        x.interviewees
            .iter()
            .map(|p| (p.name.clone(), p.role.clone()))
            .collect()
    };
    for (prefer, carl) in [
        (Prefer::A, "Operator"),
        (Prefer::B, "Shift lead"),
        (Prefer::Newer, "Shift lead"),
    ] {
        let merged = merge(&a, &b, Some(prefer)).merged;
        assert_eq!(
            names(&merged),
            [
                ("Ann".to_string(), "Engineer".to_string()),
                ("Bob".into(), "IT lead".into()),
                ("Carl".into(), carl.into())
            ],
            "{prefer:?}"
        );
    }
    // The same person with the same role on both sides is no conflict.
    b.set_interviewee(person("Carl", "Operator"));
    assert!(merge(&a, &b, None).conflicts.iter().all(|c| c.kind != "interviewee"));
}

#[test]
fn a_reload_keeps_the_roles_each_side_recorded() {
    let catalog = common::catalog();
    let home = tempfile::tempdir().unwrap();
    let file = common::new_assessment(home.path(), "a.toml", "", 2);
    let mut base = storage::read(Path::new(&file), &catalog).unwrap();
    base.set_interviewee(person("Carl", "Operator"));
    let mut mine = base.clone();
    mine.set_interviewee(person("Ann", "Engineer"));
    let mut theirs = base.clone();
    theirs.set_interviewee(person("Carl", "Shift lead"));
    let m = three_way::merge(&base, &mine, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let roles: Vec<&str> = m.merged.interviewees.iter().map(|p| p.role.as_str()).collect();
    assert_eq!(roles, ["Engineer", "Shift lead"], "mine added Ann, theirs changed Carl");
    mine.set_interviewee(person("Carl", "Manager"));
    let m = three_way::merge(&base, &mine, &theirs);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].key, three_way::ItemKey::Interviewee("Carl".into()));
    let mut merged = m.merged.clone();
    m.conflicts[0].take(three_way::Side::Theirs, &mut merged);
    assert_eq!(merged.interviewee("Carl").unwrap().role, "Shift lead");
}
