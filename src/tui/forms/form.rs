//! A small form: text fields, choice fields and rows of check boxes, one in focus. Used for zones, conduits, threat
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
    /// A row of check boxes, any number ticked: Left and Right move between them, Space ticks the
    /// one under the cursor, a digit ticks that box (1 the first).
    Toggles {
        options: Vec<String>,
        ticked: Vec<bool>,
        cursor: usize,
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
    Toggles(Vec<bool>),
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
    /// A component (62443-4-2), in the zone it is added from (empty: none chosen).
    NewComponent {
        zone: String,
    },
    EditComponent(String),
    /// A compensating countermeasure for the answer (questionnaire, zone or conduit, requirement).
    NewCountermeasure(crate::assessment::AnswerId),
    EditCountermeasure(String),
    Export,
    /// A remediation action's owner, due date, effort, phase, title and description.
    EditAction(String),
    /// A remediation action's status.
    ActionStatus(String),
    /// What the plan screen lists (zone or conduit, owner, phase, overdue).
    PlanFilter,
    /// The target profiles, the target maturity and the service scope (results screen).
    Targets,
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

/// A row of check boxes labelled `options`, those at `ticked` (indices) ticked.
pub fn toggles(label: impl Into<String>, options: Vec<String>, ticked: &[usize]) -> FormField {
    let ticked = (0..options.len()).map(|i| ticked.contains(&i)).collect();
    FormField {
        label: label.into(),
        input: Input::Toggles {
            options,
            ticked,
            cursor: 0,
        },
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
            Some(Input::Toggles { options, ticked, .. }) => options
                .iter()
                .zip(ticked)
                .filter(|(_, on)| **on)
                .map(|(o, _)| o.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            None => String::new(),
        }
    }

    /// The indices of the ticked boxes of toggle field `i` (empty for other fields).
    pub fn ticked(&self, i: usize) -> Vec<usize> {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Toggles { ticked, .. }) => (0..ticked.len()).filter(|&j| ticked[j]).collect(),
            _ => Vec::new(),
        }
    }

    /// The ticked boxes of the toggle field labelled `label`, if the form has one.
    pub fn ticked_of(&self, label: &str) -> Option<Vec<usize>> {
        let i = self.fields.iter().position(|f| f.label == label)?;
        Some(self.ticked(i))
    }

    /// Whether the field in focus is a row of check boxes (it has its own key hint).
    pub fn focus_on_toggles(&self) -> bool {
        matches!(
            self.fields.get(self.focus).map(|f| &f.input),
            Some(Input::Toggles { .. })
        )
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
                Input::Toggles { ticked, .. } => FieldValue::Toggles(ticked.clone()),
            })
            .collect()
    }

    /// Put back what a draft kept; fields that no longer match are left as they are.
    pub fn restore(&mut self, values: &[FieldValue]) {
        for (field, value) in self.fields.iter_mut().zip(values) {
            match (&mut field.input, value) {
                (Input::Text(t), FieldValue::Text(v)) => **t = text_area(v),
                (Input::Choice { options, index }, FieldValue::Choice(i)) if *i < options.len() => *index = *i,
                (Input::Toggles { ticked, .. }, FieldValue::Toggles(v)) if v.len() == ticked.len() => {
                    ticked.clone_from(v)
                }
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
                Some(Input::Toggles { ticked, cursor, .. }) => toggle_key(ticked, cursor, k.code),
                None => {}
            },
        }
        FormEvent::Nothing
    }
}

