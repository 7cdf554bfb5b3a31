//! Loading and analysis off the UI thread: a job runs on a worker thread and hands a finished [`Loaded`] back.

use crate::analysis::{self, Analysis};
use crate::corrections::{self, Restored};
use crate::document::Document;
use crate::filter;
use crate::search::SearchIndex;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What to open.
#[derive(Clone, Debug)]
pub enum Job {
    Path(PathBuf),
    Text { name: String, text: String },
    Sample,
}

/// A document with everything computed once for it.
pub struct Loaded {
    pub doc: Arc<Document>,
    pub analysis: Arc<Analysis>,
    pub search: Arc<SearchIndex>,
    /// The entity list's groups: each label with its entities, most mentioned first (sorted once per revision).
    pub entity_groups: Vec<(crate::analysis::EntityLabel, Vec<usize>)>,
    /// The quote under the pointer, found in logarithmic time.
    pub quotes_at: filter::QuoteIndex,
    /// `(mentions, quotes)` per outline section.
    pub section_counts: Vec<(usize, usize)>,
    /// Quotes grouped by speaker (the speaker filter's choices and the quote list), largest first.
    pub speaker_groups: Vec<filter::SpeakerGroup>,
    /// Quotes whose speaker is unknown.
    pub unknown_speaker: Vec<usize>,
    /// Which analysis of the document this is: 0 while only the text is there, then one more for the analysis and
    /// for each correction. What the window derives from the analysis is keyed on (document id, revision).
    pub revision: u64,
    /// The user's corrections of this article: the analysis they apply to, their history, their sidecar.
    pub corrections: Corrections,
}

/// The corrections of one open article.
#[derive(Clone, Debug, Default)]
pub struct Corrections {
    /// What the edits apply to: the analysis as computed, or as restored from the sidecar.
    pub base: Arc<Analysis>,
    /// This session's edits, with undo and redo.
    pub history: corrections::History,
    /// Edits recorded by earlier sessions (kept in the sidecar's record).
    pub earlier: Vec<corrections::RecordedEdit>,
    /// Where the sidecar was read from or last written.
    pub sidecar: Option<PathBuf>,
    /// Edits not yet written to the sidecar, and when the last one was made.
    pub unsaved: Option<std::time::Instant>,
    /// The article changed since its sidecar was written: the corrections that can be placed again (offered to
    /// the user) and those that cannot.
    pub offer: Option<corrections::Rebased>,
    /// A sidecar for another version of the text that must be kept aside before this one is written.
    pub keep_aside: Option<PathBuf>,
    /// What restoring found wrong (a damaged sidecar), for the window to say.
    pub message: Option<String>,
}

impl Corrections {
    /// How many corrections the article carries (earlier sessions' and this one's).
    pub fn count(&self) -> usize {
        self.earlier.len() + self.history.edits().len()
    }
}

impl Loaded {
    /// Runs the analysis of a loaded document (the slow part, done once).
    /// (Tests and benches: an article without a file gets no sidecar from the data folder.)
    pub fn analyse(doc: Document) -> Self {
        Self::unanalysed(Arc::new(doc)).with_analysis(None, false)
    }

    /// The document with its search index but no analysis yet: the reader can show it while the analysis runs.
    pub fn unanalysed(doc: Arc<Document>) -> Self {
        let search = Arc::new(SearchIndex::new(&doc.text));
        Self::unanalysed_with(doc, search)
    }

    /// [`Loaded::unanalysed`] with the document's search index already built (it is built once per document).
    fn unanalysed_with(doc: Arc<Document>, search: Arc<SearchIndex>) -> Self {
        Self {
            section_counts: vec![(0, 0); doc.sections.len()],
            doc,
            analysis: Arc::new(Analysis::default()),
            search,
            entity_groups: Vec::new(),
            quotes_at: filter::QuoteIndex::default(),
            speaker_groups: Vec::new(),
            unknown_speaker: Vec::new(),
            revision: 0,
            corrections: Corrections::default(),
        }
    }

    /// Adds the analysis (with a user's tagger model when `model` names one) and everything derived from it, with
    /// the corrections of the article's sidecar (for an article without a file, from the data folder when
    /// `text_sidecars`).
    #[must_use]
    pub fn with_analysis(self, model: Option<&Path>, text_sidecars: bool) -> Self {
        let mut options = analysis::Options::default();
        let mut model_error = None;
        if let Some(path) = model {
            match crate::tagger::Model::load(path) {
                Ok(m) => options.model = Some(Arc::new(m)),
                Err(e) => model_error = Some(analysis::Warning::chosen_model_unreadable(&e)),
            }
        }
        let mut computed = analysis::analyze_with(&self.doc, &options);
        computed.warnings.extend(model_error);
        let mut corrections = Corrections::default();
        let restored = match self.doc.source.path.as_deref() {
            None if text_sidecars => corrections::restore_text(&self.doc),
            None => Ok(Restored::None),
            Some(path) => corrections::restore(path, &self.doc),
        };
        let base = {
            match restored {
                Ok(Restored::None) => computed,
                Ok(Restored::Same {
                    path,
                    analysis,
                    recorded,
                }) => {
                    corrections.sidecar = Some(path);
                    corrections.earlier = recorded;
                    analysis
                }
                Ok(Restored::Changed { path, recorded }) => {
                    corrections.offer = Some(corrections::rebase(&self.doc, &computed, &recorded));
                    corrections.keep_aside = Some(path);
                    computed
                }
                Err(e) => {
                    corrections.message = Some(e.to_string());
                    computed
                }
            }
        };
        corrections.base = Arc::new(base.clone());
        let mut loaded = Self {
            corrections,
            ..self
        };
        loaded.set_analysis(base);
        loaded
    }

