//! Reading and writing assessment files safely.
//!
//! - A file is written whole to a temporary file beside it, flushed to disk, renamed over the old
//!   one, and the folder is flushed too: after `save` returns, the new content survives a crash or a
//!   dead battery, and at no moment is there a half-written file. The file is readable only by its
//!   owner (mode 0600).
//! - An open assessment is locked (an advisory lock on a hidden `.NAME.lock` file beside it), so a
//!   second iacs-assess process cannot silently overwrite it.
//! - A file changed by another program since it was read is not overwritten.
//! - A file that does not parse, fails the checks, or comes from a newer format is refused and never
//!   written to.

use super::check;
pub use super::disk::write_durably;
use super::disk::{self, remove_stale_temporaries};
use super::model::{Assessment, FORMAT};
use crate::catalog::Catalog;
use crate::error::{Diagnostic, Error, Result};
use crate::toml_input;
use std::fs::File;
use std::path::{Path, PathBuf};

/// Parse and check assessment text. `path` names it in messages.
pub fn parse(path: &Path, text: &str, catalog: &Catalog) -> Result<Assessment> {
    match toml_input::format_version(path, text) {
        Ok(Some(v)) if v > FORMAT => {
            return Err(Error::invalid(
                path,
                format!(
                    "this assessment was written by a newer iacs-assess (file format {v}; this version reads up to {FORMAT}); update iacs-assess to open it. The file was not changed."
                ),
            ));
        }
        Ok(Some(_)) => {}
        Ok(None) => {
            return Err(Error::invalid(
                path,
                "this is not an iacs-assess assessment (no `format` number at the top). The file was not changed.",
            ));
        }
        Err(d) => return Err(Error::Invalid(vec![d])),
    }
    let mut assessment = match super::sections::parse(text) {
        Some(a) => a,
        None => toml_input::parse(path, text).map_err(|d| Error::Invalid(vec![d]))?,
    };
    let problems = check::check(&assessment, catalog, path, text);
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    // An older format is read as it was meant and written in this build's format from the next
    // save on.
    assessment.after_reading();
    assessment.answers_to_first_system(catalog);
    Ok(assessment)
}

/// Read an assessment without locking it (for score and export, which never write it).
pub fn read(path: &Path, catalog: &Catalog) -> Result<Assessment> {
    let text = read_text(path)?;
    parse(path, &text, catalog)
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = crate::limits::read_file(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        Error::Invalid(vec![
            Diagnostic::new(
                path,
                "this is not an iacs-assess assessment (the file is not UTF-8 text). The file was not changed.",
            )
            .at(Some(crate::error::Position::of_offset(&text, valid))),
        ])
    })
}

/// The serialized form of an assessment, exactly as it is written to disk.
pub fn to_toml(assessment: &Assessment) -> Result<String> {
    let body =
        toml::to_string(assessment).map_err(|e| Error::usage(format!("cannot write the assessment as TOML: {e}")))?;
    Ok(format!("{HEADER}\n{body}"))
}

/// The first line of every assessment iacs-assess writes. The file is rewritten whole after every
/// change, so comments a person adds do not survive the next save: the first time a file with
/// comments is rewritten, it is copied aside (see `AssessmentFile::take_backup`).
pub const HEADER: &str =
    "# iacs-assess assessment: plain TOML, safe in git. Rewritten after every change; comments are not kept.";

/// Whether a person wrote comments into the text (any `#` line but the header; a line of a
/// multi-line note that starts with `#` also counts, which only costs an unneeded copy).
fn has_comments(text: &str) -> bool {
    text.lines()
        .map(str::trim_start)
        .any(|l| l.starts_with('#') && !l.starts_with("# iacs-assess assessment"))
}

