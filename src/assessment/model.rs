//! An assessment as it lives in its TOML file: metadata, targets, zones and conduits, the threat
//! scenarios of the risk register, the risk model it was created with, and the answers.
//! Answers are kept sorted (questionnaire, zone or conduit, requirement in natural order) so the
//! file diffs and merges cleanly in git.

use super::countermeasure::{self, Countermeasure};
use super::service_scope::ServiceScope;
pub use super::shared_text::SharedText;
use crate::catalog::ids::natural_cmp;
use crate::catalog::risk_model::{RiskModel, SlTMethod};
use crate::error::{Error, Result};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The assessment file format this build writes and the newest it reads. Format 2 added the
/// separate stamp for edits of an answer's note, evidence or flag (`edited`, `edited_by`). Format 3
/// named the risk-level lookup as such: in formats 1 and 2 `sl_t_method = "risk-reduction"` meant
/// the lookup, and such files are read that way ([`Assessment::after_reading`]), so an old
/// assessment keeps its results. Older files are written in this format from the next save on.
pub const FORMAT: i64 = 3;

/// A security level vector over the seven foundational requirements {IAC UC SI DC RDF TRE RA}.
pub type SlVector = [u8; 7];

/// Short names of the foundational requirements, in order.
pub const FR_NAMES: [&str; 7] = ["IAC", "UC", "SI", "DC", "RDF", "TRE", "RA"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub format: i64,
    pub assessment: Metadata,
    #[serde(default)]
    pub targets: Targets,
    /// The systems under consideration (at least one once read; see `system.rs`).
    #[serde(default, rename = "system", skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<super::System>,
    /// The people interviewed, with their roles, sorted by name (see `interviewee.rs`).
    #[serde(default, rename = "interviewee", skip_serializing_if = "Vec::is_empty")]
    pub interviewees: Vec<super::Interviewee>,
    #[serde(default, rename = "zone", skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<Zone>,
    #[serde(default, rename = "conduit", skip_serializing_if = "Vec::is_empty")]
    pub conduits: Vec<Conduit>,
    /// The components in the zones, sorted by id, with their SL-C (see `component.rs`).
    #[serde(default, rename = "component", skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<super::Component>,
    #[serde(default, rename = "scenario", skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<Scenario>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_model: Option<RiskModel>,
    /// Compensating countermeasures, sorted by id (before the answers: the answers stay last).
    #[serde(default, rename = "countermeasure", skip_serializing_if = "Vec::is_empty")]
    pub countermeasures: Vec<Countermeasure>,
    /// Remediation actions, sorted by id (see `action.rs`).
    #[serde(default, rename = "action", skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<super::Action>,
    #[serde(default, rename = "answer", skip_serializing_if = "Vec::is_empty")]
    answers: Vec<Answer>,
    /// Approvals of the requirements specification of a system (62443-3-2 ZCR 7; see `approval.rs`).
    #[serde(default, rename = "approval", skip_serializing_if = "Vec::is_empty")]
    pub approvals: Vec<super::Approval>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    pub title: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub site: String,
    #[serde(default)]
    pub assessors: Vec<String>,
    pub created: Timestamp,
    pub modified: Timestamp,
    /// The language of the assessment (exports are written in it).
    pub language: String,
    /// Questionnaire ids in scope.
    pub questionnaires: Vec<String>,
    /// The marking printed on every page of the exports ("Confidential", "TLP:AMBER", …); empty:
    /// the word for confidential in the export's language.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub classification: String,
    /// The services a service provider's self-assessment (62443-2-4) covers; requirements that
    /// concern only another service are left out.
    #[serde(default, skip_serializing_if = "ServiceScope::is_both")]
    pub service_scope: ServiceScope,
    /// Format 1 and 2 only: the one system under consideration, described here. Read into the
    /// first `[[system]]` ([`Assessment::after_reading`]) and never written again.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub system_under_consideration: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Targets {
    /// The target maturity level for every requirement of a maturity questionnaire.
    pub maturity: u8,
    /// Per-group targets: questionnaire id -> group id -> level.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub maturity_groups: BTreeMap<String, BTreeMap<String, u8>>,
    /// How SL-T is derived from the risk register.
    #[serde(default)]
    pub sl_t_method: SlTMethod,
    /// Target profiles chosen per questionnaire (id -> the profile's levels, copied in): they
    /// replace `maturity` and `maturity_groups` for that questionnaire.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub profile: BTreeMap<String, crate::catalog::ProfileLevels>,
}

