//! The remediation plan in the exports, on a copy of the demo with a plan proposed and partly
//! accepted (through the library): the JSON carries every action and matches `planning::plan`,
//! the plan CSV has one row per action in plan order, the workbook's Plan sheet reads back with
//! its status drop-down and print setup, and the projection sheet says what each stage reaches.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::run;
use iacs_assess::assessment::{ActionStatus, Assessment, storage};
use iacs_assess::planning::{self, EffortScale};
use std::io::Read;
use std::path::{Path, PathBuf};

const OVERDUE: &str = "2020-01-31";
const LATER: &str = "2099-06-30";

/// A copy of the demo with the plan proposed, and these changes, at `path`:
/// the first three actions planned (owners, efforts; the first overdue), the fourth in progress,
/// the fifth done, the sixth dropped, and the seventh owned by a formula-like text.
pub fn demo_with_plan(path: &Path, language: &str) -> Assessment {
    let catalog = common::catalog();
    let texts = common::texts();
    iacs_assess::demo::Demo::WaterWorks.copy_to(path).unwrap();
    let mut a = storage::read(path, &catalog).unwrap();
    a.actions.clear(); // the demo's own plan; this one is made here, the same on every run
    a.assessment.language = language.into();
    let now: jiff::Timestamp = "2026-12-01T09:00:00Z".parse().unwrap();
    let title = |p: &planning::Proposal| planning::text::proposal_title(&catalog, &texts, p);
    let today = jiff::Zoned::now().date();
    planning::propose(&mut a, &catalog, today, &title, "ana", now);
    assert!(a.actions.len() >= 8, "the demo has gaps to plan");
    let ids: Vec<String> = a.actions.iter().map(|x| x.id.clone()).collect();
    let later = |n: i64| now.checked_add(jiff::SignedDuration::from_hours(n)).unwrap();
    for (i, id) in ids.iter().take(7).enumerate() {
        let x = a.action_mut(id).unwrap();
        match i {
            0..=2 => {
                x.set_status(ActionStatus::Planned, "ben", later(1));
                x.owner = ["OT team", "IT", "Water operations"][i].into();
                x.effort = ["M", "S", "L"][i].into();
                x.due = Some(if i == 0 { OVERDUE } else { LATER }.parse().unwrap());
            }
            3 => {
                x.set_status(ActionStatus::InProgress, "ben", later(2));
                x.due = Some(LATER.parse().unwrap());
            }
            4 => {
                x.set_status(ActionStatus::Done, "ben", later(3));
            }
            5 => {
                x.set_status(ActionStatus::Dropped, "ben", later(3));
            }
            _ => x.owner = "=HYPERLINK(\"http://x\")".into(),
        }
    }
    std::fs::remove_file(path).unwrap();
    iacs_assess::assessment::disk::write_durably(path, storage::to_toml(&a).unwrap().as_bytes()).unwrap();
    storage::read(path, &catalog).unwrap()
}

fn export(home: &Path, file: &Path, format: &str, out: &str) -> PathBuf {
    let out = home.join(out);
    run(
        home,
        &[
            "export",
            file.to_str().unwrap(),
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ],
    )
    .success();
    out
}

fn plan_of(a: &Assessment) -> planning::Plan {
    planning::plan(
        a,
        &common::catalog(),
        jiff::Zoned::now().date(),
        &EffortScale::default(),
    )
}

/// The text of a file inside the workbook (a zip).
fn part(path: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn the_json_carries_every_action_and_the_plan() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("demo.toml");
    let a = demo_with_plan(&file, "en");
    let out = export(h, &file, "json", "demo.json");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(out).unwrap()).unwrap();
    assert_eq!(json["schema"], 4);
    let actions = json["actions"].as_array().unwrap();
    assert_eq!(actions.len(), a.actions.len());
    // Every field, the history included, exactly as in the file.
    assert_eq!(json["actions"], serde_json::to_value(&a.actions).unwrap());
    let first = &actions[0];
    assert_eq!(first["status"], "planned");
    assert_eq!(first["owner"], "OT team");
    assert_eq!(first["history"][1]["by"], "ben");
    // The plan: its order, why each matters and every stage, as `planning::plan` gives it.
    let plan = plan_of(&a);
    // (Both read from JSON text the same way, so that numbers compare to the last bit.)
    let wanted: serde_json::Value = serde_json::from_str(&serde_json::to_string(&plan).unwrap()).unwrap();
    assert_eq!(json["plan"], wanted);
    let order: Vec<&str> = json["plan"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert_eq!(order.len(), a.actions.len());
    assert_eq!(
        order.last(),
        Some(&a.actions[5].id.as_str()),
        "the dropped action comes last"
    );
    let stages = json["plan"]["stages"].as_array().unwrap();
    assert_eq!(stages[0]["stage"], "now");
    assert_eq!(stages[1]["stage"], "after-phase");
    assert_eq!(stages[1]["phase"], 1);
    assert_eq!(stages.last().unwrap()["stage"], "whole-plan");
}

