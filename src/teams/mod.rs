//! Working in teams and over time: merging two assessors' files of one assessment, comparing an
//! assessment with an earlier one, and rolling many sites up into one workbook.

pub mod compare;
pub mod merge;
pub mod plan_changes;
pub mod rollup;
