//! The outline (right: the start side for Arabic readers) and the entity and quote lists (left).

use super::i18n::{self, tr, tr_args, trw};
use super::rtl::JobKey;
use super::worker::Loaded;
use super::{FocusTarget, SahifaApp, SideTab, color, rows, rtl};
use crate::analysis::QuoteKind;
use crate::filter::{self, Filter};
use egui::{Align, FontId, Layout};

/// The first words of a statement, for the quote list.
fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n + 1).collect();
    if words.len() > n {
        format!("{}…", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}

/// The tooltip for a byte offset in the reader: entity type and canonical name, quote speaker and cue.
pub(super) fn tooltip_text(loaded: &Loaded, offset: usize, f: &Filter) -> Option<String> {
    let a = &loaded.analysis;
    let mut lines = Vec::new();
    if let Some(m) = filter::mention_at(a, offset).and_then(|i| a.mentions.get(i))
        && f.shows_mention(m)
    {
        let canonical = a
            .entities
            .get(m.entity)
            .map_or("", |e| e.canonical.as_str());
        let kind = super::edit::label_name(m.label);
        lines.push(tr_args(
            "tooltip-entity",
            &[("type", kind.into()), ("name", canonical.into())],
        ));
        if m.source == crate::analysis::Recogniser::User {
            lines.push(tr("tooltip-corrected"));
        }
    }
    if let Some(q) = loaded.quotes_at.at(a, offset).and_then(|i| a.quotes.get(i))
        && f.shows_quote(q, a)
    {
        lines.push(match q.kind {
            QuoteKind::Direct => tr("tooltip-direct-quote"),
            QuoteKind::Indirect => tr("tooltip-reported-speech"),
        });
        if loaded
            .corrections
            .history
            .edits()
            .iter()
            .any(|e| e.is_quote() && e.target() == q.span)
        {
            lines.push(tr("tooltip-corrected"));
        }
        let speaker = q
            .speaker
            .as_ref()
            .map_or_else(|| tr("tooltip-speaker-unknown"), |s| s.name.clone());
        lines.push(tr_args("tooltip-speaker", &[("name", speaker.into())]));
        if let Some(cue) = q.cue {
            lines.push(tr_args(
                "tooltip-cue",
                &[("cue", loaded.doc.slice(cue).into())],
            ));
        }
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

impl SahifaApp {
    /// The outline; true when the user chose a section (a click, or Enter on a focused row).
    pub(super) fn outline_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let p = self.palette();
        ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
            ui.label(i18n::heading(&tr("panel-outline")));
        });
        ui.separator();
        let Some(loaded) = &self.loaded else {
            return false;
        };
        let mut jump = None;
        // Ctrl+1: the keyboard goes to the current section's row (the first when none is current).
        let focus_row = (self.chrome.focus_target == Some(FocusTarget::Outline))
            .then(|| self.current_section.unwrap_or(0));
        if focus_row.is_some() {
            self.chrome.focus_target = None;
        }
        let always: Vec<usize> = focus_row
            .into_iter()
            .chain(self.current_section.filter(|_| self.outline_follow))
            .collect();
        let version = (loaded.doc.id, loaded.revision);
        let jobs = &mut self.jobs;
        let current_section = self.current_section;
        let follow = self.outline_follow;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let count = loaded.doc.sections.len();
                rows::show(
                    ui,
                    &mut self.outline_rows,
                    version,
                    count,
                    26.0,
                    &always,
                    |ui, i| {
                        let Some(section) = loaded.doc.sections.get(i) else {
                            return;
                        };
                        let title = loaded.doc.section_title(i);
                        let current = current_section == Some(i);
                        let size = if section.level <= 1 { 15.0 } else { 14.0 };
                        let indent = f32::from(section.level.saturating_sub(1)) * 12.0;
                        let (mentions, quotes) =
                            loaded.section_counts.get(i).copied().unwrap_or((0, 0));
                        ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
                            ui.add_space(indent);
                            let format = egui::TextFormat::simple(
                                FontId::proportional(size),
                                color(if current { p.accent } else { p.text }),
                            );
                            // The counts first measured, so the title wraps in what is left: a row
                            // wider than the panel made the panel grow, and the titles with it.
                            let counts = egui::WidgetText::from(
                                egui::RichText::new(format!("{mentions}·{quotes}")).weak(),
                            )
                            .into_galley(
                                ui,
                                Some(egui::TextWrapMode::Extend),
                                f32::INFINITY,
                                egui::TextStyle::Body,
                            );
                            let spacing = ui.spacing();
                            let chrome = counts.size().x
                                + 2.0 * spacing.button_padding.x
                                + 2.0 * spacing.item_spacing.x;
                            let width = (ui.available_width() - chrome).max(60.0);
                            let job =
                                jobs.get(ui.ctx(), (JobKey::Section, i), title, &format, width);
                            let button = egui::Button::selectable(current, job);
                            let response = ui.add(button).on_hover_text(i18n::trw_args(
                                "outline-counts",
                                &[("entities", mentions.into()), ("quotes", quotes.into())],
                            ));
                            response.widget_info(|| {
                                egui::WidgetInfo::selected(egui::Role::Button, true, current, title)
                            });
                            if response.clicked() {
                                jump = Some(i);
                            }
                            if current && follow {
                                response.scroll_to_me(None);
                            }
                            if focus_row == Some(i) {
                                response.request_focus();
                                response.scroll_to_me(None);
                            }
                            ui.label(counts);
                        });
                    },
                );
            });
        if let Some(section) = jump {
            self.jump_to_section(section);
        }
        jump.is_some()
    }

    pub(super) fn side_panel_ui(&mut self, ui: &mut egui::Ui) {
        let layout = if self.language().is_rtl() {
            Layout::right_to_left(Align::Center)
        } else {
            Layout::left_to_right(Align::Center)
        };
        // One row: a bare right-to-left layout in the panel would take its whole height.
        ui.horizontal(|ui| {
            ui.with_layout(layout, |ui| {
                ui.selectable_value(&mut self.side_tab, SideTab::Entities, trw("panel-entities"));
                ui.selectable_value(&mut self.side_tab, SideTab::Quotes, trw("panel-quotes"));
            });
        });
        ui.separator();
        match self.side_tab {
            SideTab::Entities => self.entities_ui(ui),
            SideTab::Quotes => self.quotes_ui(ui),
        }
    }

    fn entities_ui(&mut self, ui: &mut egui::Ui) {
        let p = self.palette();
        let Some(loaded) = &self.loaded else { return };
        let a = &loaded.analysis;
        let mut cycle = None;
        let mut only = None;
        let mut focus = self.chrome.focus_target == Some(FocusTarget::Entities);
        if focus {
            self.chrome.focus_target = None;
        }
        let version = (loaded.doc.id, loaded.revision);
        let group_rows = &mut self.group_rows;
        let chosen_entity = self.filter.entity;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for (g, (label, items)) in loaded.entity_groups.iter().enumerate() {
                    let label = *label;
                    let header = i18n::trw_args(
                        "panel-group-header",
                        &[
                            ("name", super::toolbar::label_plural(label).into()),
                            ("count", items.len().into()),
                        ],
                    );
                    let open = items.len() <= 200;
                    egui::CollapsingHeader::new(header)
                        .id_salt(label.as_str())
                        .default_open(open)
                        .show(ui, |ui| {
                            let heights = group_rows.entry((SideTab::Entities, g)).or_default();
                            let always: Vec<usize> = focus.then_some(0).into_iter().collect();
                            rows::show(
                                ui,
                                heights,
                                version,
                                items.len(),
                                24.0,
                                &always,
                                |ui, row| {
                                    let Some(&i) = items.get(row) else { return };
                                    let Some(entity) = a.entities.get(i) else {
                                        return;
                                    };
                                    ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
                                        let job = rtl::job(
                                            &entity.canonical,
                                            FontId::proportional(14.0),
                                            color(p.text),
                                        );
                                        let chosen = chosen_entity == Some(i);
                                        let r = ui.add(
                                            egui::Button::selectable(chosen, job)
                                                .fill(color(p.entity(label))),
                                        );
                                        r.widget_info(|| {
                                            egui::WidgetInfo::labeled(
                                                egui::Role::Button,
                                                true,
                                                &entity.canonical,
                                            )
                                        });
                                        if std::mem::take(&mut focus) {
                                            r.request_focus();
                                            r.scroll_to_me(None);
                                        }
                                        if r.on_hover_text(trw("entity-next-mention-hint"))
                                            .clicked()
                                        {
                                            cycle = Some(i);
                                        }
                                        ui.weak(entity.mentions.len().to_string());
                                        if ui
                                            .small_button(if chosen {
                                                trw("entity-all")
                                            } else {
                                                trw("entity-only")
                                            })
                                            .on_hover_text(trw("entity-only-hint"))
                                            .clicked()
                                        {
                                            only = Some(if chosen { None } else { Some(i) });
                                        }
                                    });
                                },
                            );
                        });
                }
                if loaded.revision == 0 {
                    ui.label(trw("status-analysing"));
                } else if a.entities.is_empty() {
                    ui.label(trw("panel-no-entities"));
                }
            });
        if let Some(i) = cycle {
            self.cycle_entity(i);
        }
        if let Some(choice) = only {
            self.filter.entity = choice;
        }
    }

    fn quotes_ui(&mut self, ui: &mut egui::Ui) {
        let p = self.palette();
        let Some(loaded) = &self.loaded else { return };
        let a = &loaded.analysis;
        let mut jump = None;
        let mut speaker_filter = None;
        let mut focus = self.chrome.focus_target == Some(FocusTarget::Quotes);
        if focus {
            self.chrome.focus_target = None;
        }
        let version = (loaded.doc.id, loaded.revision);
        let jobs = &mut self.jobs;
        let group_rows = &mut self.group_rows;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let unknown_name = tr("panel-unknown-speaker");
                let unknown = (!loaded.unknown_speaker.is_empty()).then_some((
                    None,
                    unknown_name.as_str(),
                    &loaded.unknown_speaker,
                ));
                let groups = loaded
                    .speaker_groups
                    .iter()
                    .map(|g| (Some(&g.key), g.name.as_str(), &g.quotes))
                    .chain(unknown);
                for (g, (key, shown, quotes)) in groups.enumerate() {
                    let header = i18n::trw_args(
                        "panel-group-header",
                        &[("name", shown.into()), ("count", quotes.len().into())],
                    );
                    let response = egui::CollapsingHeader::new(header)
                        .id_salt(("speaker", &shown))
                        .default_open(quotes.len() <= 50)
                        .show(ui, |ui| {
                            let heights = group_rows.entry((SideTab::Quotes, g)).or_default();
                            let always: Vec<usize> = focus.then_some(0).into_iter().collect();
                            rows::show(
                                ui,
                                heights,
                                version,
                                quotes.len(),
                                24.0,
                                &always,
                                |ui, row| {
                                    let Some(&i) = quotes.get(row) else { return };
                                    let Some(quote) = a.quotes.get(i) else { return };
                                    let words = first_words(loaded.doc.slice(quote.span), 8);
                                    // Reported speech is marked "…" (an arrow was a missing glyph in the
                                    // interface fonts and showed as a box).
                                    let kind = if quote.kind == QuoteKind::Direct {
                                        "«»"
                                    } else {
                                        "…"
                                    };
                                    ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
                                        ui.weak(kind);
                                        let format = egui::TextFormat::simple(
                                            FontId::proportional(13.0),
                                            color(p.text),
                                        );
                                        let width = (ui.available_width() - 30.0).max(60.0);
                                        let job = jobs.get(
                                            ui.ctx(),
                                            (JobKey::Quote, i),
                                            &words,
                                            &format,
                                            width,
                                        );
                                        let r = ui.add(egui::Button::new(job).fill(color(p.quote)));
                                        r.widget_info(|| {
                                            egui::WidgetInfo::labeled(
                                                egui::Role::Button,
                                                true,
                                                &words,
                                            )
                                        });
                                        if std::mem::take(&mut focus) {
                                            r.request_focus();
                                            r.scroll_to_me(None);
                                        }
                                        if r.clicked() {
                                            jump = Some(quote.span.start);
                                        }
                                    });
                                },
                            );
                        });
                    if let Some(key) = key
                        && response.header_response.secondary_clicked()
                    {
                        speaker_filter = Some(key.clone());
                    }
                }
                if loaded.revision == 0 {
                    ui.label(trw("status-analysing"));
                } else if a.quotes.is_empty() {
                    ui.label(trw("panel-no-quotes"));
                }
            });
        if let Some(offset) = jump {
            self.jump_to(offset);
        }
        if let Some(key) = speaker_filter {
            self.filter.speaker = Some(key);
        }
    }
}
