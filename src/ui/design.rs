//! Stillpoint's look in one place: the palette (light and dark), the type
//! scale, spacing, corner radii and one accent for each domain. Every view
//! takes its colours and sizes from here rather than choosing its own, so
//! the app reads as one calm place.
//!
//! The palette is warm paper and ink by day, a soft night by dark, with
//! muted accents: nothing saturated to pull at the eye of someone about to
//! close them. Body text keeps 7:1 against every surface it sits on and
//! secondary text 4.5:1 (tests/it/ui_look.rs measures both).

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::session::Domain;

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Behind everything.
    pub background: Color32,
    /// Cards and raised panels.
    pub surface: Color32,
    /// A card under the pointer.
    pub surface_hovered: Color32,
    /// Hairlines: card edges, separators.
    pub line: Color32,
    /// Body text.
    pub text: Color32,
    /// Secondary text: lengths, dates, hints.
    pub text_weak: Color32,
    /// Buttons one presses to begin, selections, focus.
    pub accent: Color32,
    /// Text on the accent.
    pub on_accent: Color32,
    /// Something that needs a look (a file with an error, a full disk).
    pub warn: Color32,
}

/// Paper and ink.
pub const LIGHT: Palette = Palette {
    background: Color32::from_rgb(245, 242, 236),
    surface: Color32::from_rgb(253, 251, 247),
    surface_hovered: Color32::from_rgb(238, 233, 224),
    line: Color32::from_rgb(222, 215, 204),
    text: Color32::from_rgb(32, 33, 36),
    text_weak: Color32::from_rgb(86, 84, 80),
    accent: Color32::from_rgb(46, 98, 116),
    on_accent: Color32::from_rgb(253, 251, 247),
    warn: Color32::from_rgb(150, 70, 20),
};

/// A soft night.
pub const DARK: Palette = Palette {
    background: Color32::from_rgb(24, 26, 29),
    surface: Color32::from_rgb(33, 36, 40),
    surface_hovered: Color32::from_rgb(44, 48, 53),
    line: Color32::from_rgb(56, 60, 66),
    text: Color32::from_rgb(232, 228, 220),
    text_weak: Color32::from_rgb(168, 167, 162),
    accent: Color32::from_rgb(126, 180, 198),
    on_accent: Color32::from_rgb(20, 24, 28),
    warn: Color32::from_rgb(230, 160, 100),
};

/// The palette of `theme`.
pub fn palette(theme: egui::Theme) -> Palette {
    match theme {
        egui::Theme::Light => LIGHT,
        egui::Theme::Dark => DARK,
    }
}

/// The palette the window is drawn in now.
pub fn current(ctx: &egui::Context) -> Palette {
    palette(ctx.theme())
}

/// One quiet colour for each domain: a card's edge, a heading's mark, the
/// player's ring. Deep enough to read as text on the light background,
/// light enough on the dark one (both at 4.5:1 or better).
pub fn domain_accent(domain: Domain, theme: egui::Theme) -> Color32 {
    match (theme, domain) {
        (egui::Theme::Light, Domain::Mindfulness) => Color32::from_rgb(40, 104, 96),
        (egui::Theme::Light, Domain::Compassion) => Color32::from_rgb(154, 68, 88),
        (egui::Theme::Light, Domain::WellBeing) => Color32::from_rgb(128, 94, 24),
        (egui::Theme::Light, Domain::Timer) => Color32::from_rgb(74, 88, 124),
        (egui::Theme::Dark, Domain::Mindfulness) => Color32::from_rgb(122, 192, 180),
        (egui::Theme::Dark, Domain::Compassion) => Color32::from_rgb(224, 144, 160),
        (egui::Theme::Dark, Domain::WellBeing) => Color32::from_rgb(216, 180, 104),
        (egui::Theme::Dark, Domain::Timer) => Color32::from_rgb(156, 170, 210),
    }
}

