//! Components in a real pseudo-terminal (issue 20): on the zones screen a component is added with
//! the form (a network device in the selected zone), then Enter on it in the component list opens
//! 62443-4-2 for it and one requirement is answered; after quitting, the file on disk holds both.

mod common;
mod pty;

use iacs_assess::assessment::{AnswerKey, storage};
use iacs_assess::catalog::ComponentType;
use pty::Session;

const ENTER: &str = "\r";
const TAB: &str = "\t";
const RIGHT: &str = "\x1b[C";

#[test]
fn a_component_added_in_the_form_and_answered_for_reaches_the_file() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("plant.toml");
    let file_text = file.to_string_lossy().into_owned();
    common::run(
        home.path(),
        &[
            "new",
            &file_text,
            "-q",
            "iec62443-3-3",
            "-q",
            "iec62443-4-2",
            "--title",
            "Plant",
        ],
    )
    .success();
    common::run(
        home.path(),
        &["zone", "add", &file_text, "--id", "Z-CTRL", "--name", "Control"],
    )
    .success();
    let mut s = Session::start(home.path(), &["open", &file_text]);
    s.wait_for("SR 1.1");
    s.send("s");
    s.wait_for("Zones and conduits");
    // p: a new component in the selected zone; the id PLC1 is proposed.
    s.send("p");
    s.wait_for("New component");
    s.send(TAB);
    s.send("Core switch");
    s.send(TAB);
    for _ in 0..3 {
        s.send(RIGHT);
    }
    s.wait_for("< Network device >");
    // Enter moves on field by field and saves on the last one.
    for _ in 0..10 {
        s.send(ENTER);
    }
    s.wait_for("Component PLC1 saved.");
    // Tab: the component list (no scenarios); Enter: 62443-4-2 for it.
    s.send(TAB);
    s.send(ENTER);
    s.wait_for("Component PLC1");
    s.wait_for("· CCSC 1");
    assert!(!s.contents().contains("EDR "), "{}", s.contents());
    // m: met, for CCSC 1.
    s.send("m");
    s.wait_for("✓ CCSC 1");
    s.wait_for("saved");
    s.send("q");
    s.wait_for("Recent assessments");
    s.send("q");
    s.wait_exit();

    let a = storage::read(&file, &common::catalog()).unwrap();
    let c = a.component("PLC1").expect("the component is in the file");
    assert_eq!(c.name, "Core switch");
    assert_eq!(c.kind, ComponentType::NetworkDevice);
    assert_eq!(c.zone, "Z-CTRL");
    assert!(c.declared.is_none());
    let key = AnswerKey {
        questionnaire: "iec62443-4-2",
        target: Some("PLC1"),
        requirement: "CCSC 1",
    };
    assert_eq!(a.answer(key).and_then(|x| x.value.as_deref()), Some("met"));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("[[component]]") && text.contains("type = \"network-device\""),
        "{text}"
    );
}
