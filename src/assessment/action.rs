//! Remediation actions (`[[action]]`): the plan that closes the gaps an assessment found. Each
//! action says what is to be done, which requirements it addresses (per questionnaire, for the
//! zones and conduits that need it), which threat scenarios it reduces, who owns it, when it is
//! due, how much work it is, in which phase of the plan it falls, and how its status changed.
//!
//! Actions are kept sorted by id, and each status change is one `[[action.history]]` entry, so two
//! people's changes to one plan diff and merge cleanly. Marking an action done never changes an
//! answer: the requirements it addresses are re-assessed by the assessor (see `planning`).

use super::countermeasure::toml_date;
use super::model::{AnswerKey, Assessment};
use crate::catalog::Catalog;
use crate::catalog::ids::natural_cmp;
use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub status: ActionStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "toml_date")]
    pub due: Option<Date>,
    /// A label of the effort scale ("S", "M", "L") or a number of person-days; empty: not said.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub effort: String,
    /// The phase of the plan (1: what lifts every zone and conduit one level towards SL-T).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<u8>,
    /// For an action made by `plan propose`: the gap it was proposed for (`Proposal::key`), so
    /// that proposing again finds it instead of adding another.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub proposal: String,
    /// The threat scenarios whose risk it reduces.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<String>,
    /// The requirements it addresses.
    #[serde(default, rename = "addresses", skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Addressed>,
    /// Every status change, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusChange>,
}

/// One requirement of one questionnaire an action addresses, for the zones and conduits named
/// (none for a questionnaire answered for the whole organisation).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Addressed {
    pub questionnaire: String,
    pub requirement: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
}

/// Where an action stands. An action that is not `proposed` has been accepted into the plan (or,
/// `dropped`, deliberately left out of it) and is never changed by proposing again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Proposed,
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 5] = [
        ActionStatus::Proposed,
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// The name in the file, on the command line and in JSON ("in-progress").
    pub fn name(self) -> &'static str {
        match self {
            ActionStatus::Proposed => "proposed",
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// The Fluent message id of the status in words.
    pub fn message(self) -> &'static str {
        match self {
            ActionStatus::Proposed => "action-status-proposed",
            ActionStatus::Planned => "action-status-planned",
            ActionStatus::InProgress => "action-status-in-progress",
            ActionStatus::Done => "action-status-done",
            ActionStatus::Dropped => "action-status-dropped",
        }
    }

    pub fn parse(text: &str) -> Option<ActionStatus> {
        let t = text.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        ActionStatus::ALL.into_iter().find(|s| s.name() == t)
    }

    /// Still to be done: planned or in progress (a proposal is not yet part of the plan).
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Planned | ActionStatus::InProgress)
    }

    /// Part of the plan whose effect is projected: everything but a dropped action.
    pub fn counts_in_plan(self) -> bool {
        self != ActionStatus::Dropped
    }
}

/// One status change: to what, by whom, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: ActionStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    pub time: Timestamp,
}

impl Action {
    /// A new action with its first history entry.
    pub fn new(id: &str, title: &str, status: ActionStatus, by: &str, now: Timestamp) -> Action {
        Action {
            id: id.to_string(),
            title: title.to_string(),
            description: String::new(),
            status,
            owner: String::new(),
            due: None,
            effort: String::new(),
            phase: None,
            proposal: String::new(),
            scenarios: Vec::new(),
            addresses: Vec::new(),
            history: vec![StatusChange {
                status,
                by: by.to_string(),
                time: now,
            }],
        }
    }

    /// Change the status, recording who and when; nothing is recorded when it stays the same.
    pub fn set_status(&mut self, status: ActionStatus, by: &str, now: Timestamp) -> bool {
        if self.status == status {
            return false;
        }
        self.status = status;
        self.history.push(StatusChange {
            status,
            by: by.to_string(),
            time: now,
        });
        true
    }

    /// Past its due date on `today` and not done or dropped.
    pub fn is_overdue(&self, today: Date) -> bool {
        matches!(
            self.status,
            ActionStatus::Proposed | ActionStatus::Planned | ActionStatus::InProgress
        ) && self.due.is_some_and(|d| d < today)
    }

    /// Whether it addresses the answer `key`.
    pub fn addresses_answer(&self, key: AnswerKey) -> bool {
        self.addresses.iter().any(|x| {
            x.questionnaire == key.questionnaire
                && x.requirement == key.requirement
                && match key.target {
                    Some(t) => x.targets.iter().any(|y| y == t),
                    None => x.targets.is_empty(),
                }
        })
    }

