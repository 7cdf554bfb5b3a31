//! What the tagger's spans are checked against: common words, verbs, products, generic bodies; a span
//! that fails is dropped or trimmed.

use super::{Candidate, Context, EntityLabel, Flags, HashSet, TokenKind};

/// A one-word person or place the tagger proposes that is one of the language's most frequent words and no list
/// knows as a name ("الراديو"، "لدينا"، "بيانا"، "المائة"): the tagger errs there most. A definite relative form
/// ("المالكي") is a family name often enough to stay.
pub(super) fn common_word_name(ctx: &Context<'_>, c: &Candidate) -> bool {
    if !matches!(c.label, EntityLabel::Per | EntityLabel::Loc) {
        return false;
    }
    let Some(text) = c.span.get(ctx.text) else {
        return false;
    };
    let mut words = text.split_whitespace();
    let (Some(word), None) = (words.next(), words.next()) else {
        return false;
    };
    let key = crate::normalize::normalize(word);
    let named = Flags::GIVEN
        .union(Flags::PERSON)
        .union(Flags::LOC)
        .union(Flags::TOWN);
    if ctx.lexicon.flags(&key).contains(named) || (key.starts_with("ال") && key.ends_with('ي')) {
        return false;
    }
    // "مشروعا", "اتفاقا": the accusative of an indefinite frequent noun, its tanween left unwritten.
    let accusative = key
        .strip_suffix('ا')
        .is_some_and(|stem| stem.chars().count() >= 3 && ctx.lexicon.is_common_word(stem));
    ctx.lexicon.is_common_word(&key) || accusative
}

/// The normalised first word of a person the tagger proposes (`None` for other labels).
pub(super) fn person_first_key(ctx: &Context<'_>, c: &Candidate) -> Option<String> {
    if c.label != EntityLabel::Per {
        return None;
    }
    let first = c.span.get(ctx.text)?.split_whitespace().next()?;
    Some(crate::normalize::normalize(first))
}

/// A person the tagger proposes whose first word is a definite frequent word or a club that no list knows as a
/// name ("النصر الأوروغوياني", "الدورة"): a person's name starts with a given name, not with the article.
pub(super) fn definite_noun_person(ctx: &Context<'_>, c: &Candidate) -> bool {
    let Some(key) = person_first_key(ctx, c) else {
        return false;
    };
    // A definite relative form ("المالكي") is a family name often enough to stay, as in `common_word_name`.
    key.starts_with("ال")
        && !key.ends_with('ي')
        && !ctx
            .lexicon
            .flags(&key)
            .intersects(Flags::GIVEN.union(Flags::PERSON))
        && (ctx.lexicon.is_common_word(&key) || ctx.lexicon.is_club(&key))
}

/// A one-word person the tagger proposes that has the shape of the imperfect of a derived verb ("أمير الرياض
/// [يتفقد] المشروعات", "[يستعد]") or of its perfect ("الوزير [استقال]"), no name of the lists: a headline's verb.
pub(super) fn verb_person(ctx: &Context<'_>, c: &Candidate) -> bool {
    let Some(text) = c.span.get(ctx.text) else {
        return false;
    };
    let first = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    c.label == EntityLabel::Per
        && !text.contains(char::is_whitespace)
        && ((text.starts_with('ي') && super::super::names::derived_imperfect(text))
            || super::super::names::derived_perfect(text)
            || future_verb(ctx, first))
        && !ctx
            .lexicon
            .flags(&crate::normalize::normalize(text))
            .intersects(Flags::GIVEN.union(Flags::PERSON))
}

