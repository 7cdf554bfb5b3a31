//! CoNLL entity scoring (exact span and type), as score_conll.py and the ANERcorp literature compute it.

use super::conll::Sentence;
use super::docfeat::WINDOW;
use super::model::Tagger;
use super::{Tag, entity_ranges};
use sahifa_text::EntityLabel;
use std::collections::HashSet;
use std::fmt;

/// Matched, predicted and gold entity counts for one type (or all).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    pub fn recall(self) -> f64 {
        ratio(self.correct, self.gold)
    }

    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Scores per type and overall.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// In [`EntityLabel::ALL`] order.
    pub per_type: [Counts; 4],
    pub all: Counts,
}

impl Score {
    /// Adds another score's counts to this one.
    pub fn merge(&mut self, other: &Self) {
        for (a, b) in self
            .per_type
            .iter_mut()
            .chain([&mut self.all])
            .zip(other.per_type.iter().chain([&other.all]))
        {
            a.correct += b.correct;
            a.predicted += b.predicted;
            a.gold += b.gold;
        }
    }

    /// Adds one sentence (gold and predicted tags of the same tokens).
    pub fn add(&mut self, gold: &[Tag], predicted: &[Tag]) {
        let g: HashSet<_> = entity_ranges(gold).into_iter().collect();
        let p: HashSet<_> = entity_ranges(predicted).into_iter().collect();
        for (i, label) in EntityLabel::ALL.iter().enumerate() {
            let c = &mut self.per_type[i];
            c.gold += g.iter().filter(|e| e.1 == *label).count();
            c.predicted += p.iter().filter(|e| e.1 == *label).count();
            c.correct += g.iter().filter(|e| e.1 == *label && p.contains(e)).count();
        }
        self.all.gold += g.len();
        self.all.predicted += p.len();
        self.all.correct += g.intersection(&p).count();
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows = EntityLabel::ALL
            .iter()
            .map(|l| l.as_str())
            .zip(self.per_type)
            .chain([("ALL", self.all)]);
        for (name, c) in rows {
            writeln!(
                f,
                "{name:6} P {:6.2} R {:6.2} F1 {:6.2}  gold {} pred {}",
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.gold,
                c.predicted
            )?;
        }
        Ok(())
    }
}

/// Scores a tagger on tagged sentences, tagged in documents of [`WINDOW`] sentences as `sahifa tag` does.
pub fn evaluate(tagger: &Tagger<'_>, sentences: &[Sentence]) -> Score {
    let mut score = Score::default();
    for doc in sentences.chunks(WINDOW) {
        let tokens: Vec<Vec<&str>> = doc.iter().map(Sentence::token_strs).collect();
        for (s, tags) in doc.iter().zip(tagger.tag_document(&tokens)) {
            score.add(&s.tags, &tags);
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityLabel::{Loc, Per};

    #[test]
    fn merged_scores_pool_their_counts() {
        let mut a = Score::default();
        a.add(&[Tag::B(Per)], &[Tag::B(Per)]);
        let mut b = Score::default();
        b.add(&[Tag::B(Loc), Tag::O], &[Tag::O, Tag::B(Loc)]);
        a.merge(&b);
        assert_eq!(
            a.all,
            Counts {
                correct: 1,
                predicted: 2,
                gold: 2
            }
        );
        assert_eq!(a.per_type[2].gold, 1);
    }

    #[test]
    fn counts_exact_span_and_type_matches() {
        let gold = [Tag::B(Per), Tag::I(Per), Tag::O, Tag::B(Loc)];
        let pred = [Tag::B(Per), Tag::O, Tag::O, Tag::B(Loc)];
        let mut s = Score::default();
        s.add(&gold, &pred);
        assert_eq!(
            s.all,
            Counts {
                correct: 1,
                predicted: 2,
                gold: 2
            }
        );
        assert!((s.all.f1() - 0.5).abs() < 1e-9);
        assert_eq!(s.per_type[2].correct, 1);
    }
}
