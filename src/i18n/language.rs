//! Which language to speak: `--lang`, else the POSIX locale variables, negotiated against the
//! languages we have, always ending in English.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The language every message exists in; the end of every fallback chain.
pub const BASE_LANGUAGE: &str = "en";

pub fn base() -> LanguageIdentifier {
    unic_langid::langid!("en")
}

/// Turn a POSIX locale name ("de_DE.UTF-8", "fr_FR@euro", "C") into a language tag, or None for
/// the C / POSIX locale and empty values.
pub fn from_posix_locale(value: &str) -> Option<LanguageIdentifier> {
    let value = value.trim();
    let without_modifier = value.split('@').next().unwrap_or("");
    let without_codeset = without_modifier.split('.').next().unwrap_or("");
    if without_codeset.is_empty() || without_codeset == "C" || without_codeset == "POSIX" {
        return None;
    }
    without_codeset.replace('_', "-").parse().ok()
}

/// The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set and
/// not empty decides (as POSIX does); "C" and "POSIX" mean English.
pub fn from_environment(get: impl Fn(&str) -> Option<String>) -> Option<LanguageIdentifier> {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = get(var).filter(|v| !v.trim().is_empty()) {
            return from_posix_locale(&value);
        }
    }
    None
}

/// The ordered chain of languages to look messages up in: the best matches for `requested` among
/// `available`, then English.
pub fn fallback_chain(
    requested: Option<&LanguageIdentifier>,
    available: &[LanguageIdentifier],
) -> Vec<LanguageIdentifier> {
    let base = base();
    let requested: Vec<LanguageIdentifier> = requested.into_iter().cloned().collect();
    let mut chain: Vec<LanguageIdentifier> =
        negotiate_languages(&requested, available, Some(&base), NegotiationStrategy::Filtering)
            .into_iter()
            .cloned()
            .collect();
    chain.retain(|l| l != &base);
    chain.push(base);
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn posix_locale_names_become_tags() {
        assert_eq!(from_posix_locale("de_DE.UTF-8").unwrap().to_string(), "de-DE");
        assert_eq!(from_posix_locale("fr_FR@euro").unwrap().to_string(), "fr-FR");
        assert_eq!(from_posix_locale("fr").unwrap().to_string(), "fr");
        assert_eq!(from_posix_locale("C"), None);
        assert_eq!(from_posix_locale("C.UTF-8"), None);
        assert_eq!(from_posix_locale("POSIX"), None);
        assert_eq!(from_posix_locale(""), None);
    }

    #[test]
    fn lc_all_wins_then_lc_messages_then_lang() {
        let all = env(&[("LC_ALL", "fr_FR.UTF-8"), ("LC_MESSAGES", "de_DE"), ("LANG", "en_US")]);
        assert_eq!(from_environment(all).unwrap().to_string(), "fr-FR");
        let messages = env(&[("LC_ALL", ""), ("LC_MESSAGES", "de_DE"), ("LANG", "en_US")]);
        assert_eq!(from_environment(messages).unwrap().to_string(), "de-DE");
        let c = env(&[("LC_ALL", "C"), ("LANG", "de_DE")]);
        assert_eq!(from_environment(c), None);
        assert_eq!(from_environment(env(&[])), None);
    }

    #[test]
    fn chains_end_in_english() {
        let available: Vec<LanguageIdentifier> = ["en", "de", "fr"].iter().map(|l| l.parse().unwrap()).collect();
        let de_at: LanguageIdentifier = "de-AT".parse().unwrap();
        let chain: Vec<String> = fallback_chain(Some(&de_at), &available)
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert_eq!(chain, ["de", "en"]);
        let ja: LanguageIdentifier = "ja".parse().unwrap();
        let chain: Vec<String> = fallback_chain(Some(&ja), &available)
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert_eq!(chain, ["en"]);
        let chain: Vec<String> = fallback_chain(None, &available).iter().map(|l| l.to_string()).collect();
        assert_eq!(chain, ["en"]);
    }
}
