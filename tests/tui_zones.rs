//! The zones screen without a terminal: zones, conduits, threat scenarios, SL-T overrides,
//! deletion with confirmation, and the jump to answering 62443-3-3 for a zone.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::Assessment;
use iacs_assess::tui::model::{Model, Screen};
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Effect, Msg, Opened, ctrl, press, update};
use jiff::Timestamp;
use std::path::PathBuf;

const T0: Timestamp = Timestamp::UNIX_EPOCH;

fn opened() -> Model {
    let mut texts = common::texts();
    texts.select(None);
    let catalog = common::catalog();
    let mut a = Assessment::new(
        "Water works",
        "en",
        vec!["iec62443-3-2".into(), "iec62443-3-3".into()],
        T0,
    );
    a.risk_model = catalog.risk_model("default").cloned();
    let mut m = Model::new(catalog, texts, Theme::monochrome(), vec![], PathBuf::from("/data"));
    update(&mut m, Msg::Opened(Ok(Opened::new(PathBuf::from("/w.toml"), a))), T0);
    update(&mut m, press(KeyCode::Char('s')), T0);
    assert_eq!(m.screen, Screen::Zones);
    m
}

fn keys(m: &mut Model, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| update(m, press(KeyCode::Char(c)), T0))
        .collect()
}

fn key(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, press(code), T0)
}

/// Press Tab until the form's focus is on its last field, then Enter.
fn submit(m: &mut Model) -> Vec<Effect> {
    loop {
        let form = m.session.as_ref().unwrap().form.as_ref().expect("a form is open");
        if form.focus + 1 == form.fields.len() {
            break;
        }
        key(m, KeyCode::Tab);
    }
    key(m, KeyCode::Enter)
}

fn add_zone(m: &mut Model, name: &str) {
    keys(m, "a");
    key(m, KeyCode::Tab);
    keys(m, name);
    assert_eq!(submit(m), [Effect::Save]);
}

fn a(m: &Model) -> &Assessment {
    &m.session.as_ref().unwrap().assessment
}

#[test]
fn zones_conduits_and_scenarios_are_added_and_edited() {
    let mut m = opened();
    add_zone(&mut m, "Enterprise");
    add_zone(&mut m, "Control");
    assert_eq!(
        a(&m).zones.iter().map(|z| z.id.as_str()).collect::<Vec<_>>(),
        ["Z1", "Z2"]
    );
    assert_eq!(a(&m).zones[1].name, "Control");

    keys(&mut m, "c");
    assert_eq!(submit(&mut m), [Effect::Save]);
    let c = &a(&m).conduits[0];
    assert_eq!(
        (c.id.as_str(), c.from.as_str(), c.to.as_str(), c.name.as_str()),
        ("C1", "Z1", "Z2", "Z1 - Z2")
    );

    // A threat scenario on Z2: likelihood 5 (almost certain), impact 5 (severe), residual 2 / 3.
    key(&mut m, KeyCode::Home);
    keys(&mut m, "k");
    m.session.as_mut().unwrap().zone_cursor = 1;
    keys(&mut m, "t");
    keys(&mut m, "Ransomware through the vendor VPN");
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Tab);
    for _ in 0..3 {
        key(&mut m, KeyCode::Right);
    }
    assert_eq!(submit(&mut m), [Effect::Save]);
    let s = &a(&m).scenarios[0];
    assert_eq!((s.target.as_str(), s.likelihood, s.impact), ("Z2", 5, 5));
    assert_eq!((s.residual_likelihood, s.residual_impact), (Some(2), Some(3)));
    let score = iacs_assess::scoring::score(a(&m), &m.catalog);
    let t = score.sl_targets.iter().find(|t| t.target == "Z2").unwrap();
    assert_eq!(t.vector, [4; 7], "an unmitigated critical risk calls for SL4");

    // Edit the scenario from the scenario list.
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "e");
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Left);
    submit(&mut m);
    assert_eq!(a(&m).scenarios[0].likelihood, 4);
}

