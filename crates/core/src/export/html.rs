//! The HTML export: one self-contained page (fonts, CSS inline, no script, nothing from the network) to read,
//! share and print, with the window's highlights, a legend that toggles them, the outline and the quotes by speaker.
//!
//! Every piece of article text is escaped. Overlapping spans (a quote holding entities, a speaker that is also an
//! entity) nest properly: an element that would cross another is closed and reopened at the boundary.

use super::Filter;
use super::html_css::{stylesheet, toggle_id};
use super::html_marks::Marks;
use crate::analysis::{Analysis, EntityLabel, QuoteKind};
use crate::document::{BlockKind, Document};
use std::fmt::Write as _;

/// Escapes text for element content and (double- or single-quoted) attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The singular Arabic name of an entity type, for tooltips.
pub(super) fn type_name(label: EntityLabel) -> &'static str {
    match label {
        EntityLabel::Per => "شخص",
        EntityLabel::Org => "منظمة",
        EntityLabel::Loc => "مكان",
        EntityLabel::Misc => "كيان آخر",
    }
}

/// The short label of an entity type on its chip.
pub(super) fn short_name(label: EntityLabel) -> &'static str {
    match label {
        EntityLabel::Per => "شخص",
        EntityLabel::Org => "منظمة",
        EntityLabel::Loc => "مكان",
        EntityLabel::Misc => "آخر",
    }
}

pub(super) fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "اقتباس مباشر",
        QuoteKind::Indirect => "كلام منقول",
    }
}

/// The first words of a quote, for the list of quotes by speaker.
fn first_words(s: &str, words: usize) -> String {
    let all: Vec<&str> = s.split_whitespace().collect();
    if all.len() <= words {
        all.join(" ")
    } else {
        format!("{}…", all.get(..words).unwrap_or_default().join(" "))
    }
}

