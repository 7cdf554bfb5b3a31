//! Pass 3, select: one statement per span. Takes the [`Candidates`]; gives the drafts sorted by start with no two
//! overlapping, ready for the speakers pass.

use super::draft::{Candidates, Draft, Who};

/// Merges the headline statements into the body's, sorts them and resolves overlaps.
pub(crate) fn one_per_span(candidates: Candidates) -> Vec<Draft> {
    let Candidates {
        body: mut drafts,
        headlines,
    } = candidates;
    merge_headlines(&mut drafts, headlines);
    drafts.sort_by_key(|d| (d.span.start, d.span.end));
    drop_overlaps(&mut drafts);
    drafts
}

/// Adds headline statements; a quote in marks inside a headline statement takes the headline's speaker instead.
fn merge_headlines(drafts: &mut Vec<Draft>, heads: Vec<Draft>) {
    for h in heads {
        if let Some(d) = drafts
            .iter_mut()
            .find(|d| d.priority == Draft::IN_MARKS && d.span.overlaps(h.span))
        {
            if matches!(d.who, Who::Unknown | Who::Implicit) {
                d.who = h.who;
            }
            continue;
        }
        drafts.push(h);
    }
}

/// Keeps the first of two overlapping statements (they are sorted by start).
fn drop_overlaps(drafts: &mut Vec<Draft>) {
    let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
    for d in drafts.drain(..) {
        if let Some(last) = kept.last() {
            if last.span.overlaps(d.span) {
                // A headline or direct quote is more certain than reported speech around it.
                if d.priority > last.priority && !d.span.is_empty() {
                    kept.pop();
                    kept.push(d);
                }
                continue;
            }
        }
        kept.push(d);
    }
    *drafts = kept;
}
