//! Two bodies named after one head in the dual: "ناديي [تشلسي] و[ليفربول]", "صحيفتي [الحياة] و[الشرق
//! الأوسط]". The dual head (in construct) governs both names, so neither has a head of its own before it; the
//! first ends where "و" opens the second. (Places after a dual or plural place word are `heads::PlaceListRule`'s.)

use super::lexicon::Flags;
use super::names::continues_name;
use super::rules::{candidate, joined, match_at, words_span};
use super::{Candidate, Context, Recognise};
use crate::analysis::{EntityLabel, Recogniser};

/// Dual heads of bodies, whose names are the bodies ("ناديي", "فريقي", "صحيفتي", "وكالتي").
const BODY_DUALS: [&str; 8] = [
    "ناديي",
    "فريقي",
    "شركتي",
    "صحيفتي",
    "جريدتي",
    "مجلتي",
    "وكالتي",
    "قناتي",
];

/// The most words of one name the rule reads without a list.
const MAX_NAME_WORDS: usize = 3;

/// Two names after a dual head.
pub struct DualHeadRule;

impl Recognise for DualHeadRule {
    fn name(&self) -> &'static str {
        "dual-head"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(w) = ctx.words.get(i) else { break };
            if !w.stems.iter().any(|s| BODY_DUALS.contains(&s.key.as_str())) {
                continue;
            }
            if let Some((first, second)) = two_names(ctx, i + 1) {
                for (start, skip, end) in [first, second] {
                    if let Some(span) = words_span(ctx, start, skip, end) {
                        out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.7, 1));
                    }
                }
            }
        }
        out
    }
}

/// A name as (first word, clitic bytes skipped, end word exclusive).
type Name = (usize, usize, usize);

/// The two names from word `j` on: the first runs up to the word that opens with "و", the second is that word
/// without it (and the words of its list entry, or as many name words as the first has at most). Both must read
/// as names.
fn two_names(ctx: &Context<'_>, j: usize) -> Option<(Name, Name)> {
    // "و" opens the second name within a few words; every word before it is joined to the next.
    let mut k = j;
    loop {
        let w = ctx.words.get(k)?;
        if k > j && w.key.starts_with('و') && w.stems.iter().any(|s| s.skip > 0) {
            break;
        }
        if k == j + MAX_NAME_WORDS || !joined(ctx, k) {
            return None;
        }
        k += 1;
    }
    // The first name: exactly a list entry, or name words.
    let first_listed = match_at(ctx, j, KNOWN).is_some_and(|m| m.skip == 0 && m.words == k - j);
    let nisba_named = k - j >= 2 && nisba(ctx, k - 1);
    if !(first_listed || (j..k).all(|x| name_word(ctx, x, 0, x == j && !nisba_named))) {
        return None;
    }
    // The second name: its list entry, or name words.
    let w = ctx.words.get(k)?;
    let skip = w
        .stems
        .iter()
        .find(|s| s.skip > 0 && w.key.strip_prefix('و') == Some(s.key.as_str()))?
        .skip;
    let end = match match_at(ctx, k, KNOWN) {
        Some(m) if m.skip == skip => k + m.words,
        _ if name_word(ctx, k, skip, !nisba_named) => {
            let mut e = k + 1;
            while e < k + (k - j) && joined(ctx, e - 1) && name_word(ctx, e, 0, false) {
                e += 1;
            }
            // "والدفاع [الجديدي]": a name of frequent words is a club's only with its town's adjective.
            if nisba_named && !(e > k + 1 && nisba(ctx, e - 1)) && !name_word(ctx, k, skip, true) {
                return None;
            }
            e
        }
        _ => return None,
    };
    Some(((j, 0, k), (k, skip, end)))
}

/// True when word `i` is a definite relative adjective that is no nationality, the town a club is named with
/// ("الرجاء [البيضاوي]", "الكوكب [المراكشي]"): a club's name may then open with a frequent word.
fn nisba(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words.get(i).is_some_and(|w| {
        w.key.starts_with("ال")
            && w.key.ends_with('ي')
            && w.key.chars().count() >= 5
            && !ctx.lexicon.flags(&w.key).intersects(Flags::NATIONALITY)
            && !ctx.lexicon.is_common_word(&w.key)
    })
}

/// Lists that know a body's name: organisations, and the places clubs are named after ("برشلونة").
const KNOWN: Flags = Flags::ORG.union(Flags::LOC).union(Flags::TOWN);

/// True when word `k`, after `skip` clitic bytes, may be a word of a body's name that no list holds: no stop
/// word, title, nationality or adjective of bodies, no frequent word led by a preposition ("لقصف"); the first
/// word of a name is no frequent word either, unless it is a club's ("الوحدة").
fn name_word(ctx: &Context<'_>, k: usize, skip: usize, first: bool) -> bool {
    let Some(w) = ctx.words.get(k) else {
        return false;
    };
    let Some(stem) = w.stems.iter().find(|s| s.skip == skip) else {
        return false;
    };
    let not_name = Flags::NATIONALITY
        .union(Flags::TITLE)
        .union(Flags::ORG_ADJ)
        .union(Flags::STOP);
    let common = |key: &str| ctx.lexicon.is_common_word(key) || ctx.is_common_noun(key);
    w.is_wordlike()
        && !w.stop
        && stem.key.chars().count() >= 3
        && !ctx.lexicon.flags(&stem.key).intersects(not_name)
        && !(first && common(&stem.key) && !ctx.lexicon.is_club(&stem.key))
        && (skip > 0 || continues_name(ctx, k))
        && !w.stems.iter().any(|s| s.skip > skip && common(&s.key))
}
