//! The sound server (PulseAudio, or PipeWire through its PulseAudio
//! socket), spoken to directly over its native protocol.
//!
//! Why not through ALSA's pulse plugin, as before: that plugin and cpal's
//! ALSA thread woke the process about 90 times a second for a silent sit;
//! a dead server came back as a flood of backend errors; and where the
//! server was not yet running when ALSA first read its configuration,
//! ALSA's `default` stayed bound to the hardware for the life of the
//! process. Here the server is found by its socket at each attempt, a lost
//! connection ends the stream at once, and the stream asks for a quarter
//! of a second at a time (about eight wakeups a second).

use std::io::Read;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use pulseaudio::protocol;

use super::OutputError;
use super::way::{Counted, Feed, Format, Link};

/// How much the server holds queued for the stream. The session's sound
/// is this much ahead of what is heard: a pause is heard at most this
/// late. Less means more wakeups.
const QUEUED: Duration = Duration::from_millis(500);
/// How much the server asks for at a time.
const ASKED: Duration = Duration::from_millis(250);
/// How long the server has to answer while a connection is made.
const ANSWER_LIMIT: Duration = Duration::from_secs(2);
/// A cookie is 256 bytes; a longer file is not one.
const COOKIE_BYTES: usize = 256;

/// Frames to play after a session's last sound before closing: the queue,
/// and a little more.
pub fn drain_frames(rate: u32) -> u64 {
    (QUEUED + Duration::from_millis(150)).as_millis() as u64 * u64::from(rate) / 1000
}

/// A stream to the sound server. Dropping it closes the connection.
pub struct ServerOutput {
    /// The connection, kept to shut it: the client's own thread then ends.
    socket: UnixStream,
    _client: pulseaudio::Client,
    _stream: pulseaudio::PlaybackStream,
}

/// A feed as the server reads it: bytes of little-endian floats.
struct ServerFeed<F: Feed> {
    counted: Counted<F>,
    scratch: Vec<f32>,
}

impl<F: Feed> pulseaudio::PlaybackSource for ServerFeed<F> {
    fn poll_read(self: Pin<&mut Self>, _cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<usize> {
        let this = self.get_mut();
        let samples = buf.len() / 4;
        this.scratch.resize(samples, 0.0);
        this.counted.fill(&mut this.scratch);
        for (bytes, sample) in buf.chunks_exact_mut(4).zip(&this.scratch) {
            bytes.copy_from_slice(&sample.to_le_bytes());
        }
        // Zero would end the stream; a request is never for less than a
        // frame.
        Poll::Ready((samples * 4).max(1).min(buf.len()))
    }
}

impl ServerOutput {
    /// Connects to the server at `socket` and starts a stream playing
    /// `feed` on its default sink.
    pub fn open<F: Feed>(socket: &Path, feed: F, format: Format, link: Arc<Link>) -> Result<Self, OutputError> {
        let refused = |e: &dyn std::fmt::Display| OutputError::Refused(e.to_string());
        let connection = UnixStream::connect(socket).map_err(|e| refused(&e))?;
        // A server that is stopped accepts the connection and never
        // answers: the handshake waits this long, no more.
        connection
            .set_read_timeout(Some(ANSWER_LIMIT))
            .map_err(|e| refused(&e))?;
        connection
            .set_write_timeout(Some(ANSWER_LIMIT))
            .map_err(|e| refused(&e))?;
        let kept = connection.try_clone().map_err(|e| refused(&e))?;
        let client = pulseaudio::Client::new_unix(c"Stillpoint", connection, Some(cookie()))
            .map_err(|e| refused(&describe(&e)))?;
        let channels = u8::try_from(format.channels).unwrap_or(2).clamp(1, 2);
        let bytes_per_second = format.rate * u32::from(channels) * 4;
        let bytes = |d: Duration| (u64::from(bytes_per_second) * d.as_millis() as u64 / 1000) as u32;
        let mut props = protocol::Props::new();
        props.set(protocol::Prop::MediaName, c"Stillpoint");
        props.set(protocol::Prop::ApplicationIconName, c"stillpoint");
        props.set(protocol::Prop::ApplicationId, c"org.stillpoint.Stillpoint");
        let params = protocol::PlaybackStreamParams {
            sample_spec: protocol::SampleSpec {
                format: protocol::SampleFormat::Float32Le,
                channels,
                sample_rate: format.rate,
            },
            channel_map: if channels == 1 {
                protocol::ChannelMap::mono()
            } else {
                protocol::ChannelMap::stereo()
            },
            cvolume: Some(protocol::ChannelVolume::norm(channels)),
            buffer_attr: protocol::stream::BufferAttr {
                max_length: u32::MAX,
                target_length: bytes(QUEUED),
                pre_buffering: u32::MAX,
                minimum_request_length: bytes(ASKED),
                fragment_size: 0,
            },
            props,
            ..Default::default()
        };
        let source = ServerFeed {
            counted: Counted::new(feed, link.clone(), format),
            scratch: Vec::new(),
        };
        let stream = futures_lite::future::block_on(client.create_playback_stream(params, source)).map_err(|e| {
            let _ = kept.shutdown(std::net::Shutdown::Both);
            refused(&describe(&e))
        })?;
        // Waits, asleep, for the stream to end: it ends only when the
        // connection is lost (or closed here).
        let watched = stream.clone();
        let spawned = std::thread::Builder::new()
            .name("stillpoint-sound-server".into())
            .spawn(move || {
                let why = match futures_lite::future::block_on(watched.play_all()) {
                    Ok(()) => crate::t!("audio-server-ended"),
                    Err(e) => describe(&e),
                };
                link.end(why);
            });
        if let Err(e) = spawned {
            let _ = kept.shutdown(std::net::Shutdown::Both);
            return Err(refused(&e));
        }
        Ok(Self {
            socket: kept,
            _client: client,
            _stream: stream,
        })
    }
}

impl Drop for ServerOutput {
    fn drop(&mut self) {
        // The client's thread reads the connection's end and stops; the
        // server lets the stream go with it.
        let _ = self.socket.shutdown(std::net::Shutdown::Both);
    }
}

/// How long the server has to answer whether a microphone is in use.
const ASK_LIMIT: Duration = Duration::from_millis(500);

/// A connection to the server for asking, not playing: authenticated and
/// named, with the protocol version agreed and the next command's number.
struct Asking {
    reader: std::io::BufReader<UnixStream>,
    version: u16,
    seq: u32,
}

impl Asking {
    /// Connects to the server at `socket`; each answer may take
    /// [`ASK_LIMIT`].
    fn connect(socket: &Path) -> Option<Asking> {
        let connection = UnixStream::connect(socket).ok()?;
        connection.set_read_timeout(Some(ASK_LIMIT)).ok()?;
        connection.set_write_timeout(Some(ASK_LIMIT)).ok()?;
        let mut asking = Asking {
            reader: std::io::BufReader::new(connection),
            version: protocol::MAX_VERSION,
            seq: 0,
        };
        let auth: protocol::AuthReply = asking.ask(protocol::Command::Auth(protocol::AuthParams {
            version: protocol::MAX_VERSION,
            supports_shm: false,
            supports_memfd: false,
            cookie: cookie(),
        }))?;
        asking.version = asking.version.min(auth.version);
        let mut props = protocol::Props::new();
        props.set(protocol::Prop::ApplicationName, c"Stillpoint");
        let _: protocol::SetClientNameReply = asking.ask(protocol::Command::SetClientName(props))?;
        Some(asking)
    }

