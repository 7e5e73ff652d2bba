//! The Practice view: the streak and totals, a calendar of the last year,
//! minutes a week, milestones, and the history with its notes; sessions
//! practised elsewhere are added here.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};

use crate::i18n::date;
use crate::practice::{
    CALENDAR_WEEKS, Entry, GoalProgress, HowEnded, JournalQuery, ManualError, Practice, Record, Stats, hours_minutes,
    journal,
};
use crate::report::Reflections;
use crate::session::{Domain, Named};
use crate::t;

use super::design::{self, Palette, space};
use super::page::{Page, accent_dot_ui, card_ui, section_heading_ui};
use crate::practice::PracticeState;

/// How many history entries show at first, and how many more each time.
const HISTORY_PAGE: usize = 30;

/// What the practitioner is typing on the Practice view.
#[derive(Clone, Debug, Default)]
pub struct PracticeForm {
    pub date: String,
    pub time: String,
    pub minutes: String,
    pub note: String,
    /// The kind of practice being added.
    pub practice: Practice,
    /// Why the last "Add" did not add.
    pub error: Option<String>,
    /// The entry whose note is being edited, and the text so far.
    pub editing: Option<(String, String)>,
    /// How many history entries are shown.
    pub shown: usize,
    /// The journal's search and filters.
    pub journal: JournalForm,
    /// The report asked for, and how it went.
    pub report: ReportForm,
}

/// A report as asked for on My practice.
#[derive(Clone, Debug, Default)]
pub struct ReportForm {
    /// The period's first and last days, as typed (YYYY-MM-DD).
    pub from: String,
    pub to: String,
    /// The name to print on the cover.
    pub name: String,
    pub reflections: Reflections,
    /// A PDF, else Markdown.
    pub markdown: bool,
    pub status: Option<ReportStatus>,
}

/// How the report asked for went.
#[derive(Clone, Debug, PartialEq)]
pub enum ReportStatus {
    Making,
    Written(std::path::PathBuf),
    Failed(String),
}

/// A report to make: the period, the name, which notes, and the format.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportAsk {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub name: Option<String>,
    pub reflections: Reflections,
    pub markdown: bool,
}

/// What the journal is asked for, as typed, and what it found.
#[derive(Clone, Debug, Default)]
pub struct JournalForm {
    pub words: String,
    pub practice: Option<Practice>,
    /// The period's first and last days, as typed (YYYY-MM-DD), or empty.
    pub from: String,
    pub to: String,
    pub marked_only: bool,
    /// How many entries are shown.
    pub shown: usize,
    /// The last search: what was asked, of which reading of the log, and
    /// the entries found.
    found: Option<(JournalQuery, u64, Vec<usize>)>,
}

impl JournalForm {
    /// The query the form asks, and why a typed date cannot be read.
    fn query(&self) -> (JournalQuery, Option<String>) {
        let mut problem = None;
        let mut day = |text: &str| {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
            if day.is_none() {
                problem = Some(t!("practice-form-not-a-date", given = text));
            }
            day
        };
        let query = JournalQuery {
            words: self.words.clone(),
            practice: self.practice,
            from: day(&self.from),
            to: day(&self.to),
            marked_only: self.marked_only,
        };
        (query, problem)
    }

    /// The entries found for the form, searched again only when the form
    /// or the log changed.
    fn found(&mut self, practice: &PracticeState) -> (&[usize], Option<String>) {
        let (query, problem) = self.query();
        let fresh =
            matches!(&self.found, Some((asked, revision, _)) if *asked == query && *revision == practice.revision);
        if !fresh {
            let found = journal(&practice.loaded.entries, &practice.rules, &query);
            self.found = Some((query, practice.revision, found));
        }
        (self.found.as_ref().map_or(&[][..], |(_, _, found)| found), problem)
    }
}

impl PracticeForm {
    pub fn new(now: DateTime<FixedOffset>) -> Self {
        Self {
            date: now.format("%Y-%m-%d").to_string(),
            time: now.format("%H:%M").to_string(),
            minutes: "10".into(),
            shown: HISTORY_PAGE,
            journal: JournalForm {
                shown: HISTORY_PAGE,
                ..Default::default()
            },
            // The last six months, as a certification cycle runs.
            report: ReportForm {
                from: (now.date_naive() - chrono::TimeDelta::days(182))
                    .format("%Y-%m-%d")
                    .to_string(),
                to: now.format("%Y-%m-%d").to_string(),
                ..Default::default()
            },
            ..Default::default()
        }
    }
}

