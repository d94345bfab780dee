//! How much the program reads: far more than any real assessment, questionnaire, text file or
//! workbook, and little enough that a broken or hostile file is refused in a moment instead of
//! costing gigabytes of memory (100 MB of `[` used to take 5 GB before it was refused).
//!
//! One limit covers every file the program reads and every part of a workbook once unpacked:
//! 64 MB unless the config file says otherwise (`max_file_mb`). It is read with the config at
//! start-up and holds for the whole process.

use crate::error::Diagnostic;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// The limit when the config file sets none, in MB (1 MB = 1,048,576 bytes). The largest real
/// assessment we know of (every questionnaire, 50 zones, long notes) is under 5 MB.
pub const DEFAULT_MAX_FILE_MB: u64 = 64;

const MB: u64 = 1024 * 1024;

static MAX_FILE_MB: AtomicU64 = AtomicU64::new(DEFAULT_MAX_FILE_MB);

/// Set the limit (from the config file's `max_file_mb`).
pub fn set_max_file_mb(mb: u64) {
    MAX_FILE_MB.store(mb.max(1), Ordering::Relaxed);
}

/// The largest file, or unpacked part of a workbook, the program reads, in bytes.
pub fn max_file_bytes() -> u64 {
    MAX_FILE_MB.load(Ordering::Relaxed).saturating_mul(MB)
}

/// Show a size in MB with one decimal ("100.0 MB").
pub fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / MB as f64)
}

/// The refusal of something of `size` bytes, or of unknown size when `None` (`what`: "the file",
/// "the part xl/sharedStrings.xml").
pub fn too_large(path: &Path, what: &str, size: Option<u64>) -> Diagnostic {
    let size = match size {
        Some(bytes) => format!("is {}, more than", megabytes(bytes)),
        None => "is larger than".to_string(),
    };
    Diagnostic::new(
        path,
        format!(
            "{what} {size} iacs-assess reads ({} MB; set max_file_mb in the config file to raise the limit). Nothing was changed.",
            MAX_FILE_MB.load(Ordering::Relaxed)
        ),
    )
}

/// Refuse a file larger than the limit, judged by its size on disk.
pub fn check_file_size(path: &Path) -> Result<(), Diagnostic> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() > max_file_bytes() => Err(too_large(path, "the file", Some(m.len()))),
        _ => Ok(()),
    }
}

/// Read a whole file, refusing one larger than the limit before reading it, and stopping at the
/// limit when the size on disk does not tell (a device, a pipe, a file still growing).
pub fn read_file(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    check_file_size(path)?;
    let cannot = |e: std::io::Error| Diagnostic::new(path, format!("cannot read the file: {e}"));
    let file = std::fs::File::open(path).map_err(cannot)?;
    let limit = max_file_bytes();
    let expected = file.metadata().map(|m| m.len()).unwrap_or(0).min(limit);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, "the file", None));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_shown_in_megabytes() {
        assert_eq!(megabytes(100 * MB), "100.0 MB");
        assert_eq!(megabytes(MB / 2), "0.5 MB");
    }

    #[test]
    fn a_device_without_a_size_is_read_no_further_than_the_limit() {
        // /dev/zero reports size 0 and never ends.
        if Path::new("/dev/zero").exists() {
            let d = read_file(Path::new("/dev/zero")).unwrap_err();
            assert!(d.message.contains("larger than iacs-assess reads (64 MB"), "{d}");
        }
    }
}
