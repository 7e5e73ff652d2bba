//! The `stillpoint` command: parses arguments and hands each command to the
//! library.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use stillpoint::cli::args::{CohortAction, Command, DeskAction, DevicesAction, GoalAction, LogAction};
use stillpoint::cli::{self, SessionNotFound};
use stillpoint::paths::DataDir;
use stillpoint::session::{Library, write_file_diagnostics};
use stillpoint::t;
use stillpoint::ui::Launch;

fn main() -> ExitCode {
    let args = cli::args::parse();
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

fn run(args: cli::args::Args) -> anyhow::Result<ExitCode> {
    let data = DataDir::resolve(args.data_dir).with_context(|| t!("cli-no-data-folder"))?;
    // Every change to the log appends to it: when it has grown, whatever
    // the command, the cohort is told.
    let log_state = || {
        std::fs::metadata(data.practice_log())
            .map(|m| (m.len(), m.modified().ok()))
            .ok()
    };
    let before = log_state();
    let result = command(args.command, args.background, &data);
    // A goal set, a cohort joined: the other computers read it from this
    // one's description.
    let _ = stillpoint::practice::devices::refresh(&data);
    if log_state() != before {
        share_with_devices(&data);
        share_with_cohort(&data);
    }
    result
}

/// Makes sure this computer's file in the shared folder has what the log
/// has, when it is linked; says so when it cannot (the log itself was
/// written, and the file catches up later).
fn share_with_devices(data: &DataDir) {
    let log = stillpoint::practice::PracticeLog::of(data);
    if log.link().is_none() {
        return;
    }
    let folder = log.link().and_then(|link| link.folder.clone()).unwrap_or_default();
    let problem = match log.catch_up() {
        Ok(()) => return,
        // A folder that is away is said as reading it says it.
        Err(_) if !log.link().is_some_and(stillpoint::practice::devices::folder_here) => {
            t!("devices-folder-away-said", folder = folder.display().to_string())
        }
        Err(problem) => problem,
    };
    if cli::first_time(&problem) {
        eprintln!("stillpoint: {}", t!("cli-warning", message = problem));
    }
}

/// Refreshes this member's file in the cohort folder from the log as it is
/// now; a problem is a warning, as the log itself was written.
fn share_with_cohort(data: &DataDir) {
    use stillpoint::practice::{PracticeLog, PracticeRules, SystemWallClock, WallClock};
    // Outside a cohort there is nothing to share, and no log to read again.
    if !data.cohort().is_file() {
        return;
    }
    let Ok(loaded) = PracticeLog::of(data).load() else {
        return;
    };
    let rules = PracticeRules::load(&data.practice_rules());
    if let Err(problem) = stillpoint::cohort::share_current(data, &loaded.entries, &rules, SystemWallClock.now()) {
        eprintln!("stillpoint: {}", t!("cli-warning", message = problem.to_string()));
    }
}

fn command(command: Option<Command>, background: bool, data: &DataDir) -> anyhow::Result<ExitCode> {
    let data = data.clone();
    let mut out = std::io::stdout().lock();
    match command {
        Some(Command::Validate { paths }) => {
            let good = cli::validate(&paths, &mut out, &mut cli::stderr_stream().lock())?;
            Ok(if good { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        None => cli::open_desktop(data, background, false),
        Some(Command::Pause) => cli::open_desktop(data, false, true),
        Some(Command::List) => {
            cli::list(&load_library(&data), &mut out)?;
            if let Some(path) = Some(data.sessions()).filter(|p| !p.is_dir()) {
                writeln!(
                    out,
                    "{}",
                    t!("cli-list-own-sessions-folder", folder = path.display().to_string())
                )?;
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
                eprintln!(
                    "stillpoint: {}",
                    t!("cli-note", message = t!("cli-play-clock-not-synchronized"))
                );
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
                    Ok(_) => cli::open_app_with(data, Some(library), None, Some(invitation), Launch::default()),
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
                Ok(session) => {
                    cli::open_app_with(data, Some(library), Some((session, length)), None, Launch::default())
                }
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
        Some(Command::Devices { action }) => {
            match action {
                DevicesAction::Link { dir, name } => cli::devices_link(&data, &dir, name.as_deref(), &mut out)?,
                DevicesAction::Status { json } => {
                    cli::devices_status(&data, json, &mut out, &mut std::io::stderr().lock())?;
                }
                DevicesAction::Unlink => cli::devices_unlink(&data, &mut out)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Desk {
            action: DeskAction::Status { json },
        }) => {
            use stillpoint::practice::{SystemWallClock, WallClock};
            let settings = stillpoint::settings::Settings::from_file(&data.app_settings());
            let kept = stillpoint::desk::kept::KeptState::recall(&data.desk_state());
            let desktop = stillpoint::desk::desktop::Desktop::connect().read();
            let status = stillpoint::desk::status::desk_status(
                &settings.desk(),
                kept.quiet_until,
                &desktop,
                SystemWallClock.now(),
            );
            cli::show_desk_status(&status, &settings.pause, json, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Goal { action }) => {
            use stillpoint::practice::{PracticeRules, SystemWallClock, WallClock, WeeklyGoal, compute_stats};
            let path = data.practice_rules();
            match action {
                Some(GoalAction::Set { minutes, days }) => {
                    cli::set_goal(&path, Some(WeeklyGoal::new(minutes, days)?), &mut out)?
                }
                Some(GoalAction::Off) => cli::set_goal(&path, None, &mut out)?,
                None => {
                    let loaded = load_practice(&data)?;
                    let rules = PracticeRules::load(&path);
                    let stats = compute_stats(
                        &loaded.entries,
                        &rules,
                        SystemWallClock.now(),
                        stillpoint::i18n::locale().first_weekday(),
                    );
                    match &stats.goal {
                        Some(progress) => cli::show_goal(progress, &mut out)?,
                        None => writeln!(out, "{}", t!("cli-goal-none"))?,
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Report {
            from,
            to,
            output,
            json,
            name,
            reflections,
        }) => {
            use stillpoint::practice::PracticeRules;
            let loaded = load_practice(&data)?;
            let rules = PracticeRules::load(&data.practice_rules());
            let membership = stillpoint::cohort::Membership::load(&data.cohort());
            let request = stillpoint::report::ReportRequest {
                from,
                to,
                name: name.or_else(|| membership.as_ref().map(|m| m.name.clone())),
                cohort: membership
                    .as_ref()
                    .and_then(|m| m.folder.file_name())
                    .map(|f| f.to_string_lossy().into_owned()),
                reflections,
                first_weekday: stillpoint::i18n::locale().first_weekday(),
                today: {
                    use stillpoint::practice::{SystemWallClock, WallClock};
                    rules.day_of(SystemWallClock.now())
                },
            };
            cli::report(
                (&loaded, &rules, &load_library(&data)),
                &request,
                cli::ReportOutput {
                    file: output.as_deref(),
                    json,
                },
                &mut out,
                &mut std::io::stderr().lock(),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export { csv }) => {
            cli::export_csv(&load_practice(&data)?, &csv, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Import { file, format }) => {
            let loaded = load_practice(&data)?;
            let log = stillpoint::practice::PracticeLog::of(&data);
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
    let log = stillpoint::practice::PracticeLog::of(data);
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
    let log = PracticeLog::of(data);
    let change = |id: &str, deleted_ok: bool| -> anyhow::Result<stillpoint::practice::Entry> {
        // An id printed before a sync may name a copy of an imported
        // entry that another computer's stands for now.
        let id = loaded.standing_id(id);
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
            practice,
            note,
        }) => {
            let library = load_library(data);
            let entry = cli::manual_entry(
                &start,
                minutes,
                session.as_deref(),
                practice,
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
                prompt: None,
                over: loaded.note_clock(&entry.id),
            }])?;
            let date = stillpoint::i18n::date("cli-date-day", &entry.start);
            writeln!(
                out,
                "{}",
                t!("cli-log-note-saved", title = entry.title.as_str(), date = date)
            )?;
        }
        Some(LogAction::Delete { id }) => {
            let entry = change(&id, false)?;
            log.append(&[Record::Delete { id: entry.id.clone() }])?;
            let date = stillpoint::i18n::date("cli-date-day", &entry.start);
            let said = t!(
                "cli-log-deleted",
                title = entry.title.as_str(),
                date = date,
                id = entry.id.as_str()
            );
            writeln!(out, "{said}")?;
        }
        Some(action @ (LogAction::Mark { .. } | LogAction::Unmark { .. })) => {
            let (id, mark) = match action {
                LogAction::Mark { id } => (id, true),
                LogAction::Unmark { id } => (id, false),
                _ => unreachable!("matched above"),
            };
            let entry = change(&id, false)?;
            let id = entry.id.clone();
            log.append(&[if mark {
                Record::Mark { id: id.clone() }
            } else {
                Record::Unmark { id: id.clone() }
            }])?;
            let date = stillpoint::i18n::date("cli-date-day", &entry.start);
            let title = stillpoint::shown::escaped(&entry.shown_title()).into_owned();
            let said = if mark && entry.note.is_none() {
                t!("cli-log-marked-no-note", title = title, date = date, id = id.as_str())
            } else if mark {
                t!("cli-log-marked", title = title, date = date)
            } else {
                t!("cli-log-unmarked", title = title, date = date)
            };
            writeln!(out, "{said}")?;
        }
        Some(LogAction::Restore { id }) => {
            let entry = change(&id, true)?;
            log.append(&[Record::Restore { id: entry.id.clone() }])?;
            let date = stillpoint::i18n::date("cli-date-day", &entry.start);
            writeln!(
                out,
                "{}",
                t!("cli-log-restored", title = entry.title.as_str(), date = date)
            )?;
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

/// Logs sessions that stopped without an ending (a crash, a power cut) as
/// interrupted, and says so.
fn recover_interrupted(data: &DataDir) {
    let log = stillpoint::practice::PracticeLog::of(data);
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
