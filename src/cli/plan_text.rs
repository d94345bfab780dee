//! What the `plan` commands print: the plan by phase with why each action matters, the levels
//! reached after each phase, the list, what proposing did, what to re-assess after `plan done`,
//! and the JSON of docs/plan-json.md. Text is in the interface's language and fits 80 columns.

use crate::assessment::action::StatusChange;
use crate::assessment::{Action, ActionStatus, Addressed, AnswerId, Assessment};
use crate::catalog::{Catalog, Scope};
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crate::planning::projection::Projection;
use crate::planning::text::{level_line, stage_label, status_label};
use crate::planning::{Plan, PlanItem, Proposed, Why};
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::fmt::Write;
use std::path::Path;

/// Version of the JSON of `plan show | list | propose --json` (docs/plan-json.md).
pub const PLAN_SCHEMA: u32 = 1;

pub(super) const WIDTH: usize = 80;

/// `text` broken into lines of at most 80 characters at spaces: the first line starts with
/// `first`, the others with `rest` (a word longer than a line stays whole).
pub(super) fn wrap(first: &str, rest: &str, text: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = rest.to_string();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// `items` joined by `sep` in lines of at most 80 characters, never breaking inside an item (an
/// item longer than a line gets a line of its own): the first line starts with `first`, the
/// others with `rest`.
pub(super) fn wrap_items(first: &str, rest: &str, items: &[String], sep: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    let mut empty = true;
    for (i, item) in items.iter().enumerate() {
        let piece = if i + 1 < items.len() {
            format!("{item}{sep}")
        } else {
            item.clone()
        };
        if !empty && line.chars().count() + piece.trim_end().chars().count() > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = rest.to_string();
        }
        line.push_str(&piece);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// "label: a, b, c", wrapped under the label's indent without breaking an item.
fn field(out: &mut String, texts: &Texts, indent: &str, label: &str, items: &[String]) {
    out.push_str(&wrap_items(
        &format!("{indent}{label}{}", texts.ui("colon")),
        &format!("{indent}  "),
        items,
        ", ",
    ));
}

/// "ZONE REQ" for answers of one questionnaire, "QUESTIONNAIRE REQ" for organisation-wide ones.
fn answer_text(id: &AnswerId) -> String {
    match &id.target {
        Some(t) => format!("{t} {}", id.requirement),
        None => format!("{} {}", id.questionnaire, id.requirement),
    }
}

fn status_width(texts: &Texts) -> usize {
    ActionStatus::ALL
        .iter()
        .map(|s| status_label(texts, *s).chars().count())
        .max()
        .unwrap_or(0)
}

/// One action: "A-03  planned      title", then its owner, due date, effort and why.
fn action_text(out: &mut String, texts: &Texts, x: &Action, item: &PlanItem, with_why: bool) {
    let status = status_label(texts, x.status);
    let pad = status_width(texts);
    let head = format!("  {:<5} {status:<pad$}  ", x.id);
    out.push_str(&wrap(&head, "        ", &x.title));
    let indent = "        ";
    let mut facts = Vec::new();
    if !x.owner.is_empty() {
        facts.push(texts.ui_with("plan-cli-owner", &[("owner", x.owner.as_str().into())]));
    }
    if let Some(due) = x.due {
        let key = if item.overdue {
            "plan-cli-due-overdue"
        } else {
            "plan-cli-due"
        };
        facts.push(texts.ui_with(key, &[("date", due.to_string().into())]));
    }
    if !x.effort.is_empty() {
        facts.push(texts.ui_with("plan-cli-effort", &[("effort", x.effort.as_str().into())]));
    }
    if !facts.is_empty() {
        out.push_str(&wrap_items(indent, &format!("{indent}  "), &facts, " · "));
    }
    if !with_why {
        return;
    }
    let why = &item.why;
    if !why.lifts.is_empty() {
        out.push_str(&wrap_items(
            &format!("{indent}{}{}", texts.ui("plan-cli-lifts"), texts.ui("colon")),
            &format!("{indent}  "),
            &crate::planning::text::lifts(why),
            "; ",
        ));
    }
    if !why.raises.is_empty() {
        field(
            out,
            texts,
            indent,
            &texts.ui("plan-cli-raises"),
            &crate::planning::text::raises(why),
        );
    }
    if !why.intolerable.is_empty() {
        field(out, texts, indent, &texts.ui("plan-cli-intolerable"), &why.intolerable);
    }
    if !why.unanswered.is_empty() {
        let list: Vec<String> = why.unanswered.iter().map(answer_text).collect();
        field(out, texts, indent, &texts.ui("plan-cli-assess-first"), &list);
    }
    if why.open == 0 && x.status.counts_in_plan() && x.status != ActionStatus::Done && !x.addresses.is_empty() {
        out.push_str(&wrap(indent, indent, &texts.ui("plan-cli-nothing-open")));
    }
}

/// The heading over the actions of a phase: "Phase 2", "Without a phase", "Dropped".
fn group_heading(texts: &Texts, x: &Action) -> String {
    if x.status == ActionStatus::Dropped {
        texts.ui("plan-cli-heading-dropped")
    } else {
        match x.phase {
            Some(p) => texts.ui_with("plan-cli-heading-phase", &[("phase", FluentValue::from(u32::from(p)))]),
            None => texts.ui("plan-cli-heading-no-phase"),
        }
    }
}

/// Counts per status and overdue: "12 actions: 3 proposed, 5 planned ...; 1 overdue".
fn summary(texts: &Texts, a: &Assessment, plan: &Plan) -> String {
    let parts: Vec<String> = ActionStatus::ALL
        .iter()
        .filter_map(|s| {
            let n = a.actions.iter().filter(|x| x.status == *s).count();
            (n > 0).then(|| {
                texts.ui_with(
                    &format!("plan-cli-count-{}", s.name()),
                    &[("count", FluentValue::from(n))],
                )
            })
        })
        .collect();
    let overdue = plan.items.iter().filter(|i| i.overdue).count();
    texts.ui_with(
        "plan-cli-summary",
        &[
            ("count", FluentValue::from(a.actions.len())),
            ("statuses", parts.join(", ").into()),
            ("overdue", FluentValue::from(overdue)),
            ("date", plan.as_of.to_string().into()),
        ],
    )
}

/// The maturity groups below target at a stage, per questionnaire: ("iec62443-2-1",
/// ["SPE 3 ML1 (target ML3)", ...]).
fn groups_below(texts: &Texts, p: &Projection) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for g in p.maturity.iter().filter(|g| g.min.is_some_and(|m| m < g.target)) {
        let text = texts.ui_with(
            "plan-cli-group-below",
            &[
                ("group", g.group.as_str().into()),
                ("level", FluentValue::from(u32::from(g.min.unwrap_or(0)))),
                ("target", FluentValue::from(u32::from(g.target))),
            ],
        );
        match out.iter_mut().find(|(q, _)| *q == g.questionnaire) {
            Some((_, list)) => list.push(text),
            None => out.push((g.questionnaire.clone(), vec![text])),
        }
    }
    out
}

/// The levels per stage: one line per zone and conduit, then the maturity groups below target.
pub fn stages_text(texts: &Texts, stages: &[Projection]) -> String {
    let mut out = String::new();
    out.push_str(&wrap("", "", &texts.ui("plan-cli-reaches")));
    for p in stages {
        let _ = writeln!(out, "  {}", stage_label(texts, p.stage));
        for level in &p.levels {
            out.push_str(&wrap("    ", "      ", &level_line(texts, level)));
        }
        let below = groups_below(texts, p);
        if below.is_empty() && p.maturity.iter().any(|g| g.min.is_some()) {
            out.push_str(&wrap("    ", "      ", &texts.ui("plan-cli-maturity-at-target")));
        }
        for (questionnaire, list) in below {
            let label = texts.ui_with(
                "plan-cli-maturity-below",
                &[("questionnaire", questionnaire.as_str().into())],
            );
            field(&mut out, texts, "    ", &label, &list);
        }
    }
    out
}

/// `plan show`: the actions in plan order grouped by phase, the levels per stage, and the answers
/// below target no action addresses.
pub fn show_text(_catalog: &Catalog, texts: &Texts, a: &Assessment, plan: &Plan) -> String {
    let mut out = String::new();
    out.push_str(&wrap("", "", &a.assessment.title));
    if a.actions.is_empty() {
        out.push_str(&wrap("", "", &texts.ui("plan-cli-empty")));
    } else {
        out.push_str(&wrap("", "", &summary(texts, a, plan)));
    }
    let mut heading = String::new();
    for item in &plan.items {
        let Some(x) = a.action(&item.id) else {
            continue;
        };
        let h = group_heading(texts, x);
        if h != heading {
            let _ = writeln!(out, "\n{h}");
            heading = h;
        }
        action_text(&mut out, texts, x, item, true);
    }
    out.push('\n');
    out.push_str(&stages_text(texts, &plan.stages));
    if !plan.uncovered.is_empty() {
        out.push('\n');
        out.push_str(&wrap(
            "",
            "",
            &texts.ui_with(
                "plan-cli-uncovered",
                &[("count", FluentValue::from(plan.uncovered.len()))],
            ),
        ));
        let mut by_place: Vec<(String, Vec<&str>)> = Vec::new();
        for id in &plan.uncovered {
            let place = match &id.target {
                Some(t) => format!("{} {t}", id.questionnaire),
                None => id.questionnaire.clone(),
            };
            match by_place.iter_mut().find(|(p, _)| *p == place) {
                Some((_, list)) => list.push(&id.requirement),
                None => by_place.push((place, vec![&id.requirement])),
            }
        }
        for (place, mut list) in by_place {
            list.sort_by(|x, y| crate::catalog::ids::natural_cmp(x, y));
            let list: Vec<String> = list.into_iter().map(str::to_string).collect();
            out.push_str(&wrap_items(
                &format!("  {place}{}", texts.ui("colon")),
                "      ",
                &list,
                ", ",
            ));
        }
    }
    out
}

/// `plan list`: one action after another in plan order, without the why.
pub fn list_text(texts: &Texts, a: &Assessment, items: &[&PlanItem]) -> String {
    let mut out = String::new();
    if items.is_empty() {
        out.push_str(&wrap("", "", &texts.ui("plan-cli-list-empty")));
    }
    for item in items {
        if let Some(x) = a.action(&item.id) {
            let phase = match (x.status, x.phase) {
                (ActionStatus::Dropped, _) | (_, None) => String::new(),
                (_, Some(p)) => texts.ui_with("plan-cli-in-phase", &[("phase", FluentValue::from(u32::from(p)))]),
            };
            action_text(&mut out, texts, x, item, false);
            if !phase.is_empty() {
                out.push_str(&wrap("        ", "        ", &phase));
            }
        }
    }
    out
}

/// What `plan propose` did: added, updated, removed, left out.
pub fn proposed_text(texts: &Texts, a: &Assessment, p: &Proposed) -> String {
    let mut out = String::new();
    let none = p.added.is_empty() && p.updated.is_empty() && p.removed.is_empty();
    if none {
        out.push_str(&wrap("", "", &texts.ui("plan-cli-propose-nothing")));
    }
    for (key, ids) in [
        ("plan-cli-propose-added", &p.added),
        ("plan-cli-propose-updated", &p.updated),
        ("plan-cli-propose-removed", &p.removed),
    ] {
        if ids.is_empty() {
            continue;
        }
        let label = texts.ui_with(key, &[("count", FluentValue::from(ids.len()))]);
        let list: Vec<String> = ids
            .iter()
            .map(|id| match a.action(id) {
                Some(x) => format!("{id} {}", x.title),
                None => id.clone(),
            })
            .collect();
        if key == "plan-cli-propose-removed" {
            field(&mut out, texts, "", &label, &list);
        } else {
            out.push_str(&wrap("", "", &format!("{label}{}", texts.ui("colon").trim_end())));
            for line in list {
                out.push_str(&wrap("  ", "    ", &line));
            }
        }
    }
    if p.in_accepted > 0 || p.in_dropped > 0 {
        out.push_str(&wrap(
            "",
            "",
            &texts.ui_with(
                "plan-cli-propose-left-out",
                &[
                    ("accepted", FluentValue::from(p.in_accepted)),
                    ("dropped", FluentValue::from(p.in_dropped)),
                ],
            ),
        ));
    }
    out
}

/// A command-line argument quoted when it has a space in it.
fn arg(text: &str) -> String {
    if text.contains([' ', '"', '\'']) || text.is_empty() {
        format!("\"{}\"", text.replace('"', "\\\""))
    } else {
        text.to_string()
    }
}

/// After `plan done`: the requirements to re-assess, with their answers now, and the command.
pub fn done_text(catalog: &Catalog, texts: &Texts, file: &Path, a: &Assessment, x: &Action) -> String {
    let mut out = wrap("", "", &texts.ui_with("plan-cli-done", &[("id", x.id.as_str().into())]));
    let ids = super::plan::sorted_ids(x.answer_ids());
    if ids.is_empty() {
        return out;
    }
    out.push_str(&wrap("", "", &texts.ui("plan-cli-done-reassess")));
    let unanswered = texts.ui("plan-cli-unanswered");
    for id in &ids {
        let value = a
            .answer(id.key())
            .and_then(|v| v.value.as_deref().map(str::to_string))
            .unwrap_or_else(|| unanswered.clone());
        let place = id.target.clone().unwrap_or_else(|| "-".into());
        let _ = writeln!(
            out,
            "  {:<14} {:<10} {:<12} {value}",
            id.questionnaire, place, id.requirement
        );
    }
    let first = &ids[0];
    let place = match (
        catalog.questionnaire(&first.questionnaire).map(|q| q.scope),
        &first.target,
    ) {
        (Some(Scope::System), Some(t)) => format!(" --system {}", arg(t)),
        (_, Some(t)) => format!(" --zone {}", arg(t)),
        (_, None) => String::new(),
    };
    out.push_str(&wrap("", "", &texts.ui("plan-cli-done-command")));
    let _ = writeln!(
        out,
        "  iacs-assess answer {} -q {}{place} --item {} --value VALUE",
        arg(&file.display().to_string()),
        first.questionnaire,
        arg(&first.requirement)
    );
    out
}

// ---- JSON (docs/plan-json.md) ----

#[derive(Serialize)]
struct ActionJson<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    status: &'static str,
    owner: &'a str,
    due: Option<String>,
    effort: &'a str,
    phase: Option<u8>,
    proposal: &'a str,
    scenarios: &'a [String],
    addresses: &'a [Addressed],
    history: &'a [StatusChange],
    overdue: bool,
    weight: f64,
    why: &'a Why,
}

