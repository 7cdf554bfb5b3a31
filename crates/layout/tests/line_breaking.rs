//! Line breaking: Unicode line-break opportunities (UAX #14) and the last-resort cut of words wider than the
//! line. Inputs are generated, sized so that the tests stay quick in a debug build; layout time is measured by
//! the criterion bench (benches/layout.rs), never here.

// Test helpers may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used)]

use sahifa_core::document::Document;
use sahifa_layout::{ArticleFont, DocumentLayout, HeadlessFonts, LayoutParams, ParagraphLayout};

fn lay_out(text: &str, width: f32) -> (Document, DocumentLayout) {
    let doc = Document::from_paragraphs(&[text]);
    let mut fonts = HeadlessFonts::new(ArticleFont::Vazirmatn);
    let params = LayoutParams {
        width,
        font_size: 18.0,
        font: ArticleFont::Vazirmatn,
    };
    let mut layout = DocumentLayout::new(&doc, params, &mut fonts);
    layout.ensure_all(&doc, &mut fonts);
    (doc, layout)
}

fn para(layout: &DocumentLayout) -> &ParagraphLayout {
    layout.paragraph(0).unwrap()
}

/// Every line's pieces (words and the spaces between them) fit the width, `slack` points aside.
fn assert_lines_fit(p: &ParagraphLayout, slack: f32) {
    for (i, line) in p.lines.iter().enumerate() {
        let used: f32 = line.pieces.iter().map(|p| p.width).sum();
        assert!(
            used <= p.width + slack,
            "line {i} is {used} wide in {}",
            p.width
        );
        for piece in &line.pieces {
            assert!(piece.x >= -slack && piece.right() <= p.width + slack);
        }
    }
}

/// The words' pieces, in logical order, spell the text without its break spaces: nothing lost or doubled.
fn assert_pieces_spell_the_text(doc: &Document, p: &ParagraphLayout) {
    let mut pieces: Vec<_> = p
        .lines
        .iter()
        .flat_map(|l| &l.pieces)
        .filter(|p| !p.is_space())
        .collect();
    pieces.sort_by_key(|p| p.span.start);
    let spelled: String = pieces.iter().map(|p| doc.slice(p.span)).collect();
    let expected: String = doc
        .slice(p.span)
        .chars()
        .filter(|&c| !sahifa_layout::paragraph::is_break_space(c))
        .collect();
    assert_eq!(spelled, expected);
}

/// Each line's span runs from its first piece to its last word piece, and lines follow each other.
fn assert_line_spans_follow_the_pieces(p: &ParagraphLayout) {
    let mut previous_end = p.span.start;
    for (i, line) in p.lines.iter().enumerate() {
        let words = line.pieces.iter().filter(|p| !p.is_space());
        let start = words.clone().map(|p| p.span.start).min().unwrap();
        let end = words.map(|p| p.span.end).max().unwrap();
        assert_eq!((line.span.start, line.span.end), (start, end), "line {i}");
        assert!(
            start >= previous_end,
            "line {i} starts before the line above ends"
        );
        previous_end = end;
    }
}

/// The logical text of each line (words and inner spaces).
fn line_texts<'a>(doc: &'a Document, p: &ParagraphLayout) -> Vec<&'a str> {
    p.lines.iter().map(|l| doc.slice(l.span)).collect()
}

#[test]
fn word_of_20k_chars_is_cut_into_lines_that_fit() {
    let text = "a".repeat(20_000);
    let (doc, layout) = lay_out(&text, 300.0);
    let p = para(&layout);
    assert!(p.lines.len() > 100, "{} lines", p.lines.len());
    assert_lines_fit(p, 0.01);
    assert_pieces_spell_the_text(&doc, p);
    assert_line_spans_follow_the_pieces(p);
    // Lines are filled: all but the last hold more than the width less one glyph.
    for line in &p.lines[..p.lines.len() - 1] {
        let used: f32 = line.pieces.iter().map(|p| p.width).sum();
        assert!(used > 300.0 - 18.0, "{used}");
    }
}

#[test]
fn joined_arabic_word_of_5k_letters_is_cut_into_lines_that_fit() {
    // A letter at a cut takes another form than inside the word: the cut is measured again, never
    // left to overflow by more than a fraction of a glyph.
    let text = format!("عنوان {}", "ب".repeat(5_000));
    let (doc, layout) = lay_out(&text, 250.0);
    let p = para(&layout);
    assert_lines_fit(p, 1.0);
    assert_pieces_spell_the_text(&doc, p);
    assert_line_spans_follow_the_pieces(p);
}

#[test]
fn punctuation_only_line_of_20k_straight_quotes_is_cut_into_lines_that_fit() {
    let text = "\"".repeat(20_000);
    let (doc, layout) = lay_out(&text, 400.0);
    let p = para(&layout);
    assert!(p.lines.len() > 50);
    assert_lines_fit(p, 0.01);
    assert_pieces_spell_the_text(&doc, p);
    assert_line_spans_follow_the_pieces(p);
}

#[test]
fn base64_line_without_break_opportunity_is_cut_into_lines_that_fit() {
    // Pseudo-random base64 (a fixed linear congruential generator, no dependency).
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut state = 1u64;
    let text: String = (0..20_000)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            char::from(ALPHABET[(state >> 58) as usize])
        })
        .collect();
    let (doc, layout) = lay_out(&text, 500.0);
    let p = para(&layout);
    assert_lines_fit(p, 1.0);
    assert_pieces_spell_the_text(&doc, p);
    assert_line_spans_follow_the_pieces(p);
}

