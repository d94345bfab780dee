//! Importing zones, conduits and threat scenarios from CSV, for teams that already hold an asset
//! inventory or a risk register in a spreadsheet (read as every CSV import reads: `csv_text`). All
//! rows are checked before anything is added;
//! a problem names the file, the line and the column.

use super::Layer;
use super::model::{Assessment, Conduit, Scenario, SlOverride, Zone};
use crate::error::{Diagnostic, Error, PositionIndex, Result};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ZoneRow {
    id: String,
    name: String,
    #[serde(default)]
    description: String,
    /// Assets separated by ';'.
    #[serde(default)]
    assets: String,
    /// Optional manual SL-T, e.g. "2 2 1 1 3 1 2".
    #[serde(default)]
    sl_t: String,
    #[serde(default)]
    justification: String,
    /// Optional layer in the zone diagram, e.g. "control"; empty: from its conduits.
    #[serde(default)]
    layer: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConduitRow {
    id: String,
    from: String,
    to: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioRow {
    id: String,
    target: String,
    threat: String,
    likelihood: u8,
    impact: u8,
    #[serde(default)]
    residual_likelihood: Option<u8>,
    #[serde(default)]
    residual_impact: Option<u8>,
    #[serde(default)]
    threat_actor: String,
    /// FRs separated by ';' or spaces, e.g. "1;5".
    #[serde(default)]
    frs: String,
    /// Impact categories of the risk model separated by ';' or spaces.
    #[serde(default)]
    impact_categories: String,
    #[serde(default)]
    countermeasures: String,
    #[serde(default)]
    description: String,
}

/// Rows with their line numbers, a problem for each row that does not parse, and the header.
type Rows<T> = (Vec<(usize, T)>, Vec<Diagnostic>, ::csv::StringRecord);

/// The rows that parse, and a problem for each that does not (the file read as every CSV import
/// reads it: `csv_text`).
fn read_rows<T: DeserializeOwned>(path: &Path) -> Result<Rows<T>> {
    let text = super::csv_text::read(path)?;
    let lines = PositionIndex::new(&text);
    let line_of = |p: &::csv::Position| super::csv_text::line_of(&lines, &text, p);
    let mut reader = super::csv_text::reader(&text);
    let headers = reader
        .headers()
        .map_err(|e| Error::invalid(path, format!("cannot read the header line: {e}")))?
        .clone();
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(Diagnostic {
                    file: path.into(),
                    line: e.position().map(line_of),
                    column: None,
                    message: e.to_string(),
                });
                continue;
            }
        };
        let line = record.position().map(line_of).unwrap_or(0);
        match record.deserialize::<T>(Some(&headers)) {
            Ok(row) => rows.push((line, row)),
            Err(e) => {
                let column = match e.kind() {
                    ::csv::ErrorKind::Deserialize { err, .. } => err.field().map(|f| f as usize + 1),
                    _ => None,
                };
                let message = match e.kind() {
                    ::csv::ErrorKind::Deserialize { err, .. } => {
                        let name = err.field().and_then(|f| headers.get(f as usize)).unwrap_or("?");
                        format!("column {name}: {}", err.kind())
                    }
                    _ => e.to_string(),
                };
                problems.push(Diagnostic {
                    file: path.into(),
                    line: Some(line),
                    column,
                    message,
                });
            }
        }
    }
    Ok((rows, problems, headers))
}

