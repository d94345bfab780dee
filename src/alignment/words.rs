//! The alignment's words, shared by the terminal text, the interface and the workbook: the
//! mapping's and its items' titles, verdicts, states, kinds, sources, and one line per link.

use super::{Alignment, AtTarget, ItemAlignment, LinkAlignment, LinkState, TargetState, Verdict};
use crate::catalog::Catalog;
use crate::catalog::mapping::{Link, LinkKind, Mapping, OUR_READING};
use crate::i18n::Texts;
use fluent_bundle::FluentValue;

/// The mapping's title ("NIS2 Directive, Article 21(2)").
pub fn mapping_title(texts: &Texts, m: &Mapping) -> String {
    mapping_text(texts, m, "title")
}

/// The mapping's short name, for sheet names and tabs ("NIS2").
pub fn mapping_short(texts: &Texts, m: &Mapping) -> String {
    mapping_text(texts, m, "short")
}

fn mapping_text(texts: &Texts, m: &Mapping, attr: &str) -> String {
    texts
        .lookup(&m.domain(), "mapping", Some(attr), None)
        .map(|t| t.shown())
        .unwrap_or_else(|| m.id.clone())
}

/// An item's title; empty when the texts have none (a custom mapping without its texts).
pub fn item_title(texts: &Texts, m: &Mapping, item: &str) -> String {
    m.item(item)
        .and_then(|i| texts.lookup(&m.domain(), &i.key, Some("title"), None))
        .map(|t| t.shown())
        .unwrap_or_default()
}

/// "21(2)(a) Risk analysis and information system security policies".
pub fn item_heading(texts: &Texts, m: &Mapping, item: &str) -> String {
    let title = item_title(texts, m, item);
    if title.is_empty() {
        item.to_string()
    } else {
        format!("{item} {title}")
    }
}

pub fn verdict(texts: &Texts, v: Verdict) -> String {
    texts.ui(&format!("align-verdict-{}", v.id()))
}

pub fn link_state(texts: &Texts, s: LinkState) -> String {
    let id = match s {
        LinkState::Met => "met",
        LinkState::Partly => "partly",
        LinkState::NotMet => "not-met",
        LinkState::Open => "open",
        LinkState::NotApplicable => "not-applicable",
        LinkState::Outside => "outside",
    };
    texts.ui(&format!("align-state-{id}"))
}

fn target_state(texts: &Texts, s: TargetState) -> String {
    let id = match s {
        TargetState::Met => "met",
        TargetState::NotMet => "not-met",
        TargetState::Open => "open",
        TargetState::NotApplicable => "not-applicable",
        TargetState::NotNeeded => "not-needed",
    };
    texts.ui(&format!("align-state-{id}"))
}

pub fn kind(texts: &Texts, k: LinkKind) -> String {
    texts.ui(&format!("align-kind-{}", k.id()))
}

/// Where a link comes from, short: "our reading", or the published source's short name ("NIST").
pub fn source(texts: &Texts, m: &Mapping, source: &str) -> String {
    source_text(texts, m, source, "short")
}

/// Where a link comes from in full: "our reading", or the published source's citation.
pub fn source_citation(texts: &Texts, m: &Mapping, source: &str) -> String {
    source_text(texts, m, source, "title")
}

fn source_text(texts: &Texts, m: &Mapping, source: &str, attr: &str) -> String {
    if source == OUR_READING {
        return texts.ui("align-source-our-reading");
    }
    m.sources
        .iter()
        .find(|s| s.id == source)
        .and_then(|s| texts.lookup(&m.domain(), &s.key, Some(attr), None))
        .map(|t| t.shown())
        .unwrap_or_else(|| source.to_string())
}

/// The one-line rationale of a link of our own reading; None for a published link.
pub fn rationale(texts: &Texts, m: &Mapping, item: &str, link: &LinkAlignment) -> Option<String> {
    (link.source == OUR_READING).then(|| {
        let key = Link::message_key(item, &link.questionnaire, &link.requirement);
        texts
            .lookup(&m.domain(), &key, Some("why"), None)
            .map(|t| t.shown())
            .unwrap_or_default()
    })
}

