//! The list matcher and the context rules: titles before person names, given names before family names,
//! organisation and place head words before their complements.

use super::lexicon::Flags;
use super::{Candidate, Context, Recognise};
use crate::analysis::{EntityLabel, Recogniser};
use crate::span::Span;

/// A phrase of the lists found at a word: clitic bytes skipped, words covered, and its flags.
#[derive(Clone, Copy, Debug)]
pub struct ListMatch {
    pub skip: usize,
    pub words: usize,
    pub flags: Flags,
}

/// The longest list phrase with one of the `want` flags starting at word `i` (under any clitic reading).
pub fn match_at(ctx: &Context<'_>, i: usize, want: Flags) -> Option<ListMatch> {
    let w = ctx.words.get(i)?;
    if !w.is_wordlike() {
        return None;
    }
    let mut best: Option<ListMatch> = None;
    for stem in &w.stems {
        let found =
            ctx.lexicon
                .table
                .longest(&stem.key, |k| ctx.next_key(i, k), |f| f.contains(want));
        let Some((words, flags)) = found else {
            continue;
        };
        if best.is_none_or(|b| words > b.words) {
            best = Some(ListMatch {
                skip: stem.skip,
                words,
                flags: *flags,
            });
        }
    }
    best
}

/// The number of words of a given name starting at word `i` as written (0 when none).
fn given_at(ctx: &Context<'_>, i: usize) -> usize {
    let Some(w) = ctx.words.get(i) else { return 0 };
    if !w.is_wordlike() || ctx.is_stop(i) {
        return 0;
    }
    ctx.lexicon
        .table
        .longest(&w.key, |k| ctx.next_key(i, k), |f| f.contains(Flags::GIVEN))
        .map_or(0, |(n, _)| n)
}

/// Words that link the parts of a name ("بن", "آل", "أبو", "دا").
const CONNECTORS: [&str; 13] = [
    "بن", "ابن", "بنت", "ال", "ابو", "ابي", "عبد", "دا", "دي", "دو", "فون", "فان", "ولد",
];

/// The flags that keep a word out of a person's name.
const NOT_NAME: Flags = Flags::TITLE
    .union(Flags::NATIONALITY)
    .union(Flags::ORG_HEAD)
    .union(Flags::ORG_HEAD_OUT)
    .union(Flags::ORG_HEAD_NAME)
    .union(Flags::PLACE_HEAD)
    .union(Flags::PLACE_HEAD_OUT)
    .union(Flags::LOC)
    .union(Flags::ORG)
    .union(Flags::ORG_ADJ);

/// True when word `i` can be part of a name: letters, not a stop word, title, head word or known place.
pub fn is_name_word(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    w.is_wordlike()
        && w.key.chars().count() >= 2
        && !ctx.is_stop(i)
        && !(ctx.lexicon.flags(&w.key).contains(NOT_NAME)
            && !ctx.lexicon.flags(&w.key).contains(Flags::GIVEN))
}

/// True when word `i` is followed by word `i + 1` on the same line with nothing but spaces between.
fn joined(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words.get(i).is_some_and(|w| w.joined_to_next)
}

/// Extends a person's name whose first part ends before word `end`: family names after given names,
/// "بن"/"آل" chains. Returns the end (exclusive) of the name.
pub fn extend_name(ctx: &Context<'_>, mut end: usize, mut after_given: bool) -> usize {
    let mut plain = 1;
    while plain < 5 && end > 0 && joined(ctx, end - 1) {
        let Some(w) = ctx.words.get(end) else { break };
        if CONNECTORS.contains(&w.key.as_str()) && joined(ctx, end) && is_name_word(ctx, end + 1) {
            end += 2;
            after_given = true;
            continue;
        }
        if !is_name_word(ctx, end) || !continues_name(ctx, end) {
            break;
        }
        let given = given_at(ctx, end);
        if w.key.starts_with("ال") && given == 0 {
            // A family name ("الجبير") follows a given name; after anything else it is a noun or adjective.
            if after_given {
                end += 1;
            }
            break;
        }
        if given > 0 {
            end += given;
            after_given = true;
        } else if after_given {
            end = name_tail(ctx, end + 1);
            after_given = false;
        } else {
            break;
        }
        plain += 1;
    }
    end
}

/// True when word `i`, after the first part of a name, can continue it: not a title ("ولي العهد"), not a
/// clitic-led word ("بالنسبة", "وأخيه", "للسياسيين"), not a noun with a pronoun suffix ("رأسها").
fn continues_name(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    let given = given_at(ctx, i) > 0;
    let clitic_article = ["بال", "لل", "وال", "فال", "كال"]
        .iter()
        .any(|p| k.starts_with(p));
    let conjunction = k.starts_with('و') && !given;
    let pronoun = (k.ends_with("ها") || k.ends_with("هم")) && !given;
    !clitic_article && !conjunction && !pronoun && match_at(ctx, i, Flags::TITLE).is_none()
}

