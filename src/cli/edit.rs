//! Commands that change an assessment: new, answer, zone add, conduit add, scenario add. Each one
//! locks the file, checks the request against the catalog, and saves atomically; nothing is
//! written when the request is refused.

use super::Context;
use super::args::{AnswerArgs, ConduitCommand, GlobalOptions, NewArgs, ScenarioCommand, ZoneCommand};
use crate::assessment::{
    Answer, AnswerId, Assessment, AssessmentFile, Conduit, Scenario, SlOverride, Zone, parse_sl_vector, structure_csv,
};
use crate::catalog::{Questionnaire, Scope};
use crate::error::{Error, Result};
use jiff::Timestamp;
use std::path::Path;

pub fn new(ctx: &Context, global: &GlobalOptions, args: NewArgs) -> Result<()> {
    for q in &args.questionnaires {
        if ctx.catalog.questionnaire(q).is_none() {
            return Err(Error::usage(format!(
                "unknown questionnaire \"{q}\" (known: {})",
                ctx.catalog.questionnaire_ids().join(", ")
            )));
        }
    }
    let model = ctx.catalog.risk_model(&args.risk_model).ok_or_else(|| {
        let known: Vec<&str> = ctx.catalog.risk_models.iter().map(|m| m.id.as_str()).collect();
        Error::usage(format!(
            "unknown risk model \"{}\" (known: {})",
            args.risk_model,
            known.join(", ")
        ))
    })?;
    let language = match &global.lang {
        Some(l) => l.clone(),
        None => ctx.texts.language().to_string(),
    };
    let title = args.title.clone().unwrap_or_else(|| {
        args.file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let mut questionnaires = args.questionnaires.clone();
    questionnaires.dedup();
    let mut a = Assessment::new(&title, &language, questionnaires, Timestamp::now());
    a.assessment.organisation = args.organisation.unwrap_or_default();
    a.assessment.site = args.site.unwrap_or_default();
    a.assessment.classification = args.classification.unwrap_or_default();
    a.assessment.service_scope = args.service_scope.into();
    a.assessment.assessors = args.assessors;
    if a.assessment.assessors.is_empty()
        && let Some(name) = &ctx.config.assessor
    {
        a.assessment.assessors.push(name.clone());
    }
    a.targets.maturity = args.target_maturity;
    a.targets.sl_t_method = model.sl_t.method;
    a.risk_model = Some(model.clone());
    AssessmentFile::create(&args.file, &a)?;
    crate::say!(
        "Created {} ({}).",
        args.file.display(),
        a.assessment.questionnaires.join(", ")
    );
    Ok(())
}

/// Open `file` locked, let `change` modify it, save. The change may refuse with an error.
pub(super) fn edit(ctx: &Context, file: &Path, change: impl FnOnce(&mut Assessment) -> Result<String>) -> Result<()> {
    edit_with(&ctx.catalog, file, change)
}

/// [`edit`] for a caller that holds the catalog apart from the rest of the context.
pub(super) fn edit_with(
    catalog: &crate::catalog::Catalog,
    file: &Path,
    change: impl FnOnce(&mut Assessment) -> Result<String>,
) -> Result<()> {
    let (mut handle, mut a) = AssessmentFile::open(file, catalog)?;
    let before = a.clone();
    let message = change(&mut a)?;
    // A request that changes nothing leaves the file as it is.
    if a != before {
        a.assessment.modified = Timestamp::now();
        handle.save(&a)?;
        if let Some(copy) = handle.take_backup() {
            crate::say_err!(
                "{} had comments, which iacs-assess does not keep; the file as it was is in {}",
                handle.path().display(),
                copy.display()
            );
        }
    }
    crate::say!("{message}");
    Ok(())
}

/// What an answer given on the command line is for: a zone or conduit (`--zone`), a system
/// (`--system`, or the only one), a component (`--component`), or the organisation; a mismatch
/// is a usage error.
fn answer_target(a: &Assessment, q: &Questionnaire, args: &AnswerArgs) -> Result<Option<String>> {
    let (zone, system) = (args.zone.as_deref(), args.system.as_deref());
    if q.scope == Scope::Component {
        return match args.component.as_deref() {
            Some(c) if a.component(c).is_some() => Ok(Some(c.to_string())),
            Some(c) => Err(Error::usage(format!(
                "\"{c}\" is not a component of this assessment (add it with `iacs-assess component add`)"
            ))),
            None => Err(Error::usage(format!(
                "{} is answered per component: give --component ID",
                q.id
            ))),
        };
    }
    if args.component.is_some() {
        return Err(Error::usage(format!(
            "{} is not answered per component: leave out --component",
            q.id
        )));
    }
    match q.scope {
        Scope::Organisation => match zone.or(system) {
            Some(_) => Err(Error::usage(format!(
                "{} is answered for the whole organisation: leave out --zone and --system",
                q.id
            ))),
            None => Ok(None),
        },
        Scope::System => {
            if zone.is_some() {
                return Err(Error::usage(format!(
                    "{} is answered per system under consideration: give --system ID, not --zone",
                    q.id
                )));
            }
            let s = a
                .resolve_system(system)
                .map_err(|why| Error::usage(format!("{}: {why}", q.id)))?;
            Ok(Some(s.id.clone()))
        }
        _ => match (zone, system) {
            (Some(z), _) if a.has_target(z) => Ok(Some(z.to_string())),
            (Some(z), _) => Err(Error::usage(format!(
                "\"{z}\" is neither a zone nor a conduit of this assessment (add it with `iacs-assess zone add`)"
            ))),
            (None, _) => Err(Error::usage(format!("{} is answered per zone: give --zone ID", q.id))),
        },
    }
}

pub fn answer(ctx: &Context, args: AnswerArgs) -> Result<()> {
    if let Some(from) = &args.from {
        return super::answers_file::answer_from(ctx, &args.file, from, args.partial, args.assessor);
    }
    let Some(questionnaire) = &args.questionnaire else {
        return Err(Error::usage(
            "give -q ID and --item ID (or --area GROUP), or --from FILE",
        ));
    };
    let catalog = &ctx.catalog;
    edit(ctx, &args.file.clone(), |a| {
        let q = catalog.questionnaire(questionnaire).ok_or_else(|| {
            Error::usage(format!(
                "unknown questionnaire \"{questionnaire}\" (known: {})",
                catalog.questionnaire_ids().join(", ")
            ))
        })?;
        if !a.assessment.questionnaires.contains(&q.id) {
            return Err(Error::usage(format!(
                "{} is not in this assessment's scope (in scope: {})",
                q.id,
                a.assessment.questionnaires.join(", ")
            )));
        }
        let target = answer_target(a, q, &args)?;
        let assessor = assessor_of(ctx, a, args.assessor.clone());
        let now = Timestamp::now();
        let place = target.as_deref().map(|t| format!(" for {t}")).unwrap_or_default();
        if let Some(area) = &args.area {
            let value = args
                .value
                .as_deref()
                .ok_or_else(|| Error::usage("give --value with --area"))?;
            let (requirements, outside) = area_requirements(a, q, area, target.as_deref())?;
            for r in &requirements {
                let value = value_of(catalog, r, Some(value), None)?;
                give_one(a, &args, q, r, value, target.as_deref(), &assessor, now)?;
            }
            let left = if outside > 0 {
                format!(" ({outside} not asked here left as they were)")
            } else {
                String::new()
            };
            return Ok(format!(
                "Saved {} {area}: {} requirements = {value}{place}{left}.",
                q.id,
                requirements.len()
            ));
        }
        let item = args.item.as_deref().unwrap_or_default();
        let r = q.requirement(item).ok_or_else(|| {
            let hint = q
                .requirements
                .iter()
                .find(|r| r.id.eq_ignore_ascii_case(item.trim()))
                .map(|r| format!("; did you mean \"{}\"?", r.id))
                .unwrap_or_default();
            Error::usage(format!("{} has no requirement \"{item}\"{hint}", q.id))
        })?;
        if !a.in_service_scope(r) {
            return Err(Error::usage(format!(
                "{} lies outside the service scope assessed ({}), so it is not answered; change the scope with `iacs-assess service-scope`",
                r.id,
                a.assessment.service_scope.id()
            )));
        }
        if !a.asks(r, target.as_deref()) {
            let types: Vec<&str> = r.component_types.iter().map(|t| t.id()).collect();
            let (id, kind) = target
                .as_deref()
                .and_then(|t| a.component(t))
                .map(|c| (c.id.as_str(), c.kind.id()))
                .unwrap_or_default();
            return Err(Error::usage(format!(
                "{} is asked only of components of type {}; {id} is a {kind}",
                r.id,
                types.join(", ")
            )));
        }
        let scale = catalog
            .scale_of(r)
            .ok_or_else(|| Error::usage(format!("no scale \"{}\"", r.scale)))?;
        let proposed = match &args.ladder {
            Some(steps) => Some(ladder_proposal(scale, steps)?),
            None => None,
        };
        let value = value_of(catalog, r, args.value.as_deref(), proposed)?;
        if let Some(p) = proposed
            && p.id != value.id
        {
            crate::say_err!("The ladder proposes {}; recording {} as given.", p.id, value.id);
        }
        give_one(a, &args, q, r, value, target.as_deref(), &assessor, now)?;
        Ok(format!("Saved {} {} = {}{place}.", q.id, r.id, value.id))
    })
}

/// The requirements of `area` (or any group below it) asked for `target` (within the service
/// scope; of a component's type), and how many of its requirements are not.
fn area_requirements<'q>(
    a: &Assessment,
    q: &'q crate::catalog::Questionnaire,
    area: &'q str,
    target: Option<&str>,
) -> Result<(Vec<&'q crate::catalog::Requirement>, usize)> {
    if q.group(area).is_none() {
        let hint = q
            .groups
            .iter()
            .find(|g| g.id.eq_ignore_ascii_case(area.trim()))
            .map(|g| format!("; did you mean \"{}\"?", g.id))
            .unwrap_or_default();
        return Err(Error::usage(format!("{} has no area \"{area}\"{hint}", q.id)));
    }
    let (inside, outside): (Vec<_>, Vec<_>) = q.requirements_within(area).partition(|r| a.asks(r, target));
    if inside.is_empty() {
        return Err(Error::usage(match target.and_then(|t| a.component(t)) {
            Some(c) => format!(
                "no requirement of {area} is asked of a {}; nothing to answer",
                c.kind.id()
            ),
            None => format!(
                "every requirement of {area} lies outside the service scope ({}); nothing to answer",
                a.assessment.service_scope.id()
            ),
        }));
    }
    Ok((inside, outside.len()))
}

/// The scale value named (or proposed by the ladder) for `r`.
fn value_of<'c>(
    catalog: &'c crate::catalog::Catalog,
    r: &crate::catalog::Requirement,
    named: Option<&str>,
    proposed: Option<&'c crate::catalog::ScaleValue>,
) -> Result<&'c crate::catalog::ScaleValue> {
    let scale = catalog
        .scale_of(r)
        .ok_or_else(|| Error::usage(format!("no scale \"{}\"", r.scale)))?;
    match (named, proposed) {
        (Some(v), _) => scale.value(v).ok_or_else(|| {
            Error::usage(format!(
                "\"{v}\" is not an answer for {} (allowed: {})",
                r.id,
                scale.value_ids().join(", ")
            ))
        }),
        (None, Some(p)) => Ok(p),
        (None, None) => Err(Error::usage("give --value or --ladder")),
    }
}

