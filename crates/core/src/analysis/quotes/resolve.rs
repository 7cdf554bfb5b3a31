//! Pass 4, speakers: resolving speakers in text order. Takes the selected drafts; gives the quotes. A pronoun,
//! implicit subject or honorific becomes the most recent speaker (or the article's subject), a title the name the
//! article gives its holder, a definite noun ("الوزارة") the organisation named earlier; names are linked to their
//! entity clusters.

use super::context::Ctx;
use super::cues::{self, Gender};
use super::draft::{Draft, Who};
use super::lexicon::{is_honour_title, is_title, prefixed_title_key, title_key};
use super::speaker::extract;
use crate::analysis::entities::lexicon::{Flags, Lexicon};
use crate::analysis::normalize::normalize;
use crate::analysis::{EntityLabel, Quote, Speaker};
use crate::span::Span;
use std::collections::{HashMap, HashSet};

/// How far back (in tokens) a title or definite noun looks for the name it stands for.
const LOOKBACK: usize = 3000;

/// How many tokens after a title (within its sentence) the holder's name is read from.
const HOLDER_ZONE: usize = 12;

/// How many tokens a definite noun's earlier written form spans at most: the head word and its definite
/// genitives or adjectives ("مجلس الوزراء السعودي").
const DEFINITE_FORM_MAX_TOKENS: usize = 4;

/// What the resolver remembers of the speakers so far.
#[derive(Default)]
struct Memory {
    last: Option<Speaker>,
    /// The last speaker who is a person (an honorific pronoun refers to one).
    last_person: Option<Speaker>,
    /// The last speaker introduced with each title ("وزير" -> the minister).
    by_title: HashMap<String, Speaker>,
    /// Multi-word speaker names by their head word without ال ("وزاره" -> "وزارة الخارجية الأميركية").
    by_head: HashMap<String, Speaker>,
    persons: HashSet<String>,
    /// Titles kept as written because no name was found for them (normalised).
    literal_titles: HashSet<String>,
    /// The gender each speaker's reporting verbs gave them ("قالت فلانة": feminine), by name.
    genders: HashMap<String, Gender>,
    /// The most recent distinct speakers, oldest first (at most [`RECENT`]).
    recent: Vec<Speaker>,
    /// The entities that have spoken so far.
    spoken: HashSet<usize>,
    /// The article's central person ([`central_person`]), once read.
    central: std::sync::OnceLock<Option<Speaker>>,
    /// The organisations by the second word of their names ([`ministries`]), once read.
    fields: std::sync::OnceLock<HashMap<String, Speaker>>,
}

/// How many recent speakers an implicit subject may reach back to when the last one's gender disagrees with the
/// verb ("وقالت" after a man spoke).
const RECENT: usize = 6;

impl Memory {
    fn remember(&mut self, s: &Speaker, title: &[String], person: bool) {
        // "وقال تعالى: «...». وأضاف": a verse cited by the speaker; the verbs after it go on with the speaker.
        if sacred(&s.name) {
            return;
        }
        if person || self.persons.contains(&s.name) {
            self.persons.insert(s.name.clone());
            self.last_person = Some(s.clone());
        }
        // The first title ("نائب" of "نائب رئيس"), the first that names an office ("أمير" of "سمو الأمير") and
        // every title of honour ("سمو"): a later clause may name the person by any of them.
        let office = title.iter().find(|t| !is_honour_title(t));
        for t in title
            .first()
            .into_iter()
            .chain(office)
            .chain(title.iter().filter(|t| is_honour_title(t)))
        {
            self.by_title.insert(t.clone(), s.clone());
        }
        let n = normalize(&s.name);
        if n.contains(' ')
            && let Some(h) = n.split_whitespace().next()
        {
            self.by_head
                .insert(h.strip_prefix("ال").unwrap_or(h).to_owned(), s.clone());
        }
        if let Some(e) = s.entity {
            self.spoken.insert(e);
        }
        self.recent.retain(|r| r.name != s.name);
        self.recent.push(s.clone());
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
        self.last = Some(s.clone());
    }

    /// The speaker an implicit subject with a verb of gender `gender` stands for: the last speaker, unless the
    /// verb's gender is known to disagree with theirs; then the most recent one it agrees with (if none, the last).
    fn implicit(&self, gender: Option<Gender>) -> Option<Speaker> {
        let last = self.last.clone()?;
        let Some(g) = gender else {
            return Some(last);
        };
        let agrees = |s: &Speaker| self.genders.get(&s.name).is_none_or(|&known| known == g);
        if agrees(&last) {
            return Some(last);
        }
        self.recent
            .iter()
            .rev()
            .find(|s| self.genders.get(&s.name) == Some(&g))
            .cloned()
            .or(Some(last))
    }
}

/// First words (normalised) of a speaker cited from scripture or the Prophet's sayings ("تعالى", "الله عز وجل",
/// "النبي صلى الله عليه وسلم", "رسول الله"): quoted by the article's speaker, never standing for a later
/// pronoun or implicit subject.
const SACRED: &[&str] = &["الله", "تعالي", "سبحانه", "المولي", "النبي", "الرسول"];

/// True for a speaker's name that is God or the Prophet ([`SACRED`]).
fn sacred(name: &str) -> bool {
    let n = normalize(name);
    let mut words = n.split_whitespace();
    let first = words.next().unwrap_or("");
    SACRED.contains(&first) || (first == "رسول" && words.next() == Some("الله"))
}

/// Resolves every draft's speaker in text order and builds the quotes.
pub(crate) fn speakers(ctx: &Ctx, drafts: Vec<Draft>) -> Vec<Quote> {
    let subject = article_subject(ctx, &drafts);
    let forms = longest_forms(ctx, &drafts);
    let mut memory = Memory::default();
    let mut out: Vec<Quote> = Vec::with_capacity(drafts.len());
    for d in drafts {
        let gender = d.cue.and_then(|c| cues::gender(&normalize(ctx.slice(c))));
        if let Some(s) = participle_continues(ctx, &memory, &d, out.last(), gender) {
            memory.remember(&s, &[], memory.persons.contains(&s.name));
            out.push(Quote {
                kind: d.kind,
                span: d.span,
                cue: d.cue,
                speaker: Some(s),
            });
            continue;
        }
        // "ريم أحمد- سبق- الرياض:": the writer named in the dateline reports, they are not quoted. "التقى الوزير
        // فلان بعدد من رجال الأعمال، وطالبوا": a plural verb's subject is no one person named before it.
        let who = match &d.who {
            Who::Named { span, .. } if in_byline(ctx, *span) => Who::Implicit,
            // "والثاني دعا إيران إلى": a country or city is feminine as a subject ("دعت إيران"); after a masculine
            // verb it is the object.
            Who::Named {
                span,
                entity: Some(e),
                ..
            } if gender == Some(Gender::Masculine)
                && ctx
                    .entities
                    .get(*e)
                    .is_some_and(|e| e.label == EntityLabel::Loc)
                && !ctx.slice(*span).starts_with("ال") =>
            {
                Who::Implicit
            }
            // "التقت «الصحيفة» المراجعين الذين أكدوا": the relative pronoun's group, whatever was named before.
            _ if d
                .cue
                .is_some_and(|c| plural_cue(ctx, c) && relative_group(ctx, c).is_some()) =>
            {
                Who::Implicit
            }
            // "وزار الوزير المصابين، وأعربوا": nor a title in the singular.
            Who::Named {
                span,
                entity: Some(_),
                ..
            }
            | Who::Title { span, .. }
                if d.cue
                    .is_some_and(|c| span.end <= c.start && plural_cue(ctx, c))
                    && (matches!(d.who, Who::Title { .. })
                        || ctx
                            .entity_at(*span)
                            .and_then(|e| ctx.entities.get(e))
                            .is_some_and(|e| e.label == EntityLabel::Per))
                    // A title's span may run on over the plural it governs ("الوزير المصابين").
                    && (matches!(d.who, Who::Title { .. }) || !collective(ctx.slice(*span)))
                    && !joined_by_wa(ctx, *span)
                    && d.cue
                        .and_then(|c| sentence_group(ctx, c))
                        .is_none_or(|(_, j)| !j) =>
            {
                Who::Implicit
            }
            w => w.clone(),
        };
        let speaker = match &who {
            Who::Named {
                span,
                entity,
                title,
            } => {
                // "وأوضح مدير عام فرع الهيئة أن": the person the article introduced with this title of this
                // institution speaks, not the institution. "أكد سمو رئيس مدينة ... أن": a title of honour before
                // an institution is the person of rank who heads it, introduced earlier with that honour.
                // "ودعا مدير جوازات نجران" with no director named before: the title and institution as written.
                let office = institution_holder(ctx, title, *span, *entity)
                    .or_else(|| {
                        entity
                            .and_then(|e| ctx.entities.get(e))
                            .is_some_and(|e| e.label != EntityLabel::Per)
                            .then(|| {
                                title
                                    .iter()
                                    .filter(|t| is_honour_title(t))
                                    .find_map(|t| memory.by_title.get(t).cloned())
                            })
                            .flatten()
                    })
                    .or_else(|| unnamed_office(ctx, title, *span, *entity));
                if let Some(s) = office {
                    memory.remember(&s, title, true);
                    out.push(Quote {
                        kind: d.kind,
                        span: d.span,
                        cue: d.cue,
                        speaker: Some(s),
                    });
                    continue;
                }
                // "«...»، يقول الشاب البالغ من العمر 27 عاما": a noun describing the person named before.
                if entity.is_none()
                    && title.is_empty()
                    && let Some(s) = described_person(ctx, *span)
                {
                    let s = longest_form(ctx, s, &forms);
                    memory.remember(&s, &[], true);
                    out.push(Quote {
                        kind: d.kind,
                        span: d.span,
                        cue: d.cue,
                        speaker: Some(s),
                    });
                    continue;
                }
                // "وذكر بيان للوزارة أن": the body whose statement it is speaks.
                if entity.is_none()
                    && title.is_empty()
                    && let Some(s) = statement_owner(ctx, &memory, *span)
                {
                    memory.remember(&s, &[], false);
                    out.push(Quote {
                        kind: d.kind,
                        span: d.span,
                        cue: d.cue,
                        speaker: Some(s),
                    });
                    continue;
                }
                let s = match issued_by(ctx, *span) {
                    Some((issuer, of)) if entity.is_none() => make_speaker(ctx, issuer, of),
                    _ => make_speaker(ctx, *span, *entity),
                };
                let person = !title.is_empty()
                    || ctx
                        .mentions_over(*span)
                        .any(|m| m.label == EntityLabel::Per);
                memory.remember(&s, title, person);
                Some(s)
            }
            // "وزير الصحة يحذر من ...": a title in the article's title is read as a headline's speaker, whose
            // holder the body names.
            Who::Title {
                words,
                span,
                headline,
            } => Some(title_speaker(
                ctx,
                &mut memory,
                words,
                *span,
                *headline || in_title(ctx, *span),
                gender,
            )),
            // "وتابع البيان" after "أصدر فلان بيانا جاء فيه": the body or person that issued the statement
            // speaks; the statement as written when the article names no issuer.
            Who::Definite { word, span } if STATEMENT_NOUNS.contains(&word.as_str()) => Some(
                statement_issuer(ctx, &out, span.start)
                    .or_else(|| organisation_just_spoke(ctx, &out, span.start))
                    .unwrap_or_else(|| make_speaker(ctx, *span, ctx.entity_at(*span))),
            ),
            Who::Definite { word, span } => Some(
                described_person(ctx, *span)
                    .map(|s| longest_form(ctx, s, &forms))
                    .or_else(|| definite_referent(ctx, &memory, word, span.start))
                    .unwrap_or_else(|| make_speaker(ctx, *span, ctx.entity_at(*span))),
            ),
            Who::Honorific => honoured_person(ctx, &memory, &d)
                .or_else(|| memory.last_person.clone())
                .or_else(|| memory.last.clone().or_else(|| subject.clone())),
            Who::Implicit if framed_speaker(ctx, &d).is_some() => {
                let s = framed_speaker(ctx, &d);
                if let Some(s) = &s {
                    memory.remember(s, &[], true);
                }
                s
            }
            Who::Implicit => plural_subject(ctx, &memory, &d, &out)
                .or_else(|| paragraph_subject_before(ctx, &d, out.last(), gender))
                .or_else(|| {
                    let (words, span) = paragraph_title_before(ctx, &d, out.last(), gender)?;
                    Some(title_speaker(ctx, &mut memory, &words, span, false, gender))
                })
                .or_else(|| feminine_subject(ctx, &memory, &d, &out, gender))
                .or_else(|| memory.implicit(gender))
                .or_else(|| subject.clone()),
            Who::Unknown => memory.implicit(gender).or_else(|| subject.clone()),
        };
        // A name written in the clause stays as written; a resolved one takes its longest form.
        let speaker = speaker.map(|s| {
            let s = if matches!(who, Who::Named { .. }) {
                s
            } else {
                longest_form(ctx, s, &forms)
            };
            nearest_mention(ctx, s, d.span.start)
        });
        if let Some(s) = &speaker
            && !matches!(who, Who::Named { .. })
        {
            // A title names a person, even kept as written ("ولي العهد"): a later "سموه" refers to them.
            memory.remember(s, &[], matches!(who, Who::Title { .. }));
        }
        // The verb agrees with its subject: what it says of this speaker's gender holds for later pronouns.
        // A body speaks through nouns of either gender ("وقالت الوزارة", "وأشار البيان"): its last verb's gender
        // holds for the next pronoun.
        if let (Some(s), Some(g)) = (&speaker, gender) {
            if memory.persons.contains(&s.name) {
                memory.genders.entry(s.name.clone()).or_insert(g);
            } else {
                memory.genders.insert(s.name.clone(), g);
            }
        }
        out.push(Quote {
            kind: d.kind,
            span: d.span,
            cue: d.cue,
            speaker,
        });
    }
    out
}

