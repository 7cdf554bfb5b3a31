//! Headlines (part of the candidates pass): the convention "Speaker: statement" ("الجبير: الأسد فقد شرعيته"),
//! told apart from a topic before the colon ("الصفقة الأمريكية: خطوة إيجابية"): the part before the colon must name
//! who speaks. Takes the body's drafts (their speakers are names a headline may give); gives headline drafts.

use crate::analysis::normalize::normalize;
use crate::analysis::quotes::context::{Ctx, Tok};
use crate::analysis::quotes::draft::{Draft, Who};
use crate::analysis::quotes::{lexicon, speaker};
use crate::analysis::{EntityLabel, QuoteKind};
use crate::span::Span;
use std::collections::HashSet;

/// Institutions that speak in headlines under their common name ("الجيش: لن نسمح ...").
const INSTITUTIONS: &[&str] = &[
    "الجيش",
    "الشرطة",
    "الحكومة",
    "الرئاسة",
    "البرلمان",
    "الوزارة",
    "الخارجية",
    "الداخلية",
    "الكرملين",
    "المعارضة",
    "الأمن",
    "النيابة",
];

/// Unnamed sources and studies that speak in headlines as written ("دراسة: ...", "مصادر: ..."), normalised and
/// without the article: the annotators allow such collective speakers.
const SOURCES: &[&str] = &[
    "دراسه",
    "دراسات",
    "تقرير",
    "تقارير",
    "بيان",
    "استطلاع",
    "مصدر",
    "مصادر",
    "شهود",
    "احصاءات",
];

/// Dashes and bullets that lead an interview or list line.
const LINE_MARKERS: &[char] = &['-', '–', '—', '•', '*'];

/// A "Speaker:" segment has at most this many words.
const SPEAKER_MAX_WORDS: usize = 5;

/// A speaker in marks before the colon ("«الصحة»: ...") has at most this many words.
const MARKED_SPEAKER_MAX_WORDS: usize = 3;

/// The statement after the colon has at least this many words.
const STATEMENT_MIN_WORDS: usize = 2;

/// Headline statements of the title, headings and heading-like short lines.
pub(super) fn find(ctx: &Ctx, drafts: &[Draft]) -> Vec<Draft> {
    let names = known_names(ctx, drafts);
    let mut out = Vec::new();
    for (index, block) in ctx.doc.blocks.iter().enumerate() {
        if !ctx.heading_like(index) {
            continue;
        }
        if let Some((seg, rest)) = speaker_colon(ctx, block.span, &names) {
            out.push(Draft {
                kind: QuoteKind::Direct,
                span: rest,
                cue: None,
                who: speaker::segment_who(ctx, seg),
                priority: Draft::HEADLINE,
            });
        }
    }
    out
}

/// The speakers named in the body, normalised: whole names, and each word of them (a headline gives a surname).
fn known_names(ctx: &Ctx, drafts: &[Draft]) -> (HashSet<String>, HashSet<String>) {
    let mut whole = HashSet::new();
    let mut words = HashSet::new();
    for d in drafts {
        if let Who::Named { span, .. } = &d.who {
            let name = normalize(ctx.slice(*span));
            words.extend(name.split_whitespace().map(str::to_owned));
            whole.insert(name);
        }
    }
    // "جورج: القادم أفضل": a first or last name of a person the article names.
    for e in ctx.entities.iter().filter(|e| e.label == EntityLabel::Per) {
        words.extend(
            normalize(&e.canonical)
                .split_whitespace()
                .filter(|w| w.chars().count() >= NAME_WORD_MIN_LETTERS)
                .map(str::to_owned),
        );
    }
    (whole, words)
}

/// A word of a person's name counts as a headline speaker from this many letters ("بن" does not).
const NAME_WORD_MIN_LETTERS: usize = 3;

