//! Interviews (part of the candidates pass): when the article puts at least two questions to "you" (or labels
//! them "س:", or answers them after a dash on the next line), each paragraph after a question, up to the next question, is an answer: a direct statement of the
//! interviewee, whose words need no marks. The questions themselves state nothing ("هل تعتقد أن ...؟" is asked,
//! not reported). Takes the body's drafts (drops those inside a question); gives the answers.

use crate::analysis::EntityLabel;
use crate::analysis::QuoteKind;
use crate::analysis::quotes::context::Ctx;
use crate::analysis::quotes::draft::{Draft, Who};
use crate::document::BlockKind;
use crate::load::{MIN_DASH_ANSWERS, asks_you, dash_answered, is_question_line};
use crate::span::Span;

/// An article is an interview with at least this many questions, one of them put to "you".
const MIN_QUESTIONS: usize = 2;

/// An answer has at least this many words (a one-word line is a label or a name).
const ANSWER_MIN_WORDS: usize = 2;

/// Words that end in ك without being "your ..." (normalised): demonstratives and adverbs, and nouns whose ك is a
/// root letter.
const NOT_SECOND_PERSON: &[&str] = &[
    "ذلك",
    "تلك",
    "هناك",
    "هنالك",
    "كذلك",
    "لذلك",
    "بذلك",
    "وكذلك",
    "فكذلك",
    "اوليك",
    "ملك",
    "بنك",
    "شريك",
    "مبارك",
    "مشترك",
    "سمك",
    "تحرك",
    "مدرك",
    "معترك",
    "منهمك",
    "مسلك",
    "فلك",
    "سلك",
    "هلاك",
    "ادراك",
    "اشتراك",
    "حراك",
    "عراك",
    "شباك",
    "ارتباك",
    "تمسك",
    "تماسك",
    "احتكاك",
    "مالك",
    "سالك",
    "هالك",
    "سلوك",
    "ملوك",
    "بنوك",
    "شكوك",
    "صكوك",
    "تبوك",
    "مبروك",
    "متروك",
    "مملوك",
    "مشكوك",
    "تفكك",
    "ديك",
    "تراكم",
    "محاكم",
];

/// A word of the question carries the suffix "your" (ـك، ـكم، ـكما، ـكن) on a stem of three letters or more and no
/// article ("دورك", "فيلمكم"): the question is put to someone.
fn has_second_person_suffix(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .map(crate::analysis::normalize::normalize)
        .any(|w| {
            let w = w
                .strip_prefix('و')
                .filter(|r| r.chars().count() >= 4)
                .unwrap_or(&w);
            let stem = ["كما", "كن", "كم", "ك"]
                .iter()
                .find_map(|s| w.strip_suffix(s));
            stem.is_some_and(|s| s.chars().count() >= 3)
                && !w.starts_with("ال")
                && !NOT_SECOND_PERSON.contains(&w)
        })
}

