//! Layout of a long article (the sample repeated to about 5 MB), one frame of the reader scrolled to the
//! middle, cold and warm, and inputs without break opportunities: one long word and one base64 line, each at
//! two sizes ten times apart (the layout is linear when the time grows ten times too).
//! `cargo bench --bench layout`; only the long inputs: `cargo bench --bench layout -- unbroken`.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use sahifa::app::reader::{Decorations, ReaderInput, ReaderView};
use sahifa::document::Document;
use sahifa::layout::{ArticleFont, DocumentLayout, HeadlessFonts, LayoutParams};
use sahifa::theme;
use std::hint::black_box;
use std::time::Duration;

const TARGET_BYTES: usize = 5 * 1024 * 1024;

fn long_document() -> Document {
    let text = sahifa::load::sample_repeated(TARGET_BYTES);
    sahifa::load::load_str("long.txt", &text, sahifa::load::Format::Plain).unwrap_or_default()
}

const PARAMS: LayoutParams = LayoutParams {
    width: 700.0,
    font_size: 18.0,
    font: ArticleFont::Vazirmatn,
};

fn layout_benches(c: &mut Criterion) {
    let doc = long_document();
    let mut group = c.benchmark_group("layout_5mb");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("full_layout_cold", |b| {
        b.iter_batched(
            || HeadlessFonts::new(ArticleFont::Vazirmatn),
            |mut fonts| {
                let mut layout = DocumentLayout::new(&doc, PARAMS, &mut fonts);
                layout.ensure_all(&doc, &mut fonts);
                black_box(layout.total_height())
            },
            BatchSize::PerIteration,
        );
    });
    let mut fonts = HeadlessFonts::new(ArticleFont::Vazirmatn);
    group.bench_function("estimate_total_height", |b| {
        b.iter(|| black_box(DocumentLayout::new(&doc, PARAMS, &mut fonts).total_height()));
    });
    group.finish();
}

/// `n` chars of pseudo-random base64 (a fixed linear congruential generator: the same text on every run).
fn base64_line(n: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut state = 1u64;
    (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let k = (state >> 58) as usize;
            ALPHABET.get(k).map_or('A', |&b| char::from(b))
        })
        .collect()
}

/// Layout of documents of one paragraph without spaces, from fresh fonts (no galley cached) each time.
fn unbroken_benches(c: &mut Criterion) {
    let inputs = [
        ("word_8k_chars", "a".repeat(8_000)),
        ("word_80k_chars", "a".repeat(80_000)),
        ("base64_100kb_line", base64_line(100_000)),
        ("base64_1mb_line", base64_line(1_000_000)),
    ];
    let mut group = c.benchmark_group("unbroken");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    for (name, text) in &inputs {
        let doc = Document::from_paragraphs(&[text.as_str()]);
        group.bench_function(*name, |b| {
            b.iter_batched(
                || HeadlessFonts::new(ArticleFont::Vazirmatn),
                |mut fonts| {
                    let mut layout = DocumentLayout::new(&doc, PARAMS, &mut fonts);
                    layout.ensure_all(&doc, &mut fonts);
                    black_box(layout.total_height())
                },
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

/// One frame of the reader in a headless egui context.
fn frame(ctx: &egui::Context, view: &mut ReaderView, doc: &Document) {
    let input = ReaderInput {
        doc,
        decorations: &Decorations::default(),
        dimmed_blocks: None,
        palette: &theme::LIGHT,
        font_size: 18.0,
        font: ArticleFont::Vazirmatn,
    };
    let raw = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1200.0, 900.0),
        )),
        ..Default::default()
    };
    let mut out = ctx.run_ui(raw, |ui| {
        view.ui(ui, &input);
    });
    black_box(out.shapes.len());
    // No renderer here: the font atlas updates are dropped on purpose (epaint asserts that in debug builds).
    out.textures_delta.clear();
}

fn reader_benches(c: &mut Criterion) {
    let doc = long_document();
    let middle = doc.text.len() / 2;
    let ctx = egui::Context::default();
    // Install the fonts once (the app does this at start-up).
    let mut warmup = ReaderView::new();
    frame(&ctx, &mut warmup, &doc);
    frame(&ctx, &mut warmup, &doc);

    let mut group = c.benchmark_group("reader_frame_middle_5mb");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("cold", |b| {
        b.iter_batched(
            || {
                let mut view = ReaderView::new();
                view.scroll_to(middle);
                view
            },
            |mut view| frame(&ctx, &mut view, &doc),
            BatchSize::PerIteration,
        );
    });
    let mut view = ReaderView::new();
    view.scroll_to(middle);
    for _ in 0..3 {
        frame(&ctx, &mut view, &doc);
    }
    group.bench_function("warm", |b| b.iter(|| frame(&ctx, &mut view, &doc)));
    group.finish();
}

criterion_group!(benches, layout_benches, reader_benches, unbroken_benches);
criterion_main!(benches);
