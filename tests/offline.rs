//! The questionnaire workbook for offline use (issue 19): a sheet per zone and per conduit with
//! its name and description, guidance and the meaning of each answer beside every question,
//! answer cells typed as text and the only unlocked ones, and an import that refuses to empty
//! answers or to pick between repeated rows unless told, in the workbook's language.

mod common;

use calamine::Data;
use common::sheets::{Sheets, sheets, write_back};
use common::{answer_z1, run};
use iacs_assess::assessment::storage;
use predicates::prelude::*;
use quick_xml::Reader as XmlReader;
use quick_xml::events::Event;
use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::Path;

/// Layout 2 of the offline workbook: the hidden ids, then the cells a person fills in.
const TARGET: usize = 1;
const REQUIREMENT: usize = 2;
const GUIDANCE: usize = 5;
const MEANINGS: usize = 6;
const ANSWER: usize = 7;
const NOTE: usize = 8;
const EVIDENCE: usize = 9;

fn cell(sheet: &BTreeMap<(u32, u32), Data>, row: u32, col: usize) -> String {
    sheet.get(&(row, col as u32)).map(|d| d.to_string()).unwrap_or_default()
}

/// The row (0-based) of `requirement` on the sheet for `target`.
fn find(sheets: &Sheets, target: &str, requirement: &str) -> (usize, u32) {
    for (i, (_, cells)) in sheets.iter().enumerate() {
        for (&(r, c), d) in cells {
            if c as usize == REQUIREMENT && *d == requirement && cell(cells, r, TARGET) == target {
                return (i, r);
            }
        }
    }
    panic!("no row for {requirement} of {target}");
}

fn set(sheets: &mut Sheets, (sheet, row): (usize, u32), col: usize, value: &str) {
    let cells = &mut sheets[sheet].1;
    if value.is_empty() {
        cells.remove(&(row, col as u32));
    } else {
        cells.insert((row, col as u32), Data::String(value.into()));
    }
}

fn export(h: &Path, file: &str, out: &Path, lang: Option<&str>) {
    let mut args = vec!["export", file, "--format", "offline-xlsx", "-o", out.to_str().unwrap()];
    if let Some(l) = lang {
        args.extend(["--lang", l]);
    }
    run(h, &args).success();
}

/// One part of the zip, as text.
fn part(path: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

/// Every start or empty element of an XML part: (name, attributes).
fn elements(xml: &str) -> Vec<(String, BTreeMap<String, String>)> {
    let mut reader = XmlReader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().into_inner().to_string();
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (a.key.into_inner().to_string(), a.value.into_owned())
                    })
                    .collect();
                out.push((name, attrs));
            }
            _ => {}
        }
    }
    out
}

