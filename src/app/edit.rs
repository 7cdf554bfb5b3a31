//! Correcting the analysis in the window: mark the selected words as an entity or a quote, retype or remove a
//! highlight, set a quote's speaker and cue, apply an entity edit to every mention of the same words, undo and
//! redo, and the sidecar saved a few seconds after the last edit and when the window closes.
//!
//! Every edit goes through [`SahifaApp::edit`]: it is recorded in the article's history and the corrected analysis
//! is replayed from the base ([`corrections::apply_edits`]); filters, panels, counts, search and exports read the
//! corrected analysis like any other.

use super::SahifaApp;
use super::i18n::{self, tr, tr_args, trw};
use crate::analysis::{EntityLabel, QuoteKind};
use crate::corrections::{self, Edit};
use crate::filter;
use crate::span::Span;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::time::{Duration, Instant};

/// How long after the last edit the sidecar is written.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(3);

const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);

/// The keys 1-4 mark the selection with these types, in this order.
const MARK_KEYS: [(Key, EntityLabel); 4] = [
    (Key::Num1, EntityLabel::Per),
    (Key::Num2, EntityLabel::Org),
    (Key::Num3, EntityLabel::Loc),
    (Key::Num4, EntityLabel::Misc),
];

/// The type's name in menus and tooltips.
pub fn label_name(label: EntityLabel) -> String {
    match label {
        EntityLabel::Per => tr("entity-per"),
        EntityLabel::Org => tr("entity-org"),
        EntityLabel::Loc => tr("entity-loc"),
        EntityLabel::Misc => tr("entity-misc"),
    }
}

/// Characters trimmed from the ends of a selection before it becomes an entity or a quote.
fn is_edge_noise(c: char) -> bool {
    c.is_whitespace() || (!c.is_alphanumeric() && !is_mark(c))
}

/// Combining marks (Arabic diacritics) stay with their letter.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// `span` widened to whole words and trimmed of spaces and punctuation at both ends (a name never starts or ends
/// with a quotation mark or a comma); `None` when nothing is left.
pub fn snap_to_words(text: &str, span: Span) -> Option<Span> {
    let is_word = |c: char| !c.is_whitespace();
    let before = text.get(..span.start)?;
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let after = text.get(span.end..)?;
    let end = after
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(text.len(), |(i, _)| span.end + i);
    let slice = text.get(start..end)?;
    let lead = slice.len() - slice.trim_start_matches(is_edge_noise).len();
    let trail = slice.len() - slice.trim_end_matches(is_edge_noise).len();
    let out = Span::new(start + lead, end.saturating_sub(trail));
    (!out.is_empty()).then_some(out)
}

/// The other places where the words of `span` stand on their own (whole words), in text order.
pub fn same_words_elsewhere(text: &str, span: Span) -> Vec<Span> {
    let Some(words) = span.get(text) else {
        return Vec::new();
    };
    let boundary = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || is_edge_noise(c));
    text.match_indices(words)
        .map(|(i, w)| Span::new(i, i + w.len()))
        .filter(|s| *s != span)
        .filter(|s| {
            let before = text.get(..s.start).and_then(|t| t.chars().next_back());
            let after = text.get(s.end..).and_then(|t| t.chars().next());
            boundary(before) && boundary(after)
        })
        .collect()
}

impl SahifaApp {
    /// Records one step of edits and shows the corrected analysis.
    pub fn edit(&mut self, edits: Vec<Edit>) {
        let Some(loaded) = self.loaded.as_mut() else {
            return;
        };
        if loaded.revision == 0 || edits.is_empty() {
            return;
        }
        loaded.corrections.history.push_step(edits);
        self.replay();
    }

    /// Takes back the last correction.
    pub fn undo(&mut self) {
        if self
            .loaded
            .as_mut()
            .is_some_and(|l| l.corrections.history.undo())
        {
            self.replay();
        }
    }

    /// Applies the last undone correction again.
    pub fn redo(&mut self) {
        if self
            .loaded
            .as_mut()
            .is_some_and(|l| l.corrections.history.redo())
        {
            self.replay();
        }
    }

    /// Replays the history on the base analysis and marks the corrections unsaved.
    fn replay(&mut self) {
        let Some(loaded) = self.loaded.as_mut() else {
            return;
        };
        let c = &loaded.corrections;
        let (analysis, failed) = corrections::apply_edits(&loaded.doc, &c.base, c.history.edits());
        loaded.set_analysis(analysis);
        loaded.corrections.unsaved = Some(Instant::now());
        if !failed.is_empty() {
            let list = failed
                .iter()
                .map(|(_, e)| e.to_string())
                .collect::<Vec<_>>()
                .join("; ");
            self.status = Some(tr_args(
                "status-corrections-failed",
                &[("count", failed.len().into()), ("list", list.into())],
            ));
        }
        if let Some(ctx) = &self.ctx {
            ctx.request_repaint_after(AUTOSAVE_AFTER);
        }
    }

