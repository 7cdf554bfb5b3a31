//! Who a reporting clause names as its speaker when the subject stands next to the verb.

use super::{
    ADVERBS, ADVERBS_BEFORE_SUBJECT, COMMAS, Ctx, CueForm, CueInfo, EntityLabel, INSTITUTION_HEADS,
    RELATIVE_PRONOUNS, Span, Tok, Who, closing_person, cues, introduced_since, manner_before_comp,
    named_after_an, organisation_since, people_antecedent, returned_at, shared_subject, speaker,
    spoken_to, subject_after_phrase,
};

/// The speaker of a reporting clause: after the verb, else before it, else the clause's shared subject.
pub(super) fn who_for(
    ctx: &Ctx,
    cue: usize,
    info: CueInfo,
    who_end: usize,
    last_end: usize,
    last: Option<&(usize, Who)>,
) -> Who {
    let who = who_for_one(ctx, cue, info, who_end, last_end, last);
    pair_of_dual(ctx, cue, info, who)
}

/// "وأكد الوزيران فلان وعلان أن", "وقالا": a verb in the dual with a person named after it speaks for that person
/// and the one joined to them with و, the pair as written.
pub(super) fn pair_of_dual(ctx: &Ctx, cue: usize, info: CueInfo, who: Who) -> Who {
    let Who::Named {
        span,
        entity: Some(entity),
        title,
    } = &who
    else {
        return who;
    };
    let dual_verb = info.form == CueForm::Perfect
        && ctx.toks.get(cue).is_some_and(|t| {
            let k = t.key.as_str();
            k.ends_with('ا') && !k.ends_with("وا") && cues::gender(k).is_none()
        });
    // "الوزيران", "المسؤولان": a dual subject.
    let dual_subject = ctx.toks.get(cue + 1).is_some_and(|t| {
        let k = t.key.as_str();
        k.starts_with("ال")
            && k.strip_suffix("ان")
                .is_some_and(crate::analysis::quotes::lexicon::is_title)
    });
    if !(dual_verb || dual_subject)
        || ctx
            .entities
            .get(*entity)
            .is_none_or(|e| e.label != EntityLabel::Per)
    {
        return who;
    }
    let after = ctx.tok_at(span.end);
    let Some(next) = ctx.toks.get(after).filter(|t| t.raw.starts_with('و')) else {
        return who;
    };
    let Some(other) = ctx
        .mentions_over(next.span)
        .find(|m| m.label == EntityLabel::Per && m.span.start == next.span.start + 'و'.len_utf8())
    else {
        return who;
    };
    Who::Named {
        span: Span::new(span.start, other.span.end),
        entity: None,
        title: title.clone(),
    }
}

/// Where the object of a verb of describing starts ("وصف", "فسّر": [`cues::BI`] with [`cues::NP`]) when it is a
/// definite common noun, with a nisba adjective after it, right before the ب complement at token `who_end`
/// ("ووصف الوزير [القرار] بأنه", "ووصفت الحكومة [الاتفاق الأوروبي] بالتاريخي"). None when the verb carries its
/// object as a pronoun ("ووصفه الوزير بأنه": the noun after it is the subject) or the noun is a name or title.
pub(super) fn described_object(
    ctx: &Ctx,
    cue: usize,
    first: usize,
    who_end: usize,
    info: CueInfo,
) -> Option<usize> {
    if info.comp & cues::BI == 0
        || info.comp & cues::NP == 0
        || !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
    {
        return None;
    }
    let verb = ctx.toks.get(cue)?;
    let verb = verb.key.as_str();
    if ["ه", "ها", "هم", "هما"].iter().any(|p| verb.ends_with(p)) {
        return None;
    }
    let before_bi = ctx
        .toks
        .get(who_end)
        .is_some_and(|t| t.key.as_str().starts_with('ب'));
    if !before_bi || who_end <= first {
        return None;
    }
    let common_definite = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            t.is_word()
                && t.key.as_str().starts_with("ال")
                && ctx.mentions_over(t.span).next().is_none()
                && !crate::analysis::quotes::lexicon::is_title(t.key.as_str())
        })
    };
    let nisba = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            key.ends_with('ي') || key.ends_with("يه")
        })
    };
    let mut start = who_end - 1;
    if !common_definite(start) {
        return None;
    }
    if start > first && nisba(start) && common_definite(start - 1) && !nisba(start - 1) {
        start -= 1;
    }
    Some(start)
}

