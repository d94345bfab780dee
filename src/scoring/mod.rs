//! Every number the tool shows, computed from an assessment and the catalog, and explainable:
//! maturity profiles, risk and SL-T, SL-A vectors with their gaps, and progress.
//! Pure functions of their inputs; the same assessment always scores the same.

pub mod capability;
pub mod countermeasures;
pub mod maturity;
pub mod profile_check;
pub mod progress;
pub mod risk;
pub mod security_level;

use crate::assessment::Assessment;
use crate::assessment::countermeasure::COMPENSATED;
use crate::catalog::Catalog;
use jiff::civil::Date;
use serde::Serialize;

pub use countermeasures::{CountermeasureReview, Cover, RecordStatus};
pub use maturity::{MaturityProfile, RequirementState};
pub use progress::Progress;
pub use risk::{ScenarioRisk, SlReason, SlTarget};
pub use security_level::{Fulfilment, SecurityLevelResult};

/// The answer to `requirement` within the answers of one questionnaire and target.
pub(crate) fn find<'a>(
    answers: &'a [crate::assessment::Answer],
    requirement: &str,
) -> Option<&'a crate::assessment::Answer> {
    answers
        .binary_search_by(|a| crate::catalog::ids::natural_cmp(&a.requirement, requirement))
        .ok()
        .map(|i| &answers[i])
}

/// The scale value an answer is credited with. A value that needs a reason (not applicable,
/// compensated) but has none is not credited: the answer counts as unanswered, so an unexplained
/// "not applicable" cannot lift a maturity or a security level. It is listed for review instead
/// ([`progress::missing_reasons`]). A `compensated` answer is credited only while a
/// countermeasure record that stands on the day scored covers it (`cover`); otherwise it too
/// counts as unanswered and is listed in [`Score::countermeasures`].
pub fn credited<'c>(
    catalog: &'c Catalog,
    cover: &Cover,
    r: &crate::catalog::Requirement,
    answer: Option<&crate::assessment::Answer>,
) -> Option<&'c crate::catalog::ScaleValue> {
    let answer = answer?;
    let value = catalog.scale_of(r)?.value(answer.value.as_deref()?)?;
    if value.note_required && answer.note.trim().is_empty() {
        return None;
    }
    if value.id == COMPENSATED && !cover.covers(answer.key()) {
        return None;
    }
    Some(value)
}

/// Version of the JSON layout of [`Score`] (see docs/score-json.md). 2: SL-A levels may be null
/// (nothing applies in that FR); the risk-level method has its own name. 3: `score --json` adds
/// `plan` when the assessment has actions. 4: `components` (SL-C per component) and `zone_check`.
pub const SCORE_SCHEMA: u32 = 4;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub schema: u32,
    pub title: String,
    /// The id of the assessment's risk model, if it has one.
    pub risk_model: Option<String>,
    pub progress: Vec<Progress>,
    pub maturity: Vec<MaturityProfile>,
    pub risks: Vec<ScenarioRisk>,
    pub sl_targets: Vec<SlTarget>,
    pub security_levels: Vec<SecurityLevelResult>,
    /// The SL-C of every component (62443-4-2), assessed, declared or unknown.
    pub components: Vec<capability::Capability>,
    /// The components that keep a zone from its SL-T, per FR, and those with no known SL-C.
    pub zone_check: Vec<capability::Shortfall>,
    /// Answers "not applicable" or "compensated" without the reason they need: not credited,
    /// listed for review.
    pub missing_reasons: Vec<crate::assessment::AnswerId>,
    /// Every compensating countermeasure record with its status on the day scored, and the
    /// `compensated` answers no record is about.
    pub countermeasures: CountermeasureReview,
}

/// Score everything in scope as of today (for the command line and the interface).
pub fn score(a: &Assessment, catalog: &Catalog) -> Score {
    score_on(a, catalog, countermeasures::today())
}

/// Score everything in scope as of `as_of`: the day that decides which countermeasure records
/// stand (approved by then, not past their review date).
pub fn score_on(a: &Assessment, catalog: &Catalog, as_of: Date) -> Score {
    let cover = Cover::on(a, as_of);
    let in_scope: Vec<_> = a
        .assessment
        .questionnaires
        .iter()
        .filter_map(|id| catalog.questionnaire(id))
        .collect();
    let model = a.risk_model.as_ref();
    let sl_targets: Vec<SlTarget> = match model {
        Some(m) => risk::sl_targets(a, m),
        None => a
            .zones
            .iter()
            .map(|z| z.id.as_str())
            .chain(a.conduits.iter().map(|c| c.id.as_str()))
            .filter_map(|t| risk::manual_target(a, t))
            .collect(),
    };
    let mut security_levels = Vec::new();
    for q in in_scope.iter().filter(|q| q.gives_sl_a()) {
        for target in a
            .answered_targets(&q.id, crate::catalog::Scope::ZoneOrConduit)
            .into_iter()
            .flatten()
        {
            let sl_t = sl_targets.iter().find(|t| t.target == target).map(|t| t.vector);
            security_levels.push(security_level::evaluate(a, catalog, &cover, q, target, sl_t));
        }
    }
    let components = capability::capabilities(a, catalog, &cover, &sl_targets);
    let zone_check = capability::zone_check(a, &components, &sl_targets);
    Score {
        schema: SCORE_SCHEMA,
        title: a.assessment.title.clone(),
        risk_model: model.map(|m| m.id.clone()),
        progress: progress::progress(a, catalog, &cover),
        maturity: in_scope
            .iter()
            .filter_map(|q| maturity::profile(a, catalog, &cover, q))
            .collect(),
        risks: model.map(|m| risk::scenario_risks(a, m)).unwrap_or_default(),
        sl_targets,
        security_levels,
        components,
        zone_check,
        missing_reasons: progress::missing_reasons(a, catalog),
        countermeasures: countermeasures::review(a, as_of),
    }
}
