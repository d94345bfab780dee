//! The workbook for the customer: cover, summary with charts, one sheet per questionnaire, zones
//! and conduits with their SL vectors, risk register, findings. User text is always written as
//! text, never as a formula. The sheets themselves are in report.rs, answers.rs, findings.rs,
//! countermeasures.rs, scope.rs (scope and method), evidence.rs (the evidence register),
//! follow_ups.rs (flagged answers), components.rs (components, SL-C and the zone check),
//! alignment.rs (a sheet per regulation or framework mapped to 62443), plan.rs (the
//! remediation plan, or the proposals, and what it reaches) and diagram.rs (the zone diagram as
//! a picture).

mod alignment;
mod answers;
mod components;
mod countermeasures;
pub(crate) mod diagram;
mod evidence;
mod executive;
mod findings;
mod follow_ups;
pub(crate) mod long_text;
mod pages;
mod plan;
mod report;
mod risk_matrix;
mod scope;
mod top_actions;
mod zone_model;

use crate::assessment::{Assessment, SlVector};
use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crate::planning::{self, EffortScale};
use crate::scoring;
use jiff::civil::Date;
use long_text::LongTexts;
pub use pages::{Pages, Paper, pixels};
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};
use std::cell::RefCell;
use std::path::Path;

pub(crate) fn fail(e: XlsxError) -> Error {
    Error::usage(format!("cannot build the workbook: {e}"))
}

/// A worksheet name valid in Excel: at most 31 characters, none of []:*?/\, no leading or
/// trailing apostrophe, unique in the workbook.
pub fn sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let cleaned: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let cleaned = cleaned.trim_matches('\'').trim();
    let base: String = if cleaned.is_empty() {
        "Sheet".into()
    } else {
        cleaned.chars().take(31).collect()
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        let suffix = format!(" ({n})");
        name = format!(
            "{}{suffix}",
            base.chars().take(31 - suffix.chars().count()).collect::<String>()
        );
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// A new sheet named `wanted`, made valid and unique among the `taken` names ([`sheet_name`]).
pub(crate) fn add_sheet<'w>(wb: &'w mut Workbook, taken: &mut Vec<String>, wanted: &str) -> Result<&'w mut Worksheet> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(wanted, taken)).map_err(fail)?;
    Ok(ws)
}

/// What every sheet of the customer's workbook shares: its formats, and the texts too long for
/// their cells (written last, on a sheet of their own).
pub(crate) struct Book<'t> {
    pub header: Format,
    pub wrap: Format,
    pub title: Format,
    pub good: Format,
    pub bad: Format,
    pub warn: Format,
    /// A number at the top of its cell, level with the wrapped texts beside it.
    pub number: Format,
    /// A short text centred at the top of its cell ("6/11" beside a number).
    pub centred: Format,
    /// Grey: a requirement above the zone's SL-T, which nobody asked for.
    pub beyond: Format,
    /// Grey italic text: not assessed yet (never a gap).
    pub unassessed: Format,
    /// Grey: nothing to judge by (an alignment's item not assessed, not applicable, or without
    /// a 62443 counterpart).
    pub neutral: Format,
    /// Bold on a light band: a row that heads the rows below it (a CSF function or category).
    pub group: Format,
    /// How every sheet prints.
    pub pages: Pages,
    long_texts: RefCell<LongTexts<'t>>,
}

impl Book<'_> {
    /// Write text from the assessment or the texts into a cell; a text too long for a cell is cut
    /// there and carried whole on the sheet of long texts.
    pub fn text(&self, ws: &mut Worksheet, row: u32, col: u16, value: &str, format: &Format) -> Result<()> {
        self.long_texts.borrow_mut().write(ws, row, col, value, Some(format))
    }

    /// Add the sheet of long texts, if a text needed it; the last step of a workbook.
    pub fn finish(self, wb: &mut Workbook) -> Result<()> {
        self.long_texts.into_inner().finish_printed(wb, Some(&self.pages))
    }
}

