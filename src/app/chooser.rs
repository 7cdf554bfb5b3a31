//! The in-app file chooser: a modal window listing one folder (folders first, then files of the chosen kind), with
//! the parent folder, a path field, and Open, Save or Choose plus Cancel. File > Open, Export and Save as PNG use
//! it when no native dialog can be shown (see [`native_dialogs_available`]), so they always answer.
//!
//! The folder is read when the chooser opens and when the user moves to another folder, never every frame.

use super::i18n::{self, tr, tr_args, trw};
use super::rtl_field::{FieldOptions, RtlField};
use crate::theme;
use egui::{Align, Key, Layout, Modifiers};
use std::path::{Path, PathBuf};

/// What the chooser asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChooserMode {
    /// An existing file to open.
    Open,
    /// A file to write, named in a field; with `confirm_overwrite`, replacing a file is asked first.
    Save { confirm_overwrite: bool },
    /// A folder to write into (the folder shown when the user presses Choose).
    Folder,
}

/// A kind of file the list can be narrowed to: a name and its extensions (none: every file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileKind {
    pub name: String,
    pub extensions: Vec<&'static str>,
}

impl FileKind {
    /// Whether `path`'s name ends in one of the extensions ("a.tei.xml" is "tei.xml"), ignoring case.
    fn matches(&self, path: &Path) -> bool {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        self.extensions.is_empty()
            || self
                .extensions
                .iter()
                .any(|x| name.ends_with(&format!(".{}", x.to_lowercase())))
    }
}

/// How the chooser was closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChooserAnswer {
    Chosen(PathBuf),
    Cancelled,
}

/// One line of the list.
#[derive(Clone, Debug)]
struct Entry {
    name: String,
    path: PathBuf,
    is_dir: bool,
}

/// The chooser's state between frames.
pub struct FileChooser {
    title: String,
    mode: ChooserMode,
    /// The kinds offered (the first is shown first); "all files" is the last.
    kinds: Vec<FileKind>,
    kind: usize,
    dir: PathBuf,
    entries: Vec<Entry>,
    selected: Option<usize>,
    /// The path field (the folder shown, or what the user typed): the right-to-left field, so Arabic folder
    /// names read in order.
    path_field: RtlField,
    /// The file name field (save).
    name_field: RtlField,
    /// A file that exists and would be replaced: waiting for the user's yes.
    confirm: Option<PathBuf>,
    error: Option<String>,
    /// Scroll the selected line into view on the next frame.
    reveal: bool,
    /// Focus the name field (save) on the first frame.
    first_frame: bool,
}

impl FileChooser {
    /// A chooser titled `title` showing `dir` (its nearest existing ancestor, else the home folder).
    pub fn new(title: String, mode: ChooserMode, kinds: Vec<FileKind>, dir: &Path) -> Self {
        let mut chooser = Self {
            title,
            mode,
            kinds,
            kind: 0,
            dir: PathBuf::new(),
            entries: Vec::new(),
            selected: None,
            path_field: RtlField::default(),
            name_field: RtlField::default(),
            confirm: None,
            error: None,
            reveal: false,
            first_frame: true,
        };
        let start = dir
            .ancestors()
            .find(|d| d.is_dir())
            .map_or_else(home_dir, Path::to_path_buf);
        chooser.enter(&start);
        chooser
    }

    /// The file name the save field starts with.
    #[must_use]
    pub fn with_name(mut self, name: &str) -> Self {
        self.name_field.set_text(name);
        self
    }

