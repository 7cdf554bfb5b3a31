//! Clubs and teams: club prefixes, city clubs, unknown clubs in match reports.

use super::{
    Candidate, Context, EntityLabel, Flags, OUTLET_CONFIDENCE, Recognise, Recogniser, TokenKind,
    candidate, joined, match_at, stem_among, words_span,
};

/// The fields of a club that is no sports club, after the place it is named by (normalised): literary, cultural.
pub(super) const CLUB_FIELDS: [&str; 2] = ["الادبي", "الثقافي"];

/// A foreign club named by its city after a club word of its sport's tradition: "دينامو كييف", "أتلتيكو مدريد",
/// "أولمبيك ليون", "سبارتاك موسكو". The city alone is a place; with the club word before it, the club.
pub struct ClubPrefixRule;

/// Club words that come before the city in foreign club names (normalised, general knowledge of European and
/// African football): Dynamo, CSKA, Steaua, Lokomotiv, Spartak, Olympique, Atlético, Athletic, Sporting, Borussia,
/// Werder, Hertha, Bayer, AEK, Racing.
pub(super) const CLUB_PREFIXES: [&str; 20] = [
    "دينامو",
    "سسكا",
    "سيسكا",
    "ستيوا",
    "لوكوموتيف",
    "سبارتاك",
    "اولمبيك",
    "اتلتيكو",
    "اتلتيك",
    "سبورتنغ",
    "سبورتينغ",
    "سبورتينج",
    "بوروسيا",
    "فيردر",
    "هيرتا",
    "باير",
    "ايك",
    "راسينغ",
    "راسينج",
    "زينيت",
];

impl Recognise for ClubPrefixRule {
    fn name(&self) -> &'static str {
        "club-prefix"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(stem) = stem_among(ctx, i, &CLUB_PREFIXES) else {
                continue;
            };
            if !joined(ctx, i) {
                continue;
            }
            let Some(place) =
                match_at(ctx, i + 1, Flags::LOC.union(Flags::TOWN)).filter(|p| p.skip == 0)
            else {
                continue;
            };
            if let Some(span) = words_span(ctx, i, stem.skip, i + 1 + place.words) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
            }
        }
        out
    }
}

/// True when the text reads as a sports article: [`SPORTS_WORDS_NEEDED`] different sports words or more
/// ("المباراة", "الدوري", "المدرب").
pub(in crate::analysis::entities) fn sports_article(ctx: &Context<'_>) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    for w in ctx.words.iter() {
        if seen.len() >= SPORTS_WORDS_NEEDED {
            break;
        }
        if let Some(s) = w.stems.iter().find(|s| ctx.lexicon.is_sports_word(&s.key)) {
            if !seen.contains(&s.key.as_str()) {
                seen.push(&s.key);
            }
        }
    }
    seen.len() >= SPORTS_WORDS_NEEDED
}

/// A foreign club named by its city alone, in a sports article: the city before a masculine nationality adjective
/// ("ميلان الإيطالي", "ليون الفرنسي"; the city itself is feminine, "باريس الفرنسية", the club masculine), or a city
/// where a team stands ("فاز على [كوبنهاغن]"). A country there is its national team, and stays a place; the city
/// elsewhere ("في ميلان") stays a place too.
pub struct CityClubRule;

/// True when word `i` is a definite masculine singular nationality adjective ("الفرنسي"), not "العربي" (which
/// qualifies regions: "المغرب العربي") nor "الدولي" (international: "مطار دمشق الدولي" is no club).
pub(in crate::analysis::entities) fn masculine_nationality(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words.get(i).is_some_and(|a| {
        a.key.starts_with("ال")
            && a.key.ends_with('ي')
            && a.key != "العربي"
            && a.key != "الدولي"
            && ctx.lexicon.flags(&a.key).contains(Flags::NATIONALITY)
    })
}

