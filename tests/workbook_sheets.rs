//! The executive summary and the zone and conduit model of the customer's workbook, read back
//! with calamine (and the zip's XML for the chart and the colours). Expected numbers come from
//! the score of the demo (`scoring::score`), not from the sheets' own code.

mod common;

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use common::run;
use iacs_assess::assessment::{ActionStatus, Assessment, FR_NAMES, storage};
use iacs_assess::planning::{self, EffortScale};
use iacs_assess::scoring::{self, Score};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The demo copied into `home` and its workbook written there (with `extra` arguments).
fn demo_workbook(home: &Path, extra: &[&str]) -> (PathBuf, PathBuf) {
    let demo = home.join("demo.toml");
    if !demo.exists() {
        run(home, &["demo", "--no-open", "--copy-to", demo.to_str().unwrap()]).success();
    }
    workbook_of(home, &demo, extra)
}

fn workbook_of(home: &Path, file: &Path, extra: &[&str]) -> (PathBuf, PathBuf) {
    let out = home.join(format!("report{}.xlsx", extra.join("")));
    let mut args = vec![
        "export",
        file.to_str().unwrap(),
        "--format",
        "xlsx",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(home, &args).success();
    (file.to_path_buf(), out)
}

fn sheet(path: &Path, name: &str) -> Range<Data> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    wb.worksheet_range(name)
        .unwrap_or_else(|e| panic!("no sheet {name}: {e}; sheets: {:?}", wb.sheet_names()))
}

fn cell(r: &Range<Data>, row: usize, col: usize) -> String {
    r.get((row, col)).map(|d| d.to_string()).unwrap_or_default()
}

/// Every non-empty cell as (row, column, text), row by row.
fn cells(r: &Range<Data>) -> Vec<(usize, usize, String)> {
    let (top, left) = r.start().map(|(a, b)| (a as usize, b as usize)).unwrap_or((0, 0));
    let mut out = Vec::new();
    for (i, row) in r.rows().enumerate() {
        for (j, c) in row.iter().enumerate() {
            let text = c.to_string();
            if !text.is_empty() {
                out.push((top + i, left + j, text));
            }
        }
    }
    out
}

fn has(all: &[(usize, usize, String)], wanted: &str) -> bool {
    all.iter().any(|(_, _, t)| t.contains(wanted))
}

fn find(all: &[(usize, usize, String)], wanted: &str) -> (usize, usize) {
    all.iter()
        .find(|(_, _, t)| t == wanted)
        .map(|(r, c, _)| (*r, *c))
        .unwrap_or_else(|| panic!("no cell {wanted:?}"))
}

fn read(path: &Path) -> Assessment {
    storage::read(path, &common::catalog()).unwrap()
}

/// The demo's numbers, for the sentences.
fn expected(a: &Assessment, score: &Score) -> Vec<String> {
    let mut out = Vec::new();
    for m in &score.maturity {
        let areas: Vec<_> = m.groups.iter().filter(|g| g.depth == 0 && g.applies).collect();
        let at = areas
            .iter()
            .filter(|g| g.stats.answered > 0 && g.stats.min.unwrap() >= g.target)
            .count();
        let mean = m.overall.mean.unwrap();
        out.push(format!(
            "the {} requirements assessed reach a mean maturity of {mean:.1}",
            m.overall.answered
        ));
        out.push(format!("{at} of {} areas", areas.len()));
    }
    let total = a.zones.len() + a.conduits.len();
    let results = |id: &str| score.security_levels.iter().find(|x| x.target == id && x.answered > 0);
    let ids: Vec<&str> = a
        .zones
        .iter()
        .map(|z| z.id.as_str())
        .chain(a.conduits.iter().map(|c| c.id.as_str()))
        .collect();
    let reached = ids
        .iter()
        .filter(|id| results(id).is_some_and(|x| x.sl_t.is_some() && x.gap.iter().all(|g| *g == 0)))
        .count();
    let not_assessed = ids.iter().filter(|id| results(id).is_none()).count();
    let short = total - reached - not_assessed;
    out.push(match reached {
        1 => format!("1 of the {total} zones and conduits reaches its target security level"),
        n => format!("{n} of the {total} zones and conduits reach their target security level"),
    });
    out.push(format!(
        "; {short} fall short; {not_assessed} not assessed against IEC 62443-3-3 yet."
    ));
    let inherent = score.risks.iter().filter(|r| !r.unmitigated_tolerable).count();
    let residual = score
        .risks
        .iter()
        .filter(|r| r.residual_tolerable == Some(false))
        .count();
    out.push(format!(
        "holds {} threat scenarios. {inherent} are intolerable before countermeasures",
        score.risks.len()
    ));
    out.push(format!("{residual} remain intolerable"));
    let open: usize = score
        .progress
        .iter()
        .map(|p| p.counts.applicable - p.counts.answered)
        .sum();
    out.push(format!("{open} requirements are not assessed yet"));
    out
}

