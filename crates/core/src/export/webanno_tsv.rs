//! WebAnno TSV 3.3, the tab-separated format INCEpTION (and WebAnno before it) imports and exports as `ctsv3`.
//!
//! ```text
//! #FORMAT=WebAnno TSV 3.3
//! #T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|value
//! #T_SP=webanno.custom.Quote|kind|speaker|verb
//!
//!
//! #Text=قال لافروف إن «المحادثات مستمرة» .
//! 1-1→0-3→قال→_→_→_→_→
//! 1-2→4-10→لافروف→PER→_→_→_→
//! ...
//! ```
//! (→ is a tab.)
//!
//! One line per token (`SENTENCE-TOKEN`, `BEGIN-END`, the token, then one column per feature), sentences after
//! `#Text=` lines, as the format's specification (INCEpTION user guide, "WebAnno TSV 3.3 File format") and
//! INCEpTION's own writer lay them out:
//! - offsets count UTF-16 code units (INCEpTION is written in Java);
//! - tokens and sentences are the ones of the CoNLL export (the analysis tokenizer); a name or quote that begins
//!   or ends inside a token ("والولايات" holding "الولايات") sits on a sub-token (`1-3.1`) covering exactly its
//!   part, so spans keep their exact extent;
//! - entities use DKPro Core's built-in NamedEntity layer (`value` = PER, ORG, LOC, MISC); quotes a custom span
//!   layer `webanno.custom.Quote` with the string features `kind` (direct or indirect), `speaker` (the speaker's
//!   name) and `verb` (the reporting word). INCEpTION imports a file only when the project has the layers its
//!   header names: create the Quote layer and its three features before importing (docs/EXPORT_FORMATS.md);
//! - a span over several tokens, or stacked with another of its layer on one token, carries a disambiguation
//!   id (`PER[3]`), unique in the file; a span that starts or ends in the space between tokens is trimmed to its
//!   tokens (the format cannot address that space);
//! - a sentence's `#Text=` runs up to the next sentence's first token, so INCEpTION rebuilds the article's text
//!   exactly from its first token to its last (the format has no other place for the text between sentences).

use crate::analysis::{Analysis, QuoteKind};
use crate::document::Document;
use crate::span::{CharOffsets, OffsetUnit, Span};
use std::fmt::Write as _;

/// The format line.
pub const FORMAT_LINE: &str = "#FORMAT=WebAnno TSV 3.3";
/// DKPro Core's named-entity layer, built into INCEpTION.
pub const NAMED_ENTITY_LAYER: &str = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
/// The custom quote layer a project must define (span layer "Quote" with features kind, speaker, verb).
pub const QUOTE_LAYER: &str = "webanno.custom.Quote";

/// The two span layers, in column order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layer {
    Entity,
    Quote,
}

/// One annotation to write: where it is and its feature values (`None` is a feature without a value).
struct Annotation {
    layer: Layer,
    span: Span,
    values: Vec<Option<String>>,
}

/// Where an annotation sits in one token: on the token itself, or on its sub-token number `n` (0-based).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Token,
    Sub(usize),
}

/// One token of a sentence with the annotations on it and on its sub-tokens.
struct TokenRow {
    span: Span,
    /// Sub-token extents, sorted and distinct.
    subs: Vec<Span>,
    /// `(annotation index, unit)` in annotation order.
    on: Vec<(usize, Unit)>,
}