    /// The folder shown.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Shows `dir` (read once, here).
    fn enter(&mut self, dir: &Path) {
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        match std::fs::read_dir(&dir) {
            Ok(read) => {
                let mut entries: Vec<Entry> = read
                    .flatten()
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        // Hidden files stay hidden, as in the desktop's own choosers.
                        if name.starts_with('.') {
                            return None;
                        }
                        let path = e.path();
                        Some(Entry {
                            is_dir: path.is_dir(),
                            name,
                            path,
                        })
                    })
                    .collect();
                entries.sort_by_cached_key(|e| (!e.is_dir, e.name.to_lowercase()));
                self.entries = entries;
                self.dir = dir;
                self.error = None;
            }
            Err(e) => {
                self.error = Some(tr_args(
                    "chooser-cannot-read",
                    &[
                        ("path", dir.display().to_string().into()),
                        ("error", e.to_string().into()),
                    ],
                ));
            }
        }
        self.path_field.set_text(&self.dir.display().to_string());
        self.selected = None;
        self.reveal = true;
    }

    /// The lines shown: folders, then the files of the chosen kind (none in folder mode).
    fn visible(&self) -> Vec<usize> {
        let kind = self.kinds.get(self.kind);
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.is_dir
                    || (self.mode != ChooserMode::Folder && kind.is_none_or(|k| k.matches(&e.path)))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Opens a folder or chooses a file (double click, Enter).
    fn activate(&mut self, entry: usize) -> Option<ChooserAnswer> {
        let e = self.entries.get(entry)?.clone();
        if e.is_dir {
            self.enter(&e.path);
            return None;
        }
        match self.mode {
            ChooserMode::Open => Some(ChooserAnswer::Chosen(e.path)),
            ChooserMode::Save { .. } => {
                self.name_field.set_text(&e.name);
                self.save()
            }
            ChooserMode::Folder => None,
        }
    }

    /// The path the user typed: a folder is shown, a file is chosen (open) or named (save).
    fn go_to_typed(&mut self) -> Option<ChooserAnswer> {
        let typed = PathBuf::from(self.path_field.text().trim());
        if typed.is_dir() {
            self.enter(&typed);
            return None;
        }
        match self.mode {
            ChooserMode::Open if typed.is_file() => Some(ChooserAnswer::Chosen(typed)),
            ChooserMode::Save { .. } if typed.parent().is_some_and(Path::is_dir) => {
                if let Some(parent) = typed.parent() {
                    self.enter(parent);
                }
                let name = typed
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.name_field.set_text(&name);
                self.save()
            }
            _ => {
                self.error = Some(tr_args(
                    "chooser-not-found",
                    &[("path", typed.display().to_string().into())],
                ));
                None
            }
        }
    }

    /// The file named in the save field, with the kind's extension when it has none.
    fn save_target(&self) -> Option<PathBuf> {
        let name = self.name_field.text().trim();
        if name.is_empty() {
            return None;
        }
        let mut path = self.dir.join(name);
        if path.extension().is_none()
            && let Some(ext) = self.kinds.first().and_then(|k| k.extensions.first())
        {
            path.set_extension(ext);
        }
        Some(path)
    }

    fn save(&mut self) -> Option<ChooserAnswer> {
        let Some(target) = self.save_target() else {
            self.error = Some(tr("chooser-name-missing"));
            return None;
        };
        if target.is_dir() {
            self.enter(&target);
            return None;
        }
        let ask = matches!(
            self.mode,
            ChooserMode::Save {
                confirm_overwrite: true
            }
        );
        if ask && target.exists() {
            self.confirm = Some(target);
            return None;
        }
        Some(ChooserAnswer::Chosen(target))
    }

    /// The primary button: open the selected file, save, or choose the folder shown.
    fn accept(&mut self) -> Option<ChooserAnswer> {
        match self.mode {
            ChooserMode::Open => self.selected.and_then(|i| self.activate(i)),
            ChooserMode::Save { .. } => self.save(),
            ChooserMode::Folder => Some(ChooserAnswer::Chosen(self.dir.clone())),
        }
    }

    fn parent(&mut self) {
        if let Some(parent) = self.dir.parent().map(Path::to_path_buf) {
            self.enter(&parent);
        }
    }

    /// Arrows, Enter, Backspace and Escape when no text field has the keyboard.
    fn keys(&mut self, ctx: &egui::Context, visible: &[usize]) -> Option<ChooserAnswer> {
        if let Some(target) = self.confirm.clone() {
            if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
                return Some(ChooserAnswer::Chosen(target));
            }
            if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
                self.confirm = None;
            }
            return None;
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            return Some(ChooserAnswer::Cancelled);
        }
        if ctx.egui_wants_keyboard_input() {
            return None;
        }
        let position = self
            .selected
            .and_then(|s| visible.iter().position(|&v| v == s));
        let step = |i: &mut egui::InputState| {
            if i.consume_key(Modifiers::NONE, Key::ArrowDown) {
                Some(1_isize)
            } else if i.consume_key(Modifiers::NONE, Key::ArrowUp) {
                Some(-1)
            } else if i.consume_key(Modifiers::NONE, Key::Home) {
                Some(isize::MIN)
            } else if i.consume_key(Modifiers::NONE, Key::End) {
                Some(isize::MAX)
            } else {
                None
            }
        };
        if let Some(step) = ctx.input_mut(step)
            && !visible.is_empty()
        {
            let last = visible.len() - 1;
            let next = match (position, step) {
                (_, isize::MIN) | (None, _) => 0,
                (_, isize::MAX) => last,
                (Some(p), s) => p.saturating_add_signed(s).min(last),
            };
            self.selected = visible.get(next).copied();
            self.reveal = true;
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Backspace)) {
            self.parent();
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
            return match self.selected {
                Some(i) if self.entries.get(i).is_some_and(|e| e.is_dir) => self.activate(i),
                _ => self.accept(),
            };
        }
        None
    }

    /// Draws the chooser, one frame; `Some` when it closes.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<ChooserAnswer> {
        let visible = self.visible();
        let mut answer = self.keys(ctx, &visible);
        let width = theme::size::CHOOSER_WIDTH
            .min(ctx.content_rect().width() - 48.0)
            .max(200.0);
        egui::Modal::new(egui::Id::unique("sahifa-file-chooser")).show(ctx, |ui| {
            ui.set_width(width);
            row(ui, |ui| ui.label(i18n::heading(&self.title)));
            ui.separator();
            row(ui, |ui| {
                if ui
                    .button(trw("chooser-parent"))
                    .on_hover_text(trw("chooser-parent-hint"))
                    .clicked()
                {
                    self.parent();
                }
                ui.label(trw("chooser-path"));
                let field = self.path_field.show(
                    ui,
                    &FieldOptions {
                        id_salt: "chooser-path-field",
                        label: &tr("chooser-path"),
                        hint: "",
                        width: ui.available_width(),
                        font_size: 14.0,
                        rtl_when_neutral: false,
                    },
                );
                if field.submitted.is_some() {
                    // Enter leaves the path for the list, whose arrows then move the selection.
                    field.response.surrender_focus();
                    answer = answer.take().or_else(|| self.go_to_typed());
                }
            });
            answer = answer.take().or_else(|| self.list_ui(ui, &visible));
            if matches!(self.mode, ChooserMode::Save { .. }) {
                row(ui, |ui| {
                    ui.label(trw("chooser-file-name"));
                    let field = self.name_field.show(
                        ui,
                        &FieldOptions {
                            id_salt: "chooser-name-field",
                            label: &tr("chooser-file-name"),
                            hint: "",
                            width: ui.available_width(),
                            font_size: 14.0,
                            rtl_when_neutral: i18n::language().is_rtl(),
                        },
                    );
                    if self.first_frame {
                        field.response.request_focus();
                    }
                    if field.submitted.is_some() {
                        answer = answer.take().or_else(|| self.save());
                    }
                });
            }
            if self.mode == ChooserMode::Open && self.kinds.len() > 1 {
                row(ui, |ui| {
                    let shown = self.kinds.get(self.kind).map_or("", |k| k.name.as_str());
                    egui::ComboBox::from_label(trw("chooser-kind"))
                        .selected_text(i18n::widget(shown))
                        .show_ui(ui, |ui| {
                            for (i, k) in self.kinds.iter().enumerate() {
                                ui.selectable_value(&mut self.kind, i, i18n::widget(&k.name));
                            }
                        });
                });
            }
            if let Some(error) = &self.error {
                row(ui, |ui| {
                    ui.label(i18n::widget_colored(error, ui.visuals().error_fg_color));
                });
            }
            ui.separator();
            answer = answer.take().or_else(|| self.buttons_ui(ui));
        });
        self.first_frame = false;
        answer
    }

    /// The folder's lines; a click selects, a double click opens.
    fn list_ui(&mut self, ui: &mut egui::Ui, visible: &[usize]) -> Option<ChooserAnswer> {
        let mut activate = None;
        let reveal = std::mem::take(&mut self.reveal);
        egui::ScrollArea::vertical()
            .id_salt(("chooser-list", &self.dir))
            .auto_shrink([false, false])
            .max_height(theme::size::CHOOSER_LIST_HEIGHT)
            .min_scrolled_height(theme::size::CHOOSER_LIST_HEIGHT)
            .show(ui, |ui| {
                if visible.is_empty() {
                    row(ui, |ui| ui.label(trw("chooser-empty")));
                }
                for &i in visible {
                    let Some(e) = self.entries.get(i) else {
                        continue;
                    };
                    let text = if e.is_dir {
                        tr_args("chooser-folder-item", &[("name", e.name.as_str().into())])
                    } else {
                        e.name.clone()
                    };
                    let chosen = self.selected == Some(i);
                    let r = row(ui, |ui| {
                        ui.add(egui::Button::selectable(chosen, i18n::widget(&text)))
                    });
                    if r.clicked() || r.gained_focus() {
                        self.selected = Some(i);
                    }
                    if r.double_clicked() {
                        activate = Some(i);
                    }
                    if chosen && reveal {
                        r.scroll_to_me(None);
                    }
                }
            });
        activate.and_then(|i| self.activate(i))
    }

    /// Open / Save / Choose and Cancel, or the replace question.
    fn buttons_ui(&mut self, ui: &mut egui::Ui) -> Option<ChooserAnswer> {
        let mut answer = None;
        if let Some(target) = self.confirm.clone() {
            let name = target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            row(ui, |ui| {
                ui.label(i18n::trw_args(
                    "chooser-replace-question",
                    &[("name", name.into())],
                ));
            });
            row(ui, |ui| {
                if ui.button(trw("chooser-replace")).clicked() {
                    answer = Some(ChooserAnswer::Chosen(target));
                }
                if ui.button(trw("chooser-back")).clicked() {
                    self.confirm = None;
                }
            });
            return answer;
        }
        row(ui, |ui| {
            let (label, enabled) = match self.mode {
                ChooserMode::Open => (
                    trw("chooser-open"),
                    self.selected
                        .and_then(|i| self.entries.get(i))
                        .is_some_and(|e| !e.is_dir),
                ),
                ChooserMode::Save { .. } => (
                    trw("chooser-save"),
                    !self.name_field.text().trim().is_empty(),
                ),
                ChooserMode::Folder => (trw("chooser-choose-folder"), true),
            };
            if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
                answer = self.accept();
            }
            if ui.button(trw("chooser-cancel")).clicked() {
                answer = Some(ChooserAnswer::Cancelled);
            }
        });
        answer
    }
}

