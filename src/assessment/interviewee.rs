//! The people interviewed, one `[[interviewee]]` table each: the name stamped on their answers,
//! their role and, optionally, their organisation (an integrator's engineer, say). Optional: an
//! answer may name someone who has no table; the table only adds what the answers cannot say.
//! Kept sorted by name, so the file diffs cleanly.

use crate::catalog::ids::natural_cmp;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interviewee {
    /// As stamped on the answers they gave.
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
}

/// Interviewees in the order of the file: by name, naturally.
pub fn sort(list: &mut [Interviewee]) {
    list.sort_by(|x, y| natural_cmp(&x.name, &y.name));
}

impl super::Assessment {
    pub fn interviewee(&self, name: &str) -> Option<&Interviewee> {
        self.interviewees.iter().find(|x| x.name == name)
    }

    /// Record `person` (replacing the table of that name); returns the one it replaced.
    pub fn set_interviewee(&mut self, person: Interviewee) -> Option<Interviewee> {
        let previous = self.remove_interviewee(&person.name);
        self.interviewees.push(person);
        sort(&mut self.interviewees);
        previous
    }

    pub fn remove_interviewee(&mut self, name: &str) -> Option<Interviewee> {
        let i = self.interviewees.iter().position(|x| x.name == name)?;
        Some(self.interviewees.remove(i))
    }
}

/// One person's part in the assessment: who they are (from their table, if any) and the answers
/// they gave (those that name them as interviewee).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interview {
    pub name: String,
    pub role: String,
    pub organisation: String,
    pub answers: usize,
    /// The times of their first and last answer; None when they gave none yet.
    pub first: Option<Timestamp>,
    pub last: Option<Timestamp>,
}

/// Everybody interviewed: every `[[interviewee]]` and every name on an answer, by name.
pub fn interviews(a: &super::Assessment) -> Vec<Interview> {
    let mut by_name: BTreeMap<&str, Interview> = BTreeMap::new();
    let blank = |name: &str| Interview {
        name: name.to_string(),
        role: String::new(),
        organisation: String::new(),
        answers: 0,
        first: None,
        last: None,
    };
    for x in &a.interviewees {
        let entry = by_name.entry(x.name.as_str()).or_insert_with(|| blank(&x.name));
        entry.role = x.role.clone();
        entry.organisation = x.organisation.clone();
    }
    for answer in a.answers().iter().filter(|x| !x.interviewee.trim().is_empty()) {
        let name = answer.interviewee.as_str();
        let entry = by_name.entry(name).or_insert_with(|| blank(name));
        entry.answers += 1;
        entry.first = Some(entry.first.map_or(answer.time, |t| t.min(answer.time)));
        entry.last = Some(entry.last.map_or(answer.time, |t| t.max(answer.time)));
    }
    let mut out: Vec<Interview> = by_name.into_values().collect();
    out.sort_by(|x, y| natural_cmp(&x.name, &y.name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, AnswerId, Assessment};

    #[test]
    fn interviews_join_the_tables_and_the_answers() {
        let mut a = Assessment::new("t", "en", vec!["q".into()], Timestamp::UNIX_EPOCH);
        a.set_interviewee(Interviewee {
            name: "Zoe".into(),
            role: "Shift lead".into(),
            organisation: String::new(),
        });
        a.set_interviewee(Interviewee {
            name: "Ann".into(),
            role: "Engineer".into(),
            organisation: "Integrator".into(),
        });
        for (r, who, second) in [("R1", "Ann", 30), ("R2", "Ann", 10), ("R3", "Bob", 20)] {
            let mut x = Answer::new(&AnswerId::new("q", None, r), Timestamp::from_second(second).unwrap());
            x.value = Some("ml1".into());
            x.interviewee = who.into();
            a.set_answer(x);
        }
        let all = interviews(&a);
        let names: Vec<&str> = all.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Ann", "Bob", "Zoe"]);
        assert_eq!(all[0].answers, 2);
        assert_eq!(all[0].first, Some(Timestamp::from_second(10).unwrap()));
        assert_eq!(all[0].last, Some(Timestamp::from_second(30).unwrap()));
        assert_eq!(all[0].organisation, "Integrator");
        assert_eq!(
            (all[1].role.as_str(), all[1].answers),
            ("", 1),
            "named on an answer only"
        );
        assert_eq!((all[2].answers, all[2].first), (0, None), "a table, no answers yet");
        // Replacing keeps one table per name, in order.
        a.set_interviewee(Interviewee {
            name: "Ann".into(),
            role: "Lead engineer".into(),
            organisation: String::new(),
        });
        let roles: Vec<&str> = a.interviewees.iter().map(|x| x.role.as_str()).collect();
        assert_eq!(roles, ["Lead engineer", "Shift lead"]);
    }
}
