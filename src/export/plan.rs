//! The remediation plan as the exports show it: the actions in plan order with what each addresses
//! and why it matters, in the texts' language (shared by the CSV, the JSON and the workbook), and
//! the plan CSV: one row per action.

use super::csv_dialect::{CsvDialect, CsvOut};
use crate::assessment::{Action, Assessment};
use crate::catalog::Catalog;
use crate::catalog::ids::natural_cmp;
use crate::error::Result;
use crate::i18n::Texts;
use crate::planning::{self, EffortScale, PlanItem, Why};
use fluent_bundle::FluentValue;
use jiff::civil::Date;

/// Every action of `plan` with its place in it, in plan order.
pub fn in_order<'a>(a: &'a Assessment, items: &'a [PlanItem]) -> Vec<(&'a Action, &'a PlanItem)> {
    items
        .iter()
        .filter_map(|item| a.action(&item.id).map(|action| (action, item)))
        .collect()
}

/// The requirements an action addresses, one per questionnaire and requirement
/// ("iec62443-3-3 SR 1.1").
pub fn requirements(action: &Action) -> Vec<String> {
    action
        .addresses
        .iter()
        .map(|x| format!("{} {}", x.questionnaire, x.requirement))
        .collect()
}

/// The zones and conduits an action addresses, each once, in natural order.
pub fn targets(action: &Action) -> Vec<String> {
    let mut out: Vec<String> = action.addresses.iter().flat_map(|x| x.targets.clone()).collect();
    out.sort_by(|x, y| natural_cmp(x, y));
    out.dedup();
    out
}

/// The requirements with their zones and conduits, one per line: "SR 1.1: Z1, Z2".
pub fn requirements_with_targets(action: &Action) -> String {
    action
        .addresses
        .iter()
        .map(|x| match x.targets.is_empty() {
            true => x.requirement.clone(),
            false => format!("{}: {}", x.requirement, x.targets.join(", ")),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Why an action matters, in parts: the FRs it lifts per zone or conduit ("lifts Z1 IAC→2,
/// UC→2"), the maturity groups it raises, the intolerable scenarios it addresses, and how many of
/// its requirements nobody answered yet.
pub fn why_parts(texts: &Texts, why: &Why) -> Vec<String> {
    let mut out = Vec::new();
    let lifts = planning::text::lifts(why);
    if !lifts.is_empty() {
        out.push(texts.ui_with(
            "export-plan-why-lifts",
            &[("list", FluentValue::from(lifts.join("; ")))],
        ));
    }
    let raises = planning::text::raises(why);
    if !raises.is_empty() {
        out.push(texts.ui_with(
            "export-plan-why-raises",
            &[("list", FluentValue::from(raises.join(", ")))],
        ));
    }
    if !why.intolerable.is_empty() {
        out.push(texts.ui_with(
            "export-plan-why-intolerable",
            &[("list", FluentValue::from(why.intolerable.join(", ")))],
        ));
    }
    if !why.unanswered.is_empty() {
        out.push(texts.ui_with(
            "export-plan-why-unanswered",
            &[("count", FluentValue::from(why.unanswered.len()))],
        ));
    }
    out
}

pub const CSV_HEADER: [&str; 14] = [
    "id",
    "phase",
    "status",
    "title",
    "owner",
    "due",
    "effort",
    "overdue",
    "requirements",
    "targets",
    "scenarios",
    "why",
    "intolerable",
    "description",
];

/// The plan CSV: one row per action in plan order (in `dialect`, CRLF), status, overdue and why
/// in the texts' language, cells that would start a formula neutralised.
pub fn render_csv(
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    (as_of, effort): (Date, &EffortScale),
    dialect: CsvDialect,
) -> Result<Vec<u8>> {
    // The order and the reasons; a CSV of actions has no place for projections.
    let score = crate::scoring::score_on(a, catalog, as_of);
    let items = planning::ordered(a, as_of, effort, &score, &planning::needs::needs(&score));
    let mut w = CsvOut::new(dialect, texts.language(), &CSV_HEADER)?;
    for (action, item) in in_order(a, &items) {
        let row = [
            action.id.clone(),
            action.phase.map(|p| p.to_string()).unwrap_or_default(),
            planning::text::status_label(texts, action.status),
            action.title.clone(),
            action.owner.clone(),
            action.due.map(|d| d.to_string()).unwrap_or_default(),
            action.effort.clone(),
            if item.overdue {
                texts.ui("plan-overdue")
            } else {
                String::new()
            },
            requirements(action).join("; "),
            targets(action).join("; "),
            action.scenarios.join("; "),
            why_parts(texts, &item.why).join("; "),
            item.why.intolerable.join("; "),
            action.description.clone(),
        ];
        w.row(&row)?;
    }
    w.finish()
}
