//! merge, compare, rollup.

use super::Context;
use super::args::PreferArg;
use crate::assessment::{Assessment, AssessmentFile, storage};
use crate::error::{Diagnostic, Error, Result};
use crate::export::xlsx::Paper;
use crate::teams::sources::Source;
use crate::teams::{compare_book, compare_words, merge, rollup};
use fluent_bundle::FluentValue;
use std::path::Path;
use unic_langid::LanguageIdentifier;

pub fn merge(ctx: &Context, a: &Path, b: &Path, output: &Path, prefer: Option<PreferArg>) -> Result<()> {
    let (x, y) = (storage::read(a, &ctx.catalog)?, storage::read(b, &ctx.catalog)?);
    let prefer = prefer.map(|p| match p {
        PreferArg::Newer => merge::Prefer::Newer,
        PreferArg::A => merge::Prefer::A,
        PreferArg::B => merge::Prefer::B,
    });
    let result = merge::merge(&x, &y, prefer);
    for c in &result.conflicts {
        let taken = match c.taken {
            Some("a") => format!(" -> {}", a.display()),
            Some(_) => format!(" -> {}", b.display()),
            None => String::new(),
        };
        crate::say_err!("conflict {} {}: A {} | B {}{taken}", c.kind, c.key, c.a, c.b);
    }
    if prefer.is_none() && !result.conflicts.is_empty() {
        return Err(Error::usage(format!(
            "{} conflicts (listed above); nothing was written. Choose how to resolve them with --prefer newer, --prefer a or --prefer b",
            result.conflicts.len()
        )));
    }
    // The merged file must hold together like any other.
    let text = storage::to_toml(&result.merged)?;
    storage::parse(output, &text, &ctx.catalog)?;
    AssessmentFile::create(output, &result.merged)?;
    crate::say!(
        "Wrote {}: {} answers only in A, {} only in B, {} the same in both, {} conflicts resolved.",
        output.display(),
        result.only_a,
        result.only_b,
        result.same,
        result.conflicts.len()
    );
    Ok(())
}

/// Select the language of a team workbook: `given` (--lang), else `assessment`'s; returns the
/// interface's language, to select again afterwards.
fn select_language(
    texts: &mut crate::i18n::Texts,
    given: Option<&LanguageIdentifier>,
    assessment: &Assessment,
) -> LanguageIdentifier {
    let interface = texts.language().clone();
    let language = given.cloned().or_else(|| assessment.assessment.language.parse().ok());
    texts.select(language.as_ref());
    interface
}

/// The paper for a workbook in the texts' language.
fn paper(texts: &crate::i18n::Texts) -> Paper {
    Paper::from_locale(Some(texts.language()), |v| std::env::var(v).ok())
}

/// `xlsx`: the workbook to write too, and whether it may replace an existing file; `lang`:
/// --lang when given (the workbook is written in it, else in the newer assessment's language).
/// The table in the terminal speaks the interface's language; `--json` keeps the ids.
pub fn compare(
    ctx: &mut Context,
    lang: Option<LanguageIdentifier>,
    (old, new): (&Path, &Path),
    json: bool,
    xlsx: Option<(&Path, bool)>,
) -> Result<()> {
    let (o, n) = (storage::read(old, &ctx.catalog)?, storage::read(new, &ctx.catalog)?);
    if let Some((out, force)) = xlsx {
        crate::output::allow(out, &[old, new], force)?;
    }
    let changes = crate::teams::compare::compare(&o, &n, &ctx.catalog);
    if json {
        let text = serde_json::to_string_pretty(&changes).map_err(|e| Error::usage(e.to_string()))?;
        crate::text_safety::print_exact(&format!("{text}\n"));
    } else {
        crate::say!(
            "{}",
            ctx.texts
                .ui_with("compare-summary", &[("count", FluentValue::from(changes.len()))])
        );
        for line in compare_words::table_lines(&ctx.catalog, &ctx.texts, &changes) {
            crate::say!("{line}");
        }
    }
    if let Some((out, _)) = xlsx {
        let (old_source, new_source) = (Source::of(old, &o), Source::of(new, &n));
        let files = compare_book::Compared {
            old: (&old_source, &o),
            new: (&new_source, &n),
        };
        let interface = select_language(&mut ctx.texts, lang.as_ref(), &n);
        let bytes = compare_book::render(&files, &changes, &ctx.catalog, &ctx.texts, paper(&ctx.texts));
        ctx.texts.select(Some(&interface));
        storage::write_durably(out, &bytes?)?;
        crate::say!("Wrote {}.", out.display());
    }
    Ok(())
}

/// `lang`: --lang when given; the workbook is written in it, else in the first assessment's language.
pub fn rollup(
    ctx: &mut Context,
    lang: Option<LanguageIdentifier>,
    files: &[std::path::PathBuf],
    output: &Path,
    force: bool,
) -> Result<()> {
    let inputs: Vec<&Path> = files.iter().map(|f| f.as_path()).collect();
    crate::output::allow(output, &inputs, force)?;
    let mut assessments = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    for f in files {
        match storage::read(f, &ctx.catalog) {
            Ok(a) => assessments.push((Source::of(f, &a), a)),
            Err(Error::Invalid(mut d)) => problems.append(&mut d),
            Err(e) => return Err(e),
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let Some((_, first)) = assessments.first() else {
        return Err(Error::usage("rollup needs at least one assessment file".to_string()));
    };
    let interface = select_language(&mut ctx.texts, lang.as_ref(), first);
    let bytes = rollup::render(&assessments, &ctx.catalog, &ctx.texts, paper(&ctx.texts));
    ctx.texts.select(Some(&interface));
    storage::write_durably(output, &bytes?)?;
    crate::say!("Wrote {} ({} sites).", output.display(), assessments.len());
    Ok(())
}
