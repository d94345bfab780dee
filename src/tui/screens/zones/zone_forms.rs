//! The zones screen's forms for zones, conduits and hand-set SL-Ts: one function that fills each
//! form and one that applies it. Threat scenarios are in scenario_form.rs, systems in systems.rs.

use crate::assessment::{Assessment, Conduit, Layer, SlOverride, Zone, parse_sl_vector};
use crate::i18n::Texts;
use crate::tui::forms::form::list;
use crate::tui::forms::form::{self, Form, FormField};

/// A form's title and fields, or why it does not open: a ui message to show as a notice, or
/// nothing to say (what it would edit is gone).
pub type Opening = Result<(String, Vec<FormField>), Option<&'static str>>;

/// The label prefix of the yes/no field of one risk-model adjustment.
const ADJUSTMENT: &str = "adjustment:";

/// One yes/no field per adjustment of the risk model, "yes" for those in `current`.
fn adjustment_fields(a: &Assessment, current: &[String], tx: &Texts) -> Vec<FormField> {
    let adjustments = a.risk_model.as_ref().map(|m| m.sl_t.adjustments.as_slice());
    adjustments
        .unwrap_or_default()
        .iter()
        .map(|adj| {
            form::choice(
                format!("{ADJUSTMENT}{}", adj.id),
                vec![tx.ui("choice-no"), tx.ui("choice-yes")],
                usize::from(current.contains(&adj.id)),
            )
        })
        .collect()
}

/// The adjustments answered "yes".
fn chosen_adjustments(form: &Form) -> Vec<String> {
    form.fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| Some((i, f.label.strip_prefix(ADJUSTMENT)?)))
        .filter(|(i, _)| form.index(*i) == 1)
        .map(|(_, id)| id.to_string())
        .collect()
}

/// The first free id `prefix`1, `prefix`2 ... among zones and conduits.
fn free_id(a: &Assessment, prefix: &str) -> String {
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|c| !a.id_taken(c))
        .unwrap_or_default()
}

/// The label of a zone form's layer field.
const LAYER: &str = "form-layer";

/// The layer field of a zone form: "From the conduits (what they give now)" first, then the
/// seven layers top to bottom; `zone` is the zone's index in `a.zones` (none: a new zone, last).
fn layer_field(a: &Assessment, zone: Option<usize>, tx: &Texts) -> FormField {
    let (given, current) = match zone.and_then(|i| Some((i, a.zones.get(i)?))) {
        Some((i, z)) => (crate::diagram::layers::from_conduits(a, i), z.layer),
        // A new zone has no conduits yet: the rule starts it at the top.
        None => (Layer::ALL[0], None),
    };
    let mut options = vec![tx.ui_with(
        "form-layer-from-conduits",
        &[("layer", tx.ui(&given.message_id()).into())],
    )];
    options.extend(Layer::ALL.iter().map(|l| tx.ui(&l.message_id())));
    form::choice(LAYER, options, current.map_or(0, |l| l.depth() + 1))
}

/// The layer chosen on a zone form: None for "from the conduits" (or a form without the field).
fn chosen_layer(form: &Form) -> Option<Layer> {
    let i = form.fields.iter().position(|f| f.label == LAYER)?;
    form.index(i).checked_sub(1).map(Layer::at_depth)
}

fn zone_ids(a: &Assessment) -> Vec<String> {
    a.zones.iter().map(|z| z.id.clone()).collect()
}

pub fn open_new_zone(a: &Assessment, tx: &Texts) -> Opening {
    let mut f = vec![
        form::text("form-id", &free_id(a, "Z")),
        form::text("form-name", ""),
        form::text("form-description", ""),
        form::text("form-assets", ""),
        layer_field(a, None, tx),
    ];
    f.extend(adjustment_fields(a, &[], tx));
    f.extend(crate::tui::screens::zones::systems::choice(a, ""));
    Ok((tx.ui("form-new-zone"), f))
}

pub fn open_zone(a: &Assessment, id: &str, tx: &Texts) -> Opening {
    let at = a.zones.iter().position(|z| z.id == id).ok_or(None)?;
    let z = &a.zones[at];
    let mut f = vec![
        form::text("form-name", &z.name),
        form::text("form-description", &z.description),
        form::text("form-assets", &z.assets.join(", ")),
        layer_field(a, Some(at), tx),
    ];
    f.extend(adjustment_fields(a, &z.adjustments, tx));
    f.extend(crate::tui::screens::zones::systems::choice(a, a.system_of_zone(z)));
    Ok((format!("{} {id}", tx.ui("form-edit")), f))
}

