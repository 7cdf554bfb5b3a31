//! Speakers named away from the verb: an organisation or person introduced earlier in the sentence or
//! article, a subject after a fronted phrase, and subjects that cannot speak.

use super::{
    Ctx, CueForm, CueInfo, EntityLabel, NON_SPEAKERS, PART_OF, PLURAL_THING_MIN_LETTERS, Span, Tok,
    Who, cues, speaker,
};

/// "وأطلقت وزارة الصحة حملة ... وأوضحت في بيان أن": an organisation that is the subject of a sentence since the
/// last statement (named right after the sentence's first word, its verb) speaks for a verb without a subject,
/// when the verb's gender agrees with the organisation's head noun (وزارة، هيئة: feminine; مجلس: masculine).
pub(super) fn organisation_since(
    ctx: &Ctx,
    cue: usize,
    info: CueInfo,
    sentence: usize,
    last_end: usize,
) -> Option<Who> {
    if info.form == CueForm::Participle {
        return None;
    }
    let gender = cues::gender(&crate::analysis::normalize::normalize(
        ctx.toks.get(cue)?.raw,
    ))?;
    // This sentence and the ones before it since the last statement (paragraphs are often one sentence), nearest
    // first.
    let mut start = sentence;
    for _ in 0..ORG_SUBJECT_SENTENCES {
        if ctx.toks.get(start).is_none_or(|t| t.span.start < last_end) {
            return None;
        }
        let this = start;
        start = match this.checked_sub(1) {
            Some(p) => ctx.sentence_start(p),
            None => this,
        };
        // "في المقابل رحب تحالف القوى": a discourse phrase may stand before the verb; the organisation follows
        // the verb, a word that is no function word, title or name. "وانتقد نجاد مساعي الولايات المتحدة": past a
        // person the sentence has its subject; a place after a later word is an object.
        let verb = (this..(this + ORG_VERB_REACH).min(cue))
            .take_while(|&v| {
                ctx.toks.get(v).is_some_and(|w| {
                    !ctx.mentions_over(w.span)
                        .any(|m| m.label == EntityLabel::Per)
                })
            })
            .find(|&v| {
                ctx.toks.get(v).is_some_and(|w| {
                    w.is_word()
                        && !speaker::is_stop(ctx, v)
                        && !crate::analysis::quotes::lexicon::is_title(w.key.as_str())
                        && ctx.mentions_over(w.span).next().is_none()
                        && ctx.toks.get(v + 1).is_some_and(|n| {
                            ctx.mentions_over(n.span).any(|m| {
                                matches!(m.label, EntityLabel::Org | EntityLabel::Loc)
                                    && m.span.start == n.span.start
                            })
                        })
                })
            });
        let Some(verb) = verb else {
            continue;
        };
        let k = verb + 1;
        let (Some(first), Some(t)) = (ctx.toks.get(verb), ctx.toks.get(k)) else {
            continue;
        };
        if k >= cue || !first.is_word() {
            continue;
        }
        let Some(m) = ctx.mentions_over(t.span).find(|m| {
            matches!(m.label, EntityLabel::Org | EntityLabel::Loc) && m.span.start == t.span.start
        }) else {
            continue;
        };
        let head = crate::analysis::normalize::normalize(ctx.slice(t.span));
        // "ورحبت تركيا بالمبادرة، وطالبت": a country is feminine as a subject, unless named with the article and
        // no ة ("العراق", "الأردن").
        let country = m.label == EntityLabel::Loc;
        let definite = head.starts_with("ال");
        let head = head.strip_prefix("ال").unwrap_or(&head);
        let feminine = head.ends_with('ه') || (country && !definite);
        if feminine == (gender == cues::Gender::Feminine) {
            return Some(Who::Named {
                span: m.span,
                entity: Some(m.entity),
                title: Vec::new(),
            });
        }
        if this == start {
            return None;
        }
    }
    None
}

