//! Where the content of a statement ends: the sentence end, a comma before a new clause, a following
//! reporting clause, an aside.

use super::{
    COMMAS, CONNECTIVES, CONTENT_TRAILING_PUNCTUATION, Ctx, CueForm, EntityLabel, Found, Marked,
    NEW_STATEMENT_COMPLEMENT_REACH, OCCASION_NOUNS, PARTICIPLE_REACH, SAY_PARTICIPLE_REACH,
    SOURCE_NOUNS, Span, TAILS, TokenKind, cue_at, cues, is_comp, opener_tok, scan,
};
use crate::analysis::quotes::candidates::reported::cue::DISCLOSURE_NOUNS;

/// How many tokens an aside between dashes at the start of a content may have ("أنه ـــ أي وليامسون ـــ").
pub(super) const ASIDE_MAX_TOKENS: usize = 6;

/// A dash, however written ("-", "–", "—", "ـــ").
pub(super) fn is_dash(raw: &str) -> bool {
    !raw.is_empty() && raw.chars().all(|c| matches!(c, '-' | '–' | '—' | 'ـ'))
}

/// "أنه ـــ أي وليامسون ـــ أول من ركب": the writer's aside between dashes that opens with أي ("that is") names
/// the pronoun's referent; the content starts after it. `start` unchanged otherwise.
pub(super) fn past_aside(ctx: &Ctx, start: usize) -> usize {
    let opens = ctx.toks.get(start).is_some_and(|t| is_dash(t.raw))
        && ctx
            .toks
            .get(start + 1)
            .is_some_and(|t| t.key.as_str() == "اي");
    if !opens {
        return start;
    }
    (start + 2..start + 2 + ASIDE_MAX_TOKENS)
        .take_while(|&k| !ctx.ends_sentence(k - 1))
        .find(|&k| ctx.toks.get(k).is_some_and(|t| is_dash(t.raw)))
        .filter(|&k| ctx.toks.get(k + 1).is_some_and(|t| t.is_word()))
        .map_or(start, |k| k + 1)
}

/// How many words of a statement may come before marks that carry the rest of its clause: its subject ("أن
/// [التصعيد الجديد] «قد يدفع ...»"), maybe with a verb; after more, the marks open a sentence of the speaker's own.
pub(super) const SUBJECT_BEFORE_MARKS: usize = 3;

