//! What the plan will reach: the assessment scored as if some actions were done, every answer
//! they address treated as met (3-3) or at its target (maturity). Nothing is written: the answers
//! are changed in a copy, and the copy is scored by the same code as the real results, so a
//! projection can never disagree with the results the same answers would give.

use crate::assessment::SlVector;
use crate::assessment::{Answer, AnswerId, Assessment};
use crate::catalog::Catalog;
use crate::scoring::security_level::SlAchieved;
use crate::scoring::{self, Score};
use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

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

/// A zone's or conduit's SL-A at a stage (or an assessed component's SL-C).
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
    /// A component's SL-C (62443-4-2) against its zone's SL-T, rather than an SL-A.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub capability: bool,
}

impl ProjectedLevel {
    /// "SL-A", or "SL-C" for a component.
    pub fn label(&self) -> &'static str {
        if self.capability { "SL-C" } else { "SL-A" }
    }
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
        let components = score.components.iter().filter_map(|c| c.assessed.as_ref());
        let levels = score
            .security_levels
            .iter()
            .map(|r| (r, false))
            .chain(components.map(|r| (r, true)))
            .map(|(r, capability)| {
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
                    capability,
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

/// The answers of `done` as they would be with the work done: met (3-3) or at its target
/// (maturity), each as its answer in `a` with that value; answers already so on `as_of` are left
/// out. `score` is the score of `a` on that day (for the maturity targets).
pub fn done_answers(a: &Assessment, catalog: &Catalog, as_of: Date, score: &Score, done: &[AnswerId]) -> Vec<Answer> {
    let cover = scoring::Cover::on(a, as_of);
    let targets: HashMap<(&str, &str), u8> = score
        .maturity
        .iter()
        .flat_map(|p| {
            p.requirements
                .iter()
                .map(|r| ((p.questionnaire.as_str(), r.requirement.as_str()), r.target))
        })
        .collect();
    let mut out = Vec::new();
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
        let answer = a.answer(id.key());
        let current = scoring::credited(catalog, &cover, r, answer);
        let value = if scale.kind != crate::catalog::ScaleKind::Maturity {
            if current.is_some_and(|v| v.satisfies) {
                continue;
            }
            scale
                .values
                .iter()
                .find(|v| v.satisfies && !v.excluded() && !v.note_required)
        } else {
            let key = (id.questionnaire.as_str(), id.requirement.as_str());
            let target = targets.get(&key).copied().unwrap_or(a.targets.maturity);
            if current.is_some_and(|v| v.level.is_some_and(|l| l >= target)) {
                continue;
            }
            scale
                .values
                .iter()
                .filter(|v| !v.excluded() && !v.note_required && v.level.is_some_and(|l| l >= target))
                .min_by_key(|v| v.level)
        };
        let Some(value) = value else {
            continue;
        };
        let mut answer = answer
            .cloned()
            .unwrap_or_else(|| Answer::new(id, Timestamp::UNIX_EPOCH));
        answer.value = Some(value.id.as_str().into());
        out.push(answer);
    }
    out
}

/// A copy of `a` in which every answer of `done` is met (3-3) or at its target (maturity), where
/// it is not already on `as_of` (see [`done_answers`]).
pub fn assume_done(a: &Assessment, catalog: &Catalog, as_of: Date, score: &Score, done: &[AnswerId]) -> Assessment {
    with_answers(a, done_answers(a, catalog, as_of, score, done))
}

fn with_answers(a: &Assessment, answers: Vec<Answer>) -> Assessment {
    let mut copy = a.clone();
    copy.set_answers(answers);
    copy
}

/// The projections of the plan: now, after each phase that has actions (cumulative), and with the
/// whole plan done. `planned` holds each counted action's phase (None: not in a phase) and the
/// answers it addresses; dropped actions are left out by the caller. The answers as they would
/// be are worked out once; each stage takes those of its phases.
pub fn stages(
    a: &Assessment,
    catalog: &Catalog,
    as_of: Date,
    score: &Score,
    planned: &[(Option<u8>, Vec<AnswerId>)],
) -> Vec<Projection> {
    // Each answer once, in the earliest phase an action addresses it in (None: no phase).
    let mut phase_of: BTreeMap<&AnswerId, Option<u8>> = BTreeMap::new();
    for (phase, ids) in planned {
        for id in ids {
            let earliest = phase_of.entry(id).or_insert(*phase);
            *earliest = match (*earliest, *phase) {
                (Some(x), Some(y)) => Some(x.min(y)),
                (x, y) => x.or(y),
            };
        }
    }
    let ids: Vec<AnswerId> = phase_of.keys().map(|id| (*id).clone()).collect();
    let done: Vec<(Option<u8>, Answer)> = done_answers(a, catalog, as_of, score, &ids)
        .into_iter()
        .map(|x| (phase_of.get(&x.id()).copied().flatten(), x))
        .collect();
    let mut phases: Vec<u8> = planned.iter().filter_map(|(p, _)| *p).collect();
    phases.sort_unstable();
    phases.dedup();
    let mut out = vec![Projection::of(Stage::Now, score)];
    for &phase in &phases {
        let by_then = done
            .iter()
            .filter(|(p, _)| p.is_some_and(|p| p <= phase))
            .map(|(_, x)| x.clone())
            .collect();
        let after = scoring::score_on(&with_answers(a, by_then), catalog, as_of);
        out.push(Projection::of(Stage::AfterPhase(phase), &after));
    }
    let unphased = done.iter().any(|(p, _)| p.is_none());
    let whole = match out.last() {
        // With every answer in a phase, the whole plan is the last phase.
        Some(last) if !unphased && !phases.is_empty() => Projection {
            stage: Stage::WholePlan,
            ..last.clone()
        },
        _ => {
            let all = done.into_iter().map(|(_, x)| x).collect();
            let after = scoring::score_on(&with_answers(a, all), catalog, as_of);
            Projection::of(Stage::WholePlan, &after)
        }
    };
    out.push(whole);
    out
}