#[test]
fn the_executive_summary_says_the_demos_figures_in_sentences() {
    let home = tempfile::tempdir().unwrap();
    let (demo, out) = demo_workbook(home.path(), &[]);
    let a = read(&demo);
    let catalog = common::catalog();
    let score = scoring::score(&a, &catalog);
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    assert_eq!(wb.sheet_names()[1], "Executive summary", "right after the cover");
    let r = wb.worksheet_range("Executive summary").unwrap();
    let all = cells(&r);
    for wanted in expected(&a, &score) {
        assert!(has(&all, &wanted), "missing {wanted:?} in {all:#?}");
    }
    // Each zone or conduit short of SL-T, by how much in which FR.
    for x in score
        .security_levels
        .iter()
        .filter(|x| x.answered > 0 && x.gap.iter().any(|g| *g > 0))
    {
        let line = all
            .iter()
            .map(|(_, _, t)| t)
            .find(|t| t.starts_with(&format!("• {} (", x.target)))
            .unwrap_or_else(|| panic!("no sentence for {}", x.target));
        for (i, gap) in x.gap.iter().enumerate().filter(|(_, g)| **g > 0) {
            let by = match gap {
                1 => format!("{} by one level", FR_NAMES[i]),
                n => format!("{} by {n} levels", FR_NAMES[i]),
            };
            assert!(line.contains(&by), "{line} lacks {by}");
        }
        assert!(line.contains(&format!("{} requirements close the gap", x.to_close.len())) || x.to_close.len() == 1);
    }
}

#[test]
fn the_executive_summary_lists_the_first_ten_open_actions_of_the_plan() {
    let home = tempfile::tempdir().unwrap();
    let (demo, out) = demo_workbook(home.path(), &[]);
    let a = read(&demo);
    let catalog = common::catalog();
    let today = scoring::countermeasures::today();
    let plan = planning::plan(&a, &catalog, today, &EffortScale::default());
    let wanted: Vec<&str> = plan
        .items
        .iter()
        .map(|i| a.action(&i.id).unwrap())
        .filter(|x| !matches!(x.status, ActionStatus::Done | ActionStatus::Dropped))
        .map(|x| x.id.as_str())
        .take(10)
        .collect();
    assert_eq!(wanted.len(), 10);
    let r = sheet(&out, "Executive summary");
    let all = cells(&r);
    let (head, _) = find(&all, "No.");
    let listed: Vec<String> = (1..=10).map(|i| cell(&r, head + i, 1)).collect();
    assert_eq!(listed, wanted);
    assert_eq!(cell(&r, head + 11, 1), "", "ten, not more");
    let action = a.action(wanted[0]).unwrap();
    assert_eq!(cell(&r, head + 1, 2), action.title);
    // Seen printed: rows of wrapped text must be given their height. The first action's "why"
    // takes two lines of its cell; a one-line action keeps the default height.
    let xml = &parts(&out, "xl/worksheets/sheet2.xml")[0].1;
    let height = |row: usize| -> f64 {
        xml.split(&format!("<row r=\"{}\"", row + 1))
            .nth(1)
            .and_then(|rest| rest.split('>').next())
            .and_then(|attrs| attrs.split("ht=\"").nth(1))
            .and_then(|h| h.split('"').next())
            .map_or(15.0, |h| h.parse().unwrap())
    };
    assert!(
        cell(&r, head + 1, 11).chars().count() > 60,
        "{}",
        cell(&r, head + 1, 11)
    );
    assert!(height(head + 1) >= 2.0 * 13.0, "{}", height(head + 1));
    let short = (1..=10)
        .find(|i| cell(&r, head + i, 11).chars().count() < 48 && cell(&r, head + i, 2).chars().count() < 30)
        .unwrap();
    assert_eq!(height(head + short), 15.0);
    assert!(has(&all, "The remediation plan holds 74 actions"), "{all:#?}");
}

