//! Sessions in several languages. `the-pause.ron`, and beside it
//! `the-pause.es.ron` and `the-pause.zh-Hant.ron`, are one session under one
//! id in three languages: the file whose name gives no language is the
//! original, the others are its language versions.
//!
//! Here: the language a file's name gives, which version a practitioner is
//! shown, and whether the versions keep their original's structure (steps,
//! lengths, bells, cue times), so that a practice counts the same in any
//! language and a shared sit rings together whatever each person reads.

use std::collections::HashMap;

use super::cue::CueTime;
use super::decode::decode_session;
use super::diagnostic::{Code, Diagnostic};
use super::load::SessionFile;
use super::model::{Bell, BellSound, FillRange, IntervalRule, Intervals, Length, Session, Step, StepLength};
use super::names::Named;
use super::parser;
use super::raw::{RawBell, RawLength, RawSession, RawStep};
use super::span::{LineCol, Span};
use crate::t;

/// The language a file's name gives it: `the-pause.es.ron` → `es`,
/// `sessions/the-pause.zh-Hant.ron` → `zh-Hant`; `None` for an original,
/// `the-pause.ron`.
pub fn name_language(name: &str) -> Option<&str> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let (base, tag) = without_ron(file)?.rsplit_once('.')?;
    (!base.is_empty() && is_language_tag(tag)).then_some(tag)
}

/// Which of one session's versions to show someone who reads `wanted`,
/// given the versions' languages, the original's first: the version in
/// exactly that language; else one in the same language written for
/// another place or script (by the first subtag: `es-MX` for `es`); else
/// the original (0).
pub fn pick_version(languages: &[&str], wanted: &str) -> usize {
    languages
        .iter()
        .position(|language| language.eq_ignore_ascii_case(wanted))
        .or_else(|| {
            languages
                .iter()
                .position(|language| primary(language).eq_ignore_ascii_case(primary(wanted)))
        })
        .unwrap_or(0)
}

/// The files of each session id, in the order the ids first come. In each
/// group the original comes first, then the language versions as loaded.
/// Files without an id (programs, unreadable files) are in none.
pub(crate) fn version_groups(files: &[SessionFile]) -> Vec<Vec<usize>> {
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let Some(id) = &file.id else { continue };
        let group = *group_of.entry(id.value.as_str()).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[group].push(index);
    }
    for group in &mut groups {
        // A stable sort: originals first, each part in load order.
        group.sort_by_key(|&index| name_language(&files[index].name).is_some());
    }
    groups
}

/// Checks every language version among `files`: its `language` is the one
/// its name gives, its id the one of the files beside it under the same
/// name, and its steps, lengths, bells and cue times are its original's.
/// A version that fails any of these is reported where it differs and is
/// not played; its original still is.
pub fn check_language_versions(files: &mut [SessionFile]) {
    // Ids and names, and so the groups, stay as they are while checking.
    let groups = version_groups(files);
    // Only versions and the files they are compared with are read again:
    // a library in one language costs nothing more to load.
    let mut compared = vec![false; files.len()];
    for group in groups.iter().filter(|group| group.len() > 1) {
        for &index in group {
            compared[index] = true;
        }
    }
    let raws: Vec<Option<RawSession>> = files
        .iter()
        .zip(compared)
        .map(|(file, compared)| (compared || name_language(&file.name).is_some()).then(|| raw_session(file))?)
        .collect();
    let mut found: Vec<(usize, Diagnostic)> = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let (Some(tag), Some(raw)) = (name_language(&file.name), &raws[index]) else {
            continue;
        };
        found.extend(language_against_name(tag, raw).map(|d| (index, d)));
        found.extend(id_against_siblings(files, index).map(|d| (index, d)));
    }
    report(files, found);

    let mut found = Vec::new();
    for group in groups {
        let Some((&first, versions)) = group.split_first() else {
            continue;
        };
        let Some(original) = side(files, &raws, first) else {
            continue;
        };
        for &index in versions {
            if let Some(version) = side(files, &raws, index) {
                found.extend(
                    structure_differences(&original, &version)
                        .into_iter()
                        .map(|d| (index, d)),
                );
            }
        }
    }
    report(files, found);
}

/// Adds each diagnostic to its file, in the order of the file's text, and
/// keeps a file with an error from being played.
fn report(files: &mut [SessionFile], found: Vec<(usize, Diagnostic)>) {
    for (index, diagnostic) in found {
        let file = &mut files[index];
        if diagnostic.is_error() {
            file.session = None;
        }
        file.diagnostics.push(diagnostic);
        file.diagnostics.sort_by_key(|d| d.span.map_or(0, |s| s.start));
    }
}

