//! Localized text through Fluent. Messages are grouped in domains, one per `.ftl` file name: `ui`,
//! `scales`, one per questionnaire id, and `risk-<model>`. A lookup walks the fallback chain (the
//! chosen language, then English); text that had to come from a fallback language is marked, so a
//! missing translation is visible, and a message missing everywhere never shows its raw key.

mod domain;
pub mod language;
pub mod nesting;

use crate::error::{Diagnostic, Position, PositionIndex};
use domain::Domain;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use unic_langid::LanguageIdentifier;

pub use language::{BASE_LANGUAGE, fallback_chain, from_environment};
pub use nesting::MAX_NESTING;

/// One `.ftl` file: its language (folder name), domain (file stem), name for messages and text.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    pub language: String,
    pub domain: String,
    pub path: PathBuf,
    /// Built-in files are borrowed from the binary, not copied.
    pub text: Cow<'static, str>,
    /// Built into the binary (checked before release), rather than one of the user's files.
    pub builtin: bool,
}

type Bundle = FluentBundle<FluentResource>;

/// All messages, by language and domain, and the chain of languages to speak. A domain's files are
/// parsed the first time one of its messages is looked up (see [`domain`]).
pub struct Texts {
    domains: BTreeMap<String, BTreeMap<String, Domain>>,
    /// Every file parsed once more, for checks: where each message is defined, and what is wrong.
    checked: OnceCell<Checked>,
    chain: Vec<LanguageIdentifier>,
}

/// What checking every file found.
#[derive(Default)]
struct Checked {
    /// Where each message is defined, by language and domain.
    index: BTreeMap<(String, String), Messages>,
    problems: Vec<Diagnostic>,
}

/// A message as found in a file: its id, attribute names and position.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub id: String,
    pub has_value: bool,
    pub attributes: Vec<String>,
    pub file: PathBuf,
    pub position: Position,
}

/// The messages of one language and domain in the order first defined, found by id in constant
/// time (a file of 500,000 messages is checked in linear time).
#[derive(Debug, Default)]
struct Messages {
    list: Vec<MessageInfo>,
    by_id: HashMap<String, usize>,
}

impl Messages {
    /// Add a message; a later definition (an overlay) replaces an earlier one.
    fn define(&mut self, info: MessageInfo) {
        match self.by_id.get(&info.id) {
            Some(&i) => self.list[i] = info,
            None => {
                self.by_id.insert(info.id.clone(), self.list.len());
                self.list.push(info);
            }
        }
    }
}

/// A looked-up text and whether it came from a fallback language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    /// The language it is in, when that is not the first language of the chain.
    pub fallback_from: Option<String>,
}

impl Text {
    /// The text as shown to a person: a fallback is marked with its language, e.g. "[en] Title".
    pub fn shown(self) -> String {
        match self.fallback_from {
            Some(lang) => format!("[{lang}] {}", self.value),
            None => self.value,
        }
    }
}

