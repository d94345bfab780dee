//! Components (62443-4-2) in the outputs, with real files: the customer's workbook (Components and
//! Zone check sheets, their page setup, the 4-2 sheet per component without the requirements its
//! type is not asked), the offline workbook and its import per component, the JSON export, merge
//! and compare.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::run;
use common::sheets::{sheets, write_back};
use common::xlsx_parts::{defined_names, elements, sheet, sheet_names, text_of};
use iacs_assess::assessment::{AnswerKey, storage};
use predicates::prelude::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// An assessment with 3-3 and 4-2, zone Z1 at SL-T 2, and three components in it: PLC-1
/// (embedded device, declared SL-C {1 2 2 2 2 2 2} by certificate), SW-1 (network device,
/// 4-2 answered: the CCSC and CR 1.1 met), HMI-1 (software application, nothing known).
fn assessment(h: &Path, name: &str) -> String {
    let file = h.join(name).to_string_lossy().into_owned();
    run(
        h,
        &[
            "new",
            &file,
            "-q",
            "iec62443-3-3",
            "-q",
            "iec62443-4-2",
            "--title",
            "Works",
        ],
    )
    .success();
    let sl_t = ["zone", "add", &file, "--id", "Z1", "--name", "Control"];
    run(
        h,
        &[&sl_t[..], &["--sl-t", "2,2,2,2,2,2,2", "--justification", "t"]].concat(),
    )
    .success();
    run(
        h,
        &[
            "component",
            "add",
            &file,
            "--id",
            "PLC-1",
            "--name",
            "Filter PLC",
            "--type",
            "EDR",
            "--vendor",
            "Acme",
            "--product",
            "P-1500",
            "--version",
            "2.9",
            "--zone",
            "Z1",
            "--sl-c",
            "1 2 2 2 2 2 2",
            "--source",
            "certificate",
            "--certificate",
            "CSA-17",
            "--scheme",
            "ISASecure CSA",
            "--date",
            "2024-05-10",
        ],
    )
    .success();
    for (id, name, kind) in [("SW-1", "Switch", "NDR"), ("HMI-1", "HMI software", "SAR")] {
        let args = [
            "component",
            "add",
            &file,
            "--id",
            id,
            "--name",
            name,
            "--type",
            kind,
            "--zone",
            "Z1",
        ];
        run(h, &args).success();
    }
    for item in ["CCSC 1", "CCSC 2", "CCSC 3", "CCSC 4", "CR 1.1"] {
        answer_component(h, &file, "SW-1", item, "met");
    }
    file
}

fn answer_component(h: &Path, file: &str, component: &str, item: &str, value: &str) {
    let args = [
        "answer",
        file,
        "-q",
        "iec62443-4-2",
        "--component",
        component,
        "--item",
        item,
        "--value",
        value,
    ];
    run(h, &args).success();
}

fn export(h: &Path, file: &str, format: &str, out: &str, extra: &[&str]) -> PathBuf {
    let out = h.join(out);
    let args = [
        "export",
        file,
        "--format",
        format,
        "--force",
        "-o",
        out.to_str().unwrap(),
    ];
    run(h, &[&args[..], extra].concat()).success();
    out
}

/// A sheet's cells as text, row by row.
fn rows(book: &Path, name: &str) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(book).unwrap();
    let range = wb.worksheet_range(name).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|d| d.to_string()).collect())
        .collect()
}

fn row_of<'r>(rows: &'r [Vec<String>], first: &str) -> &'r [String] {
    rows.iter()
        .find(|r| r.first().is_some_and(|c| c == first))
        .unwrap_or_else(|| panic!("no row {first}: {rows:?}"))
}

