//! Reported speech (part of the candidates pass): a reporting verb, maybe its speaker, then أن/إن/بأن/إلى/على/:
//! and the content up to the end of the sentence, or up to a second reporting clause ("...، مؤكدا أن ...") that
//! starts a new statement. Takes the marks and links a reporting clause to the quote it leads into (or absorbs a
//! quote inside the content); gives reported drafts.

use crate::analysis::quotes::addressee;
use crate::analysis::quotes::context::{COMMAS, Ctx, Tok, is_quote_mark};
use crate::analysis::quotes::cues::{self, CueForm, CueInfo};
use crate::analysis::quotes::draft::{Draft, Marked, Who};
use crate::analysis::quotes::speaker;
use crate::analysis::tokens::TokenKind;
use crate::analysis::{EntityLabel, QuoteKind};
use crate::span::Span;

/// Complementisers after which the content starts (أن، إن، بأن, normalised).
const BARE_COMP: &[&str] = &["ان", "بان"];
/// Complementisers with a pronoun suffix: the content starts after them too, the suffix being its subject
/// ("أنه يقدر").
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
/// "، دون أن يضيف" is the writer's remark after the statement.
const TAILS: &[&str] = &[
    "حسبما",
    "حسب",
    "بحسب",
    "وفقا",
    "وفق",
    "طبقا",
    "نقلا",
    "دون",
    "بدون",
];

/// Connectives between a comma and the reporting verb of a new statement by the same speaker ("...، كما أكد أن").
/// Not "بينما"/"فيما" ("while"): a contrast the speaker draws often stays inside the statement. "...، حيث قال
/// فلان إن", "...، إذ أكد أن": the writer goes on to the words of what was just told (normalised).
const CONNECTIVES: &[&str] = &["كما", "حيث", "اذ"];

/// Prepositions with a pronoun suffix: the verb refers back ("أعلن عنها"), no noun-phrase content follows.
const PRONOUN_PREPOSITIONS: &[&str] = &[
    "عنه",
    "عنها",
    "عنهم",
    "منه",
    "منها",
    "منهم",
    "عليه",
    "عليها",
    "عليهم",
    "اليه",
    "اليها",
    "اليهم",
    "فيه",
    "فيها",
    "فيهم",
    "به",
    "بها",
    "بهم",
    "له",
    "لها",
    "لهم",
    "معه",
    "معها",
];

/// Words between a reporting verb (and its speaker) and a noun-phrase content: time adverbs ("أكد الوزير أمس
/// أهمية ...").
const ADVERBS: &[&str] = &[
    "اليوم",
    "امس",
    "غدا",
    "مساء",
    "صباح",
    "ايضا",
    "مجددا",
    "كذلك",
    // Adverbs of manner and frequency: "ودانت الوزارة بشدة الهجوم", "تستنكر دائما".
    "بشده",
    "دايما",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
];

/// Nouns for unnamed sources: the subject of the verb, not its object ("أعلن مصدر عسكري").
const SOURCE_NOUNS: &[&str] = &["مصدر", "مصادر", "متحدث", "مسوول", "مسوولون", "شهود"];

/// Relative pronouns: a noun phrase content does not start with one.
const RELATIVE_PRONOUNS: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"];

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
    "التقديرات",
    "الاحصاييات",
    // Studies and experience in general (a study the article names, "الدراسة", speaks).
    "الدراسات",
    "الابحاث",
    "التجارب",
    "الواقع",
];

/// Words of "one of" and "some of" before a noun (normalised): "أحد التقديرات", "بعض الأرقام".
const PART_OF: &[&str] = &["احد", "احدي", "بعض"];

/// Demonstratives right after a reporting verb: it refers back to something said ("قال ذلك"), not forward.
const DEMONSTRATIVES: &[&str] = &["ذلك", "هذا", "هذه", "ذاك", "كذلك", "تلك"];

/// Words before أن that make it temporal or concessive, not what the verb reports ("بعد أن أمضى"); also modal
/// verbs and impersonal phrases whose أن is their own ("يجب أن", "من المقرر أن", "لا بد أن").
const TEMPORAL_BEFORE_AN: &[&str] = &[
    "بعد",
    "قبل",
    "منذ",
    "دون",
    "بدون",
    "رغم",
    "عقب",
    "حتي",
    "لمجرد",
    "يجب",
    "ينبغي",
    "يمكن",
    "يستطيع",
    "تستطيع",
    "يريد",
    "تريد",
    "يحاول",
    "تحاول",
    "يتعين",
    "بد",
    "المقرر",
    "المتوقع",
    "المنتظر",
    "المفترض",
    "الممكن",
];

/// ب-words that are not a verb's ب complement but prepositions or adverbs ("بين", "بسبب", "بدوره").
/// "المتحدث باسم الوزارة": باسم belongs to the title.
const NOT_BI_COMPLEMENTS: &[&str] = &[
    "بين",
    "بعد",
    "بعض",
    "بسبب",
    "بدوره",
    "بدورها",
    "بشان",
    "باسم",
    "بلسان",
    "بحسب",
    "بناء",
];

/// Relative words before a reporting verb: it is inside a relative clause, not a report ("بحسب ما يقول").
const RELATIVES: &[&str] = &["ما", "مما", "بما", "عما"];

/// Particles before an imperfect verb that make the saying wished, denied or future ("يريد أن يقول", "لم يقل").
const NOT_REPORTING_PARTICLES: &[&str] = &["ان", "لن", "لم", "كي", "لكي"];

/// Prepositions (normalised; على is matched as written) before a perfect verb that make it a verbal noun
/// ("في كشف"), the noun of negation and the verb of refusal ("فضل عدم ذكر اسمه", "رفض ذكر اسمه").
const PREPOSITIONS_BEFORE_NOUN: &[&str] = &[
    "في", "من", "عن", "الي", "الى", "مع", "بعد", "قبل", "رغم", "عقب", "اثر", "بسبب", "حول", "ضد",
    "عدم", "رفض", "يرفض", "رفضت",
];

/// Particles that may stand before a clause's verb ("وقد عبر", "كما أجمع").
const CLAUSE_OPENERS: &[&str] = &[
    "قد",
    "وقد",
    "لقد",
    "كما",
    "فيما",
    "بينما",
    "حيث",
    "ثم",
    "فقد",
];

/// How many tokens after a reporting word flagged [`cues::NEEDS_PREP`] its preposition may come ("وعبر مدير
/// المنتخب فلان الفلاني عن").
const NEEDS_PREP_REACH: usize = 8;

/// Prepositions of an adverbial phrase between the speaker and the verb's own preposition ("وأشار الوزير في
/// كلمته خلال الحفل إلى", "شدد المدرب أمام الصحفيين على"), normalised.
const ADJUNCT_PREPOSITIONS: &[&str] = &["في", "خلال", "امام", "لدي", "عقب", "اثناء"];

/// Words of quantity before a partitive من ("عدد من الحضور"), normalised.
const PARTITIVE: &[&str] = &[
    "عدد",
    "العديد",
    "عديد",
    "كثير",
    "الكثير",
    "مجموعه",
    "جمله",
    "اكثر",
    "اقل",
    "بعض",
    "اي",
    "عشرات",
    "مئات",
    "الاف",
    "واحد",
    "احد",
    "نخبه",
    "جمع",
    "حشد",
];

/// How many tokens after the adverbial phrase starts the verb's preposition may come.
const ADJUNCT_REACH: usize = 6;

/// How many tokens after a participle its complement may start ("مؤكدا أن", "مشيرا إلى أن").
const PARTICIPLE_REACH: usize = 3;

/// How many tokens after قائلا its content may start ("قائلا في بيان على موقعها إن").
const SAY_PARTICIPLE_REACH: usize = 8;

/// How many tokens after the noun قول its content may start ("وكرر قوله بأن").
const NOUN_REACH: usize = 6;

/// How many tokens after a verb flagged [`cues::NEAR`] (its form is also a common non-verb, e.g. بين) its
/// complement may start.
const NEAR_REACH: usize = 3;

/// How many tokens after any other reporting verb its content may start: room for the speaker's name, titles and
/// a prepositional phrase between the verb and أن ("قال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي إن").
const VERB_REACH: usize = 25;

/// How many tokens after a word the scan looks for the أن (or إلى) that would make it part of the clause
/// ("أعرب عن أمله في أن", "دعا لافروف إلى").
const COMPLEMENT_AHEAD: usize = 4;

/// A ب-prefixed word has at least this many letters to be the verb's complement ("بالكراهية", not "به").
const BI_WORD_MIN_LETTERS: usize = 3;

/// A ل-prefixed word has at least this many letters to be a verbal noun complement ("لرفع", not "له").
const LI_WORD_MIN_LETTERS: usize = 4;

/// How many tokens after a reporting verb that follows a comma its أن/إن/: may come for it to start a new
/// statement ("...، وقال إن").
const NEW_STATEMENT_COMPLEMENT_REACH: usize = 6;

/// A plural in ـات of at least this many letters is taken for things, not speakers ("التصريحات تشير").
const PLURAL_THING_MIN_LETTERS: usize = 5;

/// Punctuation left off the end of a statement's content.
const CONTENT_TRAILING_PUNCTUATION: &[&str] = &["،", ",", ":", "؛", "-", "(", "«", "“"];

enum Found {
    /// The content starts at this token; the speaker zone ends before `who_end`.
    Content { start: usize, who_end: usize },
    /// The clause leads into the quote `Marked[index]`.
    Direct { index: usize, who_end: usize },
}

/// A reporting word in use: its token, form and the start of its sentence.
struct Cue {
    tok: usize,
    span: Span,
    info: CueInfo,
    sentence: usize,
}

/// The statement in marks that token `i` opens (and no reported statement has taken).
fn opener_tok(ctx: &Ctx, marked: &[Marked], i: usize) -> Option<usize> {
    let index = ctx.opener(i)?;
    marked.get(index).filter(|m| !m.absorbed).map(|_| index)
}

/// True when token `i` is inside a statement in marks.
fn inside_direct(ctx: &Ctx, marked: &[Marked], i: usize) -> bool {
    ctx.inside(i)
        .and_then(|index| marked.get(index))
        .is_some_and(|m| !m.absorbed)
}

/// Finds reported statements; links reporting clauses to the direct quotes they introduce.
pub(super) fn find(ctx: &Ctx, marked: &mut [Marked]) -> Vec<Draft> {
    Finder {
        ctx,
        marked,
        last_in_sentence: None,
        last_end: 0,
        out: Vec::new(),
    }
    .run()
}

/// The walk through the document, cue by cue, with what it remembers of the statements so far.
struct Finder<'c, 'a> {
    ctx: &'c Ctx<'a>,
    marked: &'c mut [Marked],
    /// The speaker of the last statement and the start of its sentence (participles share the subject).
    last_in_sentence: Option<(usize, Who)>,
    /// Where the last statement ended: a person named after it is the next implicit speaker.
    last_end: usize,
    out: Vec<Draft>,
}

impl Finder<'_, '_> {
    fn run(mut self) -> Vec<Draft> {
        let ctx = self.ctx;
        let mut i = 0;
        while i < ctx.toks.len() {
            let Some(t) = ctx.toks.get(i) else { break };
            let Some(info) = cue_at(ctx, self.marked, i) else {
                i += 1;
                continue;
            };
            let Some(found) = scan(ctx, i, info, self.marked) else {
                self.remember_subject(i, info);
                i += 1;
                continue;
            };
            let cue = Cue {
                tok: i,
                span: t.span,
                info,
                sentence: ctx.sentence_start(i),
            };
            i = match found {
                Found::Direct { index, who_end } => {
                    let who = self.who(&cue, who_end);
                    self.link(index, &cue, who);
                    self.marked
                        .get(index)
                        .map_or(i + 1, |m| ctx.tok_at(m.end()))
                }
                Found::Content { start, who_end } => self.take_content(&cue, start, who_end),
            };
        }
        self.out
    }

    /// "وأكد مصدر آخر هذه المعلومات قائلا «...»": a finite verb that reports nothing itself still gives its
    /// sentence's later participles their subject, when it names one.
    fn remember_subject(&mut self, i: usize, info: CueInfo) {
        if !matches!(info.form, CueForm::Perfect | CueForm::Imperfect) {
            return;
        }
        let ctx = self.ctx;
        let mut to = i + 1;
        while to < i + PARTICIPLE_REACH + 2
            && !ctx.ends_sentence(to - 1)
            && ctx.toks.get(to).is_some()
        {
            to += 1;
        }
        // "ورفضت اتهام البعض ...، معللة": the object of a verb of refusal right after it is no subject.
        if info.comp & cues::ANONYMITY != 0
            && !ctx.toks.get(i + 1).is_some_and(|t| subject_like(ctx, t))
        {
            return;
        }
        // "أبدى مدرب الأهلي السويسري فلان الفلاني": a name the reach ends in is read whole, not cut.
        if let Some(last) = to.checked_sub(1).and_then(|k| ctx.toks.get(k))
            && let Some(m) = ctx
                .mentions_over(last.span)
                .find(|m| m.span.end > last.span.end)
        {
            to = ctx.tok_at(m.span.end).max(to);
        }
        let who = speaker::after_cue(ctx, i + 1, to);
        if matches!(who, Who::Named { .. } | Who::Title { .. }) {
            self.last_in_sentence = Some((ctx.sentence_start(i), who));
        }
    }

    /// The speaker of the clause whose speaker zone ends before `who_end`.
    fn who(&self, cue: &Cue, who_end: usize) -> Who {
        who_for(
            self.ctx,
            cue.tok,
            cue.info,
            who_end,
            self.last_end,
            self.last_in_sentence.as_ref(),
        )
    }

    /// Gives the quote in marks `index` the clause's cue and speaker, unless another clause already did.
    fn link(&mut self, index: usize, cue: &Cue, who: Who) {
        if let Some(m) = self.marked.get_mut(index)
            && m.linked.is_none()
        {
            m.linked = Some((cue.span, who.clone()));
            self.last_end = m.end();
        }
        self.last_in_sentence = Some((cue.sentence, who));
    }

    /// When quote `index` follows a complementiser and the sentence continues with a word after its closing mark
    /// (not a reporting word, which starts a statement of its own), takes the quote into the reported statement:
    /// gives the token where the statement starts, inside the marks.
    fn continued_after(&mut self, index: usize) -> Option<usize> {
        let ctx = self.ctx;
        let m = self.marked.get(index)?;
        // After a colon the quote is the speaker's own words: what follows the marks is the writer's.
        let open = ctx.tok_at(m.open.start);
        if !open
            .checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(is_comp)
        {
            return None;
        }
        let close = m.close?;
        let after = ctx.tok_at(close.end);
        let t = ctx.toks.get(after)?;
        let last = after.checked_sub(1)?;
        // "إن “هناك أزمة ثقة” بين الطرفين": a word spelled like a reporting verb (بين) continues the sentence
        // unless it reports something there.
        let reports = cue_at(ctx, self.marked, after)
            .is_some_and(|c| scan(ctx, after, c, self.marked).is_some());
        let continues = t.block == m.block && t.is_word() && !ctx.ends_sentence(last) && !reports;
        if !continues {
            return None;
        }
        let inner = ctx.tok_at(m.content.start);
        if let Some(m) = self.marked.get_mut(index) {
            m.absorbed = true;
        }
        Some(inner)
    }

    /// A clause whose content starts at token `start`: links it to a quote in marks right there, or takes the
    /// content up to its end as a reported statement. Returns the token where the search resumes.
    fn take_content(&mut self, cue: &Cue, start: usize, who_end: usize) -> usize {
        let (ctx, i, info) = (self.ctx, cue.tok, cue.info);
        // "أن «...»": the reporting clause leads into a quote in marks.
        // A word before the marks is the statement's subject, which the marks go on from ("أن المشروع «لن يحل
        // الأزمة»": see content_end); punctuation is not ("أن: «...»").
        let lead = (start..=start + 1)
            .take_while(|&k| k == start || ctx.toks.get(start).is_some_and(|t| !t.is_word()))
            .find_map(|k| opener_tok(ctx, self.marked, k));
        let who = self.who(cue, who_end);
        // "أن “العمليات انتهت” وتخليصه من المهاجمين": the sentence goes on after the closing mark, so the quote is
        // a part of the reported statement, which starts inside the marks.
        // "ما وصفه مسؤولون بأنها “...” الشهر الماضي": after a relative clause the sentence goes on with its own
        // words; the quote is what the clause reports.
        let relative = i
            .checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| p.key.as_str() == "ما");
        let start = if let Some(inner) = lead
            .filter(|_| !relative)
            .and_then(|index| self.continued_after(index))
        {
            inner
        } else {
            if let Some(index) = lead {
                self.link(index, cue, who);
                return start + 1;
            }
            start
        };
        let written = speaker::after_cue(ctx, i + 1, who_end);
        // "كما تذكر أنه ...", "وتتوقع أن ...": the feminine imperfect has a subject of its own (the impersonal
        // "ويذكر أن" is masculine); after a conjunction or كما it is no imperative ("تذكّر أن").
        let feminine_continued = matches!(info.form, CueForm::Imperfect)
            && ctx
                .toks
                .get(i)
                .is_some_and(|t| cues::gender(t.key.as_str()) == Some(cues::Gender::Feminine))
            && (info.wa
                || info.fa
                || i.checked_sub(1)
                    .and_then(|p| ctx.toks.get(p))
                    .is_some_and(|p| p.key.as_str() == "كما"));
        let unnamed = (info.comp & cues::NAMED != 0
            && !feminine_continued
            && !matches!(who, Who::Named { .. }))
            || (info.comp & cues::SUBJECT != 0 && matches!(who, Who::Implicit | Who::Unknown));
        // "واتُّهم المدير بالتقصير": with nothing between the noun and the complement, the verb is the passive and
        // its noun the accused; the active has its object there ("واتهم النائب الشركة بالتقصير").
        let passive = info.comp & cues::SUBJECT != 0
            && match &written {
                Who::Named { span, .. } | Who::Title { span, .. } | Who::Definite { span, .. } => {
                    !(ctx.tok_at(span.end)..who_end)
                        .any(|k| ctx.toks.get(k).is_some_and(|t| t.is_word()))
                }
                _ => false,
            };
        if unnamed || passive || non_human_subject(ctx, i, info, &written) {
            return i + 1;
        }
        let start = past_aside(ctx, start);
        let (end_tok, next) = content_end(ctx, start, self.marked);
        // "نددت البعثة بـ«...»", "أشاد فلان بـ“...”": the content stops at a quote led into by a lone ب/ل: the
        // words before were the clause, the quote is what it reports.
        if let Some(index) = opener_tok(ctx, self.marked, end_tok)
            && end_tok > start
            && ctx
                .toks
                .get(end_tok - 1)
                .is_some_and(|p| p.is_word() && matches!(p.key.as_str(), "ب" | "ل"))
        {
            let who = self.who(cue, end_tok - 1);
            self.link(index, cue, who);
            return self
                .marked
                .get(index)
                .map_or(end_tok + 1, |m| ctx.tok_at(m.end()));
        }
        // "وتابع: نحن ...": after a colon without إن/أن the speaker's own words follow (a direct statement), as
        // they do right after the outlet the speaker talked to ("وقال لـ«سبق» نحن ...").
        let after_colon = start
            .checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| p.is_punct(&[":"]))
            || outlet_ends_before(ctx, self.marked, start);
        if let Some(span) = content_span(ctx, start, end_tok) {
            self.out.push(Draft {
                kind: if after_colon {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Indirect
                },
                span,
                cue: Some(cue.span),
                who: who.clone(),
                priority: Draft::REPORTED,
            });
            self.last_end = span.end;
            self.last_in_sentence = Some((cue.sentence, who));
        }
        next.max(i + 1)
    }
}

/// True when the word at token `i` comes right after هكذا or a phrase pointing back ("بهذه الكلمات"), which
/// follow a closing quote mark (a comma or full stop between).
fn attributes_quote(ctx: &Ctx, i: usize) -> bool {
    let key = |k: usize| {
        ctx.toks
            .get(k)
            .map_or(String::new(), |t| t.key.as_str().to_owned())
    };
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let before = if super::marked::is_hakadha(&key(p)) {
        p
    } else if key(p).starts_with("ال")
        && p.checked_sub(1)
            .is_some_and(|q| super::marked::POINTING_BACK.contains(&key(q).trim_start_matches('و')))
    {
        p - 1
    } else {
        return false;
    };
    let mut k = before;
    while let Some(q) = k.checked_sub(1) {
        k = q;
        let Some(t) = ctx.toks.get(k) else {
            return false;
        };
        if t.is_punct(COMMAS) || t.raw == "." {
            continue;
        }
        return is_quote_mark(t.raw);
    }
    false
}