/// Record `value` for `r` with what the command line gives beside it (note, evidence, flag,
/// interviewee); what it does not give stays as it was.
#[allow(clippy::too_many_arguments)]
fn give_one(
    a: &mut Assessment,
    args: &AnswerArgs,
    q: &crate::catalog::Questionnaire,
    r: &crate::catalog::Requirement,
    value: &crate::catalog::ScaleValue,
    target: Option<&str>,
    assessor: &str,
    now: Timestamp,
) -> Result<()> {
    let note = args.note.clone().unwrap_or_default();
    if value.note_required && note.trim().is_empty() {
        return Err(Error::usage(format!(
            "the answer \"{}\" needs a reason or description: give --note",
            value.id
        )));
    }
    let id = AnswerId::new(&q.id, target, &r.id);
    let existing = a.answer(id.key()).cloned();
    let mut answer = existing.clone().unwrap_or_else(|| Answer::new(&id, now));
    // The value is (re)given when it changes or when the interviewee is named; what is not
    // given on the command line (note, evidence, flag) stays as it was.
    if answer.value.as_deref() != Some(value.id.as_str()) || args.interviewee.is_some() {
        let interviewee = args.interviewee.as_deref().unwrap_or_default();
        answer.give(Some(value.id.clone()), interviewee, assessor, now);
    }
    let mut edited = false;
    if args.note.is_some() && answer.note != note {
        answer.note = note;
        edited = true;
    }
    if !args.evidence.is_empty() && answer.evidence != args.evidence {
        answer.evidence = args.evidence.clone();
        edited = true;
    }
    if args.flag && !answer.flagged {
        answer.flagged = true;
        edited = true;
    }
    if edited && existing.is_some() {
        answer.mark_edited(assessor, now);
    }
    a.set_answer(answer);
    Ok(())
}

