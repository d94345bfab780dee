//! The specification as Markdown: plain text that reads well in a git forge and prints, tables for
//! the SL-T vectors, scenarios and requirements, no HTML. Text from the assessment is escaped so
//! it cannot turn into headings, links or table columns.

use super::{ApprovalState, PartKind, Specification, SystemSpec};
use crate::assessment::FR_NAMES;
use crate::i18n::Texts;
use fluent_bundle::FluentValue;
use std::fmt::Write;

/// Text from a file, safe inside a Markdown paragraph or list item: characters that Markdown reads
/// as markup are escaped, and lines are joined (the text stays one paragraph).
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in line.chars() {
            if "\\`*_[]<>|#".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    // A leading list or quote marker would start a list or a quote.
    if out.starts_with(['-', '+'])
        || out
            .split_once(". ")
            .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
    {
        out.insert(0, '\\');
    }
    out
}

/// One table row from its cells.
pub(crate) fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

/// A table's header row and its rule.
pub(crate) fn table_head(cells: &[String]) -> String {
    let rule: Vec<String> = cells.iter().map(|_| "---".to_string()).collect();
    format!("{}{}", row(cells), row(&rule))
}

fn risk_label(spec: &Specification, texts: &Texts, level: &str) -> String {
    let domain = format!("risk-{}", spec.model.map(|m| m.id.as_str()).unwrap_or_default());
    texts.get(&domain, &format!("risk-{level}"), Some("label"))
}

/// A risk level in words with whether it is tolerable: "High (intolerable)".
pub fn risk_text(spec: &Specification, texts: &Texts, level: &str, tolerable: bool) -> String {
    let t = texts.ui(if tolerable {
        "risk-tolerable"
    } else {
        "risk-intolerable"
    });
    format!("{} ({t})", risk_label(spec, texts, level))
}

/// A scenario's unmitigated and residual risk in words ("-" where not rated).
pub fn risk_texts(
    spec: &Specification,
    texts: &Texts,
    risk: Option<&crate::scoring::ScenarioRisk>,
) -> (String, String) {
    let Some(r) = risk else {
        return ("-".to_string(), "-".to_string());
    };
    let residual = match (&r.residual, r.residual_tolerable) {
        (Some(l), Some(t)) => risk_text(spec, texts, l, t),
        _ => "-".to_string(),
    };
    (
        risk_text(spec, texts, &r.unmitigated, r.unmitigated_tolerable),
        residual,
    )
}

/// The risk model's lines: SL-T method, the tolerable line, the lowest SL-T, consequence floors.
pub fn model_lines(spec: &Specification, texts: &Texts) -> Vec<(String, String)> {
    let Some(m) = spec.model else {
        return vec![(texts.ui("spec-method"), texts.ui("spec-no-model"))];
    };
    let domain = format!("risk-{}", m.id);
    let labels = |tolerable: bool| -> String {
        let levels: Vec<String> = m
            .risk_levels
            .iter()
            .filter(|l| l.tolerable == tolerable)
            .map(|l| risk_label(spec, texts, &l.id))
            .collect();
        if levels.is_empty() {
            texts.ui("spec-none")
        } else {
            levels.join(", ")
        }
    };
    let floors: Vec<String> = m
        .sl_t
        .consequence_floors
        .iter()
        .map(|f| {
            let frs: Vec<&str> = if f.frs.is_empty() {
                FR_NAMES.to_vec()
            } else {
                f.frs
                    .iter()
                    .filter(|fr| (1..=7).contains(*fr))
                    .map(|fr| FR_NAMES[usize::from(fr - 1)])
                    .collect()
            };
            texts.ui_with(
                "spec-floor-line",
                &[
                    (
                        "floor",
                        FluentValue::from(texts.get(&domain, &format!("consequence-floor-{}", f.id), Some("label"))),
                    ),
                    ("sl", FluentValue::from(f.sl)),
                    ("frs", FluentValue::from(frs.join(" "))),
                ],
            )
        })
        .collect();
    vec![
        (
            texts.ui("spec-method"),
            texts.get(&domain, &format!("method-{}", spec.method.id()), Some("label")),
        ),
        (texts.ui("spec-tolerable"), labels(true)),
        (texts.ui("spec-intolerable"), labels(false)),
        (
            texts.ui("spec-lowest-sl"),
            texts.ui_with(
                "spec-lowest-sl-value",
                &[("sl", FluentValue::from(m.sl_t.tolerable_sl))],
            ),
        ),
        (
            texts.ui("spec-floors"),
            if floors.is_empty() {
                texts.ui("spec-none")
            } else {
                floors.join("; ")
            },
        ),
    ]
}

/// How a zone or conduit is bounded, in words.
pub fn boundary(kind: &PartKind, texts: &Texts) -> String {
    match kind {
        PartKind::Zone { .. } => texts.ui("spec-kind-zone"),
        PartKind::Conduit { from, to } => texts.ui_with(
            "spec-between",
            &[("from", FluentValue::from(*from)), ("to", FluentValue::from(*to))],
        ),
    }
}