impl Recognise for CityClubRule {
    fn name(&self) -> &'static str {
        "city-club"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        if !sports_article(ctx) {
            return out;
        }
        for i in 0..ctx.words.len() {
            let Some(place) = match_at(ctx, i, Flags::LOC.union(Flags::TOWN)) else {
                if let Some(c) = own_club_name(ctx, i) {
                    out.push(c);
                }
                continue;
            };
            let Some(w) = ctx.words.get(i) else { break };
            // A definite place ("الخليج", "المغرب") is a region or a country, not a club's city.
            if w.stems
                .iter()
                .any(|s| s.skip == place.skip && s.key.starts_with("ال"))
            {
                continue;
            }
            let end = i + place.words;
            // "سبارتاك موسكو الروسي": a word no list knows before the city is the club's name too.
            let (first, skip) = rare_name_before(ctx, i, place.skip).unwrap_or((i, place.skip));
            let before_nation = joined(ctx, end - 1) && masculine_nationality(ctx, end);
            let as_team = in_match_context(ctx, i)
                && place.words == 1
                && !w
                    .stems
                    .iter()
                    .any(|s| s.skip == place.skip && ctx.lexicon.is_country(&s.key));
            let city = !w
                .stems
                .iter()
                .any(|s| s.skip == place.skip && ctx.lexicon.is_country(&s.key));
            if !(before_nation || as_team || (city && results_entry(ctx, first, end))) {
                continue;
            }
            if let Some(span) = words_span(ctx, first, skip, end) {
                // Above the lists' place, as an outlet named in a source cue is.
                out.push(candidate(
                    span,
                    EntityLabel::Org,
                    Recogniser::Rule,
                    super::super::aliases::OUTLET_CONFIDENCE,
                    2,
                ));
            }
        }
        out
    }
}

/// A foreign club by a name of its own that no list knows, in a sports article: one word before a masculine
/// nationality adjective ("ضيفه [بورتو] البرتغالي", "[أندرلخت] البلجيكي") or with its country in parentheses in a
/// line of results ("[شاختار] (أوكرانيا) - ..."), with a rare word before it that is part of the name ("[ليفسكي
/// صوفيا]"). An indefinite word cannot take a definite adjective, so the word is a name; before a nationality it is
/// a club only where a team stands ("تعادل [ليل] الفرنسي"; "وسدد البرازيلي" is a player's shot), and a person's
/// name the lists know stays out. Where a team stands, a rare word with the score right after it is a club too
/// ("فاز بورتسموث على [بلاكبيرن] 3 / صفر").
pub(super) fn own_club_name(ctx: &Context<'_>, i: usize) -> Option<Candidate> {
    let skip = club_word(ctx, i)?;
    // "على ضيفه ويغان": no conjunction stands between a host and its name.
    let skip = if after_host(ctx, i) { 0 } else { skip };
    let end = i + 1;
    let (first, skip) = rare_name_before(ctx, i, skip).unwrap_or((i, skip));
    let before_nation = joined(ctx, i) && masculine_nationality(ctx, end);
    let results = results_entry(ctx, first, end);
    let hosted = after_host(ctx, first);
    // "فاز بورتسموث على [بلاكبيرن] 3 / صفر": where a team stands, a word no list and no frequency list knows with
    // the score right after it is a club. ("على" or "مع" after such a word is not enough: "كل فريق [سيقاتل] من
    // أجله", and one-word persons play individual sports.)
    let rare = ctx.words.get(i).is_some_and(|w| {
        w.stems.iter().all(|s| {
            !ctx.lexicon.is_common_word(&s.key) && ctx.lexicon.flags(&s.key) == Flags::default()
        })
    });
    let played = rare && joined(ctx, i) && score_at(ctx, end) && in_match_context(ctx, first);
    if !(before_nation || results || hosted || played) {
        return None;
    }
    // Before a nationality, only where a team stands: "وسدد البرازيلي" is a player's shot.
    if !results && !hosted && !in_match_context(ctx, first) {
        return None;
    }
    let span = words_span(ctx, first, skip, end)?;
    Some(candidate(
        span,
        EntityLabel::Org,
        Recogniser::Rule,
        OUTLET_CONFIDENCE,
        2,
    ))
}