    /// Every answer it addresses, one per (questionnaire, target, requirement).
    pub fn answer_ids(&self) -> Vec<super::AnswerId> {
        let mut out = Vec::new();
        for x in &self.addresses {
            if x.targets.is_empty() {
                out.push(super::AnswerId::new(&x.questionnaire, None, &x.requirement));
            }
            for t in &x.targets {
                out.push(super::AnswerId::new(&x.questionnaire, Some(t), &x.requirement));
            }
        }
        out
    }

    /// Whether it addresses anything in the zone or conduit `target`.
    pub fn concerns_target(&self, target: &str) -> bool {
        self.addresses.iter().any(|x| x.targets.iter().any(|t| t == target))
    }

    /// Every field as (name, value in one line), in file order: for conflicts and comparisons.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        let addresses: Vec<String> = self
            .addresses
            .iter()
            .map(|x| {
                if x.targets.is_empty() {
                    format!("{} {}", x.questionnaire, x.requirement)
                } else {
                    format!("{} {} ({})", x.questionnaire, x.requirement, x.targets.join(" "))
                }
            })
            .collect();
        vec![
            ("title", self.title.clone()),
            (
                "description",
                self.description.lines().next().unwrap_or_default().to_string(),
            ),
            ("status", self.status.name().to_string()),
            ("owner", self.owner.clone()),
            ("due", self.due.map(|d| d.to_string()).unwrap_or_default()),
            ("effort", self.effort.clone()),
            ("phase", self.phase.map(|p| p.to_string()).unwrap_or_default()),
            ("scenarios", self.scenarios.join(", ")),
            ("addresses", addresses.join("; ")),
        ]
    }

    /// The fields that differ from `other`, each side as `name = "value"` joined by "; ".
    pub fn differences(&self, other: &Action) -> (String, String) {
        let (a, b): (Vec<String>, Vec<String>) = self
            .fields()
            .into_iter()
            .zip(other.fields())
            .filter(|(x, y)| x.1 != y.1)
            .map(|(x, y)| (format!("{} = \"{}\"", x.0, x.1), format!("{} = \"{}\"", y.0, y.1)))
            .unzip();
        (a.join("; "), b.join("; "))
    }

    /// What is wrong with the action in `a`: its id and title, and whether what it names exists
    /// (questionnaires in scope, their requirements, zones and conduits, scenarios) and its
    /// history is in time order. Used by the file check and by the command line.
    pub fn problems(&self, a: &Assessment, catalog: &Catalog) -> Vec<String> {
        self.problems_with(a, catalog, &Known::of(a))
    }

    /// [`Action::problems`] with the assessment's ids at hand (to check many actions).
    pub fn problems_with(&self, a: &Assessment, catalog: &Catalog, known: &Known) -> Vec<String> {
        let mut out = Vec::new();
        let id = &self.id;
        if let Err(e) = check_id(id) {
            out.push(e);
        }
        if self.title.trim().is_empty() {
            out.push(format!("action \"{id}\" has no title"));
        }
        for x in &self.addresses {
            let Some(q) = catalog
                .questionnaire(&x.questionnaire)
                .filter(|_| a.assessment.questionnaires.contains(&x.questionnaire))
            else {
                out.push(format!(
                    "action \"{id}\" addresses questionnaire \"{}\", which is not in this assessment's scope (in scope: {})",
                    x.questionnaire,
                    a.assessment.questionnaires.join(", ")
                ));
                continue;
            };
            if q.requirement(&x.requirement).is_none() {
                out.push(format!(
                    "action \"{id}\": {} has no requirement \"{}\"",
                    q.id, x.requirement
                ));
            }
            match (q.scope.per_target(), x.targets.is_empty()) {
                (true, true) => out.push(format!(
                    "action \"{id}\": {} {} is answered per zone, conduit or component; name them (targets)",
                    q.id, x.requirement
                )),
                (false, false) => out.push(format!(
                    "action \"{id}\": {} is answered for the whole organisation; name no zone or conduit",
                    q.id
                )),
                _ => {}
            }
            for t in &x.targets {
                if q.scope.per_component() && !known.components.contains(t.as_str()) {
                    out.push(format!("action \"{id}\" names \"{t}\", which is not a component"));
                } else if !q.scope.per_component() && !known.targets.contains(t.as_str()) {
                    out.push(format!(
                        "action \"{id}\" names \"{t}\", which is neither a zone nor a conduit"
                    ));
                }
            }
        }
        for s in &self.scenarios {
            if !known.scenarios.contains(s.as_str()) {
                out.push(format!(
                    "action \"{id}\" names scenario \"{s}\", which is not in the risk register"
                ));
            }
        }
        if self.history.windows(2).any(|w| w[1].time < w[0].time) {
            out.push(format!("action \"{id}\": its history is not in time order"));
        }
        if self.history.last().is_some_and(|h| h.status != self.status) {
            out.push(format!(
                "action \"{id}\" is {} but its history ends with {}",
                self.status.name(),
                self.history.last().map(|h| h.status.name()).unwrap_or_default()
            ));
        }
        out
    }
}