/// Splits "Speaker: statement" when the part before the colon names a speaker: (speaker part, statement).
pub(super) fn speaker_colon(
    ctx: &Ctx,
    region: Span,
    names: &(HashSet<String>, HashSet<String>),
) -> Option<(Span, Span)> {
    let body = region.get(ctx.text)?;
    let colon = body.find(':')?;
    let mut seg_start = 0;
    if let Some(slash) = body.get(..colon)?.rfind(['/', '|']) {
        seg_start = slash + 1;
    }
    // "- جورج: ...": an interview line's dash or bullet is not part of the speaker.
    let lead = body
        .get(seg_start..colon)?
        .find(|c: char| !(c.is_whitespace() || LINE_MARKERS.contains(&c)))
        .unwrap_or(0);
    let seg = ctx.trim(Span::new(
        region.start + seg_start + lead,
        region.start + colon,
    ));
    let rest = ctx.trim(Span::new(region.start + colon + 1, region.end));
    let rest_words = ctx
        .slice(rest)
        .split_whitespace()
        .take(STATEMENT_MIN_WORDS)
        .count();
    if seg.is_empty() || rest_words < STATEMENT_MIN_WORDS {
        return None;
    }
    let first = ctx.tok_at(seg.start);
    let last = ctx.tok_at(seg.end);
    let words: Vec<Tok> = ctx.toks.range(first..last).filter(Tok::is_word).collect();
    let head = words.first()?;
    if words.len() > SPEAKER_MAX_WORDS {
        return None;
    }
    // "مصدر لـ«عكاظ»:": the outlet spoken to is not part of the speaker.
    let core = words
        .iter()
        .position(|t| {
            let n = t.key.as_str();
            t.raw.starts_with("لـ") || n == "ل" || (n.starts_with('ل') && !n.starts_with("ال"))
        })
        .filter(|&k| k > 0)
        .unwrap_or(words.len());
    let titled =
        lexicon::is_title(head.key.as_str()) || lexicon::is_people_plural(head.key.as_str());
    // "الجبير لـ«الشرق الأوسط»: ...": the speaker is named before the outlet.
    let core_words = words.get(..core).unwrap_or(&words);
    let named = core_words.iter().all(|t| {
        lexicon::is_title(t.key.as_str())
            || ctx
                .mentions_over(t.span)
                .any(|m| matches!(m.label, EntityLabel::Per | EntityLabel::Org))
    });
    // "الرسامة فلانة: ...": a role the title list lacks (definite words) before the person's name (the rest).
    let is_person = |t: &Tok| {
        ctx.mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Per)
    };
    let role_words = core_words.iter().take_while(|t| !is_person(t)).count();
    let role_then_person = role_words >= 1
        && role_words < core_words.len()
        && core_words
            .iter()
            .take(role_words)
            .all(|t| t.key.as_str().starts_with("ال"))
        && core_words.iter().skip(role_words).all(is_person);
    let named = named || role_then_person;
    let core_norm = normalize(ctx.slice(Span::new(
        head.span.start,
        words.get(core - 1).map_or(head.span.end, |t| t.span.end),
    )));
    let seg_norm = normalize(ctx.slice(seg));
    // "مصدر أمني: ...", "مصادر مطلعة لـ«عكاظ»: ...": an unnamed source with its indefinite adjective.
    let described_source = core == 2
        && SOURCES.contains(&lexicon::bare(&normalize(head.raw)))
        && core_words.get(1).is_some_and(|t| {
            !t.key.as_str().starts_with("ال") && !lexicon::is_title(t.key.as_str())
        });
    let institution = (core == 1
        && (INSTITUTIONS.iter().any(|w| normalize(w) == core_norm)
            || SOURCES.contains(&lexicon::bare(&core_norm))))
        || described_source;
    let known = names.0.contains(&seg_norm)
        || names.0.contains(&core_norm)
        || (core == 1 && names.1.contains(&core_norm));
    // "«الصحة»: ...", "«سابك»: ...": a short name in marks before the colon is who speaks.
    let in_marks = words.len() <= MARKED_SPEAKER_MAX_WORDS && {
        let s = ctx.slice(seg);
        s.starts_with(['«', '“', '"']) && s.ends_with(['»', '”', '"'])
    };
    // The speaker without the outlet it spoke to.
    let seg = if core < words.len() {
        words
            .get(core - 1)
            .map_or(seg, |t| Span::new(seg.start, t.span.end))
    } else {
        seg
    };
    (titled || named || institution || known || in_marks).then_some((seg, rest))
}
