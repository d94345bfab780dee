//! The state of the terminal interface. Everything the screen shows is derived from this; the
//! runtime (mod.rs) owns the open file and the terminal, never the model.

use crate::assessment::{Answer, AnswerId, AnswerKey, Assessment};
use crate::catalog::{Catalog, Questionnaire, Requirement};
use crate::i18n::Texts;
use jiff::Timestamp;
use ratatui_textarea::TextArea;
use std::path::PathBuf;
use std::sync::Arc;

use crate::tui::dialog::Dialog;
use crate::tui::forms::form::Form;
use crate::tui::resume::Draft;
pub use crate::tui::screens::learn::state::LearnState;
pub use crate::tui::screens::wizard::state::{WIZARD_TEXT_FIELDS, Wizard};
use crate::tui::theme::Theme;
use crate::tui::undo::History;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Wizard,
    Questionnaire,
    Results,
    /// Zones, conduits and their threat scenarios (62443-3-2).
    Zones,
    /// Explanations of the concepts and read-only browsing of the questionnaires.
    Learn,
    /// The remediation plan: actions in phases, and what they will reach.
    Plan,
    /// What the answers say about a regulation or framework (NIS2, NIST CSF 2.0, the CRA).
    Alignment,
}

/// What the status bar says about the file. It says "saved" only after the runtime reports that
/// the data is on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// No assessment open.
    NoFile,
    /// Just opened: the file holds everything, nothing has been changed yet.
    Unchanged,
    /// Everything is on disk, as of this moment.
    Saved(Timestamp),
    /// A change waits for the runtime to write it.
    Pending,
    /// The last save failed: the changes since are in memory (and in a recovery copy).
    Failed(String),
    /// Another program changed the file: nothing is written to it until the assessor chooses to
    /// reload and re-apply, or to save under another name.
    ChangedOnDisk,
}

/// A text field being edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Note,
    Evidence,
    Interviewee,
    Search,
    /// The reason a value needs (not applicable, compensated): the value is recorded only with it.
    Reason,
}

pub struct Editor {
    pub field: Field,
    pub area: TextArea<'static>,
    /// The answer the note, evidence or reason belongs to (fixed when the editor opens).
    pub answer: Option<AnswerId>,
    /// For a reason: the value waiting for it.
    pub value: Option<String>,
    /// What the answer's note or evidence held when the editor opened.
    pub base: String,
    /// For a reason: the group all of whose requirements get the value (see `bulk.rs`).
    pub bulk: Option<Box<crate::tui::screens::questionnaire::state::Bulk>>,
}

impl Editor {
    /// The text typed so far, lines joined.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }
}

/// The guided maturity ladder dialog: which question is asked, how many "yes" so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ladder {
    pub step: usize,
    pub yes: usize,
}

/// Where the assessor is going when changes are not saved yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// Back to the home screen (the file is closed).
    Home,
    /// Out of the program.
    Quit,
}

/// An open assessment and where the assessor stands in it.
pub struct Session {
    pub path: PathBuf,
    /// Shared with the writer (see `writer.rs`): handing it a snapshot is an `Arc::clone`, and
    /// every change goes through [`Session::edit`] (`Arc::make_mut`), which copies the assessment
    /// only while a write still reads the old version.
    pub assessment: Arc<Assessment>,
    /// Index into `assessment.assessment.questionnaires`.
    pub scope: usize,
    /// The zone or conduit answered for (questionnaires answered per zone).
    pub target: Option<String>,
    /// Index of the current requirement in the current questionnaire.
    pub cursor: usize,
    pub guidance: bool,
    /// The person being interviewed: stamped on every answer given until changed.
    pub interviewee: String,
    /// The person recording: stamped on every answer and edit.
    pub assessor: String,
    pub editor: Option<Editor>,
    pub ladder: Option<Ladder>,
    /// The last search, for "search again".
    pub search: String,
    /// The search being gone through (n / N), with its matches in every questionnaire.
    pub found: Option<crate::tui::screens::questionnaire::state::Found>,
    /// The group header selected in the structure (index into the questionnaire's groups);
    /// `None`: the requirement at `cursor` is.
    pub group: Option<usize>,
    /// The last reason or note written, for "reuse the last note".
    pub last_note: String,
    /// Lines the answer pane is scrolled, when its text is taller than the pane.
    pub answer_scroll: u16,
    /// Zones screen: the selected zone or conduit (zones first, then conduits).
    pub zone_cursor: usize,
    /// Zones screen: the selected scenario of that zone or conduit, when the scenario list has focus.
    pub scenario_cursor: Option<usize>,
    /// Zones screen: the selected component in the component list, when that list has focus.
    pub component_cursor: Option<usize>,
    /// Lines scrolled in the zones screen's details of the selected zone or conduit (J / K).
    pub zone_detail_scroll: usize,
    /// Zones screen: the diagram view (shown or not, the diagram as last computed).
    pub zone_diagram: crate::tui::screens::zones::diagram::state::DiagramState,
    /// An open form (new zone, conduit, scenario, SL-T, export).
    pub form: Option<Form>,
    /// Unfinished text from an earlier session that the assessor chose to keep for later.
    pub kept_drafts: Vec<Draft>,
    /// What Ctrl-Z puts back.
    pub history: History,
    /// Bumped by every change to the assessment (`session::changed`): what the score was
    /// computed for.
    pub revision: u64,
    /// The score of the results and zones screens, with the revision it was computed for
    /// (`session::refresh_score`).
    pub scored: Option<crate::tui::scored::Scored>,
}

