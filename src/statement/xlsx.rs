//! The statement as a workbook: a page with the particulars and the summary per area, a table of
//! every capability in scope, and with a profile the check against it (a page of totals, a table
//! of every requirement with the gaps first). Formats, sheet names, long texts and print setup
//! are the customer workbook's (`export::xlsx`): landscape, one page wide, header rows repeated,
//! the footer with the classification; rows as tall as their wrapped text.

use super::{Statement, words};
use crate::error::Result;
use crate::export::xlsx::{Book, Pages, Paper, add_sheet, book, classification, fail, fit_row, header};
use crate::i18n::Texts;
use crate::scoring::RequirementState;
use crate::scoring::profile_check::{ProfileCheck, Verdict};
use crate::spec::xlsx::cells;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet};

/// Widths of the statement page's seven columns (those of its summary table).
const PAGE: [f64; 7] = [10.0, 36.0, 12.0, 36.0, 13.0, 14.0, 14.0];
/// Widths of the check page's nine columns.
const CHECK_PAGE: [f64; 9] = [10.0, 34.0, 14.0, 14.0, 14.0, 14.0, 14.0, 14.0, 14.0];

pub fn render(st: &Statement, check: Option<&ProfileCheck>, texts: &Texts) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let mut taken = Vec::new();
    let marking = classification(st.classification, texts);
    let paper = Paper::from_locale(Some(texts.language()), |v| std::env::var(v).ok());
    let title = format!("{}: {}", texts.ui("statement-title"), st.organisation);
    let s = book(texts, &mut taken, Pages::new(&title, &marking, paper, texts));
    statement_page(
        add_sheet(&mut wb, &mut taken, &texts.ui("statement-sheet"))?,
        st,
        texts,
        &s,
        &title,
    )?;
    capabilities(
        add_sheet(&mut wb, &mut taken, &texts.ui("statement-sheet-capabilities"))?,
        st,
        texts,
        &s,
    )?;
    if let Some(check) = check {
        let name = texts.ui("statement-sheet-check-summary");
        check_page(add_sheet(&mut wb, &mut taken, &name)?, st, check, texts, &s)?;
        let name = words::check_heading(texts, check);
        check_rows(add_sheet(&mut wb, &mut taken, &name)?, st, check, texts, &s)?;
    }
    s.finish(&mut wb)?;
    wb.save_to_buffer().map_err(fail)
}

fn widths(ws: &mut Worksheet, widths: &[f64]) -> Result<()> {
    for (i, w) in widths.iter().enumerate() {
        ws.set_column_width(i as u16, *w).map_err(fail)?;
    }
    Ok(())
}

/// A header row of single cells on a page sheet.
fn heads(ws: &mut Worksheet, s: &Book, w: &[f64], row: u32, names: &[String]) -> Result<()> {
    let row_cells: Vec<(u16, u16, &str, &Format)> = (0u16..)
        .zip(names)
        .map(|(i, n)| (i, i, n.as_str(), &s.header))
        .collect();
    cells(ws, s, w, row, &row_cells)
}

fn statement_page(ws: &mut Worksheet, st: &Statement, texts: &Texts, s: &Book, title: &str) -> Result<()> {
    s.pages.page(ws);
    // The statement's first page is its cover: the particulars and the twelve areas on one sheet
    // of paper (in German the longer words took three rows onto a second page).
    ws.set_print_fit_to_pages(1, 1);
    widths(ws, &PAGE)?;
    let last = PAGE.len() as u16 - 1;
    cells(ws, s, &PAGE, 0, &[(0, last, title, &s.title)])?;
    ws.set_row_height(0, 24).map_err(fail)?;
    let mut row = 2;
    for (label, value) in words::particulars(st, texts) {
        cells(
            ws,
            s,
            &PAGE,
            row,
            &[(0, 1, &label, &s.header), (2, last, &value, &s.wrap)],
        )?;
        row += 1;
    }
    row += 1;
    cells(ws, s, &PAGE, row, &[(0, last, &texts.ui("statement-intro"), &s.wrap)])?;
    row += 2;
    let section = Format::new().set_bold().set_font_size(12);
    cells(
        ws,
        s,
        &PAGE,
        row,
        &[(0, last, &texts.ui("statement-summary"), &section)],
    )?;
    row += 1;
    heads(ws, s, &PAGE, row, &words::summary_heads(texts))?;
    for a in &st.areas {
        row += 1;
        let sum = &a.summary;
        let level = words::area_level(st, texts, sum);
        let level_format = if sum.none_offered {
            &s.beyond
        } else if sum.offered == 0 {
            &s.unassessed
        } else {
            &s.wrap
        };
        cells(
            ws,
            s,
            &PAGE,
            row,
            &[
                (0, 0, a.area, &s.wrap),
                (1, 1, &words::title(st, texts, a.key), &s.wrap),
                (3, 3, &level, level_format),
            ],
        )?;
        for (col, n) in [
            (2, sum.offered),
            (4, sum.not_offered),
            (5, sum.not_applicable),
            (6, sum.not_assessed),
        ] {
            ws.write_number_with_format(row, col, n as f64, &s.centred)
                .map_err(fail)?;
        }
    }
    s.pages.area(ws, row, last)
}