/// Where a person of two words or more the tagger proposes ends when its last word is a verb no list knows as a
/// name: the plural of a frequent verb ("قيديد [سيطروا]"), the perfect or imperfect of a derived verb ("[انتقد]",
/// "[يتواصل]"), the future of a frequent one ("[سيجد]"), or what a player scored ("[هدفين]"). `None` when nothing
/// is to be trimmed.
pub(super) fn before_trailing_verb(ctx: &Context<'_>, c: &Candidate) -> Option<usize> {
    if c.label != EntityLabel::Per {
        return None;
    }
    let first = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    let last = ctx
        .words
        .partition_point(|w| w.span.end <= c.span.end)
        .checked_sub(1)?;
    if last <= first || ctx.words.get(last)?.span.end != c.span.end {
        return None;
    }
    let w = ctx.words.get(last)?;
    let raw = ctx.raw(last);
    let listed = ctx
        .lexicon
        .flags(&w.key)
        .intersects(Flags::GIVEN.union(Flags::PERSON));
    let plural = w
        .key
        .strip_suffix("وا")
        .is_some_and(|stem| stem.chars().count() >= 3 && ctx.lexicon.is_common_word(stem));
    let derived = super::super::names::derived_perfect(raw)
        || (raw.starts_with(['ي', 'ت']) && super::super::names::derived_imperfect(raw));
    // "غواو توماس [هدفين]": what the player scored.
    let scored = super::super::names::SCORING_OBJECTS.contains(&w.key.as_str());
    (!listed && (plural || derived || scored || future_verb(ctx, last)))
        .then(|| ctx.words.get(last - 1).map(|p| p.span.end))
        .flatten()
}

/// True when word `k`, after any "و"/"ف", is the future of a verb (`names::future_of_verb`: "[ستبعد] إيتو",
/// "[فسيجد]") and no name of the lists.
pub(super) fn future_verb(ctx: &Context<'_>, k: usize) -> bool {
    let Some(w) = ctx.words.get(k) else {
        return false;
    };
    let key = w.key.strip_prefix(['و', 'ف']).unwrap_or(&w.key);
    super::super::names::future_of_verb(ctx, key)
        && !ctx.lexicon.flags(&w.key).intersects(
            Flags::GIVEN
                .union(Flags::PERSON)
                .union(Flags::LOC)
                .union(Flags::ORG),
        )
}

/// A person the tagger proposes whose first word is "بـ", "لـ" or "كـ" on a frequent noun and no name of the lists
/// ("[بفيروس] كورونا", "[لشركة] أبل"): a prepositional phrase; a name with such a letter ("باسم", "لبنى") is listed.
pub(super) fn preposition_noun_person(ctx: &Context<'_>, c: &Candidate) -> bool {
    let Some(key) = person_first_key(ctx, c) else {
        return false;
    };
    let named = Flags::GIVEN.union(Flags::PERSON).union(Flags::LOC);
    if ctx.lexicon.flags(&key).intersects(named) {
        return false;
    }
    ['ب', 'ل', 'ك'].into_iter().any(|p| {
        key.strip_prefix(p).is_some_and(|rest| {
            // Four letters are too few: "برهان" is "بـ" + "رهان".
            rest.chars().count() >= 5
                && !rest.starts_with("ال")
                && ctx.lexicon.is_common_word(rest)
                && !ctx.lexicon.flags(rest).intersects(named)
        })
    })
}

/// A person the tagger proposes right before a model number ("جالكسي أس[6]", "هاتف نوكيا X6"), there or anywhere
/// else in the document ("سلسلتنا الشهيرة [جالكسي]"): a product, named as products are, by a word and a code of
/// letters and digits. Names carry no such code.
/// `coded`: the document's [`coded_names`].
pub(super) fn product_model(ctx: &Context<'_>, c: &Candidate, coded: &HashSet<&str>) -> bool {
    c.label == EntityLabel::Per
        && (model_code_at(ctx.text, c.span.end)
            || c.span
                .get(ctx.text)
                .is_some_and(|name| coded.contains(name)))
}

