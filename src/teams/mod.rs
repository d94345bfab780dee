//! Working in teams and over time: merging two assessors' files of one assessment, comparing an
//! assessment with an earlier one, and rolling many sites up into one workbook.

mod book;
pub mod compare;
pub mod compare_book;
pub mod compare_words;
pub mod components;
pub mod merge;
pub mod plan_changes;
pub mod rollup;
pub mod sources;
