//! `export --csv-dialect`: the bytes of both dialects of the answers CSV and the plan CSV.

mod common;

use common::run;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// An assessment in `lang` with two answers: one whose note holds umlauts, a semicolon and a
/// comma, one whose note would start a formula; returns its path.
fn assessment(h: &Path, lang: &str) -> String {
    let file = h.join(format!("plant-{lang}.toml")).to_string_lossy().into_owned();
    run(
        h,
        &[
            "--lang",
            lang,
            "new",
            &file,
            "-q",
            "iec62443-2-4",
            "--title",
            "Wasserwerk Süd",
        ],
    )
    .success();
    let answer = |item: &str, value: &str, note: &str| {
        let args = [
            "answer",
            &file,
            "-q",
            "iec62443-2-4",
            "--item",
            item,
            "--value",
            value,
            "--note",
            note,
        ];
        run(h, &args).success();
    };
    answer("SP.01.01 BR", "ml2", "Prüfung jährlich; extern, mit Bericht");
    answer("SP.01.02 BR", "ml1", "=1+1");
    file
}

fn export(h: &Path, file: &str, extra: &[&str], name: &str) -> Vec<u8> {
    let out = h.join(name);
    let mut args = vec!["export", file, "-o", out.to_str().unwrap()];
    args.extend(extra);
    run(h, &args).success();
    fs::read(out).unwrap()
}

fn lines(bytes: &[u8]) -> Vec<String> {
    let text = std::str::from_utf8(bytes.strip_prefix(BOM).unwrap_or(bytes)).unwrap();
    text.split("\r\n").map(str::to_string).collect()
}

#[test]
fn rfc4180_is_plain_commas_without_a_byte_order_mark() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = assessment(h, "en");
    let plain = export(h, &file, &["--format", "csv"], "plain.csv");
    let explicit = export(h, &file, &["--format", "csv", "--csv-dialect", "rfc4180"], "rfc.csv");
    assert_eq!(plain, explicit, "rfc4180 is the default");
    assert!(plain.starts_with(b"questionnaire,target,requirement,title,value,note,"));
    let rows = lines(&plain);
    let first = &rows[1];
    assert!(
        first.starts_with("iec62443-2-4,,SP.01.01 BR,")
            && first.contains(",ml2,\"Prüfung jährlich; extern, mit Bericht\","),
        "{first}"
    );
    // The time as stored (RFC 3339 with its "T" and "Z").
    let time = predicate::str::is_match(r",\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z,").unwrap();
    assert!(time.eval(first), "{first}");
    assert!(rows[2].contains(",'=1+1,"), "formulas are neutralised: {}", rows[2]);
}

#[test]
fn excel_in_english_has_a_byte_order_mark_commas_and_times_to_the_second() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = assessment(h, "en");
    let bytes = export(h, &file, &["--format", "csv", "--csv-dialect", "excel"], "excel.csv");
    assert!(bytes.starts_with(BOM), "{:?}", &bytes[..8]);
    assert!(bytes[3..].starts_with(b"questionnaire,target,"));
    let rows = lines(&bytes);
    assert!(
        rows[1].contains(",\"Prüfung jährlich; extern, mit Bericht\","),
        "{}",
        rows[1]
    );
    let time = predicate::str::is_match(r",\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,").unwrap();
    assert!(time.eval(&rows[1]), "{}", rows[1]);
    let rfc3339 = predicate::str::is_match(r"\d\dT\d\d:\d\d").unwrap();
    assert!(!rfc3339.eval(&rows[1]), "no RFC 3339 time: {}", rows[1]);
    assert!(rows[2].contains(",'=1+1,"), "{}", rows[2]);
}

#[test]
fn excel_in_german_separates_with_semicolons_and_quotes_a_value_holding_one() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    // The assessment's language decides, without --lang.
    let file = assessment(h, "de");
    let bytes = export(h, &file, &["--format", "csv", "--csv-dialect", "excel"], "de.csv");
    assert!(bytes.starts_with(BOM));
    assert!(bytes[3..].starts_with(b"questionnaire;target;requirement;title;value;note;evidence;"));
    // Umlauts are UTF-8: "ü" is C3 BC.
    assert!(bytes.windows(2).any(|w| w == [0xC3, 0xBC]));
    let rows = lines(&bytes);
    let first = &rows[1];
    assert!(first.starts_with("iec62443-2-4;;SP.01.01 BR;"), "{first}");
    assert!(
        first.contains(";ml2;\"Prüfung jährlich; extern, mit Bericht\";"),
        "the note holds the separator and is quoted: {first}"
    );
    let time = predicate::str::is_match(r";\d{4}-\d\d-\d\d \d\d:\d\d:\d\d;").unwrap();
    assert!(time.eval(first), "{first}");
    assert!(rows[2].contains(";'=1+1;"), "{}", rows[2]);
    // --lang en on the same file: commas again.
    let en = export(
        h,
        &file,
        &["--lang", "en", "--format", "csv", "--csv-dialect", "excel"],
        "en.csv",
    );
    assert!(en[3..].starts_with(b"questionnaire,target,"));
    // A reader of the export reads it back: the excel dialect feeds `answer --from` unchanged.
    run(h, &["answer", &file, "--from", h.join("de.csv").to_str().unwrap()]).success();
}

#[test]
fn the_plan_csv_follows_the_dialect_and_other_formats_refuse_it() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = assessment(h, "de");
    run(h, &["plan", "propose", &file]).success();
    let plain = export(h, &file, &["--format", "plan-csv"], "plan.csv");
    assert!(plain.starts_with(b"id,phase,status,title,"));
    let excel = export(
        h,
        &file,
        &["--format", "plan-csv", "--csv-dialect", "excel"],
        "plan-de.csv",
    );
    assert!(excel.starts_with(BOM));
    assert!(excel[3..].starts_with(b"id;phase;status;title;owner;due;"));
    let rows = lines(&excel);
    assert!(rows[1].contains(";vorgeschlagen;"), "status in German: {}", rows[1]);
    let out = h.join("x.xlsx");
    run(
        h,
        &[
            "export",
            &file,
            "--format",
            "xlsx",
            "--csv-dialect",
            "excel",
            "-o",
            out.to_str().unwrap(),
        ],
    )
    .code(2)
    .stderr(predicate::str::contains(
        "--csv-dialect applies to --format csv and plan-csv only",
    ));
    assert!(!out.exists());
}
