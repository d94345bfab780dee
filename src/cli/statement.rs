//! `statement`: a service provider's capability statement (62443-2-4) printed, written as a
//! workbook or Markdown, or as JSON; with `--against`, checked against an owner's target profile.

use super::Context;
use super::args::StatementArgs;
use super::spec::{Kind, kind};
use crate::assessment::storage::{self, write_durably};
use crate::error::{Error, Result};
use crate::scoring::profile_check::ProfileCheck;
use crate::statement::{self, Statement};
use serde::Serialize;

/// What `--json` prints: the statement, and the check when there is one.
#[derive(Serialize)]
struct Json<'a> {
    #[serde(flatten)]
    statement: &'a Statement<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    check: Option<&'a ProfileCheck>,
}

/// `lang_given`: --lang was given, and the statement is written in it rather than in the
/// assessment's language.
pub fn statement(ctx: &mut Context, lang_given: bool, args: StatementArgs) -> Result<()> {
    // Everything that can be refused is refused before anything is written.
    let kind = args
        .output
        .as_deref()
        .map(|o| kind(o, "the capability statement"))
        .transpose()?;
    if let Some(out) = &args.output {
        crate::output::allow(out, &[&args.file], args.force)?;
    }
    let a = storage::read(&args.file, &ctx.catalog)?;
    let today = crate::scoring::countermeasures::today();
    let st = statement::build(&a, &ctx.catalog, args.with_notes, today)?;
    let check = match &args.against {
        None => None,
        Some(name) => {
            let profile = ctx.catalog.find_profile(name).map_err(Error::Invalid)?;
            Some(statement::check(
                &a,
                &ctx.catalog,
                &profile.questionnaire,
                &profile.levels,
                today,
            )?)
        }
    };
    if args.json {
        let text = serde_json::to_string_pretty(&Json {
            statement: &st,
            check: check.as_ref(),
        })
        .map_err(|e| Error::usage(e.to_string()))?;
        crate::text_safety::print_exact(&format!("{text}\n"));
        return Ok(());
    }
    let language = a.assessment.language.as_str();
    let (Some(kind), Some(out)) = (kind, &args.output) else {
        let text = super::in_output_language(&mut ctx.texts, lang_given, language, |texts| {
            super::statement_text::text(&st, check.as_ref(), texts)
        });
        crate::text_safety::print_out(&text);
        return Ok(());
    };
    let bytes = super::in_output_language(&mut ctx.texts, lang_given, language, |texts| match kind {
        Kind::Markdown => Ok(statement::markdown::render(&st, check.as_ref(), texts).into_bytes()),
        Kind::Xlsx => statement::xlsx::render(&st, check.as_ref(), texts),
    });
    write_durably(out, &bytes?)?;
    crate::say!("Wrote {}.", out.display());
    Ok(())
}
