//! Layout of a long article (the sample repeated to about 5 MB) and one frame of the reader scrolled to the
//! middle, cold and warm. `cargo bench --bench layout`.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use sahifa::app::reader::{ReaderInput, ReaderView};
use sahifa::document::Document;
use sahifa::layout::{ArticleFont, DocumentLayout, HeadlessFonts, LayoutParams};
use sahifa::theme;
use std::hint::black_box;
use std::time::Duration;

const TARGET_BYTES: usize = 5 * 1024 * 1024;

fn long_document() -> Document {
    let sample = sahifa::load::SAMPLE_TEXT;
    let copies = TARGET_BYTES / sample.len().max(1) + 1;
    let mut text = String::with_capacity(copies * (sample.len() + 1));
    for _ in 0..copies {
        text.push_str(sample);
        text.push('\n');
    }
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

/// One frame of the reader in a headless egui context.
fn frame(ctx: &egui::Context, view: &mut ReaderView, doc: &Document) {
    let input = ReaderInput {
        doc,
        decorations: &[],
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
    let out = ctx.run_ui(raw, |ui| {
        view.ui(ui, &input);
    });
    black_box(out.shapes.len());
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

criterion_group!(benches, layout_benches, reader_benches);
criterion_main!(benches);
