//! The command line, declared with clap. Usage errors exit with code 2 (clap's default).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "iacs-assess",
    version,
    about = "IEC 62443 assessments in the terminal: questionnaires, maturity and security levels, spreadsheets",
    long_about = "IEC 62443 assessments in the terminal.\n\nRun without a command to open the home screen. \
Assessments are plain TOML files, saved after every change.\n\nExit codes: 0 success, 2 bad input or usage, 1 other failure."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOptions,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args, Clone, Default)]
pub struct GlobalOptions {
    /// Language of the interface and of new assessments (e.g. en, de, fr); default: LC_ALL / LC_MESSAGES / LANG.
    /// Exports are written in it when given, else in the assessment's language
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Also read questionnaires from this folder (repeatable)
    #[arg(long = "questionnaires", global = true, value_name = "DIR")]
    pub questionnaire_dirs: Vec<PathBuf>,
    /// Also read texts from this folder of language folders; overlays the built-in wording (repeatable)
    #[arg(long = "locales", global = true, value_name = "DIR")]
    pub locale_dirs: Vec<PathBuf>,
    /// Config file to use instead of the default one
    #[arg(long, global = true, value_name = "FILE", env = "IACS_ASSESS_CONFIG")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new assessment file
    New(NewArgs),
    /// Open an assessment in the terminal interface
    Open {
        /// The assessment file
        file: PathBuf,
    },
    /// Open a copy of the demo assessment (a fictional water treatment works); the original never changes
    Demo {
        /// Where to write the copy (default: a new file in the data folder)
        #[arg(long, value_name = "FILE")]
        copy_to: Option<PathBuf>,
        /// Only write the copy and print its path
        #[arg(long)]
        no_open: bool,
        /// The integrator's 62443-2-4 self-assessment instead of the water works
        #[arg(long)]
        integrator: bool,
    },
    /// Learn mode: the concepts explained, and every questionnaire to browse
    Learn,
    /// Record one answer (for scripts)
    Answer(AnswerArgs),
    /// Compute maturity, risk, SL-T and SL-A, and progress
    Score {
        /// The assessment file
        file: PathBuf,
        /// Print JSON (schema: docs/score-json.md) instead of tables
        #[arg(long)]
        json: bool,
    },
    /// What the answers say about a regulation or framework: NIS2 Article 21(2), NIST CSF 2.0,
    /// the Cyber Resilience Act's Annex I, or an organisation's own mapping (docs/alignment.md)
    Align {
        /// The assessment file
        file: PathBuf,
        /// The mapping: nis2, csf2, cra, or the id of one in a questionnaire folder's mappings/
        /// (default: one line for each mapping)
        #[arg(long = "to", value_name = "MAPPING")]
        to: Option<String>,
        /// Print JSON (schema: docs/alignment.md) instead of text
        #[arg(long)]
        json: bool,
        /// Show the one-line rationale of each link of our own reading
        #[arg(long)]
        why: bool,
    },
    /// Draw the zones and conduits: SVG laid out by the tool, or Graphviz DOT to restyle
    Diagram(DiagramArgs),
    /// Write the assessment as a workbook, CSV or JSON (never changes the assessment)
    Export(ExportArgs),
    /// Write the cyber security requirements specification of each system under consideration
    /// (62443-3-2 ZCR 6) as a workbook (.xlsx) or Markdown (.md), or record its approval (ZCR 7)
    Spec(SpecArgs),
    /// A service provider's capability statement (62443-2-4) for its customers, in the terminal,
    /// as a workbook (.xlsx) or Markdown (.md); with --against, checked against an owner's profile
    Statement(StatementArgs),
    /// Read answers back from a questionnaire workbook (made with `export --format offline-xlsx`)
    Import {
        /// The assessment file
        file: PathBuf,
        /// The filled-in workbook
        #[arg(long, value_name = "XLSX")]
        from: PathBuf,
        /// Take the cells that can be taken and report the others (default: all or nothing)
        #[arg(long)]
        partial: bool,
        /// Empty the answers, notes, evidence and interviewees the workbook empties (refused
        /// without it; each one is listed either way)
        #[arg(long)]
        allow_clear: bool,
        /// Take an answer given on several identical rows once (rows that differ are always refused)
        #[arg(long)]
        allow_duplicates: bool,
        /// Stamped as the assessor on the answers that change (default: the config's, or the first assessor)
        #[arg(long)]
        assessor: Option<String>,
    },
    /// Check questionnaires and texts: schema, references, every message in every language
    Validate {
        /// Folders to check on top of the built-in content (a content root with questionnaires/ and
        /// locales/, a folder of questionnaires, or a folder of language folders)
        dirs: Vec<PathBuf>,
    },
    /// List the questionnaires with their requirement counts, and the languages
    List,
    /// Show or set the targets: one maturity level for every requirement, or an asset owner's
    /// target profile (per area or requirement) for a questionnaire such as 62443-2-4
    Target(TargetArgs),
    /// Set which services a service provider's 62443-2-4 self-assessment covers; requirements
    /// that concern only the other service are left out of its results
    ServiceScope {
        /// The assessment file
        file: PathBuf,
        #[arg(value_enum)]
        scope: ServiceScopeArg,
    },
    /// Add or list the systems under consideration of an assessment (62443-3-2 ZCR 1)
    #[command(subcommand)]
    System(SystemCommand),
    /// Record the people interviewed with their roles, remove one, list them with their answers
    #[command(subcommand)]
    Interviewee(IntervieweeCommand),
    /// Add zones to an assessment, or set the layer of one
    #[command(subcommand)]
    Zone(ZoneCommand),
    /// Add conduits to an assessment
    #[command(subcommand)]
    Conduit(ConduitCommand),
    /// Add threat scenarios to the risk register of an assessment
    #[command(subcommand)]
    Scenario(ScenarioCommand),
    /// The components in the zones (62443-4-2) with their SL-C: add, edit, remove, list, or import an
    /// asset inventory (CSV)
    #[command(subcommand)]
    Component(ComponentCommand),
    /// Compensating countermeasures: record one, approve it, list them with their status, remove one
    #[command(subcommand)]
    Countermeasure(CountermeasureCommand),
    /// The remediation plan: propose actions from the gaps, show what the plan reaches, track actions
    #[command(subcommand)]
    Plan(PlanCommand),
    /// Combine two assessors' files of the same assessment into a new file
    Merge {
        /// The first file (A)
        a: PathBuf,
        /// The second file (B)
        b: PathBuf,
        /// The merged file to create (it must not exist)
        #[arg(long, short = 'o', value_name = "OUT")]
        output: PathBuf,
        /// How to resolve conflicts; without it, conflicts are listed and nothing is written
        #[arg(long, value_enum)]
        prefer: Option<PreferArg>,
    },
    /// What changed between two assessments: levels up or down, new and closed gaps
    Compare {
        /// The earlier assessment
        old: PathBuf,
        /// The later assessment
        new: PathBuf,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
        /// Also write the changes as a workbook
        #[arg(long, value_name = "OUT")]
        xlsx: Option<PathBuf>,
        /// Replace OUT if it exists (an assessment is never replaced)
        #[arg(long)]
        force: bool,
    },
    /// Many sites' assessments side by side in one workbook
    Rollup {
        /// The assessment files
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The workbook to write
        #[arg(long, short = 'o', value_name = "OUT")]
        output: PathBuf,
        /// Replace OUT if it exists (an assessment is never replaced)
        #[arg(long)]
        force: bool,
    },
    /// Print a shell completion script
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The file to create (it must not exist)
    pub file: PathBuf,
    /// A questionnaire in scope (repeatable), e.g. iec62443-2-4; see `iacs-assess list`
    #[arg(long = "questionnaire", short = 'q', required = true, value_name = "ID")]
    pub questionnaires: Vec<String>,
    /// Title of the assessment
    #[arg(long)]
    pub title: Option<String>,
    /// The organisation assessed
    #[arg(long)]
    pub organisation: Option<String>,
    /// The site assessed
    #[arg(long)]
    pub site: Option<String>,
    /// An assessor (repeatable)
    #[arg(long = "assessor", value_name = "NAME")]
    pub assessors: Vec<String>,
    /// The marking printed on every page of the exports, e.g. "TLP:AMBER" (default: "Confidential"
    /// in the export's language)
    #[arg(long, value_name = "TEXT")]
    pub classification: Option<String>,
    /// Target maturity level for every requirement (1-4)
    #[arg(long, value_name = "ML", default_value_t = 2, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub target_maturity: u8,
    /// Risk model to copy into the assessment
    #[arg(long, default_value = "default", value_name = "ID")]
    pub risk_model: String,
    /// For a service provider's 62443-2-4 self-assessment: the services it covers
    #[arg(long, value_enum, default_value_t = ServiceScopeArg::Both)]
    pub service_scope: ServiceScopeArg,
}

