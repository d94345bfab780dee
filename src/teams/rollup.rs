//! Many sites' assessments in one workbook: an overview with the mean maturity per site and
//! questionnaire as a chart, maturity per site and group side by side, SL-T and SL-A per site and
//! zone, progress, the progress of each site's plan, and the files it was made from. A site is
//! named with its file and the day of its last change, so two files of one site stay apart.
//! Every sheet prints landscape, one page wide, with the footer.

use super::book::{chart_sheet, new_workbook, table_sheet};
use super::sources::{Source, made_now, sources_sheet};
use crate::assessment::{ActionStatus, Assessment, FR_NAMES};
use crate::catalog::{Catalog, Questionnaire, ScaleKind};
use crate::error::Result;
use crate::export::xlsx::{Book, Pages, Paper, book, classification, fail, fit_row, pixels};
use crate::i18n::Texts;
use crate::scoring::security_level::achieved_text;
use crate::scoring::{self, Score};
use fluent_bundle::FluentValue;
use rust_xlsxwriter::{Chart, ChartLegendPosition, ChartType, Format, Workbook, Worksheet};

/// A site as every sheet names it: its site (else organisation, else title), the file and the
/// day of its last change: "North (north.toml, 2026-10-13)". The sources sheet has the rest.
pub fn site_label(source: &Source, a: &Assessment) -> String {
    let m = &a.assessment;
    let name = [&m.site, &m.organisation, &m.title]
        .into_iter()
        .find(|x| !x.is_empty())
        .cloned()
        .unwrap_or_default();
    format!("{name} ({})", source.short())
}

/// One assessment rolled up: the file it came from, the assessment, its score, its name.
struct Site<'a> {
    source: &'a Source,
    assessment: &'a Assessment,
    score: Score,
    label: String,
}

/// The width of the site column, and of a site's column on the maturity sheet.
const SITE_WIDTH: f64 = 24.0;
/// Column widths given to [`fit_row`] are this much narrower than the columns: it counts
/// characters, and a line broken between words holds fewer.
const WORD_WRAP: f64 = 0.8;

/// How far a site's plan has come on a day: its actions per status, and how many are overdue.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct PlanProgress {
    pub actions: usize,
    pub proposed: usize,
    pub planned: usize,
    pub in_progress: usize,
    pub done: usize,
    pub dropped: usize,
    pub overdue: usize,
}

impl PlanProgress {
    pub fn of(a: &Assessment, today: jiff::civil::Date) -> PlanProgress {
        let mut p = PlanProgress {
            actions: a.actions.len(),
            ..PlanProgress::default()
        };
        for x in &a.actions {
            *match x.status {
                ActionStatus::Proposed => &mut p.proposed,
                ActionStatus::Planned => &mut p.planned,
                ActionStatus::InProgress => &mut p.in_progress,
                ActionStatus::Done => &mut p.done,
                ActionStatus::Dropped => &mut p.dropped,
            } += 1;
            p.overdue += usize::from(x.is_overdue(today));
        }
        p
    }
}

/// The rollup workbook of `inputs` (each file with its assessment); the plans' progress as of
/// today; printed on `paper`.
pub fn render(inputs: &[(Source, Assessment)], catalog: &Catalog, texts: &Texts, paper: Paper) -> Result<Vec<u8>> {
    render_on(inputs, catalog, texts, paper, scoring::countermeasures::today())
}

