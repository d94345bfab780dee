//! Keeping the lines of a channel apart: no two conduits may run on one another in a column
//! (see `separate_drops` and `order_tracks`). Used by `geometry::place`.

use super::geometry::{Run, Sizes};
use super::layout::{Item, Layout};

/// Where the lines of channel `c` (under row `c`) meet its top and bottom edge: (x, conduit,
/// whether a box port is there, so it may move).
struct Drops {
    top: Vec<(i32, usize, bool)>,
    bottom: Vec<(i32, usize, bool)>,
}

fn drops(
    layout: &Layout,
    c: usize,
    bottom_port: &[i32],
    top_port: &[i32],
    centre: &impl Fn(usize, Item) -> i32,
) -> Drops {
    let mut d = Drops {
        top: vec![],
        bottom: vec![],
    };
    for (k, r) in layout.routes.iter().enumerate() {
        if r.upper_row == r.lower_row {
            if c == r.upper_row {
                d.top.push((bottom_port[k], k, true));
                d.top.push((top_port[k], k, true));
            }
            continue;
        }
        if c == r.upper_row {
            d.top.push((bottom_port[k], k, true));
        } else if c > r.upper_row && c < r.lower_row {
            d.top.push((centre(c, Item::Pass(k)), k, false));
        }
        if c + 1 == r.lower_row {
            d.bottom.push((top_port[k], k, true));
        } else if c >= r.upper_row && c + 1 < r.lower_row {
            d.bottom.push((centre(c + 1, Item::Pass(k)), k, false));
        }
    }
    d
}

/// A line coming down into a channel and another leaving it downwards in the same column would
/// run on one another between their tracks. Where that happens, the port of a box moves along
/// its edge to the nearest free column (the lower box's top port if it is one of the two, else
/// the upper box's bottom port); a column where two passing lines meet stays as it is.
pub(super) fn separate_drops(
    layout: &Layout,
    bottom_port: &mut [i32],
    top_port: &mut [i32],
    zone_x: &impl Fn(usize) -> i32,
    centre: &impl Fn(usize, Item) -> i32,
    s: &Sizes,
) {
    let step = s.label_gap.max(1);
    for c in 0..layout.rows.len() {
        // Each move frees a column and takes a free one, so a few rounds settle it.
        for _ in 0..layout.routes.len().min(8) {
            let d = drops(layout, c, bottom_port, top_port, centre);
            let clash = d.top.iter().find_map(|&(x, a, a_port)| {
                d.bottom
                    .iter()
                    .find(|&&(y, b, _)| y == x && b != a)
                    .map(|&(_, b, b_port)| (x, a, a_port, b, b_port))
            });
            let Some((x, a, a_port, b, b_port)) = clash else { break };
            let used: Vec<i32> = d.top.iter().chain(&d.bottom).map(|t| t.0).collect();
            let (k, ports, zone) = if b_port {
                (b, &mut *top_port, layout.routes[b].lower)
            } else if a_port {
                let r = layout.routes[a];
                (
                    a,
                    &mut *bottom_port,
                    if r.upper_row == r.lower_row { r.lower } else { r.upper },
                )
            } else {
                break;
            };
            let (lo, hi) = (zone_x(zone) + 1, zone_x(zone) + s.box_w - 2);
            let free = (1..s.box_w)
                .flat_map(|n| [x + n * step, x - n * step])
                .find(|&x2| x2 >= lo && x2 <= hi && !used.contains(&x2));
            match free {
                Some(x2) => ports[k] = x2,
                None => break,
            }
        }
    }
}

/// The tracks of a channel in a new order, such that a line coming down in a column turns on a
/// track above the one where another line leaves downwards in the same column; otherwise the two
/// would run on one another between their tracks. Tracks are free to move: no two runs on one
/// track share a column. Where the wishes of whole tracks form a ring, every run gets a track of
/// its own and the runs are ordered instead (more tracks, but each wish is a run's own); a ring
/// of runs, which needs three or more lines through one another's columns, keeps the old order.
/// Returns each run's track (in the order of `track_of`) and the number of tracks.
pub(super) fn order_tracks(
    tracks: usize,
    channel: &[Run],
    track_of: &[(usize, usize)],
) -> (Vec<(usize, usize)>, usize) {
    let track = |k: usize| track_of.iter().find(|(c, _)| *c == k).map(|(_, t)| *t).unwrap_or(0);
    let wishes: Vec<(usize, usize)> = channel
        .iter()
        .flat_map(|a| channel.iter().map(move |b| (a, b)))
        .filter(|(a, b)| a.conduit != b.conduit && a.from_x == b.to_x)
        .map(|(a, b)| (a.conduit, b.conduit))
        .collect();
    let by_track: Vec<(usize, usize)> = wishes
        .iter()
        .map(|&(a, b)| (track(a), track(b)))
        .filter(|(ta, tb)| ta != tb)
        .collect();
    if let Some(place) = topological(tracks, &by_track) {
        return (track_of.iter().map(|&(k, t)| (k, place[t])).collect(), tracks);
    }
    let index = |k: usize| track_of.iter().position(|(c, _)| *c == k).unwrap_or(0);
    let by_run: Vec<(usize, usize)> = wishes.iter().map(|&(a, b)| (index(a), index(b))).collect();
    let place = topological(track_of.len(), &by_run).unwrap_or_else(|| (0..track_of.len()).collect());
    (
        track_of.iter().enumerate().map(|(i, &(k, _))| (k, place[i])).collect(),
        track_of.len(),
    )
}

/// A place for each of `n` things such that u comes before v for every (u, v) in `before`, ties
/// in their old order; None when the wishes form a ring.
fn topological(n: usize, before: &[(usize, usize)]) -> Option<Vec<usize>> {
    let mut place: Vec<Option<usize>> = vec![None; n];
    for next in 0..n {
        let ready =
            (0..n).find(|&t| place[t].is_none() && !before.iter().any(|&(u, v)| v == t && place[u].is_none()))?;
        place[ready] = Some(next);
    }
    Some(place.into_iter().map(|p| p.unwrap_or(0)).collect())
}
