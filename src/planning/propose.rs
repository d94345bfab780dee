//! Proposals from the results: the needs grouped into actions (one per 3-3 requirement across the
//! zones and conduits that need it, one per maturity group), put into the assessment as
//! `proposed` actions. Proposing again refreshes the earlier proposals and never touches an
//! action someone accepted (or dropped): what such an action addresses is left out of new ones.

use super::needs::{Need, NeedKind, scenarios_through};
use crate::assessment::action::{Action, ActionStatus, Addressed};
use crate::assessment::{AnswerId, Assessment};
use crate::catalog::ids::natural_cmp;
use jiff::Timestamp;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// A proposed action before it is put into the assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// What it is proposed for ([`Need::proposal_key`]); kept in the action as `proposal`.
    pub key: String,
    pub questionnaire: String,
    /// The 3-3 requirement, or the maturity group.
    pub subject: Subject,
    /// The earliest phase any of its needs falls in (3-3); the phase in which the group reaches its
    /// target (maturity).
    pub phase: u8,
    /// The scenarios aimed at its zones and conduits through the FR it lifts.
    pub scenarios: Vec<String>,
    pub needs: Vec<Need>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Requirement(String),
    Group { id: String, target: u8 },
}

impl Proposal {
    /// What it addresses, as an action records it.
    pub fn addresses(&self) -> Vec<Addressed> {
        let mut by_requirement: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for n in &self.needs {
            let targets = by_requirement.entry(n.answer.requirement.as_str()).or_default();
            if let Some(t) = &n.answer.target {
                targets.push(t.clone());
            }
        }
        let mut out: Vec<Addressed> = by_requirement
            .into_iter()
            .map(|(requirement, targets)| Addressed {
                questionnaire: self.questionnaire.clone(),
                requirement: requirement.to_string(),
                targets,
            })
            .collect();
        // In the order the file keeps (action::sort), so that proposing again finds no change
        // where there is none.
        for x in &mut out {
            x.targets.sort_by(|p, q| natural_cmp(p, q));
            x.targets.dedup();
        }
        out.sort_by(|x, y| natural_cmp(&x.requirement, &y.requirement));
        out
    }
}

/// The needs grouped into proposals, in the natural order of their keys ("SR 1.2" before "SR 1.13").
pub fn proposals(a: &Assessment, needs: &[Need]) -> Vec<Proposal> {
    let mut grouped: BTreeMap<String, Vec<&Need>> = BTreeMap::new();
    for n in needs {
        grouped.entry(n.proposal_key()).or_default().push(n);
    }
    let mut grouped: Vec<(String, Vec<&Need>)> = grouped.into_iter().collect();
    grouped.sort_by(|x, y| natural_cmp(&x.0, &y.0));
    grouped
        .into_iter()
        .filter_map(|(key, list)| {
            let first = list.first()?;
            let (subject, phase) = match &first.kind {
                NeedKind::SecurityLevel { .. } => (
                    Subject::Requirement(first.answer.requirement.clone()),
                    list.iter().map(|n| n.phase).min()?,
                ),
                NeedKind::Maturity { group, target, .. } => (
                    Subject::Group {
                        id: group.clone(),
                        target: *target,
                    },
                    list.iter().map(|n| n.phase).max()?,
                ),
            };
            let mut scenarios = BTreeSet::new();
            for n in &list {
                if let (NeedKind::SecurityLevel { fr, .. }, Some(t)) = (&n.kind, &n.answer.target) {
                    scenarios.extend(scenarios_through(a, t, *fr).map(str::to_string));
                }
            }
            let mut scenarios: Vec<String> = scenarios.into_iter().collect();
            scenarios.sort_by(|x, y| natural_cmp(x, y));
            Some(Proposal {
                key,
                questionnaire: first.answer.questionnaire.clone(),
                subject,
                phase,
                scenarios,
                needs: list.into_iter().cloned().collect(),
            })
        })
        .collect()
}

/// What proposing did to the plan.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Proposed {
    /// New proposed actions.
    pub added: Vec<String>,
    /// Earlier proposals brought up to date (what they address, phase, scenarios).
    pub updated: Vec<String>,
    /// Earlier proposals no longer needed (their gaps are closed or taken up by accepted actions).
    pub removed: Vec<String>,
    /// Answers left out of proposals because an accepted action addresses them.
    pub in_accepted: usize,
    /// Answers left out because a dropped action addresses them.
    pub in_dropped: usize,
}

/// Put `proposals` into `a` as proposed actions, titled by `title`, recorded as by `by` at `now`.
pub fn apply(
    a: &mut Assessment,
    proposals: Vec<Proposal>,
    title: &dyn Fn(&Proposal) -> String,
    by: &str,
    now: Timestamp,
) -> Proposed {
    let mut out = Proposed::default();
    let decided = |status: ActionStatus| status != ActionStatus::Proposed;
    let mut accepted: HashSet<AnswerId> = HashSet::new();
    let mut dropped: HashSet<AnswerId> = HashSet::new();
    for x in a.actions.iter().filter(|x| decided(x.status)) {
        let set = if x.status == ActionStatus::Dropped {
            &mut dropped
        } else {
            &mut accepted
        };
        set.extend(x.answer_ids());
    }
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    for mut p in proposals {
        p.needs.retain(|n| {
            if accepted.contains(&n.answer) {
                out.in_accepted += 1;
                false
            } else if dropped.contains(&n.answer) {
                out.in_dropped += 1;
                false
            } else {
                true
            }
        });
        if p.needs.is_empty() {
            continue;
        }
        wanted.insert(p.key.clone());
        let earlier = a
            .actions
            .iter()
            .position(|x| x.status == ActionStatus::Proposed && x.proposal == p.key);
        match earlier {
            Some(i) => {
                let x = &mut a.actions[i];
                let (addresses, phase, scenarios) = (p.addresses(), Some(p.phase), p.scenarios.clone());
                if x.addresses != addresses || x.phase != phase || x.scenarios != scenarios {
                    x.addresses = addresses;
                    x.phase = phase;
                    x.scenarios = scenarios;
                    out.updated.push(x.id.clone());
                }
            }
            None => {
                let id = a.next_action_id();
                let mut x = Action::new(&id, &title(&p), ActionStatus::Proposed, by, now);
                x.proposal = p.key.clone();
                x.phase = Some(p.phase);
                x.scenarios = p.scenarios.clone();
                x.addresses = p.addresses();
                a.actions.push(x);
                out.added.push(id);
            }
        }
    }
    a.actions.retain(|x| {
        let stale = x.status == ActionStatus::Proposed && !x.proposal.is_empty() && !wanted.contains(&x.proposal);
        if stale {
            out.removed.push(x.id.clone());
        }
        !stale
    });
    crate::assessment::action::sort(&mut a.actions);
    out
}
