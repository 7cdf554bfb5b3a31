//! Word shapes that end a name: verbs, verbal nouns, accusatives and prepositional phrases after it.

use super::{Context, Flags, continues_name, is_name_word, joined, listed_as_name, match_at};

/// True for the accusative of a title written without its tanween ("عين فلان [مبعوثا]", "انتخب [رئيسا]"): the
/// role the name is given, not a part of it. Only the word a title list knows, never a name a list knows.
pub(super) fn accusative_role(ctx: &Context<'_>, key: &str) -> bool {
    key.strip_suffix('ا').is_some_and(|stem| {
        stem.chars().count() >= 3
            && ctx.lexicon.flags(stem).contains(Flags::TITLE)
            && !ctx
                .lexicon
                .flags(key)
                .intersects(Flags::GIVEN.union(Flags::PERSON))
    })
}

/// True when the definite word `i` after a person's name is the sentence's noun, not a family name: a frequent word
/// no list knows as a name, neither a relative form in "ي" (القحطاني) nor "ال" + a given name (الراشد، الحسن), that
/// ends in "ة" ("تسلم خالد [الجائزة]") or follows a father's name ("افتتح الأمير فلان بن فلان [المعرض]"). Family
/// names of that shape are rare after a lineage (none of ANERcorp's 99 persons with "بن"), and none ends in "ة".
pub(super) fn definite_object(ctx: &Context<'_>, i: usize, lineage: bool) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let Some(stem) = w.key.strip_prefix("ال") else {
        return false;
    };
    (lineage || ctx.raw(i).ends_with('ة'))
        && frequent_unnamed(ctx, &w.key)
        && !w.key.ends_with('ي')
        && !ctx.lexicon.flags(stem).contains(Flags::GIVEN)
}

/// True when word `i` is a definite verbal noun of a derived verb by its shape, no list knowing it as a name:
/// "التقدم" (form V), "الترابط" (VI), "التطوير" (II), "الإفصاح" (IV), "الاجتماع" (VIII), "الانسحاب" (VII),
/// "الاستعداد" (X). Family names take the relative ending ("التميمي", "الأنصاري") or other shapes ("التاجر"); of
/// ANERcorp's person words one has such a shape.
pub(super) fn derived_masdar(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let Some(stem) = w.key.strip_prefix("ال") else {
        return false;
    };
    if !ctx.raw(i).starts_with("ال")
        || stem.ends_with('ي')
        || ctx.lexicon.flags(&w.key) != Flags::default()
        || ctx
            .lexicon
            .flags(stem)
            .intersects(Flags::GIVEN.union(Flags::PERSON))
    {
        return false;
    }
    masdar_shape(stem)
}

/// True when the normalised word `stem` (without the article) has the shape of a verbal noun of a derived verb
/// (forms II, IV to VIII, X: "تقدم", "ترابط", "تطوير", "توصيه", "افصاح", "اجتماع", "انسحاب", "استعداد"), which
/// the broken plural "أفعال" ("ارباح") shares.
pub(super) fn masdar_shape(stem: &str) -> bool {
    let c: Vec<char> = stem.chars().collect();
    let at = |k: usize| c.get(k).copied().unwrap_or(' ');
    match c.len() {
        4 => at(0) == 'ت' && at(1) != 'ا',
        5 => at(0) == 'ت' && (at(2) == 'ا' || at(3) == 'ي') || at(0) == 'ا' && at(3) == 'ا',
        6 => at(0) == 'ا' && at(4) == 'ا' && (at(2) == 'ت' || at(1) == 'ن'),
        7 => stem.starts_with("است") && at(5) == 'ا',
        _ => false,
    }
}

