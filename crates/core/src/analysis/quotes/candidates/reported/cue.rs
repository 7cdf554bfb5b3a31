//! A reporting cue at a token: which verb, noun or participle it is, whether it needs a preposition, and how
//! far its complement may be.

use super::{
    CLAUSE_OPENERS, COMMAS, Ctx, CueForm, CueInfo, EntityLabel, Marked, NEAR_REACH,
    NEEDS_PREP_REACH, NOT_REPORTING_PARTICLES, NOUN_REACH, PARTICIPLE_REACH,
    PREPOSITIONS_BEFORE_NOUN, RELATIVES, SAY_PARTICIPLE_REACH, Tok, VERB_REACH, attributes_quote,
    cues, honorific, inside_direct, is_comp, subject_like, takes_preposition,
};

/// Kunyas and words of descent (normalised) that a name follows: "أبي طالب", "بن طالب".
pub(super) const KIN_NAME_WORDS: &[&str] = &["ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام"];

/// The reporting word at token `i` when it is used as one: outside the quotes in marks, and a verb here.
pub(super) fn cue_at(ctx: &Ctx, marked: &[Marked], i: usize) -> Option<CueInfo> {
    if inside_direct(ctx, marked, i) {
        return None;
    }
    let t = ctx.toks.get(i)?;
    // "«...» هكذا وصف فلان الوضع", "«...»، بهذه الكلمات وصف فلان ما جرى": the verb attributes the quote before
    // it (the marks pass links them), it reports nothing after it.
    if attributes_quote(ctx, i) {
        return None;
    }
    // "رفض ذكر اسمه": the source's anonymity.
    let anonymity = || {
        ctx.toks.get(i + 1).is_some_and(|n| {
            let n = n.key.as_str();
            DISCLOSURE_NOUNS.contains(&n.strip_prefix("ال").unwrap_or(n))
        })
    };
    // "المتحدثة باسم الوزارة كاثرين راي إن": a word spelled like a verb (راي، بين) after the first word of a
    // person's name is part of the name; a verb with its conjunction ("فلانة فقالت") is still one.
    // "علي بن أبي طالب": a word after a kunya or "son of" is a name, whatever verb it is spelled like.
    let in_name = || {
        ctx.mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Per && m.span.start < t.span.start)
            || i.checked_sub(1)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| KIN_NAME_WORDS.contains(&p.key.as_str()))
    };
    // "...، ليضيف أن": the imperfect with the ل of consequence right after a comma goes on to what the speaker
    // said next.
    let after_comma = || {
        i.checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| p.is_punct(COMMAS))
    };
    cues::lookup_written(t.raw, t.key.as_str())
        .or_else(|| returned_to_say(ctx, i))
        .or_else(|| {
            cues::lookup_purpose(t.key.as_str())
                .filter(|_| after_comma())
                .map(|c| CueInfo {
                    comp: c.comp & !cues::RETURNED,
                    ..c
                })
        })
        .filter(|c| {
            if !(c.wa || c.fa) && in_name() {
                return false;
            }
            if c.comp & cues::ANONYMITY != 0 && anonymity() {
                return false;
            }
            if c.comp & cues::POSITION != 0 && verdict(ctx, i) {
                return false;
            }
            if signs(ctx, i) {
                return false;
            }
            if replied(t.key.as_str()) && !bi_an_after(ctx, i) {
                return false;
            }
            // "وتبين أن": "it turned out", with no subject before the complementiser.
            if turned_out(ctx, i, *c) {
                return false;
            }
            // "عدّ" only with its shadda written: unvowelled it is وعد "promised" or عدت "returned".
            (c.comp & cues::SHADDA == 0 || t.raw.contains('\u{651}'))
                && is_verb_here(ctx, i, *c)
                && prep_if_needed(ctx, i, *c)
        })
}

/// The forms of ردّ "replied" (normalised, with or without a conjunction): a reporting verb only with بأن after
/// it ([`bi_an_after`]).
pub(super) fn replied(key: &str) -> bool {
    let bare = key
        .strip_prefix('و')
        .or_else(|| key.strip_prefix('ف'))
        .unwrap_or(key);
    matches!(bare, "رد" | "ردت" | "ردوا")
}

/// How many tokens after ردّ its بأن may come (the subject and "على ..." between: "وردت الوزارة على النواب بأن").
pub(super) const REPLY_REACH: usize = 6;