#[test]
fn the_workbook_has_components_with_their_sl_c_and_the_zone_check() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = assessment(h, "a.toml");
    let book = export(h, &file, "xlsx", "report.xlsx", &[]);
    let names = sheet_names(&book);
    let at = |n: &str| {
        names
            .iter()
            .position(|x| x == n)
            .unwrap_or_else(|| panic!("{n}: {names:?}"))
    };
    assert!(at("Zone and conduit model") < at("Components") && at("Components") < at("Zone check"));

    let components = rows(&book, "Components");
    assert_eq!(
        components[0][..8],
        ["Id", "Name", "Type", "Vendor", "Product", "Version", "Zone", "IAC"]
    );
    let plc = row_of(&components, "PLC-1");
    assert_eq!(
        plc[1..7],
        ["Filter PLC", "Embedded device", "Acme", "P-1500", "2.9", "Z1"]
    );
    assert_eq!(plc[7..14], ["1", "2", "2", "2", "2", "2", "2"], "SL-C per FR");
    assert_eq!(plc[14], "declared");
    assert_eq!(plc[15], "{1 2 2 2 2 2 2}: certificate ISASecure CSA CSA-17, 2024-05-10");
    let switch = row_of(&components, "SW-1");
    assert_eq!(switch[14], "assessed");
    assert!(switch[15].starts_with("assessed from 62443-4-2: 5 of "), "{switch:?}");
    let hmi = row_of(&components, "HMI-1");
    assert_eq!(hmi[7..14], ["–"; 7], "an unknown SL-C is no level");
    assert_eq!(hmi[14], "unknown");

    // The zone check, in the words of the score.
    let check = rows(&book, "Zone check");
    let text: Vec<&str> = check.iter().map(|r| r[5].as_str()).collect();
    assert!(text.contains(&"Z1 FR 1: PLC-1 (SL-C 1) below SL-T 2"), "{text:?}");
    assert!(
        text.iter()
            .any(|t| t.starts_with("Z1: HMI-1 has no known SL-C") && t.ends_with("SL-T 2")),
        "{text:?}"
    );
    // PLC-1's cell in IAC is red, UC green.
    let xml = sheet(&book, "Components");
    let fill = |r: &str| common::xlsx_parts::fill_of(&book, &xml, r);
    let plc_row = components.iter().position(|r| r[0] == "PLC-1").unwrap() + 1;
    assert_eq!(
        fill(&format!("H{plc_row}")).as_deref(),
        Some("FFC7CE"),
        "below SL-T: red"
    );
    assert_eq!(
        fill(&format!("I{plc_row}")).as_deref(),
        Some("C6EFCE"),
        "reaches SL-T: green"
    );

    // The zone model names, for Z1, the components that keep it from its SL-T.
    let model = rows(&book, "Zone and conduit model");
    let z1 = row_of(&model, "Z1");
    assert_eq!(model[0].last().unwrap(), "Components that keep it from its SL-T");
    assert!(z1.last().unwrap().starts_with("Below SL-T:\nPLC-1 (FR 1)"), "{z1:?}");
    assert!(z1.last().unwrap().contains("Not yet shown capable:\n"), "{z1:?}");

    // The executive summary says it in one sentence.
    let summary = rows(&book, "Executive summary").concat().join(" ");
    assert!(
        summary
            .contains("One component falls below its zone's SL-T, 2 are not yet shown capable: sheet \"Zone check\"."),
        "{summary}"
    );

    // The 4-2 sheet: only the components answered, only what their type is asked.
    let answers = rows(&book, "iec62443-4-2");
    assert!(answers.iter().skip(1).all(|r| r[0] == "SW-1"), "only SW-1 has answers");
    assert!(answers.iter().any(|r| r[1] == "NDR 1.6"));
    assert!(
        !answers
            .iter()
            .any(|r| ["EDR", "HDR", "SAR"].iter().any(|k| r[1].starts_with(k))),
        "a network device is asked no EDR, HDR or SAR requirement"
    );
    let cr11 = answers.iter().find(|r| r[1] == "CR 1.1").unwrap();
    assert_eq!(cr11[4..7], ["Met", "1", "2"], "level 1, the zone's SL-T 2");

    // The declared SL-C below SL-T is a finding.
    let findings = rows(&book, "Findings");
    assert!(
        findings.iter().any(|r| r[1] == "Declared SL-C below the zone's SL-T"
            && r[3] == "PLC-1 (Z1)"
            && r[4] == "FR 1"
            && r[6] == "SL-C 1"
            && r[7] == "SL-T 2"),
        "{findings:?}"
    );
}

