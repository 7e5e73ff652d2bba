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
    /// The null sinks, the first the default.
    sinks: Vec<String>,
    server: Option<Child>,
    recorder: Option<Child>,
    /// Recorders of other sinks' monitors, by sink.
    recorders: Vec<(String, Child)>,
    /// Clients reach the server by this port on the loopback, as a server
    /// named by network address, rather than by its socket.
    tcp_port: Option<u16>,
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
    /// Starts the server with its one null sink; fails with a message
    /// naming what is missing.
    pub fn start() -> Result<Self, String> {
        Self::start_with(&["stillpoint_test"])
    }

    /// Starts the server with these null sinks, the first the default.
    pub fn start_with(sinks: &[&str]) -> Result<Self, String> {
        let mut sink = Self::prepare_with(sinks)?;
        sink.start_server()?;
        Ok(sink)
    }

    /// The server's folder and environment, with no server running yet:
    /// a player started now finds no server.
    pub fn prepare_with(sinks: &[&str]) -> Result<Self, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        std::fs::create_dir(dir.path().join("run")).map_err(|e| e.to_string())?;
        Ok(Self {
            dir,
            sinks: sinks.iter().map(|s| (*s).to_owned()).collect(),
            server: None,
            recorder: None,
            recorders: Vec::new(),
            tcp_port: None,
        })
    }

    /// Starts the server with its one null sink, reached by its clients
    /// over TCP on the loopback (`PULSE_SERVER=tcp:127.0.0.1:PORT`).
    pub fn start_over_tcp() -> Result<Self, String> {
        let mut sink = Self::prepare_with(&["stillpoint_test"])?;
        let free = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
        sink.tcp_port = Some(free.local_addr().map_err(|e| e.to_string())?.port());
        drop(free);
        sink.start_server()?;
        Ok(sink)
    }

    /// Starts the server (again, after [`NullSink::kill_server`]), and
    /// returns once it answers.
    pub fn start_server(&mut self) -> Result<(), String> {
        let mut command = Command::new("pulseaudio");
        command
            .args(["-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no"])
            .arg(format!(
                "--log-target=file:{}",
                self.dir.path().join("pulseaudio.log").display()
            ))
            .arg("-L")
            .arg(format!(
                "module-native-protocol-unix auth-anonymous=1 socket={}",
                Self::socket_in(self.dir.path())
            ));
        if let Some(port) = self.tcp_port {
            command.arg("-L").arg(format!(
                "module-native-protocol-tcp auth-anonymous=1 listen=127.0.0.1 port={port}"
            ));
        }
        for sink in &self.sinks {
            command
                .arg("-L")
                .arg(format!("module-null-sink sink_name={sink} rate=48000 channels=2"));
        }
        self.server = Some(
            command
                .envs(self.env())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot start pulseaudio (make test installs it): {e}"))?,
        );
        let up = wait_for(Duration::from_secs(10), || {
            self.command("pactl")
                .arg("info")
                .output()
                .is_ok_and(|o| o.status.success())
        });
        if !up {
            let log = std::fs::read_to_string(self.dir.path().join("pulseaudio.log")).unwrap_or_default();
            return Err(format!("pulseaudio did not come up:\n{log}"));
        }
        Ok(())
    }

    /// Kills the server outright, as a crash does: its socket is left
    /// behind, and its recorders end with it.
    pub fn kill_server(&mut self) {
        if let Some(mut server) = self.server.take() {
            let _ = server.kill();
            let _ = server.wait();
        }
        let recorders = self.recorders.drain(..).map(|(_, recorder)| recorder);
        for mut recorder in self.recorder.take().into_iter().chain(recorders) {
            let _ = recorder.wait();
        }
    }

    fn socket_in(dir: &Path) -> String {
        dir.join("run/native").display().to_string()
    }

    /// The environment that points PulseAudio clients (and ALSA's default
    /// device, through the pulse plugin) at this server and nothing else.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        let dir = self.dir.path();
        let server = match self.tcp_port {
            Some(port) => format!("tcp:127.0.0.1:{port}"),
            None => format!("unix:{}", Self::socket_in(dir)),
        };
        vec![
            ("XDG_RUNTIME_DIR", dir.join("run").display().to_string()),
            ("PULSE_RUNTIME_PATH", dir.join("run/pulse").display().to_string()),
            ("PULSE_STATE_PATH", dir.join("state").display().to_string()),
            ("XDG_CONFIG_HOME", dir.join("config").display().to_string()),
            ("PULSE_SERVER", server),
        ]
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
        let sink = self.sinks[0].clone();
        let (recorder, _) = self.start_recorder(&sink, out)?;
        self.recorder = Some(recorder);
        Ok(())
    }

    /// Records the monitor of `sink` into `out` too, until the recordings
    /// stop. Gives the moment the recording's first frame was taken, to
    /// within a few tens of milliseconds.
    pub fn record_sink(&mut self, sink: &str, out: &Path) -> Result<Instant, String> {
        let (recorder, began) = self.start_recorder(sink, out)?;
        self.recorders.push((sink.to_owned(), recorder));
        Ok(began)
    }

    /// Stops recording `sink`'s monitor, finishing its WAV file (before
    /// the sink is removed: the server would move the recorder to
    /// another sink's monitor).
    pub fn stop_recording_sink(&mut self, sink: &str) {
        let (stopped, kept) = self.recorders.drain(..).partition(|(name, _)| name == sink);
        self.recorders = kept;
        for (_, recorder) in stopped {
            stop(recorder);
        }
    }

    fn start_recorder(&self, sink: &str, out: &Path) -> Result<(Child, Instant), String> {
        let _ = std::fs::remove_file(out);
        let mut recorder = self
            .command("parec")
            .args([
                "-d",
                &format!("{sink}.monitor"),
                "--rate=48000",
                "--channels=2",
                "--format=s16le",
            ])
            // Small fragments: parec's default 2 s fragment is lost on stop.
            .args(["--latency-msec=20", "--file-format=wav"])
            .arg(out)
            // A recorder whose server goes says so; the test knows.
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start parec: {e}"))?;
        let mut written = 0;
        let flowing = wait_for(Duration::from_secs(10), || {
            written = std::fs::metadata(out).map_or(0, |m| m.len());
            written > 4096
        });
        if flowing {
            // 48 kHz, two channels of two bytes, after a 44-byte header.
            let recorded = Duration::from_secs_f64(written.saturating_sub(44) as f64 / 192_000.0);
            Ok((
                recorder,
                Instant::now().checked_sub(recorded).unwrap_or_else(Instant::now),
            ))
        } else {
            let _ = recorder.kill();
            let _ = recorder.wait();
            Err("the null sink's monitor sent nothing".into())
        }
    }

    /// Stops the recorders so that they finish their WAV files.
    pub fn stop_recording(&mut self) {
        let recorders = self.recorders.drain(..).map(|(_, recorder)| recorder);
        for recorder in self.recorder.take().into_iter().chain(recorders) {
            stop(recorder);
        }
    }

    /// Stops the server, as if the sound device went away.
    pub fn stop_server(&mut self) {
        self.stop_recording();
        let _ = self.command("pactl").arg("exit").status();
        if let Some(mut server) = self.server.take() {
            let _ = server.wait();
        }
    }

    /// Adds a microphone of the server's own (a null source) named
    /// `name`.
    pub fn add_microphone(&self, name: &str) {
        let loaded = self
            .command("pactl")
            .args(["load-module", "module-null-source"])
            .arg(format!("source_name={name}"))
            .output()
            .unwrap_or_else(|e| panic!("pactl: {e}"));
        assert!(loaded.status.success(), "{}", String::from_utf8_lossy(&loaded.stderr));
    }

    /// Records the microphone `name`, as a call's client does, and returns
    /// once the server lists the recording; the caller ends it.
    pub fn record_microphone(&self, name: &str) -> Child {
        let before = self.capture_streams();
        let call = self
            .command("parecord")
            .args(["-d", name, "--file-format=wav"])
            .arg(self.dir().join(format!("{name}.wav")))
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start parecord: {e}"));
        self.wait_for_capture_streams(before + 1);
        call
    }

    /// How many capture streams the server has, as `pactl` lists them.
    pub fn capture_streams(&self) -> usize {
        let output = self
            .command("pactl")
            .args(["list", "short", "source-outputs"])
            .output()
            .unwrap_or_else(|e| panic!("pactl: {e}"));
        String::from_utf8_lossy(&output.stdout).lines().count()
    }

    /// Waits (polling the server, as waiting for it to come up does) until
    /// it has `count` capture streams.
    pub fn wait_for_capture_streams(&self, count: usize) {
        let listed = wait_for(Duration::from_secs(10), || self.capture_streams() == count);
        assert!(listed, "the server never had {count} capture streams");
    }

    /// Where this server keeps its files; recordings may go here too.
    pub fn dir(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }
}

