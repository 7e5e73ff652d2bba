//! The bundled program: every session loads cleanly, covers the program,
//! writes its durations the way Stillpoint prints them, and is plain RON.

use std::path::Path;

use stillpoint::audio::FileProbe;
use stillpoint::session::{
    Domain, Duration, Length, MAX_SPEAKING_SHARE, Node, Origin, Pacing, Session, Value, load_text, name_language, parse,
};

fn bundled() -> Vec<stillpoint::session::SessionFile> {
    stillpoint::bundled::sessions()
        .iter()
        .map(|(name, text)| load_text((*name).to_owned(), Origin::Bundled, (*text).to_owned(), &FileProbe))
        .collect()
}

#[test]
fn every_bundled_session_loads_without_a_single_diagnostic() {
    let (programs, files): (Vec<_>, Vec<_>) = bundled().into_iter().partition(|f| f.is_program);
    for file in &files {
        assert!(
            file.diagnostics.is_empty() && file.session.is_some(),
            "{}",
            stillpoint::session::file_diagnostics_text(file)
        );
    }
    let library = stillpoint::bundled::library(None, &FileProbe);
    // Each language version shares its original's id; originals' ids are
    // distinct, and every version agrees with its original.
    let originals = files.iter().filter(|f| name_language(&f.name).is_none()).count();
    assert_eq!(library.sessions().count(), originals, "bundled ids must be distinct");
    for file in &library.files {
        assert!(
            file.diagnostics.is_empty(),
            "{}",
            stillpoint::session::file_diagnostics_text(file)
        );
    }
    // The bundled program names only bundled sessions, and every one of them
    // that is not an open-ended timer.
    assert_eq!(library.programs().count(), programs.len());
    for program in library.programs() {
        let named = program.session_ids();
        // Not the open-ended timer, nor the call a cohort sits together
        // every two weeks, which each module's note names.
        for session in library
            .sessions()
            .filter(|s| !["open-sit", "contemplative-call"].contains(&s.id.as_str()))
        {
            assert!(
                named.contains(&session.id.as_str()),
                "{} leaves out {}",
                program.id,
                session.id
            );
        }
    }
    assert!(!programs.is_empty());
}

#[test]
fn the_binary_carries_every_file_in_sessions() {
    let on_disk = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions"))
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
                .count()
        })
        .unwrap_or(0);
    assert_eq!(stillpoint::bundled::sessions().len(), on_disk);
}

#[test]
fn the_program_covers_what_it_promises() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    let session = |id: &str| {
        library
            .sessions()
            .find(|s| s.id.as_str() == id)
            .unwrap_or_else(|| panic!("no bundled session {id}"))
    };
    for (id, domain, length) in [
        (
            "arriving-with-the-breath",
            Domain::Mindfulness,
            Some(Duration::from_mins(5)),
        ),
        ("body-scan", Domain::Mindfulness, Some(Duration::from_mins(15))),
        ("the-pause", Domain::Mindfulness, Some(Duration::from_mins(3))),
        ("self-compassion", Domain::Compassion, None),
        ("holding-space", Domain::Compassion, None),
        ("widening-circles", Domain::Compassion, None),
        ("compassion-in-conflict", Domain::Compassion, None),
        ("calm-in-overwhelm", Domain::WellBeing, None),
        ("gratitude", Domain::WellBeing, None),
        ("rest-for-the-tired-educator", Domain::WellBeing, None),
        ("reflective-journaling", Domain::WellBeing, None),
        ("we-are-the-system", Domain::Mindfulness, None),
        ("shared-vision", Domain::WellBeing, None),
        ("silent-sit", Domain::Timer, None),
        ("open-sit", Domain::Timer, None),
        // What a cohort of educators was missing.
        (
            "before-the-students-arrive",
            Domain::Mindfulness,
            Some(Duration::from_mins(2)),
        ),
        (
            "compassion-without-burnout",
            Domain::Compassion,
            Some(Duration::from_mins(12)),
        ),
        ("through-anothers-eyes", Domain::Compassion, None),
    ] {
        let s = session(id);
        assert_eq!(s.domain, domain, "{id}");
        if let Some(length) = length {
            assert_eq!(s.length, Length::Fixed(length), "{id}");
        }
        if domain != Domain::Timer {
            assert!(s.ending.reflection.is_some(), "{id} has no reflection prompt");
            assert!(s.steps.iter().all(|step| !step.guidance.is_empty()), "{id}");
        }
    }
    assert_eq!(
        session("open-awareness").length,
        Length::Flexible {
            min: Duration::from_mins(10),
            max: Duration::from_mins(30),
            default: Duration::from_mins(15)
        }
    );
    assert!(matches!(session("silent-sit").length, Length::Flexible { .. }));
    assert!(session("silent-sit").steps.iter().any(|s| s.intervals.is_some()));
    assert_eq!(session("open-sit").length, Length::OpenEnded);
    assert!(library.sessions().count() >= 12);
}

