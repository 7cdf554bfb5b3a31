//! The field's text, caret, selection and undo history. Every position is a byte offset into the logical (typed)
//! text on a grapheme boundary; only [`FieldBuffer::move_visual`] looks at the screen, through a [`CaretLine`].

use super::line::CaretLine;
use std::borrow::Cow;
use std::ops::Range;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation as _};

/// Which character a caret sits with where the text changes direction: the same logical offset can be at two
/// places on screen (after "الوفد" on its left, or before "G20" on its left), and the arrow that brought the
/// caret there decides which.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Affinity {
    /// With the character after the offset (the start of the text, a click before a character).
    #[default]
    Downstream,
    /// With the character before it (after typing, the end of the text).
    Upstream,
}

/// A caret: a byte offset into the text and the side it belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Caret {
    pub offset: usize,
    pub affinity: Affinity,
}

impl Caret {
    pub const fn new(offset: usize, affinity: Affinity) -> Self {
        Self { offset, affinity }
    }

    /// A caret with the character after `offset`.
    pub const fn downstream(offset: usize) -> Self {
        Self::new(offset, Affinity::Downstream)
    }

    /// A caret with the character before `offset`.
    pub const fn upstream(offset: usize) -> Self {
        Self::new(offset, Affinity::Upstream)
    }
}

/// What the last edit was, so that typing a word or holding Backspace is undone in one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Group {
    Typing,
    Deleting,
}

/// The state an undo step goes back to.
#[derive(Clone, Debug)]
struct Snapshot {
    text: String,
    caret: Caret,
    anchor: Option<usize>,
}

/// Undo steps kept at most, and the bytes of text they may hold together (a long paste undone a hundred times
/// must not keep a hundred copies of it).
const MAX_UNDO_STEPS: usize = 200;
const MAX_UNDO_BYTES: usize = 8 << 20;

/// The text of a one-line field with its caret, selection anchor and undo/redo history.
#[derive(Clone, Debug, Default)]
pub struct FieldBuffer {
    text: String,
    caret: Caret,
    /// The other end of the selection (where Shift+arrow or a drag started).
    anchor: Option<usize>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The edit that the next one of the same kind joins (closed by any caret movement).
    open_group: Option<Group>,
    /// Bumped on every change of the text: the key of what is laid out from it.
    revision: u64,
}

impl FieldBuffer {
    /// An empty field.
    pub fn new() -> Self {
        Self::default()
    }

