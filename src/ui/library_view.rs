//! The library: a shelf to go on from, then sessions as cards by domain,
//! the user's own, search and a length filter, and any file that needs
//! attention with its error.

use crate::session::{Domain, Length, LineCol, Named, Origin, Session, SessionFile};

use super::app::Screen;
use super::bidi::{Direction, label_ui, leading_align, link_ui, paragraph_ui};
use super::design::{self, Palette, space};
use super::page::section_heading_ui;
use crate::practice::PracticeState;
/// Lengths to narrow the library to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LengthFilter {
    #[default]
    Any,
    UpToFive,
    FiveToFifteen,
    OverFifteen,
}

impl LengthFilter {
    const ALL: [LengthFilter; 4] = [Self::Any, Self::UpToFive, Self::FiveToFifteen, Self::OverFifteen];

    fn label(self) -> String {
        match self {
            Self::Any => crate::t!("library-length-any"),
            Self::UpToFive => crate::t!("library-length-up-to-five"),
            Self::FiveToFifteen => crate::t!("library-length-five-to-fifteen"),
            Self::OverFifteen => crate::t!("library-length-over-fifteen"),
        }
    }

    /// Whether a session of this length can fit the filter (a flexible
    /// session fits if any of its lengths does).
    fn admits(self, length: Length) -> bool {
        let (shortest, longest) = match length {
            Length::Fixed(l) => (l.as_millis(), l.as_millis()),
            Length::Flexible { min, max, .. } => (min.as_millis(), max.as_millis()),
            Length::OpenEnded => (0, u64::MAX),
        };
        let (from, to) = match self {
            Self::Any => return true,
            Self::UpToFive => (0, 5 * 60_000),
            Self::FiveToFifteen => (5 * 60_000, 15 * 60_000),
            Self::OverFifteen => (15 * 60_000 + 1, u64::MAX),
        };
        shortest <= to && longest >= from
    }
}

fn matches_text(title: &str, summary: &str, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    search.is_empty() || title.to_lowercase().contains(&search) || summary.to_lowercase().contains(&search)
}

fn matches_search(session: &Session, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    search.is_empty()
        || session.title.to_lowercase().contains(&search)
        || session.tags.iter().any(|t| t.to_lowercase().contains(&search))
}

/// What a press in the library asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryAction {
    Go(Screen),
    /// The cohort's screen, with the members' files read again.
    Cohort,
    CareNoteRead,
}

/// What the library shows.
pub struct LibraryView<'a> {
    pub library: &'a crate::session::Library,
    pub practice: &'a PracticeState,
    /// The note on what the practice is not has been read.
    pub care_note_read: bool,
    /// Scripts that text asked for and no font had.
    pub missing_fonts: Vec<super::fonts::Missing>,
}

/// What is typed and chosen on the library: search and the length filter.
#[derive(Clone, Debug, Default)]
pub struct LibraryForm {
    pub search: String,
    pub length: LengthFilter,
}

/// The narrowest a card may be before the row holds one fewer.
const CARD_MIN_WIDTH: f32 = 290.0;

pub fn library_ui(ui: &mut egui::Ui, view: &LibraryView, form: &mut LibraryForm) -> Option<LibraryAction> {
    let palette = design::current(ui.ctx());
    let mut action = None;
    egui::Panel::top("library-top")
        .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(space::XL as i8, space::M as i8)))
        .show(ui, |ui| {
            action = top_ui(view, form, ui, &palette).or(action.take());
        });
    egui::CentralPanel::default().frame(egui::Frame::new()).show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            egui::Frame::new()
                .inner_margin(egui::Margin {
                    left: space::XL as i8,
                    right: space::XL as i8,
                    top: 0,
                    bottom: space::XL as i8,
                })
                .show(ui, |ui| {
                    if let Some(chosen) = shelves_ui(view, form, ui, &palette) {
                        action = Some(chosen);
                    }
                });
        });
    });
    action
}