/// The cell formats of styles.xml (cellXfs), each as (number format id, locked).
fn cell_formats(path: &Path) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut inside = false;
    for (name, attrs) in elements(&part(path, "xl/styles.xml")) {
        match name.as_str() {
            "cellXfs" => inside = true,
            "cellStyles" => inside = false,
            "xf" if inside => out.push((attrs.get("numFmtId").cloned().unwrap_or("0".into()), true)),
            "protection" if inside => {
                if let Some(last) = out.last_mut() {
                    last.1 = attrs.get("locked").is_none_or(|v| v != "0");
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_demo_has_a_sheet_per_zone_and_conduit_with_its_name_guidance_and_the_meaning_of_answers() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let demo = h.join("demo.toml");
    run(h, &["demo", "--no-open", "--copy-to", demo.to_str().unwrap()]).success();
    let a = storage::read(&demo, &common::catalog()).unwrap();
    let out = h.join("offline.xlsx");
    export(h, demo.to_str().unwrap(), &out, None);
    let book = sheets(&out);
    for zone in &a.zones {
        let (s, _) = find(&book, &zone.id, "SR 1.1");
        let cells = &book[s].1;
        assert_eq!(
            cell(cells, 1, REQUIREMENT),
            format!("Zone {}: {}", zone.id, zone.name),
            "sheet {}",
            book[s].0
        );
        assert_eq!(cell(cells, 2, REQUIREMENT), zone.description);
    }
    for conduit in &a.conduits {
        let (s, _) = find(&book, &conduit.id, "SR 5.1");
        let cells = &book[s].1;
        assert!(
            cell(cells, 1, REQUIREMENT).starts_with(&format!("Conduit {}: {}", conduit.id, conduit.name)),
            "{}",
            cell(cells, 1, REQUIREMENT)
        );
    }
    let per_target = book.iter().filter(|(name, _)| name.starts_with("iec62443-3-3")).count();
    assert_eq!(per_target, a.zones.len() + a.conduits.len());
    assert!(a.conduits.len() >= 2, "the demo has conduits");

    // The header row: a plain table, guidance and the meanings beside the question.
    let (s, row) = find(&book, &a.zones[0].id, "SR 1.1");
    let cells = &book[s].1;
    let head = (0..row).rev().find(|&r| cell(cells, r, 0) == "questionnaire").unwrap();
    assert_eq!(cell(cells, head, GUIDANCE), "Guidance and evidence to ask for");
    assert_eq!(cell(cells, head, MEANINGS), "What each answer means");
    assert_eq!(cell(cells, head, ANSWER), "Answer");
    assert!(
        cell(cells, row, GUIDANCE).contains("Met when:"),
        "{}",
        cell(cells, row, GUIDANCE)
    );
    assert!(
        cell(cells, row, GUIDANCE).contains("Evidence to ask for:\n• "),
        "{}",
        cell(cells, row, GUIDANCE)
    );
    assert!(cell(cells, row, MEANINGS).contains("Met: The requirement is fulfilled"));
    assert!(cell(cells, row, MEANINGS).contains("Not applicable: "));
    // The organisation-wide questionnaire gives the maturity levels.
    let (s, row) = find(&book, "", "SP.01.01 BR");
    assert!(cell(&book[s].1, row, MEANINGS).contains("ML2 Managed: "));
    // The lists sheet records the language and the layout.
    let lists = &book.iter().find(|(n, _)| n == "lists").unwrap().1;
    let facts: Vec<String> = lists.values().map(|d| d.to_string()).collect();
    assert!(facts.windows(2).any(|w| w == ["language", "en"]), "{facts:?}");
    assert!(facts.windows(2).any(|w| w == ["layout", "2"]), "{facts:?}");
}

#[test]
fn only_answer_cells_are_unlocked_typed_as_text_and_every_sheet_is_protected_and_prints() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = common::new_assessment(h, "a.toml", "", 2);
    answer_z1(h, &file, "SR 1.1", "met", &["--note=-2+3", "--evidence", "2026-10-13"]);
    let out = h.join("offline.xlsx");
    export(h, &file, &out, None);
    let book = sheets(&out);
    // What was typed stays text: no date, no formula.
    let (s, row) = find(&book, "Z1", "SR 1.1");
    assert_eq!(book[s].1[&(row, NOTE as u32)], Data::String("-2+3".into()));
    assert_eq!(book[s].1[&(row, EVIDENCE as u32)], Data::String("2026-10-13".into()));

    let formats = cell_formats(&out);
    let names: Vec<String> = book.iter().map(|(n, _)| n.clone()).collect();
    for (i, (name, cells)) in book.iter().enumerate() {
        let xml = part(&out, &format!("xl/worksheets/sheet{}.xml", i + 1));
        let els = elements(&xml);
        let protection = els
            .iter()
            .find(|(n, _)| n == "sheetProtection")
            .unwrap_or_else(|| panic!("sheet {name} is not protected"));
        assert!(!protection.1.contains_key("password"), "{name}: no password");
        if !name.starts_with("iec62443") {
            continue;
        }
        // Filtering and sorting stay allowed ("0": not protected).
        assert_eq!(protection.1.get("autoFilter").map(String::as_str), Some("0"), "{name}");
        assert_eq!(protection.1.get("sort").map(String::as_str), Some("0"), "{name}");
        assert!(els.iter().any(|(n, _)| n == "autoFilter"), "{name}: a filter");
        // Landscape, one page wide, the header row repeated, a footer with "page N of M".
        let setup = &els.iter().find(|(n, _)| n == "pageSetup").unwrap().1;
        assert_eq!(setup.get("orientation").map(String::as_str), Some("landscape"));
        assert_eq!(setup.get("fitToHeight").map(String::as_str), Some("0"));
        assert!(setup.get("fitToWidth").is_none_or(|w| w == "1"));
        assert!(
            els.iter()
                .any(|(n, a)| n == "pageSetUpPr" && a.get("fitToPage").is_some_and(|v| v == "1"))
        );
        assert!(xml.contains("page &amp;P of &amp;N"), "{name}: footer");
        // Every cell: the answer cells (H to L) unlocked and "@" (49), the rest locked.
        let (head, _) = cells
            .keys()
            .find(|(r, c)| *c == 0 && cells[&(*r, 0)] == "questionnaire")
            .unwrap();
        // The header row (below the zone's name and description) prints on every page.
        let workbook_xml = part(&out, "xl/workbook.xml");
        let titles = format!("'{name}'!${0}:${0}", head + 1);
        assert!(workbook_xml.contains(&titles), "{name}: print titles {titles}");
        // A requirement's row is as tall as its guidance (LibreOffice does not grow rows itself).
        let first = (head + 2).to_string();
        let height: f64 = els
            .iter()
            .find(|(n, a)| n == "row" && a.get("r") == Some(&first))
            .and_then(|(_, a)| a.get("ht")?.parse().ok())
            .unwrap_or(15.0);
        assert!(height >= 10.0 * 15.0, "{name}: row {first} is {height} points tall");
        let mut answer_cells = 0;
        for (_, attrs) in els.iter().filter(|(n, _)| n == "c") {
            let reference = &attrs["r"];
            let column = reference
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect::<String>();
            let row: u32 = reference[column.len()..].parse().unwrap();
            let style: usize = attrs.get("s").map_or(0, |s| s.parse().unwrap());
            let (num_fmt, locked) = &formats[style];
            let answer_column = ["H", "I", "J", "K", "L"].contains(&column.as_str());
            if row > head + 1 && answer_column {
                answer_cells += 1;
                assert!(!locked, "{name}!{reference} is an answer cell");
                assert_eq!(num_fmt, "49", "{name}!{reference} is typed as text");
            } else {
                assert!(*locked, "{name}!{reference} is locked");
            }
        }
        assert!(answer_cells >= 5 * 10, "{name}: {answer_cells} answer cells");
    }
    assert!(names.iter().any(|n| n == "iec62443-3-3 Z1"), "{names:?}");
}

/// An assessment with two answers for Z1 (SR 1.1 met with a note, SR 1.2 not met), its offline
/// workbook read back as sheets, and the places of the two rows.
fn answered(h: &Path, lang: Option<&str>) -> (String, Sheets, (usize, u32), (usize, u32)) {
    let file = common::new_assessment(h, "a.toml", "", 2);
    for (item, value) in [("SR 1.1", "met"), ("SR 1.2", "not-met")] {
        answer_z1(h, &file, item, value, &["--note", "seen on site"]);
    }
    let out = h.join("offline.xlsx");
    export(h, &file, &out, lang);
    let book = sheets(&out);
    let (first, second) = (find(&book, "Z1", "SR 1.1"), find(&book, "Z1", "SR 1.2"));
    (file, book, first, second)
}

fn value_of(file: &str, requirement: &str) -> Option<String> {
    let a = storage::read(Path::new(file), &common::catalog()).unwrap();
    a.answers()
        .iter()
        .find(|x| x.requirement.as_ref() == requirement)
        .and_then(|x| x.value.as_deref().map(str::to_string))
}

#[test]
fn emptying_an_answer_is_refused_with_its_sheet_row_and_cells_and_applied_with_allow_clear() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (file, mut book, sr11, sr12) = answered(h, None);
    set(&mut book, sr11, ANSWER, "");
    set(&mut book, sr11, NOTE, "");
    set(&mut book, sr12, NOTE, "seen on site, again");
    let back = h.join("back.xlsx");
    write_back(&book, &back);
    let before = fs::read(&file).unwrap();
    let row = sr11.1 + 1;
    run(h, &["import", &file, "--from", back.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "sheet 'iec62443-3-3 Z1', row {row} (cells H{row}, I{row}): empties the answer, the note of SR 1.1 (iec62443-3-3, Z1)"
        )))
        .stderr(predicate::str::contains("--allow-clear"))
        .stderr(predicate::str::contains("1 problem: nothing was imported"));
    assert_eq!(fs::read(&file).unwrap(), before, "a refused import wrote the file");

    // --partial takes the rest and leaves the answer as it was.
    run(h, &["import", &file, "--from", back.to_str().unwrap(), "--partial"])
        .success()
        .stdout(predicate::str::contains("Imported 1 changed answers"))
        .stderr(predicate::str::contains("not taken: "));
    assert_eq!(value_of(&file, "SR 1.1").as_deref(), Some("met"));

    run(h, &["import", &file, "--from", back.to_str().unwrap(), "--allow-clear"])
        .success()
        .stdout(predicate::str::contains("Imported 1 changed answers"))
        .stderr(predicate::str::contains(format!(
            "sheet 'iec62443-3-3 Z1', row {row}: cleared the answer, the note of SR 1.1"
        )));
    assert_eq!(value_of(&file, "SR 1.1"), None);
}

