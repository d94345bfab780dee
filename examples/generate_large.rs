//! Write the large synthetic assessment used for speed and memory measurements:
//! `cargo run --release --example generate_large -- large.toml [ZONES] [SCENARIOS]`
//! (defaults: 50 zones, 500 scenarios, every questionnaire answered).
#![allow(clippy::disallowed_macros)] // a developer tool: not text from files

use iacs_assess::assessment::storage;
use iacs_assess::catalog::Catalog;
use iacs_assess::content::Sources;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "large.toml".into());
    let zones = args.next().and_then(|v| v.parse().ok()).unwrap_or(50);
    let scenarios = args.next().and_then(|v| v.parse().ok()).unwrap_or(500);
    let catalog = Catalog::load(&Sources::default()).expect("built-in catalog");
    let a = iacs_assess::generate::large_assessment(&catalog, zones, scenarios);
    let text = storage::to_toml(&a).expect("serializes");
    std::fs::write(&path, text).expect("writable");
    println!(
        "{path}: {zones} zones, {scenarios} scenarios, {} answers",
        a.answers().len()
    );
}