/// The name, the ways to the other screens, the day at a glance, notices,
/// search and the length filter.
fn top_ui(view: &LibraryView, form: &mut LibraryForm, ui: &mut egui::Ui, palette: &Palette) -> Option<LibraryAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new("Stillpoint").text_style(design::title_style()));
        ui.add_space(space::L);
        let authoring = match super::authoring_view::files_with_problems(view.library) {
            0 => crate::t!("library-authoring"),
            n => crate::t!("library-authoring-to-look-at", count = n),
        };
        let places = [
            (crate::t!("library-quick-timer"), LibraryAction::Go(Screen::Timer)),
            (crate::t!("library-my-practice"), LibraryAction::Go(Screen::Practice)),
            (authoring, LibraryAction::Go(Screen::Authoring)),
            (crate::t!("library-cohort"), LibraryAction::Cohort),
            (crate::t!("library-settings"), LibraryAction::Go(Screen::Settings)),
            (crate::t!("library-about"), LibraryAction::Go(Screen::About)),
        ];
        for (label, chosen) in places {
            if ui.add(egui::Button::new(label).frame(false)).clicked() {
                action = Some(chosen);
            }
        }
    });
    if !view.care_note_read && super::about_view::care_note_ui(ui) == Some(super::about_view::AboutAction::NoteRead) {
        action = Some(LibraryAction::CareNoteRead);
    }
    ui.label(egui::RichText::new(super::practice_view::today_at_a_glance(view.practice)).color(palette.text_weak));
    for missing in &view.missing_fonts {
        ui.label(egui::RichText::new(missing.notice()).color(palette.warn));
    }
    if let Some(problem) = view.practice.write_problem() {
        ui.label(egui::RichText::new(problem).color(palette.warn));
    }
    ui.add_space(space::XS);
    ui.horizontal(|ui| {
        super::widgets::named(
            ui.add(
                egui::TextEdit::singleline(&mut form.search)
                    .hint_text(crate::t!("library-search-hint"))
                    .margin(egui::vec2(space::S + 2.0, 6.0))
                    .desired_width(280.0),
            ),
            &crate::t!("library-search-hint"),
        );
        egui::ComboBox::from_label(crate::t!("library-length"))
            .selected_text(form.length.label())
            .show_ui(ui, |ui| {
                for filter in LengthFilter::ALL {
                    ui.selectable_value(&mut form.length, filter, filter.label());
                }
            });
    });
    action
}

/// A card's words: what it shows, in the session's own direction.
struct Card<'a> {
    session: &'a Session,
    /// A line above the title ("Next in …"), on the shelf. Cards in the
    /// groups, without one, show the summary and the line beneath too.
    caption: Option<String>,
    times: usize,
    also_in: Option<String>,
}