/// True when the name whose given name ends before word `first_end` follows another word of its clause ("افتتح
/// الأمير [فلان بن فلان]"): not at the start of a line or list item, not after a comma, not joined with "و" to the
/// name before it ("، [وفلان بن فلان المزيد]" lists members, whose family names may be any word).
pub(super) fn inside_clause(ctx: &Context<'_>, first_end: usize) -> bool {
    let mut k = first_end.saturating_sub(1);
    // "عبد الله": a compound given name in two words.
    if k > 0 && joined(ctx, k - 1) && ctx.words.get(k - 1).is_some_and(|w| w.key == "عبد") {
        k -= 1;
    }
    let coordinated = ctx.words.get(k).is_some_and(|w| {
        ctx.raw(k).starts_with('و') && !ctx.lexicon.flags(&w.key).contains(Flags::GIVEN)
    });
    !coordinated
        && k > 0
        && joined(ctx, k - 1)
        && ctx
            .words
            .get(k - 1)
            .is_some_and(super::super::Word::is_wordlike)
}

/// True when word `i` is a plain name word no list knows and no frequent word: after a given name, most likely a
/// foreign family name ("كريغ [إيرلام]").
pub(in crate::analysis::entities) fn rare_plain_name(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words.get(i).is_some_and(|n| {
        !n.key.starts_with("ال")
            && is_name_word(ctx, i)
            && continues_name(ctx, i)
            && !ctx.lexicon.is_common_word(&n.key)
            && !ctx.lexicon.flags(&n.key).intersects(
                Flags::GIVEN
                    .union(Flags::ORG)
                    .union(Flags::LOC)
                    .union(Flags::TOWN),
            )
    })
}

/// True for one of the language's frequent words that no list knows as a given name or a person.
pub(super) fn frequent_unnamed(ctx: &Context<'_>, key: &str) -> bool {
    ctx.lexicon.is_common_word(key)
        && !ctx
            .lexicon
            .flags(key)
            .intersects(Flags::GIVEN.union(Flags::PERSON))
}

/// True when word `i` is a clitic before a listed place, organisation or person ("[لرويترز]", "[بمصر]",
/// "عباس [لنتنياهو]").
pub(super) fn clitic_before_listed_name(ctx: &Context<'_>, i: usize) -> bool {
    match_at(ctx, i, Flags::LOC.union(Flags::ORG).union(Flags::PERSON)).is_some_and(|m| m.skip > 0)
}

/// The number of letters of word `i`.
pub(super) fn letters(ctx: &Context<'_>, i: usize) -> usize {
    ctx.words.get(i).map_or(0, |w| w.key.chars().count())
}

/// True when word `i` has the shape of an imperfect verb of three or four letters ("يركب", "تدل", "يؤدي"). Given
/// names of that shape ("يزيد", "تامر") are in the lists and never reach this test.
pub(super) fn imperfect_verb_shaped(ctx: &Context<'_>, i: usize) -> bool {
    let raw = ctx.raw(i);
    let verb_letter = raw.starts_with('ي') || raw.starts_with('ت');
    // "عن عمر [يناهز] 80 عاما", "فارس [تزايد]": a longer frequent word in "ي" or "ت" is a verb or its verbal noun.
    let frequent = ctx
        .words
        .get(i)
        .is_some_and(|w| frequent_unnamed(ctx, &w.key));
    verb_letter && ((3..=4).contains(&letters(ctx, i)) || frequent || derived_imperfect(raw))
        || feminine_perfect_in_ta(raw)
}

/// True for the feminine perfect of a verb of the form تفعّل or تفاعل ("تكبدت", "تقدمت", "تراجعت"): "ت" first and
/// last in a word of five or six letters, no long vowel second. A family name of that shape is rare.
pub(super) fn feminine_perfect_in_ta(raw: &str) -> bool {
    let c: Vec<char> = raw.chars().collect();
    (5..=6).contains(&c.len())
        && c.first() == Some(&'ت')
        && c.last() == Some(&'ت')
        && c.get(1).is_some_and(|s| !matches!(s, 'ا' | 'و' | 'ي'))
}

