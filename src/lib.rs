//! iacs-assess: IEC 62443 assessments in the terminal.
//!
//! The library core knows nothing of the terminal: the questionnaire [`catalog`], localized texts
//! ([`i18n`]), the [`assessment`] model and its storage, [`scoring`] and [`export`]. The command line
//! ([`cli`]) and the terminal interface ([`tui`]) are thin layers over it.

pub mod alignment;
pub mod assessment;
pub mod catalog;
pub mod cli;
pub mod component_text;
pub mod config;
pub mod content;
pub mod demo;
pub mod diagram;
pub mod error;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod learn;
pub mod limits;
pub mod output;
pub mod planning;
pub mod report;
pub mod review_text;
pub mod scoring;
pub mod spec;
pub mod statement;
pub mod teams;
pub mod text_safety;
pub mod toml_input;
pub mod tui;
pub mod validate;

pub use error::{Diagnostic, Error, Result};
