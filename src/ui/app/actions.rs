//! What was asked for on each screen, done: the one place the views'
//! actions change the app, the files and the desktop.

use crate::practice::Record;
use crate::ui::authoring_view::{AuthoringAction, AuthoringView, authoring_ui};
use crate::ui::practice_view::{PracticeAction, practice_ui};
use crate::ui::settings_view::{SettingsAction, SettingsView, settings_ui};

use super::{Screen, StillpointApp};

impl StillpointApp {
    /// The Authoring panel.
    pub(super) fn authoring_ui(&mut self, ui: &mut egui::Ui) {
        let folder = self.data.sessions();
        let view = AuthoringView {
            library: &self.library,
            folder: &folder,
            watch_problem: self.watch.as_ref().and_then(|w| w.problem.as_deref()),
            note: self.authoring_note.as_deref(),
        };
        let Some(action) = authoring_ui(ui, &view) else { return };
        match action {
            AuthoringAction::Back => self.screen = Screen::Library,
            AuthoringAction::Copy(at) => {
                ui.ctx().copy_text(at.clone());
                self.authoring_note = Some(crate::t!("library-authoring-copied", location = at.as_str()));
            }
            AuthoringAction::OpenFolder => {
                let path = folder.display().to_string();
                self.authoring_note = Some(match crate::ui::authoring_view::open_in_file_manager(&folder) {
                    Ok(()) => crate::t!("library-authoring-opened", path = path),
                    Err(e) => crate::t!("library-authoring-not-opened", problem = e.to_string(), path = path),
                });
            }
        }
    }

    /// Settings: the settings are the form, changed in place (and kept
    /// when they change); the rest is done here.
    pub(super) fn settings_ui(&mut self, ui: &mut egui::Ui) {
        let data_folder = self.data.root();
        let sessions_folder = self.data.sessions();
        let view = SettingsView {
            data_folder: &data_folder,
            sessions_folder: &sessions_folder,
            sound_device: matches!(self.audio, super::AudioChoice::Device),
            synthesizer: self.synthesizer.as_ref().map(|s| (s.name(), s.voices())),
            rules: self.practice.rules,
            now: self.practice.now(),
            start_at_login: self.autostart.as_ref().map(crate::autostart::Autostart::is_on),
            start_at_login_note: self.autostart_note.as_deref(),
            notifications: self.desk.as_ref().map(|desk| desk.notifier.service()),
            tray: self.desk.as_ref().and_then(|desk| desk.tray_shown()),
        };
        let Some(action) = settings_ui(ui, &view, &mut self.settings) else {
            return;
        };
        match action {
            SettingsAction::Back => self.screen = Screen::Library,
            SettingsAction::Authoring => self.screen = Screen::Authoring,
            SettingsAction::LookChanged => self.apply_look(ui.ctx()),
            // The next frame speaks it, with the library read again in it.
            SettingsAction::LanguageChanged => ui.ctx().request_repaint(),
            SettingsAction::Rules(rules) => self.practice.set_rules(rules),
            SettingsAction::StartAtLogin(on) => {
                if let Some(autostart) = &self.autostart {
                    self.autostart_note = autostart.set(on).err().map(|problem| problem.to_string());
                }
            }
            SettingsAction::OpenSessionsFolder => {
                let _ = crate::ui::authoring_view::open_in_file_manager(&sessions_folder);
            }
        }
    }

    /// The Practice view: entries added, notes kept, deleted and brought
    /// back, written to the log here.
    pub(super) fn practice_ui(&mut self, ui: &mut egui::Ui) {
        let Some(action) = practice_ui(ui, &self.practice, &mut self.practice_form) else {
            return;
        };
        match action {
            PracticeAction::Back => self.screen = Screen::Library,
            PracticeAction::DismissNotices => self.practice.notices.clear(),
            PracticeAction::Write(records) => self.practice.write(records),
            PracticeAction::Delete(id) => {
                self.practice.write(vec![Record::Delete { id: id.clone() }]);
                self.practice.undo = Some(id);
            }
            PracticeAction::Undo(id) => {
                self.practice.write(vec![Record::Restore { id }]);
                self.practice.undo = None;
            }
        }
    }
}
