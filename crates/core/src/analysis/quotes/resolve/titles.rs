//! A title as speaker ("الوزير", "المتحدث باسم ..."): the person the article introduced with that title.

use super::{
    Ctx, EntityLabel, Flags, Gender, HONOURED_MENTIONS, LOOKBACK, Lexicon, Memory,
    NATIONALITY_TITLE_REACH, Span, Speaker, TITLE_LINKS, another_office_only, central_person,
    is_honour_title, is_title, make_speaker, normalize, office_words, title_holder, title_key,
};

/// The speaker a title stands for: the holder last introduced with it, else the name the article gives the
/// holder, else the last speaker (unless that was another unnamed title, or this is a headline), else the title as
/// written.
pub(super) fn title_speaker(
    ctx: &Ctx,
    memory: &mut Memory,
    words: &[String],
    span: Span,
    headline: bool,
    gender: Option<Gender>,
) -> Speaker {
    let literal = make_speaker(ctx, span, None);
    let phrase = normalize(&literal.name);
    // "أكد وزير الخارجية السعودي" after "وزير الخارجية الأمريكي فلان" spoke: the same title of another country,
    // held by nobody the article named with it.
    if !headline && another_office_only(ctx, words, span) {
        memory.literal_titles.insert(phrase);
        return literal;
    }
    // The last speaker unless that was another unnamed title ("مدرب الهلال" then "مدرب النصر") or no person
    // ("مصدر أمني", "الوزارة": a title names a person).
    let last = memory
        .last
        .clone()
        .filter(|l| {
            !memory.literal_titles.contains(&normalize(&l.name)) || normalize(&l.name) == phrase
        })
        // "وقالت المديرة" is not the man who spoke last.
        .filter(|l| {
            gender.is_none_or(|g| memory.genders.get(&l.name).is_none_or(|&known| known == g))
        })
        .filter(|l| {
            memory.persons.contains(&l.name)
                || l.entity
                    .and_then(|e| ctx.entities.get(e))
                    .is_some_and(|e| e.label == EntityLabel::Per)
        })
        .filter(|_| !headline);
    // The office before the honour: "معالي الوزير" is the minister.
    let key = words
        .iter()
        .find(|w| !is_honour_title(w))
        .or_else(|| words.first());
    // "وقال ولي العهد" after the minister spoke: a speaker introduced with another office holds not this one.
    let last = last.filter(|l| {
        !memory
            .by_title
            .iter()
            .any(|(t, s)| s.name == l.name && !is_honour_title(t) && Some(t) != key)
            || key.is_some_and(|k| memory.by_title.get(k).is_some_and(|s| s.name == l.name))
    });
    // "وتابع الوزير الروسي" after "نظيره الروسي فلان": the person the article introduced with that nationality.
    if !headline && let Some(s) = nationality_holder(ctx, words, span) {
        return s;
    }
    let found = (!headline)
        .then(|| {
            bare_title_holder(ctx, memory, words, span)
                .or_else(|| office_holder(ctx, memory, words, span))
        })
        .flatten()
        .or_else(|| key.and_then(|w| memory.by_title.get(w).cloned()))
        .or_else(|| words.first().and_then(|w| memory.by_title.get(w).cloned()))
        .or_else(|| title_holder(ctx, words, span.start, headline))
        // "وقال الطبيب المعالج" after "رئيس النادي فلان" spoke: a person the article introduced with other offices
        // only holds not this one. "وقال الأمين العام للأمم المتحدة": a title with the body it serves, that nobody
        // was introduced with, is no guess at the last speaker.
        .or(last.filter(|l| {
            !of_named_body(ctx, span) && !introduced_otherwise(ctx, words, span, l, span.start)
        }))
        // "مدير الأمن بالمهرجان" after "مدير العلاقات العامة فلان": the same title of another office.
        .filter(|s| headline || !other_office(ctx, words, span, s))
        .or_else(|| {
            (!headline)
                .then(|| {
                    office_holder_ahead(ctx, words, span)
                        .or_else(|| bare_holder_ahead(ctx, memory, words, span))
                })
                .flatten()
        });
    // Nobody introduced with this title, in a body sentence: the person the article is about.
    // Before anyone has spoken, nobody introduced with this title in a body sentence: the person the article is
    // about (read once: every mention is looked at). Later the title stays as written, better than a guess.
    let found = found.or_else(|| {
        (!headline && memory.last.is_none())
            .then(|| memory.central.get_or_init(|| central_person(ctx)).clone())
            .flatten()
            // "وقال المدرب إن" when the article's person is "اللاعب فلان": not the one introduced with other offices.
            .filter(|c| !introduced_otherwise(ctx, words, span, c, usize::MAX))
    });
    if found.is_none() {
        memory.literal_titles.insert(phrase);
    }
    // Nobody to resolve to: the title as written is better than a guess.
    found.unwrap_or(literal)
}