/// Nouns that describe a person the article has just named, not an office ("«...»، يقول الشاب"); not a relation
/// ("الأم", "الشقيق": another person).
const DESCRIPTORS: &[&str] = &[
    "الشاب",
    "الشابة",
    "الرجل",
    "المرأة",
    "الفتاة",
    "الفتى",
    "الطفل",
    "الطفلة",
    "المسن",
    "المسنة",
    "العجوز",
];

/// How many blocks back (the speaker's paragraph and the ones before) a described person is looked for.
const DESCRIBED_BLOCKS: usize = 2;

/// The person a descriptive noun at the start of `span` stands for ([`DESCRIPTORS`], with its adjectives): the
/// nearest person mention before it, in its paragraph or the [`DESCRIBED_BLOCKS`] before.
fn described_person(ctx: &Ctx, span: Span) -> Option<Speaker> {
    let first = ctx.slice(span).split_whitespace().next()?;
    let key = normalize(first.strip_prefix('و').unwrap_or(first));
    if !DESCRIPTORS.iter().any(|d| normalize(d) == key) || ctx.mentions_over(span).next().is_some()
    {
        return None;
    }
    let block = ctx.toks.get(ctx.tok_at(span.start))?.block;
    let k = ctx.mentions.partition_point(|m| m.span.end <= span.start);
    let m = ctx.mentions[..k]
        .iter()
        .rev()
        .find(|m| m.label == EntityLabel::Per)?;
    let m_block = ctx.toks.get(ctx.tok_at(m.span.start))?.block;
    (m_block + DESCRIBED_BLOCKS >= block).then(|| make_speaker(ctx, m.span, Some(m.entity)))
}

/// Verbs (normalised, without و) that, with بذلك or ذلك after them, name who said the statement before: "صرح
/// بذلك مدير الإدارة فلان".
const FRAME_VERBS: &[&str] = &[
    "صرح",
    "صرحت",
    "افاد",
    "افادت",
    "ادلي",
    "ادلت",
    "اعلن",
    "اعلنت",
    "ذكر",
    "ذكرت",
    "اكد",
    "اكدت",
    "قال",
    "قالت",
    "اوضح",
    "اوضحت",
];

/// Nouns of a speech (normalised, without ل/ب/في) in "جاء ذلك في تصريح لمدير ..." whose holder is named after them.
const FRAME_SPEECH: &[&str] = &[
    "تصريح",
    "تصريحات",
    "كلمه",
    "حديث",
    "بيان",
    "مؤتمر",
    "محاضره",
    "خطاب",
    "مقابله",
    "حوار",
    "تصريحه",
];

/// How many tokens after the frame's verb or speech noun the speaker's name may start.
const FRAME_REACH: usize = 14;

/// "أكد أن .... جاء ذلك في تصريح صحفي لمدير الشؤون الصحية الدكتور فلان", "أوضح أن .... صرح بذلك فلان": a
/// statement without a subject that the sentence after it in its paragraph frames (no other reporting verb
/// between them) has the person named in that frame for speaker.
fn framed_speaker(ctx: &Ctx, d: &Draft) -> Option<Speaker> {
    let start = ctx.tok_at(d.span.end);
    let block = ctx.toks.get(start)?.block;
    let bare = |k: usize| {
        ctx.toks.get(k).map(|t| {
            let key = t.key.as_str();
            key.strip_prefix('و')
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(key)
                .to_owned()
        })
    };
    let mut i = start;
    while let Some(t) = ctx.toks.get(i).filter(|t| t.block == block) {
        let opens = i > 0 && ctx.ends_sentence(i - 1);
        let key = bare(i).unwrap_or_default();
        let next = bare(i + 1).unwrap_or_default();
        if opens && matches!(key.as_str(), "جاء" | "ياتي") && next == "ذلك" {
            // The speech noun, then the person named after it.
            let noun = (i + 2..i + 2 + FRAME_REACH).find(|&k| {
                bare(k).is_some_and(|w| {
                    let w = w
                        .strip_prefix("في")
                        .filter(|r| r.chars().count() >= 3)
                        .or_else(|| w.strip_prefix('ب'))
                        .or_else(|| w.strip_prefix('ل'))
                        .unwrap_or(&w);
                    FRAME_SPEECH.contains(&w)
                })
            })?;
            return frame_person(ctx, noun + 1);
        }
        if opens
            && FRAME_VERBS.contains(&key.as_str())
            && matches!(next.as_str(), "بذلك" | "ذلك" | "بهذا")
        {
            return frame_person(ctx, i + 2);
        }
        // Another reporting verb starts another statement first.
        if i > start
            && t.is_word()
            && super::cues::lookup_written(t.raw, t.key.as_str())
                .is_some_and(|c| c.form != cues::CueForm::Participle)
        {
            return None;
        }
        i += 1;
    }
    None
}

/// The first person named in the frame's sentence from token `from` (within [`FRAME_REACH`] tokens), not after
/// "مع" or a title with ب ("بالأمير": whom the speaker met).
fn frame_person(ctx: &Ctx, from: usize) -> Option<Speaker> {
    for k in from..from + FRAME_REACH {
        let t = ctx.toks.get(k)?;
        if ctx.ends_sentence(k) && !t.is_word() {
            return None;
        }
        let key = t.key.as_str();
        if key == "مع" || key.strip_prefix('ب').is_some_and(is_title) {
            return None;
        }
        if let Some(m) = ctx
            .mentions_over(t.span)
            .find(|m| m.label == EntityLabel::Per && m.span.start == t.span.start)
        {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    None
}

/// The article's title is among its first blocks (a blank or source line may come first).
const TITLE_BLOCKS: usize = 2;

/// True when `span` lies in the article's title.
fn in_title(ctx: &Ctx, span: Span) -> bool {
    ctx.doc
        .blocks
        .iter()
        .take(TITLE_BLOCKS)
        .find(|b| b.span.start <= span.start && span.end <= b.span.end)
        .is_some_and(|b| b.kind == crate::document::BlockKind::Title)
}

/// True for a reporting verb in the plural ("قالوا", "وأكدوا", "ويرون", "مؤكدين").
fn plural_cue(ctx: &Ctx, cue: Span) -> bool {
    let n = normalize(ctx.slice(cue));
    let Some(info) = cues::lookup(&n) else {
        return false;
    };
    let bare = n
        .strip_prefix('و')
        .or_else(|| n.strip_prefix('ف'))
        .unwrap_or(&n);
    let imperfect = bare.starts_with('ي') || bare.starts_with('ت');
    let participle = info.form == cues::CueForm::Participle
        && bare.ends_with("ين")
        && bare.chars().count() >= PLURAL_PARTICIPLE_MIN_LETTERS;
    bare.ends_with("وا") || (imperfect && bare.ends_with("ون")) || participle
}

/// A plural participle has at least this many letters ("داعين", "مؤكدين"; not "بين", "تبين").
const PLURAL_PARTICIPLE_MIN_LETTERS: usize = 5;

/// True when the person named at `span` is the first of several joined by و ("الشيخ فلان والشيخ علان وعدد من
/// ..."): they are together the subject of a plural verb.
fn joined_by_wa(ctx: &Ctx, span: Span) -> bool {
    let mut k = ctx.tok_at(span.end);
    if ctx
        .toks
        .get(k)
        .is_some_and(|t| t.is_punct(super::context::COMMAS))
    {
        k += 1;
    }
    ctx.toks.get(k).is_some_and(|t| {
        let key = t.key.as_str();
        key.strip_prefix('و').is_some_and(|rest| {
            is_title(rest)
                || ctx
                    .mentions_over(t.span)
                    .any(|m| m.label == EntityLabel::Per)
        })
    })
}

/// Words that make a speaker a group however it goes on ("مصادر مطلعة", "عدد من المستثمرين"), normalised.
const GROUP_WORDS: &[&str] = &["مصادر", "اهالي", "سكان", "شهود"];

/// True for a speaker that is a group of people as written: a plural of people ("مواطنون", "المستثمرين") or a
/// part of one ("عدد من", "بعض").
fn collective(name: &str) -> bool {
    let n = normalize(name);
    let mut words = n.split_whitespace().map(|w| {
        let w = w
            .strip_prefix('و')
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w);
        w.strip_prefix("ال")
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w)
    });
    let Some(first) = words.next() else {
        return false;
    };
    let plural = |w: &str| {
        super::lexicon::is_people_plural(w)
            || (w.ends_with("ين") && w.chars().count() >= PLURAL_MIN_LETTERS)
    };
    super::speaker::QUANTIFIERS.contains(&first)
        || GROUP_WORDS.contains(&first)
        || plural(first)
        || words.any(plural)
}

/// A plural in ـين has at least this many letters without the article ("المستثمرين", not "بين").
const PLURAL_MIN_LETTERS: usize = 6;

/// How many tokens before a plural verb the group it agrees with is looked for in its sentence.
const GROUP_REACH: usize = 40;

/// The group a plural reporting verb without a subject has for subject: the group a relative pronoun before it
/// refers to ("المراجعين الذين أكدوا"), one named earlier in its sentence ("التقى الوزير بعدد من رجال الأعمال،
/// وطالبوا"), else the most recent speaker that is a group ("قال عدد من المستثمرين ... وقال المحلل فلان ...
/// وأضافوا") or a group named in the sentences just before ("وتجمع عشرات المواطنين أمام البلدية. وقالوا"): the
/// speaker first for a verb that goes on (وأضافوا), the group named first for another. None for a verb in the
/// singular.
fn plural_subject(ctx: &Ctx, memory: &Memory, d: &Draft, out: &[Quote]) -> Option<Speaker> {
    let cue = d.cue?;
    if !plural_cue(ctx, cue) {
        return None;
    }
    if let Some(group) = relative_group(ctx, cue) {
        return Some(group);
    }
    if let Some((group, _)) = sentence_group(ctx, cue) {
        return Some(group);
    }
    let spoken = || {
        memory
            .recent
            .iter()
            .rev()
            .find(|s| collective(&s.name))
            .cloned()
    };
    // "وأكد شهود أن عشرات المسلحين قتلوا. وقالوا": a group named inside an earlier statement is what was said, not
    // who says more (the quotes are sorted by start: the last one starting before the group may hold it).
    let quoted = |g: &Speaker| {
        let k = out.partition_point(|q| q.span.start <= g.span.start);
        k.checked_sub(1)
            .and_then(|k| out.get(k))
            .is_some_and(|q| g.span.end <= q.span.end)
    };
    // "شهود" read in "وأكد شهود عيان أن": the group that spoke, with its full name.
    let before = || {
        group_before(ctx, cue).filter(|g| !quoted(g)).map(|g| {
            spoken()
                .filter(|s| s.name.starts_with(&g.name))
                .unwrap_or(g)
        })
    };
    // "وأضافوا" goes on with the group that spoke, unless a group was named since the last statement ("واحتج
    // المعلمون على القرار. وأكدوا"); "وقالوا" may turn to a group the sentences before named.
    let since_last = |g: &Speaker| out.last().is_none_or(|q| g.span.start >= q.span.end);
    if continues(&normalize(ctx.slice(cue))) {
        before().filter(since_last).or_else(spoken).or_else(before)
    } else {
        before().or_else(spoken)
    }
}

