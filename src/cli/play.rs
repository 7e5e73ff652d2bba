//! `stillpoint play SESSION --no-gui`: the session in a terminal, with a
//! live countdown and the guidance as it comes. Space pauses, q ends,
//! s (or →) skips a step, + adds a minute.

use std::io::{IsTerminal, Read, Write};
use std::sync::mpsc;
use std::time::Duration as StdDuration;

use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::audio::output::{LivePlayer, SESSION_RATE, lock};
use crate::audio::speech::{SpeechFeed, Voicer};
use crate::audio::{Command, Engine};

use super::text::wrap_lines;
use crate::paths::DataDir;
use crate::practice::{PendingWriter, PracticeLog, WallClock};
use crate::session::{Duration, Length, Session};
use crate::sitting::Sitting;
use crate::t;
use crate::timeline::{Phase, Status, clock_text, frames, millis};

/// How a terminal session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub phase: Phase,
    /// Time practised, pauses and skipped steps left out.
    pub practised: Duration,
}

/// Keys the player understands, from whatever reads the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Pause,
    End,
    Skip,
    Extend,
}

fn key_of_char(c: char) -> Option<Key> {
    match c {
        ' ' | 'p' => Some(Key::Pause),
        'q' | 'Q' => Some(Key::End),
        's' | 'n' => Some(Key::Skip),
        '+' => Some(Key::Extend),
        _ => None,
    }
}

/// Restores the terminal however the player leaves.
struct RawMode(bool);

impl Drop for RawMode {
    fn drop(&mut self) {
        if self.0 {
            let _ = crossterm::terminal::disable_raw_mode();
        }
    }
}

/// What wakes the terminal player before its next change on screen.
enum Input {
    Key(Key),
    /// The sound has news: a notice, or the session's end.
    News,
}

