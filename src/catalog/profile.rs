//! Target profiles: the maturity an asset owner asks for, per requirement or per area, written
//! once for a project or kept as an organisation's standard (62443-2-4 and 2-1). A profile is a
//! TOML file in a questionnaire folder's `profiles/` subfolder, or any file named on the command
//! line. Choosing one as an assessment's target copies its levels into the assessment, so the
//! results never change behind the assessor's back when the file does.

use super::{Questionnaire, Requirement};
use crate::error::{Diagnostic, PositionIndex};
use crate::toml_input;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The newest profile format this build understands.
pub const FORMAT: i64 = 1;

/// The levels of a profile, as they are copied into an assessment's `[targets.profile.<q>]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileLevels {
    pub id: String,
    pub title: String,
    /// The level asked for every requirement the profile names neither itself nor through its
    /// area; absent: such requirements are not asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<u8>,
    /// Requirement or area (group) id -> level; 0 = not asked for.
    #[serde(default)]
    pub levels: BTreeMap<String, u8>,
}

impl ProfileLevels {
    /// The level asked for `r`: its own, else its area's (or the nearest enclosing one's), else the
    /// default. None or 0: not asked for.
    pub fn level_for(&self, q: &Questionnaire, r: &Requirement) -> Option<u8> {
        if let Some(&l) = self.levels.get(&r.id) {
            return Some(l);
        }
        self.level_for_group(q, &r.group)
    }

    /// The level asked for an area: its own, else the nearest enclosing area's, else the default.
    pub fn level_for_group(&self, q: &Questionnaire, group: &str) -> Option<u8> {
        q.group_and_ancestors(group)
            .find_map(|g| self.levels.get(&g.id).copied())
            .or(self.default)
    }

    /// The ids the profile names that `q` does not have.
    pub fn unknown_ids<'a>(&'a self, q: &'a Questionnaire) -> impl Iterator<Item = &'a str> + 'a {
        self.levels
            .keys()
            .map(String::as_str)
            .filter(|id| q.requirement(id).is_none() && q.group(id).is_none())
    }
}

/// A profile file, read and checked.
#[derive(Debug, Clone)]
pub struct Profile {
    pub questionnaire: String,
    pub levels: ProfileLevels,
    pub source: PathBuf,
    pub builtin: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: Spanned<i64>,
    profile: RawProfile,
    #[serde(default)]
    levels: BTreeMap<Spanned<String>, Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    id: Spanned<String>,
    title: Spanned<String>,
    questionnaire: Spanned<String>,
    default: Option<Spanned<i64>>,
}

