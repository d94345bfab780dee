//! Recovery copies: when an answer cannot be written to the assessment file (a full disk, a
//! removed USB stick, a file another program changed), the whole assessment as it is in memory is
//! written to the user's data folder instead, with the version of the file it started from. The
//! next time the file is opened, those changes are offered back and re-applied with a three-way
//! merge. A copy is named by the file and the moment of the first failure, so a session never
//! replaces a copy an earlier session left.

use crate::assessment::Assessment;
use crate::assessment::storage::write_durably;
use crate::error::{Error, Result};
use crate::tui::message::Recovered;
use crate::tui::resume::file_key;
use std::path::{Path, PathBuf};

fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("recovery")
}

/// The name of a new recovery copy of `file`, made at `now`.
pub fn new_path(data_dir: &Path, file: &Path, now: jiff::Timestamp) -> PathBuf {
    folder(data_dir).join(format!("{}-{}.toml", file_key(file), now.as_second()))
}

fn base_path(copy: &Path) -> PathBuf {
    copy.with_extension("base")
}

/// Write the recovery copy `copy`: the assessment in memory, and `base`, the text of the file
/// it started from.
pub fn keep(copy: &Path, mine: &Assessment, base: &str) -> Result<()> {
    if let Some(dir) = copy.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
    }
    let text = crate::assessment::storage::to_toml(mine)?;
    write_durably(&base_path(copy), base.as_bytes())?;
    write_durably(copy, text.as_bytes())
}

/// Remove a recovery copy whose changes reached the file.
pub fn forget(copy: &Path) {
    let _ = std::fs::remove_file(copy);
    let _ = std::fs::remove_file(base_path(copy));
}

/// The newest recovery copy of `file` that can be read, and how many there are in all.
pub fn newest(data_dir: &Path, file: &Path) -> (Option<Recovered>, usize) {
    let prefix = format!("{}-", file_key(file));
    let Ok(entries) = std::fs::read_dir(folder(data_dir)) else {
        return (None, 0);
    };
    let mut copies: Vec<(i64, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let second = name.strip_prefix(&prefix)?.strip_suffix(".toml")?.parse().ok()?;
            Some((second, e.path()))
        })
        .collect();
    copies.sort();
    let count = copies.len();
    let read = |p: &Path| -> Option<Assessment> {
        let mut a: Assessment = toml::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
        a.after_reading();
        Some(a)
    };
    let newest = copies.iter().rev().find_map(|(_, p)| {
        Some(Recovered {
            path: p.clone(),
            mine: Box::new(read(p)?),
            base: Box::new(read(&base_path(p))?),
        })
    });
    (newest, count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    #[test]
    fn the_newest_copy_is_offered_and_a_forgotten_one_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plant.toml");
        let base = Assessment::new("P", "en", vec!["q".into()], Timestamp::UNIX_EPOCH);
        let base_text = crate::assessment::storage::to_toml(&base).unwrap();
        let mut mine = base.clone();
        mine.assessment.title = "first".into();
        let first = new_path(dir.path(), &file, Timestamp::from_second(10).unwrap());
        keep(&first, &mine, &base_text).unwrap();
        mine.assessment.title = "second".into();
        let second = new_path(dir.path(), &file, Timestamp::from_second(20).unwrap());
        keep(&second, &mine, &base_text).unwrap();
        let (found, count) = newest(dir.path(), &file);
        assert_eq!(count, 2);
        let found = found.unwrap();
        assert_eq!(found.mine.assessment.title, "second");
        assert_eq!(*found.base, base);
        forget(&second);
        assert_eq!(newest(dir.path(), &file).0.unwrap().mine.assessment.title, "first");
        assert_eq!(newest(dir.path(), &dir.path().join("other.toml")).1, 0);
    }
}