/// "Today: 12 min · 5 days in a row": a line for the library.
pub fn today_at_a_glance(practice: &PracticeState) -> String {
    let stats = &practice.stats;
    let today = match stats.today_secs {
        0 => t!("practice-today-nothing-yet"),
        1..60 => t!("practice-today-under-a-minute"),
        _ => t!("practice-today-minutes", minutes = stats.today_minutes),
    };
    if practice.rules.show_streaks && stats.current_streak_days > 0 {
        t!(
            "practice-today-and-streak",
            today = today,
            streak = t!("practice-days-in-a-row", days = stats.current_streak_days)
        )
    } else {
        today
    }
}

/// What a press on the Practice view asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum PracticeAction {
    Back,
    DismissNotices,
    /// Write these to the log: an entry added, a note kept.
    Write(Vec<Record>),
    /// Delete the entry with this id, with a way to undo it.
    Delete(String),
    /// Bring back the entry deleted last.
    Undo(String),
    /// Make this report, off the frame.
    MakeReport(ReportAsk),
    /// Open the report made.
    OpenReport(std::path::PathBuf),
}

/// The Practice view of `practice`; `form` is what is being typed.
pub fn practice_ui(ui: &mut egui::Ui, practice: &PracticeState, form: &mut PracticeForm) -> Option<PracticeAction> {
    let mut action = None;
    let title = t!("practice-heading");
    let page = Page {
        back: t!("practice-back"),
        width: space::WIDE_WIDTH,
        ..Page::reading("practice", &title)
    };
    let back = page.show(ui, |ui, palette| {
        if !practice.notices.is_empty() {
            for notice in &practice.notices {
                ui.label(egui::RichText::new(notice.words()).color(palette.warn));
            }
            if ui.button(t!("practice-dismiss")).clicked() {
                action = Some(PracticeAction::DismissNotices);
            }
            ui.add_space(space::S);
        }
        if let Some(problem) = practice.write_problem() {
            ui.label(egui::RichText::new(problem).color(palette.warn));
            ui.add_space(space::S);
        }
        card_ui(ui, palette, |ui| summary_ui(practice, ui, palette));
        if let Some(progress) = &practice.stats.goal {
            section_heading_ui(ui, &t!("practice-goal-heading"), None);
            card_ui(ui, palette, |ui| goal_ui(progress, ui, palette));
        }
        section_heading_ui(ui, &t!("practice-last-year"), None);
        card_ui(ui, palette, |ui| calendar_ui(&practice.stats, ui, palette));
        section_heading_ui(ui, &t!("practice-minutes-a-week"), None);
        card_ui(ui, palette, |ui| weeks_ui(&practice.stats, ui, palette));
        section_heading_ui(ui, &t!("practice-journal"), None);
        card_ui(ui, palette, |ui| {
            if let Some(asked) = journal_ui(practice, &mut form.journal, ui, palette) {
                action = Some(asked);
            }
        });
        section_heading_ui(ui, &t!("practice-report"), None);
        card_ui(ui, palette, |ui| {
            if let Some(asked) = report_ui(&mut form.report, practice.stats.today, ui, palette) {
                action = Some(asked);
            }
        });
        domains_and_milestones_ui(practice, ui, palette);
        section_heading_ui(ui, &t!("practice-form-heading"), None);
        card_ui(ui, palette, |ui| {
            if let Some(added) = add_form_ui(practice, form, ui, palette) {
                action = Some(added);
            }
        });
        section_heading_ui(ui, &t!("practice-history"), None);
        if let Some(asked) = history_ui(practice, form, ui, palette) {
            action = Some(asked);
        }
    });
    if back {
        action = Some(PracticeAction::Back);
    }
    action
}

