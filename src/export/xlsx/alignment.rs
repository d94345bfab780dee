//! The regulatory alignment: a sheet per mapping that concerns the assessment
//! (`alignment::relevant`: NIS2, NIST CSF 2.0, the CRA, an organisation's own), named by the
//! mapping's short name. Above the table the mapping's title and reference, the summary, the rule
//! and the sources of its links; the table has one row per item (a grouping item, such as a CSF
//! function or category, is a bold row with the verdicts below it counted), its verdict coloured
//! from the verdict itself, and one line per linked requirement with its rationale beside it in
//! the same order. The executive summary says each mapping's result in a sentence.

use super::{Book, fail, fit_row, header_at, sheet_name, text_lines};
use crate::alignment::{self, Alignment, ItemAlignment, Verdict, words};
use crate::assessment::Assessment;
use crate::catalog::{Catalog, Mapping};
use crate::error::Result;
use crate::i18n::Texts;
use crate::scoring::Score;
use rust_xlsxwriter::{Format, Workbook, Worksheet};

/// One mapping's sheet: the mapping, the assessment aligned with it, and the sheet's name.
pub struct Sheet<'c> {
    mapping: &'c Mapping,
    alignment: Alignment,
    name: String,
}

/// The sheets of the mappings that concern `a`, their names taken among `taken` (early, so that
/// the executive summary can name them).
pub fn prepare<'c>(
    a: &Assessment,
    catalog: &'c Catalog,
    score: &Score,
    texts: &Texts,
    taken: &mut Vec<String>,
) -> Vec<Sheet<'c>> {
    alignment::relevant(a, catalog)
        .into_iter()
        .map(|m| Sheet {
            mapping: m,
            alignment: alignment::align(a, catalog, score, m),
            name: sheet_name(&words::mapping_short(texts, m), taken),
        })
        .collect()
}

/// One sentence per mapping for the executive summary: its title, the verdicts counted, and
/// the sheet that has the detail.
pub fn executive_sentences(sheets: &[Sheet], texts: &Texts) -> Vec<String> {
    sheets
        .iter()
        .map(|x| {
            texts.ui_with(
                "book-align-exec",
                &[
                    ("mapping", words::mapping_title(texts, x.mapping).into()),
                    ("items", x.alignment.summary.total().into()),
                    ("tally", words::tally_short(texts, &x.alignment.summary).into()),
                    ("sheet", x.name.as_str().into()),
                ],
            )
        })
        .collect()
}

/// Column indexes of the table.
const VERDICT: u16 = 2;
const LINKS: usize = 3;
const WHY: usize = 4;
const LAST: u16 = 4;

/// Write every sheet of `sheets`.
pub fn alignment_sheets(
    wb: &mut Workbook,
    sheets: &[Sheet],
    catalog: &Catalog,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    for x in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&x.name).map_err(fail)?;
        sheet(ws, x, catalog, texts, s)?;
    }
    Ok(())
}

