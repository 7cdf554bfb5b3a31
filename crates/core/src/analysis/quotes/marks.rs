//! Pass 1, marks: pairs the quotation marks of each paragraph and tells statements from scare quotes. Takes the
//! [`Tokens`]; gives the pairs ([`Marked`]), from which the context indexes the statements by token before the
//! candidates pass links reporting clauses to them.
//!
//! Pairing survives real text: « » “ ” " and { } in any mix, a closing mark used as opener (”...”), a pair
//! closed by a mark of another family when its own never comes, and an unclosed mark (the quote runs to the end of
//! its paragraph). Marks around a short name or term are not statements.

use super::context::Tokens;
use super::cues;
use super::draft::Marked;
use crate::span::Span;

/// Marks around at most this many words are a name or term unless punctuated or led by a reporting word.
const TERM_MAX_WORDS: usize = 3;

/// Marks after a preposition written with tatweel ("بـ«", "لـ«") hold a statement only with at least this many
/// words: shorter, they hold a name ("لـ«صحيفة الشرق الأوسط»").
const TATWEEL_STATEMENT_MIN_WORDS: usize = 7;

/// How many tokens before "...: «" a reporting word may stand to make the marks a statement ("وقال الوزير: «لا»").
const CUE_BEFORE_COLON_REACH: usize = 10;

/// Demonstratives after ب that point back at the quote before them ("«...»، بهذه الكلمات ختم فلان"), normalised.
const POINTING_BACK: &[&str] = &["بهذه", "بهذا", "بتلك", "بذلك"];

/// How many tokens after a verb of closing its object, the speaker's own speech, may stand ("تختم فلانة حديثها").
const CLOSING_OBJECT_REACH: usize = 8;

/// Punctuation inside short marks that makes them a sentence, not a term.
const STATEMENT_PUNCTUATION: &[&str] = &[".", "!", "?", "؟", ":", "…"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Guillemet,
    Curly,
    Straight,
    Brace,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
    /// Closes a quote but never opens one: the double prime (″) that web publishing tools write for a straight
    /// mark after a digit ("“شاهين 2″"), which is also an inch or second sign.
    CloseOnly,
}

fn mark(c: char) -> Option<(Family, Role)> {
    Some(match c {
        '«' => (Family::Guillemet, Role::Open),
        '»' => (Family::Guillemet, Role::Close),
        '“' | '„' => (Family::Curly, Role::Open),
        '”' => (Family::Curly, Role::Close),
        '″' => (Family::Curly, Role::CloseOnly),
        '"' => (Family::Straight, Role::Either),
        '{' => (Family::Brace, Role::Open),
        '}' => (Family::Brace, Role::Close),
        _ => return None,
    })
}

/// Words before marks that name what is in them (a title, a name), not what someone said.
const NAMING_WORDS: &[&str] = &[
    "بعنوان",
    "عنوانه",
    "باسم",
    "اسم",
    "المسمى",
    "المسماة",
    "يسمى",
    "تسمى",
    "سماه",
    "سمي",
    "سميت",
    "المعروف",
    "المعروفة",
    "موسوعة",
    "كتاب",
    "كتابه",
    "رواية",
    "فيلم",
    "مسلسل",
    "برنامج",
    "شعار",
    "وسم",
    "هاشتاغ",
    "هاشتاق",
    "صحيفة",
    "مجلة",
    "قناة",
    "تلفزيون",
    "وكالة",
    "موقع",
    "منظمة",
    "شركة",
    "حزب",
    "حركة",
    "جماعة",
    "عملية",
    "مبادرة",
    "مشروع",
    "حملة",
    "تنظيم",
];

fn naming_words() -> &'static std::collections::HashSet<String> {
    static S: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        NAMING_WORDS
            .iter()
            .map(|w| crate::analysis::normalize::normalize(w))
            .collect()
    })
}

/// Pairs the quotation marks of every block and decides which pairs hold statements.
pub(crate) fn pair(tokens: &Tokens) -> Vec<Marked> {
    let mut out = Vec::new();
    for (bi, block) in tokens.doc.blocks.iter().enumerate() {
        let Some(body) = block.span.get(tokens.text) else {
            continue;
        };
        let marks: Vec<(usize, usize, Family, Role)> = body
            .char_indices()
            .filter_map(|(i, c)| {
                mark(c).map(|(f, r)| {
                    let r = if f == Family::Straight {
                        straight_role(body, i)
                    } else {
                        r
                    };
                    (block.span.start + i, c.len_utf8(), f, r)
                })
            })
            .collect();
        out.extend(pair_block(tokens, bi, &marks));
    }
    for m in &mut out {
        m.statement = is_statement(tokens, m);
    }
    for i in 1..out.len() {
        if !out[i].statement && resumes_statement(tokens, &out[i - 1], &out[i]) {
            out[i].statement = true;
        }
    }
    let parenthesised = parenthesised_statements(tokens, &out);
    if !parenthesised.is_empty() {
        out.extend(parenthesised);
        out.sort_by_key(|m| m.open.start);
    }
    out
}

