//! Logging a session as it is played, in the window or the terminal: saved
//! as it goes, logged when it ends.

use chrono::{DateTime, FixedOffset, Utc};

use crate::paths::DataDir;
use crate::session::{Duration, Named, Session};

use super::entry::{Entry, HowEnded, Source};
use super::in_progress::InProgress;
use super::log::{PendingWriter, PracticeLog};
use super::record::Record;

/// The local UTC offset at an instant, as the system's time zone gives it.
pub fn local_offset(at: DateTime<Utc>) -> FixedOffset {
    use chrono::Offset;
    chrono::Local.offset_from_utc_datetime(&at.naive_utc()).fix()
}

use chrono::TimeZone;

/// The wall-clock time with the local UTC offset: what entries are stamped
/// with. Injected, so tests choose the moment.
pub trait WallClock: Send + Sync {
    fn now(&self) -> DateTime<FixedOffset>;

    /// The UTC offset in force at a local date and time, for sessions
    /// logged by hand. By default, the offset now.
    fn offset_at(&self, _local: chrono::NaiveDateTime) -> FixedOffset {
        *self.now().offset()
    }
}

/// The system's clock and time zone.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemWallClock;

impl WallClock for SystemWallClock {
    fn now(&self) -> DateTime<FixedOffset> {
        let now = Utc::now();
        now.with_timezone(&local_offset(now))
    }

    fn offset_at(&self, local: chrono::NaiveDateTime) -> FixedOffset {
        use chrono::Offset;
        // In a gap (clocks going forward), the offset just after it.
        chrono::Local
            .offset_from_local_datetime(&local)
            .earliest()
            .map_or_else(|| *self.now().offset(), |offset| offset.fix())
    }
}

/// One session on its way into the log.
#[derive(Debug)]
pub struct SessionRecorder {
    saved: Option<InProgress>,
    entry: Entry,
    data: DataDir,
}

impl SessionRecorder {
    /// Starts recording `session`, begun at `start`. If it cannot be saved
    /// as it goes, the problem is given back; it is still logged at its end.
    pub fn begin(
        data: &DataDir,
        session: &Session,
        planned: Option<Duration>,
        start: DateTime<FixedOffset>,
    ) -> (Self, Option<String>) {
        let entry = Entry {
            id: Entry::new_id(start.with_timezone(&Utc)),
            session_id: Some(session.id.as_str().to_owned()),
            title: session.title.clone(),
            domain: Some(session.domain.name().to_owned()),
            start,
            planned_secs: planned.map(|d| d.as_millis() / 1000),
            practised_secs: 0,
            ended: HowEnded::Interrupted,
            note: None,
            feeling_before: None,
            feeling_after: None,
            source: Source::App,
            import_key: None,
            practice: session.practice.unwrap_or_default(),
            portfolio: false,
            prompt: None,
        };
        let (saved, problem) = match InProgress::begin(&data.in_progress(), entry.clone()) {
            Ok(saved) => (Some(saved), None),
            Err(e) => (
                None,
                Some(crate::t!("player-not-saved-as-it-goes", reason = e.to_string())),
            ),
        };
        (
            Self {
                saved,
                entry,
                data: data.clone(),
            },
            problem,
        )
    }

    pub fn entry_id(&self) -> &str {
        &self.entry.id
    }

    /// Notes how much has been practised; saves now and then.
    pub fn update(&mut self, practised_secs: u64) {
        self.entry.practised_secs = practised_secs;
        if let Some(saved) = &mut self.saved {
            let _ = saved.update(practised_secs);
        }
    }

    /// The session has ended: logs it through `writer`. When the log cannot
    /// be written, the entry waits in `writer` (and stays saved on disk
    /// until it is logged) and the reason is returned.
    pub fn finish(
        mut self,
        ended: HowEnded,
        practised_secs: u64,
        writer: &mut PendingWriter,
    ) -> (Entry, Option<String>) {
        self.entry.practised_secs = practised_secs;
        self.entry.ended = ended;
        if let Some(saved) = &mut self.saved {
            saved.conclude(ended, practised_secs);
        }
        let entry = self.entry.clone();
        match writer.write([Record::Entry(entry.clone())]) {
            Ok(()) => {
                if let Some(saved) = self.saved.take() {
                    saved.logged();
                }
                (entry, None)
            }
            Err(problem) => (entry, Some(problem.to_owned())),
        }
    }

    /// The log this recorder writes to.
    pub fn log(&self) -> PracticeLog {
        PracticeLog::of(&self.data)
    }
}
