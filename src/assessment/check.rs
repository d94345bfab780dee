//! Checking an assessment against the catalog and itself: every id it names exists, every value is
//! on its requirement's scale, zones, conduits and scenarios fit together. Problems point at the
//! table in the file they come from.

use super::model::{Assessment, FORMAT};
use crate::catalog::{Catalog, Scope};
use crate::error::{Diagnostic, Position, PositionIndex};
use crate::toml_input;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use toml::Spanned;

/// Where each `[[table]]` header of the file is: built in one pass, so that a file with tens of
/// thousands of problems is reported in linear time.
struct Tables<'a> {
    headers: HashMap<&'a str, Vec<usize>>,
    positions: PositionIndex<'a>,
}

impl<'a> Tables<'a> {
    fn new(text: &'a str) -> Self {
        let mut headers: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            if let Some(name) = line.trim().strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
                headers.entry(name).or_default().push(offset);
            }
            offset += line.len();
        }
        Tables {
            headers,
            positions: PositionIndex::new(text),
        }
    }

    /// The position of the `index`-th (0-based) `[[name]]` header.
    fn position(&self, name: &str, index: usize) -> Option<Position> {
        let offset = *self.headers.get(name)?.get(index)?;
        Some(self.positions.position(offset))
    }
}

/// The highest maturity level a target can be (ML4, improving).
const MAX_MATURITY: u8 = 4;

/// The format number (1 to [`FORMAT`]) and the maturity targets (1 to 4, per group of a
/// questionnaire in scope). Targets are positioned by a second, span-keeping parse of the file,
/// done only when one of them is wrong.
fn check_header(a: &Assessment, catalog: &Catalog, path: &Path, text: &str) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if !(1..=FORMAT).contains(&a.format) {
        let position = toml_input::format_offset(text).map(|o| Position::of_offset(text, o));
        problems.push(
            Diagnostic::new(
                path,
                format!("format must be a number from 1 to {FORMAT}, not {}", a.format),
            )
            .at(position),
        );
    }
    let t = &a.targets;
    let mut wrong: Vec<(Vec<String>, String)> = Vec::new();
    if !(1..=MAX_MATURITY).contains(&t.maturity) {
        wrong.push((
            vec!["maturity".into()],
            format!("targets.maturity must be 1 to {MAX_MATURITY}, not {}", t.maturity),
        ));
    }
    for (qid, groups) in &t.maturity_groups {
        let q = catalog
            .questionnaire(qid)
            .filter(|_| a.assessment.questionnaires.contains(qid));
        for (gid, &level) in groups {
            let at = vec!["maturity_groups".into(), qid.clone(), gid.clone()];
            match q {
                None => wrong.push((
                    at,
                    format!("targets.maturity_groups names \"{qid}\", which is not a questionnaire of this assessment"),
                )),
                Some(q) if q.group(gid).is_none() => {
                    wrong.push((at, format!("{qid} has no group \"{gid}\" (targets.maturity_groups)")))
                }
                Some(_) if !(1..=MAX_MATURITY).contains(&level) => wrong.push((
                    at,
                    format!("the target of group {gid} of {qid} must be 1 to {MAX_MATURITY}, not {level}"),
                )),
                Some(_) => {}
            }
        }
    }
    for (qid, profile) in &t.profile {
        let q = catalog
            .questionnaire(qid)
            .filter(|_| a.assessment.questionnaires.contains(qid));
        let Some(q) = q else {
            wrong.push((
                vec!["profile".into(), qid.clone()],
                format!("targets.profile names \"{qid}\", which is not a questionnaire of this assessment"),
            ));
            continue;
        };
        for id in profile.unknown_ids(q) {
            wrong.push((
                vec!["profile".into(), qid.clone(), id.to_string()],
                format!(
                    "{qid} has no requirement or area \"{id}\" (target profile \"{}\")",
                    profile.id
                ),
            ));
        }
        for (id, &level) in profile
            .levels
            .iter()
            .chain(profile.default.as_ref().map(|d| (&profile.id, d)))
        {
            if level > MAX_MATURITY {
                wrong.push((
                    vec!["profile".into(), qid.clone(), id.clone()],
                    format!(
                        "a level of target profile \"{}\" must be 0 to {MAX_MATURITY}, not {level}",
                        profile.id
                    ),
                ));
            }
        }
    }
    if !wrong.is_empty() {
        let spans = target_spans(text);
        let positions = PositionIndex::new(text);
        for (at, message) in wrong {
            let position = spans.get(&at).map(|&offset| positions.position(offset));
            problems.push(Diagnostic::new(path, message).at(position));
        }
    }
    problems
}

