//! The HTML export: self-contained, right-to-left, the window's palette, legend toggles without script, outline
//! and quote list linking to anchors that exist; and a hostile article shows its markup as text and runs nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

mod export_common;

use export_common::{add_quote, annotated, sample};
use sahifa_core::analysis::{EntityLabel, QuoteKind};
use sahifa_core::export::{Filter, Format, Rendered, render};
use scraper::{Html, Selector};

fn html_of(
    doc: &sahifa_core::document::Document,
    analysis: &sahifa_core::analysis::Analysis,
    filter: &Filter,
) -> String {
    let Rendered::File(bytes) = render(Format::Html, doc, analysis, filter).unwrap() else {
        panic!("html is one file");
    };
    String::from_utf8(bytes).unwrap()
}

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

/// The text of an element, type chips left out (they are labels beside the text, not part of it).
fn text_without_chips(el: scraper::ElementRef<'_>) -> String {
    el.descendants()
        .filter_map(|n| n.value().as_text().map(|t| (n, t)))
        .filter(|(n, _)| {
            !n.ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().classes().any(|c| c == "chip"))
        })
        .map(|(_, t)| &**t)
        .collect()
}

/// Asserts that nothing in the page can run or load anything.
fn assert_inert(page: &Html) {
    assert!(
        select(
            page,
            "script, iframe, object, embed, img, link, base, form, svg, math"
        )
        .is_empty()
    );
    for el in select(page, "*") {
        for (name, value) in el.value().attrs() {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "handler {name}={value}"
            );
            if matches!(
                name,
                "href" | "src" | "action" | "formaction" | "xlink:href"
            ) {
                assert!(value.starts_with('#'), "{name}={value} leaves the page");
            }
        }
    }
    for meta in select(page, "meta[http-equiv]") {
        let equiv = meta
            .value()
            .attr("http-equiv")
            .unwrap()
            .to_ascii_lowercase();
        assert_eq!(
            equiv, "content-security-policy",
            "no refresh or other http-equiv"
        );
    }
}

#[test]
fn a_hostile_article_shows_its_markup_as_text_and_runs_nothing() {
    let (doc, mut analysis) = annotated(
        "<script>alert('title')</script> عنوان\n\
         ## <img src=x onerror=alert(1)> قسم\n\
         قال [PER:<b onmouseover=\"alert(2)\">منصور</b>] إن «<a href=\"javascript:alert(3)\">اضغط</a>» وانتهى.\n\
         </p></div><style>body{display:none}</style><iframe src=//evil></iframe> & &amp; \"'",
    );
    add_quote(
        &doc,
        &mut analysis,
        QuoteKind::Direct,
        "<a href=\"javascript:alert(3)\">اضغط</a>",
        Some("قال"),
        Some("<b onmouseover=\"alert(2)\">منصور</b>"),
    );
    // A speaker name and a canonical name that try to break out of the title attribute.
    analysis.quotes[0].speaker.as_mut().unwrap().name = "\"><script>alert(4)</script>".into();
    analysis.entities[0].canonical = "' onfocus='alert(5)".into();
    let html = html_of(&doc, &analysis, &Filter::default());
    let page = Html::parse_document(&html);
    assert_inert(&page);
    // The article text reads back exactly, markup included, as text.
    let article = text_without_chips(select(&page, "article")[0]);
    for line in doc.text.lines() {
        let line = line.trim_start_matches("## ");
        assert!(article.contains(line), "{line:?} not shown as text");
    }
    let titles: Vec<&str> = select(&page, "[title]")
        .iter()
        .map(|e| e.value().attr("title").unwrap())
        .collect();
    assert!(
        titles
            .iter()
            .any(|t| t.contains("<script>alert(4)</script>"))
    );
    assert!(titles.iter().any(|t| t.contains("onfocus='alert(5)")));
    assert_eq!(
        select(&page, "title")[0].text().collect::<String>(),
        "<script>alert('title')</script> عنوان"
    );
    // Only our own style element.
    assert_eq!(select(&page, "style").len(), 1);
}

