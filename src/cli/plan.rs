//! `iacs-assess plan propose | show | add | set | done | list | remove`: the remediation plan on
//! the command line. Commands that change the plan go through the same locked, durable save as
//! every other editing command, and write nothing when a request is refused. What is printed is
//! made in `plan_text.rs`.

use super::Context;
use super::args::{PlanAddArgs, PlanCommand, PlanListArgs, PlanSetArgs};
use super::edit::{assessor_of, edit, edit_with};
use super::plan_text;
use crate::assessment::countermeasure::parse_date;
use crate::assessment::{Action, ActionStatus, Addressed, Assessment, storage};
use crate::catalog::ids::natural_cmp;
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crate::planning;
use crate::scoring::countermeasures::today;
use fluent_bundle::FluentValue;
use jiff::Timestamp;
use std::path::Path;

pub fn run(ctx: &mut Context, command: PlanCommand) -> Result<()> {
    match command {
        PlanCommand::Propose { file, json, assessor } => propose(ctx, &file, json, assessor),
        PlanCommand::Show { file, json } => show(ctx, &file, json),
        PlanCommand::Add(args) => add(ctx, args),
        PlanCommand::Set(args) => set(ctx, args),
        PlanCommand::Done { file, id, assessor } => done(ctx, &file, &id, assessor),
        PlanCommand::List(args) => list(ctx, args),
        PlanCommand::Remove { file, id } => edit(ctx, &file, |a| {
            a.remove_action(&id).ok_or_else(|| unknown(&ctx.texts, &file, a, &id))?;
            Ok(ctx.texts.ui_with("plan-cli-removed", &[("id", id.as_str().into())]))
        }),
    }
}

/// A refusal that names the file: "plan.toml: ...".
fn refuse(texts: &Texts, file: &Path, problem: &str) -> Error {
    Error::usage(texts.ui_with(
        "plan-cli-refused",
        &[("file", file.display().to_string().into()), ("problem", problem.into())],
    ))
}

/// "there is no action X (there are: ...)".
fn unknown(texts: &Texts, file: &Path, a: &Assessment, id: &str) -> Error {
    let known: Vec<&str> = a.actions.iter().map(|x| x.id.as_str()).collect();
    let problem = if known.is_empty() {
        texts.ui_with("plan-cli-no-action-none", &[("id", id.into())])
    } else {
        texts.ui_with(
            "plan-cli-no-action",
            &[("id", id.into()), ("known", known.join(", ").into())],
        )
    };
    refuse(texts, file, &problem)
}

fn parse_status(texts: &Texts, file: &Path, text: &str) -> Result<ActionStatus> {
    ActionStatus::parse(text).ok_or_else(|| {
        let known: Vec<&str> = ActionStatus::ALL.iter().map(|s| s.name()).collect();
        refuse(
            texts,
            file,
            &texts.ui_with(
                "plan-cli-bad-status",
                &[("value", text.into()), ("known", known.join(", ").into())],
            ),
        )
    })
}

/// A phase from 1 to 99; with `zero_is_none`, 0 takes the action out of every phase.
fn parse_phase(texts: &Texts, file: &Path, text: &str, zero_is_none: bool) -> Result<Option<u8>> {
    match text.trim().parse::<u8>() {
        Ok(0) if zero_is_none => Ok(None),
        Ok(n) if (1..=99).contains(&n) => Ok(Some(n)),
        _ => Err(refuse(
            texts,
            file,
            &texts.ui_with("plan-cli-bad-phase", &[("value", text.into())]),
        )),
    }
}

fn parse_due(texts: &Texts, file: &Path, text: &str) -> Result<jiff::civil::Date> {
    parse_date(text).map_err(|_| {
        refuse(
            texts,
            file,
            &texts.ui_with("plan-cli-bad-date", &[("value", text.into())]),
        )
    })
}

fn check_effort(ctx: &Context, file: &Path, text: &str) -> Result<String> {
    ctx.config
        .effort_scale()
        .check(text)
        .map_err(|e| refuse(&ctx.texts, file, &e))
}

