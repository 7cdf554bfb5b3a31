//! Person rules: a title before a name, a given name before a family name, and how far a name runs.

use super::lexicon::Flags;
use super::rules::{candidate, is_comma, joined, match_at, words_span};
use super::{Candidate, Context, Recognise};
use crate::analysis::{EntityLabel, Recogniser};

/// The number of words of a given name starting at word `i` as written (0 when none).
pub fn given_at(ctx: &Context<'_>, i: usize) -> usize {
    let Some(w) = ctx.words.get(i) else { return 0 };
    // The first reading is the word as written: no list phrase starts with it, no lookup.
    if !w.is_wordlike() || ctx.is_stop(i) || w.stems.first().is_some_and(|s| s.phrases == 0) {
        return 0;
    }
    ctx.lexicon
        .table
        .longest(&w.key, |k| ctx.next_key(i, k), |f| f.contains(Flags::GIVEN))
        .map_or(0, |(n, _)| n)
}

/// Words that link the parts of a name ("بن", "آل", "أبو", "دا").
const CONNECTORS: [&str; 14] = [
    "بن", "ابن", "بنت", "ال", "ابو", "ابي", "ابا", "عبد", "دا", "دي", "دو", "فون", "فان", "ولد",
];

/// The flags that keep a word out of a person's name.
const NOT_NAME: Flags = Flags::TITLE
    .union(Flags::NATIONALITY)
    .union(Flags::ORG_HEAD)
    .union(Flags::ORG_HEAD_OUT)
    .union(Flags::ORG_HEAD_NAME)
    .union(Flags::PLACE_HEAD)
    .union(Flags::PLACE_HEAD_OUT)
    .union(Flags::LOC)
    .union(Flags::ORG)
    .union(Flags::ORG_ADJ)
    .union(Flags::DIRECTION);

/// Prepositions of place the stop list leaves out, and the neighbourhood word (normalised): "طريق الملك فهد
/// [قرب] تقاطع ...", "وشهد [حي] الملز".
const PLACE_PREPOSITIONS: [&str; 9] = [
    "قرب",
    "بالقرب",
    "داخل",
    "خارج",
    "خلف",
    "تجاه",
    "ضمن",
    "عبر",
    "حي",
];

/// The verbal noun قول with a pronoun (normalised), as in "ونقلت الوكالة عن خالد قوله إن": it follows the source's
/// name and is never part of it.
const SAYING: [&str; 4] = ["قوله", "قولها", "قولهم", "قولهما"];

/// True when word `i` can be part of a name: letters, not a stop word, title, head word or known place.
pub fn is_name_word(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let flags = ctx.lexicon.flags(&w.key);
    w.is_wordlike()
        && w.key.chars().count() >= 2
        && !ctx.is_stop(i)
        && !SAYING.contains(&w.key.as_str())
        && (flags.contains(Flags::GIVEN) || !flags.contains(NOT_NAME))
}

/// Extends a person's name whose first part ends before word `end`: family names after given names,
/// "بن"/"آل" chains. Returns the end (exclusive) of the name.
pub fn extend_name(ctx: &Context<'_>, end: usize, after_given: bool) -> usize {
    extend_lineage(ctx, end, after_given, false)
}

