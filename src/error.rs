//! Errors with a place: every problem a user can cause names the file and, where there is one, the line
//! and column, and maps to exit code 2. Failures that are not the user's input map to exit code 1.

use crate::text_safety::visible_inline;
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
    /// `file:line:column: message`, one line: control characters from the file name or the
    /// message (which quotes the file) are made visible, never sent to the terminal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", visible_inline(&self.file.display().to_string()))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", visible_inline(&self.message))
    }
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of a byte offset in `text`. This reads `text` from the start: for more than
    /// one position in the same text, build a [`PositionIndex`] once.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// Byte offsets to lines and columns in one text, each in logarithmic time: the start of every
/// line, and the number of characters before every block of about 4 KB (so a column on a very
/// long line costs no more than one on a short line).
#[derive(Debug, Clone)]
pub struct PositionIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    /// For block k: the first character boundary at or after k * BLOCK, and the characters before it.
    blocks: Vec<(usize, usize)>,
}

impl<'a> PositionIndex<'a> {
    const BLOCK: usize = 4096;

    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut blocks = Vec::with_capacity(text.len() / Self::BLOCK + 1);
        let (mut start, mut chars) = (0, 0);
        for k in 0..=text.len() / Self::BLOCK {
            let mut boundary = (k * Self::BLOCK).min(text.len());
            while !text.is_char_boundary(boundary) {
                boundary += 1;
            }
            chars += text[start..boundary].chars().count();
            blocks.push((boundary, chars));
            start = boundary;
        }
        PositionIndex {
            text,
            line_starts,
            blocks,
        }
    }

    /// Characters in `text[..offset]` (`offset` on a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let mut k = offset / Self::BLOCK;
        if self.blocks[k].0 > offset {
            k -= 1;
        }
        let (boundary, chars) = self.blocks[k];
        chars + self.text[boundary..offset].chars().count()
    }

    /// The position of byte `offset` (clamped to the text; inside a character, that character).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let chars = if offset - line_start <= Self::BLOCK {
            self.text[line_start..offset].chars().count()
        } else {
            self.chars_before(offset) - self.chars_before(line_start)
        };
        Position {
            line,
            column: chars + 1,
        }
    }
}

/// The error type of the library: either bad input (exit 2) or a failure of the machine (exit 1).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Problems in files the user gave us (questionnaires, locales, assessments, spreadsheets).
    #[error("{}", format_diagnostics(.0))]
    Invalid(Vec<Diagnostic>),
    /// A request that cannot be carried out as asked (unknown id, bad value, file exists ...).
    #[error("{}", visible_inline(.0))]
    Usage(String),
    /// The assessment file is held by another process.
    #[error("{path} is open in another iacs-assess process; close it there first", path = visible_inline(&.0.display().to_string()))]
    Locked(PathBuf),
    /// Another program changed (or removed) the assessment file since iacs-assess last read or wrote
    /// it; nothing was written.
    #[error("{path} was changed by another program since iacs-assess last read or wrote it; nothing was written to it", path = .0.display())]
    ChangedOnDisk(PathBuf),
    /// Reading or writing failed for reasons outside the input (disk full, permissions ...).
    #[error("{}: {source}", visible_inline(context))]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

/// At most this many problems are listed; the rest are counted ("... and 19900 more problems").
/// Nobody reads further, and printing hundreds of thousands of lines takes longer than finding them.
pub const MAX_LISTED: usize = 100;

fn format_diagnostics(diagnostics: &[Diagnostic]) -> String {
    let mut lines: Vec<String> = diagnostics.iter().take(MAX_LISTED).map(|d| d.to_string()).collect();
    if diagnostics.len() > MAX_LISTED {
        lines.push(format!("... and {} more problems", diagnostics.len() - MAX_LISTED));
    }
    lines.join("\n")
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

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::Invalid(vec![d])
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
    fn the_index_agrees_with_the_single_lookup() {
        let long_line = format!("x = \"{}\"\n", "é".repeat(5000));
        let text = format!("a = 1\nbé = 2\n{long_line}{long_line}end\n");
        let index = PositionIndex::new(&text);
        for offset in (0..=text.len() + 3).step_by(7) {
            assert_eq!(
                index.position(offset),
                Position::of_offset(&text, offset),
                "offset {offset}"
            );
        }
        assert_eq!(index.position(text.len()), Position { line: 6, column: 1 });
    }

    #[test]
    fn long_lists_of_problems_are_cut_and_counted() {
        let many: Vec<Diagnostic> = (0..MAX_LISTED + 42)
            .map(|i| Diagnostic::new("a.toml", format!("problem {i}")))
            .collect();
        let text = Error::Invalid(many).to_string();
        assert_eq!(text.lines().count(), MAX_LISTED + 1);
        assert!(text.ends_with("\n... and 42 more problems"), "{text}");
        assert_eq!(
            Error::Invalid(vec![Diagnostic::new("a.toml", "one")]).to_string(),
            "a.toml: one"
        );
    }

    #[test]
    fn control_characters_in_messages_and_file_names_are_shown_not_sent() {
        let d = Diagnostic::new(
            "evil\u{1b}[2J.toml",
            "unknown requirement \"\u{1b}]0;owned\u{7}\"\nfake: ok",
        );
        assert_eq!(
            d.to_string(),
            "evil\\u{1b}[2J.toml: unknown requirement \"\\u{1b}]0;owned\\u{7}\"\\u{a}fake: ok"
        );
        assert_eq!(Error::usage("id \u{9b}31m").to_string(), "id \\u{9b}31m");
    }

    #[test]
    fn diagnostics_print_file_line_column() {
        let d = Diagnostic::new("q.toml", "duplicate id \"X\"").at(Some(Position { line: 3, column: 6 }));
        assert_eq!(d.to_string(), "q.toml:3:6: duplicate id \"X\"");
        assert_eq!(Diagnostic::new("q.toml", "empty").to_string(), "q.toml: empty");
    }
}