/// Kunyas and words of descent (normalised) that a name follows: "أبي طالب", "بن طالب".
const KIN_NAME_WORDS: &[&str] = &["ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام"];

/// The reporting word at token `i` when it is used as one: outside the quotes in marks, and a verb here.
fn cue_at(ctx: &Ctx, marked: &[Marked], i: usize) -> Option<CueInfo> {
    if inside_direct(ctx, marked, i) {
        return None;
    }
    let t = ctx.toks.get(i)?;
    // "«...» هكذا وصف فلان الوضع", "«...»، بهذه الكلمات وصف فلان ما جرى": the verb attributes the quote before
    // it (the marks pass links them), it reports nothing after it.
    if attributes_quote(ctx, i) {
        return None;
    }
    // "رفض ذكر اسمه": the source's anonymity.
    let anonymity = || {
        ctx.toks.get(i + 1).is_some_and(|n| {
            let n = n.key.as_str();
            DISCLOSURE_NOUNS.contains(&n.strip_prefix("ال").unwrap_or(n))
        })
    };
    // "المتحدثة باسم الوزارة كاثرين راي إن": a word spelled like a verb (راي، بين) after the first word of a
    // person's name is part of the name; a verb with its conjunction ("فلانة فقالت") is still one.
    // "علي بن أبي طالب": a word after a kunya or "son of" is a name, whatever verb it is spelled like.
    let in_name = || {
        ctx.mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Per && m.span.start < t.span.start)
            || i.checked_sub(1)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| KIN_NAME_WORDS.contains(&p.key.as_str()))
    };
    // "...، ليضيف أن": the imperfect with the ل of consequence right after a comma goes on to what the speaker
    // said next.
    let after_comma = || {
        i.checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| p.is_punct(COMMAS))
    };
    cues::lookup_written(t.raw, t.key.as_str())
        .or_else(|| returned_to_say(ctx, i))
        .or_else(|| {
            cues::lookup_purpose(t.key.as_str())
                .filter(|_| after_comma())
                .map(|c| CueInfo {
                    comp: c.comp & !cues::RETURNED,
                    ..c
                })
        })
        .filter(|c| {
            if !(c.wa || c.fa) && in_name() {
                return false;
            }
            if c.comp & cues::ANONYMITY != 0 && anonymity() {
                return false;
            }
            if c.comp & cues::POSITION != 0 && verdict(ctx, i) {
                return false;
            }
            // "وتبين أن": "it turned out", with no subject before the complementiser.
            if turned_out(ctx, i, *c) {
                return false;
            }
            // "عدّ" only with its shadda written: unvowelled it is وعد "promised" or عدت "returned".
            (c.comp & cues::SHADDA == 0 || t.raw.contains('\u{651}'))
                && is_verb_here(ctx, i, *c)
                && prep_if_needed(ctx, i, *c)
        })
}

/// Courts and judges (normalised, without the article): "أدانت المحكمة المتهم" is a verdict, not a position.
const COURT_WORDS: &[&str] = &["محكمه", "قاضي", "قاض", "قضاء", "محلفين"];

/// Words of a charge after the convicted ("بتهمة", "بالسجن", "بارتكاب"), normalised.
const CHARGE_WORDS: &[&str] = &[
    "بتهمه",
    "بتهم",
    "بالتهم",
    "بالتهمه",
    "بالسجن",
    "بارتكاب",
    "بجريمه",
];

/// How many tokens after the verb of condemning a court or a charge shows it to be a verdict.
const VERDICT_REACH: usize = 5;

/// "أدانت المحكمة المتهم بتهمة ..."، "وأدانته محكمة الجنايات بـ...": أدان/دان of a court, or with a charge, is a
/// verdict (no speech); "أدانت الوزارة الهجوم" stays a position reported of the ministry.
fn verdict(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    let key = t.key.as_str();
    let bare = key
        .strip_prefix('و')
        .or_else(|| key.strip_prefix('ف'))
        .unwrap_or(key);
    if !(bare.starts_with("ادان") || bare.starts_with("دان")) {
        return false;
    }
    (i + 1..=i + VERDICT_REACH)
        .take_while(|&k| !ctx.ends_sentence(k - 1))
        .filter_map(|k| ctx.toks.get(k))
        .any(|t| {
            let n = t.key.as_str();
            let n = n.strip_prefix("ال").unwrap_or(n);
            COURT_WORDS.contains(&n) || CHARGE_WORDS.contains(&t.key.as_str())
        })
}

/// Forms of عاد ("returned"), normalised, that lead to a verb of saying with the ل of purpose: "وعاد المدرب
/// ليؤكد أن" ("went on to stress").
const RETURNED_VERBS: &[&str] = &["عاد", "وعاد", "فعاد", "عادت", "وعادت", "فعادت"];

/// How many tokens before the ل-verb عاد may stand (its subject between: "وعاد رئيس النادي فلان ليؤكد").
const RETURNED_REACH: usize = 8;

/// The token of عاد before the ل-verb at token `i`, in its sentence.
fn returned_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let from = ctx.sentence_start(i).max(i.saturating_sub(RETURNED_REACH));
    (from..i).rev().find(|&k| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            RETURNED_VERBS.contains(&key)
        })
    })
}

/// "وعاد المدرب ليؤكد أن": a reporting imperfect with the ل of purpose after عاد in its sentence.
fn returned_to_say(ctx: &Ctx, i: usize) -> Option<CueInfo> {
    let t = ctx.toks.get(i)?;
    let info = cues::lookup_purpose(t.key.as_str())?;
    returned_at(ctx, i)?;
    Some(info)
}

/// Verbal nouns of disclosing (normalised, without the article): "رفض ذكر اسمه", "رفض الكشف عن هويته", "رفض
/// التعليق".
const DISCLOSURE_NOUNS: &[&str] = &["ذكر", "كشف", "افصاح", "نشر", "تعليق", "ادلاء", "اعلان"];

/// A reporting word that is also a preposition or adverb (عبر، أجمع) counts only with its own preposition close
/// after it, in its sentence ("وعبر الوزير عن", not "عبر حسابه").
fn prep_if_needed(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    // "ونقلت صحيفة «الحياة» عن مصادر": عن within the verb's reach, before its sentence ends.
    if info.comp & cues::VIA != 0 {
        return (i + 1..i + 1 + NEEDS_PREP_REACH)
            .take_while(|&j| !ctx.ends_sentence(j - 1))
            .any(|j| ctx.toks.get(j).is_some_and(|t| t.key.as_str() == "عن"));
    }
    if info.comp & cues::NEEDS_PREP == 0 {
        return true;
    }
    // As a verb it opens its clause ("وعبر فلان عن", "وقد عبر", "،أجمع"); after a noun it is the preposition
    // ("تحدث الوزير عبر حسابه").
    let opens_clause = info.wa
        || info.fa
        || i.checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_none_or(|p| {
                !p.is_word() || ctx.ends_sentence(i - 1) || CLAUSE_OPENERS.contains(&p.key.as_str())
            });
    if !opens_clause {
        return false;
    }
    for j in i + 1..=i + NEEDS_PREP_REACH {
        let Some(t) = ctx.toks.get(j) else {
            return false;
        };
        if takes_preposition(t, info) {
            // "عن طريق": "by way of", not what was expressed.
            return ctx.toks.get(j + 1).is_none_or(|n| n.key.as_str() != "طريق");
        }
        if ctx.ends_sentence(j) {
            return false;
        }
    }
    false
}

/// A perfect verb or verbal noun right after a preposition is a noun ("على كشف مفاعل").
fn is_verb_here(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| ctx.toks.get(p)) else {
        return true;
    };
    let prev_norm = prev.key.as_str();
    // "بحسب ما يقول", "مما يعتقد": the verb is inside a relative clause, not a report; but "ما وصفه مسؤولون بأنه
    // ...", "ما اعتبرته الوزارة ...": a describing or deeming verb with its object pronoun and its own subject after
    // it reports how that speaker described the thing.
    if RELATIVES.contains(&prev_norm.strip_prefix('و').unwrap_or(prev_norm)) {
        return prev_norm == "ما" && described_by(ctx, i, info);
    }
    // "وفقا لما أعلنته الوزارة": the relative after an attribution word (the attribution reads it).
    let attributed = prev_norm == "لما"
        && i.checked_sub(2)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|t| {
                let w = t.key.as_str();
                matches!(w.strip_prefix('و').unwrap_or(w), "وفقا" | "طبقا" | "تبعا") || w == "وفقا"
            });
    if attributed {
        return false;
    }
    // "الأمر الذي نفته الوزارة": the verb's object is what was said before; it reports nothing of its own.
    let after_al_amr = i
        .checked_sub(2)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|t| matches!(t.key.as_str(), "الامر" | "والامر"));
    if prev_norm == "الذي" && after_al_amr {
        return false;
    }
    // "يريد أن يقول", "لم يقل", "لن ينفي": a wished, denied or future saying is not a report; "قبل أن يضيف"
    // ("before adding") is the next thing said.
    let before_adding = prev_norm == "ان"
        && i.checked_sub(2)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|t| t.key.as_str() == "قبل");
    if info.form == CueForm::Imperfect
        && !info.wa
        && !before_adding
        && NOT_REPORTING_PARTICLES.contains(&prev_norm)
    {
        return false;
    }
    if info.wa || info.fa || !matches!(info.form, CueForm::Perfect) {
        return true;
    }
    !(prev.raw == "على" || PREPOSITIONS_BEFORE_NOUN.contains(&prev_norm))
}

/// "ما وصفه مسؤولون بأنه", "ما اعتبرته الوزارة": after ما, a perfect describing or deeming verb with an object
/// pronoun, whose subject (a name, title, plural of people or definite noun) follows it.
fn described_by(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    let w = t.key.as_str();
    info.form == CueForm::Perfect
        && info.comp & (cues::BI | cues::DEEM) != 0
        && (w.ends_with('ه') || w.ends_with("ها"))
        && ctx
            .toks
            .get(i + 1)
            .is_some_and(|n| !ctx.ends_sentence(i) && subject_like(ctx, n))
}

/// How many tokens after the reporting word its content (or the quote it leads into) may start.
fn reach(info: CueInfo, raw: &str) -> usize {
    match info.form {
        // "قائلا في بيان على موقعها إن", "قائلا عبر حسابه «...»": the participle of saying reaches past a
        // prepositional phrase.
        CueForm::Participle if info.comp & cues::SAY != 0 => SAY_PARTICIPLE_REACH,
        CueForm::Participle => PARTICIPLE_REACH,
        CueForm::Noun => NOUN_REACH,
        // "بيّن": a shadda shows the verb, not the preposition بين.
        // "وبينت الوزارة", "بينوا": the other forms are verbs only (بين and تبين "it turned out" are not).
        _ if info.comp & cues::NEAR != 0 && !raw.contains('\u{651}') && near_form(raw) => {
            NEAR_REACH
        }
        _ => VERB_REACH,
    }
}

/// True for the forms of a [`cues::NEAR`] verb that are also other words: the bare perfect (بين "between") and
/// the imperfects (تبين "it turned out", يبين), with or without و/ف.
/// "وبين الدكتور فلان الفلاني أن", "وبين مدير الشرطة اللواء فلان أن": بين with its conjunction, then a title or a
/// name, then a complementiser in the sentence with no word joined by و before it (the preposition بين takes two
/// nouns joined by و: "بين الوزير والسفير"), is the verb with its speaker.
fn speaker_then_complement(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    use crate::analysis::quotes::lexicon;
    if !(info.wa || info.fa) {
        return false;
    }
    let Some(first) = ctx.toks.get(i + 1) else {
        return false;
    };
    let named = |t: Tok| ctx.mentions_over(t.span).next().is_some();
    let w = first.key.as_str();
    if !(lexicon::is_title(w) || honorific(w) || named(first)) {
        return false;
    }
    for k in i + 2..i + VERB_REACH {
        let Some(t) = ctx.toks.get(k) else {
            return false;
        };
        if ctx.ends_sentence(k - 1) {
            return false;
        }
        if is_comp(t) {
            return true;
        }
        if t.is_word()
            && t.key.as_str().starts_with('و')
            && !named(t)
            && cues::lookup(t.key.as_str()).is_none()
        {
            return false;
        }
    }
    false
}

/// "وتبين أن", "كما تبين أن": the imperfect تبين right before its complementiser is "it turned out" (تبيّن),
/// not "she explains", which names or continues a subject ("وتبين الوزارة أن").
fn turned_out(ctx: &Ctx, i: usize, info: CueInfo) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    let key = t.key.as_str();
    let bare = if info.wa || info.fa {
        key.get(key.char_indices().nth(1).map_or(0, |(b, _)| b)..)
            .unwrap_or(key)
    } else {
        key
    };
    info.form == CueForm::Imperfect
        && matches!(bare, "تبين" | "يتبين")
        && ctx.toks.get(i + 1).is_some_and(is_comp)
}

fn near_form(raw: &str) -> bool {
    let n = crate::analysis::normalize::normalize(raw);
    let bare = n
        .strip_prefix('و')
        .or_else(|| n.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(&n);
    !(bare.ends_with('ت') || bare.ends_with("وا"))
}

/// What the scan has seen of the speaker zone after a reporting word.
#[derive(Default)]
struct Zone {
    /// Prepositions and objects belong to the verb only while the tokens since the verb can be its subject.
    broken: bool,
    /// Something other than a comma broke the zone ("أعرب فلان، عن" still takes عن after the comma).
    broken_hard: bool,
    /// "يقول فلان، ...": the comma after which the content starts, when no complementiser comes.
    say_comma: Option<usize>,
    /// "وأشار الوزير في كلمته إلى": where an adverbial phrase after the speaker broke the zone, when nothing else
    /// did.
    adjunct: Option<usize>,
    /// The verb's only preposition is من (حذر، استغرب).
    min_only: bool,
}

impl Zone {
    /// Takes token `j` of the clause after the reporting word at token `i` into the speaker zone.
    fn extend(&mut self, ctx: &Ctx, i: usize, j: usize, info: CueInfo) {
        let Some(t) = ctx.toks.get(j) else {
            return;
        };
        if t.is_punct(COMMAS) && !self.broken && j > i + 1 && info.comp & cues::SAY != 0 {
            self.say_comma.get_or_insert(j);
        }
        // "رئيس جامعة الملك عبدالله للعلوم", "سفير عمان لدى المملكة": a title's complements stay in the zone.
        let n = t.key.as_str();
        let title_complement =
            t.is_word() && (n.starts_with("بال") || n.starts_with("لل") || n == "لدي");
        // "وعزا الخبير ذلك إلى", "أرجعت فلانة هذا إلى": a demonstrative object right before the verb's own
        // preposition.
        let demonstrative_object = DEMONSTRATIVES.contains(&n)
            && ctx
                .toks
                .get(j + 1)
                .is_some_and(|x| takes_preposition(x, info));
        // "وكشف مصدر لـ«عكاظ» عن": the ل of the outlet told, before its name, leaves the verb its preposition.
        let outlet_lam = (t.raw.trim_end_matches('ـ') == "ل" || t.raw == "ـ")
            && ctx
                .toks
                .get(j + 1)
                .is_some_and(|x| is_quote_mark(x.raw) || x.is_word() || x.raw == "ـ");
        if title_complement || demonstrative_object || outlet_lam {
            return;
        }
        // "في كلمته خلال الحفل": an adverbial phrase of place or occasion after the speaker.
        let adjunct = j > i + 1
            && (!self.broken || self.adjunct.is_some())
            && !self.broken_hard
            && ADJUNCT_PREPOSITIONS.contains(&n.strip_prefix('و').unwrap_or(n));
        if adjunct {
            self.broken = true;
            self.adjunct.get_or_insert(j);
            return;
        }
        // "وأعلنت الوزارة أمس عن إطلاق", "وأكد الوزير اليوم على": a time adverb after the subject leaves the
        // verb's preposition its own.
        // "يوم الأحد", "أول أمس": the day's noun before it.
        let day_head = matches!(n, "يوم" | "اول")
            && ctx
                .toks
                .get(j + 1)
                .is_some_and(|x| ADVERBS.contains(&x.key.as_str()));
        // "أعلن الوزير، اليوم الثلاثاء، عن": the adverb set off by commas, after a zone only a comma broke.
        let set_off = !self.broken_hard
            && j.checked_sub(1)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| {
                    p.is_punct(COMMAS)
                        || ADVERBS.contains(&p.key.as_str())
                        || p.key.as_str() == "يوم"
                });
        if (ADVERBS.contains(&n) || day_head) && (!self.broken || set_off) {
            return;
        }
        // "وأشاد عدد من رجال الأعمال بـ": the من of a quantity is part of the subject.
        let of_quantity = n == "من"
            && j > i + 1
            && (j.saturating_sub(2)..j)
                .filter(|&p| p > i)
                .filter_map(|p| ctx.toks.get(p))
                .any(|p| speaker::QUANTIFIERS.contains(&p.key.as_str()));
        if of_quantity {
            return;
        }
        if !(t.is_word() || t.raw == "." || is_quote_mark(t.raw)) || speaker::is_stop(ctx, j) {
            self.broken = true;
            self.broken_hard |= !t.is_punct(COMMAS);
        }
        // "وأكدت [هيئة الأرصاد] هطول أمطار على ...": an indefinite common noun right after a named speaker starts
        // the verb's object; a preposition after it is the object's own.
        if j > i + 1
            && t.is_word()
            && info.comp & (cues::OBJECT_THEN_PREP | cues::ADDRESSEE) == 0
            && object_after_name(ctx, j)
        {
            self.broken = true;
            self.broken_hard = true;
        }
    }

    /// Whether a preposition at token `j` can no longer be the verb's: the zone broke, other than by the comma
    /// right before `j`.
    fn blocks_preposition(&self, ctx: &Ctx, j: usize) -> bool {
        let after_comma = j
            .checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| p.is_punct(COMMAS));
        // After an adverbial phrase the verb's إلى، على، عن may still come, close; من is too often the phrase's
        // own ("أمام عدد من الحضور").
        // A من after a word that is no quantity is the verb's own when من is its only preposition ("وحذرت
        // المنظمة في تقرير جديد من انتشار").
        let partitive = j
            .checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_none_or(|p| PARTITIVE.contains(&p.key.as_str()));
        let after_adjunct = !self.broken_hard
            && self.adjunct.is_some_and(|a| j <= a + ADJUNCT_REACH)
            && ctx
                .toks
                .get(j)
                .is_some_and(|t| t.key.as_str() != "من" || (self.min_only && !partitive));
        self.broken && (self.broken_hard || !after_comma) && !after_adjunct
    }
}

/// Token `j` follows the end of a person's or organisation's mention and is an indefinite common noun: no
/// name, title, plural of people, unnamed source, adjective or complement of the name.
fn object_after_name(ctx: &Ctx, j: usize) -> bool {
    use crate::analysis::quotes::lexicon;
    let (Some(t), Some(p)) = (ctx.toks.get(j), ctx.toks.get(j - 1)) else {
        return false;
    };
    let name_ends = ctx.mentions_over(p.span).any(|m| {
        m.span.end == p.span.end && matches!(m.label, EntityLabel::Per | EntityLabel::Org)
    });
    if !name_ends || ctx.mentions_over(t.span).next().is_some() {
        return false;
    }
    let n = t.key.as_str();
    let bare = n.strip_prefix('و').unwrap_or(n);
    !(bare.starts_with("ال")
        || n.starts_with("لل")
        || n.starts_with("بال")
        || n.starts_with('ب')
        || n.starts_with('ل')
        || lexicon::is_title(n)
        || lexicon::is_people_plural(n)
        || lexicon::pronouns().contains(n)
        || honorific(n)
        || SOURCE_NOUNS.contains(&bare)
        || ADVERBS.contains(&n)
        || speaker::is_stop(ctx, j)
        || cues::lookup(n).is_some()
        || t.raw.ends_with('ـ')
        || n.chars().count() < 3)
}

