//! The rules for taking answers from a file a person or a script filled in: the offline workbook
//! (`import`) and an answers CSV or JSON file (`answer --from`) go through the same steps.
//!
//! 1. [`Rules::identify`]: the questionnaire is known and in scope, the requirement exists, the
//!    target fits the questionnaire's scope, and no earlier row answered the same requirement.
//! 2. The reader may then keep the current text of a field whose cell reads exactly as the
//!    export wrote it (a text cut to fit a cell, an evidence list joined into one cell), by
//!    setting that field to `None`.
//! 3. [`Rules::propose`]: the value is on the requirement's scale (an id, or a label in any
//!    language), a value that needs a reason has one, the flag reads as yes or no. A field that is
//!    `None` keeps what the answer has.
//! 4. [`change`]: the answer to write, or nothing when the row changes nothing. Who said what stays
//!    true: the value's stamp (interviewee, assessor, time) changes only with the value or its
//!    interviewee; a changed note, evidence or flag is stamped as an edit.

use crate::assessment::{Answer, AnswerId, Assessment};
use crate::catalog::{Catalog, Scale, Scope};
use crate::i18n::Texts;
use jiff::Timestamp;
use std::collections::HashMap;

/// The fields of an answer in a file, for saying which one a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Questionnaire,
    Target,
    Requirement,
    Value,
    Note,
    Evidence,
    Interviewee,
    Flagged,
}

/// Why a row cannot be taken, and which of its fields says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub field: Field,
    pub message: String,
}

fn refuse<T>(field: Field, message: String) -> Result<T, Refusal> {
    Err(Refusal { field, message })
}

/// One answer as a row of a file gives it. For the data fields, `None` means the file does not
/// say (no such column, or the cell reads as the answer already is): the answer keeps what it has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Given {
    pub questionnaire: String,
    /// A zone, conduit or system id; empty for organisation-wide questionnaires.
    pub target: String,
    pub requirement: String,
    /// A value id or label; empty: no value.
    pub value: Option<String>,
    pub note: Option<String>,
    pub evidence: Option<Vec<String>>,
    pub interviewee: Option<String>,
    /// yes / no in any of their spellings; empty: no.
    pub flagged: Option<String>,
}

/// The answer a row is about, once identified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identified {
    pub id: AnswerId,
    /// The requirement's scale id.
    scale: String,
}

/// What a row says the answer is, every field decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposed {
    pub id: AnswerId,
    pub value: Option<String>,
    pub note: String,
    pub evidence: Vec<String>,
    pub interviewee: String,
    pub flagged: bool,
}

/// The rules at work on one file: what it is checked against, and where each answer was first
/// given (a second row for the same answer is refused, so a file never says two things at once).
pub struct Rules<'r> {
    a: &'r Assessment,
    catalog: &'r Catalog,
    texts: &'r Texts,
    first_seen: HashMap<AnswerId, String>,
}

impl<'r> Rules<'r> {
    pub fn new(a: &'r Assessment, catalog: &'r Catalog, texts: &'r Texts) -> Self {
        Rules {
            a,
            catalog,
            texts,
            first_seen: HashMap::new(),
        }
    }

    /// A refusal in the texts' language.
    fn say(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<_> = args.iter().map(|(k, v)| (*k, v.to_string().into())).collect();
        self.texts.ui_with(key, &args)
    }

    /// Step 1: which answer `given` is about. `here` says where the row is ("line 4"), for
    /// naming the first row when a second one gives the same answer.
    pub fn identify(&mut self, given: &Given, here: &str) -> Result<Identified, Refusal> {
        let found = self.which(given)?;
        if let Some(first) = self.first_seen.get(&found.id) {
            let requirement = &found.id.requirement;
            return refuse(
                Field::Requirement,
                self.say("import-second-time", &[("requirement", requirement), ("first", first)]),
            );
        }
        self.first_seen.insert(found.id.clone(), here.to_string());
        Ok(found)
    }