/// The names a model code follows somewhere in the document: each run of one to [`CODED_NAME_WORDS`] words right
/// before a code, as written. Found once per document, in one pass over its words (a lookup per candidate, not a
/// search of the whole text).
pub(super) fn coded_names<'t>(ctx: &Context<'t>) -> HashSet<&'t str> {
    let mut names = HashSet::default();
    for (i, w) in ctx.words.iter().enumerate() {
        if !w.is_wordlike() || !model_code_at(ctx.text, w.span.end) {
            continue;
        }
        for back in 0..CODED_NAME_WORDS {
            let Some(first) = i.checked_sub(back).and_then(|f| ctx.words.get(f)) else {
                break;
            };
            if !first.is_wordlike() {
                break;
            }
            if let Some(name) = ctx.text.get(first.span.start..w.span.end) {
                names.insert(name);
            }
        }
    }
    names
}

/// The longest product name [`coded_names`] keeps, in words.
pub(super) const CODED_NAME_WORDS: usize = 3;

/// True when a model code starts at byte `at` of `text`: digits right there, or after one space a word of
/// letters and digits ("نوكيا X6", "جالكسي أس6": the code's letters are Latin or Arabic).
pub(super) fn model_code_at(text: &str, at: usize) -> bool {
    let Some(after) = text.get(at..) else {
        return false;
    };
    if after.starts_with(|ch: char| ch.is_ascii_digit() || ('٠'..='٩').contains(&ch)) {
        return true;
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let code: &str = rest.split(char::is_whitespace).next().unwrap_or("");
    code.chars()
        .any(|ch| ch.is_ascii_digit() || ('٠'..='٩').contains(&ch))
        && code.chars().any(char::is_alphabetic)
}

/// The names of the Latin letters as Arabic writes them (normalised): "إكس", "سي", "بي", "جيه".
pub(super) const LETTER_NAMES: [&str; 27] = [
    "ايه",
    "اي",
    "بي",
    "سي",
    "دي",
    "اف",
    "جي",
    "اتش",
    "ايتش",
    "جيه",
    "كيه",
    "كي",
    "ال",
    "ام",
    "ان",
    "او",
    "كيو",
    "ار",
    "اس",
    "تي",
    "يو",
    "في",
    "دبليو",
    "اكس",
    "واي",
    "زد",
    "زي",
];

/// A person the tagger proposes whose words are all Latin letters spelled out ("كراي [إكس سي] 40", "[جي بي]"): an
/// abbreviation, a model or a body, never a person's name.
pub(super) fn spelled_letters(ctx: &Context<'_>, c: &Candidate) -> bool {
    if c.label != EntityLabel::Per {
        return false;
    }
    let Some(text) = c.span.get(ctx.text) else {
        return false;
    };
    let words: Vec<String> = text
        .split_whitespace()
        .map(crate::normalize::normalize)
        .collect();
    words.len() >= 2 && words.iter().all(|w| LETTER_NAMES.contains(&w.as_str()))
}

/// A person the tagger proposes of two words or more whose last word is a relative adjective in the dual or the
/// sound plural ("[مصدران عسكريان]", "[مسؤولين أمريكيين]"): the adjective agrees with a noun phrase of several
/// persons; a name is one person, and its words are no frequent adjective of the lists.
pub(super) fn dual_noun_phrase(ctx: &Context<'_>, c: &Candidate) -> bool {
    if c.label != EntityLabel::Per {
        return false;
    }
    let Some(text) = c.span.get(ctx.text) else {
        return false;
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let [.., last] = words.as_slice() else {
        return false;
    };
    if words.len() < 2 {
        return false;
    }
    let key = crate::normalize::normalize(last);
    let named = Flags::GIVEN
        .union(Flags::PERSON)
        .union(Flags::LOC)
        .union(Flags::TOWN);
    if ctx.lexicon.flags(&key).intersects(named) {
        return false;
    }
    ["يان", "يين", "يون"].into_iter().any(|end| {
        key.strip_suffix(end).is_some_and(|stem| {
            let singular = format!("{stem}ي");
            singular.chars().count() >= 4
                && (ctx.lexicon.is_common_word(&singular)
                    || ctx.lexicon.flags(&singular).contains(Flags::NATIONALITY))
        })
    })
}

/// A person the tagger proposes with a word that is a frequent noun and a possessive pronoun ("[أولادي] فرحانين",
/// "[مدرستنا]", "[أصدقاؤهم]"), the word and its stem no name of the lists: a name takes no pronoun. A stem in
/// "ي" needs four letters ("بيتي" is too close to the relative names "فتحي", "رمزي").
pub(super) fn noun_with_possessive(ctx: &Context<'_>, c: &Candidate) -> bool {
    if c.label != EntityLabel::Per {
        return false;
    }
    let Some(text) = c.span.get(ctx.text) else {
        return false;
    };
    let named = Flags::GIVEN
        .union(Flags::PERSON)
        .union(Flags::LOC)
        .union(Flags::TOWN)
        .union(Flags::NATIONALITY)
        .union(Flags::ORG);
    text.split_whitespace().any(|w| {
        let key = crate::normalize::normalize(w);
        if key.starts_with("ال") || ctx.lexicon.flags(&key).intersects(named) {
            return false;
        }
        [
            ("ي", 4),
            ("نا", 3),
            ("ها", 3),
            ("هم", 3),
            ("كم", 3),
            ("هما", 3),
        ]
        .into_iter()
        .any(|(suffix, min)| {
            key.strip_suffix(suffix).is_some_and(|stem| {
                // "مدرستنا": the taa marbuta of "مدرسة" is written "ت" before the pronoun.
                let feminine = stem.strip_suffix('ت').map(|s| format!("{s}ه"));
                stem.chars().count() >= min
                    && [Some(stem), feminine.as_deref()]
                        .into_iter()
                        .flatten()
                        .any(|s| {
                            ctx.lexicon.is_common_word(s) && !ctx.lexicon.flags(s).intersects(named)
                        })
            })
        })
    })
}

/// Where a one-word person the tagger proposes starts when the word before it is a first name it left out ("،
/// [آسر] ياسين،", "معامل [سوجي] ناكامورا"): an Arabic word on the same line that no list knows at all, not one of
/// the frequent words, not a stop word, of three letters or more, not led by a clitic on a known word, by the
/// article or by a letter of the imperfect, and not in "ة" or with a pronoun.
pub(super) fn unknown_first_name_before(ctx: &Context<'_>, c: &Candidate) -> Option<usize> {
    if c.label != EntityLabel::Per || c.span.get(ctx.text)?.contains(char::is_whitespace) {
        return None;
    }
    let first = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    let p = first.checked_sub(1)?;
    let w = ctx.words.get(p)?;
    let here = ctx.words.get(first)?;
    // The name itself must start its word (no clitic between). A definite word after a noun is its construct
    // ("هبوط [الين]") unless it has the relative form of a family name ("الدوسري").
    let definite_noun =
        here.key.starts_with("ال") && !(here.key.ends_with('ي') && here.key.chars().count() >= 5);
    if here.span.start != c.span.start
        || !w.joined_to_next
        || w.kind != TokenKind::Arabic
        || definite_noun
    {
        return None;
    }
    let raw = ctx.raw(p);
    let clitic_on_known = w.stems.iter().any(|s| {
        s.skip > 0
            && (ctx.lexicon.is_common_word(&s.key) || ctx.lexicon.flags(&s.key) != Flags::default())
    });
    let plain = w.key.chars().count() >= 3
        && !w.stop
        && ctx.lexicon.flags(&w.key) == Flags::default()
        && !ctx.lexicon.is_common_word(&w.key)
        && !w.key.starts_with("ال")
        && !w.key.starts_with(['ي', 'ت', 'ن', 'و', 'ف'])
        && !clitic_on_known
        && !raw.ends_with('ة')
        && !["ها", "هم", "كم", "نا"].iter().any(|e| w.key.ends_with(e))
        && !raw.contains(['\u{064b}', '\u{064c}', '\u{064d}']);
    plain.then_some(w.span.start)
}

/// Where a person the tagger proposes starts when its first words describe the person instead of naming them: a
/// nationality adjective ("[للبرازيلي] كلاوديو", "البرازيلي") or a frequent noun with the pronoun "his"
/// ("[مواطنه] جونينيو", "his compatriot"). Nationality adjectives are never part of a name; a name in "ه" is
/// written with "ة" ("حمزة") or is a listed given name ("عبده"). `None` when nothing is to be trimmed or nothing
/// would be left.
pub(super) fn after_leading_descriptors(ctx: &Context<'_>, c: &Candidate) -> Option<usize> {
    if c.label != EntityLabel::Per {
        return None;
    }
    let named = Flags::GIVEN
        .union(Flags::PERSON)
        .union(Flags::LOC)
        .union(Flags::TOWN)
        .union(Flags::ORG);
    let first = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    let mut k = first;
    while let Some(w) = ctx.words.get(k) {
        if w.span.end >= c.span.end || !w.is_wordlike() {
            break;
        }
        let nationality = w
            .stems
            .iter()
            .any(|s| ctx.lexicon.flags(&s.key).contains(Flags::NATIONALITY));
        let his_noun = ctx.raw(k).ends_with('ه')
            && !ctx.lexicon.flags(&w.key).intersects(named)
            && w.key.strip_suffix('ه').is_some_and(|stem| {
                stem.chars().count() >= 3
                    && ctx.lexicon.is_common_word(stem)
                    && !ctx.lexicon.flags(stem).intersects(named)
            });
        if !(nationality || his_noun || future_verb(ctx, k)) {
            break;
        }
        k += 1;
    }
    if k == first {
        return None;
    }
    ctx.words
        .get(k)
        .filter(|w| w.is_wordlike() && w.span.end <= c.span.end)
        .map(|w| w.span.start)
}

/// Nouns of a kind of product or a market index whose next words are its brand, model or name
/// ("هاتف [جالكسي]", "زجاج [كورنينج غوريلا]", "المؤشر [نيكي]"), not a person.
pub(super) const PRODUCT_NOUNS: [&str; 11] = [
    "هاتف",
    "الهاتف",
    "هاتفي",
    "جهاز",
    "الجهاز",
    "زجاج",
    "طراز",
    "حاسوب",
    "كمبيوتر",
    "مؤشر",
    "المؤشر",
];

/// True for a normalised word of [`PRODUCT_NOUNS`].
pub(crate) fn is_product_noun(key: &str) -> bool {
    PRODUCT_NOUNS
        .iter()
        .any(|n| crate::normalize::normalize(n) == key)
}

/// Nouns of a disease or a pathogen whose next words name it ("فيروس [كورونا]", "متلازمة [داون]", "حمى [الضنك]"),
/// normalised: no place, person or body of the tagger's.
pub(super) const DISEASE_NOUNS: [&str; 14] = [
    "فيروس",
    "الفيروس",
    "فيروسات",
    "مرض",
    "المرض",
    "وباء",
    "متلازمه",
    "انفلونزا",
    "الانفلونزا",
    "حمي",
    "داء",
    "بكتيريا",
    "سلاله",
    "متحور",
];

/// The word right before the candidate `c` on its line (past an opening quote), if any.
pub(super) fn word_before<'w>(
    ctx: &'w Context<'_>,
    c: &Candidate,
) -> Option<&'w super::super::Word> {
    let first = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    let before = ctx
        .words
        .get(..first)
        .and_then(|ws| ws.iter().rposition(super::super::Word::is_wordlike))?;
    ctx.words.get(before).filter(|w| {
        ctx.text
            .get(w.span.end..c.span.start)
            .is_some_and(|gap| gap.chars().all(|ch| matches!(ch, ' ' | '"' | '“' | '«')))
    })
}

