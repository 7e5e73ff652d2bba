//! End to end through a real sound server: `stillpoint play` sends a short
//! session through rodio and ALSA's default device into a PulseAudio null
//! sink; the sink's monitor is recorded, and the bells must arrive in
//! order, spaced as scheduled within 50 ms.

use crate::support::onsets;
use crate::support::pulse;

use std::path::Path;
use std::process::Command;

use stillpoint::audio::FileProbe;
use stillpoint::session::load_file;
use stillpoint::timeline::{Timeline, millis};

#[test]
fn bells_arrive_in_order_and_on_time_through_pulseaudio() {
    let _cores = crate::support::cpu::listening();
    let session_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/bells-in-order.ron");
    let file = load_file(&session_path, &FileProbe);
    let session = file
        .session
        .clone()
        .unwrap_or_else(|| panic!("{}", stillpoint::session::file_diagnostics_text(&file)));
    let timeline = Timeline::compile(&session, None, &[], 48_000);

    let mut sink = pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    let recording = sink.dir().join("recording.wav");
    sink.record(&recording).unwrap_or_else(|e| panic!("{e}"));
    let output = Command::new(env!("CARGO_BIN_EXE_stillpoint"))
        // In English, whatever the machine running the tests speaks.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_TIME")
        .args(["play", "--no-gui"])
        .arg(&session_path)
        .envs(sink.env())
        // The session is logged; not in this machine's own practice log.
        .env("STILLPOINT_DATA_DIR", sink.dir())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        !stdout.contains("No sound device"),
        "the session must reach the server: {stdout}"
    );
    // Let the last sound pass through the server's and recorder's buffers.
    std::thread::sleep(std::time::Duration::from_millis(500));
    sink.stop_recording();
    // Kept where a failure can be listened to and looked at.
    let kept = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sound-server-recording.wav");
    let _ = std::fs::copy(&recording, &kept);

    let signal = pulse::read_mono(&recording);
    let templates = onsets::bell_templates(&timeline.bells, 48_000);
    let found = onsets::find_onsets(&signal, &templates);
    let scheduled: Vec<(u64, usize)> = timeline
        .events
        .iter()
        .filter_map(|e| match e.action {
            stillpoint::timeline::Action::Bell { bell, .. } => Some((e.at_frame, bell)),
            _ => None,
        })
        .collect();
    // A stream that stalls leaves the server playing silence: a cut inside
    // a bell, then the rest late. Said as such, not taken for a bell.
    let cuts = onsets::dropouts(&signal, 48_000);
    assert!(
        cuts.is_empty(),
        "the stream stalled: silence cut into the sound at {cuts:?} (frame, frames of silence); recording in {}",
        kept.display()
    );
    let heard: Vec<usize> = found.iter().map(|o| o.template).collect();
    let expected: Vec<usize> = scheduled.iter().map(|(_, bell)| *bell).collect();
    assert_eq!(
        heard,
        expected,
        "bells heard in this order (onsets at {found:?}); recording in {}",
        kept.display()
    );
    // Spacing between consecutive bells, recorded against scheduled.
    for (pair, heard_pair) in scheduled.windows(2).zip(found.windows(2)) {
        let scheduled_ms = millis(pair[1].0 - pair[0].0, 48_000) as i64;
        let heard_ms = ((heard_pair[1].frame - heard_pair[0].frame) * 1000 / 48_000) as i64;
        assert!(
            (heard_ms - scheduled_ms).abs() <= 50,
            "spacing {heard_ms} ms, scheduled {scheduled_ms} ms"
        );
    }
}

