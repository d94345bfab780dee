//! Where the assessor stands on the plan screen, and the plan it shows: computed when the screen
//! is entered and again after each change of the assessment (or a new day), never in a view.

use crate::planning::Plan;
use jiff::civil::Date;

/// The panels of the plan screen, in Tab order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Panel {
    /// The actions in plan order, grouped by phase.
    #[default]
    List,
    /// The selected action: why, what it addresses (Enter goes to a requirement), history.
    Detail,
    /// What each stage of the plan reaches.
    Projection,
}

impl Panel {
    pub const ALL: [Panel; 3] = [Panel::List, Panel::Detail, Panel::Projection];

    pub fn next(self) -> Panel {
        Panel::ALL[(self.index() + 1) % Panel::ALL.len()]
    }

    pub fn previous(self) -> Panel {
        Panel::ALL[(self.index() + Panel::ALL.len() - 1) % Panel::ALL.len()]
    }

    fn index(self) -> usize {
        Panel::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The ui message naming the panel.
    pub fn message(self) -> &'static str {
        match self {
            Panel::List => "plan-panel-list",
            Panel::Detail => "plan-panel-detail",
            Panel::Projection => "plan-panel-projection",
        }
    }
}

pub use crate::planning::Filter;

/// The plan as computed for one revision of the assessment on one day.
#[derive(Debug, Clone)]
pub struct Computed {
    pub revision: u64,
    pub day: Date,
    pub plan: Plan,
    /// The actions the filter lets through: indexes into `plan.items`, in plan order.
    pub shown: Vec<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct PlanState {
    pub focus: Panel,
    pub computed: Option<Computed>,
    /// The selected action's id (kept across recomputations and filters while it is shown).
    pub selected: Option<String>,
    /// The selected requirement of the detail panel (what the action addresses).
    pub requirement: usize,
    /// Lines the projection panel is scrolled.
    pub projection_scroll: usize,
    pub filter: Filter,
}

impl PlanState {
    /// The plan as last computed, if it is for `revision` and `day`.
    pub fn current(&self, revision: u64, day: Date) -> Option<&Computed> {
        self.computed
            .as_ref()
            .filter(|c| c.revision == revision && c.day == day)
    }

    /// The position of the selected action among those shown.
    pub fn cursor(&self) -> Option<usize> {
        let c = self.computed.as_ref()?;
        let id = self.selected.as_deref()?;
        c.shown
            .iter()
            .position(|&i| c.plan.items.get(i).is_some_and(|x| x.id == id))
    }
}
