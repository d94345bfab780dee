//! The compare workbook: the changes in words of the texts' language (answers by their labels,
//! statuses in words), the maturity of each group before and after with a chart, and the two
//! files it was made from. Every sheet prints landscape, one page wide, with the footer.

use super::book::{chart_sheet, new_workbook, table_sheet};
use super::compare::{Change, Direction};
use super::compare_words;
use super::sources::{Source, made_now, sources_sheet};
use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::error::Result;
use crate::export::xlsx::{Book, Pages, Paper, book, classification, fail, fit_row};
use crate::i18n::Texts;
use crate::scoring::{self, Score};
use fluent_bundle::FluentValue;
use rust_xlsxwriter::{Chart, ChartType, Format, FormatAlign, Workbook};

/// The two assessments compared, each with the file it was read from.
pub struct Compared<'a> {
    pub old: (&'a Source, &'a Assessment),
    pub new: (&'a Source, &'a Assessment),
}

/// The workbook of `changes` from `files.old` to `files.new`, printed on `paper`.
pub fn render(files: &Compared, changes: &[Change], catalog: &Catalog, texts: &Texts, paper: Paper) -> Result<Vec<u8>> {
    let (new_source, new) = files.new;
    let title = texts.ui_with(
        "compare-book-title",
        &[("title", FluentValue::from(new.assessment.title.as_str()))],
    );
    let marking = classification(&new.assessment.classification, texts);
    let mut wb = new_workbook(&title, &marking);
    let mut taken = Vec::new();
    let s = book(texts, &mut taken, Pages::new(&title, &marking, paper, texts));
    changes_sheet(&mut wb, &mut taken, &s, catalog, texts, changes)?;
    let scores = (scoring::score(files.old.1, catalog), scoring::score(new, catalog));
    levels_sheet(&mut wb, &mut taken, &s, catalog, texts, &scores)?;
    let made = texts.ui_with("compare-made-on", &[("date", FluentValue::from(made_now()))]);
    let sources = [
        (texts.ui("compare-source-old"), files.old.0),
        (texts.ui("compare-source-new"), new_source),
    ];
    sources_sheet(&mut wb, &mut taken, &s, texts, &made, &sources)?;
    s.finish(&mut wb)?;
    wb.save_to_buffer().map_err(fail)
}

/// One row per change, in words; a direction for the better green, for the worse red.
fn changes_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    catalog: &Catalog,
    texts: &Texts,
    changes: &[Change],
) -> Result<()> {
    let columns = [
        (texts.ui("compare-col-area"), 14.0),
        (texts.ui("col-questionnaire"), 15.0),
        (texts.ui("col-target-zone"), 12.0),
        (texts.ui("col-requirement"), 14.0),
        (texts.ui("compare-col-old"), 20.0),
        (texts.ui("compare-col-new"), 20.0),
        (texts.ui("compare-col-change"), 13.0),
        (texts.ui("col-title"), 34.0),
    ];
    let ws = table_sheet(wb, taken, s, &texts.ui("compare-sheet"), &columns)?;
    // Left, like the labels above and below it.
    let mean = s.wrap.clone().set_num_format("0.0").set_align(FormatAlign::Left);
    for (row, c) in (1u32..).zip(changes) {
        let w = compare_words::words(catalog, texts, c);
        let cells = [
            &w.area,
            &w.questionnaire,
            &w.target,
            &w.item,
            &w.old,
            &w.new,
            &w.direction,
            &w.title,
        ];
        for (col, text) in (0u16..).zip(cells) {
            let format = if col == 6 { tone(s, c.direction) } else { &s.wrap };
            // A mean level is a number, shown with the reader's decimal separator.
            match text.parse::<f64>() {
                Ok(v) if c.area == "maturity" && (col == 4 || col == 5) => {
                    ws.write_number_with_format(row, col, v, &mean).map_err(fail)?;
                }
                _ => s.text(ws, row, col, text, format)?,
            }
        }
        fit_row(
            ws,
            row,
            cells.iter().map(|t| t.as_str()).zip(columns.iter().map(|(_, w)| *w)),
        )?;
    }
    let last = changes.len().max(1) as u32;
    ws.autofilter(0, 0, last, 7).map_err(fail)?;
    s.pages.area(ws, last, 7)
}

fn tone<'b>(s: &'b Book<'_>, d: Direction) -> &'b Format {
    match d {
        Direction::Up | Direction::GapClosed | Direction::Closed => &s.good,
        Direction::Down | Direction::GapNew | Direction::Slipped => &s.bad,
        _ => &s.wrap,
    }
}

/// Rows the chart on top of the levels sheet takes, before its table.
const CHART_ROWS: u32 = 17;

/// The mean maturity of each top-level group before and after, a chart of them on top (where a
/// questionnaire with maturity levels is in both files).
fn levels_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    catalog: &Catalog,
    texts: &Texts,
    (old, new): &(Score, Score),
) -> Result<()> {
    let mut rows = Vec::new();
    for m in &new.maturity {
        let Some(before) = old.maturity.iter().find(|x| x.questionnaire == m.questionnaire) else {
            continue;
        };
        let Some(q) = catalog.questionnaire(&m.questionnaire) else {
            continue;
        };
        for g in m.groups.iter().filter(|g| g.depth == 0) {
            let was = before
                .groups
                .iter()
                .find(|x| x.group == g.group)
                .and_then(|x| x.stats.mean);
            let title = q.group(&g.group).map(|x| texts.get(&q.id, &x.key, Some("title")));
            rows.push((
                q.id.clone(),
                g.group.clone(),
                title.unwrap_or_default(),
                was,
                g.stats.mean,
            ));
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    let columns = [
        (texts.ui("col-questionnaire"), 16.0),
        (texts.ui("col-group"), 12.0),
        (texts.ui("col-title"), 44.0),
        (texts.ui("compare-col-old"), 12.0),
        (texts.ui("compare-col-new"), 12.0),
    ];
    let head = CHART_ROWS;
    let (ws, name) = chart_sheet(wb, taken, s, (&texts.ui("compare-sheet-levels"), head), &columns)?;
    let number = Format::new().set_num_format("0.0");
    for (row, (q, g, title, was, is)) in (head + 1..).zip(&rows) {
        for (c, text) in (0u16..).zip([q, g, title]) {
            s.text(ws, row, c, text, &s.wrap)?;
        }
        fit_row(ws, row, [(title.as_str(), columns[2].1)])?;
        for (c, mean) in [(3u16, was), (4, is)] {
            if let Some(v) = mean {
                ws.write_number_with_format(row, c, (v * 10.0).round() / 10.0, &number)
                    .map_err(fail)?;
            }
        }
    }
    let last = head + rows.len() as u32;
    let mut chart = Chart::new(ChartType::Column);
    chart.title().set_name(&texts.ui("compare-chart-title"));
    for (c, key) in [(3u16, "compare-col-old"), (4, "compare-col-new")] {
        chart
            .add_series()
            .set_name(texts.ui(key).as_str())
            .set_categories((name.as_str(), head + 1, 1, last, 1))
            .set_values((name.as_str(), head + 1, c, last, c));
    }
    chart.y_axis().set_min(0).set_max(4);
    chart
        .set_width(crate::export::xlsx::pixels(columns.iter().map(|c| c.1)))
        .set_height(300);
    // On top of the sheet's first page, so no page break crosses it.
    ws.insert_chart(0, 0, &chart).map_err(fail)?;
    s.pages.area(ws, last, columns.len() as u16 - 1)
}
