//! Reading one questionnaire (or scales) TOML file and checking it for consistency. Every problem is
//! reported with its file, line and column; all problems of a file are collected, not just the first.

use super::ids::{is_fluent_identifier, message_key};
use super::model::*;
use crate::error::{Diagnostic, PositionIndex};
use crate::toml_input;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use toml::Spanned;

/// The newest questionnaire format this build understands.
pub const FORMAT: i64 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: Spanned<i64>,
    questionnaire: Option<RawMeta>,
    #[serde(default)]
    group: Vec<RawGroup>,
    #[serde(default)]
    requirement: Vec<RawRequirement>,
    #[serde(default)]
    scale: Vec<RawScale>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    id: Spanned<String>,
    standard: String,
    #[serde(default)]
    edition: String,
    scope: Scope,
    scale: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    id: Spanned<String>,
    parent: Option<Spanned<String>>,
    fr: Option<Spanned<i64>>,
    key: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRequirement {
    id: Spanned<String>,
    group: Spanned<String>,
    enhances: Option<Spanned<String>>,
    fr: Option<Spanned<i64>>,
    min_sl: Option<Spanned<i64>>,
    records_in: Option<RecordsIn>,
    scale: Option<Spanned<String>>,
    key: Option<Spanned<String>>,
    /// The services a requirement concerns (62443-2-4): integration, maintenance or both.
    #[serde(default)]
    services: Vec<Service>,
    /// The component types a requirement is asked of (62443-4-2 SAR, EDR, HDR, NDR).
    #[serde(default)]
    component_types: Vec<ComponentType>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    id: Spanned<String>,
    kind: ScaleKind,
    #[serde(default)]
    ladder: Vec<String>,
    value: Vec<RawScaleValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScaleValue {
    id: Spanned<String>,
    key: Option<Spanned<String>>,
    level: Option<Spanned<i64>>,
    #[serde(default)]
    satisfies: bool,
    #[serde(default)]
    not_applicable: bool,
    #[serde(default)]
    note_required: bool,
    /// A service the provider does not offer (62443-2-4): answered, yet neither a level nor "not
    /// applicable".
    #[serde(default)]
    not_offered: bool,
}

/// What one file holds: a questionnaire (unresolved scale references) and/or scales.
pub struct FileContents {
    pub questionnaire: Option<Questionnaire>,
    pub scales: Vec<Scale>,
    /// Scale references to resolve once every file is read: (scale id, where it was named).
    pub scale_refs: Vec<(String, SourceRef)>,
}

struct Checker<'a> {
    path: &'a Path,
    positions: PositionIndex<'a>,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn source<T>(&self, spanned: &Spanned<T>) -> SourceRef {
        let p = self.positions.position(spanned.span().start);
        SourceRef {
            file: self.path.to_path_buf(),
            line: p.line,
            column: p.column,
        }
    }

    fn report<T>(&mut self, at: &Spanned<T>, message: impl Into<String>) {
        let position = self.positions.position(at.span().start);
        self.problems
            .push(Diagnostic::new(self.path, message).at(Some(position)));
    }

    fn small_number(
        &mut self,
        value: &Option<Spanned<i64>>,
        range: std::ops::RangeInclusive<i64>,
        what: &str,
    ) -> Option<u8> {
        let v = value.as_ref()?;
        if range.contains(v.get_ref()) {
            Some(*v.get_ref() as u8)
        } else {
            self.report(
                v,
                format!(
                    "{what} must be {} to {}, not {}",
                    range.start(),
                    range.end(),
                    v.get_ref()
                ),
            );
            None
        }
    }

    fn key(&mut self, id: &Spanned<String>, explicit: &Option<Spanned<String>>) -> String {
        let key = match explicit {
            Some(k) => k.get_ref().clone(),
            None => message_key(id.get_ref()),
        };
        if !is_fluent_identifier(&key) {
            let at = explicit.as_ref().unwrap_or(id);
            let message = format!(
                "\"{}\" gives the message id \"{key}\", which Fluent cannot use (it must start with a letter); set `key`",
                id.get_ref()
            );
            self.report(at, message);
        }
        key
    }
}

