//! `iacs-assess interviewee set | remove | list`: the people interviewed and their roles.

use super::Context;
use super::args::IntervieweeCommand;
use crate::assessment::interviewee::interviews;
use crate::assessment::{Interviewee, storage};
use crate::error::{Error, Result};
use fluent_bundle::FluentValue;

pub fn run(ctx: &Context, command: IntervieweeCommand) -> Result<()> {
    let texts = &ctx.texts;
    match command {
        IntervieweeCommand::Set {
            file,
            name,
            role,
            organisation,
        } => super::edit::edit(ctx, &file, |a| {
            let (name, role) = (name.trim().to_string(), role.trim().to_string());
            if name.is_empty() || role.is_empty() {
                return Err(Error::usage(texts.ui("interviewee-cli-needs")));
            }
            let person = Interviewee {
                name: name.clone(),
                role,
                organisation: organisation.trim().to_string(),
            };
            let key = match a.set_interviewee(person) {
                Some(_) => "interviewee-cli-updated",
                None => "interviewee-cli-recorded",
            };
            Ok(texts.ui_with(key, &[("name", FluentValue::from(name))]))
        }),
        IntervieweeCommand::Remove { file, name } => super::edit::edit(ctx, &file, |a| {
            if a.remove_interviewee(&name).is_none() {
                let known: Vec<&str> = a.interviewees.iter().map(|x| x.name.as_str()).collect();
                return Err(Error::usage(texts.ui_with(
                    "interviewee-cli-unknown",
                    &[
                        ("name", FluentValue::from(name.as_str())),
                        ("known", FluentValue::from(known.join(", "))),
                    ],
                )));
            }
            Ok(texts.ui_with("interviewee-cli-removed", &[("name", FluentValue::from(name))]))
        }),
        IntervieweeCommand::List { file } => {
            let a = storage::read(&file, &ctx.catalog)?;
            for x in interviews(&a) {
                let role = match (x.role.as_str(), x.organisation.as_str()) {
                    ("", _) => texts.ui("interviewee-no-role"),
                    (role, "") => role.to_string(),
                    (role, org) => format!("{role}, {org}"),
                };
                let day = |t: Option<jiff::Timestamp>| t.map(|t| t.strftime("%Y-%m-%d %H:%M").to_string());
                let answers = texts.ui_with(
                    "interviewee-answers",
                    &[
                        ("count", FluentValue::from(x.answers)),
                        ("first", FluentValue::from(day(x.first).unwrap_or_default())),
                        ("last", FluentValue::from(day(x.last).unwrap_or_default())),
                    ],
                );
                crate::say!("{}  ({role})  {answers}", x.name);
            }
            Ok(())
        }
    }
}
