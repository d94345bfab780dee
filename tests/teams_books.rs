//! The compare and rollup workbooks as a reader gets them: in words of the chosen language, the
//! files they were made from named, every sheet set up to print.

mod common;

use calamine::{Reader, Xlsx, open_workbook};
use common::run;
use predicates::prelude::*;
use sha2::{Digest, Sha256};
use std::fs;
use std::io::Read;
use std::path::Path;

fn answer(h: &Path, file: &str, q: &str, zone: Option<&str>, item: &str, value: &str) {
    let mut args = vec!["answer", file, "-q", q, "--item", item, "--value", value];
    if let Some(z) = zone {
        args.extend(["--zone", z]);
    }
    run(h, &args).success();
}

/// An earlier and a later assessment of one site: one answer up, one down, a 3-3 gap closed.
fn before_and_after(h: &Path) -> (String, String) {
    let old = common::new_assessment(h, "2025.toml", "North", 1);
    answer(h, &old, "iec62443-2-4", None, "SP.01.01 BR", "ml1");
    answer(h, &old, "iec62443-2-4", None, "SP.01.02 BR", "ml3");
    answer(h, &old, "iec62443-3-3", Some("Z1"), "SR 1.1", "not-met");
    let new = h.join("2026.toml").to_string_lossy().into_owned();
    fs::copy(&old, &new).unwrap();
    answer(h, &new, "iec62443-2-4", None, "SP.01.01 BR", "ml3");
    answer(h, &new, "iec62443-2-4", None, "SP.01.02 BR", "ml1");
    answer(h, &new, "iec62443-3-3", Some("Z1"), "SR 1.1", "met");
    (old, new)
}

fn rows(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

fn sheet_names(path: &Path) -> Vec<String> {
    let wb: Xlsx<_> = open_workbook(path).unwrap();
    wb.sheet_names()
}

fn part(path: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

/// The attributes of the first `element` of `xml`, by name.
fn attributes(xml: &str, element: &str) -> std::collections::BTreeMap<String, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == element => {
                return e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (a.key.as_ref().to_string(), a.value.into_owned())
                    })
                    .collect();
            }
            Event::Eof => return Default::default(),
            _ => {}
        }
    }
}

/// Every sheet prints landscape, one page wide, with the footer naming the classification, and
/// has a print area.
fn assert_print_ready(path: &Path, classification: &str) {
    let names = sheet_names(path);
    for n in 1..=names.len() {
        let xml = part(path, &format!("xl/worksheets/sheet{n}.xml"));
        let setup = attributes(&xml, "pageSetup");
        let sheet = &names[n - 1];
        assert_eq!(
            setup.get("orientation").map(String::as_str),
            Some("landscape"),
            "{sheet}"
        );
        // One page wide: 1 is the default, left out of the XML.
        assert!(
            matches!(setup.get("fitToWidth").map(String::as_str), None | Some("1")),
            "{sheet}"
        );
        assert_eq!(setup.get("fitToHeight").map(String::as_str), Some("0"), "{sheet}");
        let fit = attributes(&xml, "pageSetUpPr");
        assert_eq!(fit.get("fitToPage").map(String::as_str), Some("1"), "{sheet}");
        assert!(
            xml.contains("<oddFooter>") && xml.contains(classification),
            "{sheet}: no footer with {classification}"
        );
    }
    let book = part(path, "xl/workbook.xml");
    assert_eq!(
        book.matches("_xlnm.Print_Area").count(),
        names.len(),
        "a print area on every sheet"
    );
}

fn digest(path: &str) -> String {
    format!("{:x}", Sha256::digest(fs::read(path).unwrap()))
}