/// The speaker of one reporting clause ([`who_for`] before a dual subject is read whole).
pub(super) fn who_for_one(
    ctx: &Ctx,
    cue: usize,
    info: CueInfo,
    who_end: usize,
    last_end: usize,
    last: Option<&(usize, Who)>,
) -> Who {
    let sentence = ctx.sentence_start(cue);
    // "وعاد المدرب ليؤكد": the subject of عاد, else the verb's implicit subject.
    if info.comp & cues::RETURNED != 0 {
        return returned_at(ctx, cue)
            .map(|k| speaker::after_cue(ctx, k + 1, cue))
            .filter(|w| matches!(w, Who::Named { .. } | Who::Title { .. } | Who::Honorific))
            .unwrap_or(Who::Implicit);
    }
    if info.comp & cues::VIA != 0
        && let Some(k) =
            (cue + 1..who_end).find(|&k| ctx.toks.get(k).is_some_and(|t| t.key.as_str() == "عن"))
    {
        let who = speaker::after_cue(ctx, k + 1, who_end);
        if who != Who::Implicit {
            return who;
        }
    }
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && let Some(subject) = speaker::kana_subject(ctx, cue)
    {
        return subject;
    }
    // "وأكد أمس وزير المالية فلان أن", "وقال مساء أمس المتحدث": time adverbs between the verb and its subject.
    let mut first = cue + 1;
    while first < cue + 1 + ADVERBS_BEFORE_SUBJECT
        && ((first + 1 < who_end
            && ctx.toks.get(first).is_some_and(|t| {
                let n = t.key.as_str();
                // "في الوقت الذي أكد فيه الوزير أن": the relative's resumptive فيه before the subject.
                ADVERBS.contains(&n) || n == "يوم" || n == "اول" || n == "فيه" || n == "فيها"
            }))
            || (first < who_end && accusative_adverb(ctx, first))
            || (first < who_end && (spoken_to(ctx, first) || manner_before_comp(ctx, first))))
    {
        first += 1;
    }
    let addressed = addressee_plural(ctx, first, who_end, info);
    let who_end = addressed.unwrap_or(who_end);
    // "وأضاف الوزير بحزن أن": how it was said, between the subject and the complementiser, is no part of the
    // subject.
    let who_end = if who_end > first + 1 && manner_before_comp(ctx, who_end - 1) {
        who_end - 1
    } else {
        who_end
    };
    // "ووصف الوزير القرار بأنه", "ووصف الاتفاق بالتاريخي": what is described stands right before its ب
    // complement; the subject, if any, before it.
    let who_end = described_object(ctx, cue, first, who_end, info).unwrap_or(who_end);
    let who = speaker::after_cue(ctx, first, who_end);
    let who = if who == Who::Implicit {
        subject_after_phrase(ctx, cue, who_end).unwrap_or(who)
    } else {
        who
    };
    // "أما الوزير فلان فقد اعتبر القرار خطوة": the topic speaks and the noun after the verb is its object; "أما
    // البحرين، فيذكر المؤرخ فلان": a title or person after the verb is its subject.
    let person_after = match &who {
        Who::Title { .. } => true,
        Who::Named { entity, .. } => entity
            .and_then(|e| ctx.entities.get(e))
            .is_some_and(|e| e.label == EntityLabel::Per),
        _ => false,
    };
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && !person_after
        && let Some(subject) = speaker::topic_subject(ctx, cue)
    {
        return subject;
    }
    // "ودعا الشباب إلى": a common noun after a verb of addressing is whom it addresses, not who speaks. When the
    // addressed group follows it ("ودعت الوزارة المواطنين إلى"), the definite noun before that group is the
    // subject.
    let addressee = info.comp & cues::ADDRESSEE != 0
        && !feminine_subject_before_prep(ctx, cue, first)
        && !named_body_before_prep(ctx, cue, first)
        && match &who {
            // "وطالبت المعارضة الحكومة بـ": a definite subject, then the body it addresses.
            Who::Definite { span, .. } => {
                addressed.is_none() && !definite_before_object(ctx, *span)
            }
            // "وطالب عدد من السكان بـ": the nominative quantity (its accusative is عددا) is the subject.
            // "وطالبت الحكومة اليمنية المتمردين بـ": the noun phrase before the addressed group is the subject.
            Who::Named {
                entity: None,
                title,
                span,
            } => {
                addressed.is_none()
                    && title.is_empty()
                    && ctx.toks.get(ctx.tok_at(span.start)).is_none_or(|t| {
                        t.key.as_str() != "عدد"
                            && !nominative_plural(t.key.as_str())
                            // "وطالب الأهالي بـ": a definite broken plural of people, whose case does not
                            // show, right after a finite verb is its subject.
                            && !(matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
                                && definite_broken_people_plural(t.key.as_str()))
                    })
                    && !(matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
                        && indefinite_nominative(ctx, ctx.tok_at(span.start)))
                    && !people_before_object(ctx, *span)
            }
            _ => false,
        };
    let who = if addressee { Who::Implicit } else { who };
    let who = if info.form == CueForm::Participle || info.comp & cues::ADDRESSEE != 0 {
        who
    } else {
        closing_person(ctx, cue, who_end, who)
    };
    // A participle's subject is the clause's ("داعيا الجماهير إلى": الجماهير is its object); only an
    // honorific after it names the speaker ("مؤكدا سموه").
    let object = info.form == CueForm::Participle && who != Who::Honorific;
    // "الحكومة تقر موازنة العام المقبل بعجز ...", "النقابة تطالب وزارة العمل بـ": in a headline whose subject
    // stands before the verb, a noun or name after the verb (no title) is its object.
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && matches!(&who, Who::Named { title, .. } if title.is_empty())
        && ctx.toks.get(cue).is_some_and(|t| ctx.heading_like(t.block))
        && let Some(subject) = speaker::clause_subject(ctx, cue)
    {
        return subject;
    }
    if who != Who::Implicit && !object {
        return who;
    }
    if info.form == CueForm::Noun
        && let Some(named) = named_after_an(ctx, sentence, cue)
    {
        return named;
    }
    // "واختتم الوزير تصريحه بالقول": the subject after the sentence's verb when it is a name or title; "واختتم
    // تصريحه بالقول" has none: the last speaker.
    if info.form == CueForm::Noun
        && ctx
            .toks
            .get(cue)
            .is_some_and(|t| t.key.as_str().starts_with('ب'))
    {
        let who = speaker::after_cue(ctx, sentence + 1, cue);
        if matches!(
            &who,
            Who::Named {
                entity: Some(_),
                ..
            } | Who::Title { .. }
        ) {
            return who;
        }
        return introduced_since(ctx, cue, info, sentence, last_end).unwrap_or(Who::Implicit);
    }
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && let Some(issuer) = statement_noun_issuer(ctx, cue, sentence)
    {
        return issuer;
    }
    // "فلان، الذي قال": the relative clause's subject is its antecedent, whatever began the sentence.
    if info.form != CueForm::Participle
        && let Some(antecedent) = relative_antecedent(ctx, cue)
    {
        return antecedent;
    }
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && let Some(subject) = speaker::connective_subject(ctx, cue)
    {
        return subject;
    }
    if !info.wa
        && info.form != CueForm::Participle
        && let Some(subject) = speaker::clause_subject(ctx, cue)
    {
        return subject;
    }
    if info.form == CueForm::Participle
        && let Some(subject) = shared_subject(ctx, cue, sentence, last)
    {
        return subject;
    }
    if info.wa
        && let Some(subject) = speaker::same_subject_in_sentence(ctx, cue, sentence, last)
    {
        return subject;
    }
    introduced_since(ctx, cue, info, sentence, last_end)
        .or_else(|| organisation_since(ctx, cue, info, sentence, last_end))
        .unwrap_or(Who::Implicit)
}

