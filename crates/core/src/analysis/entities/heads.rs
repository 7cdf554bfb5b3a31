//! Organisation and place rules: a head word ("وزارة", "شركة", "مدينة", "نهر") and the name it governs.

use super::aliases::OUTLET_CONFIDENCE;
use super::lexicon::Flags;
use super::names::{continues_name, given_at, is_name_word};
use super::rules::{OUTLET_KINDS, candidate, is_comma, joined, match_at, stem_among, words_span};
use super::{Candidate, Context, Recognise};
use crate::analysis::tokens::TokenKind;
use crate::analysis::{EntityLabel, Recogniser};

/// An organisation head word and its complement ("وزارة الخارجية", "المجلس الأعلى للأمن الوطني").
pub struct OrgHeadRule;

impl Recognise for OrgHeadRule {
    fn name(&self) -> &'static str {
        "org-head"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        let heads = Flags::ORG_HEAD
            .union(Flags::ORG_HEAD_OUT)
            .union(Flags::ORG_HEAD_NAME);
        for i in 0..ctx.words.len() {
            let Some(m) = match_at(ctx, i, heads) else {
                continue;
            };
            let start = i + m.words;
            // "في [مكتبه] بالرياض": a head in "ة" written with "ه" is a noun with a pronoun ("his office"), not
            // the body ("مكتبة").
            if m.words == 1 && ctx.raw(i).ends_with('ه') {
                continue;
            }
            // "كل [فريق]", "أي شركة": a quantified head is any body of its kind.
            if i.checked_sub(1)
                .and_then(|p| ctx.words.get(p))
                .is_some_and(|p| {
                    p.stems
                        .iter()
                        .any(|s| matches!(s.key.as_str(), "كل" | "اي"))
                })
                && joined(ctx, i - 1)
            {
                continue;
            }
            // "أسهم [32] شركة ارتفاعا": a head after a number is counted, any body of its kind.
            if i.checked_sub(1).is_some_and(|p| {
                joined(ctx, p)
                    && ctx
                        .words
                        .get(p)
                        .is_some_and(|w| w.kind == TokenKind::Number)
            }) {
                continue;
            }
            // "مركز حداء التابع لمحافظة جدة": in Saudi administration a centre is a place, named by one word and
            // placed in its governorate or region.
            if let Some(place) = admin_centre(ctx, i, m.skip) {
                if let Some(span) = words_span(ctx, place, 0, place + 1) {
                    out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.7, 2));
                }
                continue;
            }
            // "المركز [الثاني]": a head with only an ordinal after it is a rank, not a name.
            if ctx.words.get(start).is_some_and(|w| is_ordinal(&w.key)) {
                continue;
            }
            // "شركة [الراجحي] المالية", "مجموعة [الجفالي]": a company named after its founding family, in
            // construct with the indefinite head; a masculine relative adjective cannot describe the feminine head.
            if m.flags.contains(Flags::ORG_HEAD_NAME)
                && !head_is_definite(ctx, i, m.skip)
                && family_after_company_head(ctx, i, start)
            {
                let mut end = start + 1;
                while end - start < 3
                    && joined(ctx, end - 1)
                    && ctx.words.get(end).is_some_and(|w| {
                        w.key == "القابضه" || ctx.lexicon.flags(&w.key).contains(Flags::ORG_ADJ)
                    })
                {
                    end += 1;
                }
                if let Some(span) = words_span(ctx, start, 0, end) {
                    out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.75, 2));
                }
                continue;
            }
            // "شركة [الصفوة للإسمنت]", "شركة [سامسونج للإلكترونيات]": a company's name with its field.
            if m.flags.contains(Flags::ORG_HEAD_NAME) {
                if let Some(span) =
                    name_with_field(ctx, start).and_then(|end| words_span(ctx, start, 0, end))
                {
                    out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
                    continue;
                }
            }
            let indefinite_next = ctx
                .words
                .get(start)
                .is_some_and(|w| !w.key.starts_with("ال") && !w.key.starts_with("لل"));
            // "لجنة [علمية]": an indefinite word in "ة" after an indefinite feminine head agrees with it as an
            // adjective, unless a definite noun completes it as a construct ("هيئة [قناة] السويس").
            let construct = joined(ctx, start)
                && !ctx.is_stop(start + 1)
                && ctx
                    .words
                    .get(start + 1)
                    .is_some_and(|n| n.key.starts_with("ال"));
            if feminine_indefinite_head(ctx, i, m.skip)
                && indefinite_next
                && ctx.raw(start).ends_with('ة')
                && !construct
            {
                continue;
            }
            // "مركز [صحي]", "معهد [تقني]", "مستشفى [عام]": an indefinite head with an indefinite relative adjective
            // is a kind of body, not a name.
            if !head_is_definite(ctx, i, m.skip)
                && indefinite_next
                && !construct
                && indefinite_relative_adjective(ctx, start)
            {
                continue;
            }
            // "شركة [مقاولات] محلية", "شركة أدوية كبرى": an indefinite company head, an indefinite noun and an
            // indefinite adjective of the company after it: a kind of company, not its name.
            if m.flags.contains(Flags::ORG_HEAD_NAME)
                && !head_is_definite(ctx, i, m.skip)
                && indefinite_next
                && joined(ctx, start)
                && company_adjective(ctx, start + 1)
            {
                continue;
            }
            // "البنك [التنموية]": a definite masculine singular head takes a masculine adjective; a feminine one
            // right after it agrees with something else and starts another phrase.
            if m.words == 1
                && head_is_definite(ctx, i, m.skip)
                && masculine_singular_head(ctx, i, m.skip)
                && feminine_definite_adjective(ctx, start)
            {
                continue;
            }
            // "مجلس [موحد]", "اتحاد [طوعي]": an indefinite masculine head with an indefinite participle or relative
            // adjective after it is a kind of body, not a name.
            if m.words == 1
                && !head_is_definite(ctx, i, m.skip)
                && masculine_singular_head(ctx, i, m.skip)
                && indefinite_next
                && !construct
                && indefinite_adjective_shape(ctx, start)
            {
                continue;
            }
            // "صندوق [للاحتياطات]", "مركز [للأبحاث]": an indefinite head whose first complement is a field is a
            // description, not a name (names put the field after a proper part: "مركز الملك فهد للأبحاث").
            let indefinite_head = ctx
                .words
                .get(i)
                .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                .is_some_and(|s| !s.key.starts_with("ال"));
            if m.flags.contains(Flags::ORG_HEAD)
                && indefinite_head
                && ctx
                    .words
                    .get(start)
                    .is_some_and(|w| w.key.starts_with("لل"))
            {
                continue;
            }
            // "صحيفة الرياض", "جريدة الشرق الأوسط", "نادي نجران": an outlet or a club named after a place carries
            // the place's whole name, and is the outlet or the club here (not the place).
            let head_key = ctx
                .words
                .get(i)
                .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                .map(|s| s.key.as_str());
            // "لتنظيم [الحشود]", "بتنظيم المعرض": after "لـ" or "بـ", "تنظيم" is mostly the verbal noun
            // "organising"; the group stays where the lists know its name ("التابعين لتنظيم القاعدة").
            if head_key == Some("تنظيم")
                && m.skip > 0
                && ctx
                    .raw(i)
                    .get(..m.skip)
                    .is_some_and(|p| p.contains(['ل', 'ب']))
                && match_at(ctx, start, Flags::ORG).is_none_or(|l| l.skip > 0)
            {
                continue;
            }
            let outlet = m.flags.contains(Flags::ORG_HEAD_OUT)
                && head_key.is_some_and(|k| OUTLET_KINDS.contains(&k));
            let named_after_place = (outlet || head_key == Some("نادي"))
                .then(|| match_at(ctx, start, Flags::LOC.union(Flags::TOWN)))
                .flatten()
                .filter(|p| p.skip == 0);
            // "شركة داتا بابيولار", "نادي كوينز بارك ريجينز": a foreign name runs over several plain words.
            // "نادي [مكة] الأدبي", "نادي الرياض الأدبي الثقافي": a literary or cultural club is named with its
            // head and its field, not by the place alone.
            let club_field = named_after_place
                .filter(|_| head_key == Some("نادي"))
                .map_or(0, |place| {
                    let mut n = 0;
                    while n < 2
                        && joined(ctx, start + place.words + n - 1)
                        && ctx.words.get(start + place.words + n).is_some_and(|w| {
                            CLUB_FIELDS.contains(&w.key.as_str())
                                || w.key
                                    .strip_prefix('و')
                                    .is_some_and(|r| CLUB_FIELDS.contains(&r))
                        })
                    {
                        n += 1;
                    }
                    n
                });
            let end = if let Some(place) = named_after_place {
                start + place.words + club_field
            } else if m.flags.contains(Flags::ORG_HEAD_NAME)
                || (m.flags.contains(Flags::ORG_HEAD_OUT) && indefinite_next)
            {
                proper_run(ctx, start)
            } else {
                let head_definite = ctx
                    .words
                    .get(i)
                    .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                    .is_some_and(|s| s.key.starts_with("ال"));
                // "الرئاسة العامة [لرعاية الشباب]": a head of two words ends in its adjective, which a field in
                // construct may follow.
                let prev = if m.words >= 2 && head_definite {
                    Prev::Adjective
                } else {
                    Prev::Head
                };
                org_complement_after(ctx, start, head_definite, prev)
            };
            // "صحيفة [تايمز] البريطانية", "مجلة [تايم] الأمريكية": after an outlet's kind, the word its nationality
            // follows is its name, even a frequent one (the run above refuses those).
            let end = if end == start
                && outlet
                && indefinite_next
                && is_proper_like(ctx, start)
                && continues_name(ctx, start)
                && joined(ctx, start)
                && ctx.words.get(start + 1).is_some_and(|n| {
                    n.key.starts_with("ال")
                        && ctx.lexicon.flags(&n.key).contains(Flags::NATIONALITY)
                }) {
                start + 1
            } else {
                end
            };
            if end == start {
                continue;
            }
            // "وكالة [فرانس برس]": where the lists know a longer name from the first word on, the name is theirs
            // (a common word inside it, "برس", would cut the run); after an agency's kind the listed name is the
            // agency's whole name.
            // "هيئة [الهلال الأحمر]": an indefinite head kept in the span, in construct with a body the lists know
            // whole, is named with it (the listed name's own adjective, "الأحمر", cut the run).
            let listed = match_at(ctx, start, Flags::ORG).filter(|l| l.skip == 0);
            let end = match listed {
                Some(l)
                    if start + l.words > end
                        && m.flags.contains(Flags::ORG_HEAD)
                        && m.words == 1
                        && head_key != Some("وكاله")
                        && !head_is_definite(ctx, i, m.skip) =>
                {
                    start + l.words
                }
                Some(l) if start + l.words > end || head_key == Some("وكاله") => continue,
                _ => end,
            };
            // "لجنة التحكيم", "لجنة التصحيح": a committee named by its task alone is a description; named
            // committees carry more ("لجنة العلاقات الخارجية", "لجنة مبادرة السلام").
            let committee = ctx
                .words
                .get(i)
                .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                .is_some_and(|s| s.key == "لجنه");
            if committee && end == start + 1 {
                continue;
            }
            // "تحتل المركز [العالمي] الرابع": a centre word whose adjectives an ordinal follows is a rank.
            if matches!(head_key, Some("مركز" | "المركز"))
                && joined(ctx, end - 1)
                && ctx.words.get(end).is_some_and(|w| is_ordinal(&w.key))
                && ctx.words[start..end].iter().all(|w| {
                    ctx.lexicon.flags(&w.key).contains(Flags::ORG_ADJ)
                        || (w.key.starts_with("ال") && nisba(&w.key))
                })
            {
                continue;
            }
            // "مجلس الإدارة", "صندوق الاقتراع": a kind of body, not one organisation.
            if m.flags.contains(Flags::ORG_HEAD) && generic_body(ctx, i, m.skip, end) {
                continue;
            }
            let span = if m.flags.contains(Flags::ORG_HEAD) || club_field > 0 {
                words_span(ctx, i, m.skip, end)
            } else {
                words_span(ctx, start, 0, end)
            };
            // "صحيفة [الرياض]": the outlet its kind names wins over the place of that name, here only.
            let confidence = if outlet || named_after_place.is_some() {
                OUTLET_CONFIDENCE
            } else {
                0.8
            };
            if let Some(span) = span {
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

/// True when word `start`, right after the indefinite company head at `head` ("شركة", "مجموعة"), is a family
/// name of the relative form: definite, masculine in "ي", of four letters or more after the article, and no
/// frequent word, place, nationality, title or stop word ("شركة الراجحي", not "شركة السعودي" or "شركة التأمين").
fn family_after_company_head(ctx: &Context<'_>, head: usize, start: usize) -> bool {
    let Some(w) = ctx.words.get(start) else {
        return false;
    };
    let known = Flags::LOC
        .union(Flags::TOWN)
        .union(Flags::NATIONALITY)
        .union(Flags::TITLE)
        .union(Flags::STOP)
        .union(Flags::ORG_ADJ);
    joined(ctx, head)
        && stem_among(ctx, head, &["شركه", "مجموعه"]).is_some()
        && ctx.raw(start).starts_with("ال")
        && w.key.ends_with('ي')
        && w.key.chars().count() >= 6
        && !ctx.lexicon.is_common_word(&w.key)
        && !ctx.lexicon.flags(&w.key).intersects(known)
}

/// The fields of a club that is no sports club, after the place it is named by (normalised): literary, cultural.
const CLUB_FIELDS: [&str; 2] = ["الادبي", "الثقافي"];

/// An office named after the place it serves: "أمانة محافظة جدة", "شرطة منطقة الرياض", "جوازات نجران". The
/// head ([`Flags::ORG_HEAD_PLACE`]) is an organisation only before a known place, with at most one generic place
/// word between (a place head left out of place names, or "منطقة").
pub struct PlaceOfficeRule;

/// The generic word "منطقة" (normalised): left out of a place's name ("منطقة مكة المكرمة" is "مكة المكرمة"), so no
/// place head, but part of an office's ("إمارة منطقة مكة المكرمة").
const REGION: &str = "منطقه";

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
const CHAMBER_ADJECTIVES: [&str; 2] = ["التجاريه", "الصناعيه"];

/// The chamber's trades as nouns in construct (normalised): "غرفة [التجارة والصناعة]", "غرفة [تجارة وصناعة] دبي".
const CHAMBER_TRADES: [&str; 4] = ["التجاره", "تجاره", "الصناعه", "صناعه"];

/// Regions the chambers of the Gulf are called by, which the lists do not know as places alone (normalised): the
/// Eastern Province ("غرفة الشرقية").
const CHAMBER_REGIONS: [&str; 1] = ["الشرقيه"];

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
const CAPITAL_EPITHETS: [&str; 3] = ["المقدسه", "الوطنيه", "الاداريه"];

/// A country's armed forces: "القوات المسلحة [المصرية]", "القوات الجوية والدفاع الجوي", "الجيش الأردني". The
/// branches of the forces are names on their own; "الجيش" only with the nationality that makes it one army.
pub struct ForcesRule;

/// The branches after "القوات" (normalised): armed, air, naval, land forces.
const FORCE_BRANCHES: [&str; 4] = ["المسلحه", "الجويه", "البحريه", "البريه"];

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
const DEPARTMENT: &str = "اداره";

/// "مكتب" (normalised).
const OFFICE: &str = "مكتب";

/// The government fields that name a ministry's local office after "مكتب" (normalised): labour, education,
/// education ("التربية والتعليم"), social security ("الضمان الاجتماعي").
const OFFICE_FIELDS: [&str; 4] = ["العمل", "التعليم", "التربيه", "الضمان"];

/// Words after "بـ" that say where a department belongs (normalised, without the preposition).
const DEPARTMENT_SEATS: [&str; 12] = [
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

/// A foreign club named by its city after a club word of its sport's tradition: "دينامو كييف", "أتلتيكو مدريد",
/// "أولمبيك ليون", "سبارتاك موسكو". The city alone is a place; with the club word before it, the club.
pub struct ClubPrefixRule;

/// Club words that come before the city in foreign club names (normalised, general knowledge of European and
/// African football): Dynamo, CSKA, Steaua, Lokomotiv, Spartak, Olympique, Atlético, Athletic, Sporting, Borussia,
/// Werder, Hertha, Bayer, AEK, Racing.
const CLUB_PREFIXES: [&str; 20] = [
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
pub(super) fn sports_article(ctx: &Context<'_>) -> bool {
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
pub(super) fn masculine_nationality(ctx: &Context<'_>, i: usize) -> bool {
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
                    super::aliases::OUTLET_CONFIDENCE,
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
/// name the lists know stays out.
fn own_club_name(ctx: &Context<'_>, i: usize) -> Option<Candidate> {
    let skip = club_word(ctx, i)?;
    // "على ضيفه ويغان": no conjunction stands between a host and its name.
    let skip = if after_host(ctx, i) { 0 } else { skip };
    let end = i + 1;
    let (first, skip) = rare_name_before(ctx, i, skip).unwrap_or((i, skip));
    let before_nation = joined(ctx, i) && masculine_nationality(ctx, end);
    let results = results_entry(ctx, first, end);
    let hosted = after_host(ctx, first);
    if !(before_nation || results || hosted) {
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

/// A team's host or guest in a match report (normalised, with the possessive): "فاز على [ضيفه] ويغان", "خسر أمام
/// [مضيفه] بولتون". Only teams play home and away, so the name after them is a club's (a player's rival is
/// "منافسه").
const HOSTS: [&str; 4] = ["ضيفه", "مضيفه", "ضيوفه", "مضيفيه"];

/// True when word `i` comes right after a team's host or guest.
fn after_host(ctx: &Context<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .filter(|&p| joined(ctx, p))
        .and_then(|p| ctx.words.get(p))
        .is_some_and(|w| w.stems.iter().any(|s| HOSTS.contains(&s.key.as_str())))
}

/// The clitic length of word `i` read as a club's own name: an Arabic word without the article (under any clitic)
/// or a possessive pronoun, no stop word, of three letters or more, that no list knows under the reading; "و"
/// before it is the conjunction ("وليون").
fn club_word(ctx: &Context<'_>, i: usize) -> Option<usize> {
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
fn rare_name_before(ctx: &Context<'_>, i: usize, skip: usize) -> Option<(usize, usize)> {
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
fn results_entry(ctx: &Context<'_>, i: usize, end: usize) -> bool {
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
const NOT_CLUB_BEFORE: [&str; 6] = ["منتخب", "المنتخب", "فئه", "رعايه", "درجه", "دوري"];

/// The colours national teams are called by, without the article (normalised): Saudi Arabia, the UAE, Kuwait,
/// Bahrain and Oman, Qatar.
const TEAM_COLOURS: [&str; 5] = ["اخضر", "ابيض", "ازرق", "احمر", "عنابي"];

/// Sports and age groups a team colour is put in construct with ("أخضر [الطائرة]", "أبيض [الناشئين]").
const DISCIPLINES: [&str; 12] = [
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
const SPORTS_WORDS_NEEDED: usize = 3;

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
                            super::aliases::OUTLET_CONFIDENCE,
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

/// A company named by its trade and its nation, which the proper-name head rule leaves out: "شركة [الكهرباء
/// السعودية]", "شركة [المياه الوطنية]". After "شركة", a definite noun needs an adjective of the lists (a
/// nationality or an organisation adjective) to make a name. ("الشركة" + adjective + field, as in "الشركة الوطنية
/// للإسكان", was measured too: check entities -0.001, left out.)
pub struct NationalCompanyRule;

impl Recognise for NationalCompanyRule {
    fn name(&self) -> &'static str {
        "national-company"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            if stem_among(ctx, i, &["شركه"]).is_none() {
                continue;
            }
            let j = i + 1;
            // The trade: one definite noun that no list knows as a place, a name or an adjective.
            let Some(w) = ctx.words.get(j) else { continue };
            let known = ctx.lexicon.flags(&w.key).intersects(
                Flags::LOC
                    .union(Flags::TOWN)
                    .union(Flags::ORG)
                    .union(Flags::NATIONALITY)
                    .union(Flags::ORG_ADJ)
                    .union(Flags::TITLE),
            );
            if !joined(ctx, i)
                || !w.key.starts_with("ال")
                || ctx.is_stop(j)
                || known
                || !joined(ctx, j)
            {
                continue;
            }
            let listed_adjective = |k: usize| {
                ctx.words.get(k).is_some_and(|a| {
                    a.key.starts_with("ال")
                        && ctx
                            .lexicon
                            .flags(&a.key)
                            .intersects(Flags::NATIONALITY.union(Flags::ORG_ADJ))
                })
            };
            // "شركة الاتصالات [المتنقلة] السعودية": one more definite adjective may come before the nation's.
            let second = joined(ctx, j + 1)
                && ctx
                    .words
                    .get(j + 1)
                    .is_some_and(|a| a.key.starts_with("ال") && a.is_wordlike() && !a.stop)
                && listed_adjective(j + 2);
            let first_adjective_end = if listed_adjective(j + 1) {
                j + 2
            } else if second {
                j + 3
            } else {
                continue;
            };
            let end = org_complement_after(ctx, first_adjective_end, true, Prev::Adjective);
            // "فولكسفاغن شركة السيارات الألمانية", "شركة السيارات الصينية سياك": next to the company's own name
            // (a listed one, or a word no list or frequency list knows) the trade and nation describe it.
            let proper = |k: usize| {
                ctx.words.get(k).is_some_and(|n| {
                    n.kind == TokenKind::Latin
                        || ctx.lexicon.flags(&n.key).contains(Flags::ORG)
                        || super::names::rare_plain_name(ctx, k)
                })
            };
            // In apposition after the name the head takes no preposition ("مشروعا [لشركة] المياه الوطنية").
            let bare_head = ctx.words.get(i).is_some_and(|w| w.key == "شركه");
            let beside_name = (bare_head
                && i.checked_sub(1)
                    .is_some_and(|p| joined(ctx, p) && proper(p)))
                || (joined(ctx, end - 1) && proper(end));
            if beside_name {
                continue;
            }
            // The head stays out, as after "شركة" everywhere: the press also writes the name alone ("المياه
            // الوطنية").
            if let Some(span) = words_span(ctx, j, 0, end) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.75, 2));
            }
        }
        out
    }
}

/// Words of a match right before a team (normalised): its verbs and verbal nouns ("فاز", "يواجه", "فوزه"), and the
/// host or guest of the team before ("على ضيفه", "أمام مضيفه").
const MATCH_WORDS: [&str; 35] = [
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
const TEAM_PEOPLE: [&str; 17] = [
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
const AGAINST: [&str; 5] = ["علي", "مع", "امام", "ضد", "من"];

/// True when word `i` stands where a team does: right after a match word or a team's people, after "على"/"مع"/
/// "أمام" that a match word shortly precedes, or joined with "و" to a club.
pub(super) fn in_match_context(ctx: &Context<'_>, i: usize) -> bool {
    let lexicon = ctx.lexicon;
    let prev_of = |at: usize| {
        at.checked_sub(1)
            .filter(|&before| joined(ctx, before))
            .and_then(|before| ctx.words.get(before).map(|word| (before, word)))
    };
    let has = |word: &super::Word, keys: &[&str]| {
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

/// Places named in a list after a plural or dual place word ("بأحياء الروضة والنسيم والعزيزية", "بمدينتي
/// الدمام والخبر") or in a road's course ("طريق الرياض / القصيم"): each item is a place, though no list knows it.
pub struct PlaceListRule;

/// Plural and dual place words whose coordinated complements are places (normalised).
const PLACE_PLURALS: [&str; 17] = [
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
const PLACE_OPENERS: [&str; 4] = ["ام", "ابو", "بني", "ذات"];

/// The most items a list is read for.
const PLACE_LIST_MAX: usize = 10;

impl PlaceListRule {
    /// The end of one place item starting at word `i` (after `skip` clitic bytes): a listed place, a two-word
    /// name opened by "أم"/"أبو", or one name word. `None` when the word cannot be a name.
    fn item(ctx: &Context<'_>, i: usize, skip: usize) -> Option<usize> {
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
        if flags.intersects(not_place) || stem.key.chars().count() < 2 {
            return None;
        }
        Some(i + 1)
    }

    fn push(ctx: &Context<'_>, out: &mut Vec<Candidate>, first: usize, skip: usize, end: usize) {
        if let Some(span) = words_span(ctx, first, skip, end) {
            out.push(candidate(span, EntityLabel::Loc, Recogniser::Rule, 0.6, 1));
        }
    }

    /// The items after a plural place word at `i`: "X وY وZ" or "X، Y، وZ".
    fn coordinated(ctx: &Context<'_>, i: usize, dual: bool, out: &mut Vec<Candidate>) {
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
    fn road(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
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

/// A company named with its legal or trade suffix: "المملكة القابضة", "ميجي هولدنجز", "سوني كوربوريشن". The name
/// is the suffix with up to three name words before it (one definite word before an Arabic suffix).
pub struct CompanySuffixRule;

/// Company suffixes (normalised): Arabic "holding", "limited"; transliterated Holdings, Corporation, Group, Inc,
/// Motors, Airlines, Airways, Technologies, International, Capital, Petroleum, Pharma, Systems, Energy.
const COMPANY_SUFFIXES: [&str; 20] = [
    "القابضه",
    "المحدوده",
    "هولدنجز",
    "هولدينجز",
    "هولدينغ",
    "هولدينج",
    "كوربوريشن",
    "كوربوريشين",
    "انك",
    "جروب",
    "غروب",
    "موتورز",
    "ايرلاينز",
    "ايروايز",
    "تكنولوجيز",
    "انترناشيونال",
    "كابيتال",
    "بتروليوم",
    "فارما",
    "سيستمز",
];

impl Recognise for CompanySuffixRule {
    fn name(&self) -> &'static str {
        "company-suffix"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 1..ctx.words.len() {
            let Some(w) = ctx.words.get(i) else { break };
            if !COMPANY_SUFFIXES.contains(&w.key.as_str()) {
                continue;
            }
            let arabic_suffix = w.key.starts_with("ال");
            // "سيقول [إنك] تبالغين": "إنك" (that you) after a verb of the imperfect is no "Inc".
            if w.key == "انك"
                && ctx.words.get(i - 1).is_some_and(|p| {
                    ["ي", "ت", "ن", "سي", "ست", "سن"]
                        .iter()
                        .any(|v| p.key.starts_with(v))
                })
            {
                continue;
            }
            let mut start = i;
            while start > 0 && i - start < 3 && joined(ctx, start - 1) {
                let p = start - 1;
                let Some(pw) = ctx.words.get(p) else { break };
                let heads = Flags::ORG_HEAD
                    .union(Flags::ORG_HEAD_OUT)
                    .union(Flags::ORG_HEAD_NAME)
                    .union(Flags::TITLE);
                if !pw.is_wordlike()
                    || ctx.is_stop(p)
                    || match_at(ctx, p, heads).is_some_and(|m| m.skip == 0 && m.words == 1)
                {
                    break;
                }
                let definite = pw.key.starts_with("ال");
                if arabic_suffix {
                    // "المملكة القابضة": one definite word; "شركة [X] القابضة" stops at the head. "شركة [نسما
                    // القابضة]": an indefinite name word no list knows as frequent, right after a company head.
                    let named_after_head = !definite
                        && p > 0
                        && stem_among(ctx, p - 1, &["شركه", "مجموعه"]).is_some()
                        && is_proper_like(ctx, p)
                        && !ctx.lexicon.is_common_word(&pw.key);
                    if (definite || named_after_head) && start == i {
                        start = p;
                    }
                    break;
                }
                // "صعد سهم [ميجي] هولدنجز": frequent words are the sentence, not the name.
                if definite
                    || pw.key.starts_with('و')
                    || !(is_proper_like(ctx, p) || ctx.lexicon.flags(&pw.key).contains(Flags::ORG))
                    || ctx.lexicon.is_common_word(&pw.key)
                {
                    break;
                }
                start = p;
            }
            if start == i {
                continue;
            }
            if let Some(span) = words_span(ctx, start, 0, i + 1) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.75, 2));
            }
        }
        out
    }
}

/// A road, bridge, tunnel or roundabout named after a person with a title: "طريق الملك فهد", "جسر الملك فهد",
/// "دوار الأمير سلطان". Without the title these words are common ("طريق السلام") and no place head.
pub struct TitledRoadRule;

/// Road words (normalised).
const ROAD_HEADS: [&str; 6] = ["طريق", "جسر", "نفق", "دوار", "تقاطع", "كوبري"];

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
                super::names::extend_name(ctx, j + given_at(ctx, j), true)
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

/// True when word `i` is a kunya ("أبو", "أبي", "أبا") with a name word after it ("[أبي] بكر").
fn kunya_name(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words
        .get(i)
        .is_some_and(|w| matches!(w.key.as_str(), "ابو" | "ابي" | "ابا"))
        && joined(ctx, i)
        && super::names::is_name_word(ctx, i + 1)
}

/// True when a given name at `i` is followed by "بن"/"ابن" ("[عمر] بن الخطاب").
fn given_and_father(ctx: &Context<'_>, i: usize) -> bool {
    let g = given_at(ctx, i);
    g > 0
        && joined(ctx, i + g - 1)
        && ctx
            .words
            .get(i + g)
            .is_some_and(|w| matches!(w.key.as_str(), "بن" | "ابن"))
}

/// The word naming an administrative centre after "مركز" at `i` ("مركز [حداء] التابع لمحافظة جدة", "مركز [ثول]
/// بمحافظة رابغ"): one unlisted, infrequent word, then "التابع/التابعة" or "بمحافظة/بمنطقة" or "ب" + a
/// known place.
fn admin_centre(ctx: &Context<'_>, i: usize, skip: usize) -> Option<usize> {
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

/// True when the words from `i` (after `skip` clitic bytes) to `end` are a generic body of the lists.
fn generic_body(ctx: &Context<'_>, i: usize, skip: usize, end: usize) -> bool {
    let Some(head) = ctx
        .words
        .get(i)
        .and_then(|w| w.stems.iter().find(|s| s.skip == skip))
    else {
        return false;
    };
    let mut key = head.key.clone();
    for k in i + 1..end {
        let Some(w) = ctx.words.get(k) else {
            return false;
        };
        key.push(' ');
        key.push_str(&w.key);
    }
    ctx.lexicon.is_generic_body(&key)
}

/// Ordinal adjectives: after a head ("المركز الثاني") they make a rank, not a name.
const ORDINALS: [&str; 12] = [
    "الاول",
    "الاولي",
    "الثاني",
    "الثانيه",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];

/// True for an ordinal adjective (normalised, with or without the feminine ending).
fn is_ordinal(key: &str) -> bool {
    ORDINALS.contains(&key) || key.strip_suffix('ه').is_some_and(|k| ORDINALS.contains(&k))
}

/// What the lists know as a name (a place, body, person, given name or town): no adjective.
const NAMED: Flags = Flags::LOC
    .union(Flags::ORG)
    .union(Flags::PERSON)
    .union(Flags::GIVEN)
    .union(Flags::TOWN);

/// Indefinite feminine adjectives (normalised) that describe a company of a kind: its size, its standing, its
/// ownership or its field ("شركة أدوية كبرى", "شركة مقاولات محلية").
const COMPANY_ADJECTIVES: &[&str] = &[
    "كبري",
    "كبيره",
    "صغيره",
    "عملاقه",
    "ناشيه",
    "خاصه",
    "ضخمه",
    "عريقه",
    "محليه",
    "اجنبيه",
    "وطنيه",
    "حكوميه",
    "عالميه",
    "دوليه",
    "عربيه",
    "خليجيه",
    "هندسيه",
    "استشاريه",
    "عقاريه",
    "تجاريه",
    "صناعيه",
    "سياحيه",
    "امنيه",
    "ناشئه",
    "متخصصه",
    "مختصه",
    "مملوكه",
];

/// Word `i` is an indefinite feminine adjective of a company's kind ([`COMPANY_ADJECTIVES`]) or nationality
/// ("صينية").
fn company_adjective(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words.get(i).is_some_and(|w| {
        let k = w.key.as_str();
        COMPANY_ADJECTIVES.contains(&k)
            || k.strip_suffix("يه").is_some_and(|stem| {
                !stem.starts_with("ال")
                    && ctx
                        .lexicon
                        .flags(&format!("{stem}ي"))
                        .contains(Flags::NATIONALITY)
            })
    })
}

/// True when word `i` is an indefinite relative adjective no list knows as a name ("صحي", "تقني", "تجارية"): a
/// word in "ي" (or "ية") that is frequent itself, or whose noun ("خير") or feminine ("تقنية") is.
fn indefinite_relative_adjective(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    // The feminine ("تجارية") is read by its masculine ("تجاري").
    let masculine = k
        .strip_suffix("يه")
        .map_or(k.to_string(), |stem| format!("{stem}ي"));
    let m = masculine.as_str();
    m.ends_with('ي')
        && !k.starts_with("ال")
        && m.chars().count() >= 3
        && !ctx.lexicon.flags(k).intersects(NAMED)
        && (ctx.lexicon.is_common_word(k)
            || ctx.lexicon.is_common_word(m)
            || m.strip_suffix('ي').is_some_and(|stem| {
                // "هندسي" of "هندسة": the noun in ة too.
                stem.chars().count() >= 2
                    && (ctx.lexicon.is_common_word(stem)
                        || ctx.lexicon.is_common_word(&format!("{stem}ه")))
            })
            || ctx.lexicon.is_common_word(&format!("{m}ه")))
}

/// True when the head word at `i` (after `skip` clitic bytes) has a masculine singular form: not in "ة", "ات" or
/// "ا" ("البنك", "مجلس"; not "الهيئة", "القوات", "ميليشيا").
fn masculine_singular_head(ctx: &Context<'_>, i: usize, skip: usize) -> bool {
    let raw = ctx.raw(i);
    let head = raw.get(skip..).unwrap_or(raw);
    !(head.ends_with('ة') || head.ends_with('ه') || head.ends_with("ات") || head.ends_with('ا'))
}

/// True when word `i` is a definite word in "ة" no list knows as a name: after a definite masculine singular head
/// it is neither its adjective ("البنك [التنموية]") nor its genitive (a definite head takes none): the verb's
/// object ("يعطي البنك [المرونة]").
fn feminine_definite_adjective(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    let flags = ctx.lexicon.flags(k);
    ctx.raw(i).ends_with('ة')
        && k.starts_with("ال")
        && !flags.intersects(Flags::LOC.union(Flags::ORG).union(Flags::TOWN))
}

/// True when word `i`, right after an indefinite masculine head, has the shape of an indefinite adjective and no
/// list knows it as a name: a masculine participle "م" + three to five letters ("موحد", "مستقل"), or a relative adjective
/// in "ي" of four letters or more ("طوعي") that no unlisted plain word follows (a foreign name runs on: "بنك
/// كريدي سويس").
fn indefinite_adjective_shape(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    if !w.is_wordlike() || ctx.lexicon.flags(k).intersects(NAMED) || k.starts_with("ال") {
        return false;
    }
    let raw = ctx.raw(i);
    let n = k.chars().count();
    // A word in "ة" after a masculine head is a noun in construct ("مجلس [مدينة] جدة"), never its adjective.
    let participle =
        raw.starts_with('م') && (4..=6).contains(&n) && !raw.ends_with('ا') && !raw.ends_with('ة');
    let relative = raw.ends_with('ي') && n >= 4;
    let name_runs_on = joined(ctx, i)
        && ctx.words.get(i + 1).is_some_and(|nw| {
            nw.is_wordlike()
                && !ctx.is_stop(i + 1)
                && !nw.key.starts_with("ال")
                && !nw.key.starts_with("لل")
                && !ctx.lexicon.is_common_word(&nw.key)
        });
    (participle || relative) && !(relative && name_runs_on)
}

fn feminine_indefinite_head(ctx: &Context<'_>, i: usize, skip: usize) -> bool {
    let raw = ctx.raw(i);
    let head = raw.get(skip..).unwrap_or(raw);
    head.ends_with('ة') && !head.starts_with("ال")
}

/// The end of a name followed by its field from word `start` ("[الصفوة للإسمنت]", "[سامسونج للإلكترونيات
/// والأجهزة]"): one definite word or a run of proper-name words, then a "لل" word (and a "وال" word after it).
fn name_with_field(ctx: &Context<'_>, start: usize) -> Option<usize> {
    let w = ctx.words.get(start)?;
    if !w.is_wordlike() || w.stop || w.key.starts_with("لل") {
        return None;
    }
    let listed = match_at(ctx, start, Flags::LOC.union(Flags::ORG).union(Flags::TOWN))
        .filter(|m| m.skip == 0);
    let name_end = if let Some(m) = listed {
        // "شركة [الشرق الأوسط] للرعاية الصحية", "شركة [سامسونج] للإلكترونيات": a name the lists know, whole.
        start + m.words
    } else if w.key.starts_with("ال") {
        (is_name_word(ctx, start) && continues_name(ctx, start)).then_some(start + 1)?
    } else {
        let end = proper_run(ctx, start);
        // "شركة [جبل عمر] للتطوير", "شركة [وادي مكة] للتقنية": a company named after a feature, its head kept.
        let feature = match_at(ctx, start, Flags::PLACE_HEAD)
            .is_some_and(|m| m.skip == 0 && m.words == 1)
            && joined(ctx, start)
            && (is_proper_like(ctx, start + 1)
                || match_at(ctx, start + 1, Flags::LOC.union(Flags::TOWN))
                    .is_some_and(|p| p.skip == 0 && p.words == 1))
            && ctx
                .words
                .get(start + 2)
                .is_some_and(|f| f.key.starts_with("لل"));
        if end == start && feature {
            start + 2
        } else {
            (end > start).then_some(end)?
        }
    };
    // "شركة سامسونج [الخليج] للإلكترونيات": the market a listed company's branch serves.
    let name_end = if joined(ctx, name_end - 1)
        && match_at(ctx, start, Flags::ORG)
            .is_some_and(|m| m.skip == 0 && start + m.words == name_end)
        && match_at(ctx, name_end, Flags::LOC).is_some_and(|m| m.skip == 0 && m.words == 1)
    {
        name_end + 1
    } else {
        name_end
    };
    let field = ctx.words.get(name_end)?;
    if !joined(ctx, name_end - 1) || field.stop || !field.key.starts_with("لل") {
        return None;
    }
    Some(field_end(ctx, name_end + 1))
}

/// The end of a company's field that starts with the "لل" word before `end`: up to two more words, each a
/// definite adjective in "ي"/"ية" or a field joined by "وال" ("للخدمات [البترولية والنقليات]", "للرعاية
/// [الصحية]").
fn field_end(ctx: &Context<'_>, mut end: usize) -> usize {
    let first = end;
    while end - first < 2 && joined(ctx, end - 1) {
        let Some(n) = ctx.words.get(end) else { break };
        let k = n.key.as_str();
        let adjective = k.starts_with("ال")
            && (k.ends_with('ي') || k.ends_with("يه"))
            && !ctx.lexicon.flags(k).contains(Flags::NATIONALITY);
        if n.stop || !(adjective || k.starts_with("وال")) {
            break;
        }
        end += 1;
    }
    end
}

/// Fields of trade after "لل" that name a company with the name before them (normalised): "سامسونج
/// [للإلكترونيات]", "جدوى [للاستثمار]".
const COMPANY_FIELDS: [&str; 30] = [
    "للاستثمار",
    "للتطوير",
    "للتامين",
    "للاتصالات",
    "للالكترونيات",
    "للبتروكيماويات",
    "للصناعه",
    "للصناعات",
    "للتجاره",
    "للمقاولات",
    "للعقارات",
    "للتسويق",
    "للطيران",
    "للنقل",
    "للتعدين",
    "للاسمنت",
    "للكهرباء",
    "للتقنيه",
    "للاغذيه",
    "للتمويل",
    "للاوراق",
    "للطاقه",
    "للادويه",
    "للانشاءات",
    "للهندسه",
    "للالبان",
    "للشحن",
    "للملاحه",
    "للسيارات",
    "للخدمات",
];

/// A company named by a name and its field of trade, without a head word: "[سامسونج للإلكترونيات]", "[جدوى
/// للاستثمار]", "[سامسونج الخليج للإلكترونيات]". The name is an organisation the lists know (a place may follow
/// it, the market it serves), or a word that is neither frequent nor a stop word; a frequent word before a field
/// is a description ("خطة للاستثمار", "فرص للاستثمار").
pub struct FieldCompanyRule;

impl Recognise for FieldCompanyRule {
    fn name(&self) -> &'static str {
        "field-company"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for f in 1..ctx.words.len() {
            if !ctx
                .words
                .get(f)
                .is_some_and(|w| COMPANY_FIELDS.contains(&w.key.as_str()))
                || !joined(ctx, f - 1)
            {
                continue;
            }
            let mut start = f - 1;
            // "سامسونج [الخليج]": a listed place between a listed company and its field.
            if start > 0
                && joined(ctx, start - 1)
                && match_at(ctx, start, Flags::LOC).is_some_and(|m| m.skip == 0 && m.words == 1)
                && match_at(ctx, start - 1, Flags::ORG).is_some_and(|m| m.skip == 0 && m.words == 1)
            {
                start -= 1;
            }
            let Some(w) = ctx.words.get(start) else {
                continue;
            };
            let listed = match_at(ctx, start, Flags::ORG).is_some_and(|m| m.skip == 0);
            // No reading of the word is frequent: not with a clitic off ("و[فرصا]"), nor as the accusative of a
            // frequent noun ("[فرص]ا").
            let frequent = |k: &str| ctx.lexicon.is_common_word(k);
            let plain = w.is_wordlike()
                && !w.stop
                && !w.key.starts_with("ال")
                && !w.key.starts_with('و')
                && is_proper_like(ctx, start)
                && w.stems.iter().all(|s| !frequent(&s.key))
                && !w.key.strip_suffix('ا').is_some_and(frequent)
                && ctx.lexicon.flags(&w.key) == Flags::default();
            if !(listed || plain) {
                continue;
            }
            // After a head word the head rules name it.
            let headed = start > 0
                && joined(ctx, start - 1)
                && match_at(
                    ctx,
                    start - 1,
                    Flags::ORG_HEAD
                        .union(Flags::ORG_HEAD_OUT)
                        .union(Flags::ORG_HEAD_NAME),
                )
                .is_some();
            if headed {
                continue;
            }
            let end = field_end(ctx, f + 1);
            if let Some(span) = words_span(ctx, start, 0, end) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
            }
        }
        out
    }
}

/// True when the head word at `i` (after `skip` clitic bytes) has the article ("العاصمة").
fn head_is_definite(ctx: &Context<'_>, i: usize, skip: usize) -> bool {
    ctx.words
        .get(i)
        .and_then(|w| w.stems.iter().find(|s| s.skip == skip))
        .is_some_and(|s| s.key.starts_with("ال"))
}

/// Up to three proper-name-like words from `start` (Latin words included): "شركة [داتا بابيولار]".
fn proper_run(ctx: &Context<'_>, start: usize) -> usize {
    let mut end = start;
    while end - start < 3 && end > 0 && joined(ctx, end - 1) {
        let Some(w) = ctx.words.get(end) else { break };
        let latin = w.kind == TokenKind::Latin;
        // "استاد لوفتس رود [بنادي] ...": another head word starts another name.
        let head = Flags::ORG_HEAD
            .union(Flags::ORG_HEAD_OUT)
            .union(Flags::ORG_HEAD_NAME)
            .union(Flags::PLACE_HEAD)
            .union(Flags::PLACE_HEAD_OUT)
            .union(Flags::TITLE);
        if match_at(ctx, end, head).is_some() {
            break;
        }
        // "لشركة stc [عليان] الوتيد", "شركة أرامكو [Aramco]": a name is written in one script; a word of the other
        // starts what follows (the person, a gloss).
        if end > start
            && ctx
                .words
                .get(start)
                .is_some_and(|s| (s.kind == TokenKind::Latin) != latin)
        {
            break;
        }
        // "لشركة معادن [خالد] المديفر": a given name after the body's name starts the person named with it; so
        // does one before a rare plain word, a foreign family name ("المحلل في شركة أواندا [كريغ] إيرلام").
        if end > start
            && !latin
            && given_at(ctx, start) == 0
            && given_at(ctx, end) > 0
            && joined(ctx, end)
            && (ctx
                .words
                .get(end + given_at(ctx, end))
                .is_some_and(|n| n.key.starts_with("ال"))
                || super::names::rare_plain_name(ctx, end + given_at(ctx, end)))
        {
            break;
        }
        if !latin
            && (w.key.starts_with("ال") || !is_proper_like(ctx, end) || !continues_name(ctx, end))
        {
            break;
        }
        // "شركة [طيران]", "فريق [عمل]": a frequent word no list knows as a name describes the body; after the
        // name, a frequent noun in "ة" is the sentence going on ("شركة معادن [اتفاقية]").
        if (end == start || ctx.raw(end).ends_with('ة'))
            && !latin
            && ctx.lexicon.is_common_word(&w.key)
            && !ctx.lexicon.flags(&w.key).intersects(
                Flags::GIVEN
                    .union(Flags::PERSON)
                    .union(Flags::ORG)
                    .union(Flags::LOC),
            )
        {
            break;
        }
        // "شركة دايملر كرايسلر [عقدا]": the accusative of a frequent noun is the sentence's object.
        let known_name = ctx.lexicon.flags(&w.key).intersects(
            Flags::GIVEN
                .union(Flags::PERSON)
                .union(Flags::ORG)
                .union(Flags::LOC),
        );
        if end > start
            && !latin
            && !known_name
            && w.key
                .strip_suffix('ا')
                .is_some_and(|stem| stem.chars().count() >= 3 && ctx.lexicon.is_common_word(stem))
        {
            break;
        }
        end += 1;
    }
    end
}

/// Where the previous word of an organisation's complement leaves the chain.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// The head itself.
    Head,
    /// An indefinite noun in construct ("وكالة [أنباء] ...", "هيئة [قناة] ...").
    Construct,
    /// A definite noun ("وزارة [الخارجية]").
    Noun,
    /// An adjective or a nationality ("[العامة]", "[الأمريكية]").
    Adjective,
    /// A noun linked by "لل" or "وال" ("[للأمن]", "[والعلوم]").
    Linked,
    /// A title ("جامعة [الملك] سعود").
    Title,
    /// A person's name after a title ("جامعة الملك [سعود]"); adjectives may follow.
    Name,
    /// An unlisted one-word name after a title ("مسجد الشيخ [زايد]").
    Bare,
    /// A place the lists know, in construct with an indefinite head ("جامعة [حائل]", "مستشفى [صامطة] العام").
    Place,
}

/// Words of time after "لل" (normalised) that say when, not what a body does ("جامعة حائل [للعام] الدراسي").
const TIME_AFTER_FIELD: [&str; 5] = ["للعام", "للسنه", "للموسم", "للمره", "للفتره"];

/// Adjectives of a meeting's period or urgency (normalised): "جلسة مجلس الوزراء [الأسبوعية]", "اجتماع مجلس الأمن
/// [الطارئ]". No body is named by them.
const MEETING_ADJECTIVES: [&str; 12] = [
    "الاسبوعي",
    "الاسبوعيه",
    "الشهري",
    "الشهريه",
    "السنوي",
    "السنويه",
    "اليومي",
    "اليوميه",
    "الطاري",
    "الطاريه",
    "الاستثنايي",
    "الاستثناييه",
];

/// Pronoun suffixes after "بلاد" (normalised): "بلاده", "بلادها", "بلادهم", "بلادنا".
const COUNTRY_PRONOUNS: [&str; 7] = ["ه", "ها", "هم", "هما", "نا", "ي", "كم"];

/// Definite cardinal numbers from three to ten (normalised), both genders.
const DEFINITE_NUMBERS: [&str; 16] = [
    "الثلاثه",
    "الثلاث",
    "الاربعه",
    "الاربع",
    "الخمسه",
    "الخمس",
    "السته",
    "الست",
    "السبعه",
    "السبع",
    "الثمانيه",
    "الثماني",
    "التسعه",
    "التسع",
    "العشره",
    "العشر",
];

/// Verbal nouns of a visit's or a patient's purpose after "لـ" (normalised, without it): "نقل إلى مستشفى الملك فهد
/// [لتلقي] العلاج", "وصل إلى مقر الهيئة [لحضور] الاجتماع". They say why someone goes to a body, never what a body
/// does.
const PURPOSE_NOUNS: [&str; 6] = ["تلقي", "حضور", "مناقشه", "زياره", "تسلم", "تسليم"];

/// True when word `i` is "لـ" + an indefinite noun followed by a definite word it is in construct with
/// ("[لرعاية] الشباب", "[لمكافحة] الفساد"): not "لل", not a stop word, not "لـ" + an imperfect verb in ي ("ليتم").
fn lam_construct(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let Some(rest) = w.key.strip_prefix('ل') else {
        return false;
    };
    rest.chars().count() >= 3
        && !rest.starts_with('ل')
        && !rest.starts_with('ي')
        && !rest.starts_with("ا")
        && !PURPOSE_NOUNS.contains(&rest)
        && !ctx.is_stop(i)
        && joined(ctx, i)
        && !ctx.is_stop(i + 1)
        && ctx
            .words
            .get(i + 1)
            .is_some_and(|n| n.is_wordlike() && n.key.starts_with("ال"))
}

/// True for a definite relative (nisba) adjective of five letters or more: "الكردستاني", "الإسلامية".
fn nisba(key: &str) -> bool {
    key.starts_with("ال")
        && key.chars().count() >= 5
        && (key.ends_with('ي') || key.ends_with("يه"))
        && !defective_participle(key)
}

/// True for the active participle of a verb in final ي ("الساعي", "الحالي", "الماضي", "الجارية"): فاعل with its
/// last radical ي, which looks like a relative adjective but describes ("التحالف العربي [الساعي] إلى").
fn defective_participle(key: &str) -> bool {
    let Some(stem) = key.strip_prefix("ال") else {
        return false;
    };
    let stem = stem.strip_suffix('ه').unwrap_or(stem);
    let letters: Vec<char> = stem.chars().collect();
    letters.len() == 4 && letters[1] == 'ا' && letters[3] == 'ي'
}

/// True when the word before `i` is a plural in "ات" ("للجوازات", "الدراسات").
fn after_feminine_plural(ctx: &Context<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| ctx.words.get(p))
        .is_some_and(|w| w.key.ends_with("ات"))
}

/// True when the head right before `start` carries the fused article "لل" ("ممثل [للمجلس] جون سميث"): a definite
/// head, which names no person after it.
fn fused_article_head(ctx: &Context<'_>, start: usize) -> bool {
    start.checked_sub(1).is_some_and(|h| {
        let raw = ctx.raw(h);
        ["لل", "ولل", "فلل"].iter().any(|p| raw.starts_with(p))
    })
}

/// True when a title ends right before the one-word head that ends before `start` ("[مدير] مركز", "[رئيس]
/// جمعية").
fn title_before_head(ctx: &Context<'_>, start: usize) -> bool {
    (2..=3).any(|back| {
        start.checked_sub(back).is_some_and(|h| {
            joined(ctx, h)
                && match_at(ctx, h, Flags::TITLE).is_some_and(|m| h + m.words + 1 == start)
        })
    })
}

/// True when word `i` is "و" + a definite organisation head the lists keep in the span ("[والمجلس]",
/// "[والهيئة]"), with a definite word after it: another body's name, not a field of this one.
fn second_body_head(ctx: &Context<'_>, i: usize) -> bool {
    let Some(stem) = ctx.words.get(i).and_then(|w| w.key.strip_prefix('و')) else {
        return false;
    };
    // "وزارة العدل [والإدارة] التابعة لها": the definite form of an indefinite head ("إدارة", "جمعية") too.
    let head = ctx.lexicon.flags(stem).contains(Flags::ORG_HEAD)
        || stem.strip_prefix("ال").is_some_and(|bare| {
            bare == "اداره"
                || ctx
                    .lexicon
                    .flags(bare)
                    .intersects(Flags::ORG_HEAD.union(Flags::ORG_HEAD_OUT))
        });
    stem.starts_with("ال")
        && head
        && joined(ctx, i)
        && ctx
            .words
            .get(i + 1)
            .is_some_and(|n| n.is_wordlike() && !n.stop && n.key.starts_with("ال"))
}

/// True when a name of the lists, starting with the head before `start` or a word of its complement, ends right
/// before word `end` ("[مجلس الأمن الدولي] لمناقشة").
fn listed_org_ends_at(ctx: &Context<'_>, start: usize, end: usize) -> bool {
    (start.saturating_sub(3)..end)
        .any(|h| match_at(ctx, h, Flags::ORG).is_some_and(|m| h + m.words == end && m.words >= 2))
}

/// The end of an organisation name's complement starting at word `start` (`start` when there is none).
fn org_complement(ctx: &Context<'_>, start: usize, head_definite: bool) -> usize {
    org_complement_after(ctx, start, head_definite, Prev::Head)
}

/// [`org_complement`] after a head that already ends in `prev` ("الرئاسة العامة" ends in an adjective).
fn org_complement_after(ctx: &Context<'_>, start: usize, head_definite: bool, prev: Prev) -> usize {
    let mut end = start;
    let mut prev = prev;
    while end - start < 7 && end > 0 && joined(ctx, end - 1) {
        let Some(w) = ctx.words.get(end) else { break };
        // "مستشفى الملك فهد [العام]": the stop word "العام" (the year) is the institution's adjective after a
        // name or a noun, unless a word of time follows it ("العام الماضي").
        let general = w.key == "العام"
            && matches!(prev, Prev::Name | Prev::Bare | Prev::Noun | Prev::Place)
            && !(joined(ctx, end)
                && ctx.words.get(end + 1).is_some_and(|n| {
                    n.kind == TokenKind::Number || TIME_AFTER_YEAR.contains(&n.key.as_str())
                }));
        if general {
            end += 1;
            prev = Prev::Adjective;
            continue;
        }
        // "شارع [أبي] بكر الصديق", "مدرسة [أبو] عبيدة": a name that starts with its kunya (a stop word alone).
        if matches!(prev, Prev::Head | Prev::Title) && !head_definite && kunya_name(ctx, end) {
            end = super::names::extend_name(ctx, end, true);
            prev = Prev::Name;
            continue;
        }
        // "جمعية الأشخاص [ذوي الإعاقة]": "ذوي" (those of) and the definite noun it governs name the members.
        if prev == Prev::Noun
            && matches!(w.key.as_str(), "ذوي" | "ذوو")
            && joined(ctx, end)
            && !ctx.is_stop(end + 1)
            && ctx
                .words
                .get(end + 1)
                .is_some_and(|n| n.is_wordlike() && n.key.starts_with("ال"))
        {
            end += 2;
            continue;
        }
        if !w.is_wordlike()
            || ctx.is_stop(end)
            || (end > start
                && DESCRIPTIVE.contains(&w.key.as_str())
                && !(w.key == "المسلحه" && ctx.words[end - 1].key == "القوات"))
        {
            break;
        }
        // "وزارة المالية [والذي]": "و" before a function word goes on with the sentence.
        if w.key
            .strip_prefix('و')
            .is_some_and(|rest| ctx.lexicon.flags(rest).contains(Flags::STOP))
        {
            break;
        }
        // "منظمة الصحة العالمية [واليونيسف]": a name the lists know, joined with "و", is another party.
        if end > start
            && w.key.starts_with('و')
            && [Flags::ORG, Flags::LOC, Flags::PERSON]
                .into_iter()
                .any(|f| match_at(ctx, end, f).is_some_and(|m| m.skip > 0))
        {
            break;
        }
        let flags = ctx.lexicon.flags(&w.key);
        let k = w.key.as_str();
        // "المنظمة العربية [للمرة] الثانية": a word of time says when, not what the body does. "جلسة مجلس الوزراء
        // [الأسبوعية]": a meeting's period or urgency qualifies the meeting, never the body.
        if TIME_AFTER_FIELD.contains(&k) || MEETING_ADJECTIVES.contains(&k) {
            break;
        }
        // "برلمان [بلاده]", "حكومة [بلادها]": "the country" with a pronoun is the speaker's own, no name.
        if k.strip_prefix("بلاد")
            .is_some_and(|rest| COUNTRY_PRONOUNS.contains(&rest))
        {
            break;
        }
        // "أعضاء المجلس [الخمسة] عشر": a definite head takes no genitive, and a definite number counts its
        // members ("مجموعة العشرين", with an indefinite head, is the name).
        if prev == Prev::Head && head_definite && end == start && DEFINITE_NUMBERS.contains(&k) {
            break;
        }
        let definite = k.starts_with("ال");
        let linked = k.starts_with("لل") || k.starts_with("وال");
        let adjective = flags.contains(Flags::ORG_ADJ) || flags.contains(Flags::NATIONALITY);
        // "نادي [الرائد]": a club the lists know is the club's name, though it is also a rank.
        let title = match_at(ctx, end, Flags::TITLE).is_some() && !ctx.lexicon.is_club(k);
        // "جامعة [حائل]": a place the lists know, without the article, right after an indefinite head.
        let place_words = match_at(ctx, end, Flags::LOC.union(Flags::TOWN))
            .filter(|m| m.skip == 0 && !definite)
            .map_or(0, |m| m.words);
        let definite_head_word = end > 0
            && ctx.words.get(end - 1).is_some_and(|h| {
                h.key.starts_with("ال") || h.key.starts_with("وال") || h.key.starts_with("فال")
            });
        let next = match prev {
            // "جامعة [الملك] سعود": a definite title in construct with an indefinite head names its namesake; a
            // definite head takes no genitive ("الجامعة [الدكتور] فلان": the title starts a person's phrase).
            _ if title && !(prev == Prev::Head && definite && !definite_head_word) => None,
            Prev::Head if definite && title => Some(Prev::Title),
            // "وطالبت [الهيئة] الجهات الحكومية": a definite head takes no definite genitive, and a plural in ات is
            // no adjective of it: the verb's object starts there.
            Prev::Head
                if definite
                    && definite_head_word
                    && !adjective
                    && k.ends_with("ات")
                    && !ctx
                        .words
                        .get(end - 1)
                        .is_some_and(|h| h.key.ends_with("ات")) =>
            {
                None
            }
            Prev::Head if definite && adjective && head_definite => Some(Prev::Adjective),
            Prev::Head | Prev::Construct if definite => Some(Prev::Noun),
            Prev::Head | Prev::Construct if k.starts_with("لل") => Some(Prev::Linked),
            Prev::Head if !head_definite && place_words > 0 => Some(Prev::Place),
            // "مؤسسة [محمد] بن راشد", "مستشفى [سليمان] الحبيب": a body named after a person, no title between.
            // After a title ("مدير مركز [خالد العتيبي]") the name is the title holder's.
            Prev::Head
                if !head_definite
                    && !definite
                    && given_at(ctx, end) > 0
                    && !title_before_head(ctx, start)
                    && !fused_article_head(ctx, start) =>
            {
                Some(Prev::Name)
            }
            // "مجلس [إدارته]": a noun with its pronoun is no name.
            Prev::Head
                if !head_definite
                    && is_proper_like(ctx, end)
                    && super::names::continues_name(ctx, end)
                    && !fused_article_head(ctx, start) =>
            {
                Some(Prev::Construct)
            }
            // "هيئة [قناة] السويس", "رابطة [معاداة] التشهير": an indefinite noun in construct with what follows.
            Prev::Head
                if !head_definite
                    && !prepositional_place(ctx, end)
                    && joined(ctx, end)
                    && !ctx.is_stop(end + 1)
                    && ctx
                        .words
                        .get(end + 1)
                        .is_some_and(|n| n.key.starts_with("ال")) =>
            {
                Some(Prev::Construct)
            }
            // "جبهة جيش [تحرير] الشعب": a second indefinite noun in construct, completed by a definite one.
            // "و" + a frequent noun ("[وقرية] الحمراء") starts another phrase.
            Prev::Construct
                if !definite
                    && !linked
                    && !k
                        .strip_prefix('و')
                        .is_some_and(|rest| ctx.lexicon.is_common_word(rest))
                    && is_proper_like(ctx, end)
                    && joined(ctx, end)
                    && !ctx.is_stop(end + 1)
                    && ctx
                        .words
                        .get(end + 1)
                        .is_some_and(|n| n.key.starts_with("ال")) =>
            {
                Some(Prev::Construct)
            }
            Prev::Title if given_at(ctx, end) > 0 => Some(Prev::Name),
            // "مسجد الشيخ [زايد]": an unlisted name after a title, as the title rule reads it.
            Prev::Title if !definite && super::names::plausible_bare_name(ctx, end) => {
                Some(Prev::Bare)
            }
            // "مدرسة الإمام [الشافعي]": a person known by a rare relative name after a title.
            Prev::Title
                if definite
                    && !adjective
                    && nisba(k)
                    && !flags.intersects(Flags::LOC.union(Flags::TOWN).union(Flags::ORG)) =>
            {
                Some(Prev::Bare)
            }
            _ if adjective && definite => Some(Prev::Adjective),
            // "منظمة الدول [المصدرة] للبترول": a definite participle qualifying the noun before it, with its own
            // "لل" complement.
            Prev::Noun if qualifying_participle(ctx, end) => Some(Prev::Adjective),
            // "لتحفيظ القرآن [الكريم]", "لطباعة المصحف [الشريف]": a scripture's fixed epithet; "مستشفى القوات
            // [المسلحة]": the armed forces' own adjective.
            Prev::Noun
                if matches!(
                    (ctx.words.get(end - 1).map(|p| p.key.as_str()), k),
                    (Some("القران"), "الكريم")
                        | (Some("المصحف"), "الشريف")
                        | (Some("القوات"), "المسلحه")
                ) =>
            {
                Some(Prev::Adjective)
            }
            // "مدرسة الإمام الشافعي [الابتدائية]": a feminine relative adjective after a man's name qualifies the
            // head.
            Prev::Name | Prev::Bare if definite && nisba(k) && k.ends_with("يه") => {
                Some(Prev::Adjective)
            }
            // "حزب العمال [الكردستاني]": a definite relative adjective after the noun it qualifies; a masculine one
            // cannot qualify a plural in "ات" ("للجوازات الإلكترونية", not "للجوازات [الإلكتروني]").
            // "اللجنة السعودية [البارالمبية]": and after another adjective.
            // "جمعية حقوق الإنسان [الأولى] من نوعها": an ordinal has the shape of a relative adjective but ranks
            // the body, it does not name it.
            Prev::Noun | Prev::Linked | Prev::Adjective | Prev::Place
                if definite
                    && nisba(k)
                    && !is_ordinal(k)
                    && !(k.ends_with('ي') && after_feminine_plural(ctx, end)) =>
            {
                Some(Prev::Adjective)
            }
            // "الهيئة الوطنية للطاقة [المتجددة]", "المدرسة العليا للعلوم [المتقدمة]": a participle adjective agreeing
            // with the field before it.
            Prev::Linked if definite && participle_agreeing(ctx, end) => Some(Prev::Adjective),
            // "للأمن" continues after an adjective ("الأعلى للأمن"), not after a noun ("الأمن للموافقة"); after a
            // person's name it names the institution's field ("جامعة الملك سعود [للعلوم] الصحية").
            // "الدولة الإسلامية [والمقاتلين]": a plural of persons joined after the name is another party.
            // A sound plural has at least six letters after "وال"; shorter ones are broken plurals of things
            // ("جمعية الثقافة [والفنون]", "[والشؤون]").
            Prev::Adjective | Prev::Noun
                if k.starts_with("وال")
                    && (k.ends_with("ين") || k.ends_with("ون"))
                    && k.chars().count() >= 9 =>
            {
                None
            }
            // "نقابة المحامين [والمجلس] القومي": a definite head of its own, qualified or in construct, joined with
            // "و" starts a second body ("جمعية الثقافة والفنون" goes on: "الفنون" heads nothing).
            _ if k.starts_with("وال") && second_body_head(ctx, end) => None,
            // "مركز داوني الصحي [والمتخصص] في التسويق": "و" + a definite participle in the singular with its
            // preposition after it describes the body, it names nothing.
            Prev::Adjective | Prev::Linked | Prev::Construct if linked && described(ctx, end) => {
                None
            }
            Prev::Adjective | Prev::Linked | Prev::Construct if linked => Some(Prev::Linked),
            // "الرئاسة العامة [لرعاية] الشباب", "مركز الملك عبدالله [لحوار] الأديان": "لـ" + an indefinite noun in
            // construct with a definite one names the field; an imperfect verb after "لـ" ("ليتم") does not.
            // A name the lists know whole takes no more: "مجلس الأمن الدولي [لمناقشة] الأزمة" is its purpose.
            Prev::Adjective | Prev::Noun | Prev::Name | Prev::Bare | Prev::Linked
                if lam_construct(ctx, end) && !listed_org_ends_at(ctx, start, end) =>
            {
                Some(Prev::Construct)
            }
            Prev::Name | Prev::Bare if k.starts_with("لل") => Some(Prev::Linked),
            // "معهد كاليفورنيا [للتقنية]", "مركز جدة [للمعارض]": the field after the place.
            Prev::Place if k.starts_with("لل") && !TIME_AFTER_FIELD.contains(&k) => {
                Some(Prev::Linked)
            }
            Prev::Noun if k.starts_with("وال") => Some(Prev::Linked),
            // "هيئة الشارقة [للكتاب]", "غرفة الرياض [للتجارة]": the field after a place written with its article.
            Prev::Noun
                if k.starts_with("لل")
                    && !TIME_AFTER_FIELD.contains(&k)
                    // "جامعة القاهرة للمواطنين": people served, no field.
                    && !(k.ends_with("ين") || k.ends_with("ون"))
                    && end == start + 1
                    && !head_definite
                    && match_at(ctx, start, Flags::LOC.union(Flags::TOWN))
                        .is_some_and(|m| m.skip == 0 && m.words == 1) =>
            {
                Some(Prev::Linked)
            }
            _ => None,
        };
        let Some(next) = next else { break };
        end = if next == Prev::Place {
            end + place_words
        } else if next == Prev::Name {
            // "جامعة الإمام [محمد بن سعود] الإسلامية": the whole person's name; "جامعة الملك عبدالعزيز
            // [اتفاقية]": a frequent noun in "ة" no list knows as a name, after it, is the verb's object.
            let first = end + given_at(ctx, end);
            let mut name_end = super::names::extend_name(ctx, first, true);
            // "مستشفى الملك فهد [التابع] لوزارة الصحة": a describing word ends the namesake's name.
            if let Some(k) =
                (first..name_end).find(|&k| DESCRIPTIVE.contains(&ctx.words[k].key.as_str()))
            {
                name_end = k;
            }
            if name_end > first
                && ctx.raw(name_end - 1).ends_with('ة')
                && ctx.words.get(name_end - 1).is_some_and(|w| {
                    ctx.lexicon.is_common_word(&w.key)
                        && !ctx
                            .lexicon
                            .flags(&w.key)
                            .intersects(Flags::GIVEN.union(Flags::PERSON))
                })
            {
                name_end -= 1;
            }
            name_end
        } else {
            end + 1
        };
        prev = next;
    }
    // "قوات التحالف [العميد] ركن": a title that no name follows belongs to the next phrase.
    if prev == Prev::Title {
        end -= 1;
    }
    end
}

/// True when word `i` is "وال" + a participle of a derived verb in the singular ("والمتخصص", "والمعنية") with "في"
/// or "بـ" after it: a description of what comes before ("والمتخصص في التسويق").
fn described(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let Some(rest) = w.key.strip_prefix("وال") else {
        return false;
    };
    rest.starts_with('م')
        && rest.chars().count() >= 5
        && !rest.ends_with("ات")
        && !rest.ends_with("ين")
        && !rest.ends_with("ون")
        && joined(ctx, i)
        && ctx.words.get(i + 1).is_some_and(|n| {
            n.key == "في"
                || (n.key.starts_with('ب') && ctx.is_stop(i + 1) && n.key.chars().count() <= 4)
        })
}

/// Word `i` with the word before it.
fn with_previous<'c>(ctx: &'c Context<'_>, i: usize) -> Option<(&'c super::Word, &'c super::Word)> {
    Some((ctx.words.get(i.checked_sub(1)?)?, ctx.words.get(i)?))
}

/// True when word `i` is a definite participle of a derived verb ("المصدرة") that qualifies the definite noun before
/// it (not a feminine singular in "ة"), followed by its "لل" complement. A frequent noun of the same shape
/// ("المبادرة للسلام", "المساعدة للاجئين") is the sentence's object.
fn qualifying_participle(ctx: &Context<'_>, i: usize) -> bool {
    let Some((prev, w)) = with_previous(ctx, i) else {
        return false;
    };
    let k = w.key.as_str();
    if !k.starts_with("الم") || k.chars().count() < 6 || k.starts_with("المتحدث") {
        return false;
    }
    let with_complement = joined(ctx, i)
        && ctx.words.get(i + 1).is_some_and(|n| {
            n.key.starts_with("لل") && !TIME_AFTER_FIELD.contains(&n.key.as_str())
        });
    with_complement && !prev.key.ends_with('ه') && !ctx.lexicon.is_common_word(k)
}

/// True when word `i` is a definite participle ("المتجددة", "المتقدم") agreeing in gender with the field word
/// before it: feminine after a word in "ة" or "ات" or a broken plural ("للعلوم"), masculine after a masculine
/// singular. "المتحدث" (the spokesman) starts a new phrase.
fn participle_agreeing(ctx: &Context<'_>, i: usize) -> bool {
    let Some((prev, w)) = with_previous(ctx, i) else {
        return false;
    };
    let k = w.key.as_str();
    let field_feminine = prev.key.ends_with('ه') || prev.key.ends_with("ات");
    // "للكرة [الطائرة]": the feminine active participle of a simple verb (فاعلة) after a feminine field.
    let stem: Vec<char> = k.strip_prefix("ال").unwrap_or("").chars().collect();
    if stem.len() == 5
        && stem[1] == 'ا'
        && stem[4] == 'ه'
        && prev.key.ends_with('ه')
        && !is_ordinal(k)
        && !TIME_AFTER_FIELD.contains(&prev.key.as_str())
    {
        return true;
    }
    if !k.starts_with("الم") || k.chars().count() < 6 || k.starts_with("المتحدث") {
        return false;
    }
    // "بنك التسليف والادخار [المواطنين]": a sound plural agrees with no singular field; it is the verb's object.
    if (k.ends_with("ين") || k.ends_with("ون"))
        && !(prev.key.ends_with("ين") || prev.key.ends_with("ون"))
    {
        return false;
    }
    let feminine = k.ends_with('ه');
    feminine || !field_feminine
}

/// Adjectives a writer adds to a name, not part of it ("تنظيم القاعدة [الإرهابي]", "الجماعة [المحظورة]"),
/// normalised.
/// Words of time after "العام" that make it "the year" (normalised).
const TIME_AFTER_YEAR: [&str; 8] = [
    "الماضي",
    "المقبل",
    "الحالي",
    "الجاري",
    "القادم",
    "المنصرم",
    "الدراسي",
    "المالي",
];

/// Adjectives that describe a group or a body from outside (terrorist, extremist, armed, banned, so-called,
/// dissolved, leftist, rightist, hard-line, separatist), and the participle of belonging ("مستشفى الملك فهد
/// [التابع] لوزارة الصحة"), normalised: after the name they end it.
const DESCRIPTIVE: [&str; 22] = [
    "التابع",
    "التابعه",
    "اليساري",
    "اليساريه",
    "اليميني",
    "اليمينيه",
    "المتشدد",
    "المتشدده",
    "الانفصالي",
    "الانفصاليه",
    "الارهابي",
    "الارهابيه",
    "المتطرف",
    "المتطرفه",
    "المسلح",
    "المسلحه",
    "المحظور",
    "المحظوره",
    "المزعوم",
    "المزعومه",
    "المنحل",
    "المنحله",
];

/// A word that may be a proper name right after a head word: not a stop word, adjective, or imperfect verb.
fn is_proper_like(ctx: &Context<'_>, i: usize) -> bool {
    is_name_word(ctx, i)
        && ctx.words.get(i).is_some_and(|w| {
            !w.key.starts_with('ي') || super::names::foreign_in_verb_letter(ctx, &w.key)
        })
        && !prepositional_place(ctx, i)
}

/// True when word `i` is "بـ"/"لـ" on a place word or a known place ("مدرسة [بحي] الأمانة", "فرع [بجدة]"): where
/// the body is, not its name.
fn prepositional_place(ctx: &Context<'_>, i: usize) -> bool {
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
fn rare_place_word(ctx: &Context<'_>, i: usize) -> bool {
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
                        && super::names::rare_plain_name(ctx, j + 1) =>
                {
                    let mut end = j + 2;
                    while end < j + 3
                        && joined(ctx, end - 1)
                        && super::names::rare_plain_name(ctx, end)
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

/// A body's mission or office abroad, named with the body and where it serves: "بعثة [الأمم المتحدة] في مالي",
/// "مكتب [الاتحاد الأوروبي] في القاهرة". The head is a name only before a listed organisation; the place joins with
/// "في" when the lists know it.
pub struct MissionRule;

/// First words of foreign place names that need the next word (normalised): New, San, Saint, Santa, Los, Las,
/// Port.
const FOREIGN_PLACE_OPENERS: [&str; 8] =
    ["نيو", "سان", "سانت", "سانتا", "لوس", "لاس", "بورت", "سانتو"];

/// Cardinal numbers written as words (normalised), which count and name nothing ("فندق خمس نجوم").
const CARDINALS: [&str; 10] = [
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
const MINISTRY_FIELDS: [&str; 2] = ["الخارجيه", "الداخليه"];

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
const COMMON_MINISTRY_FIELDS: [&str; 11] = [
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
const FEMININE_REPORTING: [&str; 16] = [
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
fn after_reporting_verb(ctx: &Context<'_>, i: usize) -> bool {
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
fn ministry_position(ctx: &Context<'_>, i: usize, skip: usize) -> bool {
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

/// A district placed by its side of a known place: "بمنطقة [الشعب] شمال العاصمة", "منطقة [علاوي الحلة] وسط
/// بغداد", "قضاء [المسيب] جنوب بغداد", "ناحية [العلم] الواقعة شرق تكريت". The generic word stays out of the name,
/// as with "منطقة مكة المكرمة"; a compass word and a place after the name tell it is one, though no list knows it.
/// An indefinite frequent word or feminine adjective there is the district's kind ("منطقة عازلة شمال سوريا").
pub struct LocatedDistrictRule;

/// Generic words of a district (normalised), left out of its name.
const DISTRICT_WORDS: [&str; 3] = [REGION, "قضاء", "ناحيه"];

/// Compass words that place a district (normalised).
const SIDES: [&str; 9] = [
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
const PLACE_STANDINS: [&str; 7] = [
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
const BEFORE_NEIGHBOURHOOD: [&str; 18] = [
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
const BEFORE_COUNTRY: [&str; 22] = [
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
        let place_flag = |w: &super::Word| {
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
                    (end + 1..close).all(|k| ctx.words.get(k).is_some_and(super::Word::is_wordlike))
                        && !ctx.is_stop(end + 1)
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
const MISSION_HEADS: [&str; 3] = ["بعثه", "مكتب", "ممثليه"];

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

/// Heads of names that are no entities under the annotation rules (stock indices, leagues, cups, awards,
/// festivals; normalised):
/// a name nested in them is part of that name ("دوري [عبد اللطيف جميل]", "جائزة [الملك فيصل]").
const MISC_HEADS: [&str; 10] = [
    "موشر",
    "دوري",
    "كاس",
    "جايزه",
    "بطوله",
    "مسابقه",
    "مهرجان",
    "وسام",
    "قلاده",
    "ماراثون",
];

/// True when a candidate starting at word `i` (with nothing of the word left out) continues the name of a league,
/// cup, award or festival: the word before it is such a head, or a title or "أبطال"/"أمم" after one ("جائزة
/// الملك [فيصل]", "دوري أبطال [آسيا]").
fn inside_misc_name(ctx: &Context<'_>, i: usize) -> bool {
    let misc_head = |j: usize| joined(ctx, j) && stem_among(ctx, j, &MISC_HEADS).is_some();
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    // "دوري أبطال [آسيا]", "كأس أمم [أفريقيا]": the champions or nations of a place name the competition.
    let competitors = ctx
        .words
        .get(prev)
        .is_some_and(|w| matches!(w.key.as_str(), "ابطال" | "امم"));
    misc_head(prev)
        || ((competitors
            || match_at(ctx, prev, Flags::TITLE).is_some_and(|t| t.skip == 0 && t.words == 1))
            && prev.checked_sub(1).is_some_and(misc_head))
}

/// Drops the candidates that are part of a league's, cup's, award's or festival's name: under the annotation rules
/// such names are no entities, and a name nested in one is not listed unless it also stands alone.
pub fn drop_misc_nested(ctx: &Context<'_>, candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates
        .into_iter()
        .filter(|c| {
            let i = ctx.words.partition_point(|w| w.span.end <= c.span.start);
            let starts_word = ctx
                .words
                .get(i)
                .is_some_and(|w| w.span.start == c.span.start);
            !(starts_word && inside_misc_name(ctx, i))
        })
        .collect()
}

/// A listed company named after "سهم" (its share): "سهم [نوفوزيم]", "سهم [دويتشه بوست]", "سهم [سابك]". The plural
/// "أسهم" mostly goes with markets, sectors and descriptions ("أسهم المصارف"، "أسهم بخسة"); generic words after
/// the singular ("سهم الشركة") are no company either; a name cut by a dot ("كيه.بي.سي") is left to the tagger.
pub struct ShareRule;

impl Recognise for ShareRule {
    fn name(&self) -> &'static str {
        "share"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            if stem_among(ctx, i, &["سهم"]).is_none() || !joined(ctx, i) {
                continue;
            }
            let j = i + 1;
            let Some(next) = ctx.words.get(j) else { break };
            let known = ctx.lexicon.flags(&next.key);
            // A place, a nationality or a frequent word is the market or the sector ("أسهم أوروبا",
            // "الأسهم الأوروبية", "سهم الشركة"); a head word starts its own rule's name.
            let heads = Flags::ORG_HEAD
                .union(Flags::ORG_HEAD_OUT)
                .union(Flags::ORG_HEAD_NAME)
                .union(Flags::PLACE_HEAD)
                .union(Flags::PLACE_HEAD_OUT)
                .union(Flags::LOC)
                .union(Flags::TOWN)
                .union(Flags::NATIONALITY)
                .union(Flags::TITLE);
            if known.intersects(heads)
                || ctx.lexicon.is_common_word(&next.key)
                || ctx.is_stop(j)
                || next.key.starts_with("لل")
            {
                continue;
            }
            let end = if next.key.starts_with("ال") {
                j + 1
            } else {
                // "سهم إعمار [عاد ليستعيد]", "سهم أملاك [بمعاملات]": the sentence goes on after the name in
                // frequent words, whole or behind a preposition, or a noun with its possessor ("قائمتي").
                let run = proper_run(ctx, j);
                (j + 1..run)
                    .find(|&k| !share_name_word(ctx, k))
                    .unwrap_or(run)
            };
            let cut = ctx.words.get(end).is_some()
                && ctx.raw(end) == "."
                && joined(ctx, end - 1)
                && joined(ctx, end);
            if end == j || cut {
                continue;
            }
            if let Some(span) = words_span(ctx, j, 0, end) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// True when word `k` may go on a company's name after "سهم": no word of four letters or more behind a
/// preposition ("لضغوط", "بمعاملات") that no list knows, no frequent noun in "ة" in construct ("قائمتي"), no frequent word of three letters (a verb:
/// "عاد"); foreign name words stay ("دويتشه [بوست]").
fn share_name_word(ctx: &Context<'_>, k: usize) -> bool {
    ctx.words.get(k).is_some_and(|w| {
        let common = |key: &str| ctx.lexicon.is_common_word(key);
        let construct = w
            .key
            .strip_suffix("تي")
            .is_some_and(|stem| common(&format!("{stem}ه")));
        let prepositional = (w.key.starts_with('ب') || w.key.starts_with('ل'))
            && ctx.lexicon.flags(&w.key) == Flags::default()
            && w.stems
                .iter()
                .any(|s| s.skip > 0 && s.key.chars().count() >= 4);
        let short_verb = w.key.chars().count() == 3 && common(&w.key);
        !(construct || prepositional || short_verb)
    })
}

/// A road, bridge, tunnel, junction or roundabout named with a rare definite word ("دوار [اللؤلؤة]", "نفق
/// [النهضة]"): the head stays in the name, as with streets; and a planned district or a Bedouin settlement after
/// "مخطط" or "هجرة" ("مخطط [الحمدانية]", "هجرة [العطيف]"), whose head is left out, as after "حي". All these heads
/// are also common nouns ("طريق السلام", "مخطط التقسيم", "هجرة العقول"): only a definite word that no list knows
/// and that is not frequent names the place.
pub struct LandmarkRule;

/// Heads kept in the name (normalised): roundabout, bridge, tunnel, junction, flyover. ("طريق" was measured too:
/// "عن طريق الامتصاص" is "by means of", and a road is mostly named by the places it joins, "طريق السيل".)
const LANDMARK_HEADS: [&str; 5] = ["دوار", "جسر", "نفق", "تقاطع", "كوبري"];

/// Heads left out of the name (normalised): a planned district, a Bedouin settlement.
const SETTLEMENT_HEADS: [&str; 2] = ["مخطط", "هجره"];

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
