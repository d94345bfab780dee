//! `update`: the only place the interface's state changes. A pure function of the model, one
//! message and the current time: no terminal, no files. What must touch the world (saving, opening,
//! quitting) is returned as effects for the runtime to carry out; their outcome comes back as a
//! message. Tests drive it directly.

use super::model::*;
use crate::assessment::Assessment;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use ratatui_textarea::TextArea;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    /// The runtime wrote the assessment to disk, or could not.
    Saved(Result<Timestamp, String>),
    /// The runtime opened (or created) an assessment file, or could not.
    Opened(Result<(PathBuf, Box<Assessment>), String>),
    /// The runtime wrote an export, or could not.
    Exported(Result<PathBuf, String>),
}

#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Write the session's assessment to its file.
    Save,
    /// Open an existing assessment file.
    Open(PathBuf),
    /// Create a new assessment file.
    Create(PathBuf, Box<Assessment>),
    /// Write an export of the session's assessment.
    Export(crate::export::Format, PathBuf),
    /// Copy the demo assessment and open the copy.
    OpenDemo,
    /// Release the open file.
    Close,
    Quit,
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Apply one message.
pub fn update(model: &mut Model, msg: Msg, now: Timestamp) -> Vec<Effect> {
    match msg {
        Msg::Saved(Ok(t)) => {
            model.save = SaveState::Saved(t);
            Vec::new()
        }
        Msg::Saved(Err(e)) => {
            model.save = SaveState::Failed(e);
            Vec::new()
        }
        Msg::Opened(Ok((path, assessment))) => {
            open_session(model, path, *assessment, now);
            Vec::new()
        }
        Msg::Opened(Err(e)) => {
            model.notice = Some(e);
            Vec::new()
        }
        Msg::Exported(result) => {
            model.notice = Some(match result {
                Ok(p) => model
                    .texts
                    .ui_with("export-done", &[("file", p.display().to_string().into())]),
                Err(e) => model.texts.ui_with("export-failed", &[("reason", e.into())]),
            });
            Vec::new()
        }
        Msg::Key(k) => on_key(model, k, now),
    }
}

fn open_session(model: &mut Model, path: PathBuf, assessment: Assessment, now: Timestamp) {
    model.recent.retain(|p| p != &path);
    model.recent.insert(0, path.clone());
    model.recent.truncate(12);
    let assessor = if model.assessor.is_empty() {
        assessment.assessment.assessors.first().cloned().unwrap_or_default()
    } else {
        model.assessor.clone()
    };
    model.session = Some(Session {
        path,
        assessment,
        scope: 0,
        target: None,
        cursor: 0,
        guidance: false,
        interviewee: String::new(),
        assessor,
        editor: None,
        ladder: None,
        search: String::new(),
        zone_cursor: 0,
        scenario_cursor: None,
        form: None,
        confirm: None,
    });
    fix_target(model);
    model.save = SaveState::Saved(now);
    model.screen = Screen::Questionnaire;
    model.wizard = None;
    model.notice = None;
}

/// Per-zone questionnaires need a zone: keep the current one if valid, else take the first.
pub(super) fn fix_target(model: &mut Model) {
    let per_target = model.questionnaire().is_some_and(|q| q.scope.per_target());
    let Some(s) = model.session.as_mut() else { return };
    if per_target {
        let a = &s.assessment;
        if s.target.as_deref().is_none_or(|t| !a.has_target(t)) {
            s.target = a.zones.first().map(|z| z.id.clone());
        }
    } else {
        s.target = None;
    }
}