#[test]
fn forms_refuse_bad_input_and_keep_what_was_typed() {
    let mut m = opened();
    add_zone(&mut m, "Only zone");
    keys(&mut m, "c");
    assert!(m.session.as_ref().unwrap().form.is_none(), "a conduit needs two zones");
    assert!(m.notice.is_some());
    keys(&mut m, "a");
    // Reuse the id Z1.
    for _ in 0..2 {
        key(&mut m, KeyCode::Backspace);
    }
    keys(&mut m, "Z1");
    assert_eq!(submit(&mut m), []);
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert_eq!(form.error.as_deref(), Some("form-error-id"));
    // Esc on a form with typed text asks; Esc again goes back to it, D throws it away.
    key(&mut m, KeyCode::Esc);
    assert!(m.dialog.is_some());
    assert!(m.session.as_ref().unwrap().form.is_some());
    for k in "yjoq".chars() {
        keys(&mut m, &k.to_string());
    }
    key(&mut m, KeyCode::Esc);
    assert!(m.dialog.is_none());
    assert_eq!(m.session.as_ref().unwrap().form.as_ref().unwrap().value(0), "Z1");
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "D");
    assert!(m.session.as_ref().unwrap().form.is_none());
    assert_eq!(a(&m).zones.len(), 1);

    keys(&mut m, "t");
    assert_eq!(submit(&mut m), [], "a scenario needs a threat");
    key(&mut m, KeyCode::Esc);

    keys(&mut m, "o");
    keys(&mut m, "2 2 9");
    assert_eq!(submit(&mut m), []);
    assert_eq!(
        m.session.as_ref().unwrap().form.as_ref().unwrap().error.as_deref(),
        Some("form-error-vector")
    );
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "D");
    keys(&mut m, "o");
    keys(&mut m, "2 2 1 1 3 1 2");
    assert_eq!(submit(&mut m), [], "needs a justification");
    keys(&mut m, "from the 2025 HAZOP");
    assert_eq!(key(&mut m, KeyCode::Enter), [Effect::Save]);
    let o = a(&m).zones[0].sl_t.clone().unwrap();
    assert_eq!(o.vector, [2, 2, 1, 1, 3, 1, 2]);
    assert_eq!(o.justification, "from the 2025 HAZOP");
}

#[test]
fn deleting_needs_the_typed_id_refuses_what_is_still_used_and_undoes() {
    let mut m = opened();
    add_zone(&mut m, "A");
    add_zone(&mut m, "B");
    keys(&mut m, "c");
    submit(&mut m);
    m.session.as_mut().unwrap().zone_cursor = 0;
    assert_eq!(keys(&mut m, "d"), []);
    assert!(m.dialog.is_none(), "Z1 is used by conduit C1: no question, a notice");
    assert!(m.notice.is_some());
    m.session.as_mut().unwrap().zone_cursor = 2;
    keys(&mut m, "d");
    // Navigation and the translated "yes" letters type into the field; they never delete.
    for k in ["j", "y", "o"] {
        assert_eq!(keys(&mut m, k), []);
    }
    assert_eq!(key(&mut m, KeyCode::Down), []);
    assert_eq!(key(&mut m, KeyCode::Enter), [], "jyo is not the id");
    assert!(m.dialog.is_some(), "the question stays, saying why");
    assert_eq!(a(&m).conduits.len(), 1);
    key(&mut m, KeyCode::Esc);
    assert!(m.dialog.is_none());
    assert_eq!(a(&m).conduits.len(), 1, "Esc keeps it");
    keys(&mut m, "d");
    keys(&mut m, "C1");
    assert_eq!(key(&mut m, KeyCode::Enter), [Effect::Save]);
    assert!(a(&m).conduits.is_empty());
    // Ctrl-Z puts it back.
    assert_eq!(update(&mut m, ctrl('z'), T0), [Effect::Save]);
    assert_eq!(a(&m).conduits.len(), 1);
    assert_eq!(a(&m).conduits[0].id, "C1");
}

#[test]
fn a_deleted_zone_comes_back_with_its_answers() {
    let mut m = opened();
    add_zone(&mut m, "A");
    key(&mut m, KeyCode::Enter);
    keys(&mut m, "mjxjm");
    let answers = a(&m).answers().len();
    assert_eq!(answers, 3);
    keys(&mut m, "s");
    keys(&mut m, "dZ1");
    key(&mut m, KeyCode::Enter);
    assert!(a(&m).zones.is_empty());
    assert!(a(&m).answers().is_empty());
    update(&mut m, ctrl('z'), T0);
    assert_eq!(a(&m).zones.len(), 1);
    assert_eq!(a(&m).answers().len(), answers);
    assert_eq!(
        update(&mut m, ctrl('z'), T0).len(),
        1,
        "the third answer is undone next"
    );
    assert_eq!(a(&m).answers().len(), answers - 1);
}

