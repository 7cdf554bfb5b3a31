//! Reading a speaker from the clause: the name after (or before) the reporting verb, titles stripped, or a
//! pronoun, title or definite noun that [`super::resolve`] turns into a name. Not a pass: the candidates pass reads
//! the speakers of its clauses here, and the speakers pass the name after a title.

use super::addressee::{after_addressee, is_addressee};
use super::context::{COMMAS, Ctx, is_quote_mark};
use super::cues::CueForm;
use super::draft::Who;
use super::lexicon::{
    bare, honorifics, is_honour_title, is_people_plural, is_title, org_heads, pronouns, stops,
    title_key,
};
use crate::analysis::EntityLabel;
use crate::span::Span;
use std::ops::Range;

/// A name read from the clause (when no mention is there) has at most this many words.
const NAME_MAX_WORDS: usize = 5;

/// Punctuation that starts a new clause before a reporting verb: the subject is after it.
const CLAUSE_BREAKS: &[&str] = &[":", "/", "|", "-", "–", "—"];

/// كان and كانت: "وكانت الوزارة قد حذرت" names the subject between them and قد.
const KANA: &[&str] = &["كان", "كانت"];

/// Prepositions (normalised, after an optional و) whose object is not a subject ("مع الوزير فلان"); على is
/// matched as written.
const PREPOSITIONS: &[&str] = &[
    "في", "من", "عن", "الي", "مع", "بين", "امام", "ضد", "نحو", "حول", "عند", "لدي", "تجاه", "عبر",
    "ضمن", "وسط", "خلال", "بعد", "قبل", "منذ", "حتي", "ازاء",
];

/// True when token `i` cannot be part of a speaker's name: a function or reporting word, or a prepositional phrase.
pub(crate) fn is_stop(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return true;
    };
    if t.raw == "على" {
        return true;
    }
    if stops().contains(t.key.as_str())
        || super::cues::lookup_written(t.raw, t.key.as_str()).is_some()
    {
        return true;
    }
    // "وعن", "وفي": a conjunction on a function word.
    if let Some(rest) = t.key.as_str().strip_prefix('و')
        && stops().contains(rest)
    {
        return true;
    }
    // "بالمركز", "لرويترز", "للأنباء": a prepositional phrase, not part of a name.
    t.key.as_str().starts_with("بال") || t.key.as_str().starts_with("لل") || t.raw.ends_with('ـ')
}

/// Collective subjects (normalised) that speak as written, never standing for the previous speaker: "وأكد البعض أن".
const COLLECTIVE: &[&str] = &["البعض", "بعضهم", "اخرون", "كثيرون"];

/// Objects of idioms of saying, part of the verb, not its speaker: لفت in "لفت الانتباه/النظر إلى", كشف in "كشف
/// النقاب عن" ("disclosed").
const IDIOM_OBJECTS: &[&str] = &["الانتباه", "النظر", "النقاب"];

/// Words for a part of a group before the group ("بعض", "أحد", "عدد من"), normalised.
pub(crate) const QUANTIFIERS: &[&str] = &[
    "بعض",
    "احد",
    "عدد",
    "معظم",
    "غالبيه",
    "كثير",
    "عديد",
    "العديد",
    "اغلب",
    "مجموعه",
    "جميع",
    // The accusative and the plurals of number ("التقى عددا من", "عشرات المواطنين", "آلاف المحتجين").
    "عددا",
    "عشرات",
    "ميات",
    "الاف",
    "العشرات",
    "الميات",
];

/// Reads who speaks from the tokens `from..to` that follow a reporting verb.
pub(crate) fn after_cue(ctx: &Ctx, from: usize, to: usize) -> Who {
    extract(ctx, from, to).0
}

/// Like [`after_cue`], also returning the index where the name zone stopped.
pub(crate) fn extract(ctx: &Ctx, from: usize, to: usize) -> (Who, usize) {
    // "وحذر المواطنين من": a plural in the accusative right after the verb is its object; the subject is implicit.
    let after_verb = from
        .checked_sub(1)
        .and_then(|v| ctx.toks.get(v))
        .is_some_and(|v| {
            super::cues::lookup_written(v.raw, v.key.as_str())
                .is_some_and(|c| matches!(c.form, CueForm::Perfect | CueForm::Imperfect))
        });
    if after_verb && from < to && accusative_plural(ctx, from) {
        return (Who::Implicit, from);
    }
    // "وقال لصحيفة الحياة إن": the outlet is told, the speaker is after it or the verb's implicit subject.
    read(
        ctx,
        after_addressee(ctx, after_pronoun_object(ctx, from, to), to),
        to,
    )
}

/// Prepositions (normalised) that carry an attached pronoun right after a reporting verb: "وقال لهم إن", "وقال
/// عنها مصدر آخر إن", "وطلب منهم".
const PRONOUN_PREPOSITIONS: &[&str] = &["ل", "عن", "من", "الي"];

/// Pronoun suffixes (normalised) on a preposition: third person and the plural "you"; not ي, ك or نا, whose
/// words can be names ("لي", "منى", "لنا").
const PRONOUN_SUFFIXES: &[&str] = &["ه", "ها", "هم", "هما", "هن", "كم"];

/// The token after a preposition with an attached pronoun at token `from` ("لهم", "عنها", "إليه"), or `from`
/// when there is none: whom the verb speaks to or about, never the speaker, who follows it or is implicit.
fn after_pronoun_object(ctx: &Ctx, from: usize, to: usize) -> usize {
    let object = from < to
        && ctx.toks.get(from).is_some_and(|t| {
            t.is_word()
                && ctx.mentions_over(t.span).next().is_none()
                && PRONOUN_PREPOSITIONS.iter().any(|p| {
                    t.key
                        .as_str()
                        .strip_prefix(p)
                        .is_some_and(|suffix| PRONOUN_SUFFIXES.contains(&suffix))
                })
        });
    if object { from + 1 } else { from }
}

/// A sound plural in ين has at least this many letters without its article ("مسلمين"; not "حسين", "بحرين").
const ACCUSATIVE_PLURAL_MIN_LETTERS: usize = 6;

/// True when token `k` is a definite sound masculine plural in ين that no mention covers ("المواطنين",
/// "اللاعبين"): accusative or genitive, never the nominative subject of a verb (that is "المواطنون"). Not a plural
/// of relation in ـيين, often an adjective ("العراقيين").
pub(crate) fn accusative_plural(ctx: &Ctx, k: usize) -> bool {
    ctx.toks.get(k).is_some_and(|t| {
        let key = t.key.as_str();
        let key = key.strip_prefix('و').unwrap_or(key);
        t.is_word()
            && key.strip_prefix("ال").is_some_and(|b| {
                b.ends_with("ين")
                    && !b.ends_with("يين")
                    && b.chars().count() >= ACCUSATIVE_PLURAL_MIN_LETTERS
            })
            && ctx.mentions_over(t.span).next().is_none()
    })
}

/// Reads the source named in the tokens `from..to` after an attribution ("بحسب", "وفقا لـ"): there a ل is the
/// attribution's own preposition ("وفقا لصحيفة الحياة"), and the outlet after it is the source.
pub(crate) fn source(ctx: &Ctx, from: usize, to: usize) -> Who {
    read_source(ctx, from, to, lam_title(ctx, from)).0
}