/// Where each line but the last ends: the char before the break, whether whitespace was skipped there, and
/// the char after it.
fn line_ends(doc: &Document, p: &ParagraphLayout) -> Vec<(char, bool, char)> {
    let text = doc.slice(p.span);
    let base = p.span.start;
    p.lines
        .windows(2)
        .map(|pair| {
            let end = pair[0].span.end - base;
            let next = pair[1].span.start - base;
            (
                text[..end].chars().next_back().unwrap(),
                next > end,
                text[next..].chars().next().unwrap(),
            )
        })
        .collect()
}

#[test]
fn long_ascii_url_breaks_after_hyphens_and_question_marks_as_chromium_does() {
    // Chromium breaks an ASCII URL after "-" and "?" but not after "/" or "." (its own ASCII table).
    let url =
        "https://www.example.com/news/middle-east/negotiations-resume-in-geneva/live?id=20241105";
    let text = format!("التفاصيل في {url} كما نشرت");
    // Wide enough for the longest unbreakable part ("https://www.example.com/news/middle-"): no last-resort cut.
    for width in [380.0, 460.0, 560.0] {
        let (doc, layout) = lay_out(&text, width);
        let p = para(&layout);
        assert_pieces_spell_the_text(&doc, p);
        assert_line_spans_follow_the_pieces(p);
        let ends = line_ends(&doc, p);
        assert!(
            ends.iter()
                .any(|&(before, space, _)| before == '-' && !space),
            "width {width}: {:#?}",
            line_texts(&doc, p)
        );
        for (before, space, after) in ends {
            assert!(
                space || before == '-' || before == '?',
                "width {width}: break between {before:?} and {after:?}: {:#?}",
                line_texts(&doc, p)
            );
        }
    }
}

#[test]
fn slash_between_arabic_words_is_a_break_opportunity() {
    // Outside ASCII, UAX #14 decides: a line may end after "/" before a letter.
    let text = "القدس/الضفة/غزة/رفح/خانيونس/جنين/نابلس/الخليل".repeat(3);
    let (doc, layout) = lay_out(&text, 160.0);
    let p = para(&layout);
    assert_lines_fit(p, 0.01);
    assert_pieces_spell_the_text(&doc, p);
    assert_line_spans_follow_the_pieces(p);
    let ends = line_ends(&doc, p);
    assert!(!ends.is_empty());
    for (before, space, _) in ends {
        assert!(before == '/' && !space, "{:#?}", line_texts(&doc, p));
    }
}

#[test]
fn no_line_starts_with_closing_punctuation() {
    // Punctuation attached to the word before it never starts a line, at any width.
    let closers = [")", "]", "!", "?", ".", ",", "،", "؛", "؟", ":", "»", "%"];
    let words = [
        "الحكومة",
        "قالت",
        "إن",
        "(المحادثات",
        "ستستمر",
        "reporters",
        "«said",
    ];
    let mut text = String::new();
    for i in 0..300 {
        text.push_str(words[i % words.len()]);
        if i % 2 == 0 {
            text.push_str(closers[i % closers.len()]);
        }
        text.push(' ');
    }
    for width in [150.0, 233.0, 410.0] {
        let (doc, layout) = lay_out(text.trim_end(), width);
        let p = para(&layout);
        assert_pieces_spell_the_text(&doc, p);
        assert_line_spans_follow_the_pieces(p);
        for line in line_texts(&doc, p) {
            let first = line.chars().next().unwrap();
            assert!(
                !closers.iter().any(|c| c.starts_with(first)),
                "width {width}: a line starts with {first:?}: {line:?}"
            );
        }
    }
}

#[test]
fn closing_punctuation_after_a_space_may_start_a_line_as_in_chromium() {
    // UAX #14 keeps "word )" together; Chromium breaks after every space, and so does the reader.
    let text = "aaaaaaaa ) bbbbbbbb ) cccccccc ) dddddddd";
    let (doc, layout) = lay_out(text, 80.0);
    let p = para(&layout);
    let lines = line_texts(&doc, p);
    assert!(lines.iter().any(|l| l.starts_with(')')), "{lines:#?}");
}

#[test]
fn zero_width_space_is_a_break_opportunity() {
    let text = "segment\u{200b}".repeat(40);
    let (doc, layout) = lay_out(&text, 250.0);
    let p = para(&layout);
    assert!(p.lines.len() > 2);
    assert_lines_fit(p, 0.01);
    assert_pieces_spell_the_text(&doc, p);
    assert_line_spans_follow_the_pieces(p);
    for line in line_texts(&doc, p) {
        // Breaks fall after a ZWSP, never inside "segment".
        assert!(line.starts_with("segment"), "{line:?}");
        assert!(line.ends_with('\u{200b}'), "{line:?}");
    }
}

#[test]
fn url_on_one_line_is_one_json_word() {
    let text = "see https://example.com/a/b here";
    let doc = Document::from_paragraphs(&[text]);
    let json = sahifa_layout::json::layout_document_json(&doc, 600.0, 18.0, ArticleFont::Vazirmatn)
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let words: Vec<&str> = value["paragraphs"][0]["lines"][0]["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["text"].as_str().unwrap())
        .collect();
    assert_eq!(words, ["see", "https://example.com/a/b", "here"]);
}