/// True when a score starts at word `i`: a number (or "صفر"), a slash or dash, and a number ("3 / صفر", "2 - 1").
fn score_at(ctx: &Context<'_>, i: usize) -> bool {
    let goals = |k: usize| {
        ctx.words
            .get(k)
            .is_some_and(|w| w.kind == TokenKind::Number || w.key == "صفر")
    };
    let raw = ctx.raw(i + 1);
    goals(i) && (raw.contains('/') || raw.contains('-')) && goals(i + 2)
}

/// A team's host or guest in a match report (normalised, with the possessive): "فاز على [ضيفه] ويغان", "خسر أمام
/// [مضيفه] بولتون". Only teams play home and away, so the name after them is a club's (a player's rival is
/// "منافسه").
pub(super) const HOSTS: [&str; 4] = ["ضيفه", "مضيفه", "ضيوفه", "مضيفيه"];

/// True when word `i` comes right after a team's host or guest.
pub(super) fn after_host(ctx: &Context<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .filter(|&p| joined(ctx, p))
        .and_then(|p| ctx.words.get(p))
        .is_some_and(|w| w.stems.iter().any(|s| HOSTS.contains(&s.key.as_str())))
}

/// The clitic length of word `i` read as a club's own name: an Arabic word without the article (under any clitic)
/// or a possessive pronoun, no stop word, of three letters or more, that no list knows under the reading; "و"
/// before it is the conjunction ("وليون").
pub(super) fn club_word(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let w = ctx.words.get(i)?;
    if w.kind != TokenKind::Arabic || w.stop {
        return None;
    }
    // The clitic's length in bytes.
    let conjunction = ctx.raw(i).starts_with('و') && w.key.chars().count() >= 5;
    let skip = if conjunction { 'و'.len_utf8() } else { 0 };
    let stem = w.stems.iter().find(|s| s.skip == skip)?;
    let known = w
        .stems
        .iter()
        .any(|s| s.skip <= skip && ctx.lexicon.flags(&s.key) != Flags::default());
    // "بالحارس", "للدوري": a definite noun behind a clitic; "منافسه", "ركبتها": a noun with its possessor.
    let definite = w
        .stems
        .iter()
        .any(|s| s.key.starts_with("ال") || s.key.starts_with("لل"));
    let raw = ctx.raw(i);
    let possessed = ["ه", "ها", "هم", "هما"].iter().any(|p| raw.ends_with(p));
    (!definite && !possessed && stem.key.chars().count() >= 3 && !known).then_some(skip)
}

/// The word before a club's name (word `i`, read with `skip`) when it is part of the name: joined to it, without
/// a clitic inside the name, a club word and none of the frequent words or a match's ("ضيفه"). Returns (first word, its skip).
pub(super) fn rare_name_before(ctx: &Context<'_>, i: usize, skip: usize) -> Option<(usize, usize)> {
    let p = i.checked_sub(1).filter(|&p| skip == 0 && joined(ctx, p))?;
    let p_skip = club_word(ctx, p)?;
    let w = ctx.words.get(p)?;
    // Under no clitic reading a word the lists or the frequent words know: "وفاز" is "و" + "فاز".
    let rare = w.stems.iter().all(|s| {
        let key = s.key.as_str();
        !ctx.lexicon.is_common_word(key)
            && ctx.lexicon.flags(key) == Flags::default()
            && !MATCH_WORDS.contains(&key)
            && !TEAM_PEOPLE.contains(&key)
    });
    rare.then_some((p, p_skip))
}

