//! Rules: a person after a title, a lineage ("بن", "ابن"), a kunya ("أبو").

use super::{
    ALTERNATIVES, Candidate, Context, EntityLabel, Flags, Recognise, Recogniser, abbreviated_title,
    ali_as_preposition, bare_name_tail, bare_name_with_family, candidate, extend_lineage,
    extend_name, given_at, is_name_word, joined, match_at, plausible_bare_name, words_span,
};

/// Places named after a person (normalised) that no head list holds: a park, a hall, a square, a bridge, a tunnel, a
/// tower, a roundabout, a complex. "حديقة [الملك عبدالله]" names the park. (A mosque, a school, a "ميدان" are heads
/// of the lists: their rules name the place whole.)
const NAMED_AFTER_HEADS: [&str; 10] = [
    "حديقه",
    "منتزه",
    "متنزه",
    "قاعه",
    "ساحه",
    "جسر",
    "نفق",
    "برج",
    "دوار",
    "مجمع",
];

/// True when the word (normalised, maybe after "و") is a head of [`NAMED_AFTER_HEADS`].
pub(crate) fn named_after_head(key: &str) -> bool {
    NAMED_AFTER_HEADS.contains(&key.strip_prefix('و').unwrap_or(key))
}

/// A title ("الرئيس", "وزير الخارجية الروسي") before a name: the name is a person.
pub struct TitleRule;

impl Recognise for TitleRule {
    fn name(&self) -> &'static str {
        "title"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(words) = match_at(ctx, i, Flags::TITLE)
                .map(|m| m.words)
                .or_else(|| abbreviated_title(ctx, i))
            else {
                continue;
            };
            // "حديقة الملك عبدالله", "قاعة الأمير سلطان": a place named after a titled person; the person is part of
            // its name, not mentioned.
            let named_after = i
                .checked_sub(1)
                .filter(|&p| joined(ctx, p))
                .and_then(|p| ctx.words.get(p))
                .is_some_and(|p| named_after_head(&p.key));
            if named_after {
                continue;
            }
            let mut j = i + words;
            // The title's complement: "وزير [الخارجية الروسي]", "رئيس [الوزراء الإسرائيلي]".
            let mut skipped = 0;
            while skipped < 5 && joined(ctx, j - 1) {
                let Some(w) = ctx.words.get(j) else { break };
                // "كبير الاقتصاديين [في] وكالة الطاقة الدولية فاتح بيرول": the body the title holder works in.
                if w.key == "في"
                    && joined(ctx, j)
                    && let Some(n) = match_at(ctx, j + 1, Flags::ORG).filter(|n| n.skip == 0)
                {
                    j += 1 + n.words;
                    skipped += 1;
                    continue;
                }
                if !w.is_wordlike() || (ctx.is_stop(j) && w.key != "لدي") || given_at(ctx, j) > 0
                {
                    break;
                }
                // "الرئيس التنفيذي [لشركة stc] فلان": the body the title holder heads, named in Latin letters
                // or as the lists know it, after "لـ" + a body's head.
                if let Some(n) = lam_body(ctx, j) {
                    j += n;
                    skipped += 1;
                    continue;
                }
                if let Some(n) = match_at(ctx, j, Flags::LOC.union(Flags::ORG).union(Flags::TITLE))
                {
                    j += n.words;
                } else if w.key.starts_with("ال")
                    || w.key.starts_with("لل")
                    || ctx.lexicon.flags(&w.key).contains(Flags::NATIONALITY)
                {
                    j += 1;
                } else if w.key == "لدي"
                    && joined(ctx, j)
                    && ctx.words.get(j + 1).is_some_and(|n| {
                        n.key.starts_with("ال")
                            || match_at(ctx, j + 1, Flags::LOC.union(Flags::ORG))
                                .is_some_and(|m| m.skip == 0)
                    })
                {
                    // "سفير الولايات المتحدة [لدى] المملكة ...": the posting is part of the title. An unknown
                    // indefinite word after it is the holder's employer ("المحلل لدى بتروماتريكس"), no name.
                    j += 1;
                } else if joined(ctx, j)
                    && match_at(ctx, j + 1, Flags::LOC).is_some_and(|n| n.skip == 0)
                {
                    // "رئيس [وزراء إسرائيل]": an indefinite noun in construct with a place.
                    j += 1;
                } else if joined(ctx, j)
                    && match_at(
                        ctx,
                        j,
                        Flags::ORG_HEAD
                            .union(Flags::ORG_HEAD_OUT)
                            .union(Flags::ORG_HEAD_NAME),
                    )
                    .is_some_and(|h| h.skip == 0 && h.words == 1)
                    && ctx
                        .words
                        .get(j + 1)
                        .is_some_and(|n| n.key.starts_with("ال"))
                {
                    // "رئيس [نادي] الاتحاد فلان": a body's head in construct with its definite name.
                    j += 1;
                } else {
                    break;
                }
                skipped += 1;
            }
            if !joined(ctx, j - 1) || !is_name_word(ctx, j) {
                continue;
            }
            if ctx.words.get(j).is_some_and(|w| w.key.starts_with("ال")) && given_at(ctx, j) == 0
            {
                continue;
            }
            let given = given_at(ctx, j);
            // "أكد المدرب علي [أهمية]": the preposition in a text that writes "على" as "علي".
            if given == 1 && ali_as_preposition(ctx, j) {
                continue;
            }
            let with_family = given == 0 && bare_name_with_family(ctx, j);
            if given == 0 && !with_family && !plausible_bare_name(ctx, j) {
                continue;
            }
            let end = if with_family {
                j + 2
            } else if given > 0 {
                extend_name(ctx, j + given, true)
            } else {
                // "رميح [بن محمد الرميح]": a lineage chain, else a foreign family name.
                let chained = extend_name(ctx, j + 1, false);
                if chained > j + 1 {
                    chained
                } else {
                    bare_name_tail(ctx, j + 1)
                }
            };
            let confidence = if given > 0 { 0.85 } else { 0.75 };
            if let Some(span) = words_span(ctx, j, 0, end) {
                out.push(candidate(
                    span,
                    EntityLabel::Per,
                    Recogniser::Rule,
                    confidence,
                    3,
                ));
            }
        }
        out
    }
}