/// Finds the answers of an interview and drops the drafts that start inside its questions.
pub(super) fn find(ctx: &Ctx, body: &mut Vec<Draft>) -> Vec<Draft> {
    let blocks = &ctx.doc.blocks;
    let question: Vec<bool> = blocks
        .iter()
        .map(|b| b.kind != BlockKind::Title && is_question_line(ctx.slice(b.span)))
        .collect();
    let asked = blocks
        .iter()
        .zip(&question)
        .filter(|(b, q)| {
            **q && (asks_you(ctx.slice(b.span)) || has_second_person_suffix(ctx.slice(b.span)))
        })
        .count();
    // Or questions answered after a dash on the next line, whatever they ask ("* ما أبرز المشروعات؟", "- نعمل").
    let dashed = blocks
        .windows(2)
        .filter(|pair| match pair {
            [q, a] => dash_answered(ctx.slice(q.span), ctx.slice(a.span)),
            _ => false,
        })
        .count();
    // Two questions at least, one of them put to "you" ("كيف اخترت دورك؟" then "هل تفكرين في ...؟").
    let questions = question.iter().filter(|&&q| q).count();
    if (asked == 0 && dashed < MIN_DASH_ANSWERS) || questions < MIN_QUESTIONS {
        return Vec::new();
    }
    // The block holding a byte offset (blocks are in text order).
    let block_at = |offset: usize| blocks.partition_point(|b| b.span.end <= offset);
    body.retain(|d| {
        !question
            .get(block_at(d.span.start))
            .copied()
            .unwrap_or(false)
    });
    // The introduction: the blocks before the first question.
    let intro_end = blocks
        .iter()
        .zip(&question)
        .find(|(_, q)| **q)
        .map_or(0, |(b, _)| b.span.start);
    let who = interviewee(ctx, intro_end);
    // Where the body's reporting words are, sorted: a block is looked up by binary search (linear overall).
    let mut cues: Vec<Span> = body.iter().filter_map(|d| d.cue).collect();
    cues.sort_by_key(|c| c.start);
    let mut out = Vec::new();
    let mut answering = false;
    for (b, &q) in blocks.iter().zip(&question) {
        if q {
            answering = true;
            continue;
        }
        if !answering || matches!(b.kind, BlockKind::Title | BlockKind::Heading) {
            continue;
        }
        let span = without_label(ctx, b.span);
        if ctx.slice(span).split_whitespace().count() < ANSWER_MIN_WORDS {
            continue;
        }
        if narrates(ctx, &cues, &who, b.span) {
            continue;
        }
        out.push(Draft {
            kind: QuoteKind::Direct,
            span,
            cue: None,
            who: who.clone(),
            // The interviewee's own words: more certain than a quote or report inside them.
            priority: Draft::HEADLINE,
        });
    }
    out
}

/// "وفي ختام حديثه، وجه فلان رسالة قائلا: «...»": a paragraph that names the interviewee and holds a statement
/// with its reporting word (one of `cues`, sorted by start) is the writer's narration about them, not their answer.
fn narrates(ctx: &Ctx, cues: &[Span], who: &Who, block: Span) -> bool {
    let Who::Named {
        entity: Some(entity),
        ..
    } = who
    else {
        return false;
    };
    let named = ctx.mentions_in(block).iter().any(|m| m.entity == *entity);
    let first = cues.partition_point(|c| c.start < block.start);
    named && cues.get(first).is_some_and(|c| c.end <= block.end)
}

/// The block's text without surrounding whitespace, a leading answer label or dash ("ج:", "- ") and a closing full
/// stop.
fn without_label(ctx: &Ctx, span: Span) -> Span {
    let span = ctx.trim(span);
    let text = ctx.slice(span);
    let mut chars = text.char_indices().filter(|(_, c)| !c.is_whitespace());
    // The mark that ends the label: the one after "ج", or a leading dash or bullet.
    let label_end = match (chars.next(), chars.next()) {
        (Some((_, 'ج')), Some(mark @ (_, ':' | '/' | '-' | '–' | ')' | '.')))
        | (Some(mark @ (_, '-' | '–' | '—' | '*' | '•')), _) => Some(mark),
        _ => None,
    };
    let skip = label_end.map_or(0, |(k, c)| k + c.len_utf8());
    let span = ctx.trim(Span::new(span.start + skip, span.end));
    // Like a reported statement's content, the answer leaves its closing full stop out.
    let body = ctx.slice(span);
    let kept = body.trim_end_matches(['.', '،', ',', ':', '؛', ' ']).len();
    Span::new(span.start, span.start + kept)
}

