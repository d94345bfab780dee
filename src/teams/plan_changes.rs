//! The plan between two assessments, for `compare`: actions opened (new, or moved to planned or in
//! progress), closed (done or dropped), slipped (due later, or overdue in the newer file and not in
//! the older), other status changes, and actions removed.
//!
//! Whether an action is overdue is judged in each file as of the day it was last modified: what
//! each file said when it was saved, so comparing two old files gives the same answer any day.

use super::compare::{Change, Direction};
use crate::assessment::{Action, ActionStatus, Assessment};
use crate::catalog::ids::natural_cmp;
use jiff::civil::Date;

/// The day `a` was last modified (UTC).
fn saved_on(a: &Assessment) -> Date {
    a.assessment.modified.to_zoned(jiff::tz::TimeZone::UTC).date()
}

fn change(action: &Action, old: String, new: String, direction: Direction) -> Change {
    Change {
        area: "action",
        questionnaire: String::new(),
        target: None,
        item: action.id.clone(),
        old,
        new,
        direction,
        title: Some(action.title.clone()),
    }
}

fn closed(status: ActionStatus) -> bool {
    matches!(status, ActionStatus::Done | ActionStatus::Dropped)
}

fn date(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Append the changes of the plan from `old` to `new`, by action id in natural order.
pub fn action_changes(changes: &mut Vec<Change>, old: &Assessment, new: &Assessment) {
    let (old_day, new_day) = (saved_on(old), saved_on(new));
    let mut ids: Vec<&str> = old.actions.iter().chain(&new.actions).map(|x| x.id.as_str()).collect();
    ids.sort_by(|x, y| natural_cmp(x, y));
    ids.dedup();
    for id in ids {
        let (before, after) = match (old.action(id), new.action(id)) {
            (Some(b), Some(a)) => (b, a),
            (None, Some(a)) => {
                let direction = if closed(a.status) {
                    Direction::Closed
                } else {
                    Direction::Opened
                };
                changes.push(change(a, String::new(), a.status.name().into(), direction));
                continue;
            }
            (Some(b), None) => {
                changes.push(change(b, b.status.name().into(), String::new(), Direction::Removed));
                continue;
            }
            (None, None) => continue,
        };
        let (from, to) = (before.status, after.status);
        if from != to {
            let direction = if closed(to) {
                Direction::Closed
            } else if to.is_open() && !from.is_open() {
                Direction::Opened
            } else {
                Direction::Changed
            };
            changes.push(change(after, from.name().into(), to.name().into(), direction));
        }
        if closed(to) {
            continue;
        }
        let later = matches!((before.due, after.due), (Some(b), Some(a)) if a > b);
        let newly_overdue = after.is_overdue(new_day) && !before.is_overdue(old_day);
        if later {
            changes.push(change(after, date(before.due), date(after.due), Direction::Slipped));
        } else if newly_overdue {
            changes.push(change(after, date(before.due), "overdue".into(), Direction::Slipped));
        }
    }
}