/// "Q/TARGET/REQ", "Q//REQ" or "Q/REQ", merged so that one requirement is one `Addressed` with
/// all its targets.
fn parse_requirements(texts: &Texts, file: &Path, specs: &[String]) -> Result<Vec<Addressed>> {
    let mut out: Vec<Addressed> = Vec::new();
    for spec in specs {
        let parts: Vec<&str> = spec.split('/').map(str::trim).collect();
        let (q, target, r) = match parts.as_slice() {
            [q, r] => (*q, "", *r),
            [q, t, r] => (*q, *t, *r),
            _ => ("", "", ""),
        };
        if q.is_empty() || r.is_empty() {
            return Err(refuse(
                texts,
                file,
                &texts.ui_with("plan-cli-bad-requirement", &[("value", spec.as_str().into())]),
            ));
        }
        let i = match out.iter().position(|x| x.questionnaire == q && x.requirement == r) {
            Some(i) => i,
            None => {
                out.push(Addressed {
                    questionnaire: q.to_string(),
                    requirement: r.to_string(),
                    targets: Vec::new(),
                });
                out.len() - 1
            }
        };
        if !target.is_empty() && !out[i].targets.iter().any(|t| t == target) {
            out[i].targets.push(target.to_string());
        }
    }
    Ok(out)
}

/// What is wrong with `action` in `a`, as one refusal naming the file (None: nothing).
fn problems(ctx: &Context, file: &Path, a: &Assessment, action: &Action) -> Option<Error> {
    let list = action.problems(a, &ctx.catalog);
    (!list.is_empty()).then(|| refuse(&ctx.texts, file, &list.join("; ")))
}

fn propose(ctx: &mut Context, file: &Path, json: bool, assessor: Option<String>) -> Result<()> {
    let Context {
        catalog, texts, config, ..
    } = ctx;
    let effort = config.effort_scale();
    let by_config = config.assessor.clone();
    edit_with(catalog, file, |a| {
        let by = assessor
            .or(by_config)
            .or_else(|| a.assessment.assessors.first().cloned());
        let interface = texts.language().clone();
        let language = a.assessment.language.parse().ok();
        texts.select(language.as_ref());
        let today = today();
        let proposed = {
            let texts: &Texts = texts;
            let title = |p: &planning::Proposal| planning::text::proposal_title(catalog, texts, p);
            planning::propose(a, catalog, today, &title, &by.unwrap_or_default(), Timestamp::now())
        };
        texts.select(Some(&interface));
        let plan = planning::plan(a, catalog, today, &effort);
        if json {
            plan_text::json(&plan_text::propose_json(a, &plan, &proposed))
        } else {
            let mut out = plan_text::proposed_text(texts, a, &proposed);
            out.push('\n');
            out.push_str(&plan_text::show_text(catalog, texts, a, &plan));
            Ok(out.trim_end().to_string())
        }
    })
}

fn show(ctx: &Context, file: &Path, json: bool) -> Result<()> {
    let a = storage::read(file, &ctx.catalog)?;
    let plan = planning::plan(&a, &ctx.catalog, today(), &ctx.config.effort_scale());
    if json {
        crate::text_safety::print_exact(&format!("{}\n", plan_text::json(&plan_text::plan_json(&a, &plan))?));
    } else {
        crate::text_safety::print_out(&plan_text::show_text(&ctx.catalog, &ctx.texts, &a, &plan));
    }
    Ok(())
}

fn add(ctx: &Context, args: PlanAddArgs) -> Result<()> {
    let file = args.file.as_path();
    let texts = &ctx.texts;
    let status = parse_status(texts, file, &args.status)?;
    let due = args.due.as_deref().map(|d| parse_due(texts, file, d)).transpose()?;
    let phase = match args.phase.as_deref() {
        Some(p) => parse_phase(texts, file, p, false)?,
        None => None,
    };
    let effort = check_effort(ctx, file, &args.effort)?;
    let addresses = parse_requirements(texts, file, &args.requirements)?;
    edit(ctx, file, |a| {
        let by = assessor_of(ctx, a, args.assessor.clone());
        let id = a.next_action_id();
        let mut action = Action::new(&id, args.title.trim(), status, &by, Timestamp::now());
        action.description = args.description.trim().to_string();
        action.owner = args.owner.trim().to_string();
        action.due = due;
        action.effort = effort;
        action.scenarios = args.scenarios.iter().map(|s| s.trim().to_string()).collect();
        action.addresses = addresses;
        if let Some(e) = problems(ctx, file, a, &action) {
            return Err(e);
        }
        action.phase = match phase {
            Some(p) => Some(p),
            None => {
                let score = crate::scoring::score_on(a, &ctx.catalog, today());
                let needs = planning::needs::needs(&score);
                planning::why(a, &action, &needs, &score).phase
            }
        };
        let phase_words = match action.phase {
            Some(p) => texts.ui_with("plan-cli-in-phase", &[("phase", FluentValue::from(u32::from(p)))]),
            None => texts.ui("plan-cli-no-phase"),
        };
        a.set_action(action);
        Ok(texts.ui_with(
            "plan-cli-added",
            &[("id", id.as_str().into()), ("phase", phase_words.into())],
        ))
    })
}

