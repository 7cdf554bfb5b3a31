//! Attributed statements (part of the candidates pass): "...، بحسب ما يقول المنتجون", "...، وفقا لوزارة الصحة":
//! the clause before the comma is what a named source said. Takes the reported drafts and the marks (a clause they
//! already hold is not taken again); gives attributed drafts.

use crate::analysis::quotes::context::Ctx;
use crate::analysis::quotes::draft::{Draft, Marked, Who};
use crate::analysis::quotes::{cues, lexicon, speaker};
use crate::analysis::{EntityLabel, QuoteKind};
use crate::span::Span;

/// Words that attribute what precedes them (normalised).
const ATTRIBUTIONS: &[&str] = &["بحسب", "حسب", "حسبما", "وفقا", "وفق", "طبقا"];

/// Finds attributed statements that no reporting verb has already claimed.
pub(super) fn find(ctx: &Ctx, taken: &[Draft], marked: &[Marked]) -> Vec<Draft> {
    let mut out = Vec::new();
    for i in 2..ctx.toks.len() {
        let (Some(word), Some(comma)) = (ctx.toks.get(i), ctx.toks.get(i - 1)) else {
            continue;
        };
        let bare = word.norm.strip_prefix('و').unwrap_or(&word.norm);
        if !ATTRIBUTIONS.contains(&bare)
            || !comma.is_punct(&["،", ","])
            || ctx.inside.get(i).copied().flatten().is_some()
        {
            continue;
        }
        // "بحسب ما يقول", "حسبما أفادت": the verb is the cue; else the attribution word is.
        let mut k = i + 1;
        let mut cue = word.span;
        let relative = ctx.toks.get(k).is_some_and(|x| x.norm == "ما");
        if relative {
            k += 1;
        }
        if (relative || bare == "حسبما")
            && let Some(v) = ctx.toks.get(k).filter(|v| cues::lookup(&v.norm).is_some())
        {
            cue = v.span;
            k += 1;
        }
        let mut end = k;
        while end < ctx.toks.len() && end - k < 8 && !ctx.ends_sentence(end) {
            end += 1;
        }
        let who = speaker::after_cue(ctx, k, end);
        if !credible(ctx, &who) {
            continue;
        }
        let start = ctx.sentence_start(i);
        let (Some(first), Some(last)) = (ctx.toks.get(start), ctx.toks.get(i - 2)) else {
            continue;
        };
        if start + 3 > i - 1 {
            continue;
        }
        let span = Span::new(first.span.start, last.span.end);
        let claimed = taken.iter().any(|d| d.span.overlaps(span))
            || marked
                .iter()
                .any(|m| m.statement && !m.absorbed && m.content.overlaps(span));
        if claimed {
            continue;
        }
        out.push(Draft {
            kind: QuoteKind::Indirect,
            span,
            cue: Some(cue),
            who,
            priority: Draft::REPORTED,
        });
    }
    out
}

/// A source worth a statement: a person or organisation, a plural of people, or a titled name; not a poll or a
/// report ("بحسب استطلاع للرأي").
fn credible(ctx: &Ctx, who: &Who) -> bool {
    match who {
        Who::Named {
            entity: Some(e), ..
        } => ctx
            .entities
            .get(*e)
            .is_some_and(|e| matches!(e.label, EntityLabel::Per | EntityLabel::Org)),
        Who::Named { span, title, .. } => {
            let first = ctx.toks.get(ctx.tok_at(span.start));
            !title.is_empty() || first.is_some_and(|t| lexicon::is_people_plural(&t.norm))
        }
        _ => false,
    }
}
