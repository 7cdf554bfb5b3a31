//! The speaker after a reporting verb: a name, an unnamed or affiliated source, a title with its
//! complement, a name before an apposition.

use super::{
    COLLECTIVE, Ctx, EntityLabel, IDIOM_OBJECTS, QUANTIFIERS, Range, Span, Titles, Who, honorifics,
    is_addressee, is_adverb, is_people_plural, is_quote_mark, is_stop, is_title, lam_title,
    name_run_end, on_behalf, person_after_title, possessed_noun, pronouns, read, read_titles,
    who_from_name, zone_end,
};

/// [`read`]; `lam`: token `from` is a title with the attribution's ل on it ([`lam_title`]).
pub(super) fn read_source(ctx: &Ctx, from: usize, to: usize, lam: bool) -> (Who, usize) {
    let mut from = from;
    while from + 1 < to
        && ctx
            .toks
            .get(from)
            .is_some_and(|t| is_adverb(t.key.as_str()))
    {
        from += 1;
    }
    if let Some(who) = each_of(ctx, from, to) {
        return who;
    }
    let from = if ctx
        .toks
        .get(from)
        .is_some_and(|t| from < to && IDIOM_OBJECTS.contains(&t.key.as_str()))
    {
        from + 1
    } else {
        from
    };
    if let Some(t) = ctx.toks.get(from).filter(|_| from < to)
        && COLLECTIVE.contains(&t.key.as_str())
    {
        let who = Who::Named {
            span: t.span,
            entity: None,
            title: Vec::new(),
        };
        return (who, from + 1);
    }
    // "بعض المراجع", "أحد المسؤولين", "عدد من الخبراء": a part of a group speaks, as written.
    if let Some(t) = ctx.toks.get(from).filter(|_| from < to)
        && QUANTIFIERS.contains(&t.key.as_str())
    {
        // "عدد كبير من": the quantity's adjective before its من.
        let big = usize::from(
            ctx.toks
                .get(from + 1)
                .is_some_and(|n| matches!(n.key.as_str(), "كبير" | "قليل"))
                && ctx
                    .toks
                    .get(from + 2)
                    .is_some_and(|n| n.key.as_str() == "من"),
        );
        let of = usize::from(
            ctx.toks
                .get(from + 1 + big)
                .is_some_and(|n| n.key.as_str() == "من"),
        );
        let head = from + 1 + big + of;
        if head < to
            && let Some(h) = ctx
                .toks
                .get(head)
                .filter(|h| h.is_word() && !is_stop(ctx, head))
        {
            // "عدد من رجال الأعمال", "بعض أعضاء المجلس": an indefinite head in construct with a definite word.
            let genitive = of + big > 0 || t.key.as_str() != "بعض";
            let construct = head + 1 < to
                && genitive
                && !h.key.as_str().starts_with("ال")
                && ctx.toks.get(head + 1).is_some_and(|n| {
                    n.is_word() && n.key.as_str().starts_with("ال") && !is_stop(ctx, head + 1)
                });
            let last = if construct { head + 1 } else { head };
            let end = ctx.toks.get(last).map_or(h.span.end, |l| l.span.end);
            let who = Who::Named {
                span: Span::new(t.span.start, end),
                entity: None,
                title: Vec::new(),
            };
            return (who, last + 1);
        }
    }
    if let Some(end) = affiliated_source(ctx, from, to) {
        let (Some(a), Some(b)) = (ctx.toks.get(from), ctx.toks.get(end - 1)) else {
            return (Who::Implicit, from);
        };
        let who = Who::Named {
            span: Span::new(a.span.start, b.span.end),
            entity: None,
            title: Vec::new(),
        };
        return (who, end);
    }
    let lam = lam && lam_title(ctx, from);
    let zone_end = if lam && from < to {
        zone_end(ctx, from + 1, to)
    } else {
        zone_end(ctx, from, to)
    };
    let (Some(first), Some(last)) = (ctx.toks.get(from), ctx.toks.get(zone_end.wrapping_sub(1)))
    else {
        return (Who::Implicit, zone_end);
    };
    if zone_end <= from {
        return (Who::Implicit, zone_end);
    }
    if honorifics().contains(first.key.as_str()) {
        return (Who::Honorific, zone_end);
    }
    if pronouns().contains(first.key.as_str()) {
        return (Who::Implicit, zone_end);
    }
    // "أفاد مراسلنا", "وقالت مندوبتنا": the paper's own correspondent, an unnamed source as written (never the
    // holder of the same title named in the article).
    if our_title(first.key.as_str()) && ctx.mentions_over(first.span).next().is_none() {
        let who = Who::Named {
            span: first.span,
            entity: None,
            title: Vec::new(),
        };
        return (who, from + 1);
    }
    let zone = Span::new(first.span.start, last.span.end);
    let titles = read_titles(ctx, from, zone_end, lam);
    // A mention in the zone (after the titles) is the best name.
    let name_zone = ctx
        .toks
        .get(titles.end)
        .map_or(zone, |t| Span::new(t.span.start, zone.end));
    let person_here = ctx
        .mentions_in(name_zone)
        .iter()
        .any(|m| m.label == EntityLabel::Per);
    // "رئيس مركز أسبار للدراسات، الدكتور فلان": the person named at the end of a long title.
    if !titles.words.is_empty()
        && !person_here
        && let Some((m, end)) = person_after_title(ctx, zone_end, to)
    {
        return (
            Who::Named {
                span: m.span,
                entity: Some(m.entity),
                title: titles.words,
            },
            end,
        );
    }
    // "وقال رئيس اتحاد المزارعين عودة الرواشدة إن": a name no recogniser knows, closing the title's complement.
    if !titles.words.is_empty()
        && !person_here
        && let Some(run) = name_closing_complement(ctx, titles.end, to)
    {
        return (who_from_name(ctx, run.clone(), titles), run.end);
    }
    // "وقال فلان الفلاني رئيس هيئة ... إن": a name the tagger missed, then its title in apposition: the name
    // speaks, not the institution in the title.
    if titles.words.is_empty()
        && !person_here
        && let Some(run) = name_before_apposition(ctx, from, zone_end)
    {
        return (who_from_name(ctx, run.clone(), titles), run.end);
    }
    // "وقالت الشؤون الصحية بمنطقة جازان إن": a body placed in a place speaks with its place, not the place alone.
    if titles.words.is_empty()
        && let Some(m) = ctx.speaker_mention(name_zone)
        && m.label == EntityLabel::Loc
        && m.span.start > first.span.start
        && first.is_word()
        && first.key.as_str().starts_with("ال")
        && ctx.mentions_over(first.span).next().is_none()
        && m.span.end <= last.span.end
    {
        let who = Who::Named {
            span: Span::new(first.span.start, m.span.end),
            entity: None,
            title: Vec::new(),
        };
        return (who, zone_end);
    }
    // "وأبلغ مسؤول أمريكي «رويترز» أن": an unnamed source and its adjective, then the organisation it told.
    if let Some(m) = ctx
        .speaker_mention(zone)
        .filter(|m| m.label != EntityLabel::Loc)
        && let Some(end) = unnamed_before(ctx, from, m.span.start)
        && let (Some(a), Some(b)) = (ctx.toks.get(from), ctx.toks.get(end - 1))
    {
        let who = Who::Named {
            span: Span::new(a.span.start, b.span.end),
            entity: None,
            title: Vec::new(),
        };
        return (who, end);
    }
    // "وطالب سكان جدة بـ": a group of people with the place they live in speaks, not the place.
    if let Some(m) = ctx.speaker_mention(zone)
        && m.label == EntityLabel::Loc
        && is_people_plural(first.key.as_str())
        && ctx.mentions_over(first.span).next().is_none()
        && ctx.tok_at(m.span.start) <= from + PEOPLE_PLACE_REACH
    {
        let who = Who::Named {
            span: Span::new(first.span.start, m.span.end),
            entity: None,
            title: Vec::new(),
        };
        return (who, ctx.tok_at(m.span.end).max(from + 1));
    }
    if let Some(m) = ctx.speaker_mention(name_zone)
        && (m.label != EntityLabel::Loc || titles.words.is_empty())
    {
        // "أما المحللة فلانة فقالت": a mention that ran on over the reporting verb is cut before it, and is
        // then no longer that entity's name.
        let (span, entity) = match ctx.toks.get(to.wrapping_sub(1)) {
            Some(t) if m.span.end > t.span.end && t.span.end > m.span.start => {
                (Span::new(m.span.start, t.span.end), None)
            }
            _ => (m.span, Some(m.entity)),
        };
        return (
            Who::Named {
                span,
                entity,
                title: titles.words,
            },
            zone_end,
        );
    }
    let name_end = name_run_end(ctx, titles.end, zone_end);
    let name_end = name_before_comp(ctx, &titles, name_end, zone_end, to);
    if name_end == titles.end
        && let Some((span, end)) = unnamed_title(ctx, &titles, to)
    {
        let who = Who::Named {
            span,
            entity: None,
            title: Vec::new(),
        };
        return (who, end);
    }
    let who = who_from_name(ctx, titles.end..name_end, titles);
    (who, name_end)
}

