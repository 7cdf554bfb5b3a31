//! Speakers: the name after (or before) the reporting verb, titles stripped; then resolution in text order of
//! pronouns, implicit subjects, titles and definite nouns to the name the article gives.

use super::{Ctx, Draft, Who};
use crate::analysis::normalize::normalize;
use crate::analysis::{EntityLabel, Quote, Speaker};
use crate::span::Span;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Titles and roles that stand before a name (normalised, without ال).
const TITLES: &[&str] = &[
    "رئيس", "رئيسة", "نائب", "نائبة", "وزير", "وزيرة", "وزيرا", "وزراء", "سفير", "سفيرة", "مدير", "مديرة",
    "مدرب", "مدربا", "مدربو", "لاعب", "امين", "ملك", "ملكة", "امير", "اميرة", "شيخ", "سيد", "سيدة", "دكتور",
    "دكتورة", "د", "م", "مهندس", "استاذ", "استاذة", "بروفيسور", "سيناتور", "عضو", "ناطق", "متحدث", "متحدثة",
    "مستشار", "مستشارة", "قائد", "زعيم", "مساعد", "محافظ", "عمدة", "مفتي", "امام", "قاضي", "لواء", "عميد",
    "عقيد", "مشير", "جنرال", "خادم", "صاحب", "سمو", "معالي", "فضيلة", "جلالة", "فخامة", "سعادة", "سماحة", "حاج",
    "بابا", "مطران", "كاتب", "كاتبة", "صحفي", "صحافي", "باحث", "باحثة", "خبير", "خبيرة", "محلل", "مختص",
    "مسؤول", "مسؤولة", "ناشط", "ناشطة", "محامي", "مدعي", "ممثل", "مندوب", "سكرتير", "ولي", "حاكم", "نقيب",
    "مراسل", "مراسلة", "مدون", "استشاري", "طبيب", "رئيسا",
];

/// Heads of institution names whose genitive can be a title word ("مجلس الوزراء", "رابطة اللاعبين").
const ORG_HEADS: &[&str] = &[
    "مجلس", "رياسه", "هييه", "لجنه", "وزاره", "مكتب", "ديوان", "اتحاد", "نادي", "رابطه", "نقابه", "جمعيه",
    "مجلسي", "مجالس", "امانه", "دار",
];

/// Words that stand for an already named person ("وشدد سموه").
const HONORIFICS: &[&str] = &["سموه", "معاليه", "فخامته", "جلالته", "سعادته", "سماحته", "فضيلته", "دولته"];

/// Words that stand for an already named speaker ("وأضاف هو").
const PRONOUNS: &[&str] = &[
    "سموه", "معاليه", "فخامته", "جلالته", "سعادته", "سماحته", "فضيلته", "دولته", "هو", "هي", "هم", "هما", "نفسه",
    "بدوره", "بدورها", "جانبه", "جانبها",
];

/// Function words that end a name.
const STOPS: &[&str] = &[
    "في", "من", "عن", "الي", "مع", "خلال", "لدي", "عقب", "بعد", "قبل", "امس", "اليوم", "ايضا", "الذي", "التي",
    "الذين", "حيث", "ثم", "او", "قد", "لقد", "كما", "حول", "منذ", "عند", "بين", "امام", "ضد", "نحو", "حتي",
    "غدا", "لان", "ان", "بان", "انه", "انها", "انهم", "لكن", "بينما", "الان", "فيه", "فيها", "ذلك", "هذا",
    "هذه", "تلك", "كل", "يوم", "صباح", "مساء", "اثناء", "وسط", "ازاء", "تجاه", "بشان", "حسب", "وفق", "وفقا",
    "ضمن", "عبر", "لا", "لم", "لن", "ما", "اذا", "اذ", "مساء", "ظهر", "ان", "انه", "مضيفا", "و", "ف", "بعض",
    "البعض", "كان", "كانت", "اكثر", "جدا",
];

fn set(list: &'static [&'static str], cell: &'static OnceLock<HashSet<String>>) -> &'static HashSet<String> {
    cell.get_or_init(|| list.iter().map(|w| normalize(w)).collect())
}

fn titles() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    set(TITLES, &S)
}

fn pronouns() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    set(PRONOUNS, &S)
}

fn honorifics() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    set(HONORIFICS, &S)
}

fn stops() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    set(STOPS, &S)
}

/// A word without a leading و and definite article, for title matching.
pub(crate) fn bare(norm: &str) -> &str {
    let s = norm
        .strip_prefix('و')
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(norm);
    s.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(s)
}