/// [`extend_name`], told whether the name's first part already names a relative (a kunya: "أبو محمد").
fn extend_lineage(
    ctx: &Context<'_>,
    mut end: usize,
    mut after_given: bool,
    mut lineage: bool,
) -> usize {
    let first_end = end;
    let mut plain = 1;
    let mut no_plain_tail = false;
    while plain < 5 && end > 0 && joined(ctx, end - 1) {
        let Some(w) = ctx.words.get(end) else { break };
        // "محمد [عبد الله] الشحي": a compound given name written in two words ("الله" is a stop word alone).
        let compound = given_at(ctx, end);
        if w.key == "عبد" && compound > 1 {
            end += compound;
            after_given = true;
            plain += 1;
            continue;
        }
        // "بهاء [الدين]", "صلاح [الدين]": a compound given name of the form X الدين, written in two words.
        if w.key == "الدين" && !w.stems.is_empty() && ctx.raw(end).starts_with("ال") {
            end += 1;
            after_given = true;
            plain += 1;
            continue;
        }
        if CONNECTORS.contains(&w.key.as_str()) {
            // "آل" takes any family name ("آل الشيخ"); the others a name word.
            let family = w.key == "ال"
                && ctx
                    .words
                    .get(end + 1)
                    .is_some_and(|n| n.is_wordlike() && !n.stop);
            // "علي بن [أبي طالب]", "سعد بن [أبي] وقاص": the father's kunya ("أبي" is a stop word alone).
            let kunya = matches!(w.key.as_str(), "بن" | "ابن" | "بنت")
                && joined(ctx, end)
                && ctx
                    .words
                    .get(end + 1)
                    .is_some_and(|n| matches!(n.key.as_str(), "ابي" | "ابو"))
                && joined(ctx, end + 1)
                && is_name_word(ctx, end + 2);
            if kunya {
                end += 3;
                after_given = true;
                continue;
            }
            if joined(ctx, end) && (family || is_name_word(ctx, end + 1)) {
                // "بن [عبد الله]": a compound given name after the link.
                let compound = ctx
                    .words
                    .get(end + 1)
                    .filter(|n| n.key == "عبد")
                    .map_or(1, |_| given_at(ctx, end + 1).max(1));
                end += 1 + compound;
                lineage |= matches!(w.key.as_str(), "بن" | "ابن" | "بنت");
                // "بن عبد العزيز [عرش]": after a compound father's name only a family name or another link follows.
                no_plain_tail = compound > 1;
                if w.key == "ال" {
                    // "آل سعود", "آل الشيخ": the family name closes the name.
                    break;
                }
                after_given = true;
                continue;
            }
            break;
        }
        if after_given && foreign_family_name_with_waw(ctx, end) {
            end += 1;
            break;
        }
        // "ماجد [المصري]": right after a lone given name, a masculine nationality in the singular is the family
        // name; after a longer name it describes the person ("محمد صلاح المصري").
        let lone_given = end == first_end
            && !(first_end >= 2 && joined(ctx, first_end - 2) && given_at(ctx, first_end - 2) > 0);
        if after_given && lone_given && nationality_family_name(ctx, end) {
            end += 1;
            break;
        }
        // "علي [السيد] إن": a title that is also a family name closes the name when no name follows it ("محمد
        // الشيخ أحمد" is two persons).
        if after_given
            && matches!(w.key.as_str(), "السيد" | "الشيخ")
            && ctx.raw(end).starts_with("ال")
            && name_boundary(ctx, end)
        {
            end += 1;
            break;
        }
        if !is_name_word(ctx, end) || !continues_name(ctx, end) {
            break;
        }
        let given = given_at(ctx, end);
        // "فيصل بن تركي [بجهود] اللاعبين": after a name's first parts, as in [`name_tail`]. "خورخي دا سيلفا
        // [رضاه]": a frequent noun with the pronoun "his" is what the person felt or did, never a name.
        if given == 0
            && ((end > first_end && prepositional_complement(ctx, end)) || noun_with_his(ctx, end))
        {
            break;
        }
        // "الوليد بن طلال [كلمة]": after the name's first parts, a frequent noun in "ة" no list knows as a name
        // starts the rest of the sentence.
        if end > first_end
            && given == 0
            && ctx.raw(end).ends_with('ة')
            && ctx.lexicon.is_common_word(&w.key)
            && !ctx.lexicon.flags(&w.key).contains(Flags::PERSON)
        {
            break;
        }
        // "سامر حمدان [جدارة] الفريق", "[جدارة] "الأخضر"": after a name, a word in "ة" in
        // construct with a frequent definite word (past an opening quote) that is no relative (family) form nor a
        // title is the sentence's noun, not a family name.
        if given == 0
            && ctx.raw(end).ends_with('ة')
            && !ctx.lexicon.flags(&w.key).contains(Flags::PERSON)
            && joined(ctx, end)
            && construct_with_definite(ctx, end + 1)
        {
            break;
        }
        // "خالد حمدان [جدارة] كبيرة": a noun in "ة" that a frequent indefinite adjective in "ة" agrees with is a
        // noun phrase, not a family name.
        if given == 0
            && ctx.raw(end).ends_with('ة')
            && joined(ctx, end)
            && ctx.words.get(end + 1).is_some_and(|n| {
                !n.key.starts_with("ال")
                    && ctx.raw(end + 1).ends_with('ة')
                    && ctx.lexicon.is_common_word(&n.key)
                    && !ctx
                        .lexicon
                        .flags(&n.key)
                        .intersects(Flags::GIVEN.union(Flags::PERSON))
            })
        {
            break;
        }
        // "أهدر محمد [ركلة] جزاء": a frequent noun in "ة" in construct with a frequent indefinite noun is the
        // object, not a family name ("خالد جمعة مبارك", "حسن سلامة وزير" keep theirs: a name or a title follows).
        if given == 0
            && ctx.raw(end).ends_with('ة')
            && ctx.lexicon.is_common_word(&w.key)
            && !ctx.lexicon.flags(&w.key).contains(Flags::PERSON)
            && joined(ctx, end)
            && ctx.words.get(end + 1).is_some_and(|n| {
                n.is_wordlike()
                    && !n.stop
                    && !n.key.starts_with("ال")
                    && !n.key.starts_with('و')
                    && ctx.lexicon.is_common_word(&n.key)
                    && !ctx
                        .lexicon
                        .flags(&n.key)
                        .intersects(Flags::GIVEN.union(Flags::PERSON).union(Flags::TITLE))
            })
        {
            break;
        }
        if w.key.starts_with("ال") && given == 0 {
            // "صبري [المحادثات]": a frequent definite plural in "ات" is the sentence's noun, no family name.
            // "فيصل بن بندر [المشروعات]": also the plural of a frequent singular ("مشروع", "زيارة").
            let plural = w.key.ends_with("ات")
                && w.key.chars().count() >= 7
                && (frequent_unnamed(ctx, &w.key)
                    || w.key
                        .strip_prefix("ال")
                        .and_then(|k| k.strip_suffix("ات"))
                        .is_some_and(|stem| {
                            stem.chars().count() >= 3
                                && (frequent_unnamed(ctx, stem)
                                    || frequent_unnamed(ctx, &format!("{stem}ه")))
                        }));
            // "رعى الأمير فلان بن فلان [الحفل]", "تسلم خالد [الجائزة]": the verb's object, not a family name.
            // "ورفض المدرب جوزيه [الإفصاح] عن خطته": a verbal noun of a derived verb is never one either.
            let object = definite_object(ctx, end, lineage && inside_clause(ctx, first_end))
                || derived_masdar(ctx, end);
            // A family name ("الجبير") follows a given name; after anything else it is a noun or adjective.
            if after_given && !plural && !object {
                end += 1;
                // "فهد العرابي [الحارثي]:": a second family name of the relative form (a tribe's) closes the
                // name when the sentence breaks right after it; before more words it is an adjective.
                if joined(ctx, end - 1) && second_family_name(ctx, end) {
                    end += 1;
                }
            }
            break;
        }
        // "مبارك [غادر] القصر": after a lone given name, a short frequent word no list knows as a name, with a
        // definite word after it, is the verb and its object.
        let verb_and_object = end == first_end
            && given == 0
            && (3..=4).contains(&letters(ctx, end))
            && frequent_unnamed(ctx, &w.key)
            && joined(ctx, end)
            // "إلى" is "الي" once normalised: a preposition, no definite object ("جون [سميث] إلى").
            && ctx
                .words
                .get(end + 1)
                .is_some_and(|n| n.is_wordlike() && !n.stop && n.key.starts_with("ال"))
            // "ميسون [صقر] القاسمي": before a family name of the relative form it is the father's name.
            && !relative_family_name(ctx, end + 1);
        if verb_and_object
            || (given == 0
                && (!plausible_family_name(ctx, end) || verbal_noun_in_construct(ctx, end)))
        {
            break;
        }
        if given > 0 {
            end += given;
            after_given = true;
        } else if after_given && !no_plain_tail {
            end = name_tail(ctx, end + 1);
            after_given = false;
        } else {
            break;
        }
        plain += 1;
    }
    end
}

/// Adverbs of time in the accusative (normalised): "اعتقل فلان [فجرا]", "وصل فلان [مساء]" says when, and ends the
/// name; so does "ردا" ("in reply"). The nouns' stems are too short for [`accusative_noun`].
const TIME_ADVERBS: [&str; 14] = [
    "ردا",
    "فجرا",
    "صباحا",
    "ظهرا",
    "عصرا",
    "مساء",
    "مساءا",
    "ليلا",
    "نهارا",
    "غدا",
    "امس",
    "حاليا",
    "مؤخرا",
    "سابقا",
];

