//! Attributed statements (part of the candidates pass): "...، بحسب ما يقول المنتجون", "...، وفقا لوزارة الصحة":
//! the clause before the comma is what a named source said. Takes the reported drafts and the marks (a clause they
//! already hold is not taken again); gives attributed drafts.

use crate::analysis::quotes::context::{COMMAS, Ctx};
use crate::analysis::quotes::draft::{Draft, Marked, Who};
use crate::analysis::quotes::{cues, lexicon, speaker};
use crate::analysis::{EntityLabel, QuoteKind};
use crate::span::Span;

/// Words that attribute what precedes them (normalised).
const ATTRIBUTIONS: &[&str] = &["بحسب", "حسب", "حسبما", "وفقا", "وفق", "طبقا", "نقلا"];

/// True when the normalised word is an attribution, with or without the conjunction و: "وفقا" is the word itself,
/// whose و is no conjunction ("ووفقا" has one).
pub(super) fn is_attribution(key: &str) -> bool {
    ATTRIBUTIONS.contains(&key)
        || key
            .strip_prefix('و')
            .is_some_and(|bare| ATTRIBUTIONS.contains(&bare))
}

/// How many tokens after the attribution word (and its verb) the source's name is read from.
const SOURCE_ZONE: usize = 8;

/// The clause before the comma has at least this many tokens to be a statement.
const CLAUSE_MIN_TOKENS: usize = 3;

/// Nouns of what a source said or estimated, between the attribution word and the source ("بحسب تقديرات
/// الخبراء", "وفقا لبيان الوزارة"), normalised without a ل prefix.
const SAYING_NOUNS: &[&str] = &[
    "قول",
    "روايه",
    "كلام",
    "تقدير",
    "تقديرات",
    "راي",
    "تصريح",
    "تصريحات",
    "بيان",
    "تقرير",
    "مصادر",
];

/// Unnamed sources (normalised, in the genitive an attribution governs): "بحسب مصادر مطلعة", "وفقا لمصدر أمني",
/// "وبحسب الدبلوماسي" speak as written (the unnamed sources a reporting verb's subject may be, `speaker::UNNAMED`).
const UNNAMED_SOURCES: &[&str] = &[
    "مصدر",
    "مصادر",
    "مسوول",
    "مسوولين",
    "شهود",
    "شاهد",
    "دبلوماسي",
    "دبلوماسيين",
    "ناشط",
    "ناشطين",
];

/// Institutions (normalised, without the article) that stand for their full name as a source: "بحسب الشرطة"; and
/// the texts they issue ("وبحسب البيان، فإن ...").
const INSTITUTIONS: &[&str] = &[
    "شرطه",
    "حكومه",
    "شركه",
    "وكاله",
    "صحيفه",
    "جامعه",
    "بلديه",
    "اداره",
    "منظمه",
    "محكمه",
    "نيابه",
    "سفاره",
    "قياده",
    "جيش",
    "بعثه",
    "مديريه",
    "بيان",
    "تقرير",
    "دراسه",
];

/// A genitive sound plural in ـين of at least this many letters is taken for people ("المهندسين", not "بين").
const GENITIVE_PLURAL_MIN_LETTERS: usize = 6;

/// How many tokens after the attribution word its فإن may come ("وبحسب عدد من الخبراء فإن").
const FA_INNA_REACH: usize = 10;

/// Finds attributed statements that no reporting verb has already claimed.
pub(super) fn find(ctx: &Ctx, taken: &[Draft], marked: &mut [Marked]) -> Vec<Draft> {
    let mut out = in_text(ctx, taken, marked);
    let marked = &*marked;
    out.extend(leading(ctx, taken, marked));
    for i in 2..ctx.toks.len() {
        let Some((cue, source_start)) = attribution_at(ctx, i) else {
            continue;
        };
        let mut end = source_start;
        while end < ctx.toks.len() && end - source_start < SOURCE_ZONE && !ctx.ends_sentence(end) {
            end += 1;
        }
        let who = match speaker::source(ctx, source_start, end) {
            // "...، وفقا للشرطة.": ل on the article hides the definite noun, as in [`leading`].
            Who::Implicit => lam_definite(ctx, source_start, end).unwrap_or(Who::Implicit),
            who => who,
        };
        if !credible(ctx, &who) {
            continue;
        }
        let Some(span) = clause_before(ctx, i) else {
            continue;
        };
        if claimed(taken, marked, span) {
            continue;
        }
        out.push(Draft {
            kind: QuoteKind::Indirect,
            span,
            cue: Some(cue),
            who,
            priority: Draft::REPORTED,
        });
    }
    out
}