/// Indefinite accusative nouns of a statement (normalised) a relative verb with "فيه"/"فيها" describes: "أصدر
/// المجلس [بيانا] أكد فيه أن".
pub(super) const STATEMENT_OBJECTS: &[&str] = &[
    "بيانا",
    "تقريرا",
    "تصريحا",
    "خطابا",
    "كلمه",
    "رساله",
    "تغريده",
    "مذكره",
    // Studies, articles, interviews and conferences: "نشر الباحث دراسة قال فيها", "عقد مؤتمرا صحفيا أوضح فيه".
    "دراسه",
    "بحثا",
    "مقالا",
    "مقاله",
    "مقابله",
    "حديثا",
    "محاضره",
    "موتمرا",
    "ندوه",
    "كتابا",
];

/// "وأصدر المجلس بيانا أكد فيه أن", "ونشرت الهيئة تقريرا، أشارت فيه إلى أن": the verb describing a statement noun
/// with "فيه"/"فيها" has the subject of the sentence's verb, named between that verb and the noun (a name, or a
/// definite noun standing for a body named earlier).
pub(super) fn statement_noun_issuer(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    if !ctx
        .toks
        .get(cue + 1)
        .is_some_and(|t| matches!(t.key.as_str(), "فيه" | "فيها"))
    {
        return None;
    }
    let mut noun = cue.checked_sub(1)?;
    if ctx.toks.get(noun).is_some_and(|t| t.is_punct(COMMAS)) {
        noun = noun.checked_sub(1)?;
    }
    // "مؤتمرا صحفيا", "كلمة مطولة": one indefinite adjective after the noun.
    let statement_noun = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| t.is_word() && STATEMENT_OBJECTS.contains(&t.key.as_str()))
    };
    if !statement_noun(noun)
        && ctx
            .toks
            .get(noun)
            .is_some_and(|t| t.is_word() && !t.key.as_str().starts_with("ال"))
        && noun.checked_sub(1).is_some_and(statement_noun)
    {
        noun -= 1;
    }
    if !ctx
        .toks
        .get(noun)
        .is_some_and(|t| t.is_word() && STATEMENT_OBJECTS.contains(&t.key.as_str()))
        || noun < sentence + 2
    {
        return None;
    }
    let (who, end) = speaker::extract(ctx, sentence + 1, noun);
    match &who {
        Who::Named {
            entity: Some(_), ..
        }
        | Who::Title { .. }
        | Who::Definite { .. }
            if end == noun =>
        {
            Some(who)
        }
        // "ونشر الباحث فلان دراسة": a name no list knows after its title.
        Who::Named {
            entity: None,
            title,
            ..
        } if end == noun && !title.is_empty() => Some(who),
        _ => None,
    }
}

