//! The zones screen's diagram view (v) without a terminal: the demo at 100x30 and 160x48, a plant
//! of 20 zones at 160x48, the arrow keys between neighbours, Tab through a zone's conduits, Enter,
//! Esc back to the list with the same selection, and small terminals.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::{Assessment, Conduit, Layer};
use iacs_assess::tui::model::{Model, Screen};
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Msg, Opened, press, update};
use jiff::Timestamp;
use std::path::PathBuf;

const T0: Timestamp = Timestamp::UNIX_EPOCH;

fn key(m: &mut Model, code: KeyCode) {
    update(m, press(code), T0);
}

/// `m` on the zones screen at `width` x `height`, showing the diagram.
fn diagram(mut m: Model, width: u16, height: u16) -> Model {
    update(&mut m, Msg::Resized(width, height), T0);
    key(&mut m, KeyCode::Char('s'));
    assert_eq!(m.screen, Screen::Zones);
    key(&mut m, KeyCode::Char('v'));
    assert!(m.session.as_ref().unwrap().zone_diagram.shown);
    m
}

fn demo(width: u16, height: u16) -> Model {
    diagram(common::demo_model(Theme::monochrome()), width, height)
}

/// The id of the zone or conduit selected (the list's cursor).
fn selected(m: &Model) -> String {
    m.session.as_ref().unwrap().selected_target().unwrap()
}

#[test]
fn the_demo_reads_at_100x30_and_160x48() {
    let m = demo(100, 30);
    let screen = common::draw(&m, 100, 30);
    for id in ["Z-ENT", "Z-DMZ", "Z-SCADA", "Z-CTRL", "Z-SIS"] {
        assert!(screen.contains(id), "{id} missing:\n{screen}");
    }
    for id in ["C-ENT-DMZ", "C-DMZ-SCADA", "C-REMOTE", "C-SCADA-CTRL", "C-CTRL-SIS"] {
        assert!(screen.contains(id), "{id} missing:\n{screen}");
    }
    // The selection (the first zone) has a double border.
    assert!(screen.contains("╔Z-ENT"), "{screen}");
    insta::assert_snapshot!("diagram_demo_100x30", screen);
    let mut m = m;
    update(&mut m, Msg::Resized(160, 48), T0);
    insta::assert_snapshot!("diagram_demo_160x48", common::draw(&m, 160, 48));
}

#[test]
fn arrows_move_between_neighbours_and_tab_goes_through_conduits() {
    let mut m = demo(100, 30);
    assert_eq!(selected(&m), "Z-ENT");
    key(&mut m, KeyCode::Up);
    assert_eq!(selected(&m), "Z-ENT", "nothing above the top row");
    key(&mut m, KeyCode::Down);
    assert_eq!(selected(&m), "Z-DMZ");
    key(&mut m, KeyCode::Down);
    assert_eq!(selected(&m), "Z-SCADA");
    key(&mut m, KeyCode::Right);
    assert_eq!(selected(&m), "Z-SCADA", "alone in its row");
    // Tab: the zone's conduits left to right, top to bottom, then the zone again.
    let mut seen = vec![];
    for _ in 0..4 {
        key(&mut m, KeyCode::Tab);
        seen.push(selected(&m));
    }
    assert_eq!(seen, ["C-DMZ-SCADA", "C-REMOTE", "C-SCADA-CTRL", "Z-SCADA"]);
    key(&mut m, KeyCode::BackTab);
    assert_eq!(selected(&m), "C-SCADA-CTRL");
    key(&mut m, KeyCode::Down);
    assert_eq!(selected(&m), "Z-CTRL", "down a conduit: its lower zone");
    key(&mut m, KeyCode::Down);
    assert_eq!(selected(&m), "Z-SIS");
    key(&mut m, KeyCode::Tab);
    assert_eq!(selected(&m), "C-CTRL-SIS");
    key(&mut m, KeyCode::Up);
    assert_eq!(selected(&m), "Z-CTRL", "up a conduit: its upper zone");
    // The two conduits between the DMZ and SCADA: ← and → go from one label to the other.
    key(&mut m, KeyCode::Up);
    key(&mut m, KeyCode::Tab);
    assert_eq!(selected(&m), "C-DMZ-SCADA");
    key(&mut m, KeyCode::Right);
    assert_eq!(selected(&m), "C-REMOTE");
    key(&mut m, KeyCode::Left);
    assert_eq!(selected(&m), "C-DMZ-SCADA");
    // The status line says what is selected.
    let screen = common::draw(&m, 100, 30);
    assert!(
        screen.contains("C-DMZ-SCADA DMZ to SCADA · Z-DMZ ↔ Z-SCADA · SL-T 3332232"),
        "{screen}"
    );
}

