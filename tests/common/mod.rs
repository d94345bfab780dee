//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod sheets;
pub mod xlsx_parts;

use assert_cmd::Command;
use iacs_assess::catalog::Catalog;
use iacs_assess::content::{self, Sources};
use iacs_assess::i18n::Texts;
use std::path::Path;

/// The binary, isolated from the developer's config and locale.
pub fn cmd(home: &Path) -> Command {
    let mut c = Command::cargo_bin("iacs-assess").expect("binary builds");
    c.env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("LC_ALL", "C")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    c
}

pub fn catalog() -> Catalog {
    Catalog::load(&Sources::default()).expect("built-in catalog loads")
}

pub fn texts() -> Texts {
    let (files, problems) = content::locale_files(&Sources::default());
    assert!(problems.is_empty(), "{problems:?}");
    Texts::load(&files).expect("built-in texts load")
}

/// Run the binary with `args` in `home` and hand back the assertion.
pub fn run(home: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    cmd(home).args(args).assert()
}

/// A new assessment `name` in `home` (62443-2-4 and 3-3, titled "Works") with zone Z1, SL-T all
/// `sl`; returns its path.
pub fn new_assessment(home: &Path, name: &str, site: &str, sl: u8) -> String {
    let file = home.join(name).to_string_lossy().into_owned();
    let mut args = vec![
        "new",
        &file,
        "-q",
        "iec62443-2-4",
        "-q",
        "iec62443-3-3",
        "--title",
        "Works",
    ];
    if !site.is_empty() {
        args.extend(["--site", site]);
    }
    run(home, &args).success();
    let vector = vec![sl.to_string(); 7].join(",");
    run(
        home,
        &[
            "zone",
            "add",
            &file,
            "--id",
            "Z1",
            "--name",
            "Control",
            "--sl-t",
            &vector,
            "--justification",
            "t",
        ],
    )
    .success();
    file
}

/// The kinds of effects, by name ("Save", "Remember", "Quit"): for checking what `update` asked
/// for where the payload (what is remembered) is checked separately or not at all.
pub fn kinds(effects: &[iacs_assess::tui::update::Effect]) -> Vec<String> {
    effects
        .iter()
        .map(|e| {
            format!("{e:?}")
                .split(['(', ' ', '{'])
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

/// The random seed of property tests: the same cases on every run unless
/// `PROPTEST_RNG_SEED` asks for others, so a CI run cannot fail on a case no
/// earlier run could have shown. Wider searches are for people (README).
#[allow(dead_code)]
pub fn proptest_seed() -> proptest::test_runner::RngSeed {
    let n = std::env::var("PROPTEST_RNG_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(62443);
    proptest::test_runner::RngSeed::Fixed(n)
}

/// The screen `view` draws for `m` into a TestBackend of `width` x `height`, as text (for
/// snapshots).
#[allow(dead_code)]
pub fn draw(m: &iacs_assess::tui::model::Model, width: u16, height: u16) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| iacs_assess::tui::view::view(m, f)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    (0..buffer.area.height)
        .map(|y| {
            let line: String = (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect();
            format!("{}\n", line.trim_end())
        })
        .collect()
}

/// A zone with only an id and a name.
#[allow(dead_code)]
pub fn zone(id: &str, name: &str) -> iacs_assess::assessment::Zone {
    iacs_assess::assessment::Zone {
        system: String::new(),
        id: id.into(),
        name: name.into(),
        description: String::new(),
        assets: vec![],
        layer: None,
        adjustments: vec![],
        sl_t: None,
    }
}

/// A home screen entry for an assessment opened before, with nothing known about it but its path.
pub fn recent(path: &str) -> iacs_assess::tui::recent::RecentFile {
    iacs_assess::tui::recent::RecentFile {
        path: std::path::PathBuf::from(path),
        title: String::new(),
        organisation: String::new(),
        site: String::new(),
        changed: None,
        missing: false,
    }
}

/// The demo (a fictional water works) opened in a model drawn with `theme`, on the questionnaire.
pub fn demo_model(theme: iacs_assess::tui::theme::Theme) -> iacs_assess::tui::model::Model {
    use iacs_assess::tui::update::{Msg, Opened, update};
    let mut texts = texts();
    texts.select(None);
    let catalog = catalog();
    let path = std::path::PathBuf::from("/demo.toml");
    let a = iacs_assess::assessment::storage::parse(&path, iacs_assess::demo::WATER_WORKS, &catalog)
        .expect("the demo reads");
    let mut m = iacs_assess::tui::model::Model::new(catalog, texts, theme, vec![], "/data".into());
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(path, a))),
        jiff::Timestamp::UNIX_EPOCH,
    );
    m
}

/// The buffer drawn at `width` x `height`.
pub fn buffer(m: &iacs_assess::tui::model::Model, width: u16, height: u16) -> ratatui::buffer::Buffer {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| iacs_assess::tui::view::view(m, f)).unwrap();
    terminal.backend().buffer().clone()
}

/// A model with nothing open, drawn without colours, its data folder `/data`.
pub fn model() -> iacs_assess::tui::model::Model {
    let mut texts = texts();
    texts.select(None);
    iacs_assess::tui::model::Model::new(
        catalog(),
        texts,
        iacs_assess::tui::theme::Theme::monochrome(),
        vec![],
        std::path::PathBuf::from("/data"),
    )
}

/// The requirements of 62443-2-4 SP.04 (wireless): the area a provider without wireless marks
/// not applicable as a whole.
pub const SP04: [&str; 6] = [
    "SP.04.01 BR",
    "SP.04.02 BR",
    "SP.04.02 RE(1)",
    "SP.04.03 BR",
    "SP.04.03 RE(1)",
    "SP.04.03 RE(2)",
];

/// A fresh copy of the demo assessment in `home` (demo.toml); its path.
pub fn demo_copy(home: &Path) -> std::path::PathBuf {
    let file = home.join("demo.toml");
    run(home, &["demo", "--no-open", "--copy-to", file.to_str().unwrap()]).success();
    file
}

/// Answer 62443-3-3 requirement `item` for zone Z1 with `value` and the options in `more`.
pub fn answer_z1(home: &Path, file: &str, item: &str, value: &str, more: &[&str]) {
    let mut args = vec![
        "answer",
        file,
        "-q",
        "iec62443-3-3",
        "--zone",
        "Z1",
        "--item",
        item,
        "--value",
        value,
    ];
    args.extend_from_slice(more);
    run(home, &args).success();
}

/// Type `text` into the interface, one key a character, at the epoch; the effects asked for.
pub fn keys(m: &mut iacs_assess::tui::model::Model, text: &str) -> Vec<iacs_assess::tui::update::Effect> {
    text.chars()
        .flat_map(|c| key(m, crossterm::event::KeyCode::Char(c)))
        .collect()
}

/// Press `code` in the interface at the epoch; the effects asked for.
pub fn key(
    m: &mut iacs_assess::tui::model::Model,
    code: crossterm::event::KeyCode,
) -> Vec<iacs_assess::tui::update::Effect> {
    use iacs_assess::tui::update::{press, update};
    update(m, press(code), jiff::Timestamp::UNIX_EPOCH)
}
