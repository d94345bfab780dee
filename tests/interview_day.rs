//! The interview day, one defect class per test: nothing typed is lost, nothing is misattributed,
//! nothing is credited without its reason. `update` is driven directly (and, where a file is
//! involved, the runtime with a real file in a temporary folder).

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use iacs_assess::assessment::{Answer, AnswerId, Assessment, AssessmentFile, Zone, storage};
use iacs_assess::tui::dialog::Dialog;
use iacs_assess::tui::effects::Runtime;
use iacs_assess::tui::model::{Field, Model, SaveState, Screen};
use iacs_assess::tui::resume::{Draft, DraftText, Resume};
use iacs_assess::tui::step;
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Effect, Msg, Opened, ctrl, press, update};
use jiff::Timestamp;
use std::path::{Path, PathBuf};

const T0: Timestamp = Timestamp::UNIX_EPOCH;

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(second).unwrap()
}

fn model(data: &Path) -> Model {
    let mut texts = common::texts();
    texts.select(None);
    let mut m = Model::new(
        common::catalog(),
        texts,
        Theme::monochrome(),
        vec![],
        data.to_path_buf(),
    );
    m.assessor = "A. Auditor".into();
    m
}

fn plant() -> Assessment {
    let mut a = Assessment::new(
        "North plant",
        "en",
        vec!["iec62443-2-4".into(), "iec62443-3-3".into()],
        T0,
    );
    a.zones.push(Zone {
        id: "Z1".into(),
        name: "Control network".into(),
        description: String::new(),
        assets: vec![],
        adjustments: vec![],
        sl_t: None,
    });
    a
}

fn opened() -> Model {
    let mut m = model(Path::new("/data"));
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/plants/north.toml"), plant()))),
        T0,
    );
    m
}

fn keys_at(m: &mut Model, text: &str, now: Timestamp) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| update(m, press(KeyCode::Char(c)), now))
        .collect()
}

fn keys(m: &mut Model, text: &str) -> Vec<Effect> {
    keys_at(m, text, T0)
}

fn key(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, press(code), T0)
}

fn id(r: &str) -> AnswerId {
    AnswerId::new("iec62443-2-4", None, r)
}

fn answer(m: &Model, r: &str) -> Option<Answer> {
    m.session.as_ref()?.assessment.answer(id(r).key()).cloned()
}

/// Name the person interviewed: typing replaces the name shown.
fn name_interviewee(m: &mut Model, name: &str) {
    keys(m, "i");
    keys(m, name);
    key(m, KeyCode::Enter);
    assert_eq!(m.session.as_ref().unwrap().interviewee, name);
}

#[test]
fn editing_a_note_evidence_or_flag_never_changes_who_gave_the_answer() {
    let mut m = opened();
    name_interviewee(&mut m, "B. Engineer");
    keys_at(&mut m, "3", at(100));
    name_interviewee(&mut m, "C. Manager");
    keys_at(&mut m, "e", at(200));
    keys_at(&mut m, "asked again", at(200));
    update(&mut m, press(KeyCode::Esc), at(200));
    keys_at(&mut m, "f", at(300));
    let a = answer(&m, "SP.01.01 BR").unwrap();
    assert_eq!(
        a.interviewee, "B. Engineer",
        "the note and the flag were typed while C was interviewed"
    );
    assert_eq!(a.time, at(100), "when the value was given");
    assert_eq!(a.note, "asked again");
    assert!(a.flagged);
    assert_eq!(a.edited_by, "A. Auditor");
    assert_eq!(a.edited, Some(at(300)));
    // Giving a new value is what restamps it.
    keys_at(&mut m, "2", at(400));
    let a = answer(&m, "SP.01.01 BR").unwrap();
    assert_eq!((a.interviewee.as_str(), a.time), ("C. Manager", at(400)));
    // The same value again changes nothing (no save, no new stamp).
    assert_eq!(keys_at(&mut m, "2", at(500)), []);
    assert_eq!(answer(&m, "SP.01.01 BR").unwrap().time, at(400));
}

