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

/// Stillpoint plays guided mindfulness, compassion and well-being sessions
/// from plain-text session files, with bells timed exactly. Without a
/// command it opens the app.
#[derive(Parser)]
#[command(name = "stillpoint", version, about, long_about = None)]
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
        session: String,
        /// For a flexible session, the chosen length; for an open-ended one,
        /// when it ends by itself.
        #[arg(long, value_parser = parse_duration)]
        length: Option<Duration>,
        /// Play in the terminal instead of the window.
        #[arg(long)]
        no_gui: bool,
    },
    /// Show a session: its details, its steps and their guidance.
    Show {
        /// A session file, or the id of a bundled or user session.
        session: String,
        /// For a flexible session, the length to lay the steps out for
        /// (for example "20m").
        #[arg(long, value_parser = parse_duration)]
        length: Option<Duration>,
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

fn parse_duration(text: &str) -> Result<Duration, String> {
    Duration::parse(text).map_err(|e| format!("{e}; write durations like \"90s\", \"5m\" or \"1h 10m\""))
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        // Output piped into `head` and the like: stop quietly.
        Err(error)
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
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
    let data = DataDir::resolve(args.data_dir).context("cannot find a data folder; give one with --data-dir")?;
    let mut out = std::io::stdout().lock();
    match args.command {
        Some(Command::Validate { paths }) => {
            let good = cli::validate(&paths, &mut out, &mut cli::stderr_stream().lock())?;
            Ok(if good { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        None => open_app(data, None),
        Some(Command::List) => {
            cli::list(&load_library(&data), &mut out)?;
            if let Some(path) = Some(data.sessions()).filter(|p| !p.is_dir()) {
                writeln!(out, "Your own sessions go in {}", path.display())?;
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
        }) => with_session(&data, &session, |session| {
            cli::render(&session, length, &output, &mut out)
        }),
        Some(Command::Play {
            session,
            length,
            no_gui: true,
        }) => with_session(&data, &session, |session| {
            cli::play_terminal(session, length, &mut out).map(|_| ())
        }),
        Some(Command::Play {
            session,
            length,
            no_gui: false,
        }) => {
            let library = load_library(&data);
            match cli::resolve_session(&session, &library) {
                Ok(session) => open_app(data, Some((session, length))),
                Err(error) => not_found(error),
            }
        }
        Some(Command::Show { session, length }) => {
            with_session(&data, &session, |session| Ok(cli::show(&session, length, &mut out)?))
        }
    }
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
    let library = load_library(&data);
    stillpoint::ui::run(stillpoint::ui::AppSetup {
        data,
        library,
        audio: stillpoint::ui::AudioChoice::Device,
        start_with,
    })?;
    Ok(ExitCode::SUCCESS)
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
