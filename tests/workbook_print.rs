//! The customer's workbook as printed: page setup on every sheet, the footer, the paper of the
//! locale, the language chosen with --lang, and colours that tell the truth (red only for a real
//! gap, grey above SL-T, "not assessed" for unanswered, which is never a finding).

mod common;

use calamine::{Reader, Xlsx, open_workbook};
use common::xlsx_parts::{self as parts, defined_names, elements, fill_of, sheet, sheet_names, text_of};
use common::{answer_z1, cmd, new_assessment, run};
use iacs_assess::assessment::storage;
use std::path::{Path, PathBuf};

const RED: &str = "FFC7CE";
const GREEN: &str = "C6EFCE";
const GREY: &str = "E7E6E6";

fn demo(h: &Path) -> String {
    common::demo_copy(h).to_string_lossy().into_owned()
}

fn export(h: &Path, file: &str, extra: &[&str]) -> PathBuf {
    let out = h.join("report.xlsx");
    let mut args = vec![
        "export",
        file,
        "--format",
        "xlsx",
        "--force",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    run(h, &args).success();
    out
}

#[test]
fn every_sheet_prints_landscape_one_page_wide_with_the_footer_and_a_print_area() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let book = export(h, &demo(h), &[]);
    let names = sheet_names(&book);
    let defined = defined_names(&book);
    assert!(names.len() >= 10, "{names:?}");
    for (index, name) in names.iter().enumerate() {
        let xml = sheet(&book, name);
        let setup = &elements(&xml, "pageSetup")[0];
        assert_eq!(setup["orientation"], "landscape", "{name}");
        assert_eq!(setup["paperSize"], "9", "{name}: A4 where the locale says nothing");
        if xml.contains("<rowBreaks") {
            // Excel ignores page breaks on a sheet fitted to the page: such a sheet is scaled.
            assert!(elements(&xml, "pageSetUpPr").is_empty(), "{name}");
            // Left out at 100 %.
            let scale: u16 = setup.get("scale").map_or(100, |x| x.parse().unwrap());
            assert!((10..=100).contains(&scale), "{name}: {scale}");
        } else if name == "Zone diagram" {
            // One picture, on one page.
            assert_eq!(setup.get("fitToHeight").map_or("1", |x| x.as_str()), "1", "{name}");
            assert_eq!(elements(&xml, "pageSetUpPr")[0]["fitToPage"], "1", "{name}");
        } else {
            assert_eq!(setup["fitToHeight"], "0", "{name}: as many pages long as it takes");
            assert_eq!(
                elements(&xml, "pageSetUpPr")[0]["fitToPage"],
                "1",
                "{name}: one page wide"
            );
        }
        let footer = text_of(&xml, "oddFooter").unwrap_or_default();
        assert_eq!(
            footer, "&LRiverside Water Treatment Works - IEC 62443 assessment 2026 | &A | Confidential&Rpage &P of &N",
            "{name}"
        );
        assert!(
            defined.iter().any(|(n, i, _)| n == "_xlnm.Print_Area" && *i == index),
            "{name} has a print area: {defined:?}"
        );
        // Tables repeat their header row on every page; the pages of text do not.
        let titles = defined
            .iter()
            .find(|(n, i, _)| n == "_xlnm.Print_Titles" && *i == index);
        let page = ["Cover", "Executive summary", "Scope and method", "Zone diagram"].contains(&name.as_str());
        assert_eq!(titles.is_some(), !page, "{name}: {titles:?}");
    }
    let core = parts::part(&book, "docProps/core.xml");
    assert!(core.contains("<dc:title>Riverside Water Treatment Works"), "{core}");
    assert!(
        core.contains("<cp:contentStatus>Confidential</cp:contentStatus>"),
        "{core}"
    );
}

#[test]
fn the_paper_follows_the_locale_and_the_classification_the_assessment() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo(h);
    let text = std::fs::read_to_string(&file).unwrap();
    let marked = text.replacen(
        "language = ",
        "classification = \"TLP:AMBER & internal\"\nlanguage = ",
        1,
    );
    std::fs::write(&file, marked).unwrap();
    let out = h.join("us.xlsx");
    cmd(h)
        .env("LC_ALL", "en_US.UTF-8")
        .args(["export", &file, "--format", "xlsx", "-o", out.to_str().unwrap()])
        .assert()
        .success();
    let xml = sheet(&out, "Findings");
    assert_eq!(elements(&xml, "pageSetup")[0]["paperSize"], "1", "US Letter in the US");
    let footer = text_of(&xml, "oddFooter").unwrap();
    assert!(footer.contains("| &A | TLP:AMBER && internal&R"), "{footer}");
}

