//! `target` (one maturity level, or an asset owner's target profile per questionnaire) and
//! `service-scope` (which services a 62443-2-4 self-assessment covers).

use super::Context;
use super::args::TargetArgs;
use super::edit::edit;
use crate::assessment::{Assessment, ServiceScope};
use crate::error::{Error, Result};
use std::fmt::Write as _;
use std::path::Path;

pub fn target(ctx: &Context, args: TargetArgs) -> Result<()> {
    let catalog = &ctx.catalog;
    if args.maturity.is_none() && args.profile.is_none() && args.no_profile.is_none() {
        let a = crate::assessment::storage::read(&args.file, catalog)?;
        crate::say!("{}", describe(ctx, &a));
        return Ok(());
    }
    let profile = match &args.profile {
        Some(name) => Some(catalog.find_profile(name).map_err(Error::Invalid)?),
        None => None,
    };
    edit(ctx, &args.file, |a| {
        let mut said = Vec::new();
        if let Some(level) = args.maturity {
            a.targets.maturity = level;
            said.push(format!("target maturity ML{level}"));
        }
        if let Some(p) = profile {
            if !a.assessment.questionnaires.contains(&p.questionnaire) {
                return Err(Error::usage(format!(
                    "profile \"{}\" is for {}, which is not in this assessment (in scope: {})",
                    p.levels.id,
                    p.questionnaire,
                    a.assessment.questionnaires.join(", ")
                )));
            }
            said.push(format!("target profile \"{}\" for {}", p.levels.id, p.questionnaire));
            a.targets.profile.insert(p.questionnaire, p.levels);
        }
        if let Some(q) = &args.no_profile {
            if a.targets.profile.remove(q).is_none() {
                return Err(Error::usage(format!("{q} has no target profile in this assessment")));
            }
            said.push(format!("no target profile for {q}"));
        }
        Ok(format!("Set {}.", said.join(", ")))
    })
}

pub fn service_scope(ctx: &Context, file: &Path, scope: ServiceScope) -> Result<()> {
    edit(ctx, file, |a| {
        let Some(q) = a
            .assessment
            .questionnaires
            .iter()
            .filter_map(|id| ctx.catalog.questionnaire(id))
            .find(|q| q.names_services())
        else {
            return Err(Error::usage(
                "no questionnaire of this assessment names services (62443-2-4 does): a service scope would change nothing",
            ));
        };
        a.assessment.service_scope = scope;
        let left_out = q.requirements.iter().filter(|r| !a.in_service_scope(r)).count();
        Ok(format!(
            "Service scope: {}; {left_out} requirements of {} lie outside it and are left out.",
            scope.id(),
            q.id
        ))
    })
}

/// The targets as they stand, and the profiles there are to choose from.
fn describe(ctx: &Context, a: &Assessment) -> String {
    let mut out = format!("Target maturity: ML{}\n", a.targets.maturity);
    for (q, groups) in &a.targets.maturity_groups {
        for (g, level) in groups {
            let _ = writeln!(out, "  {q} {g}: ML{level}");
        }
    }
    for (q, p) in &a.targets.profile {
        let _ = writeln!(out, "Target profile for {q}: {} ({})", p.id, p.title);
    }
    if !a.assessment.service_scope.is_both() {
        let _ = writeln!(out, "Service scope: {}", a.assessment.service_scope.id());
    }
    let usable: Vec<_> = ctx
        .catalog
        .profiles
        .iter()
        .filter(|p| a.assessment.questionnaires.contains(&p.questionnaire))
        .collect();
    if !usable.is_empty() {
        out.push_str("Profiles to choose from (--profile ID):\n");
        for p in usable {
            let _ = writeln!(out, "  {} ({}): {}", p.levels.id, p.questionnaire, p.levels.title);
        }
    }
    out.trim_end().to_string()
}
