//! The command line: parse, load the catalog and texts, run one command, map errors to exit codes.

mod align;
mod answers_file;
pub mod args;
mod component;
mod countermeasure;
mod diagram;
mod edit;
mod inspect;
mod interviewee;
mod plan;
mod plan_text;
mod spec;
mod statement;
mod statement_text;
mod system;
mod targets;
mod team;

use crate::catalog::Catalog;
use crate::config::{self, Config};
use crate::content::Sources;
use crate::error::{Error, Result};
use crate::i18n::{Texts, language};
use args::{Cli, Command, GlobalOptions};
use clap::{CommandFactory, Parser};
use unic_langid::LanguageIdentifier;

/// What every command needs: the config, the catalog and the texts in the chosen language.
pub struct Context {
    pub config: Config,
    pub sources: Sources,
    pub catalog: Catalog,
    pub texts: Texts,
}

/// Runs `write` with `texts` in the language a document of an assessment in `language` is written
/// in: --lang when it was given (`lang_given`), else the assessment's; the interface's language is
/// put back afterwards.
fn in_output_language<T>(
    texts: &mut Texts,
    lang_given: bool,
    language: &str,
    write: impl FnOnce(&mut Texts) -> T,
) -> T {
    let interface = texts.language().clone();
    if !lang_given {
        texts.select(language.parse().ok().as_ref());
    }
    let written = write(texts);
    texts.select(Some(&interface));
    written
}

impl Context {
    pub fn load(global: &GlobalOptions) -> Result<Context> {
        Self::load_with(global, Sources::default())
    }

    fn load_with(global: &GlobalOptions, mut sources: Sources) -> Result<Context> {
        let config = match &global.config {
            Some(path) => Config::load(path, true)?,
            None => match config::default_path() {
                Some(path) => Config::load(&path, false)?,
                None => Config::default(),
            },
        };
        crate::limits::set_max_file_mb(config.max_file_mb.unwrap_or(crate::limits::DEFAULT_MAX_FILE_MB));
        sources
            .questionnaire_dirs
            .splice(0..0, config.questionnaire_dirs.iter().cloned());
        sources
            .questionnaire_dirs
            .extend(global.questionnaire_dirs.iter().cloned());
        sources.locale_dirs.splice(0..0, config.locale_dirs.iter().cloned());
        sources.locale_dirs.extend(global.locale_dirs.iter().cloned());
        let catalog = Catalog::load(&sources).map_err(Error::Invalid)?;
        let (files, problems) = crate::content::locale_files(&sources);
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        let mut texts = Texts::load(&files).map_err(Error::Invalid)?;
        let requested = requested_language(global, &config)?;
        texts.select(requested.as_ref());
        Ok(Context {
            config,
            sources,
            catalog,
            texts,
        })
    }
}

/// --lang, when it was given.
fn given_language(global: &GlobalOptions) -> Result<Option<LanguageIdentifier>> {
    global
        .lang
        .as_ref()
        .map(|lang| {
            lang.parse()
                .map_err(|_| Error::usage(format!("--lang {lang}: not a language tag (try en, de or fr)")))
        })
        .transpose()
}

/// --lang, else the environment, else the config file.
fn requested_language(global: &GlobalOptions, config: &Config) -> Result<Option<LanguageIdentifier>> {
    if let Some(lang) = given_language(global)? {
        return Ok(Some(lang));
    }
    if let Some(l) = language::from_environment(|v| std::env::var(v).ok()) {
        return Ok(Some(l));
    }
    Ok(config.language.as_deref().and_then(|l| l.parse().ok()))
}

