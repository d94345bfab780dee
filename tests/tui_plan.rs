//! The plan screen without a terminal: proposing on the demo, accepting, dropping only on a yes,
//! status changes recorded with the assessor and the time, a wrong date kept in its form, the
//! filter, done listing the requirements to re-assess (and Enter going to one), overdue actions in
//! the results' review list; and snapshots at 80x24, 160x48, 60x16 and in German.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::{ActionStatus, Assessment};
use iacs_assess::tui::dialog::Dialog;
use iacs_assess::tui::model::{Model, Screen};
use iacs_assess::tui::screens::plan::state::Panel;
use iacs_assess::tui::screens::results::{Concern, Panel as ResultsPanel};
use iacs_assess::tui::update::{Msg, Opened, ctrl, press, update};
use jiff::Timestamp;
use std::path::PathBuf;

fn now() -> Timestamp {
    "2026-12-01T09:00:00Z".parse().unwrap()
}

/// The demo without any plan it may ship with, so that the tests propose on it themselves.
fn demo_without_plan() -> Assessment {
    let mut a: Assessment = toml::from_str(iacs_assess::demo::WATER_WORKS).unwrap();
    a.after_reading();
    a.actions.clear();
    a
}

fn open(mut m: Model, a: Assessment) -> Model {
    update(&mut m, Msg::Opened(Ok(Opened::new(PathBuf::from("/p.toml"), a))), now());
    m
}

fn keys(m: &mut Model, text: &str) {
    for c in text.chars() {
        update(m, press(KeyCode::Char(c)), now());
    }
}

fn key(m: &mut Model, code: KeyCode) {
    update(m, press(code), now());
}

/// The demo on the plan screen (reached from the results screen), with proposals made.
fn proposed() -> Model {
    let mut m = open(common::model(), demo_without_plan());
    keys(&mut m, "r");
    assert_eq!(m.screen, Screen::Results);
    keys(&mut m, "P");
    assert_eq!(m.screen, Screen::Plan);
    keys(&mut m, "p");
    m
}

fn assessment(m: &Model) -> &Assessment {
    &m.session.as_ref().unwrap().assessment
}

fn selected(m: &Model) -> String {
    m.plan.selected.clone().expect("an action is selected")
}

fn status(m: &Model, id: &str) -> ActionStatus {
    assessment(m).action(id).unwrap().status
}

#[test]
fn proposing_on_the_demo_adds_proposals_and_says_how_many() {
    let m = proposed();
    let a = assessment(&m);
    assert!(!a.actions.is_empty(), "the demo has gaps to propose for");
    assert!(a.actions.iter().all(|x| x.status == ActionStatus::Proposed));
    let notice = m.notice.clone().unwrap();
    assert!(notice.contains(&format!("{} added", a.actions.len())), "{notice}");
    // Titles in the assessment's language: the requirement with its title.
    assert!(
        a.actions.iter().any(|x| x.title.starts_with("SR ")),
        "{:?}",
        a.actions[0].title
    );
    let c = m
        .plan
        .computed
        .as_ref()
        .expect("the plan is computed when the screen is entered");
    assert_eq!(c.plan.items.len(), a.actions.len());
    assert_eq!(
        c.revision,
        m.session.as_ref().unwrap().revision,
        "computed again after the change"
    );
    // Proposing again adds nothing.
    let mut m = m;
    let before = assessment(&m).actions.clone();
    keys(&mut m, "p");
    assert_eq!(assessment(&m).actions, before);
    assert!(m.notice.clone().unwrap().contains("0 added"));
}

#[test]
fn the_plan_key_works_from_the_questionnaire_and_esc_goes_back() {
    let mut m = open(common::model(), demo_without_plan());
    assert_eq!(m.screen, Screen::Questionnaire);
    keys(&mut m, "P");
    assert_eq!(m.screen, Screen::Plan);
    assert!(m.plan.computed.is_some());
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Questionnaire);
}

#[test]
fn accepting_records_the_status_with_the_assessor_and_undo_puts_it_back() {
    let mut m = proposed();
    let id = selected(&m);
    keys(&mut m, "a");
    assert_eq!(status(&m, &id), ActionStatus::Planned);
    let last = assessment(&m).action(&id).unwrap().history.last().unwrap().clone();
    assert_eq!(last.status, ActionStatus::Planned);
    assert_eq!(last.by, "Helen Marsh", "stamped with the assessor, as answers are");
    assert_eq!(last.time, now());
    update(&mut m, ctrl('z'), now());
    assert_eq!(status(&m, &id), ActionStatus::Proposed);
}

