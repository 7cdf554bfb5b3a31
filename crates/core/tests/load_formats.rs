//! Markdown, HTML and encodings: the same small article (tests/data/load/, written for these tests) read
//! through every path.

use sahifa_core::document::BlockKind::{Heading, Item, Paragraph, Quote, Title};
use sahifa_core::document::{BlockKind, Document};
use sahifa_core::load::{Format, load_bytes, load_path, load_str};
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/load")
        .join(name)
}

fn blocks(doc: &Document) -> Vec<(BlockKind, u8, &str)> {
    doc.blocks
        .iter()
        .map(|b| (b.kind, b.level, doc.slice(b.span)))
        .collect()
}

fn headings(doc: &Document) -> Vec<&str> {
    doc.blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Title | BlockKind::Heading))
        .map(|b| doc.slice(b.span))
        .collect()
}

const LIBRARY_OUTLINE: [&str; 3] = [
    "افتتاح مكتبة عامة جديدة في المدينة",
    "خدمات للأطفال والطلاب",
    "مواعيد العمل",
];

#[test]
fn every_encoding_reads_the_same_article() {
    let reference = load_path(&data("library.txt")).unwrap();
    assert_eq!(headings(&reference), LIBRARY_OUTLINE);
    assert_eq!(reference.source.encoding, "UTF-8");
    assert_eq!(reference.source.format, "plain");
    assert_eq!(reference.source.name, "library.txt");
    for (file, encoding) in [
        ("library-utf8-bom.txt", "UTF-8"),
        ("library-utf16le.txt", "UTF-16LE"),
        ("library-utf16be.txt", "UTF-16BE"),
        ("library-cp1256.txt", "windows-1256"),
    ] {
        let doc = load_path(&data(file)).unwrap();
        assert_eq!(doc.source.encoding, encoding, "{file}");
        assert_eq!(doc.text, reference.text, "{file}");
        assert_eq!(doc.blocks, reference.blocks, "{file}");
    }
}

#[test]
fn utf8_cut_in_the_middle_of_the_last_character_is_still_utf8() {
    let text = "عنوان\nنص المقال ينتهي بحرف مقطوع";
    let bytes = text.as_bytes();
    let doc = load_bytes("cut.txt", &bytes[..bytes.len() - 1], None).unwrap();
    assert_eq!(doc.source.encoding, "UTF-8");
    assert_eq!(doc.text, "عنوان\nنص المقال ينتهي بحرف مقطو");
}

#[test]
fn utf16_without_bom_is_recognised() {
    let bytes: Vec<u8> = "عنوان\nفقرة أولى"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let doc = load_bytes("nobom.txt", &bytes, None).unwrap();
    assert_eq!(
        (doc.source.encoding, doc.text.as_str()),
        ("UTF-16LE", "عنوان\nفقرة أولى")
    );
}

#[test]
fn markdown_blocks_levels_and_flattened_inline_markup() {
    let doc = load_path(&data("library.md")).unwrap();
    assert_eq!(doc.source.format, "markdown");
    assert_eq!(
        blocks(&doc),
        [
            (Title, 1, "افتتاح مكتبة عامة جديدة"),
            (
                Paragraph,
                0,
                "أعلنت البلدية اليوم افتتاح مكتبة عامة جديدة تضم آلاف الكتب."
            ),
            (Heading, 2, "خدمات للأطفال"),
            (Quote, 0, "القراءة حق لكل طفل، كما قال مدير المكتبة."),
            (Item, 0, "ورش قراءة أسبوعية"),
            (Item, 0, "قاعات هادئة للمذاكرة"),
            (Item, 0, "مع إنترنت مجاني"),
            (Heading, 3, "مواعيد العمل"),
            (Paragraph, 0, "من التاسعة صباحا"),
            (Paragraph, 0, "حتى التاسعة مساء"),
        ]
    );
    assert_eq!(doc.sections.len(), 3);
    assert_eq!(doc.sections[2].parent, Some(1));
}

#[test]
fn markdown_title_rules_for_level_one_headings() {
    // Several level-1 headings after an opening paragraph: none is the title, all are sections.
    let doc = load_str(
        "m.md",
        "مقدمة\n\n# أ\n\nنص\n\n# ب\n\n## ب١\n",
        Format::Markdown,
    )
    .unwrap();
    let got: Vec<_> = blocks(&doc).into_iter().map(|(k, l, _)| (k, l)).collect();
    assert_eq!(
        got,
        [
            (Paragraph, 0),
            (Heading, 2),
            (Paragraph, 0),
            (Heading, 2),
            (Heading, 3)
        ]
    );
    // One level-1 heading, not first: it is the title.
    let doc = load_str("m.md", "مقدمة\n\n# العنوان\n\n## قسم\n", Format::Markdown).unwrap();
    assert_eq!(doc.title(), "العنوان");
    assert_eq!(doc.blocks[2].level, 2);
}

#[test]
fn html_prefers_the_article_and_drops_page_furniture() {
    let doc = load_path(&data("library.html")).unwrap();
    assert_eq!(doc.source.format, "html");
    assert_eq!(
        blocks(&doc),
        [
            (Title, 1, "افتتاح مكتبة عامة جديدة"),
            (
                Paragraph,
                0,
                "أعلنت البلدية اليوم افتتاح مكتبة عامة جديدة & حديثة تضم آلاف\u{a0}الكتب."
            ),
            (Heading, 2, "خدمات للأطفال"),
            (Quote, 0, "القراءة حق لكل طفل."),
            (Item, 0, "ورش قراءة أسبوعية"),
            (Item, 0, "قاعات هادئة"),
            (Paragraph, 0, "نص في قسم بلا فقرة"),
            (Paragraph, 0, "وسطر ثان بعد فاصل"),
        ]
    );
}