/// How many tokens after a plural of people the place they live in may start ("سكان حي الصفا").
pub(super) const PEOPLE_PLACE_REACH: usize = 2;

/// Unnamed sources (normalised) that speak as written: "مسؤول أمريكي", "مصادر مطلعة".
pub(super) const UNNAMED: &[&str] = &[
    "مسوول",
    "مسوولون",
    "مصدر",
    "مصادر",
    "دبلوماسي",
    "دبلوماسيون",
    "شاهد",
    "شهود",
    "ناشط",
    "ناشطون",
];

/// "يدعى", "يسمى" ("is called", normalised): the name after them is the one described before.
pub(super) const CALLED: &[&str] = &["يدعي", "تدعي", "يسمي", "تسمي"];

/// "مسؤول أمريكي «رويترز»": when token `from` is an unnamed source in no mention and only indefinite words
/// (its adjectives) follow it up to a mention starting at byte `mention`, the token after those words: the
/// mention is whom the source told, not the speaker.
pub(super) fn unnamed_before(ctx: &Ctx, from: usize, mention: usize) -> Option<usize> {
    let first = ctx.toks.get(from)?;
    let people = is_people_plural(first.key.as_str());
    if !(UNNAMED.contains(&first.key.as_str()) || people)
        || ctx.mentions_over(first.span).next().is_some()
    {
        return None;
    }
    let mut end = from + 1;
    while let Some(t) = ctx.toks.get(end).filter(|t| t.span.start < mention) {
        let key = t.key.as_str();
        // "سكان حي الصفا أمانة جدة": a group of people with its place (and the place's name) before the
        // organisation it addresses.
        let place = people
            && !is_stop(ctx, end)
            && ctx
                .mentions_over(t.span)
                .all(|m| m.label == EntityLabel::Loc);
        // "شاهد عيان يدعى فلان": the mention after "is called" is the source's own name.
        if CALLED.contains(&key.strip_prefix('و').unwrap_or(key)) {
            return None;
        }
        if !t.is_word()
            || !(place || (!key.starts_with("ال") && ctx.mentions_over(t.span).next().is_none()))
        {
            break;
        }
        end += 1;
    }
    // Only quote marks between the adjectives and the mention.
    let rest_marks =
        (end..ctx.tok_at(mention)).all(|k| ctx.toks.get(k).is_some_and(|t| is_quote_mark(t.raw)));
    rest_marks.then_some(end)
}

