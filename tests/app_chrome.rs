//! The window's chrome, driven headless with egui_kittest the way a person uses it: the in-app file chooser when no
//! native dialog can be shown, side panels that fold in a narrow window, the keyboard (F10, Ctrl+1, Tab, Enter),
//! accessible names on every control, the outline following the scroll, and load errors in the interface's language.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use sahifa::app::SahifaApp;
use sahifa::app::i18n::{self, Catalog, Language};
use sahifa::app::settings::Settings;
use sahifa::app::worker::{Job, Loaded};
use std::time::{Duration, Instant};

fn settings(language: Language) -> Settings {
    Settings {
        language: Some(language),
        ..Settings::default()
    }
}

/// The app on the bundled sample in `language`, `width` points wide, with no native file dialog available.
fn harness(language: Language, width: f32) -> Harness<'static, SahifaApp> {
    let mut app =
        SahifaApp::with_loaded(settings(language), Loaded::analyse(sahifa::load::sample()));
    app.native_dialogs = false;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, 800.0))
        .build_ui_state(|ui, app: &mut SahifaApp| app.ui(ui), app);
    harness.run_steps(4);
    harness
}

/// The label a widget shows for `key` in `language`.
fn label(language: Language, key: &str) -> String {
    i18n::set_language(language);
    i18n::shown(&Catalog::get(language).tr(key))
}

/// Steps the window until `done` (a worker thread loads files), at most 30 s.
fn run_until(h: &mut Harness<'static, SahifaApp>, done: impl Fn(&SahifaApp) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done(h.state()) && Instant::now() < deadline {
        h.run_steps(1);
        std::thread::sleep(Duration::from_millis(10));
    }
    h.run_steps(3);
}

/// Clicks File > Open… in `language` (its accessible label carries the shortcut too).
fn file_open(h: &mut Harness<'static, SahifaApp>, language: Language) {
    h.get_by_label(&label(language, "menu-file")).click();
    h.run_steps(3);
    let open = Catalog::get(language).tr("menu-open");
    h.get_by_label_contains(&open).click();
    h.run_steps(3);
}

/// Types `path` into the chooser's path field (replacing what it shows) and presses Enter.
fn go_to(h: &mut Harness<'static, SahifaApp>, language: Language, path: &std::path::Path) {
    let name = label(language, "chooser-path");
    h.get_by_role_and_label(egui::Role::TextInput, &name)
        .focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(egui::Role::TextInput, &name)
        .type_text(&path.display().to_string());
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
}

#[test]
fn without_a_native_dialog_file_open_shows_the_chooser_and_opens_the_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let heading = "قمة المناخ تختتم أعمالها في القاهرة";
    std::fs::write(
        dir.path().join("خبر.md"),
        format!("# {heading}\n\nقال الوزير إن المحادثات ستستمر عام 2026.\n"),
    )
    .unwrap();
    std::fs::write(dir.path().join("صورة.png"), b"\x89PNG").unwrap();
    std::fs::create_dir(dir.path().join("أرشيف")).unwrap();
    let ar = Language::Arabic;
    let mut h = harness(ar, 1200.0);
    file_open(&mut h, ar);
    // The chooser, in Arabic: its title and its buttons.
    h.get_by_label(&label(ar, "dialog-open-title"));
    h.get_by_role_and_label(Role::Button, &label(ar, "chooser-cancel"));
    go_to(&mut h, ar, dir.path());
    // Folders first, then the articles; the image is not an article.
    h.get_by_label(&i18n::shown("أرشيف/"));
    assert!(h.query_by_label(&i18n::shown("صورة.png")).is_none());
    h.get_by_label(&i18n::shown("خبر.md")).click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, &label(ar, "chooser-open"))
        .click();
    h.run_steps(2);
    run_until(&mut h, |app| {
        app.loaded()
            .is_some_and(|l| l.doc.source.name == "خبر.md" && !app.is_loading())
    });
    assert_eq!(h.state().loaded().unwrap().doc.title(), heading);
    // The window shows its heading (in the outline) and the chooser is gone.
    h.get_by_role_and_label(Role::Button, heading);
    assert!(h.query_by_label(&label(ar, "dialog-open-title")).is_none());
}