fn summary_ui(practice: &PracticeState, ui: &mut egui::Ui, palette: &Palette) {
    let stats = &practice.stats;
    if stats.sessions == 0 {
        ui.label(t!("practice-nothing-logged"));
        return;
    }
    if practice.rules.show_streaks {
        let days = stats.current_streak_days;
        let line = match (days, stats.streak_includes_today) {
            (0, _) => t!("practice-streak-new"),
            (_, true) => t!("practice-streak-with-today", days = days),
            (_, false) => t!("practice-streak-waiting-for-today", days = days),
        };
        ui.label(
            egui::RichText::new(line)
                .family(design::strong_family())
                .size(design::size::HEADING + 1.0),
        );
        ui.weak(t!("practice-streak-longest", days = stats.longest_streak_days));
        ui.add_space(space::S);
    }
    ui.label(t!(
        "practice-today-and-this-week",
        today = stats.today_minutes,
        this_week = stats.this_week_minutes
    ));
    ui.label(
        egui::RichText::new(t!(
            "practice-in-all",
            time = hours_minutes(stats.total_minutes),
            sessions = stats.sessions,
            days = stats.days_practised,
            average = stats.average_session_minutes
        ))
        .color(palette.text_weak),
    );
}

/// "Make a report": the period, the name, which reflections, the format;
/// then how the last one went.
fn report_ui(form: &mut ReportForm, today: NaiveDate, ui: &mut egui::Ui, palette: &Palette) -> Option<PracticeAction> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        for (label, text) in [
            (t!("practice-journal-from"), &mut form.from),
            (t!("practice-journal-to"), &mut form.to),
        ] {
            let label = ui.label(label);
            ui.add(egui::TextEdit::singleline(text).desired_width(100.0))
                .labelled_by(label.id);
        }
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("practice-report-name"));
        ui.add(egui::TextEdit::singleline(&mut form.name).desired_width(220.0))
            .labelled_by(label.id);
        let label = ui.label(t!("practice-report-reflections"));
        let words = |r: Reflections| match r {
            Reflections::Marked => t!("practice-report-reflections-marked"),
            Reflections::None => t!("practice-report-reflections-none"),
            Reflections::All => t!("practice-report-reflections-all"),
        };
        egui::ComboBox::from_id_salt("report-reflections")
            .selected_text(words(form.reflections))
            .show_ui(ui, |ui| {
                for choice in [Reflections::Marked, Reflections::None, Reflections::All] {
                    ui.selectable_value(&mut form.reflections, choice, words(choice));
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        ui.radio_value(&mut form.markdown, false, "PDF");
        ui.radio_value(&mut form.markdown, true, "Markdown");
    });
    let making = form.status == Some(ReportStatus::Making);
    if ui
        .add_enabled(!making, egui::Button::new(t!("practice-report-make")))
        .clicked()
    {
        let day = |text: &str| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d");
        match (day(&form.from), day(&form.to)) {
            (Ok(from), Ok(to)) => match crate::report::check_period(from, to, today) {
                Ok(()) => {
                    let name = form.name.trim();
                    action = Some(PracticeAction::MakeReport(ReportAsk {
                        from,
                        to,
                        name: (!name.is_empty()).then(|| name.to_owned()),
                        reflections: form.reflections,
                        markdown: form.markdown,
                    }));
                }
                Err(problem) => form.status = Some(ReportStatus::Failed(problem.to_string())),
            },
            (Err(_), _) => {
                form.status = Some(ReportStatus::Failed(t!(
                    "practice-form-not-a-date",
                    given = form.from.trim()
                )))
            }
            (_, Err(_)) => {
                form.status = Some(ReportStatus::Failed(t!(
                    "practice-form-not-a-date",
                    given = form.to.trim()
                )))
            }
        }
    }
    match &form.status {
        None => {}
        Some(ReportStatus::Making) => {
            ui.weak(t!("practice-report-making"));
        }
        Some(ReportStatus::Written(path)) => {
            ui.label(t!("practice-report-written", file = path.display().to_string()));
            if ui.button(t!("practice-report-open")).clicked() {
                action = Some(PracticeAction::OpenReport(path.clone()));
            }
        }
        Some(ReportStatus::Failed(problem)) => {
            ui.label(egui::RichText::new(problem).color(palette.warn));
        }
    }
    action
}

