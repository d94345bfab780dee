//! Benchmarks of the library core on the large assessment (50 zones, every questionnaire answered,
//! 500 scenarios). Run: `cargo bench --bench core`; divan prints the median per benchmark.

use iacs_assess::assessment::storage;
use iacs_assess::catalog::Catalog;
use iacs_assess::content::Sources;
use iacs_assess::generate::large_assessment;

fn main() {
    divan::main();
}

fn catalog() -> Catalog {
    Catalog::load(&Sources::default()).expect("catalog")
}

#[divan::bench]
fn load_catalog() -> Catalog {
    catalog()
}

#[divan::bench]
fn score_large(bencher: divan::Bencher) {
    let catalog = catalog();
    let a = large_assessment(&catalog, 50, 500);
    bencher.bench_local(|| iacs_assess::scoring::score(divan::black_box(&a), &catalog));
}

#[divan::bench]
fn parse_large(bencher: divan::Bencher) {
    let catalog = catalog();
    let text = storage::to_toml(&large_assessment(&catalog, 50, 500)).unwrap();
    let path = std::path::Path::new("large.toml");
    bencher.bench_local(|| storage::parse(path, divan::black_box(&text), &catalog).unwrap());
}

#[divan::bench]
fn serialize_large(bencher: divan::Bencher) {
    let catalog = catalog();
    let a = large_assessment(&catalog, 50, 500);
    bencher.bench_local(|| storage::to_toml(divan::black_box(&a)).unwrap());
}

#[divan::bench(args = ["xlsx", "offline-xlsx", "csv", "json"])]
fn export_large(bencher: divan::Bencher, format: &str) {
    let catalog = catalog();
    let (files, _) = iacs_assess::content::locale_files(&Sources::default());
    let mut texts = iacs_assess::i18n::Texts::load(&files).unwrap();
    texts.select(None);
    let a = large_assessment(&catalog, 50, 500);
    let format = match format {
        "xlsx" => iacs_assess::export::Format::Xlsx,
        "offline-xlsx" => iacs_assess::export::Format::OfflineXlsx,
        "csv" => iacs_assess::export::Format::Csv,
        _ => iacs_assess::export::Format::Json,
    };
    let source = std::path::Path::new("large.toml");
    bencher
        .bench_local(|| iacs_assess::export::render(divan::black_box(&a), &catalog, &texts, format, source).unwrap());
}

/// The whole durable save: serialize, write a temporary file, fsync, rename, fsync the folder.
#[divan::bench]
fn save_large_durable(bencher: divan::Bencher) {
    let catalog = catalog();
    let a = large_assessment(&catalog, 50, 500);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.toml");
    let mut file = iacs_assess::assessment::AssessmentFile::create(&path, &a).unwrap();
    bencher.bench_local(|| file.save(divan::black_box(&a)).unwrap());
}

/// Loading from disk: read the file, parse, check against the catalog.
#[divan::bench]
fn load_large_from_disk(bencher: divan::Bencher) {
    let catalog = catalog();
    let a = large_assessment(&catalog, 50, 500);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.toml");
    storage::write_durably(&path, storage::to_toml(&a).unwrap().as_bytes()).unwrap();
    bencher.bench_local(|| storage::read(divan::black_box(&path), &catalog).unwrap());
}

/// Parsing and checking the 500-zone plant (50,242 answers, 13.6 MB).
#[divan::bench(sample_count = 10)]
fn parse_500_zones(bencher: divan::Bencher) {
    let catalog = catalog();
    let text = storage::to_toml(&large_assessment(&catalog, 500, 500)).unwrap();
    let path = std::path::Path::new("plant.toml");
    bencher.bench_local(|| storage::parse(path, divan::black_box(&text), &catalog).unwrap());
}

/// Scoring the 500-zone plant.
#[divan::bench(sample_count = 10)]
fn score_500_zones(bencher: divan::Bencher) {
    let catalog = catalog();
    let a = large_assessment(&catalog, 500, 500);
    bencher.bench_local(|| iacs_assess::scoring::score(divan::black_box(&a), &catalog));
}

/// Aligning the scored large assessment with each built-in mapping (NIS2, CSF 2.0, CRA), 50 and
/// 500 zones: every link's answers looked up per zone.
#[divan::bench(args = [50, 500], sample_count = 10)]
fn align_large(bencher: divan::Bencher, zones: usize) {
    let catalog = catalog();
    let a = large_assessment(&catalog, zones, 500);
    let score = iacs_assess::scoring::score(&a, &catalog);
    bencher.bench_local(|| {
        for m in &catalog.mappings {
            divan::black_box(iacs_assess::alignment::align(divan::black_box(&a), &catalog, &score, m));
        }
    });
}

/// Proposing a plan for the large assessment (scored once, needs grouped, actions put in).
#[divan::bench]
fn propose_plan_large(bencher: divan::Bencher) {
    let catalog = catalog();
    let a = large_assessment(&catalog, 50, 500);
    let day: jiff::civil::Date = "2026-12-01".parse().unwrap();
    let title = |p: &iacs_assess::planning::Proposal| p.key.clone();
    bencher.bench_local(|| {
        let mut copy = a.clone();
        iacs_assess::planning::propose(&mut copy, &catalog, day, &title, "bench", jiff::Timestamp::UNIX_EPOCH)
    });
}

/// The plan with its projections (scored now, after each phase and with the whole plan done).
#[divan::bench]
fn plan_with_projections_large(bencher: divan::Bencher) {
    let catalog = catalog();
    let mut a = large_assessment(&catalog, 50, 500);
    let day: jiff::civil::Date = "2026-12-01".parse().unwrap();
    let title = |p: &iacs_assess::planning::Proposal| p.key.clone();
    iacs_assess::planning::propose(&mut a, &catalog, day, &title, "bench", jiff::Timestamp::UNIX_EPOCH);
    let effort = iacs_assess::planning::EffortScale::default();
    bencher.bench_local(|| iacs_assess::planning::plan(divan::black_box(&a), &catalog, day, &effort));
}
