//! The two kinds of CSV the exports write: plain RFC 4180 (commas, no byte-order mark, times as
//! RFC 3339), and the kind a spreadsheet program opens by double-click in the user's locale:
//! UTF-8 with a byte-order mark (else Excel reads umlauts as Windows-1252), the locale's list
//! separator (a semicolon where the decimal separator is a comma, else Excel puts every row in one
//! column) and times to the second as Excel reads them ("2026-10-13 14:05:09", UTC).

use super::neutralise;
use crate::error::{Error, Result};
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvDialect {
    /// RFC 4180: commas, CRLF, no byte-order mark, times as RFC 3339.
    #[default]
    Rfc4180,
    /// For spreadsheet programs: byte-order mark, the locale's separator, times to the second.
    Excel,
}

/// Languages whose numbers use a decimal comma, so that their spreadsheet programs separate
/// CSV cells with a semicolon.
const DECIMAL_COMMA: &[&str] = &[
    "bg", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi", "fo", "fr", "gl", "hr", "hu", "id", "is", "it", "lt",
    "lv", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "vi",
];

/// A CSV being written in a dialect, for a language.
pub struct CsvOut {
    dialect: CsvDialect,
    writer: ::csv::Writer<Vec<u8>>,
}

fn fail(e: impl std::fmt::Display) -> Error {
    Error::usage(format!("cannot write CSV: {e}"))
}

impl CsvDialect {
    /// The cell separator in `language`: a comma for RFC 4180; for Excel a semicolon where the
    /// language writes decimals with a comma (de, fr and most of Europe), else a comma (en).
    pub fn separator(self, language: &LanguageIdentifier) -> u8 {
        match self {
            CsvDialect::Excel if DECIMAL_COMMA.contains(&language.language.as_str()) => b';',
            _ => b',',
        }
    }

    /// A time as this dialect writes it: RFC 3339 as stored, or "2026-10-13 14:05:09" (UTC).
    pub fn time(self, t: &jiff::Timestamp) -> String {
        match self {
            CsvDialect::Rfc4180 => t.to_string(),
            CsvDialect::Excel => t.strftime("%Y-%m-%d %H:%M:%S").to_string(),
        }
    }
}

impl CsvOut {
    /// A CSV in `dialect` for `language`, starting with `header`.
    pub fn new(dialect: CsvDialect, language: &LanguageIdentifier, header: &[&str]) -> Result<CsvOut> {
        let mut out = Vec::new();
        if dialect == CsvDialect::Excel {
            out.extend_from_slice("\u{feff}".as_bytes());
        }
        let mut writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .delimiter(dialect.separator(language))
            .from_writer(out);
        writer.write_record(header).map_err(fail)?;
        Ok(CsvOut { dialect, writer })
    }

    pub fn dialect(&self) -> CsvDialect {
        self.dialect
    }

    /// One row; a cell that would start a formula is neutralised ([`neutralise`]).
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> Result<()> {
        self.writer
            .write_record(cells.iter().map(|c| neutralise(c.as_ref())))
            .map_err(fail)
    }

    pub fn finish(self) -> Result<Vec<u8>> {
        self.writer.into_inner().map_err(fail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_follows_the_decimal_comma_of_the_language() {
        let lang = |s: &str| s.parse::<LanguageIdentifier>().unwrap();
        assert_eq!(CsvDialect::Excel.separator(&lang("de")), b';');
        assert_eq!(CsvDialect::Excel.separator(&lang("fr-CA")), b';');
        assert_eq!(CsvDialect::Excel.separator(&lang("en-GB")), b',');
        assert_eq!(CsvDialect::Rfc4180.separator(&lang("de")), b',');
    }

    #[test]
    fn excel_times_are_to_the_second_without_t_or_z() {
        let t: jiff::Timestamp = "2026-10-13T14:05:09.123456Z".parse().unwrap();
        assert_eq!(CsvDialect::Excel.time(&t), "2026-10-13 14:05:09");
        assert_eq!(CsvDialect::Rfc4180.time(&t), t.to_string());
    }
}