/// True when بأن (or بأنه ...) follows token `i` within [`REPLY_REACH`] tokens of its sentence.
pub(super) fn bi_an_after(ctx: &Ctx, i: usize) -> bool {
    (i + 1..=i + REPLY_REACH)
        .take_while(|&k| !ctx.ends_sentence(k - 1))
        .map_while(|k| ctx.toks.get(k))
        .any(|t| matches!(t.key.as_str(), "بان" | "بانه" | "بانها" | "بانهم"))
}

/// What a party signs (normalised, without the article): agreements, memoranda, contracts, treaties.
pub(super) const SIGNED_DOCUMENTS: &[&str] = &[
    "اتفاقيه",
    "اتفاقيات",
    "اتفاق",
    "اتفاقا",
    "مذكره",
    "مذكرات",
    "عقد",
    "عقدا",
    "عقود",
    "معاهده",
    "بروتوكول",
    "ميثاق",
    "صفقه",
];

/// How many tokens after "توقع" its object may come (its subject between: "توقع جامعة الملك فلان اتفاقية").
pub(super) const SIGNS_REACH: usize = 6;

/// "توقع الجامعة اتفاقية مع ...": unvowelled, "توقع" is also "she signs" (تُوقّع); with a document to sign after
/// it, before any complementiser, nothing is reported ("توقع الخبير أن ..." still is).
pub(super) fn signs(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    if !matches!(t.key.as_str(), "توقع" | "وتوقع" | "فتوقع") {
        return false;
    }
    (i + 1..=i + SIGNS_REACH)
        .take_while(|&k| !ctx.ends_sentence(k - 1))
        .map_while(|k| ctx.toks.get(k))
        .take_while(|n| !is_comp(*n))
        .any(|n| {
            let key = n.key.as_str();
            SIGNED_DOCUMENTS.contains(&key.strip_prefix("ال").unwrap_or(key))
        })
}

/// Courts and judges (normalised, without the article): "أدانت المحكمة المتهم" is a verdict, not a position.
pub(super) const COURT_WORDS: &[&str] = &["محكمه", "قاضي", "قاض", "قضاء", "محلفين"];

/// Words of a charge after the convicted ("بتهمة", "بالسجن", "بارتكاب"), normalised.
pub(super) const CHARGE_WORDS: &[&str] = &[
    "بتهمه",
    "بتهم",
    "بالتهم",
    "بالتهمه",
    "بالسجن",
    "بارتكاب",
    "بجريمه",
];

/// How many tokens after the verb of condemning a court or a charge shows it to be a verdict.
pub(super) const VERDICT_REACH: usize = 5;

/// "أدانت المحكمة المتهم بتهمة ..."، "وأدانته محكمة الجنايات بـ...": أدان/دان of a court, or with a charge, is a
/// verdict (no speech); "أدانت الوزارة الهجوم" stays a position reported of the ministry.
pub(super) fn verdict(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    let key = t.key.as_str();
    let bare = key
        .strip_prefix('و')
        .or_else(|| key.strip_prefix('ف'))
        .unwrap_or(key);
    if !(bare.starts_with("ادان") || bare.starts_with("دان")) {
        return false;
    }
    (i + 1..=i + VERDICT_REACH)
        .take_while(|&k| !ctx.ends_sentence(k - 1))
        .filter_map(|k| ctx.toks.get(k))
        .any(|t| {
            let n = t.key.as_str();
            let n = n.strip_prefix("ال").unwrap_or(n);
            COURT_WORDS.contains(&n) || CHARGE_WORDS.contains(&t.key.as_str())
        })
}

/// Forms of عاد ("returned"), normalised, that lead to a verb of saying with the ل of purpose: "وعاد المدرب
/// ليؤكد أن" ("went on to stress").
pub(super) const RETURNED_VERBS: &[&str] = &["عاد", "وعاد", "فعاد", "عادت", "وعادت", "فعادت"];

/// How many tokens before the ل-verb عاد may stand (its subject between: "وعاد رئيس النادي فلان ليؤكد").
pub(super) const RETURNED_REACH: usize = 8;

/// The token of عاد before the ل-verb at token `i`, in its sentence.
pub(super) fn returned_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let from = ctx.sentence_start(i).max(i.saturating_sub(RETURNED_REACH));
    (from..i).rev().find(|&k| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            RETURNED_VERBS.contains(&key)
        })
    })
}

/// "وعاد المدرب ليؤكد أن": a reporting imperfect with the ل of purpose after عاد in its sentence.
pub(super) fn returned_to_say(ctx: &Ctx, i: usize) -> Option<CueInfo> {
    let t = ctx.toks.get(i)?;
    let info = cues::lookup_purpose(t.key.as_str())?;
    returned_at(ctx, i)?;
    Some(info)
}