/// A name beside `path` for the copy of a commented file: `NAME.with-comments.bak`, numbered if taken.
fn backup_name(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (1..)
        .map(|n| match n {
            1 => path.with_file_name(format!("{name}.with-comments.bak")),
            n => path.with_file_name(format!("{name}.with-comments-{n}.bak")),
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| path.with_file_name(format!("{name}.with-comments.bak")))
}

/// A SHA-256 of a file's bytes: what the file held when we last read or wrote it. Changes by other
/// programs are noticed by content, so a `touch` (a sync or backup tool) changes nothing, and an
/// edit that keeps size and time is still seen.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Digest([u8; 32]);

impl std::fmt::Debug for Digest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0[..6].iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

pub fn digest(bytes: &[u8]) -> Digest {
    use sha2::Digest as _;
    Digest(sha2::Sha256::digest(bytes).into())
}

/// The digest of the file's bytes now; `None` when there is no file. The file is read through the
/// hash a piece at a time, not held whole.
fn digest_on_disk(path: &Path) -> Result<Option<Digest>> {
    use sha2::Digest as _;
    let cannot = |e| Error::io(format!("cannot read {}", path.display()), e);
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot(e)),
    };
    let mut hasher = sha2::Sha256::new();
    std::io::copy(&mut file, &mut hasher).map_err(cannot)?;
    Ok(Some(Digest(hasher.finalize().into())))
}

/// The file as another program left it, and the version we last read or wrote: what re-applying
/// unsaved changes needs (a three-way merge, see `three_way`).
#[derive(Debug)]
pub struct Reloaded {
    /// The assessment as we last read or wrote it.
    pub base: Assessment,
    /// The assessment as it is on disk now.
    pub theirs: Assessment,
    /// The digest of what is on disk now: `save_over` writes only if it is still there.
    pub digest: Digest,
}

/// Where an open assessment is saved. The interface saves through this, so a test can put a
/// failing disk (full, read-only) or a file changed by another program in place of the real file.
/// `Send`: the interface saves on a thread of its own (`tui/writer.rs`).
pub trait Store: Send {
    /// Write the assessment, unless the file was changed by another program since we last read or
    /// wrote it ([`Error::ChangedOnDisk`]).
    fn save(&mut self, assessment: &Assessment) -> Result<()>;

    /// [`Store::save`] of a snapshot another thread shares: let go of it as soon as it is no longer
    /// needed (the real file: once serialized, before the disk is touched), so the sharer can
    /// change its assessment again without copying it.
    fn save_snapshot(&mut self, snapshot: std::sync::Arc<Assessment>) -> Result<()> {
        self.save(&snapshot)
    }

    /// Read what another program left in the file, with the version we last read or wrote.
    fn reload(&mut self, _catalog: &Catalog) -> Result<Reloaded> {
        Err(Error::usage("this file cannot be read back"))
    }

    /// Write the assessment over the version `reload` returned, if the file still holds it.
    fn save_over(&mut self, assessment: &Assessment, _theirs: Digest) -> Result<()> {
        self.save(assessment)
    }

    /// The text last read or written (what a recovery copy is based on), if the store keeps it.
    fn base_text(&self) -> Option<String> {
        None
    }

    /// Where a file with hand-written comments was copied before it was rewritten, once.
    fn take_backup(&mut self) -> Option<PathBuf> {
        None
    }
}

impl Store for AssessmentFile {
    fn save(&mut self, assessment: &Assessment) -> Result<()> {
        AssessmentFile::save(self, assessment)
    }

    fn save_snapshot(&mut self, snapshot: std::sync::Arc<Assessment>) -> Result<()> {
        let text = to_toml(&snapshot)?;
        drop(snapshot);
        self.save_text(&text)
    }

    fn reload(&mut self, catalog: &Catalog) -> Result<Reloaded> {
        AssessmentFile::reload(self, catalog)
    }

    fn save_over(&mut self, assessment: &Assessment, theirs: Digest) -> Result<()> {
        let text = to_toml(assessment)?;
        self.save_text_over(text, Some(theirs))
    }

    fn base_text(&self) -> Option<String> {
        Some(self.base.clone())
    }

    fn take_backup(&mut self) -> Option<PathBuf> {
        AssessmentFile::take_backup(self)
    }
}

/// An assessment file held open for writing: locked against other iacs-assess processes.
#[derive(Debug)]
pub struct AssessmentFile {
    path: PathBuf,
    _lock: File,
    /// The text last read or written: the common ancestor when another program changed the file.
    base: String,
    /// Its digest; `None` before the first write of a new file.
    seen: Option<Digest>,
    /// The text as read held comments a person wrote: copy it aside before the first rewrite.
    commented: bool,
    /// Where that copy went, until someone asks (`take_backup`).
    backup: Option<PathBuf>,
}

