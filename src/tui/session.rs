//! The open assessment and what every screen does to it: give an answer (stamped with who gave
//! it), change a note, evidence or flag (stamped with who edited it), change the zones, and undo.
//! Every change records what it replaced and asks the runtime to save.

use crate::assessment::{Answer, AnswerId, Assessment};
use crate::tui::message::Effect;
use crate::tui::model::{Model, SaveState, Session};
use crate::tui::undo::{Before, Step};
use jiff::Timestamp;

impl Session {
    /// Change the answer `id` with `change`. Records what it replaced (for undo) and removes an
    /// answer left with nothing in it. Returns whether anything changed.
    fn edit_answer(&mut self, id: &AnswerId, now: Timestamp, change: impl FnOnce(&mut Answer)) -> bool {
        let before = self.assessment.answer(id.key()).cloned();
        let mut answer = before.clone().unwrap_or_else(|| Answer::new(id, now));
        change(&mut answer);
        if before.as_ref() == Some(&answer) || (before.is_none() && answer.is_empty()) {
            return false;
        }
        self.history.record(Step {
            what: describe(id),
            before: Before::Answers(vec![(id.clone(), before)]),
        });
        if answer.is_empty() {
            self.edit().remove_answer(id.key());
        } else {
            self.edit().set_answer(answer);
        }
        true
    }

    fn value_of(&self, id: &AnswerId) -> Option<&str> {
        self.assessment.answer(id.key()).and_then(|a| a.value.as_deref())
    }

    /// Give (or with `None` clear) the value of `id`: stamped with the current interviewee and
    /// assessor. Giving the value it already has changes nothing.
    pub fn give(&mut self, id: &AnswerId, value: Option<String>, now: Timestamp) -> bool {
        if self.value_of(id) == value.as_deref() {
            return false;
        }
        let (interviewee, assessor) = (self.interviewee.clone(), self.assessor.clone());
        self.edit_answer(id, now, |a| a.give(value, &interviewee, &assessor, now))
    }

    /// Give a value that needs a reason together with it, as one change (one undo step). A value
    /// it already has keeps its interviewee; only the reason is then an edit.
    pub fn give_with_reason(&mut self, id: &AnswerId, value: String, reason: String, now: Timestamp) -> bool {
        let same_value = self.value_of(id) == Some(value.as_str());
        let existed = self.assessment.answer(id.key()).is_some();
        let (interviewee, assessor) = (self.interviewee.clone(), self.assessor.clone());
        self.edit_answer(id, now, |a| {
            if !same_value {
                a.give(Some(value), &interviewee, &assessor, now);
            }
            if a.note != reason {
                a.note = reason;
                if existed {
                    a.mark_edited(&assessor, now);
                }
            }
        })
    }

    /// Change the note, the evidence or the flag: stamped as an edit by the assessor; the value's
    /// interviewee and time stay.
    pub fn edit_details(&mut self, id: &AnswerId, now: Timestamp, change: impl FnOnce(&mut Answer)) -> bool {
        let assessor = self.assessor.clone();
        self.edit_answer(id, now, |a| {
            let before = (a.note.clone(), a.evidence.clone(), a.flagged);
            change(a);
            if (a.note.clone(), a.evidence.clone(), a.flagged) != before {
                a.mark_edited(&assessor, now);
            }
        })
    }

    /// Change the zones, conduits or scenarios with `change`, recording them as they were.
    /// `change` returns the answers it removed (so undo can put them back), or an error and then
    /// nothing is recorded. Returns whether anything changed.
    pub fn change_plant<E>(
        &mut self,
        what: String,
        change: impl FnOnce(&mut Assessment) -> Result<Vec<Answer>, E>,
    ) -> Result<bool, E> {
        let mut before = crate::tui::undo::plant_of(&self.assessment);
        let removed = change(self.edit())?;
        if removed.is_empty() && before == crate::tui::undo::plant_of(&self.assessment) {
            return Ok(false);
        }
        if let Before::Plant { removed: r, .. } = &mut before {
            *r = removed;
        }
        self.history.record(Step { what, before });
        Ok(true)
    }
}

impl Session {
    /// Change the compensating countermeasure records with `change`, recording them as they were.
    /// Returns whether anything changed.
    pub fn change_countermeasures(&mut self, what: String, change: impl FnOnce(&mut Assessment)) -> bool {
        let before = self.assessment.countermeasures.clone();
        change(self.edit());
        if self.assessment.countermeasures == before {
            return false;
        }
        self.history.record(Step {
            what,
            before: Before::Countermeasures(before),
        });
        true
    }
}

