//! `iacs-assess answer FILE --from answers.csv|answers.json`: many answers, one load, one save.
//! The reading and every rule are in the library ([`crate::import::answers_file`]).

use super::Context;
use crate::error::{Diagnostic, Error, Result};
use jiff::Timestamp;
use std::path::Path;

/// Check every row of `from`, then write the answers that change in one durable save: all or
/// nothing, or with `partial` the rows that can be taken (exit code 2 all the same when some
/// could not).
pub fn answer_from(ctx: &Context, file: &Path, from: &Path, partial: bool, assessor: Option<String>) -> Result<()> {
    let mut not_taken = Vec::new();
    super::edit::edit(ctx, file, |a| {
        let assessor = super::edit::assessor_of(ctx, a, assessor);
        let report = crate::import::answers_file::read(from, a, &ctx.catalog, &ctx.texts, &assessor, Timestamp::now())?;
        let count = |key: &str| {
            ctx.texts.ui_with(
                key,
                &[
                    ("rows", report.rows.into()),
                    ("file", from.display().to_string().into()),
                    ("changed", report.answers.len().into()),
                    ("unchanged", report.unchanged.into()),
                    ("refused", report.refused.into()),
                ],
            )
        };
        if report.refused > 0 && !partial {
            // The outcome first: at most a hundred problems are listed after it.
            let mut problems = vec![Diagnostic::new(from, count("answers-file-refused"))];
            problems.extend(report.problems);
            return Err(Error::Invalid(problems));
        }
        let summary = if report.refused > 0 {
            not_taken = vec![Diagnostic::new(from, count("answers-file-not-taken"))];
            not_taken.extend(report.problems);
            count("answers-file-done-partial")
        } else {
            count("answers-file-done")
        };
        a.set_answers(report.answers);
        Ok(summary)
    })?;
    if not_taken.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(not_taken))
    }
}