/// The WebAnno TSV 3.3 text of a document. A document without a token is the header alone.
pub fn to_webanno_tsv(doc: &Document, analysis: &Analysis) -> String {
    let text = doc.text.as_str();
    let annotations = annotations(doc, analysis);
    let sentences = super::conll::sentences(doc, analysis);
    let rows: Vec<Vec<TokenRow>> = place(&sentences, &annotations);

    // An annotation needs a disambiguation id when it covers more than one unit, or shares a unit with another
    // annotation of its layer.
    let mut units = vec![0usize; annotations.len()];
    let mut stacked = vec![false; annotations.len()];
    for row in rows.iter().flatten() {
        for (k, &(a, unit)) in row.on.iter().enumerate() {
            units[a] += 1;
            let layer = annotations[a].layer;
            if row
                .on
                .iter()
                .enumerate()
                .any(|(j, &(b, u))| j != k && u == unit && annotations[b].layer == layer)
            {
                stacked[a] = true;
            }
        }
    }
    let mut ids = vec![None; annotations.len()];
    let mut next_id = 1usize;
    for row in rows.iter().flatten() {
        for &(a, _) in &row.on {
            if ids[a].is_none() && (units[a] > 1 || stacked[a]) {
                ids[a] = Some(next_id);
                next_id += 1;
            }
        }
    }

    let co = CharOffsets::in_unit(text, OffsetUnit::Utf16);
    let mut out = String::with_capacity(text.len() * 3 + 256);
    out.push_str(FORMAT_LINE);
    out.push('\n');
    let _ = writeln!(out, "#T_SP={NAMED_ENTITY_LAYER}|value");
    let _ = writeln!(out, "#T_SP={QUOTE_LAYER}|kind|speaker|verb");
    out.push('\n');
    for (s, row) in rows.iter().enumerate() {
        let (Some(first), Some(last)) = (row.first(), row.last()) else {
            continue;
        };
        // The sentence's text runs to the next sentence's first token, so the space and line breaks between
        // sentences survive: INCEpTION appends each sentence's text where its first token begins and drops the
        // line break it adds after a sentence when the next one starts right there.
        let end = rows
            .get(s + 1)
            .and_then(|next| next.first())
            .map_or(last.span.end, |next| next.span.start);
        out.push('\n');
        for line in text[first.span.start..end].split('\n') {
            out.push_str("#Text=");
            escape_text(line, &mut out);
            out.push('\n');
        }
        for (t, token) in row.iter().enumerate() {
            let id = format!("{}-{}", s + 1, t + 1);
            write_unit(
                &mut out,
                &id,
                token.span,
                text,
                &co,
                token,
                Unit::Token,
                &annotations,
                &ids,
            );
            for (n, &sub) in token.subs.iter().enumerate() {
                let sub_id = format!("{id}.{}", n + 1);
                write_unit(
                    &mut out,
                    &sub_id,
                    sub,
                    text,
                    &co,
                    token,
                    Unit::Sub(n),
                    &annotations,
                    &ids,
                );
            }
        }
    }
    out
}

/// The entity mentions and the quotes, as annotations with their feature values.
fn annotations(doc: &Document, analysis: &Analysis) -> Vec<Annotation> {
    let text = doc.text.as_str();
    let mut out: Vec<Annotation> = analysis
        .mentions
        .iter()
        .filter(|m| !m.span.is_empty())
        .map(|m| Annotation {
            layer: Layer::Entity,
            span: m.span,
            values: vec![Some(m.label.as_str().to_owned())],
        })
        .collect();
    out.extend(
        analysis
            .quotes
            .iter()
            .filter(|q| !q.span.is_empty())
            .map(|q| Annotation {
                layer: Layer::Quote,
                span: q.span,
                values: vec![
                    Some(
                        match q.kind {
                            QuoteKind::Direct => "direct",
                            QuoteKind::Indirect => "indirect",
                        }
                        .to_owned(),
                    ),
                    q.speaker
                        .as_ref()
                        .map(|s| s.name.trim().to_owned())
                        .filter(|n| !n.is_empty()),
                    q.cue
                        .and_then(|c| text.get(c.start..c.end))
                        .map(|v| v.trim().to_owned())
                        .filter(|v| !v.is_empty()),
                ],
            }),
    );
    // Sorted by start (then the longer first), so one sweep over the tokens finds what covers each.
    out.sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
    out
}

