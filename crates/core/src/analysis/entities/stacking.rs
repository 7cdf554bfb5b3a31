//! What the list- and rule-based recognisers say about each token, handed to the tagger below through its
//! [`RuleMarker`] interface (stacking).
//!
//! The sentence's tokens are joined with single spaces and run through [`default_recognisers`] (never the tagger
//! itself); mention spans map back to token indices as BIO tags. Each token also gets the list classes of the
//! bundled lists ([`Lexicon::bundled`]) for any of its clitic readings. The fingerprint is that of the lists
//! ([`lists_fingerprint`]), so a model trained before a list changed is refused with a clear error.

use super::lexicon::{Flags, Lexicon, lists_fingerprint};
use super::{Context, Recognise, default_recognisers, recognise_in};
use crate::tagger::{ListClass, RuleMark, RuleMarker, Tag};
use std::sync::OnceLock;

/// The analysis's rule marks for the tagger.
#[derive(Clone, Copy, Debug, Default)]
pub struct AnalysisRules;

/// Which list flag stands for each [`ListClass`].
const fn flag_of(class: ListClass) -> Flags {
    match class {
        ListClass::GivenName => Flags::GIVEN,
        ListClass::Title => Flags::TITLE,
        ListClass::OrgHead => Flags::ORG_HEAD,
        ListClass::OrgHeadOut => Flags::ORG_HEAD_OUT,
        ListClass::Place => Flags::LOC,
        ListClass::Organisation => Flags::ORG,
        ListClass::Nationality => Flags::NATIONALITY,
        ListClass::PlaceHeadOut => Flags::PLACE_HEAD_OUT,
        ListClass::Stopword => Flags::STOP,
    }
}

fn recognisers() -> &'static [Box<dyn Recognise + Send + Sync>] {
    static RECOGNISERS: OnceLock<Vec<Box<dyn Recognise + Send + Sync>>> = OnceLock::new();
    RECOGNISERS.get_or_init(default_recognisers)
}

impl AnalysisRules {
    /// The marks of the words `range` of a context read on their own, as a sentence (one mark per word): the
    /// analysis's words are shared, not tokenised and normalised again for every sentence.
    pub fn marks_of(ctx: &Context<'_>, range: std::ops::Range<usize>) -> Vec<RuleMark> {
        let part = ctx.part(range);
        let starts: Vec<usize> = part.words.iter().map(|w| w.span.start).collect();
        word_marks(&part, &starts)
    }
}

/// The marks of tokens starting at `starts` (byte offsets into `ctx.text`, in order) from the rule recognisers'
/// mentions over `ctx` and the lists that hold each word.
fn word_marks(ctx: &Context<'_>, starts: &[usize]) -> Vec<RuleMark> {
    // The token holding byte `at` (the last token starting at or before it).
    let token_at = |at: usize| starts.partition_point(|&s| s <= at).saturating_sub(1);
    let mut out = vec![RuleMark::default(); starts.len()];
    let lex = ctx.lexicon;
    let (mentions, _) = recognise_in(ctx, recognisers());
    for m in &mentions {
        let first = token_at(m.span.start);
        let last = token_at(m.span.end.saturating_sub(1).max(m.span.start));
        for (k, mark) in out.iter_mut().enumerate().take(last + 1).skip(first) {
            mark.tag = if k == first {
                Tag::B(m.label)
            } else {
                Tag::I(m.label)
            };
        }
    }
    for w in ctx.words.iter() {
        let Some(mark) = out.get_mut(token_at(w.span.start)) else {
            continue;
        };
        let mut flags = lex.flags(&w.key);
        for s in &w.stems {
            flags = flags.union(lex.flags(&s.key));
        }
        for class in ListClass::ALL {
            if flags.contains(flag_of(class)) {
                mark.lists |= class.bit();
            }
        }
    }
    out
}

impl RuleMarker for AnalysisRules {
    /// The tokens joined with single spaces and read as a text (training and the tagger's own evaluation, where
    /// sentences come as token lists).
    fn marks(&self, tokens: &[&str]) -> Vec<RuleMark> {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(tokens.len());
        for (i, t) in tokens.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(t);
        }
        word_marks(&Context::new(&text, Lexicon::bundled()), &starts)
    }

    fn fingerprint(&self) -> u64 {
        lists_fingerprint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::EntityLabel;

    #[test]
    fn rule_mentions_map_back_to_tokens() {
        let m = AnalysisRules.marks(&["قال", "الرئيس", "محمد", "علي", "في", "القاهرة", "."]);
        let tags: Vec<Tag> = m.iter().map(|k| k.tag).collect();
        assert_eq!(tags.get(2), Some(&Tag::B(EntityLabel::Per)));
        assert_eq!(tags.get(5), Some(&Tag::B(EntityLabel::Loc)));
        assert_eq!(tags.first(), Some(&Tag::O));
        assert!(m.get(1).is_some_and(|k| k.has(ListClass::Title)));
    }

    #[test]
    fn the_bundled_model_accepts_the_analysis_rules() {
        let model = crate::tagger::Model::bundled().expect("bundled model loads");
        assert!(model.with_rules(&AnalysisRules).is_ok());
        assert!(model.with_rules(&crate::tagger::NoRules).is_err());
    }
}
