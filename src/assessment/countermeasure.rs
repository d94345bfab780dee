//! Compensating countermeasures as records (`[[countermeasure]]`): what is done instead of a
//! requirement, why it is equivalent, the risk that remains, who approved it and when, how it was
//! verified and when it is to be reviewed. A `compensated` answer is credited only while a record
//! that stands covers it (see `scoring::countermeasures`).

use super::model::{AnswerKey, Assessment};
use crate::catalog::Catalog;
use crate::catalog::ids::natural_cmp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The scale value id of an answer met by a compensating countermeasure.
pub const COMPENSATED: &str = "compensated";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Countermeasure {
    pub id: String,
    pub questionnaire: String,
    /// The requirements it stands in for, as the standard writes them ("SR 1.1").
    pub requirements: Vec<String>,
    /// The zones and conduits it applies to; empty for organisation-wide answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    /// What is done instead.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub instead: String,
    /// Why it is equivalent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub equivalence: String,
    /// The risk that remains.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub residual_risk: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub approved_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "toml_date")]
    pub approved: Option<Date>,
    /// How it was verified.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub verification: String,
    /// When it is to be reviewed next; past this date it no longer stands.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "toml_date")]
    pub review_by: Option<Date>,
}

/// A text field a record needs before it can stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Instead,
    Equivalence,
    ResidualRisk,
    Verification,
}

impl Field {
    pub const ALL: [Field; 4] = [
        Field::Instead,
        Field::Equivalence,
        Field::ResidualRisk,
        Field::Verification,
    ];

    /// The field's name in the file (and in `--json`).
    pub fn name(self) -> &'static str {
        match self {
            Field::Instead => "instead",
            Field::Equivalence => "equivalence",
            Field::ResidualRisk => "residual_risk",
            Field::Verification => "verification",
        }
    }
}

/// How a record stands on a given day. When several apply, the first in this order is given:
/// an incomplete record is not looked at for approval, an unapproved one not for its review date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Complete, approved and not past its review date: it credits the answers it covers.
    Stands,
    /// One of instead, equivalence, residual risk or verification is empty.
    Incomplete,
    /// Nobody approved it, or not by that day.
    Unapproved,
    /// Its review date has passed.
    Overdue,
}

impl Status {
    /// The Fluent message id of the status in words.
    pub fn message(self) -> &'static str {
        match self {
            Status::Stands => "ccm-status-stands",
            Status::Incomplete => "ccm-status-incomplete",
            Status::Unapproved => "ccm-status-unapproved",
            Status::Overdue => "ccm-status-overdue",
        }
    }
}

impl Countermeasure {
    /// A new record with only its id and what it covers.
    pub fn new(id: &str, questionnaire: &str, requirements: Vec<String>, targets: Vec<String>) -> Countermeasure {
        Countermeasure {
            id: id.to_string(),
            questionnaire: questionnaire.to_string(),
            requirements,
            targets,
            instead: String::new(),
            equivalence: String::new(),
            residual_risk: String::new(),
            approved_by: String::new(),
            approved: None,
            verification: String::new(),
            review_by: None,
        }
    }

    /// The text of a required field.
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Instead => &self.instead,
            Field::Equivalence => &self.equivalence,
            Field::ResidualRisk => &self.residual_risk,
            Field::Verification => &self.verification,
        }
    }

    /// The required fields that are empty.
    pub fn missing(&self) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| self.text(*f).trim().is_empty())
            .collect()
    }

    /// Approved by someone on or before `as_of`.
    pub fn approved_on(&self, as_of: Date) -> bool {
        !self.approved_by.trim().is_empty() && self.approved.is_some_and(|d| d <= as_of)
    }

    /// How the record stands on `as_of`.
    pub fn status(&self, as_of: Date) -> Status {
        if !self.missing().is_empty() {
            Status::Incomplete
        } else if !self.approved_on(as_of) {
            Status::Unapproved
        } else if self.review_by.is_some_and(|d| d < as_of) {
            Status::Overdue
        } else {
            Status::Stands
        }
    }

    /// Whether the record is about the answer `key`: same questionnaire, one of its requirements,
    /// and one of its targets (or, with no targets, an organisation-wide answer).
    pub fn covers(&self, key: AnswerKey) -> bool {
        self.questionnaire == key.questionnaire
            && self.requirements.iter().any(|r| r == key.requirement)
            && match key.target {
                Some(t) => self.targets.iter().any(|x| x == t),
                None => self.targets.is_empty(),
            }
    }
}

