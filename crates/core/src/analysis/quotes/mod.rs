//! Quoted statements: direct quotes in marks, headline "Speaker: statement", and reported speech.
//!
//! [`find_quotes`] pairs quotation marks per paragraph (`direct`), reads headlines (`headline`), follows
//! reporting verbs to their content (`reported`, with the lexicon in [`cues`]), takes clauses attributed after a
//! comma (`attribution`) and finally resolves speakers in text order (`speaker`, `resolve`): a pronoun,
//! implicit subject or title becomes the name the article gives.

mod attribution;
pub mod cues;
mod direct;
mod headline;
mod lexicon;
mod reported;
mod resolve;
mod speaker;

use super::normalize::normalize;
use super::tokens::{Token, TokenKind, tokenize};
use super::{Entity, EntityLabel, Mention, Quote, QuoteKind};
use crate::document::{BlockKind, Document};
use crate::span::Span;

/// Finds the quoted statements of a document, sorted by start, with speakers resolved to entities.
pub fn find_quotes(doc: &Document, mentions: &[Mention], entities: &[Entity]) -> Vec<Quote> {
    // The lookups below binary-search mentions by start. The analysis hands them sorted (and `Entity::mentions`
    // indexes that order); an unsorted caller gets a sorted copy, whose entity links are then approximate.
    let sorted: Vec<Mention>;
    let mentions = if mentions.is_sorted_by_key(|m| m.span.start) {
        mentions
    } else {
        sorted = {
            let mut v = mentions.to_vec();
            v.sort_by_key(|m| m.span.start);
            v
        };
        &sorted
    };
    let mut ctx = Ctx::new(doc, mentions, entities);
    let mut marked = direct::find(&ctx);
    ctx.index_marks(&marked);
    ctx.mark_sentences();
    let mut drafts = reported::find(&ctx, &mut marked);
    let attributed = attribution::find(&ctx, &drafts, &marked);
    drafts.extend(attributed);
    drafts.extend(direct::drafts(&ctx, &marked));
    let heads = headline::find(&ctx, &drafts);
    headline::merge(&mut drafts, heads);
    drafts.sort_by_key(|d| (d.span.start, d.span.end));
    drop_overlaps(&mut drafts);
    resolve::resolve(&ctx, drafts)
}

/// Keeps the first of two overlapping statements (they are sorted by start).
fn drop_overlaps(drafts: &mut Vec<Draft>) {
    let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
    for d in drafts.drain(..) {
        if let Some(last) = kept.last() {
            if last.span.overlaps(d.span) {
                // A headline or direct quote is more certain than reported speech around it.
                if d.priority > last.priority && !d.span.is_empty() {
                    kept.pop();
                    kept.push(d);
                }
                continue;
            }
        }
        kept.push(d);
    }
    *drafts = kept;
}

/// One token with its normalised form and block.
pub(crate) struct Tok<'a> {
    pub span: Span,
    pub kind: TokenKind,
    pub raw: &'a str,
    pub norm: String,
    pub block: usize,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Arabic | TokenKind::Latin)
    }

    pub fn is_punct(&self, set: &[&str]) -> bool {
        self.kind == TokenKind::Punct && set.contains(&self.raw)
    }
}

/// Who a draft statement is attributed to, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Who {
    /// A name in the clause (a mention or a run of name tokens), with the title words stripped before it.
    Named {
        span: Span,
        entity: Option<usize>,
        title: Vec<String>,
    },
    /// A title without a name ("الوزير", "مدرب الهلال"): normalised title words. `headline`: a headline's
    /// "وزير المالية:" stays as written when the article never names the holder.
    Title {
        words: Vec<String>,
        span: Span,
        headline: bool,
    },
    /// A definite noun standing for a named organisation ("الوزارة", "المجلس").
    Definite { word: String, span: Span },
    /// A pronoun or implicit subject: the most recent speaker.
    Implicit,
    /// An honorific pronoun ("سموه", "معاليه"): the most recent speaker who is a person.
    Honorific,
    /// No speaker can be known (a quote in marks with no cue or name around it): the most recent speaker.
    Unknown,
}

