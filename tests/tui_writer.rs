//! Saving off the interface thread (src/tui/writer.rs), with the runtime's real writer thread and
//! a stand-in disk whose writes return only when the test lets them: changes during a write
//! coalesce into the next one, the status bar says "saving…" until a write holding every change
//! returned, a failure that arrives late still opens the right dialog and keeps a recovery copy,
//! and quitting, a signal and a panic wait for the write.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::storage::Store;
use iacs_assess::assessment::{AnswerKey, Assessment};
use iacs_assess::error::{Error, Result};
use iacs_assess::tui::dialog::Dialog;
use iacs_assess::tui::effects::{self, Runtime};
use iacs_assess::tui::model::{Model, SaveState};
use iacs_assess::tui::step;
use iacs_assess::tui::update::{Msg, Opened, ctrl, press, update};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A disk whose every write waits for the test to say how it ends.
struct GatedDisk {
    /// One per write: how it ends.
    gate: Receiver<Result<()>>,
    /// A write began (and holds its snapshot).
    began: Sender<()>,
    written: Arc<Mutex<Vec<Assessment>>>,
}

impl Store for GatedDisk {
    fn save(&mut self, a: &Assessment) -> Result<()> {
        self.began.send(()).unwrap();
        let result = self.gate.recv().expect("the test says how the write ends");
        if result.is_ok() {
            self.written.lock().unwrap().push(a.clone());
        }
        result
    }

    fn base_text(&self) -> Option<String> {
        let empty = Assessment::new("Plant", "en", vec!["iec62443-2-4".into()], jiff::Timestamp::UNIX_EPOCH);
        iacs_assess::assessment::storage::to_toml(&empty).ok()
    }
}

struct Interface {
    m: Model,
    rt: Runtime,
    gate: Sender<Result<()>>,
    began: Receiver<()>,
    woke: Receiver<()>,
    written: Arc<Mutex<Vec<Assessment>>>,
    _data: tempfile::TempDir,
}

const WAIT: Duration = Duration::from_secs(20);

fn interface() -> Interface {
    let data = tempfile::tempdir().unwrap();
    let mut m = common::model();
    m.data_dir = data.path().to_path_buf();
    let a = Assessment::new("Plant", "en", vec!["iec62443-2-4".into()], jiff::Timestamp::UNIX_EPOCH);
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/plants/plant.toml"), a))),
        jiff::Timestamp::UNIX_EPOCH,
    );
    let (wake, woke) = channel();
    let mut rt = Runtime::threaded(
        &m,
        Arc::new(move || {
            let _ = wake.send(());
        }),
    );
    let (gate, gate_rx) = channel();
    let (began_tx, began) = channel();
    let written = Arc::new(Mutex::new(Vec::new()));
    rt.set_store(
        Box::new(GatedDisk {
            gate: gate_rx,
            began: began_tx,
            written: Arc::clone(&written),
        }),
        &m,
    );
    Interface {
        m,
        rt,
        gate,
        began,
        woke,
        written,
        _data: data,
    }
}

impl Interface {
    /// A key, as the loop handles it: update and effects, the frame, then the save work.
    fn key(&mut self, code: KeyCode) {
        self.msg(press(code));
    }

    fn msg(&mut self, msg: Msg) {
        step(&mut self.m, msg, &mut self.rt);
        self.status();
        effects::start_writes(&mut self.m, &mut self.rt);
    }

    /// A write has begun on the writer's thread.
    fn write_began(&self) {
        self.began.recv_timeout(WAIT).expect("a write began");
    }

    fn no_write_began(&self) {
        assert!(self.began.try_recv().is_err(), "no write may begin now");
    }

    /// Let the running write end with `result`, and handle its return as the loop does.
    fn end_write(&mut self, result: Result<()>) {
        self.gate.send(result).unwrap();
        self.woke.recv_timeout(WAIT).expect("the writer wakes the loop");
        effects::written(&mut self.m, &mut self.rt);
        effects::start_writes(&mut self.m, &mut self.rt);
    }

    /// The screen as drawn (the status bar is the only place saving is spoken of).
    fn status(&self) -> String {
        common::draw(&self.m, 100, 30)
    }

