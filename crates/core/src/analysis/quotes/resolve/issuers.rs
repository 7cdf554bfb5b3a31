//! Statements issued by a body ("بيان الوزارة") and speakers named by an honorific.

use super::{
    Ctx, DEFINITE_FORM_MAX_TOKENS, Draft, EntityLabel, LOOKBACK, Memory, Quote, Span, Speaker,
    definite_referent, is_title, make_speaker, normalize, title_key,
};

/// Nouns of an issued statement (normalised, without ال) whose definite form as a subject ("وتابع البيان")
/// stands for the statement's issuer.
pub(super) const STATEMENT_NOUNS: &[&str] = &["بيان", "بلاغ"];

/// How far back (in tokens) a statement noun looks for the statement it stands for.
pub(super) const STATEMENT_LOOKBACK: usize = 400;

/// The stem of a statement noun in a written form: "بيانا", "ببيان", "وبيانها", "البيان" give "بيان".
pub(super) fn statement_stem(key: &str) -> Option<&'static str> {
    let k = key.strip_prefix('و').unwrap_or(key);
    let k = k
        .strip_prefix("بال")
        .or_else(|| k.strip_prefix("لل"))
        .or_else(|| k.strip_prefix("ال"))
        .or_else(|| k.strip_prefix('ب'))
        .or_else(|| k.strip_prefix('ل'))
        .filter(|r| STATEMENT_NOUNS.iter().any(|n| r.starts_with(n)))
        .unwrap_or(k);
    STATEMENT_NOUNS.iter().copied().find(|n| {
        k.strip_prefix(n)
            .is_some_and(|rest| ["", "ا", "ه", "ها", "هم"].contains(&rest))
    })
}

/// The issuer of the statement a subject "البيان" at `before` stands for: at the nearest statement noun before it
/// in its paragraph or the ones before, the organisation or person named right after it ("بيان الأزهر", "بيان
/// صادر عن الوزارة"), else the speaker of the statement that noun introduces ("أصدر فلان بيانا جاء فيه «...»",
/// "وقالت الوزارة في بيان إن"). None when the nearest such noun has no issuer.
pub(super) fn statement_issuer(ctx: &Ctx, out: &[Quote], before: usize) -> Option<Speaker> {
    let mut before = before;
    // "وذكر بيان للوزارة أن ... وجاء في البيان أن ... وأوضح البيان": a definite noun whose issuer is not found
    // refers back to the statement named before it.
    for _ in 0..STATEMENT_CHAIN {
        let (found, noun) = statement_issuer_once(ctx, out, before)?;
        if found.is_some() {
            return found;
        }
        let key = noun.key.as_str();
        let key = key
            .strip_prefix('و')
            .or_else(|| key.strip_prefix('ف'))
            .unwrap_or(key);
        let key = key.strip_prefix('ب').unwrap_or(key);
        if !key.starts_with("ال") {
            return None;
        }
        before = noun.span.start;
    }
    None
}

/// "أعلنت شركة فلان نتائجها ... وأشار البيان إلى أن": a statement noun no issuer is found for is the statement of
/// the organisation whose statement was found last, in the sentence before `before` or its own.
pub(super) fn organisation_just_spoke(ctx: &Ctx, out: &[Quote], before: usize) -> Option<Speaker> {
    let sentence = ctx.sentence_start(ctx.tok_at(before));
    let previous = ctx.sentence_start(sentence.checked_sub(1)?);
    let q = out.last()?;
    let s = q.speaker.as_ref()?;
    let org = s
        .entity
        .and_then(|e| ctx.entities.get(e))
        .is_some_and(|e| e.label == EntityLabel::Org);
    (org && ctx.tok_at(q.cue.map_or(q.span.start, |c| c.start)) >= previous).then(|| s.clone())
}

/// How many definite statement nouns [`statement_issuer`] follows back to the statement they refer to.
pub(super) const STATEMENT_CHAIN: usize = 3;