pub(crate) fn book<'t>(texts: &'t Texts, taken: &mut Vec<String>, pages: Pages) -> Book<'t> {
    let grey = Format::new()
        .set_background_color("#E7E6E6")
        .set_font_color("#595959")
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    Book {
        pages,
        long_texts: RefCell::new(LongTexts::new(texts, taken)),
        // Every text format wraps and sits at the top: a text that does not wrap runs past its
        // column, and printing to the page width then shrinks the whole page.
        header: Format::new()
            .set_bold()
            .set_background_color("#1F4E79")
            .set_font_color("#FFFFFF")
            .set_border_bottom(FormatBorder::Thin)
            .set_text_wrap()
            .set_align(FormatAlign::Top),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        title: Format::new().set_bold().set_font_size(16),
        good: Format::new()
            .set_background_color("#C6EFCE")
            .set_text_wrap()
            .set_align(FormatAlign::Top),
        bad: Format::new()
            .set_background_color("#FFC7CE")
            .set_text_wrap()
            .set_align(FormatAlign::Top),
        warn: Format::new()
            .set_background_color("#FFEB9C")
            .set_text_wrap()
            .set_align(FormatAlign::Top),
        number: Format::new().set_align(FormatAlign::Top),
        centred: Format::new().set_align(FormatAlign::Top).set_align(FormatAlign::Center),
        beyond: grey.clone(),
        neutral: grey,
        group: Format::new()
            .set_bold()
            .set_background_color("#DDEBF7")
            .set_text_wrap()
            .set_align(FormatAlign::Top),
        unassessed: Format::new()
            .set_italic()
            .set_font_color("#7F7F7F")
            .set_text_wrap()
            .set_align(FormatAlign::Top),
    }
}

/// The header row: the column names (wrapped, the row as tall as the longest), their widths, the
/// row frozen and printed on every page; the sheet prints as a table ([`Pages::table`]).
pub(crate) fn header(ws: &mut Worksheet, s: &Book, columns: &[(String, f64)]) -> Result<()> {
    header_at(ws, s, 0, columns)
}

/// [`header`] in row `head`, below text about the table (rows above it print on the first page
/// only).
pub(crate) fn header_at(ws: &mut Worksheet, s: &Book, head: u32, columns: &[(String, f64)]) -> Result<()> {
    // A column is at least as wide as the longest word of its name (bold, about a character a
    // unit): "Wahrscheinlichkeit" is not cut in two in a column made for "Likelihood".
    let widths: Vec<f64> = columns
        .iter()
        .map(|(name, width)| {
            let word = name.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0);
            width.max(word as f64 + 1.0)
        })
        .collect();
    for (i, ((name, _), width)) in columns.iter().zip(&widths).enumerate() {
        ws.write_string_with_format(head, i as u16, name, &s.header)
            .map_err(fail)?;
        ws.set_column_width(i as u16, *width).map_err(fail)?;
    }
    // Bold text is about a tenth wider: the row is fitted as if the columns were narrower.
    let bold = |width: f64| width * 0.9;
    fit_row(
        ws,
        head,
        columns
            .iter()
            .zip(&widths)
            .map(|((name, _), width)| (name.as_str(), bold(*width))),
    )?;
    ws.set_freeze_panes(head + 1, 0).map_err(fail)?;
    s.pages.table_at(ws, head)
}

/// Make `row` as tall as the longest of its wrapped `cells` (text, column width): spreadsheet
/// programs do not grow a row for wrapped text another program wrote. A row of one line keeps the
/// default height.
pub(crate) fn fit_row<'a>(ws: &mut Worksheet, row: u32, cells: impl IntoIterator<Item = (&'a str, f64)>) -> Result<()> {
    let tallest = cells
        .into_iter()
        .map(|(text, width)| text_lines(text, width))
        .max()
        .unwrap_or(1);
    if tallest > 1 {
        ws.set_row_height(row, 15.0 * tallest as f64).map_err(fail)?;
    }
    Ok(())
}

