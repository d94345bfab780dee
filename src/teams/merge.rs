//! Merging two assessors' files of the same assessment. Whatever only one file has is taken;
//! whatever both have differently is a conflict, listed, and resolved only by an explicit rule
//! (newer, A, B). Nothing is dropped silently.

use crate::assessment::{Action, Answer, Assessment};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// The more recent answer (by its time); for zones and the like, the more recently changed file
    Newer,
    /// The first file
    A,
    /// The second file
    B,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// answer, system, interviewee, zone, conduit, component, scenario, countermeasure, action,
    /// approval, targets, risk-model
    pub kind: &'static str,
    pub key: String,
    pub a: String,
    pub b: String,
    /// "a" or "b" once resolved.
    pub taken: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub struct MergeResult {
    pub merged: Assessment,
    pub conflicts: Vec<Conflict>,
    pub only_a: usize,
    pub only_b: usize,
    pub same: usize,
}

fn describe(a: &Answer) -> String {
    let mut s = a.value.as_deref().unwrap_or("-").to_string();
    if !a.note.is_empty() {
        s.push_str(&format!(" \"{}\"", a.note.lines().next().unwrap_or_default()));
    }
    if a.flagged {
        s.push_str(" ⚑");
    }
    s
}

fn same_answer(x: &Answer, y: &Answer) -> bool {
    x.value == y.value
        && x.note == y.note
        && x.evidence == y.evidence
        && x.interviewee == y.interviewee
        && x.flagged == y.flagged
}

/// Which side a rule picks, given the two sides' times.
fn pick(prefer: Option<Prefer>, a_time: jiff::Timestamp, b_time: jiff::Timestamp) -> Option<&'static str> {
    match prefer? {
        Prefer::A => Some("a"),
        Prefer::B => Some("b"),
        Prefer::Newer => Some(if b_time > a_time { "b" } else { "a" }),
    }
}

/// Both sides of a conflict as they are (zones, conduits, scenarios: small and flat).
fn whole<T: std::fmt::Debug>(a: &T, b: &T) -> (String, String) {
    (format!("{a:?}"), format!("{b:?}"))
}

/// How conflicts are settled, and the conflicts found so far.
struct Rules {
    prefer: Option<Prefer>,
    times: (jiff::Timestamp, jiff::Timestamp),
    conflicts: Vec<Conflict>,
}

impl Rules {
    /// Merge lists of items with ids (zones, conduits, scenarios, countermeasures); a conflict
    /// shows the two sides as `describe` writes them.
    fn items<T: Clone + PartialEq>(
        &mut self,
        kind: &'static str,
        (a, b): (&[T], &[T]),
        id: impl Fn(&T) -> &str,
        describe: fn(&T, &T) -> (String, String),
    ) -> Vec<T> {
        let mut out: Vec<T> = a.to_vec();
        for item in b {
            match out.iter().position(|x| id(x) == id(item)) {
                None => out.push(item.clone()),
                Some(i) if out[i] == *item => {}
                Some(i) => {
                    let taken = pick(self.prefer, self.times.0, self.times.1);
                    let (x, y) = describe(&out[i], item);
                    self.conflicts.push(Conflict {
                        kind,
                        key: id(item).to_string(),
                        a: x,
                        b: y,
                        taken,
                    });
                    if taken == Some("b") {
                        out[i] = item.clone();
                    }
                }
            }
        }
        out
    }
}

/// Actions by id. Two people's status changes of one action are both kept (its history holds
/// both, in time order, and the latest decides the status), and a field only one of them filled
/// is taken: neither is a conflict. Any other field that differs is, and the rule settles it,
/// keeping the merged history.
fn merge_actions(rules: &mut Rules, a: &[Action], b: &[Action]) -> Vec<Action> {
    let mut out: Vec<Action> = a.to_vec();
    for theirs in b {
        let Some(i) = out.iter().position(|x| x.id == theirs.id) else {
            out.push(theirs.clone());
            continue;
        };
        if out[i] == *theirs {
            continue;
        }
        let (mine, other) = crate::assessment::action::settle(&out[i], theirs);
        if mine == other {
            out[i] = mine;
            continue;
        }
        // What still differs once the histories and the one-sided fields are merged.
        let taken = pick(rules.prefer, rules.times.0, rules.times.1);
        let (x, y) = mine.differences(&other);
        rules.conflicts.push(Conflict {
            kind: "action",
            key: theirs.id.clone(),
            a: x,
            b: y,
            taken,
        });
        out[i] = if taken == Some("b") { other } else { mine };
    }
    crate::assessment::action::sort(&mut out);
    out
}

/// Targets as a conflict line shows them: "ML2, SP.05 ML3 (iec62443-2-4), profile owner-2026
/// (iec62443-2-4), risk-reduction".
fn targets_in_words(t: &crate::assessment::Targets) -> String {
    let mut words = vec![format!("ML{}", t.maturity)];
    for (q, groups) in &t.maturity_groups {
        words.extend(groups.iter().map(|(g, l)| format!("{g} ML{l} ({q})")));
    }
    words.extend(t.profile.iter().map(|(q, p)| format!("profile {} ({q})", p.id)));
    words.push(t.sl_t_method.id().to_string());
    words.join(", ")
}

