//! The dateline at the head of a news article: "المحرر- الصحيفة- المدينة:", "الصحيفة – المدينة", "المدينة - الوكالة".
//! Its parts are separated by dashes; the part beside a place, a person or a dateline word is the newspaper or
//! agency the article comes from, an organisation.

use super::aliases::OUTLET_CONFIDENCE;
use super::lexicon::Flags;
use super::names::given_at;
use super::rules::{candidate, match_at, words_span};
use super::{Candidate, Context, Recognise};
use crate::analysis::{EntityLabel, Recogniser};

/// Only the first lines of a text can hold its dateline.
const DATELINE_LINES: usize = 4;

/// Most words a dateline may have before its colon or the end of its line.
const DATELINE_WORDS: usize = 14;

/// Words a dateline uses instead of a place: "متابعات" (compiled from reports), "خاص" (own report), "وكالات".
const DATELINE_WORDS_NOT_PLACES: [&str; 4] = ["متابعات", "خاص", "وكالات", "مراسلون"];

/// Newspapers, channels and news agencies whose names are also places (general knowledge of Arab media:
/// Asharq Al-Awsat, Al Khaleej, Al-Quds, Al Jazeera; the Jordanian agency Petra, the Yemeni Saba, the Turkish
/// Anadolu), as matching keys. Beside a place in a dateline ("الرياض - الشرق الأوسط", "عمّان - بترا") such a name
/// is the outlet the report comes from: a dateline gives the place once.
const OUTLETS_NAMED_AS_PLACES: [&[&str]; 7] = [
    &["الشرق", "الاوسط"],
    &["الخليج"],
    &["القدس"],
    &["الجزيره"],
    &["بترا"],
    &["سبا"],
    &["الاناضول"],
];

/// True when the words `first..end` are an outlet whose name is also a place.
fn outlet_named_as_place(ctx: &Context<'_>, first: usize, end: usize) -> bool {
    OUTLETS_NAMED_AS_PLACES.iter().any(|name| {
        name.len() == end - first
            && name
                .iter()
                .enumerate()
                .all(|(k, key)| ctx.words.get(first + k).is_some_and(|w| w.key == *key))
    })
}

/// True for the dashes that separate a dateline's parts.
fn is_dash(raw: &str) -> bool {
    matches!(raw, "-" | "–" | "—" | "ـ")
}

/// What one dash-separated part of a dateline is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A listed place, or a dateline word ("متابعات").
    Place,
    /// A person's name (it starts with a given name).
    Person,
    /// Anything else of one to three words: a newspaper or agency when it stands beside one of the others.
    Other,
    /// Not a dateline part (too long, a stop word, punctuation).
    No,
    /// One to three words in quotation marks: the outlet when it stands beside a place or a person.
    Quoted,
}

/// The words inside the marks when the words `first..end` are one to three name words in quotation marks.
fn quoted(ctx: &Context<'_>, first: usize, end: usize) -> Option<(usize, usize)> {
    let close = end.checked_sub(1)?;
    let n = close.checked_sub(first + 1)?;
    let marked = matches!(ctx.raw(first), "«" | "\"" | "“" | "\u{201d}")
        && matches!(ctx.raw(close), "»" | "\"" | "”" | "\u{201c}");
    let words = (first + 1..close).all(|i| ctx.words.get(i).is_some_and(super::Word::is_wordlike));
    (marked && (1..=3).contains(&n) && words && !ctx.is_stop(first + 1))
        .then_some((first + 1, close))
}

