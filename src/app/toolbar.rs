//! The filter bar (entity types, quotes, speaker, entity) and the find bar.

use super::{SahifaApp, color, rtl};
use crate::analysis::EntityLabel;
use egui::FontId;
use egui::text::{LayoutJob, TextFormat};

/// A filter label on its highlight colour, in visual order.
fn chip(text: &str, background: crate::theme::Rgba, fg: crate::theme::Rgba) -> LayoutJob {
    let format = TextFormat {
        background: color(background),
        ..TextFormat::simple(FontId::proportional(14.0), color(fg))
    };
    rtl::job_with(text, &format)
}

impl SahifaApp {
    pub(super) fn toolbar_ui(&mut self, ui: &mut egui::Ui) {
        let p = self.palette();
        ui.horizontal_wrapped(|ui| {
            ui.label("Show:");
            for label in EntityLabel::ALL {
                let mut shown = self.filter.shows_label(label);
                let text = chip(label.arabic_name(), p.entity(label), p.text);
                let toggle = ui
                    .checkbox(&mut shown, text)
                    .on_hover_text(format!("Highlight {} entities", label.as_str()));
                if toggle.changed() {
                    self.filter.set_label(label, shown);
                }
            }
            let quotes = chip("اقتباسات", p.quote, p.text);
            ui.checkbox(&mut self.filter.quotes, quotes)
                .on_hover_text("Highlight quoted statements");
            ui.separator();

            let speakers: Vec<(crate::filter::SpeakerFilter, String)> = self
                .loaded
                .as_ref()
                .map(|l| {
                    l.speaker_groups
                        .iter()
                        .map(|g| (g.key.clone(), format!("{} ({})", g.name, g.quotes.len())))
                        .collect()
                })
                .unwrap_or_default();
            let selected = self
                .filter
                .speaker
                .as_ref()
                .and_then(|key| speakers.iter().find(|(k, _)| k == key))
                .map_or_else(|| "All speakers".to_owned(), |(_, label)| label.clone());
            egui::ComboBox::from_label("Speaker")
                .selected_text(selected)
                .width(180.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter.speaker, None, "All speakers");
                    for (key, label) in &speakers {
                        ui.selectable_value(&mut self.filter.speaker, Some(key.clone()), label);
                    }
                })
                .response
                .on_hover_text("Only the statements of one speaker");

            if let Some(entity) = self.filter.entity {
                let name = self
                    .loaded
                    .as_ref()
                    .and_then(|l| l.analysis.entities.get(entity))
                    .map_or_else(String::new, |e| e.canonical.clone());
                ui.label("Only");
                ui.label(rtl::job(&name, FontId::proportional(14.0), color(p.text)));
                if ui
                    .button("×")
                    .on_hover_text("Show all paragraphs")
                    .clicked()
                {
                    self.filter.entity = None;
                }
            }
            if !self.filter.is_default() && ui.button("Reset filters").clicked() {
                self.filter = crate::filter::Filter::default();
            }
            ui.separator();
            if ui.button("Find").on_hover_text("Ctrl+F").clicked() {
                self.search.open = !self.search.open;
                self.search.focus = self.search.open;
            }
        });
    }

    pub(super) fn search_ui(&mut self, ui: &mut egui::Ui) {
        let mut step: Option<bool> = None;
        let mut close = false;
        ui.horizontal(|ui| {
            ui.label("Find:");
            let edit = ui.add(
                egui::TextEdit::singleline(&mut self.search.query)
                    .hint_text("normalised Arabic search")
                    .desired_width(260.0),
            );
            if self.search.focus {
                edit.request_focus();
                self.search.focus = false;
            }
            if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                step = Some(!ui.input(|i| i.modifiers.shift));
                edit.request_focus();
            }
            if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                close = true;
            }
            if ui
                .button("Previous")
                .on_hover_text("Previous (Shift+Enter)")
                .clicked()
            {
                step = Some(false);
            }
            if ui.button("Next").on_hover_text("Next (Enter)").clicked() {
                step = Some(true);
            }
            let n = self.search.hits.len();
            if self.search.query.trim().is_empty() {
                ui.label("");
            } else if n == 0 {
                ui.label("No matches");
            } else {
                ui.label(format!("{} of {n}", self.search.current + 1));
            }
            if ui.button("×").on_hover_text("Close (Esc)").clicked() {
                close = true;
            }
        });
        if let Some(forward) = step {
            self.search_step(forward);
        }
        if close {
            self.search.open = false;
            self.search.query.clear();
        }
    }
}
