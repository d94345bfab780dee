//! The capability statement, or its check against a profile, as text for the terminal: 80
//! columns, in the texts' language, printed through `text_safety` by the caller.

use super::plan_text::{wrap, wrap_items};
use crate::i18n::Texts;
use crate::scoring::profile_check::{ProfileCheck, Verdict};
use crate::statement::{Statement, words};
use std::fmt::Write;

/// The statement, or with `check` the check (after the statement's particulars).
pub fn text(st: &Statement, check: Option<&ProfileCheck>, texts: &Texts) -> String {
    let mut out = String::new();
    out.push_str(&wrap(
        "",
        "  ",
        &format!("{}: {}", texts.ui("statement-title"), st.organisation),
    ));
    for (label, value) in words::particulars(st, texts) {
        out.push_str(&wrap("  ", "      ", &format!("{label}: {value}")));
    }
    out.push('\n');
    match check {
        Some(check) => check_text(&mut out, st, check, texts),
        None => statement_text(&mut out, st, texts),
    }
    out
}

fn statement_text(out: &mut String, st: &Statement, texts: &Texts) {
    let _ = writeln!(out, "{}", texts.ui("statement-summary"));
    for a in &st.areas {
        let s = &a.summary;
        out.push_str(&wrap(
            "  ",
            "      ",
            &format!(
                "{} {}: {}",
                a.area,
                words::title(st, texts, a.key),
                words::area_level(st, texts, s)
            ),
        ));
        out.push_str(&wrap(
            "      ",
            "      ",
            &texts.ui_with(
                "statement-text-counts",
                &[
                    ("offered", s.offered.into()),
                    ("notoffered", s.not_offered.into()),
                    ("na", s.not_applicable.into()),
                    ("open", s.not_assessed.into()),
                ],
            ),
        ));
    }
    for a in &st.areas {
        out.push('\n');
        out.push_str(&wrap(
            "",
            "  ",
            &format!("{} {}", a.area, words::title(st, texts, a.key)),
        ));
        if a.capabilities.is_empty() {
            out.push_str(&wrap("  ", "  ", &texts.ui("statement-area-empty")));
        }
        for c in &a.capabilities {
            out.push_str(&wrap(
                "  ",
                "      ",
                &format!(
                    "{} [{}] {}",
                    c.requirement,
                    words::state(st, texts, c.state),
                    words::title(st, texts, c.key)
                ),
            ));
            if !c.evidence.is_empty() {
                let label = format!("      {}: ", texts.ui("col-evidence"));
                out.push_str(&wrap_items(&label, "        ", c.evidence, "; "));
            }
            if let Some(note) = c.note {
                let line = format!("{}: {}", texts.ui("col-note"), note.replace('\n', " "));
                out.push_str(&wrap("      ", "        ", &line));
            }
        }
    }
}

fn check_text(out: &mut String, st: &Statement, check: &ProfileCheck, texts: &Texts) {
    out.push_str(&wrap("", "  ", &words::check_heading(texts, check)));
    out.push_str(&wrap("  ", "  ", &words::check_intro(texts, check)));
    out.push('\n');
    let counted = |counts: &crate::scoring::profile_check::VerdictCounts| -> Vec<String> {
        Verdict::ALL
            .iter()
            .filter(|v| counts.get(**v) > 0)
            .map(|v| format!("{} {}", counts.get(*v), words::verdict(texts, *v)))
            .collect()
    };
    for v in Verdict::ALL {
        let _ = writeln!(out, "  {:>4}  {}", check.totals.get(v), words::verdict(texts, v));
    }
    out.push('\n');
    let _ = writeln!(out, "{}", texts.ui("statement-check-per-area"));
    for a in &check.areas {
        let asked = words::level_short(st, texts, a.highest_required);
        let first = if a.highest_required == 0 {
            format!("  {}: ", a.area)
        } else {
            format!(
                "  {} ({}): ",
                a.area,
                texts.ui_with("statement-text-up-to", &[("level", asked.into())])
            )
        };
        out.push_str(&wrap_items(&first, "      ", &counted(&a.counts), ", "));
    }
    out.push('\n');
    let rows = crate::statement::check_rows(check);
    let _ = writeln!(out, "{}", texts.ui("statement-check-gaps"));
    let mut gaps = 0;
    for r in rows.iter().filter(|r| r.verdict.is_gap()) {
        gaps += 1;
        out.push_str(&wrap(
            "  ",
            "      ",
            &format!(
                "{} {}",
                r.requirement,
                words::requirement_title(st, texts, &r.requirement)
            ),
        ));
        let asked = words::level_short(st, texts, r.required);
        let offered = words::offered(st, texts, r.offered);
        let line = if r.verdict == Verdict::Below {
            texts.ui_with(
                "statement-text-below",
                &[
                    ("asked", asked.into()),
                    ("offered", offered.into()),
                    ("gap", r.gap.into()),
                ],
            )
        } else {
            texts.ui_with(
                "statement-text-missing",
                &[("asked", asked.into()), ("offered", offered.into())],
            )
        };
        out.push_str(&wrap("      ", "        ", &line));
    }
    if gaps == 0 {
        out.push_str(&wrap("  ", "  ", &texts.ui("statement-check-no-gaps")));
    }
    out.push('\n');
    let _ = writeln!(out, "{}", texts.ui("statement-check-rest"));
    for v in Verdict::ALL.into_iter().filter(|v| !v.is_gap()) {
        let ids: Vec<String> = rows
            .iter()
            .filter(|r| r.verdict == v)
            .map(|r| r.requirement.clone())
            .collect();
        if ids.is_empty() {
            continue;
        }
        if v == Verdict::NotAsked {
            // Briefly: what the profile does not ask for is only counted.
            out.push_str(&wrap(
                "  ",
                "      ",
                &format!("{} ({})", words::verdict(texts, v), ids.len()),
            ));
            continue;
        }
        let first = format!("  {} ({}): ", words::verdict(texts, v), ids.len());
        out.push_str(&wrap_items(&first, "      ", &ids, ", "));
    }
}
