//! Moving to a requirement that matches: the next unanswered or flagged one, or a search by id or
//! words in the current questionnaire.

use crate::tui::model::Model;

/// Move to the next requirement (after the cursor, wrapping) that `want` accepts.
pub fn jump(model: &mut Model, want: impl Fn(&Model, &str) -> bool) {
    let Some(q) = model.questionnaire() else { return };
    let n = q.requirements.len();
    let Some(cursor) = model.session.as_ref().map(|s| s.cursor) else {
        return;
    };
    let found = (1..=n)
        .map(|step| (cursor + step) % n)
        .find(|&i| want(model, &q.requirements[i].id));
    match (found, model.session.as_mut()) {
        (Some(i), Some(s)) => s.cursor = i,
        _ => model.notice = Some(model.texts.ui("notice-none-found")),
    }
}

/// Move to the next requirement whose id, title or question contains the last search.
pub fn search(model: &mut Model) {
    let query = model
        .session
        .as_ref()
        .map(|s| s.search.to_lowercase())
        .unwrap_or_default();
    if query.is_empty() {
        return;
    }
    let Some(qid) = model.questionnaire().map(|q| q.id.clone()) else {
        return;
    };
    jump(model, |m, r| {
        let Some(req) = m.catalog.questionnaire(&qid).and_then(|q| q.requirement(r)) else {
            return false;
        };
        req.id.to_lowercase().contains(&query)
            || ["title", "question"]
                .iter()
                .any(|a| m.texts.get(&qid, &req.key, Some(a)).to_lowercase().contains(&query))
    });
}
