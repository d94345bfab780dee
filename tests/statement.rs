//! The capability statement (`statement`, issue 23 points 4 and 5): a provider's 62443-2-4
//! self-assessment made with the binary, written as a workbook (read back with calamine), as
//! Markdown, as terminal text and as JSON; its check against an owner's profile with known gaps;
//! no notes unless asked; the refusals.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use std::io::Read;
use std::path::{Path, PathBuf};

const Q: &str = "iec62443-2-4";
/// Every note written in the fixture starts with this; none may reach a statement without
/// --with-notes.
const NOTE: &str = "INTERNAL-NOTE";
const INTERVIEWEE: &str = "Ingrid Zeugin";

fn answer(home: &Path, file: &Path, item: &str, value: &str, note: &str, evidence: &[&str]) {
    let mut c = common::cmd(home);
    c.arg("answer")
        .arg(file)
        .args(["-q", Q, "--item", item, "--value", value, "--interviewee", INTERVIEWEE]);
    if !note.is_empty() {
        c.args(["--note", &format!("{NOTE} {note}")]);
    }
    for e in evidence {
        c.args(["--evidence", e]);
    }
    c.assert().success();
}

/// The requirement ids of one area of 2-4.
fn area(id: &str) -> Vec<String> {
    let catalog = common::catalog();
    let q = catalog.questionnaire(Q).unwrap();
    q.requirements
        .iter()
        .filter(|r| r.group == id || r.group.starts_with(&format!("{id}.")))
        .map(|r| r.id.clone())
        .collect()
}

/// A provider's self-assessment: SP.01 partly answered (ML3, ML1, one not offered), SP.02.01 BR
/// not applicable, SP.03.01 BR at ML2, the whole of SP.04 (wireless) not offered; every answer
/// with an internal note and an interviewee. And an owner's profile: SP.01 at ML2, SP.02.01 BR
/// ML2, SP.03.01 BR ML3, SP.04 ML1.
fn fixture(home: &Path) -> (PathBuf, PathBuf) {
    let file = home.join("provider.toml");
    common::cmd(home)
        .args(["--lang", "en", "new"])
        .arg(&file)
        .args(["-q", Q, "--title", "Self-assessment 2026"])
        .args(["--organisation", "Rivet Integrators", "--site", "Lyon works"])
        .args(["--assessor", "Alex Assessor"])
        .assert()
        .success();
    answer(
        home,
        &file,
        "SP.01.01 BR",
        "ml3",
        "ask HR again",
        &["HR-POL-7", "TRAIN-2026"],
    );
    answer(
        home,
        &file,
        "SP.01.01 RE(1)",
        "ml1",
        "subcontractor list is old",
        &["SUB-3"],
    );
    answer(home, &file, "SP.01.02 BR", "not-offered", "we never work on site", &[]);
    answer(home, &file, "SP.02.01 BR", "na", "we deliver no components", &[]);
    answer(
        home,
        &file,
        "SP.03.01 BR",
        "ml2",
        "risk review only on big jobs",
        &["ARCH-1"],
    );
    for id in area("SP.04") {
        answer(home, &file, &id, "not-offered", "no wireless work", &[]);
    }
    let profile = home.join("owner.toml");
    std::fs::write(
        &profile,
        "format = 1\n[profile]\nid = \"owner-2027\"\ntitle = \"Owner 2027\"\nquestionnaire = \"iec62443-2-4\"\n\n[levels]\n\"SP.01\" = 2\n\"SP.02.01 BR\" = 2\n\"SP.03.01 BR\" = 3\n\"SP.04\" = 1\n",
    )
    .unwrap();
    (file, profile)
}

fn statement(home: &Path, file: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    common::cmd(home).arg("statement").arg(file).args(args).assert()
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stderr.clone()).unwrap()
}

/// Every sheet of a workbook: its name and its cells as text, row by row.
fn sheets(path: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let names = book.sheet_names().to_vec();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::Empty => String::new(),
                            Data::Float(f) => format!("{f}"),
                            Data::Int(i) => i.to_string(),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

fn sheet<'a>(book: &'a [(String, Vec<Vec<String>>)], name: &str) -> &'a [Vec<String>] {
    &book
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no sheet {name}: {:?}", book.iter().map(|b| &b.0).collect::<Vec<_>>()))
        .1
}

