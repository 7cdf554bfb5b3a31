//! The interface's words: one Project Fluent catalog per language (`assets/i18n/*.ftl`, compiled in), Arabic by
//! default and English as a choice in View.
//!
//! The window sets the language at the start of every frame ([`set_language`]); the drawing code asks for its
//! strings with [`tr`] / [`tr_args`] (plain strings) or [`trw`] / [`trw_args`] (widget texts: Arabic goes through
//! [`super::rtl::job`], which orders it right to left, since egui would shape a plain Arabic label wrongly).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::sync::OnceLock;

/// The Arabic catalog.
pub const ARABIC_FTL: &str = include_str!("../../assets/i18n/ar.ftl");
/// The English catalog.
pub const ENGLISH_FTL: &str = include_str!("../../assets/i18n/en.ftl");

/// Size of interface labels drawn as layout jobs (the lists and the outline use the same).
const LABEL_SIZE: f32 = 14.0;
/// Size of panel headings.
const HEADING_SIZE: f32 = 18.0;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    Arabic,
    English,
}

impl Language {
    pub const ALL: [Self; 2] = [Self::Arabic, Self::English];

    /// The language of a locale name (`ar_EG.UTF-8`, `en_GB`...): Arabic unless it is English.
    pub fn from_locale(locale: Option<&str>) -> Self {
        match locale.map(str::trim) {
            Some(l) if l.to_ascii_lowercase().starts_with("en") => Self::English,
            _ => Self::Arabic,
        }
    }

    /// The system's language from `LC_ALL`, `LC_MESSAGES` and `LANG` (in that order, the first one set).
    pub fn from_env() -> Self {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.trim().is_empty());
        Self::from_locale(locale.as_deref())
    }

    pub const fn is_rtl(self) -> bool {
        matches!(self, Self::Arabic)
    }

    const fn tag(self) -> &'static str {
        match self {
            Self::Arabic => "ar",
            Self::English => "en",
        }
    }

    /// The catalog's source text.
    pub const fn source(self) -> &'static str {
        match self {
            Self::Arabic => ARABIC_FTL,
            Self::English => ENGLISH_FTL,
        }
    }
}

/// One language's messages, built once.
pub struct Catalog {
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    fn build(language: Language) -> Self {
        let id = language.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // egui cannot draw the Unicode isolation marks Fluent puts around placeables; our bidi path orders the
        // mixed strings instead.
        bundle.set_use_isolating(false);
        // A broken entry is left out (the catalog tests fail on it); the rest of the catalog still works.
        let resource =
            FluentResource::try_new(language.source().to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        Self { bundle }
    }

    /// The catalog of `language`.
    pub fn get(language: Language) -> &'static Self {
        static ARABIC: OnceLock<Catalog> = OnceLock::new();
        static ENGLISH: OnceLock<Catalog> = OnceLock::new();
        let cell = match language {
            Language::Arabic => &ARABIC,
            Language::English => &ENGLISH,
        };
        cell.get_or_init(|| Self::build(language))
    }

    /// Whether the catalog has a message `key`.
    pub fn has(&self, key: &str) -> bool {
        self.bundle
            .get_message(key)
            .is_some_and(|m| m.value().is_some())
    }

