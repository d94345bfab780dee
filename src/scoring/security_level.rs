//! Security level achieved (62443-3-3), per zone or conduit: for each FR the highest n such that
//! every requirement of that FR with min_sl <= n is met, or compensated by a record that stands
//! (not applicable ones do not hold it down; unanswered ones do, and are listed). An FR in which
//! nothing applies has no SL-A at all ("n/a"), not SL 4. Then the gap to SL-T and the exact
//! requirements that close it.

use super::countermeasures::Cover;
use crate::assessment::{Assessment, SlVector};
use crate::catalog::ids::natural_cmp;
use crate::catalog::{Catalog, Questionnaire};
use serde::Serialize;

/// How one requirement stands for the SL-A computation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fulfilment {
    /// Met, or met by a documented compensating countermeasure.
    Satisfied,
    NotApplicable,
    NotSatisfied,
    Unanswered,
}

/// SL-A per FR: `None` where no requirement of that FR applies (shown "n/a"; `null` in JSON).
pub type SlAchieved = [Option<u8>; 7];

/// An SL-A vector as text: "2 1 n/a 4 ..." with `na` for the FRs without one.
pub fn achieved_text(v: &SlAchieved, na: &str) -> String {
    let levels: Vec<String> = v.iter().map(|l| level_text(*l, na)).collect();
    levels.join(" ")
}

