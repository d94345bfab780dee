//! Merge, compare and roll-up with real files.

mod common;

use common::run;

use calamine::{Reader, Xlsx, open_workbook};
use iacs_assess::assessment::{AnswerKey, storage};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn new(home: &Path, name: &str, site: &str) -> String {
    common::new_assessment(home, name, site, 1)
}

fn answer(home: &Path, file: &str, q: &str, zone: Option<&str>, item: &str, value: &str) {
    let mut args = vec!["answer", file, "-q", q, "--item", item, "--value", value];
    if let Some(z) = zone {
        args.extend(["--zone", z]);
    }
    run(home, &args).success();
}

#[test]
fn merge_takes_what_only_one_has_and_lists_conflicts() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = new(h, "a.toml", "North");
    let b = h.join("b.toml").to_string_lossy().into_owned();
    fs::copy(&a, &b).unwrap();
    answer(h, &a, "iec62443-2-4", None, "SP.01.01 BR", "ml2");
    answer(h, &a, "iec62443-2-4", None, "SP.01.02 BR", "ml3");
    std::thread::sleep(std::time::Duration::from_millis(20));
    answer(h, &b, "iec62443-2-4", None, "SP.01.02 BR", "ml1");
    answer(h, &b, "iec62443-3-3", Some("Z1"), "SR 1.1", "met");
    run(h, &["zone", "add", &b, "--id", "Z2", "--name", "DMZ"]).success();

    let out = h.join("c.toml").to_string_lossy().into_owned();
    run(h, &["merge", &a, &b, "-o", &out])
        .code(2)
        .stderr(predicate::str::contains(
            "conflict answer iec62443-2-4 SP.01.02 BR: A ml3 | B ml1",
        ))
        .stderr(predicate::str::contains("nothing was written"));
    assert!(!Path::new(&out).exists());

    run(h, &["merge", &a, &b, "-o", &out, "--prefer", "newer"])
        .success()
        .stdout(predicate::str::contains("1 answers only in A, 1 only in B"));
    let c = storage::read(Path::new(&out), &common::catalog()).unwrap();
    let v = |q: &str, t: Option<&str>, r: &str| {
        c.answer(AnswerKey {
            questionnaire: q,
            target: t,
            requirement: r,
        })
        .and_then(|x| x.value.clone())
    };
    assert_eq!(v("iec62443-2-4", None, "SP.01.01 BR").as_deref(), Some("ml2"));
    assert_eq!(
        v("iec62443-2-4", None, "SP.01.02 BR").as_deref(),
        Some("ml1"),
        "B's answer is newer"
    );
    assert_eq!(v("iec62443-3-3", Some("Z1"), "SR 1.1").as_deref(), Some("met"));
    assert!(c.zone("Z2").is_some());

    let out_a = h.join("c2.toml").to_string_lossy().into_owned();
    run(h, &["merge", &a, &b, "-o", &out_a, "--prefer", "a"]).success();
    let c2 = storage::read(Path::new(&out_a), &common::catalog()).unwrap();
    let kept = c2
        .answer(AnswerKey {
            questionnaire: "iec62443-2-4",
            target: None,
            requirement: "SP.01.02 BR",
        })
        .unwrap();
    assert_eq!(kept.value.as_deref(), Some("ml3"));
    // The output is never overwritten.
    run(h, &["merge", &a, &b, "-o", &out_a, "--prefer", "a"])
        .code(2)
        .stderr(predicate::str::contains("already exists"));
}

