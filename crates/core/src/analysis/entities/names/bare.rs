//! A name without a title: whether a word can be a given or family name, and how far the name runs.

use super::{
    CONNECTORS, Context, Flags, NOT_NAME, continues_name, derived_perfect, frequent_unnamed,
    is_name_word, joined, letters, plausible_family_name, prepositional_phrase,
};

/// True when word `i`, standing after a title without a known given name, reads as a name: no clitic-led or
/// feminine noun ("وزير [مالية]"), and not followed by a definite word it would be in construct with
/// ("[خالص] التعازي").
pub fn plausible_bare_name(ctx: &Context<'_>, i: usize) -> bool {
    // A short word with a written hamza right after a title is the verb of the sentence ("المدير [أصدر]",
    // "الملك [أدب]"); the given names of that shape ("أحمد", "أنس") are in the lists.
    let perfect_verb = ctx.raw(i).starts_with('أ') && letters(ctx, i) <= 4;
    // "الوزير [استقال]", "المدير [انتقل]": the perfect of a derived verb; such a name would be listed.
    let derived_perfect_verb = derived_perfect(ctx.raw(i))
        && ctx.words.get(i).is_some_and(|w| {
            !ctx.lexicon
                .flags(&w.key)
                .intersects(Flags::GIVEN.union(Flags::PERSON))
        });
    // "المتحدث العسكري [بيانا]": one of the language's most frequent words that no list knows as a name.
    let common = ctx.words.get(i).is_some_and(|w| {
        ctx.lexicon.is_common_word(&w.key)
            && !ctx
                .lexicon
                .flags(&w.key)
                .contains(Flags::GIVEN.union(Flags::PERSON))
    });
    // "المتحدث [باسمه]": a preposition on a frequent word. "الحاكم [كممثل] للتاج": "كـ" (as) on a frequent word of
    // four letters or more, in a word no list knows ("كمال", "كامل" are names).
    let prepositional = ctx.words.get(i).is_some_and(|w| {
        let unlisted = ctx.lexicon.flags(&w.key) == Flags::default();
        w.stems.iter().any(|s| {
            s.skip > 0
                && ((w.key.starts_with('ب') || w.key.starts_with('ل'))
                    || (w.key.starts_with('ك') && unlisted && s.key.chars().count() >= 4))
                && s.key.chars().count() >= 3
                && ctx.lexicon.is_common_word(&s.key)
        })
    });
    // "الوزير [متحمس] لـ", "المدرب [متفائل]", "الرئيس [مستعد]": the participle of a derived verb (تفعّل, تفاعل,
    // استفعل) after a title is what the person is, the sentence's predicate; a family name of that shape ("متولي")
    // ends in "ي" or is in the lists.
    let derived_participle = ctx.words.get(i).is_some_and(|w| {
        let raw = ctx.raw(i);
        (raw.starts_with("مت") || raw.starts_with("مست"))
            && letters(ctx, i) >= 5
            && !raw.ends_with('ي')
            && ctx.lexicon.flags(&w.key) == Flags::default()
    });
    // "مدرب الشباب [رضاه]": a frequent noun with the pronoun "ه" ("رضا" + "ه"); names in "ة" are written so.
    let pronoun_noun = ctx.raw(i).ends_with('ه')
        && ctx.words.get(i).is_some_and(|w| {
            !ctx.lexicon
                .flags(&w.key)
                .contains(Flags::GIVEN.union(Flags::PERSON))
                && w.key
                    .strip_suffix('ه')
                    .is_some_and(|stem| ctx.lexicon.is_common_word(stem))
        });
    // "أمير منطقة القصيم [مشروعا]": the accusative of a frequent noun is the verb's object.
    let accusative = ctx.words.get(i).is_some_and(|w| {
        !ctx.lexicon
            .flags(&w.key)
            .contains(Flags::GIVEN.union(Flags::PERSON))
            && w.key
                .strip_suffix('ا')
                .is_some_and(|stem| stem.chars().count() >= 3 && ctx.lexicon.is_common_word(stem))
    });
    // "اللاعب [سيغيب]", "الوزير [سيزور]", "المدرب [سيعلن]": the future's س on an imperfect of three letters (not
    // in ا, as foreign names are: "سيلفا"), or on a frequent imperfect ("سيشارك"), is the sentence's verb. Given
    // names of that shape ("سيمون") are in the lists.
    let future_verb = ctx.words.get(i).is_some_and(|w| {
        !ctx.lexicon
            .flags(&w.key)
            .contains(Flags::GIVEN.union(Flags::PERSON))
            && w.key.strip_prefix('س').is_some_and(|rest| {
                (rest.starts_with('ي') || rest.starts_with('ت'))
                    && (((4..=5).contains(&letters(ctx, i)) && !rest.ends_with('ا'))
                        || ctx.lexicon.is_common_word(rest))
            })
    });
    // "اعترف اللاعب [بخطئه]": ب or ل on a noun with the pronoun "ه" is the verb's complement, never a name.
    let preposition_pronoun = {
        let raw = ctx.raw(i);
        (raw.starts_with('ب') || raw.starts_with('ل'))
            && raw.ends_with('ه')
            && letters(ctx, i) >= 5
            && ctx.words.get(i).is_some_and(|w| {
                ctx.lexicon.flags(&w.key) == Flags::default()
                    && !w.stems.iter().any(|s| {
                        ctx.lexicon
                            .flags(&s.key)
                            .intersects(Flags::GIVEN.union(Flags::PERSON))
                    })
            })
    };
    if !continues_name(ctx, i)
        || future_verb
        || preposition_pronoun
        || pronoun_noun
        || derived_verbal_noun_with_pronoun(ctx, i)
        || accusative
        || ctx.raw(i).ends_with('ة')
        || perfect_verb
        || derived_perfect_verb
        || common
        || prepositional
        || derived_participle
        || !plausible_family_name(ctx, i)
    {
        return false;
    }
    let next_definite = joined(ctx, i)
        && !ctx.is_stop(i + 1)
        && ctx
            .words
            .get(i + 1)
            .is_some_and(|w| w.is_wordlike() && w.key.starts_with("ال"));
    !next_definite
}

