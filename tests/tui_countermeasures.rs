//! Compensating countermeasures in the interface, without a terminal: a compensated answer, its
//! record made in the form, approved, undone; Esc and a wrong date in the form; the answer panel,
//! the form and the results screen's review list drawn into a TestBackend.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::countermeasure::Status;
use iacs_assess::assessment::{AnswerId, Assessment};
use iacs_assess::tui::dialog::Dialog;
use iacs_assess::tui::forms::form::Purpose;
use iacs_assess::tui::model::{Model, Screen};
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Effect, Msg, Opened, ctrl, press, update};
use jiff::Timestamp;
use std::path::PathBuf;

fn t() -> Timestamp {
    "2026-11-02T10:00:00Z".parse().unwrap()
}

fn opened(lang: Option<&str>) -> Model {
    let mut texts = common::texts();
    texts.select(lang.map(|l| l.parse().unwrap()).as_ref());
    let mut a = Assessment::new("Water works", "en", vec!["iec62443-3-3".into()], t());
    a.zones.push(common::zone("Z1", "Control"));
    let mut m = Model::new(
        common::catalog(),
        texts,
        Theme::monochrome(),
        vec![],
        PathBuf::from("/data"),
    );
    update(&mut m, Msg::Opened(Ok(Opened::new(PathBuf::from("/w.toml"), a))), t());
    assert_eq!(m.screen, Screen::Questionnaire);
    m
}

fn keys(m: &mut Model, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| update(m, press(KeyCode::Char(c)), t()))
        .collect()
}

fn key(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, press(code), t())
}

fn a(m: &Model) -> &Assessment {
    &m.session.as_ref().unwrap().assessment
}

/// Move the form's focus to field `i`.
fn focus(m: &mut Model, i: usize) {
    while m.session.as_ref().unwrap().form.as_ref().expect("a form").focus != i {
        key(m, KeyCode::Tab);
    }
}

/// Type `text` into field `i` of the open form.
fn fill(m: &mut Model, i: usize, text: &str) {
    focus(m, i);
    keys(m, text);
}

/// Enter on the last field saves the form.
fn submit(m: &mut Model) -> Vec<Effect> {
    focus(m, 9);
    key(m, KeyCode::Enter)
}

/// SR 1.1 for Z1 answered "compensated" with its reason.
fn compensated(m: &mut Model) {
    keys(m, "c");
    keys(m, "Jump host with MFA");
    key(m, KeyCode::Esc);
    let x = a(m)
        .answer(AnswerId::new("iec62443-3-3", Some("Z1"), "SR 1.1").key())
        .unwrap();
    assert_eq!(x.value.as_deref(), Some("compensated"));
}

fn credited_sr_1_1(m: &Model) -> bool {
    let catalog = &m.catalog;
    let r = catalog
        .questionnaire("iec62443-3-3")
        .unwrap()
        .requirement("SR 1.1")
        .unwrap();
    let cover = iacs_assess::scoring::Cover::on(a(m), m.today);
    let answer = a(m).answer(AnswerId::new("iec62443-3-3", Some("Z1"), "SR 1.1").key());
    iacs_assess::scoring::credited(catalog, &cover, r, answer).is_some()
}

