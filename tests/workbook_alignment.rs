//! The regulatory alignment in the customer's workbook (a sheet per mapping that concerns the
//! assessment) and in the JSON export, read back with calamine and from the zip's XML (colours,
//! page setup). Expected verdicts come from answers the test gives, not from the sheet's code.

mod common;

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use common::xlsx_parts::{defined_names, elements, fill_of, row_heights, sheet, sheet_names};
use common::{answer_z1, catalog, run};
use iacs_assess::alignment::{self, words};
use iacs_assess::assessment::storage;
use iacs_assess::catalog::mapping::{Item, LinkKind};
use iacs_assess::catalog::{Catalog, Mapping};
use std::path::{Path, PathBuf};

const GREEN: &str = "C6EFCE";
const GREY: &str = "E7E6E6";
const BAND: &str = "DDEBF7";

fn export(h: &Path, file: &Path, format: &str, extra: &[&str]) -> PathBuf {
    let out = h.join(format!("out.{}", if format == "json" { "json" } else { "xlsx" }));
    let mut args = vec![
        "export",
        file.to_str().unwrap(),
        "--format",
        format,
        "--force",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(h, &args).success();
    out
}

fn range(book: &Path, name: &str) -> Range<Data> {
    let mut wb: Xlsx<_> = open_workbook(book).unwrap();
    wb.worksheet_range(name)
        .unwrap_or_else(|e| panic!("no sheet {name}: {e}; sheets: {:?}", wb.sheet_names()))
}

fn text(r: &Range<Data>, row: usize, col: usize) -> String {
    r.get((row, col)).map(|d| d.to_string()).unwrap_or_default()
}

/// The row of the table's header (its first column says "Item").
fn head_row(r: &Range<Data>) -> usize {
    (0..r.height())
        .find(|&row| text(r, row, 0) == "Item")
        .expect("a header row")
}

/// The first table row of `item` (0-based).
fn row_of(r: &Range<Data>, item: &str) -> usize {
    (head_row(r) + 1..r.height())
        .find(|&row| text(r, row, 0) == item)
        .unwrap_or_else(|| panic!("no row for {item}"))
}

#[test]
fn the_demo_has_a_sheet_per_mapping_that_concerns_it_after_the_findings() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = common::demo_copy(h);
    let book = export(h, &file, "xlsx", &[]);
    let names = sheet_names(&book);
    let catalog = catalog();
    let texts = common::texts();
    let a = storage::read(&file, &catalog).unwrap();
    let relevant = alignment::relevant(&a, &catalog);
    assert!(
        relevant.iter().any(|m| m.id == "csf2"),
        "the demo answers 3-3, which CSF 2.0 links"
    );
    let position = |name: &str| names.iter().position(|n| n == name);
    for m in &relevant {
        let short = words::mapping_short(&texts, m);
        let at = position(&short).unwrap_or_else(|| panic!("no sheet {short}: {names:?}"));
        assert!(at > position("Findings").unwrap(), "{names:?}");
        assert!(at < position("Plan").unwrap(), "{names:?}");
        let r = range(&book, &short);
        assert_eq!(text(&r, 0, 0), words::mapping_title(&texts, m));
        assert_eq!(text(&r, 1, 0), m.reference);
        // One row per item (an item with many links may carry on in rows named in grey).
        let head = head_row(&r);
        let listed: Vec<String> = (head + 1..r.height()).map(|row| text(&r, row, 0)).collect();
        let mut distinct = listed.clone();
        distinct.dedup();
        let ids: Vec<&str> = m.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(distinct, ids, "{short}: every item once, in the mapping's order");
        assert!(listed.len() < ids.len() * 2, "{short}: not a row per link");
    }
    // A mapping that links nothing the assessment holds gets no sheet.
    for m in catalog
        .mappings
        .iter()
        .filter(|m| !relevant.iter().any(|x| x.id == m.id))
    {
        assert!(!names.contains(&words::mapping_short(&texts, m)), "{}: {names:?}", m.id);
    }

    // CSF 2.0: the functions and categories are bold bands with the verdicts below them counted.
    let r = range(&book, "CSF 2.0");
    let xml = sheet(&book, "CSF 2.0");
    let pr = row_of(&r, "PR");
    assert_eq!(text(&r, pr, 1), "Protect");
    assert!(text(&r, pr, 2).contains("supported"), "{}", text(&r, pr, 2));
    assert_eq!(fill_of(&book, &xml, &format!("A{}", pr + 1)).as_deref(), Some(BAND));
    // Its header row prints on every page, the sheet one page wide, the print area the table.
    let index = sheet_names(&book).iter().position(|n| n == "CSF 2.0").unwrap();
    let defined = defined_names(&book);
    let titles = defined
        .iter()
        .find(|(n, i, _)| n == "_xlnm.Print_Titles" && *i == index)
        .expect("repeated header row");
    let head = head_row(&r) + 1;
    assert!(titles.2.ends_with(&format!("${head}:${head}")), "{titles:?}");
    let area = defined
        .iter()
        .find(|(n, i, _)| n == "_xlnm.Print_Area" && *i == index)
        .expect("print area");
    assert!(area.2.ends_with(&format!("$A$1:$E${}", r.height())), "{area:?}");
    assert_eq!(elements(&xml, "pageSetUpPr")[0]["fitToPage"], "1");
    let setup = &elements(&xml, "pageSetup")[0];
    assert!(setup.get("fitToWidth").is_none_or(|w| w == "1"), "{setup:?}");
    assert_eq!(setup["fitToHeight"], "0");
    assert_eq!(setup["orientation"], "landscape");
    // A row of many links is as tall as its lines, never taller than Excel's 409 points.
    let heights = row_heights(&xml);
    let tallest = heights.values().copied().fold(0.0, f64::max);
    assert!(tallest > 150.0 && tallest <= 409.0, "{tallest}");
}

