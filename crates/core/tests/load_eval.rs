//! Heading detection measured on the real articles (not in the repo): precision, recall and F1 of plain-text
//! subheadings against the gold "headings" of each article (exact line match), plus title accuracy.
//!
//! `cargo test --test load_eval -- --ignored --nocapture`. Skips when the fixture folder is missing
//! (set SAHIFA_FIXTURES to point elsewhere).

use sahifa_core::document::BlockKind;
use sahifa_core::load::{Format, load_str};
use std::path::PathBuf;

#[test]
#[ignore = "reads the shared fixture articles, which are not part of the repository"]
fn heading_scores_on_fixture_articles() {
    let dir = std::env::var_os("SAHIFA_FIXTURES").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/articles"),
        PathBuf::from,
    );
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: no fixture folder at {}", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let (mut tp, mut fp, mut fn_, mut titles_ok) = (0usize, 0usize, 0usize, 0usize);
    for path in &paths {
        let gold_path = path.with_extension("json");
        let Ok(gold) = std::fs::read_to_string(&gold_path) else {
            continue;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
        let gold_headings: Vec<&str> = gold["headings"]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        let text = std::fs::read_to_string(path).unwrap();
        let doc = load_str("fixture", &text, Format::Plain).unwrap();
        let found: Vec<&str> = doc
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .map(|b| doc.slice(b.span))
            .collect();
        let hits = found.iter().filter(|h| gold_headings.contains(h)).count();
        tp += hits;
        fp += found.len() - hits;
        fn_ += gold_headings.iter().filter(|g| !found.contains(g)).count();
        titles_ok += usize::from(gold["title"].as_str() == Some(doc.title()));
        let name = path.file_name().unwrap().to_string_lossy();
        println!(
            "{name}: {hits}/{} gold found, {} predicted",
            gold_headings.len(),
            found.len()
        );
        for h in found.iter().filter(|h| !gold_headings.contains(h)) {
            println!("  false positive: {h}");
        }
        for g in gold_headings.iter().filter(|g| !found.contains(g)) {
            println!("  missed: {g}");
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "HEADINGS P={p:.3} R={r:.3} F1={f1:.3} (tp={tp} fp={fp} fn={fn_}); titles {titles_ok}/{}",
        paths.len()
    );
}

/// Loading speed of a long plain-text article (the sample repeated to about 5 MB), printed, never asserted.
/// Run in release for meaningful figures: `cargo test --release --test load_eval -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn plain_load_throughput() {
    let long =
        sahifa_core::load::SAMPLE_TEXT.repeat(5_000_000 / sahifa_core::load::SAMPLE_TEXT.len() + 1);
    for format in [Format::Plain, Format::Markdown] {
        let started = std::time::Instant::now();
        let doc = load_str("long", &long, format).unwrap();
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{format:?}: {:.1} MB in {secs:.3} s = {:.1} MB/s ({} blocks)",
            long.len() as f64 / 1e6,
            long.len() as f64 / 1e6 / secs,
            doc.blocks.len()
        );
    }
    let bytes = long.as_bytes();
    let started = std::time::Instant::now();
    let doc = sahifa_core::load::load_bytes("long.txt", bytes, None).unwrap();
    println!(
        "load_bytes (decode + plain): {:.3} s, {}",
        started.elapsed().as_secs_f64(),
        doc.source.encoding
    );
}
