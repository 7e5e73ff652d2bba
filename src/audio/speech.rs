//! Spoken guidance: the system's speech synthesizer turns each cue into
//! audio, ahead of its moment, into a cache under the data folder; the
//! mixer plays it on the voice bus like a recording. Nothing here talks to
//! the sound device, and nothing here runs on the audio thread.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration as StdDuration, Instant};

use super::recording::Take;
use super::resample::resample;

/// How long a synthesizer may take over one cue before it is given up.
pub const SYNTHESIS_TIMEOUT: StdDuration = StdDuration::from_secs(5);
/// How far ahead of the playing position cues are made ready, in frames'
/// worth of time.
const LOOKAHEAD: StdDuration = StdDuration::from_secs(60);
/// Output larger than this is not speech for one cue.
const MAX_OUTPUT_BYTES: usize = 64 * 1024 * 1024;

/// The speech synthesizers found on this system. Each writes a WAV file
/// or stream, never to the sound device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Synthesizer {
    /// `espeak-ng --stdout`: small, fast, many languages, mechanical.
    espeak: Option<PathBuf>,
    /// Festival's `text2wave` with the HTS voice `cmu_us_slt_arctic_hts`:
    /// a smoother, more natural voice, for English.
    festival: Option<PathBuf>,
}

/// Where Festival keeps the natural US English voice.
const FESTIVAL_VOICE_DIR: &str = "/usr/share/festival/voices/us/cmu_us_slt_arctic_hts";
/// The voice id of Festival's natural voice in [`SpeechSettings::voice`].
pub const NATURAL_VOICE: &str = "natural";

/// How the guidance is read: the synthesizer's voice and its pace.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SpeechSettings {
    /// [`NATURAL_VOICE`], an espeak-ng variant (`f3`, `m3`, ...), or empty
    /// for the best one installed.
    pub voice: String,
    /// Words a minute.
    pub words_per_minute: u32,
}

impl Default for SpeechSettings {
    fn default() -> Self {
        Self {
            voice: String::new(),
            words_per_minute: 120,
        }
    }
}

/// The pace a synthesizer may be asked for.
pub const WORDS_PER_MINUTE_RANGE: std::ops::RangeInclusive<u32> = 80..=180;

/// espeak-ng's voices offered in Settings, with their names for people.
const ESPEAK_VOICES: [&str; 4] = ["f3", "f2", "m3", "m1"];

/// An espeak-ng voice variant's name for people.
fn espeak_voice_name(variant: &str) -> String {
    match variant {
        "f3" => crate::t!("settings-voice-soft-higher"),
        "f2" => crate::t!("settings-voice-clear-higher"),
        "m3" => crate::t!("settings-voice-soft-lower"),
        _ => crate::t!("settings-voice-clear-lower"),
    }
}

