//! Companies: a legal-form suffix, a field of business, a national company, a founding family.

use super::{
    Candidate, Context, EntityLabel, Flags, Prev, Recognise, Recogniser, TokenKind, candidate,
    continues_name, is_name_word, is_proper_like, joined, match_at, org_complement_after,
    proper_run, stem_among, words_span,
};

/// True when word `start`, right after the indefinite company head at `head` ("شركة", "مجموعة"), is a family
/// name of the relative form: definite, masculine in "ي", of four letters or more after the article, and no
/// frequent word, place, nationality, title or stop word ("شركة الراجحي", not "شركة السعودي" or "شركة التأمين").
pub(super) fn family_after_company_head(ctx: &Context<'_>, head: usize, start: usize) -> bool {
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
                        || super::super::names::rare_plain_name(ctx, k)
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

/// A company named with its legal or trade suffix: "المملكة القابضة", "ميجي هولدنجز", "سوني كوربوريشن". The name
/// is the suffix with up to three name words before it (one definite word before an Arabic suffix).
pub struct CompanySuffixRule;

/// Company suffixes (normalised): Arabic "holding", "limited"; transliterated Holdings, Corporation, Group, Inc,
/// Motors, Airlines, Airways, Technologies, International, Capital, Petroleum, Pharma, Systems, Energy.
pub(super) const COMPANY_SUFFIXES: [&str; 20] = [
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

/// Indefinite feminine adjectives (normalised) that describe a company of a kind: its size, its standing, its
/// ownership or its field ("شركة أدوية كبرى", "شركة مقاولات محلية").
pub(super) const COMPANY_ADJECTIVES: &[&str] = &[
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
pub(super) fn company_adjective(ctx: &Context<'_>, i: usize) -> bool {
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

/// The end of a name followed by its field from word `start` ("[الصفوة للإسمنت]", "[سامسونج للإلكترونيات
/// والأجهزة]"): one definite word or a run of proper-name words, then a "لل" word (and a "وال" word after it).
pub(super) fn name_with_field(ctx: &Context<'_>, start: usize) -> Option<usize> {
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
pub(super) fn field_end(ctx: &Context<'_>, mut end: usize) -> usize {
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
pub(super) const COMPANY_FIELDS: [&str; 30] = [
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
