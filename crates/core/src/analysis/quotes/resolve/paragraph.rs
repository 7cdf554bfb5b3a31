//! Speakers from the surrounding text: a feminine subject, a byline, the subject a paragraph opened with.

use super::{
    Ctx, Draft, EntityLabel, Gender, Memory, Quote, Span, Speaker, Who, cues, is_honour_title,
    is_title, make_speaker, normalize, title_key,
};

/// How many tokens back a feminine verb looks for the organisation or woman it agrees with.
pub(super) const FEMININE_REACH: usize = 400;

/// "أطلقت وزارة العمل برنامجا ... وقال الوزير فلان إن ... وأوضحت أن": a feminine verb without a subject, when no
/// recent speaker is known to agree with it and the last one is known to be a man, has for subject the nearest
/// organisation with a feminine head ("وزارة", "هيئة", "شركة") or woman (named after a feminine title) before it,
/// not governed by a preposition.
pub(super) fn feminine_subject(
    ctx: &Ctx,
    memory: &Memory,
    d: &Draft,
    out: &[Quote],
    gender: Option<Gender>,
) -> Option<Speaker> {
    if gender != Some(Gender::Feminine) {
        return None;
    }
    let last = memory.last.as_ref()?;
    if memory.genders.get(&last.name) != Some(&Gender::Masculine) {
        return None;
    }
    // "وأضافت الوزارة ... التقت الصحيفة المواطنة فلانة ... وقال المدير ... وقالت": a recent speaker who agrees
    // with the verb stands for it, unless a woman or organisation was named after her last statement.
    let since = if memory
        .recent
        .iter()
        .any(|s| memory.genders.get(&s.name) == Some(&Gender::Feminine))
    {
        out.iter()
            .rev()
            .find(|q| {
                q.speaker
                    .as_ref()
                    .is_some_and(|s| memory.genders.get(&s.name) == Some(&Gender::Feminine))
            })?
            .span
            .end
    } else {
        0
    };
    let cue = d.cue?;
    let end = ctx.tok_at(cue.start);
    let before = ctx
        .toks
        .get(end.saturating_sub(FEMININE_REACH))?
        .span
        .start
        .max(since);
    let feminine = |w: &str| w.ends_with('ه') && w.chars().count() >= 3;
    ctx.mentions_in(Span::new(before, cue.start))
        .iter()
        .rev()
        .filter(|m| !super::super::speaker::governed(ctx, m.span))
        .find(|m| {
            let first = ctx.tok_at(m.span.start);
            match m.label {
                EntityLabel::Org => ctx
                    .toks
                    .get(first)
                    .is_some_and(|t| feminine(bare_head(t.key.as_str()))),
                // "الدكتورة فلانة", "المواطنة فلانة": a feminine title or definite noun of a person before her.
                // Not the genitive of a man's title ("رئيس الهيئة فلان").
                EntityLabel::Per => first.checked_sub(1).is_some_and(|p| {
                    ctx.toks.get(p).is_some_and(|t| {
                        let key = t.key.as_str();
                        let noun = key.starts_with("ال")
                            && key.chars().count() >= 6
                            && !super::super::lexicon::org_heads().contains(bare_head(key))
                            && !p
                                .checked_sub(1)
                                .and_then(|b| ctx.toks.get(b))
                                .is_some_and(|b| is_title(b.key.as_str()));
                        (is_title(key) || noun) && feminine(key)
                    })
                }),
                _ => false,
            }
        })
        .map(|m| make_speaker(ctx, m.span, Some(m.entity)))
}

/// A word without a leading و and article ("ووزارة" -> "وزاره").
pub(super) fn bare_head(key: &str) -> &str {
    super::super::lexicon::bare(key)
}

/// Only the first blocks of an article hold its dateline.
pub(super) const BYLINE_BLOCKS: usize = 4;

/// Most tokens from a dateline's start to its colon.
pub(super) const BYLINE_TOKENS: usize = 16;

/// True when `span` is a name in the dateline at the head of the article ("ريم أحمد- سبق- الرياض: ..."): in one
/// of its first blocks, followed by a dash, with the dateline's colon after it among the block's first tokens.
pub(super) fn in_byline(ctx: &Ctx, span: Span) -> bool {
    let k = ctx.tok_at(span.end);
    let start = ctx.block_start(k.saturating_sub(1));
    let Some(first) = ctx.toks.get(start) else {
        return false;
    };
    if first.block >= BYLINE_BLOCKS {
        return false;
    }
    let dash = ctx
        .toks
        .get(k)
        .is_some_and(|t| matches!(t.raw, "-" | "–" | "—"));
    dash && (k..start + BYLINE_TOKENS).any(|j| {
        ctx.toks
            .get(j)
            .is_some_and(|t| t.block == first.block && t.raw == ":")
    })
}