#[test]
fn not_applicable_is_recorded_only_with_its_reason() {
    let mut m = opened();
    keys(&mut m, "2");
    // n opens the reason editor; closing it empty leaves the previous answer.
    keys(&mut m, "n");
    assert_eq!(
        m.session.as_ref().unwrap().editor.as_ref().map(|e| e.field),
        Some(Field::Reason)
    );
    assert_eq!(key(&mut m, KeyCode::Esc), []);
    assert_eq!(answer(&m, "SP.01.01 BR").unwrap().value.as_deref(), Some("ml2"));
    assert!(m.notice.as_deref().unwrap_or_default().contains("Nothing recorded"));
    // Only spaces are no reason either.
    keys(&mut m, "n   ");
    key(&mut m, KeyCode::Esc);
    assert_eq!(answer(&m, "SP.01.01 BR").unwrap().value.as_deref(), Some("ml2"));
    // With a reason: value and reason together, one undo step.
    keys(&mut m, "nNo subcontractors");
    assert_eq!(key(&mut m, KeyCode::Esc), [Effect::Save]);
    let a = answer(&m, "SP.01.01 BR").unwrap();
    assert_eq!((a.value.as_deref(), a.note.as_str()), (Some("na"), "No subcontractors"));
    update(&mut m, ctrl('z'), T0);
    let a = answer(&m, "SP.01.01 BR").unwrap();
    assert_eq!((a.value.as_deref(), a.note.as_str()), (Some("ml2"), ""));
}

#[test]
fn compensated_without_a_countermeasure_gets_no_credit_and_is_listed_for_review() {
    let catalog = common::catalog();
    let mut a = plant();
    let mut x = Answer::new(&AnswerId::new("iec62443-3-3", Some("Z1"), "SR 1.1"), T0);
    x.value = Some("compensated".into());
    a.set_answer(x);
    let score = iacs_assess::scoring::score(&a, &catalog);
    let sl = &score.security_levels[0];
    assert_eq!(sl.sl_a[0], 0, "SR 1.1 (SL1) counts as not met: FR1 gets SL-A 0");
    assert_eq!(
        score.missing_reasons,
        [AnswerId::new("iec62443-3-3", Some("Z1"), "SR 1.1")]
    );
    let mut with_reason = a.clone();
    let mut x = with_reason.answers()[0].clone();
    x.note = "Jump host with MFA in front of the HMI".into();
    with_reason.set_answer(x);
    let score = iacs_assess::scoring::score(&with_reason, &catalog);
    assert!(score.missing_reasons.is_empty());
    assert_eq!(
        score.security_levels[0]
            .to_close
            .iter()
            .filter(|g| g.requirement == "SR 1.1")
            .count(),
        0,
        "with its countermeasure written down it counts"
    );

    // Opened in the interface: a warning, the review lists it, Enter goes to it.
    let mut m = model(Path::new("/data"));
    update(&mut m, Msg::Opened(Ok(Opened::new(PathBuf::from("/p.toml"), a))), T0);
    assert!(
        m.notice.as_deref().unwrap().contains("without a reason"),
        "{:?}",
        m.notice
    );
    keys(&mut m, "r");
    key(&mut m, KeyCode::Tab);
    assert_eq!(m.review_cursor, Some(0));
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.questionnaire().unwrap().id, "iec62443-3-3");
    assert_eq!(m.requirement().unwrap().id, "SR 1.1");
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("Z1"));
}

#[test]
fn ten_and_more_changes_undo_newest_first_cleared_answers_included() {
    let mut m = opened();
    for _ in 0..12 {
        keys(&mut m, "3j");
    }
    key(&mut m, KeyCode::Home);
    key(&mut m, KeyCode::Backspace);
    assert!(answer(&m, "SP.01.01 BR").is_none(), "cleared");
    assert_eq!(update(&mut m, ctrl('z'), T0), [Effect::Save]);
    assert_eq!(answer(&m, "SP.01.01 BR").unwrap().value.as_deref(), Some("ml3"));
    for _ in 0..12 {
        update(&mut m, ctrl('z'), T0);
    }
    assert!(m.session.as_ref().unwrap().assessment.answers().is_empty());
    assert_eq!(update(&mut m, ctrl('z'), T0), [], "nothing left to undo");
    assert_eq!(m.notice.as_deref(), Some("Nothing to undo."));
}