fn at(path: &Path, line: usize, message: String) -> Diagnostic {
    Diagnostic {
        file: path.into(),
        line: Some(line),
        column: None,
        message,
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Add the zones of a CSV file (columns id, name, description, assets, sl_t, justification, layer).
pub fn import_zones(a: &mut Assessment, path: &Path) -> Result<usize> {
    let (rows, mut problems, headers): (Vec<(usize, ZoneRow)>, _, _) = read_rows(path)?;
    let mut zones = Vec::new();
    for (line, row) in rows {
        if row.id.is_empty() || a.id_taken(&row.id) || zones.iter().any(|z: &Zone| z.id == row.id) {
            problems.push(at(
                path,
                line,
                format!("zone id \"{}\" is empty or already used", row.id),
            ));
            continue;
        }
        let sl_t = if row.sl_t.is_empty() {
            None
        } else {
            match super::model::parse_sl_vector(&row.sl_t) {
                Ok(vector) => Some(SlOverride {
                    vector,
                    justification: if row.justification.is_empty() {
                        "imported".into()
                    } else {
                        row.justification
                    },
                }),
                Err(e) => {
                    problems.push(at(path, line, e.to_string()));
                    continue;
                }
            }
        };
        let layer = match row.layer.trim() {
            "" => None,
            key => match Layer::named(key) {
                Ok(l) => Some(l),
                Err(e) => {
                    problems.push(Diagnostic {
                        file: path.into(),
                        line: Some(line),
                        column: headers.iter().position(|h| h == "layer").map(|c| c + 1),
                        message: format!("column layer: {e}"),
                    });
                    continue;
                }
            },
        };
        zones.push(Zone {
            system: String::new(),
            id: row.id,
            name: row.name,
            description: row.description,
            assets: list(&row.assets),
            layer,
            adjustments: Vec::new(),
            sl_t,
        });
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let n = zones.len();
    a.zones.extend(zones);
    Ok(n)
}

/// Add the conduits of a CSV file (columns id, from, to, name, description).
pub fn import_conduits(a: &mut Assessment, path: &Path) -> Result<usize> {
    let (rows, mut problems, _): (Vec<(usize, ConduitRow)>, _, _) = read_rows(path)?;
    let mut conduits: Vec<Conduit> = Vec::new();
    for (line, row) in rows {
        if row.id.is_empty() || a.id_taken(&row.id) || conduits.iter().any(|c| c.id == row.id) {
            problems.push(at(
                path,
                line,
                format!("conduit id \"{}\" is empty or already used", row.id),
            ));
            continue;
        }
        for end in [&row.from, &row.to] {
            if a.zone(end).is_none() {
                problems.push(at(path, line, format!("\"{end}\" is not a zone of this assessment")));
            }
        }
        conduits.push(Conduit {
            system: String::new(),
            name: if row.name.is_empty() {
                format!("{} - {}", row.from, row.to)
            } else {
                row.name
            },
            id: row.id,
            from: row.from,
            to: row.to,
            description: row.description,
            adjustments: Vec::new(),
            sl_t: None,
        });
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let n = conduits.len();
    a.conduits.extend(conduits);
    Ok(n)
}

/// Add the threat scenarios of a CSV file (columns id, target, threat, likelihood, impact,
/// residual_likelihood, residual_impact, threat_actor, frs, impact_categories, countermeasures,
/// description).
pub fn import_scenarios(a: &mut Assessment, path: &Path) -> Result<usize> {
    let (rows, mut problems, _): (Vec<(usize, ScenarioRow)>, _, _) = read_rows(path)?;
    let Some(model) = a.risk_model.clone() else {
        return Err(Error::usage("this assessment has no risk model"));
    };
    let (nl, ni) = (model.likelihood.levels.len() as u8, model.impact.levels.len() as u8);
    let mut scenarios: Vec<Scenario> = Vec::new();
    for (line, row) in rows {
        let mut bad = |m: String| problems.push(at(path, line, m));
        if row.id.is_empty() || a.scenarios.iter().chain(&scenarios).any(|s| s.id == row.id) {
            bad(format!("scenario id \"{}\" is empty or already used", row.id));
        }
        if !a.has_target(&row.target) {
            bad(format!("\"{}\" is neither a zone nor a conduit", row.target));
        }
        for (what, v, n) in [
            ("likelihood", Some(row.likelihood), nl),
            ("impact", Some(row.impact), ni),
            ("residual_likelihood", row.residual_likelihood, nl),
            ("residual_impact", row.residual_impact, ni),
        ] {
            if let Some(v) = v
                && (v == 0 || v > n)
            {
                bad(format!("{what} must be 1 to {n}, not {v}"));
            }
        }
        if row.residual_likelihood.is_some() != row.residual_impact.is_some() {
            bad("give both residual_likelihood and residual_impact, or neither".into());
        }
        let threat_actor = (!row.threat_actor.is_empty()).then(|| row.threat_actor.clone());
        if let Some(t) = &threat_actor
            && model.threat_actor(t).is_none()
        {
            bad(format!("unknown threat actor \"{t}\""));
        }
        let impact_categories: Vec<String> = row
            .impact_categories
            .split(|c: char| c == ';' || c.is_whitespace())
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        for c in impact_categories
            .iter()
            .filter(|c| !model.impact.categories.contains(c))
        {
            bad(format!("impact_categories: unknown impact category \"{c}\""));
        }
        let mut frs = Vec::new();
        for f in row
            .frs
            .split(|c: char| c == ';' || c.is_whitespace())
            .filter(|f| !f.is_empty())
        {
            match f.parse::<u8>() {
                Ok(n) if (1..=7).contains(&n) => frs.push(n),
                _ => bad(format!("frs: \"{f}\" is not an FR number 1 to 7")),
            }
        }
        scenarios.push(Scenario {
            id: row.id,
            target: row.target,
            threat: row.threat,
            description: row.description,
            threat_actor,
            frs,
            likelihood: row.likelihood,
            impact: row.impact,
            impact_categories,
            residual_likelihood: row.residual_likelihood,
            residual_impact: row.residual_impact,
            countermeasures: row.countermeasures,
        });
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let n = scenarios.len();
    a.scenarios.extend(scenarios);
    Ok(n)
}
