//! Tagging throughput of the shipped model (tokens per second on one core), and its load time.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sahifa::analysis::entities::stacking::AnalysisRules;
use sahifa::tagger::Model;
use sahifa::tagger::conll::read_sentences;
use sahifa::tagger::docfeat::WINDOW;
use std::hint::black_box;

const SLICE: &str = include_str!("../crates/core/tests/data/tagger/anercorp-slice.txt");

fn tagging(c: &mut Criterion) {
    let model = match Model::bundled().and_then(|m| m.with_rules(&AnalysisRules)) {
        Ok(model) => model,
        Err(e) => {
            eprintln!("tagger bench skipped: {e}");
            return;
        }
    };
    let sentences = read_sentences(SLICE);
    let sentences: Vec<Vec<&str>> = sentences.iter().map(|s| s.token_strs()).collect();
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("tagger");
    group.sample_size(10);
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("tag_anercorp_slice", |b| {
        // As `sahifa tag` does: documents of WINDOW sentences, so the document stage has its context.
        b.iter(|| {
            for doc in sentences.chunks(WINDOW) {
                black_box(model.tag_document(black_box(doc)));
            }
        });
    });
    group.throughput(Throughput::Elements(1));
    group.bench_function("load_model", |b| {
        b.iter(|| {
            black_box(Model::from_bytes(
                black_box(include_bytes!("../assets/ner-model.bin")),
                "bench",
            ))
        });
    });
    group.finish();
}

criterion_group!(benches, tagging);
criterion_main!(benches);
