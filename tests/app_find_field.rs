//! The find bar's right-to-left field driven headless with egui_kittest, in both interface languages: Ctrl+F,
//! Arabic typed a key at a time with a Latin name and a year in it, Home/End/arrows, undo, Enter, and the hits.
#![allow(clippy::expect_used)] // test helpers outside #[test] fns

use egui::{Event, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sahifa::app::SahifaApp;
use sahifa::app::i18n::{self, Catalog, Language};
use sahifa::app::settings::Settings;
use sahifa::app::worker::Loaded;

/// An article where "الوفد G20" occurs twice and "الوفد G20 عام 2015" once.
const ARTICLE: &str =
    "قمة الرياض\n\nزار الوفد G20 عام 2015 في الرياض.\n\nوعاد الوفد G20 عام 2016 إلى جدة.\n";

fn harness(language: Language) -> Harness<'static, SahifaApp> {
    let doc = sahifa::load::load_str("g20.txt", ARTICLE, sahifa::load::Format::Plain)
        .expect("the article loads");
    let settings = Settings {
        language: Some(language),
        ..Settings::default()
    };
    let app = SahifaApp::with_loaded(settings, Loaded::analyse(doc));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(|ui, app: &mut SahifaApp| app.ui(ui), app);
    harness.run_steps(4);
    harness
}

/// Types `text` a character at a time, as a keyboard does.
fn type_keys(harness: &mut Harness<'static, SahifaApp>, text: &str) {
    for c in text.chars() {
        harness.event(Event::Text(c.to_string()));
        harness.run_steps(1);
    }
    harness.run_steps(2);
}

fn press(harness: &mut Harness<'static, SahifaApp>, key: Key, times: usize) {
    for _ in 0..times {
        harness.key_press(key);
        harness.run_steps(1);
    }
}

fn caret(harness: &Harness<'static, SahifaApp>) -> usize {
    harness.state().search.field.buffer().caret().offset
}

fn query(harness: &Harness<'static, SahifaApp>) -> String {
    harness.state().search.field.text().to_owned()
}

/// The hit-count label as the find bar shows it in `language`.
fn position_label(language: Language, current: usize, total: usize) -> String {
    i18n::set_language(language);
    i18n::shown(&Catalog::get(language).tr_args(
        "search-position",
        &[("current", current.into()), ("total", total.into())],
    ))
}

#[test]
fn arabic_typed_into_the_find_field_edits_in_logical_order_and_finds() {
    for language in Language::ALL {
        let mut h = harness(language);
        h.key_press_modifiers(Modifiers::COMMAND, Key::F);
        h.run_steps(2);
        assert!(h.state().search.open, "{language:?}");
        assert!(
            h.get_by_role(Role::TextInput).is_focused(),
            "{language:?}: Ctrl+F gives the field the keyboard"
        );

        // "الوفد G20": 10 bytes of Arabic, a space, then G20 (bytes 11..14).
        type_keys(&mut h, "الوفد G20");
        assert_eq!(query(&h), "الوفد G20");
        assert_eq!(caret(&h), 14, "{language:?}: the caret follows the typing");
        assert_eq!(h.state().search.hits.len(), 2);
        h.get_by_label(&position_label(language, 1, 2));
        assert_eq!(
            h.get_by_role(Role::TextInput).value().as_deref(),
            Some("الوفد G20"),
            "the field reports its text to screen readers"
        );
        // Enter: the next hit, the field keeps the keyboard.
        press(&mut h, Key::Enter, 1);
        assert_eq!(h.state().search.current, 1);
        h.get_by_label(&position_label(language, 2, 2));
        assert!(h.get_by_role(Role::TextInput).is_focused());

        type_keys(&mut h, " عام 2015");
        let full = "الوفد G20 عام 2015";
        assert_eq!(query(&h), full);
        assert_eq!(h.state().search.hits.len(), 1, "{language:?}");
        h.get_by_label(&position_label(language, 1, 1));

        // Home: the logical start (the right end of the field). Left walks the screen leftwards: through
        // "الوفد " forwards, then G20 from its right end, backwards.
        press(&mut h, Key::Home, 1);
        assert_eq!(caret(&h), 0);
        let mut walked = Vec::new();
        for _ in 0..10 {
            press(&mut h, Key::ArrowLeft, 1);
            walked.push(caret(&h));
        }
        assert_eq!(
            walked,
            vec![2, 4, 6, 8, 10, 11, 13, 12, 11, 15],
            "{language:?}: after الوفد comes the 0 of G20, then 2, then G, then عام"
        );
        // End: the logical end, after the year; Left moves back inside 2015 (its digits read left to right).
        press(&mut h, Key::End, 1);
        assert_eq!(caret(&h), full.len());
        press(&mut h, Key::ArrowLeft, 2);
        assert_eq!(caret(&h), full.len() - 2, "between 20 and 15");
        press(&mut h, Key::ArrowRight, 1);
        assert_eq!(caret(&h), full.len() - 1);

        // Ctrl+Left in a right-to-left field: the next word; Ctrl+Right: back a word.
        press(&mut h, Key::Home, 1);
        h.key_press_modifiers(Modifiers::COMMAND, Key::ArrowLeft);
        h.run_steps(1);
        assert_eq!(caret(&h), 11, "{language:?}: the start of G20");
        h.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
        h.run_steps(1);
        assert_eq!(caret(&h), 0);

        // Typing at the start changes the query (no hits); Ctrl+Z takes the word back.
        type_keys(&mut h, "زيارة ");
        assert_eq!(query(&h), format!("زيارة {full}"));
        assert!(h.state().search.hits.is_empty());
        h.get_by_label(&i18n::shown(&Catalog::get(language).tr("find-no-matches")));
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run_steps(3);
        assert_eq!(
            query(&h),
            full,
            "{language:?}: one undo step per typed word"
        );
        assert_eq!(h.state().search.hits.len(), 1);

        // Shift+End selects to the end; Backspace removes the selection.
        press(&mut h, Key::Home, 1);
        h.key_press_modifiers(Modifiers::SHIFT, Key::End);
        h.run_steps(1);
        assert_eq!(h.state().search.field.buffer().selected_text(), Some(full));
        press(&mut h, Key::Backspace, 1);
        assert_eq!(query(&h), "");
        assert!(h.state().search.hits.is_empty());

        // A paste with a line break stays on one line.
        h.event(Event::Paste("G20\nعام 2016".to_owned()));
        h.run_steps(3);
        assert_eq!(query(&h), "G20 عام 2016");
        assert_eq!(h.state().search.hits.len(), 1);

        // Escape closes the bar and empties the query, as before.
        press(&mut h, Key::Escape, 1);
        h.run_steps(1);
        assert!(!h.state().search.open);
        assert_eq!(query(&h), "");
    }
}
