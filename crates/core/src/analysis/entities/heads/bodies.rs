//! Public bodies named by a head word and a place or field: offices, chambers of commerce, armed forces,
//! departments, ministries, missions.

use super::{
    Candidate, Context, EntityLabel, Flags, OUTLET_CONFIDENCE, Prev, Recognise, Recogniser,
    candidate, head_is_definite, joined, match_at, org_complement, org_complement_after,
    stem_among, words_span,
};

/// An office named after the place it serves: "أمانة محافظة جدة", "شرطة منطقة الرياض", "جوازات نجران". The
/// head ([`Flags::ORG_HEAD_PLACE`]) is an organisation only before a known place, with at most one generic place
/// word between (a place head left out of place names, or "منطقة").
pub struct PlaceOfficeRule;

/// The generic word "منطقة" (normalised): left out of a place's name ("منطقة مكة المكرمة" is "مكة المكرمة"), so no
/// place head, but part of an office's ("إمارة منطقة مكة المكرمة").
pub(super) const REGION: &str = "منطقه";

impl Recognise for PlaceOfficeRule {
    fn name(&self) -> &'static str {
        "place-office"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(m) = match_at(ctx, i, Flags::ORG_HEAD_PLACE) else {
                continue;
            };
            let mut j = i + m.words;
            if !joined(ctx, j - 1) {
                continue;
            }
            // "أمانة [العاصمة]", "أمانة العاصمة [المقدسة]": the capital's municipality, named by the capital
            // without its name (and the capital's epithet).
            let capital = (m.words == 1
                && ctx
                    .words
                    .get(i)
                    .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                    .is_some_and(|s| s.key == "امانه")
                && ctx.words.get(j).is_some_and(|w| w.key == "العاصمه"))
            .then(|| {
                let epithet = joined(ctx, j)
                    && ctx
                        .words
                        .get(j + 1)
                        .is_some_and(|w| CAPITAL_EPITHETS.contains(&w.key.as_str()));
                1 + usize::from(epithet)
            });
            let generic = capital.is_none()
                && (ctx.words.get(j).is_some_and(|w| w.key == REGION)
                    || match_at(ctx, j, Flags::PLACE_HEAD_OUT)
                        .is_some_and(|g| g.skip == 0 && g.words == 1));
            if generic {
                if !joined(ctx, j) {
                    continue;
                }
                j += 1;
            } else if m.flags.contains(Flags::PLACE_HEAD_OUT) {
                // "إمارة دبي" is the emirate (a place); "إمارة منطقة الرياض" the region's government.
                continue;
            }
            // "بلدية [الخبر]": a place that is also a common word is the place after an office's head.
            let ambiguous = ctx
                .words
                .get(j)
                .is_some_and(|w| ctx.lexicon.is_ambiguous_place(&w.key))
                .then_some(1);
            let Some(words) = capital.or_else(|| {
                match_at(ctx, j, Flags::LOC.union(Flags::TOWN))
                    .filter(|p| p.skip == 0)
                    .map(|p| p.words)
                    .or(ambiguous)
            }) else {
                continue;
            };
            // "[إدارة] تعليم جدة", "[مديرية] صحة الرياض": the department word before the office is its name's.
            let department = i
                .checked_sub(1)
                .filter(|&p| joined(ctx, p) && m.skip == 0)
                .and_then(|p| stem_among(ctx, p, &[DEPARTMENT, "مديريه"]).map(|s| (p, s.skip)));
            let (first, skip) = department.unwrap_or((i, m.skip));
            if let Some(span) = words_span(ctx, first, skip, j + words) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
            }
        }
        out
    }
}

/// A chamber of commerce: "الغرفة التجارية الصناعية [بجدة]", "غرفة التجارة والصناعة", "غرفة تجارة وصناعة دبي",
/// "غرفة الشرقية". "غرفة" alone is a room ("غرفة العمليات"); the chamber is named by its trade (commerce,
/// industry) or, after the indefinite head, by the place it serves. A place after "بـ" or "في" is where the
/// chamber sits, not part of its name; a place in construct ("غرفة تجارة دبي") is.
pub struct ChamberRule;

/// The chamber's trades as adjectives after the head (normalised): commercial, industrial.
pub(super) const CHAMBER_ADJECTIVES: [&str; 2] = ["التجاريه", "الصناعيه"];