/// How many lines `text` takes in a wrapped cell `width` wide. Spreadsheet programs do not grow a
/// row for wrapped text another program wrote, so rows with long texts are given this height (15
/// points a line). They break lines between words, so this does too: words are laid on a line while
/// they fit, a word longer than a line is cut. A width unit holds about 1.1 characters of running
/// text in the default font (Calibri, or Carlito of the same widths; measured on the rendered demo:
/// at 1.15 arrows and capitals cut the plan's texts by a line).
pub(crate) fn text_lines(text: &str, width: f64) -> usize {
    let per_line = (width * 1.1).max(1.0) as usize;
    text.lines().map(|l| wrapped_lines(l, per_line)).sum::<usize>().max(1)
}

/// Lines one paragraph takes when broken between words at `per_line` characters.
fn wrapped_lines(paragraph: &str, per_line: usize) -> usize {
    let mut lines = 1;
    let mut used = 0;
    for word in paragraph.split(' ').map(|w| w.chars().count()) {
        // The space before the word, if the line already holds one.
        let needed = if used == 0 { word } else { used + 1 + word };
        if needed <= per_line {
            used = needed;
        } else if used == 0 {
            // A word longer than a line fills lines of its own.
            lines += (word - 1) / per_line;
            used = (word - 1) % per_line + 1;
        } else {
            lines += 1 + word.saturating_sub(1) / per_line;
            used = if word == 0 { 0 } else { (word - 1) % per_line + 1 };
        }
    }
    lines
}

pub(crate) fn vector(v: &SlVector) -> String {
    v.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" ")
}

/// The classification printed on every page: the assessment's `marking`, else "Confidential" in
/// the texts' language.
pub(crate) fn classification(marking: &str, texts: &Texts) -> String {
    match marking.trim() {
        "" => texts.ui("print-classification-default"),
        c => c.to_string(),
    }
}

/// The workbook of `a` as of `as_of` (the day that decides countermeasures and overdue actions);
/// `effort` ranks the plan's actions; printed on `paper`.
pub fn render(
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    source: &Path,
    as_of: Date,
    effort: &EffortScale,
    paper: Paper,
) -> Result<Vec<u8>> {
    let score = scoring::score_on(a, catalog, as_of);
    let plan = (!a.actions.is_empty()).then(|| planning::plan_for(a, catalog, as_of, effort, &score));
    let mut wb = Workbook::new();
    let mut taken = Vec::new();
    let pages = Pages::new(
        &a.assessment.title,
        &classification(&a.assessment.classification, texts),
        paper,
        texts,
    );
    let s = book(texts, &mut taken, pages);
    wb.set_properties(&properties(a, texts));
    report::cover(&mut wb, &mut taken, a, texts, &s, source)?;
    // Without actions, the proposals stand in for the plan (executive summary, Plan sheet).
    let proposed = plan
        .is_none()
        .then(|| plan::proposed(a, catalog, texts, (as_of, &score), effort));
    let zone_model = zone_model::name(&mut taken, texts);
    let component_sheets = (!a.components.is_empty()).then(|| components::names(&mut taken, texts));
    let alignments = alignment::prepare(a, catalog, &score, texts, &mut taken);
    let alignment_sentences = alignment::executive_sentences(&alignments, texts);
    let inputs = executive::Inputs {
        catalog,
        plan: plan.as_ref(),
        proposed: proposed.as_ref().map(|(stand_in, p)| (stand_in, p)),
        as_of,
        zone_sheet: &zone_model,
        component_sheets: component_sheets.as_ref(),
        alignment: &alignment_sentences,
    };
    executive::executive_sheet(&mut wb, &mut taken, a, &score, texts, &s, &inputs)?;
    scope::scope_sheet(&mut wb, &mut taken, a, catalog, texts, &s)?;
    report::summary(&mut wb, &mut taken, (&score, plan.as_ref()), catalog, texts, &s)?;
    for q in a
        .assessment
        .questionnaires
        .iter()
        .filter_map(|id| catalog.questionnaire(id))
    {
        answers::questionnaire_sheet(&mut wb, &mut taken, a, &score, catalog, texts, &s, q)?;
    }
    // The zone diagram on a page of its own, then the zone model's table.
    diagram::diagram_sheet(&mut wb, &mut taken, (a, &score), &as_of.to_string(), texts, &s)?;
    if !a.zones.is_empty() || !a.conduits.is_empty() {
        zone_model::zone_model_sheet(&mut wb, &zone_model, (a, &score), component_sheets.as_ref(), texts, &s)?;
    }
    if let Some(names) = &component_sheets {
        components::sheets(&mut wb, names, (a, &score), texts, &s)?;
    }
    if !a.scenarios.is_empty() {
        report::risk_sheet(&mut wb, &mut taken, a, &score, texts, &s)?;
    }
    findings::findings_sheet(&mut wb, &mut taken, a, &score, catalog, texts, &s)?;
    let review = &score.countermeasures;
    if !review.records.is_empty() || !review.without_record.is_empty() {
        countermeasures::countermeasures_sheet(&mut wb, &mut taken, review, texts, &s)?;
    }
    // What the results say about regulations and frameworks, before the registers and the plan.
    alignment::alignment_sheets(&mut wb, &alignments, catalog, texts, &s)?;
    evidence::evidence_sheet(&mut wb, &mut taken, a, catalog, texts, &s)?;
    follow_ups::follow_ups_sheet(&mut wb, &mut taken, a, catalog, texts, &s)?;
    match &plan {
        Some(plan) => {
            plan::plan_sheet(&mut wb, &mut taken, (a, plan), false, texts, &s)?;
            plan::projection_sheet(&mut wb, &mut taken, plan, texts, &s)?;
        }
        None => {
            // No actions yet: the proposals, marked as such (the assessment is not changed).
            if let Some((proposals, plan)) = proposed.as_ref().filter(|(_, p)| !p.items.is_empty()) {
                plan::plan_sheet(&mut wb, &mut taken, (proposals, plan), true, texts, &s)?;
            }
        }
    }
    s.finish(&mut wb)?;
    wb.save_to_buffer().map_err(fail)
}

