//! What the reader and the exports show of the analysis: which annotations are highlighted, which paragraphs are
//! dimmed, and how quotes group by speaker. The one filter of Sahifa: the window paints [`highlights`], "Export
//! current view" and `sahifa export --types/--speaker/--entity` narrow with [`Filter::apply`], and both decide with
//! the same predicates ([`Filter::shows_mention`], [`Filter::shows_quote`]).
//!
//! Focusing on one entity ("only" beside it in the entity list, `--entity` on the command line) shows that entity's
//! mentions and the quotes that involve it (said by it, or mentioning it), and dims the paragraphs that do not
//! mention it; the other highlights are hidden. Filters change what is highlighted or shown, never the text.
//!
//! Plain data, no egui.

use crate::analysis::{Analysis, EntityLabel, Mention, Quote};
use crate::document::Document;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Chooses quotes by who said them.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SpeakerFilter {
    /// Quotes whose speaker is this entity (an index into [`Analysis::entities`]).
    Entity(usize),
    /// Quotes whose speaker is shown with this name, or belongs to an entity with this canonical name (surrounding
    /// spaces ignored).
    Name(String),
}

impl SpeakerFilter {
    /// Whether the filter chooses `quote`, given the analysis it belongs to.
    pub fn matches(&self, quote: &Quote, analysis: &Analysis) -> bool {
        let Some(s) = &quote.speaker else {
            return false;
        };
        match self {
            Self::Entity(id) => s.entity == Some(*id),
            Self::Name(name) => {
                let name = name.trim();
                s.name.trim() == name
                    || s.entity
                        .and_then(|e| analysis.entities.get(e))
                        .is_some_and(|e| e.canonical.trim() == name)
            }
        }
    }
}

/// The user's filter choices. The default shows everything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Highlight toggles per entity type, indexed like [`EntityLabel::ALL`].
    pub labels: [bool; 4],
    /// Show quoted statements.
    pub quotes: bool,
    /// Only the statements of this speaker.
    pub speaker: Option<SpeakerFilter>,
    /// Focus on this entity (index into [`Analysis::entities`]): only its mentions and the quotes that involve it,
    /// paragraphs without it dimmed.
    pub entity: Option<usize>,
}

impl Default for Filter {
    fn default() -> Self {
        Self {
            labels: [true; 4],
            quotes: true,
            speaker: None,
            entity: None,
        }
    }
}

impl Filter {
    pub fn shows_label(&self, label: EntityLabel) -> bool {
        self.labels.get(label_index(label)).copied().unwrap_or(true)
    }

    pub fn set_label(&mut self, label: EntityLabel, shown: bool) {
        if let Some(slot) = self.labels.get_mut(label_index(label)) {
            *slot = shown;
        }
    }

    /// True when nothing is filtered out.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// Whether a mention is shown: its type is on and, under an entity focus, it names that entity.
    pub fn shows_mention(&self, mention: &Mention) -> bool {
        self.shows_label(mention.label) && self.entity.is_none_or(|e| e == mention.entity)
    }

    /// Whether a quote is shown: quotes are on, the speaker filter chooses it, and under an entity focus the entity
    /// said it or is mentioned in it.
    pub fn shows_quote(&self, quote: &Quote, analysis: &Analysis) -> bool {
        self.quotes
            && self
                .speaker
                .as_ref()
                .is_none_or(|s| s.matches(quote, analysis))
            && self.entity.is_none_or(|e| involves(quote, e, analysis))
    }

    /// The analysis as this filter shows it: entities keep their indices (so ids stay stable), mentions and quotes
    /// are narrowed, and each entity's mention list is renumbered to the kept mentions.
    pub fn apply(&self, analysis: &Analysis) -> Analysis {
        if self.is_default() {
            return analysis.clone();
        }
        let mentions: Vec<Mention> = analysis
            .mentions
            .iter()
            .filter(|m| self.shows_mention(m))
            .cloned()
            .collect();
        let mut entities = analysis.entities.clone();
        for e in &mut entities {
            e.mentions.clear();
        }
        for (i, m) in mentions.iter().enumerate() {
            if let Some(e) = entities.get_mut(m.entity) {
                e.mentions.push(i);
            }
        }
        let quotes = analysis
            .quotes
            .iter()
            .filter(|q| self.shows_quote(q, analysis))
            .cloned()
            .collect();
        Analysis {
            mentions,
            entities,
            quotes,
            warnings: analysis.warnings.clone(),
        }
    }
}

