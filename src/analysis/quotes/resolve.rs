//! Resolving speakers in text order: a pronoun, implicit subject or honorific becomes the most recent speaker
//! (or the article's subject), a title the name the article gives its holder, a definite noun ("الوزارة") the
//! organisation named earlier; names are linked to their entity clusters.

use super::lexicon::title_key;
use super::speaker::extract;
use super::{Ctx, Draft, Who};
use crate::analysis::normalize::normalize;
use crate::analysis::{EntityLabel, Quote, Speaker};
use crate::span::Span;

struct Known {
    speaker: Speaker,
    title: Vec<String>,
    /// Named with a title, or a person entity (an honorific pronoun refers to one).
    person: bool,
}

/// Resolves every draft's speaker in text order and builds the quotes.
pub(crate) fn resolve(ctx: &Ctx, drafts: Vec<Draft>) -> Vec<Quote> {
    let subject = article_subject(ctx, &drafts);
    let forms: Vec<String> = drafts
        .iter()
        .filter_map(|d| match &d.who {
            Who::Named {
                span, entity: None, ..
            } => Some(make_speaker(ctx, *span, None).name),
            _ => None,
        })
        .collect();
    let mut history: Vec<Known> = Vec::new();
    let mut out = Vec::with_capacity(drafts.len());
    for d in drafts {
        let last = history.last().map(|k| k.speaker.clone());
        let speaker = match &d.who {
            Who::Named {
                span,
                entity,
                title,
            } => {
                let s = make_speaker(ctx, *span, *entity);
                let person = !title.is_empty()
                    || ctx
                        .mentions
                        .iter()
                        .any(|m| m.span.overlaps(*span) && m.label == EntityLabel::Per);
                history.push(Known {
                    speaker: s.clone(),
                    title: title.clone(),
                    person,
                });
                Some(s)
            }
            Who::Title { words, span } => history
                .iter()
                .rev()
                .find(|k| !k.title.is_empty() && k.title.first() == words.first())
                .map(|k| k.speaker.clone())
                .or_else(|| title_holder(ctx, words, span.start))
                .or_else(|| last.clone())
                .or_else(|| subject.clone()),
            Who::Definite { word, span } => Some(
                definite_referent(ctx, &history, word)
                    .unwrap_or_else(|| make_speaker(ctx, *span, ctx.entity_at(*span))),
            ),
            Who::Honorific => history
                .iter()
                .rev()
                .find(|k| k.person)
                .map(|k| k.speaker.clone())
                .or_else(|| last.clone())
                .or_else(|| subject.clone()),
            Who::Implicit | Who::Unknown => last.clone().or_else(|| subject.clone()),
        };
        // A name written in the clause stays as written; a resolved one takes its longest form.
        let speaker = speaker.map(|s| {
            let s = if matches!(d.who, Who::Named { .. }) {
                s
            } else {
                longest_form(ctx, s, &forms)
            };
            nearest_mention(ctx, s, d.span.start)
        });
        if let Some(s) = &speaker
            && !matches!(d.who, Who::Named { .. })
        {
            let person = history
                .iter()
                .rev()
                .find(|k| k.speaker.name == s.name)
                .is_some_and(|k| k.person);
            history.push(Known {
                speaker: s.clone(),
                title: Vec::new(),
                person,
            });
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

fn make_speaker(ctx: &Ctx, span: Span, entity: Option<usize>) -> Speaker {
    let surface = || {
        ctx.slice(span)
            .chars()
            .filter(|c| !matches!(c, '«' | '»' | '“' | '”' | '"'))
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    Speaker {
        name: surface(),
        span,
        entity,
    }
}

/// The longest form the article gives a name ("أبراهام فوكسمان" for "فوكسمان"): the entity's canonical name, else
/// the longest speaker name that ends with it.
fn longest_form(ctx: &Ctx, mut s: Speaker, forms: &[String]) -> Speaker {
    if let Some(e) = s.entity.and_then(|e| ctx.entities.get(e)) {
        s.name.clone_from(&e.canonical);
        return s;
    }
    let key = normalize(&s.name);
    let longer = forms
        .iter()
        .filter(|f| {
            let n = normalize(f);
            n.len() > key.len() && n.ends_with(&format!(" {key}"))
        })
        .max_by_key(|f| f.len());
    if let Some(f) = longer {
        s.name.clone_from(f);
    }
    s
}

/// The person the article is about: its first person mention, else the first named speaker.
fn article_subject(ctx: &Ctx, drafts: &[Draft]) -> Option<Speaker> {
    if let Some(m) = ctx.mentions.iter().find(|m| m.label == EntityLabel::Per) {
        return Some(make_speaker(ctx, m.span, Some(m.entity)));
    }
    drafts.iter().find_map(|d| match &d.who {
        Who::Named { span, entity, .. } => Some(make_speaker(ctx, *span, *entity)),
        _ => None,
    })
}

/// The name the article gives a title holder: "... وزير الخارجية سيرجي لافروف ..." for "الوزير".
fn title_holder(ctx: &Ctx, words: &[String], before: usize) -> Option<Speaker> {
    let head = words.first()?;
    let end = ctx.tok_at(before);
    for i in (0..end).rev() {
        let Some(t) = ctx.toks.get(i) else { continue };
        if title_key(&t.norm).as_ref() != Some(head) {
            continue;
        }
        let mut to = i + 1;
        while to < ctx.toks.len() && to - i < 12 && !ctx.ends_sentence(to - 1) {
            to += 1;
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
            let person = entity
                .and_then(|e| ctx.entities.get(e))
                .is_none_or(|e| e.label == EntityLabel::Per);
            if person {
                return Some(make_speaker(ctx, span, entity));
            }
        }
    }
    None
}

/// "الوزارة" after "وزارة الخارجية الأميركية" spoke: the earlier speaker or organisation with that head word.
fn definite_referent(ctx: &Ctx, history: &[Known], word: &str) -> Option<Speaker> {
    let head_of = |name: &str| {
        normalize(name)
            .split_whitespace()
            .next()
            .map(|w| w.strip_prefix("ال").unwrap_or(w).to_owned())
    };
    if let Some(k) = history
        .iter()
        .rev()
        .find(|k| head_of(&k.speaker.name).as_deref() == Some(word) && k.speaker.name.contains(' '))
    {
        return Some(k.speaker.clone());
    }
    ctx.mentions
        .iter()
        .find(|m| {
            m.label == EntityLabel::Org
                && ctx
                    .entities
                    .get(m.entity)
                    .is_some_and(|e| head_of(&e.canonical).as_deref() == Some(word))
        })
        .map(|m| make_speaker(ctx, m.span, Some(m.entity)))
        .or_else(|| definite_in_text(ctx, word))
}

/// "مجلس الوزراء" written earlier for "المجلس": the head word without ال followed by definite words.
fn definite_in_text(ctx: &Ctx, word: &str) -> Option<Speaker> {
    for (i, t) in ctx.toks.iter().enumerate() {
        let plain = if t.norm == word {
            t.norm.as_str()
        } else {
            match t.norm.strip_prefix('و') {
                Some(p) if p == word => p,
                _ => continue,
            }
        };
        let mut end = i + 1;
        while end < i + 4
            && ctx
                .toks
                .get(end)
                .is_some_and(|n| n.norm.starts_with("ال") || n.norm.starts_with("وال"))
        {
            end += 1;
        }
        if end == i + 1 {
            continue;
        }
        let last = ctx.toks.get(end - 1)?;
        let span = if t.norm.len() > plain.len() {
            Span::new(t.span.start + 'و'.len_utf8(), last.span.end)
        } else {
            Span::new(t.span.start, last.span.end)
        };
        return Some(make_speaker(ctx, span, ctx.entity_at(span)));
    }
    None
}

/// Points a resolved speaker at the nearest mention of its entity before the quote.
fn nearest_mention(ctx: &Ctx, mut s: Speaker, before: usize) -> Speaker {
    if let Some(e) = s.entity
        && let Some(m) = ctx
            .mentions
            .iter()
            .rev()
            .find(|m| m.entity == e && m.span.start <= before)
    {
        s.span = m.span;
    }
    s
}