impl Countermeasure {
    /// What is wrong with the record in `a`: its id, and whether it names a questionnaire in scope,
    /// requirements of it and zones or conduits of `a` (none for an organisation-wide
    /// questionnaire). Used by the file check and by the command line.
    pub fn problems(&self, a: &Assessment, catalog: &Catalog) -> Vec<String> {
        let mut out = Vec::new();
        let id = &self.id;
        if let Err(e) = check_id(id) {
            out.push(e);
        }
        let Some(q) = catalog
            .questionnaire(&self.questionnaire)
            .filter(|_| a.assessment.questionnaires.contains(&self.questionnaire))
        else {
            out.push(format!(
                "countermeasure \"{id}\" names questionnaire \"{}\", which is not in this assessment's scope (in scope: {})",
                self.questionnaire,
                a.assessment.questionnaires.join(", ")
            ));
            return out;
        };
        if self.requirements.is_empty() {
            out.push(format!(
                "countermeasure \"{id}\" names no requirement (requirements = [...])"
            ));
        }
        for req in &self.requirements {
            if q.requirement(req).is_none() {
                let hint = q
                    .requirements
                    .iter()
                    .find(|r| r.id.eq_ignore_ascii_case(req.trim()))
                    .map(|r| format!("; did you mean \"{}\"?", r.id))
                    .unwrap_or_default();
                out.push(format!(
                    "countermeasure \"{id}\": {} has no requirement \"{req}\"{hint}",
                    q.id
                ));
            }
        }
        match (q.scope.per_target(), self.targets.is_empty()) {
            (true, true) => out.push(format!(
                "countermeasure \"{id}\": {} is answered per zone, conduit or component; name them (targets)",
                q.id
            )),
            (false, false) => out.push(format!(
                "countermeasure \"{id}\": {} is answered for the whole organisation; name no zone or conduit",
                q.id
            )),
            _ => {}
        }
        for t in &self.targets {
            if q.scope.per_component() && a.component(t).is_none() {
                out.push(format!(
                    "countermeasure \"{id}\" names \"{t}\", which is not a component"
                ));
            } else if !q.scope.per_component() && !a.has_target(t) {
                out.push(format!(
                    "countermeasure \"{id}\" names \"{t}\", which is neither a zone nor a conduit"
                ));
            }
        }
        out
    }
}

impl Countermeasure {
    /// Every field as (name, value in one line), in file order: for conflicts and comparisons.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        vec![
            ("questionnaire", self.questionnaire.clone()),
            ("requirements", self.requirements.join(", ")),
            ("targets", self.targets.join(", ")),
            ("instead", self.instead.clone()),
            ("equivalence", self.equivalence.clone()),
            ("residual_risk", self.residual_risk.clone()),
            ("approved_by", self.approved_by.clone()),
            ("approved", date(self.approved)),
            ("verification", self.verification.clone()),
            ("review_by", date(self.review_by)),
        ]
    }

    /// The fields that differ from `other`, each side as `name = "value"` joined by "; ".
    pub fn differences(&self, other: &Countermeasure) -> (String, String) {
        let (mine, theirs) = (self.fields(), other.fields());
        let show = |(name, value): &(&str, String)| {
            let first = value.lines().next().unwrap_or_default();
            format!("{name} = \"{first}\"")
        };
        let (a, b): (Vec<String>, Vec<String>) = mine
            .iter()
            .zip(&theirs)
            .filter(|(x, y)| x.1 != y.1)
            .map(|(x, y)| (show(x), show(y)))
            .unzip();
        (a.join("; "), b.join("; "))
    }
}

