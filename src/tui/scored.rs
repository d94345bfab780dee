//! The score the results and zones screens show, kept in the session until the assessment changes
//! (`Model::scored` reads it, `session::refresh_score` keeps it current).
//!
//! Every change to the assessment goes through `session::changed` (answers, notes, flags, zones,
//! conduits, systems, scenarios, SL-T, countermeasure records, undo, a reload that re-applies
//! changes), which bumps `Session::revision`; a new or reopened file is a new session. The score is
//! tagged with the revision and the day it was computed for (the day decides which countermeasure
//! records stand), and `refresh`, called once at the end of every `update`, computes it again only
//! when one of the two moved and a screen that shows it is open. A navigation key changes neither,
//! so it never scores; views only read.

use crate::assessment::{AnswerId, Assessment};
use crate::scoring::profile_check::{self, CheckRow, ProfileCheck};
use crate::scoring::security_level::GapItem;
use crate::scoring::{self, Score};
use crate::tui::screens::results::state::Concern;
use jiff::civil::Date;
use std::collections::HashMap;

/// A zone or conduit with where its SL-T and SL-A stand in the score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetScore {
    pub id: String,
    pub conduit: bool,
    /// Index into `Score::sl_targets`.
    pub sl_t: Option<usize>,
    /// Indexes into `Score::security_levels` (one per questionnaire with security levels that is
    /// answered for this target).
    pub levels: Vec<usize>,
}

/// The score of one revision of the assessment on one day, with what the screens list from it.
#[derive(Debug, Clone)]
pub struct Scored {
    pub revision: u64,
    pub day: Date,
    pub score: Score,
    /// The answers to look at before finishing (see `results::Concern`).
    pub review: Vec<(Concern, AnswerId)>,
    /// Zones, then conduits, in the assessment's order.
    pub targets: Vec<TargetScore>,
    /// The answers checked against each target profile the assessment has chosen (62443-2-4,
    /// 2-1), in the order of its questionnaires.
    pub profiles: Vec<ProfileCheck>,
    /// The assessment looks at systems, so security levels have something to say (an
    /// organisation-only assessment, a provider's 2-4 self-assessment, has no such panels).
    pub levels: bool,
    /// The layer of every zone, in the order of the zones (diagram::layers: 12 ms for 500 zones
    /// in a debug build, too much for every frame of the zone details).
    pub layers: Vec<crate::diagram::layers::Placement>,
}

impl Scored {
    /// The SL-T of target `i`, if it has one.
    pub fn sl_target(&self, i: usize) -> Option<&scoring::SlTarget> {
        self.score.sl_targets.get(self.targets.get(i)?.sl_t?)
    }

    /// The SL-A results of target `i` (usually one: 62443-3-3).
    pub fn levels(&self, i: usize) -> impl Iterator<Item = &scoring::SecurityLevelResult> + '_ {
        self.targets
            .get(i)
            .into_iter()
            .flat_map(|t| t.levels.iter())
            .filter_map(|&k| self.score.security_levels.get(k))
    }

    /// The requirements that hold SL-A below SL-T for target `i`, with their questionnaire.
    pub fn gaps(&self, i: usize) -> impl Iterator<Item = (&str, &GapItem)> + '_ {
        self.levels(i)
            .flat_map(|l| l.to_close.iter().map(move |g| (l.questionnaire.as_str(), g)))
    }

    /// The gaps of every profile check, in questionnaire order, with their questionnaire.
    pub fn profile_gaps(&self) -> impl Iterator<Item = (&str, &CheckRow)> + '_ {
        self.profiles
            .iter()
            .flat_map(|c| c.gaps().map(move |r| (c.questionnaire.as_str(), r)))
    }

    /// The answer a gap of target `i` is about.
    pub fn gap_answer(&self, i: usize, gap: usize) -> Option<AnswerId> {
        let target = self.targets.get(i)?;
        let (q, g) = self.gaps(i).nth(gap)?;
        Some(AnswerId::new(q, Some(&target.id), &g.requirement))
    }
}

/// Score `a` as of `day`, with the lists the screens draw from it.
pub fn score(a: &Assessment, catalog: &crate::catalog::Catalog, day: Date, revision: u64) -> Scored {
    let score = scoring::score_on(a, catalog, day);
    Scored {
        revision,
        day,
        review: review_of(a, &score, day),
        targets: targets(a, &score),
        profiles: profile_checks(a, catalog, day),
        levels: a.assesses_systems(catalog),
        layers: crate::diagram::layers::assign(a),
        score,
    }
}

/// Every questionnaire in scope with a target profile, checked against it (the same check as
/// `statement --against`).
fn profile_checks(a: &Assessment, catalog: &crate::catalog::Catalog, day: Date) -> Vec<ProfileCheck> {
    let cover = scoring::Cover::on(a, day);
    a.assessment
        .questionnaires
        .iter()
        .filter_map(|id| Some((catalog.questionnaire(id)?, a.targets.profile.get(id)?)))
        .map(|(q, p)| profile_check::check(a, catalog, &cover, q, p))
        .collect()
}

fn targets(a: &crate::assessment::Assessment, score: &Score) -> Vec<TargetScore> {
    // By id, so that hundreds of zones stay linear.
    let sl_t: HashMap<&str, usize> = score
        .sl_targets
        .iter()
        .enumerate()
        .map(|(k, t)| (t.target.as_str(), k))
        .collect();
    let mut levels: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, l) in score.security_levels.iter().enumerate() {
        levels.entry(l.target.as_str()).or_default().push(k);
    }
    let ids = a
        .zones
        .iter()
        .map(|z| (z.id.as_str(), false))
        .chain(a.conduits.iter().map(|c| (c.id.as_str(), true)));
    ids.map(|(id, conduit)| TargetScore {
        id: id.to_string(),
        conduit,
        sl_t: sl_t.get(id).copied(),
        levels: levels.get(id).cloned().unwrap_or_default(),
    })
    .collect()
}

/// The review list of an assessment and its score: those that lack their reason first, then the
/// flagged, then the countermeasure records that do not stand, then compensated answers without one,
/// then the remediation actions past their due date on `day`.
pub fn review_of(a: &Assessment, score: &Score, day: Date) -> Vec<(Concern, AnswerId)> {
    let mut out: Vec<(Concern, AnswerId)> = score
        .missing_reasons
        .iter()
        .map(|id| (Concern::MissingReason, id.clone()))
        .collect();
    out.extend(
        a.answers()
            .iter()
            .filter(|x| x.flagged && a.assessment.questionnaires.iter().any(|q| x.questionnaire == *q))
            .map(|x| (Concern::Flagged, x.id())),
    );
    let countermeasures = &score.countermeasures;
    for r in countermeasures.not_standing() {
        let first = r.answers.first().cloned().unwrap_or_else(|| {
            let target = r.targets.first().map(String::as_str);
            AnswerId::new(
                &r.questionnaire,
                target,
                r.requirements.first().map(String::as_str).unwrap_or_default(),
            )
        });
        out.push((Concern::Countermeasure(r.id.clone(), r.status), first));
    }
    out.extend(
        countermeasures
            .without_record
            .iter()
            .map(|id| (Concern::NoCountermeasure, id.clone())),
    );
    for x in a.actions.iter().filter(|x| x.is_overdue(day)) {
        let first = x
            .answer_ids()
            .into_iter()
            .next()
            .unwrap_or_else(|| AnswerId::new("", None, ""));
        let concern = Concern::Overdue {
            action: x.id.clone(),
            owner: x.owner.clone(),
            due: x.due.unwrap_or(day),
        };
        out.push((concern, first));
    }
    out
}
