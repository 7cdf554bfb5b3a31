//! Adjectives and participles after a head: whether they agree with it and so describe it (part of the
//! name) or start something else.

use super::{
    Context, Flags, TIME_AFTER_FIELD, is_name_word, joined, prepositional_place, with_previous,
};

/// Ordinal adjectives: after a head ("المركز الثاني") they make a rank, not a name.
pub(super) const ORDINALS: [&str; 12] = [
    "الاول",
    "الاولي",
    "الثاني",
    "الثانيه",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];

/// True for an ordinal adjective (normalised, with or without the feminine ending).
pub(super) fn is_ordinal(key: &str) -> bool {
    ORDINALS.contains(&key) || key.strip_suffix('ه').is_some_and(|k| ORDINALS.contains(&k))
}

/// What the lists know as a name (a place, body, person, given name or town): no adjective.
pub(super) const NAMED: Flags = Flags::LOC
    .union(Flags::ORG)
    .union(Flags::PERSON)
    .union(Flags::GIVEN)
    .union(Flags::TOWN);

/// True when word `i` is an indefinite relative adjective no list knows as a name ("صحي", "تقني", "تجارية"): a
/// word in "ي" (or "ية") that is frequent itself, or whose noun ("خير") or feminine ("تقنية") is.
pub(super) fn indefinite_relative_adjective(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    // The feminine ("تجارية") is read by its masculine ("تجاري").
    let masculine = k
        .strip_suffix("يه")
        .map_or(k.to_string(), |stem| format!("{stem}ي"));
    let m = masculine.as_str();
    m.ends_with('ي')
        && !k.starts_with("ال")
        && m.chars().count() >= 3
        && !ctx.lexicon.flags(k).intersects(NAMED)
        && (ctx.lexicon.is_common_word(k)
            || ctx.lexicon.is_common_word(m)
            || m.strip_suffix('ي').is_some_and(|stem| {
                // "هندسي" of "هندسة": the noun in ة too.
                stem.chars().count() >= 2
                    && (ctx.lexicon.is_common_word(stem)
                        || ctx.lexicon.is_common_word(&format!("{stem}ه")))
            })
            || ctx.lexicon.is_common_word(&format!("{m}ه")))
}

/// True when the head word at `i` (after `skip` clitic bytes) has a masculine singular form: not in "ة", "ات" or
/// "ا" ("البنك", "مجلس"; not "الهيئة", "القوات", "ميليشيا").
pub(super) fn masculine_singular_head(ctx: &Context<'_>, i: usize, skip: usize) -> bool {
    let raw = ctx.raw(i);
    let head = raw.get(skip..).unwrap_or(raw);
    !(head.ends_with('ة') || head.ends_with('ه') || head.ends_with("ات") || head.ends_with('ا'))
}

/// True when word `i` is a definite word in "ة" no list knows as a name: after a definite masculine singular head
/// it is neither its adjective ("البنك [التنموية]") nor its genitive (a definite head takes none): the verb's
/// object ("يعطي البنك [المرونة]").
pub(super) fn feminine_definite_adjective(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    let flags = ctx.lexicon.flags(k);
    ctx.raw(i).ends_with('ة')
        && k.starts_with("ال")
        && !flags.intersects(Flags::LOC.union(Flags::ORG).union(Flags::TOWN))
}

