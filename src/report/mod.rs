//! The portfolio report of a certification cycle: the figures of a period
//! of practice days, measured against the weekly goal and the program,
//! with the reflections the practitioner chose; written as JSON, Markdown
//! or a PDF a reviewer reads.
//!
//! [`Report::gather`] is a pure function of the entries, the rules, the
//! library and the period; the writers only lay it out.

use std::collections::BTreeMap;

use chrono::{NaiveDate, TimeDelta, Weekday};

use crate::practice::{
    Entry, GoalWeek, Practice, PracticeRules, ProgramProgress, WeeklyGoal, formal_secs_by_day, goal_weeks, minutes,
    program_progress,
};
use crate::session::{Library, Named};

mod markdown;
mod pdf;

pub use markdown::markdown;
pub use pdf::{Pdf, PdfError, pdf};

/// The longest period a report covers: ten years of days.
pub const MOST_DAYS: i64 = 3660;

/// Which reflections enter a report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Reflections {
    /// Notes of entries marked for the portfolio.
    #[default]
    Marked,
    /// No notes at all.
    None,
    /// Every note in the period.
    All,
}

/// What a report is asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportRequest {
    /// The first and last practice days, both included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The name printed on the cover.
    pub name: Option<String>,
    /// The cohort, when the practitioner has joined one.
    pub cohort: Option<String>,
    pub reflections: Reflections,
    /// Weeks begin on this day (the locale's first weekday).
    pub first_weekday: Weekday,
    /// The practice day it is: days after it are still to come, and a
    /// report stops there.
    pub today: NaiveDate,
}

/// Why a period cannot be reported.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("{}", crate::t!("errors-report-backwards", from = .from.to_string(), to = .to.to_string()))]
    Backwards { from: NaiveDate, to: NaiveDate },
    #[error("{}", crate::t!("errors-report-too-long", days = MOST_DAYS))]
    TooLong,
    #[error("{}", crate::t!("errors-report-not-begun", from = .0.to_string()))]
    NotBegun(NaiveDate),
}

/// Checks that `from` comes no later than `to` nor after `today`, and the
/// period is not longer than [`MOST_DAYS`].
pub fn check_period(from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<(), PeriodError> {
    if to < from {
        return Err(PeriodError::Backwards { from, to });
    }
    if from > today {
        return Err(PeriodError::NotBegun(from));
    }
    if (to - from).num_days() >= MOST_DAYS {
        return Err(PeriodError::TooLong);
    }
    Ok(())
}

/// A week of the period: its minutes and days, and the goal.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ReportWeek {
    pub start: NaiveDate,
    /// The week's days inside the period.
    pub days_in_period: u8,
    /// Days inside the period with practice of any kind.
    pub days_practised: u8,
    pub minutes: u64,
    /// With a goal: days that met it, and whether the week did.
    pub days_meeting_goal: Option<u8>,
    pub met: Option<bool>,
}

impl ReportWeek {
    /// "4/7", or a dash without a goal.
    pub fn meeting_words(&self) -> String {
        self.days_meeting_goal
            .map_or_else(|| "–".to_owned(), |days| format!("{days}/{}", self.days_in_period))
    }

    /// "met", "not met", or a dash without a goal.
    pub fn met_words(&self) -> String {
        match self.met {
            Some(true) => crate::t!("report-met"),
            Some(false) => crate::t!("report-not-met"),
            None => "–".to_owned(),
        }
    }
}

/// Minutes and sessions under one name (a domain, a lens).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Share {
    pub name: String,
    pub sessions: usize,
    pub minutes: u64,
}

/// A reflection chosen for the report.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Reflection {
    pub date: NaiveDate,
    pub title: String,
    /// The kind in words, when the title does not say it.
    pub kind: Option<String>,
    pub practice: &'static str,
    /// The prompt the note answered, or else the session's own.
    pub prompt: Option<String>,
    pub note: String,
    pub feeling_before: Option<u8>,
    pub feeling_after: Option<u8>,
}