/// Fields whose values are durations, written as text.
const DURATION_FIELDS: &[&str] = &[
    "duration", "settle", "min", "max", "default", "every", "spacing", "fade_in", "fade_out", "at", "over", "daily",
];

fn durations_in(node: &Node, field: Option<&str>, found: &mut Vec<String>) {
    match &node.value {
        Value::Str(text) if field.is_some_and(|f| DURATION_FIELDS.contains(&f)) => found.push(text.clone()),
        Value::List(items) => items.iter().for_each(|i| durations_in(i, field, found)),
        Value::Tuple { items, .. } => items.iter().for_each(|i| durations_in(i, field, found)),
        Value::Struct { fields, .. } => {
            fields
                .iter()
                .for_each(|f| durations_in(&f.value, Some(&f.name.text), found));
        }
        _ => {}
    }
}

#[test]
fn durations_parse_and_print_back_unchanged() {
    let mut count = 0;
    for (name, text) in stillpoint::bundled::sessions() {
        let node = parse(text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let mut found = Vec::new();
        durations_in(&node, None, &mut found);
        for written in found {
            // A cue counted back from its step's end.
            let (sign, length) = written
                .strip_prefix('-')
                .map_or(("", written.as_str()), |rest| ("-", rest));
            let parsed = Duration::parse(length).unwrap_or_else(|e| panic!("{name}: {written}: {e}"));
            assert_eq!(format!("{sign}{parsed}"), written, "{name}");
            count += 1;
        }
    }
    assert!(count > 100, "only {count} durations found");
}

/// Session files are standard RON: the `ron` crate reads every bundled and
/// good corpus file too.
#[test]
fn session_files_are_plain_ron() {
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good");
    let (paths, _) = stillpoint::session::find_session_files(&[good]);
    let mut texts: Vec<(String, String)> = stillpoint::bundled::sessions()
        .iter()
        .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
        .collect();
    texts.extend(
        paths
            .iter()
            .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap_or_default())),
    );
    for (name, text) in texts {
        // Stillpoint accepts the byte order mark Windows editors write; the
        // ron crate does not, and it is not part of the RON text.
        if let Err(error) = ron::from_str::<ron::Value>(text.trim_start_matches('\u{feff}')) {
            panic!("{name}: the ron crate cannot read it: {error}");
        }
    }
}

/// Every session in every language it is written in.
fn every_version(library: &stillpoint::session::Library) -> Vec<&Session> {
    let mut versions: Vec<&Session> = Vec::new();
    for language in ["en", "es", "zh-Hant"] {
        for session in library.sessions_in(language) {
            if !versions
                .iter()
                .any(|s| s.id == session.id && s.language == session.language)
            {
                versions.push(session);
            }
        }
    }
    versions
}

fn guided(library: &stillpoint::session::Library) -> Vec<&Session> {
    library.sessions().filter(|s| s.domain != Domain::Timer).collect()
}