impl Drop for NullSink {
    fn drop(&mut self) {
        self.stop_recording();
        let Some(mut server) = self.server.take() else { return };
        let _ = self.command("pactl").arg("exit").status();
        if !wait_for(Duration::from_secs(3), || server.try_wait().is_ok_and(|s| s.is_some())) {
            let _ = server.kill();
        }
        let _ = server.wait();
    }
}

/// Reads a recorded WAV (16-bit stereo) as a mono signal.
/// Stops a recorder so that it finishes its WAV file.
fn stop(mut recorder: Child) {
    let _ = Command::new("kill").args(["-INT", &recorder.id().to_string()]).status();
    let _ = recorder.wait();
}

/// A recorder whose server was killed under it leaves its header
/// unfinished: then the samples after the data chunk's header are read.
pub fn read_mono(path: &Path) -> Vec<f32> {
    let samples: Vec<f32> = match hound::WavReader::open(path) {
        Ok(mut reader) => reader
            .samples::<i16>()
            .filter_map(Result::ok)
            .map(|s| f32::from(s) / 32768.0)
            .collect(),
        Err(_) => {
            let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let data = bytes
                .windows(4)
                .position(|w| w == b"data")
                .unwrap_or_else(|| panic!("{}: no data chunk", path.display()));
            bytes[(data + 8).min(bytes.len())..]
                .chunks_exact(2)
                .map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0)
                .collect()
        }
    };
    samples.chunks_exact(2).map(|f| f[0] + f[1]).collect()
}
