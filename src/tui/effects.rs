//! The runtime's hands: it holds the open file and the user's data folder, and carries out the
//! effects `update` asks for (save, reload, save as, open, create, export, remember), feeding
//! each outcome back as a message. The only part of the interface that touches files. Saves go
//! through the writer (`writer.rs`): on a thread in the real interface, so a save's outcome comes
//! back later (`written`), and everything that needs the file quiet waits for it first (`settle`).

use crate::assessment::storage::{Store, to_toml, write_durably};
use crate::assessment::{Assessment, AssessmentFile};
use crate::error::{Error, Result};
use crate::tui::message::{Effect, Msg, Opened, SaveFailure};
use crate::tui::model::Model;
use crate::tui::update::update;
use crate::tui::writer::{Job, Wake, Writer, Written};
use crate::tui::{memory, recovery, resume};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub struct Runtime {
    /// Where the open assessment is saved (the real file, or in tests a stand-in), and how.
    writer: Writer,
    data_dir: PathBuf,
    recent_seen: Vec<crate::tui::recent::RecentFile>,
    /// Messages beyond an effect's own outcome, delivered after it.
    more: Vec<Msg>,
}

/// Apply a message and carry out the effects it asks for, until nothing more follows.
pub fn step(model: &mut Model, msg: Msg, runtime: &mut Runtime) {
    deliver(model, Some(msg), runtime);
}

/// `msg`, after the runtime's other messages (in the order they came), through `update`.
fn deliver(model: &mut Model, msg: Option<Msg>, runtime: &mut Runtime) {
    let mut queue: Vec<Msg> = msg.into_iter().collect();
    queue.extend(runtime.more.drain(..).rev());
    while let Some(msg) = queue.pop() {
        for effect in update(model, msg, jiff::Timestamp::now()) {
            if let Some(next) = runtime.perform(effect, model) {
                queue.push(next);
            }
            queue.extend(runtime.more.drain(..).rev());
        }
    }
}

/// Start the write the last changes asked for, if none is running. The loop calls this after
/// drawing, so a key's frame is on screen before any save work it caused.
pub fn start_writes(model: &mut Model, runtime: &mut Runtime) {
    let msg = runtime.start_write(model);
    deliver(model, msg, runtime);
}

/// The writer's thread woke the loop: a write returned. The next write starts (after the frame)
/// if changes came meanwhile; otherwise `update` hears how it went.
pub fn written(model: &mut Model, runtime: &mut Runtime) {
    let msg = runtime.writer.collect().and_then(|w| runtime.outcome(w, model));
    deliver(model, msg, runtime);
}

/// Wait for the writer and tell `update` how it went (the end of the program).
pub fn finish(model: &mut Model, runtime: &mut Runtime) {
    runtime.settle(model);
    deliver(model, None, runtime);
}

impl Runtime {
    /// Writes run at once, on the caller's thread (tests that drive `step`).
    pub fn new(model: &Model) -> Runtime {
        Runtime {
            writer: Writer::inline(),
            data_dir: model.data_dir.clone(),
            recent_seen: model.recent.clone(),
            more: Vec::new(),
        }
    }

    /// Writes run on the writer's thread; `wake` is called there when one returned (the loop then
    /// calls [`written`]).
    pub fn threaded(model: &Model, wake: Wake) -> Runtime {
        Runtime {
            writer: Writer::threaded(wake),
            ..Runtime::new(model)
        }
    }

    /// Save to `store` from now on (a stand-in disk in tests).
    pub fn set_store(&mut self, store: Box<dyn Store>, model: &Model) {
        self.settle(model);
        self.writer.replace(Some(store));
    }

    /// Whether a write is running or asked for.
    pub fn writing(&self) -> bool {
        !self.writer.quiet()
    }

    /// Start the write asked for, if none runs; inline, its outcome.
    fn start_write(&mut self, model: &Model) -> Option<Msg> {
        if !self.writer.ready() {
            return None;
        }
        let Some(s) = &model.session else {
            self.writer.forget_wanted();
            return Some(Msg::Saved(Err("no file is open".into())));
        };
        let written = self.writer.start(Arc::clone(&s.assessment), s.revision)?;
        self.outcome(written, model)
    }

    /// What a returned write means for `update`: nothing yet when the session changed since its
    /// snapshot (the next write, asked for by that change, will tell); else saved or failed.
    /// "Saved" is never said of a change that is not on disk. After a failure no write is
    /// started for the changes that came meanwhile: the recovery copy holds them, and the next
    /// change (or Ctrl-S) tries again, as after any failure.
    fn outcome(&mut self, written: Written, model: &Model) -> Option<Msg> {
        let newer = model.session.as_ref().is_some_and(|s| s.revision != written.revision);
        if written.result.is_err() {
            self.writer.forget_wanted();
        } else if newer {
            self.writer.want(Job::Save);
            if let Some(copy) = self.writer.store().and_then(|f| f.take_backup()) {
                self.more.push(Msg::CopiedAside(copy));
            }
            return None;
        }
        Some(self.saved(written.result, model))
    }

