//! Systems under consideration: files from before they existed keep everything, an assessment can
//! hold several, 3-2 is answered per system, and zones and conduits say whose they are, on the
//! command line and in the interface.

mod common;

use common::run;
use crossterm::event::KeyCode;
use iacs_assess::assessment::{FIRST_SYSTEM_ID, storage};
use iacs_assess::catalog::Scope;
use iacs_assess::tui::model::{Model, Screen};
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Effect, Msg, Opened, ctrl, press, update};
use jiff::Timestamp;
use predicates::prelude::*;
use std::path::PathBuf;

/// A format-2 file as the previous release wrote it: the system described in [assessment], 3-2
/// answered once without a target.
const FORMAT_2: &str = r#"format = 2

[assessment]
title = "Works 2026"
site = "North works"
created = "2026-10-01T08:00:00Z"
modified = "2026-10-01T08:00:00Z"
language = "en"
questionnaires = ["iec62443-3-2", "iec62443-3-3"]
system_under_consideration = "The works from the intake to the pumps; the office LAN ends at the DMZ."

[targets]
maturity = 2

[[zone]]
id = "Z1"
name = "Control"

[[answer]]
questionnaire = "iec62443-3-2"
requirement = "ZCR 1.1"
value = "done"
note = "drawn in the risk assessment"
interviewee = "A. Engineer"
time = "2026-10-01T09:00:00Z"
"#;

#[test]
fn a_format_2_file_becomes_one_system_with_its_description_and_its_3_2_answers() {
    let catalog = common::catalog();
    assert_eq!(catalog.questionnaire("iec62443-3-2").unwrap().scope, Scope::System);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.toml");
    std::fs::write(&path, FORMAT_2).unwrap();
    let a = storage::read(&path, &catalog).unwrap();
    assert_eq!(a.systems.len(), 1);
    let s = &a.systems[0];
    assert_eq!((s.id.as_str(), s.name.as_str()), (FIRST_SYSTEM_ID, "North works"));
    assert!(s.description.starts_with("The works from the intake"));
    assert!(a.assessment.system_under_consideration.is_empty(), "moved, not copied");
    let answer = &a.answers()[0];
    assert_eq!(answer.target.as_deref(), Some(FIRST_SYSTEM_ID));
    assert_eq!(answer.note, "drawn in the risk assessment");
    assert_eq!(a.zones_in(FIRST_SYSTEM_ID).count(), 1);
    // Written as format 3 and read back the same.
    let text = storage::to_toml(&a).unwrap();
    assert!(text.contains("format = 3") && text.contains("[[system]]"), "{text}");
    assert!(!text.contains("system_under_consideration"), "{text}");
    std::fs::write(&path, &text).unwrap();
    assert_eq!(storage::read(&path, &catalog).unwrap(), a);
}

