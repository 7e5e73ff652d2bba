//! The app's hold on the practice log (the window's, and whatever else
//! keeps the log open while it runs): what it has read, what waits to be
//! written, and the statistics and progress shown from it, worked out
//! when the log changes rather than on every frame.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

use super::{
    Continue, Entry, LoadedLog, PendingWriter, PracticeLog, PracticeRules, ProgramProgress, Record, Stats, WallClock,
    compute_stats, continue_from, program_progress, recover_interrupted,
};
use crate::i18n::Locale;
use crate::paths::DataDir;
use crate::session::Program;
use crate::t;

/// Something the practitioner should know about their log, worded when
/// shown so it follows the language chosen since.
#[derive(Clone, Debug, PartialEq)]
pub enum PracticeNotice {
    /// A session that stopped without an ending, logged as interrupted.
    Interrupted {
        title: String,
        start: DateTime<FixedOffset>,
        minutes: u64,
    },
    /// Lines of the log left out, each as `path:line: why`.
    UnreadableLines(Vec<String>),
    /// The practice could not be written to the cohort's folder.
    NotShared { folder: String, reason: String },
    /// The practice settings could not be saved.
    RulesNotSaved(String),
    /// Something about the folder shared with this person's other
    /// computers, or a file in it.
    Sharing(String),
    /// A problem as the log or the recovery words it.
    Problem(String),
}

impl PracticeNotice {
    pub fn words(&self) -> String {
        match self {
            PracticeNotice::Interrupted { title, start, minutes } => t!(
                "practice-notice-interrupted",
                title = title.as_str(),
                when = crate::i18n::date("practice-date-weekday-day-month-time", start),
                minutes = *minutes
            ),
            PracticeNotice::UnreadableLines(lines) => {
                format!("{}\n{}", t!("practice-notice-unreadable-lines"), lines.join("\n"))
            }
            PracticeNotice::NotShared { folder, reason } => {
                t!(
                    "practice-notice-not-shared",
                    folder = folder.as_str(),
                    reason = reason.as_str()
                )
            }
            PracticeNotice::RulesNotSaved(reason) => t!("practice-notice-rules-not-saved", reason = reason.as_str()),
            PracticeNotice::Problem(problem) | PracticeNotice::Sharing(problem) => problem.clone(),
        }
    }
}

/// What the library and a program's page show of the log: how often each
/// session was practised, where to go on, and each program's progress.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    /// Times each session was practised (a minute or more counts), by id.
    times: HashMap<String, usize>,
    /// The shelf the library opens on.
    pub shelf: Continue,
    /// Each program's progress, by the program's id.
    programs: HashMap<String, ProgramProgress>,
}

impl Progress {
    /// From `entries`, through `programs`.
    pub fn of(entries: &[Entry], programs: &[Program]) -> Progress {
        let mut times: HashMap<String, usize> = HashMap::new();
        for entry in entries.iter().filter(|e| e.practised_secs >= 60) {
            if let Some(id) = entry.session_id.as_deref() {
                *times.entry(id.to_owned()).or_default() += 1;
            }
        }
        Progress {
            times,
            shelf: continue_from(programs, entries),
            programs: programs
                .iter()
                .map(|program| (program.id.as_str().to_owned(), program_progress(program, entries)))
                .collect(),
        }
    }

    /// How many times session `id` was practised (a minute or more counts).
    pub fn times(&self, id: &str) -> usize {
        self.times.get(id).copied().unwrap_or(0)
    }

    /// The progress through program `id`.
    pub fn of_program(&self, id: &str) -> Option<&ProgramProgress> {
        self.programs.get(id)
    }
}

pub struct PracticeState {
    pub writer: PendingWriter,
    pub loaded: LoadedLog,
    /// Counts the reads of the log, so that what is worked out from the
    /// entries (the journal's search) knows when to work it out again.
    pub revision: u64,
    pub rules: PracticeRules,
    pub stats: Stats,
    /// How far the practitioner has come, from the entries as last read.
    pub progress: Progress,
    /// Things the practitioner should know about the log, shown until read.
    pub notices: Vec<PracticeNotice>,
    /// The entry deleted last, for undo.
    pub undo: Option<String>,
    wall: Arc<dyn WallClock>,
    data: DataDir,
    /// The practice day and the locale (its first weekday and words) the
    /// statistics were computed for.
    computed_for: Option<(NaiveDate, Locale)>,
    /// When the log file was last changed as of the last read.
    read_at: Option<std::time::SystemTime>,
    /// The skipped lines already told about.
    reported: Vec<String>,
    /// The library's programs, which [`Progress`] follows.
    programs: Vec<Program>,
    /// The shared folder's files as of the last read, and when it was
    /// last looked at.
    folder_read_at: Option<Vec<(std::ffi::OsString, u64, Option<std::time::SystemTime>)>>,
    folder_looked_at: Option<std::time::Instant>,
    /// What was said about the shared folder at the last read, so that
    /// each thing is said once.
    shared_told: Vec<String>,
}

