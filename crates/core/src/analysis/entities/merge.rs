//! The one merge policy: overlapping candidates from all recognisers resolve to one non-overlapping set.
//!
//! Lists and rules come first and the statistical tagger only fills the gaps they leave (measured on the
//! fixtures: letting the tagger's longer spans win cost precision). Within a tier the longest span wins; equal
//! spans go to the higher confidence, then the higher priority, then the earlier start.

use super::Candidate;
use crate::analysis::Recogniser;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Lists, rules and document propagation first (0), then the statistical tagger (1).
const fn tier(source: Recogniser) -> u8 {
    match source {
        Recogniser::Tagger => 1,
        Recogniser::Gazetteer | Recogniser::Rule | Recogniser::Document | Recogniser::User => 0,
    }
}

/// Keeps the best non-overlapping candidates, sorted by start offset.
pub fn merge(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        tier(a.source)
            .cmp(&tier(b.source))
            .then_with(|| b.span.len().cmp(&a.span.len()))
            .then_with(|| {
                b.confidence
                    .partial_cmp(&a.confidence)
                    .unwrap_or(Ordering::Equal)
            })
            .then_with(|| b.priority.cmp(&a.priority))
            .then_with(|| a.span.start.cmp(&b.span.start))
    });
    // Kept spans by start. They never overlap, so a candidate overlaps one of them exactly when it overlaps
    // the kept span with the greatest start before the candidate's end.
    let mut kept: BTreeMap<usize, Candidate> = BTreeMap::new();
    for c in candidates {
        let clash = kept
            .range(..c.span.end)
            .next_back()
            .is_some_and(|(_, k)| k.span.overlaps(c.span));
        if !clash {
            kept.insert(c.span.start, c);
        }
    }
    kept.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::EntityLabel;
    use crate::span::Span;

    fn cand(start: usize, end: usize, label: EntityLabel, confidence: f32) -> Candidate {
        Candidate {
            span: Span::new(start, end),
            label,
            source: Recogniser::Rule,
            confidence,
            priority: 0,
        }
    }

    #[test]
    fn the_tagger_only_fills_gaps() {
        let mut long = cand(0, 20, EntityLabel::Org, 0.9);
        long.source = Recogniser::Tagger;
        let mut gap = cand(30, 36, EntityLabel::Per, 0.5);
        gap.source = Recogniser::Tagger;
        let kept = merge(vec![long, cand(4, 10, EntityLabel::Loc, 0.5), gap]);
        let got: Vec<_> = kept.iter().map(|c| (c.label, c.source)).collect();
        assert_eq!(
            got,
            vec![
                (EntityLabel::Loc, Recogniser::Rule),
                (EntityLabel::Per, Recogniser::Tagger)
            ]
        );
    }

    #[test]
    fn longest_then_most_confident_wins() {
        let kept = merge(vec![
            cand(0, 4, EntityLabel::Loc, 0.9),
            cand(0, 10, EntityLabel::Org, 0.6),
            cand(12, 16, EntityLabel::Loc, 0.5),
            cand(12, 16, EntityLabel::Per, 0.8),
        ]);
        assert_eq!(kept.len(), 2);
        assert_eq!(kept[0].label, EntityLabel::Org);
        assert_eq!(kept[1].label, EntityLabel::Per);
    }
}