#[test]
fn without_a_plan_the_summary_lists_the_proposals_and_leaves_the_file_alone() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run(
        h,
        &["demo", "--no-open", "--copy-to", h.join("demo.toml").to_str().unwrap()],
    )
    .success();
    let mut a = read(&h.join("demo.toml"));
    a.actions.clear();
    let file = h.join("no-plan.toml");
    fs::write(&file, storage::to_toml(&a).unwrap()).unwrap();
    let before = fs::read(&file).unwrap();
    let (_, out) = workbook_of(h, &file, &[]);
    assert_eq!(fs::read(&file).unwrap(), before, "the export changed the assessment");
    let r = sheet(&out, "Executive summary");
    let all = cells(&r);
    assert!(has(&all, "The assessment has no remediation plan yet."), "{all:#?}");
    let (head, _) = find(&all, "No.");
    for i in 1..=10 {
        assert_eq!(cell(&r, head + i, 0), i.to_string());
        assert_eq!(cell(&r, head + i, 1), "", "a proposal has no id in the file");
        assert_eq!(cell(&r, head + i, 7), "proposed");
    }
    // The same ten, in the same order, as the plan that `plan propose` would make.
    let proposed = h.join("proposed.toml");
    fs::copy(&file, &proposed).unwrap();
    run(h, &["plan", "propose", proposed.to_str().unwrap()]).success();
    let b = read(&proposed);
    let plan = planning::plan(
        &b,
        &common::catalog(),
        scoring::countermeasures::today(),
        &EffortScale::default(),
    );
    let wanted: Vec<String> = plan
        .items
        .iter()
        .take(10)
        .map(|i| b.action(&i.id).unwrap().title.clone())
        .collect();
    let listed: Vec<String> = (1..=10).map(|i| cell(&r, head + i, 2)).collect();
    assert_eq!(listed, wanted);
    assert!(
        has(&all, &format!("of {} actions the gaps call for", b.actions.len())),
        "{all:#?}"
    );
}

/// Every part of the zip whose name starts with `prefix`, with its text.
fn parts(path: &Path, prefix: &str) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        if name.starts_with(prefix) {
            let mut text = String::new();
            part.read_to_string(&mut text).unwrap();
            out.push((name, text));
        }
    }
    out
}

#[test]
fn the_executive_summary_has_the_chart_of_sl_t_against_sl_a_on_its_second_page() {
    let home = tempfile::tempdir().unwrap();
    let (demo, out) = demo_workbook(home.path(), &[]);
    let a = read(&demo);
    let charts = parts(&out, "xl/charts/chart");
    let chart = charts
        .iter()
        .find(|(_, x)| x.contains("'Executive summary'!"))
        .expect("a chart reads the executive summary");
    assert!(chart.1.contains("<c:grouping val=\"stacked\"/>"), "stacked bars");
    assert_eq!(chart.1.matches("<c:ser>").count(), 3, "at, below, not assessed");
    // Its data: one row per zone and conduit, seven FRs in all.
    let r = sheet(&out, "Executive summary");
    let all = cells(&r);
    let (top, col) = find(&all, "Chart data");
    let ids: Vec<String> = (1..=a.zones.len() + a.conduits.len())
        .map(|i| cell(&r, top + i, col))
        .collect();
    let model: Vec<String> = a
        .zones
        .iter()
        .map(|z| z.id.clone())
        .chain(a.conduits.iter().map(|c| c.id.clone()))
        .collect();
    assert_eq!(ids, model);
    for i in 1..=ids.len() {
        let sum: f64 = (1..=3)
            .map(|k| cell(&r, top + i, col + k).parse::<f64>().unwrap())
            .sum();
        assert_eq!(sum, 7.0);
    }
    // The chart starts the second page: a manual break above its row, inside the print area.
    let sheets = parts(&out, "xl/worksheets/sheet2.xml");
    let xml = &sheets[0].1;
    assert!(
        xml.contains(&format!("<brk id=\"{top}\"")),
        "page break before row {top}"
    );
    let workbook = &parts(&out, "xl/workbook.xml")[0].1;
    assert!(
        workbook.contains("'Executive summary'!$A$1:$P$"),
        "print area of 16 columns"
    );
}

