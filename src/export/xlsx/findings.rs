//! Findings: every gap, most severe first, each with the requirement that closes it. Intolerable
//! risks first, then security-level gaps (the most basic requirement first), then maturity gaps
//! (the widest first). A requirement not yet answered is not a finding: the sheet ends with how
//! many of those the SL-T needs, as open work. A component (62443-4-2) below its zone's SL-T is a
//! security-level gap too: by requirement where its SL-C is assessed, by FR where it is declared.

use super::{Book, fail, fit_row, header};
use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::component_text::declared_source;
use crate::error::Result;
use crate::i18n::Texts;
use crate::scoring::capability::Source;
use crate::scoring::security_level::{Fulfilment, Standing, level_text};
use crate::scoring::{RequirementState, Score, SecurityLevelResult};
use rust_xlsxwriter::Workbook;

struct Finding {
    /// Lower is more severe.
    rank: (u8, u8, usize),
    kind: &'static str,
    questionnaire: String,
    target: String,
    requirement: String,
    title: String,
    current: String,
    wanted: String,
}

pub fn findings_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    a: &Assessment,
    score: &Score,
    catalog: &Catalog,
    texts: &Texts,
    s: &Book<'_>,
) -> Result<()> {
    let title_of = |q: &str, r: &str| {
        catalog
            .questionnaire(q)
            .and_then(|x| x.requirement(r))
            .map(|x| texts.get(q, &x.key, Some("title")))
            .unwrap_or_default()
    };
    let mut findings = Vec::new();
    let model = a
        .risk_model
        .as_ref()
        .map(|m| format!("risk-{}", m.id))
        .unwrap_or_default();
    for r in &score.risks {
        let residual_bad = r.residual_tolerable == Some(false);
        if r.unmitigated_tolerable || r.residual_tolerable == Some(true) {
            continue;
        }
        let threat = a
            .scenarios
            .iter()
            .find(|x| x.id == r.scenario)
            .map(|x| x.threat.clone())
            .unwrap_or_default();
        let level = r.residual.clone().unwrap_or_else(|| r.unmitigated.clone());
        findings.push(Finding {
            rank: (0, u8::from(!residual_bad), 0),
            kind: "finding-risk",
            questionnaire: String::new(),
            target: r.target.clone(),
            requirement: r.scenario.clone(),
            title: threat,
            current: texts.get(&model, &format!("risk-{level}"), Some("label")),
            wanted: texts.ui("risk-tolerable"),
        });
    }
    let mut not_assessed = 0usize;
    let na = texts.ui("label-sl-na");
    for sl in &score.security_levels {
        not_assessed += level_findings(&mut findings, sl, ("SL-A", &na), &title_of);
    }
    // A component's assessed SL-C against its zone's SL-T.
    for r in score.components.iter().filter_map(|c| c.assessed.as_ref()) {
        not_assessed += level_findings(&mut findings, r, ("SL-C", &na), &title_of);
    }
    declared_findings(&mut findings, score, texts);
    for m in &score.maturity {
        for r in &m.requirements {
            if let RequirementState::Level(l) = r.state
                && l < r.target
            {
                findings.push(Finding {
                    rank: (2, 4 - (r.target - l).min(4), 0),
                    kind: "finding-maturity",
                    questionnaire: m.questionnaire.clone(),
                    target: String::new(),
                    requirement: r.requirement.clone(),
                    title: title_of(&m.questionnaire, &r.requirement),
                    current: format!("ML{l}"),
                    wanted: format!("ML{}", r.target),
                });
            }
        }
    }
    findings.sort_by_key(|x| x.rank);

    let ws = super::add_sheet(wb, taken, &texts.ui("sheet-findings"))?;
    let columns = [
        (texts.ui("col-rank"), 6.0),
        (texts.ui("col-kind"), 22.0),
        (texts.ui("col-questionnaire"), 16.0),
        (texts.ui("col-target-zone"), 12.0),
        (texts.ui("col-requirement"), 16.0),
        (texts.ui("col-title"), 50.0),
        (texts.ui("col-current"), 14.0),
        (texts.ui("col-wanted"), 14.0),
    ];
    header(ws, s, &columns)?;
    for (row, f) in (1u32..).zip(&findings) {
        ws.write_number_with_format(row, 0, f64::from(row), &s.number)
            .map_err(fail)?;
        let format = match f.rank.0 {
            0 => &s.bad,
            1 => &s.warn,
            _ => &s.wrap,
        };
        let kind = texts.ui(f.kind);
        s.text(ws, row, 1, &kind, format)?;
        s.text(ws, row, 2, &f.questionnaire, &s.wrap)?;
        s.text(ws, row, 3, &f.target, &s.wrap)?;
        s.text(ws, row, 4, &f.requirement, &s.wrap)?;
        s.text(ws, row, 5, &f.title, &s.wrap)?;
        s.text(ws, row, 6, &f.current, &s.wrap)?;
        s.text(ws, row, 7, &f.wanted, &s.wrap)?;
        fit_row(
            ws,
            row,
            [(kind.as_str(), columns[1].1), (f.title.as_str(), columns[5].1)],
        )?;
    }
    let mut last = findings.len().max(1) as u32;
    ws.autofilter(0, 0, last, 7).map_err(fail)?;
    if not_assessed > 0 {
        // Below the table, outside the filter: open work, not a finding.
        last += 2;
        let text = texts.ui_with("findings-not-assessed", &[("count", not_assessed.into())]);
        ws.merge_range(last, 1, last, 7, &text, &s.unassessed).map_err(fail)?;
        let width: f64 = columns[1..].iter().map(|c| c.1).sum();
        fit_row(ws, last, [(text.as_str(), width)])?;
    }
    s.pages.area(ws, last, 7)
}

