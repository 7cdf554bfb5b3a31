//! Exporting a folder of articles in parallel, with a summary of what was exported and what failed and why.

use super::{ExportError, Filter, Format, Options};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Extensions of the files a folder export picks up.
pub const ARTICLE_EXTENSIONS: [&str; 4] = ["txt", "md", "html", "htm"];

/// One article that could not be exported.
#[derive(Debug)]
pub struct Failure {
    pub input: PathBuf,
    pub error: ExportError,
}

/// What a folder export did.
#[derive(Debug, Default)]
pub struct BatchReport {
    /// Each exported article with the files written for it, in input order.
    pub exported: Vec<(PathBuf, Vec<PathBuf>)>,
    /// Each failed article with the reason, in input order.
    pub failed: Vec<Failure>,
    /// Entries of the folder that were not articles to export, with the reason (subfolders, unreadable entries).
    pub skipped: Vec<(PathBuf, String)>,
}

impl BatchReport {
    /// A summary for people: counts, then one line per failure naming the file and the reason.
    pub fn summary(&self) -> String {
        use std::fmt::Write as _;
        let mut out = format!(
            "{} exported, {} failed",
            self.exported.len(),
            self.failed.len()
        );
        if !self.skipped.is_empty() {
            let _ = write!(out, ", {} skipped", self.skipped.len());
        }
        for f in &self.failed {
            let _ = write!(out, "\n  {}: {}", f.input.display(), f.error);
        }
        for (path, why) in &self.skipped {
            let _ = write!(out, "\n  skipped {}: {why}", path.display());
        }
        out
    }
}

/// A folder entry left out of a batch, with why.
pub type Skipped = (PathBuf, String);

/// The articles of a folder (not its subfolders), sorted by name.
pub fn articles_in(folder: &Path) -> Result<Vec<PathBuf>, ExportError> {
    Ok(scan(folder)?.0)
}

/// The articles of a folder sorted by name, and the entries left out with why: subfolders (not walked) and
/// entries that cannot be read. Files of other types are not articles and are not reported.
pub fn scan(folder: &Path) -> Result<(Vec<PathBuf>, Vec<Skipped>), ExportError> {
    let entries = std::fs::read_dir(folder).map_err(|e| ExportError::from_io(folder, e))?;
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for entry in entries {
        let path = match entry {
            Ok(e) => e.path(),
            Err(e) => {
                skipped.push((
                    folder.to_path_buf(),
                    format!("an entry cannot be read: {e}"),
                ));
                continue;
            }
        };
        let is_article = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => {
                skipped.push((
                    path,
                    "a subfolder (only the folder's own files are exported)".into(),
                ));
            }
            Ok(m) if m.is_file() && is_article => files.push(path),
            Err(e) if is_article => skipped.push((path, format!("cannot be read: {e}"))),
            _ => {}
        }
    }
    files.sort();
    skipped.sort();
    Ok((files, skipped))
}

