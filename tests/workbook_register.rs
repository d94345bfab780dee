//! The workbook's scope and method, evidence register, follow-ups and the plan of proposals, read
//! back from the demo's workbook (calamine; data validations and cell formats from the sheet XML
//! with zip + quick-xml). Every expectation is worked out here from the assessment file itself.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::run;
use common::xlsx_parts::{elements, part, sheet as sheet_xml};
use iacs_assess::assessment::{Assessment, storage};
use iacs_assess::catalog::ids::natural_cmp;
use iacs_assess::planning;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn demo_copy(h: &Path) -> PathBuf {
    common::demo_copy(h)
}

fn read(file: &Path) -> Assessment {
    storage::read(file, &common::catalog()).unwrap()
}

fn rewrite(file: &Path, a: &Assessment) {
    std::fs::write(file, storage::to_toml(a).unwrap()).unwrap();
}

fn export(h: &Path, file: &Path, extra: &[&str]) -> PathBuf {
    let out = h.join("report.xlsx");
    let mut args = vec![
        "export",
        file.to_str().unwrap(),
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

/// Every cell of a sheet as text (dates as Excel serials).
fn cells(book: &Path, sheet: &str) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(book).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[test]
fn the_scope_sheet_lists_systems_questionnaires_method_and_people_with_their_roles() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo_copy(h);
    let gareth = "Gareth Lloyd (IT lead)";
    let args = [
        "interviewee",
        "set",
        file.to_str().unwrap(),
        "--name",
        gareth,
        "--role",
        "Head of site IT",
        "--organisation",
        "Aqua Valley Water",
    ];
    run(h, &args).success();
    let a = read(&file);
    let catalog = common::catalog();
    let out = export(h, &file, &[]);
    let names = open_workbook::<Xlsx<_>, _>(&out).unwrap().sheet_names();
    assert_eq!(
        names[..4],
        ["Cover", "Executive summary", "Scope and method", "Summary"]
    );
    let rows = cells(&out, "Scope and method");
    let row_of = |first: &str| {
        rows.iter()
            .find(|r| r[0] == first)
            .unwrap_or_else(|| panic!("a row for {first:?}: {rows:?}"))
    };
    for s in &a.systems {
        let r = row_of(&s.id);
        assert_eq!(
            (r[1].as_str(), r[2].as_str()),
            (s.name.as_str(), s.description.as_str())
        );
    }
    for id in &a.assessment.questionnaires {
        let q = catalog.questionnaire(id).unwrap();
        let r = row_of(&format!("{}\n({id})", q.standard));
        assert_eq!(r[3], q.edition, "{id}");
        let given = a
            .answers()
            .iter()
            .filter(|x| x.questionnaire == id.as_str() && x.value.is_some())
            .count();
        assert_eq!(r[5], given.to_string(), "{id}");
    }
    assert_eq!(row_of("IEC 62443-3-3\n(iec62443-3-3)")[3], "2013 + COR1:2014");
    assert_eq!(row_of("Assessors")[1], a.assessment.assessors.join(", "));
    assert!(row_of("SL-T method")[1].starts_with("From the risk reduction needed\n"));
    assert_eq!(row_of("Default target")[1], "ML2");
    assert_eq!(
        row_of("IEC 62443-2-1 SPE 3")[1],
        "ML3 · Network and communications security"
    );
    // Each person named on an answer, with how many answers and when the first and last were.
    let mut given: BTreeMap<&str, Vec<jiff::Timestamp>> = BTreeMap::new();
    for x in a.answers().iter().filter(|x| !x.interviewee.is_empty()) {
        given.entry(&x.interviewee).or_default().push(x.time);
    }
    assert_eq!(given.len(), 7);
    let when = |t: &jiff::Timestamp| t.strftime("%Y-%m-%d %H:%M").to_string();
    for (name, times) in &given {
        let r = row_of(name);
        assert_eq!(r[5], times.len().to_string(), "{name}");
        assert_eq!(r[3], when(times.iter().min().unwrap()), "{name}");
        assert_eq!(r[4], when(times.iter().max().unwrap()), "{name}");
    }
    let r = row_of(gareth);
    assert_eq!((r[1].as_str(), r[2].as_str()), ("Head of site IT", "Aqua Valley Water"));
    assert_eq!(row_of("Priya Natarajan (OT engineer)")[1], "", "no role recorded");
    // The 62443-3-2 steps not done: exactly the answers of the system that are not done or n/a.
    let heading = rows
        .iter()
        .position(|r| r[0] == "IEC 62443-3-2: steps not done yet")
        .unwrap();
    let listed: Vec<(String, String)> = rows[heading + 2..]
        .iter()
        .map(|r| (r[1].clone(), r[4].clone()))
        .collect();
    let wanted: Vec<(String, String)> = catalog
        .questionnaire("iec62443-3-2")
        .unwrap()
        .requirements
        .iter()
        .filter_map(|r| {
            let x = a
                .answers()
                .iter()
                .find(|x| x.questionnaire == "iec62443-3-2" && x.requirement == r.id.as_str());
            match x.and_then(|x| x.value.as_deref()) {
                Some("done" | "na") => None,
                Some("partly") => Some((r.id.clone(), "Partly done".into())),
                Some("not-done") => Some((r.id.clone(), "Not done".into())),
                _ => Some((r.id.clone(), "not answered".into())),
            }
        })
        .collect();
    assert_eq!(listed, wanted);
    assert_eq!(wanted.len(), 9, "6 partly, 3 not done in the demo");
    // A page of text: printed landscape, one page wide, with its print area.
    let xml = sheet_xml(&out, "Scope and method");
    assert!(xml.contains(r#"orientation="landscape""#));
    assert!(part(&out, "xl/workbook.xml").contains("'Scope and method'!$A$1:$F$"));
}

#[test]
fn the_evidence_register_lists_every_reference_once_with_the_requirements_it_supports() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo_copy(h);
    let a = read(&file);
    let out = export(h, &file, &[]);
    // Worked out from the answers: reference -> the answers citing it, in the answers' order.
    let mut wanted: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    for x in a.answers() {
        let refs: BTreeSet<&str> = x.evidence.iter().map(|e| e.trim()).filter(|e| !e.is_empty()).collect();
        for r in refs {
            wanted.entry(r.to_string()).or_default().push((
                x.questionnaire.to_string(),
                x.target.as_deref().unwrap_or("").to_string(),
                x.requirement.to_string(),
            ));
        }
    }
    assert!(wanted.len() > 50, "the demo cites many references");
    let rows = cells(&out, "Evidence register");
    assert_eq!(
        rows[0],
        [
            "Evidence reference",
            "Questionnaire",
            "Zone / conduit",
            "Requirement",
            "Title",
            "Answer"
        ]
    );
    let mut order = Vec::new();
    let mut got: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    let mut current = String::new();
    for r in &rows[1..] {
        // Every row names its reference; a reference's rows stand together.
        assert!(!r[0].is_empty(), "{r:?}");
        if r[0] != current {
            assert!(!got.contains_key(&r[0]), "{} listed apart twice", r[0]);
            current = r[0].clone();
            order.push(current.clone());
        }
        assert!(!r[4].is_empty() && !r[5].is_empty(), "title and answer: {r:?}");
        got.entry(current.clone())
            .or_default()
            .push((r[1].clone(), r[2].clone(), r[3].clone()));
    }
    assert_eq!(got, wanted);
    let mut natural = order.clone();
    natural.sort_by(|x, y| natural_cmp(x, y));
    assert_eq!(order, natural, "references in natural order");
    let first = rows.iter().find(|r| r[0] == "HA-HR-TRN-010").unwrap();
    assert_eq!(
        first[1..],
        [
            "iec62443-2-4",
            "",
            "SP.01.01 BR",
            "Own staff know their security duties",
            "ML3 Defined"
        ]
    );
    assert!(
        part(&out, "xl/workbook.xml").contains("'Evidence register'!$1:$1"),
        "header on every page"
    );
}

#[test]
fn the_follow_ups_are_exactly_the_flagged_answers_and_say_so_when_there_are_none() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo_copy(h);
    let mut a = read(&file);
    let out = export(h, &file, &[]);
    let wanted: Vec<Vec<String>> = a
        .answers()
        .iter()
        .filter(|x| x.flagged)
        .map(|x| {
            vec![
                x.questionnaire.to_string(),
                x.target.as_deref().unwrap_or("").to_string(),
                x.requirement.to_string(),
                x.note.clone(),
                x.interviewee.to_string(),
                x.assessor.to_string(),
            ]
        })
        .collect();
    assert_eq!(
        wanted.len(),
        10,
        "nine, and one of the PLC's 62443-4-2 answers (issue 20)"
    );
    let rows = cells(&out, "Follow-ups");
    assert_eq!(
        rows[0][..6],
        [
            "Questionnaire",
            "Zone / conduit",
            "Requirement",
            "Title",
            "Answer",
            "Note"
        ]
    );
    let got: Vec<Vec<String>> = rows[1..]
        .iter()
        .map(|r| {
            vec![
                r[0].clone(),
                r[1].clone(),
                r[2].clone(),
                r[5].clone(),
                r[6].clone(),
                r[7].clone(),
            ]
        })
        .collect();
    assert_eq!(got, wanted);

    // Unanswered work is not a follow-up; nothing flagged: one line says so.
    let ids: Vec<_> = a.answers().iter().filter(|x| x.flagged).map(|x| x.id()).collect();
    for id in ids {
        a.answer_mut(id.key()).unwrap().flagged = false;
    }
    rewrite(&file, &a);
    let out = export(h, &file, &[]);
    let rows = cells(&out, "Follow-ups");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[1][0], "No answer is flagged for follow-up.");
}

