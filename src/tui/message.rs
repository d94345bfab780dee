//! What flows between `update` and the runtime: messages in (keys, and the outcome of what the
//! runtime did), effects out (what must touch the world). Every screen speaks these; none owns them.

use crate::assessment::Assessment;
use crate::assessment::storage::{Digest, Reloaded};
use crate::tui::resume::Resume;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    /// The runtime wrote the assessment to disk, or could not.
    Saved(Result<Timestamp, SaveFailure>),
    /// The runtime opened (or created) an assessment file, or could not.
    Opened(Result<Opened, String>),
    /// The runtime read back a file another program changed, or could not.
    Reloaded(Result<Box<Reloaded>, String>),
    /// The runtime wrote the assessment under another name and holds that file now, or could not
    /// (the name asked for, and why).
    SavedAs(Result<PathBuf, (PathBuf, String)>),
    /// The runtime wrote an export, or could not.
    Exported(Result<PathBuf, String>),
    /// An export's file exists already (and is not an assessment): ask before replacing it.
    ExportExists(crate::export::Kind, PathBuf),
    /// The file held comments a person wrote; before its first rewrite it was copied here.
    CopiedAside(PathBuf),
    /// SIGTERM, SIGHUP or SIGINT: keep everything typed and quit now, without asking.
    Signal,
    /// A second passed without a key: a draft typed since is kept on disk.
    Tick,
    /// The terminal's size, at start and whenever it changes.
    Resized(u16, u16),
}

/// Why a save did not reach the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveFailure {
    pub reason: String,
    /// Another program changed the file: it was not overwritten.
    pub changed_on_disk: bool,
    /// Where the runtime kept a copy of the unsaved assessment instead, if it could.
    pub recovery: Option<PathBuf>,
}

impl SaveFailure {
    /// A plain failure (a full disk, a read-only folder), for tests and simple stores.
    pub fn new(reason: impl Into<String>) -> SaveFailure {
        SaveFailure {
            reason: reason.into(),
            changed_on_disk: false,
            recovery: None,
        }
    }
}

impl From<&str> for SaveFailure {
    fn from(reason: &str) -> SaveFailure {
        SaveFailure::new(reason)
    }
}

/// An assessment file the runtime opened, with what the user's data folder remembers of it.
#[derive(Debug)]
pub struct Opened {
    pub path: PathBuf,
    pub assessment: Box<Assessment>,
    /// Interviewee, position and any unfinished text from the last time this file was open.
    pub resume: Option<Box<Resume>>,
    /// Changes that could not be saved to this file last time, kept in the data folder.
    pub recovered: Option<Recovered>,
}

/// A recovery copy: the assessment as it was in memory when saving failed, and the version of the
/// file it was based on (so it can be re-applied with a three-way merge).
#[derive(Debug, Clone)]
pub struct Recovered {
    pub path: PathBuf,
    pub mine: Box<Assessment>,
    pub base: Box<Assessment>,
}

impl Opened {
    pub fn new(path: PathBuf, assessment: Assessment) -> Opened {
        Opened {
            path,
            assessment: Box::new(assessment),
            resume: None,
            recovered: None,
        }
    }
}

#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Write the session's assessment to its file.
    Save,
    /// Write it over the version a reload read (if the file still holds that version).
    SaveOver(Digest),
    /// Read back the file another program changed, for re-applying the unsaved changes.
    Reload,
    /// Write the assessment to a new file and go on with that one.
    SaveAs(PathBuf),
    /// Open an existing assessment file.
    Open(PathBuf),
    /// Create a new assessment file.
    Create(PathBuf, Box<Assessment>),
    /// Write an export of the session's assessment; `true`: replacing an existing file (never an
    /// assessment) was confirmed.
    Export(crate::export::Kind, PathBuf, bool),
    /// Copy a demo assessment (the water works, or its integrator's 62443-2-4 self-assessment)
    /// and open the copy.
    OpenDemo(crate::demo::Demo),
    /// Write what to come back to: the open file's interviewee, position and unfinished text,
    /// and the new-assessment form's draft.
    Remember(Box<crate::tui::resume::Memory>),
    /// Forget a recovery copy (its changes were re-applied and saved).
    DropRecovery(PathBuf),
    /// Release the open file.
    Close,
    Quit,
}

/// Keys for tests: a plain key press.
pub fn press(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Keys for tests: a key with Ctrl held.
pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Whether `k` is Ctrl and the character `c`.
pub fn is_ctrl(k: &KeyEvent, c: char) -> bool {
    k.modifiers.contains(KeyModifiers::CONTROL) && k.code == KeyCode::Char(c)
}
