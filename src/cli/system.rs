//! `iacs-assess system add | describe | list`: the systems under consideration of an assessment.

use super::Context;
use super::args::SystemCommand;
use crate::assessment::{Assessment, System, storage};
use crate::error::{Error, Result};

pub fn run(ctx: &Context, command: SystemCommand) -> Result<()> {
    match command {
        SystemCommand::Add {
            file,
            id,
            name,
            description,
        } => super::edit::edit(ctx, &file, |a| {
            let id = id.trim().to_string();
            if id.is_empty() || name.trim().is_empty() {
                return Err(Error::usage("a system needs an id and a name"));
            }
            if a.system(&id).is_some() {
                return Err(Error::usage(format!("there is already a system \"{id}\"")));
            }
            a.systems.push(System {
                id: id.clone(),
                name,
                description,
            });
            Ok(format!("Added system {id}."))
        }),
        SystemCommand::Describe { file, id, description } => super::edit::edit(ctx, &file, |a| {
            let known = ids(a);
            let system = a
                .systems
                .iter_mut()
                .find(|s| s.id == id)
                .ok_or_else(|| unknown(&id, &known))?;
            system.description = description;
            Ok(format!("Described system {id}."))
        }),
        SystemCommand::List { file } => {
            let a = storage::read(&file, &ctx.catalog)?;
            for s in &a.systems {
                crate::say!("{}  {}", s.id, s.name);
                let zones: Vec<&str> = a.zones_in(&s.id).map(|z| z.id.as_str()).collect();
                let conduits: Vec<&str> = a.conduits_in(&s.id).map(|c| c.id.as_str()).collect();
                crate::say!("  zones: {}", zones.join(", "));
                crate::say!("  conduits: {}", conduits.join(", "));
            }
            Ok(())
        }
    }
}

fn ids(a: &Assessment) -> String {
    a.systems.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", ")
}

fn unknown(id: &str, known: &str) -> Error {
    Error::usage(format!(
        "\"{id}\" is not a system under consideration of this assessment (systems: {known})"
    ))
}

/// The system a new zone or conduit names: one that exists, or empty (the first) when none is given.
pub(super) fn known(a: &Assessment, system: Option<String>) -> Result<String> {
    match system {
        None => Ok(String::new()),
        Some(s) if a.system(&s).is_some() => Ok(s),
        Some(s) => Err(unknown(&s, &ids(a))),
    }
}
