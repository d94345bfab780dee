//! `iacs-assess answer FILE --from answers.csv|answers.json`, end to end with real files: an export
//! edited and fed back, bad rows by line, --partial, JSON, hostile files, another program writing.

mod common;

use common::{cmd, run};
use iacs_assess::assessment::{Answer, AnswerKey, Assessment, storage};
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

const Q33: &str = "iec62443-3-3";
const Q24: &str = "iec62443-2-4";

fn read(file: &str) -> Assessment {
    storage::read(Path::new(file), &common::catalog()).expect("the assessment reads")
}

fn answer<'a>(a: &'a Assessment, q: &str, target: Option<&str>, r: &str) -> &'a Answer {
    a.answer(AnswerKey {
        questionnaire: q,
        target,
        requirement: r,
    })
    .unwrap_or_else(|| panic!("no answer {q} {target:?} {r}"))
}

/// An assessment with a few answers of every kind: plain, with interviewee and evidence holding
/// "; ", a note that looks like a formula, a note that starts with an apostrophe, flagged, and
/// one without a value.
fn answered(home: &Path) -> String {
    let file = common::new_assessment(home, "a.toml", "", 2);
    let give = |args: &[&str]| {
        let mut all = vec!["answer", file.as_str()];
        all.extend(args);
        all.extend(["--assessor", "First Assessor"]);
        run(home, &all).success();
    };
    give(&[
        "-q",
        Q24,
        "--item",
        "SP.01.01 BR",
        "--value",
        "ml3",
        "--interviewee",
        "B. Engineer",
    ]);
    give(&[
        "-q",
        Q24,
        "--item",
        "SP.01.02 BR",
        "--value",
        "ml2",
        "--evidence",
        "DOC-1; part 2",
        "--evidence",
        "DOC-2",
    ]);
    give(&[
        "-q",
        Q24,
        "--item",
        "SP.01.03 BR",
        "--value",
        "na",
        "--note",
        "=1+1 is not a formula",
    ]);
    give(&[
        "-q",
        Q33,
        "--zone",
        "Z1",
        "--item",
        "SR 1.1",
        "--value",
        "met",
        "--note",
        "'quoted' and -1",
        "--flag",
    ]);
    give(&[
        "-q",
        Q33,
        "--zone",
        "Z1",
        "--item",
        "SR 1.2",
        "--value",
        "compensated",
        "--note",
        "jump host",
    ]);
    file
}

fn export(home: &Path, file: &str, format: &str) -> PathBuf {
    let out = home.join(format!("export.{format}"));
    run(
        home,
        &[
            "export",
            file,
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
            "--force",
        ],
    )
    .success();
    out
}

/// The export's rows, parsed (the header first).
fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_path(path).unwrap();
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn write_csv(path: &Path, rows: &[Vec<String>]) {
    let mut w = csv::Writer::from_path(path).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
}

/// The row of `rows` for requirement `r` (column 2 of the export).
fn row_of(rows: &mut [Vec<String>], r: &str) -> usize {
    rows.iter().position(|row| row[2] == r).unwrap()
}

fn from(home: &Path, file: &str, answers: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut args = vec![
        "answer",
        file,
        "--from",
        answers.to_str().unwrap(),
        "--assessor",
        "Second Assessor",
    ];
    args.extend(extra);
    run(home, &args)
}

