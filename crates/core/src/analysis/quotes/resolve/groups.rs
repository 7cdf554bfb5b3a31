//! Plural and collective speakers: a plural verb or participle goes to the group the sentence names, not to
//! the last single speaker.

use super::{
    Ctx, Draft, EntityLabel, Memory, Quote, Span, Speaker, continues, cues, is_title, make_speaker,
    normalize,
};

/// True for a reporting verb in the plural ("قالوا", "وأكدوا", "ويرون", "مؤكدين").
pub(super) fn plural_cue(ctx: &Ctx, cue: Span) -> bool {
    let n = normalize(ctx.slice(cue));
    let Some(info) = cues::lookup(&n) else {
        return false;
    };
    let bare = n
        .strip_prefix('و')
        .or_else(|| n.strip_prefix('ف'))
        .unwrap_or(&n);
    let imperfect = bare.starts_with('ي') || bare.starts_with('ت');
    let participle = info.form == cues::CueForm::Participle
        && bare.ends_with("ين")
        && bare.chars().count() >= PLURAL_PARTICIPLE_MIN_LETTERS;
    bare.ends_with("وا") || (imperfect && bare.ends_with("ون")) || participle
}

/// A plural participle has at least this many letters ("داعين", "مؤكدين"; not "بين", "تبين").
pub(super) const PLURAL_PARTICIPLE_MIN_LETTERS: usize = 5;

/// True when the person named at `span` is the first of several joined by و ("الشيخ فلان والشيخ علان وعدد من
/// ..."): they are together the subject of a plural verb.
pub(super) fn joined_by_wa(ctx: &Ctx, span: Span) -> bool {
    let mut k = ctx.tok_at(span.end);
    if ctx
        .toks
        .get(k)
        .is_some_and(|t| t.is_punct(super::super::context::COMMAS))
    {
        k += 1;
    }
    ctx.toks.get(k).is_some_and(|t| {
        let key = t.key.as_str();
        key.strip_prefix('و').is_some_and(|rest| {
            is_title(rest)
                || ctx
                    .mentions_over(t.span)
                    .any(|m| m.label == EntityLabel::Per)
        })
    })
}

/// Words that make a speaker a group however it goes on ("مصادر مطلعة", "عدد من المستثمرين"), normalised.
pub(super) const GROUP_WORDS: &[&str] = &["مصادر", "اهالي", "سكان", "شهود"];

/// True for a speaker that is a group of people as written: a plural of people ("مواطنون", "المستثمرين") or a
/// part of one ("عدد من", "بعض").
pub(super) fn collective(name: &str) -> bool {
    let n = normalize(name);
    let mut words = n.split_whitespace().map(|w| {
        let w = w
            .strip_prefix('و')
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w);
        w.strip_prefix("ال")
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w)
    });
    let Some(first) = words.next() else {
        return false;
    };
    let plural = |w: &str| {
        super::super::lexicon::is_people_plural(w)
            || (w.ends_with("ين") && w.chars().count() >= PLURAL_MIN_LETTERS)
    };
    super::super::speaker::QUANTIFIERS.contains(&first)
        || GROUP_WORDS.contains(&first)
        || plural(first)
        || words.any(plural)
}

/// A plural in ـين has at least this many letters without the article ("المستثمرين", not "بين").
pub(super) const PLURAL_MIN_LETTERS: usize = 6;

/// How many tokens before a plural verb the group it agrees with is looked for in its sentence.
pub(super) const GROUP_REACH: usize = 40;

