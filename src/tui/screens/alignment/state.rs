//! Where the assessor stands on the alignment screen, and the alignment it shows: computed when
//! the screen is entered and again after a change of the assessment, a new day or another
//! mapping, never in a view.

use crate::alignment::{Alignment, Verdict};
use jiff::civil::Date;

/// The two lists of the screen, in Tab order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Panel {
    /// The mapping's items as a tree, each with its verdict.
    #[default]
    Items,
    /// The selected item's links (Enter answers the requirement).
    Links,
}

/// The screen the alignment was opened from, where Esc and q go back to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Back {
    #[default]
    Results,
    Questionnaire,
    Zones,
}

/// Which items the list shows: every item, or those of one verdict (with the grouping items
/// above them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter(pub Option<Verdict>);

impl Filter {
    /// The order `f` goes through: all, then what needs work first.
    pub const CYCLE: [Option<Verdict>; 7] = [
        None,
        Some(Verdict::NotSupported),
        Some(Verdict::Partly),
        Some(Verdict::NotAssessed),
        Some(Verdict::Supported),
        Some(Verdict::NotApplicable),
        Some(Verdict::NoLinks),
    ];

    /// The next filter (`forward`) or the previous one, passing over verdicts no item has.
    pub fn step(self, forward: bool, tally: &crate::alignment::Tally) -> Filter {
        let n = Filter::CYCLE.len();
        let mut at = Filter::CYCLE.iter().position(|f| *f == self.0).unwrap_or(0);
        for _ in 0..n {
            at = if forward { (at + 1) % n } else { (at + n - 1) % n };
            if Filter::CYCLE[at].is_none_or(|v| tally.count(v) > 0) {
                break;
            }
        }
        Filter(Filter::CYCLE[at])
    }

    /// Whether an assessable item with `verdict` is shown.
    pub fn lets_through(self, verdict: Verdict) -> bool {
        self.0.is_none_or(|v| v == verdict)
    }
}

/// The alignment with one mapping, as computed for one revision of the assessment on one day.
#[derive(Debug, Clone)]
pub struct Computed {
    pub revision: u64,
    pub day: Date,
    pub alignment: Alignment,
    /// The items the filter lets through with the grouping items above them: indexes into
    /// `alignment.items`, in the mapping's order.
    pub shown: Vec<usize>,
}

impl Computed {
    /// How many of the items shown have a verdict (grouping items have none).
    pub fn shown_assessable(&self) -> usize {
        self.shown
            .iter()
            .filter(|&&i| self.alignment.items.get(i).is_some_and(|x| x.verdict.is_some()))
            .count()
    }
}

#[derive(Debug, Clone, Default)]
pub struct AlignmentState {
    pub back: Back,
    /// The mappings that link to the assessment's questionnaires (`alignment::relevant`), by id.
    pub mappings: Vec<String>,
    /// The mapping shown (an id of `mappings`).
    pub mapping: Option<String>,
    pub filter: Filter,
    pub focus: Panel,
    /// The selected item's id (kept across recomputations and filters while it is shown).
    pub selected: Option<String>,
    /// The selected link of that item.
    pub link: usize,
    pub computed: Option<Computed>,
}

impl AlignmentState {
    /// The alignment as last computed, if it is for `revision`, `day` and the mapping shown.
    pub fn current(&self, revision: u64, day: Date) -> Option<&Computed> {
        self.computed.as_ref().filter(|c| {
            c.revision == revision && c.day == day && self.mapping.as_deref() == Some(c.alignment.mapping.as_str())
        })
    }

    /// The position of the selected item among those shown.
    pub fn cursor(&self) -> Option<usize> {
        let c = self.computed.as_ref()?;
        let id = self.selected.as_deref()?;
        c.shown
            .iter()
            .position(|&i| c.alignment.items.get(i).is_some_and(|x| x.item == id))
    }

    /// The selected item.
    pub fn item(&self) -> Option<&crate::alignment::ItemAlignment> {
        let c = self.computed.as_ref()?;
        c.alignment.items.get(*c.shown.get(self.cursor()?)?)
    }
}
