//! Places named by a head word or a list: cities, rivers, roads, "مدن X وY وZ".

use super::{
    CARDINALS, Candidate, Context, EntityLabel, FOREIGN_PLACE_OPENERS, Flags, Recognise,
    Recogniser, candidate, continues_name, feminine_indefinite_adjective, feminine_indefinite_head,
    given_and_father, given_at, head_is_definite, indefinite_relative_adjective, is_comma,
    is_name_word, is_proper_like, joined, kunya_name, match_at, org_complement, proper_run,
    stem_among, words_span,
};

/// Places named in a list after a plural or dual place word ("بأحياء الروضة والنسيم والعزيزية", "بمدينتي
/// الدمام والخبر") or in a road's course ("طريق الرياض / القصيم"): each item is a place, though no list knows it.
pub struct PlaceListRule;

/// Plural and dual place words whose coordinated complements are places (normalised).
pub(super) const PLACE_PLURALS: [&str; 17] = [
    "احياء",
    "مينايي",
    "مخيمي",
    "جزيرتي",
    "مقاطعتي",
    "ولايتي",
    "حيي",
    "قري",
    "قريتي",
    "مدن",
    "مدينتي",
    "محافظات",
    "محافظتي",
    "بلدات",
    "بلدتي",
    "منطقتي",
    "مخيمات",
];

/// Words that open a place name of two words ("أم الجود", "أبو عريش", "بني مالك", "ذات عرق"), normalised.
pub(super) const PLACE_OPENERS: [&str; 4] = ["ام", "ابو", "بني", "ذات"];

/// The most items a list is read for.
pub(super) const PLACE_LIST_MAX: usize = 10;

impl PlaceListRule {
    /// The end of one place item starting at word `i` (after `skip` clitic bytes): a listed place, a two-word
    /// name opened by "أم"/"أبو", or one name word. `None` when the word cannot be a name.
    pub(super) fn item(ctx: &Context<'_>, i: usize, skip: usize) -> Option<usize> {
        let w = ctx.words.get(i)?;
        if !w.is_wordlike() {
            return None;
        }
        let stem = w.stems.iter().find(|s| s.skip == skip)?;
        // "أم الخير", "أبو عريش": "أم" is also the stop word "or".
        if PLACE_OPENERS.contains(&stem.key.as_str()) && joined(ctx, i) && is_name_word(ctx, i + 1)
        {
            return Some(i + 2);
        }
        if ctx.is_stop(i) {
            return None;
        }
        if let Some(m) = match_at(ctx, i, Flags::LOC.union(Flags::TOWN)).filter(|m| m.skip == skip)
        {
            return Some(i + m.words);
        }
        let flags = ctx.lexicon.flags(&stem.key);
        let not_place = Flags::ORG
            .union(Flags::TITLE)
            .union(Flags::NATIONALITY)
            .union(Flags::ORG_HEAD)
            .union(Flags::ORG_HEAD_OUT)
            .union(Flags::PLACE_HEAD_OUT)
            .union(Flags::STOP);
        // "أحياء [شمال] وشرق الرياض": a compass word says where, it names nothing.
        if flags.intersects(not_place)
            || stem.key.chars().count() < 2
            || super::districts::SIDES.contains(&stem.key.as_str())
        {
            return None;
        }
        Some(i + 1)
    }

