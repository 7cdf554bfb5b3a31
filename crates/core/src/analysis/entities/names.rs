//! Person rules: a title before a name, a given name before a family name, and how far a name runs.
//!
//! Submodules, by kind of work: `shapes`, `bare`, `titled`, `given`.

use super::lexicon::Flags;
use super::rules::{candidate, is_comma, joined, match_at, words_span};
use super::{Candidate, Context, Recognise};
use crate::analysis::{EntityLabel, Recogniser};

mod bare;
mod given;
mod shapes;
mod titled;

pub use bare::*;
pub use given::*;
pub(super) use shapes::*;
pub use titled::*;

/// First parts of the compound names in "الله" written as two words ("عطاء الله", "حسب الله", "نصر الله", "فتح الله";
/// normalised), general knowledge of Arabic names; "عبد الله" is in the lists. "رحمه الله" (may God have mercy on
/// him) and "رضي الله" are prayers, not names, and are not here.
const ALLAH_COMPOUNDS: [&str; 21] = [
    "نصر",
    "حسب",
    "فضل",
    "عطا",
    "عطاء",
    "جار",
    "خير",
    "سيف",
    "عوض",
    "وديعه",
    "ضيف",
    "رزق",
    "فتح",
    "هبه",
    "نعمه",
    "عبيد",
    "جاب",
    "خلف",
    "حرز",
    "دخيل",
    "فرج",
];

/// The number of words of a given name starting at word `i` as written (0 when none).
pub fn given_at(ctx: &Context<'_>, i: usize) -> usize {
    let Some(w) = ctx.words.get(i) else { return 0 };
    // "عطاء الله مهاجراني", "بهاء حسب الله": a compound name in "الله" ("حسب" alone is a stop word).
    if ALLAH_COMPOUNDS.contains(&w.key.as_str())
        && joined(ctx, i)
        && ctx.words.get(i + 1).is_some_and(|n| n.key == "الله")
    {
        return 2;
    }
    // The first reading is the word as written: no list phrase starts with it, no lookup.
    if !w.is_wordlike() || ctx.is_stop(i) || w.stems.first().is_some_and(|s| s.phrases == 0) {
        return 0;
    }
    ctx.lexicon
        .table
        .longest(&w.key, |k| ctx.next_key(i, k), |f| f.contains(Flags::GIVEN))
        .map_or(0, |(n, _)| n)
}

