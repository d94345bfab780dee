//! End to end in a real pseudo-terminal: create an assessment in the interface, answer, quit,
//! reopen and find the answers on screen and on disk; and every way a session ends badly (Ctrl-C,
//! signals, a terminal that goes away, a panic, a file touched or changed by another program).

mod common;
mod pty;

use iacs_assess::assessment::{AnswerKey, storage};
use pty::Session;
use std::path::Path;
use std::time::Duration;

const TAB: &str = "\t";
const ENTER: &str = "\r";

#[test]
fn create_answer_quit_reopen_and_find_the_answers() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("plant.toml");
    let file_text = file.to_string_lossy().into_owned();

    let mut s = Session::start(home.path(), &[]);
    s.wait_for("New assessment");
    s.send("n");
    s.wait_for("Title");
    s.send("North plant");
    s.send(&TAB.repeat(4));
    s.send(&file_text);
    // Then the language, then the questionnaires: 2-1, 2-4, 3-2, 3-3, 4-1, 4-2. Choose 2-4.
    s.send(&TAB.repeat(3));
    s.send(" ");
    // Then 3-2, 3-3, 4-1, 4-2, the target, and Create.
    s.send(&TAB.repeat(6));
    s.send(ENTER);
    s.wait_for("SP.01.01 BR");
    s.wait_for("opened, nothing changed yet");
    s.send("3");
    s.send("j");
    s.send("2");
    s.send("j");
    s.send("n");
    s.wait_for("type the reason");
    s.send("No subcontractors at all");
    s.send("\x1b");
    s.wait_for("2/122");
    quit(&mut s);
    assert_eq!(value(&file, "SP.01.01 BR").as_deref(), Some("ml3"));
    assert_eq!(value(&file, "SP.01.01 RE(1)").as_deref(), Some("ml2"));
    assert_eq!(value(&file, "SP.01.02 BR").as_deref(), Some("na"));

    let mut s = Session::start(home.path(), &["open", &file_text]);
    s.wait_for("North plant");
    s.wait_for("3 SP.01.01 BR");
    s.wait_for("2 SP.01.01 RE(1)");
    s.wait_for("– SP.01.02 BR");
    s.send("q");
    s.send("q");
    s.wait_exit();
}

/// A service provider without wireless marks the whole SP.04 area not applicable with one reason,
/// in fewer than 20 keystrokes: search, stay at the area's header, end the search, the n/a key,
/// the reason, Esc. The file holds all six answers with the reason.
#[test]
fn a_whole_area_not_applicable_with_one_reason_in_fewer_than_20_keys() {
    let home = tempfile::tempdir().unwrap();
    let file = new_file(home.path());
    let mut s = Session::start(home.path(), &["open", &file]);
    s.wait_for("SP.01.01 BR");
    let keys = ["/", "SP.04", ENTER, ENTER, "\x1b", "n", "No WLAN", "\x1b"];
    let count: usize = keys.iter().map(|k| k.chars().count()).sum();
    assert!(count < 20, "{count} keystrokes");
    for k in &keys[..4] {
        s.send(k);
    }
    s.wait_for("SP.04  Wireless");
    // Esc ends the search (n means "next match" while it is active), then n answers the area.
    for k in &keys[4..6] {
        s.send(k);
        std::thread::sleep(Duration::from_millis(100));
    }
    s.wait_for("Reason for all 6 requirements of SP.04");
    for k in &keys[6..] {
        s.send(k);
    }
    s.wait_for("given to 6 answers of SP.04");
    s.wait_for("n/a");
    quit(&mut s);
    for r in common::SP04 {
        assert_eq!(value(&file, r).as_deref(), Some("na"), "{r}");
        assert_eq!(note(&file, r).as_deref(), Some("No WLAN"), "{r}");
    }
    assert_eq!(value(&file, "SP.05.01 BR"), None);
}

/// A new assessment (62443-2-4) in `home`, made with the command line.
fn new_file(home: &Path) -> String {
    let file = home.join("plant.toml").to_string_lossy().into_owned();
    common::run(home, &["new", &file, "-q", "iec62443-2-4", "--title", "North plant"]).success();
    file
}

/// The answer to 62443-2-4 requirement `r` in `file`, as on disk.
fn on_disk(file: impl AsRef<Path>, r: &str) -> Option<iacs_assess::assessment::Answer> {
    let a = storage::read(file.as_ref(), &common::catalog()).unwrap();
    a.answer(AnswerKey {
        questionnaire: "iec62443-2-4",
        target: None,
        requirement: r,
    })
    .cloned()
}

fn value(file: impl AsRef<Path>, r: &str) -> Option<String> {
    on_disk(file, r).and_then(|x| x.value).map(String::from)
}

fn note(file: &str, r: &str) -> Option<String> {
    on_disk(file, r).map(|x| x.note)
}

/// Back to the home screen, then quit.
fn quit(s: &mut Session) {
    s.send("q");
    s.wait_for("Recent assessments");
    s.send("q");
    s.wait_exit();
}

