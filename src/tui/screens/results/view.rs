//! Results: maturity per group against target as bars, SL-T against SL-A per zone, progress.

use crate::assessment::FR_NAMES;
use crate::scoring;
use crate::scoring::security_level::level_text;
use crate::tui::model::Model;
use crate::tui::screens::results::Concern;
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn results(model: &Model, frame: &mut Frame, area: Rect) {
    let Some(s) = &model.session else { return };
    let t = &model.theme;
    let tx = &model.texts;
    let score = scoring::score_on(&s.assessment, &model.catalog, model.today);
    let mut lines = Vec::new();
    progress_gauges(model, &score, &mut lines, area.width);
    let bar_width = (area.width as usize).saturating_sub(52).clamp(8, 40);
    for m in &score.maturity {
        lines.push(Line::from(Span::styled(
            format!("{} — {}", tx.ui("score-maturity"), m.questionnaire),
            t.title,
        )));
        let Some(q) = model.catalog.questionnaire(&m.questionnaire) else {
            continue;
        };
        for g in m.groups.iter().filter(|g| g.depth == 0) {
            let title = q
                .group(&g.group)
                .map(|x| tx.get(&q.id, &x.key, Some("title")))
                .unwrap_or_default();
            if !g.applies {
                // Every requirement answered not applicable: no bar, the area does not apply.
                let name: String = format!("{} {title}", g.group).chars().take(34).collect();
                let text = tx.ui_with(
                    "score-group-not-applicable",
                    &[("count", g.stats.not_applicable.into())],
                );
                lines.push(Line::from(vec![
                    Span::styled(format!("  {name:<34} "), t.text),
                    Span::styled(text, t.dim),
                ]));
                continue;
            }
            let mean = g.stats.mean.unwrap_or(0.0);
            let filled = ((mean / 4.0) * bar_width as f64).round() as usize;
            let target_at = (f64::from(g.target) / 4.0 * bar_width as f64).round() as usize;
            let bar: String = (0..bar_width)
                .map(|i| {
                    if i < filled {
                        '█'
                    } else if i == target_at.saturating_sub(1) {
                        '│'
                    } else {
                        '░'
                    }
                })
                .collect();
            let style = if mean >= f64::from(g.target) { t.good } else { t.bad };
            let name: String = format!("{} {title}", g.group).chars().take(34).collect();
            lines.push(Line::from(vec![
                Span::styled(format!("  {name:<34} "), t.text),
                Span::styled(bar, style),
                Span::styled(
                    match g.stats.mean {
                        Some(x) => format!(" {} / ML{}", tx.decimal(x, 1), g.target),
                        None => format!(" - / ML{}", g.target),
                    },
                    t.dim,
                ),
            ]));
        }
        lines.push(Line::from(""));
    }
    if !score.security_levels.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("{}    {}", tx.ui("score-security-levels"), FR_NAMES.join(" ")),
            t.title,
        )));
        for sl in &score.security_levels {
            let mut spans = vec![Span::styled(format!("  {:<10} SL-T ", sl.target), t.text)];
            match sl.sl_t {
                Some(v) => spans.push(Span::styled(
                    format!("{} ", v.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" ")),
                    t.text,
                )),
                None => spans.push(Span::styled("-                     ".to_string(), t.dim)),
            }
            spans.push(Span::styled(" SL-A ", t.text));
            for (i, l) in sl.sl_a.iter().enumerate() {
                let ok = sl.gap[i] == 0;
                let text = level_text(*l, &tx.ui("label-sl-na"));
                spans.push(Span::styled(format!("{text} "), if ok { t.good } else { t.bad }));
            }
            if !sl.to_close.is_empty() {
                spans.push(Span::styled(
                    format!(" {} {}", sl.to_close.len(), tx.ui("label-to-close")),
                    t.warn,
                ));
            }
            // The FRs whose SL-T no threat scenario assessed (a floor or a zone set them).
            let unassessed = score
                .sl_targets
                .iter()
                .find(|x| x.target == sl.target)
                .map(|x| x.unassessed.iter().map(u8::to_string).collect::<Vec<_>>())
                .unwrap_or_default();
            if !unassessed.is_empty() {
                spans.push(Span::styled(
                    format!(
                        "  ! {}",
                        tx.ui_with("label-unassessed", &[("frs", unassessed.join(" ").into())])
                    ),
                    t.warn,
                ));
            }
            lines.push(Line::from(spans));
        }
    }
    let selected = review(model, &score, &mut lines);
    // Never scroll past the last line; with the review list in focus, keep its selection in view.
    let visible = area.height.saturating_sub(2);
    let last_start = (lines.len() as u16).saturating_sub(visible);
    let scroll = match selected {
        Some(line) => (line as u16).saturating_sub(visible / 2).min(last_start),
        None => model.results_scroll.min(last_start),
    };
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll, 0)).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.border)
                .title(tx.ui("results-title")),
        ),
        area,
    );
}

