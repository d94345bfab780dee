//! Reading a large assessment in sections, so that no tree of the whole document is ever built.
//!
//! The `toml` crate reads a document whole: it lexes all of it into tokens, then events, then a
//! tree, and only then fills our types; for a 500-zone plant that is 17 times the file's size in
//! memory. An assessment is mostly `[[answer]]` tables, and by the TOML specification each of them
//! is self-contained: it adds one element to the root array `answer`, and its keys belong to that
//! element alone. So the text is cut at its top-level table headers into
//! - the head: the root keys and every table that is not an answer, joined in their order and read
//!   as one document (an [`Assessment`] without answers), and
//! - the answers: runs of consecutive `[[answer]]` tables, [`BATCH`] at a time, each read as a
//!   document of its own, on two threads, and collected in order. The ids, values and names the
//!   answers repeat are shared as they are read (`shared_text.rs`).
//!
//! The rule, checkable in a minute:
//! 1. Headers are found with the TOML lexer (`toml_parser`, the one `toml` itself uses): a `[` that
//!    begins a line outside any string, comment, array or inline table. Only there does a document
//!    continue with a new table, so every section reads alone exactly as it reads in the whole.
//! 2. Nothing outside an answer table can reach into one unless the root itself defines `answer`
//!    (a root key `answer`) or another header starts with the key `answer` (`[answer]`,
//!    `[answer.x]`, `[[answer.x]]`). Such a file, one whose header or root key is quoted (it could
//!    spell `answer`), and one whose brackets do not pair up are read whole.
//! 3. When any section fails to read, the whole text is read as one: results and error messages
//!    (file, line, column) never depend on the sectioning.

use super::model::{Answer, Assessment};
use super::shared_text::Sharing;
use std::ops::Range;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use toml_parser::Source;
use toml_parser::lexer::TokenKind;

/// How many answer tables are read as one document: large enough that the per-document cost does
/// not show, small enough that the transient tokens and tree stay small.
const BATCH: usize = 256;

/// How many batches a reader may read ahead of the collector: bounds the answers held twice.
const AHEAD: usize = 2;

/// The assessment in `text`, read in sections; `None` when the rule above says to read the file
/// whole, or when any section fails to read (the caller reads it whole for the message).
///
/// Two readers take the batches in turn (the first reader the even ones, the second the odd ones);
/// the calling thread reads the head, then collects the batches in order into one list with room
/// for every answer. A reader waits while [`AHEAD`] of its batches are not collected yet, so the
/// answers are never all held twice.
pub(super) fn parse(text: &str) -> Option<Assessment> {
    let sections = Sections::find(text)?;
    let batches = sections.answer_batches(text);
    std::thread::scope(|s| {
        let readers: Vec<Receiver<Option<Vec<Answer>>>> = (0..2)
            .map(|first| {
                let (sender, receiver) = sync_channel(AHEAD);
                let mine = batches.iter().skip(first).step_by(2);
                s.spawn(move || read_batches(mine, &sender));
                receiver
            })
            .collect();
        let mut assessment = toml::from_str::<Assessment>(&sections.head(text)).ok()?;
        if !assessment.answers().is_empty() {
            return None;
        }
        // Returning early drops the receivers: the readers' next send fails and they stop.
        let mut answers = Vec::with_capacity(sections.answers.len());
        for i in 0..batches.len() {
            answers.extend(readers[i % 2].recv().ok()??);
        }
        assessment.set_answers_as_read(answers);
        Some(assessment)
    })
}

/// Read `batches` in order and send each one's answers (`None` for a batch that fails to read,
/// and then stop).
fn read_batches<'t>(batches: impl Iterator<Item = &'t &'t str>, sender: &SyncSender<Option<Vec<Answer>>>) {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Batch {
        answer: Vec<Answer>,
    }
    let mut sharing = Sharing::default();
    for batch in batches {
        let answers = toml::from_str::<Batch>(batch).ok().map(|b| {
            let mut answers = b.answer;
            answers.iter_mut().for_each(|a| share_texts(a, &mut sharing));
            answers
        });
        let failed = answers.is_none();
        if sender.send(answers).is_err() || failed {
            return;
        }
    }
}

/// Make the texts that answers repeat one text each (see `shared_text.rs`).
fn share_texts(a: &mut Answer, sharing: &mut Sharing) {
    let Answer {
        questionnaire,
        target,
        requirement,
        value,
        interviewee,
        assessor,
        edited_by,
        ..
    } = a;
    for text in [questionnaire, requirement, interviewee, assessor, edited_by]
        .into_iter()
        .chain(target.as_mut())
        .chain(value.as_mut())
    {
        sharing.share(text);
    }
}

