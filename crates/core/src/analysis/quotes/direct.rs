//! Direct quotes: pairing quotation marks within a paragraph, and telling statements from scare quotes.
//!
//! Pairing survives real text: « » “ ” " and { } in any mix, a closing mark used as opener (”...”), a pair
//! closed by a mark of another family when its own never comes, and an unclosed mark (the quote runs to the end of
//! its paragraph). Marks around a short name or term are not statements.

use super::{Ctx, Draft, Who, cues, headline, speaker};
use crate::analysis::QuoteKind;
use crate::analysis::tokens::TokenKind;
use crate::span::Span;

/// A pair of quotation marks (or an unclosed opener) and what the finders decided about it.
#[derive(Clone, Debug)]
pub(crate) struct Marked {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quote runs to the end of its paragraph.
    pub close: Option<Span>,
    /// Between the marks, whitespace trimmed.
    pub content: Span,
    pub block: usize,
    /// A statement, not a name or term in marks.
    pub statement: bool,
    /// Taken into a reported statement that contains it.
    pub absorbed: bool,
    /// Cue and speaker given by a reporting clause that leads into the quote.
    pub linked: Option<(Span, Who)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Guillemet,
    Curly,
    Straight,
    Brace,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

fn mark(c: char) -> Option<(Family, Role)> {
    Some(match c {
        '«' => (Family::Guillemet, Role::Open),
        '»' => (Family::Guillemet, Role::Close),
        '“' | '„' => (Family::Curly, Role::Open),
        '”' => (Family::Curly, Role::Close),
        '"' => (Family::Straight, Role::Either),
        '{' => (Family::Brace, Role::Open),
        '}' => (Family::Brace, Role::Close),
        _ => return None,
    })
}

/// Words before marks that name what is in them (a title, a name), not what someone said.
const NAMING_WORDS: &[&str] = &[
    "بعنوان",
    "عنوانه",
    "باسم",
    "اسم",
    "المسمى",
    "المسماة",
    "يسمى",
    "تسمى",
    "سماه",
    "سمي",
    "سميت",
    "المعروف",
    "المعروفة",
    "موسوعة",
    "كتاب",
    "كتابه",
    "رواية",
    "فيلم",
    "مسلسل",
    "برنامج",
    "شعار",
    "وسم",
    "هاشتاغ",
    "هاشتاق",
    "صحيفة",
    "مجلة",
    "قناة",
    "تلفزيون",
    "وكالة",
    "موقع",
    "منظمة",
    "شركة",
    "حزب",
    "حركة",
    "جماعة",
    "عملية",
    "مبادرة",
    "مشروع",
    "حملة",
    "تنظيم",
];

fn naming_words() -> &'static std::collections::HashSet<String> {
    static S: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        NAMING_WORDS
            .iter()
            .map(|w| crate::analysis::normalize::normalize(w))
            .collect()
    })
}

/// Pairs the quotation marks of every block.
pub(crate) fn find(ctx: &Ctx) -> Vec<Marked> {
    let mut out = Vec::new();
    for (bi, block) in ctx.doc.blocks.iter().enumerate() {
        let Some(body) = block.span.get(ctx.text) else {
            continue;
        };
        let marks: Vec<(usize, usize, Family, Role)> = body
            .char_indices()
            .filter_map(|(i, c)| mark(c).map(|(f, r)| (block.span.start + i, c.len_utf8(), f, r)))
            .collect();
        // The last index of each family, so "does this family come again?" is one comparison.
        let mut last = [None::<usize>; 4];
        for (k, m) in marks.iter().enumerate() {
            if let Some(slot) = last.get_mut(m.2 as usize) {
                *slot = Some(k);
            }
        }
        let mut open: Option<usize> = None;
        for (k, &(pos, len, fam, role)) in marks.iter().enumerate() {
            let later_of = |f: Family| {
                last.get(f as usize)
                    .copied()
                    .flatten()
                    .is_some_and(|l| l > k)
            };
            match open {
                None => {
                    // A closing mark opens only when its family comes again (a reversed pair ”...”).
                    if role != Role::Close || later_of(fam) {
                        open = Some(k);
                    }
                }
                Some(o) => {
                    let Some(&(opos, olen, ofam, _)) = marks.get(o) else {
                        continue;
                    };
                    let mixed = fam != ofam && role != Role::Open && !later_of(ofam);
                    if fam == ofam || mixed {
                        out.push(make(
                            ctx,
                            Span::new(opos, opos + olen),
                            Some(Span::new(pos, pos + len)),
                            bi,
                        ));
                        open = None;
                    }
                }
            }
        }
        if let Some(&(opos, olen, _, _)) = open.and_then(|o| marks.get(o)) {
            out.push(make(ctx, Span::new(opos, opos + olen), None, bi));
        }
    }
    for m in &mut out {
        m.statement = is_statement(ctx, m);
    }
    out
}

fn make(ctx: &Ctx, open: Span, close: Option<Span>, block: usize) -> Marked {
    let end = close.map_or_else(
        || ctx.doc.blocks.get(block).map_or(open.end, |b| b.span.end),
        |c| c.start,
    );
    let content = trim(ctx.text, Span::new(open.end, end.max(open.end)));
    Marked {
        open,
        close,
        content,
        block,
        statement: false,
        absorbed: false,
        linked: None,
    }
}

