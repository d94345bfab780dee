//! The terminal interface without a terminal: `update` for every action, and the screens drawn
//! into ratatui's TestBackend and compared with insta snapshots.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use iacs_assess::assessment::{AnswerKey, Assessment};
use iacs_assess::demo::Demo;
use iacs_assess::tui::model::{Field, Model, SaveState, Screen};
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Effect, Msg, Opened, press, update};
use iacs_assess::tui::view::view;
use jiff::Timestamp;
use ratatui::{Terminal, backend::TestBackend};
use std::path::PathBuf;

const T0: Timestamp = Timestamp::UNIX_EPOCH;

fn model() -> Model {
    let mut texts = common::texts();
    texts.select(None);
    Model::new(
        common::catalog(),
        texts,
        Theme::monochrome(),
        vec![common::recent("/plants/north.toml")],
        PathBuf::from("/data"),
    )
}

fn demo_assessment(model: &Model) -> Assessment {
    let mut a = Assessment::new(
        "North plant",
        "en",
        vec!["iec62443-2-4".into(), "iec62443-3-3".into()],
        T0,
    );
    a.risk_model = model.catalog.risk_model("default").cloned();
    for (id, name) in [("Z1", "Control network"), ("Z2", "Safety")] {
        a.zones.push(common::zone(id, name));
    }
    a
}

fn opened() -> Model {
    let mut m = model();
    let a = demo_assessment(&m);
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/plants/north.toml"), a))),
        T0,
    );
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

fn answer(m: &Model, q: &str, target: Option<&str>, r: &str) -> Option<iacs_assess::assessment::Answer> {
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

#[test]
fn home_moves_opens_starts_a_new_assessment_and_quits() {
    let mut m = model();
    assert_eq!(key(&mut m, KeyCode::Down), []);
    assert_eq!(m.home_cursor, 1);
    assert_eq!(key(&mut m, KeyCode::Enter), [Effect::OpenDemo(Demo::WaterWorks)]);
    key(&mut m, KeyCode::Down);
    assert_eq!(key(&mut m, KeyCode::Enter), [Effect::OpenDemo(Demo::Integrator)]);
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Learn);
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Home);
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Down);
    assert_eq!(
        key(&mut m, KeyCode::Enter),
        [Effect::Open(PathBuf::from("/plants/north.toml"))]
    );
    assert_eq!(keys(&mut m, "d"), [Effect::OpenDemo(Demo::WaterWorks)]);
    assert_eq!(keys(&mut m, "D"), [Effect::OpenDemo(Demo::Integrator)]);
    for _ in 0..5 {
        key(&mut m, KeyCode::Up);
    }
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Wizard);
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Home);
    assert_eq!(common::kinds(&keys(&mut m, "q")), ["Remember", "Quit"]);
    assert!(m.quit);
}

#[test]
fn the_wizard_refuses_without_title_or_questionnaire_and_then_creates() {
    let mut m = model();
    keys(&mut m, "n");
    let create_row = m.wizard.as_ref().unwrap().rows() - 1;
    for _ in 0..create_row {
        key(&mut m, KeyCode::Tab);
    }
    assert_eq!(key(&mut m, KeyCode::Enter), []);
    assert_eq!(m.wizard.as_ref().unwrap().error.as_deref(), Some("title"));
    keys(&mut m, "West Works 2026");
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "Acme");
    for _ in 0..4 {
        key(&mut m, KeyCode::Tab);
    }
    // The language row: the interface speaks English; choose the one before it (German).
    assert_eq!(
        m.wizard.as_ref().unwrap().focus,
        m.wizard.as_ref().unwrap().language_row()
    );
    key(&mut m, KeyCode::Left);
    key(&mut m, KeyCode::Tab);
    // First questionnaire row: choose it.
    keys(&mut m, " ");
    let w = m.wizard.as_ref().unwrap();
    assert!(w.questionnaires[0].1);
    while m.wizard.as_ref().unwrap().focus != create_row {
        key(&mut m, KeyCode::Tab);
    }
    let effects = key(&mut m, KeyCode::Enter);
    let [Effect::Create(path, a)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(path, &PathBuf::from("/data/west-works-2026.toml"));
    assert_eq!(a.assessment.title, "West Works 2026");
    assert_eq!(a.assessment.organisation, "Acme");
    assert_eq!(a.assessment.language, "de");
    assert_eq!(a.assessment.questionnaires.len(), 1);
}

