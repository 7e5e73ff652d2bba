//! The command line's help in the reader's language. clap's derive takes
//! each command's and argument's help from its doc comment, fixed at
//! compile time; before parsing, [`localized`] replaces every one with the
//! Fluent message whose id comes from its place in the command tree:
//! `help-log-add` for `stillpoint log add`, `help-log-add-minutes` for its
//! `--minutes`, `help-data-dir` for the top level's `--data-dir`, and
//! `-long` after any of them for the longer text `--help` shows.
//!
//! Those ids are made, not written out, so the locales test cannot see
//! them: [`help_texts`] lists them with the English clap derived, and a
//! test checks that English has each one, word for word.

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, Command};

use crate::i18n::{Language, text};
use crate::t;

/// The message id for the top level's own description.
const TOP: &str = "help-stillpoint";

/// Every help text of `command` and its subcommands: the message id that
/// gives it, and the text clap derived from the doc comments.
pub fn help_texts(command: &Command) -> Vec<(String, String)> {
    let mut found = Vec::new();
    gather(command, "", &mut found);
    found
}

fn gather(command: &Command, path: &str, found: &mut Vec<(String, String)>) {
    let id = command_id(path);
    if let Some(about) = command.get_about() {
        found.push((id.clone(), about.to_string()));
    }
    if let Some(long) = command.get_long_about() {
        found.push((format!("{id}-long"), long.to_string()));
    }
    for arg in command.get_arguments() {
        let id = arg_id(path, arg);
        if let Some(help) = arg.get_help() {
            found.push((id.clone(), help.to_string()));
        }
        if let Some(long) = arg.get_long_help() {
            found.push((format!("{id}-long"), long.to_string()));
        }
    }
    for sub in command.get_subcommands() {
        gather(sub, &sub_path(path, sub.get_name()), found);
    }
}

/// `command`, with every help text in this thread's language. In another
/// language than English, clap's own headings and its help and version
/// flags are worded too.
pub fn localized(command: Command) -> Command {
    let headings = (Language::English != crate::i18n::locale().language).then(Headings::new);
    let command = localize(command, "", headings);
    match headings {
        Some(headings) => command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("help-flag-version"))
                .help_heading(headings.options),
        ),
        None => command,
    }
}

/// clap's headings in the reader's language. clap keeps headings for the
/// whole run (as `&'static str`); the command line asks for them once.
#[derive(Clone, Copy)]
struct Headings {
    arguments: &'static str,
    options: &'static str,
    commands: &'static str,
}

impl Headings {
    fn new() -> Headings {
        let keep = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
        Headings {
            arguments: keep(t!("help-heading-arguments")),
            options: keep(t!("help-heading-options")),
            commands: keep(t!("help-heading-commands")),
        }
    }
}

fn localize(mut command: Command, path: &str, headings: Option<Headings>) -> Command {
    let id = command_id(path);
    if command.get_about().is_some() {
        command = command.about(text(&id, None));
    }
    if command.get_long_about().is_some() {
        command = command.long_about(text(&format!("{id}-long"), None));
    }
    command = command.mut_args(|mut arg| {
        let id = arg_id(path, &arg);
        if arg.get_help().is_some() {
            arg = arg.help(text(&id, None));
        }
        if arg.get_long_help().is_some() {
            arg = arg.long_help(text(&format!("{id}-long"), None));
        }
        match (headings, arg.is_positional()) {
            (None, _) => arg,
            (Some(headings), true) => arg.help_heading(headings.arguments),
            (Some(headings), false) => arg.help_heading(headings.options),
        }
    });
    if let Some(headings) = headings {
        command = worded(command, headings);
    }
    let names: Vec<String> = command.get_subcommands().map(|sub| sub.get_name().to_owned()).collect();
    for name in names {
        let sub = sub_path(path, &name);
        command = command.mut_subcommand(&name, |inner| localize(inner, &sub, headings));
    }
    command
}

/// clap's own words, which it writes in English: the headings, and the
/// help flag (given again, as clap's cannot be reworded).
fn worded(command: Command, headings: Headings) -> Command {
    let styles = command.get_styles().clone();
    let heading = styles.get_usage();
    let usage = format!("{heading}{}{heading:#}", t!("help-heading-usage"));
    let template = format!("{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}");
    command
        .help_template(StyledStr::from(template))
        .subcommand_help_heading(headings.commands)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t!("help-flag-help"))
                .help_heading(headings.options),
        )
}

fn command_id(path: &str) -> String {
    match path {
        "" => TOP.to_owned(),
        path => format!("help-{path}"),
    }
}

fn arg_id(path: &str, arg: &Arg) -> String {
    let name = arg.get_id().as_str().replace('_', "-");
    match path {
        "" => format!("help-{name}"),
        path => format!("help-{path}-{name}"),
    }
}

fn sub_path(path: &str, name: &str) -> String {
    match path {
        "" => name.to_owned(),
        path => format!("{path}-{name}"),
    }
}