/// Read and check one file. `text` is its contents, `path` the name used in messages.
pub fn read(path: &Path, text: &str) -> Result<FileContents, Vec<Diagnostic>> {
    match toml_input::format_version(path, text) {
        Ok(Some(v)) if v > FORMAT => {
            return Err(vec![Diagnostic::new(
                path,
                format!(
                    "written for questionnaire format {v}, but this version of iacs-assess reads format {FORMAT} at most; update iacs-assess"
                ),
            )]);
        }
        Ok(_) => {}
        Err(d) => return Err(vec![d]),
    }
    let raw: RawFile = toml_input::parse(path, text).map_err(|d| vec![d])?;
    let mut c = Checker {
        path,
        positions: PositionIndex::new(text),
        problems: Vec::new(),
    };
    if *raw.format.get_ref() < 1 {
        c.report(
            &raw.format,
            format!(
                "format must be a number from 1 to {FORMAT}, not {}",
                raw.format.get_ref()
            ),
        );
    }
    let scales = raw.scale.iter().filter_map(|s| check_scale(&mut c, s)).collect();
    let mut scale_refs = Vec::new();
    let questionnaire = match raw.questionnaire {
        Some(meta) => Some(check_questionnaire(
            &mut c,
            meta,
            &raw.group,
            &raw.requirement,
            &mut scale_refs,
        )),
        None => {
            if let Some(g) = raw.group.first() {
                c.report(&g.id, "groups need a [questionnaire] table in the same file");
            }
            if let Some(r) = raw.requirement.first() {
                c.report(&r.id, "requirements need a [questionnaire] table in the same file");
            }
            None
        }
    };
    if c.problems.is_empty() {
        Ok(FileContents {
            questionnaire,
            scales,
            scale_refs,
        })
    } else {
        Err(c.problems)
    }
}

fn check_scale(c: &mut Checker, raw: &RawScale) -> Option<Scale> {
    let mut values: Vec<ScaleValue> = Vec::new();
    let mut ids: HashSet<&str> = HashSet::new();
    let mut keys: HashSet<char> = HashSet::new();
    for v in &raw.value {
        if !ids.insert(v.id.get_ref()) {
            c.report(
                &v.id,
                format!(
                    "duplicate value \"{}\" in scale \"{}\"",
                    v.id.get_ref(),
                    raw.id.get_ref()
                ),
            );
            continue;
        }
        if !is_fluent_identifier(v.id.get_ref()) {
            c.report(
                &v.id,
                format!("scale value \"{}\" must be letters, digits and '-'", v.id.get_ref()),
            );
        }
        let key = match &v.key {
            Some(k) => {
                let mut chars = k.get_ref().chars();
                match (chars.next(), chars.next()) {
                    (Some(ch), None) if !ch.is_control() => {
                        if !keys.insert(ch) {
                            c.report(
                                k,
                                format!("key '{ch}' is already used in scale \"{}\"", raw.id.get_ref()),
                            );
                        }
                        Some(ch)
                    }
                    _ => {
                        c.report(k, "a key must be one character");
                        None
                    }
                }
            }
            None => None,
        };
        let level = c.small_number(&v.level, 0..=4, "level");
        if v.not_offered && (v.not_applicable || level.is_some() || v.satisfies) {
            c.report(
                &v.id,
                format!(
                    "value \"{}\" is not offered: it can have no level and cannot be not applicable or satisfy",
                    v.id.get_ref()
                ),
            );
        }
        if raw.kind == ScaleKind::Maturity && level.is_none() && !v.not_applicable && !v.not_offered {
            c.report(
                &v.id,
                format!("value \"{}\" of a maturity scale needs a level 0-4", v.id.get_ref()),
            );
        }
        values.push(ScaleValue {
            id: v.id.get_ref().clone(),
            key,
            level,
            satisfies: v.satisfies,
            not_applicable: v.not_applicable,
            note_required: v.note_required,
            not_offered: v.not_offered,
        });
    }
    if values.is_empty() {
        c.report(&raw.id, format!("scale \"{}\" has no values", raw.id.get_ref()));
    }
    if raw.kind == ScaleKind::Maturity && !raw.ladder.is_empty() {
        for level in 0..=raw.ladder.len() as u8 {
            if !values.iter().any(|v| v.level == Some(level)) {
                c.report(
                    &raw.id,
                    format!(
                        "the ladder of \"{}\" can propose level {level}, but no value has it",
                        raw.id.get_ref()
                    ),
                );
            }
        }
    }
    Some(Scale {
        id: raw.id.get_ref().clone(),
        kind: raw.kind,
        ladder: raw.ladder.clone(),
        values,
        source: c.path.to_path_buf(),
        builtin: false,
    })
}

