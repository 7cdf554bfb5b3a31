//! Movements named for the place they would free: "[حركة تحرير السودان]", "[جبهة تحرير أزواد]", "[الجبهة الشعبية
//! لتحرير فلسطين]". The place is the name's last word, not a place of the sentence; "حركة" (movement, traffic) is
//! no head of its own, so the verbal noun between it and a known place is what makes the name.

use super::lexicon::Flags;
use super::rules::{candidate, joined, match_at, stem_among, words_span};
use super::{Candidate, Context, Recognise};
use crate::analysis::{EntityLabel, Recogniser};

/// Bodies that take such a name (normalised), indefinite ("حركة تحرير ...") and definite ("الجبهة الشعبية
/// لتحرير ...").
const HEADS: [&str; 14] = [
    "حركه",
    "جبهه",
    "جيش",
    "هيئه",
    "منظمه",
    "حزب",
    "جماعه",
    "الحركه",
    "الجبهه",
    "الجيش",
    "الهيئه",
    "المنظمه",
    "الحزب",
    "الجماعه",
];

/// The verbal nouns of freeing and saving, in construct after an indefinite head (normalised).
const IN_CONSTRUCT: [&str; 3] = ["تحرير", "انقاذ", "استقلال"];

/// The same with "لـ" after a definite head and its adjectives.
const WITH_LAM: [&str; 3] = ["لتحرير", "لانقاذ", "لاستقلال"];

/// Most adjectives between a definite head and "لتحرير" ("الجبهة [الشعبية الديمقراطية] لتحرير").
const MAX_ADJECTIVES: usize = 2;

/// A body named for freeing a known place.
pub struct MovementRule;

impl Recognise for MovementRule {
    fn name(&self) -> &'static str {
        "movement"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(head) = stem_among(ctx, i, &HEADS) else {
                continue;
            };
            let definite = head.key.starts_with("ال");
            let mut j = i + 1;
            if definite {
                // "الجبهة الشعبية لتحرير": definite adjectives, then the verbal noun with "لـ".
                while j < i + 1 + MAX_ADJECTIVES
                    && joined(ctx, j - 1)
                    && ctx
                        .words
                        .get(j)
                        .is_some_and(|w| w.key.starts_with("ال") && !w.stop)
                {
                    j += 1;
                }
            }
            let nouns: &[&str] = if definite { &WITH_LAM } else { &IN_CONSTRUCT };
            let verbal = ctx
                .words
                .get(j)
                .is_some_and(|w| nouns.contains(&w.key.as_str()));
            if !verbal || !joined(ctx, j - 1) || !joined(ctx, j) {
                continue;
            }
            let Some(place) = match_at(ctx, j + 1, Flags::LOC).filter(|m| m.skip == 0) else {
                continue;
            };
            if let Some(span) = words_span(ctx, i, head.skip, j + 1 + place.words) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
            }
        }
        out
    }
}
