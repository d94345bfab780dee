//! Shared by the interview-day tests: a model with the built-in content, a small plant, keys,
//! and a real file in a temporary folder opened through the runtime.
#![allow(dead_code)]

use crossterm::event::KeyCode;
use iacs_assess::assessment::{Answer, AnswerId, Assessment, AssessmentFile, Zone, storage};
use iacs_assess::tui::effects::Runtime;
use iacs_assess::tui::model::Model;
use iacs_assess::tui::step;
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Effect, Msg, Opened, press, update};
use jiff::Timestamp;
use std::path::{Path, PathBuf};

use super::common;

pub const T0: Timestamp = Timestamp::UNIX_EPOCH;

pub fn at(second: i64) -> Timestamp {
    Timestamp::from_second(second).unwrap()
}

pub fn model(data: &Path) -> Model {
    let mut texts = common::texts();
    texts.select(None);
    let mut m = Model::new(
        common::catalog(),
        texts,
        Theme::monochrome(),
        vec![],
        data.to_path_buf(),
    );
    m.assessor = "A. Auditor".into();
    m
}

pub fn plant() -> Assessment {
    let mut a = Assessment::new(
        "North plant",
        "en",
        vec!["iec62443-2-4".into(), "iec62443-3-3".into()],
        T0,
    );
    a.zones.push(Zone {
        system: String::new(),
        id: "Z1".into(),
        name: "Control network".into(),
        description: String::new(),
        assets: vec![],
        layer: None,
        adjustments: vec![],
        sl_t: None,
    });
    a
}

pub fn opened() -> Model {
    let mut m = model(Path::new("/data"));
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/plants/north.toml"), plant()))),
        T0,
    );
    m
}

pub fn keys_at(m: &mut Model, text: &str, now: Timestamp) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| update(m, press(KeyCode::Char(c)), now))
        .collect()
}

pub fn keys(m: &mut Model, text: &str) -> Vec<Effect> {
    keys_at(m, text, T0)
}

pub fn key(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, press(code), T0)
}

pub fn id(r: &str) -> AnswerId {
    AnswerId::new("iec62443-2-4", None, r)
}

pub fn answer(m: &Model, r: &str) -> Option<Answer> {
    m.session.as_ref()?.assessment.answer(id(r).key()).cloned()
}

/// Name the person interviewed: typing replaces the name shown.
pub fn name_interviewee(m: &mut Model, name: &str) {
    keys(m, "i");
    keys(m, name);
    key(m, KeyCode::Enter);
    assert_eq!(m.session.as_ref().unwrap().interviewee, name);
}

/// A real file in a temporary folder, opened through the runtime.
pub struct Disk {
    pub _dir: tempfile::TempDir,
    pub file: PathBuf,
    pub runtime: Runtime,
    pub m: Model,
}

pub fn on_disk() -> Disk {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plant.toml");
    AssessmentFile::create(&file, &plant()).unwrap();
    let m = model(&dir.path().join("data"));
    let mut runtime = Runtime::new(&m);
    let mut d = Disk {
        file: file.canonicalize().unwrap(),
        m,
        runtime: Runtime::new(&model(Path::new("/unused"))),
        _dir: dir,
    };
    let opened = runtime.open(&d.file, &d.m).unwrap();
    d.runtime = runtime;
    step(&mut d.m, Msg::Opened(Ok(opened)), &mut d.runtime);
    d
}

impl Disk {
    pub fn keys(&mut self, text: &str) {
        for c in text.chars() {
            step(&mut self.m, press(KeyCode::Char(c)), &mut self.runtime);
        }
    }

    pub fn key(&mut self, code: KeyCode) {
        step(&mut self.m, press(code), &mut self.runtime);
    }

    pub fn read(&self) -> Assessment {
        storage::read(&self.file, &common::catalog()).unwrap()
    }

    /// Another program changes an answer in the file (a colleague's git pull, say).
    pub fn change_on_disk(&self, r: &str, value: &str) {
        let mut a = self.read();
        let mut x = Answer::new(&id(r), T0);
        x.value = Some(value.into());
        x.interviewee = "Colleague".into();
        a.set_answer(x);
        std::fs::write(&self.file, storage::to_toml(&a).unwrap()).unwrap();
    }
}

pub fn value(a: &Assessment, r: &str) -> Option<String> {
    a.answer(id(r).key())
        .and_then(|x| x.value.as_deref().map(str::to_string))
}
