//! One sheet per questionnaire: every requirement (per zone where it is answered per zone) with its
//! answer, level, target and gap, note, evidence, interviewee, assessor and time.

use super::{Book, fail, header, sheet_name};
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
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&q.id, taken)).map_err(fail)?;
    let columns = [
        (texts.ui("col-target-zone"), 10.0),
        (texts.ui("col-requirement"), 16.0),
        (texts.ui("col-group"), 10.0),
        (texts.ui("col-title"), 44.0),
        (texts.ui("col-answer"), 18.0),
        (texts.ui("col-level"), 8.0),
        (texts.ui("col-target"), 8.0),
        (texts.ui("col-gap-short"), 8.0),
        (texts.ui("col-note"), 50.0),
        (texts.ui("col-evidence"), 36.0),
        (texts.ui("col-interviewee"), 18.0),
        (texts.ui("col-assessor"), 18.0),
        (texts.ui("col-time"), 20.0),
    ];
    header(ws, s, &columns)?;
    let targets = a.answered_targets(&q.id, q.scope);
    let maturity = score.maturity.iter().find(|m| m.questionnaire == q.id);
    let mut row = 1u32;
    for target in targets {
        let sl = target.and_then(|t| {
            score
                .security_levels
                .iter()
                .find(|x| x.questionnaire == q.id && x.target == t)
        });
        for (i, r) in q.requirements.iter().enumerate() {
            let ans = a.answer(AnswerKey {
                questionnaire: &q.id,
                target,
                requirement: &r.id,
            });
            let value = ans.and_then(|x| x.value.as_deref()).unwrap_or("");
            let label = if value.is_empty() {
                String::new()
            } else {
                texts.get("scales", &format!("{}-{value}", r.scale), Some("label"))
            };
            let scale_value = catalog.scale_of(r).and_then(|sc| sc.value(value));
            s.text(ws, row, 0, target.unwrap_or(""), &s.wrap)?;
            s.text(ws, row, 1, &r.id, &s.wrap)?;
            s.text(ws, row, 2, &r.group, &s.wrap)?;
            s.text(ws, row, 3, &texts.get(&q.id, &r.key, Some("title")), &s.wrap)?;
            // Level, target and gap: maturity levels, or for 3-3 the minimum SL and the zone's SL-T.
            let mut answer_format = &s.wrap;
            if let Some(m) = maturity.and_then(|m| m.requirements.get(i)) {
                ws.write_number(row, 6, f64::from(m.target)).map_err(fail)?;
                if let RequirementState::Level(l) = m.state {
                    ws.write_number(row, 5, f64::from(l)).map_err(fail)?;
                    ws.write_number(row, 7, f64::from(m.target.saturating_sub(l)))
                        .map_err(fail)?;
                    answer_format = if l >= m.target { &s.good } else { &s.bad };
                }
            } else if let (Some(fr), Some(min_sl)) = (r.fr, r.min_sl) {
                ws.write_number(row, 5, f64::from(min_sl)).map_err(fail)?;
                if let Some(t) = sl.and_then(|x| x.sl_t) {
                    let needed = t[usize::from(fr.clamp(1, 7) - 1)];
                    ws.write_number(row, 6, f64::from(needed)).map_err(fail)?;
                    let open = sl.is_some_and(|x| x.to_close.iter().any(|g| g.requirement == r.id));
                    ws.write_number(row, 7, f64::from(u8::from(open))).map_err(fail)?;
                }
                answer_format = match scale_value {
                    Some(v) if v.satisfies => &s.good,
                    Some(v) if v.not_applicable => &s.wrap,
                    Some(_) => &s.bad,
                    None => &s.wrap,
                };
            } else if let Some(v) = scale_value {
                answer_format = if v.satisfies {
                    &s.good
                } else if v.not_applicable {
                    &s.wrap
                } else {
                    &s.warn
                };
            }
            s.text(ws, row, 4, &label, answer_format)?;
            if let Some(ans) = ans {
                s.text(ws, row, 8, &ans.note, &s.wrap)?;
                s.text(ws, row, 9, &ans.evidence.join("\n"), &s.wrap)?;
                s.text(ws, row, 10, &ans.interviewee, &s.wrap)?;
                s.text(ws, row, 11, &ans.assessor, &s.wrap)?;
                s.text(ws, row, 12, &ans.time.strftime("%Y-%m-%d %H:%M").to_string(), &s.wrap)?;
            }
            row += 1;
        }
    }
    ws.autofilter(0, 0, row.saturating_sub(1).max(1), 12).map_err(fail)?;
    Ok(())
}