#[test]
fn a_compensated_answer_gets_its_record_from_the_form_and_counts_once_approved() {
    let mut m = opened(None);
    compensated(&mut m);
    assert!(m.notice.as_deref().unwrap().contains("C records it"), "{:?}", m.notice);
    assert!(!credited_sr_1_1(&m));
    insta::assert_snapshot!("ccm_answer_without_record_80x24", common::draw(&m, 80, 24));

    // C opens the form, filled in with the questionnaire, the requirement and the zone.
    keys(&mut m, "C");
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert_eq!(
        form.purpose,
        Purpose::NewCountermeasure(AnswerId::new("iec62443-3-3", Some("Z1"), "SR 1.1"))
    );
    assert_eq!(
        (form.value(0), form.value(1), form.value(2)),
        ("CCM-01".into(), "SR 1.1".into(), "Z1".into())
    );
    fill(&mut m, 3, "Remote access only through the jump host with MFA");
    fill(&mut m, 4, "Every remote path passes it");
    fill(&mut m, 5, "A stolen jump-host session");
    fill(&mut m, 6, "Tried from the office: refused");
    insta::assert_snapshot!("ccm_form_80x24", common::draw(&m, 80, 24));
    assert_eq!(submit(&mut m), [Effect::Save]);
    let record = a(&m).countermeasure("CCM-01").unwrap().clone();
    assert_eq!(record.targets, ["Z1"]);
    assert_eq!(record.status(m.today), Status::Unapproved);
    assert!(
        m.notice.as_deref().unwrap().contains("CCM-01 saved: not approved"),
        "{:?}",
        m.notice
    );
    assert!(!credited_sr_1_1(&m));
    insta::assert_snapshot!("ccm_answer_unapproved_80x24", common::draw(&m, 80, 24));

    // C again edits the record about this answer; naming who approved it approves it today.
    keys(&mut m, "C");
    assert_eq!(
        m.session.as_ref().unwrap().form.as_ref().unwrap().purpose,
        Purpose::EditCountermeasure("CCM-01".into())
    );
    fill(&mut m, 7, "P. Owner");
    assert_eq!(submit(&mut m), [Effect::Save]);
    let approved = a(&m).countermeasure("CCM-01").unwrap();
    assert_eq!(approved.approved, Some(jiff::civil::date(2026, 11, 2)));
    assert_eq!(approved.status(m.today), Status::Stands);
    assert!(credited_sr_1_1(&m));

    // Undo: first the approval, then the record.
    update(&mut m, ctrl('z'), t());
    assert_eq!(a(&m).countermeasure("CCM-01"), Some(&record));
    update(&mut m, ctrl('z'), t());
    assert!(a(&m).countermeasures.is_empty());
    assert!(
        a(&m)
            .answer(AnswerId::new("iec62443-3-3", Some("Z1"), "SR 1.1").key())
            .is_some()
    );
}

#[test]
fn esc_on_a_changed_form_asks_and_a_wrong_date_is_refused_in_place() {
    let mut m = opened(None);
    compensated(&mut m);
    keys(&mut m, "C");
    // Esc with nothing typed closes it.
    key(&mut m, KeyCode::Esc);
    assert!(m.session.as_ref().unwrap().form.is_none() && m.dialog.is_none());
    keys(&mut m, "C");
    fill(&mut m, 3, "Jump host");
    key(&mut m, KeyCode::Esc);
    assert!(matches!(m.dialog, Some(Dialog::DiscardForm)));
    // Esc in the question goes back to the form, text and all.
    key(&mut m, KeyCode::Esc);
    assert!(m.dialog.is_none());
    assert_eq!(m.session.as_ref().unwrap().form.as_ref().unwrap().value(3), "Jump host");
    // A wrong date: the form stays open with the reason, nothing is saved.
    fill(&mut m, 9, "2027-13-01");
    assert!(key(&mut m, KeyCode::Enter).is_empty());
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert_eq!(form.error.as_deref(), Some("form-ccm-error-date"));
    assert!(a(&m).countermeasures.is_empty());
    insta::assert_snapshot!("ccm_form_wrong_date_80x24", common::draw(&m, 80, 24));
    // An approval after today is refused too.
    for _ in 0..10 {
        key(&mut m, KeyCode::Backspace);
    }
    fill(&mut m, 8, "2099-01-01");
    assert!(submit(&mut m).is_empty());
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert_eq!(form.error.as_deref(), Some("form-ccm-error-future"));
    // A requirement that does not exist names the problem.
    focus(&mut m, 8);
    for _ in 0..10 {
        key(&mut m, KeyCode::Backspace);
    }
    fill(&mut m, 1, ", SR 99");
    assert!(submit(&mut m).is_empty());
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert!(
        form.error_text.as_deref().unwrap().contains("no requirement \"SR 99\""),
        "{:?}",
        form.error_text
    );
    // D in the question drops it.
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "D");
    assert!(m.session.as_ref().unwrap().form.is_none());
    assert!(a(&m).countermeasures.is_empty());
}

