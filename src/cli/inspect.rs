//! Commands that read: score, export, list, validate.

use super::args::{ExportArgs, GlobalOptions};
use super::{Context, context_with};
use crate::assessment::storage;
use crate::content::Sources;
use crate::error::{Error, Result};
use crate::{export, report, scoring, validate as checks};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

pub fn score(ctx: &Context, file: &Path, json: bool) -> Result<()> {
    let a = storage::read(file, &ctx.catalog)?;
    let score = scoring::score(&a, &ctx.catalog);
    warn_missing_reasons(ctx, &score);
    if let Some(warning) = crate::review_text::warning(&score.countermeasures, &ctx.texts) {
        crate::say_err!("{warning}");
    }
    warn_unassessed(ctx, &score);
    // The plan, when there is one: what the whole plan reaches (docs/planning.md).
    // The text shows the whole plan only; the JSON every stage.
    let plan_of = if json {
        crate::planning::plan_for
    } else {
        crate::planning::summary_for
    };
    let plan = (!a.actions.is_empty()).then(|| {
        plan_of(
            &a,
            &ctx.catalog,
            score.countermeasures.as_of,
            &ctx.config.effort_scale(),
            &score,
        )
    });
    if json {
        let text = match &plan {
            None => serde_json::to_string_pretty(&score),
            Some(plan) => serde_json::to_string_pretty(&super::plan_text::ScoreWithPlan {
                score: &score,
                plan: super::plan_text::score_plan_json(&a, plan),
            }),
        }
        .map_err(|e| Error::usage(e.to_string()))?;
        crate::text_safety::print_exact(&format!("{text}\n"));
    } else {
        let mut text = report::score_text(&score, &ctx.catalog, &ctx.texts);
        if let Some(plan) = &plan {
            text.push_str(&super::plan_text::score_section(&ctx.texts, &a, plan));
        }
        crate::text_safety::print_out(&text);
    }
    Ok(())
}

/// Answers that lack the reason their value needs are not counted; say which, on standard error.
fn warn_missing_reasons(ctx: &Context, score: &scoring::Score) {
    if score.missing_reasons.is_empty() {
        return;
    }
    let count = score.missing_reasons.len();
    crate::say_err!(
        "{}",
        ctx.texts.ui_with("warning-missing-reasons", &[("count", count.into())])
    );
    for id in &score.missing_reasons {
        crate::say_err!("  {id}");
    }
}

/// Zones and conduits whose SL-T rests on a floor in some FR because no scenario reaches it.
fn warn_unassessed(ctx: &Context, score: &scoring::Score) {
    for t in &score.sl_targets {
        if let Some(w) = report::unassessed(t, &ctx.texts) {
            crate::say_err!("{}: {w}", ctx.texts.ui("warning"));
        }
    }
}

/// `language`: --lang when it was given; the export is then written in it rather than in the
/// assessment's language.
pub fn export(ctx: &mut Context, language: Option<LanguageIdentifier>, args: ExportArgs) -> Result<()> {
    use super::args::{CsvDialectArg, ExportFormat};
    let csv_dialect = match (args.csv_dialect, args.format) {
        (None, _) => export::CsvDialect::Rfc4180,
        (Some(d), ExportFormat::Csv | ExportFormat::PlanCsv) => match d {
            CsvDialectArg::Excel => export::CsvDialect::Excel,
            CsvDialectArg::Rfc4180 => export::CsvDialect::Rfc4180,
        },
        (Some(_), _) => {
            return Err(Error::usage(
                "--csv-dialect applies to --format csv and plan-csv only".to_string(),
            ));
        }
    };
    let a = storage::read(&args.file, &ctx.catalog)?;
    crate::output::allow(&args.output, &[&args.file], args.force)?;
    let options = export::Options {
        effort: ctx.config.effort_scale(),
        language,
        paper: None,
        csv_dialect,
    };
    export::write_with(
        &a,
        &ctx.catalog,
        &mut ctx.texts,
        args.format.into(),
        (&args.file, &args.output),
        &options,
    )?;
    crate::say!("Wrote {}.", args.output.display());
    Ok(())
}

pub fn list(ctx: &Context) -> Result<()> {
    crate::say!("Questionnaires:");
    for q in &ctx.catalog.questionnaires {
        let enhancements = q.requirements.iter().filter(|r| r.is_enhancement()).count();
        let title = ctx.texts.get(&q.id, "questionnaire", Some("title"));
        let split = if enhancements > 0 {
            format!(
                " ({} base, {enhancements} enhancements)",
                q.requirements.len() - enhancements
            )
        } else {
            String::new()
        };
        crate::say!(
            "  {:<16} {:<34} {:>4} requirements{split}  {}",
            q.id,
            format!("{} {}", q.standard, q.edition),
            q.requirements.len(),
            title
        );
    }
    crate::say!("Languages:");
    for lang in ctx.texts.languages() {
        let marker = if &lang == ctx.texts.language() {
            "  (in use)"
        } else {
            ""
        };
        crate::say!("  {lang}{marker}");
    }
    Ok(())
}

pub fn validate(global: &GlobalOptions, dirs: &[PathBuf]) -> Result<()> {
    let mut sources = Sources::default();
    for dir in dirs {
        sources.add_content_dir(dir).map_err(|d| Error::Invalid(vec![d]))?;
    }
    let ctx = context_with(global, sources)?;
    let report = checks::check_texts(&ctx.catalog, &ctx.texts);
    for w in &report.warnings {
        crate::say_err!("warning: {w}");
    }
    if !report.errors.is_empty() {
        return Err(Error::Invalid(report.errors));
    }
    let requirements: usize = ctx.catalog.questionnaires.iter().map(|q| q.requirements.len()).sum();
    let links: usize = ctx
        .catalog
        .mappings
        .iter()
        .flat_map(|m| &m.items)
        .map(|i| i.links.len())
        .sum();
    crate::say!(
        "OK: {} questionnaires ({requirements} requirements), {} scales, {} risk models, {} target profiles, {} mappings ({links} links), languages {}.",
        ctx.catalog.questionnaires.len(),
        ctx.catalog.scales.len(),
        ctx.catalog.risk_models.len(),
        ctx.catalog.profiles.len(),
        ctx.catalog.mappings.len(),
        ctx.texts
            .languages()
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}