/// Reads the clause after the reporting word at token `i` up to where its content starts (the speaker zone
/// before it), or up to the quote in marks it leads into. `None`: the clause reports nothing.
fn scan(ctx: &Ctx, i: usize, info: CueInfo, marked: &[Marked]) -> Option<Found> {
    let cue = ctx.toks.get(i)?;
    let mut reach = reach(info, cue.raw);
    if reach == NEAR_REACH && speaker_then_complement(ctx, i, info) {
        reach = VERB_REACH;
    }
    let mut zone = Zone {
        min_only: info.comp & (cues::ILA | cues::ALA | cues::AN | cues::MIN) == cues::MIN,
        ..Zone::default()
    };
    let mut j = i + 1;
    // Tokens of discourse phrases passed over ("في هذا الصدد"): they count neither in the reach nor in the zone.
    let mut skipped = 0;
    while j < ctx.toks.len() && j - i - skipped <= reach {
        // "وقد طالبت الغرفة في وقت سابق بتسهيل ...": a time phrase is passed over the same way.
        // "سائلا المولى عز وجل أن", "داعيا الله تعالى أن": God addressed in a prayer right after the verb.
        // "وأعلنت شركة الاتصالات (STC) عن": a name's short form in parentheses stays in the speaker zone.
        if let Some(n) = discourse_phrase(ctx, j)
            .or_else(|| alias_in_parentheses(ctx, j).filter(|_| j > i + 1 && !zone.broken))
            // Right after the verb too ("قد أعلن في وقت سابق عن"), but for "من قبل", which is also "by" there.
            .or_else(|| {
                time_phrase(ctx, j).filter(|_| {
                    j > i + 1 || ctx.toks.get(j).is_some_and(|t| t.key.as_str() != "من")
                })
            })
            .or_else(|| divine_phrase(ctx, j).filter(|_| j == i + 1))
        {
            j += n;
            skipped += n;
            continue;
        }
        let t = ctx.toks.get(j)?;
        if t.block != cue.block {
            break;
        }
        // "وبين لـ«اليوم» أن": the ل of the outlet told and its marks count for nothing in a short reach.
        if reach == NEAR_REACH
            && j > i
            && (t.raw.trim_end_matches('ـ') == "ل" || t.raw == "ـ" || is_quote_mark(t.raw))
            && opener_tok(ctx, marked, j).is_none()
        {
            j += 1;
            skipped += 1;
            continue;
        }
        // "وبين العساف [في مؤتمر صحفي] أن": after the subject, an adverbial phrase of one to three words right
        // before the complementiser counts for nothing in a short reach.
        if reach == NEAR_REACH && j > i + 1 && ADJUNCT_PREPOSITIONS.contains(&t.key.as_str()) {
            let comp = (j + 2..j + 5).find(|&k| ctx.toks.get(k).is_some_and(is_bare_comp));
            if let Some(k) =
                comp.filter(|&k| (j + 1..k).all(|m| ctx.toks.get(m).is_some_and(|x| x.is_word())))
            {
                skipped += k - j;
                j = k;
                continue;
            }
        }
        if let Some(index) = opener_tok(ctx, marked, j) {
            return Some(Found::Direct { index, who_end: j });
        }
        // "وقالت فلانة لـ«سبق» أتوقع ...": the speaker's own words right after the outlet.
        if speech_after_outlet(ctx, marked, i, j, info) {
            return Some(Found::Content {
                start: j,
                who_end: j,
            });
        }
        if ctx.ends_sentence(j - 1) && j > i + 1 {
            break;
        }
        if info.form == CueForm::DirectOnly {
            // "كتب فلان أن ...": a complementiser makes it reported speech.
            if is_comp(t) && !after_temporal(ctx, j) {
                return Some(Found::Content {
                    start: j + 1,
                    who_end: j,
                });
            }
            // "وله كتب عديدة، كتب فيها أن": another reporting word has the complementiser.
            if cue_at(ctx, marked, j).is_some() {
                break;
            }
            j += 1;
            continue;
        }
        // "قال ذلك" refers back; "مثمنا هذه الخطوة" has a noun phrase for content.
        if j == i + 1 && DEMONSTRATIVES.contains(&t.key.as_str()) {
            // "معللا ذلك بحرمان ...", "وفسر ذلك بأن ...": the ب complement after the demonstrative is the content.
            if let Some(start) = bi_after_demonstrative(ctx, j, info) {
                return Some(Found::Content { start, who_end: j });
            }
            let np = info.comp & cues::NP != 0
                && ctx
                    .toks
                    .get(j + 1)
                    .is_some_and(|n| n.key.as_str().starts_with("ال"));
            // "واعتبر ذلك خطوة مهمة": the demonstrative and its predicate noun are what the verb deems.
            let deemed = info.comp & cues::DEEM != 0
                && ctx.toks.get(j + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.key.as_str().starts_with("ال")
                        && !speaker::is_stop(ctx, j + 1)
                        && ctx.mentions_over(n.span).next().is_none()
                        && !crate::analysis::quotes::lexicon::is_title(n.key.as_str())
                        && !SOURCE_NOUNS.contains(&n.key.as_str())
                });
            if deemed && !ctx.ends_sentence(j) {
                return Some(Found::Content {
                    start: j,
                    who_end: j,
                });
            }
            // "مرجعا ذلك إلى", "وعزا ذلك إلى": the verb's own preposition after the demonstrative object.
            let own_prep = ctx
                .toks
                .get(j + 1)
                .is_some_and(|n| takes_preposition(n, info));
            if own_prep {
                j += 1;
                continue;
            }
            if !np {
                return None;
            }
        }
        // An إن/أن inside a name is part of the speaker ("سي إن إن إن ...": the third إن starts the content).
        // A name that starts with the word ("بان كي مون") holds it too.
        let in_name = matches!(t.key.as_str(), "ان" | "بان")
            && ctx.mentions_over(t.span).any(|m| {
                m.span.start < t.span.start
                    || (m.span.end > t.span.end
                        && matches!(m.label, EntityLabel::Per | EntityLabel::Org))
            });
        // Any word inside the name of a person or organisation is the name's, no complement: "وناشدت منظمة
        // أطباء بلا حدود الأطراف بـ" (بلا is no ب complement).
        let in_name = in_name
            || ctx.mentions_over(t.span).any(|m| {
                m.span.start < t.span.start
                    && m.span.end >= t.span.end
                    && matches!(m.label, EntityLabel::Per | EntityLabel::Org)
            });
        // The name's word breaks no speaker zone: "ودعا بان كي مون الأطراف إلى" keeps إلى the verb's.
        if in_name {
            j += 1;
            continue;
        }
        if let Some(start) = content_start(
            ctx,
            i,
            j,
            info,
            zone.broken,
            zone.blocks_preposition(ctx, j),
        ) {
            return Some(Found::Content { start, who_end: j });
        }
        // Another reporting word: the clause is its own.
        if cue_at(ctx, marked, j).is_some() {
            break;
        }
        zone.extend(ctx, i, j, info);
        j += 1;
    }
    if let Some(found) = addressee_then_preposition(ctx, i, info, marked)
        .or_else(|| aside_then_preposition(ctx, i, info, marked))
    {
        return Some(found);
    }
    if reach == VERB_REACH
        && j - i - skipped > reach
        && let Some(found) = far_complement(ctx, j, i + LONG_VERB_REACH, marked)
    {
        return Some(found);
    }
    // "يقول فلان، مضيفا أن": the comma leads into another reporting clause, not into what was said.
    if let Some(c) = zone
        .say_comma
        .filter(|&c| cue_at(ctx, marked, c + 1).is_none())
    {
        return Some(Found::Content {
            start: c + 1,
            who_end: c,
        });
    }
    np_start(ctx, i, info)
        .and_then(|start| {
            if info.comp & cues::OWN == 0 {
                return Some(start);
            }
            // "وأبدى محللون روس وأجانب [شكوكا]": the subject's adjectives may come first; the position is the
            // first possessed or stance noun within a few words of its clause.
            (start..start + OWN_REACH)
                .take_while(|&k| {
                    ctx.toks
                        .get(k)
                        .is_some_and(|t| t.is_word() && !ctx.ends_sentence(k.saturating_sub(1)))
                })
                .find(|&k| {
                    own_position_noun(ctx, k, k > start)
                        || ctx
                            .toks
                            .get(k)
                            .is_some_and(|t| speaker::stance_noun(t.key.as_str()))
                })
        })
        .map(|start| Found::Content {
            start,
            who_end: start,
        })
}

/// How many words after where its object seemed to start a verb flagged [`cues::OWN`] looks for it.
const OWN_REACH: usize = 4;

/// Token `k` is a noun with a possessive suffix of the third person ("استعداده", "قلقها", "رغبتهم"), without a
/// conjunction or preposition: the object a verb flagged [`cues::OWN`] needs. `frequent`: only a frequent noun or
/// a noun of stance under the suffix.
fn own_position_noun(ctx: &Ctx, k: usize, frequent: bool) -> bool {
    ctx.toks.get(k).is_some_and(|t| {
        let w = t.key.as_str();
        // The key folds ة into ه: "مرونة" is no possessive.
        let taa_marbuta = t
            .raw
            .trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c) || c == '\u{0640}')
            .ends_with('ة');
        t.is_word()
            && !taa_marbuta
            && !w.starts_with("ال")
            && ["ه", "ها", "هم", "هما", "هن"].iter().any(|s| {
                // `frequent`: a frequent noun under the suffix ("استعداد", "رغبت" -> "رغبة"), past the subject's
                // words, where "تجاه" (a preposition) may stand.
                w.strip_suffix(s).is_some_and(|stem| {
                    let stem = stem
                        .strip_suffix('ت')
                        .map_or(stem.to_owned(), |r| format!("{r}ه"));
                    stem.chars().count() >= 3
                        && (!frequent
                            || speaker::stance_noun(&stem)
                            || crate::analysis::entities::lexicon::Lexicon::bundled()
                                .is_common_word(&stem))
                })
            })
    })
}

/// How many tokens after the outlet [`speech_after_outlet`] looks for a complementiser or colon that would
/// introduce the content instead ("وقال لـ«الحياة» مدير التعليم إن").
const OUTLET_COMPLEMENT_AHEAD: usize = 12;

/// Token `j` follows the closing mark of a name in marks led by ل ("لـ«سبق»", "لـ \"الوطن\""): the outlet the
/// speaker talked to.
fn outlet_ends_before(ctx: &Ctx, marked: &[Marked], j: usize) -> bool {
    let Some(close) = j.checked_sub(1).and_then(|p| ctx.toks.get(p)) else {
        return false;
    };
    if !is_quote_mark(close.raw) {
        return false;
    }
    let Some(m) = marked
        .iter()
        .find(|m| !m.statement && m.close.is_some_and(|c| c.start == close.span.start))
    else {
        return false;
    };
    ctx.tok_at(m.open.start)
        .checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| p.key.as_str() == "ل" || (p.raw.starts_with('ل') && p.raw.ends_with('ـ')))
}

/// "وقالت فلانة لـ«سبق» أتوقع حصول ...": a verb of saying whose content needs no preposition or object, its
/// speaker, then the outlet and a plain word with no complementiser or colon later in the sentence: the speaker's
/// own words start at token `j` (a complementiser of a later reporting verb does not count).
fn speech_after_outlet(ctx: &Ctx, marked: &[Marked], i: usize, j: usize, info: CueInfo) -> bool {
    use crate::analysis::quotes::lexicon::is_title;
    let takes_other = cues::NP
        | cues::ILA
        | cues::ALA
        | cues::AN
        | cues::MIN
        | cues::BI
        | cues::LI
        | cues::OBJ
        | cues::VIA;
    if !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        || info.comp & takes_other != 0
        || j < i + 3
        || !outlet_ends_before(ctx, marked, j)
    {
        return false;
    }
    let Some(t) = ctx.toks.get(j) else {
        return false;
    };
    let n = t.key.as_str();
    let plain = t.is_word()
        && !is_comp(t)
        && !is_title(n)
        && !GOVERNING.contains(&n)
        && ctx.mentions_over(t.span).next().is_none()
        && cue_at(ctx, marked, j).is_none()
        && !ctx.ends_sentence(j);
    plain
        && !(j..j + OUTLET_COMPLEMENT_AHEAD)
            .take_while(|&x| {
                x == j || !(ctx.ends_sentence(x - 1) || cue_at(ctx, marked, x).is_some())
            })
            .filter_map(|x| ctx.toks.get(x))
            .any(|x| x.is_punct(&[":"]) || is_comp(x))
}

/// "ودعا مدير الدفاع المدني جميع السكان المقيمين في الأحياء ... ممن لم يغادروا، إلى سرعة الإخلاء": a verb whose
/// object is whom it addresses takes its preposition after a comma that closes a long description of them. The
/// first comma followed by the preposition, within [`LONG_VERB_REACH`] tokens of the finite verb, in its sentence
/// and before any other reporting word, starts the content.
fn addressee_then_preposition(
    ctx: &Ctx,
    i: usize,
    info: CueInfo,
    marked: &[Marked],
) -> Option<Found> {
    if info.comp & cues::ADDRESSEE == 0
        || info.comp & (cues::ILA | cues::ALA) == 0
        || !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
    {
        return None;
    }
    for k in i + 2..i + LONG_VERB_REACH {
        let t = ctx.toks.get(k)?;
        if ctx.ends_sentence(k - 1) || cue_at(ctx, marked, k).is_some() || is_comp(t) {
            return None;
        }
        if t.is_punct(COMMAS)
            && ctx
                .toks
                .get(k + 1)
                .is_some_and(|p| takes_preposition(p, info))
            && ctx.toks.get(k + 2).is_some_and(|w| w.is_word())
        {
            return Some(Found::Content {
                start: k + 2,
                who_end: k,
            });
        }
    }
    None
}

/// "وشدد مدير الشرطة، خلال الاجتماع الذي عقد أمس بحضور عدد من الضباط، على ضرورة ...": an adverbial aside between
/// commas after the speaker, opened by a preposition of place or occasion, and the verb's own preposition after
/// the closing comma: the content starts after that preposition. Within [`LONG_VERB_REACH`] tokens of the finite
/// verb, in its sentence, before any other reporting word or complementiser.
fn aside_then_preposition(ctx: &Ctx, i: usize, info: CueInfo, marked: &[Marked]) -> Option<Found> {
    if info.comp & (cues::ILA | cues::ALA | cues::AN | cues::MIN) == 0
        || !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
    {
        return None;
    }
    let mut opened: Option<usize> = None;
    for k in i + 2..i + LONG_VERB_REACH {
        let t = ctx.toks.get(k)?;
        if t.block != ctx.toks.get(i)?.block
            || ctx.ends_sentence(k - 1)
            || cue_at(ctx, marked, k).is_some()
            || is_comp(t)
            || is_quote_mark(t.raw)
        {
            return None;
        }
        if !t.is_punct(COMMAS) {
            continue;
        }
        let next = ctx.toks.get(k + 1)?;
        let Some(open) = opened else {
            let n = next.key.as_str();
            if !ADJUNCT_PREPOSITIONS.contains(&n.strip_prefix('و').unwrap_or(n)) {
                return None;
            }
            opened = Some(k);
            continue;
        };
        if takes_preposition(next, info) && ctx.toks.get(k + 2).is_some_and(|w| w.is_word()) {
            return Some(Found::Content {
                start: k + 2,
                who_end: open,
            });
        }
        return None;
    }
    None
}

/// How far a finite verb's complementiser may come after a long speaker zone ("وأكد صاحب السمو ... أمير المنطقة
/// خلال ترؤسه الاجتماع ... بحضور عدد من المسؤولين، أن ...").
const LONG_VERB_REACH: usize = 45;

/// Past [`VERB_REACH`], from token `from` to `to`: a complementiser after a comma or written إن/بأن, or a colon,
/// still in the clause's sentence and before any other reporting word, starts the content.
fn far_complement(ctx: &Ctx, from: usize, to: usize, marked: &[Marked]) -> Option<Found> {
    let block = ctx.toks.get(from)?.block;
    for j in from..to {
        let t = ctx.toks.get(j)?;
        if t.block != block
            || ctx.ends_sentence(j.saturating_sub(1))
            || cue_at(ctx, marked, j).is_some()
        {
            return None;
        }
        let after_comma = ctx.toks.get(j - 1).is_some_and(|p| p.is_punct(COMMAS));
        let written_inna = t.raw.starts_with("إن") || t.raw.starts_with("بأن");
        if is_comp(t) && (after_comma || written_inna) && !after_temporal(ctx, j) {
            return Some(Found::Content {
                start: j + 1,
                who_end: j,
            });
        }
        if t.is_punct(&[":"]) {
            let next_bare = ctx.toks.get(j + 1).is_some_and(is_bare_comp);
            if let Some(index) = opener_tok(ctx, marked, j + 1) {
                return Some(Found::Direct { index, who_end: j });
            }
            return Some(Found::Content {
                start: j + 1 + usize::from(next_bare),
                who_end: j,
            });
        }
    }
    None
}

/// Where the content starts when a verb that takes ب has a demonstrative object at token `j` followed by its ب
/// complement: after بأن, or at the ب word.
fn bi_after_demonstrative(ctx: &Ctx, j: usize, info: CueInfo) -> Option<usize> {
    if info.comp & cues::BI == 0 {
        return None;
    }
    let n = ctx.toks.get(j + 1)?;
    if n.key.as_str() == "بان" || SUFFIXED_COMP.contains(&n.key.as_str()) {
        return Some(j + 2);
    }
    let k = n.key.as_str();
    (k.starts_with('ب')
        && k.chars().count() >= BI_WORD_MIN_LETTERS
        && !NOT_BI_COMPLEMENTS.contains(&k)
        && !PRONOUN_PREPOSITIONS.contains(&k)
        && !place_or_institution(k)
        && ctx.toks.get(j + 2).is_some_and(|x| x.is_word()))
    .then_some(j + 1)
}

/// How many words a name's short form in parentheses may have ("(STC)", "(فيفا)", "(أوبك)").
const ALIAS_MAX_WORDS: usize = 3;

/// The number of tokens of "(STC)" at token `j`: a parenthesis right after a word of a name (in a person's or
/// organisation's mention, or an institution's head noun), holding a few words and closed in the same sentence.
fn alias_in_parentheses(ctx: &Ctx, j: usize) -> Option<usize> {
    let open = ctx.toks.get(j)?;
    if open.raw != "(" {
        return None;
    }
    let prev = ctx.toks.get(j.checked_sub(1)?)?;
    let after_name = ctx.mentions_over(prev.span).any(|m| {
        m.span.end == prev.span.end && matches!(m.label, EntityLabel::Per | EntityLabel::Org)
    });
    // "وأعلنت شركة الاتصالات المتنقلة (زين)": a body's head word shortly before, though no list knows the name.
    let after_body = prev.is_word()
        && (j.saturating_sub(4)..j).any(|h| {
            ctx.toks.get(h).is_some_and(|t| {
                let bare = crate::analysis::quotes::lexicon::bare(t.key.as_str());
                INSTITUTION_HEADS.contains(&bare)
                    || crate::analysis::quotes::lexicon::org_heads().contains(bare)
            })
        });
    if !after_name && !after_body {
        return None;
    }
    for k in j + 1..=j + 1 + ALIAS_MAX_WORDS {
        let t = ctx.toks.get(k)?;
        if t.raw == ")" {
            return (k > j + 1).then_some(k + 1 - j);
        }
        if !t.is_word() || ctx.ends_sentence(k) {
            return None;
        }
    }
    None
}

/// Nouns of "في هذا الصدد" and its kin (normalised): "in this regard", a phrase that stands between a reporting
/// verb and its complement without breaking the clause ("وأشارت في هذا الصدد إلى").
const DISCOURSE_NOUNS: &[&str] = &[
    "الصدد",
    "السياق",
    "الاطار",
    "الشان",
    "الخصوص",
    "المجال",
    "الجانب",
];

/// Adverbs of time written as a phrase (normalised): "من قبل", "في وقت سابق" stand between a verb and its noun
/// phrase ("وكانت الجبهة أعلنت من قبل مسؤوليتها عن").
const TIME_PHRASES: &[&[&str]] = &[
    &["من", "قبل"],
    &["في", "وقت", "سابق"],
    &["في", "وقت", "لاحق"],
    &["في", "وقت", "مبكر"],
    &["في", "وقت", "متاخر"],
    &["في", "وقت", "سابق", "اليوم"],
    // "وأعلنت الوزارة الأسبوع الماضي إطلاق ...".
    &["الاسبوع", "الماضي"],
    &["الاسبوع", "المقبل"],
    &["الاسبوع", "الجاري"],
    &["الشهر", "الماضي"],
    &["الشهر", "المقبل"],
    &["الشهر", "الجاري"],
    &["العام", "الماضي"],
    &["العام", "المقبل"],
    &["العام", "الجاري"],
    &["العام", "الحالي"],
];

