//! What learn mode remembers while it is open.

use crate::diagram::{Diagram, Layout, Placed};

/// Where the reader is in learn mode.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LearnState {
    /// Topics first, then the questionnaires.
    pub cursor: usize,
    /// The requirement shown, once a questionnaire is opened.
    pub open: Option<usize>,
    /// Lines scrolled in the text pane.
    pub scroll: u16,
    /// The demo's zone diagram, built when the topic that shows it is first opened (in
    /// `update`, never in the view) and placed again only for another width.
    pub demo: Option<DemoDiagram>,
}

/// The built-in demo's zone diagram, scored with the catalog, placed for one pane width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoDiagram {
    /// The width of the text pane it was placed for.
    pub width: u16,
    pub diagram: Diagram,
    pub layout: Layout,
    pub placed: Placed,
}