/// The rollup workbook as of `today` (the day that decides countermeasures and overdue actions).
pub fn render_on(
    inputs: &[(Source, Assessment)],
    catalog: &Catalog,
    texts: &Texts,
    paper: Paper,
    today: jiff::civil::Date,
) -> Result<Vec<u8>> {
    let sites: Vec<Site> = inputs
        .iter()
        .map(|(source, a)| Site {
            source,
            assessment: a,
            score: scoring::score_on(a, catalog, today),
            label: site_label(source, a),
        })
        .collect();
    let title = texts.ui_with("rollup-book-title", &[("count", FluentValue::from(sites.len()))]);
    let mut markings: Vec<String> = inputs
        .iter()
        .map(|(_, a)| classification(&a.assessment.classification, texts))
        .collect();
    markings.dedup();
    let marking = markings.join(" / ");
    let mut wb = new_workbook(&title, &marking);
    let mut taken = Vec::new();
    let s = book(texts, &mut taken, Pages::new(&title, &marking, paper, texts));
    overview_sheet(&mut wb, &mut taken, &s, &sites, catalog, texts)?;
    maturity_sheet(&mut wb, &mut taken, &s, &sites, catalog, texts)?;
    site_sheets(&mut wb, &mut taken, &s, &sites, texts)?;
    if sites.iter().any(|x| !x.assessment.actions.is_empty()) {
        plan_sheet(&mut wb, &mut taken, &s, &sites, texts, today)?;
    }
    let made = texts.ui_with("rollup-made-on", &[("date", FluentValue::from(made_now()))]);
    let roles: Vec<(String, &Source)> = sites.iter().map(|x| (x.label.clone(), x.source)).collect();
    sources_sheet(&mut wb, &mut taken, &s, texts, &made, &roles)?;
    s.finish(&mut wb)?;
    wb.save_to_buffer().map_err(fail)
}

/// The questionnaires answered with maturity levels that any site uses, in catalog order.
fn maturity_questionnaires<'c>(catalog: &'c Catalog, sites: &[Site]) -> Vec<&'c Questionnaire> {
    let by_levels = |q: &Questionnaire| {
        q.requirements
            .iter()
            .any(|r| catalog.scale_of(r).is_some_and(|s| s.kind == ScaleKind::Maturity))
    };
    catalog
        .questionnaires
        .iter()
        .filter(|q| by_levels(q))
        .filter(|q| {
            sites
                .iter()
                .any(|x| x.assessment.assessment.questionnaires.contains(&q.id))
        })
        .collect()
}

/// A mean level, one decimal, green at or above `target`, red below.
fn mean_cell(ws: &mut Worksheet, s: &Book<'_>, (row, col): (u32, u16), mean: f64, target: u8) -> Result<()> {
    let fill = if mean >= f64::from(target) { &s.good } else { &s.bad };
    let format = fill.clone().set_num_format("0.0");
    ws.write_number_with_format(row, col, (mean * 10.0).round() / 10.0, &format)
        .map_err(fail)?;
    Ok(())
}

/// The site's name in column A of `row`, the row as tall as the name needs.
fn site_cell(ws: &mut Worksheet, s: &Book<'_>, row: u32, site: &Site) -> Result<()> {
    s.text(ws, row, 0, &site.label, &s.wrap)?;
    fit_row(ws, row, [(site.label.as_str(), SITE_WIDTH * WORD_WRAP)])
}

/// A count, at the top of its cell like the texts beside it.
fn count(ws: &mut Worksheet, (row, col): (u32, u16), n: usize, format: &Format) -> Result<()> {
    ws.write_number_with_format(row, col, n as f64, format).map_err(fail)?;
    Ok(())
}

/// The height of the overview's chart in pixels: a bar per site and questionnaire, at most
/// two thirds of a page (a default row is 20 pixels).
fn chart_height(sites: usize, questionnaires: usize) -> u32 {
    (110 + 30 * (sites * questionnaires) as u32).clamp(260, 440)
}