/// The sound server goes away mid-session: the session carries on, silently
/// and timed by the clock, says so once, and completes.
#[test]
fn a_device_that_disappears_does_not_stop_the_session() {
    use std::io::{BufRead, BufReader};
    let session_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/bells-in-order.ron");
    let mut sink = pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_stillpoint"))
        // In English, whatever the machine running the tests speaks.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_TIME")
        .args(["play", "--no-gui"])
        .arg(&session_path)
        .envs(sink.env())
        // The session is logged; not in this machine's own practice log.
        .env("STILLPOINT_DATA_DIR", sink.dir())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut lines = BufReader::new(child.stdout.take().unwrap_or_else(|| panic!("no stdout"))).lines();
    let mut seen = Vec::new();
    // Once the second step has begun, sound has been flowing for a while.
    for line in lines.by_ref() {
        let line = line.unwrap_or_default();
        let started = line.contains("— Two —");
        seen.push(line);
        if started {
            break;
        }
    }
    sink.stop_server();
    seen.extend(lines.map_while(Result::ok));
    let status = child.wait().unwrap_or_else(|e| panic!("{e}"));
    let stdout = seen.join("\n");
    assert!(status.success(), "{stdout}");
    assert!(!stdout.contains("No sound device"), "{stdout}");
    assert_eq!(stdout.matches("The sound device stopped").count(), 1, "{stdout}");
    assert!(stdout.contains("— Four —"), "{stdout}");
    assert!(
        stdout.contains("Completed: \"Bells in order\", 9s practised."),
        "{stdout}"
    );
}

/// What a stalled stream looks like, recorded through the null sink on a
/// machine with every core busy (rodio's 50 ms periods then): the second
/// bell rings, stops dead for 56 ms, and goes on where it was. Its return
/// matched the bell's opening well enough (0.85) to pass for a bell. A
/// steady recording of the same bell, silence and all, has no cut.
#[test]
fn a_stalled_stream_is_told_from_a_bell() {
    let recording = |name: &str| {
        pulse::read_mono(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/recordings")
                .join(name),
        )
    };
    let cuts = onsets::dropouts(&recording("stalled-stream.wav"), 48_000);
    assert_eq!(cuts.len(), 1, "{cuts:?}");
    let (at, frames) = cuts[0];
    assert!(
        (8_000..9_000).contains(&at) && (2_500..2_900).contains(&frames),
        "{cuts:?}"
    );
    assert_eq!(onsets::dropouts(&recording("steady-stream.wav"), 48_000), []);
}

use crate::support::usage;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The session the faults are made in: a small bell every 1.5 s for 18 s,
/// in four steps, then a gong.
fn steady_bells() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/steady-bells.ron")
}

/// `stillpoint play FILE --no-gui` on the sink's server, its lines kept
/// with the moment each was printed.
struct Player {
    child: Child,
    lines: Arc<Mutex<Vec<(Instant, String)>>>,
    reader: std::thread::JoinHandle<()>,
}

