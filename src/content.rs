//! Where questionnaires and texts come from: the files built into the binary (so an auditor needs
//! nothing but the one executable), then the user's own folders from the command line and the
//! config file, which add questionnaires and overlay texts.

use crate::error::Diagnostic;
use crate::i18n::LocaleFile;
use include_dir::{Dir, include_dir};
use std::path::{Path, PathBuf};

static QUESTIONNAIRES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/questionnaires");
static LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A TOML source file: the name used in messages and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    /// Whether it comes from the files built into the binary.
    pub builtin: bool,
}

/// The folders to read, on top of the built-in content.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Folders of questionnaire TOML files (subfolders: `risk-models/`, `profiles/`, `mappings/`).
    pub questionnaire_dirs: Vec<PathBuf>,
    /// Folders with one subfolder per language, holding `.ftl` files.
    pub locale_dirs: Vec<PathBuf>,
}

impl Sources {
    /// Add a folder given to `validate`: a content root with `questionnaires/` and/or `locales/`,
    /// a folder of questionnaire files, or a folder of language folders.
    pub fn add_content_dir(&mut self, dir: &Path) -> Result<(), Diagnostic> {
        if !dir.is_dir() {
            return Err(Diagnostic::new(dir, "not a folder"));
        }
        let q = dir.join("questionnaires");
        let l = dir.join("locales");
        let mut found = false;
        if q.is_dir() {
            self.questionnaire_dirs.push(q);
            found = true;
        }
        if l.is_dir() {
            self.locale_dirs.push(l);
            found = true;
        }
        if found {
            return Ok(());
        }
        let entries = read_dir_sorted(dir)?;
        if entries.iter().any(|p| p.extension().is_some_and(|e| e == "toml")) {
            self.questionnaire_dirs.push(dir.to_path_buf());
            found = true;
        }
        if entries.iter().any(|p| {
            p.is_dir()
                && read_dir_sorted(p).is_ok_and(|files| files.iter().any(|f| f.extension().is_some_and(|e| e == "ftl")))
        }) {
            self.locale_dirs.push(dir.to_path_buf());
            found = true;
        }
        if found {
            Ok(())
        } else {
            Err(Diagnostic::new(
                dir,
                "holds no questionnaires (*.toml) and no language folders with *.ftl files",
            ))
        }
    }
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Diagnostic::new(dir, format!("cannot read the folder: {e}")))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    Ok(entries)
}

pub(crate) fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let bytes = crate::limits::read_file(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
        Diagnostic::new(path, "the file is not valid UTF-8 text")
            .at(Some(crate::error::Position::of_offset(&text, offset)))
    })
}

/// The TOML content files, built-in first, then each of the user's folders in order.
#[derive(Debug, Default)]
pub struct TomlFiles {
    /// Questionnaire and scale files (`*.toml` directly in each folder).
    pub questionnaires: Vec<SourceFile>,
    /// Risk models (`risk-models/*.toml`).
    pub risk_models: Vec<SourceFile>,
    /// Target profiles (`profiles/*.toml`).
    pub profiles: Vec<SourceFile>,
    /// Mappings to regulations and frameworks (`mappings/*.toml`).
    pub mappings: Vec<SourceFile>,
    pub problems: Vec<Diagnostic>,
}

/// Every questionnaire, scale, risk model, profile and mapping file.
pub fn toml_files(sources: &Sources) -> TomlFiles {
    let mut found = TomlFiles::default();
    for file in QUESTIONNAIRES.files() {
        if file.path().extension().is_some_and(|e| e == "toml") {
            found.questionnaires.push(builtin_file(file, "questionnaires"));
        }
    }
    for (sub, into) in [
        ("risk-models", &mut found.risk_models),
        ("profiles", &mut found.profiles),
        ("mappings", &mut found.mappings),
    ] {
        if let Some(dir) = QUESTIONNAIRES.get_dir(sub) {
            into.extend(
                dir.files()
                    .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
                    .map(|f| builtin_file(f, "questionnaires")),
            );
        }
    }
    for list in [
        &mut found.questionnaires,
        &mut found.risk_models,
        &mut found.profiles,
        &mut found.mappings,
    ] {
        list.sort_by(|a, b| a.path.cmp(&b.path));
    }
    for dir in &sources.questionnaire_dirs {
        collect_toml(dir, &mut found.questionnaires, &mut found.problems);
        for (sub, into) in [
            ("risk-models", &mut found.risk_models),
            ("profiles", &mut found.profiles),
            ("mappings", &mut found.mappings),
        ] {
            let sub = dir.join(sub);
            if sub.is_dir() {
                collect_toml(&sub, into, &mut found.problems);
            }
        }
    }
    found
}

fn collect_toml(dir: &Path, into: &mut Vec<SourceFile>, problems: &mut Vec<Diagnostic>) {
    match read_dir_sorted(dir) {
        Ok(entries) => {
            for path in entries
                .into_iter()
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
            {
                match read_text(&path) {
                    Ok(text) => into.push(SourceFile {
                        path,
                        text,
                        builtin: false,
                    }),
                    Err(d) => problems.push(d),
                }
            }
        }
        Err(d) => problems.push(d),
    }
}

fn builtin_file(file: &include_dir::File<'_>, root: &str) -> SourceFile {
    SourceFile {
        path: Path::new(root).join(file.path()),
        text: file.contents_utf8().unwrap_or_default().to_string(),
        builtin: true,
    }
}

/// Every `.ftl` file, built-in first, then each locale folder in order (later ones overlay).
pub fn locale_files(sources: &Sources) -> (Vec<LocaleFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for lang in LOCALES.dirs() {
        let language = lang.path().to_string_lossy().into_owned();
        let mut in_lang: Vec<LocaleFile> = lang
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
            .map(|f| LocaleFile {
                language: language.clone(),
                domain: stem(f.path()),
                path: Path::new("locales").join(f.path()),
                text: f.contents_utf8().unwrap_or_default().into(),
                builtin: true,
            })
            .collect();
        in_lang.sort_by(|a, b| a.path.cmp(&b.path));
        files.extend(in_lang);
    }
    for dir in &sources.locale_dirs {
        let langs = match read_dir_sorted(dir) {
            Ok(l) => l,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        for lang_dir in langs.into_iter().filter(|p| p.is_dir()) {
            let language = lang_dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let entries = match read_dir_sorted(&lang_dir) {
                Ok(e) => e,
                Err(d) => {
                    problems.push(d);
                    continue;
                }
            };
            for path in entries
                .into_iter()
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "ftl"))
            {
                match read_text(&path) {
                    Ok(text) => files.push(LocaleFile {
                        language: language.clone(),
                        domain: stem(&path),
                        path,
                        text: text.into(),
                        builtin: false,
                    }),
                    Err(d) => problems.push(d),
                }
            }
        }
    }
    (files, problems)
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
