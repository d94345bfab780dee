use super::*;
use crate::assessment::{Approval, storage};
use crate::catalog::Catalog;
use crate::content::Sources;
use std::path::Path;

fn catalog() -> Catalog {
    Catalog::load(&Sources::default()).unwrap()
}

/// A generated assessment with 12 zones (1,342 answers) and an approval, written as iacs-assess
/// writes it: the approval comes after the answers.
fn written() -> (Assessment, String) {
    let mut a = crate::generate::large_assessment(&catalog(), 12, 20);
    a.approvals.push(Approval {
        system: "SUC".into(),
        by: "A. Approver".into(),
        role: "asset owner".into(),
        date: jiff::civil::date(2026, 3, 1),
        note: String::new(),
        digest: "00".repeat(32),
    });
    let text = storage::to_toml(&a).unwrap();
    (a, text)
}

/// What reading the text whole gives.
fn whole(text: &str) -> Assessment {
    let mut a: Assessment = toml::from_str(text).unwrap();
    a.sort_answers();
    a
}

fn sectioned(text: &str) -> Assessment {
    let mut a = parse(text).expect("read in sections");
    a.sort_answers();
    a
}

#[test]
fn reading_in_sections_gives_exactly_the_whole_reading() {
    let (a, text) = written();
    assert!(
        text.find("[[approval]]") > text.rfind("[[answer]]"),
        "the approval is last"
    );
    let sections = Sections::find(&text).unwrap();
    assert_eq!(sections.answers.len(), a.answers().len());
    assert_eq!(sections.answer_batches(&text).len(), a.answers().len().div_ceil(BATCH));
    assert_eq!(sectioned(&text), whole(&text));
    assert_eq!(sectioned(&text), a);
}

#[test]
fn tables_among_the_answers_belong_to_the_head_and_split_the_runs() {
    let (_, text) = written();
    let middle = text.match_indices("\n[[answer]]\n").nth(700).unwrap().0 + 1;
    let text = format!(
        "{}[[zone]]\nid = \"late\"\nname = \"Late zone\"\n\n{}",
        &text[..middle],
        &text[middle..]
    );
    let sections = Sections::find(&text).unwrap();
    assert!(sections.head(&text).contains("id = \"late\""));
    // 700 answers before the zone (3 runs of at most 256), 642 after (3 runs).
    assert_eq!(sections.answer_batches(&text).len(), 6);
    let read = sectioned(&text);
    assert_eq!(read.zones.last().unwrap().id, "late");
    assert_eq!(read, whole(&text));
}

#[test]
fn a_header_inside_a_note_is_text_not_a_table() {
    let (mut a, _) = written();
    let id = a.answers()[10].id();
    a.answer_mut(id.key()).unwrap().note = "Seen on site:\n[[answer]]\n[zone]\nanswer = 1\n".into();
    let text = storage::to_toml(&a).unwrap();
    assert!(
        text.contains("\n[[answer]]\n[zone]\n"),
        "the note is written on lines of its own"
    );
    let sections = Sections::find(&text).unwrap();
    assert_eq!(sections.answers.len(), a.answers().len());
    assert_eq!(sectioned(&text), whole(&text));
    assert_eq!(
        sectioned(&text).answer(id.key()).unwrap().note,
        a.answer(id.key()).unwrap().note
    );
}

#[test]
fn a_file_that_could_reach_into_the_answers_is_read_whole() {
    let (_, text) = written();
    let (head, answers) = text.split_at(text.find("[[answer]]").unwrap());
    for (change, why) in [
        (format!("answer = []\n{text}"), "a root key answer"),
        (format!("\"answer\" = []\n{text}"), "a quoted root key"),
        (format!("{text}\n[answer.x]\ny = 1\n"), "a table inside the last answer"),
        (
            format!("{text}\n[[answer.x]]\ny = 1\n"),
            "an array inside the last answer",
        ),
        (format!("{text}\n[answer]\n"), "the answers as a table"),
        (
            format!("{head}[[ answer ]]\n{}", &answers[11..]),
            "a header spelled with spaces",
        ),
        (format!("{head}[[\"answer\"]]\n{}", &answers[11..]), "a quoted header"),
        (
            format!("{head}[[answer]] x\n{}", &answers[11..]),
            "a header with more after it",
        ),
        (format!("{text}\nx = ]\n"), "a bracket closed that was never opened"),
    ] {
        assert!(Sections::find(&change).is_none(), "{why}");
        // Read whole, as before: the same answers or the same message.
        let as_read = storage::parse(Path::new("a.toml"), &change, &catalog())
            .map(|a| a.answers().len())
            .map_err(|e| e.to_string());
        let whole = crate::toml_input::parse::<Assessment>(Path::new("a.toml"), &change)
            .map(|a| a.answers().len())
            .map_err(|d| crate::error::Error::Invalid(vec![d]).to_string());
        assert_eq!(as_read, whole, "{why}");
    }
}

#[test]
fn a_broken_answer_is_reported_where_it_is_in_the_file() {
    let (_, text) = written();
    let at = text.match_indices("value = ").nth(900).unwrap().0;
    let broken = format!("{}value = = {}", &text[..at], &text[at + 8..]);
    assert!(Sections::find(&broken).is_some(), "the headers are all as usual");
    assert!(parse(&broken).is_none(), "a batch fails to read");
    let line = broken[..at].lines().count() + 1;
    let message = storage::parse(Path::new("b.toml"), &broken, &catalog())
        .unwrap_err()
        .to_string();
    assert!(message.contains(&format!("b.toml:{line}:")), "{message}");
}
