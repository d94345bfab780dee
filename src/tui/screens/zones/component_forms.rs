//! The zones screen's form for a component (62443-4-2): id, name, type, vendor, product, version,
//! the zone it sits in, and an SL-C its supplier declares with the source of the claim. The core
//! judges what is typed (`component::check_id`, `id_taken`, `inventory_csv::declared_from`,
//! `Component::problems`); this file only puts its verdict into the interface's words. A refused
//! form stays open with everything typed in it.

use super::zone_forms::Opening;
use crate::assessment::component::check_id;
use crate::assessment::inventory_csv::declared_from;
use crate::assessment::{Assessment, Component, DeclaredBy, parse_sl_vector};
use crate::catalog::ComponentType;
use crate::i18n::Texts;
use crate::tui::forms::form::{self, Form, FormField, Purpose};
use crate::tui::message::Effect;
use crate::tui::model::Model;
use crate::tui::session::changed;
use jiff::Timestamp;

const ID: &str = "form-id";
const NAME: &str = "form-name";
const TYPE: &str = "component-form-type";
const VENDOR: &str = "component-form-vendor";
const PRODUCT: &str = "component-form-product";
const VERSION: &str = "component-form-version";
const ZONE: &str = "label-zone";
const SL_C: &str = "component-form-sl-c";
const SOURCE: &str = "component-form-source";
const CERTIFICATE: &str = "component-form-certificate";
const SCHEME: &str = "component-form-scheme";
const DATE: &str = "component-form-date";

/// The sources of a declared SL-C, in the order the form offers them.
const SOURCES: [DeclaredBy; 2] = [DeclaredBy::Certificate, DeclaredBy::SupplierStatement];

