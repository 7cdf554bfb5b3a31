//! The filter bar (entity types, quotes, speaker, entity) and the find bar.

use super::i18n::{self, tr, tr_args, trw};
use super::rtl_field::FieldOptions;
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
    rtl::job_in(text, &format, i18n::language().is_rtl())
}

/// The plural name of an entity type (chips, list headers).
pub(super) fn label_plural(label: EntityLabel) -> String {
    match label {
        EntityLabel::Per => tr("entity-per-plural"),
        EntityLabel::Org => tr("entity-org-plural"),
        EntityLabel::Loc => tr("entity-loc-plural"),
        EntityLabel::Misc => tr("entity-misc-plural"),
    }
}

impl SahifaApp {
    pub(super) fn toolbar_ui(&mut self, ui: &mut egui::Ui) {
        let p = self.palette();
        // In Arabic the bar reads from the right.
        let layout = if self.language().is_rtl() {
            egui::Layout::right_to_left(egui::Align::Center).with_main_wrap(true)
        } else {
            egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true)
        };
        // One row that wraps: a bare wrapping layout would take the panel's whole height, and the panel would grow
        // by that every frame in a narrow window.
        let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(row, layout, |ui| {
            ui.label(trw("filter-show"));
            for label in EntityLabel::ALL {
                let mut shown = self.filter.shows_label(label);
                let name = label_plural(label);
                let text = chip(&name, p.entity(label), p.text);
                let toggle = ui.checkbox(&mut shown, text).on_hover_text(i18n::trw_args(
                    "filter-type-hint",
                    &[("type", name.as_str().into())],
                ));
                if toggle.changed() {
                    self.filter.set_label(label, shown);
                }
            }
            let quotes = chip(&tr("filter-quotes"), p.quote, p.text);
            ui.checkbox(&mut self.filter.quotes, quotes)
                .on_hover_text(trw("filter-quotes-hint"));
            ui.separator();

            let speakers: Vec<(crate::filter::SpeakerFilter, String)> = self
                .loaded
                .as_ref()
                .map(|l| {
                    l.speaker_groups
                        .iter()
                        .map(|g| {
                            let label = tr_args(
                                "filter-speaker-item",
                                &[
                                    ("name", g.name.as_str().into()),
                                    ("count", g.quotes.len().into()),
                                ],
                            );
                            (g.key.clone(), label)
                        })
                        .collect()
                })
                .unwrap_or_default();
            let selected = self
                .filter
                .speaker
                .as_ref()
                .and_then(|key| speakers.iter().find(|(k, _)| k == key))
                .map_or_else(|| tr("filter-all-speakers"), |(_, label)| label.clone());
            egui::ComboBox::from_label(trw("filter-speaker"))
                .selected_text(i18n::widget(&selected))
                .width(180.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter.speaker, None, trw("filter-all-speakers"));
                    for (key, label) in &speakers {
                        ui.selectable_value(
                            &mut self.filter.speaker,
                            Some(key.clone()),
                            i18n::widget(label),
                        );
                    }
                })
                .response
                .on_hover_text(trw("filter-speaker-hint"));

            if let Some(entity) = self.filter.entity {
                let name = self
                    .loaded
                    .as_ref()
                    .and_then(|l| l.analysis.entities.get(entity))
                    .map_or_else(String::new, |e| e.canonical.clone());
                ui.label(trw("filter-only"));
                ui.label(rtl::job(&name, FontId::proportional(14.0), color(p.text)));
                if super::close_button(ui, &tr("filter-only-clear")).clicked() {
                    self.filter.entity = None;
                }
            }
            if !self.filter.is_default() && ui.button(trw("filter-reset")).clicked() {
                self.filter = crate::filter::Filter::default();
            }
            ui.separator();
            if ui
                .button(trw("filter-find"))
                .on_hover_text("Ctrl+F")
                .clicked()
            {
                self.search.open = !self.search.open;
                self.search.focus = self.search.open;
            }
        });
    }

    pub(super) fn search_ui(&mut self, ui: &mut egui::Ui) {
        let mut step: Option<bool> = None;
        let mut close = false;
        // In Arabic the find bar reads from the right, as the filter bar does.
        let layout = if self.language().is_rtl() {
            egui::Layout::right_to_left(egui::Align::Center)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        };
        let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(row, layout, |ui| {
            ui.label(trw("find-label"));
            let field = self.search.field.show(
                ui,
                &FieldOptions {
                    id_salt: "find-field",
                    label: &tr("find-label"),
                    hint: &tr("find-placeholder"),
                    width: 260.0,
                    font_size: 14.0,
                    rtl_when_neutral: i18n::language().is_rtl(),
                },
            );
            if self.search.focus {
                field.response.request_focus();
                self.search.focus = false;
            }
            // Enter steps to the next hit, Shift+Enter to the previous; the field keeps the keyboard.
            if let Some(modifiers) = field.submitted {
                step = Some(!modifiers.shift);
            }
            if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                close = true;
            }
            if ui
                .button(trw("find-previous"))
                .on_hover_text(trw("find-previous-hint"))
                .clicked()
            {
                step = Some(false);
            }
            if ui
                .button(trw("find-next"))
                .on_hover_text(trw("find-next-hint"))
                .clicked()
            {
                step = Some(true);
            }
            let n = self.search.hits.len();
            if self.search.field.text().trim().is_empty() {
                ui.label("");
            } else if n == 0 {
                ui.label(trw("find-no-matches"));
            } else {
                ui.label(i18n::trw_args(
                    "search-position",
                    &[
                        ("current", (self.search.current + 1).into()),
                        ("total", n.into()),
                    ],
                ));
            }
            if super::close_button(ui, &tr("find-close-hint")).clicked() {
                close = true;
            }
        });
        if let Some(forward) = step {
            self.search_step(forward);
        }
        if close {
            self.search.open = false;
            self.search.field.clear();
        }
    }
}
