//! What changed between two assessments of the same site: answers, maturity per group, SL-A per
//! zone and FR, gaps opened and closed, the actions of the plan opened, closed and slipped, and
//! the components (components.rs: added, removed, changed, SL-C per FR, the zone check).

use crate::assessment::{Answer, Assessment, FR_NAMES};
use crate::catalog::Catalog;
use crate::scoring::security_level::level_text;
use crate::scoring::{self, RequirementState};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Up,
    Down,
    Changed,
    New,
    Removed,
    GapClosed,
    GapNew,
    /// An action new in the plan, or moved to planned or in progress from elsewhere.
    Opened,
    /// An action done or dropped.
    Closed,
    /// An action due later than before, or overdue now and not before.
    Slipped,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// answer, countermeasure, system, approval, maturity, security-level, gap, action,
    /// component, sl-c, zone-check
    pub area: &'static str,
    pub questionnaire: String,
    pub target: Option<String>,
    /// The requirement, group or FR.
    pub item: String,
    pub old: String,
    pub new: String,
    pub direction: Direction,
    /// An action's title (other changes have none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A comparable rank of an answer: maturity level, or 1 for satisfied / 0 for not.
fn rank(catalog: &Catalog, a: &Answer) -> Option<i32> {
    let q = catalog.questionnaire(&a.questionnaire)?;
    let r = q.requirement(&a.requirement)?;
    let v = catalog.scale_of(r)?.value(a.value.as_deref()?)?;
    if v.excluded() {
        return None;
    }
    Some(match v.level {
        Some(l) => i32::from(l),
        None => i32::from(v.satisfies),
    })
}

pub fn compare(old: &Assessment, new: &Assessment, catalog: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    type Key = (String, Option<String>, String);
    let key = |x: &Answer| -> Key {
        (
            x.questionnaire.to_string(),
            x.target.as_deref().map(str::to_string),
            x.requirement.to_string(),
        )
    };
    let before: BTreeMap<Key, &Answer> = old.answers().iter().map(|x| (key(x), x)).collect();
    let after: BTreeMap<Key, &Answer> = new.answers().iter().map(|x| (key(x), x)).collect();
    let keys: BTreeSet<&Key> = before.keys().chain(after.keys()).collect();
    for k in keys {
        let (b, a) = (before.get(k), after.get(k));
        let value = |x: Option<&&Answer>| x.and_then(|x| x.value.as_deref()).unwrap_or_default().to_string();
        let (ov, nv) = (value(b), value(a));
        if ov == nv {
            continue;
        }
        let direction = match (b.and_then(|x| rank(catalog, x)), a.and_then(|x| rank(catalog, x))) {
            _ if ov.is_empty() => Direction::New,
            _ if nv.is_empty() => Direction::Removed,
            (Some(x), Some(y)) if y > x => Direction::Up,
            (Some(x), Some(y)) if y < x => Direction::Down,
            _ => Direction::Changed,
        };
        changes.push(Change {
            area: "answer",
            questionnaire: k.0.clone(),
            target: k.1.clone(),
            item: k.2.clone(),
            old: ov,
            new: nv,
            direction,
            title: None,
        });
    }

    countermeasure_changes(&mut changes, old, new);
    system_changes(&mut changes, old, new);
    approval_changes(&mut changes, old, new);
    super::plan_changes::action_changes(&mut changes, old, new);
    super::components::component_changes(&mut changes, old, new);
    let (so, sn) = (scoring::score(old, catalog), scoring::score(new, catalog));
    super::components::sl_c_changes(&mut changes, &so, &sn);
    super::components::zone_check_changes(&mut changes, &so, &sn);
    for m in &sn.maturity {
        let Some(mo) = so.maturity.iter().find(|x| x.questionnaire == m.questionnaire) else {
            continue;
        };
        for g in m.groups.iter().filter(|g| g.depth == 0) {
            let Some(go) = mo.groups.iter().find(|x| x.group == g.group) else {
                continue;
            };
            let fmt = |x: Option<f64>| x.map(|v| format!("{v:.1}")).unwrap_or_else(|| "-".into());
            let (a, b) = (fmt(go.stats.mean), fmt(g.stats.mean));
            if a != b {
                let direction = match (go.stats.mean, g.stats.mean) {
                    (Some(x), Some(y)) if y > x => Direction::Up,
                    (Some(x), Some(y)) if y < x => Direction::Down,
                    _ => Direction::Changed,
                };
                changes.push(Change {
                    area: "maturity",
                    questionnaire: m.questionnaire.clone(),
                    target: None,
                    item: g.group.clone(),
                    old: a,
                    new: b,
                    direction,
                    title: None,
                });
            }
        }
        // Maturity gaps: requirements below target.
        let below = |p: &scoring::MaturityProfile| -> BTreeSet<String> {
            p.requirements
                .iter()
                .filter(|r| matches!(r.state, RequirementState::Level(l) if l < r.target))
                .map(|r| r.requirement.clone())
                .collect()
        };
        gap_changes(&mut changes, &m.questionnaire, None, below(mo), below(m));
    }
    for s in &sn.security_levels {
        let Some(o) = so
            .security_levels
            .iter()
            .find(|x| x.questionnaire == s.questionnaire && x.target == s.target)
        else {
            continue;
        };
        for (i, fr_name) in FR_NAMES.iter().enumerate() {
            if s.sl_a[i] != o.sl_a[i] {
                let direction = if s.sl_a[i] > o.sl_a[i] {
                    Direction::Up
                } else {
                    Direction::Down
                };
                changes.push(Change {
                    area: "security-level",
                    questionnaire: s.questionnaire.clone(),
                    target: Some(s.target.clone()),
                    item: format!("SL-A {fr_name}"),
                    old: level_text(o.sl_a[i], "n/a"),
                    new: level_text(s.sl_a[i], "n/a"),
                    direction,
                    title: None,
                });
            }
        }
        let ids = |x: &scoring::SecurityLevelResult| -> BTreeSet<String> {
            x.to_close.iter().map(|g| g.requirement.clone()).collect()
        };
        gap_changes(&mut changes, &s.questionnaire, Some(&s.target), ids(o), ids(s));
    }
    changes
}