/// An assessable item of CSF 2.0 whose links to 62443-3-3 all go to requirements that SL-T 1
/// needs, at least one of them "supports" or "equivalent", sharing no requirement with `other`
/// (its links to other questionnaires are outside a 3-3 assessment and do not count).
fn plain_item<'m>(catalog: &Catalog, m: &'m Mapping, other: Option<&Item>) -> &'m Item {
    let q = catalog.questionnaire("iec62443-3-3").unwrap();
    m.items
        .iter()
        .filter(|i| i.assessable && !i.links.is_empty())
        .filter(|i| Some(i.id.as_str()) != other.map(|o| o.id.as_str()))
        .filter(|i| {
            i.links
                .iter()
                .any(|l| l.kind != LinkKind::Partial && l.questionnaire == q.id)
        })
        .find(|i| {
            i.links.iter().filter(|l| l.questionnaire == q.id).all(|l| {
                q.requirement(&l.requirement)
                    .is_some_and(|r| r.min_sl.unwrap_or(1) <= 1)
                    && other.is_none_or(|o| o.links.iter().all(|x| x.requirement != l.requirement))
            })
        })
        .expect("an item linked only to 3-3 requirements of SL 1")
}

#[test]
fn an_item_whose_linked_requirements_are_met_is_supported_and_one_not_answered_not_assessed() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("works.toml");
    let f = file.to_str().unwrap();
    run(h, &["new", f, "-q", "iec62443-3-3", "--title", "Works"]).success();
    run(
        h,
        &[
            "zone",
            "add",
            f,
            "--id",
            "Z1",
            "--name",
            "Control",
            "--sl-t",
            "1,1,1,1,1,1,1",
            "--justification",
            "t",
        ],
    )
    .success();
    let catalog = catalog();
    let csf = catalog.mapping("csf2").unwrap();
    let met = plain_item(&catalog, csf, None);
    let open = plain_item(&catalog, csf, Some(met));
    let on_3_3: Vec<_> = met.links.iter().filter(|l| l.questionnaire == "iec62443-3-3").collect();
    for link in &on_3_3 {
        answer_z1(h, f, &link.requirement, "met", &[]);
    }
    let book = export(h, &file, "xlsx", &[]);
    let r = range(&book, "CSF 2.0");
    let xml = sheet(&book, "CSF 2.0");
    let row = row_of(&r, &met.id);
    let verdict = text(&r, row, 2);
    assert_eq!(verdict.lines().next(), Some("supported"), "{}", met.id);
    let outside = met.links.len() - on_3_3.len();
    let counts = match outside {
        0 => format!("{} met", on_3_3.len()),
        1 => format!("{} met, 1 link not in this assessment", on_3_3.len()),
        n => format!("{} met, {n} links not in this assessment", on_3_3.len()),
    };
    assert_eq!(
        verdict.lines().nth(1),
        Some(counts.as_str()),
        "the counts under the verdict"
    );
    assert_eq!(fill_of(&book, &xml, &format!("C{}", row + 1)).as_deref(), Some(GREEN));
    let links = text(&r, row, 3);
    assert_eq!(links.lines().count(), met.links.len(), "{links}");
    assert!(
        links.contains(&format!("IEC 62443-3-3 {}", met.links[0].requirement)),
        "{links}"
    );
    let row = row_of(&r, &open.id);
    assert!(text(&r, row, 2).starts_with("not assessed\n"), "{}", open.id);
    assert_eq!(fill_of(&book, &xml, &format!("C{}", row + 1)).as_deref(), Some(GREY));
    // An item without a counterpart is grey too, never red.
    let none = csf.items.iter().find(|i| i.assessable && i.links.is_empty()).unwrap();
    let row = row_of(&r, &none.id);
    assert_eq!(text(&r, row, 2), "no 62443 counterpart");
    assert_eq!(fill_of(&book, &xml, &format!("C{}", row + 1)).as_deref(), Some(GREY));

    // The executive summary says it in a sentence naming the sheet, with the sheet's count.
    let supported = (0..r.height())
        .filter(|&row| text(&r, row, 2).lines().next() == Some("supported"))
        .count();
    let exec = range(&book, "Executive summary");
    let sentence = exec
        .rows()
        .flatten()
        .map(|c| c.to_string())
        .find(|t| t.starts_with("NIST Cybersecurity Framework 2.0 ("))
        .expect("the alignment's sentence");
    assert!(supported >= 1);
    let items = csf.items.iter().filter(|i| i.assessable).count();
    assert!(
        sentence.contains(&format!("({items} items): {supported} supported, "))
            && sentence.ends_with("sheet \"CSF 2.0\"."),
        "{sentence}"
    );

    // In German: the sheet and its words follow the workbook's language.
    let book = export(h, &file, "xlsx", &["--lang", "de"]);
    let r = range(&book, "CSF 2.0");
    let head = (0..r.height()).find(|&row| text(&r, row, 0) == "Punkt").unwrap();
    let row = (head..r.height()).find(|&row| text(&r, row, 0) == met.id).unwrap();
    assert_eq!(text(&r, row, 2).lines().next(), Some("gestützt"));
}

