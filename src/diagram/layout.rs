//! The diagram in no unit: one row per layer in use (top to bottom), the order of the zones in
//! each row, and for every conduit the rows it crosses. A conduit between zones more than one row
//! apart passes each row in between through a slot of its own (`Item::Pass`), so its line never
//! runs through a box. The order in each row keeps crossings few (`order.rs`).

use super::Diagram;
use super::order::Ordering;
use crate::assessment::Layer;

/// What stands in a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
        let chains: Vec<(usize, Vec<Item>)> = routes
            .iter()
            .enumerate()
            .filter(|(_, r)| r.upper_row < r.lower_row)
            .map(|(k, r)| {
                let mut items = vec![Item::Zone(r.upper)];
                items.extend((r.upper_row + 1..r.lower_row).map(|_| Item::Pass(k)));
                items.push(Item::Zone(r.lower));
                (r.upper_row, items)
            })
            .collect();
        let order = Ordering::new(rows.iter().map(|r| r.items.clone()).collect(), &chains).run();
        for (row, items) in rows.iter_mut().zip(order) {
            row.items = items;
        }
        Layout { rows, routes }
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
