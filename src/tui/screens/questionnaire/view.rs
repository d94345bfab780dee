//! The questionnaire screen: the standard's structure on the left with completion per group, the
//! requirement in the middle, the answer below it, and the editor or ladder when open.

use crate::catalog::tree::{self, TreeRow};
use crate::catalog::{Questionnaire, Scale};
use crate::scoring::progress;
use crate::tui::model::{Field, Model};
use crate::tui::widgets::centered;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// A short mark for an answer value: "3" for ML3, "✓" met, "✗" not met, "C", "–" n/a.
fn mark(scale: Option<&Scale>, value: Option<&str>) -> String {
    let Some(v) = value.and_then(|v| scale.and_then(|s| s.value(v))) else {
        return "·".into();
    };
    if v.not_applicable {
        return "–".into();
    }
    if v.not_offered {
        return "∅".into();
    }
    if let Some(l) = v.level {
        return l.to_string();
    }
    match (v.satisfies, v.note_required) {
        (true, false) => "✓".into(),
        (true, true) => "C".into(),
        (false, _) if v.id == "partly" => "½".into(),
        _ => "✗".into(),
    }
}

pub fn questionnaire(model: &Model, frame: &mut Frame, area: Rect) {
    let (Some(s), Some(q)) = (&model.session, model.questionnaire()) else {
        return;
    };
    let left_width = (area.width * 36 / 100).clamp(24, 46);
    let [left, right] = Layout::horizontal([Constraint::Length(left_width), Constraint::Min(20)]).areas(area);
    structure(model, q, frame, left);
    if let (Some(group), None) = (s.group, &s.editor) {
        super::group::group_pane(model, q, group, frame, right);
    } else if let (Some(group), Some(_)) = (s.group, &s.editor) {
        // The reason for a whole group: the group above, the editor below.
        let [detail, answer] =
            Layout::vertical([Constraint::Min(4), Constraint::Length(answer_height(model, right))]).areas(right);
        super::group::group_pane(model, q, group, frame, detail);
        answer_pane(model, frame, answer);
    } else {
        let [detail, answer] =
            Layout::vertical([Constraint::Min(4), Constraint::Length(answer_height(model, right))]).areas(right);
        requirement_detail(model, q, frame, detail);
        answer_pane(model, frame, answer);
    }
    if s.ladder.is_some() {
        ladder(model, frame, area);
    }
    if let Some(f) = s.found.as_ref().filter(|f| f.list) {
        super::group::search_list(model, f, frame, area);
    }
    if let Some(f) = &s.form {
        crate::tui::forms::view::form(model, f, frame, area);
    }
}

/// The answer pane grows with what it holds (the answer, the scale's keys, the note, the evidence,
/// who gave it; or the editor's text), each wrapped to the pane's width, up to all but seven rows
/// (the requirement keeps its title and the start of its question), at least half; past that it
/// scrolls.
fn answer_height(model: &Model, right: Rect) -> u16 {
    let inner_width = right.width.saturating_sub(2);
    let most = right
        .height
        .saturating_sub(7)
        .max(right.height / 2)
        .max(6)
        .min(right.height.saturating_sub(4));
    let rows = match model.session.as_ref().and_then(|s| s.editor.as_ref()) {
        Some(e) if matches!(e.field, Field::Note | Field::Evidence | Field::Reason) => {
            // The label (two rows), the text as wrapped, and a free row to type into.
            let lines: Vec<Line> = e.area.lines().iter().map(|l| Line::from(l.as_str())).collect();
            crate::tui::widgets::wrapped_height(&lines, inner_width)
                .saturating_add(3)
                .max(6)
        }
        _ => {
            // Answering, the question stays whole above the answer: the answer pane grows only
            // into the rows the question does not need, and scrolls (J / K) beyond them.
            let most = most.min(right.height.saturating_sub(question_rows(model, inner_width)));
            let rows = crate::tui::widgets::wrapped_height(&answer_lines(model), inner_width);
            return rows
                .saturating_add(2)
                .min(most)
                .max(6.min(right.height.saturating_sub(4)));
        }
    };
    rows.saturating_add(2).min(most).max(6.min(most))
}

