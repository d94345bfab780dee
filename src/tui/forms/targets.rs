//! The targets form, opened from the results screen: per maturity questionnaire in scope
//! (62443-2-4, 2-1) its target profile (one of the catalog's, or none), the overall target
//! maturity, and for a service provider's questionnaire the service scope assessed. Applying it
//! copies the chosen profile's levels into the assessment (never a reference to the file), as
//! one undo step, and saves. Esc leaves everything as it was.

use crate::assessment::{ServiceScope, Targets};
use crate::catalog::{ProfileLevels, Questionnaire, ScaleKind};
use crate::tui::forms::form::{self, Form, FormEvent, Purpose};
use crate::tui::message::Effect;
use crate::tui::model::Model;
use crate::tui::session::changed;
use crate::tui::undo::{Before, Step};
use crossterm::event::KeyEvent;
use jiff::Timestamp;

/// The label of a profile field: this prefix and the questionnaire's id (see forms/view.rs).
pub const PROFILE_FOR: &str = "profile-for:";

/// The service scopes offered, in this order.
const SCOPES: [ServiceScope; 3] = [ServiceScope::Both, ServiceScope::Integration, ServiceScope::Maintenance];

/// The questionnaires in scope whose target can be a profile: those answered with maturity levels.
fn profiled(model: &Model) -> Vec<&Questionnaire> {
    let Some(s) = model.session.as_ref() else {
        return Vec::new();
    };
    s.assessment
        .assessment
        .questionnaires
        .iter()
        .filter_map(|id| model.catalog.questionnaire(id))
        .filter(|q| {
            model
                .catalog
                .scale(&q.scale)
                .is_some_and(|sc| sc.kind == ScaleKind::Maturity)
        })
        .collect()
}

/// Whether a questionnaire in scope names the services its requirements concern (62443-2-4):
/// then the form asks for the service scope, as `service-scope` on the command line does.
fn asks_scope(model: &Model) -> bool {
    profiled(model).iter().any(|q| q.names_services())
}

/// The profiles `q` can take: none, every profile of the catalog for it, and the assessment's own
/// copy when it is not (or no longer) one of those. Each with its label.
fn options(model: &Model, q: &Questionnaire) -> Vec<(String, Option<ProfileLevels>)> {
    let mut profiles: Vec<&ProfileLevels> = model
        .catalog
        .profiles
        .iter()
        .filter(|p| p.questionnaire == q.id)
        .map(|p| &p.levels)
        .collect();
    let own = model
        .session
        .as_ref()
        .and_then(|s| s.assessment.targets.profile.get(&q.id));
    if let Some(own) = own
        && !profiles.contains(&own)
    {
        profiles.push(own);
    }
    // By title; the id only where two share a title (the form is narrow).
    let label = |p: &ProfileLevels| {
        if profiles.iter().filter(|x| x.title == p.title).count() > 1 {
            format!("{} ({})", p.title, p.id)
        } else {
            p.title.clone()
        }
    };
    let mut out = vec![(model.texts.ui("target-profile-none"), None)];
    out.extend(profiles.iter().map(|p| (label(p), Some((*p).clone()))));
    out
}

/// Open the form with what the assessment has now.
pub fn open(model: &mut Model) {
    let Some(s) = model.session.as_ref() else { return };
    let a = &s.assessment;
    let mut fields = Vec::new();
    for q in profiled(model) {
        let options = options(model, q);
        let current = a.targets.profile.get(&q.id);
        let index = options.iter().position(|(_, p)| p.as_ref() == current).unwrap_or(0);
        let labels = options.into_iter().map(|(l, _)| l).collect();
        fields.push(form::choice(format!("{PROFILE_FOR}{}", q.id), labels, index));
    }
    let levels = (1..=4).map(|l| format!("ML{l}")).collect();
    fields.push(form::choice(
        "targets-maturity",
        levels,
        usize::from(a.targets.maturity.clamp(1, 4) - 1),
    ));
    if asks_scope(model) {
        let scopes = SCOPES
            .iter()
            .map(|x| model.texts.ui(&format!("service-scope-{}", x.id())))
            .collect();
        let index = SCOPES
            .iter()
            .position(|x| *x == a.assessment.service_scope)
            .unwrap_or(0);
        fields.push(form::choice("targets-service-scope", scopes, index));
    }
    let mut f = Form::new(Purpose::Targets, model.texts.ui("targets-title"), fields);
    f.hint = Some("targets-keys".into());
    if let Some(s) = model.session.as_mut() {
        s.form = Some(f);
    }
}

/// A key while the form is open: Enter on the last field applies; Esc closes it and changes
/// nothing (it holds only choices, nothing typed to lose); Ctrl-C is handled before, as everywhere.
pub fn form_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    let Some(f) = model.session.as_mut().and_then(|s| s.form.as_mut()) else {
        return Vec::new();
    };
    match f.key(k) {
        FormEvent::Nothing => Vec::new(),
        FormEvent::Cancel => {
            if let Some(s) = model.session.as_mut() {
                s.form = None;
            }
            model.notice = Some(model.texts.ui("notice-targets-unchanged"));
            Vec::new()
        }
        FormEvent::Submit => apply(model, now),
    }
}

/// The targets and scope the form holds.
fn chosen(model: &Model, f: &Form) -> (Targets, ServiceScope) {
    let Some(s) = model.session.as_ref() else {
        return (Targets::default(), ServiceScope::Both);
    };
    let mut targets = s.assessment.targets.clone();
    let mut scope = s.assessment.assessment.service_scope;
    for (i, field) in f.fields.iter().enumerate() {
        if let Some(qid) = field.label.strip_prefix(PROFILE_FOR) {
            let Some(q) = model.catalog.questionnaire(qid) else {
                continue;
            };
            match options(model, q).into_iter().nth(f.index(i)).and_then(|(_, p)| p) {
                Some(p) => targets.profile.insert(qid.to_string(), p),
                None => targets.profile.remove(qid),
            };
        } else if field.label == "targets-maturity" {
            targets.maturity = u8::try_from(f.index(i) + 1).unwrap_or(2);
        } else if field.label == "targets-service-scope" {
            scope = SCOPES.get(f.index(i)).copied().unwrap_or_default();
        }
    }
    (targets, scope)
}

/// Apply the form: the targets and the service scope, as one undo step, then save.
fn apply(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(f) = model.session.as_mut().and_then(|s| s.form.take()) else {
        return Vec::new();
    };
    let (targets, scope) = chosen(model, &f);
    let what = model.texts.ui("targets-title");
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let before = (s.assessment.targets.clone(), s.assessment.assessment.service_scope);
    if before == (targets.clone(), scope) {
        model.notice = Some(model.texts.ui("notice-targets-unchanged"));
        return Vec::new();
    }
    s.history.record(Step {
        what,
        before: Before::Targets(Box::new(before.0), before.1),
    });
    let a = s.edit();
    a.targets = targets;
    a.assessment.service_scope = scope;
    model.notice = Some(model.texts.ui("notice-targets-set"));
    changed(model, now)
}
