//! Errors with a place: every problem a user can cause names the file and, where there is one, the line
//! and column, and maps to exit code 2. Failures that are not the user's input map to exit code 1.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in one file, with its position when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn at(mut self, position: Option<Position>) -> Self {
        if let Some(p) = position {
            self.line = Some(p.line);
            self.column = Some(p.column);
        }
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of a byte offset in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let mut start = offset;
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let before = &text[..start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let column = before[line_start..].chars().count() + 1;
        Position { line, column }
    }
}

/// The error type of the library: either bad input (exit 2) or a failure of the machine (exit 1).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Problems in files the user gave us (questionnaires, locales, assessments, spreadsheets).
    #[error("{}", format_diagnostics(.0))]
    Invalid(Vec<Diagnostic>),
    /// A request that cannot be carried out as asked (unknown id, bad value, file exists ...).
    #[error("{0}")]
    Usage(String),
    /// The assessment file is held by another process.
    #[error("{path} is open in another iacs-assess process; close it there first", path = .0.display())]
    Locked(PathBuf),
    /// Another program changed (or removed) the assessment file since iacs-assess last read or wrote
    /// it; nothing was written.
    #[error("{path} was changed by another program since iacs-assess last read or wrote it; nothing was written to it", path = .0.display())]
    ChangedOnDisk(PathBuf),
    /// Reading or writing failed for reasons outside the input (disk full, permissions ...).
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

fn format_diagnostics(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}

impl Error {
    pub fn invalid(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::Invalid(vec![Diagnostic::new(file, message)])
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// An I/O error while reading a user's file: a missing or unreadable input is bad input.
    pub fn reading(path: &Path, source: std::io::Error) -> Self {
        Error::invalid(path, format!("cannot read the file: {source}"))
    }

    /// The process exit code this error calls for.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_) | Error::Usage(_) | Error::Locked(_) => 2,
            Error::Io { .. } | Error::ChangedOnDisk(_) => 1,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(Position::of_offset(text, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::of_offset(text, 6), Position { line: 2, column: 1 });
        // 'é' is two bytes but one column
        assert_eq!(Position::of_offset(text, 9), Position { line: 2, column: 3 });
    }

    #[test]
    fn diagnostics_print_file_line_column() {
        let d = Diagnostic::new("q.toml", "duplicate id \"X\"").at(Some(Position { line: 3, column: 6 }));
        assert_eq!(d.to_string(), "q.toml:3:6: duplicate id \"X\"");
        assert_eq!(Diagnostic::new("q.toml", "empty").to_string(), "q.toml: empty");
    }
}
