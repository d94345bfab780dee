//! The zones screen's diagram view: whether it is shown, the zone whose conduits Tab goes
//! through, and the diagram as last computed (per revision of the assessment and terminal width,
//! in `update`, never in the view).

use crate::diagram::{Diagram, Layout, Placed};

/// The diagram of one revision of the assessment, placed for one width.
#[derive(Debug, Clone)]
pub struct Computed {
    pub revision: u64,
    /// The day it was scored for (which countermeasure records stand).
    pub day: jiff::civil::Date,
    pub width: u16,
    pub diagram: Diagram,
    pub layout: Layout,
    pub placed: Placed,
}

#[derive(Debug, Clone, Default)]
pub struct DiagramState {
    /// The diagram instead of the list (v switches).
    pub shown: bool,
    /// The zone whose conduits Tab goes through while one of them is selected.
    pub anchor: Option<String>,
    pub computed: Option<Computed>,
}
