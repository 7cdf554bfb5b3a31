//! Rules: a person named as a speaker, and a listed given name followed by a family name.

use super::{
    Candidate, Context, EntityLabel, Flags, Recognise, Recogniser, candidate, continues_name,
    extend_lineage, frequent_unnamed, given_at, is_comma, is_name_word, joined, masdar_shape,
    match_at, plausible_family_name, rare_plain_name, words_span,
};

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
pub(super) fn named_thing_before(ctx: &Context<'_>, i: usize) -> bool {
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
            super::super::tagged::is_product_noun(key)
                || (key == "طريق" && !by_way_of)
                || ctx.lexicon.flags(key).contains(Flags::PLACE_HEAD)
        })
}

/// True when word `i`, or the word after it when `i` is an opening quote, is a frequent definite word that is no
/// relative (family) form ("الدوسري") and no title: the complement of a noun in construct before it.
pub(super) fn construct_with_definite(ctx: &Context<'_>, mut i: usize) -> bool {
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
pub(super) const ALA_IDIOMS: &[&str] = &["لسان", "حد"];

/// True when word `i` is "علي" in a text that writes the preposition "على" so ([`Context::ali_for_ala`]) and the
/// next word is a frequent word that is no relative (family) form: "حصل علي [الجائزة]", "أكد علي [أهمية]".
pub(super) fn ali_as_preposition(ctx: &Context<'_>, i: usize) -> bool {
    let is_ali = |w: &super::super::Word| w.stems.iter().any(|s| s.key == "علي");
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
pub(super) fn derived_verbal_noun(ctx: &Context<'_>, i: usize) -> bool {
    let raw = ctx.raw(i);
    ctx.words.get(i).is_some_and(|w| {
        (w.key.starts_with("الم") || w.key.starts_with("الت"))
            && raw.starts_with("ال")
            && raw.ends_with('ة')
            && w.key.chars().count() >= 6
            && ctx.lexicon.flags(&w.key) == Flags::default()
    })
}