/// A person the tagger proposes right after a noun of [`PRODUCT_NOUNS`] on the same line: the product's or
/// index's name; any name it proposes right after a noun of [`DISEASE_NOUNS`]: the disease's.
pub(super) fn after_product_noun(ctx: &Context<'_>, c: &Candidate) -> bool {
    word_before(ctx, c).is_some_and(|w| {
        (c.label == EntityLabel::Per && is_product_noun(&w.key))
            // "بفيروس [كورونا]": after a clitic too.
            || DISEASE_NOUNS.contains(&w.key.as_str())
            || w.stems
                .iter()
                .any(|s| DISEASE_NOUNS.contains(&s.key.as_str()))
    })
}

/// A person the tagger proposes right after a title that follows a park, a hall or a square ("حديقة الملك
/// [عبدالله]"): the place is named after the person, who is not mentioned (see `names::named_after_head`).
pub(super) fn inside_named_place(ctx: &Context<'_>, c: &Candidate) -> bool {
    let first = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    c.label == EntityLabel::Per
        && first >= 2
        && ctx
            .words
            .get(first - 1)
            .is_some_and(|t| t.is_wordlike() && ctx.lexicon.flags(&t.key).contains(Flags::TITLE))
        && ctx
            .words
            .get(first - 2)
            .is_some_and(|h| super::super::names::named_after_head(&h.key))
        && super::super::rules::joined(ctx, first - 2)
        && super::super::rules::joined(ctx, first - 1)
}