/// True when words `i..end` stand as a team does in a line of results: its country in parentheses, then a score or
/// the dash to the other team, or after the dash or score of the team before ("بورتو (البرتغال) 2 - صفر هامبورغ
/// (ألمانيا)"). A city there is its club.
pub(super) fn results_entry(ctx: &Context<'_>, i: usize, end: usize) -> bool {
    let score = |k: usize| {
        ctx.words
            .get(k)
            .is_some_and(|w| w.kind == TokenKind::Number || w.key == "صفر")
    };
    if ctx.raw(end) != "(" {
        return false;
    }
    // A country, or a nation of one ("(إنجلترا)", "(اسكتلندا)"): a place of the curated lists.
    let Some(country) = match_at(ctx, end + 1, Flags::LOC).filter(|c| c.skip == 0) else {
        return false;
    };
    let close = end + 1 + country.words;
    let after = close + 1;
    ctx.raw(close) == ")"
        && (score(after)
            || ctx.raw(after) == "-"
            || i.checked_sub(1)
                .is_some_and(|p| score(p) || ctx.raw(p) == "-"))
}

/// A club whose name is an ordinary word ("الهلال", "الشباب", clubs.txt), in a sports article: three different
/// sports words or more ("المباراة", "الدوري", "المدرب"). The name stands alone: not after a definite noun it would
/// qualify ("البنك الأهلي", "الضوء الأخضر") or a team word ("منتخب الشباب"), not before a nationality or field
/// ("الاتحاد السعودي لكرة القدم" is the federation).
pub struct ClubRule;

/// Words before a club name that make it an age group or a welfare field instead (normalised).
pub(super) const NOT_CLUB_BEFORE: [&str; 6] = ["منتخب", "المنتخب", "فئه", "رعايه", "درجه", "دوري"];

/// The colours national teams are called by, without the article (normalised): Saudi Arabia, the UAE, Kuwait,
/// Bahrain and Oman, Qatar.
pub(super) const TEAM_COLOURS: [&str; 5] = ["اخضر", "ابيض", "ازرق", "احمر", "عنابي"];

/// Sports and age groups a team colour is put in construct with ("أخضر [الطائرة]", "أبيض [الناشئين]").
pub(super) const DISCIPLINES: [&str; 12] = [
    "الطايره",
    "السله",
    "اليد",
    "القدم",
    "الصالات",
    "الشاطييه",
    "الناشيين",
    "الشباب",
    "الشبان",
    "الاولمبي",
    "البراعم",
    "السيدات",
];

/// Different sports words an article needs before a club's name counts.
pub(super) const SPORTS_WORDS_NEEDED: usize = 3;

impl Recognise for ClubRule {
    fn name(&self) -> &'static str {
        "club"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        let lexicon = ctx.lexicon;
        if !sports_article(ctx) {
            return out;
        }
        for i in 0..ctx.words.len() {
            let Some(w) = ctx.words.get(i) else { break };
            // "أخضر [الطائرة]", "أزرق اليد": a national team's colour names its team of each sport.
            if let Some(stem) = w
                .stems
                .iter()
                .find(|s| TEAM_COLOURS.contains(&s.key.as_str()))
            {
                let sport = joined(ctx, i)
                    && ctx
                        .words
                        .get(i + 1)
                        .is_some_and(|n| DISCIPLINES.contains(&n.key.as_str()));
                if sport {
                    if let Some(span) = words_span(ctx, i, stem.skip, i + 2) {
                        out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.7, 2));
                    }
                }
                continue;
            }
            if let Some(stem) = w.stems.iter().find(|s| lexicon.is_context_club(&s.key)) {
                if in_match_context(ctx, i) {
                    if let Some(span) = words_span(ctx, i, stem.skip, i + 1) {
                        // The outlet's confidence: above a place's, and not spread to the word's other uses.
                        out.push(candidate(
                            span,
                            EntityLabel::Org,
                            Recogniser::Rule,
                            super::super::aliases::OUTLET_CONFIDENCE,
                            2,
                        ));
                    }
                }
                continue;
            }
            let Some(stem) = w.stems.iter().find(|s| lexicon.is_club(&s.key)) else {
                continue;
            };
            let prev = i
                .checked_sub(1)
                .filter(|&p| joined(ctx, p))
                .and_then(|p| ctx.words.get(p));
            let after_noun = prev.is_some_and(|p| {
                let k = p.key.as_str();
                let bare = p
                    .stems
                    .iter()
                    .any(|s| NOT_CLUB_BEFORE.contains(&s.key.as_str()));
                let qualifies = k.starts_with("ال")
                    && !p.stop
                    && !lexicon.is_club(k)
                    && !lexicon.is_sports_word(k)
                    && !p.stems.iter().any(|s| lexicon.is_club(&s.key));
                bare || qualifies
            });
            let next = ctx.words.get(i + 1).filter(|_| joined(ctx, i));
            let before_qualifier = next.is_some_and(|n| {
                let f = lexicon.flags(&n.key);
                n.key.starts_with("لل")
                    || f.contains(Flags::NATIONALITY)
                    || f.contains(Flags::ORG_ADJ)
            });
            if after_noun || before_qualifier {
                continue;
            }
            if let Some(span) = words_span(ctx, i, stem.skip, i + 1) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// Words of a match right before a team (normalised): its verbs and verbal nouns ("فاز", "يواجه", "فوزه"), and the