/// Why a cue could not be spoken: the program's name (or [`ANY_SYNTHESIZER`])
/// and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpeechError {
    Start(&'static str, String),
    Failed(&'static str, String),
    TimedOut(&'static str, u64),
    NotAudio(&'static str, String),
}

/// Stands for the program in an error that no one program gave.
const ANY_SYNTHESIZER: &str = "speech";

impl std::fmt::Display for SpeechError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let program = |name: &str| match name {
            ANY_SYNTHESIZER => crate::t!("errors-speech-synthesis"),
            name => name.to_owned(),
        };
        let text = match self {
            SpeechError::Start(name, reason) => {
                crate::t!("errors-speech-start", program = program(name), reason = reason.as_str())
            }
            SpeechError::Failed(name, reason) => {
                crate::t!(
                    "errors-speech-failed",
                    program = program(name),
                    reason = reason.as_str()
                )
            }
            SpeechError::TimedOut(name, seconds) => {
                crate::t!("errors-speech-timed-out", program = program(name), seconds = *seconds)
            }
            SpeechError::NotAudio(name, reason) => {
                crate::t!(
                    "errors-speech-not-audio",
                    program = program(name),
                    reason = reason.as_str()
                )
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SpeechError {}

/// One synthesizer program, chosen for a session's language and voice.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Engine {
    Espeak(PathBuf),
    Festival(PathBuf),
}

impl Engine {
    fn name(&self) -> &'static str {
        match self {
            Engine::Espeak(_) => "espeak-ng",
            Engine::Festival(_) => "festival",
        }
    }
}

impl Synthesizer {
    /// The synthesizers on `PATH`; `None` when there are none.
    pub fn find() -> Option<Self> {
        let path = std::env::var_os("PATH")?;
        let look = |name: &str| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(name))
                .find(|candidate| is_executable(candidate))
        };
        let festival = look("text2wave").filter(|_| Path::new(FESTIVAL_VOICE_DIR).is_dir());
        let found = Self {
            espeak: look("espeak-ng"),
            festival,
        };
        (found.espeak.is_some() || found.festival.is_some()).then_some(found)
    }

    /// espeak-ng at `program` alone (a stand-in, in tests).
    pub fn espeak_at(program: PathBuf) -> Self {
        Self {
            espeak: Some(program),
            festival: None,
        }
    }

    /// What is installed, for people.
    pub fn name(&self) -> String {
        match (&self.festival, &self.espeak) {
            (Some(_), Some(_)) => crate::t!(
                "errors-speech-two-synthesizers",
                first = "Festival",
                second = "espeak-ng"
            ),
            (Some(_), None) => "Festival".to_owned(),
            _ => "espeak-ng".to_owned(),
        }
    }

    /// The voices there are to choose from: id and name for people.
    pub fn voices(&self) -> Vec<(&'static str, String)> {
        let mut voices = vec![("", crate::t!("settings-voice-most-natural"))];
        if self.festival.is_some() {
            voices.push((NATURAL_VOICE, crate::t!("settings-voice-festival")));
        }
        if self.espeak.is_some() {
            voices.extend(ESPEAK_VOICES.map(|variant| (variant, espeak_voice_name(variant))));
        }
        voices
    }

    /// The program that reads `language` in `voice`: Festival's natural
    /// voice for English when installed and not declined, else espeak-ng.
    fn engine(&self, language: &str, voice: &str) -> Option<Engine> {
        let english = language.is_empty() || language == "en" || language.starts_with("en-");
        let festival = self
            .festival
            .clone()
            .filter(|_| english && (voice.is_empty() || voice == NATURAL_VOICE))
            .map(Engine::Festival);
        festival
            .or_else(|| self.espeak.clone().map(Engine::Espeak))
            .or_else(|| self.festival.clone().map(Engine::Festival))
    }

    /// The name of what reads `language` in `voice`, for the cache key.
    fn engine_name(&self, language: &str, voice: &str) -> &'static str {
        self.engine(language, voice).map_or("none", |e| e.name())
    }

    /// Speaks `text` into a WAV file's bytes, giving up after `timeout`.
    pub fn synthesize(
        &self,
        text: &str,
        language: &str,
        settings: &SpeechSettings,
        timeout: StdDuration,
    ) -> Result<Vec<u8>, SpeechError> {
        let engine = self
            .engine(language, &settings.voice)
            .ok_or_else(|| SpeechError::Start(ANY_SYNTHESIZER, crate::t!("errors-speech-no-synthesizer")))?;
        let name = engine.name();
        let rate = settings
            .words_per_minute
            .clamp(*WORDS_PER_MINUTE_RANGE.start(), *WORDS_PER_MINUTE_RANGE.end());
        // Festival cannot write a whole WAV to a pipe, so it reads the text
        // from a file and writes another.
        let scratch = match engine {
            Engine::Festival(_) => Some(tempfile_pair().map_err(|e| SpeechError::Start(name, e.to_string()))?),
            Engine::Espeak(_) => None,
        };
        let mut command = match &engine {
            Engine::Espeak(program) => {
                let mut command = Command::new(program);
                let voice = espeak_voice(language, &settings.voice);
                // -g: a pause between words, in 10 ms units, for a calmer pace.
                command
                    .args(["--stdout", "-v", &voice, "-s", &rate.to_string(), "-g", "2", "--"])
                    .arg(text);
                command
            }
            Engine::Festival(program) => {
                let (text_file, wav_file) = scratch
                    .as_ref()
                    .map(|(t, w)| (t.clone(), w.clone()))
                    .unwrap_or_default();
                std::fs::write(&text_file, text).map_err(|e| SpeechError::Start(name, e.to_string()))?;
                // The HTS voice's speed: its own pace is about 150 words a
                // minute, and `-r` divides the length.
                let speed = f64::from(rate) / 150.0;
                let mut command = Command::new(program);
                command
                    .arg("-o")
                    .arg(&wav_file)
                    .args(["-eval", "(voice_cmu_us_slt_arctic_hts)", "-eval"])
                    .arg(format!(
                        "(set! hts_engine_params (append hts_engine_params (list (list \"-r\" {speed:.2}))))"
                    ))
                    .arg(&text_file);
                command
            }
        };
        let result = run_with_timeout(&mut command, name, timeout);
        let bytes = match (result, &scratch) {
            (Ok(_), Some((_, wav_file))) => {
                std::fs::read(wav_file).map_err(|e| SpeechError::NotAudio(name, e.to_string()))
            }
            (Ok(stdout), None) => Ok(stdout),
            (Err(e), _) => Err(e),
        };
        if let Some((text_file, wav_file)) = &scratch {
            let _ = std::fs::remove_file(text_file);
            let _ = std::fs::remove_file(wav_file);
        }
        let bytes = bytes?;
        if bytes.len() > MAX_OUTPUT_BYTES {
            return Err(SpeechError::NotAudio(name, crate::t!("errors-speech-far-too-long")));
        }
        decode_wav(&bytes).map_err(|why| SpeechError::NotAudio(name, why))?;
        Ok(bytes)
    }
}