/// Rows the requirement pane needs for its id, title and question (with its borders).
fn question_rows(model: &Model, width: u16) -> u16 {
    let (Some(q), Some(r)) = (model.questionnaire(), model.requirement()) else {
        return 0;
    };
    let get = |attr: &str| model.texts.get(&q.id, &r.key, Some(attr));
    let lines = [
        Line::from(format!("{}  {}", r.id, get("title"))),
        Line::from(""),
        Line::from(get("question")),
    ];
    crate::tui::widgets::wrapped_height(&lines, width).saturating_add(2)
}

fn structure(model: &Model, q: &Questionnaire, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let Some(s) = &model.session else { return };
    let rows = crate::tui::asked::rows(&s.assessment, q, s.target.as_deref());
    let cover = crate::scoring::Cover::on(&s.assessment, model.today);
    let p = progress::one(&s.assessment, &model.catalog, &cover, q, s.target.as_deref());
    let cursor_row = tree::position(&rows, s.group, s.cursor);
    let height = area.height.saturating_sub(2) as usize;
    let offset = cursor_row
        .saturating_sub(height / 2)
        .min(rows.len().saturating_sub(height));
    let width = area.width.saturating_sub(2) as usize;
    let lines: Vec<Line> = rows
        .iter()
        .skip(offset)
        .take(height)
        .map(|row| match row {
            TreeRow::Group { index, depth } => {
                let g = &q.groups[*index];
                let c = &p.groups[*index].counts;
                // Every requirement answered not applicable (or not offered): the group does not
                // apply (is not offered).
                let counts = if c.applicable == 0 && c.total > 0 && super::scope::not_offered(model, q, *index) {
                    format!(" {}", model.texts.ui("label-not-offered"))
                } else if c.applicable == 0 && c.total > 0 {
                    format!(" {}", model.texts.ui("label-group-na"))
                } else {
                    format!(" {}/{}", c.answered, c.applicable)
                };
                let title = model.texts.get(&q.id, &g.key, Some("title"));
                let text = format!("{}{} {title}", "  ".repeat(*depth), g.id);
                let room = width.saturating_sub(counts.chars().count());
                let style = if s.group == Some(*index) {
                    t.selected
                } else if c.applicable == 0 && c.total > 0 {
                    t.dim
                } else if c.answered >= c.applicable {
                    t.good
                } else {
                    t.title
                };
                Line::from(vec![Span::styled(fit(&text, room), style), Span::styled(counts, t.dim)])
            }
            TreeRow::Requirement { index, depth } => {
                let r = &q.requirements[*index];
                let answer = model.answer_to(&r.id);
                // Outside the service scope assessed: marked and dimmed, whatever its answer.
                let inside = s.assessment.asks(r, s.target.as_deref());
                let m = if inside {
                    mark(model.catalog.scale_of(r), answer.and_then(|a| a.value.as_deref()))
                } else {
                    super::scope::OUTSIDE_SCOPE.to_string()
                };
                let flag = if answer.is_some_and(|a| a.flagged) { "⚑" } else { " " };
                let text = format!("{}{m}{flag}{}", "  ".repeat(*depth), r.id);
                let style = if *index == s.cursor && s.group.is_none() {
                    t.selected
                } else if m == "·" || !inside {
                    t.dim
                } else {
                    t.text
                };
                Line::from(Span::styled(fit(&text, width), style))
            }
        })
        .collect();
    let title = format!(" {} {}/{} ", q.id, p.counts.answered, p.counts.applicable);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.border)
                .title(title),
        ),
        area,
    );
}

/// `text` cut to `width` characters (an ellipsis when cut) and padded to them, so that a selected
/// row is highlighted across the whole pane.
fn fit(text: &str, width: usize) -> String {
    format!("{:width$}", crate::tui::widgets::fit(text, width))
}