/// Read one profile file and check it against the questionnaires it may name. Every problem is
/// reported with its line and column.
pub fn read(path: &Path, text: &str, questionnaires: &[Questionnaire]) -> Result<Profile, Vec<Diagnostic>> {
    let raw: RawFile = toml_input::parse(path, text).map_err(|d| vec![d])?;
    let positions = PositionIndex::new(text);
    let mut problems = Vec::new();
    let mut report = |at: std::ops::Range<usize>, message: String| {
        problems.push(Diagnostic::new(path, message).at(Some(positions.position(at.start))));
    };
    let format = *raw.format.get_ref();
    if format > FORMAT {
        report(
            raw.format.span(),
            format!(
                "written for profile format {format}, but this version of iacs-assess reads format {FORMAT} at most; update iacs-assess"
            ),
        );
    } else if format < 1 {
        report(
            raw.format.span(),
            format!("format must be a number from 1 to {FORMAT}, not {format}"),
        );
    }
    let id = raw.profile.id.get_ref();
    if id.trim().is_empty() || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
        report(
            raw.profile.id.span(),
            format!("profile id \"{id}\" must be one word without spaces"),
        );
    }
    let title = raw.profile.title.get_ref();
    if title.trim().is_empty() || title.chars().any(char::is_control) {
        report(
            raw.profile.title.span(),
            "the title must be one line of text, without control characters".into(),
        );
    }
    let level = |v: &Spanned<i64>, report: &mut dyn FnMut(std::ops::Range<usize>, String)| {
        if (0..=4).contains(v.get_ref()) {
            Some(*v.get_ref() as u8)
        } else {
            report(
                v.span(),
                format!("a level must be 0 (not asked for) to 4, not {}", v.get_ref()),
            );
            None
        }
    };
    let default = raw.profile.default.as_ref().and_then(|d| level(d, &mut report));
    let questionnaire = questionnaires
        .iter()
        .find(|q| q.id == *raw.profile.questionnaire.get_ref());
    if questionnaire.is_none() {
        let known: Vec<&str> = questionnaires.iter().map(|q| q.id.as_str()).collect();
        report(
            raw.profile.questionnaire.span(),
            format!(
                "unknown questionnaire \"{}\" (known: {})",
                raw.profile.questionnaire.get_ref(),
                known.join(", ")
            ),
        );
    }
    let mut levels = BTreeMap::new();
    for (key, value) in &raw.levels {
        if let Some(q) = questionnaire
            && q.requirement(key.get_ref()).is_none()
            && q.group(key.get_ref()).is_none()
        {
            report(
                key.span(),
                format!("\"{}\" is neither a requirement nor an area of {}", key.get_ref(), q.id),
            );
        }
        if let Some(l) = level(value, &mut report) {
            levels.insert(key.get_ref().clone(), l);
        }
    }
    if default.is_none() && levels.is_empty() {
        report(
            raw.profile.id.span(),
            "the profile asks for nothing: give a default level or levels per area or requirement".into(),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Profile {
        questionnaire: raw.profile.questionnaire.into_inner(),
        levels: ProfileLevels {
            id: raw.profile.id.into_inner(),
            title: raw.profile.title.into_inner(),
            default,
            levels,
        },
        source: path.to_path_buf(),
        builtin: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::content::Sources;

    fn two_four() -> Vec<Questionnaire> {
        Catalog::load(&Sources::default()).unwrap().questionnaires
    }

    #[test]
    fn a_requirement_takes_its_own_level_then_its_area_then_the_default() {
        let text = "format = 1\n[profile]\nid = \"p\"\ntitle = \"P\"\nquestionnaire = \"iec62443-2-4\"\ndefault = 1\n\n[levels]\n\"SP.03\" = 3\n\"SP.03.01 BR\" = 4\n\"SP.04\" = 0\n";
        let qs = two_four();
        let p = read(Path::new("p.toml"), text, &qs).unwrap();
        let q = qs.iter().find(|q| q.id == "iec62443-2-4").unwrap();
        let level = |id: &str| p.levels.level_for(q, q.requirement(id).unwrap());
        assert_eq!(level("SP.03.01 BR"), Some(4));
        assert_eq!(level("SP.03.01 RE(1)"), Some(3));
        assert_eq!(level("SP.04.01 BR"), Some(0));
        assert_eq!(level("SP.01.01 BR"), Some(1));
    }

    #[test]
    fn unknown_ids_and_bad_levels_are_reported_where_they_stand() {
        let text = "format = 1\n[profile]\nid = \"p\"\ntitle = \"P\"\nquestionnaire = \"iec62443-2-4\"\n\n[levels]\n\"SP.99\" = 3\n\"SP.01\" = 7\n";
        let problems = read(Path::new("p.toml"), text, &two_four()).unwrap_err();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            shown
                .iter()
                .any(|p| p.starts_with("p.toml:8:1:") && p.contains("SP.99")),
            "{shown:?}"
        );
        assert!(
            shown
                .iter()
                .any(|p| p.starts_with("p.toml:9:11:") && p.contains("not 7")),
            "{shown:?}"
        );
    }

    #[test]
    fn a_title_with_control_characters_is_refused() {
        let text = "format = 1\n[profile]\nid = \"p\"\ntitle = \"Owner\\u001b[31m\"\nquestionnaire = \"iec62443-2-4\"\ndefault = 2\n";
        let problems = read(Path::new("p.toml"), text, &two_four()).unwrap_err();
        let first = problems[0].to_string();
        assert!(first.starts_with("p.toml:4:9: the title must be one line"), "{first}");
    }
}