fn acquire_lock(path: &Path) -> Result<File> {
    disk::lock(path)?.ok_or_else(|| Error::Locked(path.to_path_buf()))
}

impl AssessmentFile {
    /// Open an existing assessment for editing: lock, read, check.
    /// A link is followed: the file it names is locked, read and written (the link stays).
    pub fn open(path: &Path, catalog: &Catalog) -> Result<(AssessmentFile, Assessment)> {
        if !path.exists() {
            return Err(Error::invalid(path, "no such file"));
        }
        let path = &disk::real_path(path);
        let lock = acquire_lock(path)?;
        remove_stale_temporaries(path);
        let text = read_text(path)?;
        let assessment = parse(path, &text, catalog)?;
        Ok((
            AssessmentFile {
                path: path.to_path_buf(),
                _lock: lock,
                seen: Some(digest(text.as_bytes())),
                commented: has_comments(&text),
                backup: None,
                base: text,
            },
            assessment,
        ))
    }

    /// Create a new assessment file; an existing file is never replaced.
    pub fn create(path: &Path, assessment: &Assessment) -> Result<AssessmentFile> {
        // Anything at the name, a dangling link included, is left alone.
        if std::fs::symlink_metadata(path).is_ok() {
            return Err(Error::usage(format!(
                "{} already exists; choose another name or open it",
                path.display()
            )));
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && !parent.is_dir()
        {
            return Err(Error::usage(format!("the folder {} does not exist", parent.display())));
        }
        let path = &disk::real_path(path);
        let lock = acquire_lock(path)?;
        let mut file = AssessmentFile {
            path: path.to_path_buf(),
            _lock: lock,
            base: String::new(),
            seen: None,
            commented: false,
            backup: None,
        };
        file.save(assessment)?;
        Ok(file)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Write the assessment atomically and durably. Refuses when another program changed the
    /// file since we read or wrote it.
    pub fn save(&mut self, assessment: &Assessment) -> Result<()> {
        let text = to_toml(assessment)?;
        self.save_text_over(text, self.seen)
    }

    /// Write already serialized text (see [`to_toml`]).
    pub fn save_text(&mut self, text: &str) -> Result<()> {
        self.save_text_over(text.to_string(), self.seen)
    }

    /// Write `text` if the file on disk still holds the content with digest `expected` (`None`:
    /// if there is no file). The text is kept as the new base, not copied.
    fn save_text_over(&mut self, text: String, expected: Option<Digest>) -> Result<()> {
        if digest_on_disk(&self.path)? != expected {
            return Err(Error::ChangedOnDisk(self.path.clone()));
        }
        if self.commented {
            // The comments a person wrote would be gone after this write: keep the file as it was.
            let copy = backup_name(&self.path);
            write_durably(&copy, self.base.as_bytes())?;
            self.commented = false;
            self.backup = Some(copy);
        }
        write_durably(&self.path, text.as_bytes())?;
        self.seen = Some(digest(text.as_bytes()));
        self.base = text;
        Ok(())
    }

    /// Where a file with comments was copied before its first rewrite, once (then `None`).
    pub fn take_backup(&mut self) -> Option<PathBuf> {
        self.backup.take()
    }

    /// The file as another program left it, and the version we last read or wrote.
    pub fn reload(&mut self, catalog: &Catalog) -> Result<Reloaded> {
        let text = read_text(&self.path)?;
        let theirs = parse(&self.path, &text, catalog)?;
        if has_comments(&text) {
            // What is about to be merged and written over holds comments: keep it as it is.
            let copy = backup_name(&self.path);
            write_durably(&copy, text.as_bytes())?;
            self.backup = Some(copy);
        }
        // What we wrote ourselves passed every check; read it back without them, so a base that a
        // newer catalog would question still serves as the common ancestor.
        let mut base: Assessment = toml::from_str(&self.base)
            .map_err(|e| Error::usage(format!("cannot read back what was last saved: {e}")))?;
        base.after_reading();
        base.answers_to_first_system(catalog);
        Ok(Reloaded {
            base,
            theirs,
            digest: digest(text.as_bytes()),
        })
    }
}
