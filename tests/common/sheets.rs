//! A workbook's cells as calamine reads them, sheet by sheet, and the same cells written back as
//! a person would send a filled-in workbook (every cell as text).

use calamine::{Data, Reader, Xlsx, open_workbook};
use rust_xlsxwriter::Workbook;
use std::collections::BTreeMap;
use std::path::Path;

/// Every sheet of a workbook as (name, cells by (row, column)).
pub type Sheets = Vec<(String, BTreeMap<(u32, u32), Data>)>;

pub fn sheets(path: &Path) -> Sheets {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let mut out = Vec::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let cells = range
            .cells()
            .filter(|(_, _, d)| !matches!(d, Data::Empty))
            .map(|(r, c, d)| ((r0 + r as u32, c0 + c as u32), d.clone()))
            .collect();
        out.push((name, cells));
    }
    out
}

/// The workbook as a person would send it back: the same sheets and cells, as text. (The hidden
/// lists sheet keeps the language and layout.)
pub fn write_back(sheets: &Sheets, path: &Path) {
    let mut wb = Workbook::new();
    for (name, cells) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        for (&(r, c), d) in cells {
            ws.write_string(r, c as u16, d.to_string()).unwrap();
        }
    }
    wb.save(path).unwrap();
}