    /// A field holding `text` (made one line), the caret at its end.
    pub fn with_text(text: &str) -> Self {
        let mut b = Self::new();
        b.set_text(text);
        b
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub const fn caret(&self) -> Caret {
        self.caret
    }

    /// The selection anchor, if a selection was started (it may equal the caret).
    pub const fn anchor(&self) -> Option<usize> {
        self.anchor
    }

    /// The selected bytes, when the selection is not empty.
    pub fn selection(&self) -> Option<Range<usize>> {
        let a = self.anchor?;
        let c = self.caret.offset;
        (a != c).then(|| a.min(c)..a.max(c))
    }

    /// The selected text.
    pub fn selected_text(&self) -> Option<&str> {
        self.text.get(self.selection()?)
    }

    /// Changes whenever the text does.
    pub const fn revision(&self) -> u64 {
        self.revision
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Replaces the whole text (made one line), the caret at the end, and forgets the history.
    pub fn set_text(&mut self, text: &str) {
        self.text = one_line(text).into_owned();
        self.caret = Caret::upstream(self.text.len());
        self.anchor = None;
        self.undo.clear();
        self.redo.clear();
        self.open_group = None;
        self.revision += 1;
    }

    /// Empties the field and its history.
    pub fn clear(&mut self) {
        self.set_text("");
    }

    // ----- movement -----

    /// Puts the caret at `caret` (moved to the next grapheme boundary if inside one). With `extend` the
    /// selection grows from where it started (or from the old caret); without it the selection is dropped.
    pub fn set_caret(&mut self, caret: Caret, extend: bool) {
        let old = self.caret.offset;
        if extend {
            self.anchor.get_or_insert(old);
        } else {
            self.anchor = None;
        }
        self.caret = Caret::new(snap(&self.text, caret.offset), caret.affinity);
        self.open_group = None;
    }

    /// Home: the logical start of the line.
    pub fn move_home(&mut self, extend: bool) {
        self.set_caret(Caret::downstream(0), extend);
    }

    /// End: the logical end of the line.
    pub fn move_end(&mut self, extend: bool) {
        self.set_caret(Caret::upstream(self.text.len()), extend);
    }

    /// One grapheme forward or back in logical order.
    pub fn move_grapheme(&mut self, forward: bool, extend: bool) {
        let o = self.caret.offset;
        let caret = if forward {
            Caret::upstream(next_grapheme(&self.text, o))
        } else {
            Caret::downstream(prev_grapheme(&self.text, o))
        };
        self.set_caret(caret, extend);
    }

    /// To the start of the next word (or the end), or to the start of this or the previous word (or the start).
    pub fn move_word(&mut self, forward: bool, extend: bool) {
        let o = self.caret.offset;
        let caret = if forward {
            Caret::upstream(next_word_start(&self.text, o))
        } else {
            Caret::downstream(word_start_before(&self.text, o))
        };
        self.set_caret(caret, extend);
    }

    /// An arrow key: one grapheme towards the visual `left` (or right) on `line`, which must be laid out from
    /// this text. With `word`, one word in the reading direction of the line (Ctrl+Left in a right-to-left
    /// field goes to the next word). Without `extend` a selection collapses to its edge on that side.
    pub fn move_visual(&mut self, line: &CaretLine, left: bool, word: bool, extend: bool) {
        if word {
            let forward = left == line.rtl;
            self.move_word(forward, extend);
            return;
        }
        if !extend && let Some(sel) = self.selection() {
            // Collapse to the end that is further in the arrow's direction on screen.
            let a = line.caret_x(Caret::downstream(sel.start));
            let b = line.caret_x(Caret::upstream(sel.end));
            let pick_start = if left { a <= b } else { a > b };
            let caret = if pick_start {
                Caret::downstream(sel.start)
            } else {
                Caret::upstream(sel.end)
            };
            self.set_caret(caret, false);
            return;
        }
        let caret = line.move_visual(self.caret, left);
        self.set_caret(caret, extend);
    }

    /// Selects the whole text.
    pub fn select_all(&mut self) {
        self.anchor = Some(0);
        self.caret = Caret::upstream(self.text.len());
        self.open_group = None;
    }

    /// Selects the word at `offset` (a double click).
    pub fn select_word_at(&mut self, offset: usize) {
        let o = snap(&self.text, offset);
        let word = self
            .text
            .split_word_bound_indices()
            .map(|(i, w)| i..i + w.len())
            .find(|r| r.start <= o && o < r.end)
            .unwrap_or(o..o);
        self.anchor = Some(word.start);
        self.caret = Caret::upstream(word.end);
        self.open_group = None;
    }

    // ----- editing -----

    /// Typed text (one key or an input method's commit): replaces the selection. A typed word with the spaces
    /// after it is one undo step.
    pub fn type_text(&mut self, typed: &str) {
        let typed = one_line(typed);
        if typed.is_empty() {
            return;
        }
        // A word and the spaces after it are one step: a letter typed after a space starts the next one.
        let after_space = self
            .text
            .get(..self.caret.offset)
            .is_some_and(|before| before.ends_with(char::is_whitespace));
        let new_step =
            self.selection().is_some() || (after_space && !typed.starts_with(char::is_whitespace));
        self.edit(Some(Group::Typing), new_step, |b| {
            b.replace_selection(&typed);
        });
    }

    /// Pasted text (made one line): replaces the selection, one undo step.
    pub fn paste(&mut self, pasted: &str) {
        let pasted = one_line(pasted);
        if pasted.is_empty() && self.selection().is_none() {
            return;
        }
        self.edit(None, true, |b| b.replace_selection(&pasted));
    }

    /// Removes and returns the selection (for the clipboard).
    pub fn cut(&mut self) -> Option<String> {
        let sel = self.selection()?;
        let cut = self.text.get(sel)?.to_owned();
        self.edit(None, true, |b| b.replace_selection(""));
        Some(cut)
    }

    /// Backspace: the selection, else the grapheme before the caret (a letter with its harakat), or with
    /// `word` back to the start of the word.
    pub fn backspace(&mut self, word: bool) {
        if self.selection().is_some() {
            self.edit(None, true, |b| b.replace_selection(""));
            return;
        }
        let o = self.caret.offset;
        let from = if word {
            word_start_before(&self.text, o)
        } else {
            prev_grapheme(&self.text, o)
        };
        if from == o {
            return;
        }
        let group = (!word).then_some(Group::Deleting);
        self.edit(group, false, |b| {
            b.text.replace_range(from..o, "");
            b.caret = Caret::upstream(from);
        });
    }

    /// Delete: the selection, else the grapheme after the caret, or with `word` up to the next word's start.
    pub fn delete(&mut self, word: bool) {
        if self.selection().is_some() {
            self.edit(None, true, |b| b.replace_selection(""));
            return;
        }
        let o = self.caret.offset;
        let to = if word {
            next_word_start(&self.text, o)
        } else {
            next_grapheme(&self.text, o)
        };
        if to == o {
            return;
        }
        let group = (!word).then_some(Group::Deleting);
        self.edit(group, false, |b| {
            b.text.replace_range(o..to, "");
            b.caret = Caret::downstream(o);
        });
    }

    /// Goes back one undo step; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(prev) = self.undo.pop() else {
            return false;
        };
        let current = self.snapshot();
        self.redo.push(current);
        self.restore(prev);
        true
    }