/// Where each value under `[targets]` is: ["maturity"] and ["maturity_groups", q, group].
fn target_spans(text: &str) -> HashMap<Vec<String>, usize> {
    #[derive(serde::Deserialize)]
    struct File {
        targets: Option<Targets>,
    }
    #[derive(serde::Deserialize)]
    struct Targets {
        maturity: Option<Spanned<toml::Value>>,
        #[serde(default)]
        maturity_groups: BTreeMap<String, BTreeMap<String, Spanned<toml::Value>>>,
        #[serde(default)]
        profile: BTreeMap<String, Spanned<Profile>>,
    }
    #[derive(serde::Deserialize)]
    struct Profile {
        #[serde(default)]
        levels: BTreeMap<String, Spanned<toml::Value>>,
    }
    let mut spans = HashMap::new();
    if let Ok(File { targets: Some(t) }) = toml::from_str::<File>(text) {
        if let Some(m) = t.maturity {
            spans.insert(vec!["maturity".to_string()], m.span().start);
        }
        for (q, profile) in t.profile {
            spans.insert(vec!["profile".to_string(), q.clone()], profile.span().start);
            for (id, level) in profile.into_inner().levels {
                spans.insert(vec!["profile".to_string(), q.clone(), id], level.span().start);
            }
        }
        for (q, groups) in t.maturity_groups {
            for (g, level) in groups {
                spans.insert(vec!["maturity_groups".to_string(), q.clone(), g], level.span().start);
            }
        }
    }
    spans
}

