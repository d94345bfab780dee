//! The questionnaire screen carrying a whole assessment (issue 16): answering a group at once,
//! searching every questionnaire, the answer pane that grows and scrolls, messages read whole.
//! `update` driven directly, and the screens drawn into a TestBackend (insta snapshots).

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use iacs_assess::assessment::{Answer, AnswerId, AnswerKey, Assessment};
use iacs_assess::tui::dialog::Dialog;
use iacs_assess::tui::model::{Field, Model, Screen};
use iacs_assess::tui::resume::DraftText;
use iacs_assess::tui::update::{Effect, Msg, Opened, ctrl, press, update};
use jiff::Timestamp;
use std::path::PathBuf;

const T0: Timestamp = Timestamp::UNIX_EPOCH;
const Q24: &str = "iec62443-2-4";
use common::SP04;

/// 62443-2-4 and 3-3 (per zone, Z1 and Z2), opened, with "Ann" interviewed.
fn opened() -> Model {
    let mut m = common::model();
    let mut a = Assessment::new("North plant", "en", vec![Q24.into(), "iec62443-3-3".into()], T0);
    a.risk_model = m.catalog.risk_model("default").cloned();
    a.zones.push(common::zone("Z1", "Control network"));
    a.zones.push(common::zone("Z2", "Safety"));
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/plants/north.toml"), a))),
        T0,
    );
    m.session.as_mut().unwrap().interviewee = "Ann".into();
    m
}

fn keys(m: &mut Model, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in keys.chars() {
        effects.extend(update(m, press(KeyCode::Char(c)), T0));
    }
    effects
}

fn key(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, press(code), T0)
}

fn answer(m: &Model, q: &str, target: Option<&str>, r: &str) -> Option<Answer> {
    m.session
        .as_ref()?
        .assessment
        .answer(AnswerKey {
            questionnaire: q,
            target,
            requirement: r,
        })
        .cloned()
}

fn value(m: &Model, r: &str) -> Option<String> {
    answer(m, Q24, None, r).and_then(|a| a.value).map(String::from)
}

/// Search for `query` and stay at the match shown (Enter, then Enter in the list).
fn search(m: &mut Model, query: &str) {
    keys(m, "/");
    keys(m, query);
    key(m, KeyCode::Enter);
    key(m, KeyCode::Enter);
}

/// The group header SP.04 selected, no search active.
fn on_sp04(m: &mut Model) {
    search(m, "SP.04");
    key(m, KeyCode::Esc);
    let s = m.session.as_ref().unwrap();
    assert!(s.found.is_none());
    let q = m.questionnaire().unwrap();
    assert_eq!(q.groups[s.group.expect("a header is selected")].id, "SP.04");
}

fn give(m: &mut Model, r: &str, v: &str) {
    let id = AnswerId::new(Q24, None, r);
    m.session.as_mut().unwrap().give(&id, Some(v.to_string()), T0);
}

#[test]
fn a_whole_area_not_applicable_with_one_reason_in_one_undo_step() {
    let mut m = opened();
    on_sp04(&mut m);
    // On the header, the n/a key asks for the reason, once for all six.
    keys(&mut m, "n");
    let editor = m.session.as_ref().unwrap().editor.as_ref().unwrap();
    assert_eq!(editor.field, Field::Reason);
    assert!(editor.bulk.is_some());
    keys(&mut m, "No wireless at all");
    let effects = key(&mut m, KeyCode::Esc);
    // Nothing was answered before: no question, given at once, saved.
    assert!(m.dialog.is_none());
    assert_eq!(common::kinds(&effects), ["Save"]);
    for r in SP04 {
        let a = answer(&m, Q24, None, r).unwrap();
        assert_eq!(a.value.as_deref(), Some("na"), "{r}");
        assert_eq!(a.note, "No wireless at all");
        assert_eq!(a.interviewee, "Ann", "stamped with the interviewee");
    }
    assert!(m.notice.as_ref().unwrap().contains("6 answers"));
    // The structure says n/a for the area; the results and the score say it does not apply.
    let screen = common::draw(&m, 160, 48);
    assert!(
        screen
            .lines()
            .any(|l| l.contains("SP.04 Wireless") && l.contains("n/a")),
        "{screen}"
    );
    // One undo step takes all six back.
    update(&mut m, ctrl('z'), T0);
    for r in SP04 {
        assert_eq!(answer(&m, Q24, None, r), None, "{r}");
    }
}

