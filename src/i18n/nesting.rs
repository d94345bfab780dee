//! Parsing Fluent files that may be hostile. fluent-syntax parses placeables, select variants and
//! call arguments by recursion, so a file nested deep enough overflows the stack and aborts the
//! program (a quote inside a select variant used to slip past the old guard, which guessed where
//! string literals were). Two bounds, neither of which depends on guessing the grammar right:
//!
//! 1. Before parsing, [`nesting_bound`] computes an upper bound of how deep the parser can
//!    recurse: it counts every `{` and every `(` inside braces, and takes a level back only for a
//!    `}` that cannot be inside a string literal (no `"` before it on its line; string literals
//!    end at the line's end). It can overestimate (a `"` in text, parentheses in text inside a
//!    select) but never underestimates, so no arrangement of quotes, selects or calls gets past
//!    it. Files whose bound exceeds [`MAX_SCAN_DEPTH`] are refused; real files stay far below.
//! 2. The parse runs on a thread of its own with [`PARSER_STACK`] bytes of stack, enough for
//!    [`MAX_SCAN_DEPTH`] levels many times over, so the caller's stack size does not matter.
//!    Then the nesting is measured exactly on the parsed messages (without recursion), and a
//!    message nested deeper than [`MAX_NESTING`] is refused, so what the rest of the program
//!    formats and drops is shallow. A refused file is also dropped on the parser's thread.

use super::LocaleFile;
use crate::error::{Diagnostic, PositionIndex};
use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// The deepest nesting of placeables and call arguments a message may have (real ones use two
/// or three).
pub const MAX_NESTING: usize = 32;

/// The highest nesting [`nesting_bound`] may find before a file is parsed at all.
pub const MAX_SCAN_DEPTH: usize = 1000;

/// The stack of the parsing thread. One level of fluent-syntax recursion takes under 2 KB in a
/// debug build; this leaves room for [`MAX_SCAN_DEPTH`] levels many times over and is only
/// touched as far as it is used.
const PARSER_STACK: usize = 64 * 1024 * 1024;

/// Where in `text` the upper bound of the parser's recursion first exceeds `limit`, if it does.
pub fn nesting_bound(text: &str, limit: usize) -> Option<usize> {
    // Per open brace, the parentheses opened since (calls live inside placeables).
    let mut braces: Vec<usize> = Vec::new();
    let mut parens = 0usize;
    let mut quote_on_line = false;
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'{' => braces.push(0),
            b'(' => match braces.last_mut() {
                Some(open) => {
                    *open += 1;
                    parens += 1;
                }
                None => continue,
            },
            b'}' if !quote_on_line => {
                parens -= braces.pop().unwrap_or(0);
                continue;
            }
            b'"' => quote_on_line = true,
            b'\n' => quote_on_line = false,
            _ => {}
        }
        if braces.len() + parens > limit {
            return Some(offset);
        }
    }
    None
}

/// One parsed file, or why it was refused.
pub type Parsed = Result<FluentResource, Vec<Diagnostic>>;

/// Parse every file on a thread with a large stack; see the module documentation. Files built into
/// the binary are ours, shallow and checked before release: when there are only such files, they
/// are parsed on the caller's thread (the bound of step 1 still applies).
pub fn parse_all(files: &[LocaleFile]) -> Vec<Parsed> {
    let parse = || files.iter().map(parse_one).collect::<Vec<_>>();
    if files.iter().all(|f| f.builtin) {
        return parse();
    }
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .name("fluent-parser".into())
            .stack_size(PARSER_STACK)
            .spawn_scoped(scope, parse)
        {
            Ok(handle) => handle.join().ok(),
            Err(_) => None,
        }
    })
    .unwrap_or_else(|| {
        let refuse = |f: &LocaleFile| Err(vec![Diagnostic::new(&f.path, "cannot start the Fluent parser")]);
        files.iter().map(refuse).collect()
    })
}