/// The mean maturity of each site per questionnaire: a chart on top, the figures below.
fn overview_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    sites: &[Site],
    catalog: &Catalog,
    texts: &Texts,
) -> Result<()> {
    let questionnaires = maturity_questionnaires(catalog, sites);
    if questionnaires.is_empty() {
        return Ok(());
    }
    let height = chart_height(sites.len(), questionnaires.len());
    let head = height / 20 + 2;
    let mut columns = vec![(texts.ui("rollup-col-site"), SITE_WIDTH)];
    columns.extend(
        questionnaires
            .iter()
            .map(|q| (texts.get(&q.id, "questionnaire", Some("title")), 30.0)),
    );
    let (ws, name) = chart_sheet(wb, taken, s, (&texts.ui("rollup-sheet-overview"), head), &columns)?;
    for (row, site) in (head + 1..).zip(sites) {
        site_cell(ws, s, row, site)?;
        for (col, q) in (1u16..).zip(&questionnaires) {
            let profile = site.score.maturity.iter().find(|m| m.questionnaire == q.id);
            if let Some((mean, target)) = profile.and_then(|m| Some((m.overall.mean?, overall_target(m)))) {
                mean_cell(ws, s, (row, col), mean, target)?;
            }
        }
    }
    let last = head + sites.len() as u32;
    // Bars: the sites' names read across, however long.
    let mut chart = Chart::new(ChartType::Bar);
    chart.title().set_name(&texts.ui("rollup-chart-title"));
    chart.legend().set_position(ChartLegendPosition::Bottom);
    for col in 1..columns.len() as u16 {
        chart
            .add_series()
            .set_name((name.as_str(), head, col))
            .set_categories((name.as_str(), head + 1, 0, last, 0))
            .set_values((name.as_str(), head + 1, col, last, col));
    }
    // In a bar chart the value axis runs across (x), the sites down (y), first site on top.
    chart.x_axis().set_min(0).set_max(4);
    chart.y_axis().set_reverse();
    chart.set_width(pixels(columns.iter().map(|c| c.1))).set_height(height);
    // On top of the sheet's first page, so no page break crosses it.
    ws.insert_chart(0, 0, &chart).map_err(fail)?;
    s.pages.area(ws, last, (columns.len() - 1) as u16)
}

/// The target a questionnaire's overall mean is measured against: the highest group target.
fn overall_target(m: &scoring::MaturityProfile) -> u8 {
    m.groups
        .iter()
        .filter(|g| g.depth == 0)
        .map(|g| g.target)
        .max()
        .unwrap_or(0)
}

/// One row per questionnaire and top-level group, one column per site (its mean level): a
/// questionnaire has dozens of groups and a rollup a few sites, so this prints one page wide.
fn maturity_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    sites: &[Site],
    catalog: &Catalog,
    texts: &Texts,
) -> Result<()> {
    let mut columns = vec![
        (texts.ui("col-questionnaire"), 15.0),
        (texts.ui("col-group"), 10.0),
        (texts.ui("col-title"), 34.0),
    ];
    columns.extend(sites.iter().map(|x| (x.label.clone(), SITE_WIDTH)));
    let ws = table_sheet(wb, taken, s, &texts.ui("rollup-sheet-maturity"), &columns)?;
    let mut row = 1u32;
    for q in maturity_questionnaires(catalog, sites) {
        for g in q.top_groups() {
            let title = texts.get(&q.id, &g.key, Some("title"));
            for (col, text) in (0u16..).zip([&q.id, &g.id, &title]) {
                s.text(ws, row, col, text, &s.wrap)?;
            }
            fit_row(ws, row, [(title.as_str(), columns[2].1)])?;
            for (col, site) in (3u16..).zip(sites) {
                let group = site
                    .score
                    .maturity
                    .iter()
                    .find(|m| m.questionnaire == q.id)
                    .and_then(|m| m.groups.iter().find(|x| x.group == g.id));
                if let Some((mean, target)) = group.and_then(|x| Some((x.stats.mean?, x.target))) {
                    mean_cell(ws, s, (row, col), mean, target)?;
                }
            }
            row += 1;
        }
    }
    ws.set_freeze_panes(1, 3).map_err(fail)?;
    s.pages.area(ws, row.max(2) - 1, (columns.len() - 1) as u16)
}