/// Who is stamped as the assessor of what a command changes: the one named on the command line,
/// else the config file's, else the assessment's first.
pub(super) fn assessor_of(ctx: &Context, a: &Assessment, named: Option<String>) -> String {
    named
        .or_else(|| ctx.config.assessor.clone())
        .or_else(|| a.assessment.assessors.first().cloned())
        .unwrap_or_default()
}

/// The answer the guided maturity ladder proposes for a list of yes/no answers: each leading "yes"
/// raises the level by one, the first "no" stops it.
fn ladder_proposal<'s>(scale: &'s crate::catalog::Scale, steps: &[String]) -> Result<&'s crate::catalog::ScaleValue> {
    if scale.ladder.is_empty() {
        return Err(Error::usage(format!("the scale \"{}\" has no guided ladder", scale.id)));
    }
    if steps.len() > scale.ladder.len() {
        return Err(Error::usage(format!(
            "the ladder has {} questions, not {}",
            scale.ladder.len(),
            steps.len()
        )));
    }
    let mut yes = 0;
    for step in steps {
        match step.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" | "ja" | "oui" => yes += 1,
            "no" | "n" | "nein" | "non" => break,
            other => return Err(Error::usage(format!("--ladder takes yes or no, not \"{other}\""))),
        }
    }
    scale
        .ladder_proposal(yes)
        .ok_or_else(|| Error::usage(format!("the scale \"{}\" has no value for level {yes}", scale.id)))
}

