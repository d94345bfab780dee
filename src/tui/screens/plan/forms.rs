//! The plan screen's forms: an action's details (title, owner, due date, effort, phase,
//! description), its status, and the list's filter. A refused value keeps the form open with
//! everything typed and says why.

use super::state::Filter;
use crate::assessment::ActionStatus;
use crate::assessment::countermeasure::parse_date;
use crate::tui::forms::form::{self, Form, Purpose};
use crate::tui::message::Effect;
use crate::tui::model::Model;
use crate::tui::session::changed;
use crossterm::event::KeyEvent;
use jiff::Timestamp;

/// The fields of the action form, in order: their ui message ids.
const FIELDS: [&str; 6] = [
    "plan-form-title",
    "plan-form-owner",
    "plan-form-due",
    "plan-form-effort",
    "plan-form-phase",
    "plan-form-description",
];
pub const TITLE: usize = 0;
pub const OWNER: usize = 1;
pub const DUE: usize = 2;
const EFFORT: usize = 3;
const PHASE: usize = 4;
const DESCRIPTION: usize = 5;

/// `e`, `o`, `u`: the selected action's form, the field `focus` in focus.
pub fn open_edit(model: &mut Model, focus: usize) {
    let Some(id) = super::selected(model) else { return };
    open_form(model, Purpose::EditAction(id));
    if let Some(f) = model.session.as_mut().and_then(|s| s.form.as_mut()) {
        f.focus = focus;
    }
}

/// Open the form for `purpose` (also when a draft of it is taken back).
pub fn open_form(model: &mut Model, purpose: Purpose) {
    let tx = &model.texts;
    let Some(s) = model.session.as_mut() else { return };
    let Purpose::EditAction(id) = &purpose else { return };
    let Some(x) = s.assessment.action(id) else { return };
    let values = [
        x.title.clone(),
        x.owner.clone(),
        x.due.map(|d| d.to_string()).unwrap_or_default(),
        x.effort.clone(),
        x.phase.map(|p| p.to_string()).unwrap_or_default(),
        x.description.clone(),
    ];
    let fields = FIELDS.iter().zip(&values).map(|(l, v)| form::text(*l, v)).collect();
    let title = tx.ui_with("plan-form-edit", &[("id", id.clone().into())]);
    s.form = Some(Form::new(purpose, title, fields));
}

/// `s`: the selected action's status, as a choice.
pub fn open_status(model: &mut Model) {
    let Some(id) = super::selected(model) else { return };
    let tx = &model.texts;
    let Some(s) = model.session.as_mut() else { return };
    let Some(x) = s.assessment.action(&id) else { return };
    let options = ActionStatus::ALL
        .iter()
        .map(|st| crate::planning::text::status_label(tx, *st))
        .collect();
    let index = ActionStatus::ALL.iter().position(|st| *st == x.status).unwrap_or(0);
    let title = tx.ui_with("plan-form-status-title", &[("id", id.clone().into())]);
    let mut f = Form::new(
        Purpose::ActionStatus(id),
        title,
        vec![form::choice("plan-form-status", options, index)],
    );
    f.hint = Some("plan-form-choice-keys".into());
    s.form = Some(f);
}

/// The choices of the filter form: "all" first, then the zones and conduits, owners, phases.
struct FilterChoices {
    targets: Vec<String>,
    owners: Vec<String>,
    phases: Vec<u8>,
}

fn filter_choices(model: &Model) -> FilterChoices {
    let Some(s) = model.session.as_ref() else {
        return FilterChoices {
            targets: Vec::new(),
            owners: Vec::new(),
            phases: Vec::new(),
        };
    };
    let a = &s.assessment;
    let mut owners: Vec<String> = a
        .actions
        .iter()
        .map(|x| x.owner.clone())
        .filter(|o| !o.is_empty())
        .collect();
    owners.sort();
    owners.dedup();
    let mut phases: Vec<u8> = a.actions.iter().filter_map(|x| x.phase).collect();
    phases.sort();
    phases.dedup();
    FilterChoices {
        targets: s.target_ids(),
        owners,
        phases,
    }
}