/// The services a 62443-2-4 self-assessment covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ServiceScopeArg {
    /// Integration and maintenance services
    Both,
    /// Integration services only (design, build, commissioning)
    Integration,
    /// Maintenance services only (looking after a solution in operation)
    Maintenance,
}

impl From<ServiceScopeArg> for crate::assessment::ServiceScope {
    fn from(s: ServiceScopeArg) -> Self {
        match s {
            ServiceScopeArg::Both => Self::Both,
            ServiceScopeArg::Integration => Self::Integration,
            ServiceScopeArg::Maintenance => Self::Maintenance,
        }
    }
}

#[derive(Debug, Args)]
pub struct TargetArgs {
    /// The assessment file
    pub file: PathBuf,
    /// The target maturity of every requirement that no profile and no area target covers (1-4)
    #[arg(long, value_name = "ML", value_parser = clap::value_parser!(u8).range(1..=4))]
    pub maturity: Option<u8>,
    /// Take a target profile as the target of its questionnaire: the id of a built-in or
    /// configured profile, or a profile file (its levels are copied into the assessment)
    #[arg(long, value_name = "ID|FILE")]
    pub profile: Option<String>,
    /// Go back from a profile to one target level for this questionnaire
    #[arg(long, value_name = "QUESTIONNAIRE", conflicts_with = "profile")]
    pub no_profile: Option<String>,
}

