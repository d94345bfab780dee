//! The sheet of compensating countermeasures: every record with its status in words on the day
//! of the export, what it covers and all its fields; then the compensated answers without one.

use super::{Book, fail, fit_row, header};
use crate::assessment::countermeasure::Status;
use crate::error::Result;
use crate::i18n::Texts;
use crate::scoring::CountermeasureReview;
use rust_xlsxwriter::Workbook;

pub fn countermeasures_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    review: &CountermeasureReview,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let ws = super::add_sheet(wb, taken, &texts.ui("sheet-countermeasures"))?;
    let columns = [
        (texts.ui("col-id"), 10.0),
        (texts.ui("col-status"), 22.0),
        (texts.ui("col-questionnaire"), 16.0),
        (texts.ui("col-requirements"), 20.0),
        (texts.ui("col-target-zone"), 14.0),
        (texts.ui("col-instead"), 44.0),
        (texts.ui("col-equivalence"), 44.0),
        (texts.ui("col-residual"), 30.0),
        (texts.ui("col-approved-by"), 18.0),
        (texts.ui("col-approved"), 12.0),
        (texts.ui("col-verification"), 30.0),
        (texts.ui("col-review-by"), 12.0),
    ];
    header(ws, s, &columns)?;
    let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut row = 1u32;
    for r in &review.records {
        let format = match r.status {
            Status::Stands => &s.good,
            Status::Incomplete | Status::Unapproved => &s.warn,
            Status::Overdue => &s.bad,
        };
        let cells = [
            r.id.clone(),
            crate::review_text::status_words(r, texts),
            r.questionnaire.clone(),
            r.requirements.join(", "),
            r.targets.join(", "),
            r.instead.clone(),
            r.equivalence.clone(),
            r.residual_risk.clone(),
            r.approved_by.clone(),
            date(r.approved),
            r.verification.clone(),
            date(r.review_by),
        ];
        for (col, value) in (0u16..).zip(&cells) {
            s.text(ws, row, col, value, if col == 1 { format } else { &s.wrap })?;
        }
        fit_row(
            ws,
            row,
            cells
                .iter()
                .zip(&columns)
                .map(|(value, (_, width))| (value.as_str(), *width)),
        )?;
        row += 1;
    }
    for id in &review.without_record {
        s.text(ws, row, 1, &texts.ui("ccm-no-record"), &s.bad)?;
        s.text(ws, row, 2, &id.questionnaire, &s.wrap)?;
        s.text(ws, row, 3, &id.requirement, &s.wrap)?;
        s.text(ws, row, 4, id.target.as_deref().unwrap_or_default(), &s.wrap)?;
        row += 1;
    }
    let last = row.saturating_sub(1).max(1);
    ws.autofilter(0, 0, last, 11).map_err(fail)?;
    s.pages.area(ws, last, 11)
}