/// The journal: the search and filters, then each entry with a note,
/// newest first, with its session, kind, prompt and feelings.
fn journal_ui(
    practice: &PracticeState,
    form: &mut JournalForm,
    ui: &mut egui::Ui,
    palette: &Palette,
) -> Option<PracticeAction> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        super::widgets::named(
            ui.add(
                egui::TextEdit::singleline(&mut form.words)
                    .hint_text(t!("practice-journal-search"))
                    .desired_width(220.0),
            ),
            &t!("practice-journal-search"),
        );
        let label = ui.label(t!("practice-journal-kind"));
        let every = t!("practice-journal-every-kind");
        egui::ComboBox::from_id_salt("journal-kind")
            .selected_text(form.practice.map_or_else(|| every.clone(), Practice::label))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut form.practice, None, every.as_str());
                for kind in Practice::ALL {
                    ui.selectable_value(&mut form.practice, Some(*kind), kind.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.horizontal_wrapped(|ui| {
        for (label, text) in [
            (t!("practice-journal-from"), &mut form.from),
            (t!("practice-journal-to"), &mut form.to),
        ] {
            let label = ui.label(label);
            ui.add(
                egui::TextEdit::singleline(text)
                    .hint_text("2026-10-01")
                    .desired_width(100.0),
            )
            .labelled_by(label.id);
        }
        ui.checkbox(&mut form.marked_only, t!("practice-journal-marked-only"));
    });
    let shown = form.shown.max(HISTORY_PAGE);
    let (found, problem) = form.found(practice);
    let found: Vec<usize> = found.to_vec();
    if let Some(problem) = problem {
        ui.label(egui::RichText::new(problem).color(palette.warn));
    }
    ui.weak(t!("practice-journal-count", count = found.len()));
    for at in found.iter().take(shown) {
        let Some(entry) = practice.loaded.entries.get(*at) else {
            continue;
        };
        ui.add_space(space::S);
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(date("practice-date-entry", &entry.start)).strong());
            ui.label(super::bidi::visual(&entry.shown_title(), None));
            if let Some(kind) = entry.kind_beside_title() {
                ui.weak(kind);
            }
            if let (Some(before), Some(after)) = (entry.feeling_before, entry.feeling_after) {
                ui.weak(t!(
                    "practice-history-feeling",
                    before = before.get(),
                    after = after.get()
                ));
            }
        });
        if let Some(prompt) = &entry.prompt {
            ui.label(
                egui::RichText::new(super::bidi::visual(prompt, None))
                    .italics()
                    .color(palette.text_weak),
            );
        }
        if let Some(note) = &entry.note {
            ui.label(super::bidi::visual(note, None));
        }
        replaced_notes_ui(practice, &entry.id, ui, palette);
        let mut marked = entry.portfolio;
        if ui.checkbox(&mut marked, t!("practice-history-portfolio")).changed() {
            let id = entry.id.clone();
            action = Some(PracticeAction::Write(vec![if marked {
                Record::Mark { id }
            } else {
                Record::Unmark { id }
            }]));
        }
    }
    if found.len() > shown && ui.button(t!("practice-journal-show-more")).clicked() {
        form.shown = shown + HISTORY_PAGE;
    }
    action
}

/// The weekly goal: this week so far, and a mark for each of the last
/// weeks, filled where the goal was met.
/// The notes of entry `id` that an edit on another computer replaced:
/// kept, and shown beneath the note that stands.
fn replaced_notes_ui(practice: &PracticeState, id: &str, ui: &mut egui::Ui, palette: &Palette) {
    for replaced in practice.loaded.replaced_notes(id) {
        ui.label(
            egui::RichText::new(t!("practice-history-replaced-note"))
                .small()
                .color(palette.text_weak),
        );
        ui.label(egui::RichText::new(super::bidi::visual(&replaced.note, None)).color(palette.text_weak));
    }
}

fn goal_ui(progress: &GoalProgress, ui: &mut egui::Ui, palette: &Palette) {
    let goal = progress.goal;
    let week = &progress.this_week;
    ui.label(
        egui::RichText::new(t!(
            "practice-goal-this-week",
            days = week.days_meeting_goal,
            wanted = goal.days
        ))
        .family(design::strong_family())
        .size(design::size::HEADING),
    );
    ui.weak(t!("practice-goal", minutes = goal.minutes, days = goal.days));
    if progress.weeks.is_empty() {
        return;
    }
    ui.add_space(space::S);
    let met = progress.weeks.iter().filter(|w| w.met).count();
    let summary = t!("practice-goal-weeks-met", met = met, weeks = progress.weeks.len());
    ui.label(&summary);
    let (cell, gap) = (14.0, 4.0);
    let size = egui::vec2(progress.weeks.len() as f32 * (cell + gap), cell);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &summary));
    let painter = ui.painter_at(rect);
    for (i, week) in progress.weeks.iter().enumerate() {
        let at = rect.min + egui::vec2(i as f32 * (cell + gap), 0.0);
        let square = egui::Rect::from_min_size(at, egui::vec2(cell, cell));
        if week.met {
            painter.rect_filled(square, 3.0, palette.accent);
        } else {
            painter.rect_stroke(
                square,
                3.0,
                egui::Stroke::new(1.0, palette.line),
                egui::StrokeKind::Inside,
            );
        }
    }
}