/// "وقال كل من الشاعر فلان والروائي علان إن": "each of" and the persons joined by و speak together, from the first
/// name to the last (titles before the first dropped). Gives the token after the last name.
pub(super) fn each_of(ctx: &Ctx, from: usize, to: usize) -> Option<(Who, usize)> {
    let (kul, min) = (ctx.toks.get(from)?, ctx.toks.get(from + 1)?);
    if kul.key.as_str() != "كل" || min.key.as_str() != "من" || from + 2 >= to {
        return None;
    }
    let (who, end) = read(ctx, from + 2, to);
    let Who::Named { span, title, .. } = who else {
        return None;
    };
    let zone_end = ctx.toks.get(to.checked_sub(1)?)?.span.end;
    // The persons joined after the first: و on a title or a name, up to the last person mention of the zone.
    let mut last = span;
    let mut k = ctx.tok_at(span.end);
    while k < to {
        let Some(t) = ctx.toks.get(k) else { break };
        if !t.is_word() {
            break;
        }
        if let Some(m) = ctx
            .mentions_over(t.span)
            .find(|m| m.label == EntityLabel::Per && m.span.end <= zone_end)
        {
            last = m.span;
            k = ctx.tok_at(m.span.end).max(k + 1);
            continue;
        }
        let key = t.key.as_str();
        if !(key.starts_with('و') || is_title(key)) || CONTENT_COMPS.contains(&key) {
            break;
        }
        k += 1;
    }
    let joined = last != span;
    let who = Who::Named {
        span: Span::new(span.start, last.end),
        entity: if joined { None } else { ctx.entity_at(span) },
        title,
    };
    Some((who, if joined { ctx.tok_at(last.end) } else { end }))
}