/// A name the tagger proposes that holds an honorific pronoun ("سموه", "ومعاليه", "فضيلته"): the pronoun stands for
/// a person named elsewhere and is no name itself.
pub(super) fn honorific_pronoun(ctx: &Context<'_>, c: &Candidate) -> bool {
    let honorifics = crate::analysis::quotes::lexicon::honorifics();
    c.span.get(ctx.text).is_some_and(|t| {
        t.split_whitespace().any(|w| {
            let key = crate::normalize::normalize(w);
            honorifics.contains(&key)
                || ['و', 'ف', 'ب', 'ل']
                    .into_iter()
                    .any(|p| key.strip_prefix(p).is_some_and(|r| honorifics.contains(r)))
        })
    })
}

/// A name the tagger proposes with a word written with tanween ("إيمانٌ", "كتاباً"): the sign of an indefinite
/// noun or adjective, which news text does not write on names.
pub(super) fn with_tanween(ctx: &Context<'_>, c: &Candidate) -> bool {
    c.span.get(ctx.text).is_some_and(|t| {
        t.chars()
            .any(|ch| matches!(ch, '\u{064b}' | '\u{064c}' | '\u{064d}'))
    })
}

/// A one-word place without the article the tagger proposes, before a masculine nationality adjective or where a
/// team stands (no country): the city's club, in a sports article.
pub(super) fn city_club(ctx: &Context<'_>, c: &Candidate) -> bool {
    if c.label != EntityLabel::Loc {
        return false;
    }
    let i = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    let Some(text) = c.span.get(ctx.text) else {
        return false;
    };
    let key = crate::normalize::normalize(text);
    ctx.words.get(i).is_some_and(|w| w.span.end == c.span.end)
        && !key.starts_with("ال")
        && ((super::super::rules::joined(ctx, i)
            && super::super::heads::masculine_nationality(ctx, i + 1))
            || (super::super::heads::in_match_context(ctx, i) && !ctx.lexicon.is_country(&key)))
}

/// A place the tagger proposes that is the sunset prayer ("صلاة [المغرب]"), as [`super::rules::prayer_time`] reads it.
pub(super) fn prayer_time_place(ctx: &Context<'_>, c: &Candidate) -> bool {
    if c.label != EntityLabel::Loc {
        return false;
    }
    let i = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    ctx.words.get(i).is_some_and(|w| w.span.end == c.span.end)
        && super::super::rules::prayer_time(ctx, i)
}

/// An organisation the tagger proposes that is a generic body of the lists ("مجلس الإدارة", "اللجنة المنظمة").
pub(super) fn generic_body(ctx: &Context<'_>, c: &Candidate) -> bool {
    c.label == EntityLabel::Org
        && c.span
            .get(ctx.text)
            .and_then(super::super::lexicon::phrase_key)
            .is_some_and(|key| ctx.lexicon.is_generic_body(&key))
}
