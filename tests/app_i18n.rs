//! The interface in Arabic and in English, driven headless with egui_kittest: the menus and panels show the
//! catalogs' strings, and the language chosen in View applies at once.
#![allow(clippy::expect_used)] // test helpers outside #[test] fns

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sahifa::app::SahifaApp;
use sahifa::app::i18n::{self, Catalog, Language};
use sahifa::app::settings::Settings;
use sahifa::app::worker::Loaded;

/// The app on the bundled sample in `language`, in a 1200x800 window.
fn harness(language: Language) -> Harness<'static, SahifaApp> {
    let settings = Settings {
        language: Some(language),
        ..Settings::default()
    };
    let app = SahifaApp::with_loaded(settings, Loaded::analyse(sahifa::load::sample()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(|ui, app: &mut SahifaApp| app.ui(ui), app);
    harness.run_steps(4);
    harness
}

/// The label a widget shows for `key` in `language` (Arabic goes through the bidi path: for these labels, the
/// catalog's string itself).
fn label(language: Language, key: &str) -> String {
    i18n::set_language(language);
    i18n::shown(&Catalog::get(language).tr(key))
}

/// Keys of labels always on screen: menu titles, the filter bar, the panel headings and tabs.
const ON_SCREEN: [&str; 11] = [
    "menu-file",
    "menu-edit",
    "menu-view",
    "filter-show",
    "filter-speaker",
    "filter-find",
    "entity-per-plural",
    "filter-quotes",
    "panel-outline",
    "panel-entities",
    "panel-quotes",
];

fn assert_shows(harness: &Harness<'static, SahifaApp>, language: Language) {
    for key in ON_SCREEN {
        let text = label(language, key);
        assert!(
            harness.query_all_by_label(&text).next().is_some(),
            "{language:?}: {key} = {text:?} is not on screen"
        );
    }
    let other = match language {
        Language::Arabic => Language::English,
        Language::English => Language::Arabic,
    };
    for key in ["menu-file", "menu-view", "panel-outline", "filter-find"] {
        let text = label(other, key);
        assert!(
            harness.query_all_by_label(&text).next().is_none(),
            "{language:?}: {key} also shows in {other:?} ({text:?})"
        );
    }
}

#[test]
fn arabic_menus_and_panels_show_the_arabic_catalog() {
    let harness = harness(Language::Arabic);
    assert_eq!(Catalog::get(Language::Arabic).tr("menu-file"), "ملف");
    assert_shows(&harness, Language::Arabic);
    harness.get_by_label("ملف");
    harness.get_by_label("المخطط");
    harness.get_by_label("أماكن");
}

#[test]
fn english_menus_and_panels_show_the_english_catalog() {
    let harness = harness(Language::English);
    assert_shows(&harness, Language::English);
    harness.get_by_label("File");
    harness.get_by_label("Outline");
}

#[test]
fn a_menu_opens_on_the_catalogs_items() {
    for language in Language::ALL {
        let mut harness = harness(language);
        harness.get_by_label(&label(language, "menu-file")).click();
        harness.run_steps(3);
        // Items without a shortcut (a shortcut's text joins the item's accessible label).
        for key in ["menu-open-sample", "menu-open-recent", "menu-save-png"] {
            let text = label(language, key);
            assert!(
                harness.query_all_by_label(&text).next().is_some(),
                "{language:?}: File menu lacks {key} = {text:?}"
            );
        }
    }
}

#[test]
fn choosing_a_language_in_view_changes_the_interface_at_once() {
    let mut harness = harness(Language::English);
    harness.get_by_label("View").click();
    harness.run_steps(3);
    harness.get_by_label("Language").click();
    harness.run_steps(3);
    harness.get_by_label("العربية").click();
    harness.run_steps(4);
    assert_eq!(harness.state().settings.language, Some(Language::Arabic));
    assert_shows(&harness, Language::Arabic);

    // And back: the Arabic View menu offers English.
    harness
        .get_by_label(&label(Language::Arabic, "menu-view"))
        .click();
    harness.run_steps(3);
    harness
        .get_by_label(&label(Language::Arabic, "menu-language"))
        .click();
    harness.run_steps(3);
    harness.get_by_label("English").click();
    harness.run_steps(4);
    assert_eq!(harness.state().settings.language, Some(Language::English));
    assert_shows(&harness, Language::English);
}

#[test]
fn the_language_is_remembered_in_the_settings() {
    let settings = Settings {
        language: Some(Language::English),
        ..Settings::default()
    };
    let json = serde_json::to_string(&settings).expect("settings serialise");
    let back: Settings = serde_json::from_str(&json).expect("settings parse");
    assert_eq!(back.language, Some(Language::English));
    // Settings saved before the language existed load with no choice: the first run's locale decides.
    let old: Settings = serde_json::from_str(r#"{"font_size": 20.0}"#).expect("old settings parse");
    assert_eq!(old.language, None);
}
