//! The words for components and their SL-C, shared by the score text, `component list`, the
//! screens and the workbook: type names, where an SL-C comes from, and the zone check's sentences
//! ("Z-CTRL FR 1: PLC-3 (SL-C 1) below SL-T 2").

use crate::assessment::{Declared, DeclaredBy};
use crate::catalog::ComponentType;
use crate::i18n::Texts;
use crate::scoring::capability::{Capability, Shortfall, Source};
use crate::scoring::security_level::{Standing, achieved_text};
use fluent_bundle::FluentValue;
use std::collections::HashMap;
use std::fmt::Write;

/// "Network device".
pub fn type_name(t: ComponentType, texts: &Texts) -> String {
    texts.ui(&format!("component-type-{}", t.id()))
}

/// "assessed", "declared", "unknown".
pub fn source_word(s: Source, texts: &Texts) -> String {
    texts.ui(match s {
        Source::Assessed => "sl-c-assessed",
        Source::Declared => "sl-c-declared",
        Source::Unknown => "sl-c-unknown",
    })
}

/// Where a declared SL-C comes from: "certificate ISASecure CSA 2024-017, 2024-05-10" or
/// "supplier's statement, 2025-01-20".
pub fn declared_source(d: &Declared, texts: &Texts) -> String {
    let mut out = match d.source {
        DeclaredBy::Certificate => {
            let parts: Vec<&str> = [d.scheme.as_str(), d.certificate.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            format!("{} {}", texts.ui("declared-by-certificate"), parts.join(" "))
        }
        DeclaredBy::SupplierStatement => texts.ui("declared-by-supplier-statement"),
    };
    if let Some(date) = d.date {
        let _ = write!(out, ", {date}");
    }
    out
}

/// The SL-C vector as text ("{2 2 1 n/a 1 1 1}"), or "-" when unknown.
pub fn sl_c_text(c: &Capability, texts: &Texts) -> String {
    match &c.sl_c {
        Some(v) => format!("{{{}}}", achieved_text(v, &texts.ui("label-sl-na"))),
        None => "-".to_string(),
    }
}

/// The zone check as lines: one per component below its zone's SL-T in an FR ("Z-CTRL FR 1:
/// PLC-3 (SL-C 1) below SL-T 2"); one per component whose 4-2 answers are not complete yet, naming
/// every FR it holds open; one per component with no known SL-C.
pub fn shortfall_lines(shortfalls: &[Shortfall], texts: &Texts) -> Vec<String> {
    // The FRs each component holds open, gathered first, so that its one line names them all.
    let mut open: HashMap<(&str, &str), Vec<String>> = HashMap::new();
    for s in shortfalls.iter().filter(|s| s.standing == Standing::Unassessed) {
        if let Some(fr) = s.fr {
            open.entry((s.zone.as_str(), s.component.as_str()))
                .or_default()
                .push(fr.to_string());
        }
    }
    let mut out = Vec::new();
    for s in shortfalls {
        let mut args: Vec<(&str, FluentValue)> = vec![
            ("zone", s.zone.clone().into()),
            ("component", s.component.clone().into()),
            ("sl_t", FluentValue::from(s.sl_t)),
        ];
        match (s.fr, s.sl_c, s.standing) {
            (Some(fr), Some(level), Standing::Short) => {
                args.extend([("fr", FluentValue::from(fr)), ("sl_c", FluentValue::from(level))]);
                out.push(texts.ui_with("zone-check-below", &args));
            }
            (Some(_), _, _) => {
                // Said once, where the component's first open FR stands.
                if let Some(frs) = open.remove(&(s.zone.as_str(), s.component.as_str())) {
                    args.push(("frs", frs.join(", ").into()));
                    out.push(texts.ui_with("zone-check-open", &args));
                }
            }
            (None, _, _) => out.push(texts.ui_with("zone-check-unknown", &args)),
        }
    }
    out
}

/// The score's section on components: each with its SL-C and where it comes from, then the zone
/// check (`checked`: some component sits in a zone with an SL-T). Empty without components.
pub fn score_section(capabilities: &[Capability], shortfalls: &[Shortfall], checked: bool, texts: &Texts) -> String {
    let mut out = String::new();
    if capabilities.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "\n{}   {}",
        texts.ui("score-components"),
        crate::assessment::FR_NAMES.join(" ")
    );
    for c in capabilities {
        let zone = if c.zone.is_empty() { "-" } else { c.zone.as_str() };
        let _ = writeln!(
            out,
            "  {:<12} {:<10} SL-C {:<22} {}",
            c.component,
            zone,
            sl_c_text(c, texts),
            source_word(c.source, texts)
        );
        if let Some(r) = &c.assessed {
            let _ = writeln!(
                out,
                "      {}",
                texts.ui_with(
                    "sl-c-assessed-count",
                    &[
                        ("answered", FluentValue::from(r.answered)),
                        ("applicable", FluentValue::from(r.applicable)),
                    ]
                )
            );
        }
        if let Some(d) = &c.declared {
            let label = texts.ui("sl-c-declared");
            let vector: Vec<String> = d.sl_c.iter().map(u8::to_string).collect();
            let _ = writeln!(
                out,
                "      {label} {{{}}}: {}",
                vector.join(" "),
                declared_source(d, texts)
            );
        }
    }
    let _ = writeln!(out, "\n{}", texts.ui("score-zone-check"));
    if !checked {
        let _ = writeln!(out, "  {}", texts.ui("zone-check-no-target"));
    } else if shortfalls.is_empty() {
        let _ = writeln!(out, "  {}", texts.ui("zone-check-none"));
    }
    for line in shortfall_lines(shortfalls, texts) {
        let _ = writeln!(out, "  {line}");
    }
    out
}
