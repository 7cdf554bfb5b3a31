//! Phrases that stand between a cue and its content without being either: outlets, addressees, asides,
//! time, discourse and pious phrases, aliases in parentheses.

use super::{
    ADJUNCT_PREPOSITIONS, BI_WORD_MIN_LETTERS, COMMAS, Ctx, CueForm, CueInfo, EntityLabel, Found,
    GOVERNING, INSTITUTION_HEADS, Marked, NOT_BI_COMPLEMENTS, PRONOUN_PREPOSITIONS, SUFFIXED_COMP,
    TokenKind, after_temporal, cue_at, cues, is_bare_comp, is_comp, is_quote_mark, opener_tok,
    place_or_institution, speaker, takes_preposition,
};

/// How many words after where its object seemed to start a verb flagged [`cues::OWN`] looks for it.
pub(super) const OWN_REACH: usize = 4;

/// Token `k` is a noun with a possessive suffix of the third person ("استعداده", "قلقها", "رغبتهم"), without a
/// conjunction or preposition: the object a verb flagged [`cues::OWN`] needs. `frequent`: only a frequent noun or
/// a noun of stance under the suffix.
pub(super) fn own_position_noun(ctx: &Ctx, k: usize, frequent: bool) -> bool {
    ctx.toks.get(k).is_some_and(|t| {
        let w = t.key.as_str();
        // The key folds ة into ه: "مرونة" is no possessive.
        let taa_marbuta = t
            .raw
            .trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c) || c == '\u{0640}')
            .ends_with('ة');
        t.is_word()
            && !taa_marbuta
            && !w.starts_with("ال")
            && ["ه", "ها", "هم", "هما", "هن"].iter().any(|s| {
                // `frequent`: a frequent noun under the suffix ("استعداد", "رغبت" -> "رغبة"), past the subject's
                // words, where "تجاه" (a preposition) may stand.
                w.strip_suffix(s).is_some_and(|stem| {
                    let stem = stem
                        .strip_suffix('ت')
                        .map_or(stem.to_owned(), |r| format!("{r}ه"));
                    stem.chars().count() >= 3
                        && (!frequent
                            || speaker::stance_noun(&stem)
                            || crate::analysis::entities::lexicon::Lexicon::bundled()
                                .is_common_word(&stem))
                })
            })
    })
}

/// How many tokens after the outlet [`speech_after_outlet`] looks for a complementiser or colon that would
/// introduce the content instead ("وقال لـ«الحياة» مدير التعليم إن").
pub(super) const OUTLET_COMPLEMENT_AHEAD: usize = 12;

/// Token `j` follows the closing mark of a name in marks led by ل ("لـ«سبق»", "لـ \"الوطن\""): the outlet the
/// speaker talked to.
pub(super) fn outlet_ends_before(ctx: &Ctx, marked: &[Marked], j: usize) -> bool {
    let Some(close) = j.checked_sub(1).and_then(|p| ctx.toks.get(p)) else {
        return false;
    };
    if !is_quote_mark(close.raw) {
        return false;
    }
    let Some(m) = marked
        .iter()
        .find(|m| !m.statement && m.close.is_some_and(|c| c.start == close.span.start))
    else {
        return false;
    };
    ctx.tok_at(m.open.start)
        .checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| p.key.as_str() == "ل" || (p.raw.starts_with('ل') && p.raw.ends_with('ـ')))
}

/// "وقالت فلانة لـ«سبق» أتوقع حصول ...": a verb of saying whose content needs no preposition or object, its
/// speaker, then the outlet and a plain word with no complementiser or colon later in the sentence: the speaker's
/// own words start at token `j` (a complementiser of a later reporting verb does not count).
pub(super) fn speech_after_outlet(
    ctx: &Ctx,
    marked: &[Marked],
    i: usize,
    j: usize,
    info: CueInfo,
) -> bool {
    use crate::analysis::quotes::lexicon::is_title;
    let takes_other = cues::NP
        | cues::ILA
        | cues::ALA
        | cues::AN
        | cues::MIN
        | cues::BI
        | cues::LI
        | cues::OBJ
        | cues::VIA;
    if !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        || info.comp & takes_other != 0
        || j < i + 3
        || !outlet_ends_before(ctx, marked, j)
    {
        return false;
    }
    let Some(t) = ctx.toks.get(j) else {
        return false;
    };
    let n = t.key.as_str();
    let plain = t.is_word()
        && !is_comp(t)
        && !is_title(n)
        && !GOVERNING.contains(&n)
        && ctx.mentions_over(t.span).next().is_none()
        && cue_at(ctx, marked, j).is_none()
        && !ctx.ends_sentence(j);
    plain
        && !(j..j + OUTLET_COMPLEMENT_AHEAD)
            .take_while(|&x| {
                x == j || !(ctx.ends_sentence(x - 1) || cue_at(ctx, marked, x).is_some())
            })
            .filter_map(|x| ctx.toks.get(x))
            .any(|x| x.is_punct(&[":"]) || is_comp(x))
}

