//! Practising together through a shared folder: each member's Stillpoint
//! writes only its own file there (what the member chose to share, never
//! notes), and reads everyone else's. The folder is kept in step between
//! machines by the cohort's own sync tool; half-synced files, files from
//! newer versions and sync-tool conflict copies are skipped with a warning.

mod calendar;
mod invite;
mod recurrence;

pub use calendar::CalendarError;
pub use invite::{Invitation, InvitationError, Sit, Timing, clock_synchronized};
pub use recurrence::{Every, Frequency, MAX_INTERVAL, MAX_SITS, Recurrence, RepeatError};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, TimeDelta, Weekday};

use crate::paths::{read_bounded, write_atomically};
use crate::practice::{Entry, PracticeRules, Stats, week_start};

/// The version of the member file this build writes and reads.
pub const MEMBER_FORMAT: u32 = 1;
/// How a member file's name ends.
pub const MEMBER_SUFFIX: &str = ".stillpoint-member.json";
/// How many days of practice a member file carries.
pub const SHARED_DAYS: i64 = 56;
/// The most a member's file may hold: ample for 56 days, and a bound on
/// what a file in a shared folder can make Stillpoint read.
pub const MEMBER_FILE_BYTES: u64 = 1 << 20;
/// The longest name a member may go by, in characters.
pub const MEMBER_NAME_CHARS: usize = 80;
/// The most practice one day can hold.
const MINUTES_A_DAY: u64 = 24 * 60;

/// Why a member's file is not one Stillpoint would write.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MemberFileError {
    #[error("{}", crate::t!("cohort-invalid-name", most = MEMBER_NAME_CHARS))]
    NameTooLong,
    #[error("{}", crate::t!("cohort-invalid-date-twice", date = .0.to_string()))]
    DateTwice(NaiveDate),
    #[error("{}", crate::t!("cohort-invalid-date-outside", date = .0.to_string(), days = SHARED_DAYS))]
    DateOutside(NaiveDate),
    #[error("{}", crate::t!("cohort-invalid-minutes", date = .0.to_string(), minutes = *.1))]
    MoreThanADay(NaiveDate, u64),
}

/// This machine's link to a cohort, kept in the data folder.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Membership {
    pub folder: PathBuf,
    pub name: String,
    /// Names this member's file in the folder; unique even when two
    /// members share a name.
    pub member_id: String,
    #[serde(default)]
    pub share: Sharing,
}

/// What a member shares beyond dates and minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Sharing {
    pub domains: bool,
    pub streak: bool,
}

impl Default for Sharing {
    /// Dates, minutes and domains; the streak only when asked.
    fn default() -> Self {
        Self {
            domains: true,
            streak: false,
        }
    }
}

/// One day of a member's practice, as shared.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SharedDay {
    pub date: NaiveDate,
    pub minutes: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
}

/// A member's file in the cohort folder.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MemberFile {
    pub format: u32,
    pub member_id: String,
    pub name: String,
    /// The practice day it was written on.
    pub updated: NaiveDate,
    pub days: Vec<SharedDay>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streak_days: Option<u32>,
}

impl Membership {
    pub fn load(path: &Path) -> Option<Self> {
        let bytes = std::fs::read(path).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        write_atomically(path, &serde_json::to_vec_pretty(self).unwrap_or_default())
    }

    pub fn own_file(&self) -> PathBuf {
        self.folder.join(format!("{}{MEMBER_SUFFIX}", self.member_id))
    }

    /// What this member shares, from their entries, as of `today`.
    pub fn member_file(&self, entries: &[Entry], rules: &PracticeRules, today: NaiveDate, stats: &Stats) -> MemberFile {
        let since = today - TimeDelta::days(SHARED_DAYS - 1);
        let mut days: Vec<SharedDay> = Vec::new();
        for entry in entries {
            let date = rules.day_of(entry.start);
            if date < since || date > today {
                continue;
            }
            let secs = entry.practised_secs;
            match days.iter_mut().find(|d| d.date == date) {
                Some(day) => day.minutes += secs,
                None => days.push(SharedDay {
                    date,
                    minutes: secs,
                    domains: Vec::new(),
                }),
            }
            if self.share.domains
                && let Some(domain) = &entry.domain
                && let Some(day) = days.iter_mut().find(|d| d.date == date)
                && !day.domains.contains(domain)
            {
                day.domains.push(domain.clone());
            }
        }
        for day in &mut days {
            // Seconds were summed; shared as whole minutes.
            day.minutes = crate::practice::minutes(day.minutes);
            day.domains.sort();
        }
        days.retain(|d| d.minutes > 0);
        days.sort_by_key(|d| d.date);
        MemberFile {
            format: MEMBER_FORMAT,
            member_id: self.member_id.clone(),
            name: self.name.clone(),
            updated: today,
            days,
            streak_days: self.share.streak.then_some(stats.current_streak_days),
        }
    }