/// The group named before the verb at `cue` in its sentence ("بعدد من رجال الأعمال"), and whether it is joined
/// by و to a person named right before it ("الشيخ فلان وعدد من الشيوخ": the persons and the group together).
fn sentence_group(ctx: &Ctx, cue: Span) -> Option<(Speaker, bool)> {
    let k = ctx.tok_at(cue.start);
    let from = ctx.sentence_start(k).max(k.saturating_sub(GROUP_REACH));
    for i in (from..k).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        let key = t.key.as_str();
        // "بعدد من", "وعدد من": the quantifier with a preposition or conjunction on it.
        let (skip, bare) = match key.chars().next() {
            Some(c @ ('ب' | 'و' | 'ل'))
                if super::speaker::QUANTIFIERS.contains(&&key[c.len_utf8()..]) =>
            {
                (c.len_utf8(), &key[c.len_utf8()..])
            }
            _ => (0, key),
        };
        // "غير أن نوابا من التحالف اعترضوا، وقالوا": an indefinite plural of people is the group as written, with
        // the body it is from.
        if let Some(end) = indefinite_people_at(ctx, i, k) {
            let last = ctx.toks.get(end - 1)?;
            return Some((
                make_speaker(ctx, Span::new(t.span.start, last.span.end), None),
                false,
            ));
        }
        if !super::speaker::QUANTIFIERS.contains(&bare) {
            continue;
        }
        // "اعترضوا على بعض فقرات القانون": a part of a group after a preposition is what the verb is about.
        if i.checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| p.raw == "على" || OBJECT_PREPOSITIONS.contains(&p.key.as_str()))
        {
            continue;
        }
        let of = usize::from(ctx.toks.get(i + 1).is_some_and(|n| n.key.as_str() == "من"));
        let head = i + 1 + of;
        let Some(h) = ctx.toks.get(head).filter(|h| head < k && h.is_word()) else {
            continue;
        };
        // "رجال الأعمال": the group noun and one definite genitive after it.
        let end = ctx
            .toks
            .get(head + 1)
            .filter(|n| {
                head + 1 < k
                    && n.is_word()
                    && n.key.as_str().starts_with("ال")
                    && !matches!(n.key.as_str(), "الذي" | "التي" | "الذين" | "اللواتي")
            })
            .map_or(h.span.end, |n| n.span.end);
        let joined = key.starts_with('و')
            && i.checked_sub(1)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| {
                    ctx.mentions_over(p.span)
                        .any(|m| m.label == EntityLabel::Per && m.span.end == p.span.end)
                });
        return Some((
            make_speaker(ctx, Span::new(t.span.start + skip, end), None),
            joined,
        ));
    }
    verb_group(ctx, from, k).map(|g| (g, false))
}

/// "واتهم الحوثيون التحالف ...، وقالوا", "واحتج المعلمون على القرار. وأكدوا": a group that is the subject of a
/// verb opening its sentence (or a clause after a comma), between tokens `from` and `k`: a definite plural of
/// people in the nominative, or an organisation named by such a plural. The first one.
fn verb_group(ctx: &Ctx, from: usize, k: usize) -> Option<Speaker> {
    (from + 1..k).find_map(|i| {
        let t = ctx.toks.get(i)?;
        let verb = ctx.toks.get(i - 1)?;
        let opens = i - 1 == from
            || i.checked_sub(2)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| p.is_punct(super::context::COMMAS));
        let verb_like = verb.is_word()
            && !verb.key.as_str().starts_with("ال")
            && !verb.key.as_str().starts_with("وال")
            // A verb (a reporting one too: "وتجمع"), no function word ("كما", "أن").
            && !super::lexicon::stops().contains(verb.key.as_str())
            && ctx.mentions_over(verb.span).next().is_none();
        if !(opens && verb_like && t.is_word()) {
            return None;
        }
        let word = t.key.as_str();
        let nominative = word
            .strip_prefix("ال")
            .is_some_and(|b| b.ends_with("ون") && b.chars().count() >= PLURAL_MIN_LETTERS - 1);
        if !nominative {
            return None;
        }
        // "الحوثيون": a group the tagger took for an organisation.
        if let Some(m) = ctx.mentions_over(t.span).find(|m| {
            m.label == EntityLabel::Org && m.span.start == t.span.start && m.span.end == t.span.end
        }) {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
        people_plural_at(ctx, i)
    })
}

/// Prepositions (normalised) before a part of a group that make it the verb's object, not its subject ("مع" and a
/// ب on the quantifier are kept: "التقى الوزير بعدد من رجال الأعمال، وطالبوا").
const OBJECT_PREPOSITIONS: &[&str] = &["على", "علي", "في", "عن", "الي", "من"];

/// How many words of the body an indefinite group is from ("نواب من التحالف الوطني العراقي").
const GROUP_BODY_MAX: usize = 4;

/// An indefinite plural of people at token `i` (before token `k`), in no mention, as a subject ("نوابا",
/// "مسؤولون", "خبراء"; the accusative ا after أن stripped), not after a preposition: gives the token after the group,
/// with the body it is from ("من" and definite words or a mention).
fn indefinite_people_at(ctx: &Ctx, i: usize, k: usize) -> Option<usize> {
    let t = ctx.toks.get(i)?;
    let key = t.key.as_str();
    let stem = key.strip_suffix('ا').filter(|r| r.chars().count() >= 4);
    let people = |w: &str| {
        !w.starts_with("ال")
            && !w.starts_with("وال")
            && !is_title(w)
            && super::lexicon::is_people_plural(w)
    };
    // "يؤكدون", "تطالبون": an imperfect verb in the plural is spelled like a plural of people.
    let verb = key.starts_with('ي') || key.starts_with('ت') || cues::lookup(key).is_some();
    if !t.is_word()
        || verb
        || !(people(key) || stem.is_some_and(people))
        || ctx.mentions_over(t.span).next().is_some()
        || super::speaker::is_stop(ctx, i)
    {
        return None;
    }
    let governed = i
        .checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|p| {
            p.raw == "على"
                || OBJECT_PREPOSITIONS.contains(&p.key.as_str())
                || p.key.as_str() == "مع"
        });
    if governed {
        return None;
    }
    let mut end = i + 1;
    // "سكان القرية": one definite genitive.
    if end < k
        && ctx.toks.get(end).is_some_and(|n| {
            n.is_word()
                && n.key.as_str().starts_with("ال")
                && !matches!(n.key.as_str(), "الذي" | "التي" | "الذين" | "اللواتي")
        })
    {
        return Some(end + 1);
    }
    if ctx.toks.get(end).is_some_and(|n| n.key.as_str() == "من") && end + 1 < k {
        let mut j = end + 1;
        while j < k
            && j < end + 1 + GROUP_BODY_MAX
            && ctx.toks.get(j).is_some_and(|n| {
                n.is_word()
                    && (n.key.as_str().starts_with("ال")
                        || ctx.mentions_over(n.span).next().is_some()
                        || super::lexicon::org_heads().contains(n.key.as_str()))
            })
        {
            j += 1;
        }
        if j > end + 1 {
            end = j;
        }
    }
    Some(end)
}

/// "التقت الصحيفة المراجعين الذين أكدوا أن": the definite plural of people that a relative pronoun before the
/// plural verb at `cue` refers to.
fn relative_group(ctx: &Ctx, cue: Span) -> Option<Speaker> {
    let k = ctx.tok_at(cue.start);
    let rel = ctx.toks.get(k.checked_sub(1)?)?;
    if !matches!(rel.key.as_str(), "الذين" | "اللواتي" | "اللاتي") {
        return None;
    }
    people_plural_at(ctx, k.checked_sub(2)?)
}

/// A definite plural of people at token `i` ("المواطنين", "والمراجعون"), in no mention and no title: the group as
/// written, without its conjunction.
fn people_plural_at(ctx: &Ctx, i: usize) -> Option<Speaker> {
    let t = ctx.toks.get(i)?;
    let key = t.key.as_str();
    let (skip, word) = match key.strip_prefix('و') {
        Some(rest) if rest.starts_with("ال") => ('و'.len_utf8(), rest),
        _ => (0, key),
    };
    let bare = word.strip_prefix("ال")?;
    let plural = (bare.ends_with("ين") || bare.ends_with("ون"))
        && bare.chars().count() >= PLURAL_MIN_LETTERS
        || super::lexicon::is_people_plural(word);
    (t.is_word() && plural && !is_title(word) && ctx.mentions_over(t.span).next().is_none())
        .then(|| make_speaker(ctx, Span::new(t.span.start + skip, t.span.end), None))
}

/// How many tokens before a plural verb [`group_before`] looks, past its sentence.
const GROUP_BEFORE_REACH: usize = 60;

/// "والتقت الصحيفة عددا من المراجعين ... وأشاروا": the group named before a plural verb without a subject,
/// in the sentences before it (at most [`GROUP_BEFORE_REACH`] tokens back, in its paragraph or the one before): a
/// part of a group ("عدد من", "عشرات") or a definite plural of people, the nearest.
fn group_before(ctx: &Ctx, cue: Span) -> Option<Speaker> {
    let k = ctx.tok_at(cue.start);
    let block = ctx.toks.get(k)?.block;
    let from = k.saturating_sub(GROUP_BEFORE_REACH);
    let mut i = ctx.sentence_start(k);
    while i > from {
        let end = i;
        let Some(t) = ctx.toks.get(end - 1) else {
            break;
        };
        if t.block + 1 < block {
            break;
        }
        let start = ctx.sentence_start(end - 1).max(from);
        // The sentence before, read as the group's sentence (its end as the "cue").
        let last = ctx.toks.get(end - 1)?;
        if let Some((s, _)) = sentence_group(ctx, Span::new(last.span.start, last.span.end)) {
            return Some(s);
        }
        i = start;
    }
    None
}

/// Nouns of an issued statement (normalised, without ال) whose definite form as a subject ("وتابع البيان")
/// stands for the statement's issuer.
const STATEMENT_NOUNS: &[&str] = &["بيان", "بلاغ"];

/// How far back (in tokens) a statement noun looks for the statement it stands for.
const STATEMENT_LOOKBACK: usize = 400;

/// The stem of a statement noun in a written form: "بيانا", "ببيان", "وبيانها", "البيان" give "بيان".
fn statement_stem(key: &str) -> Option<&'static str> {
    let k = key.strip_prefix('و').unwrap_or(key);
    let k = k
        .strip_prefix("بال")
        .or_else(|| k.strip_prefix("لل"))
        .or_else(|| k.strip_prefix("ال"))
        .or_else(|| k.strip_prefix('ب'))
        .or_else(|| k.strip_prefix('ل'))
        .filter(|r| STATEMENT_NOUNS.iter().any(|n| r.starts_with(n)))
        .unwrap_or(k);
    STATEMENT_NOUNS.iter().copied().find(|n| {
        k.strip_prefix(n)
            .is_some_and(|rest| ["", "ا", "ه", "ها", "هم"].contains(&rest))
    })
}

/// The issuer of the statement a subject "البيان" at `before` stands for: at the nearest statement noun before it
/// in its paragraph or the ones before, the organisation or person named right after it ("بيان الأزهر", "بيان
/// صادر عن الوزارة"), else the speaker of the statement that noun introduces ("أصدر فلان بيانا جاء فيه «...»",
/// "وقالت الوزارة في بيان إن"). None when the nearest such noun has no issuer.
fn statement_issuer(ctx: &Ctx, out: &[Quote], before: usize) -> Option<Speaker> {
    let mut before = before;
    // "وذكر بيان للوزارة أن ... وجاء في البيان أن ... وأوضح البيان": a definite noun whose issuer is not found
    // refers back to the statement named before it.
    for _ in 0..STATEMENT_CHAIN {
        let (found, noun) = statement_issuer_once(ctx, out, before)?;
        if found.is_some() {
            return found;
        }
        let key = noun.key.as_str();
        let key = key
            .strip_prefix('و')
            .or_else(|| key.strip_prefix('ف'))
            .unwrap_or(key);
        let key = key.strip_prefix('ب').unwrap_or(key);
        if !key.starts_with("ال") {
            return None;
        }
        before = noun.span.start;
    }
    None
}

/// "أعلنت شركة فلان نتائجها ... وأشار البيان إلى أن": a statement noun no issuer is found for is the statement of
/// the organisation whose statement was found last, in the sentence before `before` or its own.
fn organisation_just_spoke(ctx: &Ctx, out: &[Quote], before: usize) -> Option<Speaker> {
    let sentence = ctx.sentence_start(ctx.tok_at(before));
    let previous = ctx.sentence_start(sentence.checked_sub(1)?);
    let q = out.last()?;
    let s = q.speaker.as_ref()?;
    let org = s
        .entity
        .and_then(|e| ctx.entities.get(e))
        .is_some_and(|e| e.label == EntityLabel::Org);
    (org && ctx.tok_at(q.cue.map_or(q.span.start, |c| c.start)) >= previous).then(|| s.clone())
}

/// How many definite statement nouns [`statement_issuer`] follows back to the statement they refer to.
const STATEMENT_CHAIN: usize = 3;