#[test]
fn the_component_sheets_print_as_tables_with_the_footer() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = assessment(h, "a.toml");
    let book = export(h, &file, "xlsx", "report.xlsx", &["--lang", "de"]);
    let names = sheet_names(&book);
    let defined = defined_names(&book);
    for name in ["Komponenten", "Zonenprüfung"] {
        let index = names
            .iter()
            .position(|n| n == name)
            .unwrap_or_else(|| panic!("{names:?}"));
        let xml = sheet(&book, name);
        let setup = &elements(&xml, "pageSetup")[0];
        assert_eq!(setup["orientation"], "landscape", "{name}");
        assert_eq!(setup["fitToHeight"], "0", "{name}");
        assert_eq!(elements(&xml, "pageSetUpPr")[0]["fitToPage"], "1", "{name}");
        let footer = text_of(&xml, "oddFooter").unwrap();
        assert!(footer.starts_with("&LWorks | &A | Vertraulich"), "{name}: {footer}");
        let has = |what: &str| defined.iter().any(|(n, i, _)| n == what && *i == index);
        assert!(
            has("_xlnm.Print_Area") && has("_xlnm.Print_Titles"),
            "{name}: {defined:?}"
        );
    }
    // The rows with wrapped text are as tall as their lines: the declared source takes two.
    let xml = sheet(&book, "Komponenten");
    let heights = common::xlsx_parts::row_heights(&xml);
    assert!(heights.values().any(|&h| h >= 30.0), "{heights:?}");
    let check = rows(&book, "Zonenprüfung");
    assert!(
        check.iter().any(|r| r[5] == "Z1 FR 1: PLC-1 (SL-C 1) unter SL-T 2"),
        "{check:?}"
    );
}

/// Offline layout 2: hidden questionnaire and target, the requirement, then the answer (H).
const TARGET: u32 = 1;
const REQUIREMENT: u32 = 2;
const ANSWER: u32 = 7;

fn cell(cells: &BTreeMap<(u32, u32), Data>, row: u32, col: u32) -> Option<String> {
    cells.get(&(row, col)).map(|d| d.to_string())
}

fn set(cells: &mut BTreeMap<(u32, u32), Data>, row: u32, col: u32, text: &str) {
    cells.insert((row, col), Data::String(text.into()));
}

