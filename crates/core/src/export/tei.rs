//! TEI P5 XML: the outline as nested `div`s with their `head`, entity mentions as `persName`, `orgName`,
//! `placeName` (MISC as `name`), each pointing with `ref` at its entity in the header's `listPerson`, `listOrg` or
//! `listPlace`; quotes as `q` with `who` pointing at the speaker (an entity, or a `person` of its own for a speaker
//! the analysis could not tie to an entity, one per [`crate::filter::speaker_groups`] group).
//!
//! Highlights nest as in the HTML export (the same splitting of crossing spans, [`Marks`]); a quote split at a
//! block or an element boundary carries its `xml:id` on the first piece and `prev` on the others.

use super::html::escape;
use super::html_marks::{Marks, Markup};
use crate::analysis::{Analysis, EntityLabel, QuoteKind};
use crate::document::{BlockKind, Document};
use crate::filter::{Highlight, Mark, SpeakerFilter, speaker_groups};
use std::fmt::Write as _;

/// TEI element names of an entity type.
fn element(label: EntityLabel) -> &'static str {
    match label {
        EntityLabel::Per => "persName",
        EntityLabel::Org => "orgName",
        EntityLabel::Loc => "placeName",
        EntityLabel::Misc => "name",
    }
}

struct Tei<'a> {
    analysis: &'a Analysis,
    /// The `who` pointer of each quote (`#e3`, `#spk1`), indexed like the quotes.
    who: Vec<Option<String>>,
}

impl Tei<'_> {
    fn tag(h: Highlight, analysis: &Analysis) -> &'static str {
        match h.mark {
            Mark::Entity(_) => analysis
                .mentions
                .get(h.index)
                .map_or("name", |m| element(m.label)),
            Mark::Quote => "q",
            Mark::Speaker => "rs",
            Mark::Cue => "seg",
        }
    }
}

impl Markup for Tei<'_> {
    fn open(&self, h: Highlight, first: bool, out: &mut String) {
        let a = self.analysis;
        let tag = Self::tag(h, a);
        match h.mark {
            Mark::Entity(label) => {
                let Some(m) = a.mentions.get(h.index) else {
                    return;
                };
                let kind = if label == EntityLabel::Misc {
                    " type=\"misc\""
                } else {
                    ""
                };
                let _ = write!(out, "<{tag}{kind} ref=\"#e{}\">", m.entity);
            }
            Mark::Quote => {
                let kind = match a.quotes.get(h.index).map(|q| q.kind) {
                    Some(QuoteKind::Direct) => "direct",
                    _ => "indirect",
                };
                let _ = write!(out, "<q type=\"{kind}\"");
                if let Some(Some(who)) = self.who.get(h.index) {
                    let _ = write!(out, " who=\"{who}\"");
                }
                if first {
                    let _ = write!(out, " xml:id=\"q{}\">", h.index + 1);
                } else {
                    let _ = write!(out, " prev=\"#q{}\">", h.index + 1);
                }
            }
            Mark::Speaker => {
                let _ = write!(out, "<rs type=\"speaker\"");
                if let Some(Some(who)) = self.who.get(h.index) {
                    let _ = write!(out, " ref=\"{who}\"");
                }
                out.push('>');
            }
            Mark::Cue => out.push_str("<seg type=\"cue\">"),
        }
    }

    fn close(&self, h: Highlight, out: &mut String) {
        let _ = write!(out, "</{}>", Self::tag(h, self.analysis));
    }
}

/// The TEI document.
pub fn to_tei(doc: &Document, analysis: &Analysis) -> String {
    let (groups, _) = speaker_groups(analysis);
    let mut who = vec![None; analysis.quotes.len()];
    let mut speakers = String::new();
    for (g, group) in groups.iter().enumerate() {
        let pointer = match &group.key {
            SpeakerFilter::Entity(e) => format!("#e{e}"),
            SpeakerFilter::Name(name) => {
                let _ = writeln!(
                    speakers,
                    "<person xml:id=\"spk{}\"><persName>{}</persName></person>",
                    g + 1,
                    escape(name)
                );
                format!("#spk{}", g + 1)
            }
        };
        for &q in &group.quotes {
            if let Some(slot) = who.get_mut(q) {
                *slot = Some(pointer.clone());
            }
        }
    }
    let mut out = String::with_capacity(doc.text.len() * 2 + 4096);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"ar\">\n\
         <teiHeader><fileDesc><titleStmt><title>{}</title></titleStmt>\n\
         <publicationStmt><p>Exported by Sahifa {}</p></publicationStmt>\n\
         <sourceDesc><p>{}</p></sourceDesc></fileDesc></teiHeader>\n<standOff>\n",
        escape(doc.title()),
        env!("CARGO_PKG_VERSION"),
        escape(&doc.source.name)
    );
    for (list, label, item, name) in [
        ("listPerson", EntityLabel::Per, "person", "persName"),
        ("listOrg", EntityLabel::Org, "org", "orgName"),
        ("listPlace", EntityLabel::Loc, "place", "placeName"),
    ] {
        let mut body = String::new();
        for (i, e) in analysis.entities.iter().enumerate() {
            if e.label == label {
                let _ = writeln!(
                    body,
                    "<{item} xml:id=\"e{i}\"><{name}>{}</{name}></{item}>",
                    escape(&e.canonical)
                );
            }
        }
        if label == EntityLabel::Per {
            body.push_str(&speakers);
        }
        if !body.is_empty() {
            let _ = write!(out, "<{list}>\n{body}</{list}>\n");
        }
    }
    let misc: Vec<(usize, &str)> = analysis
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.label == EntityLabel::Misc)
        .map(|(i, e)| (i, e.canonical.as_str()))
        .collect();
    if !misc.is_empty() {
        out.push_str("<listObject>\n");
        for (i, name) in misc {
            let _ = writeln!(
                out,
                "<object xml:id=\"e{i}\"><objectIdentifier><objectName>{}</objectName></objectIdentifier></object>",
                escape(name)
            );
        }
        out.push_str("</listObject>\n");
    }
    out.push_str("</standOff>\n<text><body>\n");
    let marks = Marks::new(doc, analysis);
    let tei = Tei { analysis, who };
    // Open divs by heading level.
    let mut divs: Vec<u8> = Vec::new();
    let mut in_list = false;
    for (b, block) in doc.blocks.iter().enumerate() {
        if in_list && block.kind != BlockKind::Item {
            out.push_str("</list>\n");
            in_list = false;
        }
        let (open, close) = match block.kind {
            BlockKind::Title => ("<head type=\"title\">", "</head>"),
            BlockKind::Heading => {
                let level = block.level.max(1);
                while divs.last().is_some_and(|&l| l >= level) {
                    divs.pop();
                    out.push_str("</div>\n");
                }
                divs.push(level);
                out.push_str("<div>\n");
                ("<head>", "</head>")
            }
            BlockKind::Paragraph => ("<p>", "</p>"),
            BlockKind::Quote => ("<p rend=\"blockquote\">", "</p>"),
            BlockKind::Item => {
                if !in_list {
                    out.push_str("<list>\n");
                    in_list = true;
                }
                ("<item>", "</item>")
            }
        };
        out.push_str(open);
        marks.render_with(b, &tei, &mut out);
        out.push_str(close);
        out.push('\n');
    }
    if in_list {
        out.push_str("</list>\n");
    }
    for _ in divs {
        out.push_str("</div>\n");
    }
    out.push_str("</body></text>\n</TEI>\n");
    out
}
