//! A group header selected on the questionnaire screen (what it holds, what its keys do), the
//! question of answering a whole group, and the list of search matches.

use super::search::{Found, Where};
use crate::catalog::Questionnaire;
use crate::catalog::tree::TreeRow;
use crate::tui::bulk::{self, Bulk};
use crate::tui::keymap::Action;
use crate::tui::model::Model;
use crate::tui::widgets::{centered, fit};
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// "[0] Not implemented  [1] ML1 …" for the keys of the questionnaire's scale.
fn scale_keys(model: &Model, q: &Questionnaire) -> String {
    let Some(sc) = model.catalog.scale(&q.scale) else {
        return String::new();
    };
    sc.values
        .iter()
        .filter_map(|v| {
            let k = v.key?;
            let label = model.texts.get("scales", &format!("{}-{}", sc.id, v.id), Some("label"));
            Some(format!("[{k}] {label}"))
        })
        .collect::<Vec<_>>()
        .join("  ")
}

/// The right side of the screen for a selected group header: its title, its counts (or that it
/// does not apply), the keys that answer it as a whole, and its requirements with their answers.
pub fn group_pane(model: &Model, q: &Questionnaire, group: usize, frame: &mut Frame, area: Rect) {
    let (t, tx) = (&model.theme, &model.texts);
    let Some(s) = &model.session else { return };
    let Some(g) = q.groups.get(group) else { return };
    let cover = crate::scoring::Cover::on(&s.assessment, model.today);
    let p = crate::scoring::progress::one(&s.assessment, &model.catalog, &cover, q, s.target.as_deref());
    let c = &p.groups[group].counts;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{}  ", g.id), t.title),
            Span::styled(tx.get(&q.id, &g.key, Some("title")), t.title),
        ]),
        Line::from(""),
    ];
    let not_applicable = c.total - c.applicable;
    if c.applicable == 0 && c.total > 0 && super::scope::not_offered(model, q, group) {
        lines.push(Line::from(Span::styled(
            tx.ui_with("group-not-offered", &[("count", c.total.into())]),
            t.dim,
        )));
    } else if c.applicable == 0 && c.total > 0 {
        lines.push(Line::from(Span::styled(
            tx.ui_with("group-not-applicable", &[("count", c.total.into())]),
            t.dim,
        )));
    } else {
        lines.push(Line::from(Span::styled(
            tx.ui_with(
                "group-counts",
                &[
                    ("total", c.total.into()),
                    ("answered", c.answered.into()),
                    ("open", (c.applicable - c.answered).into()),
                    ("na", not_applicable.into()),
                ],
            ),
            t.text,
        )));
    }
    lines.push(Line::from(""));
    let key = |a: Action| FluentValue::from(model.keymap.name(a));
    lines.push(Line::from(Span::styled(
        tx.ui_with(
            "group-keys",
            &[
                ("choose", key(Action::AnswerGroup)),
                ("parent", key(Action::GroupHeader)),
                ("next", key(Action::Next)),
            ],
        ),
        t.warn,
    )));
    lines.push(Line::from(Span::styled(scale_keys(model, q), t.dim)));
    lines.push(Line::from(""));
    let width = usize::from(area.width.saturating_sub(2));
    for i in crate::tui::asked::requirements_of(&s.assessment, q, group, s.target.as_deref()) {
        let r = &q.requirements[i];
        let value = model.answer_to(&r.id).and_then(|a| a.value.as_deref());
        let inside = s.assessment.asks(r, s.target.as_deref());
        let label = match value {
            // Left out of the bulk answer and of the counts: says so.
            _ if !inside => format!("{} {}", super::scope::OUTSIDE_SCOPE, tx.ui("outside-service-scope")),
            Some(v) => bulk::value_label(model, &q.id, v),
            None => tx.ui("label-unanswered"),
        };
        let text = format!("{:<16} {label}", r.id);
        lines.push(Line::from(Span::styled(
            fit(&text, width),
            if value.is_some() && inside { t.text } else { t.dim },
        )));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::default().borders(Borders::ALL).border_style(t.border)),
        area,
    );
}