/// True for a five- or six-letter imperfect of a derived verb: "يست" or "ينت" ("يستعد", "ينتقد"; not "يلتسن"), "يت"
/// ("يتفقد") or يفاعل with "ا" third ("يهاجم", "تشارك"). A long vowel second ("ياسين", "توماس") or a final vowel or "ي" ("يماني",
/// "تشافي") keeps the names of that length out. Of six letters: the تفاعل and استفعل forms ("يتواصل", "يستقبل").
pub(crate) fn derived_imperfect(raw: &str) -> bool {
    let c: Vec<char> = raw.chars().collect();
    // "يتواصل", "تتعامل", "يستقبل": the تفاعل and استفعل forms, six letters.
    if let [first, second, third, fourth, _, last] = c[..] {
        return matches!(first, 'ي' | 'ت')
            && ((second == 'ت' && fourth == 'ا') || (second == 'س' && third == 'ت'))
            && !matches!(last, 'ا' | 'و' | 'ي' | 'ى' | 'ه' | 'ة');
    }
    let [first, second, third, _, last] = c[..] else {
        return false;
    };
    // "يتفقد", "تتابع": the تفعّل and تفاعل forms, "ت" second.
    matches!(first, 'ي' | 'ت')
        && !matches!(second, 'ا' | 'و' | 'ي')
        && (third == 'ا' || second == 'ت' || (third == 'ت' && matches!(second, 'س' | 'ن')))
        && !matches!(last, 'ا' | 'و' | 'ي' | 'ى' | 'ه' | 'ة')
}

/// True for the perfect of a derived verb of the forms استفعل, افتعل or انفعل, or its feminine in "ت" ("الوزير
/// [استقال]", "المدير [انتقل]", "اللجنة [اجتمعت]", "[انسحب]"): a plain alef first (names that start so are written
/// with a hamza, or listed), "است" and two or three letters, or five letters with "ت" third or "ن" second; no long
/// vowel inside an انفعل ("انطون") and no final vowel.
pub(crate) fn derived_perfect(raw: &str) -> bool {
    let stem = raw
        .strip_suffix('ت')
        .filter(|s| s.chars().count() >= 5)
        .unwrap_or(raw);
    let c: Vec<char> = stem.chars().collect();
    if c.first() != Some(&'ا')
        || c.last()
            .is_some_and(|l| matches!(l, 'ا' | 'و' | 'ي' | 'ى' | 'ه' | 'ة'))
    {
        return false;
    }
    let istafala = stem.starts_with("است") && (5..=6).contains(&c.len());
    let iftaala = c.len() == 5
        && c.get(2) == Some(&'ت')
        && c.get(1)
            .is_some_and(|s| !matches!(s, 'ا' | 'و' | 'ي' | 'ل'));
    let infaala = c.len() == 5
        && c.get(1) == Some(&'ن')
        && !c[2..].iter().any(|l| matches!(l, 'ا' | 'و' | 'ي'));
    istafala || iftaala || infaala
}

/// True when `key` (normalised) is "س" on the imperfect ("ي", "ت", "ن" first) of a frequent or derived verb
/// ("سيزور", "ستبعد", "سيشارك"): the future. Foreign names in "سي"/"ست" are no such verb after "س" ("سيلفا",
/// "ستيفن").
pub(crate) fn future_of_verb(ctx: &Context<'_>, key: &str) -> bool {
    key.strip_prefix('س').is_some_and(|verb| {
        verb.starts_with(['ي', 'ت', 'ن'])
            && verb.chars().count() >= 3
            && (ctx.lexicon.is_common_word(verb) || derived_imperfect(verb))
    })
}

