//! The order of the items in each row: few crossings, the same answer every time. Each item
//! moves towards the mean position of its neighbours in the row above, then in the row below
//! (the barycenter heuristic of layered drawing, Sugiyama et al.); then neighbours in a row swap
//! where that saves crossings (the "transpose" step of Gansner et al.). Four rounds; the order
//! with the fewest crossings seen is kept. Ties keep the order before, which starts as the
//! file's order.
//!
//! Every item knows its neighbours in the rows above and below and every position is indexed,
//! so a round costs about the number of conduit segments times their degree, not a search of
//! whole rows (500 zones: milliseconds, not seconds).

use super::layout::Item;
use std::collections::HashMap;

const ROUNDS: usize = 4;

pub(super) struct Ordering {
    rows: Vec<Vec<Item>>,
    /// Per row: each item's neighbours in the row above.
    up: Vec<HashMap<Item, Vec<Item>>>,
    /// Per row: each item's neighbours in the row below.
    down: Vec<HashMap<Item, Vec<Item>>>,
    /// Per row: each item's position.
    pos: Vec<HashMap<Item, usize>>,
}

impl Ordering {
    /// `rows` in their first order; `chains`: per conduit, its first row and its item in that row
    /// and each row after it down to its last.
    pub fn new(rows: Vec<Vec<Item>>, chains: &[(usize, Vec<Item>)]) -> Ordering {
        let n = rows.len();
        let mut up = vec![HashMap::new(); n];
        let mut down = vec![HashMap::new(); n];
        for (first, items) in chains {
            for (i, pair) in items.windows(2).enumerate() {
                let r = first + i;
                down[r].entry(pair[0]).or_insert_with(Vec::new).push(pair[1]);
                up[r + 1].entry(pair[1]).or_insert_with(Vec::new).push(pair[0]);
            }
        }
        let mut o = Ordering {
            rows,
            up,
            down,
            pos: vec![HashMap::new(); n],
        };
        for r in 0..n {
            o.index(r);
        }
        o
    }

    fn index(&mut self, r: usize) {
        self.pos[r] = self.rows[r].iter().enumerate().map(|(i, item)| (*item, i)).collect();
    }

    /// The rows in their final order.
    pub fn run(mut self) -> Vec<Vec<Item>> {
        let n = self.rows.len();
        let mut best = (self.crossings(), self.rows.clone());
        for _ in 0..ROUNDS {
            for r in 1..n {
                self.sort(r, true);
            }
            for r in (0..n.saturating_sub(1)).rev() {
                self.sort(r, false);
            }
            self.transpose();
            let crossings = self.crossings();
            if crossings < best.0 {
                best = (crossings, self.rows.clone());
            }
        }
        best.1
    }

    /// The positions of `item`'s neighbours in the row above (`above`) or below row `r`.
    fn near(&self, r: usize, item: Item, above: bool) -> Vec<usize> {
        let (links, other) = if above {
            (&self.up[r], r.wrapping_sub(1))
        } else {
            (&self.down[r], r + 1)
        };
        links
            .get(&item)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| self.pos.get(other)?.get(i).copied())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Sorts row `r` by the mean position of each item's neighbours above or below; an item
    /// without any keeps its own position as its key.
    fn sort(&mut self, r: usize, above: bool) {
        let keys: Vec<f64> = self.rows[r]
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let near = self.near(r, *item, above);
                if near.is_empty() {
                    i as f64
                } else {
                    near.iter().sum::<usize>() as f64 / near.len() as f64
                }
            })
            .collect();
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by(|a, b| keys[*a].total_cmp(&keys[*b]));
        self.rows[r] = order.iter().map(|&i| self.rows[r][i]).collect();
        self.index(r);
    }

    /// All crossings between neighbouring rows.
    fn crossings(&self) -> usize {
        let mut count = 0;
        for r in 0..self.rows.len().saturating_sub(1) {
            let mut segments: Vec<(usize, usize)> = vec![];
            for (a, item) in self.rows[r].iter().enumerate() {
                for b in self.near(r, *item, false) {
                    segments.push((a, b));
                }
            }
            count += inversions(&segments);
        }
        count
    }

    /// Crossings among the segments of `u` and `v` (both in row `r`) with `u` left of `v`.
    fn crossings_of_pair(&self, r: usize, u: Item, v: Item) -> usize {
        let mut count = 0;
        for above in [true, false] {
            let (pu, pv) = (self.near(r, u, above), self.near(r, v, above));
            count += pu.iter().map(|p| pv.iter().filter(|q| *q < p).count()).sum::<usize>();
        }
        count
    }

    /// Swaps neighbours in a row while that lowers the crossings, a few rounds at most.
    fn transpose(&mut self) {
        for _ in 0..ROUNDS {
            let mut improved = false;
            for r in 0..self.rows.len() {
                for i in 1..self.rows[r].len() {
                    let (u, v) = (self.rows[r][i - 1], self.rows[r][i]);
                    if self.crossings_of_pair(r, v, u) < self.crossings_of_pair(r, u, v) {
                        self.rows[r].swap(i - 1, i);
                        self.pos[r].insert(u, i);
                        self.pos[r].insert(v, i - 1);
                        improved = true;
                    }
                }
            }
            if !improved {
                break;
            }
        }
    }
}

/// Pairs of segments (position above, position below) that cross.
fn inversions(segments: &[(usize, usize)]) -> usize {
    let mut sorted = segments.to_vec();
    sorted.sort();
    let mut count = 0;
    for (i, &(a1, b1)) in sorted.iter().enumerate() {
        count += sorted[i + 1..].iter().filter(|&&(a2, b2)| a2 > a1 && b2 < b1).count();
    }
    count
}
