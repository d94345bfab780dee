//! What the results say must change, one answer at a time: a "need" is an answer that holds a zone
//! or conduit below its SL-T (or an assessed component below its zone's SL-T), or a maturity
//! requirement below its target, with the phase of the plan in which it is closed.
//!
//! The phase rule (docs/planning.md):
//! - A 3-3 requirement of FR f not yet satisfied in a zone or conduit with SL-A a in f and SL-T t
//!   (its min_sl m is then above a, and it is needed when m <= t) is closed in phase m - a: phase 1
//!   holds what lifts every FR one level, phase 2 the level after, up to SL-T.
//! - A maturity requirement at level l below its target T is closed in phase T - l: the phase in
//!   which it reaches its target.

use crate::assessment::{AnswerId, Assessment};
use crate::scoring::maturity::RequirementState;
use crate::scoring::{Fulfilment, Score};

/// One answer that must change, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Need {
    pub answer: AnswerId,
    pub phase: u8,
    pub kind: NeedKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NeedKind {
    /// Part of the step of `fr` of the zone or conduit to `level` (its min_sl).
    SecurityLevel { fr: u8, level: u8, unanswered: bool },
    /// A maturity requirement of `group` at `level` (0 = not implemented) below `target`.
    Maturity { group: String, level: u8, target: u8 },
}

impl Need {
    /// The proposal this need is grouped into: one per 3-3 requirement across the zones and
    /// conduits that need it; one per maturity group.
    pub fn proposal_key(&self) -> String {
        match &self.kind {
            NeedKind::SecurityLevel { .. } => format!("{} {}", self.answer.questionnaire, self.answer.requirement),
            NeedKind::Maturity { group, .. } => format!("{} group {group}", self.answer.questionnaire),
        }
    }
}

/// Every need of the scored assessment, in the order of the results (questionnaire, zone or
/// conduit, FR, level, requirement; then maturity by questionnaire and requirement).
pub fn needs(score: &Score) -> Vec<Need> {
    let mut out = Vec::new();
    // Zones and conduits (SL-A), then the components assessed with 62443-4-2 (SL-C against their
    // zone's SL-T): the same rule, the component being the answers' target.
    let assessed_components = score.components.iter().filter_map(|c| c.assessed.as_ref());
    for result in score.security_levels.iter().chain(assessed_components) {
        if result.sl_t.is_none() {
            continue;
        }
        for item in &result.to_close {
            let Some(achieved) = result.sl_a[usize::from(item.fr - 1)] else {
                continue;
            };
            out.push(Need {
                answer: AnswerId::new(&result.questionnaire, Some(&result.target), &item.requirement),
                phase: item.min_sl.saturating_sub(achieved).max(1),
                kind: NeedKind::SecurityLevel {
                    fr: item.fr,
                    level: item.min_sl,
                    unanswered: item.state == Fulfilment::Unanswered,
                },
            });
        }
    }
    for profile in &score.maturity {
        for r in &profile.requirements {
            if let RequirementState::Level(level) = r.state
                && level < r.target
            {
                out.push(Need {
                    answer: AnswerId::new(&profile.questionnaire, None, &r.requirement),
                    phase: r.target - level,
                    kind: NeedKind::Maturity {
                        group: r.group.clone(),
                        level,
                        target: r.target,
                    },
                });
            }
        }
    }
    out
}

/// The scenarios aimed at `target` through `fr` (a scenario naming no FR acts through all).
pub fn scenarios_through<'a>(a: &'a Assessment, target: &'a str, fr: u8) -> impl Iterator<Item = &'a str> {
    a.scenarios
        .iter()
        .filter(move |s| s.target == target && (s.frs.is_empty() || s.frs.contains(&fr)))
        .map(|s| s.id.as_str())
}

/// Whether the scenario's risk is intolerable as it stands: its residual risk where one is
/// recorded, else its unmitigated risk, above the tolerable line.
pub fn intolerable(score: &Score, scenario: &str) -> bool {
    score
        .risks
        .iter()
        .find(|r| r.scenario == scenario)
        .is_some_and(is_intolerable)
}

/// The rule of [`intolerable`] for one scored scenario.
pub fn is_intolerable(r: &crate::scoring::ScenarioRisk) -> bool {
    !r.residual_tolerable.unwrap_or(r.unmitigated_tolerable)
}
