//! Pass 4, speakers: resolving speakers in text order. Takes the selected drafts; gives the quotes. A pronoun,
//! implicit subject or honorific becomes the most recent speaker (or the article's subject), a title the name the
//! article gives its holder, a definite noun ("الوزارة") the organisation named earlier; names are linked to their
//! entity clusters.
//!
//! Submodules, by kind of work: `frames`, `groups`, `issuers`, `paragraph`, `titles`, `offices`, `referents`.

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

mod frames;
mod groups;
mod issuers;
mod offices;
mod paragraph;
mod referents;
mod titles;

use frames::{described_person, framed_speaker, in_title};
use groups::{
    collective, joined_by_wa, plural_cue, plural_subject, relative_group, sentence_group,
};
use issuers::{
    HONOURED_MENTIONS, STATEMENT_NOUNS, honoured_person, issued_by, organisation_just_spoke,
    statement_issuer, statement_owner,
};
use offices::{
    NATIONALITY_TITLE_REACH, TITLE_LINKS, another_office_only, institution_holder, office_words,
    unnamed_office,
};
pub(super) use paragraph::*;
use referents::{
    article_subject, central_person, definite_referent, longest_form, longest_forms, make_speaker,
    nearest_mention, title_holder,
};
use titles::title_speaker;

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