/// The chamber's trades as nouns in construct (normalised): "غرفة [التجارة والصناعة]", "غرفة [تجارة وصناعة] دبي".
pub(super) const CHAMBER_TRADES: [&str; 4] = ["التجاره", "تجاره", "الصناعه", "صناعه"];

/// Regions the chambers of the Gulf are called by, which the lists do not know as places alone (normalised): the
/// Eastern Province ("غرفة الشرقية").
pub(super) const CHAMBER_REGIONS: [&str; 1] = ["الشرقيه"];

impl Recognise for ChamberRule {
    fn name(&self) -> &'static str {
        "chamber"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(stem) = stem_among(ctx, i, &["غرفه", "الغرفه"]) else {
                continue;
            };
            if !joined(ctx, i) || ctx.raw(i).ends_with('ه') {
                continue;
            }
            let definite = stem.key.starts_with("ال");
            let mut end = i + 1;
            // "الغرفة [التجارية الصناعية]": the trades as adjectives, in either order.
            while end - i <= 2
                && ctx
                    .words
                    .get(end)
                    .is_some_and(|w| CHAMBER_ADJECTIVES.contains(&w.key.as_str()))
            {
                end += 1;
                if !joined(ctx, end - 1) {
                    break;
                }
            }
            if end == i + 1 && !definite {
                // "غرفة [التجارة والصناعة]", "غرفة [تجارة وصناعة] دبي": the trades in construct.
                let trade = |k: usize| {
                    ctx.words.get(k).is_some_and(|w| {
                        CHAMBER_TRADES.contains(&w.key.as_str())
                            || w.key
                                .strip_prefix('و')
                                .is_some_and(|r| CHAMBER_TRADES.contains(&r))
                    })
                };
                while end - i <= 2 && trade(end) {
                    end += 1;
                    if !joined(ctx, end - 1) {
                        break;
                    }
                }
                let indefinite_trade = end > i + 1
                    && ctx
                        .words
                        .get(end - 1)
                        .is_some_and(|w| !w.key.contains("ال"));
                if indefinite_trade {
                    // The indefinite trade is in construct with the place it serves.
                    match match_at(ctx, end, Flags::LOC.union(Flags::TOWN))
                        .filter(|p| p.skip == 0 && joined(ctx, end - 1))
                    {
                        Some(place) => end += place.words,
                        None => continue,
                    }
                } else if end == i + 1
                    && ctx
                        .words
                        .get(end)
                        .is_some_and(|w| CHAMBER_REGIONS.contains(&w.key.as_str()))
                    && ctx.raw(end).starts_with("ال")
                {
                    // "غرفة [الشرقية]": the region's chamber.
                    end += 1;
                }
            }
            if end == i + 1 {
                continue;
            }
            if let Some(span) = words_span(ctx, i, stem.skip, end) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
            }
        }
        out
    }
}

/// Epithets of a capital after "العاصمة" (normalised): the holy capital (Mecca), the national capital.
pub(super) const CAPITAL_EPITHETS: [&str; 3] = ["المقدسه", "الوطنيه", "الاداريه"];

/// A country's armed forces: "القوات المسلحة [المصرية]", "القوات الجوية والدفاع الجوي", "الجيش الأردني". The
/// branches of the forces are names on their own; "الجيش" only with the nationality that makes it one army.
pub struct ForcesRule;

/// The branches after "القوات" (normalised): armed, air, naval, land forces.
pub(super) const FORCE_BRANCHES: [&str; 4] = ["المسلحه", "الجويه", "البحريه", "البريه"];

impl Recognise for ForcesRule {
    fn name(&self) -> &'static str {
        "forces"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(stem) = stem_among(ctx, i, &["القوات", "الجيش"]) else {
                continue;
            };
            let key_of = |j: usize| ctx.words.get(j).map(|n| n.key.as_str());
            let mut end = i + 1;
            let mut named = false;
            if stem.key == "القوات" {
                if !(joined(ctx, i) && key_of(end).is_some_and(|k| FORCE_BRANCHES.contains(&k))) {
                    continue;
                }
                end += 1;
                named = true;
                // "القوات الجوية [والدفاع الجوي]": the command is named with both.
                if joined(ctx, end - 1)
                    && joined(ctx, end)
                    && key_of(end) == Some("والدفاع")
                    && key_of(end + 1) == Some("الجوي")
                {
                    end += 2;
                }
            }
            if joined(ctx, end - 1)
                && key_of(end).is_some_and(|k| {
                    // "المالية" after the forces is Mali's, not "financial": a country name with "ال" and "ة".
                    let country = k
                        .strip_prefix("ال")
                        .map(|c| c.strip_suffix('ه').unwrap_or(c))
                        .is_some_and(|c| {
                            ctx.lexicon.flags(c).contains(Flags::LOC)
                                || ctx.lexicon.is_ambiguous_country(c)
                        });
                    k.starts_with("ال")
                        && (ctx.lexicon.flags(k).contains(Flags::NATIONALITY) || country)
                })
            {
                end += 1;
                named = true;
            }
            if !named {
                continue;
            }
            if let Some(span) = words_span(ctx, i, stem.skip, end) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
            }
        }
        out
    }
}