/// Verbal nouns of disclosing (normalised, without the article): "رفض ذكر اسمه", "رفض الكشف عن هويته", "رفض
/// التعليق".
pub(super) const DISCLOSURE_NOUNS: &[&str] =
    &["ذكر", "كشف", "افصاح", "نشر", "تعليق", "ادلاء", "اعلان"];

/// A reporting word that is also a preposition or adverb (عبر، أجمع) counts only with its own preposition close
/// after it, in its sentence ("وعبر الوزير عن", not "عبر حسابه").
pub(super) fn prep_if_needed(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    // "ونقلت صحيفة «الحياة» عن مصادر": عن within the verb's reach, before its sentence ends.
    if info.comp & cues::VIA != 0 {
        return (i + 1..i + 1 + NEEDS_PREP_REACH)
            .take_while(|&j| !ctx.ends_sentence(j - 1))
            .any(|j| ctx.toks.get(j).is_some_and(|t| t.key.as_str() == "عن"));
    }
    if info.comp & cues::NEEDS_PREP == 0 {
        return true;
    }
    // As a verb it opens its clause ("وعبر فلان عن", "وقد عبر", "،أجمع"); after a noun it is the preposition
    // ("تحدث الوزير عبر حسابه").
    let opens_clause = info.wa
        || info.fa
        || i.checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_none_or(|p| {
                !p.is_word() || ctx.ends_sentence(i - 1) || CLAUSE_OPENERS.contains(&p.key.as_str())
            });
    if !opens_clause {
        return false;
    }
    for j in i + 1..=i + NEEDS_PREP_REACH {
        let Some(t) = ctx.toks.get(j) else {
            return false;
        };
        if takes_preposition(t, info) {
            // "عن طريق": "by way of", not what was expressed.
            return ctx.toks.get(j + 1).is_none_or(|n| n.key.as_str() != "طريق");
        }
        if ctx.ends_sentence(j) {
            return false;
        }
    }
    false
}

/// A perfect verb or verbal noun right after a preposition is a noun ("على كشف مفاعل").
pub(super) fn is_verb_here(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    // The word before, in the same block: a verb that opens a paragraph follows no word of its clause (a title
    // ending in "بعد" is no preposition before it).
    let block = ctx.toks.get(i).map(|t| t.block);
    let Some(prev) = i
        .checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .filter(|p| Some(p.block) == block)
    else {
        return true;
    };
    let prev_norm = prev.key.as_str();
    // "بحسب ما يقول", "مما يعتقد": the verb is inside a relative clause, not a report; but "ما وصفه مسؤولون بأنه
    // ...", "ما اعتبرته الوزارة ...": a describing or deeming verb with its object pronoun and its own subject after
    // it reports how that speaker described the thing.
    if RELATIVES.contains(&prev_norm.strip_prefix('و').unwrap_or(prev_norm)) {
        return prev_norm == "ما" && described_by(ctx, i, info);
    }
    // "وفقا لما أعلنته الوزارة": the relative after an attribution word (the attribution reads it).
    let attributed = prev_norm == "لما"
        && i.checked_sub(2)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|t| {
                let w = t.key.as_str();
                matches!(w.strip_prefix('و').unwrap_or(w), "وفقا" | "طبقا" | "تبعا") || w == "وفقا"
            });
    if attributed {
        return false;
    }
    // "الأمر الذي نفته الوزارة": the verb's object is what was said before; it reports nothing of its own.
    let after_al_amr = i
        .checked_sub(2)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|t| matches!(t.key.as_str(), "الامر" | "والامر"));
    if prev_norm == "الذي" && after_al_amr {
        return false;
    }
    // "يريد أن يقول", "لم يقل", "لن ينفي": a wished, denied or future saying is not a report; "قبل أن يضيف"
    // ("before adding") is the next thing said.
    let before_adding = prev_norm == "ان"
        && i.checked_sub(2)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|t| t.key.as_str() == "قبل");
    if info.form == CueForm::Imperfect
        && !info.wa
        && !before_adding
        && NOT_REPORTING_PARTICLES.contains(&prev_norm)
    {
        return false;
    }
    // "كان متوقعا أن", "بات مؤكدا أن": a participle right after a verb of being is its predicate ("was expected",
    // "became certain"), not a clause reporting the subject's words.
    if info.form == CueForm::Participle && !info.wa && !info.fa && COPULAS.contains(&prev_norm) {
        return false;
    }
    if info.wa || info.fa || !matches!(info.form, CueForm::Perfect) {
        return true;
    }
    !(prev.raw == "على" || PREPOSITIONS_BEFORE_NOUN.contains(&prev_norm))
}