#[test]
fn html_share_bars_read_also_boxes_and_ad_slots_named_by_class_are_dropped() {
    let page = "<html><body><article class=\"post\"><h1>افتتاح جسر جديد فوق النهر</h1>\
        <div class=\"social-share\"><a>فيسبوك</a> <a>تويتر</a></div>\
        <p>افتتح المحافظ اليوم الجسر الجديد الذي يربط ضفتي النهر بعد عامين من العمل.</p>\
        <div id=\"ad_slot_2\" class=\"ad\">إعلان</div>\
        <div class=\"related-news\"><h3>اقرأ أيضا</h3><ul><li>خبر آخر</li></ul></div>\
        <div role=\"complementary\">الأكثر قراءة</div>\
        <h2>حركة السير</h2><p>ويتوقع أن يخفف الجسر الازدحام في وسط المدينة.</p>\
        <div class=\"article-comments\">التعليقات (3)</div>\
        </article></body></html>";
    let doc = load_str("p.html", page, Format::Html).unwrap();
    assert_eq!(
        blocks(&doc),
        [
            (Title, 1, "افتتاح جسر جديد فوق النهر"),
            (
                Paragraph,
                0,
                "افتتح المحافظ اليوم الجسر الجديد الذي يربط ضفتي النهر بعد عامين من العمل."
            ),
            (Heading, 2, "حركة السير"),
            (Paragraph, 0, "ويتوقع أن يخفف الجسر الازدحام في وسط المدينة."),
        ]
    );
    // A layout wrapper named like furniture ("has-sidebar") holds the article: nothing of it is lost.
    let page = "<html><body><div class=\"layout has-sidebar\"><h1>عنوان</h1>\
        <p>الفقرة الأولى من الخبر.</p><p>الفقرة الثانية من الخبر.</p></div></body></html>";
    let doc = load_str("w.html", page, Format::Html).unwrap();
    assert_eq!(
        blocks(&doc),
        [
            (Title, 1, "عنوان"),
            (Paragraph, 0, "الفقرة الأولى من الخبر."),
            (Paragraph, 0, "الفقرة الثانية من الخبر."),
        ]
    );
}

#[test]
fn html_title_element_is_the_title_only_without_h1() {
    let html = "<html><head><title>عنوان الصفحة</title></head><body><p>فقرة &lt;script&gt; أولى</p><h2>قسم</h2><p>نص</p></body></html>";
    let doc = load_str("p.html", html, Format::Html).unwrap();
    assert_eq!(headings(&doc), ["عنوان الصفحة", "قسم"]);
    assert_eq!(doc.slice(doc.blocks[1].span), "فقرة <script> أولى");
    assert_eq!(doc.blocks[0].kind, BlockKind::Title);
}

#[test]
fn format_from_extension_and_sniffing() {
    assert_eq!(Format::from_path(Path::new("a/b.TXT")), Some(Format::Plain));
    assert_eq!(
        Format::from_path(Path::new("b.markdown")),
        Some(Format::Markdown)
    );
    assert_eq!(Format::from_path(Path::new("b.htm")), Some(Format::Html));
    assert_eq!(Format::from_path(Path::new("b.dat")), None);
    assert_eq!(
        Format::sniff("<!DOCTYPE html><html><p>نص</p>"),
        Format::Html
    );
    assert_eq!(Format::sniff("# عنوان\n\nنص"), Format::Markdown);
    assert_eq!(
        Format::sniff("عنوان\n\n* أبعاد سياسية\n\nنص"),
        Format::Plain
    );
    // Unknown extension: the content decides; a .txt stays plain even when it holds HTML.
    let html = b"<html><body><h1>t</h1><p>x</p></body></html>";
    assert_eq!(
        load_bytes("page.dat", html, None).unwrap().source.format,
        "html"
    );
    assert_eq!(
        load_bytes("page.txt", html, None).unwrap().source.format,
        "plain"
    );
}

#[test]
fn html_headline_outside_the_article_but_not_the_site_name() {
    let html = "<body><header><h1>اسم الموقع</h1></header><h1>العنوان الحقيقي</h1>\
                <article><p>نص المقال</p></article></body>";
    let doc = load_str("h.html", html, Format::Html).unwrap();
    assert_eq!(headings(&doc), ["العنوان الحقيقي"]);
    assert_eq!(doc.text, "العنوان الحقيقي\nنص المقال");
}

#[test]
fn markdown_tables_read_row_by_row() {
    let md = "# جدول\n\n| المدينة | السكان |\n|---|---|\n| الرياض | ~~سبعة~~ ملايين |\n";
    let doc = load_str("t.md", md, Format::Markdown).unwrap();
    assert_eq!(doc.text, "جدول\nالمدينة السكان\nالرياض سبعة ملايين");
}

#[test]
fn markdown_front_matter_is_not_text() {
    let md = "---\ntitle: مقال\nauthor: كاتب\n---\n\n# العنوان\n\nالنص\n";
    let doc = load_str("f.md", md, Format::Markdown).unwrap();
    assert_eq!(doc.text, "العنوان\nالنص");
    assert_eq!(doc.title(), "العنوان");
}
