//! `update` for the zones screen (62443-3-2): zones, conduits, their threat scenarios and SL-T
//! overrides. Pure like the rest of `update`: changes the model, returns effects.

pub mod component_forms;
pub mod components;
pub mod diagram;
mod heat_map;
pub mod scenario_form;
pub mod systems;
pub mod view;
pub mod zone_forms;

use crate::assessment::{AnswerId, Assessment};
use crate::tui::dialog::Deletion;
use crate::tui::forms::form::{Form, Purpose};
use crate::tui::keymap::Action;
use crate::tui::message::Effect;
use crate::tui::model::{Model, Screen};
use crate::tui::session::{changed, fix_target};
use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;

pub fn key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if model.session.as_ref().is_some_and(|s| s.form.is_some()) {
        return form_key(model, k, now);
    }
    if model.keymap.is(Action::Alignment, &k) {
        model.screen = Screen::Alignment;
        return Vec::new();
    }
    if diagram::key(model, k).is_some() {
        return Vec::new();
    }
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let targets = s.target_ids().len();
    let selected = s.selected_target();
    let scenario_count = selected.as_deref().map(|t| s.scenarios_of(t).count()).unwrap_or(0);
    // J / K scroll the details when they are taller than their panel (small terminals); another
    // zone starts at the top.
    if model.keymap.is(Action::ScrollAnswerDown, &k) {
        let last = view::detail_line_count(model).saturating_sub(1);
        if let Some(s) = model.session.as_mut() {
            s.zone_detail_scroll = (s.zone_detail_scroll + 1).min(last);
        }
        return Vec::new();
    }
    if model.keymap.is(Action::ScrollAnswerUp, &k) {
        s.zone_detail_scroll = s.zone_detail_scroll.saturating_sub(1);
        return Vec::new();
    }
    if components::key(model, k).is_some() {
        return Vec::new();
    }
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let component_count = selected
        .as_deref()
        .map_or(0, |t| components::listed(&s.assessment, t).len());
    let before = s.zone_cursor;
    let effects = zones_list_key(model, k, selected, targets, (scenario_count, component_count));
    if let Some(s) = model.session.as_mut()
        && s.zone_cursor != before
    {
        s.zone_detail_scroll = 0;
    }
    effects
}

fn zones_list_key(
    model: &mut Model,
    k: KeyEvent,
    selected: Option<String>,
    targets: usize,
    (scenario_count, component_count): (usize, usize),
) -> Vec<Effect> {
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    match (k.code, s.scenario_cursor) {
        (KeyCode::Esc | KeyCode::Char('q'), _) => model.screen = Screen::Questionnaire,
        (KeyCode::Tab | KeyCode::BackTab, _) => cycle_focus(s, k.code == KeyCode::Tab, scenario_count, component_count),
        (KeyCode::Up | KeyCode::Char('k'), None) => s.zone_cursor = s.zone_cursor.saturating_sub(1),
        (KeyCode::Down | KeyCode::Char('j'), None) => {
            s.zone_cursor = (s.zone_cursor + 1).min(targets.saturating_sub(1))
        }
        (KeyCode::Up | KeyCode::Char('k'), Some(i)) => s.scenario_cursor = Some(i.saturating_sub(1)),
        (KeyCode::Down | KeyCode::Char('j'), Some(i)) => {
            s.scenario_cursor = Some((i + 1).min(scenario_count.saturating_sub(1)))
        }
        (KeyCode::Char('a'), _) => open_form(model, Purpose::NewZone),
        (KeyCode::Char('y'), _) => open_form(model, Purpose::NewSystem),
        (KeyCode::Char('Y'), _) => {
            let a = &s.assessment;
            let system = selected
                .as_deref()
                .and_then(|t| a.system_of_target(t))
                .or_else(|| a.systems.first().map(|x| x.id.as_str()))
                .map(str::to_string);
            if let Some(id) = system {
                open_form(model, Purpose::EditSystem(id));
            }
        }
        (KeyCode::Char('c'), _) => open_form(model, Purpose::NewConduit),
        (KeyCode::Char('p'), _) => components::add(model),
        (KeyCode::Char('t'), _) => {
            if let Some(target) = selected {
                open_form(model, Purpose::NewScenario { target });
            }
        }
        (KeyCode::Char('o'), _) => {
            if let Some(target) = selected {
                open_form(model, Purpose::SlTarget(target));
            }
        }
        (KeyCode::Char('e'), None) => {
            if let Some(t) = selected {
                let purpose = if s.assessment.zone(&t).is_some() {
                    Purpose::EditZone(t)
                } else {
                    Purpose::EditConduit(t)
                };
                open_form(model, purpose);
            }
        }
        (KeyCode::Char('e') | KeyCode::Enter, Some(i)) => {
            if let Some(id) = selected_scenario(model, i) {
                open_form(model, Purpose::EditScenario(id));
            }
        }
        (KeyCode::Char('d') | KeyCode::Delete, None) => {
            if let Some(t) = selected {
                let a = &s.assessment;
                let used =
                    a.conduits.iter().any(|c| c.from == t || c.to == t) || a.scenarios.iter().any(|x| x.target == t);
                if used {
                    model.notice = Some(model.texts.ui("notice-target-in-use"));
                } else if a.components_in(&t).next().is_some() {
                    model.notice = Some(model.texts.ui("component-notice-zone-in-use"));
                } else {
                    model.dialog = Some(crate::tui::dialog::delete(&model.texts, Deletion::Target(t)));
                }
            }
        }
        (KeyCode::Char('d') | KeyCode::Delete, Some(i)) => {
            if let Some(id) = selected_scenario(model, i) {
                model.dialog = Some(crate::tui::dialog::delete(&model.texts, Deletion::Scenario(id)));
            }
        }
        (KeyCode::Enter, None) => answer_for_selected(model),
        _ => {}
    }
    Vec::new()
}