#[test]
fn lang_chooses_the_language_of_the_workbook_and_the_assessment_decides_without_it() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo(h);
    let english = export(h, &file, &[]);
    assert!(sheet_names(&english).contains(&"Summary".to_string()));
    let german = export(h, &file, &["--lang", "de"]);
    let names = sheet_names(&german);
    assert_eq!(names[0], "Deckblatt", "{names:?}");
    assert!(names.contains(&"Übersicht".to_string()), "{names:?}");
    let footer = text_of(&sheet(&german, "Übersicht"), "oddFooter").unwrap();
    assert!(footer.ends_with("| Vertraulich&RSeite &P von &N"), "{footer}");
    run(
        h,
        &["export", &file, "--format", "xlsx", "-o", "x.xlsx", "--lang", "no such"],
    )
    .code(2)
    .stderr(predicates::str::contains("--lang no such: not a language tag"));
}

/// One zone at SL-T 2: SR 1.1 (SL 1) not met is a gap; SR 1.1 RE(2) (SL 3) not met is above the
/// target and no gap; SR 1.2 (SL 2) unanswered is open work and no finding.
#[test]
fn red_is_a_real_gap_grey_is_above_sl_t_and_unanswered_is_not_assessed() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = new_assessment(h, "a.toml", "", 2);
    for (item, value) in [
        ("SR 1.1", "not-met"),
        ("SR 1.1 RE(2)", "not-met"),
        ("SR 1.1 RE(1)", "met"),
    ] {
        answer_z1(h, &file, item, value, &[]);
    }
    let book = export(h, &file, &[]);
    let mut wb: Xlsx<_> = open_workbook(&book).unwrap();
    let sr = wb.worksheet_range("iec62443-3-3").unwrap();
    let row_of = |id: &str| sr.rows().position(|r| r[1] == id).unwrap() + 1;
    let xml = sheet(&book, "iec62443-3-3");
    let answer = |id: &str| format!("E{}", row_of(id));
    assert_eq!(fill_of(&book, &xml, &answer("SR 1.1")).as_deref(), Some(RED));
    assert_eq!(fill_of(&book, &xml, &answer("SR 1.1 RE(1)")).as_deref(), Some(GREEN));
    assert_eq!(fill_of(&book, &xml, &answer("SR 1.1 RE(2)")).as_deref(), Some(GREY));
    let unanswered = sr.rows().find(|r| r[1] == "SR 1.2").unwrap();
    assert_eq!(unanswered[4].to_string(), "not assessed");
    assert_eq!(fill_of(&book, &xml, &answer("SR 1.2")), None, "no colour claims a gap");

    let findings = wb.worksheet_range("Findings").unwrap();
    let listed: Vec<String> = findings.rows().skip(1).map(|r| r[4].to_string()).collect();
    assert!(listed.contains(&"SR 1.1".to_string()), "{listed:?}");
    assert!(
        !listed.iter().any(|x| x == "SR 1.1 RE(2)" || x == "SR 1.2"),
        "{listed:?}"
    );
    assert_eq!(
        listed.iter().filter(|x| x.starts_with("SR")).count(),
        1,
        "one answer not met is one finding, whatever is unanswered: {listed:?}"
    );
    // What SL-T 2 needs and nobody answered yet is counted below the table, as open work.
    let a = storage::read(Path::new(&file), &common::catalog()).unwrap();
    let score = iacs_assess::scoring::score(&a, &common::catalog());
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-3-3").unwrap();
    let answered = ["SR 1.1", "SR 1.1 RE(1)", "SR 1.1 RE(2)"];
    let needed_unanswered = q
        .requirements
        .iter()
        .filter(|r| r.min_sl.is_some_and(|m| m <= 2) && !answered.contains(&r.id.as_str()))
        .count();
    assert!(score.security_levels.iter().any(|s| s.target == "Z1"));
    let line = findings
        .rows()
        .map(|r| r[1].to_string())
        .find(|t| t.contains("not assessed yet"))
        .expect("the open work is counted");
    assert!(line.starts_with(&format!("{needed_unanswered} requirements")), "{line}");
}

#[test]
fn rows_of_the_answer_sheets_are_as_tall_as_their_notes() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = new_assessment(h, "a.toml", "", 2);
    let note =
        "The remote access gateway was replaced in March; the old one is still racked but powered off. ".repeat(3);
    answer_z1(h, &file, "SR 1.1", "met", &["--note", &note]);
    let book = export(h, &file, &[]);
    let mut wb: Xlsx<_> = open_workbook(&book).unwrap();
    let sr = wb.worksheet_range("iec62443-3-3").unwrap();
    let row = sr.rows().position(|r| r[1] == "SR 1.1").unwrap() as u32 + 1;
    let heights = parts::row_heights(&sheet(&book, "iec62443-3-3"));
    // About 290 characters in a column 42 wide: 6 or more lines of 15 points.
    assert!(heights[&row] >= 6.0 * 15.0, "{:?}", heights.get(&row));
}

