//! Components from an asset inventory kept in a spreadsheet (CSV). Every row is checked before
//! anything is added: a bad row is reported by its line (and the column where one is to blame), and
//! one bad row adds nothing. Columns other than ours (serial numbers, IP addresses ...) are left
//! alone and named, so a misspelt column is noticed. A file saved by a European Excel (byte-order
//! mark, ';' between fields) reads as well as a plain one.

use super::component::{Component, Declared, DeclaredBy};
use super::model::{Assessment, parse_sl_vector};
use crate::catalog::ComponentType;
use crate::error::{Diagnostic, Error, PositionIndex, Result};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

/// The columns read; `id`, `name` and `type` are required.
pub const COLUMNS: [&str; 12] = [
    "id",
    "name",
    "type",
    "vendor",
    "product",
    "version",
    "zone",
    "sl_c",
    "source",
    "certificate",
    "scheme",
    "date",
];

#[derive(Debug, Deserialize)]
struct Row {
    id: String,
    name: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    vendor: String,
    #[serde(default)]
    product: String,
    #[serde(default)]
    version: String,
    #[serde(default)]
    zone: String,
    /// A declared SL-C, e.g. "2 2 1 1 2 1 1"; empty: none declared.
    #[serde(default)]
    sl_c: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    certificate: String,
    #[serde(default)]
    scheme: String,
    #[serde(default)]
    date: String,
}

/// What an import added, and the columns of the file it did not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    pub ignored_columns: Vec<String>,
}

/// A component type as an inventory may write it: our word, the 4-2 prefix (SAR, EDR, HDR, NDR),
/// any case, spaces or underscores for hyphens.
pub fn parse_type(text: &str) -> Option<ComponentType> {
    let word = text.trim().to_ascii_lowercase().replace([' ', '_'], "-");
    match word.as_str() {
        "sar" => Some(ComponentType::SoftwareApplication),
        "edr" => Some(ComponentType::EmbeddedDevice),
        "hdr" => Some(ComponentType::HostDevice),
        "ndr" => Some(ComponentType::NetworkDevice),
        _ => ComponentType::from_id(&word),
    }
}

/// The types in words for a message.
pub fn type_words() -> String {
    format!(
        "{}, or SAR, EDR, HDR, NDR",
        ComponentType::ALL.map(|t| t.id()).join(", ")
    )
}

/// A declared SL-C from its parts as typed (vector, source, certificate, scheme, date); `None`
/// when no vector is given. Shared by the command line and the import.
pub fn declared_from(
    sl_c: &str,
    source: &str,
    certificate: &str,
    scheme: &str,
    date: &str,
) -> std::result::Result<Option<Declared>, String> {
    if sl_c.trim().is_empty() {
        if [source, certificate, scheme, date].iter().any(|s| !s.trim().is_empty()) {
            return Err("a source, certificate, scheme or date is given without a declared SL-C (sl_c)".into());
        }
        return Ok(None);
    }
    let vector = parse_sl_vector(sl_c).map_err(|e| e.to_string())?;
    let by = match source.trim() {
        "" if !certificate.trim().is_empty() => DeclaredBy::Certificate,
        "" => return Err("a declared SL-C needs its source: certificate or supplier-statement".into()),
        s => DeclaredBy::from_id(s)
            .ok_or_else(|| format!("source \"{s}\" is neither certificate nor supplier-statement"))?,
    };
    let date = match date.trim() {
        "" => None,
        d => Some(super::countermeasure::parse_date(d)?),
    };
    let declared = Declared {
        sl_c: vector,
        source: by,
        certificate: certificate.trim().to_string(),
        scheme: scheme.trim().to_string(),
        date,
    };
    match declared.problems("the declared SL-C").first() {
        Some(p) => Err(p.clone()),
        None => Ok(Some(declared)),
    }
}