    /// Shows `analysis` (after an edit, undo or redo) and derives the panels' data from it again.
    pub fn set_analysis(&mut self, analysis: Analysis) {
        let (speaker_groups, unknown_speaker) = filter::speaker_groups(&analysis);
        self.section_counts = filter::section_counts(&self.doc, &analysis);
        self.speaker_groups = speaker_groups;
        self.unknown_speaker = unknown_speaker;
        self.quotes_at = filter::QuoteIndex::new(&analysis);
        self.entity_groups = entity_groups(&analysis);
        self.revision += 1;
        self.analysis = Arc::new(analysis);
    }
}

/// The entities of each label, most mentioned first, then by name; labels without entities are left out.
fn entity_groups(analysis: &Analysis) -> Vec<(crate::analysis::EntityLabel, Vec<usize>)> {
    crate::analysis::EntityLabel::ALL
        .into_iter()
        .filter_map(|label| {
            let mut items: Vec<usize> = (0..analysis.entities.len())
                .filter(|&i| analysis.entities.get(i).is_some_and(|e| e.label == label))
                .collect();
            items.sort_by(|&x, &y| {
                let (Some(x), Some(y)) = (analysis.entities.get(x), analysis.entities.get(y))
                else {
                    return std::cmp::Ordering::Equal;
                };
                y.mentions
                    .len()
                    .cmp(&x.mentions.len())
                    .then(x.canonical.cmp(&y.canonical))
            });
            (!items.is_empty()).then_some((label, items))
        })
        .collect()
}

/// What a worker hands over: first the text (to read at once), then the same document analysed.
pub enum Stage {
    Text(Loaded),
    Analysed(Loaded),
}

/// Why a job gave no document: the loader's typed error (the window words it in its language), or a worker thread
/// that stopped without answering.
#[derive(Debug)]
pub enum JobError {
    Load(crate::load::LoadError),
    Stopped,
}

/// Loads the document of a job.
fn load_job(job: Job) -> Result<Document, crate::load::LoadError> {
    match job {
        Job::Path(path) => crate::load::load_path(&path),
        Job::Text { name, text } => crate::load::load_str(&name, &text, crate::load::Format::Plain),
        Job::Sample => Ok(crate::load::sample()),
    }
}

/// Runs a job to the end on the current thread.
pub fn run_job(job: Job) -> Result<Loaded, JobError> {
    Ok(Loaded::analyse(load_job(job).map_err(JobError::Load)?))
}

/// How a job analyses: the user's tagger model, if one is chosen.
#[derive(Clone, Debug, Default)]
pub struct JobOptions {
    pub model: Option<PathBuf>,
}

/// A job running on a worker thread.
pub struct Pending {
    pub job: Job,
    rx: Receiver<Result<Stage, JobError>>,
}

impl Pending {
    /// Starts `job` on a new thread; `wake` is called after each stage (to repaint the window).
    pub fn start(job: Job, options: JobOptions, wake: impl Fn() + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let j = job.clone();
        std::thread::spawn(move || {
            let doc = match load_job(j) {
                Ok(doc) => Arc::new(doc),
                Err(e) => {
                    let _ = tx.send(Err(JobError::Load(e)));
                    wake();
                    return;
                }
            };
            let text = Loaded::unanalysed(Arc::clone(&doc));
            let search = Arc::clone(&text.search);
            if tx.send(Ok(Stage::Text(text))).is_err() {
                return; // The window moved on to another document.
            }
            wake();
            let analysed =
                Loaded::unanalysed_with(doc, search).with_analysis(options.model.as_deref(), true);
            let _ = tx.send(Ok(Stage::Analysed(analysed)));
            wake();
        });
        Self { job, rx }
    }

    /// The next stage, once the worker has it.
    pub fn poll(&self) -> Option<Result<Stage, JobError>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(JobError::Stopped)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_hands_over_the_text_first_then_the_same_document_analysed() {
        let pending = Pending::start(Job::Sample, JobOptions::default(), || {});
        let mut stages = Vec::new();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while stages.len() < 2 && std::time::Instant::now() < deadline {
            match pending.poll() {
                Some(Ok(stage)) => stages.push(stage),
                Some(Err(e)) => panic!("{e:?}"),
                None => std::thread::sleep(std::time::Duration::from_millis(5)),
            }
        }
        let [Stage::Text(text), Stage::Analysed(done)] = &stages[..] else {
            panic!("expected Text then Analysed");
        };
        assert!(text.analysis.mentions.is_empty());
        assert!(
            Arc::ptr_eq(&text.doc, &done.doc),
            "the reader keeps its layout"
        );
        assert!(!done.analysis.mentions.is_empty());
        assert_eq!(done.section_counts.len(), done.doc.sections.len());
    }

    #[test]
    fn a_bad_file_is_an_error_not_a_stage() {
        let pending = Pending::start(
            Job::Path("/no/such/article.txt".into()),
            JobOptions::default(),
            || {},
        );
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            match pending.poll() {
                Some(Err(JobError::Load(e))) => {
                    assert!(e.subject().contains("article.txt"), "{e}");
                    break;
                }
                Some(Err(JobError::Stopped)) => panic!("the worker stopped"),
                Some(Ok(_)) => panic!("a missing file must not load"),
                None if std::time::Instant::now() > deadline => panic!("no answer"),
                None => std::thread::sleep(std::time::Duration::from_millis(5)),
            }
        }
    }
}