/// The row of a table whose column `col` is `id`.
fn row<'a>(rows: &'a [Vec<String>], col: usize, id: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r.get(col).map(String::as_str) == Some(id))
        .unwrap_or_else(|| panic!("no row {id}"))
}

fn xlsx(home: &Path, file: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let out = home.join(name);
    let mut args = vec!["-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    statement(home, file, &args).success();
    out
}

#[test]
fn the_workbook_lists_every_capability_with_its_level_and_evidence_and_no_notes() {
    let home = tempfile::tempdir().unwrap();
    let (file, profile) = fixture(home.path());
    let out = xlsx(home.path(), &file, "st.xlsx", &["--against", profile.to_str().unwrap()]);
    let book = sheets(&out);
    let names: Vec<&str> = book.iter().map(|b| b.0.as_str()).collect();
    assert_eq!(
        names,
        ["Statement", "Capabilities", "Check summary", "Check against Owner 2027"]
    );
    // No note and no interviewee anywhere.
    for (name, rows) in &book {
        for cell in rows.iter().flatten() {
            assert!(!cell.contains(NOTE), "{name}: {cell}");
            assert!(!cell.contains(INTERVIEWEE), "{name}: {cell}");
        }
    }
    let caps = sheet(&book, "Capabilities");
    assert_eq!(
        caps[0],
        ["Area", "Requirement", "Title", "Level", "Maturity", "Evidence"]
    );
    // Every requirement of 2-4 is in scope (both services): one row each.
    assert_eq!(
        caps.len() - 1,
        common::catalog().questionnaire(Q).unwrap().requirements.len()
    );
    let r = row(caps, 1, "SP.01.01 BR");
    assert_eq!(r[0], "SP.01");
    assert_eq!(r[2], "Own staff know their security duties");
    assert_eq!((r[3].as_str(), r[4].as_str()), ("3", "ML3 Defined"));
    assert_eq!(r[5], "HR-POL-7\nTRAIN-2026");
    let r = row(caps, 1, "SP.01.01 RE(1)");
    assert_eq!(
        (r[3].as_str(), r[4].as_str(), r[5].as_str()),
        ("1", "ML1 Initial", "SUB-3")
    );
    let r = row(caps, 1, "SP.03.01 BR");
    assert_eq!(
        (r[3].as_str(), r[4].as_str(), r[5].as_str()),
        ("2", "ML2 Managed", "ARCH-1")
    );
    for id in area("SP.04").iter().chain([&"SP.01.02 BR".to_string()]) {
        let r = row(caps, 1, id);
        assert_eq!((r[3].as_str(), r[4].as_str()), ("", "Not offered"), "{id}");
    }
    assert_eq!(row(caps, 1, "SP.02.01 BR")[4], "Not applicable");
    assert_eq!(row(caps, 1, "SP.01.03 BR")[4], "not assessed");

    // The summary per area: SP.01 lowest ML1 mean 2.0; SP.04 not offered, with no level.
    let page = sheet(&book, "Statement");
    let text: Vec<String> = page.iter().map(|r| r.join("|")).collect();
    assert!(
        text.iter()
            .any(|l| l.contains("Service provider") && l.contains("Rivet Integrators"))
    );
    assert!(text.iter().any(|l| l.contains("Site") && l.contains("Lyon works")));
    assert!(
        text.iter()
            .any(|l| l.contains("Assessors") && l.contains("Alex Assessor"))
    );
    let sp01 = row(page, 0, "SP.01");
    assert_eq!(
        sp01[1..7],
        ["Solution staffing", "2", "mean 2.0, lowest: ML1", "1", "0", "8"]
    );
    let sp04 = row(page, 0, "SP.04");
    assert_eq!(sp04[2..7], ["0", "Not offered", "6", "0", "0"]);
}

#[test]
fn the_check_lists_the_known_gaps_first_with_asked_offered_and_gap() {
    let home = tempfile::tempdir().unwrap();
    let (file, profile) = fixture(home.path());
    let out = xlsx(home.path(), &file, "st.xlsx", &["--against", profile.to_str().unwrap()]);
    let book = sheets(&out);
    let rows = sheet(&book, "Check against Owner 2027");
    assert_eq!(
        rows[0],
        ["Area", "Requirement", "Title", "Asked", "Offered", "Gap", "Result"]
    );
    let below = "below the level asked";
    let missing = "asked, not offered";
    // Below first, in questionnaire order, then not offered.
    assert_eq!(
        rows[1][1..7],
        [
            "SP.01.01 RE(1)",
            "Subcontractors know their security duties",
            "2",
            "ML1",
            "1",
            below
        ]
    );
    assert_eq!(rows[2][1], "SP.03.01 BR");
    assert_eq!(rows[2][3..7], ["3", "ML2", "1", below]);
    assert_eq!(rows[3][1], "SP.01.02 BR");
    assert_eq!(rows[3][3..7], ["2", "Not offered", "", missing]);
    let wireless = area("SP.04");
    for (r, id) in rows[4..4 + wireless.len()].iter().zip(&wireless) {
        assert_eq!(r[1], *id);
        assert_eq!(r[3..7], ["1", "Not offered", "", missing]);
    }
    let next = &rows[4 + wireless.len()];
    assert_eq!(next[1], "SP.02.01 BR");
    assert_eq!(next[4..7], ["Not applicable", "", "not applicable, says the provider"]);
    let meets = row(rows, 1, "SP.01.01 BR");
    assert_eq!(meets[3..7], ["2", "ML3", "", "meets the level asked"]);
    assert_eq!(row(rows, 1, "SP.05.01 BR")[6], "not asked for");

    // Totals per verdict and per area.
    let summary = sheet(&book, "Check summary");
    let count = |label: &str| row(summary, 0, label)[2].clone();
    assert_eq!(count(below), "2");
    assert_eq!(count(missing), "7");
    assert_eq!(count("not applicable, says the provider"), "1");
    assert_eq!(count("not assessed yet"), "8");
    assert_eq!(count("meets the level asked"), "1");
    let sp01 = row(summary, 0, "SP.01");
    assert_eq!(sp01[2..9], ["2", "1", "1", "0", "8", "1", "0"]);
    let sp04 = row(summary, 0, "SP.04");
    assert_eq!(sp04[2..5], ["1", "0", "6"]);
}

#[test]
fn notes_are_in_the_statement_only_when_asked_for_and_interviewees_never() {
    let home = tempfile::tempdir().unwrap();
    let (file, _) = fixture(home.path());
    let out = xlsx(home.path(), &file, "notes.xlsx", &["--with-notes"]);
    let book = sheets(&out);
    let caps = sheet(&book, "Capabilities");
    assert_eq!(caps[0].last().unwrap(), "Note");
    assert_eq!(row(caps, 1, "SP.01.01 BR")[6], format!("{NOTE} ask HR again"));
    assert_eq!(row(caps, 1, "SP.01.02 BR")[6], format!("{NOTE} we never work on site"));
    let md = home.path().join("notes.md");
    statement(home.path(), &file, &["-o", md.to_str().unwrap(), "--with-notes"]).success();
    let md = std::fs::read_to_string(md).unwrap();
    assert!(md.contains("ask HR again"));
    let text = stdout(&statement(home.path(), &file, &["--with-notes"]).success());
    assert!(text.contains("ask HR again"));
    for (name, rows) in &book {
        for cell in rows.iter().flatten() {
            assert!(!cell.contains(INTERVIEWEE), "{name}: {cell}");
        }
    }
    assert!(!md.contains(INTERVIEWEE) && !text.contains(INTERVIEWEE));
}

#[test]
fn the_markdown_says_the_same_without_notes() {
    let home = tempfile::tempdir().unwrap();
    let (file, profile) = fixture(home.path());
    let out = home.path().join("st.md");
    statement(
        home.path(),
        &file,
        &["-o", out.to_str().unwrap(), "--against", profile.to_str().unwrap()],
    )
    .success();
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(!md.contains(NOTE) && !md.contains(INTERVIEWEE), "{md}");
    assert!(md.starts_with("# Capability statement: Rivet Integrators\n"));
    assert!(md.contains("| SP.01 | Solution staffing | 2 | mean 2.0, lowest: ML1 | 1 | 0 | 8 |"));
    assert!(md.contains("| SP.04 | Wireless | 0 | Not offered | 6 | 0 | 0 |"));
    assert!(md.contains("| SP.01.01 BR | Own staff know their security duties | ML3 Defined | HR-POL-7; TRAIN-2026 |"));
    assert!(md.contains("| SP.01.02 BR | Staff briefed on the customer's security rules | Not offered |  |"));
    assert!(md.contains("## Check against Owner 2027"));
    assert!(md.contains(
        "| SP.01 | SP.01.01 RE(1) | Subcontractors know their security duties | ML2 | ML1 | 1 | **below the level asked** |"
    ));
    assert!(md.contains("| SP.03 | SP.03.01 BR | "));
    assert!(md.contains("| ML3 | ML2 | 1 | **below the level asked** |"));
    // Gaps first: the first row of the check's table is a gap.
    let check = &md[md.find("### Per requirement").unwrap()..];
    let first_not_gap = check.find("| not applicable, says the provider |").unwrap();
    let last_gap = check.rfind("**asked, not offered**").unwrap();
    assert!(last_gap < first_not_gap);
}

#[test]
fn the_terminal_text_fits_80_columns() {
    let home = tempfile::tempdir().unwrap();
    let (file, profile) = fixture(home.path());
    let plain = stdout(&statement(home.path(), &file, &["--with-notes"]).success());
    let checked = stdout(&statement(home.path(), &file, &["--against", profile.to_str().unwrap()]).success());
    for text in [&plain, &checked] {
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "{} columns: {line}", line.chars().count());
        }
    }
    assert!(plain.contains("SP.04 Wireless: Not offered"), "{plain}");
    assert!(plain.contains("SP.01.01 BR [ML3 Defined] Own staff know their security duties"));
    assert!(plain.contains("Evidence: HR-POL-7; TRAIN-2026"));
    // Words as read, whatever the line breaks.
    let flat = checked.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Check against Owner 2027"));
    assert!(flat.contains("falls short on 9 of them"), "{checked}");
    assert!(
        flat.contains(
            "SP.01.01 RE(1) Subcontractors know their security duties asked ML2, offered ML1: one level short"
        )
    );
    assert!(flat.contains("asked ML3, offered ML2: one level short"));
    assert!(flat.contains("SP.04 (up to ML1 asked): 6 asked, not offered"));
    // Without --with-notes no note.
    let bare = stdout(&statement(home.path(), &file, &[]).success());
    assert!(!bare.contains(NOTE) && !checked.contains(NOTE));
}

