//! A private PulseAudio server with a null sink, for tests and the
//! benchmark: what a session plays through ALSA's default device lands in
//! the sink, and its monitor is recorded to a WAV file.
//!
//! Everything lives in a temporary folder; nothing touches the user's own
//! sound setup, and the server stops when the value is dropped.

// Each test binary that includes this file uses only part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct NullSink {
    dir: tempfile::TempDir,
    server: Child,
    recorder: Option<Child>,
}

/// Polls `ready` until it holds or `limit` passes. Waiting for a server or
/// a recorder to come up is the only waiting these tests do.
fn wait_for(limit: Duration, mut ready: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if ready() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    ready()
}

impl NullSink {
    /// Starts the server; fails with a message naming what is missing.
    pub fn start() -> Result<Self, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        std::fs::create_dir(dir.path().join("run")).map_err(|e| e.to_string())?;
        let sink = Self {
            server: Command::new("pulseaudio")
                .args(["-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no"])
                .arg(format!(
                    "--log-target=file:{}",
                    dir.path().join("pulseaudio.log").display()
                ))
                .arg("-L")
                .arg(format!(
                    "module-native-protocol-unix auth-anonymous=1 socket={}",
                    Self::socket_in(dir.path())
                ))
                .args(["-L", "module-null-sink sink_name=stillpoint_test rate=48000 channels=2"])
                .envs(Self::env_in(dir.path()))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot start pulseaudio (make test installs it): {e}"))?,
            dir,
            recorder: None,
        };
        let up = wait_for(Duration::from_secs(10), || {
            sink.command("pactl")
                .arg("info")
                .output()
                .is_ok_and(|o| o.status.success())
        });
        if !up {
            let log = std::fs::read_to_string(sink.dir.path().join("pulseaudio.log")).unwrap_or_default();
            return Err(format!("pulseaudio did not come up:\n{log}"));
        }
        Ok(sink)
    }

    fn socket_in(dir: &Path) -> String {
        dir.join("run/native").display().to_string()
    }

    /// The environment that points PulseAudio clients (and ALSA's default
    /// device, through the pulse plugin) at this server and nothing else.
    fn env_in(dir: &Path) -> Vec<(&'static str, String)> {
        vec![
            ("XDG_RUNTIME_DIR", dir.join("run").display().to_string()),
            ("PULSE_RUNTIME_PATH", dir.join("run/pulse").display().to_string()),
            ("PULSE_STATE_PATH", dir.join("state").display().to_string()),
            ("XDG_CONFIG_HOME", dir.join("config").display().to_string()),
            ("PULSE_SERVER", format!("unix:{}", Self::socket_in(dir))),
        ]
    }

    pub fn env(&self) -> Vec<(&'static str, String)> {
        Self::env_in(self.dir.path())
    }

    /// A command run against this server.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.envs(self.env());
        command
    }

    /// Starts recording the sink's monitor into `out` (48 kHz stereo
    /// 16-bit), and returns once sound is flowing: a fresh null sink sends
    /// its first monitor data about two seconds after the recorder joins.
    pub fn record(&mut self, out: &Path) -> Result<(), String> {
        let _ = std::fs::remove_file(out);
        let recorder = self
            .command("parec")
            .args([
                "-d",
                "stillpoint_test.monitor",
                "--rate=48000",
                "--channels=2",
                "--format=s16le",
            ])
            // Small fragments: parec's default 2 s fragment is lost on stop.
            .args(["--latency-msec=20", "--file-format=wav"])
            .arg(out)
            .spawn()
            .map_err(|e| format!("cannot start parec: {e}"))?;
        self.recorder = Some(recorder);
        let flowing = wait_for(Duration::from_secs(10), || {
            std::fs::metadata(out).is_ok_and(|m| m.len() > 4096)
        });
        if flowing {
            Ok(())
        } else {
            Err("the null sink's monitor sent nothing".into())
        }
    }

    /// Stops the recorder so that it finishes the WAV file.
    pub fn stop_recording(&mut self) {
        if let Some(mut recorder) = self.recorder.take() {
            let _ = Command::new("kill").args(["-INT", &recorder.id().to_string()]).status();
            let _ = recorder.wait();
        }
    }

    /// Stops the server, as if the sound device went away.
    pub fn stop_server(&mut self) {
        self.stop_recording();
        let _ = self.command("pactl").arg("exit").status();
        let _ = self.server.wait();
    }

    /// Where this server keeps its files; recordings may go here too.
    pub fn dir(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }
}

impl Drop for NullSink {
    fn drop(&mut self) {
        self.stop_recording();
        let _ = self.command("pactl").arg("exit").status();
        if !wait_for(Duration::from_secs(3), || {
            self.server.try_wait().is_ok_and(|s| s.is_some())
        }) {
            let _ = self.server.kill();
        }
        let _ = self.server.wait();
    }
}

/// Reads a recorded WAV (16-bit stereo) as a mono signal.
pub fn read_mono(path: &Path) -> Vec<f32> {
    let mut reader = hound::WavReader::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let samples: Vec<f32> = reader
        .samples::<i16>()
        .filter_map(Result::ok)
        .map(|s| f32::from(s) / 32768.0)
        .collect();
    samples.chunks_exact(2).map(|f| f[0] + f[1]).collect()
}
