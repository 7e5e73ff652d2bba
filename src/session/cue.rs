//! Cues: a step's guidance as short texts, each at its moment in the step,
//! and the rule that places the cues an author left untimed.
//!
//! The rule is a teacher's rhythm. The first cue comes as the step begins;
//! each later one waits until the one before has had room to be read or
//! spoken (its speaking time at [`WORDS_PER_MINUTE`], then a silence as
//! long again, at least [`MIN_SILENCE`]); after the last, silence. When the
//! cues of a run do not fit before the next timed cue or the step's end,
//! the room between them shrinks evenly so that the last can still be
//! spoken; when even that leaves no time, they share the time evenly.

use super::duration::Duration;
use super::model::AudioFile;

/// The pace guidance is spoken at, for placing and checking cues.
pub const WORDS_PER_MINUTE: u64 = 110;
/// The shortest silence after an untimed cue before the next one.
pub const MIN_SILENCE: Duration = Duration::from_secs(5);
/// More words than this in one cue cannot be taken in at a glance.
pub const MAX_CUE_WORDS: usize = 40;

/// When a cue comes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueTime {
    /// Placed by the rhythm rule, after the cue before it.
    Flowing,
    /// This long after the step begins.
    FromStart(Duration),
    /// This long before the step ends (`at: "-30s"`).
    FromEnd(Duration),
}

/// One short text of a step's guidance.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Cue {
    pub at: CueTime,
    /// One paragraph, lines joined.
    pub text: String,
    /// A recording of this cue, played at its moment.
    pub voice: Option<AudioFile>,
    /// The question of the program module in progress takes this cue's
    /// words (see [`crate::session::Session::with_module_question`]).
    pub module_question: bool,
}

impl Cue {
    pub fn new(at: CueTime, text: String, voice: Option<AudioFile>) -> Self {
        Self {
            at,
            text,
            voice,
            module_question: false,
        }
    }

    /// How long the cue takes to say: its recording's length when known,
    /// else its words at [`WORDS_PER_MINUTE`].
    pub fn speaking_time(&self) -> Duration {
        self.voice
            .as_ref()
            .and_then(|v| v.length)
            .unwrap_or_else(|| speaking_time(&self.text))
    }
}

/// The words in a text.
/// Chinese and Japanese are written without spaces between words: there
/// three characters count as two words, close to how long they take to
/// say (guidance read calmly in Mandarin runs about 165 characters a
/// minute, as 110 words a minute do in English).
pub fn word_count(text: &str) -> usize {
    let only_unspaced =
        |word: &str| word.chars().any(is_unspaced) && word.chars().all(|c| is_unspaced(c) || !c.is_alphanumeric());
    let spaced = text.split_whitespace().filter(|word| !only_unspaced(word)).count();
    let unspaced = text.chars().filter(|c| is_unspaced(*c)).count();
    spaced + (unspaced * 2).div_ceil(3)
}