    /// Wait until every write asked for has returned: before anything that needs the file quiet.
    /// With a session open, `update` hears the outcomes (before the effect's own message); with
    /// none (it was closed), there is nobody to tell.
    fn settle(&mut self, model: &Model) {
        loop {
            let written = match self.writer.wait() {
                Some(written) => written,
                // A write asked for and not started yet: start it (inline, its outcome is here).
                None if self.writer.ready() && model.session.is_some() => {
                    let outcome = self.start_write(model);
                    self.more.extend(outcome);
                    continue;
                }
                None => break,
            };
            if let Some(msg) = self.outcome(written, model)
                && model.session.is_some()
            {
                self.more.push(msg);
            }
        }
        self.writer.forget_wanted();
    }

    /// Open `path` for editing (locked), with what the data folder remembers of it.
    pub fn open(&mut self, path: &Path, model: &Model) -> Result<Opened> {
        // One name per file, whatever way it was reached (a link is written through to its target).
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.settle(model);
        self.writer.replace(None);
        let (handle, a) = AssessmentFile::open(&path, &model.catalog)?;
        self.writer.replace(Some(Box::new(handle)));
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
        // Let the running write finish; if it wrote the assessment as it is, nothing needs a copy.
        let mut on_disk = None;
        while let Some(w) = self.writer.wait() {
            on_disk = w.result.is_ok().then_some(w.revision);
        }
        let written = on_disk.is_some() && on_disk == model.session.as_ref().map(|s| s.revision);
        if model.has_unsaved() && !written {
            self.keep_recovery(model);
        }
    }

    /// Write the session's assessment to a recovery copy (this session's, or a new one).
    fn keep_recovery(&mut self, model: &Model) -> Option<PathBuf> {
        let s = model.session.as_ref()?;
        let path = model
            .recovery
            .clone()
            .unwrap_or_else(|| recovery::new_path(&self.data_dir, &s.path, jiff::Timestamp::now()));
        let base = self.writer.store().and_then(|f| f.base_text()).or_else(|| {
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
                if let Some(copy) = self.writer.store().and_then(|f| f.take_backup()) {
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
                self.writer.want(match effect {
                    Effect::SaveOver(theirs) => Job::SaveOver(theirs),
                    _ => Job::Save,
                });
                // On the writer's thread, the write starts after the frame (`start_writes`).
                if self.writer.is_threaded() {
                    return None;
                }
                self.start_write(model)
            }
            Effect::Reload => {
                self.settle(model);
                let store = self.writer.store()?;
                Some(Msg::Reloaded(
                    store.reload(&model.catalog).map(Box::new).map_err(|e| e.to_string()),
                ))
            }
            Effect::SaveAs(path) => {
                let s = model.session.as_ref()?;
                if path == s.path {
                    return Some(Msg::SavedAs(Err((path, model.texts.ui("save-as-same")))));
                }
                self.settle(model);
                Some(Msg::SavedAs(match AssessmentFile::create(&path, &s.assessment) {
                    Ok(handle) => {
                        if let Some(p) = &model.recovery {
                            recovery::forget(p);
                        }
                        self.writer.replace(Some(Box::new(handle)));
                        Ok(path.canonicalize().unwrap_or(path))
                    }
                    Err(e) => Err((path, e.to_string())),
                }))
            }
            Effect::Open(path) => Some(Msg::Opened(self.open(&path, model).map_err(|e| e.to_string()))),
            Effect::Create(path, mut a) => {
                self.settle(model);
                self.writer.replace(None);
                if a.risk_model.is_none() {
                    a.risk_model = model.catalog.risk_model("default").cloned();
                }
                if let Some(parent) = path.parent() {
                    let _ = std::fs::create_dir_all(parent);
                }
                Some(Msg::Opened(match AssessmentFile::create(&path, &a) {
                    Ok(handle) => {
                        self.writer.replace(Some(Box::new(handle)));
                        Ok(Opened::new(path.canonicalize().unwrap_or(path), *a))
                    }
                    Err(e) => Err(e.to_string()),
                }))
            }
            Effect::Export(kind, output, replace) => {
                let s = model.session.as_ref()?;
                match crate::output::check(&output, &[&s.path]) {
                    Err(e) => return Some(Msg::Exported(Err(e.to_string()))),
                    Ok(crate::output::Target::Existing) if !replace => {
                        return Some(Msg::ExportExists(kind, output));
                    }
                    Ok(_) => {}
                }
                let result = crate::export::write_with(
                    &s.assessment,
                    &model.catalog,
                    &mut model.texts,
                    kind.format,
                    (&s.path, &output),
                    &crate::export::Options {
                        effort: model.effort.clone(),
                        csv_dialect: kind.csv_dialect,
                        ..Default::default()
                    },
                );
                Some(Msg::Exported(result.map(|()| output).map_err(|e| e.to_string())))
            }
            Effect::OpenDemo(demo) => {
                match demo.fresh_copy(&crate::demo::copies_dir(&model.data_dir), jiff::Timestamp::now()) {
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
                self.settle(model);
                self.writer.replace(None);
                None
            }
            // The last write returns before the program ends.
            Effect::Quit => {
                self.settle(model);
                None
            }
        }
    }
}
