//! A session's page: what it is, its length, a picture of its timeline
//! and Start on one card in its domain's colour; then its description,
//! and what authors and cohorts do with it, folded until asked for.
//!
//! The page is given what it shows and the few values its controls
//! change in place, and says what the person asked for as a
//! [`SessionPageAction`], which the app carries out: it can be read,
//! tested and restyled alone.

use crate::session::{Duration, Length, Session};
use crate::timeline::Timeline;

use super::app::Export;
use super::bidi::{Direction, paragraph_ui, visual};
use super::design::{self, space};
use super::page::{Page, accent_dot_ui, band_card_ui, card_ui};
use super::sit_together_view::{SitTogetherAction, SitTogetherForm, sit_together_ui};
use super::voice_view::{VoiceAction, VoiceView, voice_ui};
use super::widgets::timeline_picture_ui;

/// What a session's page shows: the session, and what the app knows
/// about it.
pub struct SessionPageView<'a> {
    /// The session, in the practitioner's language where it has a
    /// version in it.
    pub session: &'a Session,
    /// The languages it has versions in.
    pub languages: &'a [&'a str],
    /// Its saving as a WAV file, once asked for.
    pub export: Option<&'a Export>,
    /// Its recording section, for a session from the user's own folder.
    pub voice: Option<VoiceView<'a>>,
}

/// What the page's controls change in place, kept by the app from frame
/// to frame.
pub struct SessionPageForm<'a> {
    /// The length chosen for a flexible session, in minutes (`None` for
    /// any other).
    pub minutes: Option<&'a mut u32>,
    /// The step a preview starts from.
    pub preview_step: &'a mut usize,
    /// The invitation to sit together being made.
    pub sit_together: &'a mut SitTogetherForm,
}

/// What a press on a session's page asks for. A length is the one chosen
/// on the page, for a flexible session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionPageAction {
    /// Back to the library.
    Back,
    /// The session in the player.
    Start(Option<Duration>),
    /// An author's preview at `speed`, from step `from_step`.
    Preview {
        length: Option<Duration>,
        speed: u32,
        from_step: usize,
    },
    /// The session written to a WAV file in the exports folder.
    SaveWav(Option<Duration>),
    /// The exports folder in the file manager.
    OpenExports,
    /// The invitation to sit together made, or added to a calendar.
    SitTogether(SitTogetherAction, Option<Duration>),
    /// Recording a step's guidance.
    Voice(VoiceAction),
}

