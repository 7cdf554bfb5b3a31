//! Reported speech (part of the candidates pass): a reporting verb, maybe its speaker, then أن/إن/بأن/إلى/على/:
//! and the content up to the end of the sentence, or up to a second reporting clause ("...، مؤكدا أن ...") that
//! starts a new statement. Takes the marks and links a reporting clause to the quote it leads into (or absorbs a
//! quote inside the content); gives reported drafts.
//!
//! Submodules, by kind of work: `words`, `cue`, `zone`, `adjuncts`, `subject`, `start`, `who`, `far_subject`, `end`.

use crate::analysis::quotes::addressee;
use crate::analysis::quotes::context::{COMMAS, Ctx, Tok, is_quote_mark};
use crate::analysis::quotes::cues::{self, CueForm, CueInfo};
use crate::analysis::quotes::draft::{Draft, Marked, Who};
use crate::analysis::quotes::speaker;
use crate::analysis::tokens::TokenKind;
use crate::analysis::{EntityLabel, QuoteKind};
use crate::span::Span;

mod adjuncts;
mod cue;
mod end;
mod far_subject;
mod start;
mod subject;
mod who;
mod words;
mod zone;

use adjuncts::{
    LONG_VERB_REACH, OWN_REACH, addressee_then_preposition, alias_in_parentheses,
    aside_then_preposition, bi_after_demonstrative, discourse_phrase, divine_phrase,
    far_complement, outlet_ends_before, own_position_noun, speech_after_outlet, time_phrase,
};
use cue::{cue_at, reach, returned_at, speaker_then_complement};
use end::{content_end, content_span, past_aside};
use far_subject::{
    ADVERBS_BEFORE_SUBJECT, GOVERNING, closing_person, introduced_since, named_after_an,
    non_human_subject, organisation_since, shared_subject, subject_after_phrase,
};
use start::{
    INSTITUTION_HEADS, OCCASION_NOUNS, after_temporal, content_start, honorific, is_bare_comp,
    is_comp, manner_before_comp, np_after_subject, place_or_institution, spoken_to, subject_like,
    takes_preposition,
};
use subject::{NOUNS_IN_IYA, np_start};
use who::who_for;
use words::{
    ADJUNCT_PREPOSITIONS, ADJUNCT_REACH, ADVERBS, BARE_COMP, BI_WORD_MIN_LETTERS, CLAUSE_OPENERS,
    COMPLEMENT_AHEAD, CONNECTIVES, CONTENT_TRAILING_PUNCTUATION, DEMONSTRATIVES,
    LI_WORD_MIN_LETTERS, NEAR_REACH, NEEDS_PREP_REACH, NEW_STATEMENT_COMPLEMENT_REACH,
    NON_SPEAKERS, NOT_BI_COMPLEMENTS, NOT_REPORTING_PARTICLES, NOUN_REACH, PART_OF,
    PARTICIPLE_REACH, PARTITIVE, PLURAL_THING_MIN_LETTERS, PREPOSITIONS_BEFORE_NOUN,
    PRONOUN_PREPOSITIONS, RELATIVE_PRONOUNS, RELATIVES, SAY_PARTICIPLE_REACH, SOURCE_NOUNS,
    SUFFIXED_COMP, TAILS, TEMPORAL_BEFORE_AN, VERB_REACH,
};
use zone::scan;

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
