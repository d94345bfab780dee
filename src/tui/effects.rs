//! The runtime's hands: it holds the open file and the user's data folder, and carries out the
//! effects `update` asks for (save, reload, save as, open, create, export, remember), feeding
//! each outcome back as a message. The only part of the interface that touches files.

use crate::assessment::storage::{Store, to_toml, write_durably};
use crate::assessment::{Assessment, AssessmentFile};
use crate::error::{Error, Result};
use crate::tui::message::{Effect, Msg, Opened, SaveFailure};
use crate::tui::model::Model;
use crate::tui::update::update;
use crate::tui::{memory, recovery, resume};
use std::path::{Path, PathBuf};

pub struct Runtime {
    /// Where the open assessment is saved: the real file, or in tests a stand-in.
    pub file: Option<Box<dyn Store>>,
    data_dir: PathBuf,
    recent_seen: Vec<crate::tui::recent::RecentFile>,
    /// Messages beyond an effect's own outcome, delivered after it.
    more: Vec<Msg>,
}

/// Apply a message and carry out the effects it asks for, until nothing more follows.
pub fn step(model: &mut Model, msg: Msg, runtime: &mut Runtime) {
    let mut queue = vec![msg];
    while let Some(msg) = queue.pop() {
        for effect in update(model, msg, jiff::Timestamp::now()) {
            if let Some(next) = runtime.perform(effect, model) {
                queue.push(next);
            }
            queue.append(&mut runtime.more);
        }
    }
}

impl Runtime {
    pub fn new(model: &Model) -> Runtime {
        Runtime {
            file: None,
            data_dir: model.data_dir.clone(),
            recent_seen: model.recent.clone(),
            more: Vec::new(),
        }
    }

    /// Open `path` for editing (locked), with what the data folder remembers of it.
    pub fn open(&mut self, path: &Path, model: &Model) -> Result<Opened> {
        // One name per file, whatever way it was reached (a link is written through to its target).
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.file = None;
        let (handle, a) = AssessmentFile::open(&path, &model.catalog)?;
        self.file = Some(Box::new(handle));
        Ok(Opened {
            resume: resume::load(&self.data_dir, &path).map(Box::new),
            recovered: recovery::newest(&self.data_dir, &path).0,
            path,
            assessment: Box::new(a),
        })
    }

    /// Write the list of recent files when it changed.
    pub fn remember_recent(&mut self, model: &Model) {
        if model.recent == self.recent_seen {
            return;
        }
        self.recent_seen = model.recent.clone();
        if let Some(text) = crate::tui::recent::to_toml(&self.recent_seen)
            && std::fs::create_dir_all(&self.data_dir).is_ok()
        {
            // A convenience; failing to write it is not worth an error.
            let _ = write_durably(&self.data_dir.join("recent.toml"), text.as_bytes());
        }
    }

    /// Keep what to come back to: the open file's resume entry, and the new-assessment form's draft.
    /// (A convenience for the position; text typed in editors reached the assessment before, and
    /// a draft is offered again only if this write succeeded, so a failure here loses nothing
    /// that was acknowledged.)
    fn remember(&self, memory: &resume::Memory) {
        if let Some(r) = &memory.resume {
            let _ = resume::store(&self.data_dir, r);
        }
        let _ = resume::store_wizard(&self.data_dir, memory.wizard.as_ref());
    }

    /// After a panic: keep the typed text and what was not saved, as far as anything can be done.
    pub fn salvage(&mut self, model: &Model) {
        self.remember(&memory::memory(model, jiff::Timestamp::now()));
        if model.has_unsaved() {
            self.keep_recovery(model);
        }
    }

    /// Write the session's assessment to a recovery copy (this session's, or a new one).
    fn keep_recovery(&self, model: &Model) -> Option<PathBuf> {
        let s = model.session.as_ref()?;
        let path = model
            .recovery
            .clone()
            .unwrap_or_else(|| recovery::new_path(&self.data_dir, &s.path, jiff::Timestamp::now()));
        let base = self.file.as_ref().and_then(|f| f.base_text()).or_else(|| {
            // Without the version it started from, compare with an empty plant: every piece then
            // counts as added, so nothing of the copy is ever taken for unchanged.
            let mut empty = Assessment::new("", "", Vec::new(), s.assessment.assessment.created);
            empty.assessment = s.assessment.assessment.clone();
            to_toml(&empty).ok()
        })?;
        recovery::keep(&path, &s.assessment, &base).ok().map(|()| path)
    }

