//! `update` for the results screen. Four panels, Tab and Shift-Tab move between them in reading
//! order (the left column top to bottom, then the right): progress and maturity, the
//! review list (answers that lack their reason, flagged answers, countermeasure records that do not
//! stand, compensated answers without one), the security levels of every zone and conduit (one
//! selected), and the selected one's SL-T reasons and gap list. Enter on a review entry or a gap
//! goes to that answer on the questionnaire screen. Nothing here scores: the lists come from the
//! session's score (`scored.rs`).

use super::message::Effect;
use super::model::{Model, Screen};
use crate::assessment::{AnswerId, Assessment};
use crate::scoring::Score;
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

/// The panels of the results screen, in Tab order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Panel {
    /// Progress and maturity per group.
    #[default]
    Maturity,
    /// What to look at before finishing.
    Review,
    /// SL-T against SL-A per FR for every zone and conduit.
    SecurityLevels,
    /// The selected zone's or conduit's SL-T reasons and the requirements that close its gap.
    Gaps,
}

impl Panel {
    pub const ALL: [Panel; 4] = [Panel::Maturity, Panel::Review, Panel::SecurityLevels, Panel::Gaps];

    fn next(self) -> Panel {
        Panel::ALL[(self.index() + 1) % Panel::ALL.len()]
    }

    fn previous(self) -> Panel {
        Panel::ALL[(self.index() + Panel::ALL.len() - 1) % Panel::ALL.len()]
    }

    pub fn index(self) -> usize {
        Panel::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The ui message naming the panel.
    pub fn message(self) -> &'static str {
        match self {
            Panel::Maturity => "results-panel-maturity",
            Panel::Review => "results-panel-review",
            Panel::SecurityLevels => "results-panel-levels",
            Panel::Gaps => "results-panel-gaps",
        }
    }
}

/// Where the assessor stands on the results screen. Kept while answering a gap, so coming back
/// with `r` shows the same place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResultsState {
    pub focus: Panel,
    /// The selected row of the maturity panel (progress and maturity, one table).
    pub row: usize,
    /// The selected entry of the review list.
    pub review: usize,
    /// The selected zone or conduit (zones first, then conduits).
    pub target: usize,
    /// The selected gap of that zone or conduit.
    pub gap: usize,
}

/// The answers to look at before finishing, as of the session's score (empty before the results
/// or zones screen was first shown).
pub fn review(model: &Model) -> &[(Concern, AnswerId)] {
    super::scored::current(model).map_or(&[], |s| s.review.as_slice())
}

/// The review list of an assessment and its score: those that lack their reason first, then the
/// flagged, then the countermeasure records that do not stand, then compensated answers without one.
pub fn review_of(a: &Assessment, score: &Score) -> Vec<(Concern, AnswerId)> {
    let mut out: Vec<(Concern, AnswerId)> = score
        .missing_reasons
        .iter()
        .map(|id| (Concern::MissingReason, id.clone()))
        .collect();
    out.extend(
        a.answers()
            .iter()
            .filter(|x| x.flagged && a.assessment.questionnaires.contains(&x.questionnaire))
            .map(|x| (Concern::Flagged, x.id())),
    );
    let countermeasures = &score.countermeasures;
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
            .iter()
            .map(|id| (Concern::NoCountermeasure, id.clone())),
    );
    out
}

pub fn key(model: &mut Model, k: KeyEvent) -> Vec<Effect> {
    let step: isize = match k.code {
        KeyCode::Down | KeyCode::Char('j') => 1,
        KeyCode::Up | KeyCode::Char('k') => -1,
        KeyCode::PageDown | KeyCode::Char(' ') => 10,
        KeyCode::PageUp => -10,
        KeyCode::Home => isize::MIN / 2,
        KeyCode::End => isize::MAX / 2,
        _ => 0,
    };
    clamp(model);
    let r = model.results;
    match (k.code, r.focus) {
        (KeyCode::Char('q') | KeyCode::Char('r'), _) => back(model),
        (KeyCode::Esc, Panel::Gaps) => model.results.focus = Panel::SecurityLevels,
        (KeyCode::Esc, _) => back(model),
        (KeyCode::Tab, _) => focus(model, r.focus.next()),
        (KeyCode::BackTab, _) => focus(model, r.focus.previous()),
        (KeyCode::Enter, Panel::SecurityLevels) => focus(model, Panel::Gaps),
        (KeyCode::Enter, Panel::Review) => {
            let id = review(model).get(r.review).map(|(_, id)| id.clone());
            go_to(model, id);
        }
        (KeyCode::Enter, Panel::Gaps) => {
            let id = super::scored::current(model).and_then(|s| s.gap_answer(r.target, r.gap));
            go_to(model, id);
        }
        (KeyCode::Left | KeyCode::Right, Panel::Gaps) => {
            select_target(model, if k.code == KeyCode::Left { -1 } else { 1 })
        }
        (_, focus) if step != 0 => move_in(model, focus, step),
        _ => {}
    }
    Vec::new()
}

/// Move the selection (or the scroll) of `panel` by `step` rows, within its list.
fn move_in(model: &mut Model, panel: Panel, step: isize) {
    let scored = super::scored::current(model);
    let r = &model.results;
    match panel {
        Panel::Maturity => {
            let rows = scored.map_or(0, |s| super::view::maturity_rows(&s.score));
            model.results.row = moved(r.row, step, rows);
        }
        Panel::Review => {
            let n = scored.map_or(0, |s| s.review.len());
            model.results.review = moved(r.review, step, n);
        }
        Panel::SecurityLevels => select_target(model, step),
        Panel::Gaps => {
            let n = scored.map_or(0, |s| s.gaps(r.target).count());
            model.results.gap = moved(r.gap, step, n);
        }
    }
}

/// Select another zone or conduit, at its first gap.
fn select_target(model: &mut Model, step: isize) {
    let n = super::scored::current(model).map_or(0, |s| s.targets.len());
    model.results.target = moved(model.results.target, step, n);
    model.results.gap = 0;
}

/// Keep the selections within their lists, which shrink when answers, zones or records change.
fn clamp(model: &mut Model) {
    let Some(s) = super::scored::current(model) else { return };
    let last = |n: usize| n.saturating_sub(1);
    let (reviews, targets) = (s.review.len(), s.targets.len());
    let target = model.results.target.min(last(targets));
    let gaps = s.gaps(target).count();
    let r = &mut model.results;
    r.review = r.review.min(last(reviews));
    r.target = target;
    r.gap = r.gap.min(last(gaps));
}

/// `cursor` moved by `step`, within `0..len`.
fn moved(cursor: usize, step: isize, len: usize) -> usize {
    cursor.saturating_add_signed(step).min(len.saturating_sub(1))
}

/// Put `panel` in focus; an empty review list says so.
fn focus(model: &mut Model, panel: Panel) {
    model.results.focus = panel;
    if panel == Panel::Review && review(model).is_empty() {
        model.notice = Some(model.texts.ui("notice-review-empty"));
    }
}

/// Show the answer on the questionnaire screen (the results screen keeps its place).
fn go_to(model: &mut Model, id: Option<AnswerId>) {
    if !id.is_some_and(|id| super::session::go_to(model, &id)) {
        model.notice = Some(model.texts.ui("notice-none-found"));
    }
}

fn back(model: &mut Model) {
    model.screen = Screen::Questionnaire;
    model.results.row = 0;
}
