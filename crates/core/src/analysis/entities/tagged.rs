//! The seam for a statistical token tagger (BIO tags over token strings, sentence by sentence): its entities
//! become candidates like any other recogniser's, with clitics trimmed the same way.

use super::lexicon::Flags;
use super::stacking::AnalysisRules;
use super::{Candidate, Context, Recognise};
use crate::analysis::tokens::TokenKind;
use crate::analysis::{EntityLabel, ModelProblem, Recogniser, Warning};
use crate::span::Span;
use crate::tagger::{Model, Tagger};
use rustc_hash::FxHashSet as HashSet;
use std::sync::{Arc, OnceLock};

/// One token's tag from a tagger: `None` outside entities, else whether it begins one, and the label.
pub type TokenTag = Option<(bool, EntityLabel)>;

/// Adapts a token tagger (`tokens of one sentence -> one tag per token`) into a [`Recognise`].
pub struct TokenTagger<F> {
    tag: F,
    confidence: f32,
}

impl<F> TokenTagger<F>
where
    F: Fn(&[&str]) -> Vec<TokenTag>,
{
    /// Wraps a tagging function; its candidates carry `confidence` in the merge.
    pub fn new(tag: F, confidence: f32) -> Self {
        Self { tag, confidence }
    }
}

/// True for tokens that end a sentence for the tagger.
fn ends_sentence(raw: &str) -> bool {
    matches!(raw, "." | "!" | "?" | "؟" | "؛" | ":")
}

/// The longest run of words tagged as one sentence: a paragraph without sentence punctuation (a list of 200,000
/// quoted words, a pasted table) is tagged in pieces of this many words, so its features never fill the memory and
/// the pieces share the cores. Real sentences are far shorter.
const MAX_SENTENCE_WORDS: usize = 400;

/// The sentences of the context as word ranges: they end at final punctuation or at a line break (or after
/// [`MAX_SENTENCE_WORDS`]).
fn sentences(ctx: &Context<'_>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < ctx.words.len() {
        let mut end = start;
        while end < ctx.words.len() && end - start < MAX_SENTENCE_WORDS {
            let raw = ctx.raw(end);
            let line_break = ctx.words.get(end + 1).is_some_and(|n| {
                ctx.words.get(end).is_some_and(|w| {
                    ctx.text
                        .get(w.span.end..n.span.start)
                        .is_some_and(|g| g.contains('\n'))
                })
            });
            end += 1;
            if ends_sentence(raw) || line_break {
                break;
            }
        }
        out.push(start..end);
        start = end;
    }
    out
}

impl<F> Recognise for TokenTagger<F>
where
    F: Fn(&[&str]) -> Vec<TokenTag>,
{
    fn name(&self) -> &'static str {
        "tagger"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for range in sentences(ctx) {
            let tokens: Vec<&str> = range.clone().map(|i| ctx.raw(i)).collect();
            let tags = (self.tag)(&tokens);
            spans_of(ctx, range.start, &tags, self.confidence, &mut out);
        }
        out
    }
}