impl Reflection {
    /// "5 October 2026 · Title (kind)", the title made safe by `title`.
    pub fn heading(&self, title: impl Fn(&str) -> String) -> String {
        let kind = self.kind.as_ref().map(|kind| format!(" ({kind})")).unwrap_or_default();
        format!(
            "{} · {}{kind}",
            crate::i18n::date("report-date", &self.date),
            title(&self.title)
        )
    }
}

/// The program's modules as far as the period went.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ProgramReport {
    pub id: String,
    pub title: String,
    #[serde(flatten)]
    pub progress: ProgramProgress,
}

/// Everything a report shows.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Report {
    pub name: Option<String>,
    pub cohort: Option<String>,
    pub from: NaiveDate,
    /// The last day counted: the period's last, or today when the period
    /// runs on past it.
    pub to: NaiveDate,
    /// The period's last day as asked.
    pub period_to: NaiveDate,
    pub days_in_period: u32,
    /// Days with practice of any kind.
    pub days_practised: u32,
    pub minutes_total: u64,
    /// Minutes by kind of practice, every kind named.
    pub minutes_by_practice: BTreeMap<&'static str, u64>,
    /// Entries of any kind.
    pub sessions: usize,
    /// Contemplative calls attended.
    pub calls_attended: usize,
    pub goal: Option<WeeklyGoal>,
    pub weeks: Vec<ReportWeek>,
    /// With a goal, the weeks that met it.
    pub weeks_met: Option<usize>,
    pub weeks_total: usize,
    pub by_domain: Vec<Share>,
    pub by_lens: Vec<Share>,
    pub program: Option<ProgramReport>,
    /// Minutes on each day of the period, from `from`.
    pub daily_minutes: Vec<u64>,
    pub reflections: Vec<Reflection>,
}