/// A letter of a script written without spaces between words: Chinese
/// characters, kana, Hangul syllables (Korean uses spaces, but its
/// syllable blocks are short: counting them the same way keeps it close).
fn is_unspaced(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// How long `text` takes to say at [`WORDS_PER_MINUTE`].
pub fn speaking_time(text: &str) -> Duration {
    Duration::from_millis(word_count(text) as u64 * 60_000 / WORDS_PER_MINUTE)
}

/// The room an untimed cue leaves before the next: its speaking time, then
/// a silence as long again (at least [`MIN_SILENCE`]).
fn room(speaking: Duration) -> u64 {
    speaking.as_millis() + speaking.as_millis().max(MIN_SILENCE.as_millis())
}

/// Where each cue falls in a step of `length` (`None`: a step without an
/// end), in milliseconds from the step's start. A cue that does not come at
/// this length (timed past the end, or before the start) is `None`.
///
/// `speaking[i]` is how long cue `i` takes to say.
pub fn place_cues(times: &[CueTime], speaking: &[Duration], length: Option<Duration>) -> Vec<Option<u64>> {
    let length_ms = length.map(Duration::as_millis);
    let explicit = |time: CueTime| -> Option<Option<u64>> {
        match time {
            CueTime::Flowing => None,
            CueTime::FromStart(at) => Some(Some(at.as_millis())),
            CueTime::FromEnd(before) => Some(length_ms.and_then(|l| l.checked_sub(before.as_millis()))),
        }
    };
    let speaking_ms = |i: usize| speaking.get(i).map_or(0, |d| d.as_millis());
    let mut placed: Vec<Option<u64>> = vec![None; times.len()];
    // The last cue placed, as (index, time): what a run of untimed cues
    // follows.
    let mut previous: Option<(usize, u64)> = None;
    let mut i = 0;
    while i < times.len() {
        if let Some(at) = explicit(times[i]) {
            placed[i] = at.filter(|at| length_ms.is_none_or(|l| *at < l));
            if let Some(at) = placed[i] {
                previous = Some((i, at));
            }
            i += 1;
            continue;
        }
        // A run of untimed cues, up to the next timed one.
        let run_end = (i..times.len())
            .find(|&j| explicit(times[j]).is_some())
            .unwrap_or(times.len());
        let base = previous.map_or(0, |(_, at)| at);
        // Natural offsets from `base`.
        let mut offsets = Vec::with_capacity(run_end - i);
        let mut offset = previous.map_or(0, |(p, _)| room(Duration::from_millis(speaking_ms(p))));
        for j in i..run_end {
            offsets.push(offset);
            offset += room(Duration::from_millis(speaking_ms(j)));
        }
        // What the run must fit into: until the next timed cue that comes,
        // or the step's end.
        let bound = (run_end..times.len())
            .find_map(|j| explicit(times[j]).flatten())
            .filter(|at| *at >= base)
            .or(length_ms)
            .filter(|b| *b > base);
        let last = run_end - 1;
        let natural_end = offsets.last().copied().unwrap_or(0) + speaking_ms(last);
        if let Some(bound) = bound {
            let available = bound - base;
            if natural_end > available {
                let last_offset = offsets.last().copied().unwrap_or(0);
                let room_for_last = available.saturating_sub(speaking_ms(last));
                if last_offset > 0 && room_for_last > 0 {
                    for o in &mut offsets {
                        *o = (u128::from(*o) * u128::from(room_for_last) / u128::from(last_offset)) as u64;
                    }
                } else {
                    // No time to speak them all: share the time evenly.
                    let lead = u64::from(previous.is_some());
                    let parts = offsets.len() as u64 + lead;
                    for (k, o) in offsets.iter_mut().enumerate() {
                        *o = available * (k as u64 + lead) / parts.max(1);
                    }
                }
            }
        } else if length_ms.is_some_and(|l| l <= base) {
            // Nothing left of the step.
            i = run_end;
            continue;
        }
        for (j, o) in (i..run_end).zip(offsets) {
            let at = base + o;
            if length_ms.is_none_or(|l| at < l) {
                placed[j] = Some(at);
                previous = Some((j, at));
            }
        }
        i = run_end;
    }
    placed
}

/// Splits a guidance text into cue texts: one per paragraph (blank lines
/// between), lines joined with a space.
pub fn paragraphs(text: &str) -> Vec<String> {
    paragraphs_at(text)
        .into_iter()
        .map(|(paragraph, _)| paragraph)
        .collect()
}

/// [`paragraphs`], each with the byte offset in `text` of its first word.
pub fn paragraphs_at(text: &str) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut first = 0;
    let mut offset = 0;
    for raw_line in text.split_inclusive('\n') {
        let line = raw_line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                found.push((current.join(" "), first));
                current.clear();
            }
        } else {
            if current.is_empty() {
                first = offset + (raw_line.len() - raw_line.trim_start().len());
            }
            current.push(line);
        }
        offset += raw_line.len();
    }
    if !current.is_empty() {
        found.push((current.join(" "), first));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_in_scripts_with_and_without_spaces() {
        let check = |text: &str, expected: usize| assert_eq!(word_count(text), expected, "{text}");
        check("Let what you were doing rest.", 6);
        check("Stop — and breathe.", 4);
        check("讓正在做的事情先放下。", 7);
        check("停頓片刻 — 三分鐘", 6);
        check("Stillpoint 的停頓", 3);
        check("Deja descansar lo que estabas haciendo.", 6);
        check("", 0);
    }

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    fn check(times: &[CueTime], words: &[usize], length: Option<u64>, expected: &[Option<u64>]) {
        let speaking: Vec<Duration> = words
            .iter()
            .map(|w| Duration::from_millis(*w as u64 * 60_000 / WORDS_PER_MINUTE))
            .collect();
        assert_eq!(place_cues(times, &speaking, length.map(secs)), expected);
    }

    #[test]
    fn untimed_cues_follow_a_teachers_rhythm() {
        use CueTime::*;
        // 11 words take 6 s to say, then 6 s of silence.
        check(
            &[Flowing, Flowing, Flowing],
            &[11, 11, 2],
            Some(60),
            &[Some(0), Some(12_000), Some(24_000)],
        );
        // A short cue still leaves five seconds of silence.
        check(&[Flowing, Flowing], &[2, 2], Some(60), &[Some(0), Some(6_090)]);
        // Too many for the step: the room shrinks so the last can be said.
        check(
            &[Flowing, Flowing, Flowing],
            &[11, 11, 11],
            Some(24),
            &[Some(0), Some(9_000), Some(18_000)],
        );
        // No time at all: they share it evenly.
        check(&[Flowing, Flowing], &[110, 110], Some(10), &[Some(0), Some(5_000)]);
        // An open-ended step has no end to fit into.
        check(&[Flowing, Flowing], &[11, 11], None, &[Some(0), Some(12_000)]);
    }

    #[test]
    fn timed_cues_land_where_they_say() {
        use CueTime::*;
        check(
            &[Flowing, FromStart(secs(40)), FromEnd(secs(30))],
            &[2, 2, 2],
            Some(90),
            &[Some(0), Some(40_000), Some(60_000)],
        );
        // Untimed cues after a timed one follow it.
        check(
            &[FromStart(secs(10)), Flowing],
            &[11, 2],
            Some(90),
            &[Some(10_000), Some(22_000)],
        );
        // Past the end, or before the start: not at this length.
        check(
            &[FromStart(secs(100)), FromEnd(secs(100))],
            &[2, 2],
            Some(90),
            &[None, None],
        );
        // Untimed cues squeezed before the next timed one.
        check(
            &[Flowing, Flowing, FromStart(secs(12))],
            &[11, 11, 2],
            Some(90),
            &[Some(0), Some(6_000), Some(12_000)],
        );
    }

    #[test]
    fn a_guidance_text_splits_at_blank_lines() {
        assert_eq!(
            paragraphs("\n  Stop.\n  Rest.\n\n\n  Breathe.\n"),
            vec!["Stop. Rest.".to_owned(), "Breathe.".to_owned()]
        );
        assert!(paragraphs("  \n ").is_empty());
        assert_eq!(
            paragraphs_at("a\n\n  b c\n d"),
            vec![("a".to_owned(), 0), ("b c d".to_owned(), 5)]
        );
    }
}