#[derive(Debug, Args)]
pub struct AnswerArgs {
    /// The assessment file
    pub file: PathBuf,
    /// The questionnaire, e.g. iec62443-2-4
    #[arg(long, short = 'q', value_name = "ID", required_unless_present = "from")]
    pub questionnaire: Option<String>,
    /// The zone or conduit, for questionnaires answered per zone (62443-3-3)
    #[arg(long, alias = "conduit", value_name = "ID")]
    pub zone: Option<String>,
    /// The system under consideration, for questionnaires answered per system (62443-3-2);
    /// may be left out when the assessment has one system
    #[arg(long, value_name = "ID", conflicts_with = "zone")]
    pub system: Option<String>,
    /// The component, for questionnaires answered per component (62443-4-2)
    #[arg(long, value_name = "ID", conflicts_with_all = ["zone", "system"])]
    pub component: Option<String>,
    /// The requirement id as the standard writes it, e.g. "SP.01.01 BR" or "SR 1.1 RE(2)"
    #[arg(long, value_name = "ID", required_unless_present_any = ["from", "area"])]
    pub item: Option<String>,
    /// Answer every requirement of this area (group) at once, e.g. --area SP.04 --value
    /// not-offered --note "We do no wireless work": one value and one reason for all of them
    /// (requirements outside the service scope are left as they are)
    #[arg(long, value_name = "GROUP", conflicts_with_all = ["item", "ladder"])]
    pub area: Option<String>,
    /// The answer: a value of the requirement's scale, e.g. ml3, na, met, not-met, compensated
    #[arg(long, required_unless_present_any = ["ladder", "from"])]
    pub value: Option<String>,
    /// Answers to the guided maturity ladder, in order (done at all? documented and trained?
    /// organisation-wide and practised? measured and improved?), e.g. yes,yes,no. The level it
    /// proposes is recorded unless --value overrides it.
    #[arg(long, value_delimiter = ',', value_name = "YES/NO,...")]
    pub ladder: Option<Vec<String>>,
    /// A note (the reason for not applicable, the countermeasure for compensated)
    #[arg(long)]
    pub note: Option<String>,
    /// An evidence reference (repeatable)
    #[arg(long, value_name = "REF")]
    pub evidence: Vec<String>,
    /// Who was interviewed
    #[arg(long)]
    pub interviewee: Option<String>,
    /// Who assessed (default: the config file's assessor)
    #[arg(long)]
    pub assessor: Option<String>,
    /// Flag the answer for follow-up
    #[arg(long)]
    pub flag: bool,
    /// Many answers from a CSV file with the columns of `export --format csv` (questionnaire,
    /// target, requirement, value, note, evidence, interviewee, flagged; title, group,
    /// countermeasures, assessor and time are read only), or a JSON array of objects with those
    /// fields (or a JSON export). A column left out keeps what each answer has; an empty cell
    /// empties it (an empty value cell clears the value). Unchanged rows change nothing. Every row is
    /// checked first: all or nothing, one save
    #[arg(
        long,
        value_name = "CSV|JSON",
        conflicts_with_all = ["questionnaire", "item", "area", "value", "ladder", "zone", "system", "note", "evidence", "interviewee", "flag"]
    )]
    pub from: Option<PathBuf>,
    /// With --from: write the rows that can be taken, list the others, exit with 2 if there were any
    #[arg(long, requires = "from", conflicts_with = "questionnaire")]
    pub partial: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The workbook for the customer
    Xlsx,
    /// One row per answer
    Csv,
    /// The assessment with titles, its score and its regulatory alignment (docs/export-json.md)
    Json,
    /// The remediation plan, one row per action
    PlanCsv,
    /// A questionnaire workbook to answer offline, read back with `import`
    OfflineXlsx,
}