/// One FR's SL-A as text, `na` where nothing applies.
pub fn level_text(l: Option<u8>, na: &str) -> String {
    l.map(|l| l.to_string()).unwrap_or_else(|| na.to_string())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FrAchieved {
    pub fr: u8,
    /// None: nothing in this FR applies.
    pub achieved: Option<u8>,
    /// Requirements at min_sl = achieved + 1 that are not satisfied: what holds this FR down.
    pub holding_down: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapItem {
    pub requirement: String,
    pub fr: u8,
    pub min_sl: u8,
    pub state: Fulfilment,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecurityLevelResult {
    pub questionnaire: String,
    /// The zone or conduit.
    pub target: String,
    pub sl_a: SlAchieved,
    pub frs: Vec<FrAchieved>,
    /// The SL-T it is compared with, when one is known.
    pub sl_t: Option<SlVector>,
    /// Per FR: SL-T minus SL-A where positive (0 where nothing applies).
    pub gap: SlVector,
    /// The requirements that must be satisfied to reach SL-T, ordered by FR, SL and id.
    pub to_close: Vec<GapItem>,
    pub answered: usize,
    pub applicable: usize,
}

/// How one FR of a zone or conduit stands against its SL-T.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// No SL-T to compare with.
    NoTarget,
    /// SL-A reaches SL-T, or nothing in the FR applies.
    Reached,
    /// Below SL-T because a requirement the SL-T needs is not met: a gap.
    Short,
    /// Below SL-T only because requirements the SL-T needs are not answered yet: open work, not
    /// a gap.
    Unassessed,
}

impl SecurityLevelResult {
    /// How FR `fr` (1 to 7) stands: a gap only where a needed requirement is not met.
    pub fn standing(&self, fr: u8) -> Standing {
        let i = usize::from(fr.clamp(1, 7) - 1);
        if self.sl_t.is_none() {
            Standing::NoTarget
        } else if self.gap[i] == 0 {
            Standing::Reached
        } else if self
            .to_close
            .iter()
            .any(|g| g.fr == fr && g.state == Fulfilment::NotSatisfied)
        {
            Standing::Short
        } else {
            Standing::Unassessed
        }
    }

    /// How the zone or conduit stands as a whole: short if any FR is, else not assessed if any
    /// FR is, else reached (or no target).
    pub fn overall(&self) -> Standing {
        let all: Vec<Standing> = (1..=7).map(|fr| self.standing(fr)).collect();
        [Standing::Short, Standing::Unassessed, Standing::Reached]
            .into_iter()
            .find(|s| all.contains(s))
            .unwrap_or(Standing::NoTarget)
    }
}

/// The fulfilment of each requirement of `q` asked for `target` (of a component: of its type).
pub fn fulfilments<'a>(
    a: &Assessment,
    catalog: &Catalog,
    cover: &Cover,
    q: &'a Questionnaire,
    target: &str,
) -> Vec<(&'a crate::catalog::Requirement, Fulfilment)> {
    let answers = a.answers_for(&q.id, Some(target));
    let asked = a.asks_for(Some(target));
    q.requirements
        .iter()
        .filter(|r| asked(r))
        .map(|r| {
            let state = match super::credited(catalog, cover, r, super::find(answers, &r.id)) {
                None => Fulfilment::Unanswered,
                Some(v) if v.not_applicable => Fulfilment::NotApplicable,
                Some(v) if v.satisfies => Fulfilment::Satisfied,
                Some(_) => Fulfilment::NotSatisfied,
            };
            (r, state)
        })
        .collect()
}

/// SL-A over the seven FRs from a list of (fr, min_sl, fulfilment): per FR, 4 lowered by each
/// requirement that is not satisfied to one below its min_sl; `None` for an FR without a single
/// applicable requirement.
pub fn achieved(items: &[(u8, u8, Fulfilment)]) -> SlAchieved {
    let mut v: SlAchieved = [None; 7];
    for &(fr, min_sl, state) in items {
        if !(1..=7).contains(&fr) || state == Fulfilment::NotApplicable {
            continue;
        }
        let slot = v[usize::from(fr - 1)].get_or_insert(4);
        if state != Fulfilment::Satisfied {
            *slot = (*slot).min(min_sl.saturating_sub(1));
        }
    }
    v
}

/// The requirements that close a gap in the order every list shows them: by FR, level, id.
pub fn sort_gaps(gaps: &mut [GapItem]) {
    gaps.sort_by(|x, y| {
        x.fr.cmp(&y.fr)
            .then(x.min_sl.cmp(&y.min_sl))
            .then_with(|| natural_cmp(&x.requirement, &y.requirement))
    });
}

/// The SL-A result for one zone or conduit, compared with `sl_t` when given.
pub fn evaluate(
    a: &Assessment,
    catalog: &Catalog,
    cover: &Cover,
    q: &Questionnaire,
    target: &str,
    sl_t: Option<SlVector>,
) -> SecurityLevelResult {
    evaluate_states(&q.id, target, &fulfilments(a, catalog, cover, q, target), sl_t)
}

/// [`evaluate`] from the fulfilments already worked out for `target`.
pub fn evaluate_states(
    questionnaire: &str,
    target: &str,
    states: &[(&crate::catalog::Requirement, Fulfilment)],
    sl_t: Option<SlVector>,
) -> SecurityLevelResult {
    let items: Vec<(u8, u8, Fulfilment)> = states
        .iter()
        .filter_map(|(r, s)| Some((r.fr?, r.min_sl?, *s)))
        .collect();
    let sl_a = achieved(&items);
    let frs = (1..=7u8)
        .map(|fr| {
            let level = sl_a[usize::from(fr - 1)];
            let holding_down = states
                .iter()
                .filter(|(r, s)| {
                    r.fr == Some(fr)
                        && level.is_some_and(|l| r.min_sl == Some(l + 1))
                        && matches!(s, Fulfilment::NotSatisfied | Fulfilment::Unanswered)
                })
                .map(|(r, _)| r.id.clone())
                .collect();
            FrAchieved {
                fr,
                achieved: level,
                holding_down,
            }
        })
        .collect();
    let mut gap = [0u8; 7];
    let mut to_close = Vec::new();
    if let Some(t) = sl_t {
        for i in 0..7 {
            gap[i] = sl_a[i].map_or(0, |a| t[i].saturating_sub(a));
        }
        for (r, s) in states {
            let (Some(fr), Some(min_sl)) = (r.fr, r.min_sl) else {
                continue;
            };
            let needed = t[usize::from(fr - 1)];
            if min_sl <= needed && matches!(s, Fulfilment::NotSatisfied | Fulfilment::Unanswered) {
                to_close.push(GapItem {
                    requirement: r.id.clone(),
                    fr,
                    min_sl,
                    state: *s,
                });
            }
        }
        sort_gaps(&mut to_close);
    }
    let applicable = states.iter().filter(|(_, s)| *s != Fulfilment::NotApplicable).count();
    let answered = states
        .iter()
        .filter(|(_, s)| matches!(s, Fulfilment::Satisfied | Fulfilment::NotSatisfied))
        .count();
    SecurityLevelResult {
        questionnaire: questionnaire.to_string(),
        target: target.to_string(),
        sl_a,
        frs,
        sl_t,
        gap,
        to_close,
        answered,
        applicable,
    }
}

#[cfg(test)]
mod tests {
    use super::Fulfilment::*;
    use super::*;

    fn result(gap: [u8; 7], to_close: Vec<GapItem>) -> SecurityLevelResult {
        SecurityLevelResult {
            questionnaire: "q".into(),
            target: "Z1".into(),
            sl_a: [Some(0); 7],
            frs: Vec::new(),
            sl_t: Some([2; 7]),
            gap,
            to_close,
            answered: 1,
            applicable: 1,
        }
    }

    fn item(fr: u8, state: Fulfilment) -> GapItem {
        GapItem {
            requirement: format!("SR {fr}.1"),
            fr,
            min_sl: 1,
            state,
        }
    }

    #[test]
    fn an_fr_is_short_only_where_a_needed_requirement_is_not_met() {
        let r = result(
            [2, 2, 0, 0, 0, 0, 0],
            vec![item(1, NotSatisfied), item(1, Unanswered), item(2, Unanswered)],
        );
        assert_eq!(r.standing(1), Standing::Short, "one not met is a gap");
        assert_eq!(r.standing(2), Standing::Unassessed, "only unanswered: open work");
        assert_eq!(r.standing(3), Standing::Reached);
        assert_eq!(r.overall(), Standing::Short);
        let open = result([2, 0, 0, 0, 0, 0, 0], vec![item(1, Unanswered)]);
        assert_eq!(open.overall(), Standing::Unassessed, "nothing answered is no gap");
        let done = result([0; 7], Vec::new());
        assert_eq!(done.overall(), Standing::Reached);
        let no_target = SecurityLevelResult { sl_t: None, ..done };
        assert_eq!(no_target.overall(), Standing::NoTarget);
    }

    #[test]
    fn an_unmet_sl2_requirement_caps_its_fr_at_1() {
        let items = [
            (1, 1, Satisfied),
            (1, 2, NotSatisfied),
            (2, 1, Satisfied),
            (2, 3, Unanswered),
        ];
        assert_eq!(achieved(&items), [Some(1), Some(2), None, None, None, None, None]);
    }

    #[test]
    fn not_applicable_does_not_hold_a_level_down() {
        let items = [(4, 1, NotApplicable), (4, 2, Satisfied), (4, 4, NotApplicable)];
        assert_eq!(achieved(&items)[3], Some(4));
    }

    #[test]
    fn an_fr_where_nothing_applies_has_no_level() {
        let items = [(4, 1, NotApplicable), (4, 2, NotApplicable), (5, 1, Unanswered)];
        assert_eq!(achieved(&items)[3], None, "all not applicable: n/a, not SL 4");
        assert_eq!(achieved(&items)[4], Some(0), "unanswered applies and holds it down");
    }

    #[test]
    fn an_unmet_sl1_requirement_gives_zero() {
        assert_eq!(achieved(&[(7, 1, NotSatisfied)])[6], Some(0));
    }
}
