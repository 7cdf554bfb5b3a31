//! Prints how long each stage of the analysis and the JSON export takes on one article (load, search index, the
//! words, entities by the lists and rules alone, entities with the tagger, quotes, JSON), for finding where the time goes
//! on a long article: `cargo run --release -p sahifa-core --example phases -- FILE` (peak memory: run it under
//! `/usr/bin/time -v`).

use sahifa_core::analysis::{Analysis, entities, quotes};
use std::time::Instant;

/// The resident and peak resident memory now, from /proc (Linux; empty elsewhere).
fn memory() -> String {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return String::new();
    };
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    format!(" [rss {}, peak {}]", field("VmRSS:"), field("VmHWM:"))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(path) = std::env::args().nth(1) else {
        return Err("usage: phases FILE".into());
    };
    let clock = Instant::now();
    let doc = sahifa_core::load::load_path(std::path::Path::new(&path))?;
    eprintln!(
        "load {:?} ({} bytes){}",
        clock.elapsed(),
        doc.text.len(),
        memory()
    );
    if std::env::args().any(|a| a == "--load-only") {
        return Ok(());
    }

    let clock = Instant::now();
    let words = entities::Context::new(&doc.text, entities::lexicon::Lexicon::bundled());
    eprintln!(
        "words {:?} ({} words){}",
        clock.elapsed(),
        words.words.len(),
        memory()
    );

    let clock = Instant::now();
    let (rules_only, _) = entities::recognise_in(&words, &entities::default_recognisers());
    eprintln!(
        "entities, lists and rules {:?} ({} mentions){}",
        clock.elapsed(),
        rules_only.len(),
        memory()
    );
    drop(rules_only);

    let clock = Instant::now();
    let (mentions, clusters) = entities::recognise_in(&words, &entities::recognisers_with_tagger());
    eprintln!(
        "entities with the tagger {:?} ({} mentions){}",
        clock.elapsed(),
        mentions.len(),
        memory()
    );

    let clock = Instant::now();
    let found = quotes::find_quotes_in(&doc, &words.words, &mentions, &clusters);
    eprintln!(
        "quotes {:?} ({} quotes){}",
        clock.elapsed(),
        found.len(),
        memory()
    );
    drop(words);

    let analysis = Analysis {
        mentions,
        entities: clusters,
        quotes: found,
        warnings: Vec::new(),
    };
    let clock = Instant::now();
    let json = sahifa_core::export::json::to_json_string(&doc, &analysis)?;
    eprintln!(
        "json {:?} ({} bytes){}",
        clock.elapsed(),
        json.len(),
        memory()
    );
    drop(json);

    // Last: the window builds it, the export does not (its memory stays with the process once freed).
    let clock = Instant::now();
    let index = sahifa_core::search::SearchIndex::new(&doc.text);
    eprintln!("search index {:?}{}", clock.elapsed(), memory());
    drop(index);
    Ok(())
}
