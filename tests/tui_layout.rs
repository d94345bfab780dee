//! The house rules of `src/tui/` (ARCHITECTURE.md), checked on the source: no two files of the
//! interface use each other, directly or around a ring, and no screen uses another screen.
//! A rule that is only written down erodes with the first hurried change.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file a path such as `crate::tui::screens::zones::key` lives in: the longest prefix that
/// names a module file (`a/b.rs` or `a/b/mod.rs`).
fn file_of(root: &Path, segments: &[&str]) -> Option<PathBuf> {
    for n in (1..=segments.len()).rev() {
        let base: PathBuf = segments[..n].iter().collect();
        let as_file = root.join(&base).with_extension("rs");
        if as_file.is_file() {
            return Some(as_file);
        }
        let as_dir = root.join(&base).join("mod.rs");
        if as_dir.is_file() {
            return Some(as_dir);
        }
    }
    None
}

/// Every `crate::tui::…` path the file's own code (not its test module) names, with `use` groups
/// (`crate::tui::{a, b::c}`) opened.
fn used_paths(text: &str) -> Vec<Vec<String>> {
    let code = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::tui::") {
        rest = &rest[i + "crate::tui::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let segs: Vec<String> = item
                    .trim()
                    .split("::")
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty() && s != "self")
                    .collect();
                if !segs.is_empty() {
                    out.push(segs);
                }
            }
            continue;
        }
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let path = rest[..end].trim_end_matches(':');
        out.push(path.split("::").map(str::to_string).collect());
    }
    out
}

fn graph() -> (PathBuf, BTreeMap<PathBuf, BTreeSet<PathBuf>>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut edges = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut to = BTreeSet::new();
        for path in used_paths(&text) {
            let segs: Vec<&str> = path.iter().map(String::as_str).collect();
            if let Some(target) = file_of(&root, &segs)
                && target != file
            {
                to.insert(target);
            }
        }
        edges.insert(file, to);
    }
    (root, edges)
}

fn screen_of(root: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(root).ok()?;
    let mut parts = rel.components();
    (parts.next()?.as_os_str() == "screens")
        .then(|| parts.next())
        .flatten()
        .and_then(|c| {
            let name = c.as_os_str().to_string_lossy().to_string();
            (!name.ends_with(".rs")).then_some(name)
        })
}

#[test]
fn no_screen_uses_another_screen() {
    let (root, edges) = graph();
    let mut wrong = Vec::new();
    for (from, tos) in &edges {
        let Some(a) = screen_of(&root, from) else { continue };
        for to in tos {
            if let Some(b) = screen_of(&root, to)
                && a != b
            {
                wrong.push(format!("{} uses {}", from.display(), to.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "screens must not use each other:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn only_the_dispatchers_use_screens() {
    // The layers below the screens (model, session, editor, forms, dialog types, widgets) are
    // shared by every screen; only what routes keys and drawing to a screen may name one. A
    // screen's `state.rs` is plain data that the model holds, so any layer may read it.
    let (root, edges) = graph();
    let dispatchers = ["update.rs", "view.rs", "dialog/keys.rs", "dialog/view.rs", "mod.rs"].map(|f| root.join(f));
    let mut wrong = Vec::new();
    for (from, tos) in &edges {
        if screen_of(&root, from).is_some() || dispatchers.contains(from) {
            continue;
        }
        let behaviour = |to: &&PathBuf| screen_of(&root, to).is_some() && !to.ends_with("state.rs");
        for to in tos.iter().filter(behaviour) {
            wrong.push(format!("{} uses {}", from.display(), to.display()));
        }
    }
    assert!(
        wrong.is_empty(),
        "only update.rs, view.rs and dialog/keys.rs and view.rs may use a screen:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_two_files_of_the_interface_use_each_other() {
    let (root, edges) = graph();
    // Depth-first search for a back edge; report the ring it closes.
    fn visit(
        node: &PathBuf,
        edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        stack: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
        rings: &mut Vec<Vec<PathBuf>>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(i) = stack.iter().position(|n| n == node) {
            rings.push(stack[i..].to_vec());
            return;
        }
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, stack, done, rings);
        }
        stack.pop();
        done.insert(node.clone());
    }
    let mut rings = Vec::new();
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        visit(node, &edges, &mut Vec::new(), &mut done, &mut rings);
    }
    let shown: Vec<String> = rings
        .iter()
        .map(|ring| {
            let names: Vec<String> = ring
                .iter()
                .map(|p| p.strip_prefix(&root).unwrap().display().to_string())
                .collect();
            format!("{} -> {}", names.join(" -> "), names[0])
        })
        .collect();
    assert!(
        shown.is_empty(),
        "files of src/tui use each other in a ring:\n{}",
        shown.join("\n")
    );
}

#[test]
fn the_checker_sees_a_ring_and_a_screen_crossing() {
    // The checker itself must be able to fail: it reads `use` groups and plain paths.
    let paths =
        used_paths("use crate::tui::{model::Model, screens::zones};\nfn f() { crate::tui::session::changed(m) }");
    assert_eq!(
        paths,
        vec![
            vec!["model".to_string(), "Model".to_string()],
            vec!["screens".to_string(), "zones".to_string()],
            vec!["session".to_string(), "changed".to_string()],
        ]
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    assert_eq!(
        file_of(&root, &["screens", "zones", "key"]),
        Some(root.join("screens/zones/mod.rs"))
    );
    assert_eq!(
        screen_of(&root, &root.join("screens/zones/view.rs")).as_deref(),
        Some("zones")
    );
    assert_eq!(screen_of(&root, &root.join("session.rs")), None);
}