/// Renders the table of contents: sections as nested lists of links.
fn toc(doc: &Document, out: &mut String) {
    fn list(doc: &Document, items: &[usize], out: &mut String) {
        out.push_str("<ol>");
        for &i in items {
            let _ = write!(
                out,
                "<li><a href=\"#sec-{i}\">{}</a>",
                escape(doc.section_title(i))
            );
            if let Some(s) = doc.sections.get(i)
                && !s.children.is_empty()
            {
                list(doc, &s.children, out);
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>");
    }
    let roots: Vec<usize> = (0..doc.sections.len())
        .filter(|&i| doc.sections.get(i).is_some_and(|s| s.parent.is_none()))
        .collect();
    if roots.is_empty() {
        return;
    }
    out.push_str("<nav class=\"toc\" aria-label=\"المحتويات\"><h2>المحتويات</h2>");
    list(doc, &roots, out);
    out.push_str("</nav>\n");
}

/// The legend: one toggle per entity type present and one for quotes, with counts.
fn legend(analysis: &Analysis, out: &mut String) {
    out.push_str("<header class=\"legend\" aria-label=\"مفتاح الألوان\"><h2>مفتاح الألوان</h2>");
    for label in EntityLabel::ALL {
        let n = analysis
            .mentions
            .iter()
            .filter(|m| m.label == label)
            .count();
        let _ = write!(
            out,
            "<label for=\"{}\" class=\"ent-{}\">{} <span class=\"count\">({n})</span></label>",
            toggle_id(Some(label)),
            label.as_str(),
            label.arabic_name()
        );
    }
    let _ = writeln!(
        out,
        "<label for=\"{}\" class=\"q\">اقتباسات <span class=\"count\">({})</span></label>\
         <label for=\"show-chips\" class=\"chips\">أسماء الأنواع</label>\
         <span class=\"hint\">اضغط لإظهار نوع أو إخفائه</span></header>",
        toggle_id(None),
        analysis.quotes.len()
    );
}

/// The quotes grouped by speaker (a person with all their names together, largest group first, then the
/// statements of unknown speakers), each linking to its place in the text. The window's quote list groups alike.
fn quotes_by_speaker(doc: &Document, analysis: &Analysis, out: &mut String) {
    if analysis.quotes.is_empty() {
        return;
    }
    let (groups, unknown) = crate::filter::speaker_groups(analysis);
    // Each group's other surface forms: the names its quotes' speakers are written with, besides the canonical one.
    let mut groups: Vec<(String, Vec<String>, Vec<usize>)> = groups
        .into_iter()
        .map(|g| {
            let mut forms: Vec<String> = Vec::new();
            for q in g.quotes.iter().filter_map(|&i| analysis.quotes.get(i)) {
                if let Some(s) = &q.speaker {
                    let form = doc.slice(s.span).trim();
                    let form = if form.is_empty() { s.name.trim() } else { form };
                    if form != g.name.trim() && !forms.iter().any(|f| f == form) {
                        forms.push(form.to_owned());
                    }
                }
            }
            (g.name, forms, g.quotes)
        })
        .collect();
    if !unknown.is_empty() {
        groups.push(("متكلم غير معروف".to_owned(), Vec::new(), unknown));
    }
    out.push_str(
        "<aside class=\"quotes-by-speaker\" aria-label=\"الاقتباسات حسب المتكلم\">\
         <h2>الاقتباسات حسب المتكلم</h2>",
    );
    for (name, forms, list) in groups {
        let _ = write!(out, "<section><h3>{} ({})</h3>", escape(&name), list.len());
        if !forms.is_empty() {
            let forms: Vec<String> = forms.iter().map(|f| escape(f)).collect();
            let _ = write!(
                out,
                "<p class=\"forms\">ورد أيضًا باسم: {}</p>",
                forms.join("، ")
            );
        }
        out.push_str("<ol>");
        for i in list {
            let Some(q) = analysis.quotes.get(i) else {
                continue;
            };
            let _ = write!(
                out,
                "<li><a href=\"#q-{i}\">{}</a> <span class=\"kind\">{}</span></li>",
                escape(&first_words(doc.slice(q.span), 12)),
                kind_name(q.kind)
            );
        }
        out.push_str("</ol></section>");
    }
    out.push_str("</aside>\n");
}

/// The article blocks, headings anchored for the table of contents, list items grouped.
fn article(doc: &Document, analysis: &Analysis, filter: &Filter, out: &mut String) {
    let marks = Marks::new(doc, analysis);
    // Under an entity focus, the blocks that do not mention it are dimmed (as in the window).
    let dimmed_blocks = crate::filter::dimmed_blocks(doc, analysis, filter);
    let mut section_of_block = vec![None; doc.blocks.len()];
    for (i, s) in doc.sections.iter().enumerate() {
        if let Some(slot) = section_of_block.get_mut(s.block) {
            *slot = Some(i);
        }
    }
    out.push_str("<main><article>\n");
    let mut in_list = false;
    // Each block's direction as the reader decides it: right to left unless mainly Latin (not dir="auto", which
    // follows the first strong letter and turns "iPhone 16 هو ..." left to right).
    let document_rtl = crate::direction::document_is_rtl(&doc.text);
    for (b, block) in doc.blocks.iter().enumerate() {
        if in_list && block.kind != BlockKind::Item {
            out.push_str("</ul>\n");
            in_list = false;
        }
        let dimmed = dimmed_blocks
            .as_ref()
            .is_some_and(|d| d.get(b).copied().unwrap_or(false));
        let class = if dimmed { " class=\"dim\"" } else { "" };
        let section = section_of_block.get(b).copied().flatten();
        let id = section.map_or_else(String::new, |s| format!(" id=\"sec-{s}\""));
        let (open, close) = match block.kind {
            BlockKind::Title => ("<h1".to_owned(), "</h1>".to_owned()),
            BlockKind::Heading => {
                let level = block.level.clamp(2, 6);
                (format!("<h{level}"), format!("</h{level}>"))
            }
            BlockKind::Paragraph => ("<p".to_owned(), "</p>".to_owned()),
            BlockKind::Quote => ("<blockquote".to_owned(), "</blockquote>".to_owned()),
            BlockKind::Item => {
                if !in_list {
                    out.push_str("<ul>");
                    in_list = true;
                }
                ("<li".to_owned(), "</li>".to_owned())
            }
        };
        let dir = if crate::direction::paragraph_is_rtl(doc.slice(block.span), document_rtl) {
            "rtl"
        } else {
            "ltr"
        };
        let _ = write!(out, "{open}{id}{class} dir=\"{dir}\">");
        marks.render(b, out);
        out.push_str(&close);
        out.push('\n');
    }
    if in_list {
        out.push_str("</ul>\n");
    }
    out.push_str("</article>\n");
    quotes_by_speaker(doc, analysis, out);
    out.push_str("</main>\n");
}

/// The whole page. `analysis` is already narrowed by `filter`; the filter's entity choice also dims blocks.
pub fn to_html(doc: &Document, analysis: &Analysis, filter: &Filter) -> String {
    let mut out = String::with_capacity(doc.text.len() * 3 + 400_000);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; \
         font-src data:; img-src data:\">\n<meta name=\"generator\" content=\"Sahifa {}\">\n<title>{}</title>\n\
         <style>\n{}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(doc.title()),
        stylesheet()
    );
    for label in EntityLabel::ALL.map(Some).into_iter().chain([None]) {
        let _ = writeln!(
            out,
            "<input type=\"checkbox\" class=\"toggle\" id=\"{}\" checked>",
            toggle_id(label)
        );
    }
    out.push_str("<input type=\"checkbox\" class=\"toggle\" id=\"show-chips\">\n");
    out.push_str("<div class=\"page\">\n");
    legend(analysis, &mut out);
    toc(doc, &mut out);
    article(doc, analysis, filter, &mut out);
    let _ = write!(
        out,
        "<footer>{} — صدّره صحيفة (Sahifa)</footer>\n</div>\n</body>\n</html>\n",
        escape(&doc.source.name)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(
            escape("<a href='x'>\"&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"
        );
    }

    #[test]
    fn first_words_cut_long_quotes() {
        assert_eq!(first_words("أ ب ج د", 2), "أ ب…");
        assert_eq!(first_words("أ  ب", 2), "أ ب");
    }
}
