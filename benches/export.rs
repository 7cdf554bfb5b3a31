//! Export throughput: each format on the sample article repeated to about 1 MB, with a synthetic annotation as
//! dense as a real one (a mention every seventh word, a quote with cue and speaker in every paragraph).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sahifa::analysis::tokens::{TokenKind, tokenize};
use sahifa::analysis::{
    Analysis, Entity, EntityLabel, Mention, Quote, QuoteKind, Recogniser, Speaker,
};
use sahifa::document::{BlockKind, Document};
use sahifa::export::{Filter, Format, render};
use sahifa::span::Span;
use std::hint::black_box;

fn long_article() -> Document {
    let text = sahifa::load::sample_repeated(1_000_000);
    sahifa::load::load_str("long.txt", &text, sahifa::load::Format::Plain).unwrap_or_default()
}

fn synthetic_analysis(doc: &Document) -> Analysis {
    let words: Vec<Span> = tokenize(&doc.text)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Arabic)
        .map(|t| t.span)
        .collect();
    let mut analysis = Analysis::default();
    for (i, span) in words.iter().enumerate().filter(|(i, _)| i % 7 == 3) {
        let label = EntityLabel::ALL[i % 4];
        let entity = i % 50;
        analysis.mentions.push(Mention {
            span: *span,
            label,
            entity,
            source: Recogniser::Rule,
            confidence: 0.9,
        });
    }
    analysis.entities = (0..50)
        .map(|e| Entity {
            label: EntityLabel::ALL[e % 4],
            canonical: format!("كيان {e}"),
            mentions: Vec::new(),
        })
        .collect();
    for (i, m) in analysis.mentions.iter().enumerate() {
        analysis.entities[m.entity].mentions.push(i);
    }
    for block in doc.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
        let inside: Vec<&Span> = words.iter().filter(|w| block.span.encloses(**w)).collect();
        let (Some(cue), Some(speaker), Some(from), Some(last)) =
            (inside.first(), inside.get(3), inside.get(4), inside.last())
        else {
            continue;
        };
        analysis.quotes.push(Quote {
            kind: QuoteKind::Indirect,
            span: Span::new(from.start, last.end),
            cue: Some(**cue),
            speaker: Some(Speaker {
                name: doc.slice(**speaker).to_owned(),
                span: **speaker,
                entity: Some(0),
            }),
        });
    }
    analysis
}

fn exports(c: &mut Criterion) {
    let doc = long_article();
    let analysis = synthetic_analysis(&doc);
    let mut group = c.benchmark_group("export_1MB");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(doc.text.len() as u64));
    for format in Format::ALL {
        group.bench_function(format.as_str(), |b| {
            b.iter(|| black_box(render(format, &doc, &analysis, &Filter::default())));
        });
    }
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