impl Session {
    /// The assessment, to change it (a copy first if a write is still reading it).
    pub fn edit(&mut self) -> &mut Assessment {
        Arc::make_mut(&mut self.assessment)
    }

    pub fn new(path: PathBuf, assessment: Assessment, assessor: String) -> Session {
        Session {
            path,
            assessment: Arc::new(assessment),
            scope: 0,
            target: None,
            cursor: 0,
            guidance: false,
            interviewee: String::new(),
            assessor,
            editor: None,
            ladder: None,
            search: String::new(),
            found: None,
            group: None,
            last_note: String::new(),
            answer_scroll: 0,
            zone_cursor: 0,
            scenario_cursor: None,
            component_cursor: None,
            zone_detail_scroll: 0,
            zone_diagram: Default::default(),
            form: None,
            kept_drafts: Vec::new(),
            history: History::default(),
            revision: 0,
            scored: None,
        }
    }

    /// Zone ids then conduit ids, in order.
    pub fn target_ids(&self) -> Vec<String> {
        self.assessment
            .zones
            .iter()
            .map(|z| z.id.clone())
            .chain(self.assessment.conduits.iter().map(|c| c.id.clone()))
            .collect()
    }

    /// The zone or conduit selected on the zones screen.
    pub fn selected_target(&self) -> Option<String> {
        self.target_ids().get(self.zone_cursor).cloned()
    }

    /// The scenarios aimed at `target`, in register order.
    pub fn scenarios_of<'a>(&'a self, target: &'a str) -> impl Iterator<Item = &'a crate::assessment::Scenario> + 'a {
        self.assessment.scenarios.iter().filter(move |s| s.target == target)
    }
}

/// New assessment, open the demo, learn: the home entries before the recent files.
pub const HOME_FIXED_ENTRIES: usize = 4;

pub struct Model {
    pub catalog: Catalog,
    pub texts: Texts,
    pub theme: Theme,
    pub screen: Screen,
    pub help: bool,
    pub save: SaveState,
    /// A one-line message for the status bar (not about saving).
    pub notice: Option<String>,
    /// Recently opened assessment files, newest first.
    pub recent: Vec<crate::tui::recent::RecentFile>,
    pub home_cursor: usize,
    pub wizard: Option<Wizard>,
    /// What was typed into the new-assessment form last time and not used.
    pub wizard_draft: Option<crate::tui::resume::WizardDraft>,
    pub session: Option<Session>,
    /// The folder where new assessments are created by default.
    pub data_dir: PathBuf,
    /// The user's home folder (for a file name typed as `~/…`) and the folder the program was
    /// started in (for a relative one): read once at start, so the new-assessment form shows the
    /// real place of the file before it is written.
    pub home_dir: Option<PathBuf>,
    pub start_dir: Option<PathBuf>,
    pub assessor: String,
    /// The time zone the status bar shows times in (the system's; UTC in tests).
    pub time_zone: jiff::tz::TimeZone,
    /// The day in that time zone as of the last message: the day countermeasure records are
    /// judged on (approved by then, not past review), so views stay functions of the model.
    pub today: jiff::civil::Date,
    pub keymap: crate::tui::keymap::Keymap,
    pub learn: LearnState,
    /// The results screen: the panel in focus, scroll and selections.
    pub results: crate::tui::screens::results::state::ResultsState,
    /// The plan screen: the plan as last computed, the selection, the filter.
    pub plan: crate::tui::screens::plan::state::PlanState,
    /// The alignment screen: the mapping shown, the alignment as last computed, the selection.
    pub alignment: crate::tui::screens::alignment::state::AlignmentState,
    /// The action the plan screen selects when it is next entered (the review list's Enter on an
    /// overdue action).
    pub show_action: Option<String>,
    /// The effort scale of actions (the config's `[[effort]]`).
    pub effort: crate::planning::EffortScale,
    /// A question in front of every screen (confirm a deletion, unsaved changes, a changed file).
    pub dialog: Option<Dialog>,
    /// Changes made since the file last took a save.
    pub unsaved: usize,
    /// Where this session keeps what could not be saved (the user's data folder).
    pub recovery: Option<PathBuf>,
    /// A recovery copy whose changes were re-applied: forgotten once they are saved.
    pub reapplied: Option<PathBuf>,
    /// Where the assessor is going once the changes are saved.
    pub leaving: Option<Leave>,
    /// Text was typed into an editor or form since the draft was last kept on disk.
    pub draft_dirty: bool,
    /// The data folder holds a draft for the open file (so closing its editor must clear it).
    pub draft_on_disk: bool,
    /// The terminal is smaller than the screens are laid out for: only a notice is drawn, so keys
    /// (but Ctrl-C) are not taken, since nobody can see what they would do.
    pub too_small: bool,
    /// The terminal's size as last reported ((0, 0) before the first report): whether a long
    /// message fits the status lines or needs a popup (which the next key only dismisses).
    pub size: (u16, u16),
    pub quit: bool,
}

