//! Every language carries exactly the messages and attributes English has, translated: a message
//! or attribute missing or extra fails, and so does a value identical to English unless it is on
//! the short list of terms that are the same in both languages. The screens hold at 80x24 in
//! German and French.

mod common;

use iacs_assess::i18n::BASE_LANGUAGE;
use std::collections::{BTreeMap, BTreeSet};

const LANGUAGES: [&str; 2] = ["de", "fr"];

/// (language, message id, attribute) whose text may legitimately equal the English.
const SAME_AS_ENGLISH: &[(&str, &str, &str)] = &[
    // A mapping's short name is the target's abbreviation: NIS2, CSF 2.0, CRA.
    ("*", "mapping", "short"),
    // The diagram's abbreviations of the security levels are the standard's, in every language.
    ("*", "diagram-sl-t", ""),
    ("*", "diagram-sl-a", ""),
    // The plan screen: words that are the same (Plan, Phase, Status, Description, effort, zone).
    ("de", "plan-filter-phase", ""),
    ("de", "plan-form-phase", ""),
    ("de", "plan-form-status", ""),
    ("de", "plan-group-phase", ""),
    ("de", "plan-maturity-group", ""),
    ("de", "plan-title", ""),
    ("de", "undo-plan-status", ""),
    ("fr", "plan-effort", ""),
    ("fr", "plan-filter-phase", ""),
    ("fr", "plan-filter-shown-phase", ""),
    ("fr", "plan-filter-shown-target", ""),
    ("fr", "plan-form-description", ""),
    ("fr", "plan-form-edit", ""),
    ("fr", "plan-form-effort", ""),
    ("fr", "plan-form-phase", ""),
    ("fr", "plan-group-phase", ""),
    ("fr", "plan-maturity-group", ""),
    ("fr", "plan-panel-list", ""),
    ("fr", "plan-title", ""),
    ("fr", "undo-plan-edit", ""),
    ("fr", "undo-plan-status", ""),
    ("*", "app-name", ""),
    ("de", "colon", ""),
    ("fr", "maturity-ml1", "label"),
    ("fr", "service-maturity-ml1", "label"),
    // Maintenance is maintenance in French too.
    ("fr", "service-maintenance", ""),
    ("de", "service-maturity-ml1", "label"),
    ("de", "maturity-ml1", "label"),
    ("de", "label-system", ""),
    ("de", "form-system", ""),
    ("fr", "likelihood-possible", "label"),
    ("fr", "impact-category-production", "label"),
    ("*", "col-id", ""),
    ("*", "col-phase", ""),
    ("*", "plan-band-phase", ""),
    ("fr", "rollup-col-actions", ""),
    // Compare and rollup: the same words (System, Action, Sources).
    ("de", "compare-area-system", ""),
    ("fr", "compare-area-action", ""),
    ("fr", "teams-sheet-sources", ""),
    ("de", "col-status", ""),
    ("*", "col-min", ""),
    ("de", "col-name", ""),
    ("fr", "col-questionnaire", ""),
    ("fr", "col-note", ""),
    ("fr", "field-organisation", ""),
    ("fr", "field-site", ""),
    ("fr", "label-note", ""),
    ("fr", "wizard-field-organisation", ""),
    ("fr", "wizard-field-site", ""),
    ("fr", "label-zone", ""),
    ("de", "label-zone", ""),
    ("fr", "score-maturity", ""),
    ("fr", "risk-tolerable", ""),
    ("fr", "risk-intolerable", ""),
    ("de", "help-title", ""),
    ("fr", "field-assessors", ""),
    ("de", "col-assessor", ""),
    ("de", "field-organisation", ""),
    ("de", "wizard-field-organisation", ""),
    ("fr", "col-impact", ""),
    ("fr", "col-target-zone", ""),
    ("fr", "field-scope", ""),
    ("fr", "offline-col-question", ""),
    ("fr", "rollup-col-site", ""),
    ("de", "form-assets", ""),
    ("de", "label-assets", ""),
    ("*", "label-sl-t-from", ""),
    ("fr", "form-description", ""),
    ("fr", "form-impact", ""),
    ("fr", "form-justification", ""),
    ("de", "spec-col-system", ""),
    ("de", "spec-assets", ""),
    ("de", "spec-sign-name", ""),
    ("fr", "spec-description", ""),
    ("fr", "spec-kind-zone", ""),
    ("fr", "spec-sign-date", ""),
    ("fr", "spec-sign-signature", ""),
    ("fr", "label-group-na", ""),
    ("fr", "message-title", ""),
    ("fr", "search-in-id", ""),
    ("fr", "search-in-note", ""),
    ("fr", "search-in-question", ""),
    // plan on the command line
    ("*", "plan-cli-heading-phase", ""),
    ("de", "plan-cli-refused", ""),
    ("fr", "plan-cli-effort", ""),
    ("fr", "plan-cli-in-phase", ""),
    ("fr", "col-description", ""),
    // the workbook (issue 19): abbreviations, numbers, words French shares with English
    ("de", "col-frs", ""),
    ("*", "exec-open-part", ""),
    ("*", "exec-target-one", ""),
    ("fr", "field-classification", ""),
    ("fr", "zm-col-description", ""),
    // Components in the workbook and compare (issue 20): SL-C, Version, Zone, Type are the words.
    ("*", "compare-area-sl-c", ""),
    ("*", "components-col-version", ""),
    ("*", "components-col-zone", ""),
    ("fr", "components-col-type", ""),
];

fn allowed(language: &str, id: &str, attr: &str) -> bool {
    SAME_AS_ENGLISH
        .iter()
        .any(|(l, i, a)| (*l == "*" || *l == language) && *i == id && *a == attr)
}

#[test]
fn german_and_french_have_every_message_and_attribute_and_no_more() {
    let texts = common::texts();
    let domains: BTreeSet<&str> = texts
        .domains()
        .filter(|(l, _)| *l == BASE_LANGUAGE)
        .map(|(_, d)| d)
        .collect();
    let mut problems = Vec::new();
    for language in LANGUAGES {
        for domain in &domains {
            let shape = |lang: &str| -> BTreeMap<String, (bool, BTreeSet<String>)> {
                texts
                    .messages(lang, domain)
                    .iter()
                    .map(|m| (m.id.clone(), (m.has_value, m.attributes.iter().cloned().collect())))
                    .collect()
            };
            let (en, other) = (shape(BASE_LANGUAGE), shape(language));
            for (id, (value, attrs)) in &en {
                match other.get(id) {
                    None => problems.push(format!("{language}/{domain}: missing {id}")),
                    Some((v, a)) => {
                        if v != value {
                            problems.push(format!("{language}/{domain}: {id} value present differs"));
                        }
                        for x in attrs.symmetric_difference(a) {
                            problems.push(format!("{language}/{domain}: {id}.{x} missing or extra"));
                        }
                    }
                }
            }
            for id in other.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!("{language}/{domain}: extra message {id}"));
            }
            for (id, (value, attrs)) in &en {
                let mut parts: Vec<Option<&str>> = attrs.iter().map(|a| Some(a.as_str())).collect();
                if *value {
                    parts.push(None);
                }
                for attr in parts {
                    let english = texts.text_in(BASE_LANGUAGE, domain, id, attr);
                    let translated = texts.text_in(language, domain, id, attr);
                    if translated.is_some() && translated == english && !allowed(language, id, attr.unwrap_or("")) {
                        problems.push(format!(
                            "{language}/{domain}: {id}{} is identical to English: {:?}",
                            attr.map(|a| format!(".{a}")).unwrap_or_default(),
                            english.unwrap_or_default()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
