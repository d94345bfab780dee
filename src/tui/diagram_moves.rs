//! Moving through a zone diagram with the arrow keys and Tab: from a zone or conduit to its
//! neighbour, pure functions of the diagram and its placement (the zones screen calls them in
//! `update`).

use crate::diagram::geometry::Placed;
use crate::diagram::layout::Item;
use crate::diagram::{Diagram, Layout};
use crate::tui::diagram_view::Selected;

/// A direction of the arrow keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Towards {
    Left,
    Right,
    Up,
    Down,
}

/// Where an arrow key goes from `from`: for a zone, the next zone left or right in its row, or
/// the nearest zone in the row above or below (one joined to it by a conduit first); for a
/// conduit, its upper or lower zone, or the nearest label left or right on its track. `None`
/// where there is nothing that way.
pub fn neighbour(d: &Diagram, layout: &Layout, placed: &Placed, from: Selected, towards: Towards) -> Option<Selected> {
    match from {
        Selected::Zone(z) => {
            let (r, p) = layout.zone_at(z)?;
            let items = &layout.rows[r].items;
            let zone = |i: &Item| match i {
                Item::Zone(z) => Some(Selected::Zone(*z)),
                Item::Pass(_) => None,
            };
            let row = match towards {
                Towards::Left => return items[..p].iter().rev().find_map(zone),
                Towards::Right => return items[p + 1..].iter().find_map(zone),
                Towards::Up => r.checked_sub(1)?,
                Towards::Down => r + 1,
            };
            let centre = placed.boxes.get(z)?.centre_x();
            let joined = |o: usize| {
                d.conduits
                    .iter()
                    .any(|c| (c.from == z && c.to == o) || (c.to == z && c.from == o))
            };
            layout
                .rows
                .get(row)?
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Zone(o) => Some(*o),
                    Item::Pass(_) => None,
                })
                .min_by_key(|&o| {
                    let far = placed.boxes.get(o).map_or(i32::MAX, |b| (b.centre_x() - centre).abs());
                    (!joined(o), far)
                })
                .map(Selected::Zone)
        }
        Selected::Conduit(k) => {
            let route = layout.routes.get(k)?;
            let label = placed.lines.get(k)?.label;
            let beside = |j: &usize| {
                let other = placed.lines[*j].label;
                let ahead = if towards == Towards::Left {
                    other.x < label.x
                } else {
                    other.x > label.x
                };
                *j != k && other.y == label.y && ahead
            };
            match towards {
                Towards::Up => Some(Selected::Zone(route.upper)),
                Towards::Down => Some(Selected::Zone(route.lower)),
                Towards::Left | Towards::Right => (0..placed.lines.len())
                    .filter(beside)
                    .min_by_key(|j| (placed.lines[*j].label.x - label.x).abs())
                    .map(Selected::Conduit),
            }
        }
    }
}

/// The conduits of zone `z`, left to right by where their labels are.
pub fn conduits_of(d: &Diagram, placed: &Placed, z: usize) -> Vec<usize> {
    let mut ks: Vec<usize> = (0..d.conduits.len())
        .filter(|&k| d.conduits[k].from == z || d.conduits[k].to == z)
        .collect();
    ks.sort_by_key(|&k| placed.lines.get(k).map(|l| (l.label.y, l.label.x)));
    ks
}

/// Tab (`forward`) or Shift-Tab from `from` through the conduits of zone `anchor` and back to
/// the zone.
pub fn cycle_conduits(d: &Diagram, placed: &Placed, anchor: usize, from: Selected, forward: bool) -> Selected {
    let ks = conduits_of(d, placed, anchor);
    // Positions: 0 the zone, 1.. its conduits.
    let at = match from {
        Selected::Conduit(k) => ks.iter().position(|&x| x == k).map_or(0, |i| i + 1),
        Selected::Zone(_) => 0,
    };
    let n = ks.len() + 1;
    let next = if forward { (at + 1) % n } else { (at + n - 1) % n };
    match next {
        0 => Selected::Zone(anchor),
        i => Selected::Conduit(ks[i - 1]),
    }
}