impl Texts {
    /// Take every file; files later in the list override messages of earlier ones (overlays).
    /// The user's files are parsed now: syntax errors are returned with file, line and column, and
    /// nothing is loaded. Built-in files are parsed on first use.
    pub fn load(files: &[LocaleFile]) -> Result<Texts, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut domains: BTreeMap<String, BTreeMap<String, Domain>> = BTreeMap::new();
        let overlays: Vec<LocaleFile> = files.iter().filter(|f| !f.builtin).cloned().collect();
        for parsed in nesting::parse_all(&overlays) {
            if let Err(mut d) = parsed {
                problems.append(&mut d);
            }
        }
        for file in files {
            let langid: LanguageIdentifier = match file.language.parse() {
                Ok(l) => l,
                Err(_) => {
                    problems.push(Diagnostic::new(
                        &file.path,
                        format!(
                            "\"{}\" is not a language tag (folder names are languages, like en, de, fr-CA)",
                            file.language
                        ),
                    ));
                    continue;
                }
            };
            domains
                .entry(file.language.clone())
                .or_default()
                .entry(file.domain.clone())
                .or_insert_with(|| Domain::new(langid))
                .add(file.clone());
        }
        if problems.is_empty() {
            let chain = vec![language::base()];
            Ok(Texts {
                domains,
                checked: OnceCell::new(),
                chain,
            })
        } else {
            Err(problems)
        }
    }

    /// Parse every file, built-in ones included, and say what is wrong with any (for `validate`).
    pub fn problems(&self) -> &[Diagnostic] {
        &self.checked().problems
    }

    /// Which languages and domains have been parsed so far (for tests and benchmarks).
    pub fn parsed_domains(&self) -> Vec<(&str, &str)> {
        self.domains()
            .filter(|(language, domain)| self.domains[*language][*domain].is_parsed())
            .collect()
    }

    fn checked(&self) -> &Checked {
        self.checked.get_or_init(|| {
            let files: Vec<LocaleFile> = self
                .domains
                .values()
                .flat_map(|d| d.values())
                .flat_map(|d| d.files().iter().cloned())
                .collect();
            let mut checked = Checked::default();
            for (file, parsed) in files.iter().zip(nesting::parse_all(&files)) {
                let resource = match parsed {
                    Ok(r) => r,
                    Err(mut d) => {
                        checked.problems.append(&mut d);
                        continue;
                    }
                };
                let messages = checked
                    .index
                    .entry((file.language.clone(), file.domain.clone()))
                    .or_default();
                let starts = message_starts(&file.text);
                let positions = PositionIndex::new(&file.text);
                for (id, first, again) in repeated_messages(&file.text) {
                    let line = positions.position(first).line;
                    checked.problems.push(
                        Diagnostic::new(
                            &file.path,
                            format!("message \"{id}\" is defined again (first on line {line}); define each message once per file"),
                        )
                        .at(Some(positions.position(again))),
                    );
                }
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        let offset = starts.get(m.id.name).copied().unwrap_or(0);
                        messages.define(MessageInfo {
                            id: m.id.name.to_string(),
                            has_value: m.value.is_some(),
                            attributes: m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                            file: file.path.clone(),
                            position: positions.position(offset),
                        });
                    }
                }
            }
            checked
        })
    }

    /// The languages that have at least one file.
    pub fn languages(&self) -> Vec<LanguageIdentifier> {
        self.domains.keys().filter_map(|l| l.parse().ok()).collect()
    }

    /// Choose the language to speak; `None` means the base language.
    pub fn select(&mut self, requested: Option<&LanguageIdentifier>) {
        self.chain = fallback_chain(requested, &self.languages());
    }

    /// The language messages are looked up in first.
    pub fn language(&self) -> &LanguageIdentifier {
        &self.chain[0]
    }

    /// The bundle of one language and domain, parsed on first use.
    pub(crate) fn bundle(&self, language: &str, domain: &str) -> Option<&Bundle> {
        Some(self.domains.get(language)?.get(domain)?.bundle())
    }

    /// Languages and their domains, for checks.
    pub fn domains(&self) -> impl Iterator<Item = (&str, &str)> {
        self.domains
            .iter()
            .flat_map(|(lang, domains)| domains.keys().map(move |d| (lang.as_str(), d.as_str())))
    }

    /// The messages of one language and domain, as the files define them (overlays merged).
    pub fn messages(&self, language: &str, domain: &str) -> &[MessageInfo] {
        self.checked()
            .index
            .get(&(language.to_string(), domain.to_string()))
            .map(|m| m.list.as_slice())
            .unwrap_or(&[])
    }

    /// The message `id` of one language and domain, if a file defines it.
    pub fn message_info(&self, language: &str, domain: &str, id: &str) -> Option<&MessageInfo> {
        let messages = self.checked().index.get(&(language.to_string(), domain.to_string()))?;
        messages.by_id.get(id).map(|&i| &messages.list[i])
    }

    /// The text of a message in exactly one language (no fallback), for checks of translations.
    pub fn text_in(&self, language: &str, domain: &str, key: &str, attr: Option<&str>) -> Option<String> {
        let bundle = self.bundle(language, domain)?;
        let message = bundle.get_message(key)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
    }

    /// Look up `key` (with attribute `attr`, or the message value) in `domain`, with arguments.
    pub fn lookup(&self, domain: &str, key: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> Option<Text> {
        let first = self.chain.first().map(|l| l.to_string());
        for lang in &self.chain {
            let lang = lang.to_string();
            let Some(bundle) = self.bundle(&lang, domain) else {
                continue;
            };
            let Some(message) = bundle.get_message(key) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let value = bundle.format_pattern(pattern, args, &mut errors).into_owned();
            let fallback_from = if Some(&lang) == first.as_ref() {
                None
            } else {
                Some(lang)
            };
            return Some(Text { value, fallback_from });
        }
        None
    }

    /// A text to show: fallbacks marked, and a readable stand-in (never the raw key) when the message
    /// exists in no language.
    pub fn get(&self, domain: &str, key: &str, attr: Option<&str>) -> String {
        self.get_with(domain, key, attr, &[])
    }

    /// [`Texts::get`] with Fluent arguments (numbers select plural forms).
    pub fn get_with(&self, domain: &str, key: &str, attr: Option<&str>, args: &[(&str, FluentValue)]) -> String {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::new();
            for (name, value) in args {
                a.set(*name, value.clone());
            }
            a
        });
        match self.lookup(domain, key, attr, fluent_args.as_ref()) {
            Some(t) => t.shown(),
            None => stand_in(key),
        }
    }

    /// A number with `digits` decimals and the decimal separator of the language in use.
    pub fn decimal(&self, value: f64, digits: usize) -> String {
        let text = format!("{value:.digits$}");
        if decimal_comma(self.language()) {
            text.replace('.', ",")
        } else {
            text
        }
    }

    /// A UI string.
    pub fn ui(&self, key: &str) -> String {
        self.get("ui", key, None)
    }

    /// A label followed by the language's colon ("Note: ", in French "Note\u{a0}: ").
    pub fn label(&self, key: &str) -> String {
        format!("{}{}", self.ui(key), self.ui("colon"))
    }

    /// A UI string with arguments.
    pub fn ui_with(&self, key: &str, args: &[(&str, FluentValue)]) -> String {
        self.get_with("ui", key, None, args)
    }
}

