//! Making an invitation to sit together, on a session's page: a time today
//! (or tomorrow, if it has passed), whether it comes back, a code to paste
//! into the cohort's chat, and the sit added to a calendar.

use chrono::{DateTime, FixedOffset, NaiveDateTime, NaiveTime, TimeDelta, Utc};

use crate::cohort::{Every, Frequency, Invitation, MAX_SITS, Recurrence};
use crate::session::Duration;

use super::design::{self, Palette, space};
use super::page::card_ui;

/// How often a sit made in the app comes back.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Repeat {
    #[default]
    Once,
    Weekly,
    Fortnightly,
}

impl Repeat {
    const ALL: [Repeat; 3] = [Repeat::Once, Repeat::Weekly, Repeat::Fortnightly];

    fn label(self) -> String {
        match self {
            Repeat::Once => crate::t!("sit-together-once"),
            Repeat::Weekly => crate::t!("sit-together-every-week"),
            Repeat::Fortnightly => crate::t!("sit-together-every-two-weeks"),
        }
    }

    fn every(self) -> Option<Every> {
        let weeks = match self {
            Repeat::Once => return None,
            Repeat::Weekly => 1,
            Repeat::Fortnightly => 2,
        };
        Every::new(Frequency::Weekly, weeks).ok()
    }
}

/// The invitation form, kept between frames.
#[derive(Clone, Debug)]
pub struct SitTogetherForm {
    /// The first bell's time of day, "HH:MM", in local time.
    pub time: String,
    pub repeat: Repeat,
    /// How many sits in all, when the sit comes back.
    pub count: u32,
    /// The invitation made, with its session's id.
    pub made: Option<(String, Invitation)>,
    /// Where "Add to calendar" wrote the event, or why it could not.
    pub calendar_note: Option<Result<String, String>>,
}

impl Default for SitTogetherForm {
    fn default() -> Self {
        Self {
            time: String::new(),
            repeat: Repeat::Once,
            count: 4,
            made: None,
            calendar_note: None,
        }
    }
}

/// What the person asked for on the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SitTogetherAction {
    Make,
    AddToCalendar,
}

impl SitTogetherForm {
    /// The invitation the form describes for the session `session_id` at
    /// `length`: its first bell at the form's time today, or tomorrow when
    /// that has passed at `now`, in the offset `offset_at` gives for that
    /// local time. `None` when the time is not HH:MM.
    pub fn invitation(
        &self,
        session_id: &str,
        length: Option<Duration>,
        now: DateTime<FixedOffset>,
        offset_at: impl Fn(NaiveDateTime) -> FixedOffset,
    ) -> Option<Invitation> {
        let time = NaiveTime::parse_from_str(self.time.trim(), "%H:%M").ok()?;
        let mut start = now.date_naive().and_time(time);
        if start <= now.naive_local() {
            start += TimeDelta::days(1);
        }
        let start = start.and_local_timezone(offset_at(start)).single()?;
        let repeat = self
            .repeat
            .every()
            .and_then(|every| Recurrence::new(every, self.count.clamp(1, MAX_SITS)).ok());
        Some(Invitation {
            session: session_id.to_owned(),
            start: start.with_timezone(&Utc),
            length,
            repeat,
        })
    }
}

/// The "Sit together" section of the page of the session `session_id`, on
/// a card of its own, folded until asked for.
pub fn sit_together_ui(
    ui: &mut egui::Ui,
    form: &mut SitTogetherForm,
    session_id: &str,
    palette: &Palette,
) -> Option<SitTogetherAction> {
    let mut action = None;
    card_ui(ui, palette, |ui| {
        egui::CollapsingHeader::new(crate::t!("sit-together-heading")).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(crate::t!("sit-together-first-bell"));
                ui.add(egui::TextEdit::singleline(&mut form.time).desired_width(60.0))
                    .labelled_by(label.id);
                egui::ComboBox::from_label(crate::t!("sit-together-repeat"))
                    .selected_text(form.repeat.label())
                    .show_ui(ui, |ui| {
                        for repeat in Repeat::ALL {
                            ui.selectable_value(&mut form.repeat, repeat, repeat.label());
                        }
                    });
                if form.repeat != Repeat::Once {
                    let count = ui.add(egui::DragValue::new(&mut form.count).range(2..=MAX_SITS));
                    let label = ui.label(crate::t!("sit-together-sits-in-all", count = form.count));
                    count.labelled_by(label.id);
                }
            });
            ui.add_space(space::XS);
            if ui.button(crate::t!("sit-together-make")).clicked() {
                action = Some(SitTogetherAction::Make);
            }
            let Some((id, invitation)) = &form.made else { return };
            if id != session_id {
                return;
            }
            ui.add_space(space::S);
            let code = invitation.code();
            // The code in a well of its own, easy to find and to copy.
            egui::Frame::new()
                .fill(palette.surface_hovered)
                .corner_radius(egui::CornerRadius::same(design::radius::WIDGET))
                .inner_margin(egui::Margin::symmetric(space::S as i8 + 2, space::S as i8))
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(&code).monospace().color(palette.text));
                });
            ui.horizontal_wrapped(|ui| {
                if ui.button(crate::t!("sit-together-copy-code")).clicked() {
                    ui.ctx().copy_text(code.clone());
                }
                if ui
                    .button(crate::t!("sit-together-add-to-calendar"))
                    .on_hover_text(crate::t!("sit-together-add-to-calendar-hint"))
                    .clicked()
                {
                    action = Some(SitTogetherAction::AddToCalendar);
                }
            });
            if let Some(repeat) = invitation.repeat {
                ui.weak(comes_back(repeat));
            }
            ui.weak(crate::t!("sit-together-same-moment"));
            match &form.calendar_note {
                Some(Ok(note)) => {
                    ui.label(note);
                }
                Some(Err(problem)) => {
                    ui.label(egui::RichText::new(problem).color(palette.warn));
                }
                None => {}
            }
        });
    });
    action
}

/// How a series of sits comes back: "It comes back every 2 weeks, 4 times".
fn comes_back(repeat: Recurrence) -> String {
    let every = repeat.every();
    let (interval, count) = (every.interval(), repeat.count());
    match every.frequency() {
        Frequency::Daily => crate::t!("sit-together-comes-back-daily", days = interval, count = count),
        Frequency::Weekly => crate::t!("sit-together-comes-back-weekly", weeks = interval, count = count),
    }
}
