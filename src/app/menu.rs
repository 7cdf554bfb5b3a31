//! The menu bar, keyboard shortcuts, drag and drop, file dialogs and the PNG screenshot.

use super::i18n::{self, Language, tr, tr_args, trw};
use super::worker::Job;
use super::{SahifaApp, SideTab};
use crate::layout::fonts::ArticleFont;
use crate::theme::ThemeKind;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;
use std::sync::mpsc::channel;

const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
const BIGGER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
const BIGGER_EQ: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals);
const SMALLER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
const RESET_SIZE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);

/// What a file dialog thread answers.
pub enum DialogResult {
    Open(Option<PathBuf>),
    Png(Option<PathBuf>),
    Export(Option<PathBuf>),
}

impl SahifaApp {
    pub(super) fn handle_input(&mut self, ctx: &egui::Context) {
        if ctx.input_mut(|i| i.consume_shortcut(&OPEN)) {
            self.open_dialog();
        }
        if ctx.input_mut(|i| i.consume_shortcut(&QUIT)) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&FIND)) {
            self.search.open = true;
            self.search.focus = true;
        }
        if ctx.input_mut(|i| i.consume_shortcut(&BIGGER) || i.consume_shortcut(&BIGGER_EQ)) {
            self.settings.zoom(1.0);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&SMALLER)) {
            self.settings.zoom(-1.0);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&RESET_SIZE)) {
            self.settings.font_size = crate::theme::size::BODY;
        }
        if self.search.open && ctx.input(|i| i.key_pressed(Key::F3)) {
            let back = ctx.input(|i| i.modifiers.shift);
            self.search_step(!back);
        }
        // Dropped files: open the first one.
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .find_map(|f| Some(f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()))
        });
        if let Some(path) = dropped {
            self.open(Job::Path(path));
        }
        // Ctrl+V with nothing selected (and no text field focused) opens the clipboard's text as an article.
        if !ctx.egui_wants_keyboard_input() && self.reader.selection().is_none() {
            let pasted = ctx.input(|i| {
                i.events.iter().find_map(|e| match e {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
            });
            if let Some(text) = pasted {
                self.open_text(text);
            }
        }
    }

    /// Opens text as an article (clipboard, paste).
    pub fn open_text(&mut self, text: String) {
        if text.trim().is_empty() {
            self.error = Some(tr("error-clipboard-empty"));
            return;
        }
        self.open(Job::Text {
            name: tr("clipboard-name"),
            text,
        });
    }

    fn paste_from_clipboard(&mut self) {
        match arboard::Clipboard::new().and_then(|mut c| c.get_text()) {
            Ok(text) => self.open_text(text),
            Err(e) => {
                self.error = Some(tr_args(
                    "error-clipboard",
                    &[("error", e.to_string().into())],
                ));
            }
        }
    }

    /// Runs a (blocking) file dialog on its own thread and wakes the window when it answers.
    pub(super) fn spawn_dialog(&mut self, dialog: impl FnOnce() -> DialogResult + Send + 'static) {
        let (tx, rx) = channel();
        let ctx = self.ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(dialog());
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
        self.dialog = Some(rx);
    }

    fn open_dialog(&mut self) {
        // The dialog runs on its own thread: its words are taken here.
        let (title, articles, all) = (
            tr("dialog-open-title"),
            tr("dialog-filter-articles"),
            tr("dialog-filter-all"),
        );
        self.spawn_dialog(move || {
            let picked = rfd::FileDialog::new()
                .set_title(title)
                .add_filter(articles, &["txt", "md", "markdown", "html", "htm"])
                .add_filter(all, &["*"])
                .pick_file();
            DialogResult::Open(picked)
        });
    }

    fn png_dialog(&mut self) {
        let name = self.export_stem();
        let (title, filter) = (tr("dialog-png-title"), tr("dialog-filter-png"));
        self.spawn_dialog(move || {
            let picked = rfd::FileDialog::new()
                .set_title(title)
                .set_file_name(format!("{name}.png"))
                .add_filter(filter, &["png"])
                .save_file();
            DialogResult::Png(picked)
        });
    }

    /// File name stem for exports: the article's file stem.
    pub(super) fn export_stem(&self) -> String {
        self.loaded
            .as_ref()
            .and_then(|l| l.doc.source.path.as_ref())
            .and_then(|p| p.file_stem())
            .map_or_else(
                || tr("export-default-name"),
                |s| s.to_string_lossy().into_owned(),
            )
    }

    pub(super) fn poll_dialog(&mut self) {
        let Some(rx) = &self.dialog else { return };
        let Ok(result) = rx.try_recv() else { return };
        self.dialog = None;
        match result {
            DialogResult::Open(Some(path)) => self.open(Job::Path(path)),
            DialogResult::Png(Some(path)) => self.pending_png = Some(path),
            DialogResult::Export(target) => self.export_target(target),
            DialogResult::Open(None) | DialogResult::Png(None) => {}
        }
    }

    /// Asks for a screenshot of the window and saves it to `pending_png` when it arrives.
    pub(super) fn screenshot_ui(&mut self, ctx: &egui::Context) {
        if let Some(path) = self.pending_png.take() {
            let (tx, rx) = channel();
            self.screenshot_rx = Some(rx);
            let wake = ctx.clone();
            ctx.request_screenshot(move |image| {
                let _ = tx.send(save_png(&path, &image));
                wake.request_repaint();
            });
        }
        if let Some(rx) = &self.screenshot_rx
            && let Ok(result) = rx.try_recv()
        {
            self.screenshot_rx = None;
            match result {
                Ok(path) => {
                    self.status = Some(tr_args(
                        "status-saved",
                        &[("path", path.display().to_string().into())],
                    ));
                }
                Err(e) => self.error = Some(e),
            }
        }
    }

    pub(super) fn menu_ui(&mut self, ui: &mut egui::Ui) {
        // In Arabic the menus read from the right.
        let layout = if self.language().is_rtl() {
            egui::Layout::right_to_left(egui::Align::Center)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        };
        egui::MenuBar::new().ui(ui, |ui| {
            ui.with_layout(layout, |ui| {
                ui.menu_button(trw("menu-file"), |ui| self.file_menu_ui(ui));
                ui.menu_button(trw("menu-edit"), |ui| self.edit_menu_ui_entries(ui));
                ui.menu_button(trw("menu-view"), |ui| self.view_menu_ui(ui));
                ui.label(trw_args_size(self.settings.font_size));
            });
        });
    }

    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        if ui
            .add(egui::Button::new(trw("menu-open")).shortcut_text(ui.ctx().format_shortcut(&OPEN)))
            .clicked()
        {
            self.open_dialog();
        }
        ui.menu_button(trw("menu-open-recent"), |ui| {
            if self.settings.recent.is_empty() {
                ui.label(trw("menu-no-recent"));
            }
            let mut chosen = None;
            for r in &self.settings.recent {
                if ui
                    .button(i18n::widget(&r.path.display().to_string()))
                    .clicked()
                {
                    chosen = Some(r.path.clone());
                }
            }
            if let Some(p) = chosen {
                self.open(Job::Path(p));
            }
        });
        if ui.button(trw("menu-open-sample")).clicked() {
            self.open(Job::Sample);
        }
        ui.separator();
        self.export_menu_ui(ui);
        if ui.button(trw("menu-save-png")).clicked() {
            self.png_dialog();
        }
        ui.separator();
        if ui
            .add(egui::Button::new(trw("menu-quit")).shortcut_text(ui.ctx().format_shortcut(&QUIT)))
            .clicked()
        {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn edit_menu_ui_entries(&mut self, ui: &mut egui::Ui) {
        let has_selection = self.reader.selection().is_some();
        if ui
            .add_enabled(
                has_selection,
                egui::Button::new(trw("menu-copy")).shortcut_text("Ctrl+C"),
            )
            .clicked()
        {
            if let Some(text) = self
                .loaded
                .as_ref()
                .and_then(|l| self.reader.selected_text(&l.doc))
            {
                ui.ctx().copy_text(text.to_owned());
            }
        }
        if ui
            .add(egui::Button::new(trw("menu-paste-article")).shortcut_text("Ctrl+V"))
            .clicked()
        {
            self.paste_from_clipboard();
        }
        if ui
            .add(egui::Button::new(trw("menu-find")).shortcut_text(ui.ctx().format_shortcut(&FIND)))
            .clicked()
        {
            self.search.open = true;
            self.search.focus = true;
        }
        ui.separator();
        self.edit_menu_entries(ui);
    }

    fn view_menu_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(trw("menu-language"), |ui| {
            for (language, name) in [
                (Language::Arabic, trw("language-arabic")),
                (Language::English, trw("language-english")),
            ] {
                if ui.radio(self.language() == language, name).clicked() {
                    // Applied at once: the rest of this frame is drawn in the new language.
                    self.settings.language = Some(language);
                    i18n::set_language(language);
                    ui.close();
                }
            }
        });
        ui.menu_button(trw("menu-font"), |ui| {
            for f in ArticleFont::ALL {
                ui.radio_value(&mut self.settings.font, f, f.display_name());
            }
        });
        if ui
            .add(egui::Button::new(trw("menu-bigger-text")).shortcut_text("Ctrl +"))
            .clicked()
        {
            self.settings.zoom(1.0);
        }
        if ui
            .add(egui::Button::new(trw("menu-smaller-text")).shortcut_text("Ctrl -"))
            .clicked()
        {
            self.settings.zoom(-1.0);
        }
        if ui
            .add(egui::Button::new(trw("menu-reset-text-size")).shortcut_text("Ctrl 0"))
            .clicked()
        {
            self.settings.font_size = crate::theme::size::BODY;
        }
        ui.separator();
        ui.radio_value(
            &mut self.settings.theme,
            ThemeKind::Light,
            trw("menu-theme-light"),
        );
        ui.radio_value(
            &mut self.settings.theme,
            ThemeKind::Dark,
            trw("menu-theme-dark"),
        );
        ui.separator();
        ui.checkbox(&mut self.settings.show_outline, trw("menu-outline"));
        ui.checkbox(&mut self.settings.show_side_panel, trw("menu-side-panel"));
        if ui.button(trw("menu-entities-list")).clicked() {
            self.settings.show_side_panel = true;
            self.side_tab = SideTab::Entities;
        }
        if ui.button(trw("menu-quotes-list")).clicked() {
            self.settings.show_side_panel = true;
            self.side_tab = SideTab::Quotes;
        }
        ui.separator();
        let model = self.settings.tagger_model.as_ref().map_or_else(
            || tr("tagger-shipped"),
            |p| {
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned()
            },
        );
        ui.menu_button(
            i18n::trw_args("menu-tagger-model", &[("model", model.into())]),
            |ui| {
                ui.label(trw("menu-tagger-own"));
                if ui
                    .add_enabled(
                        self.settings.tagger_model.is_some(),
                        egui::Button::new(trw("menu-tagger-use-shipped")),
                    )
                    .clicked()
                {
                    self.settings.tagger_model = None;
                    if let Some(path) = self.loaded.as_ref().and_then(|l| l.doc.source.path.clone())
                    {
                        self.open(Job::Path(path));
                    }
                }
            },
        );
    }
}

/// The text size shown at the end of the menu bar.
fn trw_args_size(size: f32) -> egui::WidgetText {
    i18n::trw_args("menu-text-size", &[("size", format!("{size:.0}").into())])
}

fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<PathBuf, String> {
    let [w, h] = image.size;
    let mut bytes = Vec::with_capacity(w * h * 4);
    for c in &image.pixels {
        bytes.extend_from_slice(&c.to_srgba_unmultiplied());
    }
    let Some(buffer) = image::RgbaImage::from_raw(w as u32, h as u32, bytes) else {
        return Err(tr("error-screenshot-size"));
    };
    let mut encoded = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut encoded, image::ImageFormat::Png)
        .map_err(|e| {
            tr_args(
                "error-screenshot-encode",
                &[("error", e.to_string().into())],
            )
        })?;
    crate::export::atomic::write_atomic(path, encoded.get_ref(), None)
        .map(|()| path.to_path_buf())
        .map_err(|e| e.to_string())
}
