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
}

impl Panel {
    pub const ALL: [Panel; 4] = [Panel::Maturity, Panel::Review, Panel::SecurityLevels, Panel::Gaps];

    pub fn next(self) -> Panel {
        Panel::ALL[(self.index() + 1) % Panel::ALL.len()]
    }

    pub fn previous(self) -> Panel {
        Panel::ALL[(self.index() + Panel::ALL.len() - 1) % Panel::ALL.len()]
    }

    pub fn index(self) -> usize {
        Panel::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The ui message naming the panel.
    pub fn message(self) -> &'static str {
        match self {
            Panel::Maturity => "results-panel-maturity",
            Panel::Review => "results-panel-review",
            Panel::SecurityLevels => "results-panel-levels",
            Panel::Gaps => "results-panel-gaps",
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
}