#[test]
fn a_custom_mapping_with_an_odd_short_name_gets_a_valid_unique_sheet_name() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let q = h.join("q");
    std::fs::create_dir_all(q.join("mappings")).unwrap();
    let l = h.join("l/en");
    std::fs::create_dir_all(&l).unwrap();
    for (id, short) in [
        ("odd", "Sector/Rules: [Water]* 'guide' for operators of plants?"),
        ("twin", "csf 2.0"),
    ] {
        std::fs::write(
            q.join(format!("mappings/{id}.toml")),
            format!(
                "format = 1\n[mapping]\nid = \"{id}\"\nreference = \"Guide\"\n\
                 [[item]]\nid = \"G-1\"\n[[item.link]]\nquestionnaire = \"iec62443-3-3\"\n\
                 requirement = \"SR 1.1\"\nkind = \"supports\"\nsource = \"our-reading\"\n"
            ),
        )
        .unwrap();
        std::fs::write(
            l.join(format!("mapping-{id}.ftl")),
            format!(
                "mapping =\n    .title = Guide {id}\n    .short = {short}\nitem-g-1 =\n    .title = Rule one\n\
                 link-g-1--iec62443-3-3--sr-1-1 =\n    .why = Both ask for users to be known.\n"
            ),
        )
        .unwrap();
    }
    let file = common::demo_copy(h);
    let (qd, ld) = (q.to_str().unwrap(), h.join("l"));
    let book = export(
        h,
        &file,
        "xlsx",
        &["--questionnaires", qd, "--locales", ld.to_str().unwrap()],
    );
    let names = sheet_names(&book);
    let odd = names
        .iter()
        .find(|n| n.starts_with("Sector-Rules"))
        .unwrap_or_else(|| panic!("{names:?}"));
    assert!(odd.chars().count() <= 31, "{odd}");
    assert!(!odd.contains(['[', ']', ':', '*', '?', '/', '\\']), "{odd}");
    // Ours links only to the assessment's questionnaires, so it comes first and keeps its name;
    // the built-in one gets a number: unique, ignoring case.
    assert!(names.contains(&"csf 2.0".to_string()), "{names:?}");
    assert!(names.contains(&"CSF 2.0 (2)".to_string()), "{names:?}");
    let r = range(&book, odd);
    let row = row_of(&r, "G-1");
    assert_eq!(text(&r, row, 1), "Rule one");
    assert_eq!(text(&r, row, 4), "Both ask for users to be known.");
    assert!(
        text(&r, row, 3).starts_with("IEC 62443-3-3 SR 1.1 "),
        "{}",
        text(&r, row, 3)
    );
}

#[test]
fn the_json_export_carries_the_alignment_of_each_mapping_that_concerns_the_assessment() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = common::demo_copy(h);
    let out = export(h, &file, "json", &[]);
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(out).unwrap()).unwrap();
    assert_eq!(json["schema"], 4);
    let catalog = catalog();
    let a = storage::read(&file, &catalog).unwrap();
    let relevant: Vec<String> = alignment::relevant(&a, &catalog).iter().map(|m| m.id.clone()).collect();
    let listed: Vec<String> = json["alignments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["mapping"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, relevant);
    // The same as `align --to csf2 --json` says.
    let printed = run(h, &["align", file.to_str().unwrap(), "--to", "csf2", "--json"]).success();
    let align: serde_json::Value = serde_json::from_slice(&printed.get_output().stdout).unwrap();
    let csf = json["alignments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["mapping"] == "csf2")
        .unwrap();
    assert_eq!(csf, &align);
    assert!(csf["summary"]["supported"].as_u64().unwrap() > 0, "{}", csf["summary"]);
}
