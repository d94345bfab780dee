//! A layout placed with sizes: boxes, lines and labels in integer units (terminal cells for the
//! screen, pixels for the SVG). Rows are stacked top to bottom with a channel under each one that
//! conduits run through; every row is centred on the widest. In a channel each conduit's
//! horizontal run gets a track (a line of its own) unless it is free of every other run and label
//! on the tracks before, so runs on one track never meet and a label never covers another label;
//! `separation.rs` moves ports and orders the tracks so that no two lines run on one another in
//! a column either. A label sits on its conduit's first track: on the run when the run is long
//! enough, else beside the line (left of it when the line leaves the left half of its box).

use super::Diagram;
use super::layout::{Item, Layout};
use super::separation::{order_tracks, separate_drops};
use crate::assessment::Layer;

/// Sizes in the unit of the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    pub box_w: i32,
    pub box_h: i32,
    /// The width of the slot a conduit passes a row through.
    pub pass_w: i32,
    /// Between two items of a row.
    pub gap_x: i32,
    /// The height of one track of a channel.
    pub track_h: i32,
    /// Above the first track and below the last one of a channel.
    pub channel_pad: i32,
    /// Between a label and the line or run beside it, and between two runs on one track.
    pub label_gap: i32,
    pub label_h: i32,
}

impl Sizes {
    /// Terminal cells: a box of `box_w` columns and four rows (border, id and mark, name, levels
    /// ... with the bottom border), one row per track, a one-column slot for a passing conduit.
    pub fn terminal(box_w: i32) -> Sizes {
        Sizes {
            box_w,
            box_h: 4,
            pass_w: 1,
            gap_x: 3,
            track_h: 1,
            channel_pad: 0,
            label_gap: 1,
            label_h: 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

impl Rect {
    pub fn right(&self) -> i32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> i32 {
        self.y + self.h
    }
    /// True when the two share any area.
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }
    pub fn centre_x(&self) -> i32 {
        self.x + self.w / 2
    }
}

/// A conduit as drawn: a line of straight horizontal and vertical segments from its upper zone's
/// bottom edge to its lower zone's top edge (or back up to the bottom edge of a zone in the same
/// row), and where its label goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub points: Vec<(i32, i32)>,
    pub label: Rect,
}

/// A row as drawn: its layer and the band it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub layer: Layer,
    pub y: i32,
    pub h: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// One per zone, in the diagram's order.
    pub boxes: Vec<Rect>,
    /// One per conduit, in the diagram's order.
    pub lines: Vec<Line>,
    pub bands: Vec<Band>,
    pub width: i32,
    pub height: i32,
}

/// One horizontal run of a conduit in a channel, before it has a track.
pub(super) struct Run {
    pub(super) conduit: usize,
    pub(super) from_x: i32,
    pub(super) to_x: i32,
    /// The label's left edge and width, when the label goes on this run.
    label: Option<(i32, i32)>,
}

impl Run {
    /// The horizontal extent the run and its label take on a track.
    fn span(&self) -> (i32, i32) {
        let (mut lo, mut hi) = (self.from_x.min(self.to_x), self.from_x.max(self.to_x));
        if let Some((x, w)) = self.label {
            lo = lo.min(x);
            hi = hi.max(x + w);
        }
        (lo, hi)
    }
}

