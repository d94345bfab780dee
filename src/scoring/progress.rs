//! Progress: answered of applicable, per questionnaire and zone or conduit, and per group.

use crate::assessment::{AnswerKey, Assessment};
use crate::catalog::{Catalog, Questionnaire};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub answered: usize,
    /// Requirements not marked not applicable.
    pub applicable: usize,
    pub total: usize,
    pub flagged: usize,
    /// Answered not applicable (or compensated) without the reason the scale asks for.
    pub missing_reason: usize,
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

/// Counts for the requirements of `q` accepted by `within`, answered for `target`.
pub fn counts(
    a: &Assessment,
    catalog: &Catalog,
    q: &Questionnaire,
    target: Option<&str>,
    within: impl Fn(&str) -> bool,
) -> Counts {
    let mut c = Counts {
        answered: 0,
        applicable: 0,
        total: 0,
        flagged: 0,
        missing_reason: 0,
    };
    for r in q.requirements.iter().filter(|r| within(&r.group)) {
        c.total += 1;
        let answer = a.answer(AnswerKey {
            questionnaire: &q.id,
            target,
            requirement: &r.id,
        });
        let value = answer
            .and_then(|x| x.value.as_deref())
            .and_then(|v| catalog.scale_of(r).and_then(|s| s.value(v)));
        if answer.is_some_and(|x| x.flagged) {
            c.flagged += 1;
        }
        match value {
            Some(v) => {
                if !v.not_applicable {
                    c.applicable += 1;
                }
                c.answered += usize::from(!v.not_applicable);
                if v.note_required && answer.is_some_and(|x| x.note.trim().is_empty()) {
                    c.missing_reason += 1;
                }
            }
            None => c.applicable += 1,
        }
    }
    c
}

fn one(a: &Assessment, catalog: &Catalog, q: &Questionnaire, target: Option<&str>) -> Progress {
    Progress {
        questionnaire: q.id.clone(),
        target: target.map(str::to_string),
        counts: counts(a, catalog, q, target, |_| true),
        groups: q
            .groups
            .iter()
            .map(|g| GroupProgress {
                group: g.id.clone(),
                counts: counts(a, catalog, q, target, |rg| q.group_within(rg, &g.id)),
            })
            .collect(),
    }
}

/// Progress of every questionnaire in scope, per zone (and per conduit with answers) where the
/// questionnaire is answered per zone.
pub fn progress(a: &Assessment, catalog: &Catalog) -> Vec<Progress> {
    let mut out = Vec::new();
    for q in a
        .assessment
        .questionnaires
        .iter()
        .filter_map(|id| catalog.questionnaire(id))
    {
        if !q.scope.per_target() {
            out.push(one(a, catalog, q, None));
            continue;
        }
        for z in &a.zones {
            out.push(one(a, catalog, q, Some(&z.id)));
        }
        for c in &a.conduits {
            if a.answers_for(&q.id, Some(&c.id)).next().is_some() {
                out.push(one(a, catalog, q, Some(&c.id)));
            }
        }
    }
    out
}
