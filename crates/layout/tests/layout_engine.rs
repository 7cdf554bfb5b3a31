//! Layout engine: visual order of mixed lines, brackets, digits, LTR paragraphs, line order, flush-right lines,
//! hit testing and span rectangles, measured with the bundled fonts headless.

// Test helpers may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::many_single_char_names)]

use sahifa_core::document::Document;
use sahifa_core::span::Span;
use sahifa_layout::{
    ArticleFont, DocumentLayout, HeadlessFonts, LayoutParams, Line, ParagraphLayout,
};

/// A document of one paragraph per entry.
fn doc(paragraphs: &[&str]) -> Document {
    Document::from_paragraphs(paragraphs)
}

/// Text with one `[...]` span marked: returns the text without brackets and the span.
fn annotated(s: &str) -> (String, Span) {
    let open = s.find('[').unwrap();
    let close = s.find(']').unwrap();
    let text = s.replace(['[', ']'], "");
    (text, Span::new(open, close - 1))
}

fn lay_out(d: &Document, width: f32) -> DocumentLayout {
    let mut fonts = HeadlessFonts::new(ArticleFont::Vazirmatn);
    let params = LayoutParams {
        width,
        font_size: 18.0,
        font: ArticleFont::Vazirmatn,
    };
    let mut layout = DocumentLayout::new(d, params, &mut fonts);
    layout.ensure_all(d, &mut fonts);
    layout
}

/// The words of a line left to right (pieces of one word joined).
fn visual_words(d: &Document, line: &Line) -> Vec<String> {
    let mut words: Vec<(u32, Span, f32)> = Vec::new();
    for p in line.pieces.iter().filter(|p| !p.is_space()) {
        let w = p.word.unwrap();
        match words.iter_mut().find(|e| e.0 == w) {
            Some(e) => {
                e.1 = Span::new(e.1.start.min(p.span.start), e.1.end.max(p.span.end));
                e.2 = e.2.min(p.x);
            }
            None => words.push((w, p.span, p.x)),
        }
    }
    words.sort_by(|a, b| a.2.total_cmp(&b.2));
    words
        .into_iter()
        .map(|(_, s, _)| d.slice(s).to_owned())
        .collect()
}

fn para(layout: &DocumentLayout, i: usize) -> &ParagraphLayout {
    layout.paragraph(i).unwrap()
}

#[test]
fn mixed_arabic_latin_digits_line_reads_right_to_left_with_ltr_runs_intact() {
    let d = doc(&["أعلنت شركة Apple عن iPhone 15 في 2023"]);
    let layout = lay_out(&d, 800.0);
    let p = para(&layout, 0);
    assert_eq!(p.lines.len(), 1);
    assert_eq!(
        visual_words(&d, &p.lines[0]),
        ["2023", "في", "iPhone", "15", "عن", "Apple", "شركة", "أعلنت"]
    );
}

#[test]
fn arabic_indic_digits_are_shaped_left_to_right() {
    let d = doc(&["ولد عام ١٩٨٥ في القاهرة"]);
    let layout = lay_out(&d, 800.0);
    let line = &para(&layout, 0).lines[0];
    assert_eq!(
        visual_words(&d, line),
        ["القاهرة", "في", "١٩٨٥", "عام", "ولد"]
    );
    let digits = line
        .pieces
        .iter()
        .find(|p| d.slice(p.span) == "١٩٨٥")
        .unwrap();
    // Reversed for the shaper, which lays Arabic-script runs out right to left.
    assert_eq!(digits.display(&d.text), "٥٨٩١");
    assert_eq!(digits.level % 2, 0);
}

