//! The messages of one language and domain (one `.ftl` file name), parsed the first time one of
//! them is needed. A command in English never parses the German and French files, and the home
//! screen never parses the questionnaires' texts.
//!
//! Which files may be parsed late: the files built into the binary are checked by `validate` and
//! the test suite before a release, so their parse cannot fail at run time. The user's own files
//! (`--locales`, the config file's folders) are parsed when the texts are loaded, so a broken one
//! is reported at start with its file, line and column, as before; here they are parsed a second
//! time (they are small, and a parsed resource cannot be copied).

use super::nesting;
use super::{Bundle, LocaleFile};
use std::cell::OnceCell;
use unic_langid::LanguageIdentifier;

pub(super) struct Domain {
    langid: LanguageIdentifier,
    /// The built-in file first, then the overlays in the order they were given.
    files: Vec<LocaleFile>,
    bundle: OnceCell<Bundle>,
}

impl Domain {
    pub(super) fn new(langid: LanguageIdentifier) -> Domain {
        Domain {
            langid,
            files: Vec::new(),
            bundle: OnceCell::new(),
        }
    }

    pub(super) fn add(&mut self, file: LocaleFile) {
        self.files.push(file);
        // A file added after the first use would not be seen; start again.
        self.bundle = OnceCell::new();
    }

    pub(super) fn files(&self) -> &[LocaleFile] {
        &self.files
    }

    /// The bundle, parsed now if this is the first use. A later file's messages replace an
    /// earlier one's (overlays). A file that does not parse adds nothing (see the module text).
    pub(super) fn bundle(&self) -> &Bundle {
        self.bundle.get_or_init(|| {
            let mut bundle = super::new_bundle(self.langid.clone());
            for resource in nesting::parse_all(&self.files).into_iter().flatten() {
                bundle.add_resource_overriding(resource);
            }
            bundle
        })
    }

    /// Whether the bundle has been parsed.
    pub(super) fn is_parsed(&self) -> bool {
        self.bundle.get().is_some()
    }
}
