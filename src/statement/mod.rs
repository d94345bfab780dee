//! A service provider's capability statement (62443-2-4), and the asset owner's check of it
//! against a target profile. [`build`] gathers what the statement says from the assessment, the
//! catalog and the score, in no language; `markdown.rs` and `xlsx.rs` write it in the language of
//! the texts they are given (the terminal text is the command line's, `cli/statement_text.rs`).
//!
//! A statement goes to customers: the assessors' internal notes are left out unless asked for
//! ([`build`]'s `with_notes`; they are not even read otherwise), and the people interviewed are
//! never named. Evidence references are part of it.

pub mod markdown;
pub mod words;
pub mod xlsx;

use crate::assessment::{Assessment, ServiceScope};
use crate::catalog::{Catalog, ProfileLevels, Questionnaire};
use crate::error::{Error, Result};
use crate::scoring::maturity::{self, RequirementState};
use crate::scoring::profile_check::{self, CheckRow, ProfileCheck};
use crate::scoring::{self, Cover};
use serde::Serialize;

/// The questionnaire a capability statement is made of.
pub const SERVICE_CAPABILITIES: &str = "iec62443-2-4";

/// Version of the JSON layout of `statement --json` (docs/statement.md).
pub const STATEMENT_SCHEMA: u32 = 1;

/// The whole statement.
#[derive(Debug, Clone, Serialize)]
pub struct Statement<'a> {
    pub schema: u32,
    pub questionnaire: &'a str,
    pub title: &'a str,
    /// The provider: the organisation assessed, and its site if one is named.
    pub organisation: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub site: &'a str,
    pub service_scope: ServiceScope,
    /// Requirements left out because they concern a service outside the scope.
    pub outside_scope: usize,
    /// The day the assessment was last changed (YYYY-MM-DD).
    pub date: String,
    pub assessors: &'a [String],
    /// The assessment's classification (empty: the default word of the language).
    pub classification: &'a str,
    /// The notes are in it (`--with-notes`).
    pub with_notes: bool,
    pub areas: Vec<Area<'a>>,
    #[serde(skip)]
    pub q: &'a Questionnaire,
    /// The scale's value ids by level (0 to 4), for the level's label.
    #[serde(skip)]
    pub level_values: Vec<(u8, &'a str)>,
}

/// One functional area: its summary and every capability in scope.
#[derive(Debug, Clone, Serialize)]
pub struct Area<'a> {
    pub area: &'a str,
    #[serde(skip)]
    pub key: &'a str,
    pub summary: AreaSummary,
    pub capabilities: Vec<Capability<'a>>,
}

/// An area at a glance. The levels count only what is offered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaSummary {
    pub offered: usize,
    /// Lowest and mean level of the capabilities offered; None when nothing is offered.
    pub min: Option<u8>,
    pub mean: Option<f64>,
    pub not_offered: usize,
    pub not_applicable: usize,
    pub not_assessed: usize,
    /// Nothing of the area is offered (everything answered is not offered or not applicable, at
    /// least one not offered): the area has no level, and is "not offered".
    pub none_offered: bool,
}

/// What the provider says about one requirement.
#[derive(Debug, Clone, Serialize)]
pub struct Capability<'a> {
    pub requirement: &'a str,
    #[serde(skip)]
    pub key: &'a str,
    pub state: RequirementState,
    pub evidence: &'a [String],
    /// The assessor's note: only with `--with-notes`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'a str>,
}

impl Capability<'_> {
    pub fn offered(&self) -> bool {
        matches!(self.state, RequirementState::Level(_))
    }
}

