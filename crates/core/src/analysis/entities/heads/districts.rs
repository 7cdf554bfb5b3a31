//! Smaller and ambiguous places: districts placed by a compass word, neighbourhoods, palaces, landmarks,
//! country names that are also common words, foreign places.

use super::{
    Candidate, Context, EntityLabel, FOREIGN_PLACE_OPENERS, Flags, OUTLET_CONFIDENCE, REGION,
    Recognise, Recogniser, TokenKind, candidate, is_proper_like, joined, match_at, stem_among,
    words_span,
};

/// A district placed by its side of a known place: "بمنطقة [الشعب] شمال العاصمة", "منطقة [علاوي الحلة] وسط
/// بغداد", "قضاء [المسيب] جنوب بغداد", "ناحية [العلم] الواقعة شرق تكريت". The generic word stays out of the name,
/// as with "منطقة مكة المكرمة"; a compass word and a place after the name tell it is one, though no list knows it.
/// An indefinite frequent word or feminine adjective there is the district's kind ("منطقة عازلة شمال سوريا").
pub struct LocatedDistrictRule;

/// Generic words of a district (normalised), left out of its name.
pub(super) const DISTRICT_WORDS: [&str; 3] = [REGION, "قضاء", "ناحيه"];

/// Compass words that place a district (normalised).
pub(super) const SIDES: [&str; 9] = [
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// Words after the compass word that stand for a known place (normalised): the capital, the country, the city, or a
/// generic place word before a place's name.
pub(super) const PLACE_STANDINS: [&str; 7] = [
    "العاصمه",
    "البلاد",
    "المدينه",
    "مدينه",
    "محافظه",
    "قطاع",
    "ولايه",
];

impl Recognise for LocatedDistrictRule {
    fn name(&self) -> &'static str {
        "located-district"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            if stem_among(ctx, i, &DISTRICT_WORDS).is_none() || !joined(ctx, i) {
                continue;
            }
            let first = i + 1;
            let Some(w) = ctx.words.get(first) else {
                continue;
            };
            let name_word = |k: usize| {
                ctx.words.get(k).is_some_and(|w| {
                    w.kind == TokenKind::Arabic && !w.stop && !SIDES.contains(&w.key.as_str())
                })
            };
            // "منطقة عازلة", "منطقة خضراء": an indefinite adjective agreeing with the feminine word is the kind.
            let raw = ctx.raw(first);
            let adjective = !w.key.starts_with("ال")
                && (ctx.lexicon.is_common_word(&w.key)
                    || raw.ends_with('ة')
                    || raw.ends_with("اء"));
            if !name_word(first) || adjective {
                continue;
            }
            // The name has one or two words, then (after "الواقعة") the compass word and the place.
            let placed = |end: usize| {
                let mut k = end;
                if ctx
                    .words
                    .get(k)
                    .is_some_and(|w| matches!(w.key.as_str(), "الواقعه" | "الواقع"))
                    && joined(ctx, k)
                {
                    k += 1;
                }
                let side = ctx
                    .words
                    .get(k)
                    .is_some_and(|w| SIDES.contains(&w.key.as_str()));
                if !side || !joined(ctx, k) {
                    return false;
                }
                // "جنوب غرب بغداد": a second compass word.
                let mut p = k + 1;
                if ctx
                    .words
                    .get(p)
                    .is_some_and(|w| SIDES.contains(&w.key.as_str()))
                    && joined(ctx, p)
                {
                    p += 1;
                }
                ctx.words
                    .get(p)
                    .is_some_and(|w| PLACE_STANDINS.contains(&w.key.as_str()))
                    || match_at(ctx, p, Flags::LOC.union(Flags::TOWN)).is_some()
            };
            let end = if joined(ctx, first) && placed(first + 1) {
                first + 1
            } else if joined(ctx, first)
                && name_word(first + 1)
                && joined(ctx, first + 1)
                && placed(first + 2)
            {
                first + 2
            } else {
                continue;
            };
            if let Some(span) = words_span(ctx, first, 0, end) {
                out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// A neighbourhood: "في حي [السلامة]", "بحي [النزهة]", "سكان حي [أم الخير]". "حي" is also "alive" and "live"
/// ("بث حي", "كائن حي"), so it names a place only where a place is expected: after a preposition of place, with
/// "بـ" or "لـ", or after the people or streets of it; the head stays out of the name.
pub struct NeighbourhoodRule;

/// Words before "حي" that expect a place (normalised): prepositions of place, the people and streets of a
/// neighbourhood, its mayor ("عمدة حي") and centre ("مركز حي"), and the parts and sides of a place.
pub(super) const BEFORE_NEIGHBOURHOOD: [&str; 18] = [
    "في",
    "من",
    "الي",
    "داخل",
    "قرب",
    "سكان",
    "اهالي",
    "تقاطع",
    "شوارع",
    "عمده",
    "مركز",
    "وسط",
    "مدخل",
    "بجوار",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
];

impl Recognise for NeighbourhoodRule {
    fn name(&self) -> &'static str {
        "neighbourhood"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(stem) = stem_among(ctx, i, &["حي"]) else {
                continue;
            };
            let by_clitic = stem.skip > 0 && !ctx.raw(i).starts_with(['و', 'ف']);
            let after_place_word = i
                .checked_sub(1)
                .filter(|&p| joined(ctx, p))
                .and_then(|p| ctx.words.get(p))
                .is_some_and(|p| BEFORE_NEIGHBOURHOOD.contains(&p.key.as_str()));
            if !joined(ctx, i) {
                continue;
            }
            let j = i + 1;
            let Some(w) = ctx.words.get(j) else { continue };
            // "وشهد حي [الملز]": with no such word before it, "حي" names a place before a rare definite word (not
            // a frequent one, an adjective or a nationality: "حي الأحياء").
            let rare_definite = w.key.starts_with("ال")
                && !ctx.is_stop(j)
                && !ctx.lexicon.is_common_word(&w.key)
                && !ctx
                    .lexicon
                    .flags(&w.key)
                    .intersects(Flags::NATIONALITY.union(Flags::ORG_ADJ).union(Flags::TITLE));
            if !(by_clitic || after_place_word || rare_definite) {
                continue;
            }
            let pair = matches!(w.key.as_str(), "ام" | "ابو");
            if !w.is_wordlike() || (w.stop && !pair) {
                continue;
            }
            let end = if pair {
                // "حي أم الخير", "حي أبو سليم": the name is the pair.
                if !joined(ctx, j)
                    || !ctx
                        .words
                        .get(j + 1)
                        .is_some_and(|n| n.is_wordlike() && !n.stop)
                {
                    continue;
                }
                j + 2
            } else if w.key.starts_with("ال")
                || (is_proper_like(ctx, j) && !ctx.lexicon.is_common_word(&w.key))
            {
                j + 1
            } else {
                continue;
            };
            if let Some(span) = words_span(ctx, j, 0, end) {
                out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// A foreign place whose name starts with San, Santa, Los, Las, New or Port, where the text expects a place: "في
/// [لاس فيجاس]", "إلى [سانتا كروز]", "قرب [بورت سودان]". The first word says a place's name follows, and the next
/// word is its own, whatever its spelling ("فيجاس" and "فيغاس" both write Vegas).
pub struct ForeignPlaceRule;

impl Recognise for ForeignPlaceRule {
    fn name(&self) -> &'static str {
        "foreign-place"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 1..ctx.words.len() {
            let Some(w) = ctx.words.get(i) else { break };
            // "بلاس فيجاس": "بـ" on the first word says where, as a preposition before it does ("لسان" is a
            // tongue, so no other clitic).
            let Some(skip) = w
                .stems
                .iter()
                .filter(|s| s.skip == 0 || ctx.raw(i).starts_with('ب'))
                .find(|s| FOREIGN_PLACE_OPENERS.contains(&s.key.as_str()))
                .map(|s| s.skip)
            else {
                continue;
            };
            if !joined(ctx, i) {
                continue;
            }
            let place_word = skip > 0
                || (joined(ctx, i - 1)
                    && ctx
                        .words
                        .get(i - 1)
                        .is_some_and(|p| BEFORE_COUNTRY.contains(&p.key.as_str())));
            let named = ctx.words.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Arabic && !n.stop && !n.key.starts_with("ال")
            });
            if !place_word || !named {
                continue;
            }
            if let Some(span) = words_span(ctx, i, skip, i + 2) {
                out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.6, 1));
            }
        }
        out
    }
}