/// Byte offsets of message definitions ("id =" at the start of a line), in one pass.
pub(crate) fn message_starts(text: &str) -> std::collections::HashMap<&str, usize> {
    let mut starts = std::collections::HashMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(id) = message_id(line) {
            starts.entry(id).or_insert(offset);
        }
        offset += line.len();
    }
    starts
}

/// Messages a file defines more than once: (id, offset of the first, offset of the repeat). The
/// Fluent bundle would silently keep one of them, so `validate` reports them.
pub(crate) fn repeated_messages(text: &str) -> Vec<(&str, usize, usize)> {
    let mut first: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(id) = message_id(line) {
            match first.get(id) {
                Some(&at) => out.push((id, at, offset)),
                None => {
                    first.insert(id, offset);
                }
            }
        }
        offset += line.len();
    }
    out
}

/// The id a line defines (`id = ...` at the start of the line), if it defines one.
fn message_id(line: &str) -> Option<&str> {
    if !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let id_end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    line[id_end..].trim_start().starts_with('=').then(|| &line[..id_end])
}

/// What to show for a message that exists in no language: the key's words, capitalised, in
/// brackets ("(Home title)"), so the screen stays readable and the gap is obvious.
fn stand_in(key: &str) -> String {
    let words = key.replace(['-', '_'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => format!("({}{})", c.to_uppercase(), chars.as_str()),
        None => "(?)".to_string(),
    }
}

/// Whether a language writes decimals with a comma.
fn decimal_comma(langid: &LanguageIdentifier) -> bool {
    matches!(
        langid.language.as_str(),
        "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "cs" | "sv" | "da" | "fi" | "nb" | "ru"
    )
}

fn new_bundle(langid: LanguageIdentifier) -> Bundle {
    let comma = decimal_comma(&langid);
    let mut bundle = FluentBundle::new(vec![langid]);
    // Terminals do not render Unicode bidi isolation marks; they would show as garbage.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(if comma {
        format_decimal_comma
    } else {
        format_decimal_point
    }));
    bundle
}

fn format_number(value: &FluentValue, separator: char) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let text = n.as_string();
            Some(if separator == '.' {
                text.into_owned()
            } else {
                text.replace('.', &separator.to_string())
            })
        }
        _ => None,
    }
}

fn format_decimal_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, ',')
}