#[test]
fn an_unchanged_export_changes_nothing_and_an_edited_one_exactly_its_edits() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    let before_bytes = fs::read(&file).unwrap();
    let before = read(&file);
    let csv = export(h, &file, "csv");
    from(h, &file, &csv, &[])
        .success()
        .stdout(predicate::str::contains("5 answers in").and(predicate::str::contains(": 0 changed, 5 unchanged.")));
    assert_eq!(
        fs::read(&file).unwrap(),
        before_bytes,
        "an unchanged export leaves the file as it was"
    );

    // In the spreadsheet: a value changed (with who said it), a note changed, a flag taken off,
    // a value emptied, and a new answer in a row of its own. Titles, times and assessors are
    // edited too: they are read only.
    let mut rows = csv_rows(&csv);
    assert_eq!(rows[0][4], "value");
    let i = row_of(&mut rows, "SP.01.01 BR");
    rows[i][4] = "ml4".into();
    rows[i][7] = "C. Operator".into();
    rows[i][3] = "a title typed over".into();
    let i = row_of(&mut rows, "SP.01.02 BR");
    rows[i][5] = "a new note".into();
    rows[i][8] = "Someone Else".into();
    rows[i][9] = "2001-01-01T00:00:00Z".into();
    let i = row_of(&mut rows, "SR 1.1");
    rows[i][10] = "false".into();
    let i = row_of(&mut rows, "SR 1.2");
    rows[i][4] = String::new();
    let mut new_row = vec![String::new(); rows[0].len()];
    new_row[0] = Q33.into();
    new_row[1] = "Z1".into();
    new_row[2] = "SR 2.1".into();
    new_row[4] = "Not met".into(); // a label, not an id
    rows.push(new_row);
    let edited = h.join("edited.csv");
    write_csv(&edited, &rows);
    from(h, &file, &edited, &[])
        .success()
        .stdout(predicate::str::contains("6 answers in").and(predicate::str::contains(": 5 changed, 1 unchanged.")));

    let after = read(&file);
    let changed = |q: &str, t: Option<&str>, r: &str| (answer(&before, q, t, r), answer(&after, q, t, r));
    // The value: given again by the row's interviewee, recorded by this command's assessor.
    let (old, new) = changed(Q24, None, "SP.01.01 BR");
    assert_eq!(new.value.as_deref(), Some("ml4"));
    assert_eq!(
        (new.interviewee.as_str(), new.assessor.as_str()),
        ("C. Operator", "Second Assessor")
    );
    assert!(new.time > old.time);
    // The note: an edit; who gave the value, and when, stay.
    let (old, new) = changed(Q24, None, "SP.01.02 BR");
    assert_eq!(new.note, "a new note");
    assert_eq!(
        new.evidence,
        ["DOC-1; part 2", "DOC-2"],
        "evidence as exported is kept whole"
    );
    assert_eq!(
        (new.value.as_ref(), new.assessor.as_str(), new.time),
        (old.value.as_ref(), "First Assessor", old.time)
    );
    assert_eq!(new.edited_by, "Second Assessor");
    let (old, new) = changed(Q33, Some("Z1"), "SR 1.1");
    assert!(!new.flagged);
    assert_eq!(
        (&new.note, new.time),
        (&old.note, old.time),
        "the apostrophe of the note is its own"
    );
    let (_, new) = changed(Q33, Some("Z1"), "SR 1.2");
    assert_eq!(new.value, None, "an empty value cell clears the value");
    assert_eq!(new.note, "jump host");
    let new = answer(&after, Q33, Some("Z1"), "SR 2.1");
    assert_eq!(
        (new.value.as_deref(), new.assessor.as_str()),
        (Some("not-met"), "Second Assessor")
    );
    // Every other answer exactly as it was, and no other.
    let untouched = |a: &Assessment| -> Vec<Answer> {
        a.answers()
            .iter()
            .filter(|x| !["SP.01.01 BR", "SP.01.02 BR", "SR 1.1", "SR 1.2", "SR 2.1"].contains(&x.requirement.as_str()))
            .cloned()
            .collect()
    };
    assert_eq!(untouched(&after), untouched(&before));
    assert_eq!(after.answers().len(), before.answers().len() + 1);
    assert_eq!(
        answer(&after, Q24, None, "SP.01.03 BR"),
        answer(&before, Q24, None, "SP.01.03 BR")
    );

    // Fed back once more, the edited file changes nothing.
    let again = fs::read(&file).unwrap();
    from(h, &file, &edited, &[])
        .success()
        .stdout(predicate::str::contains(": 0 changed, 6 unchanged."));
    assert_eq!(fs::read(&file).unwrap(), again);
}