/// True when the title at `span` is followed by the organisation it serves ("الأمين العام [للأمم المتحدة]",
/// "المتحدث باسم [الجيش]" keeps its body inside the title).
fn of_named_body(ctx: &Ctx, span: Span) -> bool {
    ctx.toks.get(ctx.tok_at(span.end)).is_some_and(|t| {
        ctx.mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Org && m.span.end > t.span.start)
    })
}

/// The first [`HONOURED_MENTIONS`] mentions of the person `s` (none without an entity) that start before `span`.
pub(super) fn early_mentions_before<'c>(
    ctx: &'c Ctx,
    s: &Speaker,
    span: Span,
) -> impl Iterator<Item = &'c crate::analysis::Mention> + 'c {
    s.entity
        .and_then(|e| ctx.entities.get(e))
        .into_iter()
        .flat_map(|e| e.mentions.iter().take(HONOURED_MENTIONS))
        .filter_map(|&i| ctx.mentions.get(i))
        .filter(move |m| m.span.start < span.start)
}

/// How many tokens before a holder's mention [`other_office`] looks for the title they were introduced with.
pub(super) const INTRODUCED_TITLE_REACH: usize = 12;

/// Adjectives of a title's status, not of its office (normalised): "السابق", "الجديدة".
pub(super) const STATUS_ADJECTIVES: &[&str] = &[
    "السابق",
    "السابقه",
    "الاسبق",
    "الحالي",
    "الحاليه",
    "الجديد",
    "الجديده",
];

/// True when the title at `span` is written with an office (its first office word) and the person `s` was named
/// right after the same title written with another office ("مدير العلاقات العامة ... فلان" is not "مدير الأمن").
pub(super) fn other_office(ctx: &Ctx, words: &[String], span: Span, s: &Speaker) -> bool {
    let Some(head) = words.iter().find(|w| !is_honour_title(w)) else {
        return false;
    };
    // A nationality ("الوزير الألماني") is no office: another reading looks for the person introduced with it.
    let lexicon = Lexicon::bundled();
    let office = office_words(ctx, span);
    // "الرئيس السابق" after "الرئيس الأمريكي السابق فلان": a word of status names no office either.
    let Some(first_office) = office
        .iter()
        .find(|w| !STATUS_ADJECTIVES.contains(&w.as_str()))
        .filter(|w| !lexicon.flags(w).contains(Flags::NATIONALITY))
    else {
        return false;
    };
    // "وقال ناطق عسكري لبناني ... واوضح المتحدث باسم حزب الله": an unnamed source described by its nationality
    // or by a title is the holder of this office only when its words name the office.
    if s.entity.is_none() {
        let words = normalize(&s.name);
        let described = words
            .split_whitespace()
            .enumerate()
            .any(|(n, w)| lexicon.flags(w).contains(Flags::NATIONALITY) || (n == 0 && is_title(w)));
        return described
            && !words
                .split_whitespace()
                .any(|w| same_office_word(w, first_office));
    }
    // The titles the person was named after (at any of their first mentions before the title): another office
    // and not this one.
    let mut other = false;
    for m in early_mentions_before(ctx, s, span) {
        let at = ctx.tok_at(m.span.start);
        let Some(i) = (at.saturating_sub(INTRODUCED_TITLE_REACH)..at)
            .rev()
            .find(|&i| {
                ctx.toks
                    .get(i)
                    .is_some_and(|t| title_key(t.key.as_str()) == Some(head.as_str()))
            })
        else {
            continue;
        };
        let mut after = i + 1;
        while ctx
            .toks
            .get(after)
            .is_some_and(|w| TITLE_LINKS.contains(&w.key.as_str()))
        {
            after += 1;
        }
        let Some(word) = ctx.toks.get(after).filter(|w| after < at && w.is_word()) else {
            continue;
        };
        // "الرئيس الأمير فلان": a second title in apposition. "رئيس الوزراء فلان": a definite title word after an
        // indefinite title is its genitive, the office.
        let construct = ctx.toks.get(i).is_some_and(|t| {
            !t.key.as_str().starts_with("ال") && !t.key.as_str().starts_with("وال")
        }) && word.key.as_str().starts_with("ال");
        if is_title(word.key.as_str()) && !construct {
            continue;
        }
        if office_at(ctx, after, first_office) {
            return false;
        }
        other = true;
    }
    other
}

