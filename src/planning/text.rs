//! The plan's words, in the texts' language: titles of proposed actions, the stages of a
//! projection, and the line that says what a zone or conduit reaches. Shared by the command line,
//! the interface and the workbook so that they say the same.

use super::Why;
use super::projection::{ProjectedLevel, Stage};
use super::propose::{Proposal, Subject};
use crate::assessment::{ActionStatus, FR_NAMES};
use crate::catalog::Catalog;
use crate::catalog::ids::natural_cmp;
use crate::i18n::Texts;
use crate::scoring::security_level::achieved_text;
use fluent_bundle::FluentValue;
use std::collections::BTreeMap;

/// The title of a proposed action: the requirement with its title ("SR 1.2 Software process and
/// device identification and authentication"), or "Raise ORG 1 ... to ML3" for a maturity group.
pub fn proposal_title(catalog: &Catalog, texts: &Texts, p: &Proposal) -> String {
    let q = catalog.questionnaire(&p.questionnaire);
    match &p.subject {
        Subject::Requirement(r) => {
            let title = q
                .and_then(|q| q.requirement(r))
                .map(|x| texts.get(&p.questionnaire, &x.key, Some("title")))
                .unwrap_or_default();
            format!("{r} {title}").trim().to_string()
        }
        Subject::Group { id, target } => {
            let title = q
                .and_then(|q| q.groups.iter().find(|g| &g.id == id))
                .map(|g| texts.get(&p.questionnaire, &g.key, Some("title")))
                .unwrap_or_default();
            texts.ui_with(
                "plan-title-maturity",
                &[
                    ("group", FluentValue::from(id.as_str())),
                    ("title", FluentValue::from(title)),
                    ("level", FluentValue::from(u32::from(*target))),
                ],
            )
        }
    }
}

/// "now", "after phase 2", "whole plan".
pub fn stage_label(texts: &Texts, stage: Stage) -> String {
    match stage {
        Stage::Now => texts.ui("plan-stage-now"),
        Stage::AfterPhase(n) => texts.ui_with("plan-stage-phase", &[("phase", FluentValue::from(u32::from(n)))]),
        Stage::WholePlan => texts.ui("plan-stage-whole"),
    }
}

/// "Z-SCADA SL-A {3 3 2 2 3 2 3}, SL-T reached in 5 of 7 FRs" (without SL-T: the vector only).
pub fn level_line(texts: &Texts, level: &ProjectedLevel) -> String {
    let vector = achieved_text(&level.sl_a, &texts.ui("label-sl-na"));
    let (with_target, without) = if level.capability {
        ("plan-level-line-sl-c", "plan-level-line-sl-c-no-target")
    } else {
        ("plan-level-line", "plan-level-line-no-target")
    };
    match level.sl_t {
        Some(_) => texts.ui_with(
            with_target,
            &[
                ("target", FluentValue::from(level.target.as_str())),
                ("vector", FluentValue::from(vector)),
                ("reached", FluentValue::from(level.reached as u32)),
                ("of", FluentValue::from(level.of as u32)),
            ],
        ),
        None => texts.ui_with(
            without,
            &[
                ("target", FluentValue::from(level.target.as_str())),
                ("vector", FluentValue::from(vector)),
            ],
        ),
    }
}

/// The status in words ("in progress").
pub fn status_label(texts: &Texts, status: ActionStatus) -> String {
    texts.ui(status.message())
}

/// What an action lifts, one entry per zone or conduit in natural order, each FR at the highest
/// level it is lifted to: ["Z-CTRL IAC→2, RDF→2", "Z-SCADA IAC→3"]. The same words in the command
/// line, the interface and the exports.
pub fn lifts(why: &Why) -> Vec<String> {
    let mut by_target: BTreeMap<&str, BTreeMap<u8, u8>> = BTreeMap::new();
    for l in &why.lifts {
        let to = by_target.entry(&l.target).or_default().entry(l.fr).or_default();
        *to = (*to).max(l.to);
    }
    let mut targets: Vec<(&str, BTreeMap<u8, u8>)> = by_target.into_iter().collect();
    targets.sort_by(|x, y| natural_cmp(x.0, y.0));
    targets
        .iter()
        .map(|(t, frs)| {
            let steps: Vec<String> = frs
                .iter()
                .map(|(fr, to)| {
                    let name = FR_NAMES.get(usize::from(*fr).wrapping_sub(1)).copied().unwrap_or("FR");
                    format!("{name}→{to}")
                })
                .collect();
            format!("{t} {}", steps.join(", "))
        })
        .collect()
}

/// The maturity groups an action raises: ["iec62443-2-1 ORG 1→ML3"].
pub fn raises(why: &Why) -> Vec<String> {
    why.raises
        .iter()
        .map(|r| format!("{} {}→ML{}", r.questionnaire, r.group, r.to))
        .collect()
}
