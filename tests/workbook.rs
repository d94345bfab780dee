//! Workbooks read back with calamine: the customer's report, and the questionnaire workbook for
//! offline use going out and coming back in (export -> import -> export keeps every answer).

mod common;

use common::run;

use calamine::{Data, Reader, Xlsx, open_workbook};
use iacs_assess::assessment::storage;
use predicates::prelude::*;
use rust_xlsxwriter::{Formula, Workbook};
use std::fs;
use std::path::Path;

fn setup(home: &Path, name: &str) -> String {
    common::new_assessment(home, name, "", 2)
}

/// (questionnaire, target, requirement, value, note, evidence, interviewee, flagged) of every answer.
type AnswerFields = (
    String,
    Option<String>,
    String,
    Option<String>,
    String,
    Vec<String>,
    String,
    bool,
);

fn answers_of(path: &str) -> Vec<AnswerFields> {
    let a = storage::read(Path::new(path), &common::catalog()).unwrap();
    a.answers()
        .iter()
        .map(|x| {
            (
                x.questionnaire.to_string(),
                x.target.as_deref().map(str::to_string),
                x.requirement.to_string(),
                x.value.as_deref().map(str::to_string),
                x.note.clone(),
                x.evidence.clone(),
                x.interviewee.to_string(),
                x.flagged,
            )
        })
        .collect()
}

/// Every cell of columns A to L (layout 2: the note in I) of every questionnaire sheet, as text.
fn offline_cells(path: &Path) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let mut out = Vec::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        for row in range.rows().skip(1) {
            if row.len() >= 12 && !matches!(row[0], Data::Empty) {
                out.push(row[..12].iter().map(|c| c.to_string()).collect());
            }
        }
    }
    out
}

#[test]
fn the_offline_workbook_round_trips_every_answer() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = setup(h, "a.toml");
    let answer = |args: &[&str]| {
        let mut all = vec!["answer", a.as_str()];
        all.extend_from_slice(args);
        run(h, &all).success();
    };
    answer(&[
        "-q",
        "iec62443-2-4",
        "--item",
        "SP.01.01 BR",
        "--value",
        "ml3",
        "--note",
        "line one\nline two\n  indented",
        "--evidence",
        "DOC-1",
        "--evidence",
        "Log 7",
        "--interviewee",
        "B. Engineer",
    ]);
    answer(&[
        "-q",
        "iec62443-2-4",
        "--item",
        "SP.04.01 BR",
        "--value",
        "na",
        "--note",
        "=no wireless at all",
        "--flag",
    ]);
    answer(&[
        "-q",
        "iec62443-3-3",
        "--zone",
        "Z1",
        "--item",
        "SR 1.1",
        "--value",
        "compensated",
        "--note",
        "jump host",
    ]);
    answer(&[
        "-q",
        "iec62443-3-3",
        "--zone",
        "Z1",
        "--item",
        "SR 1.2",
        "--value",
        "not-met",
    ]);

    let out = h.join("offline.xlsx");
    run(
        h,
        &["export", &a, "--format", "offline-xlsx", "-o", out.to_str().unwrap()],
    )
    .success();

    let b = setup(h, "b.toml");
    run(h, &["import", &b, "--from", out.to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains("Imported 4 changed answers"));
    let (mut x, mut y) = (answers_of(&a), answers_of(&b));
    x.sort();
    y.sort();
    assert_eq!(x, y, "the answers came back different");

    // Importing the same workbook again changes nothing.
    let before = fs::read(&b).unwrap();
    run(h, &["import", &b, "--from", out.to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains("Imported 0 changed"));
    assert_eq!(
        fs::read(&b).unwrap(),
        before,
        "an import without changes rewrote the file"
    );

    // export -> import -> export: the second workbook carries the same cells.
    let out2 = h.join("offline2.xlsx");
    run(
        h,
        &["export", &b, "--format", "offline-xlsx", "-o", out2.to_str().unwrap()],
    )
    .success();
    assert_eq!(offline_cells(&out), offline_cells(&out2));
    // The multi-line note survived as it was.
    assert!(
        offline_cells(&out2)
            .iter()
            .any(|r| r[8] == "line one\nline two\n  indented")
    );
}

/// A workbook laid out like the offline one, with the given rows (columns A..K).
fn workbook(path: &Path, rows: &[[&str; 11]], formula_in_note_of_row: Option<u32>) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("iec62443-2-4").unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, *cell).unwrap();
        }
    }
    if let Some(r) = formula_in_note_of_row {
        ws.write_formula(r, 7, Formula::new("=1+1")).unwrap();
    }
    wb.save(path).unwrap();
}