fn set(ctx: &Context, args: PlanSetArgs) -> Result<()> {
    let file = args.file.as_path();
    let texts = &ctx.texts;
    let status = args
        .status
        .as_deref()
        .map(|s| parse_status(texts, file, s))
        .transpose()?;
    let due = args.due.as_deref().map(|d| parse_due(texts, file, d)).transpose()?;
    let phase = args
        .phase
        .as_deref()
        .map(|p| parse_phase(texts, file, p, true))
        .transpose()?;
    let effort = args.effort.as_deref().map(|e| check_effort(ctx, file, e)).transpose()?;
    edit(ctx, file, |a| {
        let by = assessor_of(ctx, a, args.assessor.clone());
        let mut action = a
            .action(&args.id)
            .cloned()
            .ok_or_else(|| unknown(texts, file, a, &args.id))?;
        let before = action.clone();
        if let Some(t) = &args.title {
            action.title = t.trim().to_string();
        }
        if let Some(d) = &args.description {
            action.description = d.trim().to_string();
        }
        if let Some(o) = &args.owner {
            action.owner = o.trim().to_string();
        }
        if due.is_some() || args.no_due {
            action.due = due;
        }
        if let Some(e) = effort {
            action.effort = e;
        }
        if let Some(p) = phase {
            action.phase = p;
        }
        if let Some(s) = status {
            action.set_status(s, &by, Timestamp::now());
        }
        if let Some(e) = problems(ctx, file, a, &action) {
            return Err(e);
        }
        let id = action.id.clone();
        let changed = action != before;
        a.set_action(action);
        Ok(if changed {
            texts.ui_with("plan-cli-changed", &[("id", id.as_str().into())])
        } else {
            texts.ui_with("plan-cli-unchanged", &[("id", id.as_str().into())])
        })
    })
}

fn done(ctx: &Context, file: &Path, id: &str, assessor: Option<String>) -> Result<()> {
    edit(ctx, file, |a| {
        let by = assessor_of(ctx, a, assessor);
        let Some(action) = a.action_mut(id) else {
            return Err(unknown(&ctx.texts, file, a, id));
        };
        action.set_status(ActionStatus::Done, &by, Timestamp::now());
        let action = action.clone();
        Ok(plan_text::done_text(&ctx.catalog, &ctx.texts, file, a, &action))
    })
}

fn list(ctx: &Context, args: PlanListArgs) -> Result<()> {
    let file = args.file.as_path();
    let texts = &ctx.texts;
    let status = args
        .status
        .as_deref()
        .map(|s| parse_status(texts, file, s))
        .transpose()?;
    let phase = args
        .phase
        .as_deref()
        .map(|p| parse_phase(texts, file, p, false))
        .transpose()?
        .flatten();
    let a = storage::read(file, &ctx.catalog)?;
    if let Some(z) = &args.zone
        && !a.has_target(z)
    {
        return Err(refuse(
            texts,
            file,
            &texts.ui_with("plan-cli-no-zone", &[("zone", z.as_str().into())]),
        ));
    }
    // A list needs the order and the reasons, not the projections.
    let today = today();
    let score = crate::scoring::score_on(&a, &ctx.catalog, today);
    let needs = planning::needs::needs(&score);
    let items = planning::ordered(&a, today, &ctx.config.effort_scale(), &score, &needs);
    let filter = planning::Filter {
        target: args.zone.clone(),
        owner: args.owner.clone(),
        phase,
        status,
        overdue: args.overdue,
    };
    let items: Vec<&planning::PlanItem> = items
        .iter()
        .filter(|item| a.action(&item.id).is_some_and(|x| filter.lets_through(x, item.overdue)))
        .collect();
    if args.json {
        crate::text_safety::print_exact(&format!(
            "{}\n",
            plan_text::json(&plan_text::list_json(&a, today, &items))?
        ));
    } else {
        crate::text_safety::print_out(&plan_text::list_text(texts, &a, &items));
    }
    Ok(())
}

/// Requirements in natural order, for messages.
pub(super) fn sorted_ids(mut ids: Vec<crate::assessment::AnswerId>) -> Vec<crate::assessment::AnswerId> {
    ids.sort_by(|x, y| {
        natural_cmp(&x.questionnaire, &y.questionnaire)
            .then_with(|| natural_cmp(x.target.as_deref().unwrap_or(""), y.target.as_deref().unwrap_or("")))
            .then_with(|| natural_cmp(&x.requirement, &y.requirement))
    });
    ids
}
