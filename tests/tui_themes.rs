//! Every theme on the zones and questionnaire screens at 80x24 and 160x48 (the demo). High
//! contrast must read on a light terminal profile as well as on a dark one: it leaves no cell's
//! colours to the terminal. Text snapshots lose colours, so the colours are checked cell by cell
//! and one snapshot maps the styles of the high-contrast zones screen.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::tui::model::{Model, Screen};
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{press, update};
use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn themes() -> [Theme; 4] {
    [
        Theme::dark(),
        Theme::light(),
        Theme::high_contrast(),
        Theme::monochrome(),
    ]
}

fn key(m: &mut Model, code: KeyCode) {
    update(m, press(code), Timestamp::UNIX_EPOCH);
}

fn questionnaire(theme: Theme) -> Model {
    let m = common::demo_model(theme);
    assert_eq!(m.screen, Screen::Questionnaire);
    m
}

/// The zones screen on Z-SCADA, the zone with the most threat scenarios.
fn zones(theme: Theme) -> Model {
    let mut m = common::demo_model(theme);
    key(&mut m, KeyCode::Char('s'));
    assert_eq!(m.screen, Screen::Zones);
    let s = m.session.as_mut().unwrap();
    s.zone_cursor = s.target_ids().iter().position(|t| t == "Z-SCADA").unwrap();
    m
}

/// The cells whose foreground or background is left to the terminal, as "x,y" (at most ten).
fn left_to_the_terminal(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height)
        .flat_map(|y| (0..area.width).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let cell = &buffer[(x, y)];
            cell.fg == Color::Reset || cell.bg == Color::Reset
        })
        .take(10)
        .map(|(x, y)| format!("{x},{y} {:?}", buffer[(x, y)].symbol()))
        .collect()
}

#[test]
fn every_theme_draws_the_same_text_on_both_screens() {
    for (w, h) in SIZES {
        let zones_text = common::draw(&zones(Theme::dark()), w, h);
        let questionnaire_text = common::draw(&questionnaire(Theme::dark()), w, h);
        insta::assert_snapshot!(format!("demo_questionnaire_{w}x{h}"), questionnaire_text);
        for theme in themes() {
            assert_eq!(
                common::draw(&questionnaire(theme), w, h),
                questionnaire_text,
                "{} {w}x{h}",
                theme.name
            );
            let text = common::draw(&zones(theme), w, h);
            if theme.risk_shading {
                // Without colours the matrix cells are shaded; everything else is the same.
                insta::assert_snapshot!(format!("demo_zones_no_color_{w}x{h}_themes"), text);
            } else {
                assert_eq!(text, zones_text, "{} {w}x{h}", theme.name);
            }
        }
    }
}

#[test]
fn high_contrast_sets_foreground_and_background_of_every_cell() {
    let t = Theme::high_contrast();
    for (w, h) in SIZES.into_iter().chain([(60, 16), (60, 20)]) {
        let mut m = zones(t);
        let mut screens = vec![("zones", common::buffer(&m, w, h))];
        key(&mut m, KeyCode::Tab);
        screens.push(("zones, scenario selected", common::buffer(&m, w, h)));
        key(&mut m, KeyCode::Char('e'));
        screens.push(("scenario form", common::buffer(&m, w, h)));
        for _ in 0..7 {
            key(&mut m, KeyCode::Tab);
        }
        screens.push(("scenario form, FR check boxes", common::buffer(&m, w, h)));
        key(&mut m, KeyCode::Esc);
        key(&mut m, KeyCode::Char('d'));
        screens.push(("delete question", common::buffer(&m, w, h)));
        key(&mut m, KeyCode::Esc);
        key(&mut m, KeyCode::Char('?'));
        screens.push(("zones help", common::buffer(&m, w, h)));
        let mut m = questionnaire(t);
        screens.push(("questionnaire", common::buffer(&m, w, h)));
        key(&mut m, KeyCode::Char('?'));
        screens.push(("questionnaire help", common::buffer(&m, w, h)));
        screens.push(("too small", common::buffer(&m, 40, 10)));
        // The alignment screen, an item with links selected and the links in focus.
        key(&mut m, KeyCode::Esc);
        for c in "rM".chars() {
            key(&mut m, KeyCode::Char(c));
        }
        while m.alignment.item().is_none_or(|x| x.links.is_empty()) {
            key(&mut m, KeyCode::Down);
        }
        key(&mut m, KeyCode::Tab);
        screens.push(("alignment", common::buffer(&m, w, h)));
        for (name, buffer) in screens {
            assert_eq!(
                left_to_the_terminal(&buffer),
                Vec::<String>::new(),
                "{name} at {w}x{h}: cells without both colours"
            );
        }
    }
}

/// The styles of the high-contrast zones screen: the text, then each cell's style as a letter,
/// then what each letter stands for. The matrix cells show the risk levels' colours.
#[test]
fn high_contrast_zones_styles() {
    let buffer = common::buffer(&zones(Theme::high_contrast()), 80, 24);
    let mut styles: Vec<(Color, Color, String)> = Vec::new();
    let mut map = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            let style = (cell.fg, cell.bg, format!("{:?}", cell.modifier));
            let i = styles.iter().position(|s| *s == style).unwrap_or_else(|| {
                styles.push(style);
                styles.len() - 1
            });
            map.push(char::from(b'a' + u8::try_from(i).unwrap()));
        }
        map.push('\n');
    }
    let legend: String = styles
        .iter()
        .enumerate()
        .map(|(i, (fg, bg, m))| format!("{}: fg {fg:?} bg {bg:?} {m}\n", char::from(b'a' + i as u8)))
        .collect();
    insta::assert_snapshot!("high_contrast_zones_styles_80x24", format!("{map}\n{legend}"));
}
