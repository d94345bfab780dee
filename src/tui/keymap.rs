//! Key bindings of the questionnaire screen: named actions, their default keys, and overrides from
//! the config file's `[keys]` table (`next-unanswered = "u"`, `results = "F5"`). Answer keys come
//! from the answer scales themselves (questionnaires/scales.toml).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    Next,
    Previous,
    NextQuestionnaire,
    PreviousQuestionnaire,
    NextZone,
    PreviousZone,
    Guidance,
    Note,
    Evidence,
    Interviewee,
    Search,
    Flag,
    NextUnanswered,
    NextFlagged,
    Ladder,
    Results,
    Zones,
    /// The remediation plan screen.
    Plan,
    /// The alignment screen: what the answers say about NIS2, NIST CSF 2.0, the CRA.
    Alignment,
    Export,
    Countermeasure,
    SwitchLanguage,
    Clear,
    Back,
    Undo,
    Save,
    /// To the header of the group the cursor is in (again: its parent group).
    GroupHeader,
    /// Answer every requirement of the group: choose the value.
    AnswerGroup,
    /// While a search is active: the next and the previous match.
    NextMatch,
    PreviousMatch,
    /// Scroll the answer pane when its text is taller than the pane.
    ScrollAnswerDown,
    ScrollAnswerUp,
    /// In the reason or note editor: put in the last reason or note written.
    ReuseNote,
    /// On the zones screen: the diagram instead of the list, and back.
    Diagram,
}

/// Every action with its config name and default key.
pub const ACTIONS: [(Action, &str, &str); 34] = [
    (Action::Next, "next", "j"),
    (Action::Previous, "previous", "k"),
    (Action::NextQuestionnaire, "next-questionnaire", "Tab"),
    (Action::PreviousQuestionnaire, "previous-questionnaire", "BackTab"),
    (Action::NextZone, "next-zone", "z"),
    (Action::PreviousZone, "previous-zone", "Z"),
    (Action::Guidance, "guidance", "g"),
    (Action::Note, "note", "e"),
    (Action::Evidence, "evidence", "v"),
    (Action::Interviewee, "interviewee", "i"),
    (Action::Search, "search", "/"),
    (Action::Flag, "flag", "f"),
    (Action::NextUnanswered, "next-unanswered", "u"),
    (Action::NextFlagged, "next-flagged", "F"),
    (Action::Ladder, "ladder", "L"),
    (Action::Results, "results", "r"),
    (Action::Zones, "zones", "s"),
    (Action::Plan, "plan", "P"),
    (Action::Alignment, "alignment", "M"),
    (Action::Export, "export", "X"),
    (Action::Countermeasure, "countermeasure", "C"),
    (Action::SwitchLanguage, "switch-language", "T"),
    (Action::Clear, "clear", "Backspace"),
    (Action::Back, "back", "q"),
    (Action::Undo, "undo", "Ctrl-z"),
    (Action::Save, "save", "Ctrl-s"),
    (Action::GroupHeader, "group", "h"),
    (Action::AnswerGroup, "answer-group", "A"),
    (Action::NextMatch, "next-match", "n"),
    (Action::PreviousMatch, "previous-match", "N"),
    (Action::ScrollAnswerDown, "scroll-answer-down", "J"),
    (Action::ScrollAnswerUp, "scroll-answer-up", "K"),
    (Action::ReuseNote, "reuse-note", "Ctrl-l"),
    (Action::Diagram, "diagram", "v"),
];

/// Parse a key name: one character, or Tab, BackTab, Enter, Esc, Backspace, Delete, F1-F12,
/// optionally with "Ctrl-" before it.
pub fn parse_key(name: &str) -> Option<KeyEvent> {
    let (modifiers, rest) = match name.strip_prefix("Ctrl-") {
        Some(r) => (KeyModifiers::CONTROL, r),
        None => (KeyModifiers::NONE, name),
    };
    let code = match rest {
        "Tab" => KeyCode::Tab,
        "BackTab" => KeyCode::BackTab,
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Backspace" => KeyCode::Backspace,
        "Delete" => KeyCode::Delete,
        "Space" => KeyCode::Char(' '),
        f if f.starts_with('F') && f.len() > 1 => KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?),
        c => {
            let mut chars = c.chars();
            let ch = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(ch)
        }
    };
    Some(KeyEvent::new(code, modifiers))
}

