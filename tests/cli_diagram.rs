//! `iacs-assess diagram` end to end: the SVG parses and names every zone, conduit, the title and
//! the legend; the DOT is accepted by Graphviz where `dot` is installed (scripts/install-graphviz.sh
//! installs it), also for a hostile assessment; the errors (exit 2); and setting a zone's layer
//! (`zone add --layer`, `zone set --layer`, the `layer` column of `zone import`).

mod common;

use common::{cmd, run};
use iacs_assess::assessment::{Assessment, Layer, storage};
use iacs_assess::diagram::Gap;
use iacs_assess::diagram::words::Words;
use predicates::prelude::*;
use resvg::usvg::roxmltree;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The demo copied into `home` as demo.toml.
fn demo(home: &Path) -> PathBuf {
    let file = home.join("demo.toml");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/water-works.toml"),
        &file,
    )
    .unwrap();
    file
}

/// The text of every `<text>` element of an SVG, which must parse as XML.
fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("the SVG does not parse: {e}"));
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            n.descendants()
                .filter(|t| t.is_text())
                .filter_map(|t| t.text())
                .collect::<String>()
        })
        .collect()
}

/// The diagram's words in `language`.
fn words(language: &str) -> Words {
    let mut texts = common::texts();
    texts.select(Some(&language.parse().unwrap()));
    Words::new(&texts, "t", "2026-01-01")
}

/// The legend's words for the gaps in `language`.
fn gap_words(language: &str) -> Vec<String> {
    let words = words(language);
    Gap::ALL.iter().map(|g| words.gap(*g).to_string()).collect()
}

/// Whether Graphviz accepts `dot_text` (`dot -Tsvg`); None (with a note) when `dot` is not
/// installed.
#[allow(clippy::disallowed_macros)] // the note is for whoever runs the tests
fn graphviz_accepts(dot_text: &str) -> Option<(bool, String)> {
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("note: Graphviz `dot` is not on PATH, the DOT is not checked (scripts/install-graphviz.sh)");
        return None;
    };
    use std::io::Write;
    child.stdin.take().unwrap().write_all(dot_text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    Some((out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned()))
}

fn stdout_of(home: &Path, args: &[&str]) -> String {
    let out = run(home, args).success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_svg_parses_and_names_every_zone_and_conduit_the_title_and_the_legend() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let out = home.path().join("zones.svg");
    cmd(home.path())
        .arg("diagram")
        .arg(&file)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("Wrote"));
    let texts = svg_texts(&fs::read_to_string(&out).unwrap());
    let a = storage::read(&file, &common::catalog()).unwrap();
    assert_eq!(a.zones.len(), 5);
    assert_eq!(a.conduits.len(), 5);
    for id in a.zones.iter().map(|z| &z.id) {
        assert!(texts.iter().any(|t| t == id), "zone {id} is not named: {texts:?}");
    }
    for id in a.conduits.iter().map(|c| &c.id) {
        assert!(
            texts.iter().any(|t| t.starts_with(&format!("{id} "))),
            "conduit {id} is not named: {texts:?}"
        );
    }
    assert!(texts.contains(&a.assessment.title), "no title: {texts:?}");
    for word in gap_words("en") {
        assert!(texts.contains(&word), "the legend lacks \"{word}\": {texts:?}");
    }
}

#[test]
fn graphviz_accepts_the_demos_dot() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let dot = stdout_of(home.path(), &["diagram", file.to_str().unwrap(), "--format", "dot"]);
    assert!(dot.contains("graph zones {"), "{dot}");
    for id in ["Z-ENT", "Z-SIS", "C-REMOTE"] {
        assert!(dot.contains(id), "{id} missing: {dot}");
    }
    if let Some((ok, err)) = graphviz_accepts(&dot) {
        assert!(ok, "dot refused the demo's DOT: {err}\n{dot}");
    }
    // Not valid DOT is refused by dot: the check can fail.
    if let Some((ok, _)) = graphviz_accepts(&dot.replace("graph zones {", "graph zones {{")) {
        assert!(!ok);
    }
}