/// What to look at before finishing: unanswered, flagged, and answers that lack their reason.
/// Returns the line of the entry selected in the review list, if it has focus.
fn review(model: &Model, score: &scoring::Score, lines: &mut Vec<Line<'static>>) -> Option<usize> {
    let t = &model.theme;
    let tx = &model.texts;
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(tx.ui("review-title"), t.title)));
    let mut clean = true;
    for p in &score.progress {
        let open = p.counts.applicable.saturating_sub(p.counts.answered);
        if open == 0 && p.counts.flagged == 0 && p.counts.missing_reason == 0 {
            continue;
        }
        clean = false;
        let name = match &p.target {
            Some(t) => format!("{} / {t}", p.questionnaire),
            None => p.questionnaire.clone(),
        };
        let text = tx.ui_with(
            "review-line",
            &[
                ("open", FluentValue::from(open)),
                ("flagged", FluentValue::from(p.counts.flagged)),
                ("reasons", FluentValue::from(p.counts.missing_reason)),
            ],
        );
        lines.push(Line::from(vec![
            Span::styled(format!("  {name:<28} "), t.text),
            Span::styled(text, t.warn),
        ]));
    }
    let entries = crate::tui::screens::results::review(model);
    if score.countermeasures.needs_review() {
        clean = false;
    }
    if !entries.is_empty() {
        lines.push(Line::from(Span::styled(format!("  {}", tx.ui("review-keys")), t.dim)));
    }
    let selected = model.review_cursor.map(|i| i.min(entries.len().saturating_sub(1)));
    let mut selected_line = None;
    for (i, (concern, id)) in entries.iter().enumerate() {
        if selected == Some(i) {
            selected_line = Some(lines.len());
        }
        let (mark, why) = match concern {
            Concern::MissingReason => ("!", tx.ui("review-missing-reason")),
            Concern::Flagged => ("⚑", tx.ui("review-flagged")),
            Concern::Countermeasure(record, status) => ("!", format!("{record} {}", tx.ui(status.message()))),
            Concern::NoCountermeasure => ("!", tx.ui("review-no-countermeasure")),
        };
        let style = if selected == Some(i) { t.selected } else { t.warn };
        lines.push(Line::from(Span::styled(format!("  {mark} {id}  ({why})"), style)));
    }
    if clean {
        lines.push(Line::from(Span::styled(format!("  {}", tx.ui("review-clean")), t.good)));
    }
    selected_line
}

/// One gauge per questionnaire (and zone): answered of applicable.
fn progress_gauges(model: &Model, score: &scoring::Score, lines: &mut Vec<Line<'static>>, width: u16) {
    let t = &model.theme;
    lines.push(Line::from(Span::styled(model.texts.ui("score-progress"), t.title)));
    let bar_width = (width as usize).saturating_sub(52).clamp(8, 40);
    for p in &score.progress {
        let name = match &p.target {
            Some(t) => format!("{} / {t}", p.questionnaire),
            None => p.questionnaire.clone(),
        };
        let share = if p.counts.applicable == 0 {
            1.0
        } else {
            p.counts.answered as f64 / p.counts.applicable as f64
        };
        let filled = (share * bar_width as f64).round() as usize;
        let bar: String = (0..bar_width).map(|i| if i < filled { '█' } else { '░' }).collect();
        let style = if share >= 1.0 { t.good } else { t.warn };
        lines.push(Line::from(vec![
            Span::styled(format!("  {name:<34} "), t.text),
            Span::styled(bar, style),
            Span::styled(format!(" {}/{}", p.counts.answered, p.counts.applicable), t.dim),
        ]));
    }
    lines.push(Line::from(""));
}
