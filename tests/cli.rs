//! The command line end to end, with real files in a temporary folder.

mod common;

use common::cmd;
use iacs_assess::assessment::{AnswerKey, AssessmentFile, storage};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn new_assessment(home: &Path, file: &Path) {
    cmd(home)
        .args(["new"])
        .arg(file)
        .args([
            "-q",
            "iec62443-2-4",
            "-q",
            "iec62443-3-3",
            "--title",
            "Water works 2026",
        ])
        .args([
            "--organisation",
            "Acme Water",
            "--site",
            "North plant",
            "--assessor",
            "A. Auditor",
        ])
        .args(["--target-maturity", "3"])
        .assert()
        .success();
}

#[test]
fn validate_passes_on_the_shipped_content() {
    let home = tempfile::tempdir().unwrap();
    cmd(home.path())
        .arg("validate")
        .assert()
        .success()
        .stdout(predicate::str::contains("OK: 6 questionnaires (515 requirements)"));
}

#[test]
fn validate_reports_each_broken_fixture_with_file_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/validate");
    let mut checked = 0;
    for entry in fs::read_dir(&root).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let assert = cmd(home.path()).current_dir(&dir).args(["validate", "."]).assert();
        if name == "valid" {
            assert.success();
        } else {
            let expected = fs::read_to_string(dir.join("expected.txt")).unwrap();
            let expected = expected.trim();
            assert!(!expected.is_empty(), "{name}: expected.txt is empty");
            assert.code(2).stderr(predicate::str::contains(expected));
        }
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} fixtures");
}

#[test]
fn list_shows_questionnaires_with_counts_and_languages() {
    let home = tempfile::tempdir().unwrap();
    cmd(home.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("iec62443-2-4").and(predicate::str::contains("123 requirements")))
        .stdout(predicate::str::contains("iec62443-2-1").and(predicate::str::contains(" 87 requirements")))
        .stdout(predicate::str::contains("Languages:"));
}

