//! The menu bar, keyboard shortcuts, drag and drop, file dialogs and the PNG screenshot.

use super::chooser::{ChooserAnswer, ChooserMode, FileChooser, FileKind};
use super::i18n::{self, Language, tr, tr_args, trw};
use super::worker::Job;
use super::{FocusTarget, Overlay, SahifaApp, SideTab};
use crate::layout::fonts::ArticleFont;
use crate::theme::ThemeKind;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
const BIGGER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
const BIGGER_EQ: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals);
const SMALLER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
const RESET_SIZE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
/// Move the keyboard into the outline, the entity list, the quote list.
pub const FOCUS_OUTLINE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num1);
pub const FOCUS_ENTITIES: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num2);
pub const FOCUS_QUOTES: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num3);

/// The extensions File > Open offers (the "articles" kind; "all files" shows the rest).
const ARTICLE_EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "html", "htm"];

/// A native dialog that answers faster than this never showed (no portal, no zenity): the in-app chooser opens.
const NATIVE_DIALOG_MIN: Duration = Duration::from_millis(500);

/// What a file dialog was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    Png,
    Export,
}

/// A native dialog running on its own thread, and the in-app chooser to show if it turns out it cannot.
pub struct NativeDialog {
    rx: Receiver<Option<PathBuf>>,
    purpose: Purpose,
    fallback: FileChooser,
    started: Instant,
}

impl SahifaApp {
    pub(super) fn handle_input(&mut self, ctx: &egui::Context) {
        self.menu_keys(ctx);
        for (shortcut, target) in [
            (FOCUS_OUTLINE, FocusTarget::Outline),
            (FOCUS_ENTITIES, FocusTarget::Entities),
            (FOCUS_QUOTES, FocusTarget::Quotes),
        ] {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.focus_list(target);
            }
        }
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

    /// Moves the keyboard into a list, showing it first (over the text when the window is narrow).
    pub fn focus_list(&mut self, target: FocusTarget) {
        match target {
            FocusTarget::Outline => self.settings.show_outline = true,
            FocusTarget::Entities => {
                self.settings.show_side_panel = true;
                self.side_tab = SideTab::Entities;
            }
            FocusTarget::Quotes => {
                self.settings.show_side_panel = true;
                self.side_tab = SideTab::Quotes;
            }
        }
        self.chrome.focus_target = Some(target);
        // A folded panel opens over the text (a panel shown in full closes the overlay itself).
        let which = if target == FocusTarget::Outline {
            Overlay::Outline
        } else {
            Overlay::Side
        };
        if self.chrome.overlay != Some(which) {
            self.toggle_overlay(which);
        }
    }