#[test]
fn the_plan_csv_has_one_row_per_action_in_plan_order() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("demo.toml");
    let a = demo_with_plan(&file, "en");
    let out = export(h, &file, "plan-csv", "plan.csv");
    let mut reader = csv::Reader::from_path(&out).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        iacs_assess::export::plan::CSV_HEADER
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    let plan: Vec<String> = plan_of(&a).items.into_iter().map(|x| x.id).collect();
    assert_eq!(ids, plan);
    let row = |id: &str| rows.iter().find(|r| &r[0] == id).unwrap();
    let first = row(&a.actions[0].id);
    assert_eq!(&first[2], "planned");
    assert_eq!(
        (&first[4], &first[5], &first[6], &first[7]),
        ("OT team", OVERDUE, "M", "overdue")
    );
    assert_eq!(&row(&a.actions[1].id)[7], "", "due later: not overdue");
    assert_eq!(&row(&a.actions[3].id)[2], "in progress");
    // What it addresses: requirements with their questionnaire, and the zones and conduits.
    let x = &a.actions[0];
    let wanted: Vec<String> = x
        .addresses
        .iter()
        .map(|r| format!("{} {}", r.questionnaire, r.requirement))
        .collect();
    assert_eq!(&first[8], wanted.join("; "));
    assert!(!first[9].is_empty() || x.addresses.iter().all(|r| r.targets.is_empty()));
    if !x.addresses[0].targets.is_empty() {
        assert!(first[11].starts_with("lifts "), "why: {}", &first[11]);
    }
    // A formula-like owner is text, not a formula.
    assert_eq!(&row(&a.actions[6].id)[4], "'=HYPERLINK(\"http://x\")");
}

#[test]
fn the_plan_csv_speaks_the_assessments_language() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("demo.toml");
    let a = demo_with_plan(&file, "de");
    let out = export(h, &file, "plan-csv", "plan.csv");
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = |id: &str| rows.iter().find(|r| &r[0] == id).unwrap();
    assert_eq!(&row(&a.actions[0].id)[2], "geplant");
    assert_eq!(&row(&a.actions[0].id)[7], "überfällig");
    assert_eq!(&row(&a.actions[3].id)[2], "in Arbeit");
}

