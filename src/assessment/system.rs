//! Systems under consideration (62443-3-2 ZCR 1): an assessment holds one or more, each with its
//! description, its zones and conduits and its own 3-2 answers. Zones and conduits name their
//! system; one that names none belongs to the first. Questionnaires with `scope = "system"` (3-2)
//! are answered once per system: the answer's target is the system's id.

use super::model::{Assessment, Conduit, Zone};
use crate::catalog::{Catalog, Scope};
use serde::{Deserialize, Serialize};

/// The id given to the one system of an assessment written before systems existed.
pub const FIRST_SYSTEM_ID: &str = "SUC";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct System {
    pub id: String,
    pub name: String,
    /// What the system is, its boundary and its access points.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl Assessment {
    pub fn system(&self, id: &str) -> Option<&System> {
        self.systems.iter().find(|s| s.id == id)
    }

    /// The system a request names, or the only one when it names none; otherwise why not, in words
    /// that list the systems there are.
    pub fn resolve_system(&self, id: Option<&str>) -> Result<&System, String> {
        let known = || {
            self.systems
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (id, self.systems.as_slice()) {
            (Some(id), _) => self.system(id).ok_or_else(|| {
                format!(
                    "\"{id}\" is not a system under consideration of this assessment (systems: {})",
                    known()
                )
            }),
            (None, [only]) => Ok(only),
            (None, _) => Err(format!(
                "this assessment has {} systems under consideration: give --system ID (systems: {})",
                self.systems.len(),
                known()
            )),
        }
    }

    /// The system a zone or conduit belongs to.
    pub fn system_of_target(&self, id: &str) -> Option<&str> {
        self.zone(id)
            .map(|z| self.system_of_zone(z))
            .or_else(|| self.conduit(id).map(|c| self.system_of_conduit(c)))
    }

    /// The id of the system a zone or conduit belongs to (`own` is what it names; empty: the first).
    fn system_id<'a>(&'a self, own: &'a str) -> &'a str {
        match own {
            "" => self.systems.first().map(|s| s.id.as_str()).unwrap_or(""),
            id => id,
        }
    }

    pub fn system_of_zone<'a>(&'a self, z: &'a Zone) -> &'a str {
        self.system_id(&z.system)
    }

    pub fn system_of_conduit<'a>(&'a self, c: &'a Conduit) -> &'a str {
        self.system_id(&c.system)
    }

    pub fn zones_in<'a>(&'a self, system: &'a str) -> impl Iterator<Item = &'a Zone> + 'a {
        self.zones.iter().filter(move |z| self.system_of_zone(z) == system)
    }

    pub fn conduits_in<'a>(&'a self, system: &'a str) -> impl Iterator<Item = &'a Conduit> + 'a {
        self.conduits
            .iter()
            .filter(move |c| self.system_of_conduit(c) == system)
    }

    /// Every assessment has at least one system. Files written before systems existed described
    /// their one system in `[assessment] system_under_consideration`: it becomes the first system,
    /// named after the site (or the title). Nothing is lost: the text moves, the zones stay where
    /// they were.
    pub(crate) fn systems_from_old_layout(&mut self) {
        if !self.systems.is_empty() {
            return;
        }
        let description = std::mem::take(&mut self.assessment.system_under_consideration);
        let name = if self.assessment.site.is_empty() {
            self.assessment.title.clone()
        } else {
            self.assessment.site.clone()
        };
        self.systems.push(System {
            id: FIRST_SYSTEM_ID.to_string(),
            name,
            description,
        });
    }

    /// What a questionnaire of `scope` is answered for, in order: the systems, or the zones then
    /// the conduits, or the components; nothing for an organisation-wide one.
    pub fn targets_for(&self, scope: Scope) -> Vec<&str> {
        match scope {
            Scope::Organisation => Vec::new(),
            Scope::System => self.systems.iter().map(|s| s.id.as_str()).collect(),
            Scope::Zone | Scope::Conduit | Scope::ZoneOrConduit => self
                .zones
                .iter()
                .map(|z| z.id.as_str())
                .chain(self.conduits.iter().map(|c| c.id.as_str()))
                .collect(),
            Scope::Component => self.components.iter().map(|c| c.id.as_str()).collect(),
        }
    }

    /// Whether `id` is something a questionnaire of `scope` is answered for.
    pub fn is_target_for(&self, scope: Scope, id: &str) -> bool {
        match scope {
            Scope::Organisation => false,
            Scope::System => self.system(id).is_some(),
            Scope::Component => self.component(id).is_some(),
            _ => self.has_target(id),
        }
    }

    /// Files written before systems existed answered per-system questionnaires (3-2) once, without
    /// a target: those answers belong to the first system.
    pub(crate) fn answers_to_first_system(&mut self, catalog: &Catalog) {
        let Some(first) = self.systems.first().map(|s| s.id.clone()) else {
            return;
        };
        let per_system = |q: &str| catalog.questionnaire(q).is_some_and(|q| q.scope == Scope::System);
        let moved: Vec<_> = self
            .answers()
            .iter()
            .filter(|a| a.target.is_none() && per_system(&a.questionnaire))
            .cloned()
            .collect();
        for mut answer in moved {
            self.remove_answer(answer.key());
            answer.target = Some(first.as_str().into());
            self.set_answer(answer);
        }
    }
}
