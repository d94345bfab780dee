//! Capability security levels (SL-C, 62443-4-2) of the components, and the zone check: which
//! components keep a zone from its SL-T.
//!
//! A component's SL-C per FR is
//! - **assessed** when 62443-4-2 is in scope and at least one of its requirements has an answer
//!   for the component: computed exactly as SL-A is ([`security_level::evaluate`]), over the
//!   requirements asked of the component's type; the common constraints (CCSC 1-4) apply at every
//!   level, so one that is not satisfied (or not answered) holds every FR at 0;
//! - otherwise **declared**, as the supplier's claim records it (certificate or statement);
//! - otherwise **unknown**: never assumed capable.
//!
//! The zone check compares, per zone with an SL-T and per FR, each component's SL-C with the SL-T.
//! As for SL-A, a level below target only because requirements are not answered yet is open work
//! ([`Standing::Unassessed`]), not a shortfall.

use super::countermeasures::Cover;
use super::risk::SlTarget;
use super::security_level::{self, Fulfilment, GapItem, SecurityLevelResult, SlAchieved, Standing};
use crate::assessment::{Assessment, Component, Declared, SlVector};
use crate::catalog::{Catalog, ComponentType, Questionnaire};
use serde::Serialize;

/// Where the SL-C that counts comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    Assessed,
    Declared,
    Unknown,
}

/// One component's SL-C.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Capability {
    pub component: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: ComponentType,
    /// The zone it sits in; empty when not placed.
    pub zone: String,
    pub source: Source,
    /// The SL-C that counts, per FR (`None` in an FR where nothing is asked of it or all is not
    /// applicable); `None` as a whole when unknown.
    pub sl_c: Option<SlAchieved>,
    /// The assessed result (from the 4-2 answers), when there is one: what holds each FR down,
    /// answered and applicable counts, and, against the zone's SL-T, what closes the gap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessed: Option<SecurityLevelResult>,
    /// The common constraints (CCSC) not satisfied or not answered: each holds every FR at 0.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub constraints_open: Vec<(String, Fulfilment)>,
    /// The supplier's claim, shown beside an assessed SL-C too.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::assessment::component::declared_json"
    )]
    pub declared: Option<Declared>,
}

impl Capability {
    /// How FR `fr` of this component stands against `sl_t` (the SL-T of its zone in that FR).
    pub fn standing(&self, fr: u8, sl_t: u8) -> Standing {
        let Some(levels) = &self.sl_c else {
            return Standing::Unassessed;
        };
        let level = levels[usize::from(fr.clamp(1, 7) - 1)];
        if level.is_none_or(|l| l >= sl_t) {
            return Standing::Reached;
        }
        match &self.assessed {
            Some(result) => result.standing(fr),
            None => Standing::Short,
        }
    }
}

/// The questionnaire that assesses components (4-2), when the assessment has it in scope.
pub fn questionnaire<'c>(a: &Assessment, catalog: &'c Catalog) -> Option<&'c Questionnaire> {
    a.assessment
        .questionnaires
        .iter()
        .filter_map(|id| catalog.questionnaire(id))
        .find(|q| q.gives_sl_c())
}

/// The SL-C of component `c`; `sl_t` (its zone's) makes the assessed result list what closes the
/// gap.
pub fn capability(
    a: &Assessment,
    catalog: &Catalog,
    cover: &Cover,
    c: &Component,
    sl_t: Option<SlVector>,
) -> Capability {
    let assessed_by =
        questionnaire(a, catalog).filter(|q| a.answers_for(&q.id, Some(&c.id)).iter().any(|x| x.value.is_some()));
    let mut constraints_open = Vec::new();
    let assessed = assessed_by.map(|q| {
        let states = security_level::fulfilments(a, catalog, cover, q, &c.id);
        let mut result = security_level::evaluate_states(&q.id, &c.id, &states, sl_t);
        constraints_open = states
            .into_iter()
            .filter(|(r, s)| r.fr.is_none() && matches!(s, Fulfilment::NotSatisfied | Fulfilment::Unanswered))
            .map(|(r, s)| (r.id.clone(), s))
            .collect();
        if !constraints_open.is_empty() {
            hold_at_zero(&mut result, &constraints_open);
        }
        result
    });
    let (source, sl_c) = match (&assessed, &c.declared) {
        (Some(r), _) => (Source::Assessed, Some(r.sl_a)),
        (None, Some(d)) => (Source::Declared, Some(d.sl_c.map(Some))),
        (None, None) => (Source::Unknown, None),
    };
    Capability {
        component: c.id.clone(),
        name: c.name.clone(),
        kind: c.kind,
        zone: c.zone.clone(),
        source,
        sl_c,
        assessed,
        constraints_open,
        declared: c.declared.clone(),
    }
}

