//! Re-applying unsaved changes over a file that another program changed: a three-way merge of the
//! version last read or written (base), the one in memory (mine) and the one on disk now (theirs).
//! Item by item: each answer by its key, each system, zone, conduit, component, scenario and
//! countermeasure record by its id, each interviewee by name, and the
//! metadata, the targets and the risk model as wholes. What only one side changed is taken from that
//! side; what both changed differently is a conflict, kept as mine until the user takes theirs.

use super::countermeasure::{self, Countermeasure};
use super::model::{Answer, AnswerId, Assessment, Conduit, Metadata, Scenario, Targets, Zone};
use super::{Approval, Interviewee, System};
use crate::catalog::RiskModel;
use std::collections::{BTreeMap, BTreeSet};

/// What is merged as one piece.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKey {
    Metadata,
    Targets,
    RiskModel,
    System(String),
    /// An interviewee by name.
    Interviewee(String),
    Zone(String),
    Conduit(String),
    Component(String),
    Scenario(String),
    Countermeasure(String),
    Action(String),
    Answer(AnswerId),
    /// An approval by (system, by, date).
    Approval(String, String, jiff::civil::Date),
}

/// One piece's content on one side.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Metadata(Box<Metadata>),
    Targets(Targets),
    RiskModel(Option<Box<RiskModel>>),
    System(System),
    Interviewee(Interviewee),
    Zone(Zone),
    Conduit(Conduit),
    Component(super::Component),
    Scenario(Scenario),
    Countermeasure(Box<Countermeasure>),
    Action(Box<super::Action>),
    Answer(Box<Answer>),
    Approval(Approval),
}

/// Which side of a conflict is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

/// A piece both sides changed, differently. `None` means that side removed it.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub key: ItemKey,
    pub mine: Option<Item>,
    pub theirs: Option<Item>,
}

#[derive(Debug, Clone)]
pub struct ThreeWay {
    /// Mine with theirs' changes applied; conflicts resolved as mine.
    pub merged: Assessment,
    pub conflicts: Vec<Conflict>,
    /// Pieces changed only in memory (re-applied) and only on disk (taken).
    pub mine_only: usize,
    pub theirs_only: usize,
}

/// Whether two versions of a piece say the same. Answers are compared by what was said (value,
/// note, evidence, flag, interviewee), not by when it was stamped; the modified time of the
/// metadata changes with every save and is left out.
fn same(a: Option<&Item>, b: Option<&Item>) -> bool {
    match (a, b) {
        (Some(Item::Answer(x)), Some(Item::Answer(y))) => {
            x.value == y.value
                && x.note == y.note
                && x.evidence == y.evidence
                && x.flagged == y.flagged
                && x.interviewee == y.interviewee
        }
        (Some(Item::Metadata(x)), Some(Item::Metadata(y))) => {
            let mut y = y.clone();
            y.modified = x.modified;
            **x == *y
        }
        _ => a == b,
    }
}

fn pieces(a: &Assessment) -> BTreeMap<ItemKey, Item> {
    let mut out = BTreeMap::new();
    out.insert(ItemKey::Metadata, Item::Metadata(Box::new(a.assessment.clone())));
    out.insert(ItemKey::Targets, Item::Targets(a.targets.clone()));
    out.insert(ItemKey::RiskModel, Item::RiskModel(a.risk_model.clone().map(Box::new)));
    for s in &a.systems {
        out.insert(ItemKey::System(s.id.clone()), Item::System(s.clone()));
    }
    for x in &a.interviewees {
        out.insert(ItemKey::Interviewee(x.name.clone()), Item::Interviewee(x.clone()));
    }
    for z in &a.zones {
        out.insert(ItemKey::Zone(z.id.clone()), Item::Zone(z.clone()));
    }
    for c in &a.conduits {
        out.insert(ItemKey::Conduit(c.id.clone()), Item::Conduit(c.clone()));
    }
    for c in &a.components {
        out.insert(ItemKey::Component(c.id.clone()), Item::Component(c.clone()));
    }
    for s in &a.scenarios {
        out.insert(ItemKey::Scenario(s.id.clone()), Item::Scenario(s.clone()));
    }
    for c in &a.countermeasures {
        out.insert(
            ItemKey::Countermeasure(c.id.clone()),
            Item::Countermeasure(Box::new(c.clone())),
        );
    }
    for x in &a.actions {
        out.insert(ItemKey::Action(x.id.clone()), Item::Action(Box::new(x.clone())));
    }
    for x in a.answers() {
        out.insert(ItemKey::Answer(x.id()), Item::Answer(Box::new(x.clone())));
    }
    for x in &a.approvals {
        let (system, by, date) = x.key();
        out.insert(ItemKey::Approval(system, by, date), Item::Approval(x.clone()));
    }
    out
}