fn check_new_id(a: &Assessment, id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::usage("the id must not be empty"));
    }
    if a.id_taken(id) {
        return Err(Error::usage(format!(
            "there is already a zone, conduit or component \"{id}\""
        )));
    }
    Ok(())
}

fn import(
    ctx: &Context,
    file: &Path,
    csv: &Path,
    what: &str,
    run: fn(&mut Assessment, &Path) -> Result<usize>,
) -> Result<()> {
    edit(ctx, file, |a| {
        let n = run(a, csv)?;
        Ok(format!("Imported {n} {what} from {}.", csv.display()))
    })
}

pub fn zone(ctx: &Context, command: ZoneCommand) -> Result<()> {
    let (file, id, name, description, assets, sl_t, justification, system, layer) = match command {
        ZoneCommand::Import { file, csv } => return import(ctx, &file, &csv, "zones", structure_csv::import_zones),
        ZoneCommand::Set { file, zone, layer } => return set_zone_layer(ctx, &file, &zone, &layer),
        ZoneCommand::Add {
            file,
            id,
            name,
            description,
            assets,
            sl_t,
            justification,
            system,
            layer,
        } => (file, id, name, description, assets, sl_t, justification, system, layer),
    };
    let sl_t = match sl_t {
        Some(v) => Some(SlOverride {
            vector: parse_sl_vector(&v)?,
            justification: justification.unwrap_or_else(|| "set on the command line".to_string()),
        }),
        None => None,
    };
    let layer = match layer {
        Some(key) => Some(crate::assessment::Layer::named(&key).map_err(Error::usage)?),
        None => None,
    };
    edit(ctx, &file, |a| {
        check_new_id(a, &id)?;
        let system = super::system::known(a, system)?;
        a.zones.push(Zone {
            system,
            id: id.clone(),
            name,
            description,
            assets,
            layer,
            adjustments: Vec::new(),
            sl_t,
        });
        Ok(format!("Added zone {id}."))
    })
}

