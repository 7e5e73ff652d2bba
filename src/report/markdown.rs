//! The report as Markdown: headings, tables and quotations a reviewer can
//! read as text or paste into a portfolio.

use std::fmt::Write;

use crate::i18n::date;
use crate::practice::{Practice, hours_minutes};
use crate::session::Named;
use crate::t;

use super::{Report, clean};

/// The report in the interface's language.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_report(report, &mut out);
    out
}

/// Text from the log or the command line as Markdown shows it, not as
/// markup: on one line, with Markdown's own characters escaped and HTML
/// written as text.
fn cell(text: &str) -> String {
    let mut out = String::new();
    for c in clean(text).replace('\n', " ").chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

fn write_report(report: &Report, out: &mut String) -> std::fmt::Result {
    writeln!(out, "# {}\n", t!("report-title"))?;
    if let Some(name) = &report.name {
        writeln!(out, "**{}**\n", cell(name))?;
    }
    if let Some(cohort) = &report.cohort {
        writeln!(out, "{}\n", t!("report-cohort", cohort = cell(cohort)))?;
    }
    writeln!(out, "{}\n", period_words(report))?;
    writeln!(out, "{}\n", goal_words(report))?;

    writeln!(out, "## {}\n", t!("report-figures"))?;
    for line in figure_lines(report) {
        writeln!(out, "- {line}")?;
    }
    writeln!(out)?;

    writeln!(out, "### {}\n", t!("report-by-practice"))?;
    writeln!(
        out,
        "| {} | {} | {} |\n|---|---:|---:|",
        t!("report-column-practice"),
        t!("report-column-minutes"),
        t!("report-column-time")
    )?;
    for kind in Practice::ALL {
        let minutes = report.minutes_by_practice.get(kind.name()).copied().unwrap_or(0);
        writeln!(out, "| {} | {minutes} | {} |", kind.label(), hours_minutes(minutes))?;
    }
    writeln!(out)?;

    writeln!(out, "### {}\n", t!("report-weeks"))?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---|",
        t!("report-column-week"),
        t!("report-column-days-practised"),
        t!("report-column-minutes"),
        t!("report-column-days-meeting-goal"),
        t!("report-column-met")
    )?;
    for week in &report.weeks {
        writeln!(
            out,
            "| {} | {}/{} | {} | {} | {} |",
            date("report-date", &week.start),
            week.days_practised,
            week.days_in_period,
            week.minutes,
            week.meeting_words(),
            week.met_words()
        )?;
    }
    writeln!(out)?;

    for (heading, shares, label) in report.shares() {
        if shares.is_empty() {
            continue;
        }
        writeln!(out, "### {heading}\n")?;
        writeln!(
            out,
            "| | {} | {} |\n|---|---:|---:|",
            t!("report-column-sessions"),
            t!("report-column-minutes")
        )?;
        for share in shares {
            writeln!(
                out,
                "| {} | {} | {} |",
                cell(&label(&share.name)),
                share.sessions,
                share.minutes
            )?;
        }
        writeln!(out)?;
    }

    if let Some(program) = &report.program {
        writeln!(out, "### {}\n", t!("report-program", program = cell(&program.title)))?;
        writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---:|---:|---|",
            t!("report-column-module"),
            t!("report-column-sessions-practised"),
            t!("report-column-minutes"),
            t!("report-column-complete")
        )?;
        for module in &program.progress.modules {
            let practised = module.sessions.iter().filter(|s| s.times > 0).count();
            let complete = if module.complete {
                t!("report-complete")
            } else {
                String::new()
            };
            writeln!(
                out,
                "| {} | {practised}/{} | {} | {complete} |",
                cell(&module.title),
                module.sessions.len(),
                module.minutes
            )?;
        }
        writeln!(out)?;
    }

    writeln!(out, "## {}\n", t!("report-reflections"))?;
    if report.reflections.is_empty() {
        writeln!(out, "{}", t!("report-no-reflections"))?;
    }
    for reflection in &report.reflections {
        writeln!(out, "### {}\n", reflection.heading(cell))?;
        if let Some(prompt) = &reflection.prompt {
            writeln!(out, "*{}*\n", cell(prompt))?;
        }
        // The note as written, its paragraphs kept; HTML shown as text.
        for line in clean(&reflection.note).lines() {
            let line = line.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            writeln!(out, "> {line}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// "From 1 October 2026 to 31 March 2027 (182 days)".
pub(super) fn period_words(report: &Report) -> String {
    if report.period_to > report.to {
        return t!(
            "report-period-so-far",
            from = date("report-date", &report.from),
            to = date("report-date", &report.to),
            end = date("report-date", &report.period_to),
            days = report.days_in_period
        );
    }
    t!(
        "report-period",
        from = date("report-date", &report.from),
        to = date("report-date", &report.to),
        days = report.days_in_period
    )
}

/// The goal in words, or that there is none.
pub(super) fn goal_words(report: &Report) -> String {
    match report.goal {
        Some(goal) => t!("report-goal", minutes = goal.minutes, days = goal.days),
        None => t!("report-no-goal"),
    }
}

/// The headline figures, one per line.
pub(super) fn figure_lines(report: &Report) -> Vec<String> {
    let mut lines = vec![
        t!(
            "report-minutes-total",
            time = hours_minutes(report.minutes_total),
            minutes = report.minutes_total
        ),
        t!(
            "report-days-practised",
            days = report.days_practised,
            of = report.days_in_period
        ),
        t!("report-sessions", sessions = report.sessions),
        t!("report-calls", calls = report.calls_attended),
    ];
    if let Some(met) = report.weeks_met {
        lines.push(t!("report-weeks-met", met = met, weeks = report.weeks_total));
    }
    lines
}