fn gap_changes(
    changes: &mut Vec<Change>,
    questionnaire: &str,
    target: Option<&str>,
    old: BTreeSet<String>,
    new: BTreeSet<String>,
) {
    for id in old.difference(&new) {
        changes.push(Change {
            area: "gap",
            questionnaire: questionnaire.into(),
            target: target.map(str::to_string),
            item: id.clone(),
            old: "gap".into(),
            new: String::new(),
            direction: Direction::GapClosed,
            title: None,
        });
    }
    for id in new.difference(&old) {
        changes.push(Change {
            area: "gap",
            questionnaire: questionnaire.into(),
            target: target.map(str::to_string),
            item: id.clone(),
            old: String::new(),
            new: "gap".into(),
            direction: Direction::GapNew,
            title: None,
        });
    }
}

/// Countermeasure records added, removed, or changed (the fields that differ, old and new).
fn countermeasure_changes(changes: &mut Vec<Change>, old: &Assessment, new: &Assessment) {
    let ids: BTreeSet<&str> = old
        .countermeasures
        .iter()
        .chain(&new.countermeasures)
        .map(|c| c.id.as_str())
        .collect();
    for id in ids {
        let (o, n) = (old.countermeasure(id), new.countermeasure(id));
        let Some(record) = n.or(o) else { continue };
        let (old_text, new_text, direction) = match (o, n) {
            (Some(o), Some(n)) if o == n => continue,
            (Some(o), Some(n)) => {
                let (x, y) = o.differences(n);
                (x, y, Direction::Changed)
            }
            (None, Some(n)) => (String::new(), n.requirements.join(", "), Direction::New),
            (Some(o), None) => (o.requirements.join(", "), String::new(), Direction::Removed),
            (None, None) => continue,
        };
        changes.push(Change {
            area: "countermeasure",
            questionnaire: record.questionnaire.clone(),
            target: (!record.targets.is_empty()).then(|| record.targets.join(", ")),
            item: id.to_string(),
            old: old_text,
            new: new_text,
            direction,
            title: None,
        });
    }
}

/// Systems under consideration added, removed, renamed or described anew.
fn system_changes(changes: &mut Vec<Change>, old: &Assessment, new: &Assessment) {
    let ids: BTreeSet<&str> = old.systems.iter().chain(&new.systems).map(|s| s.id.as_str()).collect();
    for id in ids {
        let (o, n) = (old.system(id), new.system(id));
        let (old_text, new_text, direction) = match (o, n) {
            (Some(o), Some(n)) if o == n => continue,
            (Some(o), Some(n)) if o.name == n.name => {
                (excerpt(&o.description), excerpt(&n.description), Direction::Changed)
            }
            (Some(o), Some(n)) => (o.name.clone(), n.name.clone(), Direction::Changed),
            (None, Some(n)) => (String::new(), n.name.clone(), Direction::New),
            (Some(o), None) => (o.name.clone(), String::new(), Direction::Removed),
            (None, None) => continue,
        };
        changes.push(Change {
            area: "system",
            questionnaire: String::new(),
            target: Some(id.to_string()),
            item: id.to_string(),
            old: old_text,
            new: new_text,
            direction,
            title: None,
        });
    }
}

/// Approvals of a system's requirements specification given, withdrawn or changed.
fn approval_changes(changes: &mut Vec<Change>, old: &Assessment, new: &Assessment) {
    let keys: BTreeSet<_> = old.approvals.iter().chain(&new.approvals).map(|x| x.key()).collect();
    for key in keys {
        let find = |a: &Assessment| a.approvals.iter().find(|x| x.key() == key).cloned();
        let (o, n) = (find(old), find(new));
        let direction = match (&o, &n) {
            (Some(o), Some(n)) if o == n => continue,
            (Some(_), Some(_)) => Direction::Changed,
            (None, Some(_)) => Direction::New,
            (Some(_), None) => Direction::Removed,
            (None, None) => continue,
        };
        let text = |x: &Option<crate::assessment::Approval>| x.as_ref().map(|x| x.role.clone()).unwrap_or_default();
        changes.push(Change {
            area: "approval",
            questionnaire: String::new(),
            target: Some(key.0.clone()),
            item: format!("{} {}", key.1, key.2),
            old: text(&o),
            new: text(&n),
            direction,
            title: None,
        });
    }
}

/// The start of a long text, for a one-line change list.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}
