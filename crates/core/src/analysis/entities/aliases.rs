//! Names that the text itself marks as names: an organisation's short form in parentheses after it
//! ("... الأمريكية (إيباك)"), and a name in quotation marks after a head word ("صحيفة «واشنطن تايمز»").

use super::lexicon::Flags;
use super::rules::{OUTLET_KINDS, candidate, match_at, stem_among, words_span};
use super::{Candidate, Context, Recognise};
use crate::analysis::tokens::TokenKind;
use crate::analysis::{EntityLabel, Recogniser};

/// Confidence of an outlet named in marks after a reporting word or a source cue: above the lists' (0.9), so
/// "لـ«الرياض»" is the newspaper, not the city. [`super::cluster::spread`] keeps such a name to its own mention
/// when the lists or the common words know it as something else.
pub const OUTLET_CONFIDENCE: f32 = 0.95;

/// Most words an alias or a quoted name may have.
const MAX_WORDS: usize = 4;

/// The word index just after the words `first..` that a bracketed or quoted run of 1..=MAX_WORDS words closes
/// with `close`, when word `open_at` is one of `open`. Returns (first word, end) of the inner words.
fn bracketed(
    ctx: &Context<'_>,
    open_at: usize,
    open: &[&str],
    close: &[&str],
) -> Option<(usize, usize)> {
    if !open.contains(&ctx.raw(open_at)) {
        return None;
    }
    let first = open_at + 1;
    let mut end = first;
    while end - first <= MAX_WORDS {
        let w = ctx.words.get(end)?;
        if close.contains(&ctx.raw(end)) {
            return (end > first).then_some((first, end));
        }
        if !w.is_wordlike() || ctx.text.get(w.span.range())?.contains('\n') {
            return None;
        }
        end += 1;
    }
    None
}

/// Short forms in parentheses right after a recognised organisation: "رابطة ... (ئايه دي إل)".
pub fn parenthesised_aliases(ctx: &Context<'_>, merged: &[Candidate]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for c in merged.iter().filter(|c| c.label == EntityLabel::Org) {
        let next = word_after_name(ctx, c.span);
        let Some((first, end)) = bracketed(ctx, next, &["("], &[")"]) else {
            continue;
        };
        if ctx.is_stop(first) || (end == first + 1 && !short_form(ctx, first)) {
            continue;
        }
        if let Some(span) = words_span(ctx, first, 0, end) {
            out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.7, 1));
        }
    }
    out
}

/// The word right after the name at `span`, past the mark that closes quotation marks opened right before it:
/// "شركة «نورتال» [(]Nortal)" gives the parenthesis, as "شركة نورتال [(]Nortal)" does.
pub(super) fn word_after_name(ctx: &Context<'_>, span: crate::span::Span) -> usize {
    let next = ctx.words.partition_point(|w| w.span.end <= span.end);
    let first = ctx.words.partition_point(|w| w.span.end <= span.start);
    let opened = first
        .checked_sub(1)
        .is_some_and(|p| matches!(ctx.raw(p), "«" | "\"" | "“" | "\u{201d}"));
    if opened && matches!(ctx.raw(next), "»" | "\"" | "”" | "\u{201c}") {
        next + 1
    } else {
        next
    }
}

/// True when the one word `i` in parentheses after an organisation can be its short form: not one of the
/// language's frequent words ("(الوزارة)", "(المنظمة)": the body's kind, said again), a nationality ("(الفرنسية)")
/// or a place or person the lists know ("(لبنان)": where the body is), nor a definite relative adjective
/// ("(اليمينية)"), unless the lists know it as an organisation.
fn short_form(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let flags = ctx.lexicon.flags(&w.key);
    if flags.contains(Flags::ORG) {
        return true;
    }
    let other = Flags::NATIONALITY
        .union(Flags::LOC)
        .union(Flags::TOWN)
        .union(Flags::PERSON)
        .union(Flags::GIVEN);
    // "صحيفة «واشنطن تايمز» (اليمينية)": a definite relative adjective describes the body; a feminine one without
    // the article describes the picture or the text ("مجلس الوزراء (أرشيفية)", "(رسمية)").
    let relative = w.key.ends_with("يه") || (w.key.starts_with("ال") && w.key.ends_with('ي'));
    !ctx.lexicon.is_common_word(&w.key) && !flags.intersects(other) && !relative
}

/// A body's Arabic short form in parentheses right after a name the rules did not find whole ("القوة الدولية
/// للمساعدة الأمنية [(إيساف)]"): one Arabic word of three letters or more, without the article, that no list
/// knows and that is none of the language's frequent words (not "(مسجلة)"), and no relative adjective in "ية";
/// the words before the parentheses end in a definite word ("الأمنية", "للأنباء") after another word, as a
/// body's long name does.
pub struct BracketedAcronymRule;

