//! Questions asked in front of any screen, each answered only by keys that mean nothing else
//! there: confirming a deletion by typing the id, leaving with changes that are not in the file,
//! a file another program changed (reload and re-apply, save under another name, keep working),
//! the conflicts of re-applying, and text or changes kept from an earlier session. The types live
//! here; what keys do to them is in `dialog_keys.rs`, drawing in `view/dialog.rs`.

pub mod keys;
pub mod view;

use crate::assessment::storage::Digest;
use crate::assessment::three_way::{Side, ThreeWay};
use crate::i18n::Texts;
use crate::tui::forms::form::{self, Form, Purpose};
use crate::tui::message::Recovered;
use crate::tui::resume::Draft;
use std::path::{Path, PathBuf};

pub enum Dialog {
    /// A deletion, confirmed only by typing the id of what is deleted.
    Delete { what: Deletion, form: Form },
    /// Leaving (see `Model::leaving`) while changes are not in the file.
    Unsaved,
    /// Another program changed the file.
    ChangedOnDisk,
    /// Re-applying changes met changes of the other side: pick a side for each.
    Conflicts(Box<Conflicts>),
    /// Write the assessment under another name.
    SaveAs(Form),
    /// Text typed the last time the file was open, not finished then.
    Draft(Draft),
    /// Changes that could not be saved the last time, kept in the data folder.
    Recovered(Box<Recovered>),
    /// Esc on a form with typed text: throw the text away?
    DiscardForm,
    /// Esc on the home screen: quit the program?
    Quit,
    /// A whole group answered at once: choose the value, or confirm replacing answers given.
    Bulk(Box<crate::tui::screens::questionnaire::state::Bulk>),
    /// Drop a remediation action from the plan? Only `y`, or Enter while "yes" is chosen, drops it.
    DropAction { id: String, yes: bool },
    /// An export's file exists (an older export, say): replace it?
    Replace { kind: crate::export::Kind, path: PathBuf },
}

/// What a deletion removes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deletion {
    /// A zone or conduit, with its answers.
    Target(String),
    Scenario(String),
    /// A component, with its 62443-4-2 answers.
    Component(String),
}

impl Deletion {
    pub fn id(&self) -> &str {
        match self {
            Deletion::Target(id) | Deletion::Scenario(id) | Deletion::Component(id) => id,
        }
    }
}

pub struct Conflicts {
    pub merge: ThreeWay,
    /// The version on disk the result is written over (a reload), or `None` (the file as opened).
    pub over: Option<Digest>,
    /// The side taken for each conflict, in order.
    pub choices: Vec<Side>,
    pub cursor: usize,
    /// The recovery copy being re-applied, forgotten once the result is saved.
    pub recovered: Option<PathBuf>,
}

/// Ask to confirm a deletion by typing the id of what is deleted.
pub fn delete(texts: &Texts, what: Deletion) -> Dialog {
    let form = Form::new(
        Purpose::Dialog,
        texts.ui("confirm-title"),
        vec![form::text("confirm-type-id", "")],
    );
    Dialog::Delete { what, form }
}

/// Ask again for a name to save under: `tried` did not work, for `reason`.
pub fn save_as_again(texts: &Texts, tried: &Path, reason: String) -> Dialog {
    let mut form = Form::new(
        Purpose::Dialog,
        texts.ui("save-as-title"),
        vec![form::text("save-as-file", &tried.display().to_string())],
    );
    form.error_text = Some(reason);
    form.hint = Some("save-as-keys".into());
    Dialog::SaveAs(form)
}

/// Offer "save under another name" for `file`, proposing a name beside it that does not exist.
pub fn save_as(texts: &Texts, file: &Path) -> Dialog {
    let stem = file
        .file_stem()
        .map(|x| x.to_string_lossy().into_owned())
        .unwrap_or_default();
    let proposed = (1..)
        .map(|n| file.with_file_name(format!("{stem}-{n}.toml")))
        .find(|p| !p.exists())
        .unwrap_or_default();
    let mut form = Form::new(
        Purpose::Dialog,
        texts.ui("save-as-title"),
        vec![form::text("save-as-file", &proposed.display().to_string())],
    );
    form.hint = Some("save-as-keys".into());
    Dialog::SaveAs(form)
}
