//! The diagram as Graphviz DOT, for people who want to restyle it or lay it out their own way:
//! an undirected graph (a conduit carries traffic both ways), one `rank=same` group per layer
//! with the layer's name, the layers kept in order by an invisible chain, zones filled with the
//! colour of their worst gap, conduits labelled with their id and SL-T. Graphviz lays it out
//! itself (`dot -Tsvg`); the tool's own SVG is `svg.rs`.

use super::svg::{colours, conduit_label, levels_line};
use super::words::Words;
use super::{Diagram, Layout};
use std::fmt::Write;

/// A DOT string: quoted, with `\` and `"` escaped and line breaks as spaces.
fn quoted(text: &str) -> String {
    format!("\"{}\"", escaped(text))
}

/// `text` for inside a DOT string.
fn escaped(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A label of several lines: each line quoted as above, joined by DOT's centred line break.
fn lines(parts: &[&str]) -> String {
    let inner: Vec<String> = parts.iter().map(|p| escaped(p)).collect();
    format!("\"{}\"", inner.join("\\n"))
}

/// The node that names row `r`'s layer: "layer 0", ..., with '_' in front while a zone has that id
/// (a zone called "layer 0" must not become the label).
fn layer_node(d: &Diagram, r: usize) -> String {
    let mut name = format!("layer {r}");
    while d.zones.iter().any(|z| z.id == name) {
        name.insert(0, '_');
    }
    name
}

pub fn render(d: &Diagram, words: &Words) -> String {
    let layout: Layout = d.layout();
    let font = super::fonts::FAMILY;
    let mut s = String::new();
    let _ = writeln!(s, "// {}", escaped(&format!("{} · {}", words.title, words.subtitle)));
    let _ = writeln!(
        s,
        "// Written by iacs-assess {}. Render with: dot -Tsvg FILE.dot -o FILE.svg",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(s, "graph zones {{");
    let _ = writeln!(
        s,
        "  graph [label={}, labelloc=t, fontsize=16, fontname={}, newrank=true, nodesep=0.4, ranksep=0.6];",
        lines(&[&words.title, &words.subtitle]),
        quoted(font)
    );
    let _ = writeln!(
        s,
        "  node [shape=box, style=\"rounded,filled\", fontname={}, fontsize=10, penwidth=1.6];",
        quoted(font)
    );
    let _ = writeln!(s, "  edge [fontname={}, fontsize=9, color=\"#37474f\"];", quoted(font));
    for (r, row) in layout.rows.iter().enumerate() {
        let _ = writeln!(s, "  subgraph {} {{", quoted(&format!("layer-{}", row.layer.key())));
        let _ = writeln!(s, "    rank=same;");
        let _ = writeln!(
            s,
            "    {} [label={}, shape=plaintext, style=\"\", fontcolor=\"#607080\"];",
            quoted(&layer_node(d, r)),
            quoted(words.layer(row.layer))
        );
        for item in &row.items {
            if let super::layout::Item::Zone(z) = item {
                let zone = &d.zones[*z];
                let (fill, stroke) = colours(zone.gap);
                let _ = writeln!(
                    s,
                    "    {} [label={}, fillcolor={}, color={}, tooltip={}];",
                    quoted(&zone.id),
                    lines(&[&zone.id, &zone.name, &levels_line(zone, words)]),
                    quoted(fill),
                    quoted(stroke),
                    quoted(words.gap(zone.gap))
                );
            }
        }
        let _ = writeln!(s, "  }}");
    }
    for r in 1..layout.rows.len() {
        let _ = writeln!(
            s,
            "  {} -- {} [style=invis];",
            quoted(&layer_node(d, r - 1)),
            quoted(&layer_node(d, r))
        );
    }
    for (k, route) in layout.routes.iter().enumerate() {
        let c = &d.conduits[k];
        let _ = writeln!(
            s,
            "  {} -- {} [label={}, tooltip={}];",
            quoted(&d.zones[route.upper].id),
            quoted(&d.zones[route.lower].id),
            quoted(&conduit_label(d, k, words)),
            quoted(&c.name)
        );
    }
    s.push_str("}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_backslashes_cannot_end_a_string() {
        assert_eq!(quoted(r#"a "b" \ c"#), r#""a \"b\" \\ c""#);
        assert_eq!(quoted("two\nlines"), "\"two lines\"");
        assert_eq!(lines(&["Z-1", "say \"hi\""]), r#""Z-1\nsay \"hi\"""#);
    }
}