fn format_decimal_point<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(language: &str, domain: &str, text: &str) -> LocaleFile {
        LocaleFile {
            language: language.into(),
            domain: domain.into(),
            path: format!("locales/{language}/{domain}.ftl").into(),
            text: text.to_string().into(),
            builtin: false,
        }
    }

    fn texts(language: &str) -> Texts {
        let mut t = Texts::load(&[
            file("en", "ui", "hello = Hello { $name }\nfiles = { $count ->\n    [one] one file\n   *[other] { $count } files\n}\nonly-en = Only English\nratio = { $value } done\n"),
            file("de", "ui", "hello = Hallo { $name }\nfiles = { $count ->\n    [one] eine Datei\n   *[other] { $count } Dateien\n}\nratio = { $value } erledigt\n"),
        ])
        .unwrap();
        t.select(Some(&language.parse().unwrap()));
        t
    }

    #[test]
    fn no_bidi_isolation_marks_around_arguments() {
        let t = texts("de-DE");
        assert_eq!(t.ui_with("hello", &[("name", FluentValue::from("Zoë"))]), "Hallo Zoë");
    }

    #[test]
    fn plurals_follow_the_language() {
        let t = texts("de");
        assert_eq!(t.ui_with("files", &[("count", FluentValue::from(1))]), "eine Datei");
        assert_eq!(t.ui_with("files", &[("count", FluentValue::from(3))]), "3 Dateien");
        let t = texts("en");
        assert_eq!(t.ui_with("files", &[("count", FluentValue::from(1))]), "one file");
    }

    #[test]
    fn numbers_use_the_decimal_separator_of_the_language() {
        assert_eq!(
            texts("de").ui_with("ratio", &[("value", FluentValue::from(2.5))]),
            "2,5 erledigt"
        );
        assert_eq!(
            texts("en").ui_with("ratio", &[("value", FluentValue::from(2.5))]),
            "2.5 done"
        );
    }

    #[test]
    fn a_missing_translation_falls_back_visibly_and_a_missing_message_never_shows_its_key() {
        let t = texts("de");
        assert_eq!(t.ui("only-en"), "[en] Only English");
        assert_eq!(t.ui("no-such-message"), "(No such message)");
        assert_eq!(texts("en").ui("only-en"), "Only English");
    }

    #[test]
    fn syntax_errors_name_file_line_and_column() {
        let err = Texts::load(&[file("en", "ui", "ok = fine\n\n  [broken\nnext = x\n")])
            .err()
            .unwrap();
        assert_eq!(err[0].file, PathBuf::from("locales/en/ui.ftl"));
        assert_eq!(err[0].line, Some(3));
        assert!(err[0].message.starts_with("Fluent syntax error"), "{}", err[0].message);
    }

    #[test]
    fn a_domain_is_parsed_only_when_one_of_its_messages_is_needed() {
        let mut t = Texts::load(&[
            file("en", "ui", "hello = Hello\n"),
            file("en", "q", "a = A\n"),
            file("de", "ui", "hello = Hallo\n"),
        ])
        .unwrap();
        t.select(Some(&"de".parse().unwrap()));
        assert!(t.parsed_domains().is_empty());
        assert_eq!(t.ui("hello"), "Hallo");
        assert_eq!(t.parsed_domains(), vec![("de", "ui")]);
        // A message missing in German is looked up in English, which is parsed then.
        assert_eq!(t.get("q", "a", None), "[en] A");
        assert_eq!(t.parsed_domains(), vec![("de", "ui"), ("en", "q")]);
    }

    #[test]
    fn a_broken_built_in_file_is_found_by_the_checks_not_at_load() {
        let mut broken = file("en", "ui", "ok = fine\n\n  [broken\n");
        broken.builtin = true;
        let mut t = Texts::load(&[broken]).expect("built-in files are parsed on use");
        t.select(None);
        assert_eq!(
            t.ui("ok"),
            "(Ok)",
            "nothing of a broken file is used, and nothing fails"
        );
        let problems = t.problems();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(3));
    }

    #[test]
    fn overlays_replace_single_messages() {
        let mut t = Texts::load(&[
            file("en", "q", "a =\n    .title = Ours\n    .question = Our question\n"),
            file("en", "q", "a =\n    .title = Licensed wording\n"),
        ])
        .unwrap();
        t.select(None);
        assert_eq!(t.get("q", "a", Some("title")), "Licensed wording");
    }
}
