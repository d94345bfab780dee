//! The questionnaire catalog as the rest of the program sees it: validated, indexed, read-only.

use std::collections::HashMap;
use std::path::PathBuf;

/// Where a questionnaire is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Once for the whole organisation (2-1, 2-4).
    Organisation,
    /// Once per system under consideration (3-2).
    System,
    /// Once per zone.
    Zone,
    /// Once per conduit.
    Conduit,
    /// Once per zone, and optionally per conduit (3-3).
    ZoneOrConduit,
    /// Once per component (4-2): the answers give the component's SL-C.
    Component,
}

impl Scope {
    /// Answered per system, zone or conduit: each answer names its target.
    pub fn per_target(self) -> bool {
        self != Scope::Organisation
    }

    /// Answered per component (4-2).
    pub fn per_component(self) -> bool {
        self == Scope::Component
    }

    /// Answered per zone or conduit (3-3): the targets are zones and conduits.
    pub fn per_zone(self) -> bool {
        matches!(self, Scope::Zone | Scope::Conduit | Scope::ZoneOrConduit)
    }
}

/// Where in the tool the work a 3-2 requirement asks for is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordsIn {
    Suc,
    Zones,
    Conduits,
    RiskRegister,
    SlT,
    Documents,
}

/// A line and column in a source file, kept so that later checks (a missing translation, say) can
/// point back at the requirement that needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub parent: Option<String>,
    pub fr: Option<u8>,
    /// The Fluent message id of this group's texts.
    pub key: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone)]
pub struct Requirement {
    pub id: String,
    pub group: String,
    pub enhances: Option<String>,
    pub fr: Option<u8>,
    pub min_sl: Option<u8>,
    pub records_in: Option<RecordsIn>,
    /// The answer scale of this requirement (the questionnaire's unless overridden).
    pub scale: String,
    pub key: String,
    /// The services it concerns (62443-2-4); empty: not stated, so every service.
    pub services: Vec<Service>,
    /// The types of component it is asked of (62443-4-2 SAR, EDR, HDR, NDR); empty: every type.
    pub component_types: Vec<ComponentType>,
    pub source: SourceRef,
}

/// The four types of component 62443-4-2 distinguishes; its SAR, EDR, HDR and NDR requirements
/// are asked only of components of their type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComponentType {
    SoftwareApplication,
    EmbeddedDevice,
    HostDevice,
    NetworkDevice,
}

impl ComponentType {
    pub const ALL: [ComponentType; 4] = [
        ComponentType::SoftwareApplication,
        ComponentType::EmbeddedDevice,
        ComponentType::HostDevice,
        ComponentType::NetworkDevice,
    ];

    /// The word in files and on the command line ("network-device").
    pub fn id(self) -> &'static str {
        match self {
            ComponentType::SoftwareApplication => "software-application",
            ComponentType::EmbeddedDevice => "embedded-device",
            ComponentType::HostDevice => "host-device",
            ComponentType::NetworkDevice => "network-device",
        }
    }

    pub fn from_id(id: &str) -> Option<ComponentType> {
        ComponentType::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// The two kinds of service 62443-2-4 names: building a solution, and looking after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    Integration,
    Maintenance,
}

impl Requirement {
    pub fn is_enhancement(&self) -> bool {
        self.enhances.is_some()
    }

    /// Whether it is asked of a component of type `t` (always, unless it names other types).
    pub fn asked_of(&self, t: ComponentType) -> bool {
        self.component_types.is_empty() || self.component_types.contains(&t)
    }
}

#[derive(Debug, Clone)]
pub struct Questionnaire {
    pub id: String,
    pub standard: String,
    pub edition: String,
    pub scope: Scope,
    pub scale: String,
    pub groups: Vec<Group>,
    pub requirements: Vec<Requirement>,
    pub source: PathBuf,
    /// Whether it is one of the files built into the binary.
    pub builtin: bool,
    pub(crate) requirement_index: HashMap<String, usize>,
    pub(crate) group_index: HashMap<String, usize>,
    pub(crate) tree: GroupTree,
}

/// The hierarchy of groups by position in `Questionnaire::groups`, worked out once so that
/// walking it is linear however deep it goes.
#[derive(Debug, Clone, Default)]
pub struct GroupTree {
    /// The parent of each group.
    pub parent: Vec<Option<usize>>,
    /// How many ancestors each group has (0 for top-level groups).
    pub depth: Vec<usize>,
    /// The child groups of each group, in file order.
    pub children: Vec<Vec<usize>>,
    /// Every group, deepest first: a group comes before its parent.
    pub bottom_up: Vec<usize>,
}

impl GroupTree {
    /// `groups` with `index` (id -> position). A parent that is unknown, or that would close a
    /// cycle (the catalog refuses both), is left out.
    pub fn new(groups: &[Group], index: &HashMap<String, usize>) -> GroupTree {
        let n = groups.len();
        let mut parent: Vec<Option<usize>> = groups
            .iter()
            .map(|g| g.parent.as_ref().and_then(|p| index.get(p).copied()))
            .collect();
        let mut depth: Vec<Option<usize>> = vec![None; n];
        let mut on_path = vec![false; n];
        for start in 0..n {
            let mut path = Vec::new();
            let mut current = Some(start);
            let mut base = 0;
            while let Some(i) = current {
                if let Some(d) = depth[i] {
                    base = d + 1;
                    break;
                }
                if on_path[i] {
                    // A cycle: cut it where it closes.
                    if let Some(&last) = path.last() {
                        parent[last] = None;
                    }
                    break;
                }
                on_path[i] = true;
                path.push(i);
                current = parent[i];
            }
            for (k, &i) in path.iter().rev().enumerate() {
                depth[i] = Some(base + k);
                on_path[i] = false;
            }
        }
        let depth: Vec<usize> = depth.into_iter().map(|d| d.unwrap_or(0)).collect();
        let mut children = vec![Vec::new(); n];
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = p {
                children[*p].push(i);
            }
        }
        let mut bottom_up: Vec<usize> = (0..n).collect();
        bottom_up.sort_by_key(|&i| std::cmp::Reverse(depth[i]));
        GroupTree {
            parent,
            depth,
            children,
            bottom_up,
        }
    }
}