#[test]
fn the_risk_matrices_place_every_scenario_in_its_cell() {
    let home = tempfile::tempdir().unwrap();
    let (demo, out) = demo_workbook(home.path(), &[]);
    let a = read(&demo);
    let model = a.risk_model.as_ref().unwrap();
    let levels = model.likelihood.levels.len();
    let r = sheet(&out, "Executive summary");
    let all = cells(&r);
    for (title, residual) in [
        ("Risk before countermeasures", false),
        ("Residual risk, with countermeasures", true),
    ] {
        let (top, col) = find(&all, title);
        assert_eq!(cell(&r, top + 1, col + 2), "Negligible");
        assert_eq!(cell(&r, top + 2, col), "Almost certain", "the likeliest on top");
        for s in &a.scenarios {
            let (l, i) = match residual {
                false => (s.likelihood, s.impact),
                true => match (s.residual_likelihood, s.residual_impact) {
                    (Some(l), Some(i)) => (l, i),
                    _ => continue,
                },
            };
            let at = cell(&r, top + 2 + levels - usize::from(l), col + 1 + usize::from(i));
            assert!(
                at.split([',', '\n']).any(|id| id.trim() == s.id),
                "{title}: {} not in likelihood {l}, impact {i}: {at:?}",
                s.id
            );
        }
    }
    assert!(has(&all, "Low (tolerable)"), "the legend");
}

