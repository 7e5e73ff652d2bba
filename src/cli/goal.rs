//! `stillpoint goal`: a weekly goal of formal practice, set, removed and
//! followed; `stats` prints the same lines.

use std::io::Write;
use std::path::Path;

use crate::i18n::date;
use crate::practice::{GoalProgress, PracticeRules, WeeklyGoal};
use crate::t;

/// Sets the goal (or removes it with `None`) in the rules saved at `path`.
pub fn set_goal(path: &Path, goal: Option<WeeklyGoal>, out: &mut dyn Write) -> anyhow::Result<()> {
    let rules = PracticeRules {
        weekly_goal: goal,
        ..PracticeRules::load(path)
    };
    rules.save(path)?;
    let said = match goal {
        Some(goal) => t!("cli-goal-set", goal = goal_words(goal)),
        None => t!("cli-goal-off"),
    };
    writeln!(out, "{said}")?;
    Ok(())
}

/// "20 min on 5 days a week".
pub fn goal_words(goal: WeeklyGoal) -> String {
    t!("cli-goal", minutes = goal.minutes, days = goal.days)
}

/// The goal's lines: this week so far, then each of the last weeks.
pub fn show_goal(progress: &GoalProgress, out: &mut dyn Write) -> anyhow::Result<()> {
    let week = &progress.this_week;
    writeln!(
        out,
        "{}",
        t!(
            "cli-goal-this-week",
            goal = goal_words(progress.goal),
            days = week.days_meeting_goal,
            wanted = progress.goal.days
        )
    )?;
    if progress.weeks.is_empty() {
        return Ok(());
    }
    let met = progress.weeks.iter().filter(|w| w.met).count();
    writeln!(
        out,
        "{}",
        t!("cli-goal-weeks-met", met = met, weeks = progress.weeks.len())
    )?;
    for week in &progress.weeks {
        let mark = if week.met { t!("cli-goal-met") } else { String::new() };
        writeln!(
            out,
            "  {}  {}/{}  {mark}",
            date("cli-date-day", &week.start),
            week.days_meeting_goal,
            progress.goal.days
        )?;
    }
    Ok(())
}