fn sheet(ws: &mut Worksheet, x: &Sheet, catalog: &Catalog, texts: &Texts, s: &Book<'_>) -> Result<()> {
    let m = x.mapping;
    // The verdict and its counts share a column, and the source of a link is named beside it
    // in "Why linked" (its rationale, or the published mapping): fewer, shorter lines per item,
    // so a mapping of a hundred items prints in fewer pages.
    // 164 units in all, as wide as the other tables: printed one page wide at a size that reads.
    // "Why linked" holds a rationale of up to about 140 characters in two lines.
    let columns = [
        (texts.ui("book-align-col-item"), 9.0),
        (texts.ui("col-title"), 18.0),
        // A long verdict ("keine Entsprechung in 62443") takes two lines rather than the links' room.
        (texts.ui("book-align-col-verdict"), 18.0),
        (texts.ui("book-align-col-links"), 55.0),
        (texts.ui("book-align-col-why"), 64.0),
    ];
    let width: f64 = columns.iter().map(|c| c.1).sum();
    let mut intro = vec![
        m.reference.clone(),
        words::summary_line(texts, &x.alignment),
        texts.ui("align-rule"),
    ];
    if !x.alignment.outside.is_empty() {
        let list: Vec<&str> = x
            .alignment
            .outside
            .iter()
            .map(|q| catalog.questionnaire(q).map_or(q.as_str(), |q| q.standard.as_str()))
            .collect();
        intro.push(texts.ui_with("align-outside", &[("list", list.join(", ").into())]));
    }
    for source in &m.sources {
        intro.push(format!(
            "{}{}{}",
            words::source(texts, m, &source.id),
            texts.ui("colon"),
            words::source_citation(texts, m, &source.id)
        ));
    }
    s.text(ws, 0, 0, &words::mapping_title(texts, m), &s.title)?;
    ws.set_row_height(0, 22).map_err(fail)?;
    for (row, text) in (1u32..).zip(&intro) {
        ws.merge_range(row, 0, row, LAST, "", &s.wrap).map_err(fail)?;
        s.text(ws, row, 0, text, &s.wrap)?;
        fit_row(ws, row, [(text.as_str(), width)])?;
    }
    // A blank row, then the table.
    let head = intro.len() as u32 + 2;
    header_at(ws, s, head, &columns)?;
    let widths: Vec<f64> = columns.iter().map(|c| c.1).collect();
    let mut row = head + 1;
    for item in &x.alignment.items {
        row += item_row(ws, row, item, &widths, (m, catalog, texts), s)?;
    }
    s.pages.area(ws, row.max(head + 2) - 1, LAST)
}

/// One item's row: a grouping item in bold with its tally, an assessable one with its verdict,
/// counts, links and their rationales (in as many rows as they need, see [`chunks`]). Returns the
/// rows written.
fn item_row(
    ws: &mut Worksheet,
    row: u32,
    item: &ItemAlignment,
    widths: &[f64],
    (m, catalog, texts): (&Mapping, &Catalog, &Texts),
    s: &Book<'_>,
) -> Result<u32> {
    let title = words::item_title(texts, m, &item.item);
    if let Some(tally) = &item.tally {
        let tally = words::tally_short(texts, tally);
        s.text(ws, row, 0, &item.item, &s.group)?;
        s.text(ws, row, 1, &title, &s.group)?;
        ws.merge_range(row, VERDICT, row, LAST, "", &s.group).map_err(fail)?;
        s.text(ws, row, VERDICT, &tally, &s.group)?;
        let rest: f64 = widths[usize::from(VERDICT)..].iter().sum();
        // Bold text is about a tenth wider.
        fit_row(
            ws,
            row,
            [(title.as_str(), widths[1] * 0.9), (tally.as_str(), rest * 0.9)],
        )?;
        return Ok(1);
    }
    let mut verdict = item.verdict.map(|v| words::verdict(texts, v)).unwrap_or_default();
    let counts = words::counts(texts, item);
    if !counts.is_empty() {
        verdict = format!("{verdict}\n{counts}");
    }
    let links = link_lines(item, (m, catalog, texts));
    let mut rows = 0;
    for (first, (links, why)) in chunks(&links, (widths[LINKS], widths[WHY])).into_iter().enumerate() {
        let row = row + first as u32;
        // A row that carries on the links of the row above names its item in grey.
        let (id_format, title, verdict) = match first {
            0 => (&s.wrap, title.as_str(), verdict.as_str()),
            _ => (&s.unassessed, "", ""),
        };
        let cells = [
            (item.item.as_str(), id_format),
            (title, &s.wrap),
            (verdict, verdict_format(item.verdict, s)),
            (links.as_str(), &s.wrap),
            (why.as_str(), &s.wrap),
        ];
        for (col, (text, format)) in (0u16..).zip(cells) {
            s.text(ws, row, col, text, format)?;
        }
        fit_row(ws, row, cells.iter().zip(widths).map(|((text, _), w)| (*text, *w)))?;
        rows += 1;
    }
    Ok(rows)
}