/// `zone set FILE ZONE --layer KEY|auto`: the assessor's layer for the zone, or none (auto: the
/// diagram takes it from the conduits).
fn set_zone_layer(ctx: &Context, file: &Path, zone: &str, key: &str) -> Result<()> {
    let layer = if key.trim().eq_ignore_ascii_case("auto") {
        None
    } else {
        Some(crate::assessment::Layer::named(key).map_err(|e| Error::usage(format!("{e} or auto")))?)
    };
    edit(ctx, file, |a| {
        let Some(i) = a.zones.iter().position(|z| z.id == zone) else {
            return Err(Error::usage(format!("\"{zone}\" is not a zone of this assessment")));
        };
        a.zones[i].layer = layer;
        Ok(match layer {
            Some(l) => format!("Zone {zone}: layer {}.", l.key()),
            None => {
                let from_conduits = crate::diagram::layers::from_conduits(a, i);
                format!("Zone {zone}: layer from its conduits (now {}).", from_conduits.key())
            }
        })
    })
}

pub fn conduit(ctx: &Context, command: ConduitCommand) -> Result<()> {
    let (file, id, from, to, name, description, system) = match command {
        ConduitCommand::Import { file, csv } => {
            return import(ctx, &file, &csv, "conduits", structure_csv::import_conduits);
        }
        ConduitCommand::Add {
            file,
            id,
            from,
            to,
            name,
            description,
            system,
        } => (file, id, from, to, name, description, system),
    };
    edit(ctx, &file, |a| {
        check_new_id(a, &id)?;
        for end in [&from, &to] {
            if a.zone(end).is_none() {
                return Err(Error::usage(format!("\"{end}\" is not a zone of this assessment")));
            }
        }
        let system = match system {
            Some(s) => super::system::known(a, Some(s))?,
            None => a.zone(&from).map(|z| z.system.clone()).unwrap_or_default(),
        };
        a.conduits.push(Conduit {
            system,
            id: id.clone(),
            name: name.unwrap_or_else(|| format!("{from} - {to}")),
            from,
            to,
            description,
            adjustments: Vec::new(),
            sl_t: None,
        });
        Ok(format!("Added conduit {id}."))
    })
}

