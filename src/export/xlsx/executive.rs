//! The executive summary: the results in sentences of the workbook's language (maturity against
//! target, zones and conduits at SL-T and those short of it, intolerable risks, work still open),
//! the ten most important actions (top_actions.rs), one chart of SL-T against SL-A and the two risk
//! matrices (risk_matrix.rs).
//!
//! It prints on two landscape pages: the sentences and the actions on the first, the chart and
//! the matrices on the second (a manual page break between them). The sheet is laid out on a grid
//! of sixteen columns as wide as a landscape page; sentences and table cells span several.

use super::risk_matrix;
use super::top_actions::{actions_table, top_actions};
use super::{Book, fail, sheet_name, text_lines};
use crate::assessment::{Assessment, FR_NAMES};
use crate::catalog::Catalog;
use crate::error::Result;
use crate::i18n::Texts;
use crate::planning::Plan;
use crate::scoring::security_level::{Fulfilment, Standing as Overall};
use crate::scoring::{Score, SecurityLevelResult};
use jiff::civil::Date;
use rust_xlsxwriter::{Chart, ChartType, Format, Workbook, Worksheet};

/// The grid: sixteen columns that fill a landscape page without shrinking it; their widths fit
/// what the table of actions holds there (rank, id, phase, status, due date) and the risk
/// matrices (columns 8 to 14; their cells at least `WIDTH`).
pub(crate) const COLUMNS: u16 = 16;
pub(crate) const WIDTH: f64 = 8.5;
const WIDTHS: [f64; COLUMNS as usize] = [
    5.0, 7.0, 7.5, 7.5, 7.5, 7.0, 6.0, 12.5, WIDTH, WIDTH, 11.0, 9.5, 9.5, 9.5, 9.5, WIDTH,
];

/// The summary's text is a point smaller than the rest of the workbook, so that the sentences and
/// the ten actions fit one page.
pub(super) const SIZE: f64 = 10.0;

/// How many lines `text` takes in a cell `width` wide in text of `size` points: what
/// [`text_lines`] says of the default 11 points in a cell 11/`size` as wide.
pub(super) fn lines_at(text: &str, width: f64, size: f64) -> usize {
    text_lines(text, width * 11.0 / size)
}

/// The height of `lines` lines of text of `size` points, at least `least` points.
pub(super) fn height_at(lines: usize, size: f64, least: f64) -> f64 {
    (size * 1.3 * lines as f64 + 3.0).max(least)
}

/// Prose in the default font (Calibri, or the metric-compatible Carlito) runs about 1.4
/// characters to a unit of column width; [`text_lines`] counts 1.1 to be safe for any text. The
/// summary's sentences are prose across most of the page, where a word carried to the next line
/// wastes little, and are counted at 1.3: rows a third taller than their text pushed the tenth
/// action onto a third page. Narrow cells (the table of actions) keep the safe count: there a
/// carried word costs more, and a row too short lets its last line run over the next.
pub(super) const PROSE: f64 = 1.3 / 1.1;

/// Make `row` as tall as the longest of its wrapped `cells` (text, width) in text of `size`
/// points, with `density` characters to a unit of width relative to [`text_lines`] (1.0, or
/// [`PROSE`] for sentences across the page). Spreadsheet programs do not grow rows for wrapped
/// text another program wrote.
pub(super) fn fit_at<'a>(
    ws: &mut Worksheet,
    row: u32,
    cells: impl IntoIterator<Item = (&'a str, f64)>,
    size: f64,
    density: f64,
) -> Result<()> {
    let lines = cells
        .into_iter()
        .map(|(text, width)| lines_at(text, width * density, size))
        .max()
        .unwrap_or(1);
    if lines > 1 {
        ws.set_row_height(row, height_at(lines, size, 15.0)).map_err(fail)?;
    }
    Ok(())
}

