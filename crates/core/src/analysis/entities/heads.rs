//! Organisation and place rules: a head word ("وزارة", "شركة", "مدينة", "نهر") and the name it governs.
//!
//! Submodules, by kind of work: `bodies`, `sports`, `companies`, `complement`, `agreement`, `places`, `districts`, `misc`.

use super::aliases::OUTLET_CONFIDENCE;
use super::lexicon::Flags;
use super::names::{continues_name, given_at, is_name_word};
use super::rules::{OUTLET_KINDS, candidate, is_comma, joined, match_at, stem_among, words_span};
use super::{Candidate, Context, Recognise};
use crate::analysis::tokens::TokenKind;
use crate::analysis::{EntityLabel, Recogniser};

mod agreement;
mod bodies;
mod companies;
mod complement;
mod districts;
mod misc;
mod places;
mod sports;

use agreement::{
    DESCRIPTIVE, NAMED, described, feminine_definite_adjective, feminine_indefinite_adjective,
    feminine_indefinite_head, indefinite_adjective_shape, indefinite_relative_adjective,
    is_ordinal, is_proper_like, masculine_singular_head, nisba, participle_agreeing,
    qualifying_participle,
};
pub use bodies::*;
pub use companies::*;
use complement::{
    Prev, TIME_AFTER_FIELD, generic_body, head_is_definite, org_complement, org_complement_after,
    proper_run, with_previous,
};
pub use districts::*;
pub use misc::*;
pub use places::*;
pub use sports::*;

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
            if let Some(span) = national_company(ctx, i) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
                continue;
            }
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
            // "شركة [الصفوة للإسمنت]", "شركة [سامسونج للإلكترونيات]": a company's name with its field; not "أكبر
            // شركة مصدرة للنفط", where an adjective agreeing with the indefinite head says what kind it is. A word
            // with a long ا is a noun, which names companies ("شركة منارة للاستثمار").
            let kind = !head_is_definite(ctx, i, m.skip)
                && feminine_indefinite_adjective(ctx, start)
                && ctx.words.get(start).is_some_and(|w| !w.key.contains('ا'));
            if m.flags.contains(Flags::ORG_HEAD_NAME) && !kind {
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
            // "مركز بيانات", "مركز أبحاث": an indefinite head with one indefinite frequent word that no list knows
            // as a name is a kind of body ("a data centre"); "حركة فتح" is named by a listed word.
            let described = m.flags.contains(Flags::ORG_HEAD)
                && m.words == 1
                && end == start + 1
                && !head_is_definite(ctx, i, m.skip)
                && ctx.words.get(start).is_some_and(|w| {
                    !w.key.starts_with("ال")
                        && !w.key.starts_with("لل")
                        && ctx.lexicon.is_common_word(&w.key)
                        && !ctx.lexicon.flags(&w.key).intersects(NAMED)
                });
            if described {
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

/// "الشركة التونسية للكهرباء والغاز", "المجموعة الوطنية للاستثمار": the definite company head (no list head: "شركة"
/// heads a proper name) with its nationality and its field is one company's name; without the field it is "the
/// Tunisian company".
fn national_company(ctx: &Context<'_>, i: usize) -> Option<crate::analysis::Span> {
    let skip = ctx
        .words
        .get(i)?
        .stems
        .iter()
        .find(|s| matches!(s.key.as_str(), "الشركه" | "المجموعه"))?
        .skip;
    let national = ctx.words.get(i + 1).is_some_and(|w| {
        w.key == "الوطنيه"
            || (w.key.starts_with("ال") && ctx.lexicon.flags(&w.key).contains(Flags::NATIONALITY))
    });
    // "للمستثمرين", "للصحفيين": a plural of people (a participle or a relative adjective in "ين") after "لل" is
    // whom the company told, not its field ("للتأمين" is one).
    let field = ctx.words.get(i + 2).is_some_and(|w| {
        let k = w.key.as_str();
        let people = k.ends_with("يين") || (k.starts_with("للم") && k.ends_with("ين"));
        k.starts_with("لل") && !people
    });
    if !(national && field && joined(ctx, i) && joined(ctx, i + 1)) {
        return None;
    }
    let end = org_complement_after(ctx, i + 1, true, Prev::Head);
    (end > i + 2)
        .then(|| words_span(ctx, i, skip, end))
        .flatten()
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
