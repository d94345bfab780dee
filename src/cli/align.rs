//! `align`: what the answers say about a regulation or framework (NIS2, NIST CSF 2.0, the CRA, an
//! organisation's own mapping), as text or JSON (docs/alignment.md). Without `--to`, one line per
//! mapping.

use super::Context;
use crate::alignment::{self, Alignment, ItemAlignment, words};
use crate::assessment::storage;
use crate::catalog::{Catalog, Mapping};
use crate::error::{Error, Result};
use crate::i18n::Texts;
use fluent_bundle::FluentValue;
use std::path::Path;

pub fn align(ctx: &Context, file: &Path, to: Option<&str>, json: bool, why: bool) -> Result<()> {
    let a = storage::read(file, &ctx.catalog)?;
    let score = crate::scoring::score(&a, &ctx.catalog);
    let mappings: Vec<&Mapping> = match to {
        Some(id) => vec![find(&ctx.catalog, &ctx.texts, id)?],
        None if ctx.catalog.mappings.is_empty() => return Err(Error::usage(ctx.texts.ui("align-no-mappings"))),
        // Those that concern the assessment first, in the order of the screen and the workbook.
        None => {
            let mut all = crate::alignment::relevant(&a, &ctx.catalog);
            let shown = |m: &Mapping| all.iter().any(|x| std::ptr::eq(*x, m));
            let rest: Vec<&Mapping> = ctx.catalog.mappings.iter().filter(|m| !shown(m)).collect();
            all.extend(rest);
            all
        }
    };
    let results: Vec<Alignment> = mappings
        .iter()
        .map(|m| alignment::align(&a, &ctx.catalog, &score, m))
        .collect();
    if json {
        let text = match results.as_slice() {
            [one] => serde_json::to_string_pretty(one),
            all => serde_json::to_string_pretty(all),
        }
        .map_err(|e| Error::usage(e.to_string()))?;
        crate::text_safety::print_exact(&format!("{text}\n"));
        return Ok(());
    }
    let text = if to.is_some() {
        alignment_text(&ctx.catalog, &ctx.texts, mappings[0], &results[0], why)
    } else {
        overview_text(&ctx.texts, &mappings, &results)
    };
    crate::text_safety::print_out(&text);
    Ok(())
}

/// The mapping `id` (ids are lowercase: "NIS2" finds nis2), or a usage error (exit 2) that lists
/// the mappings there are.
fn find<'c>(catalog: &'c Catalog, texts: &Texts, id: &str) -> Result<&'c Mapping> {
    catalog.mapping(&id.to_ascii_lowercase()).ok_or_else(|| {
        let known: Vec<&str> = catalog.mappings.iter().map(|m| m.id.as_str()).collect();
        Error::usage(texts.ui_with(
            "align-unknown-mapping",
            &[
                ("id", FluentValue::from(id)),
                ("known", FluentValue::from(known.join(", "))),
            ],
        ))
    })
}

fn overview_text(texts: &Texts, mappings: &[&Mapping], results: &[Alignment]) -> String {
    let mut out = String::new();
    for (m, result) in mappings.iter().zip(results) {
        out.push_str(&format!(
            "{} ({}, --to {})\n  {}\n",
            words::mapping_title(texts, m),
            m.reference,
            m.id,
            words::summary_line(texts, result)
        ));
    }
    out
}

fn alignment_text(catalog: &Catalog, texts: &Texts, m: &Mapping, result: &Alignment, why: bool) -> String {
    let mut out = format!(
        "{}: {}\n{}\n{}\n",
        words::mapping_title(texts, m),
        result.title,
        m.reference,
        words::summary_line(texts, result)
    );
    if !result.outside.is_empty() {
        let list: Vec<&str> = result
            .outside
            .iter()
            .map(|q| catalog.questionnaire(q).map_or(q.as_str(), |q| q.standard.as_str()))
            .collect();
        out.push_str(&texts.ui_with("align-outside", &[("list", FluentValue::from(list.join(", ")))]));
        out.push('\n');
    }
    out.push_str(&texts.ui("align-rule"));
    out.push('\n');
    for item in &result.items {
        out.push('\n');
        item_text(&mut out, catalog, texts, m, item, why);
    }
    out
}

fn item_text(out: &mut String, catalog: &Catalog, texts: &Texts, m: &Mapping, item: &ItemAlignment, why: bool) {
    let indent = "  ".repeat(item.depth);
    out.push_str(&format!("{indent}{}\n", words::item_heading(texts, m, &item.item)));
    if let Some(tally) = &item.tally {
        let short = words::tally_short(texts, tally);
        if !short.is_empty() {
            out.push_str(&format!("{indent}  {short}\n"));
        }
        return;
    }
    let Some(verdict) = item.verdict else { return };
    let counts = words::counts(texts, item);
    if counts.is_empty() {
        out.push_str(&format!("{indent}  => {}\n", words::verdict(texts, verdict)));
    } else {
        out.push_str(&format!("{indent}  => {} ({counts})\n", words::verdict(texts, verdict)));
    }
    for link in &item.links {
        out.push_str(&format!(
            "{indent}  {}  {}\n{indent}      {}\n",
            words::requirement_label(catalog, link),
            words::requirement_title(catalog, texts, link),
            words::link_facts(texts, m, link),
        ));
        if why && let Some(text) = words::rationale(texts, m, &item.item, link).filter(|t| !t.is_empty()) {
            out.push_str(&format!("{indent}      {}{text}\n", texts.label("align-why")));
        }
    }
}
