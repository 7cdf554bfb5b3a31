//! The one merge policy: overlapping candidates from all recognisers resolve to one non-overlapping set.
//!
//! The longest span wins; equal spans go to the higher confidence, then the higher priority, then the earlier
//! start. The same policy applies whatever the recognisers are (lists, rules, the tagger).

use super::Candidate;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Keeps the best non-overlapping candidates, sorted by start offset.
pub fn merge(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
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
    use crate::analysis::{EntityLabel, Recogniser};
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