fn check_questionnaire(
    c: &mut Checker,
    meta: RawMeta,
    raw_groups: &[RawGroup],
    raw_requirements: &[RawRequirement],
    scale_refs: &mut Vec<(String, SourceRef)>,
) -> Questionnaire {
    let id = meta.id.get_ref().clone();
    let id_ok = !id.is_empty()
        && id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
    if !id_ok {
        c.report(
            &meta.id,
            format!("questionnaire id \"{id}\" must be lowercase letters, digits and '-'"),
        );
    }
    scale_refs.push((meta.scale.get_ref().clone(), c.source(&meta.scale)));

    let mut seen: HashMap<String, ()> = HashMap::new();
    let mut keys: HashSet<String> = HashSet::new();
    let mut check_unique = |c: &mut Checker, id: &Spanned<String>, key: &str| {
        if id.get_ref().trim().is_empty() {
            c.report(id, "empty id");
        } else if seen.insert(id.get_ref().clone(), ()).is_some() {
            c.report(id, format!("duplicate id \"{}\"", id.get_ref()));
        } else if !keys.insert(key.to_string()) {
            c.report(
                id,
                format!(
                    "\"{}\" gives the message id \"{key}\", which another entry already has; set `key`",
                    id.get_ref()
                ),
            );
        }
    };

    let mut groups = Vec::new();
    for g in raw_groups {
        let key = c.key(&g.id, &g.key);
        check_unique(c, &g.id, &key);
        let fr = c.small_number(&g.fr, 1..=7, "fr");
        groups.push(Group {
            id: g.id.get_ref().clone(),
            parent: g.parent.as_ref().map(|p| p.get_ref().clone()),
            fr,
            key,
            source: c.source(&g.id),
        });
    }
    let group_ids: HashSet<&str> = groups.iter().map(|g| g.id.as_str()).collect();
    for g in raw_groups {
        if let Some(p) = &g.parent {
            if !group_ids.contains(p.get_ref().as_str()) {
                c.report(p, format!("unknown parent \"{}\"", p.get_ref()));
            } else if p.get_ref() == g.id.get_ref() {
                c.report(p, "a group cannot be its own parent");
            }
        }
    }
    check_group_cycles(c, raw_groups);

    let mut requirements = Vec::new();
    let with_sl = raw_requirements.iter().any(|r| r.min_sl.is_some());
    for r in raw_requirements {
        let key = c.key(&r.id, &r.key);
        check_unique(c, &r.id, &key);
        if !group_ids.contains(r.group.get_ref().as_str()) {
            c.report(&r.group, format!("unknown group \"{}\"", r.group.get_ref()));
        }
        let fr = c.small_number(&r.fr, 1..=7, "fr");
        let min_sl = c.small_number(&r.min_sl, 1..=4, "min_sl");
        // A component questionnaire's constraints (4-2 CCSC) have neither: they apply at every level.
        let constraint = meta.scope == Scope::Component && r.fr.is_none() && r.min_sl.is_none();
        if with_sl && !constraint && (r.fr.is_none() || r.min_sl.is_none()) {
            c.report(
                &r.id,
                format!(
                    "\"{}\" needs both fr and min_sl, as the other requirements of this questionnaire have them",
                    r.id.get_ref()
                ),
            );
        }
        if !r.component_types.is_empty() && meta.scope != Scope::Component {
            c.report(
                &r.id,
                format!(
                    "\"{}\" names component_types, but the questionnaire is not answered per component (scope = \"component\")",
                    r.id.get_ref()
                ),
            );
        }
        let scale = match &r.scale {
            Some(s) => {
                scale_refs.push((s.get_ref().clone(), c.source(s)));
                s.get_ref().clone()
            }
            None => meta.scale.get_ref().clone(),
        };
        requirements.push(Requirement {
            id: r.id.get_ref().clone(),
            group: r.group.get_ref().clone(),
            enhances: r.enhances.as_ref().map(|e| e.get_ref().clone()),
            fr,
            min_sl,
            records_in: r.records_in,
            scale,
            key,
            services: r.services.clone(),
            component_types: r.component_types.clone(),
            source: c.source(&r.id),
        });
    }
    let by_id: HashMap<&str, &RawRequirement> = raw_requirements.iter().map(|r| (r.id.get_ref().as_str(), r)).collect();
    for r in raw_requirements {
        let Some(base) = &r.enhances else { continue };
        match by_id.get(base.get_ref().as_str()) {
            None => c.report(
                base,
                format!(
                    "\"{}\" enhances \"{}\", which is not a requirement of this questionnaire",
                    r.id.get_ref(),
                    base.get_ref()
                ),
            ),
            Some(b) if b.enhances.is_some() => c.report(
                base,
                format!(
                    "\"{}\" is itself an enhancement; name the base requirement",
                    base.get_ref()
                ),
            ),
            Some(b) if b.id.get_ref() == r.id.get_ref() => c.report(base, "a requirement cannot enhance itself"),
            Some(_) => {}
        }
    }

    let requirement_index = requirements
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect();
    let group_index = groups.iter().enumerate().map(|(i, g)| (g.id.clone(), i)).collect();
    let tree = GroupTree::new(&groups, &group_index);
    Questionnaire {
        id,
        standard: meta.standard,
        edition: meta.edition,
        scope: meta.scope,
        scale: meta.scale.into_inner(),
        groups,
        requirements,
        source: c.path.to_path_buf(),
        builtin: false,
        requirement_index,
        group_index,
        tree,
    }
}