/// The width of columns `first` to `last` of the grid.
pub(super) fn span_width((first, last): (u16, u16)) -> f64 {
    WIDTHS[usize::from(first)..=usize::from(last)].iter().sum()
}
/// How many zones and conduits short of SL-T are named in sentences (the rest are counted).
const SHORT_NAMED: usize = 8;
/// How many scenario ids a sentence names before it stops with "…".
const IDS_NAMED: usize = 12;
/// The chart's data, right of the printed grid (a chart in Excel and LibreOffice reads cells).
const DATA_COL: u16 = COLUMNS + 1;

/// What the sheet needs besides the assessment and its score.
pub struct Inputs<'x> {
    pub catalog: &'x Catalog,
    pub plan: Option<&'x Plan>,
    /// Without a plan: the actions `plan propose` would add, in a stand-in assessment, and their
    /// plan ([`super::plan::proposed`]).
    pub proposed: Option<(&'x Assessment, &'x Plan)>,
    pub as_of: Date,
    /// The name of the zone model's sheet, which lists every zone and conduit.
    pub zone_sheet: &'x str,
    /// The components' sheets, when the assessment has components.
    pub component_sheets: Option<&'x super::components::Names>,
    /// A sentence per regulation or framework mapped to 62443 (alignment.rs), after the rest.
    pub alignment: &'x [String],
}

pub fn executive_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    score: &Score,
    texts: &Texts,
    s: &Book<'_>,
    x: &Inputs,
) -> Result<()> {
    let name = sheet_name(&texts.ui("sheet-executive"), taken);
    let ws = wb.add_worksheet();
    ws.set_name(&name).map_err(fail)?;
    s.pages.page_with_breaks(ws, &WIDTHS);
    for (col, width) in (0u16..).zip(WIDTHS) {
        ws.set_column_width(col, width).map_err(fail)?;
    }
    let body = s.wrap.clone().set_font_size(SIZE);
    let heading = body.clone().set_bold();
    let mut p = Paragraphs {
        row: 0,
        s,
        heading,
        body,
    };
    s.text(ws, 0, 0, &texts.ui("sheet-executive"), &s.title)?;
    ws.set_row_height(0, 22).map_err(fail)?;
    p.row = 1;
    let as_of = texts.ui_with(
        "exec-as-of",
        &[
            ("title", a.assessment.title.as_str().into()),
            ("date", x.as_of.to_string().into()),
        ],
    );
    p.full(ws, &as_of)?;
    p.row += 1;
    p.section(
        ws,
        &texts.ui("exec-heading-maturity"),
        &maturity_sentences(score, x.catalog, texts),
    )?;
    if a.assesses_systems(x.catalog) {
        p.section(
            ws,
            &texts.ui("exec-heading-levels"),
            &level_sentences(a, score, texts, x),
        )?;
    }
    if a.risk_model.is_some() {
        p.section(ws, &texts.ui("exec-heading-risk"), &[risk_sentence(score, texts)])?;
    }
    p.section(
        ws,
        &texts.ui("exec-heading-open"),
        &[open_sentence(score, x.catalog, texts)],
    )?;
    let (intro, actions) = top_actions(a, texts, x);
    p.section(ws, &texts.ui("exec-heading-actions"), &[intro])?;
    let mut row = p.row;
    if !actions.is_empty() {
        row = actions_table(ws, row, &actions, texts, s)?;
    }

    // The chart and the matrices start the second page (an assessment without zones and
    // scenarios has neither, and prints on one page).
    let matrices = a.risk_model.as_ref().filter(|_| !a.scenarios.is_empty());
    let heading = texts.ui("book-align-exec-heading");
    if standings(a, score).is_empty() && matrices.is_none() {
        p.row = row + u32::from(!x.alignment.is_empty());
        p.section(ws, &heading, x.alignment)?;
        return s.pages.area(ws, p.row.saturating_sub(1), COLUMNS - 1);
    }
    let top = row + 1;
    ws.set_page_breaks(&[top]).map_err(fail)?;
    let chart_rows = level_chart(ws, &name, top, a, score, texts, s)?;
    let matrix_end = match matrices {
        Some(model) => risk_matrix::matrices(ws, top, 8, a, model, texts, s)?,
        None => top,
    };
    // The alignment below the chart and the matrices, where the second page has room.
    p.row = (top + chart_rows).max(matrix_end) + 1;
    p.section(ws, &heading, x.alignment)?;
    s.pages.area(ws, p.row - 1, COLUMNS - 1)
}

