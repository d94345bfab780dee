//! The zones screen's forms for the systems under consideration (62443-3-2 ZCR 1): add a system,
//! or name and describe the one the selected zone belongs to. Which system a zone or conduit
//! belongs to is chosen on its own form once there is more than one.

use crate::assessment::{Assessment, System};
use crate::i18n::Texts;
use crate::tui::forms::form::{self, Form, FormField, Purpose};

/// The title and fields of a system form; None when the system to edit is gone.
pub fn form(a: &Assessment, purpose: &Purpose, tx: &Texts) -> Option<(String, Vec<FormField>)> {
    match purpose {
        Purpose::NewSystem => {
            let id = (1..)
                .map(|n| format!("SUC-{n}"))
                .find(|c| a.system(c).is_none())
                .unwrap_or_default();
            let fields = vec![
                form::text("form-id", &id),
                form::text("form-name", ""),
                form::text("form-description", ""),
            ];
            Some((tx.ui("form-new-system"), fields))
        }
        Purpose::EditSystem(id) => {
            let s = a.system(id)?;
            let fields = vec![
                form::text("form-name", &s.name),
                form::text("form-description", &s.description),
            ];
            Some((format!("{} {id}", tx.ui("form-edit")), fields))
        }
        _ => None,
    }
}

/// A choice of system for a zone or conduit form, when there is more than one to choose from.
pub fn choice(a: &Assessment, current: &str) -> Option<FormField> {
    if a.systems.len() < 2 {
        return None;
    }
    let ids: Vec<String> = a.systems.iter().map(|s| s.id.clone()).collect();
    let index = ids.iter().position(|s| s == current).unwrap_or(0);
    Some(form::choice("form-system", ids, index))
}

/// The system chosen on a zone or conduit form (empty: the first, when there was no choice).
pub fn chosen(form: &Form) -> String {
    form.value_of("form-system").unwrap_or_default()
}

/// Apply a submitted system form, or say (as a ui message id) why not.
pub fn apply(a: &mut Assessment, form: &Form) -> Result<(), &'static str> {
    match &form.purpose {
        Purpose::NewSystem => {
            let (id, name) = (form.value(0), form.value(1));
            if id.is_empty() || a.system(&id).is_some() {
                return Err("form-error-id");
            }
            if name.is_empty() {
                return Err("form-error-name");
            }
            a.systems.push(System {
                id,
                name,
                description: form.value(2),
            });
        }
        Purpose::EditSystem(id) => {
            let name = form.value(0);
            if name.is_empty() {
                return Err("form-error-name");
            }
            if let Some(s) = a.systems.iter_mut().find(|s| &s.id == id) {
                s.name = name;
                s.description = form.value(1);
            }
        }
        _ => {}
    }
    Ok(())
}
