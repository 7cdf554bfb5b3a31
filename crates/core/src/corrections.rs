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
use crate::export::json::{self, JsonExport};
use crate::span::{CharOffsets, Span};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

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

/// The analysis of an article file as its user corrected it: the sidecar's annotations when the text is the same,
/// the analysis with the recorded corrections placed again when the text changed (the notes say how many could
/// not be placed, and which), the analysis as computed when there is no sidecar. A damaged sidecar is an error
/// (it was moved aside). What `sahifa export` uses for one article and for a folder.
pub fn corrected_analysis(
    article: &Path,
    doc: &Document,
    options: &crate::analysis::Options,
) -> Result<(Analysis, Vec<String>), SidecarError> {
    let analysed = || {
        let analysis = crate::analysis::analyze_with(doc, options);
        let notes = analysis.warnings.iter().map(ToString::to_string).collect();
        (analysis, notes)
    };
    Ok(match restore(article, doc)? {
        Restored::None => analysed(),
        Restored::Same { analysis, .. } => (analysis, Vec::new()),
        Restored::Changed { path, recorded } => {
            let (base, mut notes) = analysed();
            let rebased = rebase(doc, &base, &recorded);
            notes.push(format!(
                "{} changed since it was corrected: {} of {} corrections placed again from {}",
                doc.source.name,
                rebased.edits.len(),
                recorded.len(),
                path.display()
            ));
            for lost in &rebased.lost {
                let what = serde_json::to_string(lost).unwrap_or_else(|_| format!("{lost:?}"));
                notes.push(format!("correction not placed: {what}"));
            }
            (apply_edits(doc, &base, &rebased.edits).0, notes)
        }
    })
}

/// Where the sidecar of an article lives: `NAME.EXT.sahifa.json` beside it.
pub fn sidecar_path(article: &Path) -> PathBuf {
    let mut name = article.file_name().unwrap_or_default().to_os_string();
    name.push(".sahifa.json");
    article.with_file_name(name)
}

/// Where the sidecar goes when the article's folder cannot be written: the app's data folder, one file per
/// article path (named by the hash of the path).
pub fn fallback_sidecar_path(article: &Path, data_dir: &Path) -> PathBuf {
    let absolute = std::path::absolute(article).unwrap_or_else(|_| article.to_path_buf());
    let hash = text_hash(&absolute.to_string_lossy());
    let stem = article.file_name().unwrap_or_default().to_string_lossy();
    data_dir.join("corrections").join(format!(
        "{}-{stem}.sahifa.json",
        hash.get(..16).unwrap_or("")
    ))
}

/// The app's data folder: `$XDG_DATA_HOME/sahifa` or `~/.local/share/sahifa` (`%APPDATA%\sahifa` on Windows).
pub fn data_dir() -> Option<PathBuf> {
    let from = |var: &str| {
        std::env::var_os(var)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    from("XDG_DATA_HOME")
        .or_else(|| from("APPDATA"))
        .or_else(|| from("HOME").map(|h| h.join(".local").join("share")))
        .map(|d| d.join("sahifa"))
}

/// Why a sidecar could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SidecarError {
    #[error("cannot read the corrections file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the corrections file {path} is damaged ({detail}); it was kept as {kept}")]
    Corrupt {
        path: PathBuf,
        detail: String,
        kept: PathBuf,
    },
    #[error("the corrections file {path} is damaged ({detail})")]
    CorruptNotMoved { path: PathBuf, detail: String },
    #[error("cannot write the corrections file {path}: {detail}")]
    Write { path: PathBuf, detail: String },
}

/// What opening an article found in its sidecar.
#[derive(Debug)]
pub enum Restored {
    /// No sidecar: the analysis as computed.
    None,
    /// The corrected annotations of this very text, and the recorded edits.
    Same {
        path: PathBuf,
        analysis: Analysis,
        recorded: Vec<RecordedEdit>,
    },
    /// The article changed since it was corrected: the recorded edits, to place again with [`rebase`].
    Changed {
        path: PathBuf,
        recorded: Vec<RecordedEdit>,
    },
}

/// The sidecar found for `article` (beside it, else in the data folder), read and checked against `doc`.
/// A sidecar that cannot be parsed is renamed aside (`….corrupt`, never overwritten) and reported.
pub fn restore(article: &Path, doc: &Document) -> Result<Restored, SidecarError> {
    let candidates = std::iter::once(sidecar_path(article))
        .chain(data_dir().map(|d| fallback_sidecar_path(article, &d)));
    restore_from(candidates, doc)
}

/// The sidecar of an article without a file (the sample, pasted text), kept in the data folder by the hash of
/// its text: `corrections/text-HASH.sahifa.json`.
pub fn text_sidecar_path(doc: &Document, data_dir: &Path) -> PathBuf {
    let hash = text_hash(&doc.text);
    data_dir
        .join("corrections")
        .join(format!("text-{}.sahifa.json", hash.get(..16).unwrap_or("")))
}

/// Restores the corrections of an article without a file ([`text_sidecar_path`]).
pub fn restore_text(doc: &Document) -> Result<Restored, SidecarError> {
    restore_from(data_dir().map(|d| text_sidecar_path(doc, &d)), doc)
}