/// Titles of rank and address (normalised title keys) that stand before a name whatever office its holder has.
pub(super) const RANKS: &[&str] = &[
    "امير",
    "اميره",
    "شيخ",
    "دكتور",
    "دكتوره",
    "مهندس",
    "استاذ",
    "استاذه",
    "لواء",
    "عميد",
    "عقيد",
];

/// True when the title at `span` names an office (no rank or honour) and the person `s` was introduced with
/// office titles (within [`INTRODUCED_TITLE_REACH`] tokens before one of their first mentions), none of them this
/// one.
///
/// Mentions that start before `until` count ([`usize::MAX`]: the person introduced later in the article too).
pub(super) fn introduced_otherwise(
    ctx: &Ctx,
    words: &[String],
    span: Span,
    s: &Speaker,
    until: usize,
) -> bool {
    let office = |t: &str| !is_honour_title(t) && !RANKS.contains(&t);
    let Some(head) = words.iter().find(|w| !is_honour_title(w)) else {
        return false;
    };
    if !office(head) {
        return false;
    }
    if s.entity.and_then(|e| ctx.entities.get(e)).is_none() {
        return false;
    }
    let mut other = false;
    for m in early_mentions_before(ctx, s, Span::new(until, until)) {
        let at = ctx.tok_at(m.span.start);
        // The words before the mention (quote marks and commas not counted), in its paragraph and its sentence (a
        // title in the sentence before is another person's: "وقال المدرب ... . وزار الوزير فلان").
        let block = ctx.toks.get(at).map(|t| t.block);
        let before = (at.saturating_sub(2 * INTRODUCED_TITLE_REACH)..at)
            .rev()
            .take_while(|&i| !ctx.ends_sentence(i))
            .filter(|&i| {
                ctx.toks
                    .get(i)
                    .is_some_and(|t| t.is_word() && Some(t.block) == block)
            })
            .take(INTRODUCED_TITLE_REACH);
        for i in before {
            // "مدربا النصر والهلال فلان وعلان": a dual title in construct holds the title. An abbreviation ("م",
            // "د") is too short to tell an office.
            let Some(key) = ctx.toks.get(i).and_then(|t| {
                let w = t.key.as_str();
                title_key(w).or_else(|| w.strip_suffix('ا').and_then(title_key))
            }) else {
                continue;
            };
            if key.chars().count() < 3 {
                continue;
            }
            // "مدربا" (dual, listed as written) holds "مدرب".
            if key == head || key.strip_suffix('ا') == Some(head.as_str()) {
                return false;
            }
            other |= office(key);
        }
    }
    // "وقال وزير المالية" after a speaker never called a minister: a title written with its office (in construct,
    // "وزير المالية") introduces its holder afresh. (Not asked of the article's central person, who may be the
    // one the article names with that office only later.)
    let construct = until != usize::MAX
        && ctx.toks.get(ctx.tok_at(span.start)).is_some_and(|t| {
            let k = t.key.as_str();
            !k.starts_with("ال") && !k.starts_with("وال")
        })
        && !office_words(ctx, span).is_empty();
    other || construct
}

/// Office words written two ways for one office (bare, normalised): "رئيس الحكومة" is "رئيس الوزراء".
pub(super) const SAME_OFFICE_WORDS: &[(&str, &str)] = &[("حكومه", "وزراء")];

/// A word without و and article, for comparing office words ("المجلس" and "مجلس").
pub(super) fn office_bare(key: &str) -> &str {
    super::super::lexicon::bare(key)
}

/// How many tokens after a bare title its holder may be introduced.
pub(super) const BARE_AHEAD: usize = 80;