    fn writes(&self) -> Vec<Assessment> {
        self.written.lock().unwrap().clone()
    }
}

fn value(a: &Assessment, requirement: &str) -> Option<String> {
    a.answer(AnswerKey {
        questionnaire: "iec62443-2-4",
        target: None,
        requirement,
    })
    .and_then(|x| x.value.as_deref().map(str::to_string))
}

const FIRST: &str = "SP.01.01 BR";
const SECOND: &str = "SP.01.01 RE(1)";
const THIRD: &str = "SP.01.02 BR";

/// Three answers, the second and third while the first is being written: two writes, the last
/// with all three; "saving…" until it returned, then "saved".
#[test]
fn changes_during_a_write_go_into_one_next_write_and_saved_comes_only_after_it() {
    let mut i = interface();
    i.key(KeyCode::Char('3'));
    i.write_began();
    assert_eq!(i.m.save, SaveState::Pending);
    assert!(i.status().contains("saving…"), "{}", i.status());
    for code in ['j', '2', 'j', '1'] {
        i.key(KeyCode::Char(code));
    }
    i.no_write_began();
    assert!(i.status().contains("saving…"), "{}", i.status());

    // The first write returns: it does not hold the later answers, so it is not "saved" yet;
    // one write follows with everything.
    i.end_write(Ok(()));
    assert_eq!(i.m.save, SaveState::Pending, "the later answers are not on disk yet");
    assert!(i.status().contains("saving…"), "{}", i.status());
    i.write_began();
    i.end_write(Ok(()));
    assert!(matches!(i.m.save, SaveState::Saved(_)), "{:?}", i.m.save);
    assert!(i.status().contains("saved "), "{}", i.status());
    assert!(!i.rt.writing());

    let writes = i.writes();
    assert_eq!(
        writes.len(),
        2,
        "one write for the first key, one for the four after it"
    );
    assert_eq!(value(&writes[0], FIRST).as_deref(), Some("ml3"));
    assert_eq!(value(&writes[0], SECOND), None);
    for (r, v) in [(FIRST, "ml3"), (SECOND, "ml2"), (THIRD, "ml1")] {
        assert_eq!(value(&writes[1], r).as_deref(), Some(v), "{r}");
    }
}

/// The write of the first answer fails (another program changed the file) after a second answer
/// was given: the question about the changed file is asked, and the recovery copy holds both.
#[test]
fn a_failure_that_arrives_late_asks_about_the_file_and_keeps_every_change() {
    let mut i = interface();
    i.key(KeyCode::Char('3'));
    i.write_began();
    i.key(KeyCode::Char('j'));
    i.key(KeyCode::Char('2'));
    i.end_write(Err(Error::ChangedOnDisk(PathBuf::from("/plants/plant.toml"))));
    assert_eq!(i.m.save, SaveState::ChangedOnDisk);
    assert!(matches!(i.m.dialog, Some(Dialog::ChangedOnDisk)));
    i.no_write_began();
    let copy = i.m.recovery.clone().expect("a recovery copy");
    let kept: Assessment = toml::from_str(&std::fs::read_to_string(&copy).unwrap()).unwrap();
    assert_eq!(value(&kept, FIRST).as_deref(), Some("ml3"));
    assert_eq!(value(&kept, SECOND).as_deref(), Some("ml2"));
    assert!(i.writes().is_empty());
}

/// A full disk: the status bar says so; the next change tries again and then says "saved".
#[test]
fn a_failed_write_is_shown_and_the_next_change_writes_everything() {
    let mut i = interface();
    i.key(KeyCode::Char('3'));
    i.write_began();
    i.end_write(Err(Error::io(
        "cannot save plant.toml",
        std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device"),
    )));
    assert!(
        matches!(&i.m.save, SaveState::Failed(e) if e.contains("No space left")),
        "{:?}",
        i.m.save
    );
    assert!(i.status().contains("NOT SAVED"), "{}", i.status());
    i.key(KeyCode::Char('j'));
    i.key(KeyCode::Char('2'));
    i.write_began();
    i.end_write(Ok(()));
    assert!(matches!(i.m.save, SaveState::Saved(_)), "{:?}", i.m.save);
    assert_eq!(i.m.recovery, None);
    let last = i.writes().pop().unwrap();
    assert_eq!(value(&last, FIRST).as_deref(), Some("ml3"));
    assert_eq!(value(&last, SECOND).as_deref(), Some("ml2"));
}

