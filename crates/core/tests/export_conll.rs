//! CoNLL BIO: the tokens rebuild every non-space character of the text, tags are well-formed BIO, and a name inside
//! a clitic-prefixed token tags the whole token.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

mod export_common;

use export_common::{annotated, sample};
use sahifa_core::export::conll::to_conll;

/// Bidi marks and the BOM are invisible formatting, not text a tagger sees.
fn visible(c: char) -> bool {
    !c.is_whitespace() && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{FEFF}')
}

#[test]
fn conll_tokens_rebuild_the_text() {
    let (mut doc, analysis) = sample();
    // Punctuation runs, Latin with digits, both digit sets, diacritics and tatweel, a non-breaking space.
    doc.text
        .push_str("\n«...» COVID-19 ٢٠١٥ مشددًا الســلام\u{a0}!؟ x@y.com");
    let conll = to_conll(&doc, &analysis);
    let tokens: String = conll
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.rsplit_once(' ').unwrap().0)
        .collect();
    let expected: String = doc.text.chars().filter(|&c| visible(c)).collect();
    assert_eq!(tokens, expected);
}

#[test]
fn conll_tags_are_bio_over_the_four_types() {
    let (doc, analysis) = sample();
    let conll = to_conll(&doc, &analysis);
    let mut previous = "O".to_owned();
    for line in conll.lines() {
        if line.is_empty() {
            previous = "O".to_owned();
            continue;
        }
        let (_, tag) = line.rsplit_once(' ').unwrap();
        if let Some(label) = tag.strip_prefix("I-") {
            assert!(previous.ends_with(label), "I-{label} after {previous}");
        } else if let Some(label) = tag.strip_prefix("B-") {
            assert!(["PER", "ORG", "LOC", "MISC"].contains(&label));
        } else {
            assert_eq!(tag, "O");
        }
        previous = tag.to_owned();
    }
    assert!(
        conll.contains("\n\n"),
        "sentences are separated by blank lines"
    );
    assert!(conll.contains("سامي B-PER\nمنصور I-PER\n"));
    assert!(conll.contains("مصر B-ORG\nللطيران I-ORG\n"));
}

#[test]
fn a_name_inside_a_clitic_prefixed_token_tags_the_whole_token() {
    let (doc, mut analysis) = annotated("عنوان\nوصل الوفد إلى بيروت وقال منصور إن وللبنان دورا.");
    let text = doc.text.clone();
    let at = |s: &str| export_common::find(&text, s, 0);
    // Mentions that leave the clitics out, as the analysis writes them.
    for (span, label) in [
        (at("منصور"), sahifa_core::analysis::EntityLabel::Per),
        (at("للبنان"), sahifa_core::analysis::EntityLabel::Loc),
    ] {
        analysis.mentions.push(sahifa_core::analysis::Mention {
            span,
            label,
            entity: 0,
            source: sahifa_core::analysis::Recogniser::Rule,
            confidence: 1.0,
        });
    }
    analysis.mentions.sort_by_key(|m| m.span.start);
    let conll = to_conll(&doc, &analysis);
    assert!(conll.contains("\nمنصور B-PER\n"), "{conll}");
    assert!(conll.contains("\nوللبنان B-LOC\n"), "{conll}");
    assert!(conll.contains("\nبيروت O\n"));
}