#[test]
fn the_json_holds_the_statement_and_the_check() {
    let home = tempfile::tempdir().unwrap();
    let (file, profile) = fixture(home.path());
    let out = stdout(&statement(home.path(), &file, &["--json", "--against", profile.to_str().unwrap()]).success());
    assert!(!out.contains(NOTE) && !out.contains(INTERVIEWEE));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["organisation"], "Rivet Integrators");
    assert_eq!(v["areas"].as_array().unwrap().len(), 12);
    let sp04 = &v["areas"][3];
    assert_eq!(sp04["area"], "SP.04");
    assert_eq!(sp04["summary"]["none_offered"], true);
    assert!(sp04["summary"]["min"].is_null());
    let first = &v["areas"][0]["capabilities"][0];
    assert_eq!(first["state"], serde_json::json!({"state": "level", "level": 3}));
    assert_eq!(first["evidence"], serde_json::json!(["HR-POL-7", "TRAIN-2026"]));
    assert_eq!(v["check"]["totals"]["below"], 2);
    assert_eq!(v["check"]["totals"]["not_offered"], 7);
}

#[test]
fn german_output_has_german_words() {
    let home = tempfile::tempdir().unwrap();
    let (file, profile) = fixture(home.path());
    let out = home.path().join("de.xlsx");
    common::cmd(home.path())
        .args(["--lang", "de", "statement"])
        .arg(&file)
        .args(["-o", out.to_str().unwrap(), "--against", profile.to_str().unwrap()])
        .assert()
        .success();
    let book = sheets(&out);
    assert_eq!(book[0].0, "Leistungsnachweis");
    assert_eq!(book[1].0, "Leistungen");
    let caps = sheet(&book, "Leistungen");
    assert_eq!(row(caps, 1, "SP.01.02 BR")[4], "Nicht angeboten");
    let text = stdout(
        &common::cmd(home.path())
            .args(["--lang", "de", "statement"])
            .arg(&file)
            .args(["--against", profile.to_str().unwrap()])
            .assert()
            .success(),
    );
    assert!(text.contains("Prüfung gegen Owner 2027"), "{text}");
    assert!(text.contains("Lücken"));
    // French and German text fit 80 columns too.
    for lang in ["de", "fr"] {
        for extra in [&["--with-notes"][..], &["--against", profile.to_str().unwrap()][..]] {
            let a = common::cmd(home.path())
                .args(["--lang", lang, "statement"])
                .arg(&file)
                .args(extra)
                .assert()
                .success();
            for line in stdout(&a).lines() {
                assert!(line.chars().count() <= 80, "{lang}: {line}");
            }
        }
    }
}

