//! What the plan will reach: the assessment scored as if some actions were done, every answer
//! they address treated as met (3-3) or at its target (maturity). Nothing is written: the answers
//! are changed in a copy, and the copy is scored by the same code as the real results, so a
//! projection can never disagree with the results the same answers would give.

use crate::assessment::SlVector;
use crate::assessment::{AnswerId, Assessment};
use crate::catalog::Catalog;
use crate::scoring::security_level::SlAchieved;
use crate::scoring::{self, Score};
use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

/// Where in the plan a projection stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "stage", content = "phase")]
pub enum Stage {
    /// The results as they are.
    Now,
    /// Every action of this phase and the ones before it done.
    AfterPhase(u8),
    /// Every action of the plan done (whatever its phase; dropped ones left out).
    WholePlan,
}

/// A zone's or conduit's SL-A at a stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProjectedLevel {
    pub questionnaire: String,
    pub target: String,
    pub sl_a: SlAchieved,
    pub sl_t: Option<SlVector>,
    /// FRs with an SL-A that reach SL-T ...
    pub reached: usize,
    /// ... of the FRs with an SL-A (nothing applies in the others).
    pub of: usize,
}

/// A maturity group's standing at a stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProjectedGroup {
    pub questionnaire: String,
    pub group: String,
    pub depth: usize,
    pub target: u8,
    pub min: Option<u8>,
    pub mean: Option<f64>,
    /// Answered requirements at their target ...
    pub meeting_target: usize,
    /// ... of the answered ones.
    pub answered: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Projection {
    #[serde(flatten)]
    pub stage: Stage,
    pub levels: Vec<ProjectedLevel>,
    pub maturity: Vec<ProjectedGroup>,
}

impl Projection {
    /// The projection of a score.
    pub fn of(stage: Stage, score: &Score) -> Projection {
        let levels = score
            .security_levels
            .iter()
            .map(|r| {
                let with_level: Vec<(u8, u8)> = (0..7)
                    .filter_map(|i| Some((r.sl_a[i]?, r.sl_t.map_or(0, |t| t[i]))))
                    .collect();
                ProjectedLevel {
                    questionnaire: r.questionnaire.clone(),
                    target: r.target.clone(),
                    sl_a: r.sl_a,
                    sl_t: r.sl_t,
                    reached: with_level.iter().filter(|(a, t)| a >= t).count(),
                    of: with_level.len(),
                }
            })
            .collect();
        let maturity = score
            .maturity
            .iter()
            .flat_map(|p| {
                p.groups.iter().map(|g| ProjectedGroup {
                    questionnaire: p.questionnaire.clone(),
                    group: g.group.clone(),
                    depth: g.depth,
                    target: g.target,
                    min: g.stats.min,
                    mean: g.stats.mean,
                    meeting_target: g.stats.meeting_target,
                    answered: g.stats.answered,
                })
            })
            .collect();
        Projection {
            stage,
            levels,
            maturity,
        }
    }

    /// The SL-A of `target` (first questionnaire with security levels that has it).
    pub fn level(&self, target: &str) -> Option<&ProjectedLevel> {
        self.levels.iter().find(|l| l.target == target)
    }
}

/// A copy of `a` in which every answer of `done` is met (3-3) or at its target (maturity), where
/// it is not already on `as_of`. `score` is the score of `a` on that day (for the maturity targets).
pub fn assume_done(a: &Assessment, catalog: &Catalog, as_of: Date, score: &Score, done: &[AnswerId]) -> Assessment {
    let cover = scoring::Cover::on(a, as_of);
    let mut changed = Vec::new();
    let now = Timestamp::UNIX_EPOCH;
    for id in done {
        let Some(q) = catalog.questionnaire(&id.questionnaire) else {
            continue;
        };
        let Some(r) = q.requirement(&id.requirement) else {
            continue;
        };
        let Some(scale) = catalog.scale_of(r) else {
            continue;
        };
        let current = scoring::credited(catalog, &cover, r, a.answer(id.key()));
        let value = if r.min_sl.is_some() {
            if current.is_some_and(|v| v.satisfies) {
                continue;
            }
            scale
                .values
                .iter()
                .find(|v| v.satisfies && !v.not_applicable && !v.note_required)
        } else {
            let target = score
                .maturity
                .iter()
                .filter(|p| p.questionnaire == id.questionnaire)
                .flat_map(|p| &p.requirements)
                .find(|m| m.requirement == id.requirement)
                .map_or(a.targets.maturity, |m| m.target);
            if current.is_some_and(|v| v.level.is_some_and(|l| l >= target)) {
                continue;
            }
            scale
                .values
                .iter()
                .filter(|v| !v.not_applicable && !v.note_required && v.level.is_some_and(|l| l >= target))
                .min_by_key(|v| v.level)
        };
        let Some(value) = value else {
            continue;
        };
        let mut answer = a
            .answer(id.key())
            .cloned()
            .unwrap_or_else(|| crate::assessment::Answer::new(id, now));
        answer.value = Some(value.id.as_str().into());
        changed.push(answer);
    }
    let mut copy = a.clone();
    copy.set_answers(changed);
    copy
}

/// The projections of the plan: now, after each phase that has actions (cumulative), and with the
/// whole plan done. `phase_of` gives each counted action's phase (None: not in a phase); dropped
/// actions are left out by the caller.
pub fn stages(
    a: &Assessment,
    catalog: &Catalog,
    as_of: Date,
    score: &Score,
    planned: &[(Option<u8>, Vec<AnswerId>)],
) -> Vec<Projection> {
    let mut out = vec![Projection::of(Stage::Now, score)];
    let mut phases: Vec<u8> = planned.iter().filter_map(|(p, _)| *p).collect();
    phases.sort_unstable();
    phases.dedup();
    for &phase in &phases {
        let done: Vec<AnswerId> = planned
            .iter()
            .filter(|(p, _)| p.is_some_and(|p| p <= phase))
            .flat_map(|(_, ids)| ids.iter().cloned())
            .collect();
        let after = scoring::score_on(&assume_done(a, catalog, as_of, score, &done), catalog, as_of);
        out.push(Projection::of(Stage::AfterPhase(phase), &after));
    }
    let all: Vec<AnswerId> = planned.iter().flat_map(|(_, ids)| ids.iter().cloned()).collect();
    let unphased = planned.iter().any(|(p, _)| p.is_none());
    let whole = match (unphased, out.last()) {
        (false, Some(last)) if phases.len() + 1 == out.len() && !phases.is_empty() => Projection {
            stage: Stage::WholePlan,
            ..last.clone()
        },
        _ => {
            let after = scoring::score_on(&assume_done(a, catalog, as_of, score, &all), catalog, as_of);
            Projection::of(Stage::WholePlan, &after)
        }
    };
    out.push(whole);
    out
}
