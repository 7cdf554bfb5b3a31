//! The seam for a statistical token tagger (BIO tags over token strings, sentence by sentence): its entities
//! become candidates like any other recogniser's, with clitics trimmed the same way.
//!
//! Submodules, by kind of work: `filters`.

use super::lexicon::Flags;
use super::stacking::AnalysisRules;
use super::{Candidate, Context, Recognise};
use crate::analysis::tokens::TokenKind;
use crate::analysis::{EntityLabel, ModelProblem, Recogniser, Warning};
use crate::span::Span;
use crate::tagger::{Model, Tagger};
use rustc_hash::FxHashSet as HashSet;
use std::sync::{Arc, OnceLock};

mod filters;

pub(super) use filters::*;

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
                && !inside_named_place(ctx, c)
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
        let text = "وقال إن أنصار عبدي قيديد سيطروا على البلدة، وإن نصر الله انتقد القرار، وحضر جون ماكينتوش، \
                    وسجل غواو توماس هدفين.";
        let ctx = Context::new(text, Lexicon::bundled());
        let end = |name: &str| {
            let c = proposed(text, name, EntityLabel::Per);
            before_trailing_verb(&ctx, &c).map(|e| &text[c.span.start..e])
        };
        assert_eq!(end("عبدي قيديد سيطروا"), Some("عبدي قيديد"));
        assert_eq!(end("نصر الله انتقد"), Some("نصر الله"));
        assert_eq!(end("غواو توماس هدفين"), Some("غواو توماس"));
        assert_eq!(end("جون ماكينتوش"), None);
        assert_eq!(end("سيطروا"), None);
    }

    #[test]
    fn a_titled_person_a_park_is_named_after_is_no_person_of_the_tagger() {
        let text = "وافتتح المحافظ حديقة الملك عبدالله، واستقبل الملك عبدالله الوفد.";
        let ctx = Context::new(text, Lexicon::bundled());
        let at = |nth: usize| {
            let start = text
                .match_indices("عبدالله")
                .nth(nth)
                .expect("the name is there")
                .0;
            Candidate {
                span: Span::new(start, start + "عبدالله".len()),
                label: EntityLabel::Per,
                source: Recogniser::Tagger,
                confidence: 0.5,
                priority: 0,
            }
        };
        assert!(inside_named_place(&ctx, &at(0)));
        assert!(!inside_named_place(&ctx, &at(1)));
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
