//! The document as every pass reads it: tokens with their normalised form and paragraph, the mentions and
//! entities ([`Tokens`], built first), then sentence ends and the statements in marks by token ([`Ctx`], built once
//! the marks pass has paired the quotation marks, since a sentence ends only outside them). Both are read-only once
//! built. The token, sentence and mention look-ups the passes share live here, so no pass calls back into the
//! pipeline or into another pass.

use super::draft::Marked;
use super::lexicon::{prefixed_title_key, title_key};
use crate::analysis::entities::Word;
use crate::analysis::tokens::TokenKind;
use crate::analysis::{Entity, EntityLabel, Mention};
use crate::document::{BlockKind, Document};
use crate::span::Span;
use std::ops::{Deref, Range};

/// "No statement" in the per-token tables of [`Ctx`].
const NONE: u32 = u32::MAX;

/// A token or statement index as stored in the per-token tables (an article never has 4 billion tokens).
fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(NONE - 1)
}

/// Punctuation that ends a sentence (outside quotation marks).
pub(crate) const SENTENCE_END: &[&str] = &[".", "!", "?", "؟"];

/// Arabic and Latin commas.
pub(crate) const COMMAS: &[&str] = &["،", ","];

/// A short line without sentence-final punctuation reads as a heading when it has at most this many words.
const HEADING_MAX_WORDS: usize = 20;

/// Characters whose absence at the end of a short line makes it heading-like.
const LINE_END_PUNCTUATION: [char; 5] = ['.', '!', '?', '؟', '؛'];

/// One word of the document (its span, kind and normalised `key` through `Deref`) with its raw text and block,
/// made on the fly by [`Toks::get`].
#[derive(Clone, Copy)]
pub(crate) struct Tok<'a> {
    word: &'a Word,
    pub raw: &'a str,
    pub block: usize,
}

impl std::ops::Deref for Tok<'_> {
    type Target = Word;

    fn deref(&self) -> &Word {
        self.word
    }
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Arabic | TokenKind::Latin)
    }

    pub fn is_punct(&self, set: &[&str]) -> bool {
        self.kind == TokenKind::Punct && set.contains(&self.raw)
    }
}

/// The document's words as [`Tok`]s: the words and each one's block number, nothing copied.
pub(crate) struct Toks<'a> {
    text: &'a str,
    words: &'a [Word],
    blocks: Vec<u32>,
}

impl<'a> Toks<'a> {
    /// Token `i`.
    pub fn get(&self, i: usize) -> Option<Tok<'a>> {
        let word = self.words.get(i)?;
        Some(Tok {
            word,
            raw: word.span.get(self.text).unwrap_or(""),
            block: self.blocks.get(i).map_or(0, |&b| b as usize),
        })
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Tokens `range` (those that exist).
    pub fn range(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = Tok<'a>> + '_ {
        range.filter_map(|i| self.get(i))
    }

    /// The number of leading words for which `pred` holds (words in text order; see [`slice::partition_point`]).
    pub fn partition_point(&self, pred: impl FnMut(&Word) -> bool) -> usize {
        self.words.partition_point(pred)
    }
}

/// True for a quotation mark token (« » “ ” " and ″, written for " after a digit).
pub(crate) fn is_quote_mark(raw: &str) -> bool {
    matches!(raw, "«" | "»" | "“" | "”" | "\"" | "″")
}

/// The document's tokens, mentions and entities: all the marks pass reads.
pub(crate) struct Tokens<'a> {
    pub doc: &'a Document,
    pub text: &'a str,
    pub toks: Toks<'a>,
    /// Sorted by start.
    pub mentions: &'a [Mention],
    pub entities: &'a [Entity],
    /// `block_first[i]`: the first token of token `i`'s block (computed once: looking back token by token from
    /// every quotation mark was quadratic in a long paragraph).
    block_first: Vec<u32>,
}

