//! A one-line text field for Arabic and mixed text (the find bar's; egui's `TextEdit` orders and edits Arabic
//! its own way, egui issue 8576). The layout engine does the editing and the caret geometry
//! ([`FieldBuffer`], [`CaretLine`] over the labels' bidi runs); this module feeds them egui's events, paints the
//! runs in the labels' Arabic font family and describes the field to AccessKit.

use crate::layout::field::{CaretLine, FieldBuffer, field_is_rtl};
use crate::layout::fonts::ui_arabic_family;
use crate::layout::shaping::display_text;
use egui::text::TextFormat;
use egui::{
    Color32, Event, EventFilter, FontId, ImeEvent, Key, Modifiers, Rect, Sense, Stroke, StrokeKind,
    Ui, WidgetInfo, pos2, vec2,
};
use std::collections::HashMap;

/// How a field is shown.
pub struct FieldOptions<'a> {
    /// Makes the field's id (keep it the same from frame to frame).
    pub id_salt: &'a str,
    /// The accessible name (what a screen reader announces).
    pub label: &'a str,
    /// Shown, dimmed, while the field is empty.
    pub hint: &'a str,
    pub width: f32,
    pub font_size: f32,
    /// The direction of a text without letters (empty, digits): the interface's.
    pub rtl_when_neutral: bool,
}

/// What happened in the field this frame.
pub struct FieldOutput {
    pub response: egui::Response,
    /// The text changed.
    pub changed: bool,
    /// Enter was pressed, with these modifiers (the find bar steps forward, or back with Shift).
    pub submitted: Option<Modifiers>,
}

/// What a laid-out line was made from: the same key, the same line.
#[derive(Clone, Copy, Debug, PartialEq)]
struct LineKey {
    revision: u64,
    rtl: bool,
    font_size: f32,
    pixels_per_point: f32,
}

/// Shaped widths kept between edits; forgotten past this many (a long paste of distinct words).
const MAX_CACHED_WIDTHS: usize = 20_000;

/// The field's state: its text with caret and history, and the line laid out from it (kept until the text,
/// size or direction changes, so a frame costs the same whatever the text's length).
#[derive(Default)]
pub struct RtlField {
    buffer: FieldBuffer,
    line: Option<(LineKey, CaretLine)>,
    /// Width of each shaped string, for the current size.
    widths: HashMap<String, f32>,
    widths_for: Option<(f32, f32)>,
    /// How far the text is scrolled left when it is wider than the field.
    scroll: f32,
}

impl RtlField {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn text(&self) -> &str {
        self.buffer.text()
    }

    /// The text, caret, selection and history (tests read the caret).
    pub const fn buffer(&self) -> &FieldBuffer {
        &self.buffer
    }

    /// Empties the field and forgets its history.
    pub fn clear(&mut self) {
        self.buffer.clear();
    }

    /// Replaces the text (the caret at its end, no history).
    pub fn set_text(&mut self, text: &str) {
        self.buffer.set_text(text);
    }

    /// The laid-out line for the current text, made again only when its key changed.
    fn ensure_line(&mut self, ctx: &egui::Context, font: &FontId, rtl_when_neutral: bool) {
        let rtl = field_is_rtl(self.buffer.text(), rtl_when_neutral);
        let key = LineKey {
            revision: self.buffer.revision(),
            rtl,
            font_size: font.size,
            pixels_per_point: ctx.pixels_per_point(),
        };
        if self.line.as_ref().is_some_and(|(k, _)| *k == key) {
            return;
        }
        let size_key = (key.font_size, key.pixels_per_point);
        if self.widths_for != Some(size_key) || self.widths.len() > MAX_CACHED_WIDTHS {
            self.widths.clear();
            self.widths_for = Some(size_key);
        }
        let widths = &mut self.widths;
        let text = self.buffer.text();
        let line = ctx.fonts_mut(|fonts| {
            let mut measure = |s: &str| {
                if let Some(&w) = widths.get(s) {
                    return w;
                }
                let w = fonts
                    .layout_no_wrap(s.to_owned(), font.clone(), Color32::PLACEHOLDER)
                    .size()
                    .x;
                widths.insert(s.to_owned(), w);
                w
            };
            CaretLine::build(text, rtl, &mut measure)
        });
        self.line = Some((key, line));
    }