/// How strongly a day is coloured: 0 for none, up to 4.
fn shade(secs: u64) -> u8 {
    match secs {
        0 => 0,
        1..600 => 1,
        600..1200 => 2,
        1200..2400 => 3,
        _ => 4,
    }
}

/// A day's colour at `level` (see [`shade`]): from a quiet cell for a day
/// without practice to the accent for a long one.
fn shade_color(palette: &Palette, level: u8) -> egui::Color32 {
    let empty = palette.surface_hovered.lerp_to_gamma(palette.line, 0.6);
    match level {
        0 => empty,
        level => empty.lerp_to_gamma(palette.accent, 0.1 + 0.225 * f32::from(level)),
    }
}

/// A week per column, the locale's first weekday at the top, the last 52
/// weeks.
fn calendar_ui(stats: &Stats, ui: &mut egui::Ui, palette: &Palette) {
    let calendar = &stats.calendar;
    let gap = 2.0;
    // As large as the card allows, up to a comfortable square.
    let cell = (ui.available_width() / CALENDAR_WEEKS as f32 - gap).clamp(4.0, 12.0);
    let size = egui::vec2(CALENDAR_WEEKS as f32 * (cell + gap), 7.0 * (cell + gap));
    let practised = calendar.secs.iter().filter(|s| **s > 0).count();
    let summary = t!(
        "practice-calendar-summary",
        practised = practised,
        days = calendar.secs.len()
    );
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &summary));
    let painter = ui.painter_at(rect);
    let mut hovered = None;
    for (index, secs) in calendar.secs.iter().enumerate() {
        let (column, row) = (index / 7, index % 7);
        let min = rect.min + egui::vec2(column as f32 * (cell + gap), row as f32 * (cell + gap));
        let square = egui::Rect::from_min_size(min, egui::vec2(cell, cell));
        painter.rect_filled(square, 2.0, shade_color(palette, shade(*secs)));
        if response.hovered()
            && response
                .hover_pos()
                .is_some_and(|p| square.expand(gap / 2.0).contains(p))
        {
            hovered = Some((calendar.day(index), *secs));
            painter.rect_stroke(
                square,
                2.0,
                egui::Stroke::new(1.5, palette.text),
                egui::StrokeKind::Outside,
            );
        }
    }
    if let Some((day, secs)) = hovered {
        response.on_hover_text(t!(
            "practice-calendar-day",
            day = date("date-weekday-day-month-year", &day),
            minutes = crate::practice::minutes(secs)
        ));
    }
    ui.add_space(space::XS);
    ui.weak(summary);
}

fn weeks_ui(stats: &Stats, ui: &mut egui::Ui, palette: &Palette) {
    let most = stats.weeks.iter().map(|w| w.minutes).max().unwrap_or(0).max(1);
    let gap = 6.0;
    // As wide as the card allows, up to a comfortable bar.
    let bar_width = (ui.available_width() / stats.weeks.len().max(1) as f32 - gap).clamp(6.0, 52.0);
    let height = 96.0;
    let size = egui::vec2(stats.weeks.len() as f32 * (bar_width + gap), height);
    let described: Vec<String> = stats
        .weeks
        .iter()
        .map(|w| {
            t!(
                "practice-week-bar",
                week = date("practice-date-day-short-month", &w.week_start),
                minutes = w.minutes
            )
        })
        .collect();
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, described.join("; ")));
    let painter = ui.painter_at(rect);
    let mut hovered = None;
    for (i, week) in stats.weeks.iter().enumerate() {
        let x = rect.min.x + i as f32 * (bar_width + gap);
        let tall = (week.minutes as f32 / most as f32) * (height - 4.0);
        let bar = egui::Rect::from_min_max(
            egui::pos2(x, rect.max.y - tall.max(1.0)),
            egui::pos2(x + bar_width, rect.max.y),
        );
        painter.rect_filled(bar, 3.0, shade_color(palette, if week.minutes == 0 { 0 } else { 3 }));
        let column = egui::Rect::from_min_max(egui::pos2(x, rect.min.y), egui::pos2(x + bar_width, rect.max.y));
        if response.hover_pos().is_some_and(|p| column.contains(p)) {
            hovered = Some(i);
        }
    }
    if let Some(i) = hovered {
        response.on_hover_text(described[i].clone());
    }
    if let Some(first) = stats.weeks.first() {
        ui.add_space(space::XS);
        ui.weak(t!(
            "practice-weeks-range",
            first_week = date("practice-date-day-month", &first.week_start),
            most = most
        ));
    }
}

