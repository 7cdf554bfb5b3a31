//! The record of each correction in a sidecar, in code points with the text it covered, and how the records are
//! placed again in a changed text.

use super::{Edit, apply_edits};
use crate::analysis::{Analysis, EntityLabel, QuoteKind};
use crate::document::Document;
use crate::export::json::JsonExport;
use crate::span::{CharOffsets, Span};
use serde::{Deserialize, Serialize};

/// The hash a sidecar records of the article text (SHA-256, hex).
pub fn text_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().fold(String::with_capacity(64), |mut s, b| {
        use std::fmt::Write as _;
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Version of the sidecar format ([`SidecarFile::sahifa_corrections`]).
pub const SIDECAR_VERSION: u32 = 1;

/// A span of the text in code points, with the text it covered (to find it again in a changed article).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One recorded edit in a sidecar (code-point offsets, as in the JSON export).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum RecordedEdit {
    AddEntity {
        at: Anchor,
        label: EntityLabel,
    },
    RemoveEntity {
        at: Anchor,
    },
    Retype {
        at: Anchor,
        label: EntityLabel,
    },
    Resize {
        at: Anchor,
        to: Anchor,
    },
    AddQuote {
        at: Anchor,
        kind: QuoteKind,
        cue: Option<Anchor>,
        speaker: Option<Anchor>,
    },
    RemoveQuote {
        at: Anchor,
    },
    SetSpeaker {
        at: Anchor,
        speaker: Option<Anchor>,
    },
    SetCue {
        at: Anchor,
        cue: Option<Anchor>,
    },
}

/// The sidecar file `NAME.EXT.sahifa.json` (docs/CORRECTIONS.md).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SidecarFile {
    /// Format version ([`SIDECAR_VERSION`]).
    pub sahifa_corrections: u32,
    /// SHA-256 of the article text (as Sahifa loaded it: the export's `text`), lowercase hex.
    pub text_sha256: String,
    /// The corrected annotations, in the JSON export schema (docs/JSON_SCHEMA.md). When the hash matches, this is
    /// what the article shows and exports.
    pub annotations: JsonExport,
    /// What the user did, oldest first: used to place the corrections again when the article text changed.
    pub edits: Vec<RecordedEdit>,
}

fn anchor(co: &CharOffsets, text: &str, span: Span) -> Anchor {
    let (start, end) = co.span(span);
    Anchor {
        start,
        end,
        text: span.get(text).unwrap_or_default().to_owned(),
    }
}

/// An edit as the sidecar records it.
pub fn record(text: &str, co: &CharOffsets, edit: &Edit) -> RecordedEdit {
    let a = |s: Span| anchor(co, text, s);
    match *edit {
        Edit::AddEntity { span, label } => RecordedEdit::AddEntity { at: a(span), label },
        Edit::RemoveEntity { span } => RecordedEdit::RemoveEntity { at: a(span) },
        Edit::Retype { span, label } => RecordedEdit::Retype { at: a(span), label },
        Edit::Resize { from, to } => RecordedEdit::Resize {
            at: a(from),
            to: a(to),
        },
        Edit::AddQuote {
            span,
            kind,
            cue,
            speaker,
        } => RecordedEdit::AddQuote {
            at: a(span),
            kind,
            cue: cue.map(a),
            speaker: speaker.map(a),
        },
        Edit::RemoveQuote { span } => RecordedEdit::RemoveQuote { at: a(span) },
        Edit::SetSpeaker { quote, speaker } => RecordedEdit::SetSpeaker {
            at: a(quote),
            speaker: speaker.map(a),
        },
        Edit::SetCue { quote, cue } => RecordedEdit::SetCue {
            at: a(quote),
            cue: cue.map(a),
        },
    }
}

/// Finds an anchor in `text`: its text where the offsets say, else the occurrence nearest to them.
fn place(text: &str, co: &CharOffsets, a: &Anchor) -> Option<Span> {
    if a.text.is_empty() {
        return None;
    }
    let at = Span::new(co.byte_offset(a.start), co.byte_offset(a.end));
    if at.get(text) == Some(a.text.as_str()) {
        return Some(at);
    }
    text.match_indices(a.text.as_str())
        .map(|(i, s)| Span::new(i, i + s.len()))
        .min_by_key(|s| co.char_offset(s.start).abs_diff(a.start))
}

/// A recorded edit placed in `text`: `None` when a piece of text it needs is no longer there.
pub fn placed(text: &str, co: &CharOffsets, r: &RecordedEdit) -> Option<Edit> {
    let p = |a: &Anchor| place(text, co, a);
    let opt = |a: &Option<Anchor>| match a {
        Some(a) => p(a).map(Some),
        None => Some(None),
    };
    Some(match r {
        RecordedEdit::AddEntity { at, label } => Edit::AddEntity {
            span: p(at)?,
            label: *label,
        },
        RecordedEdit::RemoveEntity { at } => Edit::RemoveEntity { span: p(at)? },
        RecordedEdit::Retype { at, label } => Edit::Retype {
            span: p(at)?,
            label: *label,
        },
        RecordedEdit::Resize { at, to } => Edit::Resize {
            from: p(at)?,
            to: p(to)?,
        },
        RecordedEdit::AddQuote {
            at,
            kind,
            cue,
            speaker,
        } => Edit::AddQuote {
            span: p(at)?,
            kind: *kind,
            cue: opt(cue)?,
            speaker: opt(speaker)?,
        },
        RecordedEdit::RemoveQuote { at } => Edit::RemoveQuote { span: p(at)? },
        RecordedEdit::SetSpeaker { at, speaker } => Edit::SetSpeaker {
            quote: p(at)?,
            speaker: opt(speaker)?,
        },
        RecordedEdit::SetCue { at, cue } => Edit::SetCue {
            quote: p(at)?,
            cue: opt(cue)?,
        },
    })
}

/// What became of recorded corrections in a changed article.
#[derive(Clone, Debug, Default)]
pub struct Rebased {
    /// Edits placed in the new text.
    pub edits: Vec<Edit>,
    /// Recorded edits whose text is gone (or that no longer apply), kept for the user to see.
    pub lost: Vec<RecordedEdit>,
}

/// Places recorded edits in a changed text: each is found by the text it covered, nearest to where it was. Those
/// that cannot be placed, or no longer apply to `base`, are returned in [`Rebased::lost`].
pub fn rebase(doc: &Document, base: &Analysis, recorded: &[RecordedEdit]) -> Rebased {
    let co = CharOffsets::new(&doc.text);
    let mut out = Rebased::default();
    let mut placed_with: Vec<(Edit, &RecordedEdit)> = Vec::new();
    for r in recorded {
        match placed(&doc.text, &co, r) {
            Some(e) => placed_with.push((e, r)),
            None => out.lost.push(r.clone()),
        }
    }
    let edits: Vec<Edit> = placed_with.iter().map(|(e, _)| e.clone()).collect();
    let (_, failed) = apply_edits(doc, base, &edits);
    for (e, r) in placed_with {
        if failed.iter().any(|(f, _)| *f == e) {
            out.lost.push(r.clone());
        } else {
            out.edits.push(e);
        }
    }
    out
}