impl PracticeState {
    /// The journaling prompt of the module the practitioner is in (the
    /// first program's first module not yet complete), one a day in turn;
    /// `None` where the module has none.
    pub fn module_prompt(&self) -> Option<String> {
        let program = self.programs.first()?;
        let at = self.progress.of_program(program.id.as_str())?.current_module?;
        let prompts = &program.modules.get(at)?.prompts;
        if prompts.is_empty() {
            return None;
        }
        let day = self.rules.day_of(self.wall.now()).num_days_from_ce().unsigned_abs() as usize;
        prompts.get(day % prompts.len()).cloned()
    }

    /// The contemplative call's question for the module in progress of
    /// the first program, when it gives one.
    pub fn module_call_prompt(&self) -> Option<String> {
        let program = self.programs.first()?;
        let at = self.progress.of_program(program.id.as_str())?.current_module?;
        program.modules.get(at)?.call_prompt.clone()
    }

    /// Reads the log, logging first any session that stopped without an
    /// ending.
    pub fn open(data: &DataDir, wall: Arc<dyn WallClock>) -> Self {
        let log = PracticeLog::of(data);
        let mut notices = Vec::new();
        match recover_interrupted(&data.in_progress(), &log) {
            Ok(recovered) => {
                for entry in recovered.entries {
                    notices.push(PracticeNotice::Interrupted {
                        minutes: entry.practised_minutes(),
                        title: entry.title,
                        start: entry.start,
                    });
                }
                notices.extend(recovered.problems.into_iter().map(PracticeNotice::Problem));
            }
            Err(e) => notices.push(PracticeNotice::Problem(e.to_string())),
        }
        let rules = PracticeRules::load(&data.practice_rules());
        let now = wall.now();
        let mut this = Self {
            writer: PendingWriter::new(log),
            loaded: LoadedLog::default(),
            revision: 0,
            rules,
            stats: compute_stats(&[], &rules, now, crate::i18n::locale().first_weekday()),
            progress: Progress::default(),
            notices,
            undo: None,
            wall,
            data: data.clone(),
            computed_for: None,
            read_at: None,
            reported: Vec::new(),
            programs: Vec::new(),
            folder_read_at: None,
            folder_looked_at: None,
            shared_told: Vec::new(),
        };
        this.reload();
        this
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        self.wall.now()
    }

    /// The UTC offset at a local date and time, for sessions added by hand.
    pub fn offset_at(&self, local: chrono::NaiveDateTime) -> FixedOffset {
        self.wall.offset_at(local)
    }

    /// Reads the log again (another window or the command line may have
    /// written to it), with what still waits to be written on top.
    pub fn reload(&mut self) {
        let path = self.writer.log().path().to_path_buf();
        let bytes = match self.writer.log().read_bytes() {
            Ok(bytes) => bytes,
            Err(e) => {
                let problem = PracticeNotice::Problem(e.to_string());
                if !self.notices.contains(&problem) {
                    self.notices.push(problem);
                }
                Vec::new()
            }
        };
        self.read_at = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        self.folder_read_at = self.folder_state();
        let on_disk_lines = bytes.split(|&b| b == b'\n').count();
        self.loaded = self.writer.log().merged(&bytes, self.writer.pending());
        // Rules set on another computer may have been taken as the folder
        // was read.
        self.rules = PracticeRules::load(&self.data.practice_rules());
        for said in &self.loaded.sharing {
            let notice = PracticeNotice::Sharing(said.clone());
            if !self.notices.contains(&notice) && !self.shared_told.contains(said) {
                self.notices.push(notice);
            }
        }
        self.shared_told = self.loaded.sharing.clone();
        self.revision += 1;
        let warnings: Vec<String> = self
            .loaded
            .warnings
            .iter()
            .filter(|w| w.line <= on_disk_lines)
            .map(|w| format!("{}:{}: {}", path.display(), w.line, w.message))
            .collect();
        if !warnings.is_empty() && warnings != self.reported {
            self.notices.push(PracticeNotice::UnreadableLines(warnings.clone()));
        }
        self.reported = warnings;
        self.recompute();
        self.progress = Progress::of(&self.loaded.entries, &self.programs);
    }

