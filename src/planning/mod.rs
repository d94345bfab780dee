//! THE REMEDIATION PLAN: from the gaps of the results to actions in phases, and what the plan will
//! reach. Pure functions of the assessment, the catalog and the day; the rules are written down in
//! docs/planning.md.
//!
//! - `needs`: the answers that must change, each with its phase.
//! - `propose`: needs grouped into proposed actions, put into the assessment.
//! - `projection`: the results as if actions were done (per phase, and the whole plan).
//! - here: why each action matters (what it lifts, the intolerable scenarios it addresses), the
//!   order of the plan, and everything together for `plan show`, the interface and the workbook.

pub mod effort;
pub mod needs;
pub mod projection;
pub mod propose;
pub mod text;

pub use effort::{EffortLevel, EffortScale};
pub use needs::{Need, NeedKind};
pub use projection::{Projection, Stage};
pub use propose::{Proposal, Proposed, Subject};

use crate::assessment::{Action, ActionStatus, AnswerId, Assessment};
use crate::catalog::Catalog;
use crate::catalog::ids::natural_cmp;
use crate::scoring::Score;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

/// One FR of one zone or conduit lifted to a level.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Lift {
    pub target: String,
    pub fr: u8,
    pub to: u8,
}

/// One maturity group raised to its target.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Raise {
    pub questionnaire: String,
    pub group: String,
    pub to: u8,
}

/// Why an action matters, from the results as they are.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Why {
    /// The phase its open needs fall in (3-3: the earliest; maturity: the one that reaches the
    /// target); None when it addresses no open need.
    pub phase: Option<u8>,
    /// The FR steps it is part of (each needs every requirement of that step).
    pub lifts: Vec<Lift>,
    pub raises: Vec<Raise>,
    /// Intolerable scenarios aimed through an FR it lifts, at a zone or conduit it addresses.
    pub intolerable: Vec<String>,
    /// Requirements it addresses that nobody answered yet: assess them first.
    pub unanswered: Vec<AnswerId>,
    /// The answers it addresses that still hold something below target.
    pub open: usize,
    /// FR levels gained: each FR step counts 1, shared among the requirements it needs; a maturity
    /// group counts the levels its lowest requirement is raised.
    pub gain: f64,
}

/// One action of the plan, with why it matters and where it ranks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanItem {
    pub id: String,
    pub why: Why,
    /// The weight of its effort (the middle of the scale when not said).
    pub weight: f64,
    pub overdue: bool,
}

/// The plan as it stands: its actions in order and the projections.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub as_of: Date,
    /// Actions in plan order: by phase (none last), intolerable risk first, then gain per effort,
    /// then id. Dropped actions come last.
    pub items: Vec<PlanItem>,
    /// Now, after each phase, and with the whole plan done.
    pub stages: Vec<Projection>,
    /// Answers below target that no action of the plan addresses.
    pub uncovered: Vec<AnswerId>,
}

/// The needs of one score, looked up by answer, with what `why` asks of every need: how many
/// requirements each FR step needs, and which scenarios are intolerable. Built once per plan, so
/// that explaining every action costs the size of the action, not the size of the plant.
pub struct NeedIndex<'n> {
    by_answer: HashMap<&'n AnswerId, Vec<&'n Need>>,
    step_size: HashMap<(&'n str, u8, u8), usize>,
    /// Per zone or conduit, the intolerable scenarios aimed at it with the FRs they act through.
    intolerable: HashMap<&'n str, Vec<(&'n str, &'n [u8])>>,
}

