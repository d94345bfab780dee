//! The risk model: likelihood and impact scales, the risk matrix with its tolerable line, and the
//! rules that turn risk into a target security level. It is copied into every assessment when the
//! assessment is created, so an assessment's results never change behind its user's back.

use crate::error::Diagnostic;
use crate::toml_input;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Format 2 added the tolerable-risk floor, the steps of the risk-reduction method, consequence
/// floors and conduits following their zones; in format 1 `method = "risk-reduction"` meant the
/// lookup that format 2 calls `risk-level`, and a format-1 file is read that way.
pub const FORMAT: i64 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskModel {
    /// The file format number; only meaningful in a risk model file, never written into assessments.
    #[serde(default, skip_serializing)]
    pub format: Option<i64>,
    pub id: String,
    pub likelihood: LikelihoodScale,
    pub impact: ImpactScale,
    #[serde(rename = "risk_level")]
    pub risk_levels: Vec<RiskLevel>,
    pub matrix: Matrix,
    pub sl_t: SlTRules,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LikelihoodScale {
    pub levels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImpactScale {
    pub levels: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskLevel {
    pub id: String,
    pub tolerable: bool,
    /// The SL-T this level of unmitigated risk calls for (risk-level method).
    pub sl: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Matrix {
    /// One row per likelihood level (lowest first), one column per impact level (lowest first).
    pub cells: Vec<Vec<String>>,
}

/// How a scenario turns into an SL-T. Stored with each assessment, so an old assessment keeps
/// the method it was scored with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum SlTMethod {
    /// The SL written beside the scenario's unmitigated risk level in the model (a lookup).
    RiskLevel,
    /// The SL for the number of steps the unmitigated risk lies above the tolerable line.
    #[default]
    RiskReduction,
    /// The SL of the most capable credible threat actor.
    ThreatActor,
}

impl SlTMethod {
    pub fn id(self) -> &'static str {
        match self {
            SlTMethod::RiskLevel => "risk-level",
            SlTMethod::RiskReduction => "risk-reduction",
            SlTMethod::ThreatActor => "threat-actor",
        }
    }

    pub const ALL: [SlTMethod; 3] = [SlTMethod::RiskLevel, SlTMethod::RiskReduction, SlTMethod::ThreatActor];

    /// Files written before the risk-level method had its own name called the lookup
    /// "risk-reduction": read there, it means [`SlTMethod::RiskLevel`].
    pub fn from_old_name(self) -> SlTMethod {
        match self {
            SlTMethod::RiskReduction => SlTMethod::RiskLevel,
            other => other,
        }
    }
}

fn one() -> u8 {
    1
}

fn default_reduction_steps() -> Vec<u8> {
    vec![2, 3, 4]
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlTRules {
    pub method: SlTMethod,
    /// The SL-T of every FR of every zone and conduit no scenario raises higher: the level that
    /// keeps the risk at the tolerable line (62443-3-2 expects a target for every zone and conduit).
    #[serde(default = "one")]
    pub tolerable_sl: u8,
    /// Risk-reduction method: the SL-T for 1, 2, 3 ... steps above the tolerable line; the last
    /// value also applies to more steps. A tolerable scenario asks for `tolerable_sl`.
    #[serde(default = "default_reduction_steps")]
    pub reduction_steps: Vec<u8>,
    /// A conduit's SL-T is at least that of the stricter of the two zones it joins, per FR, unless an
    /// adjustment or an override with its reason says otherwise.
    #[serde(default = "yes")]
    pub conduits_follow_zones: bool,
    #[serde(default, rename = "threat_actor")]
    pub threat_actors: Vec<ThreatActor>,
    #[serde(default, rename = "adjustment")]
    pub adjustments: Vec<Adjustment>,
    #[serde(default, rename = "consequence_floor", skip_serializing_if = "Vec::is_empty")]
    pub consequence_floors: Vec<ConsequenceFloor>,
}

/// A minimum SL-T a severe consequence calls for whatever its likelihood: a zone or conduit
/// aimed at by a scenario reaching `impact` (or worse) in `category` gets at least `sl` in `frs`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsequenceFloor {
    pub id: String,
    /// An impact category of the model; empty: any category.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
    /// The lowest impact level that triggers it.
    pub impact: String,
    /// The FRs it raises; empty: all seven.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frs: Vec<u8>,
    pub sl: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThreatActor {
    pub id: String,
    pub sl: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adjustment {
    pub id: String,
    pub fr: u8,
    pub max_sl: u8,
}

impl RiskModel {
    /// The risk level id of a (likelihood, impact) pair, both 1-based scores.
    pub fn risk_level(&self, likelihood: u8, impact: u8) -> Option<&RiskLevel> {
        let row = self.matrix.cells.get(usize::from(likelihood).checked_sub(1)?)?;
        let cell = row.get(usize::from(impact).checked_sub(1)?)?;
        self.risk_levels.iter().find(|l| &l.id == cell)
    }

    /// The position of a risk level from the lowest (0).
    pub fn risk_rank(&self, id: &str) -> Option<usize> {
        self.risk_levels.iter().position(|l| l.id == id)
    }

    pub fn threat_actor(&self, id: &str) -> Option<&ThreatActor> {
        self.sl_t.threat_actors.iter().find(|a| a.id == id)
    }

    pub fn adjustment(&self, id: &str) -> Option<&Adjustment> {
        self.sl_t.adjustments.iter().find(|a| a.id == id)
    }

    pub fn consequence_floor(&self, id: &str) -> Option<&ConsequenceFloor> {
        self.sl_t.consequence_floors.iter().find(|f| f.id == id)
    }

    /// How many levels a risk level lies above the tolerable line (0 for a tolerable one).
    pub fn steps_above_tolerable(&self, level: &RiskLevel) -> usize {
        let rank = self.risk_rank(&level.id).unwrap_or(0);
        match self.risk_levels.iter().rposition(|l| l.tolerable) {
            _ if level.tolerable => 0,
            Some(last_tolerable) => rank.saturating_sub(last_tolerable),
            None => rank + 1,
        }
    }

    /// The SL-T the risk-reduction method asks for `steps` above the tolerable line.
    pub fn sl_for_steps(&self, steps: usize) -> u8 {
        match steps {
            0 => self.sl_t.tolerable_sl,
            n => {
                let table = &self.sl_t.reduction_steps;
                table
                    .get(n - 1)
                    .or(table.last())
                    .copied()
                    .unwrap_or(self.sl_t.tolerable_sl)
            }
        }
    }

    /// Read a model written as format 1: its "risk-reduction" was the lookup now called risk-level.
    pub fn migrate_from_format_1(&mut self) {
        self.sl_t.method = self.sl_t.method.from_old_name();
    }

    /// Check the model's inner consistency; every problem is listed.
    pub fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        unique(&self.likelihood.levels, "likelihood level", &mut p);
        unique(&self.impact.levels, "impact level", &mut p);
        unique(&self.impact.categories, "impact category", &mut p);
        let level_ids: Vec<String> = self.risk_levels.iter().map(|l| l.id.clone()).collect();
        unique(&level_ids, "risk level", &mut p);
        if self.likelihood.levels.is_empty() || self.impact.levels.is_empty() || self.risk_levels.is_empty() {
            p.push("likelihood levels, impact levels and risk levels must not be empty".into());
        }
        if self.likelihood.levels.len() > 9 || self.impact.levels.len() > 9 {
            p.push("likelihood and impact scales have at most 9 levels".into());
        }
        if self.matrix.cells.len() != self.likelihood.levels.len() {
            p.push(format!(
                "the matrix has {} rows but there are {} likelihood levels",
                self.matrix.cells.len(),
                self.likelihood.levels.len()
            ));
        }
        for (i, row) in self.matrix.cells.iter().enumerate() {
            if row.len() != self.impact.levels.len() {
                p.push(format!(
                    "matrix row {} has {} cells but there are {} impact levels",
                    i + 1,
                    row.len(),
                    self.impact.levels.len()
                ));
            }
            for cell in row {
                if self.risk_rank(cell).is_none() {
                    p.push(format!("matrix row {} names unknown risk level \"{cell}\"", i + 1));
                }
            }
        }
        if let Some(first_intolerable) = self.risk_levels.iter().position(|l| !l.tolerable)
            && self.risk_levels[first_intolerable..].iter().any(|l| l.tolerable)
        {
            p.push("tolerable risk levels must all come before the intolerable ones".into());
        }
        for w in self.risk_levels.windows(2) {
            if w[1].sl < w[0].sl {
                p.push(format!(
                    "risk level \"{}\" calls for a lower SL than \"{}\" below it",
                    w[1].id, w[0].id
                ));
            }
        }
        for l in &self.risk_levels {
            if !(1..=4).contains(&l.sl) {
                p.push(format!("risk level \"{}\": sl must be 1 to 4", l.id));
            }
        }
        for a in &self.sl_t.threat_actors {
            if !(1..=4).contains(&a.sl) {
                p.push(format!("threat actor \"{}\": sl must be 1 to 4", a.id));
            }
        }
        let actor_ids: Vec<String> = self.sl_t.threat_actors.iter().map(|a| a.id.clone()).collect();
        unique(&actor_ids, "threat actor", &mut p);
        for a in &self.sl_t.adjustments {
            if !(1..=7).contains(&a.fr) || !(1..=4).contains(&a.max_sl) {
                p.push(format!("adjustment \"{}\": fr must be 1 to 7 and max_sl 1 to 4", a.id));
            }
        }
        let adjustment_ids: Vec<String> = self.sl_t.adjustments.iter().map(|a| a.id.clone()).collect();
        unique(&adjustment_ids, "adjustment", &mut p);
        self.sl_t_problems(&mut p);
        p
    }

    fn sl_t_problems(&self, p: &mut Vec<String>) {
        let rules = &self.sl_t;
        if !(1..=4).contains(&rules.tolerable_sl) {
            p.push("sl_t.tolerable_sl must be 1 to 4".into());
        }
        if rules.reduction_steps.is_empty() || rules.reduction_steps.iter().any(|s| !(1..=4).contains(s)) {
            p.push("sl_t.reduction_steps must list at least one SL, each 1 to 4".into());
        }
        let mut below = rules.tolerable_sl;
        for &s in &rules.reduction_steps {
            if s < below {
                p.push("sl_t.reduction_steps must never fall: more steps above the tolerable line cannot ask for a lower SL".into());
                break;
            }
            below = s;
        }
        for f in &rules.consequence_floors {
            if !f.category.is_empty() && !self.impact.categories.contains(&f.category) {
                p.push(format!(
                    "consequence floor \"{}\": unknown impact category \"{}\"",
                    f.id, f.category
                ));
            }
            if !self.impact.levels.contains(&f.impact) {
                p.push(format!(
                    "consequence floor \"{}\": unknown impact level \"{}\"",
                    f.id, f.impact
                ));
            }
            if !(1..=4).contains(&f.sl) || f.frs.iter().any(|fr| !(1..=7).contains(fr)) {
                p.push(format!(
                    "consequence floor \"{}\": sl must be 1 to 4 and frs 1 to 7",
                    f.id
                ));
            }
        }
        let floor_ids: Vec<String> = rules.consequence_floors.iter().map(|f| f.id.clone()).collect();
        unique(&floor_ids, "consequence floor", p);
    }
}

fn unique(ids: &[String], what: &str, problems: &mut Vec<String>) {
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) {
            problems.push(format!("duplicate {what} \"{id}\""));
        }
    }
}

/// Read and check a risk model file.
pub fn read(path: &Path, text: &str) -> Result<RiskModel, Vec<Diagnostic>> {
    match toml_input::format_version(path, text) {
        Ok(Some(v)) if v > FORMAT => {
            return Err(vec![Diagnostic::new(
                path,
                format!("written for risk model format {v}, but this version reads format {FORMAT} at most"),
            )]);
        }
        Ok(Some(v)) if v < 1 => {
            let at = toml_input::format_offset(text).map(|o| crate::error::Position::of_offset(text, o));
            return Err(vec![
                Diagnostic::new(path, format!("format must be a number from 1 to {FORMAT}, not {v}")).at(at),
            ]);
        }
        Ok(_) => {}
        Err(d) => return Err(vec![d]),
    }
    let mut model: RiskModel = toml_input::parse(path, text).map_err(|d| vec![d])?;
    if model.format.unwrap_or(1) < 2 {
        model.migrate_from_format_1();
    }
    model.format = None;
    let problems = model.problems();
    if problems.is_empty() {
        Ok(model)
    } else {
        Err(problems.into_iter().map(|m| Diagnostic::new(path, m)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_below_one_is_refused_at_its_line() {
        let text = "# a risk model\nformat = 0\nid = \"x\"\n";
        let problems = read(Path::new("m.toml"), text).unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            format!("m.toml:2:1: format must be a number from 1 to {FORMAT}, not 0")
        );
    }
}
