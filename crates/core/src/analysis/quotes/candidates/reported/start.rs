//! Where the content of a statement starts: after the complementiser, after the speaker and its
//! adjuncts, at a verbal-noun object.

use super::{
    ADJUNCT_PREPOSITIONS, ADVERBS, BARE_COMP, BI_WORD_MIN_LETTERS, COMMAS, COMPLEMENT_AHEAD, Ctx,
    CueForm, CueInfo, DEMONSTRATIVES, EntityLabel, LI_WORD_MIN_LETTERS, NOT_BI_COMPLEMENTS,
    NOUNS_IN_IYA, PRONOUN_PREPOSITIONS, RELATIVE_PRONOUNS, SOURCE_NOUNS, SUFFIXED_COMP,
    TEMPORAL_BEFORE_AN, Tok, TokenKind, cues, discourse_phrase, is_quote_mark, speaker,
    time_phrase,
};

/// Nouns of an occasion of speaking (normalised, without the article): "أكد في بيان", "نفت في تصريح لها",
/// "أعلن خلال مؤتمر صحفي".
pub(super) const OCCASION_NOUNS: &[&str] = &[
    "بيان",
    "تصريح",
    "تصريحات",
    "موتمر",
    "كلمه",
    "حديث",
    "لقاء",
    "تقرير",
    "رساله",
    "مقابله",
    "اتصال",
    "تغريده",
    "خطاب",
    "اجتماع",
    "جلسه",
];

/// Adjectives after an occasion noun that are not shaped like adjectives of relation ("تقريرها الأخير").
pub(super) const OCCASION_ADJECTIVES: &[&str] = &[
    "الاخير",
    "الاخيره",
    "الجديد",
    "الاول",
    "مشترك",
    "مشتركه",
    "خاص",
    "خاصه",
    "جديد",
    "جديده",
    "حديث",
    "حديثه",
    "مسجل",
    "مسجله",
    "مطول",
    "مطوله",
    "مقتضب",
    "مقتضبه",
    "منفصل",
    "منفصله",
    "مكتوب",
    "مكتوبه",
    "مصور",
    "مصوره",
    "متلفز",
    "متلفزه",
    "سابق",
    "سابقه",
];

/// How many words after its noun an occasion phrase may run ("في بيان صحفي لها أمس").
pub(super) const OCCASION_REACH: usize = 4;

/// The number of tokens of an occasion phrase at token `at` ("في بيان لها", "خلال مؤتمر صحفي", "في تقريرها
/// الأخير"), if one starts there: the preposition, the noun (maybe with a possessive), its adjectives of relation,
/// a ل with a pronoun and time adverbs.
pub(super) fn occasion_phrase(ctx: &Ctx, at: usize) -> Option<usize> {
    let prep = ctx.toks.get(at)?;
    if !matches!(prep.key.as_str(), "في" | "خلال") {
        return None;
    }
    let noun = ctx.toks.get(at + 1)?;
    // "خلال الاتصال", "في المؤتمر الصحفي": the occasion named with the article, its adjectives definite too.
    let definite_noun = noun.key.as_str().starts_with("ال");
    let word = noun
        .key
        .as_str()
        .strip_prefix("ال")
        .unwrap_or(noun.key.as_str());
    let stem = ["هم", "ها", "ه"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix).filter(|r| r.chars().count() >= 3))
        .unwrap_or(word);
    // "كلمته" is spelled "كلمت" + ه once the suffix is taken: give the ة back.
    let stem_ta = stem.strip_suffix('ت').map(|r| format!("{r}ه"));
    let known = OCCASION_NOUNS.contains(&word)
        || OCCASION_NOUNS.contains(&stem)
        || stem_ta
            .as_deref()
            .is_some_and(|st| OCCASION_NOUNS.contains(&st));
    if !known || ctx.ends_sentence(at) {
        return None;
    }
    // "في بيان صحفي" but "في كلمة ترحيبية", "في تصريحات صحفية": an indefinite adjective in "ية" agrees only with a
    // feminine noun (or a plural of things); after "في بيان" it is the object ("أكد في بيان [أهمية] التعاون").
    let feminine = noun.raw.ends_with('ة') || stem.ends_with("ات") || stem_ta.is_some();
    let mut end = at + 2;
    while end < at + 2 + OCCASION_REACH && !ctx.ends_sentence(end - 1) {
        let Some(tok) = ctx.toks.get(end) else { break };
        let key = tok.key.as_str();
        let bare = key.strip_prefix("ال").unwrap_or(key);
        let relation = bare.ends_with('ي')
            || (bare.ends_with("يه")
                && (feminine || key.starts_with("ال"))
                && !NOUNS_IN_IYA.contains(&key));
        let adjective = tok.is_word()
            && (!definite_noun || key.starts_with("ال"))
            && ctx.mentions_over(tok.span).next().is_none()
            && bare.chars().count() >= 3
            && (relation || OCCASION_ADJECTIVES.contains(&key));
        if adjective || matches!(key, "له" | "لها" | "لهم") || ADVERBS.contains(&key) {
            end += 1;
        } else {
            break;
        }
    }
    Some(end - at)
}