impl Default for Targets {
    fn default() -> Self {
        Targets {
            maturity: 2,
            maturity_groups: BTreeMap::new(),
            sl_t_method: SlTMethod::RiskReduction,
            profile: BTreeMap::new(),
        }
    }
}

impl Targets {
    /// The target maturity of `group` (or its nearest ancestor with one) in `questionnaire`.
    pub fn maturity_for<'a>(&self, questionnaire: &str, mut groups: impl Iterator<Item = &'a str>) -> u8 {
        let per_group = self.maturity_groups.get(questionnaire);
        groups
            .find_map(|g| per_group.and_then(|m| m.get(g)).copied())
            .unwrap_or(self.maturity)
    }
}

/// A manual SL-T, replacing the derived one, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlOverride {
    pub vector: SlVector,
    pub justification: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    pub id: String,
    pub name: String,
    /// The system under consideration it belongs to; empty: the first.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub system: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assets: Vec<String>,
    /// Where it sits in the plant's picture (the zone diagram); none: taken from its conduits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<super::Layer>,
    /// Ids of risk-model adjustments applied to this zone (per-FR caps).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjustments: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sl_t: Option<SlOverride>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conduit {
    pub id: String,
    pub name: String,
    pub from: String,
    pub to: String,
    /// The system under consideration it belongs to; empty: the first.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub system: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjustments: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sl_t: Option<SlOverride>,
}

/// A threat scenario of the risk register, aimed at one zone or conduit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    /// The zone or conduit it is aimed at.
    pub target: String,
    pub threat: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The most capable credible threat actor (threat-actor method).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threat_actor: Option<String>,
    /// The FRs it acts through; empty means all seven.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frs: Vec<u8>,
    pub likelihood: u8,
    pub impact: u8,
    /// The impact categories of the risk model in which the scenario reaches its impact level
    /// ("health-safety" ...); consequence floors look at them. Empty: not said.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub impact_categories: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residual_likelihood: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residual_impact: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub countermeasures: String,
}

/// One answer to one requirement, for the organisation or for one zone or conduit.
///
/// Who said what stays apart from who typed what: `interviewee`, `assessor` and `time` say who gave
/// the value, who recorded it and when; `edited_by` and `edited` say who last changed the note, the
/// evidence or the flag, and when. Changing only a note never changes the interviewee.
///
/// The ids, the value and the names are [`SharedText`]: read from a file, equal ones are one text
/// shared by all the answers that repeat them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub questionnaire: SharedText,
    /// The zone or conduit answered for; absent for organisation-wide questionnaires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<SharedText>,
    pub requirement: SharedText,
    /// A value id of the requirement's scale ("ml3", "met", "na" ...); absent while only a note or
    /// flag has been recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<SharedText>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// Who gave the value (the person interviewed).
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub interviewee: SharedText,
    /// Who recorded the value.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub assessor: SharedText,
    /// When the value was given (or cleared); for an answer without a value, when it was created.
    pub time: Timestamp,
    /// Who last changed the note, the evidence or the flag.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub edited_by: SharedText,
    /// When the note, the evidence or the flag last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<Timestamp>,
    /// Marked for follow-up.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub flagged: bool,
}

/// What identifies an answer, owned (for undo, drafts, review lists and merges).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct AnswerId {
    pub questionnaire: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub requirement: String,
}