#[test]
fn the_offline_workbook_has_a_sheet_per_component_and_its_answers_come_back() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = assessment(h, "a.toml");
    let out = export(h, &file, "offline-xlsx", "offline.xlsx", &[]);
    let mut book = sheets(&out);
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    for sheet in ["iec62443-4-2 HMI-1", "iec62443-4-2 PLC-1", "iec62443-4-2 SW-1"] {
        assert!(names.contains(&sheet), "{names:?}");
    }
    let switch = book.iter().position(|(n, _)| n == "iec62443-4-2 SW-1").unwrap();
    let cells = &book[switch].1;
    assert_eq!(
        cell(cells, 1, REQUIREMENT).as_deref(),
        Some("Component SW-1: Switch (Network device)"),
        "the sheet names its component"
    );
    // The requirement cells of the rows for SW-1 (not the lines above the table).
    let requirements: Vec<String> = cells
        .iter()
        .filter(|((r, c), _)| *c == REQUIREMENT && cell(cells, *r, TARGET).as_deref() == Some("SW-1"))
        .map(|(_, t)| t.to_string())
        .collect();
    assert!(requirements.iter().any(|r| r == "NDR 1.6") && requirements.iter().any(|r| r == "CR 1.1"));
    assert!(
        !requirements
            .iter()
            .any(|r| r.starts_with("EDR") || r.starts_with("HDR") || r.starts_with("SAR")),
        "{requirements:?}"
    );
    // Every requirement asked of a network device, and no other.
    let asked = requirements.len();
    let catalog = common::catalog();
    let q = catalog.questionnaire("iec62443-4-2").unwrap();
    let expected = q
        .requirements
        .iter()
        .filter(|r| r.asked_of(iacs_assess::catalog::ComponentType::NetworkDevice))
        .count();
    assert_eq!(asked, expected, "{requirements:?}");

    // Answer CR 2.1 for the switch offline; it comes back for SW-1 only.
    let cr21 = book[switch]
        .1
        .iter()
        .find(|((_, c), t)| *c == REQUIREMENT && **t == "CR 2.1")
        .map(|((r, _), _)| *r)
        .unwrap();
    assert_eq!(cell(&book[switch].1, cr21, TARGET).as_deref(), Some("SW-1"));
    set(&mut book[switch].1, cr21, ANSWER, "Not met");
    let back = h.join("back.xlsx");
    write_back(&book, &back);
    run(h, &["import", &file, "--from", back.to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains("Imported 1 changed answers"));
    let a = storage::read(Path::new(&file), &catalog).unwrap();
    let key = |target| AnswerKey {
        questionnaire: "iec62443-4-2",
        target: Some(target),
        requirement: "CR 2.1",
    };
    assert_eq!(a.answer(key("SW-1")).and_then(|x| x.value.as_deref()), Some("not-met"));
    assert!(a.answer(key("PLC-1")).is_none());

    // A row for a requirement not asked of the type (EDR 2.4 on the switch's sheet) is refused,
    // naming its cell; nothing is written.
    let mut book = sheets(&out);
    let last = book[switch].1.iter().map(|((r, _), _)| *r).max().unwrap() + 1;
    let forged = [
        (0, "iec62443-4-2"),
        (TARGET, "SW-1"),
        (REQUIREMENT, "EDR 2.4"),
        (ANSWER, "Met"),
    ];
    for (col, text) in forged {
        set(&mut book[switch].1, last, col, text);
    }
    write_back(&book, &back);
    let before = fs::read(&file).unwrap();
    let excel_row = last + 1;
    run(h, &["import", &file, "--from", back.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "sheet 'iec62443-4-2 SW-1', cell C{excel_row}: EDR 2.4 is not asked of SW-1, a component of type Network device (only of: Embedded device)"
        )));
    assert_eq!(fs::read(&file).unwrap(), before, "a refused import wrote the file");
}

#[test]
fn answers_from_a_csv_file_name_a_component_and_only_what_its_type_is_asked() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = assessment(h, "a.toml");
    let csv = h.join("answers.csv");
    let rows = [
        "questionnaire,target,requirement,value",
        "iec62443-4-2,SW-1,CR 2.1,met",
        "iec62443-4-2,SW-1,EDR 2.4,met",
        "iec62443-4-2,Z1,CR 2.1,met",
        "iec62443-4-2,,CR 2.2,met",
    ];
    fs::write(&csv, rows.join("\n")).unwrap();
    run(h, &["answer", &file, "--from", csv.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(
            "answers.csv:3: column \"requirement\": EDR 2.4 is not asked of SW-1, a component of type Network device (only of: Embedded device)",
        ))
        .stderr(predicate::str::contains(
            "answers.csv:4: column \"target\": \"Z1\" is not a component of this assessment",
        ))
        .stderr(predicate::str::contains(
            "answers.csv:5: column \"target\": iec62443-4-2 is answered per component, but the row names none",
        ));
}

#[test]
fn the_json_export_lists_the_components_with_their_declared_sl_c() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = assessment(h, "a.toml");
    let out = export(h, &file, "json", "a.json", &[]);
    let json: serde_json::Value = serde_json::from_slice(&fs::read(out).unwrap()).unwrap();
    let components = json["components"].as_array().unwrap();
    let ids: Vec<&str> = components.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["HMI-1", "PLC-1", "SW-1"]);
    assert_eq!(components[1]["type"], "embedded-device");
    assert_eq!(components[1]["zone"], "Z1");
    assert_eq!(
        components[1]["declared"]["sl_c"],
        serde_json::json!([1, 2, 2, 2, 2, 2, 2])
    );
    assert_eq!(components[1]["declared"]["source"], "certificate");
    assert_eq!(components[1]["declared"]["scheme"], "ISASecure CSA");
    assert!(components[0].get("declared").is_none());
    // The SL-C that counts is in the score.
    assert_eq!(json["score"]["components"][1]["source"], "declared");
    let csv = export(h, &file, "csv", "a.csv", &[]);
    let text = fs::read_to_string(csv).unwrap();
    assert!(text.contains("iec62443-4-2,SW-1,CR 1.1,"), "{text}");
}