/// True when the tokens right before the comma at token `comma` (after the verb at token `i`) are adverbs set off
/// by a comma before them too ("، اليوم الخميس،"), not an adverb that ends a clause ("أعلنته موسكو الجمعة،").
pub(super) fn set_off_adverbs_before(ctx: &Ctx, i: usize, comma: usize) -> bool {
    let mut k = comma;
    while k > i + 1
        && ctx
            .toks
            .get(k - 1)
            .is_some_and(|p| ADVERBS.contains(&p.key.as_str()))
    {
        k -= 1;
    }
    k < comma && k > i + 1 && ctx.toks.get(k - 1).is_some_and(|p| p.is_punct(COMMAS))
}

/// [`np_start`] from token `k`, after the subject: past time adverbs and an occasion phrase. `definite`: a
/// definite noun there is the object (the subject was named before it).
pub(super) fn np_after_subject(
    ctx: &Ctx,
    i: usize,
    info: CueInfo,
    mut k: usize,
    definite: bool,
) -> Option<usize> {
    let sentence = ctx.sentence_start(i);
    let in_sentence = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            ctx.sentence_start(k) == sentence && t.block == ctx.toks.get(i).map_or(0, |c| c.block)
        })
    };
    let mut occasion = false;
    // "ودانت الوزارة بشدة الهجوم": an adverb after the subject ends it; a definite word after the adverb is the
    // object.
    let mut definite = definite;
    loop {
        if ctx
            .toks
            .get(k)
            .is_some_and(|t| ADVERBS.contains(&t.key.as_str()))
        {
            definite |= k > i + 1;
            k += 1;
        } else if let Some(n) = time_phrase(ctx, k) {
            k += n;
        } else if k > i + 1
            && ctx.toks.get(k).is_some_and(|t| t.is_punct(COMMAS))
            && set_off_adverbs_before(ctx, i, k)
        {
            // "أعلنت الوزارة، اليوم الخميس، تسجيل": the comma that closes the adverb set off.
            k += 1;
        } else if let Some(n) = occasion_phrase(ctx, k).filter(|_| !occasion) {
            // "ونفت الشركة في بيان لها صحة الأنباء".
            occasion = true;
            k += n;
        } else {
            break;
        }
    }
    if let Some(n) = discourse_phrase(ctx, k) {
        k += n;
    }
    let t = ctx.toks.get(k)?;
    let n = t.key.as_str();
    // "مثمنا هذه الخطوة", "ووصف هذا العصر بـ", "وثمّن الوزير هذه المبادرة": a demonstrative before a definite noun
    // starts a participle's, a describing verb's or a verb of position's noun phrase (after another finite verb it confirms what was reported: "وأكد مصدر هذه
    // المعلومات").
    let demonstrative = (info.form == CueForm::Participle
        || info.comp & (cues::BI | cues::POSITION) != 0)
        && DEMONSTRATIVES.contains(&n)
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|x| x.key.as_str().starts_with("ال"));
    // "معتبرا الجائزة تقديرا": a definite noun right after a participle is its object (the participle's subject is
    // the clause's), unless it is a name, title or plural of people.
    let definite_object = (definite || info.form == CueForm::Participle && k == i + 1)
        && n.starts_with("ال")
        && ctx.mentions_over(t.span).next().is_none()
        && !crate::analysis::quotes::lexicon::is_title(n)
        && !crate::analysis::quotes::lexicon::is_people_plural(n);
    // "ونفى المتحدث ما تردد عن استقالته": what was rumoured, the object denied or confirmed.
    let rumour = n == "ما"
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|x| RUMOUR_VERBS.contains(&x.key.as_str()));
    let starts_np = t.is_word()
        && in_sentence(k)
        && (demonstrative || rumour || !speaker::is_stop(ctx, k))
        && !n.starts_with("بال")
        && !n.starts_with("لل")
        && !t.raw.ends_with('ـ')
        && !RELATIVE_PRONOUNS.contains(&n)
        && !PRONOUN_PREPOSITIONS.contains(&n)
        && cues::lookup(n).is_none()
        && !is_comp(t)
        && (definite_object || !subject_like(ctx, t))
        && !honorific(n)
        && (k > i + 1
            || !n.starts_with("ال")
            || matches!(info.form, CueForm::Participle | CueForm::Imperfect));
    // The content has at least two words ("أكد أهمية التعاون", not "أكد ذلك.").
    // A name in marks may be the second word ("أكد جدارة «الأخضر» بالصدارة").
    // A verb of position judges a single definite noun ("ونفت الشركة الشائعات.", "ودان الرئيس الهجوم.").
    let word_at = |x: usize| ctx.toks.get(x).is_some_and(|x| x.is_word()) && in_sentence(x);
    // "أعلنت الوزارة تسجيل [12] إصابة": a number and its counted noun.
    let more = word_at(k + 1)
        || (ctx.toks.get(k + 1).is_some_and(|x| is_quote_mark(x.raw)) && word_at(k + 2))
        || (ctx
            .toks
            .get(k + 1)
            .is_some_and(|x| x.kind == TokenKind::Number && in_sentence(k + 1))
            && word_at(k + 2))
        || (info.comp & cues::POSITION != 0
            && definite_object
            && k > i + 1
            && !DEMONSTRATIVES.contains(&n));
    (starts_np && more).then_some(k)
}