#[test]
fn the_chooser_answers_the_keyboard_and_escape_closes_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "أول مقالة\n\nنص قصير للاختبار.").unwrap();
    std::fs::write(dir.path().join("b.txt"), "ثاني مقالة\n\nنص آخر للاختبار.").unwrap();
    let en = Language::English;
    let mut h = harness(en, 1200.0);
    file_open(&mut h, en);
    go_to(&mut h, en, dir.path());
    // Down twice: b.txt; Enter opens it.
    h.key_press(Key::ArrowDown);
    h.run_steps(1);
    h.key_press(Key::ArrowDown);
    h.run_steps(1);
    h.key_press(Key::Enter);
    run_until(&mut h, |app| {
        app.loaded().is_some_and(|l| l.doc.source.name == "b.txt") && !app.is_loading()
    });
    assert_eq!(h.state().loaded().unwrap().doc.title(), "ثاني مقالة");
    file_open(&mut h, en);
    h.get_by_label(&label(en, "dialog-open-title"));
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(h.query_by_label(&label(en, "dialog-open-title")).is_none());
}

#[test]
fn a_narrow_window_folds_the_panels_and_the_text_keeps_its_width() {
    for language in Language::ALL {
        let h = harness(language, 1280.0);
        let reader = h.state().reader.view_rect();
        assert!(reader.width() >= 320.0, "{language:?} wide: {reader:?}");
        h.get_by_label(&label(language, "panel-outline"));
        h.get_by_label(&label(language, "panel-entities"));
        assert!(
            h.query_by_label(&Catalog::get(language).tr("panel-show-outline"))
                .is_none()
        );

        let mut h = harness(language, 600.0);
        let reader = h.state().reader.view_rect();
        // The bars above the text keep their height (a wrapping bar once grew every frame).
        assert!(reader.top() < 300.0, "{language:?} at 600 px: {reader:?}");
        assert!(
            reader.width() >= 320.0,
            "{language:?} at 600 px: {reader:?}"
        );
        assert!(
            h.query_by_label(&label(language, "panel-outline"))
                .is_none()
        );
        // The strip's button shows the outline over the text; choosing a section jumps and folds it again.
        let show = Catalog::get(language).tr("panel-show-outline");
        let b = h.get_by_label(&show);
        b.click();
        h.run_steps(3);
        h.get_by_label(&label(language, "panel-outline"));
        let doc = h.state().loaded().unwrap().doc.clone();
        let last = doc.sections.len() - 1;
        h.get_by_role_and_label(Role::Button, doc.section_title(last))
            .click();
        h.run_steps(6);
        assert_eq!(h.state().current_section, Some(last));
        assert!(
            h.query_by_label(&label(language, "panel-outline"))
                .is_none()
        );
        assert!(h.state().reader.view_rect().width() >= 320.0);
    }
}

#[test]
fn f10_opens_the_first_menu_and_the_arrows_move_between_menus() {
    for language in Language::ALL {
        let mut h = harness(language, 1200.0);
        let sample = label(language, "menu-open-sample");
        assert!(h.query_by_label(&sample).is_none());
        h.key_press(Key::F10);
        h.run_steps(3);
        h.get_by_label(&sample);
        // The next menu (Edit) lies left in Arabic, right in English.
        let next = if language.is_rtl() {
            Key::ArrowLeft
        } else {
            Key::ArrowRight
        };
        h.key_press(next);
        h.run_steps(3);
        assert!(h.query_by_label(&sample).is_none(), "{language:?}");
        h.get_by_label_contains(&Catalog::get(language).tr("menu-paste-article"));
        h.key_press(Key::F10);
        h.run_steps(3);
        assert!(
            h.query_by_label_contains(&Catalog::get(language).tr("menu-paste-article"))
                .is_none()
        );
    }
}