/// Two fresh file names in the temporary folder: the text, and the WAV.
fn tempfile_pair() -> std::io::Result<(PathBuf, PathBuf)> {
    use std::sync::atomic::AtomicU64;
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let n = COUNT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("stillpoint-speech-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok((dir.join(format!("{n}.txt")), dir.join(format!("{n}.wav"))))
}

/// Runs `command` to its end, giving up after `timeout`; its standard
/// output, or why it failed.
fn run_with_timeout(command: &mut Command, name: &'static str, timeout: StdDuration) -> Result<Vec<u8>, SpeechError> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| SpeechError::Start(name, e.to_string()))?;
    // Read both pipes on their own threads, so a full pipe never holds the
    // synthesizer up while its time is counted.
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(pipe) = pipe {
                let _ = pipe.take(MAX_OUTPUT_BYTES as u64 + 1).read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = reader(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = reader(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(SpeechError::TimedOut(name, timeout.as_secs().max(1)));
            }
            Ok(None) => std::thread::sleep(StdDuration::from_millis(5)),
            Err(e) => return Err(SpeechError::Failed(name, e.to_string())),
        }
    };
    let bytes = stdout.join().unwrap_or_default();
    let errors = stderr.join().unwrap_or_default();
    if !status.success() {
        let said = String::from_utf8_lossy(&errors);
        let said = said.lines().next().unwrap_or("").trim();
        let why = if said.is_empty() {
            status.to_string()
        } else {
            format!("{status}: {said}")
        };
        return Err(SpeechError::Failed(name, why));
    }
    Ok(bytes)
}

/// espeak-ng's name for a voice: the session's language with a variant.
fn espeak_voice(language: &str, variant: &str) -> String {
    let language = match language.trim() {
        "" | "en" => "en-us",
        // The bundled Spanish is written for Latin America, and read so:
        // espeak-ng's `es` is Spain's (its "c" and "z" as "th"). A text
        // tagged for Spain keeps that voice.
        "es" => "es-419",
        "es-ES" => "es",
        // espeak-ng's `cmn` (what `zh` finds) reads Chinese characters as
        // English-sounding pinyin; the pinyin voice reads them as Mandarin.
        // Hong Kong's Chinese is read in Cantonese.
        tag if is_chinese(tag) && (tag.contains("HK") || tag.contains("MO")) => "yue",
        tag if is_chinese(tag) || tag == "cmn" => "cmn-latn-pinyin",
        other => other,
    };
    let variant: String = variant.chars().filter(char::is_ascii_alphanumeric).collect();
    if variant.is_empty() || variant == NATURAL_VOICE {
        language.to_owned()
    } else {
        format!("{language}+{variant}")
    }
}

/// `zh`, `zh-Hant`, `zh_TW`, `zh-Hant-HK`…
fn is_chinese(tag: &str) -> bool {
    tag == "zh" || tag.starts_with("zh-") || tag.starts_with("zh_")
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Reads a WAV file's bytes as mono samples. A stream written to a pipe
/// cannot go back to fill in its lengths, so the lengths it states are
/// read as "up to the end".
pub fn decode_wav(bytes: &[u8]) -> Result<Take, String> {
    let mut fixed = bytes.to_vec();
    if fixed.len() >= 12 && &fixed[0..4] == b"RIFF" && &fixed[8..12] == b"WAVE" {
        let riff = (fixed.len() - 8).min(u32::MAX as usize) as u32;
        fixed[4..8].copy_from_slice(&riff.to_le_bytes());
        // Walk the chunks to `data`, and let it run to the end.
        let mut at = 12;
        while at + 8 <= fixed.len() {
            let size = u32::from_le_bytes([fixed[at + 4], fixed[at + 5], fixed[at + 6], fixed[at + 7]]) as usize;
            if &fixed[at..at + 4] == b"data" {
                let rest = ((fixed.len() - at - 8) & !1).min(u32::MAX as usize) as u32;
                fixed[at + 4..at + 8].copy_from_slice(&rest.to_le_bytes());
                break;
            }
            at += 8 + size + (size & 1);
        }
    }
    let reader = hound::WavReader::new(std::io::Cursor::new(fixed)).map_err(|e| e.to_string())?;
    let spec = reader.spec();
    if spec.channels == 0 || spec.sample_rate == 0 {
        return Err(crate::t!("errors-speech-no-channels"));
    }
    let channels = usize::from(spec.channels);
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Int => {
            let scale = 1.0 / (1u64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            reader
                .into_samples::<i32>()
                .map(|s| s.map(|v| v as f32 * scale))
                .take_while(Result::is_ok)
                .flatten()
                .collect()
        }
        hound::SampleFormat::Float => reader
            .into_samples::<f32>()
            .take_while(Result::is_ok)
            .flatten()
            .collect(),
    };
    let samples: Vec<f32> = interleaved
        .chunks_exact(channels)
        .map(|frame| frame.iter().sum::<f32>() / channels as f32)
        .collect();
    if samples.is_empty() {
        return Err(crate::t!("errors-speech-no-sound"));
    }
    Ok(Take {
        samples,
        rate: spec.sample_rate,
    })
}

/// Synthesized cues kept on disk, keyed by everything that changes the
/// sound: the synthesizer, the language, the voice, the pace and the text.
#[derive(Clone, Debug)]
pub struct SpeechCache {
    dir: PathBuf,
}

impl SpeechCache {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    fn key(synthesizer: &Synthesizer, language: &str, settings: &SpeechSettings, text: &str) -> String {
        format!(
            "{}\n{language}\n{}\n{}\n{text}",
            synthesizer.engine_name(language, &settings.voice),
            settings.voice,
            settings.words_per_minute
        )
    }

    fn paths(&self, key: &str) -> (PathBuf, PathBuf) {
        let name = format!("{:016x}", fnv1a(key.as_bytes()));
        (
            self.dir.join(format!("{name}.wav")),
            self.dir.join(format!("{name}.key")),
        )
    }

    /// The cached WAV bytes for `key`, if they are there and are its own.
    fn load(&self, key: &str) -> Option<Vec<u8>> {
        self.owns(key).then(|| std::fs::read(self.paths(key).0).ok()).flatten()
    }

    /// Whether the key file beside `key`'s WAV names `key` itself.
    fn owns(&self, key: &str) -> bool {
        std::fs::read(self.paths(key).1).is_ok_and(|stored| stored == key.as_bytes())
    }

    /// Keeps `bytes` for `key`; a cache that cannot be written only costs
    /// time later.
    fn store(&self, key: &str, bytes: &[u8]) {
        let (wav, key_file) = self.paths(key);
        if std::fs::create_dir_all(&self.dir).is_ok() && crate::paths::write_atomically(&wav, bytes).is_ok() {
            let _ = crate::paths::write_atomically(&key_file, key.as_bytes());
        }
    }

    /// Whether `key` is cached.
    fn has(&self, key: &str) -> bool {
        self.owns(key) && self.paths(key).0.is_file()
    }
}

/// A stable 64-bit hash (FNV-1a) for cache file names; the key file beside
/// each guards against the rare collision.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Everything needed to turn a cue into samples for the mixer.
#[derive(Clone, Debug)]
pub struct Voicer {
    pub synthesizer: Synthesizer,
    pub settings: SpeechSettings,
    pub language: String,
    pub cache: SpeechCache,
    /// The mixer's rate.
    pub sample_rate: u32,
    pub timeout: StdDuration,
}

impl Voicer {
    /// Speaks `session`'s guidance with `synthesizer`, caching in
    /// `data`'s speech cache, for a mixer at `sample_rate`.
    pub fn new(
        synthesizer: Synthesizer,
        settings: SpeechSettings,
        session: &crate::session::Session,
        data: &crate::paths::DataDir,
        sample_rate: u32,
    ) -> Self {
        Self {
            synthesizer,
            settings,
            language: session.language.clone(),
            cache: SpeechCache::new(data.speech_cache()),
            sample_rate,
            timeout: SYNTHESIS_TIMEOUT,
        }
    }

    /// The cues of `timeline` this voicer speaks, for [`SpeechFeed::start`].
    pub fn cues_of(timeline: &crate::timeline::Timeline) -> Vec<CueToSpeak> {
        timeline
            .events
            .iter()
            .filter_map(|event| match event.action {
                crate::timeline::Action::Cue { cue, .. } => {
                    timeline.cues.get(cue).filter(|c| c.synthesized).map(|c| CueToSpeak {
                        cue,
                        text: c.text.clone(),
                        at_ms: crate::timeline::millis(event.at_frame, timeline.sample_rate),
                    })
                }
                _ => None,
            })
            .collect()
    }

    fn key(&self, text: &str) -> String {
        SpeechCache::key(&self.synthesizer, &self.language, &self.settings, text)
    }

    /// The WAV bytes for `text`: from the cache, or made now and cached.
    fn wav(&self, text: &str) -> Result<Vec<u8>, SpeechError> {
        let key = self.key(text);
        if let Some(bytes) = self.cache.load(&key)
            && decode_wav(&bytes).is_ok()
        {
            return Ok(bytes);
        }
        let bytes = self
            .synthesizer
            .synthesize(text, &self.language, &self.settings, self.timeout)?;
        self.cache.store(&key, &bytes);
        Ok(bytes)
    }

    /// Makes sure `text` is in the cache.
    pub fn prepare(&self, text: &str) -> Result<(), SpeechError> {
        if self.cache.has(&self.key(text)) {
            return Ok(());
        }
        self.wav(text).map(|_| ())
    }

    /// `text` spoken, as mono samples at the mixer's rate, at an even
    /// loudness, starting with the first sound.
    pub fn speak(&self, text: &str) -> Result<Arc<Vec<f32>>, SpeechError> {
        let bytes = self.wav(text)?;
        let take = decode_wav(&bytes).map_err(|why| SpeechError::NotAudio(ANY_SYNTHESIZER, why))?;
        let take = take.normalized();
        // The silence a synthesizer puts before the first word would make
        // the voice late; a few milliseconds of it are kept.
        let first = take.samples.iter().position(|s| s.abs() > 0.01).unwrap_or(0);
        let keep = (take.rate / 200) as usize;
        let samples = &take.samples[first.saturating_sub(keep)..];
        let stereo: Vec<f32> = samples.iter().flat_map(|s| [*s, *s]).collect();
        let converted = resample(&stereo, take.rate, self.sample_rate);
        Ok(Arc::new(converted.chunks_exact(2).map(|f| f[0]).collect()))
    }
}

/// What the speech worker tells the engine.
#[derive(Debug)]
pub enum SpeechMessage {
    /// Cue `cue` (an index into the timeline's cues) spoken.
    Ready { cue: usize, samples: Arc<Vec<f32>> },
    /// Speech has stopped for this session; the guidance goes on as text.
    Failed(String),
}

/// A cue the worker speaks: its index in the timeline, its text, and when
/// it comes (in milliseconds from the first bell, as first laid out).
#[derive(Clone, Debug)]
pub struct CueToSpeak {
    pub cue: usize,
    pub text: String,
    pub at_ms: u64,
}

/// The engine's end of a speech worker.
pub struct SpeechFeed {
    pub(super) inbox: mpsc::Receiver<SpeechMessage>,
    /// The first cue not yet reached: the worker makes ready from here.
    pub(super) next_cue: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Drop for SpeechFeed {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl SpeechFeed {
    /// A feed filled by hand, for offline rendering: the caller sends each
    /// cue before the engine reaches it.
    pub fn manual() -> (Self, mpsc::Sender<SpeechMessage>) {
        let (send, inbox) = mpsc::channel();
        let feed = Self {
            inbox,
            next_cue: Arc::new(AtomicUsize::new(0)),
            stop: Arc::new(AtomicBool::new(false)),
        };
        (feed, send)
    }

    /// Starts a worker thread that speaks `cues` ahead of the playing
    /// position, and warms the cache for the rest while it waits. The
    /// worker says why speech stopped in this thread's language.
    pub fn start(voicer: Voicer, cues: Vec<CueToSpeak>) -> Self {
        let (send, inbox) = mpsc::channel();
        let next_cue = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let feed = Self {
            inbox,
            next_cue: next_cue.clone(),
            stop: stop.clone(),
        };
        let locale = crate::i18n::locale();
        std::thread::spawn(move || {
            crate::i18n::use_locale(locale);
            speech_worker(&voicer, &cues, &next_cue, &stop, &send);
        });
        feed
    }
}

fn speech_worker(
    voicer: &Voicer,
    cues: &[CueToSpeak],
    next_cue: &AtomicUsize,
    stop: &AtomicBool,
    send: &mpsc::Sender<SpeechMessage>,
) {
    let mut delivered: HashSet<usize> = HashSet::new();
    let mut warmed = 0;
    let lookahead_ms = LOOKAHEAD.as_millis() as u64;
    while !stop.load(Ordering::Relaxed) {
        let next = next_cue.load(Ordering::Relaxed);
        let upcoming = cues.partition_point(|c| c.cue < next);
        let horizon = cues.get(upcoming).map_or(0, |c| c.at_ms + lookahead_ms);
        let due = cues[upcoming..]
            .iter()
            .enumerate()
            .find(|(k, c)| !delivered.contains(&c.cue) && (*k == 0 || c.at_ms <= horizon))
            .map(|(_, c)| c);
        let result = match due {
            Some(cue) => voicer.speak(&cue.text).map(|samples| {
                delivered.insert(cue.cue);
                Some(SpeechMessage::Ready { cue: cue.cue, samples })
            }),
            None => {
                // Nothing due: make the next uncached cue ready on disk.
                warmed = warmed.max(upcoming);
                match cues.get(warmed) {
                    Some(cue) => {
                        warmed += 1;
                        voicer.prepare(&cue.text).map(|()| None)
                    }
                    None => {
                        std::thread::sleep(StdDuration::from_millis(200));
                        Ok(None)
                    }
                }
            }
        };
        match result {
            Ok(Some(message)) => {
                if send.send(message).is_err() {
                    return;
                }
            }
            Ok(None) => {}
            Err(error) => {
                let _ = send.send(SpeechMessage::Failed(error.to_string()));
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_streamed_wav_reads_to_its_end() {
        // A WAV header whose lengths say "unknown", as a pipe gets it.
        let mut bytes = Vec::new();
        bytes.extend_from_slice(b"RIFF");
        bytes.extend_from_slice(&u32::MAX.to_le_bytes());
        bytes.extend_from_slice(b"WAVEfmt ");
        bytes.extend_from_slice(&16u32.to_le_bytes());
        bytes.extend_from_slice(&1u16.to_le_bytes());
        bytes.extend_from_slice(&1u16.to_le_bytes());
        bytes.extend_from_slice(&22_050u32.to_le_bytes());
        bytes.extend_from_slice(&44_100u32.to_le_bytes());
        bytes.extend_from_slice(&2u16.to_le_bytes());
        bytes.extend_from_slice(&16u16.to_le_bytes());
        bytes.extend_from_slice(b"data");
        bytes.extend_from_slice(&u32::MAX.to_le_bytes());
        for v in [0i16, 16_384, -16_384] {
            bytes.extend_from_slice(&v.to_le_bytes());
        }
        let take = decode_wav(&bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(take.rate, 22_050);
        assert_eq!(take.samples, vec![0.0, 0.5, -0.5]);
        assert!(decode_wav(b"hello, this is not audio").is_err());
    }

    #[test]
    fn the_voice_follows_the_sessions_language() {
        assert_eq!(espeak_voice("en", "f3"), "en-us+f3");
        assert_eq!(espeak_voice("es", ""), "es-419");
        assert_eq!(espeak_voice("es-ES", "m3"), "es+m3");
        assert_eq!(espeak_voice("es-MX", ""), "es-MX");
        assert_eq!(espeak_voice("da", "m3; rm -rf"), "da+m3rmrf");
        assert_eq!(espeak_voice("en", NATURAL_VOICE), "en-us");
        assert_eq!(espeak_voice("zh-Hant", ""), "cmn-latn-pinyin");
        assert_eq!(espeak_voice("zh", "f2"), "cmn-latn-pinyin+f2");
        assert_eq!(espeak_voice("zh-TW", ""), "cmn-latn-pinyin");
        assert_eq!(espeak_voice("zh-Hant-HK", ""), "yue");
        assert_eq!(espeak_voice("zh_HK", ""), "yue");
        let both = Synthesizer {
            espeak: Some("espeak-ng".into()),
            festival: Some("text2wave".into()),
        };
        assert_eq!(both.engine_name("en", ""), "festival");
        assert_eq!(both.engine_name("en", "m3"), "espeak-ng");
        assert_eq!(both.engine_name("es", ""), "espeak-ng");
    }
}
