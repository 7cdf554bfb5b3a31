//! The status bar, the error banner and the offer to place corrections again in a changed article.

use super::{SahifaApp, close_button, color, errors, i18n};

impl SahifaApp {
    /// A message from restoring the corrections (a damaged sidecar) goes to the error banner once.
    pub(super) fn take_corrections_message(&mut self) {
        if let Some(message) = self
            .loaded
            .as_mut()
            .and_then(|l| l.corrections.message.take())
        {
            self.error = Some(message);
        }
    }

    /// The article changed since it was corrected: offer to place the corrections again.
    pub(super) fn rebase_offer_ui(&mut self, ui: &mut egui::Ui) {
        let Some(offer) = self
            .loaded
            .as_ref()
            .and_then(|l| l.corrections.offer.as_ref())
        else {
            return;
        };
        let (placed, lost) = (offer.edits.len(), offer.lost.len());
        let mut accept = false;
        let mut dismiss = false;
        ui.horizontal_wrapped(|ui| {
            ui.label(i18n::trw_args(
                "rebase-offer",
                &[("placed", placed.into()), ("lost", lost.into())],
            ));
            accept = ui.button(i18n::trw("rebase-accept")).clicked();
            dismiss = ui.button(i18n::trw("rebase-dismiss")).clicked();
        });
        if accept {
            self.accept_rebase();
        } else if dismiss && let Some(l) = self.loaded.as_mut() {
            l.corrections.offer = None;
        }
    }

    pub(super) fn error_ui(&mut self, ui: &mut egui::Ui) {
        let p = self.palette();
        egui::Frame::new()
            .fill(color(p.error_background))
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if close_button(ui, &i18n::tr("dismiss")).clicked() {
                        self.error = None;
                    }
                    if let Some(e) = &self.error {
                        ui.label(i18n::widget_colored(e, color(p.error_text)));
                    }
                });
            });
    }

    pub(super) fn status_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if self.is_loading() {
                ui.spinner();
                ui.label(if self.analysing {
                    i18n::trw("status-analysing")
                } else {
                    i18n::trw("status-loading")
                });
            }
            if let Some(l) = &self.loaded {
                let s = &l.doc.source;
                ui.label(i18n::trw_args(
                    "status-document",
                    &[
                        ("name", s.name.as_str().into()),
                        ("format", s.format.into()),
                        ("encoding", s.encoding.into()),
                        ("entities", l.analysis.entities.len().into()),
                        ("quotes", l.analysis.quotes.len().into()),
                    ],
                ));
                let n = l.corrections.count();
                if n > 0 {
                    ui.separator();
                    ui.label(if l.corrections.unsaved.is_some() {
                        i18n::trw_args("status-corrections-unsaved", &[("count", n.into())])
                    } else {
                        i18n::trw_args("status-corrections", &[("count", n.into())])
                    });
                }
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(i18n::widget(status));
            }
            // The analysis says when part of it could not run (a tagger model that does not fit the lists).
            for warning in self.loaded.iter().flat_map(|l| &l.analysis.warnings) {
                ui.separator();
                let text = errors::warning_message(warning);
                ui.label(i18n::widget_colored(
                    &i18n::tr_args("status-warning", &[("warning", text.into())]),
                    color(self.palette().error_text),
                ))
                .on_hover_text(warning.detail());
            }
        });
    }
}
