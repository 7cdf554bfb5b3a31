//! A statistical Arabic named-entity tagger trained on ANERcorp. Depends only on the text layer: what the analysis
//! rules say about each token comes in through [`RuleMarker`] ([`rules`]).
//!
//! Averaged structured perceptrons over hashed lexical, gazetteer and stacked rule features ([`features`]) with
//! first-order BIO Viterbi decoding ([`stage`]), in two stages: the second re-tags each sentence knowing how the
//! first tagged the same words elsewhere in the document ([`docfeat`]). Each stage is the mean of four perceptrons
//! trained on different shuffles. [`train`] fits it on CoNLL data ([`conll`]). The shipped model (assets/ner-model.bin,
//! trained on ANERcorp, Benajiba et al. 2007; CAMeL Lab split, CC BY-SA 4.0) loads through [`Model::bundled`] and
//! tags once bound to its rules ([`Model::with_rules`]).

pub mod conll;
pub mod docfeat;
pub mod eval;
pub mod features;
pub mod format;
pub mod lexicon;
pub mod model;
pub mod rules;
pub mod stage;
mod sums;
pub mod train;

use sahifa_text::EntityLabel;
use std::ops::Range;

pub use model::{Model, Tagger};
pub use rules::{ListClass, NoRules, RuleMark, RuleMarker};

/// Everything that can go wrong loading a model or reading tagger input.
#[derive(Debug, thiserror::Error)]
pub enum TaggerError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0} is not a Sahifa tagger model (bad magic bytes)")]
    BadMagic(String),
    #[error(
        "{what}: model format version {found} is not supported (this build reads version {expected})"
    )]
    Version {
        what: String,
        found: u32,
        expected: u32,
    },
    #[error(
        "{what}: the model was trained with other features or word lists; retrain it with `sahifa train`"
    )]
    FeatureMismatch { what: String },
    #[error("{what}: model file is truncated or corrupt ({detail})")]
    Corrupt { what: String, detail: String },
    #[error("{0}: no sentences to train on")]
    NoData(String),
}

/// One token's tag: outside, or the beginning or inside of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(EntityLabel),
    I(EntityLabel),
}

impl Tag {
    /// Number of distinct tags (O plus B/I for each label).
    pub const COUNT: usize = 1 + 2 * EntityLabel::ALL.len();

    /// The entity label, `None` for [`Tag::O`].
    pub const fn label(self) -> Option<EntityLabel> {
        match self {
            Self::O => None,
            Self::B(l) | Self::I(l) => Some(l),
        }
    }

    /// Dense index in `0..Tag::COUNT` (O = 0, then B/I pairs in [`EntityLabel::ALL`] order).
    pub const fn index(self) -> usize {
        match self {
            Self::O => 0,
            Self::B(l) => 1 + 2 * label_index(l),
            Self::I(l) => 2 + 2 * label_index(l),
        }
    }

    /// The tag with dense index `i` (see [`Tag::index`]); `O` for an out-of-range index.
    pub const fn from_index(i: usize) -> Self {
        if i == 0 || i >= Self::COUNT {
            return Self::O;
        }
        let label = EntityLabel::ALL[(i - 1) / 2];
        if i % 2 == 1 {
            Self::B(label)
        } else {
            Self::I(label)
        }
    }

    /// Parses a CoNLL tag (`O`, `B-PER`, `I-PERS`, ...). Unknown tags are `None`.
    pub fn parse(s: &str) -> Option<Self> {
        if s == "O" {
            return Some(Self::O);
        }
        let (prefix, label) = s.split_once('-')?;
        let label = EntityLabel::parse(label)?;
        match prefix {
            "B" => Some(Self::B(label)),
            "I" => Some(Self::I(label)),
            _ => None,
        }
    }

    /// The CoNLL spelling; `pers` spells persons `PERS` as ANERcorp does, otherwise `PER`.
    pub fn conll(self, pers: bool) -> String {
        match self {
            Self::O => "O".to_owned(),
            Self::B(l) | Self::I(l) => {
                let prefix = if matches!(self, Self::B(_)) { 'B' } else { 'I' };
                let name = if pers && l == EntityLabel::Per {
                    "PERS"
                } else {
                    l.as_str()
                };
                format!("{prefix}-{name}")
            }
        }
    }

    /// May `self` follow `prev` in a valid BIO sequence? (`I-X` only after `B-X` or `I-X`.)
    pub fn may_follow(self, prev: Option<Self>) -> bool {
        match self {
            Self::I(l) => prev.and_then(Self::label) == Some(l),
            _ => true,
        }
    }
}

const fn label_index(l: EntityLabel) -> usize {
    match l {
        EntityLabel::Per => 0,
        EntityLabel::Org => 1,
        EntityLabel::Loc => 2,
        EntityLabel::Misc => 3,
    }
}

/// Groups a BIO tag sequence into entities: token index ranges with their label, CoNLL-style (an `I-X` that does
/// not continue an `X` starts a new entity).
pub fn entity_ranges(tags: &[Tag]) -> Vec<(Range<usize>, EntityLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityLabel)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let continues = matches!((tag, open), (Tag::I(l), Some((_, o))) if l == o);
        if !continues {
            if let Some((start, label)) = open.take() {
                out.push((start..i, label));
            }
            if let Some(label) = tag.label() {
                open = Some((i, label));
            }
        }
    }
    if let Some((start, label)) = open {
        out.push((start..tags.len(), label));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_index_round_trips_and_parses_both_person_spellings() {
        for i in 0..Tag::COUNT {
            assert_eq!(Tag::from_index(i).index(), i);
        }
        assert_eq!(Tag::parse("B-PERS"), Some(Tag::B(EntityLabel::Per)));
        assert_eq!(Tag::parse("I-PER"), Some(Tag::I(EntityLabel::Per)));
        assert_eq!(Tag::parse("X-LOC"), None);
        assert_eq!(Tag::B(EntityLabel::Per).conll(true), "B-PERS");
        assert_eq!(Tag::I(EntityLabel::Org).conll(true), "I-ORG");
    }

    #[test]
    fn entity_ranges_follow_conll_rules() {
        use EntityLabel::{Loc, Per};
        let tags = [
            Tag::B(Per),
            Tag::I(Per),
            Tag::O,
            Tag::I(Loc),
            Tag::B(Loc),
            Tag::I(Per),
        ];
        assert_eq!(
            entity_ranges(&tags),
            vec![(0..2, Per), (3..4, Loc), (4..5, Loc), (5..6, Per)]
        );
    }
}
