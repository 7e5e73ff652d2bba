//! `stillpoint cohort join|status|leave`

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::cohort::{Membership, Sharing, new_member_id, read_folder, status};
use crate::practice::{LoadedLog, PracticeRules, WallClock};

/// Links the cohort folder `folder` and shares this member's practice there.
pub fn cohort_join(
    membership_path: &Path,
    folder: &Path,
    name: &str,
    share: Sharing,
    practice: (&LoadedLog, &PracticeRules),
    wall: &dyn WallClock,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let name = name.trim();
    anyhow::ensure!(!name.is_empty(), "give a name the cohort will know you by: --name NAME");
    let folder = folder
        .canonicalize()
        .with_context(|| format!("the cohort folder {} cannot be found", folder.display()))?;
    anyhow::ensure!(folder.is_dir(), "{} is not a folder", folder.display());
    // Joining again keeps the same file in the folder.
    let member_id = Membership::load(membership_path)
        .filter(|m| m.folder == folder)
        .map_or_else(|| new_member_id(name), |m| m.member_id);
    let membership = Membership {
        folder,
        name: name.to_owned(),
        member_id,
        share,
    };
    publish(&membership, practice, wall)?;
    membership
        .save(membership_path)
        .with_context(|| format!("cannot save {}", membership_path.display()))?;
    let mut shared = vec!["the days you practise", "your minutes"];
    if share.domains {
        shared.push("the domains");
    }
    if share.streak {
        shared.push("your streak");
    }
    writeln!(
        out,
        "Joined the cohort in {} as {name}. Shared: {}; never your notes.",
        membership.folder.display(),
        shared.join(", ")
    )?;
    Ok(())
}

fn publish(
    membership: &Membership,
    (log, rules): (&LoadedLog, &PracticeRules),
    wall: &dyn WallClock,
) -> anyhow::Result<()> {
    membership
        .share_practice(&log.entries, rules, wall.now())
        .with_context(|| {
            format!(
                "cannot write your file in the cohort folder {}",
                membership.folder.display()
            )
        })
}

/// Shares this member's latest practice, reads everyone's, and shows the week.
pub fn cohort_status(
    membership_path: &Path,
    practice: (&LoadedLog, &PracticeRules),
    wall: &dyn WallClock,
    json: bool,
    out: &mut dyn Write,
    errors: &mut dyn Write,
) -> anyhow::Result<()> {
    let membership = Membership::load(membership_path)
        .context("you are not in a cohort; `stillpoint cohort join DIR --name NAME` joins one")?;
    publish(&membership, practice, wall)?;
    let read = read_folder(&membership.folder).map_err(anyhow::Error::msg)?;
    for warning in &read.warnings {
        writeln!(errors, "warning: {}: {warning}", membership.folder.display())?;
    }
    let today = practice.1.day_of(wall.now());
    let week = status(&read.members, today, read.settings, crate::i18n::locale().first_weekday());
    if json {
        serde_json::to_writer_pretty(&mut *out, &week)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "The cohort in {}, the week of {}:",
        membership.folder.display(),
        week.week_start.format("%A %-d %B")
    )?;
    let width = week.members.iter().map(|m| m.name.chars().count()).max().unwrap_or(0);
    for member in &week.members {
        let days = member.days_practised_this_week;
        let streak = member
            .streak_days
            .filter(|s| *s > 0)
            .map(|s| format!(", {s} day{} in a row", if s == 1 { "" } else { "s" }))
            .unwrap_or_default();
        writeln!(
            out,
            "  {:width$}  {days} day{}, {} min{streak}",
            member.name,
            if days == 1 { "" } else { "s" },
            member.minutes_this_week
        )?;
    }
    let together = match week.days_all_practised {
        0 => "no day yet on which everyone practised".to_owned(),
        1 => "1 day on which everyone practised".to_owned(),
        n => format!("{n} days on which everyone practised"),
    };
    writeln!(
        out,
        "Together: {together}; {} min in all.",
        week.total_minutes_this_week
    )?;
    Ok(())
}

/// Stops sharing: removes this member's file (only that) and the link.
pub fn cohort_leave(membership_path: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let membership = Membership::load(membership_path).context("you are not in a cohort")?;
    match std::fs::remove_file(membership.own_file()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("cannot remove {}", membership.own_file().display())),
    }
    std::fs::remove_file(membership_path).with_context(|| format!("cannot remove {}", membership_path.display()))?;
    writeln!(
        out,
        "You have left the cohort in {}; your file there is removed, everyone else's is left as it is.",
        membership.folder.display()
    )?;
    Ok(())
}

/// Turns the cohort's ranking on or off, for everyone (a file in the folder).
pub fn cohort_ranking(membership_path: &Path, on: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    let membership = Membership::load(membership_path).context("you are not in a cohort")?;
    crate::cohort::CohortSettings { ranking: on }
        .save(&membership.folder)
        .with_context(|| format!("cannot write the cohort's settings in {}", membership.folder.display()))?;
    writeln!(
        out,
        "{}",
        if on {
            "The cohort is now listed by minutes this week, for everyone."
        } else {
            "The cohort is listed by name again, for everyone."
        }
    )?;
    Ok(())
}