#[test]
fn a_whole_group_at_one_level_and_the_results_show_a_group_that_does_not_apply() {
    let mut m = opened();
    on_sp04(&mut m);
    keys(&mut m, "3");
    for r in SP04 {
        assert_eq!(value(&m, r).as_deref(), Some("ml3"));
    }
    // A with the value chosen in the question.
    search(&mut m, "SP.05");
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "A");
    assert!(matches!(m.dialog, Some(Dialog::Bulk(_))));
    let question = common::draw(&m, 80, 24);
    assert!(question.contains("Answer the whole group"), "{question}");
    keys(&mut m, "2");
    assert!(m.dialog.is_none(), "{:?}", m.notice);
    let sp05 = m
        .questionnaire()
        .unwrap()
        .requirements
        .iter()
        .filter(|r| r.group == "SP.05")
        .count();
    assert!(sp05 > 0);
    let given = m
        .session
        .as_ref()
        .unwrap()
        .assessment
        .answers()
        .iter()
        .filter(|a| a.requirement.starts_with("SP.05") && a.value.as_deref() == Some("ml2"))
        .count();
    assert_eq!(given, sp05);
    // SP.04 not applicable, with a reason: the results screen shows no bar for it.
    search(&mut m, "SP.04");
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "n");
    keys(&mut m, "No wireless");
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "y");
    keys(&mut m, "r");
    assert_eq!(m.screen, Screen::Results);
    let results = common::draw(&m, 160, 48);
    let line = results.lines().find(|l| l.contains("SP.04 Wireless")).unwrap();
    assert!(line.contains("not applicable (all 6 requirements)"), "{line}");
    assert!(!line.contains('░'), "{line}");
}

#[test]
fn replacing_answers_given_asks_first_with_the_count_and_esc_changes_nothing() {
    let mut m = opened();
    give(&mut m, "SP.04.01 BR", "ml3");
    give(&mut m, "SP.04.02 BR", "ml1");
    give(&mut m, "SP.04.03 BR", "ml2");
    on_sp04(&mut m);
    keys(&mut m, "2");
    // Six answers change, two of them hold another value now (SP.04.03 BR holds ML2 already).
    let Some(Dialog::Bulk(b)) = &m.dialog else {
        panic!("the question is asked")
    };
    let plan = iacs_assess::tui::bulk::plan(&m, b);
    assert_eq!((plan.requirements, plan.changes, plan.replaces), (6, 5, 2));
    let screen = common::draw(&m, 80, 24);
    assert!(screen.contains("5 answers change"), "{screen}");
    assert!(
        screen.contains("2 of them") && screen.contains("replacing values given already"),
        "{screen}"
    );
    // Esc: nothing changes.
    let effects = key(&mut m, KeyCode::Esc);
    assert!(effects.is_empty());
    assert!(m.dialog.is_none());
    assert_eq!(value(&m, "SP.04.01 BR").as_deref(), Some("ml3"));
    assert_eq!(value(&m, "SP.04.02 RE(1)"), None);
    // Again, and y: all six at ML2 in one step.
    keys(&mut m, "2");
    let effects = keys(&mut m, "y");
    assert_eq!(common::kinds(&effects), ["Save"]);
    for r in SP04 {
        assert_eq!(value(&m, r).as_deref(), Some("ml2"), "{r}");
    }
    update(&mut m, ctrl('z'), T0);
    assert_eq!(value(&m, "SP.04.01 BR").as_deref(), Some("ml3"));
    assert_eq!(value(&m, "SP.04.02 BR").as_deref(), Some("ml1"));
    assert_eq!(value(&m, "SP.04.03 BR").as_deref(), Some("ml2"));
    assert_eq!(value(&m, "SP.04.02 RE(1)"), None);
    // An empty reason records nothing.
    keys(&mut m, "hn");
    key(&mut m, KeyCode::Esc);
    assert_eq!(value(&m, "SP.04.02 RE(1)"), None);
    assert!(m.notice.as_ref().unwrap().contains("needs a reason"));
}