/// Put `item` (or remove the piece, for `None`) into `a`. Zones, conduits and scenarios keep their
/// place; new ones go last.
pub fn put(a: &mut Assessment, key: &ItemKey, item: Option<&Item>) {
    fn place<T: Clone>(list: &mut Vec<T>, id: &str, of: impl Fn(&T) -> &str, item: Option<&T>) {
        let at = list.iter().position(|x| of(x) == id);
        match (at, item) {
            (Some(i), Some(x)) => list[i] = x.clone(),
            (None, Some(x)) => list.push(x.clone()),
            (Some(i), None) => {
                list.remove(i);
            }
            (None, None) => {}
        }
    }
    match (key, item) {
        (ItemKey::Metadata, Some(Item::Metadata(m))) => a.assessment = (**m).clone(),
        (ItemKey::Targets, Some(Item::Targets(t))) => a.targets = t.clone(),
        (ItemKey::RiskModel, Some(Item::RiskModel(m))) => a.risk_model = m.as_deref().cloned(),
        (ItemKey::System(id), _) => {
            let s = match item {
                Some(Item::System(s)) => Some(s),
                _ => None,
            };
            place(&mut a.systems, id, |x| &x.id, s);
        }
        (ItemKey::Interviewee(name), _) => {
            let x = match item {
                Some(Item::Interviewee(x)) => Some(x),
                _ => None,
            };
            place(&mut a.interviewees, name, |x| &x.name, x);
            super::interviewee::sort(&mut a.interviewees);
        }
        (ItemKey::Zone(id), _) => {
            let z = match item {
                Some(Item::Zone(z)) => Some(z),
                _ => None,
            };
            place(&mut a.zones, id, |x| &x.id, z);
        }
        (ItemKey::Conduit(id), _) => {
            let c = match item {
                Some(Item::Conduit(c)) => Some(c),
                _ => None,
            };
            place(&mut a.conduits, id, |x| &x.id, c);
        }
        (ItemKey::Component(id), _) => {
            let c = match item {
                Some(Item::Component(c)) => Some(c),
                _ => None,
            };
            place(&mut a.components, id, |x| &x.id, c);
            a.sort_components();
        }
        (ItemKey::Scenario(id), _) => {
            let s = match item {
                Some(Item::Scenario(s)) => Some(s),
                _ => None,
            };
            place(&mut a.scenarios, id, |x| &x.id, s);
        }
        (ItemKey::Countermeasure(id), _) => {
            let c = match item {
                Some(Item::Countermeasure(c)) => Some(&**c),
                _ => None,
            };
            place(&mut a.countermeasures, id, |x| &x.id, c);
            countermeasure::sort(&mut a.countermeasures);
        }
        (ItemKey::Action(id), _) => {
            let x = match item {
                Some(Item::Action(x)) => Some(&**x),
                _ => None,
            };
            place(&mut a.actions, id, |x| &x.id, x);
            super::action::sort(&mut a.actions);
        }
        (ItemKey::Answer(_), Some(Item::Answer(x))) => {
            a.set_answer((**x).clone());
        }
        (ItemKey::Answer(id), _) => {
            a.remove_answer(id.key());
        }
        (ItemKey::Approval(system, by, date), _) => {
            let at = a
                .approvals
                .iter()
                .position(|x| x.system == *system && x.by == *by && x.date == *date);
            match (at, item) {
                (Some(i), Some(Item::Approval(x))) => a.approvals[i] = x.clone(),
                (None, Some(Item::Approval(x))) => a.approvals.push(x.clone()),
                (Some(i), _) => {
                    a.approvals.remove(i);
                }
                (None, _) => {}
            }
        }
        // The metadata, targets and risk model are never removed.
        _ => {}
    }
}

/// A piece both sides changed, merged field by field where its kind allows (an action: each side's
/// fields and both status histories); None for a real conflict.
fn merge_fields(base: Option<&Item>, mine: Option<&Item>, theirs: Option<&Item>) -> Option<Item> {
    match (base?, mine?, theirs?) {
        (Item::Action(b), Item::Action(m), Item::Action(t)) => {
            super::action::merge_three(b, m, t).map(|x| Item::Action(Box::new(x)))
        }
        _ => None,
    }
}