    /// Step 1 without the check for repeats: which answer `given` is about. A reader that
    /// weighs repeated rows itself (the workbook: identical ones may be taken once) uses this.
    pub fn which(&self, given: &Given) -> Result<Identified, Refusal> {
        let (a, catalog) = (self.a, self.catalog);
        let qid = given.questionnaire.trim();
        let Some(q) = catalog.questionnaire(qid) else {
            return refuse(
                Field::Questionnaire,
                self.say("import-unknown-questionnaire", &[("id", qid)]),
            );
        };
        if !a.assessment.questionnaires.contains(&q.id) {
            return refuse(
                Field::Questionnaire,
                self.say("import-not-in-scope", &[("questionnaire", &q.id)]),
            );
        }
        let rid = given.requirement.trim();
        let Some(r) = q.requirement(rid) else {
            return refuse(
                Field::Requirement,
                self.say(
                    "import-no-requirement",
                    &[("questionnaire", &q.id), ("requirement", rid)],
                ),
            );
        };
        let target = Some(given.target.trim()).filter(|t| !t.is_empty());
        let target = match (target, q.scope.per_target()) {
            (Some(t), true) if !a.is_target_for(q.scope, t) => {
                let key = match q.scope {
                    Scope::System => "import-not-a-system",
                    Scope::Component => "import-not-a-component",
                    _ => "import-not-a-target",
                };
                return refuse(Field::Target, self.say(key, &[("target", t)]));
            }
            (Some(t), true) => Some(t.to_string()),
            // As with `answer` on the command line: the only system may go unnamed.
            (None, true) if q.scope == Scope::System && a.systems.len() == 1 => Some(a.systems[0].id.clone()),
            (None, true) => {
                let key = if q.scope.per_component() {
                    "import-needs-component"
                } else {
                    "import-needs-target"
                };
                return refuse(Field::Target, self.say(key, &[("questionnaire", &q.id)]));
            }
            (Some(t), false) => {
                return refuse(
                    Field::Target,
                    self.say("import-organisation-wide", &[("questionnaire", &q.id), ("target", t)]),
                );
            }
            (None, false) => None,
        };
        Ok(Identified {
            id: AnswerId::new(&q.id, target.as_deref(), &r.id),
            scale: r.scale.clone(),
        })
    }

    /// For a row that changes its answer: a requirement outside the service scope assessed
    /// (62443-2-4) is not answered, as on the questionnaire screen and with `answer --item`. An
    /// unchanged row (an exported file fed back) passes.
    pub fn in_service_scope(&self, answer: &Answer) -> Result<(), Refusal> {
        let r = self
            .catalog
            .questionnaire(&answer.questionnaire)
            .and_then(|q| q.requirement(&answer.requirement));
        match r {
            Some(r) if !self.a.in_service_scope(r) => {
                let scope = self.a.assessment.service_scope.id();
                refuse(
                    Field::Requirement,
                    self.say(
                        "import-outside-service-scope",
                        &[("requirement", &r.id), ("scope", scope)],
                    ),
                )
            }
            _ => Ok(()),
        }
    }

    /// For a row that changes its answer: a 62443-4-2 requirement not asked of the component's
    /// type (an EDR requirement for a network device) is not answered, as with `answer
    /// --component`. An unchanged row (an exported file fed back) passes.
    pub fn asked_of_type(&self, id: &AnswerId) -> Result<(), Refusal> {
        let r = self
            .catalog
            .questionnaire(&id.questionnaire)
            .and_then(|q| q.requirement(&id.requirement));
        let component = id.target.as_deref().and_then(|t| self.a.component(t));
        match (r, component) {
            (Some(r), Some(c)) if !r.asked_of(c.kind) => {
                let types: Vec<String> = r
                    .component_types
                    .iter()
                    .map(|t| crate::component_text::type_name(*t, self.texts))
                    .collect();
                let kind = crate::component_text::type_name(c.kind, self.texts);
                refuse(
                    Field::Requirement,
                    self.say(
                        "import-not-asked-of-type",
                        &[
                            ("requirement", &r.id),
                            ("component", &c.id),
                            ("type", &kind),
                            ("types", &types.join(", ")),
                        ],
                    ),
                )
            }
            _ => Ok(()),
        }
    }

