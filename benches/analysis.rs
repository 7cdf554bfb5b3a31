//! Analysis throughput on a long article: the sample repeated to 4 and 10 MB (target >= 5 MB/s on one core for lists
//! and rules; the tagger and the quote finder come on top).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sahifa::analysis::{analyze, entities};
use sahifa::load::{Format, load_str};
use std::hint::black_box;

/// The sample article repeated until the text is about `bytes` long.
fn long_article(bytes: usize) -> sahifa::document::Document {
    load_str(
        "long.txt",
        &sahifa::load::sample_repeated(bytes),
        Format::Plain,
    )
    .unwrap_or_default()
}

fn bench_analysis(c: &mut Criterion) {
    let doc = long_article(4 * 1024 * 1024);
    let mut group = c.benchmark_group("analysis");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(doc.text.len() as u64));
    // Lists and rules alone (the 5 MB/s target), then with the trained tagger filling gaps (the default).
    let rules = entities::default_recognisers();
    group.bench_function("rules_and_lists_4MB", |b| {
        b.iter(|| entities::recognise_with(black_box(&doc.text), &rules));
    });
    group.bench_function("entities_with_tagger_4MB", |b| {
        b.iter(|| entities::recognise(black_box(&doc)));
    });
    group.bench_function("analyze_4MB", |b| b.iter(|| analyze(black_box(&doc))));
    // The 10 MB article: every highlight within 2 s on two cores (peak memory: `sahifa export` under
    // `/usr/bin/time -v`, or the phases example).
    let big = long_article(10 * 1024 * 1024);
    group.throughput(Throughput::Bytes(big.text.len() as u64));
    group.bench_function("analyze_10MB", |b| b.iter(|| analyze(black_box(&big))));
    group.finish();
}

criterion_group!(benches, bench_analysis);
criterion_main!(benches);