impl<'n> NeedIndex<'n> {
    pub fn new(a: &'n Assessment, needs: &'n [Need], score: &Score) -> NeedIndex<'n> {
        let mut index = NeedIndex {
            by_answer: HashMap::new(),
            step_size: HashMap::new(),
            intolerable: HashMap::new(),
        };
        for n in needs {
            index.by_answer.entry(&n.answer).or_default().push(n);
            if let (NeedKind::SecurityLevel { fr, level, .. }, Some(t)) = (&n.kind, &n.answer.target) {
                *index.step_size.entry((t.as_str(), *fr, *level)).or_default() += 1;
            }
        }
        let intolerable: std::collections::HashSet<&str> = score
            .risks
            .iter()
            .filter(|r| needs::is_intolerable(r))
            .map(|r| r.scenario.as_str())
            .collect();
        for s in a.scenarios.iter().filter(|s| intolerable.contains(s.id.as_str())) {
            index
                .intolerable
                .entry(s.target.as_str())
                .or_default()
                .push((s.id.as_str(), &s.frs));
        }
        index
    }

    /// The intolerable scenarios aimed at `target` through `fr` (a scenario naming no FR acts
    /// through all).
    fn intolerable_through(&self, target: &str, fr: u8) -> impl Iterator<Item = &'n str> + '_ {
        self.intolerable
            .get(target)
            .into_iter()
            .flatten()
            .filter(move |(_, frs)| frs.is_empty() || frs.contains(&fr))
            .map(|(id, _)| *id)
    }
}

/// Which actions a list shows (`plan list`, the plan screen's filter); every part empty: all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Actions that address something in this zone or conduit.
    pub target: Option<String>,
    /// Compared trimmed, in any case.
    pub owner: Option<String>,
    pub phase: Option<u8>,
    pub status: Option<ActionStatus>,
    /// Only actions past their due date.
    pub overdue: bool,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether it lets `x` through; `overdue` as the plan says of it.
    pub fn lets_through(&self, x: &Action, overdue: bool) -> bool {
        self.target.as_deref().is_none_or(|t| x.concerns_target(t))
            && self
                .owner
                .as_deref()
                .is_none_or(|o| x.owner.trim().eq_ignore_ascii_case(o.trim()))
            && self.phase.is_none_or(|p| x.phase == Some(p))
            && self.status.is_none_or(|s| x.status == s)
            && (!self.overdue || overdue)
    }
}

/// Why `action` matters given `needs` (of `score`, the score of `a`).
pub fn why(a: &Assessment, action: &Action, needs: &[Need], score: &Score) -> Why {
    why_in(action, &NeedIndex::new(a, needs, score))
}

/// Why `action` matters, with the needs indexed.
pub fn why_in(action: &Action, index: &NeedIndex) -> Why {
    let mine: BTreeSet<AnswerId> = action.answer_ids().into_iter().collect();
    let mut out = Why {
        phase: None,
        lifts: Vec::new(),
        raises: Vec::new(),
        intolerable: Vec::new(),
        unanswered: Vec::new(),
        open: 0,
        gain: 0.0,
    };
    let (mut sl_phase, mut maturity_phase): (Option<u8>, Option<u8>) = (None, None);
    let mut lowest: HashMap<(String, String), (u8, u8)> = HashMap::new();
    let mut intolerable = BTreeSet::new();
    let of_mine = mine.iter().filter_map(|id| index.by_answer.get(id)).flatten();
    for n in of_mine {
        out.open += 1;
        match &n.kind {
            NeedKind::SecurityLevel { fr, level, unanswered } => {
                let t = n.answer.target.as_deref().unwrap_or_default();
                sl_phase = Some(sl_phase.map_or(n.phase, |p| p.min(n.phase)));
                out.lifts.push(Lift {
                    target: t.to_string(),
                    fr: *fr,
                    to: *level,
                });
                out.gain += 1.0 / index.step_size.get(&(t, *fr, *level)).copied().unwrap_or(1) as f64;
                if *unanswered {
                    out.unanswered.push(n.answer.clone());
                }
                intolerable.extend(index.intolerable_through(t, *fr).map(str::to_string));
            }
            NeedKind::Maturity { group, level, target } => {
                maturity_phase = Some(maturity_phase.map_or(n.phase, |p| p.max(n.phase)));
                let entry = lowest
                    .entry((n.answer.questionnaire.clone(), group.clone()))
                    .or_insert((*level, *target));
                entry.0 = entry.0.min(*level);
            }
        }
    }
    for ((questionnaire, group), (level, target)) in lowest {
        out.gain += f64::from(target - level);
        out.raises.push(Raise {
            questionnaire,
            group,
            to: target,
        });
    }
    out.phase = match (sl_phase, maturity_phase) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    out.lifts.sort();
    out.lifts.dedup();
    out.raises.sort();
    out.intolerable = intolerable.into_iter().collect();
    out.intolerable.sort_by(|x, y| natural_cmp(x, y));
    out
}