/// "بحسب عدد من المهندسين فإن ...، مشيرين إلى أن", "قال فلان إن ...، مؤكدا أن": a participle after a statement
/// in the same sentence shares that statement's speaker, whatever the clause between names, unless the
/// participle's gender disagrees with what is known of that speaker, or an honorific after it names its own
/// subject ("مؤكدا سموه").
pub(super) fn participle_continues(
    ctx: &Ctx,
    memory: &Memory,
    d: &Draft,
    prev: Option<&Quote>,
    gender: Option<Gender>,
) -> Option<Speaker> {
    let cue = d.cue?;
    let info = cues::lookup(&normalize(ctx.slice(cue)))?;
    if info.form != cues::CueForm::Participle || d.who == Who::Honorific {
        return None;
    }
    let prev = prev?;
    let s = prev.speaker.clone()?;
    let sentence = ctx.sentence_start(ctx.tok_at(cue.start));
    let prev_at = prev
        .cue
        .map_or(prev.span.start, |c| c.start.min(prev.span.start));
    let same = ctx.sentence_start(ctx.tok_at(prev_at)) == sentence && prev.span.end <= cue.start;
    let agrees = gender.is_none_or(|g| memory.genders.get(&s.name).is_none_or(|&k| k == g));
    (same && agrees).then_some(s)
}

/// When the draft's cue is a finite reporting verb (no participle or noun, not "وأضاف"-like) that opens its
/// paragraph: the cue's token and the first token of the paragraph before, unless that is a heading.
pub(super) fn opener_and_paragraph_before(ctx: &Ctx, d: &Draft) -> Option<(usize, usize)> {
    let cue = d.cue?;
    let info = cues::lookup(&normalize(ctx.slice(cue)))?;
    if info.form == cues::CueForm::Participle
        || info.form == cues::CueForm::Noun
        || continues(&normalize(ctx.slice(cue)))
    {
        return None;
    }
    let at = ctx.tok_at(cue.start);
    if ctx.block_start(at) != at || at == 0 {
        return None;
    }
    let before = ctx.block_start(at - 1);
    let first = ctx.toks.get(before)?;
    (!ctx.heading_like(first.block)).then_some((at, before))
}

/// How many words (titles, their complements, names of places and organisations) may stand between the start
/// of a paragraph and the person who is its subject ("وكان رئيس نادي الهلال فلان قد").
pub(super) const PARAGRAPH_SUBJECT_REACH: usize = 8;

