//! The window: menus, filter bar, outline, reader and panels. Reads the document, analysis and layout; owns no
//! analysis (that runs on a worker thread, see [`worker`]).

mod chooser;
mod decorations;
mod dock;
mod edit;
pub mod errors;
mod export_ui;
pub mod i18n;
mod menu;
mod panels;
pub mod reader;
mod rows;
pub mod rtl;
pub mod rtl_field;
pub mod settings;
mod status;
mod toolbar;
pub mod worker;

use crate::document::DocumentId;
use crate::filter::{Filter, Highlight};
use crate::span::Span;
use crate::theme::{self, Palette, ThemeKind};
use decorations::DerivedKey;
use reader::{Decorations, ReaderInput, ReaderView};
use settings::Settings;
use std::path::PathBuf;
use worker::{Job, Loaded, Pending, Stage};

/// Opens the window on `file`, or on the sample article.
#[allow(clippy::needless_pass_by_value)]
pub fn run(file: Option<PathBuf>, model: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(i18n::Catalog::get(i18n::Language::from_env()).tr("app-title"))
            .with_inner_size([1200.0, 820.0])
            .with_min_inner_size([480.0, 320.0])
            .with_drag_and_drop(true),
        persist_window: true,
        ..Default::default()
    };
    let job = file.map_or(Job::Sample, Job::Path);
    eframe::run_native(
        "sahifa",
        options,
        Box::new(move |cc| {
            let settings = cc
                .storage
                .and_then(|s| eframe::get_value::<Settings>(s, settings::STORAGE_KEY))
                .unwrap_or_default();
            let mut settings = settings;
            if model.is_some() {
                settings.tagger_model = model;
            }
            cc.egui_ctx
                .set_fonts(crate::layout::fonts::font_definitions(settings.font));
            Ok(Box::new(SahifaApp::new(settings, job)))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// Which list the side panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SideTab {
    Entities,
    Quotes,
}

/// A side panel shown over the text (the window is too narrow to give it room beside the text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Outline,
    Side,
}

/// Where the keyboard focus goes on the next frame (Ctrl+1, Ctrl+2, Ctrl+3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    Outline,
    Entities,
    Quotes,
}

/// The window's chrome between frames: which folded panel shows over the text, where the keyboard goes next, the
/// menu bar's keyboard state.
#[derive(Debug)]
struct Chrome {
    /// A folded side panel shown over the text, and the frame it opened in.
    overlay: Option<Overlay>,
    overlay_opened: Option<u64>,
    /// Outer widths of the outline and the side panel in the last frame (the user can resize them).
    panel_widths: [f32; 2],
    /// A list to move the keyboard focus into.
    focus_target: Option<FocusTarget>,
    /// The menu bar's menus (their popup ids, in order), from the last frame: F10 and the arrows open them.
    menu_popups: Vec<egui::Id>,
    /// Focus the first item of the menu opened from the keyboard.
    menu_focus_first: bool,
    /// Alt is held and nothing else was pressed since (`Some(true)`): its release opens the menu bar.
    alt_tap: Option<bool>,
}

impl Default for Chrome {
    fn default() -> Self {
        Self {
            overlay: None,
            overlay_opened: None,
            panel_widths: [theme::size::OUTLINE_WIDTH; 2],
            focus_target: None,
            menu_popups: Vec::new(),
            menu_focus_first: false,
            alt_tap: None,
        }
    }
}

/// The find bar.
#[derive(Default)]
pub struct SearchState {
    pub open: bool,
    /// The query, edited right to left ([`rtl_field::RtlField`]).
    pub field: rtl_field::RtlField,
    /// The document and query the hits were computed for.
    searched: Option<(DocumentId, String)>,
    pub hits: Vec<Span>,
    pub current: usize,
    pub focus: bool,
}