/// How many tokens a reporting clause between the two halves of a statement in marks may have ("، يقول فلان،").
const SPLIT_CLAUSE_MAX_TOKENS: usize = 12;

/// Words the second half of a split statement has at least (one word in marks is a term).
const SPLIT_HALF_MIN_WORDS: usize = 2;

/// "«...»، قال المتحدث باسم النقابة، «مهما كانت الضغوط»": marks right after a statement in marks and the
/// reporting clause that splits it (between commas, with a reporting verb) go on with that statement, however
/// short.
fn resumes_statement(tokens: &Tokens, before: &Marked, m: &Marked) -> bool {
    let Some(close) = before.close else {
        return false;
    };
    if !before.statement || before.block != m.block {
        return false;
    }
    let words = tokens
        .slice(m.content)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let from = tokens.tok_at(close.end);
    let to = tokens.tok_at(m.open.start);
    if words < SPLIT_HALF_MIN_WORDS || to <= from + 2 || to - from > SPLIT_CLAUSE_MAX_TOKENS {
        return false;
    }
    let comma = |k: usize| tokens.toks.get(k).is_some_and(|t| t.is_punct(&["،", ","]));
    comma(from)
        && comma(to - 1)
        && tokens.toks.range(from + 1..to - 1).any(|t| {
            t.is_word()
                && cues::lookup(t.key.as_str()).is_some_and(|c| {
                    matches!(c.form, cues::CueForm::Perfect | cues::CueForm::Imperfect)
                })
        })
}

/// Words a statement in parentheses has at least ("قال (لا)" is an aside).
const PAREN_STATEMENT_MIN_WORDS: usize = 2;

/// Object pronouns after a reporting verb before the parenthesis ("قائلة لها (...)").
const ADDRESSED: &[&str] = &["له", "لها", "لهم", "لنا", "لي"];

/// Statements in parentheses: "(...)" right after a reporting word ("تقول (...)", "قائلة لها (...)") or after its
/// colon, outside every pair of quotation marks. Other parentheses are asides, places or abbreviations.
fn parenthesised_statements(tokens: &Tokens, marks: &[Marked]) -> Vec<Marked> {
    let mut out = Vec::new();
    // Pairs in text order: a parenthesis inside one is skipped with a moving index (linear).
    let mut pairs = marks.iter().map(|m| (m.open.start, m.end())).peekable();
    for (bi, block) in tokens.doc.blocks.iter().enumerate() {
        let Some(body) = block.span.get(tokens.text) else {
            continue;
        };
        let mut from = 0;
        while let Some(o) = body.get(from..).and_then(|r| r.find('(')).map(|k| from + k) {
            let Some(c) = body
                .get(o + 1..)
                .and_then(|r| r.find([')', '(']))
                .map(|k| o + 1 + k)
            else {
                break;
            };
            from = c;
            if body.get(c..c + 1) != Some(")") {
                continue;
            }
            from = c + 1;
            let (open, close) = (block.span.start + o, block.span.start + c);
            while pairs.peek().is_some_and(|&(_, end)| end <= open) {
                pairs.next();
            }
            if pairs.peek().is_some_and(|&(start, _)| start < close) {
                continue;
            }
            let words = body
                .get(o + 1..c)
                .unwrap_or("")
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            if words < PAREN_STATEMENT_MIN_WORDS || !cue_before_paren(tokens, tokens.tok_at(open)) {
                continue;
            }
            let mut m = make(
                tokens,
                Span::new(open, open + 1),
                Some(Span::new(close, close + 1)),
                bi,
            );
            m.statement = true;
            out.push(m);
        }
    }
    out
}

