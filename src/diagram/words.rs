//! The diagram's words in the assessment's language, shared by the SVG, the workbook's picture
//! and the terminal view's legend.

use super::Gap;
use crate::assessment::Layer;
use crate::i18n::Texts;
use fluent_bundle::FluentValue;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// The assessment's title.
    pub title: String,
    /// "Zones and conduits · 3 December 2026"
    pub subtitle: String,
    /// What the colours say.
    pub legend: String,
    /// How to read the levels in a box.
    pub levels_note: String,
    pub sl_t: String,
    pub sl_a: String,
    gaps: Vec<(Gap, String)>,
    layers: Vec<(Layer, String)>,
}

impl Words {
    pub fn new(texts: &Texts, title: &str, date: &str) -> Words {
        Words {
            title: title.to_string(),
            subtitle: texts.ui_with("diagram-subtitle", &[("date", FluentValue::from(date))]),
            legend: texts.ui("diagram-legend"),
            levels_note: texts.ui("diagram-levels-note"),
            sl_t: texts.ui("diagram-sl-t"),
            sl_a: texts.ui("diagram-sl-a"),
            gaps: Gap::ALL
                .iter()
                .map(|g| (*g, texts.ui(&format!("diagram-gap-{}", g.key()))))
                .collect(),
            layers: Layer::ALL.iter().map(|l| (*l, texts.ui(&l.message_id()))).collect(),
        }
    }

    pub fn gap(&self, gap: Gap) -> &str {
        self.gaps
            .iter()
            .find(|(g, _)| *g == gap)
            .map(|(_, w)| w.as_str())
            .unwrap_or("")
    }

    pub fn layer(&self, layer: Layer) -> &str {
        self.layers
            .iter()
            .find(|(l, _)| *l == layer)
            .map(|(_, w)| w.as_str())
            .unwrap_or("")
    }
}