/// Paragraphs written one below the other, as tall as their text: a section's heading in the
/// first two columns beside its first paragraph (which saves a row per section on a page that
/// must hold the ten actions too), the paragraphs in the rest of the grid.
struct Paragraphs<'b, 't> {
    row: u32,
    s: &'b Book<'t>,
    heading: Format,
    body: Format,
}

/// Where a section's heading and its paragraphs go.
const HEADING: (u16, u16) = (0, 1);
const TEXT: (u16, u16) = (2, COLUMNS - 1);

impl Paragraphs<'_, '_> {
    /// A paragraph across the whole grid.
    fn full(&mut self, ws: &mut Worksheet, text: &str) -> Result<()> {
        self.cell(ws, (0, COLUMNS - 1), text, &self.body)?;
        fit_at(ws, self.row, [(text, span_width((0, COLUMNS - 1)))], SIZE, PROSE)?;
        self.row += 1;
        Ok(())
    }

    /// A heading and its paragraphs (none: nothing is written).
    fn section(&mut self, ws: &mut Worksheet, heading: &str, paragraphs: &[String]) -> Result<()> {
        for (i, text) in paragraphs.iter().enumerate() {
            let mut cells = vec![(text.as_str(), span_width(TEXT))];
            if i == 0 {
                let format = self.heading.clone();
                self.cell(ws, HEADING, heading, &format)?;
                cells.push((heading, span_width(HEADING)));
            }
            let format = self.body.clone();
            self.cell(ws, TEXT, text, &format)?;
            fit_at(ws, self.row, cells, SIZE, PROSE)?;
            self.row += 1;
        }
        Ok(())
    }

    fn cell(&self, ws: &mut Worksheet, (first, last): (u16, u16), text: &str, format: &Format) -> Result<()> {
        ws.merge_range(self.row, first, self.row, last, "", format)
            .map_err(fail)?;
        self.s.text(ws, self.row, first, text, format)
    }
}

/// The target of a questionnaire's areas in words: "ML2", or "ML2 to ML3, by area".
fn target_words(targets: impl Iterator<Item = u8>, texts: &Texts) -> String {
    let targets: Vec<u8> = targets.collect();
    let (low, high) = (
        targets.iter().min().copied().unwrap_or(0),
        targets.iter().max().copied().unwrap_or(0),
    );
    if low == high {
        texts.ui_with("exec-target-one", &[("level", low.into())])
    } else {
        texts.ui_with("exec-target-range", &[("low", low.into()), ("high", high.into())])
    }
}

/// One sentence per maturity questionnaire: the mean against the target, then how many of its
/// areas (top-level groups that apply) are at target, below it, or not assessed at all. An area
/// is at target when every requirement assessed in it reaches its target. Areas a service
/// provider does not offer at all are named apart, never counted as below or open.
fn maturity_sentences(score: &Score, catalog: &Catalog, texts: &Texts) -> Vec<String> {
    let mut out = Vec::new();
    for m in &score.maturity {
        let title = match catalog.questionnaire(&m.questionnaire) {
            Some(q) => texts.get(&q.id, "questionnaire", Some("title")),
            None => m.questionnaire.clone(),
        };
        let top = || m.groups.iter().filter(|g| g.depth == 0 && g.applies);
        let areas: Vec<_> = top().filter(|g| !g.stats.none_offered()).collect();
        let not_offered: Vec<&str> = top()
            .filter(|g| g.stats.none_offered())
            .map(|g| g.group.as_str())
            .collect();
        let Some(mean) = m.overall.mean else {
            out.push(texts.ui_with("exec-maturity-none", &[("questionnaire", title.into())]));
            continue;
        };
        let target = target_words(areas.iter().map(|g| g.target).filter(|&t| t > 0), texts);
        let first = texts.ui_with(
            "exec-maturity-mean",
            &[
                ("questionnaire", title.into()),
                ("answered", m.overall.answered.into()),
                ("mean", texts.decimal(mean, 1).into()),
                ("target", target.into()),
            ],
        );
        let open = areas.iter().filter(|g| g.stats.answered == 0).count();
        let at = areas
            .iter()
            .filter(|g| g.stats.answered > 0 && g.stats.min.is_some_and(|min| min >= g.target))
            .count();
        let below = areas.len() - open - at;
        let second = texts.ui_with(
            "exec-maturity-areas",
            &[
                ("areas", areas.len().into()),
                ("at", at.into()),
                ("below", below.into()),
                ("open", open.into()),
            ],
        );
        let mut sentence = format!("{first} {second}");
        if !not_offered.is_empty() {
            let third = texts.ui_with(
                "exec-maturity-not-offered",
                &[
                    ("count", not_offered.len().into()),
                    ("areas", not_offered.join(", ").into()),
                ],
            );
            sentence = format!("{sentence} {third}");
        }
        out.push(sentence);
    }
    out
}