    pub(super) fn push(
        ctx: &Context<'_>,
        out: &mut Vec<Candidate>,
        first: usize,
        skip: usize,
        end: usize,
    ) {
        if let Some(span) = words_span(ctx, first, skip, end) {
            out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.6, 1));
        }
    }

    /// The items after a plural place word at `i`: "X وY وZ" or "X، Y، وZ".
    pub(super) fn coordinated(ctx: &Context<'_>, i: usize, dual: bool, out: &mut Vec<Candidate>) {
        if !joined(ctx, i) {
            return;
        }
        let mut items: Vec<(usize, usize, usize)> = Vec::new();
        let mut j = i + 1;
        // "الأحياء التالية: ...", "أحياء: ...": the list after "the following" and a colon.
        if ctx
            .words
            .get(j)
            .is_some_and(|w| matches!(w.key.as_str(), "التاليه" | "الاتيه"))
        {
            j += 1;
        }
        if ctx.raw(j) == ":" {
            j += 1;
        }
        let mut skip = 0;
        while items.len() < PLACE_LIST_MAX {
            let Some(end) = Self::item(ctx, j, skip) else {
                break;
            };
            items.push((j, skip, end));
            // The next item: "وY" joined, or "، Y" / "، وY".
            let mut k = end;
            if is_comma(ctx, k) {
                k += 1;
            } else if !joined(ctx, k - 1) {
                break;
            }
            let Some(next) = ctx.words.get(k) else { break };
            let conj = next
                .stems
                .iter()
                .find(|s| s.skip > 0 && next.key.strip_prefix('و') == Some(s.key.as_str()));
            match conj {
                // "قرى الجنوب [وبلدات] الشمال": another plural place word opens a phrase of its own.
                Some(s) if PLACE_PLURALS.contains(&s.key.as_str()) => break,
                Some(s) => {
                    j = k;
                    skip = s.skip;
                }
                // "والجلوية، [إضافة] إلى قرى ...": after a comma, an indefinite frequent word is the sentence
                // going on.
                None if k > end
                    && !next.key.starts_with("ال")
                    && ctx.lexicon.is_common_word(&next.key)
                    && match_at(ctx, k, Flags::LOC.union(Flags::TOWN)).is_none() =>
                {
                    break;
                }
                None if k > end => {
                    j = k;
                    skip = 0;
                }
                None => break,
            }
        }
        if items.len() < 2 || (dual && items.len() != 2) {
            return;
        }
        for (first, skip, end) in items {
            Self::push(ctx, out, first, skip, end);
        }
    }

    /// The places of a road's course after "طريق" at `i`: "طريق A / B (/ C)", one of them a known place.
    pub(super) fn road(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
        if !joined(ctx, i) {
            return;
        }
        let mut items: Vec<(usize, usize, bool)> = Vec::new();
        let mut j = i + 1;
        while items.len() < 4 {
            let known = match_at(ctx, j, Flags::LOC.union(Flags::TOWN)).filter(|m| m.skip == 0);
            let end = if let Some(m) = known {
                j + m.words
            } else {
                let mut e = j;
                while e - j < 2 && is_name_word(ctx, e) && (e == j || joined(ctx, e - 1)) {
                    if ctx.words.get(e).is_some_and(|w| {
                        ctx.lexicon
                            .flags(&w.key)
                            .intersects(Flags::ORG.union(Flags::TITLE))
                    }) {
                        break;
                    }
                    e += 1;
                }
                e
            };
            if end == j {
                break;
            }
            items.push((j, end, known.is_some()));
            if ctx.raw(end) != "/" || !joined(ctx, end - 1) || !joined(ctx, end) {
                break;
            }
            j = end + 1;
        }
        if items.len() < 2 || !items.iter().any(|&(_, _, known)| known) {
            return;
        }
        for (first, end, known) in items {
            if !known {
                Self::push(ctx, out, first, 0, end);
            }
        }
    }
}

impl Recognise for PlaceListRule {
    fn name(&self) -> &'static str {
        "place-list"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(w) = ctx.words.get(i) else { break };
            if let Some(s) = w
                .stems
                .iter()
                .find(|s| PLACE_PLURALS.contains(&s.key.as_str()))
            {
                let dual = s.key.ends_with('ي') && s.key != "قري";
                Self::coordinated(ctx, i, dual, &mut out);
            } else if w.stems.iter().any(|s| {
                s.key
                    .strip_prefix("ال")
                    .is_some_and(|plural| PLACE_PLURALS.contains(&plural))
            }) && ctx
                .words
                .get(i + 1)
                .is_some_and(|n| matches!(n.key.as_str(), "التاليه" | "الاتيه"))
            {
                // "الأحياء التالية: ...": a definite plural announces its list.
                Self::coordinated(ctx, i, false, &mut out);
            } else if w.stems.iter().any(|s| s.key == "طريق") {
                Self::road(ctx, i, &mut out);
            }
        }
        out
    }
}

/// A road, bridge, tunnel or roundabout named after a person with a title: "طريق الملك فهد", "جسر الملك فهد",
/// "دوار الأمير سلطان". Without the title these words are common ("طريق السلام") and no place head.
pub struct TitledRoadRule;

/// Road words (normalised).
pub(super) const ROAD_HEADS: [&str; 6] = ["طريق", "جسر", "نفق", "دوار", "تقاطع", "كوبري"];