/// True when word `i` has the shape of a verbal noun of a derived verb with a possessive pronoun: إفعال, افتعال,
/// انفعال or استفعال with ه/ها/هم ("المدرب [إعجابه] بـ", "الوزير [ارتياحه] لـ", "[استياءه]"). Given names of these
/// shapes ("إبراهيم", "إيمان") take no pronoun, and a name that does is in the lists.
pub(super) fn derived_verbal_noun_with_pronoun(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    if ctx
        .lexicon
        .flags(&w.key)
        .contains(Flags::GIVEN.union(Flags::PERSON))
    {
        return false;
    }
    let raw = ctx.raw(i);
    let Some(stem) = ["هم", "ها", "ه"].iter().find_map(|p| raw.strip_suffix(p)) else {
        return false;
    };
    derived_verbal_noun_shape(&crate::analysis::normalize::normalize(stem))
}

/// True for a word (hamza and alef folded) of the shape of a derived verb's verbal noun: ا + 3 radicals with ا
/// before the last (إفعال), or ا + a fourth letter (افتعال، انفعال) or است (استفعال) before them.
pub(super) fn derived_verbal_noun_shape(key: &str) -> bool {
    let c: Vec<char> = key.chars().collect();
    let long_a_before_last = c.len() >= 5 && c.get(c.len() - 2) == Some(&'ا');
    c.first() == Some(&'ا') && long_a_before_last && (5..=7).contains(&c.len())
}

/// True when word `i` is a frequent verbal noun of a derived verb in construct with a definite word ("الملك
/// عبدالعزيز [استمرار] الدراسة"): the object of the sentence's verb, not a family name.
pub(super) fn verbal_noun_in_construct(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words
        .get(i)
        .is_some_and(|w| derived_verbal_noun_shape(&w.key) && frequent_unnamed(ctx, &w.key))
        && joined(ctx, i)
        && ctx
            .words
            .get(i + 1)
            .is_some_and(|n| n.is_wordlike() && n.key.starts_with("ال"))
}

