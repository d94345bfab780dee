//! The specification as a workbook: one sheet per system (particulars, risk model, zones and
//! conduits, SL-T with reasons, threat scenarios, countermeasures, approval) and one sheet of the
//! requirements every zone and conduit must meet. A system's zone diagram is a picture on a page of
//! its own at the start of its section 2 (`export::xlsx::diagram`). Formats, sheet names and long texts are the
//! customer workbook's (`export::xlsx`). Every sheet prints landscape on A4, one page wide; rows
//! are given the height their wrapped text needs (LibreOffice does not grow them).

use super::markdown::{approval_lines, boundary, model_lines, reasons, requirement_title, risk_texts};
use super::{PartKind, Specification, State, SystemSpec};
use crate::assessment::FR_NAMES;
use crate::error::Result;
use crate::export::xlsx::diagram::Picture;
use crate::export::xlsx::{Book, Pages, Paper, book, classification, fail, header, pixels, text_lines, vector};
use crate::i18n::Texts;
use rust_xlsxwriter::{Format, FormatBorder, Workbook, Worksheet};

/// Widths of the system sheet's six columns.
const WIDTHS: [f64; 6] = [14.0, 26.0, 22.0, 56.0, 22.0, 36.0];

/// A row of cells on a sheet whose columns are `widths`: each cell is (first column, last column,
/// text); a cell over several columns is merged. The row is made as tall as its longest text.
pub(crate) fn cells(
    ws: &mut Worksheet,
    s: &Book,
    widths: &[f64],
    row: u32,
    cells: &[(u16, u16, &str, &Format)],
) -> Result<()> {
    let mut tallest = 1;
    for &(first, last, text, format) in cells {
        if last > first {
            ws.merge_range(row, first, row, last, "", format).map_err(fail)?;
        }
        s.text(ws, row, first, text, format)?;
        let width: f64 = widths[usize::from(first)..=usize::from(last)].iter().sum();
        tallest = tallest.max(text_lines(text, width));
    }
    ws.set_row_height(row, 15.0 * tallest as f64).map_err(fail)?;
    Ok(())
}

/// The bytes of the workbook; `digests` are those of [`super::digests`], one per system.
pub fn render(spec: &Specification, texts: &Texts, digests: &[String]) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let mut taken = Vec::new();
    let marking = classification(spec.classification, texts);
    let paper = Paper::from_locale(Some(texts.language()), |v| std::env::var(v).ok());
    let s = book(texts, &mut taken, Pages::new(spec.title, &marking, paper, texts));
    for (system, digest) in spec.systems.iter().zip(digests) {
        system_sheet(&mut wb, &mut taken, spec, system, digest, texts, &s)?;
    }
    requirements_sheet(&mut wb, &mut taken, spec, texts, &s)?;
    s.finish(&mut wb)?;
    wb.save_to_buffer().map_err(fail)
}

/// The system sheet as it is written, row by row.
struct Rows<'w, 'b> {
    ws: &'w mut Worksheet,
    s: &'w Book<'b>,
    section: Format,
    row: u32,
    /// The rows that start a new page.
    breaks: Vec<u32>,
}

impl Rows<'_, '_> {
    /// One row of cells (first column, last column, text, format); then the next row.
    fn put(&mut self, row: &[(u16, u16, &str, &Format)]) -> Result<()> {
        cells(self.ws, self.s, &WIDTHS, self.row, row)?;
        self.row += 1;
        Ok(())
    }

    /// A text over the whole width.
    fn line(&mut self, text: &str, format: &Format) -> Result<()> {
        self.put(&[(0, 5, text, format)])
    }

    /// A numbered section's heading, after an empty row.
    fn section(&mut self, number: u8, title: &str) -> Result<()> {
        self.row += 1;
        let format = self.section.clone();
        self.line(&format!("{number}. {title}"), &format)
    }

    /// Label and value rows.
    fn fields(&mut self, rows: &[(String, String)]) -> Result<()> {
        let (header, wrap) = (self.s.header.clone(), self.s.wrap.clone());
        for (label, value) in rows {
            self.put(&[(0, 1, label, &header), (2, 5, value, &wrap)])?;
        }
        Ok(())
    }

    /// A header row of single columns.
    fn heads(&mut self, heads: &[String]) -> Result<()> {
        let header = self.s.header.clone();
        let row: Vec<(u16, u16, &str, &Format)> =
            (0u16..).zip(heads).map(|(i, h)| (i, i, h.as_str(), &header)).collect();
        self.put(&row)
    }
}

