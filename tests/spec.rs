//! The cyber security requirements specification (`spec`): what the Markdown says for the demo,
//! German output, the approval round trip, the workbook read back, and the refusals.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use iacs_assess::assessment::{Assessment, FR_NAMES, storage};
use iacs_assess::scoring;
use std::path::{Path, PathBuf};

/// A fresh copy of the demo in `home`.
fn demo(home: &Path) -> PathBuf {
    let file = home.join("ww.toml");
    common::cmd(home)
        .args(["demo", "--no-open", "--copy-to"])
        .arg(&file)
        .assert()
        .success();
    file
}

/// Run `spec FILE -o OUT --force` plus `extra`, and read the Markdown.
fn markdown(home: &Path, file: &Path, extra: &[&str]) -> String {
    let out = home.join("spec.md");
    common::cmd(home)
        .arg("spec")
        .arg(file)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .args(extra)
        .assert()
        .success();
    std::fs::read_to_string(out).unwrap()
}

/// The part of the Markdown from the heading that starts with `from` to the next heading of that level.
fn section<'a>(text: &'a str, from: &str) -> &'a str {
    let start = text.find(from).unwrap_or_else(|| panic!("no {from:?}"));
    let level = from.chars().take_while(|c| *c == '#').count();
    let rest = &text[start + from.len()..];
    let end = rest
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| {
            let hashes = rest[i..].chars().take_while(|c| *c == '#').count();
            hashes > 0 && hashes <= level
        })
        .unwrap_or(rest.len());
    &text[start..start + from.len() + end]
}

#[test]
fn the_markdown_has_every_sl_t_with_its_reasons_the_warning_and_the_requirements() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let md = markdown(home.path(), &file, &[]);
    let catalog = common::catalog();
    let texts = common::texts();
    let a = storage::read(&file, &catalog).unwrap();
    let score = scoring::score(&a, &catalog);
    assert!(md.starts_with("# Cyber security requirements specification"), "{md}");
    assert!(md.contains(&format!("| {} |", a.assessment.organisation)));
    let sl_t = section(&md, "### 3.");
    for t in &score.sl_targets {
        let levels: Vec<String> = t.vector.iter().map(u8::to_string).collect();
        assert!(
            sl_t.contains(&format!("| {} | {} |", t.target, levels.join(" | "))),
            "SL-T of {}",
            t.target
        );
        for line in iacs_assess::report::explain(t, "default", &texts) {
            // The reasons are Markdown-escaped text; the demo's have nothing to escape. Those of
            // what the model would derive under an override are a nested list.
            let item = match line.strip_prefix("  ") {
                Some(under) => format!("  - {under}\n"),
                None => format!("- {line}\n"),
            };
            assert!(sl_t.contains(&item), "{line}");
        }
    }
    assert!(sl_t.contains("- ! no scenario assessed for FR 1, 2, 3, 4, 5, 6, 7 of C-CTRL-SIS"));
    // Every 3-3 requirement Z-CTRL must meet at its SL-T, and none above it.
    let z = score.sl_targets.iter().find(|t| t.target == "Z-CTRL").unwrap();
    let q = catalog.questionnaire("iec62443-3-3").unwrap();
    let part = section(&md, "#### Z-CTRL:");
    for r in &q.requirements {
        let (fr, min_sl) = (r.fr.unwrap(), r.min_sl.unwrap());
        let row = format!("| {} | {} | {min_sl} |", r.id, FR_NAMES[usize::from(fr - 1)]);
        assert_eq!(part.contains(&row), min_sl <= z.vector[usize::from(fr - 1)], "{row}");
    }
    assert!(part.contains("| SR 1.1 | IAC | 1 | Human user identification and authentication |"));
    // Risk model, scenarios with risk, approval lines.
    assert!(md.contains("- SL-T method: From the risk reduction needed"));
    assert!(md.contains("- Tolerable risk levels: Low, Medium"));
    assert!(md.contains("| S-13 | C-SCADA-CTRL |"));
    assert!(md.contains("Very high (intolerable)"));
    assert!(md.contains("| Name | Role | Date | Signature |"));
    assert!(!md.contains('<'), "no HTML");
}