impl<'a> Tokens<'a> {
    /// The document's words (as the entity analysis read them: [`crate::analysis::entities::Context`]), each
    /// assigned its block.
    pub fn new(
        doc: &'a Document,
        words: &'a [Word],
        mentions: &'a [Mention],
        entities: &'a [Entity],
    ) -> Self {
        let text = doc.text.as_str();
        let mut block = 0usize;
        let blocks: Vec<u32> = words
            .iter()
            .map(|w| {
                while doc
                    .blocks
                    .get(block)
                    .is_some_and(|b| b.span.end <= w.span.start)
                    && block + 1 < doc.blocks.len()
                {
                    block += 1;
                }
                u32::try_from(block).unwrap_or(u32::MAX)
            })
            .collect();
        let mut block_first = Vec::with_capacity(blocks.len());
        for (i, b) in blocks.iter().enumerate() {
            let same_block = i
                .checked_sub(1)
                .and_then(|p| blocks.get(p))
                .is_some_and(|p| p == b);
            let first = if same_block {
                block_first.last().copied().unwrap_or_else(|| index(i))
            } else {
                index(i)
            };
            block_first.push(first);
        }
        let toks = Toks {
            text,
            words,
            blocks,
        };
        Self {
            doc,
            text,
            toks,
            mentions,
            entities,
            block_first,
        }
    }

    /// Index of the first token of the block holding token `i` (`i` itself past the last token). The marks pass
    /// runs before sentences are known, so it looks back this far.
    pub fn block_start(&self, i: usize) -> usize {
        self.block_first.get(i).map_or(i, |&f| f as usize)
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn tok_at(&self, offset: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < offset)
    }

    /// A title, heading, or a short line without sentence-final punctuation (plain text marks no headings).
    pub fn heading_like(&self, block: usize) -> bool {
        let Some(b) = self.doc.blocks.get(block) else {
            return false;
        };
        let body = self.slice(b.span);
        matches!(b.kind, BlockKind::Title | BlockKind::Heading)
            || (body.split_whitespace().take(HEADING_MAX_WORDS + 1).count() <= HEADING_MAX_WORDS
                && !body.trim_end().ends_with(LINE_END_PUNCTUATION))
    }

    /// The mentions starting inside `span` (mentions are sorted by start).
    pub fn mentions_in(&self, span: Span) -> &'a [Mention] {
        let a = self.mentions.partition_point(|m| m.span.start < span.start);
        let b = self.mentions.partition_point(|m| m.span.start < span.end);
        self.mentions.get(a..b.max(a)).unwrap_or_default()
    }

    /// The mentions overlapping `span` (they do not overlap each other, so only one can start before it).
    pub fn mentions_over(&self, span: Span) -> impl Iterator<Item = &'a Mention> {
        let a = self
            .mentions
            .partition_point(|m| m.span.start < span.start)
            .saturating_sub(1);
        let b = self.mentions.partition_point(|m| m.span.start < span.end);
        self.mentions
            .get(a..b.max(a))
            .unwrap_or_default()
            .iter()
            .filter(move |m| m.span.overlaps(span))
    }

    /// The first person mention starting inside `span`, else organisation, else place.
    pub fn speaker_mention(&self, span: Span) -> Option<&'a Mention> {
        let here = self.mentions_in(span);
        let found = |labels: &[EntityLabel]| here.iter().find(|m| labels.contains(&m.label));
        // "رئيس نادي الهلال فهد بن نافل": the person, not the organisation in the title.
        found(&[EntityLabel::Per])
            .or_else(|| found(&[EntityLabel::Org]))
            .or_else(|| found(&[EntityLabel::Loc]))
    }

    /// The entity of a mention overlapping `span`.
    pub fn entity_at(&self, span: Span) -> Option<usize> {
        self.mentions_over(span)
            .find(|m| m.label != EntityLabel::Misc)
            .map(|m| m.entity)
    }

    pub fn slice(&self, span: Span) -> &'a str {
        span.get(self.text).unwrap_or("")
    }

    /// The span without surrounding whitespace.
    pub fn trim(&self, span: Span) -> Span {
        let Some(s) = span.get(self.text) else {
            return span;
        };
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead + trail >= s.len() {
            return Span::new(span.start, span.start);
        }
        Span::new(span.start + lead, span.end - trail)
    }
}

