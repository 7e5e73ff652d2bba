//! Stillpoint: a desktop meditation player for the Compassionate Systems
//! program. The library holds everything; the binary parses arguments.

pub mod audio;
pub mod autostart;
pub mod bundled;
pub mod cli;
pub mod cohort;
pub mod desk;
pub mod fonts;
pub mod i18n;
pub mod icon;
pub mod instance;
pub mod paths;
pub mod pause;
pub mod practice;
pub mod report;
pub mod session;
pub mod settings;
pub mod shown;
pub mod sitting;
pub mod timeline;
pub mod ui;

/// What `stillpoint --version` prints after the name: this build's version
/// and the versions of the files it reads and writes.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (session format 1, practice log format 1)");

#[cfg(test)]
mod tests {
    #[test]
    fn the_version_names_the_formats_this_build_reads() {
        let expected = format!(
            "{} (session format {}, practice log format {})",
            env!("CARGO_PKG_VERSION"),
            crate::session::FORMAT_VERSION,
            crate::practice::FORMAT_VERSION
        );
        assert_eq!(super::VERSION, expected);
    }
}
