//! The risk matrices of the executive summary: likelihood (rows, the highest on top) against
//! impact (columns, the lowest on the left) on the assessment's own risk model, once for the risk
//! before countermeasures and once for the residual risk. Each cell has the colour of the model's
//! risk level there and names the scenarios in it (or counts them when there are many); a legend
//! of the levels follows.

use super::{Book, fail};
use crate::assessment::Assessment;
use crate::catalog::risk_model::RiskModel;
use crate::error::Result;
use crate::i18n::Texts;
use crate::scoring::risk::Rating;
use fluent_bundle::FluentValue;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet};

use super::executive::{WIDTH, height_at, lines_at};

/// A cell names its scenarios up to this many, and counts them beyond.
const NAMED: usize = 6;

/// Fill colours from the lowest risk level to the highest (light enough for black text on paper):
/// green, yellow-green, yellow, orange, red, purple, as the terminal's heat map.
const FILLS: [&str; 6] = ["#A9D08E", "#D9E98A", "#FFE699", "#F8B77A", "#F07A78", "#C39BD3"];

/// The fill of risk level `index` of `levels`, spread over the palette as the terminal does.
pub fn fill(index: usize, levels: usize) -> &'static str {
    let shades = if levels <= 5 { 5 } else { 6 };
    let at = match levels {
        0 | 1 => 0,
        n => index.min(n - 1) * (shades - 1) / (n - 1),
    };
    FILLS[at.min(FILLS.len() - 1)]
}

/// Both matrices one below the other from (`top`, `col`), then the legend; returns the last row
/// written. The labels of the rows take two columns of the grid, each impact one.
pub fn matrices(
    ws: &mut Worksheet,
    top: u32,
    col: u16,
    a: &Assessment,
    model: &RiskModel,
    texts: &Texts,
    s: &Book,
) -> Result<u32> {
    let mut row = matrix(ws, top, col, a, model, Rating::Unmitigated, texts, s)?;
    row = matrix(ws, row + 1, col, a, model, Rating::Residual, texts, s)?;
    legend(ws, row + 1, col, model, texts, s)
}

/// The matrices are set a size smaller than the text (9 points), so that the labels of a
/// language with long words ("Vernachlässigbar") fit their columns.
fn border(f: Format) -> Format {
    f.set_font_size(SIZE)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top)
}

/// One matrix from `top`: its title, the impact labels, one row per likelihood level. Returns the
/// row after it.
#[allow(clippy::too_many_arguments)]
fn matrix(
    ws: &mut Worksheet,
    top: u32,
    col: u16,
    a: &Assessment,
    model: &RiskModel,
    rating: Rating,
    texts: &Texts,
    s: &Book,
) -> Result<u32> {
    let domain = format!("risk-{}", model.id);
    let impacts = &model.impact.levels;
    let likelihoods = &model.likelihood.levels;
    let title = match rating {
        Rating::Unmitigated => texts.ui("exec-matrix-inherent"),
        Rating::Residual => texts.ui("exec-matrix-residual"),
    };
    let bold = Format::new().set_bold().set_align(FormatAlign::Top);
    let last = col + 1 + impacts.len() as u16;
    ws.merge_range(top, col, top, last, "", &bold).map_err(fail)?;
    s.text(ws, top, col, &title, &bold)?;
    let label = border(Format::new().set_background_color("#F2F2F2"));
    let corner = texts.ui("exec-matrix-corner");
    label_cell(ws, top + 1, col, &corner, &label, s)?;
    let mut tallest = lines(&corner, 2.0 * WIDTH);
    for (i, impact) in impacts.iter().enumerate() {
        let text = texts.get(&domain, &format!("impact-{impact}"), Some("label"));
        tallest = tallest.max(lines(&text, WIDTH));
        s.text(ws, top + 1, col + 2 + i as u16, &text, &label)?;
    }
    height(ws, top + 1, tallest)?;
    let levels = model.risk_levels.len();
    for (r, likelihood) in likelihoods.iter().enumerate().rev() {
        let row = top + 2 + (likelihoods.len() - 1 - r) as u32;
        let text = texts.get(&domain, &format!("likelihood-{likelihood}"), Some("label"));
        label_cell(ws, row, col, &text, &label, s)?;
        let mut tallest = lines(&text, 2.0 * WIDTH);
        for i in 0..impacts.len() {
            let (l, im) = (r as u8 + 1, i as u8 + 1);
            let ids: Vec<&str> = a
                .scenarios
                .iter()
                .filter(|sc| rating.cell(sc) == Some((l, im)))
                .map(|sc| sc.id.as_str())
                .collect();
            let text = if ids.len() > NAMED {
                texts.ui_with("exec-matrix-count", &[("count", FluentValue::from(ids.len()))])
            } else {
                // Two ids a line: a line break of the spreadsheet program's own would fall
                // inside an id ("S-\n06").
                let lines: Vec<String> = ids.chunks(2).map(|pair| pair.join(", ")).collect();
                lines.join(",\n")
            };
            let colour = model
                .risk_level(l, im)
                .and_then(|x| model.risk_rank(&x.id))
                .map(|rank| fill(rank, levels))
                .unwrap_or("#FFFFFF");
            let mut f = border(Format::new().set_background_color(colour));
            if !ids.is_empty() {
                f = f.set_bold();
            }
            s.text(ws, row, col + 2 + i as u16, &text, &f)?;
            tallest = tallest.max(lines(&text, WIDTH));
        }
        // At least a line and a half, so that the grid looks like one.
        ws.set_row_height(row, height_at(tallest, SIZE, 22.0)).map_err(fail)?;
    }
    Ok(top + 2 + likelihoods.len() as u32)
}

/// The levels of the model in their colours, tolerable ones said so; returns its last row.
fn legend(ws: &mut Worksheet, row: u32, col: u16, model: &RiskModel, texts: &Texts, s: &Book) -> Result<u32> {
    let domain = format!("risk-{}", model.id);
    label_cell(
        ws,
        row,
        col,
        &texts.ui("exec-matrix-legend"),
        &Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top),
        s,
    )?;
    let mut tallest = 1;
    let levels = model.risk_levels.len();
    for (i, level) in model.risk_levels.iter().enumerate() {
        let mut text = texts.get(&domain, &format!("risk-{}", level.id), Some("label"));
        if level.tolerable {
            text = format!("{text} ({})", texts.ui("risk-tolerable"));
        }
        tallest = tallest.max(lines(&text, WIDTH));
        let f = border(Format::new().set_background_color(fill(i, levels)));
        s.text(ws, row, col + 2 + i as u16, &text, &f)?;
    }
    height(ws, row, tallest)?;
    Ok(row)
}

/// A label across the two columns at `col`.
fn label_cell(ws: &mut Worksheet, row: u32, col: u16, text: &str, format: &Format, s: &Book) -> Result<()> {
    ws.merge_range(row, col, row, col + 1, "", format).map_err(fail)?;
    s.text(ws, row, col, text, format)
}

fn height(ws: &mut Worksheet, row: u32, lines: usize) -> Result<()> {
    ws.set_row_height(row, height_at(lines, SIZE, 15.0)).map_err(fail)?;
    Ok(())
}

/// The matrices' text size.
const SIZE: f64 = 9.0;

fn lines(text: &str, width: f64) -> usize {
    lines_at(text, width, SIZE)
}