/// The tokens with sentence ends and the statements in marks indexed by token: what the passes after the marks
/// read.
pub(crate) struct Ctx<'a> {
    pub tokens: Tokens<'a>,
    /// `sent_end[i]`: token `i` ends a sentence (sentence punctuation outside quotation marks).
    pub sent_end: Vec<bool>,
    /// `inside[i]`: the statement in marks (index into the marked pairs) whose content holds token `i`, or
    /// [`NONE`] ([`Ctx::inside`]). Per-token tables hold `u32`s: a long article has millions of tokens.
    inside: Vec<u32>,
    /// `opener[i]`: the statement in marks that token `i` opens, or [`NONE`] ([`Ctx::opener`]).
    opener: Vec<u32>,
    /// `sent_first[i]`: the first token of the sentence holding token `i` (one entry past the last token too).
    sent_first: Vec<u32>,
    /// Where each title stands, built when first asked ([`Ctx::titled`]).
    titles: std::sync::OnceLock<TitleIndex>,
    /// The first word of each organisation mention, with where the first such mention starts, built when first
    /// asked ([`Ctx::organisation_head_before`]).
    org_heads: std::sync::OnceLock<rustc_hash::FxHashMap<String, usize>>,
}

/// The tokens that carry each title ([`title_key`]), in text order: resolving a title looks back thousands of
/// tokens for its holder, for every quote, and reads these lists instead of every token.
#[derive(Default)]
struct TitleIndex {
    /// By the title the token is.
    exact: rustc_hash::FxHashMap<&'static str, Vec<u32>>,
    /// By the title the token is, or is with "لل"/"بال" written on it ([`prefixed_title_key`]).
    loose: rustc_hash::FxHashMap<&'static str, Vec<u32>>,
}

/// The entries of the sorted token list `at` within `range`.
fn within(
    at: Option<&Vec<u32>>,
    range: Range<usize>,
) -> impl DoubleEndedIterator<Item = usize> + '_ {
    let at = at.map_or(&[][..], Vec::as_slice);
    let lo = at.partition_point(|&p| (p as usize) < range.start);
    let hi = at.partition_point(|&p| (p as usize) < range.end);
    at.get(lo..hi)
        .unwrap_or_default()
        .iter()
        .map(|&p| p as usize)
}

impl<'a> Deref for Ctx<'a> {
    type Target = Tokens<'a>;

    fn deref(&self) -> &Tokens<'a> {
        &self.tokens
    }
}

impl<'a> Ctx<'a> {
    /// The statement in marks (index into the marked pairs) whose content holds token `i`.
    pub fn inside(&self, i: usize) -> Option<usize> {
        self.inside
            .get(i)
            .filter(|&&k| k != NONE)
            .map(|&k| k as usize)
    }

    /// The statement in marks that token `i` opens.
    pub fn opener(&self, i: usize) -> Option<usize> {
        self.opener
            .get(i)
            .filter(|&&k| k != NONE)
            .map(|&k| k as usize)
    }

    /// Indexes the statements among the marked pairs by token, then marks the sentence ends outside them.
    pub fn new(tokens: Tokens<'a>, marked: &[Marked]) -> Self {
        let n = tokens.toks.len();
        let mut ctx = Self {
            tokens,
            sent_end: vec![false; n],
            inside: vec![NONE; n],
            opener: vec![NONE; n],
            sent_first: Vec::new(),
            titles: std::sync::OnceLock::new(),
            org_heads: std::sync::OnceLock::new(),
        };
        ctx.index_marks(marked);
        ctx.sent_end = ctx.sentence_ends();
        let mut sent_first = Vec::with_capacity(n + 1);
        for i in 0..=n {
            let first = match i.checked_sub(1) {
                Some(p) if !ctx.ends_sentence(p) => sent_first.last().copied().unwrap_or(0),
                _ => index(i),
            };
            sent_first.push(first);
        }
        ctx.sent_first = sent_first;
        ctx
    }

    /// True when an organisation named with `head` as its first word ("تحالف قوى الدولة" for "تحالف") is
    /// mentioned before byte `before`. The heads are read once per article.
    pub fn organisation_head_before(&self, head: &str, before: usize) -> bool {
        self.org_heads
            .get_or_init(|| {
                let mut heads = rustc_hash::FxHashMap::default();
                for m in self.mentions.iter().filter(|m| m.label == EntityLabel::Org) {
                    // The token holding the mention's start ("وتحالف": the conjunction is no part of it).
                    let i = self.toks.partition_point(|t| t.span.start <= m.span.start);
                    let Some(t) = i.checked_sub(1).and_then(|i| self.toks.get(i)) else {
                        continue;
                    };
                    let key = t.key.as_str();
                    let key = key
                        .strip_prefix('و')
                        .filter(|_| t.span.start < m.span.start)
                        .unwrap_or(key);
                    let first: &mut usize = heads.entry(key.to_owned()).or_insert(usize::MAX);
                    *first = (*first).min(m.span.start);
                }
                heads
            })
            .get(head)
            .is_some_and(|&at| at < before)
    }