/// An assessment whose title, zone ids and names and conduit ids hold what could break DOT, XML
/// or a terminal: quotes, backslashes, line breaks, `<`, `&`, braces, a zone called like the
/// DOT's layer nodes, unicode.
fn hostile(home: &Path) -> (PathBuf, Vec<&'static str>) {
    let file = home.join("hostile.toml");
    let f = file.to_str().unwrap();
    let title = "Tit\"le \\ <b>&amp; }{ \u{fc}n\u{ef} \u{65e5}\u{672c}";
    run(home, &["new", f, "-q", "iec62443-3-3", "--title", title]).success();
    let zones = ["Z\"1\\}", "Z<2>&amp;", "layer 0", "Zone \u{2014} \u{fc}ber \u{1f3ed}"];
    let names = [
        "A \"q\" \\ back\nnew <x> & } \u{fc}n\u{ef}",
        "</text><svg>",
        "x -- [label=x]",
        "}\n{",
    ];
    let layers = ["control", "supervisory", "safety", "auto"];
    for ((id, name), layer) in zones.iter().zip(names).zip(layers) {
        run(home, &["zone", "add", f, "--id", id, "--name", name]).success();
        run(home, &["zone", "set", f, id, "--layer", layer]).success();
    }
    let conduits = [("C\"}{\\", 0, 1), ("C\n<&>", 1, 2), ("C;--", 2, 3)];
    for (id, from, to) in conduits {
        run(
            home,
            &[
                "conduit",
                "add",
                f,
                "--id",
                id,
                "--from",
                zones[from],
                "--to",
                zones[to],
                "--name",
                "\"}\n//",
            ],
        )
        .success();
    }
    let mut ids = zones.to_vec();
    ids.extend(conduits.iter().map(|c| c.0));
    (file, ids)
}

#[test]
fn a_hostile_assessment_still_gives_dot_that_graphviz_accepts_and_svg_that_parses() {
    let home = tempfile::tempdir().unwrap();
    let (file, ids) = hostile(home.path());
    let f = file.to_str().unwrap();
    let dot = stdout_of(home.path(), &["diagram", f, "--format", "dot"]);
    // One node is the zone "layer 0"; the label of the layers' first row is another.
    let declared = |name: &str| {
        dot.lines()
            .filter(|l| l.trim_start().starts_with(&format!("\"{name}\" [")))
            .count()
    };
    assert_eq!(declared("layer 0"), 1, "{dot}");
    assert_eq!(declared("_layer 0"), 1, "{dot}");
    if let Some((ok, err)) = graphviz_accepts(&dot) {
        assert!(ok, "dot refused the hostile DOT: {err}\n{dot}");
    }
    let svg = stdout_of(home.path(), &["diagram", f, "--format", "svg"]);
    let texts = svg_texts(&svg);
    for id in &ids {
        assert!(
            texts.iter().any(|t| t == id || t.starts_with(&format!("{id} "))),
            "{id:?} is not named: {texts:?}"
        );
    }
}