/// How many tokens into a sentence [`organisation_since`] looks for its verb ("في المقابل رحب").
pub(super) const ORG_VERB_REACH: usize = 4;

/// How many sentences back [`organisation_since`] looks for an organisation that is a sentence's subject.
pub(super) const ORG_SUBJECT_SENTENCES: usize = 3;

/// How many time adverbs [`who_for`] passes between a reporting verb and its subject ("مساء أمس", "يوم الأحد").
pub(super) const ADVERBS_BEFORE_SUBJECT: usize = 3;

/// How many tokens after the verb a prepositional phrase before its subject may run.
pub(super) const PHRASE_BEFORE_SUBJECT_REACH: usize = 8;

/// Prepositions (normalised, after an optional و) that govern the title after them: it is no subject.
pub(super) const GOVERNING: &[&str] = &[
    "في", "من", "عن", "الي", "مع", "بين", "امام", "ضد", "نحو", "حول", "عند", "لدي", "تجاه", "عبر",
];

/// "وقال لـ«الحياة» مدير التعليم ... إن", "وأكد في تصريح لـ«سبق» المتحدث الرسمي ... أن": the subject (a title or a
/// person) after a prepositional phrase that follows the verb (before `who_end`). Not a title a preposition
/// governs ("في رسالة إلى رئيس"), nor the object of a verbal noun with a pronoun ("خلال لقائه رئيس الوزراء").
pub(super) fn subject_after_phrase(ctx: &Ctx, cue: usize, who_end: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon::is_title;
    let first = ctx.toks.get(cue + 1)?;
    let n = first.key.as_str();
    // "وأكد بدوره", "وقال من جانبه", "وأوضح عقب الاجتماع": a discourse or time phrase before the subject.
    let opens_phrase = matches!(
        n,
        "في" | "خلال" | "ل" | "عقب" | "بعد" | "اثر" | "قبيل" | "من"
    ) || n.starts_with("بدور")
        || first.raw.ends_with('ـ')
        || (n.starts_with('ل') && !n.starts_with("ال"));
    if !opens_phrase {
        return None;
    }
    let end = who_end.min(cue + 1 + PHRASE_BEFORE_SUBJECT_REACH);
    for k in cue + 2..end {
        let t = ctx.toks.get(k)?;
        if ctx.ends_sentence(k) || cue_at_plain(t) {
            return None;
        }
        let key = t.key.as_str();
        let title = t.is_word() && is_title(key) && !key.starts_with('ل') && !key.starts_with('ب');
        let person = ctx
            .mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Per && m.span.start == t.span.start);
        if !(title || person) {
            continue;
        }
        // "مع نظيره البريطاني فلان": what governs a name stands before its adjectives of relation.
        let mut before = k - 1;
        while before > cue + 1
            && person
            && ctx.toks.get(before).is_some_and(|b| {
                let w = b.key.as_str();
                b.is_word() && w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه"))
            })
        {
            before -= 1;
        }
        let prev = ctx.toks.get(before)?;
        let p = prev.key.as_str();
        // "في مؤتمر صحفي", "خلال المؤتمر الصحافي": a title of the nisba form (ـي) agreeing in definiteness with
        // the noun before it is that noun's adjective, no subject.
        let definite = |w: &str| w.starts_with("ال");
        if title
            && !person
            && key.ends_with('ي')
            && prev.is_word()
            && !is_title(p)
            && definite(p) == definite(key)
        {
            continue;
        }
        // "في الوقت نفسه الخبير": نفسه and ذاته close the phrase, they govern nothing.
        // Nor do the discourse phrases "بدوره", "من جانبه", "من جهته".
        let closing = matches!(
            p,
            "نفسه"
                | "ذاته"
                | "نفسها"
                | "ذاتها"
                | "جانبه"
                | "جانبها"
                | "جهته"
                | "جهتها"
                | "ناحيته"
                | "ناحيتها"
        ) || p.starts_with("بدور");
        let governed = prev.raw == "على"
            || GOVERNING.contains(&p.strip_prefix('و').unwrap_or(p))
            || (prev.is_word()
                && !closing
                && !p.starts_with("لل")
                && (p.ends_with('ه') || p.ends_with("ها") || p.ends_with("هم")));
        if governed {
            return None;
        }
        let who = speaker::after_cue(ctx, k, who_end);
        return matches!(who, Who::Named { .. } | Who::Title { .. }).then_some(who);
    }
    None
}