/// A session's page. Returns what was asked for, if anything.
pub fn session_page_ui(ui: &mut egui::Ui, view: &SessionPageView, form: SessionPageForm) -> Option<SessionPageAction> {
    let session = view.session;
    let SessionPageForm {
        minutes,
        preview_step,
        sit_together,
    } = form;
    let mut action = None;
    // The session's words read the way its language does.
    let direction = Direction::of_language(&session.language);
    let accent = design::domain_accent(session.domain, ui.ctx().theme());
    let page = Page {
        direction,
        ..Page::reading("session", &session.title)
    };
    let back = page.show(ui, |ui, palette| {
        // Its domain in the domain's colour, and who wrote it.
        ui.horizontal_wrapped(|ui| {
            accent_dot_ui(ui, accent);
            let domain = match session.lens {
                Some(lens) => crate::t!(
                    "session-domain-and-lens",
                    domain = session.domain.label(),
                    lens = lens.label()
                ),
                None => session.domain.label(),
            };
            ui.label(egui::RichText::new(domain).color(accent));
            if !session.author.is_empty() {
                ui.weak(crate::t!("library-by-author", author = session.author.as_str()));
            }
        });
        ui.add_space(space::XS);
        paragraph_ui(
            ui,
            egui::RichText::new(&session.summary).size(design::size::BODY + 1.0),
            direction,
        );
        ui.add_space(space::M);
        // What it takes to begin, together: the length, the shape of the
        // session, and Start.
        let length = band_card_ui(ui, palette, accent, direction, |ui| {
            let length = length_ui(ui, session, minutes);
            let timeline = Timeline::compile(session, length, &[], 1000);
            timeline_picture_ui(ui, &timeline, None);
            ui.add_space(space::M);
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add(design::primary_button(crate::t!("session-start"), palette))
                    .clicked()
                {
                    action = Some(SessionPageAction::Start(length));
                }
                ui.add_space(space::S);
                if view.export.is_none_or(|e| e.outcome.is_some())
                    && ui
                        .button(crate::t!("session-save-wav"))
                        .on_hover_text(crate::t!("session-save-wav-hint"))
                        .clicked()
                {
                    action = Some(SessionPageAction::SaveWav(length));
                }
            });
            if export_note_ui(ui, view.export, palette) {
                action = Some(SessionPageAction::OpenExports);
            }
            length
        });
        if !session.description.is_empty() {
            ui.add_space(space::L);
            for paragraph in session.description.split("\n\n") {
                paragraph_ui(ui, paragraph, direction);
                ui.add_space(space::XS);
            }
        }
        if !session.tags.is_empty() {
            ui.add_space(space::XS);
            paragraph_ui(ui, egui::RichText::new(session.tags.join(" · ")).weak(), direction);
        }
        if let Some(also_in) = crate::i18n::session_languages::also_in(&session.language, view.languages) {
            ui.weak(also_in);
        }
        ui.add_space(space::L);
        if let Some(chosen) = sit_together_ui(ui, sit_together, session.id.as_str(), palette) {
            action = Some(SessionPageAction::SitTogether(chosen, length));
        }
        if let Some(voice) = &view.voice
            && let Some(chosen) = voice_ui(ui, voice, session, palette)
        {
            action = Some(SessionPageAction::Voice(chosen));
        }
        card_ui(ui, palette, |ui| {
            egui::CollapsingHeader::new(crate::t!("session-preview"))
                .id_salt("preview")
                .show(ui, |ui| {
                    ui.weak(crate::t!("session-preview-note"));
                    ui.add_space(space::XS);
                    let from = (*preview_step).min(session.steps.len().saturating_sub(1));
                    egui::ComboBox::from_label(crate::t!("session-preview-from"))
                        .selected_text(
                            session
                                .steps
                                .get(from)
                                .map_or(String::new(), |s| visual(&s.title, direction)),
                        )
                        .show_ui(ui, |ui| {
                            for (index, step) in session.steps.iter().enumerate() {
                                ui.selectable_value(
                                    preview_step,
                                    index,
                                    format!("{}. {}", index + 1, visual(&step.title, direction)),
                                );
                            }
                        });
                    ui.horizontal_wrapped(|ui| {
                        for speed in super::app::PREVIEW_SPEEDS {
                            if ui.button(crate::t!("session-preview-at", speed = speed)).clicked() {
                                action = Some(SessionPageAction::Preview {
                                    length,
                                    speed,
                                    from_step: from,
                                });
                            }
                        }
                    });
                });
        });
    });
    if back {
        action = Some(SessionPageAction::Back);
    }
    action
}

/// The session's length: a slider for a flexible one, in whole minutes
/// (`minutes`, the length chosen); its length, or that it lasts until
/// ended, otherwise. Returns the length chosen, for a flexible session.
fn length_ui(ui: &mut egui::Ui, session: &Session, minutes: Option<&mut u32>) -> Option<Duration> {
    match (session.length, minutes) {
        (Length::Flexible { min, max, .. }, Some(minutes)) => {
            let range = (min.as_millis() / 60_000).max(1) as u32..=(max.as_millis() / 60_000) as u32;
            ui.add(egui::Slider::new(minutes, range).text(crate::t!("session-minutes")));
            Some(Duration::from_mins(u64::from(*minutes)))
        }
        (Length::Flexible { default, .. }, None) => {
            ui.label(default.label());
            Some(default)
        }
        (Length::Fixed(length), _) => {
            ui.label(length.label());
            None
        }
        (Length::OpenEnded, _) => {
            ui.weak(crate::t!("session-open-ended-note"));
            None
        }
    }
}

