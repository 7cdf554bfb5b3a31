//! Reading a speaker from the clause: the name after (or before) the reporting verb, titles stripped, or a
//! pronoun, title or definite noun that [`super::resolve`] turns into a name. Not a pass: the candidates pass reads
//! the speakers of its clauses here, and the speakers pass the name after a title.
//!
//! Submodules, by kind of work: `source`, `titles`, `objects`, `subjects`.

use super::addressee::{after_addressee, is_addressee};
use super::context::{COMMAS, Ctx, is_quote_mark};
use super::cues::CueForm;
use super::draft::Who;
use super::lexicon::{
    bare, honorifics, is_honour_title, is_people_plural, is_title, org_heads, pronouns, stops,
    title_key,
};
use crate::analysis::EntityLabel;
use crate::span::Span;
use std::ops::Range;

mod objects;
mod source;
mod subjects;
mod titles;

pub(super) use objects::*;
pub(crate) use source::our_title;
use source::read_source;
pub(super) use subjects::*;
pub(super) use titles::*;

/// A name read from the clause (when no mention is there) has at most this many words.
const NAME_MAX_WORDS: usize = 5;

/// Punctuation that starts a new clause before a reporting verb: the subject is after it.
const CLAUSE_BREAKS: &[&str] = &[":", "/", "|", "-", "–", "—"];

/// كان and كانت: "وكانت الوزارة قد حذرت" names the subject between them and قد.
const KANA: &[&str] = &["كان", "كانت"];

/// Prepositions (normalised, after an optional و) whose object is not a subject ("مع الوزير فلان"); على is
/// matched as written.
const PREPOSITIONS: &[&str] = &[
    "في", "من", "عن", "الي", "مع", "بين", "امام", "ضد", "نحو", "حول", "عند", "لدي", "تجاه", "عبر",
    "ضمن", "وسط", "خلال", "بعد", "قبل", "منذ", "حتي", "ازاء",
];

/// True when token `i` cannot be part of a speaker's name: a function or reporting word, or a prepositional phrase.
pub(crate) fn is_stop(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return true;
    };
    if t.raw == "على" {
        return true;
    }
    if stops().contains(t.key.as_str())
        || super::cues::lookup_written(t.raw, t.key.as_str()).is_some()
    {
        return true;
    }
    // "وعن", "وفي": a conjunction on a function word.
    if let Some(rest) = t.key.as_str().strip_prefix('و')
        && stops().contains(rest)
    {
        return true;
    }
    // "بالمركز", "لرويترز", "للأنباء": a prepositional phrase, not part of a name.
    t.key.as_str().starts_with("بال") || t.key.as_str().starts_with("لل") || t.raw.ends_with('ـ')
}

/// Collective subjects (normalised) that speak as written, never standing for the previous speaker: "وأكد البعض أن".
const COLLECTIVE: &[&str] = &["البعض", "بعضهم", "اخرون", "كثيرون"];

/// Objects of idioms of saying, part of the verb, not its speaker: لفت in "لفت الانتباه/النظر إلى", كشف in "كشف
/// النقاب عن" ("disclosed").
const IDIOM_OBJECTS: &[&str] = &["الانتباه", "النظر", "النقاب"];

/// Words for a part of a group before the group ("بعض", "أحد", "عدد من"), normalised.
pub(crate) const QUANTIFIERS: &[&str] = &[
    "بعض",
    "احد",
    "عدد",
    "معظم",
    "غالبيه",
    "كثير",
    "عديد",
    "العديد",
    "اغلب",
    "مجموعه",
    "جميع",
    // The accusative and the plurals of number ("التقى عددا من", "عشرات المواطنين", "آلاف المحتجين").
    "عددا",
    "عشرات",
    "ميات",
    "الاف",
    "العشرات",
    "الميات",
];

/// Reads who speaks from the tokens `from..to` that follow a reporting verb.
pub(crate) fn after_cue(ctx: &Ctx, from: usize, to: usize) -> Who {
    extract(ctx, from, to).0
}