/// "، بحسب" at token `i`, outside the quotes in marks: the cue (the attribution word, or the verb in "بحسب ما
/// يقول", "حسبما أفادت") and the token where the source's name starts.
fn attribution_at(ctx: &Ctx, i: usize) -> Option<(Span, usize)> {
    let (Some(word), Some(comma)) = (
        ctx.toks.get(i),
        i.checked_sub(1).and_then(|p| ctx.toks.get(p)),
    ) else {
        return None;
    };
    let bare = word
        .key
        .as_str()
        .strip_prefix('و')
        .unwrap_or(word.key.as_str());
    if !comma.is_punct(COMMAS) || ctx.inside(i).is_some() {
        return None;
    }
    // "، على حد تعبير المتحدث", "، على حد قوله": as far as the source's words go.
    let as_far_as = bare == "علي"
        && ctx.toks.get(i + 1).is_some_and(|t| t.key.as_str() == "حد")
        && ctx.toks.get(i + 2).is_some_and(|t| {
            let n = t.key.as_str();
            n.starts_with("تعبير") || n.starts_with("قول")
        });
    if as_far_as {
        return Some((word.span, i + 3));
    }
    if !is_attribution(word.key.as_str()) {
        return None;
    }
    let mut k = i + 1;
    let mut cue = word.span;
    // "بحسب ما أعلنت", "وفقا لما ذكرته": the relative, with the ل of وفقا/طبقا written on it.
    let relative = ctx
        .toks
        .get(k)
        .is_some_and(|x| matches!(x.key.as_str(), "ما" | "لما"));
    if relative {
        k += 1;
    }
    if (relative || bare == "حسبما")
        && let Some(v) = ctx
            .toks
            .get(k)
            .filter(|v| cues::lookup(v.key.as_str()).is_some())
    {
        cue = v.span;
        k += 1;
        // "بحسب ما أفاد به المتحدث": the verb's ب with its pronoun.
        if ctx
            .toks
            .get(k)
            .is_some_and(|x| matches!(x.key.as_str(), "به" | "بها"))
        {
            k += 1;
        }
    }
    // "نقلا عن الوكالة".
    if ctx.toks.get(k).is_some_and(|x| x.key.as_str() == "عن") {
        k += 1;
    }
    // "حسب قول رئيس الغرفة", "وفقا لتصريحات الوزير": the noun of what was said, then its source.
    let genitive_follows = ctx.toks.get(k + 1).is_some_and(|t| {
        t.is_word() && (t.key.as_str().starts_with("ال") || lexicon::is_title(t.key.as_str()))
            || ctx.mentions_over(t.span).next().is_some()
    });
    if ctx.toks.get(k).is_some_and(|t| {
        let n = t.key.as_str();
        let n = n
            .strip_prefix('ل')
            .filter(|r| SAYING_NOUNS.contains(r))
            .unwrap_or(n);
        SAYING_NOUNS.contains(&n) && !UNNAMED_SOURCES.contains(&n)
    }) && genitive_follows
    {
        k += 1;
    }
    Some((cue, k))
}

/// True when `span` overlaps a statement already found: a draft, or the statement of a quote in marks.
fn claimed(taken: &[Draft], marked: &[Marked], span: Span) -> bool {
    taken.iter().any(|d| d.span.overlaps(span))
        || marked
            .iter()
            .any(|m| m.statement && !m.absorbed && m.content.overlaps(span))
}