#[test]
fn every_cell_that_cannot_be_taken_is_reported_and_nothing_changes() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = setup(h, "a.toml");
    let wb = h.join("filled.xlsx");
    let q = "iec62443-2-4";
    workbook(
        &wb,
        &[
            [q, "", "SP.01.01 BR", "", "", "", "ML2 Managed", "fine", "", "", ""],
            [q, "", "SP.99 BR", "", "", "", "ML2 Managed", "", "", "", ""],
            [q, "", "SP.01.02 BR", "", "", "", "ML7", "", "", "", ""],
            [q, "", "SP.01.03 BR", "", "", "", "Not applicable", "", "", "", ""],
            [q, "", "SP.01.04 BR", "", "", "", "ml1", "", "", "", "perhaps"],
            [q, "", "SP.01.05 BR", "", "", "", "ML4 Improving", "", "", "", ""],
            [q, "Z1", "SP.01.06 BR", "", "", "", "ML1 Initial", "", "", "", ""],
        ],
        Some(6),
    );
    let before = fs::read(&a).unwrap();
    run(h, &["import", &a, "--from", wb.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(
            "cell C3: iec62443-2-4 has no requirement \"SP.99 BR\"",
        ))
        .stderr(predicate::str::contains("cell G4: \"ML7\" is not an answer"))
        .stderr(predicate::str::contains(
            "cell H5: the answer for SP.01.03 BR needs a reason",
        ))
        .stderr(predicate::str::contains("cell K6: \"perhaps\""))
        .stderr(predicate::str::contains("cell H7: holds a formula"))
        .stderr(predicate::str::contains(
            "cell B8: iec62443-2-4 is answered for the whole organisation",
        ));
    assert_eq!(fs::read(&a).unwrap(), before, "a refused import changed the assessment");

    run(h, &["import", &a, "--from", wb.to_str().unwrap(), "--partial"])
        .success()
        .stdout(predicate::str::contains("Imported 1 changed"))
        .stderr(predicate::str::contains("not taken"));
    let got = answers_of(&a);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].3.as_deref(), Some("ml2"));
}