#[test]
fn leaving_with_unsaved_changes_asks_first() {
    let mut m = opened();
    keys(&mut m, "3");
    update(&mut m, Msg::Saved(Err("disk full".into())), T0);
    // q and Esc on the questionnaire screen, and Ctrl-C, ask first.
    for leave in [press(KeyCode::Char('q')), press(KeyCode::Esc), ctrl('c')] {
        assert_eq!(update(&mut m, leave, T0), []);
        assert!(matches!(m.dialog, Some(Dialog::Unsaved)));
        assert!(m.session.is_some() && !m.quit);
        key(&mut m, KeyCode::Esc);
        assert!(m.dialog.is_none() && m.leaving.is_none(), "Esc stays");
    }
    // r tries again; a success goes on leaving.
    update(&mut m, press(KeyCode::Char('q')), T0);
    assert_eq!(keys(&mut m, "r"), [Effect::Save]);
    assert_eq!(
        update(&mut m, Msg::Saved(Ok(T0)), T0),
        [Effect::Remember, Effect::Close]
    );
    assert_eq!(m.screen, Screen::Home);
    // Leaving anyway takes the capital Q (no screen uses it), or a second Ctrl-C.
    let mut m = opened();
    keys(&mut m, "3");
    update(&mut m, Msg::Saved(Err("disk full".into())), T0);
    update(&mut m, ctrl('c'), T0);
    assert_eq!(update(&mut m, ctrl('c'), T0), [Effect::Remember, Effect::Quit]);
    assert!(m.quit);
}

#[test]
fn ctrl_c_and_signals_keep_the_text_of_an_open_editor() {
    // Ctrl-C: the note goes into the answer, is saved, then the program quits.
    let mut m = opened();
    keys(&mut m, "3e");
    keys(&mut m, "Backups are tested yearly");
    assert_eq!(update(&mut m, ctrl('c'), T0), [Effect::Save]);
    assert!(!m.quit, "waits for the save");
    assert_eq!(answer(&m, "SP.01.01 BR").unwrap().note, "Backups are tested yearly");
    assert_eq!(update(&mut m, Msg::Saved(Ok(T0)), T0), [Effect::Remember, Effect::Quit]);
    assert!(m.quit);

    // A signal: the same, without asking, even when saving fails.
    let mut m = opened();
    keys(&mut m, "e");
    keys(&mut m, "half a sentence");
    assert_eq!(
        update(&mut m, Msg::Signal, T0),
        [Effect::Save, Effect::Remember, Effect::Quit]
    );
    assert!(m.quit);
    assert_eq!(answer(&m, "SP.01.01 BR").unwrap().note, "half a sentence");

    // A reason being typed: recorded with its value.
    let mut m = opened();
    keys(&mut m, "nNo wireless anywhere");
    update(&mut m, Msg::Signal, T0);
    let a = answer(&m, "SP.01.01 BR").unwrap();
    assert_eq!(
        (a.value.as_deref(), a.note.as_str()),
        (Some("na"), "No wireless anywhere")
    );

    // A form being filled in (a new zone) is kept as a draft to offer back.
    let mut m = opened();
    keys(&mut m, "sa");
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "Safety");
    update(&mut m, Msg::Signal, T0);
    let r = iacs_assess::tui::leave::resume_of(&m, T0).unwrap();
    assert!(
        matches!(&r.draft, Some(Draft { text: DraftText::Form { fields, .. }, .. }) if fields.iter().any(|f| matches!(f, iacs_assess::tui::form::FieldValue::Text(t) if t == "Safety"))),
        "{r:?}"
    );
}

