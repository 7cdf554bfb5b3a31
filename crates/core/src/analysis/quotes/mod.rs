//! Quoted statements: direct quotes in marks, headline "Speaker: statement", and reported speech.
//!
//! [`find_quotes`] is a pipeline of passes over the document, each handing its result to the next:
//! 1. `marks` pairs the quotation marks of each paragraph and tells statements from scare quotes
//!    (gives the pairs; the read-only `context` then indexes them by token and marks sentence ends);
//! 2. `candidates` finds every statement the article may hold: reported speech after reporting verbs (with the
//!    lexicon in [`cues`]), clauses attributed after a comma, the statements in marks, and headlines
//!    (gives the body's and the headlines' drafts, overlapping);
//! 3. `select` keeps one statement per span (gives drafts sorted by start, none overlapping);
//! 4. `resolve` resolves speakers in text order: a pronoun, implicit subject or title becomes the name the article
//!    gives (gives the quotes).
//!
//! The passes read the shared `context` and the data types in `draft`; reading a speaker from a clause
//! (`speaker`) and the word lists (`cues`, `lexicon`) serve more than one pass.

mod addressee;
mod candidates;
mod context;
pub mod cues;
mod draft;
pub(crate) mod lexicon;
mod marks;
mod resolve;
mod select;
mod speaker;

use super::entities::Word;
use super::{Entity, Mention, Quote};
use crate::document::Document;
use context::{Ctx, Tokens};

/// Finds the quoted statements of a document, sorted by start, with speakers resolved to entities.
pub fn find_quotes(doc: &Document, mentions: &[Mention], entities: &[Entity]) -> Vec<Quote> {
    let words = crate::analysis::entities::Context::new(
        &doc.text,
        crate::analysis::entities::lexicon::Lexicon::bundled(),
    );
    find_quotes_in(doc, &words.words, mentions, entities)
}

/// [`find_quotes`] on the document's words as the entity analysis read them (the document is read once).
pub fn find_quotes_in(
    doc: &Document,
    words: &[Word],
    mentions: &[Mention],
    entities: &[Entity],
) -> Vec<Quote> {
    // The lookups binary-search mentions by start. The analysis hands them sorted (and `Entity::mentions`
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
    let tokens = Tokens::new(doc, words, mentions, entities);
    let marks = marks::pair(&tokens);
    let ctx = Ctx::new(tokens, &marks);
    let candidates = candidates::find(&ctx, marks);
    let statements = select::one_per_span(candidates);
    resolve::speakers(&ctx, statements)
}
