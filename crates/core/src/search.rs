//! Find in the article with normalised Arabic matching ("احمد" finds "أحمد", "مؤكدًا" is found by "مؤكدا").
//!
//! The index is built once per document (off the UI thread, with the analysis); a query is a linear scan of the
//! normalised text, which takes milliseconds on a 5 MB article.

use crate::analysis::normalize::{Normalized, normalize};
use crate::span::Span;

/// The normalised text of a document, ready to search.
pub struct SearchIndex {
    norm: Normalized,
}

impl SearchIndex {
    pub fn new(text: &str) -> Self {
        Self {
            norm: Normalized::new(text),
        }
    }

    /// Byte spans (into the original text) of every match of `query`, in text order; empty for a blank query.
    pub fn find(&self, query: &str) -> Vec<Span> {
        let needle = normalize(query.trim());
        if needle.is_empty() {
            return Vec::new();
        }
        self.norm
            .text
            .match_indices(&needle)
            .map(|(i, m)| self.norm.original_span(i, i + m.len()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_with_hamza_and_diacritics_folded() {
        let text = "أكد أحمد، مؤكدًا أن احمد هنا. Ahmad";
        let idx = SearchIndex::new(text);
        let hits = idx.find("احمد");
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].get(text), Some("أحمد"));
        assert_eq!(
            idx.find("مؤكدا")[0].get(text).map(str::trim_end),
            Some("مؤكدًا")
        );
        assert_eq!(idx.find("ahmad").len(), 1);
        assert!(idx.find("  ").is_empty());
    }
}