/// The number of tokens of the longest time phrase at token `j`, if one starts there.
fn time_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    year_phrase(ctx, j).or_else(|| fixed_time_phrase(ctx, j))
}

/// "في عام 1432هـ", "في العام 2014م": a year stands between a verb and its noun phrase like a time adverb
/// ("وكانت الوزارة أعلنت في عام 1432هـ انتهاء المرحلة الأولى"). Gives its number of tokens.
fn year_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    let is =
        |k: usize, f: &dyn Fn(&str) -> bool| ctx.toks.get(k).is_some_and(|t| f(t.key.as_str()));
    if !(is(j, &|w| w == "في") && is(j + 1, &|w| matches!(w, "عام" | "العام"))) {
        return None;
    }
    let number = ctx
        .toks
        .get(j + 2)
        .is_some_and(|t| t.kind == TokenKind::Number && !ctx.ends_sentence(j + 1));
    if !number {
        return None;
    }
    // The era letter written after the number ("1432هـ", "2015 م").
    let era =
        usize::from(is(j + 3, &|w| matches!(w, "ه" | "هـ" | "م")) && !ctx.ends_sentence(j + 2));
    Some(3 + era)
}

/// The number of tokens of the longest phrase of [`TIME_PHRASES`] at token `j`.
fn fixed_time_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    TIME_PHRASES
        .iter()
        .filter(|p| {
            p.iter()
                .enumerate()
                .all(|(o, w)| ctx.toks.get(j + o).is_some_and(|t| t.key.as_str() == *w))
        })
        .map(|p| p.len())
        .max()
}

/// Names of God addressed in a prayer (normalised): "سائلا الله", "داعين المولى".
const DIVINE_NAMES: &[&str] = &["الله", "المولي"];

/// Praises after a name of God (normalised), each a phrase: "عز وجل", "تعالى", "سبحانه وتعالى".
const PRAISES: &[&[&str]] = &[
    &["عز", "وجل"],
    &["تعالي"],
    &["سبحانه", "وتعالي"],
    &["العلي", "القدير"],
];

/// The number of tokens of "الله عز وجل" (or "المولى تعالى", "الله -عز وجل-" ...) at token `j`, if a name of God
/// starts there.
fn divine_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    let is = |k: usize, w: &str| ctx.toks.get(k).is_some_and(|t| t.key.as_str() == w);
    if !DIVINE_NAMES.iter().any(|w| is(j, w)) {
        return None;
    }
    let mut k = j + 1;
    let dash = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| t.is_punct(&["-", "ـ", "–"]))
    };
    let dashed = dash(k);
    if dashed {
        k += 1;
    }
    if let Some(p) = PRAISES
        .iter()
        .find(|p| p.iter().enumerate().all(|(o, w)| is(k + o, w)))
    {
        k += p.len();
        if dashed && dash(k) {
            k += 1;
        }
        return Some(k - j);
    }
    Some(1)
}

/// Words of sameness after a noun ("في الوقت نفسه", "في السياق ذاته"), normalised.
const SAME: &[&str] = &["نفسه", "ذاته", "عينه"];

/// The number of tokens of "في هذا الصدد" (or "في هذا السياق" ...) at token `j`, if one starts there; also "في
/// الوقت نفسه" and "في السياق ذاته", which stand there the same way ("مؤكدا في الوقت نفسه أن").
fn discourse_phrase(ctx: &Ctx, j: usize) -> Option<usize> {
    let is =
        |k: usize, f: &dyn Fn(&str) -> bool| ctx.toks.get(k).is_some_and(|t| f(t.key.as_str()));
    // "مشيدا بالوقت نفسه بمدرب ...": the ب-form of "في الوقت نفسه".
    if is(j, &|n| n.strip_prefix('و').unwrap_or(n) == "بالوقت") && is(j + 1, &|n| SAME.contains(&n))
    {
        return Some(2);
    }
    if !is(j, &|n| n.strip_prefix('و').unwrap_or(n) == "في") {
        return None;
    }
    if is(j + 1, &|n| matches!(n, "هذا" | "هذه" | "ذلك"))
        && is(j + 2, &|n| DISCOURSE_NOUNS.contains(&n))
    {
        return Some(3);
    }
    (is(j + 1, &|n| n == "الوقت" || DISCOURSE_NOUNS.contains(&n))
        && is(j + 2, &|n| SAME.contains(&n)))
    .then_some(3)
}

/// The start of a noun-phrase content ("أكد الوزير أهمية التعاون", "مؤكدا حرصه على", "واعتبرت فوزها دليلا") of a
/// verb flagged [`cues::NP`] at token `i`, when no complementiser or preposition came: right after a participle,
/// or after the finite verb's subject (its name, title and adjectives) and a time adverb. The word there must be
/// able to start a noun phrase: not a function word, name, title or prepositional phrase.
fn np_start(ctx: &Ctx, i: usize, info: CueInfo) -> Option<usize> {
    // Perfect and participle only: the imperfect is often passive ("تعتبر اقتصاداتها الأكثر نموا"); but a verb of
    // position right after its named subject ("الأمم المتحدة تدين الهجوم") takes its object right after it.
    let named_before = info.form == CueForm::Imperfect
        && info.comp & cues::POSITION != 0
        && !info.wa
        && !info.fa
        && subject_named_before(ctx, i);
    if info.comp & cues::NP == 0
        || !(named_before || matches!(info.form, CueForm::Perfect | CueForm::Participle))
    {
        return None;
    }
    if named_before {
        return np_after_subject(ctx, i, info, i + 1, true);
    }
    let sentence = ctx.sentence_start(i);
    let in_sentence = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            ctx.sentence_start(k) == sentence && t.block == ctx.toks.get(i).map_or(0, |c| c.block)
        })
    };
    let mut k = i + 1;
    if info.form != CueForm::Participle {
        // "أكد لرويترز أهمية": the addressee is neither the subject nor the content.
        k = addressee::after_addressee(ctx, k, i + VERB_REACH);
    }
    // "وأكد مصدر مطلع أهمية القرار", "ودانت دول عربية وإسلامية الهجوم", "ونفى مسؤول في الوزارة صحة ...": an
    // unnamed indefinite subject with its adjectives and complement, then the object.
    if info.form != CueForm::Participle
        && let Some(end) = indefinite_subject_end(ctx, k, i + VERB_REACH)
        && let Some(start) = np_after_subject(ctx, i, info, end, end > k + 1)
    {
        return Some(start);
    }
    // "وأعلنت الشرطة القبض على ...": a feminine definite subject, then a definite word that cannot agree with it
    // as its adjective (no ـة, no adjective of relation): the object.
    if info.form != CueForm::Participle
        && feminine_definite_then_object(ctx, k, info.comp & cues::POSITION != 0)
        && let Some(start) = np_after_subject(ctx, i, info, k + 1, true)
    {
        return Some(start);
    }
    // Where a named subject ends, before the words taken for its adjectives.
    let mut named_end = None;
    if info.form == CueForm::Participle {
        // "مؤكدا سموه": an honorific after the participle is its subject.
        if ctx.toks.get(k).is_some_and(|t| honorific(t.key.as_str())) {
            k += 1;
        }
    } else if ctx.toks.get(k).is_some_and(|t| subject_like(ctx, t)) {
        let mut to = k;
        while to < i + VERB_REACH && in_sentence(to) {
            to += 1;
        }
        let (who, end) = speaker::extract(ctx, k, to);
        if matches!(who, Who::Implicit) {
            return None;
        }
        // "وأكد الوزير أهمية التعاون": a definite noun that is no name takes no genitive; when the speaker's
        // reading runs on over the object, the fallback starts after that noun (past its adjectives).
        let indefinite_next = ctx.toks.get(k + 1).is_some_and(|n| {
            let w = n.key.as_str();
            n.is_word()
                && !w.starts_with("ال")
                && !w.starts_with("وال")
                && ctx.mentions_over(n.span).next().is_none()
                && !crate::analysis::quotes::lexicon::is_title(w)
        });
        // "ودان الرئيس الهجوم": after a verb of position, a definite title's following definite words are its
        // object once those shaped like its adjectives are passed (below).
        let position_title = info.comp & cues::POSITION != 0
            && ctx.toks.get(k).is_some_and(|h| {
                let w = h.key.as_str();
                w.starts_with("ال")
                    && crate::analysis::quotes::lexicon::is_title(w)
                    && ctx.mentions_over(h.span).next().is_none()
            });
        if position_title && end > k + 1 {
            let mut x = k + 1;
            while x < end && ctx.toks.get(x).is_some_and(|t| title_adjective(ctx, t)) {
                x += 1;
            }
            if x < end
                && ctx.toks.get(x).is_some_and(|t| {
                    t.key.as_str().starts_with("ال") && ctx.mentions_over(t.span).next().is_none()
                })
                && let Some(start) = np_after_subject(ctx, i, info, x, true)
            {
                return Some(start);
            }
        }
        if let Some(head) = ctx.toks.get(k).filter(|h| {
            h.key.as_str().starts_with("ال") && ctx.mentions_over(h.span).next().is_none()
        }) && end > k + 1
            && indefinite_next
        {
            named_end = Some((k + 1, head.key.as_str().ends_with('ه')));
            // "وأبدت المنظمة إعجابها بالجهود": a noun with a possessive of the third person feminine or plural
            // after the definite subject is the object, never a part of its name.
            let possessed = ctx.toks.get(k + 1).is_some_and(|n| {
                let w = n.key.as_str();
                (w.ends_with("ها") || w.ends_with("هم")) && w.chars().count() >= 5
            });
            if possessed && let Some(start) = np_after_subject(ctx, i, info, k + 1, true) {
                return Some(start);
            }
        }
        // "وأكد مدير التعليم أهمية الالتزام": an indefinite title in construct with its definite genitive, then
        // an indefinite word that is no name or title: a title's genitive ends there, the word opens the object.
        if named_end.is_none()
            && let Some(x) = construct_title_end(ctx, k)
            && end > x
        {
            named_end = Some((x, false));
        }
        k = end.max(k + 1);
        // "وأعلنت شركة الاتصالات (STC) إطلاق": the name's short form after it.
        k += alias_in_parentheses(ctx, k).unwrap_or(0);
        // "أكد فلان، أهمية": a comma after the subject.
        if ctx.toks.get(k).is_some_and(|t| t.is_punct(COMMAS)) {
            k += 1;
        }
        // The name's zone may run past the mention over definite words: the fallback starts after the mention.
        if let Who::Named {
            span,
            entity: Some(_),
            ..
        } = &who
        {
            let after = ctx.tok_at(span.end);
            let comma = ctx.toks.get(after).is_some_and(|t| t.is_punct(COMMAS));
            // Adjectives agree with the name's head, its first word ("جبهة التحرير ... المتطرفة").
            let feminine = ctx
                .toks
                .get(ctx.tok_at(span.start))
                .is_some_and(|h| h.key.as_str().ends_with('ه'));
            named_end = Some((after + usize::from(comma), feminine));
            // "وأكدت مصر والأردن دعمهما": other names joined with "و" share the verb; the content starts after
            // the last of them.
            let mut last = after;
            while let Some(next) = joined_name_end(ctx, last).filter(|_| in_sentence(last)) {
                last = next;
            }
            if last > after {
                k = last;
                named_end = Some((last, false));
            }
        }
        // The subject's adjectives and complements ("الجبهة اليسارية المتطرفة", "رئيس المدينة للعلوم والتقنية",
        // "الوزير للصحفيين").
        while ctx.toks.get(k).is_some_and(|t| {
            let n = t.key.as_str();
            ((n.starts_with("ال") || n.starts_with("وال")) && !speaker::is_stop(ctx, k)
                || n.starts_with("لل")
                || n.starts_with("بال"))
                && ctx.mentions_over(t.span).next().is_none()
        }) && in_sentence(k)
        {
            k += 1;
        }
    }
    np_after_subject(ctx, i, info, k, false).or_else(|| {
        // "واستنكرت الجامعة العربية الهجوم الإرهابي على ...": after a named subject, the definite words taken for
        // its adjectives were the content, past those shaped like its adjectives: of relation ("التركية"), or
        // feminine after a feminine name ("الجبهة ... المتطرفة").
        let (mut k, feminine) = named_end?;
        while k < i + VERB_REACH
            && ctx.toks.get(k).is_some_and(|t| {
                let n = t.key.as_str();
                let nisba = n.ends_with('ي')
                    || n.ends_with("يه")
                    || n.ends_with("ين")
                    || n.ends_with("يون");
                t.is_word()
                    && n.starts_with("ال")
                    && !RELATIVE_PRONOUNS.contains(&n)
                    && ctx.mentions_over(t.span).next().is_none()
                    && (nisba || (feminine && n.ends_with('ه')) || TITLE_ADJECTIVES.contains(&n))
            })
        {
            k += 1;
        }
        np_after_subject(ctx, i, info, k, true)
    })
}

/// "الأمم المتحدة تدين", "[فلان] ينفي": a person's or organisation's mention ends right before token `i`, in its
/// sentence.
fn subject_named_before(ctx: &Ctx, i: usize) -> bool {
    let Some(p) = i.checked_sub(1).and_then(|p| ctx.toks.get(p)) else {
        return false;
    };
    !ctx.ends_sentence(i - 1)
        && ctx.mentions_over(p.span).any(|m| {
            m.span.end == p.span.end && matches!(m.label, EntityLabel::Per | EntityLabel::Org)
        })
}

/// Adjectives of a title not shaped like adjectives of relation ("الوزير السابق", "المدير المكلف"), normalised.
const TITLE_ADJECTIVES: &[&str] = &[
    "السابق",
    "الاسبق",
    "الجديد",
    "الاول",
    "العام",
    "المساعد",
    "المكلف",
    "المفوض",
    "المناوب",
    "المختص",
    "المعني",
    "المسوول",
    "المنتخب",
    "الفخري",
];

/// A definite word shaped like an adjective of a title: of relation ("الرسمي", "التنفيذي") or one of
/// [`TITLE_ADJECTIVES`].
fn title_adjective(ctx: &Ctx, t: Tok) -> bool {
    let n = t.key.as_str();
    t.is_word()
        && n.starts_with("ال")
        && ctx.mentions_over(t.span).next().is_none()
        && (n.ends_with('ي') || TITLE_ADJECTIVES.contains(&n))
}

/// How many definite genitives may follow an indefinite title in construct ("مدير إدارة التعليم" counts its
/// indefinite heads as titles, "مدير التعليم الأهلي").
const TITLE_GENITIVE_MAX: usize = 3;

/// "مدير التعليم", "رئيس هيئة السياحة", "مدير عام الشركة" at token `k`: an indefinite title in construct (no name
/// in it) with its definite genitive, followed by an indefinite plain word (no name, title, function word or
/// prepositional phrase). Gives that word's token.
fn construct_title_end(ctx: &Ctx, k: usize) -> Option<usize> {
    use crate::analysis::quotes::lexicon;
    let plain = |x: usize| {
        ctx.toks
            .get(x)
            .filter(|t| t.is_word() && ctx.mentions_over(t.span).next().is_none())
    };
    let head = plain(k)?;
    let head_key = head.key.as_str();
    if head_key.starts_with("ال") || !lexicon::is_title(head_key) {
        return None;
    }
    let mut x = k + 1;
    let mut definite = false;
    while x <= k + TITLE_GENITIVE_MAX && !ctx.ends_sentence(x - 1) {
        let tok = plain(x)?;
        let word = tok.key.as_str();
        if word.starts_with("ال") && !speaker::is_stop(ctx, x) {
            definite = true;
        } else if definite {
            break;
        } else if !(lexicon::is_title(word) || word == "عام") {
            return None;
        }
        x += 1;
    }
    let tok = plain(x)?;
    let word = tok.key.as_str();
    (definite
        && !ctx.ends_sentence(x - 1)
        && !word.starts_with("ال")
        && !word.starts_with('ب')
        && !word.starts_with('ل')
        && !lexicon::is_title(word)
        && !speaker::is_stop(ctx, x)
        && !ADVERBS.contains(&word))
    .then_some(x)
}

/// True when token `k` is a feminine definite noun that is no name and no title ("الشرطة", "الوزارة") and the
/// word after it is definite but no adjective of it: not feminine, not of relation (ـي), no plural (but one in
/// ـات after a verb of `position`), no name.
fn feminine_definite_then_object(ctx: &Ctx, k: usize, position: bool) -> bool {
    use crate::analysis::quotes::lexicon;
    let (Some(head), Some(next)) = (ctx.toks.get(k), ctx.toks.get(k + 1)) else {
        return false;
    };
    let (h, w) = (head.key.as_str(), next.key.as_str());
    let plain = |t: &Tok, key: &str| {
        t.is_word()
            && key.starts_with("ال")
            && ctx.mentions_over(t.span).next().is_none()
            && !lexicon::is_title(key)
            && !lexicon::is_people_plural(key)
    };
    // A plural in ـات agrees with no singular head: after a verb of position it is the object judged ("ونفت
    // الشركة الشائعات", "واستنكرت الرابطة الاعتداءات").
    let agreeing = w.ends_with('ه')
        || w.ends_with('ي')
        || w.ends_with("ين")
        || w.ends_with("ون")
        || (w.ends_with("ات") && !position)
        || w.ends_with("اء");
    plain(&head, h)
        && h.ends_with('ه')
        && h.chars().count() >= 5
        && plain(&next, w)
        && !agreeing
        && !speaker::is_stop(ctx, k + 1)
        && !RELATIVE_PRONOUNS.contains(&w)
        && !ctx.ends_sentence(k)
}

/// Indefinite plurals of bodies that speak as a group ("دول", "منظمات", "أحزاب"), normalised: the subject of a
/// reporting verb right after it, not its object (which would be accusative, "دولا").
const GROUP_HEADS: &[&str] = &[
    "دول",
    "حكومات",
    "منظمات",
    "جهات",
    "اطراف",
    "احزاب",
    "فصاىل",
    "فصائل",
    "نقابات",
    "جمعيات",
    "هيئات",
    "قوي",
];

/// Adjectives of an unnamed source that are not shaped like adjectives of relation ("مصدر مطلع", "شهود عيان",
/// "مصادر موثوقة"), normalised.
const SOURCE_ADJECTIVES: &[&str] = &[
    "مطلع",
    "مطلعه",
    "مطلعون",
    "موثوق",
    "موثوقه",
    "رفيع",
    "رفيعه",
    "عيان",
    "مسوول",
    "مسووله",
    "مقرب",
    "مقربه",
    "مقربون",
    "قريب",
    "قريبه",
    "بارز",
    "بارزه",
    "كبير",
    "كبيره",
    "كبار",
    "اخر",
    "اخري",
    "اخرون",
    "عده",
    "عديده",
];

/// Verbal nouns in ـية that open an object, not adjectives of relation ("أهمية", "مسؤولية").
const NOUNS_IN_IYA: &[&str] = &[
    "اهميه",
    "احقيه",
    "مسووليه",
    "جاهزيه",
    "اولويه",
    "شرعيه",
    "جديه",
    "استمراريه",
    "حريه",
    "ضروريه",
    "امكانيه",
];

/// How many words an unnamed subject runs over at most, with its adjectives and complement ("مسؤول رفيع المستوى
/// في وزارة الخارجية الأمريكية").
const INDEFINITE_SUBJECT_MAX: usize = 9;

