//! The parts of the threat scenario form that feed the SL-T rules: the FRs a scenario acts through
//! (typed as numbers or short names, empty for all seven) and, per impact category of the risk
//! model, whether the scenario reaches its impact there (consequence floors look at it).

use crate::assessment::{FR_NAMES, Scenario};
use crate::catalog::risk_model::RiskModel;
use crate::i18n::Texts;
use crate::tui::forms::form::{self, Form, FormField};

/// The label prefix of the yes/no field of one impact category.
use crate::tui::forms::form::IMPACT_CATEGORY as CATEGORY;

/// The FR field and one yes/no field per impact category, filled from `current`.
pub fn fields(model: Option<&RiskModel>, current: Option<&Scenario>, tx: &Texts) -> Vec<FormField> {
    let frs = current.map(|s| frs_text(&s.frs)).unwrap_or_default();
    let mut fields = vec![form::text("form-frs", &frs)];
    for c in model.map(|m| m.impact.categories.as_slice()).unwrap_or_default() {
        let yes = current.is_some_and(|s| s.impact_categories.contains(c));
        fields.push(form::choice(
            format!("{CATEGORY}{c}"),
            vec![tx.ui("choice-no"), tx.ui("choice-yes")],
            usize::from(yes),
        ));
    }
    fields
}

/// "IAC UC RDF" for [1, 2, 5]; empty for all seven.
fn frs_text(frs: &[u8]) -> String {
    let names: Vec<&str> = frs
        .iter()
        .filter_map(|f| FR_NAMES.get(usize::from(f.saturating_sub(1))).copied())
        .collect();
    names.join(" ")
}

/// The FRs typed: numbers 1-7 or short names (IAC ... RA), separated by spaces or commas; empty
/// means all seven. A word that is neither is refused (as a ui message id).
pub fn frs(form: &Form) -> Result<Vec<u8>, &'static str> {
    let text = form.value_of("form-frs").unwrap_or_default();
    let mut frs = Vec::new();
    for word in text.split([' ', ',', ';']).filter(|w| !w.is_empty()) {
        let fr = match word.parse::<u8>() {
            Ok(n) if (1..=7).contains(&n) => n,
            _ => match FR_NAMES.iter().position(|n| n.eq_ignore_ascii_case(word)) {
                Some(i) => i as u8 + 1,
                None => return Err("form-error-frs"),
            },
        };
        if !frs.contains(&fr) {
            frs.push(fr);
        }
    }
    frs.sort_unstable();
    if frs.len() == 7 {
        frs.clear();
    }
    Ok(frs)
}

/// The impact categories answered "yes".
pub fn categories(form: &Form) -> Vec<String> {
    form.fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| Some((i, f.label.strip_prefix(CATEGORY)?)))
        .filter(|(i, _)| form.index(*i) == 1)
        .map(|(_, c)| c.to_string())
        .collect()
}
