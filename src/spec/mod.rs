//! The cyber security requirements specification (62443-3-2 ZCR 6) of each system under
//! consideration, and its approval (ZCR 7). [`build`] gathers what the specification says from the
//! assessment, the catalog and the score, in no language; `markdown.rs` and `xlsx.rs` write it in
//! the language of the texts they are given. An approval records the SHA-256 of the system's part
//! as written in English Markdown ([`digest`]); it shows as approved only while that part is
//! unchanged.

pub mod markdown;
pub mod picture;
pub mod xlsx;

use crate::assessment::countermeasure::COMPENSATED;
use crate::assessment::{Approval, Assessment, Scenario, System};
use crate::catalog::risk_model::{RiskModel, SlTMethod};
use crate::catalog::{Catalog, Requirement};
use crate::diagram::Diagram;
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crate::scoring::countermeasures::{CountermeasureReview, Cover};
use crate::scoring::security_level::{Fulfilment, fulfilments};
use crate::scoring::{self, ScenarioRisk, SlTarget};
use sha2::{Digest, Sha256};

/// The questionnaire whose requirements a zone or conduit must meet for its SL-T.
pub const SYSTEM_REQUIREMENTS: &str = "iec62443-3-3";

/// The whole specification: the assessment's particulars and one part per system.
#[derive(Debug, Clone)]
pub struct Specification<'a> {
    pub title: &'a str,
    pub organisation: &'a str,
    pub site: &'a str,
    /// The assessment's classification (empty: the default word of the language).
    pub classification: &'a str,
    /// The day the assessment was last changed (YYYY-MM-DD).
    pub date: String,
    /// The risk model's id (for its texts), and the model itself.
    pub model: Option<&'a RiskModel>,
    pub method: SlTMethod,
    pub systems: Vec<SystemSpec<'a>>,
}

/// What the specification says about one system under consideration.
#[derive(Debug, Clone)]
pub struct SystemSpec<'a> {
    pub system: &'a System,
    /// Its zones, then its conduits.
    pub parts: Vec<Part<'a>>,
    /// The threat scenarios aimed at its zones and conduits, with their risk.
    pub scenarios: Vec<(&'a Scenario, Option<ScenarioRisk>)>,
    /// Compensating countermeasures that concern its zones and conduits.
    pub countermeasures: Vec<CountermeasureLine>,
    /// Its approvals, in the order recorded.
    pub approvals: Vec<&'a Approval>,
    /// Its zones and the conduits between them, to draw (picture.rs).
    pub diagram: Diagram,
}

/// A zone or a conduit of a system.
#[derive(Debug, Clone)]
pub struct Part<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub kind: PartKind<'a>,
    pub sl_t: Option<SlTarget>,
    /// The 3-3 requirements it must meet for its SL-T, in the questionnaire's order.
    pub requirements: Vec<RequirementLine<'a>>,
}

#[derive(Debug, Clone, Copy)]
pub enum PartKind<'a> {
    Zone { assets: &'a [String] },
    Conduit { from: &'a str, to: &'a str },
}

/// One requirement a zone or conduit must meet, and how it stands.
#[derive(Debug, Clone)]
pub struct RequirementLine<'a> {
    pub requirement: &'a Requirement,
    pub fr: u8,
    pub min_sl: u8,
    pub state: State,
}

/// How a requirement stands in the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Met,
    NotMet,
    Compensated,
    NotApplicable,
    Unanswered,
    /// Answered "compensated", but no countermeasure record that stands covers it: not credited.
    NotCredited,
}

impl State {
    /// The Fluent message id of the state in words.
    pub fn message(self) -> &'static str {
        match self {
            State::Met => "spec-state-met",
            State::NotMet => "spec-state-not-met",
            State::Compensated => "spec-state-compensated",
            State::NotApplicable => "spec-state-na",
            State::Unanswered => "spec-state-unanswered",
            State::NotCredited => "spec-state-not-credited",
        }
    }
}

/// A compensating countermeasure as the specification lists it.
#[derive(Debug, Clone)]
pub struct CountermeasureLine {
    pub id: String,
    pub requirements: Vec<String>,
    /// The zones and conduits it applies to.
    pub targets: Vec<String>,
    pub instead: String,
    /// The Fluent message id of its status.
    pub status: &'static str,
}

/// Whether an approval still holds for the specification as it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApprovalState {
    Current,
    Changed,
}

impl SystemSpec<'_> {
    /// Each approval with whether it approved the part as it is now (`digest`).
    pub fn approval_states(&self, digest: &str) -> Vec<(&Approval, ApprovalState)> {
        self.approvals
            .iter()
            .map(|ap| {
                let state = if ap.digest == digest {
                    ApprovalState::Current
                } else {
                    ApprovalState::Changed
                };
                (*ap, state)
            })
            .collect()
    }
}