pub fn merge(a: &Assessment, b: &Assessment, prefer: Option<Prefer>) -> MergeResult {
    let times = (a.assessment.modified, b.assessment.modified);
    let mut conflicts = Vec::new();
    let mut merged = a.clone();
    for q in &b.assessment.questionnaires {
        if !merged.assessment.questionnaires.contains(q) {
            merged.assessment.questionnaires.push(q.clone());
        }
    }
    for name in &b.assessment.assessors {
        if !merged.assessment.assessors.contains(name) {
            merged.assessment.assessors.push(name.clone());
        }
    }
    merged.assessment.modified = a.assessment.modified.max(b.assessment.modified);
    if a.targets != b.targets {
        let taken = pick(prefer, times.0, times.1);
        conflicts.push(Conflict {
            kind: "targets",
            key: "targets".into(),
            a: targets_in_words(&a.targets),
            b: targets_in_words(&b.targets),
            taken,
        });
        if taken == Some("b") {
            merged.targets = b.targets.clone();
        }
    }
    if a.assessment.service_scope != b.assessment.service_scope {
        let taken = pick(prefer, times.0, times.1);
        conflicts.push(Conflict {
            kind: "service-scope",
            key: "service_scope".into(),
            a: a.assessment.service_scope.id().into(),
            b: b.assessment.service_scope.id().into(),
            taken,
        });
        if taken == Some("b") {
            merged.assessment.service_scope = b.assessment.service_scope;
        }
    }
    if a.risk_model != b.risk_model {
        let taken = pick(prefer, times.0, times.1);
        let id = |m: &Option<crate::catalog::RiskModel>| m.as_ref().map(|m| m.id.clone()).unwrap_or_else(|| "-".into());
        conflicts.push(Conflict {
            kind: "risk-model",
            key: "risk_model".into(),
            a: id(&a.risk_model),
            b: id(&b.risk_model),
            taken,
        });
        if taken == Some("b") {
            merged.risk_model = b.risk_model.clone();
        }
    }
    let mut rules = Rules {
        prefer,
        times,
        conflicts,
    };
    merged.systems = rules.items("system", (&a.systems, &b.systems), |s| &s.id, whole);
    // Interviewees by name: one person with two roles (or organisations) is a conflict.
    let people = (&a.interviewees[..], &b.interviewees[..]);
    merged.interviewees = rules.items("interviewee", people, |x| &x.name, whole);
    crate::assessment::interviewee::sort(&mut merged.interviewees);
    merged.zones = rules.items("zone", (&a.zones, &b.zones), |z| &z.id, whole);
    merged.conduits = rules.items("conduit", (&a.conduits, &b.conduits), |c| &c.id, whole);
    // Components by id, like zones; a conflict lists the fields that differ.
    let components = (&a.components[..], &b.components[..]);
    merged.components = rules.items("component", components, |c| &c.id, super::components::differences);
    merged.sort_components();
    merged.scenarios = rules.items("scenario", (&a.scenarios, &b.scenarios), |s| &s.id, whole);
    // Countermeasure records by id; a conflict lists the fields that differ.
    let records = (&a.countermeasures[..], &b.countermeasures[..]);
    merged.countermeasures = rules.items("countermeasure", records, |c| &c.id, |x, y| x.differences(y));
    crate::assessment::countermeasure::sort(&mut merged.countermeasures);
    merged.actions = merge_actions(&mut rules, &a.actions, &b.actions);
    // Approvals: one per (system, by, date); the same key with another digest, role or note is a
    // conflict like any other item.
    let keyed = |list: &[crate::assessment::Approval]| -> Vec<(String, crate::assessment::Approval)> {
        list.iter()
            .map(|x| (format!("{} {} {}", x.system, x.by, x.date), x.clone()))
            .collect()
    };
    let approvals = (keyed(&a.approvals), keyed(&b.approvals));
    merged.approvals = rules
        .items(
            "approval",
            (&approvals.0, &approvals.1),
            |x| &x.0,
            |x, y| whole(&x.1, &y.1),
        )
        .into_iter()
        .map(|(_, x)| x)
        .collect();
    let mut conflicts = rules.conflicts;

    let (mut only_a, mut only_b, mut same) = (0, 0, 0);
    let key = |x: &Answer| (x.questionnaire.clone(), x.target.clone(), x.requirement.clone());
    let from_a: BTreeMap<_, &Answer> = a.answers().iter().map(|x| (key(x), x)).collect();
    for y in b.answers() {
        match from_a.get(&key(y)) {
            None => {
                only_b += 1;
                merged.set_answer(y.clone());
            }
            Some(x) if same_answer(x, y) => same += 1,
            Some(x) => {
                let taken = pick(prefer, x.time, y.time);
                let where_ = y.target.as_ref().map(|t| format!(" / {t}")).unwrap_or_default();
                conflicts.push(Conflict {
                    kind: "answer",
                    key: format!("{}{where_} {}", y.questionnaire, y.requirement),
                    a: describe(x),
                    b: describe(y),
                    taken,
                });
                if taken == Some("b") {
                    merged.set_answer(y.clone());
                }
            }
        }
    }
    let from_b: BTreeMap<_, &Answer> = b.answers().iter().map(|y| (key(y), y)).collect();
    only_a += a.answers().iter().filter(|x| !from_b.contains_key(&key(x))).count();
    MergeResult {
        merged,
        conflicts,
        only_a,
        only_b,
        same,
    }
}
