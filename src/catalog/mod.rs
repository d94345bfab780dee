//! The questionnaire catalog: every questionnaire, answer scale and risk model the program knows,
//! read from the built-in files and the user's folders, checked, and indexed by id.

pub mod ids;
pub mod mapping;
pub mod model;
pub mod profile;
pub mod questionnaire_file;
pub mod risk_model;
pub mod tree;

pub use mapping::Mapping;
pub use model::*;
pub use profile::{Profile, ProfileLevels};
pub use risk_model::RiskModel;

use crate::content::{self, SourceFile, Sources};
use crate::error::Diagnostic;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub questionnaires: Vec<Questionnaire>,
    pub scales: Vec<Scale>,
    pub risk_models: Vec<RiskModel>,
    /// Target profiles (62443-2-4, 2-1), by id; a user's profile replaces a built-in one.
    pub profiles: Vec<Profile>,
    /// Mappings from regulations and frameworks to the requirements (NIS2, NIST CSF 2.0, the CRA,
    /// an organisation's own), by id; a user's mapping replaces a built-in one.
    pub mappings: Vec<Mapping>,
    /// Where each risk model came from, by id, and whether that is a built-in file.
    pub risk_model_sources: HashMap<String, (PathBuf, bool)>,
}

impl Catalog {
    /// Read and check everything `sources` names. All problems of all files are returned together.
    pub fn load(sources: &Sources) -> Result<Catalog, Vec<Diagnostic>> {
        let content::TomlFiles {
            questionnaires: questionnaire_files,
            risk_models: risk_model_files,
            profiles: profile_files,
            mappings: mapping_files,
            mut problems,
        } = content::toml_files(sources);
        let mut catalog = Catalog::default();
        let mut scale_refs = Vec::new();
        for file in &questionnaire_files {
            match questionnaire_file::read(&file.path, &file.text) {
                Ok(contents) => {
                    for mut scale in contents.scales {
                        scale.builtin = file.builtin;
                        add_or_replace(
                            &mut catalog.scales,
                            scale,
                            |s| (&s.id, &s.source, s.builtin),
                            file,
                            "scale",
                            &mut problems,
                        );
                    }
                    if let Some(mut q) = contents.questionnaire {
                        q.builtin = file.builtin;
                        add_or_replace(
                            &mut catalog.questionnaires,
                            q,
                            |q| (&q.id, &q.source, q.builtin),
                            file,
                            "questionnaire",
                            &mut problems,
                        );
                    }
                    scale_refs.extend(contents.scale_refs);
                }
                Err(mut d) => problems.append(&mut d),
            }
        }
        for file in &risk_model_files {
            match risk_model::read(&file.path, &file.text) {
                Ok(model) => {
                    if let Some((existing, existing_builtin)) = catalog.risk_model_sources.get(&model.id)
                        && (file.builtin || !existing_builtin)
                    {
                        problems.push(Diagnostic::new(
                            &file.path,
                            format!("risk model \"{}\" is also defined in {}", model.id, existing.display()),
                        ));
                        continue;
                    }
                    catalog
                        .risk_model_sources
                        .insert(model.id.clone(), (file.path.clone(), file.builtin));
                    catalog.risk_models.retain(|m| m.id != model.id);
                    catalog.risk_models.push(model);
                }
                Err(mut d) => problems.append(&mut d),
            }
        }
        for file in &profile_files {
            match profile::read(&file.path, &file.text, &catalog.questionnaires) {
                Ok(mut p) => {
                    p.builtin = file.builtin;
                    add_or_replace(
                        &mut catalog.profiles,
                        p,
                        |p| (&p.levels.id, &p.source, p.builtin),
                        file,
                        "profile",
                        &mut problems,
                    );
                }
                Err(mut d) => problems.append(&mut d),
            }
        }
        for file in &mapping_files {
            match mapping::read(&file.path, &file.text, &catalog.questionnaires) {
                Ok(mut m) => {
                    m.builtin = file.builtin;
                    add_or_replace(
                        &mut catalog.mappings,
                        m,
                        |m| (&m.id, &m.source, m.builtin),
                        file,
                        "mapping",
                        &mut problems,
                    );
                }
                Err(mut d) => problems.append(&mut d),
            }
        }
        for (scale, at) in scale_refs {
            if catalog.scale(&scale).is_none() {
                let known: Vec<&str> = catalog.scales.iter().map(|s| s.id.as_str()).collect();
                problems.push(Diagnostic {
                    file: at.file,
                    line: Some(at.line),
                    column: Some(at.column),
                    message: format!("unknown scale \"{scale}\" (known: {})", known.join(", ")),
                });
            }
        }
        if problems.is_empty() {
            Ok(catalog)
        } else {
            Err(problems)
        }
    }

    pub fn questionnaire(&self, id: &str) -> Option<&Questionnaire> {
        self.questionnaires.iter().find(|q| q.id == id)
    }

    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// The answer scale of a requirement.
    pub fn scale_of(&self, requirement: &Requirement) -> Option<&Scale> {
        self.scale(&requirement.scale)
    }

    pub fn risk_model(&self, id: &str) -> Option<&RiskModel> {
        self.risk_models.iter().find(|m| m.id == id)
    }

    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.levels.id == id)
    }

    /// A profile named on the command line: a file (a path with a folder or ending in .toml),
    /// else the id of one in the catalog.
    pub fn find_profile(&self, name: &str) -> Result<Profile, Vec<Diagnostic>> {
        let path = std::path::Path::new(name);
        if name.ends_with(".toml") || path.components().count() > 1 {
            let text = content::read_text(path).map_err(|d| vec![d])?;
            return profile::read(path, &text, &self.questionnaires);
        }
        self.profile(name).cloned().ok_or_else(|| {
            let known: Vec<&str> = self.profiles.iter().map(|p| p.levels.id.as_str()).collect();
            vec![Diagnostic::new(
                name,
                format!(
                    "no profile with this id and no such file (profiles: {})",
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                ),
            )]
        })
    }

    pub fn mapping(&self, id: &str) -> Option<&Mapping> {
        self.mappings.iter().find(|m| m.id == id)
    }

    /// The questionnaire ids, for messages that list what exists.
    pub fn questionnaire_ids(&self) -> Vec<&str> {
        self.questionnaires.iter().map(|q| q.id.as_str()).collect()
    }
}

/// Add `item`; an item of the user's with the id of a built-in one replaces it (an organisation's
/// own version), two of the user's with one id are an error.
fn add_or_replace<T>(
    items: &mut Vec<T>,
    item: T,
    identity: impl Fn(&T) -> (&String, &PathBuf, bool),
    file: &SourceFile,
    what: &str,
    problems: &mut Vec<Diagnostic>,
) {
    let (id, _, _) = identity(&item);
    if let Some(pos) = items.iter().position(|x| identity(x).0 == id) {
        let (_, existing_source, existing_builtin) = identity(&items[pos]);
        if file.builtin || !existing_builtin {
            problems.push(Diagnostic::new(
                &file.path,
                format!("{what} \"{id}\" is also defined in {}", existing_source.display()),
            ));
            return;
        }
        items[pos] = item;
    } else {
        items.push(item);
    }
}