impl Report {
    /// The report of `entries` (deleted ones left out by the caller) for
    /// the practice days `request` names.
    pub fn gather(entries: &[Entry], rules: &PracticeRules, library: &Library, request: &ReportRequest) -> Report {
        let rules = rules.clamped();
        // Days still to come are not missed days: the report stops today.
        let (from, to) = (request.from, request.to.min(request.today).max(request.from));
        let inside: Vec<Entry> = entries
            .iter()
            .filter(|e| (from..=to).contains(&rules.day_of(e.start)))
            .cloned()
            .collect();
        let days_in_period = ((to - from).num_days() + 1) as u32;
        let mut daily_secs = vec![0u64; days_in_period as usize];
        let mut practised_on = vec![false; days_in_period as usize];
        let mut by_practice: BTreeMap<&'static str, u64> = Practice::ALL.iter().map(|p| (p.name(), 0)).collect();
        let mut domains: BTreeMap<String, (usize, u64)> = BTreeMap::new();
        let mut lenses: BTreeMap<String, (usize, u64)> = BTreeMap::new();
        let session_of = |entry: &Entry| {
            let id = entry.session_id.as_deref()?;
            library.sessions().find(|s| s.id.as_str() == id)
        };
        for entry in &inside {
            let at = (rules.day_of(entry.start) - from).num_days() as usize;
            daily_secs[at] += entry.practised_secs;
            practised_on[at] = true;
            *by_practice.entry(entry.practice.name()).or_default() += entry.practised_secs;
            let domain = entry.domain.clone().unwrap_or_else(|| "other".into());
            let share = domains.entry(domain).or_default();
            share.0 += 1;
            share.1 += entry.practised_secs;
            if let Some(lens) = session_of(entry).and_then(|s| s.lens) {
                let share = lenses.entry(lens.name().to_owned()).or_default();
                share.0 += 1;
                share.1 += entry.practised_secs;
            }
        }
        let shares = |map: BTreeMap<String, (usize, u64)>| {
            let mut shares: Vec<Share> = map
                .into_iter()
                .map(|(name, (sessions, secs))| Share {
                    name,
                    sessions,
                    minutes: minutes(secs),
                })
                .collect();
            shares.sort_by(|a, b| b.minutes.cmp(&a.minutes).then_with(|| a.name.cmp(&b.name)));
            shares
        };

        let goal = rules.weekly_goal;
        let goal_by_week: Vec<GoalWeek> = goal
            .map(|goal| {
                goal_weeks(
                    &formal_secs_by_day(&inside, &rules),
                    goal,
                    request.first_weekday,
                    from,
                    to,
                )
            })
            .unwrap_or_default();
        let mut weeks = Vec::new();
        let mut start = crate::practice::week_start(from, request.first_weekday);
        while start <= to {
            let (first, last) = (start.max(from), (start + TimeDelta::days(6)).min(to));
            let range = (first - from).num_days() as usize..=(last - from).num_days() as usize;
            let goal_week = goal_by_week.iter().find(|w| w.start == start);
            weeks.push(ReportWeek {
                start,
                days_in_period: range.clone().count() as u8,
                days_practised: practised_on[range.clone()].iter().filter(|p| **p).count() as u8,
                minutes: minutes(daily_secs[range].iter().sum()),
                days_meeting_goal: goal_week.map(|w| w.days_meeting_goal),
                met: goal_week.map(|w| w.met),
            });
            start += TimeDelta::weeks(1);
        }

        let program = library.programs().next().map(|program| ProgramReport {
            id: program.id.as_str().to_owned(),
            title: program.title.clone(),
            progress: program_progress(program, &inside),
        });

        let mut reflections: Vec<Reflection> = inside
            .iter()
            .filter(|entry| match request.reflections {
                Reflections::Marked => entry.portfolio,
                Reflections::All => true,
                Reflections::None => false,
            })
            .filter_map(|entry| {
                let note = entry.note.as_deref().map(str::trim).filter(|n| !n.is_empty())?;
                Some(Reflection {
                    date: rules.day_of(entry.start),
                    title: entry.shown_title(),
                    kind: entry.kind_beside_title(),
                    practice: entry.practice.name(),
                    // The prompt the note answered, else the session's own.
                    prompt: entry
                        .prompt
                        .clone()
                        .or_else(|| session_of(entry).and_then(|s| s.ending.reflection.clone())),
                    note: note.to_owned(),
                    feeling_before: entry.feeling_before.map(|f| f.get()),
                    feeling_after: entry.feeling_after.map(|f| f.get()),
                })
            })
            .collect();
        reflections.sort_by_key(|r| r.date);

        let total_secs: u64 = daily_secs.iter().sum();
        Report {
            name: request.name.clone(),
            cohort: request.cohort.clone(),
            from,
            to,
            period_to: request.to,
            days_in_period,
            days_practised: practised_on.iter().filter(|p| **p).count() as u32,
            minutes_total: minutes(total_secs),
            minutes_by_practice: by_practice.into_iter().map(|(k, secs)| (k, minutes(secs))).collect(),
            sessions: inside.len(),
            calls_attended: inside.iter().filter(|e| e.practice == Practice::Call).count(),
            goal,
            weeks_met: goal.map(|_| weeks.iter().filter(|w| w.met == Some(true)).count()),
            weeks_total: weeks.len(),
            weeks,
            by_domain: shares(domains),
            by_lens: shares(lenses),
            program,
            daily_minutes: daily_secs.into_iter().map(minutes).collect(),
            reflections,
        }
    }

    /// The day `index` days after the period's first.
    pub fn day(&self, index: usize) -> NaiveDate {
        self.from + TimeDelta::days(index as i64)
    }
}

/// Shares under a heading, with the words for each share's name.
pub type Shares<'a> = (String, &'a [Share], fn(&str) -> String);

impl Report {
    /// The report's shares under their headings, each name put in the
    /// reader's words: by domain, then by lens.
    pub fn shares(&self) -> [Shares<'_>; 2] {
        [
            (crate::t!("report-by-domain"), &self.by_domain, domain_label),
            (crate::t!("report-by-lens"), &self.by_lens, lens_label),
        ]
    }
}

/// A domain as the log keeps it, in the reader's words.
pub fn domain_label(name: &str) -> String {
    match crate::session::Domain::from_name(name) {
        Some(domain) => domain.label(),
        None => crate::t!("report-domain-other"),
    }
}

/// A lens by its name, in the reader's words.
pub fn lens_label(name: &str) -> String {
    crate::session::Lens::from_name(name).map_or_else(|| name.to_owned(), |lens| lens.label())
}

/// Text from the log made safe to lay out: control characters other than
/// line breaks and tabs left out.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}
