//! A workbook is a zip of XML parts, and a hostile one can be small on disk and enormous once
//! unpacked: a 2 MB file whose shared string unpacks to 2 GiB, cells at A1 and XFD1048576 (a
//! rectangle of 17 billion cells if read as one), a row numbered 4,000,000,000, a cell reference
//! too long for a number. This module looks at the package before calamine reads any of it, and
//! refuses with the part or sheet and the limit:
//!
//! - every part, and all parts together, unpack to at most the file limit ([`crate::limits`]);
//!   the zip reader also refuses a part that unpacks to more than its header declares;
//! - the shared strings table announces at most [`MAX_SHARED_STRINGS`] texts;
//! - every cell and row reference of every sheet is well formed and inside [`MAX_ROWS`] x
//!   [`MAX_COLUMNS`], far more than any questionnaire sheet uses.
//!
//! It also notes which cells hold formulas, so that the import can refuse them without asking
//! calamine for formulas (which it keeps in a table sized by an index taken from the file).

use crate::error::Diagnostic;
use crate::limits;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;
use zip::ZipArchive;

/// Rows a questionnaire sheet may use (a sheet answers each requirement once per zone: 250,000
/// rows is 2,500 zones of 62443-3-3).
pub const MAX_ROWS: u32 = 250_000;
/// Columns a questionnaire sheet may use (A to IV; the offline workbook uses A to K).
pub const MAX_COLUMNS: u32 = 256;
/// Distinct texts the shared strings table may announce.
pub const MAX_SHARED_STRINGS: u64 = 1_000_000;

/// What the check found out on the way: the cells holding formulas, by sheet name.
#[derive(Debug, Default)]
pub struct Package {
    formulas: HashMap<String, HashSet<(u32, u32)>>,
}

impl Package {
    /// Whether sheet `name` was checked (it is where the workbook's list of sheets says).
    pub fn checked(&self, sheet: &str) -> bool {
        self.formulas.contains_key(sheet)
    }

    /// Whether the cell (0-based row and column) of sheet `name` holds a formula.
    pub fn has_formula(&self, sheet: &str, row: u32, column: u32) -> bool {
        self.formulas
            .get(sheet)
            .is_some_and(|cells| cells.contains(&(row, column)))
    }
}

/// The name of a cell ("XFD1048576") from 0-based row and column.
pub fn cell_name(row: u64, column: u32) -> String {
    let mut n = u64::from(column) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
}

/// The 0-based (row, column) of a reference like "B12", if it is one (at most three letters,
/// at most ten digits, row 1 or more).
fn cell_reference(text: &str) -> Option<(u64, u32)> {
    let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let digits = &text[letters..];
    if !(1..=3).contains(&letters) || !(1..=10).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let column = text[..letters]
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1);
    let row: u64 = digits.parse().ok()?;
    (row >= 1).then(|| (row - 1, column - 1))
}

/// Check the package at `path`; see the module documentation.
pub fn check(path: &Path) -> Result<Package, Diagnostic> {
    limits::check_file_size(path)?;
    let file = File::open(path).map_err(|e| Diagnostic::new(path, format!("cannot read the workbook: {e}")))?;
    let mut zip = ZipArchive::new(file).map_err(|e| Diagnostic::new(path, format!("cannot read the workbook: {e}")))?;
    let limit = limits::max_file_bytes();
    let mut total = 0u64;
    for i in 0..zip.len() {
        let part = zip
            .by_index_raw(i)
            .map_err(|e| Diagnostic::new(path, format!("cannot read the workbook: {e}")))?;
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        if part.size() > limit {
            return Err(limits::too_large(
                path,
                &format!("the part {name}, unpacked,"),
                Some(part.size()),
            ));
        }
        total = total.saturating_add(part.size());
    }
    if total > limit {
        return Err(limits::too_large(path, "the workbook, unpacked,", Some(total)));
    }
    let mut package = Package::default();
    let mut parts = Parts { path, zip };
    parts.check_shared_strings()?;
    for (sheet, part) in parts.sheets()? {
        let formulas = parts.check_sheet(&sheet, &part)?;
        package.formulas.insert(sheet, formulas);
    }
    Ok(package)
}