/// The statement of `a`, which must have 62443-2-4 among its questionnaires; its notes only when
/// `with_notes`. Countermeasure records (none in 2-4) are taken as of `as_of`.
pub fn build<'a>(
    a: &'a Assessment,
    catalog: &'a Catalog,
    with_notes: bool,
    as_of: jiff::civil::Date,
) -> Result<Statement<'a>> {
    let q = questionnaire(a, catalog)?;
    let cover = Cover::on(a, as_of);
    let profile = maturity::profile(a, catalog, &cover, q).ok_or_else(|| {
        Error::usage(format!(
            "{SERVICE_CAPABILITIES} is not answered on a maturity scale in this catalog"
        ))
    })?;
    let answers = a.answers_for(&q.id, None);
    let mut areas: Vec<Area> = q
        .top_groups()
        .map(|g| {
            let stats = profile.groups.iter().find(|m| m.group == g.id).map(|m| &m.stats);
            Area {
                area: &g.id,
                key: &g.key,
                summary: stats.map(summary).unwrap_or_else(|| summary(&profile.overall)),
                capabilities: Vec::new(),
            }
        })
        .collect();
    // The maturity profile holds the requirements in scope, in questionnaire order.
    for m in &profile.requirements {
        let Some(r) = q.requirement(&m.requirement) else {
            continue;
        };
        let answer = scoring::find(answers, &r.id);
        let capability = Capability {
            requirement: &r.id,
            key: &r.key,
            state: m.state,
            evidence: answer.map(|x| x.evidence.as_slice()).unwrap_or_default(),
            note: answer
                .filter(|_| with_notes)
                .map(|x| x.note.trim())
                .filter(|n| !n.is_empty()),
        };
        let area = q.area_of(&r.group);
        if let Some(x) = areas.iter_mut().find(|x| x.area == area) {
            x.capabilities.push(capability);
        }
    }
    Ok(Statement {
        schema: STATEMENT_SCHEMA,
        questionnaire: &q.id,
        title: &a.assessment.title,
        organisation: &a.assessment.organisation,
        site: &a.assessment.site,
        service_scope: a.assessment.service_scope,
        outside_scope: q.requirements.len() - profile.requirements.len(),
        date: a.assessment.modified.strftime("%Y-%m-%d").to_string(),
        assessors: &a.assessment.assessors,
        classification: &a.assessment.classification,
        with_notes,
        areas,
        q,
        level_values: catalog
            .scale(&q.scale)
            .map(|sc| {
                sc.values
                    .iter()
                    .filter_map(|v| Some((v.level?, v.id.as_str())))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// The check of `a`'s statement against `profile`, which must be a profile for 62443-2-4.
pub fn check(
    a: &Assessment,
    catalog: &Catalog,
    profile_questionnaire: &str,
    profile: &ProfileLevels,
    as_of: jiff::civil::Date,
) -> Result<ProfileCheck> {
    let q = questionnaire(a, catalog)?;
    if profile_questionnaire != q.id {
        return Err(Error::usage(format!(
            "profile \"{}\" is a profile for {profile_questionnaire}; a capability statement is checked against a profile for {SERVICE_CAPABILITIES}",
            profile.id
        )));
    }
    Ok(profile_check::check(a, catalog, &Cover::on(a, as_of), q, profile))
}

fn questionnaire<'a>(a: &Assessment, catalog: &'a Catalog) -> Result<&'a Questionnaire> {
    if !a.assessment.questionnaires.iter().any(|q| q == SERVICE_CAPABILITIES) {
        return Err(Error::usage(format!(
            "this assessment does not cover {SERVICE_CAPABILITIES} (its questionnaires: {}); a capability statement is made from a service provider's {SERVICE_CAPABILITIES} self-assessment",
            a.assessment.questionnaires.join(", ")
        )));
    }
    catalog.questionnaire(SERVICE_CAPABILITIES).ok_or_else(|| {
        Error::usage(format!(
            "the questionnaire {SERVICE_CAPABILITIES} is not in the catalog"
        ))
    })
}

fn summary(s: &maturity::MaturityStats) -> AreaSummary {
    AreaSummary {
        offered: s.answered,
        min: s.min,
        mean: s.mean,
        not_offered: s.not_offered,
        not_applicable: s.not_applicable,
        not_assessed: s.unanswered,
        none_offered: s.none_offered(),
    }
}

/// The check's rows as every output lists them: the gaps first (below, then not offered), then
/// not applicable, not assessed, meets, not asked; in questionnaire order within each.
pub fn check_rows(check: &ProfileCheck) -> Vec<&CheckRow> {
    let mut rows: Vec<&CheckRow> = check.rows.iter().collect();
    rows.sort_by_key(|r| r.verdict);
    rows
}
