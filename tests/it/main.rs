//! The integration tests, in one binary: each file here is a part of the
//! product tested from outside (the command line, files on disk, the
//! window through egui_kittest, a real sound server, a private D-Bus, the
//! real window as a screen reader finds it over AT-SPI), and
//! `support` holds what they share. One binary links the app once.

#[path = "../support/mod.rs"]
mod support;

mod authoring;
mod bundled;
mod calendar;
mod cli;
mod cohort;
mod corpus;
mod cues;
mod dbus;
mod decode;
mod desk_status;
mod desktop;
mod devices;
mod import;
mod limits;
mod loader_properties;
mod locales;
mod pause;
mod playback;
mod practice_log;
mod record;
mod recording;
mod render;
mod report;
mod screen_reader;
mod sound_server;
mod speech;
mod streaks;
mod timeline;
mod ui;
mod ui_look;
mod versions;
