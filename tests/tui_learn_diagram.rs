//! Learn mode's zones-and-conduits topic with the demo's zone diagram (issue 22 point 3): the
//! picture under the text (beside it on wide terminals), built once in `update`, and a text
//! that speaks of what the picture shows.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::diagram::compact_target;
use iacs_assess::learn::{DIAGRAM_TOPIC, DOMAIN, TOPICS};
use iacs_assess::tui::model::{Model, Screen};

/// Learn mode on the topic before the diagram's (nothing built yet), at `width` x `height`.
fn learn_before_topic(width: u16, height: u16) -> Model {
    let mut m = common::model();
    let t0 = jiff::Timestamp::UNIX_EPOCH;
    let resized = iacs_assess::tui::update::Msg::Resized(width, height);
    iacs_assess::tui::update::update(&mut m, resized, t0);
    common::keys(&mut m, "l");
    assert_eq!(m.screen, Screen::Learn);
    let at = TOPICS.iter().position(|t| *t == DIAGRAM_TOPIC).unwrap();
    for _ in 1..at {
        common::key(&mut m, KeyCode::Down);
    }
    m
}

/// Learn mode on the diagram's topic.
fn learn_topic(width: u16, height: u16) -> Model {
    let mut m = learn_before_topic(width, height);
    common::key(&mut m, KeyCode::Down);
    m
}

/// Space until the text pane scrolls no further.
fn scroll_to_end(m: &mut Model, width: u16, height: u16) -> String {
    let mut screen = common::draw(m, width, height);
    for _ in 0..20 {
        common::key(m, KeyCode::Char(' '));
        let next = common::draw(m, width, height);
        if next == screen {
            break;
        }
        screen = next;
    }
    screen
}

#[test]
fn the_demo_diagram_is_built_once_when_its_topic_opens() {
    let mut m = learn_before_topic(100, 30);
    assert!(m.learn.demo.is_none(), "not built for other topics");
    common::key(&mut m, KeyCode::Down);
    let built = m.learn.demo.clone().expect("built when the topic opens");
    assert_eq!(built.diagram.zones.len(), 5);
    assert_eq!(built.diagram.conduits.len(), 5);
    // Moving away and back, and scrolling, keep the one built.
    common::key(&mut m, KeyCode::Up);
    common::key(&mut m, KeyCode::Down);
    common::key(&mut m, KeyCode::Char(' '));
    assert_eq!(m.learn.demo.as_ref(), Some(&built));
    // Another width places it again (the diagram itself is kept).
    let resized = iacs_assess::tui::update::Msg::Resized(80, 24);
    iacs_assess::tui::update::update(&mut m, resized, jiff::Timestamp::UNIX_EPOCH);
    let placed = m.learn.demo.as_ref().unwrap();
    assert_eq!(placed.width, iacs_assess::tui::screens::learn::view::pane_width(80));
    assert_eq!(placed.diagram, built.diagram);
}

#[test]
fn the_topic_shows_the_demo_diagram_under_the_text() {
    let mut m = learn_topic(100, 30);
    let top = common::draw(&m, 100, 30);
    assert!(top.contains("Zones and conduits"), "{top}");
    insta::assert_snapshot!("learn_diagram_100x30_top", top);
    let end = scroll_to_end(&mut m, 100, 30);
    insta::assert_snapshot!("learn_diagram_100x30_end", end);
    for zone in ["Z-ENT", "Z-DMZ", "Z-SCADA", "Z-CTRL", "Z-SIS"] {
        assert!(end.contains(zone), "the picture shows {zone}: {end}");
    }
    // At 80x24 the picture is taller than the pane: its top scrolls away, its bottom shows.
    let mut m = learn_topic(80, 24);
    let end = scroll_to_end(&mut m, 80, 24);
    insta::assert_snapshot!("learn_diagram_80x24_end", end);
    assert!(end.contains("Z-SIS"), "{end}");
    assert!(!end.contains("Z-ENT"), "the top row scrolled away: {end}");
}

#[test]
fn on_a_wide_terminal_the_diagram_is_beside_the_text() {
    let m = learn_topic(160, 48);
    let screen = common::draw(&m, 160, 48);
    insta::assert_snapshot!("learn_diagram_160x48", screen);
    let first_text_row = screen.lines().find(|l| l.contains("A zone is a group")).unwrap();
    assert!(
        first_text_row.contains("Z-ENT"),
        "the picture's top row is beside the text: {screen}"
    );
}

/// The text names the zones and conduits the picture shows, and the SL-Ts it quotes are the
/// ones the demo's score gives (in every language).
#[test]
fn the_text_names_what_the_picture_shows() {
    let m = learn_topic(100, 30);
    let d = &m.learn.demo.as_ref().unwrap().diagram;
    let texts = common::texts();
    let sl_t = |id: &str| {
        let zone = d.zones.iter().find(|z| z.id == id).and_then(|z| z.sl_t);
        let conduit = d.conduits.iter().find(|c| c.id == id).and_then(|c| c.sl_t);
        compact_target(&zone.or(conduit).unwrap())
    };
    assert_eq!(
        sl_t("C-REMOTE"),
        "3333333",
        "the text says C-REMOTE needs 3 in every FR"
    );
    for language in ["en", "de", "fr"] {
        let body = texts.text_in(language, DOMAIN, DIAGRAM_TOPIC, Some("body")).unwrap();
        for zone in &d.zones {
            assert!(body.contains(&zone.id), "{language} names {}", zone.id);
        }
        for id in ["C-DMZ-SCADA", "C-REMOTE", "C-SCADA-CTRL"] {
            assert!(body.contains(id), "{language} names {id}");
        }
        for id in ["Z-SCADA", "Z-CTRL", "C-SCADA-CTRL"] {
            assert!(
                body.contains(&sl_t(id)),
                "{language} quotes the SL-T of {id}: {}",
                sl_t(id)
            );
        }
    }
}

/// German at 100x30: the picture's layer names and the text in German.
#[test]
fn german_names_the_layers_in_the_picture() {
    let mut m = learn_topic(100, 30);
    m.texts.select(Some(&"de".parse().unwrap()));
    let screen = common::draw(&m, 100, 30);
    assert!(screen.contains("Zonen und Conduits"), "{screen}");
    let end = scroll_to_end(&mut m, 100, 30);
    insta::assert_snapshot!("learn_diagram_100x30_de_end", end);
}