/// "IEC 62443-3-3 SR 1.1".
pub fn requirement_label(catalog: &Catalog, link: &LinkAlignment) -> String {
    let standard = catalog
        .questionnaire(&link.questionnaire)
        .map_or(link.questionnaire.as_str(), |q| q.standard.as_str());
    format!("{standard} {}", link.requirement)
}

/// The requirement's title from its questionnaire's texts.
pub fn requirement_title(catalog: &Catalog, texts: &Texts, link: &LinkAlignment) -> String {
    catalog
        .questionnaire(&link.questionnaire)
        .and_then(|q| q.requirement(&link.requirement))
        .map(|r| texts.get(&link.questionnaire, &r.key, Some("title")))
        .unwrap_or_default()
}

/// What counts for an item: "3 met, 1 not met, 2 open" (parts that are 0 left out), and the
/// links outside the assessment.
pub fn counts(texts: &Texts, item: &ItemAlignment) -> String {
    let mut parts = Vec::new();
    for (n, key) in [
        (item.met, "align-count-met"),
        (item.not_met, "align-count-not-met"),
        (item.open, "align-count-open"),
        (item.outside, "align-count-outside"),
    ] {
        if n > 0 {
            parts.push(texts.ui_with(key, &[("n", FluentValue::from(n))]));
        }
    }
    parts.join(", ")
}

/// How a link stands, in words: for one target its state (with the level on a maturity scale),
/// for several the state and what is not met or open where ("met at 3 of 5; not met: Z-SIS").
pub fn link_detail(texts: &Texts, link: &LinkAlignment) -> String {
    match link.targets.as_slice() {
        [] => link_state(texts, link.state),
        [one] => at_target(texts, one),
        many => {
            let counted: Vec<&AtTarget> = many.iter().filter(|t| t.state.counts()).collect();
            if counted.is_empty() {
                return link_state(texts, link.state);
            }
            let met = counted.iter().filter(|t| t.state == TargetState::Met).count();
            let mut parts = Vec::new();
            if met > 0 {
                parts.push(texts.ui_with(
                    "align-met-at",
                    &[
                        ("met", FluentValue::from(met)),
                        ("of", FluentValue::from(counted.len())),
                    ],
                ));
            }
            for state in [TargetState::NotMet, TargetState::Open] {
                let names: Vec<&str> = counted
                    .iter()
                    .filter(|t| t.state == state)
                    .filter_map(|t| t.target.as_deref())
                    .collect();
                if !names.is_empty() {
                    parts.push(format!(
                        "{}{}{}",
                        target_state(texts, state),
                        texts.ui("colon"),
                        names_list(texts, &names)
                    ));
                }
            }
            parts.join("; ")
        }
    }
}

fn at_target(texts: &Texts, t: &AtTarget) -> String {
    let state = target_state(texts, t.state);
    let place = t.target.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
    match (t.level, t.needed) {
        (Some(level), Some(needed)) => format!(
            "{state}{place}: {}",
            texts.ui_with(
                "align-level-of",
                &[
                    ("level", FluentValue::from(level)),
                    ("needed", FluentValue::from(needed))
                ]
            )
        ),
        _ => format!("{state}{place}"),
    }
}

/// At most four names, then "and 3 more".
fn names_list(texts: &Texts, names: &[&str]) -> String {
    const SHOWN: usize = 4;
    let mut text = names.iter().take(SHOWN).copied().collect::<Vec<_>>().join(", ");
    if names.len() > SHOWN {
        text.push(' ');
        text.push_str(&texts.ui_with("align-and-more", &[("n", FluentValue::from(names.len() - SHOWN))]));
    }
    text
}

/// "106 items: 13 supported, 22 partly, ...": the verdicts of every assessable item.
pub fn summary_line(texts: &Texts, result: &Alignment) -> String {
    let s = &result.summary;
    texts.ui_with(
        "align-summary",
        &[
            ("items", FluentValue::from(s.total())),
            ("supported", FluentValue::from(s.supported)),
            ("partly", FluentValue::from(s.partly)),
            ("not_supported", FluentValue::from(s.not_supported)),
            ("not_assessed", FluentValue::from(s.not_assessed)),
            ("not_applicable", FluentValue::from(s.not_applicable)),
            ("no_links", FluentValue::from(s.no_links)),
        ],
    )
}