/// The clause from the start of the sentence to the comma before the attribution word at token `i`.
fn clause_before(ctx: &Ctx, i: usize) -> Option<Span> {
    let start = ctx.sentence_start(i);
    let start = start
        + transition(ctx, start)
            .filter(|&n| start + n < i)
            .unwrap_or(0);
    let (Some(first), Some(last)) = (ctx.toks.get(start), ctx.toks.get(i - 2)) else {
        return None;
    };
    if start + CLAUSE_MIN_TOKENS > i - 1 {
        return None;
    }
    Some(Span::new(first.span.start, last.span.end))
}

/// Nouns of the writer's turn to another matter ("وفي سياق متصل"، "ومن جهة أخرى"، "وعلى صعيد آخر"), normalised.
const TRANSITION_NOUNS: &[&str] = &["سياق", "صعيد", "جهه", "ناحيه", "جانب", "اطار"];

/// Words that close such a turn ("آخر", "متصل", "أخرى", "ذاته").
const TRANSITION_CLOSERS: &[&str] = &["اخر", "اخري", "متصل", "ذاته", "نفسه", "ثان"];

/// "وفي سياق متصل، ..."، "ومن جهة أخرى، ..."، "وفي المقابل، ...": the writer's turn at token `k`, with its comma;
/// the number of its tokens. It opens the writer's sentence, not what the source said.
fn transition(ctx: &Ctx, k: usize) -> Option<usize> {
    let is =
        |x: usize, f: &dyn Fn(&str) -> bool| ctx.toks.get(x).is_some_and(|t| f(t.key.as_str()));
    let opens = is(k, &|w| {
        let w = w.strip_prefix('و').filter(|r| !r.is_empty()).unwrap_or(w);
        matches!(w, "في" | "من" | "علي")
    });
    if !opens {
        return None;
    }
    let len = if is(k + 1, &|w| matches!(w, "المقابل" | "الاثناء")) {
        2
    } else if is(k + 1, &|w| TRANSITION_NOUNS.contains(&w))
        && is(k + 2, &|w| TRANSITION_CLOSERS.contains(&w))
    {
        3
    } else {
        return None;
    };
    ctx.toks
        .get(k + len)
        .is_some_and(|t| t.is_punct(COMMAS))
        .then_some(len + 1)
}

/// A source worth a statement: a person or organisation, a plural of people, or a titled name; not a poll or a
/// report ("بحسب استطلاع للرأي").
pub(super) fn credible(ctx: &Ctx, who: &Who) -> bool {
    match who {
        Who::Named {
            entity: Some(e), ..
        } => ctx
            .entities
            .get(*e)
            .is_some_and(|e| matches!(e.label, EntityLabel::Per | EntityLabel::Org)),
        Who::Named { span, title, .. } => {
            let first = ctx.toks.get(ctx.tok_at(span.start));
            !title.is_empty()
                || first.is_some_and(|t| {
                    let n = t.key.as_str();
                    let n = n.strip_prefix('ل').unwrap_or(n);
                    lexicon::is_people_plural(n) || UNNAMED_SOURCES.contains(&n)
                })
        }
        // "بحسب المتحدث باسم الشرطة": a title.
        Who::Title { .. } => true,
        // "وفقا للوزارة", "بحسب الشرطة": an institution standing for its name (not "بحسب الخطة").
        // "وفقا للبيان" (ل on the article, whose alif is dropped), "وحسب المصدر": the unnamed source as written.
        // The word may come without its article already: "وزاره" is no و with "زاره".
        Who::Definite { word, .. } => {
            let w = word
                .strip_prefix("لل")
                .filter(|r| r.chars().count() >= 2)
                .or_else(|| word.strip_prefix('ل').map(lexicon::bare))
                .unwrap_or_else(|| lexicon::bare(word));
            let known = |w: &str| {
                lexicon::org_heads().contains(w)
                    || INSTITUTIONS.contains(&w)
                    || UNNAMED_SOURCES.contains(&w)
            };
            known(w) || known(word.strip_prefix("ال").unwrap_or(word))
        }
        _ => false,
    }
}

