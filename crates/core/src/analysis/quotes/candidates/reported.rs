//! Reported speech (part of the candidates pass): a reporting verb, maybe its speaker, then أن/إن/بأن/إلى/على/:
//! and the content up to the end of the sentence, or up to a second reporting clause ("...، مؤكدا أن ...") that
//! starts a new statement. Takes the marks and links a reporting clause to the quote it leads into (or absorbs a
//! quote inside the content); gives reported drafts.

use crate::analysis::quotes::context::Ctx;
use crate::analysis::quotes::cues::{self, CueForm, CueInfo};
use crate::analysis::quotes::draft::{Draft, Marked, Who};
use crate::analysis::quotes::speaker;
use crate::analysis::{EntityLabel, QuoteKind};
use crate::span::Span;

/// Complementisers after which the content starts (the suffixed ones are part of the content: "أنه يقدر").
const BARE_COMP: &[&str] = &["ان", "بان"];
const SUFFIXED_COMP: &[&str] = &[
    "انه",
    "انها",
    "انهم",
    "انهما",
    "انني",
    "اننا",
    "انك",
    "بانه",
    "بانها",
    "بانهم",
    "بانهما",
    "باننا",
];

/// Words that end a statement when they follow a comma: attribution tails ("، حسبما أفادت به الوكالة").
const TAILS: &[&str] = &["حسبما", "حسب", "بحسب", "وفقا", "طبقا", "نقلا"];

/// Non-human subjects of "تشير إلى أن": the article's own analysis, not a speaker.
const NON_SPEAKERS: &[&str] = &[
    "الارقام",
    "البيانات",
    "الاحصاءات",
    "المؤشرات",
    "الدلائل",
    "المعطيات",
    "التوقعات",
    "النتائج",
];

enum Found {
    /// The content starts at this token; the speaker zone ends before `who_end`.
    Content { start: usize, who_end: usize },
    /// The clause leads into the quote `Marked[index]`.
    Direct { index: usize, who_end: usize },
}

/// The statement in marks that token `i` opens (and no reported statement has taken).
fn opener_tok(ctx: &Ctx, marked: &[Marked], i: usize) -> Option<usize> {
    let index = ctx.opener.get(i).copied().flatten()?;
    marked.get(index).filter(|m| !m.absorbed).map(|_| index)
}

/// True when token `i` is inside a statement in marks.
fn inside_direct(ctx: &Ctx, marked: &[Marked], i: usize) -> bool {
    ctx.inside
        .get(i)
        .copied()
        .flatten()
        .and_then(|index| marked.get(index))
        .is_some_and(|m| !m.absorbed)
}

/// Finds reported statements; links reporting clauses to the direct quotes they introduce.
pub(super) fn find(ctx: &Ctx, marked: &mut [Marked]) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    // The speaker of the last statement and the start of its sentence (participles share the subject).
    let mut last_in_sentence: Option<(usize, Who)> = None;
    // Where the last statement ended: a person named after it is the next implicit speaker.
    let mut last_end = 0usize;
    let mut i = 0;
    while i < ctx.toks.len() {
        let Some(t) = ctx.toks.get(i) else { break };
        let info = if inside_direct(ctx, marked, i) {
            None
        } else {
            cues::lookup(&t.norm)
        };
        let Some(info) = info.filter(|c| is_verb_here(ctx, i, *c)) else {
            i += 1;
            continue;
        };
        let Some(found) = scan(ctx, i, info, marked) else {
            i += 1;
            continue;
        };
        let sentence = ctx.sentence_start(i);
        match found {
            Found::Direct { index, who_end } => {
                let who = who_for(ctx, i, info, who_end, last_end, last_in_sentence.as_ref());
                if let Some(m) = marked.get_mut(index)
                    && m.linked.is_none()
                {
                    m.linked = Some((t.span, who.clone()));
                    last_end = m.close.map_or(m.content.end, |c| c.end);
                }
                last_in_sentence = Some((sentence, who));
                i = marked.get(index).map_or(i + 1, |m| {
                    ctx.tok_at(m.close.map_or(m.content.end, |c| c.end))
                });
            }
            Found::Content { start, who_end } => {
                // "أن «...»": the reporting clause leads into a quote in marks.
                let lead = (start..=start + 1).find_map(|k| opener_tok(ctx, marked, k));
                let who = who_for(ctx, i, info, who_end, last_end, last_in_sentence.as_ref());
                if let Some(index) = lead {
                    if let Some(m) = marked.get_mut(index)
                        && m.linked.is_none()
                    {
                        m.linked = Some((t.span, who.clone()));
                        last_end = m.close.map_or(m.content.end, |c| c.end);
                    }
                    last_in_sentence = Some((sentence, who));
                    i = start + 1;
                    continue;
                }
                let written = speaker::after_cue(ctx, i + 1, who_end);
                let unnamed = info.comp & cues::NAMED != 0 && !matches!(who, Who::Named { .. });
                if unnamed || non_human_subject(ctx, i, info, &written) {
                    i += 1;
                    continue;
                }
                let (end_tok, next) = content_end(ctx, start, marked);
                if let Some(span) = content_span(ctx, start, end_tok) {
                    out.push(Draft {
                        kind: QuoteKind::Indirect,
                        span,
                        cue: Some(t.span),
                        who: who.clone(),
                        priority: Draft::REPORTED,
                    });
                    last_end = span.end;
                    last_in_sentence = Some((sentence, who));
                }
                i = next.max(i + 1);
            }
        }
    }
    out
}

