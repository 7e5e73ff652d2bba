//! Invitations to sit together as the app makes them: from the form on a
//! session's page, written as calendar files and handed to the calendar.

use chrono::Utc;

use crate::cohort::CalendarError;
use crate::session::{Duration, Session};

use crate::audio::Command;

use super::work::Done;
use super::{Screen, StillpointApp};

impl StillpointApp {
    /// Makes the invitation the form describes for `session` at `length`.
    pub fn make_invitation(&mut self, session: &Session, length: Option<Duration>) {
        let form = &self.sit_together;
        let practice = &self.practice;
        let invitation = form.invitation(session.id.as_str(), length, practice.now(), |local| {
            practice.offset_at(local)
        });
        self.sit_together.made = invitation.map(|i| (session.id.as_str().to_owned(), i));
        self.sit_together.calendar_note = None;
    }

    /// Writes the invitation made for `session` as a calendar file in the
    /// data folder and hands it to the desktop's calendar; says where it
    /// went. Opening it failing leaves the file, and only says so.
    pub fn add_to_calendar(&mut self, session: &Session) {
        let Some((_, invitation)) = self.sit_together.made.clone() else {
            return;
        };
        let folder = self.data.invitations();
        let path = folder.join(invitation.calendar_file_name());
        let stamp = self.practice.now().with_timezone(&Utc);
        let written = invitation
            .to_ics(session, stamp)
            .map_err(|e| match e {
                CalendarError::NoEnd(title) => crate::t!(
                    "sit-together-calendar-no-end",
                    session_title = title,
                    session_id = session.id.as_str()
                ),
                CalendarError::TooLate => crate::t!("sit-together-calendar-too-late"),
            })
            .and_then(|text| {
                std::fs::create_dir_all(&folder)
                    .and_then(|()| crate::paths::write_atomically(&path, text.as_bytes()))
                    .map_err(|e| {
                        crate::t!(
                            "sit-together-calendar-not-written",
                            path = path.display().to_string(),
                            reason = e.to_string()
                        )
                    })
            });
        let shown = path.display().to_string();
        self.sit_together.calendar_note = Some(written.map(|()| match (self.open_file)(&path) {
            Ok(()) => crate::t!("sit-together-calendar-saved", path = shown),
            Err(e) => crate::t!(
                "sit-together-calendar-saved-not-opened",
                path = shown,
                reason = e.to_string()
            ),
        }));
    }
}

impl StillpointApp {
    /// Opens a shared sit: waits for its first bell, or joins where the
    /// others are when opened late.
    pub fn open_invitation(&mut self, invitation: crate::cohort::Invitation) {
        // In the practitioner's language: its versions keep the same steps
        // and lengths, so the bells still ring with everyone else's.
        let wanted = crate::i18n::locale().language.tag();
        let Some(mut session) = self.library.session_in(&invitation.session, wanted).cloned() else {
            self.screen = Screen::Library;
            return;
        };
        // A sit held together is logged as a call with the cohort.
        session.practice = Some(crate::practice::Practice::Call);
        self.invitation = Some((invitation, session));
        // Asking the system can take seconds: the note comes when it answers.
        self.clock_note = None;
        self.work
            .run("clock", || Done::ClockSynchronized(crate::cohort::clock_synchronized()));
        self.keep_invitation();
    }

    /// Starts the shared sit once its first bell is due.
    pub(super) fn keep_invitation(&mut self) {
        let Some((invitation, session)) = self.invitation.clone() else {
            return;
        };
        let now = self.practice.now();
        match invitation.timing(now.with_timezone(&chrono::Utc), invitation.sit_length(&session)) {
            crate::cohort::Timing::Wait { .. } => self.screen = Screen::Waiting,
            crate::cohort::Timing::Join { late, .. } => {
                self.invitation = None;
                self.start(session, invitation.length);
                self.command(Command::Seek(Duration::from_millis(late.as_millis() as u64)));
                self.tick();
            }
            crate::cohort::Timing::Over { ended } => {
                // Said where invitations are opened.
                self.invitation = None;
                self.cohort.code_problem = Some(invitation.over_message(ended.with_timezone(now.offset())));
                self.screen = Screen::Cohort;
            }
        }
    }
}
