//! Where a zone sits in the usual picture of a plant: the layers of the reference model most
//! plants are drawn with (enterprise at the top, field and safety at the bottom). The assessor
//! sets a zone's layer; a zone without one takes it from its conduits (`diagram::layers`).
//!
//! Called "layer", not "level", on purpose: a level in this tool is a security or maturity level.
//! The numbers in the names are those of the Purdue reference model as commonly drawn; safety
//! systems have no number there and are drawn at the bottom, beside or below the field.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layer {
    /// Business systems: office, ERP, e-mail (levels 4 and 5).
    Enterprise,
    /// The industrial DMZ between office and plant (level 3.5).
    Dmz,
    /// Site operations: historians, patch and domain servers of the plant (level 3).
    Operations,
    /// Supervisory control: SCADA, HMIs, engineering stations (level 2).
    Supervisory,
    /// Basic control: controllers, PLCs, RTUs (level 1).
    Control,
    /// The process: sensors, actuators, drives (level 0).
    Field,
    /// Safety instrumented systems.
    Safety,
}

impl Layer {
    /// Every layer, top to bottom.
    pub const ALL: [Layer; 7] = [
        Layer::Enterprise,
        Layer::Dmz,
        Layer::Operations,
        Layer::Supervisory,
        Layer::Control,
        Layer::Field,
        Layer::Safety,
    ];

    /// 0 for the top layer, 6 for the bottom one.
    pub fn depth(self) -> usize {
        Layer::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// The layer at `depth` from the top, the bottom one below that.
    pub fn at_depth(depth: usize) -> Layer {
        Layer::ALL[depth.min(Layer::ALL.len() - 1)]
    }

    /// The word in files and on the command line: "enterprise", "dmz", ...
    pub fn key(self) -> &'static str {
        match self {
            Layer::Enterprise => "enterprise",
            Layer::Dmz => "dmz",
            Layer::Operations => "operations",
            Layer::Supervisory => "supervisory",
            Layer::Control => "control",
            Layer::Field => "field",
            Layer::Safety => "safety",
        }
    }

    /// The layer a file or command line names by its key (in any case), or a message listing
    /// the keys.
    pub fn named(key: &str) -> Result<Layer, String> {
        Layer::ALL
            .into_iter()
            .find(|l| l.key().eq_ignore_ascii_case(key.trim()))
            .ok_or_else(|| {
                let keys: Vec<&str> = Layer::ALL.iter().map(|l| l.key()).collect();
                format!("\"{key}\" is not a layer; say one of {}", keys.join(", "))
            })
    }

    /// The Fluent id of its name (ui.ftl): "layer-enterprise", ...
    pub fn message_id(self) -> String {
        format!("layer-{}", self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_and_key_round_trip() {
        for (i, l) in Layer::ALL.into_iter().enumerate() {
            assert_eq!(l.depth(), i);
            assert_eq!(Layer::at_depth(i), l);
            assert_eq!(Layer::named(&l.key().to_uppercase()), Ok(l));
        }
        assert_eq!(Layer::at_depth(40), Layer::Safety);
        assert!(
            Layer::named("purdue")
                .unwrap_err()
                .contains("say one of enterprise, dmz,")
        );
    }

    #[test]
    fn written_in_kebab_case() {
        #[derive(Serialize, Deserialize)]
        struct T {
            layer: Layer,
        }
        assert_eq!(
            toml::to_string(&T { layer: Layer::Dmz }).unwrap().trim(),
            "layer = \"dmz\""
        );
        assert!(toml::from_str::<T>("layer = \"level-2\"").is_err());
    }
}