#[test]
fn ctrl_c_sigterm_and_sighup_keep_the_note_being_typed_and_restore_the_terminal() {
    for how in ["ctrl-c", "TERM", "HUP", "INT"] {
        let home = tempfile::tempdir().unwrap();
        let file = new_file(home.path());
        let mut s = Session::start(home.path(), &["open", &file]);
        s.wait_for("SP.01.01 BR");
        s.send("3e");
        s.wait_for("Note (Enter");
        s.send("Backups tested in March");
        s.wait_for("Backups tested in March");
        match how {
            "ctrl-c" => s.send("\x03"),
            signal => s.signal(signal),
        }
        let status = s.wait_end();
        assert!(s.restored(), "{how}: the terminal is left in the full screen");
        assert_eq!(
            note(&file, "SP.01.01 BR").as_deref(),
            Some("Backups tested in March"),
            "{how}: exit {status:?}"
        );
        if how == "ctrl-c" {
            assert!(status.success());
        } else {
            assert!(!status.success(), "{how}: ends as the signal asks");
        }
    }
}

#[test]
fn a_touch_by_a_sync_tool_does_not_stop_saving() {
    let home = tempfile::tempdir().unwrap();
    let file = new_file(home.path());
    let mut s = Session::start(home.path(), &["open", &file]);
    s.wait_for("SP.01.01 BR");
    s.send("3");
    s.wait_for("saved");
    let f = std::fs::File::options().write(true).open(&file).unwrap();
    f.set_modified(std::time::SystemTime::now() + Duration::from_secs(7200))
        .unwrap();
    drop(f);
    s.send("j2");
    s.wait_for("2 SP.01.01 RE(1)");
    assert!(!s.contents().contains("NOT SAVED"), "{}", s.contents());
    quit(&mut s);
    assert_eq!(value(&file, "SP.01.01 RE(1)").as_deref(), Some("ml2"));
}

#[test]
fn a_real_change_by_another_program_is_reloaded_and_reapplied() {
    let home = tempfile::tempdir().unwrap();
    let file = new_file(home.path());
    let mut s = Session::start(home.path(), &["open", &file]);
    s.wait_for("SP.01.01 BR");
    s.send("3");
    s.wait_for("saved");
    // A colleague's version of the file arrives (a sync tool or git): another answer in it.
    let mut copy = storage::read(Path::new(&file), &common::catalog()).unwrap();
    let id = iacs_assess::assessment::AnswerId::new("iec62443-2-4", None, "SP.01.03 BR");
    let mut x = iacs_assess::assessment::Answer::new(&id, jiff::Timestamp::now());
    x.value = Some("ml4".into());
    copy.set_answer(x);
    std::fs::write(&file, storage::to_toml(&copy).unwrap()).unwrap();
    s.send("j2");
    s.wait_for("changed by another program");
    s.send("r");
    s.wait_for("Re-applied");
    quit(&mut s);
    assert_eq!(value(&file, "SP.01.01 BR").as_deref(), Some("ml3"));
    assert_eq!(value(&file, "SP.01.01 RE(1)").as_deref(), Some("ml2"));
    assert_eq!(value(&file, "SP.01.03 BR").as_deref(), Some("ml4"));
}

#[test]
fn after_a_panic_the_terminal_is_restored_and_the_typed_text_is_offered_back() {
    let home = tempfile::tempdir().unwrap();
    let file = new_file(home.path());
    let mut s = Session::start_with(home.path(), &["open", &file], &[("IACS_ASSESS_TEST_PANIC", "1")]);
    s.wait_for("SP.01.01 BR");
    s.send("j2e");
    s.wait_for("Note (Enter");
    s.send("Firewall rules reviewed in");
    s.wait_for("Firewall rules reviewed in");
    s.send("\x1b[24~");
    let status = s.wait_end();
    assert!(!status.success());
    assert!(s.restored());
    assert_eq!(
        value(&file, "SP.01.01 RE(1)").as_deref(),
        Some("ml2"),
        "saved before the panic"
    );
    let mut s = Session::start(home.path(), &["open", &file]);
    s.wait_for("Unfinished text");
    s.wait_for("Firewall rules reviewed in");
    s.send(ENTER);
    s.wait_for("Note (Enter");
    s.send(" May\x1b");
    s.wait_for("saved");
    quit(&mut s);
    assert_eq!(
        note(&file, "SP.01.01 RE(1)").as_deref(),
        Some("Firewall rules reviewed in May")
    );
}

#[test]
fn a_terminal_that_goes_away_without_a_signal_keeps_the_note_and_ends_the_program() {
    let home = tempfile::tempdir().unwrap();
    let file = new_file(home.path());
    let mut s = Session::start(home.path(), &["open", &file]);
    s.wait_for("SP.01.01 BR");
    s.send("3e");
    s.wait_for("Note (Enter");
    s.send("Written as the window closed");
    s.wait_for("Written as the window closed");
    s.hang_up();
    let status = s.wait_end();
    assert_eq!(
        note(&file, "SP.01.01 BR").as_deref(),
        Some("Written as the window closed"),
        "{status:?}"
    );
}
