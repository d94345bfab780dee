//! The home screen as a user meets it: recent assessments with what they are and where, copies of
//! the demo kept off that list, Esc asking before quitting, and the new-assessment form saying
//! where the file goes before it is written.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::Assessment;
use iacs_assess::tui::dialog::Dialog;
use iacs_assess::tui::model::{HOME_FIXED_ENTRIES, Model, Screen};
use iacs_assess::tui::recent::RecentFile;
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Effect, Msg, Opened, press, update};
use jiff::Timestamp;
use std::path::PathBuf;

const T0: Timestamp = Timestamp::UNIX_EPOCH;

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn entry(path: &str, title: &str, organisation: &str, site: &str, changed: Option<&str>) -> RecentFile {
    RecentFile {
        path: PathBuf::from(path),
        title: title.into(),
        organisation: organisation.into(),
        site: site.into(),
        changed: changed.map(at),
        missing: changed.is_none(),
    }
}

fn model(recent: Vec<RecentFile>) -> Model {
    let mut texts = common::texts();
    texts.select(None);
    Model::new(
        common::catalog(),
        texts,
        Theme::monochrome(),
        recent,
        PathBuf::from("/data"),
    )
}

fn plant_list() -> Vec<RecentFile> {
    vec![
        entry(
            "/home/ana/audits/stadtwerke-nord/2026/water-treatment-north.toml",
            "Water treatment North 2026",
            "Stadtwerke Nord",
            "Plant 2",
            Some("2026-11-30T14:03:00Z"),
        ),
        entry(
            "/home/ana/audits/acme.toml",
            "Acme packaging line",
            "Acme",
            "",
            Some("2026-10-02T08:15:00Z"),
        ),
        entry("/media/usb/old-site.toml", "Old site survey", "", "", None),
    ]
}

fn key(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, press(code), T0)
}

fn typed(m: &mut Model, text: &str) {
    for c in text.chars() {
        update(m, press(KeyCode::Char(c)), T0);
    }
}

#[test]
fn esc_on_home_asks_before_quitting_and_q_still_quits_at_once() {
    let mut m = model(plant_list());
    assert_eq!(key(&mut m, KeyCode::Esc), []);
    assert!(matches!(m.dialog, Some(Dialog::Quit)), "Esc asks");
    assert!(!m.quit);
    // A stray key keeps the question; Esc answers "stay".
    assert_eq!(key(&mut m, KeyCode::Char('x')), []);
    assert!(matches!(m.dialog, Some(Dialog::Quit)));
    assert_eq!(key(&mut m, KeyCode::Esc), []);
    assert!(m.dialog.is_none() && !m.quit && m.screen == Screen::Home);
    // Esc, then q in the question, quits with what is to be remembered.
    key(&mut m, KeyCode::Esc);
    let effects = key(&mut m, KeyCode::Char('q'));
    assert_eq!(common::kinds(&effects), ["Remember", "Quit"]);
    assert!(m.quit);
    // q on the home screen itself quits without a question (it is never pressed by accident
    // on the way out of something).
    let mut m = model(vec![]);
    assert_eq!(common::kinds(&key(&mut m, KeyCode::Char('q'))), ["Remember", "Quit"]);
}

#[test]
fn an_opened_assessment_comes_first_with_its_title_and_a_demo_copy_never_enters_the_list() {
    let mut m = model(plant_list());
    let mut a = Assessment::new("Pump station 7", "en", vec!["iec62443-3-3".into()], T0);
    a.assessment.organisation = "Water Board".into();
    a.assessment.site = "Station 7".into();
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/plants/pump-7.toml"), a.clone()))),
        at("2026-12-01T09:00:00Z"),
    );
    let first = &m.recent[0];
    assert_eq!(first.path, PathBuf::from("/plants/pump-7.toml"));
    assert_eq!(
        (first.title.as_str(), first.organisation.as_str(), first.site.as_str()),
        ("Pump station 7", "Water Board", "Station 7")
    );
    assert_eq!(m.recent.len(), 4);
    // The demo, opened from the home screen, is written to the data folder's demo folder.
    let mut home = model(plant_list());
    update(
        &mut home,
        Msg::Opened(Ok(Opened::new(
            PathBuf::from("/data/demo/demo-20261201-090000.toml"),
            a,
        ))),
        T0,
    );
    assert_eq!(home.recent, plant_list(), "a demo copy is not a recent assessment");
}