/// True when an unlisted word `i` can be a name's next part: not a clitic before a listed name, not shaped like
/// an imperfect verb, not written with the tanween of an indefinite noun ("بياناً").
pub(super) fn plausible_family_name(ctx: &Context<'_>, i: usize) -> bool {
    let tanween = ctx
        .raw(i)
        .chars()
        .any(|c| matches!(c, '\u{064b}' | '\u{064c}' | '\u{064d}'));
    // "فيصل بن مشعل [مشروعات] تعليمية": a long plural in "ات" of a frequent noun is the object; the family names
    // of that form are short ("بركات", "فرحات").
    let plural = ctx.words.get(i).is_some_and(|w| {
        w.key.strip_suffix("ات").is_some_and(|stem| {
            letters(ctx, i) >= 6
                && (ctx.lexicon.is_common_word(stem)
                    || ctx.lexicon.is_common_word(&format!("{stem}ه"))
                    || ctx.lexicon.is_common_word(&w.key))
                && !ctx
                    .lexicon
                    .flags(&w.key)
                    .intersects(Flags::GIVEN.union(Flags::PERSON))
        })
    });
    // "نصر الله [انتقد]", "سامي حسن [استقبل]": the perfect of a derived verb no list knows as a name.
    let perfect = derived_perfect(ctx.raw(i))
        && ctx
            .words
            .get(i)
            .is_some_and(|w| !listed_as_name(ctx, &w.key));
    let listed = ctx
        .words
        .get(i)
        .is_some_and(|w| listed_as_name(ctx, &w.key));
    // "قيديد [سيطروا]": the plural of a frequent verb.
    let plural_verb = !listed
        && ctx.words.get(i).is_some_and(|w| {
            w.key
                .strip_suffix("وا")
                .is_some_and(|stem| stem.chars().count() >= 3 && ctx.lexicon.is_common_word(stem))
        });
    // "جان نويل بارو [سيزور]": the future of a verb.
    let future = !listed
        && ctx
            .words
            .get(i)
            .is_some_and(|w| future_of_verb(ctx, &w.key));
    !clitic_before_listed_name(ctx, i)
        && !imperfect_verb_shaped(ctx, i)
        && !perfect
        && !plural_verb
        && !future
        && !tanween
        && !plural
        && !prepositional_phrase(ctx, i)
        && !accusative_noun(ctx, i)
}

/// True when word `i` is a frequent word that is "بـ", "لـ" or "كـ" on a frequent word, and no name of the lists
/// ("صالح [بنسبة] 77%", "برنامجا [بعنوان]"); "كمال", "بكر" are listed given names, and "لولا" is "لـ" on no noun.
pub(super) fn prepositional_phrase(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words.get(i).is_some_and(|w| {
        let k = w.key.as_str();
        let listed = ctx
            .lexicon
            .flags(k)
            .intersects(Flags::GIVEN.union(Flags::PERSON));
        let common = |s: &str| ctx.lexicon.is_common_word(s);
        !listed
            && ['ب', 'ل', 'ك'].into_iter().any(|p| {
                k.strip_prefix(p).is_some_and(|rest| {
                    // "بنسبة", "بعنوان": a frequent phrase of a frequent noun.
                    let phrase = common(k) && rest.chars().count() >= 4 && common(rest);
                    // "[بفوزه]", "[بتغلبه]": a frequent noun with a pronoun after the preposition.
                    let with_pronoun = ["هما", "هم", "ها", "ه"].iter().any(|e| {
                        rest.strip_suffix(e)
                            .is_some_and(|noun| noun.chars().count() >= 3 && common(noun))
                    });
                    phrase || with_pronoun
                })
            })
    })
}

/// True when word `i` is the accusative of a frequent noun of four letters or more, its tanween unwritten ("مها
/// أحمد [برنامجا]"): the object. Shorter stems are left alone: family names end so ("دورا").
pub(super) fn accusative_noun(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words.get(i).is_some_and(|w| {
        w.key.strip_suffix('ا').is_some_and(|stem| {
            stem.chars().count() >= 4
                && ctx.lexicon.is_common_word(stem)
                && !ctx
                    .lexicon
                    .flags(&w.key)
                    .intersects(Flags::GIVEN.union(Flags::PERSON))
        })
    })
}