    /// The message `key` (the key itself when missing, so a gap shows instead of vanishing).
    pub fn tr(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with its placeables (`{ $count }`, `{ $name }`) filled from `args`.
    pub fn tr_args(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.format(key, Some(&fluent))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

thread_local! {
    /// The language of the window drawn on this thread (tests draw windows in both languages side by side).
    static CURRENT: Cell<Language> = const { Cell::new(Language::Arabic) };
}

/// Sets the language of what this thread draws next.
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// The language being drawn.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// The message `key` in the current language.
pub fn tr(key: &str) -> String {
    Catalog::get(language()).tr(key)
}

/// The message `key` in the current language, with arguments.
pub fn tr_args(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    Catalog::get(language()).tr_args(key, args)
}

/// The message `key` as a widget text (Arabic ordered right to left).
pub fn trw(key: &str) -> egui::WidgetText {
    widget(&tr(key))
}

/// The message `key` with arguments as a widget text.
pub fn trw_args(key: &str, args: &[(&str, FluentValue<'_>)]) -> egui::WidgetText {
    widget(&tr_args(key, args))
}

/// A translated (or mixed) string as a widget text: through the bidi path when it holds right-to-left letters,
/// in the current language's base direction; plain otherwise. The colour is left to the widget.
pub fn widget(text: &str) -> egui::WidgetText {
    widget_colored(text, egui::Color32::PLACEHOLDER)
}

/// Like [`widget`] in a colour of its own (the error banner).
pub fn widget_colored(text: &str, color: egui::Color32) -> egui::WidgetText {
    let rtl = language().is_rtl();
    if rtl || text.chars().any(is_rtl_char) {
        let format = egui::TextFormat::simple(egui::FontId::proportional(LABEL_SIZE), color);
        super::rtl::job_in(text, &format, rtl).into()
    } else {
        egui::RichText::new(text).color(color).into()
    }
}

/// A panel heading: a larger, strong [`widget`].
pub fn heading(text: &str) -> egui::WidgetText {
    let format = egui::TextFormat::simple(
        egui::FontId::proportional(HEADING_SIZE),
        egui::Color32::PLACEHOLDER,
    );
    super::rtl::job_in(text, &format, language().is_rtl()).into()
}

/// The label a widget made by [`widget`] from `text` reports to accessibility (and to kittest's queries).
pub fn shown(text: &str) -> String {
    widget(text).text().to_owned()
}

fn is_rtl_char(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The message ids of a catalog source.
    fn keys(source: &str) -> BTreeSet<String> {
        source
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
            .collect()
    }

    /// The keys named in `tr("…")`, `tr_args("…"`, `trw("…")`, `trw_args("…"` calls of the app's sources.
    fn keys_in_code() -> BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
        let mut out = BTreeSet::new();
        let entries = std::fs::read_dir(&dir).into_iter().flatten().flatten();
        for entry in entries {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("rs") || path.ends_with("i18n.rs")
            {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            for call in ["tr(", "tr_args(", "trw(", "trw_args("] {
                for (i, _) in source.match_indices(call) {
                    let before = source[..i].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = source[i + call.len()..].trim_start();
                    if let Some(lit) = rest.strip_prefix('"')
                        && let Some(end) = lit.find('"')
                    {
                        out.insert(lit[..end].to_owned());
                    }
                }
            }
        }
        out
    }

    #[test]
    fn both_catalogs_parse_and_have_the_same_keys() {
        for language in Language::ALL {
            assert!(
                FluentResource::try_new(language.source().to_owned()).is_ok(),
                "{language:?} catalog has syntax errors"
            );
        }
        let ar = keys(ARABIC_FTL);
        let en = keys(ENGLISH_FTL);
        assert!(ar.len() > 50, "{} keys", ar.len());
        let only_ar: Vec<_> = ar.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&ar).collect();
        assert!(only_ar.is_empty(), "missing in en.ftl: {only_ar:?}");
        assert!(only_en.is_empty(), "missing in ar.ftl: {only_en:?}");
    }

    #[test]
    fn every_key_used_in_code_is_in_both_catalogs_and_every_key_is_used() {
        let used = keys_in_code();
        assert!(used.len() > 50, "the scan found {} keys", used.len());
        for language in Language::ALL {
            let catalog = Catalog::get(language);
            let missing: Vec<_> = used.iter().filter(|k| !catalog.has(k)).collect();
            assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        }
        let unused: Vec<_> = keys(ARABIC_FTL)
            .into_iter()
            .filter(|k| !used.contains(k))
            .collect();
        assert!(unused.is_empty(), "keys no code uses: {unused:?}");
    }

    #[test]
    fn placeables_are_filled_without_isolation_marks() {
        let ar = Catalog::get(Language::Arabic);
        let en = Catalog::get(Language::English);
        let s = en.tr_args(
            "search-position",
            &[("current", 2.into()), ("total", 5.into())],
        );
        assert_eq!(s, "2 of 5");
        let s = ar.tr_args(
            "search-position",
            &[("current", 2.into()), ("total", 5.into())],
        );
        assert!(s.contains('2') && s.contains('5'), "{s}");
        assert!(!s.contains(['\u{2068}', '\u{2069}']), "{s:?}");
        assert_eq!(ar.tr("menu-file"), "ملف");
        assert_eq!(ar.tr("no-such-key"), "no-such-key");
    }

    #[test]
    fn the_first_run_follows_the_locale() {
        assert_eq!(Language::from_locale(Some("ar_EG.UTF-8")), Language::Arabic);
        assert_eq!(
            Language::from_locale(Some("en_GB.UTF-8")),
            Language::English
        );
        assert_eq!(Language::from_locale(Some("C.UTF-8")), Language::Arabic);
        assert_eq!(Language::from_locale(Some("fr_FR")), Language::Arabic);
        assert_eq!(Language::from_locale(None), Language::Arabic);
    }
}
