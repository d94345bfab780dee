//! The screens. Each folder holds one screen's whole behaviour: its keys (`mod.rs`, and smaller files
//! for its parts) and its drawing (`view.rs`). A screen uses the layers below it (model, message,
//! session, editor, forms, dialog types, widgets, keymap, theme) and never another screen; moving to
//! another screen is done by setting `model.screen` or by returning an effect.

pub mod alignment;
pub mod home;
pub mod learn;
pub mod plan;
pub mod questionnaire;
pub mod results;
pub mod wizard;
pub mod zones;
