//! Placeholder reader widget with the agreed API (replaced by the layout branch's RTL reader).

use crate::document::Document;
use crate::layout::fonts::ArticleFont;
use crate::span::Span;
use crate::theme;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DecorationStyle {
    Fill(theme::Rgba),
    Band(theme::Rgba),
    Underline(theme::Rgba),
    Outline(theme::Rgba),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decoration {
    pub span: Span,
    pub style: DecorationStyle,
}

pub struct ReaderInput<'a> {
    pub doc: &'a Document,
    pub decorations: &'a [Decoration],
    pub dimmed_blocks: Option<&'a [bool]>,
    pub palette: &'a theme::Palette,
    pub font_size: f32,
    pub font: ArticleFont,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct ReaderOutput {
    pub hovered: Option<usize>,
    pub clicked: Option<usize>,
    pub top_offset: usize,
}

#[derive(Default)]
pub struct ReaderView {
    scroll_to: Option<usize>,
    top: usize,
}

impl ReaderView {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn reset(&mut self) {
        *self = Self::default();
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, input: &ReaderInput) -> ReaderOutput {
        let target = self.scroll_to.take();
        let mut top = self.top;
        egui::ScrollArea::vertical().show(ui, |ui| {
            for b in &input.doc.blocks {
                let r = ui.label(input.doc.slice(b.span));
                if target.is_some_and(|t| b.span.contains(t)) {
                    r.scroll_to_me(Some(egui::Align::TOP));
                    top = b.span.start;
                }
            }
        });
        self.top = top;
        ReaderOutput {
            top_offset: top,
            ..ReaderOutput::default()
        }
    }

    pub fn scroll_to(&mut self, offset: usize) {
        self.scroll_to = Some(offset);
    }

    pub fn selection(&self) -> Option<Span> {
        None
    }

    pub fn selected_text<'d>(&self, doc: &'d Document) -> Option<&'d str> {
        self.selection().map(|s| doc.slice(s))
    }
}