/// Verbs of what was rumoured or reported after ما ("ما تردد", "ما أشيع", "ما نشرته الصحف"), normalised.
pub(super) const RUMOUR_VERBS: &[&str] = &[
    "تردد",
    "يتردد",
    "اشيع",
    "يشاع",
    "نشر",
    "نشرته",
    "تداولته",
    "تناقلته",
    "اثير",
    "يثار",
];

/// An honorific pronoun ("سموه", "معاليه").
pub(super) fn honorific(norm: &str) -> bool {
    crate::analysis::quotes::lexicon::honorifics().contains(norm)
}

/// A word that is the subject of a reporting verb, not its object: a name, a title, a pronoun, a plural of
/// people, an unnamed source, an institution's head noun, or a definite noun ("الشركة").
pub(super) fn subject_like(ctx: &Ctx, t: Tok) -> bool {
    use crate::analysis::quotes::lexicon;
    let n = t.key.as_str();
    let bare = lexicon::bare(n);
    if ctx.mentions_over(t.span).next().is_some() {
        return true;
    }
    if lexicon::is_title(n) || lexicon::pronouns().contains(n) {
        return true;
    }
    // "بتعاون", "لجهود": a prepositional phrase (its ـون is not a plural of people).
    if n.starts_with('ب') || n.starts_with('ل') {
        return false;
    }
    lexicon::is_people_plural(n)
        || SOURCE_NOUNS.contains(&bare)
        || lexicon::org_heads().contains(bare)
        || n.starts_with("ال")
        || institution_before_name(ctx, t)
}

/// Head nouns of institution names (normalised, without the article) that may stand before the name without
/// being part of its mention: "شركة [الاتصالات السعودية]", "منظمة [الصحة العالمية]".
pub(super) const INSTITUTION_HEADS: &[&str] = &[
    "شركه",
    "موسسه",
    "منظمه",
    "مصرف",
    "بنك",
    "صندوق",
    "جامعه",
    "مركز",
    "معهد",
    "حركه",
    "حزب",
    "جماعه",
    "جبهه",
    "وكاله",
    "صحيفه",
    "قناه",
    "محكمه",
    "مجموعه",
    "اداره",
    "بلديه",
    "مستشفي",
    "كليه",
];

/// "وأعلنت شركة [الاتصالات السعودية] إطلاق ...": an institution's head noun right before an organisation's mention
/// is the first word of the subject, not the verb's object.
pub(super) fn institution_before_name(ctx: &Ctx, t: Tok) -> bool {
    let n = t.key.as_str();
    let n = n
        .strip_prefix('و')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(n);
    if !INSTITUTION_HEADS.contains(&n) {
        return false;
    }
    let next = ctx.tok_at(t.span.end);
    ctx.toks.get(next).is_some_and(|x| {
        ctx.mentions_over(x.span)
            .any(|m| m.span.start == x.span.start && m.label == EntityLabel::Org)
    })
}

