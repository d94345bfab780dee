//! A service provider on the command line: a whole area answered "not offered" with one reason,
//! target profiles chosen and dropped, the service scope set, and what `score` and `merge` make
//! of them.

mod common;

use common::{cmd, run};
use predicates::prelude::*;
use std::path::Path;

fn provider(home: &Path) -> String {
    let file = home.join("provider.toml").to_string_lossy().into_owned();
    run(home, &["new", &file, "-q", "iec62443-2-4", "--organisation", "Hydro"]).success();
    file
}

/// `answer --area SP.04 --value V` with these further arguments.
fn answer_area(home: &Path, file: &str, area: &str, value: &str, more: &[&str]) -> assert_cmd::assert::Assert {
    let mut args = vec!["answer", file, "-q", "iec62443-2-4", "--area", area, "--value", value];
    args.extend(more);
    run(home, &args)
}

/// A profile file `name` in `home` holding `text`; its path.
fn profile_file(home: &Path, name: &str, text: &str) -> String {
    let path = home.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn answers_of(file: &str) -> Vec<(String, String, String)> {
    let a: toml::Value = toml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    a.get("answer")
        .and_then(|x| x.as_array())
        .map(|list| {
            list.iter()
                .map(|x| {
                    let s = |k: &str| x.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_string();
                    (s("requirement"), s("value"), s("note"))
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_whole_area_is_not_offered_in_one_step_with_one_reason() {
    let home = tempfile::tempdir().unwrap();
    let file = provider(home.path());
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-2-4").unwrap();
    let wireless: Vec<String> = q.requirements_within("SP.04").map(|r| r.id.clone()).collect();

    // Without the reason "not offered" needs: refused, and nothing is written.
    answer_area(home.path(), &file, "SP.04", "not-offered", &[])
        .code(2)
        .stderr(predicate::str::contains("needs a reason"));
    assert!(answers_of(&file).is_empty());

    answer_area(
        home.path(),
        &file,
        "SP.04",
        "not-offered",
        &["--note", "We do no wireless work."],
    )
    .success()
    .stdout(predicate::str::contains(format!(
        "{} requirements = not-offered",
        wireless.len()
    )));
    let answers = answers_of(&file);
    assert_eq!(answers.len(), wireless.len());
    for (requirement, value, note) in &answers {
        assert!(wireless.contains(requirement), "{requirement}");
        assert_eq!(
            (value.as_str(), note.as_str()),
            ("not-offered", "We do no wireless work.")
        );
    }

    // The score names the area "not offered", never a level of 0.
    run(home.path(), &["score", &file])
        .success()
        .stdout(predicate::str::is_match(r"SP\.04 +Wireless +not offered \(\d+ requirements\)").unwrap())
        .stdout(predicate::str::contains(format!(
            "{} requirements not offered",
            wireless.len()
        )));

    // A mistyped area is named with a hint.
    answer_area(home.path(), &file, "sp.04", "ml2", &[])
        .code(2)
        .stderr(predicate::str::contains("did you mean \"SP.04\""));
}

#[test]
fn a_target_profile_is_copied_in_shown_and_dropped() {
    let home = tempfile::tempdir().unwrap();
    let file = provider(home.path());
    let profile = profile_file(
        home.path(),
        "owner.toml",
        "format = 1\n[profile]\nid = \"owner-2027\"\ntitle = \"Owner project 2027\"\nquestionnaire = \"iec62443-2-4\"\ndefault = 2\n\n[levels]\n\"SP.07\" = 3\n\"SP.04\" = 0\n",
    );
    run(home.path(), &["target", &file, "--profile", &profile])
        .success()
        .stdout(predicate::str::contains(
            "target profile \"owner-2027\" for iec62443-2-4",
        ));
    // Copied in: the file keeps working when the profile file changes or goes.
    std::fs::remove_file(&profile).unwrap();
    run(home.path(), &["score", &file])
        .success()
        .stdout(predicate::str::contains(
            "Target profile: Owner project 2027 (owner-2027)",
        ))
        .stdout(predicate::str::is_match(r"SP\.07 +Remote access +ML3").unwrap())
        .stdout(predicate::str::is_match(r"SP\.04 +Wireless +- ").unwrap());
    run(home.path(), &["target", &file])
        .success()
        .stdout(predicate::str::contains("Target profile for iec62443-2-4: owner-2027"));
    run(home.path(), &["target", &file, "--no-profile", "iec62443-2-4"]).success();
    run(home.path(), &["score", &file])
        .success()
        .stdout(predicate::str::contains("Target profile").not());
    run(home.path(), &["target", &file, "--no-profile", "iec62443-2-4"])
        .code(2)
        .stderr(predicate::str::contains("has no target profile"));
}

#[test]
fn a_broken_or_unknown_profile_is_refused_with_where_it_went_wrong() {
    let home = tempfile::tempdir().unwrap();
    let file = provider(home.path());
    let before = std::fs::read(&file).unwrap();
    let bad = profile_file(
        home.path(),
        "bad.toml",
        "format = 1\n[profile]\nid = \"bad\"\ntitle = \"Bad\"\nquestionnaire = \"iec62443-2-4\"\n\n[levels]\n\"SP.99\" = 2\n\"SP.01\" = 9\n",
    );
    run(home.path(), &["target", &file, "--profile", &bad])
        .code(2)
        .stderr(predicate::str::contains(
            "bad.toml:8:1: \"SP.99\" is neither a requirement nor an area",
        ))
        .stderr(predicate::str::contains(
            "bad.toml:9:11: a level must be 0 (not asked for) to 4, not 9",
        ));
    run(home.path(), &["target", &file, "--profile", "no-such-profile"])
        .code(2)
        .stderr(predicate::str::contains("no profile with this id"));
    let other = profile_file(
        home.path(),
        "other.toml",
        "format = 1\n[profile]\nid = \"am\"\ntitle = \"2-1\"\nquestionnaire = \"iec62443-2-1\"\ndefault = 3\n",
    );
    run(home.path(), &["target", &file, "--profile", &other])
        .code(2)
        .stderr(predicate::str::contains("which is not in this assessment"));
    assert_eq!(std::fs::read(&file).unwrap(), before, "a refused change writes nothing");
}

#[test]
fn a_hand_edited_profile_naming_an_unknown_area_is_found_with_its_line() {
    let home = tempfile::tempdir().unwrap();
    let file = provider(home.path());
    let mut text = std::fs::read_to_string(&file).unwrap();
    text = text.replacen(
        "[[system]]",
        "[targets.profile.iec62443-2-4]\nid = \"p\"\ntitle = \"P\"\n\n[targets.profile.iec62443-2-4.levels]\n\"SP.42\" = 3\n\n[[system]]",
        1,
    );
    std::fs::write(&file, &text).unwrap();
    let line = text.lines().position(|l| l.starts_with("\"SP.42\"")).unwrap() + 1;
    run(home.path(), &["score", &file])
        .code(2)
        .stderr(predicate::str::contains(format!(
            ":{line}:11: iec62443-2-4 has no requirement or area \"SP.42\""
        )));
}

#[test]
fn the_service_scope_leaves_out_the_other_service_and_two_scopes_conflict_in_a_merge() {
    let home = tempfile::tempdir().unwrap();
    let file = provider(home.path());
    let copy = home.path().join("copy.toml");
    std::fs::copy(&file, &copy).unwrap();
    run(home.path(), &["service-scope", &file, "integration"])
        .success()
        .stdout(
            predicate::str::is_match(r"Service scope: integration; \d+ requirements of iec62443-2-4 lie outside it")
                .unwrap(),
        );
    run(home.path(), &["score", &file])
        .success()
        .stdout(predicate::str::contains("integration services only"));
    // A requirement of maintenance alone is not answered within an integration scope.
    let catalog = common::catalog();
    let maintenance = catalog
        .questionnaire("iec62443-2-4")
        .unwrap()
        .requirements
        .iter()
        .find(|r| r.services == [iacs_assess::catalog::Service::Maintenance])
        .unwrap();
    let before = std::fs::read(&file).unwrap();
    run(
        home.path(),
        &[
            "answer",
            &file,
            "-q",
            "iec62443-2-4",
            "--item",
            &maintenance.id,
            "--value",
            "ml2",
        ],
    )
    .code(2)
    .stderr(predicate::str::contains(
        "outside the service scope assessed (integration)",
    ));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let merged = home.path().join("merged.toml");
    cmd(home.path())
        .args(["merge", &file, &copy.to_string_lossy(), "-o", &merged.to_string_lossy()])
        .assert()
        .stderr(predicate::str::contains(
            "conflict service-scope service_scope: A integration | B both",
        ));

    // An assessment without 2-4 has no services to scope.
    let owner = home.path().join("owner.toml").to_string_lossy().into_owned();
    run(home.path(), &["new", &owner, "-q", "iec62443-2-1"]).success();
    run(home.path(), &["service-scope", &owner, "maintenance"])
        .code(2)
        .stderr(predicate::str::contains("would change nothing"));
}

#[test]
fn answers_from_a_file_do_not_change_a_requirement_outside_the_scope_but_an_export_goes_back() {
    let home = tempfile::tempdir().unwrap();
    let file = provider(home.path());
    let catalog = common::catalog();
    let maintenance = catalog
        .questionnaire("iec62443-2-4")
        .unwrap()
        .requirements
        .iter()
        .find(|r| r.services == [iacs_assess::catalog::Service::Maintenance])
        .unwrap()
        .id
        .clone();
    // Answered while both services were in scope, then the scope narrowed: the answer stays.
    run(
        home.path(),
        &[
            "answer",
            &file,
            "-q",
            "iec62443-2-4",
            "--item",
            &maintenance,
            "--value",
            "ml2",
        ],
    )
    .success();
    run(home.path(), &["service-scope", &file, "integration"]).success();
    let csv = home.path().join("answers.csv");
    let csv_path = csv.to_string_lossy().into_owned();
    run(home.path(), &["export", &file, "--format", "csv", "-o", &csv_path]).success();
    let before = std::fs::read(&file).unwrap();
    // Fed back as it is: nothing changes, nothing is refused.
    run(home.path(), &["answer", &file, "--from", &csv_path]).success();
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // Changed: refused with the line, and the file is untouched.
    let text = std::fs::read_to_string(&csv).unwrap();
    let line = text.lines().position(|l| l.contains(&maintenance)).unwrap() + 1;
    std::fs::write(&csv, text.replace(",ml2,", ",ml3,")).unwrap();
    run(home.path(), &["answer", &file, "--from", &csv_path])
        .code(2)
        .stderr(predicate::str::contains(format!(":{line}:")))
        .stderr(predicate::str::contains(
            "lies outside the service scope assessed (integration)",
        ));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}