impl Recognise for TitledRoadRule {
    fn name(&self) -> &'static str {
        "titled-road"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(stem) = stem_among(ctx, i, &ROAD_HEADS) else {
                continue;
            };
            let j = i + 1;
            let titled = joined(ctx, i)
                && ctx.words.get(j).is_some_and(|n| n.key.starts_with("ال"))
                && match_at(ctx, j, Flags::TITLE).is_some_and(|t| t.skip == 0);
            // "طريق [أبي بكر الصديق]", "شارع [خالد بن الوليد]": a person's kunya, or a given name and a father's,
            // name a road as a title does.
            let person = joined(ctx, i) && (kunya_name(ctx, j) || given_and_father(ctx, j));
            let end = if titled {
                org_complement(ctx, j, true)
            } else if person {
                super::super::names::extend_name(ctx, j + given_at(ctx, j), true)
            } else {
                continue;
            };
            if end <= j + 1 {
                continue;
            }
            if let Some(span) = words_span(ctx, i, stem.skip, end) {
                out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.8, 2));
            }
        }
        out
    }
}

/// The word naming an administrative centre after "مركز" at `i` ("مركز [حداء] التابع لمحافظة جدة", "مركز [ثول]
/// بمحافظة رابغ"): one unlisted, infrequent word, then "التابع/التابعة" or "بمحافظة/بمنطقة" or "ب" + a
/// known place.
pub(super) fn admin_centre(ctx: &Context<'_>, i: usize, skip: usize) -> Option<usize> {
    let head = ctx.words.get(i)?.stems.iter().find(|s| s.skip == skip)?;
    if head.key != "مركز" || !joined(ctx, i) || !joined(ctx, i + 1) {
        return None;
    }
    let w = ctx.words.get(i + 1)?;
    let known = match_at(ctx, i + 1, Flags::LOC.union(Flags::TOWN))
        .is_some_and(|m| m.skip == 0 && m.words == 1);
    if w.key.starts_with("لل")
        || !(known || is_proper_like(ctx, i + 1))
        || ctx.lexicon.is_common_word(&w.key)
        || given_at(ctx, i + 1) > 0
    {
        return None;
    }
    let next = ctx.words.get(i + 2)?;
    // "مركز ثول [وقرية] الحمراء": another place of the administration joined with "و".
    let and_place = next.key.strip_prefix('و').is_some_and(|rest| {
        rest == "مركز" || ctx.lexicon.flags(rest).contains(Flags::PLACE_HEAD_OUT)
    });
    let placed = matches!(
        next.key.as_str(),
        "التابع" | "التابعه" | "بمحافظه" | "بمنطقه"
    ) || and_place
        || match_at(ctx, i + 2, Flags::LOC)
            .is_some_and(|m| m.skip > 0 && next.key.starts_with('ب'));
    placed.then_some(i + 1)
}

/// True when word `i` is "بـ"/"لـ" on a place word or a known place ("مدرسة [بحي] الأمانة", "فرع [بجدة]"): where
/// the body is, not its name.
pub(super) fn prepositional_place(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let place = Flags::PLACE_HEAD
        .union(Flags::PLACE_HEAD_OUT)
        .union(Flags::LOC)
        .union(Flags::TOWN);
    (w.key.starts_with('ب') || w.key.starts_with('ل'))
        && w.stems.iter().any(|s| {
            s.skip > 0
                && (ctx.lexicon.flags(&s.key).intersects(place)
                    || matches!(s.key.as_str(), "حي" | "منطقه"))
        })
        && !ctx
            .lexicon
            .flags(&w.key)
            .intersects(place.union(Flags::GIVEN).union(Flags::PERSON))
}

/// True when word `i` is a word no list knows (under any clitic reading), no frequency list has, of three letters
/// or more, not "لل" + a word, and with no second rare word after it (a person's two names).
pub(super) fn rare_place_word(ctx: &Context<'_>, i: usize) -> bool {
    let rare = |k: usize| {
        ctx.words.get(k).is_some_and(|w| {
            w.is_wordlike()
                && !w.stop
                && w.key.chars().count() >= 3
                && !w.key.starts_with("لل")
                && !ctx.lexicon.is_common_word(&w.key)
                && !ctx.is_common_noun(&w.key)
                && w.stems
                    .iter()
                    .all(|s| ctx.lexicon.flags(&s.key) == Flags::default())
        })
    };
    rare(i) && !(joined(ctx, i) && rare(i + 1))
}

/// A place head word and its name ("مدينة جدة" -> "جدة", "نهر النيل", "شمال سيناء").
pub struct PlaceHeadRule;