/// The definite noun at token `source` with the attribution's ل on its article ("للبيان", "للشرطة"), alone
/// before token `end`: the word without its article, as the speakers pass reads a definite noun ("بيان", "شرطه").
fn lam_definite(ctx: &Ctx, source: usize, end: usize) -> Option<Who> {
    ctx.toks
        .get(source)
        .filter(|t| {
            t.key.as_str().starts_with("لل")
                && (source + 1..end).all(|k| ctx.toks.get(k).is_some_and(|p| !p.is_word()))
        })
        .map(|t| Who::Definite {
            word: t.key.as_str().get("لل".len()..).unwrap_or("").to_owned(),
            span: t.span,
        })
}

/// "وفقا لمصادر أمنية": the unnamed sources speak, without the ل written on them.
fn without_lam(ctx: &Ctx, who: Who) -> Who {
    match who {
        Who::Named {
            span,
            entity: None,
            title,
        } if ctx.toks.get(ctx.tok_at(span.start)).is_some_and(|t| {
            t.raw.starts_with('ل')
                && t.key
                    .as_str()
                    .strip_prefix('ل')
                    .is_some_and(|r| UNNAMED_SOURCES.contains(&r))
        }) =>
        {
            Who::Named {
                span: Span::new(span.start + 'ل'.len_utf8(), span.end),
                entity: None,
                title,
            }
        }
        who => who,
    }
}

/// Where the source of the attribution word at token `i` ends and its statement starts: at فإن ("وبحسب الخبراء
/// فإن ..."), else after the first comma of the sentence ("ووفقا لمصادر مطلعة، ستعقد القمة ...", "وحسب الشرطة،
/// فقد ..."), both within [`FA_INNA_REACH`] tokens.
fn statement_after_source(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let mut comma = None;
    for k in i + 1..i + 1 + FA_INNA_REACH {
        if ctx.ends_sentence(k - 1) {
            break;
        }
        let t = ctx.toks.get(k)?;
        if matches!(t.key.as_str(), "فان" | "فانه" | "فانها") {
            return Some((k, k + 1));
        }
        if comma.is_none() && t.is_punct(COMMAS) && k > i + 1 {
            comma = Some(k);
        }
    }
    let k = comma?;
    // "، فقد تم ...": the particle opens the statement's verb.
    let fa_qad = ctx
        .toks
        .get(k + 1)
        .is_some_and(|t| matches!(t.key.as_str(), "فقد" | "فان" | "فانه" | "فانها"));
    Some((k, k + 1 + usize::from(fa_qad)))
}