/// "تفقد الوزير فلان المراكز. وقال المتحدث إن ... وأوضح المتحدث الأمني لوزارة الداخلية اللواء علان أن": a bare
/// title (no office words) that nothing before resolves, before anyone has spoken, stands for the person the
/// article introduces next with that title, not for the person the article is about.
pub(super) fn bare_holder_ahead(
    ctx: &Ctx,
    memory: &Memory,
    words: &[String],
    span: Span,
) -> Option<Speaker> {
    if memory.last.is_some() || !office_words(ctx, span).is_empty() {
        return None;
    }
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let from = ctx.tok_at(span.end);
    (from..(from + BARE_AHEAD).min(ctx.toks.len())).find_map(|i| {
        let t = ctx.toks.get(i)?;
        if title_key(t.key.as_str()) != Some(head.as_str()) {
            return None;
        }
        super::super::speaker::person_after_title(
            ctx,
            i + 1,
            i + 1 + super::super::speaker::LONG_TITLE_REACH,
        )
        .map(|(m, _)| make_speaker(ctx, m.span, Some(m.entity)))
    })
}

/// True when the office written from token `k` starts with `first_office`, or with the head of its institution and
/// then `first_office` ("رئيس الاتحاد" is "رئيس نادي الاتحاد", "رئيس الشورى" is "رئيس مجلس الشورى").
pub(super) fn office_at(ctx: &Ctx, k: usize, first_office: &str) -> bool {
    let same = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|n| same_office_word(n.key.as_str(), first_office))
    };
    same(k)
        || (ctx
            .toks
            .get(k)
            .is_some_and(|n| super::super::lexicon::org_heads().contains(n.key.as_str()))
            && same(k + 1))
}

/// True when office words `a` and `b` (normalised) name the same office.
pub(super) fn same_office_word(a: &str, b: &str) -> bool {
    let (a, b) = (office_bare(a), office_bare(b));
    a == b
        || SAME_OFFICE_WORDS
            .iter()
            .any(|&(x, y)| (a == x && b == y) || (a == y && b == x))
}

