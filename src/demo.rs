//! The demos: a fictional water treatment works (demo/water-works.toml) and the self-assessment of
//! its integrator against 62443-2-4 (demo/integrator.toml), both built into the binary and always
//! opened as a fresh copy, so the original never changes and every class starts clean.

use crate::assessment::storage::write_durably;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

pub const WATER_WORKS: &str = include_str!("../demo/water-works.toml");
/// The integrator of the water works, Hydro Automation GmbH, assessing itself against 62443-2-4.
pub const INTEGRATOR: &str = include_str!("../demo/integrator.toml");

/// Which demo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Demo {
    WaterWorks,
    Integrator,
}

impl Demo {
    /// The demo file as built in.
    pub fn text(self) -> &'static str {
        match self {
            Demo::WaterWorks => WATER_WORKS,
            Demo::Integrator => INTEGRATOR,
        }
    }

    /// How fresh copies are named: `<stem>-20261124-093015.toml`.
    fn stem(self) -> &'static str {
        match self {
            Demo::WaterWorks => "demo",
            Demo::Integrator => "demo-integrator",
        }
    }

    /// Write a copy of the demo to `path`; an existing file is never replaced.
    pub fn copy_to(self, path: &Path) -> Result<()> {
        if path.exists() {
            return Err(Error::usage(format!(
                "{} already exists; choose another name",
                path.display()
            )));
        }
        write_durably(path, self.as_written()?.as_bytes())
    }

    /// The demo as iacs-assess writes assessments (its generator's comments left out, so the copy
    /// is not taken for a file a person commented by hand).
    fn as_written(self) -> Result<String> {
        let mut a: crate::assessment::Assessment =
            toml::from_str(self.text()).map_err(|e| Error::usage(format!("the built-in demo does not read: {e}")))?;
        a.after_reading();
        crate::assessment::storage::to_toml(&a)
    }

    /// A fresh copy in `dir`, named after the moment: demo-20261124-093015.toml.
    pub fn fresh_copy(self, dir: &Path, now: jiff::Timestamp) -> Result<PathBuf> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
        let stamp = now.strftime("%Y%m%d-%H%M%S").to_string();
        let stem = self.stem();
        let path = (1..)
            .map(|n| {
                if n == 1 {
                    dir.join(format!("{stem}-{stamp}.toml"))
                } else {
                    dir.join(format!("{stem}-{stamp}-{n}.toml"))
                }
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| dir.join(format!("{stem}.toml")));
        self.copy_to(&path)?;
        Ok(path)
    }
}

/// The folder in the data folder where copies of the demo are written, apart from real assessments.
pub fn copies_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("demo")
}