/// How one zone or conduit stands against its SL-T.
pub(crate) enum Standing<'r> {
    /// No 3-3 answer for it, or short of SL-T only by requirements not answered yet.
    NotAssessed,
    /// No SL-T to compare with.
    NoTarget,
    /// SL-A at or above SL-T in every FR.
    Reached,
    /// A requirement SL-T needs is not met in some FR.
    Short(&'r SecurityLevelResult),
}

/// Every zone, then every conduit, with its name and how it stands (the order of the model).
pub(crate) fn standings<'r>(a: &'r Assessment, score: &'r Score) -> Vec<(&'r str, &'r str, Standing<'r>)> {
    let ids = a
        .zones
        .iter()
        .map(|z| (z.id.as_str(), z.name.as_str()))
        .chain(a.conduits.iter().map(|c| (c.id.as_str(), c.name.as_str())));
    ids.map(|(id, name)| {
        let result = score.security_levels.iter().find(|r| r.target == id);
        let standing = match result {
            None => Standing::NotAssessed,
            Some(r) if r.answered == 0 => Standing::NotAssessed,
            // Short only where a needed requirement is not met (the score's standing); short
            // only by requirements not answered yet counts as not assessed.
            Some(r) => match r.overall() {
                Overall::NoTarget => Standing::NoTarget,
                Overall::Reached => Standing::Reached,
                Overall::Unassessed => Standing::NotAssessed,
                Overall::Short => Standing::Short(r),
            },
        };
        (id, name, standing)
    })
    .collect()
}

/// The zones' and conduits' sentences, then the components' one.
fn level_sentences(a: &Assessment, score: &Score, texts: &Texts, x: &Inputs) -> Vec<String> {
    let mut out = zone_sentences(a, score, texts, x.zone_sheet);
    // Components that keep zones from their SL-T, or are not shown capable yet: after the count
    // of zones, in its paragraph (the first page has no room for one more).
    let components = x
        .component_sheets
        .and_then(|names| super::components::executive_sentence(score, texts, names));
    match (components, out.first_mut()) {
        (Some(sentence), Some(first)) => {
            first.push(' ');
            first.push_str(&sentence);
        }
        (Some(sentence), None) => out.push(sentence),
        _ => {}
    }
    out
}

