//! The narrow interface through which the tagger sees the analysis above it (stacking).
//!
//! The tagger never runs the rule recognisers itself: whoever tags or trains hands it a [`RuleMarker`] that says,
//! for each token of a sentence, what the rules tagged it and which word lists it is in ([`RuleMark`]). The
//! marker's [`fingerprint`](RuleMarker::fingerprint) covers everything the marks depend on (the analysis word
//! lists); a model records it when trained and [`Model::with_rules`](crate::Model::with_rules) refuses a marker
//! with another one, so editing a list can never silently invalidate a model.

use crate::Tag;

/// The word-list classes a [`RuleMark`] carries, one bit each in this order (the bit position is part of the
/// feature hash, so the order never changes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListClass {
    GivenName,
    Title,
    OrgHead,
    /// An organisation head that stays outside the name.
    OrgHeadOut,
    Place,
    Organisation,
    Nationality,
    /// A place head that stays outside the name.
    PlaceHeadOut,
    Stopword,
}

impl ListClass {
    pub const ALL: [Self; 9] = [
        Self::GivenName,
        Self::Title,
        Self::OrgHead,
        Self::OrgHeadOut,
        Self::Place,
        Self::Organisation,
        Self::Nationality,
        Self::PlaceHeadOut,
        Self::Stopword,
    ];

    /// This class's bit in [`RuleMark::lists`].
    pub const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// What the rules say about one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleMark {
    /// The rules' BIO tag.
    pub tag: Tag,
    /// The [`ListClass`] bits of the token (any of its clitic readings).
    pub lists: u16,
}

impl Default for RuleMark {
    fn default() -> Self {
        Self {
            tag: Tag::O,
            lists: 0,
        }
    }
}

impl RuleMark {
    /// Whether the token is in a list of `class`.
    pub const fn has(self, class: ListClass) -> bool {
        self.lists & class.bit() != 0
    }
}

/// The source of [`RuleMark`]s: the analysis implements it; tests may use [`NoRules`].
pub trait RuleMarker: Sync {
    /// One mark per token of a sentence (tokens split like ANERcorp: punctuation apart, clitics attached).
    fn marks(&self, tokens: &[&str]) -> Vec<RuleMark>;

    /// A fingerprint of everything [`marks`](RuleMarker::marks) depends on (word lists, rule versions).
    fn fingerprint(&self) -> u64;
}

/// A marker that knows nothing: every token is `O` in no list. For tests and for models trained without stacking.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoRules;

impl RuleMarker for NoRules {
    fn marks(&self, tokens: &[&str]) -> Vec<RuleMark> {
        vec![RuleMark::default(); tokens.len()]
    }

    fn fingerprint(&self) -> u64 {
        0
    }
}