/// The application: state plus the drawing code in the submodules.
pub struct SahifaApp {
    pub settings: Settings,
    loaded: Option<Loaded>,
    pending: Option<Pending>,
    /// A job to start on the next frame (the context is needed to wake the window).
    queued: Option<Job>,
    /// Error banner text.
    pub error: Option<String>,
    pub reader: ReaderView,
    pub filter: Filter,
    pub search: SearchState,
    pub side_tab: SideTab,
    decorations: Decorations,
    /// Row heights of the outline and of the open groups of the entity and quote lists (drawn only where visible).
    outline_rows: rows::RowHeights,
    group_rows: std::collections::HashMap<(SideTab, usize), rows::RowHeights>,
    highlights: Vec<Highlight>,
    dimmed: Option<Vec<bool>>,
    /// What `decorations`, `highlights` and `dimmed` were derived from: rebuilt when the inputs differ.
    derived_for: Option<DerivedKey>,
    /// The byte offset at the top of the reader, and the section it is in.
    pub top_offset: usize,
    pub current_section: Option<usize>,
    /// The text is shown and its analysis still runs.
    analysing: bool,
    /// Section chosen in the outline, current until the user scrolls.
    pinned_section: Option<usize>,
    /// The outline scrolls to keep the current section visible (off while the user scrolls the outline).
    outline_follow: bool,
    /// Next mention to jump to per entity (the entity list cycles through mentions).
    entity_cursor: std::collections::HashMap<usize, usize>,
    applied_theme: Option<ThemeKind>,
    shown_title: String,
    /// A native file dialog running on its own thread.
    dialog: Option<menu::NativeDialog>,
    /// The in-app file chooser, when open, and what it was opened for.
    chooser: Option<(chooser::FileChooser, menu::Purpose)>,
    /// Whether File > Open, Export and Save as PNG try the native dialog first (a portal or zenity was found;
    /// turned off when one fails). Otherwise the in-app chooser answers.
    pub native_dialogs: bool,
    /// The folder the in-app chooser last answered from.
    last_dir: Option<PathBuf>,
    /// Status message (exports, screenshots).
    pub status: Option<String>,
    /// Where to save the next screenshot, and the screenshot on its way.
    pending_png: Option<PathBuf>,
    /// Wrapped outline and quote-list labels, kept between frames.
    jobs: rtl::JobCache,
    /// The window's context, to wake it from dialog threads.
    ctx: Option<egui::Context>,
    /// An export waiting for its target or a confirmation.
    export: Option<export_ui::ExportRequest>,
    screenshot_rx: Option<std::sync::mpsc::Receiver<Result<PathBuf, String>>>,
    /// The text offset the open context menu is about (where the right click was).
    context_at: Option<usize>,
    /// Folded panels, keyboard focus requests and the menu bar's keyboard state.
    chrome: Chrome,
    /// The selection the context menu counted the other occurrences of, and the count.
    context_elsewhere: Option<(Span, usize)>,
}

impl SahifaApp {
    /// Creates the app and starts loading `job`.
    pub fn new(mut settings: Settings, job: Job) -> Self {
        // The first run follows the system's language; from then on the choice in View is remembered.
        if settings.language.is_none() {
            settings.language = Some(i18n::Language::from_env());
        }
        let mut app = Self {
            settings,
            loaded: None,
            pending: None,
            queued: None,
            error: None,
            reader: ReaderView::new(),
            filter: Filter::default(),
            search: SearchState::default(),
            side_tab: SideTab::Entities,
            decorations: Decorations::default(),
            outline_rows: rows::RowHeights::default(),
            group_rows: std::collections::HashMap::new(),
            highlights: Vec::new(),
            dimmed: None,
            derived_for: None,
            top_offset: 0,
            current_section: None,
            outline_follow: true,
            pinned_section: None,
            analysing: false,
            entity_cursor: std::collections::HashMap::new(),
            applied_theme: None,
            shown_title: String::new(),
            dialog: None,
            chooser: None,
            native_dialogs: chooser::native_dialogs_available(),
            last_dir: None,
            status: None,
            pending_png: None,
            export: None,
            ctx: None,
            jobs: rtl::JobCache::default(),
            screenshot_rx: None,
            context_at: None,
            context_elsewhere: None,
            chrome: Chrome::default(),
        };
        app.open(job);
        app
    }

    /// Creates the app with a document already loaded (tests, benches): no worker thread.
    pub fn with_loaded(settings: Settings, loaded: Loaded) -> Self {
        let mut app = Self::new(settings, Job::Sample);
        app.queued = None;
        app.install(loaded, None);
        app
    }

    /// Opens a document on a worker thread; the current one stays until it is ready.
    pub fn open(&mut self, job: Job) {
        self.queued = Some(job);
    }

    pub fn loaded(&self) -> Option<&Loaded> {
        self.loaded.as_ref()
    }

    pub fn is_loading(&self) -> bool {
        self.pending.is_some() || self.queued.is_some()
    }

    /// The highlights currently shown (after filters).
    pub fn highlights(&self) -> &[Highlight] {
        &self.highlights
    }