#[test]
fn answering_saves_and_the_status_tells_the_truth() {
    let mut m = opened();
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(keys(&mut m, "3"), [Effect::Save]);
    assert_eq!(m.save, SaveState::Pending);
    assert_eq!(
        answer(&m, "iec62443-2-4", None, "SP.01.01 BR")
            .unwrap()
            .value
            .as_deref(),
        Some("ml3")
    );
    update(&mut m, Msg::Saved(Err("disk full".into())), T0);
    assert_eq!(m.save, SaveState::Failed("disk full".into()));
    keys(&mut m, "2");
    update(&mut m, Msg::Saved(Ok(T0)), T0);
    assert_eq!(m.save, SaveState::Saved(T0));
    // Keys that are not on the scale do nothing.
    assert_eq!(keys(&mut m, "m"), []);
    // Backspace clears the answer and drops the empty record.
    assert_eq!(key(&mut m, KeyCode::Backspace), [Effect::Save]);
    assert!(answer(&m, "iec62443-2-4", None, "SP.01.01 BR").is_none());
}

#[test]
fn not_applicable_asks_for_a_reason_in_the_note() {
    let mut m = opened();
    keys(&mut m, "n");
    let s = m.session.as_ref().unwrap();
    assert_eq!(s.editor.as_ref().map(|e| e.field), Some(Field::Reason));
    assert!(
        answer(&m, "iec62443-2-4", None, "SP.01.01 BR").is_none(),
        "nothing is recorded before the reason"
    );
    keys(&mut m, "No wireless");
    update(&mut m, Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)), T0);
    keys(&mut m, "on site");
    assert_eq!(key(&mut m, KeyCode::Esc), [Effect::Save]);
    let a = answer(&m, "iec62443-2-4", None, "SP.01.01 BR").unwrap();
    assert_eq!(a.value.as_deref(), Some("na"));
    assert_eq!(a.note, "No wireless\non site");
}

#[test]
fn the_interviewee_is_stamped_on_every_answer_until_changed() {
    let mut m = opened();
    keys(&mut m, "i");
    keys(&mut m, "B. Engineer");
    key(&mut m, KeyCode::Enter);
    keys(&mut m, "1j2");
    assert_eq!(
        answer(&m, "iec62443-2-4", None, "SP.01.01 BR").unwrap().interviewee,
        "B. Engineer"
    );
    assert_eq!(
        answer(&m, "iec62443-2-4", None, "SP.01.01 RE(1)").unwrap().interviewee,
        "B. Engineer"
    );
    keys(&mut m, "v");
    keys(&mut m, "DOC-1");
    update(&mut m, Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)), T0);
    keys(&mut m, "DOC-2");
    key(&mut m, KeyCode::Esc);
    assert_eq!(
        answer(&m, "iec62443-2-4", None, "SP.01.01 RE(1)").unwrap().evidence,
        ["DOC-1", "DOC-2"]
    );
}

#[test]
fn flags_and_jumps_to_unanswered_and_flagged() {
    let mut m = opened();
    keys(&mut m, "1j1jf");
    let cursor = |m: &Model| m.session.as_ref().unwrap().cursor;
    assert_eq!(cursor(&m), 2);
    assert!(answer(&m, "iec62443-2-4", None, "SP.01.02 BR").unwrap().flagged);
    key(&mut m, KeyCode::Home);
    keys(&mut m, "u");
    assert_eq!(cursor(&m), 2, "SP.01.02 BR has a flag but no value");
    keys(&mut m, "u");
    assert_eq!(cursor(&m), 3);
    keys(&mut m, "F");
    assert_eq!(cursor(&m), 2);
    keys(&mut m, "f");
    assert!(
        answer(&m, "iec62443-2-4", None, "SP.01.02 BR").is_none(),
        "unflagging leaves nothing to keep"
    );
    keys(&mut m, "F");
    assert!(m.notice.is_some(), "no flagged item left");
}

#[test]
fn search_finds_by_id_and_by_words() {
    let mut m = opened();
    keys(&mut m, "/");
    keys(&mut m, "SP.07.01");
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.requirement().unwrap().id, "SP.07.01 BR");
    // The list of matches is open; Enter stays at the match shown.
    key(&mut m, KeyCode::Enter);
    keys(&mut m, "/");
    for _ in 0..8 {
        key(&mut m, KeyCode::Backspace);
    }
    keys(&mut m, "restore instructions");
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.requirement().unwrap().id, "SP.12.02 BR");
}