#[test]
fn new_answer_reload_round_trips_every_field() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    new_assessment(home.path(), &file);
    cmd(home.path())
        .args(["zone", "add"])
        .arg(&file)
        .args([
            "--id",
            "Z1",
            "--name",
            "Control",
            "--asset",
            "PLC-1",
            "--sl-t",
            "2,2,1,1,3,1,2",
        ])
        .args(["--justification", "from the 2025 risk assessment"])
        .assert()
        .success();
    cmd(home.path())
        .args(["answer"])
        .arg(&file)
        .args(["-q", "iec62443-2-4", "--item", "SP.01.01 BR", "--value", "ml3"])
        .args([
            "--note",
            "line one\nline two = fine",
            "--evidence",
            "DOC-12",
            "--evidence",
            "Training log 2026",
        ])
        .args(["--interviewee", "B. Engineer", "--assessor", "C. Second", "--flag"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Saved iec62443-2-4 SP.01.01 BR = ml3"));
    cmd(home.path())
        .args(["answer"])
        .arg(&file)
        .args([
            "-q",
            "iec62443-3-3",
            "--zone",
            "Z1",
            "--item",
            "SR 1.1 RE(1)",
            "--value",
            "compensated",
        ])
        .args(["--note", "jump host with MFA in the DMZ"])
        .assert()
        .success();

    let catalog = common::catalog();
    let a = storage::read(&file, &catalog).unwrap();
    assert_eq!(a.assessment.title, "Water works 2026");
    assert_eq!(a.assessment.organisation, "Acme Water");
    assert_eq!(a.assessment.site, "North plant");
    assert_eq!(a.assessment.assessors, ["A. Auditor"]);
    assert_eq!(a.assessment.questionnaires, ["iec62443-2-4", "iec62443-3-3"]);
    assert_eq!(a.targets.maturity, 3);
    assert!(a.risk_model.is_some());
    let z = a.zone("Z1").unwrap();
    assert_eq!(z.assets, ["PLC-1"]);
    assert_eq!(z.sl_t.as_ref().unwrap().vector, [2, 2, 1, 1, 3, 1, 2]);
    let ans = a
        .answer(AnswerKey {
            questionnaire: "iec62443-2-4",
            target: None,
            requirement: "SP.01.01 BR",
        })
        .unwrap();
    assert_eq!(ans.value.as_deref(), Some("ml3"));
    assert_eq!(ans.note, "line one\nline two = fine");
    assert_eq!(ans.evidence, ["DOC-12", "Training log 2026"]);
    assert_eq!(ans.interviewee, "B. Engineer");
    assert_eq!(ans.assessor, "C. Second");
    assert!(ans.flagged);
    let zone_answer = a
        .answer(AnswerKey {
            questionnaire: "iec62443-3-3",
            target: Some("Z1"),
            requirement: "SR 1.1 RE(1)",
        })
        .unwrap();
    assert_eq!(zone_answer.value.as_deref(), Some("compensated"));
    assert_eq!(zone_answer.assessor, "A. Auditor");

    // Written again unchanged, the file is byte-for-byte the same (a stable, diff-friendly format).
    let before = fs::read_to_string(&file).unwrap();
    assert_eq!(storage::to_toml(&a).unwrap(), before);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn the_guided_ladder_proposes_a_level_and_value_overrides_it() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    new_assessment(home.path(), &file);
    let answer = |item: &str, extra: &[&str]| {
        cmd(home.path())
            .arg("answer")
            .arg(&file)
            .args(["-q", "iec62443-2-4", "--item", item])
            .args(extra)
            .assert()
    };
    answer("SP.01.02 BR", &["--ladder", "yes,yes,no"])
        .success()
        .stdout(predicate::str::contains("= ml2"));
    answer("SP.01.03 BR", &["--ladder", "no"])
        .success()
        .stdout(predicate::str::contains("= not-implemented"));
    answer("SP.01.04 BR", &["--ladder", "yes,yes,yes,yes"])
        .success()
        .stdout(predicate::str::contains("= ml4"));
    answer("SP.01.05 BR", &["--ladder", "yes,no", "--value", "ml3"])
        .success()
        .stdout(predicate::str::contains("= ml3"))
        .stderr(predicate::str::contains("The ladder proposes ml1"));
    answer("SP.01.06 BR", &["--ladder", "maybe"]).code(2);
}

#[test]
fn answers_that_do_not_fit_are_refused_with_exit_code_2() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    new_assessment(home.path(), &file);
    let before = fs::read(&file).unwrap();
    let cases: [(&[&str], &str); 6] = [
        (
            &["-q", "iec62443-2-4", "--item", "SP.99 BR", "--value", "ml1"],
            "has no requirement \"SP.99 BR\"",
        ),
        (
            &["-q", "iec62443-2-4", "--item", "sp.01.01 br", "--value", "ml1"],
            "did you mean \"SP.01.01 BR\"",
        ),
        (
            &["-q", "iec62443-2-4", "--item", "SP.01.01 BR", "--value", "met"],
            "allowed: not-implemented, ml1",
        ),
        (
            &["-q", "iec62443-2-4", "--item", "SP.01.01 BR", "--value", "na"],
            "needs a reason",
        ),
        (
            &["-q", "iec62443-3-3", "--item", "SR 1.1", "--value", "met"],
            "answered per zone",
        ),
        (
            &["-q", "iec62443-2-1", "--item", "ORG 1.1", "--value", "ml1"],
            "not in this assessment's scope",
        ),
    ];
    for (args, message) in cases {
        cmd(home.path())
            .arg("answer")
            .arg(&file)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
    assert_eq!(fs::read(&file).unwrap(), before, "a refused answer changed the file");
}

#[test]
fn corrupted_foreign_and_future_files_are_refused_and_left_unchanged() {
    let home = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 5] = [
        ("garbage.toml", b"format = 1\n[assessment\ntitle = ", "garbage.toml:2:"),
        ("future.toml", b"format = 7\n[assessment]\nnew_field = 1\n", "newer iacs-assess"),
        ("foreign.toml", b"[package]\nname = \"x\"\n", "not an iacs-assess assessment"),
        ("binary.toml", &[0x66, 0x6f, 0xff, 0xfe, 0x00], "not UTF-8"),
        (
            "unknown-id.toml",
            b"format = 1\n[assessment]\ntitle = \"t\"\ncreated = \"2026-01-01T00:00:00Z\"\nmodified = \"2026-01-01T00:00:00Z\"\nlanguage = \"en\"\nquestionnaires = [\"iec62443-2-4\"]\n\n[[answer]]\nquestionnaire = \"iec62443-2-4\"\nrequirement = \"SP.77 BR\"\nvalue = \"ml1\"\ntime = \"2026-01-01T00:00:00Z\"\n",
            "unknown-id.toml:9:1: unknown requirement \"SP.77 BR\"",
        ),
    ];
    for (name, bytes, message) in cases {
        let file = home.path().join(name);
        fs::write(&file, bytes).unwrap();
        cmd(home.path())
            .arg("answer")
            .arg(&file)
            .args(["-q", "iec62443-2-4", "--item", "SP.01.01 BR", "--value", "ml1"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        cmd(home.path()).arg("score").arg(&file).assert().code(2);
        assert_eq!(fs::read(&file).unwrap(), bytes, "{name} was changed");
    }
}

#[test]
fn a_second_process_cannot_write_a_file_the_first_holds() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    new_assessment(home.path(), &file);
    let before = fs::read(&file).unwrap();
    let catalog = common::catalog();
    let (held, _) = AssessmentFile::open(&file, &catalog).unwrap();
    cmd(home.path())
        .arg("answer")
        .arg(&file)
        .args(["-q", "iec62443-2-4", "--item", "SP.01.01 BR", "--value", "ml1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is open in another iacs-assess process"));
    assert_eq!(fs::read(&file).unwrap(), before);
    drop(held);
    cmd(home.path())
        .arg("answer")
        .arg(&file)
        .args(["-q", "iec62443-2-4", "--item", "SP.01.01 BR", "--value", "ml1"])
        .assert()
        .success();
}

#[test]
fn a_file_changed_by_another_program_is_not_overwritten() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    new_assessment(home.path(), &file);
    let catalog = common::catalog();
    let (mut held, a) = AssessmentFile::open(&file, &catalog).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let edited = fs::read_to_string(&file)
        .unwrap()
        .replace("Water works 2026", "Edited elsewhere");
    fs::write(&file, &edited).unwrap();
    let err = held.save(&a).unwrap_err();
    assert!(err.to_string().contains("changed by another program"), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), edited);
}

