//! The keys the app answers to: `?` for the list of them anywhere; in the
//! player, Space, the right arrow, M, F and Esc.

use crate::audio::Command;

use super::{Screen, StillpointApp};

impl StillpointApp {
    /// The player's keys: Space, Esc, →, M, F and ?.
    pub(super) fn handle_keys(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let pressed = |key: egui::Key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::SHIFT, egui::Key::Questionmark))
            || pressed(egui::Key::Questionmark)
        {
            self.show_help = !self.show_help;
        }
        if self.screen != Screen::Player {
            return;
        }
        if pressed(egui::Key::Space) {
            self.command(Command::TogglePause);
        }
        if pressed(egui::Key::ArrowRight) {
            self.command(Command::Skip);
        }
        if pressed(egui::Key::M) {
            self.settings.volumes.muted = !self.settings.volumes.muted;
            let volumes = self.settings.volumes;
            self.command(Command::SetVolumes(volumes));
        }
        if pressed(egui::Key::F)
            && let Some(active) = self.active.as_mut()
        {
            active.form.focus = !active.form.focus;
        }
        if pressed(egui::Key::Escape)
            && let Some(active) = self.active.as_mut()
        {
            active.form.confirm_end = true;
        }
    }
}