/// Letters an indefinite accusative needs before it is read as an adverb (not a short name such as رضا).
pub(super) const ACCUSATIVE_ADVERB_MIN_LETTERS: usize = 4;

/// "واعتبرت المحكمة خصوصا أن", "وأكد رسميا أن": an indefinite word in the accusative (written with its alif)
/// right after the verb is an adverb or an object, never the nominative subject; the subject is read after it.
/// A word a mention covers is a name ("أنجيلا").
pub(super) fn accusative_adverb(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    let key = t.key.as_str();
    !key.starts_with("ال")
        && key.ends_with('ا')
        // "ثقتها", "محاميها": a pronoun suffix, not the accusative ending.
        && !key.ends_with("ها")
        // "مراسلنا": a title with "our", the paper's correspondent.
        && !crate::analysis::quotes::speaker::our_title(key)
        && key.chars().count() >= ACCUSATIVE_ADVERB_MIN_LETTERS
        && key.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && ctx.mentions_over(t.span).next().is_none()
}

/// "وطالب السكان الأمانة بـ", "ودعا الخبراء الحكومة إلى": a plural of people followed by another noun before the
/// verb's preposition: the verb's subject, then whom it addresses (an addressee after an implicit subject stands
/// alone before the preposition).
pub(super) fn people_before_object(ctx: &Ctx, span: Span) -> bool {
    let first = ctx.tok_at(span.start);
    let next = ctx.tok_at(span.end);
    let people = ctx.toks.get(first).is_some_and(|t| {
        let key = t.key.as_str();
        crate::analysis::quotes::lexicon::is_people_plural(key.strip_prefix('و').unwrap_or(key))
    });
    // "وطالب سكان جدة بـ": a plural of people in construct with the place they live in, as with a definite
    // genitive ([`construct_subject_before_prep`]).
    let with_place = ctx
        .toks
        .get(first)
        .is_some_and(|t| !t.key.as_str().starts_with("ال"))
        && ctx
            .mentions_over(span)
            .any(|m| m.label == EntityLabel::Loc && ctx.tok_at(m.span.start) == first + 1);
    people
        && (with_place
            || ctx.toks.get(next).is_some_and(|t| {
                let key = t.key.as_str();
                t.is_word()
                    && !speaker::is_stop(ctx, next)
                    && (key.starts_with("ال")
                        || ctx
                            .mentions_over(t.span)
                            .any(|m| m.label == EntityLabel::Org))
            }))
}

