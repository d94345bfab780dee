//! Drawing the alignment screen: the mapping's title, reference, summary and the note about
//! questionnaires outside the assessment above; the items as a tree with their verdicts, and the
//! selected item's details with its links. From `WIDE` columns the two stand side by side, with
//! room for both one above the other, else one at a time (the details while the links have the
//! focus). Views only read the alignment the screen state holds (`AlignmentState::computed`).

use super::state::{Computed, Panel};
use crate::alignment::{ItemAlignment, LinkState, Tally, Verdict, words};
use crate::catalog::Mapping;
use crate::tui::model::Model;
use crate::tui::widgets::{fit, offset, wrapped_height};
use fluent_bundle::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// From this width the list and the details stand side by side.
pub const WIDE: u16 = 140;
/// From this height (below the header) the details stand under the list; lower, one at a time.
pub const STACKED: u16 = 14;

pub fn alignment(model: &Model, frame: &mut Frame, area: Rect) {
    let focus = model.alignment.focus;
    let hint = match focus {
        // ← → only when there is another mapping to go to.
        Panel::Items if model.alignment.mappings.len() < 2 => "align-tui-keys-items-one",
        Panel::Items => "align-tui-keys-items",
        Panel::Links => "align-tui-keys-links",
    };
    let hints = Line::from(Span::styled(model.texts.ui(hint), model.theme.dim));
    let hint_height = wrapped_height(std::slice::from_ref(&hints), area.width).clamp(1, 2);
    let [rest, hint_area] = Layout::vertical([Constraint::Min(1), Constraint::Length(hint_height)]).areas(area);
    frame.render_widget(Paragraph::new(hints).wrap(Wrap { trim: true }), hint_area);
    let revision = model.session.as_ref().map_or(0, |s| s.revision);
    let computed = model.alignment.current(revision, model.today);
    let mapping = computed.and_then(|c| model.catalog.mapping(&c.alignment.mapping));
    let (Some(c), Some(m)) = (computed, mapping) else {
        let block = panel_block(model, model.texts.ui("align-tui-title"), true);
        let inner = block.inner(rest);
        frame.render_widget(block, rest);
        if model.alignment.mappings.is_empty() {
            let text = Paragraph::new(model.texts.ui("align-tui-no-mappings"))
                .style(model.theme.dim)
                .wrap(Wrap { trim: true });
            frame.render_widget(text, inner);
        }
        return;
    };
    let limit = (rest.height / 3).max(2);
    let mut header = header_lines(model, m, c);
    // Where the header does not fit, the reference goes first (the title names the text), then
    // the note on the questionnaires outside, so that the summary is not cut off.
    if wrapped_height(&header, rest.width) > limit {
        header.remove(1);
    }
    if wrapped_height(&header, rest.width) > limit && header.len() > 2 {
        header.pop();
    }
    let header_height = wrapped_height(&header, rest.width).min(limit);
    let [top, main] = Layout::vertical([Constraint::Length(header_height), Constraint::Min(1)]).areas(rest);
    frame.render_widget(Paragraph::new(header).wrap(Wrap { trim: true }), top);
    if main.width >= WIDE {
        let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(main);
        list(model, m, c, frame, left);
        details(model, m, frame, right);
    } else if main.height >= STACKED {
        let [upper, lower] = Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(main);
        list(model, m, c, frame, upper);
        details(model, m, frame, lower);
    } else {
        match focus {
            Panel::Items => list(model, m, c, frame, main),
            Panel::Links => details(model, m, frame, main),
        }
    }
}

/// The mapping's title with its place among the mappings, its reference, the summary and, when
/// it links to questionnaires the assessment does not include, what that means (in this order:
/// `alignment` drops the second line, then the last, where they do not fit).
fn header_lines(model: &Model, m: &Mapping, c: &Computed) -> Vec<Line<'static>> {
    let t = &model.theme;
    let tx = &model.texts;
    let st = &model.alignment;
    let place = st.mappings.iter().position(|id| *id == m.id).map_or(1, |i| i + 1);
    let position = tx.ui_with(
        "align-tui-position",
        &[
            ("n", FluentValue::from(place)),
            ("count", FluentValue::from(st.mappings.len())),
        ],
    );
    let mut title = vec![Span::styled(words::mapping_title(tx, m), t.title)];
    if st.mappings.len() > 1 {
        title.push(Span::styled(format!("  {position}"), t.dim));
    }
    let mut lines = vec![
        Line::from(title),
        Line::from(Span::styled(m.reference.clone(), t.dim)),
        Line::from(Span::styled(words::summary_line(tx, &c.alignment), t.text)),
    ];
    if !c.alignment.outside.is_empty() {
        let list: Vec<&str> = c
            .alignment
            .outside
            .iter()
            .map(|q| {
                model
                    .catalog
                    .questionnaire(q)
                    .map_or(q.as_str(), |q| q.standard.as_str())
            })
            .collect();
        lines.push(Line::from(Span::styled(
            tx.ui_with("align-outside", &[("list", FluentValue::from(list.join(", ")))]),
            t.warn,
        )));
    }
    lines
}