    /// Shows the field, handles its pointer and keyboard input, and paints it.
    pub fn show(&mut self, ui: &mut Ui, options: &FieldOptions) -> FieldOutput {
        let font = FontId::new(options.font_size, ui_arabic_family());
        let row_height = ui.fonts_mut(|f| f.row_height(&font));
        let margin = vec2(6.0, 3.0);
        let width = options.width.min(ui.available_width()).max(40.0);
        let height = (row_height + 2.0 * margin.y).max(ui.spacing().interact_size.y);
        let id = ui.make_persistent_id(options.id_salt);
        let (_, rect) = ui.allocate_space(vec2(width, height));
        let mut response = ui.interact(rect, id, Sense::click_and_drag());
        if response.hovered() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
        }
        let inner = rect.shrink2(margin);
        let ctx = ui.ctx().clone();
        let before = self.buffer.revision();
        let prev_text = self.buffer.text().to_owned();

        // Pointer: a press puts the caret (Shift extends), a drag selects, a double click selects a word.
        self.ensure_line(&ctx, &font, options.rtl_when_neutral);
        let pressed =
            ui.input(|i| i.pointer.primary_pressed()) && response.is_pointer_button_down_on();
        if let Some(pos) = response.interact_pointer_pos() {
            let origin_x = self.origin_x(inner);
            if let Some((_, line)) = &self.line {
                let caret = line.hit(pos.x - origin_x);
                if response.double_clicked() {
                    self.buffer.select_word_at(caret.offset);
                } else if pressed || response.clicked() {
                    let shift = ui.input(|i| i.modifiers.shift);
                    self.buffer.set_caret(caret, shift);
                } else if response.dragged() {
                    self.buffer.set_caret(caret, true);
                }
            }
        }
        if pressed || response.clicked() || response.drag_started() {
            response.request_focus();
        }

