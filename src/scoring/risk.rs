//! Risk (62443-3-2): each threat scenario's unmitigated and residual risk on the assessment's own
//! risk matrix, whether it is tolerable, and the SL-T of each zone and conduit derived from the
//! scenarios by the chosen method, with the reason for every FR recorded.

use crate::assessment::{Assessment, SlVector};
use crate::catalog::risk_model::{RiskModel, SlTMethod};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScenarioRisk {
    pub scenario: String,
    pub target: String,
    pub unmitigated: String,
    pub unmitigated_tolerable: bool,
    pub residual: Option<String>,
    pub residual_tolerable: Option<bool>,
}

/// Why one FR of an SL-T has its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum SlReason {
    /// No scenario aims at this zone or conduit through this FR.
    NoScenario,
    /// Set by this scenario under the method: `by` is the risk level (risk-reduction) or the threat
    /// actor (threat-actor) that gave the level.
    Scenario {
        scenario: String,
        rule: SlTMethod,
        by: String,
    },
    /// Capped by a risk-model adjustment.
    Adjustment { adjustment: String },
    /// Set by hand, with the justification.
    Override { justification: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SlTarget {
    pub target: String,
    pub method: SlTMethod,
    pub vector: SlVector,
    pub reasons: Vec<SlReason>,
    pub overridden: bool,
}

pub fn scenario_risks(a: &Assessment, model: &RiskModel) -> Vec<ScenarioRisk> {
    a.scenarios
        .iter()
        .filter_map(|s| {
            let u = model.risk_level(s.likelihood, s.impact)?;
            let residual = match (s.residual_likelihood, s.residual_impact) {
                (Some(l), Some(i)) => model.risk_level(l, i),
                _ => None,
            };
            Some(ScenarioRisk {
                scenario: s.id.clone(),
                target: s.target.clone(),
                unmitigated: u.id.clone(),
                unmitigated_tolerable: u.tolerable,
                residual: residual.map(|r| r.id.clone()),
                residual_tolerable: residual.map(|r| r.tolerable),
            })
        })
        .collect()
}

/// The SL-T of one zone or conduit.
pub fn sl_target(a: &Assessment, model: &RiskModel, target: &str) -> SlTarget {
    let method = a.targets.sl_t_method;
    let (adjustments, manual) = match (a.zone(target), a.conduit(target)) {
        (Some(z), _) => (z.adjustments.as_slice(), z.sl_t.as_ref()),
        (None, Some(c)) => (c.adjustments.as_slice(), c.sl_t.as_ref()),
        _ => (&[][..], None),
    };
    if let Some(o) = manual {
        return SlTarget {
            target: target.to_string(),
            method,
            vector: o.vector,
            reasons: vec![
                SlReason::Override {
                    justification: o.justification.clone()
                };
                7
            ],
            overridden: true,
        };
    }
    let mut vector = [0u8; 7];
    let mut reasons = vec![SlReason::NoScenario; 7];
    for s in a.scenarios.iter().filter(|s| s.target == target) {
        let (sl, rule) = match method {
            SlTMethod::RiskReduction => match model.risk_level(s.likelihood, s.impact) {
                Some(l) => (l.sl, l.id.clone()),
                None => continue,
            },
            SlTMethod::ThreatActor => match s.threat_actor.as_deref().and_then(|t| model.threat_actor(t)) {
                Some(actor) => (actor.sl, actor.id.clone()),
                None => continue,
            },
        };
        for fr in 1..=7u8 {
            if !s.frs.is_empty() && !s.frs.contains(&fr) {
                continue;
            }
            let i = usize::from(fr - 1);
            if sl > vector[i] {
                vector[i] = sl;
                reasons[i] = SlReason::Scenario {
                    scenario: s.id.clone(),
                    rule: method,
                    by: rule.clone(),
                };
            }
        }
    }
    for id in adjustments {
        if let Some(adj) = model.adjustment(id) {
            let i = usize::from(adj.fr.clamp(1, 7) - 1);
            if vector[i] > adj.max_sl {
                vector[i] = adj.max_sl;
                reasons[i] = SlReason::Adjustment {
                    adjustment: adj.id.clone(),
                };
            }
        }
    }
    SlTarget {
        target: target.to_string(),
        method,
        vector,
        reasons,
        overridden: false,
    }
}

/// The SL-T of a zone or conduit set by hand, for assessments without a risk model.
pub fn manual_target(a: &Assessment, target: &str) -> Option<SlTarget> {
    let o = a
        .zone(target)
        .and_then(|z| z.sl_t.as_ref())
        .or_else(|| a.conduit(target).and_then(|c| c.sl_t.as_ref()))?;
    Some(SlTarget {
        target: target.to_string(),
        method: a.targets.sl_t_method,
        vector: o.vector,
        reasons: vec![
            SlReason::Override {
                justification: o.justification.clone()
            };
            7
        ],
        overridden: true,
    })
}
