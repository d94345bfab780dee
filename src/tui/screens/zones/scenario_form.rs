//! The threat scenario form: the threat, likelihood and impact before and after countermeasures
//! on the risk model's scales, the threat actor, and what feeds the SL-T rules: the FRs it acts
//! through (one check box per FR, all seven ticked by default) and, per impact category of the
//! risk model, whether the scenario reaches its impact there (consequence floors look at it).

use crate::assessment::{Assessment, FR_NAMES, Scenario};
use crate::catalog::risk_model::RiskModel;
use crate::i18n::Texts;
use crate::tui::forms::form::{self, Form, FormField};
use crate::tui::screens::zones::zone_forms::Opening;

/// The label prefix of the yes/no field of one impact category.
use crate::tui::forms::form::IMPACT_CATEGORY as CATEGORY;

/// The label of the FR check boxes.
pub const FRS: &str = "form-frs";

/// "1 Rare", "2 Unlikely" ... for the likelihood or impact scale of `model`.
fn levels(model: &RiskModel, which: &str, tx: &Texts) -> Vec<String> {
    let ids = if which == "likelihood" {
        &model.likelihood.levels
    } else {
        &model.impact.levels
    };
    let domain = format!("risk-{}", model.id);
    ids.iter()
        .enumerate()
        .map(|(i, l)| format!("{} {}", i + 1, tx.get(&domain, &format!("{which}-{l}"), Some("label"))))
        .collect()
}

fn with_none(mut options: Vec<String>, tx: &Texts) -> Vec<String> {
    options.insert(0, tx.ui("choice-none"));
    options
}

/// The form for a new scenario aimed at `target`.
pub fn open_new(a: &Assessment, target: &str, tx: &Texts) -> Opening {
    let title = format!("{} {target}", tx.ui("form-new-scenario"));
    Ok((title, fields(a, None, tx)?))
}

/// The form for scenario `id`, filled with what it holds.
pub fn open_edit(a: &Assessment, id: &str, tx: &Texts) -> Opening {
    let sc = a.scenarios.iter().find(|x| x.id == id).ok_or(None)?;
    Ok((format!("{} {id}", tx.ui("form-edit")), fields(a, Some(sc), tx)?))
}

/// Every field of the form, filled from `current` (a new scenario: likelihood and impact in the
/// middle of their scales, no residual rating, all seven FRs).
fn fields(a: &Assessment, current: Option<&Scenario>, tx: &Texts) -> Result<Vec<FormField>, Option<&'static str>> {
    let model = a.risk_model.as_ref().ok_or(Some("notice-no-risk-model"))?;
    let actors: Vec<String> = model.sl_t.threat_actors.iter().map(|t| t.id.clone()).collect();
    let actor = current
        .and_then(|s| s.threat_actor.as_ref())
        .and_then(|t| actors.iter().position(|x| x == t))
        .map_or(0, |i| i + 1);
    // Shown by the risk model's words ("Simple means"), chosen by position, saved as the id.
    let actor_labels: Vec<String> = actors
        .iter()
        .map(|id| {
            tx.get(
                &format!("risk-{}", model.id),
                &format!("threat-actor-{id}"),
                Some("label"),
            )
        })
        .collect();
    let scale_index = |v: Option<u8>, default: usize| v.map_or(default, |v| usize::from(v.saturating_sub(1)));
    let residual = |v: Option<u8>| usize::from(v.unwrap_or(0));
    let mut fields = vec![
        form::text("form-threat", current.map_or("", |s| s.threat.as_str())),
        form::choice(
            "form-likelihood",
            levels(model, "likelihood", tx),
            scale_index(current.map(|s| s.likelihood), 2),
        ),
        form::choice(
            "form-impact",
            levels(model, "impact", tx),
            scale_index(current.map(|s| s.impact), 2),
        ),
        form::choice(
            "form-residual-likelihood",
            with_none(levels(model, "likelihood", tx), tx),
            residual(current.and_then(|s| s.residual_likelihood)),
        ),
        form::choice(
            "form-residual-impact",
            with_none(levels(model, "impact", tx), tx),
            residual(current.and_then(|s| s.residual_impact)),
        ),
        form::choice("form-threat-actor", with_none(actor_labels, tx), actor),
        form::text(
            "form-countermeasures",
            current.map_or("", |s| s.countermeasures.as_str()),
        ),
        fr_boxes(current.map_or(&[], |s| s.frs.as_slice())),
    ];
    for c in &model.impact.categories {
        let yes = current.is_some_and(|s| s.impact_categories.contains(c));
        fields.push(form::choice(
            format!("{CATEGORY}{c}"),
            vec![tx.ui("choice-no"), tx.ui("choice-yes")],
            usize::from(yes),
        ));
    }
    Ok(fields)
}