        let mut submitted = None;
        if response.has_focus() {
            let filter = EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                tab: false,
                escape: false,
            };
            ui.memory_mut(|m| m.set_focus_lock_filter(id, filter));
            let events = ui.input(|i| i.filtered_events(&filter));
            for event in &events {
                self.on_event(&ctx, &font, options, event, &mut submitted);
            }
        }
        let changed = self.buffer.revision() != before;
        if changed {
            response.mark_changed();
        }

        self.ensure_line(&ctx, &font, options.rtl_when_neutral);
        self.scroll_to_caret(inner);
        self.paint(ui, &response, rect, inner, &font, options);

        let text = self.buffer.text().to_owned();
        let (label, hint) = (options.label.to_owned(), options.hint.to_owned());
        let enabled = ui.is_enabled();
        response.widget_info(|| {
            let mut info = WidgetInfo::text_edit(enabled, &prev_text, &text, &hint);
            info.label = Some(label.clone());
            info
        });
        FieldOutput {
            response,
            changed,
            submitted,
        }
    }

    /// One input event while the field has the keyboard.
    fn on_event(
        &mut self,
        ctx: &egui::Context,
        font: &FontId,
        options: &FieldOptions,
        event: &Event,
        submitted: &mut Option<Modifiers>,
    ) {
        match event {
            Event::Text(text) | Event::Ime(ImeEvent::Commit(text)) => self.buffer.type_text(text),
            Event::Paste(text) => self.buffer.paste(text),
            Event::Copy => {
                if let Some(s) = self.buffer.selected_text() {
                    ctx.copy_text(s.to_owned());
                }
            }
            Event::Cut => {
                if let Some(s) = self.buffer.cut() {
                    ctx.copy_text(s);
                }
            }
            Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => {
                let (key, modifiers) = (*key, *modifiers);
                // Ctrl on Linux and Windows, Alt (Option) on a Mac: a word at a time.
                let word = modifiers.command || modifiers.alt;
                let extend = modifiers.shift;
                match key {
                    Key::ArrowLeft | Key::ArrowRight => {
                        self.ensure_line(ctx, font, options.rtl_when_neutral);
                        if let Some((_, line)) = &self.line {
                            self.buffer
                                .move_visual(line, key == Key::ArrowLeft, word, extend);
                        }
                    }
                    Key::Home => self.buffer.move_home(extend),
                    Key::End => self.buffer.move_end(extend),
                    Key::Backspace => self.buffer.backspace(word),
                    Key::Delete => self.buffer.delete(word),
                    Key::A if modifiers.command => self.buffer.select_all(),
                    Key::Z if modifiers.command && modifiers.shift => {
                        self.buffer.redo();
                    }
                    Key::Z if modifiers.command => {
                        self.buffer.undo();
                    }
                    Key::Y if modifiers.command => {
                        self.buffer.redo();
                    }
                    Key::Enter => *submitted = Some(modifiers),
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// Screen x of the line's left edge: flush right in a right-to-left field, left otherwise, scrolled when
    /// the text is wider than the field.
    fn origin_x(&self, inner: Rect) -> f32 {
        let Some((_, line)) = &self.line else {
            return inner.left();
        };
        if line.width <= inner.width() {
            if line.rtl {
                inner.right() - line.width
            } else {
                inner.left()
            }
        } else {
            inner.left() - self.scroll
        }
    }

    /// Keeps the caret inside the field when the text is wider than it.
    fn scroll_to_caret(&mut self, inner: Rect) {
        let Some((_, line)) = &self.line else {
            return;
        };
        let overflow = line.width - inner.width();
        if overflow <= 0.0 {
            self.scroll = 0.0;
            return;
        }
        let x = line.caret_x(self.buffer.caret());
        if x < self.scroll {
            self.scroll = x;
        } else if x > self.scroll + inner.width() {
            self.scroll = x - inner.width();
        }
        self.scroll = self.scroll.clamp(0.0, overflow);
    }

    /// The frame, the selection, the visible words (or the hint), and the caret when focused.
    fn paint(
        &self,
        ui: &Ui,
        response: &egui::Response,
        rect: Rect,
        inner: Rect,
        font: &FontId,
        options: &FieldOptions,
    ) {
        if !ui.is_rect_visible(rect) {
            return;
        }
        let visuals = ui.visuals();
        let focused = response.has_focus();
        let widget = ui.style().interact(response);
        let stroke = if focused {
            visuals.selection.stroke
        } else {
            widget.bg_stroke
        };
        ui.painter().rect(
            rect,
            widget.corner_radius,
            visuals.extreme_bg_color,
            stroke,
            StrokeKind::Inside,
        );
        let painter = ui.painter_at(rect.expand2(vec2(-1.0, 0.0)));
        let Some((_, line)) = &self.line else {
            return;
        };
        let origin_x = self.origin_x(inner);
        let row_height = ui.fonts_mut(|f| f.row_height(font));
        let top = inner.center().y - row_height / 2.0;
        let bottom = top + row_height;
        if let Some(sel) = self.buffer.selection() {
            for (l, r) in line.selection_ranges(sel) {
                let r = Rect::from_min_max(pos2(origin_x + l, top), pos2(origin_x + r, bottom));
                painter.rect_filled(r, 0.0, visuals.selection.bg_fill);
            }
        }
        let color = visuals.text_color();
        let text = self.buffer.text();
        if text.is_empty() {
            let format = TextFormat::simple(font.clone(), visuals.weak_text_color());
            let job = super::rtl::job_in(options.hint, &format, options.rtl_when_neutral);
            let galley = ui.fonts_mut(|f| f.layout_job(job));
            let x = if options.rtl_when_neutral {
                inner.right() - galley.size().x
            } else {
                inner.left()
            };
            painter.galley(pos2(x, top), galley, visuals.weak_text_color());
        } else {
            let view = (
                inner.left() - origin_x - 1.0,
                inner.right() - origin_x + 1.0,
            );
            let pieces: Vec<(f32, String)> = line
                .segments_in(view.0, view.1)
                .filter_map(|(run, seg)| {
                    let s = text.get(seg.range.clone())?;
                    Some((seg.x, display_text(s, run.level).into_owned()))
                })
                .collect();
            let galleys = ui.fonts_mut(|f| {
                pieces
                    .into_iter()
                    .map(|(x, s)| (x, f.layout_no_wrap(s, font.clone(), color)))
                    .collect::<Vec<_>>()
            });
            for (x, galley) in galleys {
                painter.galley(pos2(origin_x + x, top), galley, color);
            }
        }
        if focused {
            let x = (origin_x + line.caret_x(self.buffer.caret())).round();
            let cursor = Rect::from_min_max(pos2(x, top), pos2(x, bottom));
            painter.line_segment(
                [cursor.left_top(), cursor.left_bottom()],
                Stroke::new(1.5, visuals.text_cursor.stroke.color),
            );
            // Where an input method shows its candidates.
            let to_global = ui
                .ctx()
                .layer_transform_to_global(ui.layer_id())
                .unwrap_or_default();
            ui.output_mut(|o| {
                o.ime = Some(egui::output::IMEOutput {
                    purpose: egui::IMEPurpose::Normal,
                    rect: to_global * rect,
                    cursor_rect: to_global * cursor,
                    should_interrupt_composition: false,
                });
            });
        }
    }
}
