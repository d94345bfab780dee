//! What the user's data folder remembers of each assessment file between sessions: who was being
//! interviewed, where the assessor stood (questionnaire, zone, requirement), and text typed into an
//! editor or form that was not finished. Kept outside the assessment (it is the assessor's, not the
//! customer's), one small file per assessment, found by a digest of the file's full path.

use crate::assessment::AnswerId;
use crate::assessment::storage::{digest, write_durably};
use crate::tui::forms::form::{FieldValue, Purpose};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Resume {
    /// The assessment file this is about (for people looking into the folder).
    pub file: PathBuf,
    /// The person being interviewed, stamped on every answer until changed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interviewee: String,
    /// The questionnaire, zone or conduit and requirement in view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement: Option<String>,
    /// Text that was being typed when the program stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
    /// Earlier unfinished texts, offered before and kept for later ("Esc later"): a newer draft
    /// never replaces them. Offered one per opening, in this order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kept: Vec<Draft>,
}

/// Unfinished text, with what it was for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub when: Timestamp,
    #[serde(flatten)]
    pub text: DraftText,
}

/// What the text was for. `base` is what the answer held when the editor opened: the draft
/// replaces it only if the answer still holds it (otherwise both are put in the editor).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DraftText {
    Note {
        answer: AnswerId,
        #[serde(default)]
        base: String,
        text: String,
    },
    Evidence {
        answer: AnswerId,
        #[serde(default)]
        base: String,
        text: String,
    },
    /// The reason a value (not applicable, compensated) waits for.
    Reason {
        answer: AnswerId,
        value: String,
        text: String,
    },
    Interviewee {
        text: String,
    },
    /// The one reason for a whole group answered not applicable, not yet given.
    BulkReason {
        bulk: crate::tui::screens::questionnaire::state::Bulk,
        text: String,
    },
    Form {
        purpose: Purpose,
        fields: Vec<FieldValue>,
        /// The field being typed in (drafts kept before it was recorded open on the first).
        #[serde(default)]
        focus: usize,
    },
}

/// What the data folder should hold now: the open file's resume entry (if a file is open) and
/// the new-assessment form's draft (`None`: none to keep). Computed by `update`, written by the
/// runtime.
#[derive(Debug, Clone, PartialEq)]
pub struct Memory {
    pub resume: Option<Resume>,
    pub wizard: Option<WizardDraft>,
}

/// What was typed into the new-assessment form and not used (the form was left with Esc, Ctrl-C or a
/// signal): offered the next time the form opens.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WizardDraft {
    /// Title, organisation, site, assessors, file name.
    pub fields: Vec<String>,
    pub language: String,
    pub questionnaires: Vec<String>,
    pub target_maturity: u8,
}

fn wizard_path(data_dir: &Path) -> PathBuf {
    data_dir.join("resume").join("new-assessment.toml")
}

/// The new-assessment form's draft, if one was kept (and can be read).
pub fn load_wizard(data_dir: &Path) -> Option<WizardDraft> {
    toml::from_str(&std::fs::read_to_string(wizard_path(data_dir)).ok()?).ok()
}

/// Keep the new-assessment form's draft, or with `None` forget it.
pub fn store_wizard(data_dir: &Path, draft: Option<&WizardDraft>) -> crate::Result<()> {
    let path = wizard_path(data_dir);
    let Some(draft) = draft else {
        return match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(crate::Error::io(format!("cannot remove {}", path.display()), e))
            }
            _ => Ok(()),
        };
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| crate::Error::io(format!("cannot create {}", dir.display()), e))?;
    }
    let text = toml::to_string(draft).map_err(|e| crate::Error::usage(format!("cannot write the draft: {e}")))?;
    write_durably(&path, text.as_bytes())
}

/// A short stable name for a file's entries in the data folder: its stem and a digest of its path.
pub fn file_key(file: &Path) -> String {
    let stem: String = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    let d = format!("{:?}", digest(file.as_os_str().as_encoded_bytes()));
    format!("{stem}-{d}")
}

fn path_for(data_dir: &Path, file: &Path) -> PathBuf {
    data_dir.join("resume").join(format!("{}.toml", file_key(file)))
}

/// What was remembered of `file`; nothing when there is no entry or it cannot be read (it is a
/// convenience: a broken entry is ignored and replaced on the next write).
pub fn load(data_dir: &Path, file: &Path) -> Option<Resume> {
    let text = std::fs::read_to_string(path_for(data_dir, file)).ok()?;
    toml::from_str::<Resume>(&text).ok().filter(|r| r.file == file)
}

/// Remember `resume` (atomically and durably: a draft must survive a dead battery).
pub fn store(data_dir: &Path, resume: &Resume) -> crate::Result<()> {
    let path = path_for(data_dir, &resume.file);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| crate::Error::io(format!("cannot create {}", dir.display()), e))?;
    }
    let text =
        toml::to_string(resume).map_err(|e| crate::Error::usage(format!("cannot write the resume entry: {e}")))?;
    write_durably(&path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resume_entry_with_a_draft_round_trips_through_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("north plant.toml");
        let r = Resume {
            file: file.clone(),
            interviewee: "B. Engineer".into(),
            questionnaire: Some("iec62443-3-3".into()),
            target: Some("Z1".into()),
            requirement: Some("SR 1.2".into()),
            draft: Some(Draft {
                when: Timestamp::UNIX_EPOCH,
                text: DraftText::Reason {
                    answer: AnswerId::new("iec62443-3-3", Some("Z1"), "SR 1.2"),
                    value: "na".into(),
                    text: "No wireless\nat all".into(),
                },
            }),
            kept: vec![Draft {
                when: Timestamp::UNIX_EPOCH,
                text: DraftText::Interviewee {
                    text: "A. Operator".into(),
                },
            }],
        };
        store(dir.path(), &r).unwrap();
        assert_eq!(load(dir.path(), &file), Some(r));
        assert!(file_key(&file).starts_with("north_plant-"));
        assert_eq!(load(dir.path(), &dir.path().join("other.toml")), None);
    }
}
