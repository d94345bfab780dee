//! Answering a whole group at once, the change itself: what it would change (the count asked
//! about), and giving the value (with one reason for all) as one undo step, every answer stamped
//! with the interviewee. The keys that start it are the questionnaire screen's (`bulk.rs` there).

use crate::assessment::{Answer, AnswerId};
use crate::tui::dialog::Dialog;
use crate::tui::message::Effect;
use crate::tui::model::{Model, Session};
pub use crate::tui::screens::questionnaire::state::{Bulk, Plan};
use crate::tui::session::changed;
use crate::tui::undo::{Before, Step};
use jiff::Timestamp;

/// The note an answer gets with `reason`: the reason, added to the note it has (unless it holds it).
fn with_reason(old: &str, reason: &str) -> String {
    if old.trim().is_empty() {
        reason.to_string()
    } else if old.contains(reason) {
        old.to_string()
    } else {
        format!("{old}\n{reason}")
    }
}

impl Session {
    /// Give `value` (with `reason`, for a value that needs one) to every answer of `ids`, as one
    /// undo step named `what`. A value an answer has already keeps its interviewee; only its note
    /// is then an edit. Returns how many answers changed.
    pub fn give_all(
        &mut self,
        what: String,
        ids: &[AnswerId],
        value: &str,
        reason: Option<&str>,
        now: Timestamp,
    ) -> usize {
        let (interviewee, assessor) = (self.interviewee.clone(), self.assessor.clone());
        let mut before = Vec::new();
        for id in ids {
            let old = self.assessment.answer(id.key()).cloned();
            let mut answer = old.clone().unwrap_or_else(|| Answer::new(id, now));
            if answer.value.as_deref() != Some(value) {
                answer.give(Some(value.to_string()), &interviewee, &assessor, now);
            }
            if let Some(reason) = reason {
                let note = with_reason(&answer.note, reason);
                if answer.note != note {
                    answer.note = note;
                    if old.is_some() {
                        answer.mark_edited(&assessor, now);
                    }
                }
            }
            if old.as_ref() != Some(&answer) {
                before.push((id.clone(), old));
                self.edit().set_answer(answer);
            }
        }
        let n = before.len();
        if n > 0 {
            self.history.record(Step {
                what,
                before: Before::Answers(before),
            });
        }
        n
    }
}

/// The answers of the bulk's group that take its value (requirements whose scale has it).
fn answer_ids(model: &Model, bulk: &Bulk, value: &str) -> Vec<AnswerId> {
    let Some(q) = model.catalog.questionnaire(&bulk.questionnaire) else {
        return Vec::new();
    };
    let Some(s) = model.session.as_ref() else {
        return Vec::new();
    };
    // Requirements outside the service scope assessed, or not asked of the component's type, are
    // left as they are.
    crate::catalog::tree::requirements_of(q, bulk.group)
        .into_iter()
        .filter_map(|i| q.requirements.get(i))
        .filter(|r| s.assessment.asks(r, bulk.target.as_deref()))
        .filter(|r| model.catalog.scale_of(r).is_some_and(|sc| sc.value(value).is_some()))
        .map(|r| AnswerId::new(&q.id, bulk.target.as_deref(), &r.id))
        .collect()
}

/// What giving the bulk's value (and reason) would change.
pub fn plan(model: &Model, bulk: &Bulk) -> Plan {
    let Some(value) = bulk.value.as_deref() else {
        return Plan::default();
    };
    let Some(s) = model.session.as_ref() else {
        return Plan::default();
    };
    let ids = answer_ids(model, bulk, value);
    let mut p = Plan {
        requirements: ids.len(),
        ..Plan::default()
    };
    for id in &ids {
        let answer = s.assessment.answer(id.key());
        let old_value = answer.and_then(|a| a.value.as_deref());
        let old_note = answer.map(|a| a.note.as_str()).unwrap_or_default();
        let note_changes = !bulk.reason.is_empty() && with_reason(old_note, &bulk.reason) != old_note;
        if old_value != Some(value) || note_changes {
            p.changes += 1;
        }
        if old_value.is_some_and(|v| v != value) {
            p.replaces += 1;
        }
    }
    p
}

/// How many requirements the group asks (within the service scope assessed, of the component's
/// type), and how many of them have a value now.
pub fn answered_of(model: &Model, bulk: &Bulk) -> (usize, usize) {
    let (Some(q), Some(s)) = (model.catalog.questionnaire(&bulk.questionnaire), model.session.as_ref()) else {
        return (0, 0);
    };
    let all: Vec<_> = crate::catalog::tree::requirements_of(q, bulk.group)
        .into_iter()
        .filter_map(|i| q.requirements.get(i))
        .filter(|r| s.assessment.asks(r, bulk.target.as_deref()))
        .collect();
    let answered = all
        .iter()
        .filter(|r| {
            let id = AnswerId::new(&q.id, bulk.target.as_deref(), &r.id);
            s.assessment.answer(id.key()).is_some_and(|a| a.value.is_some())
        })
        .count();
    (all.len(), answered)
}

/// The reason editor closed with `reason` for a bulk answer.
pub fn reason_given(model: &mut Model, mut bulk: Bulk, reason: String, now: Timestamp) -> Vec<Effect> {
    if reason.trim().is_empty() {
        model.notice = Some(model.texts.ui("notice-reason-missing"));
        return Vec::new();
    }
    bulk.reason = reason;
    ask_or_give(model, bulk, now)
}

/// Give the value at once when no answer holds another one; else ask first.
pub fn ask_or_give(model: &mut Model, bulk: Bulk, now: Timestamp) -> Vec<Effect> {
    let p = plan(model, &bulk);
    if p.changes == 0 {
        model.notice = Some(model.texts.ui("notice-bulk-nothing"));
        return Vec::new();
    }
    if p.replaces > 0 {
        model.dialog = Some(Dialog::Bulk(Box::new(bulk)));
        return Vec::new();
    }
    give(model, bulk, now)
}

pub fn give(model: &mut Model, bulk: Bulk, now: Timestamp) -> Vec<Effect> {
    let Some(value) = bulk.value.clone() else {
        return Vec::new();
    };
    let ids = answer_ids(model, &bulk, &value);
    let group_id = group_id(model, &bulk);
    let label = value_label(model, &bulk.questionnaire, &value);
    let what = match &bulk.target {
        Some(t) => format!("{group_id} ({t}): {label}"),
        None => format!("{group_id}: {label}"),
    };
    let reason = (!bulk.reason.is_empty()).then_some(bulk.reason.as_str());
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let n = s.give_all(what, &ids, &value, reason, now);
    if let Some(r) = reason {
        s.last_note = r.to_string();
    }
    if n == 0 {
        return Vec::new();
    }
    model.notice = Some(model.texts.ui_with(
        "notice-bulk-given",
        &[("count", n.into()), ("group", group_id.into()), ("value", label.into())],
    ));
    changed(model, now)
}

/// The scale label of `value` in questionnaire `qid` ("not applicable", "ML3 Defined").
pub fn value_label(model: &Model, qid: &str, value: &str) -> String {
    model
        .catalog
        .questionnaire(qid)
        .map(|q| {
            model
                .texts
                .get("scales", &format!("{}-{value}", q.scale), Some("label"))
        })
        .unwrap_or_else(|| value.to_string())
}

/// The id of the group answered as a whole ("SP.04").
pub fn group_id(model: &Model, bulk: &Bulk) -> String {
    model
        .catalog
        .questionnaire(&bulk.questionnaire)
        .and_then(|q| q.groups.get(bulk.group))
        .map(|g| g.id.clone())
        .unwrap_or_default()
}