    /// The answer the assessment has now for an identified row.
    pub fn existing(&self, id: &Identified) -> Option<&'r Answer> {
        self.a.answer(id.id.key())
    }

    /// Step 3: every field decided; a field `given` leaves out keeps what the answer has.
    pub fn propose(&self, id: Identified, given: Given) -> Result<Proposed, Refusal> {
        let existing = self.existing(&id);
        let scale = self.catalog.scale(&id.scale).ok_or_else(|| Refusal {
            field: Field::Value,
            message: self.say("import-no-scale", &[("scale", &id.scale)]),
        })?;
        let value = match given.value {
            None => existing.and_then(|x| x.value.as_deref().map(str::to_string)),
            Some(text) if text.trim().is_empty() => None,
            Some(text) => match value_of(scale, self.texts, &text) {
                Some(v) => Some(v.to_string()),
                None => {
                    let allowed = scale.value_ids().join(", ");
                    return refuse(
                        Field::Value,
                        self.say(
                            "import-not-an-answer",
                            &[
                                ("text", &text),
                                ("requirement", &id.id.requirement),
                                ("allowed", &allowed),
                            ],
                        ),
                    );
                }
            },
        };
        let note = match given.note {
            Some(note) => note.trim_end().to_string(),
            None => existing.map(|x| x.note.clone()).unwrap_or_default(),
        };
        if value
            .as_deref()
            .and_then(|v| scale.value(v))
            .is_some_and(|v| v.note_required)
            && note.trim().is_empty()
        {
            return refuse(
                Field::Note,
                self.say("import-needs-note", &[("requirement", &id.id.requirement)]),
            );
        }
        let flagged = match given.flagged {
            Some(text) => match is_yes(self.texts, &text) {
                Some(yes) => yes,
                None => {
                    return refuse(Field::Flagged, self.say("import-flag-word", &[("text", &text)]));
                }
            },
            None => existing.is_some_and(|x| x.flagged),
        };
        let evidence = match given.evidence {
            Some(list) => list
                .iter()
                .map(|e| e.trim())
                .filter(|e| !e.is_empty())
                .map(str::to_string)
                .collect(),
            None => existing.map(|x| x.evidence.clone()).unwrap_or_default(),
        };
        let interviewee = match given.interviewee {
            Some(name) => name.trim().to_string(),
            None => existing.map(|x| x.interviewee.to_string()).unwrap_or_default(),
        };
        Ok(Proposed {
            id: id.id,
            value,
            note,
            evidence,
            interviewee,
            flagged,
        })
    }
}

/// The fields of `existing` that `proposed` empties: a value, note, evidence or interviewee the
/// answer has and the row leaves empty. (Taking the flag off is an answer, not a loss: not listed.)
pub fn cleared(existing: Option<&Answer>, proposed: &Proposed) -> Vec<Field> {
    let Some(x) = existing else {
        return Vec::new();
    };
    [
        (Field::Value, x.value.is_some() && proposed.value.is_none()),
        (
            Field::Note,
            !x.note.trim().is_empty() && proposed.note.trim().is_empty(),
        ),
        (Field::Evidence, !x.evidence.is_empty() && proposed.evidence.is_empty()),
        (
            Field::Interviewee,
            !x.interviewee.trim().is_empty() && proposed.interviewee.trim().is_empty(),
        ),
    ]
    .into_iter()
    .filter_map(|(field, empties)| empties.then_some(field))
    .collect()
}

/// Whether `proposed` changes `existing` (step 4 writes an answer): not when every field is as
/// it is, nor when it says nothing about a requirement not answered yet.
pub fn changes_answer(existing: Option<&Answer>, p: &Proposed) -> bool {
    let empty =
        p.value.is_none() && p.note.is_empty() && p.evidence.is_empty() && p.interviewee.is_empty() && !p.flagged;
    let same = existing.is_some_and(|x| {
        x.value.as_deref() == p.value.as_deref()
            && x.note == p.note
            && x.evidence == p.evidence
            && x.interviewee == p.interviewee
            && x.flagged == p.flagged
    });
    !(same || (existing.is_none() && empty))
}