/// A country whose name is also a common word ("مالي": Mali, and "financial"), where the text expects a place:
/// "في [مالي]", "شمال [مالي]", "حكومة [مالي]", "بـ[مالي]", "النيجر و[مالي]". Elsewhere it is the word ("دعم مالي").
pub struct AmbiguousCountryRule;

/// Words before a country that make it one (normalised): prepositions of place, directions, and the state's
/// nouns.
pub(super) const BEFORE_COUNTRY: [&str; 22] = [
    "في",
    "من",
    "الي",
    "داخل",
    "خارج",
    "قرب",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "دوله",
    "جمهوريه",
    "حكومه",
    "عاصمه",
    "رئيس",
    "شعب",
    "جيش",
];

impl Recognise for AmbiguousCountryRule {
    fn name(&self) -> &'static str {
        "ambiguous-country"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        let place_flag = |w: &super::super::Word| {
            w.stems.iter().any(|s| {
                ctx.lexicon
                    .flags(&s.key)
                    .intersects(Flags::LOC.union(Flags::TOWN))
                    || ctx.lexicon.is_ambiguous_place(&s.key)
            })
        };
        for i in 0..ctx.words.len() {
            let Some(w) = ctx.words.get(i) else { continue };
            let prev = i
                .checked_sub(1)
                .filter(|&p| joined(ctx, p))
                .and_then(|p| ctx.words.get(p));
            // "محافظة [الخبر]", "الدمام و[الخبر]", "[نجد] والحجاز": a place of places.txt that is also a common
            // word, after an administrative place word or joined with "و" to a known place.
            if let Some(stem) = w
                .stems
                .iter()
                .find(|s| ctx.lexicon.is_ambiguous_place(&s.key))
            {
                let after_head = stem.skip == 0
                    && prev.is_some_and(|p| {
                        p.stems
                            .iter()
                            .any(|s| ctx.lexicon.flags(&s.key).contains(Flags::PLACE_HEAD_OUT))
                    });
                let after_place =
                    ctx.raw(i).starts_with('و') && stem.skip > 0 && prev.is_some_and(&place_flag);
                let before_place = (stem.skip == 0 || ctx.raw(i).starts_with('و'))
                    && joined(ctx, i)
                    && ctx.words.get(i + 1).is_some_and(|n| {
                        n.key.starts_with('و')
                            && n.stems.iter().any(|s| {
                                s.skip > 0 && ctx.lexicon.flags(&s.key).contains(Flags::LOC)
                            })
                    });
                if after_head || after_place || before_place {
                    // The outlet's confidence keeps the place to this mention: the word's other uses stay
                    // words ("ونجد أن الخبر صحيح").
                    if let Some(span) = words_span(ctx, i, stem.skip, i + 1) {
                        out.push(candidate(
                            span,
                            EntityLabel::Loc,
                            Recogniser::Rule,
                            OUTLET_CONFIDENCE,
                            1,
                        ));
                    }
                }
                continue;
            }
            let Some(stem) = w
                .stems
                .iter()
                .find(|s| ctx.lexicon.is_ambiguous_country(&s.key))
            else {
                continue;
            };
            let clitic = ctx.raw(i).get(..stem.skip).unwrap_or_default();
            let expected = if clitic.contains(['ب', 'ل']) {
                true
            } else if clitic.is_empty() {
                prev.is_some_and(|p| BEFORE_COUNTRY.contains(&p.key.as_str()))
            } else {
                // "النيجر و[مالي]": coordinated with a place.
                clitic.starts_with('و') && prev.is_some_and(&place_flag)
            };
            if !expected {
                continue;
            }
            if let Some(span) = words_span(ctx, i, stem.skip, i + 1) {
                out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// A palace named with a rare definite word: "[قصر اليمامة]", "[قصر القضيبية]". The head stays in the name, as
/// with streets and squares. "قصر" is also "minors" and "shortness", and palaces named with frequent words ("قصر
/// العدل", "قصر الثقافة") are buildings of an institution: only a word no frequency list knows makes the name.
pub struct PalaceRule;

impl Recognise for PalaceRule {
    fn name(&self) -> &'static str {
        "palace"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(stem) = stem_among(ctx, i, &["قصر"]) else {
                continue;
            };
            let j = i + 1;
            let Some(w) = ctx.words.get(j) else { continue };
            let rare_definite = joined(ctx, i)
                && w.is_wordlike()
                && w.key.starts_with("ال")
                && w.key.chars().count() >= 5
                && !ctx.is_stop(j)
                && !ctx.lexicon.is_common_word(&w.key)
                && !ctx.lexicon.flags(&w.key).intersects(
                    Flags::NATIONALITY
                        .union(Flags::ORG_ADJ)
                        .union(Flags::TITLE)
                        .union(Flags::GIVEN),
                );
            if !rare_definite {
                continue;
            }
            if let Some(span) = words_span(ctx, i, stem.skip, j + 1) {
                out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// A road, bridge, tunnel, junction or roundabout named with a rare definite word ("دوار [اللؤلؤة]", "نفق
/// [النهضة]"): the head stays in the name, as with streets; and a planned district or a Bedouin settlement after
/// "مخطط" or "هجرة" ("مخطط [الحمدانية]", "هجرة [العطيف]"), whose head is left out, as after "حي". All these heads
/// are also common nouns ("طريق السلام", "مخطط التقسيم", "هجرة العقول"): only a definite word that no list knows
/// and that is not frequent names the place.
pub struct LandmarkRule;

/// Heads kept in the name (normalised): roundabout, bridge, tunnel, junction, flyover. ("طريق" was measured too:
/// "عن طريق الامتصاص" is "by means of", and a road is mostly named by the places it joins, "طريق السيل".)
pub(super) const LANDMARK_HEADS: [&str; 5] = ["دوار", "جسر", "نفق", "تقاطع", "كوبري"];

/// Heads left out of the name (normalised): a planned district, a Bedouin settlement.
pub(super) const SETTLEMENT_HEADS: [&str; 2] = ["مخطط", "هجره"];

impl Recognise for LandmarkRule {
    fn name(&self) -> &'static str {
        "landmark"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let kept = stem_among(ctx, i, &LANDMARK_HEADS);
            let left_out = stem_among(ctx, i, &SETTLEMENT_HEADS);
            let Some(stem) = kept.or(left_out) else {
                continue;
            };
            if !joined(ctx, i) {
                continue;
            }
            let j = i + 1;
            let Some(w) = ctx.words.get(j) else { continue };
            let rare_definite = w.is_wordlike()
                && w.key.starts_with("ال")
                && w.key.chars().count() >= 5
                && !ctx.is_stop(j)
                && !ctx.lexicon.is_common_word(&w.key)
                && !ctx.is_common_noun(&w.key)
                && ctx.lexicon.flags(&w.key) == Flags::default();
            if !rare_definite {
                continue;
            }
            let span = if kept.is_some() {
                words_span(ctx, i, stem.skip, j + 1)
            } else {
                words_span(ctx, j, 0, j + 1)
            };
            if let Some(span) = span {
                out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// A country or region named in "ستان" (Persian "land of"), in whatever spelling: "[تركمنستان]", "و[طاجكستان]",
/// "[قرغيزستان]". Three letters or more before the ending and no article: "بستان" (an orchard) and "فستان" (a
/// dress) are words; a spelling the lists know is theirs, and a frequent word or a name of the lists is no place.
pub struct StanPlaceRule;

/// The ending of the place names this rule reads (normalised).
const STAN: &str = "ستان";

impl Recognise for StanPlaceRule {
    fn name(&self) -> &'static str {
        "stan-place"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for (i, w) in ctx.words.iter().enumerate() {
            if w.kind != TokenKind::Arabic || w.stop || !w.key.ends_with(STAN) {
                continue;
            }
            // Every reading unknown to the lists and the frequency list, none of them definite ("والبستان").
            let unknown = w.stems.iter().all(|s| {
                !s.key.starts_with("ال")
                    && ctx.lexicon.flags(&s.key) == Flags::default()
                    && !ctx.lexicon.is_common_word(&s.key)
            });
            if !unknown {
                continue;
            }
            // The shortest reading with three letters before the ending: "وطاجكستان" is "و" + "طاجكستان".
            let Some(stem) = w
                .stems
                .iter()
                .filter(|s| {
                    s.key
                        .strip_suffix(STAN)
                        .is_some_and(|before| before.chars().count() >= 3)
                })
                .max_by_key(|s| s.skip)
            else {
                continue;
            };
            if let Some(span) = words_span(ctx, i, stem.skip, i + 1) {
                out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.6, 1));
            }
        }
        out
    }
}