fn system_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    spec: &Specification,
    system: &SystemSpec,
    digest: &str,
    texts: &Texts,
    s: &Book,
) -> Result<()> {
    let ws = crate::export::xlsx::add_sheet(wb, taken, &system.system.id)?;
    s.pages.page_with_breaks(ws, &WIDTHS);
    for (i, w) in WIDTHS.iter().enumerate() {
        ws.set_column_width(i as u16, *w).map_err(fail)?;
    }
    let sys = system.system;
    let mut out = Rows {
        ws,
        s,
        section: Format::new().set_bold().set_font_size(12),
        row: 0,
        breaks: Vec::new(),
    };
    out.line(
        &format!("{}: {} ({})", texts.ui("spec-title"), sys.name, sys.id),
        &s.title,
    )?;
    out.ws.set_row_height(0, 24).map_err(fail)?;
    out.row += 1;
    let description = if sys.description.trim().is_empty() {
        texts.ui("spec-no-description")
    } else {
        sys.description.clone()
    };
    out.fields(&[
        (texts.ui("field-organisation"), spec.organisation.to_string()),
        (texts.ui("field-site"), spec.site.to_string()),
        (texts.ui("spec-date"), spec.date.clone()),
        (texts.ui("spec-col-system"), format!("{} ({})", sys.name, sys.id)),
        (texts.ui("spec-description"), description),
    ])?;

    out.section(1, &texts.ui("spec-risk-model"))?;
    out.fields(&model_lines(spec, texts))?;

    // The zone diagram on a page of its own under the section's heading, the table from the next.
    let picture = Picture::of(&system.diagram, &super::picture::words(spec, system, texts));
    if picture.is_some() {
        out.breaks.push(out.row + 1);
    }
    out.section(2, &texts.ui("spec-zones"))?;
    if let Some(picture) = picture {
        let (width, height) = s.pages.printable_pixels(s.pages.scale_to_width(&WIDTHS));
        // Room for the heading above it; no wider than the columns that print.
        let room = (width.min(f64::from(pixels(WIDTHS))), height - 30.0);
        let (rows, _) = picture.place(out.ws, (out.row, &WIDTHS), room, s, texts)?;
        out.row += rows;
        out.breaks.push(out.row);
    }
    let heads = [
        texts.ui("col-id"),
        texts.ui("col-name"),
        texts.ui("spec-boundary"),
        texts.ui("spec-description"),
        texts.ui("spec-assets"),
    ];
    out.put(&[
        (0, 0, &heads[0], &s.header),
        (1, 1, &heads[1], &s.header),
        (2, 2, &heads[2], &s.header),
        (3, 4, &heads[3], &s.header),
        (5, 5, &heads[4], &s.header),
    ])?;
    for p in &system.parts {
        let assets = match p.kind {
            PartKind::Zone { assets } => assets.join("\n"),
            PartKind::Conduit { .. } => String::new(),
        };
        out.put(&[
            (0, 0, p.id, &s.wrap),
            (1, 1, p.name, &s.wrap),
            (2, 2, &boundary(&p.kind, texts), &s.wrap),
            (3, 4, p.description, &s.wrap),
            (5, 5, &assets, &s.wrap),
        ])?;
    }

    out.section(3, &texts.ui("spec-sl-t"))?;
    let sl_head = format!("SL-T {}", FR_NAMES.join(" "));
    out.put(&[
        (0, 0, &texts.ui("col-id"), &s.header),
        (1, 1, &sl_head, &s.header),
        (2, 5, &texts.ui("col-sl-t-reasons"), &s.header),
    ])?;
    for p in &system.parts {
        let v = p.sl_t.as_ref().map(|t| vector(&t.vector)).unwrap_or_default();
        let unassessed = p.sl_t.as_ref().is_some_and(|t| !t.unassessed.is_empty());
        let why = reasons(spec, p, texts).join("\n");
        out.put(&[
            (0, 0, p.id, &s.wrap),
            (1, 1, &v, &s.wrap),
            (2, 5, &why, if unassessed { &s.warn } else { &s.wrap }),
        ])?;
    }

    out.section(4, &texts.ui("spec-scenarios"))?;
    if system.scenarios.is_empty() {
        out.line(&texts.ui("spec-no-scenarios"), &s.wrap)?;
    } else {
        out.heads(&[
            texts.ui("col-id"),
            texts.ui("col-target-zone"),
            texts.ui("col-risk"),
            texts.ui("col-threat"),
            texts.ui("col-residual"),
            texts.ui("col-countermeasures"),
        ])?;
        let tolerable = |t: Option<bool>| match t {
            Some(true) => &s.good,
            Some(false) => &s.bad,
            None => &s.wrap,
        };
        for (sc, risk) in &system.scenarios {
            let (unmitigated, residual) = risk_texts(spec, texts, risk.as_ref());
            let threat = if sc.description.trim().is_empty() {
                sc.threat.clone()
            } else {
                format!("{}\n{}", sc.threat, sc.description)
            };
            out.put(&[
                (0, 0, &sc.id, &s.wrap),
                (1, 1, &sc.target, &s.wrap),
                (
                    2,
                    2,
                    &unmitigated,
                    tolerable(risk.as_ref().map(|r| r.unmitigated_tolerable)),
                ),
                (3, 3, &threat, &s.wrap),
                (
                    4,
                    4,
                    &residual,
                    tolerable(risk.as_ref().and_then(|r| r.residual_tolerable)),
                ),
                (5, 5, &sc.countermeasures, &s.wrap),
            ])?;
        }
    }

    out.section(5, &texts.ui("spec-requirements"))?;
    let see = format!(
        "{} {}",
        texts.ui("spec-requirements-intro"),
        texts.ui_with("spec-see-sheet", &[("sheet", sheet_requirements_name(texts).into())])
    );
    out.line(&see, &s.wrap)?;

    out.section(6, &texts.ui("spec-countermeasures"))?;
    if system.countermeasures.is_empty() {
        out.line(&texts.ui("spec-no-countermeasures"), &s.wrap)?;
    } else {
        out.put(&[
            (0, 0, &texts.ui("col-id"), &s.header),
            (1, 1, &texts.ui("col-target-zone"), &s.header),
            (2, 2, &texts.ui("col-requirements"), &s.header),
            (3, 4, &texts.ui("col-instead"), &s.header),
            (5, 5, &texts.ui("col-status"), &s.header),
        ])?;
        for c in &system.countermeasures {
            let stands = c.status == crate::assessment::countermeasure::Status::Stands.message();
            out.put(&[
                (0, 0, &c.id, &s.wrap),
                (1, 1, &c.targets.join("\n"), &s.wrap),
                (2, 2, &c.requirements.join("\n"), &s.wrap),
                (3, 4, &c.instead, &s.wrap),
                (5, 5, &texts.ui(c.status), if stands { &s.good } else { &s.bad }),
            ])?;
        }
    }

    // The approval and its signature lines start a page of their own, never split from each other.
    out.breaks.push(out.row + 1);
    out.ws.set_page_breaks(&out.breaks).map_err(fail)?;
    out.section(7, &texts.ui("spec-approval"))?;
    let approvals = approval_lines(system, digest, texts);
    for (line, state) in &approvals {
        let current = *state == super::ApprovalState::Current;
        out.line(line, if current { &s.good } else { &s.bad })?;
    }
    if !approvals.iter().any(|(_, st)| *st == super::ApprovalState::Current) {
        out.line(&texts.ui("spec-not-approved"), &s.wrap)?;
        let line = Format::new().set_border_bottom(FormatBorder::Thin);
        for key in [
            "spec-sign-name",
            "spec-sign-role",
            "spec-sign-date",
            "spec-sign-signature",
        ] {
            out.put(&[(0, 1, &texts.ui(key), &s.header), (2, 4, "", &line)])?;
            out.ws.set_row_height(out.row - 1, 30).map_err(fail)?;
        }
    }
    s.pages.area(out.ws, out.row.saturating_sub(1), WIDTHS.len() as u16 - 1)
}