impl Session {
    /// Change the remediation actions with `change`, recording them as they were (one undo step).
    /// Returns what `change` returned and whether anything changed.
    pub fn change_actions<T>(&mut self, what: String, change: impl FnOnce(&mut Assessment) -> T) -> (T, bool) {
        let before = self.assessment.actions.clone();
        let out = change(self.edit());
        if self.assessment.actions == before {
            return (out, false);
        }
        self.history.record(Step {
            what,
            before: Before::Actions(before),
        });
        (out, true)
    }
}

/// How an answer is named in undo messages: "SR 1.2 (Z1)".
fn describe(id: &AnswerId) -> String {
    match &id.target {
        Some(t) => format!("{} ({t})", id.requirement),
        None => id.requirement.clone(),
    }
}

/// Record a change: the assessment's modified time, one more unsaved change, and a save.
pub fn changed(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    s.edit().assessment.modified = now;
    // The score shown is now out of date (see scored.rs).
    s.revision += 1;
    model.unsaved += 1;
    // Until the assessor chooses what to do about a file another program changed, that stays
    // the state: every change is kept in memory and in the recovery copy.
    if model.save != SaveState::ChangedOnDisk {
        model.save = SaveState::Pending;
    }
    vec![Effect::Save]
}

/// Per-system and per-zone questionnaires need a system or a zone: keep the current one if it
/// fits, else take the first.
pub fn fix_target(model: &mut Model) {
    let scope = model.questionnaire().map(|q| q.scope);
    let Some(s) = model.session.as_mut() else { return };
    match scope {
        Some(scope) if scope.per_target() => {
            let a = &s.assessment;
            if s.target.as_deref().is_none_or(|t| !a.is_target_for(scope, t)) {
                s.target = a.targets_for(scope).first().map(|t| t.to_string());
            }
        }
        _ => s.target = None,
    }
    crate::tui::asked::fix_cursor(model);
}

/// Show the answer `id`: its questionnaire, zone and requirement on the questionnaire screen.
pub fn go_to(model: &mut Model, id: &AnswerId) -> bool {
    let Some(q) = model.catalog.questionnaire(&id.questionnaire) else {
        return false;
    };
    let Some(cursor) = q.requirements.iter().position(|r| r.id == id.requirement) else {
        return false;
    };
    let Some(s) = model.session.as_mut() else { return false };
    let Some(scope) = s
        .assessment
        .assessment
        .questionnaires
        .iter()
        .position(|x| *x == id.questionnaire)
    else {
        return false;
    };
    s.scope = scope;
    s.cursor = cursor;
    s.group = None;
    s.target = id.target.clone();
    fix_target(model);
    model.screen = crate::tui::model::Screen::Questionnaire;
    true
}

/// Ctrl-Z: put back the newest change and show where it was.
pub fn undo(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let Some((what, at)) = s.history.undo(std::sync::Arc::make_mut(&mut s.assessment)) else {
        model.notice = Some(model.texts.ui("notice-nothing-to-undo"));
        return Vec::new();
    };
    let n = s.target_ids().len();
    s.zone_cursor = s.zone_cursor.min(n.saturating_sub(1));
    s.scenario_cursor = None;
    s.component_cursor = None;
    if let Some(id) = at
        && model.screen == crate::tui::model::Screen::Questionnaire
    {
        go_to(model, &id);
    }
    fix_target(model);
    model.notice = Some(model.texts.ui_with("notice-undone", &[("what", what.into())]));
    changed(model, now)
}

/// Score the assessment again if a screen that shows the score is open and the score is stale
/// (called once at the end of every `update`; a key that only moves never scores).
pub fn refresh_score(model: &mut Model) {
    if !matches!(
        model.screen,
        crate::tui::model::Screen::Results
            | crate::tui::model::Screen::Zones
            | crate::tui::model::Screen::Plan
            | crate::tui::model::Screen::Alignment
    ) || !model.score_is_stale()
    {
        return;
    }
    let Some(s) = model.session.as_ref() else { return };
    let scored = crate::tui::scored::score(&s.assessment, &model.catalog, model.today, s.revision);
    if let Some(s) = model.session.as_mut() {
        s.scored = Some(scored);
    }
}
