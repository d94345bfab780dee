//! `spec`: the cyber security requirements specification of each system (62443-3-2 ZCR 6) as a
//! workbook or Markdown, and `spec --approve`: its approval (ZCR 7), saved like every edit.

use super::Context;
use super::args::SpecArgs;
use crate::assessment::approval::parse_date;
use crate::assessment::storage::{self, write_durably};
use crate::error::{Error, Result};
use crate::spec;
use std::path::Path;

/// What the output's name asks for.
pub(super) enum Kind {
    Xlsx,
    Markdown,
}

/// The kind of `output` by its extension; `what` names the document in the refusal.
pub(super) fn kind(output: &Path, what: &str) -> Result<Kind> {
    match output
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("xlsx") => Ok(Kind::Xlsx),
        Some("md") => Ok(Kind::Markdown),
        _ => Err(Error::usage(format!(
            "{}: {what} is written as a workbook (.xlsx) or Markdown (.md); name the file so",
            output.display()
        ))),
    }
}

/// `lang_given`: --lang was given, and the specification is written in it rather than in the
/// assessment's language.
pub fn spec(ctx: &mut Context, lang_given: bool, args: SpecArgs) -> Result<()> {
    // Everything that can be refused is refused before the file is touched.
    if let Some(out) = &args.output {
        crate::output::allow(out, &[&args.file], args.force)?;
    }
    let kind = args
        .output
        .as_deref()
        .map(|o| kind(o, "the specification"))
        .transpose()?;
    // The zone diagrams a Markdown specification links to are outputs too, checked with it.
    let pictures = match (&args.output, &kind) {
        (Some(out), Some(Kind::Markdown)) => {
            let a = storage::read(&args.file, &ctx.catalog)?;
            let paths = spec::picture::paths(&a, args.system.as_deref(), out);
            for p in paths.iter().flatten() {
                crate::output::allow(p, &[&args.file], args.force)?;
            }
            paths
        }
        _ => Vec::new(),
    };
    if args.approve {
        let date = match &args.date {
            Some(d) => parse_date(d).map_err(Error::usage)?,
            None => jiff::Zoned::now().date(),
        };
        let Context { catalog, texts, .. } = ctx;
        super::edit::edit_with(catalog, &args.file, |a| {
            spec::approve(
                a,
                catalog,
                texts,
                args.system.as_deref(),
                args.by.as_deref().unwrap_or_default(),
                args.role.as_deref().unwrap_or_default(),
                date,
                args.note.as_deref().unwrap_or_default(),
            )
        })?;
    }
    let (Some(out), Some(kind)) = (&args.output, kind) else {
        return Ok(());
    };
    let a = storage::read(&args.file, &ctx.catalog)?;
    let spec = spec::build(&a, &ctx.catalog, args.system.as_deref())?;
    let (bytes, svgs) = super::in_output_language(&mut ctx.texts, lang_given, &a.assessment.language, |texts| {
        let digests = spec::digests(&spec, texts);
        let links: Vec<Option<String>> = pictures.iter().map(|p| p.as_deref().map(spec::picture::link)).collect();
        let svgs = spec::picture::svgs(&spec, texts, &pictures);
        let bytes = match kind {
            Kind::Markdown => Ok(spec::markdown::render(&spec, texts, &digests, &links).into_bytes()),
            Kind::Xlsx => spec::xlsx::render(&spec, texts, &digests),
        };
        (bytes, svgs)
    });
    let bytes = bytes?;
    for (path, svg) in &svgs {
        write_durably(path, svg.as_bytes())?;
        crate::say!("Wrote {}.", path.display());
    }
    write_durably(out, &bytes)?;
    crate::say!("Wrote {}.", out.display());
    Ok(())
}