/// True when the definite word after `span` starts a noun phrase before the verb's preposition: the speaker
/// reading stopped before it as an object ("المعارضة الحكومة"); or a noun in construct with a definite word
/// ("ودعت الوزارة أولياء الأمور إلى", "وحثت الهيئة أصحاب المحال على").
pub(super) fn definite_before_object(ctx: &Ctx, span: Span) -> bool {
    let next = ctx.tok_at(span.end);
    let definite_word = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            t.is_word() && t.key.as_str().starts_with("ال") && !speaker::is_stop(ctx, k)
        })
    };
    let construct = ctx.toks.get(next).is_some_and(|t| {
        t.is_word()
            && !speaker::is_stop(ctx, next)
            && !t.key.as_str().starts_with("ال")
            && !t.key.as_str().starts_with('ب')
            && !t.key.as_str().starts_with('ل')
            && ctx.mentions_over(t.span).next().is_none()
    }) && definite_word(next + 1);
    definite_word(next) || construct
}

/// True for a definite broken plural of people ("الأهالي", "السكان", "الخبراء"), whose case its spelling does not
/// show.
pub(super) fn definite_broken_people_plural(key: &str) -> bool {
    let key = key.strip_prefix('و').unwrap_or(key);
    key.starts_with("ال")
        && !key.ends_with("ون")
        && !key.ends_with("ين")
        && crate::analysis::quotes::lexicon::is_people_plural(key)
}

/// True for a definite plural of people in the nominative ("المواطنون", "المشاركون"): "وطالب المواطنون بـ" names
/// the subject (whom the verb addresses would be "المواطنين").
pub(super) fn nominative_plural(key: &str) -> bool {
    let key = key.strip_prefix('و').unwrap_or(key);
    key.starts_with("ال")
        && key.ends_with("ون")
        && crate::analysis::quotes::lexicon::is_people_plural(key)
}

/// True when token `k` is an indefinite noun whose spelling shows the nominative: a sound plural in ون
/// ("ناشطون"), or a masculine singular without the alif an indefinite accusative is written with ("متحدث", not
/// "متحدثا") that a preposition follows ("متحدث باسم", "مسؤول في"; a singular before another noun may be in
/// construct, which drops the alif in any case: "طالبا عدم كشف"). After a verb of addressing it is the verb's
/// subject ("ودعا متحدث باسم الحزب إلى"), never whom the verb addresses. Endings that do not show the case
/// (ة/ه, ء, ي, ين, ات) say nothing.
pub(super) fn indefinite_nominative(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    let key = t.key.as_str();
    let shows_case = !key.starts_with("ال")
        && key.chars().count() >= 3
        && key.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && !key.ends_with(['ا', 'ه', 'ء', 'ي', 'ئ', 'ى'])
        && !key.ends_with("ين")
        && !key.ends_with("ات");
    let plural = key.ends_with("ون") && crate::analysis::quotes::lexicon::is_people_plural(key);
    let before_preposition = ctx.toks.get(k + 1).is_some_and(|n| {
        let next = n.key.as_str();
        n.is_word()
            && (crate::analysis::quotes::lexicon::stops().contains(next) || next.starts_with('ب'))
    });
    shows_case && (plural || before_preposition)
}