/// "مصدر مطلع", "شهود عيان", "مسؤول في وزارة الخارجية", "دول عربية وإسلامية": where an unnamed indefinite subject
/// that starts at token `k` ends: its head (an unnamed source, a plural of people, an indefinite title not in
/// construct, a plural of bodies), the adjectives that agree with it, then a complement of place or body after في،
/// من or ب (a recognised name, or construct words and the definite words that close them). None when token `k`
/// starts no such subject or nothing follows it.
fn indefinite_subject_end(ctx: &Ctx, k: usize, limit: usize) -> Option<usize> {
    use crate::analysis::quotes::lexicon;
    let head = ctx.toks.get(k)?;
    let head_key = head.key.as_str();
    let definite = |w: &str| w.starts_with("ال") || w.starts_with("وال");
    if !head.is_word() || definite(head_key) || ctx.mentions_over(head.span).next().is_some() {
        return None;
    }
    let next_definite = ctx
        .toks
        .get(k + 1)
        .is_some_and(|x| definite(x.key.as_str()) && x.key.as_str() != "المستوي");
    let plural = lexicon::is_people_plural(head_key) || head_key.ends_with("ون");
    let broken_plural =
        GROUP_HEADS.contains(&head_key) || matches!(head_key, "مصادر" | "شهود" | "خبراء");
    // "وأبدى عدد من الزوار إعجابهم", "وأكد عدد كبير من الخبراء": a number of people, with its من and the group.
    let quantity = matches!(head_key, "عدد" | "مجموعه")
        && (k + 1..=k + 2).any(|x| ctx.toks.get(x).is_some_and(|t| t.key.as_str() == "من"));
    let source = SOURCE_NOUNS.contains(&head_key) || GROUP_HEADS.contains(&head_key) || quantity;
    let title = lexicon::is_title(head_key)
        && !next_definite
        && !head_key.starts_with('ب')
        && !head_key.starts_with('ل');
    if !(source || title || lexicon::is_people_plural(head_key)) {
        return None;
    }
    // Adjectives agree with the head: a feminine or broken plural head takes ـة، a sound plural ـون، a masculine
    // singular neither.
    let feminine = broken_plural || head_key.ends_with('ه');
    let agrees = |w: &str| {
        if plural && !broken_plural {
            w.ends_with("ون") || w.ends_with("ين")
        } else if feminine {
            w.ends_with('ه') || w == "عيان" || w == "كبار"
        } else {
            !w.ends_with('ه') && !w.ends_with("ون")
        }
    };
    let mut end = k + 1;
    while end < limit && end < k + INDEFINITE_SUBJECT_MAX {
        let Some(t) = ctx.toks.get(end) else { break };
        let w = t.key.as_str();
        let bare = w
            .strip_prefix('و')
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w);
        // "رفيع المستوى".
        if w == "المستوي" && end > k + 1 {
            end += 1;
            continue;
        }
        let nisba = bare.ends_with('ي')
            || bare.ends_with("يه")
            || bare.ends_with("يون")
            || bare.ends_with("يين");
        let adjective = t.is_word()
            && !definite(bare)
            && ctx.mentions_over(t.span).next().is_none()
            && !speaker::is_stop(ctx, end)
            && cues::lookup(w).is_none()
            && !NOUNS_IN_IYA.contains(&bare)
            && (nisba || SOURCE_ADJECTIVES.contains(&bare))
            && agrees(bare);
        if !adjective {
            break;
        }
        end += 1;
    }
    // The complement of place or body: "في الوزارة", "بوزارة الخارجية", "في الاتحاد السعودي لكرة القدم".
    let opener = ctx.toks.get(end)?;
    let opens = opener.key.as_str();
    let in_body = matches!(opens, "في" | "من" | "داخل" | "لدي")
        || (opens.starts_with('ب')
            && !opens.starts_with("بال")
            && opens.chars().count() >= 4
            && !NOT_BI_COMPLEMENTS.contains(&opens));
    if in_body {
        let mut j = if opens.starts_with('ب') {
            end
        } else {
            end + 1
        };
        let mut seen_definite = false;
        while j < limit && j < k + INDEFINITE_SUBJECT_MAX + 2 {
            let Some(t) = ctx.toks.get(j) else { break };
            if !t.is_word() || cues::lookup(t.key.as_str()).is_some() {
                break;
            }
            if let Some(m) = ctx
                .mentions_over(t.span)
                .find(|m| m.span.start >= t.span.start)
            {
                j = ctx.tok_at(m.span.end).max(j + 1);
                seen_definite = true;
                continue;
            }
            let w = t.key.as_str();
            let genitive = w.starts_with("لل") || (w.starts_with('ل') && j > end + 1);
            if definite(w) || genitive {
                seen_definite = true;
            } else if seen_definite || (j > end && speaker::is_stop(ctx, j)) {
                break;
            }
            j += 1;
        }
        if seen_definite {
            end = j;
        }
    }
    // A title alone is often in construct with what follows ("مدير عام إدارة ..."): it needs its adjective or
    // complement.
    let read_on = end > k + 1 || source || lexicon::is_people_plural(head_key);
    (read_on && end < limit && ctx.toks.get(end).is_some_and(|t| t.is_word())).then_some(end)
}

/// The token after a name joined with "و" at token `k` ("[والأردن]", "[وجمهورية باكستان الإسلامية]"): a
/// recognised entity that starts right after the conjunction.
fn joined_name_end(ctx: &Ctx, k: usize) -> Option<usize> {
    use crate::analysis::quotes::lexicon::{bare, org_heads};
    let tok = ctx.toks.get(k)?;
    if !tok.is_word() || !tok.raw.starts_with('و') {
        return None;
    }
    if let Some(mention) = ctx
        .mentions_over(tok.span)
        .find(|m| m.span.start == tok.span.start + 'و'.len_utf8())
    {
        return Some(ctx.tok_at(mention.span.end).max(k + 1));
    }
    // "وجمهورية [باكستان] الإسلامية": a head word before the recognised name.
    let word = bare(tok.key.as_str().strip_prefix('و')?);
    let head = org_heads().contains(word)
        || INSTITUTION_HEADS.contains(&word)
        || ["جمهوريه", "مملكه", "دوله", "سلطنه", "اماره"].contains(&word);
    let name = ctx.toks.get(k + 1)?;
    let mention = ctx
        .mentions_over(name.span)
        .find(|m| m.span.start == name.span.start)
        .filter(|_| head)?;
    let mut end = ctx.tok_at(mention.span.end).max(k + 2);
    // The name's adjectives of relation after the mention ("الإسلامية").
    while ctx.toks.get(end).is_some_and(|adj| {
        let key = adj.key.as_str();
        key.starts_with("ال")
            && (key.ends_with('ي') || key.ends_with("يه"))
            && ctx.mentions_over(adj.span).next().is_none()
    }) {
        end += 1;
    }
    Some(end)
}

/// Nouns of an occasion of speaking (normalised, without the article): "أكد في بيان", "نفت في تصريح لها",
/// "أعلن خلال مؤتمر صحفي".
const OCCASION_NOUNS: &[&str] = &[
    "بيان",
    "تصريح",
    "تصريحات",
    "موتمر",
    "كلمه",
    "حديث",
    "لقاء",
    "تقرير",
    "رساله",
    "مقابله",
    "اتصال",
    "تغريده",
    "خطاب",
    "اجتماع",
    "جلسه",
];

/// Adjectives after an occasion noun that are not shaped like adjectives of relation ("تقريرها الأخير").
const OCCASION_ADJECTIVES: &[&str] = &[
    "الاخير",
    "الاخيره",
    "الجديد",
    "الاول",
    "مشترك",
    "مشتركه",
    "خاص",
    "خاصه",
    "جديد",
    "جديده",
    "حديث",
    "حديثه",
    "مسجل",
    "مسجله",
    "مطول",
    "مطوله",
    "مقتضب",
    "مقتضبه",
    "منفصل",
    "منفصله",
    "مكتوب",
    "مكتوبه",
    "مصور",
    "مصوره",
    "متلفز",
    "متلفزه",
    "سابق",
    "سابقه",
];

/// How many words after its noun an occasion phrase may run ("في بيان صحفي لها أمس").
const OCCASION_REACH: usize = 4;

/// The number of tokens of an occasion phrase at token `at` ("في بيان لها", "خلال مؤتمر صحفي", "في تقريرها
/// الأخير"), if one starts there: the preposition, the noun (maybe with a possessive), its adjectives of relation,
/// a ل with a pronoun and time adverbs.
fn occasion_phrase(ctx: &Ctx, at: usize) -> Option<usize> {
    let prep = ctx.toks.get(at)?;
    if !matches!(prep.key.as_str(), "في" | "خلال") {
        return None;
    }
    let noun = ctx.toks.get(at + 1)?;
    let word = noun.key.as_str();
    let stem = ["هم", "ها", "ه"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix).filter(|r| r.chars().count() >= 3))
        .unwrap_or(word);
    // "كلمته" is spelled "كلمت" + ه once the suffix is taken: give the ة back.
    let stem_ta = stem.strip_suffix('ت').map(|r| format!("{r}ه"));
    let known = OCCASION_NOUNS.contains(&word)
        || OCCASION_NOUNS.contains(&stem)
        || stem_ta
            .as_deref()
            .is_some_and(|st| OCCASION_NOUNS.contains(&st));
    if !known || ctx.ends_sentence(at) {
        return None;
    }
    // "في بيان صحفي" but "في كلمة ترحيبية", "في تصريحات صحفية": an indefinite adjective in "ية" agrees only with a
    // feminine noun (or a plural of things); after "في بيان" it is the object ("أكد في بيان [أهمية] التعاون").
    let feminine = noun.raw.ends_with('ة') || stem.ends_with("ات") || stem_ta.is_some();
    let mut end = at + 2;
    while end < at + 2 + OCCASION_REACH && !ctx.ends_sentence(end - 1) {
        let Some(tok) = ctx.toks.get(end) else { break };
        let key = tok.key.as_str();
        let bare = key.strip_prefix("ال").unwrap_or(key);
        let relation = bare.ends_with('ي')
            || (bare.ends_with("يه")
                && (feminine || key.starts_with("ال"))
                && !NOUNS_IN_IYA.contains(&key));
        let adjective = tok.is_word()
            && ctx.mentions_over(tok.span).next().is_none()
            && bare.chars().count() >= 3
            && (relation || OCCASION_ADJECTIVES.contains(&key));
        if adjective || matches!(key, "له" | "لها" | "لهم") || ADVERBS.contains(&key) {
            end += 1;
        } else {
            break;
        }
    }
    Some(end - at)
}

/// True when the tokens right before the comma at token `comma` (after the verb at token `i`) are adverbs set off
/// by a comma before them too ("، اليوم الخميس،"), not an adverb that ends a clause ("أعلنته موسكو الجمعة،").
fn set_off_adverbs_before(ctx: &Ctx, i: usize, comma: usize) -> bool {
    let mut k = comma;
    while k > i + 1
        && ctx
            .toks
            .get(k - 1)
            .is_some_and(|p| ADVERBS.contains(&p.key.as_str()))
    {
        k -= 1;
    }
    k < comma && k > i + 1 && ctx.toks.get(k - 1).is_some_and(|p| p.is_punct(COMMAS))
}

/// [`np_start`] from token `k`, after the subject: past time adverbs and an occasion phrase. `definite`: a
/// definite noun there is the object (the subject was named before it).
fn np_after_subject(
    ctx: &Ctx,
    i: usize,
    info: CueInfo,
    mut k: usize,
    definite: bool,
) -> Option<usize> {
    let sentence = ctx.sentence_start(i);
    let in_sentence = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            ctx.sentence_start(k) == sentence && t.block == ctx.toks.get(i).map_or(0, |c| c.block)
        })
    };
    let mut occasion = false;
    // "ودانت الوزارة بشدة الهجوم": an adverb after the subject ends it; a definite word after the adverb is the
    // object.
    let mut definite = definite;
    loop {
        if ctx
            .toks
            .get(k)
            .is_some_and(|t| ADVERBS.contains(&t.key.as_str()))
        {
            definite |= k > i + 1;
            k += 1;
        } else if let Some(n) = time_phrase(ctx, k) {
            k += n;
        } else if k > i + 1
            && ctx.toks.get(k).is_some_and(|t| t.is_punct(COMMAS))
            && set_off_adverbs_before(ctx, i, k)
        {
            // "أعلنت الوزارة، اليوم الخميس، تسجيل": the comma that closes the adverb set off.
            k += 1;
        } else if let Some(n) = occasion_phrase(ctx, k).filter(|_| !occasion) {
            // "ونفت الشركة في بيان لها صحة الأنباء".
            occasion = true;
            k += n;
        } else {
            break;
        }
    }
    if let Some(n) = discourse_phrase(ctx, k) {
        k += n;
    }
    let t = ctx.toks.get(k)?;
    let n = t.key.as_str();
    // "مثمنا هذه الخطوة", "ووصف هذا العصر بـ", "وثمّن الوزير هذه المبادرة": a demonstrative before a definite noun
    // starts a participle's, a describing verb's or a verb of position's noun phrase (after another finite verb it confirms what was reported: "وأكد مصدر هذه
    // المعلومات").
    let demonstrative = (info.form == CueForm::Participle
        || info.comp & (cues::BI | cues::POSITION) != 0)
        && DEMONSTRATIVES.contains(&n)
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|x| x.key.as_str().starts_with("ال"));
    // "معتبرا الجائزة تقديرا": a definite noun right after a participle is its object (the participle's subject is
    // the clause's), unless it is a name, title or plural of people.
    let definite_object = (definite || info.form == CueForm::Participle && k == i + 1)
        && n.starts_with("ال")
        && ctx.mentions_over(t.span).next().is_none()
        && !crate::analysis::quotes::lexicon::is_title(n)
        && !crate::analysis::quotes::lexicon::is_people_plural(n);
    // "ونفى المتحدث ما تردد عن استقالته": what was rumoured, the object denied or confirmed.
    let rumour = n == "ما"
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|x| RUMOUR_VERBS.contains(&x.key.as_str()));
    let starts_np = t.is_word()
        && in_sentence(k)
        && (demonstrative || rumour || !speaker::is_stop(ctx, k))
        && !n.starts_with("بال")
        && !n.starts_with("لل")
        && !t.raw.ends_with('ـ')
        && !RELATIVE_PRONOUNS.contains(&n)
        && !PRONOUN_PREPOSITIONS.contains(&n)
        && cues::lookup(n).is_none()
        && !is_comp(t)
        && (definite_object || !subject_like(ctx, t))
        && !honorific(n)
        && (k > i + 1
            || !n.starts_with("ال")
            || matches!(info.form, CueForm::Participle | CueForm::Imperfect));
    // The content has at least two words ("أكد أهمية التعاون", not "أكد ذلك.").
    // A name in marks may be the second word ("أكد جدارة «الأخضر» بالصدارة").
    // A verb of position judges a single definite noun ("ونفت الشركة الشائعات.", "ودان الرئيس الهجوم.").
    let word_at = |x: usize| ctx.toks.get(x).is_some_and(|x| x.is_word()) && in_sentence(x);
    // "أعلنت الوزارة تسجيل [12] إصابة": a number and its counted noun.
    let more = word_at(k + 1)
        || (ctx.toks.get(k + 1).is_some_and(|x| is_quote_mark(x.raw)) && word_at(k + 2))
        || (ctx
            .toks
            .get(k + 1)
            .is_some_and(|x| x.kind == TokenKind::Number && in_sentence(k + 1))
            && word_at(k + 2))
        || (info.comp & cues::POSITION != 0
            && definite_object
            && k > i + 1
            && !DEMONSTRATIVES.contains(&n));
    (starts_np && more).then_some(k)
}

/// Verbs of what was rumoured or reported after ما ("ما تردد", "ما أشيع", "ما نشرته الصحف"), normalised.
const RUMOUR_VERBS: &[&str] = &[
    "تردد",
    "يتردد",
    "اشيع",
    "يشاع",
    "نشر",
    "نشرته",
    "تداولته",
    "تناقلته",
    "اثير",
    "يثار",
];

/// An honorific pronoun ("سموه", "معاليه").
fn honorific(norm: &str) -> bool {
    crate::analysis::quotes::lexicon::honorifics().contains(norm)
}

/// A word that is the subject of a reporting verb, not its object: a name, a title, a pronoun, a plural of
/// people, an unnamed source, an institution's head noun, or a definite noun ("الشركة").
fn subject_like(ctx: &Ctx, t: Tok) -> bool {
    use crate::analysis::quotes::lexicon;
    let n = t.key.as_str();
    let bare = lexicon::bare(n);
    if ctx.mentions_over(t.span).next().is_some() {
        return true;
    }
    if lexicon::is_title(n) || lexicon::pronouns().contains(n) {
        return true;
    }
    // "بتعاون", "لجهود": a prepositional phrase (its ـون is not a plural of people).
    if n.starts_with('ب') || n.starts_with('ل') {
        return false;
    }
    lexicon::is_people_plural(n)
        || SOURCE_NOUNS.contains(&bare)
        || lexicon::org_heads().contains(bare)
        || n.starts_with("ال")
        || institution_before_name(ctx, t)
}

/// Head nouns of institution names (normalised, without the article) that may stand before the name without
/// being part of its mention: "شركة [الاتصالات السعودية]", "منظمة [الصحة العالمية]".
const INSTITUTION_HEADS: &[&str] = &[
    "شركه",
    "موسسه",
    "منظمه",
    "مصرف",
    "بنك",
    "صندوق",
    "جامعه",
    "مركز",
    "معهد",
    "حركه",
    "حزب",
    "جماعه",
    "جبهه",
    "وكاله",
    "صحيفه",
    "قناه",
    "محكمه",
    "مجموعه",
    "اداره",
    "بلديه",
    "مستشفي",
    "كليه",
];

/// "وأعلنت شركة [الاتصالات السعودية] إطلاق ...": an institution's head noun right before an organisation's mention
/// is the first word of the subject, not the verb's object.
fn institution_before_name(ctx: &Ctx, t: Tok) -> bool {
    let n = t.key.as_str();
    let n = n
        .strip_prefix('و')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(n);
    if !INSTITUTION_HEADS.contains(&n) {
        return false;
    }
    let next = ctx.tok_at(t.span.end);
    ctx.toks.get(next).is_some_and(|x| {
        ctx.mentions_over(x.span)
            .any(|m| m.span.start == x.span.start && m.label == EntityLabel::Org)
    })
}

/// Where the content starts when token `j` of the clause after the reporting word at token `i` introduces it;
/// `broken`: the tokens since the verb cannot all be its subject.
fn content_start(
    ctx: &Ctx,
    i: usize,
    j: usize,
    info: CueInfo,
    broken: bool,
    prep_blocked: bool,
) -> Option<usize> {
    complement_start(ctx, j, info, prep_blocked).or_else(|| {
        if broken {
            // "واعترفت الشركة في بيانها بوجود خلل": the verb's ب complement right after an adverbial phrase.
            bi_after_adjunct(ctx, j, info, prep_blocked)
        } else {
            object_start(ctx, i, j, info)
        }
    })
}

/// How many words a participle's noun-phrase object may have before its ب complement ("واصفا مواجهة الغد بالصعبة").
const OBJECT_BEFORE_BI: usize = 3;

/// ب-words that go on an adverbial phrase rather than open the verb's complement ("في كلمته بمناسبة ...",
/// "خلال الحفل بحضور ..."), normalised.
const ADJUNCT_BI_WORDS: &[&str] = &[
    "بمناسبه",
    "بحضور",
    "برفقه",
    "بمشاركه",
    "بعنوان",
    "بتاريخ",
    "بمقر",
    "بشكل",
    "بصوره",
    "بصفته",
];

/// A verb's ب complement at token `j` after an adverbial phrase broke the speaker zone, where the verb's other
/// prepositions are still its own (`prep_blocked` false): "واعترفت الشركة في بيانها بوجود خلل".
fn bi_after_adjunct(ctx: &Ctx, j: usize, info: CueInfo, prep_blocked: bool) -> Option<usize> {
    if prep_blocked || info.comp & cues::BI == 0 {
        return None;
    }
    let t = ctx.toks.get(j)?;
    let n = t.key.as_str();
    // After the phrase's noun, not its preposition ("في بيانها": بيان is no ب complement); or after the comma
    // that closes an aside ("هدد الوزير، الجمعة، بفرض رسوم").
    let after_word = j
        .checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| {
            let w = p.key.as_str();
            p.is_punct(COMMAS)
                || (p.is_word()
                    && !ADJUNCT_PREPOSITIONS.contains(&w.strip_prefix('و').unwrap_or(w))
                    && !speaker::is_stop(ctx, j - 1))
        });
    (t.is_word()
        && after_word
        && n.starts_with('ب')
        && n.chars().count() >= 4
        && !NOT_BI_COMPLEMENTS.contains(&n)
        && !PRONOUN_PREPOSITIONS.contains(&n)
        && !ADJUNCT_BI_WORDS.contains(&n)
        && !place_or_institution(n)
        && ctx.mentions_over(t.span).next().is_none()
        && ctx.toks.get(j + 1).is_some_and(|x| x.is_word()))
    .then_some(j)
}