#[test]
fn brackets_around_latin_inside_arabic_are_mirrored() {
    let d = doc(&["قال (World) هنا"]);
    let layout = lay_out(&d, 800.0);
    let line = &para(&layout, 0).lines[0];
    assert_eq!(visual_words(&d, line), ["هنا", "(World)", "قال"]);
    let pieces: Vec<&str> = line
        .pieces
        .iter()
        .filter(|p| !p.is_space() && d.slice(p.span) != "قال" && d.slice(p.span) != "هنا")
        .map(|p| p.display(&d.text))
        .collect();
    // Left to right on screen: the closing bracket drawn as "(", the word, the opening one drawn as ")".
    assert_eq!(pieces, ["(", "World", ")"]);
}

#[test]
fn english_paragraph_reads_left_to_right_from_the_left_edge() {
    let d = doc(&[
        "نص عربي",
        "The minister said, in Geneva, that talks resume.",
    ]);
    let layout = lay_out(&d, 800.0);
    let p = para(&layout, 1);
    assert_eq!(p.direction.as_str(), "ltr");
    let line = &p.lines[0];
    assert_eq!(
        visual_words(&d, line),
        [
            "The", "minister", "said,", "in", "Geneva,", "that", "talks", "resume."
        ]
    );
    assert!(line.pieces[0].x.abs() < 0.01);
}

#[test]
fn paragraph_of_only_digits_takes_the_document_direction() {
    let d = doc(&["مقدمة المقال", "2015"]);
    let layout = lay_out(&d, 500.0);
    let p = para(&layout, 1);
    assert_eq!(p.direction.as_str(), "rtl");
    let piece = &p.lines[0].pieces[0];
    assert!(
        (piece.right() - 500.0).abs() < 0.5,
        "flush right, got {}",
        piece.right()
    );
}

#[test]
fn a_paragraph_starting_with_a_latin_word_stays_right_to_left_unless_mainly_latin() {
    let d = doc(&[
        "مقدمة المقال",
        "iPhone 16 هو أحدث هاتف من الشركة",
        "The summit opened in Riyadh today (الرياض)",
    ]);
    let layout = lay_out(&d, 500.0);
    assert_eq!(para(&layout, 1).direction.as_str(), "rtl");
    assert_eq!(para(&layout, 2).direction.as_str(), "ltr");
}

#[test]
fn lines_break_in_logical_order_and_rtl_lines_end_flush_right() {
    let words: Vec<String> = (1..=40).map(|i| format!("كلمة{i}")).collect();
    let text = words.join(" ");
    let d = doc(&[&text]);
    let layout = lay_out(&d, 300.0);
    let p = para(&layout, 0);
    assert!(p.lines.len() > 3);
    // The first logical word is on the first line, at its right end.
    let first = &p.lines[0];
    assert_eq!(visual_words(&d, first).last().unwrap(), "كلمة1");
    for pair in p.lines.windows(2) {
        assert!(pair[0].span.end < pair[1].span.start);
        assert!(pair[0].y < pair[1].y);
    }
    for line in &p.lines {
        let right = line
            .pieces
            .iter()
            .map(sahifa_layout::Piece::right)
            .fold(0.0f32, f32::max);
        assert!((right - 300.0).abs() < 0.5, "line ends at {right}");
        let left = line.pieces.iter().map(|p| p.x).fold(f32::MAX, f32::min);
        assert!(left >= -0.01, "line overflows: {left}");
    }
}

#[test]
fn word_wider_than_the_line_is_split() {
    let long = "ا".repeat(5) + &"ب".repeat(200);
    let d = doc(&[&long]);
    let layout = lay_out(&d, 120.0);
    let p = para(&layout, 0);
    assert!(p.lines.len() > 1);
    let mut covered = 0;
    for line in &p.lines {
        let width: f32 = line.pieces.iter().map(|p| p.width).sum();
        assert!(width <= 120.5, "{width}");
        covered += line.pieces.iter().map(|p| p.span.len()).sum::<usize>();
    }
    assert_eq!(covered, long.len());
}

/// `n` chars of pseudo-random base64 (a fixed linear congruential generator).
fn base64_text(n: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut x: u64 = 12_345;
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            char::from(ALPHABET[(x >> 58) as usize])
        })
        .collect()
}

