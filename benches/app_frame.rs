//! Frame times of the whole window on a 10 MB article (the sample repeated), analysed: the reader, the outline and
//! the entity or quote list, as a reader scrolls through it (each frame moves about a screen on, so every frame lays
//! out text it has not shown before), and the first frame of the text before the analysis is ready.
//! Target: no frame over 16 ms. `cargo bench --bench app_frame` (the setup analyses 10 MB: a few seconds).

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use sahifa::app::SahifaApp;
use sahifa::app::SideTab;
use sahifa::app::i18n::Language;
use sahifa::app::settings::Settings;
use sahifa::app::worker::Loaded;
use sahifa::document::Document;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

const TARGET_BYTES: usize = 10 * 1024 * 1024;

fn long_text() -> String {
    sahifa::load::sample_repeated(TARGET_BYTES)
}

fn load(text: &str) -> Document {
    sahifa::load::load_str("long.txt", text, sahifa::load::Format::Plain).unwrap_or_default()
}

/// One frame of the window at 1280x860.
fn frame(ctx: &egui::Context, app: &mut SahifaApp) {
    let raw = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 860.0),
        )),
        ..Default::default()
    };
    let mut out = ctx.run_ui(raw, |ui| app.ui(ui));
    black_box(out.shapes.len());
    // No renderer here: the font atlas updates are dropped on purpose (epaint asserts that in debug builds).
    out.textures_delta.clear();
}

fn settings() -> Settings {
    Settings {
        language: Some(Language::Arabic),
        ..Settings::default()
    }
}

fn app_benches(c: &mut Criterion) {
    let text = long_text();
    let doc = Arc::new(load(&text));
    let len = doc.text.len();
    let mut group = c.benchmark_group("app_frame_10mb");
    group.sample_size(30);
    group.measurement_time(Duration::from_secs(8));

    // The text alone, before the analysis: loading the decoded text, the search index, then the first frame.
    group.bench_function("text_first_frame", |b| {
        b.iter_batched(
            egui::Context::default,
            |ctx| {
                let doc = Arc::new(load(&text));
                let mut app = SahifaApp::with_loaded(settings(), Loaded::unanalysed(doc));
                frame(&ctx, &mut app);
            },
            BatchSize::PerIteration,
        );
    });

    let analysed = Loaded::unanalysed(Arc::clone(&doc)).with_analysis(None, false);
    let mut app = SahifaApp::with_loaded(settings(), analysed);
    let ctx = egui::Context::default();
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    for (name, tab) in [
        ("scroll_with_entity_list", SideTab::Entities),
        ("scroll_with_quote_list", SideTab::Quotes),
    ] {
        app.side_tab = tab;
        let mut offset = 0usize;
        group.bench_function(name, |b| {
            b.iter(|| {
                offset = (offset + 1_500) % len;
                app.jump_to(offset);
                frame(&ctx, &mut app);
            });
        });
    }
    group.bench_function("idle_frame", |b| b.iter(|| frame(&ctx, &mut app)));
    group.finish();
}

criterion_group!(benches, app_benches);
criterion_main!(benches);