#[test]
fn the_interviewee_position_and_unfinished_text_come_back_on_reopen() {
    let mut m = opened();
    name_interviewee(&mut m, "B. Engineer");
    keys(&mut m, "jj");
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "j");
    keys(&mut m, "e");
    keys(&mut m, "The firewall rules were");
    // Typing marks a draft; the idle tick asks the runtime to keep it.
    assert_eq!(update(&mut m, Msg::Tick, T0), [Effect::Remember]);
    assert_eq!(update(&mut m, Msg::Tick, T0), [], "nothing new typed");
    let resume = iacs_assess::tui::leave::resume_of(&m, at(60)).unwrap();
    assert_eq!(resume.interviewee, "B. Engineer");
    assert_eq!(resume.questionnaire.as_deref(), Some("iec62443-3-3"));
    assert_eq!(resume.target.as_deref(), Some("Z1"));
    assert_eq!(resume.requirement.as_deref(), Some("SR 1.1 RE(1)"));

    // Reopened (the program was killed): same person, same place, the text offered back.
    let mut m = model(Path::new("/data"));
    let mut o = Opened::new(PathBuf::from("/plants/north.toml"), plant());
    o.resume = Some(Box::new(resume));
    update(&mut m, Msg::Opened(Ok(o)), T0);
    let s = m.session.as_ref().unwrap();
    assert_eq!(s.interviewee, "B. Engineer");
    assert_eq!(m.requirement().unwrap().id, "SR 1.1 RE(1)");
    assert!(matches!(m.dialog, Some(Dialog::Draft(_))));
    key(&mut m, KeyCode::Enter);
    let e = m
        .session
        .as_ref()
        .unwrap()
        .editor
        .as_ref()
        .expect("the editor is open again");
    assert_eq!(e.field, Field::Note);
    assert_eq!(e.text(), "The firewall rules were");
    keys(&mut m, " reviewed");
    key(&mut m, KeyCode::Esc);
    let a = m
        .session
        .as_ref()
        .unwrap()
        .assessment
        .answer(AnswerId::new("iec62443-3-3", Some("Z1"), "SR 1.1 RE(1)").key())
        .cloned()
        .unwrap();
    assert_eq!(a.note, "The firewall rules were reviewed");
    assert_eq!(a.interviewee, "", "a note alone names nobody as having given a value");
}

#[test]
fn a_resume_entry_for_a_changed_file_only_restores_what_still_exists() {
    let mut m = model(Path::new("/data"));
    let mut o = Opened::new(PathBuf::from("/plants/north.toml"), plant());
    o.resume = Some(Box::new(Resume {
        file: PathBuf::from("/plants/north.toml"),
        interviewee: "B".into(),
        questionnaire: Some("iec62443-3-3".into()),
        target: Some("Z9".into()),
        requirement: Some("SR 99".into()),
        draft: None,
    }));
    update(&mut m, Msg::Opened(Ok(o)), T0);
    assert_eq!(m.questionnaire().unwrap().id, "iec62443-3-3");
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("Z1"), "Z9 is gone");
    assert_eq!(m.session.as_ref().unwrap().cursor, 0);
}

/// A real file in a temporary folder, opened through the runtime.
struct Disk {
    _dir: tempfile::TempDir,
    file: PathBuf,
    runtime: Runtime,
    m: Model,
}

fn on_disk() -> Disk {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plant.toml");
    AssessmentFile::create(&file, &plant()).unwrap();
    let m = model(&dir.path().join("data"));
    let mut runtime = Runtime::new(&m);
    let mut d = Disk {
        file: file.canonicalize().unwrap(),
        m,
        runtime: Runtime::new(&model(Path::new("/unused"))),
        _dir: dir,
    };
    let opened = runtime.open(&d.file, &d.m).unwrap();
    d.runtime = runtime;
    step(&mut d.m, Msg::Opened(Ok(opened)), &mut d.runtime);
    d
}

impl Disk {
    fn keys(&mut self, text: &str) {
        for c in text.chars() {
            step(&mut self.m, press(KeyCode::Char(c)), &mut self.runtime);
        }
    }

    fn key(&mut self, code: KeyCode) {
        step(&mut self.m, press(code), &mut self.runtime);
    }

    fn read(&self) -> Assessment {
        storage::read(&self.file, &common::catalog()).unwrap()
    }

