//! The field's logic on sentences mixing Arabic with a Latin name and digits, measured with a fixed-width font
//! (every character 10 points, harakat and joiners 0) so that positions can be written out.
// Positions are sums of tens, exact in f32: comparing them exactly is the point.
#![allow(clippy::float_cmp)]

use super::*;
use crate::measure::{HeadlessFonts, Measure as _};

/// 10 points per character; combining harakat and zero-width joiners take no room.
fn fixed(s: &str) -> f32 {
    s.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200D}'))
        .count() as f32
        * 10.0
}

fn layout(text: &str) -> CaretLine {
    CaretLine::build(text, field_is_rtl(text, true), &mut fixed)
}

/// "The delegation visited G20 in 2015 in Riyadh". Bytes: زار 0..6, الوفد 7..17, G20 18..21, عام 22..28,
/// 2015 29..33, في 34..38, الرياض 39..51.
const SENTENCE: &str = "زار الوفد G20 عام 2015 في الرياض";

#[test]
fn the_sentence_is_laid_out_in_visual_order() {
    assert_eq!(SENTENCE.len(), 51);
    let line = layout(SENTENCE);
    assert!(line.rtl);
    assert_eq!(line.width, 320.0);
    // Left to right on screen: " في الرياض" (read right to left), 2015, " عام ", G20, "زار الوفد ".
    let runs: Vec<(std::ops::Range<usize>, u8, f32)> = line
        .runs
        .iter()
        .map(|r| (r.range.clone(), r.level, r.x))
        .collect();
    assert_eq!(
        runs,
        vec![
            (33..51, 1, 0.0),
            (29..33, 2, 100.0),
            (21..29, 1, 140.0),
            (18..21, 2, 190.0),
            (0..18, 1, 220.0),
        ]
    );
}

#[test]
fn home_and_end_are_the_logical_ends() {
    let line = layout(SENTENCE);
    let mut b = FieldBuffer::with_text(SENTENCE);
    assert_eq!(
        b.caret(),
        Caret::upstream(51),
        "a new text leaves the caret at its end"
    );
    assert_eq!(
        line.caret_x(b.caret()),
        0.0,
        "the end of الرياض, on the far left"
    );
    b.move_home(false);
    assert_eq!(b.caret(), Caret::downstream(0));
    assert_eq!(
        line.caret_x(b.caret()),
        320.0,
        "before زار, on the far right"
    );
    b.move_end(false);
    assert_eq!(b.caret().offset, 51);
    assert_eq!(line.caret_x(b.caret()), 0.0);
}

/// Offsets and x after each press of Left from Home: through "زار الوفد " right to left, then G20 from its
/// right end ("0" first: backwards in logical order), the Arabic again, 2015 backwards, and the rest.
#[test]
fn left_arrow_walks_the_screen_leftwards_across_latin_and_digit_runs() {
    let line = layout(SENTENCE);
    let mut b = FieldBuffer::with_text(SENTENCE);
    b.move_home(false);
    let expected: [(usize, f32); 34] = [
        (2, 310.0),
        (4, 300.0),
        (6, 290.0),
        (7, 280.0),
        (9, 270.0),
        (11, 260.0),
        (13, 250.0),
        (15, 240.0),
        (17, 230.0),
        (18, 220.0), // after "الوفد ": the right end of G20
        (20, 210.0), // between "G2" and "0"
        (19, 200.0),
        (18, 190.0), // before "G": its left end, the same offset on the other side of the run
        (22, 180.0), // after the space before عام
        (24, 170.0),
        (26, 160.0),
        (28, 150.0),
        (29, 140.0), // after "عام ": the right end of 2015
        (32, 130.0),
        (31, 120.0),
        (30, 110.0),
        (29, 100.0), // before "2"
        (34, 90.0),
        (36, 80.0),
        (38, 70.0),
        (39, 60.0),
        (41, 50.0),
        (43, 40.0),
        (45, 30.0),
        (47, 20.0),
        (49, 10.0),
        (51, 0.0),
        (51, 0.0), // the left end: the caret stays
        (51, 0.0),
    ];
    for (press, (offset, x)) in expected.iter().enumerate() {
        b.move_visual(&line, true, false, false);
        assert_eq!(
            (b.caret().offset, line.caret_x(b.caret())),
            (*offset, *x),
            "after Left press {}",
            press + 1
        );
    }
    // And back: Right retraces the same places. At the seams the caret keeps the run it crossed last: at x 100
    // it is before " في" (33), at 140 after "2015" (33), at 190 before " عام" (21), at 220 after "G20" (21).
    for (press, (offset, x)) in expected[..31].iter().rev().enumerate() {
        b.move_visual(&line, false, false, false);
        let offset = if [100.0, 140.0].contains(x) {
            33
        } else if [190.0, 220.0].contains(x) {
            21
        } else {
            *offset
        };
        assert_eq!(
            (b.caret().offset, line.caret_x(b.caret())),
            (offset, *x),
            "after Right press {}",
            press + 1
        );
    }
    b.move_visual(&line, false, false, false);
    assert_eq!(b.caret(), Caret::downstream(0));
}