#[test]
fn bad_rows_are_listed_by_line_all_at_once_and_nothing_is_written() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    let before = fs::read(&file).unwrap();
    let answers = h.join("answers.csv");
    fs::write(
        &answers,
        "questionnaire,target,requirement,value,note\n\
         iec62443-3-3,Z1,SR 3.1,met,\n\
         iec62443-9-9,Z1,SR 1.1,met,\n\
         iec62443-3-3,Z1,SR 99.1,met,\n\
         iec62443-3-3,Z1,SR 3.2,ml3,\n\
         iec62443-3-3,Z9,SR 3.3,met,\n\
         iec62443-3-3,Z1,SR 3.4,na,\n\
         iec62443-3-3,Z1,SR 3.5,compensated,  \n\
         iec62443-3-3,Z1,SR 3.1,not-met,\n\
         iec62443-2-4,Z1,SP.01.01 BR,ml1,\n\
         iec62443-3-3,,SR 3.6,met,\n",
    )
    .unwrap();
    let a = answers.display().to_string();
    let assert = from(h, &file, &answers, &[]).code(2);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for expected in [
        format!("{a}: 9 rows cannot be taken; nothing was written"),
        format!("{a}:3: column \"questionnaire\": unknown questionnaire \"iec62443-9-9\""),
        format!("{a}:4: column \"requirement\": iec62443-3-3 has no requirement \"SR 99.1\""),
        format!(
            "{a}:5: column \"value\": \"ml3\" is not an answer for SR 3.2 (allowed: met, not-met, compensated, na)"
        ),
        format!("{a}:6: column \"target\": \"Z9\" is neither a zone nor a conduit"),
        format!("{a}:7: column \"note\": the answer for SR 3.4 needs a reason"),
        format!("{a}:8: column \"note\": the answer for SR 3.5 needs a reason"),
        format!("{a}:9: column \"requirement\": SR 3.1 is answered a second time (first in line 2)"),
        format!("{a}:10: column \"target\": iec62443-2-4 is answered for the whole organisation, not for \"Z1\""),
        format!("{a}:11: column \"target\": iec62443-3-3 is answered per zone, but the row names none"),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    }
    assert_eq!(fs::read(&file).unwrap(), before, "all or nothing");

    // --partial: the good row is written, the others listed, exit code 2 all the same.
    let assert = from(h, &file, &answers, &["--partial"]).code(2);
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(
        out.contains(": 1 changed, 0 unchanged, 9 not taken (listed below)."),
        "{out}"
    );
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(err.contains("9 rows were not taken; the others were written."), "{err}");
    assert!(err.contains(&format!("{a}:5: column \"value\"")), "{err}");
    let after = read(&file);
    assert_eq!(
        answer(&after, Q33, Some("Z1"), "SR 3.1").value.as_deref(),
        Some("met"),
        "the first of the two"
    );
    assert_eq!(after.answers().len(), 6);
}

#[test]
fn unknown_and_missing_columns_are_refused_naming_them() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    let answers = h.join("answers.csv");
    fs::write(&answers, "questionnaire,requirment,value,colour\nq,r,v,red\n").unwrap();
    let assert = from(h, &file, &answers, &[]).code(2);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(err.contains(":1: column 2: unknown column \"requirment\""), "{err}");
    assert!(err.contains(":1: column 4: unknown column \"colour\""), "{err}");
    assert!(err.contains(":1: no column \"requirement\""), "{err}");
}

#[test]
fn columns_left_out_keep_what_the_answers_have() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    let before = read(&file);
    let answers = h.join("flags.csv");
    fs::write(
        &answers,
        "questionnaire,requirement,flagged\niec62443-2-4,SP.01.01 BR,yes\niec62443-2-4,SP.01.02 BR,ja\n",
    )
    .unwrap();
    from(h, &file, &answers, &[])
        .success()
        .stdout(predicate::str::contains(": 2 changed, 0 unchanged."));
    let after = read(&file);
    for r in ["SP.01.01 BR", "SP.01.02 BR"] {
        let (old, new) = (answer(&before, Q24, None, r), answer(&after, Q24, None, r));
        assert!(new.flagged);
        assert_eq!(
            (&new.value, &new.note, &new.evidence, &new.interviewee, new.time),
            (&old.value, &old.note, &old.evidence, &old.interviewee, old.time)
        );
    }
}