/// Report every group that lies inside itself. Each group is walked up at most once over all
/// groups (a chain of 5,000 nested groups costs 5,000 steps, not 12.5 million).
fn check_group_cycles(c: &mut Checker, groups: &[RawGroup]) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Unseen,
        OnPath,
        Done,
    }
    let index: HashMap<&str, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id.get_ref().as_str(), i))
        .collect();
    let parent = |i: usize| {
        groups[i]
            .parent
            .as_ref()
            .and_then(|p| index.get(p.get_ref().as_str()).copied())
    };
    let mut state = vec![State::Unseen; groups.len()];
    let mut in_cycle = vec![false; groups.len()];
    for start in 0..groups.len() {
        let mut path = Vec::new();
        let mut current = Some(start);
        while let Some(i) = current.filter(|&i| state[i] == State::Unseen) {
            state[i] = State::OnPath;
            path.push(i);
            current = parent(i);
        }
        // Walking up reached a group on this very path: everything from it on is a cycle.
        if let Some(i) = current.filter(|&i| state[i] == State::OnPath)
            && let Some(from) = path.iter().position(|&p| p == i)
        {
            for &p in &path[from..] {
                in_cycle[p] = true;
            }
        }
        for &p in &path {
            state[p] = State::Done;
        }
    }
    for (g, _) in groups.iter().zip(&in_cycle).filter(|(_, cycle)| **cycle) {
        c.report(
            &g.id,
            format!("group \"{}\" lies inside itself (a cycle of parents)", g.id.get_ref()),
        );
    }
}