fn action_json<'a>(x: &'a Action, item: &'a PlanItem) -> ActionJson<'a> {
    ActionJson {
        id: &x.id,
        title: &x.title,
        description: &x.description,
        status: x.status.name(),
        owner: &x.owner,
        due: x.due.map(|d| d.to_string()),
        effort: &x.effort,
        phase: x.phase,
        proposal: &x.proposal,
        scenarios: &x.scenarios,
        addresses: &x.addresses,
        history: &x.history,
        overdue: item.overdue,
        weight: item.weight,
        why: &item.why,
    }
}

#[derive(Serialize)]
pub struct PlanJson<'a> {
    schema: u32,
    title: &'a str,
    as_of: String,
    actions: Vec<ActionJson<'a>>,
    stages: &'a [Projection],
    uncovered: &'a [AnswerId],
}

fn actions_json<'a>(a: &'a Assessment, items: &[&'a PlanItem]) -> Vec<ActionJson<'a>> {
    items
        .iter()
        .filter_map(|item| Some(action_json(a.action(&item.id)?, item)))
        .collect()
}

/// `plan show --json`.
pub fn plan_json<'a>(a: &'a Assessment, plan: &'a Plan) -> PlanJson<'a> {
    let items: Vec<&PlanItem> = plan.items.iter().collect();
    PlanJson {
        schema: PLAN_SCHEMA,
        title: &a.assessment.title,
        as_of: plan.as_of.to_string(),
        actions: actions_json(a, &items),
        stages: &plan.stages,
        uncovered: &plan.uncovered,
    }
}

#[derive(Serialize)]
pub struct ListJson<'a> {
    schema: u32,
    as_of: String,
    actions: Vec<ActionJson<'a>>,
}

