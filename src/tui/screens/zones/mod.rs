//! `update` for the zones screen (62443-3-2): zones, conduits, their threat scenarios and SL-T
//! overrides. Pure like the rest of `update`: changes the model, returns effects.

pub mod scenario_form;
pub mod systems;
pub mod view;

use crate::assessment::{AnswerId, Conduit, Scenario, SlOverride, Zone, parse_sl_vector};
use crate::tui::dialog::Deletion;
use crate::tui::forms::form::{self, Form, Purpose};
use crate::tui::message::Effect;
use crate::tui::model::{Model, Screen};
use crate::tui::session::{changed, fix_target};
use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;

pub fn key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if model.session.as_ref().is_some_and(|s| s.form.is_some()) {
        return form_key(model, k, now);
    }
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let targets = s.target_ids().len();
    let selected = s.selected_target();
    let scenario_count = selected.as_deref().map(|t| s.scenarios_of(t).count()).unwrap_or(0);
    match (k.code, s.scenario_cursor) {
        (KeyCode::Esc | KeyCode::Char('q'), _) => model.screen = Screen::Questionnaire,
        (KeyCode::Tab | KeyCode::BackTab, None) if scenario_count > 0 => s.scenario_cursor = Some(0),
        (KeyCode::Tab | KeyCode::BackTab, Some(_)) => s.scenario_cursor = None,
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

fn selected_scenario(model: &Model, i: usize) -> Option<String> {
    let s = model.session.as_ref()?;
    let target = s.selected_target()?;
    s.scenarios_of(&target).nth(i).map(|x| x.id.clone())
}

/// Enter on a zone: answer 62443-3-3 (or the first per-zone questionnaire) for it.
fn answer_for_selected(model: &mut Model) {
    let catalog = &model.catalog;
    let Some(s) = model.session.as_mut() else { return };
    let Some(target) = s.selected_target() else { return };
    let scope = s
        .assessment
        .assessment
        .questionnaires
        .iter()
        .position(|id| catalog.questionnaire(id).is_some_and(|q| q.scope.per_zone()));
    match scope {
        Some(i) => {
            s.scope = i;
            s.target = Some(target);
            s.cursor = 0;
            model.screen = Screen::Questionnaire;
            fix_target(model);
        }
        None => model.notice = Some(model.texts.ui("notice-no-zone-questionnaire")),
    }
}

/// Open the form for `purpose`, filled with what it edits.
pub fn open_form(model: &mut Model, purpose: Purpose) {
    let tx = &model.texts;
    let Some(s) = model.session.as_ref() else { return };
    let a = &s.assessment;
    let risk = a.risk_model.as_ref();
    let yes_no_options = || vec![tx.ui("choice-no"), tx.ui("choice-yes")];
    let adjustment_fields = |current: &[String]| -> Vec<form::FormField> {
        risk.map(|m| {
            m.sl_t
                .adjustments
                .iter()
                .map(|adj| {
                    form::choice(
                        format!("adjustment:{}", adj.id),
                        yes_no_options(),
                        usize::from(current.contains(&adj.id)),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
    };
    let zone_ids: Vec<String> = a.zones.iter().map(|z| z.id.clone()).collect();
    let levels = |which: &str| -> Vec<String> {
        let ids = match (risk, which) {
            (Some(m), "likelihood") => m.likelihood.levels.clone(),
            (Some(m), _) => m.impact.levels.clone(),
            (None, _) => Vec::new(),
        };
        let model_id = risk.map(|m| m.id.clone()).unwrap_or_default();
        ids.iter()
            .enumerate()
            .map(|(i, l)| {
                format!(
                    "{} {}",
                    i + 1,
                    tx.get(&format!("risk-{model_id}"), &format!("{which}-{l}"), Some("label"))
                )
            })
            .collect()
    };
    let with_none = |mut v: Vec<String>| {
        v.insert(0, tx.ui("choice-none"));
        v
    };
    let actors: Vec<String> = risk
        .map(|m| m.sl_t.threat_actors.iter().map(|t| t.id.clone()).collect())
        .unwrap_or_default();
    let (title, fields) = match &purpose {
        Purpose::NewZone => {
            let id = (1..)
                .map(|n| format!("Z{n}"))
                .find(|c| !a.has_target(c))
                .unwrap_or_default();
            let mut f = vec![
                form::text("form-id", &id),
                form::text("form-name", ""),
                form::text("form-description", ""),
                form::text("form-assets", ""),
            ];
            f.extend(adjustment_fields(&[]));
            f.extend(crate::tui::screens::zones::systems::choice(a, ""));
            (tx.ui("form-new-zone"), f)
        }
        Purpose::EditZone(id) => {
            let Some(z) = a.zone(id) else { return };
            let mut f = vec![
                form::text("form-name", &z.name),
                form::text("form-description", &z.description),
                form::text("form-assets", &z.assets.join(", ")),
            ];
            f.extend(adjustment_fields(&z.adjustments));
            f.extend(crate::tui::screens::zones::systems::choice(a, a.system_of_zone(z)));
            (format!("{} {id}", tx.ui("form-edit")), f)
        }
        Purpose::NewConduit => {
            if zone_ids.len() < 2 {
                model.notice = Some(model.texts.ui("notice-two-zones"));
                return;
            }
            let id = (1..)
                .map(|n| format!("C{n}"))
                .find(|c| !a.has_target(c))
                .unwrap_or_default();
            let mut f = vec![
                form::text("form-id", &id),
                form::text("form-name", ""),
                form::choice("form-from", zone_ids.clone(), 0),
                form::choice("form-to", zone_ids.clone(), 1),
                form::text("form-description", ""),
            ];
            f.extend(crate::tui::screens::zones::systems::choice(a, ""));
            (tx.ui("form-new-conduit"), f)
        }
        Purpose::EditConduit(id) => {
            let Some(c) = a.conduit(id) else { return };
            let f = vec![
                form::text("form-name", &c.name),
                form::choice(
                    "form-from",
                    zone_ids.clone(),
                    zone_ids.iter().position(|z| z == &c.from).unwrap_or(0),
                ),
                form::choice(
                    "form-to",
                    zone_ids.clone(),
                    zone_ids.iter().position(|z| z == &c.to).unwrap_or(0),
                ),
                form::text("form-description", &c.description),
            ];
            let mut f = f;
            f.extend(crate::tui::screens::zones::systems::choice(a, a.system_of_conduit(c)));
            (format!("{} {id}", tx.ui("form-edit")), f)
        }
        Purpose::NewScenario { target } => {
            if risk.is_none() {
                model.notice = Some(model.texts.ui("notice-no-risk-model"));
                return;
            }
            let f = vec![
                form::text("form-threat", ""),
                form::choice("form-likelihood", levels("likelihood"), 2),
                form::choice("form-impact", levels("impact"), 2),
                form::choice("form-residual-likelihood", with_none(levels("likelihood")), 0),
                form::choice("form-residual-impact", with_none(levels("impact")), 0),
                form::choice("form-threat-actor", with_none(actors.clone()), 0),
                form::text("form-countermeasures", ""),
            ];
            let mut f = f;
            f.extend(crate::tui::screens::zones::scenario_form::fields(risk, None, tx));
            (format!("{} {target}", tx.ui("form-new-scenario")), f)
        }
        Purpose::EditScenario(id) => {
            let Some(sc) = a.scenarios.iter().find(|x| &x.id == id) else {
                return;
            };
            let actor = sc
                .threat_actor
                .as_ref()
                .and_then(|t| actors.iter().position(|x| x == t))
                .map(|i| i + 1)
                .unwrap_or(0);
            let f = vec![
                form::text("form-threat", &sc.threat),
                form::choice(
                    "form-likelihood",
                    levels("likelihood"),
                    usize::from(sc.likelihood.saturating_sub(1)),
                ),
                form::choice(
                    "form-impact",
                    levels("impact"),
                    usize::from(sc.impact.saturating_sub(1)),
                ),
                form::choice(
                    "form-residual-likelihood",
                    with_none(levels("likelihood")),
                    usize::from(sc.residual_likelihood.unwrap_or(0)),
                ),
                form::choice(
                    "form-residual-impact",
                    with_none(levels("impact")),
                    usize::from(sc.residual_impact.unwrap_or(0)),
                ),
                form::choice("form-threat-actor", with_none(actors.clone()), actor),
                form::text("form-countermeasures", &sc.countermeasures),
            ];
            let mut f = f;
            f.extend(crate::tui::screens::zones::scenario_form::fields(risk, Some(sc), tx));
            (format!("{} {id}", tx.ui("form-edit")), f)
        }
        Purpose::SlTarget(target) => {
            let current = a
                .zone(target)
                .and_then(|z| z.sl_t.clone())
                .or_else(|| a.conduit(target).and_then(|c| c.sl_t.clone()));
            let vector = current
                .as_ref()
                .map(|o| o.vector.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" "))
                .unwrap_or_default();
            let f = vec![
                form::text("form-sl-t", &vector),
                form::text(
                    "form-justification",
                    current.as_ref().map(|o| o.justification.as_str()).unwrap_or(""),
                ),
            ];
            (format!("{} {target}", tx.ui("form-sl-t-title")), f)
        }
        Purpose::NewSystem | Purpose::EditSystem(_) => match crate::tui::screens::zones::systems::form(a, &purpose, tx)
        {
            Some(x) => x,
            None => return,
        },
        Purpose::NewCountermeasure(_) | Purpose::EditCountermeasure(_) => {
            return crate::tui::forms::countermeasure::open_form(model, purpose);
        }
        Purpose::Export | Purpose::Dialog => return,
    };
    let form = Form::new(purpose, title, fields);
    if let Some(s) = model.session.as_mut() {
        s.form = Some(form);
    }
}

fn form_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    crate::tui::forms::key_in_session(model, k, now, submit)
}

/// The adjustments chosen "yes" in the fields after `first`.
fn chosen_adjustments(model: &Model, form: &Form, first: usize) -> Vec<String> {
    let ids: Vec<String> = model
        .session
        .as_ref()
        .and_then(|s| s.assessment.risk_model.as_ref())
        .map(|m| m.sl_t.adjustments.iter().map(|a| a.id.clone()).collect())
        .unwrap_or_default();
    ids.into_iter()
        .enumerate()
        .filter(|(i, _)| form.index(first + i) == 1)
        .map(|(_, id)| id)
        .collect()
}

fn submit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(form) = model.session.as_mut().and_then(|s| s.form.take()) else {
        return Vec::new();
    };
    model.draft_dirty = false;
    let adjustments_from = match form.purpose {
        Purpose::NewZone => 4,
        _ => 3,
    };
    let adjustments = chosen_adjustments(model, &form, adjustments_from);
    let what = form.title.clone();
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let mut new_zone = false;
    let result = s.change_plant(what, |a| {
        new_zone = form.purpose == Purpose::NewZone;
        apply(a, &form, adjustments).map(|()| Vec::new())
    });
    match result {
        Ok(false) => Vec::new(),
        Ok(true) => {
            if new_zone {
                s.zone_cursor = s.assessment.zones.len().saturating_sub(1);
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
fn apply(a: &mut crate::assessment::Assessment, form: &Form, adjustments: Vec<String>) -> Result<(), &'static str> {
    match &form.purpose {
        Purpose::NewZone => {
            let id = form.value(0);
            if id.is_empty() || a.has_target(&id) {
                return Err("form-error-id");
            }
            a.zones.push(Zone {
                system: crate::tui::screens::zones::systems::chosen(form),
                id,
                name: form.value(1),
                description: form.value(2),
                assets: form::list(&form.value(3)),
                adjustments,
                sl_t: None,
            });
        }
        Purpose::EditZone(id) => {
            let Some(z) = a.zones.iter_mut().find(|z| &z.id == id) else {
                return Ok(());
            };
            z.name = form.value(0);
            z.description = form.value(1);
            z.assets = form::list(&form.value(2));
            z.adjustments = adjustments;
            if form.value_of("form-system").is_some() {
                z.system = crate::tui::screens::zones::systems::chosen(form);
            }
        }
        Purpose::NewConduit | Purpose::EditConduit(_) => {
            let new = form.purpose == Purpose::NewConduit;
            let offset = usize::from(new);
            let (from, to) = (form.value(offset + 1), form.value(offset + 2));
            if from == to {
                return Err("form-error-same-zone");
            }
            if new {
                let id = form.value(0);
                if id.is_empty() || a.has_target(&id) {
                    return Err("form-error-id");
                }
                a.conduits.push(Conduit {
                    system: crate::tui::screens::zones::systems::chosen(form),
                    name: if form.value(1).is_empty() {
                        format!("{from} - {to}")
                    } else {
                        form.value(1)
                    },
                    id,
                    from,
                    to,
                    description: form.value(4),
                    adjustments: Vec::new(),
                    sl_t: None,
                });
            } else if let Purpose::EditConduit(id) = &form.purpose
                && let Some(c) = a.conduits.iter_mut().find(|c| &c.id == id)
            {
                c.name = form.value(0);
                c.from = from;
                c.to = to;
                c.description = form.value(3);
                if form.value_of("form-system").is_some() {
                    c.system = crate::tui::screens::zones::systems::chosen(form);
                }
            }
        }
        Purpose::NewScenario { .. } | Purpose::EditScenario(_) => {
            let threat = form.value(0);
            if threat.is_empty() {
                return Err("form-error-threat");
            }
            let (rl, ri) = (form.index(3), form.index(4));
            if (rl == 0) != (ri == 0) {
                return Err("form-error-residual");
            }
            let actors: Vec<String> = a
                .risk_model
                .as_ref()
                .map(|m| m.sl_t.threat_actors.iter().map(|t| t.id.clone()).collect())
                .unwrap_or_default();
            let threat_actor = form.index(5).checked_sub(1).and_then(|i| actors.get(i).cloned());
            let frs = crate::tui::screens::zones::scenario_form::frs(form)?;
            let impact_categories = crate::tui::screens::zones::scenario_form::categories(form);
            let fill = |sc: &mut Scenario| {
                sc.threat = threat.clone();
                sc.likelihood = form.index(1) as u8 + 1;
                sc.impact = form.index(2) as u8 + 1;
                sc.residual_likelihood = (rl > 0).then_some(rl as u8);
                sc.residual_impact = (ri > 0).then_some(ri as u8);
                sc.threat_actor = threat_actor.clone();
                sc.countermeasures = form.value(6);
                sc.frs = frs.clone();
                sc.impact_categories = impact_categories.clone();
            };
            match &form.purpose {
                Purpose::NewScenario { target } => {
                    let id = (1..)
                        .map(|n| format!("S{n}"))
                        .find(|c| a.scenarios.iter().all(|x| &x.id != c))
                        .unwrap_or_default();
                    let mut sc = Scenario {
                        id,
                        target: target.clone(),
                        threat: String::new(),
                        description: String::new(),
                        threat_actor: None,
                        frs: Vec::new(),
                        likelihood: 1,
                        impact: 1,
                        impact_categories: Vec::new(),
                        residual_likelihood: None,
                        residual_impact: None,
                        countermeasures: String::new(),
                    };
                    fill(&mut sc);
                    a.scenarios.push(sc);
                }
                Purpose::EditScenario(id) => {
                    if let Some(sc) = a.scenarios.iter_mut().find(|x| &x.id == id) {
                        fill(sc);
                    }
                }
                _ => {}
            }
        }
        Purpose::SlTarget(target) => {
            let vector = form.value(0);
            let justification = form.value(1);
            let value = if vector.is_empty() {
                None
            } else {
                let v = parse_sl_vector(&vector).map_err(|_| "form-error-vector")?;
                if justification.is_empty() {
                    return Err("form-error-justification");
                }
                Some(SlOverride {
                    vector: v,
                    justification,
                })
            };
            if let Some(z) = a.zones.iter_mut().find(|z| &z.id == target) {
                z.sl_t = value;
            } else if let Some(c) = a.conduits.iter_mut().find(|c| &c.id == target) {
                c.sl_t = value;
            }
        }
        Purpose::NewSystem | Purpose::EditSystem(_) => crate::tui::screens::zones::systems::apply(a, form)?,
        Purpose::NewCountermeasure(_) | Purpose::EditCountermeasure(_) | Purpose::Export | Purpose::Dialog => {}
    }
    Ok(())
}

/// Delete what the assessor confirmed (by typing its id): a scenario, or a zone or conduit with
/// its answers. Ctrl-Z puts it back.
pub fn delete(model: &mut Model, what: &Deletion, now: Timestamp) -> Vec<Effect> {
    let text = match what {
        Deletion::Target(id) => model.texts.ui_with("undo-deleted-target", &[("id", id.clone().into())]),
        Deletion::Scenario(id) => model
            .texts
            .ui_with("undo-deleted-scenario", &[("id", id.clone().into())]),
    };
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let result = s.change_plant(text.clone(), |a| match what {
        Deletion::Scenario(id) => {
            a.scenarios.retain(|x| &x.id != id);
            Ok(Vec::new())
        }
        Deletion::Target(id) => {
            let used =
                a.conduits.iter().any(|c| &c.from == id || &c.to == id) || a.scenarios.iter().any(|x| &x.target == id);
            if used {
                return Err("notice-target-in-use");
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
    s.zone_cursor = s.zone_cursor.min(s.target_ids().len().saturating_sub(1));
    if s.target.as_deref() == Some(what.id()) {
        s.target = None;
    }
    fix_target(model);
    model.notice = Some(model.texts.ui_with("notice-deleted", &[("what", text.into())]));
    changed(model, now)
}