/// A panel's frame with its title, brighter while it has focus.
fn panel_block(model: &Model, title: String, focused: bool) -> Block<'static> {
    let t = &model.theme;
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { t.title } else { t.border })
        .title(format!(" {title} "))
}

/// A mark per verdict, so that verdicts are told apart without colours too.
pub fn mark(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "✓",
        Verdict::Partly => "◐",
        Verdict::NotSupported => "✗",
        Verdict::NotAssessed => "?",
        Verdict::NotApplicable => "–",
        Verdict::NoLinks => "○",
    }
}

/// "CSF 2.0 · 22 of 106 items · filter: partly" (the items with a verdict; grouping items are
/// not counted).
fn list_title(model: &Model, m: &Mapping, c: &Computed) -> String {
    let tx = &model.texts;
    let filter = match model.alignment.filter.0 {
        None => tx.ui("align-tui-filter-all"),
        Some(v) => words::verdict(tx, v),
    };
    tx.ui_with(
        "align-tui-list-title",
        &[
            ("mapping", FluentValue::from(words::mapping_short(tx, m))),
            ("shown", FluentValue::from(c.shown_assessable())),
            ("count", FluentValue::from(c.alignment.summary.total())),
            ("filter", FluentValue::from(filter)),
        ],
    )
}

fn list(model: &Model, m: &Mapping, c: &Computed, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let focused = model.alignment.focus == Panel::Items;
    let block = panel_block(model, list_title(model, m, c), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if c.shown.is_empty() {
        let text = Paragraph::new(tx.ui("align-tui-none-shown"))
            .style(t.dim)
            .wrap(Wrap { trim: true });
        frame.render_widget(text, inner);
        return;
    }
    let width = usize::from(inner.width);
    let words_width = Verdict::ALL
        .iter()
        .map(|&v| words::verdict(tx, v).chars().count())
        .max()
        .unwrap_or(8);
    // The mark, a space and the word; never more than a third of the row.
    let right = (words_width + 2).min(width / 3).max(1);
    let cursor = model.alignment.cursor();
    let height = usize::from(inner.height);
    let first = offset(c.shown.len(), height, cursor);
    let lines: Vec<Line> = c
        .shown
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .filter_map(|(k, &i)| Some((k, c.alignment.items.get(i)?)))
        .map(|(k, item)| item_line(model, m, item, Some(k) == cursor, width, right))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One row of the tree: the item indented by its depth, its title, and at the right its verdict
/// (a grouping item: its tally in short, a mark and a count per verdict).
fn item_line(
    model: &Model,
    m: &Mapping,
    item: &ItemAlignment,
    selected: bool,
    width: usize,
    right: usize,
) -> Line<'static> {
    let t = &model.theme;
    let tx = &model.texts;
    let base = |style: Style| if selected { t.selected } else { style };
    let indent = "  ".repeat(item.depth.min(6));
    let lead = format!("{}{indent}", if selected { "▸ " } else { "  " });
    let grouping = item.tally.is_some();
    let name_style = if grouping { t.title } else { t.text };
    let mut tail: Vec<Span> = Vec::new();
    let mut tail_len = 0;
    match (&item.tally, item.verdict) {
        (Some(tally), _) => {
            for v in Verdict::ALL.into_iter().filter(|&v| tally.count(v) > 0) {
                let part = format!(" {}{}", mark(v), tally.count(v));
                tail_len += part.chars().count();
                tail.push(Span::styled(part, base(t.verdict(v))));
            }
        }
        (None, Some(v)) => {
            let text = format!(" {}", fit(&format!("{} {}", mark(v), words::verdict(tx, v)), right));
            tail_len = text.chars().count();
            tail.push(Span::styled(text, base(t.verdict(v))));
        }
        (None, None) => {}
    }
    let room = width.saturating_sub(lead.chars().count() + tail_len);
    let name = fit(&words::item_heading(tx, m, &item.item), room);
    let pad = room.saturating_sub(name.chars().count());
    let mut spans = vec![
        Span::styled(lead, base(t.text)),
        Span::styled(name, base(name_style)),
        Span::styled(" ".repeat(pad), base(t.text)),
    ];
    spans.extend(tail);
    Line::from(spans)
}

/// "13 supported, 22 partly, 71 without a 62443 counterpart": a grouping item's tally in words.
fn tally_text(model: &Model, tally: &Tally) -> Vec<Span<'static>> {
    let t = &model.theme;
    let mut spans = Vec::new();
    for v in Verdict::ALL.into_iter().filter(|&v| tally.count(v) > 0) {
        if !spans.is_empty() {
            spans.push(Span::styled(", ", t.text));
        }
        spans.push(Span::styled(
            format!("{} {} {}", mark(v), tally.count(v), words::verdict(&model.texts, v)),
            t.verdict(v),
        ));
    }
    spans
}