#[test]
fn enter_answers_3_3_for_the_selected_zone() {
    let mut m = opened();
    add_zone(&mut m, "A");
    add_zone(&mut m, "B");
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.questionnaire().unwrap().id, "iec62443-3-3");
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("Z2"));
    keys(&mut m, "s");
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Questionnaire);
}

fn draw(m: &Model, width: u16, height: u16) -> String {
    common::draw(m, width, height)
}

#[test]
fn zones_screens() {
    let mut m = opened();
    insta::assert_snapshot!("zones_empty_80x24", draw(&m, 80, 24));
    add_zone(&mut m, "Control network");
    add_zone(&mut m, "DMZ");
    keys(&mut m, "c");
    submit(&mut m);
    m.session.as_mut().unwrap().zone_cursor = 0;
    keys(&mut m, "t");
    keys(&mut m, "Phishing of an engineer");
    submit(&mut m);
    update(&mut m, Msg::Saved(Ok(T0)), T0);
    insta::assert_snapshot!("zones_80x24", draw(&m, 80, 24));
    insta::assert_snapshot!("zones_160x48", draw(&m, 160, 48));
    keys(&mut m, "t");
    insta::assert_snapshot!("zones_scenario_form_80x24", draw(&m, 80, 24));
    key(&mut m, KeyCode::Esc);
    m.session.as_mut().unwrap().zone_cursor = 2;
    keys(&mut m, "dC");
    insta::assert_snapshot!("zones_confirm_80x24", draw(&m, 80, 24));
}

/// Press Tab until the form's field `label` has the focus.
fn focus_on(m: &mut Model, label: &str) {
    for _ in 0..40 {
        let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
        if form.fields[form.focus].label == label {
            return;
        }
        key(m, KeyCode::Tab);
    }
    panic!("the form has no field {label}");
}

/// The FRs ticked on the open form (1-7).
fn ticked(m: &Model) -> Vec<usize> {
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    form.ticked_of("form-frs").unwrap().iter().map(|i| i + 1).collect()
}

