//! Where an output may be written (a workbook, CSV or JSON export, a comparison, a roll-up). One
//! rule for every command and the interface, decided by the file's identity (device and inode,
//! links followed: the `same-file` crate), never by how its path happens to be spelled:
//! - never over an assessment: an input of the command, or any other file that reads as one;
//! - never over the lock file of an assessment;
//! - over any other existing file only when the user asked (`--force`, or yes to the question).

use crate::assessment::disk;
use crate::error::{Error, Result};
use std::io::Read;
use std::path::Path;

/// What is at an output's name now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Nothing: the output is new.
    New,
    /// A file that may be replaced if the user says so.
    Existing,
}

/// Whether `output` may be written by a command whose assessments are `inputs`; an error says
/// why not.
pub fn check(output: &Path, inputs: &[&Path]) -> Result<Target> {
    let Ok(meta) = std::fs::symlink_metadata(output) else {
        return Ok(Target::New);
    };
    let shown = output.display();
    if std::fs::metadata(output).is_ok_and(|m| m.is_dir()) {
        return Err(Error::usage(format!("{shown} is a folder; give a file name to write")));
    }
    for input in inputs {
        if same_file::is_same_file(output, input).unwrap_or(false) {
            return Err(Error::usage(format!(
                "{shown} is the assessment {} itself (another name for the same file); an output never replaces an assessment: choose another name",
                input.display()
            )));
        }
    }
    let real = disk::real_path(output);
    if disk::is_lock_file(output) || disk::is_lock_file(&real) {
        return Err(Error::usage(format!(
            "{shown} is the lock file of an open assessment; choose another name"
        )));
    }
    if meta.is_file() || meta.file_type().is_symlink() {
        if looks_like_assessment(output) {
            return Err(Error::usage(format!(
                "{shown} is an iacs-assess assessment; an output never replaces one: choose another name"
            )));
        }
        return Ok(Target::Existing);
    }
    Err(Error::usage(format!(
        "{shown} is not a regular file; choose another name"
    )))
}

/// `check`, and an existing file only with `force` (the command line's `--force`).
pub fn allow(output: &Path, inputs: &[&Path], force: bool) -> Result<()> {
    match check(output, inputs)? {
        Target::Existing if !force => Err(Error::usage(format!(
            "{} exists; add --force to replace it",
            output.display()
        ))),
        _ => Ok(()),
    }
}

/// Whether the file reads as an assessment: a `format` line and an `[assessment]` table near its
/// start (every assessment iacs-assess writes has both in its first lines).
fn looks_like_assessment(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    if file.take(64 * 1024).read_to_end(&mut head).is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&head);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    lines.iter().any(|l| l.starts_with("format") && l.contains('=')) && lines.contains(&"[assessment]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_never_replace_an_assessment_under_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("plant.toml");
        std::fs::write(
            &a,
            "# iacs-assess assessment\nformat = 2\n\n[assessment]\ntitle = \"x\"\n",
        )
        .unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let spellings = [a.clone(), dir.path().join("./plant.toml"), sub.join("../plant.toml")];
        for s in &spellings {
            let e = check(s, &[&a]).unwrap_err().to_string();
            assert!(e.contains("itself"), "{s:?}: {e}");
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("link.xlsx");
            std::os::unix::fs::symlink(&a, &link).unwrap();
            assert!(check(&link, &[&a]).unwrap_err().to_string().contains("itself"));
            let hard = dir.path().join("hard.xlsx");
            std::fs::hard_link(&a, &hard).unwrap();
            assert!(check(&hard, &[&a]).unwrap_err().to_string().contains("itself"));
        }
        // Another assessment that is not an input is protected by what it holds.
        let other = dir.path().join("other.toml");
        std::fs::copy(&a, &other).unwrap();
        assert!(
            check(&other, &[&a])
                .unwrap_err()
                .to_string()
                .contains("is an iacs-assess assessment")
        );
        // The lock beside an assessment.
        let lock = disk::lock_path(&a);
        std::fs::write(&lock, "").unwrap();
        assert!(check(&lock, &[]).unwrap_err().to_string().contains("lock file"));
        // Any other file: only when asked.
        let old = dir.path().join("old.xlsx");
        std::fs::write(&old, "PK").unwrap();
        assert_eq!(check(&old, &[&a]).unwrap(), Target::Existing);
        assert!(allow(&old, &[&a], false).unwrap_err().to_string().contains("--force"));
        assert!(allow(&old, &[&a], true).is_ok());
        assert_eq!(check(&dir.path().join("new.xlsx"), &[&a]).unwrap(), Target::New);
        assert!(check(dir.path(), &[]).unwrap_err().to_string().contains("folder"));
    }
}