/// "وبحسب عدد من الخبراء فإن ...", "ووفقا للوزارة فإن ...": an attribution that opens the sentence, then فإن and
/// the statement to the end of the sentence.
fn leading(ctx: &Ctx, taken: &[Draft], marked: &[Marked]) -> Vec<Draft> {
    let mut out = Vec::new();
    // The statements' walks never overlap: each starts past where the last one ended, so the pass stays linear.
    let mut covered = 0;
    for i in 0..ctx.toks.len() {
        if i < covered {
            continue;
        }
        if ctx.sentence_start(i) != i
            && !ctx
                .toks
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_punct(COMMAS))
        {
            continue;
        }
        let Some(word) = ctx.toks.get(i) else {
            continue;
        };
        if !is_attribution(word.key.as_str()) || ctx.inside(i).is_some() {
            continue;
        }
        let Some((fa, start)) = statement_after_source(ctx, i) else {
            continue;
        };
        let mut source = i + 1;
        // "وفقا لـ", "طبقا لما", "نقلا عن": the ل written apart, the عن of نقلا.
        while ctx.toks.get(source).is_some_and(|t| {
            matches!(t.key.as_str(), "ل" | "لما" | "ما" | "عن") || t.raw.ends_with('ـ')
        }) && source < fa
        {
            source += 1;
        }
        // "وبحسب ما أعلنه البنك، فإن", "وحسبما أفاد المتحدث، فإن", "ووفقا لما ذكرته الوزارة فإن": the verb of the
        // relative clause (and its ب with a pronoun) stands between the attribution and the source.
        let relative = source > i + 1
            && ctx
                .toks
                .get(source - 1)
                .is_some_and(|t| matches!(t.key.as_str(), "ما" | "لما"))
            || word.key.as_str().trim_start_matches('و') == "حسبما";
        if relative
            && source + 1 < fa
            && ctx
                .toks
                .get(source)
                .is_some_and(|t| cues::lookup(t.key.as_str()).is_some())
        {
            source += 1;
            if ctx
                .toks
                .get(source)
                .is_some_and(|x| matches!(x.key.as_str(), "به" | "بها"))
                && source + 1 < fa
            {
                source += 1;
            }
        }
        // "بحسب مصادر الوزارة" names the ministry; "بحسب مصادر مطلعة" has the sources themselves speak.
        let genitive_follows = ctx.toks.get(source + 1).is_some_and(|t| {
            t.key.as_str().starts_with("ال") || ctx.mentions_over(t.span).next().is_some()
        });
        // "وبحسب بيان صادر عن الوزارة، فإن", "وفقا للتقرير الصادر عن البنك": the issuer after "issued by" is the
        // source.
        let issued_by = |k: usize| {
            k + 2 < fa
                && ctx.toks.get(k).is_some_and(|t| {
                    matches!(lexicon::bare(t.key.as_str()), "صادر" | "صادره" | "صدر")
                })
                && ctx.toks.get(k + 1).is_some_and(|t| t.key == "عن")
        };
        if ctx.toks.get(source).is_some_and(|t| {
            let n = t.key.as_str();
            let n = n
                .strip_prefix('ل')
                .filter(|r| r.starts_with("ال") || SAYING_NOUNS.contains(r))
                .unwrap_or(n);
            // The noun may be definite before "الصادر" ("للتقرير": ل on the article).
            let n = if issued_by(source + 1) {
                t.key
                    .as_str()
                    .strip_prefix("لل")
                    .unwrap_or(lexicon::bare(n))
            } else {
                n
            };
            SAYING_NOUNS.contains(&n) && (genitive_follows || !UNNAMED_SOURCES.contains(&n))
        }) {
            source += 1;
            if issued_by(source) {
                source += 2;
            }
        }
        let who = match speaker::source(ctx, source, fa) {
            // "ووفقا للبيان، فإن": ل on the article (its alif dropped) hides the definite noun from the reader.
            Who::Implicit => lam_definite(ctx, source, fa).unwrap_or(Who::Implicit),
            who => who,
        };
        // "عدد من الخبراء": a group of people as written.
        let group = matches!(&who, Who::Named { span, entity: None, .. }
        if ctx.toks.get(ctx.tok_at(span.end).saturating_sub(1)).is_some_and(|t| {
            let n = t.key.as_str();
            // "الاقتصاديين", "المهندسين": a sound plural in its genitive after من.
            let b = lexicon::bare(n);
            lexicon::is_people_plural(n)
                || (b.ends_with("ين") && b.chars().count() >= GENITIVE_PLURAL_MIN_LETTERS)
        }));
        if !credible(ctx, &who) && !group {
            continue;
        }
        let who = without_lam(ctx, who);
        let (span, end) = to_sentence_end(ctx, taken, start, word.block);
        covered = end;
        let Some(span) = span else {
            continue;
        };
        // "ووفقا للشرطة، فإن المتهم اعترف بجريمته": a reporting verb inside the statement, right after its own
        // subject, is part of what the source said; the statement (which starts first) wins over it.
        let outside: Vec<&Draft> = taken
            .iter()
            .filter(|d| {
                !(nested(ctx, d)
                    && d.cue
                        .is_some_and(|c| span.start <= c.start && c.end <= span.end))
            })
            .collect();
        if outside.iter().any(|d| d.span.overlaps(span))
            || marked
                .iter()
                .any(|m| m.statement && !m.absorbed && m.content.overlaps(span))
        {
            continue;
        }
        out.push(Draft {
            kind: QuoteKind::Indirect,
            span,
            cue: Some(word.span),
            who,
            priority: Draft::REPORTED,
        });
    }
    out
}

