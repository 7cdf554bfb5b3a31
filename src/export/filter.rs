//! What an export shows: the entity types, quotes, speaker and entity chosen in the window ("Export current view").
//!
//! Filters narrow the annotations, never the text: every format keeps the whole article so offsets stay valid.

use crate::analysis::{Analysis, EntityLabel, Quote};
use std::collections::BTreeSet;

/// Chooses quotes by who said them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpeakerFilter {
    /// Quotes whose speaker is this entity (an index into [`Analysis::entities`]).
    Entity(usize),
    /// Quotes whose speaker is shown with this name, or belongs to an entity with this canonical name.
    Name(String),
}

/// Which annotations an export shows. The default shows everything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    /// Entity types whose mentions are shown.
    pub labels: BTreeSet<EntityLabel>,
    /// Whether quoted statements are shown.
    pub quotes: bool,
    /// Only the quotes of this speaker.
    pub speaker: Option<SpeakerFilter>,
    /// Only the mentions of this entity (index into [`Analysis::entities`]) and the quotes that involve it; the
    /// HTML export also dims the blocks that do not mention it.
    pub entity: Option<usize>,
}

impl Default for Filter {
    fn default() -> Self {
        Self {
            labels: EntityLabel::ALL.into_iter().collect(),
            quotes: true,
            speaker: None,
            entity: None,
        }
    }
}

impl Filter {
    /// True when the filter shows everything.
    pub fn is_everything(&self) -> bool {
        *self == Self::default()
    }

    /// Whether the mention of `entity` with `label` is shown.
    pub fn shows_mention(&self, label: EntityLabel, entity: usize) -> bool {
        self.labels.contains(&label) && self.entity.is_none_or(|e| e == entity)
    }

    /// Whether a quote is shown, given the analysis it belongs to.
    pub fn shows_quote(&self, quote: &Quote, analysis: &Analysis) -> bool {
        if !self.quotes {
            return false;
        }
        if let Some(speaker) = &self.speaker {
            let Some(s) = &quote.speaker else {
                return false;
            };
            let matches = match speaker {
                SpeakerFilter::Entity(id) => s.entity == Some(*id),
                SpeakerFilter::Name(name) => {
                    let name = name.trim();
                    s.name.trim() == name
                        || s.entity
                            .and_then(|e| analysis.entities.get(e))
                            .is_some_and(|e| e.canonical.trim() == name)
                }
            };
            if !matches {
                return false;
            }
        }
        if let Some(entity) = self.entity {
            let by_speaker = quote.speaker.as_ref().and_then(|s| s.entity) == Some(entity);
            let mentioned = analysis
                .mentions
                .iter()
                .any(|m| m.entity == entity && quote.span.encloses(m.span));
            if !by_speaker && !mentioned {
                return false;
            }
        }
        true
    }

    /// The analysis as this filter shows it: entities keep their indices (so ids stay stable), mentions and quotes
    /// are narrowed, and each entity's mention list is renumbered to the kept mentions.
    pub fn apply(&self, analysis: &Analysis) -> Analysis {
        if self.is_everything() {
            return analysis.clone();
        }
        let mentions: Vec<_> = analysis
            .mentions
            .iter()
            .filter(|m| self.shows_mention(m.label, m.entity))
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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, Mention, QuoteKind, Recogniser, Speaker};
    use crate::span::Span;

    fn analysis() -> Analysis {
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
        }
    }

    #[test]
    fn the_default_shows_everything() {
        let a = analysis();
        assert!(Filter::default().is_everything());
        assert_eq!(Filter::default().apply(&a), a);
    }

    #[test]
    fn hiding_a_type_renumbers_the_clusters() {
        let a = analysis();
        let mut f = Filter::default();
        f.labels.remove(&EntityLabel::Per);
        let shown = f.apply(&a);
        assert_eq!(shown.mentions.len(), 1);
        assert_eq!(shown.mentions[0].entity, 1);
        assert_eq!(shown.entities[1].mentions, vec![0]);
        assert!(shown.entities[0].mentions.is_empty());
        assert_eq!(shown.quotes.len(), 2);
    }

    #[test]
    fn speaker_by_entity_or_name_keeps_only_their_quotes() {
        let a = analysis();
        for speaker in [
            SpeakerFilter::Entity(0),
            SpeakerFilter::Name("علي".into()),
            SpeakerFilter::Name("أحمد علي".into()),
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
    fn entity_filter_keeps_its_mentions_and_the_quotes_that_involve_it() {
        let a = analysis();
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
}