#[test]
fn a_workbook_without_questionnaire_sheets_or_not_a_workbook_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = setup(h, "a.toml");
    let empty = h.join("other.xlsx");
    let mut wb = Workbook::new();
    wb.add_worksheet().write_string(0, 0, "hello").unwrap();
    wb.save(&empty).unwrap();
    run(h, &["import", &a, "--from", empty.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains("no questionnaire sheets"));
    let junk = h.join("junk.xlsx");
    fs::write(&junk, b"not a zip").unwrap();
    run(h, &["import", &a, "--from", junk.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains("cannot read the workbook"));
}

#[test]
fn the_report_workbook_has_every_sheet_charts_and_findings() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = setup(h, "a.toml");
    run(
        h,
        &[
            "answer",
            &a,
            "-q",
            "iec62443-2-4",
            "--item",
            "SP.01.01 BR",
            "--value",
            "ml1",
        ],
    )
    .success();
    run(
        h,
        &[
            "answer",
            &a,
            "-q",
            "iec62443-3-3",
            "--zone",
            "Z1",
            "--item",
            "SR 1.1",
            "--value",
            "not-met",
        ],
    )
    .success();
    run(
        h,
        &[
            "scenario",
            "add",
            &a,
            "--target",
            "Z1",
            "--threat",
            "Ransomware",
            "--likelihood",
            "5",
            "--impact",
            "5",
        ],
    )
    .success();
    let out = h.join("report.xlsx");
    run(h, &["export", &a, "--format", "xlsx", "-o", out.to_str().unwrap()]).success();
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    // After the findings, a sheet per regulation or framework mapped to 2-4 or 3-3 (CSF 2.0 at least).
    let (catalog, texts) = (common::catalog(), common::texts());
    let assessment = storage::read(Path::new(&a), &catalog).unwrap();
    let mappings: Vec<String> = iacs_assess::alignment::relevant(&assessment, &catalog)
        .iter()
        .map(|m| iacs_assess::alignment::words::mapping_short(&texts, m))
        .collect();
    assert!(mappings.contains(&"CSF 2.0".to_string()), "{mappings:?}");
    let mut expected: Vec<String> = [
        "Cover",
        "Executive summary",
        "Scope and method",
        "Summary",
        "iec62443-2-4",
        "iec62443-3-3",
        "Zone diagram",
        "Zone and conduit model",
        "Risk register",
        "Findings",
    ]
    .map(String::from)
    .to_vec();
    expected.extend(mappings);
    expected.extend(["Evidence register", "Follow-ups", "Plan"].map(String::from));
    assert_eq!(wb.sheet_names(), expected);
    let findings = wb.worksheet_range("Findings").unwrap();
    let kinds: Vec<String> = findings.rows().skip(1).map(|r| r[1].to_string()).collect();
    assert_eq!(kinds.first().map(String::as_str), Some("Intolerable risk"), "{kinds:?}");
    assert!(kinds.iter().any(|k| k == "Security level gap"));
    assert!(kinds.iter().any(|k| k == "Maturity below target"));
    // Every SL-T says why, FR by FR, and which FRs no scenario assessed.
    let zones = wb.worksheet_range("Zone and conduit model").unwrap();
    let header: Vec<String> = zones.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    let why = header
        .iter()
        .position(|h| h == "Why this SL-T")
        .expect("a reasons column");
    let z1 = zones.rows().find(|r| r[0] == "Z1").unwrap();
    // Each FR's cell holds SL-T above SL-A.
    for fr in ["IAC", "UC", "SI", "DC", "RDF", "TRE", "RA"] {
        let col = header.iter().position(|h| h == fr).unwrap();
        assert!(z1[col].to_string().starts_with("2\n"), "{fr}: set by hand: {}", z1[col]);
    }
    assert_eq!(
        z1[why].to_string(),
        "all: set by hand: t\nthe risk model alone would derive {4 4 4 4 4 4 4}\n  all: S1: unmitigated risk Critical, 3 steps above the tolerable line",
        "the override, what the model would derive, and why (a critical scenario is 3 steps above the tolerable line)"
    );
    let sp = wb.worksheet_range("iec62443-2-4").unwrap();
    let row = sp.rows().find(|r| r[1] == "SP.01.01 BR").unwrap();
    assert_eq!(
        (row[5].to_string(), row[6].to_string(), row[7].to_string()),
        ("1".into(), "2".into(), "1".into())
    );
    let zip = zip_names(&out);
    assert!(
        zip.iter().filter(|n| n.starts_with("xl/charts/chart")).count() >= 2,
        "{zip:?}"
    );
}

fn zip_names(path: &Path) -> Vec<String> {
    // The xlsx container lists its parts in the central directory; find the chart parts by name.
    let bytes = fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.match_indices("xl/charts/chart")
        .map(|(i, _)| text[i..i + 20].to_string())
        .collect()
}

/// The heights of the rows of one sheet (`xl/worksheets/sheetN.xml`), by row number: spreadsheet
/// programs do not grow rows for wrapped text another program wrote, so the export sets them.
fn row_heights(path: &Path, sheet: usize) -> std::collections::BTreeMap<u32, f64> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    archive
        .by_name(&format!("xl/worksheets/sheet{sheet}.xml"))
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml.split("<row ")
        .skip(1)
        .filter_map(|row| {
            let attr = |name: &str| {
                let start = row.find(&format!("{name}=\""))? + name.len() + 2;
                row[start..].split('"').next()
            };
            Some((attr("r")?.parse().ok()?, attr("ht")?.parse().ok()?))
        })
        .collect()
}