#[test]
fn the_reason_editor_offers_the_last_reason_written() {
    let mut m = opened();
    // A single n/a with its reason first.
    keys(&mut m, "n");
    keys(&mut m, "No subcontractors");
    key(&mut m, KeyCode::Esc);
    assert_eq!(value(&m, "SP.01.01 BR").as_deref(), Some("na"));
    on_sp04(&mut m);
    keys(&mut m, "n");
    update(&mut m, ctrl('l'), T0);
    key(&mut m, KeyCode::Esc);
    for r in SP04 {
        assert_eq!(answer(&m, Q24, None, r).unwrap().note, "No subcontractors");
    }
}

#[test]
fn group_headers_are_reached_with_h_and_left_with_j() {
    let mut m = opened();
    keys(&mut m, "jj");
    let cursor = m.session.as_ref().unwrap().cursor;
    keys(&mut m, "h");
    let s = m.session.as_ref().unwrap();
    let q = m.questionnaire().unwrap();
    assert_eq!(q.groups[s.group.unwrap()].id, "SP.01");
    // A note on a header says where it works, and edits nothing.
    keys(&mut m, "e");
    assert!(m.session.as_ref().unwrap().editor.is_none());
    assert!(m.notice.as_ref().unwrap().contains("group header"));
    keys(&mut m, "j");
    let s = m.session.as_ref().unwrap();
    assert_eq!((s.group, s.cursor), (None, 0));
    assert!(cursor > 0);
}

#[test]
fn search_goes_through_every_questionnaire_with_n_and_n_and_esc_cancels() {
    let mut m = opened();
    // A note in a 3-3 answer for zone Z2: found from the 2-4 questionnaire.
    let id = AnswerId::new("iec62443-3-3", Some("Z2"), "SR 1.3");
    let s = m.session.as_mut().unwrap();
    s.give(&id, Some("met".into()), T0);
    s.edit_details(&id, T0, |a| a.note = "Accounts reviewed by the Zebrafish team".into());
    keys(&mut m, "/");
    keys(&mut m, "zebrafish");
    key(&mut m, KeyCode::Enter);
    // The list is open with the one match, shown behind it.
    let screen = common::draw(&m, 80, 24);
    assert!(screen.contains("SR 1.3 (Z2)"), "{screen}");
    assert_eq!(m.questionnaire().unwrap().id, "iec62443-3-3");
    assert_eq!(m.requirement().unwrap().id, "SR 1.3");
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("Z2"));
    // Esc in the list: back where the search started, and the search ends.
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.questionnaire().unwrap().id, Q24);
    assert_eq!(m.requirement().unwrap().id, "SP.01.01 BR");
    assert!(m.session.as_ref().unwrap().found.is_none());

    // Esc in the search box: nothing runs, the last search stays as it was.
    keys(&mut m, "/");
    keys(&mut m, "SP.07");
    key(&mut m, KeyCode::Esc);
    let s = m.session.as_ref().unwrap();
    assert_eq!((s.cursor, s.found.is_none(), s.search.as_str()), (0, true, "zebrafish"));

    // n / N go through the matches while the search is active; n means n/a again after Esc.
    search(&mut m, "SP.07.0");
    assert_eq!(m.requirement().unwrap().id, "SP.07.01 BR");
    keys(&mut m, "n");
    let second = m.requirement().unwrap().id.clone();
    assert!(second.starts_with("SP.07.0") && second != "SP.07.01 BR", "{second}");
    keys(&mut m, "N");
    assert_eq!(m.requirement().unwrap().id, "SP.07.01 BR");
    assert_eq!(value(&m, "SP.07.01 BR"), None, "n did not answer");
    // Before the first match: on to the last, and the status line says it went round.
    keys(&mut m, "N");
    assert_eq!(m.notice.as_deref(), Some("Before the first match: on to the last."));
    keys(&mut m, "n");
    assert_eq!(m.notice.as_deref(), Some("Past the last match: back at the first."));
    assert_eq!(m.requirement().unwrap().id, "SP.07.01 BR");
    keys(&mut m, "n");
    assert_eq!(m.notice, None, "a step that does not go round says nothing");
    keys(&mut m, "N");
    let status = common::draw(&m, 160, 48);
    assert!(status.contains("n next · N previous"), "{status}");
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Questionnaire, "Esc ended the search, not the screen");
    keys(&mut m, "n");
    assert_eq!(
        m.session.as_ref().unwrap().editor.as_ref().map(|e| e.field),
        Some(Field::Reason)
    );
}

