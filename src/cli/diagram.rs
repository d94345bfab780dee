//! `diagram`: the zone model as a picture, SVG laid out by the tool or Graphviz DOT to restyle,
//! in the assessment's language (or --lang); to standard output without -o.

use super::Context;
use super::args::{DiagramArgs, DiagramFormat};
use crate::assessment::storage::{self, write_durably};
use crate::diagram::{Diagram, dot, svg, words::Words};
use crate::error::{Error, Result};
use std::path::Path;

pub fn diagram(ctx: &mut Context, lang_given: bool, args: DiagramArgs) -> Result<()> {
    if let Some(out) = &args.output {
        crate::output::allow(out, &[&args.file], args.force)?;
    }
    let format = format_of(args.format, args.output.as_deref())?;
    let a = storage::read(&args.file, &ctx.catalog)?;
    let score = crate::scoring::score(&a, &ctx.catalog);
    let diagram = Diagram::build(&a, &score);
    if diagram.zones.is_empty() {
        return Err(Error::usage(format!(
            "{}: the assessment has no zones, so there is nothing to draw; add them with `zone add` or \
             on the zones screen (nothing written)",
            args.file.display()
        )));
    }
    let today = jiff::Zoned::now().date().to_string();
    let words = super::in_output_language(&mut ctx.texts, lang_given, &a.assessment.language, |texts| {
        Words::new(texts, &a.assessment.title, &today)
    });
    let text = match format {
        DiagramFormat::Svg => svg::render(&diagram, &words),
        DiagramFormat::Dot => dot::render(&diagram, &words),
    };
    match &args.output {
        Some(out) => {
            write_durably(out, text.as_bytes())?;
            crate::say!("Wrote {}.", out.display());
        }
        None => crate::text_safety::print_exact(&text),
    }
    Ok(())
}

/// The format asked for: --format, else OUT's extension (.svg; .dot or .gv); a known extension
/// that contradicts --format is refused rather than written in the other format.
fn format_of(given: Option<DiagramFormat>, output: Option<&Path>) -> Result<DiagramFormat> {
    let named = output.map(|out| {
        let extension = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        let format = match extension.as_deref() {
            Some("svg") => Some(DiagramFormat::Svg),
            Some("dot" | "gv") => Some(DiagramFormat::Dot),
            _ => None,
        };
        (out, format)
    });
    match (given, named) {
        (Some(f), Some((out, Some(n)))) if f != n => Err(Error::usage(format!(
            "{}: the name says {} but --format says {}; make them agree",
            out.display(),
            name(n),
            name(f)
        ))),
        (Some(f), _) => Ok(f),
        (None, Some((_, Some(n)))) => Ok(n),
        (None, Some((out, None))) => Err(Error::usage(format!(
            "{}: the diagram is written as SVG or Graphviz DOT; name the file .svg or .dot, or say \
             --format svg or --format dot",
            out.display()
        ))),
        (None, None) => Err(Error::usage(
            "say --format svg or --format dot to print the diagram, or -o FILE.svg to write it".to_string(),
        )),
    }
}

fn name(format: DiagramFormat) -> &'static str {
    match format {
        DiagramFormat::Svg => "svg",
        DiagramFormat::Dot => "dot",
    }
}