#[test]
fn merge_takes_components_added_on_one_side_and_lists_a_changed_one_as_a_conflict() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let a = assessment(h, "a.toml");
    let b = h.join("b.toml").to_string_lossy().into_owned();
    fs::copy(&a, &b).unwrap();
    let add = |file: &str, id: &str| {
        let args = [
            "component",
            "add",
            file,
            "--id",
            id,
            "--name",
            "Router",
            "--type",
            "NDR",
        ];
        run(h, &args).success();
    };
    add(&a, "RTR-A");
    add(&b, "RTR-B");
    run(h, &["component", "edit", &a, "--id", "PLC-1", "--version", "3.0"]).success();
    std::thread::sleep(std::time::Duration::from_millis(20));
    run(
        h,
        &[
            "component",
            "edit",
            &b,
            "--id",
            "PLC-1",
            "--version",
            "3.1",
            "--zone",
            "",
        ],
    )
    .success();
    let out = h.join("c.toml").to_string_lossy().into_owned();
    run(h, &["merge", &a, &b, "-o", &out])
        .code(2)
        .stderr(predicate::str::contains(
            "conflict component PLC-1: A version = \"3.0\"; zone = \"Z1\" | B version = \"3.1\"; zone = \"\"",
        ))
        .stderr(predicate::str::contains("nothing was written"));
    assert!(!Path::new(&out).exists());

    run(h, &["merge", &a, &b, "-o", &out, "--prefer", "a"]).success();
    let catalog = common::catalog();
    let c = storage::read(Path::new(&out), &catalog).unwrap();
    let ids: Vec<&str> = c.components.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        ids,
        ["HMI-1", "PLC-1", "RTR-A", "RTR-B", "SW-1"],
        "both added, in id order"
    );
    assert_eq!(c.component("PLC-1").unwrap().version, "3.0");
    let out_b = h.join("d.toml").to_string_lossy().into_owned();
    run(h, &["merge", &a, &b, "-o", &out_b, "--prefer", "newer"]).success();
    let d = storage::read(Path::new(&out_b), &catalog).unwrap();
    assert_eq!(d.component("PLC-1").unwrap().version, "3.1", "B changed it later");
    assert_eq!(d.component("PLC-1").unwrap().zone, "");
}

