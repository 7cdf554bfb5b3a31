//! The reader widget hosted in egui_kittest: paragraphs reach AccessKit, a drag selects, Ctrl+C copies the
//! logical text of the selection, a click reports the offset under the pointer, scroll_to jumps.

// Test helpers may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::many_single_char_names)]

use egui::{Modifiers, OutputCommand, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sahifa::app::reader::{
    Decoration, DecorationStyle, Decorations, ReaderInput, ReaderOutput, ReaderView,
};
use sahifa::document::Document;
use sahifa::layout::ArticleFont;
use sahifa::span::Span;
use sahifa::theme;

struct State {
    view: ReaderView,
    doc: Document,
    decorations: Decorations,
    last: ReaderOutput,
    clicked: Option<usize>,
}

/// A document of one paragraph per entry.
fn doc(paragraphs: &[&str]) -> Document {
    Document::from_paragraphs(paragraphs)
}

fn harness(d: Document) -> Harness<'static, State> {
    let decorations = Decorations::new(vec![Decoration {
        span: Span::new(0, d.blocks[0].span.end.min(10)),
        style: DecorationStyle::Fill(theme::LIGHT.person),
    }]);
    let state = State {
        view: ReaderView::new(),
        doc: d,
        decorations,
        last: ReaderOutput::default(),
        clicked: None,
    };
    let mut h = Harness::builder()
        .with_size(vec2(800.0, 600.0))
        .build_ui_state(
            |ui, s: &mut State| {
                let input = ReaderInput {
                    doc: &s.doc,
                    decorations: &s.decorations,
                    dimmed_blocks: None,
                    palette: &theme::LIGHT,
                    font_size: 18.0,
                    font: ArticleFont::Vazirmatn,
                };
                s.last = s.view.ui(ui, &input);
                if s.last.clicked.is_some() {
                    s.clicked = s.last.clicked;
                }
            },
            state,
        );
    h.run_steps(3);
    h
}

const FIRST: &str = "أعلنت شركة Apple عن iPhone 15 في 2023 بعد أشهر من الانتظار";
const SECOND: &str = "وقال المتحدث إن الشركة ستطرح الجهاز في الأسواق العربية";

fn copied(h: &Harness<'_, State>) -> Option<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
}

#[test]
fn paragraphs_are_accessible_by_their_text() {
    let h = harness(doc(&[FIRST, SECOND]));
    let node = h.get_by_label(SECOND);
    assert!(node.rect().width() > 100.0);
}

#[test]
fn dragging_across_a_line_selects_and_copies_the_logical_text() {
    let mut h = harness(doc(&[FIRST, SECOND]));
    let rect = h.get_by_label(FIRST).rect();
    let y = rect.top() + 10.0;
    // Right to left: from the right edge (the paragraph's start) to the left edge of its first line.
    let from = Pos2::new(rect.right() - 1.0, y);
    let to = Pos2::new(rect.left() + 1.0, y);
    h.drag_at(from);
    h.step();
    h.hover_at(Pos2::new(from.x - 40.0, y));
    h.step();
    h.hover_at(to);
    h.step();
    h.drop_at(to);
    h.step();
    let layout = h.state().view.layout().unwrap();
    let line = layout.paragraph(0).unwrap().lines[0].span;
    let state = h.state();
    let selected = state.view.selected_text(&state.doc).unwrap().to_owned();
    assert_eq!(selected, &state.doc.text[line.start..line.end]);
    assert!(
        selected.starts_with("أعلنت شركة Apple"),
        "logical order: {selected}"
    );

    // egui-winit turns Ctrl+C into a Copy event; a bare Ctrl+C key press counts too.
    // (Each queued event runs its own pass, so check the output right after the one that copies.)
    h.event(egui::Event::Copy);
    h.step();
    assert_eq!(copied(&h).as_deref(), Some(selected.as_str()));
    h.step();
    assert_eq!(copied(&h), None);
    h.event(egui::Event::Key {
        key: egui::Key::C,
        pressed: true,
        modifiers: Modifiers::COMMAND,
        repeat: false,
        physical_key: None,
    });
    h.step();
    assert_eq!(copied(&h).as_deref(), Some(selected.as_str()));
}

#[test]
fn click_reports_the_offset_of_the_word_under_the_pointer() {
    let mut h = harness(doc(&[FIRST, SECOND]));
    let rect = h.get_by_label(FIRST).rect();
    // The rightmost word of an RTL paragraph is its first word.
    let p = Pos2::new(rect.right() - 5.0, rect.top() + 10.0);
    h.hover_at(p);
    h.step();
    h.event(egui::Event::PointerButton {
        pos: p,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.step();
    h.event(egui::Event::PointerButton {
        pos: p,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
    let clicked = h.state().clicked.unwrap();
    assert!(clicked < "أعلنت".len(), "clicked {clicked}");
    assert!(h.state().view.selection().is_none());
}

#[test]
fn scroll_to_brings_a_far_paragraph_to_the_top() {
    let filler = "هذه فقرة طويلة لملء الصفحة وتجربة التمرير في القارئ ".repeat(6);
    let mut paragraphs: Vec<&str> = vec![filler.as_str(); 120];
    paragraphs.push(SECOND);
    paragraphs.extend(vec![filler.as_str(); 20]);
    let d = doc(&paragraphs);
    let target = d.blocks[120].span.start;
    let mut h = harness(d);
    assert_eq!(h.state().last.top_offset, 0);
    h.state_mut().view.scroll_to(target);
    h.run_steps(3);
    assert_eq!(h.state().last.top_offset, target);
    assert!(h.query_by_label(SECOND).is_some());
}

#[test]
fn page_down_scrolls_the_article() {
    let filler = "هذه فقرة طويلة لملء الصفحة وتجربة التمرير في القارئ ".repeat(6);
    let d = doc(&vec![filler.as_str(); 60]);
    let mut h = harness(d);
    assert_eq!(h.state().last.top_offset, 0);
    h.key_press(egui::Key::PageDown);
    h.run_steps(2);
    let after = h.state().last.top_offset;
    assert!(after > 0, "still at the top");
    h.key_press(egui::Key::Home);
    h.run_steps(2);
    assert_eq!(h.state().last.top_offset, 0);
}

#[test]
fn resizing_the_window_keeps_the_reading_position() {
    let filler = "هذه فقرة طويلة لملء الصفحة وتجربة التمرير في القارئ ".repeat(6);
    let d = doc(&vec![filler.as_str(); 80]);
    let target = d.blocks[40].span.start;
    let mut h = harness(d);
    h.state_mut().view.scroll_to(target);
    h.run_steps(3);
    assert_eq!(h.state().last.top_offset, target);
    // Narrower: every paragraph gets taller, the paragraph at the top stays at the top.
    h.set_size(vec2(450.0, 600.0));
    h.run_steps(3);
    let top = h.state().last.top_offset;
    assert_eq!(h.state().doc.block_at(top), Some(40));
}
