//! The score as readable text for the terminal (`iacs-assess score`), in the interface language.

use crate::assessment::FR_NAMES;
use crate::catalog::Catalog;
use crate::catalog::risk_model::SlTMethod;
use crate::i18n::Texts;
use crate::scoring::security_level::achieved_text;
use crate::scoring::{RequirementState, Score, SlReason, SlTarget};
use fluent_bundle::FluentValue;
use std::fmt::Write;

fn vector(v: &[u8; 7]) -> String {
    let inner: Vec<String> = v.iter().map(|l| l.to_string()).collect();
    format!("{{{}}}", inner.join(" "))
}

fn level(l: Option<u8>) -> String {
    l.map(|l| l.to_string()).unwrap_or_else(|| "-".into())
}

/// One SL-T reason in words, in the texts' language; `model` is the risk model id.
pub fn describe_reason(reason: &SlReason, model: &str, texts: &Texts) -> Option<String> {
    let domain = format!("risk-{model}");
    Some(match reason {
        SlReason::NoScenario => return None,
        SlReason::Scenario {
            scenario,
            rule,
            by,
            steps,
        } => {
            let (key, label) = match rule {
                SlTMethod::RiskLevel => ("reason-risk", texts.get(&domain, &format!("risk-{by}"), Some("label"))),
                SlTMethod::RiskReduction => (
                    "reason-reduction",
                    texts.get(&domain, &format!("risk-{by}"), Some("label")),
                ),
                SlTMethod::ThreatActor => (
                    "reason-actor",
                    texts.get(&domain, &format!("threat-actor-{by}"), Some("label")),
                ),
            };
            texts.ui_with(
                key,
                &[
                    ("scenario", FluentValue::from(scenario.as_str())),
                    ("by", FluentValue::from(label)),
                    ("steps", FluentValue::from(steps.unwrap_or(0))),
                ],
            )
        }
        SlReason::Consequence { floor, scenario } => {
            let label = texts.get(&domain, &format!("consequence-floor-{floor}"), Some("label"));
            texts.ui_with(
                "reason-consequence",
                &[
                    ("scenario", FluentValue::from(scenario.as_str())),
                    ("floor", FluentValue::from(label)),
                ],
            )
        }
        SlReason::Tolerable { sl } => texts.ui_with("reason-tolerable", &[("sl", FluentValue::from(*sl))]),
        SlReason::Zone { zone } => texts.ui_with("reason-zone", &[("zone", FluentValue::from(zone.as_str()))]),
        SlReason::Adjustment { adjustment } => {
            let label = texts.get(&domain, &format!("adjustment-{adjustment}"), Some("label"));
            texts.ui_with("reason-adjustment", &[("adjustment", FluentValue::from(label))])
        }
        SlReason::Override { justification } => texts.ui_with(
            "reason-override",
            &[("justification", FluentValue::from(justification.as_str()))],
        ),
    })
}

/// The warning for FRs of a zone or conduit that no threat scenario reaches: "no scenario
/// assessed for FR 4, 5 of C-CTRL-SIS". None when every FR is assessed.
pub fn unassessed(t: &SlTarget, texts: &Texts) -> Option<String> {
    if t.unassessed.is_empty() {
        return None;
    }
    let frs: Vec<String> = t.unassessed.iter().map(u8::to_string).collect();
    Some(texts.ui_with(
        "warning-unassessed",
        &[
            ("frs", FluentValue::from(frs.join(", "))),
            ("count", FluentValue::from(frs.len())),
            ("target", FluentValue::from(t.target.as_str())),
        ],
    ))
}

/// Why a zone or conduit has its SL-T, in lines: one per distinct reason naming the FRs it sets
/// ("IAC UC: S-05: unmitigated risk Very high, 2 steps above the tolerable line"), then for an
/// override what the model would derive, then the warning about FRs no scenario assessed ("! ...").
pub fn explain(t: &SlTarget, model_id: &str, texts: &Texts) -> Vec<String> {
    let mut lines = grouped_reasons(&t.reasons, model_id, texts);
    if let Some(d) = t.derived {
        lines.push(texts.ui_with("score-derived", &[("vector", FluentValue::from(vector(&d)))]));
        // Why the model would say so, indented under it, so the override can be judged.
        lines.extend(
            grouped_reasons(&t.derived_reasons, model_id, texts)
                .into_iter()
                .map(|l| format!("  {l}")),
        );
    }
    if let Some(w) = unassessed(t, texts) {
        lines.push(format!("! {w}"));
    }
    lines
}

