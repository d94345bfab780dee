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

/// The cases of one folder of the corpus: (file name, expected part of the message).
fn cases(folder: &str) -> Vec<(String, String)> {
    let expected = fs::read_to_string(corpus().join("expected.tsv")).unwrap();
    expected
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .filter_map(|(file, message)| {
            let (f, name) = file.split_once('/')?;
            (f == folder).then(|| (name.to_string(), message.to_string()))
        })
        .collect()
}

/// Control characters that must never reach a terminal from a file (newline and tab may).
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

fn output_of(assert: &assert_cmd::assert::Assert) -> (String, String) {
    let output = assert.get_output();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn every_broken_assessment_is_refused_with_its_place_and_left_unchanged() {
    let home = tempfile::tempdir().unwrap();
    let mut count = 0;
    for (name, message) in cases("assessments") {
        // Work on a copy, so a bug could not damage the corpus itself.
        let file = home.path().join(&name);
        fs::copy(corpus().join("assessments").join(&name), &file).unwrap();
        let before = fs::read(&file).unwrap();
        let started = std::time::Instant::now();
        let score = common::cmd(home.path())
            .arg("score")
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message.as_str()).and(predicate::str::contains(name.as_str())));
        // Not a benchmark: a bound no machine misses unless the work grows with the square of
        // the problems again (20,000 of them took 60-90 s).
        assert!(started.elapsed().as_secs() < 20, "{name} took {:?}", started.elapsed());
        let (_, stderr) = output_of(&score);
        assert!(raw_controls(&stderr).is_empty(), "{name}: {stderr}");
        assert!(
            stderr.lines().count() <= iacs_assess::error::MAX_LISTED + 2,
            "{name}: problems are listed at most {} at a time",
            iacs_assess::error::MAX_LISTED
        );
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
    assert!(count >= 55, "only {count} cases");
}

#[test]
fn escape_sequences_from_files_are_printed_visibly_and_json_stays_exact() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let clean = h.join("clean.toml");
    common::run(
        h,
        &[
            "new",
            clean.to_str().unwrap(),
            "-q",
            "iec62443-2-4",
            "-q",
            "iec62443-3-3",
        ],
    )
    .success();
    let escapes = cases("escapes");
    assert!(escapes.len() >= 3);
    for (name, shown) in escapes {
        let file = h.join(&name);
        fs::copy(corpus().join("escapes").join(&name), &file).unwrap();
        let score = common::run(h, &["score", file.to_str().unwrap()]).success();
        let (stdout, _) = output_of(&score);
        let mut seen = stdout.clone();
        // The other commands that print what files say: compare, and merge with a copy that
        // answers differently (a conflict lists both answers and their notes).
        let other = h.join(format!("other-{name}"));
        fs::write(
            &other,
            fs::read_to_string(&file)
                .unwrap()
                .replace("value = \"ml2\"", "value = \"ml3\""),
        )
        .unwrap();
        for args in [
            vec!["compare", clean.to_str().unwrap(), file.to_str().unwrap()],
            vec![
                "merge",
                file.to_str().unwrap(),
                other.to_str().unwrap(),
                "-o",
                h.join("m.toml").to_str().unwrap(),
            ],
        ] {
            let (out, err) = output_of(&common::run(h, &args));
            seen.push_str(&out);
            seen.push_str(&err);
        }
        assert!(raw_controls(&seen).is_empty(), "{name}: {:?}", raw_controls(&seen));
        assert!(seen.contains(&shown), "{name}: {shown} not in\n{seen}");
    }
    // JSON is for programs: the text exactly as in the file, escaped only as JSON requires.
    let file = corpus().join("escapes/title.toml");
    let json = common::run(h, &["score", file.to_str().unwrap(), "--json"]).success();
    let (stdout, _) = output_of(&json);
    let value: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(value["title"], "\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\u{202e}evil");
}

#[test]
fn hostile_fluent_files_are_refused_in_every_command_that_loads_them() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let fluent = cases("locales");
    assert!(fluent.len() >= 9);
    for (name, message) in fluent {
        let bytes = fs::read(corpus().join("locales").join(&name)).unwrap();
        let dir = locale_case(h, &name, &bytes);
        for args in [
            vec!["validate", dir.to_str().unwrap()],
            vec!["--locales", dir.to_str().unwrap(), "list"],
        ] {
            common::run(h, &args)
                .code(2)
                .stderr(predicate::str::contains(message.as_str()).and(predicate::str::contains("ui.ftl")));
        }
    }
}

#[test]
fn hostile_questionnaires_are_refused_with_their_place() {
    let home = tempfile::tempdir().unwrap();
    for (name, message) in cases("questionnaires") {
        let dir = home.path().join(&name);
        fs::create_dir_all(&dir).unwrap();
        fs::copy(corpus().join("questionnaires").join(&name), dir.join("q.toml")).unwrap();
        common::run(home.path(), &["validate", dir.to_str().unwrap()])
            .code(2)
            .stderr(predicate::str::contains(message.as_str()));
    }
}

