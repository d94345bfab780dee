//! The platform-facing part of storage: durable atomic writes, the lock beside an assessment, and
//! the temporaries a killed write leaves. Everything that differs between Unix and Windows is here.
//!
//! - `write_durably` writes a temporary file beside the target, named `.NAME.iacs-tmp-XXXXXX` (a
//!   random part of our own), flushes it, renames it over the target and flushes the folder. A
//!   write killed half way leaves only such a temporary; `remove_stale_temporaries` removes exactly
//!   those and never touches another file (a user's `.plant.toml.backup` stays).
//! - The lock is an advisory lock (std `File::try_lock`) on `.NAME.lock` beside the assessment,
//!   opened without following links, so a planted link cannot make us create a file elsewhere.
//! - On Unix every file we create is readable only by its owner (mode 0600).

use crate::error::{Error, Result};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What our temporaries carry after `.NAME.`; nothing else is ever removed as a leftover.
const TEMPORARY_MARK: &str = "iacs-tmp-";

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Write `bytes` to `path` atomically and durably: after it returns, the new content survives a
/// crash or a dead battery, and at no moment is there a half-written `path`.
pub fn write_durably(path: &Path, bytes: &[u8]) -> Result<()> {
    let context = || format!("cannot save {}", path.display());
    let dir = folder_of(path);
    let mut temporary = tempfile::Builder::new()
        .prefix(&format!(".{}.{TEMPORARY_MARK}", name_of(path)))
        .rand_bytes(6)
        .tempfile_in(dir)
        .map_err(|e| Error::io(context(), e))?;
    temporary.write_all(bytes).map_err(|e| Error::io(context(), e))?;
    temporary.as_file().sync_all().map_err(|e| Error::io(context(), e))?;
    temporary.persist(path).map_err(|e| Error::io(context(), e.error))?;
    sync_folder(dir).map_err(|e| Error::io(context(), e))
}

/// Make the rename itself durable.
#[cfg(unix)]
fn sync_folder(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Windows makes a rename durable with the file's own flush; folders cannot be opened for it.
#[cfg(not(unix))]
fn sync_folder(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Remove the temporaries that writes of `path` killed half way left behind (ours only: the exact
/// `.NAME.iacs-tmp-` prefix). Called with the lock held, so no write of ours is under way.
pub fn remove_stale_temporaries(path: &Path) {
    let prefix = format!(".{}.{TEMPORARY_MARK}", name_of(path));
    let Ok(entries) = std::fs::read_dir(folder_of(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let ours = entry.file_name().to_string_lossy().starts_with(&prefix);
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The lock file of the assessment at `path`.
pub fn lock_path(path: &Path) -> PathBuf {
    path.with_file_name(format!(".{}.lock", name_of(path)))
}

/// Whether `path` is the lock file of an assessment beside it.
pub fn is_lock_file(path: &Path) -> bool {
    let name = name_of(path);
    name.strip_prefix('.')
        .and_then(|n| n.strip_suffix(".lock"))
        .is_some_and(|assessment| !assessment.is_empty() && path.with_file_name(assessment).exists())
}

/// Open (creating it if needed) and lock the lock file of `path`. `Ok(None)`: another process
/// holds it.
pub fn lock(path: &Path) -> Result<Option<File>> {
    let lock = lock_path(path);
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Never follow a link planted at the lock's name.
        options
            .mode(0o600)
            .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    }
    let file = options.open(&lock).map_err(|e| {
        let kind = if std::fs::symlink_metadata(&lock).is_ok_and(|m| m.file_type().is_symlink()) {
            "is a link, not a lock file; remove it"
        } else {
            "cannot be created"
        };
        Error::io(format!("the lock file {} {kind}", lock.display()), e)
    })?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::io(format!("cannot lock {}", lock.display()), e)),
    }
}

/// `path` with its folder's links resolved and, if `path` itself is a link, followed to the file
/// it names: the file that is really read and written.
pub fn real_path(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    // Not there yet: resolve the folder, keep the name.
    match (folder_of(path).canonicalize(), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_temporaries_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plant.toml");
        write_durably(&file, b"x").unwrap();
        for name in [
            ".plant.toml.backup",
            ".plant.toml.abcdef",
            ".plant.toml.lock",
            ".plant.toml.iacs-tmpX",
            "plant.toml.iacs-tmp-abcdef",
            ".other.toml.iacs-tmp-abcdef",
        ] {
            std::fs::write(dir.path().join(name), b"keep").unwrap();
        }
        std::fs::write(dir.path().join(".plant.toml.iacs-tmp-Zz09Ab"), b"stale").unwrap();
        remove_stale_temporaries(&file);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".other.toml.iacs-tmp-abcdef",
                ".plant.toml.abcdef",
                ".plant.toml.backup",
                ".plant.toml.iacs-tmpX",
                ".plant.toml.lock",
                "plant.toml",
                "plant.toml.iacs-tmp-abcdef"
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_planted_at_the_lock_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plant.toml");
        std::fs::write(&file, b"x").unwrap();
        let target = dir.path().join("elsewhere");
        std::os::unix::fs::symlink(&target, lock_path(&file)).unwrap();
        let e = lock(&file).unwrap_err().to_string();
        assert!(e.contains("is a link"), "{e}");
        assert!(!target.exists(), "nothing created at the link's target");
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_private_and_whole() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        write_durably(&file, b"one").unwrap();
        write_durably(&file, b"two").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"two");
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary left");
    }
}
