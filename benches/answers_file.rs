//! `answer --from`: 10,000 answers read, checked and applied in memory, on a plant of 100 zones
//! (every questionnaire answered, 10,242 answers). Run: `cargo bench --bench answers_file`.
//! The whole process (load, this, one durable save) is measured with `/usr/bin/time` (BENCHMARKS.md).

use iacs_assess::assessment::Assessment;
use iacs_assess::catalog::Catalog;
use iacs_assess::content::Sources;
use iacs_assess::export::{Format, render};
use iacs_assess::generate::large_assessment;
use iacs_assess::i18n::Texts;
use iacs_assess::import::answers_file;
use jiff::Timestamp;
use std::path::Path;

fn main() {
    divan::main();
}

struct Setup {
    catalog: Catalog,
    texts: Texts,
    a: Assessment,
    _dir: tempfile::TempDir,
    unchanged: std::path::PathBuf,
    changed: std::path::PathBuf,
}

/// The plant, its CSV export as it is, and the export with the value of every 62443-3-3 answer
/// (10,000 rows) changed.
fn setup() -> Setup {
    let catalog = Catalog::load(&Sources::default()).expect("catalog");
    let (files, _) = iacs_assess::content::locale_files(&Sources::default());
    let mut texts = Texts::load(&files).unwrap();
    texts.select(None);
    let a = large_assessment(&catalog, 100, 500);
    let export = render(&a, &catalog, &texts, Format::Csv, Path::new("big.toml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let unchanged = dir.path().join("unchanged.csv");
    std::fs::write(&unchanged, &export).unwrap();
    let mut reader = csv::Reader::from_reader(export.as_slice());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(reader.headers().unwrap()).unwrap();
    for record in reader.records() {
        let mut row: Vec<String> = record.unwrap().iter().map(str::to_string).collect();
        if row[0] == "iec62443-3-3" {
            row[4] = if row[4] == "met" { "not-met" } else { "met" }.to_string();
            writer.write_record(&row).unwrap();
        }
    }
    let changed = dir.path().join("changed.csv");
    std::fs::write(&changed, writer.into_inner().unwrap()).unwrap();
    Setup {
        catalog,
        texts,
        a,
        _dir: dir,
        unchanged,
        changed,
    }
}

fn apply(s: &Setup, mut a: Assessment, file: &Path) -> Assessment {
    let report = answers_file::read(file, &a, &s.catalog, &s.texts, "Bench", Timestamp::UNIX_EPOCH).unwrap();
    assert!(report.problems.is_empty());
    a.set_answers(report.answers);
    a
}

#[divan::bench]
fn apply_10000_changed_answers(bencher: divan::Bencher) {
    let s = setup();
    bencher
        .with_inputs(|| s.a.clone())
        .bench_local_values(|a| apply(&s, a, &s.changed));
}

#[divan::bench]
fn read_back_an_unchanged_export_of_10242_answers(bencher: divan::Bencher) {
    let s = setup();
    bencher
        .with_inputs(|| s.a.clone())
        .bench_local_values(|a| apply(&s, a, &s.unchanged));
}