pub fn check(a: &Assessment, catalog: &Catalog, path: &Path, text: &str) -> Vec<Diagnostic> {
    let mut problems = check_header(a, catalog, path, text);
    // Built on the first problem: a sound file costs nothing.
    let tables = std::cell::OnceCell::new();
    let tables = || tables.get_or_init(|| Tables::new(text));
    let mut report = |table: Option<(&str, usize)>, message: String| {
        let position = table.and_then(|(name, i)| tables().position(name, i));
        problems.push(Diagnostic::new(path, message).at(position));
    };

    for q in &a.assessment.questionnaires {
        if catalog.questionnaire(q).is_none() {
            report(
                None,
                format!(
                    "unknown questionnaire \"{q}\" in assessment.questionnaires (known: {})",
                    catalog.questionnaire_ids().join(", ")
                ),
            );
        }
    }

    let model = a.risk_model.as_ref();
    if let Some(m) = model {
        for p in m.problems() {
            report(None, format!("risk_model: {p}"));
        }
    }
    let check_adjustments = |ids: &[String], what: &str, report: &mut dyn FnMut(String)| {
        for id in ids {
            if model.and_then(|m| m.adjustment(id)).is_none() {
                report(format!(
                    "{what}: unknown adjustment \"{id}\" (the assessment's risk model has none of that name)"
                ));
            }
        }
    };
    let check_vector = |v: &[u8; 7], what: &str, report: &mut dyn FnMut(String)| {
        if v.iter().any(|&l| l > 4) {
            report(format!("{what}: security levels are 0 to 4"));
        }
    };

    let mut system_ids = HashSet::new();
    for (i, s) in a.systems.iter().enumerate() {
        if s.id.trim().is_empty() {
            report(Some(("system", i)), "a system needs an id".into());
        } else if !system_ids.insert(s.id.as_str()) {
            report(Some(("system", i)), format!("duplicate system id \"{}\"", s.id));
        }
    }
    let mut interviewees = HashSet::new();
    for (i, person) in a.interviewees.iter().enumerate() {
        let mut r = |m: String| report(Some(("interviewee", i)), m);
        let name = person.name.trim();
        if name.is_empty() {
            r("an interviewee needs a name (as stamped on their answers)".into());
        } else if !interviewees.insert(name) {
            r(format!(
                "interviewee \"{name}\" is listed twice; give each person one [[interviewee]] table"
            ));
        }
        if person.role.trim().is_empty() {
            r(format!("interviewee \"{name}\" needs a role (role = \"...\")"));
        }
    }
    let check_system = |system: &str, what: &str, report: &mut dyn FnMut(String)| {
        if !system.is_empty() && a.system(system).is_none() {
            report(format!(
                "{what} belongs to system \"{system}\", which is not a [[system]] of this assessment"
            ));
        }
    };
    let mut ids = HashSet::new();
    for (i, z) in a.zones.iter().enumerate() {
        let mut r = |m: String| report(Some(("zone", i)), m);
        if z.id.trim().is_empty() {
            r("a zone needs an id".into());
        } else if !ids.insert(z.id.as_str()) {
            r(format!("duplicate zone or conduit id \"{}\"", z.id));
        }
        check_system(&z.system, &format!("zone \"{}\"", z.id), &mut r);
        check_adjustments(&z.adjustments, &format!("zone \"{}\"", z.id), &mut r);
        if let Some(o) = &z.sl_t {
            check_vector(&o.vector, &format!("zone \"{}\" sl_t", z.id), &mut r);
        }
    }
    for (i, c) in a.conduits.iter().enumerate() {
        let mut r = |m: String| report(Some(("conduit", i)), m);
        if c.id.trim().is_empty() {
            r("a conduit needs an id".into());
        } else if !ids.insert(c.id.as_str()) {
            r(format!("duplicate zone or conduit id \"{}\"", c.id));
        }
        check_system(&c.system, &format!("conduit \"{}\"", c.id), &mut r);
        for end in [&c.from, &c.to] {
            if a.zone(end).is_none() {
                r(format!("conduit \"{}\" connects unknown zone \"{end}\"", c.id));
            }
        }
        check_adjustments(&c.adjustments, &format!("conduit \"{}\"", c.id), &mut r);
        if let Some(o) = &c.sl_t {
            check_vector(&o.vector, &format!("conduit \"{}\" sl_t", c.id), &mut r);
        }
    }

    let mut component_ids = HashSet::new();
    for (i, c) in a.components.iter().enumerate() {
        let mut r = |m: String| report(Some(("component", i)), m);
        if !c.id.trim().is_empty() && !component_ids.insert(c.id.as_str()) {
            r(format!("duplicate component id \"{}\"", c.id));
        }
        c.problems(a).into_iter().for_each(&mut r);
    }

    let mut scenario_ids = HashSet::new();
    for (i, s) in a.scenarios.iter().enumerate() {
        let mut r = |m: String| report(Some(("scenario", i)), m);
        if !scenario_ids.insert(s.id.as_str()) {
            r(format!("duplicate scenario id \"{}\"", s.id));
        }
        if !a.has_target(&s.target) {
            r(format!(
                "scenario \"{}\" is aimed at \"{}\", which is neither a zone nor a conduit",
                s.id, s.target
            ));
        }
        if s.frs.iter().any(|f| !(1..=7).contains(f)) {
            r(format!("scenario \"{}\": frs are numbers 1 to 7", s.id));
        }
        match model {
            None => r(format!(
                "scenario \"{}\" needs a risk model in the assessment ([risk_model])",
                s.id
            )),
            Some(m) => {
                let (nl, ni) = (m.likelihood.levels.len() as u8, m.impact.levels.len() as u8);
                let pairs = [
                    (Some(s.likelihood), Some(s.impact)),
                    (s.residual_likelihood, s.residual_impact),
                ];
                for (l, im) in pairs {
                    if l.is_some_and(|l| l == 0 || l > nl) {
                        r(format!("scenario \"{}\": likelihood must be 1 to {nl}", s.id));
                    }
                    if im.is_some_and(|v| v == 0 || v > ni) {
                        r(format!("scenario \"{}\": impact must be 1 to {ni}", s.id));
                    }
                }
                if s.residual_likelihood.is_some() != s.residual_impact.is_some() {
                    r(format!(
                        "scenario \"{}\": give both residual likelihood and residual impact, or neither",
                        s.id
                    ));
                }
                if let Some(actor) = &s.threat_actor
                    && m.threat_actor(actor).is_none()
                {
                    r(format!("scenario \"{}\": unknown threat actor \"{actor}\"", s.id));
                }
                for c in s.impact_categories.iter().filter(|c| !m.impact.categories.contains(c)) {
                    r(format!("scenario \"{}\": unknown impact category \"{c}\"", s.id));
                }
            }
        }
    }

    let mut approvals = HashSet::new();
    for (i, ap) in a.approvals.iter().enumerate() {
        let mut r = |m: String| report(Some(("approval", i)), m);
        if a.system(&ap.system).is_none() {
            let known: Vec<&str> = a.systems.iter().map(|s| s.id.as_str()).collect();
            r(format!(
                "approval of unknown system \"{}\" (systems: {})",
                ap.system,
                known.join(", ")
            ));
        }
        if ap.by.trim().is_empty() || ap.role.trim().is_empty() {
            r("an approval needs who gave it (by) and in which role (role)".into());
        }
        if !approvals.insert(ap.key()) {
            r(format!(
                "{} approved system \"{}\" twice on {}",
                ap.by, ap.system, ap.date
            ));
        }
    }

    check_countermeasures(a, catalog, &mut |i, m| report(Some(("countermeasure", i)), m));
    check_actions(a, catalog, &mut |i, m| report(Some(("action", i)), m));

    let systems: HashSet<&str> = a.systems.iter().map(|s| s.id.as_str()).collect();
    let targets: HashSet<&str> = a
        .zones
        .iter()
        .map(|z| z.id.as_str())
        .chain(a.conduits.iter().map(|c| c.id.as_str()))
        .collect();
    for (i, ans) in a.answers().iter().enumerate() {
        let mut r = |m: String| report(Some(("answer", i)), m);
        let Some(q) = catalog.questionnaire(&ans.questionnaire) else {
            r(format!("answer to unknown questionnaire \"{}\"", ans.questionnaire));
            continue;
        };
        if !a.assessment.questionnaires.iter().any(|q| ans.questionnaire == *q) {
            r(format!(
                "answer to questionnaire \"{}\", which is not in this assessment's scope",
                ans.questionnaire
            ));
        }
        let Some(req) = q.requirement(&ans.requirement) else {
            r(format!(
                "unknown requirement \"{}\" in questionnaire \"{}\"",
                ans.requirement, q.id
            ));
            continue;
        };
        match (&ans.target, q.scope.per_target()) {
            (Some(t), true) if q.scope == Scope::System && !systems.contains(t.as_str()) => r(format!(
                "answer for \"{t}\", which is not a system under consideration of this assessment"
            )),
            (Some(t), true) if q.scope == Scope::Component && a.component(t).is_none() => r(format!(
                "answer for \"{t}\", which is not a component of this assessment ([[component]])"
            )),
            (Some(t), true)
                if !matches!(q.scope, Scope::System | Scope::Component) && !targets.contains(t.as_str()) =>
            {
                r(format!("answer for \"{t}\", which is neither a zone nor a conduit"))
            }
            // Written before systems existed: the answer is the first system's.
            (None, true) if q.scope == Scope::System => {}
            (None, true) if q.scope == Scope::Component => r(format!(
                "{} is answered per component; this answer names none (target = ...)",
                q.id
            )),
            (None, true) => r(format!(
                "{} is answered per zone or conduit; this answer names none (target = ...)",
                q.id
            )),
            (Some(t), false) => r(format!(
                "{} is answered for the whole organisation, but this answer names \"{t}\"",
                q.id
            )),
            _ => {}
        }
        if let (Some(value), Some(scale)) = (&ans.value, catalog.scale_of(req))
            && scale.value(value).is_none()
        {
            r(format!(
                "\"{value}\" is not an answer for {} (allowed: {})",
                req.id,
                scale.value_ids().join(", ")
            ));
        }
    }
    // Duplicates: sort positions by key (no copy of the answers) and look at neighbours.
    let answers = a.answers();
    let mut order: Vec<usize> = (0..answers.len()).collect();
    order.sort_by(|&x, &y| answers[y].key().cmp_answer(&answers[x]));
    let duplicate = order
        .windows(2)
        .find(|w| answers[w[1]].key().cmp_answer(&answers[w[0]]) == std::cmp::Ordering::Equal)
        .map(|w| w[0].max(w[1]));
    if let Some(j) = duplicate {
        let d = &answers[j];
        let position = tables().position("answer", j);
        problems.push(
            Diagnostic::new(
                path,
                format!(
                    "requirement \"{}\" of {} is answered twice{}",
                    d.requirement,
                    d.questionnaire,
                    d.target.as_ref().map(|t| format!(" for \"{t}\"")).unwrap_or_default()
                ),
            )
            .at(position),
        );
    }
    problems
}

/// Every `[[action]]` is sound on its own ([`crate::assessment::Action::problems`]); ids are unique.
fn check_actions(a: &Assessment, catalog: &Catalog, report: &mut dyn FnMut(usize, String)) {
    let mut ids = HashSet::new();
    let known = crate::assessment::action::Known::of(a);
    for (i, x) in a.actions.iter().enumerate() {
        if !x.id.trim().is_empty() && !ids.insert(x.id.as_str()) {
            report(i, format!("duplicate action id \"{}\"", x.id));
        }
        for problem in x.problems_with(a, catalog, &known) {
            report(i, problem);
        }
    }
}

/// Every `[[countermeasure]]` is sound on its own ([`Countermeasure::problems`]); ids are unique.
fn check_countermeasures(a: &Assessment, catalog: &Catalog, report: &mut dyn FnMut(usize, String)) {
    let mut ids = HashSet::new();
    for (i, c) in a.countermeasures.iter().enumerate() {
        if !c.id.trim().is_empty() && !ids.insert(c.id.as_str()) {
            report(i, format!("duplicate countermeasure id \"{}\"", c.id));
        }
        for problem in c.problems(a, catalog) {
            report(i, problem);
        }
    }
}