fn sheet_requirements_name(texts: &Texts) -> String {
    texts.ui("spec-sheet-requirements")
}

fn requirements_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    spec: &Specification,
    texts: &Texts,
    s: &Book,
) -> Result<()> {
    let ws = crate::export::xlsx::add_sheet(wb, taken, &sheet_requirements_name(texts))?;
    let columns = [
        (texts.ui("spec-col-system"), 12.0),
        (texts.ui("col-target-zone"), 16.0),
        (format!("SL-T {}", FR_NAMES.join(" ")), 16.0),
        (texts.ui("col-requirement"), 15.0),
        ("FR".to_string(), 6.0),
        ("SL".to_string(), 5.0),
        (texts.ui("col-title"), 64.0),
        (texts.ui("spec-col-state"), 26.0),
    ];
    header(ws, s, &columns)?;
    ws.set_row_height(0, 30).map_err(fail)?;
    let widths: Vec<f64> = columns.iter().map(|c| c.1).collect();
    let mut row = 1u32;
    for system in &spec.systems {
        for p in &system.parts {
            let v = p.sl_t.as_ref().map(|t| vector(&t.vector)).unwrap_or_default();
            for r in &p.requirements {
                let state = match r.state {
                    State::Met | State::Compensated => &s.good,
                    State::NotMet => &s.bad,
                    State::Unanswered | State::NotCredited => &s.warn,
                    State::NotApplicable => &s.wrap,
                };
                let fr = FR_NAMES[usize::from(r.fr - 1)];
                let title = requirement_title(texts, r.requirement);
                cells(
                    ws,
                    s,
                    &widths,
                    row,
                    &[
                        (0, 0, &system.system.id, &s.wrap),
                        (1, 1, p.id, &s.wrap),
                        (2, 2, &v, &s.wrap),
                        (3, 3, &r.requirement.id, &s.wrap),
                        (4, 4, fr, &s.wrap),
                        (5, 5, &r.min_sl.to_string(), &s.wrap),
                        (6, 6, &title, &s.wrap),
                        (7, 7, &texts.ui(r.state.message()), state),
                    ],
                )?;
                row += 1;
            }
        }
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, 7).map_err(fail)?;
    }
    s.pages.area(ws, row.saturating_sub(1).max(1), 7)
}