/// "IAC UC: <reason>" lines: FRs with the same reason on one line ("all" for the seven).
pub fn grouped_reasons(reasons: &[SlReason], model_id: &str, texts: &Texts) -> Vec<String> {
    let mut grouped: Vec<(String, Vec<&str>)> = Vec::new();
    for (i, reason) in reasons.iter().enumerate() {
        let Some(text) = describe_reason(reason, model_id, texts) else {
            continue;
        };
        match grouped.iter_mut().find(|(t, _)| *t == text) {
            Some((_, frs)) => frs.push(FR_NAMES[i]),
            None => grouped.push((text, vec![FR_NAMES[i]])),
        }
    }
    grouped
        .into_iter()
        .map(|(text, frs)| {
            let which = if frs.len() == 7 {
                texts.ui("reason-all-frs")
            } else {
                frs.join(" ")
            };
            format!("{which}: {text}")
        })
        .collect()
}

/// Why a group has no level, in words: every requirement answered not applicable (the group does
/// not apply), or nothing of it offered (62443-2-4: no level, never 0). None: it has one, or is open.
pub fn without_level(g: &crate::scoring::maturity::GroupMaturity, texts: &Texts) -> Option<String> {
    if !g.applies {
        let count = FluentValue::from(g.stats.not_applicable);
        Some(texts.ui_with("score-group-not-applicable", &[("count", count)]))
    } else if g.stats.none_offered() {
        let count = FluentValue::from(g.stats.not_offered);
        Some(texts.ui_with("score-group-not-offered", &[("count", count)]))
    } else {
        None
    }
}