    /// Shares this member's practice as of `now`, as the one member the
    /// person is on all the computers linked with this one (`data`'s):
    /// writes their file.
    pub fn share(
        &self,
        data: &crate::paths::DataDir,
        entries: &[Entry],
        rules: &PracticeRules,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> std::io::Result<()> {
        self.as_one_person(data)?.share_practice(entries, rules, now)
    }

    /// Writes this member's file with their practice as of `now`.
    fn share_practice(
        &self,
        entries: &[Entry],
        rules: &PracticeRules,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> std::io::Result<()> {
        // Only today and the streak are shared, never a week: any first
        // weekday gives the same file.
        let stats = crate::practice::compute_stats(entries, rules, now, Weekday::Mon);
        self.publish(&self.member_file(entries, rules, stats.today, &stats))
    }

    /// This membership as the person has it on every computer that shares
    /// their log with this one (`data`'s): one member, under the member id
    /// that sorts first among theirs
    /// ([`crate::practice::devices::cohort_member`]), so that each computer
    /// writes the same member file, the last writer's standing. This
    /// computer's own member file, when it is not that one, is removed: it
    /// would count the person twice.
    pub fn as_one_person(&self, data: &crate::paths::DataDir) -> std::io::Result<Membership> {
        use crate::practice::devices::{cohort_member, refresh};
        // The other computers learn which member this one is from its
        // description in the shared folder.
        let others = refresh(data).unwrap_or_default();
        let member = cohort_member(&self.member_id, &others);
        if member == self.member_id {
            return Ok(self.clone());
        }
        match std::fs::remove_file(self.own_file()) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        Ok(Membership {
            member_id: member,
            ..self.clone()
        })
    }

    /// Writes this member's file into the cohort folder (write, then
    /// rename, so others never read half of it).
    pub fn publish(&self, file: &MemberFile) -> std::io::Result<()> {
        write_atomically(&self.own_file(), &serde_json::to_vec_pretty(file).unwrap_or_default())
    }
}

/// Why this member's practice could not be written to the cohort folder.
#[derive(Debug)]
pub struct ShareProblem {
    pub folder: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for ShareProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let folder = self.folder.display().to_string();
        f.write_str(&crate::t!(
            "cohort-share-problem",
            folder = folder,
            reason = self.reason.as_str()
        ))
    }
}

/// Shares the practice as `entries` now hold it, when the data folder
/// `data` has joined a cohort (and does nothing otherwise): called after
/// every change to the log, so the others see it without this member
/// opening anything. A person whose computers share their log is one
/// member on all of them: each writes the same member file, the last
/// writer's standing ([`crate::practice::devices::cohort_member`]).
pub fn share_current(
    data: &crate::paths::DataDir,
    entries: &[Entry],
    rules: &PracticeRules,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<(), ShareProblem> {
    let Some(membership) = Membership::load(&data.cohort()) else {
        return Ok(());
    };
    membership.share(data, entries, rules, now).map_err(|e| ShareProblem {
        folder: membership.folder.clone(),
        reason: e.to_string(),
    })
}

/// A member id from a name: readable, with a random part.
pub fn new_member_id(name: &str) -> String {
    use std::hash::{BuildHasher, Hasher};
    let base = crate::session::id_from_name(name);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write(name.as_bytes());
    hasher.write_u32(std::process::id());
    format!("{base}-{:06x}", hasher.finish() as u32 & 0xff_ffff)
}

/// What was read from the cohort folder.
#[derive(Clone, Debug, Default)]
pub struct CohortRead {
    pub members: Vec<MemberFile>,
    /// What the cohort agreed for everyone.
    pub settings: CohortSettings,
    /// Files skipped, each with why.
    pub warnings: Vec<String>,
}

/// What the whole cohort agrees on, kept in the folder for everyone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CohortSettings {
    /// List members by minutes this week, most first. Off unless the
    /// cohort turns it on.
    pub ranking: bool,
}

/// The cohort's shared settings file.
pub const SETTINGS_FILE: &str = "stillpoint-cohort.json";

impl CohortSettings {
    /// Writes the settings into the cohort folder, for everyone.
    pub fn save(&self, folder: &Path) -> std::io::Result<()> {
        let mut text = serde_json::to_vec_pretty(self).unwrap_or_default();
        text.push(b'\n');
        write_atomically(&folder.join(SETTINGS_FILE), &text)
    }
}

impl MemberFile {
    /// Whether this is a file Stillpoint would write: a name of at most
    /// [`MEMBER_NAME_CHARS`], each day once, within the [`SHARED_DAYS`]
    /// before it was written, with no more than a day's minutes. The
    /// folder is written by others; what it says is bounded before it is
    /// counted.
    pub fn check(&self) -> Result<(), MemberFileError> {
        if self.name.chars().count() > MEMBER_NAME_CHARS {
            return Err(MemberFileError::NameTooLong);
        }
        let earliest = self.updated - TimeDelta::days(SHARED_DAYS);
        let mut seen = BTreeSet::new();
        for day in &self.days {
            if !seen.insert(day.date) {
                return Err(MemberFileError::DateTwice(day.date));
            }
            if day.date < earliest || day.date > self.updated {
                return Err(MemberFileError::DateOutside(day.date));
            }
            if day.minutes > MINUTES_A_DAY {
                return Err(MemberFileError::MoreThanADay(day.date, day.minutes));
            }
        }
        Ok(())
    }
}

/// Why a cohort's folder could not be read: the folder, and the reason.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("cohort-folder-unreadable", folder = .0.display().to_string(), reason = .1.as_str()))]
pub struct FolderUnreadable(pub PathBuf, pub String);

/// Reads every member file in `folder`, this member's own included.
pub fn read_folder(folder: &Path) -> Result<CohortRead, FolderUnreadable> {
    let listing = std::fs::read_dir(folder).map_err(|e| FolderUnreadable(folder.to_owned(), e.to_string()))?;
    let mut read = CohortRead::default();
    let mut paths: Vec<PathBuf> = listing.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    if let Ok(bytes) = std::fs::read(folder.join(SETTINGS_FILE)) {
        match serde_json::from_slice::<CohortSettings>(&bytes) {
            Ok(settings) => read.settings = settings,
            Err(_) => read
                .warnings
                .push(crate::t!("cohort-warning-settings-unreadable", file = SETTINGS_FILE)),
        }
    }
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(stem) = name.strip_suffix(MEMBER_SUFFIX) else {
            if name.contains(".stillpoint-member") && !name.ends_with(".part") {
                read.warnings
                    .push(crate::t!("cohort-warning-sync-copy", file = name.as_str()));
            }
            continue;
        };
        if !stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            read.warnings
                .push(crate::t!("cohort-warning-conflict-copy", file = name.as_str()));
            continue;
        }
        // A link could lead anywhere (another member's home, a device):
        // only the folder's own files are read.
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            read.warnings
                .push(crate::t!("cohort-warning-link", file = name.as_str()));
            continue;
        }
        let bytes = match read_bounded(&path, MEMBER_FILE_BYTES) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => {
                read.warnings.push(crate::t!(
                    "cohort-warning-too-large",
                    file = name.as_str(),
                    most = "1 MiB"
                ));
                continue;
            }
            Err(e) => {
                read.warnings.push(crate::t!(
                    "cohort-warning-unreadable",
                    file = name.as_str(),
                    reason = e.to_string()
                ));
                continue;
            }
        };
        #[derive(serde::Deserialize)]
        struct Version {
            format: u32,
        }
        match serde_json::from_slice::<Version>(&bytes) {
            Ok(v) if v.format > MEMBER_FORMAT => {
                // A newer Stillpoint: read what this one knows, if it can.
                match serde_json::from_slice::<MemberFile>(&bytes) {
                    Ok(member) => read.take(member, &name),
                    Err(_) => read.warnings.push(crate::t!(
                        "cohort-warning-newer",
                        file = name.as_str(),
                        format = v.format
                    )),
                }
            }
            Ok(_) => match serde_json::from_slice::<MemberFile>(&bytes) {
                Ok(member) if member.member_id == stem => read.take(member, &name),
                Ok(_) => read
                    .warnings
                    .push(crate::t!("cohort-warning-other-member", file = name.as_str())),
                Err(e) => read.warnings.push(crate::t!(
                    "cohort-warning-unreadable",
                    file = name.as_str(),
                    reason = e.to_string()
                )),
            },
            Err(_) => read
                .warnings
                .push(crate::t!("cohort-warning-incomplete", file = name.as_str())),
        }
    }
    Ok(read)
}

