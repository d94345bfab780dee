//! Risk (62443-3-2): each threat scenario's unmitigated and residual risk on the assessment's own
//! risk matrix, whether it is tolerable, and the SL-T of each zone and conduit derived from the
//! scenarios by the chosen method, with the reason for every FR recorded.

use crate::assessment::{Assessment, Scenario, SlOverride, SlVector};
use crate::catalog::risk_model::{ConsequenceFloor, RiskModel, SlTMethod};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScenarioRisk {
    pub scenario: String,
    pub target: String,
    pub unmitigated: String,
    pub unmitigated_tolerable: bool,
    pub residual: Option<String>,
    pub residual_tolerable: Option<bool>,
}

/// Which of a scenario's ratings a risk matrix shows (the zones screen, the workbook).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    Unmitigated,
    Residual,
}

impl Rating {
    /// Where the scenario sits (likelihood, impact); None for a residual risk not rated.
    pub fn cell(self, s: &Scenario) -> Option<(u8, u8)> {
        match self {
            Rating::Unmitigated => Some((s.likelihood, s.impact)),
            Rating::Residual => Some((s.residual_likelihood?, s.residual_impact?)),
        }
    }
}

/// Why one FR of an SL-T has its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum SlReason {
    /// No scenario aims at this zone or conduit through this FR (only for assessments whose risk
    /// model says nothing else; with a model the floor below applies).
    NoScenario,
    /// Set by this scenario under the method: `by` is the risk level (risk-level, risk-reduction)
    /// or the threat actor (threat-actor) that gave the level; `steps` how far the unmitigated risk
    /// lies above the tolerable line (risk-reduction).
    Scenario {
        scenario: String,
        rule: SlTMethod,
        by: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        steps: Option<usize>,
    },
    /// A scenario reaching a severe consequence: the model's floor for it.
    Consequence { floor: String, scenario: String },
    /// No scenario raises it above the model's tolerable level: the floor every target gets.
    Tolerable { sl: u8 },
    /// A conduit at least as strict as this zone it joins.
    Zone { zone: String },
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
    /// FRs (1-7) no threat scenario of the register reaches: their level is a floor or follows a
    /// zone, and a reviewer should know that nobody assessed them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unassessed: Vec<u8>,
    /// For a vector set by hand: what the risk model would derive, so the override can be judged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub derived: Option<SlVector>,
    /// For a vector set by hand: why the risk model would derive `derived`, FR by FR.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub derived_reasons: Vec<SlReason>,
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

/// The SL-T of every zone, then of every conduit (a conduit may follow its zones), in that order.
/// The scenarios and the zones are grouped by id once, rather than searched for each zone and
/// conduit; the result is what [`sl_target`] gives for each.
pub fn sl_targets(a: &Assessment, model: &RiskModel) -> Vec<SlTarget> {
    let mut aimed_at: HashMap<&str, Vec<&Scenario>> = HashMap::new();
    for s in &a.scenarios {
        aimed_at.entry(s.target.as_str()).or_default().push(s);
    }
    // The first zone and conduit of each id, as `Assessment::zone` and `conduit` find them.
    let mut places: HashMap<&str, Place> = HashMap::new();
    for c in a.conduits.iter().rev() {
        places.insert(&c.id, (&c.adjustments, c.sl_t.as_ref()));
    }
    for z in a.zones.iter().rev() {
        places.insert(&z.id, (&z.adjustments, z.sl_t.as_ref()));
    }
    let derive = |target: &str, ends: &[&SlTarget]| {
        let scenarios = aimed_at.get(target).map_or(&[][..], Vec::as_slice);
        let place = places.get(target).copied().unwrap_or((&[], None));
        derive_sl_target(a, model, target, place, scenarios, ends)
    };
    let zones: Vec<SlTarget> = a.zones.iter().map(|z| derive(&z.id, &[])).collect();
    let mut zone_index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, z) in a.zones.iter().enumerate() {
        zone_index.entry(z.id.as_str()).or_default().push(i);
    }
    let conduits: Vec<SlTarget> = a
        .conduits
        .iter()
        .map(|c| {
            // The zones it joins, in the zones' order.
            let mut ends: Vec<usize> = [&c.from, &c.to]
                .into_iter()
                .flat_map(|id| zone_index.get(id.as_str()).into_iter().flatten().copied())
                .collect();
            ends.sort_unstable();
            ends.dedup();
            let ends: Vec<&SlTarget> = ends.into_iter().map(|i| &zones[i]).collect();
            derive(&c.id, &ends)
        })
        .collect();
    zones.into_iter().chain(conduits).collect()
}

/// What an SL-T takes from its zone or conduit: the adjustments and the manual override.
type Place<'a> = (&'a [String], Option<&'a SlOverride>);

/// One FR's level while it is being derived, with the reason for it.
struct Level {
    sl: u8,
    reason: SlReason,
}

impl Level {
    /// Take `sl` with `reason` when it is higher than what stands.
    fn raise(&mut self, sl: u8, reason: impl FnOnce() -> SlReason) {
        if sl > self.sl {
            self.sl = sl;
            self.reason = reason();
        }
    }
}

