//! Where the assessor stands on the results screen, and what its review list holds.

/// Why an answer is on the review list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Concern {
    /// Not applicable or compensated without the reason it needs (not credited).
    MissingReason,
    Flagged,
    /// A countermeasure record that does not stand (its id and status); the answer is the first
    /// it is about.
    Countermeasure(String, crate::assessment::countermeasure::Status),
    /// Compensated without a countermeasure record.
    NoCountermeasure,
    /// A remediation action past its due date; the answer is the first it addresses.
    Overdue {
        action: String,
        owner: String,
        due: jiff::civil::Date,
    },
}

/// The panels of the results screen, in Tab order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Panel {
    /// Progress and maturity per group.
    #[default]
    Maturity,
    /// What to look at before finishing.
    Review,
    /// SL-T against SL-A per FR for every zone and conduit.
    SecurityLevels,
    /// The selected zone's or conduit's SL-T reasons and the requirements that close its gap.
    Gaps,
    /// The components' SL-C and the zone check (only when the assessment has components).
    Components,
    /// The answers checked against the target profile (only when the assessment has one).
    Profile,
}

/// Which of the optional panels there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub levels: bool,
    pub profile: bool,
    pub components: bool,
}

impl Panel {
    pub const ALL: [Panel; 6] = [
        Panel::Maturity,
        Panel::Review,
        Panel::SecurityLevels,
        Panel::Gaps,
        Panel::Components,
        Panel::Profile,
    ];

    /// The panels shown: security levels and gaps only for an assessment that looks at systems,
    /// the profile check only when a target profile is chosen.
    pub fn shown(with: Shown) -> Vec<Panel> {
        Panel::ALL
            .into_iter()
            .filter(|p| match p {
                Panel::SecurityLevels | Panel::Gaps => with.levels,
                Panel::Profile => with.profile,
                Panel::Components => with.components,
                Panel::Maturity | Panel::Review => true,
            })
            .collect()
    }

    pub fn next(self, with: Shown) -> Panel {
        let shown = Panel::shown(with);
        shown[(self.index(&shown) + 1) % shown.len()]
    }

    pub fn previous(self, with: Shown) -> Panel {
        let shown = Panel::shown(with);
        shown[(self.index(&shown) + shown.len() - 1) % shown.len()]
    }

    fn index(self, shown: &[Panel]) -> usize {
        shown.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The ui message naming the panel.
    pub fn message(self) -> &'static str {
        match self {
            Panel::Maturity => "results-panel-maturity",
            Panel::Review => "results-panel-review",
            Panel::SecurityLevels => "results-panel-levels",
            Panel::Gaps => "results-panel-gaps",
            Panel::Profile => "target-profile",
            Panel::Components => "results-panel-components",
        }
    }
}

/// Where the assessor stands on the results screen. Kept while answering a gap, so coming back
/// with `r` shows the same place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResultsState {
    pub focus: Panel,
    /// The selected row of the maturity panel (progress and maturity, one table).
    pub row: usize,
    /// The selected entry of the review list.
    pub review: usize,
    /// The selected zone or conduit (zones first, then conduits).
    pub target: usize,
    /// The selected gap of that zone or conduit.
    pub gap: usize,
    /// The selected gap of the profile checks (counted over all of them, in order).
    pub profile_gap: usize,
    /// The selected component.
    pub component: usize,
}
