//! Learn mode's topics: short explanations of the concepts, in `locales/<lang>/learn.ftl`, each a
//! message with `.title` and `.body`. The questionnaires themselves are browsed from the catalog.

/// The topics, in the order a class meets them.
pub const TOPICS: [&str; 11] = [
    "learn-standards",
    "learn-maturity",
    "learn-service-providers",
    "learn-components",
    "learn-security-levels",
    "learn-sl-vectors",
    "learn-zones-conduits",
    "learn-risk",
    "learn-process-3-2",
    "learn-regulations",
    "learn-using-the-tool",
];

/// The topic shown with the demo's zone diagram (its text speaks of what the picture shows).
pub const DIAGRAM_TOPIC: &str = "learn-zones-conduits";

/// The domain (file name) of the learn texts.
pub const DOMAIN: &str = "learn";