/// Reads the words `first..end` as one part of a dateline.
fn part(ctx: &Context<'_>, first: usize, end: usize) -> Part {
    let n = end - first;
    if n == 0 || n > 3 {
        return Part::No;
    }
    // "عين اليوم": a time word may end an outlet's name, a function word may not start one.
    if ctx.is_stop(first) || (first..end).any(|i| ctx.words.get(i).is_none_or(|w| !w.is_wordlike()))
    {
        return Part::No;
    }
    let Some(w) = ctx.words.get(first) else {
        return Part::No;
    };
    if DATELINE_WORDS_NOT_PLACES.contains(&w.key.as_str()) {
        return Part::Place;
    }
    if let Some(m) = match_at(ctx, first, Flags::LOC.union(Flags::ORG).union(Flags::TOWN)) {
        if m.skip == 0 && m.words == n && m.flags.contains(Flags::LOC.union(Flags::TOWN)) {
            return Part::Place;
        }
        if m.skip == 0 && m.words == n {
            // A listed organisation: the list matcher finds it.
            return Part::No;
        }
    }
    if given_at(ctx, first) > 0 && n >= 2 {
        return Part::Person;
    }
    let head_or_title = Flags::TITLE
        .union(Flags::ORG_HEAD)
        .union(Flags::ORG_HEAD_OUT)
        .union(Flags::ORG_HEAD_NAME)
        .union(Flags::PLACE_HEAD)
        .union(Flags::PLACE_HEAD_OUT)
        .union(Flags::NATIONALITY);
    if match_at(ctx, first, head_or_title).is_some() {
        return Part::No;
    }
    Part::Other
}

/// A newspaper or agency named in the article's dateline.
pub struct DatelineRule;

/// The word ranges of the text's lines.
fn lines(ctx: &Context<'_>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (k, w) in ctx.words.iter().enumerate() {
        let breaks = ctx.words.get(k + 1).is_none_or(|n| {
            ctx.text
                .get(w.span.end..n.span.start)
                .is_some_and(|g| g.contains('\n'))
        });
        if breaks {
            out.push(start..k + 1);
            start = k + 1;
        }
    }
    out
}

impl Recognise for DatelineRule {
    fn name(&self) -> &'static str {
        "dateline"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for line in lines(ctx).into_iter().take(DATELINE_LINES) {
            // The dateline ends at its colon or bar, or is the whole line; or the report runs on after its last
            // dash ("عمّان - بترا - أعلنت الوزارة ...").
            let end = line
                .clone()
                .find(|&k| matches!(ctx.raw(k), ":" | "|"))
                .unwrap_or(line.end);
            let end = if end - line.start <= DATELINE_WORDS {
                end
            } else {
                match (line.start..line.start + DATELINE_WORDS).rfind(|&k| is_dash(ctx.raw(k))) {
                    Some(dash) => dash,
                    None => continue,
                }
            };
            dateline_parts(ctx, line.start, end, &mut out);
            agency_in_parentheses(ctx, line.start, end, &mut out);
        }
        out
    }
}

/// Splits the words `start..end` at dashes and proposes the parts that stand beside a place or a person.
fn dateline_parts(ctx: &Context<'_>, start: usize, end: usize, out: &mut Vec<Candidate>) {
    let mut parts: Vec<(usize, usize, Part)> = Vec::new();
    let mut first = start;
    for k in start..=end {
        if k < end && !is_dash(ctx.raw(k)) {
            continue;
        }
        // "القاهرة - «الحياة»": a name in marks is the outlet, even one the lists know as a place ("«الخليج»").
        if let Some((a, b)) = quoted(ctx, first, k) {
            parts.push((a, b, Part::Quoted));
            first = k + 1;
            continue;
        }
        // "أسطنبول/ديار بكر": places joined by a slash; the first one says what the part is.
        let inner = (first..k).find(|&j| matches!(ctx.raw(j), "/" | "،" | ","));
        let p = match inner {
            Some(j) if part(ctx, first, j) == Part::Place => Part::Place,
            Some(_) => Part::No,
            None => part(ctx, first, k),
        };
        parts.push((first, k, p));
        first = k + 1;
    }
    if parts.len() < 2 {
        return;
    }
    let beside = |m: Option<usize>| {
        m.and_then(|m| parts.get(m))
            .is_some_and(|&(_, _, q)| matches!(q, Part::Place | Part::Person))
    };
    // "الرياض - الشرق الأوسط", "القدس - الجزيرة": of two places, the one named like an outlet is the outlet (the
    // later one when both are).
    let outlet = |n: usize| {
        parts.get(n).is_some_and(|&(a, b, p)| {
            p == Part::Place
                && outlet_named_as_place(ctx, a, b)
                && parts.get(n + 1).is_none_or(|&(c, d, q)| {
                    !(q == Part::Place && outlet_named_as_place(ctx, c, d))
                })
        })
    };
    for (n, &(a, b, p)) in parts.iter().enumerate() {
        let confidence = match p {
            Part::Other => 0.75,
            // Above the lists': the place of that name is not meant here.
            Part::Quoted => OUTLET_CONFIDENCE,
            Part::Place if outlet(n) => OUTLET_CONFIDENCE,
            _ => continue,
        };
        if !(beside(n.checked_sub(1)) || beside(Some(n + 1))) {
            continue;
        }
        if let Some(span) = words_span(ctx, a, 0, b) {
            out.push(candidate(
                span,
                EntityLabel::Org,
                Recogniser::Rule,
                confidence,
                1,
            ));
        }
    }
}

