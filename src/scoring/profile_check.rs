//! A service provider's answers checked against an asset owner's target profile (62443-2-4, also
//! 2-1): per requirement the level asked for, the level offered, and the gap. The same check
//! serves `statement --against`, the results screen when a profile is the target, and the
//! statement workbook.
//!
//! The rules, per requirement (docs/statement.md says them in words):
//! - the profile does not ask for it (no level, or 0): not asked, whatever the answer;
//! - answered with a level at or above the one asked: meets;
//! - a level below it: below, by the difference;
//! - "not offered", or outside the service scope the provider assessed: not offered (a gap the
//!   owner must fill elsewhere);
//! - "not applicable": the provider says it does not apply, which the owner has to accept or not;
//! - unanswered (or a value that needs a reason given without one): not assessed, never a gap.

use super::Cover;
use crate::assessment::Assessment;
use crate::catalog::{Catalog, ProfileLevels, Questionnaire};
use serde::Serialize;

/// What the provider offers for one requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "state", content = "level")]
pub enum Offered {
    Level(u8),
    NotOffered,
    NotApplicable,
    OutsideScope,
    Unanswered,
}

/// How one requirement stands against the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Offered below the level asked.
    Below,
    /// Asked for, but not offered (or outside the service scope assessed).
    NotOffered,
    /// The provider answered not applicable.
    NotApplicable,
    /// Not answered yet.
    NotAssessed,
    Meets,
    /// The profile does not ask for it.
    NotAsked,
}

impl Verdict {
    pub const ALL: [Verdict; 6] = [
        Verdict::Below,
        Verdict::NotOffered,
        Verdict::NotApplicable,
        Verdict::NotAssessed,
        Verdict::Meets,
        Verdict::NotAsked,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Verdict::Below => "below",
            Verdict::NotOffered => "not-offered",
            Verdict::NotApplicable => "not-applicable",
            Verdict::NotAssessed => "not-assessed",
            Verdict::Meets => "meets",
            Verdict::NotAsked => "not-asked",
        }
    }

    /// Whether the owner has to act on it: a level short, or a capability missing.
    pub fn is_gap(self) -> bool {
        matches!(self, Verdict::Below | Verdict::NotOffered)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckRow {
    pub requirement: String,
    /// The top-level area (functional area, SPE) it belongs to.
    pub area: String,
    /// The level asked for; 0: not asked.
    pub required: u8,
    pub offered: Offered,
    /// Levels short (0 unless below).
    pub gap: u8,
    pub verdict: Verdict,
}

/// How many requirements have each verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct VerdictCounts {
    pub below: usize,
    pub not_offered: usize,
    pub not_applicable: usize,
    pub not_assessed: usize,
    pub meets: usize,
    pub not_asked: usize,
}

impl VerdictCounts {
    fn add(&mut self, v: Verdict) {
        *self.slot(v) += 1;
    }

    fn slot(&mut self, v: Verdict) -> &mut usize {
        match v {
            Verdict::Below => &mut self.below,
            Verdict::NotOffered => &mut self.not_offered,
            Verdict::NotApplicable => &mut self.not_applicable,
            Verdict::NotAssessed => &mut self.not_assessed,
            Verdict::Meets => &mut self.meets,
            Verdict::NotAsked => &mut self.not_asked,
        }
    }

    pub fn get(&self, v: Verdict) -> usize {
        match v {
            Verdict::Below => self.below,
            Verdict::NotOffered => self.not_offered,
            Verdict::NotApplicable => self.not_applicable,
            Verdict::NotAssessed => self.not_assessed,
            Verdict::Meets => self.meets,
            Verdict::NotAsked => self.not_asked,
        }
    }

    /// Requirements the profile asks for.
    pub fn asked(&self) -> usize {
        self.below + self.not_offered + self.not_applicable + self.not_assessed + self.meets
    }

    /// Requirements the owner has to act on.
    pub fn gaps(&self) -> usize {
        self.below + self.not_offered
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AreaCheck {
    pub area: String,
    /// The highest level asked of any requirement of the area (0: nothing asked).
    pub highest_required: u8,
    pub counts: VerdictCounts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileCheck {
    pub questionnaire: String,
    pub profile_id: String,
    pub profile_title: String,
    pub rows: Vec<CheckRow>,
    pub areas: Vec<AreaCheck>,
    pub totals: VerdictCounts,
}

impl ProfileCheck {
    /// The rows the owner has to act on, in questionnaire order.
    pub fn gaps(&self) -> impl Iterator<Item = &CheckRow> {
        self.rows.iter().filter(|r| r.verdict.is_gap())
    }
}

/// Check the provider's answers to `q` in `a` against `profile`.
pub fn check(
    a: &Assessment,
    catalog: &Catalog,
    cover: &Cover,
    q: &Questionnaire,
    profile: &ProfileLevels,
) -> ProfileCheck {
    let answers = a.answers_for(&q.id, None);
    let mut rows = Vec::with_capacity(q.requirements.len());
    for r in &q.requirements {
        let required = profile.level_for(q, r).unwrap_or(0);
        let offered = if !a.in_service_scope(r) {
            Offered::OutsideScope
        } else {
            match super::credited(catalog, cover, r, super::find(answers, &r.id)) {
                None => Offered::Unanswered,
                Some(v) if v.not_offered => Offered::NotOffered,
                Some(v) if v.not_applicable => Offered::NotApplicable,
                Some(v) => Offered::Level(v.level.unwrap_or(0)),
            }
        };
        let (verdict, gap) = match offered {
            _ if required == 0 => (Verdict::NotAsked, 0),
            Offered::Level(l) if l >= required => (Verdict::Meets, 0),
            Offered::Level(l) => (Verdict::Below, required - l),
            Offered::NotOffered | Offered::OutsideScope => (Verdict::NotOffered, 0),
            Offered::NotApplicable => (Verdict::NotApplicable, 0),
            Offered::Unanswered => (Verdict::NotAssessed, 0),
        };
        rows.push(CheckRow {
            requirement: r.id.clone(),
            area: q.area_of(&r.group).to_string(),
            required,
            offered,
            gap,
            verdict,
        });
    }
    let mut areas: Vec<AreaCheck> = q
        .top_groups()
        .map(|g| AreaCheck {
            area: g.id.clone(),
            highest_required: 0,
            counts: VerdictCounts::default(),
        })
        .collect();
    let mut totals = VerdictCounts::default();
    for row in &rows {
        totals.add(row.verdict);
        if let Some(area) = areas.iter_mut().find(|x| x.area == row.area) {
            area.counts.add(row.verdict);
            area.highest_required = area.highest_required.max(row.required);
        }
    }
    ProfileCheck {
        questionnaire: q.id.clone(),
        profile_id: profile.id.clone(),
        profile_title: profile.title.clone(),
        rows,
        areas,
        totals,
    }
}