/// The plan of `a` on `as_of`: the actions in order with why each matters, and the projections.
pub fn plan(a: &Assessment, catalog: &Catalog, as_of: Date, effort: &EffortScale) -> Plan {
    let score = crate::scoring::score_on(a, catalog, as_of);
    plan_for(a, catalog, as_of, effort, &score)
}

/// As [`plan`], with the score of `a` on `as_of` already at hand.
pub fn plan_for(a: &Assessment, catalog: &Catalog, as_of: Date, effort: &EffortScale, score: &Score) -> Plan {
    plan_with(a, catalog, (as_of, effort, score), true)
}

/// As [`plan_for`] with two stages only, now and the whole plan (one projection instead of one per
/// phase): for a summary such as `score`'s.
pub fn summary_for(a: &Assessment, catalog: &Catalog, as_of: Date, effort: &EffortScale, score: &Score) -> Plan {
    plan_with(a, catalog, (as_of, effort, score), false)
}

fn plan_with(
    a: &Assessment,
    catalog: &Catalog,
    (as_of, effort, score): (Date, &EffortScale, &Score),
    per_phase: bool,
) -> Plan {
    let all_needs = needs::needs(score);
    // Without a stage per phase, every action counts as unphased: only the whole plan is projected.
    let planned: Vec<(Option<u8>, Vec<AnswerId>)> = a
        .actions
        .iter()
        .filter(|x| x.status.counts_in_plan())
        .map(|x| (x.phase.filter(|_| per_phase), x.answer_ids()))
        .collect();
    let covered: BTreeSet<&AnswerId> = planned.iter().flat_map(|(_, ids)| ids).collect();
    let mut uncovered: Vec<AnswerId> = all_needs
        .iter()
        .map(|n| &n.answer)
        .filter(|id| !covered.contains(id))
        .cloned()
        .collect();
    uncovered.sort();
    uncovered.dedup();
    Plan {
        as_of,
        items: ordered(a, as_of, effort, score, &all_needs),
        stages: projection::stages(a, catalog, as_of, score, &planned),
        uncovered,
    }
}

/// The actions of `a` in plan order with why each matters, without projections (for a list);
/// `needs` are the needs of `score`.
pub fn ordered(a: &Assessment, as_of: Date, effort: &EffortScale, score: &Score, needs: &[Need]) -> Vec<PlanItem> {
    order(&a.actions, &NeedIndex::new(a, needs, score), as_of, effort)
}

/// `actions` in plan order with why each matters.
fn order(actions: &[Action], index: &NeedIndex, as_of: Date, effort: &EffortScale) -> Vec<PlanItem> {
    let mut items: Vec<(PlanItem, &Action)> = actions
        .iter()
        .map(|x| {
            (
                PlanItem {
                    id: x.id.clone(),
                    why: why_in(x, index),
                    weight: effort.weight_or_unknown(&x.effort),
                    overdue: x.is_overdue(as_of),
                },
                x,
            )
        })
        .collect();
    items.sort_by(|(p, x), (q, y)| {
        (x.status == ActionStatus::Dropped)
            .cmp(&(y.status == ActionStatus::Dropped))
            .then_with(|| match (x.phase, y.phase) {
                (Some(a), Some(b)) => a.cmp(&b),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            // Intolerable risk first (false before true).
            .then_with(|| p.why.intolerable.is_empty().cmp(&q.why.intolerable.is_empty()))
            .then_with(|| (q.why.gain / q.weight).total_cmp(&(p.why.gain / p.weight)))
            .then_with(|| natural_cmp(&x.id, &y.id))
    });
    items.into_iter().map(|(p, _)| p).collect()
}

/// Propose actions for the open gaps of `a` on `as_of` and put them into `a` (see `propose.rs`).
pub fn propose(
    a: &mut Assessment,
    catalog: &Catalog,
    as_of: Date,
    title: &dyn Fn(&Proposal) -> String,
    by: &str,
    now: jiff::Timestamp,
) -> Proposed {
    let score = crate::scoring::score_on(a, catalog, as_of);
    let all_needs = needs::needs(&score);
    let proposals = propose::proposals(a, &all_needs);
    propose::apply(a, proposals, title, by, now)
}
