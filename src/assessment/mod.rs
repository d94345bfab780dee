//! The assessment: its model, its checks and its safe storage.

pub mod action;
pub mod approval;
pub mod check;
pub mod component;
pub mod countermeasure;
mod csv_text;
pub mod disk;
pub mod interviewee;
pub mod inventory_csv;
pub mod layer;
pub mod model;
mod sections;
pub mod service_scope;
pub mod shared_text;
pub mod storage;
pub mod structure_csv;
pub mod system;
pub mod three_way;

pub use action::{Action, ActionStatus, Addressed};
pub use approval::Approval;
pub use component::{Component, Declared, DeclaredBy};
pub use countermeasure::Countermeasure;
pub use interviewee::Interviewee;
pub use layer::Layer;
pub use model::*;
pub use service_scope::ServiceScope;
pub use storage::AssessmentFile;
pub use system::{FIRST_SYSTEM_ID, System};