/// Where the content starts when token `j` of the clause after the reporting word at token `i` introduces it;
/// `broken`: the tokens since the verb cannot all be its subject.
pub(super) fn content_start(
    ctx: &Ctx,
    i: usize,
    j: usize,
    info: CueInfo,
    broken: bool,
    prep_blocked: bool,
) -> Option<usize> {
    complement_start(ctx, j, info, prep_blocked).or_else(|| {
        if broken {
            // "واعترفت الشركة في بيانها بوجود خلل": the verb's ب complement right after an adverbial phrase.
            bi_after_adjunct(ctx, j, info, prep_blocked)
        } else {
            object_start(ctx, i, j, info)
        }
    })
}

/// How many words a participle's noun-phrase object may have before its ب complement ("واصفا مواجهة الغد بالصعبة").
pub(super) const OBJECT_BEFORE_BI: usize = 3;

/// ب-words that go on an adverbial phrase rather than open the verb's complement ("في كلمته بمناسبة ...",
/// "خلال الحفل بحضور ..."), normalised.
pub(super) const ADJUNCT_BI_WORDS: &[&str] = &[
    "بمناسبه",
    "بحضور",
    "برفقه",
    "بمشاركه",
    "بعنوان",
    "بتاريخ",
    "بمقر",
    "بشكل",
    "بصوره",
    "بصفته",
];

/// A verb's ب complement at token `j` after an adverbial phrase broke the speaker zone, where the verb's other
/// prepositions are still its own (`prep_blocked` false): "واعترفت الشركة في بيانها بوجود خلل".
pub(super) fn bi_after_adjunct(
    ctx: &Ctx,
    j: usize,
    info: CueInfo,
    prep_blocked: bool,
) -> Option<usize> {
    if prep_blocked || info.comp & cues::BI == 0 {
        return None;
    }
    let t = ctx.toks.get(j)?;
    let n = t.key.as_str();
    // After the phrase's noun, not its preposition ("في بيانها": بيان is no ب complement); or after the comma
    // that closes an aside ("هدد الوزير، الجمعة، بفرض رسوم").
    let after_word = j
        .checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| {
            let w = p.key.as_str();
            p.is_punct(COMMAS)
                || (p.is_word()
                    && !ADJUNCT_PREPOSITIONS.contains(&w.strip_prefix('و').unwrap_or(w))
                    && !speaker::is_stop(ctx, j - 1))
        });
    (t.is_word()
        && after_word
        && n.starts_with('ب')
        && n.chars().count() >= 4
        && !NOT_BI_COMPLEMENTS.contains(&n)
        && !PRONOUN_PREPOSITIONS.contains(&n)
        && !ADJUNCT_BI_WORDS.contains(&n)
        && !place_or_institution(n)
        && ctx.mentions_over(t.span).next().is_none()
        && ctx.toks.get(j + 1).is_some_and(|x| x.is_word()))
    .then_some(j)
}

/// A complementiser, a colon, or the preposition the verb takes at token `j`: the content starts after it.
pub(super) fn complement_start(ctx: &Ctx, j: usize, info: CueInfo, broken: bool) -> Option<usize> {
    let t = ctx.toks.get(j)?;
    let n = t.key.as_str();
    let next_is_bare = ctx.toks.get(j + 1).is_some_and(is_bare_comp);
    if BARE_COMP.contains(&n) && !after_temporal(ctx, j) {
        return Some(j + 1);
    }
    if SUFFIXED_COMP.contains(&n) {
        return Some(j + 1);
    }
    if t.is_punct(&[":"]) && info.comp & cues::NO_COLON == 0 {
        return Some(if next_is_bare { j + 2 } else { j + 1 });
    }
    let prep = takes_preposition(t, info);
    // "مشيرا إلى أن ...", "لافتة إلى أنه سيطرح": the content starts after the complementiser, with or without
    // its pronoun.
    let next_is_suffixed = ctx
        .toks
        .get(j + 1)
        .is_some_and(|x| SUFFIXED_COMP.contains(&x.key.as_str()));
    if prep && (next_is_bare || next_is_suffixed) {
        return Some(j + 2);
    }
    // "أعرب عن أمله في أن ...", "عن ثقتها أن ...": the feeling expressed, then what it is about.
    if prep && n == "عن" && !broken {
        let feeling = ctx.toks.get(j + 1).is_some_and(|x| {
            let k = x.key.as_str();
            x.is_word()
                && (k.ends_with('ه') || k.ends_with("ها") || k.ends_with("هم") || k.ends_with("نا"))
        });
        let fi = usize::from(ctx.toks.get(j + 2).is_some_and(|x| x.key.as_str() == "في"));
        if feeling && ctx.toks.get(j + 2 + fi).is_some_and(is_bare_comp) {
            return Some(j + 3 + fi);
        }
    }
    // "أعرب عن أمله في أن", "أعلن عن إطلاق": what عن introduces is the statement ("عن طريق" is "by way of").
    // "على هامش", "إلى جانب": a preposition in a set phrase, not the verb's.
    let set_phrase = ctx
        .toks
        .get(j + 1)
        .is_some_and(|x| SET_PHRASE_NOUNS.contains(&x.key.as_str()));
    (prep && !broken && !set_phrase).then_some(j + 1)
}

