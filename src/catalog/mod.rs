//! The questionnaire catalog: every questionnaire, answer scale and risk model the program knows,
//! read from the built-in files and the user's folders, checked, and indexed by id.

pub mod ids;
pub mod model;
pub mod questionnaire_file;
pub mod risk_model;
pub mod tree;

pub use model::*;
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
    /// Where each risk model came from, by id, and whether that is a built-in file.
    pub risk_model_sources: HashMap<String, (PathBuf, bool)>,
}

impl Catalog {
    /// Read and check everything `sources` names. All problems of all files are returned together.
    pub fn load(sources: &Sources) -> Result<Catalog, Vec<Diagnostic>> {
        let (questionnaire_files, risk_model_files, mut problems) = content::toml_files(sources);
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
