//! Moving to a requirement that matches: the next unanswered or flagged one, or a search.
//!
//! A search looks in every questionnaire of the assessment: group ids and titles, requirement
//! ids, titles and questions, and the notes and evidence of the answers (for every zone, conduit
//! or system). Running it shows the first match after the cursor and the list of all matches
//! (j/k move and show, Enter stays there, Esc goes back to where the search started). While it is
//! active, `n` and `N` go to the next and previous match; Esc on the screen ends it.

pub use super::state::{Found, Match, Place, Where};
use crate::catalog::tree::{self, TreeRow};
use crate::tui::model::{Model, Session};
use crossterm::event::{KeyCode, KeyEvent};

/// Move to the next requirement (after the cursor, wrapping) that `want` accepts.
pub fn jump(model: &mut Model, want: impl Fn(&Model, &str) -> bool) {
    let Some(q) = model.questionnaire() else { return };
    let n = q.requirements.len();
    let Some(cursor) = model.session.as_ref().map(|s| s.cursor) else {
        return;
    };
    let found = (1..=n)
        .map(|step| (cursor + step) % n)
        .find(|&i| crate::tui::asked::is_listed(model, i) && want(model, &q.requirements[i].id));
    match (found, model.session.as_mut()) {
        (Some(i), Some(s)) => {
            s.cursor = i;
            s.group = None;
        }
        _ => model.notice = Some(model.texts.ui("notice-none-found")),
    }
}

/// The line of `text` that holds `query` (lower case), if any.
fn matching_line(text: &str, query: &str) -> Option<String> {
    text.lines()
        .find(|l| l.to_lowercase().contains(query))
        .map(|l| l.trim().to_string())
}

/// Every match of `query` (lower case) in the assessment's questionnaires, in the order the
/// structure shows them, questionnaire after questionnaire.
pub fn matches(model: &Model, query: &str) -> Vec<(usize, usize, Match)> {
    let Some(s) = model.session.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (scope, qid) in s.assessment.assessment.questionnaires.iter().enumerate() {
        let Some(q) = model.catalog.questionnaire(qid) else {
            continue;
        };
        let text = |key: &str, attr: &str| model.texts.get(qid, key, Some(attr));
        let mut answers: std::collections::HashMap<&str, Vec<&crate::assessment::Answer>> = Default::default();
        for a in s.assessment.answers().iter().filter(|a| a.questionnaire == *qid) {
            answers.entry(a.requirement.as_str()).or_default().push(a);
        }
        for (at, row) in tree::rows(q).into_iter().enumerate() {
            let mut push = |target: Option<String>, field: Where, text: String| {
                out.push((
                    scope,
                    at,
                    Match {
                        questionnaire: qid.clone(),
                        target,
                        row,
                        field,
                        text,
                    },
                ))
            };
            match row {
                TreeRow::Group { index, .. } => {
                    let g = &q.groups[index];
                    let title = text(&g.key, "title");
                    if g.id.to_lowercase().contains(query) {
                        push(None, Where::Id, title);
                    } else if title.to_lowercase().contains(query) {
                        push(None, Where::Title, title);
                    }
                }
                TreeRow::Requirement { index, .. } => {
                    let r = &q.requirements[index];
                    let title = text(&r.key, "title");
                    if r.id.to_lowercase().contains(query) {
                        push(None, Where::Id, title);
                    } else if title.to_lowercase().contains(query) {
                        push(None, Where::Title, title);
                    } else if let Some(line) = matching_line(&text(&r.key, "question"), query) {
                        push(None, Where::Question, line);
                    }
                    for a in answers.get(r.id.as_str()).into_iter().flatten() {
                        if let Some(line) = matching_line(&a.note, query) {
                            push(a.target.as_deref().map(str::to_string), Where::Note, line);
                        } else if let Some(line) = a.evidence.iter().find_map(|e| matching_line(e, query)) {
                            push(a.target.as_deref().map(str::to_string), Where::Evidence, line);
                        }
                    }
                }
            }
        }
    }
    out
}

fn place(s: &Session) -> Place {
    Place {
        scope: s.scope,
        target: s.target.clone(),
        cursor: s.cursor,
        group: s.group,
    }
}