/// Like [`after_cue`], also returning the index where the name zone stopped.
pub(crate) fn extract(ctx: &Ctx, from: usize, to: usize) -> (Who, usize) {
    // "وحذر المواطنين من": a plural in the accusative right after the verb is its object; the subject is implicit.
    let after_verb = from
        .checked_sub(1)
        .and_then(|v| ctx.toks.get(v))
        .is_some_and(|v| {
            super::cues::lookup_written(v.raw, v.key.as_str())
                .is_some_and(|c| matches!(c.form, CueForm::Perfect | CueForm::Imperfect))
        });
    if after_verb && from < to && accusative_plural(ctx, from) {
        return (Who::Implicit, from);
    }
    // "وقال لصحيفة الحياة إن": the outlet is told, the speaker is after it or the verb's implicit subject.
    read(
        ctx,
        after_addressee(ctx, after_pronoun_object(ctx, from, to), to),
        to,
    )
}

/// Prepositions (normalised) that carry an attached pronoun right after a reporting verb: "وقال لهم إن", "وقال
/// عنها مصدر آخر إن", "وطلب منهم".
const PRONOUN_PREPOSITIONS: &[&str] = &["ل", "عن", "من", "الي"];

/// Pronoun suffixes (normalised) on a preposition: third person and the plural "you"; not ي, ك or نا, whose
/// words can be names ("لي", "منى", "لنا").
const PRONOUN_SUFFIXES: &[&str] = &["ه", "ها", "هم", "هما", "هن", "كم"];

/// The token after a preposition with an attached pronoun at token `from` ("لهم", "عنها", "إليه"), or `from`
/// when there is none: whom the verb speaks to or about, never the speaker, who follows it or is implicit.
fn after_pronoun_object(ctx: &Ctx, from: usize, to: usize) -> usize {
    let object = from < to
        && ctx.toks.get(from).is_some_and(|t| {
            t.is_word()
                && ctx.mentions_over(t.span).next().is_none()
                && PRONOUN_PREPOSITIONS.iter().any(|p| {
                    t.key
                        .as_str()
                        .strip_prefix(p)
                        .is_some_and(|suffix| PRONOUN_SUFFIXES.contains(&suffix))
                })
        });
    if object { from + 1 } else { from }
}

/// A sound plural in ين has at least this many letters without its article ("مسلمين"; not "حسين", "بحرين").
const ACCUSATIVE_PLURAL_MIN_LETTERS: usize = 6;

/// True when token `k` is a definite sound masculine plural in ين that no mention covers ("المواطنين",
/// "اللاعبين"): accusative or genitive, never the nominative subject of a verb (that is "المواطنون"). Not a plural
/// of relation in ـيين, often an adjective ("العراقيين").
pub(crate) fn accusative_plural(ctx: &Ctx, k: usize) -> bool {
    ctx.toks.get(k).is_some_and(|t| {
        let key = t.key.as_str();
        let key = key.strip_prefix('و').unwrap_or(key);
        t.is_word()
            && key.strip_prefix("ال").is_some_and(|b| {
                b.ends_with("ين")
                    && !b.ends_with("يين")
                    && b.chars().count() >= ACCUSATIVE_PLURAL_MIN_LETTERS
            })
            && ctx.mentions_over(t.span).next().is_none()
    })
}

/// Reads the source named in the tokens `from..to` after an attribution ("بحسب", "وفقا لـ"): there a ل is the
/// attribution's own preposition ("وفقا لصحيفة الحياة"), and the outlet after it is the source.
pub(crate) fn source(ctx: &Ctx, from: usize, to: usize) -> Who {
    read_source(ctx, from, to, lam_title(ctx, from)).0
}

/// True when token `k` is a title with the ل of an attribution written on it ("للمتحدث" in "وفقا للمتحدث باسم
/// الوزارة", "لرئيس" in "بحسب لرئيس"): the title opens the source, it is no prepositional phrase.
fn lam_title(ctx: &Ctx, k: usize) -> bool {
    ctx.toks
        .get(k)
        .is_some_and(|t| !is_title(t.key.as_str()) && lam_title_key(t.key.as_str()).is_some())
}

/// The title in a word with a ل written on it: "للمتحدث" (ل on the article, its alif dropped) is "المتحدث",
/// "لوزير" is "وزير".
pub(crate) fn lam_title_key(key: &str) -> Option<String> {
    if let Some(rest) = key.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
        let definite = format!("ال{rest}");
        if is_title(&definite) {
            return Some(definite);
        }
    }
    key.strip_prefix('ل')
        .filter(|r| r.chars().count() >= 2 && !r.starts_with('ل') && is_title(r))
        .map(str::to_owned)
}

/// [`extract`] once the addressee is passed.
fn read(ctx: &Ctx, from: usize, to: usize) -> (Who, usize) {
    read_source(ctx, from, to, false)
}