/// "ودعا مدير الدفاع المدني جميع السكان المقيمين في الأحياء ... ممن لم يغادروا، إلى سرعة الإخلاء": a verb whose
/// object is whom it addresses takes its preposition after a comma that closes a long description of them. The
/// first comma followed by the preposition, within [`LONG_VERB_REACH`] tokens of the finite verb, in its sentence
/// and before any other reporting word, starts the content.
pub(super) fn addressee_then_preposition(
    ctx: &Ctx,
    i: usize,
    info: CueInfo,
    marked: &[Marked],
) -> Option<Found> {
    if info.comp & cues::ADDRESSEE == 0
        || info.comp & (cues::ILA | cues::ALA) == 0
        || !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
    {
        return None;
    }
    for k in i + 2..i + LONG_VERB_REACH {
        let t = ctx.toks.get(k)?;
        if ctx.ends_sentence(k - 1) || cue_at(ctx, marked, k).is_some() || is_comp(t) {
            return None;
        }
        if t.is_punct(COMMAS)
            && ctx
                .toks
                .get(k + 1)
                .is_some_and(|p| takes_preposition(p, info))
            && ctx.toks.get(k + 2).is_some_and(|w| w.is_word())
        {
            return Some(Found::Content {
                start: k + 2,
                who_end: k,
            });
        }
    }
    None
}

/// "وشدد مدير الشرطة، خلال الاجتماع الذي عقد أمس بحضور عدد من الضباط، على ضرورة ...": an adverbial aside between
/// commas after the speaker, opened by a preposition of place or occasion, and the verb's own preposition after
/// the closing comma: the content starts after that preposition. Within [`LONG_VERB_REACH`] tokens of the finite
/// verb, in its sentence, before any other reporting word or complementiser.
pub(super) fn aside_then_preposition(
    ctx: &Ctx,
    i: usize,
    info: CueInfo,
    marked: &[Marked],
) -> Option<Found> {
    if info.comp & (cues::ILA | cues::ALA | cues::AN | cues::MIN) == 0
        || !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
    {
        return None;
    }
    let mut opened: Option<usize> = None;
    for k in i + 2..i + LONG_VERB_REACH {
        let t = ctx.toks.get(k)?;
        if t.block != ctx.toks.get(i)?.block
            || ctx.ends_sentence(k - 1)
            || cue_at(ctx, marked, k).is_some()
            || is_comp(t)
            || is_quote_mark(t.raw)
        {
            return None;
        }
        if !t.is_punct(COMMAS) {
            continue;
        }
        let next = ctx.toks.get(k + 1)?;
        let Some(open) = opened else {
            let n = next.key.as_str();
            if !ADJUNCT_PREPOSITIONS.contains(&n.strip_prefix('و').unwrap_or(n)) {
                return None;
            }
            opened = Some(k);
            continue;
        };
        if takes_preposition(next, info) && ctx.toks.get(k + 2).is_some_and(|w| w.is_word()) {
            return Some(Found::Content {
                start: k + 2,
                who_end: open,
            });
        }
        return None;
    }
    None
}

/// How far a finite verb's complementiser may come after a long speaker zone ("وأكد صاحب السمو ... أمير المنطقة
/// خلال ترؤسه الاجتماع ... بحضور عدد من المسؤولين، أن ...").
pub(super) const LONG_VERB_REACH: usize = 45;

/// Past [`VERB_REACH`], from token `from` to `to`: a complementiser after a comma or written إن/بأن, or a colon,
/// still in the clause's sentence and before any other reporting word, starts the content.
pub(super) fn far_complement(
    ctx: &Ctx,
    from: usize,
    to: usize,
    marked: &[Marked],
) -> Option<Found> {
    let block = ctx.toks.get(from)?.block;
    for j in from..to {
        let t = ctx.toks.get(j)?;
        if t.block != block
            || ctx.ends_sentence(j.saturating_sub(1))
            || cue_at(ctx, marked, j).is_some()
        {
            return None;
        }
        let after_comma = ctx.toks.get(j - 1).is_some_and(|p| p.is_punct(COMMAS));
        let written_inna = t.raw.starts_with("إن") || t.raw.starts_with("بأن");
        if is_comp(t) && (after_comma || written_inna) && !after_temporal(ctx, j) {
            return Some(Found::Content {
                start: j + 1,
                who_end: j,
            });
        }
        if t.is_punct(&[":"]) {
            let next_bare = ctx.toks.get(j + 1).is_some_and(is_bare_comp);
            if let Some(index) = opener_tok(ctx, marked, j + 1) {
                return Some(Found::Direct { index, who_end: j });
            }
            return Some(Found::Content {
                start: j + 1 + usize::from(next_bare),
                who_end: j,
            });
        }
    }
    None
}

