//! Progress: answered of applicable, per questionnaire and zone or conduit, and per group.

use super::countermeasures::Cover;
use crate::assessment::{Answer, AnswerId, Assessment};
use crate::catalog::{Catalog, Questionnaire};
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub answered: usize,
    /// Requirements not marked not applicable.
    pub applicable: usize,
    pub total: usize,
    pub flagged: usize,
    /// Answered not applicable (or compensated) without the reason the scale asks for.
    pub missing_reason: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.answered += other.answered;
        self.applicable += other.applicable;
        self.total += other.total;
        self.flagged += other.flagged;
        self.missing_reason += other.missing_reason;
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupProgress {
    pub group: String,
    #[serde(flatten)]
    pub counts: Counts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub questionnaire: String,
    /// The zone or conduit; absent for organisation-wide questionnaires.
    pub target: Option<String>,
    #[serde(flatten)]
    pub counts: Counts,
    pub groups: Vec<GroupProgress>,
}

/// Whether an answer's value needs a reason (not applicable, compensated) that it lacks.
fn lacks_reason(catalog: &Catalog, r: &crate::catalog::Requirement, answer: Option<&Answer>) -> bool {
    answer.is_some_and(|x| {
        x.note.trim().is_empty()
            && x.value
                .as_deref()
                .and_then(|v| catalog.scale_of(r).and_then(|s| s.value(v)))
                .is_some_and(|v| v.note_required)
    })
}

/// The counts of one requirement answered (or not) for `target`. An answer that lacks the reason its
/// value needs counts as open (it is not credited, see [`super::credited`]).
fn requirement_counts(answers: &[Answer], catalog: &Catalog, cover: &Cover, r: &crate::catalog::Requirement) -> Counts {
    let answer = super::find(answers, &r.id);
    let mut c = Counts {
        total: 1,
        flagged: usize::from(answer.is_some_and(|x| x.flagged)),
        missing_reason: usize::from(lacks_reason(catalog, r, answer)),
        ..Counts::default()
    };
    match super::credited(catalog, cover, r, answer) {
        Some(v) => {
            c.applicable = usize::from(!v.excluded());
            c.answered = usize::from(!v.excluded());
        }
        None => c.applicable = 1,
    }
    c
}

/// Every answer in scope that lacks the reason its value needs, in file order: what the review
/// lists, and what opening such a file warns about.
pub fn missing_reasons(a: &Assessment, catalog: &Catalog) -> Vec<AnswerId> {
    a.answers()
        .iter()
        .filter(|x| x.value.is_some() && x.note.trim().is_empty())
        .filter(|x| a.assessment.questionnaires.iter().any(|q| x.questionnaire == *q))
        .filter(|x| {
            catalog
                .questionnaire(&x.questionnaire)
                .and_then(|q| q.requirement(&x.requirement))
                .is_some_and(|r| lacks_reason(catalog, r, Some(x)))
        })
        .map(Answer::id)
        .collect()
}

/// The progress of one questionnaire for one target (None: organisation-wide): each requirement
/// is counted in its group, then each group is added to its parent, deepest first.
pub fn one(a: &Assessment, catalog: &Catalog, cover: &Cover, q: &Questionnaire, target: Option<&str>) -> Progress {
    let mut total = Counts::default();
    let mut groups: Vec<Counts> = vec![Counts::default(); q.groups.len()];
    let answers = a.answers_for(&q.id, target);
    let asked = a.asks_for(target);
    for r in q.requirements.iter().filter(|r| asked(r)) {
        let c = requirement_counts(answers, catalog, cover, r);
        total.add(&c);
        if let Some(i) = q.group_position(&r.group) {
            groups[i].add(&c);
        }
    }
    let tree = q.group_tree();
    for &i in &tree.bottom_up {
        if let Some(p) = tree.parent[i] {
            let c = groups[i].clone();
            groups[p].add(&c);
        }
    }
    Progress {
        questionnaire: q.id.clone(),
        target: target.map(str::to_string),
        counts: total,
        groups: q
            .groups
            .iter()
            .zip(groups)
            .map(|(g, counts)| GroupProgress {
                group: g.id.clone(),
                counts,
            })
            .collect(),
    }
}

/// Progress of every questionnaire in scope, per zone (and per conduit with answers) where the
/// questionnaire is answered per zone.
pub fn progress(a: &Assessment, catalog: &Catalog, cover: &Cover) -> Vec<Progress> {
    let mut out = Vec::new();
    for q in a
        .assessment
        .questionnaires
        .iter()
        .filter_map(|id| catalog.questionnaire(id))
    {
        for target in a.answered_targets(&q.id, q.scope) {
            out.push(one(a, catalog, cover, q, target));
        }
    }
    out
}