/// One check box per FR, those of `frs` ticked (all seven for an empty list, which means all).
fn fr_boxes(frs: &[u8]) -> FormField {
    let names = FR_NAMES.iter().map(|n| n.to_string()).collect();
    let ticked: Vec<usize> = if frs.is_empty() {
        (0..FR_NAMES.len()).collect()
    } else {
        frs.iter().map(|f| usize::from(f.saturating_sub(1))).collect()
    };
    form::toggles(FRS, names, &ticked)
}

/// The FRs ticked, as the command line's `--fr` stores them: numbers 1-7 in order, and an empty
/// list for all seven (the default). None ticked is refused (as a ui message id).
pub fn frs(form: &Form) -> Result<Vec<u8>, &'static str> {
    let ticked = form.ticked_of(FRS).unwrap_or_default();
    if ticked.is_empty() {
        return Err("form-error-frs");
    }
    if ticked.len() == FR_NAMES.len() {
        return Ok(Vec::new());
    }
    Ok(ticked.iter().filter_map(|&i| u8::try_from(i + 1).ok()).collect())
}

/// The impact categories answered "yes".
pub fn categories(form: &Form) -> Vec<String> {
    form.fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| Some((i, f.label.strip_prefix(CATEGORY)?)))
        .filter(|(i, _)| form.index(*i) == 1)
        .map(|(_, c)| c.to_string())
        .collect()
}

/// Write what the form holds into `sc`, or say (as a ui message id) why not.
fn fill(a: &Assessment, form: &Form, sc: &mut Scenario) -> Result<(), &'static str> {
    let threat = form.value(0);
    if threat.is_empty() {
        return Err("form-error-threat");
    }
    let (rl, ri) = (form.index(3), form.index(4));
    if (rl == 0) != (ri == 0) {
        return Err("form-error-residual");
    }
    let level = |i: usize| u8::try_from(i).unwrap_or(u8::MAX);
    let actors = a.risk_model.as_ref().map(|m| m.sl_t.threat_actors.as_slice());
    sc.frs = frs(form)?;
    sc.threat = threat;
    sc.likelihood = level(form.index(1) + 1);
    sc.impact = level(form.index(2) + 1);
    sc.residual_likelihood = (rl > 0).then(|| level(rl));
    sc.residual_impact = (ri > 0).then(|| level(ri));
    sc.threat_actor = form
        .index(5)
        .checked_sub(1)
        .and_then(|i| actors.unwrap_or_default().get(i))
        .map(|t| t.id.clone());
    sc.countermeasures = form.value(6);
    sc.impact_categories = categories(form);
    Ok(())
}

/// Add the scenario of a submitted form, aimed at `target`, under the register's next id.
pub fn add(a: &mut Assessment, target: &str, form: &Form) -> Result<(), &'static str> {
    let id = a.next_scenario_id();
    let mut sc = Scenario {
        id,
        target: target.to_string(),
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
    fill(a, form, &mut sc)?;
    a.scenarios.push(sc);
    Ok(())
}

/// Change scenario `id` to what the form holds.
pub fn change(a: &mut Assessment, id: &str, form: &Form) -> Result<(), &'static str> {
    let Some(i) = a.scenarios.iter().position(|x| x.id == id) else {
        return Ok(());
    };
    let mut sc = a.scenarios[i].clone();
    fill(a, form, &mut sc)?;
    a.scenarios[i] = sc;
    Ok(())
}