/// A reporting word at a token (another clause starts there).
pub(super) fn cue_at_plain(t: Tok) -> bool {
    cues::lookup(t.key.as_str()).is_some()
}

/// The person named last before the content when the clause's speaker read from its start is not a person, or is
/// a title's genitive that the tagger took for a name ("ومدير تحرير"): "قال استشاري ... البروفيسور فلان: إن".
pub(super) fn closing_person(ctx: &Ctx, cue: usize, who_end: usize, who: Who) -> Who {
    let genitive_of_title = |span: Span| {
        let k = ctx.tok_at(span.start);
        k.checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| {
                let n = p.key.as_str();
                let n = n.strip_prefix('و').unwrap_or(n);
                !n.starts_with("ال") && crate::analysis::quotes::lexicon::is_title(n)
            })
    };
    let replace = match &who {
        Who::Named {
            span,
            entity: Some(e),
            ..
        } => {
            ctx.entities
                .get(*e)
                .is_none_or(|e| e.label != EntityLabel::Per)
                || genitive_of_title(*span)
        }
        Who::Named { entity: None, .. } | Who::Definite { .. } | Who::Title { .. } => true,
        _ => false,
    };
    if !replace {
        return who;
    }
    // "وأكدت اللجنة برئاسة الدكتور فلان أن": the person heading the subject is not who speaks for it.
    let headed = |m: &crate::analysis::Mention| {
        (cue + 1..ctx.tok_at(m.span.start)).any(|k| {
            ctx.toks
                .get(k)
                .is_some_and(|t| HEADED_BY.contains(&t.key.as_str()))
        })
    };
    match speaker::person_closing_zone(ctx, cue + 1, who_end) {
        Some(m) if headed(m) => who,
        // "كل من فلان وعلان": a speaker that holds the closing name already names it.
        Some(m) if !matches!(&who, Who::Named { span, .. } if span.start <= m.span.start && m.span.end <= span.end) => {
            Who::Named {
                span: m.span,
                entity: Some(m.entity),
                title: match who {
                    Who::Named { title, .. } => title,
                    Who::Title { words, .. } => words,
                    _ => Vec::new(),
                },
            }
        }
        _ => who,
    }
}

/// Words (normalised) that name the person heading a body, after the body ("اللجنة برئاسة فلان", "القوة بقيادة").
pub(super) const HEADED_BY: &[&str] = &["برياسه", "بقياده", "باشراف", "برعايه"];

/// "ونقلت الصحيفة عن فلان قوله": the person named after the last عن before the noun قول at token `cue`.
pub(super) fn named_after_an(ctx: &Ctx, sentence: usize, cue: usize) -> Option<Who> {
    // "ونسبت الوكالة إلى مسؤول قوله": نسب إلى is نقل عن.
    let attributed = (sentence..cue).any(|k| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            matches!(key.strip_prefix('و').unwrap_or(key), "نسب" | "نسبت")
        })
    });
    let k = (sentence..cue).rev().find(|&k| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            key == "عن" || (attributed && (key == "الي" || t.raw == "إلى"))
        })
    })?;
    // "نقل التلفزيون عن وزير الداخلية قوله": a title without its holder's name speaks too.
    let named @ (Who::Named { .. } | Who::Title { .. }) = speaker::after_cue(ctx, k + 1, cue)
    else {
        return None;
    };
    Some(named)
}

