//! The named-entity types every layer shares: the analysis, the tagger and the exports.

use serde::{Deserialize, Serialize};

/// Named-entity types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityLabel {
    #[serde(rename = "PER")]
    Per,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityLabel {
    pub const ALL: [EntityLabel; 4] = [Self::Per, Self::Org, Self::Loc, Self::Misc];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Per => "PER",
            Self::Org => "ORG",
            Self::Loc => "LOC",
            Self::Misc => "MISC",
        }
    }

    /// Human name in Arabic, for legends and panels.
    pub const fn arabic_name(self) -> &'static str {
        match self {
            Self::Per => "أشخاص",
            Self::Org => "منظمات",
            Self::Loc => "أماكن",
            Self::Misc => "أخرى",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "PER" | "PERS" => Some(Self::Per),
            "ORG" => Some(Self::Org),
            "LOC" => Some(Self::Loc),
            "MISC" => Some(Self::Misc),
            _ => None,
        }
    }
}