/// Unnamed sources (normalised, indefinite) that may be placed in a body: "مصدر في الاتحاد".
pub(super) const AFFILIATED_SOURCES: &[&str] = &["مصدر", "مصادر", "مسوول", "مسوولون", "متحدث"];

/// Adjectives of an unnamed source that are no adjectives of relation (normalised): "مصدر مسؤول", "مصدر مطلع".
pub(super) const SOURCE_ADJECTIVES: &[&str] = &[
    "مسوول",
    "مسووله",
    "مطلع",
    "مطلعه",
    "رفيع",
    "رفيعه",
    "بارز",
    "موثوق",
    "موثوقه",
    "كبير",
];

/// How many adjectives an unnamed source may have before its body ("مصدر أمني مسؤول").
pub(super) const SOURCE_ADJECTIVES_MAX: usize = 3;

/// How many words an unnamed source's affiliation may run over ("في الاتحاد السعودي لكرة القدم").
pub(super) const AFFILIATION_MAX: usize = 8;

/// "وقال مصدر في الاتحاد السعودي لكرة القدم إن", "وذكرت مصادر في الشركة أن": an unnamed source with the body
/// it is in speaks as a whole noun phrase, which runs up to the complementiser (`to` or إن/أن within a few words,
/// with no punctuation between). Gives where the phrase ends.
pub(super) fn affiliated_source(ctx: &Ctx, from: usize, to: usize) -> Option<usize> {
    let head = ctx.toks.get(from).filter(|_| from < to)?;
    if !AFFILIATED_SOURCES.contains(&head.key.as_str()) {
        return None;
    }
    // "مصدر مسؤول في الوزارة", "مسؤول حكومي رفيع المستوى": the source's adjectives before its body, or up to
    // the end of the zone.
    let mut fi = from + 1;
    while fi < to && fi < from + 1 + SOURCE_ADJECTIVES_MAX {
        let Some(t) = ctx.toks.get(fi) else { break };
        let w = t.key.as_str();
        let adjective = t.is_word()
            && ctx.mentions_over(t.span).next().is_none()
            && (SOURCE_ADJECTIVES.contains(&w)
                || (w == "المستوي" && fi > from + 1)
                || (!w.starts_with("ال")
                    && w.chars().count() >= 4
                    && (w.ends_with('ي') || w.ends_with("يه"))
                    && !is_stop(ctx, fi)));
        if !adjective {
            break;
        }
        fi += 1;
    }
    if fi > from + 1 && fi == to {
        return Some(to);
    }
    let next = ctx.toks.get(fi)?;
    if next.key != "في" {
        return None;
    }
    let limit = (fi + 1 + AFFILIATION_MAX).min(ctx.toks.len());
    for k in fi + 1..limit {
        let t = ctx.toks.get(k)?;
        if k == to || CONTENT_COMPS.contains(&t.key.as_str()) {
            return (k <= to).then_some(k);
        }
        if !t.is_word() {
            return None;
        }
    }
    None
}

/// Complementisers that open the content of a reporting verb right after its speaker zone (normalised).
pub(super) const CONTENT_COMPS: &[&str] = &["ان", "بان"];

/// How many words a name between a title and the complementiser may have ("تيسير المفرج").
pub(super) const NAME_BEFORE_COMP_MAX: usize = 3;

/// "وقال المتحدث الرسمي باسم الوزارة تيسير المفرج إن", "المحلل المالي فضل فلان يرى أن": after a title and its
/// definite complement, the plain words that run up to the complementiser opening the content (or up to the
/// reporting verb the subject stands before) are the holder's name, even a name that is also a common word
/// (تيسير، فضل): a verb whose content starts with إن/أن has no object there. Gives where the name ends
/// (`name_end` unchanged when this does not apply).
pub(super) fn name_before_comp(
    ctx: &Ctx,
    titles: &Titles,
    name_end: usize,
    zone_end: usize,
    to: usize,
) -> usize {
    let definite = |k: &str| k.starts_with("ال") || k.starts_with("وال");
    let applies = !titles.words.is_empty()
        && name_end == titles.end
        && zone_end == to
        && zone_end > titles.end
        && zone_end - titles.end <= NAME_BEFORE_COMP_MAX
        && ctx.toks.get(to).is_some_and(|t| {
            CONTENT_COMPS.contains(&t.key.as_str())
                || super::super::cues::lookup(t.key.as_str()).is_some()
        })
        && ctx
            .toks
            .get(titles.end)
            .is_some_and(|t| !definite(t.key.as_str()))
        && (titles.end..zone_end).all(|k| {
            ctx.toks.get(k).is_some_and(|t| {
                t.is_word()
                    && !is_title(t.key.as_str())
                    && !is_stop(ctx, k)
                    && !possessed_noun(ctx, k)
            })
        });
    if applies { zone_end } else { name_end }
}