/// The scenario form sets what the SL-T rules read: the FRs it acts through (one check box per
/// FR) and the impact categories it reaches its impact in (consequence floors).
#[test]
fn a_scenario_form_sets_its_frs_and_impact_categories_and_the_floor_follows() {
    let mut m = opened();
    add_zone(&mut m, "Safety");
    keys(&mut m, "t");
    keys(&mut m, "Gas trip levels altered");
    // Impact severe (the fifth level), likelihood rare (the first).
    focus_on(&mut m, "form-likelihood");
    key(&mut m, KeyCode::Left);
    key(&mut m, KeyCode::Left);
    focus_on(&mut m, "form-impact");
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Right);
    focus_on(&mut m, "form-frs");
    assert_eq!(
        ticked(&m),
        [1, 2, 3, 4, 5, 6, 7],
        "a new scenario threatens all seven FRs"
    );
    // Untick all seven: refused.
    keys(&mut m, "1234567");
    assert_eq!(ticked(&m), Vec::<usize>::new());
    focus_on(&mut m, "impact-category:health-safety");
    key(&mut m, KeyCode::Right);
    assert_eq!(submit(&mut m), [], "no FR ticked");
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert_eq!(form.error.as_deref(), Some("form-error-frs"));
    // Tick IAC with its number and RDF with Space under the cursor.
    focus_on(&mut m, "form-frs");
    keys(&mut m, "1");
    for _ in 0..4 {
        key(&mut m, KeyCode::Right);
    }
    keys(&mut m, " ");
    assert_eq!(ticked(&m), [1, 5]);
    assert_eq!(submit(&mut m), [Effect::Save]);
    let s = &a(&m).scenarios[0];
    assert_eq!((s.likelihood, s.impact), (1, 5));
    assert_eq!(s.frs, [1, 5]);
    assert_eq!(s.impact_categories, ["health-safety"]);
    // Rare but severe harm to people: the consequence floor sets SL 3 in IAC, UC and SI.
    let score = iacs_assess::scoring::score(a(&m), &m.catalog);
    assert_eq!(score.sl_targets[0].vector, [3, 3, 3, 1, 2, 1, 1]);

    // Edited, it opens with its FRs ticked; ticking all seven saves the empty list (all).
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "e");
    focus_on(&mut m, "form-frs");
    assert_eq!(ticked(&m), [1, 5]);
    keys(&mut m, "5");
    keys(&mut m, "3");
    assert_eq!(submit(&mut m), [Effect::Save]);
    assert_eq!(a(&m).scenarios[0].frs, [1, 3]);
    keys(&mut m, "e");
    focus_on(&mut m, "form-frs");
    keys(&mut m, "24567");
    assert_eq!(ticked(&m), [1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(submit(&mut m), [Effect::Save]);
    assert!(a(&m).scenarios[0].frs.is_empty(), "all seven, as without --fr");
    keys(&mut m, "e");
    focus_on(&mut m, "form-frs");
    assert_eq!(ticked(&m), [1, 2, 3, 4, 5, 6, 7]);
    key(&mut m, KeyCode::Esc);
    assert!(
        m.session.as_ref().unwrap().form.is_none(),
        "nothing changed: Esc closes"
    );
}

/// The FRs ticked on the form are stored as the command line's `--fr` stores them.
#[test]
fn ticked_frs_are_saved_as_the_command_line_saves_fr() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("w.toml");
    let file = file.to_str().unwrap();
    let run = |args: &[&str]| common::run(home.path(), args).success();
    run(&["new", file, "-q", "iec62443-3-2", "-q", "iec62443-3-3", "--title", "W"]);
    run(&["zone", "add", file, "--id", "Z1", "--name", "Control"]);
    let scenario = |frs: &[&str]| {
        let mut args = vec![
            "scenario",
            "add",
            file,
            "--target",
            "Z1",
            "--threat",
            "cli",
            "--likelihood",
            "3",
            "--impact",
            "3",
        ];
        for f in frs {
            args.extend(["--fr", f]);
        }
        run(&args);
    };
    scenario(&["2", "6"]);
    scenario(&[]);
    let catalog = common::catalog();
    let assessment = iacs_assess::assessment::storage::read(std::path::Path::new(file), &catalog).unwrap();
    let mut m = opened();
    let session = m.session.as_mut().unwrap();
    session.assessment = assessment.into();
    // S1 (--fr 2 --fr 6) and S2 (no --fr) open with those FRs ticked.
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "e");
    focus_on(&mut m, "form-frs");
    assert_eq!(ticked(&m), [2, 6]);
    key(&mut m, KeyCode::Esc);
    key(&mut m, KeyCode::Down);
    keys(&mut m, "e");
    focus_on(&mut m, "form-frs");
    assert_eq!(ticked(&m), [1, 2, 3, 4, 5, 6, 7]);
    key(&mut m, KeyCode::Esc);
    key(&mut m, KeyCode::Tab);
    // The same two scenarios through the form.
    for untick in ["13457", ""] {
        keys(&mut m, "t");
        keys(&mut m, "form");
        focus_on(&mut m, "form-frs");
        keys(&mut m, untick);
        assert_eq!(submit(&mut m), [Effect::Save]);
    }
    let frs: Vec<&[u8]> = a(&m).scenarios.iter().map(|s| s.frs.as_slice()).collect();
    assert_eq!(frs, [&[2, 6][..], &[], &[2, 6], &[]]);
}

/// On the smallest screen a long form scrolls: the field in focus is always in view.
#[test]
fn a_long_form_on_a_small_screen_keeps_the_field_in_focus_in_view() {
    let mut m = opened();
    add_zone(&mut m, "Safety");
    keys(&mut m, "t");
    let last = m.session.as_ref().unwrap().form.as_ref().unwrap().fields.len() - 1;
    assert!(
        !draw(&m, 60, 16).contains("Reputatio"),
        "the last field is out of view at first"
    );
    for _ in 0..last {
        key(&mut m, KeyCode::Tab);
    }
    let screen = draw(&m, 60, 16);
    assert!(
        screen.contains("Reputation: impact reached"),
        "the category reads whole: {screen}"
    );
    assert!(screen.contains("Tab next"), "the key hint stays: {screen}");
}

