//! Where the side panels go: beside the text while the window is wide enough, folded into narrow strips when it
//! is not (the text column never gets narrower than `theme::size::MIN_TEXT_COLUMN`). A strip's button shows its
//! panel over the text until the user picks something, clicks elsewhere or presses Escape.

use super::i18n::{self, tr};
use super::{Overlay, SahifaApp};
use crate::theme::size;
use egui::{Align2, Key, Rect};

/// The smallest a side panel can be dragged to.
const MIN_PANEL: f32 = 140.0;
/// The widest a side panel can be dragged to.
const MAX_PANEL: f32 = 520.0;

/// Which side panels get their full width in a window `width` wide: the entity and quote lists fold first,
/// then the outline. `widths` are the panels' widths; `wanted` whether the user shows them at all.
pub fn fit(width: f32, widths: [f32; 2], wanted: [bool; 2]) -> [bool; 2] {
    let need = |full: [bool; 2]| {
        let panel = |(&w, (&shown, &full)): (&f32, (&bool, &bool))| match (shown, full) {
            (false, _) => 0.0,
            (true, true) => w,
            (true, false) => size::PANEL_STRIP,
        };
        size::MIN_TEXT_COLUMN
            + widths
                .iter()
                .zip(wanted.iter().zip(full.iter()))
                .map(panel)
                .sum::<f32>()
    };
    let mut full = wanted;
    if full[1] && width < need(full) {
        full[1] = false;
    }
    if full[0] && width < need(full) {
        full[0] = false;
    }
    full
}

impl SahifaApp {
    /// The outline (right) and the entity and quote lists (left): full, folded into a strip, or hidden.
    pub(super) fn side_panels_ui(&mut self, ui: &mut egui::Ui) {
        let width = ui.available_width();
        let wanted = [self.settings.show_outline, self.settings.show_side_panel];
        let full = fit(width, self.chrome.panel_widths, wanted);
        // A panel may not be dragged wider than leaves the text its minimum.
        let room = |other: usize| {
            let other_w = if !wanted[other] {
                0.0
            } else if full[other] {
                self.chrome.panel_widths[other]
            } else {
                size::PANEL_STRIP
            };
            (width - size::MIN_TEXT_COLUMN - other_w).clamp(MIN_PANEL, MAX_PANEL)
        };
        let rooms = [room(1), room(0)];
        let mut strips: [Option<Rect>; 2] = [None, None];
        if full[0] {
            self.chrome.overlay = self.chrome.overlay.filter(|o| *o != Overlay::Outline);
            let r = egui::Panel::right("outline")
                .resizable(true)
                .default_size(size::OUTLINE_WIDTH)
                .size_range(MIN_PANEL..=rooms[0])
                .show(ui, |ui| self.outline_ui(ui));
            self.chrome.panel_widths[0] = r.response.rect.width();
        } else if wanted[0] {
            strips[0] = Some(self.strip_ui(ui, Overlay::Outline));
        }
        if full[1] {
            self.chrome.overlay = self.chrome.overlay.filter(|o| *o != Overlay::Side);
            let r = egui::Panel::left("side")
                .resizable(true)
                .default_size(size::OUTLINE_WIDTH)
                .size_range(MIN_PANEL..=rooms[1])
                .show(ui, |ui| self.side_panel_ui(ui));
            self.chrome.panel_widths[1] = r.response.rect.width();
        } else if wanted[1] {
            strips[1] = Some(self.strip_ui(ui, Overlay::Side));
        }
        self.overlay_ui(ui.ctx(), width, strips);
    }

    /// A folded panel: a strip with one button that shows the panel over the text.
    fn strip_ui(&mut self, ui: &mut egui::Ui, which: Overlay) -> Rect {
        let (panel, arrow, label) = match which {
            Overlay::Outline => (
                egui::Panel::right("outline-strip"),
                "«",
                tr("panel-show-outline"),
            ),
            Overlay::Side => (egui::Panel::left("side-strip"), "»", tr("panel-show-lists")),
        };
        let frame = egui::Frame::new()
            .fill(ui.visuals().panel_fill)
            .inner_margin(2.0);
        panel
            .exact_size(size::PANEL_STRIP)
            .resizable(false)
            .frame(frame)
            .show(ui, |ui| {
                let button = ui
                    .add(egui::Button::new(arrow).selected(self.chrome.overlay == Some(which)))
                    .on_hover_text(i18n::widget(&label));
                button.widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::Button,
                        true,
                        self.chrome.overlay == Some(which),
                        &label,
                    )
                });
                if button.clicked() {
                    self.toggle_overlay(which);
                }
            })
            .response
            .rect
    }

    /// Shows a folded panel over the text (or hides it again).
    pub(super) fn toggle_overlay(&mut self, which: Overlay) {
        // egui may run a frame twice (a new area sizes itself in a discarded pass) with the same click: the
        // second run must not take the panel away again.
        let frame = self.ctx.as_ref().map(egui::Context::cumulative_frame_nr);
        if frame.is_some() && self.chrome.overlay_opened == frame {
            return;
        }
        if self.chrome.overlay == Some(which) {
            self.chrome.overlay = None;
        } else {
            self.chrome.overlay = Some(which);
            self.chrome.overlay_opened = frame;
        }
    }

    /// The folded panel the user asked for, beside its strip and over the text.
    fn overlay_ui(&mut self, ctx: &egui::Context, width: f32, strips: [Option<Rect>; 2]) {
        let Some(which) = self.chrome.overlay else {
            return;
        };
        let strip = match which {
            Overlay::Outline => strips[0],
            Overlay::Side => strips[1],
        };
        let Some(strip) = strip else {
            self.chrome.overlay = None;
            return;
        };
        let (pivot, corner) = match which {
            Overlay::Outline => (Align2::RIGHT_TOP, strip.left_top()),
            Overlay::Side => (Align2::LEFT_TOP, strip.right_top()),
        };
        let panel_w = size::OUTLINE_WIDTH.min(width - 2.0 * size::PANEL_STRIP - 16.0);
        let mut jumped = false;
        let area = egui::Area::new(egui::Id::unique(match which {
            Overlay::Outline => "sahifa-outline-overlay",
            Overlay::Side => "sahifa-lists-overlay",
        }))
        .order(egui::Order::Foreground)
        .pivot(pivot)
        .fixed_pos(corner)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_width(panel_w);
                let h = (strip.height() - 16.0).max(100.0);
                ui.set_min_height(h);
                ui.set_max_height(h);
                match which {
                    Overlay::Outline => jumped = self.outline_ui(ui),
                    Overlay::Side => self.side_panel_ui(ui),
                }
            });
        });
        let opened_now = self.chrome.overlay_opened == Some(ctx.cumulative_frame_nr());
        let escape = ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape));
        if jumped || escape || (!opened_now && area.response.clicked_elsewhere()) {
            self.chrome.overlay = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_fold_first_then_the_outline() {
        let w = [260.0, 260.0];
        assert_eq!(fit(1280.0, w, [true, true]), [true, true]);
        assert_eq!(fit(800.0, w, [true, true]), [true, false]);
        assert_eq!(fit(600.0, w, [true, true]), [false, false]);
        assert_eq!(fit(600.0, w, [false, true]), [false, true]);
        assert_eq!(fit(500.0, w, [false, true]), [false, false]);
    }
}
