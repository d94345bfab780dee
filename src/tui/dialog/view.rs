//! Drawing the dialogs (see `tui/dialog.rs`) as popups in front of the screen.

use crate::assessment::Answer;
use crate::assessment::three_way::{Item, Side};
use crate::tui::dialog::{Conflicts, Deletion, Dialog};
use crate::tui::model::{Model, SaveState};
use crate::tui::resume::DraftText;
use crate::tui::widgets::centered;
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn dialog(model: &Model, d: &Dialog, frame: &mut Frame, area: Rect) {
    let tx = &model.texts;
    let t = &model.theme;
    let file = model
        .session
        .as_ref()
        .map(|s| s.path.display().to_string())
        .unwrap_or_default();
    let recovery = model
        .recovery
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| tx.ui("label-no-recovery"));
    match d {
        Dialog::Delete { what, form } => {
            let (key, id) = match what {
                Deletion::Target(id) => ("confirm-delete-target", id),
                Deletion::Scenario(id) => ("confirm-delete-scenario", id),
                Deletion::Component(id) => ("component-confirm-delete", id),
            };
            let answers = model
                .session
                .as_ref()
                .map(|s| {
                    s.assessment
                        .answers()
                        .iter()
                        .filter(|x| x.target.as_deref() == Some(id.as_str()))
                        .count()
                })
                .unwrap_or(0);
            let text = tx.ui_with(
                key,
                &[("id", FluentValue::from(id.as_str())), ("answers", answers.into())],
            );
            let typed = match form.fields.first().map(|f| &f.input) {
                Some(crate::tui::forms::form::Input::Text(a)) => a.lines().join(""),
                _ => String::new(),
            };
            let mut lines = text_lines(&text, t.text);
            lines.push(Line::from(""));
            lines.push(Line::from(vec![
                Span::styled(tx.label("confirm-type-id"), t.title),
                Span::styled(format!("{typed}▏"), t.selected),
            ]));
            let hint = match &form.error {
                Some(e) => Span::styled(tx.ui(e), t.bad),
                None => Span::styled(tx.ui("confirm-keys"), t.dim),
            };
            lines.push(Line::from(hint));
            popup(model, frame, area, &form.title, lines, t.bad);
        }
        Dialog::Unsaved => {
            let (text, keys) = match model.save {
                SaveState::ChangedOnDisk => ("dialog-unsaved-changed", "dialog-unsaved-keys-changed"),
                _ => ("dialog-unsaved-failed", "dialog-unsaved-keys-failed"),
            };
            let reason = match &model.save {
                SaveState::Failed(r) => r.clone(),
                _ => String::new(),
            };
            let text = tx.ui_with(
                text,
                &[
                    ("count", model.unsaved.into()),
                    ("file", FluentValue::from(file.as_str())),
                    ("reason", FluentValue::from(reason)),
                    ("recovery", FluentValue::from(recovery.as_str())),
                ],
            );
            with_keys(model, frame, area, "dialog-unsaved-title", &text, keys);
        }
        Dialog::ChangedOnDisk => {
            let text = tx.ui_with(
                "dialog-changed-text",
                &[
                    ("count", model.unsaved.into()),
                    ("file", FluentValue::from(file.as_str())),
                    ("recovery", FluentValue::from(recovery.as_str())),
                ],
            );
            with_keys(model, frame, area, "dialog-changed-title", &text, "dialog-changed-keys");
        }
        Dialog::Conflicts(c) => conflicts(model, c, frame, area),
        Dialog::Bulk(bulk) => {
            let (title, lines) = crate::tui::screens::questionnaire::group::bulk_question(model, bulk);
            popup(model, frame, area, &title, lines, t.title);
        }
        Dialog::SaveAs(form) => crate::tui::forms::view::form(model, form, frame, area),
        Dialog::Draft(draft) => {
            let what = match &draft.text {
                DraftText::Note { answer, .. } => tx.ui_with("draft-note", &[("id", answer.to_string().into())]),
                DraftText::Evidence { answer, .. } => {
                    tx.ui_with("draft-evidence", &[("id", answer.to_string().into())])
                }
                DraftText::Reason { answer, .. } => tx.ui_with("draft-reason", &[("id", answer.to_string().into())]),
                DraftText::Interviewee { .. } => tx.ui("draft-interviewee"),
                DraftText::BulkReason { bulk, .. } => tx.ui_with(
                    "draft-bulk-reason",
                    &[("group", crate::tui::bulk::group_id(model, bulk).into())],
                ),
                DraftText::Form { .. } => tx.ui("draft-form"),
            };
            let typed = match &draft.text {
                DraftText::Note { text, .. }
                | DraftText::Evidence { text, .. }
                | DraftText::Reason { text, .. }
                | DraftText::Interviewee { text }
                | DraftText::BulkReason { text, .. } => text.clone(),
                DraftText::Form { fields, .. } => fields
                    .iter()
                    .filter_map(|f| match f {
                        crate::tui::forms::form::FieldValue::Text(t) if !t.is_empty() => Some(t.clone()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join(" · "),
            };
            let when = draft
                .when
                .to_zoned(model.time_zone.clone())
                .strftime("%Y-%m-%d %H:%M")
                .to_string();
            let text = tx.ui_with(
                "dialog-draft-text",
                &[("what", what.into()), ("when", FluentValue::from(when))],
            );
            let mut lines = text_lines(&text, t.text);
            lines.push(Line::from(""));
            lines.extend(
                typed
                    .lines()
                    .take(6)
                    .map(|l| Line::from(Span::styled(format!("  {l}"), t.warn))),
            );
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(tx.ui("dialog-draft-keys"), t.dim)));
            popup(model, frame, area, &tx.ui("dialog-draft-title"), lines, t.title);
        }
        Dialog::DiscardForm => {
            let text = tx.ui("dialog-discard-text");
            with_keys(model, frame, area, "dialog-discard-title", &text, "dialog-discard-keys");
        }
        Dialog::Quit => {
            let text = tx.ui("dialog-quit-text");
            with_keys(model, frame, area, "dialog-quit-title", &text, "dialog-quit-keys");
        }
        Dialog::DropAction { id, yes } => {
            let title = model
                .session
                .as_ref()
                .and_then(|s| s.assessment.action(id))
                .map(|x| x.title.clone())
                .unwrap_or_default();
            let text = tx.ui_with(
                "dialog-drop-action-text",
                &[
                    ("id", FluentValue::from(id.as_str())),
                    ("title", FluentValue::from(title)),
                ],
            );
            let mut lines = text_lines(&text, t.text);
            lines.push(Line::from(""));
            let button =
                |key: &str, on: bool| Span::styled(format!(" {} ", tx.ui(key)), if on { t.selected } else { t.text });
            lines.push(Line::from(vec![
                button("dialog-drop-action-yes", *yes),
                Span::raw("   "),
                button("dialog-drop-action-no", !*yes),
            ]));
            lines.push(Line::from(Span::styled(tx.ui("dialog-drop-action-keys"), t.dim)));
            popup(model, frame, area, &tx.ui("dialog-drop-action-title"), lines, t.warn);
        }
        Dialog::Replace { path, .. } => {
            let text = tx.ui_with(
                "dialog-replace-text",
                &[("file", FluentValue::from(path.display().to_string()))],
            );
            with_keys(model, frame, area, "dialog-replace-title", &text, "dialog-replace-keys");
        }
        Dialog::Recovered(copy) => {
            let text = tx.ui_with(
                "dialog-recovered-text",
                &[
                    ("file", FluentValue::from(file.as_str())),
                    ("copy", FluentValue::from(copy.path.display().to_string())),
                ],
            );
            with_keys(
                model,
                frame,
                area,
                "dialog-recovered-title",
                &text,
                "dialog-recovered-keys",
            );
        }
    }
}