/// True when word `i`, standing after a title without a known given name, reads as a name: no clitic-led or
/// feminine noun ("وزير [مالية]"), and not followed by a definite word it would be in construct with
/// ("[خالص] التعازي").
fn plausible_bare_name(ctx: &Context<'_>, i: usize) -> bool {
    if !continues_name(ctx, i) || ctx.raw(i).ends_with('ة') {
        return false;
    }
    let next_definite = joined(ctx, i)
        && !ctx.is_stop(i + 1)
        && ctx
            .words
            .get(i + 1)
            .is_some_and(|w| w.is_wordlike() && w.key.starts_with("ال"));
    !next_definite
}

/// Up to two more plain words that end a foreign name at a boundary ("حسين نقوي [حسيني] أن").
fn name_tail(ctx: &Context<'_>, end: usize) -> usize {
    let mut k = end;
    while k - end < 2 && joined(ctx, k - 1) {
        let Some(w) = ctx.words.get(k) else { break };
        if CONNECTORS.contains(&w.key.as_str()) {
            return k;
        }
        let plain = is_name_word(ctx, k)
            && continues_name(ctx, k)
            && !w.key.starts_with("ال")
            && !w.key.starts_with('ي')
            && !w.key.starts_with('ت')
            && !ctx.raw(k).ends_with('ة');
        if !plain {
            break;
        }
        k += 1;
    }
    let boundary = !joined(ctx, k - 1)
        || ctx.words.get(k).is_none_or(|w| !w.is_wordlike())
        || ctx.is_stop(k)
        || ctx
            .words
            .get(k)
            .is_some_and(|w| CONNECTORS.contains(&w.key.as_str()));
    if boundary { k } else { end }
}

/// Place and organisation names from the lists.
pub struct Gazetteer;

impl Recognise for Gazetteer {
    fn name(&self) -> &'static str {
        "gazetteer"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(m) = match_at(ctx, i, Flags::LOC.union(Flags::ORG)) else {
                continue;
            };
            // The curated organisation list wins over a territory list entry ("الأمم المتحدة").
            let label = if m.flags.contains(Flags::ORG) {
                EntityLabel::Org
            } else {
                EntityLabel::Loc
            };
            // "الخطوط السعودية": after a definite noun, a country name that is also an adjective agrees with it.
            if m.words == 1
                && m.skip == 0
                && m.flags.contains(Flags::NATIONALITY)
                && i > 0
                && joined(ctx, i - 1)
                && ctx
                    .words
                    .get(i - 1)
                    .is_some_and(|p| p.key.starts_with("ال"))
            {
                continue;
            }
            if let Some(span) = words_span(ctx, i, m.skip, i + m.words) {
                out.push(candidate(span, label, Recogniser::Gazetteer, 0.9, 2));
            }
        }
        out
    }
}

/// A title ("الرئيس", "وزير الخارجية الروسي") before a name: the name is a person.
pub struct TitleRule;

impl Recognise for TitleRule {
    fn name(&self) -> &'static str {
        "title"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let Some(m) = match_at(ctx, i, Flags::TITLE) else {
                continue;
            };
            let mut j = i + m.words;
            // The title's complement: "وزير [الخارجية الروسي]", "رئيس [الوزراء الإسرائيلي]".
            let mut skipped = 0;
            while skipped < 5 && joined(ctx, j - 1) {
                let Some(w) = ctx.words.get(j) else { break };
                if !w.is_wordlike() || ctx.is_stop(j) || given_at(ctx, j) > 0 {
                    break;
                }
                if let Some(n) = match_at(ctx, j, Flags::LOC.union(Flags::ORG).union(Flags::TITLE))
                {
                    j += n.words;
                } else if w.key.starts_with("ال")
                    || w.key.starts_with("لل")
                    || ctx.lexicon.flags(&w.key).contains(Flags::NATIONALITY)
                {
                    j += 1;
                } else if joined(ctx, j)
                    && match_at(ctx, j + 1, Flags::LOC).is_some_and(|n| n.skip == 0)
                {
                    // "رئيس [وزراء إسرائيل]": an indefinite noun in construct with a place.
                    j += 1;
                } else {
                    break;
                }
                skipped += 1;
            }
            if !joined(ctx, j - 1) || !is_name_word(ctx, j) {
                continue;
            }
            if ctx.words.get(j).is_some_and(|w| w.key.starts_with("ال")) && given_at(ctx, j) == 0
            {
                continue;
            }
            let given = given_at(ctx, j);
            if given == 0 && !plausible_bare_name(ctx, j) {
                continue;
            }
            let end = extend_name(ctx, j + given.max(1), given > 0);
            let confidence = if given > 0 { 0.85 } else { 0.75 };
            if let Some(span) = words_span(ctx, j, 0, end) {
                out.push(candidate(
                    span,
                    EntityLabel::Per,
                    Recogniser::Rule,
                    confidence,
                    3,
                ));
            }
        }
        out
    }
}