/// The output name of each input: its stem, or its whole file name when two inputs share a stem (a.txt, a.md).
fn output_names(inputs: &[PathBuf]) -> Vec<String> {
    let stem = |p: &Path| {
        p.file_stem().map_or_else(
            || "article".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        )
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in inputs {
        *counts.entry(stem(p)).or_default() += 1;
    }
    inputs
        .iter()
        .map(|p| {
            let s = stem(p);
            if counts.get(&s).copied().unwrap_or(0) > 1 {
                p.file_name()
                    .map_or(s, |n| n.to_string_lossy().into_owned())
            } else {
                s
            }
        })
        .collect()
}

/// The files written for one article, or why it failed.
type Outcome = Result<Vec<PathBuf>, ExportError>;

/// Loads, analyses and exports one article into `out_folder`.
fn export_one(
    input: &Path,
    name: &str,
    format: Format,
    filter: &Filter,
    options: Options,
    out_folder: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let rendered = render_one(input, name, format, filter, options)?;
    let source = Some(input);
    match &rendered {
        super::Rendered::File(_) => {
            let out = out_folder.join(format!("{name}.{}", format.extension()));
            super::write_to(&out, &rendered, source)
        }
        super::Rendered::Files(_) => super::write_to(out_folder, &rendered, source),
    }
}

/// Loads, analyses and renders one article.
fn render_one(
    input: &Path,
    name: &str,
    format: Format,
    filter: &Filter,
    options: Options,
) -> Result<super::Rendered, ExportError> {
    let doc = crate::load::load_path(input)?;
    // Corrected articles export what their user decided (and a folder of them, exported as CoNLL, is training
    // data for `sahifa train --extra`).
    let analysis = if options.ignore_corrections {
        crate::analysis::analyze(&doc)
    } else {
        crate::corrections::corrected_analysis(input, &doc, &crate::analysis::Options::default())?.0
    };
    // Files are named after the output name (unique in the batch), not only the stem.
    super::render_named(format, &doc, &analysis, filter, name, options)
}

/// Exports every article of `input_folder` into `out_folder` (created if missing) on `workers` threads (at least 1).
///
/// One failure does not stop the others; the report lists both, and the entries skipped.
pub fn export_folder(
    input_folder: &Path,
    format: Format,
    filter: &Filter,
    options: Options,
    out_folder: &Path,
    workers: usize,
) -> Result<BatchReport, ExportError> {
    let (inputs, skipped) = scan(input_folder)?;
    if !out_folder.is_dir() {
        std::fs::create_dir_all(out_folder).map_err(|e| ExportError::from_io(out_folder, e))?;
    }
    let names = output_names(&inputs);
    let results = in_parallel(&inputs, &names, workers, |input, name| {
        export_one(input, name, format, filter, options, out_folder)
    });
    Ok(report(inputs, results, skipped, out_folder))
}

/// Exports every article of `input_folder` into the one file `out` (JSONL: one line per article, in name order; Label Studio: one task list),
/// written atomically once all are rendered. Only single-file formats whose files can be concatenated qualify.
pub fn export_folder_one_file(
    input_folder: &Path,
    format: Format,
    filter: &Filter,
    options: Options,
    out: &Path,
    workers: usize,
) -> Result<BatchReport, ExportError> {
    if !matches!(format, Format::Jsonl | Format::LabelStudio) {
        return Err(ExportError::NotOneFile {
            format: format.as_str(),
        });
    }
    let (inputs, skipped) = scan(input_folder)?;
    let names = output_names(&inputs);
    let rendered = in_parallel(&inputs, &names, workers, |input, name| {
        render_one(input, name, format, filter, options)
    });
    let mut bytes = Vec::new();
    let results = rendered
        .into_iter()
        .map(|r| {
            r.map(|r| {
                r.map(|r| {
                    if let super::Rendered::File(b) = r {
                        bytes.extend_from_slice(&b);
                    }
                    vec![out.to_path_buf()]
                })
            })
        })
        .collect();
    if format == Format::LabelStudio {
        bytes = join_task_lists(&bytes)?;
    }
    super::atomic::write_atomic(out, &bytes, None)?;
    Ok(report(inputs, results, skipped, out))
}

/// One JSON task list from the articles' lists written one after the other (Label Studio imports one list).
fn join_task_lists(bytes: &[u8]) -> Result<Vec<u8>, ExportError> {
    let mut tasks = Vec::new();
    for list in serde_json::Deserializer::from_slice(bytes).into_iter::<Vec<serde_json::Value>>() {
        tasks.extend(list?);
    }
    let mut out = serde_json::to_vec_pretty(&tasks)?;
    out.push(b'\n');
    Ok(out)
}

/// Runs `work` on every input on `workers` threads; a slot stays `None` when its worker stopped.
fn in_parallel<T: Send>(
    inputs: &[PathBuf],
    names: &[String],
    workers: usize,
    work: impl Fn(&Path, &str) -> Result<T, ExportError> + Sync,
) -> Vec<Option<Result<T, ExportError>>> {
    let results: Mutex<Vec<Option<Result<T, ExportError>>>> =
        Mutex::new((0..inputs.len()).map(|_| None).collect());
    let next = AtomicUsize::new(0);
    let workers = workers.clamp(1, inputs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let (Some(input), Some(name)) = (inputs.get(i), names.get(i)) else {
                        break;
                    };
                    // A panic in one article (a bug) fails that article, not the batch.
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        work(input, name)
                    }))
                    .unwrap_or_else(|payload| {
                        let detail = payload
                            .downcast_ref::<&str>()
                            .map(|s| (*s).to_owned())
                            .or_else(|| payload.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "unknown panic".to_owned());
                        Err(ExportError::Panicked {
                            path: input.clone(),
                            detail,
                        })
                    });
                    // A poisoned lock only means another worker panicked; its slot stays empty.
                    let mut guard = results
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    if let Some(slot) = guard.get_mut(i) {
                        *slot = Some(result);
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The report of a batch from each input's outcome.
fn report(
    inputs: Vec<PathBuf>,
    results: Vec<Option<Outcome>>,
    skipped: Vec<(PathBuf, String)>,
    out_folder: &Path,
) -> BatchReport {
    let mut report = BatchReport {
        skipped,
        ..BatchReport::default()
    };
    for (input, result) in inputs.into_iter().zip(results) {
        match result {
            Some(Ok(files)) => report.exported.push((input, files)),
            Some(Err(error)) => report.failed.push(Failure { input, error }),
            None => report.failed.push(Failure {
                input,
                error: ExportError::Io {
                    path: out_folder.to_path_buf(),
                    source: std::io::Error::other("the export worker stopped unexpectedly"),
                },
            }),
        }
    }
    report
}

/// The number of workers to use: the machine's cores, at least 2.
pub fn default_workers() -> usize {
    std::thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .max(2)
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_panic_in_one_article_fails_that_article_and_the_batch_completes() {
        let inputs: Vec<PathBuf> = ["a.txt", "b.txt", "c.txt"]
            .iter()
            .map(PathBuf::from)
            .collect();
        let names: Vec<String> = vec!["a".into(), "b".into(), "c".into()];
        let results = in_parallel(&inputs, &names, 2, |_, name| {
            assert!(name != "b", "a bug while analysing b");
            Ok(name.to_owned())
        });
        assert_eq!(results.len(), 3);
        assert!(matches!(&results[0], Some(Ok(n)) if n == "a"));
        assert!(matches!(&results[2], Some(Ok(n)) if n == "c"));
        let Some(Err(err)) = &results[1] else {
            panic!("the panicking article is a failure: {:?}", results[1]);
        };
        assert!(err.to_string().contains("a bug while analysing b"), "{err}");
    }

    use super::*;

    #[test]
    fn inputs_sharing_a_stem_keep_their_extension() {
        let names = output_names(&[
            PathBuf::from("d/a.md"),
            PathBuf::from("d/a.txt"),
            PathBuf::from("d/b.txt"),
        ]);
        assert_eq!(names, ["a.md", "a.txt", "b"]);
    }
}
