//! A small form: text fields and choice fields, one in focus. Used for zones, conduits, threat
//! scenarios, SL-T overrides, compensating countermeasures, exports and "save as". Pure data and key handling; drawing is in
//! view/form.rs.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{CursorMove, TextArea};
use serde::{Deserialize, Serialize};

/// The label of a form field that asks in which impact category of the risk model a scenario
/// reaches its impact: this prefix and the category's id (its words come from the risk model).
pub const IMPACT_CATEGORY: &str = "impact-category:";

pub enum Input {
    Text(Box<TextArea<'static>>),
    /// Options shown by label; the value is the index.
    Choice {
        options: Vec<String>,
        index: usize,
    },
}

pub struct FormField {
    /// The ui message id of the label, or "adjustment:<id>" for a risk model's adjustment.
    pub label: String,
    pub input: Input,
}

/// What a field holds, for keeping an unfinished form as a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    Text(String),
    Choice(usize),
}

/// What the form is for, and so what happens when it is submitted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    NewZone,
    EditZone(String),
    NewConduit,
    EditConduit(String),
    NewScenario {
        target: String,
    },
    EditScenario(String),
    SlTarget(String),
    NewSystem,
    EditSystem(String),
    /// A compensating countermeasure for the answer (questionnaire, zone or conduit, requirement).
    NewCountermeasure(crate::assessment::AnswerId),
    EditCountermeasure(String),
    Export,
    /// A question in a dialog (a deletion's id, a file name to save under): never kept as a draft.
    Dialog,
}

pub struct Form {
    pub purpose: Purpose,
    pub title: String,
    pub fields: Vec<FormField>,
    pub focus: usize,
    /// Why the last submit was refused: a ui message id ...
    pub error: Option<String>,
    /// ... or a message already in words (from the runtime).
    pub error_text: Option<String>,
    /// The ui message id of the key hint, when the usual one does not fit (one field, say).
    pub hint: Option<String>,
    /// What the fields held when the form opened (to tell whether anything was typed).
    initial: Vec<FieldValue>,
}

/// What a key did to the form.
#[derive(Debug, PartialEq, Eq)]
pub enum FormEvent {
    Nothing,
    Submit,
    Cancel,
}

pub fn text(label: impl Into<String>, value: &str) -> FormField {
    FormField {
        label: label.into(),
        input: Input::Text(Box::new(text_area(value))),
    }
}

fn text_area(value: &str) -> TextArea<'static> {
    let mut area = TextArea::new(vec![value.to_string()]);
    area.move_cursor(CursorMove::End);
    area
}

pub fn choice(label: impl Into<String>, options: Vec<String>, index: usize) -> FormField {
    let index = index.min(options.len().saturating_sub(1));
    FormField {
        label: label.into(),
        input: Input::Choice { options, index },
    }
}

impl Form {
    pub fn new(purpose: Purpose, title: String, fields: Vec<FormField>) -> Form {
        let mut form = Form {
            purpose,
            title,
            fields,
            focus: 0,
            error: None,
            error_text: None,
            hint: None,
            initial: Vec::new(),
        };
        form.initial = form.values();
        form
    }

    /// Whether anything was changed since the form opened.
    pub fn changed(&self) -> bool {
        self.values() != self.initial
    }

    /// The text of field `i` (trimmed), or the chosen option's label.
    pub fn value(&self, i: usize) -> String {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Text(t)) => t.lines().join(" ").trim().to_string(),
            Some(Input::Choice { options, index }) => options.get(*index).cloned().unwrap_or_default(),
            None => String::new(),
        }
    }

    /// The text or chosen option of the field labelled `label`, if the form has one.
    pub fn value_of(&self, label: &str) -> Option<String> {
        let i = self.fields.iter().position(|f| f.label == label)?;
        Some(self.value(i))
    }

    /// The chosen index of choice field `i`.
    pub fn index(&self, i: usize) -> usize {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Choice { index, .. }) => *index,
            _ => 0,
        }
    }

    /// What every field holds now (for a draft).
    pub fn values(&self) -> Vec<FieldValue> {
        self.fields
            .iter()
            .map(|f| match &f.input {
                Input::Text(t) => FieldValue::Text(t.lines().join(" ")),
                Input::Choice { index, .. } => FieldValue::Choice(*index),
            })
            .collect()
    }

    /// Put back what a draft kept; fields that no longer match are left as they are.
    pub fn restore(&mut self, values: &[FieldValue]) {
        for (field, value) in self.fields.iter_mut().zip(values) {
            match (&mut field.input, value) {
                (Input::Text(t), FieldValue::Text(v)) => **t = text_area(v),
                (Input::Choice { options, index }, FieldValue::Choice(i)) if *i < options.len() => *index = *i,
                _ => {}
            }
        }
    }

    /// Whether anything was typed into a text field.
    pub fn has_text(&self) -> bool {
        self.fields
            .iter()
            .any(|f| matches!(&f.input, Input::Text(t) if t.lines().iter().any(|l| !l.trim().is_empty())))
    }

    pub fn key(&mut self, k: KeyEvent) -> FormEvent {
        let n = self.fields.len().max(1);
        match k.code {
            KeyCode::Esc => return FormEvent::Cancel,
            KeyCode::Enter if self.focus + 1 == n => return FormEvent::Submit,
            KeyCode::Enter | KeyCode::Tab | KeyCode::Down => self.focus = (self.focus + 1) % n,
            KeyCode::BackTab | KeyCode::Up => self.focus = (self.focus + n - 1) % n,
            _ => match self.fields.get_mut(self.focus).map(|f| &mut f.input) {
                Some(Input::Text(t)) => {
                    t.input(k);
                }
                Some(Input::Choice { options, index }) => match k.code {
                    KeyCode::Left => *index = index.saturating_sub(1),
                    KeyCode::Right | KeyCode::Char(' ') => *index = (*index + 1).min(options.len().saturating_sub(1)),
                    _ => {}
                },
                None => {}
            },
        }
        FormEvent::Nothing
    }
}

/// "a, b, ,c" -> ["a", "b", "c"].
pub fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}
