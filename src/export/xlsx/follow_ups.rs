//! Flagged follow-ups: every answer marked for follow-up, with what was said and by whom, so the
//! customer sees what the assessors still mean to check. Unanswered requirements are not listed
//! here (the summary counts them); a workbook where nothing is flagged says so in one line.

use super::{Book, fail, fit_row, header};
use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::error::Result;
use crate::i18n::Texts;
use rust_xlsxwriter::Workbook;

pub fn follow_ups_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = super::add_sheet(wb, taken, &texts.ui("sheet-follow-ups"))?;
    let columns = [
        (texts.ui("col-questionnaire"), 13.0),
        (texts.ui("col-target-zone"), 11.0),
        (texts.ui("col-requirement"), 14.0),
        (texts.ui("col-title"), 34.0),
        (texts.ui("col-answer"), 14.0),
        (texts.ui("col-note"), 50.0),
        (texts.ui("col-interviewee"), 15.0),
        (texts.ui("col-assessor"), 15.0),
        (texts.ui("col-time"), 17.0),
    ];
    header(ws, s, &columns)?;
    let last_col = columns.len() as u16 - 1;
    let mut row = 1u32;
    for answer in a.answers().iter().filter(|x| x.flagged) {
        let (title, label) = super::evidence::answer_words(answer, catalog, texts);
        // When the flag was set: the last edit of the note, evidence or flag, else the answer.
        let time = answer
            .edited
            .unwrap_or(answer.time)
            .strftime("%Y-%m-%d %H:%M")
            .to_string();
        let cells = [
            answer.questionnaire.as_str(),
            answer.target.as_deref().unwrap_or(""),
            &answer.requirement,
            &title,
            &label,
            &answer.note,
            &answer.interviewee,
            &answer.assessor,
            &time,
        ];
        for (col, value) in (0u16..).zip(cells) {
            s.text(ws, row, col, value, &s.wrap)?;
        }
        fit_row(ws, row, cells.iter().zip(&columns).map(|(v, (_, w))| (*v, *w)))?;
        row += 1;
    }
    if row == 1 {
        ws.merge_range(row, 0, row, last_col, "", &s.wrap).map_err(fail)?;
        s.text(ws, row, 0, &texts.ui("follow-ups-none"), &s.wrap)?;
        row += 1;
    } else {
        ws.autofilter(0, 0, row - 1, last_col).map_err(fail)?;
    }
    s.pages.area(ws, row - 1, last_col)
}