/// True for a title or role word ("الوزير", "ومدرب", "د").
pub(crate) fn is_title(norm: &str) -> bool {
    title_key(norm).is_some()
}

/// The title a word carries, without conjunction, article or possessive ("والوزير" -> "وزير", "رئيسها" -> "رئيس").
pub(crate) fn title_key(norm: &str) -> Option<String> {
    let no_al = |w: &str| w.strip_prefix("ال").filter(|r| r.chars().count() >= 2).map(str::to_owned);
    let no_wa = norm.strip_prefix('و').filter(|r| r.chars().count() >= 2);
    let mut candidates = vec![norm.to_owned()];
    candidates.extend(no_al(norm));
    if let Some(w) = no_wa {
        candidates.push(w.to_owned());
        candidates.extend(no_al(w));
    }
    // "رئيسها", "مدربه": a title with a possessive pronoun.
    let possessed: Vec<String> = candidates
        .iter()
        .filter_map(|c| {
            c.strip_suffix("ها")
                .or_else(|| c.strip_suffix('ه'))
                .filter(|r| r.chars().count() >= 3)
                .map(str::to_owned)
        })
        .collect();
    candidates.extend(possessed);
    candidates.into_iter().find(|c| titles().contains(c))
}

/// True for a plural of people ("قانونيون", "مسؤولون", "اقتصاديون").
pub(crate) fn is_people_plural(norm: &str) -> bool {
    let b = bare(norm);
    (b.ends_with("ون") && b.chars().count() >= 5)
        || ["خبراء", "علماء", "نواب", "سكان", "اهالي", "شهود", "مسؤولو", "مختصو"].contains(&b)
}

pub(crate) fn is_stop(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return true;
    };
    if t.raw == "على" {
        return true;
    }
    if stops().contains(t.norm.as_str()) || super::cues::lookup(&t.norm).is_some() {
        return true;
    }
    // "وعن", "وفي": a conjunction on a function word.
    if let Some(rest) = t.norm.strip_prefix('و')
        && stops().contains(rest)
    {
        return true;
    }
    // "بالمركز", "لرويترز", "للأنباء": a prepositional phrase, not part of a name.
    t.norm.starts_with("بال") || t.norm.starts_with("لل") || t.raw.ends_with('ـ')
}

fn is_quote_mark(raw: &str) -> bool {
    matches!(raw, "«" | "»" | "“" | "”" | "\"")
}

/// Reads who speaks from the tokens `from..to` that follow a reporting verb.
pub(crate) fn after_cue(ctx: &Ctx, from: usize, to: usize) -> Who {
    extract(ctx, from, to).0
}

