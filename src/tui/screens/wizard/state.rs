//! What the new-assessment form holds while it is open.

use ratatui_textarea::TextArea;

/// The new-assessment form.
pub struct Wizard {
    /// Title, organisation, site, assessors (comma separated), file name.
    pub fields: Vec<TextArea<'static>>,
    /// The languages the assessment can be written in, and the one chosen (its exports use it).
    pub languages: Vec<String>,
    pub language: usize,
    /// Questionnaire ids with whether they are chosen.
    pub questionnaires: Vec<(String, bool)>,
    pub target_maturity: u8,
    /// The row in focus: the text fields, the language, the questionnaires, the target, "create".
    pub focus: usize,
    pub error: Option<String>,
}

pub const WIZARD_TEXT_FIELDS: usize = 5;

impl Wizard {
    /// What the form holds, to offer again if it is left unused (Esc, Ctrl-C, a signal).
    pub fn draft(&self) -> Option<crate::tui::resume::WizardDraft> {
        let fields: Vec<String> = self.fields.iter().map(|f| f.lines().join(" ")).collect();
        let typed = fields.iter().enumerate().any(|(i, f)| i != 3 && !f.trim().is_empty());
        typed.then(|| crate::tui::resume::WizardDraft {
            fields,
            language: self.languages.get(self.language).cloned().unwrap_or_default(),
            questionnaires: self
                .questionnaires
                .iter()
                .filter(|q| q.1)
                .map(|q| q.0.clone())
                .collect(),
            target_maturity: self.target_maturity,
        })
    }

    pub fn language_row(&self) -> usize {
        WIZARD_TEXT_FIELDS
    }

    pub fn first_questionnaire_row(&self) -> usize {
        WIZARD_TEXT_FIELDS + 1
    }

    pub fn target_row(&self) -> usize {
        self.first_questionnaire_row() + self.questionnaires.len()
    }

    pub fn create_row(&self) -> usize {
        self.target_row() + 1
    }

    pub fn rows(&self) -> usize {
        self.create_row() + 1
    }
}
