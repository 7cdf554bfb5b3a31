//! CoNLL BIO: `TOKEN TAG` per line, B-/I- over PER, ORG, LOC, MISC, a blank line between sentences.
//!
//! Tokens come from the analysis tokenizer, so every non-space character of the text is in some token (bidi
//! marks excepted). As in ANERcorp, a name inside a clitic-prefixed token ("ولافروف") tags the whole token.
//!
//! Quotes are a comment layer: before a sentence's tokens, one line per quote overlapping it,
//! `# quote = ID KIND FIRST-LAST [SPEAKER]`: the quote's number in the document (1-based, the same in every
//! sentence a long quote spans), `direct` or `indirect`, the 1-based numbers of its first and last tokens in the
//! sentence (inclusive), and the speaker's name when known. CoNLL readers that skip `#` lines (and `sahifa tag`)
//! are unaffected.

use crate::analysis::tokens::{Token, tokenize};
use crate::analysis::{Analysis, Mention, QuoteKind};
use crate::document::Document;
use std::fmt::Write as _;

/// Punctuation that ends a sentence.
fn ends_sentence(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "؟" | "…" | "۔")
}

/// Punctuation that closes what a sentence-final mark is inside of (`.»`), so it stays in the sentence.
fn closes(s: &str) -> bool {
    matches!(
        s,
        "»" | "”" | "\"" | "'" | "’" | ")" | "]" | "}" | "›" | "﴾" | "﴿"
    )
}

/// One token with its BIO tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged<'a> {
    pub text: &'a str,
    pub tag: String,
    /// Where the token is in the document text.
    pub span: crate::span::Span,
}