#[test]
fn the_guided_ladder_proposes_a_level() {
    let mut m = opened();
    keys(&mut m, "L");
    assert!(m.session.as_ref().unwrap().ladder.is_some());
    assert_eq!(keys(&mut m, "yyn"), [Effect::Save]);
    assert_eq!(
        answer(&m, "iec62443-2-4", None, "SP.01.01 BR")
            .unwrap()
            .value
            .as_deref(),
        Some("ml2")
    );
    keys(&mut m, "L");
    key(&mut m, KeyCode::Esc);
    assert!(m.session.as_ref().unwrap().ladder.is_none());
    assert_eq!(
        answer(&m, "iec62443-2-4", None, "SP.01.01 BR")
            .unwrap()
            .value
            .as_deref(),
        Some("ml2")
    );
}

#[test]
fn per_zone_questionnaires_answer_for_the_current_zone() {
    let mut m = opened();
    key(&mut m, KeyCode::Tab);
    assert_eq!(m.questionnaire().unwrap().id, "iec62443-3-3");
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("Z1"));
    keys(&mut m, "m");
    keys(&mut m, "z");
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("Z2"));
    keys(&mut m, "x");
    assert_eq!(
        answer(&m, "iec62443-3-3", Some("Z1"), "SR 1.1")
            .unwrap()
            .value
            .as_deref(),
        Some("met")
    );
    assert_eq!(
        answer(&m, "iec62443-3-3", Some("Z2"), "SR 1.1")
            .unwrap()
            .value
            .as_deref(),
        Some("not-met")
    );
    keys(&mut m, "Z");
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("Z1"));
    key(&mut m, KeyCode::BackTab);
    assert_eq!(m.session.as_ref().unwrap().target, None);
}

#[test]
fn help_results_language_guidance_and_leaving() {
    let mut m = opened();
    keys(&mut m, "?");
    assert!(m.help);
    keys(&mut m, "x");
    assert!(!m.help, "any key closes help");
    keys(&mut m, "g");
    assert!(m.session.as_ref().unwrap().guidance);
    keys(&mut m, "r");
    assert_eq!(m.screen, Screen::Results);
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Questionnaire);
    let before = m.texts.language().clone();
    keys(&mut m, "T");
    assert_ne!(m.texts.language(), &before);
    assert_eq!(common::kinds(&key(&mut m, KeyCode::Esc)), ["Remember", "Close"]);
    assert_eq!(m.screen, Screen::Home);
    assert!(m.session.is_none());
    let effects = update(
        &mut m,
        Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        T0,
    );
    assert_eq!(common::kinds(&effects), ["Remember", "Quit"]);
}

#[test]
fn a_failed_open_is_shown_and_nothing_changes() {
    let mut m = model();
    update(&mut m, Msg::Opened(Err("x.toml: not an assessment".into())), T0);
    assert_eq!(m.screen, Screen::Home);
    assert_eq!(m.notice.as_deref(), Some("x.toml: not an assessment"));
}

// ---- snapshots -------------------------------------------------------------------------------

fn draw(m: &Model, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view(m, f)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let line: String = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn snapshot_both(name: &str, m: &Model) {
    insta::assert_snapshot!(format!("{name}_80x24"), draw(m, 80, 24));
    insta::assert_snapshot!(format!("{name}_160x48"), draw(m, 160, 48));
}

#[test]
fn screens() {
    let mut m = model();
    snapshot_both("home", &m);
    keys(&mut m, "n");
    keys(&mut m, "West Works");
    snapshot_both("wizard", &m);

    let mut m = opened();
    update(&mut m, Msg::Saved(Ok(T0)), T0);
    keys(&mut m, "3jf");
    snapshot_both("questionnaire", &m);
    keys(&mut m, "g");
    snapshot_both("questionnaire_guidance", &m);
    keys(&mut m, "g");
    keys(&mut m, "L");
    snapshot_both("ladder", &m);
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "e");
    keys(&mut m, "Seen the training log");
    snapshot_both("note_editor", &m);
    key(&mut m, KeyCode::Esc);
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "mjmjx");
    snapshot_both("zone_questionnaire", &m);
    keys(&mut m, "r");
    snapshot_both("results", &m);
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "?");
    snapshot_both("help", &m);
    update(&mut m, Msg::Saved(Err("permission denied".into())), T0);
    keys(&mut m, "x");
    insta::assert_snapshot!("save_failed_80x24", draw(&m, 80, 24));
}

