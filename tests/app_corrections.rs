//! Correcting the analysis in the window, driven headless with egui_kittest as a person would: select words and
//! press a key, right-click a highlight and choose from the menu, undo and redo, close and reopen the article.
//! Articles are sentences written for these tests, saved in a temporary folder.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

use egui::{Modifiers, PointerButton, Pos2, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sahifa::analysis::{EntityLabel, Recogniser};
use sahifa::app::SahifaApp;
use sahifa::app::i18n::{Catalog, Language};
use sahifa::app::settings::Settings;
use sahifa::app::worker::Loaded;
use sahifa::span::Span;
use std::path::Path;

const ARTICLE: &str = "اجتماع في المدينة\n\
قال الوزير سامي منصور إن الاجتماع في القاهرة انتهى باتفاق.\n\
وأكد منصور أن اللجنة ستعود إلى العمل في الربيع.\n\
وحضر الاجتماع ممثلون عن شركة النخيل الحديثة.";

fn open(path: &Path) -> Harness<'static, SahifaApp> {
    let doc = sahifa::load::load_path(path).unwrap();
    // The interface in English: the menus below are found by their English labels.
    let settings = Settings {
        language: Some(Language::English),
        ..Settings::default()
    };
    let app = SahifaApp::with_loaded(settings, Loaded::analyse(doc));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(|ui, app: &mut SahifaApp| app.ui(ui), app);
    harness.run_steps(4);
    harness
}

fn article() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("خبر.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    (dir, path)
}

fn span_of(h: &Harness<'static, SahifaApp>, s: &str) -> Span {
    let text = &h.state().loaded().unwrap().doc.text;
    let start = text.find(s).unwrap();
    Span::new(start, start + s.len())
}

fn label_at(h: &Harness<'static, SahifaApp>, span: Span) -> Option<EntityLabel> {
    let a = &h.state().loaded().unwrap().analysis;
    a.mentions.iter().find(|m| m.span == span).map(|m| m.label)
}

/// Right-clicks the middle of the first piece of `span` on screen.
fn right_click(h: &mut Harness<'static, SahifaApp>, span: Span) {
    let rects = {
        let app = h.state();
        app.reader.screen_rects(&app.loaded().unwrap().doc, span)
    };
    let pos: Pos2 = rects.first().expect("the span is on screen").center();
    h.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run_steps(3);
}

#[test]
fn select_words_press_1_and_they_are_a_person_in_the_text_and_the_list() {
    let (_dir, path) = article();
    let mut h = open(&path);
    let company = span_of(&h, "شركة النخيل الحديثة");
    h.state_mut().reader.set_selection(Some(company));
    h.key_press(egui::Key::Num1);
    h.run_steps(3);
    assert_eq!(label_at(&h, company), Some(EntityLabel::Per));
    let app = h.state();
    let a = &app.loaded().unwrap().analysis;
    let m = a.mentions.iter().find(|m| m.span == company).unwrap();
    assert_eq!(m.source, Recogniser::User);
    assert!(
        app.highlights()
            .iter()
            .any(|x| x.span == company && x.mark == sahifa::filter::Mark::Entity(EntityLabel::Per)),
        "highlighted in the text"
    );
    h.get_by_role_and_label(Role::Button, "شركة النخيل الحديثة");
    assert!(h.state().has_unsaved_corrections());
}

#[test]
fn retype_remove_undo_and_redo_from_the_context_menu() {
    let (_dir, path) = article();
    let mut h = open(&path);
    let city = span_of(&h, "القاهرة");
    let original = label_at(&h, city);
    assert_eq!(
        original,
        Some(EntityLabel::Loc),
        "the analysis finds the city"
    );

    right_click(&mut h, city);
    h.get_by_label("Change type to").click();
    h.run_steps(2);
    h.get_by_label(&Catalog::get(Language::English).tr("entity-org"))
        .click();
    h.run_steps(3);
    assert_eq!(label_at(&h, city), Some(EntityLabel::Org), "retyped");

    right_click(&mut h, city);
    h.get_by_label("Remove this highlight").click();
    h.run_steps(3);
    assert_eq!(label_at(&h, city), None, "removed");

    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(
        label_at(&h, city),
        Some(EntityLabel::Org),
        "undo brings the retyped one back"
    );
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(label_at(&h, city), original, "undo again: as analysed");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(label_at(&h, city), Some(EntityLabel::Org), "redo");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Y);
    h.run_steps(2);
    assert_eq!(label_at(&h, city), None, "redo again (Ctrl+Y)");
}

#[test]
fn mark_a_quote_and_set_its_speaker() {
    let (_dir, path) = article();
    let mut h = open(&path);
    let content = span_of(&h, "اللجنة ستعود إلى العمل في الربيع");
    let name = span_of(&h, "سامي منصور");
    h.state_mut().reader.set_selection(Some(content));
    h.state_mut()
        .mark_selection_quote(sahifa::analysis::QuoteKind::Indirect);
    h.run_steps(3);
    // Select the name, right-click inside the quote, make the name its speaker.
    h.state_mut().reader.set_selection(Some(name));
    right_click(&mut h, content);
    h.get_by_label("Make it the speaker of this quote").click();
    h.run_steps(3);
    let a = &h.state().loaded().unwrap().analysis;
    let q = a
        .quotes
        .iter()
        .find(|q| q.span == content)
        .expect("the quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("سامي منصور")
    );
}

#[test]
fn corrections_are_back_after_closing_and_reopening() {
    let (_dir, path) = article();
    let company;
    {
        let mut h = open(&path);
        company = span_of(&h, "شركة النخيل الحديثة");
        h.state_mut().reader.set_selection(Some(company));
        h.key_press(egui::Key::Num2);
        h.run_steps(3);
        assert_eq!(label_at(&h, company), Some(EntityLabel::Org));
        // Closing the window saves (eframe calls save on exit); the same call here.
        h.state_mut().save_corrections();
        assert!(!h.state().has_unsaved_corrections());
    }
    assert!(path.with_file_name("خبر.txt.sahifa.json").is_file());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        ARTICLE,
        "the article is untouched"
    );
    let h = open(&path);
    assert_eq!(label_at(&h, company), Some(EntityLabel::Org), "restored");
    assert_eq!(h.state().loaded().unwrap().corrections.count(), 1);
}

#[test]
fn a_damaged_sidecar_gives_a_message_and_the_analysis_and_is_kept() {
    let (_dir, path) = article();
    let side = path.with_file_name("خبر.txt.sahifa.json");
    std::fs::write(&side, "{ not json").unwrap();
    let h = open(&path);
    let error = h.state().error.clone().expect("a message");
    assert!(error.contains("damaged"), "{error}");
    assert!(!side.exists());
    let kept = path.with_file_name("خبر.txt.sahifa.json.corrupt");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), "{ not json");
    let city = span_of(&h, "القاهرة");
    assert_eq!(
        label_at(&h, city),
        Some(EntityLabel::Loc),
        "the analysis as computed"
    );
}