/// "إحدى", "أحد" (normalised, bare or after ب): "one of" the group a title's complement names.
pub(super) const ONE_OF: &[&str] = &["احدي", "احد", "باحدي", "باحد"];

/// How many words the complement of an unnamed source's title runs over at most ("في منظمة الصحة العالمية").
pub(super) const UNNAMED_COMPLEMENT_MAX: usize = 6;

/// A title with no name that stands for an unnamed person, as written with its complement, and the token after it:
/// an indefinite title ("مسؤول في منظمة الصحة", "متحدث عسكري" is read with its adjective elsewhere), or any title
/// placed in one of a group ("مدير الحجوزات في إحدى شركات السفر"). Such a source is never the person the article
/// named with the same title.
pub(super) fn unnamed_title(ctx: &Ctx, titles: &Titles, to: usize) -> Option<(Span, usize)> {
    let span = titles.span?;
    // "للمتحدث": a title read with the attribution's ل on its article ([`lam_title`]).
    let definite = |k: &str| k.starts_with("ال") || k.starts_with("وال") || k.starts_with("لل");
    let first = ctx.tok_at(span.start);
    // "متحدث باسم الشركة": the institution after باسم is no genitive of the title, which stays indefinite.
    let indefinite = (first..titles.end)
        .take_while(|&k| ctx.toks.get(k).is_none_or(|t| !on_behalf(t.key.as_str())))
        .all(|k| {
            ctx.toks
                .get(k)
                .is_none_or(|t| !t.is_word() || !definite(t.key.as_str()))
        });
    let k = titles.end;
    // Nothing after the title ("نقلت الوكالة عن متحدث باسم الشركة قوله") leaves no complement to read.
    let place: String = ctx
        .toks
        .get(k)
        .filter(|_| k < to)
        .map(|t| t.key.as_str().to_owned())
        .unwrap_or_default();
    let key = place.as_str();
    let (of, group) = if ONE_OF.contains(&key) {
        (k, k + 1)
    } else if (key == "في" || key == "من")
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|t| ONE_OF.contains(&t.key.as_str()))
    {
        (k + 1, k + 2)
    } else {
        (k, k)
    };
    let one_of = group > of || ONE_OF.contains(&key);
    if !(indefinite || one_of) {
        return None;
    }
    // The complement: a preposition (or "إحدى") and the noun phrase after it, up to a function word, an addressee
    // or the clause's end.
    let opens =
        one_of || key == "في" || key == "من" || (key.starts_with('ب') && !key.starts_with("بال"));
    let mut end = k;
    if opens {
        end = group.max(k + 1);
        let mut words = 0;
        while end < to && words < UNNAMED_COMPLEMENT_MAX {
            let Some(t) = ctx.toks.get(end) else { break };
            if !t.is_word() || is_stop(ctx, end) || is_addressee(ctx, end) {
                break;
            }
            words += 1;
            end += 1;
        }
        if words == 0 && !one_of {
            end = k;
        }
    }
    let last = ctx.toks.get(end.checked_sub(1)?)?;
    Some((Span::new(span.start, last.span.end), end))
}

/// The run of name words from token `from` that an appositive title follows ("مهاب مميش رئيس هيئة ..."): plain
/// words, none definite, a function word or part of a mention of an organisation or place, then a title word.
pub(super) fn name_before_apposition(
    ctx: &Ctx,
    from: usize,
    zone_end: usize,
) -> Option<Range<usize>> {
    let end = name_run_end(ctx, from, zone_end);
    let title = ctx.toks.get(end).filter(|_| end < zone_end)?;
    if end <= from || !is_title(title.key.as_str()) || title.key.as_str().starts_with("ال") {
        return None;
    }
    let plain = (from..end).all(|k| {
        ctx.toks.get(k).is_some_and(|t| {
            let n = t.key.as_str();
            t.is_word()
                && !n.starts_with("ال")
                && !n.starts_with("وال")
                && !is_title(n)
                && ctx
                    .mentions_over(t.span)
                    .all(|m| m.label == EntityLabel::Per)
        })
    });
    plain.then_some(from..end)
}