    /// The names, lengths and times of the files in the shared folder, when
    /// the log is shared: what tells that another computer has written.
    fn folder_state(&self) -> Option<Vec<(std::ffi::OsString, u64, Option<std::time::SystemTime>)>> {
        let folder = self.writer.log().link()?.folder.as_ref()?;
        let mut files: Vec<_> = std::fs::read_dir(folder)
            .ok()?
            .filter_map(Result::ok)
            .filter_map(|item| {
                let meta = item.metadata().ok()?;
                Some((item.file_name(), meta.len(), meta.modified().ok()))
            })
            .collect();
        files.sort();
        Some(files)
    }

    /// Reads the log again through this computer's link as it is now,
    /// after linking or unlinking; what waits to be written still waits.
    pub fn relink(&mut self) {
        self.writer.set_log(PracticeLog::of(&self.data));
        self.folder_looked_at = None;
        self.reload();
    }

    /// Follows the library's programs (read again, or in another
    /// language) in [`PracticeState::progress`].
    pub fn set_programs(&mut self, programs: Vec<Program>) {
        if programs != self.programs {
            self.programs = programs;
            self.progress = Progress::of(&self.loaded.entries, &self.programs);
        }
    }

    /// Statistics for today, from the entries as they are, with weeks and
    /// words as this thread's locale has them.
    pub fn recompute(&mut self) {
        let now = self.wall.now();
        let locale = crate::i18n::locale();
        self.stats = compute_stats(&self.loaded.entries, &self.rules, now, locale.first_weekday());
        self.computed_for = Some((self.rules.day_of(now), locale));
    }

    /// Reads the log again when another window or the command line has
    /// written to it, and recomputes when the practice day or the
    /// language has changed.
    pub fn keep_current(&mut self) {
        let modified = std::fs::metadata(self.writer.log().path())
            .and_then(|m| m.modified())
            .ok();
        // The shared folder is looked at every few seconds: the other
        // computers' files arrive with the sync tool.
        let look = self
            .folder_looked_at
            .is_none_or(|at| at.elapsed() >= std::time::Duration::from_secs(3));
        if modified != self.read_at
            || (look && self.writer.log().link().is_some() && {
                self.folder_looked_at = Some(std::time::Instant::now());
                self.folder_state() != self.folder_read_at
            })
        {
            self.reload();
        }
        let today = self.rules.day_of(self.wall.now());
        if self.computed_for != Some((today, crate::i18n::locale())) {
            self.recompute();
        }
        if !self.writer.pending().is_empty() {
            let _ = self.writer.retry();
        }
    }

    /// Writes records to the log (or keeps them until it can) and shows the
    /// log as it now is.
    pub fn write(&mut self, records: Vec<Record>) {
        let _ = self.writer.write(records);
        self.reload();
        self.share_with_cohort();
    }

    /// Refreshes this member's file in the cohort folder, when there is
    /// one, from the entries as they are now.
    pub fn share_with_cohort(&mut self) {
        let shared = crate::cohort::share_current(&self.data, &self.loaded.entries, &self.rules, self.wall.now());
        if let Err(problem) = shared {
            let notice = PracticeNotice::NotShared {
                folder: problem.folder.display().to_string(),
                reason: problem.reason,
            };
            if !self.notices.contains(&notice) {
                self.notices.push(notice);
            }
        }
    }

    pub fn set_rules(&mut self, rules: PracticeRules) {
        self.rules = rules.clamped();
        if let Err(e) = self.rules.save(&self.data.practice_rules()) {
            self.notices.push(PracticeNotice::RulesNotSaved(e.to_string()));
        }
        // The other computers take them from this one's description.
        let _ = super::devices::refresh(&self.data);
        self.recompute();
    }

    /// Why entries are waiting to be written, when they are.
    pub fn write_problem(&self) -> Option<String> {
        let problem = self.writer.problem()?;
        let waiting = self.writer.pending().len();
        Some(t!(
            "practice-write-problem",
            problem = problem.to_string(),
            waiting = waiting
        ))
    }
}