fn on_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    if k.modifiers.contains(KeyModifiers::CONTROL) && k.code == KeyCode::Char('c') {
        return leave(model);
    }
    if model.help {
        model.help = false;
        return Vec::new();
    }
    let editing = model
        .session
        .as_ref()
        .is_some_and(|s| s.editor.is_some() || s.ladder.is_some());
    if k.code == KeyCode::Char('?') && !editing && model.screen != Screen::Wizard {
        model.help = true;
        return Vec::new();
    }
    model.notice = None;
    match model.screen {
        Screen::Home => home_key(model, k),
        Screen::Wizard => wizard_key(model, k, now),
        Screen::Questionnaire => super::answering::questionnaire_key(model, k, now),
        Screen::Zones => super::zones::zones_key(model, k, now),
        Screen::Learn => {
            learn_key(model, k);
            Vec::new()
        }
        Screen::Results => {
            let s = &mut model.results_scroll;
            match k.code {
                KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('r') => {
                    model.screen = Screen::Questionnaire;
                    *s = 0;
                }
                KeyCode::Down | KeyCode::Char('j') => *s = s.saturating_add(1),
                KeyCode::Up | KeyCode::Char('k') => *s = s.saturating_sub(1),
                KeyCode::PageDown | KeyCode::Char(' ') => *s = s.saturating_add(10),
                KeyCode::PageUp => *s = s.saturating_sub(10),
                KeyCode::Home => *s = 0,
                _ => {}
            }
            Vec::new()
        }
    }
}

/// Quit from anywhere: the assessment is already on disk after every change.
fn leave(model: &mut Model) -> Vec<Effect> {
    model.quit = true;
    vec![Effect::Quit]
}

fn home_key(model: &mut Model, k: KeyEvent) -> Vec<Effect> {
    let n = model.home_entries();
    match k.code {
        KeyCode::Up | KeyCode::Char('k') => model.home_cursor = model.home_cursor.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => model.home_cursor = (model.home_cursor + 1).min(n - 1),
        KeyCode::Char('n') => start_wizard(model),
        KeyCode::Char('d') => return vec![Effect::OpenDemo],
        KeyCode::Char('l') => model.screen = Screen::Learn,
        KeyCode::Enter if model.home_cursor == 0 => start_wizard(model),
        KeyCode::Enter if model.home_cursor == 1 => return vec![Effect::OpenDemo],
        KeyCode::Enter if model.home_cursor == 2 => model.screen = Screen::Learn,
        KeyCode::Enter => {
            if let Some(p) = model.recent.get(model.home_cursor - HOME_FIXED_ENTRIES) {
                return vec![Effect::Open(p.clone())];
            }
        }
        KeyCode::Char('q') | KeyCode::Esc => return leave(model),
        _ => {}
    }
    Vec::new()
}

fn start_wizard(model: &mut Model) {
    let field = |text: &str| {
        let mut t = TextArea::new(vec![text.to_string()]);
        t.move_cursor(ratatui_textarea::CursorMove::End);
        t
    };
    let questionnaires = model
        .catalog
        .questionnaires
        .iter()
        .map(|q| (q.id.clone(), false))
        .collect();
    let languages: Vec<String> = model.texts.languages().iter().map(|l| l.to_string()).collect();
    let current = model.texts.language().to_string();
    let language = languages.iter().position(|l| *l == current).unwrap_or(0);
    model.wizard = Some(Wizard {
        fields: vec![field(""), field(""), field(""), field(&model.assessor), field("")],
        languages,
        language,
        questionnaires,
        target_maturity: 2,
        focus: 0,
        error: None,
    });
    model.screen = Screen::Wizard;
}

fn wizard_key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    let data_dir = model.data_dir.clone();
    let Some(w) = model.wizard.as_mut() else {
        return Vec::new();
    };
    let rows = w.rows();
    let q_start = w.first_questionnaire_row();
    let target_row = w.target_row();
    let create_row = w.create_row();
    let language_row = w.language_row();
    match k.code {
        KeyCode::Esc => {
            model.wizard = None;
            model.screen = Screen::Home;
        }
        KeyCode::Tab | KeyCode::Down => w.focus = (w.focus + 1) % rows,
        KeyCode::BackTab | KeyCode::Up => w.focus = (w.focus + rows - 1) % rows,
        KeyCode::Char(' ') if (q_start..target_row).contains(&w.focus) => {
            let item = &mut w.questionnaires[w.focus - q_start];
            item.1 = !item.1;
        }
        KeyCode::Left if w.focus == language_row => w.language = w.language.saturating_sub(1),
        KeyCode::Right if w.focus == language_row => {
            w.language = (w.language + 1).min(w.languages.len().saturating_sub(1))
        }
        KeyCode::Left if w.focus == target_row => w.target_maturity = (w.target_maturity - 1).max(1),
        KeyCode::Right if w.focus == target_row => w.target_maturity = (w.target_maturity + 1).min(4),
        KeyCode::Enter if w.focus == create_row => return create(w, &data_dir, now),
        KeyCode::Enter => w.focus = (w.focus + 1) % rows,
        _ if w.focus < WIZARD_TEXT_FIELDS => {
            w.fields[w.focus].input(k);
        }
        _ => {}
    }
    Vec::new()
}

