//! Addressees: the outlet or audience a statement is told to, written with ل after the reporting verb ("وقال
//! لصحيفة الحياة إن", "وأكد لرويترز أن"). The speaker is after it or the verb's implicit subject, never the outlet.

use super::context::{Ctx, is_quote_mark};
use crate::analysis::EntityLabel;

/// Outlets and audiences a statement is told to, written with ل before the verb's subject or instead of it ("وقال
/// لصحيفة الحياة إن", "وصرح لوكالة الأنباء بأن"): the addressee, never the speaker. Normalised.
const ADDRESSEE_HEADS: &[&str] = &[
    "صحيفه",
    "جريده",
    "وكاله",
    "قناه",
    "مجله",
    "موقع",
    "اذاعه",
    "تلفزيون",
    "شبكه",
    "برنامج",
    "محطه",
    "وسايل",
    "مراسل",
    "مندوب",
];

/// How many words an addressee's name (after its head word) runs over at most ("لصحيفة الشرق الأوسط").
const ADDRESSEE_NAME_MAX: usize = 4;

/// True when token `k` starts an addressee: ل on an outlet word ("لصحيفة") or on an organisation's name
/// ("لرويترز").
pub(crate) fn is_addressee(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    let Some(head) = t.key.as_str().strip_prefix('ل') else {
        return false;
    };
    // "لـ«الوطن»", "لـ الشرق الأوسط": a detached ل before the outlet's name in marks or a recognised organisation.
    if head.is_empty() {
        return ctx.toks.get(k + 1).is_some_and(|n| {
            is_quote_mark(n.raw)
                || ctx
                    .mentions_over(n.span)
                    .any(|m| m.label == EntityLabel::Org && m.span.start == n.span.start)
        });
    }
    ADDRESSEE_HEADS.contains(&head)
        || ctx
            .mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Org && m.span.start == t.span.start + 'ل'.len_utf8())
}

/// True when token `k` is ل on an outlet word ("لوكالة", "لصحيفة", "لمراسل"): the name after it is told the
/// statement, it does not make it.
pub(crate) fn outlet_word(ctx: &Ctx, k: usize) -> bool {
    ctx.toks.get(k).is_some_and(|t| {
        t.key
            .as_str()
            .strip_prefix('ل')
            .is_some_and(|head| ADDRESSEE_HEADS.contains(&head))
    })
}

/// The token after an addressee phrase at token `from` (before `to`), or `from` when none starts there: the ل
/// word, then the outlet's name in marks, as a mention or as definite words ("لصحيفة «عكاظ»", "لقناة العربية").
pub(crate) fn after_addressee(ctx: &Ctx, from: usize, to: usize) -> usize {
    if from >= to || !is_addressee(ctx, from) {
        return from;
    }
    let Some(t) = ctx.toks.get(from) else {
        return from;
    };
    // "لرويترز": the name is in the word.
    if let Some(m) = ctx
        .mentions_over(t.span)
        .find(|m| m.label == EntityLabel::Org && m.span.start > t.span.start)
    {
        return ctx.tok_at(m.span.end).clamp(from + 1, to);
    }
    let mut k = from + 1;
    if let Some(m) = ctx.toks.get(k).and_then(|n| {
        ctx.mentions_over(n.span)
            .find(|m| m.span.start == n.span.start)
    }) {
        return ctx.tok_at(m.span.end).clamp(k, to);
    }
    let mut words = 0;
    let mut in_marks = false;
    while k < to && words < ADDRESSEE_NAME_MAX {
        let Some(n) = ctx.toks.get(k) else { break };
        if is_quote_mark(n.raw) {
            in_marks = !in_marks;
            k += 1;
            // "لـ«سبق» المتحدثة باسم الصحة": the name in marks ends at its closing mark; the definite words
            // after it are the verb's subject.
            if !in_marks && words > 0 {
                break;
            }
            continue;
        }
        let definite = n.key.as_str().starts_with("ال");
        if !(n.is_word() && (in_marks || definite)) {
            break;
        }
        words += 1;
        k += 1;
    }
    k
}