/// The subject a participle at token `cue` shares with its sentence: the last statement's speaker in the same
/// sentence, else the first person or organisation named earlier in it that is not after a preposition.
pub(super) fn shared_subject(
    ctx: &Ctx,
    cue: usize,
    sentence: usize,
    last: Option<&(usize, Who)>,
) -> Option<Who> {
    if let Some((s, w)) = last
        && *s == sentence
    {
        return Some(w.clone());
    }
    // "ونقل السفير تحيات الرئيس فلان ...، مؤكدا": a title right after the sentence's first verb is its subject,
    // before any name in the verb's object.
    if let Some(title) = subject_title(ctx, cue, sentence) {
        return Some(title);
    }
    // "أطلقه الرئيس فلان ...، مطالبا", "وهنأ مجلس الوزراء ...، منوها": the subject named earlier in the
    // sentence (a person or organisation, not one after a preposition).
    let from = ctx.toks.get(sentence).map_or(0, |t| t.span.start);
    let until = ctx.toks.get(cue).map_or(0, |t| t.span.start);
    if let Some(m) = ctx.mentions_in(Span::new(from, until)).iter().find(|m| {
        matches!(m.label, EntityLabel::Per | EntityLabel::Org)
            && m.span.end <= until
            && !speaker::governed(ctx, m.span)
    }) {
        // "ونعى رئيس هيئة الأركان الفريق فلان الطيار، مؤكدا": an organisation in a title's genitive is the office
        // of the person named after it, who is the subject.
        let m = speaker::holder_after_office(ctx, m, cue).unwrap_or(m);
        return Some(Who::Named {
            span: m.span,
            entity: Some(m.entity),
            title: Vec::new(),
        });
    }
    plural_subject(ctx, cue, sentence)
        .or_else(|| feminine_verb_subject(ctx, cue, sentence))
        .or_else(|| institution_after_verb(ctx, cue, sentence))
}

/// "وجدد المجلس دعمه للقطاع، مطالبا ...": a masculine participle whose sentence opens with a masculine perfect verb
/// and a definite institution head right after it ("المجلس", "الاتحاد") shares that subject: an institution does
/// what the verb says, where a common definite noun after the verb may be its object ("وزار المعرض، مؤكدا").
pub(super) fn institution_after_verb(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon;
    let participle = ctx.toks.get(cue)?;
    let verb = ctx.toks.get(sentence)?;
    let head = ctx.toks.get(sentence + 1)?;
    let h = head.key.as_str();
    if lexicon::bare(participle.key.as_str()).ends_with('ه')
        || !verb.is_word()
        || verb.key.as_str().ends_with('ت')
        || speaker::is_stop(ctx, sentence)
        || sentence + 1 >= cue
        || !head.is_word()
        || !h.starts_with("ال")
        || !lexicon::org_heads().contains(lexicon::bare(h))
    {
        return None;
    }
    Some(Who::Definite {
        word: lexicon::bare(h).to_owned(),
        span: head.span,
    })
}

/// "وانتقدت أحزاب المعارضة القرار، مؤكدة أن ...": a feminine singular participle whose sentence opens with a
/// feminine perfect verb (ending in ت, no function word) shares that verb's subject, read right after it.
pub(super) fn feminine_verb_subject(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon;
    let participle = ctx.toks.get(cue)?;
    let verb = ctx.toks.get(sentence)?;
    let v = verb.key.as_str();
    if !lexicon::bare(participle.key.as_str()).ends_with('ه')
        || !verb.is_word()
        || !v.ends_with('ت')
        || v.chars().count() < 4
        || speaker::is_stop(ctx, sentence)
        || sentence + 1 >= cue
    {
        return None;
    }
    // The subject is a definite noun ("الحكومة") or an indefinite head with its definite genitive ("أحزاب
    // المعارضة"); a definite word after it is the verb's object.
    let definite = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| t.is_word() && t.key.as_str().starts_with("ال"))
    };
    let head = ctx.toks.get(sentence + 1)?;
    if !head.is_word() || speaker::is_stop(ctx, sentence + 1) {
        return None;
    }
    let last = if definite(sentence + 1) {
        sentence + 1
    } else if sentence + 2 < cue && definite(sentence + 2) {
        sentence + 2
    } else {
        return None;
    };
    let span = Span::new(head.span.start, ctx.toks.get(last)?.span.end);
    Some(Who::Named {
        span,
        entity: ctx.entity_at(span),
        title: Vec::new(),
    })
}