/// The type scale, in points (before the system's scale and the app's
/// text size). Body text is larger than a toolkit's usual 12.5: the app
/// is read at arm's length, often by someone just settling.
pub mod size {
    /// The time left in the player, the welcome's first words.
    pub const DISPLAY: f32 = 30.0;
    /// A screen's title.
    pub const TITLE: f32 = 24.0;
    /// A group of cards, a section.
    pub const HEADING: f32 = 19.0;
    /// Guidance on screen while practising.
    pub const GUIDANCE: f32 = 22.0;
    pub const BODY: f32 = 16.0;
    pub const BUTTON: f32 = 15.5;
    /// Lengths, dates, notes beneath.
    pub const SMALL: f32 = 13.5;
}

/// Spacing, in points: a few steps used everywhere, so margins line up.
pub mod space {
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 14.0;
    pub const L: f32 = 22.0;
    pub const XL: f32 = 36.0;
    /// The widest a column of reading text grows: about 70 characters.
    pub const READING_WIDTH: f32 = 640.0;
    /// The widest a column of cards, charts and rows of controls grows.
    pub const WIDE_WIDTH: f32 = 840.0;
}

/// Corner radii, in points.
pub mod radius {
    pub const WIDGET: u8 = 8;
    pub const CARD: u8 = 14;
}

/// The family for headings and titles: the typeface's bold, with the
/// regular fallbacks after it (see [`super::fonts`]).
pub fn strong_family() -> FontFamily {
    FontFamily::Name(super::fonts::STRONG.into())
}

/// A text style for titles, for `RichText::text_style`.
pub fn title_style() -> TextStyle {
    TextStyle::Name("title".into())
}

/// A text style for the largest words: the time left, a welcome.
pub fn display_style() -> TextStyle {
    TextStyle::Name("display".into())
}

/// What the window is cleared to before a frame is drawn: the background
/// of the palette `visuals` are in. Everything else is drawn over it, so
/// the background is laid down once; a software renderer (a virtual
/// machine, a remote desktop) pays for every layer across the whole
/// window on each frame.
pub fn window_background(visuals: &egui::Visuals) -> Color32 {
    let theme = if visuals.dark_mode {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    palette(theme).background
}

/// egui's visuals in the palette of `theme`.
pub fn visuals(theme: egui::Theme) -> egui::Visuals {
    let p = palette(theme);
    let mut visuals = match theme {
        egui::Theme::Light => egui::Visuals::light(),
        egui::Theme::Dark => egui::Visuals::dark(),
    };
    // The window is cleared to the background before each frame (see
    // [`window_background`]); panels are left unfilled rather than paint
    // it a second time over the whole window.
    visuals.panel_fill = Color32::TRANSPARENT;
    visuals.window_fill = p.surface;
    visuals.window_stroke = egui::Stroke::new(1.0, p.line);
    visuals.extreme_bg_color = p.surface;
    visuals.faint_bg_color = p.surface_hovered;
    visuals.code_bg_color = p.surface_hovered;
    visuals.warn_fg_color = p.warn;
    visuals.weak_text_color = Some(p.text_weak);
    visuals.hyperlink_color = p.accent;
    visuals.selection.bg_fill = p.accent;
    visuals.selection.stroke = egui::Stroke::new(1.5, p.on_accent);
    visuals.window_corner_radius = egui::CornerRadius::same(radius::CARD);
    visuals.menu_corner_radius = egui::CornerRadius::same(radius::WIDGET);
    visuals.window_shadow = egui::epaint::Shadow {
        offset: [0, 6],
        blur: 24,
        spread: 0,
        color: Color32::from_black_alpha(if theme == egui::Theme::Dark { 90 } else { 28 }),
    };
    visuals.popup_shadow = egui::epaint::Shadow {
        offset: [0, 3],
        blur: 12,
        spread: 0,
        color: Color32::from_black_alpha(if theme == egui::Theme::Dark { 80 } else { 22 }),
    };
    let widgets = &mut visuals.widgets;
    widgets.noninteractive.fg_stroke.color = p.text;
    widgets.noninteractive.bg_fill = p.background;
    widgets.noninteractive.weak_bg_fill = p.surface;
    widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, p.line);
    widgets.inactive.bg_fill = p.surface_hovered;
    widgets.inactive.weak_bg_fill = p.surface;
    widgets.inactive.bg_stroke = egui::Stroke::new(1.0, p.line);
    widgets.inactive.fg_stroke.color = p.text;
    widgets.hovered.bg_fill = p.surface_hovered;
    widgets.hovered.weak_bg_fill = p.surface_hovered;
    widgets.hovered.bg_stroke = egui::Stroke::new(1.0, p.accent);
    widgets.hovered.fg_stroke.color = p.text;
    widgets.active.bg_fill = p.surface_hovered;
    widgets.active.weak_bg_fill = p.surface_hovered;
    widgets.active.bg_stroke = egui::Stroke::new(1.5, p.accent);
    widgets.active.fg_stroke.color = p.text;
    widgets.open.weak_bg_fill = p.surface_hovered;
    widgets.open.fg_stroke.color = p.text;
    for state in [
        &mut widgets.noninteractive,
        &mut widgets.inactive,
        &mut widgets.hovered,
        &mut widgets.active,
        &mut widgets.open,
    ] {
        state.corner_radius = egui::CornerRadius::same(radius::WIDGET);
    }
    visuals
}