/// True when word `i` reads as a family name of the relative form ("الدوسري"): a definite word in "ي" of five
/// letters or more that is no word of the lists (nationality, adjective, head, stop word) and not a broken plural
/// of the pattern فعالي ("التعازي", "المساعي").
pub(super) fn relative_family_name(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let stem = w.key.strip_prefix("ال").unwrap_or("");
    let plural = stem.chars().count() == 5 && stem.chars().nth(2) == Some('ا');
    // "المنتمي", "المتبقي", "المستثني": participles of the derived verb forms are adjectives.
    let participle = ["مت", "منت", "مست"].iter().any(|p| stem.starts_with(p));
    w.key.starts_with("ال")
        && w.key.ends_with('ي')
        && w.key.chars().count() >= 5
        && !w.stop
        && !ctx
            .lexicon
            .flags(&w.key)
            .contains(NOT_NAME.union(Flags::STOP))
        && !plural
        && !participle
}

/// True when word `i` is a definite word that neither the lists nor the frequent words know, of six letters or
/// more and not shaped like a participle or verbal noun of the derived forms ("الم", "الت", "الاست"): a family
/// name ("البوعينين", "الشثري") more often than anything else.
pub(super) fn rare_definite_family_name(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    ctx.raw(i).starts_with("ال")
        && k.chars().count() >= 6
        && !["الم", "الت", "الاست", "الان"]
            .iter()
            .any(|p| k.starts_with(p))
        && !w.stop
        && !ctx.lexicon.is_common_word(k)
        && ctx.lexicon.flags(k) == Flags::default()
        && !ctx.raw(i).ends_with('ة')
}

/// True when word `i` is a definite masculine singular nationality ("المصري", "اللبناني"), the form that is also
/// a family name; no other list reading (a place, an organisation) and no clitic before it.
pub(super) fn nationality_family_name(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let flags = ctx.lexicon.flags(&w.key);
    w.key.starts_with("ال")
        && w.key.ends_with('ي')
        && ctx.raw(i).starts_with("ال")
        && flags.contains(Flags::NATIONALITY)
        && !flags.intersects(Flags::LOC.union(Flags::ORG).union(Flags::TITLE))
}

/// True when the sentence breaks right after word `i`: punctuation, a stop word, the end of the line, or a
/// preposition on a frequent noun that starts the verb's complement ("إميل لحود [لحضور] المؤتمر", "برتران دولانويه
/// [لدعمهما]").
pub(super) fn name_boundary(ctx: &Context<'_>, i: usize) -> bool {
    !joined(ctx, i)
        || ctx.words.get(i + 1).is_none_or(|n| !n.is_wordlike())
        || ctx.is_stop(i + 1)
        || prepositional_complement(ctx, i + 1)
        || prepositional_phrase(ctx, i + 1)
}

/// True when word `i`, right after a family name, is a second one: of the relative form, no frequent word of the
/// language ("الحالي", "الرسمي") and at a boundary (punctuation, a stop word or the end of the line).
pub(super) fn second_family_name(ctx: &Context<'_>, i: usize) -> bool {
    relative_family_name(ctx, i)
        && name_boundary(ctx, i)
        && ctx
            .words
            .get(i)
            .is_some_and(|w| !ctx.lexicon.is_common_word(&w.key))
}

/// True when word `i` after a title is an unlisted first name followed by a family name of the relative form
/// ("الدكتور [سعيد الدوسري]"): the definite word after it ends in "ي" and is no nationality or adjective of the
/// lists, so it is no construct complement ("مدير [عام] الشركة").
pub(super) fn bare_name_with_family(ctx: &Context<'_>, i: usize) -> bool {
    let raw = ctx.raw(i);
    // "عضو [شرف النادي]": two frequent words are a noun in construct, not a name and a family name.
    let construct = frequent_unnamed(ctx, &ctx.words[i].key)
        && ctx
            .words
            .get(i + 1)
            .is_some_and(|n| frequent_unnamed(ctx, &n.key));
    (relative_family_name(ctx, i + 1) || rare_definite_family_name(ctx, i + 1))
        && !construct
        && joined(ctx, i)
        && continues_name(ctx, i)
        && plausible_family_name(ctx, i)
        && !raw.ends_with('ة')
        && !(raw.starts_with('أ') && letters(ctx, i) <= 4)
}

