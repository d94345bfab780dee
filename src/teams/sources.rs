//! The files a comparison or a rollup was made from, named so a reader can find them again: the
//! path as given, the assessment's title and site, its last change, and the SHA-256 of the file
//! (as the cover of the customer's workbook gives it); and the sheet that lists them with the
//! time the workbook was made.

use crate::assessment::Assessment;
use crate::error::Result;
use crate::export::xlsx::{Book, fail, fit_row};
use crate::i18n::Texts;
use rust_xlsxwriter::{Workbook, Worksheet};
use sha2::{Digest, Sha256};
use std::path::Path;

/// One input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as it was given on the command line.
    pub path: String,
    pub title: String,
    pub site: String,
    /// The assessment's last change, "2026-10-13 14:05 UTC".
    pub modified: String,
    /// SHA-256 of the file's bytes, hexadecimal; empty when the file can no longer be read.
    pub digest: String,
}

impl Source {
    pub fn of(path: &Path, a: &Assessment) -> Source {
        let digest = crate::limits::read_file(path)
            .map(|b| format!("{:x}", Sha256::digest(&b)))
            .unwrap_or_default();
        let m = &a.assessment;
        Source {
            path: path.display().to_string(),
            title: m.title.clone(),
            site: m.site.clone(),
            modified: m.modified.strftime("%Y-%m-%d %H:%M UTC").to_string(),
            digest,
        }
    }

    /// The file's name and the day of its last change: "north.toml, 2026-10-13", which tells two
    /// files of one site apart.
    pub fn short(&self) -> String {
        let name = Path::new(&self.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.path.clone());
        let day = self.modified.split(' ').next().unwrap_or_default();
        format!("{name}, {day}")
    }
}

/// The time a workbook is made, as its sources sheet gives it.
pub fn made_now() -> String {
    jiff::Timestamp::now().strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// The sheet of sources: `made` ("Compared on 2026-12-02 11:50 UTC") on top, then one row per
/// file with `roles` beside them where given ("Earlier", "Later"). Prints as a table from its
/// header row.
pub(crate) fn sources_sheet(
    wb: &mut Workbook,
    taken: &mut Vec<String>,
    s: &Book<'_>,
    texts: &Texts,
    made: &str,
    sources: &[(String, &Source)],
) -> Result<()> {
    let ws = crate::export::xlsx::add_sheet(wb, taken, &texts.ui("teams-sheet-sources"))?;
    s.pages.page(ws);
    s.text(ws, 0, 0, made, &s.title)?;
    let columns = [
        (texts.ui("teams-col-role"), 24.0),
        (texts.ui("teams-col-file"), 30.0),
        (texts.ui("col-title"), 26.0),
        (texts.ui("field-site"), 18.0),
        (texts.ui("field-modified"), 18.0),
        (texts.ui("teams-col-digest"), 34.0),
    ];
    let head = 2;
    row_of(ws, s, head, columns.iter().map(|(name, w)| (name.as_str(), *w)), true)?;
    for (i, (role, src)) in sources.iter().enumerate() {
        let cells = [
            role.as_str(),
            src.path.as_str(),
            src.title.as_str(),
            src.site.as_str(),
            src.modified.as_str(),
            src.digest.as_str(),
        ];
        let widths = columns.iter().map(|(_, w)| *w);
        row_of(ws, s, head + 1 + i as u32, cells.into_iter().zip(widths), false)?;
    }
    for (c, (_, width)) in columns.iter().enumerate() {
        ws.set_column_width(c as u16, *width).map_err(fail)?;
    }
    ws.set_repeat_rows(head, head).map_err(fail)?;
    s.pages.area(ws, head + sources.len() as u32, columns.len() as u16 - 1)
}

/// One row of wrapped cells (a digest breaks anywhere), as tall as its longest; the header's
/// format when `header`.
fn row_of<'a>(
    ws: &mut Worksheet,
    s: &Book<'_>,
    row: u32,
    cells: impl Iterator<Item = (&'a str, f64)> + Clone,
    header: bool,
) -> Result<()> {
    let format = if header { &s.header } else { &s.wrap };
    for (c, (text, _)) in cells.clone().enumerate() {
        s.text(ws, row, c as u16, text, format)?;
    }
    fit_row(ws, row, cells)
}