#[test]
fn bad_command_lines_exit_with_2_and_help_with_0() {
    let home = tempfile::tempdir().unwrap();
    cmd(home.path()).arg("--no-such-flag").assert().code(2);
    cmd(home.path()).args(["answer", "x.toml"]).assert().code(2);
    cmd(home.path())
        .args(["new", "x.toml", "-q", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown questionnaire \"nope\""));
    cmd(home.path()).args(["--lang", "!!", "list"]).assert().code(2);
    cmd(home.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes"));
    for sub in [
        "new",
        "open",
        "answer",
        "score",
        "export",
        "validate",
        "list",
        "zone",
        "conduit",
        "scenario",
        "completions",
    ] {
        cmd(home.path()).args([sub, "--help"]).assert().success();
    }
    cmd(home.path())
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("iacs-assess"));
}

#[test]
fn a_broken_config_file_is_reported_with_its_line() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    fs::write(&config, "language = \"de\"\nquestionnaire_dirs = 3\n").unwrap();
    cmd(home.path())
        .arg("--config")
        .arg(&config)
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("config.toml:2:"));
}

#[test]
fn exports_never_change_the_assessment() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    new_assessment(home.path(), &file);
    cmd(home.path())
        .arg("answer")
        .arg(&file)
        .args([
            "-q",
            "iec62443-2-4",
            "--item",
            "SP.01.01 BR",
            "--value",
            "ml2",
            "--note",
            "=HYPERLINK(\"x\")",
        ])
        .assert()
        .success();
    let before = fs::read(&file).unwrap();
    for format in ["json", "csv", "xlsx"] {
        let out = home.path().join(format!("out.{format}"));
        cmd(home.path())
            .arg("export")
            .arg(&file)
            .args(["--format", format, "-o"])
            .arg(&out)
            .assert()
            .success();
        assert!(fs::metadata(&out).unwrap().len() > 100);
    }
    assert_eq!(fs::read(&file).unwrap(), before);
    let csv = fs::read_to_string(home.path().join("out.csv")).unwrap();
    assert!(csv.contains("'=HYPERLINK"), "formula not neutralised: {csv}");
    cmd(home.path())
        .arg("export")
        .arg(&file)
        .args(["--format", "json", "-o"])
        .arg(&file)
        .assert()
        .code(2);
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn zones_conduits_and_scenarios_import_from_csv_all_or_nothing() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.toml");
    new_assessment(home.path(), &file);
    let zones = home.path().join("zones.csv");
    fs::write(
        &zones,
        "id,name,assets,sl_t\nZ1,Enterprise,ERP;Mail,\nZ2,Control,PLC-1;HMI-1,2 2 1 1 3 1 2\n",
    )
    .unwrap();
    let conduits = home.path().join("conduits.csv");
    fs::write(&conduits, "id,from,to\nC1,Z1,Z2\n").unwrap();
    let scenarios = home.path().join("scenarios.csv");
    fs::write(
        &scenarios,
        "id,target,threat,likelihood,impact,residual_likelihood,residual_impact,frs\nS1,Z2,Ransomware,4,5,2,3,1;5\nS2,C1,Spoofed traffic,3,3,,,\n",
    )
    .unwrap();
    for (kind, csv) in [("zone", &zones), ("conduit", &conduits), ("scenario", &scenarios)] {
        cmd(home.path())
            .args([kind, "import"])
            .arg(&file)
            .arg(csv)
            .assert()
            .success();
    }
    let a = storage::read(&file, &common::catalog()).unwrap();
    assert_eq!(a.zones.len(), 2);
    assert_eq!(a.zone("Z1").unwrap().assets, ["ERP", "Mail"]);
    assert_eq!(
        a.zone("Z2").unwrap().sl_t.as_ref().unwrap().vector,
        [2, 2, 1, 1, 3, 1, 2]
    );
    assert_eq!(a.conduits[0].from, "Z1");
    assert_eq!(a.scenarios[0].frs, [1, 5]);
    assert_eq!(a.scenarios[1].residual_impact, None);

    // A bad row is reported with its line; nothing of the file is added.
    let before = fs::read(&file).unwrap();
    let bad = home.path().join("bad.csv");
    fs::write(&bad, "id,target,threat,likelihood,impact\nS3,Z1,ok,1,1\nS4,Z9,unknown zone,2,2\nS5,Z1,too likely,9,1\nS6,Z1,not a number,x,1\n").unwrap();
    cmd(home.path())
        .args(["scenario", "import"])
        .arg(&file)
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.csv:5:4:"))
        .stderr(predicate::str::contains(
            "bad.csv:3: \"Z9\" is neither a zone nor a conduit",
        ))
        .stderr(predicate::str::contains("bad.csv:4: likelihood must be 1 to 5, not 9"));
    assert_eq!(fs::read(&file).unwrap(), before);

    // The same file as a German Excel saves it (byte-order mark, ';', "\r\n"): read alike, and the
    // bad rows named by the same lines (the csv crate alone counts one short after "\r\n").
    let excel = home.path().join("excel.csv");
    let text =
        "id;target;threat;likelihood;impact\r\nS3;Z1;ok;1;1\r\nS4;Z9;unknown zone;2;2\r\nS5;Z1;too likely;9;1\r\n";
    fs::write(&excel, format!("\u{feff}{text}")).unwrap();
    cmd(home.path())
        .args(["scenario", "import"])
        .arg(&file)
        .arg(&excel)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "excel.csv:3: \"Z9\" is neither a zone nor a conduit",
        ))
        .stderr(predicate::str::contains(
            "excel.csv:4: likelihood must be 1 to 5, not 9",
        ));
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn unknown_key_bindings_in_the_config_are_refused() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    fs::write(&config, "[keys]\nfly = \"x\"\n").unwrap();
    let file = home.path().join("a.toml");
    new_assessment(home.path(), &file);
    cmd(home.path())
        .arg("--config")
        .arg(&config)
        .arg("open")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("[keys] fly: no such action"));
}

