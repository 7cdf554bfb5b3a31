//! File > Export: choose a format (and whether to keep the current filters), pick a target, confirm a
//! replacement, write atomically. The formats themselves live in `crate::export`.

use super::SahifaApp;
use super::chooser::{ChooserMode, FileChooser, FileKind};
use super::i18n::{self, tr, tr_args, trw};
use super::menu::Purpose;
use crate::export::{self, Format};
use std::path::PathBuf;

/// An export being set up.
#[derive(Clone, Debug)]
pub struct ExportRequest {
    pub format: Format,
    /// Keep the active filters ("Export current view").
    pub current_view: bool,
    /// Chosen target that already exists: waiting for the user to confirm.
    pub confirm: Option<(PathBuf, Vec<PathBuf>)>,
    /// What JSONL offsets count (the other formats fix their own unit).
    pub offsets: export::OffsetUnit,
}

impl SahifaApp {
    pub(super) fn export_menu_ui(&mut self, ui: &mut egui::Ui) {
        let enabled = self.loaded().is_some();
        ui.add_enabled_ui(enabled, |ui| {
            ui.menu_button(trw("menu-export"), |ui| {
                self.export_formats_ui(ui, false);
            });
            ui.menu_button(trw("menu-export-view"), |ui| {
                self.export_formats_ui(ui, true);
            })
            .response
            .on_hover_text(trw("menu-export-view-hint"));
        });
    }

    /// One entry per format; JSONL twice, with code-point offsets (Python) and UTF-16 offsets (doccano's and Label
    /// Studio's browser counting).
    fn export_formats_ui(&mut self, ui: &mut egui::Ui, current_view: bool) {
        for format in Format::ALL {
            if ui.button(i18n::widget(&format_label(format))).clicked() {
                self.start_export(format, current_view, export::OffsetUnit::CodePoints);
            }
            if format == Format::Jsonl
                && ui
                    .button(i18n::widget(&tr("export-format-jsonl-utf16")))
                    .clicked()
            {
                self.start_export(format, current_view, export::OffsetUnit::Utf16);
            }
        }
    }

    fn start_export(&mut self, format: Format, current_view: bool, offsets: export::OffsetUnit) {
        let Some(loaded) = self.loaded() else { return };
        let stem = export::document_stem(&loaded.doc);
        let start_dir = self.start_dir();
        self.export = Some(ExportRequest {
            format,
            current_view,
            confirm: None,
            offsets,
        });
        let title = tr_args("dialog-export-title", &[("format", format.as_str().into())]);
        let name = format!("{stem}.{}", format.extension());
        // The export asks before replacing files itself (a brat export writes two per article).
        let mode = if format.is_folder() {
            ChooserMode::Folder
        } else {
            ChooserMode::Save {
                confirm_overwrite: false,
            }
        };
        let kinds = vec![FileKind {
            name: format.as_str().to_owned(),
            extensions: vec![format.extension()],
        }];
        let chooser = FileChooser::new(title.clone(), mode, kinds, &start_dir).with_name(&name);
        self.ask_path(Purpose::Export, chooser, move || {
            let dialog = rfd::FileDialog::new()
                .set_title(title)
                .set_directory(start_dir);
            if format.is_folder() {
                dialog.pick_folder()
            } else {
                dialog
                    .set_file_name(name)
                    .add_filter(format.as_str(), &[format.extension()])
                    .save_file()
            }
        });
    }

    /// The export target was chosen (`None`: cancelled).
    pub(super) fn export_target(&mut self, target: Option<PathBuf>) {
        let (Some(out), Some(request), Some(loaded)) =
            (target, self.export.as_mut(), self.loaded.as_ref())
        else {
            self.export = None;
            return;
        };
        let existing = export::would_replace(request.format, &loaded.doc, &out);
        if existing.is_empty() {
            self.run_export(&out);
        } else {
            request.confirm = Some((out, existing));
        }
    }

    /// Writes the export to `out` (a file, or a folder for brat).
    pub fn run_export(&mut self, out: &std::path::Path) {
        let (Some(request), Some(loaded)) = (self.export.take(), self.loaded.as_ref()) else {
            return;
        };
        let filter = if request.current_view {
            self.filter.clone()
        } else {
            export::Filter::default()
        };
        let options = export::Options {
            offsets: request.offsets,
            ..export::Options::default()
        };
        match export::export_document_with(
            request.format,
            &loaded.doc,
            &loaded.analysis,
            &filter,
            out,
            options,
        ) {
            Ok(written) => {
                let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
                self.status = Some(tr_args(
                    "status-exported",
                    &[("files", names.join(", ").into())],
                ));
            }
            Err(e) => {
                self.error = Some(tr_args("error-export", &[("error", e.to_string().into())]));
            }
        }
    }

    /// The "replace existing files?" question.
    pub(super) fn export_confirm_ui(&mut self, ctx: &egui::Context) {
        let Some((out, existing)) = self.export.as_ref().and_then(|r| r.confirm.clone()) else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("export-confirm")).show(ctx, |ui| {
            ui.label(i18n::heading(&tr("export-replace-title")));
            for p in &existing {
                ui.label(i18n::widget(&p.display().to_string()));
            }
            ui.horizontal(|ui| {
                if ui.button(trw("export-replace")).clicked() {
                    answer = Some(true);
                }
                if ui.button(trw("export-cancel")).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => self.run_export(&out),
            Some(false) => self.export = None,
            None => {}
        }
    }
}

fn format_label(format: Format) -> String {
    match format {
        Format::Html => tr("export-format-html"),
        Format::Json => tr("export-format-json"),
        Format::Brat => tr("export-format-brat"),
        Format::Conll => tr("export-format-conll"),
        Format::Jsonl => tr("export-format-jsonl"),
        Format::WebAnnotation => tr("export-format-webanno"),
        Format::Tei => tr("export-format-tei"),
        Format::WebannoTsv => tr("export-format-webanno-tsv"),
        Format::LabelStudio => tr("export-format-label-studio"),
    }
}