impl AnswerId {
    pub fn new(questionnaire: &str, target: Option<&str>, requirement: &str) -> AnswerId {
        AnswerId {
            questionnaire: questionnaire.to_string(),
            target: target.map(str::to_string),
            requirement: requirement.to_string(),
        }
    }

    pub fn key(&self) -> AnswerKey<'_> {
        AnswerKey {
            questionnaire: &self.questionnaire,
            target: self.target.as_deref(),
            requirement: &self.requirement,
        }
    }
}

impl std::fmt::Display for AnswerId {
    /// "iec62443-3-3 / Z1 SR 1.2", or "iec62443-2-4 SP.01.01 BR" for organisation-wide answers.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.target {
            Some(t) => write!(f, "{} / {t} {}", self.questionnaire, self.requirement),
            None => write!(f, "{} {}", self.questionnaire, self.requirement),
        }
    }
}

/// What identifies an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerKey<'a> {
    pub questionnaire: &'a str,
    pub target: Option<&'a str>,
    pub requirement: &'a str,
}

impl AnswerKey<'_> {
    pub(crate) fn cmp_answer(&self, a: &Answer) -> Ordering {
        natural_cmp(a.questionnaire.as_str(), self.questionnaire)
            .then_with(|| match (a.target.as_deref(), self.target) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some(x), Some(y)) => natural_cmp(x, y),
            })
            .then_with(|| natural_cmp(&a.requirement, self.requirement))
    }
}

impl Answer {
    /// An empty answer to `id` (no value, note, evidence or flag), created at `now`.
    pub fn new(id: &AnswerId, now: Timestamp) -> Answer {
        Answer {
            questionnaire: id.questionnaire.as_str().into(),
            target: id.target.as_deref().map(SharedText::from),
            requirement: id.requirement.as_str().into(),
            value: None,
            note: String::new(),
            evidence: Vec::new(),
            interviewee: SharedText::default(),
            assessor: SharedText::default(),
            time: now,
            edited_by: SharedText::default(),
            edited: None,
            flagged: false,
        }
    }

    pub fn key(&self) -> AnswerKey<'_> {
        AnswerKey {
            questionnaire: &self.questionnaire,
            target: self.target.as_deref(),
            requirement: &self.requirement,
        }
    }

    pub fn id(&self) -> AnswerId {
        AnswerId::new(&self.questionnaire, self.target.as_deref(), &self.requirement)
    }

    /// Record a value (or clear it with `None`) as given by `interviewee` and recorded by
    /// `assessor` at `now`. A cleared value was given by nobody: its interviewee is cleared too.
    pub fn give(&mut self, value: Option<String>, interviewee: &str, assessor: &str, now: Timestamp) {
        self.interviewee = if value.is_some() {
            interviewee.into()
        } else {
            SharedText::default()
        };
        self.value = value.map(SharedText::from);
        self.assessor = assessor.into();
        self.time = now;
    }

    /// Stamp a change of the note, the evidence or the flag. The value, its interviewee and its
    /// time stay as they were.
    pub fn mark_edited(&mut self, assessor: &str, now: Timestamp) {
        self.edited_by = assessor.into();
        self.edited = Some(now);
    }

    /// Nothing recorded: no value, note, evidence or flag.
    pub fn is_empty(&self) -> bool {
        self.value.is_none() && self.note.trim().is_empty() && self.evidence.is_empty() && !self.flagged
    }
}

impl Assessment {
    /// A new, empty assessment with one system under consideration named after its title.
    pub fn new(title: &str, language: &str, questionnaires: Vec<String>, now: Timestamp) -> Assessment {
        Assessment {
            format: FORMAT,
            assessment: Metadata {
                title: title.to_string(),
                organisation: String::new(),
                site: String::new(),
                assessors: Vec::new(),
                created: now,
                modified: now,
                language: language.to_string(),
                questionnaires,
                classification: String::new(),
                service_scope: ServiceScope::Both,
                system_under_consideration: String::new(),
            },
            targets: Targets::default(),
            systems: vec![super::System {
                id: super::FIRST_SYSTEM_ID.to_string(),
                name: title.to_string(),
                description: String::new(),
            }],
            interviewees: Vec::new(),
            zones: Vec::new(),
            conduits: Vec::new(),
            components: Vec::new(),
            scenarios: Vec::new(),
            risk_model: None,
            countermeasures: Vec::new(),
            actions: Vec::new(),
            answers: Vec::new(),
            approvals: Vec::new(),
        }
    }