/// A government department named by its field: "مدير إدارة [الشؤون الصحية]", "إدارة التراخيص بفرع الهيئة". The
/// word "إدارة" is also the verbal noun ("إدارة الأزمة"), so the department needs its director before it or the
/// place or body it belongs to after it; "مجلس إدارة" is a board.
pub struct DepartmentRule;

/// "إدارة" (normalised).
pub(super) const DEPARTMENT: &str = "اداره";

/// "مكتب" (normalised).
pub(super) const OFFICE: &str = "مكتب";

/// The government fields that name a ministry's local office after "مكتب" (normalised): labour, education,
/// education ("التربية والتعليم"), social security ("الضمان الاجتماعي").
pub(super) const OFFICE_FIELDS: [&str; 4] = ["العمل", "التعليم", "التربيه", "الضمان"];

/// Words after "بـ" that say where a department belongs (normalised, without the preposition).
pub(super) const DEPARTMENT_SEATS: [&str; 12] = [
    "فرع",
    "الفرع",
    "منطقه",
    "المنطقه",
    "محافظه",
    "المحافظه",
    "وزاره",
    "الوزاره",
    "امانه",
    "الامانه",
    "هيئه",
    "الهيئه",
];

impl Recognise for DepartmentRule {
    fn name(&self) -> &'static str {
        "department"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(w) = ctx.words.get(i) else { break };
            let Some(stem) = w
                .stems
                .iter()
                .find(|s| s.key == DEPARTMENT || s.key == OFFICE)
            else {
                continue;
            };
            if !joined(ctx, i) {
                continue;
            }
            let end = org_complement(ctx, i + 1, false);
            if end == i + 1 || !ctx.words[i + 1].key.starts_with("ال") {
                continue;
            }
            // "مكتب [العمل] في جدة": an office named by its government field is the local office of that
            // ministry wherever it stands; other offices ("مكتب الرئيس", "مكتب الشركة") are rooms or staffs.
            if stem.key == OFFICE {
                if OFFICE_FIELDS.contains(&ctx.words[i + 1].key.as_str()) {
                    if let Some(span) = words_span(ctx, i, stem.skip, end) {
                        out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.75, 2));
                    }
                }
                continue;
            }
            let before = |k: usize| {
                i.checked_sub(k)
                    .filter(|&p| joined(ctx, p))
                    .and_then(|p| ctx.words.get(p))
                    .map(|p| p.key.as_str())
            };
            let director = |k: Option<&str>| {
                k.is_some_and(|k| {
                    ["مدير", "مديره", "ومدير", "ومديره", "لمدير", "لمديره"].contains(&k)
                })
            };
            if before(1).is_some_and(|k| k.ends_with("مجلس")) {
                continue;
            }
            let directed = director(before(1)) || (before(1) == Some("عام") && director(before(2)));
            let seated = joined(ctx, end - 1)
                && ctx.words.get(end).is_some_and(|n| {
                    n.key.strip_prefix('ب').is_some_and(|rest| {
                        DEPARTMENT_SEATS.contains(&rest)
                            || match_at(ctx, end, Flags::LOC.union(Flags::TOWN))
                                .is_some_and(|m| m.skip > 0)
                    })
                });
            if !(directed || seated) {
                continue;
            }
            if let Some(span) = words_span(ctx, i, stem.skip, end) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.75, 2));
            }
        }
        out
    }
}

/// A body's mission or office abroad, named with the body and where it serves: "بعثة [الأمم المتحدة] في مالي",
/// "مكتب [الاتحاد الأوروبي] في القاهرة". The head is a name only before a listed organisation; the place joins with
/// "في" when the lists know it.
pub struct MissionRule;

