//! The interview day with a real file: a touch, a file changed by another program (reload and
//! re-apply, conflicts, save as, keep working), and changes left behind, offered at the next open.

mod common;
mod interview;

use crossterm::event::KeyCode;
use iacs_assess::assessment::storage;
use iacs_assess::tui::dialog::Dialog;
use iacs_assess::tui::effects::Runtime;
use iacs_assess::tui::model::SaveState;
use iacs_assess::tui::step;
use iacs_assess::tui::update::{Msg, ctrl, press};
use interview::*;
use std::path::PathBuf;

#[test]
fn a_touch_of_the_open_file_does_not_block_saving() {
    let mut d = on_disk();
    d.keys("3");
    let f = std::fs::File::options().write(true).open(&d.file).unwrap();
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(3600))
        .unwrap();
    drop(f);
    d.keys("j2");
    assert!(matches!(d.m.save, SaveState::Saved(_)), "{:?}", d.m.save);
    assert_eq!(value(&d.read(), "SP.01.01 RE(1)").as_deref(), Some("ml2"));
}

#[test]
fn a_file_changed_by_another_program_is_never_overwritten_and_changes_are_reapplied() {
    let mut d = on_disk();
    d.keys("3");
    d.change_on_disk("SP.01.03 BR", "ml4");
    d.keys("j2");
    assert_eq!(d.m.save, SaveState::ChangedOnDisk);
    assert!(matches!(d.m.dialog, Some(Dialog::ChangedOnDisk)));
    assert_eq!(
        value(&d.read(), "SP.01.01 RE(1)"),
        None,
        "not written over the other program's change"
    );
    let copy = d.m.recovery.clone().expect("a recovery copy");
    assert!(std::fs::read_to_string(&copy).unwrap().contains("ml2"));
    // Keep working in memory: the status bar says so, nothing is written.
    d.key(KeyCode::Char('k'));
    d.keys("j1");
    assert_eq!(d.m.save, SaveState::ChangedOnDisk);
    assert!(d.m.dialog.is_none(), "asked once");
    assert_eq!(d.m.unsaved, 2);
    // Ctrl-S brings the question back; r reloads and re-applies: both sides' answers are there.
    step(&mut d.m, ctrl('s'), &mut d.runtime);
    assert!(matches!(d.m.dialog, Some(Dialog::ChangedOnDisk)));
    d.keys("r");
    assert!(d.m.dialog.is_none(), "no conflict: {:?}", d.m.notice);
    assert!(matches!(d.m.save, SaveState::Saved(_)), "{:?}", d.m.save);
    let a = d.read();
    assert_eq!(value(&a, "SP.01.01 BR").as_deref(), Some("ml3"));
    assert_eq!(value(&a, "SP.01.01 RE(1)").as_deref(), Some("ml2"));
    assert_eq!(value(&a, "SP.01.02 BR").as_deref(), Some("ml1"));
    assert_eq!(value(&a, "SP.01.03 BR").as_deref(), Some("ml4"), "the other program's");
    assert!(!copy.exists(), "the recovery copy is gone once saved");
}

#[test]
fn conflicts_are_shown_and_each_is_settled_by_the_assessor() {
    let mut d = on_disk();
    d.keys("3");
    d.change_on_disk("SP.01.01 BR", "ml1");
    d.change_on_disk("SP.01.01 RE(1)", "ml4");
    d.keys("4");
    assert_eq!(d.m.save, SaveState::ChangedOnDisk);
    d.keys("kj2");
    step(&mut d.m, ctrl('s'), &mut d.runtime);
    d.keys("r");
    let Some(Dialog::Conflicts(c)) = &d.m.dialog else {
        panic!("{:?}", d.m.notice)
    };
    assert_eq!(c.merge.conflicts.len(), 2);
    // Keep mine for the first, take the file's for the second.
    d.key(KeyCode::Down);
    d.key(KeyCode::Char(' '));
    d.key(KeyCode::Enter);
    assert!(matches!(d.m.save, SaveState::Saved(_)), "{:?}", d.m.save);
    let a = d.read();
    assert_eq!(value(&a, "SP.01.01 BR").as_deref(), Some("ml4"));
    assert_eq!(value(&a, "SP.01.01 RE(1)").as_deref(), Some("ml4"));
    assert_eq!(a.answer(id("SP.01.01 RE(1)").key()).unwrap().interviewee, "Colleague");
}