fn link_style(model: &Model, state: LinkState) -> Style {
    let t = &model.theme;
    match state {
        LinkState::Met => t.verdict(Verdict::Supported),
        LinkState::Partly => t.verdict(Verdict::Partly),
        LinkState::NotMet => t.verdict(Verdict::NotSupported),
        LinkState::Open => t.verdict(Verdict::NotAssessed),
        LinkState::NotApplicable | LinkState::Outside => t.dim,
    }
}

/// The selected item: heading, verdict and counts (a grouping item: its tally), and every link
/// with its requirement, title, kind, source, how it stands and (our reading) why it is there.
fn details(model: &Model, m: &Mapping, frame: &mut Frame, area: Rect) {
    let t = &model.theme;
    let tx = &model.texts;
    let st = &model.alignment;
    let focused = st.focus == Panel::Links;
    let Some(item) = st.item() else {
        frame.render_widget(panel_block(model, tx.ui("align-tui-details"), focused), area);
        return;
    };
    // The item's id in the frame too: on a small terminal the heading may be scrolled away.
    let title = format!("{} · {}", tx.ui("align-tui-details"), item.item);
    let block = panel_block(model, title, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = vec![Line::from(Span::styled(
        words::item_heading(tx, m, &item.item),
        t.title,
    ))];
    match (&item.tally, item.verdict) {
        (Some(tally), _) => lines.push(Line::from(tally_text(model, tally))),
        (None, Some(v)) => {
            let mut spans = vec![Span::styled(
                format!("{} {}", mark(v), words::verdict(tx, v)),
                t.verdict(v).add_modifier(Modifier::BOLD),
            )];
            let counts = words::counts(tx, item);
            if !counts.is_empty() {
                spans.push(Span::styled(format!(" · {counts}"), t.text));
            }
            lines.push(Line::from(spans));
        }
        (None, None) => {}
    }
    if item.verdict.is_some() && item.links.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(tx.ui("align-tui-no-links"), t.dim)));
    }
    // Where the selected link starts and how many rows it takes, to keep it in view.
    let mut selected_at = (0u16, 0u16);
    // Rows of the lines so far, counted once per line (an item may have dozens of links).
    let mut rows_before = wrapped_height(&lines, inner.width);
    for (k, link) in item.links.iter().enumerate() {
        lines.push(Line::from(""));
        let before = rows_before.saturating_add(1);
        let start = lines.len();
        let chosen = focused && k == st.link;
        let label_style = if chosen {
            t.selected
        } else {
            t.text.add_modifier(Modifier::BOLD)
        };
        lines.push(Line::from(vec![
            Span::styled(if chosen { "▸ " } else { "  " }, label_style),
            Span::styled(words::requirement_label(&model.catalog, link), label_style),
            Span::styled(
                format!("  {}", words::requirement_title(&model.catalog, tx, link)),
                if chosen { t.selected } else { t.text },
            ),
        ]));
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "    {} · {} · ",
                    words::kind(tx, link.kind),
                    words::source(tx, m, &link.source)
                ),
                t.dim,
            ),
            Span::styled(words::link_detail(tx, link), link_style(model, link.state)),
        ]));
        if let Some(why) = words::rationale(tx, m, &item.item, link).filter(|w| !w.is_empty()) {
            // Broken here rather than by the paragraph, so that every line keeps the indent.
            let text = format!("{}{why}", tx.label("align-why"));
            let options = textwrap::Options::new(usize::from(inner.width).max(12))
                .initial_indent("    ")
                .subsequent_indent("      ");
            for part in textwrap::wrap(&text, options) {
                lines.push(Line::from(Span::styled(part.into_owned(), t.text)));
            }
        }
        let rows = wrapped_height(&lines[start..], inner.width);
        if chosen {
            selected_at = (before, rows);
        }
        rows_before = before.saturating_add(rows);
    }
    // The selected link at the top (after its blank line) when it would not fit below.
    let (at, rows) = selected_at;
    let scroll = if at + rows > inner.height {
        at.saturating_sub(1)
    } else {
        0
    };
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0)),
        inner,
    );
}