fn create(w: &mut Wizard, data_dir: &std::path::Path, now: Timestamp) -> Vec<Effect> {
    let language = w
        .languages
        .get(w.language)
        .cloned()
        .unwrap_or_else(|| crate::i18n::BASE_LANGUAGE.to_string());
    let text = |i: usize| w.fields[i].lines().join(" ").trim().to_string();
    let title = text(0);
    let chosen: Vec<String> = w.questionnaires.iter().filter(|q| q.1).map(|q| q.0.clone()).collect();
    if title.is_empty() {
        w.error = Some("title".into());
        w.focus = 0;
        return Vec::new();
    }
    if chosen.is_empty() {
        w.error = Some("questionnaires".into());
        w.focus = w.first_questionnaire_row();
        return Vec::new();
    }
    let mut file = text(4);
    if file.is_empty() {
        file = title
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
    }
    if !file.ends_with(".toml") {
        file.push_str(".toml");
    }
    let path = if file.contains('/') {
        PathBuf::from(file)
    } else {
        data_dir.join(file)
    };
    let mut a = Assessment::new(&title, &language, chosen, now);
    a.assessment.organisation = text(1);
    a.assessment.site = text(2);
    a.assessment.assessors = text(3)
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    a.targets.maturity = w.target_maturity;
    w.error = None;
    vec![Effect::Create(path, Box::new(a))]
}

/// Record a change: the assessment's modified time, and a save.
pub(super) fn changed(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if let Some(s) = model.session.as_mut() {
        s.assessment.assessment.modified = now;
        model.save = SaveState::Pending;
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}

fn learn_key(model: &mut Model, k: KeyEvent) {
    let topics = crate::learn::TOPICS.len();
    let entries = topics + model.catalog.questionnaires.len();
    let requirements = model
        .learn
        .cursor
        .checked_sub(topics)
        .and_then(|i| model.catalog.questionnaires.get(i))
        .map(|q| q.requirements.len())
        .unwrap_or(0);
    let l = &mut model.learn;
    match (k.code, l.open) {
        (KeyCode::Esc | KeyCode::Char('q'), None) => model.screen = Screen::Home,
        (KeyCode::Esc | KeyCode::Char('q'), Some(_)) => l.open = None,
        (KeyCode::Up | KeyCode::Char('k'), None) => {
            l.cursor = l.cursor.saturating_sub(1);
            l.scroll = 0;
        }
        (KeyCode::Down | KeyCode::Char('j'), None) => {
            l.cursor = (l.cursor + 1).min(entries.saturating_sub(1));
            l.scroll = 0;
        }
        (KeyCode::Enter | KeyCode::Right, None) if l.cursor >= topics && requirements > 0 => l.open = Some(0),
        (KeyCode::Up | KeyCode::Char('k'), Some(r)) => {
            l.open = Some(r.saturating_sub(1));
            l.scroll = 0;
        }
        (KeyCode::Down | KeyCode::Char('j') | KeyCode::Enter, Some(r)) => {
            l.open = Some((r + 1).min(requirements.saturating_sub(1)));
            l.scroll = 0;
        }
        (KeyCode::Left, Some(_)) => l.open = None,
        (KeyCode::PageDown | KeyCode::Char(' '), _) => l.scroll = l.scroll.saturating_add(10),
        (KeyCode::PageUp, _) => l.scroll = l.scroll.saturating_sub(10),
        _ => {}
    }
}

/// Keys for tests: a plain key press.
pub fn press(code: KeyCode) -> Msg {
    Msg::Key(key(code))
}
