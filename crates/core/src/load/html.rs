//! HTML articles (html5ever through scraper): h1-h6, p, blockquote and li become blocks, other block-level text
//! (div, br-separated lines) paragraphs; page furniture (script, style, nav, header, footer, aside, form, and
//! elements whose class or id names a share bar, a "read also" box, an advertisement ...) is dropped;
//! `<article>`, then `<main>`, is read in preference to the whole page.

use super::builder::Builder;
use super::{MAX_NESTING, Nesting};
use crate::document::{BlockKind, Document, Source};
use scraper::{ElementRef, Html, Node, Selector};

/// Elements whose content is never article text.
const DROPPED: &[&str] = &[
    "script", "style", "nav", "footer", "header", "aside", "form", "noscript", "template", "svg",
    "math", "iframe", "object", "button", "select", "textarea", "head", "title", "canvas", "audio",
    "video",
];

/// Elements that end the current block and start a new one.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Elements whose end tag may be left out: they do not deepen sloppy HTML, so the pre-scan ignores them.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
    "colgroup", "rt", "rp", "caption", "html", "head", "body",
];

/// Elements with no content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "command", "basefont", "frame", "isindex",
];

/// Parses HTML. Fails only when the input nests deeper than [`MAX_NESTING`].
pub(super) fn parse(source: Source, input: &str) -> Result<Document, Nesting> {
    // html5ever's tree builder scans the open-element stack per tag: deep input would cost quadratic time,
    // so reject it before parsing.
    if prescan_depth(input) > MAX_NESTING {
        return Err(Nesting);
    }
    let html = Html::parse_document(input);
    let root = choose_root(&html);
    let mut c = collect(&html, root, input.len(), true)?;
    if c.furniture_text > c.kept_text {
        // Furniture by class name cannot be most of the page: a layout wrapper was named so ("has-sidebar").
        c = collect(&html, root, input.len(), false)?;
    }
    c.builder.settle_title();
    Ok(c.builder.finish(source))
}

/// Reads the page from `root` into blocks; `by_class` drops furniture named by class or id too.
fn collect(
    html: &Html,
    root: ElementRef<'_>,
    capacity: usize,
    by_class: bool,
) -> Result<Collector, Nesting> {
    let mut c = Collector {
        builder: Builder::with_capacity(capacity),
        buffer: String::new(),
        context: Vec::new(),
        pre: 0,
        by_class,
        furniture_text: 0,
        kept_text: 0,
    };
    if first(root, "h1").is_none() {
        // The page's headline sits outside <article> (or there is none): use it, unless it is page furniture
        // (a site name in <header>), else the <title>.
        let doc = html.root_element();
        let headline = Selector::parse("h1")
            .ok()
            .and_then(|s| {
                doc.select(&s)
                    .find(|h| !h.ancestors().any(|a| dropped(a.value())))
            })
            .or_else(|| first(doc, "title"));
        if let Some(h) = headline {
            let mut text = String::new();
            for t in h.text() {
                push_collapsed(&mut text, t);
            }
            c.builder.push(BlockKind::Title, 1, &text);
        }
    }
    walk(root, &mut c)?;
    c.flush();
    Ok(c)
}

fn first<'a>(scope: ElementRef<'a>, name: &str) -> Option<ElementRef<'a>> {
    let selector = Selector::parse(name).ok()?;
    scope.select(&selector).next()
}

/// The `<article>` with the most text, else the first `<main>`, else `<body>`, else the whole document.
fn choose_root(html: &Html) -> ElementRef<'_> {
    let doc = html.root_element();
    let article = Selector::parse("article").ok().and_then(|s| {
        html.select(&s)
            .max_by_key(|a| a.text().map(str::len).sum::<usize>())
    });
    article
        .or_else(|| first(doc, "main"))
        .or_else(|| first(doc, "body"))
        .unwrap_or(doc)
}

