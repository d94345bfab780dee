//! The JSON form of an answers file: an array of objects whose fields have the names of the CSV
//! columns, or an export made with `export --format json` (its `answers` are read, the rest of it
//! is not). A field left out keeps what the answer has; `null` (and `[]` for evidence, `false`
//! for flagged) makes it empty. Evidence is an array of references, or one text split at ";".
//!
//! Each object is reported at the line and column where it starts: the objects are read as raw
//! text slices of the file first (serde_json's `RawValue` borrows them from the text), whose
//! place in the text is their distance from its start.

use super::answers_file::{Column, KNOWN_COLUMNS, Place, Row, column, field_name};
use super::rules::{Field, Given};
use crate::error::{Diagnostic, Error, PositionIndex, Result};
use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;
use std::path::Path;

/// An export made with `export --format json`: only its answers are read.
#[derive(Deserialize)]
struct Export<'t> {
    #[serde(borrow)]
    answers: Vec<&'t RawValue>,
}

/// Every object of the JSON `text`.
pub(super) fn rows(path: &Path, text: &str) -> Result<Vec<Row>> {
    let fail = |e: serde_json::Error| {
        Error::Invalid(vec![Diagnostic {
            file: path.to_path_buf(),
            line: Some(e.line()),
            column: Some(e.column()),
            // The place is said in front; serde_json's own message repeats it at the end.
            message: format!(
                "cannot read the JSON: {}",
                e.to_string()
                    .trim_end_matches(&format!(" at line {} column {}", e.line(), e.column()))
            ),
        }])
    };
    let objects: Vec<&RawValue> = if text.trim_start().starts_with('{') {
        serde_json::from_str::<Export>(text)
            .map_err(|e| {
                if e.is_data() {
                    Error::invalid(
                        path,
                        "an object without \"answers\": give an array of answers, or a file written by `export --format json`",
                    )
                } else {
                    fail(e)
                }
            })?
            .answers
    } else {
        serde_json::from_str(text).map_err(fail)?
    };
    let index = PositionIndex::new(text);
    Ok(objects
        .into_iter()
        .map(|raw| {
            // `raw` borrows its text from `text`: where it starts is how far its first byte is
            // from the first byte of `text`.
            let offset = (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
            let p = index.position(offset);
            row(
                Place {
                    line: p.line,
                    column: Some(p.column),
                    aside: None,
                },
                raw,
            )
        })
        .collect())
}

/// The answer an object gives.
fn row(place: Place, raw: &RawValue) -> Row {
    let mut given = Given::default();
    let mut unreadable = Vec::new();
    let object = match serde_json::from_str::<serde_json::Map<String, Value>>(raw.get()) {
        Ok(object) => object,
        Err(_) => {
            unreadable.push(
                "an answer is an object: { \"questionnaire\": ..., \"requirement\": ..., \"value\": ... }".into(),
            );
            return Row {
                place,
                given,
                csv_evidence: None,
                unreadable,
            };
        }
    };
    for (name, value) in object {
        let field = match column(&name) {
            Some(Column::Data(field)) => field,
            Some(Column::ReadOnly) => continue,
            None => {
                unreadable.push(format!("unknown field \"{name}\" (the fields: {KNOWN_COLUMNS})"));
                continue;
            }
        };
        let mut wrong = |what: &str| {
            unreadable.push(format!("field \"{}\": {what}", field_name(field)));
        };
        match (field, value) {
            (Field::Evidence, Value::Array(items)) => {
                let texts: Option<Vec<String>> = items
                    .into_iter()
                    .map(|v| match v {
                        Value::String(s) => Some(s),
                        _ => None,
                    })
                    .collect();
                match texts {
                    Some(list) => given.evidence = Some(list),
                    None => wrong("write a list of texts"),
                }
            }
            (Field::Evidence, Value::String(s)) => given.evidence = Some(s.split(';').map(str::to_string).collect()),
            (Field::Evidence, Value::Null) => given.evidence = Some(Vec::new()),
            (Field::Flagged, Value::Bool(b)) => given.flagged = Some(b.to_string()),
            (Field::Flagged, Value::String(s)) => given.flagged = Some(s),
            (Field::Flagged, Value::Null) => given.flagged = Some(String::new()),
            (field, Value::String(s)) => set(&mut given, field, s),
            (field @ (Field::Target | Field::Value | Field::Note | Field::Interviewee), Value::Null) => {
                set(&mut given, field, String::new())
            }
            (Field::Flagged, _) => wrong("write true or false"),
            _ => wrong("write a text"),
        }
    }
    Row {
        place,
        given,
        csv_evidence: None,
        unreadable,
    }
}

/// A text field of `given`.
fn set(given: &mut Given, field: Field, text: String) {
    match field {
        Field::Questionnaire => given.questionnaire = text,
        Field::Target => given.target = text,
        Field::Requirement => given.requirement = text,
        Field::Value => given.value = Some(text),
        Field::Note => given.note = Some(text),
        Field::Interviewee => given.interviewee = Some(text),
        Field::Evidence => given.evidence = Some(text.split(';').map(str::to_string).collect()),
        Field::Flagged => given.flagged = Some(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_object_is_placed_where_it_starts() {
        let text = "[\n  {\"questionnaire\": \"q\", \"requirement\": \"r\"},\n    {\"value\": null,\n \"evidence\": [\"a\", \"b\"], \"flagged\": true}\n]";
        let rows = rows(Path::new("a.json"), text).unwrap();
        assert_eq!((rows[0].place.line, rows[0].place.column), (2, Some(3)));
        assert_eq!((rows[1].place.line, rows[1].place.column), (3, Some(5)));
        assert_eq!(rows[1].given.value.as_deref(), Some(""));
        assert_eq!(rows[1].given.evidence, Some(vec!["a".to_string(), "b".to_string()]));
        assert_eq!(rows[1].given.flagged.as_deref(), Some("true"));
        assert_eq!(rows[0].given.note, None);
    }

    #[test]
    fn wrong_types_and_unknown_fields_are_named() {
        let rows = rows(Path::new("a.json"), r#"[{"value": 3, "colour": "red"}, 7]"#).unwrap();
        assert_eq!(rows[0].unreadable.len(), 2, "{:?}", rows[0].unreadable);
        assert!(rows[0].unreadable.iter().any(|m| m.contains("\"colour\"")));
        assert!(rows[1].unreadable[0].contains("is an object"));
    }
}