/// A reporting word right before the parenthesis at token `open_tok`, maybe with its addressee ("قائلة لها") or
/// colon between.
fn cue_before_paren(tokens: &Tokens, open_tok: usize) -> bool {
    let Some(mut k) = open_tok.checked_sub(1) else {
        return false;
    };
    let Some(prev) = tokens.toks.get(k) else {
        return false;
    };
    if prev.is_punct(&[":"]) {
        return cue_before_colon(tokens, open_tok);
    }
    if ADDRESSED.contains(&prev.key.as_str()) {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        k = p;
    }
    tokens
        .toks
        .get(k)
        .is_some_and(|t| cues::lookup(t.key.as_str()).is_some())
}

/// One-letter prefixes written on the word a quote opens on ("و\"جالكسي").
const PREFIX_LETTERS: &[char] = &['و', 'ف', 'ب', 'ل', 'ك'];

/// What the spacing tells of a straight mark at byte `i` of `body`: a mark glued to the word after it and not to
/// the one before (or only to a one-letter prefix) opens; one glued to the word before and followed by a space or
/// punctuation closes; otherwise either.
fn straight_role(body: &str, i: usize) -> Role {
    let before = body.get(..i).unwrap_or("");
    let after = body.get(i + 1..).unwrap_or("");
    let mut back = before.chars().rev();
    let prev = back.next();
    let prev2 = back.next();
    let next = after.chars().next();
    let glued_after = next.is_some_and(char::is_alphanumeric);
    let glued_before = prev.is_some_and(char::is_alphanumeric);
    let prefix_only =
        prev.is_some_and(|c| PREFIX_LETTERS.contains(&c)) && prev2.is_none_or(char::is_whitespace);
    if glued_after && (!glued_before || prefix_only) {
        Role::Open
    } else if glued_before && !glued_after {
        Role::Close
    } else {
        Role::Either
    }
}

/// Pairs the marks of block `bi` (byte offset, length, family, role, in text order).
fn pair_block(tokens: &Tokens, bi: usize, marks: &[(usize, usize, Family, Role)]) -> Vec<Marked> {
    let mut out = Vec::new();
    // The last index of each family, so "does this family come again?" is one comparison.
    let mut last = [None::<usize>; 4];
    for (k, m) in marks.iter().enumerate() {
        if let Some(slot) = last.get_mut(m.2 as usize) {
            *slot = Some(k);
        }
    }
    let mut open: Option<usize> = None;
    // Straight marks opened inside an open straight quote ("قال: "نقدم هاتف "نجم" الجديد""): each closes its own
    // before the outer quote can close.
    let mut nested = 0usize;
    for (k, &(pos, len, fam, role)) in marks.iter().enumerate() {
        let later_of = |f: Family| {
            last.get(f as usize)
                .copied()
                .flatten()
                .is_some_and(|l| l > k)
        };
        match open {
            None => {
                // A closing mark opens only when its family comes again (a reversed pair ”...”); a straight mark
                // that looks closing with nothing open is a stray (its opener is missing).
                let opens = match role {
                    Role::Open | Role::Either => true,
                    Role::Close if fam == Family::Straight => {
                        later_of(fam) && misplaced_opener(tokens, pos, len)
                    }
                    Role::Close => later_of(fam),
                    Role::CloseOnly => false,
                };
                if opens {
                    open = Some(k);
                }
            }
            Some(o) => {
                let Some(&(opos, olen, ofam, _)) = marks.get(o) else {
                    continue;
                };
                if fam == Family::Straight && ofam == Family::Straight {
                    if role == Role::Open {
                        nested += 1;
                        continue;
                    }
                    if nested > 0 {
                        nested -= 1;
                        continue;
                    }
                }
                let mixed = fam != ofam && role != Role::Open && !later_of(ofam);
                if fam == ofam || mixed {
                    out.push(make(
                        tokens,
                        Span::new(opos, opos + olen),
                        Some(Span::new(pos, pos + len)),
                        bi,
                    ));
                    open = None;
                    nested = 0;
                }
            }
        }
    }
    if let Some(&(opos, olen, _, _)) = open.and_then(|o| marks.get(o)) {
        out.push(make(tokens, Span::new(opos, opos + olen), None, bi));
    }
    out
}

/// How many tokens before a straight mark a reporting word may stand for [`misplaced_opener`].
const MISPLACED_OPENER_CUE_REACH: usize = 4;

