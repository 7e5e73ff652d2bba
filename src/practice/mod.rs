//! The practice log and what is shown from it: entries on disk, streaks and
//! statistics (pure functions over entries), import and export.

mod apple_health;
mod day;
pub mod devices;
mod entry;
pub mod exchange;
mod goal;
mod in_progress;
mod insight_timer;
mod journal;
mod local_time;
mod log;
mod programs;
mod record;
mod recorder;
mod state;
mod stats;
mod streak;

pub use day::{PracticeRules, week_start};
pub use entry::{Entry, Feeling, HowEnded, MAX_MANUAL_MINUTES, ManualError, Practice, Source, UnknownPractice};
pub use exchange::{ImportFormat, Imported, SkippedRow, new_entries, read_csv, read_import, write_csv};
pub use goal::{GoalError, GoalProgress, GoalWeek, WeeklyGoal, formal_secs_by_day, goal_progress, goal_weeks};
pub use in_progress::{HEARTBEAT_SECS, InProgress, Recovered, recover_interrupted};
pub use journal::{JournalQuery, fold, journal};
pub use local_time::{LocalTime, resolve_local};
pub use log::{ComputerRead, LoadedLog, LogError, LogWarning, PendingWriter, PracticeLog, ReplacedNote, Stream};
pub use programs::{Continue, ModuleProgress, ProgramProgress, SessionProgress, continue_from, program_progress};
pub use record::{FORMAT_VERSION, LineProblem, Record};
pub use recorder::{SessionRecorder, SystemWallClock, WallClock, local_offset};
pub use state::{PracticeNotice, PracticeState, Progress};
pub use stats::{
    CALENDAR_WEEKS, CHART_WEEKS, Calendar, DomainMinutes, Milestone, Stats, WeekMinutes, compute_stats, hours_minutes,
    minutes,
};
pub use streak::{Days, Streaks, streaks};
