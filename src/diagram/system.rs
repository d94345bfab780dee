//! The diagram of one system under consideration, for its requirements specification: the
//! system's zones and the conduits between them. A zone belongs to the system it names (none: the
//! first system, `Assessment::system_of_zone`); a conduit is drawn when both its zones are kept,
//! whichever system it names, since a line needs both ends. Layers are those of the whole plant,
//! so a zone sits in the same band as on the plant's diagram.

use super::Diagram;
use crate::assessment::Assessment;
use crate::scoring::Score;

impl Diagram {
    /// The diagram of `a` cut down to the zones of system `system` and the conduits between them.
    pub fn of_system(a: &Assessment, score: &Score, system: &str) -> Diagram {
        Diagram::build(a, score).only(|id| a.zone(id).is_some_and(|z| a.system_of_zone(z) == system))
    }

    /// The zones for which `keep` holds (by id) and the conduits between two of them, renumbered.
    fn only(self, keep: impl Fn(&str) -> bool) -> Diagram {
        let mut new_index = vec![None; self.zones.len()];
        let mut zones = Vec::new();
        for (i, z) in self.zones.into_iter().enumerate() {
            if keep(&z.id) {
                new_index[i] = Some(zones.len());
                zones.push(z);
            }
        }
        let conduits = self
            .conduits
            .into_iter()
            .filter_map(|mut c| {
                c.from = new_index[c.from]?;
                c.to = new_index[c.to]?;
                Some(c)
            })
            .collect();
        Diagram {
            title: self.title,
            zones,
            conduits,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::assessment::{Assessment, Conduit, Layer, System, Zone};
    use crate::catalog::Catalog;
    use crate::content::Sources;
    use crate::diagram::Diagram;

    fn zone(id: &str, system: &str) -> Zone {
        Zone {
            id: id.into(),
            name: id.into(),
            system: system.into(),
            description: String::new(),
            assets: vec![],
            layer: Some(Layer::Control),
            adjustments: vec![],
            sl_t: None,
        }
    }

    fn conduit(id: &str, from: &str, to: &str, system: &str) -> Conduit {
        Conduit {
            id: id.into(),
            name: String::new(),
            from: from.into(),
            to: to.into(),
            system: system.into(),
            description: String::new(),
            adjustments: vec![],
            sl_t: None,
        }
    }

    fn system(id: &str) -> System {
        System {
            id: id.into(),
            name: id.into(),
            description: String::new(),
        }
    }

    /// Two systems: A (named by none, the first) with A1, A2, A3; B with B1, B2. A conduit of A
    /// leads into B.
    fn plant() -> Assessment {
        let mut a = Assessment::new("t", "en", vec![], jiff::Timestamp::UNIX_EPOCH);
        a.systems = vec![system("A"), system("B")];
        a.zones = vec![
            zone("A1", ""),
            zone("B1", "B"),
            zone("A2", "A"),
            zone("B2", "B"),
            zone("A3", ""),
        ];
        a.conduits = vec![
            conduit("CA", "A1", "A2", ""),
            conduit("CB", "B1", "B2", "B"),
            conduit("CAB", "A2", "B1", "A"),
            conduit("CA3", "A3", "A1", "A"),
        ];
        a
    }

    #[test]
    fn a_system_keeps_its_zones_and_the_conduits_between_them() {
        let a = plant();
        let score = crate::scoring::score(&a, &Catalog::load(&Sources::default()).unwrap());
        let d = Diagram::of_system(&a, &score, "A");
        let ids: Vec<&str> = d.zones.iter().map(|z| z.id.as_str()).collect();
        assert_eq!(
            ids,
            ["A1", "A2", "A3"],
            "the first system takes the zones that name none"
        );
        let lines: Vec<(&str, &str, &str)> = d
            .conduits
            .iter()
            .map(|c| (c.id.as_str(), d.zones[c.from].id.as_str(), d.zones[c.to].id.as_str()))
            .collect();
        assert_eq!(
            lines,
            [("CA", "A1", "A2"), ("CA3", "A3", "A1")],
            "CAB leaves the system"
        );
        let b = Diagram::of_system(&a, &score, "B");
        assert_eq!(b.zones.len(), 2);
        assert_eq!(b.conduits.len(), 1);
        assert_eq!((b.conduits[0].from, b.conduits[0].to), (0, 1));
        assert!(Diagram::of_system(&a, &score, "NONE").zones.is_empty());
        // The cut diagram lays out like any other.
        let layout = d.layout();
        let zones_laid = layout.rows.iter().flat_map(|r| &r.items);
        assert_eq!(
            zones_laid
                .filter(|i| matches!(i, crate::diagram::layout::Item::Zone(_)))
                .count(),
            3
        );
    }
}