fn text_lines(text: &str, style: Style) -> Vec<Line<'static>> {
    text.lines()
        .map(|l| Line::from(Span::styled(l.to_string(), style)))
        .collect()
}

fn with_keys(model: &Model, frame: &mut Frame, area: Rect, title: &str, text: &str, keys: &str) {
    let t = &model.theme;
    let mut lines = text_lines(text, t.text);
    lines.push(Line::from(""));
    lines.extend(text_lines(&model.texts.ui(keys), t.title));
    popup(model, frame, area, &model.texts.ui(title), lines, t.bad);
}

/// A bordered popup sized to its text (wrapped at up to 74 columns), centred.
fn popup(model: &Model, frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line<'static>>, border: Style) {
    let width = 76.min(area.width);
    let height = crate::tui::widgets::wrapped_height(&lines, width.saturating_sub(2));
    let popup = centered(area, width, height.saturating_add(2));
    crate::tui::widgets::clear(frame, popup, &model.theme);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .style(model.theme.text)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(border)
                    .title(Span::styled(format!(" {title} "), model.theme.title)),
            ),
        popup,
    );
}

/// What one side of a conflict holds, in a few words.
fn describe(model: &Model, item: Option<&Item>) -> String {
    let tx = &model.texts;
    match item {
        None => tx.ui("label-removed"),
        Some(Item::Answer(a)) => describe_answer(model, a),
        Some(Item::System(s)) => s.name.clone(),
        Some(Item::Interviewee(x)) => format!("{} ({})", x.name, x.role),
        // The layer too: a change of layer alone must be visible in the choice.
        Some(Item::Zone(z)) => match z.layer {
            Some(layer) => format!("{} · {}", z.name, tx.ui(&layer.message_id())),
            None => z.name.clone(),
        },
        Some(Item::Conduit(c)) => format!("{} ({} - {})", c.name, c.from, c.to),
        Some(Item::Component(c)) => {
            let zone = if c.zone.is_empty() { "-" } else { c.zone.as_str() };
            format!("{} · {} · {zone}", c.name, crate::component_text::type_name(c.kind, tx))
        }
        Some(Item::Scenario(s)) => s.threat.clone(),
        Some(Item::Countermeasure(c)) => format!("{} · {}", c.requirements.join(", "), c.instead),
        Some(Item::Action(x)) => format!("{} · {} · {}", x.title, x.status.name(), x.owner),
        Some(Item::Metadata(m)) => m.title.clone(),
        Some(Item::Targets(t)) => format!("ML{}", t.maturity),
        Some(Item::RiskModel(m)) => m.as_ref().map(|m| m.id.clone()).unwrap_or_default(),
        Some(Item::Approval(x)) => format!("{} ({}) {}", x.by, x.role, x.date),
    }
}

