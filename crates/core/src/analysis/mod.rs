//! What an article is made of: named entities and quoted statements, found once per document.
//!
//! Never imports the GUI. [`analyze`] runs on load (or on a worker thread for long documents); the view and the
//! exports only read the resulting [`Analysis`]. All positions are byte [`Span`]s into `Document::text`.

pub mod entities;
pub mod quotes;

pub use sahifa_text::label::EntityLabel;
pub use sahifa_text::{normalize, tokens};

use crate::document::Document;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Which recogniser found a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Recogniser {
    Gazetteer,
    Rule,
    Tagger,
    /// Propagated from another mention of the same name in the document.
    Document,
    /// Marked, retyped or resized by the user ([`crate::corrections`]).
    User,
}

/// One occurrence of a named entity in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The name without conjunction/preposition clitics (keeps "ال" and a fused "لل").
    pub span: Span,
    pub label: EntityLabel,
    /// Index into [`Analysis::entities`].
    pub entity: usize,
    pub source: Recogniser,
    pub confidence: f32,
}

/// A cluster of mentions naming the same thing ("سيرجي لافروف" and "لافروف").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub label: EntityLabel,
    /// The longest surface form, as written in the text.
    pub canonical: String,
    /// Indices into [`Analysis::mentions`], in text order.
    pub mentions: Vec<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// Who made a statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The name as shown to the user (resolved: a pronoun or title becomes the person's name).
    pub name: String,
    /// A mention of that name in the text (the nearest one when the clause itself has only a pronoun).
    pub span: Span,
    /// Index into [`Analysis::entities`] when the speaker is a known entity.
    pub entity: Option<usize>,
}

/// A quoted statement: direct (in quotation marks or a "Speaker: statement" headline) or reported speech.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub kind: QuoteKind,
    /// What was said (inside the marks, or the reported clause).
    pub span: Span,
    /// The reporting word ("قال", "مؤكدًا"), when there is one.
    pub cue: Option<Span>,
    pub speaker: Option<Speaker>,
}

/// Everything the analysis found in one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Sorted by start offset, non-overlapping.
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
    /// Sorted by start offset.
    pub quotes: Vec<Quote>,
    /// What the user should know about how the analysis ran (a recogniser that could not be used): the window
    /// shows it in the status bar in the user's language, the command line on stderr.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// Why a tagger model could not be used: a kind the window translates, from the tagger's error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModelProblem {
    /// The file could not be read.
    Unreadable,
    /// The file is not a Sahifa tagger model.
    NotAModel,
    /// A model of another format version.
    Version,
    /// A model trained with other features or word lists: it needs retraining with `sahifa train`.
    OtherLists,
    /// The file is truncated or corrupt.
    Corrupt,
}

impl ModelProblem {
    /// The kind of a tagger error.
    pub fn of(error: &crate::tagger::TaggerError) -> Self {
        use crate::tagger::TaggerError as E;
        match error {
            E::Io { .. } | E::NoData(_) => Self::Unreadable,
            E::BadMagic(_) => Self::NotAModel,
            E::Version { .. } => Self::Version,
            E::FeatureMismatch { .. } => Self::OtherLists,
            E::Corrupt { .. } => Self::Corrupt,
        }
    }
}

/// Something the user should know about how the analysis ran. Its kind is what the window translates; `detail` is
/// the tagger's own (English) account, which the command line prints and the window shows on hover.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    /// The shipped tagger model cannot be used: names come from the word lists and rules alone.
    TaggerOff {
        problem: ModelProblem,
        detail: String,
    },
    /// The user's chosen model was read but cannot be used (trained with other lists): the tagger is off.
    ChosenModelNotUsed {
        problem: ModelProblem,
        detail: String,
    },
    /// The user's chosen model could not be read: the shipped model is used instead.
    ChosenModelUnreadable {
        problem: ModelProblem,
        detail: String,
    },
}

impl Warning {
    /// Why the model could not be used.
    pub fn problem(&self) -> ModelProblem {
        match self {
            Self::TaggerOff { problem, .. }
            | Self::ChosenModelNotUsed { problem, .. }
            | Self::ChosenModelUnreadable { problem, .. } => *problem,
        }
    }

    /// The tagger's own account of the problem (English).
    pub fn detail(&self) -> &str {
        match self {
            Self::TaggerOff { detail, .. }
            | Self::ChosenModelNotUsed { detail, .. }
            | Self::ChosenModelUnreadable { detail, .. } => detail,
        }
    }

    /// The warning for a user's model that could not be loaded from its file.
    pub fn chosen_model_unreadable(error: &crate::tagger::TaggerError) -> Self {
        Self::ChosenModelUnreadable {
            problem: ModelProblem::of(error),
            detail: error.to_string(),
        }
    }
}

impl std::fmt::Display for Warning {
    /// The English sentence the command line prints.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TaggerOff { detail, .. } => write!(f, "the named-entity tagger is off: {detail}"),
            Self::ChosenModelNotUsed { detail, .. } => {
                write!(f, "the chosen tagger model is not used: {detail}")
            }
            Self::ChosenModelUnreadable { detail, .. } => write!(
                f,
                "the chosen tagger model is not used (the shipped one is): {detail}"
            ),
        }
    }
}

/// How to analyse.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// A user's tagger model (`sahifa train`) instead of the shipped one.
    pub model: Option<std::sync::Arc<crate::tagger::Model>>,
}

/// Runs the whole analysis on a document.
pub fn analyze(doc: &Document) -> Analysis {
    analyze_with(doc, &Options::default())
}

/// Runs the whole analysis on a document with `options`.
pub fn analyze_with(doc: &Document, options: &Options) -> Analysis {
    let recognisers = entities::recognisers_with_model(options.model.clone());
    // The text is tokenised and normalised once; entities and quotes read the same words.
    let words = entities::Context::new(&doc.text, entities::lexicon::Lexicon::bundled());
    let (mentions, entities) = entities::recognise_in(&words, &recognisers);
    let quotes = quotes::find_quotes_in(doc, &words.words, &mentions, &entities);
    drop(words);
    let warnings = match &options.model {
        Some(model) => entities::tagged::check_model(model).err(),
        None => entities::tagged::bundled_tagger().err(),
    }
    .into_iter()
    .collect();
    Analysis {
        mentions,
        entities,
        quotes,
        warnings,
    }
}
