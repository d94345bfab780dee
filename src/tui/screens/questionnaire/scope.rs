//! Service providers' marks on the questionnaire screen (62443-2-4): a requirement outside the
//! service scope assessed (marked, dimmed, its answer pane saying where the scope is changed),
//! and a group whose requirements are all answered "not offered".

use crate::catalog::Questionnaire;
use crate::catalog::tree;
use crate::tui::model::Model;
use ratatui::text::{Line, Span};

/// The mark of a requirement outside the service scope assessed (62443-2-4).
pub const OUTSIDE_SCOPE: &str = "◌";

/// Whether a requirement of `group` within the service scope assessed is answered "not offered"
/// (for a group none of whose requirements applies: it is not offered rather than not applicable).
pub fn not_offered(model: &Model, q: &Questionnaire, group: usize) -> bool {
    let Some(s) = model.session.as_ref() else {
        return false;
    };
    tree::requirements_of(q, group)
        .into_iter()
        .filter_map(|i| q.requirements.get(i))
        .filter(|r| s.assessment.asks(r, s.target.as_deref()))
        .any(|r| {
            let value = model.answer_to(&r.id).and_then(|a| a.value.as_deref());
            value
                .and_then(|v| model.catalog.scale_of(r)?.value(v))
                .is_some_and(|v| v.not_offered)
        })
}

/// In place of the answer and its keys, for a requirement outside the service scope assessed:
/// that it is outside, and where the scope is changed.
pub fn outside_scope_lines(model: &Model) -> Vec<Line<'static>> {
    let (t, tx) = (&model.theme, &model.texts);
    let scope = model
        .session
        .as_ref()
        .map(|s| s.assessment.assessment.service_scope.id())
        .unwrap_or("both");
    let hint = tx.ui_with(
        "answer-outside-scope-hint",
        &[
            ("scope", tx.ui(&format!("service-scope-{scope}")).into()),
            ("results", model.keymap.name(crate::tui::keymap::Action::Results).into()),
        ],
    );
    vec![
        Line::from(vec![
            Span::styled(tx.label("label-answer"), t.text),
            Span::styled(format!("{OUTSIDE_SCOPE} {}", tx.ui("outside-service-scope")), t.warn),
        ]),
        Line::from(Span::styled(hint, t.dim)),
    ]
}
