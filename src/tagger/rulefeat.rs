//! Stacking: what the list- and rule-based recognisers (`analysis::entities`) say about each token of a
//! sentence, for the tagger's features.
//!
//! The sentence's tokens are joined with single spaces and run through
//! [`default_recognisers`](crate::analysis::entities::default_recognisers) (never the tagger itself); mention
//! spans map back to token indices as BIO tags. Each token also gets the flags of the bundled lists
//! ([`Lexicon::bundled`]) for any of its clitic readings.

use crate::analysis::entities::lexicon::{Flags, Lexicon};
use crate::analysis::entities::{Context, Recognise, default_recognisers, recognise_with};
use crate::tagger::Tag;
use std::sync::OnceLock;

/// The list flags the tagger looks at, in a fixed order (the position is part of the feature hash).
pub const FLAGS: [Flags; 9] = [
    Flags::GIVEN,
    Flags::TITLE,
    Flags::ORG_HEAD,
    Flags::ORG_HEAD_OUT,
    Flags::LOC,
    Flags::ORG,
    Flags::NATIONALITY,
    Flags::PLACE_HEAD_OUT,
    Flags::STOP,
];

/// What the rules say about one token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RuleMark {
    /// The rules' BIO tag, as a [`Tag::index`].
    pub tag: u8,
    /// Bit `k` set when the token (one of its clitic readings) has flag [`FLAGS`]`[k]`.
    pub flags: u16,
}

fn recognisers() -> &'static [Box<dyn Recognise + Send + Sync>] {
    static RECOGNISERS: OnceLock<Vec<Box<dyn Recognise + Send + Sync>>> = OnceLock::new();
    RECOGNISERS.get_or_init(default_recognisers)
}

/// The rules' tag and the list flags of each token.
pub fn marks(tokens: &[&str]) -> Vec<RuleMark> {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(t);
    }
    // The token holding byte `at` (the last token starting at or before it).
    let token_at = |at: usize| starts.partition_point(|&s| s <= at).saturating_sub(1);
    let mut out = vec![RuleMark::default(); tokens.len()];
    let (mentions, _) = recognise_with(&text, recognisers());
    for m in &mentions {
        let first = token_at(m.span.start);
        let last = token_at(m.span.end.saturating_sub(1).max(m.span.start));
        for (k, mark) in out.iter_mut().enumerate().take(last + 1).skip(first) {
            let tag = if k == first {
                Tag::B(m.label)
            } else {
                Tag::I(m.label)
            };
            mark.tag = u8::try_from(tag.index()).unwrap_or(0);
        }
    }
    let lex = Lexicon::bundled();
    let ctx = Context::new(&text, lex);
    for w in &ctx.words {
        let Some(mark) = out.get_mut(token_at(w.span.start)) else {
            continue;
        };
        let mut flags = lex.flags(&w.key);
        for s in &w.stems {
            flags = flags.union(lex.flags(&s.key));
        }
        for (bit, f) in FLAGS.iter().enumerate() {
            if flags.contains(*f) {
                mark.flags |= 1 << bit;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::EntityLabel;

    #[test]
    fn rule_mentions_map_back_to_tokens() {
        let m = marks(&["قال", "الرئيس", "محمد", "علي", "في", "القاهرة", "."]);
        let tags: Vec<Tag> = m.iter().map(|k| Tag::from_index(k.tag.into())).collect();
        assert_eq!(tags.get(2), Some(&Tag::B(EntityLabel::Per)));
        assert_eq!(tags.get(5), Some(&Tag::B(EntityLabel::Loc)));
        assert_eq!(tags.first(), Some(&Tag::O));
        let title_bit = FLAGS.iter().position(|f| *f == Flags::TITLE).unwrap_or(0);
        assert!(m.get(1).is_some_and(|k| k.flags & (1 << title_bit) != 0));
    }
}
