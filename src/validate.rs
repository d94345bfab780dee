//! Checking that the texts fit the catalog: every group and requirement has its message and
//! attributes in the base language, no file defines messages nobody asks for (usually a typo), and
//! each other language says what it lacks (those messages fall back to English).

use crate::catalog::Catalog;
use crate::error::Diagnostic;
use crate::i18n::{BASE_LANGUAGE, Texts};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Attributes a requirement message must have.
pub const REQUIREMENT_ATTRIBUTES: [&str; 4] = ["title", "question", "guidance", "evidence"];
/// Attributes a message may have besides the required ones.
const OPTIONAL_ATTRIBUTES: [&str; 1] = ["description"];

#[derive(Debug, Default)]
pub struct Report {
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// A message the catalog needs: its required attributes, and the file, line and column of the
/// entry that needs it.
type Need = (Vec<&'static str>, Option<(PathBuf, usize, usize)>);

/// What one domain (one .ftl file name) must and may contain.
struct Expected {
    /// The file that defines the structure, for messages.
    origin: PathBuf,
    /// message id -> (required attributes, where the need comes from)
    messages: BTreeMap<String, Need>,
    /// whether the message needs a value rather than attributes (ui strings)
    values: bool,
}

/// Everything the catalog expects from the texts, by domain.
fn expectations(catalog: &Catalog) -> BTreeMap<String, Expected> {
    let mut domains = BTreeMap::new();
    for q in &catalog.questionnaires {
        let mut messages = BTreeMap::new();
        messages.insert("questionnaire".to_string(), (vec!["title"], None));
        for g in &q.groups {
            messages.insert(
                g.key.clone(),
                (
                    vec!["title"],
                    Some((g.source.file.clone(), g.source.line, g.source.column)),
                ),
            );
        }
        for r in &q.requirements {
            messages.insert(
                r.key.clone(),
                (
                    REQUIREMENT_ATTRIBUTES.to_vec(),
                    Some((r.source.file.clone(), r.source.line, r.source.column)),
                ),
            );
        }
        domains.insert(
            q.id.clone(),
            Expected {
                origin: q.source.clone(),
                messages,
                values: false,
            },
        );
    }
    let mut scale_messages = BTreeMap::new();
    let mut scale_origin = PathBuf::from("questionnaires/scales.toml");
    for s in &catalog.scales {
        scale_origin = s.source.clone();
        scale_messages.insert(format!("scale-{}", s.id), (vec!["label"], None));
        for v in &s.values {
            scale_messages.insert(format!("{}-{}", s.id, v.id), (vec!["label"], None));
        }
        for step in &s.ladder {
            scale_messages.insert(format!("{}-ladder-{step}", s.id), (vec!["question"], None));
        }
    }
    domains.insert(
        "scales".to_string(),
        Expected {
            origin: scale_origin,
            messages: scale_messages,
            values: false,
        },
    );
    let learn = crate::learn::TOPICS
        .iter()
        .map(|t| (t.to_string(), (vec!["title", "body"], None)))
        .collect();
    domains.insert(
        crate::learn::DOMAIN.to_string(),
        Expected {
            origin: PathBuf::from("src/learn.rs"),
            messages: learn,
            values: false,
        },
    );
    for m in &catalog.mappings {
        domains.insert(m.domain(), mapping_expectations(m));
    }
    for m in &catalog.risk_models {
        let mut messages = BTreeMap::new();
        let mut add = |id: String| {
            messages.insert(id, (vec!["label"], None));
        };
        m.likelihood.levels.iter().for_each(|l| add(format!("likelihood-{l}")));
        m.impact.levels.iter().for_each(|l| add(format!("impact-{l}")));
        m.impact
            .categories
            .iter()
            .for_each(|c| add(format!("impact-category-{c}")));
        m.risk_levels.iter().for_each(|l| add(format!("risk-{}", l.id)));
        m.sl_t
            .threat_actors
            .iter()
            .for_each(|a| add(format!("threat-actor-{}", a.id)));
        m.sl_t
            .adjustments
            .iter()
            .for_each(|a| add(format!("adjustment-{}", a.id)));
        m.sl_t
            .consequence_floors
            .iter()
            .for_each(|f| add(format!("consequence-floor-{}", f.id)));
        crate::catalog::risk_model::SlTMethod::ALL
            .iter()
            .for_each(|method| add(format!("method-{}", method.id())));
        add("floor-tolerable".into());
        add("floor-conduit".into());
        let origin = catalog
            .risk_model_sources
            .get(&m.id)
            .map(|(p, _)| p.clone())
            .unwrap_or_default();
        domains.insert(
            format!("risk-{}", m.id),
            Expected {
                origin,
                messages,
                values: false,
            },
        );
    }
    domains
}

/// The words of a mapping: its title and short name, each published source's citation, each
/// item's title, and the rationale of each link of our own reading.
fn mapping_expectations(m: &crate::catalog::Mapping) -> Expected {
    let at = |r: &crate::catalog::SourceRef| Some((r.file.clone(), r.line, r.column));
    let mut messages: BTreeMap<String, Need> = BTreeMap::new();
    messages.insert("mapping".into(), (vec!["title", "short"], None));
    for s in &m.sources {
        messages.insert(s.key.clone(), (vec!["title", "short"], None));
    }
    for item in &m.items {
        messages.insert(item.key.clone(), (vec!["title"], at(&item.at)));
        for link in item.links.iter().filter(|l| l.is_our_reading()) {
            messages.insert(link.key.clone(), (vec!["why"], at(&link.at)));
        }
    }
    Expected {
        origin: m.source.clone(),
        messages,
        values: false,
    }
}

/// Check `texts` against `catalog`; the `ui` domain of other languages is checked against English.
pub fn check_texts(catalog: &Catalog, texts: &Texts) -> Report {
    let mut report = Report::default();
    // Built-in files are parsed only when used; here every file is.
    report.errors.extend(texts.problems().iter().cloned());
    let mut domains = expectations(catalog);
    // The UI strings: the built-in English file defines the set; every language, and any overlay,
    // is held to it.
    let ui: BTreeMap<String, Need> = builtin_ui_ids()
        .into_iter()
        .map(|id| (id, (Vec::new(), None)))
        .collect();
    domains.insert(
        "ui".into(),
        Expected {
            origin: PathBuf::from("locales/en/ui.ftl"),
            messages: ui,
            values: true,
        },
    );

    let languages: BTreeSet<String> = texts.domains().map(|(l, _)| l.to_string()).collect();
    for (domain, expected) in &domains {
        for language in &languages {
            let base = language == BASE_LANGUAGE;
            let mut missing = Vec::new();
            for (id, (attrs, origin)) in &expected.messages {
                let Some(info) = texts.message_info(language, domain, id) else {
                    missing.push((id.clone(), origin.clone(), None));
                    continue;
                };
                if expected.values && !info.has_value {
                    missing.push((id.clone(), origin.clone(), Some("a value")));
                }
                for attr in attrs {
                    if !info.attributes.iter().any(|a| a == attr) {
                        if base {
                            report.errors.push(
                                Diagnostic::new(&info.file, format!("message \"{id}\" lacks the attribute .{attr}"))
                                    .at(Some(info.position)),
                            );
                        } else {
                            missing.push((format!("{id}.{attr}"), None, None));
                        }
                    }
                }
            }
            let file = texts
                .messages(language, domain)
                .first()
                .map(|m| m.file.clone())
                .unwrap_or_else(|| PathBuf::from(format!("locales/{language}/{domain}.ftl")));
            if base {
                for (id, origin, _) in missing {
                    let mut d = Diagnostic::new(&file, format!("missing message \"{id}\""));
                    if let Some((f, line, column)) = origin {
                        d = Diagnostic {
                            file: f,
                            line: Some(line),
                            column: Some(column),
                            message: format!("no message \"{id}\" in {} for this entry", file.display()),
                        };
                    }
                    report.errors.push(d);
                }
            } else if !missing.is_empty() && !texts.messages(language, domain).is_empty() {
                let names: Vec<&str> = missing.iter().take(3).map(|(id, _, _)| id.as_str()).collect();
                report.warnings.push(Diagnostic::new(
                    &file,
                    format!(
                        "{} messages or attributes missing (shown in English): {}{}",
                        missing.len(),
                        names.join(", "),
                        if missing.len() > 3 { ", ..." } else { "" }
                    ),
                ));
            } else if !missing.is_empty() {
                report.warnings.push(Diagnostic::new(
                    &file,
                    format!("no texts in this language for {domain} (shown in English)"),
                ));
            }
            // Messages nobody asks for: usually a typo in an id or attribute.
            for info in texts.messages(language, domain) {
                match expected.messages.get(&info.id) {
                    None => {
                        report.errors.push(
                            Diagnostic::new(
                                &info.file,
                                format!(
                                    "unknown message \"{}\": {} has no entry with this message id",
                                    info.id,
                                    expected.origin.display()
                                ),
                            )
                            .at(Some(info.position)),
                        );
                    }
                    Some((attrs, _)) if !expected.values => {
                        for attr in &info.attributes {
                            let known = attrs.contains(&attr.as_str())
                                || OPTIONAL_ATTRIBUTES.contains(&attr.as_str())
                                || (domain.starts_with("risk-") && info.id.starts_with("impact-"));
                            if !known {
                                report.errors.push(
                                    Diagnostic::new(
                                        &info.file,
                                        format!("message \"{}\" has an unknown attribute .{attr}", info.id),
                                    )
                                    .at(Some(info.position)),
                                );
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    for (language, domain) in texts.domains() {
        if !domains.contains_key(domain) {
            report.warnings.push(Diagnostic::new(
                format!("locales/{language}/{domain}.ftl"),
                format!(
                    "no questionnaire, risk model, mapping or scale set is called \"{domain}\"; these texts are never shown"
                ),
            ));
        }
    }
    report
}

/// The message ids of the built-in English interface strings.
fn builtin_ui_ids() -> Vec<String> {
    let (files, _) = crate::content::locale_files(&crate::content::Sources::default());
    files
        .iter()
        .filter(|f| f.language == BASE_LANGUAGE && f.domain == "ui")
        .flat_map(|f| {
            let resource = fluent_syntax::parser::parse(f.text.as_ref()).unwrap_or_else(|(r, _)| r);
            resource
                .body
                .into_iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}
