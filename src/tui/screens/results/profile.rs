//! The profile panel of the results screen: the answers checked against the target profile the
//! assessment has chosen (62443-2-4, 2-1), from the session's score (`scored.rs`, which calls
//! `scoring::profile_check::check`; nothing is counted here). Per profile its title, the number
//! of requirements of each verdict, a line per area, and the gaps (requirement, level asked, what
//! is offered) in questionnaire order; Enter on a gap goes to that requirement.

use super::view::{offset, titled};
use crate::scoring::profile_check::{CheckRow, Offered, ProfileCheck, Verdict};
use crate::tui::model::Model;
use crate::tui::scored::Scored;
use crate::tui::screens::results::Panel;
use crate::tui::widgets::fit;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// What a requirement offers, in words: "ML2", "not implemented", "not offered", "outside …".
fn offered(model: &Model, o: Offered) -> String {
    let tx = &model.texts;
    match o {
        Offered::Level(level) => tx.ui_with("profile-offered-level", &[("level", level.into())]),
        Offered::NotOffered => tx.ui("label-not-offered"),
        Offered::OutsideScope => tx.ui("outside-service-scope"),
        Offered::NotApplicable => tx.ui("verdict-not-applicable"),
        Offered::Unanswered => tx.ui("verdict-not-assessed"),
    }
}

/// The lines of one check; `first_gap`: the number of gaps of the checks before it, `selected`:
/// the selected gap (over all checks) while the panel has focus. Returns the lines and which of
/// them is the selected gap.
fn check_lines(
    model: &Model,
    c: &ProfileCheck,
    width: usize,
    first_gap: usize,
    selected: Option<usize>,
) -> (Vec<Line<'static>>, Option<usize>) {
    let (t, tx) = (&model.theme, &model.texts);
    let q = model.catalog.questionnaire(&c.questionnaire);
    let mut lines = vec![Line::from(Span::styled(
        fit(&format!("{} ({})", c.profile_title, c.questionnaire), width),
        t.title,
    ))];
    for v in Verdict::ALL {
        let n = c.totals.get(v);
        let style = match v {
            _ if n == 0 => t.dim,
            Verdict::Below | Verdict::NotOffered => t.bad,
            Verdict::NotAssessed => t.warn,
            Verdict::Meets => t.good,
            _ => t.text,
        };
        lines.push(Line::from(Span::styled(
            fit(&format!("  {n:>4}  {}", tx.ui(&format!("verdict-{}", v.id()))), width),
            style,
        )));
    }
    lines.push(Line::from(""));
    for a in &c.areas {
        let title = q
            .and_then(|q| q.group(&a.area))
            .map(|g| tx.get(&c.questionnaire, &g.key, Some("title")))
            .unwrap_or_default();
        let summary = if a.counts.asked() == 0 {
            tx.ui("verdict-not-asked")
        } else {
            tx.ui_with(
                "profile-area",
                &[
                    ("level", a.highest_required.into()),
                    ("gaps", a.counts.gaps().into()),
                    ("meets", a.counts.meets.into()),
                    ("asked", a.counts.asked().into()),
                ],
            )
        };
        let style = match a.counts.gaps() {
            _ if a.counts.asked() == 0 => t.dim,
            0 => t.good,
            _ => t.bad,
        };
        let room = width.saturating_sub(summary.chars().count() + 3).max(6);
        lines.push(Line::from(vec![
            Span::styled(
                format!("  {:<room$} ", fit(&format!("{} {title}", a.area), room)),
                t.text,
            ),
            Span::styled(summary, style),
        ]));
    }
    lines.push(Line::from(""));
    let gaps: Vec<&CheckRow> = c.gaps().collect();
    lines.push(Line::from(Span::styled(
        tx.ui_with("profile-gaps", &[("count", gaps.len().into())]),
        t.title,
    )));
    let mut at = None;
    for (k, row) in gaps.iter().enumerate() {
        let text = tx.ui_with(
            "profile-gap",
            &[
                ("asked", row.required.into()),
                ("offered", offered(model, row.offered).into()),
            ],
        );
        let line = format!("  {:<16} {text}", row.requirement);
        let style = if selected == Some(first_gap + k) {
            at = Some(lines.len());
            t.selected
        } else {
            t.bad
        };
        lines.push(Line::from(Span::styled(fit(&line, width), style)));
    }
    if gaps.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {}", tx.ui("profile-no-gaps")),
            t.good,
        )));
    }
    (lines, at)
}

/// The profile panel: every check, one after the other, scrolled to the selected gap.
pub fn panel(model: &Model, scored: &Scored, frame: &mut Frame, area: Rect) {
    let focused = model.results.focus == Panel::Profile;
    let width = usize::from(area.width.saturating_sub(2));
    let selected = focused.then_some(model.results.profile_gap);
    let (mut lines, mut at, mut first_gap) = (Vec::new(), None, 0);
    for (i, c) in scored.profiles.iter().enumerate() {
        if i > 0 {
            lines.push(Line::from(""));
        }
        let (more, here) = check_lines(model, c, width, first_gap, selected);
        at = at.or(here.map(|k| k + lines.len()));
        lines.extend(more);
        first_gap += c.gaps().count();
    }
    let height = usize::from(area.height.saturating_sub(2));
    let start = offset(lines.len(), height, at);
    let shown: Vec<Line> = lines.into_iter().skip(start).take(height).collect();
    // The title stays in view when the lines scroll: the profile of the selected gap.
    let current = selected
        .and_then(|k| {
            let mut before = 0;
            scored.profiles.iter().find(|c| {
                before += c.gaps().count();
                k < before
            })
        })
        .or(scored.profiles.first());
    let title = match current {
        Some(c) => format!("{}: {}", model.texts.ui("target-profile"), c.profile_title),
        None => model.texts.ui("target-profile"),
    };
    frame.render_widget(Paragraph::new(shown).block(titled(model, title, focused)), area);
}
