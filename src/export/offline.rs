//! The questionnaire workbook for offline use: someone on site answers in Excel or LibreOffice from
//! drop-down lists; `iacs-assess import` reads it back by requirement id (never by translated
//! text). Hidden columns A and B carry the questionnaire and zone ids; a hidden sheet holds the
//! drop-down lists. Existing answers are filled in, so a partly done assessment can go out too.

use super::xlsx::long_text::LongTexts;
use super::xlsx::{fail, sheet_name};
use crate::assessment::{AnswerKey, Assessment};
use crate::catalog::{Catalog, Scope};
use crate::error::Result;
use crate::i18n::Texts;
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Formula, Workbook};

/// The name of the hidden sheet with the drop-down lists.
pub const LISTS_SHEET: &str = "lists";
/// Column positions, shared with the import.
pub mod col {
    pub const QUESTIONNAIRE: u16 = 0;
    pub const TARGET: u16 = 1;
    pub const REQUIREMENT: u16 = 2;
    pub const GROUP: u16 = 3;
    pub const TITLE: u16 = 4;
    pub const QUESTION: u16 = 5;
    pub const ANSWER: u16 = 6;
    pub const NOTE: u16 = 7;
    pub const EVIDENCE: u16 = 8;
    pub const INTERVIEWEE: u16 = 9;
    pub const FLAG: u16 = 10;
}

