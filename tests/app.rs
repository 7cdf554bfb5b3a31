//! The window, driven headless with egui_kittest the way a person uses it: find widgets by label, click, look.
#![allow(clippy::expect_used)] // test helpers outside #[test] fns

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sahifa::analysis::EntityLabel;
use sahifa::app::SahifaApp;
use sahifa::app::i18n::{Catalog, Language};
use sahifa::app::settings::Settings;
use sahifa::app::worker::Loaded;
use sahifa::filter::Mark;

/// The interface in English (tests/app_i18n.rs covers both languages).
fn english() -> Settings {
    Settings {
        language: Some(Language::English),
        ..Settings::default()
    }
}

/// The one harness helper: the app on the bundled sample, analysed synchronously, in a 1200x800 window.
fn harness() -> Harness<'static, SahifaApp> {
    let app = SahifaApp::with_loaded(english(), Loaded::analyse(sahifa::load::sample()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(|ui, app: &mut SahifaApp| app.ui(ui), app);
    harness.run_steps(4);
    harness
}

fn gold_headings() -> Vec<String> {
    let gold: serde_json::Value =
        serde_json::from_str(include_str!("../crates/core/tests/data/seed.gold.json"))
            .expect("gold parses");
    gold["headings"]
        .as_array()
        .expect("headings")
        .iter()
        .map(|h| h.as_str().expect("heading text").to_owned())
        .collect()
}

#[test]
fn opens_on_the_sample_with_its_outline() {
    let harness = harness();
    let doc = &harness.state().loaded().expect("sample loaded").doc;
    assert_eq!(doc.sections.len(), 6, "title + 5 headings");
    let title = doc.title().to_owned();
    harness.get_by_role_and_label(Role::Button, &title);
    for heading in gold_headings() {
        harness.get_by_role_and_label(Role::Button, &heading);
    }
}

#[test]
fn clicking_a_heading_brings_its_section_into_view() {
    let mut harness = harness();
    let headings = gold_headings();
    let last = headings.last().expect("a heading");
    assert_ne!(harness.state().current_section, Some(5));
    harness.get_by_role_and_label(Role::Button, last).click();
    harness.run_steps(6);
    let app = harness.state();
    let doc = &app.loaded().expect("loaded").doc;
    let section = doc
        .sections
        .iter()
        .position(|s| doc.slice(doc.blocks[s.block].span) == last)
        .expect("section");
    assert_eq!(
        app.current_section,
        Some(section),
        "the clicked section is the current one"
    );
    let heading_block = doc.sections[section].block;
    assert!(
        app.reader.visible_blocks().contains(&heading_block),
        "the heading is on screen"
    );
    assert!(app.top_offset > 0, "the reader scrolled");
}

#[test]
fn type_toggle_and_speaker_filter_change_the_highlights() {
    let mut harness = harness();
    let count = |h: &Harness<'static, SahifaApp>, f: &dyn Fn(Mark) -> bool| {
        h.state().highlights().iter().filter(|x| f(x.mark)).count()
    };
    let loc = |m: Mark| m == Mark::Entity(EntityLabel::Loc);
    let before = count(&harness, &loc);
    assert!(before > 0, "the sample mentions places");
    // The type chip, by the catalog's name of places.
    harness
        .get_by_label(&Catalog::get(Language::English).tr("entity-loc-plural"))
        .click();
    harness.run_steps(3);
    assert_eq!(count(&harness, &loc), 0, "places hidden after the toggle");
    assert!(
        count(&harness, &|m| m == Mark::Entity(EntityLabel::Per)) > 0,
        "people still shown"
    );

    let quotes = |m: Mark| m == Mark::Quote;
    let all_quotes = count(&harness, &quotes);
    assert!(all_quotes > 1);
    let speakers = harness
        .state()
        .loaded()
        .expect("loaded")
        .speaker_groups
        .clone();
    let first = speakers.first().cloned().expect("a speaker");
    let n = first.quotes.len();
    harness.get_by_label("Speaker").click();
    harness.run_steps(3);
    harness
        // The entry as the bidi path lays it out (the name is Arabic in an English interface).
        .get_by_label(&sahifa::app::i18n::shown(&format!("{} ({n})", first.name)))
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().filter.speaker.as_ref(), Some(&first.key));
    assert_eq!(
        count(&harness, &quotes),
        n,
        "only the chosen speaker's statements"
    );
    assert!(n < all_quotes || speakers.len() == 1);
}

#[test]
fn ctrl_f_finds_with_normalised_arabic_and_steps_through_hits() {
    let mut harness = harness();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run_steps(2);
    assert!(harness.state().search.open);
    // Typed without hamza: "اوكرانيا" finds "أوكرانيا" and "أوكرانية".
    harness.get_by_role(Role::TextInput).type_text("اوكراني");
    harness.run_steps(3);
    let hits = harness.state().search.hits.clone();
    let doc = harness.state().loaded().expect("loaded").doc.clone();
    assert!(hits.len() >= 2, "hits: {hits:?}");
    assert!(hits.iter().all(|h| doc.slice(*h).starts_with("أوكراني")));
    harness.get_by_label("Next").click();
    harness.run_steps(4);
    assert_eq!(harness.state().search.current, 1);
    harness.get_by_label(&format!("2 of {}", hits.len()));
}

#[test]
fn only_one_entity_shows_its_mentions_alone_and_a_reset_brings_all_back() {
    let mut harness = harness();
    let total = harness.state().highlights().len();
    // The person named most often.
    let (entity, mentions) = {
        let a = &harness.state().loaded().expect("loaded").analysis;
        let (i, e) = a
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.label == EntityLabel::Per)
            .max_by_key(|(_, e)| e.mentions.len())
            .expect("a person");
        (i, e.mentions.clone())
    };
    // The filter is plain state: the window derives its highlights from it on the next frame, no flag to set.
    harness.state_mut().filter.entity = Some(entity);
    harness.run_steps(2);
    let shown = harness.state().highlights();
    let entity_marks: Vec<usize> = shown
        .iter()
        .filter(|h| matches!(h.mark, Mark::Entity(_)))
        .map(|h| h.index)
        .collect();
    assert_eq!(entity_marks, mentions, "only that entity's mentions");
    assert!(shown.len() < total);
    harness.state_mut().filter = sahifa::filter::Filter::default();
    harness.run_steps(2);
    assert_eq!(harness.state().highlights().len(), total, "all back");
}

#[test]
fn a_bad_file_shows_its_message_and_leaves_the_window_idle() {
    use sahifa::app::worker::Job;
    let app = SahifaApp::new(english(), Job::Path("/no/such/folder/article.txt".into()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1000.0, 700.0))
        .build_ui_state(|ui, app: &mut SahifaApp| app.ui(ui), app);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while harness.state().error.is_none() && std::time::Instant::now() < deadline {
        harness.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let error = harness.state().error.clone().expect("an error message");
    assert!(error.contains("article.txt"), "{error}");
    assert!(!harness.state().is_loading());
    // Nothing runs any more: the window stops asking for frames (no spinner left behind).
    assert!(
        harness.try_run().is_ok(),
        "the window keeps repainting with nothing to do"
    );
}