/// A statement found by one of the finders, before speakers are resolved.
#[derive(Clone, Debug)]
pub(crate) struct Draft {
    pub kind: QuoteKind,
    pub span: Span,
    pub cue: Option<Span>,
    pub who: Who,
    /// Higher wins an overlap: 2 headline, 1 direct, 0 reported.
    pub priority: u8,
}

/// The document as the finders see it.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Document,
    pub text: &'a str,
    pub toks: Vec<Tok<'a>>,
    pub mentions: &'a [Mention],
    pub entities: &'a [Entity],
    /// `sent_end[i]`: token `i` ends a sentence (sentence punctuation outside quotation marks).
    pub sent_end: Vec<bool>,
    /// `inside[i]`: the statement in marks (index into the marked pairs) whose content holds token `i`.
    pub inside: Vec<Option<usize>>,
    /// `opener[i]`: the statement in marks that token `i` opens.
    pub opener: Vec<Option<usize>>,
}

impl<'a> Ctx<'a> {
    fn new(doc: &'a Document, mentions: &'a [Mention], entities: &'a [Entity]) -> Self {
        let text = doc.text.as_str();
        let mut block = 0usize;
        let toks: Vec<Tok<'a>> = tokenize(text)
            .into_iter()
            .map(|t: Token| {
                while doc
                    .blocks
                    .get(block)
                    .is_some_and(|b| b.span.end <= t.span.start)
                    && block + 1 < doc.blocks.len()
                {
                    block += 1;
                }
                let raw = t.text(text);
                Tok {
                    span: t.span,
                    kind: t.kind,
                    raw,
                    norm: normalize(raw),
                    block,
                }
            })
            .collect();
        let n = toks.len();
        Self {
            doc,
            text,
            toks,
            mentions,
            entities,
            sent_end: vec![false; n],
            inside: vec![None; n],
            opener: vec![None; n],
        }
    }

    /// Indexes the statements in marks by token, so the finders look them up in constant time.
    fn index_marks(&mut self, marked: &[direct::Marked]) {
        for (index, m) in marked.iter().enumerate().filter(|(_, m)| m.statement) {
            let open = self.tok_at(m.open.start);
            if let Some(slot) = self.opener.get_mut(open) {
                *slot = Some(index);
            }
            let (a, b) = (self.tok_at(m.content.start), self.tok_at(m.content.end));
            for slot in self.inside.get_mut(a..b).unwrap_or_default() {
                *slot = Some(index);
            }
        }
    }

    /// Marks sentence ends: . ! ? ؟ outside quotation marks, not in "..", not after a one-letter abbreviation.
    fn mark_sentences(&mut self) {
        let ends: Vec<bool> = (0..self.toks.len())
            .map(|i| {
                let Some(t) = self.toks.get(i) else {
                    return false;
                };
                if !t.is_punct(&[".", "!", "?", "؟"]) {
                    return false;
                }
                let inside = self.inside.get(i).copied().flatten().is_some();
                let prev = i.checked_sub(1).and_then(|j| self.toks.get(j));
                let next = self.toks.get(i + 1);
                let dotted = t.raw == "."
                    && (prev.is_some_and(|p| p.raw == "." && p.span.end == t.span.start)
                        || next.is_some_and(|n| n.raw == "." && n.span.start == t.span.end));
                let abbrev =
                    t.raw == "." && prev.is_some_and(|p| p.is_word() && p.raw.chars().count() == 1);
                !inside && !dotted && !abbrev
            })
            .collect();
        self.sent_end = ends;
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
        let mut j = i;
        while j > 0 && !self.ends_sentence(j - 1) {
            j -= 1;
        }
        j
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
            || (body.split_whitespace().count() <= 20
                && !body.trim_end().ends_with(['.', '!', '?', '؟', '؛']))
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
}