fn shelves_ui(view: &LibraryView, form: &LibraryForm, ui: &mut egui::Ui, palette: &Palette) -> Option<LibraryAction> {
    let mut action = None;
    let wanted = crate::i18n::locale().language.tag();
    let progress = &view.practice.progress;
    let searching = !form.search.trim().is_empty() || form.length != LengthFilter::Any;
    if !searching {
        let shelf = &progress.shelf;
        let mut cards = Vec::new();
        if let Some((program, next)) = &shelf.next_in_program
            && let Some(session) = view.library.session_in(next, wanted)
        {
            let program = view
                .library
                .programs()
                .find(|p| p.id.as_str() == program)
                .map_or_else(String::new, |p| p.title.clone());
            cards.push((crate::t!("library-continue-next-in", program = program), session));
        }
        if let Some(last) = &shelf.last_practised
            && last != crate::pause::PAUSE_SESSION
            && let Some(session) = view.library.session_in(last, wanted)
        {
            cards.push((crate::t!("library-continue-last"), session));
        }
        // The pause, unless the program already offers it as its next: a
        // session is on the shelf once.
        if let Some(session) = view.library.session_in(crate::pause::PAUSE_SESSION, wanted)
            && !cards.iter().any(|(_, card)| card.id == session.id)
        {
            cards.push((crate::t!("library-continue-pause"), session));
        }
        section_heading_ui(ui, &crate::t!("library-heading-continue"), None);
        let cards: Vec<Card> = cards
            .into_iter()
            .map(|(caption, session)| Card {
                session,
                caption: Some(caption),
                times: progress.times(session.id.as_str()),
                also_in: None,
            })
            .collect();
        if let Some(id) = cards_ui(ui, "shelf", &cards, palette) {
            action = Some(LibraryAction::Go(Screen::Session(id)));
        }
    }
    let programs: Vec<_> = view
        .library
        .programs()
        .filter(|p| matches_text(&p.title, &p.summary, &form.search))
        .collect();
    if !programs.is_empty() {
        section_heading_ui(ui, &crate::t!("library-heading-programs"), None);
        for program in programs {
            let Some(progress) = progress.of_program(program.id.as_str()) else {
                continue;
            };
            design::card_frame(palette).show(ui, |ui| {
                ui.set_width(ui.available_width().min(space::WIDE_WIDTH));
                ui.horizontal(|ui| {
                    let title = egui::RichText::new(&program.title)
                        .family(design::strong_family())
                        .size(design::size::BODY + 1.0);
                    if link_ui(ui, title, None).clicked() {
                        action = Some(LibraryAction::Go(Screen::Program(program.id.as_str().to_owned())));
                    }
                    ui.label(
                        egui::RichText::new(crate::t!(
                            "library-program-progress",
                            practised = progress.sessions_practised,
                            total = progress.sessions_total
                        ))
                        .color(palette.text_weak),
                    );
                });
                label_ui(ui, &program.summary, None);
            });
        }
    }
    let user_file = |file: &SessionFile| matches!(file.origin, Origin::File(_));
    let files = view.library.files_in(wanted);
    let groups = Domain::ALL
        .iter()
        .map(|domain| {
            let heading = match domain {
                Domain::Mindfulness => crate::t!("library-heading-mindfulness"),
                Domain::Compassion => crate::t!("library-heading-compassion"),
                Domain::WellBeing => crate::t!("library-heading-well-being"),
                Domain::Timer => crate::t!("library-heading-timers"),
            };
            let sessions: Vec<&Session> = files
                .iter()
                .filter(|f| !user_file(f))
                .filter_map(|f| f.session.as_ref())
                .filter(|s| s.domain == *domain)
                .collect();
            (heading, Some(*domain), sessions)
        })
        .chain(std::iter::once((
            crate::t!("library-heading-my-own"),
            None,
            files
                .iter()
                .filter(|f| user_file(f))
                .filter_map(|f| f.session.as_ref())
                .collect(),
        )));
    for (heading, domain, sessions) in groups {
        let cards: Vec<Card> = sessions
            .into_iter()
            .filter(|s| matches_search(s, &form.search) && form.length.admits(s.length))
            .map(|session| Card {
                session,
                caption: None,
                times: progress.times(session.id.as_str()),
                also_in: crate::i18n::session_languages::also_in(
                    &session.language,
                    &view.library.languages_of(session.id.as_str()),
                ),
            })
            .collect();
        if cards.is_empty() {
            continue;
        }
        section_heading_ui(ui, &heading, domain.map(|d| design::domain_accent(d, ui.ctx().theme())));
        if let Some(id) = cards_ui(ui, &heading, &cards, palette) {
            action = Some(LibraryAction::Go(Screen::Session(id)));
        }
    }
    let broken: Vec<&SessionFile> = view.library.files.iter().filter(|f| f.has_errors()).collect();
    if !broken.is_empty() {
        section_heading_ui(ui, &crate::t!("library-heading-needs-attention"), Some(palette.warn));
        for file in broken {
            if let Some(first) = file.diagnostics.iter().find(|d| d.is_error()) {
                let at = first
                    .span
                    .map_or(LineCol { line: 1, col: 1 }, |s| LineCol::of(&file.source, s.start));
                ui.label(format!("{}:{at}: {}", file.name, first.message));
            }
        }
    }
    action
}

/// Cards in rows as wide as the window allows, each row's cards as tall as
/// its tallest (kept from the frame before). Returns the session opened.
fn cards_ui(ui: &mut egui::Ui, group: &str, cards: &[Card], palette: &Palette) -> Option<String> {
    let gap = space::M;
    let width = ui.available_width();
    let columns = (((width + gap) / (CARD_MIN_WIDTH + gap)).floor() as usize).clamp(1, 4);
    let card_width = ((width - gap * (columns as f32 - 1.0)) / columns as f32).floor();
    let mut opened = None;
    for (row, chunk) in cards.chunks(columns).enumerate() {
        let height_id = egui::Id::unique(("library-row", group, row));
        let tallest: f32 = ui.data(|d| d.get_temp(height_id)).unwrap_or(0.0);
        let mut measured: f32 = 0.0;
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for card in chunk {
                let (clicked, height) = card_ui(ui, group, card, card_width, tallest, palette);
                measured = measured.max(height);
                if clicked {
                    opened = Some(card.session.id.as_str().to_owned());
                }
            }
        });
        if (measured - tallest).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(height_id, measured));
            ui.ctx().request_repaint();
        }
        ui.add_space(gap);
    }
    opened
}