/// Places `layout` of `d` with `sizes`; `label_w(k)` is the width of conduit k's label.
pub fn place(d: &Diagram, layout: &Layout, sizes: &Sizes, label_w: impl Fn(usize) -> i32) -> Placed {
    let s = sizes;
    let item_w = |item: &Item| {
        if matches!(item, Item::Zone(_)) {
            s.box_w
        } else {
            s.pass_w
        }
    };
    let row_w = |r: usize| -> i32 {
        let items = &layout.rows[r].items;
        items.iter().map(item_w).sum::<i32>() + s.gap_x * (items.len() as i32 - 1).max(0)
    };
    let width = (0..layout.rows.len()).map(row_w).max().unwrap_or(0);
    // x of every item, rows centred on the widest.
    let xs: Vec<Vec<i32>> = (0..layout.rows.len())
        .map(|r| {
            let mut x = (width - row_w(r)) / 2;
            layout.rows[r]
                .items
                .iter()
                .map(|item| {
                    let at = x;
                    x += item_w(item) + s.gap_x;
                    at
                })
                .collect()
        })
        .collect();
    let centre = |r: usize, item: Item| -> i32 {
        let p = layout.rows[r].items.iter().position(|i| *i == item).unwrap_or(0);
        xs[r][p] + item_w(&item) / 2
    };
    let zone_x = |z: usize| layout.zone_at(z).map(|(r, p)| xs[r][p]).unwrap_or(0);

    // Ports: where each conduit leaves its upper zone's bottom edge and enters its lower zone's
    // top edge, spread over the edge in the order of where they go.
    let n_routes = layout.routes.len();
    let mut bottom_port = vec![0; n_routes];
    let mut top_port = vec![0; n_routes];
    for z in 0..d.zones.len() {
        let Some((zr, _)) = layout.zone_at(z) else { continue };
        let x0 = zone_x(z);
        let mut below: Vec<(i32, usize, bool)> = vec![];
        let mut above: Vec<(i32, usize)> = vec![];
        for (k, route) in layout.routes.iter().enumerate() {
            let same_row = route.upper_row == route.lower_row;
            if route.upper == z && route.upper_row == zr {
                let toward = match layout.route_item(k, zr + 1) {
                    Some(item) if !same_row => centre(zr + 1, item),
                    _ => zone_x(route.lower) + s.box_w / 2,
                };
                below.push((toward, k, true));
            }
            if route.lower == z && same_row {
                below.push((zone_x(route.upper) + s.box_w / 2, k, false));
            } else if route.lower == z {
                let item = layout.route_item(k, zr - 1).unwrap_or(Item::Zone(route.upper));
                above.push((centre(zr - 1, item), k));
            }
        }
        below.sort();
        above.sort();
        let spread = |i: usize, n: usize| x0 + s.box_w * (i as i32 + 1) / (n as i32 + 1);
        for (i, &(_, k, upper)) in below.iter().enumerate() {
            if upper {
                bottom_port[k] = spread(i, below.len());
            } else {
                top_port[k] = spread(i, below.len());
            }
        }
        for (i, &(_, k)) in above.iter().enumerate() {
            top_port[k] = spread(i, above.len());
        }
    }

    separate_drops(layout, &mut bottom_port, &mut top_port, &zone_x, &centre, s);

    // Runs per channel (channel r lies under row r).
    let mut runs: Vec<Vec<Run>> = (0..layout.rows.len()).map(|_| vec![]).collect();
    let mut leaves_left = vec![false; n_routes];
    for (k, route) in layout.routes.iter().enumerate() {
        leaves_left[k] = bottom_port[k] < zone_x(route.upper) + s.box_w / 2;
        let mut x = bottom_port[k];
        let last = if route.upper_row == route.lower_row {
            route.upper_row
        } else {
            route.lower_row - 1
        };
        for c in route.upper_row..=last {
            let to_x = if c == last {
                top_port[k]
            } else {
                centre(c + 1, Item::Pass(k))
            };
            let label = (c == route.upper_row).then(|| {
                let w = label_w(k);
                let (lo, hi) = (x.min(to_x), x.max(to_x));
                if hi - lo >= w + 2 * s.label_gap {
                    (lo + (hi - lo - w) / 2, w)
                } else if leaves_left[k] {
                    (lo - s.label_gap - w, w)
                } else {
                    (hi + s.label_gap, w)
                }
            });
            let run = Run {
                conduit: k,
                from_x: x,
                to_x,
                label,
            };
            if let Some(channel) = runs.get_mut(c) {
                channel.push(run);
            }
            x = to_x;
        }
    }

    // Tracks: first fit, in order of where the runs start.
    let mut track_of = vec![vec![]; layout.rows.len()];
    let mut tracks_in = vec![0usize; layout.rows.len()];
    for (c, channel) in runs.iter_mut().enumerate() {
        channel.sort_by_key(|r| (r.span().0, r.conduit));
        let mut ends: Vec<i32> = vec![];
        for run in channel.iter() {
            let (lo, hi) = run.span();
            let t = match ends.iter().position(|&end| end + s.label_gap < lo) {
                Some(t) => t,
                None => {
                    ends.push(i32::MIN);
                    ends.len() - 1
                }
            };
            ends[t] = hi;
            track_of[c].push((run.conduit, t));
        }
        let (ordered, tracks) = order_tracks(ends.len(), channel, &track_of[c]);
        track_of[c] = ordered;
        tracks_in[c] = tracks;
    }

    // Rows and channels stacked.
    let mut bands = vec![];
    let mut channel_y = vec![];
    let mut y = 0;
    for (r, row) in layout.rows.iter().enumerate() {
        let is_last = r + 1 == layout.rows.len();
        let tracks = if is_last && tracks_in[r] == 0 {
            0
        } else {
            tracks_in[r].max(1)
        };
        let channel_h = if tracks == 0 {
            0
        } else {
            2 * s.channel_pad + tracks as i32 * s.track_h
        };
        bands.push(Band {
            layer: row.layer,
            y,
            h: s.box_h + channel_h,
        });
        channel_y.push(y + s.box_h);
        y += s.box_h + channel_h;
    }
    let height = y;
    let row_y = |r: usize| bands[r].y;
    let track_y = |c: usize, t: usize| channel_y[c] + s.channel_pad + t as i32 * s.track_h + s.track_h / 2;

    let boxes: Vec<Rect> = (0..d.zones.len())
        .map(|z| {
            let (r, _) = layout.zone_at(z).unwrap_or((0, 0));
            Rect {
                x: zone_x(z),
                y: row_y(r),
                w: s.box_w,
                h: s.box_h,
            }
        })
        .collect();

    let lines = layout
        .routes
        .iter()
        .enumerate()
        .map(|(k, route)| {
            let mut points = vec![(bottom_port[k], row_y(route.upper_row) + s.box_h - 1)];
            let mut label = Rect::default();
            for (c, channel) in runs.iter().enumerate() {
                let Some(run) = channel.iter().find(|run| run.conduit == k) else {
                    continue;
                };
                let t = track_of[c]
                    .iter()
                    .find(|(ck, _)| *ck == k)
                    .map(|(_, t)| *t)
                    .unwrap_or(0);
                let ty = track_y(c, t);
                points.push((run.from_x, ty));
                points.push((run.to_x, ty));
                if let Some((lx, lw)) = run.label {
                    label = Rect {
                        x: lx,
                        y: ty - (s.label_h - 1) / 2,
                        w: lw,
                        h: s.label_h,
                    };
                }
                if route.upper_row == route.lower_row {
                    points.push((run.to_x, row_y(c) + s.box_h - 1));
                } else if c + 1 == route.lower_row {
                    points.push((run.to_x, row_y(c + 1)));
                } else {
                    // Through the pass slot of the next row, down to the next channel.
                    points.push((run.to_x, channel_y[c + 1]));
                }
            }
            Line {
                points: simplify(points),
                label,
            }
        })
        .collect();
    let mut placed = Placed {
        boxes,
        lines,
        bands,
        width,
        height,
    };
    placed.shift_labels_inside();
    placed
}

