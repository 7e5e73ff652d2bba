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

/// The name of the `help` subcommand and of its argument.
const HELP: &str = "help";
const HELP_ARG: &str = "command";

/// When `matches` ask `stillpoint [COMMAND...] help [COMMAND...]`, the
/// command whose help to show, as the names leading to it.
pub fn help_asked_for(matches: &clap::ArgMatches) -> Option<Vec<String>> {
    let (name, inner) = matches.subcommand()?;
    if name != HELP {
        let mut path = help_asked_for(inner)?;
        path.insert(0, name.to_owned());
        return Some(path);
    }
    Some(
        inner
            .get_many::<String>(HELP_ARG)
            .map(|names| names.cloned().collect())
            .unwrap_or_default(),
    )
}

/// Prints the long help of the command `path` leads to in `command` (as
/// far as its names are commands).
pub fn print_help(command: &mut Command, path: &[String]) -> std::io::Result<()> {
    // Every subcommand then knows its whole name for its usage line.
    command.build();
    show_help(command, path)
}

fn show_help(command: &mut Command, path: &[String]) -> std::io::Result<()> {
    let Some((first, rest)) = path.split_first() else {
        return command.print_long_help();
    };
    match command.find_subcommand_mut(first) {
        Some(sub) => show_help(sub, rest),
        None => command.print_long_help(),
    }
}

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
        for value in arg.get_possible_values() {
            if let Some(help) = value.get_help() {
                found.push((format!("{id}-{}", value.get_name()), help.to_string()));
            }
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
            (Some(headings), true) => annotated(arg.help_heading(headings.arguments), &id),
            (Some(headings), false) => annotated(arg.help_heading(headings.options), &id),
        }
    });
    if let Some(headings) = headings {
        command = worded(command, headings);
    }
    // Only the commands clap derived; `help` is worded where it is made.
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .filter(|name| name != HELP)
        .collect();
    for name in names {
        let sub = sub_path(path, &name);
        command = command.mut_subcommand(&name, |inner| localize(inner, &sub, headings));
    }
    command
}

/// clap's own words, which it writes in English: the headings, and the
/// help flag (given again, as clap's cannot be reworded).
fn worded(mut command: Command, headings: Headings) -> Command {
    if command.has_subcommands() {
        // clap's `help` subcommand cannot be reworded either: this one is
        // answered by [`help_asked_for`].
        command = command.disable_help_subcommand(true).subcommand(
            Command::new(HELP).about(t!("help-help")).arg(
                Arg::new(HELP_ARG)
                    .num_args(0..)
                    .action(ArgAction::Append)
                    .value_name("COMMAND"),
            ),
        );
    }
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

/// `arg` with what clap adds to its help in English, its environment
/// variable, default and possible values (each with its own help), written
/// into its help in the reader's language instead.
fn annotated(mut arg: Arg, id: &str) -> Arg {
    let takes_values = arg.get_action().takes_values();
    let mut notes = Vec::new();
    if let Some(name) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        notes.push(t!("help-env", name = name.to_string_lossy().into_owned()));
        arg = arg.hide_env(true);
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(t!("help-default", value = defaults.join(" ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut described = Vec::new();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        notes.push(t!("help-possible-values", values = names.join(&t!("cli-separator"))));
        for value in values.iter().filter(|v| v.get_help().is_some()) {
            let help = text(&format!("{id}-{}", value.get_name()), None);
            described.push(format!("- {}: {help}", value.get_name()));
        }
        arg = arg.hide_possible_values(true);
    }
    if notes.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let long = arg.get_long_help().map(ToString::to_string);
    let notes = notes.join(" ");
    arg = arg.help(format!("{help} {notes}").trim().to_owned());
    if long.is_some() || !described.is_empty() {
        let mut paragraphs = vec![long.unwrap_or(help)];
        if !described.is_empty() {
            paragraphs.push(described.join("\n"));
        }
        paragraphs.push(notes);
        arg = arg.long_help(paragraphs.join("\n\n"));
    }
    arg
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