/// Like [`after_cue`], also returning the index where the name zone stopped.
fn extract(ctx: &Ctx, from: usize, to: usize) -> (Who, usize) {
    // The zone: up to the first comma, colon, function word or reporting word.
    let mut zone_end = from;
    while zone_end < to {
        let Some(t) = ctx.toks.get(zone_end) else {
            break;
        };
        let abbrev_dot = t.raw == "."
            && zone_end > from
            && ctx
                .toks
                .get(zone_end - 1)
                .is_some_and(|p| p.is_word() && p.raw.chars().count() == 1);
        if !(t.is_word() || is_quote_mark(t.raw) || abbrev_dot) || is_stop(ctx, zone_end) {
            break;
        }
        zone_end += 1;
    }
    let (Some(first), Some(last)) = (ctx.toks.get(from), ctx.toks.get(zone_end.wrapping_sub(1))) else {
        return (Who::Implicit, zone_end);
    };
    if zone_end <= from {
        return (Who::Implicit, zone_end);
    }
    if honorifics().contains(first.norm.as_str()) {
        return (Who::Honorific, zone_end);
    }
    if pronouns().contains(first.norm.as_str()) {
        return (Who::Implicit, zone_end);
    }
    let zone = Span::new(first.span.start, last.span.end);
    let mut k = from;
    let mut title = Vec::new();
    let mut title_span: Option<Span> = None;
    // Titles with their genitive nouns and adjectives: "وزير الخارجية الروسي", "صاحب السمو الملكي الأمير".
    while k < zone_end {
        let Some(t) = ctx.toks.get(k) else { break };
        if t.raw == "." || is_quote_mark(t.raw) {
            k += 1;
            continue;
        }
        if !is_title(&t.norm) {
            break;
        }
        title.extend(title_key(&t.norm));
        title_span = Some(Span::new(
            title_span.map_or(t.span.start, |s| s.start),
            t.span.end,
        ));
        k += 1;
        while let Some(n) = ctx.toks.get(k).filter(|_| k < zone_end) {
            let definite = n.norm.starts_with("ال") || n.norm.starts_with("وال");
            if (definite && !is_title(&n.norm)) || n.raw == "." {
                title_span = title_span.map(|s| Span::new(s.start, n.span.end));
                k += 1;
            } else {
                break;
            }
        }
    }
    // A mention in the zone (after the titles) is the best name.
    let name_zone = ctx
        .toks
        .get(k)
        .map_or(zone, |t| Span::new(t.span.start, zone.end));
    if let Some(m) = ctx.speaker_mention(name_zone)
        && (m.label != EntityLabel::Loc || title.is_empty())
    {
        return (
            Who::Named {
                span: m.span,
                entity: Some(m.entity),
                title,
            },
            zone_end,
        );
    }
    let name_start = k;
    let mut count = 0;
    while k < zone_end && count < 5 {
        let Some(t) = ctx.toks.get(k) else { break };
        if is_quote_mark(t.raw) {
            k += 1;
            continue;
        }
        let appositive = count > 0 && is_title(&t.norm) && !t.norm.starts_with("ال");
        if !t.is_word() || appositive || pronouns().contains(t.norm.as_str()) {
            break;
        }
        count += 1;
        k += 1;
    }
    let names: Vec<usize> = (name_start..k)
        .filter(|&i| ctx.toks.get(i).is_some_and(super::Tok::is_word))
        .collect();
    let (Some(&a), Some(&b)) = (names.first(), names.last()) else {
        return match title_span {
            Some(span) => (Who::Title { words: title, span }, k),
            None => (Who::Implicit, k),
        };
    };
    let (Some(ta), Some(tb)) = (ctx.toks.get(a), ctx.toks.get(b)) else {
        return (Who::Implicit, k);
    };
    let span = Span::new(ta.span.start, tb.span.end);
    if names.len() == 1 && ta.norm.starts_with("ال") && title.is_empty() && !is_people_plural(&ta.norm) {
        return (
            Who::Definite {
                word: bare(&ta.norm).to_owned(),
                span,
            },
            k,
        );
    }
    (
        Who::Named {
            span,
            entity: ctx.entity_at(span),
            title,
        },
        k,
    )
}

/// A speaker named before the verb in its clause ("لافروف شدد على", "أما فلان ... فقال", "فلان، خبير ...، يقول").
pub(crate) fn clause_subject(ctx: &Ctx, cue: usize) -> Option<Who> {
    let mut start = ctx.sentence_start(cue);
    for i in (start..cue).rev() {
        if ctx.toks.get(i).is_some_and(|t| t.is_punct(&[":", "/", "|"])) {
            start = i + 1;
            break;
        }
    }
    let topic = ctx.toks.get(start).is_some_and(|t| t.norm == "اما");
    if topic {
        start += 1;
    }
    if start >= cue {
        return None;
    }
    if is_stop(ctx, start) {
        return None;
    }
    let (who, end) = extract(ctx, start, cue);
    let ends_at_comma = end == cue || ctx.toks.get(end).is_some_and(|t| t.is_punct(&["،", ","]));
    match who {
        Who::Named {
            entity: Some(_), ..
        } => Some(who),
        Who::Named { .. } if ends_at_comma || topic => Some(who),
        _ => None,
    }
}

/// Who a headline's "Speaker:" segment names.
pub(crate) fn segment_who(ctx: &Ctx, seg: Span) -> Who {
    if let Some(m) = ctx.speaker_mention(seg)
        && m.label != EntityLabel::Loc
    {
        return Who::Named {
            span: m.span,
            entity: Some(m.entity),
            title: Vec::new(),
        };
    }
    Who::Named {
        span: seg,
        entity: ctx.entity_at(seg),
        title: Vec::new(),
    }
}

struct Known {
    speaker: Speaker,
    title: Vec<String>,
    /// Named with a title, or a person entity (an honorific pronoun refers to one).
    person: bool,
}

