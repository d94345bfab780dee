//! Coming back: what to remember of the open file in the user's data folder (interviewee,
//! position, unfinished text in an editor or form, the new-assessment form), and giving it back
//! when the file is opened again.

use crate::tui::dialog::Dialog;
use crate::tui::forms::form::Purpose;
use crate::tui::message::Effect;
use crate::tui::model::{Field, Model};
use crate::tui::resume::{Draft, DraftText, Memory, Resume};
use jiff::Timestamp;

/// What the data folder should hold now.
pub fn memory(model: &Model, now: Timestamp) -> Memory {
    Memory {
        resume: resume_of(model, now),
        wizard: model
            .wizard
            .as_ref()
            .and_then(crate::tui::model::Wizard::draft)
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
    // What is being typed now comes first; texts kept earlier follow, never replaced.
    let mut drafts: Vec<Draft> = draft_of(model)
        .map(|text| Draft { when: now, text })
        .into_iter()
        .collect();
    drafts.extend(s.kept_drafts.iter().cloned());
    let mut drafts = drafts.into_iter();
    Some(Resume {
        file: s.path.clone(),
        interviewee: s.interviewee.clone(),
        questionnaire: model.questionnaire().map(|q| q.id.clone()),
        target: s.target.clone(),
        requirement: model.requirement().map(|r| r.id.clone()),
        draft: drafts.next(),
        kept: drafts.collect(),
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
            (Field::Reason, None) => e.bulk.as_ref().map(|bulk| DraftText::BulkReason {
                bulk: (**bulk).clone(),
                text,
            }),
            _ => None,
        };
    }
    let form = s.form.as_ref()?;
    let keep = !matches!(form.purpose, Purpose::Export | Purpose::Dialog | Purpose::Targets) && form.has_text();
    keep.then(|| DraftText::Form {
        purpose: form.purpose.clone(),
        fields: form.values(),
        focus: form.focus,
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
        // A zone, conduit, system or component, as the questionnaire is answered for.
        let per = resume
            .questionnaire
            .as_ref()
            .and_then(|q| model.catalog.questionnaire(q))
            .map(|q| q.scope);
        s.target = resume
            .target
            .filter(|t| per.is_some_and(|scope| s.assessment.is_target_for(scope, t)));
    }
    crate::tui::session::fix_target(model);
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
    model.draft_on_disk = resume.draft.is_some() || !resume.kept.is_empty();
    let mut drafts: Vec<Draft> = resume
        .draft
        .into_iter()
        .chain(resume.kept)
        .filter(|d| !already_there(model, d))
        .collect();
    // One is offered now (unless another question comes first); the others wait their turn.
    if model.dialog.is_none() && !drafts.is_empty() {
        model.dialog = Some(Dialog::Draft(drafts.remove(0)));
    }
    if let Some(s) = model.session.as_mut() {
        s.kept_drafts = drafts;
    }
}

/// Whether the answer already holds the draft's text (it was saved after the draft was kept).
fn already_there(model: &Model, d: &Draft) -> bool {
    let now = |field, answer| model.current_text(field, Some(answer));
    match &d.text {
        DraftText::Note { answer, text, .. } => now(Field::Note, answer) == *text,
        DraftText::Evidence { answer, text, .. } => now(Field::Evidence, answer) == *text,
        DraftText::Interviewee { text } => model.session.as_ref().is_some_and(|s| s.interviewee == *text),
        DraftText::Reason { .. } | DraftText::BulkReason { .. } | DraftText::Form { .. } => false,
    }
}