fn domains_and_milestones_ui(practice: &PracticeState, ui: &mut egui::Ui, palette: &Palette) {
    let stats = &practice.stats;
    if !stats.minutes_by_domain.is_empty() {
        section_heading_ui(ui, &t!("practice-by-domain"), None);
        card_ui(ui, palette, |ui| {
            for domain in &stats.minutes_by_domain {
                ui.horizontal(|ui| {
                    // Each domain beside its colour, as in the library.
                    match Domain::from_name(&domain.domain) {
                        Some(known) => accent_dot_ui(ui, design::domain_accent(known, ui.ctx().theme())),
                        None => accent_dot_ui(ui, palette.line),
                    }
                    ui.label(t!(
                        "practice-domain-time",
                        domain = domain_label(&domain.domain),
                        time = hours_minutes(domain.minutes)
                    ));
                });
            }
        });
    }
    let shown: Vec<_> = stats
        .milestones
        .iter()
        .filter(|m| practice.rules.show_streaks || !m.id.starts_with("streak-"))
        .collect();
    if shown.iter().any(|m| m.reached.is_some()) {
        section_heading_ui(ui, &t!("practice-milestones"), None);
        card_ui(ui, palette, |ui| {
            for milestone in shown.iter().filter(|m| m.reached.is_some()) {
                if let Some(on) = milestone.reached {
                    ui.label(t!(
                        "practice-milestone-reached",
                        milestone = milestone.title.as_str(),
                        date = date("practice-date-day-month-year", &on)
                    ));
                }
            }
            if let Some(next) = shown.iter().find(|m| m.reached.is_none()) {
                ui.add_space(space::XS);
                // Within a sentence: "Still ahead: your first session".
                ui.weak(t!("practice-milestone-ahead", milestone = next.title.to_lowercase()));
            }
        });
    }
}

fn domain_label(domain: &str) -> String {
    match domain {
        "mindfulness" => t!("practice-domain-mindfulness"),
        "compassion" => t!("practice-domain-compassion"),
        "well-being" => t!("practice-domain-well-being"),
        "timer" => t!("practice-domain-timer"),
        "other" => t!("practice-domain-other"),
        // A domain an import or a newer version named: its own word.
        other => other.to_owned(),
    }
}

/// Parses the form's date, time and minutes into an entry.
fn entry_from_form(practice: &PracticeState, form: &PracticeForm) -> Result<Entry, String> {
    let day = NaiveDate::parse_from_str(form.date.trim(), "%Y-%m-%d")
        .map_err(|_| t!("practice-form-not-a-date", given = form.date.trim()))?;
    let time = NaiveTime::parse_from_str(form.time.trim(), "%H:%M")
        .map_err(|_| t!("practice-form-not-a-time", given = form.time.trim()))?;
    let minutes: u64 = form
        .minutes
        .trim()
        .parse()
        .map_err(|_| t!("practice-form-not-minutes", given = form.minutes.trim()))?;
    let local = NaiveDateTime::new(day, time);
    let offset = practice.offset_at(local);
    let start = local
        .and_local_timezone(offset)
        .single()
        .ok_or_else(|| t!("practice-form-no-such-time"))?;
    let now = practice.now().with_timezone(&chrono::Utc);
    Entry::manual(start, minutes, None, form.practice, Some(&form.note), now).map_err(|e| match e {
        ManualError::Minutes { given } => {
            t!(
                "practice-form-minutes-out-of-range",
                most = crate::practice::MAX_MANUAL_MINUTES,
                given = given
            )
        }
        ManualError::Future { .. } => t!(
            "practice-form-in-the-future",
            start = date("practice-date-entry", &start)
        ),
    })
}

