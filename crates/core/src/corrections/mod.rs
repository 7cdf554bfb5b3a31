//! Corrections by hand: edits to an analysis, their undo history, and the sidecar file that keeps them.
//!
//! An [`Edit`] names what it changes by byte span (a mention, a quote), never by index, so edits replay on any
//! analysis of the same text. [`apply_edits`] replays a list of edits on an analysis and clusters the mentions
//! again once at the end (linear in the article per replay). [`History`] is the undo/redo stack of one window
//! session. [`Sidecar`] is the file `NAME.EXT.sahifa.json` next to the article: the corrected annotations in the
//! JSON export schema, the hash of the article text they belong to, and the record of every edit (code-point
//! offsets and the text they covered, so they can be placed again in a changed text: [`rebase`]).

use crate::analysis::entities::cluster::cluster;
use crate::analysis::entities::lexicon::Lexicon;
use crate::analysis::entities::{Candidate, Context};
use crate::analysis::{Analysis, EntityLabel, Mention, Quote, QuoteKind, Recogniser, Speaker};
use crate::document::Document;
use crate::span::Span;

mod record;
mod sidecar;

pub use record::{
    Anchor, Rebased, RecordedEdit, SIDECAR_VERSION, SidecarFile, placed, rebase, record, text_hash,
};
pub use sidecar::{
    Restored, SidecarError, corrected_analysis, data_dir, fallback_sidecar_path, parse_sidecar,
    restore, restore_text, save, save_text, sidecar, sidecar_path, text_sidecar_path,
};

/// One correction, by byte spans into the document text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Mark a span as an entity (mentions it overlaps are removed).
    AddEntity { span: Span, label: EntityLabel },
    /// Remove the mention with exactly this span.
    RemoveEntity { span: Span },
    /// Give the mention with this span another type.
    Retype { span: Span, label: EntityLabel },
    /// Move the mention at `from` to `to` (mentions `to` overlaps are removed).
    Resize { from: Span, to: Span },
    /// Mark a span as a quoted statement (quotes it overlaps are removed).
    AddQuote {
        span: Span,
        kind: QuoteKind,
        cue: Option<Span>,
        speaker: Option<Span>,
    },
    /// Remove the quote with exactly this span.
    RemoveQuote { span: Span },
    /// Set (or clear) the speaker of the quote with span `quote` to the words at `speaker`.
    SetSpeaker { quote: Span, speaker: Option<Span> },
    /// Set (or clear) the reporting word of the quote with span `quote`.
    SetCue { quote: Span, cue: Option<Span> },
}

impl Edit {
    /// The span this edit is about (for "corrected" marks and messages).
    pub const fn target(&self) -> Span {
        match *self {
            Self::AddEntity { span, .. }
            | Self::RemoveEntity { span }
            | Self::Retype { span, .. }
            | Self::AddQuote { span, .. }
            | Self::RemoveQuote { span } => span,
            Self::Resize { to, .. } => to,
            Self::SetSpeaker { quote, .. } | Self::SetCue { quote, .. } => quote,
        }
    }

    /// Whether the edit is about a quote (else an entity).
    pub const fn is_quote(&self) -> bool {
        matches!(
            self,
            Self::AddQuote { .. }
                | Self::RemoveQuote { .. }
                | Self::SetSpeaker { .. }
                | Self::SetCue { .. }
        )
    }

    /// Every span the edit reads, each checked to lie on char boundaries of the text.
    fn spans(&self) -> Vec<Span> {
        match *self {
            Self::AddEntity { span, .. }
            | Self::RemoveEntity { span }
            | Self::Retype { span, .. }
            | Self::RemoveQuote { span } => vec![span],
            Self::Resize { from, to } => vec![from, to],
            Self::AddQuote {
                span, cue, speaker, ..
            } => std::iter::once(span).chain(cue).chain(speaker).collect(),
            Self::SetSpeaker { quote, speaker } => std::iter::once(quote).chain(speaker).collect(),
            Self::SetCue { quote, cue } => std::iter::once(quote).chain(cue).collect(),
        }
    }
}

/// Why an edit could not be applied.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EditError {
    #[error("the span {0:?} is empty, outside the text or not on character boundaries")]
    BadSpan(Span),
    #[error("no entity at {0:?}")]
    NoMention(Span),
    #[error("no quote at {0:?}")]
    NoQuote(Span),
}

/// A mention while edits are applied (clusters are rebuilt at the end).
struct Working {
    mentions: Vec<Candidate>,
    quotes: Vec<Quote>,
}

impl Working {
    fn mention(&self, span: Span) -> Result<usize, EditError> {
        self.mentions
            .iter()
            .position(|m| m.span == span)
            .ok_or(EditError::NoMention(span))
    }

    fn quote(&self, span: Span) -> Result<usize, EditError> {
        self.quotes
            .iter()
            .position(|q| q.span == span)
            .ok_or(EditError::NoQuote(span))
    }

    fn user_mention(span: Span, label: EntityLabel) -> Candidate {
        Candidate {
            span,
            label,
            source: Recogniser::User,
            confidence: 1.0,
            priority: 0,
        }
    }