/// The words of "لـ" + a body's head + its name in Latin letters or as the lists know it ("لشركة stc", "لمجموعة
/// MBC", "لشركة أرامكو") at word `j`, if they are there.
pub(super) fn lam_body(ctx: &Context<'_>, j: usize) -> Option<usize> {
    let w = ctx.words.get(j)?;
    let head = w.stems.iter().any(|s| {
        s.skip > 0
            && ctx.raw(j).starts_with('ل')
            && !s.key.starts_with("ال")
            && ctx
                .lexicon
                .flags(&s.key)
                .intersects(Flags::ORG_HEAD.union(Flags::ORG_HEAD_NAME))
    });
    if !head || !joined(ctx, j) {
        return None;
    }
    let latin = |k: usize| {
        ctx.words
            .get(k)
            .is_some_and(|n| n.kind == crate::analysis::tokens::TokenKind::Latin)
    };
    let name = if latin(j + 1) {
        let mut k = j + 1;
        while k < j + 4 && latin(k) && joined(ctx, k - 1) {
            k += 1;
        }
        k - (j + 1)
    } else {
        match_at(ctx, j + 1, Flags::ORG)
            .filter(|m| m.skip == 0)?
            .words
    };
    (name > 0 && joined(ctx, j + name)).then_some(1 + name)
}

/// A name no list knows, linked by "بن"/"بنت" to a name ("صقر بن محمد القاسمي", "نمر بن عبدالله"): the lineage
/// marks the first word as a person's given name ("ابن" also means "son" and is left out: "ابن عمه").
pub struct LineageRule;

