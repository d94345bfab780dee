//! Leaving and coming back. Leaving (to the home screen, quitting, Ctrl-C, a signal) first keeps
//! what is typed in an open editor, then goes only once every change is in the file, and asks
//! otherwise. What to come back to (interviewee, position, unfinished text) is remembered in the
//! user's data folder and restored when the file is opened again.

use super::dialog::Dialog;
use super::form::Purpose;
use super::message::Effect;
use super::model::{Field, Leave, Model, SaveState, Screen};
use super::resume::{Draft, DraftText, Memory, Resume};
use jiff::Timestamp;

/// Leave for `leave`: keep the open editor's text, then go once the changes are in the file.
pub fn request(model: &mut Model, leave: Leave, now: Timestamp) -> Vec<Effect> {
    if model.session.is_none() {
        model.leaving = Some(leave);
        return leave_now(model, now);
    }
    model.leaving = Some(leave);
    let effects = super::editor::commit(model, now);
    if effects.contains(&Effect::Save) {
        // The runtime's answer to the save continues the leave (`proceed`).
        return effects;
    }
    let mut effects = effects;
    effects.extend(proceed(model, now));
    effects
}

/// Once a save has been tried (or none was needed): leave, or ask when changes are not in the file.
pub fn proceed(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if model.leaving.is_none() || model.quit {
        return Vec::new();
    }
    if model.session.is_some() && model.has_unsaved() {
        model.dialog = Some(Dialog::Unsaved);
        return Vec::new();
    }
    leave_now(model, now)
}

/// Leave now, whatever is unsaved (it is in the recovery copy, which the dialog named).
pub fn leave_now(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(leave) = model.leaving.take() else {
        return Vec::new();
    };
    model.dialog = None;
    // What to come back to is taken now, while the file is still open.
    let remember = remember(model, now);
    match leave {
        Leave::Quit => {
            model.quit = true;
            vec![remember, Effect::Quit]
        }
        Leave::Home => {
            let effects = vec![remember, Effect::Close];
            model.session = None;
            model.screen = Screen::Home;
            model.save = SaveState::NoFile;
            model.unsaved = 0;
            model.recovery = None;
            model.reapplied = None;
            effects
        }
    }
}

/// Ctrl-C: quit, asking first if changes are not in the file; a second Ctrl-C at that question
/// quits (the recovery copy keeps them).
pub fn interrupt(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if matches!(model.dialog, Some(Dialog::Unsaved)) {
        model.leaving = Some(Leave::Quit);
        return leave_now(model, now);
    }
    model.dialog = None;
    request(model, Leave::Quit, now)
}

/// SIGTERM, SIGHUP, SIGINT: keep everything typed, save what can be saved, and quit without
/// asking (nobody may be there to answer). A form's text is kept as a draft.
pub fn on_signal(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let mut effects = super::editor::commit(model, now);
    model.dialog = None;
    model.leaving = None;
    model.quit = true;
    effects.retain(|e| !matches!(e, Effect::Remember(_)));
    effects.extend([remember(model, now), Effect::Quit]);
    effects
}

/// What the data folder should hold now.
pub fn memory(model: &Model, now: Timestamp) -> Memory {
    Memory {
        resume: resume_of(model, now),
        wizard: model
            .wizard
            .as_ref()
            .and_then(super::wizard::draft_of)
            .or_else(|| model.wizard_draft.clone()),
    }
}

/// Ask the runtime to write what the data folder should hold now.
pub fn remember(model: &mut Model, now: Timestamp) -> Effect {
    let memory = memory(model, now);
    model.draft_on_disk = memory.resume.as_ref().is_some_and(|r| r.draft.is_some());
    model.draft_dirty = false;
    Effect::Remember(Box::new(memory))
}

