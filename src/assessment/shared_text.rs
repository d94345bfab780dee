//! Text that thousands of answers repeat (a questionnaire id, a zone, a requirement, a value, a
//! person's name), held once and shared. On a 500-zone plant a copy per answer weighed about a
//! fifth of the memory a loaded assessment takes.
//!
//! [`SharedText`] reads like a `&str` (it dereferences to one and compares with `str` and
//! `String`); it is written and read in TOML as a plain string. Reading a file shares equal texts
//! through a [`Sharing`] table (see `sections.rs`); text made any other way is simply its own copy,
//! which is always correct, only larger.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashSet;
use std::sync::Arc;

/// An immutable text that clones without copying.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SharedText(Arc<str>);

impl SharedText {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for SharedText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for SharedText {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Debug for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl From<&str> for SharedText {
    fn from(text: &str) -> Self {
        SharedText(Arc::from(text))
    }
}

impl From<String> for SharedText {
    fn from(text: String) -> Self {
        SharedText(Arc::from(text))
    }
}

impl From<&String> for SharedText {
    fn from(text: &String) -> Self {
        SharedText(Arc::from(text.as_str()))
    }
}

impl From<SharedText> for String {
    fn from(text: SharedText) -> Self {
        text.0.to_string()
    }
}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for SharedText {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<SharedText> for str {
    fn eq(&self, other: &SharedText) -> bool {
        *self == *other.0
    }
}

impl PartialEq<SharedText> for &str {
    fn eq(&self, other: &SharedText) -> bool {
        **self == *other.0
    }
}

impl PartialEq<SharedText> for String {
    fn eq(&self, other: &SharedText) -> bool {
        **self == *other.0
    }
}

impl Serialize for SharedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SharedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(SharedText::from)
    }
}

/// The texts seen so far while reading a file: each is kept once, and every equal text read
/// after it is replaced by a share of it.
#[derive(Default)]
pub struct Sharing(HashSet<SharedText>);

impl Sharing {
    /// Replace `text` by the share of an equal text seen before, or remember it.
    pub fn share(&mut self, text: &mut SharedText) {
        match self.0.get(text.as_str()) {
            Some(seen) => *text = seen.clone(),
            None => {
                self.0.insert(text.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_read_after_each_other_are_one() {
        let mut sharing = Sharing::default();
        let (mut a, mut b, mut c) = (SharedText::from("Z1"), SharedText::from("Z1"), SharedText::from("Z2"));
        sharing.share(&mut a);
        sharing.share(&mut b);
        sharing.share(&mut c);
        assert!(Arc::ptr_eq(&a.0, &b.0), "the second Z1 is a share of the first");
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        assert_eq!((a.as_str(), b.as_str(), c.as_str()), ("Z1", "Z1", "Z2"));
    }

    #[test]
    fn it_reads_and_writes_as_a_plain_string() {
        #[derive(Serialize, Deserialize)]
        struct T {
            zone: SharedText,
        }
        let t: T = toml::from_str("zone = \"Z 1\"\n").unwrap();
        let owned = String::from("Z 1");
        assert!(t.zone == "Z 1");
        assert!(t.zone == *"Z 1");
        assert!(t.zone == owned);
        assert!(owned == t.zone);
        assert_eq!(toml::to_string(&t).unwrap(), "zone = \"Z 1\"\n");
        assert_eq!(format!("{} {:?}", t.zone, t.zone), "Z 1 \"Z 1\"");
    }
}
