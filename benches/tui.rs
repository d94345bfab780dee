//! Key-to-frame: one key press through `update` and a full `view` into a 160x48 test terminal, on
//! the large assessment (50 zones, every questionnaire answered). Run: `cargo bench --bench tui`.

use crossterm::event::KeyCode;
use iacs_assess::catalog::Catalog;
use iacs_assess::content::{self, Sources};
use iacs_assess::generate::large_assessment;
use iacs_assess::i18n::Texts;
use iacs_assess::tui::model::Model;
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Msg, Opened, press, update};
use iacs_assess::tui::view::view;
use ratatui::{Terminal, backend::TestBackend};
use std::path::PathBuf;

fn main() {
    divan::main();
}

fn model() -> Model {
    model_of(50)
}

fn model_of(zones: usize) -> Model {
    let catalog = Catalog::load(&Sources::default()).unwrap();
    let (files, _) = content::locale_files(&Sources::default());
    let mut texts = Texts::load(&files).unwrap();
    texts.select(None);
    let a = large_assessment(&catalog, zones, 500);
    let mut m = Model::new(catalog, texts, Theme::dark(), vec![], PathBuf::from("/tmp"));
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("large.toml"), a))),
        jiff::Timestamp::UNIX_EPOCH,
    );
    m
}

#[divan::bench(args = ["j", "3", "Tab", "z"])]
fn key_to_frame(bencher: divan::Bencher, key: &str) {
    let mut m = model();
    // Start on the per-zone questionnaire for "z".
    if key == "z" {
        for _ in 0..3 {
            update(&mut m, press(KeyCode::Tab), jiff::Timestamp::UNIX_EPOCH);
        }
    }
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let code = key_code(key);
    bencher.bench_local(|| {
        update(&mut m, press(code), jiff::Timestamp::UNIX_EPOCH);
        terminal.draw(|f| view(&m, f)).unwrap();
    });
}

#[divan::bench]
fn results_frame(bencher: divan::Bencher) {
    let mut m = model();
    update(&mut m, press(KeyCode::Char('r')), jiff::Timestamp::UNIX_EPOCH);
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| view(&m, f)).unwrap();
    });
}

/// Key-to-frame on the results screen: one key through `update` and a full `view` at 160x48, on
/// the large assessment (50 zones) and on one with 500 zones. `j` moves in the panel in focus,
/// `Tab` moves the focus; neither changes the assessment.
#[divan::bench(args = [(50, "j"), (50, "Tab"), (500, "j"), (500, "Tab")])]
fn results_key_to_frame(bencher: divan::Bencher, (zones, key): (usize, &str)) {
    let mut m = model_of(zones);
    update(&mut m, press(KeyCode::Char('r')), jiff::Timestamp::UNIX_EPOCH);
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let code = key_code(key);
    bencher.bench_local(|| {
        update(&mut m, press(code), jiff::Timestamp::UNIX_EPOCH);
        terminal.draw(|f| view(&m, f)).unwrap();
    });
}

/// Key-to-frame on every other screen, on the large assessment at 160x48: the zones screen (`j`
/// moves the zone; its details and matrices read the kept score), the zones screen on 500 zones,
/// a group header of the questionnaire (`h`, then `j`/`k` between header and requirement), the
/// home screen and learn mode.
#[divan::bench(args = ["zones", "zones-500", "group", "home", "learn"])]
fn screen_key_to_frame(bencher: divan::Bencher, screen: &str) {
    let t = jiff::Timestamp::UNIX_EPOCH;
    let mut m = if screen == "zones-500" { model_of(500) } else { model() };
    let keys: &[KeyCode] = match screen {
        "zones" | "zones-500" => {
            update(&mut m, press(KeyCode::Char('s')), t);
            &[KeyCode::Char('j')]
        }
        "group" => {
            update(&mut m, press(KeyCode::Char('h')), t);
            &[KeyCode::Char('j'), KeyCode::Char('h')]
        }
        "home" => {
            update(&mut m, press(KeyCode::Esc), t);
            &[KeyCode::Char('j')]
        }
        _ => {
            update(&mut m, press(KeyCode::Esc), t);
            update(&mut m, press(KeyCode::Char('l')), t);
            &[KeyCode::Char('j')]
        }
    };
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let mut i = 0;
    bencher.bench_local(|| {
        update(&mut m, press(keys[i % keys.len()]), t);
        i += 1;
        terminal.draw(|f| view(&m, f)).unwrap();
    });
}

/// Start-up to the first frame: read the built-in catalog and texts, build the model, draw the
/// home screen. (Process start-up itself adds well under a millisecond for a static binary.)
#[divan::bench]
fn startup_to_first_frame(bencher: divan::Bencher) {
    bencher.bench_local(|| {
        let catalog = Catalog::load(&Sources::default()).unwrap();
        let (files, _) = content::locale_files(&Sources::default());
        let mut texts = Texts::load(&files).unwrap();
        texts.select(None);
        let m = Model::new(catalog, texts, Theme::dark(), vec![], PathBuf::from("/tmp"));
        let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
        terminal.draw(|f| view(&m, f)).unwrap();
    });
}

/// The key a bench argument names: "Tab", or a character.
fn key_code(key: &str) -> KeyCode {
    match key {
        "Tab" => KeyCode::Tab,
        k => KeyCode::Char(k.chars().next().expect("a key")),
    }
}
