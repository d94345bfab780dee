//! Saving off the interface thread, end to end in a pseudo-terminal: answers typed faster than a
//! write survive SIGKILL once the screen says "saved"; quitting or a signal right after a key
//! still writes it first.

mod common;
mod pty;

use crossterm::event::KeyCode;
use iacs_assess::assessment::{AnswerKey, Assessment, AssessmentFile, storage};
use iacs_assess::tui::update::{Msg, Opened, press, update};
use pty::Session;
use std::path::Path;
use std::time::{Duration, Instant};

/// The keys typed, as fast as the terminal takes them: an answer to each of the first five
/// requirements of the first questionnaire, each a value it does not hold yet, and moves between.
fn keys(file: &str) -> String {
    let a = storage::read(Path::new(file), &common::catalog()).unwrap();
    let q = common::catalog()
        .questionnaire(&a.assessment.questionnaires[0])
        .unwrap()
        .clone();
    let answers: Vec<String> = q.requirements[..5]
        .iter()
        .map(|r| {
            let now = on_disk(file, &q.id, None, &r.id);
            let key = ['3', '2', '1', '4']
                .into_iter()
                .find(|k| now != Some(format!("ml{k}")))
                .unwrap();
            key.to_string()
        })
        .collect();
    answers.join("j")
}

/// A generated plant with zones and every questionnaire answered, large enough that writing it
/// takes longer than reading a key (so keys arrive while a write runs).
fn plant(home: &Path) -> String {
    let file = home.join("plant.toml");
    let a = iacs_assess::generate::large_assessment(&common::catalog(), 10, 100);
    AssessmentFile::create(&file, &a).unwrap();
    file.to_string_lossy().into_owned()
}

/// What `keys` leave in the assessment, worked out by `update` alone: (requirement, target, value).
fn expected(file: &str, keys: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let a = storage::read(Path::new(file), &common::catalog()).unwrap();
    let mut m = common::model();
    let t = jiff::Timestamp::UNIX_EPOCH;
    update(&mut m, Msg::Opened(Ok(Opened::new(file.into(), a))), t);
    for c in keys.chars() {
        update(&mut m, press(KeyCode::Char(c)), t);
    }
    let s = m.session.as_ref().unwrap();
    let q = m.questionnaire().unwrap();
    q.requirements[..5]
        .iter()
        .map(|r| {
            let value = m.answer_to(&r.id).and_then(|x| x.value.as_deref().map(str::to_string));
            (r.id.clone(), s.target.clone(), value)
        })
        .collect()
}

fn on_disk(file: &str, questionnaire: &str, target: Option<&str>, requirement: &str) -> Option<String> {
    let a: Assessment = storage::read(Path::new(file), &common::catalog()).unwrap();
    a.answer(AnswerKey {
        questionnaire,
        target,
        requirement,
    })
    .and_then(|x| x.value.as_deref().map(str::to_string))
}

fn first_questionnaire(file: &str) -> String {
    storage::read(Path::new(file), &common::catalog())
        .unwrap()
        .assessment
        .questionnaires[0]
        .clone()
}

/// Five answers typed in one burst; once the screen shows the last of them and "saved", the
/// process is killed (no chance to write anything more): every answer is in the file.
#[test]
fn answers_typed_in_a_burst_are_on_disk_once_saved_is_shown_even_after_sigkill() {
    let home = tempfile::tempdir().unwrap();
    let file = plant(home.path());
    let keys = keys(&file);
    let want = expected(&file, &keys);
    let questionnaire = first_questionnaire(&file);
    for (r, _, v) in &want {
        assert_ne!(on_disk(&file, &questionnaire, None, r), *v, "{r}: the keys change it");
    }
    let mut s = Session::start(home.path(), &["open", &file]);
    s.wait_for("nothing changed yet");
    s.send(&keys);
    // One frame showing both the last answer in its row (a flag may stand between value and id)
    // and "saved": the write that holds the last answer returned.
    let last = &want.last().unwrap().0;
    let key = &keys[keys.len() - 1..];
    let rows = [format!("{key} {last}"), format!("{key}⚑{last}")];
    let start = Instant::now();
    let screen = loop {
        let screen = s.contents();
        if rows.iter().any(|r| screen.contains(r.as_str())) && screen.contains("saved ") {
            break screen;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "never saved:\n{screen}");
        std::thread::sleep(Duration::from_millis(5));
    };
    assert!(!screen.contains("saving"), "{screen}");
    s.signal("KILL");
    s.wait_end();
    for (r, target, v) in &want {
        assert_eq!(on_disk(&file, &questionnaire, target.as_deref(), r), *v, "{r}");
    }
}

/// Ctrl-C right behind an answer (in the same read): the program writes it, then quits without
/// asking. SIGTERM right after an answer: the same.
#[test]
fn quitting_or_a_signal_right_after_a_key_writes_the_answer_first() {
    let home = tempfile::tempdir().unwrap();
    let file = plant(home.path());
    let keys = keys(&file);
    let want = expected(&file, &keys);
    let questionnaire = first_questionnaire(&file);
    let (first, target, value) = &want[0];

    let mut s = Session::start(home.path(), &["open", &file]);
    s.wait_for("nothing changed yet");
    s.send(&format!("{}\x03", &keys[..1]));
    s.wait_exit();
    assert_eq!(on_disk(&file, &questionnaire, target.as_deref(), first), *value);

    // Again from the file as it is now: the second answer, then SIGTERM at once.
    let (second, _, value) = &want[1];
    let mut s = Session::start(home.path(), &["open", &file]);
    s.wait_for("nothing changed yet");
    s.send(&keys[1..3]);
    s.signal("TERM");
    s.wait_end();
    assert_eq!(on_disk(&file, &questionnaire, target.as_deref(), second), *value);
}