/// The file read again as far as the raw model, for the places of its
/// values; `None` for a program or a file that does not read.
fn raw_session(file: &SessionFile) -> Option<RawSession> {
    if file.is_program {
        return None;
    }
    let node = parser::parse(&file.source).ok()?;
    decode_session(&node, &mut Vec::new())
}

fn language_against_name(tag: &str, raw: &RawSession) -> Option<Diagnostic> {
    let help = t!("diag-version-language-help", tag = tag);
    match &raw.language {
        Some(language) if language.value.eq_ignore_ascii_case(tag) => None,
        Some(language) => Some(
            Diagnostic::new(
                Code::VersionLanguage,
                language.span,
                t!("diag-version-language", tag = tag, language = language.value.as_str()),
            )
            .label(t!("diag-not-value", value = tag))
            .help(help),
        ),
        None if tag.eq_ignore_ascii_case("en") => None,
        None => Some(
            Diagnostic::new(
                Code::VersionLanguage,
                raw.head,
                t!("diag-version-no-language", tag = tag),
            )
            .label(t!("diag-version-no-language-label"))
            .help(help),
        ),
    }
}

/// The id of a version against the one of the files beside it under the
/// same name: the original's, or when there is none the first version's.
fn id_against_siblings(files: &[SessionFile], index: usize) -> Option<Diagnostic> {
    let file = &files[index];
    let id = file.id.as_ref()?;
    let shared = shared_name(&file.name);
    let siblings: Vec<usize> = (0..files.len())
        .filter(|&i| files[i].id.is_some() && shared_name(&files[i].name) == shared)
        .collect();
    let reference = siblings
        .iter()
        .copied()
        .find(|&i| name_language(&files[i].name).is_none())
        .or_else(|| siblings.first().copied())
        .filter(|&i| i != index)?;
    let other = &files[reference];
    let other_id = other.id.as_ref()?;
    if other_id.value == id.value {
        return None;
    }
    let place = place_of(other, other_id.span, file);
    Some(
        Diagnostic::new(
            Code::VersionId,
            id.span,
            t!(
                "diag-version-id",
                id = id.value.as_str(),
                place = place,
                other = other_id.value.as_str()
            ),
        )
        .label(t!("diag-not-value", value = other_id.value.as_str()))
        .help(t!("diag-version-id-help", other = other_id.value.as_str())),
    )
}

/// A playable file with its raw model, for comparing.
struct Side<'a> {
    file: &'a SessionFile,
    session: &'a Session,
    raw: &'a RawSession,
}

fn side<'a>(files: &'a [SessionFile], raws: &'a [Option<RawSession>], index: usize) -> Option<Side<'a>> {
    let file = &files[index];
    Some(Side {
        file,
        session: file.session.as_ref()?,
        raw: raws[index].as_ref()?,
    })
}

/// Where `version` differs from `original` in what is played: each
/// difference at its place in the version, naming the original's value
/// and line.
fn structure_differences(original: &Side, version: &Side) -> Vec<Diagnostic> {
    let mut compare = Comparison {
        original,
        version,
        found: Vec::new(),
    };
    compare.length();
    compare.settle();
    compare.steps();
    compare.ending();
    compare.found
}

struct Comparison<'a> {
    original: &'a Side<'a>,
    version: &'a Side<'a>,
    found: Vec<Diagnostic>,
}