#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: BTreeMap<Action, KeyEvent>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = ACTIONS
            .iter()
            .filter_map(|(a, _, k)| parse_key(k).map(|k| (*a, k)))
            .collect();
        Keymap { bindings }
    }
}

fn same(a: &KeyEvent, b: &KeyEvent) -> bool {
    let strip = |m: KeyModifiers| m & KeyModifiers::CONTROL;
    a.code == b.code && strip(a.modifiers) == strip(b.modifiers)
}

impl Keymap {
    /// The defaults with the config's overrides; unknown action names or key names are reported.
    pub fn with_overrides(overrides: &BTreeMap<String, String>) -> Result<Keymap, String> {
        let mut map = Keymap::default();
        for (name, key) in overrides {
            let action = ACTIONS
                .iter()
                .find(|(_, n, _)| n == name)
                .map(|(a, _, _)| *a)
                .ok_or_else(|| {
                    let names: Vec<&str> = ACTIONS.iter().map(|(_, n, _)| *n).collect();
                    format!("[keys] {name}: no such action (actions: {})", names.join(", "))
                })?;
            let event = parse_key(key).ok_or_else(|| format!("[keys] {name} = \"{key}\": not a key name"))?;
            map.bindings.insert(action, event);
        }
        Ok(map)
    }

    /// Whether `k` is bound to `action`.
    pub fn is(&self, action: Action, k: &KeyEvent) -> bool {
        self.bindings.get(&action).is_some_and(|b| same(b, k))
    }

    /// The action bound to a key press, if any. Arrow keys, Enter and Esc always move and go back.
    pub fn action(&self, k: &KeyEvent) -> Option<Action> {
        match k.code {
            KeyCode::Down | KeyCode::Enter => return Some(Action::Next),
            KeyCode::Up => return Some(Action::Previous),
            KeyCode::Left => return Some(Action::GroupHeader),
            KeyCode::Esc => return Some(Action::Back),
            KeyCode::Delete => return Some(Action::Clear),
            _ => {}
        }
        self.bindings.iter().find(|(_, b)| same(b, k)).map(|(a, _)| *a)
    }

    /// The key bound to `action`, as the config file names it ("A", "Ctrl-l"): for hints.
    pub fn name(&self, action: Action) -> String {
        let Some(k) = self.bindings.get(&action) else {
            return String::new();
        };
        let key = match k.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "BackTab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Delete".into(),
            _ => "?".into(),
        };
        if k.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{}", key.to_uppercase())
        } else {
            key
        }
    }
}

/// How far a list key moves the selection: j/k and the arrows one row, Space and the page keys
/// ten, Home and End to either end (clamped by the list); 0 for any other key.
pub fn list_step(code: KeyCode) -> isize {
    match code {
        KeyCode::Down | KeyCode::Char('j') => 1,
        KeyCode::Up | KeyCode::Char('k') => -1,
        KeyCode::PageDown | KeyCode::Char(' ') => 10,
        KeyCode::PageUp => -10,
        KeyCode::Home => isize::MIN / 2,
        KeyCode::End => isize::MAX / 2,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let map = Keymap::default();
        assert_eq!(
            map.action(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::NONE)),
            Some(Action::NextUnanswered)
        );
        let mut o = BTreeMap::new();
        o.insert("next-unanswered".to_string(), "F6".to_string());
        let map = Keymap::with_overrides(&o).unwrap();
        assert_eq!(
            map.action(&KeyEvent::new(KeyCode::F(6), KeyModifiers::NONE)),
            Some(Action::NextUnanswered)
        );
        assert_eq!(map.action(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::NONE)), None);
        o.insert("fly".to_string(), "x".to_string());
        assert!(Keymap::with_overrides(&o).unwrap_err().contains("no such action"));
        let mut bad = BTreeMap::new();
        bad.insert("flag".to_string(), "Hyper-x".to_string());
        assert!(Keymap::with_overrides(&bad).is_err());
        assert_eq!(parse_key("Ctrl-e").unwrap().modifiers, KeyModifiers::CONTROL);
    }
}
