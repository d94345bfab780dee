//! `update` for the results screen: scrolling, and the review list (answers that lack their reason,
//! flagged answers, countermeasure records that do not stand, compensated answers without one),
//! where Enter goes to the answer.

pub mod view;

use crate::assessment::AnswerId;
use crate::tui::message::Effect;
use crate::tui::model::{Model, Screen};
use crossterm::event::{KeyCode, KeyEvent};

/// Why an answer is on the review list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Concern {
    /// Not applicable or compensated without the reason it needs (not credited).
    MissingReason,
    Flagged,
    /// A countermeasure record that does not stand (its id and status); the answer is the first
    /// it is about.
    Countermeasure(String, crate::assessment::countermeasure::Status),
    /// Compensated without a countermeasure record.
    NoCountermeasure,
}

/// The answers to look at before finishing: those that lack their reason first, then the flagged.
pub fn review(model: &Model) -> Vec<(Concern, AnswerId)> {
    let Some(s) = &model.session else {
        return Vec::new();
    };
    let a = &s.assessment;
    let mut out: Vec<(Concern, AnswerId)> = crate::scoring::progress::missing_reasons(a, &model.catalog)
        .into_iter()
        .map(|id| (Concern::MissingReason, id))
        .collect();
    out.extend(
        a.answers()
            .iter()
            .filter(|x| x.flagged && a.assessment.questionnaires.contains(&x.questionnaire))
            .map(|x| (Concern::Flagged, x.id())),
    );
    let countermeasures = crate::scoring::countermeasures::review(a, model.today);
    for r in countermeasures.not_standing() {
        let first = r.answers.first().cloned().unwrap_or_else(|| {
            let target = r.targets.first().map(String::as_str);
            AnswerId::new(
                &r.questionnaire,
                target,
                r.requirements.first().map(String::as_str).unwrap_or_default(),
            )
        });
        out.push((Concern::Countermeasure(r.id.clone(), r.status), first));
    }
    out.extend(
        countermeasures
            .without_record
            .into_iter()
            .map(|id| (Concern::NoCountermeasure, id)),
    );
    out
}

pub fn key(model: &mut Model, k: KeyEvent) -> Vec<Effect> {
    if let Some(i) = model.review_cursor {
        let entries = review(model);
        match k.code {
            KeyCode::Tab | KeyCode::BackTab => model.review_cursor = None,
            KeyCode::Down | KeyCode::Char('j') => {
                model.review_cursor = Some((i + 1).min(entries.len().saturating_sub(1)))
            }
            KeyCode::Up | KeyCode::Char('k') => model.review_cursor = Some(i.saturating_sub(1)),
            KeyCode::Enter => {
                if let Some((_, id)) = entries.get(i)
                    && !crate::tui::session::go_to(model, id)
                {
                    model.notice = Some(model.texts.ui("notice-none-found"));
                }
            }
            KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('r') => back(model),
            _ => {}
        }
        return Vec::new();
    }
    let s = &mut model.results_scroll;
    match k.code {
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('r') => back(model),
        KeyCode::Tab | KeyCode::BackTab => {
            if review(model).is_empty() {
                model.notice = Some(model.texts.ui("notice-review-empty"));
            } else {
                model.review_cursor = Some(0);
            }
        }
        KeyCode::Down | KeyCode::Char('j') => *s = s.saturating_add(1),
        KeyCode::Up | KeyCode::Char('k') => *s = s.saturating_sub(1),
        KeyCode::PageDown | KeyCode::Char(' ') => *s = s.saturating_add(10),
        KeyCode::PageUp => *s = s.saturating_sub(10),
        KeyCode::Home => *s = 0,
        _ => {}
    }
    Vec::new()
}

fn back(model: &mut Model) {
    model.screen = Screen::Questionnaire;
    model.results_scroll = 0;
    model.review_cursor = None;
}
