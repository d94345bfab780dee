//! The plan in a real pseudo-terminal: open a copy of the demo, go to the plan, propose, accept
//! one, give it an owner, quit; the file holds the action with its history.

mod common;
mod pty;

use iacs_assess::assessment::{ActionStatus, storage};
use pty::Session;

const TAB: &str = "\t";
const ENTER: &str = "\r";

#[test]
fn propose_accept_and_give_an_owner_then_find_it_in_the_file() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("demo-copy.toml");
    // The demo without any plan it may ship with: this test proposes one itself.
    let mut a: iacs_assess::assessment::Assessment = toml::from_str(iacs_assess::demo::WATER_WORKS).unwrap();
    a.after_reading();
    a.actions.clear();
    std::fs::write(&file, storage::to_toml(&a).unwrap()).unwrap();
    let file_text = file.to_string_lossy().into_owned();

    let mut s = Session::start(home.path(), &["open", &file_text]);
    s.wait_for("Riverside");
    s.send("P");
    s.wait_for("No actions yet");
    s.send("p");
    s.wait_for("Proposals:");
    s.wait_for("Phase 1");
    s.send("a");
    s.wait_for("is now planned");
    s.send("o");
    s.wait_for("Owner");
    s.send("Anna Berg");
    s.send(&TAB.repeat(4));
    s.send(ENTER);
    s.wait_for("saved.");
    s.wait_for("Anna Berg");
    // Back to the questionnaire, the home screen, and out.
    s.send("q");
    s.send("q");
    s.wait_for("Recent assessments");
    s.send("q");
    s.wait_exit();

    let saved = storage::read(&file, &common::catalog()).unwrap();
    let x = saved
        .actions
        .iter()
        .find(|x| x.owner == "Anna Berg")
        .expect("the action with its owner is in the file");
    assert_eq!(x.status, ActionStatus::Planned);
    let statuses: Vec<ActionStatus> = x.history.iter().map(|h| h.status).collect();
    assert_eq!(statuses, [ActionStatus::Proposed, ActionStatus::Planned]);
    assert_eq!(x.history[1].by, "Helen Marsh");
    assert!(
        saved
            .actions
            .iter()
            .filter(|y| y.status == ActionStatus::Proposed)
            .count()
            > 10
    );
}