#[test]
fn the_requirements_specification_prints_like_the_report() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo(h);
    let out = h.join("spec.xlsx");
    run(h, &["spec", &file, "-o", out.to_str().unwrap()]).success();
    let defined = defined_names(&out);
    for (index, name) in sheet_names(&out).iter().enumerate() {
        let xml = sheet(&out, name);
        assert_eq!(elements(&xml, "pageSetup")[0]["orientation"], "landscape", "{name}");
        let footer = text_of(&xml, "oddFooter").unwrap_or_default();
        assert!(
            footer.contains("| &A | Confidential&Rpage &P of &N"),
            "{name}: {footer}"
        );
        assert!(
            defined.iter().any(|(n, i, _)| n == "_xlnm.Print_Area" && *i == index),
            "{name}: {defined:?}"
        );
    }
}

#[test]
fn a_classification_given_at_creation_is_kept_and_printed() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("n.toml");
    let file = file.to_str().unwrap();
    run(
        h,
        &["new", file, "-q", "iec62443-2-4", "--classification", "Internal use"],
    )
    .success();
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains("classification = \"Internal use\""), "{text}");
    let book = export(h, file, &[]);
    let footer = text_of(&sheet(&book, "Cover"), "oddFooter").unwrap();
    assert!(footer.contains("| &A | Internal use&R"), "{footer}");
}

/// A note longer than a cell holds is carried whole on the sheet of long texts, which prints like
/// the others.
#[test]
fn the_sheet_of_long_texts_prints_like_the_others() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = new_assessment(h, "a.toml", "", 2);
    let note = "Seen on the gateway. ".repeat(2000);
    answer_z1(h, &file, "SR 1.1", "met", &["--note", &note]);
    let book = export(h, &file, &[]);
    let names = sheet_names(&book);
    assert_eq!(names.last().map(String::as_str), Some("Long texts"), "{names:?}");
    let xml = sheet(&book, "Long texts");
    assert_eq!(elements(&xml, "pageSetup")[0]["orientation"], "landscape");
    assert!(text_of(&xml, "oddFooter").unwrap().contains("| &A | Confidential&R"));
}

/// Seen printed in German: "Wahrscheinlichkeit" broke in two in a column made for "Likelihood".
#[test]
fn a_column_is_as_wide_as_the_longest_word_of_its_name() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let book = export(h, &demo(h), &["--lang", "de"]);
    let xml = sheet(&book, "Risikoregister");
    let mut wb: Xlsx<_> = open_workbook(&book).unwrap();
    let risks = wb.worksheet_range("Risikoregister").unwrap();
    let heads: Vec<String> = risks.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    let column = 1 + heads.iter().position(|h| h == "Wahrscheinlichkeit").unwrap();
    let width: f64 = elements(&xml, "col")
        .iter()
        .find(|c| c["min"].parse::<usize>().unwrap() <= column && column <= c["max"].parse().unwrap())
        .map(|c| c["width"].parse().unwrap())
        .unwrap();
    assert!(width >= "Wahrscheinlichkeit".len() as f64, "{width}");
}

/// Seen in a new assessment: a zone with an SL-T and nothing answered had its SL-A {0 0 0 0 0 0 0}
/// in red, a gap nobody has found. Short only by unanswered requirements is open work; one
/// answer not met makes it a gap.
#[test]
fn a_zone_short_only_by_unanswered_requirements_is_not_painted_as_a_gap() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = new_assessment(h, "a.toml", "", 2);
    let fills = |book: &Path| {
        let mut wb: Xlsx<_> = open_workbook(book).unwrap();
        let summary = wb.worksheet_range("Summary").unwrap();
        let row = 1 + summary.rows().position(|r| r[0] == "Z1").unwrap();
        let model = wb.worksheet_range("Zone and conduit model").unwrap();
        let heads: Vec<String> = model.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
        let iac = heads.iter().position(|h| h == "IAC").unwrap();
        let column = char::from(b'A' + iac as u8);
        (
            fill_of(book, &sheet(book, "Summary"), &format!("C{row}")),
            fill_of(book, &sheet(book, "Zone and conduit model"), &format!("{column}2")),
        )
    };
    let book = export(h, &file, &[]);
    assert_eq!(fills(&book), (None, None), "nothing answered: no red");
    answer_z1(h, &file, "SR 1.1", "not-met", &[]);
    let book = export(h, &file, &[]);
    assert_eq!(
        fills(&book),
        (Some(RED.into()), Some(RED.into())),
        "SR 1.1 not met: a gap in IAC"
    );
}