/// One session as a card: its domain's band down the leading edge, the
/// title, the summary, and a line with its length, lens and whether it has
/// been practised. The whole card opens the session. Returns whether it was
/// pressed and how tall its content was.
fn card_ui(ui: &mut egui::Ui, group: &str, card: &Card, width: f32, min_height: f32, palette: &Palette) -> (bool, f32) {
    let session = card.session;
    let direction = Direction::of_language(&session.language);
    let accent = design::domain_accent(session.domain, ui.ctx().theme());
    let frame = design::card_frame(palette);
    let margin = frame.total_margin().sum();
    let mut title_clicked = false;
    // Whether the title has the keyboard's focus, and has just gained it.
    let mut title_focus = (false, false);
    let mut content_height = 0.0;
    let shown = ui.allocate_ui_with_layout(egui::vec2(width, 0.0), egui::Layout::top_down(egui::Align::Min), |ui| {
        frame.show(ui, |ui| {
            ui.set_width(width - margin.x);
            ui.set_min_height((min_height - margin.y).max(0.0));
            let top = ui.cursor().top();
            // The session's own words start on the side its language reads
            // from; the card's facts, in the interface's words, read as it does.
            let title_align = leading_align(&session.title, direction);
            let styled = |text: &str| {
                egui::RichText::new(text)
                    .family(design::strong_family())
                    .size(design::size::BODY + 1.0)
                    .color(palette.text)
            };
            if let Some(caption) = &card.caption {
                // On the shelf the whole card is the control, named with
                // its caption and title; the words are only drawn.
                ui.label(egui::RichText::new(caption).small().color(palette.text_weak));
                let shown = super::bidi::visual(&session.title, direction);
                let galley = egui::WidgetText::from(styled(&shown)).into_galley(
                    ui,
                    Some(egui::TextWrapMode::Wrap),
                    ui.available_width(),
                    egui::TextStyle::Body,
                );
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(ui.available_width(), galley.size().y), egui::Sense::hover());
                let left = match title_align {
                    egui::Align::Max => rect.right() - galley.size().x,
                    _ => rect.left(),
                };
                ui.painter().galley(egui::pos2(left, rect.top()), galley, palette.text);
            } else {
                // In the groups the title is the control, as a link.
                let title = ui
                    .with_layout(egui::Layout::top_down(title_align), |ui| {
                        link_ui(ui, styled(&session.title), direction)
                    })
                    .inner;
                title_clicked = title.clicked();
                title_focus = (title.has_focus(), title.gained_focus());
            }
            if card.caption.is_none() && !session.summary.is_empty() {
                // Set against the title's side when it reads right to left.
                paragraph_ui(ui, &session.summary, direction);
            }
            let mut facts = vec![session.length.to_string()];
            if card.caption.is_none() {
                if let Some(lens) = session.lens {
                    facts.push(crate::t!("library-card-lens", lens = lens.label()));
                }
                facts.push(match card.times {
                    0 => crate::t!("library-card-not-yet"),
                    times => crate::t!("library-card-practised", times = times),
                });
            }
            ui.label(egui::RichText::new(facts.join(" · ")).small().color(palette.text_weak));
            if let Some(also_in) = &card.also_in {
                ui.label(egui::RichText::new(also_in).small().color(palette.text_weak));
            }
            content_height = ui.cursor().top() - top;
        })
    });
    let rect = shown.response.rect;
    // The band on the side a line of the session's language starts from.
    let band_x = if direction == Some(Direction::RightToLeft) {
        rect.right() - 3.0
    } else {
        rect.left() + 3.0
    };
    ui.painter().line_segment(
        [
            egui::pos2(band_x, rect.top() + design::radius::CARD as f32),
            egui::pos2(band_x, rect.bottom() - design::radius::CARD as f32),
        ],
        egui::Stroke::new(3.0, accent),
    );
    // The whole card opens the session. On the shelf it is the control the
    // keyboard reaches; in the groups the title is, so the card is not a
    // second stop on the way.
    let sense = if card.caption.is_some() {
        egui::Sense::click()
    } else {
        egui::Sense::CLICK
    };
    let whole = ui.interact(
        rect,
        egui::Id::unique(("library-card", group, session.id.as_str())),
        sense,
    );
    if let Some(caption) = &card.caption {
        let name = format!("{caption}: {}", session.title);
        whole.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &name));
    }
    if whole.hovered() {
        ui.painter().rect_stroke(
            rect,
            egui::CornerRadius::same(design::radius::CARD),
            egui::Stroke::new(1.0, palette.accent),
            egui::StrokeKind::Inside,
        );
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    // Reached with Tab, the card is ringed, and brought into view whole.
    if whole.has_focus() || title_focus.0 {
        design::focus_ring_ui(ui, rect, design::radius::CARD, palette);
    }
    if whole.gained_focus() || title_focus.1 {
        ui.scroll_to_rect(rect.expand(space::S), None);
    }
    (title_clicked || whole.clicked(), content_height + margin.y)
}