/// [`statement_issuer`] for the nearest statement noun before `before`: its issuer, and that noun.
fn statement_issuer_once<'c>(
    ctx: &Ctx<'c>,
    out: &[Quote],
    before: usize,
) -> Option<(Option<Speaker>, super::context::Tok<'c>)> {
    let end = ctx.tok_at(before);
    let j = (end.saturating_sub(STATEMENT_LOOKBACK)..end)
        .rev()
        .find(|&i| {
            ctx.toks
                .get(i)
                .is_some_and(|t| t.is_word() && statement_stem(t.key.as_str()).is_some())
        })?;
    let noun = ctx.toks.get(j)?;
    let named_at = |k: usize| {
        let t = ctx.toks.get(k)?;
        ctx.mentions_over(t.span)
            .find(|m| m.span.start == t.span.start && m.label != EntityLabel::Loc)
            .map(|m| make_speaker(ctx, m.span, Some(m.entity)))
    };
    // "أصدرت وزارة الداخلية بيانا": the subject of the verb of issuing before the noun.
    if let Some(s) = issuer_before(ctx, j) {
        return Some((Some(s), noun));
    }
    if !noun.key.as_str().ends_with('ا') {
        if let Some(s) = named_at(j + 1) {
            return Some((Some(s), noun));
        }
        if ctx
            .toks
            .get(j + 1)
            .is_some_and(|t| ISSUED.contains(&t.key.as_str()))
            && ctx.toks.get(j + 2).is_some_and(|t| t.key.as_str() == "عن")
            && let Some(s) = named_at(j + 3)
        {
            return Some((Some(s), noun));
        }
    }
    let found = out
        .iter()
        .rev()
        .filter(|q| q.span.start >= noun.span.end)
        .find(|q| {
            let from = q.cue.map_or(q.span.start, |c| c.start).min(
                q.speaker
                    .as_ref()
                    .filter(|s| ctx.tok_at(s.span.start) >= ctx.block_start(j))
                    .map_or(q.span.start, |s| s.span.start),
            );
            from <= noun.span.start
                && ctx
                    .toks
                    .get(ctx.tok_at(q.span.start))
                    .is_some_and(|t| t.block == noun.block)
        })
        .and_then(|q| q.speaker.clone());
    Some((found, noun))
}

/// "وذكر بيان للوزارة أن", "وقال بيان لوزارة الخارجية إن": a statement noun as the subject, with ل on its issuer
/// after it: that organisation or person (a definite noun resolved to the organisation the article named).
fn statement_owner(ctx: &Ctx, memory: &Memory, span: Span) -> Option<Speaker> {
    let noun = normalize(ctx.slice(span));
    if !STATEMENT_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    let t = ctx.toks.get(ctx.tok_at(span.end))?;
    // "لوزارة الخارجية": ل on a mention.
    if let Some(m) = ctx.mentions_over(t.span).find(|m| {
        matches!(m.label, EntityLabel::Org | EntityLabel::Per)
            && m.span.start == t.span.start + 'ل'.len_utf8()
    }) {
        return Some(make_speaker(ctx, m.span, Some(m.entity)));
    }
    // "للوزارة": the definite noun the article's organisation goes by.
    let rest = t.key.as_str().strip_prefix("لل")?;
    if !t.is_word() || rest.chars().count() < 3 {
        return None;
    }
    definite_referent(ctx, memory, rest, span.start)
}

/// Verbs of issuing a statement (normalised, without conjunction): "أصدرت الوزارة بيانا", "نشر النادي بيانا".
const ISSUING_VERBS: &[&str] = &[
    "اصدر",
    "اصدرت",
    "نشر",
    "نشرت",
    "وزع",
    "وزعت",
    "اذاع",
    "اذاعت",
];

/// How many tokens before the statement noun its verb of issuing may stand ("أصدرت وزارة الداخلية السعودية
/// مساء أمس بيانا").
const ISSUER_REACH: usize = 8;

/// The organisation or person named between a verb of issuing and the statement noun at token `noun`, in its
/// sentence ("وأصدرت [وزارة الداخلية] بيانا").
fn issuer_before(ctx: &Ctx, noun: usize) -> Option<Speaker> {
    let from = noun
        .saturating_sub(ISSUER_REACH)
        .max(ctx.sentence_start(noun));
    let verb = (from..noun).rev().find(|&k| {
        ctx.toks.get(k).is_some_and(|t| {
            let key = t.key.as_str();
            let bare = key
                .strip_prefix('و')
                .or_else(|| key.strip_prefix('ف'))
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(key);
            ISSUING_VERBS.contains(&bare)
        })
    })?;
    let first = ctx.toks.get(verb + 1)?;
    let last = ctx.toks.get(noun.checked_sub(1)?)?;
    let zone = Span::new(first.span.start, last.span.end);
    let m = ctx
        .mentions_in(zone)
        .iter()
        .find(|m| matches!(m.label, EntityLabel::Org | EntityLabel::Per))?;
    Some(make_speaker(ctx, m.span, Some(m.entity)))
}

/// "صادر" and its kin after a document noun: "بيان صادر عن الديوان", "تقرير أصدرته الهيئة" (normalised).
const ISSUED: &[&str] = &["صادر", "الصادر", "صادره", "الصادره"];

/// "وقال بيان صادر عن الديوان الملكي إن": a speaker that ends with "صادر" stands for the organisation named
/// after "عن", which issued it and speaks; gives that organisation's name and entity (a mention, else up to
/// [`DEFINITE_FORM_MAX_TOKENS`] definite words, or a head of institution and definite words after it).
fn issued_by(ctx: &Ctx, span: Span) -> Option<(Span, Option<usize>)> {
    let k = ctx.tok_at(span.end);
    let last = ctx.toks.get(k.checked_sub(1)?)?;
    if !ISSUED.contains(&last.key.as_str()) || ctx.toks.get(k)?.key.as_str() != "عن" {
        return None;
    }
    let first = ctx.toks.get(k + 1)?;
    if let Some(m) = ctx
        .mentions_over(first.span)
        .find(|m| m.span.start == first.span.start && m.label != EntityLabel::Loc)
    {
        return Some((m.span, Some(m.entity)));
    }
    let mut end = None;
    for j in k + 1..k + 1 + DEFINITE_FORM_MAX_TOKENS {
        let t = ctx.toks.get(j)?;
        let org_head = super::lexicon::org_heads().contains(t.key.as_str());
        let key = t.key.as_str();
        // "المركز الوطني للأرصاد": a genitive with ل after the first word.
        let definite = key.starts_with("ال") || (j > k + 1 && key.starts_with("لل"));
        if !(t.is_word() && (definite || (j == k + 1 && org_head))) {
            break;
        }
        end = Some(t.span.end);
    }
    end.map(|end| (Span::new(first.span.start, end), None))
}

/// The honorific pronouns by the start of their stem (normalised), with the titles (normalised, as [`title_key`]
/// gives them) of the persons they are used for: "سموه" for a prince, "معاليه" for a minister.
const HONOURED: &[(&str, &[&str])] = &[
    ("سمو", &["سمو", "امير", "اميره", "ولي"]),
    ("معالي", &["معالي", "وزير", "وزيره"]),
    ("فخام", &["فخامه", "رييس"]),
    ("جلال", &["جلاله", "ملك", "ملكه"]),
    ("سعاد", &["سعاده", "سفير", "سفيره"]),
    ("سماح", &["سماحه", "مفتي", "شيخ"]),
    ("فضيل", &["فضيله", "شيخ"]),
    ("دول", &["دوله", "رييس"]),
    ("سياد", &["سياده", "رييس"]),
];

/// How many tokens after the reporting word the honorific pronoun may stand ("وأكد في كلمته سموه").
const HONORIFIC_REACH: usize = 4;

/// How many of a recent speaker's mentions are read for the title of honour before them.
const HONOURED_MENTIONS: usize = 20;

/// How many tokens after an honour title or office its holder's name may start ("صاحب السمو الملكي الأمير فلان").
const HONOURED_NAME_REACH: usize = 6;

/// The person an honorific pronoun stands for ("وأشاد سموه" after a director spoke): the most recent speaker
/// named after a title of that honour or office ("صاحب السمو الملكي الأمير فلان", "معالي الوزير فلان"), else
/// the nearest person named after one before the statement. None when the clause has no honorific word or the article names no such person.
fn honoured_person(ctx: &Ctx, memory: &Memory, d: &Draft) -> Option<Speaker> {
    let cue = d.cue?;
    let k = ctx.tok_at(cue.start);
    let pronoun = (k + 1..=k + HONORIFIC_REACH)
        .filter_map(|i| ctx.toks.get(i))
        .map(|t| t.key.as_str().to_owned())
        .find(|n| super::lexicon::honorifics().contains(n.as_str()))?;
    let (_, titles) = HONOURED
        .iter()
        .find(|(stem, _)| pronoun.starts_with(stem))?;
    let titled = |i: usize| {
        ctx.toks
            .get(i)
            .is_some_and(|t| title_key(t.key.as_str()).is_some_and(|key| titles.contains(&key)))
    };
    // A recent speaker named after such a title ("أمير المنطقة الأمير فلان" then "ونقل سموه تحيات ... ولي العهد
    // الأمير علان ... وأكد سموه"): the one the article goes on quoting.
    let titled_before = |m: &crate::analysis::Mention| {
        let first = ctx.tok_at(m.span.start);
        (first.saturating_sub(HONOURED_NAME_REACH)..first).any(titled)
    };
    for r in memory.recent.iter().rev() {
        let Some(e) = r.entity.and_then(|e| ctx.entities.get(e)) else {
            continue;
        };
        let named = e
            .mentions
            .iter()
            .take(HONOURED_MENTIONS)
            .filter_map(|&i| ctx.mentions.get(i))
            .any(|m| m.span.start < cue.start && titled_before(m));
        if named {
            return Some(r.clone());
        }
    }
    for i in (k.saturating_sub(LOOKBACK)..k).rev() {
        if !titled(i) {
            continue;
        }
        for j in i + 1..(i + 1 + HONOURED_NAME_REACH).min(k) {
            let Some(t) = ctx.toks.get(j) else { break };
            if ctx.ends_sentence(j) {
                break;
            }
            if let Some(m) = ctx
                .mentions_over(t.span)
                .find(|m| m.label == EntityLabel::Per && m.span.start == t.span.start)
            {
                let s = make_speaker(ctx, m.span, Some(m.entity));
                // A person the article quoted already under another name form keeps it.
                return Some(
                    memory
                        .recent
                        .iter()
                        .find(|r| r.entity.is_some() && r.entity == s.entity)
                        .cloned()
                        .unwrap_or(s),
                );
            }
            // Past titles and their adjectives ("الملكي"), nothing else.
            let key = t.key.as_str();
            if !(t.is_word() && (is_title(key) || key.starts_with("ال") || key.starts_with("وال")))
            {
                break;
            }
        }
    }
    None
}

/// How many tokens back a feminine verb looks for the organisation or woman it agrees with.
const FEMININE_REACH: usize = 400;

/// "أطلقت وزارة العمل برنامجا ... وقال الوزير فلان إن ... وأوضحت أن": a feminine verb without a subject, when no
/// recent speaker is known to agree with it and the last one is known to be a man, has for subject the nearest
/// organisation with a feminine head ("وزارة", "هيئة", "شركة") or woman (named after a feminine title) before it,
/// not governed by a preposition.
fn feminine_subject(
    ctx: &Ctx,
    memory: &Memory,
    d: &Draft,
    out: &[Quote],
    gender: Option<Gender>,
) -> Option<Speaker> {
    if gender != Some(Gender::Feminine) {
        return None;
    }
    let last = memory.last.as_ref()?;
    if memory.genders.get(&last.name) != Some(&Gender::Masculine) {
        return None;
    }
    // "وأضافت الوزارة ... التقت الصحيفة المواطنة فلانة ... وقال المدير ... وقالت": a recent speaker who agrees
    // with the verb stands for it, unless a woman or organisation was named after her last statement.
    let since = if memory
        .recent
        .iter()
        .any(|s| memory.genders.get(&s.name) == Some(&Gender::Feminine))
    {
        out.iter()
            .rev()
            .find(|q| {
                q.speaker
                    .as_ref()
                    .is_some_and(|s| memory.genders.get(&s.name) == Some(&Gender::Feminine))
            })?
            .span
            .end
    } else {
        0
    };
    let cue = d.cue?;
    let end = ctx.tok_at(cue.start);
    let before = ctx
        .toks
        .get(end.saturating_sub(FEMININE_REACH))?
        .span
        .start
        .max(since);
    let feminine = |w: &str| w.ends_with('ه') && w.chars().count() >= 3;
    ctx.mentions_in(Span::new(before, cue.start))
        .iter()
        .rev()
        .filter(|m| !super::speaker::governed(ctx, m.span))
        .find(|m| {
            let first = ctx.tok_at(m.span.start);
            match m.label {
                EntityLabel::Org => ctx
                    .toks
                    .get(first)
                    .is_some_and(|t| feminine(bare_head(t.key.as_str()))),
                // "الدكتورة فلانة", "المواطنة فلانة": a feminine title or definite noun of a person before her.
                // Not the genitive of a man's title ("رئيس الهيئة فلان").
                EntityLabel::Per => first.checked_sub(1).is_some_and(|p| {
                    ctx.toks.get(p).is_some_and(|t| {
                        let key = t.key.as_str();
                        let noun = key.starts_with("ال")
                            && key.chars().count() >= 6
                            && !super::lexicon::org_heads().contains(bare_head(key))
                            && !p
                                .checked_sub(1)
                                .and_then(|b| ctx.toks.get(b))
                                .is_some_and(|b| is_title(b.key.as_str()));
                        (is_title(key) || noun) && feminine(key)
                    })
                }),
                _ => false,
            }
        })
        .map(|m| make_speaker(ctx, m.span, Some(m.entity)))
}

