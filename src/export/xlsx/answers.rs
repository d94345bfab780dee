//! One sheet per questionnaire: every requirement (per zone where it is answered per zone, per
//! component for 62443-4-2, only those asked of its type) with its
//! answer, level, target and gap, note, evidence, interviewee, assessor and time.
//!
//! Colours tell the truth: red only for a real gap (a maturity below its target, a 3-3
//! requirement not met that the zone's SL-T needs), green for what meets the target, grey for a
//! 3-3 requirement above the zone's SL-T (nobody asked for it), and "not assessed" in grey
//! italics for what has no answer yet: that is open work, never a gap.

use super::{Book, fail, fit_row, header};
use crate::assessment::{AnswerKey, Assessment};
use crate::catalog::{Catalog, Questionnaire};
use crate::error::Result;
use crate::i18n::Texts;
use crate::scoring::{RequirementState, Score};
use rust_xlsxwriter::Workbook;

#[allow(clippy::too_many_arguments)]
pub fn questionnaire_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    score: &Score,
    catalog: &Catalog,
    texts: &Texts,
    s: &Book<'_>,
    q: &Questionnaire,
) -> Result<()> {
    let ws = super::add_sheet(wb, taken, &q.id)?;
    // About 200 width units: printed one page wide, landscape, the text stays at about 8 points.
    let columns = [
        (
            texts.ui(if q.scope.per_component() {
                "components-col-component"
            } else {
                "col-target-zone"
            }),
            9.0,
        ),
        (texts.ui("col-requirement"), 12.0),
        (texts.ui("col-group"), 7.0),
        (texts.ui("col-title"), 33.0),
        (texts.ui("col-answer"), 13.0),
        (texts.ui("col-level"), 6.0),
        (texts.ui("col-target"), 6.0),
        (texts.ui("col-gap-short"), 5.0),
        (texts.ui("col-note"), 38.0),
        (texts.ui("col-evidence"), 27.0),
        (texts.ui("col-interviewee"), 19.0),
        (texts.ui("col-assessor"), 12.0),
        (texts.ui("col-time"), 15.0),
    ];
    header(ws, s, &columns)?;
    // A component nobody answered 62443-4-2 for (its SL-C declared, or unknown) is not among
    // them: the Components sheet shows it.
    let targets = a.answered_targets(&q.id, q.scope);
    let maturity: std::collections::HashMap<&str, &crate::scoring::maturity::RequirementMaturity> = score
        .maturity
        .iter()
        .filter(|m| m.questionnaire == q.id)
        .flat_map(|m| &m.requirements)
        .map(|r| (r.requirement.as_str(), r))
        .collect();
    let mut row = 1u32;
    for target in targets {
        // A zone's SL-A, or a component's assessed SL-C (against its zone's SL-T).
        let sl = target.and_then(|t| {
            score
                .security_levels
                .iter()
                .chain(score.components.iter().filter_map(|c| c.assessed.as_ref()))
                .find(|x| x.questionnaire == q.id && x.target == t)
        });
        // Only what is asked of the target: a network device has no EDR rows.
        let asked = a.asks_for(target);
        for r in q.requirements.iter().filter(|r| asked(r)) {
            let ans = a.answer(AnswerKey {
                questionnaire: &q.id,
                target,
                requirement: &r.id,
            });
            let value = ans.and_then(|x| x.value.as_deref()).unwrap_or("");
            let title = texts.get(&q.id, &r.key, Some("title"));
            s.text(ws, row, 0, target.unwrap_or(""), &s.wrap)?;
            s.text(ws, row, 1, &r.id, &s.wrap)?;
            s.text(ws, row, 2, &r.group, &s.wrap)?;
            s.text(ws, row, 3, &title, &s.wrap)?;
            let (label, answer_format) = if value.is_empty() {
                (texts.ui("label-not-assessed"), &s.unassessed)
            } else {
                let label = texts.get("scales", &format!("{}-{value}", r.scale), Some("label"));
                (label, &s.wrap)
            };
            let scale_value = catalog.scale_of(r).and_then(|sc| sc.value(value));
            // Level, target and gap: maturity levels, or for 3-3 the minimum SL and the zone's SL-T.
            let mut answer_format = answer_format;
            if let Some(m) = maturity.get(r.id.as_str()) {
                if m.target > 0 {
                    ws.write_number_with_format(row, 6, f64::from(m.target), &s.number)
                        .map_err(fail)?;
                }
                if let RequirementState::Level(l) = m.state {
                    ws.write_number_with_format(row, 5, f64::from(l), &s.number)
                        .map_err(fail)?;
                    ws.write_number_with_format(row, 7, f64::from(m.target.saturating_sub(l)), &s.number)
                        .map_err(fail)?;
                    answer_format = if l >= m.target { &s.good } else { &s.bad };
                }
            } else if let (Some(fr), Some(min_sl)) = (r.fr, r.min_sl) {
                ws.write_number_with_format(row, 5, f64::from(min_sl), &s.number)
                    .map_err(fail)?;
                let needed = sl.and_then(|x| x.sl_t).map(|t| t[usize::from(fr.clamp(1, 7) - 1)]);
                if let Some(needed) = needed {
                    ws.write_number_with_format(row, 6, f64::from(needed), &s.number)
                        .map_err(fail)?;
                }
                // The score decides, not the answer's word: a compensation whose record does not
                // stand is still open, and shows so.
                let open = sl.is_some_and(|x| x.to_close.iter().any(|g| g.requirement == r.id));
                answer_format = match (scale_value, needed) {
                    (None, _) => answer_format,
                    (Some(v), _) if v.excluded() => &s.wrap,
                    // Above the zone's SL-T: not asked for, whatever the answer.
                    (Some(_), Some(needed)) if min_sl > needed => &s.beyond,
                    // Not met and needed for SL-T: the one real gap.
                    (Some(_), Some(_)) if open => {
                        ws.write_number_with_format(row, 7, 1.0, &s.number).map_err(fail)?;
                        &s.bad
                    }
                    (Some(_), Some(_)) => &s.good,
                    // No SL-T to compare with: no colour claims a gap or its absence.
                    (Some(_), None) => &s.wrap,
                };
            } else if let Some(v) = scale_value {
                answer_format = if v.satisfies {
                    &s.good
                } else if v.excluded() {
                    &s.wrap
                } else {
                    &s.warn
                };
            }
            s.text(ws, row, 4, &label, answer_format)?;
            let mut cells = vec![(title.as_str(), columns[3].1), (label.as_str(), columns[4].1)];
            let evidence;
            if let Some(ans) = ans {
                evidence = ans.evidence.join("\n");
                s.text(ws, row, 8, &ans.note, &s.wrap)?;
                s.text(ws, row, 9, &evidence, &s.wrap)?;
                s.text(ws, row, 10, &ans.interviewee, &s.wrap)?;
                s.text(ws, row, 11, &ans.assessor, &s.wrap)?;
                s.text(ws, row, 12, &ans.time.strftime("%Y-%m-%d %H:%M").to_string(), &s.wrap)?;
                cells.extend([
                    (ans.note.as_str(), columns[8].1),
                    (evidence.as_str(), columns[9].1),
                    (ans.interviewee.as_str(), columns[10].1),
                    (ans.assessor.as_str(), columns[11].1),
                ]);
            }
            fit_row(ws, row, cells)?;
            row += 1;
        }
    }
    let last = row.saturating_sub(1).max(1);
    ws.autofilter(0, 0, last, 12).map_err(fail)?;
    s.pages.area(ws, last, 12)
}