/// The type scale and spacing as egui's style: body, buttons, headings in
/// the typeface's bold, and the app's own title and display sizes.
pub fn apply_sizes(style: &mut egui::Style) {
    let strong = strong_family();
    style.text_styles = [
        (TextStyle::Small, FontId::new(size::SMALL, FontFamily::Proportional)),
        (TextStyle::Body, FontId::new(size::BODY, FontFamily::Proportional)),
        (TextStyle::Button, FontId::new(size::BUTTON, FontFamily::Proportional)),
        (
            TextStyle::Monospace,
            FontId::new(size::SMALL + 0.5, FontFamily::Monospace),
        ),
        (TextStyle::Heading, FontId::new(size::HEADING, strong.clone())),
        (title_style(), FontId::new(size::TITLE, strong.clone())),
        (display_style(), FontId::new(size::DISPLAY, FontFamily::Proportional)),
    ]
    .into();
    let spacing = &mut style.spacing;
    spacing.item_spacing = egui::vec2(space::S + 2.0, space::S);
    spacing.button_padding = egui::vec2(space::M, 7.0);
    spacing.interact_size.y = 30.0;
    spacing.window_margin = egui::Margin::same(space::L as i8);
    spacing.menu_margin = egui::Margin::same(space::S as i8);
    spacing.indent = space::L;
}

/// A card: a raised surface with a soft edge, its accent as a thin band
/// down the leading side.
pub fn card_frame(palette: &Palette) -> egui::Frame {
    egui::Frame::new()
        .fill(palette.surface)
        .stroke(egui::Stroke::new(1.0, palette.line))
        .corner_radius(egui::CornerRadius::same(radius::CARD))
        .inner_margin(egui::Margin::symmetric(space::M as i8 + 2, space::M as i8))
}

/// The margins around a whole screen's content, `width` wide: generous in
/// a roomy window, narrow in a small one, where words need the room.
pub fn screen_frame(width: f32) -> egui::Frame {
    let side = if width >= 720.0 { space::XL } else { space::M };
    egui::Frame::new().inner_margin(egui::Margin::symmetric(side as i8, space::L as i8))
}

/// A row of controls centred in the space there is: its width is kept from
/// the frame before, so the row stands still once drawn.
pub fn centered_row_ui<R>(ui: &mut egui::Ui, name: &str, add_contents: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let id = egui::Id::unique(("centered-row", name));
    let width: f32 = ui.data(|d| d.get_temp(id)).unwrap_or(0.0);
    let inset = ((ui.available_width() - width) / 2.0).max(0.0);
    // Wider than the room there is, the row wraps (from the left edge).
    let shown = ui.horizontal_wrapped(|ui| {
        ui.add_space(inset);
        let start = ui.cursor().left();
        let result = add_contents(ui);
        (result, ui.min_rect().right() - start)
    });
    let (result, drawn) = shown.inner;
    if (drawn - width).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(id, drawn));
        ui.ctx().request_discard("a centred row measured itself");
    }
    result
}