pub fn score_text(score: &Score, catalog: &Catalog, texts: &Texts) -> String {
    let mut out = String::new();
    let model_id = score.risk_model.clone().unwrap_or_default();
    let _ = writeln!(out, "{}", score.title);
    let _ = writeln!(out, "\n{}", texts.ui("score-progress"));
    for p in &score.progress {
        let name = match &p.target {
            Some(t) => format!("{} / {t}", p.questionnaire),
            None => p.questionnaire.clone(),
        };
        let mut line = texts.ui_with(
            "score-progress-line",
            &[
                ("answered", FluentValue::from(p.counts.answered)),
                ("applicable", FluentValue::from(p.counts.applicable)),
            ],
        );
        if p.counts.flagged > 0 {
            line.push_str(&format!(
                ", {}",
                texts.ui_with("score-flagged", &[("count", FluentValue::from(p.counts.flagged))])
            ));
        }
        let _ = writeln!(out, "  {name:<40} {line}");
    }
    for m in &score.maturity {
        let _ = writeln!(out, "\n{} {}", texts.ui("score-maturity"), m.questionnaire);
        if let Some((id, title)) = &m.target_profile {
            let _ = writeln!(out, "  {}: {title} ({id})", texts.ui("target-profile"));
        }
        if let Some(scope) = m.service_scope {
            let _ = writeln!(out, "  {}", texts.ui(&format!("service-scope-{}", scope.id())));
        }
        let _ = writeln!(
            out,
            "  {:<10} {:<44} {:>6} {:>4} {:>4} {:>8} {:>9}",
            texts.ui("col-group"),
            texts.ui("col-title"),
            texts.ui("col-target"),
            texts.ui("col-min"),
            texts.ui("col-mean"),
            texts.ui("col-at-target"),
            texts.ui("col-unanswered")
        );
        for g in &m.groups {
            let title = texts.get(
                &m.questionnaire,
                &catalog
                    .questionnaire(&m.questionnaire)
                    .and_then(|q| q.group(&g.group))
                    .map(|x| x.key.clone())
                    .unwrap_or_default(),
                Some("title"),
            );
            let indent = "  ".repeat(g.depth);
            let label: String = format!("{indent}{}", g.group);
            if let Some(why) = without_level(g, texts) {
                let _ = writeln!(out, "  {:<10} {:<44} {why}", label, truncate(&title, 44));
                continue;
            }
            let _ = writeln!(
                out,
                "  {:<10} {:<44} {:>6} {:>4} {:>4} {:>8} {:>9}",
                label,
                truncate(&title, 44),
                if g.target == 0 {
                    "-".to_string()
                } else {
                    format!("ML{}", g.target)
                },
                level(g.stats.min),
                g.stats.mean.map(|x| texts.decimal(x, 1)).unwrap_or_else(|| "-".into()),
                format!("{}/{}", g.stats.meeting_target, g.stats.answered),
                g.stats.unanswered
            );
        }
        let o = &m.overall;
        let _ = writeln!(
            out,
            "  {:<55} {:>6} {:>4} {:>4} {:>8} {:>9}",
            texts.ui("score-overall"),
            "",
            level(o.min),
            o.mean.map(|x| texts.decimal(x, 1)).unwrap_or_else(|| "-".into()),
            format!("{}/{}", o.meeting_target, o.answered),
            o.unanswered
        );
        let na = m
            .requirements
            .iter()
            .filter(|r| r.state == RequirementState::NotApplicable)
            .count();
        if na > 0 {
            let _ = writeln!(
                out,
                "  {}",
                texts.ui_with("score-not-applicable", &[("count", FluentValue::from(na))])
            );
        }
        if o.not_offered > 0 {
            let _ = writeln!(
                out,
                "  {}",
                texts.ui_with("score-not-offered", &[("count", FluentValue::from(o.not_offered))])
            );
        }
    }
    if !score.risks.is_empty() {
        let _ = writeln!(out, "\n{}", texts.ui("score-risks"));
        let risk_label = |level: &str| texts.get(&format!("risk-{model_id}"), &format!("risk-{level}"), Some("label"));
        for r in &score.risks {
            let tolerable = |t: bool| texts.ui(if t { "risk-tolerable" } else { "risk-intolerable" });
            let residual = match (&r.residual, r.residual_tolerable) {
                (Some(l), Some(t)) => format!(" -> {} ({})", risk_label(l), tolerable(t)),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "  {:<6} {:<10} {} ({}){residual}",
                r.scenario,
                r.target,
                risk_label(&r.unmitigated),
                tolerable(r.unmitigated_tolerable)
            );
        }
    }
    if !score.sl_targets.is_empty() || !score.security_levels.is_empty() {
        let _ = writeln!(out, "\n{}   {}", texts.ui("score-security-levels"), FR_NAMES.join(" "));
        for t in &score.sl_targets {
            let sl_a = score.security_levels.iter().find(|s| s.target == t.target);
            let _ = writeln!(
                out,
                "  {:<12} SL-T {}  SL-A {}",
                t.target,
                vector(&t.vector),
                sl_a.map(|s| format!("{{{}}}", achieved_text(&s.sl_a, &texts.ui("label-sl-na"))))
                    .unwrap_or_else(|| "-".into())
            );
            for line in explain(t, &model_id, texts) {
                let _ = writeln!(out, "      {line}");
            }
            if let Some(s) = sl_a
                && !s.to_close.is_empty()
            {
                let ids: Vec<&str> = s.to_close.iter().map(|g| g.requirement.as_str()).collect();
                let _ = writeln!(
                    out,
                    "      {}: {}",
                    texts.ui_with("score-to-close", &[("count", FluentValue::from(ids.len()))]),
                    ids.join(", ")
                );
            }
        }
    }
    let checked = score
        .sl_targets
        .iter()
        .any(|t| score.components.iter().any(|c| c.zone == t.target));
    out.push_str(&crate::component_text::score_section(
        &score.components,
        &score.zone_check,
        checked,
        texts,
    ));
    out.push_str(&crate::review_text::countermeasures(
        &score.countermeasures,
        texts,
        false,
    ));
    out
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut t: String = text.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}