#[test]
fn compare_shows_levels_up_and_down_and_gaps_opened_and_closed() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let old = new(h, "2025.toml", "North");
    answer(h, &old, "iec62443-2-4", None, "SP.01.01 BR", "ml1");
    answer(h, &old, "iec62443-2-4", None, "SP.01.02 BR", "ml3");
    answer(h, &old, "iec62443-3-3", Some("Z1"), "SR 1.1", "not-met");
    let new_file = h.join("2026.toml").to_string_lossy().into_owned();
    fs::copy(&old, &new_file).unwrap();
    answer(h, &new_file, "iec62443-2-4", None, "SP.01.01 BR", "ml3");
    answer(h, &new_file, "iec62443-2-4", None, "SP.01.02 BR", "ml1");
    answer(h, &new_file, "iec62443-3-3", Some("Z1"), "SR 1.1", "met");
    let xlsx = h.join("changes.xlsx");
    run(h, &["compare", &old, &new_file, "--xlsx", xlsx.to_str().unwrap()])
        .success()
        .stdout(
            predicate::str::is_match(r"Answer\s+iec62443-2-4\s+SP.01.01 BR\s+ML1 Initial -> ML3 Defined\s+up").unwrap(),
        )
        .stdout(predicate::str::is_match(r"SP.01.02 BR\s+ML3 Defined -> ML1 Initial\s+down").unwrap())
        .stdout(predicate::str::is_match(r"Answer\s+iec62443-3-3 / Z1\s+SR 1.1\s+Not met -> Met\s+up").unwrap())
        .stdout(predicate::str::is_match(r"Gap\s+iec62443-2-4\s+SP.01.01 BR\s+gap ->\s+gap closed").unwrap())
        .stdout(predicate::str::is_match(r"Gap\s+iec62443-2-4\s+SP.01.02 BR.*new gap").unwrap())
        .stdout(predicate::str::contains("ml3").not())
        .stdout(predicate::str::contains("not-met").not());
    let json = run(h, &["compare", &old, &new_file, "--json"])
        .success()
        .get_output()
        .stdout
        .clone();
    let changes: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let closed = |c: &&serde_json::Value| {
        c["questionnaire"] == "iec62443-3-3" && c["item"] == "SR 1.1" && c["direction"] == "gap-closed"
    };
    assert!(changes.as_array().unwrap().iter().any(|c| closed(&c)), "{changes:#}");
    let mut wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    assert_eq!(wb.sheet_names(), ["Changes", "Maturity before and after", "Sources"]);
    assert!(wb.worksheet_range("Changes").unwrap().rows().count() > 4);
}

#[test]
fn rollup_puts_sites_side_by_side() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let north = new(h, "north.toml", "North");
    let south = new(h, "south.toml", "South");
    answer(h, &north, "iec62443-2-4", None, "SP.01.01 BR", "ml3");
    answer(h, &south, "iec62443-2-4", None, "SP.01.01 BR", "ml1");
    let out = h.join("portfolio.xlsx");
    run(h, &["rollup", &north, &south, "-o", out.to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains("2 sites"));
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Overview",
            "Maturity by site",
            "Security levels by site",
            "Progress by site",
            "Sources"
        ]
    );
    // One row per group, one column per site, named with its file and the day of its last change.
    let m = wb.worksheet_range("Maturity by site").unwrap();
    let rows: Vec<Vec<String>> = m.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(rows[0][3], format!("North (north.toml, {})", saved_on(&north)));
    assert_eq!(rows[0][4], format!("South (south.toml, {})", saved_on(&south)));
    let sp01 = rows.iter().find(|r| r[1] == "SP.01").unwrap();
    assert_eq!(
        (sp01[0].as_str(), sp01[3].as_str(), sp01[4].as_str()),
        ("iec62443-2-4", "3", "1")
    );
    assert!(
        !rows.iter().any(|r| r[0] == "iec62443-3-2" || r[0] == "iec62443-3-3"),
        "only questionnaires answered with maturity levels"
    );
    // A broken input is named and nothing is written.
    let bad = h.join("bad.toml");
    fs::write(&bad, "format = 1\n[assessment\n").unwrap();
    let out2 = h.join("p2.xlsx");
    run(
        h,
        &["rollup", &north, bad.to_str().unwrap(), "-o", out2.to_str().unwrap()],
    )
    .code(2)
    .stderr(predicate::str::contains("bad.toml:2:"));
    assert!(!out2.exists());
}