    /// Another program changes an answer in the file (a colleague's git pull, say).
    fn change_on_disk(&self, r: &str, value: &str) {
        let mut a = self.read();
        let mut x = Answer::new(&id(r), T0);
        x.value = Some(value.into());
        x.interviewee = "Colleague".into();
        a.set_answer(x);
        std::fs::write(&self.file, storage::to_toml(&a).unwrap()).unwrap();
    }
}

fn value(a: &Assessment, r: &str) -> Option<String> {
    a.answer(id(r).key()).and_then(|x| x.value.clone())
}

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
fn a_deletion_is_not_confirmed_by_any_navigation_or_translated_yes_key() {
    for language in ["en", "de", "fr"] {
        let mut m = opened();
        m.texts.select(Some(&language.parse().unwrap()));
        keys(&mut m, "s");
        keys(&mut m, "d");
        assert!(matches!(m.dialog, Some(Dialog::Delete { .. })), "{language}");
        for k in "yjonJYO".chars() {
            update(&mut m, press(KeyCode::Char(k)), T0);
        }
        for code in [
            KeyCode::Down,
            KeyCode::Up,
            KeyCode::Tab,
            KeyCode::Enter,
            KeyCode::Delete,
        ] {
            update(&mut m, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)), T0);
        }
        assert_eq!(m.session.as_ref().unwrap().assessment.zones.len(), 1, "{language}");
    }
}

#[test]
fn the_new_assessment_form_keeps_what_was_typed_when_left_unused() {
    let mut m = model(Path::new("/data"));
    keys(&mut m, "n");
    keys(&mut m, "West works");
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "Acme");
    // Esc leaves the form; coming back fills it in again.
    assert_eq!(key(&mut m, KeyCode::Esc), [Effect::Remember]);
    assert_eq!(m.screen, Screen::Home);
    keys(&mut m, "n");
    let w = m.wizard.as_ref().unwrap();
    assert_eq!(w.fields[0].lines().join(""), "West works");
    assert_eq!(w.fields[1].lines().join(""), "Acme");
    // A signal while typing: the draft goes with the remembered state.
    keys(&mut m, " 2027");
    assert!(m.draft_dirty);
    assert_eq!(update(&mut m, Msg::Signal, T0), [Effect::Remember, Effect::Quit]);
    let d = iacs_assess::tui::wizard::draft_of(m.wizard.as_ref().unwrap()).unwrap();
    assert_eq!(d.fields[0], "West works 2027");
    // Through the data folder and back.
    let dir = tempfile::tempdir().unwrap();
    iacs_assess::tui::resume::store_wizard(dir.path(), Some(&d)).unwrap();
    assert_eq!(iacs_assess::tui::resume::load_wizard(dir.path()), Some(d));
    iacs_assess::tui::resume::store_wizard(dir.path(), None).unwrap();
    assert_eq!(iacs_assess::tui::resume::load_wizard(dir.path()), None);
}

#[test]
fn score_warns_about_answers_that_lack_their_reason() {
    let home = tempfile::tempdir().unwrap();
    let file = common::new_assessment(home.path(), "p.toml", "", 2);
    let mut a = storage::read(Path::new(&file), &common::catalog()).unwrap();
    let mut x = Answer::new(&AnswerId::new("iec62443-3-3", Some("Z1"), "SR 1.1"), T0);
    x.value = Some("compensated".into());
    a.set_answer(x);
    std::fs::write(&file, storage::to_toml(&a).unwrap()).unwrap();
    common::run(home.path(), &["score", &file])
        .success()
        .stderr(predicates::str::contains("without the reason it needs"))
        .stderr(predicates::str::contains("iec62443-3-3 / Z1 SR 1.1"));
    let out = common::run(home.path(), &["score", &file, "--json"])
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["missing_reasons"][0]["requirement"], "SR 1.1");
    // The command line refuses to record it that way in the first place.
    common::run(
        home.path(),
        &[
            "answer",
            &file,
            "-q",
            "iec62443-3-3",
            "--zone",
            "Z1",
            "--item",
            "SR 1.2",
            "--value",
            "na",
        ],
    )
    .code(2)
    .stderr(predicates::str::contains("--note"));
}
