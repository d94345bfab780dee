//! The effort scale of actions: labels with a weight each (from the config, `[[effort]]`), or a
//! plain number of person-days. The weight ranks actions within a phase: levels gained per unit
//! of effort.

use serde::{Deserialize, Serialize};

/// One step of the effort scale: its label ("S") and the weight it counts for (about person-days).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EffortLevel {
    pub label: String,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EffortScale {
    pub levels: Vec<EffortLevel>,
}

impl Default for EffortScale {
    /// S, M and L: about a day, a week and a month of work.
    fn default() -> Self {
        let level = |label: &str, weight: f64| EffortLevel {
            label: label.to_string(),
            weight,
        };
        EffortScale {
            levels: vec![level("S", 1.0), level("M", 5.0), level("L", 20.0)],
        }
    }
}

impl EffortScale {
    /// The scale from the config's levels, or the default when it names none.
    pub fn from_config(levels: &[EffortLevel]) -> Result<EffortScale, String> {
        if levels.is_empty() {
            return Ok(EffortScale::default());
        }
        for l in levels {
            if l.label.trim().is_empty() || l.label.trim().parse::<f64>().is_ok() {
                return Err(format!(
                    "effort level \"{}\": a label is a word like S, M or L (numbers are read as person-days)",
                    l.label
                ));
            }
            if !(l.weight.is_finite() && l.weight > 0.0) {
                return Err(format!("effort level \"{}\": its weight must be more than 0", l.label));
            }
        }
        Ok(EffortScale {
            levels: levels.to_vec(),
        })
    }

    /// The weight of an action's effort: a label of the scale (in any case), or a number of
    /// person-days; None for anything else.
    pub fn weight(&self, effort: &str) -> Option<f64> {
        let t = effort.trim();
        if let Some(l) = self.levels.iter().find(|l| l.label.eq_ignore_ascii_case(t)) {
            return Some(l.weight);
        }
        t.parse::<f64>().ok().filter(|w| w.is_finite() && *w > 0.0)
    }

    /// The weight of an action whose effort is not said yet: the middle of the scale.
    pub fn unknown_weight(&self) -> f64 {
        self.levels.get(self.levels.len() / 2).map_or(1.0, |l| l.weight)
    }

    /// The weight used for ranking: the effort's, or the middle of the scale when not said.
    pub fn weight_or_unknown(&self, effort: &str) -> f64 {
        self.weight(effort).unwrap_or_else(|| self.unknown_weight())
    }

    /// An effort as given (trimmed; a label as the scale spells it), or why it is not one.
    pub fn check(&self, effort: &str) -> Result<String, String> {
        let t = effort.trim();
        if t.is_empty() {
            return Ok(String::new());
        }
        if let Some(l) = self.levels.iter().find(|l| l.label.eq_ignore_ascii_case(t)) {
            return Ok(l.label.clone());
        }
        match self.weight(t) {
            Some(_) => Ok(t.to_string()),
            None => Err(format!(
                "\"{t}\" is not an effort: give one of {} or a number of person-days",
                self.labels().join(", ")
            )),
        }
    }

    pub fn labels(&self) -> Vec<&str> {
        self.levels.iter().map(|l| l.label.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_person_days_both_weigh() {
        let s = EffortScale::default();
        assert_eq!(s.weight("m"), Some(5.0));
        assert_eq!(s.weight("3"), Some(3.0));
        assert_eq!(s.weight("0"), None, "no work at all is not an effort");
        assert_eq!(s.weight("XL"), None);
        assert_eq!(s.weight_or_unknown(""), 5.0, "not said: the middle of the scale");
        assert_eq!(s.check(" l ").unwrap(), "L");
        assert!(s.check("huge").unwrap_err().contains("S, M, L"));
    }

    #[test]
    fn a_config_scale_is_checked() {
        let bad = [EffortLevel {
            label: "3".into(),
            weight: 1.0,
        }];
        assert!(EffortScale::from_config(&bad).is_err());
        let zero = [EffortLevel {
            label: "S".into(),
            weight: 0.0,
        }];
        assert!(EffortScale::from_config(&zero).is_err());
        assert_eq!(EffortScale::from_config(&[]).unwrap(), EffortScale::default());
    }
}