/// Why a form is refused: a ui message id and, where the core's words say more, its problem.
type Refusal = (&'static str, Option<String>);

/// "PLC1", "PLC2" ...: the first id no zone, conduit or component has.
fn free_id(a: &Assessment) -> String {
    (1..)
        .map(|n| format!("PLC{n}"))
        .find(|c| !a.id_taken(c))
        .unwrap_or_default()
}

/// The fields of the form for `c` (its id only when it is new: an id names its 4-2 answers).
fn fields(a: &Assessment, c: &Component, new: bool, tx: &Texts) -> Vec<FormField> {
    let types = ComponentType::ALL
        .map(|t| crate::component_text::type_name(t, tx))
        .to_vec();
    let kind = ComponentType::ALL.iter().position(|t| *t == c.kind).unwrap_or(0);
    let mut zones = vec![tx.ui("component-zone-none")];
    zones.extend(a.zones.iter().map(|z| z.id.clone()));
    let zone = a.zones.iter().position(|z| z.id == c.zone).map_or(0, |i| i + 1);
    let sources = SOURCES.map(|s| tx.ui(&format!("declared-by-{}", s.id()))).to_vec();
    let d = c.declared.as_ref();
    let vector = d
        .map(|d| d.sl_c.iter().map(u8::to_string).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let source = d.and_then(|d| SOURCES.iter().position(|s| *s == d.source)).unwrap_or(0);
    let text = |f: fn(&crate::assessment::Declared) -> String| d.map(f).unwrap_or_default();
    let mut out = Vec::new();
    if new {
        out.push(form::text(ID, &c.id));
    }
    out.extend([
        form::text(NAME, &c.name),
        form::choice(TYPE, types, kind),
        form::text(VENDOR, &c.vendor),
        form::text(PRODUCT, &c.product),
        form::text(VERSION, &c.version),
        form::choice(ZONE, zones, zone),
        form::text(SL_C, &vector),
        form::choice(SOURCE, sources, source),
        form::text(CERTIFICATE, &text(|d| d.certificate.clone())),
        form::text(SCHEME, &text(|d| d.scheme.clone())),
        form::text(DATE, &text(|d| d.date.map(|x| x.to_string()).unwrap_or_default())),
    ]);
    out
}

/// The form for a new component (in `zone`, when one is selected) or for editing one.
pub fn open(a: &Assessment, purpose: &Purpose, tx: &Texts) -> Opening {
    match purpose {
        Purpose::NewComponent { zone } => {
            let c = Component {
                id: free_id(a),
                name: String::new(),
                kind: ComponentType::ALL[0],
                vendor: String::new(),
                product: String::new(),
                version: String::new(),
                zone: zone.clone(),
                declared: None,
            };
            Ok((tx.ui("component-form-new"), fields(a, &c, true, tx)))
        }
        Purpose::EditComponent(id) => {
            let c = a.component(id).ok_or(None)?;
            let title = tx.ui_with("component-form-edit", &[("id", id.clone().into())]);
            Ok((title, fields(a, c, false, tx)))
        }
        _ => Err(None),
    }
}

/// The index chosen in the choice field labelled `label`.
fn chosen(form: &Form, label: &str) -> usize {
    form.fields
        .iter()
        .position(|f| f.label == label)
        .map_or(0, |i| form.index(i))
}

fn text(form: &Form, label: &str) -> String {
    form.value_of(label).unwrap_or_default()
}

/// The component the form describes, as it would be saved, or why not.
pub fn component_of(a: &Assessment, form: &Form) -> Result<Component, Refusal> {
    let id = match &form.purpose {
        Purpose::EditComponent(id) => id.clone(),
        _ => {
            let id = text(form, ID);
            check_id(&id).map_err(|_| ("component-error-id", None))?;
            if a.id_taken(&id) {
                return Err(("component-error-taken", None));
            }
            id
        }
    };
    let name = text(form, NAME);
    if name.is_empty() {
        return Err(("form-error-name", None));
    }
    let zone = match chosen(form, ZONE) {
        0 => String::new(),
        i => a.zones.get(i - 1).map(|z| z.id.clone()).unwrap_or_default(),
    };
    let (sl_c, certificate, scheme, date) = (
        text(form, SL_C),
        text(form, CERTIFICATE),
        text(form, SCHEME),
        text(form, DATE),
    );
    let source = SOURCES
        .get(chosen(form, SOURCE))
        .copied()
        .unwrap_or(DeclaredBy::Certificate);
    let source_id = if sl_c.is_empty() { "" } else { source.id() };
    let declared = declared_from(&sl_c, source_id, &certificate, &scheme, &date)
        .map_err(|problem| refusal(&sl_c, source, &certificate, &scheme, &date, problem))?;
    let c = Component {
        id,
        name,
        kind: ComponentType::ALL
            .get(chosen(form, TYPE))
            .copied()
            .unwrap_or(ComponentType::ALL[0]),
        vendor: text(form, VENDOR),
        product: text(form, PRODUCT),
        version: text(form, VERSION),
        zone,
        declared,
    };
    match c.problems(a).into_iter().next() {
        Some(problem) => Err(("component-error-other", Some(problem))),
        None => Ok(c),
    }
}

/// The words for what `declared_from` refused: which field to correct, or its own problem.
fn refusal(sl_c: &str, source: DeclaredBy, certificate: &str, scheme: &str, date: &str, problem: String) -> Refusal {
    if sl_c.is_empty() {
        ("component-error-no-sl-c", None)
    } else if parse_sl_vector(sl_c).is_err() {
        ("component-error-sl-c", None)
    } else if source == DeclaredBy::Certificate && (certificate.is_empty() || scheme.is_empty()) {
        ("component-error-certificate", None)
    } else if date.is_empty() || crate::assessment::countermeasure::parse_date(date).is_err() {
        ("component-error-date", None)
    } else {
        ("component-error-other", Some(problem))
    }
}

/// The field a refusal is about.
fn field_to_correct(message: &str) -> Option<&'static str> {
    Some(match message {
        "component-error-id" | "component-error-taken" => ID,
        "form-error-name" => NAME,
        "component-error-sl-c" | "component-error-no-sl-c" => SL_C,
        "component-error-certificate" => CERTIFICATE,
        "component-error-date" => DATE,
        _ => return None,
    })
}

/// Save the submitted component form, or put it back with what is wrong.
pub fn submit(model: &mut Model, mut form: Form, now: Timestamp) -> Vec<Effect> {
    let tx = &model.texts;
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let c = match component_of(&s.assessment, &form) {
        Ok(c) => c,
        Err((message, problem)) => {
            form.error_text = problem.map(|p| tx.ui_with(message, &[("problem", p.into())]));
            form.error = Some(message.to_string());
            // The field to correct gets the focus, so what is typed next goes there.
            if let Some(i) = field_to_correct(message).and_then(|l| form.fields.iter().position(|f| f.label == l)) {
                form.focus = i;
            }
            s.form = Some(form);
            return Vec::new();
        }
    };
    let id = c.id.clone();
    let what = tx.ui_with("component-undo-saved", &[("id", id.clone().into())]);
    let saved = s.change_plant(what, |a| {
        a.put_component(c);
        Ok::<_, std::convert::Infallible>(Vec::new())
    });
    if !matches!(saved, Ok(true)) {
        return Vec::new();
    }
    model.notice = Some(model.texts.ui_with("component-saved", &[("id", id.into())]));
    changed(model, now)
}