/// The day (UTC) the assessment file `path` was last changed, as the rollup names it.
fn saved_on(path: &str) -> String {
    let a = storage::read(Path::new(path), &common::catalog()).unwrap();
    a.assessment.modified.strftime("%Y-%m-%d").to_string()
}

/// Put `actions` into the assessment file `path` as it is and mark it modified at `modified`.
fn with_actions(path: &str, actions: Vec<iacs_assess::assessment::Action>, modified: &str) {
    let mut a = storage::read(Path::new(path), &common::catalog()).unwrap();
    for x in actions {
        a.set_action(x);
    }
    a.assessment.modified = modified.parse().unwrap();
    iacs_assess::assessment::disk::write_durably(Path::new(path), storage::to_toml(&a).unwrap().as_bytes()).unwrap();
}

fn at(s: &str) -> jiff::Timestamp {
    s.parse().unwrap()
}

/// (status, by) of each entry of an action's history, and its status, owner and due date.
fn trail(path: &str, id: &str) -> (Vec<(String, String)>, String, String, String) {
    let a = storage::read(Path::new(path), &common::catalog()).unwrap();
    let x = a.action(id).unwrap();
    (
        x.history
            .iter()
            .map(|h| (h.status.name().to_string(), h.by.clone()))
            .collect(),
        x.status.name().to_string(),
        x.owner.clone(),
        x.due.map(|d| d.to_string()).unwrap_or_default(),
    )
}

