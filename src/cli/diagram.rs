//! `diagram`: the zone model as a picture, SVG laid out by the tool or Graphviz DOT to restyle,
//! in the assessment's language (or --lang); to standard output without -o.

use super::Context;
use super::args::{DiagramArgs, DiagramFormat};
use crate::assessment::storage::{self, write_durably};
use crate::diagram::{Diagram, dot, svg, words::Words};
use crate::error::{Error, Result};

pub fn diagram(ctx: &mut Context, lang_given: bool, args: DiagramArgs) -> Result<()> {
    if let Some(out) = &args.output {
        crate::output::allow(out, &[&args.file], args.force)?;
    }
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, Some(out)) => match out
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("svg") => DiagramFormat::Svg,
            Some("dot" | "gv") => DiagramFormat::Dot,
            _ => {
                return Err(Error::usage(format!(
                    "{}: say --format svg or --format dot (or name the file .svg or .dot)",
                    out.display()
                )));
            }
        },
        (None, None) => return Err(Error::usage("say --format svg or --format dot".to_string())),
    };
    let a = storage::read(&args.file, &ctx.catalog)?;
    let score = crate::scoring::score(&a, &ctx.catalog);
    let diagram = Diagram::build(&a, &score);
    let texts = &mut ctx.texts;
    let interface = texts.language().clone();
    if !lang_given {
        texts.select(a.assessment.language.parse().ok().as_ref());
    }
    let today = jiff::Zoned::now().date().to_string();
    let words = Words::new(texts, &a.assessment.title, &today);
    texts.select(Some(&interface));
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