/// All of a session's words, in lower case.
fn words_of(session: &Session) -> String {
    session
        .steps
        .iter()
        .flat_map(|step| &step.cues)
        .map(|cue| cue.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// With the eyes closed, a person can take in a few words at a glance and
/// needs more silence than speech: no cue over 40 words on screen, no step
/// more than 60% spoken at 110 words a minute, and the shortest sessions
/// the lightest. `stillpoint show --stats` prints the same figures.
#[test]
fn every_session_leaves_more_silence_than_speech() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    let mut table = Vec::new();
    for session in every_version(&library) {
        let pacing = Pacing::of(session);
        table.push(format!(
            "{:<36} {:>5} cues {:>4} words {:>3} on screen {:>4.0}% spoken (top step {:>3.0}%)",
            format!("{} ({})", session.id, session.language),
            pacing.cues(),
            pacing.words(),
            pacing.most_words_on_screen(),
            pacing.speaking_share() * 100.0,
            pacing.highest_speaking_share() * 100.0
        ));
        // Flexible sessions at their shortest too, where speech is closest.
        let shortest = match session.length {
            Length::Flexible { min, .. } => Some(Pacing::at(session, Some(min))),
            _ => None,
        };
        for step in pacing.steps.iter().chain(shortest.iter().flat_map(|p| &p.steps)) {
            assert!(
                step.most_words_on_screen <= 40,
                "{} / {}: {} words on screen at once",
                session.id,
                step.title,
                step.most_words_on_screen
            );
            assert!(
                step.speaking_share <= MAX_SPEAKING_SHARE,
                "{} / {}: {:.0}% of the step is speech",
                session.id,
                step.title,
                step.speaking_share * 100.0
            );
        }
        // The shortest sessions are the lightest.
        if session.default_length().is_some_and(|l| l <= Duration::from_mins(5)) {
            assert!(
                pacing.speaking_share() <= 0.4,
                "{}: {:.0}% of a short session is speech",
                session.id,
                pacing.speaking_share() * 100.0
            );
        }
    }
    println!("{}", table.join("\n"));
}

/// Every guided session offers a choice of where to rest attention: a
/// lowered gaze for those who keep their eyes open, and an anchor besides
/// the breath. The breath is invited, never ordered; "open your eyes" comes
/// at the end.
#[test]
fn every_guided_session_offers_a_choice() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    for session in guided(&library) {
        let words = words_of(session);
        // A cue about the eyes offers more than closing them: a lowered
        // or resting gaze, or keeping them open.
        let choice = session.steps.iter().flat_map(|step| &step.cues).any(|cue| {
            let text = cue.text.to_lowercase();
            text.contains("gaze") || (text.contains("eyes") && (text.contains(" or ") || text.contains("open")))
        });
        assert!(choice, "{}: no lowered gaze offered, nor eyes left open", session.id);
        assert!(
            ["feet", "hands", "sound", "seat", "weight", "ground"]
                .iter()
                .any(|anchor| words.contains(anchor)),
            "{}: the breath is the only anchor",
            session.id
        );
        for ordered in [
            "take one slow breath",
            "take a deep breath",
            "breathe in deeply",
            "breathe in.",
        ] {
            assert!(
                !words.contains(ordered),
                "{}: the breath ordered: {ordered}",
                session.id
            );
        }
        assert!(
            session
                .steps
                .iter()
                .flat_map(|step| &step.cues)
                .all(|cue| cue.text.trim().to_lowercase() != "and again."),
            "{}: the breath ordered: And again.",
            session.id
        );
        // "Open your eyes" is said at the end, in the last step.
        let last = session.steps.len() - 1;
        for (n, step) in session.steps.iter().enumerate() {
            for cue in &step.cues {
                let text = cue.text.to_lowercase();
                // Said as a permission ("you can open your eyes … at any
                // time"), it may come anywhere.
                let permission = ["can ", "may ", "any time", "whenever", "any point"]
                    .iter()
                    .any(|w| text.contains(w));
                if text.contains("open your eyes") && !permission {
                    assert_eq!(n, last, "{}: {}", session.id, cue.text);
                }
            }
        }
        assert!(
            session.steps.iter().all(|step| step.title != "Arriving"),
            "{}: another step called Arriving",
            session.id
        );
    }
}

#[test]
fn no_two_sessions_share_a_reflection() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    let mut seen = std::collections::HashMap::new();
    for session in library.sessions() {
        if let Some(reflection) = &session.ending.reflection
            && let Some(other) = seen.insert(reflection.trim().to_lowercase(), session.id.as_str())
        {
            panic!("{} and {other} share the reflection \"{reflection}\"", session.id);
        }
    }
    assert!(seen.len() >= 20, "{} reflections", seen.len());
}