#[test]
fn tiny_terminals_show_a_notice_and_never_panic() {
    let m = opened();
    insta::assert_snapshot!("too_small", draw(&m, 40, 10));
    for (w, h) in [(1, 1), (0, 0), (59, 40), (200, 15), (60, 16), (3, 100)] {
        draw(&m, w, h);
    }
}

#[test]
fn screens_hold_in_german_and_french_at_80x24() {
    for language in ["de", "fr"] {
        let mut m = opened();
        m.texts.select(Some(&language.parse().unwrap()));
        update(&mut m, Msg::Saved(Ok(T0)), T0);
        keys(&mut m, "3j");
        insta::assert_snapshot!(format!("{language}_questionnaire_80x24"), draw(&m, 80, 24));
        keys(&mut m, "g");
        insta::assert_snapshot!(format!("{language}_guidance_80x24"), draw(&m, 80, 24));
        keys(&mut m, "gL");
        insta::assert_snapshot!(format!("{language}_ladder_80x24"), draw(&m, 80, 24));
        key(&mut m, KeyCode::Esc);
        key(&mut m, KeyCode::Tab);
        keys(&mut m, "m");
        insta::assert_snapshot!(format!("{language}_zone_80x24"), draw(&m, 80, 24));
        keys(&mut m, "r");
        insta::assert_snapshot!(format!("{language}_results_80x24"), draw(&m, 80, 24));
        key(&mut m, KeyCode::Esc);
        keys(&mut m, "?");
        insta::assert_snapshot!(format!("{language}_help_80x24"), draw(&m, 80, 24));
        let mut home = model();
        home.texts.select(Some(&language.parse().unwrap()));
        insta::assert_snapshot!(format!("{language}_home_80x24"), draw(&home, 80, 24));
        keys(&mut home, "n");
        insta::assert_snapshot!(format!("{language}_wizard_80x24"), draw(&home, 80, 24));
    }
}

#[test]
fn export_from_the_interface_proposes_a_file_and_asks_the_runtime() {
    let mut m = opened();
    keys(&mut m, "X");
    let form = m.session.as_ref().unwrap().form.as_ref().expect("export form");
    assert_eq!(form.value(2), "/plants/north.xlsx");
    key(&mut m, KeyCode::Right);
    assert_eq!(
        m.session.as_ref().unwrap().form.as_ref().unwrap().value(2),
        "/plants/north.csv"
    );
    // The plan CSV gets a name of its own, and going back gives the plain one again.
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Right);
    assert_eq!(
        m.session.as_ref().unwrap().form.as_ref().unwrap().value(2),
        "/plants/north.plan.csv"
    );
    key(&mut m, KeyCode::Left);
    key(&mut m, KeyCode::Left);
    assert_eq!(
        m.session.as_ref().unwrap().form.as_ref().unwrap().value(2),
        "/plants/north.csv"
    );
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Tab);
    let effects = key(&mut m, KeyCode::Enter);
    assert_eq!(
        effects,
        [Effect::Export(
            iacs_assess::export::Format::Csv.into(),
            PathBuf::from("/plants/north.csv"),
            false
        )]
    );
    assert!(m.session.as_ref().unwrap().form.is_none());
    update(&mut m, Msg::Exported(Ok(PathBuf::from("/plants/north.csv"))), T0);
    assert!(m.notice.as_deref().unwrap().contains("/plants/north.csv"));
    keys(&mut m, "X");
    key(&mut m, KeyCode::Esc);
    assert!(m.session.as_ref().unwrap().form.is_none());
    // An existing file (not an assessment) is replaced only after R; nothing else confirms it.
    let path = PathBuf::from("/plants/old.csv");
    update(
        &mut m,
        Msg::ExportExists(iacs_assess::export::Format::Csv.into(), path.clone()),
        T0,
    );
    for c in "yjoqr".chars() {
        assert_eq!(keys(&mut m, &c.to_string()), []);
    }
    assert_eq!(key(&mut m, KeyCode::Enter), []);
    assert_eq!(
        keys(&mut m, "R"),
        [Effect::Export(iacs_assess::export::Format::Csv.into(), path, true)]
    );
    // The second field: a CSV for Excel (byte-order mark, the language's separator).
    keys(&mut m, "X");
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Tab);
    let kind = iacs_assess::export::Kind {
        format: iacs_assess::export::Format::Csv,
        csv_dialect: iacs_assess::export::CsvDialect::Excel,
    };
    assert_eq!(
        key(&mut m, KeyCode::Enter),
        [Effect::Export(kind, PathBuf::from("/plants/north.csv"), false)]
    );
}