/// True for a family name that starts with "و" ("جوزيف [ويستفال]."): long, not "و" + a given name, and the
/// name ends right after it (at punctuation, a function word, or the "و" of the next name in a list: "هنري
/// [وينكلر] وجولي كافنر").
pub(super) fn foreign_family_name_with_waw(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let Some(rest) = w.key.strip_prefix('و') else {
        return false;
    };
    let next_in_list = ctx.words.get(i + 1).is_some_and(|n| {
        n.is_wordlike()
            && n.key
                .strip_prefix('و')
                .is_some_and(|k| ctx.lexicon.flags(k).contains(Flags::GIVEN))
    });
    let boundary = !joined(ctx, i)
        || ctx.is_stop(i + 1)
        || next_in_list
        || ctx.words.get(i + 1).is_none_or(|n| !n.is_wordlike());
    boundary
        && w.key.chars().count() >= 5
        && is_name_word(ctx, i)
        && !ctx.lexicon.flags(rest).contains(Flags::GIVEN)
        && !rest.starts_with("ال")
        && !w.key.ends_with("ها")
        && !w.key.ends_with("هم")
        && waw_rest_is_no_noun(ctx.raw(i), rest)
}

/// True unless the rest of a "و" word reads as a noun with a pronoun suffix ("واستقراره": a final "ه" that is no
/// taa marbuta) or as a participle of a derived verb form ("ومتجني", "ومستقبل").
pub(super) fn waw_rest_is_no_noun(raw: &str, rest: &str) -> bool {
    let pronoun = raw.ends_with('ه');
    let participle = ["مت", "من", "مس"].iter().any(|p| rest.starts_with(p));
    !pronoun && !participle
}

/// Up to two more plain words that end a foreign name at a boundary ("حسين نقوي [حسيني] أن").
pub(super) fn name_tail(ctx: &Context<'_>, end: usize) -> usize {
    let mut k = end;
    while k - end < 2 && joined(ctx, k - 1) {
        let Some(w) = ctx.words.get(k) else { break };
        if CONNECTORS.contains(&w.key.as_str()) {
            return k;
        }
        // "سعد مفلح [الجهني]": a family name of the relative form closes a given name and a father's name.
        if relative_family_name(ctx, k) {
            return k + 1;
        }
        // "كريستوفر هيل [مساعد] الوزيرة": a frequent word after the family name is the person's role, unless a
        // link of names follows it ("لويس إيناسيو [لولا] دا سيلفا").
        let frequent_second = ctx.lexicon.is_common_word(&w.key)
            && !(joined(ctx, k)
                && ctx
                    .words
                    .get(k + 1)
                    .is_some_and(|n| CONNECTORS.contains(&n.key.as_str())))
            && !ctx
                .lexicon
                .flags(&w.key)
                .intersects(Flags::GIVEN.union(Flags::PERSON));
        // "خورخي داسيلفا [بأداء] لاعبيه": "ب" or "ل" on a frequent word is the verb's complement.
        let prepositional = prepositional_complement(ctx, k);
        let plain = is_name_word(ctx, k)
            && continues_name(ctx, k)
            && !frequent_second
            && !prepositional
            // "حسين عموتة [رضاه]": a frequent noun with "his" is what the person showed or did.
            && !noun_with_his(ctx, k)
            && !w.key.starts_with("ال")
            && (!(w.key.starts_with('ي') || w.key.starts_with('ت'))
                || foreign_in_verb_letter(ctx, &w.key))
            && !ctx.raw(k).ends_with('ة')
            && plausible_family_name(ctx, k);
        if !plain {
            break;
        }
        k += 1;
    }
    let boundary = name_boundary(ctx, k - 1)
        || ctx
            .words
            .get(k)
            .is_some_and(|w| CONNECTORS.contains(&w.key.as_str()))
        // "غابرييل غارسيا ماركيز [روايته]": a frequent noun with its pronoun starts what the person did.
        || ctx.words.get(k).is_some_and(|w| {
            ["ته", "ها", "هم"].iter().any(|e| {
                w.key.strip_suffix(e).is_some_and(|noun| {
                    noun.chars().count() >= 3
                        && (frequent_unnamed(ctx, noun) || frequent_unnamed(ctx, &format!("{noun}ه")))
                })
            })
        });
    if boundary { k } else { end }
}