    fn title_index(&self) -> &TitleIndex {
        self.titles.get_or_init(|| {
            let mut index = TitleIndex::default();
            for (i, t) in self.toks.range(0..self.toks.len()).enumerate() {
                let exact = title_key(t.key.as_str());
                let prefixed = prefixed_title_key(t.key.as_str());
                if let Some(k) = exact {
                    index.exact.entry(k).or_default().push(self::index(i));
                }
                for k in exact
                    .into_iter()
                    .chain(prefixed.filter(|&p| Some(p) != exact))
                {
                    index.loose.entry(k).or_default().push(self::index(i));
                }
            }
            index
        })
    }

    /// The tokens within `range` whose title ([`title_key`]) is `key`, in text order.
    pub fn titled(
        &self,
        key: &str,
        range: Range<usize>,
    ) -> impl DoubleEndedIterator<Item = usize> + '_ {
        within(self.title_index().exact.get(key), range)
    }

    /// The tokens within `range` whose title is `key` as written or with "لل"/"بال" on it
    /// ([`prefixed_title_key`]), in text order.
    pub fn titled_loosely(
        &self,
        key: &str,
        range: Range<usize>,
    ) -> impl DoubleEndedIterator<Item = usize> + '_ {
        within(self.title_index().loose.get(key), range)
    }

    /// Indexes the statements in marks by token, so the finders look them up in constant time.
    fn index_marks(&mut self, marked: &[Marked]) {
        for (index, m) in marked.iter().enumerate().filter(|(_, m)| m.statement) {
            let open = self.tok_at(m.open.start);
            if let Some(slot) = self.opener.get_mut(open) {
                *slot = self::index(index);
            }
            let (a, b) = (self.tok_at(m.content.start), self.tok_at(m.content.end));
            for slot in self.inside.get_mut(a..b).unwrap_or_default() {
                *slot = self::index(index);
            }
        }
    }

    /// Sentence ends: . ! ? ؟ outside quotation marks, not in "..", not after a one-letter abbreviation.
    fn sentence_ends(&self) -> Vec<bool> {
        (0..self.toks.len())
            .map(|i| {
                let Some(t) = self.toks.get(i) else {
                    return false;
                };
                if !t.is_punct(SENTENCE_END) {
                    return false;
                }
                let inside = self.inside(i).is_some();
                let prev = i.checked_sub(1).and_then(|j| self.toks.get(j));
                let next = self.toks.get(i + 1);
                let glued_dot_after =
                    next.is_some_and(|n| n.raw == "." && n.span.start == t.span.end);
                // "..": the last dot of a run ends the sentence when a space follows ("وفعالياته.. وتوقعوا"),
                // not between words it joins ("حقيبتك..ألقي").
                let run_end_then_space =
                    !glued_dot_after && next.is_none_or(|n| n.span.start > t.span.end);
                let dotted = t.raw == "."
                    && (prev.is_some_and(|p| p.raw == "." && p.span.end == t.span.start)
                        || glued_dot_after)
                    && !run_end_then_space;
                let abbrev =
                    t.raw == "." && prev.is_some_and(|p| p.is_word() && p.raw.chars().count() == 1);
                // "www.gdp.gov.sa": a dot glued between Latin letters or digits is part of an address.
                let address = t.raw == "."
                    && prev.is_some_and(|p| {
                        p.span.end == t.span.start
                            && p.raw
                                .chars()
                                .last()
                                .is_some_and(|c| c.is_ascii_alphanumeric())
                    })
                    && next.is_some_and(|n| {
                        n.span.start == t.span.end
                            && n.raw
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_ascii_alphanumeric())
                    });
                !inside && !dotted && !abbrev && !address
            })
            .collect()
    }

    /// True when token `i` is the last of its sentence (sentence punctuation or block end).
    pub fn ends_sentence(&self, i: usize) -> bool {
        self.sent_end.get(i).copied().unwrap_or(true)
            || self
                .toks
                .get(i + 1)
                .is_none_or(|n| self.toks.get(i).is_none_or(|t| t.block != n.block))
    }

    /// Index of the first token of the sentence containing token `i`.
    pub fn sentence_start(&self, i: usize) -> usize {
        self.sent_first.get(i).map_or(i, |&f| f as usize)
    }
}