impl Comparison<'_> {
    /// The original's file and the line of `there` in it: `the-pause.ron (line 31)`.
    fn place(&self, there: Span) -> String {
        place_of(self.original.file, there, self.version.file)
    }

    /// A difference at `here` in the version, where the original gives `theirs`.
    fn differ(&mut self, here: Span, message: String, theirs: &str) {
        let original = short_name(self.original.file, self.version.file);
        self.found.push(
            Diagnostic::new(Code::VersionDiffers, here, message)
                .label(t!("diag-version-differs-label", original = original, theirs = theirs))
                .help(t!("diag-version-differs-help")),
        );
    }

    fn length(&mut self) {
        let (o, v) = (self.original.session.length, self.version.session.length);
        let span = |raw: &RawSession| raw.length.as_ref().map_or(raw.head, |l| l.span);
        let (theirs, mine) = (length_kind(o), length_kind(v));
        if theirs != mine {
            let there = self.place(span(self.original.raw));
            self.differ(
                span(self.version.raw),
                t!(
                    "diag-version-length-kind",
                    mine = mine,
                    there = there,
                    theirs = theirs.as_str()
                ),
                &theirs,
            );
            return;
        }
        let (
            Length::Flexible {
                min: o_min,
                max: o_max,
                default: o_default,
            },
            Length::Flexible {
                min: v_min,
                max: v_max,
                default: v_default,
            },
        ) = (o, v)
        else {
            return;
        };
        let spans = |raw: &RawSession| match raw.length.as_ref().map(|l| (&l.value, l.span)) {
            Some((RawLength::Flexible { min, max, default }, span)) => {
                [min, max, default].map(|value| value.as_ref().map_or(span, |value| value.span))
            }
            _ => [raw.head; 3],
        };
        let (o_spans, v_spans) = (spans(self.original.raw), spans(self.version.raw));
        let names = ["min", "max", "default"];
        let pairs = [(o_min, v_min), (o_max, v_max), (o_default, v_default)];
        for (index, (theirs, mine)) in pairs.into_iter().enumerate() {
            if theirs != mine {
                let there = self.place(o_spans[index]);
                let theirs = theirs.to_string();
                let message = t!(
                    "diag-version-length-bound",
                    which = names[index],
                    mine = mine.to_string(),
                    there = there,
                    theirs = theirs.as_str()
                );
                self.differ(v_spans[index], message, &theirs);
            }
        }
    }

    fn settle(&mut self) {
        let (theirs, mine) = (self.original.session.settle, self.version.session.settle);
        if theirs != mine {
            let span = |raw: &RawSession| raw.settle.as_ref().map_or(raw.head, |s| s.span);
            let there = self.place(span(self.original.raw));
            let theirs = theirs.to_string();
            let message = t!(
                "diag-version-settle",
                mine = mine.to_string(),
                there = there,
                theirs = theirs.as_str()
            );
            self.differ(span(self.version.raw), message, &theirs);
        }
    }

    fn steps(&mut self) {
        let (o_raw, v_raw) = (self.original.raw, self.version.raw);
        let (Some(o_steps), Some(v_steps)) = (&o_raw.steps, &v_raw.steps) else {
            return;
        };
        let (o, v) = (&self.original.session.steps, &self.version.session.steps);
        if o.len() != v.len() {
            // The opening bracket of the steps, not the whole list.
            let bracket = |span: Span| Span::new(span.start, span.start + 1);
            let there = self.place(o_steps.span);
            self.differ(
                bracket(v_steps.span),
                t!(
                    "diag-version-step-count",
                    mine = v.len(),
                    there = there,
                    theirs = o.len()
                ),
                &t!("diag-count-steps", count = o.len()),
            );
            return;
        }
        for (index, (o_step, v_step)) in o.iter().zip(v).enumerate() {
            if let (Some(o_raw_step), Some(v_raw_step)) = (o_steps.value.get(index), v_steps.value.get(index)) {
                self.step((o_step, o_raw_step), (v_step, v_raw_step));
            }
        }
    }

    fn step(&mut self, (o, o_raw): (&Step, &RawStep), (v, v_raw): (&Step, &RawStep)) {
        if o.length != v.length {
            let span = |step: &RawStep| {
                step.duration
                    .as_ref()
                    .map(|d| d.span)
                    .or(step.fill)
                    .unwrap_or(step.head)
            };
            let (theirs, mine) = (step_length_text(o.length), step_length_text(v.length));
            let there = self.place(span(o_raw));
            let message = match (v.length, o.length) {
                (StepLength::Fixed(_), StepLength::Fixed(_)) => {
                    t!(
                        "diag-version-step-lasts",
                        mine = mine,
                        there = there,
                        theirs = theirs.as_str()
                    )
                }
                _ => t!(
                    "diag-version-step-length",
                    mine = mine,
                    there = there,
                    theirs = theirs.as_str()
                ),
            };
            self.differ(span(v_raw), message, &theirs);
        }
        let bell_span = |bell: &Option<RawBell>, step: &RawStep| bell.as_ref().map_or(step.head, |b| b.span);
        for (which, theirs, mine, there, here) in [
            (
                "start",
                &o.start_bell,
                &v.start_bell,
                bell_span(&o_raw.start_bell, o_raw),
                bell_span(&v_raw.start_bell, v_raw),
            ),
            (
                "end",
                &o.end_bell,
                &v.end_bell,
                bell_span(&o_raw.end_bell, o_raw),
                bell_span(&v_raw.end_bell, v_raw),
            ),
        ] {
            let (theirs, mine) = (bell_text(theirs.as_ref()), bell_text(mine.as_ref()));
            if theirs != mine {
                let there = self.place(there);
                let message = t!(
                    "diag-version-bell",
                    which = which,
                    mine = mine,
                    there = there,
                    theirs = theirs.as_str()
                );
                self.differ(here, message, &theirs);
            }
        }
        let (theirs, mine) = (
            intervals_text(o.intervals.as_ref()),
            intervals_text(v.intervals.as_ref()),
        );
        if theirs != mine {
            let span = |step: &RawStep| step.intervals.as_ref().map_or(step.head, |i| i.span);
            let there = self.place(span(o_raw));
            let message = t!(
                "diag-version-intervals",
                mine = mine,
                there = there,
                theirs = theirs.as_str()
            );
            self.differ(span(v_raw), message, &theirs);
        }
        if o.cues.len() != v.cues.len() {
            let there = self.place(o_raw.head);
            self.differ(
                v_raw.head,
                t!(
                    "diag-version-cue-count",
                    mine = v.cues.len(),
                    there = there,
                    theirs = o.cues.len()
                ),
                &t!("diag-count-cues", count = o.cues.len()),
            );
            return;
        }
        for (index, (o_cue, v_cue)) in o.cues.iter().zip(&v.cues).enumerate() {
            if o_cue.at == v_cue.at {
                continue;
            }
            // A timed cue at its time; an untimed one at its words.
            let span = |step: &RawStep| {
                step.cues
                    .get(index)
                    .map_or(step.head, |cue| cue.at.as_ref().map_or(cue.text.span, |at| at.span))
            };
            let theirs = cue_time_text(o_cue.at);
            let there = self.place(span(o_raw));
            let message = match v_cue.at {
                CueTime::Flowing => t!("diag-version-cue-flowing", there = there, theirs = theirs.as_str()),
                at => t!(
                    "diag-version-cue-at",
                    at = cue_time_text(at),
                    there = there,
                    theirs = theirs.as_str()
                ),
            };
            self.differ(span(v_raw), message, &theirs);
        }
    }

    fn ending(&mut self) {
        let theirs = bell_text(self.original.session.ending.bell.as_ref());
        let mine = bell_text(self.version.session.ending.bell.as_ref());
        if theirs != mine {
            let span = |raw: &RawSession| raw.ending.bell.as_ref().map_or(raw.head, |b| b.span);
            let there = self.place(span(self.original.raw));
            let message = t!(
                "diag-version-closing-bell",
                mine = mine,
                there = there,
                theirs = theirs.as_str()
            );
            self.differ(span(self.version.raw), message, &theirs);
        }
    }
}