/// What to remember of the open file: interviewee, position and any unfinished text.
pub fn resume_of(model: &Model, now: Timestamp) -> Option<Resume> {
    let s = model.session.as_ref()?;
    Some(Resume {
        file: s.path.clone(),
        interviewee: s.interviewee.clone(),
        questionnaire: model.questionnaire().map(|q| q.id.clone()),
        target: s.target.clone(),
        requirement: model.requirement().map(|r| r.id.clone()),
        draft: draft_of(model)
            .map(|text| Draft { when: now, text })
            .or_else(|| s.kept_draft.clone()),
    })
}

/// The text in an open editor or form that is not in the assessment yet.
fn draft_of(model: &Model) -> Option<DraftText> {
    let s = model.session.as_ref()?;
    if let Some(e) = &s.editor {
        let text = e.text().trim_end().to_string();
        let answer = e.answer.as_ref().and_then(|id| s.assessment.answer(id.key()));
        let unchanged = match e.field {
            Field::Note => answer.map(|a| a.note.as_str()).unwrap_or_default() == text,
            Field::Evidence => answer.map(|a| a.evidence.join("\n")).unwrap_or_default() == text,
            Field::Reason => text.trim().is_empty(),
            Field::Interviewee => s.interviewee == text,
            Field::Search => true,
        };
        if unchanged {
            return None;
        }
        return match (e.field, e.answer.clone()) {
            (Field::Note, Some(answer)) => Some(DraftText::Note {
                answer,
                base: e.base.clone(),
                text,
            }),
            (Field::Evidence, Some(answer)) => Some(DraftText::Evidence {
                answer,
                base: e.base.clone(),
                text,
            }),
            (Field::Reason, Some(answer)) => Some(DraftText::Reason {
                answer,
                value: e.value.clone().unwrap_or_default(),
                text,
            }),
            (Field::Interviewee, _) => Some(DraftText::Interviewee { text }),
            _ => None,
        };
    }
    let form = s.form.as_ref()?;
    let keep = !matches!(form.purpose, Purpose::Export | Purpose::Dialog) && form.has_text();
    keep.then(|| DraftText::Form {
        purpose: form.purpose.clone(),
        fields: form.values(),
    })
}

/// Come back to where the assessor was: interviewee, questionnaire, zone and requirement; text left
/// unfinished is offered back (or, when changes from a recovery copy are offered first, kept).
pub fn restore(model: &mut Model, resume: Resume) {
    let Some(s) = model.session.as_mut() else { return };
    s.interviewee = resume.interviewee;
    if let Some(scope) = resume
        .questionnaire
        .as_ref()
        .and_then(|q| s.assessment.assessment.questionnaires.iter().position(|x| x == q))
    {
        s.scope = scope;
        s.target = resume.target.filter(|t| s.assessment.has_target(t));
    }
    super::session::fix_target(model);
    if let Some(r) = &resume.requirement
        && let Some(i) = model
            .questionnaire()
            .and_then(|q| q.requirements.iter().position(|x| &x.id == r))
        && let Some(s) = model.session.as_mut()
    {
        s.cursor = i;
    }
    // The data folder holds a draft until it is written again; a draft whose text the answer
    // already holds is not worth offering.
    model.draft_on_disk = resume.draft.is_some();
    let draft = resume.draft.filter(|d| !already_there(model, d));
    match (draft, model.dialog.is_some()) {
        (Some(d), false) => model.dialog = Some(Dialog::Draft(d)),
        (Some(d), true) => {
            if let Some(s) = model.session.as_mut() {
                s.kept_draft = Some(d);
            }
        }
        (None, _) => {}
    }
}

/// Whether the answer already holds the draft's text (it was saved after the draft was kept).
fn already_there(model: &Model, d: &Draft) -> bool {
    let now = |field, answer| super::editor::current_text(model, field, Some(answer));
    match &d.text {
        DraftText::Note { answer, text, .. } => now(Field::Note, answer) == *text,
        DraftText::Evidence { answer, text, .. } => now(Field::Evidence, answer) == *text,
        DraftText::Interviewee { text } => model.session.as_ref().is_some_and(|s| s.interviewee == *text),
        DraftText::Reason { .. } | DraftText::Form { .. } => false,
    }
}