/// "ودعت الوزارة إلى", "فيما تطالب الهيئة بتشديد": after a feminine verb of addressing, one feminine singular
/// definite noun (in ة) right before the verb's preposition is its subject, not whom it addresses (that would stand
/// between them: "ودعت الوزارة المواطنين إلى").
pub(super) fn feminine_subject_before_prep(ctx: &Ctx, cue: usize, first: usize) -> bool {
    let Some(v) = ctx.toks.get(cue) else {
        return false;
    };
    let verb = v.key.as_str();
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    let feminine_verb = verb.ends_with('ت') || verb.starts_with('ت');
    let noun = ctx.toks.get(first).is_some_and(|t| {
        let n = t.key.as_str();
        t.is_word() && n.starts_with("ال") && n.ends_with('ه') && n.chars().count() >= 5
    });
    let prep = ctx.toks.get(first + 1).is_some_and(|t| {
        let n = t.key.as_str();
        t.is_word()
            && (matches!(n, "الي" | "على" | "علي" | "ان" | "بان")
                || (n.starts_with('ب') && n.chars().count() >= 4))
    });
    first == cue + 1
        && ((feminine_verb && noun && prep) || construct_subject_before_prep(ctx, first))
}

/// "وطالب التحالف بإعادة العد" after "تحالف قوى الدولة" was named: a masculine verb, then a masculine definite
/// noun that takes up the head word of an organisation named earlier, right before the verb's preposition, is
/// that body speaking again, not whom the last speaker addresses ("وطالب الحكومة بـ" does not agree with the
/// verb: its object).
fn named_body_before_prep(ctx: &Ctx, cue: usize, first: usize) -> bool {
    let Some(v) = ctx.toks.get(cue) else {
        return false;
    };
    let verb = v.key.as_str();
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    let masculine_verb = !verb.ends_with('ت') && !verb.starts_with('ت');
    let Some(noun) = ctx.toks.get(first).filter(Tok::is_word) else {
        return false;
    };
    let head = noun
        .key
        .as_str()
        .strip_prefix("ال")
        .filter(|h| !h.ends_with('ه') && h.chars().count() >= 3);
    let prep = ctx.toks.get(first + 1).is_some_and(|t| {
        let n = t.key.as_str();
        t.is_word()
            && (matches!(n, "الي" | "على" | "علي")
                || (n.starts_with('ب') && n.chars().count() >= 4))
    });
    first == cue + 1
        && masculine_verb
        && prep
        && head.is_some_and(|h| ctx.organisation_head_before(h, noun.span.start))
}

/// How many definite words may follow the indefinite head of a construct subject ("أعضاء المجلس البلدي").
pub(super) const CONSTRUCT_DEFINITE_MAX: usize = 2;

