//! Titles before a name: how many, how far they run, and the person after them.

use super::{
    COMMAS, Ctx, EntityLabel, IDIOM_OBJECTS, NAME_MAX_WORDS, PREPOSITIONS, QUANTIFIERS, Span, Who,
    accusative_plural, body_after_definite, definite_before, is_addressee, is_people_plural,
    is_quote_mark, is_stop, is_title, lam_title_key, object_after_bare_title,
    object_after_definite, org_heads, people_after_definite_title, plural_after_singular,
    possessed_noun, pronouns, singular_after_people, stops, time_after_subject, title_key,
};

/// How many tokens a long title may run on past the speaker zone before the person's name ("مدير العلاقات العامة
/// والإعلام بجمعية البر بالأحساء فلان").
pub(crate) const LONG_TITLE_REACH: usize = 12;

/// The person named after a long title that the speaker zone stopped in (at token `from`, before `to`): the first
/// person mention when only the title's complements come before it (its prepositional phrases with ب/ل, other names,
/// title words, commas), not a free preposition, function word or verb. Gives the mention and the token after it.
pub(crate) fn person_after_title<'a>(
    ctx: &Ctx<'a>,
    from: usize,
    to: usize,
) -> Option<(&'a crate::analysis::Mention, usize)> {
    let mut k = from;
    while k < to && k < from + LONG_TITLE_REACH {
        let t = ctx.toks.get(k)?;
        if ctx.ends_sentence(k) && k + 1 < to {
            return None;
        }
        if let Some(m) = ctx.mentions_over(t.span).find(|m| {
            m.label == EntityLabel::Per
                && m.span.start == t.span.start
                && !after_preposition(ctx, k)
        }) {
            let end = ctx.tok_at(m.span.end);
            return Some((m, end));
        }
        let n = t.key.as_str();
        // "بجمعية البر", "للدراسات", "والإعلام", "المتخصص في التسويق": the title's complements; "النائب عن
        // حزب ...", "المبعوث إلى السودان": a representative's body or place.
        let represented = k == from && matches!(n, "عن" | "الي") && represented_after(ctx, k, 0);
        let complement = represented
            || n.starts_with('ب')
            || n.starts_with('ل')
            || n.starts_with("وال")
            || n == "في"
            || n == "لدي";
        let ok = t.is_punct(COMMAS)
            || is_quote_mark(t.raw)
            || (t.is_word()
                && super::super::cues::lookup(n).is_none()
                && (complement || !stops().contains(n))
                && (complement || !PREPOSITIONS.contains(&n))
                && t.raw != "على");
        if !ok {
            return None;
        }
        k += 1;
    }
    None
}

/// Titles (normalised, without article or conjunction) of someone who represents a body or a place, named
/// after عن or إلى: "النائب عن حزب ...", "الممثل عن ...", "المبعوث إلى السودان".
const REPRESENTATIVES: &[&str] = &[
    "نايب",
    "نايبه",
    "ممثل",
    "ممثله",
    "مرشح",
    "مرشحه",
    "مبعوث",
    "مبعوثه",
    "موفد",
    "موفده",
];

/// True when a representative's title stands right before token `k` (or before the one adjective before it:
/// "المبعوث الأممي إلى"), not before token `floor`.
pub(crate) fn represented_after(ctx: &Ctx, k: usize, floor: usize) -> bool {
    (k.saturating_sub(2).max(floor)..k).any(|p| {
        ctx.toks.get(p).is_some_and(|x| {
            let n = x.key.as_str();
            let n = n.strip_prefix('و').unwrap_or(n);
            REPRESENTATIVES.contains(&n.strip_prefix("ال").unwrap_or(n))
        })
    })
}

