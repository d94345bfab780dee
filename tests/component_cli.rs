//! `iacs-assess component add | edit | remove | list | import` and `answer --component` through
//! the binary, on real files: what each writes, and every bad input refused with exit code 2, a
//! message naming the problem, and the file left as it was.

mod common;

use common::run;
use predicates::prelude::*;
use std::path::Path;

/// A new assessment in `home` with 62443-3-3 and 4-2 and two zones, Z-CTRL (SL-T 2, DC 1) and
/// Z-SCADA (SL-T 3); returns its path.
fn plant(home: &Path) -> String {
    let file = home.join("works.toml").to_string_lossy().into_owned();
    run(
        home,
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
    for (id, name, sl_t) in [
        ("Z-CTRL", "Controllers", "2,2,2,1,2,2,2"),
        ("Z-SCADA", "SCADA", "3,3,3,2,2,3,2"),
    ] {
        run(
            home,
            &[
                "zone",
                "add",
                &file,
                "--id",
                id,
                "--name",
                name,
                "--sl-t",
                sl_t,
                "--justification",
                "risk assessment 2026",
            ],
        )
        .success();
    }
    file
}

/// A temporary home with the assessment of [`plant`] in it.
fn setup() -> (tempfile::TempDir, String) {
    let home = tempfile::tempdir().unwrap();
    let file = plant(home.path());
    (home, file)
}

/// `component VERB FILE ARGS...` in `home`.
fn component(home: &Path, file: &str, verb: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    let mut all = vec!["component", verb, file];
    all.extend_from_slice(args);
    run(home, &all)
}

/// The components as `component list --json` prints them.
fn listed(home: &Path, file: &str) -> Vec<serde_json::Value> {
    let out = run(home, &["component", "list", file, "--json"])
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice::<serde_json::Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// `args` are refused with exit code 2, a message containing `says`, and `file` unchanged.
fn refused(home: &Path, file: &str, args: &[&str], says: &str) {
    let before = std::fs::read(file).unwrap();
    run(home, args)
        .code(2)
        .stderr(predicate::str::contains(says))
        .stdout(predicate::str::is_empty());
    assert_eq!(std::fs::read(file).unwrap(), before, "{args:?} changed the file");
}

#[test]
fn add_edit_list_and_remove_a_component() {
    let (home, file) = setup();
    let h = home.path();
    component(
        h,
        &file,
        "add",
        &[
            "--id",
            "FW-1",
            "--name",
            "Cell firewall",
            "--type",
            "NDR",
            "--vendor",
            "Veldmark Security",
            "--product",
            "VM-Gate 640",
            "--version",
            "7.1",
            "--zone",
            "Z-CTRL",
            "--sl-c",
            "2 2 2 1 2 2 2",
            "--source",
            "certificate",
            "--certificate",
            "CSA-2025-0417",
            "--scheme",
            "ISASecure CSA",
            "--date",
            "2025-03-18",
        ],
    )
    .success()
    .stdout(predicate::str::contains("Added component FW-1."));
    component(
        h,
        &file,
        "add",
        &[
            "--id",
            "PLC-3",
            "--name",
            "Filter PLC",
            "--type",
            "EDR",
            "--zone",
            "Z-CTRL",
            "--sl-c",
            "1 2 2 1 2 2 2",
            "--source",
            "supplier-statement",
            "--date",
            "2025-11-04",
        ],
    )
    .success();
    component(
        h,
        &file,
        "add",
        &["--id", "HIST-1", "--name", "Historian", "--type", "host-device"],
    )
    .success();

    let all = listed(h, &file);
    let ids: Vec<&str> = all.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["FW-1", "HIST-1", "PLC-3"], "id order");
    let fw = &all[0];
    assert_eq!(fw["type"], "network-device");
    assert_eq!(fw["vendor"], "Veldmark Security");
    assert_eq!(fw["declared"]["scheme"], "ISASecure CSA");
    assert_eq!(fw["declared"]["certificate"], "CSA-2025-0417");
    // Dates in JSON are plain "YYYY-MM-DD" (they once came out as toml's private datetime struct).
    assert_eq!(fw["declared"]["date"], "2025-03-18");
    assert_eq!(fw["capability"]["declared"]["date"], "2025-03-18");
    assert_eq!(fw["capability"]["source"], "declared");
    assert_eq!(fw["capability"]["sl_c"], serde_json::json!([2, 2, 2, 1, 2, 2, 2]));
    assert_eq!(all[1]["capability"]["source"], "unknown");
    assert!(all[1]["capability"]["sl_c"].is_null(), "unknown is never a level");
    assert_eq!(all[2]["declared"]["source"], "supplier-statement");

    let out = run(h, &["score", &file, "--json"])
        .success()
        .get_output()
        .stdout
        .clone();
    let score: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(score["components"][2]["declared"]["date"], "2025-11-04");
    assert_eq!(
        score["zone_check"],
        serde_json::json!([{"zone": "Z-CTRL", "component": "PLC-3", "fr": 1, "sl_c": 1, "sl_t": 2, "standing": "below"}])
    );

    // The table, and the zone check in the score: PLC-3 below in FR 1; HIST-1 not placed.
    run(h, &["component", "list", &file])
        .success()
        .stdout(predicate::str::contains("FW-1"))
        .stdout(predicate::str::contains("Network device"))
        .stdout(predicate::str::contains("Veldmark Security VM-Gate 640 7.1"))
        .stdout(predicate::str::contains("SL-C {1 2 2 1 2 2 2} declared"));
    run(h, &["score", &file])
        .success()
        .stdout(predicate::str::contains("Z-CTRL FR 1: PLC-3 (SL-C 1) below SL-T 2"))
        .stdout(predicate::str::contains("FW-1").and(predicate::str::contains("FW-1 (SL-C").not()));

    // Edit: only what is given changes; moving HIST-1 into Z-SCADA makes it an unknown there.
    component(
        h,
        &file,
        "edit",
        &["--id", "HIST-1", "--zone", "Z-SCADA", "--version", "5.3"],
    )
    .success()
    .stdout(predicate::str::contains("Changed component HIST-1."));
    let hist = listed(h, &file).into_iter().find(|c| c["id"] == "HIST-1").unwrap();
    assert_eq!(
        (hist["zone"].as_str(), hist["version"].as_str()),
        (Some("Z-SCADA"), Some("5.3"))
    );
    assert_eq!(hist["name"], "Historian", "kept");
    run(h, &["score", &file])
        .success()
        .stdout(predicate::str::contains("Z-SCADA: HIST-1 has no known SL-C"));
    // A new declaration replaces the old; --no-declared drops it.
    component(
        h,
        &file,
        "edit",
        &[
            "--id",
            "PLC-3",
            "--sl-c",
            "2,2,2,1,2,2,2",
            "--source",
            "supplier-statement",
            "--date",
            "2026-01-15",
        ],
    )
    .success();
    run(h, &["score", &file])
        .success()
        .stdout(predicate::str::contains("PLC-3 (SL-C").not());
    run(h, &["component", "edit", &file, "--id", "PLC-3", "--no-declared"]).success();
    let plc = listed(h, &file).into_iter().find(|c| c["id"] == "PLC-3").unwrap();
    assert!(plc.get("declared").is_none(), "{plc}");
    assert_eq!(plc["capability"]["source"], "unknown");

    run(h, &["component", "remove", &file, "FW-1"])
        .success()
        .stdout(predicate::str::contains("Removed component FW-1."));
    let ids: Vec<String> = listed(h, &file)
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["HIST-1", "PLC-3"]);
}