/// Where the sections of a text are.
#[derive(Debug, PartialEq)]
struct Sections {
    /// The root keys and the tables that are not answers, in order.
    head: Vec<Range<usize>>,
    /// The `[[answer]]` tables, in order.
    answers: Vec<Range<usize>>,
}

/// What a line that begins with `[` at top level says.
enum Header {
    /// Exactly `[[answer]]`.
    Answer,
    /// A table whose first key is a bare key other than `answer`.
    Other,
    /// Anything else: the file is read whole.
    Unusual,
}

impl Sections {
    /// The sections of `text`; `None` when the file must be read whole (rule 2 above).
    fn find(text: &str) -> Option<Sections> {
        let source = Source::new(text);
        let mut tokens = source.lex().peekable();
        let mut sections = Sections {
            head: Vec::new(),
            answers: Vec::new(),
        };
        // The section being read: where it starts and whether it is an answer (the root keys are not).
        let (mut start, mut in_answer, mut in_root) = (0, false, true);
        let mut depth = 0usize;
        let mut line_start = true;
        while let Some(token) = tokens.next() {
            let (kind, span) = (token.kind(), token.span());
            match kind {
                TokenKind::Newline => line_start = true,
                TokenKind::Whitespace | TokenKind::Comment | TokenKind::Eof => {}
                TokenKind::LeftSquareBracket if line_start && depth == 0 => {
                    // A header: the section before it ends at the start of its line.
                    let begins = text[..span.start()].rfind('\n').map_or(0, |i| i + 1);
                    sections.close(start..begins, in_answer);
                    let mut header = vec![(kind, "[")];
                    while let Some(t) = tokens.next_if(|t| t.kind() != TokenKind::Newline) {
                        header.push((t.kind(), &text[t.span().start()..t.span().end()]));
                    }
                    in_answer = match classify(&header) {
                        Header::Answer => true,
                        Header::Other => false,
                        Header::Unusual => return None,
                    };
                    (start, in_root, line_start) = (begins, false, false);
                }
                TokenKind::Atom | TokenKind::BasicString | TokenKind::LiteralString
                    if line_start && depth == 0 && in_root =>
                {
                    // A root key: it must not be, or possibly spell, `answer`.
                    if kind != TokenKind::Atom || &text[span.start()..span.end()] == "answer" {
                        return None;
                    }
                    line_start = false;
                }
                TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => {
                    depth += 1;
                    line_start = false;
                }
                TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => {
                    depth = depth.checked_sub(1)?;
                    line_start = false;
                }
                _ => line_start = false,
            }
        }
        sections.close(start..text.len(), in_answer);
        Some(sections)
    }

    fn close(&mut self, range: Range<usize>, answer: bool) {
        if answer {
            self.answers.push(range);
        } else if !range.is_empty() {
            self.head.push(range);
        }
    }

    /// The head as one document.
    fn head(&self, text: &str) -> String {
        self.head.iter().map(|r| &text[r.clone()]).collect()
    }

    /// Runs of at most [`BATCH`] answer tables that stand next to each other in the text.
    fn answer_batches<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let mut batches = Vec::new();
        let mut run: Option<(Range<usize>, usize)> = None;
        for r in &self.answers {
            run = match run {
                Some((open, n)) if open.end == r.start && n < BATCH => Some((open.start..r.end, n + 1)),
                Some((open, _)) => {
                    batches.push(&text[open]);
                    Some((r.clone(), 1))
                }
                None => Some((r.clone(), 1)),
            };
        }
        batches.extend(run.map(|(open, _)| &text[open]));
        batches
    }
}

/// Which header a line makes, from its tokens (kind and text) up to its end.
fn classify(line: &[(TokenKind, &str)]) -> Header {
    let written: String = line
        .iter()
        .take_while(|(kind, _)| *kind != TokenKind::Comment)
        .map(|(_, text)| *text)
        .collect();
    if written.trim_end() == "[[answer]]" {
        return Header::Answer;
    }
    // The first key: after one bracket, or two written together, and any spaces.
    let brackets = if line
        .get(1)
        .is_some_and(|(kind, _)| *kind == TokenKind::LeftSquareBracket)
    {
        2
    } else {
        1
    };
    let first_key = line[brackets..].iter().find(|(kind, _)| *kind != TokenKind::Whitespace);
    match first_key {
        Some((TokenKind::Atom, key)) if *key != "answer" => Header::Other,
        _ => Header::Unusual,
    }
}

#[cfg(test)]
#[path = "sections_tests.rs"]
mod tests;
