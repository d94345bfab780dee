//! Where loading a large assessment spends its time (a quick look, not a benchmark).
#![allow(clippy::disallowed_macros)] // a developer tool: not text from files
use iacs_assess::assessment::{Assessment, storage};
use iacs_assess::catalog::Catalog;
use iacs_assess::content::Sources;
use std::time::Instant;

fn main() {
    let catalog = Catalog::load(&Sources::default()).unwrap();
    let a = iacs_assess::generate::large_assessment(&catalog, 50, 500);
    let text = storage::to_toml(&a).unwrap();
    println!("size {} bytes, {} answers", text.len(), a.answers().len());
    let t = Instant::now();
    for _ in 0..10 {
        let _: toml::Table = toml::from_str(&text).unwrap();
    }
    println!("toml::Table      {:?}", t.elapsed() / 10);
    let t = Instant::now();
    for _ in 0..10 {
        let _: Assessment = toml::from_str(&text).unwrap();
    }
    println!("typed from_str   {:?}", t.elapsed() / 10);
    let typed: Assessment = toml::from_str(&text).unwrap();
    let t = Instant::now();
    for _ in 0..10 {
        let _ = iacs_assess::assessment::check::check(&typed, &catalog, std::path::Path::new("x"), &text);
    }
    println!("check            {:?}", t.elapsed() / 10);
    let t = Instant::now();
    for _ in 0..10 {
        storage::parse(std::path::Path::new("x"), &text, &catalog).unwrap();
    }
    println!("storage::parse   {:?}", t.elapsed() / 10);
}