/// Puts every annotation on the tokens (or sub-tokens) it covers: one sweep, annotations sorted by start.
fn place(
    sentences: &[Vec<super::conll::Tagged<'_>>],
    annotations: &[Annotation],
) -> Vec<Vec<TokenRow>> {
    let mut next = 0;
    // Annotations that began before the current token and may still cover it.
    let mut active: Vec<usize> = Vec::new();
    let mut rows = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let mut row = Vec::with_capacity(sentence.len());
        for token in sentence {
            let t = token.span;
            active.retain(|&a| annotations[a].span.end > t.start);
            while annotations.get(next).is_some_and(|a| a.span.start < t.end) {
                if annotations[next].span.end > t.start {
                    active.push(next);
                }
                next += 1;
            }
            let mut subs: Vec<Span> = Vec::new();
            let mut on: Vec<(usize, Span)> = Vec::new();
            for &a in &active {
                let span = annotations[a].span;
                let part = Span::new(span.start.max(t.start), span.end.min(t.end));
                if part.is_empty() {
                    continue;
                }
                if part != t && !subs.contains(&part) {
                    subs.push(part);
                }
                on.push((a, part));
            }
            subs.sort_by_key(|s| (s.start, s.end));
            let mut placed: Vec<(usize, Unit)> = on
                .into_iter()
                .map(|(a, part)| {
                    let unit = if part == t {
                        Unit::Token
                    } else {
                        Unit::Sub(subs.iter().position(|s| *s == part).unwrap_or(0))
                    };
                    (a, unit)
                })
                .collect();
            placed.sort_by_key(|&(a, _)| a);
            row.push(TokenRow {
                span: t,
                subs,
                on: placed,
            });
        }
        rows.push(row);
    }
    rows
}

/// One token or sub-token line: id, offsets, text, then each layer's feature columns, each followed by a tab.
#[allow(clippy::too_many_arguments)]
fn write_unit(
    out: &mut String,
    id: &str,
    span: Span,
    text: &str,
    co: &CharOffsets,
    token: &TokenRow,
    unit: Unit,
    annotations: &[Annotation],
    ids: &[Option<usize>],
) {
    let (begin, end) = co.span(span);
    let _ = write!(
        out,
        "{id}\t{begin}-{end}\t{}\t",
        &text[span.start..span.end]
    );
    for (layer, features) in [(Layer::Entity, 1), (Layer::Quote, 3)] {
        let here: Vec<usize> = token
            .on
            .iter()
            .filter(|&&(a, u)| u == unit && annotations[a].layer == layer)
            .map(|&(a, _)| a)
            .collect();
        for feature in 0..features {
            if here.is_empty() {
                out.push('_');
            }
            for (k, &a) in here.iter().enumerate() {
                if k > 0 {
                    out.push('|');
                }
                match annotations[a]
                    .values
                    .get(feature)
                    .and_then(Option::as_deref)
                {
                    Some(value) => escape_value(value, out),
                    None => out.push('*'),
                }
                if let Some(n) = ids[a] {
                    let _ = write!(out, "[{n}]");
                }
            }
            out.push('\t');
        }
    }
    out.push('\n');
}

/// A feature value with the format's reserved characters escaped by a backslash: `\ [ ] | _ -> ; * TAB LF`.
fn escape_value(value: &str, out: &mut String) {
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("->") {
            out.push_str("\\->");
            rest = &rest[2..];
            continue;
        }
        match c {
            '\\' | '[' | ']' | '|' | '_' | ';' | '*' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// A `#Text=` line's text, escaped as WebAnno TSV 3.2+ does: backslash, TAB, CR, FF and backspace by their
/// escape sequences, other C0 controls (but LF, VT) by a backslash before them.
fn escape_text(line: &str, out: &mut String) {
    for c in line.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{0C}' => out.push_str("\\f"),
            '\u{08}' => out.push_str("\\b"),
            '\u{00}'..='\u{07}' | '\u{0E}'..='\u{1F}' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_escape_the_reserved_characters() {
        let mut out = String::new();
        escape_value(r"a_b|c[1]->d;e*f\g", &mut out);
        assert_eq!(out, r"a\_b\|c\[1\]\->d\;e\*f\\g");
        let mut out = String::new();
        escape_text("a\tb\\c\rd\u{1}", &mut out);
        assert_eq!(out, "a\\tb\\\\c\\rd\\\u{1}");
    }
}
