//! THE ZONE DIAGRAM: zones as boxes coloured by their worst security-level gap, conduits as lines
//! between them, laid out in the layers of the usual plant picture. Built in no language from the
//! assessment and its score; the terminal view, the SVG, the DOT file and the workbook's picture
//! all draw the same [`Layout`].
//!
//! - `layers.rs`: the layer of every zone (the assessor's, or taken from its conduits);
//! - `layout.rs`: rows, the order in each row, the conduits' routes (in no unit);
//! - `geometry.rs`: the layout placed with sizes (terminal cells or SVG pixels), no two boxes
//!   overlapping, each conduit a line of straight segments with its label;
//! - `svg.rs`, `dot.rs`: the files; `picture.rs`: the SVG as a PNG for the workbook.

pub mod dot;
pub mod fonts;
pub mod geometry;
pub mod layers;
pub mod layout;
mod order;
pub mod picture;
mod separation;
pub mod svg;
pub mod system;
pub mod words;

use crate::assessment::{Assessment, Layer, SlVector};
use crate::scoring::security_level::{SlAchieved, Standing};
use crate::scoring::{Score, SecurityLevelResult};

pub use geometry::{Placed, Rect, Sizes};
pub use layout::Layout;

/// How a zone or conduit stands against its SL-T, worst FR first: the colour of its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gap {
    /// Nothing answered for it that gives an SL-A, or no SL-T to compare with.
    NotAssessed,
    /// SL-A reaches SL-T in every FR.
    None,
    /// Below SL-T only where requirements are not answered yet: open work, not a gap.
    Open,
    /// The worst FR is one level short.
    One,
    /// The worst FR is two or more levels short.
    More,
}

impl Gap {
    /// The word in files (SVG classes, DOT comments) and the end of its Fluent id: `gap-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Gap::NotAssessed => "not-assessed",
            Gap::None => "none",
            Gap::Open => "open",
            Gap::One => "one",
            Gap::More => "more",
        }
    }

    /// Every gap in the order the legend lists them.
    pub const ALL: [Gap; 5] = [Gap::None, Gap::One, Gap::More, Gap::Open, Gap::NotAssessed];

    /// From the security-level results of one zone or conduit (several questionnaires: the worst).
    fn of(results: &[&SecurityLevelResult]) -> Gap {
        results.iter().map(|r| Gap::of_one(r)).max().unwrap_or(Gap::NotAssessed)
    }

    fn of_one(r: &SecurityLevelResult) -> Gap {
        if r.answered == 0 {
            return Gap::NotAssessed;
        }
        let worst_short = (1..=7u8)
            .filter(|fr| r.standing(*fr) == Standing::Short)
            .map(|fr| r.gap[usize::from(fr - 1)])
            .max();
        match (worst_short, r.overall()) {
            (Some(g), _) if g >= 2 => Gap::More,
            (Some(_), _) => Gap::One,
            (None, Standing::Unassessed) => Gap::Open,
            (None, Standing::Reached) => Gap::None,
            _ => Gap::NotAssessed,
        }
    }
}

/// A zone as the diagram shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneBox {
    pub id: String,
    pub name: String,
    pub layer: Layer,
    /// True when the assessor did not set the layer and the conduits gave it.
    pub layer_from_conduits: bool,
    pub sl_t: Option<SlVector>,
    pub sl_a: Option<SlAchieved>,
    pub gap: Gap,
}

/// A conduit as the diagram shows it: a line between two zones (indexes into `zones`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConduitLine {
    pub id: String,
    pub name: String,
    pub from: usize,
    pub to: usize,
    pub sl_t: Option<SlVector>,
    pub sl_a: Option<SlAchieved>,
    pub gap: Gap,
}

/// The zone model of an assessment, ready to be laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagram {
    pub title: String,
    pub zones: Vec<ZoneBox>,
    /// Conduits whose two zones exist and differ (`check` reports the others).
    pub conduits: Vec<ConduitLine>,
}

impl Diagram {
    /// The diagram of every zone and conduit of `a`, with the levels of `score` (scored from `a`).
    pub fn build(a: &Assessment, score: &Score) -> Diagram {
        let placed = layers::assign(a);
        let sl_t = |id: &str| score.sl_targets.iter().find(|t| t.target == id).map(|t| t.vector);
        let results = |id: &str| -> Vec<&SecurityLevelResult> {
            score.security_levels.iter().filter(|r| r.target == id).collect()
        };
        // Nothing answered gives no SL-A to show (the score's zeros would read as "SL 0").
        let sl_a = |rs: &[&SecurityLevelResult]| rs.iter().find(|r| r.answered > 0).map(|r| r.sl_a);
        let zones = a
            .zones
            .iter()
            .zip(placed)
            .map(|(z, p)| {
                let rs = results(&z.id);
                ZoneBox {
                    id: z.id.clone(),
                    name: z.name.clone(),
                    layer: p.layer,
                    layer_from_conduits: p.from_conduits,
                    sl_t: sl_t(&z.id),
                    sl_a: sl_a(&rs),
                    gap: Gap::of(&rs),
                }
            })
            .collect::<Vec<_>>();
        let index = |id: &str| a.zones.iter().position(|z| z.id == id);
        let conduits = a
            .conduits
            .iter()
            .filter_map(|c| {
                let (from, to) = (index(&c.from)?, index(&c.to)?);
                if from == to {
                    return None;
                }
                let rs = results(&c.id);
                Some(ConduitLine {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    from,
                    to,
                    sl_t: sl_t(&c.id),
                    sl_a: sl_a(&rs),
                    gap: Gap::of(&rs),
                })
            })
            .collect();
        Diagram {
            title: a.assessment.title.clone(),
            zones,
            conduits,
        }
    }

    /// The rows, orders and routes of this diagram.
    pub fn layout(&self) -> Layout {
        Layout::of(self)
    }

    /// The index of the zone with `id`.
    pub fn zone(&self, id: &str) -> Option<usize> {
        self.zones.iter().position(|z| z.id == id)
    }
}

/// A vector as the diagram writes it: digits without spaces, "-" where nothing applies
/// ("3322111", "21-1211").
pub fn compact(levels: impl IntoIterator<Item = Option<u8>>) -> String {
    levels
        .into_iter()
        .map(|l| l.map(|l| char::from(b'0' + l.min(9))).unwrap_or('-'))
        .collect()
}

/// An SL-T as the diagram writes it.
pub fn compact_target(v: &SlVector) -> String {
    compact(v.iter().map(|l| Some(*l)))
}