/// A word without a leading و and article ("ووزارة" -> "وزاره").
fn bare_head(key: &str) -> &str {
    super::lexicon::bare(key)
}

/// Only the first blocks of an article hold its dateline.
const BYLINE_BLOCKS: usize = 4;

/// Most tokens from a dateline's start to its colon.
const BYLINE_TOKENS: usize = 16;

/// True when `span` is a name in the dateline at the head of the article ("ريم أحمد- سبق- الرياض: ..."): in one
/// of its first blocks, followed by a dash, with the dateline's colon after it among the block's first tokens.
fn in_byline(ctx: &Ctx, span: Span) -> bool {
    let k = ctx.tok_at(span.end);
    let start = ctx.block_start(k.saturating_sub(1));
    let Some(first) = ctx.toks.get(start) else {
        return false;
    };
    if first.block >= BYLINE_BLOCKS {
        return false;
    }
    let dash = ctx
        .toks
        .get(k)
        .is_some_and(|t| matches!(t.raw, "-" | "–" | "—"));
    dash && (k..start + BYLINE_TOKENS).any(|j| {
        ctx.toks
            .get(j)
            .is_some_and(|t| t.block == first.block && t.raw == ":")
    })
}

/// "بحسب عدد من المهندسين فإن ...، مشيرين إلى أن", "قال فلان إن ...، مؤكدا أن": a participle after a statement
/// in the same sentence shares that statement's speaker, whatever the clause between names, unless the
/// participle's gender disagrees with what is known of that speaker, or an honorific after it names its own
/// subject ("مؤكدا سموه").
fn participle_continues(
    ctx: &Ctx,
    memory: &Memory,
    d: &Draft,
    prev: Option<&Quote>,
    gender: Option<Gender>,
) -> Option<Speaker> {
    let cue = d.cue?;
    let info = cues::lookup(&normalize(ctx.slice(cue)))?;
    if info.form != cues::CueForm::Participle || d.who == Who::Honorific {
        return None;
    }
    let prev = prev?;
    let s = prev.speaker.clone()?;
    let sentence = ctx.sentence_start(ctx.tok_at(cue.start));
    let prev_at = prev
        .cue
        .map_or(prev.span.start, |c| c.start.min(prev.span.start));
    let same = ctx.sentence_start(ctx.tok_at(prev_at)) == sentence && prev.span.end <= cue.start;
    let agrees = gender.is_none_or(|g| memory.genders.get(&s.name).is_none_or(|&k| k == g));
    (same && agrees).then_some(s)
}

/// When the draft's cue is a finite reporting verb (no participle or noun, not "وأضاف"-like) that opens its
/// paragraph: the cue's token and the first token of the paragraph before, unless that is a heading.
fn opener_and_paragraph_before(ctx: &Ctx, d: &Draft) -> Option<(usize, usize)> {
    let cue = d.cue?;
    let info = cues::lookup(&normalize(ctx.slice(cue)))?;
    if info.form == cues::CueForm::Participle
        || info.form == cues::CueForm::Noun
        || continues(&normalize(ctx.slice(cue)))
    {
        return None;
    }
    let at = ctx.tok_at(cue.start);
    if ctx.block_start(at) != at || at == 0 {
        return None;
    }
    let before = ctx.block_start(at - 1);
    let first = ctx.toks.get(before)?;
    (!ctx.heading_like(first.block)).then_some((at, before))
}

/// How many words (titles, their complements, names of places and organisations) may stand between the start
/// of a paragraph and the person who is its subject ("وكان رئيس نادي الهلال فلان قد").
const PARAGRAPH_SUBJECT_REACH: usize = 8;