/// Who answers: the person the title names, else of the persons the introduction (before byte `intro_end`) names
/// (not after a preposition), the one the article names most often (the answers may name others more often than the interviewee), else the
/// person the article names most often.
fn interviewee(ctx: &Ctx, intro_end: usize) -> Who {
    let named = |m: &crate::analysis::Mention| Who::Named {
        span: m.span,
        entity: Some(m.entity),
        title: Vec::new(),
    };
    if let Some(title) = ctx.doc.blocks.iter().find(|b| b.kind == BlockKind::Title)
        && let Some(m) = ctx
            .mentions_in(title.span)
            .iter()
            .find(|m| m.label == EntityLabel::Per)
    {
        return named(m);
    }
    let most_named = |introduced_only: bool| {
        ctx.entities
            .iter()
            .filter(|e| e.label == EntityLabel::Per)
            .filter_map(|e| {
                // The interviewer's credit line ("أجرى الحوار: فلان") names no one who answers.
                let mentions: Vec<&crate::analysis::Mention> = e
                    .mentions
                    .iter()
                    .filter_map(|&i| ctx.mentions.get(i))
                    .filter(|m| !in_credit_line(ctx, m.span))
                    .collect();
                let first = *mentions.first()?;
                // "يتحدث فلان عن علاقته بالمؤرخ علان": a name after a preposition is whom the
                // interviewee talks about.
                let introduced = first.span.end <= intro_end
                    && !crate::analysis::quotes::speaker::governed(ctx, first.span)
                    && !after_prefixed_noun(ctx, first.span);
                (!introduced_only || introduced).then_some((mentions.len(), first))
            })
            // Most mentions; the earliest named of equals.
            .max_by_key(|(n, m)| (*n, std::cmp::Reverse(m.span.start)))
    };
    most_named(true)
        .or_else(|| most_named(false))
        .map_or(Who::Unknown, |(_, m)| named(m))
}

/// A credit line has at most this many words ("أجرى الحوار: فلان الفلاني").
const CREDIT_LINE_MAX_WORDS: usize = 8;

/// Words that open a byline with the writer's or interviewer's name after them (normalised).
const BYLINE_OPENERS: &[&str] = &[
    "بقلم",
    "كتب",
    "كتبت",
    "حاوره",
    "حاورها",
    "حاورته",
    "حاورتها",
];

/// True when the mention at `span` is in a short paragraph that credits the writer or interviewer: a colon before
/// the name ("أجرى الحوار: فلان", "حوار: فلان") or a byline word opening it ("بقلم فلان").
fn in_credit_line(ctx: &Ctx, span: Span) -> bool {
    // Blocks are in text order: a binary search keeps this logarithmic for every mention of the article.
    let blocks = &ctx.doc.blocks;
    let Some(block) = blocks
        .get(blocks.partition_point(|b| b.span.end <= span.start))
        .filter(|b| b.span.start <= span.start && span.end <= b.span.end)
    else {
        return false;
    };
    if block.kind == BlockKind::Title {
        return false;
    }
    let text = ctx.slice(block.span);
    if text.split_whitespace().count() > CREDIT_LINE_MAX_WORDS {
        return false;
    }
    let before = ctx.slice(Span::new(block.span.start, span.start));
    let opener = before
        .split_whitespace()
        .next()
        .map(crate::analysis::normalize::normalize)
        .is_some_and(|w| BYLINE_OPENERS.contains(&w.as_str()));
    before.contains(':') || opener
}

/// How many definite words and titles [`after_prefixed_noun`] passes back over.
const PREFIXED_NOUN_REACH: usize = 3;

/// True when the name at `span` follows a noun carrying ب or ل ("بأستاذه الراحل فلان", "لزميله فلان"), past its
/// definite adjectives and titles: the name is that noun's, not the subject's.
fn after_prefixed_noun(ctx: &Ctx, span: Span) -> bool {
    use crate::analysis::quotes::lexicon::is_title;
    let start = ctx.tok_at(span.start);
    let mut k = start;
    while k > 0 && start - k < PREFIXED_NOUN_REACH {
        k -= 1;
        let Some(t) = ctx.toks.get(k) else {
            return false;
        };
        let n = t.key.as_str();
        if !t.is_word() {
            return false;
        }
        if n.starts_with("ال") || is_title(n) {
            continue;
        }
        return (n.starts_with('ب') || n.starts_with('ل')) && n.chars().count() >= 4;
    }
    false
}
