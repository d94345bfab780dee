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
        .stdout(predicate::str::is_match(r"answer\s+iec62443-2-4\s+SP.01.01 BR\s+ml1 -> ml3\s+up").unwrap())
        .stdout(predicate::str::is_match(r"SP.01.02 BR\s+ml3 -> ml1\s+down").unwrap())
        .stdout(predicate::str::is_match(r"gap\s+iec62443-2-4\s+SP.01.01 BR.*gap closed").unwrap())
        .stdout(predicate::str::is_match(r"gap\s+iec62443-2-4\s+SP.01.02 BR.*new gap").unwrap())
        .stdout(predicate::str::contains("iec62443-3-3 / Z1"));
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
    assert_eq!(wb.sheet_names(), ["Changes"]);
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
        ["Maturity by site", "Security levels by site", "Progress by site"]
    );
    let m = wb.worksheet_range("Maturity by site").unwrap();
    let rows: Vec<Vec<String>> = m.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert!(rows[0][1].starts_with("SP.01"));
    assert_eq!((rows[1][0].as_str(), rows[1][1].as_str()), ("North · Works", "3"));
    assert_eq!((rows[2][0].as_str(), rows[2][1].as_str()), ("South · Works", "1"));
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