#[test]
fn key_bindings_follow_the_config_file() {
    let mut m = opened();
    let mut overrides = std::collections::BTreeMap::new();
    overrides.insert("next-unanswered".to_string(), "F6".to_string());
    overrides.insert("results".to_string(), "Ctrl-r".to_string());
    m.keymap = iacs_assess::tui::keymap::Keymap::with_overrides(&overrides).unwrap();
    keys(&mut m, "3");
    key(&mut m, KeyCode::Home);
    key(&mut m, KeyCode::F(6));
    assert_eq!(m.session.as_ref().unwrap().cursor, 1);
    keys(&mut m, "u");
    assert_eq!(m.session.as_ref().unwrap().cursor, 1, "u is no longer bound");
    update(
        &mut m,
        Msg::Key(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)),
        T0,
    );
    assert_eq!(m.screen, Screen::Results);
}

#[test]
fn learn_mode_explains_topics_and_browses_questionnaires() {
    let mut m = model();
    keys(&mut m, "l");
    assert_eq!(m.screen, Screen::Learn);
    insta::assert_snapshot!("learn_topic_80x24", draw(&m, 80, 24));
    insta::assert_snapshot!("learn_topic_160x48", draw(&m, 160, 48));
    // Past the topics to the first questionnaire, open it, walk two requirements.
    for _ in 0..iacs_assess::learn::TOPICS.len() {
        key(&mut m, KeyCode::Down);
    }
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.learn.open, Some(0));
    key(&mut m, KeyCode::Down);
    assert_eq!(m.learn.open, Some(1));
    insta::assert_snapshot!("learn_requirement_160x48", draw(&m, 160, 48));
    key(&mut m, KeyCode::PageDown);
    assert_eq!(m.learn.scroll, 10);
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.learn.open, None);
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Home);
    assert!(m.session.is_none(), "learning answers nothing");
}

#[test]
fn the_results_screen_scrolls_but_not_past_its_end() {
    let mut m = opened();
    keys(&mut m, "r");
    key(&mut m, KeyCode::PageDown);
    assert_eq!(m.results.row, 10);
    for _ in 0..50 {
        key(&mut m, KeyCode::PageDown);
    }
    let bottom = draw(&m, 80, 24);
    assert!(bottom.contains("Overall"), "the last row is in view: {bottom}");
    let rows = iacs_assess::tui::screens::results::view::maturity_rows(
        &m.session.as_ref().unwrap().scored.as_ref().unwrap().score,
    );
    assert_eq!(m.results.row, rows - 1, "the selection stops at the last row");
    key(&mut m, KeyCode::PageUp);
    assert_eq!(m.results.row, rows - 11, "and comes back at once");
    key(&mut m, KeyCode::Home);
    assert_eq!(m.results.row, 0);
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Questionnaire);
}

#[test]
fn escape_sequences_and_bidi_overrides_from_a_file_never_reach_the_terminal() {
    // ratatui drops control characters and zero-width clusters (the bidi controls are clusters of
    // their own) from every cell it draws; this holds the interface to that.
    let mut m = model();
    let mut a = demo_assessment(&m);
    a.assessment.title = "Plant\u{1b}]0;pwned\u{7}\u{1b}[2J \u{202E}evil\u{2066}".into();
    a.zones[0].name = "Zone\u{9b}31m\u{202D}".into();
    let mut x = iacs_assess::assessment::Answer::new(
        &iacs_assess::assessment::AnswerId::new("iec62443-2-4", None, "SP.01.01 BR"),
        T0,
    );
    x.value = Some("ml2".into());
    x.note = "note\u{1b}[31m red \u{202E}reversed\u{2069}".into();
    x.interviewee = "B\u{1b}c".into();
    a.set_answer(x);
    update(&mut m, Msg::Opened(Ok(Opened::new(PathBuf::from("/p.toml"), a))), T0);
    for screen in ["", "s", "r"] {
        keys(&mut m, screen);
        assert!(m.session.is_some());
        let text = draw(&m, 120, 40);
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'
                || ('\u{202A}'..='\u{202E}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)),
            "{screen:?}: {text:?}"
        );
        assert!(text.contains("Plant"), "{text}");
        if !screen.is_empty() {
            key(&mut m, KeyCode::Esc);
        }
    }
}