#[test]
fn the_new_assessment_form_shows_where_the_file_goes_and_says_so_once_it_is_there() {
    let mut m = model(vec![]);
    typed(&mut m, "n");
    assert_eq!(m.screen, Screen::Wizard);
    let planned = |m: &Model| iacs_assess::tui::screens::wizard::planned_path(m.wizard.as_ref().unwrap(), m);
    assert_eq!(planned(&m), None, "no title, no file name: nothing to show yet");
    typed(&mut m, "Süd Works / 2026");
    assert_eq!(planned(&m), Some(PathBuf::from("/data/süd-works-2026.toml")));
    assert!(common::draw(&m, 80, 24).contains("Will be written to /data/süd-works-2026.toml"));
    // The file name field changes it; a path is taken as typed.
    for _ in 0..4 {
        key(&mut m, KeyCode::Tab);
    }
    typed(&mut m, "audits/sued");
    assert_eq!(
        planned(&m),
        Some(PathBuf::from("audits/sued.toml")),
        "no start folder known"
    );
    // A relative path is taken from the folder the program started in, `~/` from the home
    // folder: the form shows the real place (a trial created a folder named `~`).
    m.start_dir = Some(PathBuf::from("/work/site"));
    m.home_dir = Some(PathBuf::from("/home/ana"));
    assert_eq!(planned(&m), Some(PathBuf::from("/work/site/audits/sued.toml")));
    let w = m.wizard.as_mut().unwrap();
    w.fields[4] = ratatui_textarea::TextArea::new(vec!["~/harbour".to_string()]);
    assert_eq!(planned(&m), Some(PathBuf::from("/home/ana/harbour.toml")));
    assert!(common::draw(&m, 80, 24).contains("Will be written to /home/ana/harbour.toml"));
    let w = m.wizard.as_mut().unwrap();
    w.fields[4] = ratatui_textarea::TextArea::new(vec!["audits/sued".to_string()]);
    m.start_dir = None;
    m.home_dir = None;
    insta::assert_snapshot!("wizard_planned_path_80x24", common::draw(&m, 80, 24));
    // Once created, the status line says where it is.
    let a = Assessment::new("Süd Works / 2026", "en", vec!["iec62443-3-3".into()], T0);
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/home/ana/audits/sued.toml"), a))),
        T0,
    );
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.notice.as_deref(), Some("Created /home/ana/audits/sued.toml"));
}

#[test]
fn the_recent_list_shows_what_each_file_is_and_scrolls_to_the_chosen_one() {
    let mut m = model(plant_list());
    insta::assert_snapshot!("home_recent_80x24", common::draw(&m, 80, 24));
    insta::assert_snapshot!("home_recent_160x48", common::draw(&m, 160, 48));
    // Twelve files at 80x24: the chosen one is always on the screen.
    let many: Vec<RecentFile> = (1..=12)
        .map(|i| {
            entry(
                &format!("/plants/site-{i:02}.toml"),
                &format!("Site {i:02}"),
                "Org",
                "",
                Some("2026-11-01T10:00:00Z"),
            )
        })
        .collect();
    m = model(many);
    for _ in 0..(HOME_FIXED_ENTRIES + 11) {
        key(&mut m, KeyCode::Down);
    }
    let screen = common::draw(&m, 80, 24);
    assert!(screen.contains("Site 12"), "{screen}");
    assert!(screen.contains("more above"), "{screen}");
    assert_eq!(
        key(&mut m, KeyCode::Enter),
        [Effect::Open(PathBuf::from("/plants/site-12.toml"))]
    );
}

/// A recent assessment whose file is gone can be taken off the list (x or Delete); the other
/// entries and the fixed ones stay, and no file is touched (no effect is asked for).
#[test]
fn a_recent_entry_can_be_taken_off_the_list() {
    let mut m = model(plant_list());
    // On a fixed entry, x does nothing.
    assert_eq!(key(&mut m, KeyCode::Char('x')), []);
    assert_eq!(m.recent.len(), 3);
    for _ in 0..(HOME_FIXED_ENTRIES + 2) {
        key(&mut m, KeyCode::Down);
    }
    assert_eq!(
        m.recent[m.home_cursor - HOME_FIXED_ENTRIES].path,
        PathBuf::from("/media/usb/old-site.toml")
    );
    assert_eq!(
        key(&mut m, KeyCode::Delete),
        [],
        "nothing is asked of the runtime but the list"
    );
    assert_eq!(m.recent.len(), 2);
    assert!(
        m.recent
            .iter()
            .all(|r| r.path != std::path::Path::new("/media/usb/old-site.toml"))
    );
    assert_eq!(m.home_cursor, HOME_FIXED_ENTRIES + 1, "the cursor stays on the list");
    assert!(m.notice.as_deref().unwrap().contains("off the list"));
    key(&mut m, KeyCode::Char('x'));
    key(&mut m, KeyCode::Char('x'));
    assert!(m.recent.is_empty());
    assert_eq!(m.home_cursor, HOME_FIXED_ENTRIES - 1, "back on the last fixed entry");
}
