//! The shipped translations: every file reads, every language has every
//! message English has (and no others), with the same variables, and
//! every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use stillpoint::i18n::texts::{AREAS, sources};
use stillpoint::i18n::{Language, Locale, Texts};

/// The messages of one Fluent source: id → the variables it uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_message {
            let id = line.split('=').next().unwrap_or_default().trim().to_owned();
            found.insert(id.clone(), BTreeSet::new());
            current = Some(id);
        } else if line.starts_with('#') || line.trim().is_empty() {
            current = None;
        }
        if let Some(id) = &current {
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                let name: String = rest[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                found.entry(id.clone()).or_default().insert(name);
                rest = &rest[at + 1..];
            }
        }
    }
    found
}

fn all_messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    sources(language).into_iter().flat_map(messages).collect()
}

#[test]
fn every_shipped_file_reads_without_an_error() {
    for language in Language::ALL {
        for (area, source) in AREAS.iter().zip(sources(language)) {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_owned()) {
                panic!("assets/locales/{}/{area}.ftl: {errors:?}", language.tag());
            }
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = all_messages(Language::English);
    for language in [Language::Spanish, Language::TraditionalChinese] {
        let other = all_messages(language);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let stray: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag());
        assert!(
            stray.is_empty(),
            "{} has messages English does not: {stray:?}",
            language.tag()
        );
        for (id, variables) in &other {
            assert!(
                variables.is_subset(&english[id]),
                "{} `{id}` uses {variables:?}; English gives {:?}",
                language.tag(),
                english[id]
            );
        }
    }
}

/// Every `t!("…")` and `i18n::date("…", …)` in the code.
fn keys_in_code(folder: &Path, keys: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.is_dir() {
            keys_in_code(&path, keys);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let code: String = source
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .flat_map(|line| [line, "\n"])
                .collect();
            for opening in ["t!(", "date("] {
                for (at, _) in code.match_indices(opening) {
                    let before = code[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    // rustfmt may put the key on the next line.
                    let Some(rest) = code[at + opening.len()..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let key: String = rest.chars().take_while(|c| *c != '"').collect();
                    if !key.is_empty() && !key.contains(char::is_whitespace) {
                        keys.insert(key);
                    }
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let mut keys = BTreeSet::new();
    keys_in_code(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut keys);
    let english = all_messages(Language::English);
    let missing: Vec<_> = keys.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(missing.is_empty(), "asked for, not in assets/locales/en: {missing:?}");
}

#[test]
fn each_language_names_itself() {
    for language in Language::ALL {
        let texts = Texts::new(Locale::new(language, None));
        assert_eq!(texts.message("language-name", None), language.native_name());
        assert!(texts.has_own("language-name"));
    }
}
