//! The questionnaire's structure as the questionnaire screen lists it: each group header, its
//! subgroups, then its requirements. The screen, the search (matches in the order they are seen)
//! and the group keys (to a header, from a header to its requirements) share this order.

use crate::catalog::Questionnaire;

/// One line of the structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeRow {
    /// A group header: index into the questionnaire's groups.
    Group { index: usize, depth: usize },
    /// A requirement: index into the questionnaire's requirements.
    Requirement { index: usize, depth: usize },
}

/// The structure in display order.
pub fn rows(q: &Questionnaire) -> Vec<TreeRow> {
    fn walk(q: &Questionnaire, index: usize, depth: usize, out: &mut Vec<TreeRow>) {
        let Some(group) = q.groups.get(index) else { return };
        out.push(TreeRow::Group { index, depth });
        for &child in &q.group_tree().children[index] {
            walk(q, child, depth + 1, out);
        }
        for (i, r) in q.requirements.iter().enumerate().filter(|(_, r)| r.group == group.id) {
            out.push(TreeRow::Requirement {
                index: i,
                depth: depth + 1 + usize::from(r.is_enhancement()),
            });
        }
    }
    let mut out = Vec::new();
    for (i, g) in q.groups.iter().enumerate() {
        if g.parent.is_none() {
            walk(q, i, 0, &mut out);
        }
    }
    out
}

/// The row of the selected group header, or else of the requirement at `cursor`.
pub fn position(rows: &[TreeRow], group: Option<usize>, cursor: usize) -> usize {
    rows.iter()
        .position(|r| match (group, r) {
            (Some(g), TreeRow::Group { index, .. }) => *index == g,
            (None, TreeRow::Requirement { index, .. }) => *index == cursor,
            _ => false,
        })
        .unwrap_or(0)
}

/// The requirements of group `index` and of all its subgroups, in structure order.
pub fn requirements_of(q: &Questionnaire, index: usize) -> Vec<usize> {
    let mut groups = vec![index];
    let mut i = 0;
    while let Some(&g) = groups.get(i) {
        groups.extend(q.group_tree().children[g].iter().copied());
        i += 1;
    }
    let ids: Vec<&str> = groups
        .iter()
        .filter_map(|&g| q.groups.get(g).map(|x| x.id.as_str()))
        .collect();
    rows(q)
        .into_iter()
        .filter_map(|r| match r {
            TreeRow::Requirement { index, .. } if ids.contains(&q.requirements[index].group.as_str()) => Some(index),
            _ => None,
        })
        .collect()
}

/// The first requirement of group `index` (or of its subgroups): where the cursor stands while
/// its header is selected, so leaving the header leaves the assessor in that group.
pub fn first_requirement(q: &Questionnaire, index: usize) -> Option<usize> {
    requirements_of(q, index).first().copied()
}

/// The group the requirement at `cursor` belongs to.
pub fn group_of(q: &Questionnaire, cursor: usize) -> Option<usize> {
    q.requirements.get(cursor).and_then(|r| q.group_position(&r.group))
}