/// A common constraint not met holds every FR at 0: the levels, what holds them down, the gap,
/// and what closes it (each open constraint, in every FR with a target above 0, as a requirement
/// of the lowest level; so the plan proposes it and the zone check sees a constraint not met).
fn hold_at_zero(result: &mut SecurityLevelResult, open: &[(String, Fulfilment)]) {
    for (i, level) in result.sl_a.iter_mut().enumerate() {
        if level.is_some() {
            *level = Some(0);
            if let Some(t) = result.sl_t {
                result.gap[i] = t[i];
            }
        }
    }
    for fr in &mut result.frs {
        if fr.achieved.is_some() {
            fr.achieved = Some(0);
            fr.holding_down = open.iter().map(|(id, _)| id.clone()).collect();
        }
    }
    let Some(t) = result.sl_t else { return };
    for fr in 1..=7u8 {
        let i = usize::from(fr - 1);
        if t[i] == 0 || result.sl_a[i].is_none() {
            continue;
        }
        for (id, state) in open {
            result.to_close.push(GapItem {
                requirement: id.clone(),
                fr,
                min_sl: 1,
                state: *state,
            });
        }
    }
    security_level::sort_gaps(&mut result.to_close);
}

/// The SL-C of every component, in id order, each against its zone's SL-T.
pub fn capabilities(a: &Assessment, catalog: &Catalog, cover: &Cover, sl_targets: &[SlTarget]) -> Vec<Capability> {
    a.components
        .iter()
        .map(|c| {
            let sl_t = sl_targets.iter().find(|t| t.target == c.zone).map(|t| t.vector);
            capability(a, catalog, cover, c, sl_t)
        })
        .collect()
}

/// A component that keeps its zone from the SL-T in one FR, or whose SL-C nobody knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shortfall {
    pub zone: String,
    pub component: String,
    /// The FR (1-7); `None` for a component with no known SL-C (it concerns every FR).
    pub fr: Option<u8>,
    /// The component's SL-C in that FR.
    pub sl_c: Option<u8>,
    /// The zone's SL-T in that FR (the highest over the FRs for an unknown SL-C).
    pub sl_t: u8,
    /// Short: below target; Unassessed: below only because 4-2 answers are missing, or unknown.
    #[serde(serialize_with = "standing_word")]
    pub standing: Standing,
}

fn standing_word<S: serde::Serializer>(s: &Standing, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(match s {
        Standing::Short => "below",
        Standing::Unassessed => "not-assessed",
        Standing::Reached => "reached",
        Standing::NoTarget => "no-target",
    })
}

/// Per zone with an SL-T (in the assessment's order), per FR: the components below it, then
/// those with no known SL-C.
pub fn zone_check(a: &Assessment, capabilities: &[Capability], sl_targets: &[SlTarget]) -> Vec<Shortfall> {
    let mut out = Vec::new();
    for zone in &a.zones {
        let Some(sl_t) = sl_targets.iter().find(|t| t.target == zone.id).map(|t| t.vector) else {
            continue;
        };
        let here: Vec<&Capability> = capabilities.iter().filter(|c| c.zone == zone.id).collect();
        for fr in 1..=7u8 {
            let target = sl_t[usize::from(fr - 1)];
            for c in here.iter().filter(|c| c.sl_c.is_some()) {
                let standing = c.standing(fr, target);
                if standing != Standing::Reached {
                    out.push(Shortfall {
                        zone: zone.id.clone(),
                        component: c.component.clone(),
                        fr: Some(fr),
                        sl_c: c.sl_c.and_then(|v| v[usize::from(fr - 1)]),
                        sl_t: target,
                        standing,
                    });
                }
            }
        }
        let highest = sl_t.iter().copied().max().unwrap_or(0);
        for c in here.iter().filter(|c| c.sl_c.is_none() && highest > 0) {
            out.push(Shortfall {
                zone: zone.id.clone(),
                component: c.component.clone(),
                fr: None,
                sl_c: None,
                sl_t: highest,
                standing: Standing::Unassessed,
            });
        }
    }
    out
}
