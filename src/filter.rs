//! What the reader shows of the analysis: which annotations are highlighted and which paragraphs are dimmed.
//!
//! Plain data, no egui: the window turns [`Highlight`]s into painted decorations, and "export current view" uses
//! the same [`Filter`]. Filters change what is highlighted or shown, never the text.

use crate::analysis::{Analysis, EntityLabel, Quote};
use crate::document::Document;
use crate::span::Span;

/// The user's filter choices.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Filter {
    /// Highlight toggles per entity type, indexed like [`EntityLabel::ALL`].
    pub labels: [bool; 4],
    /// Highlight quoted statements.
    pub quotes: bool,
    /// Only the statements of this speaker (by shown name).
    pub speaker: Option<String>,
    /// Only paragraphs that mention this entity (index into `Analysis::entities`) stay at full strength.
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

    /// True when a quote passes the quote toggle and the speaker filter.
    pub fn shows_quote(&self, quote: &Quote) -> bool {
        self.quotes
            && self
                .speaker
                .as_deref()
                .is_none_or(|name| quote.speaker.as_ref().is_some_and(|s| s.name == name))
    }

    /// True when nothing is filtered out.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

impl From<&Filter> for crate::export::Filter {
    /// "Export current view": the export shows what the window shows.
    fn from(f: &Filter) -> Self {
        Self {
            labels: EntityLabel::ALL
                .into_iter()
                .filter(|l| f.shows_label(*l))
                .collect(),
            quotes: f.quotes,
            speaker: f.speaker.clone().map(crate::export::SpeakerFilter::Name),
            entity: f.entity,
        }
    }
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

/// One highlighted span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub span: Span,
    pub mark: Mark,
    /// Index of the mention (for entities) or of the quote (for quote, speaker and cue marks).
    pub index: usize,
}

/// The highlights a filter shows, sorted by start.
pub fn highlights(doc: &Document, analysis: &Analysis, filter: &Filter) -> Vec<Highlight> {
    let mut out = Vec::with_capacity(analysis.mentions.len() + analysis.quotes.len() * 3);
    for (index, m) in analysis.mentions.iter().enumerate() {
        if filter.shows_label(m.label) {
            out.push(Highlight {
                span: m.span,
                mark: Mark::Entity(m.label),
                index,
            });
        }
    }
    for (index, q) in analysis.quotes.iter().enumerate() {
        if !filter.shows_quote(q) {
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
    out.sort_by_key(|h| (h.span.start, h.span.end));
    out
}

/// Whether a quote's speaker is marked where its span points. A speaker resolved from a pronoun points at a
/// mention elsewhere; marking that far mention would show someone speaking where they do not, so only a speaker
/// in the quote's own block is marked (the tooltip names the speaker either way). The window and the HTML export
/// share this rule.
pub fn speaker_marked_at(doc: &Document, quote: &Quote) -> bool {
    quote
        .speaker
        .as_ref()
        .is_some_and(|s| doc.block_at(s.span.start) == doc.block_at(quote.span.start))
}

/// Per block, whether the entity filter dims it (`None` when no entity is chosen).
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

/// The speakers of an analysis with their statement counts, most frequent first.
pub fn speakers(analysis: &Analysis) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for q in &analysis.quotes {
        let Some(s) = &q.speaker else { continue };
        match counts.iter_mut().find(|(n, _)| *n == s.name) {
            Some((_, c)) => *c += 1,
            None => counts.push((s.name.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
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

/// Quotes grouped by speaker name (`None`: unknown), largest group first; indices into `Analysis::quotes`.
pub fn quotes_by_speaker(analysis: &Analysis) -> Vec<(Option<String>, Vec<usize>)> {
    let mut index: std::collections::HashMap<Option<&str>, usize> =
        std::collections::HashMap::new();
    let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        let name = q.speaker.as_ref().map(|s| s.name.as_str());
        let g = *index.entry(name).or_insert_with(|| {
            groups.push((name.map(str::to_owned), Vec::new()));
            groups.len() - 1
        });
        if let Some((_, v)) = groups.get_mut(g) {
            v.push(i);
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.1.len()));
    groups
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

/// The innermost quote whose content covers a byte offset.
pub fn quote_at(analysis: &Analysis, offset: usize) -> Option<usize> {
    analysis
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.span.contains(offset))
        .min_by_key(|(_, q)| q.span.len())
        .map(|(i, _)| i)
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
            speaker: Some("لافروف".into()),
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
        f.speaker = Some("أحد آخر".into());
        assert!(
            highlights(&d, &a, &f)
                .iter()
                .all(|h| !matches!(h.mark, Mark::Quote | Mark::Cue | Mark::Speaker))
        );
        assert_eq!(speakers(&a), vec![("لافروف".to_owned(), 1)]);
    }

    #[test]
    fn entity_filter_dims_paragraphs_without_it() {
        let (doc, a) = sample();
        let f = Filter {
            entity: Some(2),
            ..Filter::default()
        };
        assert_eq!(dimmed_blocks(&doc, &a, &f), Some(vec![true, true, false]));
        assert_eq!(dimmed_blocks(&doc, &a, &Filter::default()), None);
    }

    #[test]
    fn lookups_at_offsets() {
        let (doc, a) = sample();
        let at = doc.text.find("واشنطن").unwrap() + 2;
        assert_eq!(mention_at(&a, at), Some(2));
        let q = doc.text.find("تريد").unwrap();
        assert_eq!(quote_at(&a, q), Some(0));
        assert_eq!(quote_at(&a, 0), None);
        assert_eq!(section_counts(&doc, &a), vec![(3, 1)]);
        assert_eq!(
            quotes_by_speaker(&a),
            vec![(Some("لافروف".to_owned()), vec![0])]
        );
    }
}