#[test]
fn the_specification_speaks_german_by_lang_or_by_the_assessment_language() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let by_flag = markdown(home.path(), &file, &["--lang", "de"]);
    assert!(
        by_flag.starts_with("# Cybersecurity-Anforderungsspezifikation"),
        "{by_flag}"
    );
    assert!(by_flag.contains("Zu erfüllende Anforderungen"));
    assert!(by_flag.contains("kein Szenario bewertet für FR"));
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("language = \"en\"", "language = \"de\"", 1)).unwrap();
    let by_file = markdown(home.path(), &file, &[]);
    assert_eq!(by_file, by_flag);
}

fn approve(home: &Path, file: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    common::cmd(home)
        .arg("spec")
        .arg(file)
        .args(["--approve", "--by", "P. Owner", "--role", "Asset owner"])
        .args(extra)
        .assert()
}

#[test]
fn an_approval_holds_until_the_specification_changes() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    approve(
        home.path(),
        &file,
        &["--date", "2026-11-24", "--note", "for the tender"],
    )
    .success();
    let a: Assessment = storage::read(&file, &common::catalog()).unwrap();
    assert_eq!(a.approvals.len(), 1);
    assert_eq!(a.approvals[0].date, jiff::civil::date(2026, 11, 24));
    let md = markdown(home.path(), &file, &[]);
    let block = section(&md, "### 7.");
    assert!(
        block.contains("- Approved by P. Owner (Asset owner) on 2026-11-24: approved. Note: for the tender"),
        "{block}"
    );
    assert!(!block.contains("Signature"), "no signature lines while approved");
    // A change elsewhere in the assessment (a 2-4 answer) leaves the specification as it was.
    common::run(
        home.path(),
        &[
            "answer",
            file.to_str().unwrap(),
            "-q",
            "iec62443-2-4",
            "--item",
            "SP.01.01 BR",
            "--value",
            "ml4",
        ],
    )
    .success();
    assert!(section(&markdown(home.path(), &file, &[]), "### 7.").contains(": approved."));
    // An answer the specification shows: the approval no longer holds.
    common::run(
        home.path(),
        &[
            "answer",
            file.to_str().unwrap(),
            "-q",
            "iec62443-3-3",
            "--zone",
            "Z-ENT",
            "--item",
            "SR 1.1",
            "--value",
            "not-met",
        ],
    )
    .success();
    let block = section(&markdown(home.path(), &file, &[]), "### 7.").to_string();
    assert!(block.contains("approved version changed since: re-approve"), "{block}");
    assert!(block.contains("| Name | Role | Date | Signature |"));
    // Approved again, then a scenario changes.
    approve(home.path(), &file, &["--date", "2026-11-25"]).success();
    assert!(section(&markdown(home.path(), &file, &[]), "### 7.").contains("on 2026-11-25: approved"));
    let text = std::fs::read_to_string(&file).unwrap();
    let changed = text.replacen(
        "threat = \"Phishing e-mail plants a remote access trojan on an office PC\"",
        "threat = \"Phishing e-mail plants a trojan on an office PC\"",
        1,
    );
    assert_ne!(changed, text);
    std::fs::write(&file, changed).unwrap();
    let block = section(&markdown(home.path(), &file, &[]), "### 7.").to_string();
    assert!(!block.contains(": approved."), "{block}");
    assert_eq!(block.matches("changed since").count(), 2, "{block}");
}