/// Whether `entity` said the quote or is mentioned inside it (mentions are sorted by start: a binary search).
fn involves(quote: &Quote, entity: usize, analysis: &Analysis) -> bool {
    if quote.speaker.as_ref().and_then(|s| s.entity) == Some(entity) {
        return true;
    }
    let first = analysis
        .mentions
        .partition_point(|m| m.span.start < quote.span.start);
    analysis
        .mentions
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|m| m.span.start < quote.span.end)
        .any(|m| m.entity == entity && quote.span.encloses(m.span))
}

/// Position of a label in [`EntityLabel::ALL`].
pub fn label_index(label: EntityLabel) -> usize {
    EntityLabel::ALL
        .iter()
        .position(|l| *l == label)
        .unwrap_or(0)
}

/// What a highlight marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    Entity(EntityLabel),
    /// The content of a quoted statement.
    Quote,
    /// The speaker of a shown statement, where it is named in the text near it.
    Speaker,
    /// The reporting word of a shown statement.
    Cue,
}

impl Mark {
    /// Nesting depth among highlights of the same extent: a lower one goes outside (a quote holds its cue and
    /// speaker, which hold entity mentions).
    pub const fn depth(self) -> u8 {
        match self {
            Self::Quote => 0,
            Self::Speaker | Self::Cue => 1,
            Self::Entity(_) => 2,
        }
    }
}

/// One highlighted span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub span: Span,
    pub mark: Mark,
    /// Index of the mention (for entities) or of the quote (for quote, speaker and cue marks).
    pub index: usize,
}

/// The highlights a filter shows, sorted by start, longer first at the same start, outer marks first: the order
/// in which nested elements open.
pub fn highlights(doc: &Document, analysis: &Analysis, filter: &Filter) -> Vec<Highlight> {
    let mut out = Vec::with_capacity(analysis.mentions.len() + analysis.quotes.len() * 3);
    for (index, m) in analysis.mentions.iter().enumerate() {
        if filter.shows_mention(m) {
            out.push(Highlight {
                span: m.span,
                mark: Mark::Entity(m.label),
                index,
            });
        }
    }
    for (index, q) in analysis.quotes.iter().enumerate() {
        if !filter.shows_quote(q, analysis) {
            continue;
        }
        out.push(Highlight {
            span: q.span,
            mark: Mark::Quote,
            index,
        });
        if let Some(cue) = q.cue {
            out.push(Highlight {
                span: cue,
                mark: Mark::Cue,
                index,
            });
        }
        if let Some(s) = &q.speaker
            && speaker_marked_at(doc, q)
        {
            out.push(Highlight {
                span: s.span,
                mark: Mark::Speaker,
                index,
            });
        }
    }
    out.retain(|h| !h.span.is_empty() && h.span.end <= doc.text.len());
    out.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end), h.mark.depth()));
    out
}

/// Whether a quote's speaker is marked where its span points. A speaker resolved from a pronoun points at a
/// mention elsewhere; marking that far mention would show someone speaking where they do not, so only a speaker
/// in the quote's own block is marked (the tooltip names the speaker either way).
pub fn speaker_marked_at(doc: &Document, quote: &Quote) -> bool {
    quote
        .speaker
        .as_ref()
        .is_some_and(|s| doc.block_at(s.span.start) == doc.block_at(quote.span.start))
}