#[test]
fn compare_speaks_german_with_labels_in_the_terminal_and_the_workbook() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (old, new) = before_and_after(h);
    let xlsx = h.join("changes.xlsx");
    run(
        h,
        &["--lang", "de", "compare", &old, &new, "--xlsx", xlsx.to_str().unwrap()],
    )
    .success()
    .stdout(
        predicate::str::is_match(r"Antwort\s+iec62443-2-4\s+SP.01.01 BR\s+ML1 Initial -> ML3 Definiert\s+besser")
            .unwrap(),
    )
    .stdout(predicate::str::is_match(r"SR 1.1\s+Nicht erfüllt -> Erfüllt\s+besser").unwrap())
    .stdout(predicate::str::is_match(r"Lücke\s+iec62443-2-4\s+SP.01.01 BR\s+Lücke ->\s+Lücke geschlossen").unwrap())
    .stdout(predicate::str::contains("ml3").not());
    assert_eq!(
        sheet_names(&xlsx),
        ["Änderungen", "Reifegrad vorher und nachher", "Quellen"]
    );
    let changes = rows(&xlsx, "Änderungen");
    assert_eq!(changes[0][4..7], ["Vorher", "Nachher", "Änderung"]);
    let sp01 = changes
        .iter()
        .find(|r| r[3] == "SP.01.01 BR" && r[0] == "Antwort")
        .unwrap();
    assert_eq!(sp01[4..7], ["ML1 Initial", "ML3 Definiert", "besser"]);
    assert!(!changes.iter().flatten().any(|c| c == "not-met" || c == "ml3"));
    assert_print_ready(&xlsx, "Vertraulich");
    // --json keeps the ids.
    run(h, &["--lang", "de", "compare", &old, &new, "--json"])
        .success()
        .stdout(predicate::str::contains(r#""old": "not-met""#));
}

#[test]
fn the_compare_workbook_is_in_the_newer_assessments_language_and_names_both_files() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (old, new) = before_and_after(h);
    // The later assessment is in French: the workbook follows it, the terminal stays English.
    let text = fs::read_to_string(&new)
        .unwrap()
        .replace("language = \"en\"", "language = \"fr\"");
    fs::write(&new, text).unwrap();
    let xlsx = h.join("changes.xlsx");
    run(h, &["compare", &old, &new, "--xlsx", xlsx.to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains("ML1 Initial -> ML3 Defined"));
    assert_eq!(
        sheet_names(&xlsx),
        ["Changements", "Maturité avant et après", "Sources"]
    );
    let sources = rows(&xlsx, "Sources");
    assert!(sources[0][0].starts_with("Comparaison faite le 20"), "{:?}", sources[0]);
    let row = |path: &str| {
        sources
            .iter()
            .find(|r| r.get(1).map(String::as_str) == Some(path))
            .unwrap()
            .clone()
    };
    let (earlier, later) = (row(&old), row(&new));
    assert_eq!(earlier[0], "Antérieure");
    assert_eq!(later[0], "Postérieure");
    assert_eq!(earlier[2..4], ["Works", "North"]);
    assert!(earlier[4].ends_with(" UTC"), "{earlier:?}");
    assert_eq!(earlier[5], digest(&old));
    assert_eq!(later[5], digest(&new));
    // The levels sheet: the mean of SP.01 before and after, with its chart.
    let levels = rows(&xlsx, "Maturité avant et après");
    let sp01 = levels
        .iter()
        .find(|r| r.get(1).map(String::as_str) == Some("SP.01"))
        .unwrap();
    assert_eq!(sp01[0], "iec62443-2-4");
    assert!(part(&xlsx, "xl/charts/chart1.xml").contains("<c:barChart>"));
    assert_print_ready(&xlsx, "Confidentiel");
}

#[test]
fn a_rollup_of_two_files_of_one_site_names_both_files() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (old, new) = before_and_after(h);
    let south = common::new_assessment(h, "south.toml", "South", 1);
    let out = h.join("portfolio.xlsx");
    run(
        h,
        &[
            "--lang",
            "de",
            "rollup",
            &old,
            &new,
            &south,
            "-o",
            out.to_str().unwrap(),
        ],
    )
    .success();
    assert_eq!(
        sheet_names(&out),
        [
            "Übersicht",
            "Reifegrad je Standort",
            "Security-Level je Standort",
            "Fortschritt je Standort",
            "Quellen"
        ]
    );
    let day = |path: &str| {
        let a = iacs_assess::assessment::storage::read(Path::new(path), &common::catalog()).unwrap();
        a.assessment.modified.strftime("%Y-%m-%d").to_string()
    };
    let (first, second) = (
        format!("North (2025.toml, {})", day(&old)),
        format!("North (2026.toml, {})", day(&new)),
    );
    let overview = rows(&out, "Übersicht");
    let sites: Vec<&str> = overview
        .iter()
        .map(|r| r[0].as_str())
        .filter(|c| c.starts_with("North"))
        .collect();
    assert_eq!(sites, [first.as_str(), second.as_str()]);
    let maturity = rows(&out, "Reifegrad je Standort");
    assert_eq!(maturity[0][3..5], [first.clone(), second.clone()]);
    let sp01 = maturity.iter().find(|r| r[1] == "SP.01").unwrap();
    assert_eq!(sp01[3..5], ["2", "2"], "the mean of ml1 and ml3 both times");
    let security = rows(&out, "Security-Level je Standort");
    assert!(security.iter().any(|r| r[0] == first) && security.iter().any(|r| r[0] == second));
    // The site's name wraps in its column: its row is two lines tall (30 points).
    let xml = part(&out, "xl/worksheets/sheet3.xml");
    assert!(
        xml.contains(r#"<row r="2" spans="1:5" ht="30""#),
        "{}",
        &xml[..xml.len().min(1500)]
    );
    let sources = rows(&out, "Quellen");
    assert!(sources[0][0].starts_with("Zusammengestellt am 20"));
    for (label, path) in [(&first, &old), (&second, &new)] {
        let row = sources.iter().find(|r| &r[0] == label).unwrap();
        assert_eq!((row[1].as_str(), row[5].clone()), (path.as_str(), digest(path)));
    }
    assert!(part(&out, "xl/charts/chart1.xml").contains("<c:barDir val=\"bar\"/>"));
    assert_print_ready(&out, "Vertraulich");
}