/// What a player scores, widens or gives (normalised): "وأضاف راوول [الهدف] الثاني", "وسجل فلان [هدفا]", "ومنح
/// فلان [التقدم] لفريقه". Never a family name.
const SCORING_OBJECTS: [&str; 14] = [
    "هدف",
    "هدفا",
    "الهدف",
    "هدفين",
    "الهدفين",
    "اهداف",
    "الاهداف",
    "الفارق",
    "التقدم",
    "التعادل",
    "ركله",
    "ضربه",
    "الشباك",
    "الكره",
];

/// Kinship nouns (normalised): wife, husband, son, daughter, brother, sister, father, mother, grandson, widow.
const KINSHIP_NOUNS: [&str; 13] = [
    "قرينه",
    "زوجه",
    "زوج",
    "عقيله",
    "حرم",
    "نجل",
    "ابنه",
    "شقيق",
    "شقيقه",
    "والد",
    "والده",
    "حفيد",
    "ارمله",
];

/// True when word `i`, after the first part of a name, can continue it: not a title ("ولي العهد"), not a
/// clitic-led word ("بالنسبة", "وأخيه", "للسياسيين"), not a noun with a pronoun suffix ("رأسها").
pub fn continues_name(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    let given = given_at(ctx, i) > 0;
    let clitic_article = ["بال", "لل", "وال", "فال", "كال"]
        .iter()
        .any(|p| k.starts_with(p));
    // "ريم أسعد [فقالت]": "ف" + a frequent word is the next clause ("فهد", "فيصل" are given names).
    let conjunction = (k.starts_with('و')
        || k.strip_prefix('ف')
            .is_some_and(|rest| ctx.lexicon.is_common_word(rest)))
        && !given;
    let pronoun = (k.ends_with("ها") || k.ends_with("هم")) && !given;
    // "وزير [خارجيته] جون كيري": a frequent noun in "ة" with a pronoun after it is the sentence going on. (The
    // accusative of a frequent noun, "دورا", is not tested: some family names end so.)
    let common = |stem: &str| stem.chars().count() >= 3 && ctx.lexicon.is_common_word(stem);
    let inflected = !given
        && !k.starts_with("ال")
        && k.strip_suffix("ته")
            .is_some_and(|stem| common(&format!("{stem}ه")));
    // "مركز الملك عبدالله [لحوار] الأديان": "لـ" + a frequent noun in construct with a definite word names a
    // field, not a family name ("إميل لحود" keeps its name: "حود" is no frequent word).
    // "ليوناردو [لمدة] موسمين": "لـ" + a frequent noun in "ة" is a prepositional phrase whatever follows.
    // "جوزيه [لإيقاف] خطورتهم": "لـ" + a frequent word of four letters or more is a purpose, whatever follows
    // (short ones may be a family name: "لحلو", "لشكر").
    let lam_field = !given
        && k.strip_prefix('ل')
            .is_some_and(|rest| ctx.lexicon.is_common_word(rest))
        && (ctx.raw(i).ends_with('ة')
            || k.strip_prefix('ل').is_some_and(|rest| {
                rest.chars().count() >= 4
                    && !ctx
                        .lexicon
                        .flags(rest)
                        .intersects(Flags::GIVEN.union(Flags::PERSON))
            })
            || joined(ctx, i)
                && ctx
                    .words
                    .get(i + 1)
                    .is_some_and(|n| n.is_wordlike() && n.key.starts_with("ال")));
    // "سوزان مبارك [قرينة] الرئيس", "أحمد حسن [شقيق] اللاعب": a kinship noun in construct with the next word
    // says whose relative the person is.
    let kinship = KINSHIP_NOUNS.contains(&k)
        && joined(ctx, i)
        && ctx.words.get(i + 1).is_some_and(super::Word::is_wordlike);
    !clitic_article
        && !PLACE_PREPOSITIONS.contains(&k)
        && !TIME_ADVERBS.contains(&k)
        && !SCORING_OBJECTS.contains(&k)
        && !kinship
        && !conjunction
        && !pronoun
        && !inflected
        && !lam_field
        && !accusative_role(ctx, k)
        && match_at(ctx, i, Flags::TITLE).is_none()
}

