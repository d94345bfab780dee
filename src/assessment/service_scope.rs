//! Which services of a service provider an assessment covers (62443-2-4): integration,
//! maintenance or both. Requirements that concern only a service outside it are left out of
//! the results (each requirement names its services in the questionnaire).

use serde::{Deserialize, Serialize};

/// Which services of a provider an assessment covers (62443-2-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceScope {
    #[default]
    Both,
    Integration,
    Maintenance,
}

impl ServiceScope {
    pub fn is_both(&self) -> bool {
        *self == ServiceScope::Both
    }

    pub fn id(self) -> &'static str {
        match self {
            ServiceScope::Both => "both",
            ServiceScope::Integration => "integration",
            ServiceScope::Maintenance => "maintenance",
        }
    }

    /// Whether a requirement concerning `services` (empty: not stated, so all) is in this scope.
    pub fn covers(self, services: &[crate::catalog::Service]) -> bool {
        use crate::catalog::Service;
        match self {
            ServiceScope::Both => true,
            ServiceScope::Integration => services.is_empty() || services.contains(&Service::Integration),
            ServiceScope::Maintenance => services.is_empty() || services.contains(&Service::Maintenance),
        }
    }
}