/// Seen printed (LibreOffice): long gap lists and countermeasure texts ran over the rows below.
#[test]
fn rows_with_long_wrapped_texts_are_as_tall_as_their_text() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let demo = h.join("demo.toml");
    run(h, &["demo", "--no-open", "--copy-to", demo.to_str().unwrap()]).success();
    let out = h.join("report.xlsx");
    run(
        h,
        &[
            "export",
            demo.to_str().unwrap(),
            "--format",
            "xlsx",
            "-o",
            out.to_str().unwrap(),
        ],
    )
    .success();
    let wb: Xlsx<_> = open_workbook(&out).unwrap();
    let names = wb.sheet_names();
    let number = |name: &str| 1 + names.iter().position(|n| n == name).unwrap();
    // Zones: each row as tall as its reasons, one line for each of them at least.
    let mut wb = wb;
    let model = wb.worksheet_range("Zone and conduit model").unwrap();
    let why = model
        .rows()
        .next()
        .unwrap()
        .iter()
        .position(|h| *h == "Why this SL-T")
        .unwrap();
    let heights = row_heights(&out, number("Zone and conduit model"));
    let (row, lines) = (1u32..)
        .zip(model.rows())
        .map(|(row, r)| (row, r[why].to_string().lines().count()))
        .max_by_key(|(_, lines)| *lines)
        .unwrap();
    assert!(lines >= 4, "the demo's longest reasons: {lines} lines");
    assert!(heights[&row] >= lines as f64 * 15.0, "row {row}: {heights:?}");
    // Countermeasures: CCM-01 (row 2) has four lines of text in its widest cell.
    let records = row_heights(&out, number("Compensating countermeasures"));
    assert!(records[&2] >= 4.0 * 15.0, "{records:?}");
}

/// A functional area that does not apply (a provider with no wireless: SP.04, every requirement
/// not applicable with its reason) says so on the Summary sheet, not a maturity of zero.
#[test]
fn a_group_answered_not_applicable_says_so_in_the_workbook() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = setup(h, "a.toml");
    for item in common::SP04 {
        let args = [
            "answer",
            &a,
            "-q",
            "iec62443-2-4",
            "--item",
            item,
            "--value",
            "na",
            "--note",
            "No wireless",
        ];
        run(h, &args).success();
    }
    let out = h.join("report.xlsx");
    run(h, &["export", &a, "--format", "xlsx", "-o", out.to_str().unwrap()]).success();
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    let summary = wb.worksheet_range("Summary").unwrap();
    let row = summary
        .rows()
        .find(|r| r.iter().any(|c| c.to_string().starts_with("SP.04")))
        .expect("an SP.04 row on the Summary sheet");
    let cells: Vec<String> = row.iter().map(|c| c.to_string()).collect();
    assert!(
        cells.iter().any(|c| c.contains("not applicable (all 6 requirements)")),
        "{cells:?}"
    );
    let other = summary
        .rows()
        .find(|r| r.iter().any(|c| c.to_string().starts_with("SP.01")))
        .unwrap();
    assert!(
        !other.iter().any(|c| c.to_string().contains("not applicable (all")),
        "{other:?}"
    );
    // Seen printed: the wrapped "not applicable (all 6 requirements)" ran over the row below.
    // Its row is as tall as the text (rows in the file are numbered from 1, the header first).
    let at = summary
        .rows()
        .position(|r| r.iter().any(|c| c.to_string().starts_with("SP.04")))
        .unwrap() as u32;
    let sheet = 1 + wb.sheet_names().iter().position(|n| n == "Summary").unwrap();
    let heights = row_heights(&out, sheet);
    assert!(heights.get(&(at + 1)).is_some_and(|h| *h >= 30.0), "{heights:?}");
}