/// The group a plural reporting verb without a subject has for subject: the group a relative pronoun before it
/// refers to ("المراجعين الذين أكدوا"), one named earlier in its sentence ("التقى الوزير بعدد من رجال الأعمال،
/// وطالبوا"), else the most recent speaker that is a group ("قال عدد من المستثمرين ... وقال المحلل فلان ...
/// وأضافوا") or a group named in the sentences just before ("وتجمع عشرات المواطنين أمام البلدية. وقالوا"): the
/// speaker first for a verb that goes on (وأضافوا), the group named first for another. None for a verb in the
/// singular.
pub(super) fn plural_subject(
    ctx: &Ctx,
    memory: &Memory,
    d: &Draft,
    out: &[Quote],
) -> Option<Speaker> {
    let cue = d.cue?;
    if !plural_cue(ctx, cue) {
        return None;
    }
    if let Some(group) = relative_group(ctx, cue) {
        return Some(group);
    }
    if let Some((group, _)) = sentence_group(ctx, cue) {
        return Some(group);
    }
    let spoken = || {
        memory
            .recent
            .iter()
            .rev()
            .find(|s| collective(&s.name))
            .cloned()
    };
    // "وأكد شهود أن عشرات المسلحين قتلوا. وقالوا": a group named inside an earlier statement is what was said, not
    // who says more (the quotes are sorted by start: the last one starting before the group may hold it).
    let quoted = |g: &Speaker| {
        let k = out.partition_point(|q| q.span.start <= g.span.start);
        k.checked_sub(1)
            .and_then(|k| out.get(k))
            .is_some_and(|q| g.span.end <= q.span.end)
    };
    // "شهود" read in "وأكد شهود عيان أن": the group that spoke, with its full name.
    let before = || {
        group_before(ctx, cue).filter(|g| !quoted(g)).map(|g| {
            spoken()
                .filter(|s| s.name.starts_with(&g.name))
                .unwrap_or(g)
        })
    };
    // "وأضافوا" goes on with the group that spoke, unless a group was named since the last statement ("واحتج
    // المعلمون على القرار. وأكدوا"); "وقالوا" may turn to a group the sentences before named.
    let since_last = |g: &Speaker| out.last().is_none_or(|q| g.span.start >= q.span.end);
    if continues(&normalize(ctx.slice(cue))) {
        before().filter(since_last).or_else(spoken).or_else(before)
    } else {
        before().or_else(spoken)
    }
}

/// The group named before the verb at `cue` in its sentence ("بعدد من رجال الأعمال"), and whether it is joined
/// by و to a person named right before it ("الشيخ فلان وعدد من الشيوخ": the persons and the group together).
pub(super) fn sentence_group(ctx: &Ctx, cue: Span) -> Option<(Speaker, bool)> {
    let k = ctx.tok_at(cue.start);
    let from = ctx.sentence_start(k).max(k.saturating_sub(GROUP_REACH));
    for i in (from..k).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        let key = t.key.as_str();
        // "بعدد من", "وعدد من": the quantifier with a preposition or conjunction on it.
        let (skip, bare) = match key.chars().next() {
            Some(c @ ('ب' | 'و' | 'ل'))
                if super::super::speaker::QUANTIFIERS.contains(&&key[c.len_utf8()..]) =>
            {
                (c.len_utf8(), &key[c.len_utf8()..])
            }
            _ => (0, key),
        };
        // "غير أن نوابا من التحالف اعترضوا، وقالوا": an indefinite plural of people is the group as written, with
        // the body it is from.
        if let Some(end) = indefinite_people_at(ctx, i, k) {
            let last = ctx.toks.get(end - 1)?;
            return Some((
                make_speaker(ctx, Span::new(t.span.start, last.span.end), None),
                false,
            ));
        }
        if !super::super::speaker::QUANTIFIERS.contains(&bare) {
            continue;
        }
        // "اعترضوا على بعض فقرات القانون": a part of a group after a preposition is what the verb is about.
        if i.checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| p.raw == "على" || OBJECT_PREPOSITIONS.contains(&p.key.as_str()))
        {
            continue;
        }
        let of = usize::from(ctx.toks.get(i + 1).is_some_and(|n| n.key.as_str() == "من"));
        let head = i + 1 + of;
        let Some(h) = ctx.toks.get(head).filter(|h| head < k && h.is_word()) else {
            continue;
        };
        // "رجال الأعمال": the group noun and one definite genitive after it.
        let end = ctx
            .toks
            .get(head + 1)
            .filter(|n| {
                head + 1 < k
                    && n.is_word()
                    && n.key.as_str().starts_with("ال")
                    && !matches!(n.key.as_str(), "الذي" | "التي" | "الذين" | "اللواتي")
            })
            .map_or(h.span.end, |n| n.span.end);
        let joined = key.starts_with('و')
            && i.checked_sub(1)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| {
                    ctx.mentions_over(p.span)
                        .any(|m| m.label == EntityLabel::Per && m.span.end == p.span.end)
                });
        return Some((
            make_speaker(ctx, Span::new(t.span.start + skip, end), None),
            joined,
        ));
    }
    verb_group(ctx, from, k).map(|g| (g, false))
}