#[test]
fn save_as_goes_on_in_the_new_file() {
    let mut d = on_disk();
    d.keys("3");
    d.change_on_disk("SP.01.02 BR", "ml4");
    d.keys("j2");
    d.keys("w");
    let Some(Dialog::SaveAs(form)) = &d.m.dialog else {
        panic!()
    };
    let proposed = PathBuf::from(form.value(0));
    assert!(!proposed.exists());
    d.key(KeyCode::Enter);
    assert!(matches!(d.m.save, SaveState::Saved(_)));
    assert_eq!(d.m.session.as_ref().unwrap().path, proposed.canonicalize().unwrap());
    let mine = storage::read(&proposed, &common::catalog()).unwrap();
    assert_eq!(value(&mine, "SP.01.01 RE(1)").as_deref(), Some("ml2"));
    d.keys("j1");
    let mine = storage::read(&proposed, &common::catalog()).unwrap();
    assert_eq!(value(&mine, "SP.01.02 BR").as_deref(), Some("ml1"));
    assert_eq!(
        value(&d.read(), "SP.01.02 BR").as_deref(),
        Some("ml4"),
        "the other file is theirs"
    );
}

#[test]
fn unsaved_changes_left_behind_are_offered_and_reapplied_at_the_next_open() {
    let mut d = on_disk();
    d.keys("3");
    d.change_on_disk("SP.01.02 BR", "ml4");
    d.keys("j2");
    d.keys("k");
    step(&mut d.m, ctrl('c'), &mut d.runtime);
    step(&mut d.m, press(KeyCode::Char('Q')), &mut d.runtime);
    assert!(d.m.quit);
    drop(d.runtime);
    // Next time: the recovery copy is offered; r re-applies it over the file as it is now.
    let mut m = model(&d.m.data_dir);
    let mut runtime = Runtime::new(&m);
    let opened = runtime.open(&d.file, &m).unwrap();
    assert!(opened.recovered.is_some());
    step(&mut m, Msg::Opened(Ok(opened)), &mut runtime);
    assert!(matches!(m.dialog, Some(Dialog::Recovered(_))));
    step(&mut m, press(KeyCode::Char('r')), &mut runtime);
    assert!(matches!(m.save, SaveState::Saved(_)), "{:?} {:?}", m.save, m.notice);
    let a = storage::read(&d.file, &common::catalog()).unwrap();
    assert_eq!(value(&a, "SP.01.01 RE(1)").as_deref(), Some("ml2"), "mine");
    assert_eq!(value(&a, "SP.01.02 BR").as_deref(), Some("ml4"), "theirs");
    assert!(
        iacs_assess::tui::recovery::newest(&m.data_dir, &d.file).0.is_none(),
        "the copy is gone once re-applied"
    );
}

#[test]
fn a_zone_changed_on_both_sides_shows_its_layer_in_the_choice() {
    let mut d = on_disk();
    // Another program renames the zone; here its layer is set in the zone form.
    let mut theirs = d.read();
    theirs.zones[0].name = "Control network (renamed)".into();
    std::fs::write(&d.file, storage::to_toml(&theirs).unwrap()).unwrap();
    d.keys("s");
    d.keys("e");
    // Name, description, assets, then the layer: the last field (no adjustments in this plant).
    for _ in 0..3 {
        d.key(KeyCode::Tab);
    }
    d.key(KeyCode::Right);
    d.key(KeyCode::Enter);
    assert_eq!(d.m.save, SaveState::ChangedOnDisk, "{:?}", d.m.notice);
    d.keys("r");
    assert!(matches!(&d.m.dialog, Some(Dialog::Conflicts(_))), "{:?}", d.m.notice);
    let screen = common::draw(&d.m, 100, 30);
    assert!(
        screen.contains("yours: Control network · Enterprise (levels 4-5)"),
        "{screen}"
    );
    assert!(screen.contains("in the file: Control network (renamed)"), "{screen}");
}
