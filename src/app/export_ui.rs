//! File > Export: placeholder until the export formats land.

use super::SahifaApp;

impl SahifaApp {
    pub(super) fn export_menu_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_enabled(false, egui::Button::new("Export…"));
    }
}
