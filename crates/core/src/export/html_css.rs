//! The HTML export's stylesheet: the window's palette (light, and dark under prefers-color-scheme), the embedded
//! Vazirmatn faces, legend toggles done with CSS alone, and a print stylesheet.

use crate::analysis::EntityLabel;
use crate::theme::{DARK, LIGHT, Palette, size};
use base64::Engine as _;
use std::fmt::Write as _;
use std::sync::OnceLock;

const VAZIRMATN_REGULAR: &[u8] = include_bytes!("../../../../fonts/Vazirmatn-Regular.ttf");
const VAZIRMATN_BOLD: &[u8] = include_bytes!("../../../../fonts/Vazirmatn-Bold.ttf");

/// The id of the checkbox that shows an entity type (`show-PER`), or quotes (`show-quotes`).
pub(super) fn toggle_id(label: Option<EntityLabel>) -> String {
    match label {
        Some(l) => format!("show-{}", l.as_str()),
        None => "show-quotes".to_owned(),
    }
}

/// Highlights in print as a band 1.3em tall centred on the text rather than the whole inline box: Arabic fonts'
/// inline boxes are taller than the printed line, and Chromium painted their top edge as a 1-px sliver of colour at
/// the foot of the page before the line (seen in `chromium --print-to-pdf` of the sample). Hidden types keep
/// `background:none` from the legend toggles, whose id selectors are more specific.
fn print_bands() -> String {
    let mut out = String::new();
    for (class, var) in [
        (".ent-PER", "per"),
        (".ent-ORG", "org"),
        (".ent-LOC", "loc"),
        (".ent-MISC", "misc"),
        (".q", "quote"),
    ] {
        let _ = write!(
            out,
            "article {class}{{background:linear-gradient(var(--{var}),var(--{var})) center/100% 1.3em no-repeat}}"
        );
    }
    out
}

/// The palette as CSS custom properties.
fn variables(p: &Palette) -> String {
    let pairs = [
        ("bg", p.background),
        ("panel", p.panel),
        ("text", p.text),
        ("muted", p.muted_text),
        ("dim", p.dimmed_text),
        ("heading", p.heading),
        ("accent", p.accent),
        ("per", p.person),
        ("org", p.organization),
        ("loc", p.location),
        ("misc", p.misc),
        ("quote", p.quote),
        ("speaker", p.speaker),
        ("cue", p.cue),
    ];
    let mut out = String::new();
    for (name, colour) in pairs {
        let _ = write!(out, "--{name}:{};", colour.css());
    }
    out
}

/// The @font-face rules, base64-encoded once per process (batch exports reuse them).
fn font_faces() -> &'static str {
    static FACES: OnceLock<String> = OnceLock::new();
    FACES.get_or_init(|| {
        let b64 = base64::engine::general_purpose::STANDARD;
        let mut out =
            String::with_capacity((VAZIRMATN_REGULAR.len() + VAZIRMATN_BOLD.len()) * 4 / 3 + 512);
        for (weight, bytes) in [(400, VAZIRMATN_REGULAR), (700, VAZIRMATN_BOLD)] {
            let _ = writeln!(
                out,
                "@font-face{{font-family:\"Vazirmatn\";font-weight:{weight};font-style:normal;\
                 font-display:swap;src:url(data:font/ttf;base64,{}) format(\"truetype\")}}",
                b64.encode(bytes)
            );
        }
        out
    })
}

/// The CSS that turns a legend toggle off: highlights of that kind lose their colour, the chip looks off.
fn toggle_rules() -> String {
    let mut out = String::new();
    for label in EntityLabel::ALL {
        let id = toggle_id(Some(label));
        let class = label.as_str();
        let _ = writeln!(
            out,
            "#{id}:not(:checked)~.page .ent-{class}{{background:none;box-shadow:none}}\n\
             #{id}:not(:checked)~.page .chip-{class}{{display:none}}\n\
             #{id}:not(:checked)~.page label[for={id}]{{opacity:.45;text-decoration:line-through}}\n\
             #{id}:focus-visible~.page label[for={id}]{{outline:2px solid var(--accent)}}"
        );
    }
    let id = toggle_id(None);
    let _ = writeln!(
        out,
        "#{id}:not(:checked)~.page .q{{background:none}}\n\
         #{id}:not(:checked)~.page .spk,#{id}:not(:checked)~.page .cue{{border-bottom:none}}\n\
         #{id}:not(:checked)~.page .quotes-by-speaker{{display:none}}\n\
         #{id}:not(:checked)~.page label[for={id}]{{opacity:.45;text-decoration:line-through}}\n\
         #{id}:focus-visible~.page label[for={id}]{{outline:2px solid var(--accent)}}"
    );
    out
}

