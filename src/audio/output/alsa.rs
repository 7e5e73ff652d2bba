//! ALSA's default device, through rodio and cpal: the way out where no
//! sound server runs (a sound card alone, or an ALSA setup of the user's
//! own), and for a server named by network address, through ALSA's pulse
//! plugin.

use std::num::NonZero;
use std::sync::Arc;

use rodio::{DeviceSinkBuilder, MixerDeviceSink, Source, cpal};

use super::OutputError;
use super::way::{Counted, Feed, Format, Link};

/// Frames rendered at a time for the device's audio thread.
const BLOCK_FRAMES: usize = 256;
/// Frames the device asks for at a time; ALSA keeps two such periods
/// queued, about 170 ms at 48 kHz. A busy machine can keep the audio
/// thread from running for tens of milliseconds: with rodio's 50 ms
/// periods, a recording under load showed a gap of silence inside a bell.
const PERIOD_FRAMES: u32 = 4096;

/// Frames to play after a session's last sound before closing: closing
/// drops whatever is queued.
pub fn drain_frames(_rate: u32) -> u64 {
    3 * u64::from(PERIOD_FRAMES)
}

/// An open ALSA device. Dropping it closes it.
pub struct AlsaOutput {
    _sink: MixerDeviceSink,
}

/// A feed as rodio's mixer reads it: one sample at a time.
struct FeedSource<F: Feed> {
    counted: Counted<F>,
    buffer: Vec<f32>,
    read: usize,
    format: Format,
}

impl<F: Feed> Iterator for FeedSource<F> {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.read >= self.buffer.len() {
            self.counted.fill(&mut self.buffer);
            self.read = 0;
        }
        let sample = self.buffer.get(self.read).copied().unwrap_or(0.0);
        self.read += 1;
        Some(sample)
    }
}

impl<F: Feed> Source for FeedSource<F> {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> rodio::ChannelCount {
        NonZero::new(self.format.channels).unwrap_or(NonZero::<u16>::MIN)
    }

    fn sample_rate(&self) -> rodio::SampleRate {
        NonZero::new(self.format.rate).unwrap_or(NonZero::<u32>::MIN)
    }

    fn total_duration(&self) -> Option<std::time::Duration> {
        None
    }
}

impl AlsaOutput {
    /// Opens ALSA's default device (or, for a server named by address,
    /// its pulse plugin) and plays `feed` on it.
    pub fn open<F: Feed>(feed: F, format: Format, link: Arc<Link>) -> Result<Self, OutputError> {
        let told = link.clone();
        let builder = DeviceSinkBuilder::from_default_device()
            .map_err(|e| OutputError::Device(describe(&e)))?
            .with_buffer_size(cpal::BufferSize::Fixed(PERIOD_FRAMES))
            .with_error_callback(move |error: cpal::Error| match error.kind() {
                rodio::CpalErrorKind::DeviceNotAvailable | rodio::CpalErrorKind::StreamInvalidated => {
                    told.end(error.to_string());
                }
                _ => told.error(),
            });
        let mut sink = builder
            .open_sink_or_fallback()
            .map_err(|e| OutputError::Device(describe(&e)))?;
        sink.log_on_drop(false);
        let channels = usize::from(format.channels.max(1));
        sink.mixer().add(FeedSource {
            counted: Counted::new(feed, link, format),
            buffer: vec![0.0; BLOCK_FRAMES * channels],
            read: BLOCK_FRAMES * channels,
            format,
        });
        Ok(Self { _sink: sink })
    }
}

fn describe(error: &dyn std::error::Error) -> String {
    match error.source() {
        Some(source) => format!("{error}: {source}"),
        None => error.to_string(),
    }
}