/// "وقال رئيس المجلس" after "رئيس مجلس النواب فلان ... رئيس الوزراء علان": a title written with its office
/// stands for the person the article named after the same title and office (the first office word compared
/// without article: "المجلس" is "مجلس النواب"), one who has spoken, else the nearest before it; a holder of the
/// same title for another office ("رئيس الوزراء") is not them.
pub(super) fn office_holder(
    ctx: &Ctx,
    memory: &Memory,
    words: &[String],
    span: Span,
) -> Option<Speaker> {
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let office = office_words(ctx, span);
    let first_office = office.first()?;
    let at = ctx.tok_at(span.start);
    // The nearest holder, unless one further back has spoken.
    let mut nearest = None;
    for i in ctx.titled(head, at.saturating_sub(LOOKBACK)..at).rev() {
        let mut k = i + 1;
        while ctx
            .toks
            .get(k)
            .is_some_and(|n| TITLE_LINKS.contains(&n.key.as_str()))
        {
            k += 1;
        }
        if !ctx.toks.get(k).is_some_and(|n| n.is_word()) || !office_at(ctx, k, first_office) {
            continue;
        }
        let to = (k + super::super::speaker::LONG_TITLE_REACH).min(at);
        if let Some((m, _)) = super::super::speaker::person_after_title(ctx, k, to) {
            if memory.spoken.contains(&m.entity) {
                return Some(make_speaker(ctx, m.span, Some(m.entity)));
            }
            nearest.get_or_insert_with(|| make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    nearest
}

/// "قال المتحدث الأمني لوزارة الداخلية إن ... وأكد المتحدث الأمني لوزارة الداخلية اللواء فلان": a title with
/// its office that nothing before resolves stands for the person the article names later after the same title
/// and office (the first office word compared without article), the nearest after it.
pub(super) fn office_holder_ahead(ctx: &Ctx, words: &[String], span: Span) -> Option<Speaker> {
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let office = office_words(ctx, span);
    let first_office = office.first()?;
    let from = ctx.tok_at(span.end);
    for i in ctx.titled(head, from..(from + LOOKBACK).min(ctx.toks.len())) {
        // Past the title's links and adjectives ("المتحدث الأمني", "مدير عام") to its first office word.
        let mut k = i + 1;
        while ctx.toks.get(k).is_some_and(|n| {
            TITLE_LINKS.contains(&n.key.as_str())
                || (n.key.as_str().starts_with("ال")
                    && !same_office_word(n.key.as_str(), first_office)
                    && k < i + 1 + BARE_TITLE_ADJECTIVES)
        }) {
            k += 1;
        }
        if !ctx.toks.get(k).is_some_and(|n| n.is_word()) || !office_at(ctx, k, first_office) {
            continue;
        }
        if let Some((m, _)) = super::super::speaker::person_after_title(
            ctx,
            k,
            k + super::super::speaker::LONG_TITLE_REACH,
        ) {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    None
}

/// How many adjectives may stand between a bare title and its holder's name ("الرئيس الأمريكي باراك أوباما").
pub(super) const BARE_TITLE_ADJECTIVES: usize = 2;

/// "وأكد الرئيس" after "قال الرئيس فلان" and then "رئيس الوزراء علان": a title written bare (definite, with no
/// office words after it) stands for the person the article named after the same bare title ("الرئيس فلان",
/// "الرئيس الأمريكي فلان"), the nearest before it, not for a holder of an office named with that title's
/// genitive ("رئيس الوزراء").
pub(super) fn bare_title_holder(
    ctx: &Ctx,
    memory: &Memory,
    words: &[String],
    span: Span,
) -> Option<Speaker> {
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let definite = |k: &str| k.strip_prefix('و').unwrap_or(k).starts_with("ال");
    let at = ctx.tok_at(span.start);
    let first = ctx.toks.get(at)?;
    // "وفقا للوزير": ل on the article, its alif dropped.
    let lam_definite = first.key.as_str().starts_with("لل")
        && super::super::speaker::lam_title_key(first.key.as_str()).is_some();
    if !(definite(first.key.as_str()) || lam_definite) || !office_words(ctx, span).is_empty() {
        return None;
    }
    // The nearest holder, unless one further back has spoken (a holder named in passing is not the one quoted).
    let mut nearest = None;
    for i in ctx.titled(head, at.saturating_sub(LOOKBACK)..at).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        if !definite(t.key.as_str()) {
            continue;
        }
        for j in i + 1..=i + 1 + BARE_TITLE_ADJECTIVES {
            let Some(n) = ctx.toks.get(j) else { break };
            if let Some(m) = ctx
                .mentions_over(n.span)
                .find(|m| m.label == EntityLabel::Per && m.span.start == n.span.start)
            {
                if memory.spoken.contains(&m.entity) {
                    return Some(make_speaker(ctx, m.span, Some(m.entity)));
                }
                nearest.get_or_insert_with(|| make_speaker(ctx, m.span, Some(m.entity)));
                break;
            }
            // Only adjectives (definite words that are no titles) between.
            if !(n.is_word() && n.key.as_str().starts_with("ال") && !is_title(n.key.as_str())) {
                break;
            }
        }
    }
    nearest
}

/// The person introduced with the nationality adjective that the title at `span` is written with ("الوزير
/// الروسي" for "نظيره الروسي سيرغي لافروف", "المدرب البرتغالي" for "المدرب البرتغالي فلان"): the nearest person
/// mention before the title that follows the same adjective (past at most a comma), where the adjective follows
/// the same title or "counterpart" (نظيره) within [`NATIONALITY_TITLE_REACH`] tokens.
pub(super) fn nationality_holder(ctx: &Ctx, words: &[String], span: Span) -> Option<Speaker> {
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let lexicon = Lexicon::bundled();
    let nationalities: Vec<String> = office_words(ctx, span)
        .into_iter()
        .filter(|w| lexicon.flags(w).contains(Flags::NATIONALITY))
        .collect();
    if nationalities.is_empty() {
        return None;
    }
    let end = ctx.tok_at(span.start);
    for i in (end.saturating_sub(LOOKBACK)..end).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        let key = t.key.as_str();
        let key = if nationalities.iter().any(|n| n == key) {
            key
        } else {
            key.strip_prefix('و').unwrap_or(key)
        };
        if !nationalities.iter().any(|n| n == key) {
            continue;
        }
        let titled = (i.saturating_sub(NATIONALITY_TITLE_REACH)..i).any(|p| {
            ctx.toks.get(p).is_some_and(|p| {
                let n = p.key.as_str();
                let n = n.strip_prefix('و').unwrap_or(n);
                title_key(n) == Some(head.as_str()) || n.starts_with("نظير")
            })
        });
        if !titled {
            continue;
        }
        let mut j = i + 1;
        if ctx
            .toks
            .get(j)
            .is_some_and(|n| n.is_punct(super::super::context::COMMAS))
        {
            j += 1;
        }
        let Some(n) = ctx.toks.get(j).filter(|_| j < end) else {
            continue;
        };
        if let Some(m) = ctx
            .mentions_over(n.span)
            .find(|m| m.label == EntityLabel::Per && m.span.start == n.span.start)
        {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    None
}