    /// Whether the article has corrections not yet written to its sidecar.
    pub fn has_unsaved_corrections(&self) -> bool {
        self.loaded
            .as_ref()
            .is_some_and(|l| l.corrections.unsaved.is_some())
    }

    /// Writes the sidecar now (atomically, beside the article or in the data folder). Articles without a file
    /// (the sample, the clipboard) keep theirs in the data folder by the hash of their text.
    pub fn save_corrections(&mut self) {
        let Some(loaded) = self.loaded.as_mut() else {
            return;
        };
        if loaded.corrections.unsaved.is_none() {
            return;
        }
        let article = loaded.doc.source.path.clone();
        let c = &mut loaded.corrections;
        // A sidecar of an earlier version of the text is never overwritten: it goes aside first.
        if let Some(old) = c.keep_aside.take()
            && old.is_file()
        {
            let mut name = old.file_name().unwrap_or_default().to_os_string();
            name.push(".previous");
            let aside = old.with_file_name(name);
            if std::fs::rename(&old, &aside).is_err() {
                c.keep_aside = Some(old);
                self.error = Some(tr_args(
                    "error-corrections-aside",
                    &[("path", aside.display().to_string().into())],
                ));
                return;
            }
        }
        let file =
            corrections::sidecar(&loaded.doc, &loaded.analysis, &c.earlier, c.history.edits());
        let saved = match &article {
            Some(article) => corrections::save(article, &file),
            None => corrections::save_text(&loaded.doc, &file),
        };
        match saved {
            Ok(path) => {
                let where_ = [("path", path.display().to_string().into())];
                match &article {
                    Some(a) if path == corrections::sidecar_path(a) => {}
                    Some(_) => {
                        self.status = Some(tr_args("status-corrections-elsewhere", &where_));
                    }
                    None => self.status = Some(tr_args("status-corrections-no-file", &where_)),
                }
                c.sidecar = Some(path);
                c.unsaved = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Writes the sidecar once the user has paused for [`AUTOSAVE_AFTER`].
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(since) = self.loaded.as_ref().and_then(|l| l.corrections.unsaved) else {
            return;
        };
        let waited = since.elapsed();
        if waited >= AUTOSAVE_AFTER {
            self.save_corrections();
        } else {
            ctx.request_repaint_after(AUTOSAVE_AFTER.saturating_sub(waited));
        }
    }

    /// Places the corrections of an earlier version of the article again (the user accepted the offer).
    pub fn accept_rebase(&mut self) {
        let Some(offer) = self
            .loaded
            .as_mut()
            .and_then(|l| l.corrections.offer.take())
        else {
            return;
        };
        let lost = offer.lost.len();
        self.edit(offer.edits);
        if lost > 0 {
            self.status = Some(tr_args("status-rebase-lost", &[("count", lost.into())]));
        }
    }

    /// The selected words, snapped to word boundaries.
    pub fn selected_words(&self) -> Option<Span> {
        let loaded = self.loaded.as_ref()?;
        snap_to_words(&loaded.doc.text, self.reader.selection()?)
    }

    /// Marks the selected words as an entity of `label`; with `everywhere`, every other place where the same words
    /// stand on their own too (one undo step).
    pub fn mark_selection(&mut self, label: EntityLabel, everywhere: bool) {
        let Some(span) = self.selected_words() else {
            return;
        };
        let mut spans = vec![span];
        if everywhere && let Some(l) = &self.loaded {
            spans.extend(same_words_elsewhere(&l.doc.text, span));
        }
        self.edit(
            spans
                .into_iter()
                .map(|span| Edit::AddEntity { span, label })
                .collect(),
        );
        self.reader.set_selection(None);
    }

    /// Marks the selected words as a quoted statement.
    pub fn mark_selection_quote(&mut self, kind: QuoteKind) {
        let Some(span) = self.selected_words() else {
            return;
        };
        self.edit(vec![Edit::AddQuote {
            span,
            kind,
            cue: None,
            speaker: None,
        }]);
        self.reader.set_selection(None);
    }

    /// Keys: 1-4 mark the selection, Delete removes the highlight under the pointer's last right click, Ctrl+Z
    /// undoes, Ctrl+Shift+Z or Ctrl+Y redoes. Not while a text field has the keyboard.
    pub(super) fn edit_keys(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        if ctx.input_mut(|i| i.consume_shortcut(&REDO) || i.consume_shortcut(&REDO_Y)) {
            self.redo();
        } else if ctx.input_mut(|i| i.consume_shortcut(&UNDO)) {
            self.undo();
        }
        if self.reader.selection().is_some() {
            for (key, label) in MARK_KEYS {
                if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key)) {
                    self.mark_selection(label, false);
                }
            }
        }
    }