/// A complementiser, a colon, or the preposition the verb takes at token `j`: the content starts after it.
fn complement_start(ctx: &Ctx, j: usize, info: CueInfo, broken: bool) -> Option<usize> {
    let t = ctx.toks.get(j)?;
    let n = t.key.as_str();
    let next_is_bare = ctx.toks.get(j + 1).is_some_and(is_bare_comp);
    if BARE_COMP.contains(&n) && !after_temporal(ctx, j) {
        return Some(j + 1);
    }
    if SUFFIXED_COMP.contains(&n) {
        return Some(j + 1);
    }
    if t.is_punct(&[":"]) && info.comp & cues::NO_COLON == 0 {
        return Some(if next_is_bare { j + 2 } else { j + 1 });
    }
    let prep = takes_preposition(t, info);
    // "مشيرا إلى أن ...", "لافتة إلى أنه سيطرح": the content starts after the complementiser, with or without
    // its pronoun.
    let next_is_suffixed = ctx
        .toks
        .get(j + 1)
        .is_some_and(|x| SUFFIXED_COMP.contains(&x.key.as_str()));
    if prep && (next_is_bare || next_is_suffixed) {
        return Some(j + 2);
    }
    // "أعرب عن أمله في أن ...", "عن ثقتها أن ...": the feeling expressed, then what it is about.
    if prep && n == "عن" && !broken {
        let feeling = ctx.toks.get(j + 1).is_some_and(|x| {
            let k = x.key.as_str();
            x.is_word()
                && (k.ends_with('ه') || k.ends_with("ها") || k.ends_with("هم") || k.ends_with("نا"))
        });
        let fi = usize::from(ctx.toks.get(j + 2).is_some_and(|x| x.key.as_str() == "في"));
        if feeling && ctx.toks.get(j + 2 + fi).is_some_and(is_bare_comp) {
            return Some(j + 3 + fi);
        }
    }
    // "أعرب عن أمله في أن", "أعلن عن إطلاق": what عن introduces is the statement ("عن طريق" is "by way of").
    // "على هامش", "إلى جانب": a preposition in a set phrase, not the verb's.
    let set_phrase = ctx
        .toks
        .get(j + 1)
        .is_some_and(|x| SET_PHRASE_NOUNS.contains(&x.key.as_str()));
    (prep && !broken && !set_phrase).then_some(j + 1)
}

/// The verb's object or ب/ل complement at token `j` right after the verb: the content starts with it
/// ("وصفه بالكراهية", "يدعو لرفع", "مطالبا الجهات").
fn object_start(ctx: &Ctx, i: usize, j: usize, info: CueInfo) -> Option<usize> {
    let t = ctx.toks.get(j)?;
    let n = t.key.as_str();
    let letters = n.chars().count();
    // "واصفا [المباراة بالصعبة]", "مفسرا [التراجع بارتفاع الأسعار]": a participle that takes a noun phrase and a ب
    // complement has both for content ("واصفا إياها [بالناجحة]": a pronoun object stays out).
    if info.form == CueForm::Participle
        && info.comp & cues::BI != 0
        && info.comp & cues::NP != 0
        && j == i + 1
        && t.is_word()
        && !n.starts_with('ب')
        && !n.starts_with("ايا")
        && !speaker::is_stop(ctx, j)
        && (j + 1..=j + OBJECT_BEFORE_BI).any(|bi_at| {
            (j + 1..bi_at).all(|word_at| ctx.toks.get(word_at).is_some_and(|w| w.is_word()))
                && ctx.toks.get(bi_at).is_some_and(|bi| {
                    let key = bi.key.as_str();
                    key.starts_with('ب')
                        && key.chars().count() >= BI_WORD_MIN_LETTERS
                        && !NOT_BI_COMPLEMENTS.contains(&key)
                        && !PRONOUN_PREPOSITIONS.contains(&key)
                        && !place_or_institution(key)
                })
        })
    {
        return Some(j);
    }
    if info.comp & cues::BI != 0
        && n.starts_with('ب')
        && letters >= BI_WORD_MIN_LETTERS
        && !NOT_BI_COMPLEMENTS.contains(&n)
        && !place_or_institution(n)
        && !place_before_person(ctx, j)
    {
        return Some(j);
    }
    // "يدعو لرفع": not "دعا لافروف إلى" (a name in ل, with its complement still to come).
    let complement_ahead = (j + 1..j + 1 + COMPLEMENT_AHEAD).any(|k| {
        ctx.toks
            .get(k)
            .is_some_and(|x| x.key.as_str() == "الي" || is_bare_comp(x))
    });
    let named = ctx.mentions_over(t.span).next().is_some();
    if info.comp & cues::LI != 0
        && j == i + 1
        && n.starts_with('ل')
        && letters >= LI_WORD_MIN_LETTERS
        && !complement_ahead
        && !named
    {
        return Some(j);
    }
    (info.form == CueForm::Participle && info.comp & cues::OBJ != 0 && j == i + 1 && t.is_word())
        .then_some(j)
}

/// True when token `j` is ب on a place the entities found, and a person's name comes right after that place: the
/// place locates the speaker's office ("أشاد عضو المجلس البلدي [بالأحساء] خالد العمر بجهود"), it is not the verb's ب
/// complement.
fn place_before_person(ctx: &Ctx, j: usize) -> bool {
    let Some(t) = ctx.toks.get(j) else {
        return false;
    };
    let Some(place) = ctx
        .mentions_over(t.span)
        .find(|m| m.label == EntityLabel::Loc && m.span.start > t.span.start)
    else {
        return false;
    };
    let after = (j + 1..j + 4)
        .filter_map(|k| ctx.toks.get(k))
        .find(|x| x.span.start >= place.span.end);
    after.is_some_and(|x| {
        ctx.mentions_over(x.span)
            .any(|m| m.label == EntityLabel::Per && m.span.start == x.span.start)
    })
}

/// Head nouns of places and institutions besides the organisation heads (normalised): after ب they locate the
/// speaker ("مدير الطرق بمنطقة مكة"), they are not the verb's ب complement.
const PLACE_HEADS: &[&str] = &[
    "منطقه",
    "محافظه",
    "مدينه",
    "جامعه",
    "وزاره",
    "فرع",
    "اداره",
    "مركز",
    "شركه",
    "بلديه",
    "مستشفي",
    "كليه",
    "مدرسه",
    "دوله",
    "مملكه",
    "امانه",
    "ولايه",
    "قريه",
    "حي",
];

/// "بمنطقة", "بجامعة", "بالوزارة": ب on a place or institution head noun.
fn place_or_institution(norm: &str) -> bool {
    let Some(rest) = norm.strip_prefix('ب') else {
        return false;
    };
    let rest = rest.strip_prefix("ال").unwrap_or(rest);
    PLACE_HEADS.contains(&rest) || crate::analysis::quotes::lexicon::org_heads().contains(rest)
}

/// Nouns after a preposition that make a set phrase, not the verb's complement ("عن طريق", "على هامش", "إلى جانب",
/// "على صعيد").
const SET_PHRASE_NOUNS: &[&str] = &[
    // "على حسابه في تويتر", "على موقعها الإلكتروني": where something was published.
    "حساب",
    "حسابه",
    "حسابها",
    "حسابهم",
    "موقع",
    "موقعه",
    "موقعها",
    "صفحته",
    "صفحتها",
    "الرغم",
    "اثر",
    "مدي",
    "طريق",
    "هامش",
    "جانب",
    "صعيد",
    "مستوي",
    "سبيل",
    "خلفيه",
    "غرار",
    "ذلك",
    "حد",
];

/// A bare complementiser (أن، إن، بأن).
fn is_bare_comp(t: Tok) -> bool {
    BARE_COMP.contains(&t.key.as_str())
}

/// Any complementiser, bare or with a pronoun suffix.
fn is_comp(t: Tok) -> bool {
    is_bare_comp(t) || SUFFIXED_COMP.contains(&t.key.as_str())
}

/// Pronouns of whom the speaker told, with the ل on them (normalised): "قال لنا مرافقنا إن", "قالت لي".
const SPOKEN_TO: &[&str] = &["لنا", "لي", "له", "لها", "لهم", "لهما", "لك", "لكم"];

/// True when token `k` right after a reporting verb says whom it was told to ("لنا", "لي"): the subject follows it.
fn spoken_to(ctx: &Ctx, k: usize) -> bool {
    ctx.toks
        .get(k)
        .is_some_and(|t| SPOKEN_TO.contains(&t.key.as_str()))
}

/// True when token `k` is ب on an indefinite noun right before the complementiser or a comma ("وقال بحزن إن",
/// "وأضاف بحماس أن"): how it was said, not who said it.
fn manner_before_comp(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    let n = t.key.as_str();
    // The noun is one of the language's frequent words ("حزن", "حماس"), and no name ("بوتين").
    let frequent_noun = n.strip_prefix('ب').is_some_and(|rest| {
        crate::analysis::entities::lexicon::Lexicon::bundled().is_common_word(rest)
    });
    t.is_word()
        && n.starts_with('ب')
        && !n.starts_with("بال")
        && n.chars().count() >= 4
        && frequent_noun
        && ctx.mentions_over(t.span).next().is_none()
        && !NOT_BI_COMPLEMENTS.contains(&n)
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|x| is_comp(x) || x.is_punct(COMMAS) || x.is_punct(&[":"]))
}

/// "بعد أن أمضى": the word before token `j` makes its أن temporal.
fn after_temporal(ctx: &Ctx, j: usize) -> bool {
    j.checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| TEMPORAL_BEFORE_AN.contains(&p.key.as_str()))
}

/// Token `t` is a preposition the reporting verb takes (إلى، على، من، عن by its flags).
fn takes_preposition(t: Tok, info: CueInfo) -> bool {
    let n = t.key.as_str();
    (info.comp & cues::ILA != 0 && (n == "الي"))
        || (info.comp & cues::ALA != 0 && t.raw == "على")
        || (info.comp & cues::MIN != 0 && n == "من")
        || (info.comp & cues::AN != 0 && n == "عن")
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
    let who = who_for_one(ctx, cue, info, who_end, last_end, last);
    pair_of_dual(ctx, cue, info, who)
}

/// "وأكد الوزيران فلان وعلان أن", "وقالا": a verb in the dual with a person named after it speaks for that person
/// and the one joined to them with و, the pair as written.
fn pair_of_dual(ctx: &Ctx, cue: usize, info: CueInfo, who: Who) -> Who {
    let Who::Named {
        span,
        entity: Some(entity),
        title,
    } = &who
    else {
        return who;
    };
    let dual_verb = info.form == CueForm::Perfect
        && ctx.toks.get(cue).is_some_and(|t| {
            let k = t.key.as_str();
            k.ends_with('ا') && !k.ends_with("وا") && cues::gender(k).is_none()
        });
    // "الوزيران", "المسؤولان": a dual subject.
    let dual_subject = ctx.toks.get(cue + 1).is_some_and(|t| {
        let k = t.key.as_str();
        k.starts_with("ال")
            && k.strip_suffix("ان")
                .is_some_and(crate::analysis::quotes::lexicon::is_title)
    });
    if !(dual_verb || dual_subject)
        || ctx
            .entities
            .get(*entity)
            .is_none_or(|e| e.label != EntityLabel::Per)
    {
        return who;
    }
    let after = ctx.tok_at(span.end);
    let Some(next) = ctx.toks.get(after).filter(|t| t.raw.starts_with('و')) else {
        return who;
    };
    let Some(other) = ctx
        .mentions_over(next.span)
        .find(|m| m.label == EntityLabel::Per && m.span.start == next.span.start + 'و'.len_utf8())
    else {
        return who;
    };
    Who::Named {
        span: Span::new(span.start, other.span.end),
        entity: None,
        title: title.clone(),
    }
}

/// Where the object of a verb of describing starts ("وصف", "فسّر": [`cues::BI`] with [`cues::NP`]) when it is a
/// definite common noun, with a nisba adjective after it, right before the ب complement at token `who_end`
/// ("ووصف الوزير [القرار] بأنه", "ووصفت الحكومة [الاتفاق الأوروبي] بالتاريخي"). None when the verb carries its
/// object as a pronoun ("ووصفه الوزير بأنه": the noun after it is the subject) or the noun is a name or title.
fn described_object(
    ctx: &Ctx,
    cue: usize,
    first: usize,
    who_end: usize,
    info: CueInfo,
) -> Option<usize> {
    if info.comp & cues::BI == 0
        || info.comp & cues::NP == 0
        || !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
    {
        return None;
    }
    let verb = ctx.toks.get(cue)?;
    let verb = verb.key.as_str();
    if ["ه", "ها", "هم", "هما"].iter().any(|p| verb.ends_with(p)) {
        return None;
    }
    let before_bi = ctx
        .toks
        .get(who_end)
        .is_some_and(|t| t.key.as_str().starts_with('ب'));
    if !before_bi || who_end <= first {
        return None;
    }
    let common_definite = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            t.is_word()
                && t.key.as_str().starts_with("ال")
                && ctx.mentions_over(t.span).next().is_none()
                && !crate::analysis::quotes::lexicon::is_title(t.key.as_str())
        })
    };
    let nisba = |k: usize| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            key.ends_with('ي') || key.ends_with("يه")
        })
    };
    let mut start = who_end - 1;
    if !common_definite(start) {
        return None;
    }
    if start > first && nisba(start) && common_definite(start - 1) && !nisba(start - 1) {
        start -= 1;
    }
    Some(start)
}

/// The speaker of one reporting clause ([`who_for`] before a dual subject is read whole).
fn who_for_one(
    ctx: &Ctx,
    cue: usize,
    info: CueInfo,
    who_end: usize,
    last_end: usize,
    last: Option<&(usize, Who)>,
) -> Who {
    let sentence = ctx.sentence_start(cue);
    // "وعاد المدرب ليؤكد": the subject of عاد, else the verb's implicit subject.
    if info.comp & cues::RETURNED != 0 {
        return returned_at(ctx, cue)
            .map(|k| speaker::after_cue(ctx, k + 1, cue))
            .filter(|w| matches!(w, Who::Named { .. } | Who::Title { .. } | Who::Honorific))
            .unwrap_or(Who::Implicit);
    }
    if info.comp & cues::VIA != 0
        && let Some(k) =
            (cue + 1..who_end).find(|&k| ctx.toks.get(k).is_some_and(|t| t.key.as_str() == "عن"))
    {
        let who = speaker::after_cue(ctx, k + 1, who_end);
        if who != Who::Implicit {
            return who;
        }
    }
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && let Some(subject) = speaker::kana_subject(ctx, cue)
    {
        return subject;
    }
    // "وأكد أمس وزير المالية فلان أن", "وقال مساء أمس المتحدث": time adverbs between the verb and its subject.
    let mut first = cue + 1;
    while first < cue + 1 + ADVERBS_BEFORE_SUBJECT
        && ((first + 1 < who_end
            && ctx.toks.get(first).is_some_and(|t| {
                let n = t.key.as_str();
                // "في الوقت الذي أكد فيه الوزير أن": the relative's resumptive فيه before the subject.
                ADVERBS.contains(&n) || n == "يوم" || n == "اول" || n == "فيه" || n == "فيها"
            }))
            || (first < who_end && accusative_adverb(ctx, first))
            || (first < who_end && (spoken_to(ctx, first) || manner_before_comp(ctx, first))))
    {
        first += 1;
    }
    let addressed = addressee_plural(ctx, first, who_end, info);
    let who_end = addressed.unwrap_or(who_end);
    // "وأضاف الوزير بحزن أن": how it was said, between the subject and the complementiser, is no part of the
    // subject.
    let who_end = if who_end > first + 1 && manner_before_comp(ctx, who_end - 1) {
        who_end - 1
    } else {
        who_end
    };
    // "ووصف الوزير القرار بأنه", "ووصف الاتفاق بالتاريخي": what is described stands right before its ب
    // complement; the subject, if any, before it.
    let who_end = described_object(ctx, cue, first, who_end, info).unwrap_or(who_end);
    let who = speaker::after_cue(ctx, first, who_end);
    let who = if who == Who::Implicit {
        subject_after_phrase(ctx, cue, who_end).unwrap_or(who)
    } else {
        who
    };
    // "أما الوزير فلان فقد اعتبر القرار خطوة": the topic speaks and the noun after the verb is its object; "أما
    // البحرين، فيذكر المؤرخ فلان": a title or person after the verb is its subject.
    let person_after = match &who {
        Who::Title { .. } => true,
        Who::Named { entity, .. } => entity
            .and_then(|e| ctx.entities.get(e))
            .is_some_and(|e| e.label == EntityLabel::Per),
        _ => false,
    };
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && !person_after
        && let Some(subject) = speaker::topic_subject(ctx, cue)
    {
        return subject;
    }
    // "ودعا الشباب إلى": a common noun after a verb of addressing is whom it addresses, not who speaks. When the
    // addressed group follows it ("ودعت الوزارة المواطنين إلى"), the definite noun before that group is the
    // subject.
    let addressee = info.comp & cues::ADDRESSEE != 0
        && !feminine_subject_before_prep(ctx, cue, first)
        && match &who {
            // "وطالبت المعارضة الحكومة بـ": a definite subject, then the body it addresses.
            Who::Definite { span, .. } => {
                addressed.is_none() && !definite_before_object(ctx, *span)
            }
            // "وطالب عدد من السكان بـ": the nominative quantity (its accusative is عددا) is the subject.
            // "وطالبت الحكومة اليمنية المتمردين بـ": the noun phrase before the addressed group is the subject.
            Who::Named {
                entity: None,
                title,
                span,
            } => {
                addressed.is_none()
                    && title.is_empty()
                    && ctx.toks.get(ctx.tok_at(span.start)).is_none_or(|t| {
                        t.key.as_str() != "عدد"
                            && !nominative_plural(t.key.as_str())
                            // "وطالب الأهالي بـ": a definite broken plural of people, whose case does not
                            // show, right after a finite verb is its subject.
                            && !(matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
                                && definite_broken_people_plural(t.key.as_str()))
                    })
                    && !(matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
                        && indefinite_nominative(ctx, ctx.tok_at(span.start)))
                    && !people_before_object(ctx, *span)
            }
            _ => false,
        };
    let who = if addressee { Who::Implicit } else { who };
    let who = if info.form == CueForm::Participle || info.comp & cues::ADDRESSEE != 0 {
        who
    } else {
        closing_person(ctx, cue, who_end, who)
    };
    // A participle's subject is the clause's ("داعيا الجماهير إلى": الجماهير is its object); only an
    // honorific after it names the speaker ("مؤكدا سموه").
    let object = info.form == CueForm::Participle && who != Who::Honorific;
    if who != Who::Implicit && !object {
        return who;
    }
    if info.form == CueForm::Noun
        && let Some(named) = named_after_an(ctx, sentence, cue)
    {
        return named;
    }
    // "واختتم الوزير تصريحه بالقول": the subject after the sentence's verb when it is a name or title; "واختتم
    // تصريحه بالقول" has none: the last speaker.
    if info.form == CueForm::Noun
        && ctx
            .toks
            .get(cue)
            .is_some_and(|t| t.key.as_str().starts_with('ب'))
    {
        let who = speaker::after_cue(ctx, sentence + 1, cue);
        if matches!(
            &who,
            Who::Named {
                entity: Some(_),
                ..
            } | Who::Title { .. }
        ) {
            return who;
        }
        return introduced_since(ctx, cue, info, sentence, last_end).unwrap_or(Who::Implicit);
    }
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && let Some(issuer) = statement_noun_issuer(ctx, cue, sentence)
    {
        return issuer;
    }
    // "فلان، الذي قال": the relative clause's subject is its antecedent, whatever began the sentence.
    if info.form != CueForm::Participle
        && let Some(antecedent) = relative_antecedent(ctx, cue)
    {
        return antecedent;
    }
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && let Some(subject) = speaker::connective_subject(ctx, cue)
    {
        return subject;
    }
    if !info.wa
        && info.form != CueForm::Participle
        && let Some(subject) = speaker::clause_subject(ctx, cue)
    {
        return subject;
    }
    if info.form == CueForm::Participle
        && let Some(subject) = shared_subject(ctx, cue, sentence, last)
    {
        return subject;
    }
    if info.wa
        && let Some(subject) = speaker::same_subject_in_sentence(ctx, cue, sentence, last)
    {
        return subject;
    }
    introduced_since(ctx, cue, info, sentence, last_end)
        .or_else(|| organisation_since(ctx, cue, info, sentence, last_end))
        .unwrap_or(Who::Implicit)
}

