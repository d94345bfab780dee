//! Approvals of the cyber security requirements specification (62443-3-2 ZCR 7), one
//! `[[approval]]` table each: which system's specification, who approved it in which role, on what
//! day, with an optional note, and the digest of the specification as it was approved. An
//! approval counts only while the specification still has that digest (`crate::spec`): any change
//! to what the specification says asks for a new one.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The system under consideration whose specification was approved.
    pub system: String,
    pub by: String,
    pub role: String,
    #[serde(with = "toml_date")]
    pub date: Date,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// SHA-256 (hex) of the system's specification as rendered to Markdown in English.
    pub digest: String,
}

impl Approval {
    /// What identifies an approval in merges: the same person approving the same system on the
    /// same day is one approval.
    pub fn key(&self) -> (String, String, Date) {
        (self.system.clone(), self.by.clone(), self.date)
    }
}

pub use super::countermeasure::parse_date;

/// A required date, written and read like the optional dates of countermeasure records.
mod toml_date {
    use crate::assessment::countermeasure::toml_date as optional;
    use jiff::civil::Date;
    use serde::de::Error as _;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
        optional::serialize(&Some(*date), s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        optional::deserialize(d)?.ok_or_else(|| D::Error::custom("a date is needed, like 2026-11-24"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn approvals_read_and_write_dates_as_toml_dates() {
        #[derive(Serialize, Deserialize)]
        struct File {
            approval: Vec<Approval>,
        }
        let text = "[[approval]]\nsystem = \"SUC\"\nby = \"P. Owner\"\nrole = \"Asset owner\"\ndate = 2026-11-24\ndigest = \"ab\"\n";
        let f: File = toml::from_str(text).unwrap();
        assert_eq!(f.approval[0].date, jiff::civil::date(2026, 11, 24));
        assert!(toml::to_string(&f).unwrap().contains("date = 2026-11-24\n"));
        let quoted = text.replace("2026-11-24", "\"2026-11-24\"");
        assert!(toml::from_str::<File>(&quoted).is_ok());
        assert!(toml::from_str::<File>(&text.replace("2026-11-24", "\"24.11.2026\"")).is_err());
        assert!(parse_date("2026-02-30").is_err());
    }
}
