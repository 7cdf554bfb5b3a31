//! Speakers framed by the sentence around the quote: a person described before it, "نقلت عن", a quote
//! inside a title.

use super::{Ctx, Draft, EntityLabel, Span, Speaker, cues, is_title, make_speaker, normalize};

/// Nouns that describe a person the article has just named, not an office ("«...»، يقول الشاب"); not a relation
/// ("الأم", "الشقيق": another person).
pub(super) const DESCRIPTORS: &[&str] = &[
    "الشاب",
    "الشابة",
    "الرجل",
    "المرأة",
    "الفتاة",
    "الفتى",
    "الطفل",
    "الطفلة",
    "المسن",
    "المسنة",
    "العجوز",
];

/// How many blocks back (the speaker's paragraph and the ones before) a described person is looked for.
pub(super) const DESCRIBED_BLOCKS: usize = 2;

/// The person a descriptive noun at the start of `span` stands for ([`DESCRIPTORS`], with its adjectives): the
/// nearest person mention before it, in its paragraph or the [`DESCRIBED_BLOCKS`] before.
pub(super) fn described_person(ctx: &Ctx, span: Span) -> Option<Speaker> {
    let first = ctx.slice(span).split_whitespace().next()?;
    let key = normalize(first.strip_prefix('و').unwrap_or(first));
    if !DESCRIPTORS.iter().any(|d| normalize(d) == key) || ctx.mentions_over(span).next().is_some()
    {
        return None;
    }
    let block = ctx.toks.get(ctx.tok_at(span.start))?.block;
    let k = ctx.mentions.partition_point(|m| m.span.end <= span.start);
    let m = ctx.mentions[..k]
        .iter()
        .rev()
        .find(|m| m.label == EntityLabel::Per)?;
    let m_block = ctx.toks.get(ctx.tok_at(m.span.start))?.block;
    (m_block + DESCRIBED_BLOCKS >= block).then(|| make_speaker(ctx, m.span, Some(m.entity)))
}

/// Verbs (normalised, without و) that, with بذلك or ذلك after them, name who said the statement before: "صرح
/// بذلك مدير الإدارة فلان".
pub(super) const FRAME_VERBS: &[&str] = &[
    "صرح",
    "صرحت",
    "افاد",
    "افادت",
    "ادلي",
    "ادلت",
    "اعلن",
    "اعلنت",
    "ذكر",
    "ذكرت",
    "اكد",
    "اكدت",
    "قال",
    "قالت",
    "اوضح",
    "اوضحت",
];

/// Nouns of a speech (normalised, without ل/ب/في) in "جاء ذلك في تصريح لمدير ..." whose holder is named after them.
pub(super) const FRAME_SPEECH: &[&str] = &[
    "تصريح",
    "تصريحات",
    "كلمه",
    "حديث",
    "بيان",
    "مؤتمر",
    "محاضره",
    "خطاب",
    "مقابله",
    "حوار",
    "تصريحه",
];

/// How many tokens after the frame's verb or speech noun the speaker's name may start.
pub(super) const FRAME_REACH: usize = 14;

/// "أكد أن .... جاء ذلك في تصريح صحفي لمدير الشؤون الصحية الدكتور فلان", "أوضح أن .... صرح بذلك فلان": a
/// statement without a subject that the sentence after it in its paragraph frames (no other reporting verb
/// between them) has the person named in that frame for speaker.
pub(super) fn framed_speaker(ctx: &Ctx, d: &Draft) -> Option<Speaker> {
    let start = ctx.tok_at(d.span.end);
    let block = ctx.toks.get(start)?.block;
    let bare = |k: usize| {
        ctx.toks.get(k).map(|t| {
            let key = t.key.as_str();
            key.strip_prefix('و')
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(key)
                .to_owned()
        })
    };
    let mut i = start;
    while let Some(t) = ctx.toks.get(i).filter(|t| t.block == block) {
        let opens = i > 0 && ctx.ends_sentence(i - 1);
        let key = bare(i).unwrap_or_default();
        let next = bare(i + 1).unwrap_or_default();
        if opens && matches!(key.as_str(), "جاء" | "ياتي") && next == "ذلك" {
            // The speech noun, then the person named after it.
            let noun = (i + 2..i + 2 + FRAME_REACH).find(|&k| {
                bare(k).is_some_and(|w| {
                    let w = w
                        .strip_prefix("في")
                        .filter(|r| r.chars().count() >= 3)
                        .or_else(|| w.strip_prefix('ب'))
                        .or_else(|| w.strip_prefix('ل'))
                        .unwrap_or(&w);
                    FRAME_SPEECH.contains(&w)
                })
            })?;
            return frame_person(ctx, noun + 1);
        }
        if opens
            && FRAME_VERBS.contains(&key.as_str())
            && matches!(next.as_str(), "بذلك" | "ذلك" | "بهذا")
        {
            return frame_person(ctx, i + 2);
        }
        // Another reporting verb starts another statement first.
        if i > start
            && t.is_word()
            && super::super::cues::lookup_written(t.raw, t.key.as_str())
                .is_some_and(|c| c.form != cues::CueForm::Participle)
        {
            return None;
        }
        i += 1;
    }
    None
}

/// The first person named in the frame's sentence from token `from` (within [`FRAME_REACH`] tokens), not after
/// "مع" or a title with ب ("بالأمير": whom the speaker met).
pub(super) fn frame_person(ctx: &Ctx, from: usize) -> Option<Speaker> {
    for k in from..from + FRAME_REACH {
        let t = ctx.toks.get(k)?;
        if ctx.ends_sentence(k) && !t.is_word() {
            return None;
        }
        let key = t.key.as_str();
        if key == "مع" || key.strip_prefix('ب').is_some_and(is_title) {
            return None;
        }
        if let Some(m) = ctx
            .mentions_over(t.span)
            .find(|m| m.label == EntityLabel::Per && m.span.start == t.span.start)
        {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    None
}

/// The article's title is among its first blocks (a blank or source line may come first).
pub(super) const TITLE_BLOCKS: usize = 2;

/// True when `span` lies in the article's title.
pub(super) fn in_title(ctx: &Ctx, span: Span) -> bool {
    ctx.doc
        .blocks
        .iter()
        .take(TITLE_BLOCKS)
        .find(|b| b.span.start <= span.start && span.end <= b.span.end)
        .is_some_and(|b| b.kind == crate::document::BlockKind::Title)
}