/// The demo (a fictional water works), opened on the zones screen with `theme`.
pub fn demo(theme: Theme) -> Model {
    let mut m = common::demo_model(theme);
    keys(&mut m, "s");
    assert_eq!(m.screen, Screen::Zones);
    m
}

/// Select the zone or conduit `id` in the list.
fn select(m: &mut Model, id: &str) {
    let s = m.session.as_mut().unwrap();
    s.zone_cursor = s.target_ids().iter().position(|t| t == id).unwrap();
}

/// The demo's zones screen on the zone with the most scenarios: at 80x24 the zone list, the
/// details, the scenario list, both risk matrices with their legend and the key hints all show;
/// at 160x48 the cells are bigger and the details whole.
#[test]
fn demo_zones_screens_keep_scenarios_matrices_and_keys_in_view() {
    let mut m = demo(Theme::dark());
    select(&mut m, "Z-SCADA");
    let small = draw(&m, 80, 24);
    insta::assert_snapshot!("demo_zones_80x24", small);
    let large = draw(&m, 160, 48);
    insta::assert_snapshot!("demo_zones_160x48", large);
    for screen in [&small, &large] {
        for text in [
            "Threat scenarios",
            "S-07",
            "Unmitigated risk",
            "Residual risk",
            "Risk levels",
            "Very high",
            "Critical",
            "Esc back",
        ] {
            assert!(screen.contains(text), "{text} is in view:\n{screen}");
        }
    }
    assert!(small.contains("… more below: J scrolls down"), "the cut details say so");
    assert!(
        small.contains("1-3 / 4") && !small.contains("S-09"),
        "S-09 is below: {small}"
    );
    assert!(
        large.contains("S-09") && !large.contains(" / 4 "),
        "all four in view: {large}"
    );
    assert!(
        !large.contains("… more below: J scrolls down"),
        "at 160x48 the details are whole"
    );
    // Scrolling the scenario list keeps the selected one in view, key hints below it.
    key(&mut m, KeyCode::Tab);
    for _ in 0..3 {
        key(&mut m, KeyCode::Down);
    }
    let screen = draw(&m, 80, 24);
    assert!(screen.contains("S-09 L3 I4") && screen.contains("2-4 / 4"), "{screen}");
    assert!(screen.contains("Esc back"), "{screen}");
}

/// The matrices count the selected target's scenarios per cell: unmitigated on (likelihood,
/// impact), residual on the residual rating; a scenario without one is said to be not rated.
#[test]
fn the_matrices_count_scenarios_and_say_which_have_no_residual_rating() {
    let mut m = demo(Theme::monochrome());
    select(&mut m, "C-SCADA-CTRL");
    let screen = draw(&m, 160, 48);
    insta::assert_snapshot!("demo_zones_unrated_160x48", screen);
    assert!(screen.contains("1 not rated"), "S-13 has no residual rating:\n{screen}");
    select(&mut m, "Z-SCADA");
    let screen = draw(&m, 80, 24);
    // Without colours the levels are told apart by shading; the legend shows the same shading.
    assert!(
        screen.contains("██ Critical") && screen.contains("▓▓ Very high"),
        "{screen}"
    );
    assert!(screen.contains("·· Low (tolerable)"), "{screen}");
    insta::assert_snapshot!("demo_zones_no_color_80x24", screen);
}

/// The smallest screens never panic; the key hints and the scenario list still show.
#[test]
fn the_zones_screen_on_small_terminals() {
    let mut m = demo(Theme::high_contrast());
    select(&mut m, "Z-SCADA");
    for (w, h) in [(60, 20), (60, 16), (61, 17), (70, 22), (59, 15), (20, 5), (1, 1)] {
        let screen = draw(&m, w, h);
        if w >= 60 && h >= 16 {
            assert!(screen.contains("S-03"), "{w}x{h}:\n{screen}");
            assert!(
                screen.contains("Esc back") || screen.contains("Esc"),
                "{w}x{h}:\n{screen}"
            );
        }
    }
    insta::assert_snapshot!("demo_zones_60x20", draw(&m, 60, 20));
    keys(&mut m, "t");
    draw(&m, 60, 16);
    draw(&m, 80, 24);
}