    /// The menu of a right click in the text: what can be done with the selection, and with the highlight and
    /// quote under the pointer (`at`).
    pub(super) fn edit_menu_ui(&mut self, ui: &mut egui::Ui, at: Option<usize>) {
        let Some(loaded) = self.loaded.as_ref() else {
            return;
        };
        if loaded.revision == 0 {
            ui.label(trw("status-analysing"));
            return;
        }
        let text = &loaded.doc.text;
        let a = &loaded.analysis;
        let mention = at
            .and_then(|o| filter::mention_at(a, o))
            .and_then(|i| a.mentions.get(i))
            .cloned();
        let quote = at
            .and_then(|o| loaded.quotes_at.at(a, o))
            .and_then(|i| a.quotes.get(i))
            .cloned();
        let selection = self.selected_words();
        // Counted once per selection, not every frame the menu stays open (the count scans the whole text).
        let elsewhere = match (selection, self.context_elsewhere) {
            (Some(s), Some((counted, n))) if counted == s => n,
            (Some(s), _) => {
                let n = same_words_elsewhere(text, s).len();
                self.context_elsewhere = Some((s, n));
                n
            }
            (None, _) => 0,
        };
        let mut edits: Vec<Edit> = Vec::new();
        let mut mark: Option<(EntityLabel, bool)> = None;
        let mut mark_quote = None;

        if let Some(sel) = selection {
            let words = sel.get(text).unwrap_or_default();
            rtl_label(ui, &format!("«{words}»"));
            for (n, (_, label)) in MARK_KEYS.iter().enumerate() {
                let name = label_name(*label);
                let button =
                    egui::Button::new(i18n::trw_args("edit-mark-as", &[("type", name.into())]))
                        .shortcut_text(format!("{}", n + 1));
                if ui.add(button).clicked() {
                    mark = Some((*label, false));
                }
            }
            if elsewhere > 0 {
                let every = i18n::trw_args(
                    "edit-mark-every",
                    &[("words", words.into()), ("count", (elsewhere + 1).into())],
                );
                ui.menu_button(every, |ui| {
                    for label in EntityLabel::ALL {
                        if ui.button(i18n::widget(&label_name(label))).clicked() {
                            mark = Some((label, true));
                        }
                    }
                });
            }
            if ui.button(trw("edit-mark-direct-quote")).clicked() {
                mark_quote = Some(QuoteKind::Direct);
            }
            if ui.button(trw("edit-mark-reported-speech")).clicked() {
                mark_quote = Some(QuoteKind::Indirect);
            }
            if let Some(q) = &quote {
                if ui.button(trw("edit-make-speaker")).clicked() {
                    edits.push(Edit::SetSpeaker {
                        quote: q.span,
                        speaker: Some(sel),
                    });
                }
                if ui.button(trw("edit-make-cue")).clicked() {
                    edits.push(Edit::SetCue {
                        quote: q.span,
                        cue: Some(sel),
                    });
                }
            }
            ui.separator();
        }
        if let Some(m) = &mention {
            let words = m.span.get(text).unwrap_or_default();
            rtl_label(
                ui,
                &tr_args(
                    "edit-highlight-title",
                    &[
                        ("words", words.into()),
                        ("type", label_name(m.label).into()),
                    ],
                ),
            );
            ui.menu_button(trw("edit-change-type"), |ui| {
                for label in EntityLabel::ALL.into_iter().filter(|l| *l != m.label) {
                    if ui.button(i18n::widget(&label_name(label))).clicked() {
                        edits.push(Edit::Retype {
                            span: m.span,
                            label,
                        });
                    }
                }
            });
            if let Some(sel) = selection.filter(|s| s.overlaps(m.span) && *s != m.span)
                && ui.button(trw("edit-set-extent")).clicked()
            {
                edits.push(Edit::Resize {
                    from: m.span,
                    to: sel,
                });
            }
            if ui.button(trw("edit-remove-highlight")).clicked() {
                edits.push(Edit::RemoveEntity { span: m.span });
            }
            let same: Vec<Span> = a
                .mentions
                .iter()
                .filter(|o| o.span != m.span && o.span.get(text) == Some(words))
                .map(|o| o.span)
                .collect();
            if !same.is_empty()
                && ui
                    .button(i18n::trw_args(
                        "edit-remove-every",
                        &[("words", words.into()), ("count", (same.len() + 1).into())],
                    ))
                    .clicked()
            {
                edits.push(Edit::RemoveEntity { span: m.span });
                edits.extend(same.into_iter().map(|span| Edit::RemoveEntity { span }));
            }
            ui.separator();
        }
        if let Some(q) = &quote {
            let speaker = q.speaker.as_ref().map_or("?", |s| s.name.as_str());
            ui.label(i18n::trw_args(
                "edit-quote-title",
                &[("speaker", speaker.into())],
            ));
            let entities: Vec<(Span, String)> = {
                let mut seen = std::collections::HashSet::new();
                a.entities
                    .iter()
                    .filter(|e| e.label != EntityLabel::Loc)
                    .filter_map(|e| {
                        let first = a.mentions.get(*e.mentions.first()?)?;
                        seen.insert(e.canonical.clone())
                            .then(|| (first.span, e.canonical.clone()))
                    })
                    .collect()
            };
            ui.menu_button(trw("edit-set-speaker"), |ui| {
                egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .show(ui, |ui| {
                        for (span, name) in &entities {
                            if ui.button(i18n::widget(name)).clicked() {
                                edits.push(Edit::SetSpeaker {
                                    quote: q.span,
                                    speaker: Some(*span),
                                });
                            }
                        }
                    });
            });
            if q.speaker.is_some() && ui.button(trw("edit-no-speaker")).clicked() {
                edits.push(Edit::SetSpeaker {
                    quote: q.span,
                    speaker: None,
                });
            }
            if ui.button(trw("edit-remove-quote")).clicked() {
                edits.push(Edit::RemoveQuote { span: q.span });
            }
        }
        if selection.is_none() && mention.is_none() && quote.is_none() {
            ui.label(trw("edit-nothing-here"));
        }
        if let Some((label, everywhere)) = mark {
            self.mark_selection(label, everywhere);
        }
        if let Some(kind) = mark_quote {
            self.mark_selection_quote(kind);
        }
        if !edits.is_empty() {
            self.edit(edits);
        }
    }