/// True when word `i`, right after an indefinite masculine head, has the shape of an indefinite adjective and no
/// list knows it as a name: a masculine participle "م" + three to five letters ("موحد", "مستقل"), or a relative adjective
/// in "ي" of four letters or more ("طوعي") that no unlisted plain word follows (a foreign name runs on: "بنك
/// كريدي سويس").
pub(super) fn indefinite_adjective_shape(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    if !w.is_wordlike() || ctx.lexicon.flags(k).intersects(NAMED) || k.starts_with("ال") {
        return false;
    }
    let raw = ctx.raw(i);
    let n = k.chars().count();
    // A word in "ة" after a masculine head is a noun in construct ("مجلس [مدينة] جدة"), never its adjective.
    let participle =
        raw.starts_with('م') && (4..=6).contains(&n) && !raw.ends_with('ا') && !raw.ends_with('ة');
    let relative = raw.ends_with('ي') && n >= 4;
    let name_runs_on = joined(ctx, i)
        && ctx.words.get(i + 1).is_some_and(|nw| {
            nw.is_wordlike()
                && !ctx.is_stop(i + 1)
                && !nw.key.starts_with("ال")
                && !nw.key.starts_with("لل")
                && !ctx.lexicon.is_common_word(&nw.key)
        });
    (participle || relative) && !(relative && name_runs_on)
}

pub(super) fn feminine_indefinite_head(ctx: &Context<'_>, i: usize, skip: usize) -> bool {
    let raw = ctx.raw(i);
    let head = raw.get(skip..).unwrap_or(raw);
    head.ends_with('ة') && !head.starts_with("ال")
}

/// True when word `i` is an indefinite word in "ة" that no list knows as a name under any clitic reading and that
/// is frequent ("مهمة") or has the shape of a feminine adjective: a participle "م" + three to five letters
/// ("مقدسة", "معروفة"), فاعلة ("عائمة", "نائية") or فعيلة ("صغيرة", "قديمة"). After an indefinite feminine head
/// ("مدينة", "قرية", "جزيرة") such a word agrees with it as its adjective ("مدينة [مقدسة]").
pub(super) fn feminine_indefinite_adjective(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    if !w.is_wordlike()
        || !ctx.raw(i).ends_with('ة')
        || k.starts_with("ال")
        || w.stems
            .iter()
            .any(|s| ctx.lexicon.flags(&s.key).intersects(NAMED))
    {
        return false;
    }
    let letters: Vec<char> = k.chars().collect();
    let n = letters.len();
    // "مليلية": a name in "ية" is no participle.
    let participle = letters.first() == Some(&'م') && (5..=7).contains(&n) && !k.ends_with("يه");
    let fa_ila = n == 5 && letters.get(1) == Some(&'ا');
    let fa_ila_long = n == 5 && letters.get(2) == Some(&'ي');
    (n >= 3 && ctx.lexicon.is_common_word(k)) || participle || fa_ila || fa_ila_long
}

/// True for a definite relative (nisba) adjective of five letters or more: "الكردستاني", "الإسلامية".
pub(super) fn nisba(key: &str) -> bool {
    key.starts_with("ال")
        && key.chars().count() >= 5
        && (key.ends_with('ي') || key.ends_with("يه"))
        && !defective_participle(key)
}

/// True for the active participle of a verb in final ي ("الساعي", "الحالي", "الماضي", "الجارية"): فاعل with its
/// last radical ي, which looks like a relative adjective but describes ("التحالف العربي [الساعي] إلى").
pub(super) fn defective_participle(key: &str) -> bool {
    let Some(stem) = key.strip_prefix("ال") else {
        return false;
    };
    let stem = stem.strip_suffix('ه').unwrap_or(stem);
    let letters: Vec<char> = stem.chars().collect();
    letters.len() == 4 && letters[1] == 'ا' && letters[3] == 'ي'
}

/// True when word `i` is "وال" + a participle of a derived verb in the singular ("والمتخصص", "والمعنية") with "في"
/// or "بـ" after it: a description of what comes before ("والمتخصص في التسويق").
pub(super) fn described(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let Some(rest) = w.key.strip_prefix("وال") else {
        return false;
    };
    rest.starts_with('م')
        && rest.chars().count() >= 5
        && !rest.ends_with("ات")
        && !rest.ends_with("ين")
        && !rest.ends_with("ون")
        && joined(ctx, i)
        && ctx.words.get(i + 1).is_some_and(|n| {
            n.key == "في"
                || (n.key.starts_with('ب') && ctx.is_stop(i + 1) && n.key.chars().count() <= 4)
        })
}