    fn saved(&mut self, result: Result<()>, model: &Model) -> Msg {
        match result {
            Ok(()) => {
                if let Some(p) = &model.recovery {
                    recovery::forget(p);
                }
                if let Some(copy) = self.file.as_mut().and_then(|f| f.take_backup()) {
                    self.more.push(Msg::CopiedAside(copy));
                }
                Msg::Saved(Ok(jiff::Timestamp::now()))
            }
            Err(e) => Msg::Saved(Err(SaveFailure {
                changed_on_disk: matches!(e, Error::ChangedOnDisk(_)),
                reason: e.to_string(),
                recovery: self.keep_recovery(model),
            })),
        }
    }

    /// Carry out one effect; what it produced comes back as a message.
    fn perform(&mut self, effect: Effect, model: &mut Model) -> Option<Msg> {
        match effect {
            Effect::Save | Effect::SaveOver(_) => {
                let (Some(store), Some(s)) = (self.file.as_mut(), &model.session) else {
                    return Some(Msg::Saved(Err("no file is open".into())));
                };
                let result = match effect {
                    Effect::SaveOver(theirs) => store.save_over(&s.assessment, theirs),
                    _ => store.save(&s.assessment),
                };
                Some(self.saved(result, model))
            }
            Effect::Reload => {
                let store = self.file.as_mut()?;
                Some(Msg::Reloaded(
                    store.reload(&model.catalog).map(Box::new).map_err(|e| e.to_string()),
                ))
            }
            Effect::SaveAs(path) => {
                let s = model.session.as_ref()?;
                if path == s.path {
                    return Some(Msg::SavedAs(Err((path, model.texts.ui("save-as-same")))));
                }
                Some(Msg::SavedAs(match AssessmentFile::create(&path, &s.assessment) {
                    Ok(handle) => {
                        if let Some(p) = &model.recovery {
                            recovery::forget(p);
                        }
                        self.file = Some(Box::new(handle));
                        Ok(path.canonicalize().unwrap_or(path))
                    }
                    Err(e) => Err((path, e.to_string())),
                }))
            }
            Effect::Open(path) => Some(Msg::Opened(self.open(&path, model).map_err(|e| e.to_string()))),
            Effect::Create(path, mut a) => {
                self.file = None;
                if a.risk_model.is_none() {
                    a.risk_model = model.catalog.risk_model("default").cloned();
                }
                if let Some(parent) = path.parent() {
                    let _ = std::fs::create_dir_all(parent);
                }
                Some(Msg::Opened(match AssessmentFile::create(&path, &a) {
                    Ok(handle) => {
                        self.file = Some(Box::new(handle));
                        Ok(Opened::new(path.canonicalize().unwrap_or(path), *a))
                    }
                    Err(e) => Err(e.to_string()),
                }))
            }
            Effect::Export(format, output, replace) => {
                let s = model.session.as_ref()?;
                match crate::output::check(&output, &[&s.path]) {
                    Err(e) => return Some(Msg::Exported(Err(e.to_string()))),
                    Ok(crate::output::Target::Existing) if !replace => {
                        return Some(Msg::ExportExists(format, output));
                    }
                    Ok(_) => {}
                }
                let result = crate::export::write(
                    &s.assessment,
                    &model.catalog,
                    &mut model.texts,
                    format,
                    &s.path,
                    &output,
                );
                Some(Msg::Exported(result.map(|()| output).map_err(|e| e.to_string())))
            }
            Effect::OpenDemo => {
                match crate::demo::fresh_copy(&crate::demo::copies_dir(&model.data_dir), jiff::Timestamp::now()) {
                    Ok(path) => self.perform(Effect::Open(path), model),
                    Err(e) => Some(Msg::Opened(Err(e.to_string()))),
                }
            }
            Effect::Remember(memory) => {
                self.remember(&memory);
                None
            }
            Effect::DropRecovery(path) => {
                recovery::forget(&path);
                None
            }
            Effect::Close => {
                self.file = None;
                None
            }
            Effect::Quit => None,
        }
    }
}