#[test]
fn merge_keeps_two_peoples_plan_changes_and_lists_the_real_conflict() {
    use iacs_assess::assessment::{Action, ActionStatus};
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    // The plan both start from: A-01 proposed, A-02 planned for the end of the year.
    let a = new(h, "ana.toml", "North");
    let base_01 = Action::new(
        "A-01",
        "Segment the cell",
        ActionStatus::Proposed,
        "lead",
        at("2026-11-01T08:00:00Z"),
    );
    let mut base_02 = Action::new(
        "A-02",
        "Harden the historian",
        ActionStatus::Planned,
        "lead",
        at("2026-11-01T08:00:00Z"),
    );
    base_02.due = Some("2026-12-31".parse().unwrap());
    with_actions(&a, vec![base_01.clone(), base_02.clone()], "2026-11-01T08:00:00Z");
    let b = h.join("ben.toml").to_string_lossy().into_owned();
    fs::copy(&a, &b).unwrap();

    // Ana names the owner of A-01, starts A-02 and moves its date to mid-January.
    let mut ana_01 = base_01.clone();
    ana_01.owner = "OT team".into();
    let mut ana_02 = base_02.clone();
    ana_02.set_status(ActionStatus::InProgress, "ana", at("2026-11-03T10:00:00Z"));
    ana_02.due = Some("2027-01-15".parse().unwrap());
    with_actions(&a, vec![ana_01, ana_02], "2026-11-03T10:00:00Z");
    // Ben plans A-01 and moves A-02 to the end of January: the same field, another value.
    let mut ben_01 = base_01.clone();
    ben_01.set_status(ActionStatus::Planned, "ben", at("2026-11-04T09:00:00Z"));
    let mut ben_02 = base_02.clone();
    ben_02.due = Some("2027-01-31".parse().unwrap());
    with_actions(&b, vec![ben_01, ben_02], "2026-11-04T09:00:00Z");

    // Without a rule: the due date of A-02 is the one conflict, listed with both sides; A-01 is not.
    let out = h.join("merged.toml").to_string_lossy().into_owned();
    let refused = run(h, &["merge", &a, &b, "-o", &out]).code(2);
    let stderr = String::from_utf8_lossy(&refused.get_output().stderr).into_owned();
    let conflicts: Vec<&str> = stderr.lines().filter(|l| l.starts_with("conflict")).collect();
    assert_eq!(
        conflicts,
        [r#"conflict action A-02: A due = "2027-01-15" | B due = "2027-01-31""#],
        "{stderr}"
    );
    assert!(stderr.contains("nothing was written"));
    assert!(!Path::new(&out).exists());
    // The other way round the sides swap.
    let refused = run(h, &["merge", &b, &a, "-o", &out]).code(2);
    assert!(
        String::from_utf8_lossy(&refused.get_output().stderr)
            .contains(r#"conflict action A-02: A due = "2027-01-31" | B due = "2027-01-15""#)
    );

    let both_histories_01 = vec![
        ("proposed".to_string(), "lead".to_string()),
        ("planned".into(), "ben".into()),
    ];
    let both_histories_02 = vec![
        ("planned".to_string(), "lead".to_string()),
        ("in-progress".into(), "ana".into()),
    ];
    // Either order, any rule: A-01 has Ana's owner and Ben's status with both in its history;
    // A-02 keeps Ana's status change whichever due date the rule takes.
    for (first, second, prefer, due) in [
        (&a, &b, "newer", "2027-01-31"),
        (&b, &a, "newer", "2027-01-31"),
        (&a, &b, "a", "2027-01-15"),
        (&b, &a, "a", "2027-01-31"),
        (&a, &b, "b", "2027-01-31"),
    ] {
        let out = h.join(format!("merged-{prefer}-{}.toml", first.ends_with("ana.toml")));
        let out = out.to_string_lossy().into_owned();
        run(h, &["merge", first, second, "-o", &out, "--prefer", prefer])
            .success()
            .stderr(predicate::str::contains("conflict action A-02"))
            .stderr(predicate::str::contains("conflict action A-01").not());
        let case = format!("{first} {second} --prefer {prefer}");
        assert_eq!(
            trail(&out, "A-01"),
            (
                both_histories_01.clone(),
                "planned".into(),
                "OT team".into(),
                String::new()
            ),
            "{case}"
        );
        assert_eq!(
            trail(&out, "A-02"),
            (
                both_histories_02.clone(),
                "in-progress".into(),
                String::new(),
                due.into()
            ),
            "{case}"
        );
    }
}

fn action(
    id: &str,
    title: &str,
    status: iacs_assess::assessment::ActionStatus,
    due: Option<&str>,
) -> iacs_assess::assessment::Action {
    let mut x = iacs_assess::assessment::Action::new(id, title, status, "ana", at("2026-11-01T08:00:00Z"));
    x.due = due.map(|d| d.parse().unwrap());
    x
}

#[test]
fn compare_reports_actions_opened_closed_and_slipped() {
    use iacs_assess::assessment::ActionStatus::*;
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    // Saved on 10 December: A-02 is overdue already, A-05 (due on the 20th) not yet.
    let old = new(h, "december.toml", "North");
    with_actions(
        &old,
        vec![
            action("A-01", "Segment the cell", Proposed, None),
            action("A-02", "Harden the historian", Planned, Some("2026-11-30")),
            action("A-03", "Patch the PLCs", InProgress, Some("2026-12-15")),
            action("A-04", "Train the operators", Planned, None),
            action("A-05", "Back up the SCADA servers", Planned, Some("2026-12-20")),
            action("A-07", "Review the firewall rules", Planned, Some("2027-03-01")),
        ],
        "2026-12-10T16:00:00Z",
    );
    // Saved on 21 December: A-01 accepted, A-02 moved to January, A-03 done, A-04 gone, A-05
    // now overdue, A-06 proposed, A-07 started (a change, not an opening).
    let new_file = h.join("christmas.toml").to_string_lossy().into_owned();
    let mut a = storage::read(Path::new(&old), &common::catalog()).unwrap();
    a.remove_action("A-04");
    let later = at("2026-12-21T09:00:00Z");
    a.action_mut("A-01").unwrap().set_status(Planned, "ben", later);
    a.action_mut("A-02").unwrap().due = Some("2027-01-31".parse().unwrap());
    a.action_mut("A-03").unwrap().set_status(Done, "ben", later);
    a.action_mut("A-07").unwrap().set_status(InProgress, "ben", later);
    a.set_action(action("A-06", "Log remote access", Proposed, None));
    a.assessment.modified = later;
    iacs_assess::assessment::disk::write_durably(Path::new(&new_file), storage::to_toml(&a).unwrap().as_bytes())
        .unwrap();

    let json = run(h, &["compare", &old, &new_file, "--json"])
        .success()
        .get_output()
        .stdout
        .clone();
    let changes: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let actions: Vec<(String, String, String, String, String)> = changes
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["area"] == "action")
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (s("item"), s("direction"), s("old"), s("new"), s("title"))
        })
        .collect();
    let row = |id: &str, d: &str, o: &str, n: &str, t: &str| (id.into(), d.into(), o.into(), n.into(), t.into());
    assert_eq!(
        actions,
        [
            row("A-01", "opened", "proposed", "planned", "Segment the cell"),
            row("A-02", "slipped", "2026-11-30", "2027-01-31", "Harden the historian"),
            row("A-03", "closed", "in-progress", "done", "Patch the PLCs"),
            row("A-04", "removed", "planned", "", "Train the operators"),
            row("A-05", "slipped", "2026-12-20", "overdue", "Back up the SCADA servers"),
            row("A-06", "opened", "", "proposed", "Log remote access"),
            row("A-07", "changed", "planned", "in-progress", "Review the firewall rules"),
        ]
    );
    // The table names them with their titles; the workbook has them too.
    let xlsx = h.join("changes.xlsx");
    run(h, &["compare", &old, &new_file, "--xlsx", xlsx.to_str().unwrap()])
        .success()
        .stdout(predicate::str::is_match(r"Action\s+A-01\s+proposed -> planned\s+opened  Segment the cell").unwrap())
        .stdout(predicate::str::is_match(r"A-03\s+in progress -> done\s+closed  Patch the PLCs").unwrap())
        .stdout(predicate::str::is_match(r"A-05\s+2026-12-20 -> overdue\s+slipped  Back up").unwrap());
    let mut wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let rows: Vec<Vec<String>> = wb
        .worksheet_range("Changes")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0][7], "Title");
    let a02 = rows.iter().find(|r| r[3] == "A-02").unwrap();
    assert_eq!(
        a02[4..],
        ["2026-11-30", "2027-01-31", "slipped", "Harden the historian"]
    );
}