    fn apply(&mut self, text: &str, edit: &Edit) -> Result<(), EditError> {
        for span in edit.spans() {
            if span.is_empty() || span.get(text).is_none() {
                return Err(EditError::BadSpan(span));
            }
        }
        let speaker_at = |span: Span| Speaker {
            name: span.get(text).unwrap_or_default().trim().to_owned(),
            span,
            entity: None,
        };
        match *edit {
            Edit::AddEntity { span, label } => {
                self.mentions.retain(|m| !m.span.overlaps(span));
                self.mentions.push(Self::user_mention(span, label));
            }
            Edit::RemoveEntity { span } => {
                let i = self.mention(span)?;
                self.mentions.remove(i);
            }
            Edit::Retype { span, label } => {
                let i = self.mention(span)?;
                self.mentions[i] = Self::user_mention(span, label);
            }
            Edit::Resize { from, to } => {
                let i = self.mention(from)?;
                let label = self.mentions[i].label;
                self.mentions.remove(i);
                self.mentions.retain(|m| !m.span.overlaps(to));
                self.mentions.push(Self::user_mention(to, label));
            }
            Edit::AddQuote {
                span,
                kind,
                cue,
                speaker,
            } => {
                self.quotes.retain(|q| !q.span.overlaps(span));
                self.quotes.push(Quote {
                    kind,
                    span,
                    cue,
                    speaker: speaker.map(speaker_at),
                });
            }
            Edit::RemoveQuote { span } => {
                let i = self.quote(span)?;
                self.quotes.remove(i);
            }
            Edit::SetSpeaker { quote, speaker } => {
                let i = self.quote(quote)?;
                self.quotes[i].speaker = speaker.map(speaker_at);
            }
            Edit::SetCue { quote, cue } => {
                let i = self.quote(quote)?;
                self.quotes[i].cue = cue;
            }
        }
        Ok(())
    }
}

/// `base` with `edits` applied in order. Edits that no longer fit (their mention or quote is gone) are skipped
/// and returned with the reason, never dropped silently. Mentions are clustered again and quote speakers linked
/// to the clusters of the mentions they point at.
pub fn apply_edits(
    doc: &Document,
    base: &Analysis,
    edits: &[Edit],
) -> (Analysis, Vec<(Edit, EditError)>) {
    let mut work = Working {
        mentions: base
            .mentions
            .iter()
            .map(|m| Candidate {
                span: m.span,
                label: m.label,
                source: m.source,
                confidence: m.confidence,
                priority: 0,
            })
            .collect(),
        quotes: base.quotes.clone(),
    };
    let mut failed = Vec::new();
    for edit in edits {
        if let Err(e) = work.apply(&doc.text, edit) {
            failed.push((edit.clone(), e));
        }
    }
    work.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    work.quotes.sort_by_key(|q| (q.span.start, q.span.end));
    let ctx = Context::new(&doc.text, Lexicon::bundled());
    let (mentions, entities) = cluster(&ctx, work.mentions);
    let mut quotes = work.quotes;
    for q in &mut quotes {
        if let Some(s) = &mut q.speaker {
            s.entity = entity_at(&mentions, s.span);
        }
    }
    let analysis = Analysis {
        mentions,
        entities,
        quotes,
        warnings: base.warnings.clone(),
    };
    (analysis, failed)
}

/// The cluster of the mention with exactly `span`, or of the mention that holds it.
fn entity_at(mentions: &[Mention], span: Span) -> Option<usize> {
    let i = mentions.partition_point(|m| m.span.start <= span.start);
    mentions
        .get(..i)?
        .iter()
        .rev()
        .take(4)
        .find(|m| m.span.encloses(span))
        .map(|m| m.entity)
}

/// The undo and redo stacks of one article in one window session, on top of the analysis it started from. One
/// step may hold several edits ("apply to every mention"): undo takes them back together.
#[derive(Clone, Debug, Default)]
pub struct History {
    /// Steps in force, oldest first.
    done: Vec<Vec<Edit>>,
    /// Undone steps, the next to redo last.
    undone: Vec<Vec<Edit>>,
    /// The edits of `done`, flattened (what [`apply_edits`] replays).
    flat: Vec<Edit>,
}

impl History {
    /// Records a new edit (the redo stack is cleared, as in every editor).
    pub fn push(&mut self, edit: Edit) {
        self.push_step(vec![edit]);
    }

    /// Records several edits as one step; an empty step is ignored.
    pub fn push_step(&mut self, edits: Vec<Edit>) {
        if edits.is_empty() {
            return;
        }
        self.flat.extend(edits.iter().cloned());
        self.done.push(edits);
        self.undone.clear();
    }

    /// Takes back the last step; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.done.pop() else {
            return false;
        };
        self.flat.truncate(self.flat.len() - step.len());
        self.undone.push(step);
        true
    }

    /// Applies the last undone step again; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.undone.pop() else {
            return false;
        };
        self.flat.extend(step.iter().cloned());
        self.done.push(step);
        true
    }

    /// The edits in force, oldest first.
    pub fn edits(&self) -> &[Edit] {
        &self.flat
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}
