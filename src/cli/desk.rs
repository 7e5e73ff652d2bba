//! `stillpoint desk status`: the bells at the desk, and why one would not
//! ring now.

use std::io::Write;

use crate::desk::status::DeskStatus;
use crate::i18n::date;
use crate::pause::PauseSchedule;
use crate::t;

/// Prints `status` for the schedule `pause`: in words, or as JSON.
pub fn show_desk_status(
    status: &DeskStatus,
    pause: &PauseSchedule,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    if json {
        serde_json::to_writer_pretty(&mut *out, status)?;
        writeln!(out)?;
        return Ok(());
    }
    let pause = pause.clamped();
    if status.enabled {
        writeln!(
            out,
            "{}",
            t!(
                "desk-status-on",
                minutes = pause.every_minutes,
                from = pause.from_hour,
                to = pause.to_hour
            )
        )?;
    } else {
        writeln!(out, "{}", t!("desk-status-off"))?;
    }
    if let Some(next) = &status.next_bell {
        writeln!(out, "{}", t!("desk-status-next", time = date("cli-date-moment", next)))?;
    }
    if let Some(until) = &status.quiet_until {
        writeln!(
            out,
            "{}",
            t!("desk-status-quiet", time = date("cli-date-moment", until))
        )?;
    }
    writeln!(out, "{}", status.held_words())?;
    Ok(())
}