impl Recognise for BracketedAcronymRule {
    fn name(&self) -> &'static str {
        "bracketed-acronym"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for open in 2..ctx.words.len() {
            let Some((first, end)) = bracketed(ctx, open, &["("], &[")"]) else {
                continue;
            };
            if end != first + 1 || !acronym_word(ctx, first) {
                continue;
            }
            let before = open - 1;
            let definite_before = ctx.words.get(before).is_some_and(|w| {
                w.kind == TokenKind::Arabic
                    && !w.stop
                    && (w.key.starts_with("ال") || w.key.starts_with("لل"))
            }) && ctx
                .words
                .get(before - 1)
                .is_some_and(|w| w.kind == TokenKind::Arabic && !w.stop);
            let gap_ok = ctx
                .words
                .get(before)
                .zip(ctx.words.get(open))
                .is_some_and(|(b, o)| {
                    ctx.text
                        .get(b.span.end..o.span.start)
                        .is_some_and(|g| g.chars().all(|ch| ch == ' '))
                });
            if !definite_before || !gap_ok {
                continue;
            }
            if let Some(span) = words_span(ctx, first, 0, end) {
                out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.6, 1));
            }
        }
        out
    }
}

/// True when word `i` can be a body's Arabic short form: see [`BracketedAcronymRule`].
fn acronym_word(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.as_str();
    w.kind == TokenKind::Arabic
        && !w.stop
        && k.chars().count() >= 3
        && !k.starts_with("ال")
        && !k.ends_with("يه")
        && ctx.lexicon.flags(k) == Flags::default()
        && !ctx.lexicon.is_common_word(k)
        && !w.stems.iter().any(|s| {
            ctx.lexicon.is_common_word(&s.key) || ctx.lexicon.flags(&s.key) != Flags::default()
        })
}

/// Reporting words after which "لـ" + a quoted name is the outlet spoken to ("قال لـ«...»", "في تصريح لـ«...»").
const REPORTING: [&str; 26] = [
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "اكد",
    "اكدت",
    "اوضح",
    "اوضحت",
    "اضاف",
    "اضافت",
    "صرح",
    "صرحت",
    "كشف",
    "كشفت",
    "ذكر",
    "ذكرت",
    "افاد",
    "افادت",
    "تصريح",
    "تصريحات",
    "حديث",
    "تعليق",
    "حوار",
    "مقابله",
    "وفقا",
    "طبقا",
];

/// Words after which a name in marks is the source cited: a site ("موقع «...»"), a feminine reporting verb whose
/// subject is the outlet ("ذكرت «...» أن"), or "according to" ("بحسب «...»", "نقلا عن «...»").
const SOURCE_CUES: [&str; 5] = ["موقع", "حسب", "بحسب", "لموقع", "بموقع"];

/// Feminine reporting verbs whose subject in marks is the outlet when "أن" follows ("ذكرت «الحياة» أن"); a quote
/// in marks after them ("قالت «...»") has no "أن" after it.
const SOURCE_VERBS: [&str; 10] = [
    "ذكرت",
    "افادت",
    "نشرت",
    "كشفت",
    "اوردت",
    "نقلت",
    "اكدت",
    "اوضحت",
    "قالت",
    "اعلنت",
];

/// True when word `i` cites a source whose name in marks follows.
fn cites_source(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let k = w.key.strip_prefix(['و', 'ف']).unwrap_or(&w.key);
    if SOURCE_CUES.contains(&k) || SOURCE_CUES.contains(&w.key.as_str()) {
        return true;
    }
    // "نقلا عن «...»": "عن" alone introduces any complement ("أعلن عن «...»").
    if w.key == "عن"
        && i.checked_sub(1)
            .and_then(|p| ctx.words.get(p))
            .is_some_and(|p| p.key == "نقلا")
    {
        return true;
    }
    // "ما نشرته «الحياة»", "ما أوردته «سبق»": the verb with its object pronoun, in a relative clause, has the
    // source as its subject right after it.
    if k.strip_suffix("ه")
        .or_else(|| k.strip_suffix("ها"))
        .is_some_and(|verb| SOURCE_VERBS.contains(&verb) && verb.ends_with('ت'))
    {
        return bracketed(
            ctx,
            i + 1,
            &["«", "“", "\"", "\u{201d}"],
            &["»", "”", "\"", "\u{201c}"],
        )
        .is_some_and(|(first, end)| end - first <= 3);
    }
    if !SOURCE_VERBS.contains(&k) {
        return false;
    }
    let Some((_, end)) = bracketed(
        ctx,
        i + 1,
        &["«", "“", "\"", "\u{201d}"],
        &["»", "”", "\"", "\u{201c}"],
    ) else {
        return false;
    };
    end - (i + 2) <= 2
        && ctx.words.get(end + 1).is_some_and(|n| {
            // "إن", "أنها", "بأنهم": the complementiser, with a pronoun or without.
            let k = n.key.as_str();
            matches!(k, "ان" | "بان" | "عن")
                || ["انه", "انها", "انهم", "بانه", "بانها", "بانهم"].contains(&k)
        })
}

