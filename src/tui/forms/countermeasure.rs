//! `update` for compensating countermeasure records in the interface: the form that records one
//! for the answer in view (pre-filled with its questionnaire, requirement and zone or conduit) or
//! edits the record about it. Pure like the rest of `update`; every change goes through the
//! session (undo) and is saved like any other.

use crate::assessment::countermeasure::{check_id, parse_date};
use crate::assessment::{AnswerId, Assessment, Countermeasure};
use crate::tui::forms::form::list;
use crate::tui::forms::form::{self, Form, Purpose};
use crate::tui::message::Effect;
use crate::tui::model::Model;
use crate::tui::session::changed;
use crossterm::event::KeyEvent;
use jiff::Timestamp;

/// The fields of the form, in order: their ui message ids.
const FIELDS: [&str; 10] = [
    "form-ccm-id",
    "form-ccm-requirements",
    "form-ccm-targets",
    "form-ccm-instead",
    "form-ccm-equivalence",
    "form-ccm-residual-risk",
    "form-ccm-verification",
    "form-ccm-approved-by",
    "form-ccm-approved",
    "form-ccm-review-by",
];

/// `C` on the questionnaire screen: edit the record about the answer in view, or record a new one.
pub fn open(model: &mut Model) {
    let Some(id) = model.answer_id() else { return };
    let existing = model
        .session
        .as_ref()
        .and_then(|s| s.assessment.countermeasures_for(id.key()).next())
        .map(|c| c.id.clone());
    let purpose = match existing {
        Some(record) => Purpose::EditCountermeasure(record),
        None => Purpose::NewCountermeasure(id),
    };
    open_form(model, purpose);
}

/// Open the form for `purpose` (also when a draft of it is taken back).
pub fn open_form(model: &mut Model, purpose: Purpose) {
    let Some(s) = model.session.as_mut() else { return };
    let a = &s.assessment;
    let record = match &purpose {
        Purpose::NewCountermeasure(answer) => Countermeasure::new(
            &next_id(a),
            &answer.questionnaire,
            vec![answer.requirement.clone()],
            answer.target.iter().cloned().collect(),
        ),
        Purpose::EditCountermeasure(id) => match a.countermeasure(id) {
            Some(c) => c.clone(),
            None => return,
        },
        _ => return,
    };
    let title = match &purpose {
        Purpose::EditCountermeasure(id) => model.texts.ui_with("form-ccm-edit", &[("id", id.clone().into())]),
        _ => model.texts.ui_with(
            "form-ccm-new",
            &[("questionnaire", record.questionnaire.clone().into())],
        ),
    };
    let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let values = [
        record.id.clone(),
        record.requirements.join(", "),
        record.targets.join(", "),
        record.instead.clone(),
        record.equivalence.clone(),
        record.residual_risk.clone(),
        record.verification.clone(),
        record.approved_by.clone(),
        date(record.approved),
        date(record.review_by),
    ];
    let fields = FIELDS.iter().zip(&values).map(|(l, v)| form::text(*l, v)).collect();
    s.form = Some(Form::new(purpose, title, fields));
}

/// "CCM-01", "CCM-02", ...: the first not taken.
fn next_id(a: &Assessment) -> String {
    (1..)
        .map(|n| format!("CCM-{n:02}"))
        .find(|id| a.countermeasure(id).is_none())
        .unwrap_or_default()
}

pub fn form_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    crate::tui::forms::key_in_session(model, k, now, submit)
}

/// Why a form cannot be saved: a ui message id and, for a record that does not fit the
/// assessment, the problem in words.
type Refusal = (&'static str, Option<String>);

/// The record the form describes, as it would be saved.
fn record_of(form: &Form, model: &Model, a: &Assessment) -> Result<Countermeasure, Refusal> {
    let questionnaire = match &form.purpose {
        Purpose::NewCountermeasure(answer) => answer.questionnaire.clone(),
        Purpose::EditCountermeasure(id) => a
            .countermeasure(id)
            .map(|c| c.questionnaire.clone())
            .unwrap_or_default(),
        _ => String::new(),
    };
    let date = |i: usize| match form.value(i) {
        v if v.is_empty() => Ok(None),
        v => parse_date(&v).map(Some).map_err(|_| ("form-ccm-error-date", None)),
    };
    let mut c = Countermeasure::new(
        &form.value(0),
        &questionnaire,
        list(&form.value(1)),
        list(&form.value(2)),
    );
    c.instead = form.value(3);
    c.equivalence = form.value(4);
    c.residual_risk = form.value(5);
    c.verification = form.value(6);
    c.approved_by = form.value(7);
    c.approved = date(8)?;
    c.review_by = date(9)?;
    // Naming who approved it is approving it: today, unless a day is given.
    if !c.approved_by.is_empty() && c.approved.is_none() {
        c.approved = Some(model.today);
    }
    if c.approved.is_some_and(|d| d > model.today) {
        return Err(("form-ccm-error-future", None));
    }
    check_id(&c.id).map_err(|_| ("form-ccm-error-id", None))?;
    let renamed_onto = match &form.purpose {
        Purpose::EditCountermeasure(old) => *old != c.id,
        _ => true,
    };
    if renamed_onto && a.countermeasure(&c.id).is_some() {
        return Err(("form-ccm-error-taken", None));
    }
    if let Some(problem) = c.problems(a, &model.catalog).into_iter().next() {
        return Err(("form-ccm-error-record", Some(problem)));
    }
    Ok(c)
}

fn submit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(mut form) = model.session.as_mut().and_then(|s| s.form.take()) else {
        return Vec::new();
    };
    let Some(a) = model.session.as_ref().map(|s| &s.assessment) else {
        return Vec::new();
    };
    let record = match record_of(&form, model, a) {
        Ok(c) => c,
        Err((message, problem)) => {
            form.error_text = problem.map(|p| model.texts.ui_with(message, &[("problem", p.into())]));
            form.error = Some(message.to_string());
            if let Some(s) = model.session.as_mut() {
                s.form = Some(form);
            }
            return Vec::new();
        }
    };
    model.draft_dirty = false;
    let status = model.texts.ui(record.status(model.today).message());
    let id = record.id.clone();
    let old = match &form.purpose {
        Purpose::EditCountermeasure(old) => Some(old.clone()),
        _ => None,
    };
    let what = model.texts.ui_with("undo-countermeasure", &[("id", id.clone().into())]);
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let done = s.change_countermeasures(what, |a| {
        if let Some(old) = &old {
            a.remove_countermeasure(old);
        }
        a.set_countermeasure(record);
    });
    if !done {
        return Vec::new();
    }
    model.notice = Some(model.texts.ui_with(
        "notice-countermeasure-saved",
        &[("id", id.into()), ("status", status.into())],
    ));
    changed(model, now)
}

/// The records about the answer `id`, as "CCM-01: not approved" in the interface language.
pub fn about(model: &Model, id: &AnswerId) -> Vec<(String, crate::assessment::countermeasure::Status)> {
    let Some(s) = &model.session else { return Vec::new() };
    s.assessment
        .countermeasures_for(id.key())
        .map(|c| (c.id.clone(), c.status(model.today)))
        .collect()
}