/// A perfect verb or verbal noun right after a preposition is a noun ("على كشف مفاعل").
fn is_verb_here(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| ctx.toks.get(p)) else {
        return true;
    };
    // "بحسب ما يقول", "مما يعتقد": the verb is inside a relative clause, not a report.
    if ["ما", "مما", "بما", "عما"].contains(&prev.norm.as_str()) {
        return false;
    }
    // "يريد أن يقول", "لم يقل", "لن ينفي": a wished, denied or future saying is not a report.
    if info.form == CueForm::Imperfect
        && !info.wa
        && ["ان", "لن", "لم", "كي", "لكي"].contains(&prev.norm.as_str())
    {
        return false;
    }
    if info.wa || info.fa || !matches!(info.form, CueForm::Perfect) {
        return true;
    }
    !(prev.raw == "على" || ["في", "من", "الي", "عن", "الى", "مع"].contains(&prev.norm.as_str()))
}

fn scan(ctx: &Ctx, i: usize, info: CueInfo, marked: &[Marked]) -> Option<Found> {
    let cue = ctx.toks.get(i)?;
    let max = match info.form {
        CueForm::Participle => 3,
        CueForm::Noun => 6,
        _ if info.comp & cues::NEAR != 0 => 3,
        _ => 25,
    };
    // Prepositions and objects belong to the verb only while the tokens since the verb can be its subject.
    let mut broken = false;
    // "يقول فلان، ...": the content after the comma, when no complementiser comes.
    let mut say_comma: Option<usize> = None;
    let mut j = i + 1;
    while j < ctx.toks.len() && j - i <= max {
        let t = ctx.toks.get(j)?;
        if t.block != cue.block {
            break;
        }
        if let Some(index) = opener_tok(ctx, marked, j) {
            return Some(Found::Direct { index, who_end: j });
        }
        if ctx.ends_sentence(j - 1) && j > i + 1 {
            break;
        }
        if info.form == CueForm::DirectOnly {
            j += 1;
            continue;
        }
        let n = t.norm.as_str();
        if j == i + 1 && ["ذلك", "هذا", "هذه", "ذاك", "كذلك"].contains(&n) {
            return None;
        }
        let next_is_bare = ctx
            .toks
            .get(j + 1)
            .is_some_and(|x| BARE_COMP.contains(&x.norm.as_str()));
        // "بعد أن أمضى": أن after a temporal preposition is not what the verb reports.
        let temporal = ctx.toks.get(j - 1).is_some_and(|p| {
            [
                "بعد",
                "قبل",
                "منذ",
                "دون",
                "بدون",
                "رغم",
                "عقب",
                "حتي",
                "لمجرد",
            ]
            .contains(&p.norm.as_str())
        });
        if BARE_COMP.contains(&n) && !temporal {
            return Some(Found::Content {
                start: j + 1,
                who_end: j,
            });
        }
        if SUFFIXED_COMP.contains(&n) {
            return Some(Found::Content {
                start: j + 1,
                who_end: j,
            });
        }
        if t.is_punct(&[":"]) {
            let start = if next_is_bare { j + 2 } else { j + 1 };
            return Some(Found::Content { start, who_end: j });
        }
        let prep = (info.comp & cues::ILA != 0 && (n == "الي"))
            || (info.comp & cues::ALA != 0 && t.raw == "على")
            || (info.comp & cues::MIN != 0 && n == "من")
            || (info.comp & cues::AN != 0 && n == "عن");
        if prep && next_is_bare {
            return Some(Found::Content {
                start: j + 2,
                who_end: j,
            });
        }
        // "أعرب عن أمله في أن": عن carries a statement only when أن follows ("أعلن عن إطلاق" names an act).
        let an_clause = n != "عن"
            || (j + 1..j + 5).any(|x| {
                ctx.toks
                    .get(x)
                    .is_some_and(|t| BARE_COMP.contains(&t.norm.as_str()))
            });
        if prep && !broken && an_clause && !(info.comp & cues::ILA_AN != 0 && n == "الي") {
            return Some(Found::Content {
                start: j + 1,
                who_end: j,
            });
        }
        let letters = n.chars().count();
        if !broken {
            if info.comp & cues::BI != 0 && n.starts_with('ب') && letters >= 3 && !is_stopish(n) {
                return Some(Found::Content {
                    start: j,
                    who_end: j,
                });
            }
            // "يدعو لرفع": not "دعا لافروف إلى" (a name in ل, with its complement still to come).
            let complement_ahead = (j + 1..j + 5).any(|k| {
                ctx.toks
                    .get(k)
                    .is_some_and(|x| x.norm == "الي" || BARE_COMP.contains(&x.norm.as_str()))
            });
            let named = ctx.mentions_over(t.span).next().is_some();
            if info.comp & cues::LI != 0
                && j == i + 1
                && n.starts_with('ل')
                && letters >= 4
                && !complement_ahead
                && !named
            {
                return Some(Found::Content {
                    start: j,
                    who_end: j,
                });
            }
            if info.form == CueForm::Participle
                && info.comp & cues::OBJ != 0
                && j == i + 1
                && t.is_word()
            {
                return Some(Found::Content {
                    start: j,
                    who_end: j,
                });
            }
        }
        if cues::lookup(n).is_some() {
            break;
        }
        if t.is_punct(&["،", ","]) && !broken && j > i + 1 && info.comp & cues::SAY != 0 {
            say_comma.get_or_insert(j);
        }
        if !(t.is_word() || t.raw == "." || matches!(t.raw, "«" | "»" | "“" | "”" | "\""))
            || speaker::is_stop(ctx, j)
        {
            broken = true;
        }
        j += 1;
    }
    say_comma.map(|c| Found::Content {
        start: c + 1,
        who_end: c,
    })
}

