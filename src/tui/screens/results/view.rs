//! Results: four panels drawn from the session's score (never scoring here). From 140 columns two
//! columns (progress and maturity over the review list; security levels of every zone and conduit
//! over the selected one's SL-T reasons and gaps, and the components with the zone check when there
//! are any); narrower, one panel at a time behind a tab bar.
//! The key hints of the panel in focus always take the last line.

use super::{components, levels, profile};
use crate::scoring::maturity::{GroupMaturity, MaturityProfile, MaturityStats};
use crate::scoring::{Progress, Score};
use crate::tui::model::Model;
use crate::tui::scored::Scored;
use crate::tui::screens::results::{Concern, Panel};
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// From this width the panels stand side by side.
pub const WIDE: u16 = 140;

pub fn results(model: &Model, frame: &mut Frame, area: Rect) {
    let Some(scored) = model.scored() else {
        frame.render_widget(block(model, "results-title", false), area);
        return;
    };
    let focus = model.results.focus;
    let alignment = model.keymap.name(crate::tui::keymap::Action::Alignment);
    let hint = format!(
        "{} · {}",
        model.texts.ui(hint_message(focus)),
        model
            .texts
            .ui_with("align-tui-key-hint", &[("key", FluentValue::from(alignment))])
    );
    let hints = Line::from(Span::styled(hint, model.theme.dim));
    let hint_height = crate::tui::widgets::wrapped_height(std::slice::from_ref(&hints), area.width).clamp(1, 2);
    let [main, hint_area] = Layout::vertical([Constraint::Min(1), Constraint::Length(hint_height)]).areas(area);
    frame.render_widget(Paragraph::new(hints).wrap(Wrap { trim: true }), hint_area);
    if main.width >= WIDE {
        let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(main);
        let review_height = (review_rows(scored).len() as u16 + 2).clamp(5, (left.height * 2 / 5).max(5));
        // The components and the zone check, when there are components: under the selected zone's
        // reasons and gaps (the column about zones, which has room below a short gap list), or
        // under the review when that column holds a profile check instead.
        let components_height = if scored.score.components.is_empty() {
            0
        } else {
            components::rows_needed(model, scored, left.width).clamp(5, (main.height / 3).max(5))
        };
        let beside_the_zones = scored.levels && scored.profiles.is_empty();
        let column = if beside_the_zones { right } else { left };
        let [rest, components_area] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(components_height)]).areas(column);
        let (left, right) = if beside_the_zones { (left, rest) } else { (rest, right) };
        if components_height > 0 {
            components::panel(model, scored, frame, components_area);
        }
        let [top_left, bottom_left] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(review_height)]).areas(left);
        let levels_height = (scored.targets.len() as u16 + 4).clamp(5, (right.height * 3 / 5).max(5));
        if !scored.levels {
            // An organisation alone: no security levels to show. Maturity and the review take
            // the whole width, or the left half beside the check against a target profile.
            let column = if scored.profiles.is_empty() && components_height == 0 {
                main
            } else {
                left
            };
            let [top, bottom] = Layout::vertical([Constraint::Min(3), Constraint::Length(review_height)]).areas(column);
            maturity(model, scored, frame, top);
            review(model, scored, frame, bottom);
            if !scored.profiles.is_empty() {
                profile::panel(model, scored, frame, right);
            }
            form(model, frame, area);
            return;
        }
        maturity(model, scored, frame, top_left);
        review(model, scored, frame, bottom_left);
        if scored.profiles.is_empty() {
            let [top_right, bottom_right] =
                Layout::vertical([Constraint::Length(levels_height), Constraint::Min(3)]).areas(right);
            levels::table(model, scored, frame, top_right);
            levels::detail(model, scored, frame, bottom_right);
        } else {
            // Without a zone or conduit their reasons and gaps need only a few rows; the profile
            // check takes the rest.
            let (detail, check) = if scored.targets.is_empty() {
                (Constraint::Length(4), Constraint::Min(3))
            } else {
                (Constraint::Min(3), Constraint::Percentage(45))
            };
            let [top_right, middle_right, bottom_right] =
                Layout::vertical([Constraint::Length(levels_height), detail, check]).areas(right);
            levels::table(model, scored, frame, top_right);
            levels::detail(model, scored, frame, middle_right);
            profile::panel(model, scored, frame, bottom_right);
        }
        form(model, frame, area);
        return;
    }
    let [tabs, page] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(main);
    tab_bar(model, frame, tabs);
    match focus {
        Panel::Maturity => maturity(model, scored, frame, page),
        Panel::Review => review(model, scored, frame, page),
        Panel::SecurityLevels => {
            let height = (scored.targets.len() as u16 + 4).clamp(5, (page.height / 2).max(5));
            let [top, bottom] = Layout::vertical([Constraint::Length(height), Constraint::Min(3)]).areas(page);
            levels::table(model, scored, frame, top);
            levels::detail(model, scored, frame, bottom);
        }
        Panel::Gaps => levels::detail(model, scored, frame, page),
        Panel::Profile => profile::panel(model, scored, frame, page),
        Panel::Components => components::panel(model, scored, frame, page),
    }
    form(model, frame, area);
}

