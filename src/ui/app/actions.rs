//! What was asked for on each screen, done: the one place the views'
//! actions change the app, the files and the desktop.

use crate::audio::Command;
use crate::practice::Record;
use crate::ui::authoring_view::{AuthoringAction, AuthoringView, authoring_ui};
use crate::ui::library_view::{LibraryAction, LibraryView, library_ui};
use crate::ui::player_view::{PlayerAction, PlayerView, end_ui, player_ui};
use crate::ui::practice_view::{PracticeAction, ReportStatus, practice_ui};
use crate::ui::program_view::{ProgramAction, program_ui};
use crate::ui::settings_view::{ComputersView, SettingsAction, SettingsView, settings_ui};
use crate::ui::timer::{TimerAction, timer_ui};

use crate::session::Session;

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
            data_folder,
            sessions_folder: &sessions_folder,
            sound_device: matches!(self.audio, super::AudioChoice::Device),
            synthesizer: self.synthesizer.as_ref().map(|s| (s.name(), s.voices())),
            rules: self.practice.rules,
            now: self.practice.now(),
            start_at_login: self.autostart.as_ref().map(crate::autostart::Autostart::is_on),
            start_at_login_note: self.autostart_note.as_deref(),
            notifications: self.desk.as_ref().map(|desk| desk.notifier.service()),
            tray: self.desk.as_ref().and_then(|desk| desk.tray_shown()),
            bell_held_by: &self.bell_held_by,
            computers: ComputersView {
                folder: self.practice.writer.log().link().and_then(|l| l.folder.as_deref()),
                linked: &self.practice.loaded.linked,
                note: self.computers_note.as_deref(),
                host_name: &self.host_name,
            },
        };
        let Some(action) = settings_ui(ui, &view, &mut self.settings, &mut self.computers_form) else {
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
            SettingsAction::Link => {
                let form = &self.computers_form;
                let name = Some(form.name.trim()).filter(|n| !n.is_empty());
                let folder = std::path::PathBuf::from(form.folder.trim());
                match crate::practice::devices::link(&self.data, &folder, name) {
                    Ok(_) => {
                        self.computers_form = Default::default();
                        self.computers_note = None;
                        self.practice.relink();
                    }
                    Err(problem) => self.computers_note = Some(problem.to_string()),
                }
            }
            SettingsAction::Unlink => {
                self.computers_note = Some(match crate::practice::devices::unlink(&self.data) {
                    Ok(folder) => crate::t!("settings-computers-unlinked", folder = folder.display().to_string()),
                    Err(problem) => problem.to_string(),
                });
                self.practice.relink();
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
            PracticeAction::MakeReport(ask) => self.make_report(ask),
            PracticeAction::OpenReport(path) => {
                if let Err(problem) = (self.open_file)(&path) {
                    self.practice_form.report.status = Some(ReportStatus::Failed(problem.to_string()));
                }
            }
        }
    }

    /// The library: where each press leads.
    pub(super) fn library_ui(&mut self, ui: &mut egui::Ui) {
        let view = LibraryView {
            library: &self.library,
            practice: &self.practice,
            care_note_read: self.settings.care_note_read,
            missing_fonts: self.missing_fonts.as_ref().map(|m| m.found()).unwrap_or_default(),
        };
        let Some(action) = library_ui(ui, &view, &mut self.library_form) else {
            return;
        };
        match action {
            LibraryAction::Go(screen) => self.screen = screen,
            LibraryAction::Cohort => {
                self.refresh_cohort();
                self.screen = Screen::Cohort;
            }
            LibraryAction::CareNoteRead => self.settings.care_note_read = true,
        }
    }

    /// The quick timer.
    pub(super) fn timer_ui(&mut self, ui: &mut egui::Ui) {
        let Some(action) = timer_ui(ui, &self.settings.presets, &mut self.timer) else {
            return;
        };
        match action {
            TimerAction::Back => self.screen = Screen::Library,
            TimerAction::Start(session) => self.start(*session, None),
            TimerAction::KeepPreset(preset) => {
                self.settings.presets.retain(|p| p.name != preset.name);
                self.settings.presets.push(preset);
            }
        }
    }

    /// The page of the program `id`.
    pub(super) fn program_ui(&mut self, ui: &mut egui::Ui, id: &str) {
        let program = self.library.programs().find(|p| p.id.as_str() == id);
        let progress = self.practice.progress.of_program(id);
        let (Some(program), Some(progress)) = (program, progress) else {
            self.screen = Screen::Library;
            return;
        };
        match program_ui(ui, program, progress, &self.library) {
            Some(ProgramAction::Back) => self.screen = Screen::Library,
            Some(ProgramAction::Open(session)) => self.screen = Screen::Session(session),
            None => {}
        }
    }

    /// The player, and what was asked of the session on its way.
    pub(super) fn player_ui(&mut self, ui: &mut egui::Ui) {
        let Some(active) = self.active.as_mut() else {
            self.screen = Screen::Library;
            return;
        };
        let timeline = crate::audio::output::lock(active.sitting.player.engine())
            .playback()
            .timeline()
            .clone();
        let view = PlayerView {
            session: &active.sitting.session,
            status: active.sitting.status,
            sample_rate: active.sitting.sample_rate,
            timeline: &timeline,
            preview: active.preview.as_ref(),
            notices: &active.notices,
            offering_speech: active.offering_speech,
            spoken: active.spoken,
            cue_shown: active.cue_shown,
            now: self.clock.now(),
            show_seconds: self.settings.show_seconds,
            reduced_motion: self.settings.reduced_motion,
            volumes: self.settings.volumes,
        };
        let Some(action) = player_ui(ui, &view, &mut active.form) else {
            return;
        };
        match action {
            PlayerAction::Command(command) => self.command(command),
            PlayerAction::Volumes(volumes) => {
                self.settings.volumes = volumes;
                self.command(Command::SetVolumes(volumes));
            }
            PlayerAction::ReadAloud(read_aloud) => self.answer_speech_offer(read_aloud),
            PlayerAction::Preview { speed, step } => {
                if let Some(active) = self.active.take() {
                    let length = active.preview.as_ref().and_then(|p| p.length);
                    self.preview(active.sitting.session, length, speed, step);
                }
            }
        }
    }

    /// The end screen; done, the note and feelings are kept with the
    /// session's entry.
    pub(super) fn end_ui(&mut self, ui: &mut egui::Ui) {
        let write_problem = self.practice.write_problem();
        let Some(ending) = self.ending.as_mut() else {
            self.screen = Screen::Library;
            return;
        };
        if end_ui(ui, ending, write_problem.as_deref()) {
            self.save_reflection();
            self.screen = Screen::Library;
        }
    }
}