/// The specification of every system of `a` (or of the one named `only`).
pub fn build<'a>(a: &'a Assessment, catalog: &'a Catalog, only: Option<&str>) -> Result<Specification<'a>> {
    if let Some(id) = only {
        a.resolve_system(Some(id)).map_err(Error::usage)?;
    }
    // Countermeasure records stand or not by the day: the specification is as of today.
    let as_of = scoring::countermeasures::today();
    let score = scoring::score_on(a, catalog, as_of);
    let cover = Cover::on(a, as_of);
    let requirements = catalog.questionnaire(SYSTEM_REQUIREMENTS);
    let systems = a
        .systems
        .iter()
        .filter(|s| only.is_none_or(|id| s.id == id))
        .map(|system| {
            let zones = a.zones_in(&system.id).map(|z| Part {
                id: &z.id,
                name: &z.name,
                description: &z.description,
                kind: PartKind::Zone { assets: &z.assets },
                sl_t: None,
                requirements: Vec::new(),
            });
            let conduits = a.conduits_in(&system.id).map(|c| Part {
                id: &c.id,
                name: &c.name,
                description: &c.description,
                kind: PartKind::Conduit {
                    from: &c.from,
                    to: &c.to,
                },
                sl_t: None,
                requirements: Vec::new(),
            });
            let mut parts: Vec<Part> = zones.chain(conduits).collect();
            for p in &mut parts {
                p.sl_t = score.sl_targets.iter().find(|t| t.target == p.id).cloned();
                if let (Some(q), Some(t)) = (requirements, &p.sl_t) {
                    p.requirements = required(a, catalog, &cover, q, p.id, &t.vector);
                }
            }
            let scenarios = a
                .scenarios
                .iter()
                .filter(|s| parts.iter().any(|p| p.id == s.target))
                .map(|s| (s, score.risks.iter().find(|r| r.scenario == s.id).cloned()))
                .collect();
            let ids: Vec<&str> = parts.iter().map(|p| p.id).collect();
            SystemSpec {
                system,
                countermeasures: countermeasures(&score.countermeasures, &ids),
                parts,
                scenarios,
                approvals: a.approvals.iter().filter(|ap| ap.system == system.id).collect(),
                diagram: Diagram::of_system(a, &score, &system.id),
            }
        })
        .collect();
    Ok(Specification {
        title: &a.assessment.title,
        organisation: &a.assessment.organisation,
        site: &a.assessment.site,
        classification: &a.assessment.classification,
        date: a.assessment.modified.strftime("%Y-%m-%d").to_string(),
        model: a.risk_model.as_ref(),
        method: a.targets.sl_t_method,
        systems,
    })
}

/// The requirements of `q` that `target` must meet for `sl_t`: each one whose minimum SL is at
/// most the SL-T of its FR, with how it stands.
fn required<'q>(
    a: &Assessment,
    catalog: &Catalog,
    cover: &Cover,
    q: &'q crate::catalog::Questionnaire,
    target: &str,
    sl_t: &[u8; 7],
) -> Vec<RequirementLine<'q>> {
    let answers = a.answers_for(&q.id, Some(target));
    fulfilments(a, catalog, cover, q, target)
        .into_iter()
        .filter_map(|(r, f)| {
            let (fr, min_sl) = (r.fr?, r.min_sl?);
            if !(1..=7).contains(&fr) || min_sl > sl_t[usize::from(fr - 1)] {
                return None;
            }
            let value = scoring::find(answers, &r.id).and_then(|x| x.value.as_deref());
            let state = match f {
                Fulfilment::Satisfied if value == Some(COMPENSATED) => State::Compensated,
                Fulfilment::Satisfied => State::Met,
                Fulfilment::NotSatisfied => State::NotMet,
                Fulfilment::NotApplicable => State::NotApplicable,
                Fulfilment::Unanswered if value == Some(COMPENSATED) => State::NotCredited,
                Fulfilment::Unanswered => State::Unanswered,
            };
            Some(RequirementLine {
                requirement: r,
                fr,
                min_sl,
                state,
            })
        })
        .collect()
}

/// The compensating countermeasure records that concern the zones and conduits `ids`, with their
/// status on the day of the review.
fn countermeasures(review: &CountermeasureReview, ids: &[&str]) -> Vec<CountermeasureLine> {
    review
        .records
        .iter()
        .filter(|r| r.targets.iter().any(|t| ids.contains(&t.as_str())))
        .map(|r| CountermeasureLine {
            id: r.id.clone(),
            requirements: r.requirements.clone(),
            targets: r.targets.clone(),
            instead: r.instead.clone(),
            status: r.status.message(),
        })
        .collect()
}

/// SHA-256 (hex) of a system's part of the specification as written in Markdown by `english`
/// (texts with English selected), without its approvals and without the link to its picture
/// (picture.rs: the picture draws what the text says).
pub fn digest(spec: &Specification, system: &SystemSpec, english: &Texts) -> String {
    let text = markdown::system_part(spec, system, english, None);
    format!("{:x}", Sha256::digest(text.as_bytes()))
}

/// The digest of every system of `spec`, with `texts` switched to English for the time it takes.
pub fn digests(spec: &Specification, texts: &mut Texts) -> Vec<String> {
    let before = texts.language().clone();
    texts.select("en".parse().ok().as_ref());
    let out = spec.systems.iter().map(|s| digest(spec, s, texts)).collect();
    texts.select(Some(&before));
    out
}

/// Record an approval of system `id` (the only one when `None` and there is just one) by `by` in
/// `role` on `date`, of the specification as it is now.
#[allow(clippy::too_many_arguments)]
pub fn approve(
    a: &mut Assessment,
    catalog: &Catalog,
    texts: &mut Texts,
    system: Option<&str>,
    by: &str,
    role: &str,
    date: jiff::civil::Date,
    note: &str,
) -> Result<String> {
    let id = a.resolve_system(system).map_err(Error::usage)?.id.clone();
    if by.trim().is_empty() || role.trim().is_empty() {
        return Err(Error::usage("an approval needs a name (--by) and a role (--role)"));
    }
    let digest = {
        let spec = build(a, catalog, Some(&id))?;
        digests(&spec, texts).remove(0)
    };
    let approval = Approval {
        system: id.clone(),
        by: by.trim().to_string(),
        role: role.trim().to_string(),
        date,
        note: note.trim().to_string(),
        digest,
    };
    match a.approvals.iter_mut().find(|x| x.key() == approval.key()) {
        Some(x) => *x = approval,
        None => a.approvals.push(approval),
    }
    Ok(format!(
        "Recorded the approval of the specification of {id} by {by} ({role}) on {date}."
    ))
}
