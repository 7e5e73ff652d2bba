//! The `stillpoint` command: parses arguments and hands each command to the
//! library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use stillpoint::cli::{self, SessionNotFound};
use stillpoint::paths::DataDir;
use stillpoint::session::{Duration, Library, write_file_diagnostics};
use stillpoint::t;

/// Stillpoint plays guided mindfulness, compassion and well-being sessions
/// from plain-text session files, with bells timed exactly. Without a
/// command it opens the app.
#[derive(Parser)]
#[command(name = "stillpoint", version = stillpoint::VERSION, about, long_about = None)]
struct Args {
    /// Keep all of Stillpoint's state (practice log, settings, your own
    /// sessions) in DIR instead of the usual data folder.
    #[arg(long, global = true, env = "STILLPOINT_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
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
        template: cli::Template,
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
        format: Option<stillpoint::practice::ImportFormat>,
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
enum CohortAction {
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
enum LogAction {
    /// Log a session practised away from the app.
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
        /// A note to keep with it.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Replace the note of an entry (an empty text removes it).
    Note {
        /// The entry's id, as `stillpoint log` shows it.
        id: String,
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

fn parse_duration(text: &str) -> Result<Duration, String> {
    Duration::parse(text).map_err(|e| t!("cli-duration-hint", error = e.to_string()))
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        // Output piped into `head` and the like: stop quietly.
        Err(error)
            if error.chain().any(|cause| {
                let pipe = Some(std::io::ErrorKind::BrokenPipe);
                cause.downcast_ref::<std::io::Error>().map(std::io::Error::kind) == pipe
                    || cause
                        .downcast_ref::<serde_json::Error>()
                        .and_then(serde_json::Error::io_error_kind)
                        == pipe
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("stillpoint: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> anyhow::Result<ExitCode> {
    let data = DataDir::resolve(args.data_dir).with_context(|| t!("cli-no-data-folder"))?;
    // Every change to the log appends to it: when it has grown, whatever
    // the command, the cohort is told.
    let log_state = || {
        std::fs::metadata(data.practice_log())
            .map(|m| (m.len(), m.modified().ok()))
            .ok()
    };
    let before = log_state();
    let result = command(args.command, &data);
    if log_state() != before {
        share_with_cohort(&data);
    }
    result
}

/// Refreshes this member's file in the cohort folder from the log as it is
/// now; a problem is a warning, as the log itself was written.
fn share_with_cohort(data: &DataDir) {
    use stillpoint::practice::{PracticeLog, PracticeRules, SystemWallClock, WallClock};
    // Outside a cohort there is nothing to share, and no log to read again.
    if !data.cohort().is_file() {
        return;
    }
    let Ok(loaded) = PracticeLog::at(data.practice_log()).load() else {
        return;
    };
    let rules = PracticeRules::load(&data.practice_rules());
    if let Err(problem) =
        stillpoint::cohort::share_current(&data.cohort(), &loaded.entries, &rules, SystemWallClock.now())
    {
        eprintln!("stillpoint: {}", t!("cli-warning", message = problem.to_string()));
    }
}

fn command(command: Option<Command>, data: &DataDir) -> anyhow::Result<ExitCode> {
    let data = data.clone();
    let mut out = std::io::stdout().lock();
    match command {
        Some(Command::Validate { paths }) => {
            let good = cli::validate(&paths, &mut out, &mut cli::stderr_stream().lock())?;
            Ok(if good { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        None => open_app(data, None),
        Some(Command::List) => {
            cli::list(&load_library(&data), &mut out)?;
            if let Some(path) = Some(data.sessions()).filter(|p| !p.is_dir()) {
                writeln!(out, "{}", t!("cli-list-own-sessions-folder", folder = path.display().to_string()))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Timeline { session, length, json }) => with_session(&data, &session, |session| {
            Ok(cli::timeline(&session, length, json, &mut out)?)
        }),
        Some(Command::Render {
            session,
            output,
            length,
            speak,
        }) => with_session(&data, &session, |session| {
            let voicer = match speak {
                true => cli::voicer_for(&session, &data, stillpoint::audio::render::RENDER_RATE, &mut out)?,
                false => None,
            };
            cli::render(&session, length, voicer.as_ref(), &output, &mut out)
        }),
        Some(Command::Play {
            invite: Some(invite),
            no_gui,
            speak,
            ..
        }) => {
            let invitation = stillpoint::cohort::Invitation::open(&invite).map_err(anyhow::Error::msg)?;
            if stillpoint::cohort::clock_synchronized() == Some(false) {
                eprintln!("stillpoint: {}", t!("cli-note", message = t!("cli-play-clock-not-synchronized")));
            }
            if no_gui {
                with_session(&data, &invitation.session.clone(), |session| {
                    recover_interrupted(&data);
                    cli::play_invitation(
                        session,
                        &invitation,
                        speak,
                        &data,
                        &stillpoint::practice::SystemWallClock,
                        &mut out,
                    )
                })
            } else {
                let library = load_library(&data);
                match cli::resolve_session(&invitation.session, &library) {
                    Ok(_) => open_app_with(data, None, Some(invitation)),
                    Err(error) => not_found(error),
                }
            }
        }
        Some(Command::Play {
            session: Some(session),
            length,
            no_gui: true,
            speak,
            ..
        }) => with_session(&data, &session, |session| {
            recover_interrupted(&data);
            cli::play_terminal(
                session,
                length,
                speak,
                &data,
                &stillpoint::practice::SystemWallClock,
                &mut out,
            )
            .map(|_| ())
        }),
        Some(Command::Play {
            session: Some(session),
            length,
            no_gui: false,
            ..
        }) => {
            let library = load_library(&data);
            match cli::resolve_session(&session, &library) {
                Ok(session) => open_app(data, Some((session, length))),
                Err(error) => not_found(error),
            }
        }
        Some(Command::Play { session: None, .. }) => {
            anyhow::bail!(t!("cli-play-name-a-session"))
        }
        Some(Command::Invite {
            session,
            at,
            length,
            every,
            count,
            rrule,
            output,
            ics,
        }) => with_session(&data, &session, |session| {
            let request = cli::InviteRequest {
                at: &at,
                length,
                every: every.as_deref(),
                count,
                rrule: rrule.as_deref(),
                output: output.as_deref(),
                ics: ics.as_deref(),
            };
            cli::invite(&session, &request, chrono::Utc::now(), &mut out)
        }),
        Some(Command::New { file, template }) => {
            cli::new_session(&file, template, &data.sessions(), &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Cohort { action }) => {
            use stillpoint::practice::{PracticeRules, SystemWallClock};
            let rules = PracticeRules::load(&data.practice_rules());
            match action {
                CohortAction::Leave => cli::cohort_leave(&data.cohort(), &mut out)?,
                CohortAction::Ranking { setting } => cli::cohort_ranking(&data.cohort(), setting == "on", &mut out)?,
                CohortAction::Join {
                    dir,
                    name,
                    no_domains,
                    share_streak,
                } => {
                    let loaded = load_practice(&data)?;
                    let share = stillpoint::cohort::Sharing {
                        domains: !no_domains,
                        streak: share_streak,
                    };
                    cli::cohort_join(
                        &data.cohort(),
                        &dir,
                        &name,
                        share,
                        (&loaded, &rules),
                        &SystemWallClock,
                        &mut out,
                    )?;
                }
                CohortAction::Status { json } => {
                    let loaded = load_practice(&data)?;
                    cli::cohort_status(
                        &data.cohort(),
                        (&loaded, &rules),
                        &SystemWallClock,
                        json,
                        &mut out,
                        &mut std::io::stderr().lock(),
                    )?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Log { json, action }) => practice_log(&data, json, action, &mut out),
        Some(Command::Stats { json }) => {
            use stillpoint::practice::{PracticeRules, SystemWallClock, WallClock, compute_stats};
            let loaded = load_practice(&data)?;
            let rules = PracticeRules::load(&data.practice_rules());
            let stats = compute_stats(
                &loaded.entries,
                &rules,
                SystemWallClock.now(),
                stillpoint::i18n::locale().first_weekday(),
            );
            cli::show_stats(&stats, &rules, json, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export { csv }) => {
            cli::export_csv(&load_practice(&data)?, &csv, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Import { file, format }) => {
            let loaded = load_practice(&data)?;
            let log = stillpoint::practice::PracticeLog::at(data.practice_log());
            cli::import_file(
                &log,
                &loaded,
                &file,
                format,
                &stillpoint::practice::local_offset,
                &mut out,
                &mut std::io::stderr().lock(),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Show {
            session: Some(session),
            length,
            stats,
        }) => with_session(&data, &session, |session| {
            if stats {
                Ok(cli::show_pacing(&session, length, &mut out)?)
            } else {
                Ok(cli::show(&session, length, &mut out)?)
            }
        }),
        Some(Command::Show { session: None, .. }) => {
            let library = load_library(&data);
            cli::show_library_pacing(library.sessions(), &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The practice log, read after logging any session that stopped without
/// an ending; skipped lines are reported on standard error.
fn load_practice(data: &DataDir) -> anyhow::Result<stillpoint::practice::LoadedLog> {
    recover_interrupted(data);
    let log = stillpoint::practice::PracticeLog::at(data.practice_log());
    cli::load_log_reporting(&log, &mut std::io::stderr().lock())
}

fn practice_log(
    data: &DataDir,
    json: bool,
    action: Option<LogAction>,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    use stillpoint::practice::{PracticeLog, Record};
    let loaded = load_practice(data)?;
    let log = PracticeLog::at(data.practice_log());
    let change = |id: &str, deleted_ok: bool| -> anyhow::Result<stillpoint::practice::Entry> {
        let found = loaded
            .entries
            .iter()
            .chain(if deleted_ok { &loaded.deleted[..] } else { &[] })
            .find(|e| e.id == id);
        found
            .cloned()
            .ok_or_else(|| anyhow::anyhow!(t!("cli-log-no-entry", id = id)))
    };
    match action {
        None => cli::show_log(&loaded, json, out)?,
        Some(LogAction::Add {
            start,
            minutes,
            session,
            note,
        }) => {
            let library = load_library(data);
            let entry = cli::manual_entry(
                &start,
                minutes,
                session.as_deref(),
                note.as_deref(),
                &library,
                chrono::Utc::now(),
            )?;
            cli::add_entry(&log, entry, out)?;
        }
        Some(LogAction::Note { id, text }) => {
            let entry = change(&id, false)?;
            let text = text.trim();
            log.append(&[Record::Edit {
                id: entry.id.clone(),
                note: (!text.is_empty()).then(|| text.to_owned()),
                feeling_before: entry.feeling_before,
                feeling_after: entry.feeling_after,
            }])?;
            let date = stillpoint::i18n::date("cli-date-day", &entry.start);
            writeln!(out, "{}", t!("cli-log-note-saved", title = entry.title.as_str(), date = date))?;
        }
        Some(LogAction::Delete { id }) => {
            let entry = change(&id, false)?;
            log.append(&[Record::Delete { id: entry.id.clone() }])?;
            let date = stillpoint::i18n::date("cli-date-day", &entry.start);
            let said = t!("cli-log-deleted", title = entry.title.as_str(), date = date, id = entry.id.as_str());
            writeln!(out, "{said}")?;
        }
        Some(LogAction::Restore { id }) => {
            let entry = change(&id, true)?;
            log.append(&[Record::Restore { id: entry.id.clone() }])?;
            let date = stillpoint::i18n::date("cli-date-day", &entry.start);
            writeln!(out, "{}", t!("cli-log-restored", title = entry.title.as_str(), date = date))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Finds SESSION (a path or an id) and runs `command` on it; a session that
/// cannot be found or has errors is reported instead.
fn with_session(
    data: &DataDir,
    spec: &str,
    command: impl FnOnce(stillpoint::session::Session) -> anyhow::Result<()>,
) -> anyhow::Result<ExitCode> {
    match cli::resolve_session(spec, &load_library(data)) {
        Ok(session) => command(session).map(|()| ExitCode::SUCCESS),
        Err(error) => not_found(error),
    }
}

/// Opens the desktop app, straight into the player when a session is given.
fn open_app(
    data: DataDir,
    start_with: Option<(stillpoint::session::Session, Option<Duration>)>,
) -> anyhow::Result<ExitCode> {
    open_app_with(data, start_with, None)
}

/// Opens the desktop app, into the player or a shared sit when given.
fn open_app_with(
    data: DataDir,
    start_with: Option<(stillpoint::session::Session, Option<Duration>)>,
    invitation: Option<stillpoint::cohort::Invitation>,
) -> anyhow::Result<ExitCode> {
    let library = load_library(&data);
    stillpoint::ui::run(stillpoint::ui::AppSetup {
        data,
        library,
        audio: stillpoint::ui::AudioChoice::Device,
        wall: std::sync::Arc::new(stillpoint::practice::SystemWallClock),
        start_with,
        invitation,
        synthesizer: stillpoint::audio::speech::Synthesizer::find(),
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Logs sessions that stopped without an ending (a crash, a power cut) as
/// interrupted, and says so.
fn recover_interrupted(data: &DataDir) {
    let log = stillpoint::practice::PracticeLog::at(data.practice_log());
    match stillpoint::practice::recover_interrupted(&data.in_progress(), &log) {
        Ok(recovered) => {
            for entry in recovered.entries {
                let said = t!(
                    "cli-log-recovered",
                    title = entry.title.as_str(),
                    date = stillpoint::i18n::date("cli-date-moment-local", &entry.start),
                    minutes = entry.practised_minutes()
                );
                eprintln!("stillpoint: {said}");
            }
            for problem in recovered.problems {
                let problem = t!("cli-log-unreadable-saved-session", problem = problem.to_string());
                eprintln!("stillpoint: {}", t!("cli-warning", message = problem));
            }
        }
        Err(e) => eprintln!("stillpoint: {}", t!("cli-warning", message = e.to_string())),
    }
}

fn load_library(data: &DataDir) -> Library {
    stillpoint::bundled::library(Some(&data.sessions()), &stillpoint::audio::FileProbe)
}

fn not_found(error: SessionNotFound) -> anyhow::Result<ExitCode> {
    if let SessionNotFound::Broken { file, .. } = &error {
        write_file_diagnostics(&mut cli::stderr_stream().lock(), file)?;
    }
    eprintln!("stillpoint: {error}");
    Ok(ExitCode::FAILURE)
}