impl Questionnaire {
    pub fn requirement(&self, id: &str) -> Option<&Requirement> {
        self.requirement_index.get(id).map(|&i| &self.requirements[i])
    }

    pub fn group_position(&self, id: &str) -> Option<usize> {
        self.group_index.get(id).copied()
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.group_index.get(id).map(|&i| &self.groups[i])
    }

    /// Groups without a parent, in file order.
    pub fn top_groups(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.parent.is_none())
    }

    /// Direct child groups of `id`, in file order.
    pub fn child_groups<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Group> + 'a {
        let children = self.group_position(id).map(|i| self.tree.children[i].as_slice());
        children.unwrap_or(&[]).iter().map(|&i| &self.groups[i])
    }

    /// The hierarchy of the groups, by position.
    pub fn group_tree(&self) -> &GroupTree {
        &self.tree
    }

    /// Whether `group` is `ancestor` or lies below it.
    pub fn group_within(&self, group: &str, ancestor: &str) -> bool {
        let (Some(mut current), Some(ancestor)) = (self.group_position(group), self.group_position(ancestor)) else {
            return false;
        };
        // Walk up no further than the ancestor's depth.
        while self.tree.depth[current] > self.tree.depth[ancestor] {
            match self.tree.parent[current] {
                Some(p) => current = p,
                None => return false,
            }
        }
        current == ancestor
    }

    /// Requirements in `group` or any group below it, in file order.
    pub fn requirements_within<'a>(&'a self, group: &'a str) -> impl Iterator<Item = &'a Requirement> + 'a {
        self.requirements
            .iter()
            .filter(move |r| self.group_within(&r.group, group))
    }

    /// `group` and the groups above it, nearest first (empty for an unknown group).
    pub fn group_and_ancestors<'a>(&'a self, group: &str) -> impl Iterator<Item = &'a Group> + 'a {
        let mut current = self.group_position(group);
        std::iter::from_fn(move || {
            let i = current?;
            current = self.tree.parent[i];
            Some(&self.groups[i])
        })
    }

    /// The top-level group (area) `group` lies in; "" for an unknown group.
    pub fn area_of(&self, group: &str) -> &str {
        self.group_and_ancestors(group).last().map_or("", |g| g.id.as_str())
    }

    /// Whether its requirements say which services they concern (62443-2-4): only then does an
    /// assessment's service scope leave any of them out.
    pub fn names_services(&self) -> bool {
        self.requirements.iter().any(|r| !r.services.is_empty())
    }

    /// Whether this questionnaire carries security-level data (3-3 style).
    pub fn has_security_levels(&self) -> bool {
        self.requirements.iter().any(|r| r.min_sl.is_some())
    }

    /// Whether its answers give zones and conduits an SL-A (3-3), as opposed to components an
    /// SL-C (4-2) or nothing.
    pub fn gives_sl_a(&self) -> bool {
        self.scope.per_zone() && self.has_security_levels()
    }

    /// Whether its answers give components an SL-C (4-2).
    pub fn gives_sl_c(&self) -> bool {
        self.scope.per_component() && self.has_security_levels()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScaleKind {
    /// Maturity levels 0-4 (2-1, 2-4).
    Maturity,
    /// Met / not met / compensated (3-3).
    Compliance,
    /// Process steps done or not (3-2).
    Process,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleValue {
    pub id: String,
    pub key: Option<char>,
    pub level: Option<u8>,
    pub satisfies: bool,
    pub not_applicable: bool,
    pub note_required: bool,
    /// A capability the service provider does not offer (62443-2-4): left out of the maturity of
    /// what is offered, and shown as such.
    pub not_offered: bool,
}

impl ScaleValue {
    /// Answered, yet outside the levels: not applicable, or not offered.
    pub fn excluded(&self) -> bool {
        self.not_applicable || self.not_offered
    }
}

#[derive(Debug, Clone)]
pub struct Scale {
    pub id: String,
    pub kind: ScaleKind,
    pub ladder: Vec<String>,
    pub values: Vec<ScaleValue>,
    pub source: PathBuf,
    pub builtin: bool,
}

impl Scale {
    pub fn value(&self, id: &str) -> Option<&ScaleValue> {
        self.values.iter().find(|v| v.id == id)
    }

    pub fn value_for_key(&self, key: char) -> Option<&ScaleValue> {
        self.values.iter().find(|v| v.key == Some(key))
    }

    /// The value ids, for messages that list what is allowed.
    pub fn value_ids(&self) -> Vec<&str> {
        self.values.iter().map(|v| v.id.as_str()).collect()
    }

    /// The answer the guided ladder proposes after `yes_count` consecutive "yes" answers.
    pub fn ladder_proposal(&self, yes_count: usize) -> Option<&ScaleValue> {
        let level = yes_count.min(self.ladder.len()) as u8;
        self.values.iter().find(|v| v.level == Some(level) && !v.excluded())
    }
}