/// "وكان رئيس النادي فلان قد زار اللاعبين ...", then a paragraph opening with "وقال:": a reporting verb without a
/// subject that opens its paragraph, after a paragraph with no statement whose first sentence has a person for
/// subject (named after its first word, past titles, their complements and the verb's adverbs), has that person
/// for subject, not the speaker before. The person's gender must not disagree with the verb's (a man's name is
/// not read for "وقالت"; names carry no gender here, so only a feminine verb after a masculine title is refused).
fn paragraph_subject_before(
    ctx: &Ctx,
    d: &Draft,
    prev: Option<&Quote>,
    gender: Option<Gender>,
) -> Option<Speaker> {
    let (k, before) = opener_and_paragraph_before(ctx, d)?;
    let first = ctx.toks.get(before)?;
    // The previous paragraph holds no statement.
    if prev.is_some_and(|q| q.span.end > first.span.start) {
        return None;
    }
    // Its first word is a verb or كان, no reporting word, no function word.
    let kana = matches!(
        first
            .key
            .as_str()
            .strip_prefix('و')
            .unwrap_or(first.key.as_str()),
        "كان" | "كانت"
    );
    if cues::lookup(first.key.as_str()).is_some() || (is_stop_word(ctx, before) && !kana) {
        return None;
    }
    // The subject comes right after the first word: a title ("رئيس النادي") or the name itself; a definite noun
    // there is the subject instead ("وخسر الفريق اللاعب فلان": the player is the object).
    let second = ctx.toks.get(before + 1)?;
    let named_here = ctx
        .mentions_over(second.span)
        .any(|m| m.label == EntityLabel::Per && m.span.start == second.span.start);
    if !(named_here || is_title(second.key.as_str())) {
        return None;
    }
    let mut j = before + 1;
    while j < k && j <= before + PARAGRAPH_SUBJECT_REACH {
        let t = ctx.toks.get(j)?;
        if !t.is_word() || ctx.ends_sentence(j) {
            return None;
        }
        if let Some(m) = ctx
            .mentions_over(t.span)
            .find(|m| m.span.start == t.span.start)
        {
            if m.label == EntityLabel::Per {
                if gender == Some(Gender::Feminine) && j > before + 1 {
                    let title = ctx.toks.get(j - 1)?;
                    if is_title(title.key.as_str()) && !title.key.as_str().ends_with('ه') {
                        return None;
                    }
                }
                return Some(make_speaker(ctx, m.span, Some(m.entity)));
            }
            j = ctx.tok_at(m.span.end).max(j + 1);
            continue;
        }
        let key = t.key.as_str();
        let head = super::lexicon::org_heads().contains(key.strip_prefix('و').unwrap_or(key));
        if key != "قد"
            && (!(is_title(key) || head || key.starts_with("ال")) || is_stop_word(ctx, j))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// "وافتتح المحافظ الجناح الياباني.", then a paragraph opening with "وأكد أن": like [`paragraph_subject_before`],
/// when the previous paragraph (with no statement) opens with a verb and a definite title that no name follows,
/// that title is the subject (its words and span, read with its office words), not the speaker before. The
/// title's gender must agree with the verb's.
fn paragraph_title_before(
    ctx: &Ctx,
    draft: &Draft,
    prev: Option<&Quote>,
    gender: Option<Gender>,
) -> Option<(Vec<String>, Span)> {
    let (at, before) = opener_and_paragraph_before(ctx, draft)?;
    let first = ctx.toks.get(before)?;
    if prev.is_some_and(|q| q.span.end > first.span.start) {
        return None;
    }
    if !first.is_word()
        || cues::lookup(first.key.as_str()).is_some()
        || is_stop_word(ctx, before)
        || is_title(first.key.as_str())
        || ctx.mentions_over(first.span).next().is_some()
    {
        return None;
    }
    let second = ctx.toks.get(before + 1).filter(|_| before + 1 < at)?;
    let key = second.key.as_str();
    if !(second.is_word() && key.starts_with("ال") && is_title(key))
        || is_honour_title(title_key(key)?)
    {
        return None;
    }
    let feminine = title_key(key)?.ends_with('ه');
    if gender.is_some_and(|g| (g == Gender::Feminine) != feminine) {
        return None;
    }
    // The title's office words (definite, no title, no person) up to the verb's object.
    let mut title_end = before + 2;
    while title_end < at && title_end < before + 2 + PARAGRAPH_SUBJECT_REACH {
        let Some(t) = ctx.toks.get(title_end) else {
            break;
        };
        let named = ctx
            .mentions_over(t.span)
            .any(|m| m.label == EntityLabel::Per);
        if named && !super::speaker::governed(ctx, t.span) {
            // A name after the title: the paragraph's subject is that person, read elsewhere.
            return None;
        }
        // A definite title takes no genitive: only its adjectives follow it ("المتحدث الرسمي", "الأمين العام");
        // another definite noun is the verb's object ("وافتتح المحافظ الجناح").
        let word = t.key.as_str();
        let adjective = word.starts_with("ال")
            && (word.ends_with('ي') || word.ends_with("يه") || word == "العام");
        if !t.is_word() || !adjective || is_title(word) {
            break;
        }
        title_end += 1;
    }
    // No person is named ungoverned in the paragraph's first sentence (else a name may be the subject).
    let end = (before..at)
        .find(|&i| ctx.ends_sentence(i))
        .map_or(at, |i| i + 1);
    let person = (title_end..end).any(|i| {
        ctx.toks.get(i).is_some_and(|t| {
            ctx.mentions_over(t.span)
                .any(|m| m.label == EntityLabel::Per && m.span.start == t.span.start)
                && !super::speaker::governed(ctx, t.span)
        })
    });
    if person {
        return None;
    }
    let last = ctx.toks.get(title_end - 1)?;
    let words = vec![title_key(key)?.to_owned()];
    Some((words, Span::new(second.span.start, last.span.end)))
}

/// Verbs that say the speaker goes on ("وأضاف", "وتابع", "واستطرد", "وأردف"), normalised stems: their subject
/// is the speaker before, whatever was told between.
const CONTINUING: &[&str] = &["اضاف", "تابع", "استطرد", "اردف", "يضيف", "يتابع"];

/// True for a continuing verb ([`CONTINUING`]) in any person, with or without و/ف.
pub(super) fn continues(norm: &str) -> bool {
    let bare = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    CONTINUING.iter().any(|v| {
        bare.starts_with(v)
            || bare
                .strip_prefix('ت')
                .is_some_and(|r| v.strip_prefix('ي').is_some_and(|s| r.starts_with(s)))
    })
}

/// A function word, reporting word or prepositional phrase at token `i`.
fn is_stop_word(ctx: &Ctx, i: usize) -> bool {
    super::speaker::is_stop(ctx, i)
}

/// The speaker a title stands for: the holder last introduced with it, else the name the article gives the
/// holder, else the last speaker (unless that was another unnamed title, or this is a headline), else the title as
/// written.
fn title_speaker(
    ctx: &Ctx,
    memory: &mut Memory,
    words: &[String],
    span: Span,
    headline: bool,
    gender: Option<Gender>,
) -> Speaker {
    let literal = make_speaker(ctx, span, None);
    let phrase = normalize(&literal.name);
    // "أكد وزير الخارجية السعودي" after "وزير الخارجية الأمريكي فلان" spoke: the same title of another country,
    // held by nobody the article named with it.
    if !headline && another_office_only(ctx, words, span) {
        memory.literal_titles.insert(phrase);
        return literal;
    }
    // The last speaker unless that was another unnamed title ("مدرب الهلال" then "مدرب النصر") or no person
    // ("مصدر أمني", "الوزارة": a title names a person).
    let last = memory
        .last
        .clone()
        .filter(|l| {
            !memory.literal_titles.contains(&normalize(&l.name)) || normalize(&l.name) == phrase
        })
        // "وقالت المديرة" is not the man who spoke last.
        .filter(|l| {
            gender.is_none_or(|g| memory.genders.get(&l.name).is_none_or(|&known| known == g))
        })
        .filter(|l| {
            memory.persons.contains(&l.name)
                || l.entity
                    .and_then(|e| ctx.entities.get(e))
                    .is_some_and(|e| e.label == EntityLabel::Per)
        })
        .filter(|_| !headline);
    // The office before the honour: "معالي الوزير" is the minister.
    let key = words
        .iter()
        .find(|w| !is_honour_title(w))
        .or_else(|| words.first());
    // "وقال ولي العهد" after the minister spoke: a speaker introduced with another office holds not this one.
    let last = last.filter(|l| {
        !memory
            .by_title
            .iter()
            .any(|(t, s)| s.name == l.name && !is_honour_title(t) && Some(t) != key)
            || key.is_some_and(|k| memory.by_title.get(k).is_some_and(|s| s.name == l.name))
    });
    // "وتابع الوزير الروسي" after "نظيره الروسي فلان": the person the article introduced with that nationality.
    if !headline && let Some(s) = nationality_holder(ctx, words, span) {
        return s;
    }
    let found = (!headline)
        .then(|| {
            bare_title_holder(ctx, memory, words, span)
                .or_else(|| office_holder(ctx, memory, words, span))
        })
        .flatten()
        .or_else(|| key.and_then(|w| memory.by_title.get(w).cloned()))
        .or_else(|| words.first().and_then(|w| memory.by_title.get(w).cloned()))
        .or_else(|| title_holder(ctx, words, span.start, headline))
        // "وقال الطبيب المعالج" after "رئيس النادي فلان" spoke: a person the article introduced with other offices
        // only holds not this one.
        .or(last.filter(|l| !introduced_otherwise(ctx, words, span, l, span.start)))
        // "مدير الأمن بالمهرجان" after "مدير العلاقات العامة فلان": the same title of another office.
        .filter(|s| headline || !other_office(ctx, words, span, s))
        .or_else(|| {
            (!headline)
                .then(|| {
                    office_holder_ahead(ctx, words, span)
                        .or_else(|| bare_holder_ahead(ctx, memory, words, span))
                })
                .flatten()
        });
    // Nobody introduced with this title, in a body sentence: the person the article is about.
    // Before anyone has spoken, nobody introduced with this title in a body sentence: the person the article is
    // about (read once: every mention is looked at). Later the title stays as written, better than a guess.
    let found = found.or_else(|| {
        (!headline && memory.last.is_none())
            .then(|| memory.central.get_or_init(|| central_person(ctx)).clone())
            .flatten()
            // "وقال المدرب إن" when the article's person is "اللاعب فلان": not the one introduced with other offices.
            .filter(|c| !introduced_otherwise(ctx, words, span, c, usize::MAX))
    });
    if found.is_none() {
        memory.literal_titles.insert(phrase);
    }
    // Nobody to resolve to: the title as written is better than a guess.
    found.unwrap_or(literal)
}

/// The first [`HONOURED_MENTIONS`] mentions of the person `s` (none without an entity) that start before `span`.
fn early_mentions_before<'c>(
    ctx: &'c Ctx,
    s: &Speaker,
    span: Span,
) -> impl Iterator<Item = &'c crate::analysis::Mention> + 'c {
    s.entity
        .and_then(|e| ctx.entities.get(e))
        .into_iter()
        .flat_map(|e| e.mentions.iter().take(HONOURED_MENTIONS))
        .filter_map(|&i| ctx.mentions.get(i))
        .filter(move |m| m.span.start < span.start)
}

/// How many tokens before a holder's mention [`other_office`] looks for the title they were introduced with.
const INTRODUCED_TITLE_REACH: usize = 12;

/// True when the title at `span` is written with an office (its first office word) and the person `s` was named
/// right after the same title written with another office ("مدير العلاقات العامة ... فلان" is not "مدير الأمن").
fn other_office(ctx: &Ctx, words: &[String], span: Span, s: &Speaker) -> bool {
    let Some(head) = words.iter().find(|w| !is_honour_title(w)) else {
        return false;
    };
    // A nationality ("الوزير الألماني") is no office: another reading looks for the person introduced with it.
    let lexicon = Lexicon::bundled();
    let office = office_words(ctx, span);
    let Some(first_office) = office
        .first()
        .filter(|w| !lexicon.flags(w).contains(Flags::NATIONALITY))
    else {
        return false;
    };
    // "وقال ناطق عسكري لبناني ... واوضح المتحدث باسم حزب الله": an unnamed source described by its nationality
    // or by a title is the holder of this office only when its words name the office.
    if s.entity.is_none() {
        let words = normalize(&s.name);
        let described = words
            .split_whitespace()
            .enumerate()
            .any(|(n, w)| lexicon.flags(w).contains(Flags::NATIONALITY) || (n == 0 && is_title(w)));
        return described
            && !words
                .split_whitespace()
                .any(|w| same_office_word(w, first_office));
    }
    // The titles the person was named after (at any of their first mentions before the title): another office
    // and not this one.
    let mut other = false;
    for m in early_mentions_before(ctx, s, span) {
        let at = ctx.tok_at(m.span.start);
        let Some(i) = (at.saturating_sub(INTRODUCED_TITLE_REACH)..at)
            .rev()
            .find(|&i| {
                ctx.toks
                    .get(i)
                    .is_some_and(|t| title_key(t.key.as_str()) == Some(head.as_str()))
            })
        else {
            continue;
        };
        let mut after = i + 1;
        while ctx
            .toks
            .get(after)
            .is_some_and(|w| TITLE_LINKS.contains(&w.key.as_str()))
        {
            after += 1;
        }
        let Some(word) = ctx.toks.get(after).filter(|w| after < at && w.is_word()) else {
            continue;
        };
        // "الرئيس الأمير فلان": a second title in apposition. "رئيس الوزراء فلان": a definite title word after an
        // indefinite title is its genitive, the office.
        let construct = ctx.toks.get(i).is_some_and(|t| {
            !t.key.as_str().starts_with("ال") && !t.key.as_str().starts_with("وال")
        }) && word.key.as_str().starts_with("ال");
        if is_title(word.key.as_str()) && !construct {
            continue;
        }
        if office_at(ctx, after, first_office) {
            return false;
        }
        other = true;
    }
    other
}

/// Titles of rank and address (normalised title keys) that stand before a name whatever office its holder has.
const RANKS: &[&str] = &[
    "امير",
    "اميره",
    "شيخ",
    "دكتور",
    "دكتوره",
    "مهندس",
    "استاذ",
    "استاذه",
    "لواء",
    "عميد",
    "عقيد",
];

/// True when the title at `span` names an office (no rank or honour) and the person `s` was introduced with
/// office titles (within [`INTRODUCED_TITLE_REACH`] tokens before one of their first mentions), none of them this
/// one.
///
/// Mentions that start before `until` count ([`usize::MAX`]: the person introduced later in the article too).
fn introduced_otherwise(
    ctx: &Ctx,
    words: &[String],
    span: Span,
    s: &Speaker,
    until: usize,
) -> bool {
    let office = |t: &str| !is_honour_title(t) && !RANKS.contains(&t);
    let Some(head) = words.iter().find(|w| !is_honour_title(w)) else {
        return false;
    };
    if !office(head) {
        return false;
    }
    if s.entity.and_then(|e| ctx.entities.get(e)).is_none() {
        return false;
    }
    let mut other = false;
    for m in early_mentions_before(ctx, s, Span::new(until, until)) {
        let at = ctx.tok_at(m.span.start);
        // The words before the mention (quote marks and commas not counted), in its paragraph and its sentence (a
        // title in the sentence before is another person's: "وقال المدرب ... . وزار الوزير فلان").
        let block = ctx.toks.get(at).map(|t| t.block);
        let before = (at.saturating_sub(2 * INTRODUCED_TITLE_REACH)..at)
            .rev()
            .take_while(|&i| !ctx.ends_sentence(i))
            .filter(|&i| {
                ctx.toks
                    .get(i)
                    .is_some_and(|t| t.is_word() && Some(t.block) == block)
            })
            .take(INTRODUCED_TITLE_REACH);
        for i in before {
            // "مدربا النصر والهلال فلان وعلان": a dual title in construct holds the title. An abbreviation ("م",
            // "د") is too short to tell an office.
            let Some(key) = ctx.toks.get(i).and_then(|t| {
                let w = t.key.as_str();
                title_key(w).or_else(|| w.strip_suffix('ا').and_then(title_key))
            }) else {
                continue;
            };
            if key.chars().count() < 3 {
                continue;
            }
            // "مدربا" (dual, listed as written) holds "مدرب".
            if key == head || key.strip_suffix('ا') == Some(head.as_str()) {
                return false;
            }
            other |= office(key);
        }
    }
    // "وقال وزير المالية" after a speaker never called a minister: a title written with its office (in construct,
    // "وزير المالية") introduces its holder afresh. (Not asked of the article's central person, who may be the
    // one the article names with that office only later.)
    let construct = until != usize::MAX
        && ctx.toks.get(ctx.tok_at(span.start)).is_some_and(|t| {
            let k = t.key.as_str();
            !k.starts_with("ال") && !k.starts_with("وال")
        })
        && !office_words(ctx, span).is_empty();
    other || construct
}

/// Office words written two ways for one office (bare, normalised): "رئيس الحكومة" is "رئيس الوزراء".
const SAME_OFFICE_WORDS: &[(&str, &str)] = &[("حكومه", "وزراء")];

/// A word without و and article, for comparing office words ("المجلس" and "مجلس").
fn office_bare(key: &str) -> &str {
    super::lexicon::bare(key)
}

/// How many tokens after a bare title its holder may be introduced.
const BARE_AHEAD: usize = 80;

/// "تفقد الوزير فلان المراكز. وقال المتحدث إن ... وأوضح المتحدث الأمني لوزارة الداخلية اللواء علان أن": a bare
/// title (no office words) that nothing before resolves, before anyone has spoken, stands for the person the
/// article introduces next with that title, not for the person the article is about.
fn bare_holder_ahead(ctx: &Ctx, memory: &Memory, words: &[String], span: Span) -> Option<Speaker> {
    if memory.last.is_some() || !office_words(ctx, span).is_empty() {
        return None;
    }
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let from = ctx.tok_at(span.end);
    (from..(from + BARE_AHEAD).min(ctx.toks.len())).find_map(|i| {
        let t = ctx.toks.get(i)?;
        if title_key(t.key.as_str()) != Some(head.as_str()) {
            return None;
        }
        super::speaker::person_after_title(ctx, i + 1, i + 1 + super::speaker::LONG_TITLE_REACH)
            .map(|(m, _)| make_speaker(ctx, m.span, Some(m.entity)))
    })
}

/// True when the office written from token `k` starts with `first_office`, or with the head of its institution and
/// then `first_office` ("رئيس الاتحاد" is "رئيس نادي الاتحاد", "رئيس الشورى" is "رئيس مجلس الشورى").
fn office_at(ctx: &Ctx, k: usize, first_office: &str) -> bool {
    let same = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|n| same_office_word(n.key.as_str(), first_office))
    };
    same(k)
        || (ctx
            .toks
            .get(k)
            .is_some_and(|n| super::lexicon::org_heads().contains(n.key.as_str()))
            && same(k + 1))
}

/// True when office words `a` and `b` (normalised) name the same office.
fn same_office_word(a: &str, b: &str) -> bool {
    let (a, b) = (office_bare(a), office_bare(b));
    a == b
        || SAME_OFFICE_WORDS
            .iter()
            .any(|&(x, y)| (a == x && b == y) || (a == y && b == x))
}