/// The document's sentences as tagged tokens.
pub fn sentences<'a>(doc: &'a Document, analysis: &Analysis) -> Vec<Vec<Tagged<'a>>> {
    let text = doc.text.as_str();
    let tokens = tokenize(text);
    let tags = bio_tags(&tokens, &analysis.mentions);
    let mut out: Vec<Vec<Tagged<'a>>> = Vec::new();
    let mut current: Vec<Tagged<'a>> = Vec::new();
    let mut block = None;
    let mut after_final = false;
    for (token, tag) in tokens.iter().zip(tags) {
        let word = token.text(text);
        let token_block = doc.block_at(token.span.start);
        let new_block = block.is_some() && token_block != block;
        block = token_block;
        if !current.is_empty() && (new_block || (after_final && !closes(word))) {
            out.push(std::mem::take(&mut current));
        }
        after_final = ends_sentence(word) || (after_final && closes(word));
        current.push(Tagged {
            text: word,
            tag,
            span: token.span,
        });
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The BIO tag of each token: a token overlapping a mention takes its type, B- on the mention's first token.
pub fn bio_tags(tokens: &[Token], mentions: &[Mention]) -> Vec<String> {
    let mut tags = Vec::with_capacity(tokens.len());
    let mut next = 0;
    let mut last_mention: Option<usize> = None;
    for token in tokens {
        // Mentions ending before this token can no longer match.
        while mentions
            .get(next)
            .is_some_and(|m| m.span.end <= token.span.start)
        {
            next += 1;
        }
        let hit = mentions
            .get(next)
            .filter(|m| m.span.overlaps(token.span))
            .map(|m| (next, m.label.as_str()));
        tags.push(match hit {
            Some((i, label)) if last_mention == Some(i) => format!("I-{label}"),
            Some((i, label)) => {
                last_mention = Some(i);
                format!("B-{label}")
            }
            None => {
                last_mention = None;
                "O".to_owned()
            }
        });
    }
    tags
}

/// The CoNLL text of a document.
pub fn to_conll(doc: &Document, analysis: &Analysis) -> String {
    let mut out = String::with_capacity(doc.text.len() * 2);
    // Quotes are sorted by start: those ending before a sentence are passed for good.
    let mut first_quote = 0;
    for (i, sentence) in sentences(doc, analysis).iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let (Some(first), Some(last)) = (sentence.first(), sentence.last()) {
            let (start, end) = (first.span.start, last.span.end);
            while analysis
                .quotes
                .get(first_quote)
                .is_some_and(|q| q.span.end <= start)
            {
                first_quote += 1;
            }
            for (n, q) in analysis
                .quotes
                .iter()
                .enumerate()
                .skip(first_quote)
                .take_while(|(_, q)| q.span.start < end)
            {
                let inside: Vec<usize> = sentence
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.span.overlaps(q.span))
                    .map(|(k, _)| k + 1)
                    .collect();
                let (Some(a), Some(b)) = (inside.first(), inside.last()) else {
                    continue;
                };
                let kind = match q.kind {
                    QuoteKind::Direct => "direct",
                    QuoteKind::Indirect => "indirect",
                };
                let _ = write!(out, "# quote = {} {kind} {a}-{b}", n + 1);
                if let Some(s) = &q.speaker {
                    let _ = write!(
                        out,
                        " {}",
                        s.name.split_whitespace().collect::<Vec<_>>().join(" ")
                    );
                }
                out.push('\n');
            }
        }
        for t in sentence {
            let _ = writeln!(out, "{} {}", t.text, t.tag);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{EntityLabel, Recogniser};
    use crate::span::Span;

    fn mention(text: &str, name: &str, label: EntityLabel) -> Mention {
        let start = text.find(name).unwrap();
        Mention {
            span: Span::new(start, start + name.len()),
            label,
            entity: 0,
            source: Recogniser::Rule,
            confidence: 1.0,
        }
    }

    fn paragraphs(lines: &[&str]) -> Document {
        use crate::document::{Block, BlockKind};
        let text = lines.join("\n");
        let mut start = 0;
        let blocks = lines
            .iter()
            .map(|l| {
                let span = Span::new(start, start + l.len());
                start = span.end + 1;
                Block {
                    kind: BlockKind::Paragraph,
                    level: 0,
                    span,
                }
            })
            .collect();
        Document::new(crate::document::Source::default(), text, blocks)
    }

    #[test]
    fn a_clitic_prefixed_name_tags_the_whole_token() {
        let text = "وقال ولافروف إن الولايات المتحدة تريد.";
        let mentions = vec![
            mention(text, "لافروف", EntityLabel::Per),
            mention(text, "الولايات المتحدة", EntityLabel::Loc),
        ];
        let tokens = tokenize(text);
        let tagged: Vec<_> = tokens
            .iter()
            .zip(bio_tags(&tokens, &mentions))
            .map(|(t, tag)| format!("{} {tag}", t.text(text)))
            .collect();
        assert_eq!(
            tagged,
            [
                "وقال O",
                "ولافروف B-PER",
                "إن O",
                "الولايات B-LOC",
                "المتحدة I-LOC",
                "تريد O",
                ". O"
            ]
        );
    }

    #[test]
    fn adjacent_mentions_each_start_with_b() {
        let text = "زار موسكو القاهرة";
        let m1 = mention(text, "موسكو", EntityLabel::Loc);
        let m2 = mention(text, "القاهرة", EntityLabel::Loc);
        let tokens = tokenize(text);
        assert_eq!(bio_tags(&tokens, &[m1, m2]), ["O", "B-LOC", "B-LOC"]);
    }

    #[test]
    fn sentences_break_after_final_marks_keeping_closing_quotes() {
        let doc = paragraphs(&["عنوان", "قال «نعم.» ثم ذهب؟ وعاد", "فقرة ثانية"]);
        let words: Vec<Vec<&str>> = sentences(&doc, &Analysis::default())
            .iter()
            .map(|s| s.iter().map(|t| t.text).collect())
            .collect();
        assert_eq!(
            words,
            vec![
                vec!["عنوان"],
                vec!["قال", "«", "نعم", ".", "»"],
                vec!["ثم", "ذهب", "؟"],
                vec!["وعاد"],
                vec!["فقرة", "ثانية"],
            ]
        );
    }
}