/// Ctrl-C right after an answer: the program does not ask and does not quit before the write
/// returned; then it quits.
#[test]
fn quitting_waits_for_the_last_write() {
    let mut i = interface();
    i.key(KeyCode::Char('3'));
    i.write_began();
    i.msg(ctrl('c'));
    assert!(!i.m.quit, "not before the answer is on disk");
    assert!(i.m.dialog.is_none(), "nothing to ask: the answer is being written");
    i.end_write(Ok(()));
    assert!(i.m.quit);
    assert_eq!(value(&i.writes()[0], FIRST).as_deref(), Some("ml3"));
}

/// Back to the home screen right after an answer: the file is closed only after the write.
#[test]
fn closing_waits_for_the_last_write() {
    let mut i = interface();
    i.key(KeyCode::Char('3'));
    i.write_began();
    i.key(KeyCode::Char('q'));
    assert!(i.m.session.is_some(), "still open while the answer is written");
    assert!(i.m.dialog.is_none(), "nothing to ask: the answer is being written");
    i.end_write(Ok(()));
    assert!(i.m.session.is_none(), "closed once it is on disk");
    assert_eq!(i.m.save, SaveState::NoFile);
}

/// SIGTERM while a write runs and another change waits: both are written before the program
/// ends, and the status is "saved".
#[test]
fn a_signal_finishes_the_running_write_and_the_waiting_change() {
    let mut i = interface();
    i.key(KeyCode::Char('3'));
    i.write_began();
    i.key(KeyCode::Char('j'));
    i.key(KeyCode::Char('2'));
    // Both writes may end well whenever they come.
    i.gate.send(Ok(())).unwrap();
    i.gate.send(Ok(())).unwrap();
    step(&mut i.m, Msg::Signal, &mut i.rt);
    assert!(i.m.quit);
    assert!(!i.rt.writing(), "nothing runs after the signal was handled");
    assert!(matches!(i.m.save, SaveState::Saved(_)), "{:?}", i.m.save);
    let writes = i.writes();
    assert_eq!(writes.len(), 2);
    assert_eq!(value(&writes[1], SECOND).as_deref(), Some("ml2"));
}

/// A panic while a write runs: the write is waited for; a change it does not hold goes into a
/// recovery copy, and none is made when it holds everything.
#[test]
fn a_panic_keeps_what_the_running_write_does_not_hold() {
    let recovery_copies = |data: &Path| {
        std::fs::read_dir(data.join("recovery"))
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
                    .count()
            })
            .unwrap_or(0)
    };
    let mut i = interface();
    i.key(KeyCode::Char('3'));
    i.write_began();
    i.gate.send(Ok(())).unwrap();
    i.rt.salvage(&i.m);
    assert_eq!(recovery_copies(&i.m.data_dir), 0, "the write held every change");

    let mut i = interface();
    i.key(KeyCode::Char('3'));
    i.write_began();
    i.key(KeyCode::Char('j'));
    i.key(KeyCode::Char('2'));
    i.gate.send(Ok(())).unwrap();
    i.rt.salvage(&i.m);
    assert_eq!(recovery_copies(&i.m.data_dir), 1);
    let (copy, _) = iacs_assess::tui::recovery::newest(&i.m.data_dir, Path::new("/plants/plant.toml"));
    assert_eq!(value(&copy.unwrap().mine, SECOND).as_deref(), Some("ml2"));
}

/// While the writer holds a snapshot, a change copies the session's assessment: the snapshot
/// stays as it was handed over.
#[test]
fn a_change_during_a_write_never_changes_what_is_being_written() {
    let mut i = interface();
    i.key(KeyCode::Char('3'));
    i.write_began();
    i.key(KeyCode::Char('1'));
    i.end_write(Ok(()));
    assert_eq!(
        value(&i.writes()[0], FIRST).as_deref(),
        Some("ml3"),
        "the snapshot as handed over"
    );
    i.write_began();
    i.end_write(Ok(()));
    assert_eq!(value(&i.writes()[1], FIRST).as_deref(), Some("ml1"));
}
