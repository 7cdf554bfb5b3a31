//! Attributed statements (part of the candidates pass): "...، بحسب ما يقول المنتجون", "...، وفقا لوزارة الصحة":
//! the clause before the comma is what a named source said. Takes the reported drafts and the marks (a clause they
//! already hold is not taken again); gives attributed drafts.

use crate::analysis::quotes::context::{COMMAS, Ctx};
use crate::analysis::quotes::draft::{Draft, Marked, Who};
use crate::analysis::quotes::{cues, lexicon, speaker};
use crate::analysis::{EntityLabel, QuoteKind};
use crate::span::Span;

/// Words that attribute what precedes them (normalised).
const ATTRIBUTIONS: &[&str] = &["بحسب", "حسب", "حسبما", "وفقا", "وفق", "طبقا"];

/// How many tokens after the attribution word (and its verb) the source's name is read from.
const SOURCE_ZONE: usize = 8;

/// The clause before the comma has at least this many tokens to be a statement.
const CLAUSE_MIN_TOKENS: usize = 3;

/// Finds attributed statements that no reporting verb has already claimed.
pub(super) fn find(ctx: &Ctx, taken: &[Draft], marked: &[Marked]) -> Vec<Draft> {
    let mut out = Vec::new();
    for i in 2..ctx.toks.len() {
        let Some((cue, source_start)) = attribution_at(ctx, i) else {
            continue;
        };
        let mut end = source_start;
        while end < ctx.toks.len() && end - source_start < SOURCE_ZONE && !ctx.ends_sentence(end) {
            end += 1;
        }
        let who = speaker::after_cue(ctx, source_start, end);
        if !credible(ctx, &who) {
            continue;
        }
        let Some(span) = clause_before(ctx, i) else {
            continue;
        };
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

/// "، بحسب" at token `i`, outside the quotes in marks: the cue (the attribution word, or the verb in "بحسب ما
/// يقول", "حسبما أفادت") and the token where the source's name starts.
fn attribution_at(ctx: &Ctx, i: usize) -> Option<(Span, usize)> {
    let (Some(word), Some(comma)) = (
        ctx.toks.get(i),
        i.checked_sub(1).and_then(|p| ctx.toks.get(p)),
    ) else {
        return None;
    };
    let bare = word
        .key
        .as_str()
        .strip_prefix('و')
        .unwrap_or(word.key.as_str());
    if !ATTRIBUTIONS.contains(&bare) || !comma.is_punct(COMMAS) || ctx.inside(i).is_some() {
        return None;
    }
    let mut k = i + 1;
    let mut cue = word.span;
    let relative = ctx.toks.get(k).is_some_and(|x| x.key.as_str() == "ما");
    if relative {
        k += 1;
    }
    if (relative || bare == "حسبما")
        && let Some(v) = ctx
            .toks
            .get(k)
            .filter(|v| cues::lookup(v.key.as_str()).is_some())
    {
        cue = v.span;
        k += 1;
    }
    Some((cue, k))
}

/// The clause from the start of the sentence to the comma before the attribution word at token `i`.
fn clause_before(ctx: &Ctx, i: usize) -> Option<Span> {
    let start = ctx.sentence_start(i);
    let (Some(first), Some(last)) = (ctx.toks.get(start), ctx.toks.get(i - 2)) else {
        return None;
    };
    if start + CLAUSE_MIN_TOKENS > i - 1 {
        return None;
    }
    Some(Span::new(first.span.start, last.span.end))
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
            !title.is_empty() || first.is_some_and(|t| lexicon::is_people_plural(t.key.as_str()))
        }
        _ => false,
    }
}