/// "وتابع البيان\" وتتقدم القوات ...\"": a straight mark glued to the word before it, with a space and a word
/// after it, opens a quote when nothing is open and a reporting word stands just before it (its space was typed
/// on the wrong side).
fn misplaced_opener(tokens: &Tokens, pos: usize, len: usize) -> bool {
    let next_is_word = tokens
        .text
        .get(pos + len..)
        .is_some_and(|r| r.starts_with(' ') && r.trim_start().starts_with(char::is_alphabetic));
    let k = tokens.tok_at(pos);
    let from = k
        .saturating_sub(MISPLACED_OPENER_CUE_REACH)
        .max(tokens.block_start(k));
    next_is_word
        && tokens
            .toks
            .range(from..k)
            .any(|t| cues::lookup(t.key.as_str()).is_some())
}

fn make(tokens: &Tokens, open: Span, close: Option<Span>, block: usize) -> Marked {
    let end = close.map_or_else(
        || {
            tokens
                .doc
                .blocks
                .get(block)
                .map_or(open.end, |b| b.span.end)
        },
        |c| c.start,
    );
    let content = tokens.trim(Span::new(open.end, end.max(open.end)));
    Marked {
        open,
        close,
        content,
        block,
        statement: false,
        absorbed: false,
        linked: None,
    }
}

/// Words after a short name in marks that show it is the reporting verb's subject (normalised): a complementiser
/// ("ذكرت «الحياة» أن"), or "في" of the issue or report it appeared in.
const SUBJECT_FOLLOWERS: &[&str] = &["ان", "بان", "انه", "انها", "انهم", "في"];

/// A statement has a sentence in it; a name or short term in marks (scare quotes, titles) has not.
fn is_statement(tokens: &Tokens, m: &Marked) -> bool {
    if m.content.is_empty() {
        return false;
    }
    let first = tokens.tok_at(m.content.start);
    let end = tokens.tok_at(m.content.end);
    let inner = || tokens.toks.range(first..end);
    // Written words, not tokens: a model name with its number ("جالكسي أس6") is one word, not two, and a number
    // alone ("كراي اكس سي 40") is not a word.
    let words = tokens
        .slice(m.content)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let open_tok = tokens.tok_at(m.open.start);
    let prev = open_tok
        .checked_sub(1)
        .and_then(|i| tokens.toks.get(i))
        .filter(|t| t.block == m.block);
    if let Some(p) = prev {
        // "لـ«الشرق الأوسط»": a preposition written with tatweel before a name; a sentence in marks after it is
        // what a clause reports ("ونددت البعثة بـ«...»").
        if p.raw.ends_with('ـ') && words < TATWEEL_STATEMENT_MIN_WORDS {
            return false;
        }
        let bare = p.key.as_str().strip_prefix('و').unwrap_or(p.key.as_str());
        if naming_words().contains(bare) || naming_words().contains(p.key.as_str()) {
            return false;
        }
    }
    if words <= APPOSITION_MAX_WORDS
        && !inner().any(|t| t.is_punct(STATEMENT_PUNCTUATION))
        && prev.is_some_and(|p| names_a_thing(tokens, p))
        && continues_after(tokens, m)
    {
        return false;
    }
    if words > TERM_MAX_WORDS {
        return true;
    }
    let punctuated = inner().any(|t| t.is_punct(STATEMENT_PUNCTUATION));
    // "واتهمها «بتدمير» لبنان": one word in marks that its sentence runs on from is a term the writer borrows,
    // even after a reporting verb; an answer in marks ("قال «لا».") ends its clause.
    if words == 1 && !punctuated && continues_after(tokens, m) {
        return false;
    }
    // "وذكرت «الحياة» أن ...": a name in marks that a complementiser follows is the verb's subject.
    let subject_in_marks = m.close.is_some_and(|close| {
        tokens
            .toks
            .get(tokens.tok_at(close.end))
            .is_some_and(|t| t.block == m.block && SUBJECT_FOLLOWERS.contains(&t.key.as_str()))
    });
    // "قال «نعم»", "وقال الوزير: «لا»": a reporting verb leads into the marks.
    let cue_before = !subject_in_marks
        && prev.is_some_and(|p| {
            cues::lookup(p.key.as_str()).is_some()
                || (p.is_punct(&[":"]) && cue_before_colon(tokens, open_tok))
        });
    // "«المنافسة قوية»، يقول فلان": a reporting word right after the closing mark (past a comma) attributes it.
    let cue_after =
        m.close.is_some_and(|close| {
            let mut k = tokens.tok_at(close.end);
            if tokens
                .toks
                .get(k)
                .is_some_and(|t| t.is_punct(&["،", ","]) && t.block == m.block)
            {
                k += 1;
            }
            // "«...»، هكذا وصف فلان": the adverb before the verb.
            if tokens.toks.get(k).is_some_and(|t| {
                t.block == m.block && super::candidates::is_hakadha(t.key.as_str())
            }) {
                k += 1;
            }
            // "«...»، بهذه الكلمات ختمت فلانة حديثها": the phrase that points back at the quote before the verb.
            if tokens.toks.get(k).is_some_and(|t| {
                t.block == m.block
                    && POINTING_BACK.contains(&t.key.as_str().trim_start_matches('و'))
            }) && tokens
                .toks
                .get(k + 1)
                .is_some_and(|n| n.is_word() && n.key.as_str().starts_with("ال"))
            {
                k += 2;
            }
            // "«...»، تختم فلانة حديثها": a verb of closing with the speaker's own speech as its object.
            let closing = tokens.toks.get(k).is_some_and(|t| {
                t.block == m.block && super::speaker::closing_verb(t.key.as_str())
            }) && (k + 2..k + CLOSING_OBJECT_REACH).any(|o| {
                tokens.toks.get(o).is_some_and(|t| {
                    t.block == m.block && super::speaker::own_speech_noun(t.key.as_str())
                })
            });
            // A finite verb ("قال", "يقول"): a participle after marks ("”، مبينا أن") starts a statement of its own.
            closing
                || tokens.toks.get(k).is_some_and(|t| {
                    t.block == m.block
                        && t.is_word()
                        && cues::lookup(t.key.as_str()).is_some_and(|c| {
                            matches!(c.form, cues::CueForm::Perfect | cues::CueForm::Imperfect)
                        })
                })
        });
    words > 0 && (punctuated || cue_before || cue_after)
}