/// The SL-T reasons of a part (`report::explain`), or nothing without an SL-T.
pub fn reasons(spec: &Specification, part: &super::Part, texts: &Texts) -> Vec<String> {
    let model = spec.model.map(|m| m.id.as_str()).unwrap_or_default();
    part.sl_t
        .as_ref()
        .map(|t| crate::report::explain(t, model, texts))
        .unwrap_or_default()
}

/// The approval lines of a system: each approval with whether it still holds.
pub fn approval_lines(system: &SystemSpec, digest: &str, texts: &Texts) -> Vec<(String, ApprovalState)> {
    system
        .approval_states(digest)
        .into_iter()
        .map(|(ap, state)| {
            let mut line = texts.ui_with(
                "spec-approved-by",
                &[
                    ("by", FluentValue::from(ap.by.as_str())),
                    ("role", FluentValue::from(ap.role.as_str())),
                    ("date", FluentValue::from(ap.date.to_string())),
                ],
            );
            let status = match state {
                ApprovalState::Current => texts.ui("spec-approval-current"),
                ApprovalState::Changed => texts.ui("spec-approval-changed"),
            };
            line = format!("{line}: {status}");
            if !ap.note.is_empty() {
                line = format!("{line}. {}{}", texts.label("col-note"), ap.note);
            }
            (line, state)
        })
        .collect()
}

/// The whole specification; `digests` are those of [`super::digests`], one per system;
/// `pictures` the links to each system's zone diagram (`picture::link`), none where it has none.
pub fn render(spec: &Specification, texts: &Texts, digests: &[String], pictures: &[Option<String>]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}: {}\n", texts.ui("spec-title"), esc(spec.title));
    let _ = writeln!(out, "{}\n", texts.ui("spec-intro"));
    out.push_str(&table_head(&[texts.ui("spec-col-field"), texts.ui("spec-col-value")]));
    for (key, value) in [
        ("field-organisation", spec.organisation.to_string()),
        ("field-site", spec.site.to_string()),
        ("spec-date", spec.date.clone()),
        ("field-tool", format!("iacs-assess {}", env!("CARGO_PKG_VERSION"))),
    ] {
        out.push_str(&row(&[texts.ui(key), esc(&value)]));
    }
    for (i, (system, digest)) in spec.systems.iter().zip(digests).enumerate() {
        out.push('\n');
        let picture = pictures.get(i).and_then(|p| p.as_deref());
        out.push_str(&system_part(spec, system, texts, picture));
        out.push_str(&approval_part(system, digest, texts));
    }
    out
}