/// The fill colour of cell `reference` ("H3") of sheet number `sheet`, as "FFC7CE" or "".
fn fill_of(out: &Path, sheet: usize, reference: &str) -> String {
    let xml = &parts(out, &format!("xl/worksheets/sheet{sheet}.xml"))[0].1;
    let styles = &parts(out, "xl/styles.xml")[0].1;
    let style: usize = xml
        .split(&format!("<c r=\"{reference}\""))
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .and_then(|attrs| attrs.split("s=\"").nth(1))
        .and_then(|s| s.split('"').next())
        .map(|s| s.parse().unwrap())
        .unwrap_or(0);
    let xfs = styles.split("<cellXfs").nth(1).unwrap();
    let xf = xfs.split("<xf ").nth(style + 1).unwrap();
    let fill: usize = xf
        .split("fillId=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let fills = styles.split("<fills").nth(1).unwrap();
    let f = fills.split("<fill>").nth(fill + 1).unwrap();
    f.split("rgb=\"FF")
        .nth(1)
        .map(|x| x[..6].to_string())
        .unwrap_or_default()
}

fn column_letter(col: usize) -> char {
    (b'A' + col as u8) as char
}

#[test]
fn the_zone_model_lists_every_zone_and_conduit_with_its_levels_and_reasons() {
    let home = tempfile::tempdir().unwrap();
    let (demo, out) = demo_workbook(home.path(), &[]);
    let a = read(&demo);
    let score = scoring::score(&a, &common::catalog());
    let mut wb: Xlsx<_> = open_workbook(&out).unwrap();
    let names = wb.sheet_names();
    let number = 1 + names.iter().position(|n| n == "Zone and conduit model").unwrap();
    let r = wb.worksheet_range("Zone and conduit model").unwrap();
    assert_eq!(cell(&r, 0, 0), "Id");
    assert_eq!(r.height(), 1 + a.zones.len() + a.conduits.len(), "one row each");
    let row_of = |id: &str| (1..r.height()).find(|i| cell(&r, *i, 0) == id).unwrap();
    for z in &a.zones {
        let row = row_of(&z.id);
        assert_eq!(cell(&r, row, 1), z.name);
        assert_eq!(cell(&r, row, 2), "Riverside Water Treatment Works (SUC)");
        assert_eq!(cell(&r, row, 3), z.description);
        for asset in &z.assets {
            assert!(cell(&r, row, 4).contains(asset.as_str()), "{} lacks {asset}", z.id);
        }
    }
    for c in &a.conduits {
        let row = row_of(&c.id);
        assert_eq!(cell(&r, row, 3), c.description);
        let joins = cell(&r, row, 4);
        assert!(joins.starts_with(&format!("joins {} ", c.from)), "{joins}");
        assert!(joins.contains(&format!(" and {} ", c.to)), "{joins}");
    }
    // Levels: SL-T above SL-A in each FR's cell; green where reached, red only where below.
    let mut seen_red = false;
    for t in &score.sl_targets {
        let row = row_of(&t.target);
        let result = score
            .security_levels
            .iter()
            .find(|x| x.target == t.target && x.answered > 0);
        for (i, level) in t.vector.iter().enumerate() {
            let text = cell(&r, row, 6 + i);
            let (target, achieved) = text.split_once('\n').unwrap();
            assert_eq!(target, level.to_string(), "{} FR {}", t.target, i + 1);
            let reference = format!("{}{}", column_letter(6 + i), row + 1);
            let fill = fill_of(&out, number, &reference);
            match result.map(|x| x.sl_a[i]) {
                None => {
                    assert_eq!(achieved, "–");
                    assert_eq!(fill, "", "not assessed is not coloured");
                }
                Some(None) => {
                    assert_eq!(achieved, "n/a");
                    assert_eq!(fill, "", "n/a is not coloured");
                }
                Some(Some(l)) => {
                    assert_eq!(achieved, l.to_string());
                    let wanted = if l >= *level { "C6EFCE" } else { "FFC7CE" };
                    seen_red |= wanted == "FFC7CE";
                    assert_eq!(fill, wanted, "{} {reference}", t.target);
                }
            }
        }
        let label = cell(&r, row, 5);
        match result {
            Some(_) => assert_eq!(label, "SL-T\nSL-A"),
            None => assert_eq!(label, "SL-T\nSL-A not assessed"),
        }
        // Why: every FR named (or "all"), the override with its justification.
        let why = cell(&r, row, 13);
        assert!(
            why.starts_with("all: ") || FR_NAMES.iter().all(|fr| why.contains(fr)),
            "{}: {why}",
            t.target
        );
    }
    assert!(seen_red, "the demo has gaps");
    let sis = a.zone("Z-SIS").unwrap();
    let why = cell(&r, row_of("Z-SIS"), 13);
    let justification = &sis.sl_t.as_ref().unwrap().justification;
    assert!(why.contains(&format!("set by hand: {justification}")), "{why}");
    assert!(
        why.contains("the risk model alone would derive {3 3 3 1 1 1 1}"),
        "{why}"
    );
}

/// The package's part that `rels` (a `_rels/….rels` part) names as a target of `kind`
/// ("drawing", "image"), as a path in the package.
fn related(out: &Path, rels: &str, kind: &str) -> Option<String> {
    let xml = parts(out, rels).pop()?.1;
    let target = xml
        .split("<Relationship ")
        .find(|r| r.contains(&format!("/relationships/{kind}\"")))?
        .split("Target=\"")
        .nth(1)?
        .split('"')
        .next()?
        .to_string();
    Some(format!("xl/{}", target.trim_start_matches("../")))
}

#[test]
fn the_zone_diagram_is_a_picture_on_a_page_of_its_own_before_the_zone_model() {
    let home = tempfile::tempdir().unwrap();
    let (demo, out) = demo_workbook(home.path(), &[]);
    let a = read(&demo);
    let names = open_workbook::<Xlsx<_>, _>(&out).unwrap().sheet_names();
    let at = names
        .iter()
        .position(|n| n == "Zone diagram")
        .expect("a sheet of the diagram");
    assert_eq!(names[at + 1], "Zone and conduit model", "right before the zone model");
    // Its drawing holds one picture, a PNG of the package, described by the title.
    let n = at + 1;
    let drawing =
        related(&out, &format!("xl/worksheets/_rels/sheet{n}.xml.rels"), "drawing").expect("the sheet has a drawing");
    let xml = &parts(&out, &drawing)[0].1;
    assert_eq!(xml.matches("<xdr:pic>").count(), 1, "{xml}");
    assert!(
        xml.contains(&format!("descr=\"{}: Zones and conduits", a.assessment.title)),
        "alternative text: {xml}"
    );
    let rels = drawing.replace("drawings/", "drawings/_rels/") + ".rels";
    let image = related(&out, &rels, "image").expect("the drawing shows an image");
    assert!(
        image.starts_with("xl/media/image") && image.ends_with(".png"),
        "{image}"
    );
    let mut zip = zip::ZipArchive::new(fs::File::open(&out).unwrap()).unwrap();
    let mut png = Vec::new();
    zip.by_name(&image).unwrap().read_to_end(&mut png).unwrap();
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    // Nothing else on the sheet; the print area covers the picture (it spans rows and columns).
    assert!(sheet(&out, "Zone diagram").is_empty());
    let workbook = &parts(&out, "xl/workbook.xml")[0].1;
    let area = workbook
        .split("<definedName ")
        .find(|d| d.contains("'Zone diagram'!"))
        .expect("a print area");
    assert!(area.contains("'Zone diagram'!$A$1:$"), "{area}");
    assert!(!area.contains("$A$1:$A$1<"), "more than a cell: {area}");
    // The zone model's table is as it was: its header in the first row.
    assert_eq!(cell(&sheet(&out, "Zone and conduit model"), 0, 0), "Id");
}

#[test]
fn a_german_workbook_has_german_sentences() {
    let home = tempfile::tempdir().unwrap();
    let (_, out) = demo_workbook(home.path(), &["--lang", "de"]);
    let r = sheet(&out, "Management-Zusammenfassung");
    let all = cells(&r);
    for wanted in [
        "Reifegrad",
        "Bereichen erreichen ihr Ziel",
        "Zonen und Conduits erreicht ihr Ziel-Security-Level (SL-T)",
        "Bedrohungsszenarien",
        "sind ohne Gegenmaßnahmen untragbar",
        "Top-10-Maßnahmen",
        "Risiko ohne Gegenmaßnahmen",
    ] {
        assert!(has(&all, wanted), "missing {wanted:?} in {all:#?}");
    }
    assert!(has(&all, "im Mittel Reifegrad 1,"), "a decimal comma: {all:#?}");
    let z = sheet(&out, "Zonen- und Conduit-Modell");
    assert!(cells(&z).iter().any(|(_, _, t)| t.starts_with("verbindet Z-")));
}

/// A service provider's self-assessment (2-4 only, no zones, nothing answered): the summary says
/// there is nothing to measure yet and prints on one page, with no empty second page.
#[test]
fn an_assessment_without_zones_has_a_one_page_summary_that_says_so() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("provider.toml");
    run(
        h,
        &[
            "new",
            file.to_str().unwrap(),
            "-q",
            "iec62443-2-4",
            "--title",
            "Provider",
        ],
    )
    .success();
    let (_, out) = workbook_of(h, &file, &[]);
    let r = sheet(&out, "Executive summary");
    let all = cells(&r);
    for wanted in [
        "no requirement has been assessed yet.",
        "requirements are not assessed yet (IEC 62443-2-4: ",
        "No action is proposed: no gap has been found in what has been assessed.",
    ] {
        assert!(has(&all, wanted), "missing {wanted:?} in {all:#?}");
    }
    assert!(!has(&all, "Chart data"));
    // Nothing about zones, systems or a risk model: the provider has none to speak of.
    assert!(!has(&all, "No zone or conduit has been defined yet."), "{all:#?}");
    let scope = cells(&sheet(&out, "Scope and method"));
    assert!(!has(&scope, "Systems under consideration"), "{scope:#?}");
    assert!(!has(&scope, "no risk model"), "{scope:#?}");
    assert!(has(&scope, "Maturity targets"), "{scope:#?}");
    let xml = &parts(&out, "xl/worksheets/sheet2.xml")[0].1;
    assert!(!xml.contains("<rowBreaks"), "no page break");
    assert!(
        parts(&out, "xl/charts/chart")
            .iter()
            .all(|(_, x)| !x.contains("'Executive summary'!"))
    ); // No zones: no diagram, and no empty picture.
    assert!(!sheet_names_of(&out).iter().any(|n| n == "Zone diagram"));
    let zip = zip::ZipArchive::new(fs::File::open(&out).unwrap()).unwrap();
    assert!(
        !zip.file_names().any(|n| n.unwrap().starts_with("xl/media/")),
        "no picture"
    );
}

