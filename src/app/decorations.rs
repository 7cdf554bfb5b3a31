//! What the reader paints over the text (highlights, dimming, search hits) and stepping through hits and
//! mentions. Rebuilt only when its inputs change ([`DerivedKey`]), never per frame.

use super::SahifaApp;
use super::reader::{Decoration, DecorationStyle, Decorations};
use crate::document::DocumentId;
use crate::filter::{self, Filter, Mark};
use crate::theme::ThemeKind;

/// The inputs of the derived view state (decorations, highlights, dimmed blocks): equal keys, equal results.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct DerivedKey {
    doc: DocumentId,
    /// [`Loaded::revision`]: the analysis of the same document arrives later than its text.
    revision: u64,
    filter: Filter,
    query: String,
    current_hit: usize,
    theme: ThemeKind,
}

impl SahifaApp {
    /// Runs the find query again when the document or the query changed; a new search goes to its first hit.
    fn update_search(&mut self) {
        let Some(loaded) = &self.loaded else { return };
        let query = self.search.field.text();
        let wanted = (loaded.doc.id, query.to_owned());
        if self.search.searched.as_ref() == Some(&wanted) {
            return;
        }
        self.search.hits = loaded.search.find(query);
        self.search.current = 0;
        self.search.searched = Some(wanted);
        if let Some(first) = self.search.hits.first() {
            self.reader.scroll_to(first.start);
        }
    }

    /// The inputs the decorations are derived from this frame.
    fn derived_key(&self) -> Option<DerivedKey> {
        let loaded = self.loaded.as_ref()?;
        Some(DerivedKey {
            doc: loaded.doc.id,
            revision: loaded.revision,
            filter: self.filter.clone(),
            query: self.search.field.text().to_owned(),
            current_hit: self.search.current,
            theme: self.settings.theme,
        })
    }

    /// Rebuilds the highlights, dimming and decorations when their inputs changed since the last build.
    pub(super) fn update_decorations(&mut self) {
        self.update_search();
        let key = self.derived_key();
        if key == self.derived_for {
            return;
        }
        self.derived_for = key;
        let Some(loaded) = &self.loaded else {
            self.decorations = Decorations::default();
            self.highlights.clear();
            self.dimmed = None;
            return;
        };
        let p = self.palette();
        self.highlights = filter::highlights(&loaded.doc, &loaded.analysis, &self.filter);
        self.dimmed = filter::dimmed_blocks(&loaded.doc, &loaded.analysis, &self.filter);
        let mut decorations: Vec<Decoration> = self
            .highlights
            .iter()
            .map(|h| Decoration {
                span: h.span,
                style: match h.mark {
                    Mark::Entity(label) => DecorationStyle::Fill(p.entity(label)),
                    Mark::Quote => DecorationStyle::Band(p.quote),
                    Mark::Speaker => DecorationStyle::Underline(p.speaker),
                    Mark::Cue => DecorationStyle::Underline(p.cue),
                },
            })
            .collect();
        for (i, hit) in self.search.hits.iter().enumerate() {
            let c = if i == self.search.current {
                p.search_current
            } else {
                p.search_hit
            };
            decorations.push(Decoration {
                span: *hit,
                style: DecorationStyle::Outline(c),
            });
        }
        self.decorations = Decorations::new(decorations);
    }

    /// Moves to the next (or previous) search hit.
    pub fn search_step(&mut self, forward: bool) {
        let n = self.search.hits.len();
        if n == 0 {
            return;
        }
        self.search.current = if forward {
            (self.search.current + 1) % n
        } else {
            (self.search.current + n - 1) % n
        };
        if let Some(hit) = self.search.hits.get(self.search.current) {
            self.reader.scroll_to(hit.start);
        }
    }

    /// Jumps to the next mention of an entity (cycling).
    pub fn cycle_entity(&mut self, entity: usize) {
        let Some(loaded) = &self.loaded else { return };
        let Some(e) = loaded.analysis.entities.get(entity) else {
            return;
        };
        let cursor = self.entity_cursor.entry(entity).or_insert(0);
        let Some(&m) = e.mentions.get(*cursor % e.mentions.len().max(1)) else {
            return;
        };
        *cursor += 1;
        if let Some(mention) = loaded.analysis.mentions.get(m) {
            self.reader.scroll_to(mention.span.start);
        }
    }
}
