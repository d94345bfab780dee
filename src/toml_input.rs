//! Reading TOML that a person wrote: parse errors and later checks point at line and column.

use crate::error::{Diagnostic, Position};
use serde::de::DeserializeOwned;
use std::ops::Range;
use std::path::Path;

/// Parse `text` (the contents of `path`) into `T`, turning a syntax or shape error into a diagnostic
/// with the position the TOML parser reports.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, Diagnostic> {
    toml::from_str(text).map_err(|e| {
        let message = e.message().trim().to_string();
        let mut message = message.lines().next().unwrap_or("invalid TOML").to_string();
        if let Some(better) = e.span().and_then(|s| timestamp_problem(text.get(s)?, &message)) {
            message = better;
        }
        Diagnostic::new(path, message).at(e.span().map(|s| Position::of_offset(text, s.start)))
    })
}

/// When `message` is the date-time parser's complaint about the string `value` (as written in
/// the file, quotes and all), a message that says what is wrong and what is expected. The date
/// parser alone says things like "failed to parse two digit integer as month" for a year 99999.
fn timestamp_problem(value: &str, message: &str) -> Option<String> {
    let string = toml::from_str::<toml::Table>(&format!("v = {value}")).ok()?;
    let string = string.get("v")?.as_str()?;
    let complaint = string.parse::<jiff::Timestamp>().err()?.to_string();
    message.contains(&complaint).then(|| {
        format!(
            "\"{}\" is not a date and time; write one like 2026-03-01T10:00:00Z (year-month-day, T, hours:minutes:seconds, Z for UTC)",
            crate::text_safety::visible_inline(string)
        )
    })
}

/// The offset of the top-level `format = ...` line, if the file has one before its first table.
pub fn format_offset(text: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            return None;
        }
        if let Some(rest) = trimmed.strip_prefix("format")
            && rest.trim_start().starts_with('=')
        {
            return Some(offset + line.len() - trimmed.len());
        }
        offset += line.len();
    }
    None
}

/// A diagnostic at the start of `span` in `text`.
pub fn at_span(path: &Path, text: &str, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(path, message).at(Some(Position::of_offset(text, span.start)))
}

/// The `format` number of a TOML document, read before anything else so that a file written by a
/// newer version is refused as such rather than reported as full of unknown fields.
pub fn format_version(path: &Path, text: &str) -> Result<Option<i64>, Diagnostic> {
    // `format` is a top-level key, so it stands before the first [table]. Reading those lines is
    // enough and avoids parsing a large document twice; anything unusual there (a value that is not
    // a plain integer, a multi-line construct) falls back to a full parse, which also reports errors.
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            return Ok(None);
        }
        if let Some(rest) = line.strip_prefix("format") {
            let rest = rest.trim_start();
            if let Some(value) = rest.strip_prefix('=') {
                let value = value.split('#').next().unwrap_or("").trim();
                return match value.parse::<i64>() {
                    Ok(v) => Ok(Some(v)),
                    Err(_) => full_format_version(path, text),
                };
            }
        }
    }
    full_format_version(path, text)
}

fn full_format_version(path: &Path, text: &str) -> Result<Option<i64>, Diagnostic> {
    #[derive(serde::Deserialize)]
    struct Header {
        format: Option<toml::Spanned<toml::Value>>,
    }
    let header: Header = parse(path, text)?;
    match header.format {
        None => Ok(None),
        Some(v) => match v.get_ref().as_integer() {
            Some(n) => Ok(Some(n)),
            None => Err(at_span(
                path,
                text,
                v.span(),
                "format must be a whole number, like format = 1",
            )),
        },
    }
}
