//! The window, driven headless with egui_kittest the way a person uses it: find widgets by label, click, look.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sahifa::analysis::EntityLabel;
use sahifa::app::SahifaApp;
use sahifa::app::settings::Settings;
use sahifa::app::worker::Loaded;
use sahifa::filter::Mark;

/// The one harness helper: the app on the bundled sample, analysed synchronously, in a 1200x800 window.
fn harness() -> Harness<'static, SahifaApp> {
    let app = SahifaApp::with_loaded(Settings::default(), Loaded::analyse(sahifa::load::sample()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(|ui, app: &mut SahifaApp| app.ui(ui), app);
    harness.run_steps(4);
    harness
}

fn gold_headings() -> Vec<String> {
    let gold: serde_json::Value =
        serde_json::from_str(include_str!("data/seed.gold.json")).expect("gold parses");
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
    harness.get_by_label(&title);
    for heading in gold_headings() {
        harness.get_by_label(&heading);
    }
}

#[test]
fn clicking_a_heading_brings_its_section_into_view() {
    let mut harness = harness();
    let headings = gold_headings();
    let last = headings.last().expect("a heading");
    assert_ne!(harness.state().current_section, Some(5));
    harness.get_by_label(last).click();
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
    assert!(doc.sections[section].span.contains(app.top_offset));
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
    harness.get_by_label("أماكن").click();
    harness.run_steps(3);
    assert_eq!(count(&harness, &loc), 0, "places hidden after the toggle");
    assert!(
        count(&harness, &|m| m == Mark::Entity(EntityLabel::Per)) > 0,
        "people still shown"
    );

    let quotes = |m: Mark| m == Mark::Quote;
    let all_quotes = count(&harness, &quotes);
    assert!(all_quotes > 1);
    let speakers = harness.state().loaded().expect("loaded").speakers.clone();
    let (name, n) = speakers.first().cloned().expect("a speaker");
    harness.get_by_label("All speakers").click();
    harness.run_steps(2);
    harness.get_by_label(&format!("{name} ({n})")).click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().filter.speaker.as_deref(),
        Some(name.as_str())
    );
    assert_eq!(
        count(&harness, &quotes),
        n,
        "only the chosen speaker's statements"
    );
    assert!(n < all_quotes || speakers.len() == 1);
}