/// The button that begins something: filled with the accent, its words
/// in its middle whatever the layout around it. Reached with Tab it shows
/// [`focus_ring_ui`] a little outside its edge, where the accent reads
/// against the background (on its own fill it would not show).
pub fn primary_button(text: impl Into<String>, palette: &Palette) -> impl egui::Widget {
    let palette = *palette;
    let button = egui::Button::new((
        egui::Atom::grow(),
        egui::RichText::new(text.into())
            .color(palette.on_accent)
            .size(size::BODY + 1.0),
        egui::Atom::grow(),
    ))
    .fill(palette.accent)
    .corner_radius(egui::CornerRadius::same(PRIMARY_RADIUS))
    .min_size(egui::vec2(140.0, 40.0));
    move |ui: &mut egui::Ui| {
        let response = ui.add(button);
        if response.has_focus() {
            let gap = 3.0;
            focus_ring_ui(ui, response.rect.expand(gap), PRIMARY_RADIUS + gap as u8, &palette);
        }
        response
    }
}

/// The corners of [`primary_button`] and [`secondary_button`].
const PRIMARY_RADIUS: u8 = radius::WIDGET + 4;

/// The mark of the control the keyboard is on, where egui's own (the
/// accent's edge) would not show: the accent, 2 points wide, just outside
/// `rect` and following its `corner_radius`.
pub fn focus_ring_ui(ui: &egui::Ui, rect: egui::Rect, corner_radius: u8, palette: &Palette) {
    ui.painter().rect_stroke(
        rect,
        egui::CornerRadius::same(corner_radius),
        egui::Stroke::new(FOCUS_RING_WIDTH, palette.accent),
        egui::StrokeKind::Outside,
    );
}

/// How wide [`focus_ring_ui`] is drawn.
pub const FOCUS_RING_WIDTH: f32 = 2.0;

/// A button for the other answers beside [`primary_button`]: as tall and
/// as round, on the quiet surface of a card with its hairline edge, so the
/// filled one stands out and this one waits. Hovered or focused it shows
/// the accent's edge, as every control does.
pub fn secondary_button(text: impl Into<String>, palette: &Palette) -> egui::Button<'static> {
    egui::Button::new((
        egui::Atom::grow(),
        egui::RichText::new(text.into()).color(palette.text).size(size::BODY),
        egui::Atom::grow(),
    ))
    .corner_radius(egui::CornerRadius::same(PRIMARY_RADIUS))
    .min_size(egui::vec2(0.0, 40.0))
}

/// The WCAG contrast ratio between two colours, from 1 to 21.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let luminance = |c: Color32| {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// How egui is asked for the theme chosen in Settings.
pub fn theme_preference(theme: crate::settings::Theme) -> egui::ThemePreference {
    use crate::settings::Theme;
    match theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Named;

    #[test]
    fn text_reads_on_every_surface_in_both_themes() {
        for p in [LIGHT, DARK] {
            for surface in [p.background, p.surface, p.surface_hovered] {
                assert!(contrast(p.text, surface) >= 7.0, "{p:?}");
                assert!(contrast(p.text_weak, surface) >= 4.5, "{p:?}");
            }
            assert!(contrast(p.on_accent, p.accent) >= 4.5, "{p:?}");
            assert!(contrast(p.warn, p.background) >= 4.5, "{p:?}");
        }
    }

    #[test]
    fn each_domain_accent_reads_as_text() {
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let p = palette(theme);
            for domain in Domain::ALL {
                let accent = domain_accent(*domain, theme);
                assert!(contrast(accent, p.surface) >= 4.5, "{domain:?} in {theme:?}");
                assert!(contrast(accent, p.background) >= 4.5, "{domain:?} in {theme:?}");
            }
        }
    }
}