/// The person named after an office that `org` is the genitive of ("رئيس [هيئة الأركان] الفريق أول فلان"),
/// before token `to`: the organisation follows a title without the article, and [`person_after_title`] finds the
/// holder past the office's complements and ranks.
pub(crate) fn holder_after_office<'a>(
    ctx: &Ctx<'a>,
    org: &crate::analysis::Mention,
    to: usize,
) -> Option<&'a crate::analysis::Mention> {
    if org.label != EntityLabel::Org {
        return None;
    }
    let first = ctx.tok_at(org.span.start);
    let mut before = first.checked_sub(1)?;
    // "رئيس نادي النصر الأمير فلان": the institution's head word outside the mention, then the title.
    if ctx
        .toks
        .get(before)
        .is_some_and(|h| h.is_word() && org_heads().contains(h.key.as_str()))
    {
        before = before.checked_sub(1)?;
    }
    let title = ctx.toks.get(before)?;
    let key = title.key.as_str();
    if !title.is_word() || !is_title(key) || key.starts_with("ال") || key.starts_with("وال") {
        return None;
    }
    person_after_title(ctx, ctx.tok_at(org.span.end), to).map(|(m, _)| m)
}

/// "في المقابل رحب تحالف القوى بالقانون، واعتبره انتصارا": a finite verb with و and no subject of its own goes on
/// with the subject named for an earlier verb of its sentence (`last`: the sentence's start and that subject), when
/// it is a name or title and that verb (the first reporting word of the sentence) does not disagree in gender.
pub(crate) fn same_subject_in_sentence(
    ctx: &Ctx,
    cue: usize,
    sentence: usize,
    last: Option<&(usize, Who)>,
) -> Option<Who> {
    use super::super::cues::{self, CueForm};
    let (s, who) = last?;
    if *s != sentence
        || !matches!(
            who,
            Who::Named {
                entity: Some(_),
                ..
            } | Who::Title { .. }
        )
    {
        return None;
    }
    let verb = ctx.toks.get(cue)?;
    if !cues::lookup(verb.key.as_str())
        .is_some_and(|i| matches!(i.form, CueForm::Perfect | CueForm::Imperfect))
    {
        return None;
    }
    let gender = cues::gender(verb.key.as_str());
    let before = (sentence..cue).find_map(|k| {
        let t = ctx.toks.get(k)?;
        cues::lookup(t.key.as_str())
            .filter(|i| matches!(i.form, CueForm::Perfect | CueForm::Imperfect))
            .map(|_| cues::gender(t.key.as_str()))
    })?;
    match (gender, before) {
        (Some(a), Some(b)) if a != b => None,
        _ => Some(who.clone()),
    }
}

/// Title words [`after_preposition`] looks back over.
pub(super) const MAX_TITLES_BACK: usize = 8;

/// True when the titles right before token `k` follow a preposition ("التقى بالرئيس فلان", "مع الوزير فلان").
/// A ب/ل word before a title is the previous title's complement, not a preposition governing this one ("أستاذ
/// الاقتصاد بالجامعة الدكتور فلان").
pub(super) fn after_preposition(ctx: &Ctx, k: usize) -> bool {
    let mut p = k;
    let mut titled = false;
    // A few titles at most stand before a name: the walk back is bounded, so a run of title words cannot make
    // the speaker search quadratic.
    while p > 0 && k - p < MAX_TITLES_BACK {
        p -= 1;
        let Some(t) = ctx.toks.get(p) else {
            return false;
        };
        if is_title(t.key.as_str()) {
            titled = true;
            continue;
        }
        let n = t.key.as_str();
        let bare = n.strip_prefix('و').unwrap_or(n);
        // "بالرئيس فلان" governs the name; "مدير الجمعية بالأحساء فلان" only places the title before it.
        let prefixed_title = (n.starts_with("بال") || n.starts_with("لل"))
            && n.strip_prefix('ب')
                .or_else(|| n.strip_prefix('ل'))
                .is_some_and(|r| is_title(r) || is_title(&format!("ا{r}")));
        return t.raw == "على" || PREPOSITIONS.contains(&bare) || (!titled && prefixed_title);
    }
    false
}

