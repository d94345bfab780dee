//! The assessments opened before, as the home screen lists them: title, organisation, site, path
//! and when the file last changed. Kept in `recent.toml` in the data folder; copies of the demo
//! live in their own folder there and never enter the list (a day of trying the demo would push
//! the real assessments off it).

use crate::assessment::Assessment;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many assessments the list keeps.
pub const KEEP: usize = 12;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecentFile {
    pub path: PathBuf,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub site: String,
    /// When the file last changed on disk, read when the list is loaded (not stored).
    #[serde(skip)]
    pub changed: Option<jiff::Timestamp>,
    /// The file was not there when the list was loaded.
    #[serde(skip)]
    pub missing: bool,
}

impl RecentFile {
    /// The entry for an assessment just opened or created.
    pub fn of(path: &Path, a: &Assessment, now: jiff::Timestamp) -> RecentFile {
        RecentFile {
            path: path.to_path_buf(),
            title: a.assessment.title.clone(),
            organisation: a.assessment.organisation.clone(),
            site: a.assessment.site.clone(),
            changed: Some(now),
            missing: false,
        }
    }
}

/// `recent.toml`: `[[file]]` tables; the first format's bare `files = [paths]` is still read.
#[derive(Default, Serialize, Deserialize)]
struct Stored {
    #[serde(default, skip_serializing)]
    files: Vec<PathBuf>,
    #[serde(default, rename = "file")]
    entries: Vec<RecentFile>,
}

/// A copy of the demo: in the demo folder, or (written by older versions) a `demo-….toml` in the
/// data folder itself.
pub fn is_demo_copy(data_dir: &Path, path: &Path) -> bool {
    let old_place = path.parent() == Some(data_dir)
        && path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("demo-") && n.ends_with(".toml"));
    path.starts_with(crate::demo::copies_dir(data_dir)) || old_place
}

/// Put `entry` first (once), keep at most `KEEP`; demo copies are not listed.
pub fn remember(list: &mut Vec<RecentFile>, entry: RecentFile, data_dir: &Path) {
    if is_demo_copy(data_dir, &entry.path) {
        return;
    }
    list.retain(|e| e.path != entry.path);
    list.insert(0, entry);
    list.truncate(KEEP);
}

/// Read the list, with each file's last change (a missing file is kept and marked).
pub fn load(data_dir: &Path) -> Vec<RecentFile> {
    let stored = std::fs::read_to_string(data_dir.join("recent.toml"))
        .ok()
        .and_then(|t| toml::from_str::<Stored>(&t).ok())
        .unwrap_or_default();
    let old = stored.files.into_iter().map(|path| RecentFile {
        path,
        title: String::new(),
        organisation: String::new(),
        site: String::new(),
        changed: None,
        missing: false,
    });
    let mut list = Vec::new();
    for mut entry in stored.entries.into_iter().chain(old) {
        if is_demo_copy(data_dir, &entry.path) || list.iter().any(|e: &RecentFile| e.path == entry.path) {
            continue;
        }
        match std::fs::metadata(&entry.path) {
            Ok(m) => entry.changed = m.modified().ok().and_then(|t| jiff::Timestamp::try_from(t).ok()),
            Err(_) => entry.missing = true,
        }
        list.push(entry);
    }
    list.truncate(KEEP);
    list
}

/// The list as `recent.toml` holds it.
pub fn to_toml(list: &[RecentFile]) -> Option<String> {
    toml::to_string(&Stored {
        files: Vec::new(),
        entries: list.to_vec(),
    })
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str) -> RecentFile {
        RecentFile {
            path: PathBuf::from(path),
            title: format!("title of {path}"),
            organisation: "Org".into(),
            site: "Site".into(),
            changed: None,
            missing: false,
        }
    }

    #[test]
    fn demo_copies_stay_out_and_the_newest_comes_first() {
        let data = Path::new("/data");
        let mut list = vec![entry("/a.toml"), entry("/b.toml")];
        remember(&mut list, entry("/data/demo/demo-20261201-101010.toml"), data);
        remember(&mut list, entry("/data/demo-20261201-101010.toml"), data);
        assert_eq!(list.len(), 2);
        remember(&mut list, entry("/b.toml"), data);
        let paths: Vec<_> = list.iter().map(|e| e.path.display().to_string()).collect();
        assert_eq!(paths, ["/b.toml", "/a.toml"]);
        // A real assessment whose name starts with "demo-" elsewhere is listed.
        remember(&mut list, entry("/work/demo-plant.toml"), data);
        assert_eq!(list[0].path, PathBuf::from("/work/demo-plant.toml"));
    }

    #[test]
    fn the_first_format_is_read_and_missing_files_are_marked() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("plant.toml");
        std::fs::write(&real, "x").unwrap();
        let gone = dir.path().join("gone.toml");
        let demo = dir.path().join("demo-20261201-101010.toml");
        let text = format!("files = [{:?}, {:?}, {:?}]\n", real, gone, demo);
        std::fs::write(dir.path().join("recent.toml"), text).unwrap();
        let list = load(dir.path());
        assert_eq!(list.len(), 2, "the demo copy is dropped: {list:?}");
        assert!(!list[0].missing && list[0].changed.is_some());
        assert!(list[1].missing);
        // Written back in the new format, and read again the same.
        std::fs::write(dir.path().join("recent.toml"), to_toml(&list).unwrap()).unwrap();
        let again = load(dir.path());
        assert_eq!(
            again.iter().map(|e| &e.path).collect::<Vec<_>>(),
            list.iter().map(|e| &e.path).collect::<Vec<_>>()
        );
    }
}
