//! The statement's words, shared by the workbook, the Markdown and the terminal text: titles from
//! the questionnaire's texts, levels by their scale labels, states, verdicts and the scope.

use super::{AreaSummary, Statement};
use crate::assessment::ServiceScope;
use crate::i18n::Texts;
use crate::scoring::RequirementState;
use crate::scoring::profile_check::{Offered, ProfileCheck, Verdict};

/// An area's or a requirement's title (by its Fluent key).
pub fn title(st: &Statement, texts: &Texts, key: &str) -> String {
    texts.get(&st.q.id, key, Some("title"))
}

/// A requirement's title by its id.
pub fn requirement_title(st: &Statement, texts: &Texts, id: &str) -> String {
    st.q.requirement(id)
        .map(|r| title(st, texts, &r.key))
        .unwrap_or_default()
}

/// An area's title by its id.
pub fn area_title(st: &Statement, texts: &Texts, id: &str) -> String {
    st.q.group(id).map(|g| title(st, texts, &g.key)).unwrap_or_default()
}

/// The label of an answer of the statement's scale ("ML3 Defined", "Not offered").
fn scale_label(st: &Statement, texts: &Texts, value: &str) -> String {
    texts.get("scales", &format!("{}-{value}", st.q.scale), Some("label"))
}

/// A level in words: its scale label ("ML3 Defined"), or "ML3" if the scale has none for it.
pub fn level(st: &Statement, texts: &Texts, level: u8) -> String {
    match st.level_values.iter().find(|(l, _)| *l == level) {
        Some((_, value)) => scale_label(st, texts, value),
        None => format!("ML{level}"),
    }
}

/// A level asked for or offered, short: "ML3" (level 0 in words: "Not implemented").
pub fn level_short(st: &Statement, texts: &Texts, l: u8) -> String {
    if l == 0 { level(st, texts, 0) } else { format!("ML{l}") }
}

/// How a capability stands, in words.
pub fn state(st: &Statement, texts: &Texts, state: RequirementState) -> String {
    match state {
        RequirementState::Level(l) => level(st, texts, l),
        RequirementState::NotOffered => scale_label(st, texts, "not-offered"),
        RequirementState::NotApplicable => scale_label(st, texts, "na"),
        RequirementState::Unanswered => texts.ui("label-not-assessed"),
    }
}

/// What the provider offers for a requirement of the check, in words.
pub fn offered(st: &Statement, texts: &Texts, offered: Offered) -> String {
    match offered {
        Offered::Level(l) => level_short(st, texts, l),
        Offered::NotOffered => scale_label(st, texts, "not-offered"),
        Offered::NotApplicable => scale_label(st, texts, "na"),
        Offered::OutsideScope => texts.ui("outside-service-scope"),
        Offered::Unanswered => texts.ui("label-not-assessed"),
    }
}

pub fn verdict(texts: &Texts, v: Verdict) -> String {
    texts.ui(&format!("verdict-{}", v.id()))
}

/// The service scope in words, with the number of requirements it leaves out.
pub fn scope(st: &Statement, texts: &Texts) -> String {
    let words = texts.ui(&format!("service-scope-{}", st.service_scope.id()));
    if st.outside_scope == 0 || st.service_scope == ServiceScope::Both {
        words
    } else {
        format!(
            "{words} ({})",
            texts.ui_with("statement-left-out", &[("count", st.outside_scope.into())])
        )
    }
}

/// The area's level at a glance: "lowest ML2, mean 2.5", "not offered", or "not assessed".
pub fn area_level(st: &Statement, texts: &Texts, s: &AreaSummary) -> String {
    if s.none_offered {
        return scale_label(st, texts, "not-offered");
    }
    match (s.min, s.mean) {
        (Some(min), Some(mean)) => texts.ui_with(
            "statement-area-level",
            &[
                ("min", level_short(st, texts, min).into()),
                ("mean", texts.decimal(mean, 1).into()),
            ],
        ),
        _ if s.not_applicable > 0 && s.not_assessed == 0 => scale_label(st, texts, "na"),
        _ => texts.ui("label-not-assessed"),
    }
}

/// The check's heading: "Check against <profile title>".
pub fn check_heading(texts: &Texts, check: &ProfileCheck) -> String {
    texts.ui_with(
        "statement-check-title",
        &[("profile", check.profile_title.clone().into())],
    )
}

/// The gap of a row: the levels short when below, else nothing (the verdict says it).
pub fn gap(row: &crate::scoring::profile_check::CheckRow) -> String {
    if row.verdict == Verdict::Below {
        row.gap.to_string()
    } else {
        String::new()
    }
}

/// The statement's particulars as (label, value) pairs, in the order every output shows them.
pub fn particulars(st: &Statement, texts: &Texts) -> Vec<(String, String)> {
    let mut rows = vec![(texts.ui("statement-provider"), st.organisation.to_string())];
    if !st.site.trim().is_empty() {
        rows.push((texts.ui("field-site"), st.site.to_string()));
    }
    rows.push((texts.ui("statement-scope"), scope(st, texts)));
    rows.push((
        texts.ui("statement-standard"),
        format!("{} ({})", st.q.standard, st.q.edition),
    ));
    rows.push((texts.ui("statement-date"), st.date.clone()));
    rows.push((texts.ui("field-assessors"), st.assessors.join(", ")));
    rows.push((
        texts.ui("field-classification"),
        crate::export::xlsx::classification(st.classification, texts),
    ));
    rows
}

/// The columns of the summary per area.
pub fn summary_heads(texts: &Texts) -> Vec<String> {
    [
        "statement-col-area",
        "col-title",
        "statement-col-offered",
        "statement-col-maturity",
        "statement-col-not-offered",
        "statement-col-not-applicable",
        "statement-col-not-assessed",
    ]
    .iter()
    .map(|id| texts.ui(id))
    .collect()
}

/// The check in one sentence: what the profile asks for, and on how many the provider falls short.
pub fn check_intro(texts: &Texts, check: &ProfileCheck) -> String {
    texts.ui_with(
        "statement-check-intro",
        &[
            ("profile", check.profile_id.clone().into()),
            ("asked", check.totals.asked().into()),
            ("gaps", check.totals.gaps().into()),
        ],
    )
}