#[test]
fn the_page_is_self_contained_rtl_and_uses_the_window_palette() {
    let (doc, analysis) = sample();
    let html = html_of(&doc, &analysis, &Filter::default());
    let page = Html::parse_document(&html);
    assert_inert(&page);
    let root = select(&page, "html")[0];
    assert_eq!(root.value().attr("lang"), Some("ar"));
    assert_eq!(root.value().attr("dir"), Some("rtl"));
    assert!(html.contains("src:url(data:font/ttf;base64,"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    for colour in [
        sahifa_core::theme::LIGHT.person,
        sahifa_core::theme::LIGHT.quote,
        sahifa_core::theme::DARK.location,
        sahifa_core::theme::DARK.speaker,
    ] {
        assert!(html.contains(&colour.css()), "{}", colour.css());
    }
    assert!(html.contains("@media (prefers-color-scheme:dark)"));
    assert!(html.contains("@media print"));
    // Highlights with tooltips naming the type and the speaker.
    let per = select(&page, "span.ent-PER");
    assert_eq!(per.len(), 2);
    assert!(per[0].value().attr("title").unwrap().contains("PER"));
    let quotes = select(&page, "span.q");
    assert!(
        quotes
            .iter()
            .any(|q| q.value().attr("title").unwrap().contains("سامي منصور"))
    );
}

#[test]
fn outline_and_quote_list_link_to_anchors_that_exist() {
    let (doc, analysis) = sample();
    let page = Html::parse_document(&html_of(&doc, &analysis, &Filter::default()));
    let toc = select(&page, "nav.toc a");
    assert_eq!(toc.len(), doc.sections.len());
    let mut links = toc;
    let by_speaker = select(&page, ".quotes-by-speaker a");
    assert_eq!(by_speaker.len(), 3);
    links.extend(by_speaker);
    for a in links {
        let target = a.value().attr("href").unwrap().trim_start_matches('#');
        let found = select(&page, &format!("[id=\"{target}\"]"));
        assert_eq!(found.len(), 1, "#{target}");
    }
    let groups: Vec<String> = select(&page, ".quotes-by-speaker h3")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(groups, ["سامي منصور (2)", "منصور (1)"]);
}

#[test]
fn legend_toggles_are_checkboxes_styled_without_script() {
    let (doc, analysis) = sample();
    let html = html_of(&doc, &analysis, &Filter::default());
    let page = Html::parse_document(&html);
    for id in [
        "show-PER",
        "show-ORG",
        "show-LOC",
        "show-MISC",
        "show-quotes",
    ] {
        assert_eq!(
            select(&page, &format!("input#{id}[type=checkbox][checked]")).len(),
            1
        );
        assert_eq!(select(&page, &format!("label[for={id}]")).len(), 1);
        assert!(html.contains(&format!("#{id}:not(:checked)~.page")), "{id}");
    }
}

#[test]
fn the_current_view_keeps_its_filters() {
    let (doc, analysis) = sample();
    let mut filter = Filter {
        entity: Some(1),
        ..Filter::default()
    };
    filter.set_label(EntityLabel::Per, false);
    let page = Html::parse_document(&html_of(&doc, &analysis, &filter));
    assert!(select(&page, "span.ent-PER").is_empty());
    // Entity 1 (باريس) is only in the title: every other block is dimmed.
    assert_eq!(select(&page, "span.ent").len(), 1);
    assert!(select(&page, "h1.dim").is_empty());
    assert_eq!(select(&page, "p.dim").len(), 3);
    assert_eq!(select(&page, "h2.dim").len(), 1);
}

#[test]
fn the_page_parses_as_html5_and_every_entity_has_a_type_chip() {
    let (doc, analysis) = sample();
    let html = html_of(&doc, &analysis, &Filter::default());
    let page = Html::parse_document(&html);
    assert!(
        page.errors.is_empty(),
        "HTML5 parse errors: {:?}",
        page.errors
    );
    // Each mention's last piece is followed by a chip naming its type; chips are hidden on screen until the
    // legend's switch is on, and shown in print.
    let chips = select(&page, "article .chip");
    assert_eq!(chips.len(), analysis.mentions.len());
    for (chip, m) in chips.iter().zip(&analysis.mentions) {
        assert!(
            chip.value()
                .classes()
                .any(|c| c == format!("chip-{}", m.label.as_str()))
        );
        assert_eq!(chip.value().attr("aria-hidden"), Some("true"));
        let previous = chip
            .prev_siblings()
            .find_map(scraper::ElementRef::wrap)
            .unwrap();
        assert!(
            previous.value().classes().any(|c| c == "ent"),
            "{}",
            previous.html()
        );
        assert!(!chip.text().collect::<String>().trim().is_empty());
    }
    assert_eq!(select(&page, "input#show-chips").len(), 1);
    assert_eq!(select(&page, "label[for=show-chips]").len(), 1);
    let css: String = select(&page, "style")[0].text().collect();
    let print = &css[css.find("@media print").unwrap()..];
    assert!(
        print.contains(".chip{display:inline"),
        "chips are on in print"
    );
    assert!(css.contains("box-decoration-break:clone"));
}

#[test]
fn a_speakers_other_names_are_listed_under_the_canonical_name() {
    let (doc, mut analysis) = sample();
    // "منصور" is the same person as "سامي منصور": one cluster.
    let full = analysis
        .entities
        .iter()
        .position(|e| e.canonical == "سامي منصور")
        .unwrap();
    for q in &mut analysis.quotes {
        if let Some(s) = &mut q.speaker {
            s.entity = Some(full);
        }
    }
    let html = html_of(&doc, &analysis, &Filter::default());
    let page = Html::parse_document(&html);
    let groups = select(&page, ".quotes-by-speaker section");
    assert_eq!(groups.len(), 1);
    let heading: String = select(&page, ".quotes-by-speaker h3")[0].text().collect();
    assert!(
        heading.contains("سامي منصور") && heading.contains("(3)"),
        "{heading}"
    );
    let forms: String = select(&page, ".quotes-by-speaker .forms")[0]
        .text()
        .collect();
    assert!(
        forms.contains("منصور") && !forms.contains("سامي"),
        "{forms}"
    );
}

#[test]
fn each_paragraph_has_the_readers_direction_not_the_first_letters() {
    let doc = sahifa_core::load::load_str(
        "dir.txt",
        "مقدمة المقال\niPhone 16 هو أحدث هاتف من الشركة.\nThe summit opened in Riyadh today (الرياض).",
        sahifa_core::load::Format::Plain,
    )
    .unwrap();
    let analysis = sahifa_core::analysis::Analysis::default();
    let page = Html::parse_document(&html_of(&doc, &analysis, &Filter::default()));
    let dirs: Vec<String> = select(&page, "article p")
        .iter()
        .map(|p| p.value().attr("dir").unwrap_or("").to_owned())
        .collect();
    assert_eq!(dirs, vec!["rtl", "ltr"], "iPhone paragraph right to left");
}