/// The components whose declared SL-C is below their zone's SL-T: one finding per FR.
fn declared_findings(findings: &mut Vec<Finding>, score: &Score, texts: &Texts) {
    for x in score.zone_check.iter().filter(|x| x.standing == Standing::Short) {
        let (Some(fr), Some(level)) = (x.fr, x.sl_c) else {
            continue;
        };
        let Some(c) = score.components.iter().find(|c| c.component == x.component) else {
            continue;
        };
        if c.source != Source::Declared {
            continue;
        }
        let source = c
            .declared
            .as_ref()
            .map(|d| declared_source(d, texts))
            .unwrap_or_default();
        findings.push(Finding {
            rank: (1, level + 1, usize::from(fr)),
            kind: "finding-sl-c-declared",
            questionnaire: String::new(),
            target: format!("{} ({})", x.component, x.zone),
            requirement: format!("FR {fr}"),
            title: format!("{}: {source}", c.name),
            current: format!("SL-C {level}"),
            wanted: format!("SL-T {}", x.sl_t),
        });
    }
}

/// The gaps of one zone's, conduit's or component's level (`label`: SL-A or SL-C; `na`: its word
/// for "n/a") against its SL-T: each requirement not met that the SL-T needs. Returns how many
/// it needs that are not answered yet (open work, not findings).
fn level_findings(
    findings: &mut Vec<Finding>,
    sl: &SecurityLevelResult,
    (label, na): (&str, &str),
    title_of: &dyn Fn(&str, &str) -> String,
) -> usize {
    let mut not_assessed = 0;
    for g in &sl.to_close {
        if g.state == Fulfilment::Unanswered {
            not_assessed += 1;
            continue;
        }
        let i = usize::from(g.fr.clamp(1, 7) - 1);
        findings.push(Finding {
            rank: (1, g.min_sl, usize::from(g.fr)),
            kind: "finding-sl",
            questionnaire: sl.questionnaire.clone(),
            target: sl.target.clone(),
            requirement: g.requirement.clone(),
            title: title_of(&sl.questionnaire, &g.requirement),
            current: format!("{label} {}", level_text(sl.sl_a[i], na)),
            wanted: format!("SL-T {}", sl.sl_t.map(|t| t[i]).unwrap_or(0)),
        });
    }
    not_assessed
}