/// First words of foreign place names that need the next word (normalised): New, San, Saint, Santa, Los, Las,
/// Port.
pub(super) const FOREIGN_PLACE_OPENERS: [&str; 8] =
    ["نيو", "سان", "سانت", "سانتا", "لوس", "لاس", "بورت", "سانتو"];

/// Cardinal numbers written as words (normalised), which count and name nothing ("فندق خمس نجوم").
pub(super) const CARDINALS: [&str; 10] = [
    "ثلاث",
    "ثلاثه",
    "اربع",
    "اربعه",
    "خمس",
    "خمسه",
    "سبع",
    "سبعه",
    "ست",
    "سته",
];

/// A foreign or interior ministry named by its field alone, as the press writes it: "وقالت [الخارجية
/// الأمريكية]", "المتحدث باسم [الداخلية]". The field is the ministry only where nothing it could qualify stands
/// before it ("السياسة الخارجية", "وزير الخارجية", "الشؤون الداخلية" are no ministries): after a feminine past verb
/// ("قالت", "أعلنت"), a preposition or "باسم", or at a line's start; never after "و", which joins a field to
/// another ("الشؤون السياسية والخارجية").
pub struct MinistryFieldRule;

/// The fields that name a ministry alone (normalised).
pub(super) const MINISTRY_FIELDS: [&str; 2] = ["الخارجيه", "الداخليه"];

impl Recognise for MinistryFieldRule {
    fn name(&self) -> &'static str {
        "ministry-field"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            // A common field is the ministry only in its own sentence: the outlet's confidence keeps it from
            // spreading to the noun's other uses ("وتحسنت الصحة").
            let (stem, position, confidence) =
                if let Some(stem) = stem_among(ctx, i, &MINISTRY_FIELDS) {
                    (stem, ministry_position(ctx, i, stem.skip), 0.8)
                } else if let Some(stem) = stem_among(ctx, i, &COMMON_MINISTRY_FIELDS) {
                    let position = stem.skip == 0 && after_reporting_verb(ctx, i);
                    (stem, position, OUTLET_CONFIDENCE)
                } else {
                    continue;
                };
            if !position {
                continue;
            }
            // "الخارجية [الأمريكية]": the country's adjective (feminine, definite) belongs to the name.
            let mut end = i + 1;
            if joined(ctx, i)
                && ctx.words.get(end).is_some_and(|w| {
                    w.key.starts_with("ال")
                        && w.key.ends_with('ه')
                        && ctx.lexicon.flags(&w.key).contains(Flags::NATIONALITY)
                })
            {
                end += 1;
            }
            if let Some(span) = words_span(ctx, i, stem.skip, end) {
                out.push(candidate(
                    span,
                    EntityLabel::Org,
                    Recogniser::Rule,
                    confidence,
                    2,
                ));
            }
        }
        out
    }
}

/// Fields that name a ministry only as the subject of a feminine verb of saying ("وأعلنت [الصحة]", "قالت
/// [التعليم]"): elsewhere they are the plain nouns (health, education, labour ...). Normalised.
pub(super) const COMMON_MINISTRY_FIELDS: [&str; 11] = [
    "الصحه",
    "التعليم",
    "العمل",
    "التجاره",
    "الاسكان",
    "العدل",
    "الزراعه",
    "الاعلام",
    "الثقافه",
    "الماليه",
    "الاقتصاد",
];

/// Feminine past verbs of saying and announcing (normalised, without clitics).
pub(super) const FEMININE_REPORTING: [&str; 16] = [
    "قالت",
    "اكدت",
    "اعلنت",
    "اوضحت",
    "كشفت",
    "نفت",
    "حذرت",
    "دعت",
    "طالبت",
    "اشارت",
    "ذكرت",
    "بينت",
    "شددت",
    "اصدرت",
    "افادت",
    "لفتت",
];

/// True when the word before word `i` is a feminine past verb of saying ("وأعلنت").
pub(super) fn after_reporting_verb(ctx: &Context<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .filter(|&p| joined(ctx, p))
        .and_then(|p| ctx.words.get(p))
        .is_some_and(|w| {
            w.stems
                .iter()
                .any(|s| FEMININE_REPORTING.contains(&s.key.as_str()))
        })
}

