//! Exports: a workbook for the customer, CSV and JSON for other tools. An export reads the
//! assessment and never changes it; the output is written atomically.

pub mod csv;
pub mod csv_dialect;
pub mod json;
pub mod offline;
pub mod plan;
pub mod xlsx;

use crate::assessment::Assessment;
use crate::assessment::storage::write_durably;
use crate::catalog::Catalog;
use crate::error::Result;
use crate::i18n::Texts;
use crate::planning::EffortScale;
pub use csv_dialect::CsvDialect;
use std::path::Path;
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Csv,
    Json,
    /// The remediation plan: one row per action (docs/export-json.md).
    PlanCsv,
    /// The questionnaire workbook for answering offline (read back with `import`).
    OfflineXlsx,
}

impl From<crate::cli::args::ExportFormat> for Format {
    fn from(f: crate::cli::args::ExportFormat) -> Self {
        use crate::cli::args::ExportFormat as F;
        match f {
            F::Xlsx => Format::Xlsx,
            F::Csv => Format::Csv,
            F::Json => Format::Json,
            F::PlanCsv => Format::PlanCsv,
            F::OfflineXlsx => Format::OfflineXlsx,
        }
    }
}

/// What an export writes: the format, and how a CSV is written (ignored by the other formats).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    pub format: Format,
    pub csv_dialect: CsvDialect,
}

impl From<Format> for Kind {
    /// `format`, a CSV as RFC 4180.
    fn from(format: Format) -> Kind {
        Kind {
            format,
            csv_dialect: CsvDialect::default(),
        }
    }
}

/// How an export is made, beyond the assessment itself.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Ranks the plan's actions (the config's `[[effort]]` scale).
    pub effort: EffortScale,
    /// The language to write in (`--lang`); `None`: the assessment's language.
    pub language: Option<LanguageIdentifier>,
    /// The paper the workbook prints on; `None`: from the locale ([`xlsx::Paper::from_locale`]).
    pub paper: Option<xlsx::Paper>,
    /// How the CSV formats are written (`--csv-dialect`): RFC 4180, or for a spreadsheet program
    /// in the export's language.
    pub csv_dialect: CsvDialect,
}

impl Options {
    /// The paper for an export in `language`: the option, else the locale's.
    fn paper_for(&self, language: Option<&LanguageIdentifier>) -> xlsx::Paper {
        self.paper
            .unwrap_or_else(|| xlsx::Paper::from_locale(language, |v| std::env::var(v).ok()))
    }
}

/// The bytes of an export in the texts' current language, with default options (A4 paper).
pub fn render(a: &Assessment, catalog: &Catalog, texts: &Texts, format: Format, source: &Path) -> Result<Vec<u8>> {
    let options = Options {
        paper: Some(xlsx::Paper::A4),
        ..Options::default()
    };
    render_with(a, catalog, texts, format, source, &options)
}

/// The bytes of an export in the texts' current language. The plan and its overdue actions are
/// as of today.
pub fn render_with(
    a: &Assessment,
    catalog: &Catalog,
    texts: &Texts,
    format: Format,
    source: &Path,
    options: &Options,
) -> Result<Vec<u8>> {
    let today = crate::scoring::countermeasures::today();
    let effort = &options.effort;
    match format {
        Format::Json => json::render(a, catalog, texts, today, effort),
        Format::Csv => csv::render(a, catalog, texts, options.csv_dialect),
        Format::PlanCsv => plan::render_csv(a, catalog, texts, (today, effort), options.csv_dialect),
        Format::Xlsx => {
            let paper = options.paper_for(Some(texts.language()));
            xlsx::render(a, catalog, texts, source, today, effort, paper)
        }
        Format::OfflineXlsx => offline::render(a, catalog, texts, options.paper_for(Some(texts.language()))),
    }
}

/// Render and write an export to `output` with default options: in the assessment's language
/// (falling back to English for anything not translated), whatever language the interface speaks.
pub fn write(
    a: &Assessment,
    catalog: &Catalog,
    texts: &mut Texts,
    format: Format,
    source: &Path,
    output: &Path,
) -> Result<()> {
    write_with(a, catalog, texts, format, (source, output), &Options::default())
}

/// As [`write`], with `options`: the language (`--lang`, else the assessment's), the effort scale
/// and the paper; `(source, output)`: the assessment file and the file to write.
pub fn write_with(
    a: &Assessment,
    catalog: &Catalog,
    texts: &mut Texts,
    format: Format,
    (source, output): (&Path, &Path),
    options: &Options,
) -> Result<()> {
    let interface = texts.language().clone();
    let language = options.language.clone().or_else(|| a.assessment.language.parse().ok());
    texts.select(language.as_ref());
    let bytes = render_with(a, catalog, texts, format, source, options);
    texts.select(Some(&interface));
    write_durably(output, &bytes?)
}

/// A spreadsheet cell that a spreadsheet program would take as a formula is prefixed with an
/// apostrophe, so user text never runs as a formula (CSV injection).
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// The title of a requirement in the texts' language.
pub(crate) fn requirement_title(catalog: &Catalog, texts: &Texts, questionnaire: &str, requirement: &str) -> String {
    catalog
        .questionnaire(questionnaire)
        .and_then(|q| q.requirement(requirement))
        .map(|r| texts.get(questionnaire, &r.key, Some("title")))
        .unwrap_or_default()
}
