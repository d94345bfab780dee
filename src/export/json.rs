//! JSON export: the assessment with titles, its score and its regulatory alignment, field names
//! stable (docs/export-json.md).

use crate::alignment::{self, Alignment};
use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crate::planning::{self, EffortScale, Plan};
use crate::scoring::{self, Score};
use jiff::civil::Date;
use serde::Serialize;

/// Version of the export layout.
/// 2: the embedded score is schema 2 (SL-A may be null per FR, the risk-level method renamed).
/// 3: the remediation plan: `actions` (every field, history included) and, when there are any,
/// `plan` (the order of the actions with why each matters, and the projections per stage).
/// 4: `alignments`: the assessment aligned with every mapping that concerns it (NIS2, CSF 2.0,
/// the CRA, an organisation's own), as `align --json` gives it.
pub const SCHEMA: u32 = 4;

#[derive(Serialize)]
struct Export<'a> {
    schema: u32,
    tool: &'static str,
    tool_version: &'static str,
    assessment: &'a crate::assessment::Metadata,
    /// The `[[interviewee]]` tables (name, role, organisation); absent while there are none.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    interviewees: &'a [crate::assessment::Interviewee],
    zones: &'a [crate::assessment::Zone],
    conduits: &'a [crate::assessment::Conduit],
    /// The `[[component]]` tables (62443-4-2) with their declared SL-C; absent while there are
    /// none. Their SL-C that counts and the zone check are in `score`.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    components: &'a [crate::assessment::Component],
    scenarios: &'a [crate::assessment::Scenario],
    answers: Vec<AnswerOut<'a>>,
    actions: &'a [crate::assessment::Action],
    /// Absent while the assessment has no actions.
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<Plan>,
    /// One per mapping that links to a questionnaire of the assessment (`alignment::relevant`).
    alignments: Vec<Alignment>,
    score: Score,
}

#[derive(Serialize)]
struct AnswerOut<'a> {
    #[serde(flatten)]
    answer: &'a crate::assessment::Answer,
    title: String,
}

/// The export of `a`, its plan as of `as_of` ranked with the effort scale `effort`.
pub fn render(a: &Assessment, catalog: &Catalog, texts: &Texts, as_of: Date, effort: &EffortScale) -> Result<Vec<u8>> {
    let score = scoring::score_on(a, catalog, as_of);
    let export = Export {
        schema: SCHEMA,
        tool: "iacs-assess",
        tool_version: env!("CARGO_PKG_VERSION"),
        assessment: &a.assessment,
        interviewees: &a.interviewees,
        zones: &a.zones,
        conduits: &a.conduits,
        components: &a.components,
        scenarios: &a.scenarios,
        answers: a
            .answers()
            .iter()
            .map(|ans| AnswerOut {
                answer: ans,
                title: super::requirement_title(catalog, texts, &ans.questionnaire, &ans.requirement),
            })
            .collect(),
        actions: &a.actions,
        plan: (!a.actions.is_empty()).then(|| planning::plan_for(a, catalog, as_of, effort, &score)),
        alignments: alignment::relevant(a, catalog)
            .into_iter()
            .map(|m| alignment::align(a, catalog, &score, m))
            .collect(),
        score,
    };
    let mut bytes = serde_json::to_vec_pretty(&export).map_err(|e| Error::usage(e.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}