/// A record id: not empty, letters, digits, '-', '_' and '.' only ("CCM-01").
pub fn check_id(id: &str) -> Result<(), String> {
    super::model::check_record_id(id, "countermeasure", "CCM-01")
}

/// Records in canonical order: by id, numbers compared by value ("CCM-2" < "CCM-10").
pub fn sort(records: &mut [Countermeasure]) {
    records.sort_by(|a, b| natural_cmp(&a.id, &b.id));
}

/// Parse a date as written on the command line or in a form: "2026-11-02".
pub fn parse_date(text: &str) -> Result<Date, String> {
    let t = text.trim();
    let valid = t.len() == 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-';
    t.parse::<Date>()
        .ok()
        .filter(|_| valid)
        .ok_or_else(|| format!("\"{text}\" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-02"))
}

/// Dates as TOML local dates (`approved = 2026-11-02`); a quoted "2026-11-02" is read too.
pub(crate) mod toml_date {
    use jiff::civil::Date;
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => {
                let value: toml::value::Datetime = d.to_string().parse().map_err(serde::ser::Error::custom)?;
                serde::Serialize::serialize(&value, s)
            }
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let text = match toml::Value::deserialize(d)? {
            toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.to_string(),
            toml::Value::String(s) => s,
            other => {
                return Err(D::Error::custom(format!(
                    "expected a date like 2026-11-02, found {other}"
                )));
            }
        };
        super::parse_date(&text).map(Some).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn complete() -> Countermeasure {
        let mut c = Countermeasure::new("CCM-01", "iec62443-3-3", vec!["SR 1.1".into()], vec!["Z1".into()]);
        c.instead = "jump host".into();
        c.equivalence = "same".into();
        c.residual_risk = "low".into();
        c.verification = "tested".into();
        c.approved_by = "P. Owner".into();
        c.approved = Some(date(2026, 11, 2));
        c.review_by = Some(date(2027, 11, 1));
        c
    }

    #[test]
    fn status_on_a_day() {
        let c = complete();
        assert_eq!(c.status(date(2027, 1, 1)), Status::Stands);
        assert_eq!(
            c.status(date(2027, 11, 1)),
            Status::Stands,
            "the review day itself still stands"
        );
        assert_eq!(c.status(date(2027, 11, 2)), Status::Overdue);
        assert_eq!(
            c.status(date(2026, 11, 1)),
            Status::Unapproved,
            "approved only the day after"
        );
        let mut c2 = c.clone();
        c2.approved_by.clear();
        assert_eq!(c2.status(date(2027, 1, 1)), Status::Unapproved);
        let mut c3 = c.clone();
        c3.residual_risk = "  ".into();
        assert_eq!(c3.status(date(2027, 1, 1)), Status::Incomplete);
        assert_eq!(c3.missing(), vec![Field::ResidualRisk]);
    }

    #[test]
    fn dates_are_toml_local_dates() {
        let c = complete();
        let text = toml::to_string(&c).unwrap();
        assert!(text.contains("approved = 2026-11-02\n"), "{text}");
        let back: Countermeasure = toml::from_str(&text).unwrap();
        assert_eq!(back, c);
        let quoted = text.replace("2026-11-02", "\"2026-11-02\"");
        assert_eq!(toml::from_str::<Countermeasure>(&quoted).unwrap(), c);
        let wrong = text.replace("2026-11-02", "2026-11-02T10:00:00");
        assert!(toml::from_str::<Countermeasure>(&wrong).is_err());
    }

    #[test]
    fn dates_on_the_command_line() {
        assert_eq!(parse_date("2026-11-02"), Ok(date(2026, 11, 2)));
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("02.11.2026").is_err());
        assert!(parse_date("20261102").is_err());
    }
}