fn length_kind(length: Length) -> String {
    match length {
        Length::Fixed(_) => t!("diag-length-fixed"),
        Length::Flexible { .. } => t!("diag-length-flexible"),
        Length::OpenEnded => t!("diag-length-open-ended"),
    }
}

fn step_length_text(length: StepLength) -> String {
    match length {
        StepLength::Fixed(duration) => duration.to_string(),
        StepLength::Fill(range) if range == FillRange::default() => "`fill: true`".to_owned(),
        StepLength::Fill(FillRange { min, max }) => format!(
            "`fill: Between(min: \"{min}\", max: \"{}\")`",
            max.map_or_else(String::new, |max| max.to_string())
        ),
    }
}

/// A bell as an author would recognise it: `the small bell, 3 strikes 2s
/// apart`; "none" for no bell. The bell's name, times and volume are
/// written as the file writes them.
fn bell_text(bell: Option<&Bell>) -> String {
    let Some(bell) = bell else {
        return t!("diag-bell-none");
    };
    let mut text = match &bell.sound {
        BellSound::Builtin(builtin) => t!("diag-bell-builtin", name = builtin.name()),
        BellSound::File(file) => format!("\"{}\"", file.written),
    };
    if bell.strikes > 1 {
        text = t!(
            "diag-bell-strikes",
            bell = text,
            strikes = bell.strikes,
            spacing = bell.spacing.to_string()
        );
    }
    if bell.volume.get() < 1.0 {
        text = t!("diag-bell-volume", bell = text, volume = bell.volume.get().to_string());
    }
    text
}