/// How many zones and conduits reach SL-T, then one sentence for each of the first ones short of
/// it: by how many levels in which FRs, and how many requirements close the gap (those not
/// assessed yet said apart: they are open work, not known to be missing).
fn zone_sentences(a: &Assessment, score: &Score, texts: &Texts, zone_sheet: &str) -> Vec<String> {
    let all = standings(a, score);
    if all.is_empty() {
        return vec![texts.ui("exec-sl-none")];
    }
    let count = |f: fn(&Standing) -> bool| all.iter().filter(|(_, _, st)| f(st)).count();
    let mut out = vec![texts.ui_with(
        "exec-sl-reached",
        &[
            ("total", all.len().into()),
            ("reached", count(|st| matches!(st, Standing::Reached)).into()),
            ("short", count(|st| matches!(st, Standing::Short(_))).into()),
            ("open", count(|st| matches!(st, Standing::NotAssessed)).into()),
            ("untargeted", count(|st| matches!(st, Standing::NoTarget)).into()),
        ],
    )];
    let short: Vec<_> = all
        .iter()
        .filter_map(|(id, name, st)| match st {
            Standing::Short(r) => Some((*id, *name, *r)),
            _ => None,
        })
        .collect();
    for (id, name, r) in short.iter().take(SHORT_NAMED) {
        let frs: Vec<String> = r
            .gap
            .iter()
            .enumerate()
            .filter(|(_, g)| **g > 0)
            .map(|(i, g)| {
                texts.ui_with(
                    "exec-sl-short-fr",
                    &[("fr", FR_NAMES[i].into()), ("levels", (*g).into())],
                )
            })
            .collect();
        let unanswered = r.to_close.iter().filter(|g| g.state == Fulfilment::Unanswered).count();
        let first = texts.ui_with(
            "exec-sl-short",
            &[
                ("target", (*id).into()),
                ("name", (*name).into()),
                ("frs", frs.join(", ").into()),
            ],
        );
        let second = texts.ui_with(
            "exec-sl-close",
            &[
                ("requirements", r.to_close.len().into()),
                ("unanswered", unanswered.into()),
            ],
        );
        out.push(format!("• {first} {second}"));
    }
    if short.len() > SHORT_NAMED {
        out.push(texts.ui_with(
            "exec-sl-more",
            &[
                ("count", (short.len() - SHORT_NAMED).into()),
                ("sheet", zone_sheet.into()),
            ],
        ));
    }
    out
}

/// "S-01, S-04, S-07" (the first few, then "and 3 more").
fn id_list(ids: &[&str], texts: &Texts) -> String {
    let text = ids.iter().take(IDS_NAMED).copied().collect::<Vec<_>>().join(", ");
    match ids.len() {
        n if n > IDS_NAMED => texts.ui_with(
            "exec-ids-more",
            &[("list", text.into()), ("count", (n - IDS_NAMED).into())],
        ),
        _ => text,
    }
}

/// The intolerable scenarios before and after countermeasures, and those without a residual rating.
fn risk_sentence(score: &Score, texts: &Texts) -> String {
    let risks = &score.risks;
    if risks.is_empty() {
        return texts.ui("exec-risk-none");
    }
    let inherent: Vec<&str> = risks
        .iter()
        .filter(|r| !r.unmitigated_tolerable)
        .map(|r| r.scenario.as_str())
        .collect();
    let residual: Vec<&str> = risks
        .iter()
        .filter(|r| r.residual_tolerable == Some(false))
        .map(|r| r.scenario.as_str())
        .collect();
    let unrated = risks.iter().filter(|r| r.residual.is_none()).count();
    let first = texts.ui_with(
        "exec-risk-inherent",
        &[
            ("total", risks.len().into()),
            ("intolerable", inherent.len().into()),
            ("ids", id_list(&inherent, texts).into()),
        ],
    );
    let second = texts.ui_with(
        "exec-risk-residual",
        &[
            ("residual", residual.len().into()),
            ("ids", id_list(&residual, texts).into()),
            ("unrated", unrated.into()),
        ],
    );
    format!("{first} {second}")
}

/// The requirements that apply and are not assessed yet, per questionnaire (all its zones and
/// conduits together).
fn open_sentence(score: &Score, catalog: &Catalog, texts: &Texts) -> String {
    let mut parts: Vec<(String, usize)> = Vec::new();
    for p in &score.progress {
        let open = p.counts.applicable.saturating_sub(p.counts.answered);
        match parts.iter_mut().find(|(q, _)| *q == p.questionnaire) {
            Some((_, n)) => *n += open,
            None => parts.push((p.questionnaire.clone(), open)),
        }
    }
    parts.retain(|(_, n)| *n > 0);
    let total: usize = parts.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return texts.ui("exec-open-none");
    }
    let list: Vec<String> = parts
        .iter()
        .map(|(q, n)| {
            // "IEC 62443-2-1" for the standard's questionnaires, the title for others.
            let short = match q.strip_prefix("iec") {
                Some(part) if part.starts_with("62443") => format!("IEC {part}"),
                _ => match catalog.questionnaire(q) {
                    Some(x) => texts.get(&x.id, "questionnaire", Some("title")),
                    None => q.clone(),
                },
            };
            texts.ui_with(
                "exec-open-part",
                &[("questionnaire", short.into()), ("count", (*n).into())],
            )
        })
        .collect();
    texts.ui_with(
        "exec-open",
        &[("count", total.into()), ("list", list.join(", ").into())],
    )
}