/// Verbs of being (normalised) whose predicate may be spelled like a reporting participle: "كان متوقعا",
/// "ليس مستغربا", "بات مؤكدا".
pub(super) const COPULAS: &[&str] = &[
    "كان",
    "كانت",
    "يكون",
    "تكون",
    "ليس",
    "ليست",
    "بات",
    "باتت",
    "اصبح",
    "اصبحت",
    "صار",
    "صارت",
    "ظل",
    "ظلت",
    "يبدو",
    "بدا",
];

/// "ما وصفه مسؤولون بأنه", "ما اعتبرته الوزارة": after ما, a perfect describing or deeming verb with an object
/// pronoun, whose subject (a name, title, plural of people or definite noun) follows it.
pub(super) fn described_by(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    let w = t.key.as_str();
    info.form == CueForm::Perfect
        && info.comp & (cues::BI | cues::DEEM) != 0
        && (w.ends_with('ه') || w.ends_with("ها"))
        && ctx
            .toks
            .get(i + 1)
            .is_some_and(|n| !ctx.ends_sentence(i) && subject_like(ctx, n))
}

/// How many tokens after the reporting word its content (or the quote it leads into) may start.
pub(super) fn reach(info: CueInfo, raw: &str) -> usize {
    match info.form {
        // "قائلا في بيان على موقعها إن", "قائلا عبر حسابه «...»": the participle of saying reaches past a
        // prepositional phrase.
        CueForm::Participle if info.comp & cues::SAY != 0 => SAY_PARTICIPLE_REACH,
        CueForm::Participle => PARTICIPLE_REACH,
        CueForm::Noun => NOUN_REACH,
        // "بيّن": a shadda shows the verb, not the preposition بين.
        // "وبينت الوزارة", "بينوا": the other forms are verbs only (بين and تبين "it turned out" are not).
        _ if info.comp & cues::NEAR != 0 && !raw.contains('\u{651}') && near_form(raw) => {
            NEAR_REACH
        }
        _ => VERB_REACH,
    }
}

/// True for the forms of a [`cues::NEAR`] verb that are also other words: the bare perfect (بين "between") and
/// the imperfects (تبين "it turned out", يبين), with or without و/ف.
/// "وبين الدكتور فلان الفلاني أن", "وبين مدير الشرطة اللواء فلان أن": بين with its conjunction, then a title or a
/// name, then a complementiser in the sentence with no word joined by و before it (the preposition بين takes two
/// nouns joined by و: "بين الوزير والسفير"), is the verb with its speaker.
pub(super) fn speaker_then_complement(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    use crate::analysis::quotes::lexicon;
    if !(info.wa || info.fa) {
        return false;
    }
    let Some(first) = ctx.toks.get(i + 1) else {
        return false;
    };
    let named = |t: Tok| ctx.mentions_over(t.span).next().is_some();
    let w = first.key.as_str();
    if !(lexicon::is_title(w) || honorific(w) || named(first)) {
        return false;
    }
    for k in i + 2..i + VERB_REACH {
        let Some(t) = ctx.toks.get(k) else {
            return false;
        };
        if ctx.ends_sentence(k - 1) {
            return false;
        }
        if is_comp(t) {
            return true;
        }
        if t.is_word()
            && t.key.as_str().starts_with('و')
            && !named(t)
            && cues::lookup(t.key.as_str()).is_none()
        {
            return false;
        }
    }
    false
}

/// "وتبين أن", "كما تبين أن": the imperfect تبين right before its complementiser is "it turned out" (تبيّن),
/// not "she explains", which names or continues a subject ("وتبين الوزارة أن").
pub(super) fn turned_out(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    let key = t.key.as_str();
    let bare = if info.wa || info.fa {
        key.get(key.char_indices().nth(1).map_or(0, |(b, _)| b)..)
            .unwrap_or(key)
    } else {
        key
    };
    info.form == CueForm::Imperfect
        && matches!(bare, "تبين" | "يتبين")
        && ctx.toks.get(i + 1).is_some_and(is_comp)
}

pub(super) fn near_form(raw: &str) -> bool {
    let n = crate::analysis::normalize::normalize(raw);
    let bare = n
        .strip_prefix('و')
        .or_else(|| n.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(&n);
    !(bare.ends_with('ت') || bare.ends_with("وا"))
}