#[test]
fn without_lang_the_statement_is_in_the_assessments_language() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("de.toml");
    common::cmd(home.path())
        .args(["--lang", "de", "new"])
        .arg(&file)
        .args(["-q", Q, "--organisation", "Nieten GmbH"])
        .assert()
        .success();
    answer(home.path(), &file, "SP.01.02 BR", "not-offered", "nie vor Ort", &[]);
    // The environment says English (LC_ALL=C); the assessment says German.
    let out = home.path().join("de.md");
    statement(home.path(), &file, &["-o", out.to_str().unwrap()]).success();
    let md = std::fs::read_to_string(out).unwrap();
    assert!(md.starts_with("# Leistungsnachweis: Nieten GmbH"), "{md}");
    assert!(md.contains("| Nicht angeboten |"));
}

#[test]
fn a_profile_is_found_by_its_id_in_a_questionnaire_folder() {
    let home = tempfile::tempdir().unwrap();
    let (file, profile) = fixture(home.path());
    let dir = home.path().join("content");
    std::fs::create_dir_all(dir.join("profiles")).unwrap();
    std::fs::copy(&profile, dir.join("profiles/owner.toml")).unwrap();
    let a = common::cmd(home.path())
        .arg("--questionnaires")
        .arg(&dir)
        .arg("statement")
        .arg(&file)
        .args(["--against", "owner-2027"])
        .assert()
        .success();
    let flat = stdout(&a).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Profile owner-2027 asks for 19 requirements; the provider falls short on 9 of them."),
        "{flat}"
    );
}