/// The whole stylesheet.
pub(super) fn stylesheet() -> String {
    let body = size::BODY;
    let line = size::LINE_HEIGHT;
    let measure = size::MAX_MEASURE;
    let outline = size::OUTLINE_WIDTH;
    let rounding = size::HIGHLIGHT_ROUNDING;
    let underline = size::UNDERLINE;
    let title = size::TITLE_SCALE;
    let heading = size::HEADING_SCALE;
    let gap = size::PARAGRAPH_GAP;
    let light = variables(&LIGHT);
    let dark = variables(&DARK);
    format!(
        "{fonts}\
:root{{{light}color-scheme:light dark}}
@media (prefers-color-scheme:dark){{:root{{{dark}}}}}
*{{box-sizing:border-box}}
body{{margin:0;background:var(--bg);color:var(--text);font-family:\"Vazirmatn\",\"Noto Naskh Arabic\",\"Amiri\",sans-serif;\
font-size:{body}px;line-height:{line}}}
.toggle{{position:absolute;opacity:0;width:1px;height:1px;margin:0}}
.page{{display:grid;grid-template-columns:{outline}px minmax(0,{measure}px);grid-template-areas:\"legend legend\" \"toc main\" \"foot foot\";\
gap:0 32px;justify-content:center;padding:24px}}
.legend{{grid-area:legend;display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:8px 0 16px;\
border-bottom:1px solid var(--panel);margin-bottom:16px;font-size:.85em}}
.legend h2{{font-size:1em;margin:0 0 0 8px;color:var(--muted)}}
.legend label{{cursor:pointer;padding:2px 10px;border-radius:{rounding}px;user-select:none}}
.legend .count{{color:var(--muted);font-size:.85em}}
.legend .hint{{color:var(--muted);font-size:.85em}}
.toc{{grid-area:toc;align-self:start;position:sticky;top:16px;background:var(--panel);padding:12px 16px;\
border-radius:6px;font-size:.85em;max-height:calc(100vh - 32px);overflow:auto}}
.toc h2,.quotes-by-speaker h2{{font-size:1.05em;color:var(--heading);margin:0 0 8px}}
.toc ol{{list-style:none;margin:0;padding:0 0 0 0}}.toc ol ol{{padding-inline-start:14px}}
.toc a{{color:var(--text);text-decoration:none;display:block;padding:3px 0}}.toc a:hover{{color:var(--accent)}}
main{{grid-area:main;min-width:0}}
h1,h2,h3,h4,h5,h6{{color:var(--heading);line-height:1.35}}
article h1{{font-size:{title}em;margin:0 0 .6em}}
article h2,article h3,article h4,article h5,article h6{{font-size:{heading}em;margin:1.4em 0 .5em}}
article p,article li,article blockquote{{margin:0 0 {gap}em}}
article blockquote{{border-inline-start:3px solid var(--quote);padding-inline-start:12px}}
.dim{{color:var(--dim)}}
.ent{{border-radius:{rounding}px}}
.ent-PER{{background:var(--per)}}.ent-ORG{{background:var(--org)}}.ent-LOC{{background:var(--loc)}}.ent-MISC{{background:var(--misc)}}
.legend .ent-PER{{background:var(--per)}}.legend .ent-ORG{{background:var(--org)}}.legend .ent-LOC{{background:var(--loc)}}\
.legend .ent-MISC{{background:var(--misc)}}.legend .q{{background:var(--quote)}}
.ent,.q{{-webkit-box-decoration-break:clone;box-decoration-break:clone}}
.chip{{display:none;font-size:.62em;font-weight:700;color:var(--muted);border:1px solid currentColor;border-radius:{rounding}px;\
padding:0 .25em;margin-inline-start:.2em;vertical-align:.15em;line-height:1.2;white-space:nowrap}}
#show-chips:checked~.page .chip{{display:inline}}
#show-chips:not(:checked)~.page label[for=show-chips]{{opacity:.45}}
#show-chips:focus-visible~.page label[for=show-chips]{{outline:2px solid var(--accent)}}
.legend .chips{{border:1px solid var(--muted)}}
.quotes-by-speaker .forms{{margin:0 0 .3em;color:var(--muted);font-size:.85em}}
.q{{background:var(--quote)}}
.spk{{border-bottom:{underline}px solid var(--speaker)}}
.cue{{border-bottom:{underline}px dotted var(--cue)}}
[title]{{cursor:help}}
.q:target{{outline:2px solid var(--accent);outline-offset:2px}}
[id]{{scroll-margin-top:16px}}
.quotes-by-speaker{{border-top:1px solid var(--panel);margin-top:24px;padding-top:8px}}
.quotes-by-speaker h3{{font-size:1em;margin:1em 0 .3em;color:var(--speaker)}}
.quotes-by-speaker ol{{margin:0;padding-inline-start:1.4em}}
.quotes-by-speaker a{{color:var(--text)}}
.quotes-by-speaker .kind{{color:var(--muted);font-size:.8em}}
footer{{grid-area:foot;color:var(--muted);font-size:.75em;margin-top:32px}}
@media (max-width:900px){{.page{{grid-template-columns:minmax(0,1fr);grid-template-areas:\"legend\" \"toc\" \"main\" \"foot\"}}\
.toc{{position:static;max-height:none;margin-bottom:16px}}}}
{toggles}\
@media print{{
:root{{{light}color-scheme:light}}
body{{background:#fff;color:#000;font-size:12pt;line-height:1.55}}
.page{{display:block;padding:0}}
.toc{{position:static;background:none;border:1px solid #ccc;max-height:none;margin-bottom:1.5em;break-inside:avoid}}
.legend label{{cursor:auto}}.legend .hint{{display:none}}
.ent,.q,.legend label{{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
.toc a,.quotes-by-speaker a{{color:#000;text-decoration:none}}
h1,h2,h3,h4,h5,h6{{break-after:avoid;page-break-after:avoid}}
p,li,blockquote{{orphans:3;widows:3}}
.quotes-by-speaker{{break-before:page}}
.chip{{display:inline;color:#333}}
ol,ul{{padding-inline-start:2.6em}}
.quotes-by-speaker ol{{padding-inline-start:2.6em;list-style-position:outside}}
.ent,.q{{box-shadow:none}}
{bands}
[title]{{cursor:auto}}
}}
@page{{margin:18mm 16mm}}
",
        fonts = font_faces(),
        toggles = toggle_rules(),
        bands = print_bands(),
    )
}
