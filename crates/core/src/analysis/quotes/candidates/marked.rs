//! Statements in marks (part of the candidates pass): a draft for each quote in marks that no reported statement
//! absorbed. The speaker is the reporting clause linked to it, a headline speaker quoted whole, a reporting verb
//! right after the closing mark, or the nearest name before the marks.

use super::headline;
use crate::analysis::quotes::context::{COMMAS, Ctx};
use crate::analysis::quotes::cues;
use crate::analysis::quotes::draft::{Draft, Marked, Who};
use crate::analysis::quotes::speaker;
use crate::analysis::{EntityLabel, QuoteKind};
use crate::span::Span;

/// Words after "«...»،" that attribute the quote without a verb ("«...»، بحسب فلان").
const AFTER_QUOTE_ATTRIBUTIONS: &[&str] = &["بحسب", "حسب", "وفق", "وفقا"];

/// Demonstratives with ب that point back at the quote before them ("بهذه الكلمات", "بهذه العبارة").
pub(super) const POINTING_BACK: &[&str] = &["بهذه", "بهذا", "بتلك", "بذلك"];

/// Punctuation between a closing mark and the reporting verb after it.
const AFTER_QUOTE_PUNCTUATION: &[&str] = &["،", ",", "-"];

/// How many tokens after an attribution word ("بحسب") the source's name is read from.
const ATTRIBUTION_ZONE: usize = 8;

/// How many tokens after a reporting verb behind the marks the speaker is read from (within the sentence).
const CUE_AFTER_ZONE: usize = 12;