/// "وقال رئيس المجلس" after "رئيس مجلس النواب فلان ... رئيس الوزراء علان": a title written with its office
/// stands for the person the article named after the same title and office (the first office word compared
/// without article: "المجلس" is "مجلس النواب"), one who has spoken, else the nearest before it; a holder of the
/// same title for another office ("رئيس الوزراء") is not them.
fn office_holder(ctx: &Ctx, memory: &Memory, words: &[String], span: Span) -> Option<Speaker> {
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let office = office_words(ctx, span);
    let first_office = office.first()?;
    let at = ctx.tok_at(span.start);
    // The nearest holder, unless one further back has spoken.
    let mut nearest = None;
    for i in ctx.titled(head, at.saturating_sub(LOOKBACK)..at).rev() {
        let mut k = i + 1;
        while ctx
            .toks
            .get(k)
            .is_some_and(|n| TITLE_LINKS.contains(&n.key.as_str()))
        {
            k += 1;
        }
        if !ctx.toks.get(k).is_some_and(|n| n.is_word()) || !office_at(ctx, k, first_office) {
            continue;
        }
        let to = (k + super::speaker::LONG_TITLE_REACH).min(at);
        if let Some((m, _)) = super::speaker::person_after_title(ctx, k, to) {
            if memory.spoken.contains(&m.entity) {
                return Some(make_speaker(ctx, m.span, Some(m.entity)));
            }
            nearest.get_or_insert_with(|| make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    nearest
}

/// "قال المتحدث الأمني لوزارة الداخلية إن ... وأكد المتحدث الأمني لوزارة الداخلية اللواء فلان": a title with
/// its office that nothing before resolves stands for the person the article names later after the same title
/// and office (the first office word compared without article), the nearest after it.
fn office_holder_ahead(ctx: &Ctx, words: &[String], span: Span) -> Option<Speaker> {
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let office = office_words(ctx, span);
    let first_office = office.first()?;
    let from = ctx.tok_at(span.end);
    for i in ctx.titled(head, from..(from + LOOKBACK).min(ctx.toks.len())) {
        // Past the title's links and adjectives ("المتحدث الأمني", "مدير عام") to its first office word.
        let mut k = i + 1;
        while ctx.toks.get(k).is_some_and(|n| {
            TITLE_LINKS.contains(&n.key.as_str())
                || (n.key.as_str().starts_with("ال")
                    && !same_office_word(n.key.as_str(), first_office)
                    && k < i + 1 + BARE_TITLE_ADJECTIVES)
        }) {
            k += 1;
        }
        if !ctx.toks.get(k).is_some_and(|n| n.is_word()) || !office_at(ctx, k, first_office) {
            continue;
        }
        if let Some((m, _)) =
            super::speaker::person_after_title(ctx, k, k + super::speaker::LONG_TITLE_REACH)
        {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    None
}

/// How many adjectives may stand between a bare title and its holder's name ("الرئيس الأمريكي باراك أوباما").
const BARE_TITLE_ADJECTIVES: usize = 2;

/// "وأكد الرئيس" after "قال الرئيس فلان" and then "رئيس الوزراء علان": a title written bare (definite, with no
/// office words after it) stands for the person the article named after the same bare title ("الرئيس فلان",
/// "الرئيس الأمريكي فلان"), the nearest before it, not for a holder of an office named with that title's
/// genitive ("رئيس الوزراء").
fn bare_title_holder(ctx: &Ctx, memory: &Memory, words: &[String], span: Span) -> Option<Speaker> {
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let definite = |k: &str| k.strip_prefix('و').unwrap_or(k).starts_with("ال");
    let at = ctx.tok_at(span.start);
    let first = ctx.toks.get(at)?;
    // "وفقا للوزير": ل on the article, its alif dropped.
    let lam_definite = first.key.as_str().starts_with("لل")
        && super::speaker::lam_title_key(first.key.as_str()).is_some();
    if !(definite(first.key.as_str()) || lam_definite) || !office_words(ctx, span).is_empty() {
        return None;
    }
    // The nearest holder, unless one further back has spoken (a holder named in passing is not the one quoted).
    let mut nearest = None;
    for i in ctx.titled(head, at.saturating_sub(LOOKBACK)..at).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        if !definite(t.key.as_str()) {
            continue;
        }
        for j in i + 1..=i + 1 + BARE_TITLE_ADJECTIVES {
            let Some(n) = ctx.toks.get(j) else { break };
            if let Some(m) = ctx
                .mentions_over(n.span)
                .find(|m| m.label == EntityLabel::Per && m.span.start == n.span.start)
            {
                if memory.spoken.contains(&m.entity) {
                    return Some(make_speaker(ctx, m.span, Some(m.entity)));
                }
                nearest.get_or_insert_with(|| make_speaker(ctx, m.span, Some(m.entity)));
                break;
            }
            // Only adjectives (definite words that are no titles) between.
            if !(n.is_word() && n.key.as_str().starts_with("ال") && !is_title(n.key.as_str())) {
                break;
            }
        }
    }
    nearest
}

/// The person introduced with the nationality adjective that the title at `span` is written with ("الوزير
/// الروسي" for "نظيره الروسي سيرغي لافروف", "المدرب البرتغالي" for "المدرب البرتغالي فلان"): the nearest person
/// mention before the title that follows the same adjective (past at most a comma), where the adjective follows
/// the same title or "counterpart" (نظيره) within [`NATIONALITY_TITLE_REACH`] tokens.
fn nationality_holder(ctx: &Ctx, words: &[String], span: Span) -> Option<Speaker> {
    let head = words.iter().find(|w| !is_honour_title(w))?;
    let lexicon = Lexicon::bundled();
    let nationalities: Vec<String> = office_words(ctx, span)
        .into_iter()
        .filter(|w| lexicon.flags(w).contains(Flags::NATIONALITY))
        .collect();
    if nationalities.is_empty() {
        return None;
    }
    let end = ctx.tok_at(span.start);
    for i in (end.saturating_sub(LOOKBACK)..end).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        let key = t.key.as_str();
        let key = if nationalities.iter().any(|n| n == key) {
            key
        } else {
            key.strip_prefix('و').unwrap_or(key)
        };
        if !nationalities.iter().any(|n| n == key) {
            continue;
        }
        let titled = (i.saturating_sub(NATIONALITY_TITLE_REACH)..i).any(|p| {
            ctx.toks.get(p).is_some_and(|p| {
                let n = p.key.as_str();
                let n = n.strip_prefix('و').unwrap_or(n);
                title_key(n) == Some(head.as_str()) || n.starts_with("نظير")
            })
        });
        if !titled {
            continue;
        }
        let mut j = i + 1;
        if ctx
            .toks
            .get(j)
            .is_some_and(|n| n.is_punct(super::context::COMMAS))
        {
            j += 1;
        }
        let Some(n) = ctx.toks.get(j).filter(|_| j < end) else {
            continue;
        };
        if let Some(m) = ctx
            .mentions_over(n.span)
            .find(|m| m.label == EntityLabel::Per && m.span.start == n.span.start)
        {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    None
}

/// How many tokens before a nationality adjective its title may stand ("وزير الطاقة الروسي").
const NATIONALITY_TITLE_REACH: usize = 4;

/// Words inside a title phrase that belong to the title, not to its office ("مدير عام", "المتحدث باسم").
const TITLE_LINKS: &[&str] = &["عام", "باسم", "بلسان"];

/// The words a title is written with after its title words, normalised: "النصر" of "مدرب النصر", "الخارجية
/// السعودي" of "وزير الخارجية السعودي".
fn office_words(ctx: &Ctx, span: Span) -> Vec<String> {
    let first = ctx.tok_at(span.start);
    (first..ctx.tok_at(span.end))
        .filter_map(|k| ctx.toks.get(k).map(|t| (k, t)))
        .filter(|(_, t)| t.is_word())
        // "وفقا للوزير": the title with the attribution's ل on it.
        .filter(|&(k, t)| k != first || super::speaker::lam_title_key(t.key.as_str()).is_none())
        .map(|(_, t)| t.key.as_str().to_owned())
        .filter(|k| !is_title(k) && !TITLE_LINKS.contains(&k.as_str()))
        .collect()
}

/// True when every earlier title `words` of the article is written for another country than the one in `span`:
/// where this title has a nationality adjective, that one has another ("وزير الخارجية الأمريكي" for "وزير الخارجية
/// السعودي"); one person holds no office of two countries, while a person may hold two offices of one, so other
/// words do not count. A name where this title has a word is no other office ("وزير الخارجية فلان"). False when
/// the title has no office words or no earlier occurrence.
fn another_office_only(ctx: &Ctx, words: &[String], span: Span) -> bool {
    let Some(head) = words.iter().find(|w| !is_honour_title(w)) else {
        return false;
    };
    let office = office_words(ctx, span);
    if office.is_empty() {
        return false;
    }
    let lexicon = Lexicon::bundled();
    let nationality = |w: &str| lexicon.flags(w).contains(Flags::NATIONALITY);
    let end = ctx.tok_at(span.start);
    let mut seen = false;
    for i in ctx.titled(head, end.saturating_sub(LOOKBACK)..end).rev() {
        seen = true;
        let mut k = i + 1;
        let mut conflict = false;
        for w in &office {
            while ctx
                .toks
                .get(k)
                .is_some_and(|n| TITLE_LINKS.contains(&n.key.as_str()))
            {
                k += 1;
            }
            let Some(n) = ctx.toks.get(k) else { break };
            let key = n.key.as_str();
            if key == w {
                k += 1;
                continue;
            }
            conflict = n.is_word() && nationality(key) && nationality(w);
            break;
        }
        if !conflict {
            return false;
        }
    }
    seen
}

/// Leading words of an institution's name that an earlier "title + institution + name" must repeat ("إدارة
/// التراخيص بالفرع" then "إدارة التراخيص بفرع الهيئة").
const INSTITUTION_KEY_WORDS: usize = 2;

/// An office title written right before an organisation ("مدير جوازات نجران") whose holder the article never
/// named: the title and organisation as written, with no entity.
fn unnamed_office(
    ctx: &Ctx,
    title: &[String],
    org: Span,
    entity: Option<usize>,
) -> Option<Speaker> {
    let last = title.last()?;
    let org_entity = entity
        .and_then(|e| ctx.entities.get(e))
        .is_some_and(|e| e.label == EntityLabel::Org);
    if !org_entity || title.iter().any(|t| is_honour_title(t)) {
        return None;
    }
    let k = ctx.tok_at(org.start).checked_sub(1)?;
    let t = ctx.toks.get(k)?;
    if title_key(t.key.as_str()) != Some(last.as_str()) || t.key.as_str().starts_with("ال") {
        return None;
    }
    Some(make_speaker(ctx, Span::new(t.span.start, org.end), None))
}

/// How many words may stand between a title and a one-word institution's name ("رئيس تحرير جريدة الوفاق").
const TITLE_TO_INSTITUTION: usize = 3;

/// "ويضيف رئيس تحرير جريدة الوفاق" after "رئيس تحرير جريدة الوفاق فلان": an institution named in one word, with
/// the words between the title and it, is told apart by the whole phrase; the person named after the same phrase
/// earlier speaks.
fn titled_institution_holder(ctx: &Ctx, head: &str, org: Span) -> Option<Speaker> {
    let at = ctx.tok_at(org.start);
    let end = ctx.tok_at(org.end);
    let title = (at.saturating_sub(TITLE_TO_INSTITUTION + 1)..at)
        .rev()
        .find(|&i| {
            ctx.toks
                .get(i)
                .is_some_and(|t| title_key(t.key.as_str()) == Some(head))
        })?;
    let phrase: Vec<String> = (title + 1..end)
        .map(|k| ctx.toks.get(k).map(|t| t.key.as_str().to_owned()))
        .collect::<Option<_>>()?;
    if phrase.len() < INSTITUTION_KEY_WORDS {
        return None;
    }
    for i in (title.saturating_sub(LOOKBACK)..title).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        if title_key(t.key.as_str()) != Some(head) {
            continue;
        }
        let same = phrase
            .iter()
            .enumerate()
            .all(|(n, w)| ctx.toks.get(i + 1 + n).is_some_and(|x| x.key.as_str() == w));
        if !same {
            continue;
        }
        let after = i + 1 + phrase.len();
        let to = (after + super::speaker::LONG_TITLE_REACH).min(ctx.toks.len());
        if let Some((p, _)) = super::speaker::person_after_title(ctx, after, to) {
            return Some(make_speaker(ctx, p.span, Some(p.entity)));
        }
    }
    None
}

/// Generic words before a place name inside an institution's name (normalised): "جوازات منطقة نجران" is also
/// written "جوازات نجران".
const PLACE_WORDS: &[&str] = &["منطقه", "محافظه", "مدينه"];

/// The person introduced earlier with title `title` of the institution written at `org` ("مدير عام فرع الهيئة
/// بالمنطقة المهندس فلان"), for a clause that names only the title and the institution ("وأوضح مدير عام فرع
/// الهيئة أن").
fn institution_holder(
    ctx: &Ctx,
    title: &[String],
    org: Span,
    entity: Option<usize>,
) -> Option<Speaker> {
    let head = title.first()?;
    if entity
        .and_then(|e| ctx.entities.get(e))
        .is_some_and(|e| e.label == EntityLabel::Per)
    {
        return None;
    }
    let words: Vec<String> = normalize(ctx.slice(org))
        .split_whitespace()
        .filter(|w| !PLACE_WORDS.contains(w))
        .take(INSTITUTION_KEY_WORDS)
        .map(str::to_owned)
        .collect();
    if words.len() < INSTITUTION_KEY_WORDS {
        return titled_institution_holder(ctx, head, org);
    }
    // Before the clause's own title ("مدير عام" right before the institution).
    let end = ctx.tok_at(org.start).saturating_sub(2);
    for i in ctx.titled(head, end.saturating_sub(LOOKBACK)..end).rev() {
        let mut k = i + 1;
        if ctx.toks.get(k).is_some_and(|n| n.key.as_str() == "عام") {
            k += 1;
        }
        // "مدير جوازات منطقة نجران" for "مدير جوازات نجران": a generic place word may stand between the words.
        let mut after = k;
        let same = words.iter().all(|word| {
            while ctx
                .toks
                .get(after)
                .is_some_and(|n| PLACE_WORDS.contains(&n.key.as_str()))
            {
                after += 1;
            }
            let found = ctx.toks.get(after).is_some_and(|n| n.key.as_str() == word);
            after += 1;
            found
        });
        if !same {
            continue;
        }
        let to = (after + super::speaker::LONG_TITLE_REACH).min(ctx.toks.len());
        if let Some((p, _)) = super::speaker::person_after_title(ctx, after, to) {
            return Some(make_speaker(ctx, p.span, Some(p.entity)));
        }
    }
    None
}

/// For every trailing part of a written speaker name, the longest name ending with it.
fn longest_forms(ctx: &Ctx, drafts: &[Draft]) -> HashMap<String, String> {
    let mut forms: HashMap<String, String> = HashMap::new();
    for d in drafts {
        let Who::Named {
            span, entity: None, ..
        } = &d.who
        else {
            continue;
        };
        let name = make_speaker(ctx, *span, None).name;
        let norm = normalize(&name);
        let words: Vec<&str> = norm.split_whitespace().collect();
        for i in 1..words.len() {
            let key = words.get(i..).unwrap_or_default().join(" ");
            let slot = forms.entry(key).or_default();
            if name.len() > slot.len() {
                slot.clone_from(&name);
            }
        }
    }
    forms
}

fn make_speaker(ctx: &Ctx, span: Span, entity: Option<usize>) -> Speaker {
    // "والمتحدث الرسمي": the conjunction on a definite first word is not part of the speaker.
    let span = match ctx.slice(span).strip_prefix('و') {
        Some(rest)
            if rest.starts_with("ال")
                && rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.chars().count() >= 5) =>
        {
            Span::new(span.start + 'و'.len_utf8(), span.end)
        }
        _ => span,
    };
    let surface = || {
        ctx.slice(span)
            .chars()
            .filter(|c| !matches!(c, '«' | '»' | '“' | '”' | '"' | '″'))
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // "ووفقا للشرطة": the ل of the attribution on the article (its alif dropped) is shown as the noun it is,
    // "الشرطة".
    let name = surface();
    let name = match name.strip_prefix("لل") {
        Some(rest)
            if rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().count() >= 3) =>
        {
            format!("ال{rest}")
        }
        _ => name,
    };
    Speaker { name, span, entity }
}

/// The longest form the article gives a name ("أبراهام فوكسمان" for "فوكسمان"): the entity's canonical name, else
/// the longest speaker name that ends with it.
fn longest_form(ctx: &Ctx, mut s: Speaker, forms: &HashMap<String, String>) -> Speaker {
    if let Some(e) = s.entity.and_then(|e| ctx.entities.get(e)) {
        s.name.clone_from(&e.canonical);
        return s;
    }
    if let Some(f) = forms.get(&normalize(&s.name)) {
        s.name.clone_from(f);
    }
    s
}

/// The person the article names most often (outside the dateline; the first named of those tied), at their first
/// mention: who a title the article gives no holder for most likely stands for ("افتتح الدكتور فلان المعرض ...
/// وجال فلان ... وقال رئيس الهيئة إن").
fn central_person(ctx: &Ctx) -> Option<Speaker> {
    let mut best: Option<(&crate::analysis::Mention, usize)> = None;
    for e in ctx.entities.iter().filter(|e| e.label == EntityLabel::Per) {
        let mentions: Vec<&crate::analysis::Mention> = e
            .mentions
            .iter()
            .filter_map(|&m| ctx.mentions.get(m))
            .filter(|m| !in_byline(ctx, m.span))
            .collect();
        let Some(first) = mentions.iter().min_by_key(|m| m.span.start) else {
            continue;
        };
        let n = mentions.len();
        let better =
            best.is_none_or(|(b, bn)| n > bn || (n == bn && first.span.start < b.span.start));
        if better {
            best = Some((first, n));
        }
    }
    best.map(|(m, _)| make_speaker(ctx, m.span, Some(m.entity)))
}

/// The person the article is about: its first person mention, else the first named speaker.
fn article_subject(ctx: &Ctx, drafts: &[Draft]) -> Option<Speaker> {
    // A name of two words or more, or one the article repeats: a lone word named once (often a verb of the
    // headline the tagger took for a name, "أمير الرياض يفتتح") is the subject only when there is no other.
    let sure = |m: &&crate::analysis::Mention| super::speaker::sure_name(ctx, m);
    let persons = || {
        ctx.mentions
            .iter()
            .filter(|m| m.label == EntityLabel::Per && !in_byline(ctx, m.span))
    };
    if let Some(m) = persons().find(sure).or_else(|| persons().next()) {
        return Some(make_speaker(ctx, m.span, Some(m.entity)));
    }
    drafts.iter().find_map(|d| match &d.who {
        Who::Named { span, entity, .. } => Some(make_speaker(ctx, *span, *entity)),
        _ => None,
    })
}

/// The name the article gives a title holder: "... وزير الخارجية سيرجي لافروف ..." for "الوزير".
fn title_holder(ctx: &Ctx, words: &[String], before: usize, forward: bool) -> Option<Speaker> {
    let head = words.first()?;
    let end = ctx.tok_at(before);
    // Nearest before; a headline looks ahead into the body as well.
    let ahead = if forward {
        end + 1..(end + LOOKBACK).min(ctx.toks.len())
    } else {
        0..0
    };
    let behind = ctx
        .titled_loosely(head, end.saturating_sub(LOOKBACK)..end)
        .rev();
    for i in behind.chain(ctx.titled_loosely(head, ahead)) {
        let Some(t) = ctx.toks.get(i) else { continue };
        // "للباحث المصري فلان": the title may carry a preposition where the article introduces its holder.
        let n = t.key.as_str();
        let prefixed = prefixed_title_key(n) == Some(head.as_str());
        // "الأمير فلان رئيس وزراء البحرين", "السفير فلان، المتحدث باسم الرئاسة": the person the title stands
        // after, in apposition (past one comma, when the title carries no و that would start another person).
        let comma_before = i
            .checked_sub(1)
            .and_then(|p| ctx.toks.get(p))
            .is_some_and(|p| {
                p.is_punct(super::context::COMMAS) && !n.starts_with('و') && !prefixed
            });
        if let Some(m) = i
            .checked_sub(1 + usize::from(comma_before))
            .and_then(|p| ctx.toks.get(p))
            .and_then(|p| {
                ctx.mentions_over(p.span)
                    .find(|m| m.label == EntityLabel::Per && m.span.end == p.span.end)
            })
        {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
        let mut to = i + 1;
        while to < ctx.toks.len() && to - i < HOLDER_ZONE && !ctx.ends_sentence(to - 1) {
            to += 1;
        }
        // "الناطق بلسان الجيش": the body spoken for is no name; the holder is named after it, if at all.
        if ctx
            .toks
            .get(i + 1)
            .is_some_and(|n| super::speaker::on_behalf(n.key.as_str()))
        {
            if let Some((m, _)) = super::speaker::person_after_title(ctx, i + 1, to) {
                return Some(make_speaker(ctx, m.span, Some(m.entity)));
            }
            continue;
        }
        // Read the name after the title as if the title were written plainly.
        if let (
            Who::Named {
                span,
                entity,
                title,
            },
            _,
        ) = extract(ctx, i + 1, to)
        {
            let _ = title;
            // A name the tagger missed starts with a plain word; a definite word right after the title is its
            // complement or the verb's object ("عدّ الوزير القرار خطوة"), no name ("آل" is: "آل خليفة").
            // A frequent word that is no given name is the clause's verb or object ("اختيار المدرب جاء بعد").
            let lexicon = Lexicon::bundled();
            let plain_name = entity.is_some()
                || normalize(ctx.slice(span))
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| {
                        w == "ال"
                            || (!(w.starts_with("ال") || w.starts_with("وال"))
                                && (!lexicon.is_common_word(w)
                                    || lexicon.flags(w).contains(Flags::GIVEN)))
                    });
            let person = plain_name
                && entity
                    .and_then(|e| ctx.entities.get(e))
                    .is_none_or(|e| e.label == EntityLabel::Per);
            if person {
                return Some(make_speaker(ctx, span, entity));
            }
        }
        // "سفير فرنسا لدى المملكة فلان": the holder named after the title's complements, when the title's
        // genitive is a named place or organisation (not a common noun, which may be the verb's object: "ونقل
        // السفير تحيات الرئيس فلان").
        let named_complement = ctx.toks.get(i + 1).is_some_and(|n| {
            ctx.mentions_over(n.span).any(|m| {
                m.span.start == n.span.start
                    && matches!(m.label, EntityLabel::Loc | EntityLabel::Org)
            })
        });
        // "المدير التنفيذي للشركة فلان", "الأمين العام لمجلس التعاون فلان": the title's relative adjective (or
        // عام) then its complements.
        let title_adjective = ctx.toks.get(i + 1).is_some_and(|n| {
            let k = n.key.as_str();
            k == "العام"
                || k == "عام"
                || (k.starts_with("ال") && (k.ends_with('ي') || k.ends_with("يه")))
        });
        if (named_complement || title_adjective)
            && let Some((m, _)) = super::speaker::person_after_title(ctx, i + 1, to)
        {
            return Some(make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    None
}

/// "الوزارة" after "وزارة الخارجية الأميركية" spoke: the earlier speaker or organisation with that head word.
fn definite_referent(ctx: &Ctx, memory: &Memory, word: &str, before: usize) -> Option<Speaker> {
    if let Some(s) = memory.by_head.get(word) {
        return Some(s.clone());
    }
    let head_of = |name: &str| {
        normalize(name)
            .split_whitespace()
            .next()
            .map(|w| w.strip_prefix("ال").unwrap_or(w).to_owned())
    };
    ctx.entities
        .iter()
        .find(|e| e.label == EntityLabel::Org && head_of(&e.canonical).as_deref() == Some(word))
        .and_then(|e| e.mentions.first())
        .and_then(|&m| ctx.mentions.get(m))
        .map(|m| make_speaker(ctx, m.span, Some(m.entity)))
        .or_else(|| definite_in_text(ctx, &memory.spoken, word, before))
        .or_else(|| {
            memory
                .fields
                .get_or_init(|| ministries(ctx))
                .get(&format!("ال{word}"))
                .cloned()
        })
}

/// "الصحة تحذر", "الداخلية: ...": a definite noun that is the second word of an organisation's name the article
/// gives ("وزارة الصحة") stands for the ministry or body named by its field. The organisations by that word
/// (normalised), the first of each, read once per article.
fn ministries(ctx: &Ctx) -> HashMap<String, Speaker> {
    let mut map = HashMap::new();
    for e in ctx.entities.iter().filter(|e| e.label == EntityLabel::Org) {
        let Some(field) = normalize(&e.canonical)
            .split_whitespace()
            .nth(1)
            .map(str::to_owned)
        else {
            continue;
        };
        if let Some(m) = e.mentions.first().and_then(|&m| ctx.mentions.get(m)) {
            map.entry(field)
                .or_insert_with(|| make_speaker(ctx, m.span, Some(m.entity)));
        }
    }
    map
}

/// "مجلس الوزراء" written earlier for "المجلس": the head word without ال followed by definite words, the nearest
/// such form; but of the organisations named after that head word ("شركة أرامكو" and later "شركة سينوبك"), one
/// that has already spoken (in `spoken`) is the one the article goes on quoting.
fn definite_in_text(
    ctx: &Ctx,
    spoken: &HashSet<usize>,
    word: &str,
    before: usize,
) -> Option<Speaker> {
    let end = ctx.tok_at(before);
    let mut nearest: Option<Speaker> = None;
    for i in (end.saturating_sub(LOOKBACK)..end).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        let plain = if t.key.as_str() == word {
            t.key.as_str()
        } else {
            match t.key.as_str().strip_prefix('و') {
                Some(p) if p == word => p,
                _ => continue,
            }
        };
        // "شركة أرامكو السعودية" for "الشركة": the organisation named right after the head word.
        if let Some(m) = ctx.toks.get(i + 1).and_then(|n| {
            ctx.mentions_over(n.span)
                .find(|m| m.label == EntityLabel::Org && m.span.start == n.span.start)
        }) {
            if spoken.contains(&m.entity) {
                return Some(make_speaker(ctx, m.span, Some(m.entity)));
            }
            nearest.get_or_insert_with(|| make_speaker(ctx, m.span, Some(m.entity)));
            continue;
        }
        if nearest.is_some() {
            continue;
        }
        let mut end = i + 1;
        while end < i + DEFINITE_FORM_MAX_TOKENS
            && ctx.toks.get(end).is_some_and(|n| {
                n.key.as_str().starts_with("ال") || n.key.as_str().starts_with("وال")
            })
        {
            end += 1;
        }
        if end == i + 1 {
            continue;
        }
        let last = ctx.toks.get(end - 1)?;
        let span = if t.key.as_str().len() > plain.len() {
            Span::new(t.span.start + 'و'.len_utf8(), last.span.end)
        } else {
            Span::new(t.span.start, last.span.end)
        };
        return Some(make_speaker(ctx, span, ctx.entity_at(span)));
    }
    nearest
}

/// Points a resolved speaker at the nearest mention of its entity before the quote.
fn nearest_mention(ctx: &Ctx, mut s: Speaker, before: usize) -> Speaker {
    if let Some(e) = s.entity.and_then(|e| ctx.entities.get(e))
        && let Some(m) = {
            // The entity's mentions are in text order: the last one starting before the quote.
            let k = e
                .mentions
                .partition_point(|&i| ctx.mentions.get(i).is_some_and(|m| m.span.start <= before));
            k.checked_sub(1)
                .and_then(|k| e.mentions.get(k))
                .and_then(|&i| ctx.mentions.get(i))
        }
    {
        s.span = m.span;
    }
    s
}