/// The title and lines of the bulk question: choosing the value, or confirming the change with
/// how many answers it changes and replaces.
pub fn bulk_question(model: &Model, b: &Bulk) -> (String, Vec<Line<'static>>) {
    let (t, tx) = (&model.theme, &model.texts);
    let Some(q) = model.catalog.questionnaire(&b.questionnaire) else {
        return (String::new(), Vec::new());
    };
    let group = q
        .groups
        .get(b.group)
        .map(|g| format!("{} {}", g.id, tx.get(&q.id, &g.key, Some("title"))))
        .unwrap_or_default();
    let group = match &b.target {
        Some(target) => format!("{group} ({target})"),
        None => group,
    };
    let (total, answered) = bulk::answered_of(model, b);
    let mut lines = Vec::new();
    let Some(value) = &b.value else {
        lines.push(Line::from(Span::styled(
            tx.ui_with(
                "bulk-choose",
                &[
                    ("group", group.into()),
                    ("total", total.into()),
                    ("answered", answered.into()),
                ],
            ),
            t.text,
        )));
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(scale_keys(model, q), t.title)));
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(tx.ui("bulk-choose-keys"), t.dim)));
        return (tx.ui("bulk-title"), lines);
    };
    let plan = bulk::plan(model, b);
    lines.push(Line::from(Span::styled(
        tx.ui_with(
            "bulk-confirm",
            &[
                ("group", group.into()),
                ("value", bulk::value_label(model, &q.id, value).into()),
                ("changes", plan.changes.into()),
                ("replaces", plan.replaces.into()),
            ],
        ),
        t.text,
    )));
    if !b.reason.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::from(vec![
            Span::styled(tx.label("label-reason"), t.dim),
            Span::styled(b.reason.replace('\n', " ⏎ "), t.warn),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(tx.ui("bulk-confirm-keys"), t.title)));
    (tx.ui("bulk-confirm-title"), lines)
}

/// What a match shows: the questionnaire, the id, the zone, where it was found and the text.
fn match_line(model: &Model, f: &Found, i: usize, width: usize) -> String {
    let m = &f.matches[i];
    let q = model.catalog.questionnaire(&m.questionnaire);
    let standard = q.map(|q| q.standard.clone()).unwrap_or_default();
    let id = match (q, m.row) {
        (Some(q), TreeRow::Group { index, .. }) => q.groups.get(index).map(|g| g.id.clone()),
        (Some(q), TreeRow::Requirement { index, .. }) => q.requirements.get(index).map(|r| r.id.clone()),
        _ => None,
    }
    .unwrap_or_default();
    let target = m.target.as_ref().map(|t| format!(" ({t})")).unwrap_or_default();
    let place = match m.field {
        Where::Id => "search-in-id",
        Where::Title => "search-in-title",
        Where::Question => "search-in-question",
        Where::Note => "search-in-note",
        Where::Evidence => "search-in-evidence",
    };
    // A match in the id needs no label: the id is there to see.
    let text = match m.field {
        Where::Id => format!("{standard:<10} {id}{target}  {}", m.text.replace('\n', " ")),
        _ => format!(
            "{standard:<10} {id}{target}  {}: {}",
            model.texts.ui(place),
            m.text.replace('\n', " ")
        ),
    };
    fit(&text, width)
}

/// The list of search matches, the current one selected and in view.
pub fn search_list(model: &Model, f: &Found, frame: &mut Frame, area: Rect) {
    let (t, tx) = (&model.theme, &model.texts);
    let width = area.width.saturating_sub(4).min(110);
    let rows = u16::try_from(f.matches.len()).unwrap_or(u16::MAX);
    let height = rows.saturating_add(4).min(area.height.saturating_sub(2)).max(5);
    let popup = centered(area, width, height);
    let room = usize::from(height.saturating_sub(4)).max(1);
    let first = f
        .current
        .saturating_sub(room - 1)
        .min(f.matches.len().saturating_sub(room));
    let inner = usize::from(width.saturating_sub(2));
    let mut lines: Vec<Line> = (first..f.matches.len())
        .take(room)
        .map(|i| {
            let style = if i == f.current { t.selected } else { t.text };
            Line::from(Span::styled(
                format!("{:<inner$}", match_line(model, f, i, inner)),
                style,
            ))
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(fit(&tx.ui("search-list-keys"), inner), t.dim)));
    let title = tx.ui_with(
        "search-list-title",
        &[
            ("query", f.query.clone().into()),
            ("count", f.matches.len().into()),
            ("current", (f.current + 1).into()),
        ],
    );
    crate::tui::widgets::clear(frame, popup, &model.theme);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.title)
                .title(Span::styled(format!(" {title} "), t.title)),
        ),
        popup,
    );
}