#[test]
fn the_workbook_has_a_sheet_per_system_and_the_requirements() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let out = home.path().join("spec.xlsx");
    common::cmd(home.path())
        .arg("spec")
        .arg(&file)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    assert_eq!(wb.sheet_names(), vec!["SUC".to_string(), "Requirements".to_string()]);
    let system = wb.worksheet_range("SUC").unwrap();
    // The zone diagram is a picture on the system's sheet, on a page of its own: a break before
    // section 2's heading, one after the picture, one before the approval.
    let rels = common::xlsx_parts::part(&out, "xl/worksheets/_rels/sheet1.xml.rels");
    assert!(rels.contains("../drawings/drawing1.xml"), "{rels}");
    let drawing = common::xlsx_parts::part(&out, "xl/drawings/drawing1.xml");
    assert_eq!(drawing.matches("<xdr:pic>").count(), 1);
    assert!(
        drawing
            .contains("descr=\"System under consideration: Riverside Water Treatment Works (SUC): Zones and conduits")
    );
    let xml = common::xlsx_parts::sheet(&out, "SUC");
    let breaks: Vec<u32> = common::xlsx_parts::elements(&xml, "brk")
        .iter()
        .map(|b| b["id"].parse().unwrap())
        .collect();
    assert_eq!(breaks.len(), 3, "{breaks:?}");
    let from: u32 = common::xlsx_parts::text_of(&drawing, "xdr:row")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(from, breaks[0] + 1, "right under the heading that starts the page");
    assert!(from < breaks[1], "{breaks:?}");
    let heading = system
        .get_value((breaks[0], 0))
        .map(|d| d.to_string())
        .unwrap_or_default();
    assert_eq!(heading, "2. Zones and conduits");
    let table = system
        .get_value((breaks[1], 0))
        .map(|d| d.to_string())
        .unwrap_or_default();
    assert_eq!(table, "Id", "the zone table starts the next page");
    let text = |d: &Data| d.to_string();
    let cells: Vec<String> = system.rows().flat_map(|r| r.iter().map(text)).collect();
    assert!(
        cells
            .iter()
            .any(|c| c.starts_with("Cyber security requirements specification"))
    );
    assert!(
        cells
            .iter()
            .any(|c| c.contains("! no scenario assessed for FR 1, 2, 3, 4, 5, 6, 7 of C-CTRL-SIS"))
    );
    assert!(cells.iter().any(|c| c == "2 2 2 1 2 2 2"), "Z-CTRL's SL-T");
    let req = wb.worksheet_range("Requirements").unwrap();
    let row: Vec<String> = req
        .rows()
        .find(|r| text(&r[1]) == "Z-CTRL" && text(&r[3]) == "SR 1.1")
        .unwrap()
        .iter()
        .map(text)
        .collect();
    assert_eq!(row[4], "IAC");
    assert_eq!(row[5], "1");
    assert_eq!(row[6], "Human user identification and authentication");
}

#[test]
fn refusals_exit_2_with_a_clear_message() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let before = std::fs::read(&file).unwrap();
    let f = file.to_str().unwrap();
    let out = home.path().join("x.md");
    let o = out.to_str().unwrap();
    let cases: [(&[&str], &str); 7] = [
        (
            &["spec", f, "-o", o, "--system", "NOPE"],
            "\"NOPE\" is not a system under consideration of this assessment (systems: SUC)",
        ),
        (
            &[
                "spec",
                f,
                "--approve",
                "--by",
                "A",
                "--role",
                "B",
                "--date",
                "24.11.2026",
            ],
            "\"24.11.2026\" is not a date: write it as YYYY-MM-DD",
        ),
        (
            &["spec", f, "--approve", "--by", "A", "--role", "B", "--system", "NOPE"],
            "\"NOPE\" is not a system",
        ),
        (&["spec", f, "-o", f], "an output never replaces an assessment"),
        (
            &["spec", f, "-o", f, "--force"],
            "an output never replaces an assessment",
        ),
        (&["spec", f, "-o", "x.pdf"], "a workbook (.xlsx) or Markdown (.md)"),
        (&["spec", f, "--approve", "--by", "A"], "--role"),
    ];
    for (args, message) in cases {
        let output = common::run(home.path(), args).code(2).get_output().clone();
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(err.contains(message), "{args:?}: {err}");
    }
    assert_eq!(std::fs::read(&file).unwrap(), before, "the assessment is untouched");
    // An existing output needs --force.
    std::fs::write(&out, "old").unwrap();
    common::run(home.path(), &["spec", f, "-o", o]).code(2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
    // An approval of an unknown system written by hand is refused when the file is read.
    let text = String::from_utf8(before).unwrap()
        + "\n[[approval]]\nsystem = \"NOPE\"\nby = \"A\"\nrole = \"B\"\ndate = 2026-11-24\ndigest = \"x\"\n";
    std::fs::write(&file, text).unwrap();
    let output = common::run(home.path(), &["spec", f, "-o", o, "--force"])
        .code(2)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&output.stderr).contains("approval of unknown system \"NOPE\""));
}