/// host or guest of the team before ("على ضيفه", "أمام مضيفه").
pub(super) const MATCH_WORDS: [&str; 35] = [
    "فاز",
    "يفوز",
    "تغلب",
    "يتغلب",
    "تعادل",
    "يتعادل",
    "خسر",
    "يخسر",
    "هزم",
    "يهزم",
    "واجه",
    "يواجه",
    "التقي",
    "يلتقي",
    "استضاف",
    "يستضيف",
    "ودع",
    "يودع",
    "اقصي",
    "يقصي",
    "تاهل",
    "يتاهل",
    "فوز",
    "فوزه",
    "خساره",
    "خسارته",
    "تعادله",
    "هزيمه",
    "هزيمته",
    "مواجهه",
    "لقاء",
    "مباراه",
    "امام",
    "ضيفه",
    "مضيفه",
];

/// Words of a team's people right before its name (normalised): "مدرب [التعاون]", "جماهير [الوحدة]".
pub(super) const TEAM_PEOPLE: [&str; 17] = [
    "مدرب",
    "مدربو",
    "لاعب",
    "لاعبو",
    "لاعبي",
    "مهاجم",
    "حارس",
    "مدافع",
    "جماهير",
    "جمهور",
    "اداره",
    "رئيس",
    "فريق",
    "قائد",
    "نجم",
    "نجوم",
    "هداف",
];

/// Prepositions between a match verb and the other team ("فاز الهلال [على] التعاون").
pub(super) const AGAINST: [&str; 5] = ["علي", "مع", "امام", "ضد", "من"];

/// True when word `i` stands where a team does: right after a match word or a team's people, after "على"/"مع"/
/// "أمام" that a match word shortly precedes, or joined with "و" to a club.
pub(in crate::analysis::entities) fn in_match_context(ctx: &Context<'_>, i: usize) -> bool {
    let lexicon = ctx.lexicon;
    let prev_of = |at: usize| {
        at.checked_sub(1)
            .filter(|&before| joined(ctx, before))
            .and_then(|before| ctx.words.get(before).map(|word| (before, word)))
    };
    let has = |word: &super::super::Word, keys: &[&str]| {
        word.stems
            .iter()
            .any(|stem| keys.contains(&stem.key.as_str()))
    };
    let Some((before, prev)) = prev_of(i) else {
        return false;
    };
    if has(prev, &MATCH_WORDS) || has(prev, &TEAM_PEOPLE) {
        return true;
    }
    if ctx.raw(i).starts_with('و')
        && prev
            .stems
            .iter()
            .any(|stem| lexicon.is_club(&stem.key) || lexicon.is_context_club(&stem.key))
    {
        return true;
    }
    if !AGAINST.contains(&prev.key.as_str()) {
        return false;
    }
    let mut at = before;
    for _ in 0..3 {
        let Some((earlier, word)) = prev_of(at) else {
            return false;
        };
        if has(word, &MATCH_WORDS) {
            return true;
        }
        at = earlier;
    }
    false
}