/// Resolves every draft's speaker in text order and builds the quotes.
pub(crate) fn resolve(ctx: &Ctx, drafts: Vec<Draft>) -> Vec<Quote> {
    let subject = article_subject(ctx, &drafts);
    let forms: Vec<String> = drafts
        .iter()
        .filter_map(|d| match &d.who {
            Who::Named {
                span, entity: None, ..
            } => Some(make_speaker(ctx, *span, None).name),
            _ => None,
        })
        .collect();
    let mut history: Vec<Known> = Vec::new();
    let mut out = Vec::with_capacity(drafts.len());
    for d in drafts {
        let last = history.last().map(|k| k.speaker.clone());
        let speaker = match &d.who {
            Who::Named {
                span,
                entity,
                title,
            } => {
                let s = make_speaker(ctx, *span, *entity);
                let person = !title.is_empty()
                    || ctx
                        .mentions
                        .iter()
                        .any(|m| m.span.overlaps(*span) && m.label == EntityLabel::Per);
                history.push(Known {
                    speaker: s.clone(),
                    title: title.clone(),
                    person,
                });
                Some(s)
            }
            Who::Title { words, .. } => history
                .iter()
                .rev()
                .find(|k| !k.title.is_empty() && k.title.first() == words.first())
                .map(|k| k.speaker.clone())
                .or_else(|| title_holder(ctx, words, d.span.start))
                .or_else(|| last.clone())
                .or_else(|| subject.clone()),
            Who::Definite { word, span } => Some(
                definite_referent(ctx, &history, word)
                    .unwrap_or_else(|| make_speaker(ctx, *span, ctx.entity_at(*span))),
            ),
            Who::Honorific => history
                .iter()
                .rev()
                .find(|k| k.person)
                .map(|k| k.speaker.clone())
                .or_else(|| last.clone())
                .or_else(|| subject.clone()),
            Who::Implicit | Who::Unknown => last.clone().or_else(|| subject.clone()),
        };
        // A name written in the clause stays as written; a resolved one takes its longest form.
        let speaker = speaker.map(|s| {
            let s = if matches!(d.who, Who::Named { .. }) {
                s
            } else {
                longest_form(s, &forms)
            };
            nearest_mention(ctx, s, d.span.start)
        });
        if let Some(s) = &speaker
            && !matches!(d.who, Who::Named { .. })
        {
            let person = history
                .iter()
                .rev()
                .find(|k| k.speaker.name == s.name)
                .is_some_and(|k| k.person);
            history.push(Known {
                speaker: s.clone(),
                title: Vec::new(),
                person,
            });
        }
        out.push(Quote {
            kind: d.kind,
            span: d.span,
            cue: d.cue,
            speaker,
        });
    }
    out
}

fn make_speaker(ctx: &Ctx, span: Span, entity: Option<usize>) -> Speaker {
    let name = entity
        .and_then(|e| ctx.entities.get(e))
        .map(|e| e.canonical.clone())
        .unwrap_or_else(|| {
            ctx.slice(span)
                .chars()
                .filter(|c| !matches!(c, '«' | '»' | '“' | '”' | '"'))
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        });
    Speaker { name, span, entity }
}

/// The longest form the article gives a name ("أبراهام فوكسمان" for "فوكسمان"), when no entity says it.
fn longest_form(mut s: Speaker, forms: &[String]) -> Speaker {
    if s.entity.is_some() {
        return s;
    }
    let key = normalize(&s.name);
    let longer = forms
        .iter()
        .filter(|f| {
            let n = normalize(f);
            n.len() > key.len() && n.ends_with(&format!(" {key}"))
        })
        .max_by_key(|f| f.len());
    if let Some(f) = longer {
        s.name.clone_from(f);
    }
    s
}

/// The person the article is about: its first person mention, else the first named speaker.
fn article_subject(ctx: &Ctx, drafts: &[Draft]) -> Option<Speaker> {
    if let Some(m) = ctx.mentions.iter().find(|m| m.label == EntityLabel::Per) {
        return Some(make_speaker(ctx, m.span, Some(m.entity)));
    }
    drafts.iter().find_map(|d| match &d.who {
        Who::Named { span, entity, .. } => Some(make_speaker(ctx, *span, *entity)),
        _ => None,
    })
}

/// The name the article gives a title holder: "... وزير الخارجية سيرجي لافروف ..." for "الوزير".
fn title_holder(ctx: &Ctx, words: &[String], before: usize) -> Option<Speaker> {
    let head = words.first()?;
    let end = ctx.tok_at(before);
    for i in (0..end).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        if title_key(&t.norm).as_ref() != Some(head) {
            continue;
        }
        let mut to = i + 1;
        while to < ctx.toks.len() && to - i < 12 && !ctx.ends_sentence(to - 1) {
            to += 1;
        }
        // Read the name after the title as if the title were written plainly.
        if let (
            Who::Named {
                span,
                entity,
                title,
            },
            _,
        ) = extract(ctx, i + 1, to)
        {
            let _ = title;
            return Some(make_speaker(ctx, span, entity));
        }
    }
    None
}

