//! `make bench`: every figure beside a baseline measured in the same run.
//! Prints figures; asserts nothing about time (machines are shared).
//!
//! `cargo bench --locked --profile dev --bench bench -- [NAME...] [--quick]`
//! runs the benchmarks named (validate, log, record, import, app, wakeups,
//! speech, playback), or all of them; `--quick` runs each once on small inputs, as
//! `.ci/run` does so that none can break unseen.

// Shared with the tests, which use the rest of it.
#[allow(dead_code)]
#[path = "../support/mod.rs"]
mod support;

mod app;
mod import;
mod log;
mod playback;
mod record;
mod speech;
mod validate;

/// The benchmarks in the order `make bench` runs them.
const ALL: [&str; 7] = ["validate", "log", "record", "import", "app", "speech", "playback"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The app benchmark opens a bare window in a process of its own.
    if args.iter().any(|a| a == "--bare-window") {
        app::bare_window();
        return;
    }
    support::timing::set_quick(args.iter().any(|a| a == "--quick"));
    let named: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let chosen: Vec<&str> = if named.is_empty() { ALL.to_vec() } else { named };
    for name in chosen {
        match name {
            "validate" => validate::run(),
            "log" => log::run(),
            "record" => record::run(),
            "import" => import::run(),
            "app" => app::run(false),
            "wakeups" => app::run(true),
            "speech" => speech::run(),
            "playback" => playback::run(),
            other => panic!("no benchmark named {other}; they are {ALL:?} and wakeups"),
        }
    }
}