/// The statement that starts at token `start` in block `block`: to the end of its sentence (its last word), or to
/// a quote in marks, cut before a later reporting clause of the sentence ("...، مشيرين إلى أن ..."), which has its
/// own statement (None when fewer than [`CLAUSE_MIN_TOKENS`] remain); with the token where the walk stopped.
fn to_sentence_end(
    ctx: &Ctx,
    taken: &[Draft],
    start: usize,
    block: usize,
) -> (Option<Span>, usize) {
    let mut end = start;
    while let Some(t) = ctx.toks.get(end) {
        if t.block != block || ctx.opener(end).is_some() {
            break;
        }
        if ctx.ends_sentence(end) {
            if t.is_word() {
                end += 1;
            }
            break;
        }
        end += 1;
    }
    let covered = end;
    let from = ctx.toks.get(start).map_or(0, |t| t.span.start);
    let until = ctx
        .toks
        .get(end.saturating_sub(1))
        .map_or(0, |t| t.span.end);
    if let Some(cut) = taken
        .iter()
        .filter(|d| d.span.start > from && d.span.start < until && !nested(ctx, d))
        .filter_map(|d| d.cue)
        .map(|c| c.start)
        .filter(|&c| c > from)
        .min()
    {
        end = end.min(ctx.tok_at(cut));
    }
    while end > start
        && ctx
            .toks
            .get(end - 1)
            .is_some_and(|t| !t.is_word() && t.kind != crate::analysis::tokens::TokenKind::Number)
    {
        end -= 1;
    }
    if end < start + CLAUSE_MIN_TOKENS {
        return (None, covered);
    }
    let span = match (ctx.toks.get(start), ctx.toks.get(end - 1)) {
        (Some(a), Some(b)) => Some(Span::new(a.span.start, b.span.end)),
        _ => None,
    };
    (span, covered)
}

/// True when the reporting word of draft `d` follows a word with no punctuation between and has no و/ف on it: the
/// verb of a clause inside another statement ("فإن المتهم [اعترف] بجريمته"), not a new reporting clause ("،
/// مشيرة إلى", "وأضاف").
fn nested(ctx: &Ctx, d: &Draft) -> bool {
    let Some(cue) = d.cue else {
        return false;
    };
    let k = ctx.tok_at(cue.start);
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    k > 0
        && !t.key.as_str().starts_with('و')
        && !t.key.as_str().starts_with('ف')
        && ctx.toks.get(k - 1).is_some_and(|p| p.is_word())
        && !ctx.ends_sentence(k - 1)
}

/// Texts a statement is issued in (normalised, without article or possessive): "وجاء في البيان أن ...".
const TEXT_NOUNS: &[&str] = &[
    "بيان",
    "بلاغ",
    "تقرير",
    "دراسه",
    "رساله",
    "خطاب",
    "كلمه",
    "تصريح",
    "تصريحات",
    "تغريده",
    "مذكره",
    "وثيقه",
    "نص",
];

/// Complementisers that open the content after "جاء في ..." (normalised).
const TEXT_COMPLEMENTISERS: &[&str] =
    &["ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم"];

/// How many tokens after the text noun its complementiser may come ("وجاء في بيان صادر عن الهيئة العامة للطيران
/// المدني أن").
const TEXT_COMP_REACH: usize = 9;

/// A text noun in a normalised word, with what is written on it: its stem, and whether it is definite (with its
/// article) or carries a possessive pronoun ("كلمته": its speaker's own text).
fn text_noun(key: &str) -> Option<(bool, bool)> {
    if let Some(b) = key.strip_prefix("ال") {
        return TEXT_NOUNS.contains(&b).then_some((true, false));
    }
    if TEXT_NOUNS.contains(&key) {
        return Some((false, false));
    }
    // "كلمته"، "رسالتها"، "تصريحاته" (ة written ت before the pronoun).
    let stem = key
        .strip_suffix("هم")
        .or_else(|| key.strip_suffix("ها"))
        .or_else(|| key.strip_suffix('ه'))?;
    let stem = match stem.strip_suffix('ت') {
        Some(r) if TEXT_NOUNS.contains(&format!("{r}ه").as_str()) => format!("{r}ه"),
        _ => stem.to_owned(),
    };
    TEXT_NOUNS.contains(&stem.as_str()).then_some((false, true))
}