#[test]
fn ctrl_arrows_move_by_words_in_reading_order() {
    let line = layout(SENTENCE);
    let mut b = FieldBuffer::with_text(SENTENCE);
    b.move_home(false);
    let mut forward = Vec::new();
    for _ in 0..8 {
        b.move_visual(&line, true, true, false);
        forward.push(b.caret().offset);
    }
    // Ctrl+Left in a right-to-left field: the next word's start (الوفد, G20, عام, 2015, في, الرياض), then the end.
    assert_eq!(forward, vec![7, 18, 22, 29, 34, 39, 51, 51]);
    let mut back = Vec::new();
    for _ in 0..8 {
        b.move_visual(&line, false, true, false);
        back.push(b.caret().offset);
    }
    assert_eq!(back, vec![39, 34, 29, 22, 18, 7, 0, 0]);
}

#[test]
fn shift_extends_the_selection_and_a_mixed_selection_can_be_two_rectangles() {
    let line = layout(SENTENCE);
    let mut b = FieldBuffer::with_text(SENTENCE);
    b.move_home(false);
    for _ in 0..3 {
        b.move_visual(&line, true, false, true);
    }
    assert_eq!(b.selection(), Some(0..6));
    assert_eq!(b.selected_text(), Some("زار"));
    assert_eq!(line.selection_ranges(0..6), vec![(290.0, 320.0)]);
    // Left without Shift collapses to the selection's left edge.
    b.move_visual(&line, true, false, false);
    assert_eq!((b.selection(), b.caret().offset), (None, 6));

    // From the "0" of G20 to the end of "ع": the digit is on the right end of G20, "ع" right of عام's middle.
    assert_eq!(
        line.selection_ranges(20..24),
        vec![(170.0, 190.0), (210.0, 220.0)]
    );
    // Whole runs side by side make one rectangle.
    assert_eq!(line.selection_ranges(15..24), vec![(170.0, 240.0)]);
    b.select_all();
    assert_eq!(b.selection(), Some(0..51));
    assert_eq!(line.selection_ranges(0..51), vec![(0.0, 320.0)]);
}

#[test]
fn hit_testing_maps_every_caret_place_back_to_its_offset() {
    for text in [
        SENTENCE,
        "عدد 123 مرحبا",
        "Hello مرحبا world",
        "(G20) «قمة»",
        "بِسْمِ اللَّهِ",
    ] {
        let line = layout(text);
        for caret in line.carets() {
            let x = line.caret_x(caret);
            let hit = line.hit(x);
            assert_eq!(line.caret_x(hit), x, "{text:?}: {caret:?} at {x}");
            // Every offset except the two sides of a direction change has one place: it comes back exactly.
            let places = line
                .carets()
                .into_iter()
                .filter(|c| c.offset == caret.offset)
                .map(|c| line.caret_x(c))
                .collect::<Vec<_>>();
            if places.iter().all(|&p| (p - x).abs() < 1e-3) {
                assert_eq!(hit.offset, caret.offset, "{text:?} at {x}");
            }
        }
    }
    // Where G20 meets "زار الوفد ": a click just left of the seam is after "0", just right of it after "الوفد ".
    let line = layout(SENTENCE);
    assert_eq!(line.hit(219.0), Caret::upstream(21));
    assert_eq!(line.hit(221.0), Caret::upstream(18));
    assert_eq!(line.hit(-50.0).offset, 51);
    assert_eq!(line.hit(1000.0).offset, 0);
}

#[test]
fn backspace_and_delete_remove_a_letter_with_its_harakat() {
    // "بِسْمِ اللَّهِ": each letter carries a kasra, sukun or shadda+fatha.
    let mut b = FieldBuffer::with_text("بِسْمِ اللَّهِ");
    let len = b.text().len();
    b.backspace(false);
    assert_eq!(b.text(), "بِسْمِ اللَّ", "ه with its kasra");
    assert_eq!(b.caret().offset, len - 4);
    b.backspace(false);
    assert_eq!(b.text(), "بِسْمِ ال", "lam with shadda and fatha in one press");
    b.move_home(false);
    b.delete(false);
    assert_eq!(b.text(), "سْمِ ال");
    b.move_end(false);
    b.backspace(true);
    assert_eq!(b.text(), "سْمِ ", "Ctrl+Backspace: the word");
    // A caret never lands inside a grapheme.
    b.set_caret(Caret::downstream(1), false);
    assert_eq!(b.caret().offset, 4, "inside سْ: moved to its end");
}