    /// The Edit menu's correction entries.
    pub(super) fn edit_menu_entries(&mut self, ui: &mut egui::Ui) {
        let (can_undo, can_redo) = self.loaded.as_ref().map_or((false, false), |l| {
            (
                l.corrections.history.can_undo(),
                l.corrections.history.can_redo(),
            )
        });
        if ui
            .add_enabled(
                can_undo,
                egui::Button::new(trw("edit-undo")).shortcut_text(ui.ctx().format_shortcut(&UNDO)),
            )
            .clicked()
        {
            self.undo();
        }
        if ui
            .add_enabled(
                can_redo,
                egui::Button::new(trw("edit-redo")).shortcut_text(ui.ctx().format_shortcut(&REDO)),
            )
            .clicked()
        {
            self.redo();
        }
        let selected = self.selected_words().is_some();
        for (n, (_, label)) in MARK_KEYS.iter().enumerate() {
            let name = label_name(*label);
            let button = egui::Button::new(i18n::trw_args(
                "edit-mark-selection-as",
                &[("type", name.into())],
            ))
            .shortcut_text(format!("{}", n + 1));
            if ui.add_enabled(selected, button).clicked() {
                self.mark_selection(*label, false);
            }
        }
        if ui
            .add_enabled(
                self.has_unsaved_corrections(),
                egui::Button::new(trw("edit-save-now")),
            )
            .clicked()
        {
            self.save_corrections();
        }
    }
}

/// A line of the article's words in a menu, ordered by the reader's bidi path.
fn rtl_label(ui: &mut egui::Ui, text: &str) {
    ui.label(i18n::widget(text));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_snaps_to_whole_words_without_punctuation() {
        let text = "قال «سامي منصور»، إن";
        let inside = text.find("امي").unwrap_or(0);
        let end = text.find("منص").unwrap_or(0) + 2;
        let snapped = snap_to_words(text, Span::new(inside, end)).unwrap_or_default();
        assert_eq!(snapped.get(text), Some("سامي منصور"));
        assert_eq!(snap_to_words(text, Span::new(3, 4)), None, "a space alone");
    }

    #[test]
    fn the_same_words_elsewhere_are_whole_words_only() {
        let text = "زار منصور المدينة. ثم عاد منصور، وقال المنصوري إن منصورا";
        let first = text.find("منصور").unwrap_or(0);
        let others = same_words_elsewhere(text, Span::new(first, first + "منصور".len()));
        assert_eq!(others.len(), 1, "{others:?}");
    }
}
