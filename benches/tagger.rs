//! Tagging throughput of the shipped model (tokens per second on one core), and its load time.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sahifa::tagger::Model;
use sahifa::tagger::conll::read_sentences;
use std::hint::black_box;

const SLICE: &str = include_str!("../tests/data/tagger/anercorp-slice.txt");

fn tagging(c: &mut Criterion) {
    let Ok(model) = Model::bundled() else {
        return;
    };
    let sentences = read_sentences(SLICE);
    let sentences: Vec<Vec<&str>> = sentences.iter().map(|s| s.token_strs()).collect();
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("tagger");
    group.sample_size(10);
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("tag_anercorp_slice", |b| {
        b.iter(|| {
            for s in &sentences {
                black_box(model.tag(black_box(s)));
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