/// The sheets of one row per site and something of it: security levels per zone or conduit
/// (SL-T, SL-A, the requirements that close the gap), progress per questionnaire and zone or
/// conduit (answered of applicable).
fn site_sheets(wb: &mut Workbook, taken: &mut Vec<String>, s: &Book<'_>, sites: &[Site], texts: &Texts) -> Result<()> {
    let site = (texts.ui("rollup-col-site"), SITE_WIDTH);
    let security = [
        site.clone(),
        (texts.ui("col-target-zone"), 16.0),
        (format!("SL-T {}", FR_NAMES.join(" ")), 22.0),
        (format!("SL-A {}", FR_NAMES.join(" ")), 22.0),
        (texts.ui("col-gap"), 16.0),
    ];
    let vector = |v: &[u8; 7]| v.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" ");
    let sheet = (texts.ui("rollup-sheet-security"), &security[..]);
    site_table(wb, taken, s, sites, sheet, |site| {
        let rows = site.score.security_levels.iter().map(|sl| {
            vec![
                Cell::Text(sl.target.clone()),
                Cell::Text(sl.sl_t.map(|v| vector(&v)).unwrap_or_default()),
                Cell::Text(achieved_text(&sl.sl_a, &texts.ui("label-sl-na"))),
                Cell::Count(sl.to_close.len()),
            ]
        });
        rows.collect()
    })?;
    let progress = [
        site,
        (texts.ui("col-questionnaire"), 18.0),
        (texts.ui("col-target-zone"), 16.0),
        (texts.ui("rollup-col-answered"), 12.0),
        (texts.ui("rollup-col-applicable"), 12.0),
    ];
    let sheet = (texts.ui("rollup-sheet-progress"), &progress[..]);
    site_table(wb, taken, s, sites, sheet, |site| {
        let rows = site.score.progress.iter().map(|p| {
            vec![
                Cell::Text(p.questionnaire.clone()),
                Cell::Text(p.target.clone().unwrap_or_default()),
                Cell::Count(p.counts.answered),
                Cell::Count(p.counts.applicable),
            ]
        });
        rows.collect()
    })
}

/// A sheet (name, columns) with the rows `rows_of` gives for each site, the site named first.
fn site_table(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    sites: &[Site],
    (name, columns): (String, &[(String, f64)]),
    rows_of: impl Fn(&Site) -> Vec<Vec<Cell>>,
) -> Result<()> {
    let ws = table_sheet(wb, taken, s, &name, columns)?;
    let last = site_rows(ws, s, sites, rows_of)?;
    s.pages.area(ws, last, (columns.len() - 1) as u16)
}

/// A cell beside a site's name.
enum Cell {
    Text(String),
    Count(usize),
}

/// Rows from row 1 on: for each site, the site's name and each row `rows_of` gives for it;
/// returns the last row written (at least 1).
fn site_rows(
    ws: &mut Worksheet,
    s: &Book<'_>,
    sites: &[Site],
    rows_of: impl Fn(&Site) -> Vec<Vec<Cell>>,
) -> Result<u32> {
    let mut row = 1u32;
    for site in sites {
        for cells in rows_of(site) {
            site_cell(ws, s, row, site)?;
            for (col, cell) in (1u16..).zip(cells) {
                match cell {
                    Cell::Text(text) => s.text(ws, row, col, &text, &s.wrap)?,
                    Cell::Count(n) => count(ws, (row, col), n, &s.wrap)?,
                }
            }
            row += 1;
        }
    }
    Ok(row.max(2) - 1)
}

/// Plan progress: one row per site, its actions per status and the overdue ones.
fn plan_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    sites: &[Site],
    texts: &Texts,
    today: jiff::civil::Date,
) -> Result<()> {
    let heads = [
        "rollup-col-site",
        "rollup-col-actions",
        "rollup-col-proposed",
        "rollup-col-planned",
        "rollup-col-in-progress",
        "rollup-col-done",
        "rollup-col-dropped",
        "rollup-col-overdue",
    ];
    let columns: Vec<(String, f64)> = (0..)
        .zip(heads)
        .map(|(c, h)| (texts.ui(h), if c == 0 { SITE_WIDTH } else { 12.0 }))
        .collect();
    let ws = table_sheet(wb, taken, s, &texts.ui("rollup-sheet-plan"), &columns)?;
    for (row, site) in (1u32..).zip(sites) {
        let p = PlanProgress::of(site.assessment, today);
        site_cell(ws, s, row, site)?;
        let counts = [p.actions, p.proposed, p.planned, p.in_progress, p.done, p.dropped];
        for (c, n) in (1u16..).zip(counts) {
            count(ws, (row, c), n, &s.wrap)?;
        }
        count(ws, (row, 7), p.overdue, if p.overdue > 0 { &s.bad } else { &s.wrap })?;
    }
    ws.set_freeze_panes(1, 1).map_err(fail)?;
    s.pages.area(ws, sites.len() as u32, 7)
}