#[test]
fn workbooks_come_out_in_the_assessments_language() {
    use calamine::{Reader, Xlsx, open_workbook};
    let home = tempfile::tempdir().unwrap();
    for (lang, cover, question_title) in [("de", "Deckblatt", "Anforderung"), ("fr", "Page de garde", "Exigence")] {
        let file = home.path().join(format!("{lang}.toml"));
        cmd(home.path())
            .args(["--lang", lang, "new"])
            .arg(&file)
            .args(["-q", "iec62443-2-4", "--title", "Anlage"])
            .assert()
            .success();
        cmd(home.path())
            .args(["answer"])
            .arg(&file)
            .args([
                "-q",
                "iec62443-2-4",
                "--item",
                "SP.01.01 BR",
                "--value",
                "ml2",
                "--note",
                "=1+1",
            ])
            .assert()
            .success();
        let out = home.path().join(format!("{lang}.xlsx"));
        // The interface speaks English (LC_ALL=C); the workbook follows the assessment.
        cmd(home.path())
            .arg("export")
            .arg(&file)
            .args(["--format", "xlsx", "-o"])
            .arg(&out)
            .assert()
            .success();
        let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
        let names = wb.sheet_names();
        assert_eq!(names[0], cover, "{names:?}");
        assert!(names.iter().all(|n| n.chars().count() <= 31));
        let sheet = wb.worksheet_range("iec62443-2-4").unwrap();
        let header: Vec<String> = sheet.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
        assert!(header.iter().any(|h| h.starts_with(question_title)), "{header:?}");
        let note_cell = sheet
            .rows()
            .find(|r| r.get(1).map(|c| c.to_string()) == Some("SP.01.01 BR".into()))
            .map(|r| r[8].to_string())
            .unwrap();
        assert_eq!(note_cell, "=1+1", "a note beginning with = stays text");
    }
}