#[test]
fn json_answers_and_a_json_export_are_read_with_each_object_placed() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    let before_bytes = fs::read(&file).unwrap();
    // The export's own answers: nothing changes.
    let json = export(h, &file, "json");
    from(h, &file, &json, &[])
        .success()
        .stdout(predicate::str::contains(": 0 changed, 5 unchanged."));
    assert_eq!(fs::read(&file).unwrap(), before_bytes);

    let answers = h.join("answers.json");
    fs::write(
        &answers,
        r#"[
  {"questionnaire": "iec62443-3-3", "target": "Z1", "requirement": "SR 4.1", "value": "met",
   "evidence": ["FW-1", "FW-2"], "interviewee": "D. Admin"},
  {"questionnaire": "iec62443-2-4", "requirement": "SP.01.01 BR", "value": null},
    {"questionnaire": "iec62443-3-3", "target": "Z1", "requirement": "SR 4.2", "value": "ml2", "colour": 3}
]"#,
    )
    .unwrap();
    let a = answers.display().to_string();
    let assert = from(h, &file, &answers, &[]).code(2);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(err.contains(&format!("{a}:5:5: unknown field \"colour\"")), "{err}");
    assert_eq!(fs::read(&file).unwrap(), before_bytes);
    let fixed = fs::read_to_string(&answers)
        .unwrap()
        .replace(r#", "colour": 3"#, "")
        .replace("ml2", "not-met");
    fs::write(&answers, fixed).unwrap();
    from(h, &file, &answers, &[])
        .success()
        .stdout(predicate::str::contains(": 3 changed, 0 unchanged."));
    let after = read(&file);
    let new = answer(&after, Q33, Some("Z1"), "SR 4.1");
    assert_eq!(
        (new.evidence.as_slice(), new.interviewee.as_str()),
        (&["FW-1".to_string(), "FW-2".to_string()][..], "D. Admin")
    );
    let cleared = answer(&after, Q24, None, "SP.01.01 BR");
    assert_eq!(
        (cleared.value.as_deref(), cleared.assessor.as_str()),
        (None, "Second Assessor"),
        "null clears, and the clearing is stamped"
    );

    fs::write(&answers, "[{\"questionnaire\": \"x\",}]").unwrap();
    from(h, &file, &answers, &[])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{a}:1:24: cannot read the JSON: key must be a string\n"
        )));
}

#[test]
fn a_german_excel_file_with_bom_semicolons_and_labels_is_read() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    let answers = h.join("excel.csv");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(
        "questionnaire;target;requirement;value;note;flagged\r\n\
         iec62443-3-3;Z1;SR 5.1;Erf\u{fc}llt;\"Zugang \"\"nur\"\" \u{fc}ber VPN; und Jumphost\r\nzweite Zeile\";ja\r\n\
         iec62443-3-3;Z1;SR 5.2;Nicht anwendbar;=1+1;nein\r\n"
            .as_bytes(),
    );
    fs::write(&answers, bytes).unwrap();
    from(h, &file, &answers, &[])
        .success()
        .stdout(predicate::str::contains(": 2 changed, 0 unchanged."));
    let after = read(&file);
    let a = answer(&after, Q33, Some("Z1"), "SR 5.1");
    assert_eq!(a.value.as_deref(), Some("met"));
    assert_eq!(a.note, "Zugang \"nur\" \u{fc}ber VPN; und Jumphost\nzweite Zeile");
    assert!(a.flagged);
    let b = answer(&after, Q33, Some("Z1"), "SR 5.2");
    assert_eq!(
        (b.value.as_deref(), b.note.as_str()),
        (Some("na"), "=1+1"),
        "a formula-like cell is text"
    );
    // ... and the export neutralises it again.
    let csv = fs::read_to_string(export(h, &file, "csv")).unwrap();
    assert!(csv.contains(",'=1+1,"), "{csv}");
}