/// Where the content starts when a verb that takes ب has a demonstrative object at token `j` followed by its ب
/// complement: after بأن, or at the ب word.
pub(super) fn bi_after_demonstrative(ctx: &Ctx, j: usize, info: CueInfo) -> Option<usize> {
    if info.comp & cues::BI == 0 {
        return None;
    }
    let n = ctx.toks.get(j + 1)?;
    if n.key.as_str() == "بان" || SUFFIXED_COMP.contains(&n.key.as_str()) {
        return Some(j + 2);
    }
    let k = n.key.as_str();
    (k.starts_with('ب')
        && k.chars().count() >= BI_WORD_MIN_LETTERS
        && !NOT_BI_COMPLEMENTS.contains(&k)
        && !PRONOUN_PREPOSITIONS.contains(&k)
        && !place_or_institution(k)
        && ctx.toks.get(j + 2).is_some_and(|x| x.is_word()))
    .then_some(j + 1)
}

/// How many words a name's short form in parentheses may have ("(STC)", "(فيفا)", "(أوبك)").
pub(super) const ALIAS_MAX_WORDS: usize = 3;

/// The number of tokens of "(STC)" at token `j`: a parenthesis right after a word of a name (in a person's or
/// organisation's mention, or an institution's head noun), holding a few words and closed in the same sentence.
pub(super) fn alias_in_parentheses(ctx: &Ctx, j: usize) -> Option<usize> {
    let open = ctx.toks.get(j)?;
    if open.raw != "(" {
        return None;
    }
    let prev = ctx.toks.get(j.checked_sub(1)?)?;
    let after_name = ctx.mentions_over(prev.span).any(|m| {
        m.span.end == prev.span.end && matches!(m.label, EntityLabel::Per | EntityLabel::Org)
    });
    // "وأعلنت شركة الاتصالات المتنقلة (زين)": a body's head word shortly before, though no list knows the name.
    let after_body = prev.is_word()
        && (j.saturating_sub(4)..j).any(|h| {
            ctx.toks.get(h).is_some_and(|t| {
                let bare = crate::analysis::quotes::lexicon::bare(t.key.as_str());
                INSTITUTION_HEADS.contains(&bare)
                    || crate::analysis::quotes::lexicon::org_heads().contains(bare)
            })
        });
    if !after_name && !after_body {
        return None;
    }
    for k in j + 1..=j + 1 + ALIAS_MAX_WORDS {
        let t = ctx.toks.get(k)?;
        if t.raw == ")" {
            return (k > j + 1).then_some(k + 1 - j);
        }
        if !t.is_word() || ctx.ends_sentence(k) {
            return None;
        }
    }
    None
}

/// Nouns of "في هذا الصدد" and its kin (normalised): "in this regard", a phrase that stands between a reporting
/// verb and its complement without breaking the clause ("وأشارت في هذا الصدد إلى").
pub(super) const DISCOURSE_NOUNS: &[&str] = &[
    "الصدد",
    "السياق",
    "الاطار",
    "الشان",
    "الخصوص",
    "المجال",
    "الجانب",
];

/// Adverbs of time written as a phrase (normalised): "من قبل", "في وقت سابق" stand between a verb and its noun
/// phrase ("وكانت الجبهة أعلنت من قبل مسؤوليتها عن").
pub(super) const TIME_PHRASES: &[&[&str]] = &[
    &["من", "قبل"],
    &["في", "وقت", "سابق"],
    &["في", "وقت", "لاحق"],
    &["في", "وقت", "مبكر"],
    &["في", "وقت", "متاخر"],
    &["في", "وقت", "سابق", "اليوم"],
    // "وأعلنت الوزارة الأسبوع الماضي إطلاق ...".
    &["الاسبوع", "الماضي"],
    &["الاسبوع", "المقبل"],
    &["الاسبوع", "الجاري"],
    &["الشهر", "الماضي"],
    &["الشهر", "المقبل"],
    &["الشهر", "الجاري"],
    &["العام", "الماضي"],
    &["العام", "المقبل"],
    &["العام", "الجاري"],
    &["العام", "الحالي"],
];