/// True when word `i` is a detached "لـ" after a reporting word within the three words before it: the quoted
/// name after it is the newspaper, agency or channel the speaker told ("وقالت لـ«الوطن»").
fn told_to(ctx: &Context<'_>, i: usize) -> bool {
    if ctx.words.get(i).is_none_or(|w| w.key != "ل") || !ctx.raw(i).contains('\u{640}') {
        return false;
    }
    let reported = (1..=3).any(|back| {
        i.checked_sub(back)
            .and_then(|p| ctx.words.get(p))
            .is_some_and(|w| {
                let k = w.key.strip_prefix(['و', 'ف']).unwrap_or(&w.key);
                REPORTING.contains(&k) || REPORTING.contains(&w.key.as_str())
            })
    });
    // "وقال الدكتور سالم العمري لـ«الرياض» إن ...": a long subject puts the verb further back, but what is told
    // to the outlet follows it ("إن", "أن", "بأن" or a colon).
    reported
        || bracketed(
            ctx,
            i + 1,
            &["«", "“", "\"", "\u{201d}"],
            &["»", "”", "\"", "\u{201c}"],
        )
        .is_some_and(|(_, end)| {
            ctx.words.get(end + 1).is_some_and(|n| {
                matches!(n.key.as_str(), "ان" | "بان") || matches!(ctx.raw(end + 1), ":")
            })
        })
}

/// Word `i` (after its clitics) names a kind of outlet ("قناة", "لصحيفة").
fn outlet_kind(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words.get(i).is_some_and(|w| {
        w.stems
            .iter()
            .any(|s| OUTLET_KINDS.contains(&s.key.as_str()))
    })
}

/// A name in quotation marks right after an organisation head word: "قناة «سي إن إن»", "منظمة «جي ستريت»".
pub struct QuotedNameRule;

/// The marks around a name after a head word: besides the double ones, the single quotes some papers write
/// ("صحيفة 'ماركا'", "‘ماركا’").
const NAME_OPEN_MARKS: [&str; 7] = ["«", "“", "\"", "\u{201d}", "'", "\u{2018}", "\u{2019}"];
const NAME_CLOSE_MARKS: [&str; 7] = ["»", "”", "\"", "\u{201c}", "'", "\u{2019}", "\u{2018}"];

impl Recognise for QuotedNameRule {
    fn name(&self) -> &'static str {
        "quoted-name"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let heads = Flags::ORG_HEAD
            .union(Flags::ORG_HEAD_OUT)
            .union(Flags::ORG_HEAD_NAME);
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let told = told_to(ctx, i);
            let (words, outlet) = match match_at(ctx, i, heads) {
                // "صحيفة «الرياض»", "قناة "العربية"": an outlet its kind names, as without the marks.
                Some(m) => (
                    m.words,
                    m.words == 1
                        && ctx
                            .words
                            .get(i)
                            .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                            .is_some_and(|s| OUTLET_KINDS.contains(&s.key.as_str())),
                ),
                // "لقناة «الرياضية»": a channel, which no head list holds (قناة is also a canal).
                None if told || cites_source(ctx, i) || outlet_kind(ctx, i) => (1, true),
                None => continue,
            };
            let Some((first, end)) = bracketed(ctx, i + words, &NAME_OPEN_MARKS, &NAME_CLOSE_MARKS)
            else {
                continue;
            };
            // "لـ«اليوم»": one word in marks after a reporting verb names the outlet, even a common one.
            if ctx.is_stop(first) && !(told && end == first + 1) {
                continue;
            }
            // The outlet told or cited is the name's use here even where the lists know a place of that name
            // ("قال لـ«الرياض»" is the newspaper; "في الرياض" stays the city).
            let confidence = if outlet { OUTLET_CONFIDENCE } else { 0.75 };
            if let Some(span) = words_span(ctx, first, 0, end) {
                out.push(candidate(
                    span,
                    EntityLabel::Org,
                    Recogniser::Rule,
                    confidence,
                    1,
                ));
            }
            // "لـ«الشرق» و«اليوم»": a second outlet in marks joined to the first with "و" is told or cited too.
            if outlet {
                let mut close = end;
                while ctx.words.get(close + 1).is_some_and(|w| w.key == "و") {
                    let Some((next, next_end)) =
                        bracketed(ctx, close + 2, &NAME_OPEN_MARKS, &NAME_CLOSE_MARKS)
                    else {
                        break;
                    };
                    if next_end - next > 3 {
                        break;
                    }
                    if let Some(span) = words_span(ctx, next, 0, next_end) {
                        out.push(candidate(
                            span,
                            EntityLabel::Org,
                            Recogniser::Rule,
                            confidence,
                            1,
                        ));
                    }
                    close = next_end;
                }
            }
        }
        out
    }
}