/// The minutes a flexible session's page starts at: its usual length.
pub fn default_minutes(session: &Session) -> Option<u32> {
    match session.length {
        Length::Flexible { default, .. } => Some((default.as_millis() / 60_000) as u32),
        _ => None,
    }
}

/// How saving the session as a WAV file goes, once asked for. Returns
/// whether its folder was asked to be opened.
fn export_note_ui(ui: &mut egui::Ui, export: Option<&Export>, palette: &design::Palette) -> bool {
    let mut open_folder = false;
    match export.map(|e| (&e.outcome, &e.path)) {
        Some((None, _)) => {
            ui.weak(crate::t!("session-saving-wav"));
        }
        Some((Some(Ok(())), path)) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(crate::t!("session-saved-as", path = path.display().to_string()));
                open_folder = ui.button(crate::t!("library-open-folder")).clicked();
            });
        }
        Some((Some(Err(problem)), _)) => {
            ui.label(
                egui::RichText::new(crate::t!("session-not-saved", problem = problem.to_string())).color(palette.warn),
            );
        }
        None => {}
    }
    open_folder
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::*;

    /// The page alone, with what it was given and what it asked for.
    struct Shown {
        session: Session,
        minutes: Option<u32>,
        preview_step: usize,
        sit_together: SitTogetherForm,
        asked: Vec<SessionPageAction>,
    }

    /// Shows the bundled session `id`'s page, its length at `minutes` when
    /// flexible, presses `press` (opening what is folded first, when
    /// `open` is given) and returns what the page asked for.
    fn asked(id: &str, minutes: Option<u32>, open: Option<&str>, press: &str) -> Vec<SessionPageAction> {
        let library = crate::bundled::library(None, &crate::audio::FileProbe);
        let session = library.sessions().find(|s| s.id.as_str() == id).cloned();
        let shown = Shown {
            session: session.unwrap_or_else(|| panic!("{id} is bundled")),
            minutes,
            preview_step: 0,
            sit_together: SitTogetherForm::default(),
            asked: Vec::new(),
        };
        let mut harness = Harness::builder()
            .with_size(egui::vec2(800.0, 2000.0))
            // The design's type scale and typefaces, as the window has them.
            .with_context_setup(|ctx| {
                ctx.all_styles_mut(design::apply_sizes);
                crate::ui::fonts::install(ctx);
            })
            .build_ui_state(
                |ui, shown: &mut Shown| {
                    let view = SessionPageView {
                        session: &shown.session,
                        languages: &[],
                        export: None,
                        voice: None,
                    };
                    let form = SessionPageForm {
                        minutes: shown.minutes.as_mut(),
                        preview_step: &mut shown.preview_step,
                        sit_together: &mut shown.sit_together,
                    };
                    shown.asked.extend(session_page_ui(ui, &view, form));
                },
                shown,
            );
        harness.run();
        for label in open.into_iter().chain([press]) {
            harness.get_by_label(label).click();
            harness.run();
        }
        std::mem::take(&mut harness.state_mut().asked)
    }

    #[test]
    fn each_press_asks_for_one_thing_at_the_length_chosen() {
        let twelve = Some(Duration::from_mins(12));
        for (id, minutes, open, press, expected) in [
            (
                "open-awareness",
                Some(12),
                None,
                "Start",
                SessionPageAction::Start(twelve),
            ),
            ("the-pause", None, None, "Start", SessionPageAction::Start(None)),
            ("the-pause", None, None, "Back to the library", SessionPageAction::Back),
            (
                "open-awareness",
                Some(12),
                None,
                "Save as a WAV file",
                SessionPageAction::SaveWav(twelve),
            ),
            (
                "open-awareness",
                Some(12),
                Some("Preview, for authors"),
                "Preview at 10x",
                SessionPageAction::Preview {
                    length: twelve,
                    speed: 10,
                    from_step: 0,
                },
            ),
            (
                "the-pause",
                None,
                Some("Sit together"),
                "Make an invitation",
                SessionPageAction::SitTogether(SitTogetherAction::Make, None),
            ),
        ] {
            assert_eq!(asked(id, minutes, open, press), [expected], "{id}: {press}");
        }
    }
}
