//! What a speaker is shown as: the longest form of a name, the article's central person, the organisation a
//! definite noun ("الوزارة") refers to.

use super::{
    Ctx, DEFINITE_FORM_MAX_TOKENS, Draft, EntityLabel, Flags, HOLDER_ZONE, HashMap, HashSet,
    LOOKBACK, Lexicon, Memory, Span, Speaker, Who, extract, in_byline, normalize,
    prefixed_title_key,
};

/// For every trailing part of a written speaker name, the longest name ending with it.
pub(super) fn longest_forms(ctx: &Ctx, drafts: &[Draft]) -> HashMap<String, String> {
    let mut forms: HashMap<String, String> = HashMap::new();
    for d in drafts {
        let Who::Named {
            span, entity: None, ..
        } = &d.who
        else {
            continue;
        };
        let name = make_speaker(ctx, *span, None).name;
        let norm = normalize(&name);
        let words: Vec<&str> = norm.split_whitespace().collect();
        for i in 1..words.len() {
            let key = words.get(i..).unwrap_or_default().join(" ");
            let slot = forms.entry(key).or_default();
            if name.len() > slot.len() {
                slot.clone_from(&name);
            }
        }
    }
    forms
}

pub(super) fn make_speaker(ctx: &Ctx, span: Span, entity: Option<usize>) -> Speaker {
    // "والمتحدث الرسمي": the conjunction on a definite first word is not part of the speaker.
    let span = match ctx.slice(span).strip_prefix('و') {
        Some(rest)
            if rest.starts_with("ال")
                && rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.chars().count() >= 5) =>
        {
            Span::new(span.start + 'و'.len_utf8(), span.end)
        }
        _ => span,
    };
    let surface = || {
        ctx.slice(span)
            .chars()
            .filter(|c| !matches!(c, '«' | '»' | '“' | '”' | '"' | '″'))
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // "ووفقا للشرطة": the ل of the attribution on the article (its alif dropped) is shown as the noun it is,
    // "الشرطة".
    let name = surface();
    let name = match name.strip_prefix("لل") {
        Some(rest)
            if rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().count() >= 3) =>
        {
            format!("ال{rest}")
        }
        _ => name,
    };
    Speaker { name, span, entity }
}

/// The longest form the article gives a name ("أبراهام فوكسمان" for "فوكسمان"): the entity's canonical name, else
/// the longest speaker name that ends with it.
pub(super) fn longest_form(ctx: &Ctx, mut s: Speaker, forms: &HashMap<String, String>) -> Speaker {
    if let Some(e) = s.entity.and_then(|e| ctx.entities.get(e)) {
        s.name.clone_from(&e.canonical);
        return s;
    }
    if let Some(f) = forms.get(&normalize(&s.name)) {
        s.name.clone_from(f);
    }
    s
}

/// The person the article names most often (outside the dateline; the first named of those tied), at their first
/// mention: who a title the article gives no holder for most likely stands for ("افتتح الدكتور فلان المعرض ...
/// وجال فلان ... وقال رئيس الهيئة إن").
pub(super) fn central_person(ctx: &Ctx) -> Option<Speaker> {
    let mut best: Option<(&crate::analysis::Mention, usize)> = None;
    for e in ctx.entities.iter().filter(|e| e.label == EntityLabel::Per) {
        let mentions: Vec<&crate::analysis::Mention> = e
            .mentions
            .iter()
            .filter_map(|&m| ctx.mentions.get(m))
            .filter(|m| !in_byline(ctx, m.span))
            .collect();
        let Some(first) = mentions.iter().min_by_key(|m| m.span.start) else {
            continue;
        };
        let n = mentions.len();
        let better =
            best.is_none_or(|(b, bn)| n > bn || (n == bn && first.span.start < b.span.start));
        if better {
            best = Some((first, n));
        }
    }
    best.map(|(m, _)| make_speaker(ctx, m.span, Some(m.entity)))
}

/// The person the article is about: its first person mention, else the first named speaker.
pub(super) fn article_subject(ctx: &Ctx, drafts: &[Draft]) -> Option<Speaker> {
    // A name of two words or more, or one the article repeats: a lone word named once (often a verb of the
    // headline the tagger took for a name, "أمير الرياض يفتتح") is the subject only when there is no other.
    let sure = |m: &&crate::analysis::Mention| super::super::speaker::sure_name(ctx, m);
    let persons = || {
        ctx.mentions
            .iter()
            .filter(|m| m.label == EntityLabel::Per && !in_byline(ctx, m.span))
    };
    if let Some(m) = persons().find(sure).or_else(|| persons().next()) {
        return Some(make_speaker(ctx, m.span, Some(m.entity)));
    }
    drafts.iter().find_map(|d| match &d.who {
        Who::Named { span, entity, .. } => Some(make_speaker(ctx, *span, *entity)),
        _ => None,
    })
}