#[test]
fn two_systems_each_with_their_zones_and_their_own_3_2_answers_on_the_command_line() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("two.toml").to_string_lossy().into_owned();
    run(
        h,
        &[
            "new",
            &file,
            "-q",
            "iec62443-3-2",
            "-q",
            "iec62443-3-3",
            "--title",
            "Two",
        ],
    )
    .success();
    // With one system, 3-2 answers need no --system.
    run(
        h,
        &[
            "answer",
            &file,
            "-q",
            "iec62443-3-2",
            "--item",
            "ZCR 1.1",
            "--value",
            "done",
        ],
    )
    .success();
    run(
        h,
        &[
            "system",
            "add",
            &file,
            "--id",
            "PKG",
            "--name",
            "Packaging line",
            "--description",
            "Line 4 and its robot cell",
        ],
    )
    .success()
    .stdout(predicate::str::contains("Added system PKG"));
    run(h, &["zone", "add", &file, "--id", "Z1", "--name", "Process"]).success();
    run(
        h,
        &[
            "zone", "add", &file, "--id", "Z2", "--name", "Robots", "--system", "PKG",
        ],
    )
    .success();
    run(
        h,
        &["zone", "add", &file, "--id", "Z3", "--name", "Cell", "--system", "PKG"],
    )
    .success();
    run(
        h,
        &["conduit", "add", &file, "--id", "C1", "--from", "Z2", "--to", "Z3"],
    )
    .success();
    run(
        h,
        &["zone", "add", &file, "--id", "Z9", "--name", "x", "--system", "NOPE"],
    )
    .code(2)
    .stderr(predicate::str::contains("\"NOPE\" is not a system under consideration"));
    // Now 3-2 needs to know which system; the packaging line gets its own answer.
    run(
        h,
        &[
            "answer",
            &file,
            "-q",
            "iec62443-3-2",
            "--item",
            "ZCR 1.1",
            "--value",
            "done",
        ],
    )
    .code(2)
    .stderr(predicate::str::contains("give --system ID (systems: SUC, PKG)"));
    run(
        h,
        &[
            "answer",
            &file,
            "-q",
            "iec62443-3-2",
            "--system",
            "PKG",
            "--item",
            "ZCR 1.1",
            "--value",
            "not-done",
        ],
    )
    .success();
    run(
        h,
        &[
            "answer",
            &file,
            "-q",
            "iec62443-3-2",
            "--zone",
            "Z1",
            "--item",
            "ZCR 1.1",
            "--value",
            "done",
        ],
    )
    .code(2);
    run(h, &["system", "list", &file])
        .success()
        .stdout(predicate::str::contains(
            "PKG  Packaging line\n  zones: Z2, Z3\n  conduits: C1",
        ));

    let catalog = common::catalog();
    let a = storage::read(std::path::Path::new(&file), &catalog).unwrap();
    let value = |t: &str| {
        a.answers()
            .iter()
            .find(|x| x.questionnaire == "iec62443-3-2" && x.target.as_deref() == Some(t))
            .and_then(|x| x.value.clone())
    };
    assert_eq!(value(FIRST_SYSTEM_ID).as_deref(), Some("done"));
    assert_eq!(value("PKG").as_deref(), Some("not-done"));
    assert_eq!(a.conduits[0].system, "PKG", "a conduit follows its --from zone");
    // Progress counts 3-2 once per system.
    let score = iacs_assess::scoring::score(&a, &catalog);
    let per_system: Vec<Option<&str>> = score
        .progress
        .iter()
        .filter(|p| p.questionnaire == "iec62443-3-2")
        .map(|p| p.target.as_deref())
        .collect();
    assert_eq!(per_system, [Some(FIRST_SYSTEM_ID), Some("PKG")]);
}

#[test]
fn a_zone_naming_an_unknown_system_is_refused_at_its_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    let text = FORMAT_2.replace("format = 2", "format = 3").replace(
        "[[zone]]\nid = \"Z1\"\nname = \"Control\"\n",
        "[[system]]\nid = \"SUC\"\nname = \"Works\"\n\n[[zone]]\nid = \"Z1\"\nname = \"Control\"\nsystem = \"LINE-9\"\n",
    );
    let problems = storage::read(&path_with(&path, &text), &common::catalog())
        .unwrap_err()
        .to_string();
    assert!(
        problems.contains("bad.toml:19:1: zone \"Z1\" belongs to system \"LINE-9\""),
        "{problems}"
    );
}

fn path_with(path: &std::path::Path, text: &str) -> PathBuf {
    std::fs::write(path, text).unwrap();
    path.to_path_buf()
}

fn zones_screen() -> Model {
    let mut texts = common::texts();
    texts.select(None);
    let catalog = common::catalog();
    let mut a = iacs_assess::assessment::Assessment::new(
        "Works",
        "en",
        vec!["iec62443-3-2".into(), "iec62443-3-3".into()],
        Timestamp::UNIX_EPOCH,
    );
    a.risk_model = catalog.risk_model("default").cloned();
    let mut m = Model::new(catalog, texts, Theme::monochrome(), vec![], PathBuf::from("/data"));
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/w.toml"), a))),
        Timestamp::UNIX_EPOCH,
    );
    update(&mut m, press(KeyCode::Char('s')), Timestamp::UNIX_EPOCH);
    assert_eq!(m.screen, Screen::Zones);
    m
}

fn typed(m: &mut Model, text: &str) {
    for c in text.chars() {
        update(m, press(KeyCode::Char(c)), Timestamp::UNIX_EPOCH);
    }
}

/// Move the form's focus to the next field and select all of it (the text is replaced).
fn next_field(m: &mut Model) {
    update(m, press(KeyCode::Tab), Timestamp::UNIX_EPOCH);
}