/// "وجاء في البيان أن ..."، "وجاء في تقرير الهيئة أن ...": what a text says, reported with جاء في at the start of a
/// sentence or after its comma, the content after the complementiser to the end of the sentence. The text speaks
/// for whoever issued it: a definite statement noun is resolved to its issuer, the name after the noun is read as
/// after a reporting verb's subject ("بيان الوزارة", "بيان صادر عن الهيئة"), a possessive is the last speaker's
/// text. After a colon or in marks the statement is direct and found with the marks.
fn in_text(ctx: &Ctx, taken: &[Draft], marked: &mut [Marked]) -> Vec<Draft> {
    let mut out = Vec::new();
    for i in 0..ctx.toks.len() {
        let Some(word) = ctx.toks.get(i) else {
            continue;
        };
        if !matches!(word.key.as_str(), "جاء" | "وجاء") || ctx.inside(i).is_some() {
            continue;
        }
        let opens = ctx.sentence_start(i) == i
            || ctx
                .toks
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_punct(COMMAS));
        if !opens || ctx.toks.get(i + 1).is_none_or(|t| t.key.as_str() != "في") {
            continue;
        }
        let noun = i + 2;
        let Some((definite, possessive)) = ctx
            .toks
            .get(noun)
            .filter(crate::analysis::quotes::context::Tok::is_word)
            .and_then(|t| text_noun(t.key.as_str()))
        else {
            continue;
        };
        // The complementiser (or the colon of the text's own words), before the sentence ends and before any
        // quote in marks.
        let Some(comp) = (noun + 1..noun + 1 + TEXT_COMP_REACH)
            .take_while(|&k| !ctx.ends_sentence(k - 1) && ctx.opener(k).is_none())
            .find(|&k| {
                ctx.toks.get(k).is_some_and(|t| {
                    TEXT_COMPLEMENTISERS.contains(&t.key.as_str())
                        || (t.raw == ":" && ctx.opener(k + 1).is_some())
                })
            })
        else {
            continue;
        };
        // "بيان للوزارة"، "تقرير الهيئة": words between the noun and the complementiser; none after a possessive.
        if possessive && comp > noun + 1 {
            continue;
        }
        let who = if possessive {
            Who::Implicit
        } else if definite && comp == noun + 1 {
            let t = ctx.toks.get(noun).map_or(word.span, |t| t.span);
            let stem = ctx.toks.get(noun).map_or_else(String::new, |t| {
                t.key.as_str().strip_prefix("ال").unwrap_or("").to_owned()
            });
            Who::Definite {
                word: stem,
                span: t,
            }
        } else {
            speaker::source(ctx, noun, comp)
        };
        // "وجاء في البيان: «...»"، "وجاء في البيان أن «...»": the quote in marks is the text's words, linked to
        // its issuer.
        if let Some(m) = ctx
            .opener(comp + 1)
            .and_then(|index| marked.get_mut(index))
            .filter(|m| m.statement && !m.absorbed && m.linked.is_none())
        {
            m.linked = Some((word.span, who));
            continue;
        }
        if ctx.toks.get(comp).is_some_and(|t| t.raw == ":") {
            continue;
        }
        let (span, _) = to_sentence_end(ctx, taken, comp + 1, word.block);
        let Some(span) = span else {
            continue;
        };
        if claimed(taken, marked, span) {
            continue;
        }
        out.push(Draft {
            kind: QuoteKind::Indirect,
            span,
            cue: Some(word.span),
            who,
            priority: Draft::REPORTED,
        });
    }
    out
}