/// The title that is the subject of the verb starting the sentence at token `sentence` ("ونقل السفير ..."), for a
/// participle at `cue` later in it: a definite title right after a first word that is no function word.
pub(super) fn subject_title(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon::{is_title, title_key};
    let k = sentence + 1;
    // The first word is a verb: a reporting one ("ونقل") counts, though it is no part of a speaker's name.
    let verb = ctx.toks.get(sentence)?;
    let function_word =
        speaker::is_stop(ctx, sentence) && cues::lookup(verb.key.as_str()).is_none();
    if k >= cue || function_word || !verb.is_word() {
        return None;
    }
    let t = ctx.toks.get(k)?;
    let n = t.key.as_str();
    if !(t.is_word() && n.starts_with("ال") && is_title(n)) {
        return None;
    }
    // "دافع الرئيس الأمريكي فلان": the name after the title and its adjectives is the subject.
    let mut j = k + 1;
    while j < cue && j < k + SUBJECT_TITLE_REACH {
        let Some(n) = ctx.toks.get(j) else { break };
        let key = n.key.as_str();
        if let Some(m) = ctx
            .mentions_over(n.span)
            .find(|m| m.label == EntityLabel::Per && m.span.start == n.span.start)
        {
            return Some(Who::Named {
                span: m.span,
                entity: Some(m.entity),
                title: vec![title_key(t.key.as_str())?.to_owned()],
            });
        }
        if !(n.is_word() && (is_title(key) || key.starts_with("ال"))) {
            break;
        }
        j += 1;
    }
    Some(Who::Title {
        words: vec![title_key(n)?.to_owned()],
        span: t.span,
        headline: false,
    })
}

/// How many title words and adjectives [`subject_title`] passes before the subject's name.
pub(super) const SUBJECT_TITLE_REACH: usize = 5;

/// "وتحدث الأهالي عن معاناتهم، مطالبين البلدية بالتدخل": a plural participle (ـين) agrees with a plural of
/// people that is the subject of the sentence's first verb, the word right after it; that group speaks, never the
/// last (single) speaker.
pub(super) fn plural_subject(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon;
    let participle = ctx.toks.get(cue)?;
    if !lexicon::bare(participle.key.as_str()).ends_with("ين") {
        return None;
    }
    let k = sentence + 1;
    let subject = ctx.toks.get(k).filter(|_| k < cue)?;
    let n = subject.key.as_str();
    (subject.is_word() && n.starts_with("ال") && lexicon::is_people_plural(n)).then(|| Who::Named {
        span: subject.span,
        entity: None,
        title: Vec::new(),
    })
}

/// A person introduced since the last statement (ending at byte `last_end`), in this sentence or the one before
/// it; a participle looks in its own sentence only.
pub(super) fn introduced_since(
    ctx: &Ctx,
    cue: usize,
    info: CueInfo,
    sentence: usize,
    last_end: usize,
) -> Option<Who> {
    let prev_sentence = sentence
        .checked_sub(1)
        .filter(|&p| ctx.toks.get(p).map(|t| t.block) == ctx.toks.get(cue).map(|t| t.block))
        .map_or(sentence, |p| ctx.sentence_start(p));
    let from = (prev_sentence..cue)
        .find(|&k| ctx.toks.get(k).is_some_and(|t| t.span.start >= last_end))
        .unwrap_or(cue);
    // "وقال فلان إن ... . وشارك علان في الندوة. وأضاف أن": a verb that goes on ("أضاف"، "تابع") continues the
    // statement before it in its paragraph; a person named since, in another sentence, has said nothing to add to.
    let goes_on = ctx
        .toks
        .get(cue)
        .is_some_and(|t| super::super::super::resolve::continues(t.key.as_str()))
        && last_end > 0
        && ctx
            .toks
            .get(ctx.tok_at(last_end).saturating_sub(1))
            .map(|t| t.block)
            == ctx.toks.get(cue).map(|t| t.block);
    let from = if info.form == CueForm::Participle || goes_on {
        sentence.max(from)
    } else {
        from
    };
    speaker::introduced(ctx, from, cue)
}

