//! Drawn pieces of the interface: the progress ring and the picture of a
//! session's timeline.

use egui::{Color32, Pos2, Sense, Shape, Stroke, Vec2};

use crate::timeline::{Action, Timeline};

/// Sliders for the master and each bus, and mute. Returns whether any
/// changed.
pub fn volumes_ui(ui: &mut egui::Ui, volumes: &mut crate::audio::Volumes) -> bool {
    let mut changed = false;
    changed |= ui
        .add(
            egui::Slider::new(&mut volumes.master, 0.0..=1.0)
                .fixed_decimals(2)
                .text(crate::t!("settings-volume")),
        )
        .changed();
    changed |= ui
        .add(
            egui::Slider::new(&mut volumes.bells, 0.0..=1.0)
                .fixed_decimals(2)
                .text(crate::t!("settings-bells")),
        )
        .changed();
    changed |= ui
        .add(
            egui::Slider::new(&mut volumes.voice, 0.0..=1.0)
                .fixed_decimals(2)
                .text(crate::t!("settings-voice")),
        )
        .changed();
    changed |= ui
        .add(
            egui::Slider::new(&mut volumes.ambient, 0.0..=1.0)
                .fixed_decimals(2)
                .text(crate::t!("settings-ambient")),
        )
        .changed();
    changed |= ui.checkbox(&mut volumes.muted, crate::t!("settings-mute")).changed();
    changed
}

/// Gives an input the name a screen reader says, where no words beside it
/// name it: what its hint shows.
pub fn named(response: egui::Response, name: &str) -> egui::Response {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(name));
    response
}

/// A slider with its words beside it, as `Slider::text` puts them, but
/// free to wrap onto a second line where the row is narrow, instead of
/// running past the window's edge. The words name the slider for screen
/// readers.
/// A one-line field under its label, which names it for a screen reader,
/// with `hint`, if any, shown while it is empty; a little space after it.
pub fn labelled_field_ui(ui: &mut egui::Ui, label: String, text: &mut String, hint: Option<&str>) -> egui::Response {
    use super::design::space;
    let label = ui.label(label);
    let mut field = egui::TextEdit::singleline(text)
        .margin(egui::vec2(space::S + 2.0, 6.0))
        .desired_width(ui.available_width().min(420.0));
    if let Some(hint) = hint {
        field = field.hint_text(hint);
    }
    let field = ui.add(field).labelled_by(label.id);
    ui.add_space(space::XS);
    field
}

pub fn slider_ui(ui: &mut egui::Ui, words: String, slider: egui::Slider) -> egui::Response {
    ui.horizontal(|ui| {
        let response = ui.add(slider);
        let label = ui.add(egui::Label::new(words).wrap());
        response.labelled_by(label.id)
    })
    .inner
}

/// A ring filling clockwise from the top as `fraction` goes from 0 to 1,
/// in `accent`, with `label` (the time left) in its middle as readable
/// text. With `breath` (how full the breath is, 0 to 1), a soft disc
/// inside swells as one breathes in and settles as one breathes out.
pub fn progress_ring_ui(
    ui: &mut egui::Ui,
    size: f32,
    fraction: f32,
    label: &str,
    accent: Color32,
    breath: Option<f32>,
) {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    let radius = size * 0.42;
    let width = size * 0.035;
    let visuals = ui.visuals();
    let track = visuals.widgets.inactive.bg_fill;
    let fill = accent;
    if let Some(full) = breath {
        let full = full.clamp(0.0, 1.0);
        let inner = radius * (0.55 + 0.35 * full);
        ui.painter()
            .circle_filled(rect.center(), inner, accent.gamma_multiply(0.10 + 0.08 * full));
    }
    ui.painter()
        .circle_stroke(rect.center(), radius, Stroke::new(width, track));
    let fraction = fraction.clamp(0.0, 1.0);
    if fraction > 0.0 {
        let steps = (fraction * 120.0).ceil().max(2.0) as usize;
        let points: Vec<Pos2> = (0..=steps)
            .map(|i| {
                let angle = -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * fraction * i as f32 / steps as f32;
                rect.center() + radius * Vec2::angled(angle)
            })
            .collect();
        ui.painter().add(Shape::line(points, Stroke::new(width, fill)));
    }
    // The words centred in the ring, line by line (a label put into the
    // ring's rect would be justified, its letters spread across it): a
    // little smaller where they would touch the ring, and wrapped only
    // where even that is too wide.
    let inside = 2.0 * (radius - width) * 0.9;
    let color = ui.visuals().text_color();
    let lay_out = |ui: &egui::Ui, points: f32, wrap_width: f32| {
        let mut job =
            egui::text::LayoutJob::simple(label.to_owned(), egui::FontId::proportional(points), color, wrap_width);
        job.halign = egui::Align::Center;
        ui.fonts_mut(|fonts| fonts.layout_job(job))
    };
    let largest = size * 0.16;
    let wide = lay_out(ui, largest, f32::INFINITY).size().x;
    let points = if wide > inside {
        (largest * inside / wide).max(size * 0.11)
    } else {
        largest
    };
    let galley = lay_out(ui, points, inside);
    let top = rect.center().y - galley.size().y / 2.0;
    ui.painter().galley(egui::pos2(rect.center().x, top), galley, color);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, label));
}

/// The session as a bar: steps as segments, bells and voice as marks, and
/// where playback is when `position` is given.
pub fn timeline_picture_ui(ui: &mut egui::Ui, timeline: &Timeline, position: Option<u64>) {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, 44.0), Sense::hover());
    let end = timeline
        .end_frame
        .or_else(|| {
            timeline
                .steps
                .last()
                .map(|s| s.start + u64::from(timeline.sample_rate) * 600)
        })
        .unwrap_or(1)
        .max(1);
    let x = |frame: u64| rect.left() + rect.width() * (frame.min(end) as f32 / end as f32);
    let visuals = ui.visuals();
    let painter = ui.painter();
    let bar_top = rect.top() + 14.0;
    for (i, step) in timeline.steps.iter().enumerate() {
        let step_end = step.end.unwrap_or(end);
        let segment = egui::Rect::from_min_max(
            Pos2::new(x(step.start), bar_top),
            Pos2::new(x(step_end).max(x(step.start) + 1.0), rect.bottom()),
        );
        // Alternate shades of the text colour, so both read in either theme.
        let shade = visuals.text_color().gamma_multiply(if i % 2 == 0 { 0.3 } else { 0.5 });
        painter.rect_filled(segment, 3.0, shade);
    }
    for event in &timeline.events {
        let at = Pos2::new(x(event.at_frame), rect.top() + 7.0);
        match event.action {
            Action::Bell { strike: 1, .. } => {
                painter.circle_filled(at, 4.0, visuals.strong_text_color());
            }
            Action::Voice { .. } => {
                painter.rect_filled(
                    egui::Rect::from_center_size(at, Vec2::splat(7.0)),
                    1.0,
                    visuals.selection.bg_fill,
                );
            }
            _ => {}
        }
    }
    if let Some(position) = position {
        let at = x(position);
        painter.line_segment(
            [Pos2::new(at, rect.top()), Pos2::new(at, rect.bottom())],
            Stroke::new(2.0, Color32::from_rgb(200, 120, 60)),
        );
    }
    let steps = timeline.steps.len();
    let bells = timeline
        .events
        .iter()
        .filter(|e| matches!(e.action, Action::Bell { strike: 1, .. }))
        .count();
    response.on_hover_text(crate::t!("session-timeline-counts", steps = steps, bells = bells));
}
