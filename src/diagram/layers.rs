//! The layer of every zone. The rule, in full:
//!
//! 1. A zone whose layer the assessor set keeps it.
//! 2. A zone without one takes it from the nearest zone that has one, conduit by conduit: the
//!    zone a conduit goes to (`to`) sits one layer below the zone it comes from (`from`), and the
//!    other way round. Nearest means fewest conduits away; among equally near ones, the zone
//!    listed first in the file decides.
//! 3. Zones connected to no zone with a layer start at the top: the ones no conduit goes to
//!    (or, when every one has a conduit coming in, the one listed first) are at the top layer,
//!    and rule 2 places the rest from them.
//!
//! Layers stop at the top and bottom layer: a longer chain stacks its last zones there.

use crate::assessment::{Assessment, Layer};
use std::collections::VecDeque;

/// Where one zone sits and whether the conduits decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub layer: Layer,
    pub from_conduits: bool,
}

/// The layer of every zone of `a`, in the order of `a.zones`.
pub fn assign(a: &Assessment) -> Vec<Placement> {
    place(a, a.zones.iter().map(|z| z.layer).collect())
}

/// The layer the conduits give zone `zone` (an index into `a.zones`) when it has none of its own:
/// what "from the conduits" means for it in the zone form and `zone set --layer auto`.
pub fn from_conduits(a: &Assessment, zone: usize) -> Layer {
    let mut set: Vec<Option<Layer>> = a.zones.iter().map(|z| z.layer).collect();
    if let Some(own) = set.get_mut(zone) {
        *own = None;
    }
    place(a, set).get(zone).map_or(Layer::ALL[0], |p| p.layer)
}

/// The layer of every zone of `a`, given the layers set (`set`, in the order of `a.zones`).
fn place(a: &Assessment, set: Vec<Option<Layer>>) -> Vec<Placement> {
    let n = a.zones.len();
    let index = |id: &str| a.zones.iter().position(|z| z.id == id);
    // (from, to) as zone indexes; conduits to unknown zones or to themselves are left out.
    let links: Vec<(usize, usize)> = a
        .conduits
        .iter()
        .filter_map(|c| Some((index(&c.from)?, index(&c.to)?)))
        .filter(|(f, t)| f != t)
        .collect();
    let mut depth: Vec<Option<usize>> = set.iter().map(|l| l.map(Layer::depth)).collect();
    spread(&mut depth, &links, (0..n).filter(|&i| set[i].is_some()).collect());
    while let Some(start) = (0..n).find(|&i| depth[i].is_none()) {
        let component = connected(start, &links, n);
        let sources: Vec<usize> = component
            .iter()
            .copied()
            .filter(|&z| !links.iter().any(|&(f, t)| t == z && component.contains(&f)))
            .collect();
        let tops = if sources.is_empty() {
            vec![component[0]]
        } else {
            sources
        };
        for &z in &tops {
            depth[z] = Some(0);
        }
        spread(&mut depth, &links, tops);
    }
    depth
        .iter()
        .zip(&set)
        .map(|(d, own)| Placement {
            layer: own.unwrap_or_else(|| Layer::at_depth(d.unwrap_or(0))),
            from_conduits: own.is_none(),
        })
        .collect()
}

/// Breadth first from `queue` (zones with a depth): each conduit places its other end one layer
/// below (`to`) or above (`from`).
fn spread(depth: &mut [Option<usize>], links: &[(usize, usize)], queue: Vec<usize>) {
    let mut queue: VecDeque<usize> = queue.into();
    while let Some(z) = queue.pop_front() {
        let Some(d) = depth[z] else { continue };
        for &(f, t) in links {
            let (other, other_depth) = if f == z {
                (t, (d + 1).min(Layer::ALL.len() - 1))
            } else if t == z {
                (f, d.saturating_sub(1))
            } else {
                continue;
            };
            if depth[other].is_none() {
                depth[other] = Some(other_depth);
                queue.push_back(other);
            }
        }
    }
}