/// Adverbs in the accusative (normalised) that stand between a reporting verb and its subject or content, never
/// part of a name: "فقد أكد مرارا أن", "وقال مجددا الوزير فلان".
pub(super) const ADVERBS: &[&str] = &[
    "مجددا",
    "كذلك",
    "مرارا",
    "تكرارا",
    "سابقا",
    "لاحقا",
    "مؤخرا",
    "حاليا",
    "دائما",
    "رسميا",
    "صراحه",
    "علنا",
    // Answers ("وقال ردا على سؤال إن", "وأضاف الوزير تعقيبا على ذلك أن"): the verb's subject is before or implicit.
    "ردا",
    "تعقيبا",
    "جوابا",
    "تعليقا",
];

/// True for an adverb of [`ADVERBS`], bare or after و.
pub(super) fn is_adverb(key: &str) -> bool {
    ADVERBS.contains(&key.strip_prefix('و').unwrap_or(key))
}

/// Where the speaker zone that starts at token `from` ends (before `to`): at the first comma, colon, function
/// word or reporting word (a one-letter abbreviation's dot and quote marks stay inside).
pub(super) fn zone_end(ctx: &Ctx, from: usize, to: usize) -> usize {
    let mut end = from;
    while end < to {
        let Some(t) = ctx.toks.get(end) else {
            break;
        };
        let abbrev_dot = t.raw == "."
            && end > from
            && ctx
                .toks
                .get(end - 1)
                .is_some_and(|p| p.is_word() && p.raw.chars().count() == 1);
        if !(t.is_word() || is_quote_mark(t.raw) || abbrev_dot)
            || is_stop(ctx, end)
            || is_adverb(t.key.as_str())
            || (end > from && is_addressee(ctx, end))
            // "وكشف الوزير النقاب عن": the idiom's object after the subject.
            || (end > from && IDIOM_OBJECTS.contains(&t.key.as_str()))
            // "وقال مسؤول طلب عدم ذكر اسمه إن": the source's anonymity, a clause of its own after it.
            || (end > from && anonymity_clause(ctx, end))
        {
            break;
        }
        end += 1;
    }
    end
}

/// True when token `k` opens a clause asking for anonymity with "عدم" right after its verb ("طلب عدم ذكر اسمه",
/// "فضل عدم الكشف عن هويته"), or is that "عدم".
pub(super) fn anonymity_clause(ctx: &Ctx, k: usize) -> bool {
    let is_adam = |i: usize| ctx.toks.get(i).is_some_and(|t| t.key.as_str() == "عدم");
    is_adam(k) || is_adam(k + 1)
}

/// "باسم", "بلسان" (normalised): "المتحدث باسم الوزارة", "الناطق بلسان الجيش" speak on behalf of the body after
/// them; the word and the body belong to the title.
pub(crate) fn on_behalf(key: &str) -> bool {
    matches!(key, "باسم" | "بلسان")
}

/// The titles at the start of a speaker zone.
pub(super) struct Titles {
    /// Their normalised title words.
    pub(super) words: Vec<String>,
    /// The titles with their genitives and adjectives, if any.
    pub(super) span: Option<Span>,
    /// The token after them, where the name starts.
    pub(super) end: usize,
}