#[test]
fn the_answer_pane_grows_with_a_long_note_and_scrolls_when_still_too_small() {
    let mut m = opened();
    keys(&mut m, "3");
    let id = AnswerId::new(Q24, None, "SP.01.01 BR");
    let long = "The integrator keeps a written list of subcontractors with their security obligations. \
                It is reviewed every year by the quality manager and signed by the project lead.\n\
                Seen the 2026 edition and the signature page."
        .to_string();
    m.session.as_mut().unwrap().edit_details(&id, T0, |a| {
        a.note = long.clone();
        a.evidence = vec!["QM-07 subcontractor list".into(), "Minutes 2026-03".into()];
    });
    // The question stays whole above the grown pane (a trial saw its end cut off at 80x24).
    let r = m.requirement().unwrap();
    let question = m.texts.get(Q24, &r.key, Some("question"));
    let last_word = question.split_whitespace().last().unwrap().to_string();
    for (w, h) in [(80, 24), (160, 48)] {
        let screen = common::draw(&m, w, h);
        assert!(screen.contains("Evidence: QM-07"), "{w}x{h}\n{screen}");
        assert!(screen.contains("Given by: Ann"), "{w}x{h}\n{screen}");
        assert!(
            screen.contains(&last_word),
            "{w}x{h}: the question ends with {last_word}\n{screen}"
        );
    }
    // At the smallest screen the pane scrolls: it says so, and J shows the rest.
    let small = common::draw(&m, 60, 16);
    assert!(small.contains("more lines"), "{small}");
    keys(&mut m, &"J".repeat(12));
    let small = common::draw(&m, 60, 16);
    assert!(small.contains("Given by: Ann"), "{small}");
    // At the bottom the border says what is above, not "0 more lines".
    assert!(small.contains("lines above") && !small.contains("0 more"), "{small}");
    // Another requirement starts at the top.
    keys(&mut m, "j");
    assert_eq!(m.session.as_ref().unwrap().answer_scroll, 0);
}

#[test]
fn the_note_editor_wraps_long_lines() {
    let mut m = opened();
    keys(&mut m, "e");
    keys(
        &mut m,
        "The first words of a long note stay in sight when the line is longer than the pane is wide",
    );
    let screen = common::draw(&m, 80, 24);
    assert!(screen.contains("The first words"), "{screen}");
    assert!(screen.contains("is wide"), "{screen}");
}

#[test]
fn a_long_message_is_read_whole_and_the_next_key_only_dismisses_it() {
    let mut m = opened();
    update(&mut m, Msg::Resized(80, 24), T0);
    let long = format!(
        "Could not write the export: {}",
        "the folder /a/very/long/path ".repeat(4)
    );
    m.notice = Some(long.clone());
    let screen = common::draw(&m, 80, 24);
    let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(long.trim()), "{screen}");
    // Longer than a quarter of the screen: a popup, which the next key closes and nothing else.
    let longer = "A message of many words. ".repeat(40);
    m.notice = Some(longer);
    let screen = common::draw(&m, 80, 24);
    assert!(screen.contains("Any key closes this message"), "{screen}");
    keys(&mut m, "3");
    assert!(m.notice.is_none());
    assert_eq!(value(&m, "SP.01.01 BR"), None, "the key only closed the message");
}

#[test]
fn key_bindings_of_the_new_actions_follow_the_config_file() {
    let mut m = opened();
    let mut o = std::collections::BTreeMap::new();
    o.insert("answer-group".to_string(), "F7".to_string());
    o.insert("next-match".to_string(), "F8".to_string());
    m.keymap = iacs_assess::tui::keymap::Keymap::with_overrides(&o).unwrap();
    search(&mut m, "SP.07.0");
    update(&mut m, Msg::Key(KeyEvent::new(KeyCode::F(8), KeyModifiers::NONE)), T0);
    assert_ne!(m.requirement().unwrap().id, "SP.07.01 BR");
    key(&mut m, KeyCode::Esc);
    update(&mut m, Msg::Key(KeyEvent::new(KeyCode::F(7), KeyModifiers::NONE)), T0);
    assert!(matches!(m.dialog, Some(Dialog::Bulk(_))));
}

