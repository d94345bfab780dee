//! Maturity profiles (62443-2-1, 2-4): per requirement the level achieved; per group and overall
//! the minimum, mean, distribution, and how many requirements meet their target. Not applicable is
//! left out; unanswered is counted apart and never as zero.

use crate::assessment::Assessment;
use crate::catalog::{Catalog, Questionnaire, ScaleKind};
use serde::Serialize;

/// How one requirement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "state", content = "level")]
pub enum RequirementState {
    Unanswered,
    NotApplicable,
    /// The level achieved (0 = not implemented).
    Level(u8),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaturityStats {
    /// Requirements counted (answered with a level).
    pub answered: usize,
    pub unanswered: usize,
    pub not_applicable: usize,
    pub min: Option<u8>,
    pub mean: Option<f64>,
    /// How many requirements stand at level 0, 1, 2, 3, 4.
    pub distribution: [usize; 5],
    /// How many answered requirements reach their target.
    pub meeting_target: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupMaturity {
    pub group: String,
    /// 0 for top-level groups.
    pub depth: usize,
    pub target: u8,
    #[serde(flatten)]
    pub stats: MaturityStats,
    /// The answered requirements below target: what holds this group down.
    pub below_target: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementMaturity {
    pub requirement: String,
    pub group: String,
    pub target: u8,
    #[serde(flatten)]
    pub state: RequirementState,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaturityProfile {
    pub questionnaire: String,
    pub overall: MaturityStats,
    pub groups: Vec<GroupMaturity>,
    pub requirements: Vec<RequirementMaturity>,
}

fn stats<'a>(items: impl Iterator<Item = &'a RequirementMaturity>) -> MaturityStats {
    let mut s = MaturityStats {
        answered: 0,
        unanswered: 0,
        not_applicable: 0,
        min: None,
        mean: None,
        distribution: [0; 5],
        meeting_target: 0,
    };
    let mut sum = 0u32;
    for r in items {
        match r.state {
            RequirementState::Unanswered => s.unanswered += 1,
            RequirementState::NotApplicable => s.not_applicable += 1,
            RequirementState::Level(l) => {
                s.answered += 1;
                sum += u32::from(l);
                s.distribution[usize::from(l.min(4))] += 1;
                s.min = Some(s.min.map_or(l, |m| m.min(l)));
                if l >= r.target {
                    s.meeting_target += 1;
                }
            }
        }
    }
    if s.answered > 0 {
        s.mean = Some(f64::from(sum) / s.answered as f64);
    }
    s
}

fn depth(q: &Questionnaire, group: &str) -> usize {
    let mut d = 0;
    let mut current = q.group(group).and_then(|g| g.parent.as_deref());
    while let Some(p) = current {
        d += 1;
        current = q.group(p).and_then(|g| g.parent.as_deref());
        if d > q.groups.len() {
            break;
        }
    }
    d
}

/// The ancestors of a group, nearest first, starting with the group itself.
fn lineage<'a>(q: &'a Questionnaire, group: &'a str) -> Vec<&'a str> {
    let mut out = vec![group];
    let mut current = q.group(group).and_then(|g| g.parent.as_deref());
    while let Some(p) = current {
        if out.contains(&p) {
            break;
        }
        out.push(p);
        current = q.group(p).and_then(|g| g.parent.as_deref());
    }
    out
}

/// The maturity profile of one maturity questionnaire, or None for other kinds.
pub fn profile(a: &Assessment, catalog: &Catalog, q: &Questionnaire) -> Option<MaturityProfile> {
    if catalog.scale(&q.scale)?.kind != ScaleKind::Maturity {
        return None;
    }
    let answers = a.answers_for(&q.id, None);
    let requirements: Vec<RequirementMaturity> = q
        .requirements
        .iter()
        .map(|r| {
            let target = a.targets.maturity_for(&q.id, lineage(q, &r.group).into_iter());
            let state = match super::credited(catalog, r, super::find(answers, &r.id)) {
                None => RequirementState::Unanswered,
                Some(v) if v.not_applicable => RequirementState::NotApplicable,
                Some(v) => RequirementState::Level(v.level.unwrap_or(0)),
            };
            RequirementMaturity {
                requirement: r.id.clone(),
                group: r.group.clone(),
                target,
                state,
            }
        })
        .collect();
    let groups = q
        .groups
        .iter()
        .map(|g| {
            let within: Vec<&RequirementMaturity> = requirements
                .iter()
                .filter(|r| q.group_within(&r.group, &g.id))
                .collect();
            let below_target = within
                .iter()
                .filter(|r| matches!(r.state, RequirementState::Level(l) if l < r.target))
                .map(|r| r.requirement.clone())
                .collect();
            GroupMaturity {
                group: g.id.clone(),
                depth: depth(q, &g.id),
                target: a.targets.maturity_for(&q.id, lineage(q, &g.id).into_iter()),
                stats: stats(within.into_iter()),
                below_target,
            }
        })
        .collect();
    Some(MaturityProfile {
        questionnaire: q.id.clone(),
        overall: stats(requirements.iter()),
        groups,
        requirements,
    })
}
