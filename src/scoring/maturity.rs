//! Maturity profiles (62443-2-1, 2-4): per requirement the level achieved; per group and overall
//! the minimum, mean, distribution, and how many requirements meet their target. Not applicable is
//! left out; unanswered is counted apart and never as zero.

use super::countermeasures::Cover;
use crate::assessment::Assessment;
use crate::catalog::{Catalog, Questionnaire, ScaleKind};
use serde::Serialize;

/// How one requirement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "state", content = "level")]
pub enum RequirementState {
    Unanswered,
    NotApplicable,
    /// A capability the service provider does not offer (62443-2-4), with its reason.
    NotOffered,
    /// The level achieved (0 = not implemented).
    Level(u8),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaturityStats {
    /// Requirements counted (answered with a level).
    pub answered: usize,
    pub unanswered: usize,
    pub not_applicable: usize,
    /// Answered "not offered" (62443-2-4): left out of the levels, like not applicable.
    pub not_offered: usize,
    pub min: Option<u8>,
    pub mean: Option<f64>,
    /// How many requirements stand at level 0, 1, 2, 3, 4.
    pub distribution: [usize; 5],
    /// How many answered requirements reach their target.
    pub meeting_target: usize,
}

impl MaturityStats {
    /// Every requirement counted here is answered not applicable (with its reason): the whole
    /// group or questionnaire does not apply, which is not the same as unanswered.
    pub fn all_not_applicable(&self) -> bool {
        self.not_applicable > 0 && self.not_offered == 0 && self.answered == 0 && self.unanswered == 0
    }