#[test]
fn hostile_files_are_refused_with_their_place_and_nothing_is_written() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    let before = fs::read(&file).unwrap();
    let answers = h.join("hostile.csv");
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            b"questionnaire,requirement,note\niec62443-2-4,SP.01.01 BR,Z\xfcrich\n".to_vec(),
            ":2:27: not UTF-8 text",
        ),
        (b"\xFF\xFEq\0u\0".to_vec(), "this is UTF-16 text"),
        ((0..=255u8).cycle().take(5000).collect(), "not UTF-8 text"),
        (
            b"\x1b[31mquestionnaire,requirement\n".to_vec(),
            "unknown column \"\\u{1b}[31mquestionnaire\"",
        ),
        (Vec::new(), "the file is empty"),
        (
            b"questionnaire,requirement,value\niec62443-2-4,SP.01.01 BR,ml1,extra\n".to_vec(),
            ":2: 4 cells, but the header names 3 columns",
        ),
    ];
    for (bytes, expected) in cases {
        fs::write(&answers, &bytes).unwrap();
        from(h, &file, &answers, &[])
            .code(2)
            .stderr(predicate::str::contains(expected));
        assert_eq!(fs::read(&file).unwrap(), before, "{expected}");
    }
    // Larger than the limit: refused by its size, before it is read.
    let huge = h.join("huge.csv");
    fs::File::create(&huge).unwrap().set_len(100 << 20).unwrap();
    from(h, &file, &huge, &[]).code(2).stderr(predicate::str::contains(
        "the file is 100.0 MB, more than iacs-assess reads",
    ));
    // A hundred thousand bad rows: a hundred listed, the rest counted.
    let many = "questionnaire,requirement,value\n".to_string() + &"iec62443-2-4,SP.01.01 BR,ml9\n".repeat(100_000);
    fs::write(&answers, many).unwrap();
    from(h, &file, &answers, &[]).code(2).stderr(
        predicate::str::contains("100000 rows cannot be taken")
            .and(predicate::str::contains("... and 99901 more problems")),
    );
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn the_single_answer_and_the_file_cannot_be_mixed() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    cmd(h)
        .args(["answer", &file, "--from", "x.csv", "-q", Q24])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
    cmd(h)
        .args([
            "answer",
            &file,
            "--partial",
            "-q",
            Q24,
            "--item",
            "SP.01.01 BR",
            "--value",
            "ml1",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--partial"));
}

/// The answers file is a pipe: the command has read the assessment and waits for the rows while
/// another program writes the assessment. Nothing is written over that program's change.
#[cfg(unix)]
#[test]
fn a_file_changed_by_another_program_meanwhile_is_not_overwritten() {
    use std::io::Write;
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    let pipe = h.join("answers.pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .unwrap()
            .success()
    );
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("iacs-assess"))
        .env_clear()
        .env("HOME", h)
        .env("XDG_CONFIG_HOME", h.join("config"))
        .env("XDG_DATA_HOME", h.join("data"))
        .env("LC_ALL", "C")
        .args(["answer", &file, "--from", pipe.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Opening the pipe waits until the command opens it, after it has read the assessment.
    let mut writer = fs::OpenOptions::new().write(true).open(&pipe).unwrap();
    let theirs = fs::read_to_string(&file)
        .unwrap()
        .replace("title = \"Works\"", "title = \"Changed elsewhere\"");
    fs::write(&file, &theirs).unwrap();
    writer
        .write_all(b"questionnaire,target,requirement,value\niec62443-3-3,Z1,SR 6.1,met\n")
        .unwrap();
    drop(writer);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("was changed by another program"), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), theirs);
}

#[test]
fn the_summary_speaks_the_language_with_its_plural_forms() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answered(h);
    let answers = h.join("one.csv");
    fs::write(
        &answers,
        "questionnaire,target,requirement,value\niec62443-3-3,Z1,SR 5.1,not-met\n",
    )
    .unwrap();
    let mut args = vec!["--lang", "fr"];
    args.extend(["answer", file.as_str(), "--from", answers.to_str().unwrap()]);
    run(h, &args)
        .success()
        .stdout(predicate::str::contains("1 réponse dans").and(predicate::str::contains(": 1 modifiée, 0 inchangée.")));
}
