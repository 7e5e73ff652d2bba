//! `stillpoint cohort join|status|leave`

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::cohort::{Membership, Sharing, new_member_id, read_folder, status};
use crate::i18n::date;
use crate::practice::{LoadedLog, PracticeRules, WallClock};
use crate::shown::escaped;
use crate::t;

use super::text::pad_end;

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
    anyhow::ensure!(!name.is_empty(), t!("cli-cohort-give-a-name"));
    // What the others' Stillpoint would take from the folder.
    anyhow::ensure!(
        name.chars().count() <= crate::cohort::MEMBER_NAME_CHARS && !name.chars().any(char::is_control),
        t!("cli-cohort-name-too-long", most = crate::cohort::MEMBER_NAME_CHARS)
    );
    let folder = folder
        .canonicalize()
        .with_context(|| t!("cli-cohort-folder-not-found", folder = folder.display().to_string()))?;
    anyhow::ensure!(
        folder.is_dir(),
        t!("cli-cohort-not-a-folder", folder = folder.display().to_string())
    );
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
    publish(membership_path, &membership, practice, wall)?;
    membership
        .save(membership_path)
        .with_context(|| t!("cli-cohort-cannot-save", file = membership_path.display().to_string()))?;
    let mut shared = vec![t!("cli-cohort-shared-days"), t!("cli-cohort-shared-minutes")];
    if share.domains {
        shared.push(t!("cli-cohort-shared-domains"));
    }
    if share.streak {
        shared.push(t!("cli-cohort-shared-streak"));
    }
    let said = t!(
        "cli-cohort-joined",
        folder = membership.folder.display().to_string(),
        name = name,
        shared = shared.join(&t!("cli-separator"))
    );
    writeln!(out, "{said}")?;
    Ok(())
}

fn publish(
    membership_path: &Path,
    membership: &Membership,
    (log, rules): (&LoadedLog, &PracticeRules),
    wall: &dyn WallClock,
) -> anyhow::Result<()> {
    membership
        .share(
            &crate::paths::DataDir::holding(membership_path),
            &log.entries,
            rules,
            wall.now(),
        )
        .with_context(|| {
            t!(
                "cli-cohort-cannot-share",
                folder = membership.folder.display().to_string()
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
    let membership = Membership::load(membership_path).with_context(|| t!("cli-cohort-not-in-one-join"))?;
    publish(membership_path, &membership, practice, wall)?;
    let read = read_folder(&membership.folder).map_err(anyhow::Error::msg)?;
    for warning in &read.warnings {
        // Warnings name files that others put in the folder.
        let message = format!("{}: {}", membership.folder.display(), escaped(warning));
        writeln!(errors, "{}", t!("cli-warning", message = message))?;
    }
    let today = practice.1.day_of(wall.now());
    let week = status(
        &read.members,
        today,
        read.settings,
        crate::i18n::locale().first_weekday(),
    );
    if json {
        serde_json::to_writer_pretty(&mut *out, &week)?;
        writeln!(out)?;
        return Ok(());
    }
    let said = t!(
        "cli-cohort-week",
        folder = membership.folder.display().to_string(),
        date = date("date-weekday-day-month", &week.week_start)
    );
    writeln!(out, "{said}")?;
    let width = week
        .members
        .iter()
        .map(|m| super::text::columns(&escaped(&m.name)))
        .max()
        .unwrap_or(0);
    for member in &week.members {
        let (days, minutes) = (member.days_practised_this_week, member.minutes_this_week);
        let practised = match member.streak_days.filter(|s| *s > 0) {
            Some(streak) => t!(
                "cli-cohort-member-streak",
                days = days,
                minutes = minutes,
                streak = streak
            ),
            None => t!("cli-cohort-member", days = days, minutes = minutes),
        };
        // Names come from others' files in the folder.
        writeln!(out, "  {}  {practised}", pad_end(&escaped(&member.name), width))?;
    }
    let said = t!(
        "cli-cohort-together",
        days = week.days_all_practised,
        minutes = week.total_minutes_this_week
    );
    writeln!(out, "{said}")?;
    Ok(())
}

/// Stops sharing: removes this member's file (only that) and the link.
pub fn cohort_leave(membership_path: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let membership = Membership::load(membership_path).with_context(|| t!("cli-cohort-not-in-one"))?;
    let cannot_remove = |path: &Path| t!("cli-cannot-remove", file = path.display().to_string());
    match std::fs::remove_file(membership.own_file()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| cannot_remove(&membership.own_file())),
    }
    std::fs::remove_file(membership_path).with_context(|| cannot_remove(membership_path))?;
    let said = t!("cli-cohort-left", folder = membership.folder.display().to_string());
    writeln!(out, "{said}")?;
    Ok(())
}

/// Turns the cohort's ranking on or off, for everyone (a file in the folder).
pub fn cohort_ranking(membership_path: &Path, on: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    let membership = Membership::load(membership_path).with_context(|| t!("cli-cohort-not-in-one"))?;
    crate::cohort::CohortSettings { ranking: on }
        .save(&membership.folder)
        .with_context(|| {
            t!(
                "cli-cohort-cannot-save-settings",
                folder = membership.folder.display().to_string()
            )
        })?;
    let said = if on {
        t!("cli-cohort-ranking-on")
    } else {
        t!("cli-cohort-ranking-off")
    };
    writeln!(out, "{said}")?;
    Ok(())
}
