//! `iacs-assess component add | edit | remove | list | import`: the components in the zones and
//! their declared SL-C (the assessed one comes from answering 62443-4-2 for the component).

use super::Context;
use super::args::{ComponentCommand, ComponentFields};
use super::edit::edit;
use crate::assessment::inventory_csv::{self, declared_from, parse_type, type_words};
use crate::assessment::{Assessment, Component, storage};
use crate::component_text;
use crate::error::{Error, Result};
use crate::scoring;
use std::path::Path;

pub fn run(ctx: &Context, command: ComponentCommand) -> Result<()> {
    match command {
        ComponentCommand::Add { file, fields } => edit(ctx, &file, |a| add(a, fields)),
        ComponentCommand::Edit {
            file,
            fields,
            no_declared,
        } => edit(ctx, &file, |a| change(a, fields, no_declared)),
        ComponentCommand::Remove { file, id } => edit(ctx, &file, |a| {
            let (_, answers) = a.remove_component(&id).ok_or_else(|| unknown(a, &id))?;
            Ok(match answers.len() {
                0 => format!("Removed component {id}."),
                1 => format!("Removed component {id} and its answer to 62443-4-2."),
                n => format!("Removed component {id} and its {n} answers to 62443-4-2."),
            })
        }),
        ComponentCommand::List { file, json } => list(ctx, &file, json),
        ComponentCommand::Import { file, csv } => edit(ctx, &file, |a| {
            let imported = inventory_csv::import_components(a, &csv)?;
            if !imported.ignored_columns.is_empty() {
                crate::say_err!(
                    "{}: columns not read: {} (columns read: {})",
                    csv.display(),
                    imported.ignored_columns.join(", "),
                    inventory_csv::COLUMNS.join(", ")
                );
            }
            let noun = if imported.added == 1 { "component" } else { "components" };
            Ok(format!("Added {} {noun} from {}.", imported.added, csv.display()))
        }),
    }
}

/// "there is no component X (there are: ...)".
fn unknown(a: &Assessment, id: &str) -> Error {
    let known: Vec<&str> = a.components.iter().map(|c| c.id.as_str()).collect();
    Error::usage(if known.is_empty() {
        format!("there is no component \"{id}\" (this assessment has none yet)")
    } else {
        format!("there is no component \"{id}\" (there are: {})", known.join(", "))
    })
}

fn add(a: &mut Assessment, f: ComponentFields) -> Result<String> {
    crate::assessment::component::check_id(&f.id).map_err(Error::usage)?;
    if a.id_taken(&f.id) {
        return Err(Error::usage(format!(
            "\"{}\" is already a component, zone or conduit of this assessment",
            f.id
        )));
    }
    let (Some(name), Some(kind)) = (&f.name, &f.kind) else {
        return Err(Error::usage("a new component needs --name and --type"));
    };
    let mut c = Component {
        id: f.id.clone(),
        name: name.clone(),
        kind: component_type(kind)?,
        vendor: String::new(),
        product: String::new(),
        version: String::new(),
        zone: String::new(),
        declared: None,
    };
    apply(a, &mut c, &f)?;
    let id = c.id.clone();
    a.put_component(c);
    Ok(format!("Added component {id}."))
}

fn change(a: &mut Assessment, f: ComponentFields, no_declared: bool) -> Result<String> {
    let mut c = a.component(&f.id).cloned().ok_or_else(|| unknown(a, &f.id))?;
    if let Some(name) = &f.name {
        c.name = name.clone();
    }
    if let Some(kind) = &f.kind {
        c.kind = component_type(kind)?;
    }
    if no_declared {
        c.declared = None;
    }
    apply(a, &mut c, &f)?;
    let id = c.id.clone();
    a.put_component(c);
    Ok(format!("Changed component {id}."))
}

/// The optional fields given: vendor, product, version, zone and a declared SL-C.
fn apply(a: &Assessment, c: &mut Component, f: &ComponentFields) -> Result<()> {
    for (field, value) in [
        (&mut c.vendor, &f.vendor),
        (&mut c.product, &f.product),
        (&mut c.version, &f.version),
    ] {
        if let Some(v) = value {
            *field = v.trim().to_string();
        }
    }
    if let Some(zone) = &f.zone {
        if !zone.is_empty() && a.zone(zone).is_none() {
            let zones: Vec<&str> = a.zones.iter().map(|z| z.id.as_str()).collect();
            return Err(Error::usage(format!(
                "\"{zone}\" is not a zone of this assessment (zones: {})",
                zones.join(", ")
            )));
        }
        c.zone = zone.clone();
    }
    if let Some(sl_c) = &f.sl_c {
        let text = |o: &Option<String>| o.clone().unwrap_or_default();
        c.declared = declared_from(
            sl_c,
            &text(&f.source),
            &text(&f.certificate),
            &text(&f.scheme),
            &text(&f.date),
        )
        .map_err(Error::usage)?;
    }
    Ok(())
}

fn component_type(text: &str) -> Result<crate::catalog::ComponentType> {
    parse_type(text)
        .ok_or_else(|| Error::usage(format!("\"{text}\" is not a component type (types: {})", type_words())))
}

fn list(ctx: &Context, file: &Path, json: bool) -> Result<()> {
    let a = storage::read(file, &ctx.catalog)?;
    let score = scoring::score(&a, &ctx.catalog);
    if json {
        /// A component as recorded, with its SL-C as scored.
        #[derive(serde::Serialize)]
        struct Entry<'a> {
            #[serde(flatten)]
            record: crate::assessment::component::ComponentJson<'a>,
            capability: &'a scoring::capability::Capability,
        }
        let entries: Vec<Entry> = a
            .components
            .iter()
            .zip(&score.components)
            .map(|(c, capability)| Entry {
                record: c.json(),
                capability,
            })
            .collect();
        let text = serde_json::to_string_pretty(&entries).map_err(|e| Error::usage(e.to_string()))?;
        crate::text_safety::print_exact(&format!("{text}\n"));
        return Ok(());
    }
    if a.components.is_empty() {
        crate::say!(
            "{} has no components yet (iacs-assess component add or import).",
            file.display()
        );
        return Ok(());
    }
    let texts = &ctx.texts;
    for (c, capability) in a.components.iter().zip(&score.components) {
        let zone = if c.zone.is_empty() { "-" } else { c.zone.as_str() };
        crate::say!(
            "{:<12} {:<28} {:<20} {:<10} SL-C {} {}",
            c.id,
            c.name,
            component_text::type_name(c.kind, texts),
            zone,
            component_text::sl_c_text(capability, texts),
            component_text::source_word(capability.source, texts)
        );
        let product: Vec<&str> = [c.vendor.as_str(), c.product.as_str(), c.version.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if !product.is_empty() {
            crate::say!("{:<12} {}", "", product.join(" "));
        }
    }
    Ok(())
}