/// The form to add a session practised elsewhere; returns the entry to
/// write once "Add" is pressed on a form that makes one.
fn add_form_ui(
    practice: &PracticeState,
    form: &mut PracticeForm,
    ui: &mut egui::Ui,
    palette: &Palette,
) -> Option<PracticeAction> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        // Rows as tall as a field, so every pair sits on the same line.
        let margin = egui::vec2(space::S, 6.0);
        ui.set_row_height(ui.text_style_height(&egui::TextStyle::Body) + 2.0 * margin.y);
        // Each field beside its label, wide enough for what it holds.
        for (label, text, width) in [
            (t!("practice-form-date"), &mut form.date, 124.0),
            (t!("practice-form-time"), &mut form.time, 72.0),
            (t!("practice-form-minutes"), &mut form.minutes, 52.0),
        ] {
            let label = ui.label(label);
            ui.add(egui::TextEdit::singleline(text).margin(margin).desired_width(width))
                .labelled_by(label.id);
            ui.add_space(space::S);
        }
    });
    ui.add_space(space::XS);
    ui.horizontal(|ui| {
        let label = ui.label(t!("practice-form-kind"));
        egui::ComboBox::from_id_salt("practice-kind")
            .selected_text(form.practice.label())
            .show_ui(ui, |ui| {
                for kind in Practice::ALL {
                    ui.selectable_value(&mut form.practice, *kind, kind.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.add_space(space::XS);
    super::widgets::named(
        ui.add(
            egui::TextEdit::singleline(&mut form.note)
                .hint_text(t!("practice-form-note-hint"))
                .desired_width(ui.available_width().min(space::READING_WIDTH)),
        ),
        &t!("practice-form-note-hint"),
    );
    ui.add_space(space::S);
    if ui.button(t!("practice-form-add")).clicked() {
        match entry_from_form(practice, form) {
            Ok(entry) => {
                action = Some(PracticeAction::Write(vec![Record::Entry(entry)]));
                form.note.clear();
                form.error = None;
            }
            Err(reason) => form.error = Some(reason),
        }
    }
    if let Some(error) = &form.error {
        ui.label(egui::RichText::new(error).color(palette.warn));
    }
    action
}

/// What the practitioner asked of the history this frame.
enum HistoryAction {
    EditNote(String),
    SaveNote,
    CancelNote,
    Delete(String),
    Undo(String),
    ShowMore,
    /// Choose the entry for the portfolio, or take it out.
    Portfolio(String, bool),
}

/// The history, newest first, with its notes; returns what is to be
/// written or deleted. Editing a note and showing more change the form.
fn history_ui(
    practice: &PracticeState,
    form: &mut PracticeForm,
    ui: &mut egui::Ui,
    palette: &Palette,
) -> Option<PracticeAction> {
    let mut action = None;
    if let Some(id) = practice.undo.clone()
        && let Some(entry) = practice.loaded.deleted.iter().find(|e| e.id == id)
    {
        ui.horizontal(|ui| {
            // A title in Arabic or Hebrew inside the sentence reads as written.
            ui.label(super::bidi::visual(
                &t!(
                    "practice-history-deleted",
                    title = entry.title.as_str(),
                    day = date("practice-date-day-month", &entry.start)
                ),
                None,
            ));
            if ui.button(t!("practice-history-undo")).clicked() {
                action = Some(HistoryAction::Undo(id.clone()));
            }
        });
    }
    let entries = &practice.loaded.entries;
    if entries.is_empty() {
        ui.weak(t!("practice-history-empty"));
    }
    let shown = form.shown.max(HISTORY_PAGE);
    let mut order: Vec<&Entry> = entries.iter().collect();
    order.sort_by_key(|entry| std::cmp::Reverse(entry.start_utc()));
    let theme = ui.ctx().theme();
    if !order.is_empty() {
        card_ui(ui, palette, |ui| {
            for (index, entry) in order.iter().take(shown).enumerate() {
                if index > 0 {
                    ui.add_space(space::XS);
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(ui.available_width(), 1.0), egui::Sense::hover());
                    ui.painter()
                        .hline(rect.x_range(), rect.center().y, egui::Stroke::new(1.0, palette.line));
                    ui.add_space(space::XS);
                }
                ui.horizontal_wrapped(|ui| {
                    // The session's domain beside it, as in the library.
                    let accent = entry
                        .domain
                        .as_deref()
                        .and_then(Domain::from_name)
                        .map_or(palette.line, |domain| design::domain_accent(domain, theme));
                    accent_dot_ui(ui, accent);
                    ui.label(egui::RichText::new(date("practice-date-entry", &entry.start)).strong());
                    ui.label(super::bidi::visual(&entry.shown_title(), None));
                    if let Some(kind) = entry.kind_beside_title() {
                        ui.weak(kind);
                    }
                    ui.weak(t!("practice-minutes", minutes = entry.practised_minutes()));
                    match entry.ended {
                        HowEnded::Completed => {}
                        HowEnded::EndedEarly => {
                            ui.weak(t!("practice-history-ended-early"));
                        }
                        HowEnded::Interrupted => {
                            ui.weak(t!("practice-history-interrupted"));
                        }
                    }
                    if let (Some(before), Some(after)) = (entry.feeling_before, entry.feeling_after) {
                        ui.weak(t!(
                            "practice-history-feeling",
                            before = before.get(),
                            after = after.get()
                        ));
                    }
                });
                match &mut form.editing {
                    Some((id, text)) if *id == entry.id => {
                        super::widgets::named(
                            ui.add(
                                egui::TextEdit::multiline(text)
                                    .desired_rows(2)
                                    .desired_width(ui.available_width().min(space::READING_WIDTH))
                                    .hint_text(t!("practice-history-note-hint")),
                            ),
                            &t!("practice-history-note-hint"),
                        );
                        ui.horizontal(|ui| {
                            if ui.button(t!("practice-history-save-note")).clicked() {
                                action = Some(HistoryAction::SaveNote);
                            }
                            if ui.button(t!("practice-history-cancel")).clicked() {
                                action = Some(HistoryAction::CancelNote);
                            }
                        });
                    }
                    _ => {
                        if let Some(note) = &entry.note {
                            ui.label(note);
                        }
                        replaced_notes_ui(practice, &entry.id, ui, palette);
                        ui.horizontal(|ui| {
                            let edit = if entry.note.is_some() {
                                t!("practice-history-edit-note")
                            } else {
                                t!("practice-history-add-note")
                            };
                            if ui.small_button(edit).clicked() {
                                action = Some(HistoryAction::EditNote(entry.id.clone()));
                            }
                            let mut marked = entry.portfolio;
                            if ui.checkbox(&mut marked, t!("practice-history-portfolio")).changed() {
                                action = Some(HistoryAction::Portfolio(entry.id.clone(), marked));
                            }
                            if ui.small_button(t!("practice-history-delete")).clicked() {
                                action = Some(HistoryAction::Delete(entry.id.clone()));
                            }
                        });
                    }
                }
            }
        });
    }
    ui.add_space(space::S);
    if order.len() > shown && ui.button(t!("practice-history-show-more")).clicked() {
        action = Some(HistoryAction::ShowMore);
    }
    let action = action?;
    let find = |id: &str| practice.loaded.entries.iter().find(|e| e.id == id).cloned();
    match action {
        HistoryAction::EditNote(id) => {
            let note = find(&id).and_then(|e| e.note).unwrap_or_default();
            form.editing = Some((id, note));
            None
        }
        HistoryAction::SaveNote => {
            let (id, text) = form.editing.take()?;
            let entry = find(&id)?;
            let text = text.trim();
            let over = practice.loaded.note_clock(&id);
            Some(PracticeAction::Write(vec![Record::Edit {
                id,
                note: (!text.is_empty()).then(|| text.to_owned()),
                feeling_before: entry.feeling_before,
                feeling_after: entry.feeling_after,
                prompt: None,
                over,
            }]))
        }
        HistoryAction::CancelNote => {
            form.editing = None;
            None
        }
        HistoryAction::Delete(id) => Some(PracticeAction::Delete(id)),
        HistoryAction::Undo(id) => Some(PracticeAction::Undo(id)),
        HistoryAction::ShowMore => {
            form.shown = shown + HISTORY_PAGE;
            None
        }
        HistoryAction::Portfolio(id, true) => Some(PracticeAction::Write(vec![Record::Mark { id }])),
        HistoryAction::Portfolio(id, false) => Some(PracticeAction::Write(vec![Record::Unmark { id }])),
    }
}