/// Drafts for the statements in marks that no reporting clause took.
pub(super) fn drafts(ctx: &Ctx, marked: &[Marked]) -> Vec<Draft> {
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
            scripture_before(ctx, m)
                .or_else(|| attributed_before(ctx, m))
                .or_else(|| nearest_name_before(ctx, m))
                .unwrap_or(Who::Unknown)
        };
        out.push(Draft {
            kind: QuoteKind::Direct,
            span,
            cue,
            who,
            priority: Draft::IN_MARKS,
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
        .is_some_and(|t| t.is_punct(AFTER_QUOTE_PUNCTUATION) && t.block == m.block)
    {
        i += 1;
    }
    // "«...». بهذه الكلمات عبر فلان عن موقفه", "«...». هكذا ختم": a full stop before words that point back.
    if ctx
        .toks
        .get(i)
        .is_some_and(|t| t.is_punct(&["."]) && t.block == m.block)
        && ctx.toks.get(i + 1).is_some_and(|n| {
            n.block == m.block
                && (is_hakadha(n.key.as_str())
                    || POINTING_BACK.contains(&n.key.as_str().trim_start_matches('و')))
        })
    {
        i += 1;
    }
    // "«...» هكذا وصف فلان الوضع": the adverb before the postposed verb. "«...»، بهذه الكلمات لخص فلان": the
    // phrase that points back at the quote.
    let mut pointed = false;
    if ctx
        .toks
        .get(i)
        .is_some_and(|t| t.block == m.block && is_hakadha(t.key.as_str()))
    {
        i += 1;
        pointed = true;
    } else if ctx.toks.get(i).is_some_and(|t| {
        t.block == m.block && POINTING_BACK.contains(&t.key.as_str().trim_start_matches('و'))
    }) && ctx
        .toks
        .get(i + 1)
        .is_some_and(|n| n.is_word() && n.key.as_str().starts_with("ال"))
    {
        i += 2;
        pointed = true;
    }
    let t = ctx.toks.get(i).filter(|t| t.block == m.block)?;
    // After it any verb attributes the quote ("هكذا ختم الوزير حديثه", "بهذه العبارة لخص فلان مشاعره"): its
    // subject speaks.
    if pointed && t.is_word() && cues::lookup(t.key.as_str()).is_none() && !speaker::is_stop(ctx, i)
    {
        let mut end = i + 1;
        while end < ctx.toks.len() && !ctx.ends_sentence(end - 1) && end - i < CUE_AFTER_ZONE {
            end += 1;
        }
        let who = speaker::after_cue(ctx, i + 1, end);
        return matches!(who, Who::Named { .. } | Who::Title { .. } | Who::Honorific)
            .then_some((t.span, who));
    }
    // "«...»، تختم فلانة حديثها", "«...»، ختم المدرب كلامه": a verb of closing with the speaker's own speech as
    // its object: its subject speaks.
    if speaker::closing_verb(t.key.as_str())
        && let Some(obj) = (i + 2..(i + CUE_AFTER_ZONE).min(ctx.toks.len()))
            .take_while(|&k| !ctx.ends_sentence(k - 1))
            .find(|&k| {
                ctx.toks
                    .get(k)
                    .is_some_and(|o| speaker::own_speech_noun(o.key.as_str()))
            })
    {
        let who = speaker::after_cue(ctx, i + 1, obj);
        return matches!(who, Who::Named { .. } | Who::Title { .. } | Who::Honorific)
            .then_some((t.span, who));
    }
    // "«...»، بحسب فلان": an attribution without a verb.
    if AFTER_QUOTE_ATTRIBUTIONS.contains(&t.key.as_str()) {
        let who = speaker::after_cue(ctx, i + 1, (i + ATTRIBUTION_ZONE).min(ctx.toks.len()));
        return matches!(who, Who::Named { .. }).then_some((t.span, who));
    }
    let info = cues::lookup(t.key.as_str())?;
    if matches!(info.form, cues::CueForm::Noun) {
        return None;
    }
    let mut end = i + 1;
    while end < ctx.toks.len() && !ctx.ends_sentence(end - 1) && end - i < CUE_AFTER_ZONE {
        end += 1;
    }
    Some((t.span, speaker::after_cue(ctx, i + 1, end)))
}

/// هكذا ("thus"), with or without و: "«...» هكذا قال فلان" attributes the quote before it.
pub(in crate::analysis::quotes) fn is_hakadha(norm: &str) -> bool {
    norm.strip_prefix('و').unwrap_or(norm) == "هكذا"
}

/// "وبحسب المصدر فإن «...»", "ووفقا للشرطة، فإن «...»": marks right after the فإن of an attribution that opens
/// their sentence hold what the attribution's source said.
fn attributed_before(ctx: &Ctx, m: &Marked) -> Option<Who> {
    let fa = ctx.tok_at(m.open.start).checked_sub(1)?;
    if !ctx
        .toks
        .get(fa)
        .is_some_and(|t| matches!(t.key.as_str(), "فان" | "فانه" | "فانها"))
    {
        return None;
    }
    let start = ctx.sentence_start(fa);
    if !ctx
        .toks
        .get(start)
        .is_some_and(|t| super::attribution::is_attribution(t.key.as_str()))
    {
        return None;
    }
    // "ووفقا لـ", "نقلا عن": the ل written apart, the عن of نقلا.
    let mut source = start + 1;
    while source < fa
        && ctx
            .toks
            .get(source)
            .is_some_and(|t| matches!(t.key.as_str(), "ل" | "عن") || t.raw.ends_with('ـ'))
    {
        source += 1;
    }
    // The source ends at the comma before فإن, if any.
    let end = if ctx.toks.get(fa - 1).is_some_and(|t| t.is_punct(COMMAS)) {
        fa - 1
    } else {
        fa
    };
    if source >= end {
        return None;
    }
    let who = speaker::source(ctx, source, end);
    super::attribution::credible(ctx, &who).then_some(who)
}

/// The nearest person or organisation named before the marks in the same sentence ("عنوان صحيفة الوفد “...”").
fn nearest_name_before(ctx: &Ctx, m: &Marked) -> Option<Who> {
    let open_tok = ctx.tok_at(m.open.start);
    let start = ctx.sentence_start(open_tok);
    let from = ctx.toks.get(start)?.span.start;
    let before = ctx.mentions_in(Span::new(from, m.open.start));
    let fits = |x: &&crate::analysis::Mention| x.span.start >= from && x.span.end <= m.open.start;
    // "وأصدر العميد فلان ... بيانا جاء فيه «...»": the person who is the sentence's subject (not after a
    // preposition) rather than the word nearest the marks; else the nearest person or organisation.
    let mention = before
        .iter()
        .filter(fits)
        .find(|x| x.label == EntityLabel::Per && !speaker::governed(ctx, x.span))
        .or_else(|| {
            // "أكد فلان لوكالة فرانس برس أن ... «...»": the outlet told is no speaker; nor is the body a
            // spokesman speaks for ("ناطق باسم الحزب"), who is the sentence's speaker.
            let told = |x: &&crate::analysis::Mention| {
                ctx.tok_at(x.span.start)
                    .checked_sub(1)
                    .and_then(|p| Some((p, ctx.toks.get(p)?)))
                    .is_some_and(|(p, t)| {
                        super::super::addressee::outlet_word(ctx, p)
                            || speaker::on_behalf(t.key.as_str())
                    })
            };
            before
                .iter()
                .rev()
                .filter(fits)
                .filter(|x| !told(x))
                .find(|x| matches!(x.label, EntityLabel::Per | EntityLabel::Org))
        })?;
    Some(Who::Named {
        span: mention.span,
        entity: Some(mention.entity),
        title: Vec::new(),
    })
}

/// How many tokens before the opening mark a citation of scripture ("بقوله تعالى:") is looked for.
const SCRIPTURE_REACH: usize = 6;

/// Words that name God in a citation (normalised): "قوله تعالى", "قول الله عز وجل", "قوله سبحانه".
const DIVINE: &[&str] = &["الله", "تعالي", "وتعالي", "سبحانه", "عز", "وجل", "جل"];

/// "مستشهدا بقوله تعالى: «...»", "وذكّر بقول الله عز وجل «...»": a verse cited in marks is God's word, not the
/// preacher's who cites it. The divine name after قوله/قول right before the marks speaks.
fn scripture_before(ctx: &Ctx, m: &Marked) -> Option<Who> {
    let open = ctx.tok_at(m.open.start);
    let from = open
        .saturating_sub(SCRIPTURE_REACH)
        .max(ctx.sentence_start(open));
    let saying = (from..open).rev().find(|&k| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            let key = key.strip_prefix('و').unwrap_or(key);
            let key = key
                .strip_prefix('ب')
                .or_else(|| key.strip_prefix('ل'))
                .unwrap_or(key);
            matches!(key, "قوله" | "قول")
        })
    })?;
    let mut end = saying + 1;
    while end < open
        && ctx
            .toks
            .get(end)
            .is_some_and(|t| t.is_word() && DIVINE.contains(&t.key.as_str()))
    {
        end += 1;
    }
    // Only punctuation (a colon) between the divine name and the marks.
    if end == saying + 1 || (end..open).any(|k| ctx.toks.get(k).is_some_and(|t| t.is_word())) {
        return None;
    }
    let (a, b) = (ctx.toks.get(saying + 1)?, ctx.toks.get(end - 1)?);
    Some(Who::Named {
        span: Span::new(a.span.start, b.span.end),
        entity: None,
        title: Vec::new(),
    })
}