/// [`statement_issuer`] for the nearest statement noun before `before`: its issuer, and that noun.
pub(super) fn statement_issuer_once<'c>(
    ctx: &Ctx<'c>,
    out: &[Quote],
    before: usize,
) -> Option<(Option<Speaker>, super::super::context::Tok<'c>)> {
    let end = ctx.tok_at(before);
    let j = (end.saturating_sub(STATEMENT_LOOKBACK)..end)
        .rev()
        .find(|&i| {
            ctx.toks
                .get(i)
                .is_some_and(|t| t.is_word() && statement_stem(t.key.as_str()).is_some())
        })?;
    let noun = ctx.toks.get(j)?;
    let named_at = |k: usize| {
        let t = ctx.toks.get(k)?;
        ctx.mentions_over(t.span)
            .find(|m| m.span.start == t.span.start && m.label != EntityLabel::Loc)
            .map(|m| make_speaker(ctx, m.span, Some(m.entity)))
    };
    // "أصدرت وزارة الداخلية بيانا": the subject of the verb of issuing before the noun.
    if let Some(s) = issuer_before(ctx, j) {
        return Some((Some(s), noun));
    }
    if !noun.key.as_str().ends_with('ا') {
        if let Some(s) = named_at(j + 1) {
            return Some((Some(s), noun));
        }
        if ctx
            .toks
            .get(j + 1)
            .is_some_and(|t| ISSUED.contains(&t.key.as_str()))
            && ctx.toks.get(j + 2).is_some_and(|t| t.key.as_str() == "عن")
            && let Some(s) = named_at(j + 3)
        {
            return Some((Some(s), noun));
        }
    }
    let found = out
        .iter()
        .rev()
        .filter(|q| q.span.start >= noun.span.end)
        .find(|q| {
            let from = q.cue.map_or(q.span.start, |c| c.start).min(
                q.speaker
                    .as_ref()
                    .filter(|s| ctx.tok_at(s.span.start) >= ctx.block_start(j))
                    .map_or(q.span.start, |s| s.span.start),
            );
            from <= noun.span.start
                && ctx
                    .toks
                    .get(ctx.tok_at(q.span.start))
                    .is_some_and(|t| t.block == noun.block)
        })
        .and_then(|q| q.speaker.clone());
    Some((found, noun))
}

/// "وذكر بيان للوزارة أن", "وقال بيان لوزارة الخارجية إن": a statement noun as the subject, with ل on its issuer
/// after it: that organisation or person (a definite noun resolved to the organisation the article named).
pub(super) fn statement_owner(ctx: &Ctx, memory: &Memory, span: Span) -> Option<Speaker> {
    let noun = normalize(ctx.slice(span));
    if !STATEMENT_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    let t = ctx.toks.get(ctx.tok_at(span.end))?;
    // "لوزارة الخارجية": ل on a mention.
    if let Some(m) = ctx.mentions_over(t.span).find(|m| {
        matches!(m.label, EntityLabel::Org | EntityLabel::Per)
            && m.span.start == t.span.start + 'ل'.len_utf8()
    }) {
        return Some(make_speaker(ctx, m.span, Some(m.entity)));
    }
    // "للوزارة": the definite noun the article's organisation goes by.
    let rest = t.key.as_str().strip_prefix("لل")?;
    if !t.is_word() || rest.chars().count() < 3 {
        return None;
    }
    definite_referent(ctx, memory, rest, span.start)
}

/// Verbs of issuing a statement (normalised, without conjunction): "أصدرت الوزارة بيانا", "نشر النادي بيانا".
pub(super) const ISSUING_VERBS: &[&str] = &[
    "اصدر",
    "اصدرت",
    "نشر",
    "نشرت",
    "وزع",
    "وزعت",
    "اذاع",
    "اذاعت",
];

/// How many tokens before the statement noun its verb of issuing may stand ("أصدرت وزارة الداخلية السعودية
/// مساء أمس بيانا").
pub(super) const ISSUER_REACH: usize = 8;

/// The organisation or person named between a verb of issuing and the statement noun at token `noun`, in its
/// sentence ("وأصدرت [وزارة الداخلية] بيانا").
pub(super) fn issuer_before(ctx: &Ctx, noun: usize) -> Option<Speaker> {
    let from = noun
        .saturating_sub(ISSUER_REACH)
        .max(ctx.sentence_start(noun));
    let verb = (from..noun).rev().find(|&k| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            let bare = key
                .strip_prefix('و')
                .or_else(|| key.strip_prefix('ف'))
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(key);
            ISSUING_VERBS.contains(&bare)
        })
    })?;
    let first = ctx.toks.get(verb + 1)?;
    let last = ctx.toks.get(noun.checked_sub(1)?)?;
    let zone = Span::new(first.span.start, last.span.end);
    let m = ctx
        .mentions_in(zone)
        .iter()
        .find(|m| matches!(m.label, EntityLabel::Org | EntityLabel::Per))?;
    Some(make_speaker(ctx, m.span, Some(m.entity)))
}

/// "صادر" and its kin after a document noun: "بيان صادر عن الديوان", "تقرير أصدرته الهيئة" (normalised).
pub(super) const ISSUED: &[&str] = &["صادر", "الصادر", "صادره", "الصادره"];

/// "وقال بيان صادر عن الديوان الملكي إن": a speaker that ends with "صادر" stands for the organisation named
/// after "عن", which issued it and speaks; gives that organisation's name and entity (a mention, else up to
/// [`DEFINITE_FORM_MAX_TOKENS`] definite words, or a head of institution and definite words after it).
pub(super) fn issued_by(ctx: &Ctx, span: Span) -> Option<(Span, Option<usize>)> {
    let k = ctx.tok_at(span.end);
    let last = ctx.toks.get(k.checked_sub(1)?)?;
    if !ISSUED.contains(&last.key.as_str()) || ctx.toks.get(k)?.key.as_str() != "عن" {
        return None;
    }
    let first = ctx.toks.get(k + 1)?;
    if let Some(m) = ctx
        .mentions_over(first.span)
        .find(|m| m.span.start == first.span.start && m.label != EntityLabel::Loc)
    {
        return Some((m.span, Some(m.entity)));
    }
    let mut end = None;
    for j in k + 1..k + 1 + DEFINITE_FORM_MAX_TOKENS {
        let t = ctx.toks.get(j)?;
        let org_head = super::super::lexicon::org_heads().contains(t.key.as_str());
        let key = t.key.as_str();
        // "المركز الوطني للأرصاد": a genitive with ل after the first word.
        let definite = key.starts_with("ال") || (j > k + 1 && key.starts_with("لل"));
        if !(t.is_word() && (definite || (j == k + 1 && org_head))) {
            break;
        }
        end = Some(t.span.end);
    }
    end.map(|end| (Span::new(first.span.start, end), None))
}