/// Writes the sidecar of an article without a file into the data folder ([`text_sidecar_path`]).
pub fn save_text(doc: &Document, file: &SidecarFile) -> Result<PathBuf, SidecarError> {
    let Some(dir) = data_dir() else {
        return Err(SidecarError::Write {
            path: PathBuf::from("corrections"),
            detail: "no data folder (set XDG_DATA_HOME or HOME)".to_owned(),
        });
    };
    let path = text_sidecar_path(doc, &dir);
    let write = |detail: String| SidecarError::Write {
        path: path.clone(),
        detail,
    };
    let bytes = serde_json::to_vec_pretty(file).map_err(|e| write(e.to_string()))?;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| write(e.to_string()))?;
    }
    crate::export::atomic::write_atomic(&path, &bytes, None).map_err(|e| write(e.to_string()))?;
    Ok(path)
}

/// The first existing sidecar among `candidates`, read and checked against `doc`.
fn restore_from(
    candidates: impl IntoIterator<Item = PathBuf>,
    doc: &Document,
) -> Result<Restored, SidecarError> {
    let Some(path) = candidates.into_iter().find(|p| p.is_file()) else {
        return Ok(Restored::None);
    };
    let bytes = std::fs::read(&path).map_err(|source| SidecarError::Io {
        path: path.clone(),
        source,
    })?;
    match parse_sidecar(&bytes) {
        Ok(file) if file.text_sha256 == text_hash(&doc.text) => {
            let (text, analysis) =
                json::parse_export(file.annotations).map_err(|e| corrupt(&path, &e.to_string()))?;
            if text != doc.text {
                return Err(corrupt(&path, "its text does not match its hash"));
            }
            // Clustered again, as after any edit: a sidecar edited by hand may leave clusters out of step.
            let (analysis, _) = apply_edits(doc, &analysis, &[]);
            Ok(Restored::Same {
                path,
                analysis,
                recorded: file.edits,
            })
        }
        Ok(file) => Ok(Restored::Changed {
            path,
            recorded: file.edits,
        }),
        Err(detail) => Err(corrupt(&path, &detail)),
    }
}

/// Reads a sidecar's bytes.
pub fn parse_sidecar(bytes: &[u8]) -> Result<SidecarFile, String> {
    let file: SidecarFile = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    if file.sahifa_corrections > SIDECAR_VERSION {
        return Err(format!(
            "format version {} is newer than this Sahifa reads ({SIDECAR_VERSION})",
            file.sahifa_corrections
        ));
    }
    Ok(file)
}

/// Moves a damaged sidecar aside (`NAME.sahifa.json.corrupt`, then `.corrupt-2`, ...) and says where it went.
fn corrupt(path: &Path, detail: &str) -> SidecarError {
    for n in 1..1000 {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        if n == 1 {
            name.push(".corrupt");
        } else {
            name.push(format!(".corrupt-{n}"));
        }
        let kept = path.with_file_name(name);
        if kept.exists() {
            continue;
        }
        return match std::fs::rename(path, &kept) {
            Ok(()) => SidecarError::Corrupt {
                path: path.to_owned(),
                detail: detail.to_owned(),
                kept,
            },
            Err(_) => SidecarError::CorruptNotMoved {
                path: path.to_owned(),
                detail: detail.to_owned(),
            },
        };
    }
    SidecarError::CorruptNotMoved {
        path: path.to_owned(),
        detail: detail.to_owned(),
    }
}

/// The sidecar of `doc` with its corrected analysis and every edit recorded (earlier sessions' first).
pub fn sidecar(
    doc: &Document,
    corrected: &Analysis,
    earlier: &[RecordedEdit],
    edits: &[Edit],
) -> SidecarFile {
    let co = CharOffsets::new(&doc.text);
    SidecarFile {
        sahifa_corrections: SIDECAR_VERSION,
        text_sha256: text_hash(&doc.text),
        annotations: json::build(doc, corrected),
        edits: earlier
            .iter()
            .cloned()
            .chain(edits.iter().map(|e| record(&doc.text, &co, e)))
            .collect(),
    }
}

/// Writes a sidecar atomically beside the article, or in the data folder when the article's folder cannot be
/// written. Returns where it went. The article itself is never touched.
pub fn save(article: &Path, file: &SidecarFile) -> Result<PathBuf, SidecarError> {
    let bytes = serde_json::to_vec_pretty(file).map_err(|e| SidecarError::Write {
        path: sidecar_path(article),
        detail: e.to_string(),
    })?;
    let beside = sidecar_path(article);
    let first = crate::export::atomic::write_atomic(&beside, &bytes, Some(article));
    let Err(first) = first else {
        return Ok(beside);
    };
    let Some(dir) = data_dir() else {
        return Err(SidecarError::Write {
            path: beside,
            detail: first.to_string(),
        });
    };
    let other = fallback_sidecar_path(article, &dir);
    if let Some(parent) = other.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    crate::export::atomic::write_atomic(&other, &bytes, Some(article)).map_err(|e| {
        SidecarError::Write {
            path: other.clone(),
            detail: format!("{first}; and in the data folder: {e}"),
        }
    })?;
    Ok(other)
}
