//! What the compare and rollup workbooks share: document properties, and sheets that are tables.

use crate::error::Result;
use crate::export::xlsx::{Book, fail, fit_row, header, sheet_name};
use rust_xlsxwriter::{DocProperties, Workbook, Worksheet};

/// A workbook titled `title`, its classification `marking` as its status.
pub fn new_workbook(title: &str, marking: &str) -> Workbook {
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_status(marking)
            .set_comment(format!("iacs-assess {}", env!("CARGO_PKG_VERSION"))),
    );
    wb
}

/// A sheet named `name` (made valid and unique among `taken`) with a chart on top and a table of
/// `columns` (name, width) below it, its header in row `head`, repeated on every printed page.
/// Returns the sheet and its name (for the chart's references).
pub(crate) fn chart_sheet<'w>(
    wb: &'w mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    (name, head): (&str, u32),
    columns: &[(String, f64)],
) -> Result<(&'w mut Worksheet, String)> {
    let name = sheet_name(name, taken);
    let ws = wb.add_worksheet();
    ws.set_name(&name).map_err(fail)?;
    s.pages.page(ws);
    for (c, (text, width)) in (0u16..).zip(columns) {
        s.text(ws, head, c, text, &s.header)?;
        ws.set_column_width(c, *width).map_err(fail)?;
    }
    fit_row(ws, head, columns.iter().map(|(t, w)| (t.as_str(), *w)))?;
    ws.set_repeat_rows(head, head).map_err(fail)?;
    Ok((ws, name))
}

/// A sheet named `name` (made valid and unique among `taken`) that is a table of `columns`
/// (name, width): its header row written, frozen and repeated on every printed page.
pub(crate) fn table_sheet<'w>(
    wb: &'w mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    name: &str,
    columns: &[(String, f64)],
) -> Result<&'w mut Worksheet> {
    let ws = crate::export::xlsx::add_sheet(wb, taken, name)?;
    header(ws, s, columns)?;
    Ok(ws)
}
