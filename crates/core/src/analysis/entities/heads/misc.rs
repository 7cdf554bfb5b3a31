//! Names that are not entities (leagues, awards, programmes) and shares of a listed company.

use super::{
    Candidate, Context, EntityLabel, Flags, Recognise, Recogniser, candidate, joined, match_at,
    proper_run, stem_among, words_span,
};

/// Heads of names that are no entities under the annotation rules (stock indices, leagues, cups, awards,
/// festivals; normalised):
/// a name nested in them is part of that name ("دوري [عبد اللطيف جميل]", "جائزة [الملك فيصل]").
pub(super) const MISC_HEADS: [&str; 10] = [
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
pub(super) fn inside_misc_name(ctx: &Context<'_>, i: usize) -> bool {
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
pub(super) fn share_name_word(ctx: &Context<'_>, k: usize) -> bool {
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
