//! One term per concept in each language. A small table per language names the words we decided
//! against (safety is not security; one word for a switch, the asset owner and allow-listing), and
//! every text line of every `locales/<lang>/*.ftl` is scanned for them; each hit is reported as
//! `file:line`. Comment lines (a `#` in the first column) are skipped: they record the decisions
//! and may quote the rejected words. A phrase broken across two lines of a learn text is not seen.
//! The maturity level names of `scales.ftl` must be written the same way wherever a text names a
//! level ("ML3 Defined (practiced): ..." starts with the label "ML3 Defined").

mod common;

use std::path::{Path, PathBuf};

/// A rejected term (matched case-insensitively, anywhere in a line) and what to write instead.
struct Rule {
    term: &'static str,
    instead: &'static str,
}

const fn rule(term: &'static str, instead: &'static str) -> Rule {
    Rule { term, instead }
}

const ENGLISH: &[Rule] = &[
    rule("whitelist", "allow-list, allow-listing"),
    rule("blacklist", "deny-list, blocking"),
    rule("white list", "allow-list"),
    rule("black list", "deny-list"),
    rule("allow list", "allow-list (with a hyphen)"),
    rule("allowlist", "allow-list (with a hyphen)"),
];

const GERMAN: &[Rule] = &[
    rule("whitelist", "Allowlist, Application-Allowlisting"),
    rule("blacklist", "Sperrliste"),
    rule("positivliste", "Allowlist (one word for one concept)"),
    rule("initial (ad hoc)", "ML1 Initial"),
    rule("verbessernd", "ML4 Kontinuierlich verbessert"),
];

/// French: "sécurité" and "cybersécurité" mean security. Safety is said only with the established
/// compound terms (sécurité fonctionnelle, système/fonction instrumenté(e) de sécurité, SIS,
/// sécurité des personnes, sécurité des procédés), so the bare phrases below are ambiguous.
/// "sûreté" is not used at all: it is safety in nuclear and security in aviation and companies.
const FRENCH: &[Rule] = &[
    rule(
        "fonction de sécurité",
        "fonction instrumentée de sécurité (safety) or fonction de cybersécurité (security)",
    ),
    rule(
        "fonctions de sécurité",
        "fonctions instrumentées de sécurité (safety) or fonctions de cybersécurité (security)",
    ),
    rule("système de sécurité", "système instrumenté de sécurité (SIS)"),
    rule("systèmes de sécurité", "systèmes instrumentés de sécurité (SIS)"),
    rule("automate de sécurité", "automate du SIS"),
    rule("automates de sécurité", "automates du SIS"),
    rule(
        "équipement de sécurité",
        "équipement du SIS (safety) or équipement de cybersécurité (security)",
    ),
    rule(
        "équipements de sécurité",
        "équipements du SIS (safety) or équipements de cybersécurité (security)",
    ),
    rule("sécurité procédé", "sécurité des procédés"),
    rule(
        "sûreté",
        "sécurité fonctionnelle / SIS (safety) or sécurité, cybersécurité (security)",
    ),
    rule("switch", "commutateur"),
    rule("exploitant", "propriétaire d'actifs (the 62443 role)"),
    rule("liste blanche", "liste d'autorisation"),
    rule("listes blanches", "listes d'autorisation"),
    rule("liste noire", "liste de blocage"),
    rule("listes noires", "listes de blocage"),
    rule("whitelist", "liste d'autorisation"),
    rule("blacklist", "liste de blocage"),
];

const LANGUAGES: [(&str, &[Rule]); 3] = [("en", ENGLISH), ("de", GERMAN), ("fr", FRENCH)];

/// Occurrences of a rejected term that are right where they stand, each with its reason:
/// (language, file name, term, a piece of the line that identifies it, why it stays).
/// An entry that no longer matches anything fails the test, so the list cannot go stale.
const JUSTIFIED: &[(&str, &str, &str, &str, &str)] = &[
    // None at present. "exploitant" would be justified where a sentence means the company's
    // operating staff rather than the asset owner; French says "l'exploitation" for those.
];

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// The .ftl files of one language, sorted, as (file name, text).
fn files(language: &str) -> Vec<(String, String)> {
    let dir = locales().join(language);
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(
        out.len() >= 8,
        "{}: expected the .ftl files of {language}",
        dir.display()
    );
    out
}