/// Visits the tree depth-first without recursion (input depth never becomes stack depth).
fn walk(root: ElementRef<'_>, c: &mut Collector) -> Result<(), Nesting> {
    let mut node = *root;
    let mut depth = 0usize;
    'visit: loop {
        if c.by_class && node.id() != root.id() && !dropped(node.value()) && furniture(node.value())
        {
            c.furniture_text += node
                .descendants()
                .filter_map(|n| n.value().as_text().map(|t| t.len()))
                .sum::<usize>();
        }
        if c.open(node.value())
            && let Some(child) = node.first_child()
        {
            depth += 1;
            if depth > MAX_NESTING {
                return Err(Nesting);
            }
            node = child;
            continue;
        }
        loop {
            c.close(node.value());
            if node.id() == root.id() {
                break 'visit;
            }
            if let Some(sibling) = node.next_sibling() {
                node = sibling;
                continue 'visit;
            }
            let Some(parent) = node.parent() else {
                break 'visit;
            };
            node = parent;
            depth = depth.saturating_sub(1);
        }
    }
    Ok(())
}

/// What encloses the text being read.
#[derive(Clone, Copy)]
enum Context {
    Heading(u8),
    Item,
    Quote,
}

struct Collector {
    builder: Builder,
    buffer: String,
    context: Vec<Context>,
    /// Inside `<pre>`: whitespace is kept and lines become paragraphs.
    pre: usize,
    /// Drop furniture named by class or id ([`furniture`]).
    by_class: bool,
    /// Bytes of text dropped as furniture by class or id.
    furniture_text: usize,
    /// Bytes of text kept.
    kept_text: usize,
}

fn dropped(node: &Node) -> bool {
    let Node::Element(e) = node else {
        return false;
    };
    DROPPED.contains(&e.name())
        || e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("role").is_some_and(|r| FURNITURE_ROLES.contains(&r))
}

/// An element inside the article that its class or id names as furniture ([`names_furniture`]). The page's
/// structure (body, article, main) is never furniture, whatever its class.
fn furniture(node: &Node) -> bool {
    let Node::Element(e) = node else {
        return false;
    };
    !matches!(e.name(), "html" | "body" | "article" | "main")
        && names_furniture(
            e.attr("class").unwrap_or_default(),
            e.attr("id").unwrap_or_default(),
        )
}

/// ARIA roles of page furniture.
const FURNITURE_ROLES: &[&str] = &["navigation", "contentinfo", "complementary", "search"];

/// Words of class names and ids that news sites give to furniture inside the article: share bars, "read also"
/// boxes, advertisement slots, comments, tag lists, breadcrumbs, newsletter sign-ups.
#[rustfmt::skip]
const FURNITURE_WORDS: &[&str] = &[
    "share", "sharing", "sharethis", "social", "related", "comment", "comments", "breadcrumb", "breadcrumbs",
    "newsletter", "subscribe", "ad", "ads", "adv", "advert", "advertisement", "sponsor", "sponsored", "promo",
    "popup", "cookie", "cookies", "sidebar", "menu", "pagination", "pager", "tags", "outbrain", "taboola",
];

/// A word of the class or id names furniture ([`FURNITURE_WORDS`]). Names are split into words at any character
/// that is not a letter or digit ("share-buttons", "related_news"). A wrapper of the whole article named so
/// ("has-sidebar") is caught by the caller: furniture is never most of the page.
fn names_furniture(class: &str, id: &str) -> bool {
    class
        .split(|c: char| !c.is_ascii_alphanumeric())
        .chain(id.split(|c: char| !c.is_ascii_alphanumeric()))
        .any(|word| {
            !word.is_empty() && FURNITURE_WORDS.contains(&word.to_ascii_lowercase().as_str())
        })
}

impl Collector {
    /// The element and what it holds are not read.
    fn skipped(&self, node: &Node) -> bool {
        dropped(node) || (self.by_class && furniture(node))
    }