/// Tab (`forward`) and Shift-Tab: the zone list, its threat scenarios, its components, in turn
/// (lists without entries are passed over).
fn cycle_focus(s: &mut crate::tui::model::Session, forward: bool, scenarios: usize, components: usize) {
    // 0: the zone list, 1: the scenarios, 2: the components.
    let at = match (s.scenario_cursor, s.component_cursor) {
        (Some(_), _) => 1,
        (None, Some(_)) => 2,
        (None, None) => 0,
    };
    let has = |place: usize| match place {
        1 => scenarios > 0,
        2 => components > 0,
        _ => true,
    };
    let step = if forward { 1 } else { 2 };
    let next = (1..=3).map(|n| (at + n * step) % 3).find(|&p| has(p)).unwrap_or(0);
    s.scenario_cursor = (next == 1).then_some(0);
    s.component_cursor = (next == 2).then_some(0);
}

fn selected_scenario(model: &Model, i: usize) -> Option<String> {
    let s = model.session.as_ref()?;
    let target = s.selected_target()?;
    s.scenarios_of(&target).nth(i).map(|x| x.id.clone())
}

/// Enter on a zone: answer 62443-3-3 (or the first per-zone questionnaire) for it.
fn answer_for_selected(model: &mut Model) {
    let Some(target) = model.session.as_ref().and_then(|s| s.selected_target()) else {
        return;
    };
    answer_for(
        model,
        target,
        crate::catalog::Scope::per_zone,
        "notice-no-zone-questionnaire",
    );
}

/// Answer the first questionnaire whose scope `fits` for `target` on the questionnaire screen, or
/// say (`none`, a ui message) that the assessment has none.
fn answer_for(model: &mut Model, target: String, fits: fn(crate::catalog::Scope) -> bool, none: &str) {
    let catalog = &model.catalog;
    let Some(s) = model.session.as_mut() else { return };
    let scope = s
        .assessment
        .assessment
        .questionnaires
        .iter()
        .position(|id| catalog.questionnaire(id).is_some_and(|q| fits(q.scope)));
    match scope {
        Some(i) => {
            s.scope = i;
            s.target = Some(target);
            s.cursor = 0;
            s.group = None;
            model.screen = Screen::Questionnaire;
            fix_target(model);
        }
        None => model.notice = Some(model.texts.ui(none)),
    }
}

/// Open the form for `purpose`, filled with what it edits.
pub fn open_form(model: &mut Model, purpose: Purpose) {
    let tx = &model.texts;
    let Some(s) = model.session.as_mut() else { return };
    let a = &s.assessment;
    let opening = match &purpose {
        Purpose::NewZone => zone_forms::open_new_zone(a, tx),
        Purpose::EditZone(id) => zone_forms::open_zone(a, id, tx),
        Purpose::NewConduit => zone_forms::open_new_conduit(a, tx),
        Purpose::EditConduit(id) => zone_forms::open_conduit(a, id, tx),
        Purpose::NewScenario { target } => scenario_form::open_new(a, target, tx),
        Purpose::EditScenario(id) => scenario_form::open_edit(a, id, tx),
        Purpose::SlTarget(target) => zone_forms::open_sl_target(a, target, tx),
        Purpose::NewSystem | Purpose::EditSystem(_) => {
            crate::tui::screens::zones::systems::form(a, &purpose, tx).ok_or(None)
        }
        Purpose::NewComponent { .. } | Purpose::EditComponent(_) => component_forms::open(a, &purpose, tx),
        Purpose::NewCountermeasure(_) | Purpose::EditCountermeasure(_) => {
            return crate::tui::forms::countermeasure::open_form(model, purpose);
        }
        Purpose::Export
        | Purpose::Dialog
        | Purpose::EditAction(_)
        | Purpose::ActionStatus(_)
        | Purpose::PlanFilter
        | Purpose::Targets => {
            return;
        }
    };
    match opening {
        Ok((title, fields)) => s.form = Some(Form::new(purpose, title, fields)),
        Err(Some(notice)) => model.notice = Some(model.texts.ui(notice)),
        Err(None) => {}
    }
}

