//! The `stillpoint` command's arguments, as clap reads them. The help
//! written here is English; [`super::help`] gives it in the reader's
//! language before parsing.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::session::Duration;
use crate::t;

/// The arguments the command was given, read with help in the reader's
/// language; wrong arguments are reported, and `--help` shown, by clap,
/// which then exits.
pub fn parse() -> Args {
    let mut command = super::help::localized(Args::command());
    let matches = command.get_matches_mut();
    if let Some(path) = super::help::help_asked_for(&matches) {
        let shown = super::help::print_help(&mut command, &path);
        std::process::exit(if shown.is_ok() { 0 } else { 1 });
    }
    Args::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

/// Stillpoint plays guided mindfulness, compassion and well-being sessions
/// from plain-text session files, with bells timed exactly. Without a
/// command it opens the app.
#[derive(Parser)]
#[command(name = "stillpoint", version = crate::VERSION, about, long_about = None)]
pub struct Args {
    /// Keep all of Stillpoint's state (practice log, settings, your own
    /// sessions) in DIR instead of the usual data folder.
    #[arg(long, global = true, env = "STILLPOINT_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Without a command: open the app quietly, in the tray or minimized,
    /// with the bells at the desk ringing (as when it starts at login).
    #[arg(long)]
    pub background: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// List the sessions in the library: the bundled program and your own.
    List,
    /// Play a session.
    ///
    /// With --no-gui it plays in the terminal: a live countdown and the
    /// guidance as it comes; space pauses, s skips a step, + adds a minute,
    /// q ends.
    Play {
        /// A session file, or the id of a bundled or user session.
        #[arg(required_unless_present = "invite")]
        session: Option<String>,
        /// Join a shared sit: an invitation file or code (from `stillpoint
        /// invite`). Opened early it counts down to the first bell; opened
        /// late it joins where the others are.
        #[arg(long, value_name = "FILE_OR_CODE", conflicts_with = "session")]
        invite: Option<String>,
        /// For a flexible session, the chosen length; for an open-ended one,
        /// when it ends by itself.
        #[arg(long, value_parser = parse_duration)]
        length: Option<Duration>,
        /// Play in the terminal instead of the window.
        #[arg(long)]
        no_gui: bool,
        /// With --no-gui: read the guidance aloud with the system's speech
        /// synthesizer (espeak-ng), where a cue has no recording.
        #[arg(long)]
        speak: bool,
    },
    /// Take the three-minute pause now, in the open app or in a new window.
    ///
    /// A keyboard shortcut of your desktop can run it, for a pause at a
    /// keystroke.
    Pause,
    /// Invite others to sit together: a session whose first bell rings at
    /// the same moment for everyone who opens the invitation, once or every
    /// few days or weeks.
    Invite {
        /// A session file, or the id of a bundled or user session.
        session: String,
        /// When the first bell rings, in RFC 3339 with your offset, e.g.
        /// 2026-11-27T15:00:00+01:00.
        #[arg(long, value_name = "RFC3339")]
        at: String,
        /// For a flexible session, the length everyone sits; for an
        /// open-ended one, when it ends (which a calendar event needs).
        #[arg(long, value_parser = parse_duration)]
        length: Option<Duration>,
        /// Sit again every N days or weeks (1d, 1w, 2w), --count times in
        /// all.
        #[arg(long, value_name = "N{d|w}")]
        every: Option<String>,
        /// With --every, how many sits in all, the first among them (1 to
        /// 100).
        #[arg(long, value_name = "N", requires = "every")]
        count: Option<u32>,
        /// Or repeat by a calendar rule: FREQ=DAILY or FREQ=WEEKLY, INTERVAL,
        /// and COUNT or UNTIL, e.g. "FREQ=WEEKLY;INTERVAL=2;COUNT=6".
        #[arg(long, value_name = "RULE", conflicts_with_all = ["every", "count"])]
        rrule: Option<String>,
        /// Also write the invitation as a file.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Also write it as a calendar event (.ics) to open in a calendar;
        /// adding it again updates the same event.
        #[arg(long, value_name = "FILE")]
        ics: Option<PathBuf>,
    },
    /// Show a session: its details, its steps and their guidance.
    Show {
        /// A session file, or the id of a bundled or user session.
        #[arg(required_unless_present = "stats")]
        session: Option<String>,
        /// For a flexible session, the length to lay the steps out for
        /// (for example "20m").
        #[arg(long, value_parser = parse_duration)]
        length: Option<Duration>,
        /// Show the pacing instead: for each step, its cues, its words, the
        /// most words on screen at once and the share of it taken by
        /// speaking at 110 words a minute. Without a session, one line for
        /// each session in the library.
        #[arg(long)]
        stats: bool,
    },
    /// List a session's events in time: steps, bells, voice, ambient, end.
    ///
    /// Times are counted from the first bell, after the settling countdown.
    Timeline {
        /// A session file, or the id of a bundled or user session.
        session: String,
        /// The length to lay the session out for: for a flexible session,
        /// the chosen length; for an open-ended one, when it is ended.
        #[arg(long, value_parser = parse_duration)]
        length: Option<Duration>,
        /// Print a JSON array of events (`at_ms`, `kind`, `label`, ...).
        #[arg(long)]
        json: bool,
    },
    /// Render a session to a WAV file, to listen to anywhere or share.
    ///
    /// The file starts at the first bell and lasts exactly as long as the
    /// session, closing bell included.
    Render {
        /// A session file, or the id of a bundled or user session.
        session: String,
        /// The WAV file to write.
        #[arg(short, long, value_name = "OUT.wav")]
        output: PathBuf,
        /// For a flexible session, the chosen length; an open-ended session
        /// needs one, and ends there.
        #[arg(long, value_parser = parse_duration)]
        length: Option<Duration>,
        /// Read the guidance aloud in the file, with the system's speech
        /// synthesizer (espeak-ng), where a cue has no recording.
        #[arg(long)]
        speak: bool,
    },
    /// Show the practice log: every session practised, oldest first.
    Log {
        /// Print a JSON array of entries.
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        action: Option<LogAction>,
    },
    /// Write a new session file to start from, with notes on every field.
    ///
    /// The file is valid as it is; change the words, the steps and the
    /// bells in any text editor, and `stillpoint validate FILE` checks it.
    New {
        /// The file to write (`.ron` is added without an extension). Put it
        /// in your sessions folder to see it in the library.
        file: PathBuf,
        /// What kind of session to start from.
        #[arg(long, value_enum, default_value = "guided")]
        template: super::Template,
    },
    /// Practise with a cohort through a shared folder that your sync tool
    /// (Syncthing, Nextcloud, Dropbox, a network share) keeps in step.
    Cohort {
        #[command(subcommand)]
        action: CohortAction,
    },
    /// Show practice statistics: streaks, totals, minutes a week, milestones.
    Stats {
        /// Print JSON (`current_streak_days`, `longest_streak_days`,
        /// `total_minutes`, `sessions`, `days_practised` and more).
        #[arg(long)]
        json: bool,
    },
    /// A weekly goal of formal practice (sessions, calls, retreats): at
    /// least so many minutes on so many days a week. Without a subcommand,
    /// this week's progress.
    Goal {
        #[command(subcommand)]
        action: Option<GoalAction>,
    },
    /// The record of a period of practice for a portfolio review: a PDF or
    /// Markdown report, or its figures as JSON.
    ///
    /// The period is of practice days: a sit at 01:30 on the day after the
    /// last day, before the day-start hour, is inside it. Notes enter only
    /// when marked for the portfolio (`log mark`), unless asked otherwise.
    Report {
        /// The first practice day, e.g. 2026-10-01.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        from: chrono::NaiveDate,
        /// The last practice day, e.g. 2027-03-31.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        to: chrono::NaiveDate,
        /// The file to write: a PDF (.pdf) or Markdown (.md).
        #[arg(short, long, value_name = "FILE", required_unless_present = "json")]
        output: Option<PathBuf>,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
        /// The name to print on the cover (your cohort name when not given).
        #[arg(long)]
        name: Option<String>,
        /// Which reflections to include: marked (the default), none or all.
        #[arg(long, value_enum, default_value = "marked")]
        reflections: crate::report::Reflections,
    },
    /// One practice on every computer you use: share the log through a
    /// folder your sync tool keeps in step between your computers.
    Devices {
        #[command(subcommand)]
        action: DevicesAction,
    },
    /// The bells at the desk: whether a bell would ring now, and if not,
    /// why.
    Desk {
        #[command(subcommand)]
        action: DeskAction,
    },
    /// Export the practice log as a CSV file, for a spreadsheet or a backup.
    Export {
        /// The CSV file to write.
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
    },
    /// Import practice from another app: Insight Timer's CSV export, Apple
    /// Health's export.xml (its mindful sessions), Meditation Assistant's
    /// CSV, or a Stillpoint export.
    ///
    /// Sessions already in the log are left out, also when logged from
    /// another source (a start within a minute, the same length), so
    /// importing a file twice adds nothing. Times without a zone are read in
    /// this computer's time zone as it was then.
    Import {
        /// The file to read.
        file: PathBuf,
        /// The file's format; found from its header when not given.
        #[arg(long, value_enum)]
        format: Option<crate::practice::ImportFormat>,
    },
    /// Check session files and report every problem at file:line:col.
    ///
    /// Folders are searched for .ron files recursively. Exits with status 1
    /// when any file has an error; warnings alone leave it at 0.
    Validate {
        /// Session files or folders.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum CohortAction {
    /// Link a cohort folder and share your practice there: the days you
    /// practise, your minutes, the domains (unless turned off) and, if you
    /// like, your streak. Never your notes.
    Join {
        /// The shared folder.
        dir: PathBuf,
        /// The name the cohort knows you by.
        #[arg(long)]
        name: String,
        /// Do not share the domains you practise.
        #[arg(long)]
        no_domains: bool,
        /// Share your current streak too.
        #[arg(long)]
        share_streak: bool,
    },
    /// Who practised this week, and the days on which everyone did.
    Status {
        /// Print JSON (`members` with `name`, `days_practised_this_week`,
        /// `minutes_this_week`; `days_all_practised`).
        #[arg(long)]
        json: bool,
    },
    /// Stop sharing: removes your own file from the cohort folder.
    Leave,
    /// List the cohort by minutes this week instead of by name, for
    /// everyone in it (off unless the cohort turns it on).
    Ranking {
        #[arg(value_parser = ["on", "off"])]
        setting: String,
    },
}

#[derive(Subcommand)]
pub enum DeskAction {
    /// On or off, the next bell, a quiet asked for, and every reason that
    /// holds a bell now (do not disturb, a fullscreen window, a call or a
    /// recording, a locked screen, time away, the battery, a quiet, the
    /// hours, the bells off), read from the desktop as the bells read it.
    Status {
        /// Print JSON (`enabled`, `next_bell`, `quiet_until`, `held_by`).
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum DevicesAction {
    /// Link this computer to a folder your sync tool shares between your
    /// computers (Syncthing, Nextcloud, Dropbox, a network share). Its
    /// practice is written there, and the others' is read from there.
    Link {
        /// The shared folder.
        dir: PathBuf,
        /// What to call this computer, e.g. "School laptop": by default the
        /// name it had, or the system's name for it. Linking again with
        /// another name renames it.
        #[arg(long)]
        name: Option<String>,
    },
    /// The computers linked: when each last wrote, and how many entries
    /// each holds.
    Status {
        /// Print JSON (`folder`, `computers` with `name`, `this_computer`,
        /// `left`, `last_wrote`, `entries`).
        #[arg(long)]
        json: bool,
    },
    /// Stop sharing. This computer's file stays in the folder, marked as
    /// left, and its practice still counts on the others.
    Unlink,
}

#[derive(Subcommand)]
pub enum GoalAction {
    /// Set the goal, e.g. `--minutes 20 --days 5`.
    Set {
        /// Minutes of formal practice that make a day count toward it.
        #[arg(long, value_name = "N")]
        minutes: u32,
        /// Days a week with those minutes.
        #[arg(long, value_name = "K")]
        days: u8,
    },
    /// Remove the goal.
    Off,
}

#[derive(Subcommand)]
pub enum LogAction {
    /// Log practice away from the app: a session, a call, a retreat day,
    /// journaling, practice in daily life, or leading others.
    Add {
        /// When it started, in RFC 3339 with your UTC offset then, e.g.
        /// 2026-11-24T07:30:00+01:00. That offset is the one recorded.
        #[arg(long, value_name = "RFC3339")]
        start: String,
        /// How many minutes were practised.
        #[arg(long, value_name = "N")]
        minutes: u64,
        /// The id of the session practised, if it was one of the library's.
        #[arg(long, value_name = "ID")]
        session: Option<String>,
        /// The kind of practice: formal, informal, call, retreat,
        /// journaling or teaching; else the session's own kind, or formal.
        #[arg(long, value_name = "KIND", value_parser = parse_practice)]
        practice: Option<crate::practice::Practice>,
        /// A note to keep with it.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Choose an entry for your portfolio: its note goes into reports.
    Mark {
        /// The entry's id, as `stillpoint log` shows it.
        id: String,
    },
    /// Take an entry out of your portfolio.
    Unmark {
        /// The entry's id, as `stillpoint log` shows it.
        id: String,
    },
    /// Replace the note of an entry (an empty text removes it).
    Note {
        /// The entry's id, as `stillpoint log` shows it.
        id: String,
        /// The new note, in quotes; "" removes it.
        text: String,
    },
    /// Delete an entry. It stays in the file's history; `restore` brings it back.
    Delete {
        /// The entry's id, as `stillpoint log` shows it.
        id: String,
    },
    /// Bring back a deleted entry.
    Restore {
        /// The entry's id.
        id: String,
    },
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| t!("cli-not-a-date", given = crate::shown::escaped(text).into_owned()))
}

fn parse_practice(text: &str) -> Result<crate::practice::Practice, String> {
    text.parse()
        .map_err(|e: crate::practice::UnknownPractice| e.to_string())
}

pub fn parse_duration(text: &str) -> Result<Duration, String> {
    Duration::parse(text).map_err(|e| t!("cli-duration-hint", error = e.to_string()))
}