/// Indefinite accusative nouns of a statement (normalised) a relative verb with "فيه"/"فيها" describes: "أصدر
/// المجلس [بيانا] أكد فيه أن".
const STATEMENT_OBJECTS: &[&str] = &[
    "بيانا",
    "تقريرا",
    "تصريحا",
    "خطابا",
    "كلمه",
    "رساله",
    "تغريده",
    "مذكره",
    // Studies, articles, interviews and conferences: "نشر الباحث دراسة قال فيها", "عقد مؤتمرا صحفيا أوضح فيه".
    "دراسه",
    "بحثا",
    "مقالا",
    "مقاله",
    "مقابله",
    "حديثا",
    "محاضره",
    "موتمرا",
    "ندوه",
    "كتابا",
];

/// "وأصدر المجلس بيانا أكد فيه أن", "ونشرت الهيئة تقريرا، أشارت فيه إلى أن": the verb describing a statement noun
/// with "فيه"/"فيها" has the subject of the sentence's verb, named between that verb and the noun (a name, or a
/// definite noun standing for a body named earlier).
fn statement_noun_issuer(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    if !ctx
        .toks
        .get(cue + 1)
        .is_some_and(|t| matches!(t.key.as_str(), "فيه" | "فيها"))
    {
        return None;
    }
    let mut noun = cue.checked_sub(1)?;
    if ctx.toks.get(noun).is_some_and(|t| t.is_punct(COMMAS)) {
        noun = noun.checked_sub(1)?;
    }
    // "مؤتمرا صحفيا", "كلمة مطولة": one indefinite adjective after the noun.
    let statement_noun = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| t.is_word() && STATEMENT_OBJECTS.contains(&t.key.as_str()))
    };
    if !statement_noun(noun)
        && ctx
            .toks
            .get(noun)
            .is_some_and(|t| t.is_word() && !t.key.as_str().starts_with("ال"))
        && noun.checked_sub(1).is_some_and(statement_noun)
    {
        noun -= 1;
    }
    if !ctx
        .toks
        .get(noun)
        .is_some_and(|t| t.is_word() && STATEMENT_OBJECTS.contains(&t.key.as_str()))
        || noun < sentence + 2
    {
        return None;
    }
    let (who, end) = speaker::extract(ctx, sentence + 1, noun);
    match &who {
        Who::Named {
            entity: Some(_), ..
        }
        | Who::Title { .. }
        | Who::Definite { .. }
            if end == noun =>
        {
            Some(who)
        }
        // "ونشر الباحث فلان دراسة": a name no list knows after its title.
        Who::Named {
            entity: None,
            title,
            ..
        } if end == noun && !title.is_empty() => Some(who),
        _ => None,
    }
}

/// Letters an indefinite accusative needs before it is read as an adverb (not a short name such as رضا).
const ACCUSATIVE_ADVERB_MIN_LETTERS: usize = 4;

/// "واعتبرت المحكمة خصوصا أن", "وأكد رسميا أن": an indefinite word in the accusative (written with its alif)
/// right after the verb is an adverb or an object, never the nominative subject; the subject is read after it.
/// A word a mention covers is a name ("أنجيلا").
fn accusative_adverb(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    let key = t.key.as_str();
    !key.starts_with("ال")
        && key.ends_with('ا')
        // "ثقتها", "محاميها": a pronoun suffix, not the accusative ending.
        && !key.ends_with("ها")
        && key.chars().count() >= ACCUSATIVE_ADVERB_MIN_LETTERS
        && key.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && ctx.mentions_over(t.span).next().is_none()
}

/// "وطالب السكان الأمانة بـ", "ودعا الخبراء الحكومة إلى": a plural of people followed by another noun before the
/// verb's preposition: the verb's subject, then whom it addresses (an addressee after an implicit subject stands
/// alone before the preposition).
fn people_before_object(ctx: &Ctx, span: Span) -> bool {
    let first = ctx.tok_at(span.start);
    let next = ctx.tok_at(span.end);
    let people = ctx.toks.get(first).is_some_and(|t| {
        let key = t.key.as_str();
        crate::analysis::quotes::lexicon::is_people_plural(key.strip_prefix('و').unwrap_or(key))
    });
    // "وطالب سكان جدة بـ": a plural of people in construct with the place they live in, as with a definite
    // genitive ([`construct_subject_before_prep`]).
    let with_place = ctx
        .toks
        .get(first)
        .is_some_and(|t| !t.key.as_str().starts_with("ال"))
        && ctx
            .mentions_over(span)
            .any(|m| m.label == EntityLabel::Loc && ctx.tok_at(m.span.start) == first + 1);
    people
        && (with_place
            || ctx.toks.get(next).is_some_and(|t| {
                let key = t.key.as_str();
                t.is_word()
                    && !speaker::is_stop(ctx, next)
                    && (key.starts_with("ال")
                        || ctx
                            .mentions_over(t.span)
                            .any(|m| m.label == EntityLabel::Org))
            }))
}

/// True when the definite word after `span` starts a noun phrase before the verb's preposition: the speaker
/// reading stopped before it as an object ("المعارضة الحكومة").
fn definite_before_object(ctx: &Ctx, span: Span) -> bool {
    let next = ctx.tok_at(span.end);
    ctx.toks.get(next).is_some_and(|t| {
        t.is_word() && t.key.as_str().starts_with("ال") && !speaker::is_stop(ctx, next)
    })
}

/// True for a definite broken plural of people ("الأهالي", "السكان", "الخبراء"), whose case its spelling does not
/// show.
fn definite_broken_people_plural(key: &str) -> bool {
    let key = key.strip_prefix('و').unwrap_or(key);
    key.starts_with("ال")
        && !key.ends_with("ون")
        && !key.ends_with("ين")
        && crate::analysis::quotes::lexicon::is_people_plural(key)
}

/// True for a definite plural of people in the nominative ("المواطنون", "المشاركون"): "وطالب المواطنون بـ" names
/// the subject (whom the verb addresses would be "المواطنين").
fn nominative_plural(key: &str) -> bool {
    let key = key.strip_prefix('و').unwrap_or(key);
    key.starts_with("ال")
        && key.ends_with("ون")
        && crate::analysis::quotes::lexicon::is_people_plural(key)
}

/// True when token `k` is an indefinite noun whose spelling shows the nominative: a sound plural in ون
/// ("ناشطون"), or a masculine singular without the alif an indefinite accusative is written with ("متحدث", not
/// "متحدثا") that a preposition follows ("متحدث باسم", "مسؤول في"; a singular before another noun may be in
/// construct, which drops the alif in any case: "طالبا عدم كشف"). After a verb of addressing it is the verb's
/// subject ("ودعا متحدث باسم الحزب إلى"), never whom the verb addresses. Endings that do not show the case
/// (ة/ه, ء, ي, ين, ات) say nothing.
fn indefinite_nominative(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    let key = t.key.as_str();
    let shows_case = !key.starts_with("ال")
        && key.chars().count() >= 3
        && key.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && !key.ends_with(['ا', 'ه', 'ء', 'ي', 'ئ', 'ى'])
        && !key.ends_with("ين")
        && !key.ends_with("ات");
    let plural = key.ends_with("ون") && crate::analysis::quotes::lexicon::is_people_plural(key);
    let before_preposition = ctx.toks.get(k + 1).is_some_and(|n| {
        let next = n.key.as_str();
        n.is_word()
            && (crate::analysis::quotes::lexicon::stops().contains(next) || next.starts_with('ب'))
    });
    shows_case && (plural || before_preposition)
}

/// "ودعت الوزارة إلى", "فيما تطالب الهيئة بتشديد": after a feminine verb of addressing, one feminine singular
/// definite noun (in ة) right before the verb's preposition is its subject, not whom it addresses (that would stand
/// between them: "ودعت الوزارة المواطنين إلى").
fn feminine_subject_before_prep(ctx: &Ctx, cue: usize, first: usize) -> bool {
    let Some(v) = ctx.toks.get(cue) else {
        return false;
    };
    let verb = v.key.as_str();
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    let feminine_verb = verb.ends_with('ت') || verb.starts_with('ت');
    let noun = ctx.toks.get(first).is_some_and(|t| {
        let n = t.key.as_str();
        t.is_word() && n.starts_with("ال") && n.ends_with('ه') && n.chars().count() >= 5
    });
    let prep = ctx.toks.get(first + 1).is_some_and(|t| {
        let n = t.key.as_str();
        t.is_word()
            && (matches!(n, "الي" | "على" | "علي" | "ان" | "بان")
                || (n.starts_with('ب') && n.chars().count() >= 4))
    });
    first == cue + 1
        && ((feminine_verb && noun && prep) || construct_subject_before_prep(ctx, first))
}

/// How many definite words may follow the indefinite head of a construct subject ("أعضاء المجلس البلدي").
const CONSTRUCT_DEFINITE_MAX: usize = 2;

/// "وطالب أعضاء المجلس البلدي بزيادة", "وحث سكان الحي على": an indefinite head with its definite genitive (and
/// adjective) right before the verb's preposition is the subject: an addressee after an implicit subject is rarely
/// written as a construct with nothing after it.
fn construct_subject_before_prep(ctx: &Ctx, first: usize) -> bool {
    let plain = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| t.is_word() && ctx.mentions_over(t.span).next().is_none())
    };
    let head = ctx.toks.get(first).is_some_and(|t| {
        let n = t.key.as_str();
        !n.starts_with("ال") && n.chars().count() >= 4 && !speaker::is_stop(ctx, first)
    });
    if !head || !plain(first) {
        return false;
    }
    let definite = |k: usize| {
        plain(k)
            && ctx
                .toks
                .get(k)
                .is_some_and(|t| t.key.as_str().starts_with("ال"))
    };
    let mut k = first + 1;
    while k <= first + CONSTRUCT_DEFINITE_MAX && definite(k) {
        k += 1;
    }
    k > first + 1
        && ctx.toks.get(k).is_some_and(|t| {
            let n = t.key.as_str();
            t.is_word()
                && (matches!(n, "الي" | "على" | "علي")
                    || (n.starts_with('ب') && !n.starts_with("بال") && n.chars().count() >= 4)
                    || (n.starts_with("بال") && n.chars().count() >= 6))
        })
}

/// How few letters a definite sound plural has at least to be taken for the addressed group ("المواطنين").
const ADDRESSEE_PLURAL_MIN_LETTERS: usize = 6;

/// "ودعا الوزير المواطنين إلى", "وحث المدير الموظفين على": after a verb of addressing, a definite sound plural
/// (ـين، ـون، ـات) after the subject's first word, in no mention and no title, and not the genitive of a title or
/// institution head, is whom it addresses: the speaker zone `first..who_end` ends before it.
fn addressee_plural(ctx: &Ctx, first: usize, who_end: usize, info: CueInfo) -> Option<usize> {
    use crate::analysis::quotes::lexicon;
    if info.comp & cues::ADDRESSEE == 0
        || !matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
    {
        return None;
    }
    // "نقابة المهندسين", "رئيس اتحاد الصحفيين": the plural is the genitive of a title or institution head.
    let head_before = |k: usize| {
        ctx.toks.get(k - 1).is_some_and(|p| {
            let n = p.key.as_str();
            let b = lexicon::bare(n);
            // Only a head without the article is in construct with the word after it ("المحافظ السائقين" is not).
            !n.strip_prefix('و').unwrap_or(n).starts_with("ال")
                && (lexicon::is_title(n)
                    || lexicon::org_heads().contains(b)
                    || INSTITUTION_HEADS.contains(&b))
        })
    };
    (first + 1..who_end).find(|&k| {
        ctx.toks.get(k).is_some_and(|t| {
            let n = t.key.as_str();
            let bare = n.strip_prefix('و').unwrap_or(n);
            t.is_word()
                && bare.starts_with("ال")
                && bare.chars().count() >= ADDRESSEE_PLURAL_MIN_LETTERS
                && (bare.ends_with("ين") || bare.ends_with("ون") || bare.ends_with("ات"))
                && ctx.mentions_over(t.span).next().is_none()
                && !lexicon::is_title(n)
                && !head_before(k)
        })
    })
}

/// "الهلال الأحمر الذي أعلن أن", "نائب الوزير فلان الذي قال إن": the verb of a relative clause has the noun
/// before the relative pronoun for subject: the person or organisation named right before it.
fn relative_antecedent(ctx: &Ctx, cue: usize) -> Option<Who> {
    let rel = ctx.toks.get(cue.checked_sub(1)?)?;
    if !RELATIVE_PRONOUNS.contains(&rel.key.as_str()) {
        return None;
    }
    // "فلان، الذي قال": past a comma.
    let mut b = cue.checked_sub(2)?;
    if ctx.toks.get(b)?.is_punct(COMMAS) {
        b = b.checked_sub(1)?;
    }
    let before = ctx.toks.get(b)?;
    let Some(m) = ctx.mentions_over(before.span).find(|m| {
        matches!(m.label, EntityLabel::Per | EntityLabel::Org) && m.span.end == before.span.end
    }) else {
        return people_antecedent(ctx, rel.key.as_str(), b);
    };
    // The antecedent is the relative clause's subject whatever governs it ("مع الوزير فلان الذي قال").
    Some(Who::Named {
        span: m.span,
        entity: Some(m.entity),
        title: Vec::new(),
    })
}

/// How many words a plural antecedent of "الذين" may run over before it ("المسؤولين في لجنة الدفاع الذين").
const PEOPLE_ANTECEDENT_WORDS: usize = 5;

/// "استبق النائب المسؤولين في لجنة الدفاع الذين أعلنوا أنهم": the definite plural of people a few words before
/// "الذين" (ending at token `last`), with what qualifies it, is the relative clause's subject, whatever role it
/// has in the sentence.
fn people_antecedent(ctx: &Ctx, relative: &str, last: usize) -> Option<Who> {
    if relative != "الذين" {
        return None;
    }
    let lowest = last.saturating_sub(PEOPLE_ANTECEDENT_WORDS - 1);
    let mut k = last;
    loop {
        let t = ctx.toks.get(k)?;
        if !t.is_word()
            || ctx
                .mentions_over(t.span)
                .any(|m| m.label == EntityLabel::Per)
        {
            return None;
        }
        let key = t.key.as_str();
        let key = key.strip_prefix('و').unwrap_or(key);
        if key.starts_with("ال")
            && (crate::analysis::quotes::lexicon::is_people_plural(key)
                || speaker::accusative_plural(ctx, k))
        {
            let end = ctx.toks.get(last)?.span.end;
            return Some(Who::Named {
                span: Span::new(t.span.start, end),
                entity: None,
                title: Vec::new(),
            });
        }
        if k == lowest {
            return None;
        }
        k -= 1;
    }
}

/// "وأطلقت وزارة الصحة حملة ... وأوضحت في بيان أن": an organisation that is the subject of a sentence since the
/// last statement (named right after the sentence's first word, its verb) speaks for a verb without a subject,
/// when the verb's gender agrees with the organisation's head noun (وزارة، هيئة: feminine; مجلس: masculine).
fn organisation_since(
    ctx: &Ctx,
    cue: usize,
    info: CueInfo,
    sentence: usize,
    last_end: usize,
) -> Option<Who> {
    if info.form == CueForm::Participle {
        return None;
    }
    let gender = cues::gender(&crate::analysis::normalize::normalize(
        ctx.toks.get(cue)?.raw,
    ))?;
    // This sentence and the ones before it since the last statement (paragraphs are often one sentence), nearest
    // first.
    let mut start = sentence;
    for _ in 0..ORG_SUBJECT_SENTENCES {
        if ctx.toks.get(start).is_none_or(|t| t.span.start < last_end) {
            return None;
        }
        let this = start;
        start = match this.checked_sub(1) {
            Some(p) => ctx.sentence_start(p),
            None => this,
        };
        // "في المقابل رحب تحالف القوى": a discourse phrase may stand before the verb; the organisation follows
        // the verb, a word that is no function word, title or name. "وانتقد نجاد مساعي الولايات المتحدة": past a
        // person the sentence has its subject; a place after a later word is an object.
        let verb = (this..(this + ORG_VERB_REACH).min(cue))
            .take_while(|&v| {
                ctx.toks.get(v).is_some_and(|w| {
                    !ctx.mentions_over(w.span)
                        .any(|m| m.label == EntityLabel::Per)
                })
            })
            .find(|&v| {
                ctx.toks.get(v).is_some_and(|w| {
                    w.is_word()
                        && !speaker::is_stop(ctx, v)
                        && !crate::analysis::quotes::lexicon::is_title(w.key.as_str())
                        && ctx.mentions_over(w.span).next().is_none()
                        && ctx.toks.get(v + 1).is_some_and(|n| {
                            ctx.mentions_over(n.span).any(|m| {
                                matches!(m.label, EntityLabel::Org | EntityLabel::Loc)
                                    && m.span.start == n.span.start
                            })
                        })
                })
            });
        let Some(verb) = verb else {
            continue;
        };
        let k = verb + 1;
        let (Some(first), Some(t)) = (ctx.toks.get(verb), ctx.toks.get(k)) else {
            continue;
        };
        if k >= cue || !first.is_word() {
            continue;
        }
        let Some(m) = ctx.mentions_over(t.span).find(|m| {
            matches!(m.label, EntityLabel::Org | EntityLabel::Loc) && m.span.start == t.span.start
        }) else {
            continue;
        };
        let head = crate::analysis::normalize::normalize(ctx.slice(t.span));
        // "ورحبت تركيا بالمبادرة، وطالبت": a country is feminine as a subject, unless named with the article and
        // no ة ("العراق", "الأردن").
        let country = m.label == EntityLabel::Loc;
        let definite = head.starts_with("ال");
        let head = head.strip_prefix("ال").unwrap_or(&head);
        let feminine = head.ends_with('ه') || (country && !definite);
        if feminine == (gender == cues::Gender::Feminine) {
            return Some(Who::Named {
                span: m.span,
                entity: Some(m.entity),
                title: Vec::new(),
            });
        }
        if this == start {
            return None;
        }
    }
    None
}

/// How many tokens into a sentence [`organisation_since`] looks for its verb ("في المقابل رحب").
const ORG_VERB_REACH: usize = 4;

/// How many sentences back [`organisation_since`] looks for an organisation that is a sentence's subject.
const ORG_SUBJECT_SENTENCES: usize = 3;

/// How many time adverbs [`who_for`] passes between a reporting verb and its subject ("مساء أمس", "يوم الأحد").
const ADVERBS_BEFORE_SUBJECT: usize = 3;

/// How many tokens after the verb a prepositional phrase before its subject may run.
const PHRASE_BEFORE_SUBJECT_REACH: usize = 8;

/// Prepositions (normalised, after an optional و) that govern the title after them: it is no subject.
const GOVERNING: &[&str] = &[
    "في", "من", "عن", "الي", "مع", "بين", "امام", "ضد", "نحو", "حول", "عند", "لدي", "تجاه", "عبر",
];