fn intervals_text(intervals: Option<&Intervals>) -> String {
    let Some(intervals) = intervals else {
        return t!("diag-bell-none");
    };
    let rule = match &intervals.rule {
        IntervalRule::Every(every) => t!("diag-intervals-every", every = every.to_string()),
        IntervalRule::Count(count) => t!("diag-intervals-count", count = *count),
        IntervalRule::At(times) => {
            let times: Vec<String> = times.iter().map(ToString::to_string).collect();
            t!("diag-intervals-at", times = times.join(&t!("diag-list-separator")))
        }
    };
    t!(
        "diag-intervals-with",
        rule = rule,
        bell = bell_text(Some(&intervals.bell))
    )
}

fn cue_time_text(at: CueTime) -> String {
    match at {
        CueTime::Flowing => t!("diag-cue-no-time"),
        CueTime::FromStart(at) => at.to_string(),
        CueTime::FromEnd(before) => format!("-{before}"),
    }
}

/// `other`'s name and the line of `span` in it, as a diagnostic in `here`
/// names it: `the-pause.ron (line 31)`.
fn place_of(other: &SessionFile, span: Span, here: &SessionFile) -> String {
    t!(
        "diag-file-line",
        file = short_name(other, here),
        line = LineCol::of(&other.source, span.start).line
    )
}

/// `other`'s file name alone when it is in the same folder as `here`,
/// else its whole name.
fn short_name<'a>(other: &'a SessionFile, here: &SessionFile) -> &'a str {
    let split = |name: &'a str| name.rsplit_once(['/', '\\']).unwrap_or(("", name));
    let (other_folder, other_file) = split(&other.name);
    let (here_folder, _) = here.name.rsplit_once(['/', '\\']).unwrap_or(("", &here.name));
    if other_folder == here_folder {
        other_file
    } else {
        &other.name
    }
}

/// The name every version of a session shares: `sessions/the-pause` for
/// `sessions/the-pause.es.ron` and `sessions/the-pause.ron`.
fn shared_name(name: &str) -> &str {
    let stem = without_ron(name).unwrap_or(name);
    match name_language(name) {
        Some(tag) => &stem[..stem.len() - tag.len() - 1],
        None => stem,
    }
}

/// The name without its `.ron`; `None` for a name that does not end in it.
fn without_ron(name: &str) -> Option<&str> {
    let cut = name.len().checked_sub(4)?;
    let extension = name.get(cut..)?;
    extension.eq_ignore_ascii_case(".ron").then(|| &name[..cut])
}

/// Whether `tag` has the shape of a BCP 47 language tag: a language of two
/// or three letters, then subtags of letters and digits (`es`, `es-MX`,
/// `zh-Hant`). `v2` or `backup-copy` is part of a name, not a language.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|part| (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A tag's language, without its script or region: `zh` for `zh-Hant`.
fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_files_name_gives_its_language_when_it_has_one() {
        let check = |name: &str, expected: Option<&str>| assert_eq!(name_language(name), expected, "{name}");
        check("the-pause.ron", None);
        check("the-pause.es.ron", Some("es"));
        check("sessions/the-pause.zh-Hant.ron", Some("zh-Hant"));
        check("bundled/the-pause.es-MX.RON", Some("es-MX"));
        check("/home/a/my.sessions/evening.ron", None);
        check("evening.v2.ron", None);
        check("evening.backup-copy.ron", None);
        check(".es.ron", None);
        check("es.ron", None);
        check("notes.txt", None);
    }

    #[test]
    fn versions_share_the_name_before_their_language() {
        assert_eq!(shared_name("sessions/the-pause.es.ron"), "sessions/the-pause");
        assert_eq!(shared_name("sessions/the-pause.ron"), "sessions/the-pause");
        assert_eq!(shared_name("a/b.zh-Hant.ron"), "a/b");
        assert_eq!(shared_name("evening.v2.ron"), "evening.v2");
    }

    #[test]
    fn the_version_in_the_wanted_language_is_picked_else_the_original() {
        let check = |languages: &[&str], wanted: &str, expected: usize| {
            assert_eq!(pick_version(languages, wanted), expected, "{languages:?} for {wanted}");
        };
        let pause = ["en", "es", "zh-Hant"];
        check(&pause, "es", 1);
        check(&pause, "zh-Hant", 2);
        check(&pause, "en", 0);
        check(&pause, "da", 0);
        check(&pause, "es-MX", 1);
        check(&pause, "ZH-hant", 2);
        check(&["en", "es"], "zh-Hant", 0);
        check(&["en", "zh-Hans", "zh-Hant"], "zh-Hant", 2);
        check(&["en", "zh-Hans"], "zh-Hant", 1);
        check(&["es", "en"], "es", 0);
        check(&["en"], "", 0);
        check(&[], "es", 0);
    }
}