#[test]
fn the_review_list_shows_records_that_do_not_stand_and_enter_goes_to_the_answer() {
    let mut m = opened(None);
    compensated(&mut m);
    keys(&mut m, "C");
    fill(&mut m, 3, "Jump host");
    submit(&mut m);
    // Another compensated answer, without a record.
    key(&mut m, KeyCode::Down);
    compensated_here(&mut m);
    keys(&mut m, "r");
    assert_eq!(m.screen, Screen::Results);
    let entries = iacs_assess::tui::screens::results::review(&m);
    let kinds: Vec<String> = entries.iter().map(|(c, id)| format!("{c:?} {id}")).collect();
    assert_eq!(
        kinds,
        [
            "Countermeasure(\"CCM-01\", Incomplete) iec62443-3-3 / Z1 SR 1.1",
            "NoCountermeasure iec62443-3-3 / Z1 SR 1.1 RE(1)",
        ]
    );
    key(&mut m, KeyCode::Tab);
    insta::assert_snapshot!("ccm_review_80x24", common::draw(&m, 80, 24));
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.requirement().unwrap().id, "SR 1.1");
}

/// The requirement under the cursor answered "compensated" with a reason.
fn compensated_here(m: &mut Model) {
    keys(m, "c");
    keys(m, "Badge access only");
    key(m, KeyCode::Esc);
}

#[test]
fn the_form_in_german_and_on_a_tiny_terminal() {
    let mut m = opened(Some("de"));
    compensated(&mut m);
    keys(&mut m, "C");
    insta::assert_snapshot!("ccm_de_form_80x24", common::draw(&m, 80, 24));
    // Too small: a notice, no panic, and keys but Ctrl-C are not taken.
    update(&mut m, Msg::Resized(30, 8), t());
    let small = common::draw(&m, 30, 8);
    assert!(!small.trim().is_empty());
    keys(&mut m, "x");
    assert_eq!(m.session.as_ref().unwrap().form.as_ref().unwrap().value(0), "CCM-01");
}

/// Found in a trial: Ctrl-C with the form half filled in keeps it as a draft, and the next
/// opening offers it back on the questionnaire screen, at its answer, text and all.
#[test]
fn ctrl_c_in_the_form_keeps_it_and_reopening_offers_it_back() {
    let mut m = opened(None);
    compensated(&mut m);
    keys(&mut m, "C");
    fill(&mut m, 3, "Jump host");
    fill(&mut m, 4, "The only path");
    // The answer is on disk (the runtime said so); only the form's text is not.
    update(&mut m, Msg::Saved(Ok(t())), t());
    let effects = update(&mut m, ctrl('c'), t());
    assert_eq!(common::kinds(&effects), ["Remember", "Quit"]);
    let resume = iacs_assess::tui::memory::resume_of(&m, t()).unwrap();
    assert!(resume.draft.is_some());

    let before = a(&m).clone();
    let mut m = opened(None);
    key(&mut m, KeyCode::Down);
    let mut o = Opened::new(PathBuf::from("/w.toml"), before);
    o.resume = Some(Box::new(resume));
    update(&mut m, Msg::Opened(Ok(o)), t());
    assert!(matches!(m.dialog, Some(Dialog::Draft(_))));
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.requirement().unwrap().id, "SR 1.1");
    let form = m
        .session
        .as_ref()
        .unwrap()
        .form
        .as_ref()
        .expect("the form is open again");
    assert_eq!(
        (form.value(3), form.value(4)),
        ("Jump host".into(), "The only path".into())
    );
    assert_eq!(submit(&mut m), [Effect::Save]);
    assert_eq!(a(&m).countermeasure("CCM-01").unwrap().instead, "Jump host");
}
