//! The statement as Markdown: the particulars, a summary table per area, each area's
//! capabilities, and the check against a profile when there is one. Text from the assessment is
//! escaped (`spec::markdown::esc`) so it cannot turn into headings, links or table columns.

use super::words;
use super::{Area, Statement};
use crate::i18n::Texts;
use crate::scoring::profile_check::{ProfileCheck, Verdict};
use crate::spec::markdown::{esc, row, table_head};
use std::fmt::Write;

pub fn render(st: &Statement, check: Option<&ProfileCheck>, texts: &Texts) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}: {}\n", texts.ui("statement-title"), esc(st.organisation));
    for (label, value) in words::particulars(st, texts) {
        let _ = writeln!(out, "- **{label}**: {}", esc(&value));
    }
    let _ = writeln!(out, "\n{}\n", texts.ui("statement-intro"));
    summary(&mut out, st, texts);
    for area in &st.areas {
        area_part(&mut out, st, area, texts);
    }
    if let Some(check) = check {
        check_part(&mut out, st, check, texts);
    }
    out
}

fn summary(out: &mut String, st: &Statement, texts: &Texts) {
    let _ = writeln!(out, "## {}\n", texts.ui("statement-summary"));
    out.push_str(&table_head(&words::summary_heads(texts)));
    for a in &st.areas {
        let s = &a.summary;
        out.push_str(&row(&[
            esc(a.area),
            esc(&words::title(st, texts, a.key)),
            s.offered.to_string(),
            words::area_level(st, texts, s),
            s.not_offered.to_string(),
            s.not_applicable.to_string(),
            s.not_assessed.to_string(),
        ]));
    }
    out.push('\n');
}

fn area_part(out: &mut String, st: &Statement, area: &Area, texts: &Texts) {
    let _ = writeln!(
        out,
        "## {} {}\n",
        esc(area.area),
        esc(&words::title(st, texts, area.key))
    );
    let _ = writeln!(
        out,
        "{}: {}\n",
        texts.ui("statement-col-maturity"),
        words::area_level(st, texts, &area.summary)
    );
    if area.capabilities.is_empty() {
        let _ = writeln!(out, "{}\n", texts.ui("statement-area-empty"));
        return;
    }
    let mut heads = vec![
        texts.ui("col-requirement"),
        texts.ui("col-title"),
        texts.ui("statement-col-maturity"),
        texts.ui("col-evidence"),
    ];
    if st.with_notes {
        heads.push(texts.ui("col-note"));
    }
    out.push_str(&table_head(&heads));
    for c in &area.capabilities {
        let mut cells = vec![
            esc(c.requirement),
            esc(&words::title(st, texts, c.key)),
            words::state(st, texts, c.state),
            c.evidence.iter().map(|e| esc(e)).collect::<Vec<_>>().join("; "),
        ];
        if st.with_notes {
            cells.push(c.note.map(esc).unwrap_or_default());
        }
        out.push_str(&row(&cells));
    }
    out.push('\n');
}

fn check_part(out: &mut String, st: &Statement, check: &ProfileCheck, texts: &Texts) {
    let _ = writeln!(out, "## {}\n", esc(&words::check_heading(texts, check)));
    let _ = writeln!(out, "{}\n", words::check_intro(texts, check));
    out.push_str(&table_head(&[
        texts.ui("statement-col-verdict"),
        texts.ui("statement-col-count"),
    ]));
    for v in Verdict::ALL {
        out.push_str(&row(&[words::verdict(texts, v), check.totals.get(v).to_string()]));
    }
    out.push('\n');
    let _ = writeln!(out, "### {}\n", texts.ui("statement-check-per-area"));
    let mut heads = vec![texts.ui("statement-col-area"), texts.ui("statement-col-highest-asked")];
    heads.extend(Verdict::ALL.iter().map(|v| words::verdict(texts, *v)));
    out.push_str(&table_head(&heads));
    for a in &check.areas {
        let mut cells = vec![esc(&a.area), words::level_short(st, texts, a.highest_required)];
        if a.highest_required == 0 {
            cells[1] = "-".into();
        }
        cells.extend(Verdict::ALL.iter().map(|v| a.counts.get(*v).to_string()));
        out.push_str(&row(&cells));
    }
    out.push('\n');
    let _ = writeln!(out, "### {}\n", texts.ui("statement-check-rows"));
    out.push_str(&table_head(&[
        texts.ui("statement-col-area"),
        texts.ui("col-requirement"),
        texts.ui("col-title"),
        texts.ui("statement-col-asked"),
        texts.ui("statement-col-offered-level"),
        texts.ui("col-gap-short"),
        texts.ui("statement-col-verdict"),
    ]));
    for r in super::check_rows(check) {
        let asked = if r.required == 0 {
            "-".to_string()
        } else {
            words::level_short(st, texts, r.required)
        };
        let verdict = words::verdict(texts, r.verdict);
        out.push_str(&row(&[
            esc(&r.area),
            esc(&r.requirement),
            esc(&words::requirement_title(st, texts, &r.requirement)),
            asked,
            words::offered(st, texts, r.offered),
            words::gap(r),
            if r.verdict.is_gap() {
                format!("**{verdict}**")
            } else {
                verdict
            },
        ]));
    }
    out.push('\n');
}
