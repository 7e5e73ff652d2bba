//! The journal: every entry with a note, newest first, searched by words
//! in any language with accents and case ignored, and filtered by kind of
//! practice and by period. Pure functions of the entries.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::day::PracticeRules;
use super::entry::{Entry, Practice};

/// What the journal is asked to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JournalQuery {
    /// Words that must all appear (in the note, the title or the prompt).
    pub words: String,
    pub practice: Option<Practice>,
    /// The first and last practice days, when given.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only entries chosen for the portfolio.
    pub marked_only: bool,
}

/// Text as the journal compares it: decomposed, without its accents and
/// other combining marks, in lower case. "Café" and "CAFE" are the same;
/// Chinese and Arabic letters are kept as they are.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The indexes in `entries` of the journal's entries that `query` asks
/// for, newest first.
pub fn journal(entries: &[Entry], rules: &PracticeRules, query: &JournalQuery) -> Vec<usize> {
    let words: Vec<String> = fold(&query.words).split_whitespace().map(str::to_owned).collect();
    let mut found: Vec<usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| {
            let Some(note) = entry.note.as_deref().filter(|n| !n.trim().is_empty()) else {
                return false;
            };
            if query.practice.is_some_and(|p| p != entry.practice) || (query.marked_only && !entry.portfolio) {
                return false;
            }
            let day = rules.day_of(entry.start);
            if query.from.is_some_and(|from| day < from) || query.to.is_some_and(|to| day > to) {
                return false;
            }
            if words.is_empty() {
                return true;
            }
            let text = fold(&format!(
                "{note}\n{}\n{}",
                entry.title,
                entry.prompt.as_deref().unwrap_or_default()
            ));
            words.iter().all(|word| text.contains(word.as_str()))
        })
        .map(|(at, _)| at)
        .collect();
    found.sort_by_key(|at| std::cmp::Reverse(entries[*at].start));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(start: &str, note: Option<&str>, practice: Practice) -> Entry {
        let start = chrono::DateTime::parse_from_rfc3339(start).unwrap_or_else(|e| panic!("{e}"));
        Entry::manual(start, 10, None, practice, note, start.to_utc()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn words_are_found_in_any_language_without_accents_or_case() {
        let entries = [
            entry(
                "2026-11-01T07:00:00+01:00",
                Some("Un café tranquilo, sin prisa."),
                Practice::Formal,
            ),
            entry(
                "2026-11-02T07:00:00+01:00",
                Some("今天的呼吸很安靜。"),
                Practice::Journaling,
            ),
            entry(
                "2026-11-03T07:00:00+01:00",
                Some("ÉCOLE: the pause before class"),
                Practice::Informal,
            ),
            entry("2026-11-04T07:00:00+01:00", None, Practice::Formal),
            entry("2026-11-05T07:00:00+01:00", Some("صباح هادئ"), Practice::Formal),
        ];
        let rules = PracticeRules::default();
        let find = |words: &str| {
            let query = JournalQuery {
                words: words.into(),
                ..JournalQuery::default()
            };
            journal(&entries, &rules, &query)
        };
        assert_eq!(find(""), [4, 2, 1, 0], "every note, newest first");
        assert_eq!(find("CAFE"), [0]);
        assert_eq!(find("cafe prisa"), [0]);
        assert_eq!(find("cafe class"), Vec::<usize>::new());
        assert_eq!(find("ecole"), [2]);
        assert_eq!(find("呼吸"), [1]);
        assert_eq!(find("هادئ"), [4]);
        let calls = JournalQuery {
            practice: Some(Practice::Journaling),
            ..JournalQuery::default()
        };
        assert_eq!(journal(&entries, &rules, &calls), [1]);
        let period = JournalQuery {
            from: NaiveDate::from_ymd_opt(2026, 11, 2),
            to: NaiveDate::from_ymd_opt(2026, 11, 3),
            ..JournalQuery::default()
        };
        assert_eq!(journal(&entries, &rules, &period), [2, 1]);
    }
}