/// Words that link the parts of a name ("بن", "آل", "أبو", "دا"; "بو" of Levantine and Maghrebi family names,
/// "بو حبيب", "بو صعب").
const CONNECTORS: [&str; 15] = [
    "بن", "ابن", "بنت", "ال", "ابو", "ابي", "ابا", "بو", "عبد", "دا", "دي", "دو", "فون", "فان",
    "ولد",
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
        // "عوض [وديعة الله]": a compound name in "الله" is no family name in "و" at a boundary.
        if after_given && compound < 2 && foreign_family_name_with_waw(ctx, end) {
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
        // "غوران [إريكسون]", "هنري [فورد]": right after a lone given name, a company the lists know by one word
        // is the family name it was named after.
        if after_given && lone_given && family_name_of_a_company(ctx, end) {
            end += 1;
            break;
        }
        // "وأوضح المدير المالي زياد [المرشد] أن": right after a lone given name, a definite word the lists know as a
        // title, with the complementiser right after it, is the family name: a title after a name carries its
        // complement ("المرشد العام للجماعة").
        if after_given
            && lone_given
            && ctx.raw(end).starts_with("ال")
            && ctx.lexicon.flags(&w.key).contains(Flags::TITLE)
            && !ctx
                .lexicon
                .flags(&w.key)
                .intersects(Flags::NATIONALITY.union(Flags::LOC).union(Flags::ORG))
            && joined(ctx, end)
            && ctx
                .words
                .get(end + 1)
                .is_some_and(|n| matches!(n.key.as_str(), "ان" | "انه" | "انها" | "انهم"))
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
                // "محمد [العبد العالي]", "العبد الكريم", "العبد اللطيف": "العبد" (servant of) and the definite divine
                // name it governs are one family name.
                let servant_of = w.key == "العبد"
                    && joined(ctx, end - 1)
                    && ctx
                        .words
                        .get(end)
                        .is_some_and(|n| n.is_wordlike() && ctx.raw(end).starts_with("ال"));
                if servant_of {
                    end += 1;
                }
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
pub(super) const SCORING_OBJECTS: [&str; 14] = [
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

/// True when word `i` is a one-word organisation of the lists, written without a clitic or the article, that is
/// no frequent word nor any other kind of list name, after a given name that is no preposition ("علي" for "على"):
/// a family name a company is named after ("إريكسون", "فورد").
fn family_name_of_a_company(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    // Any other kind of list name: what keeps a word out of a name (the organisation aside), a town, a stop word.
    let other = NOT_NAME
        .without(Flags::ORG)
        .union(Flags::TOWN)
        .union(Flags::STOP);
    let after_ali = i
        .checked_sub(1)
        .and_then(|p| ctx.words.get(p))
        .is_some_and(|p| p.stems.iter().any(|s| s.key == "علي"));
    !after_ali
        && !w.key.starts_with("ال")
        && w.key.chars().count() >= 4
        && !ctx.lexicon.is_common_word(&w.key)
        && !ctx.lexicon.flags(&w.key).intersects(other)
        && match_at(ctx, i, Flags::ORG).is_some_and(|m| m.words == 1 && m.skip == 0)
}

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
    // "رأسها", "يدها": a noun with the pronoun "her"/"their"; not a short family name that ends so ("ساها"),
    // whose rest is no word.
    let pronoun = (k.strip_suffix("ها").or_else(|| k.strip_suffix("هم")))
        .is_some_and(|stem| stem.chars().count() >= 3 || ctx.lexicon.is_common_word(stem))
        && !given;
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
    // "طالب المحامي خالد أبو بكر [ببطلان] الإجراءات": "بـ" + a frequent word of four letters or more no list knows as
    // a name is the verb's complement ("بطرس", "بركات" keep theirs: their rest is no frequent word).
    let bi_complement = !given
        && k.strip_prefix('ب').is_some_and(|rest| {
            rest.chars().count() >= 4
                && ctx.lexicon.is_common_word(rest)
                && !ctx
                    .lexicon
                    .flags(rest)
                    .intersects(Flags::GIVEN.union(Flags::PERSON))
        })
        && !ctx
            .lexicon
            .flags(k)
            .intersects(Flags::GIVEN.union(Flags::PERSON));
    // "سوزان مبارك [قرينة] الرئيس", "أحمد حسن [شقيق] اللاعب": a kinship noun in construct with the next word
    // says whose relative the person is.
    let kinship = KINSHIP_NOUNS.contains(&k)
        && joined(ctx, i)
        && ctx.words.get(i + 1).is_some_and(super::Word::is_wordlike);
    // "سمير عوض [مساعد] وزير الداخلية": the given name "مساعد" in construct with a title is the title
    // "assistant to".
    let assistant = k == "مساعد" && joined(ctx, i) && match_at(ctx, i + 1, Flags::TITLE).is_some();
    !clitic_article
        && !PLACE_PREPOSITIONS.contains(&k)
        && !TIME_ADVERBS.contains(&k)
        && !SCORING_OBJECTS.contains(&k)
        && !kinship
        && !assistant
        && !conjunction
        && !pronoun
        && !inflected
        && !lam_field
        && !bi_complement
        && !accusative_role(ctx, k)
        && match_at(ctx, i, Flags::TITLE).is_none()
}

/// Words that open a question or an alternative "أم" answers (normalised).
const ALTERNATIVES: [&str; 4] = ["هل", "وهل", "سواء", "اسواء"];