/// How a CSV export is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvDialectArg {
    /// UTF-8 with a byte-order mark, the separator of the export's language (a semicolon for de,
    /// fr and most of Europe), times to the second in UTC: opens by double-click in Excel
    Excel,
    /// RFC 4180: commas, no byte-order mark, times as RFC 3339 (the default)
    Rfc4180,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The assessment file
    pub file: PathBuf,
    /// The format
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// With --format csv or plan-csv: how the CSV is written
    #[arg(long, value_enum, value_name = "DIALECT")]
    pub csv_dialect: Option<CsvDialectArg>,
    /// The file to write
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: PathBuf,
    /// Replace OUT if it exists (an assessment is never replaced)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DiagramArgs {
    /// The assessment file
    pub file: PathBuf,
    /// svg (laid out by iacs-assess, with legend and title) or dot (Graphviz, to restyle);
    /// default: by the name of OUT
    #[arg(long, value_enum)]
    pub format: Option<DiagramFormat>,
    /// The file to write (default: standard output)
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Replace OUT if it exists (an assessment is never replaced)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagramFormat {
    Svg,
    Dot,
}

#[derive(Debug, Args)]
pub struct SpecArgs {
    /// The assessment file
    pub file: PathBuf,
    /// The file to write: a workbook (.xlsx) or Markdown (.md), in the assessment's language (or --lang)
    #[arg(long, short = 'o', value_name = "OUT", required_unless_present = "approve")]
    pub output: Option<PathBuf>,
    /// Replace OUT if it exists (an assessment is never replaced)
    #[arg(long)]
    pub force: bool,
    /// Record an approval of the specification as it is now (with --by and --role)
    #[arg(long, requires_all = ["by", "role"])]
    pub approve: bool,
    /// Who approves
    #[arg(long, value_name = "NAME", requires = "approve")]
    pub by: Option<String>,
    /// In which role, e.g. "Asset owner"
    #[arg(long, value_name = "ROLE", requires = "approve")]
    pub role: Option<String>,
    /// The day of the approval, YYYY-MM-DD (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", requires = "approve")]
    pub date: Option<String>,
    /// The system under consideration (default: every system; to approve, the only one)
    #[arg(long, value_name = "ID")]
    pub system: Option<String>,
    /// A note kept with the approval
    #[arg(long, requires = "approve")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatementArgs {
    /// The assessment file (with iec62443-2-4 among its questionnaires)
    pub file: PathBuf,
    /// The file to write: a workbook (.xlsx) or Markdown (.md), in the assessment's language (or
    /// --lang); without it the statement is printed
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Include the assessors' notes (left out by default: the statement goes to customers)
    #[arg(long)]
    pub with_notes: bool,
    /// Check the statement against a target profile for iec62443-2-4: its id, or the path of a
    /// profile file
    #[arg(long, value_name = "PROFILE")]
    pub against: Option<String>,
    /// Print the statement (and the check) as JSON (docs/statement.md) instead
    #[arg(long, conflicts_with = "output")]
    pub json: bool,
    /// Replace OUT if it exists (an assessment is never replaced)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum SystemCommand {
    /// Add a system under consideration (its zones and conduits name it with --system)
    Add {
        file: PathBuf,
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        /// What the system is, its boundary and its access points
        #[arg(long, default_value = "")]
        description: String,
    },
    /// Describe a system: what it is, its boundary and its access points
    Describe {
        file: PathBuf,
        id: String,
        #[arg(long)]
        description: String,
    },
    /// List the systems with their zones and conduits
    List { file: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum IntervieweeCommand {
    /// Record a person interviewed and their role (replaces what was recorded for that name)
    Set {
        file: PathBuf,
        /// The name, as stamped on the answers they give
        #[arg(long)]
        name: String,
        /// Their role (e.g. "Control room shift lead")
        #[arg(long)]
        role: String,
        /// Their organisation, when it is not the assessed one (e.g. the integrator)
        #[arg(long, default_value = "")]
        organisation: String,
    },
    /// Remove the record of a person (their answers keep their name)
    Remove {
        file: PathBuf,
        #[arg(long)]
        name: String,
    },
    /// List everybody interviewed: role, organisation, answers given, first and last answer
    List { file: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum ZoneCommand {
    /// Add a zone
    Add {
        file: PathBuf,
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "")]
        description: String,
        /// An asset in the zone (repeatable)
        #[arg(long = "asset", value_name = "ASSET")]
        assets: Vec<String>,
        /// A manual SL-T over the 7 FRs, e.g. 2,2,1,1,3,1,2
        #[arg(long, value_name = "VECTOR")]
        sl_t: Option<String>,
        /// Why the manual SL-T (required with --sl-t)
        #[arg(long, requires = "sl_t")]
        justification: Option<String>,
        /// The system under consideration it belongs to (default: the first)
        #[arg(long, value_name = "ID")]
        system: Option<String>,
        /// Its layer in the zone diagram: enterprise, dmz, operations, supervisory, control,
        /// field or safety (default: from its conduits)
        #[arg(long, value_name = "LAYER")]
        layer: Option<String>,
    },
    /// Change a zone: its layer in the zone diagram
    Set {
        file: PathBuf,
        /// The zone's id
        zone: String,
        /// enterprise, dmz, operations, supervisory, control, field or safety; auto: from its
        /// conduits
        #[arg(long, value_name = "LAYER")]
        layer: String,
    },
    /// Add zones from a CSV file with the header id,name[,description,assets,sl_t,justification,
    /// layer] (assets separated by ';', sl_t like "2 2 1 1 3 1 2", layer like control)
    Import { file: PathBuf, csv: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum ConduitCommand {
    /// Add a conduit between two zones
    Add {
        file: PathBuf,
        #[arg(long)]
        id: String,
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, default_value = "")]
        description: String,
        /// The system under consideration it belongs to (default: that of the --from zone)
        #[arg(long, value_name = "ID")]
        system: Option<String>,
    },
    /// Add conduits from a CSV file with the header id,from,to[,name,description]
    Import { file: PathBuf, csv: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum ScenarioCommand {
    /// Add a threat scenario
    Add {
        file: PathBuf,
        /// The zone or conduit it is aimed at
        #[arg(long)]
        target: String,
        /// The threat, in a few words
        #[arg(long)]
        threat: String,
        /// Scenario id (default: S1, S2, ...)
        #[arg(long)]
        id: Option<String>,
        /// Likelihood score (1 = lowest level of the risk model)
        #[arg(long)]
        likelihood: u8,
        /// Impact score (1 = lowest level of the risk model)
        #[arg(long)]
        impact: u8,
        #[arg(long, requires = "residual_impact")]
        residual_likelihood: Option<u8>,
        #[arg(long, requires = "residual_likelihood")]
        residual_impact: Option<u8>,
        /// The most capable credible threat actor (an id of the risk model)
        #[arg(long)]
        threat_actor: Option<String>,
        /// An FR (1-7) the threat acts through (repeatable; default all)
        #[arg(long = "fr", value_name = "FR", value_parser = clap::value_parser!(u8).range(1..=7))]
        frs: Vec<u8>,
        /// An impact category of the risk model in which the impact is reached, e.g. health-safety
        /// (repeatable); consequence floors of the model look at it
        #[arg(long = "impact-category", value_name = "CATEGORY")]
        impact_categories: Vec<String>,
        #[arg(long, default_value = "")]
        countermeasures: String,
    },
    /// Add scenarios from a CSV file with the header id,target,threat,likelihood,impact
    /// [,residual_likelihood,residual_impact,threat_actor,frs,countermeasures,description]
    Import { file: PathBuf, csv: PathBuf },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PreferArg {
    /// The more recent answer (by its time)
    Newer,
    /// The first file
    A,
    /// The second file
    B,
}

/// A date as YYYY-MM-DD, for clap.
fn date_arg(text: &str) -> Result<jiff::civil::Date, String> {
    crate::assessment::countermeasure::parse_date(text)
}

#[derive(Debug, Subcommand)]
pub enum ComponentCommand {
    /// Add a component (a PLC, a switch, an HMI software ...) to a zone
    Add {
        /// The assessment file
        file: PathBuf,
        #[command(flatten)]
        fields: ComponentFields,
    },
    /// Change what is recorded of a component: only the options given change
    Edit {
        /// The assessment file
        file: PathBuf,
        #[command(flatten)]
        fields: ComponentFields,
        /// Drop the declared SL-C (an assessed one comes from the 62443-4-2 answers)
        #[arg(long, conflicts_with = "sl_c")]
        no_declared: bool,
    },
    /// Remove a component, with its 62443-4-2 answers
    Remove {
        /// The assessment file
        file: PathBuf,
        /// The component's id
        id: String,
    },
    /// Every component with its zone and its SL-C (assessed, declared or unknown)
    List {
        /// The assessment file
        file: PathBuf,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Add the components of an asset inventory: a CSV file with the header
    /// id,name,type[,vendor,product,version,zone,sl_c,source,certificate,scheme,date]
    /// (type: software-application, embedded-device, host-device, network-device or SAR, EDR, HDR,
    /// NDR; sl_c like "2 2 1 1 2 1 1"; source: certificate or supplier-statement). Every row is
    /// checked first: one bad row adds nothing, and each is reported by its line
    Import {
        /// The assessment file
        file: PathBuf,
        /// The inventory (CSV, ',' or ';' between fields)
        csv: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct ComponentFields {
    /// Its id, e.g. PLC-3 (letters, digits, '-', '_', '.')
    #[arg(long)]
    pub id: String,
    /// What it is called at the plant, e.g. "Filter line PLC"
    #[arg(long)]
    pub name: Option<String>,
    /// software-application, embedded-device, host-device or network-device (or SAR, EDR, HDR, NDR)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    #[arg(long)]
    pub vendor: Option<String>,
    #[arg(long)]
    pub product: Option<String>,
    #[arg(long)]
    pub version: Option<String>,
    /// The zone it sits in
    #[arg(long)]
    pub zone: Option<String>,
    /// The SL-C its supplier declares, per FR, e.g. "2 2 1 1 2 1 1"
    #[arg(long, value_name = "VECTOR")]
    pub sl_c: Option<String>,
    /// Where the declared SL-C comes from: certificate or supplier-statement
    #[arg(long, requires = "sl_c")]
    pub source: Option<String>,
    /// The certificate's number
    #[arg(long, requires = "sl_c")]
    pub certificate: Option<String>,
    /// The certification scheme, e.g. "ISASecure CSA" or "IECEE CB"
    #[arg(long, requires = "sl_c")]
    pub scheme: Option<String>,
    /// The date of the certificate or statement, YYYY-MM-DD
    #[arg(long, requires = "sl_c")]
    pub date: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CountermeasureCommand {
    /// Record a compensating countermeasure for requirements answered "compensated"
    Add(CountermeasureArgs),
    /// Approve a countermeasure (it counts once it is complete, approved and not past review)
    Approve {
        /// The assessment file
        file: PathBuf,
        /// The countermeasure's id, e.g. CCM-01
        id: String,
        /// Who approves it
        #[arg(long, value_name = "NAME")]
        by: String,
        /// The day of the approval, YYYY-MM-DD (default: today)
        #[arg(long, value_name = "DATE", value_parser = date_arg)]
        date: Option<jiff::civil::Date>,
    },
    /// Every countermeasure with its status as of today, and compensated answers without one
    List {
        /// The assessment file
        file: PathBuf,
    },
    /// Remove a countermeasure
    Remove {
        /// The assessment file
        file: PathBuf,
        /// The countermeasure's id
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct CountermeasureArgs {
    /// The assessment file
    pub file: PathBuf,
    /// Its id, e.g. CCM-01 (letters, digits, '-', '_', '.')
    #[arg(long)]
    pub id: String,
    /// The questionnaire, e.g. iec62443-3-3
    #[arg(long, short = 'q', value_name = "ID")]
    pub questionnaire: String,
    /// A requirement it stands in for, e.g. "SR 1.1" (repeatable)
    #[arg(long = "requirement", value_name = "ID", required = true)]
    pub requirements: Vec<String>,
    /// A zone or conduit it applies to (repeatable; none for organisation-wide questionnaires)
    #[arg(long = "target", alias = "zone", value_name = "ID")]
    pub targets: Vec<String>,
    /// What is done instead
    #[arg(long, default_value = "")]
    pub instead: String,
    /// Why it is equivalent
    #[arg(long, default_value = "")]
    pub equivalence: String,
    /// The risk that remains
    #[arg(long, default_value = "")]
    pub residual_risk: String,
    /// How it was verified
    #[arg(long, default_value = "")]
    pub verification: String,
    /// When it is to be reviewed, YYYY-MM-DD
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub review_by: Option<jiff::civil::Date>,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Propose actions for the open gaps (never changes an accepted or dropped action), then show the plan
    Propose {
        /// The assessment file
        file: PathBuf,
        /// Print JSON (schema: docs/plan-json.md)
        #[arg(long)]
        json: bool,
        /// Recorded in the history of new proposals (default: the config's, or the first assessor)
        #[arg(long)]
        assessor: Option<String>,
    },
    /// The actions by phase with why each matters, and the levels reached after each phase
    Show {
        /// The assessment file
        file: PathBuf,
        /// Print JSON (schema: docs/plan-json.md)
        #[arg(long)]
        json: bool,
    },
    /// Add an action by hand
    Add(PlanAddArgs),
    /// Change an action (status changes are recorded with who and when)
    Set(PlanSetArgs),
    /// Mark an action done and list the requirements to re-assess (no answer changes by itself)
    Done {
        /// The assessment file
        file: PathBuf,
        /// The action's id, e.g. A-01
        id: String,
        /// Recorded in the action's history (default: the config's, or the first assessor)
        #[arg(long)]
        assessor: Option<String>,
    },
    /// The actions in plan order, filtered (filters combine)
    List(PlanListArgs),
    /// Remove an action
    Remove {
        /// The assessment file
        file: PathBuf,
        /// The action's id
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct PlanAddArgs {
    /// The assessment file
    pub file: PathBuf,
    /// What is to be done
    #[arg(long)]
    pub title: String,
    /// More about it
    #[arg(long, default_value = "")]
    pub description: String,
    /// A requirement it addresses: "QUESTIONNAIRE/ZONE/REQUIREMENT", or "QUESTIONNAIRE/REQUIREMENT"
    /// for a questionnaire answered for the whole organisation (repeatable)
    #[arg(long = "requirement", value_name = "Q/ZONE/REQ")]
    pub requirements: Vec<String>,
    /// A threat scenario whose risk it reduces (repeatable)
    #[arg(long = "scenario", value_name = "ID")]
    pub scenarios: Vec<String>,
    /// Who owns it
    #[arg(long, default_value = "")]
    pub owner: String,
    /// When it is due, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// How much work: a label of the effort scale (S, M, L by default) or a number of person-days
    #[arg(long, default_value = "")]
    pub effort: String,
    /// The phase of the plan (default: the phase its requirements fall in)
    #[arg(long, value_name = "N")]
    pub phase: Option<String>,
    /// proposed, planned, in-progress, done or dropped
    #[arg(long, default_value = "planned")]
    pub status: String,
    /// Recorded in the action's history (default: the config's, or the first assessor)
    #[arg(long)]
    pub assessor: Option<String>,
}

#[derive(Debug, Args)]
pub struct PlanSetArgs {
    /// The assessment file
    pub file: PathBuf,
    /// The action's id, e.g. A-01
    pub id: String,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    #[arg(long)]
    pub owner: Option<String>,
    /// When it is due, YYYY-MM-DD
    #[arg(long, value_name = "DATE", conflicts_with = "no_due")]
    pub due: Option<String>,
    /// Take the due date away
    #[arg(long)]
    pub no_due: bool,
    /// A label of the effort scale or a number of person-days ("" takes it away)
    #[arg(long)]
    pub effort: Option<String>,
    /// The phase of the plan (0 takes it out of every phase)
    #[arg(long, value_name = "N")]
    pub phase: Option<String>,
    /// proposed, planned, in-progress, done or dropped
    #[arg(long)]
    pub status: Option<String>,
    /// Recorded in the history of a status change (default: the config's, or the first assessor)
    #[arg(long)]
    pub assessor: Option<String>,
}

#[derive(Debug, Args)]
pub struct PlanListArgs {
    /// The assessment file
    pub file: PathBuf,
    /// Print JSON (schema: docs/plan-json.md)
    #[arg(long)]
    pub json: bool,
    /// Only actions that address this zone or conduit
    #[arg(long, alias = "conduit", value_name = "ID")]
    pub zone: Option<String>,
    /// Only actions of this owner
    #[arg(long)]
    pub owner: Option<String>,
    /// Only actions of this phase
    #[arg(long, value_name = "N")]
    pub phase: Option<String>,
    /// Only actions with this status
    #[arg(long)]
    pub status: Option<String>,
    /// Only actions past their due date and not done or dropped
    #[arg(long)]
    pub overdue: bool,
}