impl StillpointApp {
    /// The page of the session `id`: what it shows, given; what was asked
    /// for on it, done.
    pub(super) fn session_ui(&mut self, ui: &mut egui::Ui, id: &str) {
        use crate::ui::session_page::{SessionPageForm, SessionPageView, default_minutes, session_page_ui};
        // In the practitioner's language where the session has a version in it.
        let wanted = crate::i18n::locale().language.tag();
        let Some(session) = self.library.session_in(id, wanted).cloned() else {
            self.screen = Screen::Library;
            return;
        };
        if let Some(minutes) = default_minutes(&session) {
            self.chosen_minutes.entry(id.to_owned()).or_insert(minutes);
        }
        let file = crate::ui::voice_view::session_file(&self.library, &session);
        let languages = self.library.languages_of(id);
        let view = SessionPageView {
            session: &session,
            languages: &languages,
            export: self.export.as_ref().filter(|e| e.session_id == id),
            voice: file.as_ref().map(|_| crate::ui::voice_view::VoiceView {
                recording: self.voice.as_ref(),
                note: self.voice_note.as_deref(),
                now: self.clock.now(),
            }),
        };
        let form = SessionPageForm {
            minutes: self.chosen_minutes.get_mut(id),
            preview_step: &mut self.preview_step,
            sit_together: &mut self.sit_together,
        };
        let Some(action) = session_page_ui(ui, &view, form) else {
            return;
        };
        self.apply_session_page(action, session, file.as_deref(), ui.ctx());
    }

    /// Does what was asked for on `session`'s page; `file` is its file in
    /// the user's folder, where there is one.
    pub(super) fn apply_session_page(
        &mut self,
        action: crate::ui::session_page::SessionPageAction,
        session: Session,
        file: Option<&std::path::Path>,
        ctx: &egui::Context,
    ) {
        use crate::ui::session_page::SessionPageAction;
        use crate::ui::sit_together_view::SitTogetherAction;
        match action {
            SessionPageAction::Back => self.screen = Screen::Library,
            SessionPageAction::Start(length) => self.start(session, length),
            SessionPageAction::Preview {
                length,
                speed,
                from_step,
            } => self.preview(session, length, speed, from_step),
            SessionPageAction::SaveWav(length) => {
                let ctx = ctx.clone();
                self.export_wav(session, length, move || ctx.request_repaint());
            }
            SessionPageAction::OpenExports => {
                let _ = crate::ui::authoring_view::open_in_file_manager(&self.data.exports());
            }
            SessionPageAction::SitTogether(SitTogetherAction::Make, length) => self.make_invitation(&session, length),
            SessionPageAction::SitTogether(SitTogetherAction::AddToCalendar, _) => self.add_to_calendar(&session),
            SessionPageAction::Voice(action) => {
                if let Some(file) = file {
                    self.apply_voice(action, &session, file);
                }
            }
        }
    }
}

impl StillpointApp {
    /// Makes the report `ask` names on a thread of its own, into the
    /// exports folder; how it went comes back as [`Done::Report`].
    fn make_report(&mut self, ask: crate::ui::practice_view::ReportAsk) {
        use crate::report::{Report, ReportRequest, markdown, pdf};
        let membership = self.cohort.membership.clone();
        let request = ReportRequest {
            from: ask.from,
            to: ask.to,
            name: ask.name.or_else(|| membership.as_ref().map(|m| m.name.clone())),
            cohort: membership
                .as_ref()
                .and_then(|m| m.folder.file_name())
                .map(|f| f.to_string_lossy().into_owned()),
            reflections: ask.reflections,
            first_weekday: crate::i18n::locale().first_weekday(),
            today: self.practice.stats.today,
        };
        let entries = self.practice.loaded.entries.clone();
        let rules = self.practice.rules;
        let library = self.library.clone();
        let folder = self.data.exports();
        let extension = if ask.markdown { "md" } else { "pdf" };
        let path = folder.join(format!("portfolio-{}-{}.{extension}", ask.from, ask.to));
        self.practice_form.report.status = Some(crate::ui::practice_view::ReportStatus::Making);
        self.work.run("report", move || {
            let report = Report::gather(&entries, &rules, &library, &request);
            let bytes = if ask.markdown {
                Ok(markdown(&report).into_bytes())
            } else {
                pdf(&report, crate::i18n::locale().language.tag())
                    .map(|made| made.bytes)
                    .map_err(|e| e.to_string())
            };
            let written = bytes.and_then(|bytes| {
                std::fs::create_dir_all(&folder)
                    .and_then(|()| crate::paths::write_atomically(&path, &bytes))
                    .map_err(|e| {
                        crate::t!("cli-cannot-write", file = path.display().to_string()) + ": " + &e.to_string()
                    })
            });
            super::Done::Report(written.map(|()| path))
        });
    }
}