    /// Whether the assessment looks at systems (zones, conduits, or a questionnaire answered per
    /// system, zone or conduit in scope: 3-2, 3-3), rather than at an organisation alone (a
    /// provider's 62443-2-4 self-assessment, an owner's 2-1 programme). Only then do systems, the
    /// risk model and security levels have anything to say.
    pub fn assesses_systems(&self, catalog: &crate::catalog::Catalog) -> bool {
        !self.zones.is_empty()
            || !self.conduits.is_empty()
            || self
                .assessment
                .questionnaires
                .iter()
                .filter_map(|id| catalog.questionnaire(id))
                .any(|q| q.scope.per_target())
    }

    /// Whether `r` is within the services this assessment covers (62443-2-4 service scope).
    pub fn in_service_scope(&self, r: &crate::catalog::Requirement) -> bool {
        self.assessment.service_scope.covers(&r.services)
    }

    /// Whether `r` is asked for `target`: within the service scope, and, for a component, of its
    /// type (a 62443-4-2 NDR requirement is not asked of a PLC). The requirements this leaves out
    /// are left out of every result, sheet and count.
    pub fn asks(&self, r: &crate::catalog::Requirement, target: Option<&str>) -> bool {
        self.asks_for(target)(r)
    }

    /// [`Assessment::asks`] for one target and many requirements: the target is looked up once.
    pub fn asks_for(&self, target: Option<&str>) -> impl Fn(&crate::catalog::Requirement) -> bool + '_ {
        let kind = target.and_then(|t| self.component(t)).map(|c| c.kind);
        move |r| self.in_service_scope(r) && kind.is_none_or(|k| r.asked_of(k))
    }

    /// The target maturity of requirement `r` of `q`: the chosen profile's level (None: the
    /// profile does not ask for it), else the group's or the assessment's.
    pub fn maturity_target(&self, q: &crate::catalog::Questionnaire, r: &crate::catalog::Requirement) -> Option<u8> {
        match self.targets.profile.get(&q.id) {
            Some(p) => p.level_for(q, r).filter(|&l| l > 0),
            None => Some(
                self.targets
                    .maturity_for(&q.id, q.group_and_ancestors(&r.group).map(|g| g.id.as_str())),
            ),
        }
    }

    /// All answers, sorted.
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    fn find(&self, key: AnswerKey) -> Result<usize, usize> {
        self.answers.binary_search_by(|a| key.cmp_answer(a))
    }

    pub fn answer(&self, key: AnswerKey) -> Option<&Answer> {
        self.find(key).ok().map(|i| &self.answers[i])
    }

    pub fn answer_mut(&mut self, key: AnswerKey) -> Option<&mut Answer> {
        self.find(key).ok().map(move |i| &mut self.answers[i])
    }

    /// Insert or replace the answer with `answer`'s key; returns the previous one.
    pub fn set_answer(&mut self, answer: Answer) -> Option<Answer> {
        match self.find(answer.key()) {
            Ok(i) => Some(std::mem::replace(&mut self.answers[i], answer)),
            Err(i) => {
                self.answers.insert(i, answer);
                None
            }
        }
    }

    /// Insert or replace many answers, as [`Assessment::set_answer`] one after the other would
    /// (of two with one key, the later wins): the new ones are sorted, then merged with the
    /// answers in one pass, instead of a search and a shift of the answers for each one.
    pub fn set_answers(&mut self, answers: Vec<Answer>) {
        let mut new = answers;
        // A stable sort keeps answers with one key in their order; the last of them is taken.
        new.sort_by(|a, b| b.key().cmp_answer(a));
        let mut new = new.into_iter().peekable();
        let old = std::mem::take(&mut self.answers);
        let mut merged = Vec::with_capacity(old.len() + new.len());
        let same = |x: &Answer, y: &Answer| x.key().cmp_answer(y) == Ordering::Equal;
        let take_new = |merged: &mut Vec<Answer>, x: Answer| match merged.last_mut() {
            Some(last) if same(last, &x) => *last = x,
            _ => merged.push(x),
        };
        for x in old {
            while let Some(n) = new.next_if(|n| x.key().cmp_answer(n) != Ordering::Greater) {
                take_new(&mut merged, n);
            }
            match merged.last() {
                Some(last) if same(last, &x) => {} // replaced by a new one
                _ => merged.push(x),
            }
        }
        for n in new {
            take_new(&mut merged, n);
        }
        self.answers = merged;
    }

    pub fn remove_answer(&mut self, key: AnswerKey) -> Option<Answer> {
        self.find(key).ok().map(|i| self.answers.remove(i))
    }

    /// Remove every answer given for `target` (a zone, conduit, system or component being deleted).
    pub fn remove_answers_for_target(&mut self, target: &str) -> Vec<Answer> {
        let (removed, kept) = std::mem::take(&mut self.answers)
            .into_iter()
            .partition(|a| a.target.as_deref() == Some(target));
        self.answers = kept;
        removed
    }

    /// Answers of one questionnaire and target (None: organisation-wide), sorted by requirement:
    /// a contiguous slice found by binary search.
    pub fn answers_for(&self, questionnaire: &str, target: Option<&str>) -> &[Answer] {
        let scope = |a: &Answer| {
            natural_cmp(&a.questionnaire, questionnaire).then_with(|| match (a.target.as_deref(), target) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some(x), Some(y)) => natural_cmp(x, y),
            })
        };
        let start = self.answers.partition_point(|a| scope(a) == Ordering::Less);
        let end = start + self.answers[start..].partition_point(|a| scope(a) == Ordering::Equal);
        &self.answers[start..end]
    }

    /// What a questionnaire is answered for: every system for a per-system one; every zone, and the
    /// conduits that have answers, when it is answered per zone or conduit; the components that
    /// have answers for a per-component one; `[None]` (the organisation) otherwise.
    pub fn answered_targets(&self, questionnaire: &str, scope: crate::catalog::Scope) -> Vec<Option<&str>> {
        match scope {
            crate::catalog::Scope::Organisation => return vec![None],
            crate::catalog::Scope::System => return self.targets_for(scope).into_iter().map(Some).collect(),
            // A component whose SL-C is only declared (or unknown) has no 4-2 progress to show.
            crate::catalog::Scope::Component => {
                return self
                    .components
                    .iter()
                    .filter(|c| !self.answers_for(questionnaire, Some(&c.id)).is_empty())
                    .map(|c| Some(c.id.as_str()))
                    .collect();
            }
            _ => {}
        }
        self.zones
            .iter()
            .map(|z| Some(z.id.as_str()))
            .chain(
                self.conduits
                    .iter()
                    .filter(|c| !self.answers_for(questionnaire, Some(&c.id)).is_empty())
                    .map(|c| Some(c.id.as_str())),
            )
            .collect()
    }

    /// Take `answers` as read from a file, in place of none (their order is fixed by
    /// `sort_answers` afterwards).
    pub(crate) fn set_answers_as_read(&mut self, answers: Vec<Answer>) {
        debug_assert!(self.answers.is_empty());
        self.answers = answers;
    }

    /// Bring an assessment read from any supported format to this build's meaning: the SL-T method
    /// as it was meant when written, answers in canonical order, the format number of this build.
    pub fn after_reading(&mut self) {
        if self.format < 3 {
            self.targets.sl_t_method = self.targets.sl_t_method.from_old_name();
            if let Some(m) = &mut self.risk_model {
                m.migrate_from_format_1();
            }
        }
        self.systems_from_old_layout();
        self.format = FORMAT;
        self.sort_answers();
    }

    /// Put answers (and countermeasure records) into canonical order (after reading a file edited
    /// by hand or merged by git).
    pub(crate) fn sort_answers(&mut self) {
        self.answers.sort_by(|a, b| b.key().cmp_answer(a));
        countermeasure::sort(&mut self.countermeasures);
        super::action::sort(&mut self.actions);
        super::interviewee::sort(&mut self.interviewees);
        self.sort_components();
    }

    pub fn countermeasure(&self, id: &str) -> Option<&Countermeasure> {
        self.countermeasures.iter().find(|c| c.id == id)
    }

    /// Insert or replace the record with `record`'s id, keeping the order; returns the previous one.
    pub fn set_countermeasure(&mut self, record: Countermeasure) -> Option<Countermeasure> {
        let previous = self.remove_countermeasure(&record.id);
        self.countermeasures.push(record);
        countermeasure::sort(&mut self.countermeasures);
        previous
    }

    pub fn remove_countermeasure(&mut self, id: &str) -> Option<Countermeasure> {
        let i = self.countermeasures.iter().position(|c| c.id == id)?;
        Some(self.countermeasures.remove(i))
    }

    /// The records about the answer `key` (whatever their status).
    pub fn countermeasures_for(&self, key: AnswerKey) -> impl Iterator<Item = &Countermeasure> {
        self.countermeasures.iter().filter(move |c| c.covers(key))
    }

    pub fn zone(&self, id: &str) -> Option<&Zone> {
        self.zones.iter().find(|z| z.id == id)
    }

    pub fn conduit(&self, id: &str) -> Option<&Conduit> {
        self.conduits.iter().find(|c| c.id == id)
    }

    /// Whether `id` names a zone or a conduit.
    pub fn has_target(&self, id: &str) -> bool {
        self.zone(id).is_some() || self.conduit(id).is_some()
    }

    /// The id for a new threat scenario, in the register's own style: after "S-02" and "S-14"
    /// comes "S-15" (the prefix and the digits' width of the last numbered id), in an empty
    /// register "S1", and never an id in use.
    pub fn next_scenario_id(&self) -> String {
        next_id(self.scenarios.iter().map(|s| s.id.as_str()), "S", 1)
    }
}