/// True when the word before word `i` (read after `skip` clitic bytes) leaves it standing for a ministry: no word
/// before it on its line, a stop word (a preposition, "إن"), "باسم", or a feminine past verb agreeing with it.
pub(super) fn ministry_position(ctx: &Context<'_>, i: usize, skip: usize) -> bool {
    let Some(p) = i.checked_sub(1).filter(|&p| joined(ctx, p)) else {
        return true;
    };
    let Some(prev) = ctx.words.get(p) else {
        return true;
    };
    if !prev.is_wordlike() {
        return !matches!(ctx.raw(p), "-" | "/");
    }
    if skip > 0 && ctx.raw(i).starts_with('و') {
        // "مع البيت الأبيض [والخارجية]": joined to a body the lists know, the field is another body.
        return (0..4).any(|back| {
            p.checked_sub(back)
                .is_some_and(|q| match_at(ctx, q, Flags::ORG).is_some_and(|m| q + m.words == i))
        });
    }
    let k = prev.key.as_str();
    // A short word in "ت" (not the plural "ات") is a feminine past verb: "قالت", "وأكدت", "أعلنت".
    let verb = k.ends_with('ت') && !k.ends_with("ات") && (3..=6).contains(&k.chars().count());
    prev.stop || k == "باسم" || verb
}

/// A body given with its short form in parentheses: "شركة [التعدين العربية السعودية] (معادن)", "[الشركة السعودية
/// للخطوط الحديدية] (سار)". The short form makes a name of a complement the head rules alone would leave as a
/// description (a company head before a definite word, the definite "الشركة"); the short form itself is found
/// after the merge ([`super::aliases::parenthesised_aliases`]).
pub struct AliasedBodyRule;

impl Recognise for AliasedBodyRule {
    fn name(&self) -> &'static str {
        "aliased-body"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        let heads = Flags::ORG_HEAD
            .union(Flags::ORG_HEAD_OUT)
            .union(Flags::ORG_HEAD_NAME);
        for i in 0..ctx.words.len() {
            let (words, skip, keep_head, definite) = match match_at(ctx, i, heads) {
                Some(m) => {
                    let definite = head_is_definite(ctx, i, m.skip);
                    (m.words, m.skip, m.flags.contains(Flags::ORG_HEAD), definite)
                }
                None => match stem_among(ctx, i, &["الشركه"]) {
                    Some(s) => (1, s.skip, true, true),
                    None => continue,
                },
            };
            let start = i + words;
            if !joined(ctx, start - 1) {
                continue;
            }
            let prev = if words >= 2 && definite {
                Prev::Adjective
            } else {
                Prev::Head
            };
            let end = org_complement_after(ctx, start, definite, prev);
            if end == start || !joined(ctx, end - 1) || ctx.raw(end) != "(" {
                continue;
            }
            // The parentheses hold a short form: one to three words, no stop word first, closed on the line.
            let alias = (end + 2..=end + 4)
                .find(|&k| ctx.raw(k) == ")")
                .filter(|&close| {
                    (end + 1..close).all(|k| {
                        ctx.words
                            .get(k)
                            .is_some_and(super::super::Word::is_wordlike)
                    }) && !ctx.is_stop(end + 1)
                });
            if alias.is_none() {
                continue;
            }
            let span = if keep_head {
                words_span(ctx, i, skip, end)
            } else {
                words_span(ctx, start, 0, end)
            };
            if let Some(span) = span {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.85, 2));
            }
        }
        out
    }
}

/// Heads of a body's branch abroad (normalised, indefinite: in construct with the body).
pub(super) const MISSION_HEADS: [&str; 3] = ["بعثه", "مكتب", "ممثليه"];

impl Recognise for MissionRule {
    fn name(&self) -> &'static str {
        "mission"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(stem) = stem_among(ctx, i, &MISSION_HEADS) else {
                continue;
            };
            let j = i + 1;
            if !joined(ctx, i) {
                continue;
            }
            let Some(body) = match_at(ctx, j, Flags::ORG).filter(|m| m.skip == 0) else {
                continue;
            };
            let mut end = j + body.words;
            if joined(ctx, end - 1)
                && joined(ctx, end)
                && ctx.words.get(end).is_some_and(|n| n.key == "في")
                && match_at(ctx, end + 1, Flags::LOC).is_some_and(|p| p.skip == 0)
            {
                end = end + 1 + match_at(ctx, end + 1, Flags::LOC).map_or(0, |p| p.words);
            }
            if let Some(span) = words_span(ctx, i, stem.skip, end) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
            }
        }
        out
    }
}
