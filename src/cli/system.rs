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
            a.resolve_system(Some(&id)).map_err(Error::usage)?;
            if let Some(system) = a.systems.iter_mut().find(|s| s.id == id) {
                system.description = description;
            }
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

/// The system a new zone or conduit names: one that exists, or empty (the first) when none is given.
pub(super) fn known(a: &Assessment, system: Option<String>) -> Result<String> {
    match system {
        None => Ok(String::new()),
        Some(s) => a.resolve_system(Some(&s)).map(|x| x.id.clone()).map_err(Error::usage),
    }
}