/// One system's specification without its approvals; with the link to its zone diagram
/// `picture` first in section 2 when given. Without the picture, what an approval's digest is
/// taken of.
pub fn system_part(spec: &Specification, system: &SystemSpec, texts: &Texts, picture: Option<&str>) -> String {
    let mut out = String::new();
    let s = system.system;
    let _ = writeln!(
        out,
        "## {}\n",
        texts.ui_with(
            "spec-system",
            &[
                ("name", FluentValue::from(esc(&s.name))),
                ("id", FluentValue::from(esc(&s.id)))
            ]
        )
    );
    let description = if s.description.trim().is_empty() {
        texts.ui("spec-no-description")
    } else {
        esc(&s.description)
    };
    let _ = writeln!(out, "{description}\n");

    let _ = writeln!(out, "### 1. {}\n", texts.ui("spec-risk-model"));
    for (label, value) in model_lines(spec, texts) {
        let _ = writeln!(out, "- {label}{}{}", texts.ui("colon"), esc(&value));
    }
    out.push('\n');

    let _ = writeln!(out, "### 2. {}\n", texts.ui("spec-zones"));
    if system.parts.is_empty() {
        let _ = writeln!(out, "{}\n", texts.ui("spec-no-zones"));
    }
    if let Some(link) = picture {
        let s = system.system;
        let alt = texts.ui_with(
            "spec-diagram",
            &[("system", FluentValue::from(format!("{} ({})", s.name, s.id)))],
        );
        let _ = writeln!(out, "![{}]({link})\n", esc(&alt));
    }
    for p in &system.parts {
        let _ = writeln!(out, "#### {} {}\n", esc(p.id), esc(p.name));
        let _ = writeln!(out, "- {}{}", texts.label("spec-boundary"), boundary(&p.kind, texts));
        if let PartKind::Zone { assets } = p.kind {
            let list = if assets.is_empty() {
                texts.ui("spec-none")
            } else {
                assets.iter().map(|x| esc(x)).collect::<Vec<_>>().join(", ")
            };
            let _ = writeln!(out, "- {}{list}", texts.label("spec-assets"));
        }
        if !p.description.trim().is_empty() {
            let _ = writeln!(out, "- {}{}", texts.label("spec-description"), esc(p.description));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### 3. {}\n", texts.ui("spec-sl-t"));
    if !system.parts.is_empty() {
        let mut head = vec![texts.ui("col-target-zone")];
        head.extend(FR_NAMES.iter().map(|f| f.to_string()));
        out.push_str(&table_head(&head));
        for p in &system.parts {
            let mut cells = vec![esc(p.id)];
            match &p.sl_t {
                Some(t) => cells.extend(t.vector.iter().map(u8::to_string)),
                None => cells.extend(std::iter::repeat_n("-".to_string(), 7)),
            }
            out.push_str(&row(&cells));
        }
        out.push('\n');
        for p in &system.parts {
            let _ = writeln!(
                out,
                "{} {}{}\n",
                texts.ui("spec-why"),
                esc(p.id),
                texts.ui("colon").trim_end()
            );
            for line in reasons(spec, p, texts) {
                // The reasons of a derived vector are indented under it: a nested list.
                match line.strip_prefix("  ") {
                    Some(under) => writeln!(out, "  - {}", esc(under)),
                    None => writeln!(out, "- {}", esc(&line)),
                }
                .ok();
            }
            out.push('\n');
        }
    }

    let _ = writeln!(out, "### 4. {}\n", texts.ui("spec-scenarios"));
    if system.scenarios.is_empty() {
        let _ = writeln!(out, "{}\n", texts.ui("spec-no-scenarios"));
    } else {
        out.push_str(&table_head(&[
            texts.ui("col-id"),
            texts.ui("col-target-zone"),
            texts.ui("col-threat"),
            texts.ui("col-risk"),
            texts.ui("col-residual"),
            texts.ui("col-countermeasures"),
        ]));
        for (sc, risk) in &system.scenarios {
            let (unmitigated, residual) = risk_texts(spec, texts, risk.as_ref());
            out.push_str(&row(&[
                esc(&sc.id),
                esc(&sc.target),
                esc(&sc.threat),
                unmitigated,
                residual,
                esc(&sc.countermeasures),
            ]));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### 5. {}\n", texts.ui("spec-requirements"));
    let _ = writeln!(out, "{}\n", texts.ui("spec-requirements-intro"));
    for p in system.parts.iter().filter(|p| p.sl_t.is_some()) {
        let _ = writeln!(
            out,
            "#### {}\n",
            texts.ui_with(
                "spec-requirements-of",
                &[
                    ("target", FluentValue::from(esc(p.id))),
                    ("count", FluentValue::from(p.requirements.len())),
                ]
            )
        );
        if p.requirements.is_empty() {
            continue;
        }
        out.push_str(&table_head(&[
            texts.ui("col-requirement"),
            "FR".to_string(),
            "SL".to_string(),
            texts.ui("col-title"),
            texts.ui("spec-col-state"),
        ]));
        for r in &p.requirements {
            out.push_str(&row(&[
                r.requirement.id.clone(),
                FR_NAMES[usize::from(r.fr - 1)].to_string(),
                r.min_sl.to_string(),
                esc(&requirement_title(texts, r.requirement)),
                texts.ui(r.state.message()),
            ]));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### 6. {}\n", texts.ui("spec-countermeasures"));
    if system.countermeasures.is_empty() {
        let _ = writeln!(out, "{}\n", texts.ui("spec-no-countermeasures"));
    } else {
        out.push_str(&table_head(&[
            texts.ui("col-id"),
            texts.ui("col-target-zone"),
            texts.ui("col-requirements"),
            texts.ui("col-instead"),
            texts.ui("col-status"),
        ]));
        for c in &system.countermeasures {
            out.push_str(&row(&[
                esc(&c.id),
                esc(&c.targets.join(", ")),
                esc(&c.requirements.join(", ")),
                esc(&c.instead),
                texts.ui(c.status),
            ]));
        }
        out.push('\n');
    }
    out
}

/// A requirement's title in the texts' language.
pub fn requirement_title(texts: &Texts, r: &crate::catalog::Requirement) -> String {
    texts.get(super::SYSTEM_REQUIREMENTS, &r.key, Some("title"))
}

/// The approval block (ZCR 7): the approvals with whether they hold, and empty lines to sign
/// when none holds.
fn approval_part(system: &SystemSpec, digest: &str, texts: &Texts) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### 7. {}\n", texts.ui("spec-approval"));
    let lines = approval_lines(system, digest, texts);
    for (line, _) in &lines {
        let _ = writeln!(out, "- {}", esc(line));
    }
    if !lines.is_empty() {
        out.push('\n');
    }
    if !lines.iter().any(|(_, s)| *s == ApprovalState::Current) {
        let _ = writeln!(out, "{}\n", texts.ui("spec-not-approved"));
        out.push_str(&table_head(&[
            texts.ui("spec-sign-name"),
            texts.ui("spec-sign-role"),
            texts.ui("spec-sign-date"),
            texts.ui("spec-sign-signature"),
        ]));
        let blank = "\u{a0}".repeat(20);
        out.push_str(&row(&[blank.clone(), blank.clone(), blank.clone(), blank]));
        out.push('\n');
    }
    out
}
