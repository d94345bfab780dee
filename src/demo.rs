//! The demo: a fictional water treatment works (demo/water-works.toml, built into the binary),
//! always opened as a fresh copy, so the original never changes and every class starts clean.

use crate::assessment::storage::write_durably;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

pub const WATER_WORKS: &str = include_str!("../demo/water-works.toml");

/// Write a copy of the demo to `path`; an existing file is never replaced.
pub fn copy_to(path: &Path) -> Result<()> {
    if path.exists() {
        return Err(Error::usage(format!(
            "{} already exists; choose another name",
            path.display()
        )));
    }
    write_durably(path, as_written()?.as_bytes())
}

/// The demo as iacs-assess writes assessments (its generator's comments left out, so the copy
/// is not taken for a file a person commented by hand).
fn as_written() -> Result<String> {
    let mut a: crate::assessment::Assessment =
        toml::from_str(WATER_WORKS).map_err(|e| Error::usage(format!("the built-in demo does not read: {e}")))?;
    a.after_reading();
    crate::assessment::storage::to_toml(&a)
}

/// A fresh copy in `dir`, named after the moment: demo-20261124-093015.toml.
/// The folder in the data folder where copies of the demo are written, apart from real assessments.
pub fn copies_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("demo")
}

pub fn fresh_copy(dir: &Path, now: jiff::Timestamp) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
    let stamp = now.strftime("%Y%m%d-%H%M%S").to_string();
    let path = (1..)
        .map(|n| {
            if n == 1 {
                dir.join(format!("demo-{stamp}.toml"))
            } else {
                dir.join(format!("demo-{stamp}-{n}.toml"))
            }
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join("demo.toml"));
    copy_to(&path)?;
    Ok(path)
}