fn requirement_detail(model: &Model, q: &Questionnaire, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let (Some(s), Some(r)) = (&model.session, model.requirement()) else {
        return;
    };
    let get = |attr: &str| tx.get(&q.id, &r.key, Some(attr));
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{}  ", r.id), t.title),
            Span::styled(get("title"), t.title),
        ]),
        Line::from(""),
        Line::from(Span::styled(get("question"), t.text)),
        Line::from(""),
    ];
    let mut facts = Vec::new();
    if let (Some(fr), Some(sl)) = (r.fr, r.min_sl) {
        facts.push(format!(
            "FR {fr} {} · SL {sl}",
            crate::assessment::FR_NAMES[usize::from(fr.clamp(1, 7) - 1)]
        ));
    }
    if let Some(base) = &r.enhances {
        facts.push(format!("{} {base}", tx.ui("label-enhances")));
    }
    if !facts.is_empty() {
        lines.push(Line::from(Span::styled(facts.join("  ·  "), t.dim)));
        lines.push(Line::from(""));
    }
    if s.guidance {
        lines.push(Line::from(Span::styled(tx.ui("label-guidance"), t.title)));
        for l in get("guidance").lines() {
            lines.push(Line::from(Span::styled(l.to_string(), t.text)));
        }
        lines.push(Line::from(""));
    } else {
        lines.push(Line::from(Span::styled(tx.ui("hint-guidance"), t.dim)));
    }
    lines.push(Line::from(Span::styled(tx.ui("label-evidence-examples"), t.title)));
    for l in get("evidence").lines().filter(|l| !l.trim().is_empty()) {
        lines.push(Line::from(Span::styled(format!("• {l}"), t.text)));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::default().borders(Borders::ALL).border_style(t.border)),
        area,
    );
}

fn answer_pane(model: &Model, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let Some(s) = &model.session else { return };
    let interviewing = if s.interviewee.is_empty() {
        tx.ui("label-nobody-interviewed")
    } else {
        s.interviewee.clone()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(Span::styled(
            format!(" {}{interviewing} ", tx.label("label-interviewing")),
            t.dim,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if let Some(editor) = &s.editor {
        let mut text = match editor.field {
            Field::Note => tx.ui("edit-note"),
            Field::Evidence => tx.ui("edit-evidence"),
            Field::Interviewee => tx.ui("edit-interviewee"),
            Field::Search => tx.ui("edit-search"),
            Field::Reason if editor.bulk.is_some() => {
                let b = editor.bulk.as_deref();
                let group = b
                    .and_then(|b| {
                        let q = model.catalog.questionnaire(&b.questionnaire)?;
                        q.groups.get(b.group).map(|g| g.id.clone())
                    })
                    .unwrap_or_default();
                let value = b
                    .zip(editor.value.as_deref())
                    .map(|(b, v)| crate::tui::bulk::value_label(model, &b.questionnaire, v))
                    .unwrap_or_default();
                let count = b.map(|b| crate::tui::bulk::answered_of(model, b).0).unwrap_or(0);
                tx.ui_with(
                    "edit-reason-group",
                    &[
                        ("value", value.into()),
                        ("group", group.into()),
                        ("count", count.into()),
                    ],
                )
            }
            Field::Reason => {
                let value = editor
                    .value
                    .as_deref()
                    .zip(model.requirement().and_then(|r| model.catalog.scale_of(r)))
                    .map(|(v, sc)| tx.get("scales", &format!("{}-{v}", sc.id), Some("label")))
                    .unwrap_or_default();
                tx.ui_with("edit-reason", &[("value", value.into())])
            }
        };
        if matches!(editor.field, Field::Note | Field::Reason) {
            let reuse = model.keymap.name(crate::tui::keymap::Action::ReuseNote);
            text.push_str(&format!(" {}", tx.ui_with("edit-reuse", &[("key", reuse.into())])));
        }
        let label_rows = crate::tui::widgets::wrapped_height(&[Line::from(text.as_str())], inner.width).clamp(1, 3);
        let [label, field] = Layout::vertical([Constraint::Length(label_rows), Constraint::Min(1)]).areas(inner);
        frame.render_widget(
            Paragraph::new(Span::styled(text, t.warn)).wrap(Wrap { trim: false }),
            label,
        );
        frame.render_widget(&editor.area, field);
        return;
    }
    // Taller than the pane: scrolled (J / K), and the border says there is more.
    let lines = answer_lines(model);
    let rows = crate::tui::widgets::wrapped_height(&lines, inner.width);
    let hidden = rows.saturating_sub(inner.height);
    let scroll = s.answer_scroll.min(hidden);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0)),
        inner,
    );
    if hidden > 0 {
        // At the bottom the border says what is above instead of "0 more lines".
        let message = if hidden == scroll {
            "answer-more-above"
        } else {
            "answer-more"
        };
        let more = tx.ui_with(
            message,
            &[
                ("below", (hidden - scroll).into()),
                ("above", scroll.into()),
                (
                    "down",
                    model.keymap.name(crate::tui::keymap::Action::ScrollAnswerDown).into(),
                ),
                (
                    "up",
                    model.keymap.name(crate::tui::keymap::Action::ScrollAnswerUp).into(),
                ),
            ],
        );
        let more = crate::tui::widgets::fit(&format!(" {more} "), usize::from(area.width.saturating_sub(2)));
        let at = Rect {
            x: area.x + 1,
            y: area.y + area.height.saturating_sub(1),
            width: area.width.saturating_sub(2).min(more.chars().count() as u16),
            height: 1,
        };
        frame.render_widget(Paragraph::new(Span::styled(more, t.warn)), at);
    }
}