/// The id after the highest numbered one of `ids`, in their style: after "S-02" and "S-14" comes
/// "S-15" (the prefix and the digits' width of the highest numbered id); with none numbered,
/// `prefix` and 1 in `width` digits; never an id in use.
pub(crate) fn next_id<'a>(ids: impl Iterator<Item = &'a str> + Clone, prefix: &str, width: usize) -> String {
    let numbered = |id: &str| {
        let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (prefix, number) = id.split_at(id.len() - digits);
        number.parse::<u64>().ok().map(|n| (prefix.to_string(), digits, n))
    };
    let last = ids.clone().filter_map(numbered).max_by_key(|(_, _, n)| *n);
    let (prefix, width, start) = last.map_or((prefix.to_string(), width, 1), |(p, w, n)| (p, w, n + 1));
    (start..)
        .map(|n| format!("{prefix}{n:0width$}"))
        .find(|c| ids.clone().all(|x| x != c))
        .unwrap_or_default()
}

/// The id of a record (a countermeasure, an action): not empty, letters, digits, '-', '_' and '.'
/// only; the message names what it is and an example id.
pub(crate) fn check_record_id(id: &str, what: &str, example: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err(format!("a {what} needs an id (e.g. {example})"));
    }
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(format!(
            "the {what} id \"{id}\" has {c:?} in it; use letters, digits, '-', '_' and '.' (e.g. {example})"
        ));
    }
    Ok(())
}

