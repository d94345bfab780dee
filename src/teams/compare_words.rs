//! A change between two assessments in words of the texts' language, for people (the terminal
//! table and the compare workbook): answers by their scale's labels ("ML3 Defined", "Not met"),
//! action statuses in words, the area and the direction named. `--json` keeps the ids.

use super::compare::{Change, Direction};
use crate::assessment::ActionStatus;
use crate::catalog::Catalog;
use crate::i18n::Texts;

/// One change as people read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeWords {
    pub area: String,
    /// Questionnaire and zone or conduit ("iec62443-3-3 / Z1"), or the one of them there is.
    pub place: String,
    pub questionnaire: String,
    pub target: String,
    pub item: String,
    pub old: String,
    pub new: String,
    pub direction: String,
    pub title: String,
}

pub fn direction(texts: &Texts, d: Direction) -> String {
    texts.ui(match d {
        Direction::Up => "compare-up",
        Direction::Down => "compare-down",
        Direction::Changed => "compare-changed",
        Direction::New => "compare-new",
        Direction::Removed => "compare-removed",
        Direction::GapClosed => "compare-gap-closed",
        Direction::GapNew => "compare-gap-new",
        Direction::Opened => "compare-opened",
        Direction::Closed => "compare-closed",
        Direction::Slipped => "compare-slipped",
    })
}

/// The area in words ("answer" -> "Answer", "Antwort").
pub fn area(texts: &Texts, area: &str) -> String {
    texts.ui(&format!("compare-area-{area}"))
}

/// A value of a change in words: an answer by its scale's label, a gap, an action's status or
/// "overdue" in words, "n/a" of a security level; dates, numbers and names as they are.
pub fn value(catalog: &Catalog, texts: &Texts, c: &Change, value: &str) -> String {
    if value.is_empty() {
        return String::new();
    }
    match c.area {
        "answer" => catalog
            .questionnaire(&c.questionnaire)
            .and_then(|q| q.requirement(&c.item))
            .and_then(|r| catalog.scale_of(r))
            .filter(|s| s.value(value).is_some())
            .map(|s| texts.get("scales", &format!("{}-{value}", s.id), Some("label")))
            .unwrap_or_else(|| value.to_string()),
        "gap" => texts.ui("compare-gap"),
        "security-level" | "sl-c" if value == "n/a" => texts.ui("label-sl-na"),
        "zone-check" if value == "not-assessed" => texts.ui("label-not-assessed"),
        "zone-check" if value == "unknown" => texts.ui("compare-sl-c-unknown"),
        "action" if value == "overdue" => texts.ui("plan-overdue"),
        "action" => ActionStatus::ALL
            .iter()
            .find(|s| s.name() == value)
            .map(|s| crate::planning::text::status_label(texts, *s))
            .unwrap_or_else(|| value.to_string()),
        _ => value.to_string(),
    }
}

/// Every field of `c` in words.
pub fn words(catalog: &Catalog, texts: &Texts, c: &Change) -> ChangeWords {
    let place = match &c.target {
        Some(t) if c.questionnaire.is_empty() => t.clone(),
        Some(t) => format!("{} / {t}", c.questionnaire),
        None => c.questionnaire.clone(),
    };
    ChangeWords {
        area: area(texts, c.area),
        place,
        questionnaire: c.questionnaire.clone(),
        target: c.target.clone().unwrap_or_default(),
        item: c.item.clone(),
        old: value(catalog, texts, c, &c.old),
        new: value(catalog, texts, c, &c.new),
        direction: direction(texts, c.direction),
        title: c.title.clone().unwrap_or_default(),
    }
}

/// The rows of the compare table in the terminal, in words.
pub fn table_lines(catalog: &Catalog, texts: &Texts, changes: &[Change]) -> Vec<String> {
    changes
        .iter()
        .map(|c| {
            let w = words(catalog, texts, c);
            let title = if w.title.is_empty() {
                String::new()
            } else {
                format!("  {}", w.title)
            };
            format!(
                "  {:<14} {:<26} {:<16} {:>15} -> {:<15} {}{title}",
                w.area, w.place, w.item, w.old, w.new, w.direction
            )
        })
        .collect()
}
