//! Pass 2, candidates: every statement the article may hold. Takes the context and the marks pass's pairs; gives
//! [`Candidates`]: the body's drafts and the headline drafts, overlapping freely (the select pass keeps one per
//! span).
//!
//! The finders run in a fixed order, each reading what the ones before gave:
//! - `reported`: reporting verbs to their content; links a clause to the quote in marks it leads into, and
//!   absorbs a quote inside reported content;
//! - `attribution`: the clause before "، بحسب فلان" that no reporting verb claimed, and what a text says ("وجاء
//!   في البيان أن"); links the text to a quote in marks it leads into;
//! - `marked`: the statements in marks no reported statement absorbed, with the linked speaker or one found
//!   around the marks;
//! - `interview`: an interview's answers, the interviewee's own words (the drafts inside its questions dropped);
//! - `headline`: "Speaker: statement" in headings, knowing the speakers the body named.

mod attribution;
mod headline;
mod interview;
mod marked;
mod reported;

use super::context::Ctx;
use super::draft::{Candidates, Marked};

pub(super) use marked::is_hakadha;

/// Finds the candidate statements of the document.
pub(crate) fn find(ctx: &Ctx, mut marks: Vec<Marked>) -> Candidates {
    let mut body = reported::find(ctx, &mut marks);
    let attributed = attribution::find(ctx, &body, &mut marks);
    body.extend(attributed);
    body.extend(marked::drafts(ctx, &marks));
    let answers = interview::find(ctx, &mut body);
    body.extend(answers);
    let headlines = headline::find(ctx, &body);
    Candidates { body, headlines }
}
