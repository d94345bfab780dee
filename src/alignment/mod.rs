//! Regulatory alignment: what the answers of a 62443 assessment say about a regulation or
//! framework (NIS2 Article 21(2), NIST CSF 2.0, the CRA's Annex I, an organisation's own), through
//! a mapping (`catalog::mapping`). For each item of the target: every linked requirement, its
//! answer and level at every target it is asked for, and a verdict. The rule is written out in
//! docs/alignment.md; in short:
//!
//! - A linked requirement counts once per target it is asked for (the organisation, each system,
//!   zone or conduit, each component with 62443-4-2 answers). It is **met** when its answer is
//!   met (or compensated by a record that stands), or, on a maturity scale, at the target level
//!   and at least level 1. An answer "not applicable" (with its reason) and a 62443-3-3 or 4-2
//!   requirement above the target's SL-T in its FR (a component in no zone: its declared SL-C)
//!   do not count.
//! - Links into questionnaires the assessment does not include are listed and do not count.
//! - Verdict: **supported** when everything that counts is answered and met and at least one of
//!   those links is "equivalent" or "supports"; **partly** when something is met; **not
//!   supported** when something is answered and nothing is met; **not assessed** when nothing that
//!   counts is answered, never "not supported"; **not applicable** when every linked requirement is
//!   answered not applicable or not needed at the targets' levels; **no 62443 counterpart** when the
//!   mapping links nothing to the item.

pub mod words;

use crate::assessment::{Assessment, SlVector};
use crate::catalog::mapping::{Link, LinkKind, Mapping};
use crate::catalog::{Catalog, Questionnaire, Requirement, ScaleKind};
use crate::scoring::maturity::RequirementState;
use crate::scoring::{Cover, Score};
use serde::Serialize;
use std::collections::HashMap;

/// Version of the JSON layout of [`Alignment`] (docs/alignment.md).
pub const ALIGNMENT_SCHEMA: u32 = 1;

/// What the answers say about one item of the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Supported,
    Partly,
    NotSupported,
    NotAssessed,
    NotApplicable,
    /// The mapping links no 62443 requirement to the item.
    NoLinks,
}

impl Verdict {
    pub const ALL: [Verdict; 6] = [
        Verdict::Supported,
        Verdict::Partly,
        Verdict::NotSupported,
        Verdict::NotAssessed,
        Verdict::NotApplicable,
        Verdict::NoLinks,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Partly => "partly",
            Verdict::NotSupported => "not-supported",
            Verdict::NotAssessed => "not-assessed",
            Verdict::NotApplicable => "not-applicable",
            Verdict::NoLinks => "no-links",
        }
    }
}

/// How a linked requirement stands at one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetState {
    Met,
    NotMet,
    /// Not answered yet (or a reason or a standing record is missing, as everywhere else).
    Open,
    NotApplicable,
    /// A 62443-3-3 or 4-2 requirement above the level the target is held to in its FR (its SL-T;
    /// a component in no zone: its declared SL-C).
    NotNeeded,
}

impl TargetState {
    /// Whether it counts towards the verdict.
    pub fn counts(self) -> bool {
        matches!(self, TargetState::Met | TargetState::NotMet | TargetState::Open)
    }
}

/// One target a linked requirement is asked for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AtTarget {
    /// The system, zone, conduit or component; None: the organisation.
    pub target: Option<String>,
    pub state: TargetState,
    /// On a maturity scale: the level achieved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// On a maturity scale the level needed; for a 62443-3-3 or 4-2 requirement the level the
    /// target is held to in the requirement's FR (its SL-T, or a zoneless component's declared SL-C).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needed: Option<u8>,
}

/// How a linked requirement stands over all its targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkState {
    Met,
    /// Met at some targets, not (yet) at others.
    Partly,
    NotMet,
    Open,
    NotApplicable,
    /// Its questionnaire is not part of the assessment.
    Outside,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkAlignment {
    pub questionnaire: String,
    pub requirement: String,
    pub kind: LinkKind,
    pub source: String,
    pub state: LinkState,
    pub targets: Vec<AtTarget>,
}

/// Verdicts counted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub supported: usize,
    pub partly: usize,
    pub not_supported: usize,
    pub not_assessed: usize,
    pub not_applicable: usize,
    pub no_links: usize,
}