pub fn render(a: &Assessment, catalog: &Catalog, texts: &Texts) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let mut taken = vec![LISTS_SHEET.to_string()];
    let header = Format::new()
        .set_bold()
        .set_background_color("#1F4E79")
        .set_font_color("#FFFFFF")
        .set_text_wrap();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let answer = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color("#FFF2CC")
        .set_unlocked();

    // Instructions first, so it is what opens.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&texts.ui("offline-sheet-instructions"), &mut taken))
        .map_err(fail)?;
    ws.set_column_width(0, 100).map_err(fail)?;
    let mut long = LongTexts::new(texts, &mut taken);
    long.write(
        ws,
        0,
        0,
        &a.assessment.title,
        Some(&Format::new().set_bold().set_font_size(14)),
    )?;
    for (i, line) in texts.ui("offline-instructions").lines().enumerate() {
        ws.write_string_with_format(i as u32 + 2, 0, line, &wrap)
            .map_err(fail)?;
    }

    // The drop-down lists: one column per scale, the labels in the assessment's language.
    let mut lists: Vec<(String, usize)> = Vec::new();
    {
        let ls = wb.add_worksheet();
        ls.set_name(LISTS_SHEET).map_err(fail)?;
        for (c, scale) in catalog.scales.iter().enumerate() {
            ls.write_string(0, c as u16, &scale.id).map_err(fail)?;
            for (r, v) in scale.values.iter().enumerate() {
                let label = texts.get("scales", &format!("{}-{}", scale.id, v.id), Some("label"));
                ls.write_string(r as u32 + 1, c as u16, &label).map_err(fail)?;
            }
            lists.push((scale.id.clone(), scale.values.len()));
        }
        let yes_col = catalog.scales.len() as u16;
        ls.write_string(0, yes_col, "flag").map_err(fail)?;
        ls.write_string(1, yes_col, texts.ui("choice-yes")).map_err(fail)?;
        ls.set_hidden(true);
    }
    let column_letter = |c: usize| -> String {
        let mut n = c + 1;
        let mut s = String::new();
        while n > 0 {
            s.insert(0, (b'A' + ((n - 1) % 26) as u8) as char);
            n = (n - 1) / 26;
        }
        s
    };

    for q in a
        .assessment
        .questionnaires
        .iter()
        .filter_map(|id| catalog.questionnaire(id))
    {
        // One sheet per system, or per zone (conduits are answered in the interface), or one.
        let targets: Vec<Option<&str>> = match q.scope {
            Scope::Organisation => vec![None],
            Scope::System => a.systems.iter().map(|s| Some(s.id.as_str())).collect(),
            _ => a.zones.iter().map(|z| Some(z.id.as_str())).collect(),
        };
        for target in targets {
            let ws = wb.add_worksheet();
            let wanted = match target {
                Some(t) => format!("{} {t}", q.id),
                None => q.id.clone(),
            };
            ws.set_name(sheet_name(&wanted, &mut taken)).map_err(fail)?;
            let columns: [(String, f64); 11] = [
                ("questionnaire".into(), 4.0),
                ("target".into(), 4.0),
                (texts.ui("col-requirement"), 15.0),
                (texts.ui("col-group"), 9.0),
                (texts.ui("col-title"), 30.0),
                (texts.ui("offline-col-question"), 60.0),
                (texts.ui("col-answer"), 20.0),
                (texts.ui("col-note"), 40.0),
                (texts.ui("offline-col-evidence"), 30.0),
                (texts.ui("col-interviewee"), 18.0),
                (texts.ui("offline-col-flag"), 10.0),
            ];
            for (i, (name, width)) in columns.iter().enumerate() {
                ws.write_string_with_format(0, i as u16, name, &header).map_err(fail)?;
                ws.set_column_width(i as u16, *width).map_err(fail)?;
            }
            ws.set_column_hidden(col::QUESTIONNAIRE).map_err(fail)?;
            ws.set_column_hidden(col::TARGET).map_err(fail)?;
            ws.set_freeze_panes(1, 3).map_err(fail)?;
            for (row, r) in (1u32..).zip(&q.requirements) {
                let ans = a.answer(AnswerKey {
                    questionnaire: &q.id,
                    target,
                    requirement: &r.id,
                });
                long.write(ws, row, col::QUESTIONNAIRE, &q.id, None)?;
                long.write(ws, row, col::TARGET, target.unwrap_or(""), None)?;
                long.write(ws, row, col::REQUIREMENT, &r.id, Some(&wrap))?;
                long.write(ws, row, col::GROUP, &r.group, Some(&wrap))?;
                long.write(
                    ws,
                    row,
                    col::TITLE,
                    &texts.get(&q.id, &r.key, Some("title")),
                    Some(&wrap),
                )?;
                long.write(
                    ws,
                    row,
                    col::QUESTION,
                    &texts.get(&q.id, &r.key, Some("question")),
                    Some(&wrap),
                )?;
                let label = ans
                    .and_then(|x| x.value.as_deref())
                    .map(|v| texts.get("scales", &format!("{}-{v}", r.scale), Some("label")))
                    .unwrap_or_default();
                long.write(ws, row, col::ANSWER, &label, Some(&answer))?;
                let (note, evidence, interviewee, flag) = match ans {
                    Some(x) => (
                        x.note.clone(),
                        x.evidence.join("\n"),
                        x.interviewee.clone(),
                        if x.flagged {
                            texts.ui("choice-yes")
                        } else {
                            String::new()
                        },
                    ),
                    None => Default::default(),
                };
                long.write(ws, row, col::NOTE, &note, Some(&answer))?;
                long.write(ws, row, col::EVIDENCE, &evidence, Some(&answer))?;
                long.write(ws, row, col::INTERVIEWEE, &interviewee, Some(&answer))?;
                long.write(ws, row, col::FLAG, &flag, Some(&answer))?;
                // The answer drop-down: this requirement's scale.
                if let Some(c) = lists.iter().position(|(id, _)| id == &r.scale) {
                    let n = lists[c].1 + 1;
                    let letter = column_letter(c);
                    let validation = DataValidation::new()
                        .allow_list_formula(Formula::new(format!("={LISTS_SHEET}!${letter}$2:${letter}${n}")))
                        .ignore_blank(true);
                    ws.add_data_validation(row, col::ANSWER, row, col::ANSWER, &validation)
                        .map_err(fail)?;
                }
            }
            let n = q.requirements.len() as u32;
            let letter = column_letter(catalog.scales.len());
            let flag = DataValidation::new()
                .allow_list_formula(Formula::new(format!("={LISTS_SHEET}!${letter}$2:${letter}$2")))
                .ignore_blank(true);
            ws.add_data_validation(1, col::FLAG, n, col::FLAG, &flag)
                .map_err(fail)?;
            ws.autofilter(0, col::REQUIREMENT, n, col::FLAG).map_err(fail)?;
        }
    }
    long.finish(&mut wb)?;
    wb.save_to_buffer().map_err(fail)
}