/// The shipped model bound to the analysis rules, loaded once. The error says why it cannot be used (a corrupt
/// model, or one trained with other word lists): [`crate::analysis::analyze`] reports it as a warning.
pub fn bundled_tagger() -> Result<&'static Tagger<'static>, Warning> {
    static TAGGER: OnceLock<Result<Tagger<'static>, Warning>> = OnceLock::new();
    TAGGER
        .get_or_init(|| {
            crate::tagger::Model::bundled()
                .and_then(|m| m.with_rules(&AnalysisRules))
                .map_err(|e| Warning::TaggerOff {
                    problem: ModelProblem::of(&e),
                    detail: e.to_string(),
                })
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The trained tagger: the model shipped with Sahifa ([`crate::tagger::Model::bundled`]) or a user's model
/// ([`BundledTagger::model`], trained with `sahifa train`), tagging the whole document at once so that a name found
/// in one sentence helps in the others. Without a usable model it proposes nothing, and the analysis carries the
/// reason as a warning.
pub struct BundledTagger {
    /// A user's model instead of the shipped one.
    pub model: Option<Arc<Model>>,
    /// Confidence its candidates carry into the merge.
    pub confidence: f32,
    /// The labels it proposes, each with the shortest name (in words) it proposes of that label (the other labels
    /// are left to the rules).
    pub labels: &'static [(EntityLabel, usize)],
}

impl Default for BundledTagger {
    /// The settings that scored best with the rules on the fixtures and the development articles together
    /// (dev/tune): persons and places of any length, organisations of two words or more (a one-word organisation
    /// is where it errs most). Measured 2026-12-04: entities F1 fixtures 0.871 -> 0.884, dev/tune 0.726 -> 0.729,
    /// against persons and organisations of two words or more only.
    fn default() -> Self {
        Self {
            model: None,
            confidence: 0.5,
            labels: &[
                (EntityLabel::Per, 1),
                (EntityLabel::Loc, 1),
                (EntityLabel::Org, 2),
            ],
        }
    }
}

/// Whether a user's model can tag with the analysis rules; the error says why not.
pub fn check_model(model: &Model) -> Result<(), Warning> {
    model
        .with_rules(&AnalysisRules)
        .map(|_| ())
        .map_err(|e| Warning::ChosenModelNotUsed {
            problem: ModelProblem::of(&e),
            detail: e.to_string(),
        })
}

impl Recognise for BundledTagger {
    fn name(&self) -> &'static str {
        "tagger"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let rules = AnalysisRules;
        let user;
        let tagger = match &self.model {
            Some(model) => match model.with_rules(&rules) {
                Ok(t) => {
                    user = t;
                    &user
                }
                Err(_) => return Vec::new(),
            },
            None => match bundled_tagger() {
                Ok(t) => t,
                Err(_) => return Vec::new(),
            },
        };
        let ranges = sentences(ctx);
        let lens: Vec<usize> = ranges.iter().map(ExactSizeIterator::len).collect();
        let tags = tagger.tag_sentences(
            &lens,
            |k| {
                ranges
                    .get(k)
                    .map(|r| r.clone().map(|i| ctx.raw(i)).collect())
                    .unwrap_or_default()
            },
            |k, _| {
                ranges
                    .get(k)
                    .map(|r| AnalysisRules::marks_of(ctx, r.clone()))
                    .unwrap_or_default()
            },
        );
        let mut out = Vec::new();
        for range in &ranges {
            let tags: Vec<TokenTag> = tags
                .get(range.clone())
                .unwrap_or_default()
                .iter()
                .map(|t| match *t {
                    crate::tagger::Tag::B(l) => Some((true, l)),
                    crate::tagger::Tag::I(l) => Some((false, l)),
                    crate::tagger::Tag::O => None,
                })
                .collect();
            spans_of(ctx, range.start, &tags, self.confidence, &mut out);
        }
        let coded = coded_names(ctx);
        out.retain(|c| {
            !common_word_name(ctx, c)
                && !generic_body(ctx, c)
                && !with_tanween(ctx, c)
                && !definite_noun_person(ctx, c)
                && !preposition_noun_person(ctx, c)
                && !product_model(ctx, c, &coded)
                && !honorific_pronoun(ctx, c)
                && !verb_person(ctx, c)
                && !spelled_letters(ctx, c)
                && !dual_noun_phrase(ctx, c)
                && !after_product_noun(ctx, c)
                && !noun_with_possessive(ctx, c)
                && !prayer_time_place(ctx, c)
        });
        for c in &mut out {
            if let Some(start) = unknown_first_name_before(ctx, c) {
                c.span = Span::new(start, c.span.end);
            }
            if let Some(start) = after_leading_descriptors(ctx, c) {
                c.span = Span::new(start, c.span.end);
            }
            if let Some(end) = before_trailing_verb(ctx, c) {
                c.span = Span::new(c.span.start, end);
            }
        }
        out.retain(|c| {
            self.labels.iter().any(|&(label, min_words)| {
                label == c.label
                    && c.span
                        .get(ctx.text)
                        .is_some_and(|t| t.split_whitespace().count() >= min_words)
            })
        });
        // "أمام [تشلسي] الإنجليزي": a city the tagger proposes where a club stands, as `heads::CityClubRule` reads
        // the lists' cities (after the labels' word counts: the club has one word).
        if out.iter().any(|c| c.label == EntityLabel::Loc) && super::heads::sports_article(ctx) {
            for c in &mut out {
                if city_club(ctx, c) {
                    c.label = EntityLabel::Org;
                }
            }
        }
        out
    }
}

/// A one-word person or place the tagger proposes that is one of the language's most frequent words and no list
/// knows as a name ("الراديو"، "لدينا"، "بيانا"، "المائة"): the tagger errs there most. A definite relative form
/// ("المالكي") is a family name often enough to stay.
fn common_word_name(ctx: &Context<'_>, c: &Candidate) -> bool {
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
fn person_first_key(ctx: &Context<'_>, c: &Candidate) -> Option<String> {
    if c.label != EntityLabel::Per {
        return None;
    }
    let first = c.span.get(ctx.text)?.split_whitespace().next()?;
    Some(crate::normalize::normalize(first))
}

/// A person the tagger proposes whose first word is a definite frequent word or a club that no list knows as a
/// name ("النصر الأوروغوياني", "الدورة"): a person's name starts with a given name, not with the article.
fn definite_noun_person(ctx: &Context<'_>, c: &Candidate) -> bool {
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
fn verb_person(ctx: &Context<'_>, c: &Candidate) -> bool {
    let Some(text) = c.span.get(ctx.text) else {
        return false;
    };
    let first = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    c.label == EntityLabel::Per
        && !text.contains(char::is_whitespace)
        && ((text.starts_with('ي') && super::names::derived_imperfect(text))
            || super::names::derived_perfect(text)
            || future_verb(ctx, first))
        && !ctx
            .lexicon
            .flags(&crate::normalize::normalize(text))
            .intersects(Flags::GIVEN.union(Flags::PERSON))
}

/// Where a person of two words or more the tagger proposes ends when its last word is a verb no list knows as a
/// name: the plural of a frequent verb ("قيديد [سيطروا]"), the perfect or imperfect of a derived verb ("[انتقد]",
/// "[يتواصل]"), or the future of a frequent one ("[سيجد]"). `None` when nothing is to be trimmed.
fn before_trailing_verb(ctx: &Context<'_>, c: &Candidate) -> Option<usize> {
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
    let derived = super::names::derived_perfect(raw)
        || (raw.starts_with(['ي', 'ت']) && super::names::derived_imperfect(raw));
    (!listed && (plural || derived || future_verb(ctx, last)))
        .then(|| ctx.words.get(last - 1).map(|p| p.span.end))
        .flatten()
}

/// True when word `k` is the future of a frequent verb ("[ستبعد] إيتو", "[فسيجد]"): "س" on an imperfect ("ي", "ت",
/// "ن" first) that is one of the language's frequent words, and the whole word no name of the lists (foreign names
/// in "سي"/"ست" are no frequent verb after "س": "ستيفن", "سيلفا").
fn future_verb(ctx: &Context<'_>, k: usize) -> bool {
    let Some(w) = ctx.words.get(k) else {
        return false;
    };
    let key = w.key.strip_prefix(['و', 'ف']).unwrap_or(&w.key);
    key.strip_prefix('س').is_some_and(|verb| {
        verb.starts_with(['ي', 'ت', 'ن'])
            && verb.chars().count() >= 3
            && ctx.lexicon.is_common_word(verb)
    }) && !ctx.lexicon.flags(&w.key).intersects(
        Flags::GIVEN
            .union(Flags::PERSON)
            .union(Flags::LOC)
            .union(Flags::ORG),
    )
}

/// A person the tagger proposes whose first word is "بـ", "لـ" or "كـ" on a frequent noun and no name of the lists
/// ("[بفيروس] كورونا", "[لشركة] أبل"): a prepositional phrase; a name with such a letter ("باسم", "لبنى") is listed.
fn preposition_noun_person(ctx: &Context<'_>, c: &Candidate) -> bool {
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
fn product_model(ctx: &Context<'_>, c: &Candidate, coded: &HashSet<&str>) -> bool {
    c.label == EntityLabel::Per
        && (model_code_at(ctx.text, c.span.end)
            || c.span
                .get(ctx.text)
                .is_some_and(|name| coded.contains(name)))
}

/// The names a model code follows somewhere in the document: each run of one to [`CODED_NAME_WORDS`] words right
/// before a code, as written. Found once per document, in one pass over its words (a lookup per candidate, not a
/// search of the whole text).
fn coded_names<'t>(ctx: &Context<'t>) -> HashSet<&'t str> {
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
const CODED_NAME_WORDS: usize = 3;

/// True when a model code starts at byte `at` of `text`: digits right there, or after one space a word of
/// letters and digits ("نوكيا X6", "جالكسي أس6": the code's letters are Latin or Arabic).
fn model_code_at(text: &str, at: usize) -> bool {
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
const LETTER_NAMES: [&str; 27] = [
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
fn spelled_letters(ctx: &Context<'_>, c: &Candidate) -> bool {
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
fn dual_noun_phrase(ctx: &Context<'_>, c: &Candidate) -> bool {
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
fn noun_with_possessive(ctx: &Context<'_>, c: &Candidate) -> bool {
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
fn unknown_first_name_before(ctx: &Context<'_>, c: &Candidate) -> Option<usize> {
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
fn after_leading_descriptors(ctx: &Context<'_>, c: &Candidate) -> Option<usize> {
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
const PRODUCT_NOUNS: [&str; 11] = [
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
const DISEASE_NOUNS: [&str; 14] = [
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
fn word_before<'w>(ctx: &'w Context<'_>, c: &Candidate) -> Option<&'w super::Word> {
    let first = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    let before = ctx
        .words
        .get(..first)
        .and_then(|ws| ws.iter().rposition(super::Word::is_wordlike))?;
    ctx.words.get(before).filter(|w| {
        ctx.text
            .get(w.span.end..c.span.start)
            .is_some_and(|gap| gap.chars().all(|ch| matches!(ch, ' ' | '"' | '“' | '«')))
    })
}

/// A person the tagger proposes right after a noun of [`PRODUCT_NOUNS`] on the same line: the product's or
/// index's name; any name it proposes right after a noun of [`DISEASE_NOUNS`]: the disease's.
fn after_product_noun(ctx: &Context<'_>, c: &Candidate) -> bool {
    word_before(ctx, c).is_some_and(|w| {
        (c.label == EntityLabel::Per && is_product_noun(&w.key))
            // "بفيروس [كورونا]": after a clitic too.
            || DISEASE_NOUNS.contains(&w.key.as_str())
            || w.stems
                .iter()
                .any(|s| DISEASE_NOUNS.contains(&s.key.as_str()))
    })
}

/// A name the tagger proposes that holds an honorific pronoun ("سموه", "ومعاليه", "فضيلته"): the pronoun stands for
/// a person named elsewhere and is no name itself.
fn honorific_pronoun(ctx: &Context<'_>, c: &Candidate) -> bool {
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
fn with_tanween(ctx: &Context<'_>, c: &Candidate) -> bool {
    c.span.get(ctx.text).is_some_and(|t| {
        t.chars()
            .any(|ch| matches!(ch, '\u{064b}' | '\u{064c}' | '\u{064d}'))
    })
}

/// A one-word place without the article the tagger proposes, before a masculine nationality adjective or where a
/// team stands (no country): the city's club, in a sports article.
fn city_club(ctx: &Context<'_>, c: &Candidate) -> bool {
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
        && ((super::rules::joined(ctx, i) && super::heads::masculine_nationality(ctx, i + 1))
            || (super::heads::in_match_context(ctx, i) && !ctx.lexicon.is_country(&key)))
}

/// A place the tagger proposes that is the sunset prayer ("صلاة [المغرب]"), as [`super::rules::prayer_time`] reads it.
fn prayer_time_place(ctx: &Context<'_>, c: &Candidate) -> bool {
    if c.label != EntityLabel::Loc {
        return false;
    }
    let i = ctx.words.partition_point(|w| w.span.end <= c.span.start);
    ctx.words.get(i).is_some_and(|w| w.span.end == c.span.end) && super::rules::prayer_time(ctx, i)
}

/// An organisation the tagger proposes that is a generic body of the lists ("مجلس الإدارة", "اللجنة المنظمة").
fn generic_body(ctx: &Context<'_>, c: &Candidate) -> bool {
    c.label == EntityLabel::Org
        && c.span
            .get(ctx.text)
            .and_then(super::lexicon::phrase_key)
            .is_some_and(|key| ctx.lexicon.is_generic_body(&key))
}

/// Turns one sentence's tags (its first word is `offset`) into candidates (MISC is left out).
fn spans_of(
    ctx: &Context<'_>,
    offset: usize,
    tags: &[TokenTag],
    confidence: f32,
    out: &mut Vec<Candidate>,
) {
    let mut open: Option<(usize, usize, EntityLabel)> = None;
    let mut close = |open: &mut Option<(usize, usize, EntityLabel)>| {
        let Some((first, last, label)) = open.take() else {
            return;
        };
        if label == EntityLabel::Misc {
            return;
        }
        if let Some(span) = tagged_span(ctx, first, last) {
            out.push(Candidate {
                span,
                label,
                source: Recogniser::Tagger,
                confidence,
                priority: 0,
            });
        }
    };
    for (k, tag) in tags.iter().enumerate() {
        let i = offset + k;
        match (*tag, open) {
            // "كيان [وبترو]": inside a person, a word led by "و" that no list knows whole is a second name
            // joined to the first ("وليد", "وائل" are given names and stay).
            (Some((false, EntityLabel::Per)), Some((_, _, EntityLabel::Per)))
                if joins_a_second_name(ctx, i) =>
            {
                close(&mut open);
                open = Some((i, i, EntityLabel::Per));
            }
            (Some((false, label)), Some((first, _, l))) if l == label => {
                open = Some((first, i, label));
            }
            (Some((_, label)), _) => {
                close(&mut open);
                open = Some((i, i, label));
            }
            (None, _) => close(&mut open),
        }
    }
    close(&mut open);
}

/// True when word `i` is "و" + a name: the whole word is no given name, person or place the lists know, and no
/// definite word follows the conjunction.
fn joins_a_second_name(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    w.kind == TokenKind::Arabic
        && w.key.starts_with('و')
        && !w.key.starts_with("وال")
        && w.key.chars().count() >= 4
        && !ctx.lexicon.flags(&w.key).intersects(
            Flags::GIVEN
                .union(Flags::PERSON)
                .union(Flags::LOC)
                .union(Flags::ORG),
        )
}

/// The span of words `first..=last`, with a leading conjunction or preposition left out: "و" or "ف" before a
/// word of four letters or more, "ب"/"ل"/"ك" before the article.
fn tagged_span(ctx: &Context<'_>, first: usize, last: usize) -> Option<Span> {
    let w = ctx.words.get(first)?;
    let skip = if w.kind == TokenKind::Arabic {
        w.stems
            .iter()
            .filter(|s| s.skip > 0)
            .find(|s| {
                let one = w.key.chars().count() == s.key.chars().count() + 1;
                // "[ب]مبارك": a preposition before a name the lists know, when the whole word is no name of
                // theirs ("بلال", "كمال" stay whole).
                let listed = |k: &str| {
                    ctx.lexicon.flags(k).intersects(
                        Flags::GIVEN
                            .union(Flags::PERSON)
                            .union(Flags::LOC)
                            .union(Flags::ORG),
                    )
                };
                // "و[كالة]": the article needs a word after it ("وكالة" is no "وك" + "الة"). "كـ" and "فـ" are
                // rare before a name and begin many foreign ones ("كاليفورنيا", "فلوريدا", "فيليب"): they are
                // clitics only before a name the lists know.
                let rare_clitic = w.key.starts_with('ك') || w.key.starts_with('ف');
                let known_rest = listed(&s.key) && !listed(&w.key);
                (s.key.starts_with("ال")
                    && s.skip > 0
                    && s.key.chars().count() >= 4
                    && (!rare_clitic || known_rest))
                    || (one && w.key.starts_with('و') && s.key.chars().count() >= 4)
                    || (one
                        && (w.key.starts_with('ب')
                            || w.key.starts_with('ل')
                            || w.key.starts_with('ك')
                            || w.key.starts_with('ف'))
                        && s.key.chars().count() >= 4
                        && known_rest
                        // "كايان درانس": "كـ" ("like") is rare before a person; a given name alone after it is
                        // more likely a name that starts with the letter.
                        && (!w.key.starts_with('ك')
                            || ctx.lexicon.flags(&s.key).intersects(
                                Flags::PERSON.union(Flags::LOC).union(Flags::ORG),
                            )))
            })
            .map_or(0, |s| s.skip)
    } else {
        0
    };
    super::rules::words_span(ctx, first, skip, last + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::lexicon::Lexicon;

    /// A tagger candidate over the first occurrence of `word` in `text`.
    fn proposed(text: &str, word: &str, label: EntityLabel) -> Candidate {
        let start = text.find(word).expect("the word is in the text");
        Candidate {
            span: Span::new(start, start + word.len()),
            label,
            source: Recogniser::Tagger,
            confidence: 0.5,
            priority: 0,
        }
    }

    #[test]
    fn a_city_the_tagger_proposes_before_a_masculine_nationality_or_where_a_team_stands_is_its_club()
     {
        let text = "انتهت المباراة في الدوري وغيّر المدرب خطته، وفاز الفريق على كرافانو، وتعادل \
                    بيرلاندو الإيطالي، ثم سافر إلى دولاريا الإسبانية.";
        let ctx = Context::new(text, Lexicon::bundled());
        assert!(city_club(
            &ctx,
            &proposed(text, "كرافانو", EntityLabel::Loc)
        ));
        assert!(city_club(
            &ctx,
            &proposed(text, "بيرلاندو", EntityLabel::Loc)
        ));
        // The feminine adjective is the city's own.
        assert!(!city_club(
            &ctx,
            &proposed(text, "دولاريا", EntityLabel::Loc)
        ));
    }

    #[test]
    fn a_common_word_is_no_name_of_the_tagger_but_a_listed_or_family_name_is() {
        let text = "استمع الجمهور إلى الراديو، وقال المالكي ولافروف وأحمد إن لدينا بيانا عن المائة.";
        let ctx = Context::new(text, Lexicon::bundled());
        for (word, label) in [
            ("الراديو", EntityLabel::Per),
            ("لدينا", EntityLabel::Per),
            ("بيانا", EntityLabel::Per),
            ("المائة", EntityLabel::Loc),
        ] {
            assert!(
                common_word_name(&ctx, &proposed(text, word, label)),
                "{word} is a common word"
            );
        }
        for (word, label) in [
            ("المالكي", EntityLabel::Per),
            ("لافروف", EntityLabel::Per),
            ("أحمد", EntityLabel::Per),
        ] {
            assert!(
                !common_word_name(&ctx, &proposed(text, word, label)),
                "{word} stays a name"
            );
        }
        // Names of two words and organisations are left to the merge.
        assert!(!common_word_name(
            &ctx,
            &proposed(text, "الجمهور", EntityLabel::Org)
        ));
    }

    /// The tagger's span of the one-word name `word` (its first occurrence in `text`).
    fn one_word_span<'t>(ctx: &Context<'_>, text: &'t str, word: &str) -> Option<&'t str> {
        let i = ctx
            .words
            .iter()
            .position(|w| &text[w.span.range()] == word)
            .expect("the word is in the text");
        tagged_span(ctx, i, i).map(|s| &text[s.range()])
    }

    #[test]
    fn a_verb_after_a_person_of_the_tagger_stays_out_of_the_name() {
        let text = "وقال إن أنصار عبدي قيديد سيطروا على البلدة، وإن نصر الله انتقد القرار، وحضر جون ماكينتوش.";
        let ctx = Context::new(text, Lexicon::bundled());
        let end = |name: &str| {
            let c = proposed(text, name, EntityLabel::Per);
            before_trailing_verb(&ctx, &c).map(|e| &text[c.span.start..e])
        };
        assert_eq!(end("عبدي قيديد سيطروا"), Some("عبدي قيديد"));
        assert_eq!(end("نصر الله انتقد"), Some("نصر الله"));
        assert_eq!(end("جون ماكينتوش"), None);
        assert_eq!(end("سيطروا"), None);
    }

    #[test]
    fn the_future_of_a_frequent_verb_is_no_person_of_the_tagger() {
        let text =
            "وقال إن الإصابة ستبعد رونالدو عن الملاعب، وإنه سيجد حلا، والتقى ستيفن هوكينغ الطلاب.";
        let ctx = Context::new(text, Lexicon::bundled());
        let start = |name: &str| {
            after_leading_descriptors(&ctx, &proposed(text, name, EntityLabel::Per))
                .map(|s| &text[s..])
        };
        assert!(start("ستبعد رونالدو").is_some_and(|t| t.starts_with("رونالدو")));
        assert!(verb_person(&ctx, &proposed(text, "سيجد", EntityLabel::Per)));
        // A foreign given name in "ست" is no verb.
        assert_eq!(start("ستيفن هوكينغ"), None);
        assert!(!verb_person(
            &ctx,
            &proposed(text, "ستيفن", EntityLabel::Per)
        ));
    }

    #[test]
    fn a_nationality_or_a_noun_with_his_before_a_person_of_the_tagger_stays_out_of_the_name() {
        let text = "ومرر للبرازيلي فيرناندو كرة، وسجل مواطنه روبرتو هدفا، وقال حمزه علوان ووالده عبده سالم.";
        let ctx = Context::new(text, Lexicon::bundled());
        let start = |name: &str| {
            after_leading_descriptors(&ctx, &proposed(text, name, EntityLabel::Per))
                .map(|s| &text[s..])
        };
        assert!(start("للبرازيلي فيرناندو").is_some_and(|t| t.starts_with("فيرناندو")));
        assert!(start("مواطنه روبرتو").is_some_and(|t| t.starts_with("روبرتو")));
        // A name in "ه" stays whole; so does a name of one word.
        assert_eq!(start("حمزه علوان"), None);
        assert_eq!(start("عبده سالم"), None);
        assert_eq!(start("للبرازيلي"), None);
    }

    #[test]
    fn a_derived_imperfect_is_no_person_of_the_tagger() {
        let text = "أمير المنطقة يتفقد المشروعات، ويستقبل يوسف الضيوف.";
        let ctx = Context::new(text, Lexicon::bundled());
        assert!(verb_person(
            &ctx,
            &proposed(text, "يتفقد", EntityLabel::Per)
        ));
        // A given name of the lists stays.
        assert!(!verb_person(
            &ctx,
            &proposed(text, "يوسف", EntityLabel::Per)
        ));
    }

    #[test]
    fn a_person_of_the_tagger_splits_at_a_second_name_joined_with_waw() {
        let text = "وحضر غاندر وبيرنو ومحمد وليد الحفل.";
        let ctx = Context::new(text, Lexicon::bundled());
        let first = ctx
            .words
            .iter()
            .position(|w| &text[w.span.range()] == "غاندر")
            .expect("the word is in the text");
        // B-PER I-PER I-PER I-PER over "غاندر وبيرنو ومحمد وليد".
        let tags = [
            Some((true, EntityLabel::Per)),
            Some((false, EntityLabel::Per)),
            Some((false, EntityLabel::Per)),
            Some((false, EntityLabel::Per)),
        ];
        let mut out = Vec::new();
        spans_of(&ctx, first, &tags, 0.5, &mut out);
        let got: Vec<&str> = out.iter().filter_map(|c| c.span.get(text)).collect();
        // "وليد" is a given name as written: it stays with the name before it.
        assert_eq!(got, ["غاندر", "بيرنو", "محمد وليد"]);
    }

    #[test]
    fn a_preposition_before_a_listed_name_is_left_out_of_the_taggers_span() {
        let text = "وأطاح الجيش بمبارك، وزار بلال القاهرة.";
        let ctx = Context::new(text, Lexicon::bundled());
        let span_of = |word: &str| one_word_span(&ctx, text, word);
        assert_eq!(span_of("بمبارك"), Some("مبارك"));
        // A name that starts with the letter of a preposition stays whole.
        assert_eq!(span_of("بلال"), Some("بلال"));
    }

    #[test]
    fn kaf_and_fa_begin_unknown_names_in_the_taggers_span() {
        let text = "وزار فيرناندوس كالينيكوس ووفنسنت المدينة.";
        let ctx = Context::new(text, Lexicon::bundled());
        let span_of = |word: &str| one_word_span(&ctx, text, word);
        assert_eq!(span_of("فيرناندوس"), Some("فيرناندوس"));
        assert_eq!(span_of("كالينيكوس"), Some("كالينيكوس"));
        // "و" stays a conjunction before any name.
        assert_eq!(span_of("ووفنسنت"), Some("وفنسنت"));
        // "كـ" before a given name alone: the name starts with the letter.
        let text = "وقالت كايان درانس إن الأسعار ارتفعت.";
        let ctx = Context::new(text, Lexicon::bundled());
        assert_eq!(one_word_span(&ctx, text, "كايان"), Some("كايان"));
    }

    #[test]
    fn an_honorific_pronoun_is_no_name_of_the_tagger() {
        let text = "وأكد سموه أن المشروع مهم، وأضاف ومعاليه حاضر، وقال سمير العتيبي إن العمل بدأ.";
        let ctx = Context::new(text, Lexicon::bundled());
        for word in ["سموه", "ومعاليه"] {
            assert!(
                honorific_pronoun(&ctx, &proposed(text, word, EntityLabel::Per)),
                "{word} is an honorific pronoun"
            );
        }
        assert!(!honorific_pronoun(
            &ctx,
            &proposed(text, "سمير العتيبي", EntityLabel::Per)
        ));
    }

    #[test]
    fn a_word_with_tanween_is_no_name_of_the_tagger() {
        let text = "لديها إيمانٌ بقدراتها، وقالت إيمان العلي إن الوقت حان.";
        let ctx = Context::new(text, Lexicon::bundled());
        let second = text.rfind("إيمان").expect("the name is in the text");
        let name = Candidate {
            span: Span::new(second, second + "إيمان العلي".len()),
            ..proposed(text, "إيمانٌ", EntityLabel::Per)
        };
        assert!(with_tanween(
            &ctx,
            &proposed(text, "إيمانٌ", EntityLabel::Per)
        ));
        assert!(!with_tanween(&ctx, &name));
    }

    #[test]
    fn a_person_of_the_tagger_starting_with_a_definite_noun_or_club_is_refused() {
        let text = "وواجه النصر الأوروغوياني فريق الدورة، وقال المالكي الصغير وأحمد العلي إن المباراة صعبة.";
        let ctx = Context::new(text, Lexicon::bundled());
        for name in ["النصر الأوروغوياني", "الدورة"] {
            assert!(
                definite_noun_person(&ctx, &proposed(text, name, EntityLabel::Per)),
                "{name} is no person"
            );
        }
        for name in ["المالكي الصغير", "أحمد العلي"] {
            assert!(
                !definite_noun_person(&ctx, &proposed(text, name, EntityLabel::Per)),
                "{name} stays a person"
            );
        }
    }

    #[test]
    fn the_accusative_of_a_frequent_noun_is_no_name_of_the_tagger() {
        let text = "وافتتح المحافظ مشروعا جديدا، واستقبل رضا وسلمى.";
        let ctx = Context::new(text, Lexicon::bundled());
        assert!(common_word_name(
            &ctx,
            &proposed(text, "مشروعا", EntityLabel::Per)
        ));
        assert!(!common_word_name(
            &ctx,
            &proposed(text, "رضا", EntityLabel::Per)
        ));
    }

    #[test]
    fn a_model_code_in_arabic_letters_follows_a_product_not_a_person() {
        let text = "وطرحت الشركة هاتف نوميرا بي7 الجديد، وقال نوميرا حسن إن الطلب كبير، ونفدت كميات سلسلة فاليكا. وصدر فاليكا تي9 أمس.";
        let ctx = Context::new(text, Lexicon::bundled());
        let coded = coded_names(&ctx);
        assert!(product_model(
            &ctx,
            &proposed(text, "نوميرا", EntityLabel::Per),
            &coded
        ));
        // The same word before a code elsewhere in the document.
        assert!(product_model(
            &ctx,
            &proposed(text, "فاليكا", EntityLabel::Per),
            &coded
        ));
        let second = text.rfind("نوميرا حسن").expect("the name is in the text");
        let name = Candidate {
            span: Span::new(second, second + "نوميرا حسن".len()),
            ..proposed(text, "نوميرا", EntityLabel::Per)
        };
        assert!(!product_model(&ctx, &name, &coded));
    }

    #[test]
    fn latin_letters_spelled_out_are_no_person_of_the_tagger() {
        let text = "واشترت الجامعة حاسبا من طراز دي إكس 90، وزارها دي ماريو.";
        let ctx = Context::new(text, Lexicon::bundled());
        assert!(spelled_letters(
            &ctx,
            &proposed(text, "دي إكس", EntityLabel::Per)
        ));
        assert!(!spelled_letters(
            &ctx,
            &proposed(text, "دي ماريو", EntityLabel::Per)
        ));
    }

    #[test]
    fn a_noun_phrase_with_a_relative_adjective_in_the_dual_or_plural_is_no_person() {
        let text = "وقال مصدران عسكريان إن القوات تقدمت، وأكد مسؤولين أمريكيين ذلك، وصرح كريم الزياني بأن الوضع هادئ.";
        let ctx = Context::new(text, Lexicon::bundled());
        for phrase in ["مصدران عسكريان", "مسؤولين أمريكيين"] {
            assert!(
                dual_noun_phrase(&ctx, &proposed(text, phrase, EntityLabel::Per)),
                "{phrase} is no person"
            );
        }
        assert!(!dual_noun_phrase(
            &ctx,
            &proposed(text, "كريم الزياني", EntityLabel::Per)
        ));
    }

    #[test]
    fn a_brand_after_a_product_noun_is_no_person_of_the_tagger() {
        let text = "وصل جهاز \"ترافيلو ماكس\" إلى الأسواق، وارتفع المؤشر داكسو أمس، وقال حسن ترافيلو إن البيع بدأ.";
        let ctx = Context::new(text, Lexicon::bundled());
        for name in ["ترافيلو ماكس", "داكسو"] {
            assert!(
                after_product_noun(&ctx, &proposed(text, name, EntityLabel::Per)),
                "{name} is a product or an index"
            );
        }
        assert!(!after_product_noun(
            &ctx,
            &proposed(text, "حسن ترافيلو", EntityLabel::Per)
        ));
    }

    #[test]
    fn a_name_after_a_disease_noun_is_the_disease_s() {
        let text =
            "وسجلت المدينة إصابات بفيروس زيكاتو، وانتشرت حمى مارولا في القرى، ثم زار الوفد مارولا.";
        let ctx = Context::new(text, Lexicon::bundled());
        for (name, label) in [("زيكاتو", EntityLabel::Loc), ("مارولا", EntityLabel::Per)]
        {
            assert!(
                after_product_noun(&ctx, &proposed(text, name, label)),
                "{name} names a disease"
            );
        }
        let visited = text.rfind("مارولا").expect("the place is in the text");
        let place = Candidate {
            span: Span::new(visited, visited + "مارولا".len()),
            ..proposed(text, "مارولا", EntityLabel::Loc)
        };
        assert!(!after_product_noun(&ctx, &place));
    }

    #[test]
    fn a_noun_with_a_possessive_pronoun_is_no_person_of_the_tagger() {
        let text = "وقالت الأم إن أولادي سعداء، وإن مدرستنا قريبة، وزارنا فتحي سليمان ورنا.";
        let ctx = Context::new(text, Lexicon::bundled());
        for word in ["أولادي سعداء", "مدرستنا"] {
            assert!(
                noun_with_possessive(&ctx, &proposed(text, word, EntityLabel::Per)),
                "{word} is a noun with a pronoun"
            );
        }
        for name in ["فتحي سليمان", "رنا"] {
            assert!(
                !noun_with_possessive(&ctx, &proposed(text, name, EntityLabel::Per)),
                "{name} stays a person"
            );
        }
    }

    #[test]
    fn an_unknown_first_name_before_a_one_word_person_of_the_tagger_joins_it() {
        let text = "ومن الضيوف زكرون باسيلي، وقال الوزير باسيلي إن الزيارة مهمة، وحضر جهيدان الدوسري، ووصل شحنات زكرون الدينار.";
        let ctx = Context::new(text, Lexicon::bundled());
        let start = |word: &str| {
            unknown_first_name_before(&ctx, &proposed(text, word, EntityLabel::Per))
                .map(|s| &text[s..text.find(word).unwrap_or(0) + word.len()])
        };
        assert_eq!(start("باسيلي"), Some("زكرون باسيلي"));
        let second = text.rfind("باسيلي").expect("the name is in the text");
        let after_title = Candidate {
            span: Span::new(second, second + "باسيلي".len()),
            ..proposed(text, "باسيلي", EntityLabel::Per)
        };
        // A title before it is a known word: the span stays.
        assert_eq!(unknown_first_name_before(&ctx, &after_title), None);
        // A definite noun after a noun is its construct; a relative family name is not.
        assert_eq!(start("الدينار"), None);
        assert_eq!(start("الدوسري"), Some("جهيدان الدوسري"));
    }
}
