//! The evidence register: every evidence reference the answers cite (trimmed; the same text is the
//! same reference), in natural order, each followed by the requirements it supports with their
//! answers. The reference stands on its first row only, so each is listed once and a reader
//! sees where one ends; a line above it marks the start of each.

use super::{Book, fail, fit_row, header};
use crate::assessment::{Answer, Assessment};
use crate::catalog::Catalog;
use crate::catalog::ids::natural_cmp;
use crate::error::Result;
use crate::i18n::Texts;
use rust_xlsxwriter::{Format, FormatBorder, Workbook};
use std::collections::{BTreeMap, HashMap};

/// Every distinct evidence reference (trimmed, not empty) with the answers that cite it, in the
/// answers' order; the references in natural order.
pub fn register(a: &Assessment) -> Vec<(&str, Vec<&Answer>)> {
    let mut by_reference: BTreeMap<&str, Vec<&Answer>> = BTreeMap::new();
    for answer in a.answers() {
        for reference in answer.evidence.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
            let cited = by_reference.entry(reference).or_default();
            // One answer citing a reference twice supports it once.
            if !cited.last().is_some_and(|x| std::ptr::eq(*x, answer)) {
                cited.push(answer);
            }
        }
    }
    let mut out: Vec<(&str, Vec<&Answer>)> = by_reference.into_iter().collect();
    out.sort_by(|x, y| natural_cmp(x.0, y.0).then_with(|| x.0.cmp(y.0)));
    out
}

/// The title of the requirement an answer is to, and the label of its value, in the texts'
/// language (a requirement the catalog does not know: no title, the value's id).
pub(super) fn answer_words(answer: &Answer, catalog: &Catalog, texts: &Texts) -> (String, String) {
    let requirement = catalog
        .questionnaire(&answer.questionnaire)
        .and_then(|q| q.requirement(&answer.requirement).map(|r| (q, r)));
    let value = answer.value.as_deref();
    match (requirement, value) {
        (Some((q, r)), _) => (
            texts.get(&q.id, &r.key, Some("title")),
            value
                .map(|v| texts.get("scales", &format!("{}-{v}", r.scale), Some("label")))
                .unwrap_or_default(),
        ),
        (None, _) => (String::new(), value.unwrap_or_default().to_string()),
    }
}

pub fn evidence_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = super::add_sheet(wb, taken, &texts.ui("sheet-evidence"))?;
    let columns = [
        (texts.ui("col-evidence-reference"), 34.0),
        (texts.ui("col-questionnaire"), 14.0),
        (texts.ui("col-target-zone"), 12.0),
        (texts.ui("col-requirement"), 15.0),
        (texts.ui("col-title"), 50.0),
        (texts.ui("col-answer"), 18.0),
    ];
    header(ws, s, &columns)?;
    let register = register(a);
    let first = |f: &Format| f.clone().set_border_top(FormatBorder::Thin);
    let (reference_format, first_format) = (first(&s.wrap).set_bold(), first(&s.wrap));
    let repeated = s.wrap.clone().set_font_color("#808080");
    let mut words = HashMap::new();
    let mut row = 1u32;
    if register.is_empty() {
        ws.merge_range(row, 0, row, 5, "", &s.wrap).map_err(fail)?;
        s.text(ws, row, 0, &texts.ui("evidence-none"), &s.wrap)?;
        row += 1;
    }
    for (reference, answers) in &register {
        for (i, answer) in answers.iter().enumerate() {
            // Many references cite the same requirements: their words are looked up once.
            let key = (&answer.questionnaire, &answer.requirement, &answer.value);
            let (title, label) = words.entry(key).or_insert_with(|| answer_words(answer, catalog, texts));
            // The reference on every row, so that a filter on it shows all its requirements and a
            // page that continues a reference still names it (in grey after its first row).
            let cells = [
                *reference,
                &answer.questionnaire,
                answer.target.as_deref().unwrap_or(""),
                &answer.requirement,
                title,
                label,
            ];
            let (f0, f) = if i == 0 {
                (&reference_format, &first_format)
            } else {
                (&repeated, &s.wrap)
            };
            for (col, value) in (0u16..).zip(cells) {
                s.text(ws, row, col, value, if col == 0 { f0 } else { f })?;
            }
            fit_row(ws, row, cells.iter().zip(&columns).map(|(v, (_, w))| (*v, *w)))?;
            row += 1;
        }
    }
    let last = row.saturating_sub(1).max(1);
    ws.autofilter(0, 0, last, 5).map_err(fail)?;
    s.pages.area(ws, last, 5)
}
