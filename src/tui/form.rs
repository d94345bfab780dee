//! A small form: text fields and choice fields, one in focus. Used for zones, conduits, threat
//! scenarios and SL-T overrides. Pure data and key handling; drawing is in view/form.rs.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{CursorMove, TextArea};

pub enum Input {
    Text(Box<TextArea<'static>>),
    /// Options shown by label; the value is the index.
    Choice {
        options: Vec<String>,
        index: usize,
    },
}

pub struct FormField {
    /// The ui message id of the label.
    pub label: &'static str,
    pub input: Input,
}

/// What the form is for, and so what happens when it is submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    NewZone,
    EditZone(String),
    NewConduit,
    EditConduit(String),
    NewScenario { target: String },
    EditScenario(String),
    SlTarget(String),
    Export,
}

pub struct Form {
    pub purpose: Purpose,
    pub title: String,
    pub fields: Vec<FormField>,
    pub focus: usize,
    /// A ui message id explaining why the last submit was refused.
    pub error: Option<String>,
}

/// What a key did to the form.
#[derive(Debug, PartialEq, Eq)]
pub enum FormEvent {
    Nothing,
    Submit,
    Cancel,
}

pub fn text(label: &'static str, value: &str) -> FormField {
    let mut area = TextArea::new(vec![value.to_string()]);
    area.move_cursor(CursorMove::End);
    FormField {
        label,
        input: Input::Text(Box::new(area)),
    }
}

pub fn choice(label: &'static str, options: Vec<String>, index: usize) -> FormField {
    let index = index.min(options.len().saturating_sub(1));
    FormField {
        label,
        input: Input::Choice { options, index },
    }
}

impl Form {
    pub fn new(purpose: Purpose, title: String, fields: Vec<FormField>) -> Form {
        Form {
            purpose,
            title,
            fields,
            focus: 0,
            error: None,
        }
    }

    /// The text of field `i` (trimmed), or the chosen option's label.
    pub fn value(&self, i: usize) -> String {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Text(t)) => t.lines().join(" ").trim().to_string(),
            Some(Input::Choice { options, index }) => options.get(*index).cloned().unwrap_or_default(),
            None => String::new(),
        }
    }

    /// The chosen index of choice field `i`.
    pub fn index(&self, i: usize) -> usize {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Choice { index, .. }) => *index,
            _ => 0,
        }
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
