//! Words after a verb that are its object or addressee, not its speaker, and where the speaker's noun phrase
//! stops.

use super::{
    Ctx, EntityLabel, Range, Span, Titles, Who, accusative_plural, bare, is_people_plural, is_stop,
    is_title, org_heads, token_with_previous,
};

/// True when token `k` is a definite word in ة (no person) right after a definite plural of people ("السكان
/// الأمانة", "الخبراء الحكومة"): people take adjectives in the plural, so it starts the verb's object.
pub(super) fn singular_after_people(ctx: &Ctx, k: usize) -> bool {
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
pub(super) const ADDRESSED_BODIES: &[&str] = &[
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
pub(super) fn body_after_definite(ctx: &Ctx, k: usize) -> bool {
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
pub(super) fn people_after_definite_title(ctx: &Ctx, k: usize) -> bool {
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
pub(super) fn definite_before(ctx: &Ctx, k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| {
            let key = p.key.as_str();
            p.is_word() && key.starts_with("ال") && !key.ends_with("ين")
        })
}

/// True when token `k` starts a definite time phrase ("الأسبوع الماضي", "العام المقبل").
pub(super) fn time_after_subject(ctx: &Ctx, k: usize) -> bool {
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
pub(super) fn object_after_bare_title(ctx: &Ctx, k: usize) -> bool {
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
pub(super) const DEFINITE_PLURAL_MIN_LETTERS: usize = 6;

/// True when token `k` is a definite plural in ات after a definite word in the singular, no mention covering
/// either ("وطالبت الهيئة الجهات الحكومية"): a plural is no adjective of a singular, it starts the verb's object.
pub(super) fn plural_after_singular(ctx: &Ctx, k: usize) -> bool {
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
pub(super) const STANCE_NOUNS: &[&str] = &[
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
pub(super) fn possessed_noun(ctx: &Ctx, k: usize) -> bool {
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
pub(super) const CLOSING: &[&str] = &[
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
pub(super) const SPEECH_NOUNS: &[&str] = &[
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
pub(super) const LINEAGE: &[&str] = &["بن", "ابن", "بنت", "ابو", "ال"];

/// True when token `k` is an indefinite word right after a definite one that is no title ("ونفت الوزارة وجود
/// ...", "نفى المتحدث باسم الشرطة صحة ..."): a definite noun's adjectives are definite too and its genitive
/// follows an indefinite head, so the indefinite word starts the verb's object. Only a frequent word of the
/// language or one a definite or frequent word follows (a name the tagger missed is neither), not a known given
/// name, lineage word or person mention; and not after a title's definite complement that may be the object
/// itself ("عدّ الوزير القرار خطوة"), unless that complement is a relative adjective ("المتحدث الرسمي").
pub(super) fn object_after_definite(ctx: &Ctx, k: usize) -> bool {
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
pub(super) fn who_from_name(ctx: &Ctx, run: Range<usize>, titles: Titles) -> Who {
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