/// The threat actor is chosen by the risk model's words, not its ids, and saved as the id.
#[test]
fn the_threat_actor_is_shown_by_its_label_and_saved_by_its_id() {
    let mut m = demo(Theme::monochrome());
    select(&mut m, "C-REMOTE");
    m.session.as_mut().unwrap().scenario_cursor = Some(0);
    key(&mut m, KeyCode::Enter);
    focus_on(&mut m, "form-threat-actor");
    let screen = draw(&m, 100, 30);
    assert!(screen.contains("Moderate resources"), "{screen}");
    assert!(!screen.contains("moderate-resources"), "{screen}");
    // Right moves to the next actor; saved by its id.
    key(&mut m, KeyCode::Right);
    assert!(draw(&m, 100, 30).contains("Extended resources"));
    submit(&mut m);
    let s = a(&m).scenarios.iter().find(|s| s.id == "S-01").unwrap();
    assert_eq!(s.threat_actor.as_deref(), Some("extended-resources"));
}

/// At 80x24 the details of a zone are taller than their panel: J and K scroll them (never past
/// the last line), and another zone starts at the top.
#[test]
fn the_details_scroll_on_a_small_terminal() {
    let mut m = demo(Theme::monochrome());
    select(&mut m, "Z-SCADA");
    let top = draw(&m, 80, 24);
    assert!(top.contains("more below: J scrolls down"), "{top}");
    for _ in 0..200 {
        keys(&mut m, "J");
    }
    let scrolled = m.session.as_ref().unwrap().zone_detail_scroll;
    let bottom = draw(&m, 80, 24);
    assert!(bottom.contains("more above: K scrolls up"), "{bottom}");
    assert!(scrolled > 0 && scrolled < 200, "stopped at the last line: {scrolled}");
    // One K goes back one line at once (the keys pressed past the end were not counted).
    keys(&mut m, "K");
    assert_eq!(m.session.as_ref().unwrap().zone_detail_scroll, scrolled - 1);
    insta::assert_snapshot!("demo_zones_details_scrolled_80x24", draw(&m, 80, 24));
    keys(&mut m, "j");
    assert_eq!(
        m.session.as_ref().unwrap().zone_detail_scroll,
        0,
        "another zone starts at the top"
    );
}

/// Form labels are as wide as the longest one (up to 3/5 of the form): the German impact
/// categories were cut to "Gesundheit und Sicherheit: Auswirkun" at 80 columns.
#[test]
fn german_form_labels_are_not_cut_at_80_columns() {
    let mut m = demo(Theme::monochrome());
    m.texts.select(Some(&"de".parse().unwrap()));
    keys(&mut m, "t");
    let screen = draw(&m, 80, 24);
    assert!(screen.contains("Gesundheit und Sicherheit: betroffen"), "{screen}");
    assert!(screen.contains("■IAC ■UC ■SI ■DC ■RDF ■TRE ■RA"), "{screen}");
}

/// At 80 columns the title bar keeps the zone being answered and the person interviewed; the
/// assessment's title is cut first (it pushed the zone off the screen).
#[test]
fn the_title_bar_keeps_the_zone_and_the_interviewee_at_80_columns() {
    let mut m = demo(Theme::monochrome());
    select(&mut m, "Z-SCADA");
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    m.session.as_mut().unwrap().interviewee = "Mark Ellison".into();
    let screen = draw(&m, 80, 24);
    let title = screen.lines().next().unwrap();
    assert!(title.contains("Zone Z-SCADA"), "{title}");
    assert!(title.contains("Mark Ellison"), "{title}");
    assert!(title.contains("Riverside"), "the title, cut: {title}");
}

/// A scenario added in the interface gets the register's next id in its style, and the status
/// line says which (the demo's register runs S-01 .. S-14; it used to get "S1", unannounced).
#[test]
fn a_new_scenario_takes_the_registers_next_id_and_says_so() {
    let mut m = demo(Theme::monochrome());
    select(&mut m, "Z-SCADA");
    keys(&mut m, "t");
    keys(&mut m, "Contractor laptop on the control network");
    submit(&mut m);
    let last = a(&m)
        .scenarios
        .iter()
        .find(|s| s.threat.starts_with("Contractor laptop"))
        .unwrap();
    assert_eq!(last.id, "S-15");
    assert_eq!(last.target, "Z-SCADA");
    assert_eq!(m.notice.as_deref(), Some("Threat scenario S-15 added to Z-SCADA."));
}