#[test]
fn enter_opens_the_selection_and_esc_returns_to_the_list_with_it() {
    let mut m = demo(100, 30);
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Down);
    // Esc: back to the list, on the screen, with the same zone selected.
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Zones);
    assert!(!m.session.as_ref().unwrap().zone_diagram.shown);
    assert_eq!(selected(&m), "Z-SCADA");
    let list = common::draw(&m, 100, 30);
    assert!(list.contains("v diagram"), "the key line names v:\n{list}");
    // The list moves the cursor; the diagram shows it.
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Char('v'));
    let screen = common::draw(&m, 100, 30);
    assert!(screen.contains("╔Z-CTRL"), "{screen}");
    assert!(
        screen.contains("Z-CTRL PLCs and field network · Basic control (1) · SL-T 2221222"),
        "{screen}"
    );
    // Enter: answer 62443-3-3 for it, as in the list.
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("Z-CTRL"));
    // A conduit too.
    key(&mut m, KeyCode::Char('s'));
    key(&mut m, KeyCode::Tab);
    assert_eq!(selected(&m), "C-SCADA-CTRL");
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("C-SCADA-CTRL"));
}

#[test]
fn the_help_names_the_diagram_key() {
    let mut m = demo(100, 30);
    key(&mut m, KeyCode::Char('?'));
    let screen = common::draw(&m, 100, 30);
    assert!(screen.contains("│v          diagram: zones as boxes"), "{screen}");
}

/// A plant of `n` zones: the layers top to bottom, about `n / 7` zones each, every zone joined to
/// the one three places before it (mostly in the layer above), every fourth also to its left
/// neighbour.
fn plant(n: usize) -> Assessment {
    let mut a = Assessment::new("Twenty zones", "en", vec![], T0);
    let join = |a: &mut Assessment, from: usize, to: usize| {
        let id = format!("C{:02}", a.conduits.len());
        a.conduits.push(Conduit {
            id,
            name: String::new(),
            from: format!("Z{from:02}"),
            to: format!("Z{to:02}"),
            system: String::new(),
            description: String::new(),
            adjustments: vec![],
            sl_t: None,
        });
    };
    for i in 0..n {
        let mut zone = common::zone(&format!("Z{i:02}"), &format!("Cell {i}"));
        zone.layer = Some(Layer::ALL[i * Layer::ALL.len() / n]);
        a.zones.push(zone);
        if i > 0 {
            join(&mut a, i.saturating_sub(3), i);
        }
        if i % 4 == 3 {
            join(&mut a, i - 1, i);
        }
    }
    a
}

fn plant_model(n: usize) -> Model {
    let mut m = common::model();
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/plant.toml"), plant(n)))),
        T0,
    );
    m
}

#[test]
fn a_plant_of_twenty_zones_shows_every_zone_at_160x48() {
    let mut m = diagram(plant_model(20), 160, 48);
    let c = m.session.as_ref().unwrap().zone_diagram.computed.clone().unwrap();
    assert_eq!(c.placed.overlapping_boxes(), vec![]);
    let screen = common::draw(&m, 160, 48);
    insta::assert_snapshot!("diagram_plant20_160x48", screen);
    // Drawn whole where it fits; where not, each zone is drawn whole once it is selected.
    for i in 0..20 {
        m.session.as_mut().unwrap().zone_cursor = i;
        let screen = common::draw(&m, 160, 48);
        let id = format!("Z{i:02}");
        assert!(screen.contains(&id), "{id} missing:\n{screen}");
        assert!(screen.contains(&format!("Cell {i}")), "{id}'s box cut:\n{screen}");
    }
    let seen: Vec<usize> = (0..20).filter(|i| screen.contains(&format!("Z{i:02}"))).collect();
    assert_eq!(seen.len(), 20, "at 160x48 all twenty are in view at once: {seen:?}");
}

#[test]
fn small_terminals_do_not_panic() {
    for n in [5, 20, 60] {
        for (w, h) in [(40, 10), (60, 16), (61, 17), (80, 24), (200, 60)] {
            let mut m = diagram(plant_model(n), 100, 30);
            update(&mut m, Msg::Resized(w, h), T0);
            common::draw(&m, w, h);
            for code in [KeyCode::Down, KeyCode::Right, KeyCode::Tab, KeyCode::Left, KeyCode::Up] {
                key(&mut m, code);
                common::draw(&m, w, h);
            }
        }
    }
    let mut m = demo(100, 30);
    update(&mut m, Msg::Resized(40, 10), T0);
    let screen = common::draw(&m, 40, 10);
    assert!(screen.contains("60"), "the too-small notice:\n{screen}");
    let m = demo(60, 16);
    insta::assert_snapshot!("diagram_demo_60x16", common::draw(&m, 60, 16));
}