/// Merge `mine` and `theirs`, both descended from `base`.
pub fn merge(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> ThreeWay {
    let (b, m, t) = (pieces(base), pieces(mine), pieces(theirs));
    let keys: BTreeSet<&ItemKey> = b.keys().chain(m.keys()).chain(t.keys()).collect();
    let mut merged = mine.clone();
    let mut conflicts = Vec::new();
    let (mut mine_only, mut theirs_only) = (0, 0);
    for key in keys {
        let (bi, mi, ti) = (b.get(key), m.get(key), t.get(key));
        if same(mi, ti) {
            continue;
        }
        if same(mi, bi) {
            put(&mut merged, key, ti);
            theirs_only += 1;
        } else if same(ti, bi) {
            mine_only += 1;
        } else if let Some(both) = merge_fields(bi, mi, ti) {
            put(&mut merged, key, Some(&both));
            (mine_only, theirs_only) = (mine_only + 1, theirs_only + 1);
        } else {
            conflicts.push(Conflict {
                key: key.clone(),
                mine: mi.cloned(),
                theirs: ti.cloned(),
            });
        }
    }
    merged.assessment.modified = mine.assessment.modified.max(theirs.assessment.modified);
    ThreeWay {
        merged,
        conflicts,
        mine_only,
        theirs_only,
    }
}

impl Conflict {
    /// Settle this conflict in `merged` by taking `side`.
    pub fn take(&self, side: Side, merged: &mut Assessment) {
        let item = match side {
            Side::Mine => self.mine.as_ref(),
            Side::Theirs => self.theirs.as_ref(),
        };
        put(merged, &self.key, item);
    }
}

impl std::fmt::Display for ItemKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ItemKey::Metadata => write!(f, "assessment"),
            ItemKey::Targets => write!(f, "targets"),
            ItemKey::RiskModel => write!(f, "risk model"),
            ItemKey::System(id)
            | ItemKey::Interviewee(id)
            | ItemKey::Zone(id)
            | ItemKey::Conduit(id)
            | ItemKey::Component(id)
            | ItemKey::Scenario(id)
            | ItemKey::Countermeasure(id)
            | ItemKey::Action(id) => write!(f, "{id}"),
            ItemKey::Answer(id) => write!(f, "{id}"),
            ItemKey::Approval(system, by, date) => write!(f, "{system} {by} {date}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn with(answers: &[(&str, &str, &str)]) -> Assessment {
        let mut a = Assessment::new("P", "en", vec!["q".into()], Timestamp::UNIX_EPOCH);
        for (r, value, note) in answers {
            let mut x = Answer::new(&AnswerId::new("q", None, r), Timestamp::UNIX_EPOCH);
            x.value = Some((*value).into());
            x.note = note.to_string();
            a.set_answer(x);
        }
        a
    }

    fn value(a: &Assessment, r: &str) -> Option<String> {
        a.answer(AnswerId::new("q", None, r).key())
            .and_then(|x| x.value.clone().map(String::from))
    }

    #[test]
    fn each_side_keeps_what_only_it_changed() {
        let base = with(&[("A", "ml1", ""), ("B", "ml1", ""), ("C", "ml1", "")]);
        // Mine changed A and removed C; theirs changed B and added D.
        let mine = with(&[("A", "ml3", ""), ("B", "ml1", "")]);
        let theirs = with(&[("A", "ml1", ""), ("B", "ml2", ""), ("C", "ml1", ""), ("D", "ml4", "")]);
        let m = merge(&base, &mine, &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(value(&m.merged, "A").as_deref(), Some("ml3"));
        assert_eq!(value(&m.merged, "B").as_deref(), Some("ml2"));
        assert_eq!(value(&m.merged, "C"), None);
        assert_eq!(value(&m.merged, "D").as_deref(), Some("ml4"));
        assert_eq!((m.mine_only, m.theirs_only), (2, 2));
    }

    #[test]
    fn both_changing_one_answer_differently_is_a_conflict_kept_as_mine_until_settled() {
        let base = with(&[("A", "ml1", "")]);
        let mine = with(&[("A", "ml2", "mine")]);
        let theirs = with(&[("A", "ml3", "theirs")]);
        let mut m = merge(&base, &mine, &theirs);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(value(&m.merged, "A").as_deref(), Some("ml2"));
        let c = m.conflicts[0].clone();
        c.take(Side::Theirs, &mut m.merged);
        assert_eq!(value(&m.merged, "A").as_deref(), Some("ml3"));
        c.take(Side::Mine, &mut m.merged);
        assert_eq!(value(&m.merged, "A").as_deref(), Some("ml2"));
    }

    #[test]
    fn the_same_change_on_both_sides_and_a_touch_are_no_conflict() {
        let base = with(&[("A", "ml1", "")]);
        let mine = with(&[("A", "ml2", "n")]);
        let mut theirs = with(&[("A", "ml2", "n")]);
        theirs.assessment.modified = Timestamp::from_second(99).unwrap();
        let m = merge(&base, &mine, &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(m.merged.assessment.modified, Timestamp::from_second(99).unwrap());
        assert_eq!(merge(&base, &base, &base).theirs_only, 0);
    }

    #[test]
    fn a_removal_against_a_change_is_a_conflict() {
        let mut base = with(&[]);
        base.zones.push(Zone {
            system: String::new(),
            id: "Z1".into(),
            name: "Control".into(),
            description: String::new(),
            assets: vec![],
            layer: None,
            adjustments: vec![],
            sl_t: None,
        });
        let mut mine = base.clone();
        mine.zones.clear();
        let mut theirs = base.clone();
        theirs.zones[0].name = "Control network".into();
        let m = merge(&base, &mine, &theirs);
        assert_eq!(m.conflicts.len(), 1);
        assert!(m.merged.zones.is_empty());
        let mut merged = m.merged.clone();
        m.conflicts[0].take(Side::Theirs, &mut merged);
        assert_eq!(merged.zones[0].name, "Control network");
    }

    #[test]
    fn an_action_changed_on_both_sides_in_different_fields_is_no_conflict() {
        use crate::assessment::{Action, ActionStatus};
        let mut base = with(&[]);
        base.set_action(Action::new(
            "A-01",
            "Segment",
            ActionStatus::Proposed,
            "ana",
            Timestamp::UNIX_EPOCH,
        ));
        let mut mine = base.clone();
        let later: Timestamp = "2026-12-02T09:00:00Z".parse().unwrap();
        mine.actions[0].set_status(ActionStatus::Planned, "ana", later);
        let mut theirs = base.clone();
        theirs.actions[0].title = "Segment the cell network".into();
        let m = merge(&base, &mine, &theirs);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let x = &m.merged.actions[0];
        assert_eq!(
            (x.title.as_str(), x.status),
            ("Segment the cell network", ActionStatus::Planned)
        );
        theirs.actions[0].set_status(ActionStatus::Dropped, "ben", later);
        mine.actions[0].title = "Segment now".into();
        theirs.actions[0].title = "Segment later".into();
        assert_eq!(
            merge(&base, &mine, &theirs).conflicts.len(),
            1,
            "one title, two new ones"
        );
    }

    #[test]
    fn countermeasure_records_are_merged_by_id() {
        let mut base = with(&[]);
        base.set_countermeasure(Countermeasure::new("CCM-1", "q", vec!["A".into()], vec![]));
        let mut mine = base.clone();
        mine.countermeasures[0].approved_by = "P. Owner".into();
        mine.set_countermeasure(Countermeasure::new("CCM-3", "q", vec!["C".into()], vec![]));
        let mut theirs = base.clone();
        theirs.countermeasures[0].verification = "tested".into();
        theirs.set_countermeasure(Countermeasure::new("CCM-2", "q", vec!["B".into()], vec![]));
        let m = merge(&base, &mine, &theirs);
        // Both changed CCM-1: a conflict, kept as mine until theirs is taken.
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].key, ItemKey::Countermeasure("CCM-1".into()));
        let ids: Vec<&str> = m.merged.countermeasures.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["CCM-1", "CCM-2", "CCM-3"], "theirs added, mine added, in order");
        assert_eq!(m.merged.countermeasures[0].approved_by, "P. Owner");
        let mut merged = m.merged.clone();
        m.conflicts[0].take(Side::Theirs, &mut merged);
        assert_eq!(merged.countermeasures[0].verification, "tested");
        assert_eq!(merged.countermeasures[0].approved_by, "");
    }

    fn component(id: &str, version: &str) -> crate::assessment::Component {
        crate::assessment::Component {
            id: id.into(),
            name: id.into(),
            kind: crate::catalog::ComponentType::EmbeddedDevice,
            vendor: String::new(),
            product: String::new(),
            version: version.into(),
            zone: String::new(),
            declared: None,
        }
    }

    #[test]
    fn components_added_on_disk_survive_unsaved_changes_in_memory() {
        // The interface holds an unsaved component PLC-1 while `component add` writes PLC-2 and
        // `component edit` changes PLC-0's version in the file: all three reach the merged file.
        let mut base = with(&[]);
        base.put_component(component("PLC-0", "1.0"));
        let mut mine = base.clone();
        mine.put_component(component("PLC-1", "1.0"));
        let mut theirs = base.clone();
        theirs.put_component(component("PLC-2", "2.0"));
        theirs.put_component(component("PLC-0", "1.1"));
        let m = merge(&base, &mine, &theirs);
        assert!(m.conflicts.is_empty());
        let got: Vec<(&str, &str)> = m
            .merged
            .components
            .iter()
            .map(|c| (c.id.as_str(), c.version.as_str()))
            .collect();
        assert_eq!(got, [("PLC-0", "1.1"), ("PLC-1", "1.0"), ("PLC-2", "2.0")]);
        // Both changed PLC-0 differently: a conflict.
        mine.put_component(component("PLC-0", "3.0"));
        let m = merge(&base, &mine, &theirs);
        assert_eq!(m.conflicts[0].key, ItemKey::Component("PLC-0".into()));
    }
}