/// Reads the titles from token `from` with their genitive nouns and adjectives: "وزير الخارجية الروسي",
/// "صاحب السمو الملكي الأمير".
pub(super) fn read_titles(ctx: &Ctx, from: usize, zone_end: usize, lam: bool) -> Titles {
    let mut k = from;
    let mut words = Vec::new();
    let mut span: Option<Span> = None;
    while k < zone_end {
        let Some(t) = ctx.toks.get(k) else { break };
        if t.raw == "." || is_quote_mark(t.raw) {
            k += 1;
            continue;
        }
        // "وفقا للمتحدث": the attribution's ل on the first title.
        let key = match lam_title_key(t.key.as_str()) {
            Some(key) if lam && k == from => key,
            _ => t.key.as_str().to_owned(),
        };
        // "دولة رئيس الوزراء": دولة (otherwise "state", "وأكدت دولة الإمارات") is a prime minister's honour
        // when an office follows it.
        let honour_of_state = key.strip_prefix('و').unwrap_or(&key) == "دوله"
            && ctx
                .toks
                .get(k + 1)
                .is_some_and(|n| k + 1 < zone_end && is_title(n.key.as_str()));
        if honour_of_state && words.is_empty() {
            // The office speaks, as it resolves: the honour stays out of the title.
            k += 1;
            continue;
        }
        // "المؤسسة والرئيسة التنفيذية للشركة فلانة": مؤسسة (otherwise "an institution") is the founder's title when
        // another title follows it with و.
        let founder = matches!(key.strip_prefix('و').unwrap_or(&key), "الموسسه" | "موسسه")
            && ctx.toks.get(k + 1).is_some_and(|n| {
                k + 1 < zone_end
                    && n.key
                        .as_str()
                        .strip_prefix('و')
                        .is_some_and(|r| r.chars().count() >= 2 && is_title(r))
            });
        if founder {
            words.push("موسس".to_owned());
            span = Some(Span::new(
                span.map_or(t.span.start, |s| s.start),
                t.span.end,
            ));
            k += 1;
            continue;
        }
        if !is_title(&key) {
            break;
        }
        words.extend(title_key(&key).map(str::to_owned));
        // "لمدير الإدارة": the title as written starts after the attribution's ل ("للمتحدث" keeps both: its
        // article's alif is dropped).
        let start = if lam && k == from && !t.key.as_str().starts_with("لل") {
            t.span.start + 'ل'.len_utf8()
        } else {
            t.span.start
        };
        span = Some(Span::new(span.map_or(start, |s| s.start), t.span.end));
        k += 1;
        // "مدير عام", "أمين عام": the rank belongs to the title.
        if ctx.toks.get(k).is_some_and(|n| n.key.as_str() == "عام") && k < zone_end {
            k += 1;
        }
        // "المتحدث باسم وزارة الخارجية": باسم and the institution's head word belong to the title.
        // "المتحدث باسم الشرطة", "الناطق بلسان حماس": the body itself, definite or a name, ends the title.
        if ctx.toks.get(k).is_some_and(|n| on_behalf(n.key.as_str())) && k + 1 < zone_end {
            k += 2;
            if let Some(body) = ctx
                .toks
                .get(k - 1)
                .filter(super::super::context::Tok::is_word)
            {
                span = span.map(|s| Span::new(s.start, body.span.end));
            }
        }
        while let Some(n) = ctx.toks.get(k).filter(|_| k < zone_end) {
            let definite = n.key.as_str().starts_with("ال") || n.key.as_str().starts_with("وال");
            // "الأمير [الوليد بن طلال]": a definite word that starts a person's name is the name, not the
            // title's complement.
            let starts_person = ctx
                .mentions_over(n.span)
                .any(|m| m.label == EntityLabel::Per && m.span.start == n.span.start);
            // "وحث الأمين السكان على": a plural of people after a definite title is no adjective of it, but the
            // verb's object.
            let people_after_definite = definite
                && k.checked_sub(1)
                    .and_then(|p| ctx.toks.get(p))
                    .is_some_and(|p| p.key.as_str().starts_with("ال") && is_title(p.key.as_str()))
                && (is_people_plural(n.key.as_str()) || accusative_plural(ctx, k));
            if people_after_definite {
                break;
            }
            if (definite && !is_title(n.key.as_str()) && !starts_person) || n.raw == "." {
                span = span.map(|s| Span::new(s.start, n.span.end));
                k += 1;
            } else if on_behalf(n.key.as_str()) && k + 1 < zone_end {
                // "المتحدث الرسمي باسم الوزارة": باسم after the title's adjective.
                k += 1;
            } else {
                break;
            }
        }
    }
    Titles {
        words,
        span,
        end: k,
    }
}