/// `f`: what the list shows.
pub fn open_filter(model: &mut Model) {
    let c = filter_choices(model);
    let tx = &model.texts;
    let all = tx.ui("plan-filter-all");
    let with_all = |rest: Vec<String>| std::iter::once(all.clone()).chain(rest).collect::<Vec<_>>();
    let f = &model.plan.filter;
    let index_of =
        |list: &[String], v: Option<&String>| v.and_then(|v| list.iter().position(|x| x == v)).map_or(0, |i| i + 1);
    let phase_names: Vec<String> = c.phases.iter().map(|p| p.to_string()).collect();
    let fields = vec![
        form::choice(
            "plan-filter-target",
            with_all(c.targets.clone()),
            index_of(&c.targets, f.target.as_ref()),
        ),
        form::choice(
            "plan-filter-owner",
            with_all(c.owners.clone()),
            index_of(&c.owners, f.owner.as_ref()),
        ),
        form::choice(
            "plan-filter-phase",
            with_all(phase_names.clone()),
            index_of(&phase_names, f.phase.map(|p| p.to_string()).as_ref()),
        ),
        form::choice(
            "plan-filter-overdue",
            vec![all.clone(), tx.ui("plan-filter-overdue-only")],
            usize::from(f.overdue),
        ),
    ];
    let mut form = Form::new(Purpose::PlanFilter, tx.ui("plan-filter-title"), fields);
    form.hint = Some("plan-form-choice-keys".into());
    if let Some(s) = model.session.as_mut() {
        s.form = Some(form);
    }
}

pub fn form_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    crate::tui::forms::key_in_session(model, k, now, submit)
}

fn submit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(form) = model.session.as_mut().and_then(|s| s.form.take()) else {
        return Vec::new();
    };
    model.draft_dirty = false;
    match form.purpose.clone() {
        Purpose::EditAction(id) => save_action(model, form, &id, now),
        Purpose::ActionStatus(id) => {
            let status = ActionStatus::ALL.get(form.index(0)).copied();
            status.map_or_else(Vec::new, |st| super::set_status(model, &id, st, now))
        }
        Purpose::PlanFilter => {
            let c = filter_choices(model);
            let pick = |i: usize| form.index(i).checked_sub(1);
            model.plan.filter = Filter {
                target: pick(0).and_then(|i| c.targets.get(i).cloned()),
                owner: pick(1).and_then(|i| c.owners.get(i).cloned()),
                phase: pick(2).and_then(|i| c.phases.get(i).copied()),
                status: None,
                overdue: form.index(3) == 1,
            };
            super::refilter(model);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// The form back in front, with what was typed and why it was refused.
fn refuse(model: &mut Model, mut form: Form, message: &str, field: usize, args: &[(&str, fluent_bundle::FluentValue)]) {
    form.error = Some(message.to_string());
    form.error_text = Some(model.texts.ui_with(message, args));
    form.focus = field;
    if let Some(s) = model.session.as_mut() {
        s.form = Some(form);
    }
    model.draft_dirty = true;
}

fn save_action(model: &mut Model, form: Form, id: &str, now: Timestamp) -> Vec<Effect> {
    let title = form.value(TITLE);
    if title.is_empty() {
        refuse(model, form, "plan-form-error-title", TITLE, &[]);
        return Vec::new();
    }
    let due = match form.value(DUE) {
        v if v.is_empty() => None,
        v => match parse_date(&v) {
            Ok(d) => Some(d),
            Err(_) => {
                refuse(model, form, "plan-form-error-due", DUE, &[("text", v.into())]);
                return Vec::new();
            }
        },
    };
    let effort = match model.effort.check(&form.value(EFFORT)) {
        Ok(e) => e,
        Err(_) => {
            let labels = model.effort.labels().join(", ");
            let v = form.value(EFFORT);
            refuse(
                model,
                form,
                "plan-form-error-effort",
                EFFORT,
                &[("text", v.into()), ("labels", labels.into())],
            );
            return Vec::new();
        }
    };
    let phase = match form.value(PHASE) {
        v if v.is_empty() => None,
        v => match v.parse::<u8>() {
            Ok(p) if p > 0 => Some(p),
            _ => {
                refuse(model, form, "plan-form-error-phase", PHASE, &[("text", v.into())]);
                return Vec::new();
            }
        },
    };
    let (owner, description) = (form.value(OWNER), field_text(&form, DESCRIPTION));
    let what = model.texts.ui_with("undo-plan-edit", &[("id", id.into())]);
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let (_, any) = s.change_actions(what, |a| {
        if let Some(x) = a.action_mut(id) {
            x.title = title;
            x.owner = owner;
            x.due = due;
            x.effort = effort;
            x.phase = phase;
            x.description = description;
        }
    });
    if !any {
        return Vec::new();
    }
    model.notice = Some(model.texts.ui_with("notice-plan-saved", &[("id", id.into())]));
    changed(model, now)
}

/// A text field as typed (lines kept), trimmed at both ends.
fn field_text(form: &Form, i: usize) -> String {
    match form.fields.get(i).map(|f| &f.input) {
        Some(form::Input::Text(t)) => t.lines().join("\n").trim().to_string(),
        _ => String::new(),
    }
}