/// The verb's object or ب/ل complement at token `j` right after the verb: the content starts with it
/// ("وصفه بالكراهية", "يدعو لرفع", "مطالبا الجهات").
pub(super) fn object_start(ctx: &Ctx, i: usize, j: usize, info: CueInfo) -> Option<usize> {
    let t = ctx.toks.get(j)?;
    let n = t.key.as_str();
    let letters = n.chars().count();
    // "واصفا [المباراة بالصعبة]", "مفسرا [التراجع بارتفاع الأسعار]": a participle that takes a noun phrase and a ب
    // complement has both for content ("واصفا إياها [بالناجحة]": a pronoun object stays out).
    if info.form == CueForm::Participle
        && info.comp & cues::BI != 0
        && info.comp & cues::NP != 0
        && j == i + 1
        && t.is_word()
        && !n.starts_with('ب')
        && !n.starts_with("ايا")
        && !speaker::is_stop(ctx, j)
        && (j + 1..=j + OBJECT_BEFORE_BI).any(|bi_at| {
            (j + 1..bi_at).all(|word_at| ctx.toks.get(word_at).is_some_and(|w| w.is_word()))
                && ctx.toks.get(bi_at).is_some_and(|bi| {
                    let key = bi.key.as_str();
                    key.starts_with('ب')
                        && key.chars().count() >= BI_WORD_MIN_LETTERS
                        && !NOT_BI_COMPLEMENTS.contains(&key)
                        && !PRONOUN_PREPOSITIONS.contains(&key)
                        && !place_or_institution(key)
                })
        })
    {
        return Some(j);
    }
    if info.comp & cues::BI != 0
        && n.starts_with('ب')
        && letters >= BI_WORD_MIN_LETTERS
        && !NOT_BI_COMPLEMENTS.contains(&n)
        && !place_or_institution(n)
        && !place_before_person(ctx, j)
    {
        return Some(j);
    }
    // "يدعو لرفع": not "دعا لافروف إلى" (a name in ل, with its complement still to come).
    let complement_ahead = (j + 1..j + 1 + COMPLEMENT_AHEAD).any(|k| {
        ctx.toks
            .get(k)
            .is_some_and(|x| x.key.as_str() == "الي" || is_bare_comp(x))
    });
    let named = ctx.mentions_over(t.span).next().is_some();
    if info.comp & cues::LI != 0
        && j == i + 1
        && n.starts_with('ل')
        && letters >= LI_WORD_MIN_LETTERS
        && !complement_ahead
        && !named
    {
        return Some(j);
    }
    (info.form == CueForm::Participle && info.comp & cues::OBJ != 0 && j == i + 1 && t.is_word())
        .then_some(j)
}

/// True when token `j` is ب on a place the entities found, and a person's name comes right after that place: the
/// place locates the speaker's office ("أشاد عضو المجلس البلدي [بالأحساء] خالد العمر بجهود"), it is not the verb's ب
/// complement.
pub(super) fn place_before_person(ctx: &Ctx, j: usize) -> bool {
    let Some(t) = ctx.toks.get(j) else {
        return false;
    };
    let Some(place) = ctx
        .mentions_over(t.span)
        .find(|m| m.label == EntityLabel::Loc && m.span.start > t.span.start)
    else {
        return false;
    };
    let after = (j + 1..j + 4)
        .filter_map(|k| ctx.toks.get(k))
        .find(|x| x.span.start >= place.span.end);
    after.is_some_and(|x| {
        ctx.mentions_over(x.span)
            .any(|m| m.label == EntityLabel::Per && m.span.start == x.span.start)
    })
}