/// The Markdown links to the system's zone diagram, an SVG written beside it that names every
/// zone and conduit of the system.
#[test]
fn the_markdown_links_to_the_zone_diagram_written_beside_it() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let md = markdown(home.path(), &file, &[]);
    let zones = section(&md, "### 2.");
    assert!(
        zones.starts_with(
            "### 2. Zones and conduits\n\n![Zone diagram of Riverside Water Treatment Works (SUC)](spec.zones.svg)\n\n"
        ),
        "{zones}"
    );
    let svg = std::fs::read_to_string(home.path().join("spec.zones.svg")).unwrap();
    assert!(svg.starts_with("<?xml"), "{svg}");
    assert!(svg.contains("System under consideration: Riverside Water Treatment Works (SUC)"));
    let a = storage::read(&file, &common::catalog()).unwrap();
    for id in a.zones.iter().map(|z| &z.id).chain(a.conduits.iter().map(|c| &c.id)) {
        assert!(
            svg.contains(&format!(">{id}<")) || svg.contains(&format!(">{id} ·")),
            "{id}"
        );
    }
    // In German, the picture's words are German too.
    markdown(home.path(), &file, &["--lang", "de"]);
    let svg = std::fs::read_to_string(home.path().join("spec.zones.svg")).unwrap();
    assert!(svg.contains("Zonen und Conduits"), "German words");
}

/// An approval's digest is taken of the system's specification without the link to its picture:
/// adding the picture left every approval recorded before as it was.
#[test]
fn the_picture_is_not_part_of_what_an_approval_approves() {
    use sha2::{Digest, Sha256};
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    approve(home.path(), &file, &["--date", "2026-11-24"]).success();
    let a = storage::read(&file, &common::catalog()).unwrap();
    let md = markdown(home.path(), &file, &[]);
    assert!(section(&md, "### 7.").contains("on 2026-11-24: approved"));
    // The system's part as printed, without the picture's line: what the digest is taken of.
    let start = md.find("## System under consideration").unwrap();
    let end = md.find("### 7.").unwrap();
    let picture = "![Zone diagram of Riverside Water Treatment Works (SUC)](spec.zones.svg)\n\n";
    let part = &md[start..end];
    assert!(part.contains(picture));
    let without = part.replacen(picture, "", 1);
    assert_eq!(
        a.approvals[0].digest,
        format!("{:x}", Sha256::digest(without.as_bytes()))
    );
}

/// Several systems: a picture each, named by the system; one chosen: the name of one. A system
/// without zones has none.
#[test]
fn each_system_has_its_own_picture() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo(h);
    let f = file.to_str().unwrap();
    common::run(h, &["system", "add", f, "--id", "PKG", "--name", "Packaging"]).success();
    common::run(h, &["system", "add", f, "--id", "EMPTY", "--name", "Nothing yet"]).success();
    common::run(
        h,
        &[
            "zone",
            "add",
            f,
            "--id",
            "Z-PKG",
            "--name",
            "Packaging cell",
            "--system",
            "PKG",
        ],
    )
    .success();
    let md = markdown(h, &file, &[]);
    assert!(md.contains("![Zone diagram of Riverside Water Treatment Works (SUC)](spec.zones-SUC.svg)"));
    assert!(md.contains("![Zone diagram of Packaging (PKG)](spec.zones-PKG.svg)"));
    assert_eq!(md.matches("![").count(), 2, "none for a system without zones");
    let pkg = std::fs::read_to_string(h.join("spec.zones-PKG.svg")).unwrap();
    assert!(
        pkg.contains(">Z-PKG<") && !pkg.contains(">Z-ENT<"),
        "only its own zones"
    );
    assert!(!h.join("spec.zones-EMPTY.svg").exists());
    let md = markdown(h, &file, &["--system", "PKG"]);
    assert!(md.contains("](spec.zones.svg)"), "{md}");
}

/// The picture is an output like the Markdown: an existing one is replaced only with --force,
/// and the refusal comes before anything is written, an approval included.
#[test]
fn an_existing_picture_is_refused_before_anything_is_written() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo(h);
    let before = std::fs::read(&file).unwrap();
    std::fs::write(h.join("out.zones.svg"), "old").unwrap();
    let output = common::cmd(h)
        .arg("spec")
        .arg(&file)
        .args(["-o", "out.md", "--approve", "--by", "A", "--role", "B"])
        .current_dir(h)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("out.zones.svg"), "{err}");
    assert!(!h.join("out.md").exists(), "no Markdown");
    assert_eq!(std::fs::read_to_string(h.join("out.zones.svg")).unwrap(), "old");
    assert_eq!(std::fs::read(&file).unwrap(), before, "no approval recorded");
    common::cmd(h)
        .arg("spec")
        .arg(&file)
        .args(["-o", "out.md", "--force"])
        .current_dir(h)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(h.join("out.zones.svg"))
            .unwrap()
            .starts_with("<?xml")
    );
}