pub fn scenario(ctx: &Context, command: ScenarioCommand) -> Result<()> {
    if let ScenarioCommand::Import { file, csv } = command {
        return import(ctx, &file, &csv, "scenarios", structure_csv::import_scenarios);
    }
    let ScenarioCommand::Add {
        file,
        target,
        threat,
        id,
        likelihood,
        impact,
        residual_likelihood,
        residual_impact,
        threat_actor,
        frs,
        impact_categories,
        countermeasures,
    } = command
    else {
        return Ok(());
    };
    edit(ctx, &file, |a| {
        if !a.has_target(&target) {
            return Err(Error::usage(format!(
                "\"{target}\" is neither a zone nor a conduit of this assessment"
            )));
        }
        let model = a
            .risk_model
            .as_ref()
            .ok_or_else(|| Error::usage("this assessment has no risk model"))?;
        let (nl, ni) = (model.likelihood.levels.len() as u8, model.impact.levels.len() as u8);
        for (what, v, n) in [
            ("likelihood", Some(likelihood), nl),
            ("impact", Some(impact), ni),
            ("residual likelihood", residual_likelihood, nl),
            ("residual impact", residual_impact, ni),
        ] {
            if let Some(v) = v
                && (v == 0 || v > n)
            {
                return Err(Error::usage(format!("{what} must be 1 to {n}, not {v}")));
            }
        }
        if let Some(actor) = &threat_actor
            && model.threat_actor(actor).is_none()
        {
            let known: Vec<&str> = model.sl_t.threat_actors.iter().map(|t| t.id.as_str()).collect();
            return Err(Error::usage(format!(
                "unknown threat actor \"{actor}\" (known: {})",
                known.join(", ")
            )));
        }
        if let Some(c) = impact_categories.iter().find(|c| !model.impact.categories.contains(c)) {
            return Err(Error::usage(format!(
                "unknown impact category \"{c}\" (known: {})",
                model.impact.categories.join(", ")
            )));
        }
        let id = match id {
            Some(id) => id,
            None => a.next_scenario_id(),
        };
        if a.scenarios.iter().any(|s| s.id == id) {
            return Err(Error::usage(format!("there is already a scenario \"{id}\"")));
        }
        a.scenarios.push(Scenario {
            id: id.clone(),
            target,
            threat,
            description: String::new(),
            threat_actor,
            frs,
            likelihood,
            impact,
            impact_categories,
            residual_likelihood,
            residual_impact,
            countermeasures,
        });
        Ok(format!("Added scenario {id}."))
    })
}

/// `iacs-assess import FILE --from WORKBOOK`: all or nothing unless `partial`; answers the workbook
/// empties and repeated rows only as `confirmed`. Messages in the texts' language (the caller
/// selects the workbook's).
pub fn import_workbook(
    ctx: &Context,
    (file, from): (&Path, &Path),
    partial: bool,
    confirmed: crate::import::Confirmed,
    assessor: Option<String>,
) -> Result<()> {
    let texts = &ctx.texts;
    edit(ctx, file, |a| {
        let assessor = assessor_of(ctx, a, assessor);
        let report =
            crate::import::read_workbook(from, a, &ctx.catalog, texts, (&assessor, Timestamp::now()), confirmed)?;
        let count = |key: &str| {
            texts.ui_with(
                key,
                &[
                    ("file", from.display().to_string().into()),
                    ("changed", report.answers.len().into()),
                    ("unchanged", report.unchanged.into()),
                    ("refused", report.problems.len().into()),
                ],
            )
        };
        if !report.problems.is_empty() && !partial {
            // The outcome first: at most a hundred problems are listed after it.
            let mut problems = vec![crate::error::Diagnostic::new(from, count("import-refused"))];
            problems.extend(report.problems);
            return Err(Error::Invalid(problems));
        }
        for line in report.repeated.iter().chain(&report.cleared) {
            crate::say_err!("{line}");
        }
        let listed = crate::error::MAX_LISTED;
        let not_taken = texts.ui("import-not-taken");
        for p in report.problems.iter().take(listed) {
            crate::say_err!("{not_taken}: {p}");
        }
        if report.problems.len() > listed {
            let more = texts.ui_with(
                "import-more-not-taken",
                &[("count", (report.problems.len() - listed).into())],
            );
            crate::say_err!("{more}");
        }
        let summary = if report.problems.is_empty() {
            count("import-done")
        } else {
            count("import-done-partial")
        };
        for answer in report.answers {
            a.set_answer(answer);
        }
        Ok(summary)
    })
}
