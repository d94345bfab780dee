//! What the questionnaire screen holds beyond the session: a group being answered as a whole, and
//! an active search.

use crate::catalog::tree::TreeRow;

/// A group being answered as a whole.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Bulk {
    pub questionnaire: String,
    /// The zone, conduit or system answered for (per-target questionnaires).
    pub target: Option<String>,
    /// Index into the questionnaire's groups.
    pub group: usize,
    /// The value to give; `None` while the assessor chooses it.
    pub value: Option<String>,
    /// The reason given with a value that needs one.
    pub reason: String,
}

/// What giving the value would do: how many answers change, how many of those hold another value
/// now (replaced only after asking), out of how many requirements.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Plan {
    pub requirements: usize,
    pub changes: usize,
    pub replaces: usize,
}

/// Where a match was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    Id,
    Title,
    Question,
    Note,
    Evidence,
}

/// One match: a group header or a requirement (for a zone, conduit or system when it is in an
/// answer's note or evidence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub questionnaire: String,
    /// For a note or evidence: the target of that answer; else the current one is kept.
    pub target: Option<String>,
    /// A group header (index into groups) or a requirement (index into requirements).
    pub row: TreeRow,
    pub field: Where,
    /// The matching text, or its line that matches.
    pub text: String,
}

/// Where the assessor stood when the search ran (Esc in the list goes back there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub scope: usize,
    pub target: Option<String>,
    pub cursor: usize,
    pub group: Option<usize>,
}

/// An active search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub query: String,
    pub matches: Vec<Match>,
    /// The match shown.
    pub current: usize,
    /// The list of matches is open.
    pub list: bool,
    pub before: Place,
}
