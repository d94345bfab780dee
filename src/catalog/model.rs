//! The questionnaire catalog as the rest of the program sees it: validated, indexed, read-only.

use std::collections::HashMap;
use std::path::PathBuf;

/// Where a questionnaire is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Once for the whole organisation (2-1, 2-4, 3-2).
    Organisation,
    /// Once per zone.
    Zone,
    /// Once per conduit.
    Conduit,
    /// Once per zone, and optionally per conduit (3-3).
    ZoneOrConduit,
}

impl Scope {
    pub fn per_target(self) -> bool {
        self != Scope::Organisation
    }
}

/// Where in the tool the work a 3-2 requirement asks for is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordsIn {
    Suc,
    Zones,
    Conduits,
    RiskRegister,
    SlT,
    Documents,
}

/// A line and column in a source file, kept so that later checks (a missing translation, say) can
/// point back at the requirement that needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub parent: Option<String>,
    pub fr: Option<u8>,
    /// The Fluent message id of this group's texts.
    pub key: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone)]
pub struct Requirement {
    pub id: String,
    pub group: String,
    pub enhances: Option<String>,
    pub fr: Option<u8>,
    pub min_sl: Option<u8>,
    pub records_in: Option<RecordsIn>,
    /// The answer scale of this requirement (the questionnaire's unless overridden).
    pub scale: String,
    pub key: String,
    pub source: SourceRef,
}

impl Requirement {
    pub fn is_enhancement(&self) -> bool {
        self.enhances.is_some()
    }
}

#[derive(Debug, Clone)]
pub struct Questionnaire {
    pub id: String,
    pub standard: String,
    pub edition: String,
    pub scope: Scope,
    pub scale: String,
    pub groups: Vec<Group>,
    pub requirements: Vec<Requirement>,
    pub source: PathBuf,
    /// Whether it is one of the files built into the binary.
    pub builtin: bool,
    pub(crate) requirement_index: HashMap<String, usize>,
    pub(crate) group_index: HashMap<String, usize>,
}

impl Questionnaire {
    pub fn requirement(&self, id: &str) -> Option<&Requirement> {
        self.requirement_index.get(id).map(|&i| &self.requirements[i])
    }

    pub fn group_position(&self, id: &str) -> Option<usize> {
        self.group_index.get(id).copied()
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.group_index.get(id).map(|&i| &self.groups[i])
    }

    /// Groups without a parent, in file order.
    pub fn top_groups(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.parent.is_none())
    }

    /// Direct child groups of `id`, in file order.
    pub fn child_groups<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Group> + 'a {
        self.groups.iter().filter(move |g| g.parent.as_deref() == Some(id))
    }

    /// Whether `group` is `ancestor` or lies below it.
    pub fn group_within(&self, group: &str, ancestor: &str) -> bool {
        let mut current = Some(group);
        let mut steps = 0;
        while let Some(g) = current {
            if g == ancestor {
                return true;
            }
            current = self.group(g).and_then(|g| g.parent.as_deref());
            steps += 1;
            if steps > self.groups.len() {
                return false;
            }
        }
        false
    }

    /// Requirements in `group` or any group below it, in file order.
    pub fn requirements_within<'a>(&'a self, group: &'a str) -> impl Iterator<Item = &'a Requirement> + 'a {
        self.requirements
            .iter()
            .filter(move |r| self.group_within(&r.group, group))
    }

    /// Whether this questionnaire carries security-level data (3-3 style).
    pub fn has_security_levels(&self) -> bool {
        self.requirements.iter().any(|r| r.min_sl.is_some())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScaleKind {
    /// Maturity levels 0-4 (2-1, 2-4).
    Maturity,
    /// Met / not met / compensated (3-3).
    Compliance,
    /// Process steps done or not (3-2).
    Process,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleValue {
    pub id: String,
    pub key: Option<char>,
    pub level: Option<u8>,
    pub satisfies: bool,
    pub not_applicable: bool,
    pub note_required: bool,
}

#[derive(Debug, Clone)]
pub struct Scale {
    pub id: String,
    pub kind: ScaleKind,
    pub ladder: Vec<String>,
    pub values: Vec<ScaleValue>,
    pub source: PathBuf,
    pub builtin: bool,
}

impl Scale {
    pub fn value(&self, id: &str) -> Option<&ScaleValue> {
        self.values.iter().find(|v| v.id == id)
    }

    pub fn value_for_key(&self, key: char) -> Option<&ScaleValue> {
        self.values.iter().find(|v| v.key == Some(key))
    }

    /// The value ids, for messages that list what is allowed.
    pub fn value_ids(&self) -> Vec<&str> {
        self.values.iter().map(|v| v.id.as_str()).collect()
    }

    /// The answer the guided ladder proposes after `yes_count` consecutive "yes" answers.
    pub fn ladder_proposal(&self, yes_count: usize) -> Option<&ScaleValue> {
        let level = yes_count.min(self.ladder.len()) as u8;
        self.values.iter().find(|v| v.level == Some(level) && !v.not_applicable)
    }
}