/// The first cycle runs the six months of a certification cycle, with
/// journaling through it and a daily practice long enough for its sessions.
#[test]
fn the_course_spans_six_months_with_time_enough_each_day() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    let cycle = library
        .programs()
        .find(|p| p.id.as_str() == "first-cycle")
        .unwrap_or_else(|| panic!("the first cycle is bundled"));
    let weeks: u32 = cycle.modules.iter().map(|m| m.weeks.unwrap_or(0)).sum();
    assert!((24..=28).contains(&weeks), "{weeks} weeks");
    let shortest = |id: &str| {
        library
            .sessions()
            .find(|s| s.id.as_str() == id)
            .and_then(|s| match s.length {
                Length::Fixed(l) => Some(l),
                Length::Flexible { min, .. } => Some(min),
                Length::OpenEnded => None,
            })
    };
    let mut journaling = Vec::new();
    for (n, module) in cycle.modules.iter().enumerate() {
        let daily = module
            .daily
            .unwrap_or_else(|| panic!("{}: no daily practice", module.title));
        for id in &module.sessions {
            if let Some(length) = shortest(id.value.as_str()) {
                assert!(
                    daily >= length,
                    "{}: {daily} a day, shorter than {} ({length})",
                    module.title,
                    id.value
                );
            }
            if id.value.as_str() == "reflective-journaling" {
                journaling.push(n);
            }
        }
    }
    let modules = cycle.modules.len();
    assert!(
        journaling.len() >= 3 && journaling[0] < modules / 3 && journaling[journaling.len() - 1] >= 2 * modules / 3,
        "journaling in modules {journaling:?} of {modules}"
    );
    for new in ["rain-for-a-strong-emotion", "walking-or-standing", "retreat-sit"] {
        assert!(cycle.session_ids().contains(&new), "the cycle leaves out {new}");
    }
    // Each two weeks close with the cohort's contemplative call: said in
    // the note, listed (so its progress shows), with a question of its own.
    let mut questions = Vec::new();
    for module in &cycle.modules {
        assert!(
            module.note.to_lowercase().contains("contemplative call"),
            "{}: {}",
            module.title,
            module.note
        );
        assert_eq!(
            module.call.as_ref().map(|id| id.value.as_str()),
            Some("contemplative-call"),
            "{}: the call is not listed",
            module.title
        );
        let question = module
            .call_prompt
            .clone()
            .unwrap_or_else(|| panic!("{}: no question for the call", module.title));
        assert_eq!(
            question.matches('?').count(),
            1,
            "{}: one question: {question}",
            module.title
        );
        assert!(
            !questions.contains(&question),
            "{}: asked before: {question}",
            module.title
        );
        questions.push(question);
    }
}

/// The frames of a second at the rate the tests lay sessions out at.
const RATE: u32 = 48_000;

fn seconds(frames: u64) -> f64 {
    frames as f64 / f64::from(RATE)
}

