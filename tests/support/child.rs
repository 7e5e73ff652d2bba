//! A test that needs a process of its own for part of its work (an
//! environment of its own, or a process to kill) runs that part as a
//! child: this same test binary, asked for that test alone, told the role
//! it plays. The test checks [`role`] first and, in a child, plays it.

use std::process::Command;

/// Tells a child which part of its test it plays.
const ROLE: &str = "STILLPOINT_TEST_ROLE";

/// The role this process plays, when a test started it as its child.
pub fn role() -> Option<String> {
    std::env::var(ROLE).ok()
}

/// A child that runs `test` (as `module_path!()` and the test's name give
/// it) alone, playing `role`.
pub fn command(module: &str, test: &str, role: &str) -> Command {
    // The binary's tests are named from below its root module.
    let module = module.split_once("::").map_or("", |(_, below)| below);
    let name = if module.is_empty() {
        test.to_owned()
    } else {
        format!("{module}::{test}")
    };
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let mut command = Command::new(exe);
    command
        .args([name.as_str(), "--exact", "--nocapture", "--test-threads=1"])
        .env(ROLE, role);
    command
}

/// A child that is killed when the test lets it go: a test that fails
/// half-way leaves no child behind (holding its output open, which would
/// keep the test run waiting for it).
pub struct Half(pub std::process::Child);

impl Drop for Half {
    fn drop(&mut self) {
        // An ended child is reaped; one still running is stopped first.
        if matches!(self.0.try_wait(), Ok(None)) {
            let _ = self.0.kill();
        }
        let _ = self.0.wait();
    }
}

/// Reads a writer's output, noting the id of each `ack ID` line it prints
/// in `acknowledged`, and kills it right after the `kill_after`th, in the
/// middle of what it writes next. Whether it ran to its end instead.
pub fn kill_after_acks(child: &mut std::process::Child, kill_after: u64, acknowledged: &mut Vec<String>) -> bool {
    use std::io::BufRead;
    let Some(stdout) = child.stdout.take() else {
        panic!("the writer's output is not piped")
    };
    let mut seen = 0;
    for line in std::io::BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        // The test harness may start the first line with the test's name.
        if let Some(at) = line.find("ack ") {
            acknowledged.push(line[at + 4..].to_owned());
            seen += 1;
            if seen == kill_after {
                let _ = child.kill();
                return false;
            }
        }
    }
    true
}
