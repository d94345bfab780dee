//! The terminal interface: model / message / update / view. This file is the runtime: it owns
//! the terminal and the open file, turns terminal events into messages, runs `update`, carries out
//! the effects it asks for (save, open, create), and draws `view`. The terminal is restored on
//! every exit path, panics included (ratatui's panic hook plus a drop guard).

pub mod answering;
pub mod export;
pub mod form;
pub mod keymap;
pub mod model;
pub mod theme;
pub mod update;
pub mod view;
pub mod zones;

use crate::assessment::AssessmentFile;
use crate::assessment::storage::{Store, write_durably};
use crate::catalog::Catalog;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crossterm::event::{self, Event, KeyEventKind};
use model::Model;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use update::{Effect, Msg, update};

#[derive(Default, Serialize, Deserialize)]
struct Recent {
    #[serde(default)]
    files: Vec<PathBuf>,
}

fn recent_path(data_dir: &Path) -> PathBuf {
    data_dir.join("recent.toml")
}

fn load_recent(data_dir: &Path) -> Vec<PathBuf> {
    std::fs::read_to_string(recent_path(data_dir))
        .ok()
        .and_then(|t| toml::from_str::<Recent>(&t).ok())
        .map(|r| r.files)
        .unwrap_or_default()
}

fn save_recent(data_dir: &Path, files: &[PathBuf]) {
    let recent = Recent { files: files.to_vec() };
    if let Ok(text) = toml::to_string(&recent)
        && std::fs::create_dir_all(data_dir).is_ok()
    {
        // The list of recent files is a convenience; failing to write it is not worth an error.
        let _ = write_durably(&recent_path(data_dir), text.as_bytes());
    }
}

/// Restores the terminal when dropped, whatever way the loop ends.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        ratatui::restore();
    }
}

/// The model the interface starts with.
pub fn initial_model(catalog: Catalog, texts: Texts, config: &Config, data_dir: PathBuf) -> Result<Model> {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = theme::Theme::by_name(config.theme.as_deref().unwrap_or("default"), no_color);
    let recent = load_recent(&data_dir);
    let mut model = Model::new(catalog, texts, theme, recent, data_dir);
    model.assessor = config.assessor.clone().unwrap_or_default();
    model.time_zone = jiff::tz::TimeZone::system();
    model.keymap = keymap::Keymap::with_overrides(&config.keys).map_err(Error::usage)?;
    Ok(model)
}

/// Carry out one effect; what it produced comes back as a message.
fn perform(effect: Effect, model: &mut Model, file: &mut Option<Box<dyn Store>>) -> Option<Msg> {
    match effect {
        Effect::Save => {
            let (Some(handle), Some(s)) = (file.as_mut(), &model.session) else {
                return Some(Msg::Saved(Err("no file is open".into())));
            };
            Some(Msg::Saved(
                handle
                    .save(&s.assessment)
                    .map(|()| jiff::Timestamp::now())
                    .map_err(|e| e.to_string()),
            ))
        }
        Effect::Open(path) => {
            *file = None;
            Some(Msg::Opened(match AssessmentFile::open(&path, &model.catalog) {
                Ok((handle, a)) => {
                    *file = Some(Box::new(handle));
                    Ok((path, Box::new(a)))
                }
                Err(e) => Err(e.to_string()),
            }))
        }
        Effect::Create(path, mut a) => {
            *file = None;
            if a.risk_model.is_none() {
                a.risk_model = model.catalog.risk_model("default").cloned();
            }
            if let Some(parent) = path.parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            Some(Msg::Opened(match AssessmentFile::create(&path, &a) {
                Ok(handle) => {
                    *file = Some(Box::new(handle));
                    Ok((path, a))
                }
                Err(e) => Err(e.to_string()),
            }))
        }
        Effect::Export(format, output) => {
            let s = model.session.as_ref()?;
            if output == s.path {
                return Some(Msg::Exported(Err(
                    "the export would overwrite the assessment itself".into()
                )));
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
            let copy = crate::demo::fresh_copy(&model.data_dir, jiff::Timestamp::now());
            match copy {
                Ok(path) => perform(Effect::Open(path), model, file),
                Err(e) => Some(Msg::Opened(Err(e.to_string()))),
            }
        }
        Effect::Close => {
            *file = None;
            None
        }
        Effect::Quit => None,
    }
}

/// Apply a message and carry out the effects it asks for, until nothing more follows.
/// (`file` is where the open assessment is saved: the real file, or in tests a stand-in.)
pub fn step(model: &mut Model, msg: Msg, file: &mut Option<Box<dyn Store>>) {
    let mut queue = vec![msg];
    while let Some(msg) = queue.pop() {
        for effect in update(model, msg, jiff::Timestamp::now()) {
            if let Some(next) = perform(effect, model, file) {
                queue.push(next);
            }
        }
    }
}

/// Run the interface until the user quits. `open` is a file to open at once.
pub fn run(catalog: Catalog, texts: Texts, config: &Config, open: Option<PathBuf>, learn: bool) -> Result<()> {
    let data_dir = crate::config::data_dir().unwrap_or_else(|| PathBuf::from("."));
    let mut model = initial_model(catalog, texts, config, data_dir)?;
    // The list of recent files is written only when it changes (opening a file puts it first).
    let mut recent_seen = model.recent.clone();
    let mut file: Option<Box<dyn Store>> = None;
    if let Some(path) = open {
        let (handle, a) = AssessmentFile::open(&path, &model.catalog)?;
        file = Some(Box::new(handle));
        let path = path.canonicalize().unwrap_or(path);
        update(&mut model, Msg::Opened(Ok((path, Box::new(a)))), jiff::Timestamp::now());
    }
    if learn {
        model.screen = model::Screen::Learn;
    }
    let mut terminal = ratatui::try_init().map_err(|e| Error::io("cannot start the terminal interface", e))?;
    let _guard = TerminalGuard;
    while !model.quit {
        if model.recent != recent_seen {
            recent_seen = model.recent.clone();
            save_recent(&model.data_dir, &recent_seen);
        }
        terminal
            .draw(|frame| view::view(&model, frame))
            .map_err(|e| Error::io("cannot draw", e))?;
        let event = event::read().map_err(|e| Error::io("cannot read the keyboard", e))?;
        if let Event::Key(k) = event
            && k.kind != KeyEventKind::Release
        {
            step(&mut model, Msg::Key(k), &mut file);
        }
    }
    Ok(())
}