/// True when word `k` is "ب" or "ل" on a frequent word of four letters or more that no list knows as a name
/// ("[بأداء] لاعبيه", "[بجهود] الفريق"): the complement of the verb the name is the subject of, not part of it.
pub(super) fn prepositional_complement(ctx: &Context<'_>, k: usize) -> bool {
    let Some(w) = ctx.words.get(k) else {
        return false;
    };
    (w.key.starts_with('ب') || w.key.starts_with('ل'))
        && w.stems
            .iter()
            .any(|s| s.skip > 0 && s.key.chars().count() >= 4 && ctx.lexicon.is_common_word(&s.key))
        && !listed_as_name(ctx, &w.key)
}

/// True when the lists know the word (normalised) as a given name or a person's name.
pub(super) fn listed_as_name(ctx: &Context<'_>, key: &str) -> bool {
    ctx.lexicon
        .flags(key)
        .intersects(Flags::GIVEN.union(Flags::PERSON))
}

/// True when word `k` is a frequent word (even one that is also a given name: "رضا") or a derived verbal noun with
/// the pronoun "ه" written on it ("رضاه", "أداءه", "استياءه"), and no list knows the whole word as a name ("عبده"
/// is one).
pub(super) fn noun_with_his(ctx: &Context<'_>, k: usize) -> bool {
    let Some(w) = ctx.words.get(k) else {
        return false;
    };
    // "مرماه", "مستواه": a noun in alef maqsura writes it as alef before the pronoun. "استياءه", "اهتمامه": the
    // verbal noun of a derived verb, frequent or not.
    let frequent = |noun: &str| {
        ctx.lexicon.is_common_word(noun)
            || noun
                .strip_suffix('ا')
                .is_some_and(|n| ctx.lexicon.is_common_word(&format!("{n}ي")))
            || (noun.chars().count() >= 5 && super::shapes::masdar_shape(noun))
    };
    ctx.raw(k).ends_with('ه')
        && w.key
            .strip_suffix('ه')
            .is_some_and(|noun| noun.chars().count() >= 3 && frequent(noun))
        && !listed_as_name(ctx, &w.key)
}

/// After a title and an unknown first name, one more long foreign-looking word that ends the name
/// ("المدرب [رازفان لوشيسكو] في"); short words there are mostly verbs ("الرئيس أوباما قابل").
pub(super) fn bare_name_tail(ctx: &Context<'_>, end: usize) -> usize {
    let Some(w) = ctx.words.get(end) else {
        return end;
    };
    let k = w.key.as_str();
    // "رئيس الوزراء مالكوم [تيرنبول]": a long rare word in "ي", "ت" or "ن" with no verb ending is no verb.
    let verb_letter = ["ي", "ت", "ن"].iter().any(|p| k.starts_with(p));
    let foreign_verb_letter = verb_letter && foreign_in_verb_letter(ctx, k);
    // "المدرب الروماني ريجي [كامب] إن": a short rare word right before the sentence's break is no verb either (the
    // verbs there are frequent words or start with a letter of the imperfect).
    let short_at_break = k.chars().count() == 4
        && !ctx.lexicon.is_common_word(k)
        && !["ي", "ت", "ن", "ا"].iter().any(|p| k.starts_with(p))
        && name_boundary(ctx, end);
    let long_plain = joined(ctx, end - 1)
        && is_name_word(ctx, end)
        && continues_name(ctx, end)
        && (k.chars().count() >= 5 || foreign_hamza_below(ctx, end) || short_at_break)
        && (!verb_letter || foreign_verb_letter)
        && (!["ال", "ا", "م"].iter().any(|p| k.starts_with(p))
            || foreign_hamza_below(ctx, end)
            || slavic_family_name(ctx, k))
        && !ctx.raw(end).ends_with('ة');
    if !long_plain {
        return end;
    }
    // "الرئيس رومانو [برودي] اتفق", "الوزير شونيتشي [ناكاجاوا] وزير الزراعة": a word no frequency list or list
    // knows under any clitic reading, in no letter of a verb's prefix ("يستعجل", "فاحتسب"), with a frequent word or
    // a title after it, is the family name and the sentence goes on; a rare word after it may still be more of the
    // name.
    let rare = !verb_letter
        && !k.starts_with('ف')
        && w.stems.iter().all(|s| {
            !ctx.lexicon.is_common_word(&s.key) && ctx.lexicon.flags(&s.key) == Flags::default()
        });
    let boundary = name_boundary(ctx, end)
        || ctx.words.get(end + 1).is_some_and(|n| {
            n.key.starts_with('و')
                || ctx.lexicon.flags(&n.key).contains(Flags::NATIONALITY)
                || future_verb(ctx, &n.key)
                || frequent_noun_with_pronoun(ctx, &n.key)
                || (rare
                    && n.is_wordlike()
                    && (ctx.lexicon.is_common_word(&n.key)
                        || ctx.lexicon.flags(&n.key).contains(Flags::TITLE)))
        });
    if boundary { end + 1 } else { end }
}