#[test]
fn bad_component_input_is_refused_with_exit_code_2_and_the_file_kept() {
    let (home, file) = setup();
    let h = home.path();
    component(
        h,
        &file,
        "add",
        &["--id", "FW-1", "--name", "Firewall", "--type", "NDR"],
    )
    .success();
    let add = |more: &[&str]| {
        let mut args = vec!["component", "add", file.as_str(), "--name", "X"];
        args.extend_from_slice(more);
        args.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            add(&["--id", "PLC 3", "--type", "EDR"]),
            "the component id \"PLC 3\" has ' ' in it",
        ),
        (
            add(&["--id", "P3", "--type", "toaster"]),
            "\"toaster\" is not a component type",
        ),
        (
            add(&["--id", "P3", "--type", "EDR", "--zone", "Z-NOPE"]),
            "\"Z-NOPE\" is not a zone of this assessment (zones: Z-CTRL, Z-SCADA)",
        ),
        (
            add(&["--id", "P3", "--type", "EDR", "--sl-c", "1 2 3"]),
            "\"1 2 3\" is not an SL vector",
        ),
        (
            add(&[
                "--id",
                "P3",
                "--type",
                "EDR",
                "--sl-c",
                "1 2 5 1 1 1 1",
                "--source",
                "supplier-statement",
                "--date",
                "2025-01-01",
            ]),
            "is not an SL vector",
        ),
        (
            add(&[
                "--id",
                "P3",
                "--type",
                "EDR",
                "--sl-c",
                "2 2 2 2 2 2 2",
                "--source",
                "certificate",
                "--scheme",
                "IECEE CB",
                "--date",
                "2025-01-01",
            ]),
            "needs its number (certificate) and scheme",
        ),
        (
            add(&[
                "--id",
                "P3",
                "--type",
                "EDR",
                "--sl-c",
                "2 2 2 2 2 2 2",
                "--date",
                "2025-01-01",
            ]),
            "needs its source",
        ),
        (
            add(&[
                "--id",
                "P3",
                "--type",
                "EDR",
                "--sl-c",
                "2 2 2 2 2 2 2",
                "--source",
                "rumour",
                "--date",
                "2025-01-01",
            ]),
            "source \"rumour\" is neither",
        ),
        (
            add(&[
                "--id",
                "P3",
                "--type",
                "EDR",
                "--sl-c",
                "2 2 2 2 2 2 2",
                "--source",
                "supplier-statement",
            ]),
            "needs the date",
        ),
        (
            add(&["--id", "Z-CTRL", "--type", "EDR"]),
            "\"Z-CTRL\" is already a component, zone or conduit",
        ),
        (
            add(&["--id", "FW-1", "--type", "EDR"]),
            "\"FW-1\" is already a component, zone or conduit",
        ),
        (
            ["component", "add", file.as_str(), "--id", "P3", "--type", "EDR"]
                .map(str::to_string)
                .to_vec(),
            "a new component needs --name and --type",
        ),
        (
            ["component", "edit", file.as_str(), "--id", "NOPE", "--name", "x"]
                .map(str::to_string)
                .to_vec(),
            "there is no component \"NOPE\" (there are: FW-1)",
        ),
        (
            ["component", "edit", file.as_str(), "--id", "FW-1", "--type", "fridge"]
                .map(str::to_string)
                .to_vec(),
            "\"fridge\" is not a component type",
        ),
        (
            ["component", "remove", file.as_str(), "NOPE"]
                .map(str::to_string)
                .to_vec(),
            "there is no component \"NOPE\"",
        ),
    ];
    for (args, says) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(h, &file, &args, says);
    }
    // A zone may not take a component's id either.
    refused(
        h,
        &file,
        &["zone", "add", &file, "--id", "FW-1", "--name", "x"],
        "already a zone, conduit or component \"FW-1\"",
    );
}