#[test]
fn rollup_shows_plan_progress_per_site() {
    use iacs_assess::assessment::ActionStatus::*;
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let north = new(h, "north.toml", "North");
    let south = new(h, "south.toml", "South");
    with_actions(
        &north,
        vec![
            action("A-01", "Segment the cell", Done, Some("2020-01-31")),
            action("A-02", "Harden the historian", InProgress, Some("2020-06-30")),
            action("A-03", "Patch the PLCs", Planned, Some("2099-12-31")),
            action("A-04", "Train the operators", Dropped, Some("2020-01-31")),
            action("A-05", "Log remote access", Proposed, None),
        ],
        "2026-12-01T08:00:00Z",
    );
    let out = h.join("portfolio.xlsx");
    run(h, &["rollup", &north, &south, "-o", out.to_str().unwrap()]).success();
    let south_label = format!("South (south.toml, {})", saved_on(&south));
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    assert!(wb.sheet_names().iter().any(|n| n == "Plan by site"));
    let rows: Vec<Vec<String>> = wb
        .worksheet_range("Plan by site")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        rows,
        [
            [
                "Site",
                "Actions",
                "Proposed",
                "Planned",
                "In progress",
                "Done",
                "Dropped",
                "Overdue"
            ],
            ["North (north.toml, 2026-12-01)", "5", "1", "1", "1", "1", "1", "1"],
            [south_label.as_str(), "0", "0", "0", "0", "0", "0", "0"],
        ],
        "only the action in progress is overdue (done and dropped ones never are)"
    );
}
