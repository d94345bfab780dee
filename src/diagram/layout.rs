//! The diagram in no unit: one row per layer in use (top to bottom), the order of the zones in
//! each row, and for every conduit the rows it crosses. A conduit between zones more than one row
//! apart passes each row in between through a slot of its own (`Item::Pass`), so its line never
//! runs through a box. The order in each row keeps crossings few by the barycenter heuristic of
//! layered drawing (Sugiyama et al.): each item moves towards the mean position of its neighbours
//! in the row above, then in the row below, then neighbours swap where that saves crossings
//! (Gansner et al.'s "transpose"); four rounds, and the order with the fewest crossings seen is
//! kept. Ties keep the file's order, so the same assessment always gives the same picture.

use super::Diagram;
use crate::assessment::Layer;

/// What stands in a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A zone (index into `Diagram::zones`).
    Zone(usize),
    /// The slot through which a conduit (index into `Diagram::conduits`) passes this row.
    Pass(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub layer: Layer,
    /// Left to right.
    pub items: Vec<Item>,
}

/// Where a conduit runs: from its upper zone (the one in the higher row; the conduit's `from`
/// when both share a row) to its lower zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    pub upper: usize,
    pub lower: usize,
    pub upper_row: usize,
    pub lower_row: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub rows: Vec<Row>,
    /// One per conduit of the diagram, in its order.
    pub routes: Vec<Route>,
}

const SWEEPS: usize = 4;

impl Layout {
    pub fn of(d: &Diagram) -> Layout {
        let mut layers: Vec<Layer> = d.zones.iter().map(|z| z.layer).collect();
        layers.sort();
        layers.dedup();
        let row_of = |zone: usize| layers.iter().position(|l| *l == d.zones[zone].layer).unwrap_or(0);
        let mut rows: Vec<Row> = layers.iter().map(|&layer| Row { layer, items: vec![] }).collect();
        for (i, _) in d.zones.iter().enumerate() {
            rows[row_of(i)].items.push(Item::Zone(i));
        }
        let routes: Vec<Route> = d
            .conduits
            .iter()
            .map(|c| {
                let (rf, rt) = (row_of(c.from), row_of(c.to));
                if rt < rf {
                    Route {
                        upper: c.to,
                        lower: c.from,
                        upper_row: rt,
                        lower_row: rf,
                    }
                } else {
                    Route {
                        upper: c.from,
                        lower: c.to,
                        upper_row: rf,
                        lower_row: rt,
                    }
                }
            })
            .collect();
        for (k, r) in routes.iter().enumerate() {
            for row in rows.iter_mut().take(r.lower_row).skip(r.upper_row + 1) {
                row.items.push(Item::Pass(k));
            }
        }
        let mut layout = Layout { rows, routes };
        let mut best = (layout.crossings(), layout.rows.clone());
        for _ in 0..SWEEPS {
            for r in 1..layout.rows.len() {
                layout.order_row(r, r - 1);
            }
            for r in (0..layout.rows.len().saturating_sub(1)).rev() {
                layout.order_row(r, r + 1);
            }
            layout.transpose();
            let crossings = layout.crossings();
            if crossings < best.0 {
                best = (crossings, layout.rows.clone());
            }
        }
        layout.rows = best.1;
        layout
    }

    /// Sorts row `r` by the mean position of each item's neighbours in row `by` (an item without
    /// neighbours there keeps its own position as its key).
    fn order_row(&mut self, r: usize, by: usize) {
        let keys: Vec<f64> = self.rows[r]
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let near: Vec<usize> = self.neighbours(r, *item, by);
                if near.is_empty() {
                    i as f64
                } else {
                    near.iter().sum::<usize>() as f64 / near.len() as f64
                }
            })
            .collect();
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by(|a, b| keys[*a].total_cmp(&keys[*b]));
        let items = order.iter().map(|&i| self.rows[r].items[i]).collect();
        self.rows[r].items = items;
    }

    /// The positions in row `by` (next to row `r`) of the items `item` is joined to.
    fn neighbours(&self, r: usize, item: Item, by: usize) -> Vec<usize> {
        let mut near = vec![];
        for (k, route) in self.routes.iter().enumerate() {
            let on_this_route = match item {
                Item::Pass(p) => p == k,
                Item::Zone(z) => {
                    (z == route.upper && r == route.upper_row) || (z == route.lower && r == route.lower_row)
                }
            };
            if !on_this_route {
                continue;
            }
            if let Some(other) = self.route_item(k, by)
                && let Some(pos) = self.rows[by].items.iter().position(|i| *i == other)
            {
                near.push(pos);
            }
        }
        near
    }

    /// How many pairs of conduit segments cross between neighbouring rows, in all.
    pub fn crossings(&self) -> usize {
        (0..self.rows.len().saturating_sub(1))
            .map(|r| self.crossings_below(r))
            .sum()
    }

    /// Crossings between row `r` and row `r + 1`: two segments cross when their ends are in
    /// opposite order in the two rows.
    fn crossings_below(&self, r: usize) -> usize {
        let segments: Vec<(usize, usize)> = (0..self.routes.len())
            .filter_map(|k| {
                let up = self.route_item(k, r)?;
                let down = self.route_item(k, r + 1)?;
                let a = self.rows[r].items.iter().position(|i| *i == up)?;
                let b = self.rows[r + 1].items.iter().position(|i| *i == down)?;
                Some((a, b))
            })
            .collect();
        let mut count = 0;
        for (i, &(a1, b1)) in segments.iter().enumerate() {
            for &(a2, b2) in &segments[i + 1..] {
                if (a1 < a2 && b1 > b2) || (a1 > a2 && b1 < b2) {
                    count += 1;
                }
            }
        }
        count
    }

    /// Swaps neighbours in a row while that lowers the crossings with the rows above and below
    /// (the "transpose" step of Gansner et al.), a few rounds at most.
    fn transpose(&mut self) {
        for _ in 0..SWEEPS {
            let mut improved = false;
            for r in 0..self.rows.len() {
                for i in 1..self.rows[r].items.len() {
                    let near = |l: &Layout| {
                        let above = if r > 0 { l.crossings_below(r - 1) } else { 0 };
                        let below = if r + 1 < l.rows.len() { l.crossings_below(r) } else { 0 };
                        above + below
                    };
                    let before = near(self);
                    self.rows[r].items.swap(i - 1, i);
                    if near(self) < before {
                        improved = true;
                    } else {
                        self.rows[r].items.swap(i - 1, i);
                    }
                }
            }
            if !improved {
                break;
            }
        }
    }

    /// What conduit `k` has in row `r`: its zone, its pass, or nothing.
    pub fn route_item(&self, k: usize, r: usize) -> Option<Item> {
        let route = self.routes[k];
        if route.upper_row == route.lower_row {
            return None;
        }
        if r == route.upper_row {
            Some(Item::Zone(route.upper))
        } else if r == route.lower_row {
            Some(Item::Zone(route.lower))
        } else if r > route.upper_row && r < route.lower_row {
            Some(Item::Pass(k))
        } else {
            None
        }
    }

    /// The row and position of zone `z`.
    pub fn zone_at(&self, z: usize) -> Option<(usize, usize)> {
        self.rows
            .iter()
            .enumerate()
            .find_map(|(r, row)| row.items.iter().position(|i| *i == Item::Zone(z)).map(|p| (r, p)))
    }
}