/// The agency in parentheses after the dateline's place (and date): "عمّان 5 تشرين الثاني (بترا) -", "القاهرة
/// (الأناضول):". One to three words that no list knows as something else, or an outlet named like a place.
fn agency_in_parentheses(ctx: &Context<'_>, start: usize, end: usize, out: &mut Vec<Candidate>) {
    let Some(open) = (start + 1..end).find(|&k| ctx.raw(k) == "(") else {
        return;
    };
    let Some(close) = (open + 1..end.min(open + 5)).find(|&k| ctx.raw(k) == ")") else {
        return;
    };
    // Only a place (and a date) before it: the dateline's, not a sentence's.
    let placed = part(ctx, start, start + 1) == Part::Place
        || (start + 2 <= open && part(ctx, start, start + 2) == Part::Place);
    let dated = (start + 1..open).all(|k| {
        date_word(ctx, k) || (k == start + 1 && part(ctx, start, start + 2) == Part::Place)
    });
    // The parentheses end the dateline: a dash, a colon or the end of the line follows them.
    let ends =
        close + 1 >= end || is_dash(ctx.raw(close + 1)) || matches!(ctx.raw(close + 1), ":" | "|");
    let confidence = if outlet_named_as_place(ctx, open + 1, close) {
        OUTLET_CONFIDENCE
    } else if part(ctx, open + 1, close) == Part::Other
        && (open + 1..close).all(|k| {
            ctx.words
                .get(k)
                .is_some_and(|w| !ctx.lexicon.is_common_word(&w.key))
        })
    {
        0.75
    } else {
        return;
    };
    if placed && dated && ends {
        if let Some(span) = words_span(ctx, open + 1, 0, close) {
            out.push(candidate(
                span,
                EntityLabel::Org,
                Recogniser::Rule,
                confidence,
                1,
            ));
        }
    }
}

/// Word `k` belongs to a date: a number, a month or weekday name, the ordinal of a month ("تشرين الثاني", "ربيع
/// الأول"), an era letter ("هـ", "م"), a comma.
fn date_word(ctx: &Context<'_>, k: usize) -> bool {
    use crate::load::cues::{MONTHS, WEEKDAYS};
    let is = |k: usize, list: &[&str]| {
        ctx.words
            .get(k)
            .is_some_and(|w| list.contains(&w.key.as_str()))
    };
    let Some(w) = ctx.words.get(k) else {
        return false;
    };
    let key = w.key.as_str();
    key.chars().all(|c| c.is_ascii_digit())
        || matches!(ctx.raw(k), "،" | ",")
        || is(k, MONTHS)
        || is(k, WEEKDAYS)
        || matches!(key, "ه" | "م")
        || (matches!(
            key,
            "الاول" | "الثاني" | "الاخر" | "الاخره" | "الاولي" | "الثانيه"
        ) && k.checked_sub(1).is_some_and(|p| is(p, MONTHS)))
}