fn capabilities(ws: &mut Worksheet, st: &Statement, texts: &Texts, s: &Book) -> Result<()> {
    let mut columns = vec![
        (texts.ui("statement-col-area"), 9.0),
        (texts.ui("col-requirement"), 15.0),
        (texts.ui("col-title"), 50.0),
        (texts.ui("col-level"), 7.0),
        (texts.ui("statement-col-maturity"), 18.0),
        (texts.ui("col-evidence"), 36.0),
    ];
    if st.with_notes {
        columns.push((texts.ui("col-note"), 44.0));
    }
    header(ws, s, &columns)?;
    let w: Vec<f64> = columns.iter().map(|c| c.1).collect();
    let mut row = 0u32;
    for a in &st.areas {
        for c in &a.capabilities {
            row += 1;
            let title = words::title(st, texts, c.key);
            let state = words::state(st, texts, c.state);
            let evidence = c.evidence.join("\n");
            let note = c.note.unwrap_or_default();
            let state_format = match c.state {
                RequirementState::Level(_) => &s.wrap,
                RequirementState::NotOffered => &s.beyond,
                RequirementState::NotApplicable => &s.wrap,
                RequirementState::Unanswered => &s.unassessed,
            };
            s.text(ws, row, 0, a.area, &s.wrap)?;
            s.text(ws, row, 1, c.requirement, &s.wrap)?;
            s.text(ws, row, 2, &title, &s.wrap)?;
            if let RequirementState::Level(l) = c.state {
                ws.write_number_with_format(row, 3, f64::from(l), &s.centred)
                    .map_err(fail)?;
            }
            s.text(ws, row, 4, &state, state_format)?;
            s.text(ws, row, 5, &evidence, &s.wrap)?;
            if st.with_notes {
                s.text(ws, row, 6, note, &s.wrap)?;
            }
            fit_row(
                ws,
                row,
                [
                    (title.as_str(), w[2]),
                    (state.as_str(), w[4]),
                    (evidence.as_str(), w[5]),
                    (note, *w.get(6).unwrap_or(&w[5])),
                ],
            )?;
        }
    }
    let last = columns.len() as u16 - 1;
    if row > 0 {
        ws.autofilter(0, 0, row, last).map_err(fail)?;
    }
    s.pages.area(ws, row.max(1), last)
}