#[test]
fn dropping_asks_and_only_a_yes_drops() {
    let mut m = proposed();
    let id = selected(&m);
    keys(&mut m, "x");
    assert!(matches!(m.dialog, Some(Dialog::DropAction { .. })));
    // Navigation keys on the question do not answer it.
    for code in [KeyCode::Down, KeyCode::Up, KeyCode::Char('j'), KeyCode::PageDown] {
        key(&mut m, code);
        assert!(matches!(m.dialog, Some(Dialog::DropAction { .. })), "{code:?}");
    }
    assert_eq!(status(&m, &id), ActionStatus::Proposed);
    // Enter while "keep" is chosen keeps it.
    key(&mut m, KeyCode::Enter);
    assert!(m.dialog.is_none());
    assert_eq!(status(&m, &id), ActionStatus::Proposed);
    // Right chooses "drop", and only then Enter drops.
    keys(&mut m, "x");
    key(&mut m, KeyCode::Right);
    assert_eq!(status(&m, &id), ActionStatus::Proposed, "choosing is not confirming");
    key(&mut m, KeyCode::Enter);
    assert_eq!(status(&m, &id), ActionStatus::Dropped);
    // And `y` drops at once.
    key(&mut m, KeyCode::Home);
    let other = selected(&m);
    assert_ne!(other, id, "a dropped action goes to the end of the list");
    keys(&mut m, "xy");
    assert_eq!(status(&m, &other), ActionStatus::Dropped);
}

#[test]
fn a_status_change_is_a_choice_recorded_in_the_history() {
    let mut m = proposed();
    let id = selected(&m);
    keys(&mut m, "s");
    // proposed -> planned -> in progress
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Enter);
    assert_eq!(status(&m, &id), ActionStatus::InProgress);
    let history = &assessment(&m).action(&id).unwrap().history;
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].status, ActionStatus::InProgress);
    assert_eq!(history[1].by, "Helen Marsh");
    assert_eq!(history[1].time, now());
}

#[test]
fn a_wrong_due_date_is_refused_in_the_form_with_the_text_kept() {
    let mut m = proposed();
    let id = selected(&m);
    keys(&mut m, "o");
    keys(&mut m, "Anna Berg");
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "31.12.2026");
    // Enter on the last field saves.
    for _ in 0..3 {
        key(&mut m, KeyCode::Tab);
    }
    key(&mut m, KeyCode::Enter);
    let form = m.session.as_ref().unwrap().form.as_ref().expect("the form stays open");
    assert_eq!(form.error.as_deref(), Some("plan-form-error-due"));
    assert!(form.error_text.as_deref().unwrap().contains("31.12.2026"));
    assert_eq!(form.value(2), "31.12.2026", "the typed text is kept");
    assert_eq!(form.value(1), "Anna Berg");
    assert_eq!(form.focus, 2, "the wrong field in focus");
    assert!(
        assessment(&m).action(&id).unwrap().owner.is_empty(),
        "nothing saved yet"
    );
    let screen = common::draw(&m, 80, 24);
    assert!(screen.contains("is not a date"), "the error in the form:\n{screen}");
    insta::assert_snapshot!("plan_due_error_80x24", screen);
    // Corrected, with an effort not on the scale: refused too.
    for _ in 0..10 {
        key(&mut m, KeyCode::Backspace);
    }
    keys(&mut m, "2026-12-31");
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "huge");
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Enter);
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert_eq!(form.error.as_deref(), Some("plan-form-error-effort"));
    assert!(form.error_text.as_deref().unwrap().contains("S, M, L"));
    for _ in 0..4 {
        key(&mut m, KeyCode::Backspace);
    }
    keys(&mut m, "m");
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Enter);
    assert!(m.session.as_ref().unwrap().form.is_none());
    let x = assessment(&m).action(&id).unwrap();
    assert_eq!(x.owner, "Anna Berg");
    assert_eq!(x.due.unwrap().to_string(), "2026-12-31");
    assert_eq!(x.effort, "M", "a label as the scale spells it");
}

#[test]
fn the_filter_shows_one_zone_and_says_so_in_the_title() {
    let mut m = proposed();
    let all = m.plan.computed.as_ref().unwrap().shown.len();
    let first_target = m.session.as_ref().unwrap().target_ids()[0].clone();
    keys(&mut m, "f");
    key(&mut m, KeyCode::Right);
    for _ in 0..3 {
        key(&mut m, KeyCode::Tab);
    }
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.plan.filter.target.as_deref(), Some(first_target.as_str()));
    let c = m.plan.computed.as_ref().unwrap();
    let a = assessment(&m);
    assert!(c.shown.len() < all, "{} of {all}", c.shown.len());
    assert!(!c.shown.is_empty());
    for &i in &c.shown {
        assert!(a.action(&c.plan.items[i].id).unwrap().concerns_target(&first_target));
    }
    let screen = common::draw(&m, 120, 30);
    assert!(screen.contains(&format!("zone {first_target}")), "{screen}");
    // F shows all again.
    keys(&mut m, "F");
    assert_eq!(m.plan.computed.as_ref().unwrap().shown.len(), all);
    // Overdue only: none yet.
    keys(&mut m, "f");
    for _ in 0..3 {
        key(&mut m, KeyCode::Tab);
    }
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Enter);
    assert!(m.plan.computed.as_ref().unwrap().shown.is_empty());
}