/// Words far longer than the measuring window (2 KB) are cut into lines that each fit, and cover the word.
#[test]
fn words_longer_than_the_measuring_window_are_cut_into_lines_that_fit() {
    let arabic = "بسمله".repeat(1_200);
    for (text, width) in [(base64_text(100_000), 600.0), (arabic, 250.0)] {
        let d = doc(&[&text]);
        let layout = lay_out(&d, width);
        let p = para(&layout, 0);
        assert!(p.lines.len() > 20);
        let mut covered = 0;
        for line in &p.lines {
            let used: f32 = line.pieces.iter().map(|p| p.width).sum();
            assert!(used <= width + 0.01, "{used} > {width}");
            covered += line.pieces.iter().map(|p| p.span.len()).sum::<usize>();
        }
        assert_eq!(covered, text.len());
    }
}

#[test]
fn hit_test_finds_every_char_it_is_pointed_at() {
    let d = doc(&[
        "أعلنت شركة Apple عن iPhone 15 في 2023",
        "The quick brown fox",
    ]);
    let layout = lay_out(&d, 800.0);
    for i in 0..2 {
        let p = para(&layout, i);
        let top = layout.block_top(i);
        for line in &p.lines {
            for piece in line.pieces.iter().filter(|p| !p.is_space()) {
                let chars: Vec<(usize, char)> = d.slice(piece.span).char_indices().collect();
                let n = chars.len() as f32;
                for (k, (offset, _)) in chars.iter().enumerate() {
                    // The middle of the k-th char, counted from the piece's logical start side.
                    let f = (k as f32 + 0.5) / n;
                    let x = if piece.is_rtl() {
                        piece.right() - f * piece.width
                    } else {
                        piece.x + f * piece.width
                    };
                    let hit = layout
                        .hit_test(&d, x, top + line.y + line.height / 2.0)
                        .unwrap();
                    assert_eq!(hit.char_start, piece.span.start + offset);
                }
            }
        }
    }
}

#[test]
fn span_rects_cover_whole_words_and_split_at_line_breaks() {
    let (text, span) = annotated("قال [وزير الخارجية] إن المحادثات ستستمر");
    let d = doc(&[&text]);
    let layout = lay_out(&d, 800.0);
    let rects = layout.span_rects(&d, span, 0..1);
    assert_eq!(
        rects.len(),
        1,
        "two adjacent words and their space make one rectangle"
    );
    let line = &para(&layout, 0).lines[0];
    let words: Vec<_> = line
        .pieces
        .iter()
        .filter(|p| span.encloses(p.span) && !p.is_space())
        .collect();
    assert_eq!(words.len(), 2);
    let left = words.iter().map(|p| p.x).fold(f32::MAX, f32::min);
    let right = words.iter().map(|p| p.right()).fold(0.0, f32::max);
    assert!((rects[0].left() - left).abs() < 0.01 && (rects[0].right() - right).abs() < 0.01);

    // Half a word gets a narrower rectangle on the word's right side (RTL).
    let word = line
        .pieces
        .iter()
        .find(|p| d.slice(p.span) == "المحادثات")
        .unwrap();
    let half = Span::new(word.span.start, word.span.start + "المحا".len());
    let r = layout.span_rects(&d, half, 0..1);
    assert_eq!(r.len(), 1);
    assert!((r[0].right() - word.right()).abs() < 0.01);
    assert!(r[0].width() < word.width * 0.8 && r[0].width() > word.width * 0.2);

    // Across a line break: one rectangle per line.
    let narrow = lay_out(&d, 90.0);
    let all = Span::new(0, d.text.len());
    let lines = narrow.paragraph(0).unwrap().lines.len();
    assert!(lines > 1);
    assert_eq!(narrow.span_rects(&d, all, 0..1).len(), lines);
}