/// The answer pane's lines: the answer, the scale's keys, the note, the evidence, and who gave the
/// answer and who last edited it (apart: changing a note never changes the interviewee).
fn answer_lines(model: &Model) -> Vec<Line<'static>> {
    let t = &model.theme;
    let tx = &model.texts;
    let (Some(s), Some(r)) = (&model.session, model.requirement()) else {
        return Vec::new();
    };
    let scale = model.catalog.scale_of(r);
    let answer = model.answer_to(&r.id);
    let value = answer.and_then(|a| a.value.as_deref());
    let value_label = match (value, scale) {
        (Some(v), Some(sc)) => tx.get("scales", &format!("{}-{v}", sc.id), Some("label")),
        _ => tx.ui("label-unanswered"),
    };
    let cover = crate::scoring::Cover::on(&s.assessment, model.today);
    let target = model
        .questionnaire()
        .and_then(|q| s.assessment.maturity_target(q, r))
        .unwrap_or(0);
    let credited = crate::scoring::credited(&model.catalog, &cover, r, answer);
    let value_style = match credited {
        None if value.is_some() => t.bad,
        None => t.dim,
        Some(v) if v.excluded() => t.dim,
        Some(v) if v.satisfies || v.level.is_some_and(|l| l >= target) => t.good,
        Some(_) => t.bad,
    };
    let keys: Vec<Span> = scale_keys(model, r)
        .into_iter()
        .zip(
            scale
                .map(|sc| sc.values.iter().filter(|v| v.key.is_some()).collect::<Vec<_>>())
                .unwrap_or_default(),
        )
        .map(|(text, v)| {
            let style: Style = if Some(v.id.as_str()) == value {
                t.selected
            } else {
                t.dim
            };
            Span::styled(text, style)
        })
        .collect();
    let mut first = vec![
        Span::styled(tx.label("label-answer"), t.text),
        Span::styled(value_label, value_style),
    ];
    if value.is_some() && credited.is_none() {
        // Without its reason, or (compensated) without a countermeasure record that stands.
        let why = if answer.is_some_and(|a| a.note.trim().is_empty()) {
            "label-reason-missing"
        } else {
            "label-not-credited"
        };
        first.push(Span::styled(format!("  {}", tx.ui(why)), t.bad));
    }
    if answer.is_some_and(|a| a.flagged) {
        first.push(Span::styled(format!("  ⚑ {}", tx.ui("label-flagged")), t.warn));
    }
    let mut lines = if s.assessment.asks(r, s.target.as_deref()) {
        vec![Line::from(first), Line::from(keys)]
    } else {
        super::scope::outside_scope_lines(model)
    };
    let note = answer.map(|a| a.note.replace('\n', " ⏎ ")).unwrap_or_default();
    let evidence = answer.map(|a| a.evidence.join("; ")).unwrap_or_default();
    lines.push(Line::from(vec![
        Span::styled(tx.label("label-note"), t.dim),
        Span::styled(note, t.text),
    ]));
    lines.push(Line::from(vec![
        Span::styled(tx.label("label-evidence"), t.dim),
        Span::styled(evidence, t.text),
    ]));
    if let Some(line) = countermeasure_line(model, value) {
        lines.push(line);
    }
    if let Some(a) = answer {
        let when = |at: jiff::Timestamp| {
            at.to_zoned(model.time_zone.clone())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        };
        if a.value.is_some() {
            let who = if a.interviewee.is_empty() {
                tx.ui("label-nobody-named")
            } else {
                a.interviewee.to_string()
            };
            lines.push(Line::from(vec![
                Span::styled(tx.label("label-given-by"), t.dim),
                Span::styled(format!("{who}, {}", when(a.time)), t.text),
            ]));
        }
        if let Some(edited) = a.edited {
            let who = if a.edited_by.is_empty() {
                when(edited)
            } else {
                format!("{}, {}", a.edited_by, when(edited))
            };
            lines.push(Line::from(vec![
                Span::styled(tx.label("label-edited-by"), t.dim),
                Span::styled(who, t.text),
            ]));
        }
    }
    lines
}

