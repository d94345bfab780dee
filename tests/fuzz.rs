//! Fuzzing every parser on the stable toolchain: proptest mutates real files (byte edits, cuts,
//! repeats) and throws random text at them; each parser must answer Ok or Err, never panic, never
//! hang. CI runs a short pass; `FUZZ_CASES=200000 cargo test --release --test fuzz` runs long.

mod common;

use iacs_assess::assessment::storage;
use iacs_assess::catalog::questionnaire_file;
use iacs_assess::i18n::{LocaleFile, Texts};
use proptest::prelude::*;
use std::path::Path;

fn config() -> ProptestConfig {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48);
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_seed: common::proptest_seed(),
        ..ProptestConfig::default()
    }
}

/// One edit: at a fraction of the length, delete / insert / replace / duplicate a span.
fn edits() -> impl Strategy<Value = Vec<(u32, u8, u8, u16)>> {
    prop::collection::vec((any::<u32>(), 0u8..4, any::<u8>(), 1u16..64), 1..12)
}

fn mutate(base: &[u8], edits: &[(u32, u8, u8, u16)]) -> Vec<u8> {
    let mut b = base.to_vec();
    for &(at, op, byte, len) in edits {
        if b.is_empty() {
            b.push(byte);
            continue;
        }
        let i = (at as usize) % b.len();
        let end = (i + usize::from(len)).min(b.len());
        match op {
            0 => {
                b.drain(i..end);
            }
            1 => b.insert(i, byte),
            2 => b[i] = byte,
            _ => {
                let span: Vec<u8> = b[i..end].to_vec();
                for _ in 0..(usize::from(byte) % 8) {
                    b.splice(i..i, span.iter().copied());
                }
            }
        }
    }
    b
}

fn interesting_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(
            prop::sample::select(vec![
                "[",
                "]",
                "{",
                "}",
                "=",
                "\"",
                "\n",
                "[[answer]]",
                "format = 1",
                ".",
                "-",
                "a",
                "1",
                "#",
                "\\"
            ]),
            0..400
        )
        .prop_map(|v| v.concat()),
    ]
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn questionnaire_files(e in edits(), junk in interesting_text()) {
        let base = read("questionnaires/iec62443-3-3.toml");
        let text = String::from_utf8_lossy(&mutate(&base, &e)).into_owned();
        let _ = questionnaire_file::read(Path::new("q.toml"), &text);
        let _ = questionnaire_file::read(Path::new("q.toml"), &junk);
    }

    #[test]
    fn risk_models(e in edits()) {
        let base = read("questionnaires/risk-models/default.toml");
        let text = String::from_utf8_lossy(&mutate(&base, &e)).into_owned();
        let _ = iacs_assess::catalog::risk_model::read(Path::new("r.toml"), &text);
    }

    #[test]
    fn assessment_files(e in edits(), junk in interesting_text()) {
        let catalog = common::catalog();
        let base = iacs_assess::demo::WATER_WORKS.as_bytes();
        let text = String::from_utf8_lossy(&mutate(base, &e)).into_owned();
        let _ = storage::parse(Path::new("a.toml"), &text, &catalog);
        let _ = storage::parse(Path::new("a.toml"), &junk, &catalog);
    }

    #[test]
    fn fluent_files(e in edits(), junk in interesting_text()) {
        let base = read("locales/en/iec62443-3-2.ftl");
        for text in [String::from_utf8_lossy(&mutate(&base, &e)).into_owned(), junk] {
            let file = LocaleFile { language: "en".into(), domain: "iec62443-3-2".into(), path: "x.ftl".into(), text: text.into(), builtin: false };
            if let Ok(mut texts) = Texts::load(&[file]) {
                texts.select(None);
                let _ = texts.get("iec62443-3-2", "zcr-1-1", Some("question"));
            }
        }
    }

    #[test]
    fn workbooks_to_import(e in edits()) {
        let catalog = common::catalog();
        let texts = common::texts();
        let a = storage::parse(Path::new("a.toml"), iacs_assess::demo::WATER_WORKS, &catalog).unwrap();
        let base = iacs_assess::export::offline::render(&a, &catalog, &texts, iacs_assess::export::xlsx::Paper::A4).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.xlsx");
        std::fs::write(&path, mutate(&base, &e)).unwrap();
        let _ = iacs_assess::import::read_workbook(
            &path,
            &a,
            &catalog,
            &texts,
            ("x", jiff::Timestamp::UNIX_EPOCH),
            iacs_assess::import::Confirmed::default(),
        );
    }
}

#[test]
fn deeply_nested_placeables_are_refused_not_a_stack_overflow() {
    let text = format!("a = {}\"x\"{}\n", "{ ".repeat(100_000), " }".repeat(100_000));
    let file = LocaleFile {
        language: "en".into(),
        domain: "ui".into(),
        path: "ui.ftl".into(),
        text: text.into(),
        builtin: false,
    };
    let err = Texts::load(&[file]).err().expect("refused");
    assert!(err[0].message.contains("nested deeper"), "{}", err[0].message);
}

#[test]
fn deeply_nested_toml_is_refused_not_a_stack_overflow() {
    let catalog = common::catalog();
    let text = format!("format = 1\nx = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    assert!(storage::parse(Path::new("a.toml"), &text, &catalog).is_err());
    let text = format!("format = 1\nx = {}1{}\n", "{a=".repeat(50_000), "}".repeat(50_000));
    assert!(storage::parse(Path::new("a.toml"), &text, &catalog).is_err());
}