/// Head nouns of places and institutions besides the organisation heads (normalised): after ب they locate the
/// speaker ("مدير الطرق بمنطقة مكة"), they are not the verb's ب complement.
pub(super) const PLACE_HEADS: &[&str] = &[
    "منطقه",
    "محافظه",
    "مدينه",
    "جامعه",
    "وزاره",
    "فرع",
    "اداره",
    "مركز",
    "شركه",
    "بلديه",
    "مستشفي",
    "كليه",
    "مدرسه",
    "دوله",
    "مملكه",
    "امانه",
    "ولايه",
    "قريه",
    "حي",
];

/// "بمنطقة", "بجامعة", "بالوزارة": ب on a place or institution head noun.
pub(super) fn place_or_institution(norm: &str) -> bool {
    let Some(rest) = norm.strip_prefix('ب') else {
        return false;
    };
    let rest = rest.strip_prefix("ال").unwrap_or(rest);
    PLACE_HEADS.contains(&rest) || crate::analysis::quotes::lexicon::org_heads().contains(rest)
}

/// Nouns after a preposition that make a set phrase, not the verb's complement ("عن طريق", "على هامش", "إلى جانب",
/// "على صعيد").
pub(super) const SET_PHRASE_NOUNS: &[&str] = &[
    // "على حسابه في تويتر", "على موقعها الإلكتروني": where something was published.
    "حساب",
    "حسابه",
    "حسابها",
    "حسابهم",
    "موقع",
    "موقعه",
    "موقعها",
    "صفحته",
    "صفحتها",
    "الرغم",
    "اثر",
    "مدي",
    "طريق",
    "هامش",
    "جانب",
    "صعيد",
    "مستوي",
    "سبيل",
    "خلفيه",
    "غرار",
    "ذلك",
    "حد",
];

/// A bare complementiser (أن، إن، بأن).
pub(super) fn is_bare_comp(t: Tok) -> bool {
    BARE_COMP.contains(&t.key.as_str())
}

/// Any complementiser, bare or with a pronoun suffix.
pub(super) fn is_comp(t: Tok) -> bool {
    is_bare_comp(t) || SUFFIXED_COMP.contains(&t.key.as_str())
}

/// Pronouns of whom the speaker told, with the ل on them (normalised): "قال لنا مرافقنا إن", "قالت لي".
pub(super) const SPOKEN_TO: &[&str] = &["لنا", "لي", "له", "لها", "لهم", "لهما", "لك", "لكم"];

/// True when token `k` right after a reporting verb says whom it was told to ("لنا", "لي"): the subject follows it.
pub(super) fn spoken_to(ctx: &Ctx, k: usize) -> bool {
    ctx.toks
        .get(k)
        .is_some_and(|t| SPOKEN_TO.contains(&t.key.as_str()))
}

/// True when token `k` is ب on an indefinite noun right before the complementiser or a comma ("وقال بحزن إن",
/// "وأضاف بحماس أن"): how it was said, not who said it.
pub(super) fn manner_before_comp(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    let n = t.key.as_str();
    // The noun is one of the language's frequent words ("حزن", "حماس"), and no name ("بوتين").
    let frequent_noun = n.strip_prefix('ب').is_some_and(|rest| {
        crate::analysis::entities::lexicon::Lexicon::bundled().is_common_word(rest)
    });
    t.is_word()
        && n.starts_with('ب')
        && !n.starts_with("بال")
        && n.chars().count() >= 4
        && frequent_noun
        && ctx.mentions_over(t.span).next().is_none()
        && !NOT_BI_COMPLEMENTS.contains(&n)
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|x| is_comp(x) || x.is_punct(COMMAS) || x.is_punct(&[":"]))
}

/// "بعد أن أمضى": the word before token `j` makes its أن temporal.
pub(super) fn after_temporal(ctx: &Ctx, j: usize) -> bool {
    j.checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| TEMPORAL_BEFORE_AN.contains(&p.key.as_str()))
}

/// Token `t` is a preposition the reporting verb takes (إلى، على، من، عن by its flags).
pub(super) fn takes_preposition(t: Tok, info: CueInfo) -> bool {
    let n = t.key.as_str();
    (info.comp & cues::ILA != 0 && (n == "الي"))
        || (info.comp & cues::ALA != 0 && t.raw == "على")
        || (info.comp & cues::MIN != 0 && n == "من")
        || (info.comp & cues::AN != 0 && n == "عن")
}