fn is_stopish(n: &str) -> bool {
    ["بين", "بعد", "بعض", "بسبب", "بدوره", "بدورها", "بشان"].contains(&n)
}

/// The speaker of a reporting clause: after the verb, else before it, else the clause's shared subject.
fn who_for(
    ctx: &Ctx,
    cue: usize,
    info: CueInfo,
    who_end: usize,
    last_end: usize,
    last: Option<&(usize, Who)>,
) -> Who {
    let sentence = ctx.sentence_start(cue);
    let who = speaker::after_cue(ctx, cue + 1, who_end);
    // A participle's subject is the clause's ("داعيا الجماهير إلى": الجماهير is its object); only an
    // honorific after it names the speaker ("مؤكدا سموه").
    let object = info.form == CueForm::Participle && who != Who::Honorific;
    if who != Who::Implicit && !object {
        return who;
    }
    // "ونقلت الصحيفة عن فلان قوله": the person after عن.
    if info.form == CueForm::Noun
        && let Some(k) = (sentence..cue)
            .rev()
            .find(|&k| ctx.toks.get(k).is_some_and(|t| t.norm == "عن"))
        && let named @ Who::Named { .. } = speaker::after_cue(ctx, k + 1, cue)
    {
        return named;
    }
    if !info.wa
        && info.form != CueForm::Participle
        && let Some(subject) = speaker::clause_subject(ctx, cue)
    {
        return subject;
    }
    if info.form == CueForm::Participle {
        if let Some((s, w)) = last
            && *s == sentence
        {
            return w.clone();
        }
        // "أطلقه الرئيس فلان ...، مطالبا", "وهنأ مجلس الوزراء ...، منوها": the subject named earlier in the
        // sentence (a person or organisation, not one after a preposition).
        let from = ctx.toks.get(sentence).map_or(0, |t| t.span.start);
        let until = ctx.toks.get(cue).map_or(0, |t| t.span.start);
        if let Some(m) = ctx.mentions_in(Span::new(from, until)).iter().find(|m| {
            matches!(m.label, EntityLabel::Per | EntityLabel::Org)
                && m.span.end <= until
                && !speaker::governed(ctx, m.span)
        }) {
            return Who::Named {
                span: m.span,
                entity: Some(m.entity),
                title: Vec::new(),
            };
        }
    }
    // A person introduced since the last statement, in this sentence or the one before it.
    let prev_sentence = sentence
        .checked_sub(1)
        .filter(|&p| ctx.toks.get(p).map(|t| t.block) == ctx.toks.get(cue).map(|t| t.block))
        .map_or(sentence, |p| ctx.sentence_start(p));
    let from = (prev_sentence..cue)
        .find(|&k| ctx.toks.get(k).is_some_and(|t| t.span.start >= last_end))
        .unwrap_or(cue);
    let from = if info.form == CueForm::Participle {
        sentence
    } else {
        from
    };
    if let Some(who) = speaker::introduced(ctx, from, cue) {
        return who;
    }
    Who::Implicit
}