/// A key on a row of check boxes: move, tick the one under the cursor, or tick one by its number.
fn toggle_key(ticked: &mut [bool], cursor: &mut usize, code: KeyCode) {
    let last = ticked.len().saturating_sub(1);
    match code {
        KeyCode::Left => *cursor = cursor.saturating_sub(1),
        KeyCode::Right => *cursor = (*cursor + 1).min(last),
        KeyCode::Home => *cursor = 0,
        KeyCode::End => *cursor = last,
        KeyCode::Char(' ') => {
            if let Some(on) = ticked.get_mut(*cursor) {
                *on = !*on;
            }
        }
        KeyCode::Char(c) => {
            let number = c.to_digit(10).and_then(|d| usize::try_from(d).ok());
            if let Some(i) = number.and_then(|n| n.checked_sub(1))
                && let Some(on) = ticked.get_mut(i)
            {
                *on = !*on;
                *cursor = i;
            }
        }
        _ => {}
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

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn press(form: &mut Form, code: KeyCode) -> FormEvent {
        form.key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn frs_form(ticked: &[usize]) -> Form {
        let names = ["IAC", "UC", "SI", "DC", "RDF", "TRE", "RA"].map(String::from).to_vec();
        Form::new(
            Purpose::Dialog,
            "t".into(),
            vec![text("a", ""), toggles("frs", names, ticked)],
        )
    }

    #[test]
    fn check_boxes_tick_by_space_at_the_cursor_and_by_number() {
        let mut form = frs_form(&[0, 1, 2, 3, 4, 5, 6]);
        press(&mut form, KeyCode::Tab);
        assert!(form.focus_on_toggles());
        assert!(!form.changed());
        press(&mut form, KeyCode::Char(' '));
        assert_eq!(form.ticked(1), [1, 2, 3, 4, 5, 6], "Space unticks the first");
        press(&mut form, KeyCode::Right);
        press(&mut form, KeyCode::Right);
        press(&mut form, KeyCode::Char(' '));
        assert_eq!(form.ticked(1), [1, 3, 4, 5, 6]);
        press(&mut form, KeyCode::Char('7'));
        press(&mut form, KeyCode::Char('1'));
        assert_eq!(form.ticked_of("frs"), Some(vec![0, 1, 3, 4, 5]));
        assert_eq!(form.value(1), "IAC UC DC RDF TRE");
        assert!(form.changed());
        // Numbers past the last box, letters and Right past the end change nothing.
        for code in [KeyCode::Char('8'), KeyCode::Char('0'), KeyCode::Char('x')] {
            press(&mut form, code);
        }
        for _ in 0..20 {
            press(&mut form, KeyCode::Right);
        }
        assert_eq!(form.ticked(1), [0, 1, 3, 4, 5]);
        press(&mut form, KeyCode::Char(' '));
        assert_eq!(form.ticked(1), [0, 1, 3, 4, 5, 6], "the cursor stopped on the last box");
        assert_eq!(press(&mut form, KeyCode::Enter), FormEvent::Submit);
    }

    #[test]
    fn a_draft_keeps_the_ticks() {
        let mut form = frs_form(&[0, 4]);
        press(&mut form, KeyCode::Tab);
        press(&mut form, KeyCode::Char('2'));
        let values = form.values();
        assert_eq!(
            values[1],
            FieldValue::Toggles(vec![true, true, false, false, true, false, false])
        );
        let mut fresh = frs_form(&[]);
        fresh.restore(&values);
        assert_eq!(fresh.ticked(1), [0, 1, 4]);
        // A draft from the days of the typed FR field leaves the boxes as they are.
        let mut fresh = frs_form(&[3]);
        fresh.restore(&[FieldValue::Text(String::new()), FieldValue::Text("1 5".into())]);
        assert_eq!(fresh.ticked(1), [3]);
        let toml = toml::to_string(&values_holder(values)).unwrap();
        let back: Holder = toml::from_str(&toml).unwrap();
        assert_eq!(
            back.fields[1],
            FieldValue::Toggles(vec![true, true, false, false, true, false, false])
        );
    }

    #[derive(Serialize, Deserialize)]
    struct Holder {
        fields: Vec<FieldValue>,
    }

    fn values_holder(fields: Vec<FieldValue>) -> Holder {
        Holder { fields }
    }
}