/// Drops points that lie on the straight segment between their neighbours.
fn simplify(points: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    let mut out: Vec<(i32, i32)> = vec![];
    for p in points {
        if out.last() == Some(&p) {
            continue;
        }
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            if (a.0 == b.0 && b.0 == p.0) || (a.1 == b.1 && b.1 == p.1) {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

impl Placed {
    /// Moves everything right and widens the drawing so that labels beside a line at the left or
    /// right edge stay inside it.
    fn shift_labels_inside(&mut self) {
        let left = self.lines.iter().map(|l| l.label.x).min().unwrap_or(0).min(0);
        let right = self.lines.iter().map(|l| l.label.right()).max().unwrap_or(0);
        self.moved(-left, 0);
        self.width = self.width.max(right) - left;
    }

    /// Moves everything by `dx` to the right and `dy` down (the width and height stay: a caller
    /// that moves the drawing up to scroll it says what is left).
    pub fn moved(&mut self, dx: i32, dy: i32) {
        for b in &mut self.boxes {
            b.x += dx;
            b.y += dy;
        }
        for l in &mut self.lines {
            l.label.x += dx;
            l.label.y += dy;
            for p in &mut l.points {
                p.0 += dx;
                p.1 += dy;
            }
        }
        for band in &mut self.bands {
            band.y += dy;
        }
    }

    /// The pairs of boxes that share area: none, by construction (the tests check it on
    /// generated plants).
    pub fn overlapping_boxes(&self) -> Vec<(usize, usize)> {
        let mut pairs = vec![];
        for i in 0..self.boxes.len() {
            for j in i + 1..self.boxes.len() {
                if self.boxes[i].overlaps(&self.boxes[j]) {
                    pairs.push((i, j));
                }
            }
        }
        pairs
    }
}