impl Player {
    fn start(sink: &pulse::NullSink, session: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_stillpoint"))
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LC_TIME")
            .args(["play", "--no-gui"])
            .arg(session)
            .envs(sink.env())
            .env("STILLPOINT_DATA_DIR", sink.dir())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let lines = Arc::new(Mutex::new(Vec::new()));
        let kept = lines.clone();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Ok(mut kept) = kept.lock() {
                    kept.push((Instant::now(), line));
                }
            }
        });
        Self { child, lines, reader }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// When a line holding `text` was printed, waiting up to `limit` for it.
    fn wait_for(&self, text: &str, limit: Duration) -> Instant {
        let start = Instant::now();
        loop {
            let found = self
                .lines
                .lock()
                .ok()
                .and_then(|lines| lines.iter().find(|(_, l)| l.contains(text)).map(|(at, _)| *at));
            if let Some(at) = found {
                return at;
            }
            assert!(
                start.elapsed() < limit,
                "the player never said {text:?}:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn text(&self) -> String {
        Self::joined(&self.lines)
    }

    fn joined(lines: &Mutex<Vec<(Instant, String)>>) -> String {
        lines
            .lock()
            .map(|lines| lines.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>().join("\n"))
            .unwrap_or_default()
    }

    /// Waits for the player to end; gives what it printed.
    fn finish(self) -> String {
        let Self {
            mut child,
            lines,
            reader,
        } = self;
        let status = child.wait().unwrap_or_else(|e| panic!("{e}"));
        let _ = reader.join();
        let text = Self::joined(&lines);
        assert!(status.success(), "{status}: {text}");
        text
    }

    /// Waits for the player to end and its last sound to reach the
    /// recordings, which are then finished; gives what it printed.
    fn finish_heard(self, sink: &mut pulse::NullSink) -> String {
        let said = self.finish();
        std::thread::sleep(Duration::from_millis(500));
        sink.stop_recording();
        said
    }

    fn signal(&self, signal: &str) {
        let sent = Command::new("kill").args([signal, &self.pid().to_string()]).status();
        assert!(sent.is_ok_and(|s| s.success()), "kill {signal}");
    }
}

/// Starts the sink's server (again), records its sink into `recording`,
/// and checks that the player's sound comes back within three seconds of
/// it. Gives when the server came up.
fn bring_the_server(sink: &mut pulse::NullSink, player: &Player, recording: &Path) -> Instant {
    sink.start_server().unwrap_or_else(|e| panic!("{e}"));
    let up = Instant::now();
    sink.record(recording).unwrap_or_else(|e| panic!("{e}"));
    let back = player.wait_for("The sound is back", Duration::from_secs(5));
    assert!(
        back.saturating_duration_since(up) <= Duration::from_secs(3),
        "the sound came back {:?} after the server",
        back.saturating_duration_since(up)
    );
    up
}

/// The bells of `session`: (scheduled frame, template) in order, and the
/// templates to find them with.
fn schedule(session: &Path) -> (Vec<(u64, usize)>, Vec<Vec<f32>>) {
    let file = load_file(session, &FileProbe);
    let session = file
        .session
        .clone()
        .unwrap_or_else(|| panic!("{}", stillpoint::session::file_diagnostics_text(&file)));
    let timeline = Timeline::compile(&session, None, &[], 48_000);
    let scheduled = timeline
        .events
        .iter()
        .filter_map(|e| match e.action {
            stillpoint::timeline::Action::Bell { bell, .. } => Some((e.at_frame, bell)),
            _ => None,
        })
        .collect();
    (scheduled, onsets::bell_templates(&timeline.bells, 48_000))
}

/// The strikes heard in a recording, kept for a failure to be listened
/// to. A recording that begins mid-sound, or sound that comes back
/// mid-bell, rises like a strike but does not match one's opening: only
/// good matches count, and none in the recording's first 100 ms.
fn heard(recording: &Path, templates: &[Vec<f32>], keep_as: &str) -> (Vec<onsets::Onset>, Vec<f32>) {
    let kept = Path::new(env!("CARGO_TARGET_TMPDIR")).join(keep_as);
    let _ = std::fs::copy(recording, &kept);
    let signal = pulse::read_mono(recording);
    let mut found = onsets::find_onsets(&signal, templates);
    found.retain(|onset| onset.score >= 0.9 && onset.frame >= 4_800);
    (found, signal)
}

/// The bells' templates and spacings heard in a recording must be a run of
/// the schedule: consecutive onsets as far apart as scheduled (50 ms), so
/// that none was doubled, rung in a burst or lost in between. Gives the
/// index in the schedule of the first one heard.
fn assert_a_run_of(found: &[onsets::Onset], scheduled: &[(u64, usize)], what: &str) -> usize {
    let heard: Vec<usize> = found.iter().map(|o| o.template).collect();
    (0..scheduled.len())
        .find(|&start| {
            scheduled[start..].len() >= heard.len()
                && scheduled[start..start + heard.len()]
                    .iter()
                    .map(|(_, t)| *t)
                    .eq(heard.iter().copied())
                && found.windows(2).zip(scheduled[start..].windows(2)).all(|(h, s)| {
                    let heard_ms = (h[1].frame as i64 - h[0].frame as i64) * 1000 / 48_000;
                    let scheduled_ms = (s[1].0 as i64 - s[0].0 as i64) * 1000 / 48_000;
                    (heard_ms - scheduled_ms).abs() <= 50
                })
        })
        .unwrap_or_else(|| panic!("{what}: the bells heard ({found:?}) are not a run of the schedule {scheduled:?}"))
}

/// The entries of the practice log in `data`.
fn logged(data: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(data.join("practice-log.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| entry["kind"] == "entry")
        .collect()
}

/// The sound server crashes a few seconds in and is started again: the
/// player says so once, keeps time silently meanwhile at next to no cost,
/// and the bells after the restart are heard, none doubled; one entry is
/// logged, completed.
#[test]
fn the_sound_comes_back_after_the_server_is_killed_and_started_again() {
    comes_back_after_a_crash(pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}")), "server");
}

/// The same through ALSA's pulse plugin, the way out for a server named
/// by network address: ALSA's error flood is cut, and it comes back too.
#[test]
fn the_sound_comes_back_from_a_server_named_by_address() {
    comes_back_after_a_crash(
        pulse::NullSink::start_over_tcp().unwrap_or_else(|e| panic!("{e}")),
        "tcp-server",
    );
}

fn comes_back_after_a_crash(mut sink: pulse::NullSink, name: &str) {
    let _cores = crate::support::cpu::listening();
    let (scheduled, templates) = schedule(&steady_bells());
    let (before, after) = (sink.dir().join("before.wav"), sink.dir().join("after.wav"));
    sink.record(&before).unwrap_or_else(|e| panic!("{e}"));
    let player = Player::start(&sink, &steady_bells());
    let began = player.wait_for("— One —", Duration::from_secs(10));
    player.wait_for("— Two —", Duration::from_secs(15));
    sink.kill_server();
    let away_from = usage::usage(player.pid()).map_or(0.0, |(cpu, _)| cpu);
    let killed = Instant::now();
    player.wait_for("The sound device stopped", Duration::from_secs(3));
    std::thread::sleep(Duration::from_secs(2));
    let away_cpu = usage::usage(player.pid()).map_or(0.0, |(cpu, _)| cpu) - away_from;
    let away = killed.elapsed().as_secs_f64();
    let restarted = bring_the_server(&mut sink, &player, &after);
    let said = player.finish_heard(&mut sink);
    assert_eq!(said.matches("The sound device stopped").count(), 1, "{said}");
    assert_eq!(said.matches("The sound is back").count(), 1, "{said}");
    assert!(said.contains("Completed: \"Steady bells\""), "{said}");
    // A server that is gone costs the player next to nothing: a player
    // caught in a flood of errors took a quarter of a core.
    assert!(away_cpu / away < 0.1, "{away_cpu:.2} s of CPU in {away:.1} s away");

    let (first, _) = heard(&before, &templates, &format!("{name}-killed-before.wav"));
    let (second, _) = heard(&after, &templates, &format!("{name}-killed-after.wav"));
    assert_a_run_of(&first, &scheduled, "before the crash");
    let from = assert_a_run_of(&second, &scheduled, "after the restart");
    assert_eq!(
        from + second.len(),
        scheduled.len(),
        "every bell from the sound's return to the gong is heard: {second:?}"
    );
    // Every bell due three seconds (and the time held) after the restart
    // is among them.
    let restart_at = (restarted - began).as_millis() as u64 + 4000;
    let due_after = scheduled
        .iter()
        .filter(|(frame, _)| frame * 1000 / 48_000 >= restart_at)
        .count();
    assert!(
        second.len() >= due_after,
        "{} heard, {due_after} due after the restart",
        second.len()
    );
    assert!(first.len() + second.len() <= scheduled.len(), "none rang twice");
    let entries = logged(&sink.dir());
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["ended"], "completed");
}

/// The player is frozen (SIGSTOP, as a suspend looks to it) for longer
/// than a stalled device is given, then let go: it picks up where it was,
/// to within 100 ms, rings none of the gap's bells in a burst, and goes on
/// sounding to the gong without a word about the device.
#[test]
fn a_frozen_player_resumes_where_it_was() {
    let _cores = crate::support::cpu::listening();
    let (scheduled, templates) = schedule(&steady_bells());
    let mut sink = pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    let recording = sink.dir().join("recording.wav");
    sink.record(&recording).unwrap_or_else(|e| panic!("{e}"));
    let player = Player::start(&sink, &steady_bells());
    player.wait_for("— Two —", Duration::from_secs(15));
    player.signal("-STOP");
    std::thread::sleep(Duration::from_secs(3));
    player.signal("-CONT");
    let said = player.finish_heard(&mut sink);
    assert!(!said.contains("The sound device stopped"), "{said}");
    assert!(said.contains("Completed: \"Steady bells\""), "{said}");

    let (found, signal) = heard(&recording, &templates, "frozen-player.wav");
    // The stream ran dry while the player was stopped: the longest run of
    // digital silence between the first bell and the gong.
    let (first, last) = (
        found.first().map_or(0, |o| o.frame as usize),
        found.last().map_or(0, |o| o.frame as usize),
    );
    let (gap_at, gap) = silent_runs(&signal[first..last])
        .into_iter()
        .max_by_key(|(_, length)| *length)
        .map(|(at, length)| (at + first, length))
        .unwrap_or_default();
    assert!(gap >= 48_000, "the freeze left {gap} frames of silence");
    // Every bell, once, in order; spaced as scheduled but across the gap,
    // where the silence, taken out, leaves the scheduled spacing.
    let heard: Vec<usize> = found.iter().map(|o| o.template).collect();
    let expected: Vec<usize> = scheduled.iter().map(|(_, t)| *t).collect();
    assert_eq!(heard, expected, "{found:?}");
    for (h, s) in found.windows(2).zip(scheduled.windows(2)) {
        let across = (h[0].frame as usize) < gap_at && gap_at < h[1].frame as usize;
        let silence = if across { gap as i64 } else { 0 };
        let heard_ms = (h[1].frame as i64 - h[0].frame as i64 - silence) * 1000 / 48_000;
        let scheduled_ms = (s[1].0 as i64 - s[0].0 as i64) * 1000 / 48_000;
        let allowed = if across { 100 } else { 50 };
        assert!(
            (heard_ms - scheduled_ms).abs() <= allowed,
            "bells {heard_ms} ms apart (silence of the freeze taken out: {across}), scheduled {scheduled_ms} ms"
        );
    }
    let entries = logged(&sink.dir());
    assert_eq!(entries.len(), 1, "{entries:?}");
    let practised = entries[0]["practised_secs"].as_u64().unwrap_or(0);
    assert!(
        (25..=27).contains(&practised),
        "the freeze is not practice: {practised} s"
    );
}

/// Runs of exact digital silence at least 10 ms long: (start, length).
fn silent_runs(signal: &[f32]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut n = 0;
    while n < signal.len() {
        let run = signal[n..].iter().take_while(|x| **x == 0.0).count();
        if run >= 480 {
            runs.push((n, run));
        }
        n += run.max(1);
    }
    runs
}

/// Frozen for longer than the rest of the session: on waking it is over,
/// as completed, with the time practised before the freeze.
#[test]
fn a_freeze_past_the_end_completes_the_session_with_the_time_practised() {
    let session = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/bells-in-order.ron");
    let sink = pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    let player = Player::start(&sink, &session);
    player.wait_for("— Two —", Duration::from_secs(10));
    player.signal("-STOP");
    std::thread::sleep(Duration::from_secs(9));
    player.signal("-CONT");
    let said = player.finish();
    assert!(!said.contains("— Four —"), "nothing of the rest plays: {said}");
    assert!(said.contains("Completed: \"Bells in order\""), "{said}");
    let entries = logged(&sink.dir());
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["ended"], "completed");
    let practised = entries[0]["practised_secs"].as_u64().unwrap_or(99);
    assert!(practised <= 3, "practised before the freeze: {practised} s");
}

/// The sink the session plays on goes (headphones unplugged) after the
/// default sink changed: every bell is heard once, on one sink or the
/// other, none doubled or in a burst.
#[test]
fn a_sink_removed_and_the_default_changed_lose_no_bell() {
    let _cores = crate::support::cpu::listening();
    let (scheduled, templates) = schedule(&steady_bells());
    let mut sink = pulse::NullSink::start_with(&["first", "second"]).unwrap_or_else(|e| panic!("{e}"));
    let (on_first, on_second) = (sink.dir().join("first.wav"), sink.dir().join("second.wav"));
    let first_began = sink.record_sink("first", &on_first).unwrap_or_else(|e| panic!("{e}"));
    let second_began = sink.record_sink("second", &on_second).unwrap_or_else(|e| panic!("{e}"));
    let player = Player::start(&sink, &steady_bells());
    player.wait_for("— Two —", Duration::from_secs(15));
    let pactl = |sink: &pulse::NullSink, args: &[&str]| {
        let output = sink
            .command("pactl")
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(output.status.success(), "pactl {args:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    pactl(&sink, &["set-default-sink", "second"]);
    player.wait_for("— Three —", Duration::from_secs(15));
    // Half way between two bells, the sink the stream plays on now is
    // removed (its recording stopped just before, as the server would
    // move it to the other sink's monitor).
    std::thread::sleep(Duration::from_millis(750));
    let inputs = pactl(&sink, &["list", "short", "sink-inputs"]);
    let sinks = pactl(&sink, &["list", "short", "sinks"]);
    let playing_on = inputs
        .lines()
        .filter_map(|l| l.split('\t').nth(1))
        .next()
        .and_then(|index| sinks.lines().find(|l| l.split('\t').next() == Some(index)))
        .and_then(|l| l.split('\t').nth(1))
        .unwrap_or_else(|| panic!("no stream playing: {inputs}"))
        .to_owned();
    let modules = pactl(&sink, &["list", "short", "modules"]);
    let module = modules
        .lines()
        .find(|l| l.contains(&format!("sink_name={playing_on} ")))
        .and_then(|l| l.split('\t').next())
        .unwrap_or_else(|| panic!("no module for {playing_on}: {modules}"))
        .to_owned();
    sink.stop_recording_sink(&playing_on);
    pactl(&sink, &["unload-module", &module]);
    let said = player.finish_heard(&mut sink);
    assert!(said.contains("Completed: \"Steady bells\""), "{said}");

    let (first, _) = heard(&on_first, &templates, "sink-removed-first.wav");
    let (second, _) = heard(&on_second, &templates, "sink-removed-second.wav");
    // Both recordings on one clock: frames from the first's start. A bell
    // found in both within 150 ms is one sound that both monitors took
    // (the server moves a recorder whose sink goes), not two.
    let offset = second_began.saturating_duration_since(first_began).as_secs_f64() * 48_000.0;
    let mut all: Vec<onsets::Onset> = first
        .iter()
        .copied()
        .chain(second.iter().map(|o| onsets::Onset {
            frame: o.frame + offset as u64,
            ..*o
        }))
        .collect();
    all.sort_by_key(|o| o.frame);
    all.dedup_by(|later, earlier| later.frame - earlier.frame < 7_200 && later.template == earlier.template);
    let from = assert_a_run_of(&all, &scheduled, "on either sink");
    assert_eq!((from, all.len()), (0, scheduled.len()), "every bell, once: {all:?}");
}

/// The player starts before the sound server (as at login): it says there
/// is no sound, keeps time, and the sound comes within three seconds of the
/// server, to the gong.
#[test]
fn the_sound_comes_when_a_server_starts_after_the_player() {
    let _cores = crate::support::cpu::listening();
    let (scheduled, templates) = schedule(&steady_bells());
    let mut sink = pulse::NullSink::prepare_with(&["stillpoint_test"]).unwrap_or_else(|e| panic!("{e}"));
    let player = Player::start(&sink, &steady_bells());
    player.wait_for("No sound device", Duration::from_secs(5));
    std::thread::sleep(Duration::from_secs(3));
    let recording = sink.dir().join("recording.wav");
    bring_the_server(&mut sink, &player, &recording);
    let said = player.finish_heard(&mut sink);
    assert!(said.contains("Completed: \"Steady bells\""), "{said}");
    let (found, _) = heard(&recording, &templates, "server-after-player.wav");
    let from = assert_a_run_of(&found, &scheduled, "once the server is up");
    assert_eq!(from + found.len(), scheduled.len(), "to the gong: {found:?}");
}
