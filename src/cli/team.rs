//! merge, compare, rollup.

use super::Context;
use super::args::PreferArg;
use crate::assessment::{AssessmentFile, storage};
use crate::error::{Diagnostic, Error, Result};
use crate::teams::{compare::Direction, merge, rollup};
use fluent_bundle::FluentValue;
use std::path::Path;

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

/// `xlsx`: the workbook to write too, and whether it may replace an existing file.
pub fn compare(ctx: &Context, old: &Path, new: &Path, json: bool, xlsx: Option<(&Path, bool)>) -> Result<()> {
    let (o, n) = (storage::read(old, &ctx.catalog)?, storage::read(new, &ctx.catalog)?);
    if let Some((out, force)) = xlsx {
        crate::output::allow(out, &[old, new], force)?;
    }
    let xlsx = xlsx.map(|(out, _)| out);
    let changes = crate::teams::compare::compare(&o, &n, &ctx.catalog);
    let direction = |d: Direction| {
        ctx.texts.ui(match d {
            Direction::Up => "compare-up",
            Direction::Down => "compare-down",
            Direction::Changed => "compare-changed",
            Direction::New => "compare-new",
            Direction::Removed => "compare-removed",
            Direction::GapClosed => "compare-gap-closed",
            Direction::GapNew => "compare-gap-new",
            Direction::Opened => "compare-opened",
            Direction::Closed => "compare-closed",
            Direction::Slipped => "compare-slipped",
        })
    };
    if json {
        let text = serde_json::to_string_pretty(&changes).map_err(|e| Error::usage(e.to_string()))?;
        crate::text_safety::print_exact(&format!("{text}\n"));
    } else {
        crate::say!(
            "{}",
            ctx.texts
                .ui_with("compare-summary", &[("count", FluentValue::from(changes.len()))])
        );
        for c in &changes {
            let place = match &c.target {
                Some(t) if c.questionnaire.is_empty() => t.clone(),
                Some(t) => format!("{} / {t}", c.questionnaire),
                None => c.questionnaire.clone(),
            };
            let title = c.title.as_deref().map(|t| format!("  {t}")).unwrap_or_default();
            crate::say!(
                "  {:<14} {:<26} {:<16} {:>6} -> {:<6} {}{title}",
                c.area,
                place,
                c.item,
                c.old,
                c.new,
                direction(c.direction)
            );
        }
    }
    if let Some(out) = xlsx {
        use rust_xlsxwriter::{Format, Workbook};
        let fail = crate::export::xlsx::fail;
        let mut wb = Workbook::new();
        let mut taken = Vec::new();
        let mut long = crate::export::xlsx::long_text::LongTexts::new(&ctx.texts, &mut taken);
        let ws = wb.add_worksheet();
        ws.set_name(crate::export::xlsx::sheet_name(
            &ctx.texts.ui("compare-sheet"),
            &mut taken,
        ))
        .map_err(fail)?;
        let header = Format::new()
            .set_bold()
            .set_background_color("#1F4E79")
            .set_font_color("#FFFFFF");
        let heads = [
            "compare-col-area",
            "col-questionnaire",
            "col-target-zone",
            "col-requirement",
            "compare-col-old",
            "compare-col-new",
            "compare-col-change",
            "col-title",
        ];
        for (i, h) in heads.iter().enumerate() {
            ws.write_string_with_format(0, i as u16, ctx.texts.ui(h), &header)
                .map_err(fail)?;
            ws.set_column_width(i as u16, 18).map_err(fail)?;
        }
        for (row, c) in (1u32..).zip(&changes) {
            let cells = [
                c.area.to_string(),
                c.questionnaire.clone(),
                c.target.clone().unwrap_or_default(),
                c.item.clone(),
                c.old.clone(),
                c.new.clone(),
                direction(c.direction),
                c.title.clone().unwrap_or_default(),
            ];
            for (i, v) in cells.iter().enumerate() {
                long.write(ws, row, i as u16, v, None)?;
            }
        }
        ws.autofilter(0, 0, changes.len().max(1) as u32, 7).map_err(fail)?;
        ws.set_freeze_panes(1, 0).map_err(fail)?;
        long.finish(&mut wb)?;
        let bytes = wb.save_to_buffer().map_err(fail)?;
        storage::write_durably(out, &bytes)?;
        crate::say!("Wrote {}.", out.display());
    }
    Ok(())
}

pub fn rollup(ctx: &Context, files: &[std::path::PathBuf], output: &Path, force: bool) -> Result<()> {
    let inputs: Vec<&Path> = files.iter().map(|f| f.as_path()).collect();
    crate::output::allow(output, &inputs, force)?;
    let mut assessments = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    for f in files {
        match storage::read(f, &ctx.catalog) {
            Ok(a) => assessments.push(a),
            Err(Error::Invalid(mut d)) => problems.append(&mut d),
            Err(e) => return Err(e),
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let bytes = rollup::render(&assessments, &ctx.catalog, &ctx.texts)?;
    storage::write_durably(output, &bytes)?;
    crate::say!("Wrote {} ({} sites).", output.display(), assessments.len());
    Ok(())
}