/// Run the program with `args`; returns the exit code. Output goes to `out`, errors to stderr.
pub fn main_with(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run(cli) {
        Ok(()) => 0,
        Err(e) => {
            match &e {
                Error::Invalid(list) if list.len() > 1 => {
                    crate::say_err!("iacs-assess: {} problems found:\n{e}", list.len())
                }
                _ => crate::say_err!("iacs-assess: {e}"),
            }
            e.exit_code()
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    let global = cli.global;
    match cli.command {
        None => {
            let ctx = Context::load(&global)?;
            crate::tui::run(ctx.catalog, ctx.texts, &ctx.config, None, false)
        }
        Some(Command::Open { file }) => {
            let ctx = Context::load(&global)?;
            crate::tui::run(ctx.catalog, ctx.texts, &ctx.config, Some(file), false)
        }
        Some(Command::Demo {
            copy_to,
            no_open,
            integrator,
        }) => {
            let ctx = Context::load(&global)?;
            let demo = if integrator {
                crate::demo::Demo::Integrator
            } else {
                crate::demo::Demo::WaterWorks
            };
            let path = match copy_to {
                Some(p) => {
                    demo.copy_to(&p)?;
                    p
                }
                None => {
                    let dir = config::data_dir().unwrap_or_else(|| std::path::PathBuf::from("."));
                    demo.fresh_copy(&crate::demo::copies_dir(&dir), jiff::Timestamp::now())?
                }
            };
            if no_open {
                crate::say!("{}", path.display());
                Ok(())
            } else {
                crate::tui::run(ctx.catalog, ctx.texts, &ctx.config, Some(path), false)
            }
        }
        Some(Command::Learn) => {
            let ctx = Context::load(&global)?;
            crate::tui::run(ctx.catalog, ctx.texts, &ctx.config, None, true)
        }
        Some(Command::New(a)) => edit::new(&Context::load(&global)?, &global, a),
        Some(Command::Answer(a)) => edit::answer(&Context::load(&global)?, a),
        Some(Command::System(s)) => system::run(&Context::load(&global)?, s),
        Some(Command::Target(t)) => targets::target(&Context::load(&global)?, t),
        Some(Command::ServiceScope { file, scope }) => {
            targets::service_scope(&Context::load(&global)?, &file, scope.into())
        }
        Some(Command::Interviewee(c)) => interviewee::run(&Context::load(&global)?, c),
        Some(Command::Zone(z)) => edit::zone(&Context::load(&global)?, z),
        Some(Command::Conduit(c)) => edit::conduit(&Context::load(&global)?, c),
        Some(Command::Scenario(s)) => edit::scenario(&Context::load(&global)?, s),
        Some(Command::Component(c)) => component::run(&Context::load(&global)?, c),
        Some(Command::Countermeasure(c)) => countermeasure::run(&Context::load(&global)?, c),
        Some(Command::Plan(p)) => plan::run(&mut Context::load(&global)?, p),
        Some(Command::Score { file, json }) => inspect::score(&Context::load(&global)?, &file, json),
        Some(Command::Align { file, to, json, why }) => {
            align::align(&Context::load(&global)?, &file, to.as_deref(), json, why)
        }
        Some(Command::Export(e)) => {
            let mut ctx = Context::load(&global)?;
            inspect::export(&mut ctx, given_language(&global)?, e)
        }
        Some(Command::Diagram(d)) => diagram::diagram(&mut Context::load(&global)?, global.lang.is_some(), d),
        Some(Command::Spec(s)) => spec::spec(&mut Context::load(&global)?, global.lang.is_some(), s),
        Some(Command::Statement(s)) => statement::statement(&mut Context::load(&global)?, global.lang.is_some(), s),
        Some(Command::Import {
            file,
            from,
            partial,
            allow_clear,
            allow_duplicates,
            assessor,
        }) => {
            let confirmed = crate::import::Confirmed {
                clearing: allow_clear,
                duplicates: allow_duplicates,
            };
            let mut ctx = Context::load(&global)?;
            // The workbook's language, unless --lang says otherwise.
            if global.lang.is_none()
                && let Some(language) = crate::import::workbook_language(&from)
            {
                ctx.texts.select(Some(&language));
            }
            edit::import_workbook(&ctx, (&file, &from), partial, confirmed, assessor)
        }
        Some(Command::Merge { a, b, output, prefer }) => team::merge(&Context::load(&global)?, &a, &b, &output, prefer),
        Some(Command::Compare {
            old,
            new,
            json,
            xlsx,
            force,
        }) => {
            let xlsx = xlsx.as_deref().map(|out| (out, force));
            let lang = given_language(&global)?;
            team::compare(&mut Context::load(&global)?, lang, (&old, &new), json, xlsx)
        }
        Some(Command::Rollup { files, output, force }) => {
            let lang = given_language(&global)?;
            team::rollup(&mut Context::load(&global)?, lang, &files, &output, force)
        }
        Some(Command::List) => inspect::list(&Context::load(&global)?),
        Some(Command::Validate { dirs }) => inspect::validate(&global, &dirs),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "iacs-assess", &mut std::io::stdout());
            Ok(())
        }
    }
}

/// Load a context with extra content folders (for validate).
pub(crate) fn context_with(global: &GlobalOptions, sources: Sources) -> Result<Context> {
    Context::load_with(global, sources)
}