/// "واتهم الحوثيون التحالف ...، وقالوا", "واحتج المعلمون على القرار. وأكدوا": a group that is the subject of a
/// verb opening its sentence (or a clause after a comma), between tokens `from` and `k`: a definite plural of
/// people in the nominative, or an organisation named by such a plural. The first one.
pub(super) fn verb_group(ctx: &Ctx, from: usize, k: usize) -> Option<Speaker> {
    (from + 1..k).find_map(|i| {
        let t = ctx.toks.get(i)?;
        let verb = ctx.toks.get(i - 1)?;
        let opens = i - 1 == from
            || i.checked_sub(2)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| p.is_punct(super::super::context::COMMAS));
        let verb_like = verb.is_word()
            && !verb.key.as_str().starts_with("ال")
            && !verb.key.as_str().starts_with("وال")
            // A verb (a reporting one too: "وتجمع"), no function word ("كما", "أن").
            && !super::super::lexicon::stops().contains(verb.key.as_str())
            && ctx.mentions_over(verb.span).next().is_none();
        if !(opens && verb_like && t.is_word()) {
            return None;
        }
        let word = t.key.as_str();
        let nominative = word
            .strip_prefix("ال")
            .is_some_and(|b| b.ends_with("ون") && b.chars().count() >= PLURAL_MIN_LETTERS - 1);
        if !nominative {
            return None;
        }
        // "الحوثيون": a group the tagger took for an organisation.
        if let Some(m) = ctx.mentions_over(t.span).find(|m| {
            m.label == EntityLabel::Org && m.span.start == t.span.start && m.span.end == t.span.end
        }) {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
        people_plural_at(ctx, i)
    })
}

/// Prepositions (normalised) before a part of a group that make it the verb's object, not its subject ("مع" and a
/// ب on the quantifier are kept: "التقى الوزير بعدد من رجال الأعمال، وطالبوا").
pub(super) const OBJECT_PREPOSITIONS: &[&str] = &["على", "علي", "في", "عن", "الي", "من"];

/// How many words of the body an indefinite group is from ("نواب من التحالف الوطني العراقي").
pub(super) const GROUP_BODY_MAX: usize = 4;

/// An indefinite plural of people at token `i` (before token `k`), in no mention, as a subject ("نوابا",
/// "مسؤولون", "خبراء"; the accusative ا after أن stripped), not after a preposition: gives the token after the group,
/// with the body it is from ("من" and definite words or a mention).
pub(super) fn indefinite_people_at(ctx: &Ctx, i: usize, k: usize) -> Option<usize> {
    let t = ctx.toks.get(i)?;
    let key = t.key.as_str();
    let stem = key.strip_suffix('ا').filter(|r| r.chars().count() >= 4);
    let people = |w: &str| {
        !w.starts_with("ال")
            && !w.starts_with("وال")
            && !is_title(w)
            && super::super::lexicon::is_people_plural(w)
    };
    // "يؤكدون", "تطالبون": an imperfect verb in the plural is spelled like a plural of people.
    let verb = key.starts_with('ي') || key.starts_with('ت') || cues::lookup(key).is_some();
    if !t.is_word()
        || verb
        || !(people(key) || stem.is_some_and(people))
        || ctx.mentions_over(t.span).next().is_some()
        || super::super::speaker::is_stop(ctx, i)
    {
        return None;
    }
    let governed = i
        .checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| {
            p.raw == "على"
                || OBJECT_PREPOSITIONS.contains(&p.key.as_str())
                || p.key.as_str() == "مع"
        });
    if governed {
        return None;
    }
    let mut end = i + 1;
    // "سكان القرية": one definite genitive.
    if end < k
        && ctx.toks.get(end).is_some_and(|n| {
            n.is_word()
                && n.key.as_str().starts_with("ال")
                && !matches!(n.key.as_str(), "الذي" | "التي" | "الذين" | "اللواتي")
        })
    {
        return Some(end + 1);
    }
    if ctx.toks.get(end).is_some_and(|n| n.key.as_str() == "من") && end + 1 < k {
        let mut j = end + 1;
        while j < k
            && j < end + 1 + GROUP_BODY_MAX
            && ctx.toks.get(j).is_some_and(|n| {
                n.is_word()
                    && (n.key.as_str().starts_with("ال")
                        || ctx.mentions_over(n.span).next().is_some()
                        || super::super::lexicon::org_heads().contains(n.key.as_str()))
            })
        {
            j += 1;
        }
        if j > end + 1 {
            end = j;
        }
    }
    Some(end)
}