    fn send(&mut self, command: protocol::Command) -> Option<u32> {
        self.seq += 1;
        protocol::write_command_message(self.reader.get_mut(), self.seq, &command, self.version).ok()?;
        Some(self.seq)
    }

    /// Sends `command` and reads its reply.
    fn ask<R: protocol::CommandReply>(&mut self, command: protocol::Command) -> Option<R> {
        let sent = self.send(command)?;
        let (answered, reply) = protocol::read_reply_message(&mut self.reader, self.version).ok()?;
        (answered == sent).then_some(reply)
    }
}

/// Whether something records from a microphone on the server at `socket`
/// now: a capture stream, not paused, from a source that is not a sink's
/// monitor (recording what plays is not a call), and not a level meter
/// (pavucontrol's). `None` when the server cannot be asked.
pub fn microphone_in_use(socket: &Path) -> Option<bool> {
    let mut asking = Asking::connect(socket)?;
    let sources: protocol::SourceInfoList = asking.ask(protocol::Command::GetSourceInfoList)?;
    let outputs: protocol::SourceOutputInfoList = asking.ask(protocol::Command::GetSourceOutputInfoList)?;
    let microphones: Vec<u32> = sources
        .iter()
        .filter(|source| source.monitor_of_sink_index.is_none())
        .map(|source| source.index)
        .collect();
    let level_meter = |output: &protocol::SourceOutputInfo| {
        let id = output.props.get(protocol::Prop::ApplicationId).unwrap_or_default();
        id.strip_suffix(&[0]).unwrap_or(id) == b"org.PulseAudio.pavucontrol"
    };
    Some(
        outputs
            .iter()
            .any(|output| !output.corked && microphones.contains(&output.source_index) && !level_meter(output)),
    )
}

/// Calls `changed` each time a capture stream starts, changes or ends on
/// the server at `socket`, asleep in the connection between; returns when
/// the server cannot be asked or goes away.
pub fn follow_capture_streams(socket: &Path, mut changed: impl FnMut()) {
    let Some(mut asking) = Asking::connect(socket) else {
        return;
    };
    let Some(sent) = asking.send(protocol::Command::Subscribe(protocol::SubscriptionMask::SOURCE_OUTPUT)) else {
        return;
    };
    if protocol::read_ack_message(&mut asking.reader).ok() != Some(sent) {
        return;
    }
    // From now on the connection only waits.
    if asking.reader.get_ref().set_read_timeout(None).is_err() {
        return;
    }
    while let Ok((_, command)) = protocol::read_command_message(&mut asking.reader, asking.version) {
        if matches!(command, protocol::Command::SubscribeEvent(_)) {
            changed();
        }
    }
}

fn describe(error: &pulseaudio::ClientError) -> String {
    match error {
        pulseaudio::ClientError::Io(e) => e.to_string(),
        pulseaudio::ClientError::ServerError(e) => format!("{e:?}"),
        pulseaudio::ClientError::Protocol(e) => e.to_string(),
        other => other.to_string(),
    }
}

/// The cookie that proves this user may use the server, where PulseAudio
/// keeps it. Servers that ask for none (PipeWire's, or one with anonymous
/// access) still want one sent: zeros, where there is none.
fn cookie() -> Vec<u8> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".config")));
    let places = [
        std::env::var_os("PULSE_COOKIE").map(PathBuf::from),
        config.map(|c| c.join("pulse/cookie")),
        home.map(|h| h.join(".pulse-cookie")),
    ];
    places
        .into_iter()
        .flatten()
        .find_map(|path| {
            let mut cookie = Vec::with_capacity(COOKIE_BYTES);
            std::fs::File::open(path)
                .ok()?
                .take(COOKIE_BYTES as u64)
                .read_to_end(&mut cookie)
                .ok()?;
            (cookie.len() == COOKIE_BYTES).then_some(cookie)
        })
        .unwrap_or_else(|| vec![0; COOKIE_BYTES])
}