/// Add the components of an inventory CSV to `a`; nothing is added unless every row is sound.
pub fn import_components(a: &mut Assessment, path: &Path) -> Result<Imported> {
    let text = super::csv_text::read(path)?;
    let text = text.as_str();
    let mut reader = super::csv_text::reader(text);
    let headers = reader
        .headers()
        .map_err(|e| Error::invalid(path, format!("cannot read the header line: {e}")))?
        .clone();
    let missing: Vec<&str> = ["id", "name", "type"]
        .into_iter()
        .filter(|c| !headers.iter().any(|h| h == *c))
        .collect();
    if !missing.is_empty() {
        return Err(Error::Invalid(vec![Diagnostic {
            file: path.into(),
            line: Some(1),
            column: None,
            message: format!(
                "the header line lacks the column{} {} (columns read: {})",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", "),
                COLUMNS.join(", ")
            ),
        }]));
    }
    let ignored_columns = headers
        .iter()
        .filter(|h| !COLUMNS.contains(h))
        .map(str::to_string)
        .collect();
    let column_of = |name: &str| headers.iter().position(|h| h == name).map(|i| i + 1);
    let lines = PositionIndex::new(text);
    let mut problems = Vec::new();
    let mut added: Vec<Component> = Vec::new();
    let mut seen = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| super::csv_text::line_of(&lines, text, p));
                problems.push(Diagnostic {
                    file: path.into(),
                    line,
                    column: None,
                    message: e.to_string(),
                });
                continue;
            }
        };
        let line = record
            .position()
            .map(|p| super::csv_text::line_of(&lines, text, p))
            .unwrap_or(0);
        let mut report = |column: &str, message: String| {
            problems.push(Diagnostic {
                file: path.into(),
                line: Some(line),
                column: column_of(column),
                message,
            })
        };
        let row: Row = match record.deserialize(Some(&headers)) {
            Ok(row) => row,
            Err(e) => {
                report("", e.to_string());
                continue;
            }
        };
        let problem = row_problem(a, &seen, &row);
        // Every id is remembered where it first appears, bad row or not, so a repeat names it.
        seen.entry(row.id.clone()).or_insert(line);
        match problem {
            Some((column, message)) => report(column, message),
            None => match declared_from(&row.sl_c, &row.source, &row.certificate, &row.scheme, &row.date) {
                Err(message) => report("sl_c", message),
                Ok(declared) => {
                    added.push(Component {
                        kind: parse_type(&row.kind).unwrap_or(ComponentType::EmbeddedDevice),
                        id: row.id,
                        name: row.name,
                        vendor: row.vendor,
                        product: row.product,
                        version: row.version,
                        zone: row.zone,
                        declared,
                    });
                }
            },
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let n = added.len();
    for c in added {
        a.put_component(c);
    }
    Ok(Imported {
        added: n,
        ignored_columns,
    })
}

/// The first thing wrong with a row's id, name, type or zone: the column to blame and why.
fn row_problem(a: &Assessment, seen: &HashMap<String, usize>, row: &Row) -> Option<(&'static str, String)> {
    if let Err(message) = super::component::check_id(&row.id) {
        return Some(("id", message));
    }
    if let Some(first) = seen.get(&row.id) {
        return Some((
            "id",
            format!("\"{}\" is in the file twice (first on line {first})", row.id),
        ));
    }
    if a.id_taken(&row.id) {
        return Some((
            "id",
            format!(
                "\"{}\" is already a component, zone or conduit of this assessment",
                row.id
            ),
        ));
    }
    if row.name.is_empty() {
        return Some(("name", format!("component \"{}\" needs a name", row.id)));
    }
    if parse_type(&row.kind).is_none() {
        return Some((
            "type",
            format!("\"{}\" is not a component type (types: {})", row.kind, type_words()),
        ));
    }
    if !row.zone.is_empty() && a.zone(&row.zone).is_none() {
        return Some(("zone", format!("\"{}\" is not a zone of this assessment", row.zone)));
    }
    None
}
