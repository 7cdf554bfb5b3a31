//! Subheadings in plain-text news: how a reader tells them from body text without markup.
//!
//! A subheading is a short standalone line that heads body text: a few words, no sentence-final punctuation,
//! not the last line, followed by a clearly longer line, and not one of the short lines news text is full of
//! (wire markers, datelines, bylines, share boilerplate, photo captions, timestamps, reported speech).
//! Lines led by "* " or a number ("1-", "١-", "2.") are subheadings under the same conditions, else list items.
//! A heading heads a section of the body, so it comes after some body text (the lines between the title and the
//! first body paragraph are the article's head: strapline, byline, dateline), and it stands alone (a short line
//! after another short bare line belongs to a run of them: verse, a list, an address). The questions of an
//! interview are not headings either.

use super::cues::{self, norm, strip_conjunction};
use crate::document::{BlockKind, LineMarker as Marker, is_digit, line_marker};

/// The longest subheading, in words.
pub(super) const MAX_HEADING_WORDS: usize = 12;

/// A non-empty, trimmed line of a plain-text article.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line<'a> {
    pub text: &'a str,
    /// A blank line stands between this line and the previous one.
    pub blank_before: bool,
}

/// Block kind and level for each line: the first line is the title.
pub(super) fn classify(lines: &[Line<'_>]) -> Vec<(BlockKind, u8)> {
    let article = Article {
        wrap: wrap_width(lines),
        first_body: first_body(lines),
        interview: is_interview(lines),
        boilerplate: lines.iter().map(|_| std::sync::OnceLock::new()).collect(),
    };
    let kind = |i: usize| {
        if i == 0 {
            (BlockKind::Title, 1)
        } else if is_heading(lines, i, &article) {
            (BlockKind::Heading, 2)
        } else if lines.get(i).and_then(|l| marker(l.text)).is_some() {
            (BlockKind::Item, 0)
        } else {
            (BlockKind::Paragraph, 0)
        }
    };
    // Each line is judged from its neighbours and the article-wide facts above: a long text's lines on all cores.
    if lines.len() < PARALLEL_LINES {
        (0..lines.len()).map(kind).collect()
    } else {
        use rayon::prelude::*;
        (0..lines.len()).into_par_iter().map(kind).collect()
    }
}

/// Articles with more lines than this are classified in parallel.
const PARALLEL_LINES: usize = 2048;

/// What the heading rules look at in the whole article, found once.
struct Article {
    /// See [`wrap_width`].
    wrap: Option<usize>,
    /// See [`first_body`].
    first_body: Option<usize>,
    /// See [`is_interview`].
    interview: bool,
    /// [`is_boilerplate`] of each line, found when first asked (a line is asked about as a candidate, as the
    /// line after one and as the line before one: a long paragraph was read three times).
    boilerplate: Vec<std::sync::OnceLock<bool>>,
}

impl Article {
    /// [`is_boilerplate`] of line `i`.
    fn boilerplate(&self, lines: &[Line<'_>], i: usize) -> bool {
        let Some(line) = lines.get(i) else {
            return false;
        };
        match self.boilerplate.get(i) {
            Some(cell) => *cell.get_or_init(|| is_boilerplate(line.text)),
            None => is_boilerplate(line.text),
        }
    }
}

/// The line width of hard-wrapped text (an editor or mailer broke paragraphs into lines of at most ~W
/// characters), or `None` when lines are whole paragraphs. In wrapped text the first line of a paragraph is
/// short in words yet not a heading; it is, however, nearly as long as the wrap width.
fn wrap_width(lines: &[Line<'_>]) -> Option<usize> {
    let mut lengths: Vec<usize> = lines
        .iter()
        .skip(1)
        .map(|l| l.text.chars().count())
        .collect();
    if lengths.len() < 6 {
        return None;
    }
    lengths.sort_unstable();
    let width = *lengths.get(lengths.len() * 9 / 10)?;
    // Whole-paragraph lines of news text run to hundreds of characters; wrapped ones stop near 60-100.
    if width > 130 {
        return None;
    }
    let full = lines
        .iter()
        .skip(1)
        .filter(|l| l.text.chars().count() * 4 >= width * 3 && !ends_like_sentence(l.text))
        .count();
    (full * 10 >= lengths.len() * 3).then_some(width)
}

fn is_heading(lines: &[Line<'_>], i: usize, article: &Article) -> bool {
    let wrap = article.wrap;
    let (Some(line), Some(prev), Some(next)) = (lines.get(i), lines.get(i - 1), lines.get(i + 1))
    else {
        return false; // the title, or the last line: nothing follows it to head
    };
    let mark = marker(line.text);
    if mark == Some(Marker::Bullet) {
        return false;
    }
    let body = mark.map_or(line.text, |_| strip_marker(line.text));
    // Counted only as far as the rules look: a paragraph is one line of thousands of words.
    let words = body.split_whitespace().take(MAX_HEADING_WORDS + 1).count();
    if !(1..=MAX_HEADING_WORDS).contains(&words)
        || letter_words(body) < min_letter_words(mark.is_some(), prev.text)
        || ends_like_sentence(body)
        || has_inner_sentence_end(body)
        || article.boilerplate(lines, i)
        || opens_running_text(body)
        || introduces_quote(prev.text, body)
        || wrap.is_some_and(|w| line.text.chars().count() * 10 >= w * 6)
    {
        return false;
    }
    if mark.is_none() {
        // Between the title and the first body paragraph sit a strapline, a byline, a dateline, not a
        // section; and a line that continues the previous one (no blank line, no closing punctuation) is a
        // wrapped line.
        if article.first_body.is_none_or(|b| b >= i)
            || !(line.blank_before || closes_text(prev.text))
        {
            return false;
        }
    }
    // After another short bare line (not the title), a line is one of a run: a verse, a list, an address.
    // Hard-wrapped text is all short bare lines, so there the blank line and the punctuation above decide.
    if i >= 2 && wrap.is_none() && is_bare_short(prev.text, || article.boilerplate(lines, i - 1)) {
        return false;
    }
    // An interview's question: in an interview, any; elsewhere one put to "you", or labelled "س:".
    let asks = is_question(body) && (article.interview || addresses_you(body, false));
    if asks || is_qa_label(line.text) {
        return false;
    }
    heads_body(
        next,
        article.boilerplate(lines, i + 1),
        words,
        wrap.is_some(),
    )
}

/// The fewest words of letters a subheading has. A marker ("* ", "1-") makes one word enough; so does a full
/// paragraph ended by a full stop before the line ("التضخم" heading the section after it). After a line that
/// exclaims or closes a quotation, one word is the quoted author's name ("... !!" then "فولتير"), not a heading.
fn min_letter_words(marked: bool, prev: &str) -> usize {
    let after_paragraph = prev.ends_with('.') && !prev.ends_with("..");
    if marked || after_paragraph { 1 } else { 2 }
}

/// The first body paragraph after the title: a line longer than a heading, or a sentence.
fn first_body(lines: &[Line<'_>]) -> Option<usize> {
    lines
        .iter()
        .skip(1)
        .position(|l| {
            let words = l
                .text
                .split_whitespace()
                .take(MAX_HEADING_WORDS + 1)
                .count();
            words > MAX_HEADING_WORDS || (words >= 5 && closes_text(l.text))
        })
        .map(|k| k + 1)
}

/// A short line with words and nothing that ends or continues a sentence (a heading, a verse, a list entry, a
/// name). Credits, captions and wire markers are not counted: a heading may well follow one.
/// `boilerplate` says whether the line is boilerplate ([`is_boilerplate`]), asked last.
fn is_bare_short(text: &str, boilerplate: impl FnOnce() -> bool) -> bool {
    let words = text.split_whitespace().take(MAX_HEADING_WORDS + 1).count();
    words <= MAX_HEADING_WORDS
        && letter_words(text) >= 1
        && !closes_text(text)
        && !ends_like_sentence(text)
        && !boilerplate()
}

/// A question of an interview as the quotes pass reads one: a question mark at its end put to "you" (with the
/// second-person verbs interviews ask with), or a "س:" label.
pub(crate) fn asks_you(text: &str) -> bool {
    is_qa_label(text) || (is_question(text) && addresses_you(text, true))
}

/// A line that ends with a question mark or carries a "س:" label.
pub(crate) fn is_question_line(text: &str) -> bool {
    is_question(text) || (is_qa_label(text) && text.trim_start().starts_with('س'))
}

/// Ends with a question mark (before closing quotes or brackets).
fn is_question(text: &str) -> bool {
    without_closers(text).ends_with(['؟', '?'])
}

/// "س: ..." / "ج- ..." (سؤال، جواب): a question or an answer of an interview.
fn is_qa_label(text: &str) -> bool {
    let mut chars = text.chars().filter(|c| *c != ' ');
    matches!(
        (chars.next(), chars.next()),
        (
            Some('س' | 'ج'),
            Some(':' | '/' | '-' | '–' | ')' | '.' | '：')
        )
    )
}

/// The line speaks to "you": a second-person pronoun or suffixed form ("لديكم", "برأيك", "أنت"); with `verbs`,
/// also the present-tense verbs interview questions are asked with ("ترى", "تتوقع"), which can be read as
/// third-person feminine too and so count only where the whole article says interview.
fn addresses_you(text: &str, verbs: bool) -> bool {
    text.split(|c: char| {
        !cues::is_alphanumeric(c) && !matches!(c, '\u{64B}'..='\u{652}' | '\u{640}')
    })
    .filter(|t| !t.is_empty())
    .map(norm)
    .any(|t| {
        let bare = strip_conjunction(&t);
        cues::contains(cues::SECOND_PERSON, bare)
            || (verbs && cues::contains(cues::SECOND_PERSON_VERBS, bare))
    })
}

/// An interview: lines labelled "س:"/"ج:", at least two questions put to "you", or at least two questions each
/// answered on the next line after a dash ([`dash_answered`]). Its questions are not headings, whoever they
/// address ("وما أبرز التحديات؟" after "كيف ترى ...؟").
fn is_interview(lines: &[Line<'_>]) -> bool {
    let body = lines.get(1..).unwrap_or_default();
    let labelled = body.iter().filter(|l| is_qa_label(l.text)).count();
    let asked = body
        .iter()
        .filter(|l| is_question(l.text) && addresses_you(l.text, true))
        .count();
    let dashed = body
        .windows(2)
        .filter(|pair| match pair {
            [q, a] => dash_answered(q.text, a.text),
            _ => false,
        })
        .count();
    labelled >= 2 || asked >= 2 || dashed >= MIN_DASH_ANSWERS
}

/// How many questions answered after a dash make an interview: one could be a rhetorical question and a list item.
pub(crate) const MIN_DASH_ANSWERS: usize = 2;

/// A question line and the line after it that answers it after a dash ("* ما أبرز مشروعاتكم؟" then "- نعمل على
/// ..."): the layout of a printed interview, whatever the question's words.
pub(crate) fn dash_answered(question: &str, answer: &str) -> bool {
    is_question(question) && answer.trim_start().starts_with(['-', '–', '—'])
}

/// A line after "... قال:" that opens with a quotation mark or dash is what was said, not a heading. (A colon
/// alone does not decide it: "قرر المجلس ما يلي :" is often followed by a subheading.)
fn introduces_quote(prev: &str, text: &str) -> bool {
    prev.trim_end().ends_with([':', '：'])
        && text.starts_with(['"', '«', '“', '\'', '‘', '-', '–', '—'])
}

/// The next line is body text, clearly longer than the candidate heading.
/// In wrapped text the next line is at most a wrap width long, so only "longer than the heading" is asked.
/// `boilerplate`: the next line is boilerplate ([`is_boilerplate`]).
fn heads_body(next: &Line<'_>, boilerplate: bool, heading_words: usize, wrapped: bool) -> bool {
    if boilerplate || marker(next.text).is_some_and(|m| m != Marker::Bullet) {
        return false;
    }
    let floor = if wrapped { 6 } else { 8 };
    let needed = (heading_words + 3).max(floor);
    next.text.split_whitespace().take(needed).count() >= needed
}

fn marker(text: &str) -> Option<Marker> {
    line_marker(text).map(|(kind, _)| kind)
}

/// The line without its marker.
fn strip_marker(text: &str) -> &str {
    line_marker(text)
        .and_then(|(_, len)| text.get(len..))
        .unwrap_or(text)
}

/// Words with at least two letters (a timestamp such as "18:18 ت م" has none).
fn letter_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
}

/// The text without closing quotes and brackets at its end.
fn without_closers(text: &str) -> &str {
    text.trim_end_matches(|c: char| {
        matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '›') || c.is_whitespace()
    })
}

/// Ends with punctuation that closes or continues a sentence: a heading ends bare (or with ? or !).
fn ends_like_sentence(text: &str) -> bool {
    without_closers(text).ends_with(['.', '،', ',', ':', '؛', ';', '…', '：'])
}

/// A previous line that ends a sentence or a block (so the next line stands alone).
fn closes_text(text: &str) -> bool {
    text.ends_with([
        '.', '!', '?', '؟', '…', '"', '”', '»', ')', ']', '’', '\'', ':', '؛', ';',
    ])
}

/// A full stop, question or exclamation mark followed by more text: two sentences, not a heading.
/// "د." and other one-letter abbreviations do not count.
fn has_inner_sentence_end(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        if !matches!(c, '.' | '!' | '?' | '؟') || i + 2 >= chars.len() {
            return false;
        }
        let before_is_word = i >= 2
            && chars.get(i - 1).is_some_and(|c| c.is_alphabetic())
            && chars.get(i - 2).is_some_and(|c| c.is_alphabetic());
        before_is_word && chars.get(i + 1).is_some_and(|c| c.is_whitespace())
    })
}

fn opens_running_text(text: &str) -> bool {
    let Some(first) = text.split_whitespace().next() else {
        return false;
    };
    let word = norm(first);
    cues::contains(cues::SENTENCE_OPENERS, &word)
        || cues::contains(cues::REPORTING_VERBS, &word)
        || cues::contains(cues::REPORTING_VERBS, strip_conjunction(&word))
}

/// Lines that are short but never headings: wire markers, datelines, bylines, captions, share boilerplate,
/// timestamps.
pub(super) fn is_boilerplate(text: &str) -> bool {
    let tokens: Vec<String> = text
        .split(|c: char| {
            !cues::is_alphanumeric(c) && !matches!(c, '\u{64B}'..='\u{652}' | '\u{640}')
        })
        .filter(|t| !t.is_empty())
        .map(norm)
        .collect();
    let Some(first) = tokens.first() else {
        return true; // no letters or digits at all: "***", "// //"
    };
    let short = tokens.len() <= MAX_HEADING_WORDS + 4;
    let wire = text.starts_with("//")
        || text.ends_with("//")
        || tokens.iter().all(|t| cues::contains(cues::WIRE_WORDS, t));
    let share = tokens
        .iter()
        .filter(|t| cues::contains(cues::SHARE_WORDS, t))
        .count();
    // "اقرأ أيضا: ...", "شاهد أيضاً ...": a teaser for another article, whatever its length.
    let teaser = matches!(first.as_str(), "اقرا" | "شاهد" | "طالع")
        && tokens.get(1).is_some_and(|t| t == "ايضا");
    // One word of page furniture ("إعلان", "فيديو") or of a share bar ("شارك").
    let furniture = tokens.len() == 1
        && (cues::contains(cues::LONE_FURNITURE, first)
            || cues::contains(cues::SHARE_WORDS, first));
    wire || teaser
        || furniture
        || cues::contains(cues::BYLINE_WORDS, first)
        || is_credit(text)
        || (short
            && (cues::contains(cues::CAPTION_WORDS, first)
                || tokens.iter().any(|t| t == "ارشيفيه")))
        || share >= 2.max(tokens.len() / 2)
        || (short && (is_dateline(&tokens) || names_agency(text, &tokens)))
        || (tokens.len() <= 8 && (has_numeric_date(text) || cites_source(&tokens)))
        || (tokens.len() <= 4 && has_clock_time(text))
}

/// "تحرير: ...", "المصدر : ...": a credit word followed by a colon.
fn is_credit(text: &str) -> bool {
    let Some(end) = text.find(|c: char| c.is_whitespace() || c == ':') else {
        return false;
    };
    let (word, rest) = text.split_at(end);
    rest.trim_start().starts_with(':') && cues::contains(cues::CREDIT_WORDS, &norm(word))
}

/// "نقلا عن صحيفة ...", "عن موقع ...": the credit of a republished article.
fn cites_source(tokens: &[String]) -> bool {
    match tokens {
        [first, second, ..] if first == "نقلا" && second == "عن" => true,
        [first, second, _, ..] if first == "عن" => cues::contains(cues::SOURCE_NOUNS, second),
        _ => false,
    }
}

/// A date written in figures: "1436/10/26", "2015-08-11", "11.8.2015".
fn has_numeric_date(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut groups: Vec<usize> = Vec::new(); // lengths of digit runs joined by one separator each
    let mut run = 0;
    for (k, c) in chars.iter().enumerate() {
        if is_digit(*c) {
            run += 1;
            continue;
        }
        let joins = matches!(c, '/' | '-' | '.')
            && run > 0
            && chars.get(k + 1).is_some_and(|n| is_digit(*n));
        if run > 0 {
            groups.push(run);
        }
        if !joins {
            if groups.len() >= 3 && date_like(&groups) {
                return true;
            }
            groups.clear();
        }
        run = 0;
    }
    if run > 0 {
        groups.push(run);
    }
    groups.len() >= 3 && date_like(&groups)
}

/// Three digit runs of a day, a month and a year (either way round).
fn date_like(groups: &[usize]) -> bool {
    match groups {
        [a, b, c] => {
            (*a == 4 && *b <= 2 && *c <= 2) || (*a <= 2 && *b <= 2 && (*c == 4 || *c == 2))
        }
        _ => false,
    }
}

/// A month name next to a number, with a year or a weekday: "الرياض 26 شوال 1436 هـ", "الأحد 9 أغسطس".
fn is_dateline(tokens: &[String]) -> bool {
    let is_number = |t: &str| t.chars().all(is_digit) || t.chars().last().is_some_and(is_digit);
    let has_month = tokens.iter().enumerate().any(|(i, t)| {
        cues::contains(cues::MONTHS, t)
            && (i
                .checked_sub(1)
                .and_then(|j| tokens.get(j))
                .is_some_and(|p| is_number(p))
                || tokens.get(i + 1).is_some_and(|n| is_number(n)))
    });
    let has_year = tokens
        .iter()
        .any(|t| t.chars().filter(|c| is_digit(*c)).count() == 4);
    let has_weekday = tokens.iter().any(|t| cues::contains(cues::WEEKDAYS, t));
    has_month && (has_year || has_weekday)
}

/// The line ends with a news agency, or names one in parentheses: "القاهرة (رويترز)", "... واس".
fn names_agency(text: &str, tokens: &[String]) -> bool {
    let tail = |n: usize| {
        tokens
            .len()
            .checked_sub(n)
            .and_then(|s| tokens.get(s..))
            .map(|t| t.join(" "))
    };
    if (1..=4).any(|n| tail(n).is_some_and(|t| cues::contains(cues::AGENCIES, &t))) {
        return true;
    }
    text.split('(').skip(1).any(|part| {
        let inner = part.split(')').next().unwrap_or_default();
        let words: Vec<String> = inner
            .split(|c: char| !cues::is_alphanumeric(c))
            .filter(|t| !t.is_empty())
            .map(norm)
            .collect();
        cues::contains(cues::AGENCIES, &words.join(" "))
    })
}

fn has_clock_time(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| matches!(w, [a, ':', b] if is_digit(*a) && is_digit(*b)))
}
