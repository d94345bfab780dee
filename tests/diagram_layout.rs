//! The zone diagram's layout on generated plants of 5, 20 and 50 zones, with the terminal's and
//! the SVG's sizes: no two boxes overlap, no line runs through a box it does not join, no label
//! covers a box or another label, and every zone lies in the band of its layer.

mod common;

use iacs_assess::assessment::{Assessment, Conduit, Layer, Zone};
use iacs_assess::diagram::geometry::{Placed, Rect, Sizes, place};
use iacs_assess::diagram::{Diagram, Layout};

/// A plant of `n` zones over the seven layers, with conduits mostly one layer down, some within
/// a layer and some skipping layers (a pseudo-random but fixed choice).
fn plant(n: usize) -> Assessment {
    let mut a = Assessment::new("Generated plant", "en", vec![], jiff::Timestamp::UNIX_EPOCH);
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D ^ n as u64;
    let mut next = move |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    for i in 0..n {
        let layer = if i < 7 { Layer::ALL[i] } else { Layer::ALL[next(7)] };
        // Every fourth zone leaves its layer to the conduits.
        let set = i < 7 || i % 4 != 0;
        a.zones.push(Zone {
            id: format!("Z-{i:02}"),
            name: format!("Zone number {i} with a long name"),
            system: String::new(),
            description: String::new(),
            assets: vec![],
            layer: set.then_some(layer),
            adjustments: vec![],
            sl_t: None,
        });
    }
    let mut conduits = vec![];
    for i in 1..n {
        conduits.push((next(i), i));
        if next(3) == 0 {
            conduits.push((next(n), i));
        }
    }
    for (k, (f, t)) in conduits.into_iter().enumerate() {
        a.conduits.push(Conduit {
            id: format!("C-{k:02}"),
            name: String::new(),
            from: format!("Z-{f:02}"),
            to: format!("Z-{t:02}"),
            system: String::new(),
            description: String::new(),
            adjustments: vec![],
            sl_t: None,
        });
    }
    a
}

fn diagram(n: usize) -> Diagram {
    let a = plant(n);
    let catalog = common::catalog();
    let score = iacs_assess::scoring::score(&a, &catalog);
    Diagram::build(&a, &score)
}

/// Whether the axis-parallel segment a-b shares a cell with `r`.
fn crosses(a: (i32, i32), b: (i32, i32), r: &Rect) -> bool {
    let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
    let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
    x0 < r.right() && r.x <= x1 && y0 < r.bottom() && r.y <= y1
}

/// Whether two axis-parallel segments lie on one line and share more than a point.
fn shared_piece(a: ((i32, i32), (i32, i32)), b: ((i32, i32), (i32, i32))) -> bool {
    let vertical = |s: ((i32, i32), (i32, i32))| s.0.0 == s.1.0;
    let overlap = |a0: i32, a1: i32, b0: i32, b1: i32| a0.max(a1).min(b0.max(b1)) > a0.min(a1).max(b0.min(b1));
    match (vertical(a), vertical(b)) {
        (true, true) => a.0.0 == b.0.0 && overlap(a.0.1, a.1.1, b.0.1, b.1.1),
        (false, false) => a.0.1 == b.0.1 && overlap(a.0.0, a.1.0, b.0.0, b.1.0),
        _ => false,
    }
}

fn check(d: &Diagram, placed: &Placed, what: &str) {
    assert_eq!(placed.overlapping_boxes(), vec![], "{what}: boxes overlap");
    for (k, line) in placed.lines.iter().enumerate() {
        let c = &d.conduits[k];
        assert!(line.points.len() >= 2, "{what}: {} has no line", c.id);
        for w in line.points.windows(2) {
            assert!(
                w[0].0 == w[1].0 || w[0].1 == w[1].1,
                "{what}: {} has a slanted segment",
                c.id
            );
            for (z, b) in placed.boxes.iter().enumerate() {
                if z == c.from || z == c.to {
                    continue;
                }
                assert!(
                    !crosses(w[0], w[1], b),
                    "{what}: {} runs through {}",
                    c.id,
                    d.zones[z].id
                );
            }
        }
        for (z, b) in placed.boxes.iter().enumerate() {
            assert!(
                !line.label.overlaps(b),
                "{what}: the label of {} covers {}",
                c.id,
                d.zones[z].id
            );
        }
        for (j, other) in placed.lines.iter().enumerate().skip(k + 1) {
            for a in line.points.windows(2) {
                for b in other.points.windows(2) {
                    assert!(
                        !shared_piece((a[0], a[1]), (b[0], b[1])),
                        "{what}: {} and {} share a piece of line: {a:?} {b:?}",
                        c.id,
                        d.conduits[j].id
                    );
                }
            }
            assert!(
                !line.label.overlaps(&other.label),
                "{what}: labels of {} and {} overlap",
                c.id,
                d.conduits[j].id
            );
        }
        assert!(
            line.label.x >= 0 && line.label.right() <= placed.width,
            "{what}: label of {} outside",
            c.id
        );
    }
    for (z, b) in placed.boxes.iter().enumerate() {
        let band = placed
            .bands
            .iter()
            .find(|band| band.layer == d.zones[z].layer)
            .expect("band");
        assert!(
            b.y >= band.y && b.bottom() <= band.y + band.h,
            "{what}: {} outside its layer",
            d.zones[z].id
        );
        assert!(b.x >= 0 && b.right() <= placed.width && b.bottom() <= placed.height);
    }
}

#[test]
fn generated_plants_of_5_20_and_50_zones_have_no_overlaps() {
    for n in [5, 20, 50] {
        let d = diagram(n);
        assert_eq!(d.zones.len(), n);
        let layout: Layout = d.layout();
        let mut seen: Vec<usize> = layout
            .rows
            .iter()
            .flat_map(|r| r.items.iter())
            .filter_map(|i| match i {
                iacs_assess::diagram::layout::Item::Zone(z) => Some(*z),
                _ => None,
            })
            .collect();
        seen.sort();
        assert_eq!(seen, (0..n).collect::<Vec<_>>(), "{n}: every zone exactly once");
        for box_w in [14, 22, 30] {
            let terminal = place(&d, &layout, &Sizes::terminal(box_w), |k| {
                d.conduits[k].id.len() as i32 + 8
            });
            check(&d, &terminal, &format!("{n} zones, terminal, boxes {box_w} wide"));
        }
        let svg = iacs_assess::diagram::svg::SIZES;
        let placed = place(&d, &layout, &svg, |k| 60 + 7 * d.conduits[k].id.len() as i32);
        check(&d, &placed, &format!("{n} zones, SVG"));
    }
}

#[test]
fn the_layout_is_the_same_every_time() {
    let d = diagram(20);
    assert_eq!(d.layout(), d.layout());
}