/// Things that "show", "reveal" or "confirm" with a verb of saying, never speakers (normalised, definite): market
/// indicators, weather, results of a match, pictures, events.
pub(super) const INANIMATE_SUBJECTS: &[&str] = &[
    "الموشر",
    "الامطار",
    "السيول",
    "الفوز",
    "الهزيمه",
    "الخساره",
    "التعادل",
    "الصور",
    "الصوره",
    "اللقطات",
    "الحادثه",
    "الحريق",
    "الزلزال",
    "الاسعار",
];

/// "تشير الأرقام إلى أن", "تصريحات فلان تشير إلى أن": statements of things, not of a speaker.
pub(super) fn non_human_subject(ctx: &Ctx, cue: usize, info: CueInfo, who: &Who) -> bool {
    // "وأشار المؤشر إلى ارتفاع", "وكشفت الأمطار عن", "وأكد الفوز تأهل الفريق": a thing for subject, in any tense.
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && !matches!(
            who,
            Who::Named {
                entity: Some(_),
                ..
            }
        )
        && ctx
            .toks
            .get(cue + 1)
            .is_some_and(|n| INANIMATE_SUBJECTS.contains(&n.key.as_str()))
    {
        return true;
    }
    if matches!(
        who,
        Who::Named {
            entity: Some(_),
            ..
        }
    ) {
        return false;
    }
    // "وبينت الإحصاءات أن", "وأكدت الدراسات أن": figures and studies in general, in any tense, are the article's
    // own reading of them.
    if info.form == CueForm::Perfect
        && ctx
            .toks
            .get(cue + 1)
            .is_some_and(|n| NON_SPEAKERS.contains(&n.key.as_str()))
    {
        return true;
    }
    if info.form != CueForm::Imperfect {
        return false;
    }
    let Some(t) = ctx.toks.get(cue) else {
        return false;
    };
    // "ويشير أحد التقديرات إلى أن": a part of the figures, whatever the verb's gender.
    let part_of_figures = ctx
        .toks
        .get(cue + 1)
        .is_some_and(|n| PART_OF.contains(&n.key.as_str()))
        && ctx
            .toks
            .get(cue + 2)
            .is_some_and(|n| NON_SPEAKERS.contains(&n.key.as_str()));
    if part_of_figures {
        return true;
    }
    let verb = if info.wa || info.fa {
        t.key.as_str().chars().skip(1).collect::<String>()
    } else {
        t.key.as_str().to_owned()
    };
    if !verb.starts_with('ت') {
        return false;
    }
    let plural_thing = |k: usize| {
        ctx.toks.get(k).is_some_and(|p| {
            p.block == t.block
                && *who == Who::Implicit
                && ((p.key.as_str().ends_with("ات")
                    && p.key.as_str().chars().count() >= PLURAL_THING_MIN_LETTERS)
                    || NON_SPEAKERS.contains(&p.key.as_str()))
        })
    };
    (cue >= 1 && plural_thing(cue - 1))
        || (cue >= 2 && plural_thing(cue - 2))
        || ctx
            .toks
            .get(cue + 1)
            .is_some_and(|n| NON_SPEAKERS.contains(&n.key.as_str()))
}