/// "الوزارة" after "وزارة الخارجية الأميركية" spoke: the earlier speaker or organisation with that head word.
fn definite_referent(ctx: &Ctx, history: &[Known], word: &str) -> Option<Speaker> {
    let head_of = |name: &str| {
        normalize(name)
            .split_whitespace()
            .next()
            .map(|w| w.strip_prefix("ال").unwrap_or(w).to_owned())
    };
    if let Some(k) = history
        .iter()
        .rev()
        .find(|k| head_of(&k.speaker.name).as_deref() == Some(word) && k.speaker.name.contains(' '))
    {
        return Some(k.speaker.clone());
    }
    ctx.mentions
        .iter()
        .find(|m| {
            m.label == EntityLabel::Org
                && ctx
                    .entities
                    .get(m.entity)
                    .is_some_and(|e| head_of(&e.canonical).as_deref() == Some(word))
        })
        .map(|m| make_speaker(ctx, m.span, Some(m.entity)))
        .or_else(|| definite_in_text(ctx, word))
}

/// "مجلس الوزراء" written earlier for "المجلس": the head word without ال followed by definite words.
fn definite_in_text(ctx: &Ctx, word: &str) -> Option<Speaker> {
    for (i, t) in ctx.toks.iter().enumerate() {
        let plain = if t.norm == word {
            t.norm.as_str()
        } else {
            match t.norm.strip_prefix('و') {
                Some(p) if p == word => p,
                _ => continue,
            }
        };
        let mut end = i + 1;
        while end < i + 4
            && ctx
                .toks
                .get(end)
                .is_some_and(|n| n.norm.starts_with("ال") || n.norm.starts_with("وال"))
        {
            end += 1;
        }
        if end == i + 1 {
            continue;
        }
        let last = ctx.toks.get(end - 1)?;
        let span = if t.norm.len() > plain.len() {
            Span::new(t.span.start + 'و'.len_utf8(), last.span.end)
        } else {
            Span::new(t.span.start, last.span.end)
        };
        return Some(make_speaker(ctx, span, ctx.entity_at(span)));
    }
    None
}

/// The first person introduced in `from..to` (tokens): a person mention, else a title followed by a name.
pub(crate) fn introduced(ctx: &Ctx, from: usize, to: usize) -> Option<Who> {
    let (Some(a), Some(b)) = (ctx.toks.get(from), ctx.toks.get(to.checked_sub(1)?)) else {
        return None;
    };
    let range = Span::new(a.span.start, b.span.end);
    if let Some(m) = ctx
        .mentions
        .iter()
        .find(|m| range.encloses(m.span) && m.label == EntityLabel::Per)
    {
        return Some(Who::Named {
            span: m.span,
            entity: Some(m.entity),
            title: Vec::new(),
        });
    }
    // Only a title in subject position: no function word since the clause began, not a genitive.
    let mut blocked = false;
    for k in from..to {
        let Some(t) = ctx.toks.get(k) else { break };
        if t.is_punct(&["،", ",", ":"]) || ctx.ends_sentence(k) {
            blocked = false;
            continue;
        }
        // "مجلس الوزراء": a title word as the genitive of an institution is not a person.
        let genitive = t.norm.starts_with("ال")
            && k > from
            && ctx
                .toks
                .get(k - 1)
                .is_some_and(|p| {
                    let n = p.norm.as_str();
                    ORG_HEADS.contains(&n)
                        || n.strip_prefix("ال").is_some_and(|r| ORG_HEADS.contains(&r))
                        || n.strip_prefix('و').is_some_and(|r| ORG_HEADS.contains(&r))
                });
        if !is_title(&t.norm) || genitive {
            blocked |= is_stop(ctx, k);
            continue;
        }
        if blocked {
            continue;
        }
        let (who, _) = extract(ctx, k, to);
        if matches!(who, Who::Named { .. }) {
            return Some(who);
        }
    }
    None
}

/// Points a resolved speaker at the nearest mention of its entity before the quote.
fn nearest_mention(ctx: &Ctx, mut s: Speaker, before: usize) -> Speaker {
    if let Some(e) = s.entity
        && let Some(m) = ctx
            .mentions
            .iter()
            .filter(|m| m.entity == e && m.span.start <= before)
            .last()
    {
        s.span = m.span;
    }
    s
}