/// True for the accusative of a title written without its tanween ("عين فلان [مبعوثا]", "انتخب [رئيسا]"): the
/// role the name is given, not a part of it. Only the word a title list knows, never a name a list knows.
fn accusative_role(ctx: &Context<'_>, key: &str) -> bool {
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
fn definite_object(ctx: &Context<'_>, i: usize, lineage: bool) -> bool {
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
fn derived_masdar(ctx: &Context<'_>, i: usize) -> bool {
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
fn masdar_shape(stem: &str) -> bool {
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
fn inside_clause(ctx: &Context<'_>, first_end: usize) -> bool {
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
        && ctx.words.get(k - 1).is_some_and(super::Word::is_wordlike)
}

/// True when word `i` is a plain name word no list knows and no frequent word: after a given name, most likely a
/// foreign family name ("كريغ [إيرلام]").
pub(super) fn rare_plain_name(ctx: &Context<'_>, i: usize) -> bool {
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
fn frequent_unnamed(ctx: &Context<'_>, key: &str) -> bool {
    ctx.lexicon.is_common_word(key)
        && !ctx
            .lexicon
            .flags(key)
            .intersects(Flags::GIVEN.union(Flags::PERSON))
}

/// True when word `i` is a clitic before a listed place, organisation or person ("[لرويترز]", "[بمصر]",
/// "عباس [لنتنياهو]").
fn clitic_before_listed_name(ctx: &Context<'_>, i: usize) -> bool {
    match_at(ctx, i, Flags::LOC.union(Flags::ORG).union(Flags::PERSON)).is_some_and(|m| m.skip > 0)
}

/// The number of letters of word `i`.
fn letters(ctx: &Context<'_>, i: usize) -> usize {
    ctx.words.get(i).map_or(0, |w| w.key.chars().count())
}

/// True when word `i` has the shape of an imperfect verb of three or four letters ("يركب", "تدل", "يؤدي"). Given
/// names of that shape ("يزيد", "تامر") are in the lists and never reach this test.
fn imperfect_verb_shaped(ctx: &Context<'_>, i: usize) -> bool {
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
fn feminine_perfect_in_ta(raw: &str) -> bool {
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

/// True when an unlisted word `i` can be a name's next part: not a clitic before a listed name, not shaped like
/// an imperfect verb, not written with the tanween of an indefinite noun ("بياناً").
fn plausible_family_name(ctx: &Context<'_>, i: usize) -> bool {
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
    !clitic_before_listed_name(ctx, i)
        && !imperfect_verb_shaped(ctx, i)
        && !perfect
        && !plural_verb
        && !tanween
        && !plural
        && !prepositional_phrase(ctx, i)
        && !accusative_noun(ctx, i)
}

/// True when word `i` is a frequent word that is "بـ", "لـ" or "كـ" on a frequent word, and no name of the lists
/// ("صالح [بنسبة] 77%", "برنامجا [بعنوان]"); "كمال", "بكر" are listed given names, and "لولا" is "لـ" on no noun.
fn prepositional_phrase(ctx: &Context<'_>, i: usize) -> bool {
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
fn accusative_noun(ctx: &Context<'_>, i: usize) -> bool {
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
    // "المتحدث [باسمه]": a preposition on a frequent word.
    let prepositional = ctx.words.get(i).is_some_and(|w| {
        w.stems.iter().any(|s| {
            s.skip > 0
                && (w.key.starts_with('ب') || w.key.starts_with('ل'))
                && s.key.chars().count() >= 3
                && ctx.lexicon.is_common_word(&s.key)
        })
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
fn derived_verbal_noun_with_pronoun(ctx: &Context<'_>, i: usize) -> bool {
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
fn derived_verbal_noun_shape(key: &str) -> bool {
    let c: Vec<char> = key.chars().collect();
    let long_a_before_last = c.len() >= 5 && c.get(c.len() - 2) == Some(&'ا');
    c.first() == Some(&'ا') && long_a_before_last && (5..=7).contains(&c.len())
}

/// True when word `i` is a frequent verbal noun of a derived verb in construct with a definite word ("الملك
/// عبدالعزيز [استمرار] الدراسة"): the object of the sentence's verb, not a family name.
fn verbal_noun_in_construct(ctx: &Context<'_>, i: usize) -> bool {
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
fn relative_family_name(ctx: &Context<'_>, i: usize) -> bool {
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
fn rare_definite_family_name(ctx: &Context<'_>, i: usize) -> bool {
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
fn nationality_family_name(ctx: &Context<'_>, i: usize) -> bool {
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
fn name_boundary(ctx: &Context<'_>, i: usize) -> bool {
    !joined(ctx, i)
        || ctx.words.get(i + 1).is_none_or(|n| !n.is_wordlike())
        || ctx.is_stop(i + 1)
        || prepositional_complement(ctx, i + 1)
        || prepositional_phrase(ctx, i + 1)
}

/// True when word `i`, right after a family name, is a second one: of the relative form, no frequent word of the
/// language ("الحالي", "الرسمي") and at a boundary (punctuation, a stop word or the end of the line).
fn second_family_name(ctx: &Context<'_>, i: usize) -> bool {
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
fn bare_name_with_family(ctx: &Context<'_>, i: usize) -> bool {
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
/// name ends right after it.
fn foreign_family_name_with_waw(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let Some(rest) = w.key.strip_prefix('و') else {
        return false;
    };
    let boundary = !joined(ctx, i)
        || ctx.is_stop(i + 1)
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
fn waw_rest_is_no_noun(raw: &str, rest: &str) -> bool {
    let pronoun = raw.ends_with('ه');
    let participle = ["مت", "من", "مس"].iter().any(|p| rest.starts_with(p));
    !pronoun && !participle
}

/// Up to two more plain words that end a foreign name at a boundary ("حسين نقوي [حسيني] أن").
fn name_tail(ctx: &Context<'_>, end: usize) -> usize {
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
fn prepositional_complement(ctx: &Context<'_>, k: usize) -> bool {
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
fn listed_as_name(ctx: &Context<'_>, key: &str) -> bool {
    ctx.lexicon
        .flags(key)
        .intersects(Flags::GIVEN.union(Flags::PERSON))
}

/// True when word `k` is a frequent word (even one that is also a given name: "رضا") with the pronoun "ه" written
/// on it ("رضاه", "أداءه"), and no list knows the whole word as a name ("عبده" is one).
fn noun_with_his(ctx: &Context<'_>, k: usize) -> bool {
    let Some(w) = ctx.words.get(k) else {
        return false;
    };
    // "مرماه", "مستواه": a noun in alef maqsura writes it as alef before the pronoun.
    let frequent = |noun: &str| {
        ctx.lexicon.is_common_word(noun)
            || noun
                .strip_suffix('ا')
                .is_some_and(|n| ctx.lexicon.is_common_word(&format!("{n}ي")))
    };
    ctx.raw(k).ends_with('ه')
        && w.key
            .strip_suffix('ه')
            .is_some_and(|noun| noun.chars().count() >= 3 && frequent(noun))
        && !listed_as_name(ctx, &w.key)
}

/// After a title and an unknown first name, one more long foreign-looking word that ends the name
/// ("المدرب [رازفان لوشيسكو] في"); short words there are mostly verbs ("الرئيس أوباما قابل").
fn bare_name_tail(ctx: &Context<'_>, end: usize) -> usize {
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
    let boundary = name_boundary(ctx, end)
        || ctx.words.get(end + 1).is_some_and(|n| {
            n.key.starts_with('و')
                || ctx.lexicon.flags(&n.key).contains(Flags::NATIONALITY)
                || future_verb(ctx, &n.key)
                || frequent_noun_with_pronoun(ctx, &n.key)
        });
    if boundary { end + 1 } else { end }
}

/// True for a frequent noun with the pronoun "ه" ("سعادته", "رأيه"): the object of the sentence's verb, so the
/// name before it has ended.
fn frequent_noun_with_pronoun(ctx: &Context<'_>, key: &str) -> bool {
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
fn slavic_family_name(ctx: &Context<'_>, key: &str) -> bool {
    key.chars().count() >= 5
        && !ctx.lexicon.is_common_word(key)
        && ["يتش", "فسكي", "وفسكي", "يف", "وف", "ينكو"]
            .iter()
            .any(|e| key.ends_with(e))
}

/// Endings of verbs (plural, dual, pronouns) that a foreign name in "ي", "ت" or "ن" does not have.
const VERB_ENDINGS: [&str; 9] = ["ون", "ان", "ين", "وا", "ها", "هم", "هما", "نا", "ه"];

/// True for a long rare word with no verb ending ("تيرنبول", "يانوكوفيتش"): a foreign name though it starts with
/// a letter of the imperfect.
pub fn foreign_in_verb_letter(ctx: &Context<'_>, key: &str) -> bool {
    key.chars().count() >= 6
        && !ctx.lexicon.is_common_word(key)
        && !VERB_ENDINGS.iter().any(|e| key.ends_with(e))
}

/// True for a rare word written with a hamza under its alef ("صامويل [إيتو]"): no perfect verb starts so, and the
/// verbal nouns that do are frequent words or end in "ة"/"ات".
fn foreign_hamza_below(ctx: &Context<'_>, i: usize) -> bool {
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
fn future_verb(ctx: &Context<'_>, key: &str) -> bool {
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
fn abbreviated_title(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let letter = ctx.raw(i);
    let letter = letter.strip_prefix('و').unwrap_or(letter);
    (matches!(letter, "د" | "م" | "أ") && joined(ctx, i) && ctx.raw(i + 1) == ".").then_some(2)
}

/// A title ("الرئيس", "وزير الخارجية الروسي") before a name: the name is a person.
pub struct TitleRule;

impl Recognise for TitleRule {
    fn name(&self) -> &'static str {
        "title"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(words) = match_at(ctx, i, Flags::TITLE)
                .map(|m| m.words)
                .or_else(|| abbreviated_title(ctx, i))
            else {
                continue;
            };
            let mut j = i + words;
            // The title's complement: "وزير [الخارجية الروسي]", "رئيس [الوزراء الإسرائيلي]".
            let mut skipped = 0;
            while skipped < 5 && joined(ctx, j - 1) {
                let Some(w) = ctx.words.get(j) else { break };
                // "كبير الاقتصاديين [في] وكالة الطاقة الدولية فاتح بيرول": the body the title holder works in.
                if w.key == "في"
                    && joined(ctx, j)
                    && let Some(n) = match_at(ctx, j + 1, Flags::ORG).filter(|n| n.skip == 0)
                {
                    j += 1 + n.words;
                    skipped += 1;
                    continue;
                }
                if !w.is_wordlike() || (ctx.is_stop(j) && w.key != "لدي") || given_at(ctx, j) > 0
                {
                    break;
                }
                // "الرئيس التنفيذي [لشركة stc] فلان": the body the title holder heads, named in Latin letters
                // or as the lists know it, after "لـ" + a body's head.
                if let Some(n) = lam_body(ctx, j) {
                    j += n;
                    skipped += 1;
                    continue;
                }
                if let Some(n) = match_at(ctx, j, Flags::LOC.union(Flags::ORG).union(Flags::TITLE))
                {
                    j += n.words;
                } else if w.key.starts_with("ال")
                    || w.key.starts_with("لل")
                    || ctx.lexicon.flags(&w.key).contains(Flags::NATIONALITY)
                {
                    j += 1;
                } else if w.key == "لدي"
                    && joined(ctx, j)
                    && ctx.words.get(j + 1).is_some_and(|n| {
                        n.key.starts_with("ال")
                            || match_at(ctx, j + 1, Flags::LOC.union(Flags::ORG))
                                .is_some_and(|m| m.skip == 0)
                    })
                {
                    // "سفير الولايات المتحدة [لدى] المملكة ...": the posting is part of the title. An unknown
                    // indefinite word after it is the holder's employer ("المحلل لدى بتروماتريكس"), no name.
                    j += 1;
                } else if joined(ctx, j)
                    && match_at(ctx, j + 1, Flags::LOC).is_some_and(|n| n.skip == 0)
                {
                    // "رئيس [وزراء إسرائيل]": an indefinite noun in construct with a place.
                    j += 1;
                } else if joined(ctx, j)
                    && match_at(
                        ctx,
                        j,
                        Flags::ORG_HEAD
                            .union(Flags::ORG_HEAD_OUT)
                            .union(Flags::ORG_HEAD_NAME),
                    )
                    .is_some_and(|h| h.skip == 0 && h.words == 1)
                    && ctx
                        .words
                        .get(j + 1)
                        .is_some_and(|n| n.key.starts_with("ال"))
                {
                    // "رئيس [نادي] الاتحاد فلان": a body's head in construct with its definite name.
                    j += 1;
                } else {
                    break;
                }
                skipped += 1;
            }
            if !joined(ctx, j - 1) || !is_name_word(ctx, j) {
                continue;
            }
            if ctx.words.get(j).is_some_and(|w| w.key.starts_with("ال")) && given_at(ctx, j) == 0
            {
                continue;
            }
            let given = given_at(ctx, j);
            // "أكد المدرب علي [أهمية]": the preposition in a text that writes "على" as "علي".
            if given == 1 && ali_as_preposition(ctx, j) {
                continue;
            }
            let with_family = given == 0 && bare_name_with_family(ctx, j);
            if given == 0 && !with_family && !plausible_bare_name(ctx, j) {
                continue;
            }
            let end = if with_family {
                j + 2
            } else if given > 0 {
                extend_name(ctx, j + given, true)
            } else {
                // "رميح [بن محمد الرميح]": a lineage chain, else a foreign family name.
                let chained = extend_name(ctx, j + 1, false);
                if chained > j + 1 {
                    chained
                } else {
                    bare_name_tail(ctx, j + 1)
                }
            };
            let confidence = if given > 0 { 0.85 } else { 0.75 };
            if let Some(span) = words_span(ctx, j, 0, end) {
                out.push(candidate(
                    span,
                    EntityLabel::Per,
                    Recogniser::Rule,
                    confidence,
                    3,
                ));
            }
        }
        out
    }
}

/// The words of "لـ" + a body's head + its name in Latin letters or as the lists know it ("لشركة stc", "لمجموعة
/// MBC", "لشركة أرامكو") at word `j`, if they are there.
fn lam_body(ctx: &Context<'_>, j: usize) -> Option<usize> {
    let w = ctx.words.get(j)?;
    let head = w.stems.iter().any(|s| {
        s.skip > 0
            && ctx.raw(j).starts_with('ل')
            && !s.key.starts_with("ال")
            && ctx
                .lexicon
                .flags(&s.key)
                .intersects(Flags::ORG_HEAD.union(Flags::ORG_HEAD_NAME))
    });
    if !head || !joined(ctx, j) {
        return None;
    }
    let latin = |k: usize| {
        ctx.words
            .get(k)
            .is_some_and(|n| n.kind == crate::analysis::tokens::TokenKind::Latin)
    };
    let name = if latin(j + 1) {
        let mut k = j + 1;
        while k < j + 4 && latin(k) && joined(ctx, k - 1) {
            k += 1;
        }
        k - (j + 1)
    } else {
        match_at(ctx, j + 1, Flags::ORG)
            .filter(|m| m.skip == 0)?
            .words
    };
    (name > 0 && joined(ctx, j + name)).then_some(1 + name)
}

/// A name no list knows, linked by "بن"/"بنت" to a name ("صقر بن محمد القاسمي", "نمر بن عبدالله"): the lineage
/// marks the first word as a person's given name ("ابن" also means "son" and is left out: "ابن عمه").
pub struct LineageRule;

impl Recognise for LineageRule {
    fn name(&self) -> &'static str {
        "lineage"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let link = ctx
                .words
                .get(i + 1)
                .is_some_and(|w| w.key == "بن" || w.key == "بنت");
            if !link || !joined(ctx, i) || !joined(ctx, i + 1) || given_at(ctx, i) > 0 {
                continue;
            }
            let Some(w) = ctx.words.get(i) else { break };
            if w.key.starts_with("ال")
                || !is_name_word(ctx, i)
                || !is_name_word(ctx, i + 2)
                || w.kind != crate::analysis::tokens::TokenKind::Arabic
            {
                continue;
            }
            let end = extend_name(ctx, i + 1, true);
            if end <= i + 2 {
                continue;
            }
            // "وقال [بن دغر]", "وأكد [بن زايد]": a reporting verb is no given name; the person is known by the
            // lineage alone, as many are in the Gulf, Yemen and the Maghreb.
            if crate::analysis::quotes::cues::lookup(&w.key).is_some() {
                if let Some(span) = words_span(ctx, i + 1, 0, end) {
                    out.push(candidate(span, EntityLabel::Per, Recogniser::Rule, 0.7, 1));
                }
                continue;
            }
            // "[و]قابوس بن سعيد", "[و]حمد بن عيسى": the conjunction before the first name stays out.
            let skip = if w.key.starts_with('و') {
                w.stems
                    .iter()
                    .find(|s| {
                        s.skip > 0
                            && s.key.chars().count() >= 3
                            && w.key.strip_prefix('و') == Some(s.key.as_str())
                    })
                    .map_or(0, |s| s.skip)
            } else {
                0
            };
            if let Some(span) = words_span(ctx, i, skip, end) {
                out.push(candidate(span, EntityLabel::Per, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// A person called by a kunya, "father of" or "mother of" and a given name: "[أبو محمد]", "[أم خالد]", "[أبو
/// عبدالله الشمري]". A listed place or body that starts so ("أبو ظبي", "أم القرى") is no person; after a head word
/// ("جامعة أم القرى", "شارع أبو بكر") the kunya belongs to the place's or body's name. "أم" is also "or": not
/// after a given name ("محمد أم خالد", but "وأم" is no "or") nor in a question or an alternative ("هل", "سواء") shortly before.
pub struct KunyaRule;

/// Words that open a question or an alternative "أم" answers (normalised).
const ALTERNATIVES: [&str; 4] = ["هل", "وهل", "سواء", "اسواء"];

impl Recognise for KunyaRule {
    fn name(&self) -> &'static str {
        "kunya"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(stem) = ctx.words.get(i).and_then(|w| {
                w.stems.iter().find(|s| {
                    matches!(s.key.as_str(), "ابو" | "ام")
                        && ctx
                            .raw(i)
                            .get(..s.skip)
                            .is_some_and(|p| p.is_empty() || p == "و" || p == "ف")
                })
            }) else {
                continue;
            };
            let given = given_at(ctx, i + 1);
            if !joined(ctx, i) || given == 0 {
                continue;
            }
            // "أبو ظبي", "أم القرى": a listed name over the kunya and the next word ("وأم" alone is the agency
            // WAM's spelling, no name over the kunya).
            if match_at(ctx, i, Flags::LOC.union(Flags::ORG).union(Flags::TOWN))
                .is_some_and(|l| l.words > 1)
            {
                continue;
            }
            let before = i
                .checked_sub(1)
                .filter(|&p| joined(ctx, p))
                .and_then(|p| ctx.words.get(p).map(|w| (p, w)));
            let heads = Flags::ORG_HEAD
                .union(Flags::ORG_HEAD_OUT)
                .union(Flags::ORG_HEAD_NAME)
                .union(Flags::ORG_HEAD_PLACE)
                .union(Flags::PLACE_HEAD)
                .union(Flags::PLACE_HEAD_OUT);
            if before.is_some_and(|(p, w)| {
                matches!(w.key.as_str(), "بن" | "ابن" | "بنت")
                    || match_at(ctx, p, heads).is_some()
                    || (stem.key == "ام" && stem.skip == 0 && given_at(ctx, p) > 0)
            }) {
                continue;
            }
            if stem.key == "ام"
                && stem.skip == 0
                && (i.saturating_sub(10)..i).any(|k| {
                    ctx.words
                        .get(k)
                        .is_some_and(|w| ALTERNATIVES.contains(&w.key.as_str()))
                })
            {
                continue;
            }
            // "حضرت أم محمد [الحفل]": a kunya names a relative, as "بن" does.
            let end = extend_lineage(ctx, i + 1 + given, true, true);
            if let Some(span) = words_span(ctx, i, stem.skip, end) {
                out.push(candidate(span, EntityLabel::Per, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// The subject of a reporting verb, named before the title it holds: "وقال [مهاب مميش] رئيس الهيئة", "وأكد [جون
/// دو]، مدير المكتب". Two or three name words no list knows, between the verb and a title, are a person.
pub struct ReportedNameRule;

impl Recognise for ReportedNameRule {
    fn name(&self) -> &'static str {
        "reported-name"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        use crate::analysis::quotes::cues::{CueForm, lookup};
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(w) = ctx.words.get(i) else { break };
            if !w.is_wordlike() || !joined(ctx, i) {
                continue;
            }
            if !lookup(&w.key).is_some_and(|c| c.form == CueForm::Perfect) {
                continue;
            }
            let start = i + 1;
            let mut end = start;
            while end - start < 3 {
                let plain = ctx.words.get(end).is_some_and(|n| {
                    !n.key.starts_with("ال")
                        && !ctx.lexicon.is_common_word(&n.key)
                        && given_at(ctx, end) == 0
                }) && is_name_word(ctx, end)
                    && continues_name(ctx, end)
                    && plausible_family_name(ctx, end);
                if !plain {
                    break;
                }
                end += 1;
                if !joined(ctx, end - 1) {
                    break;
                }
            }
            if end - start < 2 {
                continue;
            }
            // The title: right after the name, or after a comma.
            let comma = is_comma(ctx, end);
            if !joined(ctx, end - 1) && !comma {
                continue;
            }
            let t = if comma { end + 1 } else { end };
            if match_at(ctx, t, Flags::TITLE).is_none_or(|m| m.skip != 0) {
                continue;
            }
            if let Some(span) = words_span(ctx, start, 0, end) {
                out.push(candidate(span, EntityLabel::Per, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// A given name followed by a family name ("دونالد ترامب", "عادل بن زيد الطريفي") is a person.
pub struct GivenNameRule;

impl Recognise for GivenNameRule {
    fn name(&self) -> &'static str {
        "given-name"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            if ctx.is_stop(i) {
                continue;
            }
            let Some(m) = match_at(ctx, i, Flags::GIVEN) else {
                continue;
            };
            // Only "و"/"ف" before a given name: "لدينا" is "we have", not "ل" + "دينا".
            let conj_only = ctx.words.get(i).is_some_and(|w| {
                w.stems.iter().any(|s| {
                    s.skip == m.skip
                        && (s.key == w.key
                            || w.key.strip_prefix('و') == Some(s.key.as_str())
                            || w.key.strip_prefix('ف') == Some(s.key.as_str()))
                })
            });
            // "ساو باولو": a given name inside a listed place is no person.
            let inside_list = (1..=2).any(|back| {
                i.checked_sub(back)
                    .and_then(|p| match_at(ctx, p, Flags::LOC.union(Flags::ORG)))
                    .is_some_and(|p| p.words > back)
            });
            // "شركة [عبداللطيف جميل]", "شركة ناصر [حمدان]": in the name after a company head the words are the
            // company's (the head rule finds it).
            // "لشركة نماء [سامي العتيبي]": a given name and a family name after the company's one-word name (no
            // given name itself, as in "شركة ناصر حمدان") are its executive.
            let family_after =
                (ctx.words.get(i + m.words).is_some_and(|n| {
                    n.key.starts_with("ال") && !ctx.lexicon.is_common_word(&n.key)
                }) || rare_plain_name(ctx, i + m.words))
                    && joined(ctx, i + m.words - 1);
            let company = (1..=2).any(|back| {
                !(back == 2
                    && family_after
                    && i.checked_sub(1).is_some_and(|p| given_at(ctx, p) == 0))
                    && i.checked_sub(back).is_some_and(|p| {
                        (p..i).all(|k| joined(ctx, k))
                            && (p + 1..i)
                                .all(|k| ctx.words.get(k).is_some_and(|w| !w.key.starts_with("ال")))
                            && match_at(ctx, p, Flags::ORG_HEAD_NAME).is_some_and(|h| h.words == 1)
                    })
            });
            // "وعلى": the preposition "على" after "و" is a stop word, not the given name "علي".
            let stop_stem = ctx.words.get(i).is_some_and(|w| {
                w.stems.iter().any(|s| {
                    s.skip == m.skip
                        && ctx
                            .raw(i)
                            .get(s.skip..)
                            .is_some_and(|raw| ctx.lexicon.is_stop(raw, &s.key))
                })
            });
            if !conj_only || inside_list || company || stop_stem || named_thing_before(ctx, i) {
                continue;
            }
            let first_end = i + m.words;
            // "حضرت أم [محمد] الحفل": the given name of a kunya, which names a relative as "بن" does.
            let kunya = i
                .checked_sub(1)
                .filter(|&p| joined(ctx, p))
                .is_some_and(|p| {
                    ctx.words.get(p).is_some_and(|w| {
                        w.stems
                            .iter()
                            .any(|s| matches!(s.key.as_str(), "ابو" | "ابي" | "ابا" | "ام"))
                    })
                });
            let end = extend_lineage(ctx, first_end, true, kunya);
            if end == first_end {
                continue;
            }
            // The given name as read (after its clitic), when it is also one of the language's frequent words.
            let frequent_given = ctx
                .words
                .get(i)
                .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                .filter(|s| ctx.lexicon.is_common_word(&s.key));
            // "نضال المرأة", "صالح الوطن": a given name that is also a noun, before a definite noun the text
            // also writes with a preposition ("بالمرأة"), is that noun's construct, not a person.
            if end == first_end + 1
                && ctx
                    .words
                    .get(first_end)
                    .is_some_and(|w| ctx.is_common_noun(&w.key))
            {
                continue;
            }
            // "حصة [الفرد]", "أمل [الشعب]": a given name that is also a frequent noun (one in ة, or of three letters:
            // not the adjectives men are named with, "سامي الخطيب"), before a definite frequent word no list knows
            // that is no relative (family) form, is that noun in construct.
            if end == first_end + 1
                && m.words == 1
                && frequent_given
                    .is_some_and(|s| s.key.ends_with('ه') || s.key.chars().count() <= 3)
                && ctx.words.get(first_end).is_some_and(|n| {
                    n.key.starts_with("ال")
                        && !n.key.ends_with('ي')
                        && ctx.lexicon.is_common_word(&n.key)
                        && ctx.lexicon.flags(&n.key) == Flags::default()
                })
            {
                continue;
            }
            // "أسماء [المشاركين]", "صالح [المواطنين]": a given name that is also a frequent noun, before a definite
            // sound plural in "ين" no list knows, is that noun in construct with the group (family names in "ين"
            // are short: "الحسين", "الأمين").
            if end == first_end + 1
                && m.words == 1
                && frequent_given.is_some()
                && ctx.words.get(first_end).is_some_and(|n| {
                    n.key.starts_with("ال")
                        && n.key.ends_with("ين")
                        && n.key.chars().count() >= 8
                        && ctx.lexicon.flags(&n.key) == Flags::default()
                })
            {
                continue;
            }
            // "حصل علي [الجائزة]", "أكد علي [أهمية]": in a text that writes the preposition "على" as "علي" (as
            // much Egyptian print does), "علي" before a frequent word that is no relative (family) form.
            if m.words == 1 && ali_as_preposition(ctx, i) {
                continue;
            }
            // "وشهد [الحفل] حضور", "وسعد [الجميع]": at the start of a sentence, "و" + a given name that is also a
            // frequent verb, before a definite frequent word that is no relative (family) form, is the verb and its
            // subject or object.
            let opens_sentence = i == 0
                || !joined(ctx, i - 1)
                || ctx
                    .words
                    .get(i - 1)
                    .is_some_and(|p| !p.is_wordlike() && !is_comma(ctx, i - 1));
            if end == first_end + 1
                && m.words == 1
                && m.skip > 0
                && opens_sentence
                && ctx.raw(i).starts_with('و')
                && frequent_given.is_some()
                && ctx.words.get(first_end).is_some_and(|n| {
                    n.key.starts_with("ال")
                        && !n.key.ends_with('ي')
                        && frequent_unnamed(ctx, &n.key)
                })
            {
                continue;
            }
            // "وصادق [المواساة]", "وخالص [التهنئة]": a given name that is also an adjective, before the verbal noun
            // of a derived verb ("الم…ة", "الت…ة"), is that adjective and its noun.
            if end == first_end + 1
                && m.words == 1
                && frequent_given.is_some()
                && derived_verbal_noun(ctx, first_end)
            {
                continue;
            }
            if let Some(span) = words_span(ctx, i, m.skip, end) {
                out.push(candidate(span, EntityLabel::Per, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// True when the word before word `i`, on the same line, names what a given name at `i` is the name of: a product
/// or an index ("المؤشر [نيكي]", "هاتف [نوكيا]"), a place ("شارع", "مطار") or a road ("طريق [هدى الشام]"; not
/// "عن طريق", "by way of").
fn named_thing_before(ctx: &Context<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let Some(w) = ctx.words.get(p) else {
        return false;
    };
    if !joined(ctx, p) || !w.is_wordlike() {
        return false;
    }
    let by_way_of = p
        .checked_sub(1)
        .and_then(|q| ctx.words.get(q))
        .is_some_and(|q| q.key == "عن");
    // The word as written or after a conjunction ("وطريق", "وشارع").
    [Some(w.key.as_str()), w.key.strip_prefix('و')]
        .into_iter()
        .flatten()
        .any(|key| {
            super::tagged::is_product_noun(key)
                || (key == "طريق" && !by_way_of)
                || ctx.lexicon.flags(key).contains(Flags::PLACE_HEAD)
        })
}

/// True when word `i`, or the word after it when `i` is an opening quote, is a frequent definite word that is no
/// relative (family) form ("الدوسري") and no title: the complement of a noun in construct before it.
fn construct_with_definite(ctx: &Context<'_>, mut i: usize) -> bool {
    if matches!(ctx.raw(i), "\"" | "«" | "“") && joined(ctx, i) {
        i += 1;
    }
    ctx.words.get(i).is_some_and(|n| {
        n.is_wordlike()
            && n.key.starts_with("ال")
            && ctx.raw(i).starts_with("ال")
            && !n.key.ends_with('ي')
            && frequent_unnamed(ctx, &n.key)
            && match_at(ctx, i, Flags::TITLE).is_none()
    })
}

/// Nouns that follow the preposition "على" in attribution idioms ("على لسان الوزير", "على حد قوله"), normalised.
const ALA_IDIOMS: &[&str] = &["لسان", "حد"];

/// True when word `i` is "علي" in a text that writes the preposition "على" so ([`Context::ali_for_ala`]) and the
/// next word is a frequent word that is no relative (family) form: "حصل علي [الجائزة]", "أكد علي [أهمية]".
fn ali_as_preposition(ctx: &Context<'_>, i: usize) -> bool {
    let is_ali = |w: &super::Word| w.stems.iter().any(|s| s.key == "علي");
    // "علي لسان [فلان]", "علي حد قوله": attribution idioms with the preposition, in any text (a misspelling of
    // "على" there is never the given name).
    if joined(ctx, i)
        && ctx.words.get(i).is_some_and(is_ali)
        && ctx
            .words
            .get(i + 1)
            .is_some_and(|n| ALA_IDIOMS.contains(&n.key.as_str()))
    {
        return true;
    }
    ctx.ali_for_ala
        && joined(ctx, i)
        && ctx
            .words
            .get(i)
            .is_some_and(|w| w.stems.iter().any(|s| s.key == "علي"))
        && ctx.words.get(i + 1).is_some_and(|n| {
            // "علي [الترابط]", "علي [أرباح]": a verbal noun of a derived verb (or a plural of its shape) no list knows
            // as a name, frequent or not.
            let stem = n.key.strip_prefix("ال").unwrap_or(&n.key);
            let masdar = masdar_shape(stem)
                && !n.key.ends_with('ي')
                && !ctx
                    .lexicon
                    .flags(&n.key)
                    .intersects(Flags::GIVEN.union(Flags::PERSON))
                && !ctx
                    .lexicon
                    .flags(stem)
                    .intersects(Flags::GIVEN.union(Flags::PERSON));
            // A definite word in "ي" is a relative (family) form ("الدوسري", "المصري") unless the text writes an
            // alef maqsura so and the word without "ي" is nothing ("المستوي" for "المستوى").
            let relative = n.key.starts_with("ال")
                && n.key.ends_with('ي')
                && n.key
                    .strip_prefix("ال")
                    .and_then(|k| k.strip_suffix('ي'))
                    .is_none_or(|stem| {
                        stem.chars().count() < 2
                            || ctx.lexicon.is_common_word(stem)
                            || ctx.lexicon.flags(stem) != Flags::default()
                            || !ctx.lexicon.is_common_word(&n.key)
                    });
            !relative && (frequent_unnamed(ctx, &n.key) || masdar)
        })
}

/// True for a definite verbal noun of a derived verb form ("المواساة", "المساعدة", "التهنئة"): "الم" or "الت",
/// a feminine ending and no list reading.
fn derived_verbal_noun(ctx: &Context<'_>, i: usize) -> bool {
    let raw = ctx.raw(i);
    ctx.words.get(i).is_some_and(|w| {
        (w.key.starts_with("الم") || w.key.starts_with("الت"))
            && raw.starts_with("ال")
            && raw.ends_with('ة')
            && w.key.chars().count() >= 6
            && ctx.lexicon.flags(&w.key) == Flags::default()
    })
}
