//! Undo: every change made in the interface records what it replaced, so Ctrl-Z puts it back,
//! newest first, up to `DEPTH` steps. An undo is a change like any other: it is saved to the file
//! at once, durably, before the status bar says "saved".

use crate::assessment::{
    Action, Answer, AnswerId, Assessment, Component, Conduit, Countermeasure, Scenario, System, Zone,
};

/// How many changes can be undone.
pub const DEPTH: usize = 50;

/// What a change replaced.
#[derive(Debug, Clone, PartialEq)]
pub enum Before {
    /// Answers as they were (`None`: there was none).
    Answers(Vec<(AnswerId, Option<Answer>)>),
    /// Systems, zones, conduits, scenarios and components as they were, and the answers the
    /// change removed with them.
    Plant {
        systems: Vec<System>,
        zones: Vec<Zone>,
        conduits: Vec<Conduit>,
        scenarios: Vec<Scenario>,
        components: Vec<Component>,
        removed: Vec<Answer>,
    },
    /// The compensating countermeasure records as they were.
    Countermeasures(Vec<Countermeasure>),
    /// The remediation actions as they were.
    Actions(Vec<Action>),
    /// The targets (maturity, profiles) and the service scope as they were.
    Targets(Box<crate::assessment::Targets>, crate::assessment::ServiceScope),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What the change was, in the interface's words ("deleted zone Z1").
    pub what: String,
    pub before: Before,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    steps: Vec<Step>,
}

impl History {
    pub fn record(&mut self, step: Step) {
        if self.steps.len() == DEPTH {
            self.steps.remove(0);
        }
        self.steps.push(step);
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Put the newest change back in `a`. Returns what it was, and the first answer it touched
    /// (where the interface shows the result).
    pub fn undo(&mut self, a: &mut Assessment) -> Option<(String, Option<AnswerId>)> {
        let step = self.steps.pop()?;
        let mut first = None;
        match step.before {
            Before::Answers(answers) => {
                for (id, before) in answers {
                    match before {
                        Some(x) => {
                            a.set_answer(x);
                        }
                        None => {
                            a.remove_answer(id.key());
                        }
                    }
                    first.get_or_insert(id);
                }
            }
            Before::Plant {
                systems,
                zones,
                conduits,
                scenarios,
                components,
                removed,
            } => {
                a.systems = systems;
                a.zones = zones;
                a.conduits = conduits;
                a.scenarios = scenarios;
                a.components = components;
                for x in removed {
                    a.set_answer(x);
                }
            }
            Before::Countermeasures(records) => a.countermeasures = records,
            Before::Actions(actions) => a.actions = actions,
            Before::Targets(targets, scope) => {
                a.targets = *targets;
                a.assessment.service_scope = scope;
            }
        }
        Some((step.what, first))
    }
}

/// The systems, zones, conduits, scenarios and components of `a` as they are, before a change
/// to them.
pub fn plant_of(a: &Assessment) -> Before {
    Before::Plant {
        systems: a.systems.clone(),
        zones: a.zones.clone(),
        conduits: a.conduits.clone(),
        scenarios: a.scenarios.clone(),
        components: a.components.clone(),
        removed: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    #[test]
    fn undo_puts_back_newest_first_and_forgets_beyond_its_depth() {
        let mut a = Assessment::new("P", "en", vec!["q".into()], Timestamp::UNIX_EPOCH);
        let id = AnswerId::new("q", None, "R1");
        let mut h = History::default();
        for n in 0..=DEPTH {
            let before = a.answer(id.key()).cloned();
            h.record(Step {
                what: format!("answer {n}"),
                before: Before::Answers(vec![(id.clone(), before)]),
            });
            let mut x = Answer::new(&id, Timestamp::UNIX_EPOCH);
            x.value = Some(format!("v{n}").into());
            a.set_answer(x);
        }
        assert_eq!(h.len(), DEPTH);
        let (what, at) = h.undo(&mut a).unwrap();
        assert_eq!(what, format!("answer {DEPTH}"));
        assert_eq!(at, Some(id.clone()));
        assert_eq!(
            a.answer(id.key()).unwrap().value.as_deref(),
            Some(&*format!("v{}", DEPTH - 1))
        );
        while h.undo(&mut a).is_some() {}
        // The oldest step fell off: the answer stays at the value it had then.
        assert_eq!(a.answer(id.key()).unwrap().value.as_deref(), Some("v0"));
    }
}