/// Parse "2,2,1,1,3,1,2" (or space separated, or braces) into an SL vector.
pub fn parse_sl_vector(text: &str) -> Result<SlVector> {
    let parts: Vec<&str> = text
        .trim_matches(|c| c == '{' || c == '}' || c == '[' || c == ']')
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    let bad = || {
        Error::usage(format!(
            "\"{text}\" is not an SL vector: give seven levels 0-4 for IAC UC SI DC RDF TRE RA, e.g. 2,2,1,1,3,1,2"
        ))
    };
    if parts.len() != 7 {
        return Err(bad());
    }
    let mut v = [0u8; 7];
    for (slot, p) in v.iter_mut().zip(parts) {
        *slot = p.parse().ok().filter(|l| *l <= 4).ok_or_else(bad)?;
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::{Assessment, parse_sl_vector};

    #[test]
    fn a_new_scenario_id_follows_the_register() {
        let mut a = Assessment::new("t", "en", vec![], jiff::Timestamp::UNIX_EPOCH);
        assert_eq!(a.next_scenario_id(), "S1", "an empty register");
        let with_ids = |ids: &[&str]| -> String {
            let mut text = String::new();
            for id in ids {
                text.push_str(&format!(
                    "[[scenario]]\nid = \"{id}\"\ntarget = \"Z1\"\nthreat = \"t\"\nlikelihood = 3\nimpact = 3\n"
                ));
            }
            text
        };
        for (ids, next) in [
            (&["S-02", "S-14"][..], "S-15"),
            (&["S-09"][..], "S-10"),
            (&["S1", "S2"][..], "S3"),
            (&["RISK-007", "other"][..], "RISK-008"),
            (&["threat"][..], "S1"),
        ] {
            #[derive(serde::Deserialize)]
            struct Register {
                scenario: Vec<super::Scenario>,
            }
            let r: Register = toml::from_str(&with_ids(ids)).unwrap();
            a.scenarios = r.scenario;
            assert_eq!(a.next_scenario_id(), next, "{ids:?}");
        }
    }

    #[test]
    fn many_answers_set_at_once_are_as_one_after_the_other() {
        let answer = |r: &str, v: &str| {
            let mut x = super::Answer::new(&super::AnswerId::new("q", None, r), jiff::Timestamp::UNIX_EPOCH);
            x.value = Some(v.into());
            x
        };
        let start = [answer("R 2", "a"), answer("R 10", "a"), answer("R 4", "a")];
        let batch = vec![
            answer("R 10", "b"),
            answer("R 1", "b"),
            answer("R 3", "b"),
            answer("R 3", "c"),
            answer("R 11", "b"),
        ];
        let mut one_by_one = Assessment::new("t", "en", vec![], jiff::Timestamp::UNIX_EPOCH);
        let mut at_once = one_by_one.clone();
        for x in start.iter().chain(&batch) {
            one_by_one.set_answer(x.clone());
        }
        for x in start {
            at_once.set_answer(x);
        }
        at_once.set_answers(batch);
        assert_eq!(at_once.answers(), one_by_one.answers());
        let shown: Vec<String> = at_once
            .answers()
            .iter()
            .map(|x| format!("{}={}", x.requirement, x.value.as_deref().unwrap_or_default()))
            .collect();
        assert_eq!(shown, ["R 1=b", "R 2=a", "R 3=c", "R 4=a", "R 10=b", "R 11=b"]);
    }

    #[test]
    fn sl_vectors_parse_in_common_notations() {
        assert_eq!(parse_sl_vector("2,2,1,1,3,1,2").unwrap(), [2, 2, 1, 1, 3, 1, 2]);
        assert_eq!(parse_sl_vector("{2 2 1 1 3 1 2}").unwrap(), [2, 2, 1, 1, 3, 1, 2]);
        assert!(parse_sl_vector("2,2,1").is_err());
        assert!(parse_sl_vector("5,2,1,1,3,1,2").is_err());
        assert!(parse_sl_vector("a,2,1,1,3,1,2").is_err());
    }
}