#[test]
fn rows_that_repeat_an_answer_are_refused_naming_both_and_identical_ones_are_taken_once_when_allowed() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (file, book, sr11, _) = answered(h, None);
    let sheet = &book[sr11.0].1;
    let last = sheet.keys().map(|(r, _)| *r).max().unwrap();
    // A copy of the SR 1.1 row below the table, once saying something else, once the same.
    let copy = |book: &Sheets, answer: &str| {
        let mut book = book.clone();
        for col in 0..12 {
            let value = cell(&book[sr11.0].1, sr11.1, col);
            set(&mut book, (sr11.0, last + 1), col, &value);
        }
        set(&mut book, (sr11.0, last + 1), ANSWER, answer);
        book
    };
    let (a, b) = (sr11.1 + 1, last + 2);
    let both = format!("sheet 'iec62443-3-3 Z1', row {a}; sheet 'iec62443-3-3 Z1', row {b}");

    let differ = h.join("differ.xlsx");
    write_back(&copy(&book, "Not met"), &differ);
    for allow in [false, true] {
        let mut args = vec!["import", &file, "--from", differ.to_str().unwrap()];
        if allow {
            args.push("--allow-duplicates");
        }
        run(h, &args).code(2).stderr(predicate::str::contains(format!(
            "SR 1.1 (iec62443-3-3, Z1) is given on 2 rows that differ: {both}"
        )));
    }
    assert_eq!(value_of(&file, "SR 1.1").as_deref(), Some("met"));

    let same = h.join("same.xlsx");
    let mut twice = copy(&book, "Met");
    let sr12 = find(&twice, "Z1", "SR 1.2");
    set(&mut twice, sr12, ANSWER, "Met");
    write_back(&twice, &same);
    run(h, &["import", &file, "--from", same.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "SR 1.1 (iec62443-3-3, Z1) is given on 2 identical rows: {both}; delete all but one, or import again with --allow-duplicates"
        )));
    assert_eq!(value_of(&file, "SR 1.2").as_deref(), Some("not-met"), "nothing written");
    run(
        h,
        &["import", &file, "--from", same.to_str().unwrap(), "--allow-duplicates"],
    )
    .success()
    .stdout(predicate::str::contains("Imported 1 changed answers"))
    .stderr(predicate::str::contains("identical rows, taken once"));
    assert_eq!(value_of(&file, "SR 1.2").as_deref(), Some("met"));
}