struct Parts<'p, R> {
    path: &'p Path,
    zip: ZipArchive<R>,
}

/// An element of an XML part as the reader meets it.
enum Element<'e> {
    Open(&'e BytesStart<'e>),
    Empty(&'e BytesStart<'e>),
    Close,
}

impl Element<'_> {
    fn attribute(&self, name: &str) -> Option<String> {
        match self {
            Element::Open(e) | Element::Empty(e) => {
                e.try_get_attribute(name).ok().flatten().map(|a| a.value.into_owned())
            }
            Element::Close => None,
        }
    }
}

fn unreadable(path: &Path, what: &str, e: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::new(path, format!("{what} cannot be read: {e}"))
}

impl<R: Read + Seek> Parts<'_, R> {
    /// Every element of a part as it opens, stands empty or closes; `None` when the part is
    /// missing.
    fn each_element(
        &mut self,
        part: &str,
        what: &str,
        mut visit: impl FnMut(&str, Element) -> Result<(), Diagnostic>,
    ) -> Result<Option<()>, Diagnostic> {
        let reader = match self.zip.by_name(part) {
            Ok(r) => r,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(unreadable(self.path, what, e)),
        };
        let mut xml = Reader::from_reader(BufReader::new(reader));
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let problem = match xml.read_event_into(&mut buf) {
                Ok(Event::Start(e)) => visit(e.local_name().as_ref(), Element::Open(&e)).err(),
                Ok(Event::Empty(e)) => visit(e.local_name().as_ref(), Element::Empty(&e)).err(),
                Ok(Event::End(e)) => visit(e.local_name().as_ref(), Element::Close).err(),
                Ok(Event::Eof) => return Ok(Some(())),
                Ok(_) => None,
                Err(e) => Some(unreadable(self.path, what, e)),
            };
            if let Some(d) = problem {
                return Err(d);
            }
        }
    }

    fn check_shared_strings(&mut self) -> Result<(), Diagnostic> {
        let path = self.path;
        self.each_element("xl/sharedStrings.xml", "the shared strings", |name, e| {
            if name == "sst" {
                for key in ["count", "uniqueCount"] {
                    let Some(value) = e.attribute(key) else { continue };
                    if value.trim().parse::<u64>().map_or(true, |n| n > MAX_SHARED_STRINGS) {
                        return Err(Diagnostic::new(
                            path,
                            format!(
                                "the shared strings announce {key}=\"{value}\"; a workbook may hold at most {MAX_SHARED_STRINGS} texts"
                            ),
                        ));
                    }
                }
            }
            Ok(())
        })?;
        Ok(())
    }

    /// The sheets of the workbook: (name, part), from xl/workbook.xml and its relationships.
    fn sheets(&mut self) -> Result<Vec<(String, String)>, Diagnostic> {
        let mut targets: HashMap<String, String> = HashMap::new();
        self.each_element(
            "xl/_rels/workbook.xml.rels",
            "the workbook's relationships",
            |name, e| {
                if name == "Relationship"
                    && let (Some(id), Some(target)) = (e.attribute("Id"), e.attribute("Target"))
                {
                    targets.insert(id, target);
                }
                Ok(())
            },
        )?;
        let mut sheets = Vec::new();
        self.each_element("xl/workbook.xml", "the workbook's list of sheets", |name, e| {
            if name == "sheet"
                && let Some(sheet) = e.attribute("name")
            {
                // r:id, whatever the namespace prefix.
                let id = match e {
                    Element::Open(e) | Element::Empty(e) => e
                        .attributes()
                        .with_checks(false)
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == "id")
                        .map(|a| a.value.into_owned()),
                    Element::Close => None,
                };
                if let Some(target) = id.and_then(|id| targets.get(&id)) {
                    let part = match target.strip_prefix('/') {
                        Some(absolute) => absolute.to_string(),
                        None => format!("xl/{target}"),
                    };
                    sheets.push((sheet, part));
                }
            }
            Ok(())
        })?;
        Ok(sheets)
    }

    /// Check every cell and row reference of one sheet; the cells with formulas.
    fn check_sheet(&mut self, sheet: &str, part: &str) -> Result<HashSet<(u32, u32)>, Diagnostic> {
        let path = self.path;
        let bad = |message: String| Diagnostic::new(path, format!("sheet '{sheet}': {message}"));
        let area = format!("A1:{}", cell_name(u64::from(MAX_ROWS) - 1, MAX_COLUMNS - 1));
        let outside = |what: String| {
            bad(format!(
                "{what} is outside the area a questionnaire sheet may use ({area})"
            ))
        };
        let inside = |row: u64, column: u32| {
            if row < u64::from(MAX_ROWS) && column < MAX_COLUMNS {
                Ok(())
            } else {
                Err(outside(format!("cell {}", cell_name(row, column))))
            }
        };
        let reference = |text: &str| {
            let (row, column) =
                cell_reference(text).ok_or_else(|| bad(format!("\"{text}\" is not a cell reference")))?;
            inside(row, column)?;
            Ok::<_, Diagnostic>((row as u32, column))
        };
        // Positions as calamine counts them when a row or cell leaves out its reference: it
        // reads opening <row> and <c> elements only, and a row's end moves to the next row.
        let (mut row, mut column) = (0u32, 0u32);
        let mut in_cell = None;
        let mut formulas = HashSet::new();
        let what = format!("sheet '{sheet}'");
        self.each_element(part, &what, |name, e| {
            match (name, &e) {
                ("dimension", Element::Open(_) | Element::Empty(_)) => {
                    if let Some(area) = e.attribute("ref") {
                        let corners = area.split(':').map(reference).collect::<Result<Vec<_>, _>>()?;
                        let reversed = |a: (u32, u32), b: (u32, u32)| b.0 < a.0 || b.1 < a.1;
                        if corners.len() > 2 || corners.len() == 2 && reversed(corners[0], corners[1]) {
                            return Err(bad(format!("\"{area}\" is not an area of cells")));
                        }
                    }
                }
                ("row", Element::Open(_) | Element::Empty(_)) => {
                    if let Some(r) = e.attribute("r") {
                        let number = r
                            .parse::<u64>()
                            .ok()
                            .filter(|&n| n >= 1)
                            .ok_or_else(|| bad(format!("\"{r}\" is not a row number")))?;
                        if number > u64::from(MAX_ROWS) {
                            return Err(outside(format!("row {number}")));
                        }
                        if matches!(e, Element::Open(_)) {
                            row = (number - 1) as u32;
                        }
                    }
                    column = 0;
                }
                ("row", Element::Close) => row = row.saturating_add(1),
                ("c", Element::Open(_) | Element::Empty(_)) => {
                    let at = match e.attribute("r") {
                        Some(r) => reference(&r)?,
                        None => {
                            inside(u64::from(row), column)?;
                            (row, column)
                        }
                    };
                    if matches!(e, Element::Open(_)) {
                        column = at.1.saturating_add(1);
                        in_cell = Some(at);
                    }
                }
                ("c", Element::Close) => in_cell = None,
                ("f", Element::Open(_) | Element::Empty(_)) => {
                    if let Some(at) = in_cell {
                        formulas.insert(at);
                    }
                }
                _ => {}
            }
            Ok(())
        })?
        .ok_or_else(|| bad(format!("the part {part} is missing")))?;
        Ok(formulas)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_and_bounded() {
        assert_eq!(cell_reference("A1"), Some((0, 0)));
        assert_eq!(cell_reference("k20"), Some((19, 10)));
        assert_eq!(cell_reference("XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(cell_reference("A4000000000"), Some((3_999_999_999, 0)));
        for bad in ["", "A", "1", "A0", "1A", "AAAA1", "A12345678901", "A1:B2", "Ä1", "A-1"] {
            assert_eq!(cell_reference(bad), None, "{bad}");
        }
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
        assert_eq!(cell_name(0, 26), "AA1");
    }
}