/// The chart of SL-T against SL-A at `top` on the left half of the page; returns the rows it
/// covers. Its data (one row per zone and conduit) lies right of the printed grid.
///
/// Why this form: SL-T and SL-A are vectors of seven ordinal levels, and their mean or maximum
/// hides exactly what matters (a zone at SL 3 in six FRs and SL 1 in the seventh "averages" close
/// to target). So each zone and conduit gets one stacked bar of its seven FRs: how many reach
/// SL-T (green), how many fall below it (red), and how many cannot be compared yet because nobody
/// assessed it against 3-3 or it has no SL-T (grey). A bar that is all green is at target; the
/// red part is the number of FRs to work on; the sentences and the zone model say by how much.
fn level_chart(
    ws: &mut Worksheet,
    sheet: &str,
    top: u32,
    a: &Assessment,
    score: &Score,
    texts: &Texts,
    s: &Book,
) -> Result<u32> {
    let all = standings(a, score);
    if all.is_empty() {
        return Ok(0);
    }
    let heads = [
        texts.ui("exec-chart-data"),
        texts.ui("exec-series-at"),
        texts.ui("exec-series-below"),
        texts.ui("exec-series-open"),
    ];
    for (i, h) in (0u16..).zip(&heads) {
        s.text(ws, top, DATA_COL + i, h, &s.header)?;
        ws.set_column_width(DATA_COL + i, 14).map_err(fail)?;
    }
    for (row, (id, _, standing)) in (top + 1..).zip(&all) {
        let (at, below, open) = match standing {
            Standing::NotAssessed | Standing::NoTarget => (0, 0, 7),
            Standing::Reached => (7, 0, 0),
            Standing::Short(r) => {
                let count = |want: Overall| (1..=7).filter(|fr| r.standing(*fr) == want).count();
                let (below, open) = (count(Overall::Short), count(Overall::Unassessed));
                (7 - below - open, below, open)
            }
        };
        s.text(ws, row, DATA_COL, id, &s.wrap)?;
        for (i, n) in [at, below, open].into_iter().enumerate() {
            ws.write_number(row, DATA_COL + 1 + i as u16, n as f64).map_err(fail)?;
        }
    }
    let last = top + all.len() as u32;
    let mut chart = Chart::new(ChartType::ColumnStacked);
    chart
        .title()
        .set_name(&texts.ui("exec-chart-title"))
        .set_font(rust_xlsxwriter::ChartFont::new().set_size(11));
    for (i, colour) in ["#70AD47", "#E8605A", "#BFBFBF"].into_iter().enumerate() {
        let col = DATA_COL + 1 + i as u16;
        chart
            .add_series()
            .set_name((sheet, top, col))
            .set_categories((sheet, top + 1, DATA_COL, last, DATA_COL))
            .set_values((sheet, top + 1, col, last, col))
            .set_format(
                rust_xlsxwriter::ChartFormat::new()
                    .set_solid_fill(rust_xlsxwriter::ChartSolidFill::new().set_color(colour)),
            );
    }
    chart.y_axis().set_min(0).set_max(7).set_major_unit(1);
    chart
        .legend()
        .set_position(rust_xlsxwriter::ChartLegendPosition::Bottom);
    // Left of the matrices (the first eight columns of the grid are about 460 pixels), twenty
    // rows tall.
    chart.set_width(450).set_height(400);
    // One row below the page break, level with the matrices' grid.
    ws.insert_chart(top + 1, 0, &chart).map_err(fail)?;
    Ok(21)
}