/// Marks around at most this many words between a common noun and the rest of its sentence are the noun's name
/// ("حاسوب “تيان خه- وان ايه” الصيني", "تخصص "تقنية الاتصالات وأمن المعلومات" قرار حكيم").
const APPOSITION_MAX_WORDS: usize = 6;

/// Nouns of saying or writing (normalised): the marks after them hold what was said ("في بيان «...» أكد").
const SAYING_NOUNS: &[&str] = &[
    "بيان",
    "تصريح",
    "تصريحات",
    "كلمه",
    "رساله",
    "تغريده",
    "عباره",
    "قوله",
    "قولها",
    "خطاب",
    "مقال",
];

/// An indefinite common noun before marks: not a name, title, plural of people, pronoun, reporting word,
/// complementiser, noun of saying, nor a word with an article or prefix.
fn names_a_thing(tokens: &Tokens, p: super::context::Tok<'_>) -> bool {
    use super::lexicon;
    let n = p.key.as_str();
    let bare = n.strip_prefix('و').unwrap_or(n);
    // "الحاسوب الصيني “...” بقدرات": a definite adjective of relation after the noun it describes.
    let nisba = bare
        .strip_prefix("ال")
        .is_some_and(|r| r.chars().count() >= 4 && (r.ends_with('ي') || r.ends_with("يه")));
    p.is_word()
        && bare.chars().count() >= 3
        && (!bare.starts_with("ال") || nisba)
        && !n.starts_with('ب')
        && !n.starts_with('ل')
        && !p.raw.ends_with('ـ')
        && tokens.mentions_over(p.span).next().is_none()
        && cues::lookup(n).is_none()
        && !lexicon::is_title(n)
        && !lexicon::is_people_plural(n)
        && !lexicon::pronouns().contains(n)
        && !lexicon::stops().contains(n)
        && !lexicon::stops().contains(bare)
        && !SAYING_NOUNS.contains(&bare)
        && !matches!(n, "ان" | "بان" | "انه" | "انها" | "انهم")
}

/// The sentence goes on after the closing mark with a word that is no reporting word.
fn continues_after(tokens: &Tokens, m: &Marked) -> bool {
    m.close.is_some_and(|close| {
        tokens.toks.get(tokens.tok_at(close.end)).is_some_and(|t| {
            t.block == m.block && t.is_word() && cues::lookup(t.key.as_str()).is_none()
        })
    })
}

/// A reporting word among the tokens just before the colon that precedes the opening mark at token `open_tok`.
fn cue_before_colon(tokens: &Tokens, open_tok: usize) -> bool {
    let from = tokens.block_start(open_tok.saturating_sub(1));
    (from..open_tok)
        .rev()
        .take(CUE_BEFORE_COLON_REACH)
        .filter_map(|i| tokens.toks.get(i))
        .any(|t| cues::lookup(t.key.as_str()).is_some())
}