impl Recognise for LineageRule {
    fn name(&self) -> &'static str {
        "lineage"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let link = ctx
                .words
                .get(i + 1)
                .is_some_and(|w| w.key == "بن" || w.key == "بنت");
            if !link || !joined(ctx, i) || !joined(ctx, i + 1) || given_at(ctx, i) > 0 {
                continue;
            }
            let Some(w) = ctx.words.get(i) else { break };
            if w.key.starts_with("ال")
                || !is_name_word(ctx, i)
                || !is_name_word(ctx, i + 2)
                || w.kind != crate::analysis::tokens::TokenKind::Arabic
            {
                continue;
            }
            let end = extend_name(ctx, i + 1, true);
            if end <= i + 2 {
                continue;
            }
            // "وقال [بن دغر]", "وأكد [بن زايد]": a reporting verb is no given name; the person is known by the
            // lineage alone, as many are in the Gulf, Yemen and the Maghreb.
            if crate::analysis::quotes::cues::lookup(&w.key).is_some() {
                if let Some(span) = words_span(ctx, i + 1, 0, end) {
                    out.push(candidate(span, EntityLabel::Per, Recogniser::Rule, 0.7, 1));
                }
                continue;
            }
            // "[و]قابوس بن سعيد", "[و]حمد بن عيسى": the conjunction before the first name stays out.
            let skip = if w.key.starts_with('و') {
                w.stems
                    .iter()
                    .find(|s| {
                        s.skip > 0
                            && s.key.chars().count() >= 3
                            && w.key.strip_prefix('و') == Some(s.key.as_str())
                    })
                    .map_or(0, |s| s.skip)
            } else {
                0
            };
            if let Some(span) = words_span(ctx, i, skip, end) {
                out.push(candidate(span, EntityLabel::Per, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// A person called by a kunya, "father of" or "mother of" and a given name: "[أبو محمد]", "[أم خالد]", "[أبو
/// عبدالله الشمري]". A listed place or body that starts so ("أبو ظبي", "أم القرى") is no person; after a head word
/// ("جامعة أم القرى", "شارع أبو بكر") the kunya belongs to the place's or body's name. "أم" is also "or": not
/// after a given name ("محمد أم خالد", but "وأم" is no "or") nor in a question or an alternative ("هل", "سواء") shortly before.
pub struct KunyaRule;

impl Recognise for KunyaRule {
    fn name(&self) -> &'static str {
        "kunya"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(stem) = ctx.words.get(i).and_then(|w| {
                w.stems.iter().find(|s| {
                    matches!(s.key.as_str(), "ابو" | "ام")
                        && ctx
                            .raw(i)
                            .get(..s.skip)
                            .is_some_and(|p| p.is_empty() || p == "و" || p == "ف")
                })
            }) else {
                continue;
            };
            let given = given_at(ctx, i + 1);
            if !joined(ctx, i) || given == 0 {
                continue;
            }
            // "أبو ظبي", "أم القرى": a listed name over the kunya and the next word ("وأم" alone is the agency
            // WAM's spelling, no name over the kunya).
            if match_at(ctx, i, Flags::LOC.union(Flags::ORG).union(Flags::TOWN))
                .is_some_and(|l| l.words > 1)
            {
                continue;
            }
            let before = i
                .checked_sub(1)
                .filter(|&p| joined(ctx, p))
                .and_then(|p| ctx.words.get(p).map(|w| (p, w)));
            let heads = Flags::ORG_HEAD
                .union(Flags::ORG_HEAD_OUT)
                .union(Flags::ORG_HEAD_NAME)
                .union(Flags::ORG_HEAD_PLACE)
                .union(Flags::PLACE_HEAD)
                .union(Flags::PLACE_HEAD_OUT);
            if before.is_some_and(|(p, w)| {
                matches!(w.key.as_str(), "بن" | "ابن" | "بنت")
                    || match_at(ctx, p, heads).is_some()
                    || (stem.key == "ام" && stem.skip == 0 && given_at(ctx, p) > 0)
            }) {
                continue;
            }
            if stem.key == "ام"
                && stem.skip == 0
                && (i.saturating_sub(10)..i).any(|k| {
                    ctx.words
                        .get(k)
                        .is_some_and(|w| ALTERNATIVES.contains(&w.key.as_str()))
                })
            {
                continue;
            }
            // "حضرت أم محمد [الحفل]": a kunya names a relative, as "بن" does.
            let end = extend_lineage(ctx, i + 1 + given, true, true);
            if let Some(span) = words_span(ctx, i, stem.skip, end) {
                out.push(candidate(span, EntityLabel::Per, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}