impl Model {
    /// Whether the session's score is missing or older than its assessment or the day.
    pub fn score_is_stale(&self) -> bool {
        self.session.as_ref().is_some_and(|s| {
            s.scored
                .as_ref()
                .is_none_or(|x| x.revision != s.revision || x.day != self.today)
        })
    }

    /// The score as of now, for views: `None` only if it was never computed for this assessment
    /// (a view then draws without it rather than scoring).
    pub fn scored(&self) -> Option<&crate::tui::scored::Scored> {
        if self.score_is_stale() {
            return None;
        }
        self.session.as_ref()?.scored.as_ref()
    }

    /// The next language of the interface (T), in the order the texts know them.
    pub fn switch_language(&mut self) {
        let languages = self.texts.languages();
        if languages.is_empty() {
            return;
        }
        let current = self.texts.language().clone();
        let i = languages.iter().position(|l| l == &current).unwrap_or(0);
        let next = languages[(i + 1) % languages.len()].clone();
        self.texts.select(Some(&next));
    }

    /// What the answer `id` holds for `field`: its note, or its evidence one per line.
    pub fn current_text(&self, field: Field, id: Option<&AnswerId>) -> String {
        let answer = id.and_then(|id| self.session.as_ref()?.assessment.answer(id.key()));
        match field {
            Field::Note => answer.map(|a| a.note.clone()).unwrap_or_default(),
            Field::Evidence => answer.map(|a| a.evidence.join("\n")).unwrap_or_default(),
            _ => String::new(),
        }
    }

    pub fn new(
        catalog: Catalog,
        texts: Texts,
        theme: Theme,
        recent: Vec<crate::tui::recent::RecentFile>,
        data_dir: PathBuf,
    ) -> Model {
        Model {
            catalog,
            texts,
            theme,
            screen: Screen::Home,
            help: false,
            save: SaveState::NoFile,
            notice: None,
            recent,
            home_cursor: 0,
            wizard: None,
            wizard_draft: None,
            session: None,
            data_dir,
            home_dir: None,
            start_dir: None,
            assessor: String::new(),
            time_zone: jiff::tz::TimeZone::UTC,
            today: Timestamp::UNIX_EPOCH.to_zoned(jiff::tz::TimeZone::UTC).date(),
            keymap: crate::tui::keymap::Keymap::default(),
            learn: LearnState::default(),
            results: crate::tui::screens::results::state::ResultsState::default(),
            plan: Default::default(),
            alignment: Default::default(),
            show_action: None,
            effort: crate::planning::EffortScale::default(),
            dialog: None,
            unsaved: 0,
            recovery: None,
            reapplied: None,
            leaving: None,
            draft_dirty: false,
            draft_on_disk: false,
            too_small: false,
            size: (0, 0),
            quit: false,
        }
    }

    /// The questionnaire in view.
    pub fn questionnaire(&self) -> Option<&Questionnaire> {
        let s = self.session.as_ref()?;
        let id = s.assessment.assessment.questionnaires.get(s.scope)?;
        self.catalog.questionnaire(id)
    }

    /// The requirement under the cursor.
    pub fn requirement(&self) -> Option<&Requirement> {
        let s = self.session.as_ref()?;
        self.questionnaire()?.requirements.get(s.cursor)
    }

    /// The id of the answer under the cursor (questionnaire, zone or conduit, requirement).
    pub fn answer_id(&self) -> Option<AnswerId> {
        let s = self.session.as_ref()?;
        Some(AnswerId::new(
            &self.questionnaire()?.id,
            s.target.as_deref(),
            &self.requirement()?.id,
        ))
    }

    /// Whether changes are only in memory: not (yet) in the file.
    pub fn has_unsaved(&self) -> bool {
        matches!(
            self.save,
            SaveState::Pending | SaveState::Failed(_) | SaveState::ChangedOnDisk
        )
    }

    /// The answer to `requirement` of the questionnaire in view, for the current zone.
    pub fn answer_to(&self, requirement: &str) -> Option<&Answer> {
        let s = self.session.as_ref()?;
        let q = self.questionnaire()?;
        s.assessment.answer(AnswerKey {
            questionnaire: &q.id,
            target: s.target.as_deref(),
            requirement,
        })
    }

    /// Home screen entries: new assessment, the demo, learn mode, then the recent files.
    pub fn home_entries(&self) -> usize {
        HOME_FIXED_ENTRIES + self.recent.len()
    }
}