/// `plan list --json`: the actions the filters let through.
pub fn list_json<'a>(a: &'a Assessment, as_of: jiff::civil::Date, items: &[&'a PlanItem]) -> ListJson<'a> {
    ListJson {
        schema: PLAN_SCHEMA,
        as_of: as_of.to_string(),
        actions: actions_json(a, items),
    }
}

#[derive(Serialize)]
pub struct ProposeJson<'a> {
    schema: u32,
    proposed: &'a Proposed,
    plan: PlanJson<'a>,
}

/// `plan propose --json`: what proposing did, and the plan.
pub fn propose_json<'a>(a: &'a Assessment, plan: &'a Plan, proposed: &'a Proposed) -> ProposeJson<'a> {
    ProposeJson {
        schema: PLAN_SCHEMA,
        proposed,
        plan: plan_json(a, plan),
    }
}

pub fn json(value: &impl Serialize) -> Result<String> {
    serde_json::to_string_pretty(value).map_err(|e| Error::usage(e.to_string()))
}

/// The plan section at the end of `score`: per zone and conduit the whole plan's line, and how
/// many actions there are and how many are overdue.
pub fn score_section(texts: &Texts, a: &Assessment, plan: &Plan) -> String {
    let mut out = String::new();
    let counted = a.actions.iter().filter(|x| x.status.counts_in_plan()).count();
    let overdue = plan.items.iter().filter(|i| i.overdue).count();
    let _ = writeln!(out, "\n{}", texts.ui("plan-cli-score-heading"));
    out.push_str(&wrap(
        "  ",
        "    ",
        &texts.ui_with(
            "plan-cli-score-counts",
            &[
                ("count", FluentValue::from(counted)),
                ("overdue", FluentValue::from(overdue)),
            ],
        ),
    ));
    if let Some(whole) = plan.stages.last() {
        let _ = writeln!(out, "  {}", stage_label(texts, whole.stage));
        for level in &whole.levels {
            out.push_str(&wrap("    ", "      ", &level_line(texts, level)));
        }
    }
    out
}

/// The plan in `score --json` (schema 3): when it is, how many actions, how many overdue, and
/// the projections.
#[derive(Serialize)]
pub struct ScorePlanJson<'a> {
    as_of: String,
    actions: usize,
    overdue: usize,
    stages: &'a [Projection],
}

pub fn score_plan_json<'a>(a: &Assessment, plan: &'a Plan) -> ScorePlanJson<'a> {
    ScorePlanJson {
        as_of: plan.as_of.to_string(),
        actions: a.actions.iter().filter(|x| x.status.counts_in_plan()).count(),
        overdue: plan.items.iter().filter(|i| i.overdue).count(),
        stages: &plan.stages,
    }
}

/// `score --json` with the plan: the score's fields, then `plan`.
#[derive(Serialize)]
pub struct ScoreWithPlan<'a> {
    #[serde(flatten)]
    pub score: &'a crate::scoring::Score,
    pub plan: ScorePlanJson<'a>,
}