/// Per block, whether the entity focus dims it (`None` when no entity is chosen).
pub fn dimmed_blocks(doc: &Document, analysis: &Analysis, filter: &Filter) -> Option<Vec<bool>> {
    let entity = analysis.entities.get(filter.entity?)?;
    let mut dimmed = vec![true; doc.blocks.len()];
    for &m in &entity.mentions {
        let Some(mention) = analysis.mentions.get(m) else {
            continue;
        };
        if let Some(b) = doc.block_at(mention.span.start)
            && let Some(slot) = dimmed.get_mut(b)
        {
            *slot = false;
        }
    }
    Some(dimmed)
}

/// The statements of one speaker: a known entity (all its surface forms together), or a name the analysis could
/// not tie to an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerGroup {
    /// The filter that chooses exactly this group's quotes.
    pub key: SpeakerFilter,
    /// The name shown: the entity's canonical name, or the speaker's name as written.
    pub name: String,
    /// Indices into [`Analysis::quotes`], in text order.
    pub quotes: Vec<usize>,
}

/// Quotes grouped by speaker, largest group first (ties in order of first appearance), and the quotes whose
/// speaker is unknown. Linear in the number of quotes.
pub fn speaker_groups(analysis: &Analysis) -> (Vec<SpeakerGroup>, Vec<usize>) {
    let mut index: std::collections::HashMap<SpeakerFilter, usize> =
        std::collections::HashMap::new();
    let mut groups: Vec<SpeakerGroup> = Vec::new();
    let mut unknown = Vec::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        let Some(s) = &q.speaker else {
            unknown.push(i);
            continue;
        };
        let entity = s
            .entity
            .and_then(|e| analysis.entities.get(e).map(|en| (e, en)));
        let (key, name) = match entity {
            Some((e, en)) => (SpeakerFilter::Entity(e), en.canonical.clone()),
            None => (SpeakerFilter::Name(s.name.clone()), s.name.clone()),
        };
        let g = *index.entry(key.clone()).or_insert_with(|| {
            groups.push(SpeakerGroup {
                key,
                name,
                quotes: Vec::new(),
            });
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(g) {
            group.quotes.push(i);
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.quotes.len()));
    (groups, unknown)
}

/// Mentions and quotes counted per section (`(mentions, quotes)`, indexed like `Document::sections`).
///
/// A section counts what starts in its own span, including its subsections. Mentions and quotes are sorted by
/// start, so each count is two binary searches (a 5 MB article has thousands of sections).
pub fn section_counts(doc: &Document, analysis: &Analysis) -> Vec<(usize, usize)> {
    let in_span =
        |starts: &dyn Fn(usize) -> usize, span: Span| starts(span.end) - starts(span.start);
    let mentions = |at: usize| analysis.mentions.partition_point(|m| m.span.start < at);
    let quotes = |at: usize| analysis.quotes.partition_point(|q| q.span.start < at);
    doc.sections
        .iter()
        .map(|s| (in_span(&mentions, s.span), in_span(&quotes, s.span)))
        .collect()
}

/// The mention under a byte offset.
pub fn mention_at(analysis: &Analysis, offset: usize) -> Option<usize> {
    let i = analysis
        .mentions
        .partition_point(|m| m.span.start <= offset);
    let i = i.checked_sub(1)?;
    analysis
        .mentions
        .get(i)
        .filter(|m| m.span.contains(offset))
        .map(|_| i)
}

/// Finds the quote under a byte offset in logarithmic time (the reader asks on every hover): the quotes' ends in a
/// max segment tree over the quotes in start order. Built once per analysis ([`QuoteIndex::new`]).
#[derive(Clone, Debug, Default)]
pub struct QuoteIndex {
    /// `tree[1]` is the root; the leaves start at `leaves` (a power of two) and hold each quote's end.
    tree: Vec<usize>,
    leaves: usize,
}

impl QuoteIndex {
    /// Indexes the quotes of `analysis` (sorted by start, as the analysis keeps them).
    pub fn new(analysis: &Analysis) -> Self {
        let n = analysis.quotes.len();
        let leaves = n.next_power_of_two().max(1);
        let mut tree = vec![0; 2 * leaves];
        for (i, q) in analysis.quotes.iter().enumerate() {
            if let Some(slot) = tree.get_mut(leaves + i) {
                *slot = q.span.end;
            }
        }
        for node in (1..leaves).rev() {
            let l = tree.get(2 * node).copied().unwrap_or(0);
            let r = tree.get(2 * node + 1).copied().unwrap_or(0);
            if let Some(slot) = tree.get_mut(node) {
                *slot = l.max(r);
            }
        }
        Self { tree, leaves }
    }

    /// The innermost quote whose content covers `offset`: of the quotes covering it, the one that starts last (the
    /// shortest of those starting there). `analysis` must be the one the index was built from.
    pub fn at(&self, analysis: &Analysis, offset: usize) -> Option<usize> {
        let quotes = &analysis.quotes;
        let before = quotes.partition_point(|q| q.span.start <= offset);
        let last = self.rightmost_ending_after(1, 0, self.leaves, before, offset)?;
        let start = quotes.get(last)?.span.start;
        // Quotes starting at the same offset sit together just before `last`.
        let mut best = last;
        for i in (0..last).rev() {
            let Some(q) = quotes.get(i) else { break };
            if q.span.start != start {
                break;
            }
            if q.span.contains(offset)
                && quotes
                    .get(best)
                    .is_some_and(|b| q.span.len() < b.span.len())
            {
                best = i;
            }
        }
        Some(best)
    }

    /// The last index below `limit` in `node`'s range `lo..hi` whose quote ends after `offset`.
    fn rightmost_ending_after(
        &self,
        node: usize,
        lo: usize,
        hi: usize,
        limit: usize,
        offset: usize,
    ) -> Option<usize> {
        if lo >= limit || self.tree.get(node).is_none_or(|&end| end <= offset) {
            return None;
        }
        if hi - lo == 1 {
            return Some(lo);
        }
        let mid = lo + (hi - lo) / 2;
        self.rightmost_ending_after(2 * node + 1, mid, hi, limit, offset)
            .or_else(|| self.rightmost_ending_after(2 * node, lo, mid, limit, offset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, Mention, QuoteKind, Recogniser, Speaker};

    fn sample() -> (Document, Analysis) {
        let doc = crate::load::load_str(
            "t",
            "عنوان\nقال لافروف إن روسيا تريد الحوار.\nفقرة عن واشنطن.",
            crate::load::Format::Plain,
        )
        .unwrap();
        let find = |s: &str| {
            let start = doc.text.find(s).unwrap();
            Span::new(start, start + s.len())
        };
        let mention = |s, label, entity| Mention {
            span: find(s),
            label,
            entity,
            source: Recogniser::Rule,
            confidence: 1.0,
        };
        let analysis = Analysis {
            mentions: vec![
                mention("لافروف", EntityLabel::Per, 0),
                mention("روسيا", EntityLabel::Loc, 1),
                mention("واشنطن", EntityLabel::Loc, 2),
            ],
            entities: vec![
                Entity {
                    label: EntityLabel::Per,
                    canonical: "لافروف".into(),
                    mentions: vec![0],
                },
                Entity {
                    label: EntityLabel::Loc,
                    canonical: "روسيا".into(),
                    mentions: vec![1],
                },
                Entity {
                    label: EntityLabel::Loc,
                    canonical: "واشنطن".into(),
                    mentions: vec![2],
                },
            ],
            quotes: vec![Quote {
                kind: QuoteKind::Indirect,
                span: find("روسيا تريد الحوار"),
                cue: Some(find("قال")),
                speaker: Some(Speaker {
                    name: "لافروف".into(),
                    span: find("لافروف"),
                    entity: Some(0),
                }),
            }],
            warnings: Vec::new(),
        };
        (doc, analysis)
    }

    #[test]
    fn type_toggle_removes_only_that_type() {
        let (d, a) = sample();
        let mut f = Filter::default();
        assert_eq!(
            highlights(&d, &a, &f)
                .iter()
                .filter(|h| h.mark == Mark::Entity(EntityLabel::Loc))
                .count(),
            2
        );
        f.set_label(EntityLabel::Loc, false);
        let h = highlights(&d, &a, &f);
        assert!(h.iter().all(|h| h.mark != Mark::Entity(EntityLabel::Loc)));
        assert_eq!(
            h.iter()
                .filter(|h| h.mark == Mark::Entity(EntityLabel::Per))
                .count(),
            1
        );
        assert!(h.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    }

    #[test]
    fn speaker_filter_hides_other_speakers_statements() {
        let (d, a) = sample();
        let mut f = Filter {
            speaker: Some(SpeakerFilter::Name("لافروف".into())),
            ..Filter::default()
        };
        assert_eq!(
            highlights(&d, &a, &f)
                .iter()
                .filter(|h| h.mark == Mark::Quote)
                .count(),
            1
        );
        assert!(
            highlights(&d, &a, &f)
                .iter()
                .any(|h| h.mark == Mark::Speaker)
        );
        f.speaker = Some(SpeakerFilter::Name("أحد آخر".into()));
        assert!(
            highlights(&d, &a, &f)
                .iter()
                .all(|h| !matches!(h.mark, Mark::Quote | Mark::Cue | Mark::Speaker))
        );
        let (groups, unknown) = speaker_groups(&a);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].key, SpeakerFilter::Entity(0));
        assert_eq!(groups[0].name, "لافروف");
        assert!(unknown.is_empty());
        f.speaker = Some(groups[0].key.clone());
        assert_eq!(f.apply(&a).quotes.len(), 1);
    }

    #[test]
    fn entity_focus_dims_paragraphs_without_it_and_shows_only_its_highlights() {
        let (doc, a) = sample();
        let f = Filter {
            entity: Some(2),
            ..Filter::default()
        };
        assert_eq!(dimmed_blocks(&doc, &a, &f), Some(vec![true, true, false]));
        assert_eq!(dimmed_blocks(&doc, &a, &Filter::default()), None);
        let shown = highlights(&doc, &a, &f);
        assert_eq!(shown.len(), 1, "{shown:?}");
        assert_eq!(shown[0].mark, Mark::Entity(EntityLabel::Loc));
        assert_eq!(shown[0].index, 2);
        // The window and the export decide alike: the export keeps exactly what the window highlights.
        let applied = f.apply(&a);
        assert_eq!(applied.mentions.len(), 1);
        assert!(applied.quotes.is_empty());
        // Focusing on the speaker keeps his statement, its cue and his name.
        let f = Filter {
            entity: Some(0),
            ..Filter::default()
        };
        let marks: Vec<Mark> = highlights(&doc, &a, &f).iter().map(|h| h.mark).collect();
        assert!(
            marks.contains(&Mark::Quote) && marks.contains(&Mark::Cue),
            "{marks:?}"
        );
        assert_eq!(f.apply(&a).quotes.len(), 1);
    }

    #[test]
    fn lookups_at_offsets() {
        let (doc, a) = sample();
        let at = doc.text.find("واشنطن").unwrap() + 2;
        assert_eq!(mention_at(&a, at), Some(2));
        let q = doc.text.find("تريد").unwrap();
        let index = QuoteIndex::new(&a);
        assert_eq!(index.at(&a, q), Some(0));
        assert_eq!(index.at(&a, 0), None);
        assert_eq!(section_counts(&doc, &a), vec![(3, 1)]);
    }

    /// Offsets only (no document): the filter's own decisions on a hand-made analysis.
    fn bare_analysis() -> Analysis {
        let m = |s, e, label, entity| Mention {
            span: Span::new(s, e),
            label,
            entity,
            source: Recogniser::Rule,
            confidence: 1.0,
        };
        let quote = |s, e, speaker: Option<(&str, usize)>| Quote {
            kind: QuoteKind::Direct,
            span: Span::new(s, e),
            cue: None,
            speaker: speaker.map(|(name, entity)| Speaker {
                name: name.into(),
                span: Span::new(0, 2),
                entity: Some(entity),
            }),
        };
        Analysis {
            mentions: vec![
                m(0, 2, EntityLabel::Per, 0),
                m(10, 12, EntityLabel::Loc, 1),
                m(30, 32, EntityLabel::Per, 0),
            ],
            entities: vec![
                Entity {
                    label: EntityLabel::Per,
                    canonical: "أحمد علي".into(),
                    mentions: vec![0, 2],
                },
                Entity {
                    label: EntityLabel::Loc,
                    canonical: "القاهرة".into(),
                    mentions: vec![1],
                },
            ],
            quotes: vec![quote(5, 15, Some(("علي", 0))), quote(20, 25, None)],
            warnings: Vec::new(),
        }
    }

    #[test]
    fn the_default_shows_everything() {
        let a = bare_analysis();
        assert!(Filter::default().is_default());
        assert_eq!(Filter::default().apply(&a), a);
    }

    #[test]
    fn hiding_a_type_renumbers_the_clusters() {
        let a = bare_analysis();
        let mut f = Filter::default();
        f.set_label(EntityLabel::Per, false);
        let shown = f.apply(&a);
        assert_eq!(shown.mentions.len(), 1);
        assert_eq!(shown.mentions[0].entity, 1);
        assert_eq!(shown.entities[1].mentions, vec![0]);
        assert!(shown.entities[0].mentions.is_empty());
        assert_eq!(shown.quotes.len(), 2);
    }

    #[test]
    fn speaker_by_entity_or_name_keeps_only_their_quotes() {
        let a = bare_analysis();
        for speaker in [
            SpeakerFilter::Entity(0),
            SpeakerFilter::Name("علي".into()),
            SpeakerFilter::Name(" أحمد علي ".into()),
        ] {
            let f = Filter {
                speaker: Some(speaker),
                ..Filter::default()
            };
            let shown = f.apply(&a);
            assert_eq!(shown.quotes.len(), 1);
            assert_eq!(shown.quotes[0].span, Span::new(5, 15));
            assert_eq!(shown.mentions.len(), 3);
        }
        let none = Filter {
            quotes: false,
            ..Filter::default()
        };
        assert!(none.apply(&a).quotes.is_empty());
    }

    #[test]
    fn entity_focus_keeps_its_mentions_and_the_quotes_that_involve_it() {
        let a = bare_analysis();
        let f = Filter {
            entity: Some(1),
            ..Filter::default()
        };
        let shown = f.apply(&a);
        assert_eq!(shown.mentions.len(), 1);
        assert_eq!(shown.mentions[0].span, Span::new(10, 12));
        // The first quote contains the mention at 10..12; the second involves nobody.
        assert_eq!(shown.quotes.len(), 1);
    }

    #[test]
    fn the_quote_index_finds_the_innermost_covering_quote() {
        // Nested, crossing, equal-start and one long quote over many short ones, from a fixed pseudo-random walk;
        // the index must agree with a scan of every quote at every offset.
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(seed >> 33).unwrap_or(0) % n
        };
        let mut spans = vec![Span::new(0, 400)];
        for _ in 0..120 {
            let start = next(380);
            spans.push(Span::new(start, start + 1 + next(40)));
        }
        spans.push(Span::new(50, 60));
        spans.push(Span::new(50, 55));
        spans.sort_by_key(|s| s.start);
        let a = Analysis {
            quotes: spans
                .iter()
                .map(|&span| Quote {
                    kind: QuoteKind::Direct,
                    span,
                    cue: None,
                    speaker: None,
                })
                .collect(),
            ..Analysis::default()
        };
        let index = QuoteIndex::new(&a);
        for offset in 0..=420 {
            let expected = a
                .quotes
                .iter()
                .enumerate()
                .filter(|(_, q)| q.span.contains(offset))
                .max_by_key(|(i, q)| {
                    (
                        q.span.start,
                        std::cmp::Reverse(q.span.len()),
                        std::cmp::Reverse(*i),
                    )
                })
                .map(|(i, _)| i);
            let found = index.at(&a, offset);
            assert_eq!(
                found.map(|i| a.quotes[i].span),
                expected.map(|i| a.quotes[i].span),
                "offset {offset}"
            );
        }
        assert_eq!(
            QuoteIndex::new(&Analysis::default()).at(&Analysis::default(), 3),
            None
        );
    }
}