/// A given name followed by a family name ("دونالد ترامب", "عادل بن زيد الطريفي") is a person.
pub struct GivenNameRule;

impl Recognise for GivenNameRule {
    fn name(&self) -> &'static str {
        "given-name"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            if ctx.is_stop(i) {
                continue;
            }
            let Some(m) = match_at(ctx, i, Flags::GIVEN) else {
                continue;
            };
            // Only "و"/"ف" before a given name: "لدينا" is "we have", not "ل" + "دينا".
            let conj_only = ctx.words.get(i).is_some_and(|w| {
                w.stems.iter().any(|s| {
                    s.skip == m.skip
                        && (s.key == w.key
                            || w.key.strip_prefix('و') == Some(s.key.as_str())
                            || w.key.strip_prefix('ف') == Some(s.key.as_str()))
                })
            });
            // "ساو باولو": a given name inside a listed place is no person.
            let inside_list = (1..=2).any(|back| {
                i.checked_sub(back)
                    .and_then(|p| match_at(ctx, p, Flags::LOC.union(Flags::ORG)))
                    .is_some_and(|p| p.words > back)
            });
            if !conj_only || inside_list {
                continue;
            }
            let first_end = i + m.words;
            let end = extend_name(ctx, first_end, true);
            if end == first_end {
                continue;
            }
            if let Some(span) = words_span(ctx, i, m.skip, end) {
                out.push(candidate(span, EntityLabel::Per, Recogniser::Rule, 0.7, 1));
            }
        }
        out
    }
}

/// An organisation head word and its complement ("وزارة الخارجية", "المجلس الأعلى للأمن الوطني").
pub struct OrgHeadRule;

impl Recognise for OrgHeadRule {
    fn name(&self) -> &'static str {
        "org-head"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        let heads = Flags::ORG_HEAD
            .union(Flags::ORG_HEAD_OUT)
            .union(Flags::ORG_HEAD_NAME);
        for i in 0..ctx.words.len() {
            let Some(m) = match_at(ctx, i, heads) else {
                continue;
            };
            let start = i + m.words;
            let end = if m.flags.contains(Flags::ORG_HEAD_NAME) {
                proper_run(ctx, start)
            } else {
                let head_definite = ctx
                    .words
                    .get(i)
                    .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                    .is_some_and(|s| s.key.starts_with("ال"));
                org_complement(ctx, start, head_definite)
            };
            if end == start {
                continue;
            }
            let span = if m.flags.contains(Flags::ORG_HEAD) {
                words_span(ctx, i, m.skip, end)
            } else {
                words_span(ctx, start, 0, end)
            };
            if let Some(span) = span {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.8, 2));
            }
        }
        out
    }
}

/// Up to three proper-name-like words from `start` (Latin words included): "شركة [داتا بابيولار]".
fn proper_run(ctx: &Context<'_>, start: usize) -> usize {
    let mut end = start;
    while end - start < 3 && end > 0 && joined(ctx, end - 1) {
        let Some(w) = ctx.words.get(end) else { break };
        let latin = w.kind == crate::analysis::tokens::TokenKind::Latin;
        if !latin
            && (w.key.starts_with("ال") || !is_proper_like(ctx, end) || !continues_name(ctx, end))
        {
            break;
        }
        end += 1;
    }
    end
}

/// Where the previous word of an organisation's complement leaves the chain.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// The head itself.
    Head,
    /// An indefinite noun in construct ("وكالة [أنباء] ...", "هيئة [قناة] ...").
    Construct,
    /// A definite noun ("وزارة [الخارجية]").
    Noun,
    /// An adjective or a nationality ("[العامة]", "[الأمريكية]").
    Adjective,
    /// A noun linked by "لل" or "وال" ("[للأمن]", "[والعلوم]").
    Linked,
    /// A title ("جامعة [الملك] سعود").
    Title,
}

