//! Which requirements the questionnaire in view lists for what it is answered for. A component is
//! asked only the 62443-4-2 requirements of its type (`Assessment::asks`): a network device is
//! never shown an EDR, HDR or SAR requirement, so they are left out of the structure, of moving
//! (next, previous, next unanswered, a group's first) and of answering a whole group. Requirements
//! outside a 62443-2-4 service scope stay listed, marked (the assessor can widen the scope).

use crate::assessment::Assessment;
use crate::catalog::tree::{self, TreeRow};
use crate::catalog::{Questionnaire, Requirement};
use crate::tui::model::Model;

/// Whether `r` is listed for `target`: every requirement but those not asked of a component's type.
pub fn listed(a: &Assessment, r: &Requirement, target: Option<&str>) -> bool {
    a.asks(r, target) || !a.in_service_scope(r)
}

/// The structure of `q` as listed for `target`: its requirements that are listed, and the group
/// headers with a listed requirement in them or in a subgroup.
pub fn rows(a: &Assessment, q: &Questionnaire, target: Option<&str>) -> Vec<TreeRow> {
    let all = tree::rows(q);
    if target.and_then(|t| a.component(t)).is_none() {
        return all;
    }
    // From the bottom up: a group is kept when a requirement or a kept group follows it deeper.
    let mut kept = Vec::with_capacity(all.len());
    let mut below: Vec<bool> = Vec::new();
    for row in all.into_iter().rev() {
        match row {
            TreeRow::Requirement { index, depth } => {
                if q.requirements.get(index).is_some_and(|r| listed(a, r, target)) {
                    mark(&mut below, depth);
                    kept.push(row);
                }
            }
            TreeRow::Group { depth, .. } => {
                let any = below.get(depth + 1..).is_some_and(|d| d.iter().any(|x| *x));
                below.truncate(depth + 1);
                if any {
                    mark(&mut below, depth);
                    kept.push(row);
                }
            }
        }
    }
    kept.reverse();
    kept
}

/// Note that something listed stands at `depth`.
fn mark(below: &mut Vec<bool>, depth: usize) {
    if below.len() <= depth {
        below.resize(depth + 1, false);
    }
    below[depth] = true;
}

/// The listed requirements of group `group` (and its subgroups) for `target`, in structure order.
pub fn requirements_of(a: &Assessment, q: &Questionnaire, group: usize, target: Option<&str>) -> Vec<usize> {
    tree::requirements_of(q, group)
        .into_iter()
        .filter(|&i| q.requirements.get(i).is_some_and(|r| listed(a, r, target)))
        .collect()
}

/// The first listed requirement of group `group`.
pub fn first_requirement(a: &Assessment, q: &Questionnaire, group: usize, target: Option<&str>) -> Option<usize> {
    requirements_of(a, q, group, target).first().copied()
}

/// The listed requirements of the questionnaire in view, by index, in order.
pub fn listed_in_view(model: &Model) -> Vec<usize> {
    let (Some(q), Some(s)) = (model.questionnaire(), model.session.as_ref()) else {
        return Vec::new();
    };
    let target = s.target.as_deref();
    (0..q.requirements.len())
        .filter(|&i| listed(&s.assessment, &q.requirements[i], target))
        .collect()
}

/// Whether requirement `i` of the questionnaire in view is listed.
pub fn is_listed(model: &Model, i: usize) -> bool {
    match (model.questionnaire(), model.session.as_ref()) {
        (Some(q), Some(s)) => q
            .requirements
            .get(i)
            .is_some_and(|r| listed(&s.assessment, r, s.target.as_deref())),
        _ => true,
    }
}

/// Move the cursor `steps` listed requirements on (negative: back), stopping at the ends.
pub fn step(model: &mut Model, steps: isize) {
    let listed = listed_in_view(model);
    let Some(s) = model.session.as_mut() else { return };
    if listed.is_empty() {
        return;
    }
    // Where the cursor stands among the listed ones (a hidden cursor counts as the next listed).
    let at = listed.iter().position(|&i| i >= s.cursor).unwrap_or(listed.len() - 1);
    let to = at.saturating_add_signed(steps).min(listed.len() - 1);
    s.cursor = listed[to];
    s.group = None;
}

/// Keep the cursor on a listed requirement: a component of another type (or a change of
/// component) moves it on to the next listed one, or back to the last.
pub fn fix_cursor(model: &mut Model) {
    let Some(cursor) = model.session.as_ref().map(|s| s.cursor) else {
        return;
    };
    if is_listed(model, cursor) {
        return;
    }
    let listed = listed_in_view(model);
    let to = listed
        .iter()
        .copied()
        .find(|&i| i > cursor)
        .or_else(|| listed.last().copied());
    if let (Some(to), Some(s)) = (to, model.session.as_mut()) {
        s.cursor = to;
    }
}