#[test]
fn answer_component_asks_only_the_requirements_of_its_type() {
    let (home, file) = setup();
    let h = home.path();
    component(
        h,
        &file,
        "add",
        &[
            "--id",
            "SW-1",
            "--name",
            "Ring switch",
            "--type",
            "network-device",
            "--zone",
            "Z-CTRL",
            "--sl-c",
            "2 2 2 1 2 2 2",
            "--source",
            "supplier-statement",
            "--date",
            "2025-06-01",
        ],
    )
    .success();
    let answer = |more: &[&str]| {
        let mut args = vec!["answer", file.as_str(), "-q", "iec62443-4-2"];
        args.extend_from_slice(more);
        args.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    // An embedded device requirement is not asked of a network device.
    for (args, says) in [
        (
            answer(&["--component", "SW-1", "--item", "EDR 2.4", "--value", "met"]),
            "EDR 2.4 is asked only of components of type embedded-device; SW-1 is a network-device",
        ),
        (
            answer(&["--component", "NOPE", "--item", "CR 1.1", "--value", "met"]),
            "\"NOPE\" is not a component of this assessment",
        ),
        (
            answer(&["--item", "CR 1.1", "--value", "met"]),
            "iec62443-4-2 is answered per component: give --component ID",
        ),
        (
            answer(&["--component", "SW-1", "--item", "CR 1.1", "--value", "ml3"]),
            "ml3",
        ),
        (
            [
                "answer",
                file.as_str(),
                "-q",
                "iec62443-3-3",
                "--component",
                "SW-1",
                "--item",
                "SR 1.1",
                "--value",
                "met",
            ]
            .map(str::to_string)
            .to_vec(),
            "iec62443-3-3 is not answered per component: leave out --component",
        ),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(h, &file, &args, says);
    }
    // Its own requirements are answered; once one is, the assessed SL-C counts, and the switch is
    // open work in the zone check (not below) until every requirement asked of it is answered.
    let args = answer(&["--component", "SW-1", "--item", "NDR 1.6", "--value", "met"]);
    run(h, &args.iter().map(String::as_str).collect::<Vec<_>>())
        .success()
        .stdout(predicate::str::contains("NDR 1.6 = met for SW-1"));
    let sw = listed(h, &file).remove(0);
    assert_eq!(sw["capability"]["source"], "assessed");
    assert_eq!(sw["capability"]["assessed"]["answered"], 1);
    assert_eq!(
        sw["capability"]["declared"]["source"], "supplier-statement",
        "the claim is kept beside it"
    );
    run(h, &["score", &file])
        .success()
        .stdout(predicate::str::contains("SW-1").and(predicate::str::contains("(SL-C 0) below").not()));
    // Removing the component removes its answer too, and says so in the singular.
    run(h, &["component", "remove", &file, "SW-1"])
        .success()
        .stdout(predicate::str::contains(
            "Removed component SW-1 and its answer to 62443-4-2.",
        ));
    assert!(!std::fs::read_to_string(&file).unwrap().contains("NDR 1.6"));
}

const HEADER: &str = "id,name,type,vendor,product,version,zone,sl_c,source,certificate,scheme,date";

/// Row `i` (1-based) of a sound 500-row inventory: every type spelt several ways, three zones (one
/// not placed), declared SL-C by certificate or statement on some.
fn good_row(i: usize) -> String {
    let kind = ["software-application", "EDR", "host device", "NDR", "Network_Device"][i % 5];
    let zone = ["Z-CTRL", "Z-SCADA", ""][i % 3];
    let declared = match i % 6 {
        0 => format!("2 2 2 1 2 2 2,certificate,CB-{i:04},IECEE CB,2025-02-{:02}", 1 + i % 28),
        1 => "1 1 1 1 1 1 1,supplier-statement,,,2024-11-30".to_string(),
        _ => ",,,,".to_string(),
    };
    format!(
        "C-{i:03},Component {i},{kind},Vendor {},Product {},1.{i},{zone},{declared}",
        i % 7,
        i % 11
    )
}

/// The 500-row inventory with bad rows in it: (line, column, what the message says) for each.
fn bad_rows() -> Vec<(usize, usize, String, &'static str)> {
    let tail = ",V,P,1,Z-CTRL,,,,,";
    vec![
        (
            10,
            3,
            format!("C-009,Component 9,toaster{tail}"),
            "\"toaster\" is not a component type",
        ),
        (
            50,
            7,
            "C-049,Component 49,EDR,V,P,1,Z-NOWHERE,,,,,".into(),
            "\"Z-NOWHERE\" is not a zone of this assessment",
        ),
        (
            120,
            1,
            format!("C-001,Component again,EDR{tail}"),
            "\"C-001\" is in the file twice (first on line 2)",
        ),
        (
            200,
            8,
            "C-199,Component 199,EDR,V,P,1,Z-CTRL,2 2 5 1 1 1 1,supplier-statement,,,2025-01-01".into(),
            "\"2 2 5 1 1 1 1\" is not an SL vector",
        ),
        (
            333,
            8,
            "C-332,Component 332,NDR,V,P,1,Z-CTRL,2 2 2 2 2 2 2,certificate,,ISASecure CSA,2025-01-01".into(),
            "needs its number (certificate) and scheme",
        ),
        (
            480,
            1,
            format!("C 479,Component 479,EDR{tail}"),
            "the component id \"C 479\" has ' ' in it",
        ),
    ]
}

fn inventory(with_bad_rows: bool) -> String {
    let bad = bad_rows();
    let mut text = format!("{HEADER}\n");
    for i in 1..=500 {
        let line = i + 1;
        match bad.iter().find(|b| b.0 == line) {
            Some(b) if with_bad_rows => text.push_str(&b.2),
            _ => text.push_str(&good_row(i)),
        }
        text.push('\n');
    }
    text
}

/// The test: 500 rows, the bad ones reported by line and column, nothing added until the
/// file is sound; then all 500 are added.
#[test]
fn an_import_of_a_500_row_inventory_reports_bad_rows_by_line_and_adds_all_or_nothing() {
    let (home, file) = setup();
    let h = home.path();
    let csv = h.join("inventory.csv");
    std::fs::write(&csv, inventory(true)).unwrap();
    let csv = csv.to_string_lossy().into_owned();
    let before = std::fs::read(&file).unwrap();
    let out = run(h, &["component", "import", &file, &csv])
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("6 problems"), "{stderr}");
    for (line, column, _, says) in bad_rows() {
        let at = format!("{csv}:{line}:{column}: ");
        let reported = stderr.lines().find(|l| l.starts_with(&at));
        assert!(
            reported.is_some_and(|l| l.contains(says)),
            "line {line} column {column}: {says}\n{stderr}"
        );
    }
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with(&csv)).count(),
        6,
        "only the bad rows: {stderr}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing added");

    std::fs::write(&csv, inventory(false)).unwrap();
    run(h, &["component", "import", &file, &csv])
        .success()
        .stdout(predicate::str::contains("Added 500 components"))
        .stderr(predicate::str::is_empty());
    let all = listed(h, &file);
    assert_eq!(all.len(), 500);
    let count = |source: &str| all.iter().filter(|c| c["capability"]["source"] == source).count();
    assert_eq!((count("declared"), count("unknown")), (167, 333));
    let c6 = all.iter().find(|c| c["id"] == "C-006").unwrap();
    assert_eq!(c6["declared"]["certificate"], "CB-0006");
    assert_eq!(c6["zone"], "Z-CTRL");
    let c4 = all.iter().find(|c| c["id"] == "C-004").unwrap();
    assert_eq!(
        (c4["type"].as_str(), c4["zone"].as_str()),
        (Some("network-device"), Some("Z-SCADA"))
    );
    assert!(
        all.iter().find(|c| c["id"] == "C-002").unwrap().get("zone").is_none(),
        "not placed"
    );
    // Importing the same file again adds nothing: every id is taken.
    let again = run(h, &["component", "import", &file, &csv])
        .code(2)
        .get_output()
        .clone();
    assert!(String::from_utf8(again.stderr).unwrap().contains("500 problems"));
}