impl Tally {
    pub fn add(&mut self, v: Verdict) {
        *self.slot(v) += 1;
    }

    pub fn count(&self, v: Verdict) -> usize {
        match v {
            Verdict::Supported => self.supported,
            Verdict::Partly => self.partly,
            Verdict::NotSupported => self.not_supported,
            Verdict::NotAssessed => self.not_assessed,
            Verdict::NotApplicable => self.not_applicable,
            Verdict::NoLinks => self.no_links,
        }
    }

    pub fn total(&self) -> usize {
        Verdict::ALL.iter().map(|&v| self.count(v)).sum()
    }

    fn slot(&mut self, v: Verdict) -> &mut usize {
        match v {
            Verdict::Supported => &mut self.supported,
            Verdict::Partly => &mut self.partly,
            Verdict::NotSupported => &mut self.not_supported,
            Verdict::NotAssessed => &mut self.not_assessed,
            Verdict::NotApplicable => &mut self.not_applicable,
            Verdict::NoLinks => &mut self.no_links,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemAlignment {
    pub item: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    pub depth: usize,
    /// None for a grouping item (a CSF function or category): see `tally`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// Requirement-and-target pairs that count: met, not met, not answered.
    pub met: usize,
    pub not_met: usize,
    pub open: usize,
    /// Links into questionnaires the assessment does not include.
    pub outside: usize,
    /// For a grouping item: the verdicts of the items below it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tally: Option<Tally>,
    pub links: Vec<LinkAlignment>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alignment {
    pub schema: u32,
    pub mapping: String,
    pub reference: String,
    /// The assessment's title.
    pub title: String,
    /// The verdicts of every assessable item.
    pub summary: Tally,
    /// The questionnaires the mapping links to that the assessment does not include.
    pub outside: Vec<String>,
    pub items: Vec<ItemAlignment>,
}

/// Align the scored assessment `a` with `mapping`.
pub fn align(a: &Assessment, catalog: &Catalog, score: &Score, mapping: &Mapping) -> Alignment {
    let cover = Cover::on(a, score.countermeasures.as_of);
    // What each linked questionnaire is answered for, and the SL-T of every zone and conduit:
    // looked up once, not once per link.
    let targets = mapping
        .questionnaires()
        .into_iter()
        .filter_map(|id| catalog.questionnaire(id))
        .map(|q| (q.id.as_str(), a.answered_targets(&q.id, q.scope)))
        .collect();
    let judge = Judge {
        a,
        catalog,
        score,
        cover,
        targets,
        sl_targets: score.sl_targets.iter().map(|t| (t.target.as_str(), t.vector)).collect(),
    };
    let mut cache: HashMap<(&str, &str), (LinkState, Vec<AtTarget>)> = HashMap::new();
    let mut items: Vec<ItemAlignment> = Vec::with_capacity(mapping.items.len());
    let mut summary = Tally::default();
    let mut positions: HashMap<&str, usize> = HashMap::new();
    for item in &mapping.items {
        let links: Vec<LinkAlignment> = item
            .links
            .iter()
            .map(|link| {
                let (state, targets) = cache
                    .entry((link.questionnaire.as_str(), link.requirement.as_str()))
                    .or_insert_with(|| judge.link(link))
                    .clone();
                LinkAlignment {
                    questionnaire: link.questionnaire.clone(),
                    requirement: link.requirement.clone(),
                    kind: link.kind,
                    source: link.source.clone(),
                    state,
                    targets,
                }
            })
            .collect();
        let mut out = ItemAlignment {
            item: item.id.clone(),
            parent: item.parent.clone(),
            depth: item
                .parent
                .as_deref()
                .and_then(|p| positions.get(p))
                .map_or(0, |&i| items[i].depth + 1),
            verdict: None,
            met: 0,
            not_met: 0,
            open: 0,
            outside: links.iter().filter(|l| l.state == LinkState::Outside).count(),
            tally: (!item.assessable).then(Tally::default),
            links,
        };
        if item.assessable {
            let verdict = verdict(&mut out);
            out.verdict = Some(verdict);
            summary.add(verdict);
            // Every grouping item above it counts it.
            let mut parent = out.parent.as_deref().and_then(|p| positions.get(p).copied());
            while let Some(i) = parent {
                if let Some(t) = items[i].tally.as_mut() {
                    t.add(verdict);
                }
                parent = items[i].parent.as_deref().and_then(|p| positions.get(p).copied());
            }
        }
        positions.insert(item.id.as_str(), items.len());
        items.push(out);
    }
    let outside = mapping
        .questionnaires()
        .into_iter()
        .filter(|q| !a.assessment.questionnaires.iter().any(|x| x == q))
        .map(str::to_string)
        .collect();
    Alignment {
        schema: ALIGNMENT_SCHEMA,
        mapping: mapping.id.clone(),
        reference: mapping.reference.clone(),
        title: a.assessment.title.clone(),
        summary,
        outside,
        items,
    }
}

/// The verdict of an assessable item from its links (the rule at the top of this file); fills
/// the item's counts.
fn verdict(item: &mut ItemAlignment) -> Verdict {
    if item.links.is_empty() {
        return Verdict::NoLinks;
    }
    let mut excluded = 0;
    let mut strong_met = false;
    for link in item.links.iter().filter(|l| l.state != LinkState::Outside) {
        for t in &link.targets {
            match t.state {
                TargetState::Met => item.met += 1,
                TargetState::NotMet => item.not_met += 1,
                TargetState::Open => item.open += 1,
                TargetState::NotApplicable | TargetState::NotNeeded => excluded += 1,
            }
        }
        // A link with nothing to answer yet (no zone, no component assessed) is open; one that
        // nothing assessed is asked (outside the service scope, another type) does not apply.
        if link.targets.is_empty() {
            match link.state {
                LinkState::Open => item.open += 1,
                LinkState::NotApplicable => excluded += 1,
                _ => {}
            }
        }
        strong_met |= link.state == LinkState::Met && link.kind != LinkKind::Partial;
    }
    let answered = item.met + item.not_met;
    if answered + item.open == 0 {
        return if excluded > 0 {
            Verdict::NotApplicable
        } else {
            Verdict::NotAssessed
        };
    }
    if answered == 0 {
        Verdict::NotAssessed
    } else if item.not_met == 0 && item.open == 0 && strong_met {
        Verdict::Supported
    } else if item.met > 0 {
        Verdict::Partly
    } else {
        Verdict::NotSupported
    }
}

/// Looks up how a requirement stands in the assessment.
struct Judge<'a> {
    a: &'a Assessment,
    catalog: &'a Catalog,
    score: &'a Score,
    cover: Cover<'a>,
    /// Questionnaire id -> what it is answered for (`Assessment::answered_targets`).
    targets: HashMap<&'a str, Vec<Option<&'a str>>>,
    /// Zone or conduit -> its SL-T.
    sl_targets: HashMap<&'a str, SlVector>,
}

impl Judge<'_> {
    fn link(&self, link: &Link) -> (LinkState, Vec<AtTarget>) {
        let in_scope = self.a.assessment.questionnaires.contains(&link.questionnaire);
        let found = self
            .catalog
            .questionnaire(&link.questionnaire)
            .and_then(|q| Some((q, q.requirement(&link.requirement)?)));
        let Some((q, r)) = found.filter(|_| in_scope) else {
            return (LinkState::Outside, Vec::new());
        };
        let maturity = self
            .catalog
            .scale(&q.scale)
            .is_some_and(|s| s.kind == ScaleKind::Maturity);
        let (targets, asked) = if maturity {
            (self.maturity(q, r).into_iter().collect(), self.a.in_service_scope(r))
        } else {
            let candidates = self.targets.get(q.id.as_str()).map_or(&[][..], Vec::as_slice);
            let targets = self.compliance(q, r, candidates);
            // Targets to answer for, but none asks it (an NDR requirement and only PLCs).
            let asked = candidates.is_empty() || !targets.is_empty();
            (targets, asked)
        };
        let state = if asked {
            link_state(&targets)
        } else {
            LinkState::NotApplicable
        };
        (state, targets)
    }

    /// A requirement on a maturity scale, as the results count it: met at its target level, and
    /// at least at level 1 (a profile that does not ask for it does not make "not implemented"
    /// enough). Outside the service scope (62443-2-4): not asked.
    fn maturity(&self, q: &Questionnaire, r: &Requirement) -> Option<AtTarget> {
        let profile = self.score.maturity.iter().find(|p| p.questionnaire == q.id)?;
        let found = profile.requirements.iter().find(|x| x.requirement == r.id)?;
        let needed = found.target.max(1);
        let (state, level) = match found.state {
            RequirementState::Unanswered => (TargetState::Open, None),
            RequirementState::NotApplicable => (TargetState::NotApplicable, None),
            RequirementState::NotOffered => (TargetState::NotMet, None),
            RequirementState::Level(l) if l >= needed => (TargetState::Met, Some(l)),
            RequirementState::Level(l) => (TargetState::NotMet, Some(l)),
        };
        Some(AtTarget {
            target: None,
            state,
            level,
            needed: Some(needed),
        })
    }

    /// A requirement on a compliance scale, at every target its questionnaire is answered for
    /// and that it is asked of.
    fn compliance(&self, q: &Questionnaire, r: &Requirement, targets: &[Option<&str>]) -> Vec<AtTarget> {
        targets
            .iter()
            .copied()
            .filter(|&t| self.a.asks(r, t))
            .map(|t| {
                let answer = crate::scoring::find(self.a.answers_for(&q.id, t), &r.id);
                let credited = crate::scoring::credited(self.catalog, &self.cover, r, answer);
                let sl_t = self.sl_t(t, r);
                let needed = match (r.min_sl, sl_t) {
                    (Some(min_sl), Some(level)) => min_sl <= level,
                    (Some(min_sl), None) => min_sl <= 1,
                    (None, _) => true,
                };
                let state = match credited {
                    _ if !needed => TargetState::NotNeeded,
                    None => TargetState::Open,
                    Some(v) if v.not_applicable => TargetState::NotApplicable,
                    Some(v) if v.satisfies => TargetState::Met,
                    Some(_) => TargetState::NotMet,
                };
                AtTarget {
                    target: t.map(str::to_string),
                    state,
                    level: None,
                    needed: sl_t,
                }
            })
            .collect()
    }

    /// The level a requirement with an FR is held to at `target`: the zone's or conduit's SL-T;
    /// for a component its zone's SL-T, or, in no zone with one (a supplier's own product), the
    /// SL-C its supplier declares. None: no level known (the requirements of SL 1 count).
    fn sl_t(&self, target: Option<&str>, r: &Requirement) -> Option<u8> {
        let fr = usize::from(r.fr?).checked_sub(1)?;
        let target = target?;
        let sl_t = |zone: &str| self.sl_targets.get(zone).copied();
        let vector = match self.a.component(target) {
            Some(c) => sl_t(&c.zone).or(c.declared.as_ref().map(|d| d.sl_c)),
            None => sl_t(target),
        }?;
        vector.get(fr).copied()
    }
}

fn link_state(targets: &[AtTarget]) -> LinkState {
    let count = |s: TargetState| targets.iter().filter(|t| t.state == s).count();
    let (met, not_met, open) = (
        count(TargetState::Met),
        count(TargetState::NotMet),
        count(TargetState::Open),
    );
    if targets.is_empty() {
        LinkState::Open
    } else if met + not_met + open == 0 {
        LinkState::NotApplicable
    } else if not_met + open == 0 {
        LinkState::Met
    } else if met > 0 {
        LinkState::Partly
    } else if not_met > 0 {
        LinkState::NotMet
    } else {
        LinkState::Open
    }
}

/// The mappings worth showing for an assessment: those that link to at least one of its
/// questionnaires, the ones whose links it answers most first (for an asset owner NIS2 and CSF
/// 2.0 before the CRA; for a product supplier the CRA first), else in the catalog's order.
pub fn relevant<'c>(a: &Assessment, catalog: &'c Catalog) -> Vec<&'c Mapping> {
    let in_scope = |q: &str| a.assessment.questionnaires.iter().any(|x| x == q);
    // (links into the assessment's questionnaires, all links)
    let share = |m: &Mapping| {
        let links = m.items.iter().flat_map(|i| &i.links);
        let inside = links.clone().filter(|l| in_scope(&l.questionnaire)).count();
        (inside, links.count().max(1))
    };
    let mut found: Vec<(&Mapping, (usize, usize))> = catalog
        .mappings
        .iter()
        .map(|m| (m, share(m)))
        .filter(|(_, (inside, _))| *inside > 0)
        .collect();
    // Compare inside / all without division: a / b > c / d  <=>  a * d > c * b.
    found.sort_by(|(_, (a, b)), (_, (c, d))| (c * b).cmp(&(a * d)));
    found.into_iter().map(|(m, _)| m).collect()
}