/// The document properties a file manager and a document system show: title, subject, author
/// (the assessors), company, keywords, the classification as status, and the time of the
/// assessment's last change as the creation time, so that the same assessment makes the same
/// workbook.
fn properties(a: &Assessment, texts: &Texts) -> DocProperties {
    let m = &a.assessment;
    let mut keywords = vec!["IEC 62443".to_string()];
    keywords.extend(m.questionnaires.iter().cloned());
    let created = ExcelDateTime::from_timestamp(m.modified.as_second()).ok();
    let mut p = DocProperties::new()
        .set_title(&m.title)
        .set_subject(texts.ui("workbook-subject"))
        .set_author(m.assessors.join(", "))
        .set_company(&m.organisation)
        .set_keywords(keywords.join(", "))
        .set_status(classification(&m.classification, texts))
        .set_comment(format!("iacs-assess {}", env!("CARGO_PKG_VERSION")));
    if let Some(t) = created {
        p = p.set_creation_datetime(&t);
    }
    p
}

#[cfg(test)]
mod tests {
    use super::{sheet_name, text_lines};

    #[test]
    fn wrapped_text_breaks_at_spaces() {
        // 21 characters a line at width 20.
        assert_eq!(text_lines("", 20.0), 1);
        assert_eq!(text_lines("short", 20.0), 1);
        assert_eq!(text_lines("Requirements (zones and conduits)", 20.0), 2);
        // Each word fits alone, two never do: one line per word, not 38 / 21 = 2 rounded up.
        let words = "aaaaaaaaaaaa bbbbbbbbbbbb cccccccccccc";
        assert_eq!(text_lines(words, 20.0), 3);
        assert_eq!(
            text_lines(&"x".repeat(50), 20.0),
            3,
            "a word longer than a line is broken"
        );
        assert_eq!(text_lines("a\nb\n\nc", 20.0), 4, "every line counts, empty ones too");
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let mut taken = Vec::new();
        assert_eq!(sheet_name("Zones/Conduits: [all]", &mut taken), "Zones-Conduits- -all-");
        let long = "Sicherheitsprogramm des Anlagenbetreibers";
        let a = sheet_name(long, &mut taken);
        let b = sheet_name(long, &mut taken);
        assert_eq!(a.chars().count(), 31);
        assert!(b.chars().count() <= 31 && b.ends_with("(2)"));
        assert_eq!(sheet_name("'x'", &mut taken), "x");
    }
}