#[test]
fn compare_shows_components_their_sl_c_per_fr_and_the_zone_check() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let old = assessment(h, "2025.toml");
    let new_file = h.join("2026.toml").to_string_lossy().into_owned();
    fs::copy(&old, &new_file).unwrap();
    // The new certificate lifts PLC-1 to 2 in IAC; HMI-1 gets a statement; a router comes in.
    let certificate = ["--sl-c", "2 2 2 2 2 2 2", "--source", "certificate"];
    let edit = ["component", "edit", &new_file, "--id", "PLC-1"];
    let issued = [
        "--certificate",
        "CSA-18",
        "--scheme",
        "ISASecure CSA",
        "--date",
        "2024-05-10",
    ];
    run(h, &[&edit[..], &certificate, &issued].concat()).success();
    let statement = [
        "--sl-c",
        "1 1 1 1 1 1 1",
        "--source",
        "supplier-statement",
        "--date",
        "2025-01-20",
    ];
    run(
        h,
        &[&["component", "edit", &new_file, "--id", "HMI-1"][..], &statement].concat(),
    )
    .success();
    run(
        h,
        &[
            "component",
            "add",
            &new_file,
            "--id",
            "RTR-1",
            "--name",
            "Router",
            "--type",
            "NDR",
        ],
    )
    .success();
    let xlsx = h.join("changes.xlsx");
    run(h, &["compare", &old, &new_file, "--xlsx", xlsx.to_str().unwrap()])
        .success()
        .stdout(predicate::str::is_match(r"SL-C\s+PLC-1\s+FR 1\s+1 -> 2\s+up").unwrap())
        .stdout(predicate::str::is_match(r"SL-C\s+HMI-1\s+FR 3\s+- -> 1\s+changed").unwrap())
        .stdout(predicate::str::is_match(r"Component\s+RTR-1\s+-> Router \(network-device\)\s+new").unwrap())
        .stdout(
            predicate::str::is_match(
                r#"Component\s+Z1\s+PLC-1\s+sl_c = "1 2 2 2 2 2 2"; certificate = "CSA-17" -> sl_c = "2 2 2 2 2 2 2"; certificate = "CSA-18"\s+changed"#,
            )
            .unwrap(),
        )
        .stdout(predicate::str::is_match(r"Zone check\s+Z1\s+PLC-1 FR 1\s+SL-C 1 < SL-T 2 ->\s+gap closed").unwrap())
        .stdout(predicate::str::is_match(r"Zone check\s+Z1\s+HMI-1\s+SL-C unknown ->\s+gap closed").unwrap())
        .stdout(predicate::str::is_match(r"Zone check\s+Z1\s+HMI-1 FR 1\s+-> SL-C 1 < SL-T 2\s+new gap").unwrap());
    let json = run(h, &["compare", &old, &new_file, "--json"])
        .success()
        .get_output()
        .stdout
        .clone();
    let changes: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let sl_c = changes
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["area"] == "sl-c" && c["target"] == "PLC-1")
        .unwrap();
    assert_eq!(sl_c["item"], "FR 1");
    assert_eq!((sl_c["old"].as_str(), sl_c["new"].as_str()), (Some("1"), Some("2")));
    assert_eq!(sl_c["direction"], "up");
    let book = rows(&xlsx, "Changes");
    assert!(
        book.iter()
            .any(|r| r[0] == "SL-C" && r[2] == "PLC-1" && r[3] == "FR 1" && r[4] == "1" && r[5] == "2"),
        "{book:?}"
    );
    let de = h.join("changes-de.xlsx");
    run(
        h,
        &[
            "compare",
            &old,
            &new_file,
            "--lang",
            "de",
            "--xlsx",
            de.to_str().unwrap(),
        ],
    )
    .success();
    let book = rows(&de, "Änderungen");
    assert!(
        book.iter()
            .any(|r| r[0] == "Zonenprüfung" && r[3] == "HMI-1" && r[4] == "SL-C unbekannt"),
        "{book:?}"
    );
}

#[test]
fn an_assessed_gap_is_a_finding_and_capable_components_need_no_sentence() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = assessment(h, "a.toml");
    answer_component(h, &file, "SW-1", "CR 2.1", "not-met");
    let book = export(h, &file, "xlsx", "report.xlsx", &[]);
    let findings = rows(&book, "Findings");
    assert!(
        findings.iter().any(|r| r[1] == "Security level gap"
            && r[2] == "iec62443-4-2"
            && r[3] == "SW-1"
            && r[4] == "CR 2.1"
            && r[6] == "SL-C 0"
            && r[7] == "SL-T 2"),
        "{findings:?}"
    );

    // Every component capable: the zone check says so, the summary says nothing of components.
    for id in ["SW-1", "HMI-1"] {
        run(h, &["component", "remove", &file, id]).success();
    }
    let capable = [
        "--sl-c",
        "2 2 2 2 2 2 2",
        "--source",
        "supplier-statement",
        "--date",
        "2025-01-20",
    ];
    run(
        h,
        &[&["component", "edit", &file, "--id", "PLC-1"][..], &capable].concat(),
    )
    .success();
    let book = export(h, &file, "xlsx", "capable.xlsx", &[]);
    let check = rows(&book, "Zone check");
    assert_eq!(check[1][0], "Every component is capable of its zone's SL-T.");
    let summary = rows(&book, "Executive summary").concat().join(" ");
    assert!(!summary.contains("component"), "{summary}");
    let model = rows(&book, "Zone and conduit model");
    assert_eq!(row_of(&model, "Z1").last().map(String::as_str), Some(""));
}