/// True for a frequent noun with the pronoun "ه" ("سعادته", "رأيه"): the object of the sentence's verb, so the
/// name before it has ended.
pub(super) fn frequent_noun_with_pronoun(ctx: &Context<'_>, key: &str) -> bool {
    !ctx.lexicon
        .flags(key)
        .intersects(Flags::GIVEN.union(Flags::PERSON))
        && key.strip_suffix('ه').is_some_and(|stem| {
            stem.chars().count() >= 3
                && (ctx.lexicon.is_common_word(stem)
                    || stem
                        .strip_suffix('ت')
                        .is_some_and(|s| ctx.lexicon.is_common_word(&format!("{s}ه"))))
        })
}

/// True for a rare word with an ending of Slavic family names ("ماميتش", "ميلوسيفيتش", "مالينوفسكي", "ميدفيديف"):
/// no participle or verbal noun in "م" or "ا" ends so.
pub(super) fn slavic_family_name(ctx: &Context<'_>, key: &str) -> bool {
    key.chars().count() >= 5
        && !ctx.lexicon.is_common_word(key)
        && ["يتش", "فسكي", "وفسكي", "يف", "وف", "ينكو"]
            .iter()
            .any(|e| key.ends_with(e))
}

/// Endings of verbs (plural, dual, pronouns) that a foreign name in "ي", "ت" or "ن" does not have.
pub(super) const VERB_ENDINGS: [&str; 9] = ["ون", "ان", "ين", "وا", "ها", "هم", "هما", "نا", "ه"];

/// True for a long rare word with no verb ending ("تيرنبول", "يانوكوفيتش"): a foreign name though it starts with
/// a letter of the imperfect.
pub fn foreign_in_verb_letter(ctx: &Context<'_>, key: &str) -> bool {
    key.chars().count() >= 6
        && !ctx.lexicon.is_common_word(key)
        && !VERB_ENDINGS.iter().any(|e| key.ends_with(e))
}

/// True for a rare word written with a hamza under its alef ("صامويل [إيتو]"): no perfect verb starts so, and the
/// verbal nouns that do are frequent words or end in "ة"/"ات".
pub(super) fn foreign_hamza_below(ctx: &Context<'_>, i: usize) -> bool {
    let raw = ctx.raw(i);
    let key = ctx.words.get(i).map_or("", |w| w.key.as_str());
    raw.starts_with('إ')
        && letters(ctx, i) >= 4
        && !ctx.lexicon.is_common_word(key)
        && !raw.ends_with('ة')
        && !raw.ends_with("ات")
        && !VERB_ENDINGS.iter().any(|e| key.ends_with(e))
}

/// True for a verb of the future ("سيلتقي", "ستزور", "سنعمل"): "س" and an imperfect, no word a list knows as a name.
pub(super) fn future_verb(ctx: &Context<'_>, key: &str) -> bool {
    ["سي", "ست", "سن"].iter().any(|p| key.starts_with(p))
        && key.chars().count() >= 5
        && !ctx.lexicon.flags(key).intersects(
            Flags::GIVEN
                .union(Flags::PERSON)
                .union(Flags::LOC)
                .union(Flags::ORG),
        )
}

/// The abbreviated titles "د." (doctor), "م." (engineer) and "أ." (professor, teacher): a letter and its point,
/// two tokens (no list phrase holds a point). Returns the number of tokens.
pub(super) fn abbreviated_title(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let letter = ctx.raw(i);
    let letter = letter.strip_prefix('و').unwrap_or(letter);
    (matches!(letter, "د" | "م" | "أ") && joined(ctx, i) && ctx.raw(i + 1) == ".").then_some(2)
}