/// Reads keys on a thread into `keys`: from the terminal in raw mode, or
/// from whatever standard input is (a pipe, a file) byte by byte.
fn spawn_key_reader(raw: bool, keys: mpsc::Sender<Input>) {
    std::thread::spawn(move || {
        if raw {
            while let Ok(event) = crossterm::event::read() {
                let key = match event {
                    TermEvent::Key(KeyEvent {
                        code,
                        modifiers,
                        kind: KeyEventKind::Press,
                        ..
                    }) => match code {
                        KeyCode::Char('c') if modifiers.contains(KeyModifiers::CONTROL) => Some(Key::End),
                        KeyCode::Char(c) => key_of_char(c),
                        KeyCode::Right => Some(Key::Skip),
                        KeyCode::Esc => Some(Key::End),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(key) = key
                    && keys.send(Input::Key(key)).is_err()
                {
                    return;
                }
            }
        } else {
            let mut byte = [0u8; 1];
            let mut stdin = std::io::stdin();
            while let Ok(1) = stdin.read(&mut byte) {
                if let Some(key) = key_of_char(char::from(byte[0]))
                    && keys.send(Input::Key(key)).is_err()
                {
                    return;
                }
            }
        }
    });
}

/// Plays `session` in the terminal until it ends. An open-ended session
/// given a `length` ends by itself then.
///
/// The session is saved as it plays and logged when it ends, in `data`'s
/// practice log; the wall clock stamps its start.
/// With `speak`, the guidance is read aloud where it has no recording.
pub fn play_terminal<W: Write>(
    session: Session,
    length: Option<Duration>,
    speak: bool,
    data: &DataDir,
    wall: &dyn WallClock,
    out: &mut W,
) -> anyhow::Result<Outcome> {
    play_terminal_from(session, length, None, speak, data, wall, out)
}

/// Joins a shared sit in the terminal: counts down to its first bell (the
/// next sit's, in a series), or, opened late, starts where everyone else
/// is. After the last sit has ended it says so, as an error.
pub fn play_invitation<W: Write>(
    mut session: Session,
    invitation: &crate::cohort::Invitation,
    speak: bool,
    data: &DataDir,
    wall: &dyn WallClock,
    out: &mut W,
) -> anyhow::Result<()> {
    use crate::cohort::Timing;
    // A sit held together is logged as a call with the cohort.
    session.practice = Some(crate::practice::Practice::Call);
    let sit_length = invitation.sit_length(&session);
    loop {
        let now = wall.now();
        match invitation.timing(now.with_timezone(&chrono::Utc), sit_length) {
            Timing::Wait { sit, left } => {
                let said = t!(
                    "cli-play-begins-together",
                    title = session.title.as_str(),
                    when = sit.when(now, "%H:%M:%S"),
                    left = clock_text(left.as_millis() as u64 + 999)
                );
                write!(out, "\r{said}   ")?;
                out.flush()?;
                std::thread::sleep(left.min(std::time::Duration::from_millis(250)));
            }
            Timing::Join { sit, late } => {
                if late >= std::time::Duration::from_secs(1) {
                    let late = clock_text(late.as_millis() as u64);
                    let said = match sit.place_in_series() {
                        Some(place) => t!("cli-play-joining-in-series", late = late, place = place),
                        None => t!("cli-play-joining", late = late),
                    };
                    writeln!(out, "\n{said}")?;
                } else {
                    writeln!(out)?;
                }
                let late = Duration::from_millis(late.as_millis() as u64);
                play_terminal_from(session, invitation.length, Some(late), speak, data, wall, out)?;
                return Ok(());
            }
            Timing::Over { ended } => {
                anyhow::bail!("{}", invitation.over_message(ended.with_timezone(now.offset())));
            }
        }
    }
}

/// The terminal player's longest sleep, and its shortest: a change due
/// at once is shown on the next look.
const LONGEST_WAIT: StdDuration = StdDuration::from_secs(60);
const SHORTEST_WAIT: StdDuration = StdDuration::from_millis(20);

fn play_terminal_from<W: Write>(
    session: Session,
    length: Option<Duration>,
    join_at: Option<Duration>,
    speak: bool,
    data: &DataDir,
    wall: &dyn WallClock,
    out: &mut W,
) -> anyhow::Result<Outcome> {
    let rate = SESSION_RATE;
    let open_end = match session.length {
        Length::OpenEnded => length.map(|l| frames(l, rate)),
        _ => None,
    };
    let (mut engine, missing) = Engine::new(session.clone(), length, rate);
    if speak && let Some(voicer) = super::voicer_for(&session, data, rate, out)? {
        let cues = Voicer::cues_of(engine.playback().timeline());
        engine.speak(SpeechFeed::start(voicer, cues));
    }
    let player = LivePlayer::start(engine);
    let (input, inputs) = mpsc::channel();
    let news = std::sync::Mutex::new(input.clone());
    player.on_news(std::sync::Arc::new(move || {
        if let Ok(news) = news.lock() {
            let _ = news.send(Input::News);
        }
    }));
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let raw = RawMode(interactive && crossterm::terminal::enable_raw_mode().is_ok());
    // In raw mode a line ends with a carriage return too.
    let newline = if raw.0 { "\r\n" } else { "\n" };
    spawn_key_reader(raw.0, input);

    write!(out, "{}{newline}{}{newline}", session.title, session.summary)?;
    for gap in &missing {
        let left_out = t!(
            "cli-left-out",
            what = gap.what.to_string(),
            error = gap.error.to_string()
        );
        write!(out, "{}{newline}", t!("cli-note", message = left_out))?;
    }
    if raw.0 {
        write!(out, "{}{newline}", t!("cli-play-keys"))?;
    }
    let (mut sitting, problem) = Sitting::begin(session.clone(), length, player, rate, Some((data, wall.now())));
    if let Some(problem) = problem {
        write!(out, "{}{newline}", t!("cli-note", message = problem.to_string()))?;
    }
    sitting.command(Command::Start);
    if let Some(at) = join_at {
        sitting.command(Command::Seek(at));
    }
    let mut shown_step = None;
    let mut shown_cue = None;
    let mut last_line = String::new();
    let mut woken = None;
    loop {
        for received in woken
            .take()
            .into_iter()
            .chain(std::iter::from_fn(|| inputs.try_recv().ok()))
        {
            let Input::Key(key) = received else { continue };
            let command = match key {
                Key::Pause => Command::TogglePause,
                Key::End => Command::End,
                Key::Skip => Command::Skip,
                Key::Extend => Command::Extend(Duration::from_mins(1)),
            };
            sitting.command(command);
        }
        let look = sitting.look();
        for notice in &look.notices {
            write!(out, "{newline}{notice}{newline}")?;
        }
        let (status, cue_text, wait) = {
            let mut engine = lock(sitting.player.engine());
            let status = engine.status();
            if let Some(end) = open_end
                && status.phase == Phase::Playing
                && status.remaining.is_none()
                && status.position >= end
            {
                engine.command(Command::End);
            }
            let status = engine.status();
            let timeline = engine.playback().timeline();
            let cue_text = status
                .cue
                .and_then(|cue| timeline.cues.get(cue))
                .map(|cue| cue.text.clone());
            // Asleep until something shown changes (the status line by the
            // second), the chosen length of an open session runs out, a key
            // or news from the sound.
            let until_end = open_end
                .filter(|_| status.phase == Phase::Playing && !status.paused)
                .map(|end| StdDuration::from_millis(millis(end.saturating_sub(status.position), rate)));
            let wait = crate::timeline::next_change(&status, timeline, rate, raw.0)
                .into_iter()
                .chain(until_end)
                .min()
                .unwrap_or(LONGEST_WAIT)
                .clamp(SHORTEST_WAIT, LONGEST_WAIT);
            (status, cue_text, wait)
        };
        let clear_line = |out: &mut W, last_line: &mut String| -> std::io::Result<()> {
            if raw.0 && !last_line.is_empty() {
                write!(out, "\r{:width$}\r", "", width = last_line.chars().count())?;
            }
            last_line.clear();
            Ok(())
        };
        if let Some(why) = look.speech_failure {
            clear_line(out, &mut last_line)?;
            let said = t!("cli-play-speech-failed", why = why.to_string());
            write!(out, "{}{newline}", t!("cli-note", message = said))?;
        }
        if status.phase == Phase::Playing && shown_step != Some(status.step) {
            shown_step = Some(status.step);
            if let Some(step) = session.steps.get(status.step) {
                clear_line(out, &mut last_line)?;
                write!(out, "{newline}— {} —{newline}", step.title)?;
            }
        }
        // Each cue as it comes, not the whole step at once.
        if status.phase == Phase::Playing && status.cue.is_some() && shown_cue != status.cue {
            shown_cue = status.cue;
            if let Some(text) = cue_text {
                clear_line(out, &mut last_line)?;
                write!(out, "{}{newline}", wrap_lines(&text, 72).join(newline))?;
            }
        }
        if raw.0 {
            let line = status_line(&status, rate, session.steps.len());
            if line != last_line {
                write!(out, "\r{line:<width$}", width = last_line.chars().count())?;
                last_line = line;
            }
        }
        out.flush()?;
        if look.done && sitting.player.is_finished() {
            break;
        }
        woken = inputs.recv_timeout(wait).ok();
    }
    drop(raw);
    let phase = sitting.status.phase;
    let mut writer = PendingWriter::new(PracticeLog::of(data));
    let ending = sitting.end(&mut writer);
    let practised = ending.practised;
    let (title, practised_text) = (session.title.as_str(), practised.label());
    let said = if ending.completed {
        t!("cli-play-completed", title = title, practised = practised_text)
    } else {
        t!("cli-play-ended-early", title = title, practised = practised_text)
    };
    writeln!(out, "\n{said}")?;
    match ending.problem {
        None => writeln!(out, "{}", t!("cli-play-logged"))?,
        Some(problem) => writeln!(
            out,
            "{}\n{}",
            t!("cli-play-not-logged", problem = problem.to_string()),
            t!("cli-play-logged-later")
        )?,
    }
    if let Some(reflection) = &session.ending.reflection
        && ending.completed
    {
        writeln!(out, "\n{reflection}")?;
    }
    Ok(Outcome { phase, practised })
}

fn status_line(status: &Status, rate: u32, steps: usize) -> String {
    let clock = |frames: u64| clock_text(millis(frames, rate));
    let step = status.step + 1;
    let line = match status.phase {
        Phase::Settling => t!("cli-play-status-settling", left = clock(status.settle_left)),
        Phase::Playing => match status.remaining {
            Some(left) => t!("cli-play-status-left", step = step, steps = steps, left = clock(left)),
            None => t!(
                "cli-play-status-so-far",
                step = step,
                steps = steps,
                position = clock(status.position)
            ),
        },
        _ => return String::new(),
    };
    match status.paused {
        true => format!(
            "  {line}{}{}",
            t!("cli-play-status-separator"),
            t!("cli-play-status-paused")
        ),
        false => format!("  {line}"),
    }
}