/// The zones connected to `start` by conduits, in file order.
fn connected(start: usize, links: &[(usize, usize)], n: usize) -> Vec<usize> {
    let mut seen = vec![false; n];
    let mut stack = vec![start];
    seen[start] = true;
    while let Some(z) = stack.pop() {
        for &(f, t) in links {
            let other = if f == z {
                t
            } else if t == z {
                f
            } else {
                continue;
            };
            if !seen[other] {
                seen[other] = true;
                stack.push(other);
            }
        }
    }
    (0..n).filter(|&i| seen[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Conduit, Zone};

    fn plant(zones: &[(&str, Option<Layer>)], conduits: &[(&str, &str)]) -> Assessment {
        let mut a = Assessment::new("t", "en", vec![], jiff::Timestamp::UNIX_EPOCH);
        a.zones = zones
            .iter()
            .map(|(id, layer)| Zone {
                id: id.to_string(),
                name: id.to_string(),
                system: String::new(),
                description: String::new(),
                assets: vec![],
                layer: *layer,
                adjustments: vec![],
                sl_t: None,
            })
            .collect();
        a.conduits = conduits
            .iter()
            .enumerate()
            .map(|(i, (f, t))| Conduit {
                id: format!("C{i}"),
                name: String::new(),
                from: f.to_string(),
                to: t.to_string(),
                system: String::new(),
                description: String::new(),
                adjustments: vec![],
                sl_t: None,
            })
            .collect();
        a
    }

    fn layers(a: &Assessment) -> Vec<(Layer, bool)> {
        assign(a).into_iter().map(|p| (p.layer, p.from_conduits)).collect()
    }

    #[test]
    fn without_any_layer_the_chain_starts_at_the_top() {
        let a = plant(&[("A", None), ("B", None), ("C", None)], &[("A", "B"), ("B", "C")]);
        assert_eq!(
            layers(&a),
            vec![(Layer::Enterprise, true), (Layer::Dmz, true), (Layer::Operations, true)]
        );
    }

    #[test]
    fn a_set_layer_places_its_neighbours_above_and_below() {
        let a = plant(
            &[
                ("UP", None),
                ("MID", Some(Layer::Supervisory)),
                ("DOWN", None),
                ("LOOSE", None),
            ],
            &[("UP", "MID"), ("MID", "DOWN")],
        );
        assert_eq!(
            layers(&a),
            vec![
                (Layer::Operations, true),
                (Layer::Supervisory, false),
                (Layer::Control, true),
                (Layer::Enterprise, true),
            ]
        );
    }

    #[test]
    fn the_nearest_set_zone_decides() {
        // X is one conduit from SIS (safety) and two from ENT: it sits above the SIS.
        let a = plant(
            &[
                ("ENT", Some(Layer::Enterprise)),
                ("Y", None),
                ("X", None),
                ("SIS", Some(Layer::Safety)),
            ],
            &[("ENT", "Y"), ("Y", "X"), ("X", "SIS")],
        );
        assert_eq!(layers(&a)[2], (Layer::Field, true));
        assert_eq!(layers(&a)[1], (Layer::Dmz, true));
    }

    #[test]
    fn from_the_conduits_is_what_a_zone_would_get_without_its_own_layer() {
        let a = plant(
            &[("ENT", Some(Layer::Enterprise)), ("SIS", Some(Layer::Safety))],
            &[("ENT", "SIS")],
        );
        assert_eq!(from_conduits(&a, 1), Layer::Dmz);
        assert_eq!(
            assign(&a)[1],
            Placement {
                layer: Layer::Safety,
                from_conduits: false
            }
        );
    }

    #[test]
    fn a_ring_starts_at_its_first_zone_and_a_long_chain_stops_at_the_bottom() {
        let a = plant(&[("A", None), ("B", None)], &[("A", "B"), ("B", "A")]);
        assert_eq!(layers(&a), vec![(Layer::Enterprise, true), (Layer::Dmz, true)]);
        let ids: Vec<String> = (0..10).map(|i| format!("Z{i}")).collect();
        let zones: Vec<(&str, Option<Layer>)> = ids.iter().map(|i| (i.as_str(), None)).collect();
        let links: Vec<(&str, &str)> = ids.windows(2).map(|w| (w[0].as_str(), w[1].as_str())).collect();
        let got = layers(&plant(&zones, &links));
        assert_eq!(got[6].0, Layer::Safety);
        assert_eq!(got[9].0, Layer::Safety);
    }
}