/// True when token `k` is a feminine nisba ("صحفية", "إعلامية") right after an indefinite word no mention covers
/// ("تقارير صحفية", "مصادر إعلامية"): the adjective of a plural of things, not a title in apposition to a name.
pub(super) fn nisba_after_common_plural(ctx: &Ctx, k: usize) -> bool {
    let Some((p, t)) = token_with_previous(ctx, k) else {
        return false;
    };
    t.key.as_str().ends_with("يه")
        && p.is_word()
        && !p.key.as_str().starts_with("ال")
        && ctx.mentions_over(p.span).next().is_none()
}

/// Definite titles that are also family names ("محمد بن عبدالله الشيخ"), normalised.
pub(super) const FAMILY_TITLES: [&str; 5] = ["الشيخ", "السيد", "الامير", "الامين", "الملك"];

/// Where the run of name words from token `start` ends: after at most [`NAME_MAX_WORDS`] words, before a
/// non-word, a pronoun or an appositive title ("فلان رئيس ...").
pub(super) fn name_run_end(ctx: &Ctx, start: usize, zone_end: usize) -> usize {
    let mut k = start;
    let mut count = 0;
    while k < zone_end && count < NAME_MAX_WORDS {
        let Some(t) = ctx.toks.get(k) else { break };
        if is_quote_mark(t.raw) {
            k += 1;
            continue;
        }
        let appositive = count > 0
            && is_title(t.key.as_str())
            && !t.key.as_str().starts_with("ال")
            && !nisba_after_common_plural(ctx, k);
        // "وقال فيل فلين [المحلل] لدى ...": after two name words no list knows, a definite title is in apposition
        // (honorifics that are also family names, "الشيخ", "السيد", stay in the name).
        let definite_appositive = count >= 2
            && t.key.as_str().starts_with("ال")
            && is_title(t.key.as_str())
            && !FAMILY_TITLES.contains(&t.key.as_str())
            && !(start..k).any(|j| {
                ctx.toks.get(j).is_some_and(|w| {
                    w.key.as_str().starts_with("ال")
                        || ctx
                            .mentions_over(w.span)
                            .any(|m| m.label == EntityLabel::Per)
                })
            });
        if !t.is_word()
            || appositive
            || definite_appositive
            || possessed_noun(ctx, k)
            || (count > 0 && plural_after_singular(ctx, k))
            // "وحذرت الهيئة المواطنين من": a plural in the accusative after the definite subject is its object.
            || (count > 0 && accusative_plural(ctx, k) && definite_before(ctx, k))
            // "وطالب السكان الأمانة بـ": a feminine singular after a plural of people is no adjective of it.
            || (count > 0 && singular_after_people(ctx, k))
            // "وطالبت المعارضة الحكومة بـ": a body after a definite noun is no adjective of it.
            || (count > 0 && body_after_definite(ctx, k))
            // "وحث الأمين السكان على": a plural of people right after a definite title is its object.
            || (count == 0 && people_after_definite_title(ctx, k))
            || pronouns().contains(t.key.as_str())
            || object_after_definite(ctx, k)
            || (count == 0 && object_after_bare_title(ctx, k))
            // "وزار الوزير عددا من المصابين": a part of a group after the title is its object, no name.
            || QUANTIFIERS.contains(&t.key.as_str())
            // "وأعلنت الوزارة الأسبوع الماضي": a time phrase after the subject.
            || (count > 0 && time_after_subject(ctx, k))
        {
            break;
        }
        count += 1;
        k += 1;
    }
    k
}

/// Token `k` with the token before it.
pub(super) fn token_with_previous<'a>(
    ctx: &Ctx<'a>,
    k: usize,
) -> Option<(
    super::super::context::Tok<'a>,
    super::super::context::Tok<'a>,
)> {
    Some((ctx.toks.get(k.checked_sub(1)?)?, ctx.toks.get(k)?))
}