impl CohortRead {
    /// Counts `member`, read from the file `name`, if it is one Stillpoint
    /// would write; else says why not.
    fn take(&mut self, member: MemberFile, name: &str) {
        match member.check() {
            Ok(()) => self.members.push(member),
            Err(why) => self.warnings.push(crate::t!(
                "cohort-warning-invalid",
                file = name,
                reason = why.to_string()
            )),
        }
    }
}

/// The week as the cohort sees it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CohortStatus {
    pub week_start: NaiveDate,
    /// Whether members are listed by minutes (the cohort's choice) rather
    /// than by name.
    pub ranked: bool,
    pub members: Vec<MemberStatus>,
    /// Days this week on which every member practised.
    pub days_all_practised: usize,
    pub dates_all_practised: Vec<NaiveDate>,
    pub total_minutes_this_week: u64,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct MemberStatus {
    pub name: String,
    pub days_practised_this_week: usize,
    pub minutes_this_week: u64,
    /// Only when the member shares it.
    pub streak_days: Option<u32>,
}

/// The cohort's week containing `today`, for weeks that begin on
/// `first_weekday` (the locale's of whoever is looking).
pub fn status(
    members: &[MemberFile],
    today: NaiveDate,
    settings: CohortSettings,
    first_weekday: Weekday,
) -> CohortStatus {
    let week_start = week_start(today, first_weekday);
    let this_week = |d: &SharedDay| d.date >= week_start && d.date <= today && d.minutes > 0;
    let mut statuses: Vec<MemberStatus> = members
        .iter()
        .map(|m| MemberStatus {
            name: m.name.clone(),
            days_practised_this_week: m.days.iter().filter(|d| this_week(d)).count(),
            minutes_this_week: m.days.iter().filter(|d| this_week(d)).map(|d| d.minutes).sum(),
            streak_days: m.streak_days,
        })
        .collect();
    // Alphabetical, unless the cohort chose a ranking.
    statuses.sort_by_key(|s| s.name.to_lowercase());
    if settings.ranking {
        statuses.sort_by_key(|s| std::cmp::Reverse(s.minutes_this_week));
    }
    let mut all: Option<BTreeSet<NaiveDate>> = None;
    for member in members {
        let days: BTreeSet<NaiveDate> = member.days.iter().filter(|d| this_week(d)).map(|d| d.date).collect();
        all = Some(match all {
            None => days,
            Some(so_far) => so_far.intersection(&days).copied().collect(),
        });
    }
    let dates: Vec<NaiveDate> = all.unwrap_or_default().into_iter().collect();
    CohortStatus {
        week_start,
        ranked: settings.ranking,
        total_minutes_this_week: statuses.iter().map(|s| s.minutes_this_week).sum(),
        members: statuses,
        days_all_practised: dates.len(),
        dates_all_practised: dates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, Locale};

    /// In `locale`, Thursday 26 November 2026's week begins on `first_day`
    /// and holds the days from then on: Sunday the 22nd only when weeks
    /// begin on Sunday.
    fn check(locale: Locale, first_day: &str, days_practised: usize) {
        let on = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default();
        let day = |text: &str| SharedDay {
            date: on(text),
            minutes: 10,
            domains: Vec::new(),
        };
        let sam = MemberFile {
            format: MEMBER_FORMAT,
            member_id: "sam".into(),
            name: "Sam".into(),
            updated: on("2026-11-26"),
            days: vec![day("2026-11-21"), day("2026-11-22"), day("2026-11-24")],
            streak_days: None,
        };
        let week = status(
            &[sam],
            on("2026-11-26"),
            CohortSettings::default(),
            locale.first_weekday(),
        );
        assert_eq!(week.week_start.to_string(), first_day, "{locale:?}");
        assert_eq!(week.members[0].days_practised_this_week, days_practised, "{locale:?}");
        assert_eq!(week.total_minutes_this_week, 10 * days_practised as u64, "{locale:?}");
    }

    #[test]
    fn the_cohorts_week_begins_on_the_locales_first_weekday() {
        let locale = |language, system| Locale::new(language, Some(system));
        check(locale(Language::English, "en_US.UTF-8"), "2026-11-22", 2);
        check(locale(Language::TraditionalChinese, "zh_TW.UTF-8"), "2026-11-22", 2);
        check(locale(Language::Spanish, "es_ES.UTF-8"), "2026-11-23", 1);
        check(Locale::default(), "2026-11-23", 1);
    }
}