#[test]
fn stdout_without_o_and_the_language_of_the_assessment_or_lang() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replacen("language = \"en\"", "language = \"de\"", 1)).unwrap();
    let f = file.to_str().unwrap();
    let contains_all = |svg: &str, words: &[String]| {
        let texts = svg_texts(svg);
        words.iter().all(|w| texts.contains(w))
    };
    let (en, de, fr) = (gap_words("en"), gap_words("de"), gap_words("fr"));
    assert_ne!(en, de);
    // The assessment's language by default (the interface is English: LC_ALL=C).
    let svg = stdout_of(home.path(), &["diagram", f, "--format", "svg"]);
    assert!(contains_all(&svg, &de), "not German: {:?}", svg_texts(&svg));
    assert!(!contains_all(&svg, &en));
    // --lang says otherwise.
    let svg = stdout_of(home.path(), &["--lang", "fr", "diagram", f, "--format", "svg"]);
    assert!(contains_all(&svg, &fr), "not French: {:?}", svg_texts(&svg));
    let dot = stdout_of(home.path(), &["diagram", f, "--format", "dot", "--lang", "de"]);
    let de = words("de");
    for layer in [Layer::Enterprise, Layer::Supervisory, Layer::Safety] {
        assert!(
            dot.contains(de.layer(layer)),
            "no {:?} in German: {dot}",
            de.layer(layer)
        );
    }
    assert_ne!(de.layer(Layer::Enterprise), words("en").layer(Layer::Enterprise));
    // Nothing was written beside the assessment.
    let files: Vec<_> = fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        !files.iter().any(|n| n.to_string_lossy().ends_with(".svg")),
        "{files:?}"
    );
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let f = file.to_str().unwrap();
    let original = fs::read(&file).unwrap();
    // Outputs named in the test's own folder, never the working directory.
    let (x_png, x_svg) = (home.path().join("x.png"), home.path().join("x.svg"));
    let (x_png, x_svg) = (x_png.to_str().unwrap(), x_svg.to_str().unwrap());
    let fails = |args: &[&str], says: &str| {
        run(home.path(), args)
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(says));
    };
    fails(
        &["diagram", f, "-o", x_png],
        "x.png: the diagram is written as SVG or Graphviz DOT",
    );
    fails(&["diagram", f], "say --format svg or --format dot");
    fails(
        &["diagram", f, "--format", "dot", "-o", x_svg],
        "the name says svg but --format says dot",
    );
    fails(
        &["diagram", "missing.toml", "-o", x_svg],
        "missing.toml: cannot read the file",
    );
    let bad = home.path().join("bad.toml");
    fs::write(&bad, "format = 2\n[assessment]\ntitle = 3\n").unwrap();
    fails(&["diagram", bad.to_str().unwrap(), "-o", x_svg], "bad.toml:3:9:");
    // No zones: nothing to draw, said so rather than an empty picture.
    let empty = home.path().join("empty.toml");
    run(
        home.path(),
        &["new", empty.to_str().unwrap(), "--questionnaire", "iec62443-3-3"],
    )
    .success();
    fails(
        &["diagram", empty.to_str().unwrap(), "-o", x_svg],
        "empty.toml: the assessment has no zones, so there is nothing to draw",
    );
    // The assessment itself, even with --force, under its own name or another.
    fails(
        &["diagram", f, "--format", "svg", "-o", f, "--force"],
        "never replaces an assessment",
    );
    let other = home.path().join(".").join("demo.toml");
    fails(
        &["diagram", f, "--format", "svg", "-o", other.to_str().unwrap()],
        "never replaces an assessment",
    );
    assert_eq!(fs::read(&file).unwrap(), original);
    for name in ["x.png", "x.svg"] {
        assert!(!home.path().join(name).exists(), "{name} was written");
    }

    // An existing OUT is replaced only with --force.
    let out = home.path().join("zones.dot");
    fs::write(&out, "mine").unwrap();
    fails(&["diagram", f, "-o", out.to_str().unwrap()], "exists; add --force");
    assert_eq!(fs::read_to_string(&out).unwrap(), "mine");
    run(home.path(), &["diagram", f, "-o", out.to_str().unwrap(), "--force"]).success();
    assert!(fs::read_to_string(&out).unwrap().contains("graph zones {"));
    // .gv is DOT too; an unknown extension with --format is written as asked.
    for name in ["zones.gv", "zones.txt"] {
        let out = home.path().join(name);
        run(
            home.path(),
            &["diagram", f, "-o", out.to_str().unwrap(), "--format", "dot"],
        )
        .success();
        assert!(fs::read_to_string(&out).unwrap().contains("graph zones {"));
    }
}

fn layers(file: &Path) -> Vec<(String, Option<Layer>)> {
    let a: Assessment = storage::read(file, &common::catalog()).unwrap();
    a.zones.iter().map(|z| (z.id.clone(), z.layer)).collect()
}