/// The span without surrounding whitespace.
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let Some(s) = span.get(text) else {
        return span;
    };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

/// A statement has a sentence in it; a name or short term in marks (scare quotes, titles) has not.
fn is_statement(ctx: &Ctx, m: &Marked) -> bool {
    if m.content.is_empty() {
        return false;
    }
    let first = ctx.tok_at(m.content.start);
    let end = ctx.tok_at(m.content.end);
    let inner = ctx.toks.get(first..end).unwrap_or_default();
    let words = inner
        .iter()
        .filter(|t| t.is_word() || t.kind == TokenKind::Number)
        .count();
    let open_tok = ctx.tok_at(m.open.start);
    let prev = open_tok
        .checked_sub(1)
        .and_then(|i| ctx.toks.get(i))
        .filter(|t| t.block == m.block);
    if let Some(p) = prev {
        // "لـ«الشرق الأوسط»": a preposition written with tatweel before a name.
        if p.raw.ends_with('ـ') {
            return false;
        }
        let bare = p.norm.strip_prefix('و').unwrap_or(&p.norm);
        if naming_words().contains(bare) || naming_words().contains(&p.norm) {
            return false;
        }
    }
    if words > 3 {
        return true;
    }
    let punctuated = inner
        .iter()
        .any(|t| t.is_punct(&[".", "!", "?", "؟", ":", "…"]));
    // "قال «نعم»", "وقال الوزير: «لا»": a reporting verb leads into the marks.
    let sentence = ctx.sentence_start(open_tok.saturating_sub(1));
    let cue_before = prev.is_some_and(|p| {
        cues::lookup(&p.norm).is_some()
            || (p.is_punct(&[":"])
                && (sentence..open_tok)
                    .rev()
                    .take(10)
                    .filter_map(|i| ctx.toks.get(i))
                    .any(|t| cues::lookup(&t.norm).is_some()))
    });
    words > 0 && (punctuated || cue_before)
}

/// Drafts for the statements in marks that no reporting clause took.
pub(crate) fn drafts(ctx: &Ctx, marked: &[Marked]) -> Vec<Draft> {
    let mut out = Vec::new();
    let empty = Default::default();
    for m in marked.iter().filter(|m| m.statement && !m.absorbed) {
        let mut span = m.content;
        let mut cue = None;
        let who = if let Some((c, w)) = &m.linked {
            cue = Some(*c);
            w.clone()
        } else if let Some((seg, rest)) = headline::speaker_colon(ctx, m.content, &empty) {
            // A headline quoted whole: “الجيش: لن نسمح ...”.
            span = rest;
            speaker::segment_who(ctx, seg)
        } else if let Some((c, w)) = cue_after(ctx, m) {
            cue = Some(c);
            w
        } else if ctx.heading_like(m.block) {
            Who::Unknown
        } else {
            nearest_name_before(ctx, m).unwrap_or(Who::Unknown)
        };
        out.push(Draft {
            kind: QuoteKind::Direct,
            span,
            cue,
            who,
            priority: 1,
        });
    }
    out
}

/// "«...»، قال فلان": a reporting verb right after the closing mark.
fn cue_after(ctx: &Ctx, m: &Marked) -> Option<(Span, Who)> {
    let close = m.close?;
    let mut i = ctx.tok_at(close.end);
    while ctx
        .toks
        .get(i)
        .is_some_and(|t| t.is_punct(&["،", ",", "-"]) && t.block == m.block)
    {
        i += 1;
    }
    let t = ctx.toks.get(i).filter(|t| t.block == m.block)?;
    // "«...»، بحسب فلان": an attribution without a verb.
    if ["بحسب", "حسب", "وفق", "وفقا"].contains(&t.norm.as_str()) {
        let who = speaker::after_cue(ctx, i + 1, (i + 8).min(ctx.toks.len()));
        return matches!(who, Who::Named { .. }).then_some((t.span, who));
    }
    let info = cues::lookup(&t.norm)?;
    if matches!(info.form, cues::CueForm::Noun) {
        return None;
    }
    let mut end = i + 1;
    while end < ctx.toks.len() && !ctx.ends_sentence(end - 1) && end - i < 12 {
        end += 1;
    }
    Some((t.span, speaker::after_cue(ctx, i + 1, end)))
}

/// The nearest person or organisation named before the marks in the same sentence ("عنوان صحيفة الوفد “...”").
fn nearest_name_before(ctx: &Ctx, m: &Marked) -> Option<Who> {
    let open_tok = ctx.tok_at(m.open.start);
    let start = ctx.sentence_start(open_tok);
    let from = ctx.toks.get(start)?.span.start;
    let mention = ctx
        .mentions_in(Span::new(from, m.open.start))
        .iter()
        .rev()
        .find(|x| {
            x.span.start >= from
                && x.span.end <= m.open.start
                && matches!(
                    x.label,
                    crate::analysis::EntityLabel::Per | crate::analysis::EntityLabel::Org
                )
        })?;
    Some(Who::Named {
        span: mention.span,
        entity: Some(mention.entity),
        title: Vec::new(),
    })
}
