//! What learn mode remembers while it is open.

/// Where the reader is in learn mode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LearnState {
    /// Topics first, then the questionnaires.
    pub cursor: usize,
    /// The requirement shown, once a questionnaire is opened.
    pub open: Option<usize>,
    /// Lines scrolled in the text pane.
    pub scroll: u16,
}
