//! The user's config file (`~/.config/iacs-assess/config.toml` on Linux, or `--config FILE`, or
//! `$IACS_ASSESS_CONFIG`): extra questionnaire and locale folders, language, the assessor's name,
//! theme and key bindings. A missing file is the default; a broken one is an error with its line.

use crate::error::{Error, Result};
use crate::{limits, toml_input};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Folders of the organisation's own questionnaires (and `risk-models/`).
    #[serde(default)]
    pub questionnaire_dirs: Vec<PathBuf>,
    /// Folders of locale overlays (one subfolder per language).
    #[serde(default)]
    pub locale_dirs: Vec<PathBuf>,
    /// Language of the interface, when neither --lang nor the environment says.
    pub language: Option<String>,
    /// Stamped on every answer as the assessor.
    pub assessor: Option<String>,
    /// default, light or high-contrast.
    pub theme: Option<String>,
    /// Key bindings: action name -> key.
    #[serde(default)]
    pub keys: BTreeMap<String, String>,
    /// The largest file (and unpacked part of a workbook) read, in MB; 64 when not set.
    pub max_file_mb: Option<u64>,
    /// The effort scale of remediation actions (`[[effort]]` label, weight); S, M, L when not set.
    #[serde(default)]
    pub effort: Vec<crate::planning::EffortLevel>,
}

/// The standard place of the config file, if the platform has one.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "iacs-assess").map(|d| d.config_dir().join("config.toml"))
}

/// The folder for the list of recently opened assessments and new assessments by default.
pub fn data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "iacs-assess").map(|d| d.data_dir().to_path_buf())
}

impl Config {
    /// The effort scale of actions (checked when the config was read).
    pub fn effort_scale(&self) -> crate::planning::EffortScale {
        crate::planning::EffortScale::from_config(&self.effort).unwrap_or_default()
    }

    /// Read `path`; with `required` false a missing file gives the default config.
    pub fn load(path: &Path, required: bool) -> Result<Config> {
        if !required && !path.exists() {
            return Ok(Config::default());
        }
        let bytes = limits::read_file(path)?;
        let text = String::from_utf8(bytes).map_err(|_| Error::invalid(path, "the file is not valid UTF-8 text"))?;
        let mut config: Config = toml_input::parse(path, &text).map_err(|d| Error::Invalid(vec![d]))?;
        if let Err(e) = crate::planning::EffortScale::from_config(&config.effort) {
            return Err(Error::invalid(path, e));
        }
        if config.max_file_mb == Some(0) {
            return Err(Error::invalid(path, "max_file_mb must be at least 1"));
        }
        // Relative folders are relative to the config file.
        let base = path.parent().unwrap_or(Path::new("."));
        for dir in config
            .questionnaire_dirs
            .iter_mut()
            .chain(config.locale_dirs.iter_mut())
        {
            if dir.is_relative() {
                *dir = base.join(&*dir);
            }
        }
        Ok(config)
    }
}