/// One row of the chooser, laid out from the right in Arabic.
fn row<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let layout = if i18n::language().is_rtl() {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    };
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, layout, add).inner
}

/// The user's home folder (the current folder when unknown).
pub fn home_dir() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("/"))
}

/// Whether a native file dialog (rfd: the desktop portal over D-Bus, else zenity) can be shown. Cheap: looks for
/// zenity on `PATH`, or for a session bus and an installed portal with a file chooser; no D-Bus call. When unsure,
/// no: the in-app chooser always works.
pub fn native_dialogs_available() -> bool {
    if cfg!(not(target_os = "linux")) {
        return true;
    }
    let on_path = |program: &str| {
        std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
    };
    on_path("zenity") || portal_available()
}

/// A session bus is announced and reachable, and some portal backend implements the file chooser.
fn portal_available() -> bool {
    let Some(bus) = std::env::var_os("DBUS_SESSION_BUS_ADDRESS") else {
        return false;
    };
    let bus = bus.to_string_lossy().into_owned();
    // "unix:path=/run/user/1000/bus,guid=…": the socket must exist (abstract sockets cannot be checked).
    if let Some(rest) = bus.strip_prefix("unix:path=") {
        let socket = rest.split(',').next().unwrap_or(rest);
        if !Path::new(socket).exists() {
            return false;
        }
    }
    let data_dirs = std::env::var("XDG_DATA_DIRS")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".to_owned());
    data_dirs.split(':').any(|dir| {
        let portals = Path::new(dir).join("xdg-desktop-portal/portals");
        std::fs::read_dir(portals)
            .into_iter()
            .flatten()
            .flatten()
            .any(|f| std::fs::read_to_string(f.path()).is_ok_and(|s| s.contains("FileChooser")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds() -> Vec<FileKind> {
        vec![
            FileKind {
                name: "Articles".into(),
                extensions: vec!["txt", "md"],
            },
            FileKind {
                name: "All".into(),
                extensions: vec![],
            },
        ]
    }

    #[test]
    fn folders_come_first_then_files_of_the_kind() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        for name in ["b.txt", "a.MD", "c.png", ".hidden.txt"] {
            std::fs::write(dir.path().join(name), "x").unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::create_dir(dir.path().join("zeta")).unwrap_or_else(|e| panic!("{e}"));
        let mut c = FileChooser::new("t".into(), ChooserMode::Open, kinds(), dir.path());
        let names = |c: &FileChooser| -> Vec<String> {
            c.visible()
                .iter()
                .map(|&i| c.entries[i].name.clone())
                .collect()
        };
        assert_eq!(names(&c), ["zeta", "a.MD", "b.txt"]);
        c.kind = 1;
        assert_eq!(names(&c), ["zeta", "a.MD", "b.txt", "c.png"]);
        let folder = FileChooser::new("t".into(), ChooserMode::Folder, kinds(), dir.path());
        assert_eq!(names(&folder), ["zeta"]);
    }

    #[test]
    fn saving_over_a_file_asks_first_and_adds_the_extension() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("view.txt"), "x").unwrap_or_else(|e| panic!("{e}"));
        let mode = ChooserMode::Save {
            confirm_overwrite: true,
        };
        let mut c = FileChooser::new("t".into(), mode, kinds(), dir.path()).with_name("new");
        let base = c.dir().to_path_buf();
        assert_eq!(
            c.accept(),
            Some(ChooserAnswer::Chosen(base.join("new.txt")))
        );
        c.name_field.set_text("view");
        assert_eq!(c.accept(), None, "an existing file is not replaced unasked");
        assert_eq!(c.confirm, Some(base.join("view.txt")));
        c.name_field.set_text("");
        c.confirm = None;
        assert_eq!(c.accept(), None);
        assert!(c.error.is_some(), "an empty name says so");
    }
}