// ---- snapshots -------------------------------------------------------------------------------

fn snapshot_both(name: &str, m: &Model) {
    insta::assert_snapshot!(format!("{name}_80x24"), common::draw(m, 80, 24));
    insta::assert_snapshot!(format!("{name}_160x48"), common::draw(m, 160, 48));
}

#[test]
fn snapshots_of_the_bulk_question_the_search_list_and_a_long_note() {
    let mut m = opened();
    update(&mut m, Msg::Saved(Ok(T0)), T0);
    give(&mut m, "SP.04.01 BR", "ml3");
    give(&mut m, "SP.04.02 BR", "ml1");
    on_sp04(&mut m);
    snapshot_both("q_group_header", &m);
    keys(&mut m, "2");
    snapshot_both("q_bulk_replace", &m);
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "A");
    snapshot_both("q_bulk_choose", &m);
    keys(&mut m, "n");
    keys(&mut m, "No wireless anywhere in the plant");
    snapshot_both("q_bulk_reason", &m);
    key(&mut m, KeyCode::Esc);
    key(&mut m, KeyCode::Esc);

    keys(&mut m, "/");
    keys(&mut m, "backup");
    key(&mut m, KeyCode::Enter);
    snapshot_both("q_search_list", &m);
    key(&mut m, KeyCode::Esc);

    keys(&mut m, "3");
    let id = AnswerId::new(Q24, None, "SP.01.01 BR");
    m.session.as_mut().unwrap().edit_details(&id, T0, |a| {
        a.note = "Subcontractor list kept by the quality manager.\nReviewed every year; the 2026 review \
                  added two firms for the chlorination upgrade and removed one that closed."
            .into();
        a.evidence = vec!["QM-07 subcontractor list".into(), "Minutes 2026-03".into()];
    });
    snapshot_both("q_answer_long_note", &m);
}

/// Ctrl-C while typing the one reason for a whole group that would replace given answers: nothing
/// is replaced without the question, and the reason is not lost: it is remembered as a draft and
/// offered back, in the group's reason editor, when the file is opened again.
#[test]
fn a_group_reason_typed_when_the_program_is_left_is_kept_and_offered_back() {
    let mut m = opened();
    give(&mut m, "SP.04.01 BR", "ml2");
    on_sp04(&mut m);
    keys(&mut m, "n");
    keys(&mut m, "No wireless anywhere on site");
    let effects = update(&mut m, ctrl('c'), T0);
    assert!(m.quit, "{:?}", common::kinds(&effects));
    assert_eq!(
        answer(&m, Q24, None, "SP.04.01 BR").unwrap().value.as_deref(),
        Some("ml2")
    );
    assert_eq!(
        answer(&m, Q24, None, "SP.04.02 BR"),
        None,
        "nothing given without the question"
    );
    let resume = iacs_assess::tui::memory::resume_of(&m, T0).unwrap();
    let draft = resume.draft.clone().expect("the reason is a draft");
    assert!(
        matches!(&draft.text, DraftText::BulkReason { text, bulk } if text == "No wireless anywhere on site" && bulk.value.as_deref() == Some("na")),
        "{draft:?}"
    );
    // Opened again: the draft is offered; Enter puts it back in the group's reason editor.
    let mut again = common::model();
    let a = (*m.session.as_ref().unwrap().assessment).clone();
    let mut o = Opened::new(PathBuf::from("/plants/north.toml"), a);
    o.resume = Some(Box::new(resume));
    update(&mut again, Msg::Opened(Ok(o)), T0);
    let offered = common::draw(&again, 100, 30);
    assert!(offered.contains("every requirement of SP.04"), "{offered}");
    key(&mut again, KeyCode::Enter);
    let editor = again
        .session
        .as_ref()
        .unwrap()
        .editor
        .as_ref()
        .expect("the reason editor is open");
    assert!(editor.bulk.is_some());
    assert_eq!(editor.text(), "No wireless anywhere on site");
    // Finishing it now asks before replacing the answer given (SP.04.01 BR at ML2).
    key(&mut again, KeyCode::Esc);
    assert!(matches!(again.dialog, Some(Dialog::Bulk(_))));
}
