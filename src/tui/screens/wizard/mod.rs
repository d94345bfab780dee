//! The new-assessment form (home screen, `n`): title, organisation, site, assessors, file, language,
//! questionnaires and target maturity. Text typed into it and not used is kept as a draft.

pub mod state;
pub mod view;

use crate::assessment::Assessment;
use crate::tui::message::Effect;
use crate::tui::model::*;
use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;
use ratatui_textarea::TextArea;
use std::path::PathBuf;

/// Open the new-assessment form; what was typed into it last time and not used is filled in.
pub fn start(model: &mut Model) {
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
    let mut w = Wizard {
        fields: vec![field(""), field(""), field(""), field(&model.assessor), field("")],
        languages,
        language,
        questionnaires,
        target_maturity: 2,
        focus: 0,
        error: None,
    };
    if let Some(d) = model.wizard_draft.take() {
        for (area, text) in w.fields.iter_mut().zip(&d.fields) {
            *area = field(text);
        }
        w.language = w.languages.iter().position(|l| *l == d.language).unwrap_or(w.language);
        for (id, chosen) in &mut w.questionnaires {
            *chosen = d.questionnaires.contains(id);
        }
        w.target_maturity = d.target_maturity.clamp(1, 4);
        model.notice = Some(model.texts.ui("notice-wizard-draft"));
    }
    model.wizard = Some(w);
    model.screen = Screen::Wizard;
}

pub fn key(model: &mut Model, k: KeyEvent, now: Timestamp) -> Vec<Effect> {
    // Where the file goes is worked out when it is created, not on every key.
    let creating = k.code == KeyCode::Enter && model.wizard.as_ref().is_some_and(|w| w.focus == w.create_row());
    let planned = if creating {
        model.wizard.as_ref().and_then(|w| planned_path(w, model))
    } else {
        None
    };
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
            // Text typed and not used is offered the next time the form opens.
            model.wizard_draft = w.draft();
            model.wizard = None;
            model.screen = Screen::Home;
            return vec![crate::tui::memory::remember(model, now)];
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
        KeyCode::Enter if w.focus == create_row => return create(w, planned, now),
        KeyCode::Enter => w.focus = (w.focus + 1) % rows,
        _ if w.focus < WIZARD_TEXT_FIELDS => model.draft_dirty |= w.fields[w.focus].input(k),
        _ => {}
    }
    Vec::new()
}

fn create(w: &mut Wizard, planned: Option<PathBuf>, now: Timestamp) -> Vec<Effect> {
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
    let Some(path) = planned else {
        // A title of punctuation only makes no file name.
        w.error = Some("title".into());
        w.focus = 4;
        return Vec::new();
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

/// Where the new assessment will be written: the file name typed (a name alone goes to the data
/// folder; `~/…` to the home folder; another relative path is taken from the folder the program
/// was started in), or one made from the title. Shown in the form before anything is written.
pub fn planned_path(w: &Wizard, model: &Model) -> Option<PathBuf> {
    let typed = w.fields[4].lines().join(" ").trim().to_string();
    let mut file = if typed.is_empty() {
        let title = w.fields[0].lines().join(" ");
        title
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
            .join("-")
    } else {
        typed
    };
    if file.is_empty() {
        return None;
    }
    if !file.ends_with(".toml") {
        file.push_str(".toml");
    }
    if let (Some(rest), Some(home)) = (file.strip_prefix("~/"), &model.home_dir) {
        return Some(home.join(rest));
    }
    let path = PathBuf::from(&file);
    Some(if !file.contains('/') {
        model.data_dir.join(file)
    } else if path.is_relative()
        && let Some(start) = &model.start_dir
    {
        start.join(path)
    } else {
        path
    })
}
