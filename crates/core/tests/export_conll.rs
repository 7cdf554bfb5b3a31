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
        .filter(|l| !l.is_empty() && !l.starts_with("# quote = "))
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
    for line in conll.lines().filter(|l| !l.starts_with("# quote = ")) {
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

#[test]
fn quotes_are_a_comment_layer_naming_their_tokens() {
    let (doc, analysis) = sample();
    let conll = to_conll(&doc, &analysis);
    // Rebuild each quote's words from the token numbers of its comment lines.
    let mut quoted: std::collections::BTreeMap<usize, (String, Vec<String>)> =
        std::collections::BTreeMap::new();
    for sentence in conll.split("\n\n") {
        let (comments, tokens): (Vec<&str>, Vec<&str>) =
            sentence.lines().partition(|l| l.starts_with("# quote = "));
        let words: Vec<&str> = tokens
            .iter()
            .map(|l| l.rsplit_once(' ').unwrap().0)
            .collect();
        for c in comments {
            let fields: Vec<&str> = c["# quote = ".len()..].splitn(4, ' ').collect();
            let id: usize = fields[0].parse().unwrap();
            let (a, b) = fields[2].split_once('-').unwrap();
            let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
            let entry = quoted.entry(id).or_insert_with(|| {
                (
                    format!("{} {}", fields[1], fields.get(3).unwrap_or(&"")),
                    Vec::new(),
                )
            });
            entry
                .1
                .extend(words[a - 1..b].iter().map(|w| (*w).to_owned()));
        }
    }
    assert_eq!(quoted.len(), analysis.quotes.len());
    for (id, (head, words)) in &quoted {
        let q = &analysis.quotes[id - 1];
        let expected: String = doc.slice(q.span).split_whitespace().collect();
        assert_eq!(words.concat(), expected, "quote {id}");
        let speaker = &q.speaker.as_ref().unwrap().name;
        assert!(head.ends_with(speaker.as_str()), "{head}");
    }
    // The tagger's reader skips the layer: the same tokens as without quotes.
    let plain = {
        let mut a = analysis.clone();
        a.quotes.clear();
        to_conll(&doc, &a)
    };
    assert_eq!(
        sahifa_core::tagger::conll::read_sentences(&conll),
        sahifa_core::tagger::conll::read_sentences(&plain)
    );
}