fn sheet_names_of(out: &Path) -> Vec<String> {
    open_workbook::<Xlsx<_>, _>(out).unwrap().sheet_names()
}

/// Seen printed on the large assessment: one proposal across thirty zones listed every zone and
/// eighty scenarios, and two actions filled a page. The summary cuts every list short; the
/// sentences name the first eight zones short of SL-T and count the rest.
#[test]
fn a_large_site_keeps_its_summary_short() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("large.toml");
    let a = iacs_assess::generate::large_assessment(&common::catalog(), 20, 200);
    fs::write(&file, storage::to_toml(&a).unwrap()).unwrap();
    let (_, out) = workbook_of(h, &file, &[]);
    let r = sheet(&out, "Executive summary");
    let all = cells(&r);
    let (head, _) = find(&all, "No.");
    let whys: Vec<String> = (1..=10).map(|i| cell(&r, head + i, 11)).collect();
    assert!(
        whys.iter().all(|w| !w.is_empty() && w.chars().count() < 200),
        "{whys:#?}"
    );
    assert!(whys.iter().any(|w| w.contains(" more")), "{whys:#?}");
    let bullets = all.iter().filter(|(_, _, t)| t.starts_with("• ")).count();
    assert!(bullets <= 8, "{bullets} zones named");
    assert!(has(
        &all,
        "more fall short: the sheet \"Zone and conduit model\" shows every zone and conduit."
    ));
}