    /// F10, or Alt pressed and released alone, opens the first menu (or closes the open one); with a menu open,
    /// Left and Right move to the neighbouring menu (mirrored in Arabic, where the bar reads from the right).
    fn menu_keys(&mut self, ctx: &egui::Context) {
        let open = self
            .chrome
            .menu_popups
            .iter()
            .position(|id| egui::Popup::is_id_open(ctx, *id));
        let mut toggle = ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F10));
        let (alt, other) = ctx.input(|i| {
            // Another key or a click with Alt held is a chord, not a tap; so is Alt+Tab away from the window.
            let other = !i.focused
                || i.events.iter().any(|e| {
                    matches!(
                        e,
                        egui::Event::Key { pressed: true, .. } | egui::Event::Text(_)
                    ) || matches!(e, egui::Event::PointerButton { pressed: true, .. })
                });
            (i.modifiers.alt, other)
        });
        match (alt, self.chrome.alt_tap) {
            (true, None) => self.chrome.alt_tap = Some(!other),
            (true, Some(clean)) => self.chrome.alt_tap = Some(clean && !other),
            (false, Some(clean)) => {
                self.chrome.alt_tap = None;
                toggle |= clean && !other;
            }
            (false, None) => {}
        }
        if toggle {
            match open {
                Some(_) => egui::Popup::close_all(ctx),
                None => self.open_menu(ctx, 0),
            }
            return;
        }
        let Some(open) = open else { return };
        let rtl = self.language().is_rtl();
        let (left, right) = ctx.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowLeft),
                i.consume_key(Modifiers::NONE, Key::ArrowRight),
            )
        });
        // The next menu in reading order lies to the left in Arabic, to the right in English.
        let (forward, back) = if rtl { (left, right) } else { (right, left) };
        let step: isize = match (forward, back) {
            (true, false) => 1,
            (false, true) => -1,
            _ => return,
        };
        let n = self.chrome.menu_popups.len() as isize;
        let next = (open as isize + step).rem_euclid(n.max(1)) as usize;
        self.open_menu(ctx, next);
    }

    fn open_menu(&mut self, ctx: &egui::Context, index: usize) {
        if let Some(id) = self.chrome.menu_popups.get(index) {
            egui::Popup::open_id(ctx, *id);
            self.chrome.menu_focus_first = true;
            ctx.request_repaint();
        }
    }

    /// Focuses `response` when a menu was just opened from the keyboard (call with each menu's first item).
    fn focus_first_item(&mut self, response: &egui::Response) {
        if std::mem::take(&mut self.chrome.menu_focus_first) {
            response.request_focus();
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

    /// Asks the user for a path: with the native dialog on its own thread when one can be shown, else (or when it
    /// fails) with the in-app `chooser`. The answer goes to [`Self::answer_dialog`].
    pub(super) fn ask_path(
        &mut self,
        purpose: Purpose,
        chooser: FileChooser,
        native: impl FnOnce() -> Option<PathBuf> + Send + 'static,
    ) {
        if !self.native_dialogs {
            self.chooser = Some((chooser, purpose));
            return;
        }
        let (tx, rx) = channel();
        let ctx = self.ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(native());
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
        self.dialog = Some(NativeDialog {
            rx,
            purpose,
            fallback: chooser,
            started: Instant::now(),
        });
    }

    /// The folder a chooser starts in: the article's, else the last one chosen from, else the home folder.
    pub(super) fn start_dir(&self) -> PathBuf {
        self.loaded
            .as_ref()
            .and_then(|l| l.doc.source.path.as_ref())
            .and_then(|p| p.parent())
            .map(std::path::Path::to_path_buf)
            .or_else(|| self.last_dir.clone())
            .unwrap_or_else(super::chooser::home_dir)
    }

    fn open_dialog(&mut self) {
        let kinds = vec![
            FileKind {
                name: tr("dialog-filter-articles"),
                extensions: ARTICLE_EXTENSIONS.to_vec(),
            },
            FileKind {
                name: tr("dialog-filter-all"),
                extensions: Vec::new(),
            },
        ];
        let title = tr("dialog-open-title");
        let chooser = FileChooser::new(
            title.clone(),
            ChooserMode::Open,
            kinds.clone(),
            &self.start_dir(),
        );
        // The dialog runs on its own thread: its words are taken here.
        self.ask_path(Purpose::Open, chooser, move || {
            let [articles, all] = [&kinds[0].name, &kinds[1].name];
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(articles, &ARTICLE_EXTENSIONS)
                .add_filter(all, &["*"])
                .pick_file()
        });
    }

    fn png_dialog(&mut self) {
        let name = format!("{}.png", self.export_stem());
        let (title, filter) = (tr("dialog-png-title"), tr("dialog-filter-png"));
        let kinds = vec![FileKind {
            name: filter.clone(),
            extensions: vec!["png"],
        }];
        let mode = ChooserMode::Save {
            confirm_overwrite: true,
        };
        let chooser =
            FileChooser::new(title.clone(), mode, kinds, &self.start_dir()).with_name(&name);
        self.ask_path(Purpose::Png, chooser, move || {
            rfd::FileDialog::new()
                .set_title(title)
                .set_file_name(name)
                .add_filter(filter, &["png"])
                .save_file()
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

    /// Takes the native dialog's answer. One that answered "nothing" at once, or whose thread died, was never
    /// shown: the in-app chooser takes over, and is used from then on.
    pub(super) fn poll_dialog(&mut self) {
        let Some(dialog) = &self.dialog else { return };
        let answer = match dialog.rx.try_recv() {
            Ok(answer) => Some(answer),
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => None,
        };
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        let failed = match answer {
            None => true,
            Some(None) => dialog.started.elapsed() < NATIVE_DIALOG_MIN,
            Some(Some(_)) => false,
        };
        if failed {
            self.native_dialogs = false;
            self.status = Some(tr("status-native-dialog-failed"));
            self.chooser = Some((dialog.fallback, dialog.purpose));
        } else {
            self.answer_dialog(dialog.purpose, answer.flatten());
        }
    }

    /// Shows the in-app chooser, if one is open, and takes its answer.
    pub(super) fn chooser_ui(&mut self, ctx: &egui::Context) {
        let Some((chooser, purpose)) = self.chooser.as_mut() else {
            return;
        };
        let Some(answer) = chooser.show(ctx) else {
            return;
        };
        let purpose = *purpose;
        self.last_dir = Some(chooser.dir().to_path_buf());
        self.chooser = None;
        let path = match answer {
            ChooserAnswer::Chosen(path) => Some(path),
            ChooserAnswer::Cancelled => None,
        };
        self.answer_dialog(purpose, path);
    }

    /// A dialog's answer (`None`: cancelled).
    fn answer_dialog(&mut self, purpose: Purpose, path: Option<PathBuf>) {
        match (purpose, path) {
            (Purpose::Open, Some(path)) => self.open(Job::Path(path)),
            (Purpose::Png, path) => self.pending_png = path,
            (Purpose::Export, target) => self.export_target(target),
            (Purpose::Open, None) => {}
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
                let menus = [
                    ui.menu_button(trw("menu-file"), |ui| self.file_menu_ui(ui)),
                    ui.menu_button(trw("menu-edit"), |ui| self.edit_menu_ui_entries(ui)),
                    ui.menu_button(trw("menu-view"), |ui| self.view_menu_ui(ui)),
                ];
                self.chrome.menu_popups = menus
                    .iter()
                    .map(|m| egui::Popup::default_response_id(&m.response))
                    .collect();
                ui.label(trw_args_size(self.settings.font_size));
            });
        });
    }

    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        let open = ui.add(
            egui::Button::new(trw("menu-open")).shortcut_text(ui.ctx().format_shortcut(&OPEN)),
        );
        self.focus_first_item(&open);
        if open.clicked() {
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
        let copy = ui.add_enabled(
            has_selection,
            egui::Button::new(trw("menu-copy")).shortcut_text("Ctrl+C"),
        );
        // A disabled item cannot take the focus: the next one does.
        if has_selection {
            self.focus_first_item(&copy);
        }
        if copy.clicked() {
            if let Some(text) = self
                .loaded
                .as_ref()
                .and_then(|l| self.reader.selected_text(&l.doc))
            {
                ui.ctx().copy_text(text.to_owned());
            }
        }
        let paste = ui.add(egui::Button::new(trw("menu-paste-article")).shortcut_text("Ctrl+V"));
        self.focus_first_item(&paste);
        if paste.clicked() {
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
        let language = ui.menu_button(trw("menu-language"), |ui| {
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
        self.focus_first_item(&language.response);
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
        for (label, shortcut, target) in [
            (trw("menu-go-outline"), FOCUS_OUTLINE, FocusTarget::Outline),
            (
                trw("menu-entities-list"),
                FOCUS_ENTITIES,
                FocusTarget::Entities,
            ),
            (trw("menu-quotes-list"), FOCUS_QUOTES, FocusTarget::Quotes),
        ] {
            let item = egui::Button::new(label).shortcut_text(ui.ctx().format_shortcut(&shortcut));
            if ui.add(item).clicked() {
                self.focus_list(target);
                ui.close();
            }
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