#[test]
fn done_changes_no_answer_lists_the_requirements_and_enter_goes_to_one() {
    let mut m = proposed();
    let id = selected(&m);
    let answers = assessment(&m).answers().to_vec();
    keys(&mut m, "d");
    assert_eq!(status(&m, &id), ActionStatus::Done);
    assert_eq!(
        assessment(&m).answers(),
        answers.as_slice(),
        "done never changes an answer"
    );
    assert_eq!(m.plan.focus, Panel::Detail);
    let wanted = assessment(&m).action(&id).unwrap().answer_ids();
    assert!(!wanted.is_empty());
    assert!(m.notice.clone().unwrap().contains("re-assess"));
    let screen = common::draw(&m, 160, 48);
    assert!(screen.contains("re-assess"), "{screen}");
    if wanted.len() > 1 {
        key(&mut m, KeyCode::Down);
    }
    let target = wanted[wanted.len().min(2) - 1].clone();
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.answer_id(), Some(target));
}

#[test]
fn an_overdue_action_is_on_the_review_list_and_enter_selects_it_in_the_plan() {
    let mut m = proposed();
    key(&mut m, KeyCode::Down);
    let id = selected(&m);
    keys(&mut m, "u");
    for _ in 0..10 {
        key(&mut m, KeyCode::Backspace);
    }
    keys(&mut m, "2026-11-01");
    for _ in 0..3 {
        key(&mut m, KeyCode::Tab);
    }
    key(&mut m, KeyCode::Enter);
    assert!(
        m.plan
            .computed
            .as_ref()
            .unwrap()
            .plan
            .items
            .iter()
            .any(|p| p.id == id && p.overdue)
    );
    key(&mut m, KeyCode::Home);
    assert_ne!(selected(&m), id);
    keys(&mut m, "r");
    assert_eq!(m.screen, Screen::Results);
    let review = &m.session.as_ref().unwrap().scored.as_ref().unwrap().review;
    let at = review
        .iter()
        .position(|(c, _)| matches!(c, Concern::Overdue { action, .. } if *action == id))
        .expect("the overdue action is on the review list");
    key(&mut m, KeyCode::Tab);
    assert_eq!(m.results.focus, ResultsPanel::Review);
    for _ in 0..at {
        key(&mut m, KeyCode::Down);
    }
    let screen = common::draw(&m, 160, 48);
    assert!(
        screen.contains(&format!("{id}  (action overdue: no owner, due 2026-11-01)")),
        "{screen}"
    );
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Plan);
    assert_eq!(selected(&m), id);
}

#[test]
fn snapshots_after_proposing() {
    let mut m = proposed();
    m.notice = None;
    insta::assert_snapshot!("plan_80x24", common::draw(&m, 80, 24));
    insta::assert_snapshot!("plan_160x48", common::draw(&m, 160, 48));
    // The smallest terminal: nothing overlaps, nothing panics, in every panel.
    for panel in 0..3 {
        let screen = common::draw(&m, 60, 16);
        assert!(screen.lines().all(|l| l.chars().count() <= 60));
        if panel == 0 {
            insta::assert_snapshot!("plan_60x16", screen);
        }
        key(&mut m, KeyCode::Tab);
    }
    keys(&mut m, "x");
    insta::assert_snapshot!("plan_drop_80x24", common::draw(&m, 80, 24));
}

#[test]
fn snapshot_in_german() {
    let mut m = common::model();
    m.texts.select(Some(&"de".parse().unwrap()));
    let mut m = open(m, demo_without_plan());
    keys(&mut m, "P");
    keys(&mut m, "p");
    m.notice = None;
    insta::assert_snapshot!("de_plan_80x24", common::draw(&m, 80, 24));
}

#[test]
fn an_owner_typed_when_the_program_stopped_comes_back_in_its_field_on_its_action() {
    let mut m = proposed();
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Down);
    let id = selected(&m);
    keys(&mut m, "o");
    keys(&mut m, "Ana Ru");
    let resume = iacs_assess::tui::memory::resume_of(&m, now()).expect("the form is kept");
    let a = assessment(&m).clone();

    // Reopened after the program was killed: elsewhere in the list, the draft offered back.
    let mut o = Opened::new(PathBuf::from("/p.toml"), a);
    o.resume = Some(Box::new(resume));
    let mut m = common::model();
    update(&mut m, Msg::Opened(Ok(o)), now());
    assert!(matches!(m.dialog, Some(Dialog::Draft(_))));
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Plan);
    assert_eq!(selected(&m), id, "the list shows the action the form is about");
    let form = m
        .session
        .as_ref()
        .unwrap()
        .form
        .as_ref()
        .expect("the form is open again");
    assert_eq!(form.focus, 1, "on the owner, where the typing was");
    keys(&mut m, "iz");
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert!(
        form.values()
            .iter()
            .any(|v| matches!(v, iacs_assess::tui::forms::form::FieldValue::Text(t) if t.ends_with("Ana Ruiz"))),
        "{:?}",
        form.values()
    );
}