/// The contemplative call holds from 20 minutes to an hour: its sit stays
/// between 10 and 30 minutes and rings its interval bells at every length;
/// each of three people has a turn of at least two minutes, each opened by
/// a bell; at 45 and 60 minutes the rounds and the turns take the time,
/// not the sit.
#[test]
fn the_call_holds_twenty_minutes_to_an_hour() {
    use stillpoint::timeline::{Action, Timeline};
    let library = stillpoint::bundled::library(None, &FileProbe);
    for call in every_version(&library)
        .into_iter()
        .filter(|s| s.id.as_str() == "contemplative-call")
    {
        for minutes in [20, 45, 60] {
            let timeline = Timeline::compile(call, Some(Duration::from_mins(minutes)), &[], RATE);
            let step = |title: &str| {
                let index = call
                    .steps
                    .iter()
                    .position(|s| s.title == title)
                    .unwrap_or_else(|| panic!("{} ({}): no step {title:?}", call.id, call.language));
                let span = &timeline.steps[index];
                (index, span.start, span.end.unwrap_or(span.start))
            };
            // Bells a minute or more into a step: past its opening bell.
            let bells_within = |start: u64, end: u64| {
                timeline
                    .events
                    .iter()
                    .filter(|e| matches!(e.action, Action::Bell { .. }))
                    .filter(|e| e.at_frame >= start + 60 * u64::from(RATE) && e.at_frame < end)
                    .count()
            };
            let (_, sit_start, sit_end) = step("Sitting together");
            let sit = seconds(sit_end - sit_start) / 60.0;
            assert!(
                (10.0..=30.0).contains(&sit),
                "at {minutes} minutes the sit is {sit:.1} minutes"
            );
            assert!(
                bells_within(sit_start, sit_end) >= 1,
                "at {minutes} minutes the sit rings no interval bell"
            );
            if minutes >= 45 {
                assert!(
                    sit <= f64::from(minutes as u32) / 2.0,
                    "at {minutes} minutes the sit takes {sit:.1}"
                );
            }
            for turn in ["First turn", "Second turn", "Third turn"] {
                let (index, start, end) = step(turn);
                assert!(
                    seconds(end - start) >= 120.0,
                    "at {minutes} minutes the {turn} lasts {:.0} s",
                    seconds(end - start)
                );
                assert!(call.steps[index].start_bell.is_some(), "{turn} begins without a bell");
            }
            // Its steps add up to the length chosen; the closing bell rings then.
            let end = timeline.steps.last().and_then(|step| step.end).unwrap_or(0);
            assert!(
                (seconds(end) - minutes as f64 * 60.0).abs() < 1.0,
                "laid out for {:.1} minutes",
                seconds(end) / 60.0
            );
        }
        // A module's question takes the place of the call's own.
        let asked = call.with_module_question("What surprised you this week?");
        // Asked as the first turn begins, and again for the second.
        assert_eq!(
            crate::support::sessions::module_questions(&asked),
            ["What surprised you this week?"; 2]
        );
    }
}

/// Whether a cue asks a question, in any of the program's languages.
fn asks(text: &str) -> bool {
    text.contains('?') || text.contains('？')
}

/// The lengths a session is checked at: its own, and a flexible one's
/// shortest, default and longest.
fn lengths(session: &Session) -> Vec<Option<Duration>> {
    match session.length {
        Length::Flexible { min, max, default } => vec![Some(min), Some(default), Some(max)],
        _ => vec![None],
    }
}

/// Inquiry unhurried, and an ending that is not talked over: in every
/// session and language, at every length it can take, a cue asks one
/// question at most and has at least 25 s before the next cue of its step, and the
/// last cue's words (at 110 words a minute) end at least 8 s before the
/// closing bell.
#[test]
fn questions_have_room_and_the_last_words_end_before_the_closing_bell() {
    use stillpoint::timeline::{Action, Timeline};
    let library = stillpoint::bundled::library(None, &FileProbe);
    let mut hurried = Vec::new();
    for session in every_version(&library) {
        for length in lengths(session) {
            let timeline = Timeline::compile(session, length, &[], RATE);
            let cues: Vec<(u64, usize, &str)> = timeline
                .events
                .iter()
                .filter_map(|e| match e.action {
                    Action::Cue { step, cue } => Some((e.at_frame, step, timeline.cues[cue].text.as_str())),
                    _ => None,
                })
                .collect();
            let name = format!("{} ({}, {length:?})", session.id, session.language);
            for (_, _, text) in &cues {
                if text.matches(['?', '？']).count() > 1 {
                    hurried.push(format!("{name}: more than one question in a cue: {text:?}"));
                }
            }
            for pair in cues.windows(2) {
                let ((at, step, text), (next, next_step, _)) = (pair[0], pair[1]);
                if step == next_step && asks(text) && seconds(next - at) < 25.0 {
                    hurried.push(format!(
                        "{name}: {:.0} s after the question {text:?}",
                        seconds(next - at)
                    ));
                }
            }
            // The closing bell rings as the last step ends.
            let closing = timeline.steps.last().and_then(|step| step.end);
            if let (Some((at, _, text)), Some(end)) = (cues.last(), closing) {
                let said = seconds(*at) + stillpoint::session::speaking_time(text).as_millis() as f64 / 1000.0;
                if seconds(end) - said < 8.0 {
                    hurried.push(format!(
                        "{name}: the last cue ends {:.1} s before the closing bell: {text:?}",
                        seconds(end) - said
                    ));
                }
            }
        }
    }
    assert!(hurried.is_empty(), "{}", hurried.join("\n"));
}