    /// Nothing counted here is offered: every requirement is answered "not offered" or not
    /// applicable, at least one of them not offered. Such an area has no level (not 0).
    pub fn none_offered(&self) -> bool {
        self.not_offered > 0 && self.answered == 0 && self.unanswered == 0
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupMaturity {
    pub group: String,
    /// 0 for top-level groups.
    pub depth: usize,
    /// The level asked for: the assessment's, the group's, or with a target profile the highest
    /// level the profile asks of any requirement of the group (0: the profile asks for nothing here).
    pub target: u8,
    #[serde(flatten)]
    pub stats: MaturityStats,
    /// False when every requirement of the group is answered not applicable (each with its
    /// reason): the group does not apply. A group with nothing answered applies (it is open).
    pub applies: bool,
    /// The answered requirements below target: what holds this group down.
    pub below_target: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementMaturity {
    pub requirement: String,
    pub group: String,
    /// The level asked for; 0: the chosen target profile does not ask for this requirement.
    pub target: u8,
    #[serde(flatten)]
    pub state: RequirementState,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaturityProfile {
    pub questionnaire: String,
    /// The asset owner's target profile the targets come from, if one is chosen: (id, title).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_profile: Option<(String, String)>,
    /// The services covered (62443-2-4), when the questionnaire names services and the
    /// assessment covers only one of them; requirements of the other are left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_scope: Option<crate::assessment::ServiceScope>,
    pub overall: MaturityStats,
    pub groups: Vec<GroupMaturity>,
    pub requirements: Vec<RequirementMaturity>,
}

/// Each group's target: without a target profile its own, else its nearest ancestor's, else the
/// assessment's; with a profile the highest level asked of any requirement within it.
fn group_targets(a: &Assessment, q: &Questionnaire, requirements: &[RequirementMaturity]) -> Vec<u8> {
    let tree = q.group_tree();
    let mut targets = vec![a.targets.maturity; q.groups.len()];
    if a.targets.profile.contains_key(&q.id) {
        targets.fill(0);
        for r in requirements {
            if let Some(i) = q.group_position(&r.group) {
                targets[i] = targets[i].max(r.target);
            }
        }
        // Deepest first, so a child's highest level reaches every ancestor.
        for &i in &tree.bottom_up {
            if let Some(p) = tree.parent[i] {
                targets[p] = targets[p].max(targets[i]);
            }
        }
        return targets;
    }
    let own = a.targets.maturity_groups.get(&q.id);
    // Parents are worked out before their children (top down), so this is one step per group.
    for &i in tree.bottom_up.iter().rev() {
        targets[i] = own
            .and_then(|m| m.get(&q.groups[i].id))
            .copied()
            .or_else(|| tree.parent[i].map(|p| targets[p]))
            .unwrap_or(a.targets.maturity);
    }
    targets
}

/// Statistics being gathered: merged from child groups into their parents.
#[derive(Clone, Default)]
struct Tally {
    answered: usize,
    unanswered: usize,
    not_applicable: usize,
    not_offered: usize,
    min: Option<u8>,
    sum: u64,
    distribution: [usize; 5],
    meeting_target: usize,
}

impl Tally {
    fn count(&mut self, r: &RequirementMaturity) {
        match r.state {
            RequirementState::Unanswered => self.unanswered += 1,
            RequirementState::NotApplicable => self.not_applicable += 1,
            RequirementState::NotOffered => self.not_offered += 1,
            RequirementState::Level(l) => {
                self.answered += 1;
                self.sum += u64::from(l);
                self.distribution[usize::from(l.min(4))] += 1;
                self.min = Some(self.min.map_or(l, |m| m.min(l)));
                if l >= r.target {
                    self.meeting_target += 1;
                }
            }
        }
    }

    fn merge(&mut self, other: &Tally) {
        self.answered += other.answered;
        self.unanswered += other.unanswered;
        self.not_applicable += other.not_applicable;
        self.not_offered += other.not_offered;
        self.sum += other.sum;
        self.min = match (self.min, other.min) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        for (d, o) in self.distribution.iter_mut().zip(other.distribution) {
            *d += o;
        }
        self.meeting_target += other.meeting_target;
    }

    fn stats(&self) -> MaturityStats {
        MaturityStats {
            answered: self.answered,
            unanswered: self.unanswered,
            not_applicable: self.not_applicable,
            not_offered: self.not_offered,
            min: self.min,
            mean: (self.answered > 0).then(|| self.sum as f64 / self.answered as f64),
            distribution: self.distribution,
            meeting_target: self.meeting_target,
        }
    }
}

fn stats<'a>(items: impl Iterator<Item = &'a RequirementMaturity>) -> MaturityStats {
    let mut tally = Tally::default();
    items.for_each(|r| tally.count(r));
    tally.stats()
}

/// The maturity profile of one maturity questionnaire, or None for other kinds. Requirements
/// outside the assessment's service scope (62443-2-4) are left out altogether.
pub fn profile(a: &Assessment, catalog: &Catalog, cover: &Cover, q: &Questionnaire) -> Option<MaturityProfile> {
    if catalog.scale(&q.scale)?.kind != ScaleKind::Maturity {
        return None;
    }
    let answers = a.answers_for(&q.id, None);
    let tree = q.group_tree();
    let requirements: Vec<RequirementMaturity> = q
        .requirements
        .iter()
        .filter(|r| a.in_service_scope(r))
        .map(|r| {
            let state = match super::credited(catalog, cover, r, super::find(answers, &r.id)) {
                None => RequirementState::Unanswered,
                Some(v) if v.not_applicable => RequirementState::NotApplicable,
                Some(v) if v.not_offered => RequirementState::NotOffered,
                Some(v) => RequirementState::Level(v.level.unwrap_or(0)),
            };
            RequirementMaturity {
                requirement: r.id.clone(),
                group: r.group.clone(),
                target: a.maturity_target(q, r).unwrap_or(0),
                state,
            }
        })
        .collect();
    let group_targets = group_targets(a, q, &requirements);
    // Every requirement counted in its own group, then each group added to its parent, deepest
    // first: linear in groups and requirements however deep the groups nest.
    let mut tallies = vec![Tally::default(); q.groups.len()];
    let mut below: Vec<Vec<usize>> = vec![Vec::new(); q.groups.len()];
    for (k, r) in requirements.iter().enumerate() {
        if let Some(i) = q.group_position(&r.group) {
            tallies[i].count(r);
            if matches!(r.state, RequirementState::Level(l) if l < r.target) {
                below[i].push(k);
            }
        }
    }
    for &i in &tree.bottom_up {
        if let Some(p) = tree.parent[i] {
            let (tally, list) = (tallies[i].clone(), below[i].clone());
            tallies[p].merge(&tally);
            below[p].extend(list);
        }
    }
    let groups = q
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let mut list = std::mem::take(&mut below[i]);
            list.sort_unstable();
            let stats = tallies[i].stats();
            GroupMaturity {
                group: g.id.clone(),
                depth: tree.depth[i],
                target: group_targets[i],
                applies: !stats.all_not_applicable(),
                stats,
                below_target: list.into_iter().map(|k| requirements[k].requirement.clone()).collect(),
            }
        })
        .collect();
    let scope = a.assessment.service_scope;
    Some(MaturityProfile {
        questionnaire: q.id.clone(),
        target_profile: a.targets.profile.get(&q.id).map(|p| (p.id.clone(), p.title.clone())),
        service_scope: (q.names_services() && !scope.is_both()).then_some(scope),
        overall: stats(requirements.iter()),
        groups,
        requirements,
    })
}