    /// Enters a node; returns whether to visit its children.
    fn open(&mut self, node: &Node) -> bool {
        match node {
            Node::Text(t) => {
                if self.pre > 0 {
                    self.buffer.push_str(t);
                } else {
                    push_collapsed(&mut self.buffer, t);
                }
                false
            }
            Node::Element(e) if !self.skipped(node) => {
                let name = e.name();
                if BLOCKS.contains(&name) || name == "br" {
                    self.flush();
                }
                match name {
                    "blockquote" => self.context.push(Context::Quote),
                    "li" | "dt" | "dd" => self.context.push(Context::Item),
                    "pre" => self.pre += 1,
                    "td" | "th" => self.buffer.push(' '),
                    _ => {
                        if let Some(level) = heading_level(name) {
                            self.context.push(Context::Heading(level));
                        }
                    }
                }
                true
            }
            Node::Document | Node::Fragment => true,
            _ => false,
        }
    }

    fn close(&mut self, node: &Node) {
        let Node::Element(e) = node else {
            return;
        };
        if self.skipped(node) {
            return;
        }
        let name = e.name();
        if BLOCKS.contains(&name) {
            self.flush();
        }
        match name {
            "blockquote" | "li" | "dt" | "dd" => {
                self.context.pop();
            }
            "pre" => self.pre = self.pre.saturating_sub(1),
            _ if heading_level(name).is_some() => {
                self.context.pop();
            }
            _ => {}
        }
    }

    fn flush(&mut self) {
        if self.buffer.trim().is_empty() {
            self.buffer.clear();
            return;
        }
        let (kind, level) = match self.context.last() {
            Some(Context::Heading(level)) => (BlockKind::Heading, *level),
            Some(Context::Item) => (BlockKind::Item, 0),
            Some(Context::Quote) => (BlockKind::Quote, 0),
            None => (BlockKind::Paragraph, 0),
        };
        self.kept_text += self.buffer.len();
        self.builder.push(kind, level, &self.buffer);
        self.buffer.clear();
    }
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// Appends text with HTML whitespace semantics: runs of ASCII whitespace become one space (NBSP is kept).
fn push_collapsed(buffer: &mut String, text: &str) {
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if !buffer.is_empty() && !buffer.ends_with(' ') {
                buffer.push(' ');
            }
        } else {
            buffer.push(c);
        }
    }
}

/// An upper bound on element nesting read from the tags alone, without building a tree: start tags of
/// elements that need an end tag open a level; an end tag closes up to the open element of its name, and an end
/// tag that matches nothing open closes nothing (the HTML parser ignores it too, so `<div></x>` repeated nests).
/// Comments and script/style bodies skipped. Stops counting past [`MAX_NESTING`], so the scan stays linear.
fn prescan_depth(input: &str) -> usize {
    let bytes = input.as_bytes();
    let mut open: Vec<String> = Vec::new();
    let mut max = 0usize;
    let mut i = 0;
    while let Some(offset) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| b == b'<'))
    {
        i += offset + 1;
        let rest = bytes.get(i..).unwrap_or_default();
        if rest.starts_with(b"!--") {
            i += find(rest, b"-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = usize::from(closing);
        let name_len = rest
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let Some(name) = rest
            .get(name_start..name_start + name_len)
            .filter(|n| n.first().is_some_and(u8::is_ascii_alphabetic))
        else {
            continue;
        };
        let name = String::from_utf8_lossy(name).to_ascii_lowercase();
        let tag_end = find(rest, b">").map_or(rest.len(), |e| e + 1);
        // "/>" closes an element only inside SVG and MathML: an HTML parser opens `<div/>` like `<div>`.
        let foreign = open.iter().any(|n| n == "svg" || n == "math");
        let self_closing = foreign && rest.get(..tag_end).is_some_and(|t| t.ends_with(b"/>"));
        i += tag_end;
        if closing {
            if let Some(at) = open.iter().rposition(|n| *n == name) {
                open.truncate(at);
            }
            continue;
        }
        if matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
            let end = format!("</{name}");
            let after = bytes.get(i..).unwrap_or_default();
            i += find_ignore_case(after, end.as_bytes()).unwrap_or(after.len());
            continue;
        }
        if !self_closing && !VOID.contains(&name.as_str()) && !OPTIONAL_END.contains(&name.as_str())
        {
            open.push(name);
            max = max.max(open.len());
            if max > MAX_NESTING {
                return max;
            }
        }
    }
    max
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}
