//! The zone diagram of each system in its specification (`diagram::Diagram::of_system`): the
//! workbook places it as a picture in section 2 (xlsx.rs); the Markdown links to an SVG file
//! written beside it, `NAME.zones.svg` for a specification of one system and
//! `NAME.zones-<system>.svg` for each of several. A system without zones has no picture.
//! The picture is not part of what an approval's digest is taken of: it draws the zones and
//! conduits the text already specifies, and a change of drawing must not void an approval.

use super::{Specification, SystemSpec};
use crate::assessment::Assessment;
use crate::diagram::words::Words;
use crate::i18n::Texts;
use fluent_bundle::FluentValue;
use std::path::{Path, PathBuf};

/// The diagram's words for `system`: titled with the system, dated as the specification.
pub fn words(spec: &Specification, system: &SystemSpec, texts: &Texts) -> Words {
    let s = system.system;
    let title = texts.ui_with(
        "spec-system",
        &[
            ("name", FluentValue::from(s.name.as_str())),
            ("id", FluentValue::from(s.id.as_str())),
        ],
    );
    Words::new(texts, &title, &spec.date)
}

/// The SVG files a Markdown specification of `a` written to `out` links to, one per system it
/// covers (all, or the one named `only`, as [`super::build`] chooses them): `None` for a system
/// without zones. Known from the assessment alone, so that every file can be checked before
/// anything is written.
pub fn paths(a: &Assessment, only: Option<&str>, out: &Path) -> Vec<Option<PathBuf>> {
    let systems: Vec<&str> = a
        .systems
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| only.is_none_or(|o| o == *id))
        .collect();
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut taken: Vec<String> = Vec::new();
    systems
        .iter()
        .map(|id| {
            a.zones_in(id).next()?;
            let mut name = match systems.len() {
                1 => format!("{stem}.zones.svg"),
                _ => format!("{stem}.zones-{}.svg", file_safe(id)),
            };
            // Two ids that read alike once made safe ("A/B", "A_B") get a number.
            let base = name.trim_end_matches(".svg").to_string();
            let mut n = 2;
            while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
                name = format!("{base}-{n}.svg");
                n += 1;
            }
            taken.push(name.clone());
            Some(out.with_file_name(name))
        })
        .collect()
}

/// The SVG of each system that has a file in `paths` (from [`paths`]), in the texts' language.
pub fn svgs(spec: &Specification, texts: &Texts, paths: &[Option<PathBuf>]) -> Vec<(PathBuf, String)> {
    spec.systems
        .iter()
        .zip(paths)
        .filter_map(|(system, path)| {
            let svg = crate::diagram::svg::render(&system.diagram, &words(spec, system, texts));
            Some((path.clone()?, svg))
        })
        .collect()
}

/// A system id as part of a file name: ASCII letters, digits, '-' and '_' kept, anything else '_'.
fn file_safe(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A file name as the target of a Markdown link: every byte but unreserved ASCII percent-encoded,
/// so spaces and brackets cannot end the link.
pub fn link(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut out = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{System, Zone};

    fn assessment(systems: &[&str], zones: &[(&str, &str)]) -> Assessment {
        let mut a = Assessment::new("t", "en", vec![], jiff::Timestamp::UNIX_EPOCH);
        a.systems = systems
            .iter()
            .map(|id| System {
                id: id.to_string(),
                name: id.to_string(),
                description: String::new(),
            })
            .collect();
        a.zones = zones
            .iter()
            .map(|(id, system)| Zone {
                id: id.to_string(),
                name: id.to_string(),
                system: system.to_string(),
                description: String::new(),
                assets: vec![],
                layer: None,
                adjustments: vec![],
                sl_t: None,
            })
            .collect();
        a
    }

    #[test]
    fn one_system_has_one_picture_several_have_one_each_and_none_without_zones() {
        let out = Path::new("/x/my spec.md");
        let one = assessment(&["SUC"], &[("Z1", "")]);
        assert_eq!(paths(&one, None, out), [Some(PathBuf::from("/x/my spec.zones.svg"))]);
        let three = assessment(&["A", "B/1", "B_1", "C"], &[("Z1", ""), ("Z2", "B/1"), ("Z3", "B_1")]);
        assert_eq!(
            paths(&three, None, out),
            [
                Some(PathBuf::from("/x/my spec.zones-A.svg")),
                Some(PathBuf::from("/x/my spec.zones-B_1.svg")),
                Some(PathBuf::from("/x/my spec.zones-B_1-2.svg")),
                None,
            ]
        );
        assert_eq!(
            paths(&three, Some("B/1"), out),
            [Some(PathBuf::from("/x/my spec.zones.svg"))],
            "one system chosen: the name of one"
        );
        assert_eq!(
            link(Path::new("/x/my spec (1).zones.svg")),
            "my%20spec%20%281%29.zones.svg"
        );
    }
}