#[test]
fn estimates_cover_the_document_before_layout() {
    let body = "هذه فقرة عادية من مقال إخباري تتكرر لقياس التقدير ".repeat(20);
    let paragraphs: Vec<&str> = (0..200).map(|_| body.as_str()).collect();
    let d = doc(&paragraphs);
    let mut fonts = HeadlessFonts::new(ArticleFont::Vazirmatn);
    let params = LayoutParams {
        width: 600.0,
        font_size: 18.0,
        font: ArticleFont::Vazirmatn,
    };
    let mut layout = DocumentLayout::new(&d, params, &mut fonts);
    let estimated = layout.total_height();
    assert_eq!(layout.measured_blocks(), 0);
    layout.ensure_range(&d, 0.0, 1000.0, &mut fonts);
    assert!(layout.measured_blocks() > 0 && layout.measured_blocks() < 20);
    layout.ensure_all(&d, &mut fonts);
    let measured = layout.total_height();
    let ratio = estimated / measured;
    assert!(
        (0.8..1.25).contains(&ratio),
        "estimate {estimated} vs measured {measured}"
    );
}

#[test]
fn layout_json_matches_the_documented_shape() {
    let d = doc(&["أعلنت شركة Apple عن iPhone 15", "2015"]);
    let json =
        sahifa_layout::json::layout_document_json(&d, 600.0, 18.0, ArticleFont::Amiri).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["font"], "Amiri-Regular.ttf");
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 2);
    let first = &v["paragraphs"][0];
    assert_eq!(first["direction"], "rtl");
    let words = first["lines"][0]["words"].as_array().unwrap();
    let texts: Vec<&str> = words.iter().map(|w| w["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["iPhone", "15", "عن", "Apple", "شركة", "أعلنت"]);
    // Code-point offsets: "أعلنت" is the first five code points.
    let last = words.last().unwrap();
    assert_eq!(
        (last["start"].as_u64(), last["end"].as_u64()),
        (Some(0), Some(5))
    );
    let right = last["x"].as_f64().unwrap() + last["w"].as_f64().unwrap();
    assert!((right - 600.0).abs() < 0.05);
    assert_eq!(v["paragraphs"][1]["start"], 30);
}

#[test]
fn drag_past_a_trailing_number_selects_the_number() {
    // Regression: on a right-to-left line the logically last word ("2026") is painted leftmost and read left to
    // right; a point left of it took its own left edge (its start) as the caret, so a drag-selection stopped
    // before the number.
    let text = "انعقد المؤتمر في عام 2026";
    let d = doc(&[text, "The meeting was in 2026"]);
    let layout = lay_out(&d, 800.0);
    let line = &para(&layout, 0).lines[0];
    let y = layout.block_top(0) + line.y + line.height / 2.0;
    let left = line
        .pieces
        .iter()
        .map(|p| p.x)
        .fold(f32::INFINITY, f32::min);
    let right = line
        .pieces
        .iter()
        .map(sahifa_layout::Piece::right)
        .fold(0.0, f32::max);
    let hit = layout.hit_test(&d, left - 20.0, y).unwrap();
    assert_eq!(hit.caret, text.len(), "past the left end: the line's end");
    assert!(!hit.on_text);
    let hit = layout.hit_test(&d, right + 20.0, y).unwrap();
    assert_eq!(hit.caret, 0, "past the right end: the line's start");
    // A left-to-right paragraph: the other way round.
    let p = para(&layout, 1);
    let line = &p.lines[0];
    let y = layout.block_top(1) + line.y + line.height / 2.0;
    let left = line
        .pieces
        .iter()
        .map(|p| p.x)
        .fold(f32::INFINITY, f32::min);
    let right = line
        .pieces
        .iter()
        .map(sahifa_layout::Piece::right)
        .fold(0.0, f32::max);
    assert_eq!(
        layout.hit_test(&d, left - 5.0, y).unwrap().caret,
        p.span.start
    );
    assert_eq!(
        layout.hit_test(&d, right + 5.0, y).unwrap().caret,
        p.span.end
    );
}
