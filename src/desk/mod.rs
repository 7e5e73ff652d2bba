//! Stillpoint on the desktop beyond its window: the desktop's own
//! notifications, the tray icon, and the daily practice reminder.
//!
//! Each talks to the session bus on threads of its own and hands what the
//! practitioner chose back through a channel, calling a `wake` the owner
//! gives (the window asks for a frame). None of them fails the app: where
//! the desktop has no notification service or tray host, they say so and
//! the window keeps its own ways.

pub mod alarm;
pub mod desktop;
pub mod hold;
pub mod keeper;
pub mod kept;
pub mod notifications;
pub mod reminder;
pub mod status;
pub mod tray;

/// Called from another thread when something is waiting for the owner.
pub type Wake = std::sync::Arc<dyn Fn() + Send + Sync>;

/// How loud the pause bell rings, beside the volumes set for sessions: a
/// call at the desk, softer than a session's bells.
const PAUSE_BELL_LEVEL: f32 = 0.6;

/// Rings the pause bell through the sound server or device at `volumes`.
/// Gives the sound, to hold until it has been heard (its length says how
/// long); an error says why there is no way out for sound.
pub fn ring_pause_bell(
    volumes: &crate::audio::Volumes,
) -> Result<crate::audio::output::Sound, crate::audio::output::OutputError> {
    let rate = crate::audio::output::SESSION_RATE;
    let stereo = crate::audio::synth::render_bell(crate::session::BuiltinBell::SmallBell, rate);
    let volume = if volumes.muted {
        0.0
    } else {
        volumes.master * volumes.bells * PAUSE_BELL_LEVEL
    };
    let mono: Vec<f32> = stereo
        .chunks(2)
        .map(|pair| pair.iter().sum::<f32>() / 2.0 * volume)
        .collect();
    crate::audio::output::Sound::play(mono, rate)
}

/// Rings the pause bell on a thread of its own, which holds the sound
/// until it has been heard: opening the sound can wait on a server that
/// does not answer, and the window or the tray goes on meanwhile.
/// `failed` is told why, when there is no way out for sound.
pub fn ring_pause_bell_apart(volumes: crate::audio::Volumes, failed: impl FnOnce(String) + Send + 'static) {
    let rung = std::thread::Builder::new()
        .name("stillpoint-bell".into())
        .spawn(move || match ring_pause_bell(&volumes) {
            Ok(sound) => std::thread::sleep(sound.length()),
            Err(reason) => failed(reason.to_string()),
        });
    // Without a thread the bell does not ring; the offer still comes.
    drop(rung);
}