/// "[k] label  " for each value of the requirement's scale that has a key.
fn scale_keys(model: &Model, r: &crate::catalog::Requirement) -> Vec<String> {
    let Some(sc) = model.catalog.scale_of(r) else {
        return Vec::new();
    };
    sc.values
        .iter()
        .filter_map(|v| {
            let k = v.key?;
            let label = model.texts.get("scales", &format!("{}-{}", sc.id, v.id), Some("label"));
            Some(format!("[{k}] {label}  "))
        })
        .collect()
}

fn ladder(model: &Model, frame: &mut Frame, area: Rect) {
    let (Some(s), Some(r)) = (&model.session, model.requirement()) else {
        return;
    };
    let (Some(l), Some(scale)) = (s.ladder, model.catalog.scale_of(r)) else {
        return;
    };
    let t = &model.theme;
    let tx = &model.texts;
    let step = scale.ladder.get(l.step).map(String::as_str).unwrap_or_default();
    let question = tx.get("scales", &format!("{}-ladder-{step}", scale.id), Some("question"));
    let lines = vec![
        Line::from(Span::styled(format!("{} / {}", l.step + 1, scale.ladder.len()), t.dim)),
        Line::from(Span::styled(question, t.text)),
        Line::from(""),
        Line::from(Span::styled(tx.ui("ladder-keys"), t.dim)),
    ];
    let popup = centered(area, 60, 8);
    crate::tui::widgets::clear(frame, popup, t);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.title)
                .title(tx.ui("ladder-title")),
        ),
        popup,
    );
}

/// "Countermeasure: CCM-01 not approved · C edit" for an answer a record is about, or for a
/// compensated answer without one "none recorded, not counted · C record one".
fn countermeasure_line(model: &Model, value: Option<&str>) -> Option<Line<'static>> {
    let (t, tx) = (&model.theme, &model.texts);
    let id = model.answer_id()?;
    let records = crate::tui::forms::countermeasure::about(model, &id);
    if records.is_empty() && value != Some(crate::assessment::countermeasure::COMPENSATED) {
        return None;
    }
    let mut spans = vec![Span::styled(tx.label("label-countermeasure"), t.dim)];
    if records.is_empty() {
        spans.push(Span::styled(tx.ui("label-countermeasure-none"), t.bad));
    }
    for (i, (record, status)) in records.iter().enumerate() {
        let style = if *status == crate::assessment::countermeasure::Status::Stands {
            t.good
        } else {
            t.bad
        };
        let sep = if i > 0 { ", " } else { "" };
        spans.push(Span::styled(
            format!("{sep}{record} {}", tx.ui(status.message())),
            style,
        ));
    }
    let key = if records.is_empty() {
        "label-countermeasure-add"
    } else {
        "label-countermeasure-edit"
    };
    spans.push(Span::styled(format!(" · {}", tx.ui(key)), t.dim));
    Some(Line::from(spans))
}