/// "تشير الأرقام إلى أن", "تصريحات فلان تشير إلى أن": statements of things, not of a speaker.
fn non_human_subject(ctx: &Ctx, cue: usize, info: CueInfo, who: &Who) -> bool {
    if info.form != CueForm::Imperfect
        || matches!(
            who,
            Who::Named {
                entity: Some(_),
                ..
            }
        )
    {
        return false;
    }
    let Some(t) = ctx.toks.get(cue) else {
        return false;
    };
    let verb = if info.wa || info.fa {
        t.norm.chars().skip(1).collect::<String>()
    } else {
        t.norm.clone()
    };
    if !verb.starts_with('ت') {
        return false;
    }
    let plural_thing = |k: usize| {
        ctx.toks.get(k).is_some_and(|p| {
            p.block == t.block
                && *who == Who::Implicit
                && ((p.norm.ends_with("ات") && p.norm.chars().count() >= 5)
                    || NON_SPEAKERS.contains(&p.norm.as_str()))
        })
    };
    (cue >= 1 && plural_thing(cue - 1))
        || (cue >= 2 && plural_thing(cue - 2))
        || ctx
            .toks
            .get(cue + 1)
            .is_some_and(|n| NON_SPEAKERS.contains(&n.norm.as_str()))
}

/// Where a statement starting at token `start` ends (exclusive), and where the search resumes.
fn content_end(ctx: &Ctx, start: usize, marked: &mut [Marked]) -> (usize, usize) {
    let Some(block) = ctx.toks.get(start).map(|t| t.block) else {
        return (start, start + 1);
    };
    let mut k = start;
    while let Some(t) = ctx.toks.get(k) {
        if t.block != block {
            return (k, k);
        }
        if let Some(index) = opener_tok(ctx, marked, k) {
            let after_comp = k > start
                && ctx.toks.get(k - 1).is_some_and(|p| {
                    BARE_COMP.contains(&p.norm.as_str()) || SUFFIXED_COMP.contains(&p.norm.as_str())
                });
            if !after_comp {
                return (k, k);
            }
            // "يعرفون أن «...»": the quote is part of this statement.
            let Some(m) = marked.get_mut(index) else {
                return (k, k);
            };
            m.absorbed = true;
            let resume = ctx.tok_at(m.close.map_or(m.content.end, |c| c.end));
            k = resume.max(k + 1);
            continue;
        }
        if t.is_punct(&["،", ","])
            && let Some(n) = ctx.toks.get(k + 1)
        {
            if TAILS.contains(&n.norm.as_str()) {
                return (k, k + 1);
            }
            // "...، مؤكدا أن": a participle starts a new statement; a finite verb does when أن/إن/: follows
            // ("...، وقال إن"), not when it continues the content ("...، وتهدد بدفع").
            if let Some(c) = cues::lookup(&n.norm) {
                let complement_soon = (k + 2..k + 8)
                    .take_while(|&x| !ctx.ends_sentence(x.saturating_sub(1)))
                    .filter_map(|x| ctx.toks.get(x))
                    .any(|x| {
                        x.is_punct(&[":"])
                            || BARE_COMP.contains(&x.norm.as_str())
                            || SUFFIXED_COMP.contains(&x.norm.as_str())
                    });
                let finite = matches!(c.form, CueForm::Perfect | CueForm::Imperfect);
                if c.form == CueForm::Participle || (finite && complement_soon) {
                    return (k, k + 1);
                }
            }
        }
        if ctx.ends_sentence(k) {
            let last_is_punct = t.kind == crate::analysis::tokens::TokenKind::Punct;
            return if last_is_punct {
                (k, k + 1)
            } else {
                (k + 1, k + 1)
            };
        }
        k += 1;
    }
    (k, k)
}

/// The byte span of tokens `start..end`, without trailing commas and colons.
fn content_span(ctx: &Ctx, start: usize, end: usize) -> Option<Span> {
    let mut e = end;
    while e > start
        && ctx
            .toks
            .get(e - 1)
            .is_some_and(|t| t.is_punct(&["،", ",", ":", "؛", "-", "(", "«", "“"]))
    {
        e -= 1;
    }
    if e <= start {
        return None;
    }
    let a = ctx.toks.get(start)?;
    let b = ctx.toks.get(e - 1)?;
    Some(Span::new(a.span.start, b.span.end))
}
