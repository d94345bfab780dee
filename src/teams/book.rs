//! What the compare and rollup workbooks share: document properties, and sheets that are tables.

use crate::error::Result;
use crate::export::xlsx::{Book, fail, header, sheet_name};
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

/// A sheet named `name` (made valid and unique among `taken`) that is a table of `columns`
/// (name, width): its header row written, frozen and repeated on every printed page.
pub(crate) fn table_sheet<'w>(
    wb: &'w mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    name: &str,
    columns: &[(String, f64)],
) -> Result<&'w mut Worksheet> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(name, taken)).map_err(fail)?;
    header(ws, s, columns)?;
    Ok(ws)
}
