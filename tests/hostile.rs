//! Hostile and broken input: a corpus of bad files (tests/fixtures/hostile, made by make.py there),
//! and bad Fluent files, questionnaires and workbooks made here. Every one gives a clear error that
//! names the file (and line and column where there is one), exit code 2, and changes no file.

mod common;

use predicates::prelude::*;
use rust_xlsxwriter::{Formula, Workbook};
use std::fs;
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

#[test]
fn every_broken_assessment_is_refused_with_its_place_and_left_unchanged() {
    let home = tempfile::tempdir().unwrap();
    let expected = fs::read_to_string(corpus().join("expected.tsv")).unwrap();
    let mut count = 0;
    for line in expected.lines() {
        let (name, message) = line.split_once('\t').unwrap();
        // Work on a copy, so a bug could not damage the corpus itself.
        let file = home.path().join(name);
        fs::copy(corpus().join("assessments").join(name), &file).unwrap();
        let before = fs::read(&file).unwrap();
        common::cmd(home.path())
            .arg("score")
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message).and(predicate::str::contains(name)));
        common::cmd(home.path())
            .arg("answer")
            .arg(&file)
            .args(["-q", "iec62443-2-4", "--item", "SP.01.01 BR", "--value", "ml1"])
            .assert()
            .code(2);
        common::cmd(home.path())
            .arg("export")
            .arg(&file)
            .args(["--format", "json", "-o"])
            .arg(home.path().join("x.json"))
            .assert()
            .code(2);
        assert_eq!(fs::read(&file).unwrap(), before, "{name} was changed");
        count += 1;
    }
    assert!(count >= 40, "only {count} cases");
}

#[test]
fn a_folder_or_a_missing_file_is_refused() {
    let home = tempfile::tempdir().unwrap();
    common::cmd(home.path())
        .arg("score")
        .arg(home.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read the file"));
    common::cmd(home.path())
        .arg("score")
        .arg(home.path().join("nope.toml"))
        .assert()
        .code(2);
    common::cmd(home.path())
        .arg("open")
        .arg(home.path().join("nope.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such file"));
}

fn locale_case(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let root = dir.join(name);
    fs::create_dir_all(root.join("en")).unwrap();
    fs::write(root.join("en").join("ui.ftl"), bytes).unwrap();
    root
}

#[test]
fn broken_fluent_files_are_refused_with_their_place() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let deep = format!("a = {}\"x\"{}\n", "{ ".repeat(50_000), " }".repeat(50_000));
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("syntax", b"ok = fine\n  [junk\n".to_vec(), "ui.ftl:2:"),
        ("deep", deep.into_bytes(), "nested deeper"),
        ("latin1", b"app-name = Stra\xdfe\n".to_vec(), "not valid UTF-8"),
        (
            "unknown-message",
            b"no-such-message-anywhere = x\n".to_vec(),
            "unknown message \"no-such-message-anywhere\"",
        ),
        ("unterminated", b"a = { $x\n".to_vec(), "ui.ftl:"),
    ];
    for (name, bytes, message) in cases {
        let dir = locale_case(h, name, &bytes);
        let before = fs::read(dir.join("en/ui.ftl")).unwrap();
        common::cmd(h)
            .arg("validate")
            .arg(&dir)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        // The same folder given as an overlay to any command is refused too.
        common::cmd(h)
            .arg("--locales")
            .arg(&dir)
            .arg("list")
            .assert()
            .code(if name == "unknown-message" { 0 } else { 2 });
        assert_eq!(fs::read(dir.join("en/ui.ftl")).unwrap(), before);
    }
}

#[test]
fn broken_questionnaires_are_refused_with_their_place() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("cycle", b"format = 1\n[questionnaire]\nid = \"c\"\nstandard = \"s\"\nscope = \"organisation\"\nscale = \"maturity\"\n[[group]]\nid = \"A\"\nparent = \"B\"\n[[group]]\nid = \"B\"\nparent = \"A\"\n".to_vec(), "lies inside itself"),
        ("binary", vec![0xff, 0xfe, 0x00, 0x41], "not valid UTF-8"),
        ("bad-scope", b"format = 1\n[questionnaire]\nid = \"c\"\nstandard = \"s\"\nscope = \"galaxy\"\nscale = \"maturity\"\n".to_vec(), "q.toml:5:"),
        ("id-with-space", b"format = 1\n[questionnaire]\nid = \"My Q\"\nstandard = \"s\"\nscope = \"organisation\"\nscale = \"maturity\"\n".to_vec(), "lowercase letters"),
    ];
    for (name, bytes, message) in cases {
        let dir = h.join(name);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("q.toml"), &bytes).unwrap();
        common::cmd(h)
            .arg("validate")
            .arg(&dir)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        assert_eq!(fs::read(dir.join("q.toml")).unwrap(), bytes);
    }
}

#[test]
fn broken_workbooks_are_refused_cell_by_cell_and_the_assessment_is_untouched() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = h.join("a.toml");
    common::cmd(h)
        .arg("new")
        .arg(&a)
        .args(["-q", "iec62443-2-4"])
        .assert()
        .success();
    let before = fs::read(&a).unwrap();
    let book = |name: &str, fill: &dyn Fn(&mut Workbook)| {
        let path = h.join(name);
        let mut wb = Workbook::new();
        fill(&mut wb);
        wb.save(&path).unwrap();
        path
    };
    let not_zip = h.join("not-zip.xlsx");
    fs::write(&not_zip, b"PK\x03\x04 but not really").unwrap();
    let only_lists = book("only-lists.xlsx", &|wb| {
        wb.add_worksheet()
            .set_name("lists")
            .unwrap()
            .write_string(0, 0, "maturity")
            .unwrap();
    });
    let formula = book("formula.xlsx", &|wb| {
        let ws = wb.add_worksheet();
        ws.write_string(1, 0, "iec62443-2-4").unwrap();
        ws.write_string(1, 2, "SP.01.01 BR").unwrap();
        ws.write_formula(1, 6, Formula::new("=\"ml\"&\"2\"")).unwrap();
    });
    let wrong = book("wrong-cells.xlsx", &|wb| {
        let ws = wb.add_worksheet();
        ws.write_string(1, 0, "iec62443-2-4").unwrap();
        ws.write_string(1, 2, "SP.01.01 BR").unwrap();
        ws.write_number(1, 6, 3.0).unwrap();
        ws.write_string(2, 0, "iec62443-2-4").unwrap();
        ws.write_string(2, 2, "Not an id").unwrap();
    });
    for (path, message) in [
        (&not_zip, "cannot read the workbook"),
        (&only_lists, "no questionnaire sheets"),
        (&formula, "holds a formula"),
        (&wrong, "cell C3"),
    ] {
        common::cmd(h)
            .arg("import")
            .arg(&a)
            .arg("--from")
            .arg(path)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        assert_eq!(fs::read(&a).unwrap(), before, "{}", path.display());
    }
}
