//! Export from inside the interface: a small form (format, output file) on the questionnaire
//! screen; the runtime writes the file and reports back. The assessment is never changed.
//! A CSV is written as RFC 4180 or for Excel (the form's second field, as `--csv-dialect`).

use crate::export::{CsvDialect, Format, Kind};
use crate::tui::forms::form::{self, Form, FormEvent, Purpose};
use crate::tui::message::Effect;
use crate::tui::model::Model;
use crossterm::event::KeyEvent;
use std::path::PathBuf;

/// The formats offered: the name shown, the file's extension, the format.
const FORMATS: [(&str, &str, Format); 4] = [
    ("xlsx", "xlsx", Format::Xlsx),
    ("csv", "csv", Format::Csv),
    ("json", "json", Format::Json),
    ("plan-csv", "plan.csv", Format::PlanCsv),
];

/// The CSV dialects offered, by their names on the command line.
const DIALECTS: [(&str, CsvDialect); 2] = [("rfc4180", CsvDialect::Rfc4180), ("excel", CsvDialect::Excel)];

/// The form's fields: the format, the CSV dialect, the file (last, so Enter there exports).
const FILE: usize = 2;

/// Open the export form, proposing the assessment's own name with the format's extension.
pub fn open(model: &mut Model) {
    let Some(s) = model.session.as_mut() else { return };
    let proposed = s.path.with_extension("xlsx").display().to_string();
    let formats = FORMATS.iter().map(|(n, _, _)| n.to_string()).collect();
    s.form = Some(Form::new(
        Purpose::Export,
        model.texts.ui("export-title"),
        vec![
            form::choice("export-format", formats, 0),
            form::choice(
                "export-csv-dialect",
                DIALECTS.iter().map(|(n, _)| n.to_string()).collect(),
                0,
            ),
            form::text("export-file", &proposed),
        ],
    ));
}

pub fn form_key(model: &mut Model, k: KeyEvent) -> Vec<Effect> {
    let Some(s) = model.session.as_mut() else {
        return Vec::new();
    };
    let Some(f) = s.form.as_mut() else { return Vec::new() };
    let before = f.index(0);
    let event = f.key(k);
    let chosen = f.index(0).min(FORMATS.len() - 1);
    // Changing the format changes the proposed extension.
    if chosen != before
        && let Some(form::Input::Text(area)) = f.fields.get_mut(FILE).map(|x| &mut x.input)
    {
        let path = PathBuf::from(area.lines().join(""));
        let stem = path.to_string_lossy().trim_end_matches(".plan.csv").to_string();
        let changed = PathBuf::from(stem)
            .with_extension(FORMATS[chosen].1)
            .display()
            .to_string();
        **area = ratatui_textarea::TextArea::new(vec![changed]);
        area.move_cursor(ratatui_textarea::CursorMove::End);
    }
    match event {
        FormEvent::Nothing => Vec::new(),
        FormEvent::Cancel => {
            s.form = None;
            Vec::new()
        }
        FormEvent::Submit => {
            let path = f.value(FILE);
            if path.is_empty() {
                f.error = Some("export-error-file".into());
                return Vec::new();
            }
            let kind = Kind {
                format: FORMATS[f.index(0).min(FORMATS.len() - 1)].2,
                csv_dialect: DIALECTS[f.index(1).min(DIALECTS.len() - 1)].1,
            };
            s.form = None;
            vec![Effect::Export(kind, PathBuf::from(path), false)]
        }
    }
}