#[test]
fn typing_pasting_and_undo_redo() {
    let mut b = FieldBuffer::new();
    for c in ["ع", "ا", "م", " ", "2", "0", "1", "5"] {
        b.type_text(c);
    }
    assert_eq!(b.text(), "عام 2015");
    assert_eq!(b.caret(), Caret::upstream(b.text().len()));
    // Typed words are undone a word (with its space) at a time.
    assert!(b.undo());
    assert_eq!(b.text(), "عام ");
    assert!(b.undo());
    assert_eq!(b.text(), "");
    assert!(!b.undo());
    assert!(b.redo());
    assert!(b.redo());
    assert_eq!(b.text(), "عام 2015");
    assert!(!b.redo());

    // A paste replaces the selection, newlines become spaces, and is one step.
    b.move_home(false);
    b.move_grapheme(true, true);
    b.move_grapheme(true, true);
    b.move_grapheme(true, true);
    assert_eq!(b.selected_text(), Some("عام"));
    b.paste("قمة\nG20");
    assert_eq!(b.text(), "قمة G20 2015");
    assert_eq!(b.caret().offset, "قمة G20".len());
    assert!(b.undo());
    assert_eq!(b.text(), "عام 2015");
    assert_eq!(
        b.selection(),
        Some(0..6),
        "the selection comes back with the text"
    );
    assert_eq!(b.cut().as_deref(), Some("عام"));
    assert_eq!(b.text(), " 2015");
    // Typing after an undo drops the redo steps.
    assert!(b.undo());
    b.move_end(false);
    b.type_text("م");
    assert!(!b.can_redo());
}

#[test]
fn odd_input_never_panics() {
    let marks = "\u{064E}\u{0650}\u{0651}";
    for text in [
        "",
        marks,
        "\u{200F}\u{202E}abc\u{202C}",
        "\n\r\t",
        "🇸🇦👍🏽",
        "a\u{0301}",
    ] {
        let mut b = FieldBuffer::with_text(text);
        let line = layout(b.text());
        for left in [true, false] {
            for _ in 0..6 {
                b.move_visual(&line, left, false, true);
                b.move_visual(&line, left, true, false);
            }
        }
        b.move_home(false);
        b.delete(false);
        b.backspace(true);
        b.type_text(marks);
        b.paste("\u{0000}x");
        let line = layout(b.text());
        for x in [-1.0, 0.0, 5.0, line.width, 1e9] {
            let hit = line.hit(x);
            assert!(hit.offset <= b.text().len());
        }
        assert!(b.text().is_char_boundary(b.caret().offset));
    }
    assert!(FieldBuffer::with_text("a\nb").text() == "a b");
    // A long paste: segments stay short, so a frame paints only what is in view.
    let long = "كلمة".repeat(5_000);
    let line = layout(&long);
    assert!(line.runs.iter().all(|r| r.segments.len() >= 300));
    assert!(line.segments_in(0.0, 300.0).count() <= 2);
}

#[test]
fn the_field_direction_follows_its_first_strong_letter() {
    assert!(field_is_rtl("زار الوفد", false));
    assert!(!field_is_rtl("G20 قمة", true));
    assert!(
        field_is_rtl("2015", true),
        "no letter: the interface's direction"
    );
    assert!(!field_is_rtl("", false));
    // A Latin-first field reads left to right: G20 on the left, the Arabic after it on the right.
    let line = layout("G20 قمة");
    assert!(!line.rtl);
    assert_eq!(line.runs.first().map(|r| r.range.clone()), Some(0..4));
}

#[test]
fn with_the_bundled_font_carets_advance_monotonically_through_each_run() {
    let mut fonts = HeadlessFonts::new(crate::ArticleFont::Vazirmatn);
    let mut measure = |s: &str| fonts.text_width(s, 16.0);
    assert!(measure("\u{200D}") < 0.5, "a joiner takes no room");
    let line = CaretLine::build(SENTENCE, true, &mut measure);
    assert!(line.width > 150.0);
    for run in &line.runs {
        let xs: Vec<f32> = line
            .carets()
            .into_iter()
            .filter(|c| run.range.contains(&c.offset) && c.offset > run.range.start)
            .map(|c| line.caret_x(c))
            .collect();
        assert!(
            xs.iter()
                .all(|x| (run.x - 0.01..=run.x + run.width + 0.01).contains(x))
        );
    }
    let mut b = FieldBuffer::with_text(SENTENCE);
    b.move_home(false);
    let mut last = line.caret_x(b.caret());
    for _ in 0..40 {
        b.move_visual(&line, true, false, false);
        let x = line.caret_x(b.caret());
        assert!(x <= last + 0.01, "Left never moves the caret right");
        last = x;
    }
    assert_eq!(b.caret().offset, SENTENCE.len());
}