impl Recognise for PlaceHeadRule {
    fn name(&self) -> &'static str {
        "place-head"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        let heads = Flags::PLACE_HEAD
            .union(Flags::PLACE_HEAD_OUT)
            .union(Flags::DIRECTION);
        for i in 0..ctx.words.len() {
            let Some(m) = match_at(ctx, i, heads) else {
                continue;
            };
            // "وأدى" (and it led to, performed) folds to the key of "وادي" (valley): written with its hamza it is
            // the verb.
            if ctx.words.get(i).is_some_and(|w| w.key == "وادي") && ctx.raw(i).contains('أ') {
                continue;
            }
            let j = i + m.words;
            if !joined(ctx, j - 1) {
                continue;
            }
            // "كتاب جامع [للأحكام]": a field right after the head describes; names come first.
            if ctx.words.get(j).is_some_and(|w| w.key.starts_with("لل")) {
                continue;
            }
            // "مدينة الملك عبدالله الرياضية", "مدينة الملك عبدالعزيز للعلوم والتقنية": a complex named after a
            // person keeps its head; with a field ("لل...") it is an institution.
            let titled = m.flags.contains(Flags::PLACE_HEAD_OUT)
                && ctx.words.get(j).is_some_and(|w| w.key.starts_with("ال"))
                && match_at(ctx, j, Flags::TITLE).is_some_and(|t| t.skip == 0);
            if titled {
                let end = org_complement(ctx, j, true);
                if end > j + 1 {
                    // "مدينة الملك سعود [الطبية]": a medical city is a hospital, an institution.
                    let field = (j..end).any(|k| {
                        ctx.words
                            .get(k)
                            .is_some_and(|w| w.key.starts_with("لل") || w.key == "الطبيه")
                    });
                    let label = if field {
                        EntityLabel::Org
                    } else {
                        EntityLabel::Loc
                    };
                    if let Some(span) = words_span(ctx, i, m.skip, end) {
                        out.push(candidate(span, label, Recogniser::Rule, 0.8, 2));
                    }
                    continue;
                }
            }
            // "فندق [خمس] نجوم": a number counts, it names nothing.
            if ctx
                .words
                .get(j)
                .is_some_and(|w| CARDINALS.contains(&w.key.as_str()))
            {
                continue;
            }
            // "العاصمة الإريترية [أسمرا]", "الولاية الأمريكية [أوكلاهوما]": a definite head with a nationality
            // adjective names the place right after them, though no list knows it.
            if head_is_definite(ctx, i, m.skip)
                && joined(ctx, j)
                && ctx.words.get(j).is_some_and(|w| {
                    w.key.starts_with("ال")
                        && ctx.lexicon.flags(&w.key).contains(Flags::NATIONALITY)
                })
            {
                let k = j + 1;
                let unknown = ctx.words.get(k).is_some_and(|w| {
                    !ctx.lexicon.is_common_word(&w.key)
                        && !ctx.is_common_noun(&w.key)
                        && w.stems
                            .iter()
                            .all(|s| ctx.lexicon.flags(&s.key) == Flags::default())
                });
                if unknown && is_proper_like(ctx, k) && continues_name(ctx, k) {
                    if let Some(span) = words_span(ctx, k, 0, k + 1) {
                        out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.6, 1));
                    }
                }
                continue;
            }
            let known = match_at(ctx, j, Flags::LOC.union(Flags::TOWN));
            // "على صعيد [آخر]", "على صعيد [متصل]": before a frequent word that no list knows as a name, "صعيد" is
            // the news idiom "on the level of", not a place ("صعيد مصر", "صعيد عرفات").
            let head_key = ctx
                .words
                .get(i)
                .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                .map(|s| s.key.as_str());
            let named = Flags::GIVEN
                .union(Flags::PERSON)
                .union(Flags::LOC)
                .union(Flags::TOWN);
            if head_key == Some("صعيد")
                && ctx.words.get(j).is_some_and(|w| {
                    ctx.lexicon.is_common_word(&w.key)
                        && !ctx.lexicon.flags(&w.key).intersects(named)
                })
            {
                continue;
            }
            let (end, confidence) = match known {
                // "ملعب [سانتياغو برنابيو]": after a kept head, a one-word place that plain name words no list or
                // frequency list knows follow is a person's name the place is named after, not the city.
                Some(k)
                    if k.skip == 0
                        && k.words == 1
                        && m.flags.contains(Flags::PLACE_HEAD)
                        && joined(ctx, j)
                        && super::super::names::rare_plain_name(ctx, j + 1) =>
                {
                    let mut end = j + 2;
                    while end < j + 3
                        && joined(ctx, end - 1)
                        && super::super::names::rare_plain_name(ctx, end)
                    {
                        end += 1;
                    }
                    (end, 0.6)
                }
                Some(k) if k.skip == 0 => (j + k.words, 0.85),
                // "جنوب [زليتن]": after a direction, a word no list knows and no frequency list has, that starts
                // no two-word name, is the place the direction is of ("شمال البلاد", "شمال غرب" are words).
                _ if m.flags.contains(Flags::DIRECTION) && rare_place_word(ctx, j) => (j + 1, 0.6),
                _ if m.flags.contains(Flags::DIRECTION) => continue,
                // "قرية [عائمة]", "جزيرة [صغيرة]": an indefinite feminine head and an agreeing adjective in "ة" no
                // list knows are a description, not a name.
                _ if feminine_indefinite_head(ctx, i, m.skip)
                    && feminine_indefinite_adjective(ctx, j) =>
                {
                    continue;
                }
                // A kept head governs a name like an organisation's ("ملعب الملك فهد الدولي").
                _ if m.flags.contains(Flags::PLACE_HEAD)
                    && ctx.words.get(j).is_some_and(|w| !w.key.starts_with("ال"))
                    && !kunya_name(ctx, j)
                    && given_at(ctx, j) == 0
                    && proper_run(ctx, j) > j =>
                {
                    (proper_run(ctx, j), 0.6)
                }
                _ if m.flags.contains(Flags::PLACE_HEAD) && org_complement(ctx, j, false) > j => {
                    (org_complement(ctx, j, false), 0.6)
                }
                // "العاصمة [المقدسة]": after a definite head, an unlisted definite word is its adjective.
                _ if head_is_definite(ctx, i, m.skip)
                    && ctx.words.get(j).is_some_and(|w| w.key.starts_with("ال")) =>
                {
                    continue;
                }
                // "بلدة [القصير]": "بلدة" (a small town) is no noun of anything else, so a frequent definite word
                // after it (no adjective of the lists) is still the town's name.
                _ if ctx
                    .words
                    .get(i)
                    .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                    .is_some_and(|s| s.key == "بلده")
                    && ctx.words.get(j).is_some_and(|w| {
                        w.is_wordlike()
                            && !w.stop
                            && w.key.starts_with("ال")
                            && !w.key.starts_with("لل")
                            && !ctx.lexicon.flags(&w.key).intersects(
                                Flags::NATIONALITY.union(Flags::ORG_ADJ).union(Flags::TITLE),
                            )
                    }) =>
                {
                    (j + 1, 0.6)
                }
                // "مقاطعة [الانتخابات]", "مدينة [الألعاب]": a frequent definite word the lists do not know as a
                // place is the head's complement ("boycotting the elections"), not a town.
                _ if ctx.words.get(j).is_some_and(|w| {
                    w.key.starts_with("ال") && ctx.lexicon.is_common_word(&w.key)
                }) =>
                {
                    continue;
                }
                // "مخيم [عين الحلوة]", "مدينة [رأس تنورة]": an indefinite word in construct with a definite one
                // that is no adjective is the name's two words.
                _ if is_proper_like(ctx, j)
                    && continues_name(ctx, j)
                    && ctx.words.get(j).is_some_and(|w| !w.key.starts_with("ال"))
                    && joined(ctx, j)
                    && !ctx.is_stop(j + 1)
                    && ctx.words.get(j + 1).is_some_and(|n| {
                        n.is_wordlike()
                            && n.key.starts_with("ال")
                            && !ctx
                                .lexicon
                                .flags(&n.key)
                                .intersects(Flags::NATIONALITY.union(Flags::ORG_ADJ))
                            && !common_nisba(ctx, &n.key)
                    }) =>
                {
                    (j + 2, 0.6)
                }
                // "مدينة [نيو] أورليانز", "مدينة [سان] فيسينتي": a foreign place name's first word and the next.
                _ if ctx
                    .words
                    .get(j)
                    .is_some_and(|w| FOREIGN_PLACE_OPENERS.contains(&w.key.as_str()))
                    && joined(ctx, j)
                    && is_proper_like(ctx, j + 1)
                    && !ctx.is_stop(j + 1) =>
                {
                    (j + 2, 0.6)
                }
                // "العاصمة [قتل]", "مدينة [تجارية]": a frequent word after a definite head, or an indefinite
                // relative adjective after any, is the sentence going on, not a name.
                _ if indefinite_relative_adjective(ctx, j)
                    || (head_is_definite(ctx, i, m.skip)
                        && ctx
                            .words
                            .get(j)
                            .is_some_and(|w| ctx.lexicon.is_common_word(&w.key))) =>
                {
                    continue;
                }
                // "بث حي [للمباراة]": a clitic-led word is no name.
                _ if is_proper_like(ctx, j) && continues_name(ctx, j) => (j + 1, 0.6),
                _ => continue,
            };
            // "فندق فورسيزونز [القاهرة]": a hotel's name carries the city of its branch, in construct.
            let hotel = ctx
                .words
                .get(i)
                .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                .is_some_and(|s| s.key == "فندق");
            let end = match match_at(ctx, end, Flags::LOC.union(Flags::TOWN)) {
                Some(city)
                    if hotel && known.is_none() && city.skip == 0 && joined(ctx, end - 1) =>
                {
                    end + city.words
                }
                _ => end,
            };
            // A direction before a known place is no part of its name ("شمال العراق" -> "العراق"); region names
            // that start with one ("جنوب السودان", "شمال أفريقيا") are whole entries of the lists.
            let direction_only = m.flags.contains(Flags::DIRECTION)
                && !m
                    .flags
                    .contains(Flags::PLACE_HEAD.union(Flags::PLACE_HEAD_OUT));
            // "ملعب [لوفتس رود]", "استاد [سلتيك بارك]": a stadium's head stays out of its own name; a stadium named
            // by its city keeps it, with the adjectives that make it one ("استاد القاهرة الدولي"), and so does one
            // named after a person.
            let head_key = ctx
                .words
                .get(i)
                .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                .map(|s| s.key.as_str());
            let stadium = matches!(head_key, Some("ملعب" | "استاد" | "ستاد"));
            // The name is the known place itself ("ملعب سانتياغو برنابيو" is named after a person).
            let by_city = known.is_some_and(|k| end == j + k.words);
            // A stadium named after a person keeps its head ("ملعب الملك فهد الدولي", "ملعب سلطان بن فهد").
            let after_person = known.is_some()
                || given_at(ctx, j) > 0
                || ctx
                    .words
                    .get(j)
                    .is_some_and(|w| ctx.lexicon.flags(&w.key).contains(Flags::TITLE));
            let own_name = !by_city && !after_person;
            let end = if stadium && by_city {
                let mut e = end;
                while e < end + 2
                    && joined(ctx, e - 1)
                    && ctx.words.get(e).is_some_and(|w| {
                        w.key.starts_with("ال")
                            && ctx.lexicon.flags(&w.key).contains(Flags::ORG_ADJ)
                    })
                {
                    e += 1;
                }
                e
            } else {
                end
            };
            // "مطار [دمشق]", "ميناء [حيفا]": an airport or a port named by its city is that city, as the head words
            // of towns are left out ("مطار الملك خالد" keeps its head: it is named after a person).
            let by_city_gate = by_city && matches!(head_key, Some("مطار" | "ميناء"));
            let span = if m.flags.contains(Flags::PLACE_HEAD_OUT)
                || direction_only
                || (stadium && own_name)
                || by_city_gate
            {
                words_span(ctx, j, 0, end)
            } else {
                words_span(ctx, i, m.skip, end)
            };
            // "قناة الإخبارية السعودية": a channel before a name that is no known place is a broadcaster ("قناة
            // السويس", "قناة بنما" are canals).
            let channel = known.is_none()
                && ctx
                    .words
                    .get(i)
                    .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                    .is_some_and(|s| s.key == "قناه");
            let label = if channel {
                EntityLabel::Org
            } else {
                EntityLabel::Loc
            };
            if let Some(span) = span {
                out.push(candidate(span, label, Recogniser::Rule, confidence, 1));
            }
        }
        out
    }
}

/// True for a definite relative adjective of a frequent noun that no list knows as a name ("التقليدية" of "تقليد",
/// "الشمالية" of "شمال"): after a place's name it describes the place ("قرية سونج [التقليدية]"), while the second
/// word of a two-word name is a noun ("عين الحلوة", "حفر الباطن").
fn common_nisba(ctx: &Context<'_>, key: &str) -> bool {
    let Some(stem) = key
        .strip_prefix("ال")
        .and_then(|k| k.strip_suffix("يه").or_else(|| k.strip_suffix('ي')))
    else {
        return false;
    };
    stem.chars().count() >= 3
        && ctx.lexicon.flags(key) == Flags::default()
        && (ctx.lexicon.is_common_word(stem) || ctx.lexicon.is_common_word(&format!("{stem}ه")))
}