pub fn open_new_conduit(a: &Assessment, tx: &Texts) -> Opening {
    let zones = zone_ids(a);
    if zones.len() < 2 {
        return Err(Some("notice-two-zones"));
    }
    let mut f = vec![
        form::text("form-id", &free_id(a, "C")),
        form::text("form-name", ""),
        form::choice("form-from", zones.clone(), 0),
        form::choice("form-to", zones, 1),
        form::text("form-description", ""),
    ];
    f.extend(crate::tui::screens::zones::systems::choice(a, ""));
    Ok((tx.ui("form-new-conduit"), f))
}

pub fn open_conduit(a: &Assessment, id: &str, tx: &Texts) -> Opening {
    let c = a.conduit(id).ok_or(None)?;
    let zones = zone_ids(a);
    let at = |zone: &str| zones.iter().position(|z| z == zone).unwrap_or(0);
    let mut f = vec![
        form::text("form-name", &c.name),
        form::choice("form-from", zones.clone(), at(&c.from)),
        form::choice("form-to", zones.clone(), at(&c.to)),
        form::text("form-description", &c.description),
    ];
    f.extend(crate::tui::screens::zones::systems::choice(a, a.system_of_conduit(c)));
    Ok((format!("{} {id}", tx.ui("form-edit")), f))
}

pub fn open_sl_target(a: &Assessment, target: &str, tx: &Texts) -> Opening {
    let current = a
        .zone(target)
        .and_then(|z| z.sl_t.clone())
        .or_else(|| a.conduit(target).and_then(|c| c.sl_t.clone()));
    let vector = current
        .as_ref()
        .map(|o| o.vector.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let justification = current.as_ref().map(|o| o.justification.as_str()).unwrap_or("");
    let f = vec![
        form::text("form-sl-t", &vector),
        form::text("form-justification", justification),
    ];
    Ok((format!("{} {target}", tx.ui("form-sl-t-title")), f))
}

/// Apply the new-zone form, or say (as a ui message id) why not.
pub fn add_zone(a: &mut Assessment, form: &Form) -> Result<(), &'static str> {
    let id = form.value(0);
    if id.is_empty() || a.id_taken(&id) {
        return Err("form-error-id");
    }
    a.zones.push(Zone {
        system: crate::tui::screens::zones::systems::chosen(form),
        id,
        name: form.value(1),
        description: form.value(2),
        assets: list(&form.value(3)),
        layer: chosen_layer(form),
        adjustments: chosen_adjustments(form),
        sl_t: None,
    });
    Ok(())
}

pub fn change_zone(a: &mut Assessment, id: &str, form: &Form) -> Result<(), &'static str> {
    let Some(z) = a.zones.iter_mut().find(|z| z.id == id) else {
        return Ok(());
    };
    z.name = form.value(0);
    z.description = form.value(1);
    z.assets = list(&form.value(2));
    z.layer = chosen_layer(form);
    z.adjustments = chosen_adjustments(form);
    if form.value_of("form-system").is_some() {
        z.system = crate::tui::screens::zones::systems::chosen(form);
    }
    Ok(())
}

/// The two zones a conduit form joins, refused when they are the same.
fn ends(form: &Form) -> Result<(String, String), &'static str> {
    let from = form.value_of("form-from").unwrap_or_default();
    let to = form.value_of("form-to").unwrap_or_default();
    if from == to {
        return Err("form-error-same-zone");
    }
    Ok((from, to))
}

pub fn add_conduit(a: &mut Assessment, form: &Form) -> Result<(), &'static str> {
    let (from, to) = ends(form)?;
    let id = form.value(0);
    if id.is_empty() || a.id_taken(&id) {
        return Err("form-error-id");
    }
    let name = match form.value(1) {
        n if n.is_empty() => format!("{from} - {to}"),
        n => n,
    };
    a.conduits.push(Conduit {
        system: crate::tui::screens::zones::systems::chosen(form),
        name,
        id,
        from,
        to,
        description: form.value(4),
        adjustments: Vec::new(),
        sl_t: None,
    });
    Ok(())
}

pub fn change_conduit(a: &mut Assessment, id: &str, form: &Form) -> Result<(), &'static str> {
    let (from, to) = ends(form)?;
    let Some(c) = a.conduits.iter_mut().find(|c| c.id == id) else {
        return Ok(());
    };
    c.name = form.value(0);
    c.from = from;
    c.to = to;
    c.description = form.value(3);
    if form.value_of("form-system").is_some() {
        c.system = crate::tui::screens::zones::systems::chosen(form);
    }
    Ok(())
}

/// Set (or with an empty vector, clear) the hand-set SL-T of a zone or conduit.
pub fn set_sl_target(a: &mut Assessment, target: &str, form: &Form) -> Result<(), &'static str> {
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
    if let Some(z) = a.zones.iter_mut().find(|z| z.id == target) {
        z.sl_t = value;
    } else if let Some(c) = a.conduits.iter_mut().find(|c| c.id == target) {
        c.sl_t = value;
    }
    Ok(())
}