/// Names in quotation marks listed after a plural or dual kind of body: "شركات السيارات الصينية مثل «[جيلي]»
/// و«[شيري]»", "شركتا "[إل جي]" و"[سوني]"", "الصحف الثلاث سواء «[المدينة]» أو «[عكاظ]»". The marks name the
/// bodies the plural counts; right after the plural and its definite words, or after a word that opens a list
/// ("مثل", "منها", "سواء", "هي", ":"). A slogan or a title in marks has no such plural before it.
pub struct QuotedListRule;

/// Plural and dual kinds of body (normalised) whose names a list in marks gives.
const BODY_PLURALS: [&str; 20] = [
    "شركات",
    "الشركات",
    "شركتا",
    "شركتي",
    "بنوك",
    "البنوك",
    "مصارف",
    "المصارف",
    "صحف",
    "الصحف",
    "صحيفتي",
    "قنوات",
    "القنوات",
    "وكالات",
    "الوكالات",
    "انديه",
    "الانديه",
    "جامعات",
    "الجامعات",
    "منظمات",
];

/// Words that open the list of names after the plural (normalised).
const LIST_OPENERS: [&str; 6] = ["مثل", "منها", "ومنها", "سواء", "هي", "وهي"];

/// The open and close marks of a quoted name.
const OPEN_MARKS: [&str; 4] = ["«", "“", "\"", "\u{201d}"];
const CLOSE_MARKS: [&str; 4] = ["»", "”", "\"", "\u{201c}"];

/// Most words between the plural and the first name in marks ("شركات [إنتاج السيارات الصينية مثل] «جيلي»").
const MAX_GAP: usize = 5;

/// Most names one list gives.
const MAX_ITEMS: usize = 8;

impl Recognise for QuotedListRule {
    fn name(&self) -> &'static str {
        "quoted-list"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            if stem_among(ctx, i, &BODY_PLURALS).is_none() {
                continue;
            }
            // The first mark: right after the plural and its definite words, or after a list opener.
            let mut open = None;
            let mut all_definite = true;
            for k in i + 1..=i + 1 + MAX_GAP {
                let Some(w) = ctx.words.get(k) else { break };
                if OPEN_MARKS.contains(&ctx.raw(k)) {
                    let after_opener = k.checked_sub(1).is_some_and(|p| {
                        p > i
                            && (ctx.raw(p) == ":"
                                || ctx
                                    .words
                                    .get(p)
                                    .is_some_and(|pw| LIST_OPENERS.contains(&pw.key.as_str())))
                    });
                    if after_opener || all_definite {
                        open = Some(k);
                    }
                    break;
                }
                if ctx.raw(k) == ":" {
                    continue;
                }
                if !w.is_wordlike() {
                    break;
                }
                all_definite &= w.key.starts_with("ال") || LIST_OPENERS.contains(&w.key.as_str());
            }
            let Some(mut at) = open else { continue };
            for _ in 0..MAX_ITEMS {
                let Some((first, end)) = bracketed(ctx, at, &OPEN_MARKS, &CLOSE_MARKS) else {
                    break;
                };
                if end - first > 3 || ctx.is_stop(first) {
                    break;
                }
                if let Some(span) = words_span(ctx, first, 0, end) {
                    out.push(candidate(span, EntityLabel::Org, Recogniser::Rule, 0.75, 1));
                }
                // The next item after "و", "أو" or a comma.
                let sep = end + 1;
                let joins = matches!(ctx.words.get(sep).map(|w| w.key.as_str()), Some("و" | "او"))
                    || ctx.raw(sep) == "،"
                    || ctx.raw(sep) == ",";
                if !joins {
                    break;
                }
                at = sep + 1;
            }
        }
        out
    }
}