/// "وطالب أعضاء المجلس البلدي بزيادة", "وحث سكان الحي على": an indefinite head with its definite genitive (and
/// adjective) right before the verb's preposition is the subject: an addressee after an implicit subject is rarely
/// written as a construct with nothing after it.
pub(super) fn construct_subject_before_prep(ctx: &Ctx, first: usize) -> bool {
    let plain = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| t.is_word() && ctx.mentions_over(t.span).next().is_none())
    };
    let head = ctx.toks.get(first).is_some_and(|t| {
        let n = t.key.as_str();
        !n.starts_with("ال") && n.chars().count() >= 4 && !speaker::is_stop(ctx, first)
    });
    if !head || !plain(first) {
        return false;
    }
    let definite = |k: usize| {
        plain(k)
            && ctx
                .toks
                .get(k)
                .is_some_and(|t| t.key.as_str().starts_with("ال"))
    };
    let mut k = first + 1;
    while k <= first + CONSTRUCT_DEFINITE_MAX && definite(k) {
        k += 1;
    }
    k > first + 1
        && ctx.toks.get(k).is_some_and(|t| {
            let n = t.key.as_str();
            t.is_word()
                && (matches!(n, "الي" | "على" | "علي")
                    || (n.starts_with('ب') && !n.starts_with("بال") && n.chars().count() >= 4)
                    || (n.starts_with("بال") && n.chars().count() >= 6))
        })
}

/// How few letters a definite sound plural has at least to be taken for the addressed group ("المواطنين").
pub(super) const ADDRESSEE_PLURAL_MIN_LETTERS: usize = 6;

/// "ودعا الوزير المواطنين إلى", "وحث المدير الموظفين على": after a verb of addressing, a definite sound plural
/// (ـين، ـون، ـات) after the subject's first word, in no mention and no title, and not the genitive of a title or
/// institution head, is whom it addresses: the speaker zone `first..who_end` ends before it.
pub(super) fn addressee_plural(
    ctx: &Ctx,
    first: usize,
    who_end: usize,
    info: CueInfo,
) -> Option<usize> {
    use crate::analysis::quotes::lexicon;
    if info.comp & cues::ADDRESSEE == 0
        || !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
    {
        return None;
    }
    // "نقابة المهندسين", "رئيس اتحاد الصحفيين": the plural is the genitive of a title or institution head.
    let head_before = |k: usize| {
        ctx.toks.get(k - 1).is_some_and(|p| {
            let n = p.key.as_str();
            let b = lexicon::bare(n);
            // Only a head without the article is in construct with the word after it ("المحافظ السائقين" is not).
            !n.strip_prefix('و').unwrap_or(n).starts_with("ال")
                && (lexicon::is_title(n)
                    || lexicon::org_heads().contains(b)
                    || INSTITUTION_HEADS.contains(&b))
        })
    };
    (first + 1..who_end).find(|&k| {
        ctx.toks.get(k).is_some_and(|t| {
            let n = t.key.as_str();
            let bare = n.strip_prefix('و').unwrap_or(n);
            t.is_word()
                && bare.starts_with("ال")
                && bare.chars().count() >= ADDRESSEE_PLURAL_MIN_LETTERS
                && (bare.ends_with("ين") || bare.ends_with("ون") || bare.ends_with("ات"))
                && ctx.mentions_over(t.span).next().is_none()
                && !lexicon::is_title(n)
                && !head_before(k)
        })
    })
}

/// "الهلال الأحمر الذي أعلن أن", "نائب الوزير فلان الذي قال إن": the verb of a relative clause has the noun
/// before the relative pronoun for subject: the person or organisation named right before it.
pub(super) fn relative_antecedent(ctx: &Ctx, cue: usize) -> Option<Who> {
    let rel = ctx.toks.get(cue.checked_sub(1)?)?;
    if !RELATIVE_PRONOUNS.contains(&rel.key.as_str()) {
        return None;
    }
    // "فلان، الذي قال": past a comma.
    let mut b = cue.checked_sub(2)?;
    if ctx.toks.get(b)?.is_punct(COMMAS) {
        b = b.checked_sub(1)?;
    }
    let before = ctx.toks.get(b)?;
    let Some(m) = ctx.mentions_over(before.span).find(|m| {
        matches!(m.label, EntityLabel::Per | EntityLabel::Org) && m.span.end == before.span.end
    }) else {
        return people_antecedent(ctx, rel.key.as_str(), b);
    };
    // The antecedent is the relative clause's subject whatever governs it ("مع الوزير فلان الذي قال").
    Some(Who::Named {
        span: m.span,
        entity: Some(m.entity),
        title: Vec::new(),
    })
}