/// True when token `k` is a title with the ل of an attribution written on it ("للمتحدث" in "وفقا للمتحدث باسم
/// الوزارة", "لرئيس" in "بحسب لرئيس"): the title opens the source, it is no prepositional phrase.
fn lam_title(ctx: &Ctx, k: usize) -> bool {
    ctx.toks
        .get(k)
        .is_some_and(|t| !is_title(t.key.as_str()) && lam_title_key(t.key.as_str()).is_some())
}

/// The title in a word with a ل written on it: "للمتحدث" (ل on the article, its alif dropped) is "المتحدث",
/// "لوزير" is "وزير".
pub(crate) fn lam_title_key(key: &str) -> Option<String> {
    if let Some(rest) = key.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
        let definite = format!("ال{rest}");
        if is_title(&definite) {
            return Some(definite);
        }
    }
    key.strip_prefix('ل')
        .filter(|r| r.chars().count() >= 2 && !r.starts_with('ل') && is_title(r))
        .map(str::to_owned)
}

/// [`extract`] once the addressee is passed.
fn read(ctx: &Ctx, from: usize, to: usize) -> (Who, usize) {
    read_source(ctx, from, to, false)
}

/// [`read`]; `lam`: token `from` is a title with the attribution's ل on it ([`lam_title`]).
fn read_source(ctx: &Ctx, from: usize, to: usize, lam: bool) -> (Who, usize) {
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
const PEOPLE_PLACE_REACH: usize = 2;

/// Unnamed sources (normalised) that speak as written: "مسؤول أمريكي", "مصادر مطلعة".
const UNNAMED: &[&str] = &[
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
const CALLED: &[&str] = &["يدعي", "تدعي", "يسمي", "تسمي"];

/// "مسؤول أمريكي «رويترز»": when token `from` is an unnamed source in no mention and only indefinite words
/// (its adjectives) follow it up to a mention starting at byte `mention`, the token after those words: the
/// mention is whom the source told, not the speaker.
fn unnamed_before(ctx: &Ctx, from: usize, mention: usize) -> Option<usize> {
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
fn each_of(ctx: &Ctx, from: usize, to: usize) -> Option<(Who, usize)> {
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
const AFFILIATED_SOURCES: &[&str] = &["مصدر", "مصادر", "مسوول", "مسوولون", "متحدث"];

/// Adjectives of an unnamed source that are no adjectives of relation (normalised): "مصدر مسؤول", "مصدر مطلع".
const SOURCE_ADJECTIVES: &[&str] = &[
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
const SOURCE_ADJECTIVES_MAX: usize = 3;

/// How many words an unnamed source's affiliation may run over ("في الاتحاد السعودي لكرة القدم").
const AFFILIATION_MAX: usize = 8;

/// "وقال مصدر في الاتحاد السعودي لكرة القدم إن", "وذكرت مصادر في الشركة أن": an unnamed source with the body
/// it is in speaks as a whole noun phrase, which runs up to the complementiser (`to` or إن/أن within a few words,
/// with no punctuation between). Gives where the phrase ends.
fn affiliated_source(ctx: &Ctx, from: usize, to: usize) -> Option<usize> {
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
const CONTENT_COMPS: &[&str] = &["ان", "بان"];

/// How many words a name between a title and the complementiser may have ("تيسير المفرج").
const NAME_BEFORE_COMP_MAX: usize = 3;

/// "وقال المتحدث الرسمي باسم الوزارة تيسير المفرج إن", "المحلل المالي فضل فلان يرى أن": after a title and its
/// definite complement, the plain words that run up to the complementiser opening the content (or up to the
/// reporting verb the subject stands before) are the holder's name, even a name that is also a common word
/// (تيسير، فضل): a verb whose content starts with إن/أن has no object there. Gives where the name ends
/// (`name_end` unchanged when this does not apply).
fn name_before_comp(
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
            CONTENT_COMPS.contains(&t.key.as_str()) || super::cues::lookup(t.key.as_str()).is_some()
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
const ONE_OF: &[&str] = &["احدي", "احد", "باحدي", "باحد"];

/// How many words the complement of an unnamed source's title runs over at most ("في منظمة الصحة العالمية").
const UNNAMED_COMPLEMENT_MAX: usize = 6;

/// A title with no name that stands for an unnamed person, as written with its complement, and the token after it:
/// an indefinite title ("مسؤول في منظمة الصحة", "متحدث عسكري" is read with its adjective elsewhere), or any title
/// placed in one of a group ("مدير الحجوزات في إحدى شركات السفر"). Such a source is never the person the article
/// named with the same title.
fn unnamed_title(ctx: &Ctx, titles: &Titles, to: usize) -> Option<(Span, usize)> {
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
fn name_before_apposition(ctx: &Ctx, from: usize, zone_end: usize) -> Option<Range<usize>> {
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
        // "بجمعية البر", "للدراسات", "والإعلام", "المتخصص في التسويق": the title's complements.
        let complement = n.starts_with('ب')
            || n.starts_with('ل')
            || n.starts_with("وال")
            || n == "في"
            || n == "لدي";
        let ok = t.is_punct(COMMAS)
            || is_quote_mark(t.raw)
            || (t.is_word()
                && super::cues::lookup(n).is_none()
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
    use super::cues::{self, CueForm};
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
const MAX_TITLES_BACK: usize = 8;

/// True when the titles right before token `k` follow a preposition ("التقى بالرئيس فلان", "مع الوزير فلان").
/// A ب/ل word before a title is the previous title's complement, not a preposition governing this one ("أستاذ
/// الاقتصاد بالجامعة الدكتور فلان").
fn after_preposition(ctx: &Ctx, k: usize) -> bool {
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
const ADVERBS: &[&str] = &[
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
fn is_adverb(key: &str) -> bool {
    ADVERBS.contains(&key.strip_prefix('و').unwrap_or(key))
}

/// Where the speaker zone that starts at token `from` ends (before `to`): at the first comma, colon, function
/// word or reporting word (a one-letter abbreviation's dot and quote marks stay inside).
fn zone_end(ctx: &Ctx, from: usize, to: usize) -> usize {
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
fn anonymity_clause(ctx: &Ctx, k: usize) -> bool {
    let is_adam = |i: usize| ctx.toks.get(i).is_some_and(|t| t.key.as_str() == "عدم");
    is_adam(k) || is_adam(k + 1)
}

/// "باسم", "بلسان" (normalised): "المتحدث باسم الوزارة", "الناطق بلسان الجيش" speak on behalf of the body after
/// them; the word and the body belong to the title.
pub(crate) fn on_behalf(key: &str) -> bool {
    matches!(key, "باسم" | "بلسان")
}

/// The titles at the start of a speaker zone.
struct Titles {
    /// Their normalised title words.
    words: Vec<String>,
    /// The titles with their genitives and adjectives, if any.
    span: Option<Span>,
    /// The token after them, where the name starts.
    end: usize,
}

/// Reads the titles from token `from` with their genitive nouns and adjectives: "وزير الخارجية الروسي",
/// "صاحب السمو الملكي الأمير".
fn read_titles(ctx: &Ctx, from: usize, zone_end: usize, lam: bool) -> Titles {
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
            if let Some(body) = ctx.toks.get(k - 1).filter(super::context::Tok::is_word) {
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
fn nisba_after_common_plural(ctx: &Ctx, k: usize) -> bool {
    let Some((p, t)) = token_with_previous(ctx, k) else {
        return false;
    };
    t.key.as_str().ends_with("يه")
        && p.is_word()
        && !p.key.as_str().starts_with("ال")
        && ctx.mentions_over(p.span).next().is_none()
}

/// Definite titles that are also family names ("محمد بن عبدالله الشيخ"), normalised.
const FAMILY_TITLES: [&str; 5] = ["الشيخ", "السيد", "الامير", "الامين", "الملك"];

/// Where the run of name words from token `start` ends: after at most [`NAME_MAX_WORDS`] words, before a
/// non-word, a pronoun or an appositive title ("فلان رئيس ...").
fn name_run_end(ctx: &Ctx, start: usize, zone_end: usize) -> usize {
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
fn token_with_previous<'a>(
    ctx: &Ctx<'a>,
    k: usize,
) -> Option<(super::context::Tok<'a>, super::context::Tok<'a>)> {
    Some((ctx.toks.get(k.checked_sub(1)?)?, ctx.toks.get(k)?))
}

/// True when token `k` is a definite word in ة (no person) right after a definite plural of people ("السكان
/// الأمانة", "الخبراء الحكومة"): people take adjectives in the plural, so it starts the verb's object.
fn singular_after_people(ctx: &Ctx, k: usize) -> bool {
    let Some((p, t)) = token_with_previous(ctx, k) else {
        return false;
    };
    let prev = p.key.as_str();
    let prev = prev.strip_prefix('و').unwrap_or(prev);
    let key = t.key.as_str();
    t.is_word()
        && prev.starts_with("ال")
        && is_people_plural(prev)
        && key.starts_with("ال")
        && key.ends_with('ه')
        && key.chars().count() >= 5
        && !ctx
            .mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Per)
}

/// Bodies (normalised, without the article) often addressed by a verb of demand: "الحكومة", "البلدية".
const ADDRESSED_BODIES: &[&str] = &[
    "حكومه",
    "بلديه",
    "شركه",
    "اداره",
    "محكمه",
    "نيابه",
    "شرطه",
    "جامعه",
    "دوله",
    "سلطه",
];

/// True when token `k` is a definite body ("الحكومة", "الوزارة", "الأمانة") right after a definite noun that no
/// mention covers ("المعارضة الحكومة") or a plural of people ("معارضون الحكومة"): an institution is no adjective,
/// so it starts the verb's object.
fn body_after_definite(ctx: &Ctx, k: usize) -> bool {
    let Some((p, t)) = token_with_previous(ctx, k) else {
        return false;
    };
    let key = t.key.as_str();
    let prev = p.key.as_str();
    let body = key
        .strip_prefix("ال")
        .is_some_and(|b| ADDRESSED_BODIES.contains(&b) || org_heads().contains(b));
    t.is_word()
        && p.is_word()
        && body
        // "ويتهم معارضون الحكومة بـ": nor of an indefinite plural of people, whose adjectives are plural.
        && ((prev.strip_prefix('و').unwrap_or(prev).starts_with("ال") && !is_title(prev))
            || is_people_plural(prev))
        && ctx.mentions_over(p.span).next().is_none()
        && ctx
            .mentions_over(t.span)
            .all(|m| m.label == EntityLabel::Org && m.span.start == t.span.start)
}

/// True when token `k` is a plural of people right after a definite title ("الأمين السكان").
fn people_after_definite_title(ctx: &Ctx, k: usize) -> bool {
    let Some((p, t)) = token_with_previous(ctx, k) else {
        return false;
    };
    let prev = p.key.as_str();
    prev.strip_prefix('و').unwrap_or(prev).starts_with("ال")
        && is_title(prev)
        && t.key.as_str().starts_with("ال")
        && (is_people_plural(t.key.as_str()) || accusative_plural(ctx, k))
        && ctx.mentions_over(t.span).next().is_none()
}

/// True when the word before token `k` is definite ("الهيئة", "المدني"), not itself a dual or plural in ين that
/// the word after agrees with ("الحرمين الشريفين", "البلدين الشقيقين").
fn definite_before(ctx: &Ctx, k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| {
            let key = p.key.as_str();
            p.is_word() && key.starts_with("ال") && !key.ends_with("ين")
        })
}

/// True when token `k` starts a definite time phrase ("الأسبوع الماضي", "العام المقبل").
fn time_after_subject(ctx: &Ctx, k: usize) -> bool {
    ctx.toks
        .get(k)
        .is_some_and(|t| matches!(t.key.as_str(), "الاسبوع" | "الشهر" | "العام"))
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.key.as_str(), "الماضي" | "المقبل" | "الجاري" | "الحالي"))
}

/// True when token `k` is a frequent noun in construct right after a definite title ("وتفقد الوزير أقسام
/// المستشفى", "وزار المحافظ مقر الجمعية"): a name after "الوزير" is no frequent word followed by a definite genitive
/// (a given name is: "الدكتور فهد العنزي"), so the noun starts the verb's object and the title speaks alone.
fn object_after_bare_title(ctx: &Ctx, k: usize) -> bool {
    use crate::analysis::entities::lexicon::{Flags, Lexicon};
    let (Some(word), Some(title), Some(next)) = (
        ctx.toks.get(k),
        k.checked_sub(1).and_then(|p| ctx.toks.get(p)),
        ctx.toks.get(k + 1),
    ) else {
        return false;
    };
    let definite = |w: &str| w.starts_with("ال") || w.starts_with("وال");
    let key = word.key.as_str();
    let lexicon = Lexicon::bundled();
    title.is_word()
        && definite(title.key.as_str())
        && is_title(title.key.as_str())
        && word.is_word()
        && !definite(key)
        && !is_title(key)
        && !LINEAGE.contains(&key)
        && lexicon.is_common_word(key)
        && !lexicon.flags(key).contains(Flags::GIVEN)
        && ctx.mentions_over(word.span).next().is_none()
        && next.is_word()
        && next.key.as_str().starts_with("ال")
        && !ctx
            .mentions_over(next.span)
            .any(|m| m.label == EntityLabel::Per)
}

/// A sound feminine plural has at least this many letters with its article ("الجهات").
const DEFINITE_PLURAL_MIN_LETTERS: usize = 6;

/// True when token `k` is a definite plural in ات after a definite word in the singular, no mention covering
/// either ("وطالبت الهيئة الجهات الحكومية"): a plural is no adjective of a singular, it starts the verb's object.
fn plural_after_singular(ctx: &Ctx, k: usize) -> bool {
    let Some((p, t)) = token_with_previous(ctx, k) else {
        return false;
    };
    let (key, prev) = (t.key.as_str(), p.key.as_str());
    key.starts_with("ال")
        && key.ends_with("ات")
        && key.chars().count() >= DEFINITE_PLURAL_MIN_LETTERS
        && prev.starts_with("ال")
        && !prev.ends_with("ات")
        && ctx.mentions_over(t.span).next().is_none()
        && ctx.mentions_over(p.span).next().is_none()
}

/// Nouns of a stance or feeling (normalised) a speaker shows or voices ("أبدى ثقته", "جددت رفضها"): with a
/// possessive pronoun right after a reporting verb they are its object.
const STANCE_NOUNS: &[&str] = &[
    "ثقه",
    "قلق",
    "امل",
    "تفاول",
    "ارتياح",
    "استياء",
    "رفض",
    "تاييد",
    "دعم",
    "استعداد",
    "رغبه",
    "ترحيب",
    "اسف",
    "تخوف",
    "خشيه",
    "اعتقاد",
    "قناعه",
    "انزعاج",
    "استغراب",
    "تمسك",
    "حرص",
    "موقف",
    "اعتراض",
    "شكوك",
    "مخاوف",
    "تحفظ",
    "تحفظات",
    "معارضه",
    "تشاوم",
    "امتعاض",
    "غضب",
    "تضامن",
];

/// True when the normalised word is a noun of stance or feeling ("قلق", "مخاوف"), also in the indefinite
/// accusative ("قلقا", "شكوكا"): what "أبدى" can report as a position without a possessive.
pub(crate) fn stance_noun(key: &str) -> bool {
    STANCE_NOUNS.contains(&key)
        || key
            .strip_suffix('ا')
            .is_some_and(|stem| STANCE_NOUNS.contains(&stem))
}

/// True for a frequent noun with a possessive pronoun that no mention covers ("حديثه", "كلمتها", "تصريحاتهم"):
/// the verb's object, no name (a name in ة is written with it, not with ه).
fn possessed_noun(ctx: &Ctx, k: usize) -> bool {
    use crate::analysis::entities::lexicon::Lexicon;
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    if ctx.mentions_over(t.span).next().is_some() {
        return false;
    }
    let key = t.key.as_str();
    // "وأبدت ثقتها من أن", "وأبدوا قلقهم": a noun of stance with ها/هم is what the subject shows; other nouns with
    // them may be the subject ("وأكدت أسرتها أن").
    if !t.raw.ends_with('ه') {
        return ["هما", "هم", "ها"].iter().any(|suffix| {
            key.strip_suffix(suffix).is_some_and(|stem| {
                let stem = stem
                    .strip_suffix('ت')
                    .map_or(stem.to_owned(), |s| format!("{s}ه"));
                STANCE_NOUNS.contains(&stem.as_str())
            })
        });
    }
    let lexicon = Lexicon::bundled();
    ["هما", "هم", "ها", "ه"].iter().any(|suffix| {
        key.strip_suffix(suffix).is_some_and(|stem| {
            let stem = stem
                .strip_suffix('ت')
                .map_or(stem.to_owned(), |s| format!("{s}ه"));
            stem.chars().count() >= 3
                && (lexicon.is_common_word(&stem) || SPEECH_NOUNS.contains(&stem.as_str()))
        })
    })
}

/// Verbs of closing speech (normalised, without و): "«...»، تختم فلانة حديثها".
const CLOSING: &[&str] = &[
    "ختم",
    "ختمت",
    "يختم",
    "تختم",
    "اختتم",
    "اختتمت",
    "يختتم",
    "تختتم",
    "انهي",
    "انهت",
    "ينهي",
    "تنهي",
];

/// True for a verb of closing speech, bare or after و ("وتختم", "اختتم").
pub(crate) fn closing_verb(key: &str) -> bool {
    CLOSING.contains(&key.strip_prefix('و').unwrap_or(key))
}

/// True for a noun of what a speaker said with a possessive pronoun ("حديثه", "كلمتها", "تصريحاته"), normalised.
pub(crate) fn own_speech_noun(key: &str) -> bool {
    ["هما", "هم", "ها", "ه"].iter().any(|suffix| {
        key.strip_suffix(suffix).is_some_and(|stem| {
            let stem = stem
                .strip_suffix('ت')
                .filter(|s| !s.ends_with('ا'))
                .map_or(stem.to_owned(), |s| format!("{s}ه"));
            SPEECH_NOUNS.contains(&stem.as_str())
        })
    })
}

/// Nouns of what a speaker said (normalised): "ختم الوزير حديثه", "اختتم كلمته بالقول" have the verb's object
/// after the title, never a name.
const SPEECH_NOUNS: &[&str] = &[
    "حديث",
    "كلمه",
    "تصريح",
    "تصريحات",
    "خطاب",
    "بيان",
    "لقاء",
    "تغريده",
    "رساله",
    "مقال",
    "تعليق",
    "رد",
    "جواب",
    "اجابه",
    "مداخله",
    "محاضره",
    "كلام",
    "حوار",
];

/// Words that continue a name after a definite word ("الحسن بن علي", "العباس أبو فلان").
const LINEAGE: &[&str] = &["بن", "ابن", "بنت", "ابو", "ال"];

/// True when token `k` is an indefinite word right after a definite one that is no title ("ونفت الوزارة وجود
/// ...", "نفى المتحدث باسم الشرطة صحة ..."): a definite noun's adjectives are definite too and its genitive
/// follows an indefinite head, so the indefinite word starts the verb's object. Only a frequent word of the
/// language or one a definite or frequent word follows (a name the tagger missed is neither), not a known given
/// name, lineage word or person mention; and not after a title's definite complement that may be the object
/// itself ("عدّ الوزير القرار خطوة"), unless that complement is a relative adjective ("المتحدث الرسمي").
fn object_after_definite(ctx: &Ctx, k: usize) -> bool {
    use crate::analysis::entities::lexicon::{Flags, Lexicon};
    let (Some(word), Some(prev)) = (
        ctx.toks.get(k),
        k.checked_sub(1).and_then(|p| ctx.toks.get(p)),
    ) else {
        return false;
    };
    let definite = |w: &str| w.starts_with("ال") || w.starts_with("وال");
    let (key, prev_key) = (word.key.as_str(), prev.key.as_str());
    if !(word.is_word()
        && prev.is_word()
        && definite(prev_key)
        && !is_title(prev_key)
        && !definite(key))
    {
        return false;
    }
    let after_title = k
        .checked_sub(2)
        .and_then(|before| ctx.toks.get(before))
        .is_some_and(|before| is_title(before.key.as_str()));
    let relative_adjective = prev_key.ends_with('ي') || prev_key.ends_with("يه");
    if after_title && !relative_adjective {
        return false;
    }
    let lexicon = Lexicon::bundled();
    // "ويرى الاقتصادي فضل البوعينين": a relative adjective used as a noun of profession, then a word and a rare
    // definite one (a family name): the person's name, not an object ("وأعلن الاتحاد السعودي تأجيل المباراة").
    let family_name_next = ctx.toks.get(k + 1).is_some_and(|next| {
        let n = next.key.as_str();
        next.is_word()
            && n.starts_with("ال")
            && n.chars().count() > 4
            && !lexicon.is_common_word(n)
            && !is_stop(ctx, k + 1)
            && ctx
                .mentions_over(next.span)
                .all(|m| m.label == EntityLabel::Per)
    });
    if relative_adjective && !after_title && family_name_next {
        return false;
    }
    // "بفرع الهيئة": a preposition on a frequent word places the speaker, it starts no object.
    let prepositional = ['ب', 'ل', 'ك'].iter().any(|&prefix| {
        key.strip_prefix(prefix)
            .is_some_and(|rest| rest.chars().count() >= 3 && lexicon.is_common_word(rest))
    }) && !lexicon.is_common_word(key);
    if prepositional || is_stop(ctx, k) {
        return false;
    }
    // "رضاه", "استعدادها": the object often carries a possessive suffix.
    let stem = ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|suffix| {
            key.strip_suffix(suffix)
                .filter(|rest| rest.chars().count() >= 3)
        })
        .unwrap_or(key);
    let common = |w: &str| lexicon.is_common_word(w);
    // A rarer word is an object when the phrase goes on with a definite or frequent word ("تعليق رحلاتها",
    // "تعليق الرحلات"), not a name the tagger missed ("نيد برايس").
    let phrase_goes_on = ctx.toks.get(k + 1).is_some_and(|next| {
        let next_key = next.key.as_str();
        next.is_word() && (definite(next_key) || common(next_key))
    });
    (common(key) || common(stem) || phrase_goes_on)
        && !LINEAGE.contains(&key)
        && !lexicon.flags(key).contains(Flags::GIVEN)
        && !ctx
            .mentions_over(word.span)
            .any(|m| m.label == EntityLabel::Per)
}

/// The speaker the name words in `run` give after the titles: a name, a definite noun standing for an
/// organisation ("الوزارة"), or the title alone when no name follows it.
fn who_from_name(ctx: &Ctx, run: Range<usize>, titles: Titles) -> Who {
    let names: Vec<usize> = run
        .filter(|&i| ctx.toks.get(i).is_some_and(|t| t.is_word()))
        .collect();
    let (Some(&a), Some(&b)) = (names.first(), names.last()) else {
        return match titles.span {
            Some(span) => Who::Title {
                words: titles.words,
                span,
                headline: false,
            },
            None => Who::Implicit,
        };
    };
    let (Some(ta), Some(tb)) = (ctx.toks.get(a), ctx.toks.get(b)) else {
        return Who::Implicit;
    };
    let span = Span::new(ta.span.start, tb.span.end);
    // "مسؤول كبير"، "دبلوماسي غربي": an indefinite title and one adjective, no name: an unnamed source, the speaker
    // as written (not the adjective, and not a holder of the title named elsewhere). "مسؤول رفيع المستوى": the
    // adjective with its definite genitive.
    let of_rank = names.len() == 2 && tb.key.as_str() == "المستوي";
    if let Some(title_span) = titles.span
        && (names.len() == 1 || of_rank)
        && ctx
            .toks
            .get(titles.end.wrapping_sub(1))
            .is_some_and(|t| t.span.start == title_span.start)
        && ctx.entity_at(span).is_none()
        && ctx.toks.get(titles.end.wrapping_sub(1)).is_some_and(|t| {
            !t.key.as_str().starts_with("ال") && !t.key.as_str().starts_with("وال")
        })
        && !ta.key.as_str().starts_with("ال")
    {
        return Who::Named {
            span: Span::new(title_span.start, span.end),
            entity: None,
            title: Vec::new(),
        };
    }
    if names.len() == 1
        && ta.key.as_str().starts_with("ال")
        && titles.words.is_empty()
        && !is_people_plural(ta.key.as_str())
        // "نقلت الصحيفة عن المسؤولين قولهم": a plural of people speaks as written, it stands for no organisation.
        && !accusative_plural(ctx, a)
    {
        return Who::Definite {
            word: bare(ta.key.as_str()).to_owned(),
            span,
        };
    }
    Who::Named {
        span,
        entity: ctx.entity_at(span),
        title: titles.words,
    }
}

/// A speaker named before the verb in its clause ("لافروف شدد على", "أما فلان ... فقال", "فلان، خبير ...، يقول").
pub(crate) fn clause_subject(ctx: &Ctx, cue: usize) -> Option<Who> {
    let mut start = ctx.sentence_start(cue);
    // A colon or dash inside quotation marks (a book's title, «السلام: الطريق الطويل») breaks no clause: walking
    // back, a closing mark enters marks and an opening mark leaves them (a straight mark toggles).
    let mut in_marks = false;
    for i in (start..cue).rev() {
        let Some(t) = ctx.toks.get(i) else { break };
        match t.raw {
            "»" | "”" => in_marks = true,
            "«" | "“" => in_marks = false,
            "\"" => in_marks = !in_marks,
            _ => {}
        }
        if !in_marks && t.is_punct(CLAUSE_BREAKS) {
            start = i + 1;
            break;
        }
    }
    let topic = ctx.toks.get(start).is_some_and(|t| t.key.as_str() == "اما");
    // "وكانت الوزارة قد حذرت": the subject between كان and قد.
    let kana = ctx.toks.get(start).is_some_and(|t| {
        let n = t.key.as_str().strip_prefix('و').unwrap_or(t.key.as_str());
        KANA.contains(&n)
    }) && cue
        .checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|t| t.key.as_str() == "قد");
    if topic || kana {
        start += 1;
    }
    if start >= cue {
        return None;
    }
    if is_stop(ctx, start) {
        return None;
    }
    let (who, end) = extract(ctx, start, cue);
    let ends_at_comma = end == cue || ctx.toks.get(end).is_some_and(|t| t.is_punct(COMMAS));
    if joined_bare_word(ctx, &who, start) {
        return None;
    }
    match who {
        Who::Named {
            entity: Some(_), ..
        } => Some(who),
        Who::Named { .. } if ends_at_comma || topic || kana => Some(who),
        // "أما الأمانة فقد أكدت أن": the topic of أما is the subject of the verb after ف.
        Who::Definite { .. } | Who::Title { .. } if kana || topic => Some(who),
        // "المحلل المالي يرى أن": a title right before the verb is its subject.
        Who::Title { .. } if end == cue => Some(who),
        // "الصحة تحذر من ...": in a headline, a definite noun right before the verb is its subject.
        Who::Definite { .. }
            if end == cue && ctx.toks.get(cue).is_some_and(|t| ctx.heading_like(t.block)) =>
        {
            Some(who)
        }
        _ => None,
    }
}

/// "أما الوزير فلان فقد اعتبر القرار خطوة", "أما الهيئة فدعت المواطنين إلى": the topic of أما is the subject of
/// the verb after ف (written on the verb or in فقد); what follows the verb is its object.
pub(crate) fn topic_subject(ctx: &Ctx, cue: usize) -> Option<Who> {
    // The subject ends before فقد or ف; else ف is written on the verb.
    let end = match cue.checked_sub(1).and_then(|p| ctx.toks.get(p)) {
        Some(p) if matches!(p.key.as_str(), "فقد" | "ف") => cue - 1,
        _ if ctx.toks.get(cue)?.key.as_str().starts_with('ف') => cue,
        _ => return None,
    };
    let sentence = ctx.sentence_start(cue);
    let topic = (sentence..end)
        .rev()
        .find(|&k| ctx.toks.get(k).is_some_and(|t| t.key.as_str() == "اما"))?;
    // "أما موسكو، فرفضت": a comma may close the topic.
    let end = if ctx.toks.get(end - 1).is_some_and(|t| t.is_punct(COMMAS)) {
        end - 1
    } else {
        end
    };
    if topic + 1 >= end || is_stop(ctx, topic + 1) {
        return None;
    }
    let (who, stop) = extract(ctx, topic + 1, end);
    (stop == end
        && matches!(
            who,
            Who::Named { .. } | Who::Title { .. } | Who::Definite { .. }
        ))
    .then_some(who)
}

/// "وأخيرا أكد أن", "ومضى يقول إن", "وهنا قال": one indefinite word that no mention covers, with و or ف written on
/// it, opening the sentence before the verb is an adverb or a verb of going on, not a subject: a subject put before
/// its verb after و is a name the recognisers know ("ولافروف قال") or a noun phrase ("ومصادر مطلعة قالت").
fn joined_bare_word(ctx: &Ctx, who: &Who, start: usize) -> bool {
    let Who::Named {
        span, entity: None, ..
    } = who
    else {
        return false;
    };
    let Some(t) = ctx.toks.get(start) else {
        return false;
    };
    let key = t.key.as_str();
    t.span == *span
        && ctx.mentions_over(t.span).next().is_none()
        && key
            .strip_prefix('و')
            .or_else(|| key.strip_prefix('ف'))
            .is_some_and(|rest| !rest.starts_with("ال"))
        && !is_title(key)
}

/// How many words a prepositional phrase qualifying a subject put before its verb may have ("على الوثيقة").
const SUBJECT_PHRASE_WORDS: usize = 4;

/// Prepositions (normalised) that open a phrase qualifying a subject before its verb ("مطلعا على", "في الشؤون").
const SUBJECT_PREPOSITIONS: &[&str] = &["علي", "في", "من", "لدي"];

/// Connectives (normalised) after which a clause opens with its subject: "لكن الخبراء استبعدوا".
const SUBJECT_CONNECTIVES: &[&str] = &["لكن", "ولكن"];

/// Words that make "أن" a connective opening a clause with its subject: "غير أن المسؤولين أكدوا", "رغم أن".
const AN_CONNECTIVES: &[&str] = &["غير", "الا", "بيد", "رغم", "ورغم", "برغم", "وبرغم"];

/// "لكن الخبراء استبعدوا", "غير أن دبلوماسيين قالوا": a connective that opens a clause with its subject, then the
/// noun phrase up to the reporting verb at `cue`: that phrase is the verb's subject (the verb follows its subject,
/// so nothing after the verb names the speaker). Looks back only over the words a name may have.
pub(crate) fn connective_subject(ctx: &Ctx, cue: usize) -> Option<Who> {
    let lowest = cue.saturating_sub(NAME_MAX_WORDS + 1 + SUBJECT_PHRASE_WORDS);
    let mut start = None;
    for i in (lowest..cue).rev() {
        let t = ctx.toks.get(i)?;
        if !t.is_word() {
            return None;
        }
        let key = t.key.as_str();
        let after_an = key == "ان"
            && i.checked_sub(1)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| AN_CONNECTIVES.contains(&p.key.as_str()));
        if SUBJECT_CONNECTIVES.contains(&key) || after_an {
            start = Some(i + 1);
            break;
        }
    }
    let start = start?;
    if start >= cue || is_stop(ctx, start) {
        return None;
    }
    let (who, end) = extract(ctx, start, cue);
    // "لكن سفيرا مطلعا على الوثيقة قال": a prepositional phrase of a few words may qualify the subject.
    let qualified = end < cue
        && cue - end <= SUBJECT_PHRASE_WORDS
        && ctx
            .toks
            .get(end)
            .is_some_and(|t| SUBJECT_PREPOSITIONS.contains(&t.key.as_str()))
        && (end..cue).all(|k| ctx.toks.get(k).is_some_and(|t| t.is_word()));
    if end != cue && !qualified {
        return None;
    }
    match &who {
        Who::Named {
            entity: Some(_), ..
        }
        | Who::Title { .. }
        | Who::Definite { .. } => Some(who),
        // An indefinite noun phrase ("دبلوماسيين", "أحد أقرباء العائلة") or a definite plural of people
        // ("الخبراء") speaks as written; a definite singular ("المضيفة") may stand for someone named before, which
        // the other readings resolve.
        // "لكن المعارضة السورية أكدت": a definite noun with a nisba adjective names a body, which speaks as
        // written too.
        Who::Named {
            entity: None, span, ..
        } => {
            let first = ctx.toks.get(start)?;
            let key = first.key.as_str();
            let last = ctx.toks.get(ctx.tok_at(span.end).saturating_sub(1))?;
            let body = ctx.tok_at(span.end) > start + 1 && {
                let l = last.key.as_str();
                l.starts_with("ال") && (l.ends_with('ي') || l.ends_with("يه"))
            };
            (!key.starts_with("ال") || is_people_plural(key) || body).then_some(who)
        }
        _ => None,
    }
}

/// "وكان أوباما، في خطابه ...، حذر الكونغرس بأنه", "وكانت الوزارة أعلنت أن": a sentence opening with كان and a
/// name (a mention) or a title has that subject for the reporting verb at `cue` later in it, and what follows the
/// verb is its object. Not when the verb is in a relative clause ("الذي قال").
pub(crate) fn kana_subject(ctx: &Ctx, cue: usize) -> Option<Who> {
    let start = ctx.sentence_start(cue);
    let t = ctx.toks.get(start)?;
    let n = t.key.as_str().strip_prefix('و').unwrap_or(t.key.as_str());
    if !KANA.contains(&n) || start + 1 >= cue {
        return None;
    }
    let before = ctx.toks.get(cue - 1)?;
    if matches!(
        before.key.as_str(),
        "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللواتي"
    ) {
        return None;
    }
    let (who, end) = extract(ctx, start + 1, cue);
    // "وكان الأمير فلان وجّه بكذا، فيما أكد وكيله أن": a comma and a connective of a new clause between the
    // subject and the cue close the كان clause; the cue has a subject of its own. (Commas alone may enclose an
    // aside: "وكان أوباما، في خطابه، حذر".)
    if (end..cue).any(|k| {
        ctx.toks.get(k).is_some_and(|t| t.is_punct(&["،", ","]))
            && ctx.toks.get(k + 1).is_some_and(|n| {
                matches!(
                    n.key.as_str(),
                    "فيما" | "بينما" | "وفيما" | "وبينما" | "حيث" | "كما" | "في"
                ) && (n.key != "في" || ctx.toks.get(k + 2).is_some_and(|h| h.key == "حين"))
            })
    }) {
        return None;
    }
    match who {
        Who::Named {
            entity: Some(_), ..
        }
        | Who::Title { .. } => Some(who),
        // "وكانت الشركة المنفذة أعلنت أن": a noun phrase that fills the space up to the verb.
        Who::Definite { .. } | Who::Named { .. } if end == cue => Some(who),
        // "وكانت الوزارة قد أصدرت بيانا، أوضحت فيه أن": the noun phrase before قد is the subject of the verbs of
        // its sentence that agree with كان.
        Who::Definite { .. } | Who::Named { .. }
            if ctx.toks.get(end).is_some_and(|t| t.key.as_str() == "قد")
                && super::cues::gender(ctx.toks.get(cue)?.key.as_str())
                    == Some(if n == "كانت" {
                        super::cues::Gender::Feminine
                    } else {
                        super::cues::Gender::Masculine
                    }) =>
        {
            Some(who)
        }
        _ => None,
    }
}

/// Who a headline's "Speaker:" segment names.
pub(crate) fn segment_who(ctx: &Ctx, seg: Span) -> Who {
    let first = ctx.toks.get(ctx.tok_at(seg.start));
    let first_is_title = first.is_some_and(|t| is_title(t.key.as_str()));
    // "مدربا الهلال والنصر:", "وزراء الخارجية العرب:": a dual or plural title is the group as written.
    if first_is_title
        && first.is_some_and(|t| {
            let b = bare(t.key.as_str());
            b.ends_with('ا') || b.ends_with('و') || is_people_plural(t.key.as_str())
        })
    {
        return Who::Named {
            span: seg,
            entity: None,
            title: Vec::new(),
        };
    }
    if let Some(m) = ctx.speaker_mention(seg)
        && m.label != EntityLabel::Loc
        // "رئيس نادي الاتحاد:": the organisation in a title is not who speaks; the title's holder is.
        && (m.label == EntityLabel::Per || !first_is_title)
    {
        return Who::Named {
            span: m.span,
            entity: Some(m.entity),
            title: Vec::new(),
        };
    }
    // "وزير المالية: ..." names a title holder the body may name.
    let first = ctx.tok_at(seg.start);
    if let Some(words) = ctx
        .toks
        .get(first)
        .and_then(|t| title_key(t.key.as_str()).map(str::to_owned))
        .map(|w| vec![w])
    {
        return Who::Title {
            words,
            span: seg,
            headline: true,
        };
    }
    Who::Named {
        span: seg,
        entity: ctx.entity_at(seg),
        title: Vec::new(),
    }
}

/// How many punctuation tokens (commas, a colon, quote marks) [`person_closing_zone`] passes back over.
const ZONE_END_PUNCTUATION: usize = 2;

/// Title words [`person_closing_zone`] passes back over before a person's name to find what governs it.
const MAX_TITLES_BEFORE_NAME: usize = 4;

/// The person named last in the speaker zone `from..end`, right before where the content starts ("وقال استشاري
/// ... بجامعة الملك خالد البروفيسور فلان: إن", "ثمّنت الكاتبة ومدير تحرير مجلة ... فلانة، فوز ..."): the mention
/// ending at `end` (past at most a comma, colon or quote mark), not the object of a preposition or of a ب/ل word.
pub(crate) fn person_closing_zone<'a>(
    ctx: &Ctx<'a>,
    from: usize,
    end: usize,
) -> Option<&'a crate::analysis::Mention> {
    let mut last = end.checked_sub(1)?;
    let mut passed = 0;
    while last >= from
        && passed < ZONE_END_PUNCTUATION
        && ctx
            .toks
            .get(last)
            .is_some_and(|t| t.is_punct(&["،", ",", ":"]) || is_quote_mark(t.raw))
    {
        last = last.checked_sub(1)?;
        passed += 1;
    }
    if last < from {
        return None;
    }
    let word = ctx.toks.get(last)?;
    let person = ctx
        .mentions_over(word.span)
        .find(|m| m.label == EntityLabel::Per && m.span.end == word.span.end)?;
    let first = ctx.tok_at(person.span.start);
    if first <= from {
        return None;
    }
    // What stands before the name, past its titles: not a preposition or a ب/ل word ("لنظيره فلان").
    let mut prev = first - 1;
    let mut titles = 0;
    while prev > from
        && titles < MAX_TITLES_BEFORE_NAME
        && ctx.toks.get(prev).is_some_and(|x| is_title(x.key.as_str()))
    {
        prev -= 1;
        titles += 1;
    }
    let before = ctx.toks.get(prev)?;
    let key = before.key.as_str();
    let bare = key.strip_prefix('و').unwrap_or(key);
    // "مدير التعليم في المنطقة فلان": في after a title places the office; the name after it is the holder's.
    let office_place = bare == "في"
        && (from..prev).any(|k| {
            ctx.toks
                .get(k)
                .is_some_and(|t| is_title(t.key.as_str()) && !t.key.as_str().starts_with('ل'))
        });
    // "المبعوث الأممي إلى ليبيا فلان": a place whose name starts with ب or ل ("ليبيا", "بغداد") carries no
    // preposition (a mention after one starts past it, "لـ[ليبيا]").
    let named_place = ctx
        .mentions_over(before.span)
        .any(|m| m.span.start == before.span.start);
    let governs = before.raw == "على"
        || (PREPOSITIONS.contains(&bare) && !office_place)
        || (titles == 0
            && (key.starts_with('ب') || key.starts_with('ل'))
            && !key.starts_with("ال")
            && !named_place);
    (!governs).then_some(person)
}

/// How many tokens [`governed`] looks back over titles and adjectives for the preposition.
const GOVERNED_REACH: usize = 12;

/// True when a name is the object of a preposition ("التقى بالرئيس فلان", "مع الوزير فلان"): not a subject.
pub(crate) fn governed(ctx: &Ctx, name: Span) -> bool {
    governed_within(ctx, name, GOVERNED_CONJUNCTS)
}

/// How many persons joined by و before a name [`governed`] follows back to the preposition of the first
/// ("للطالبة فلانة والطالب فلان").
const GOVERNED_CONJUNCTS: usize = 3;

/// [`governed`], following back at most `conjuncts` persons joined by و.
fn governed_within(ctx: &Ctx, name: Span, conjuncts: usize) -> bool {
    let start = ctx.tok_at(name.start);
    // "للطالبة فلانة والطالب فلان", "مع فلان وعلان": a person joined by و to one before is governed as that one
    // is. The و is on the name's first word or on the first title before it.
    // A mention after a clitic و starts inside its token ("و[فيصل]").
    let own = match start.checked_sub(1).and_then(|p| ctx.toks.get(p)) {
        Some(p) if p.span.end > name.start => start - 1,
        _ => start,
    };
    let mut first = own;
    while first > 0
        && own - first < MAX_TITLES_BACK
        && ctx
            .toks
            .get(first - 1)
            .is_some_and(|t| is_title(t.key.as_str()))
    {
        first -= 1;
    }
    if conjuncts > 0
        && ctx
            .toks
            .get(first)
            .is_some_and(|t| t.key.as_str().starts_with('و'))
        && let Some(prev) = first.checked_sub(1).and_then(|p| ctx.toks.get(p))
        && let Some(m) = ctx
            .mentions_over(prev.span)
            .find(|m| m.label == EntityLabel::Per && m.span.end == prev.span.end)
    {
        return governed_within(ctx, m.span, conjuncts - 1);
    }
    let mut k = start;
    // Definite words passed right before a title (in text order): "في الندوة الأولى الكاتب فلان" has a noun
    // phrase of its own before the title, which the preposition governs; a definite noun takes no genitive, so
    // the title starts another phrase, the subject's.
    let mut before_title = false;
    let mut titled = false;
    // Titles and their adjectives before a name are few: the walk back is bounded, so calling this for every name
    // of a sentence stays linear.
    while k > 0 && start - k < GOVERNED_REACH {
        k -= 1;
        let Some(t) = ctx.toks.get(k) else {
            return false;
        };
        // A title between ("بالرئيس" is not one: it is a stop, being a prepositional phrase).
        if is_title(t.key.as_str()) {
            titled = true;
            before_title = false;
            continue;
        }
        if t.key.as_str().starts_with("ال") && !is_stop(ctx, k) {
            // An adjective of the title ("وزير الخارجية الروسي").
            before_title |= titled;
            continue;
        }
        let bare = t.key.as_str().strip_prefix('و').unwrap_or(t.key.as_str());
        return !before_title
            && (t.raw == "على"
                || PREPOSITIONS.contains(&bare)
                || t.key.as_str().starts_with("بال")
                || t.key.as_str().starts_with("لل"));
    }
    false
}

/// True for a person's name the tagger is unlikely to have made of a sentence's word: two words or more, or one
/// the article repeats (a lone word named once is often a verb or a noun of the sentence, "أمير الرياض يفتتح").
pub(crate) fn sure_name(ctx: &Ctx, m: &crate::analysis::Mention) -> bool {
    ctx.slice(m.span).split_whitespace().nth(1).is_some()
        || ctx
            .entities
            .get(m.entity)
            .is_some_and(|e| e.mentions.len() > 1)
}

/// How many words of its office a subject's title may have before what the verb governs ("أمير منطقة الرياض").
const SUBJECT_OFFICE_WORDS: usize = 4;

/// "وكرم المحافظ في الحفل الدكتور فلان", "واستقبل أمير المنطقة مدير الشرطة اللواء فلان": a sentence opening
/// with a verb and a title that no name follows (past its office words) has that title for subject; the persons
/// named later in it are the verb's objects. Gives the title as read from `from + 1` (None when a name follows
/// the title and its titles of rank, "واستقبل أمير المنطقة الأمير فلان": that name is the subject).
fn verb_title_subject(ctx: &Ctx, from: usize, to: usize) -> Option<Who> {
    let verb = ctx.toks.get(from)?;
    let t = ctx.toks.get(from + 1).filter(|_| from + 1 < to)?;
    if ctx.sentence_start(from) != from
        || !verb.is_word()
        || is_stop(ctx, from)
        || is_title(verb.key.as_str())
        || ctx.mentions_over(verb.span).next().is_some()
        || !t.is_word()
        || !is_title(t.key.as_str())
        || is_honour_title(t.key.as_str())
    {
        return None;
    }
    // Past the title's office words (definite or in construct, no person), up to what the verb governs.
    let mut j = from + 2;
    while j < to && j < from + 2 + SUBJECT_OFFICE_WORDS {
        let Some(n) = ctx.toks.get(j) else { break };
        let key = n.key.as_str();
        let person = ctx
            .mentions_over(n.span)
            .any(|m| m.label == EntityLabel::Per);
        if person || !n.is_word() || is_title(key) || is_stop(ctx, j) || ctx.ends_sentence(j) {
            break;
        }
        j += 1;
    }
    // A name right after (past titles of rank: "الأمير", "الدكتور") is the subject's own.
    let mut k = j;
    while k < to
        && k < j + MAX_TITLES_BACK
        && ctx
            .toks
            .get(k)
            .is_some_and(|n| n.is_word() && is_title(n.key.as_str()))
    {
        k += 1;
    }
    let named = ctx.toks.get(k).filter(|_| k < to).is_some_and(|n| {
        ctx.mentions_over(n.span)
            .any(|m| m.label == EntityLabel::Per && m.span.start >= n.span.start)
    });
    if named {
        return None;
    }
    // Something must follow that the verb governs: a person is named later in the sentence.
    let end = (j..to)
        .take_while(|&i| !ctx.ends_sentence(i))
        .last()
        .map_or(j, |i| i + 1);
    let objects = (j..end).any(|i| {
        ctx.toks.get(i).is_some_and(|n| {
            ctx.mentions_over(n.span)
                .any(|m| m.label == EntityLabel::Per)
        })
    });
    if !objects {
        return None;
    }
    match extract(ctx, from + 1, j).0 {
        who @ Who::Title { .. } => Some(who),
        _ => None,
    }
}

/// The first person introduced in `from..to` (tokens): a person mention, else a title followed by a name.
pub(crate) fn introduced(ctx: &Ctx, from: usize, to: usize) -> Option<Who> {
    if let Some(who) = verb_title_subject(ctx, from, to) {
        return Some(who);
    }
    let (Some(a), Some(b)) = (ctx.toks.get(from), ctx.toks.get(to.checked_sub(1)?)) else {
        return None;
    };
    let range = Span::new(a.span.start, b.span.end);
    let persons = || {
        ctx.mentions_in(range).iter().filter(|m| {
            m.span.end <= range.end && m.label == EntityLabel::Per && !governed(ctx, m.span)
        })
    };
    // A name of two words, a repeated name or one after a title before a lone word named once, often a word of
    // the sentence the tagger took for a name ("الشباب هم عماد الوطن").
    let sure = |m: &&crate::analysis::Mention| {
        sure_name(ctx, m)
            || ctx
                .tok_at(m.span.start)
                .checked_sub(1)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| is_title(p.key.as_str()))
    };
    if let Some(m) = persons().find(sure).or_else(|| persons().next()) {
        return Some(Who::Named {
            span: m.span,
            entity: Some(m.entity),
            title: Vec::new(),
        });
    }
    // Only a title in subject position: no function word since the clause began, not a genitive.
    let mut blocked = false;
    let mut clause_start = from;
    for k in from..to {
        let Some(t) = ctx.toks.get(k) else { break };
        if t.is_punct(&["،", ",", ":"]) || ctx.ends_sentence(k) {
            blocked = false;
            clause_start = k + 1;
            continue;
        }
        // "مجلس الوزراء": a title word as the genitive of an institution is not a person.
        let genitive = t.key.as_str().starts_with("ال")
            && k > from
            && ctx.toks.get(k - 1).is_some_and(|p| {
                let n = p.key.as_str();
                org_heads().contains(n)
                    || n.strip_prefix("ال")
                        .is_some_and(|r| org_heads().contains(r))
                    || n.strip_prefix('و').is_some_and(|r| org_heads().contains(r))
            });
        // "جامعة الملك سعود": a title word inside the name of an organisation or place is no person.
        let in_name = ctx.mentions_over(t.span).any(|m| {
            matches!(m.label, EntityLabel::Org | EntityLabel::Loc) && m.span.start < t.span.start
        });
        if !is_title(t.key.as_str()) || genitive || in_name {
            // The clause's first word may be و + verb ("وعبر"), not the preposition it looks like.
            blocked |= k > clause_start && is_stop(ctx, k);
            continue;
        }
        if blocked {
            continue;
        }
        let (who, _) = extract(ctx, k, to);
        if matches!(who, Who::Named { .. } | Who::Title { .. }) {
            return Some(who);
        }
    }
    None
}
