//! Text from files, made safe to print on a terminal. An assessment, a questionnaire, a Fluent
//! overlay or a workbook may carry control characters: an escape sequence in a title could retitle
//! or clear the terminal, a bidi override could make a line read differently from what it says.
//! Everything the program prints as text goes through [`visible`] (or [`visible_inline`]), which
//! shows such characters as Rust-style escapes, `\u{1b}`, instead of sending them.
//!
//! Made visible: C0 controls (U+0000-U+001F, except newline and tab where the layout uses them),
//! DEL (U+007F), C1 controls (U+0080-U+009F), and the bidi embeddings, overrides and isolates
//! (U+202A-U+202E, U+2066-U+2069). JSON output is printed exactly ([`print_exact`]): serde_json
//! already escapes what JSON must, and a program reading it needs the text as it is.
//!
//! The print macros of this module are the only way the program writes to stdout and stderr
//! (clippy's `disallowed_macros` refuses `println!` and friends elsewhere). A closed pipe
//! (`iacs-assess score x | head -1`) ends the output quietly instead of panicking.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Write as _;

/// Whether `c` must not reach a terminal as it is.
fn is_hazard(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn escape(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_hazard(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_hazard(c) && !keep(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` with every control character except newline and tab shown as `\u{..}`: for text laid
/// out over lines (reports, tables).
pub fn visible(text: &str) -> Cow<'_, str> {
    escape(text, |c| c == '\n' || c == '\t')
}

/// `text` with every control character shown as `\u{..}`, newlines and tabs too: for what must
/// stay on one line (a file name, an id, one message of a list).
pub fn visible_inline(text: &str) -> Cow<'_, str> {
    escape(text, |_| false)
}

/// Write `text` to stdout or stderr; errors (a closed pipe) are ignored, there is nobody to tell.
fn write_to(stderr: bool, text: &str) {
    let _ = if stderr {
        std::io::stderr().lock().write_all(text.as_bytes())
    } else {
        std::io::stdout().lock().write_all(text.as_bytes())
    };
}

/// Print text to stdout with control characters made visible.
pub fn print_out(text: &str) {
    write_to(false, &visible(text));
}

/// Print text to stderr with control characters made visible.
pub fn print_err(text: &str) {
    write_to(true, &visible(text));
}

/// Print machine-readable output (JSON) exactly as it is.
pub fn print_exact(text: &str) {
    write_to(false, text);
}

/// `println!` for text that may quote files: control characters are made visible.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::text_safety::print_out(&format!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` for text that may quote files: control characters are made visible.
#[macro_export]
macro_rules! say_err {
    ($($arg:tt)*) => {
        $crate::text_safety::print_err(&format!("{}\n", format_args!($($arg)*)))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_controls_become_visible() {
        assert_eq!(visible("a\u{1b}]0;owned\u{7}b"), "a\\u{1b}]0;owned\\u{7}b");
        assert_eq!(visible("\u{9b}2J\u{7f}"), "\\u{9b}2J\\u{7f}");
        assert_eq!(visible("x\u{202e}y\u{2066}z\u{2069}"), "x\\u{202e}y\\u{2066}z\\u{2069}");
        assert_eq!(visible("line\n\tindented\r"), "line\n\tindented\\u{d}");
        assert_eq!(visible_inline("a\nb\tc"), "a\\u{a}b\\u{9}c");
    }

    #[test]
    fn ordinary_text_is_not_copied() {
        assert!(matches!(
            visible("Stra\u{df}e \u{201e}x\u{201c} \u{2192} ok"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(visible_inline("SP.01.01 BR"), Cow::Borrowed(_)));
    }
}
