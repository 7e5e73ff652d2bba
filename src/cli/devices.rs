//! `stillpoint devices link|status|unlink`

use std::io::Write;
use std::path::Path;

use crate::i18n::date;
use crate::paths::DataDir;
use crate::practice::PracticeLog;
use crate::practice::devices::{self, ComputerStatus};
use crate::shown::escaped;
use crate::t;

use super::text::pad_end;

/// Links this computer to the shared folder `folder`.
pub fn devices_link(data: &DataDir, folder: &Path, name: Option<&str>, out: &mut dyn Write) -> anyhow::Result<()> {
    let before = devices::Link::load(data);
    let link = devices::link(data, folder, name)?;
    let folder = link.folder.as_deref().unwrap_or(folder).display().to_string();
    if let Some(before) = before.filter(|before| before.folder == link.folder) {
        let name = escaped(&link.name).into_owned();
        let said = if before.name == link.name {
            t!("cli-devices-still-linked", name = name, folder = folder)
        } else {
            t!("cli-devices-renamed", name = name)
        };
        writeln!(out, "{said}")?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        t!(
            "cli-devices-linked",
            name = escaped(&link.name).into_owned(),
            folder = folder
        )
    )?;
    writeln!(out, "{}", t!("cli-devices-linked-next"))?;
    Ok(())
}

/// Stops sharing this computer's practice.
pub fn devices_unlink(data: &DataDir, out: &mut dyn Write) -> anyhow::Result<()> {
    let folder = devices::unlink(data)?;
    writeln!(
        out,
        "{}",
        t!("cli-devices-unlinked", folder = folder.display().to_string())
    )?;
    Ok(())
}

/// The computers sharing this practice, as `devices status` shows them.
pub fn devices_status(data: &DataDir, json: bool, out: &mut dyn Write, errors: &mut dyn Write) -> anyhow::Result<()> {
    let log = PracticeLog::of(data);
    let Some(link) = log.link().cloned() else {
        anyhow::bail!(t!("cli-devices-not-linked"));
    };
    let bytes = log.read_bytes()?;
    let loaded = log.merged(&bytes, &[]);
    for said in loaded.sharing.iter().filter(|said| super::first_time(said)) {
        writeln!(errors, "{}", t!("cli-warning", message = said.as_str()))?;
    }
    let folder = link.folder.clone().unwrap_or_default();
    let computers = &loaded.linked;
    if json {
        #[derive(serde::Serialize)]
        struct View<'a> {
            folder: &'a Path,
            entries: usize,
            computers: &'a [ComputerStatus],
        }
        let view = View {
            folder: &folder,
            entries: loaded.entries.len(),
            computers,
        };
        serde_json::to_writer_pretty(&mut *out, &view)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        t!("cli-devices-folder", folder = folder.display().to_string())
    )?;
    let names: Vec<String> = computers
        .iter()
        .map(|c| {
            let name = escaped(&c.name).into_owned();
            match (c.this_computer, c.left) {
                (true, _) => t!("cli-devices-this-computer", name = name),
                (false, true) => t!("cli-devices-left", name = name),
                (false, false) => name,
            }
        })
        .collect();
    let width = names.iter().map(|n| super::text::columns(n)).max().unwrap_or(0);
    let counts: Vec<String> = computers
        .iter()
        .map(|c| t!("cli-devices-entries", count = c.entries))
        .collect();
    let counted = counts.iter().map(|c| super::text::columns(c)).max().unwrap_or(0);
    for ((computer, name), count) in computers.iter().zip(&names).zip(&counts) {
        let wrote = match computer.last_wrote {
            Some(at) => {
                let local = at.with_timezone(&crate::practice::local_offset(at));
                t!("cli-devices-last-wrote", when = date("cli-date-moment-local", &local))
            }
            None => t!("cli-devices-never-wrote"),
        };
        writeln!(
            out,
            "  {}  {}  {}",
            pad_end(name, width),
            pad_end(count, counted),
            wrote
        )?;
    }
    writeln!(out, "{}", t!("cli-devices-together", count = loaded.entries.len()))?;
    Ok(())
}
