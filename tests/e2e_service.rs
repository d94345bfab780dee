//! A service provider's journey in a real pseudo-terminal (issue 23): a whole area set to "not
//! offered" with one reason, the service scope chosen in the targets form, quit; the file on disk
//! holds both.

mod common;
mod pty;

use iacs_assess::assessment::{AnswerKey, ServiceScope, storage};
use pty::Session;
use std::time::Duration;

const ENTER: &str = "\r";
const ESC: &str = "\x1b";

#[test]
fn a_whole_area_not_offered_with_one_reason_and_the_scope_chosen_reach_the_file() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("integrator.toml");
    let file_text = file.to_string_lossy().into_owned();
    common::run(
        home.path(),
        &["new", &file_text, "-q", "iec62443-2-4", "--title", "Integrator"],
    )
    .success();
    let mut s = Session::start(home.path(), &["open", &file_text]);
    s.wait_for("SP.01.01 BR");
    // To the header of SP.04, end the search (n and N move through matches while it is active).
    for k in ["/", "SP.04", ENTER, ENTER] {
        s.send(k);
    }
    s.wait_for("SP.04  Wireless");
    s.send(ESC);
    std::thread::sleep(Duration::from_millis(100));
    // o: not offered, for the whole area; the reason is asked once.
    s.send("o");
    s.wait_for("Reason for all 6 requirements of SP.04");
    s.send("We do no wireless work");
    s.send(ESC);
    s.wait_for("Not offered given to 6 answers of SP.04");
    s.wait_for("∅ SP.04.03 RE(2)");
    // The results, then t: the targets form; the third field is the service scope.
    s.send("r");
    s.wait_for("t targets");
    s.send("t");
    s.wait_for("Service scope assessed");
    s.send("\t\t");
    s.send("\x1b[C");
    s.wait_for("integration services only");
    s.send(ENTER);
    s.wait_for("Targets set");
    // Back to the questionnaire, home, quit.
    s.send("q");
    s.send("q");
    s.wait_for("Recent assessments");
    s.send("q");
    s.wait_exit();

    let a = storage::read(&file, &common::catalog()).unwrap();
    for r in common::SP04 {
        let key = AnswerKey {
            questionnaire: "iec62443-2-4",
            target: None,
            requirement: r,
        };
        let answer = a.answer(key).unwrap_or_else(|| panic!("{r} is in the file"));
        assert_eq!(answer.value.as_deref(), Some("not-offered"), "{r}");
        assert_eq!(answer.note, "We do no wireless work", "{r}");
    }
    assert_eq!(a.assessment.service_scope, ServiceScope::Integration);
    assert_eq!(a.targets.maturity, 2, "the target maturity stays");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("service_scope = \"integration\""), "{text}");
}
