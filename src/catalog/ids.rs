//! Requirement identifiers as the standards write them ("SP.01.01 RE(1)", "SR 1.10", "ORG 1.1"):
//! the Fluent message id derived from one, and the natural order in which they sort.

use std::cmp::Ordering;

/// The Fluent message id of an identifier: lowercase ASCII letters and digits, every other run of
/// characters becomes one '-', no '-' at either end. "SP.01.01 RE(1)" -> "sp-01-01-re-1".
pub fn message_key(id: &str) -> String {
    let mut key = String::with_capacity(id.len());
    let mut pending_dash = false;
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_dash && !key.is_empty() {
                key.push('-');
            }
            pending_dash = false;
            key.push(c.to_ascii_lowercase());
        } else {
            pending_dash = true;
        }
    }
    key
}

/// Whether `key` is a valid Fluent message identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_fluent_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Natural order: runs of digits compare by value, so "SR 1.2" < "SR 1.10" and "SR 1.1" < "SR 1.1 RE(1)".
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    // Most comparisons (sorting and finding answers) are of equal ids: no need to walk them.
    if a == b {
        return Ordering::Equal;
    }
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let na = a.iter().take_while(|c| c.is_ascii_digit()).count();
                let nb = b.iter().take_while(|c| c.is_ascii_digit()).count();
                let (da, db) = (trim_zeros(&a[..na]), trim_zeros(&b[..nb]));
                let ord = da.len().cmp(&db.len()).then_with(|| da.cmp(db)).then(na.cmp(&nb));
                if ord != Ordering::Equal {
                    return ord;
                }
                a = &a[na..];
                b = &b[nb..];
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(y);
                }
                a = &a[1..];
                b = &b[1..];
            }
        }
    }
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let zeros = digits.iter().take_while(|&&c| c == b'0').count();
    &digits[zeros.min(digits.len().saturating_sub(1))..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_documented_rule() {
        assert_eq!(message_key("SP.01.01 RE(1)"), "sp-01-01-re-1");
        assert_eq!(message_key("SP.01"), "sp-01");
        assert_eq!(message_key("ORG 1.1"), "org-1-1");
        assert_eq!(message_key("SR 1.1 RE(2)"), "sr-1-1-re-2");
        assert_eq!(message_key("ZCR 5.6"), "zcr-5-6");
        assert_eq!(message_key(" (x) "), "x");
        assert!(is_fluent_identifier("sp-01"));
        assert!(!is_fluent_identifier("4-1"));
        assert!(!is_fluent_identifier(""));
    }

    #[test]
    fn natural_order_compares_numbers_by_value() {
        let mut ids = vec!["SR 1.10", "SR 1.2", "SR 1.1 RE(1)", "SR 1.1", "SR 2.1"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(ids, ["SR 1.1", "SR 1.1 RE(1)", "SR 1.2", "SR 1.10", "SR 2.1"]);
        assert_eq!(natural_cmp("SP.01.02 BR", "SP.01.10 BR"), Ordering::Less);
        assert_eq!(natural_cmp("a", "a"), Ordering::Equal);
    }
}