#[test]
fn the_workbook_has_the_plan_with_a_status_drop_down_and_the_projection() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("demo.toml");
    let a = demo_with_plan(&file, "en");
    let out = export(h, &file, "xlsx", "demo.xlsx");
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    let names = wb.sheet_names();
    let plan_index = names.iter().position(|n| n == "Plan").expect("a Plan sheet");
    assert_eq!(names[plan_index + 1], "Plan projection");

    // One row per action in plan order, each phase under its band.
    let plan = plan_of(&a);
    let range = wb.worksheet_range("Plan").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0][..4], ["Id", "Phase", "Status", "Title"]);
    assert_eq!(rows[1][0], "Phase 1", "the first band");
    let action_rows: Vec<&Vec<String>> = rows[1..].iter().filter(|r| a.action(&r[0]).is_some()).collect();
    let ids: Vec<&str> = action_rows.iter().map(|r| r[0].as_str()).collect();
    let wanted: Vec<&str> = plan.items.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, wanted);
    let bands: Vec<&str> = rows[1..]
        .iter()
        .filter(|r| a.action(&r[0]).is_none())
        .map(|r| r[0].as_str())
        .collect();
    assert_eq!(bands.last(), Some(&"Dropped"));
    let row = |id: &str| *action_rows.iter().find(|r| r[0] == id).unwrap();
    let first = row(&a.actions[0].id);
    assert_eq!((first[2].as_str(), first[4].as_str()), ("planned", "OT team"));
    // The due day is a date (calamine shows its serial number); the why says it is overdue.
    let serial = jiff::civil::date(1899, 12, 30)
        .until(OVERDUE.parse::<jiff::civil::Date>().unwrap())
        .unwrap()
        .get_days();
    assert_eq!(first[5], serial.to_string());
    assert!(
        first[8].starts_with(&format!("Overdue: it was due on {OVERDUE}\n")),
        "{}",
        first[8]
    );
    assert_eq!(row(&a.actions[4].id)[2], "done");
    let addressed = &first[7];
    assert!(
        addressed.contains(&a.actions[0].addresses[0].requirement),
        "{addressed}"
    );

    // The drop-down of the five statuses on the status column, and the print setup.
    let sheet = part(&out, &format!("xl/worksheets/sheet{}.xml", plan_index + 1));
    let last = rows.len();
    assert!(
        sheet.contains(&format!(
            r#"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C2:C{last}"><formula1>"proposed,planned,in progress,done,dropped"</formula1>"#
        )),
        "{sheet}"
    );
    assert!(sheet.contains(r#"orientation="landscape""#));
    assert!(sheet.contains(r#"<pageSetUpPr fitToPage="1"/>"#));
    assert!(sheet.contains(r#"fitToHeight="0""#));
    assert!(
        sheet.contains(r#"<mergeCell ref="A2:I2"/>"#),
        "the band spans the columns"
    );
    let workbook = part(&out, "xl/workbook.xml");
    assert!(workbook.contains("Plan!$1:$1"), "the header row repeats on every page");

    // The projection: a column per stage; per zone and conduit its SL-A and how many FRs reach
    // SL-T at each stage.
    let range = wb.worksheet_range("Plan projection").unwrap();
    let cells: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let mut heads = vec!["Zone / conduit".to_string(), "SL-T".into()];
    heads.extend(plan.stages.iter().map(|p| match p.stage {
        planning::Stage::Now => "now".to_string(),
        planning::Stage::AfterPhase(n) => format!("after phase {n}"),
        planning::Stage::WholePlan => "whole plan".into(),
    }));
    assert_eq!(cells[0], heads);
    assert_eq!(heads[3], "after phase 1");
    for (column, stage) in (2..).zip(&plan.stages) {
        for level in &stage.levels {
            let line = cells
                .iter()
                .find(|r| r[0] == level.target)
                .unwrap_or_else(|| panic!("a row for {}", level.target));
            let vector: Vec<String> = level
                .sl_a
                .iter()
                .map(|l| l.map_or("n/a".to_string(), |l| l.to_string()))
                .collect();
            // A component (the demo's assessed PLC) shows its SL-C, a zone or conduit its SL-A.
            let label = if a.component(&level.target).is_some() {
                "SL-C"
            } else {
                "SL-A"
            };
            assert_eq!(
                line[column],
                format!(
                    "{label} {{{}}}\nSL-T reached in {} of {} FRs",
                    vector.join(" "),
                    level.reached,
                    level.of
                ),
                "{} at {:?}",
                level.target,
                stage.stage
            );
        }
    }
    let maturity = cells
        .iter()
        .position(|r| r[0] == "Maturity groups below target")
        .unwrap();
    assert_eq!(cells[maturity + 1][..3], ["Group", "Target", "now"]);
    let now_below = plan.stages[0]
        .maturity
        .iter()
        .filter(|g| g.meeting_target < g.answered)
        .count();
    assert_eq!(
        cells.len() - maturity - 2,
        now_below,
        "one row per group below target now"
    );
    // The summary says what the whole plan reaches, zone by zone.
    let summary = wb.worksheet_range("Summary").unwrap();
    let texts: Vec<String> = summary
        .rows()
        .flat_map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>())
        .collect();
    let at = texts.iter().position(|t| t == "With the whole plan done").unwrap();
    assert!(texts[at..].iter().any(|t| t == "Z-SCADA"));
    assert!(
        texts[at..]
            .iter()
            .any(|t| t.starts_with("SL-A {") && t.contains("SL-T reached in"))
    );
}

/// Without actions, the Plan sheet holds the proposals (tests/workbook_register.rs); the
/// projection and the summary's whole-plan lines are for an agreed plan only.
#[test]
fn a_workbook_without_actions_has_no_projection() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("demo.toml");
    iacs_assess::demo::Demo::WaterWorks.copy_to(&file).unwrap();
    let mut a = storage::read(&file, &common::catalog()).unwrap();
    a.actions.clear();
    std::fs::write(&file, storage::to_toml(&a).unwrap()).unwrap();
    let out = export(h, &file, "xlsx", "demo.xlsx");
    let wb: Xlsx<_> = open_workbook(&out).unwrap();
    assert!(!wb.sheet_names().iter().any(|n| n == "Plan projection"));
    let mut wb = wb;
    let summary = wb.worksheet_range("Summary").unwrap();
    assert!(
        !summary
            .rows()
            .flatten()
            .any(|c| matches!(c, Data::String(s) if s == "With the whole plan done"))
    );
}

#[test]
fn the_plan_sheet_speaks_the_assessments_language() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("demo.toml");
    demo_with_plan(&file, "fr");
    let out = export(h, &file, "xlsx", "demo.xlsx");
    let wb: Xlsx<_> = open_workbook(&out).unwrap();
    let names = wb.sheet_names();
    let i = names
        .iter()
        .position(|n| n == "Plan d'action")
        .expect("the French Plan sheet");
    assert_eq!(names[i + 1], "Effet du plan");
    let sheet = part(&out, &format!("xl/worksheets/sheet{}.xml", i + 1));
    assert!(sheet.contains(r#"<formula1>"proposée,planifiée,en cours,terminée,abandonnée"</formula1>"#));
}