/// Where a statement starting at token `start` ends (exclusive), and where the search resumes: the end of the
/// sentence or block, the next quote in marks (a quote right after a complementiser is absorbed into the content
/// instead), or a comma before an attribution tail or a new reporting clause.
pub(super) fn content_end(ctx: &Ctx, start: usize, marked: &mut [Marked]) -> (usize, usize) {
    let Some(block) = ctx.toks.get(start).map(|t| t.block) else {
        return (start, start + 1);
    };
    let mut k = start;
    while let Some(t) = ctx.toks.get(k) {
        if t.block != block {
            return (k, k);
        }
        if let Some(index) = opener_tok(ctx, marked, k) {
            let after_comp = k > start && ctx.toks.get(k - 1).is_some_and(is_comp);
            // "أن التصعيد «قد يدفع الاقتصاد نحو الركود»": marks opened right after a word of the statement carry
            // the rest of its clause, in the speaker's words.
            // Not "بـ«...»" (the quote is what the clause reports: see the caller), nor after a word of saying,
            // nor a quote of sentences of its own ("أنه طالب جامعي «لست معها. ...»").
            let within_clause = k > start
                && (start..k)
                    .filter(|&x| ctx.toks.get(x).is_some_and(|t| t.is_word()))
                    .count()
                    <= SUBJECT_BEFORE_MARKS
                && ctx.toks.get(k - 1).is_some_and(|p| {
                    // "انتقد النظام بقوله «...»": a word of saying opens the speaker's own words.
                    let k = p.key.as_str();
                    p.is_word()
                        && !matches!(k, "ب" | "ل")
                        && !["قول", "بقول", "قايل"].iter().any(|s| k.starts_with(s))
                })
                && marked.get(index).is_some_and(|m| {
                    let last = ctx.tok_at(m.content.end).saturating_sub(1);
                    !(k + 1..last).any(|x| {
                        ctx.ends_sentence(x)
                            || ctx
                                .toks
                                .get(x)
                                .is_some_and(|t| matches!(t.raw, "." | "!" | "؟" | "?"))
                    })
                });
            if !(after_comp || within_clause) {
                return (k, k);
            }
            // "يعرفون أن «...»": the quote is part of this statement.
            let Some(m) = marked.get_mut(index) else {
                return (k, k);
            };
            m.absorbed = true;
            let resume = ctx.tok_at(m.end());
            k = resume.max(k + 1);
            continue;
        }
        if t.is_punct(COMMAS) && ends_before_comma(ctx, start, k, marked) {
            return (k, k + 1);
        }
        // "... جاهز للمباراة (حسب تعبيره).": the writer's attribution in parentheses.
        if k > start
            && t.raw == "("
            && ctx
                .toks
                .get(k + 1)
                .is_some_and(|n| TAILS.contains(&n.key.as_str()) || n.raw == "على")
            && ctx.toks.get(k + 2).is_some_and(|n| {
                n.key.as_str() == "حد"
                    || n.key.as_str().starts_with("تعبير")
                    || n.key.as_str().starts_with("قول")
            })
        {
            return (k, k);
        }
        // "... جزء من اللعبة على حد تعبيره.": the writer's attribution with no comma before it.
        if k > start && t.raw == "على" && writers_words_of(ctx, k + 1) {
            return (k, k);
        }
        if k > start && new_clause_without_comma(ctx, k, marked) {
            return (k, k);
        }
        if ctx.ends_sentence(k) {
            let last_is_punct = t.kind == TokenKind::Punct;
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

/// True when tokens `k` and `k + 1` are "حد" and a noun of saying with its pronoun ("حد تعبيره", "حد قولها",
/// "حد وصفه"): after على, the writer's note that these were the speaker's words.
fn writers_words_of(ctx: &Ctx, k: usize) -> bool {
    ctx.toks.get(k).is_some_and(|t| t.key.as_str() == "حد")
        && ctx.toks.get(k + 1).is_some_and(|t| {
            let n = t.key.as_str();
            ["تعبير", "قول", "وصف"]
                .iter()
                .any(|w| n.strip_prefix(w).is_some_and(|suffix| !suffix.is_empty()))
        })
}

/// True when the word after the comma at token `k` ends the statement that started at token `start`: an
/// attribution tail, or a reporting verb that starts a new statement.
pub(super) fn ends_before_comma(ctx: &Ctx, start: usize, k: usize, marked: &[Marked]) -> bool {
    let Some(n) = ctx.toks.get(k + 1) else {
        return false;
    };
    if TAILS.contains(&n.key.as_str()) {
        return true;
    }
    // "...، مهنئا الفائزين", "...، معزية أسر الضحايا": the speaker's next act, a courtesy, not what was said.
    if COURTESY_PARTICIPLES.contains(&n.key.as_str()) {
        return true;
    }
    // "...، على حد قوله", "...، على حد تعبيرها": the writer's attribution after the statement.
    if n.raw == "على" && ctx.toks.get(k + 2).is_some_and(|x| x.key.as_str() == "حد") {
        return true;
    }
    // "...، وهو ما أكده مسؤولون", "...، الأمر الذي نفته الوزارة": the writer notes who else said it; what was
    // said ends at the comma.
    if confirmed_by(ctx, k + 1) || deemed_by_relative(ctx, k + 1) {
        return true;
    }
    // "...، وجاء في مقالته: ...", "...، وجاء في البيان أن ...": the writer turns to another text.
    if matches!(n.key.as_str(), "وجاء" | "جاء")
        && ctx.toks.get(k + 2).is_some_and(|t| t.key.as_str() == "في")
    {
        return true;
    }
    if writers_frame(ctx, k + 1) {
        return true;
    }
    // "...، في إشارة إلى ...": the writer's gloss on what was said.
    if n.key.as_str() == "في"
        && ctx
            .toks
            .get(k + 2)
            .is_some_and(|t| t.key.as_str() == "اشاره")
        && ctx.toks.get(k + 3).is_some_and(|t| t.key.as_str() == "الي")
    {
        return true;
    }
    if next_report_with_subject(ctx, start, k) {
        return true;
    }
    // "...، فيما أكد", "...، في حين قال": a connective before the reporting verb.
    let mut v = k + 1;
    if CONNECTIVES.contains(&n.key.as_str()) {
        v += 1;
    }
    // "...، لكنه حذر من ...", "...، إلا أنها أكدت أن ...": a reservation by the same speaker, a statement of its own.
    let but = but_he(ctx, k + 1);
    v += but;
    // "...، لكنه رفض الخوض في التفاصيل", "...، غير أنها امتنعت عن التعليق": the writer reports that the speaker
    // declined to say more; what was said ends at the comma.
    if but > 0 && declined_to_say(ctx, v) {
        return true;
    }
    // "...، قبل أن يضيف أن", "...، ثم أضاف أن", "...، ومضى قائلا", "...، وختم حديثه بالقول إن": the speaker goes on
    // to the next thing said.
    let lead = lead_in(ctx, v);
    v += lead;
    // "...، في حين أعلن مصدر عن", "...، فيما قال فلان إن": a contrast that opens with another past reporting
    // clause is a new statement (the clause must still bring its own complement or content below).
    let contrast_words = match n.key.as_str() {
        "فيما" | "بينما" => 1,
        "في" if ctx.toks.get(k + 2).is_some_and(|x| x.key.as_str() == "حين") => 2,
        _ => 0,
    };
    let contrast = contrast_words > 0;
    if contrast {
        v = k + 1 + contrast_words;
    }
    // "...، مؤكدا أن": a participle starts a new statement; a finite verb does when أن/إن/: follows ("...، وقال
    // إن"), and a perfect verb when its content follows ("...، وأشادت بخطوات", "...، ودعا الشباب إلى"); not an
    // imperfect continuing the content ("...، وتهدد بدفع"), nor a verb whose named subject the statement
    // reports on ("...، وشدد [مجلس الوزراء] على").
    let Some(c) = cue_at(ctx, marked, v) else {
        return false;
    };
    let complement_soon = (v + 1..v + 1 + NEW_STATEMENT_COMPLEMENT_REACH)
        .take_while(|&x| !ctx.ends_sentence(x.saturating_sub(1)))
        .filter_map(|x| ctx.toks.get(x))
        .any(|x| x.is_punct(&[":"]) || is_comp(x));
    let finite = matches!(c.form, CueForm::Perfect | CueForm::Imperfect);
    let next_plain = ctx
        .toks
        .get(v + 1)
        .is_some_and(|x| x.is_word() && ctx.mentions_over(x.span).next().is_none());
    // "...، وعدّت ذلك دليلا على ...": a conjoined perfect reporting verb of the same subject is a clause of its
    // own even when its content is not found.
    // "...، وأكدت [وزارة الصحة] تسجيل ...": a conjoined perfect verb with a named subject the statement has not
    // spoken of is somebody else's statement, when its content is found; one whose subject the statement names
    // ("أن [مجلس الوزراء] نوه ...، وشدد [مجلس الوزراء] على") goes on reporting it.
    let named_other = !next_plain
        && c.wa
        && c.form == CueForm::Perfect
        && !subject_in_content(ctx, start, k, v + 1)
        && matches!(scan(ctx, v, c, marked), Some(Found::Content { .. }));
    let new_clause = named_other
        || (c.form == CueForm::Perfect
            && next_plain
            && (c.wa || matches!(scan(ctx, v, c, marked), Some(Found::Content { .. }))));
    if contrast {
        // A present-tense view after "بينما" is the speaker's own contrast ("، بينما ترى أوروبا أن ..."); a past
        // report is somebody else's statement ("، في حين أعلن مصدر عن ...").
        // Even one that reports nothing of its own ("، فيما نفى محامي الدفاع ذلك") is no longer the statement.
        // A present-tense view of other people ("، فيما يعتقد آخرون أن", "، بينما يرى خبراء أن", "، فيما يرى
        // [فلان] أن") is theirs, a statement of its own when its complementiser follows.
        return c.form == CueForm::Perfect
            || (c.form == CueForm::Imperfect && complement_soon && people_subject(ctx, v + 1));
    }
    c.form == CueForm::Participle
        || (finite && complement_soon)
        || new_clause
        || (lead > 0 && c.form == CueForm::Noun && complement_soon)
}

/// Words that lead from one statement to the next after a comma (normalised): "ثم" ("then"), "مضى" ("went on"),
/// "ختم" and "اختتم" ("concluded") with the talk they end.
pub(super) const GOES_ON: &[&str] = &["ثم", "ومضي", "مضي", "وختم", "ختم", "واختتم", "اختتم"];

/// Nouns of the talk a speaker concludes ("وختم حديثه"), normalised, without their possessive.
pub(super) const TALK_NOUNS: &[&str] = &[
    "حديث",
    "كلام",
    "تصريح",
    "تصريحات",
    "كلمت",
    "كلمه",
    "لقاء",
    "حوار",
];

/// How many tokens at token `n` (after a comma) lead into the speaker's next reporting word: "قبل أن", "ثم",
/// "ومضى", "وختم حديثه".
pub(super) fn lead_in(ctx: &Ctx, n: usize) -> usize {
    let is =
        |k: usize, f: &dyn Fn(&str) -> bool| ctx.toks.get(k).is_some_and(|t| f(t.key.as_str()));
    if is(n, &|w| w == "قبل") && is(n + 1, &|w| w == "ان") {
        return 2;
    }
    if !is(n, &|w| GOES_ON.contains(&w)) {
        return 0;
    }
    let talk = |w: &str| {
        ["ه", "ها", "هم"].iter().any(|s| {
            w.strip_suffix(s)
                .is_some_and(|stem| TALK_NOUNS.contains(&stem))
        })
    };
    if is(n, &|w| w.ends_with("ختم")) && is(n + 1, &talk) {
        2
    } else {
        1
    }
}

/// Words for other people as a subject ("آخرون", "البعض", "كثيرون"), normalised.
pub(super) const OTHER_PEOPLE: &[&str] =
    &["البعض", "بعضهم", "اخرون", "كثيرون", "الكثيرون", "غيرهم"];

/// Token `n` starts a subject of people: a person or organisation named there, a title, a plural of people or
/// a word for other people ("آخرون", "البعض"); not a place ("ترى أوروبا") nor a common noun ("ترى المعارضة").
pub(super) fn people_subject(ctx: &Ctx, n: usize) -> bool {
    use crate::analysis::quotes::lexicon;
    let Some(t) = ctx.toks.get(n) else {
        return false;
    };
    let w = t.key.as_str();
    if let Some(m) = ctx
        .mentions_over(t.span)
        .find(|m| m.span.start == t.span.start)
    {
        return matches!(m.label, EntityLabel::Per | EntityLabel::Org);
    }
    t.is_word()
        && (OTHER_PEOPLE.contains(&w)
            || lexicon::is_title(w)
            || lexicon::is_people_plural(w)
            || SOURCE_NOUNS.contains(&lexicon::bare(w)))
}

/// "لكنه", "ولكنها", "إلا أنه", "غير أنها" at token `n`: how many tokens the reservation takes before its verb.
pub(super) fn but_he(ctx: &Ctx, n: usize) -> usize {
    let is =
        |k: usize, f: &dyn Fn(&str) -> bool| ctx.toks.get(k).is_some_and(|t| f(t.key.as_str()));
    let pronoun = |w: &str| matches!(w, "انه" | "انها" | "انهم");
    if is(n, &|w| {
        matches!(w.strip_prefix('و').unwrap_or(w), "لكنه" | "لكنها" | "لكنهم")
    }) {
        1
    } else if is(n, &|w| matches!(w, "الا" | "غير")) && is(n + 1, &pronoun) {
        2
    } else {
        0
    }
}

/// Participles of congratulating and condoling (normalised): after the comma that closes a statement they tell
/// the speaker's next act ("...، مهنئا الفائزين"), never part of what the speaker said.
const COURTESY_PARTICIPLES: &[&str] = &["مهنيا", "مهنيه", "مهنيين", "معزيا", "معزيه", "معزين"];

/// Verbal nouns of speaking (normalised, without the article) that a refusal takes: "رفض الحديث عن", "رفض الخوض
/// في", "امتنع عن الرد"; with the nouns of disclosing ([`DISCLOSURE_NOUNS`]).
const SPEAKING_NOUNS: &[&str] = &["حديث", "خوض", "رد", "اجابه", "كلام"];

/// True when token `n` is a verb of refusing in the perfect ("رفض", "رفضت", "امتنع عن") with a verbal noun of
/// speaking or disclosing after it: the speaker declined to say something.
fn declined_to_say(ctx: &Ctx, n: usize) -> bool {
    let Some(verb) = ctx.toks.get(n) else {
        return false;
    };
    let object = match verb.key.as_str() {
        "رفض" | "رفضت" | "رفضوا" => n + 1,
        "امتنع" | "امتنعت" | "امتنعوا"
            if ctx.toks.get(n + 1).is_some_and(|t| t.key.as_str() == "عن") =>
        {
            n + 2
        }
        _ => return false,
    };
    ctx.toks.get(object).is_some_and(|t| {
        let noun = t.key.as_str();
        let noun = noun.strip_prefix("ال").unwrap_or(noun);
        SPEAKING_NOUNS.contains(&noun) || DISCLOSURE_NOUNS.contains(&noun)
    })
}

/// How many words may stand between the verb after "كما" and its named subject ("شركة مصر للطيران").
pub(super) const KAMA_SUBJECT_HEAD: usize = 1;

/// "...، كما أوقفت شركة مصر للطيران رحلاتها": after the comma at token `k`, "كما" and a verb that reports nothing
/// with an organisation or person named right after it (the verb's own subject, not named in the statement) is the
/// writer's next report: the statement ends at the comma. "...، كما أن ...", "...، كما يتوقع ...", "...، كما
/// ستقدم وزارة المالية ..." (no subject of its own, or an imperfect or future the speaker goes on with) stay inside.
pub(super) fn next_report_with_subject(ctx: &Ctx, start: usize, k: usize) -> bool {
    let Some(n) = ctx.toks.get(k + 1) else {
        return false;
    };
    if n.key.as_str() != "كما" {
        return false;
    }
    let Some(v) = ctx.toks.get(k + 2) else {
        return false;
    };
    let key = v.key.as_str();
    if !v.is_word()
        || is_comp(v)
        || key.starts_with('ي')
        || ["سي", "ست", "سن"].iter().any(|f| key.starts_with(f))
        || (key.starts_with('ت') && !key.ends_with('ت'))
        || cues::lookup(key).is_some()
        || ctx.mentions_over(v.span).next().is_some()
    {
        return false;
    }
    (k + 3..=k + 3 + KAMA_SUBJECT_HEAD).any(|s| {
        let Some(t) = ctx.toks.get(s) else {
            return false;
        };
        let named = ctx
            .mentions_over(t.span)
            .any(|m| m.span.start == t.span.start && m.label != EntityLabel::Loc);
        let plain_head = (k + 3..s).all(|h| {
            ctx.toks
                .get(h)
                .is_some_and(|x| x.is_word() && ctx.mentions_over(x.span).next().is_none())
        });
        named && plain_head && !subject_in_content(ctx, start, k, s)
    })
}

/// How many tokens before a comma [`subject_in_content`] looks back for the subject of the verb after it.
pub(super) const SUBJECT_LOOKBACK: usize = 80;

/// The entity named at token `subject` (after the comma at token `comma`) is also named in the statement's content
/// since token `start` (within [`SUBJECT_LOOKBACK`] tokens of the comma).
pub(super) fn subject_in_content(ctx: &Ctx, start: usize, comma: usize, subject: usize) -> bool {
    let Some(t) = ctx.toks.get(subject) else {
        return false;
    };
    let Some(entity) = ctx.entity_at(t.span) else {
        return false;
    };
    let from = start.max(comma.saturating_sub(SUBJECT_LOOKBACK));
    let (Some(a), Some(b)) = (ctx.toks.get(from), ctx.toks.get(comma)) else {
        return false;
    };
    ctx.mentions_in(Span::new(a.span.start, b.span.start))
        .iter()
        .any(|m| m.entity == entity)
}

/// Pronouns that resume a whole statement before "ما" ("وهو ما أكده"), normalised.
pub(super) const RESUMPTIVE: &[&str] = &["وهو", "وهي", "هو", "وهذا", "هذا"];

/// "وهو ما أكده ...", "الأمر الذي نفاه ..." at token `n`: a relative clause whose reporting verb is about the
/// statement before it.
pub(super) fn confirmed_by(ctx: &Ctx, n: usize) -> bool {
    let is = |k: usize, w: &str| ctx.toks.get(k).is_some_and(|t| t.key.as_str() == w);
    let resumes = (RESUMPTIVE.iter().any(|w| is(n, w)) && is(n + 1, "ما"))
        || ((is(n, "الامر") || is(n, "والامر")) && is(n + 1, "الذي"));
    resumes
        && ctx.toks.get(n + 2).is_some_and(|t| {
            cues::lookup(t.key.as_str())
                .is_some_and(|c| matches!(c.form, CueForm::Perfect | CueForm::Imperfect))
        })
}

/// Nouns of the event a statement was made at, besides [`OCCASION_NOUNS`] (normalised, without the article).
pub(super) const EVENT_NOUNS: &[&str] = &[
    "زياره",
    "حفل",
    "ترؤس",
    "رعايه",
    "افتتاح",
    "استقبال",
    "ندوه",
    "ورشه",
    "منتدي",
    "ملتقي",
    "حوار",
    "مداخله",
    "محاضره",
    "مشاركه",
    "اجتماعه",
];

/// A noun of an occasion or event of speaking ("تصريح", "المؤتمر", "كلمته", "زيارته").
pub(super) fn event_noun(word: &str) -> bool {
    let word = word.strip_prefix("ال").unwrap_or(word);
    let stem = ["هم", "ها", "ه"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix).filter(|r| r.chars().count() >= 3))
        .unwrap_or(word);
    let stem_ta = stem.strip_suffix('ت').map(|r| format!("{r}ه"));
    [word, stem, stem_ta.as_deref().unwrap_or("")]
        .iter()
        .any(|w| OCCASION_NOUNS.contains(w) || EVENT_NOUNS.contains(w))
}

/// The writer's frame after a statement, at token `n` after its comma: "جاء ذلك خلال ...", "يأتي ذلك في ...",
/// "وذلك في تصريح ...", "وذلك خلال زيارته ...", and a turn to another topic ("وفي سياق آخر", "وفي سياق متصل").
pub(super) fn writers_frame(ctx: &Ctx, n: usize) -> bool {
    let is =
        |k: usize, f: &dyn Fn(&str) -> bool| ctx.toks.get(k).is_some_and(|t| f(t.key.as_str()));
    if is(n, &|w| matches!(w, "جاء" | "وجاء" | "ياتي" | "وياتي")) && is(n + 1, &|w| w == "ذلك")
    {
        return true;
    }
    if is(n, &|w| w == "وذلك")
        && is(n + 1, &|w| {
            matches!(w, "في" | "خلال" | "اثناء" | "عقب" | "لدي")
        })
        && is(n + 2, &event_noun)
    {
        return true;
    }
    is(n, &|w| matches!(w, "وفي" | "في"))
        && is(n + 1, &|w| matches!(w, "سياق" | "شان" | "موضوع"))
        && is(n + 2, &|w| matches!(w, "اخر" | "متصل"))
}

/// "...، التي اعتبرها غير مستغربة", "...، الذي وصفه بالتاريخي": a relative clause whose verb deems or describes
/// (with the object pronoun of the noun before it) is the speaker's judgement of what the statement named, a
/// statement of its own.
pub(super) fn deemed_by_relative(ctx: &Ctx, n: usize) -> bool {
    let relative = ctx
        .toks
        .get(n)
        .is_some_and(|t| matches!(t.key.as_str(), "التي" | "الذي"));
    relative
        && ctx.toks.get(n + 1).is_some_and(|t| {
            let w = t.key.as_str();
            (w.ends_with('ه') || w.ends_with("ها"))
                && cues::lookup(w).is_some_and(|c| {
                    c.form == CueForm::Perfect && c.comp & (cues::DEEM | cues::BI) != 0
                })
        })
}

/// "... بالصعبة وقال: «...»": a finite reporting verb with its conjunction, or a participle, with its own colon,
/// complementiser or quote close after it starts a new statement even without a comma before it.
pub(super) fn new_clause_without_comma(ctx: &Ctx, k: usize, marked: &[Marked]) -> bool {
    let Some(c) = cue_at(ctx, marked, k) else {
        return false;
    };
    // A participle needs no conjunction: "... اليوم قائلة في بيان إن ..." starts the next statement.
    let finite = (c.wa || c.fa) && matches!(c.form, CueForm::Perfect | CueForm::Imperfect);
    if !finite && c.form != CueForm::Participle {
        return false;
    }
    // "قائلة في بيان على موقعها إن": the participle of saying reaches past a prepositional phrase.
    let reach = match c.form {
        CueForm::Participle if c.comp & cues::SAY != 0 => SAY_PARTICIPLE_REACH,
        CueForm::Participle => PARTICIPLE_REACH,
        _ => NEW_STATEMENT_COMPLEMENT_REACH,
    };
    (k + 1..k + 1 + reach)
        .take_while(|&x| !ctx.ends_sentence(x.saturating_sub(1)))
        .any(|x| {
            opener_tok(ctx, marked, x).is_some()
                || ctx
                    .toks
                    .get(x)
                    .is_some_and(|t| t.is_punct(&[":"]) || is_comp(t))
        })
}

/// The byte span of tokens `start..end`, without trailing commas and colons.
pub(super) fn content_span(ctx: &Ctx, start: usize, end: usize) -> Option<Span> {
    let mut e = end;
    // The dots of a ".." run before the one that ended the sentence ("طويلا.. وأضاف").
    let dot_run = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| t.raw == ".")
            && ctx
                .toks
                .get(k + 1)
                .zip(ctx.toks.get(k))
                .is_some_and(|(n, t)| n.raw == "." && n.span.start == t.span.end)
    };
    while e > start
        && ctx
            .toks
            .get(e - 1)
            .is_some_and(|t| t.is_punct(CONTENT_TRAILING_PUNCTUATION) || dot_run(e - 1))
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