#[test]
fn in_the_interface_a_system_is_added_and_described_and_a_zone_is_put_in_it() {
    let mut m = zones_screen();
    // y: a new system; its id is offered, a name and a description typed.
    typed(&mut m, "y");
    next_field(&mut m);
    typed(&mut m, "Packaging line");
    next_field(&mut m);
    typed(&mut m, "Line 4 and its robot cell");
    let effects = update(&mut m, press(KeyCode::Enter), Timestamp::UNIX_EPOCH);
    assert_eq!(effects, [Effect::Save], "a new system is saved like any change");
    let a = &m.session.as_ref().unwrap().assessment;
    assert_eq!(a.systems.len(), 2);
    assert_eq!(a.systems[1].id, "SUC-1");
    assert_eq!(a.systems[1].name, "Packaging line");
    assert_eq!(a.systems[1].description, "Line 4 and its robot cell");
    // A new zone's form now asks for the system: the last field, a choice.
    typed(&mut m, "a");
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert_eq!(form.fields.last().unwrap().label, "form-system");
    let last = form.fields.len() - 1;
    next_field(&mut m);
    typed(&mut m, "Robots");
    for _ in 1..last {
        next_field(&mut m);
    }
    update(&mut m, press(KeyCode::Right), Timestamp::UNIX_EPOCH);
    update(&mut m, press(KeyCode::Enter), Timestamp::UNIX_EPOCH);
    let a = &m.session.as_ref().unwrap().assessment;
    assert_eq!(a.zones[0].name, "Robots");
    assert_eq!(a.zones[0].system, "SUC-1");
    // Y on that zone edits its system: the description of the packaging line.
    typed(&mut m, "Y");
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert!(form.title.ends_with("SUC-1"), "{}", form.title);
    // 3-2 is answered per system: the title bar says which.
    update(&mut m, press(KeyCode::Esc), Timestamp::UNIX_EPOCH);
    update(&mut m, press(KeyCode::Esc), Timestamp::UNIX_EPOCH);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.questionnaire().unwrap().id, "iec62443-3-2");
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some(FIRST_SYSTEM_ID));
    typed(&mut m, "z");
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("SUC-1"));
    // Ctrl-Z takes back the zone, then the system, each saved.
    assert_eq!(update(&mut m, ctrl('z'), Timestamp::UNIX_EPOCH), [Effect::Save]);
    assert_eq!(update(&mut m, ctrl('z'), Timestamp::UNIX_EPOCH), [Effect::Save]);
    let a = &m.session.as_ref().unwrap().assessment;
    assert!(a.zones.is_empty());
    assert_eq!(a.systems.len(), 1, "the system added is undone too");
}

/// A system added in the interface survives a reload over a file another program changed, and a
/// team merge takes the systems of both files.
#[test]
fn systems_are_kept_by_the_three_way_reload_and_the_team_merge() {
    use iacs_assess::assessment::{System, three_way};
    let base =
        iacs_assess::assessment::Assessment::new("Works", "en", vec!["iec62443-3-2".into()], Timestamp::UNIX_EPOCH);
    let line = System {
        id: "PKG".into(),
        name: "Packaging line".into(),
        description: String::new(),
    };
    let mut mine = base.clone();
    mine.systems.push(line.clone());
    let mut theirs = base.clone();
    theirs.systems[0].description = "described on the other laptop".into();
    let m = three_way::merge(&base, &mine, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.merged.systems.len(), 2, "mine added PKG");
    assert_eq!(m.merged.systems[0].description, "described on the other laptop");
    assert_eq!(m.merged.systems[1], line);
    let team = iacs_assess::teams::merge::merge(&mine, &theirs, Some(iacs_assess::teams::merge::Prefer::B));
    assert_eq!(team.merged.systems.len(), 2);
}

/// `compare` tells a system added or described anew, and an approval given.
#[test]
fn compare_reports_systems_and_approvals() {
    use iacs_assess::assessment::{Approval, System};
    use iacs_assess::teams::compare::{Direction, compare};
    let catalog = common::catalog();
    let old =
        iacs_assess::assessment::Assessment::new("Works", "en", vec!["iec62443-3-2".into()], Timestamp::UNIX_EPOCH);
    let mut new = old.clone();
    new.systems[0].description = "The works from the intake to the pumps".into();
    new.systems.push(System {
        id: "PKG".into(),
        name: "Packaging line".into(),
        description: String::new(),
    });
    new.approvals.push(Approval {
        system: "PKG".into(),
        by: "P. Owner".into(),
        role: "plant manager".into(),
        date: jiff::civil::date(2026, 12, 1),
        note: String::new(),
        digest: "0".repeat(64),
    });
    let changes = compare(&old, &new, &catalog);
    let seen: Vec<(&str, &str, Direction)> = changes.iter().map(|c| (c.area, c.item.as_str(), c.direction)).collect();
    assert_eq!(
        seen,
        [
            ("system", "PKG", Direction::New),
            ("system", "SUC", Direction::Changed),
            ("approval", "P. Owner 2026-12-01", Direction::New),
        ]
    );
}