fn parse_one(file: &LocaleFile) -> Parsed {
    // Only a refused file needs positions.
    let positions = || PositionIndex::new(&file.text);
    if let Some(offset) = nesting_bound(&file.text, MAX_SCAN_DEPTH) {
        return Err(vec![
            Diagnostic::new(
                &file.path,
                format!("placeables, selects or calls nested deeper than {MAX_NESTING} levels"),
            )
            .at(Some(positions().position(offset))),
        ]);
    }
    let resource = FluentResource::try_new(file.text.to_string()).map_err(|(_, errors)| {
        let positions = positions();
        errors
            .into_iter()
            .map(|e| {
                Diagnostic::new(&file.path, format!("Fluent syntax error: {}", e.kind))
                    .at(Some(positions.position(e.pos.start)))
            })
            .collect::<Vec<_>>()
    })?;
    let too_deep: Option<&str> = resource.entries().find_map(|entry| match entry {
        ast::Entry::Message(m)
            if patterns_depth(m.value.iter().chain(m.attributes.iter().map(|a| &a.value))) > MAX_NESTING =>
        {
            Some(m.id.name)
        }
        ast::Entry::Term(t)
            if patterns_depth(std::iter::once(&t.value).chain(t.attributes.iter().map(|a| &a.value))) > MAX_NESTING =>
        {
            Some(t.id.name)
        }
        _ => None,
    });
    if let Some(id) = too_deep {
        let offset = super::message_starts(&file.text).get(id).copied();
        return Err(vec![
            Diagnostic::new(
                &file.path,
                format!("message \"{id}\": placeables, selects or calls nested deeper than {MAX_NESTING} levels"),
            )
            .at(offset.map(|o| positions().position(o))),
        ]);
    }
    Ok(resource)
}

/// A node of a message to look into, with its nesting level.
enum Node<'r> {
    Pattern(&'r ast::Pattern<&'r str>),
    Expression(&'r ast::Expression<&'r str>),
    Inline(&'r ast::InlineExpression<&'r str>),
    Arguments(&'r ast::CallArguments<&'r str>),
}

/// The deepest nesting of placeables and call arguments in `patterns`, found without recursion.
fn patterns_depth<'r>(patterns: impl Iterator<Item = &'r ast::Pattern<&'r str>>) -> usize {
    let mut todo: Vec<(Node<'r>, usize)> = patterns.map(|p| (Node::Pattern(p), 0)).collect();
    let mut deepest = 0;
    while let Some((node, depth)) = todo.pop() {
        deepest = deepest.max(depth);
        match node {
            Node::Pattern(p) => {
                for element in &p.elements {
                    if let ast::PatternElement::Placeable { expression } = element {
                        todo.push((Node::Expression(expression), depth + 1));
                    }
                }
            }
            Node::Expression(ast::Expression::Inline(inline)) => todo.push((Node::Inline(inline), depth)),
            Node::Expression(ast::Expression::Select { selector, variants }) => {
                todo.push((Node::Inline(selector), depth));
                todo.extend(variants.iter().map(|v| (Node::Pattern(&v.value), depth)));
            }
            Node::Inline(ast::InlineExpression::Placeable { expression }) => {
                todo.push((Node::Expression(expression), depth + 1))
            }
            Node::Inline(ast::InlineExpression::FunctionReference { arguments, .. }) => {
                todo.push((Node::Arguments(arguments), depth + 1))
            }
            Node::Inline(ast::InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            }) => todo.push((Node::Arguments(arguments), depth + 1)),
            Node::Inline(_) => {}
            Node::Arguments(arguments) => {
                todo.extend(arguments.positional.iter().map(|a| (Node::Inline(a), depth)));
                todo.extend(arguments.named.iter().map(|a| (Node::Inline(&a.value), depth)));
            }
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_of(text: &str) -> Option<usize> {
        (0..=MAX_SCAN_DEPTH).find(|&limit| nesting_bound(text, limit).is_none())
    }

    #[test]
    fn the_bound_of_ordinary_messages_is_their_nesting() {
        assert_eq!(depth_of("a = Hello { $name }\n"), Some(1));
        assert_eq!(
            depth_of("a = { $n ->\n    [one] one { $x }\n   *[other] { NUMBER($n) } files\n}\n"),
            Some(3)
        );
        assert_eq!(depth_of("a = (see { b }) and (c)\n"), Some(1));
    }

    #[test]
    fn quotes_and_strings_never_lower_the_bound() {
        // The old guard took the quote in the variant for the start of a string literal.
        let bypass = format!("a = {{ $x ->\n   *[k] \" {}\n}}\n", "{ ".repeat(100));
        assert!(depth_of(&bypass).is_none_or(|d| d > 100));
        // A string literal full of closing braces inside each level.
        let strings = format!("a = {}", "{ \"}}}}\" -> *[k] ".repeat(50));
        assert!(depth_of(&strings).is_none_or(|d| d >= 50));
        // Calls nest without braces.
        let calls = format!("a = {{ {}x{} }}\n", "F(".repeat(60), ")".repeat(60));
        assert!(depth_of(&calls).is_none_or(|d| d > 60));
    }
}
