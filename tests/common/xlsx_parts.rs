//! Reading what calamine does not show of a workbook: page setup, footers, print areas, row
//! heights and cell fills, straight from the parts of the xlsx package.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// The text of one part of the package (`xl/styles.xml`, …).
pub fn part(book: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(book).unwrap()).unwrap();
    let mut xml = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in {}", book.display()))
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// The sheet names in workbook order.
pub fn sheet_names(book: &Path) -> Vec<String> {
    elements(&part(book, "xl/workbook.xml"), "sheet")
        .into_iter()
        .map(|a| a["name"].clone())
        .collect()
}

/// The XML of the sheet named `sheet` (the writer numbers the parts in workbook order).
pub fn sheet(book: &Path, sheet: &str) -> String {
    let n = 1 + sheet_names(book)
        .iter()
        .position(|s| s == sheet)
        .unwrap_or_else(|| panic!("no sheet {sheet}"));
    part(book, &format!("xl/worksheets/sheet{n}.xml"))
}

/// The attributes of every element named `tag` in `xml`, in document order.
pub fn elements(xml: &str, tag: &str) -> Vec<BTreeMap<String, String>> {
    let mut reader = Reader::from_str(xml);
    let mut found = Vec::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == tag => {
                found.push(attributes(&e));
            }
            Event::Eof => return found,
            _ => {}
        }
    }
}

/// The text inside the first element named `tag` (a footer), unescaped.
pub fn text_of(xml: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    let start = xml.find(&open)? + open.len();
    let end = start + xml[start..].find(&format!("</{tag}>"))?;
    Some(quick_xml::escape::unescape(&xml[start..end]).unwrap().into_owned())
}

fn attributes(e: &BytesStart) -> BTreeMap<String, String> {
    e.attributes()
        .map(|a| {
            let a = a.unwrap();
            (
                a.key.as_ref().to_string(),
                quick_xml::escape::unescape(&a.value).unwrap().into_owned(),
            )
        })
        .collect()
}

/// The defined names of the workbook (`_xlnm.Print_Area`, `_xlnm.Print_Titles`) with the sheet
/// they belong to: (name, sheet index, formula).
pub fn defined_names(book: &Path) -> Vec<(String, usize, String)> {
    let xml = part(book, "xl/workbook.xml");
    xml.split("<definedName ")
        .skip(1)
        .filter_map(|item| {
            let (head, rest) = item.split_once('>')?;
            let a = elements(&format!("<definedName {head}/>"), "definedName").pop()?;
            let sheet = a.get("localSheetId").and_then(|x| x.parse().ok()).unwrap_or(usize::MAX);
            let formula = rest.split("</definedName>").next()?;
            Some((
                a["name"].clone(),
                sheet,
                quick_xml::escape::unescape(formula).ok()?.into_owned(),
            ))
        })
        .collect()
}

/// The heights set on the rows of `sheet_xml`, by row number (1-based).
pub fn row_heights(sheet_xml: &str) -> BTreeMap<u32, f64> {
    elements(sheet_xml, "row")
        .into_iter()
        .filter_map(|a| Some((a.get("r")?.parse().ok()?, a.get("ht")?.parse().ok()?)))
        .collect()
}

/// The fill colour (RGB, as "FFC7CE") of cell `reference` ("E5") of `sheet`; None for no fill.
pub fn fill_of(book: &Path, sheet_xml: &str, reference: &str) -> Option<String> {
    let style: usize = elements(sheet_xml, "c")
        .into_iter()
        .find(|c| c.get("r").map(String::as_str) == Some(reference))?
        .get("s")?
        .parse()
        .ok()?;
    let styles = part(book, "xl/styles.xml");
    let xfs_start = styles.find("<cellXfs")?;
    let xfs_end = styles.find("</cellXfs>")? + "</cellXfs>".len();
    let xf = elements(&styles[xfs_start..xfs_end], "xf").into_iter().nth(style)?;
    let fill: usize = xf.get("fillId")?.parse().ok()?;
    let fills_start = styles.find("<fills")?;
    let fills_end = styles.find("</fills>")?;
    let fills: Vec<&str> = styles[fills_start..fills_end]
        .split("<fill>")
        .skip(1)
        .map(|f| f.trim_end_matches("</fill>"))
        .collect();
    let colour = elements(fills.get(fill)?, "fgColor").into_iter().next()?;
    // ARGB: the first two digits are the alpha.
    colour
        .get("rgb")
        .map(|argb| argb[argb.len().saturating_sub(6)..].to_string())
}