/// True when word `i` is a definite participle of a derived verb ("المصدرة") that qualifies the definite noun before
/// it (not a feminine singular in "ة"), followed by its "لل" complement. A frequent noun of the same shape
/// ("المبادرة للسلام", "المساعدة للاجئين") is the sentence's object.
pub(super) fn qualifying_participle(ctx: &Context<'_>, i: usize) -> bool {
    let Some((prev, w)) = with_previous(ctx, i) else {
        return false;
    };
    let k = w.key.as_str();
    if !k.starts_with("الم") || k.chars().count() < 6 || k.starts_with("المتحدث") {
        return false;
    }
    let with_complement = joined(ctx, i)
        && ctx.words.get(i + 1).is_some_and(|n| {
            n.key.starts_with("لل") && !TIME_AFTER_FIELD.contains(&n.key.as_str())
        });
    with_complement && !prev.key.ends_with('ه') && !ctx.lexicon.is_common_word(k)
}

/// True when word `i` is a definite participle ("المتجددة", "المتقدم") agreeing in gender with the field word
/// before it: feminine after a word in "ة" or "ات" or a broken plural ("للعلوم"), masculine after a masculine
/// singular. "المتحدث" (the spokesman) starts a new phrase.
pub(super) fn participle_agreeing(ctx: &Context<'_>, i: usize) -> bool {
    let Some((prev, w)) = with_previous(ctx, i) else {
        return false;
    };
    let k = w.key.as_str();
    let field_feminine = prev.key.ends_with('ه') || prev.key.ends_with("ات");
    // "للكرة [الطائرة]": the feminine active participle of a simple verb (فاعلة) after a feminine field.
    let stem: Vec<char> = k.strip_prefix("ال").unwrap_or("").chars().collect();
    if stem.len() == 5
        && stem[1] == 'ا'
        && stem[4] == 'ه'
        && prev.key.ends_with('ه')
        && !is_ordinal(k)
        && !TIME_AFTER_FIELD.contains(&prev.key.as_str())
    {
        return true;
    }
    if !k.starts_with("الم") || k.chars().count() < 6 || k.starts_with("المتحدث") {
        return false;
    }
    // "بنك التسليف والادخار [المواطنين]": a sound plural agrees with no singular field; it is the verb's object.
    if (k.ends_with("ين") || k.ends_with("ون"))
        && !(prev.key.ends_with("ين") || prev.key.ends_with("ون"))
    {
        return false;
    }
    let feminine = k.ends_with('ه');
    feminine || !field_feminine
}

/// Adjectives that describe a group or a body from outside (terrorist, extremist, armed, banned, so-called,
/// dissolved, leftist, rightist, hard-line, separatist), and the participle of belonging ("مستشفى الملك فهد
/// [التابع] لوزارة الصحة"), normalised: after the name they end it.
pub(super) const DESCRIPTIVE: [&str; 22] = [
    "التابع",
    "التابعه",
    "اليساري",
    "اليساريه",
    "اليميني",
    "اليمينيه",
    "المتشدد",
    "المتشدده",
    "الانفصالي",
    "الانفصاليه",
    "الارهابي",
    "الارهابيه",
    "المتطرف",
    "المتطرفه",
    "المسلح",
    "المسلحه",
    "المحظور",
    "المحظوره",
    "المزعوم",
    "المزعومه",
    "المنحل",
    "المنحله",
];

/// A word that may be a proper name right after a head word: not a stop word, adjective, or imperfect verb.
pub(super) fn is_proper_like(ctx: &Context<'_>, i: usize) -> bool {
    is_name_word(ctx, i)
        && ctx.words.get(i).is_some_and(|w| {
            !w.key.starts_with('ي') || super::super::names::foreign_in_verb_letter(ctx, &w.key)
        })
        && !prepositional_place(ctx, i)
}
