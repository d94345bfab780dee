//! A disk that fails (full, read-only): the interface keeps every answer in memory, says so on
//! screen, and writes everything once a save succeeds again.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::storage::Store;
use iacs_assess::assessment::{AnswerKey, Assessment};
use iacs_assess::error::{Error, Result};
use iacs_assess::tui::effects::Runtime;
use iacs_assess::tui::model::{Model, SaveState};
use iacs_assess::tui::step;
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Msg, Opened, press, update};
use iacs_assess::tui::view::view;
use ratatui::{Terminal, backend::TestBackend};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Fails the first `failures` saves, like a full disk that someone then cleans up.
struct FlakyDisk {
    failures: Arc<Mutex<usize>>,
    written: Arc<Mutex<Vec<Assessment>>>,
}

impl Store for FlakyDisk {
    fn save(&mut self, a: &Assessment) -> Result<()> {
        let mut left = self.failures.lock().unwrap();
        if *left > 0 {
            *left -= 1;
            return Err(Error::io(
                "cannot save plant.toml",
                std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device"),
            ));
        }
        self.written.lock().unwrap().push(a.clone());
        Ok(())
    }
}

fn screen(m: &Model) -> String {
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    t.draw(|f| view(m, f)).unwrap();
    let b = t.backend().buffer().clone();
    (0..b.area.height)
        .map(|y| {
            (0..b.area.width)
                .map(|x| b[(x, y)].symbol().to_string())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

#[test]
fn answers_stay_in_memory_and_the_screen_says_so_until_a_save_succeeds() {
    let mut texts = common::texts();
    texts.select(None);
    let catalog = common::catalog();
    let a = Assessment::new("Plant", "en", vec!["iec62443-2-4".into()], jiff::Timestamp::UNIX_EPOCH);
    let data = tempfile::tempdir().unwrap();
    let mut m = Model::new(catalog, texts, Theme::monochrome(), vec![], data.path().to_path_buf());
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("plant.toml"), a))),
        jiff::Timestamp::UNIX_EPOCH,
    );
    let failures = Arc::new(Mutex::new(2));
    let written = Arc::new(Mutex::new(Vec::new()));
    let mut disk = Runtime::new(&m);
    disk.set_store(
        Box::new(FlakyDisk {
            failures: failures.clone(),
            written: written.clone(),
        }),
        &m,
    );
    let recovery_copies = || {
        std::fs::read_dir(data.path().join("recovery"))
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
                    .count()
            })
            .unwrap_or(0)
    };

    step(&mut m, press(KeyCode::Char('3')), &mut disk);
    assert!(
        matches!(&m.save, SaveState::Failed(e) if e.contains("No space left")),
        "{:?}",
        m.save
    );
    assert!(screen(&m).contains("NOT SAVED"), "{}", screen(&m));
    step(&mut m, press(KeyCode::Char('j')), &mut disk);
    step(&mut m, press(KeyCode::Char('2')), &mut disk);
    assert!(matches!(m.save, SaveState::Failed(_)), "still failing");
    assert!(screen(&m).contains("NOT SAVED"));
    let in_memory = m.session.as_ref().unwrap().assessment.answers().len();
    assert_eq!(in_memory, 2, "both answers are kept in memory");
    assert!(written.lock().unwrap().is_empty());
    // ... and in one recovery copy in the data folder, with both answers.
    assert_eq!(recovery_copies(), 1);
    let copy = m.recovery.clone().expect("the model knows where the copy is");
    assert_eq!(std::fs::read_to_string(&copy).unwrap().matches("[[answer]]").count(), 2);
    // Leaving now asks first.
    step(&mut m, press(KeyCode::Char('q')), &mut disk);
    assert!(m.session.is_some(), "still open: unsaved changes");
    assert!(screen(&m).contains("Changes not saved"), "{}", screen(&m));
    step(&mut m, press(KeyCode::Esc), &mut disk);

    // The disk has room again: the next change writes everything.
    step(&mut m, press(KeyCode::Char('j')), &mut disk);
    step(&mut m, press(KeyCode::Char('1')), &mut disk);
    assert!(matches!(m.save, SaveState::Saved(_)), "{:?}", m.save);
    assert!(screen(&m).contains("saved "));
    assert_eq!(
        recovery_copies(),
        0,
        "the copy is gone once everything reached the file"
    );
    let last = written.lock().unwrap().last().cloned().unwrap();
    for (r, v) in [
        ("SP.01.01 BR", "ml3"),
        ("SP.01.01 RE(1)", "ml2"),
        ("SP.01.02 BR", "ml1"),
    ] {
        let got = last.answer(AnswerKey {
            questionnaire: "iec62443-2-4",
            target: None,
            requirement: r,
        });
        assert_eq!(got.and_then(|x| x.value.as_deref()), Some(v), "{r}");
    }
}