    /// The interface language.
    pub fn language(&self) -> i18n::Language {
        self.settings.language.unwrap_or_default()
    }

    pub fn palette(&self) -> Palette {
        Palette::for_kind(self.settings.theme)
    }

    /// Scrolls the reader so that `offset` is at the top.
    pub fn jump_to(&mut self, offset: usize) {
        self.reader.scroll_to(offset);
    }

    /// Jumps to a section and keeps it marked as current until the user scrolls (near the end of the article
    /// the heading cannot reach the top of the view, so the top offset alone would name an earlier section).
    pub fn jump_to_section(&mut self, section: usize) {
        let Some(start) = self
            .loaded
            .as_ref()
            .and_then(|l| l.doc.sections.get(section))
            .map(|s| s.span.start)
        else {
            return;
        };
        self.reader.scroll_to(start);
        self.pinned_section = Some(section);
    }

    fn install(&mut self, loaded: Loaded, path: Option<&PathBuf>) {
        // Remember where we were in the document we leave.
        self.remember_position();
        let restore = path.and_then(|p| self.settings.position_of(p));
        if let Some(p) = path {
            self.settings.touch_recent(p);
        }
        self.loaded = Some(loaded);
        self.reader.reset();
        self.filter.speaker = None;
        self.filter.entity = None;
        self.search.searched = None;
        self.search.hits.clear();
        self.entity_cursor.clear();
        self.top_offset = 0;
        self.current_section = None;
        self.pinned_section = None;
        self.jobs.clear();
        self.error = None;
        if let Some(offset) = restore.filter(|&o| o > 0) {
            self.reader.scroll_to(offset);
        }
    }

    fn remember_position(&mut self) {
        let Some(path) = self.loaded.as_ref().and_then(|l| l.doc.source.path.clone()) else {
            return;
        };
        self.settings.set_position(&path, self.top_offset);
    }

    fn poll_worker(&mut self, ctx: &egui::Context) {
        if let Some(job) = self.queued.take() {
            let ctx = ctx.clone();
            let options = worker::JobOptions {
                model: self.settings.tagger_model.clone(),
            };
            self.pending = Some(Pending::start(job, options, move || ctx.request_repaint()));
        }
        let Some(result) = self.pending.as_ref().and_then(Pending::poll) else {
            return;
        };
        match result {
            Ok(Stage::Text(loaded)) => {
                // Show the text now; the highlights follow when the analysis is done.
                let path = match self.pending.as_ref().map(|p| &p.job) {
                    Some(Job::Path(p)) => Some(p.clone()),
                    _ => None,
                };
                self.install(loaded, path.as_ref());
                self.analysing = true;
            }
            Ok(Stage::Analysed(loaded)) => {
                // Same document: the reader keeps its layout, scroll position and selection.
                self.pending = None;
                self.analysing = false;
                self.loaded = Some(loaded);
            }
            Err(error) => {
                if let Some(Job::Path(p)) = self.pending.take().map(|p| p.job) {
                    self.settings.recent.retain(|r| r.path != p);
                }
                self.analysing = false;
                self.error = Some(errors::job_error_message(&error));
            }
        }
    }