/// "وقال رئيس اتحاد المزارعين عودة الرواشدة إن", "الخبير في قطاع الطيران جهاد الحسن إن": after a title and its
/// complement (genitives, prepositional phrases, places), two or three plain words that run up to the
/// complementiser opening the content are the holder's name, even words that are also common nouns: an
/// indefinite word cannot qualify the definite word (or the name of a place or body) before it, and a verb whose
/// content starts with إن/أن has no object there (whom the name spoke to may stand before it). Looks at most [`super::LONG_TITLE_REACH`] tokens from `from`
/// (the token after the titles) to `to`.
pub(super) fn name_closing_complement(ctx: &Ctx, from: usize, to: usize) -> Option<Range<usize>> {
    let comp = ctx.toks.get(to)?;
    if !CONTENT_COMPS.contains(&comp.key.as_str())
        || to <= from
        || to - from > super::LONG_TITLE_REACH
    {
        return None;
    }
    let definite = |k: &str| {
        k.starts_with("ال") || k.starts_with("وال") || k.starts_with("بال") || k.starts_with("لل")
    };
    let in_body = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            ctx.mentions_over(t.span)
                .any(|m| m.label != EntityLabel::Per)
        })
    };
    let plain = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            t.is_word()
                && !is_stop(ctx, k)
                && !is_title(t.key.as_str())
                && !is_adverb(t.key.as_str())
                && !is_addressee(ctx, k)
                && !in_body(k)
        })
    };
    // "جهاد الحسن لـ«الدستور» إن", "للصحفيين إن": whom the name spoke to stands between it and the content.
    let to = (from + 1..to).find(|&k| is_addressee(ctx, k)).unwrap_or(to);
    let mut start = to;
    while start > from && to - start < NAME_BEFORE_COMP_MAX && plain(start - 1) {
        start -= 1;
    }
    // The name starts at the last indefinite word right after a definite word or a place or body.
    let first = (start..to.saturating_sub(1)).rev().find(|&k| {
        let (Some(t), Some(p)) = (
            ctx.toks.get(k),
            k.checked_sub(1).and_then(|p| ctx.toks.get(p)),
        ) else {
            return false;
        };
        let key = t.key.as_str();
        // "مخاطبا الحضور", "لقائه نظيره": a circumstantial accusative or a noun with a pronoun is no name.
        let accusative = key.ends_with('ا') && key.chars().count() > 3;
        let pronoun = ["ه", "ها", "هم"].iter().any(|p| t.raw.ends_with(p));
        k > from
            && !definite(key)
            && !accusative
            && !pronoun
            && !prefixed_common_word(key)
            && p.is_word()
            && ((definite(p.key.as_str()) && !is_stop(ctx, k - 1)) || in_body(k - 1))
    })?;
    // Between the titles and the name: only the complement's words, no clause of its own.
    let complement = (from..first).all(|k| {
        ctx.toks.get(k).is_some_and(|t| {
            (t.is_word() || is_quote_mark(t.raw))
                && super::super::cues::lookup(t.key.as_str()).is_none()
                && !matches!(
                    t.key.as_str(),
                    "الذي" | "التي" | "الذين" | "ان" | "انه" | "بان"
                )
                && !ctx.ends_sentence(k)
        })
    });
    complement.then_some(first..to)
}

/// "بمكتب", "لوسائل", "وشمال": a preposition or conjunction on a common noun (a given name keeps its letters:
/// "بسام", "لينا"), which goes on with the complement and starts no name.
fn prefixed_common_word(key: &str) -> bool {
    use crate::analysis::entities::lexicon::{Flags, Lexicon};
    let lexicon = Lexicon::bundled();
    let mut chars = key.chars();
    matches!(chars.next(), Some('ب' | 'ل' | 'ك' | 'و' | 'ف'))
        && chars.as_str().chars().count() >= 3
        && lexicon.is_common_word(chars.as_str())
        && !lexicon.flags(key).contains(Flags::GIVEN)
}

/// A title with the possessive "our" ("مراسلنا", "مندوبتنا", "موفدنا"), normalised: the paper's own reporter.
pub(crate) fn our_title(key: &str) -> bool {
    key.strip_prefix('و')
        .unwrap_or(key)
        .strip_suffix("نا")
        .is_some_and(|stem| {
            let stem = stem
                .strip_suffix('ت')
                .map_or(stem.to_owned(), |s| format!("{s}ه"));
            stem.chars().count() >= 3 && is_title(&stem)
        })
}