/// Run the binary as `cmd` does and measure it: exit code, stderr, peak resident memory in MB
/// (the child's own, from wait4).
#[cfg(target_os = "linux")]
#[allow(clippy::zombie_processes)] // reaped by wait4 below
fn run_measured(home: &Path, args: &[&std::ffi::OsStr]) -> (i32, String, u64) {
    use std::io::Read;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_iacs-assess"))
        .env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("LC_ALL", "C")
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it and reaps our own child, which std never waits for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::wait4(pid, &mut status, 0, &mut usage) }, pid);
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (code, stderr, usage.ru_maxrss as u64 / 1024)
}

#[cfg(target_os = "linux")]
#[test]
fn workbook_bombs_are_refused_naming_the_sheet_in_little_memory() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = h.join("a.toml");
    common::run(h, &["new", a.to_str().unwrap(), "-q", "iec62443-2-4"]).success();
    let before = fs::read(&a).unwrap();
    let books = cases("workbooks");
    assert!(books.len() >= 10);
    for (name, message) in books {
        let book = corpus().join("workbooks").join(&name);
        let (code, stderr, peak_mb) = run_measured(
            h,
            &["import".as_ref(), a.as_os_str(), "--from".as_ref(), book.as_os_str()],
        );
        assert_eq!(code, 2, "{name}: {stderr}");
        assert!(stderr.contains(&message) && stderr.contains(&name), "{name}: {stderr}");
        assert!(peak_mb < 300, "{name}: {peak_mb} MB");
        assert_eq!(fs::read(&a).unwrap(), before, "{name} changed the assessment");
    }
}

/// A file of `size` bytes that takes no room on disk (a hole).
fn sparse_file(path: &Path, size: u64) {
    fs::File::create(path).unwrap().set_len(size).unwrap();
}