/// The honorific pronouns by the start of their stem (normalised), with the titles (normalised, as [`title_key`]
/// gives them) of the persons they are used for: "سموه" for a prince, "معاليه" for a minister.
pub(super) const HONOURED: &[(&str, &[&str])] = &[
    ("سمو", &["سمو", "امير", "اميره", "ولي"]),
    ("معالي", &["معالي", "وزير", "وزيره"]),
    ("فخام", &["فخامه", "رييس"]),
    ("جلال", &["جلاله", "ملك", "ملكه"]),
    ("سعاد", &["سعاده", "سفير", "سفيره"]),
    ("سماح", &["سماحه", "مفتي", "شيخ"]),
    ("فضيل", &["فضيله", "شيخ"]),
    ("دول", &["دوله", "رييس"]),
    ("سياد", &["سياده", "رييس"]),
];

/// How many tokens after the reporting word the honorific pronoun may stand ("وأكد في كلمته سموه").
pub(super) const HONORIFIC_REACH: usize = 4;

/// How many of a recent speaker's mentions are read for the title of honour before them.
pub(super) const HONOURED_MENTIONS: usize = 20;

/// How many tokens after an honour title or office its holder's name may start ("صاحب السمو الملكي الأمير فلان").
pub(super) const HONOURED_NAME_REACH: usize = 6;

/// The person an honorific pronoun stands for ("وأشاد سموه" after a director spoke): the most recent speaker
/// named after a title of that honour or office ("صاحب السمو الملكي الأمير فلان", "معالي الوزير فلان"), else
/// the nearest person named after one before the statement. None when the clause has no honorific word or the article names no such person.
pub(super) fn honoured_person(ctx: &Ctx, memory: &Memory, d: &Draft) -> Option<Speaker> {
    let cue = d.cue?;
    let k = ctx.tok_at(cue.start);
    let pronoun = (k + 1..=k + HONORIFIC_REACH)
        .filter_map(|i| ctx.toks.get(i))
        .map(|t| t.key.as_str().to_owned())
        .find(|n| super::super::lexicon::honorifics().contains(n.as_str()))?;
    let (_, titles) = HONOURED
        .iter()
        .find(|(stem, _)| pronoun.starts_with(stem))?;
    let titled = |i: usize| {
        ctx.toks
            .get(i)
            .is_some_and(|t| title_key(t.key.as_str()).is_some_and(|key| titles.contains(&key)))
    };
    // A recent speaker named after such a title ("أمير المنطقة الأمير فلان" then "ونقل سموه تحيات ... ولي العهد
    // الأمير علان ... وأكد سموه"): the one the article goes on quoting.
    let titled_before = |m: &crate::analysis::Mention| {
        let first = ctx.tok_at(m.span.start);
        (first.saturating_sub(HONOURED_NAME_REACH)..first).any(titled)
    };
    for r in memory.recent.iter().rev() {
        let Some(e) = r.entity.and_then(|e| ctx.entities.get(e)) else {
            continue;
        };
        let named = e
            .mentions
            .iter()
            .take(HONOURED_MENTIONS)
            .filter_map(|&i| ctx.mentions.get(i))
            .any(|m| m.span.start < cue.start && titled_before(m));
        if named {
            return Some(r.clone());
        }
    }
    for i in (k.saturating_sub(LOOKBACK)..k).rev() {
        if !titled(i) {
            continue;
        }
        for j in i + 1..(i + 1 + HONOURED_NAME_REACH).min(k) {
            let Some(t) = ctx.toks.get(j) else { break };
            if ctx.ends_sentence(j) {
                break;
            }
            if let Some(m) = ctx
                .mentions_over(t.span)
                .find(|m| m.label == EntityLabel::Per && m.span.start == t.span.start)
            {
                let s = make_speaker(ctx, m.span, Some(m.entity));
                // A person the article quoted already under another name form keeps it.
                return Some(
                    memory
                        .recent
                        .iter()
                        .find(|r| r.entity.is_some() && r.entity == s.entity)
                        .cloned()
                        .unwrap_or(s),
                );
            }
            // Past titles and their adjectives ("الملكي"), nothing else.
            let key = t.key.as_str();
            if !(t.is_word() && (is_title(key) || key.starts_with("ال") || key.starts_with("وال")))
            {
                break;
            }
        }
    }
    None
}