#[test]
fn bad_inputs_are_refused_with_exit_2_and_a_clear_message() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (file, _) = fixture(h);
    // Not a 2-4 assessment.
    let other = h.join("owner-site.toml");
    common::cmd(h)
        .arg("new")
        .arg(&other)
        .args(["-q", "iec62443-2-1"])
        .assert()
        .success();
    let a = statement(h, &other, &[]).code(2);
    assert!(stderr(&a).contains("does not cover iec62443-2-4"), "{}", stderr(&a));
    // An unknown profile.
    let a = statement(h, &file, &["--against", "no-such-profile"]).code(2);
    assert!(stderr(&a).contains("no profile with this id"), "{}", stderr(&a));
    // A profile for another questionnaire.
    let p21 = h.join("p21.toml");
    std::fs::write(
        &p21,
        "format = 1\n[profile]\nid = \"spe\"\ntitle = \"SPE\"\nquestionnaire = \"iec62443-2-1\"\ndefault = 2\n",
    )
    .unwrap();
    let a = statement(h, &file, &["--against", p21.to_str().unwrap()]).code(2);
    assert!(stderr(&a).contains("a profile for iec62443-2-1"), "{}", stderr(&a));
    // A broken profile file: its line and column.
    let bad = h.join("bad.toml");
    std::fs::write(
        &bad,
        "format = 1\n[profile]\nid = \"b\"\ntitle = \"B\"\nquestionnaire = \"iec62443-2-4\"\n\n[levels]\n\"SP.01\" = 7\n",
    )
    .unwrap();
    let a = statement(h, &file, &["--against", bad.to_str().unwrap()]).code(2);
    assert!(stderr(&a).contains("bad.toml:8:11:"), "{}", stderr(&a));
    // A .pdf output.
    let pdf = h.join("st.pdf");
    let a = statement(h, &file, &["-o", pdf.to_str().unwrap()]).code(2);
    assert!(stderr(&a).contains("(.xlsx) or Markdown (.md)"), "{}", stderr(&a));
    assert!(!pdf.exists());
    // Never over the assessment, an existing file only with --force.
    let before = std::fs::read(&file).unwrap();
    let md_named = h.join("provider.md");
    std::fs::copy(&file, &md_named).unwrap();
    statement(h, &file, &["-o", md_named.to_str().unwrap(), "--force"]).code(2);
    assert_eq!(std::fs::read(&md_named).unwrap(), before);
    let kept = h.join("kept.md");
    std::fs::write(&kept, "mine").unwrap();
    let a = statement(h, &file, &["-o", kept.to_str().unwrap()]).code(2);
    assert!(stderr(&a).contains("--force"), "{}", stderr(&a));
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "mine");
    statement(h, &file, &["-o", kept.to_str().unwrap(), "--force"]).success();
    assert!(
        std::fs::read_to_string(&kept)
            .unwrap()
            .starts_with("# Capability statement")
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn the_workbook_prints_landscape_one_page_wide_with_header_rows_repeated() {
    let home = tempfile::tempdir().unwrap();
    let (file, profile) = fixture(home.path());
    let out = xlsx(home.path(), &file, "st.xlsx", &["--against", profile.to_str().unwrap()]);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut workbook = String::new();
    zip.by_name("xl/workbook.xml")
        .unwrap()
        .read_to_string(&mut workbook)
        .unwrap();
    // The two tables repeat their header row; every sheet has a print area.
    assert_eq!(workbook.matches("_xlnm.Print_Titles").count(), 2, "{workbook}");
    assert_eq!(workbook.matches("_xlnm.Print_Area").count(), 4, "{workbook}");
    for i in 1..=4 {
        let mut xml = String::new();
        zip.by_name(&format!("xl/worksheets/sheet{i}.xml"))
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        assert!(xml.contains("orientation=\"landscape\""), "sheet {i}");
        assert!(
            xml.contains("fitToWidth=\"1\"") || xml.contains("<pageSetUpPr fitToPage=\"1\"/>"),
            "sheet {i}"
        );
        assert!(xml.contains("Confidential"), "sheet {i}: footer");
    }
}

/// The integrator demo's statement, read back: every requirement it offers is there with its
/// level, SP.04 and SP.05 are not offered, and not one of its 51 notes (some of them plainly
/// internal) reaches the workbook a customer gets; against the owner's demo profile the check
/// has the gaps the demo was written with.
#[test]
fn the_integrator_demos_statement_has_every_offered_capability_and_no_notes() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("integrator.toml");
    common::run(
        home.path(),
        &["demo", "--integrator", "--copy-to", file.to_str().unwrap(), "--no-open"],
    )
    .success();
    let a = iacs_assess::assessment::storage::read(&file, &common::catalog()).unwrap();
    let notes: Vec<&str> = a
        .answers()
        .iter()
        .map(|x| x.note.trim())
        .filter(|n| n.len() > 12)
        .collect();
    assert!(notes.len() > 40, "the demo has its notes: {}", notes.len());
    let out = xlsx(
        home.path(),
        &file,
        "demo.xlsx",
        &["--against", "demo-aqua-valley-integrator"],
    );
    let book = sheets(&out);
    for (name, rows) in &book {
        for cell in rows.iter().flatten() {
            for note in &notes {
                assert!(!cell.contains(note), "{name}: a note in {cell:?}");
            }
        }
    }
    let caps = sheet(&book, "Capabilities");
    let catalog = common::catalog();
    let q = catalog.questionnaire(Q).unwrap();
    let mut offered = 0;
    for answer in a.answers() {
        let r = q.requirement(&answer.requirement).unwrap();
        let value = catalog
            .scale_of(r)
            .unwrap()
            .value(answer.value.as_deref().unwrap())
            .unwrap();
        let shown = row(caps, 1, &r.id);
        match value.level {
            Some(level) => {
                offered += 1;
                assert_eq!(shown[3], level.to_string(), "{}", r.id);
            }
            None if value.not_offered => assert_eq!(shown[4], "Not offered", "{}", r.id),
            None => {}
        }
    }
    assert_eq!(offered, 100, "the demo offers 100 capabilities with a level");
    let summary = sheet(&book, "Check summary");
    let count = |verdict: &str| {
        row(summary, 0, verdict)
            .iter()
            .filter(|c| !c.is_empty())
            .nth(1)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(count("below the level asked"), "13");
    assert_eq!(count("asked, not offered"), "12");
}