/// The ids of an assessment's zones, conduits and scenarios, found in constant time.
pub struct Known<'a> {
    targets: HashSet<&'a str>,
    components: HashSet<&'a str>,
    scenarios: HashSet<&'a str>,
}

impl<'a> Known<'a> {
    pub fn of(a: &'a Assessment) -> Known<'a> {
        Known {
            targets: a
                .zones
                .iter()
                .map(|z| z.id.as_str())
                .chain(a.conduits.iter().map(|c| c.id.as_str()))
                .collect(),
            components: a.components.iter().map(|c| c.id.as_str()).collect(),
            scenarios: a.scenarios.iter().map(|s| s.id.as_str()).collect(),
        }
    }
}

/// An action id: not empty, letters, digits, '-', '_' and '.' only ("A-01").
pub fn check_id(id: &str) -> Result<(), String> {
    super::model::check_record_id(id, "action", "A-01")
}

/// Actions in canonical order: by id in natural order ("A-2" before "A-10"); each action's
/// addressed requirements by questionnaire and requirement, their targets in natural order.
pub fn sort(actions: &mut [Action]) {
    for action in actions.iter_mut() {
        for x in &mut action.addresses {
            x.targets.sort_by(|p, q| natural_cmp(p, q));
            x.targets.dedup();
        }
        action.addresses.sort_by(|p, q| {
            natural_cmp(&p.questionnaire, &q.questionnaire).then_with(|| natural_cmp(&p.requirement, &q.requirement))
        });
    }
    actions.sort_by(|a, b| natural_cmp(&a.id, &b.id));
}

/// Both versions of one action with what merges without a conflict merged into each: the status
/// changes of both (in time order, the latest deciding the status), and an owner, due date,
/// effort, phase or description that only one of them has (as with answers, what only one side
/// has is taken). What still differs between the two is a conflict.
pub fn settle(mine: &Action, theirs: &Action) -> (Action, Action) {
    let mut history = mine.history.clone();
    for h in &theirs.history {
        if !history.contains(h) {
            history.push(h.clone());
        }
    }
    history.sort_by_key(|h| h.time);
    let mut sides = (mine.clone(), theirs.clone());
    fill(&mut sides.0, theirs);
    fill(&mut sides.1, mine);
    for x in [&mut sides.0, &mut sides.1] {
        if let Some(last) = history.last() {
            x.status = last.status;
        }
        x.history = history.clone();
    }
    sides
}

/// One action changed here (`mine`) and in the file (`theirs`) since `base`: every field one side
/// changed is taken from that side, and the status changes of both are kept (the latest decides
/// the status). None when both changed one field differently: a conflict to choose.
pub fn merge_three(base: &Action, mine: &Action, theirs: &Action) -> Option<Action> {
    fn pick<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> Option<T> {
        if mine == base || mine == theirs {
            Some(theirs.clone())
        } else if theirs == base {
            Some(mine.clone())
        } else {
            None
        }
    }
    let (merged, _) = settle(mine, theirs);
    Some(Action {
        id: mine.id.clone(),
        title: pick(&base.title, &mine.title, &theirs.title)?,
        description: pick(&base.description, &mine.description, &theirs.description)?,
        status: merged.status,
        owner: pick(&base.owner, &mine.owner, &theirs.owner)?,
        due: pick(&base.due, &mine.due, &theirs.due)?,
        effort: pick(&base.effort, &mine.effort, &theirs.effort)?,
        phase: pick(&base.phase, &mine.phase, &theirs.phase)?,
        proposal: pick(&base.proposal, &mine.proposal, &theirs.proposal)?,
        scenarios: pick(&base.scenarios, &mine.scenarios, &theirs.scenarios)?,
        addresses: pick(&base.addresses, &mine.addresses, &theirs.addresses)?,
        history: merged.history,
    })
}

/// The fields `x` leaves empty taken from `other`.
fn fill(x: &mut Action, other: &Action) {
    if x.owner.is_empty() {
        x.owner = other.owner.clone();
    }
    if x.description.is_empty() {
        x.description = other.description.clone();
    }
    if x.effort.is_empty() {
        x.effort = other.effort.clone();
    }
    x.due = x.due.or(other.due);
    x.phase = x.phase.or(other.phase);
}

impl Assessment {
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|x| x.id == id)
    }

    pub fn action_mut(&mut self, id: &str) -> Option<&mut Action> {
        self.actions.iter_mut().find(|x| x.id == id)
    }

    /// Insert or replace the action with `action`'s id, keeping the order; returns the previous one.
    pub fn set_action(&mut self, action: Action) -> Option<Action> {
        let previous = self.remove_action(&action.id);
        self.actions.push(action);
        sort(&mut self.actions);
        previous
    }

    pub fn remove_action(&mut self, id: &str) -> Option<Action> {
        let i = self.actions.iter().position(|x| x.id == id)?;
        Some(self.actions.remove(i))
    }

    /// The id for a new action in the plan's own style (after "A-09" comes "A-10"; in an empty
    /// plan "A-01"), never one in use.
    pub fn next_action_id(&self) -> String {
        super::model::next_id(self.actions.iter().map(|x| x.id.as_str()), "A-", 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn a_status_change_is_recorded_once_with_who_and_when() {
        let mut x = Action::new(
            "A-01",
            "Segment the cell",
            ActionStatus::Proposed,
            "ana",
            at("2026-11-01T08:00:00Z"),
        );
        assert!(x.set_status(ActionStatus::Planned, "ben", at("2026-11-02T08:00:00Z")));
        assert!(!x.set_status(ActionStatus::Planned, "ben", at("2026-11-03T08:00:00Z")));
        let trail: Vec<(&str, &str)> = x.history.iter().map(|h| (h.status.name(), h.by.as_str())).collect();
        assert_eq!(trail, [("proposed", "ana"), ("planned", "ben")]);
    }

    #[test]
    fn an_action_is_overdue_only_while_open_past_its_date() {
        let mut x = Action::new("A-01", "t", ActionStatus::Planned, "", at("2026-11-01T08:00:00Z"));
        let day = |s: &str| s.parse::<Date>().unwrap();
        x.due = Some(day("2026-11-30"));
        assert!(!x.is_overdue(day("2026-11-30")), "due today is not overdue");
        assert!(x.is_overdue(day("2026-12-01")));
        x.status = ActionStatus::Done;
        assert!(!x.is_overdue(day("2026-12-01")));
    }

    #[test]
    fn statuses_parse_as_people_type_them() {
        assert_eq!(ActionStatus::parse("In progress"), Some(ActionStatus::InProgress));
        assert_eq!(ActionStatus::parse("in_progress"), Some(ActionStatus::InProgress));
        assert_eq!(ActionStatus::parse("DONE"), Some(ActionStatus::Done));
        assert_eq!(ActionStatus::parse("finished"), None);
    }

    #[test]
    fn a_status_changed_here_and_a_title_changed_in_the_file_both_stay() {
        let base = Action::new(
            "A-01",
            "Segment",
            ActionStatus::Proposed,
            "ana",
            at("2026-11-01T08:00:00Z"),
        );
        let mut mine = base.clone();
        mine.set_status(ActionStatus::Planned, "ana", at("2026-11-02T08:00:00Z"));
        let mut theirs = base.clone();
        theirs.title = "Segment the cell network".into();
        theirs.owner = "OT team".into();
        let merged = merge_three(&base, &mine, &theirs).expect("no field changed on both sides");
        assert_eq!(merged.title, "Segment the cell network");
        assert_eq!(merged.owner, "OT team");
        assert_eq!(merged.status, ActionStatus::Planned);
        assert_eq!(merged.history.len(), 2);
        mine.title = "Segment the control network".into();
        assert_eq!(
            merge_three(&base, &mine, &theirs),
            None,
            "the title changed on both sides"
        );
    }

    #[test]
    fn histories_of_two_people_merge_in_time_order() {
        let mut base = Action::new("A-01", "t", ActionStatus::Proposed, "ana", at("2026-11-01T08:00:00Z"));
        base.owner = "OT team".into();
        let mut mine = base.clone();
        mine.set_status(ActionStatus::Planned, "ana", at("2026-11-02T08:00:00Z"));
        let mut theirs = base.clone();
        theirs.set_status(ActionStatus::Planned, "ben", at("2026-11-02T09:00:00Z"));
        theirs.set_status(ActionStatus::InProgress, "ben", at("2026-11-05T09:00:00Z"));
        let (merged, other) = settle(&mine, &theirs);
        let clean = merged == other;
        assert!(clean, "only the histories differ");
        assert_eq!(merged.status, ActionStatus::InProgress, "the latest change wins");
        let who: Vec<&str> = merged.history.iter().map(|h| h.by.as_str()).collect();
        assert_eq!(who, ["ana", "ana", "ben", "ben"]);
        theirs.owner = "IT".into();
        let (merged, other) = settle(&mine, &theirs);
        assert!(merged != other, "another field differs: a conflict");
        theirs.owner = String::new();
        mine.owner = String::new();
        theirs.effort = "M".into();
        let (merged, other) = settle(&mine, &theirs);
        let clean = merged == other;
        assert!(clean, "an effort only one side gives is taken");
        assert_eq!(merged.effort, "M");
    }
}