/// Run the last search (the search box closed with Enter): show the first match after the
/// cursor and open the list of matches.
pub fn run(model: &mut Model) {
    let query = model
        .session
        .as_ref()
        .map(|s| s.search.to_lowercase())
        .unwrap_or_default();
    if query.is_empty() {
        if let Some(s) = model.session.as_mut() {
            s.found = None;
        }
        return;
    }
    let found = matches(model, &query);
    let Some(s) = model.session.as_ref() else { return };
    if found.is_empty() {
        model.notice = Some(
            model
                .texts
                .ui_with("notice-search-none", &[("query", s.search.clone().into())]),
        );
        if let Some(s) = model.session.as_mut() {
            s.found = None;
        }
        return;
    }
    // The first match after where the assessor stands (in structure order), else the first.
    let here = model
        .questionnaire()
        .map(|q| tree::position(&tree::rows(q), s.group, s.cursor))
        .unwrap_or(0);
    let current = found
        .iter()
        .position(|(scope, at, _)| (*scope, *at) > (s.scope, here))
        .unwrap_or(0);
    let before = place(s);
    let query = s.search.clone();
    if let Some(s) = model.session.as_mut() {
        s.found = Some(Found {
            query,
            matches: found.into_iter().map(|(_, _, m)| m).collect(),
            current,
            list: true,
            before,
        });
    }
    show_current(model);
}

/// Show the current match: its questionnaire, zone and row.
fn show_current(model: &mut Model) {
    let Some(m) = model
        .session
        .as_ref()
        .and_then(|s| s.found.as_ref())
        .and_then(|f| f.matches.get(f.current).cloned())
    else {
        return;
    };
    let first = model
        .catalog
        .questionnaire(&m.questionnaire)
        .zip(match m.row {
            TreeRow::Group { index, .. } => Some(index),
            TreeRow::Requirement { .. } => None,
        })
        .and_then(|(q, g)| tree::first_requirement(q, g));
    let Some(s) = model.session.as_mut() else { return };
    let Some(scope) = s
        .assessment
        .assessment
        .questionnaires
        .iter()
        .position(|q| *q == m.questionnaire)
    else {
        return;
    };
    if s.scope != scope {
        s.scope = scope;
        s.cursor = 0;
    }
    if m.target.is_some() {
        s.target = m.target.clone();
    }
    match m.row {
        TreeRow::Group { index, .. } => {
            s.group = Some(index);
            s.cursor = first.unwrap_or(0);
        }
        TreeRow::Requirement { index, .. } => {
            s.cursor = index;
            s.group = None;
        }
    }
    s.answer_scroll = 0;
    crate::tui::session::fix_target(model);
}

/// `n` / `N`: the next or previous match (wrapping), shown.
pub fn step(model: &mut Model, forward: bool) {
    let Some(f) = model.session.as_mut().and_then(|s| s.found.as_mut()) else {
        return;
    };
    let n = f.matches.len().max(1);
    let wrapped = if forward { f.current + 1 == n } else { f.current == 0 };
    f.current = if forward {
        (f.current + 1) % n
    } else {
        (f.current + n - 1) % n
    };
    show_current(model);
    // Going round is said, so the assessor knows every match was seen.
    if wrapped && n > 1 {
        let key = if forward {
            "search-wrapped-first"
        } else {
            "search-wrapped-last"
        };
        model.notice = Some(model.texts.ui(key));
    }
}

/// End the search; `back`: return to where it started.
pub fn end(model: &mut Model, back: bool) {
    let Some(s) = model.session.as_mut() else { return };
    let Some(f) = s.found.take() else { return };
    if back {
        s.scope = f.before.scope;
        s.target = f.before.target;
        s.cursor = f.before.cursor;
        s.group = f.before.group;
    }
    model.notice = Some(model.texts.ui("notice-search-ended"));
}

/// A key while the list of matches is open.
pub fn list_key(model: &mut Model, k: KeyEvent) {
    let forward = match k.code {
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Char('n') | KeyCode::Tab => true,
        KeyCode::Up | KeyCode::Char('k') | KeyCode::Char('N') | KeyCode::BackTab => false,
        KeyCode::Enter => {
            if let Some(f) = model.session.as_mut().and_then(|s| s.found.as_mut()) {
                f.list = false;
            }
            return;
        }
        KeyCode::Esc => return end(model, true),
        _ => return,
    };
    step(model, forward);
}

/// Whether the list of matches is open.
pub fn list_open(model: &Model) -> bool {
    model
        .session
        .as_ref()
        .and_then(|s| s.found.as_ref())
        .is_some_and(|f| f.list)
}

/// Whether a search is active (n / N go through its matches).
pub fn active(model: &Model) -> bool {
    model.session.as_ref().is_some_and(|s| s.found.is_some())
}