fn form_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    crate::tui::forms::key_in_session(model, k, now, submit)
}

fn submit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let Some(form) = s.form.take() else {
        return Vec::new();
    };
    model.draft_dirty = false;
    if matches!(form.purpose, Purpose::NewComponent { .. } | Purpose::EditComponent(_)) {
        return component_forms::submit(model, form, now);
    }
    let what = form.title.clone();
    let new_zone = form.purpose == Purpose::NewZone;
    // A new scenario gets the register's next id: say which, so it can be found again.
    let new_scenario = match &form.purpose {
        Purpose::NewScenario { target } => Some((s.assessment.next_scenario_id(), target.clone())),
        _ => None,
    };
    let result = s.change_plant(what, |a| apply(a, &form).map(|()| Vec::new()));
    match result {
        Ok(false) => Vec::new(),
        Ok(true) => {
            if new_zone {
                s.zone_cursor = s.assessment.zones.len().saturating_sub(1);
            }
            if let Some((id, target)) = new_scenario {
                model.notice = Some(
                    model
                        .texts
                        .ui_with("notice-scenario-added", &[("id", id.into()), ("target", target.into())]),
                );
            }
            changed(model, now)
        }
        Err(error) => {
            let mut form = form;
            form.error = Some(error.to_string());
            s.form = Some(form);
            Vec::new()
        }
    }
}

/// Apply a submitted form to the assessment, or say (as a ui message id) why not.
fn apply(a: &mut Assessment, form: &Form) -> Result<(), &'static str> {
    match &form.purpose {
        Purpose::NewZone => zone_forms::add_zone(a, form),
        Purpose::EditZone(id) => zone_forms::change_zone(a, id, form),
        Purpose::NewConduit => zone_forms::add_conduit(a, form),
        Purpose::EditConduit(id) => zone_forms::change_conduit(a, id, form),
        Purpose::NewScenario { target } => scenario_form::add(a, target, form),
        Purpose::EditScenario(id) => scenario_form::change(a, id, form),
        Purpose::SlTarget(target) => zone_forms::set_sl_target(a, target, form),
        Purpose::NewSystem | Purpose::EditSystem(_) => crate::tui::screens::zones::systems::apply(a, form),
        Purpose::NewComponent { .. }
        | Purpose::EditComponent(_)
        | Purpose::NewCountermeasure(_)
        | Purpose::EditCountermeasure(_)
        | Purpose::Export
        | Purpose::Dialog
        | Purpose::EditAction(_)
        | Purpose::ActionStatus(_)
        | Purpose::PlanFilter
        | Purpose::Targets => Ok(()),
    }
}

/// Delete what the assessor confirmed (by typing its id): a scenario, or a zone or conduit with
/// its answers. Ctrl-Z puts it back.
pub fn delete(model: &mut Model, what: &Deletion, now: Timestamp) -> Vec<Effect> {
    let text = match what {
        Deletion::Target(id) => model.texts.ui_with("undo-deleted-target", &[("id", id.clone().into())]),
        Deletion::Scenario(id) => model
            .texts
            .ui_with("undo-deleted-scenario", &[("id", id.clone().into())]),
        Deletion::Component(id) => model
            .texts
            .ui_with("component-undo-deleted", &[("id", id.clone().into())]),
    };
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let result = s.change_plant(text.clone(), |a| match what {
        Deletion::Scenario(id) => {
            a.scenarios.retain(|x| &x.id != id);
            Ok(Vec::new())
        }
        Deletion::Component(id) => Ok(a.remove_component(id).map(|(_, answers)| answers).unwrap_or_default()),
        Deletion::Target(id) => {
            let used =
                a.conduits.iter().any(|c| &c.from == id || &c.to == id) || a.scenarios.iter().any(|x| &x.target == id);
            if used {
                return Err("notice-target-in-use");
            }
            if a.components_in(id).next().is_some() {
                return Err("component-notice-zone-in-use");
            }
            let ids: Vec<AnswerId> = a
                .answers()
                .iter()
                .filter(|x| x.target.as_deref() == Some(id.as_str()))
                .map(|x| x.id())
                .collect();
            let removed = ids.iter().filter_map(|x| a.remove_answer(x.key())).collect();
            a.zones.retain(|z| &z.id != id);
            a.conduits.retain(|c| &c.id != id);
            Ok(removed)
        }
    });
    match result {
        Ok(true) => {}
        Ok(false) => return Vec::new(),
        Err(e) => {
            model.notice = Some(model.texts.ui(e));
            return Vec::new();
        }
    }
    s.scenario_cursor = None;
    s.component_cursor = None;
    s.zone_cursor = s.zone_cursor.min(s.target_ids().len().saturating_sub(1));
    if s.target.as_deref() == Some(what.id()) {
        s.target = None;
    }
    fix_target(model);
    model.notice = Some(model.texts.ui_with("notice-deleted", &[("what", text.into())]));
    changed(model, now)
}
