//! A one-line text field for right-to-left text, without the GUI: the text and its editing (grapheme and word
//! steps, undo) in [`FieldBuffer`], the caret's screen geometry over bidi runs in [`CaretLine`]. The app's
//! widget (`app::rtl_field`) feeds it egui's events and paints what it says.

mod buffer;
mod line;

pub use buffer::{Affinity, Caret, FieldBuffer};
pub use line::{CaretLine, LineRun, LineSegment};

/// The paragraph direction of a field's text: right to left when its first strong character is right to left,
/// left to right when it is left to right, `fallback` when it has none (empty, digits, punctuation).
pub fn field_is_rtl(text: &str, fallback: bool) -> bool {
    match unicode_bidi::get_base_direction(text) {
        unicode_bidi::Direction::Rtl => true,
        unicode_bidi::Direction::Ltr => false,
        unicode_bidi::Direction::Mixed => fallback,
    }
}

#[cfg(test)]
mod tests;
