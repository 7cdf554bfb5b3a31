//! Loading and analysis off the UI thread: a job runs on a worker thread and hands a finished [`Loaded`] back.

use crate::analysis::{self, Analysis};
use crate::document::Document;
use crate::filter;
use crate::search::SearchIndex;
use std::path::PathBuf;
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
    /// `(mentions, quotes)` per outline section.
    pub section_counts: Vec<(usize, usize)>,
    /// Speakers with statement counts.
    pub speakers: Vec<(String, usize)>,
    /// Quotes grouped by speaker for the quote list.
    pub quote_groups: Vec<(Option<String>, Vec<usize>)>,
}

impl Loaded {
    /// Runs the analysis of a loaded document (the slow part, done once).
    pub fn analyse(doc: Document) -> Self {
        let analysis = analysis::analyze(&doc);
        let search = SearchIndex::new(&doc.text);
        let section_counts = filter::section_counts(&doc, &analysis);
        let speakers = filter::speakers(&analysis);
        let quote_groups = filter::quotes_by_speaker(&analysis);
        Self {
            doc: Arc::new(doc),
            analysis: Arc::new(analysis),
            search: Arc::new(search),
            section_counts,
            speakers,
            quote_groups,
        }
    }
}

/// Runs a job to the end on the current thread.
pub fn run_job(job: Job) -> Result<Loaded, String> {
    let doc = match job {
        Job::Path(path) => crate::load::load_path(&path),
        Job::Text { name, text } => crate::load::load_str(&name, &text, crate::load::Format::Plain),
        Job::Sample => Ok(crate::load::sample()),
    }
    .map_err(|e| e.to_string())?;
    Ok(Loaded::analyse(doc))
}

/// A job running on a worker thread.
pub struct Pending {
    pub job: Job,
    rx: Receiver<Result<Loaded, String>>,
}

impl Pending {
    /// Starts `job` on a new thread; `wake` is called when it is done (to repaint the window).
    pub fn start(job: Job, wake: impl FnOnce() + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let j = job.clone();
        std::thread::spawn(move || {
            let _ = tx.send(run_job(j));
            wake();
        });
        Self { job, rx }
    }

    /// The result, once the worker is done.
    pub fn poll(&self) -> Option<Result<Loaded, String>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err("the loading thread stopped unexpectedly".to_owned()))
            }
        }
    }
}