/// The targets form, when open, over the screen.
fn form(model: &Model, frame: &mut Frame, area: Rect) {
    if let Some(f) = model.session.as_ref().and_then(|s| s.form.as_ref()) {
        crate::tui::forms::view::form(model, f, frame, area);
    }
}

fn hint_message(focus: Panel) -> &'static str {
    match focus {
        Panel::Maturity => "results-keys-maturity",
        Panel::Review => "results-keys-review",
        Panel::SecurityLevels => "results-keys-levels",
        Panel::Gaps => "results-keys-gaps",
        Panel::Profile => "results-keys-profile",
        Panel::Components => "results-keys-components",
    }
}

/// A panel's frame: its name as title, brighter while it has focus.
pub(super) fn block(model: &Model, title: &str, focused: bool) -> Block<'static> {
    titled(model, model.texts.ui(title), focused)
}

/// A panel's frame with a title of its own.
pub(super) fn titled(model: &Model, title: String, focused: bool) -> Block<'static> {
    let t = &model.theme;
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { t.title } else { t.border })
        .title(title)
}

/// The panels by name, the one in focus marked (narrow terminals show one at a time); when the
/// names do not fit, those not in focus are shortened.
fn tab_bar(model: &Model, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let shown = Panel::shown(super::shown(model));
    let names: Vec<String> = shown.iter().map(|p| model.texts.ui(p.message())).collect();
    let full: usize = names.iter().map(|n| n.chars().count() + 2).sum::<usize>() + 3 * (shown.len() - 1);
    let focus = model.results.focus;
    let focused_len = shown
        .iter()
        .zip(&names)
        .find(|(p, _)| **p == focus)
        .map_or(0, |(_, n)| n.chars().count() + 2);
    let others =
        (usize::from(area.width).saturating_sub(focused_len + 3 * (shown.len() - 1))) / (shown.len() - 1).max(1);
    let mut spans = Vec::new();
    for (i, (panel, name)) in shown.iter().zip(&names).enumerate() {
        if i > 0 {
            spans.push(Span::styled(" │ ", t.dim));
        }
        let style = if *panel == focus { t.selected } else { t.text };
        let name = if *panel != focus && full > usize::from(area.width) {
            crate::tui::widgets::fit(name, others.saturating_sub(2).max(1))
        } else {
            name.clone()
        };
        spans.push(Span::styled(format!(" {name} "), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub(super) use crate::tui::widgets::offset;

// ---- progress and maturity --------------------------------------------------------------------

/// One row of the maturity panel; made cheaply for every row, drawn only for those in view.
enum Row<'a> {
    ProgressTitle,
    Progress(&'a Progress),
    Blank,
    MaturityTitle(&'a MaturityProfile),
    Columns(&'a MaturityProfile),
    Group(&'a MaturityProfile, &'a GroupMaturity),
    Overall(&'a MaturityProfile),
}

fn rows(score: &Score) -> Vec<Row<'_>> {
    let mut rows = vec![Row::ProgressTitle];
    rows.extend(score.progress.iter().map(Row::Progress));
    for m in &score.maturity {
        rows.push(Row::Blank);
        rows.push(Row::MaturityTitle(m));
        rows.push(Row::Columns(m));
        rows.extend(m.groups.iter().filter(|g| g.depth == 0).map(|g| Row::Group(m, g)));
        rows.push(Row::Overall(m));
    }
    rows
}

/// How many rows the maturity panel has (for scrolling).
pub fn maturity_rows(score: &Score) -> usize {
    rows(score).len()
}

/// Column widths of the maturity table: name, bar, then target, min, mean, at target, (not
/// offered,) open.
struct Columns {
    name: usize,
    bar: usize,
    /// The headings of the number columns, and their widths.
    headings: Vec<&'static str>,
    numbers: Vec<usize>,
}

const NUMBER_COLUMNS: [&str; 5] = ["col-target", "col-min", "col-mean", "col-at-target", "col-unanswered"];

/// The columns; `offers`: with the count of requirements not offered (a service provider's
/// questionnaire, whose scale has "not offered").
fn columns(model: &Model, width: usize, offers: bool) -> Columns {
    let mut headings = NUMBER_COLUMNS.to_vec();
    let width_of = |c: &&str| model.texts.ui(c).chars().count().max(5) + 1;
    let base: usize = headings.iter().map(width_of).sum();
    // The count not offered only where it fits beside the name and the bar at their narrowest.
    if offers && base + width_of(&"col-not-offered") + 2 + 1 + 8 + 1 + 6 <= width {
        headings.insert(4, "col-not-offered");
    }
    let numbers: Vec<usize> = headings.iter().map(width_of).collect();
    let room = width.saturating_sub(2 + numbers.iter().sum::<usize>() + 1);
    let bar = (room * 2 / 5).clamp(6, 40);
    Columns {
        name: room.saturating_sub(bar + 1).max(8),
        bar,
        headings,
        numbers,
    }
}

/// Whether the questionnaire of `m` can answer "not offered" (62443-2-4).
fn offers(model: &Model, m: &MaturityProfile) -> bool {
    model
        .catalog
        .questionnaire(&m.questionnaire)
        .and_then(|q| model.catalog.scale(&q.scale))
        .is_some_and(|sc| sc.values.iter().any(|v| v.not_offered))
}

/// A bar of `width`: up to the lowest level `█`, on to the mean `▓`, the target `│`.
fn bar(width: usize, min: Option<u8>, mean: Option<f64>, target: u8) -> String {
    let at = |level: f64| ((level / 4.0) * width as f64).round() as usize;
    let (low, high) = (at(f64::from(min.unwrap_or(0))), at(mean.unwrap_or(0.0)));
    // Target 0: a target profile asks nothing here, so no mark.
    let target_at = if target == 0 {
        usize::MAX
    } else {
        at(f64::from(target)).saturating_sub(1)
    };
    (0..width)
        .map(|i| match i {
            i if i < low => '█',
            i if i < high => '▓',
            i if i == target_at => '│',
            _ => '░',
        })
        .collect()
}

/// Coloured by the worst: any answered requirement below target is bad, open ones a warning.
fn worst_style(model: &Model, s: &MaturityStats, target: u8) -> Style {
    let t = &model.theme;
    match s.min {
        None => t.dim,
        Some(min) if min < target => t.bad,
        Some(_) if s.unanswered > 0 => t.warn,
        Some(_) => t.good,
    }
}

fn stats_line(model: &Model, c: &Columns, name: &str, s: &MaturityStats, target: Option<u8>) -> Line<'static> {
    let t = &model.theme;
    let tx = &model.texts;
    let dash = || "-".to_string();
    let mut cells = vec![
        match target {
            None => String::new(),
            // A target profile that asks nothing of the group.
            Some(0) => dash(),
            Some(x) => format!("ML{x}"),
        },
        s.min.map_or_else(dash, |x| x.to_string()),
        s.mean.map_or_else(dash, |x| tx.decimal(x, 1)),
        format!("{}/{}", s.meeting_target, s.answered),
        s.unanswered.to_string(),
    ];
    if c.numbers.len() > NUMBER_COLUMNS.len() {
        cells.insert(4, s.not_offered.to_string());
    }
    let mut numbers: Vec<String> = cells.iter().zip(&c.numbers).map(|(x, &w)| format!("{x:>w$}")).collect();
    let open_cell = numbers.pop().unwrap_or_default();
    let bar_target = target.unwrap_or(model.session.as_ref().map_or(0, |x| x.assessment.targets.maturity));
    let style = worst_style(model, s, bar_target);
    let open = if s.unanswered > 0 { t.warn } else { t.dim };
    vec![
        Span::styled(
            format!("  {:<w$} ", crate::tui::widgets::fit(name, c.name), w = c.name),
            t.text,
        ),
        Span::styled(bar(c.bar, s.min, s.mean, bar_target), style),
        Span::styled(numbers.concat(), style),
        Span::styled(open_cell, open),
    ]
    .into()
}

/// A row saying, in place of a bar and levels, that nothing of it is offered (never level 0).
fn none_offered_line(model: &Model, c: &Columns, name: &str) -> Line<'static> {
    let t = &model.theme;
    Line::from(vec![
        Span::styled(
            format!("  {:<w$} ", crate::tui::widgets::fit(name, c.name), w = c.name),
            t.text,
        ),
        Span::styled(model.texts.ui("label-not-offered"), t.dim),
    ])
}

/// The line of `row`; `cs`: the columns without and with the count of requirements not offered.
fn row_line(model: &Model, cs: &[Columns; 2], row: &Row) -> Line<'static> {
    let t = &model.theme;
    let tx = &model.texts;
    let c = match row {
        Row::Columns(m) | Row::Group(m, _) | Row::Overall(m) if offers(model, m) => &cs[1],
        _ => &cs[0],
    };
    match row {
        Row::ProgressTitle => Line::from(Span::styled(tx.ui("score-progress"), t.title)),
        Row::Blank => Line::from(""),
        Row::Progress(p) => {
            let name = match &p.target {
                Some(t) => format!("{} / {t}", p.questionnaire),
                None => p.questionnaire.clone(),
            };
            let share = if p.counts.applicable == 0 {
                1.0
            } else {
                p.counts.answered as f64 / p.counts.applicable as f64
            };
            // Full only when everything is answered.
            let filled = (share * c.bar as f64).floor() as usize;
            let gauge: String = (0..c.bar).map(|i| if i < filled { '█' } else { '░' }).collect();
            let style = if share >= 1.0 { t.good } else { t.warn };
            Line::from(vec![
                Span::styled(
                    format!("  {:<w$} ", crate::tui::widgets::fit(&name, c.name), w = c.name),
                    t.text,
                ),
                Span::styled(gauge, style),
                Span::styled(format!(" {}/{}", p.counts.answered, p.counts.applicable), t.dim),
            ])
        }
        Row::MaturityTitle(m) => Line::from(Span::styled(
            format!("{} — {}", tx.ui("score-maturity"), m.questionnaire),
            t.title,
        )),
        Row::Columns(_) => {
            let numbers: String = c
                .headings
                .iter()
                .zip(&c.numbers)
                .map(|(k, w)| format!("{:>w$}", tx.ui(k)))
                .collect();
            Line::from(Span::styled(
                format!("  {:<w$} {:<b$}{numbers}", "", "", w = c.name, b = c.bar),
                t.dim,
            ))
        }
        Row::Group(m, g) => {
            let title = model
                .catalog
                .questionnaire(&m.questionnaire)
                .and_then(|q| q.group(&g.group))
                .map(|x| tx.get(&m.questionnaire, &x.key, Some("title")))
                .unwrap_or_default();
            let name = format!("{} {title}", g.group);
            if g.stats.none_offered() {
                return none_offered_line(model, c, &name);
            }
            if !g.applies {
                // Every requirement answered not applicable: no bar, the area does not apply.
                let text = tx.ui_with(
                    "score-group-not-applicable",
                    &[("count", g.stats.not_applicable.into())],
                );
                return Line::from(vec![
                    Span::styled(
                        format!("  {:<w$} ", crate::tui::widgets::fit(&name, c.name), w = c.name),
                        t.text,
                    ),
                    Span::styled(text, t.dim),
                ]);
            }
            stats_line(model, c, &name, &g.stats, Some(g.target))
        }
        Row::Overall(m) if m.overall.none_offered() => none_offered_line(model, c, &tx.ui("score-overall")),
        Row::Overall(m) => stats_line(model, c, &tx.ui("score-overall"), &m.overall, None),
    }
}

fn maturity(model: &Model, scored: &Scored, frame: &mut Frame, area: Rect) {
    let focused = model.results.focus == Panel::Maturity;
    let rows = rows(&scored.score);
    let height = usize::from(area.height.saturating_sub(2));
    let width = usize::from(area.width.saturating_sub(2));
    let c = [columns(model, width, false), columns(model, width, true)];
    let selected = model.results.row.min(rows.len().saturating_sub(1));
    let start = offset(rows.len(), height, Some(selected));
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, r)| {
            let line = row_line(model, &c, r);
            if focused && i == selected {
                line.patch_style(model.theme.selected)
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).block(block(model, "results-panel-maturity", focused)),
        area,
    );
}

// ---- review -----------------------------------------------------------------------------------

/// One row of the review panel.
enum ReviewRow<'a> {
    /// A questionnaire (and zone) with open, flagged or unexplained answers.
    Summary(&'a Progress),
    Keys,
    Entry(usize),
    Clean,
}

fn review_rows(scored: &Scored) -> Vec<ReviewRow<'_>> {
    let mut rows: Vec<ReviewRow> = scored
        .score
        .progress
        .iter()
        .filter(|p| p.counts.applicable > p.counts.answered || p.counts.flagged > 0 || p.counts.missing_reason > 0)
        .map(ReviewRow::Summary)
        .collect();
    if !scored.review.is_empty() {
        rows.push(ReviewRow::Keys);
        rows.extend((0..scored.review.len()).map(ReviewRow::Entry));
    }
    if rows.is_empty() && !scored.score.countermeasures.needs_review() {
        rows.push(ReviewRow::Clean);
    }
    rows
}

fn review(model: &Model, scored: &Scored, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let focused = model.results.focus == Panel::Review;
    let rows = review_rows(scored);
    let selected = focused.then(|| model.results.review.min(scored.review.len().saturating_sub(1)));
    let selected_row = selected.and_then(|i| rows.iter().position(|r| matches!(r, ReviewRow::Entry(k) if *k == i)));
    let height = usize::from(area.height.saturating_sub(2));
    let start = offset(rows.len(), height, selected_row);
    let lines: Vec<Line> = rows
        .iter()
        .skip(start)
        .take(height)
        .map(|row| match row {
            ReviewRow::Summary(p) => {
                let name = match &p.target {
                    Some(t) => format!("{} / {t}", p.questionnaire),
                    None => p.questionnaire.clone(),
                };
                // Only what there is to do: "2 open · 1 flagged", not a row of zeros.
                let open = p.counts.applicable.saturating_sub(p.counts.answered);
                let text = [
                    ("review-part-open", open),
                    ("review-part-flagged", p.counts.flagged),
                    ("review-part-reasons", p.counts.missing_reason),
                ]
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|(key, n)| tx.ui_with(key, &[("count", FluentValue::from(n))]))
                .collect::<Vec<_>>()
                .join(" · ");
                Line::from(vec![
                    Span::styled(format!("  {name:<28} "), t.text),
                    Span::styled(text, t.warn),
                ])
            }
            ReviewRow::Keys => Line::from(Span::styled(format!("  {}", tx.ui("review-keys")), t.dim)),
            ReviewRow::Entry(i) => {
                let Some((concern, id)) = scored.review.get(*i) else {
                    return Line::from("");
                };
                let style = if selected == Some(*i) { t.selected } else { t.warn };
                if let Concern::Overdue { action, owner, due } = concern {
                    let owner = if owner.is_empty() {
                        tx.ui("plan-no-owner")
                    } else {
                        owner.clone()
                    };
                    let why = tx.ui_with(
                        "review-overdue",
                        &[("owner", owner.into()), ("due", due.to_string().into())],
                    );
                    return Line::from(Span::styled(format!("  ! {action}  ({why})"), style));
                }
                let (mark, why) = match concern {
                    Concern::Overdue { .. } => ("!", String::new()),
                    Concern::MissingReason => ("!", tx.ui("review-missing-reason")),
                    Concern::Flagged => ("⚑", tx.ui("review-flagged")),
                    Concern::Countermeasure(record, status) => ("!", format!("{record} {}", tx.ui(status.message()))),
                    Concern::NoCountermeasure => ("!", tx.ui("review-no-countermeasure")),
                };
                Line::from(Span::styled(format!("  {mark} {id}  ({why})"), style))
            }
            ReviewRow::Clean => Line::from(Span::styled(format!("  {}", tx.ui("review-clean")), t.good)),
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).block(block(model, "results-panel-review", focused)),
        area,
    );
}