/// The name the article gives a title holder: "... وزير الخارجية سيرجي لافروف ..." for "الوزير".
pub(super) fn title_holder(
    ctx: &Ctx,
    words: &[String],
    before: usize,
    forward: bool,
) -> Option<Speaker> {
    let head = words.first()?;
    let end = ctx.tok_at(before);
    // Nearest before; a headline looks ahead into the body as well.
    let ahead = if forward {
        end + 1..(end + LOOKBACK).min(ctx.toks.len())
    } else {
        0..0
    };
    let behind = ctx
        .titled_loosely(head, end.saturating_sub(LOOKBACK)..end)
        .rev();
    for i in behind.chain(ctx.titled_loosely(head, ahead)) {
        let Some(t) = ctx.toks.get(i) else { continue };
        // "للباحث المصري فلان": the title may carry a preposition where the article introduces its holder.
        let n = t.key.as_str();
        let prefixed = prefixed_title_key(n) == Some(head.as_str());
        // "الأمير فلان رئيس وزراء البحرين", "السفير فلان، المتحدث باسم الرئاسة": the person the title stands
        // after, in apposition (past one comma, when the title carries no و that would start another person).
        let comma_before = i
            .checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| {
                p.is_punct(super::super::context::COMMAS) && !n.starts_with('و') && !prefixed
            });
        if let Some(m) = i
            .checked_sub(1 + usize::from(comma_before))
            .and_then(|p| ctx.toks.get(p))
            .and_then(|p| {
                ctx.mentions_over(p.span)
                    .find(|m| m.label == EntityLabel::Per && m.span.end == p.span.end)
            })
        {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
        let mut to = i + 1;
        while to < ctx.toks.len() && to - i < HOLDER_ZONE && !ctx.ends_sentence(to - 1) {
            to += 1;
        }
        // "الناطق بلسان الجيش": the body spoken for is no name; the holder is named after it, if at all.
        if ctx
            .toks
            .get(i + 1)
            .is_some_and(|n| super::super::speaker::on_behalf(n.key.as_str()))
        {
            if let Some((m, _)) = super::super::speaker::person_after_title(ctx, i + 1, to) {
                return Some(make_speaker(ctx, m.span, Some(m.entity)));
            }
            continue;
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
            // A name the tagger missed starts with a plain word; a definite word right after the title is its
            // complement or the verb's object ("عدّ الوزير القرار خطوة"), no name ("آل" is: "آل خليفة").
            // A frequent word that is no given name is the clause's verb or object ("اختيار المدرب جاء بعد").
            let lexicon = Lexicon::bundled();
            let plain_name = entity.is_some()
                || normalize(ctx.slice(span))
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| {
                        w == "ال"
                            || (!(w.starts_with("ال") || w.starts_with("وال"))
                                && (!lexicon.is_common_word(w)
                                    || lexicon.flags(w).contains(Flags::GIVEN)))
                    });
            let person = plain_name
                && entity
                    .and_then(|e| ctx.entities.get(e))
                    .is_none_or(|e| e.label == EntityLabel::Per);
            if person {
                return Some(make_speaker(ctx, span, entity));
            }
        }
        // "سفير فرنسا لدى المملكة فلان": the holder named after the title's complements, when the title's
        // genitive is a named place or organisation (not a common noun, which may be the verb's object: "ونقل
        // السفير تحيات الرئيس فلان").
        let named_complement = ctx.toks.get(i + 1).is_some_and(|n| {
            ctx.mentions_over(n.span).any(|m| {
                m.span.start == n.span.start
                    && matches!(m.label, EntityLabel::Loc | EntityLabel::Org)
            })
        });
        // "المدير التنفيذي للشركة فلان", "الأمين العام لمجلس التعاون فلان": the title's relative adjective (or
        // عام) then its complements.
        let title_adjective = ctx.toks.get(i + 1).is_some_and(|n| {
            let k = n.key.as_str();
            k == "العام"
                || k == "عام"
                || (k.starts_with("ال") && (k.ends_with('ي') || k.ends_with("يه")))
        });
        if (named_complement || title_adjective)
            && let Some((m, _)) = super::super::speaker::person_after_title(ctx, i + 1, to)
        {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    None
}

/// "الوزارة" after "وزارة الخارجية الأميركية" spoke: the earlier speaker or organisation with that head word.
pub(super) fn definite_referent(
    ctx: &Ctx,
    memory: &Memory,
    word: &str,
    before: usize,
) -> Option<Speaker> {
    if let Some(s) = memory.by_head.get(word) {
        return Some(s.clone());
    }
    let head_of = |name: &str| {
        normalize(name)
            .split_whitespace()
            .next()
            .map(|w| w.strip_prefix("ال").unwrap_or(w).to_owned())
    };
    ctx.entities
        .iter()
        .find(|e| e.label == EntityLabel::Org && head_of(&e.canonical).as_deref() == Some(word))
        .and_then(|e| e.mentions.first())
        .and_then(|&m| ctx.mentions.get(m))
        .map(|m| make_speaker(ctx, m.span, Some(m.entity)))
        .or_else(|| definite_in_text(ctx, &memory.spoken, word, before))
        .or_else(|| {
            memory
                .fields
                .get_or_init(|| ministries(ctx))
                .get(&format!("ال{word}"))
                .cloned()
        })
}

/// "الصحة تحذر", "الداخلية: ...": a definite noun that is the second word of an organisation's name the article
/// gives ("وزارة الصحة") stands for the ministry or body named by its field. The organisations by that word
/// (normalised), the first of each, read once per article.
pub(super) fn ministries(ctx: &Ctx) -> HashMap<String, Speaker> {
    let mut map = HashMap::new();
    for e in ctx.entities.iter().filter(|e| e.label == EntityLabel::Org) {
        let Some(field) = normalize(&e.canonical)
            .split_whitespace()
            .nth(1)
            .map(str::to_owned)
        else {
            continue;
        };
        if let Some(m) = e.mentions.first().and_then(|&m| ctx.mentions.get(m)) {
            map.entry(field)
                .or_insert_with(|| make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    map
}

/// "مجلس الوزراء" written earlier for "المجلس": the head word without ال followed by definite words, the nearest
/// such form; but of the organisations named after that head word ("شركة أرامكو" and later "شركة سينوبك"), one
/// that has already spoken (in `spoken`) is the one the article goes on quoting.
pub(super) fn definite_in_text(
    ctx: &Ctx,
    spoken: &HashSet<usize>,
    word: &str,
    before: usize,
) -> Option<Speaker> {
    let end = ctx.tok_at(before);
    let mut nearest: Option<Speaker> = None;
    for i in (end.saturating_sub(LOOKBACK)..end).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        let plain = if t.key.as_str() == word {
            t.key.as_str()
        } else {
            match t.key.as_str().strip_prefix('و') {
                Some(p) if p == word => p,
                _ => continue,
            }
        };
        // "شركة أرامكو السعودية" for "الشركة": the organisation named right after the head word.
        if let Some(m) = ctx.toks.get(i + 1).and_then(|n| {
            ctx.mentions_over(n.span)
                .find(|m| m.label == EntityLabel::Org && m.span.start == n.span.start)
        }) {
            if spoken.contains(&m.entity) {
                return Some(make_speaker(ctx, m.span, Some(m.entity)));
            }
            nearest.get_or_insert_with(|| make_speaker(ctx, m.span, Some(m.entity)));
            continue;
        }
        if nearest.is_some() {
            continue;
        }
        let mut end = i + 1;
        while end < i + DEFINITE_FORM_MAX_TOKENS
            && ctx.toks.get(end).is_some_and(|n| {
                n.key.as_str().starts_with("ال") || n.key.as_str().starts_with("وال")
            })
        {
            end += 1;
        }
        if end == i + 1 {
            continue;
        }
        let last = ctx.toks.get(end - 1)?;
        let span = if t.key.as_str().len() > plain.len() {
            Span::new(t.span.start + 'و'.len_utf8(), last.span.end)
        } else {
            Span::new(t.span.start, last.span.end)
        };
        return Some(make_speaker(ctx, span, ctx.entity_at(span)));
    }
    nearest
}

/// Points a resolved speaker at the nearest mention of its entity before the quote.
pub(super) fn nearest_mention(ctx: &Ctx, mut s: Speaker, before: usize) -> Speaker {
    if let Some(e) = s.entity.and_then(|e| ctx.entities.get(e))
        && let Some(m) = {
            // The entity's mentions are in text order: the last one starting before the quote.
            let k = e
                .mentions
                .partition_point(|&i| ctx.mentions.get(i).is_some_and(|m| m.span.start <= before));
            k.checked_sub(1)
                .and_then(|k| e.mentions.get(k))
                .and_then(|&i| ctx.mentions.get(i))
        }
    {
        s.span = m.span;
    }
    s
}