/// Each link's line (the requirement, its title, kind and how it stands) and why it is there (its
/// rationale, or for a published link the source's short name); numbered when there are several,
/// so that the reason is found beside its link.
fn link_lines(
    item: &ItemAlignment,
    (m, catalog, texts): (&Mapping, &Catalog, &Texts),
) -> Vec<(String, Option<String>)> {
    let numbered = item.links.len() > 1;
    (1..)
        .zip(&item.links)
        .map(|(n, link)| {
            let number = if numbered { format!("{n}. ") } else { String::new() };
            let line = format!(
                "{number}{} {} · {} · {}",
                words::requirement_label(catalog, link),
                words::requirement_title(catalog, texts, link),
                words::kind(texts, link.kind),
                words::link_detail(texts, link),
            );
            let why =
                words::rationale(texts, m, &item.item, link).unwrap_or_else(|| words::source(texts, m, &link.source));
            let why = (!why.is_empty()).then(|| format!("{number}{why}"));
            (line, why)
        })
        .collect()
}

/// The most lines a row holds: Excel makes no row taller than 409 points (27 lines of 15), and
/// a row must fit a printed page.
const MOST_LINES: usize = 26;

/// The links' lines and their rationales joined into the text of as few rows as they fit in
/// (columns `widths` wide), each row at most [`MOST_LINES`] tall; at least one row.
fn chunks(links: &[(String, Option<String>)], (links_width, why_width): (f64, f64)) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut current: (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let lines = |texts: &[&str], width: f64| texts.iter().map(|t| text_lines(t, width)).sum::<usize>();
    for (line, why) in links {
        let mut next = current.clone();
        next.0.push(line);
        next.1.extend(why.as_deref());
        let tall = lines(&next.0, links_width).max(lines(&next.1, why_width));
        if tall > MOST_LINES && !current.0.is_empty() {
            out.push((current.0.join("\n"), current.1.join("\n")));
            next = (vec![line.as_str()], why.as_deref().into_iter().collect());
        }
        current = next;
    }
    out.push((current.0.join("\n"), current.1.join("\n")));
    out
}

/// The colour of a verdict: green supported, amber partly, red not supported, grey where there
/// is nothing to judge by.
fn verdict_format<'b>(verdict: Option<Verdict>, s: &'b Book<'_>) -> &'b Format {
    match verdict {
        Some(Verdict::Supported) => &s.good,
        Some(Verdict::Partly) => &s.warn,
        Some(Verdict::NotSupported) => &s.bad,
        Some(Verdict::NotAssessed | Verdict::NotApplicable | Verdict::NoLinks) => &s.neutral,
        None => &s.wrap,
    }
}

#[cfg(test)]
mod tests {
    use super::{MOST_LINES, chunks};

    #[test]
    fn links_stay_in_one_row_until_it_would_be_too_tall() {
        let link = |n: usize| (format!("{n}. IEC 62443-3-3 SR {n}.1 A requirement"), None);
        let few: Vec<(String, Option<String>)> = (1..=3).map(link).collect();
        let rows = chunks(&few, (52.0, 42.0));
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].0.lines().count(), 3);
        assert_eq!(rows[0].1, "", "published links have no rationale");
        let many: Vec<(String, Option<String>)> = (1..=60).map(link).collect();
        let rows = chunks(&many, (52.0, 42.0));
        assert_eq!(rows.len(), 60usize.div_ceil(MOST_LINES));
        assert!(rows.iter().all(|(text, _)| text.lines().count() <= MOST_LINES));
        let joined: Vec<String> = rows.iter().flat_map(|(t, _)| t.lines().map(String::from)).collect();
        assert_eq!(
            joined,
            many.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>(),
            "all, in order"
        );
        // A rationale keeps to the row of its link.
        let with_why = vec![(many[0].0.clone(), Some("1. why".to_string())), link(2)];
        assert_eq!(chunks(&with_why, (52.0, 42.0))[0].1, "1. why");
    }
}