fn describe_answer(model: &Model, a: &Answer) -> String {
    let label = a
        .value
        .as_deref()
        .and_then(|v| {
            let q = model.catalog.questionnaire(&a.questionnaire)?;
            let r = q.requirement(&a.requirement)?;
            let sc = model.catalog.scale_of(r)?;
            Some(model.texts.get("scales", &format!("{}-{v}", sc.id), Some("label")))
        })
        .unwrap_or_else(|| model.texts.ui("label-unanswered"));
    let mut text = label;
    if let Some(first) = a.note.lines().next() {
        text.push_str(&format!(" · \"{first}\""));
    }
    if !a.interviewee.is_empty() {
        text.push_str(&format!(" · {}", a.interviewee));
    }
    if a.flagged {
        text.push_str(" · ⚑");
    }
    text
}

fn conflicts(model: &Model, c: &Conflicts, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let width = area.width.saturating_sub(4).min(110);
    let inner_width = width.saturating_sub(2);
    let mut header = text_lines(
        &tx.ui_with("dialog-conflicts-text", &[("count", c.choices.len().into())]),
        t.text,
    );
    header.push(Line::from(Span::styled(tx.ui("dialog-conflicts-keys"), t.dim)));
    header.push(Line::from(""));
    let header_rows = crate::tui::widgets::wrapped_height(&header, inner_width);
    // Each conflict takes three rows (its name, yours, the file's), each cut to one line, so the
    // selected one can always be scrolled into view.
    const PER: u16 = 3;
    let wanted = header_rows.saturating_add(PER.saturating_mul(c.choices.len() as u16));
    let popup = centered(area, width, wanted.saturating_add(2).min(area.height.saturating_sub(2)));
    crate::tui::widgets::clear(frame, popup, &model.theme);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.bad)
        .title(Span::styled(format!(" {} ", tx.ui("dialog-conflicts-title")), t.title));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let room = usize::from(inner.height.saturating_sub(header_rows) / PER).max(1);
    let first = c.cursor.saturating_sub(room - 1);
    let mut rows = Vec::new();
    let one_line = |text: String| crate::tui::widgets::fit(&text, usize::from(inner_width));
    for (i, (conflict, side)) in c
        .merge
        .conflicts
        .iter()
        .zip(&c.choices)
        .enumerate()
        .skip(first)
        .take(room)
    {
        let mark = |s: Side| if *side == s { "●" } else { "○" };
        let style = if i == c.cursor { t.selected } else { t.title };
        rows.push(Line::from(Span::styled(one_line(conflict.key.to_string()), style)));
        for (s, label, item) in [
            (Side::Mine, "label-mine", conflict.mine.as_ref()),
            (Side::Theirs, "label-theirs", conflict.theirs.as_ref()),
        ] {
            let text = format!("  {} {}{}", mark(s), tx.label(label), describe(model, item));
            rows.push(Line::from(Span::styled(one_line(text), t.text)));
        }
    }
    let [top, bottom] = ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Length(header_rows),
        ratatui::layout::Constraint::Min(0),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(header).wrap(Wrap { trim: false }), top);
    frame.render_widget(Paragraph::new(rows), bottom);
}