    fn apply_style(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.settings.theme) {
            let p = Palette::for_kind(self.settings.theme);
            let mut visuals = match self.settings.theme {
                ThemeKind::Light => egui::Visuals::light(),
                ThemeKind::Dark => egui::Visuals::dark(),
            };
            visuals.panel_fill = color(p.panel);
            visuals.window_fill = color(p.panel);
            visuals.extreme_bg_color = color(p.background);
            visuals.selection.bg_fill = color(p.selection);
            visuals.hyperlink_color = color(p.accent);
            ctx.set_visuals(visuals);
            self.applied_theme = Some(self.settings.theme);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        // "•" before the title: corrections not yet saved.
        let unsaved = if self.has_unsaved_corrections() {
            "• "
        } else {
            ""
        };
        let title = self.loaded.as_ref().map_or_else(
            || i18n::tr("app-title"),
            |l| format!("{unsaved}{} — {}", l.doc.title(), i18n::tr("app-title")),
        );
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// The whole window, one frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.ctx = Some(ctx.clone());
        i18n::set_language(self.language());
        // Every panel shows Arabic: draw nothing until the Arabic fonts are installed (they apply from the next
        // pass), rather than a frame of missing glyphs.
        let installed =
            ctx.fonts(|f| crate::layout::fonts::installed_article_font(f.definitions()));
        if installed != Some(self.settings.font) {
            ctx.set_fonts(crate::layout::fonts::font_definitions(self.settings.font));
            ctx.request_repaint();
            return;
        }
        self.poll_worker(&ctx);
        self.poll_dialog();
        self.apply_style(&ctx);
        self.handle_input(&ctx);
        self.edit_keys(&ctx);
        self.take_corrections_message();
        self.autosave(&ctx);
        self.update_decorations();
        self.update_title(&ctx);
        self.screenshot_ui(&ctx);
        self.export_confirm_ui(&ctx);
        self.chooser_ui(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::top("toolbar").show(ui, |ui| self.toolbar_ui(ui));
        if self.search.open {
            egui::Panel::top("search").show(ui, |ui| self.search_ui(ui));
        }
        if self.error.is_some() {
            egui::Panel::top("error").show(ui, |ui| self.error_ui(ui));
        }
        if self
            .loaded
            .as_ref()
            .is_some_and(|l| l.corrections.offer.is_some())
        {
            egui::Panel::top("rebase").show(ui, |ui| self.rebase_offer_ui(ui));
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        self.side_panels_ui(ui);
        let p = self.palette();
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(color(p.background)))
            .show(ui, |ui| self.reader_ui(ui));
    }

    fn reader_ui(&mut self, ui: &mut egui::Ui) {
        let Some(loaded) = &self.loaded else {
            // A spinner only while something loads: it repaints every frame, so an idle window must not show one.
            let loading = self.is_loading();
            let mut open_sample = false;
            ui.centered_and_justified(|ui| {
                if loading {
                    ui.spinner();
                } else {
                    open_sample = ui.button(i18n::trw("reader-empty")).clicked();
                }
            });
            if open_sample {
                self.open(Job::Sample);
            }
            return;
        };
        let p = self.palette();
        let input = ReaderInput {
            doc: &loaded.doc,
            decorations: &self.decorations,
            dimmed_blocks: self.dimmed.as_deref(),
            palette: &p,
            font_size: self.settings.font_size,
            font: self.settings.font,
        };
        let out = self.reader.ui(ui, &input);
        self.top_offset = out.top_offset;
        if out.context.is_some()
            || out
                .response
                .as_ref()
                .is_some_and(egui::Response::secondary_clicked)
        {
            self.context_at = out.context;
        }
        // The reader says whether the user moved it: its scroll area consumes the wheel's delta, so the input
        // read after it never shows one (the marker used to stay on the clicked section).
        if out.user_scrolled {
            self.pinned_section = None;
        }
        self.current_section = self
            .pinned_section
            .or_else(|| loaded.doc.section_at(out.top_offset));
        // No hover tooltip over an open menu (the right-click menu is about the same words).
        if let Some(offset) = out.hovered.filter(|_| !egui::Popup::is_any_open(ui.ctx())) {
            let text = panels::tooltip_text(loaded, offset, &self.filter);
            if let Some(text) = text {
                egui::Tooltip::always_open(
                    ui.ctx().clone(),
                    ui.layer_id(),
                    egui::Id::unique("reader-tooltip"),
                    egui::PopupAnchor::Pointer,
                )
                .show(|ui| {
                    // One bidi-ordered line each: the lines mix Arabic with Latin words.
                    let align = if i18n::language().is_rtl() {
                        egui::Align::Max
                    } else {
                        egui::Align::Min
                    };
                    for line in text.lines() {
                        ui.with_layout(egui::Layout::top_down(align), |ui| {
                            ui.label(i18n::widget(line));
                        });
                    }
                });
            }
        }
        if let Some(response) = out.response {
            let at = self.context_at;
            response.context_menu(|ui| self.edit_menu_ui(ui, at));
        }
    }
}

impl eframe::App for SahifaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        SahifaApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.save_corrections();
        self.remember_position();
        eframe::set_value(storage, settings::STORAGE_KEY, &self.settings);
    }
}

/// A "×" button named `name` for screen readers (and its hover text): a bare "×" tells nobody what it closes.
pub fn close_button(ui: &mut egui::Ui, name: &str) -> egui::Response {
    let response = ui.button("×").on_hover_text(i18n::widget(name));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, i18n::shown(name)));
    response
}

/// A theme colour as an egui colour.
pub fn color(c: theme::Rgba) -> egui::Color32 {
    egui::Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a)
}
