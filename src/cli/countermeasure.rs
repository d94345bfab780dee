//! `iacs-assess countermeasure add | approve | list | remove`: compensating countermeasure records,
//! written through the same locked, durable save as every other editing command.

use super::Context;
use super::args::{CountermeasureArgs, CountermeasureCommand};
use super::edit::edit;
use crate::assessment::{Countermeasure, storage};
use crate::error::{Error, Result};
use crate::scoring::countermeasures::{review, today};
use std::path::Path;

pub fn run(ctx: &Context, command: CountermeasureCommand) -> Result<()> {
    match command {
        CountermeasureCommand::Add(args) => add(ctx, args),
        CountermeasureCommand::Approve { file, id, by, date } => approve(ctx, &file, &id, &by, date),
        CountermeasureCommand::List { file } => list(ctx, &file),
        CountermeasureCommand::Remove { file, id } => edit(ctx, &file, |a| {
            a.remove_countermeasure(&id)
                .ok_or_else(|| unknown(a, &id))
                .map(|_| format!("Removed countermeasure {id}."))
        }),
    }
}

/// "no countermeasure X (there are: ...)".
fn unknown(a: &crate::assessment::Assessment, id: &str) -> Error {
    let known: Vec<&str> = a.countermeasures.iter().map(|c| c.id.as_str()).collect();
    Error::usage(if known.is_empty() {
        format!("there is no countermeasure \"{id}\" (this assessment has none yet)")
    } else {
        format!("there is no countermeasure \"{id}\" (there are: {})", known.join(", "))
    })
}

fn add(ctx: &Context, args: CountermeasureArgs) -> Result<()> {
    let mut record = Countermeasure::new(&args.id, &args.questionnaire, args.requirements, args.targets);
    record.instead = args.instead;
    record.equivalence = args.equivalence;
    record.residual_risk = args.residual_risk;
    record.verification = args.verification;
    record.review_by = args.review_by;
    edit(ctx, &args.file, |a| {
        if a.countermeasure(&record.id).is_some() {
            return Err(Error::usage(format!(
                "there is already a countermeasure \"{}\" (remove it first, or choose another id)",
                record.id
            )));
        }
        let problems = record.problems(a, &ctx.catalog);
        if !problems.is_empty() {
            return Err(Error::usage(problems.join("\n")));
        }
        let missing: Vec<&str> = record.missing().iter().map(|f| f.name()).collect();
        let id = record.id.clone();
        a.set_countermeasure(record);
        Ok(if missing.is_empty() {
            format!("Added countermeasure {id}; it counts once approved (countermeasure approve).")
        } else {
            format!(
                "Added countermeasure {id}; incomplete until it has {} (edit it in the interface or the file).",
                missing.join(", ")
            )
        })
    })
}

fn approve(ctx: &Context, file: &Path, id: &str, by: &str, date: Option<jiff::civil::Date>) -> Result<()> {
    let today = today();
    let date = date.unwrap_or(today);
    if date > today {
        return Err(Error::usage(format!(
            "--date {date} is after today ({today}): approve it on the day it is approved"
        )));
    }
    if by.trim().is_empty() {
        return Err(Error::usage("--by needs the name of who approves it"));
    }
    edit(ctx, file, |a| {
        let mut record = a.countermeasure(id).cloned().ok_or_else(|| unknown(a, id))?;
        record.approved_by = by.trim().to_string();
        record.approved = Some(date);
        let status = record.status(today);
        a.set_countermeasure(record);
        let words = ctx.texts.ui(status.message());
        Ok(format!(
            "Approved countermeasure {id} ({by}, {date}); status today: {words}."
        ))
    })
}

fn list(ctx: &Context, file: &Path) -> Result<()> {
    let a = storage::read(file, &ctx.catalog)?;
    let review = review(&a, today());
    crate::text_safety::print_out(&crate::review_text::countermeasures(&review, &ctx.texts, true));
    Ok(())
}