#[test]
fn without_actions_the_plan_sheet_shows_the_proposals_with_drop_downs_and_the_file_stays_as_it_was() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo_copy(h);
    let mut a = read(&file);
    a.actions.clear();
    rewrite(&file, &a);
    let before = std::fs::read(&file).unwrap();
    let out = export(h, &file, &[]);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "export never changes the assessment"
    );

    // What `plan propose` would add, worked out on a copy.
    let catalog = common::catalog();
    let texts = common::texts();
    let mut proposed = a.clone();
    let title = |p: &planning::Proposal| planning::text::proposal_title(&catalog, &texts, p);
    let today = jiff::Zoned::now().date();
    planning::propose(&mut proposed, &catalog, today, &title, "", a.assessment.modified);
    assert!(proposed.actions.len() > 10);

    let names = open_workbook::<Xlsx<_>, _>(&out).unwrap().sheet_names();
    assert!(names.contains(&"Plan".to_string()));
    assert!(
        !names.contains(&"Plan projection".to_string()),
        "a projection only for an agreed plan"
    );
    let rows = cells(&out, "Plan");
    assert!(
        rows[1][0].starts_with("Proposed actions, not agreed yet"),
        "{:?}",
        rows[1]
    );
    let actions: Vec<&Vec<String>> = rows.iter().filter(|r| proposed.action(&r[0]).is_some()).collect();
    assert_eq!(actions.len(), proposed.actions.len());
    for r in &actions {
        let x = proposed.action(&r[0]).unwrap();
        assert_eq!((r[2].as_str(), r[3].as_str()), ("proposed", x.title.as_str()));
        assert_eq!((r[4].as_str(), r[5].as_str()), ("", ""), "owner and due left to agree");
    }

    // Drop-downs: the statuses, a date for the due day, a prompt for the owner; on every row.
    let xml = sheet_xml(&out, "Plan");
    let last = rows.len();
    let validations: BTreeMap<String, String> = elements(&xml, "dataValidation")
        .into_iter()
        .map(|v| (v["sqref"].clone(), v.get("type").cloned().unwrap_or_default()))
        .collect();
    assert_eq!(validations[&format!("C2:C{last}")], "list");
    assert_eq!(validations[&format!("F2:F{last}")], "date");
    assert!(validations.contains_key(&format!("E2:E{last}")), "{validations:?}");
    assert!(xml.contains(r#"<formula1>"proposed,planned,in progress,done,dropped"</formula1>"#));
    // Owner cells are text ("@", format 49), due cells dates.
    let styles = part(&out, "xl/styles.xml");
    let formats: BTreeMap<String, String> = elements(&styles, "numFmt")
        .into_iter()
        .map(|f| (f["numFmtId"].clone(), f["formatCode"].clone()))
        .collect();
    let cell_xfs = &styles[styles.find("<cellXfs").unwrap()..styles.find("</cellXfs>").unwrap() + 10];
    let xfs: Vec<String> = elements(cell_xfs, "xf")
        .into_iter()
        .map(|x| x["numFmtId"].clone())
        .collect();
    let style_of = |cell: &str| -> String {
        let c = elements(&xml, "c").into_iter().find(|c| c["r"] == cell).unwrap();
        xfs[c["s"].parse::<usize>().unwrap()].clone()
    };
    let owner = style_of("E4");
    assert!(
        owner == "49" || formats.get(&owner).map(String::as_str) == Some("@"),
        "owner as text: {owner}"
    );
    assert_eq!(formats[&style_of("F4")], "yyyy-mm-dd", "due as a date");
}

#[test]
fn the_new_sheets_speak_german() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo_copy(h);
    let out = export(h, &file, &["--lang", "de"]);
    let names = open_workbook::<Xlsx<_>, _>(&out).unwrap().sheet_names();
    for name in [
        "Umfang und Methode",
        "Nachweisregister",
        "Nachverfolgung",
        "Maßnahmenplan",
    ] {
        assert!(names.contains(&name.to_string()), "{name}: {names:?}");
    }
    let rows = cells(&out, "Umfang und Methode");
    assert_eq!(rows[0][0], "Betrachtete Systeme");
    let xml = sheet_xml(&out, "Maßnahmenplan");
    assert!(
        xml.contains("Ein Datum, zum Beispiel 2027-03-31"),
        "the prompt in German"
    );
}

#[test]
fn a_due_date_is_a_date_and_an_overdue_one_says_so() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = demo_copy(h);
    let mut a = read(&file);
    let id = a.actions[0].id.clone();
    a.action_mut(&id).unwrap().due = Some(jiff::civil::date(2020, 1, 31));
    let now = jiff::Timestamp::now();
    a.action_mut(&id)
        .unwrap()
        .set_status(iacs_assess::assessment::ActionStatus::Planned, "ana", now);
    rewrite(&file, &a);
    let out = export(h, &file, &[]);
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    let range = wb.worksheet_range("Plan").unwrap();
    let row = range.rows().find(|r| r[0] == Data::String(id.clone())).unwrap();
    let serial = jiff::civil::date(1899, 12, 30)
        .until(jiff::civil::date(2020, 1, 31))
        .unwrap()
        .get_days();
    match &row[5] {
        Data::DateTime(d) => assert_eq!(d.as_f64(), f64::from(serial)),
        other => panic!("a date, not {other:?}"),
    }
    assert!(
        row[8].to_string().starts_with("Overdue: it was due on 2020-01-31\n"),
        "{}",
        row[8]
    );
}