#[test]
fn a_zones_layer_is_set_on_add_and_by_zone_set_and_auto_clears_it() {
    let home = tempfile::tempdir().unwrap();
    let file = common::new_assessment(home.path(), "a.toml", "", 2);
    let f = file.as_str();
    run(
        home.path(),
        &["zone", "add", f, "--id", "Z2", "--name", "PLCs", "--layer", "Control"],
    )
    .success()
    .stdout(predicate::str::contains("Added zone Z2."));
    run(
        home.path(),
        &["conduit", "add", f, "--id", "C1", "--from", "Z1", "--to", "Z2"],
    )
    .success();
    assert_eq!(
        layers(Path::new(f)),
        [("Z1".into(), None), ("Z2".into(), Some(Layer::Control))]
    );
    run(home.path(), &["zone", "set", f, "Z1", "--layer", "dmz"])
        .success()
        .stdout(predicate::str::contains("Zone Z1: layer dmz."));
    assert!(fs::read_to_string(f).unwrap().contains("layer = \"dmz\""));
    // auto: from the conduits (Z1 is one above Z2, which is in control).
    run(home.path(), &["zone", "set", f, "Z1", "--layer", "auto"])
        .success()
        .stdout(predicate::str::contains(
            "Zone Z1: layer from its conduits (now supervisory).",
        ));
    assert_eq!(layers(Path::new(f))[0], ("Z1".into(), None));

    // Unknown layers and zones: exit 2, the keys listed, the file unchanged.
    let before = fs::read(f).unwrap();
    let keys = "enterprise, dmz, operations, supervisory, control, field, safety";
    run(home.path(), &["zone", "set", f, "Z1", "--layer", "level-2"])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "\"level-2\" is not a layer; say one of {keys} or auto"
        )));
    run(home.path(), &["zone", "set", f, "Z9", "--layer", "dmz"])
        .code(2)
        .stderr(predicate::str::contains("\"Z9\" is not a zone of this assessment"));
    run(
        home.path(),
        &["zone", "add", f, "--id", "Z3", "--name", "x", "--layer", "auto"],
    )
    .code(2)
    .stderr(predicate::str::contains(format!("say one of {keys}")));
    assert_eq!(fs::read(f).unwrap(), before);
}

#[test]
fn zone_import_reads_a_layer_column_and_names_a_bad_value_by_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    let file = common::new_assessment(home.path(), "a.toml", "", 2);
    let f = file.as_str();
    let csv = home.path().join("zones.csv");
    fs::write(
        &csv,
        "id,name,layer\nZ2,Office,Enterprise\nZ3,Cells,\nZ4,Drives,field\n",
    )
    .unwrap();
    run(home.path(), &["zone", "import", f, csv.to_str().unwrap()]).success();
    assert_eq!(
        layers(Path::new(f))[1..],
        [
            ("Z2".into(), Some(Layer::Enterprise)),
            ("Z3".into(), None),
            ("Z4".into(), Some(Layer::Field))
        ]
    );
    let before = fs::read(f).unwrap();
    fs::write(&csv, "id,name,assets,layer\nZ5,ok,,dmz\nZ6,bad,,purdue-2\n").unwrap();
    run(home.path(), &["zone", "import", f, csv.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains(
            "zones.csv:3:4: column layer: \"purdue-2\" is not a layer; say one of enterprise,",
        ));
    assert_eq!(fs::read(f).unwrap(), before);
}

#[test]
fn a_layer_survives_json_export_and_a_three_way_merge() {
    let home = tempfile::tempdir().unwrap();
    let file = demo(home.path());
    let out = home.path().join("a.json");
    run(
        home.path(),
        &[
            "export",
            file.to_str().unwrap(),
            "--format",
            "json",
            "-o",
            out.to_str().unwrap(),
        ],
    )
    .success();
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    let zone = |id: &str| {
        json["zones"]
            .as_array()
            .unwrap()
            .iter()
            .find(|z| z["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(zone("Z-CTRL")["layer"], "control");
    assert_eq!(zone("Z-SIS")["layer"], "safety");

    // Another person moves Z-CTRL to the field layer while this one renames Z-SIS: both kept.
    let base = storage::read(&file, &common::catalog()).unwrap();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.zones.iter_mut().find(|z| z.id == "Z-SIS").unwrap().name = "SIS".into();
    theirs.zones.iter_mut().find(|z| z.id == "Z-CTRL").unwrap().layer = Some(Layer::Field);
    let m = iacs_assess::assessment::three_way::merge(&base, &mine, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.merged.zone("Z-CTRL").unwrap().layer, Some(Layer::Field));
    assert_eq!(m.merged.zone("Z-SIS").unwrap().name, "SIS");
}