#[test]
fn ctrl_1_puts_the_keyboard_in_the_outline_and_enter_jumps() {
    let mut h = harness(Language::English, 1200.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run_steps(3);
    let doc = h.state().loaded().unwrap().doc.clone();
    let first = h.get_by_role_and_label(Role::Button, doc.section_title(0));
    assert!(
        first.is_focused(),
        "Ctrl+1 focuses the current section's row"
    );
    // Tab moves to the next row; Enter on it jumps there.
    h.key_press(Key::Tab);
    h.run_steps(2);
    let second = h.get_by_role_and_label(Role::Button, doc.section_title(1));
    assert!(second.is_focused(), "Tab lands on the next outline row");
    h.key_press(Key::Enter);
    h.run_steps(6);
    assert_eq!(h.state().current_section, Some(1));
    // Ctrl+2: the entity list.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run_steps(3);
    let focused = h
        .query_all_by_role(Role::Button)
        .find(egui_kittest::Node::is_focused);
    let entities: Vec<String> = h
        .state()
        .loaded()
        .unwrap()
        .analysis
        .entities
        .iter()
        .map(|e| e.canonical.clone())
        .collect();
    let name = focused.and_then(|n| n.accesskit_node().label());
    assert!(
        name.as_ref().is_some_and(|n| entities.contains(n)),
        "Ctrl+2 focuses an entity: {name:?}"
    );
}

#[test]
fn every_button_and_combo_box_has_a_name_in_the_interface_language() {
    for language in Language::ALL {
        let mut h = harness(language, 1200.0);
        // The find bar and the error banner add buttons of their own.
        h.key_press_modifiers(Modifiers::COMMAND, Key::F);
        h.state_mut().error = Some("x".into());
        h.run_steps(3);
        for role in [Role::Button, Role::ComboBox, Role::CheckBox] {
            for node in h.query_all_by_role(role) {
                let name = node.accesskit_node().label().unwrap_or_default();
                assert!(
                    name.chars().any(char::is_alphabetic),
                    "{language:?}: a {role:?} without a name: {name:?}"
                );
            }
        }
        h.get_by_role_and_label(Role::Button, &label(language, "dismiss"));
        h.get_by_role_and_label(Role::Button, &label(language, "find-close-hint"));
    }
}

#[test]
fn the_outline_marker_follows_the_scroll_after_a_click() {
    let mut h = harness(Language::English, 1200.0);
    let doc = h.state().loaded().unwrap().doc.clone();
    let last = doc.sections.len() - 1;
    h.get_by_role_and_label(Role::Button, doc.section_title(last))
        .click();
    h.run_steps(6);
    assert_eq!(h.state().current_section, Some(last));
    // Scroll back up with the wheel over the text.
    let center = h.state().reader.view_rect().center();
    h.event(egui::Event::PointerMoved(center));
    for _ in 0..10 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, 400.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(2);
    }
    h.run_steps(10);
    let app = h.state();
    assert_ne!(
        app.current_section,
        Some(last),
        "the marker left the clicked section"
    );
    assert_eq!(app.current_section, doc.section_at(app.top_offset));

    // Again, back up with the keyboard (the reader's own scrolling, which the old check never saw).
    h.get_by_role_and_label(Role::Button, doc.section_title(last))
        .click();
    h.run_steps(6);
    assert_eq!(h.state().current_section, Some(last));
    h.key_press(Key::Home);
    h.run_steps(6);
    let app = h.state();
    assert_eq!(app.top_offset, 0, "Home went to the top");
    assert_eq!(
        app.current_section,
        Some(0),
        "the marker follows the scroll"
    );
}

#[test]
fn a_binary_file_is_reported_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("image.txt");
    std::fs::write(&path, b"\x00\x01\x02\x03binary\x00data").unwrap();
    let app = SahifaApp::new(settings(Language::Arabic), Job::Path(path.clone()));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1000.0, 700.0))
        .build_ui_state(|ui, app: &mut SahifaApp| app.ui(ui), app);
    run_until(&mut h, |app| app.error.is_some());
    let error = h.state().error.clone().expect("an error message");
    i18n::set_language(Language::Arabic);
    let expected = Catalog::get(Language::Arabic).tr_args(
        "error-load-binary",
        &[
            ("path", path.display().to_string().into()),
            (
                "reason",
                Catalog::get(Language::Arabic).tr("error-binary-nul").into(),
            ),
        ],
    );
    assert_eq!(error, expected);
    assert!(error.contains("ثنائي"), "{error}");
    // The banner shows it.
    h.get_by_label(&i18n::shown(&error));
}