#[test]
fn files_above_the_size_limit_are_refused_before_they_are_read() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let big = h.join("big.toml");
    sparse_file(&big, 100 << 20);
    common::run(h, &["score", big.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(
            "big.toml: the file is 100.0 MB, more than iacs-assess reads (64 MB; set max_file_mb in the config file",
        ));
    // The same for questionnaires, texts and workbooks.
    let q = h.join("q");
    fs::create_dir_all(q.join("en")).unwrap();
    sparse_file(&q.join("big.toml"), 65 << 20);
    sparse_file(&q.join("en").join("ui.ftl"), 65 << 20);
    common::run(h, &["validate", q.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains("big.toml: the file is 65.0 MB"));
    fs::remove_file(q.join("big.toml")).unwrap();
    common::run(h, &["validate", q.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains("ui.ftl: the file is 65.0 MB"));
    let a = h.join("a.toml");
    common::run(h, &["new", a.to_str().unwrap(), "-q", "iec62443-2-4"]).success();
    let book = h.join("big.xlsx");
    sparse_file(&book, 65 << 20);
    common::run(h, &["import", a.to_str().unwrap(), "--from", book.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains("big.xlsx: the file is 65.0 MB"));
    // A device has no size to judge by: reading stops at the limit.
    if Path::new("/dev/zero").exists() {
        common::run(h, &["score", "/dev/zero"])
            .code(2)
            .stderr(predicate::str::contains(
                "/dev/zero: the file is larger than iacs-assess reads (64 MB",
            ));
    }
}

#[test]
fn the_size_limit_is_set_in_the_config_file() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let config = h.join("config.toml");
    fs::write(&config, "max_file_mb = 1\n").unwrap();
    // Two megabytes of `[` (100 MB of them used to take 5 GB before they were refused).
    let brackets = h.join("brackets.toml");
    fs::write(&brackets, "[".repeat(2 << 20)).unwrap();
    common::run(
        h,
        &[
            "--config",
            config.to_str().unwrap(),
            "score",
            brackets.to_str().unwrap(),
        ],
    )
    .code(2)
    .stderr(predicate::str::contains(
        "the file is 2.0 MB, more than iacs-assess reads (1 MB",
    ));
    fs::write(&config, "max_file_mb = 0\n").unwrap();
    common::run(h, &["--config", config.to_str().unwrap(), "list"])
        .code(2)
        .stderr(predicate::str::contains("max_file_mb must be at least 1"));
}

#[test]
fn problems_by_the_hundred_thousand_are_found_in_linear_time_and_listed_a_hundred_at_a_time() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let head =
        "format = 1\n[questionnaire]\nid = \"big\"\nstandard = \"s\"\nscope = \"organisation\"\nscale = \"maturity\"\n";
    // 100,000 requirements without texts.
    let q = h.join("requirements");
    fs::create_dir_all(&q).unwrap();
    let mut text = format!("{head}[[group]]\nid = \"G\"\n");
    for i in 0..100_000 {
        text.push_str(&format!("[[requirement]]\nid = \"R{i}\"\ngroup = \"G\"\n"));
    }
    fs::write(q.join("big.toml"), text).unwrap();
    common::run(h, &["validate", q.to_str().unwrap()]).code(2).stderr(
        predicate::str::contains("100002 problems found").and(predicate::str::contains("... and 99902 more problems")),
    );
    // A chain of 5,000 groups, each inside the one before.
    let chain = h.join("chain");
    fs::create_dir_all(&chain).unwrap();
    let mut text = head.replace("\"big\"", "\"chain\"");
    for i in 0..5000 {
        text.push_str(&format!("[[group]]\nid = \"G{i}\"\n"));
        if i > 0 {
            text.push_str(&format!("parent = \"G{}\"\n", i - 1));
        }
    }
    text.push_str("[[requirement]]\nid = \"R\"\ngroup = \"G4999\"\n");
    fs::write(chain.join("chain.toml"), text).unwrap();
    common::run(h, &["validate", chain.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains("... and 4902 more problems"));
    // 500,000 Fluent messages nobody asks for.
    let messages = h.join("messages");
    fs::create_dir_all(messages.join("en")).unwrap();
    let text: String = (0..500_000).map(|i| format!("m{i} = text {i}\n")).collect();
    fs::write(messages.join("en").join("ui.ftl"), text).unwrap();
    common::run(h, &["validate", messages.to_str().unwrap()])
        .code(2)
        .stderr(
            predicate::str::contains("500000 problems found")
                .and(predicate::str::contains("... and 499900 more problems")),
        );
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

#[test]
fn texts_longer_than_a_cell_are_exported_whole_and_read_back_unchanged() {
    use calamine::{Reader, Xlsx, open_workbook};
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let exports = cases("exports");
    assert!(!exports.is_empty());
    for (name, shown) in exports {
        let file = h.join(&name);
        fs::copy(corpus().join("exports").join(&name), &file).unwrap();
        let a = iacs_assess::assessment::storage::read(&file, &common::catalog()).unwrap();
        let note = a.answers()[0].note.clone();
        assert!(note.chars().count() > 32_767, "{name}: the case needs a long note");
        let book = h.join("customer.xlsx");
        common::run(
            h,
            &[
                "export",
                file.to_str().unwrap(),
                "--format",
                "xlsx",
                "-o",
                book.to_str().unwrap(),
            ],
        )
        .success();
        let mut wb: Xlsx<_> = open_workbook(&book).unwrap();
        let answers = wb.worksheet_range("iec62443-2-4").unwrap();
        let cell = answers
            .rows()
            .find(|r| r.get(1).is_some_and(|c| *c == "SP.01.01 BR"))
            .map(|r| r[8].to_string())
            .unwrap();
        assert!(
            cell.starts_with(&note[..1000]) && cell.contains(&shown),
            "{name}: {}",
            &cell[cell.len() - 200..]
        );
        // The whole note, in parts, on the row that names its cell.
        let long = wb.worksheet_range("Long texts").unwrap();
        let whole: Vec<String> = long
            .rows()
            .filter(|r| r[0].to_string().starts_with("iec62443-2-4!I"))
            .map(|r| r[1..].iter().map(|c| c.to_string()).collect())
            .collect();
        assert_eq!(whole, vec![note.clone()], "{name}");
        // The offline workbook carries it the same way, and reading it back changes nothing.
        let offline = h.join("offline.xlsx");
        common::run(
            h,
            &[
                "export",
                file.to_str().unwrap(),
                "--format",
                "offline-xlsx",
                "-o",
                offline.to_str().unwrap(),
            ],
        )
        .success();
        let before = fs::read(&file).unwrap();
        common::run(
            h,
            &["import", file.to_str().unwrap(), "--from", offline.to_str().unwrap()],
        )
        .success();
        let after = iacs_assess::assessment::storage::read(&file, &common::catalog()).unwrap();
        assert_eq!(after.answers()[0].note, note, "{name}");
        assert_eq!(fs::read(&file).unwrap(), before, "{name}: the import changed the file");
    }
}

#[test]
fn a_partial_import_lists_a_hundred_cells_it_did_not_take_and_counts_the_rest() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = h.join("a.toml");
    common::run(h, &["new", a.to_str().unwrap(), "-q", "iec62443-2-4"]).success();
    let book = h.join("many-bad.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for row in 1..=150 {
        ws.write_string(row, 0, "iec62443-2-4").unwrap();
        ws.write_string(row, 2, format!("NO.{row}")).unwrap();
    }
    wb.save(&book).unwrap();
    let import = common::run(
        h,
        &[
            "import",
            a.to_str().unwrap(),
            "--from",
            book.to_str().unwrap(),
            "--partial",
        ],
    )
    .success();
    let (_, stderr) = output_of(&import);
    assert_eq!(
        stderr.matches("not taken: ").count(),
        iacs_assess::error::MAX_LISTED,
        "{stderr}"
    );
    assert!(stderr.contains("... and 50 more not taken"), "{stderr}");
}