/// The number of tokens of the longest time phrase at token `j`, if one starts there.
pub(super) fn time_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    year_phrase(ctx, j).or_else(|| fixed_time_phrase(ctx, j))
}

/// "في عام 1432هـ", "في العام 2014م": a year stands between a verb and its noun phrase like a time adverb
/// ("وكانت الوزارة أعلنت في عام 1432هـ انتهاء المرحلة الأولى"). Gives its number of tokens.
pub(super) fn year_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    let is =
        |k: usize, f: &dyn Fn(&str) -> bool| ctx.toks.get(k).is_some_and(|t| f(t.key.as_str()));
    if !(is(j, &|w| w == "في") && is(j + 1, &|w| matches!(w, "عام" | "العام"))) {
        return None;
    }
    let number = ctx
        .toks
        .get(j + 2)
        .is_some_and(|t| t.kind == TokenKind::Number && !ctx.ends_sentence(j + 1));
    if !number {
        return None;
    }
    // The era letter written after the number ("1432هـ", "2015 م").
    let era =
        usize::from(is(j + 3, &|w| matches!(w, "ه" | "هـ" | "م")) && !ctx.ends_sentence(j + 2));
    Some(3 + era)
}

/// The number of tokens of the longest phrase of [`TIME_PHRASES`] at token `j`.
pub(super) fn fixed_time_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    TIME_PHRASES
        .iter()
        .filter(|p| {
            p.iter()
                .enumerate()
                .all(|(o, w)| ctx.toks.get(j + o).is_some_and(|t| t.key.as_str() == *w))
        })
        .map(|p| p.len())
        .max()
}

/// Names of God addressed in a prayer (normalised): "سائلا الله", "داعين المولى".
pub(super) const DIVINE_NAMES: &[&str] = &["الله", "المولي"];

/// Praises after a name of God (normalised), each a phrase: "عز وجل", "تعالى", "سبحانه وتعالى".
pub(super) const PRAISES: &[&[&str]] = &[
    &["عز", "وجل"],
    &["تعالي"],
    &["سبحانه", "وتعالي"],
    &["العلي", "القدير"],
];

/// The number of tokens of "الله عز وجل" (or "المولى تعالى", "الله -عز وجل-" ...) at token `j`, if a name of God
/// starts there.
pub(super) fn divine_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    let is = |k: usize, w: &str| ctx.toks.get(k).is_some_and(|t| t.key.as_str() == w);
    if !DIVINE_NAMES.iter().any(|w| is(j, w)) {
        return None;
    }
    let mut k = j + 1;
    let dash = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| t.is_punct(&["-", "ـ", "–"]))
    };
    let dashed = dash(k);
    if dashed {
        k += 1;
    }
    if let Some(p) = PRAISES
        .iter()
        .find(|p| p.iter().enumerate().all(|(o, w)| is(k + o, w)))
    {
        k += p.len();
        if dashed && dash(k) {
            k += 1;
        }
        return Some(k - j);
    }
    Some(1)
}

/// Words of sameness after a noun ("في الوقت نفسه", "في السياق ذاته"), normalised.
pub(super) const SAME: &[&str] = &["نفسه", "ذاته", "عينه"];

/// The number of tokens of "في هذا الصدد" (or "في هذا السياق" ...) at token `j`, if one starts there; also "في
/// الوقت نفسه" and "في السياق ذاته", which stand there the same way ("مؤكدا في الوقت نفسه أن").
pub(super) fn discourse_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    let is =
        |k: usize, f: &dyn Fn(&str) -> bool| ctx.toks.get(k).is_some_and(|t| f(t.key.as_str()));
    // "مشيدا بالوقت نفسه بمدرب ...": the ب-form of "في الوقت نفسه".
    if is(j, &|n| n.strip_prefix('و').unwrap_or(n) == "بالوقت") && is(j + 1, &|n| SAME.contains(&n))
    {
        return Some(2);
    }
    if !is(j, &|n| n.strip_prefix('و').unwrap_or(n) == "في") {
        return None;
    }
    if is(j + 1, &|n| matches!(n, "هذا" | "هذه" | "ذلك"))
        && is(j + 2, &|n| DISCOURSE_NOUNS.contains(&n))
    {
        return Some(3);
    }
    (is(j + 1, &|n| n == "الوقت" || DISCOURSE_NOUNS.contains(&n))
        && is(j + 2, &|n| SAME.contains(&n)))
    .then_some(3)
}