#[test]
fn a_german_workbook_speaks_german_when_read_back() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (file, mut book, sr11, _) = answered(h, Some("de"));
    let (s, head) = {
        let cells = &book[sr11.0].1;
        (
            sr11.0,
            (0..sr11.1)
                .rev()
                .find(|&r| cell(cells, r, 0) == "questionnaire")
                .unwrap(),
        )
    };
    assert_eq!(cell(&book[s].1, head, ANSWER), "Antwort");
    assert_eq!(cell(&book[s].1, 1, REQUIREMENT), "Zone Z1 – Control");
    set(&mut book, sr11, ANSWER, "");
    let back = h.join("zurück.xlsx");
    write_back(&book, &back);
    // The interface speaks English (LC_ALL=C); the workbook is German.
    run(h, &["import", &file, "--from", back.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "Blatt 'iec62443-3-3 Z1', Zeile {} (Zellen H{}): leert die Antwort",
            sr11.1 + 1,
            sr11.1 + 1
        )))
        .stderr(predicate::str::contains("nichts wurde eingelesen"));
    // --lang chooses otherwise.
    run(h, &["--lang", "fr", "import", &file, "--from", back.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains("feuille 'iec62443-3-3 Z1'"));
    run(h, &["import", &file, "--from", back.to_str().unwrap(), "--allow-clear"])
        .success()
        .stdout(predicate::str::contains("geänderte Antworten aus"));
    // A cell that cannot be taken is refused in German too.
    let sr12 = find(&book, "Z1", "SR 1.2");
    set(&mut book, sr12, ANSWER, "Vielleicht");
    write_back(&book, &back);
    run(h, &["import", &file, "--from", back.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "Blatt 'iec62443-3-3 Z1', Zelle H{}: \"Vielleicht\" ist keine Antwort für SR 1.2",
            sr12.1 + 1
        )));
}