/// "وكان رئيس النادي فلان قد زار اللاعبين ...", then a paragraph opening with "وقال:": a reporting verb without a
/// subject that opens its paragraph, after a paragraph with no statement whose first sentence has a person for
/// subject (named after its first word, past titles, their complements and the verb's adverbs), has that person
/// for subject, not the speaker before. The person's gender must not disagree with the verb's (a man's name is
/// not read for "وقالت"; names carry no gender here, so only a feminine verb after a masculine title is refused).
pub(super) fn paragraph_subject_before(
    ctx: &Ctx,
    d: &Draft,
    prev: Option<&Quote>,
    gender: Option<Gender>,
) -> Option<Speaker> {
    let (k, before) = opener_and_paragraph_before(ctx, d)?;
    let first = ctx.toks.get(before)?;
    // The previous paragraph holds no statement.
    if prev.is_some_and(|q| q.span.end > first.span.start) {
        return None;
    }
    // Its first word is a verb or كان, no reporting word, no function word.
    let kana = matches!(
        first
            .key
            .as_str()
            .strip_prefix('و')
            .unwrap_or(first.key.as_str()),
        "كان" | "كانت"
    );
    if cues::lookup(first.key.as_str()).is_some() || (is_stop_word(ctx, before) && !kana) {
        return None;
    }
    // The subject comes right after the first word: a title ("رئيس النادي") or the name itself; a definite noun
    // there is the subject instead ("وخسر الفريق اللاعب فلان": the player is the object).
    let second = ctx.toks.get(before + 1)?;
    let named_here = ctx
        .mentions_over(second.span)
        .any(|m| m.label == EntityLabel::Per && m.span.start == second.span.start);
    if !(named_here || is_title(second.key.as_str())) {
        return None;
    }
    let mut j = before + 1;
    while j < k && j <= before + PARAGRAPH_SUBJECT_REACH {
        let t = ctx.toks.get(j)?;
        if !t.is_word() || ctx.ends_sentence(j) {
            return None;
        }
        if let Some(m) = ctx
            .mentions_over(t.span)
            .find(|m| m.span.start == t.span.start)
        {
            if m.label == EntityLabel::Per {
                if gender == Some(Gender::Feminine) && j > before + 1 {
                    let title = ctx.toks.get(j - 1)?;
                    if is_title(title.key.as_str()) && !title.key.as_str().ends_with('ه') {
                        return None;
                    }
                }
                return Some(make_speaker(ctx, m.span, Some(m.entity)));
            }
            j = ctx.tok_at(m.span.end).max(j + 1);
            continue;
        }
        let key = t.key.as_str();
        let head =
            super::super::lexicon::org_heads().contains(key.strip_prefix('و').unwrap_or(key));
        if key != "قد"
            && (!(is_title(key) || head || key.starts_with("ال")) || is_stop_word(ctx, j))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// "وافتتح المحافظ الجناح الياباني.", then a paragraph opening with "وأكد أن": like [`paragraph_subject_before`],
/// when the previous paragraph (with no statement) opens with a verb and a definite title that no name follows,
/// that title is the subject (its words and span, read with its office words), not the speaker before. The
/// title's gender must agree with the verb's.
pub(super) fn paragraph_title_before(
    ctx: &Ctx,
    draft: &Draft,
    prev: Option<&Quote>,
    gender: Option<Gender>,
) -> Option<(Vec<String>, Span)> {
    let (at, before) = opener_and_paragraph_before(ctx, draft)?;
    let first = ctx.toks.get(before)?;
    if prev.is_some_and(|q| q.span.end > first.span.start) {
        return None;
    }
    if !first.is_word()
        || cues::lookup(first.key.as_str()).is_some()
        || is_stop_word(ctx, before)
        || is_title(first.key.as_str())
        || ctx.mentions_over(first.span).next().is_some()
    {
        return None;
    }
    let second = ctx.toks.get(before + 1).filter(|_| before + 1 < at)?;
    let key = second.key.as_str();
    if !(second.is_word() && key.starts_with("ال") && is_title(key))
        || is_honour_title(title_key(key)?)
    {
        return None;
    }
    let feminine = title_key(key)?.ends_with('ه');
    if gender.is_some_and(|g| (g == Gender::Feminine) != feminine) {
        return None;
    }
    // The title's office words (definite, no title, no person) up to the verb's object.
    let mut title_end = before + 2;
    while title_end < at && title_end < before + 2 + PARAGRAPH_SUBJECT_REACH {
        let Some(t) = ctx.toks.get(title_end) else {
            break;
        };
        let named = ctx
            .mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Per);
        if named && !super::super::speaker::governed(ctx, t.span) {
            // A name after the title: the paragraph's subject is that person, read elsewhere.
            return None;
        }
        // A definite title takes no genitive: only its adjectives follow it ("المتحدث الرسمي", "الأمين العام");
        // another definite noun is the verb's object ("وافتتح المحافظ الجناح").
        let word = t.key.as_str();
        let adjective = word.starts_with("ال")
            && (word.ends_with('ي') || word.ends_with("يه") || word == "العام");
        if !t.is_word() || !adjective || is_title(word) {
            break;
        }
        title_end += 1;
    }
    // No person is named ungoverned in the paragraph's first sentence (else a name may be the subject).
    let end = (before..at)
        .find(|&i| ctx.ends_sentence(i))
        .map_or(at, |i| i + 1);
    let person = (title_end..end).any(|i| {
        ctx.toks.get(i).is_some_and(|t| {
            ctx.mentions_over(t.span)
                .any(|m| m.label == EntityLabel::Per && m.span.start == t.span.start)
                && !super::super::speaker::governed(ctx, t.span)
        })
    });
    if person {
        return None;
    }
    let last = ctx.toks.get(title_end - 1)?;
    let words = vec![title_key(key)?.to_owned()];
    Some((words, Span::new(second.span.start, last.span.end)))
}

/// Verbs that say the speaker goes on ("وأضاف", "وتابع", "واستطرد", "وأردف"), normalised stems: their subject
/// is the speaker before, whatever was told between.
pub(super) const CONTINUING: &[&str] = &["اضاف", "تابع", "استطرد", "اردف", "يضيف", "يتابع"];

/// True for a continuing verb ([`CONTINUING`]) in any person, with or without و/ف.
pub(in crate::analysis::quotes) fn continues(norm: &str) -> bool {
    let bare = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    CONTINUING.iter().any(|v| {
        bare.starts_with(v)
            || bare
                .strip_prefix('ت')
                .is_some_and(|r| v.strip_prefix('ي').is_some_and(|s| r.starts_with(s)))
    })
}

/// A function word, reporting word or prepositional phrase at token `i`.
pub(super) fn is_stop_word(ctx: &Ctx, i: usize) -> bool {
    super::super::speaker::is_stop(ctx, i)
}