/// Step 4: the answer to write for `proposed` over `existing`, stamped by `assessor` at `now`;
/// `None` when the row changes nothing (an unchanged row never re-stamps anything, and a row
/// that says nothing about a requirement not yet answered creates no answer).
pub fn change(existing: Option<&Answer>, proposed: Proposed, assessor: &str, now: Timestamp) -> Option<Answer> {
    if !changes_answer(existing, &proposed) {
        return None;
    }
    let Proposed {
        id,
        value,
        note,
        evidence,
        interviewee,
        flagged,
    } = proposed;
    let mut answer = existing.cloned().unwrap_or_else(|| Answer::new(&id, now));
    if answer.value.as_deref() != value.as_deref() || answer.interviewee != interviewee {
        answer.give(value, &interviewee, assessor, now);
        answer.interviewee = interviewee.into();
    }
    if (&answer.note, &answer.evidence, answer.flagged) != (&note, &evidence, flagged) {
        answer.note = note;
        answer.evidence = evidence;
        answer.flagged = flagged;
        if existing.is_some() {
            answer.mark_edited(assessor, now);
        }
    }
    Some(answer)
}

/// The scale value a cell names: its id, or its label in any language (ids first: they are
/// what scripts and the CSV export write, and need no look-up of texts).
pub(crate) fn value_of<'a>(scale: &'a Scale, texts: &Texts, cell: &str) -> Option<&'a str> {
    let wanted = cell.trim().to_lowercase();
    let ids = || scale.values.iter().map(|v| v.id.as_str());
    ids().find(|id| id.to_lowercase() == wanted).or_else(|| {
        ids().find(|id| {
            texts.languages().iter().any(|l| {
                texts
                    .text_in(&l.to_string(), "scales", &format!("{}-{id}", scale.id), Some("label"))
                    .is_some_and(|label| label.trim().to_lowercase() == wanted)
            })
        })
    })
}

/// A flag cell: yes (x, 1, true, yes, or "yes" in any language), no (empty, 0, false, no, -, or
/// "no" in any language), or `None` for anything else.
pub(crate) fn is_yes(texts: &Texts, cell: &str) -> Option<bool> {
    let c = cell.trim().to_lowercase();
    if c.is_empty() || ["0", "false", "no", "-"].contains(&c.as_str()) {
        return Some(false);
    }
    if ["x", "1", "true", "yes"].contains(&c.as_str()) {
        return Some(true);
    }
    let in_any_language = |key: &str| {
        texts.languages().iter().any(|l| {
            texts
                .text_in(&l.to_string(), "ui", key, None)
                .is_some_and(|word| word.to_lowercase() == c)
        })
    };
    if in_any_language("choice-yes") {
        Some(true)
    } else if in_any_language("choice-no") {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleared_lists_what_a_row_empties_and_not_what_it_changes_or_unflags() {
        let id = AnswerId::new("q", Some("Z1"), "SR 1.1");
        let mut x = Answer::new(&id, Timestamp::UNIX_EPOCH);
        x.value = Some("met".into());
        x.note = "seen".into();
        x.evidence = vec!["DOC-1".into()];
        x.flagged = true;
        let proposed = |value: Option<&str>, note: &str, evidence: &[&str]| Proposed {
            id: id.clone(),
            value: value.map(str::to_string),
            note: note.into(),
            evidence: evidence.iter().map(|e| e.to_string()).collect(),
            interviewee: String::new(),
            flagged: false,
        };
        assert_eq!(
            cleared(Some(&x), &proposed(None, "", &[])),
            [Field::Value, Field::Note, Field::Evidence]
        );
        assert_eq!(cleared(Some(&x), &proposed(Some("not-met"), "other", &["DOC-2"])), []);
        assert_eq!(cleared(None, &proposed(None, "", &[])), []);
    }
}