fn check_page(ws: &mut Worksheet, st: &Statement, check: &ProfileCheck, texts: &Texts, s: &Book) -> Result<()> {
    s.pages.page(ws);
    widths(ws, &CHECK_PAGE)?;
    let last = CHECK_PAGE.len() as u16 - 1;
    cells(
        ws,
        s,
        &CHECK_PAGE,
        0,
        &[(0, last, &words::check_heading(texts, check), &s.title)],
    )?;
    ws.set_row_height(0, 24).map_err(fail)?;
    let intro = words::check_intro(texts, check);
    cells(ws, s, &CHECK_PAGE, 2, &[(0, last, &intro, &s.wrap)])?;
    let mut row = 4;
    let (verdict, count) = (texts.ui("statement-col-verdict"), texts.ui("statement-col-count"));
    cells(
        ws,
        s,
        &CHECK_PAGE,
        row,
        &[(0, 1, &verdict, &s.header), (2, 2, &count, &s.header)],
    )?;
    for v in Verdict::ALL {
        row += 1;
        cells(
            ws,
            s,
            &CHECK_PAGE,
            row,
            &[(0, 1, &words::verdict(texts, v), verdict_format(s, v))],
        )?;
        ws.write_number_with_format(row, 2, check.totals.get(v) as f64, &s.centred)
            .map_err(fail)?;
    }
    row += 2;
    let section = Format::new().set_bold().set_font_size(12);
    cells(
        ws,
        s,
        &CHECK_PAGE,
        row,
        &[(0, last, &texts.ui("statement-check-per-area"), &section)],
    )?;
    row += 1;
    let mut names = vec![
        texts.ui("statement-col-area"),
        texts.ui("col-title"),
        texts.ui("statement-col-highest-asked"),
    ];
    names.extend(Verdict::ALL.iter().map(|v| words::verdict(texts, *v)));
    heads(ws, s, &CHECK_PAGE, row, &names)?;
    let gap = s.bad.clone().set_align(FormatAlign::Center);
    for a in &check.areas {
        row += 1;
        cells(
            ws,
            s,
            &CHECK_PAGE,
            row,
            &[
                (0, 0, &a.area, &s.wrap),
                (1, 1, &words::area_title(st, texts, &a.area), &s.wrap),
            ],
        )?;
        if a.highest_required > 0 {
            ws.write_number_with_format(row, 2, f64::from(a.highest_required), &s.centred)
                .map_err(fail)?;
        }
        for (col, v) in (3u16..).zip(Verdict::ALL) {
            let n = a.counts.get(v);
            let format = if n > 0 && v.is_gap() { &gap } else { &s.centred };
            ws.write_number_with_format(row, col, n as f64, format).map_err(fail)?;
        }
    }
    s.pages.area(ws, row, last)
}

fn verdict_format<'b>(s: &'b Book, v: Verdict) -> &'b Format {
    match v {
        Verdict::Below | Verdict::NotOffered => &s.bad,
        Verdict::NotApplicable => &s.warn,
        Verdict::NotAssessed => &s.unassessed,
        Verdict::Meets => &s.good,
        Verdict::NotAsked => &s.beyond,
    }
}

fn check_rows(ws: &mut Worksheet, st: &Statement, check: &ProfileCheck, texts: &Texts, s: &Book) -> Result<()> {
    let columns = [
        (texts.ui("statement-col-area"), 9.0),
        (texts.ui("col-requirement"), 15.0),
        (texts.ui("col-title"), 50.0),
        (texts.ui("statement-col-asked"), 9.0),
        (texts.ui("statement-col-offered-level"), 18.0),
        (texts.ui("col-gap-short"), 7.0),
        (texts.ui("statement-col-verdict"), 26.0),
    ];
    header(ws, s, &columns)?;
    let mut row = 0u32;
    for r in super::check_rows(check) {
        row += 1;
        let title = words::requirement_title(st, texts, &r.requirement);
        let offered = words::offered(st, texts, r.offered);
        let verdict = words::verdict(texts, r.verdict);
        s.text(ws, row, 0, &r.area, &s.wrap)?;
        s.text(ws, row, 1, &r.requirement, &s.wrap)?;
        s.text(ws, row, 2, &title, &s.wrap)?;
        if r.required > 0 {
            ws.write_number_with_format(row, 3, f64::from(r.required), &s.centred)
                .map_err(fail)?;
        }
        s.text(ws, row, 4, &offered, &s.wrap)?;
        if r.verdict == Verdict::Below {
            ws.write_number_with_format(row, 5, f64::from(r.gap), &s.centred)
                .map_err(fail)?;
        }
        s.text(ws, row, 6, &verdict, verdict_format(s, r.verdict))?;
        fit_row(
            ws,
            row,
            [
                (title.as_str(), columns[2].1),
                (offered.as_str(), columns[4].1),
                (verdict.as_str(), columns[6].1),
            ],
        )?;
    }
    if row > 0 {
        ws.autofilter(0, 0, row, 6).map_err(fail)?;
    }
    s.pages.area(ws, row.max(1), 6)
}