/// The SL-T of one zone or conduit; `zones` are the SL-Ts of the zones a conduit joins (empty for
/// a zone). Per FR, in this order: the highest level any scenario through it asks for under the
/// method; consequence floors; the tolerable floor; for a conduit, the stricter of its zones; then
/// the adjustments cap single FRs. An override with its justification replaces all of it.
pub fn sl_target(a: &Assessment, model: &RiskModel, target: &str, zones: &[&SlTarget]) -> SlTarget {
    let place = match (a.zone(target), a.conduit(target)) {
        (Some(z), _) => (z.adjustments.as_slice(), z.sl_t.as_ref()),
        (None, Some(c)) => (c.adjustments.as_slice(), c.sl_t.as_ref()),
        _ => (&[][..], None),
    };
    let scenarios: Vec<_> = a.scenarios.iter().filter(|s| s.target == target).collect();
    derive_sl_target(a, model, target, place, &scenarios, zones)
}

/// [`sl_target`] with the zone or conduit's `place` and the `scenarios` aimed at it found.
fn derive_sl_target(
    a: &Assessment,
    model: &RiskModel,
    target: &str,
    (adjustments, manual): Place,
    scenarios: &[&Scenario],
    zones: &[&SlTarget],
) -> SlTarget {
    let method = a.targets.sl_t_method;
    let unassessed: Vec<u8> = (1..=7u8)
        .filter(|fr| !scenarios.iter().any(|s| s.frs.is_empty() || s.frs.contains(fr)))
        .collect();
    let mut levels: Vec<Level> = (0..7)
        .map(|_| Level {
            sl: 0,
            reason: SlReason::NoScenario,
        })
        .collect();
    for s in scenarios {
        let Some((sl, by, steps)) = scenario_level(model, method, s) else {
            continue;
        };
        for fr in acts_through(&s.frs) {
            levels[fr].raise(sl, || SlReason::Scenario {
                scenario: s.id.clone(),
                rule: method,
                by: by.clone(),
                steps,
            });
        }
    }
    for floor in &model.sl_t.consequence_floors {
        let Some(s) = scenarios.iter().find(|s| reaches(model, floor, s)) else {
            continue;
        };
        for fr in acts_through(&floor.frs) {
            levels[fr].raise(floor.sl, || SlReason::Consequence {
                floor: floor.id.clone(),
                scenario: s.id.clone(),
            });
        }
    }
    let tolerable = model.sl_t.tolerable_sl;
    for level in &mut levels {
        level.raise(tolerable, || SlReason::Tolerable { sl: tolerable });
    }
    if model.sl_t.conduits_follow_zones {
        for zone in zones {
            for (i, level) in levels.iter_mut().enumerate() {
                level.raise(zone.vector[i], || SlReason::Zone {
                    zone: zone.target.clone(),
                });
            }
        }
    }
    for id in adjustments {
        if let Some(adj) = model.adjustment(id) {
            let level = &mut levels[usize::from(adj.fr.clamp(1, 7) - 1)];
            if level.sl > adj.max_sl {
                level.sl = adj.max_sl;
                level.reason = SlReason::Adjustment {
                    adjustment: adj.id.clone(),
                };
            }
        }
    }
    let mut vector = [0u8; 7];
    for (slot, level) in vector.iter_mut().zip(&levels) {
        *slot = level.sl;
    }
    let reasons: Vec<SlReason> = levels.into_iter().map(|l| l.reason).collect();
    match manual {
        Some(o) => SlTarget {
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
            unassessed,
            derived: Some(vector),
            derived_reasons: reasons,
        },
        None => SlTarget {
            target: target.to_string(),
            method,
            vector,
            reasons,
            overridden: false,
            unassessed,
            derived: None,
            derived_reasons: Vec::new(),
        },
    }
}

/// The indexes (0-6) of the FRs a scenario or rule acts through; an empty list means all seven.
fn acts_through(frs: &[u8]) -> impl Iterator<Item = usize> + '_ {
    (1..=7u8)
        .filter(move |fr| frs.is_empty() || frs.contains(fr))
        .map(|fr| usize::from(fr - 1))
}

/// The level a scenario asks for under `method`, what gave it, and (risk-reduction) how many steps
/// its unmitigated risk lies above the tolerable line.
fn scenario_level(model: &RiskModel, method: SlTMethod, s: &Scenario) -> Option<(u8, String, Option<usize>)> {
    match method {
        SlTMethod::RiskLevel => {
            let level = model.risk_level(s.likelihood, s.impact)?;
            Some((level.sl, level.id.clone(), None))
        }
        SlTMethod::RiskReduction => {
            let level = model.risk_level(s.likelihood, s.impact)?;
            let steps = model.steps_above_tolerable(level);
            Some((model.sl_for_steps(steps), level.id.clone(), Some(steps)))
        }
        SlTMethod::ThreatActor => {
            let actor = model.threat_actor(s.threat_actor.as_deref()?)?;
            Some((actor.sl, actor.id.clone(), None))
        }
    }
}

/// Whether a scenario reaches the consequence a floor is about: its impact at or above the floor's
/// level, in the floor's category (any category when the floor names none).
fn reaches(model: &RiskModel, floor: &ConsequenceFloor, s: &Scenario) -> bool {
    let Some(needed) = model.impact.levels.iter().position(|l| *l == floor.impact) else {
        return false;
    };
    let in_category = floor.category.is_empty() || s.impact_categories.contains(&floor.category);
    usize::from(s.impact) > needed && in_category
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
        unassessed: Vec::new(),
        derived: None,
        derived_reasons: Vec::new(),
    })
}