/// "وقال لـ«الحياة» مدير التعليم ... إن", "وأكد في تصريح لـ«سبق» المتحدث الرسمي ... أن": the subject (a title or a
/// person) after a prepositional phrase that follows the verb (before `who_end`). Not a title a preposition
/// governs ("في رسالة إلى رئيس"), nor the object of a verbal noun with a pronoun ("خلال لقائه رئيس الوزراء").
fn subject_after_phrase(ctx: &Ctx, cue: usize, who_end: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon::is_title;
    let first = ctx.toks.get(cue + 1)?;
    let n = first.key.as_str();
    // "وأكد بدوره", "وقال من جانبه", "وأوضح عقب الاجتماع": a discourse or time phrase before the subject.
    let opens_phrase = matches!(
        n,
        "في" | "خلال" | "ل" | "عقب" | "بعد" | "اثر" | "قبيل" | "من"
    ) || n.starts_with("بدور")
        || first.raw.ends_with('ـ')
        || (n.starts_with('ل') && !n.starts_with("ال"));
    if !opens_phrase {
        return None;
    }
    let end = who_end.min(cue + 1 + PHRASE_BEFORE_SUBJECT_REACH);
    for k in cue + 2..end {
        let t = ctx.toks.get(k)?;
        if ctx.ends_sentence(k) || cue_at_plain(t) {
            return None;
        }
        let key = t.key.as_str();
        let title = t.is_word() && is_title(key) && !key.starts_with('ل') && !key.starts_with('ب');
        let person = ctx
            .mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Per && m.span.start == t.span.start);
        if !(title || person) {
            continue;
        }
        // "مع نظيره البريطاني فلان": what governs a name stands before its adjectives of relation.
        let mut before = k - 1;
        while before > cue + 1
            && person
            && ctx.toks.get(before).is_some_and(|b| {
                let w = b.key.as_str();
                b.is_word() && w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه"))
            })
        {
            before -= 1;
        }
        let prev = ctx.toks.get(before)?;
        let p = prev.key.as_str();
        // "في مؤتمر صحفي", "خلال المؤتمر الصحافي": a title of the nisba form (ـي) agreeing in definiteness with
        // the noun before it is that noun's adjective, no subject.
        let definite = |w: &str| w.starts_with("ال");
        if title
            && !person
            && key.ends_with('ي')
            && prev.is_word()
            && !is_title(p)
            && definite(p) == definite(key)
        {
            continue;
        }
        // "في الوقت نفسه الخبير": نفسه and ذاته close the phrase, they govern nothing.
        // Nor do the discourse phrases "بدوره", "من جانبه", "من جهته".
        let closing = matches!(
            p,
            "نفسه"
                | "ذاته"
                | "نفسها"
                | "ذاتها"
                | "جانبه"
                | "جانبها"
                | "جهته"
                | "جهتها"
                | "ناحيته"
                | "ناحيتها"
        ) || p.starts_with("بدور");
        let governed = prev.raw == "على"
            || GOVERNING.contains(&p.strip_prefix('و').unwrap_or(p))
            || (prev.is_word()
                && !closing
                && !p.starts_with("لل")
                && (p.ends_with('ه') || p.ends_with("ها") || p.ends_with("هم")));
        if governed {
            return None;
        }
        let who = speaker::after_cue(ctx, k, who_end);
        return matches!(who, Who::Named { .. } | Who::Title { .. }).then_some(who);
    }
    None
}

/// A reporting word at a token (another clause starts there).
fn cue_at_plain(t: Tok) -> bool {
    cues::lookup(t.key.as_str()).is_some()
}

/// The person named last before the content when the clause's speaker read from its start is not a person, or is
/// a title's genitive that the tagger took for a name ("ومدير تحرير"): "قال استشاري ... البروفيسور فلان: إن".
fn closing_person(ctx: &Ctx, cue: usize, who_end: usize, who: Who) -> Who {
    let genitive_of_title = |span: Span| {
        let k = ctx.tok_at(span.start);
        k.checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| {
                let n = p.key.as_str();
                let n = n.strip_prefix('و').unwrap_or(n);
                !n.starts_with("ال") && crate::analysis::quotes::lexicon::is_title(n)
            })
    };
    let replace = match &who {
        Who::Named {
            span,
            entity: Some(e),
            ..
        } => {
            ctx.entities
                .get(*e)
                .is_none_or(|e| e.label != EntityLabel::Per)
                || genitive_of_title(*span)
        }
        Who::Named { entity: None, .. } | Who::Definite { .. } | Who::Title { .. } => true,
        _ => false,
    };
    if !replace {
        return who;
    }
    // "وأكدت اللجنة برئاسة الدكتور فلان أن": the person heading the subject is not who speaks for it.
    let headed = |m: &crate::analysis::Mention| {
        (cue + 1..ctx.tok_at(m.span.start)).any(|k| {
            ctx.toks
                .get(k)
                .is_some_and(|t| HEADED_BY.contains(&t.key.as_str()))
        })
    };
    match speaker::person_closing_zone(ctx, cue + 1, who_end) {
        Some(m) if headed(m) => who,
        // "كل من فلان وعلان": a speaker that holds the closing name already names it.
        Some(m) if !matches!(&who, Who::Named { span, .. } if span.start <= m.span.start && m.span.end <= span.end) => {
            Who::Named {
                span: m.span,
                entity: Some(m.entity),
                title: match who {
                    Who::Named { title, .. } => title,
                    Who::Title { words, .. } => words,
                    _ => Vec::new(),
                },
            }
        }
        _ => who,
    }
}

/// Words (normalised) that name the person heading a body, after the body ("اللجنة برئاسة فلان", "القوة بقيادة").
const HEADED_BY: &[&str] = &["برياسه", "بقياده", "باشراف", "برعايه"];

/// "ونقلت الصحيفة عن فلان قوله": the person named after the last عن before the noun قول at token `cue`.
fn named_after_an(ctx: &Ctx, sentence: usize, cue: usize) -> Option<Who> {
    // "ونسبت الوكالة إلى مسؤول قوله": نسب إلى is نقل عن.
    let attributed = (sentence..cue).any(|k| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            matches!(key.strip_prefix('و').unwrap_or(key), "نسب" | "نسبت")
        })
    });
    let k = (sentence..cue).rev().find(|&k| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            key == "عن" || (attributed && (key == "الي" || t.raw == "إلى"))
        })
    })?;
    // "نقل التلفزيون عن وزير الداخلية قوله": a title without its holder's name speaks too.
    let named @ (Who::Named { .. } | Who::Title { .. }) = speaker::after_cue(ctx, k + 1, cue)
    else {
        return None;
    };
    Some(named)
}

/// The subject a participle at token `cue` shares with its sentence: the last statement's speaker in the same
/// sentence, else the first person or organisation named earlier in it that is not after a preposition.
fn shared_subject(
    ctx: &Ctx,
    cue: usize,
    sentence: usize,
    last: Option<&(usize, Who)>,
) -> Option<Who> {
    if let Some((s, w)) = last
        && *s == sentence
    {
        return Some(w.clone());
    }
    // "ونقل السفير تحيات الرئيس فلان ...، مؤكدا": a title right after the sentence's first verb is its subject,
    // before any name in the verb's object.
    if let Some(title) = subject_title(ctx, cue, sentence) {
        return Some(title);
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
        // "ونعى رئيس هيئة الأركان الفريق فلان الطيار، مؤكدا": an organisation in a title's genitive is the office
        // of the person named after it, who is the subject.
        let m = speaker::holder_after_office(ctx, m, cue).unwrap_or(m);
        return Some(Who::Named {
            span: m.span,
            entity: Some(m.entity),
            title: Vec::new(),
        });
    }
    plural_subject(ctx, cue, sentence)
        .or_else(|| feminine_verb_subject(ctx, cue, sentence))
        .or_else(|| institution_after_verb(ctx, cue, sentence))
}

/// "وجدد المجلس دعمه للقطاع، مطالبا ...": a masculine participle whose sentence opens with a masculine perfect verb
/// and a definite institution head right after it ("المجلس", "الاتحاد") shares that subject: an institution does
/// what the verb says, where a common definite noun after the verb may be its object ("وزار المعرض، مؤكدا").
fn institution_after_verb(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon;
    let participle = ctx.toks.get(cue)?;
    let verb = ctx.toks.get(sentence)?;
    let head = ctx.toks.get(sentence + 1)?;
    let h = head.key.as_str();
    if lexicon::bare(participle.key.as_str()).ends_with('ه')
        || !verb.is_word()
        || verb.key.as_str().ends_with('ت')
        || speaker::is_stop(ctx, sentence)
        || sentence + 1 >= cue
        || !head.is_word()
        || !h.starts_with("ال")
        || !lexicon::org_heads().contains(lexicon::bare(h))
    {
        return None;
    }
    Some(Who::Definite {
        word: lexicon::bare(h).to_owned(),
        span: head.span,
    })
}

/// "وانتقدت أحزاب المعارضة القرار، مؤكدة أن ...": a feminine singular participle whose sentence opens with a
/// feminine perfect verb (ending in ت, no function word) shares that verb's subject, read right after it.
fn feminine_verb_subject(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon;
    let participle = ctx.toks.get(cue)?;
    let verb = ctx.toks.get(sentence)?;
    let v = verb.key.as_str();
    if !lexicon::bare(participle.key.as_str()).ends_with('ه')
        || !verb.is_word()
        || !v.ends_with('ت')
        || v.chars().count() < 4
        || speaker::is_stop(ctx, sentence)
        || sentence + 1 >= cue
    {
        return None;
    }
    // The subject is a definite noun ("الحكومة") or an indefinite head with its definite genitive ("أحزاب
    // المعارضة"); a definite word after it is the verb's object.
    let definite = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| t.is_word() && t.key.as_str().starts_with("ال"))
    };
    let head = ctx.toks.get(sentence + 1)?;
    if !head.is_word() || speaker::is_stop(ctx, sentence + 1) {
        return None;
    }
    let last = if definite(sentence + 1) {
        sentence + 1
    } else if sentence + 2 < cue && definite(sentence + 2) {
        sentence + 2
    } else {
        return None;
    };
    let span = Span::new(head.span.start, ctx.toks.get(last)?.span.end);
    Some(Who::Named {
        span,
        entity: ctx.entity_at(span),
        title: Vec::new(),
    })
}

/// The title that is the subject of the verb starting the sentence at token `sentence` ("ونقل السفير ..."), for a
/// participle at `cue` later in it: a definite title right after a first word that is no function word.
fn subject_title(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon::{is_title, title_key};
    let k = sentence + 1;
    // The first word is a verb: a reporting one ("ونقل") counts, though it is no part of a speaker's name.
    let verb = ctx.toks.get(sentence)?;
    let function_word =
        speaker::is_stop(ctx, sentence) && cues::lookup(verb.key.as_str()).is_none();
    if k >= cue || function_word || !verb.is_word() {
        return None;
    }
    let t = ctx.toks.get(k)?;
    let n = t.key.as_str();
    if !(t.is_word() && n.starts_with("ال") && is_title(n)) {
        return None;
    }
    // "دافع الرئيس الأمريكي فلان": the name after the title and its adjectives is the subject.
    let mut j = k + 1;
    while j < cue && j < k + SUBJECT_TITLE_REACH {
        let Some(n) = ctx.toks.get(j) else { break };
        let key = n.key.as_str();
        if let Some(m) = ctx
            .mentions_over(n.span)
            .find(|m| m.label == EntityLabel::Per && m.span.start == n.span.start)
        {
            return Some(Who::Named {
                span: m.span,
                entity: Some(m.entity),
                title: vec![title_key(t.key.as_str())?.to_owned()],
            });
        }
        if !(n.is_word() && (is_title(key) || key.starts_with("ال"))) {
            break;
        }
        j += 1;
    }
    Some(Who::Title {
        words: vec![title_key(n)?.to_owned()],
        span: t.span,
        headline: false,
    })
}

/// How many title words and adjectives [`subject_title`] passes before the subject's name.
const SUBJECT_TITLE_REACH: usize = 5;

/// "وتحدث الأهالي عن معاناتهم، مطالبين البلدية بالتدخل": a plural participle (ـين) agrees with a plural of
/// people that is the subject of the sentence's first verb, the word right after it; that group speaks, never the
/// last (single) speaker.
fn plural_subject(ctx: &Ctx, cue: usize, sentence: usize) -> Option<Who> {
    use crate::analysis::quotes::lexicon;
    let participle = ctx.toks.get(cue)?;
    if !lexicon::bare(participle.key.as_str()).ends_with("ين") {
        return None;
    }
    let k = sentence + 1;
    let subject = ctx.toks.get(k).filter(|_| k < cue)?;
    let n = subject.key.as_str();
    (subject.is_word() && n.starts_with("ال") && lexicon::is_people_plural(n)).then(|| Who::Named {
        span: subject.span,
        entity: None,
        title: Vec::new(),
    })
}

/// A person introduced since the last statement (ending at byte `last_end`), in this sentence or the one before
/// it; a participle looks in its own sentence only.
fn introduced_since(
    ctx: &Ctx,
    cue: usize,
    info: CueInfo,
    sentence: usize,
    last_end: usize,
) -> Option<Who> {
    let prev_sentence = sentence
        .checked_sub(1)
        .filter(|&p| ctx.toks.get(p).map(|t| t.block) == ctx.toks.get(cue).map(|t| t.block))
        .map_or(sentence, |p| ctx.sentence_start(p));
    let from = (prev_sentence..cue)
        .find(|&k| ctx.toks.get(k).is_some_and(|t| t.span.start >= last_end))
        .unwrap_or(cue);
    // "وقال فلان إن ... . وشارك علان في الندوة. وأضاف أن": a verb that goes on ("أضاف"، "تابع") continues the
    // statement before it in its paragraph; a person named since, in another sentence, has said nothing to add to.
    let goes_on = ctx
        .toks
        .get(cue)
        .is_some_and(|t| super::super::resolve::continues(t.key.as_str()))
        && last_end > 0
        && ctx
            .toks
            .get(ctx.tok_at(last_end).saturating_sub(1))
            .map(|t| t.block)
            == ctx.toks.get(cue).map(|t| t.block);
    let from = if info.form == CueForm::Participle || goes_on {
        sentence.max(from)
    } else {
        from
    };
    speaker::introduced(ctx, from, cue)
}

/// Things that "show", "reveal" or "confirm" with a verb of saying, never speakers (normalised, definite): market
/// indicators, weather, results of a match, pictures, events.
const INANIMATE_SUBJECTS: &[&str] = &[
    "الموشر",
    "الامطار",
    "السيول",
    "الفوز",
    "الهزيمه",
    "الخساره",
    "التعادل",
    "الصور",
    "الصوره",
    "اللقطات",
    "الحادثه",
    "الحريق",
    "الزلزال",
    "الاسعار",
];

/// "تشير الأرقام إلى أن", "تصريحات فلان تشير إلى أن": statements of things, not of a speaker.
fn non_human_subject(ctx: &Ctx, cue: usize, info: CueInfo, who: &Who) -> bool {
    // "وأشار المؤشر إلى ارتفاع", "وكشفت الأمطار عن", "وأكد الفوز تأهل الفريق": a thing for subject, in any tense.
    if matches!(info.form, CueForm::Perfect | CueForm::Imperfect)
        && !matches!(
            who,
            Who::Named {
                entity: Some(_),
                ..
            }
        )
        && ctx
            .toks
            .get(cue + 1)
            .is_some_and(|n| INANIMATE_SUBJECTS.contains(&n.key.as_str()))
    {
        return true;
    }
    if matches!(
        who,
        Who::Named {
            entity: Some(_),
            ..
        }
    ) {
        return false;
    }
    // "وبينت الإحصاءات أن", "وأكدت الدراسات أن": figures and studies in general, in any tense, are the article's
    // own reading of them.
    if info.form == CueForm::Perfect
        && ctx
            .toks
            .get(cue + 1)
            .is_some_and(|n| NON_SPEAKERS.contains(&n.key.as_str()))
    {
        return true;
    }
    if info.form != CueForm::Imperfect {
        return false;
    }
    let Some(t) = ctx.toks.get(cue) else {
        return false;
    };
    // "ويشير أحد التقديرات إلى أن": a part of the figures, whatever the verb's gender.
    let part_of_figures = ctx
        .toks
        .get(cue + 1)
        .is_some_and(|n| PART_OF.contains(&n.key.as_str()))
        && ctx
            .toks
            .get(cue + 2)
            .is_some_and(|n| NON_SPEAKERS.contains(&n.key.as_str()));
    if part_of_figures {
        return true;
    }
    let verb = if info.wa || info.fa {
        t.key.as_str().chars().skip(1).collect::<String>()
    } else {
        t.key.as_str().to_owned()
    };
    if !verb.starts_with('ت') {
        return false;
    }
    let plural_thing = |k: usize| {
        ctx.toks.get(k).is_some_and(|p| {
            p.block == t.block
                && *who == Who::Implicit
                && ((p.key.as_str().ends_with("ات")
                    && p.key.as_str().chars().count() >= PLURAL_THING_MIN_LETTERS)
                    || NON_SPEAKERS.contains(&p.key.as_str()))
        })
    };
    (cue >= 1 && plural_thing(cue - 1))
        || (cue >= 2 && plural_thing(cue - 2))
        || ctx
            .toks
            .get(cue + 1)
            .is_some_and(|n| NON_SPEAKERS.contains(&n.key.as_str()))
}

/// How many tokens an aside between dashes at the start of a content may have ("أنه ـــ أي وليامسون ـــ").
const ASIDE_MAX_TOKENS: usize = 6;

/// A dash, however written ("-", "–", "—", "ـــ").
fn is_dash(raw: &str) -> bool {
    !raw.is_empty() && raw.chars().all(|c| matches!(c, '-' | '–' | '—' | 'ـ'))
}

/// "أنه ـــ أي وليامسون ـــ أول من ركب": the writer's aside between dashes that opens with أي ("that is") names
/// the pronoun's referent; the content starts after it. `start` unchanged otherwise.
fn past_aside(ctx: &Ctx, start: usize) -> usize {
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
const SUBJECT_BEFORE_MARKS: usize = 3;

/// Where a statement starting at token `start` ends (exclusive), and where the search resumes: the end of the
/// sentence or block, the next quote in marks (a quote right after a complementiser is absorbed into the content
/// instead), or a comma before an attribution tail or a new reporting clause.
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

/// True when the word after the comma at token `k` ends the statement that started at token `start`: an
/// attribution tail, or a reporting verb that starts a new statement.
fn ends_before_comma(ctx: &Ctx, start: usize, k: usize, marked: &[Marked]) -> bool {
    let Some(n) = ctx.toks.get(k + 1) else {
        return false;
    };
    if TAILS.contains(&n.key.as_str()) {
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
    v += but_he(ctx, k + 1);
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
const GOES_ON: &[&str] = &["ثم", "ومضي", "مضي", "وختم", "ختم", "واختتم", "اختتم"];

/// Nouns of the talk a speaker concludes ("وختم حديثه"), normalised, without their possessive.
const TALK_NOUNS: &[&str] = &[
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
fn lead_in(ctx: &Ctx, n: usize) -> usize {
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
const OTHER_PEOPLE: &[&str] = &["البعض", "بعضهم", "اخرون", "كثيرون", "الكثيرون", "غيرهم"];

/// Token `n` starts a subject of people: a person or organisation named there, a title, a plural of people or
/// a word for other people ("آخرون", "البعض"); not a place ("ترى أوروبا") nor a common noun ("ترى المعارضة").
fn people_subject(ctx: &Ctx, n: usize) -> bool {
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
fn but_he(ctx: &Ctx, n: usize) -> usize {
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

/// How many words may stand between the verb after "كما" and its named subject ("شركة مصر للطيران").
const KAMA_SUBJECT_HEAD: usize = 1;

/// "...، كما أوقفت شركة مصر للطيران رحلاتها": after the comma at token `k`, "كما" and a verb that reports nothing
/// with an organisation or person named right after it (the verb's own subject, not named in the statement) is the
/// writer's next report: the statement ends at the comma. "...، كما أن ...", "...، كما يتوقع ...", "...، كما
/// ستقدم وزارة المالية ..." (no subject of its own, or an imperfect or future the speaker goes on with) stay inside.
fn next_report_with_subject(ctx: &Ctx, start: usize, k: usize) -> bool {
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
const SUBJECT_LOOKBACK: usize = 80;

/// The entity named at token `subject` (after the comma at token `comma`) is also named in the statement's content
/// since token `start` (within [`SUBJECT_LOOKBACK`] tokens of the comma).
fn subject_in_content(ctx: &Ctx, start: usize, comma: usize, subject: usize) -> bool {
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
const RESUMPTIVE: &[&str] = &["وهو", "وهي", "هو", "وهذا", "هذا"];

/// "وهو ما أكده ...", "الأمر الذي نفاه ..." at token `n`: a relative clause whose reporting verb is about the
/// statement before it.
fn confirmed_by(ctx: &Ctx, n: usize) -> bool {
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
const EVENT_NOUNS: &[&str] = &[
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
fn event_noun(word: &str) -> bool {
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
fn writers_frame(ctx: &Ctx, n: usize) -> bool {
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
fn deemed_by_relative(ctx: &Ctx, n: usize) -> bool {
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
fn new_clause_without_comma(ctx: &Ctx, k: usize, marked: &[Marked]) -> bool {
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
fn content_span(ctx: &Ctx, start: usize, end: usize) -> Option<Span> {
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