    /// Applies the last undone step again; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        let current = self.snapshot();
        self.undo.push(current);
        self.restore(next);
        true
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            text: self.text.clone(),
            caret: self.caret,
            anchor: self.anchor,
        }
    }

    fn restore(&mut self, s: Snapshot) {
        self.text = s.text;
        self.caret = s.caret;
        self.anchor = s.anchor;
        self.open_group = None;
        self.revision += 1;
    }

    /// Runs one change of the text: a new undo step when `new_step` or when it does not continue the open group
    /// of the same kind.
    fn edit(&mut self, group: Option<Group>, new_step: bool, change: impl FnOnce(&mut Self)) {
        let joins = !new_step && group.is_some() && group == self.open_group;
        if !joins {
            let before = self.snapshot();
            self.undo.push(before);
            self.trim_undo();
        }
        self.redo.clear();
        change(self);
        self.caret.offset = snap(&self.text, self.caret.offset);
        self.anchor = None;
        self.open_group = group;
        self.revision += 1;
    }

    fn trim_undo(&mut self) {
        let mut bytes: usize = self.undo.iter().map(|s| s.text.len()).sum();
        while self.undo.len() > MAX_UNDO_STEPS || (bytes > MAX_UNDO_BYTES && self.undo.len() > 1) {
            let dropped = self.undo.remove(0);
            bytes -= dropped.text.len();
        }
    }

    /// Replaces the selection (or inserts at the caret) with `s`; the caret goes after it.
    fn replace_selection(&mut self, s: &str) {
        let range = self
            .selection()
            .unwrap_or(self.caret.offset..self.caret.offset);
        let range = range.start.min(self.text.len())..range.end.min(self.text.len());
        let start = range.start;
        self.text.replace_range(range, s);
        self.caret = if s.is_empty() {
            Caret::downstream(start)
        } else {
            Caret::upstream(start + s.len())
        };
    }
}

/// `text` on one line: line and paragraph separators and tabs become spaces ("\r\n" one space), other control
/// characters are dropped. A field holds one paragraph, so its bidi runs cover all of it.
fn one_line(text: &str) -> Cow<'_, str> {
    let breaks = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{1C}'
                ..='\u{1F}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    if !text.chars().any(|c| breaks(c) || c.is_control()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.replace("\r\n", "\n")
            .chars()
            .filter_map(|c| {
                if breaks(c) {
                    Some(' ')
                } else if c.is_control() {
                    None
                } else {
                    Some(c)
                }
            })
            .collect(),
    )
}

/// `offset` clamped to the text and moved forward to a grapheme boundary.
pub(super) fn snap(text: &str, offset: usize) -> usize {
    let mut o = offset.min(text.len());
    while !text.is_char_boundary(o) {
        o += 1;
    }
    let mut cursor = GraphemeCursor::new(o, text.len(), true);
    match cursor.is_boundary(text, 0) {
        Ok(true) | Err(_) => o,
        Ok(false) => cursor
            .next_boundary(text, 0)
            .ok()
            .flatten()
            .unwrap_or(text.len()),
    }
}

/// The grapheme boundary after `offset` (the end at the end).
pub(super) fn next_grapheme(text: &str, offset: usize) -> usize {
    let o = snap(text, offset);
    let mut cursor = GraphemeCursor::new(o, text.len(), true);
    cursor
        .next_boundary(text, 0)
        .ok()
        .flatten()
        .unwrap_or(text.len())
}

/// The grapheme boundary before `offset` (0 at the start).
pub(super) fn prev_grapheme(text: &str, offset: usize) -> usize {
    let o = snap(text, offset);
    let mut cursor = GraphemeCursor::new(o, text.len(), true);
    cursor.prev_boundary(text, 0).ok().flatten().unwrap_or(0)
}

/// The words of `text` (UAX #29 word segments holding a letter or digit), as byte ranges.
fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| i..i + w.len())
}

/// The start of the word that begins after `offset`, or the end of the text.
fn next_word_start(text: &str, offset: usize) -> usize {
    words(text)
        .map(|w| w.start)
        .find(|&s| s > offset)
        .unwrap_or(text.len())
}

/// The start of the word the caret is in or after (the previous word from its start), or 0.
fn word_start_before(text: &str, offset: usize) -> usize {
    words(text)
        .map(|w| w.start)
        .take_while(|&s| s < offset)
        .last()
        .unwrap_or(0)
}