/// Text lines (1-based number, line) of a Fluent file: everything but comments, which in Fluent
/// start in the first column (an indented `#` is part of a multiline text).
fn text_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.starts_with('#'))
}

/// Lower case, with no-break spaces as plain spaces (French puts them before ; : ? and ! ).
fn normalise(line: &str) -> String {
    line.replace(['\u{a0}', '\u{202f}'], " ").to_lowercase()
}

/// Every hit of `rules` in `files`, as "lang/file:line: "term" -> instead: text", minus the
/// justified ones; `used` counts how often each JUSTIFIED entry excused a hit.
fn hits(language: &str, rules: &[Rule], files: &[(String, String)], used: &mut [usize]) -> Vec<String> {
    let mut out = Vec::new();
    for (name, text) in files {
        for (number, line) in text_lines(text) {
            let lowered = normalise(line);
            for r in rules {
                if !lowered.contains(r.term) {
                    continue;
                }
                let excuse = JUSTIFIED.iter().position(|(l, f, t, piece, _)| {
                    *l == language && f == name && *t == r.term && line.contains(piece)
                });
                match excuse {
                    Some(i) => used[i] += 1,
                    None => out.push(format!(
                        "locales/{language}/{name}:{number}: \"{}\" -> write {}: {}",
                        r.term,
                        r.instead,
                        line.trim()
                    )),
                }
            }
        }
    }
    out
}

#[test]
fn rejected_terms_appear_in_no_text() {
    for (_, rules) in LANGUAGES {
        for r in rules {
            assert_eq!(r.term, r.term.to_lowercase(), "rules are written in lower case");
        }
    }
    let mut used = vec![0; JUSTIFIED.len()];
    let mut problems = Vec::new();
    for (language, rules) in LANGUAGES {
        problems.extend(hits(language, rules, &files(language), &mut used));
    }
    for (entry, n) in JUSTIFIED.iter().zip(&used) {
        if *n == 0 {
            problems.push(format!("justified occurrence no longer found, remove it: {entry:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} inconsistent terms:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_scanner_finds_a_planted_term_and_skips_comments() {
    let planted = vec![(
        "x.ftl".to_string(),
        "# a comment may say switch\nm =\n    .a = un\u{a0}Switch réseau\n    # an indented switch is text\n"
            .to_string(),
    )];
    let mut used = vec![0; JUSTIFIED.len()];
    let found = hits("fr", FRENCH, &planted, &mut used);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].starts_with("locales/fr/x.ftl:3: \"switch\""), "{}", found[0]);
    assert!(found[1].starts_with("locales/fr/x.ftl:4: \"switch\""), "{}", found[1]);
}

#[test]
fn maturity_level_names_are_written_as_the_scale_labels_them() {
    let texts = common::texts();
    let mut problems = Vec::new();
    for (language, _) in LANGUAGES {
        let labels: Vec<String> = (1..=4)
            .map(|n| {
                texts
                    .text_in(language, "scales", &format!("maturity-ml{n}"), Some("label"))
                    .unwrap_or_else(|| panic!("{language}: maturity-ml{n}.label missing"))
            })
            .collect();
        for (n, label) in labels.iter().enumerate() {
            let prefix = format!("ML{} ", n + 1);
            assert!(
                label.starts_with(&prefix),
                "{language}: label {label:?} does not start with {prefix:?}"
            );
        }
        for (name, text) in files(language) {
            for (number, line) in text_lines(&text) {
                for (at, _) in line.match_indices("ML") {
                    if line[..at].ends_with(char::is_alphanumeric) {
                        continue;
                    }
                    let rest = &line[at..];
                    let mut chars = rest.chars().skip(2);
                    let (Some(digit), Some(' '), Some(first)) = (chars.next(), chars.next(), chars.next()) else {
                        continue;
                    };
                    // A level named by its number and a capitalised word: "ML3 Defined ...".
                    let Some(level) = digit.to_digit(10).filter(|d| (1..=4).contains(d)) else {
                        continue;
                    };
                    if !first.is_uppercase() {
                        continue;
                    }
                    let label = &labels[level as usize - 1];
                    let ends_as_label = rest
                        .strip_prefix(label.as_str())
                        .is_some_and(|after| !after.starts_with(char::is_alphanumeric));
                    if !ends_as_label {
                        problems.push(format!(
                            "locales/{language}/{name}:{number}: level named otherwise than the scale's {label:?}: {}",
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