/// The end of an organisation name's complement starting at word `start` (`start` when there is none).
fn org_complement(ctx: &Context<'_>, start: usize, head_definite: bool) -> usize {
    let mut end = start;
    let mut prev = Prev::Head;
    while end - start < 7 && end > 0 && joined(ctx, end - 1) {
        let Some(w) = ctx.words.get(end) else { break };
        if !w.is_wordlike() || ctx.is_stop(end) {
            break;
        }
        let flags = ctx.lexicon.flags(&w.key);
        let k = w.key.as_str();
        let definite = k.starts_with("ال");
        let linked = k.starts_with("لل") || k.starts_with("وال");
        let adjective = flags.contains(Flags::ORG_ADJ) || flags.contains(Flags::NATIONALITY);
        let title = match_at(ctx, end, Flags::TITLE).is_some();
        let next = match prev {
            _ if title && !(prev == Prev::Head && definite) => None,
            Prev::Head if definite && title => Some(Prev::Title),
            Prev::Head if definite && adjective && head_definite => Some(Prev::Adjective),
            Prev::Head if definite => Some(Prev::Noun),
            Prev::Head if k.starts_with("لل") => Some(Prev::Linked),
            Prev::Head if !head_definite && is_proper_like(ctx, end) => Some(Prev::Construct),
            // "هيئة [قناة] السويس", "رابطة [معاداة] التشهير": an indefinite noun in construct with what follows.
            Prev::Head
                if !head_definite
                    && joined(ctx, end)
                    && !ctx.is_stop(end + 1)
                    && ctx
                        .words
                        .get(end + 1)
                        .is_some_and(|n| n.key.starts_with("ال")) =>
            {
                Some(Prev::Construct)
            }
            Prev::Construct if definite => Some(Prev::Noun),
            Prev::Construct if k.starts_with("لل") => Some(Prev::Linked),
            Prev::Title if given_at(ctx, end) > 0 => Some(Prev::Noun),
            _ if adjective && definite => Some(Prev::Adjective),
            // "للأمن" continues after an adjective ("الأعلى للأمن"), not after a noun ("الأمن للموافقة").
            Prev::Adjective | Prev::Linked | Prev::Construct if linked => Some(Prev::Linked),
            Prev::Noun if k.starts_with("وال") => Some(Prev::Linked),
            _ => None,
        };
        let Some(next) = next else { break };
        end += 1;
        prev = next;
    }
    end
}

/// A word that may be a proper name right after a head word: not a stop word, adjective, or imperfect verb.
fn is_proper_like(ctx: &Context<'_>, i: usize) -> bool {
    is_name_word(ctx, i) && ctx.words.get(i).is_some_and(|w| !w.key.starts_with('ي'))
}

/// A place head word and its name ("مدينة جدة" -> "جدة", "نهر النيل", "شمال سيناء").
pub struct PlaceHeadRule;

impl Recognise for PlaceHeadRule {
    fn name(&self) -> &'static str {
        "place-head"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        let heads = Flags::PLACE_HEAD
            .union(Flags::PLACE_HEAD_OUT)
            .union(Flags::DIRECTION);
        for i in 0..ctx.words.len() {
            let Some(m) = match_at(ctx, i, heads) else {
                continue;
            };
            let j = i + m.words;
            if !joined(ctx, j - 1) {
                continue;
            }
            let known = match_at(ctx, j, Flags::LOC);
            let (end, confidence) = match known {
                Some(k) if k.skip == 0 => (j + k.words, 0.85),
                _ if m.flags.contains(Flags::DIRECTION) => continue,
                _ if is_proper_like(ctx, j) => (j + 1, 0.6),
                _ => continue,
            };
            let span = if m.flags.contains(Flags::PLACE_HEAD_OUT) {
                words_span(ctx, j, 0, end)
            } else {
                words_span(ctx, i, m.skip, end)
            };
            if let Some(span) = span {
                out.push(candidate(
                    span,
                    EntityLabel::Loc,
                    Recogniser::Rule,
                    confidence,
                    1,
                ));
            }
        }
        out
    }
}

/// The span from word `first` (minus `skip` clitic bytes) to the end of word `end - 1`.
pub fn words_span(ctx: &Context<'_>, first: usize, skip: usize, end: usize) -> Option<Span> {
    let a = ctx.words.get(first)?;
    let b = ctx.words.get(end.checked_sub(1)?)?;
    let span = Span::new(a.span.start + skip, b.span.end);
    (!span.is_empty()).then_some(span)
}

fn candidate(
    span: Span,
    label: EntityLabel,
    source: Recogniser,
    confidence: f32,
    priority: u8,
) -> Candidate {
    Candidate {
        span,
        label,
        source,
        confidence,
        priority,
    }
}