/// "التقت الصحيفة المراجعين الذين أكدوا أن": the definite plural of people that a relative pronoun before the
/// plural verb at `cue` refers to.
pub(super) fn relative_group(ctx: &Ctx, cue: Span) -> Option<Speaker> {
    let k = ctx.tok_at(cue.start);
    let rel = ctx.toks.get(k.checked_sub(1)?)?;
    if !matches!(rel.key.as_str(), "الذين" | "اللواتي" | "اللاتي") {
        return None;
    }
    people_plural_at(ctx, k.checked_sub(2)?)
}

/// A definite plural of people at token `i` ("المواطنين", "والمراجعون"), in no mention and no title: the group as
/// written, without its conjunction.
pub(super) fn people_plural_at(ctx: &Ctx, i: usize) -> Option<Speaker> {
    let t = ctx.toks.get(i)?;
    let key = t.key.as_str();
    let (skip, word) = match key.strip_prefix('و') {
        Some(rest) if rest.starts_with("ال") => ('و'.len_utf8(), rest),
        _ => (0, key),
    };
    let bare = word.strip_prefix("ال")?;
    let plural = (bare.ends_with("ين") || bare.ends_with("ون"))
        && bare.chars().count() >= PLURAL_MIN_LETTERS
        || super::super::lexicon::is_people_plural(word);
    (t.is_word() && plural && !is_title(word) && ctx.mentions_over(t.span).next().is_none())
        .then(|| make_speaker(ctx, Span::new(t.span.start + skip, t.span.end), None))
}

/// How many tokens before a plural verb [`group_before`] looks, past its sentence.
pub(super) const GROUP_BEFORE_REACH: usize = 60;

/// "والتقت الصحيفة عددا من المراجعين ... وأشاروا": the group named before a plural verb without a subject,
/// in the sentences before it (at most [`GROUP_BEFORE_REACH`] tokens back, in its paragraph or the one before): a
/// part of a group ("عدد من", "عشرات") or a definite plural of people, the nearest.
pub(super) fn group_before(ctx: &Ctx, cue: Span) -> Option<Speaker> {
    let k = ctx.tok_at(cue.start);
    let block = ctx.toks.get(k)?.block;
    let from = k.saturating_sub(GROUP_BEFORE_REACH);
    let mut i = ctx.sentence_start(k);
    while i > from {
        let end = i;
        let Some(t) = ctx.toks.get(end - 1) else {
            break;
        };
        if t.block + 1 < block {
            break;
        }
        let start = ctx.sentence_start(end - 1).max(from);
        // The sentence before, read as the group's sentence (its end as the "cue").
        let last = ctx.toks.get(end - 1)?;
        if let Some((s, _)) = sentence_group(ctx, Span::new(last.span.start, last.span.end)) {
            return Some(s);
        }
        i = start;
    }
    None
}