/// A German Excel saves CSV with a byte-order mark and ';' between fields; columns the import does
/// not read are named, not silently dropped.
#[test]
fn a_semicolon_inventory_with_a_byte_order_mark_and_extra_columns_is_read() {
    let (home, file) = setup();
    let h = home.path();
    let csv = h.join("Inventar.csv");
    let text = "\u{feff}id;name;type;Seriennummer;zone;sl_c;source;certificate;scheme;date;IP-Adresse\r\n\
                PLC-1;Filtersteuerung;EDR;SN 4711;Z-CTRL;2 2 2 1 2 2 2;certificate;SE-62443-2024-0188;IECEE CB;2024-09-02;10.0.0.1\r\n\
                SW-1;\"Ringswitch; Halle 2\";Netzwerkgerät;SN 4712;Z-CTRL;;;;;;10.0.0.2\r\n";
    std::fs::write(&csv, text).unwrap();
    let csv = csv.to_string_lossy().into_owned();
    // "Netzwerkgerät" is no type: the row is named by its line (3, though every line ends in
    // "\r\n", which made the csv crate's own count say 2) and column 3.
    run(h, &["component", "import", &file, &csv])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{csv}:3:3: \"Netzwerkgerät\" is not a component type"
        )));
    std::fs::write(&csv, text.replace("Netzwerkgerät", "network device")).unwrap();
    run(h, &["component", "import", &file, &csv])
        .success()
        .stdout(predicate::str::contains("Added 2 components"))
        .stderr(predicate::str::contains("columns not read: Seriennummer, IP-Adresse"));
    let all = listed(h, &file);
    assert_eq!(
        all[0]["id"], "PLC-1",
        "the byte-order mark is not part of the first column's name"
    );
    assert_eq!(all[0]["declared"]["scheme"], "IECEE CB");
    assert_eq!(all[1]["name"], "Ringswitch; Halle 2");
    assert_eq!(all[1]["type"], "network-device");
}

/// An inventory without the required columns, or not UTF-8, is refused before any row is read.
#[test]
fn an_inventory_without_its_columns_or_not_utf8_is_refused() {
    let (home, file) = setup();
    let h = home.path();
    let csv = h.join("inv.csv");
    std::fs::write(&csv, "id,Bezeichnung,Typ\nP-1,PLC,EDR\n").unwrap();
    let path = csv.to_string_lossy().into_owned();
    refused(
        h,
        &file,
        &["component", "import", &file, &path],
        &format!("{path}:1: the header line lacks the columns name, type"),
    );
    std::fs::write(&csv, b"id,name,type\nP-1,Steuerung \xfc,EDR\n").unwrap();
    refused(
        h,
        &file,
        &["component", "import", &file, &path],
        "the file is not UTF-8 text",
    );
    refused(
        h,
        &file,
        &["component", "import", &file, "/nonexistent/inv.csv"],
        "inv.csv",
    );
}
