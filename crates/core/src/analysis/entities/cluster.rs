//! Document-level consistency and clustering: a name found once is found everywhere in the document with one
//! type, a family name alone links to the full name, and mentions group into entities (canonical = longest form).

use super::lexicon::{Flags, PhraseTable, phrase_key};
use super::merge::merge;
use super::{Candidate, Context};
use crate::analysis::{Entity, EntityLabel, Mention, Recogniser};
use rustc_hash::FxHashMap as HashMap;

/// Ordinals that follow a name ("عبدالله الثاني") but are no family name on their own.
const ORDINALS: [&str; 8] = [
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الاولي",
];

/// Confidence of a mention found only because the same name was recognised elsewhere in the document.
const SPREAD_CONFIDENCE: f32 = 0.6;

/// The lookup key of a mention's text; a fused "لل" reads as the article.
fn mention_key(text: &str) -> Option<String> {
    let key = phrase_key(text)?;
    Some(match key.strip_prefix("لل") {
        Some(rest) if rest.chars().count() >= 2 => format!("ال{rest}"),
        _ => key,
    })
}

/// Adds the other mentions of every recognised name, with the type it was recognised with, and a person's
/// family name alone ("لافروف" after "سيرجي لافروف").
pub fn spread(ctx: &Context<'_>, merged: Vec<Candidate>) -> Vec<Candidate> {
    let mut forms: PhraseTable<(EntityLabel, f32)> = PhraseTable::new();
    // "أتلتيكو" of "أتلتيكو مدريد": the first word of a body's name found in the document, when it is a plain word
    // (no frequent word, head, place, title or name of the lists), is that body's short form: "مدرب أتلتيكو" is
    // the club's coach, not a person called so.
    let mut org_first: PhraseTable<()> = PhraseTable::new();
    for c in merged.iter().filter(|c| c.label == EntityLabel::Org) {
        if let Some(first) = c
            .span
            .get(ctx.text)
            .and_then(mention_key)
            .and_then(|k| k.split_once(' ').map(|(f, _)| f.to_owned()))
            .filter(|f| plain_name_word(ctx, f))
        {
            org_first.entry(&first, || ());
        }
    }
    let mut by_confidence: Vec<&Candidate> = merged.iter().collect();
    by_confidence.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
    // The list matcher already found every occurrence of its names, with its own checks; the tagger's names are
    // not spread (measured on the fixtures: spreading them costs more precision than it gains recall).
    for c in by_confidence
        .iter()
        .filter(|c| !matches!(c.source, Recogniser::Gazetteer | Recogniser::Tagger))
    {
        let Some(key) = c.span.get(ctx.text).and_then(mention_key) else {
            continue;
        };
        // An outlet whose name is a place or an ordinary word ("لـ«الرياض»", "لـ«الوطن»") names the outlet only
        // where the text marks it so; its other uses stay what they are.
        if c.confidence >= super::aliases::OUTLET_CONFIDENCE
            && (ctx
                .lexicon
                .flags(&key)
                .intersects(Flags::LOC.union(Flags::TOWN).union(Flags::PERSON))
                || ctx.lexicon.is_common_word(&key))
        {
            continue;
        }
        let short_form = c.label == EntityLabel::Per
            && c.confidence < 0.85
            && !key.contains(' ')
            && org_first.get(&key).is_some();
        if short_form {
            let slot = forms.entry(&key, || (EntityLabel::Org, c.confidence));
            slot.0 = EntityLabel::Org;
            continue;
        }
        let slot = forms.entry(&key, || (c.label, c.confidence));
        // A person stays a person: the rules only call a name a person from strong context.
        if c.label == EntityLabel::Per && slot.0 != EntityLabel::Per {
            *slot = (EntityLabel::Per, c.confidence);
        }
        if c.label == EntityLabel::Org {
            if let Some(short) = company_short_name(ctx, &key) {
                forms.entry(short, || (EntityLabel::Org, SPREAD_CONFIDENCE));
            }
            continue;
        }
        if c.label != EntityLabel::Per {
            continue;
        }
        if let Some(family) = family_name(ctx, &key) {
            let slot = forms.entry(family, || (EntityLabel::Per, SPREAD_CONFIDENCE));
            slot.0 = EntityLabel::Per;
        }
    }
    if forms.is_empty() {
        return merged;
    }
    let mut out = Vec::with_capacity(merged.len() * 2);
    for mut c in merged {
        let known = c.span.get(ctx.text).and_then(mention_key);
        if let Some((label, _)) = known.and_then(|k| forms.get(&k)) {
            c.label = *label;
        }
        out.push(c);
    }
    for i in 0..ctx.words.len() {
        if ctx.is_stop(i) {
            continue;
        }
        let Some(w) = ctx.words.get(i) else { continue };
        if !w.is_wordlike() {
            continue;
        }
        for stem in &w.stems {
            let Some((n, (label, _))) = forms.longest(&stem.key, |k| ctx.next_key(i, k), |_| true)
            else {
                continue;
            };
            if *label == EntityLabel::Per
                && n == 1
                && stem.skip == 0
                && stem.key.starts_with("ال")
                && agrees_with_previous_noun(ctx, i)
            {
                break;
            }
            if let Some(span) = super::rules::words_span(ctx, i, stem.skip, i + n) {
                out.push(Candidate {
                    span,
                    label: *label,
                    source: Recogniser::Document,
                    confidence: SPREAD_CONFIDENCE,
                    priority: 0,
                });
            }
            break;
        }
    }
    // The recognised mentions and their spread copies go through the same merge policy; a spread copy of the
    // same span loses the tie on confidence.
    merge(out)
}

/// True when word `i` follows a definite noun on the same line that is no title ("عيد الفطر [المبارك]"): a
/// family name alone there is the noun's adjective, not the person ("الوزير [الجبير]" is the person).
fn agrees_with_previous_noun(ctx: &Context<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let Some(prev) = ctx.words.get(p) else {
        return false;
    };
    prev.joined_to_next
        && prev.is_wordlike()
        && !prev.stop
        && prev.stems.iter().any(|s| s.key.starts_with("ال"))
        && !ctx.lexicon.flags(&prev.key).contains(Flags::TITLE)
        && super::rules::match_at(ctx, p, Flags::TITLE).is_none()
}

/// The family name of a person's full name, when it can stand alone ("ترامب" in "دونالد ترامب").
fn family_name<'k>(ctx: &Context<'_>, key: &'k str) -> Option<&'k str> {
    let mut words = key.rsplit(' ');
    let last = words.next()?;
    let before = words.next()?;
    let lx = ctx.lexicon;
    let flags = lx.flags(last);
    let ok = last.chars().count() >= 3
        && !["بن", "ابن", "بنت", "ال", "ابو", "ابا", "عبد"].contains(&before)
        && !ORDINALS.contains(&last)
        // A given name as a family name ("حسني مبارك") stands alone only when it is not short and ambiguous.
        && (!flags.contains(Flags::GIVEN) || last.chars().count() >= 4)
        && !flags.contains(Flags::STOP)
        && !flags.contains(Flags::NATIONALITY.union(Flags::TITLE))
        // "المرأة" of "نضال المرأة" alone is the noun wherever the text also writes "بالمرأة".
        && !ctx.is_common_noun(last);
    ok.then_some(last)
}

/// The short name of a company named with its field of trade or its legal suffix, as the rest of the article calls
/// it: "نماء" of "نماء للكيماويات", "زمردة" of "زمردة القابضة". One or two words before the field, none of them a frequent word or a word the lists know as
/// something else (a place, a person, a title, a nationality).
fn company_short_name<'k>(ctx: &Context<'_>, key: &'k str) -> Option<&'k str> {
    // "زمردة" of "زمردة القابضة": the name without its legal suffix, likewise.
    let short = match key.find(" لل") {
        Some(field) => key.get(..field)?,
        None => key
            .strip_suffix(" القابضه")
            .or_else(|| key.strip_suffix(" المحدوده"))?,
    };
    let lx = ctx.lexicon;
    let words: Vec<&str> = short.split(' ').collect();
    (words.len() <= 2
        && words.iter().all(|w| plain_name_word(ctx, w))
        && !lx.flags(short).contains(Flags::LOC))
    .then_some(short)
}

/// True when the normalised word can only be a proper name's word: three letters or more, no frequent word, and
/// nothing else the lists know (a place, person, given name, title, nationality, head or stop word).
fn plain_name_word(ctx: &Context<'_>, w: &str) -> bool {
    let lx = ctx.lexicon;
    w.chars().count() >= 3
        && !lx.is_common_word(w)
        && !ctx.is_common_noun(w)
        && !lx.flags(w).intersects(
            Flags::STOP
                .union(Flags::LOC)
                .union(Flags::TOWN)
                .union(Flags::PERSON)
                .union(Flags::GIVEN)
                .union(Flags::TITLE)
                .union(Flags::NATIONALITY)
                .union(Flags::ORG_HEAD)
                .union(Flags::ORG_HEAD_OUT)
                .union(Flags::ORG_HEAD_NAME)
                .union(Flags::ORG_HEAD_PLACE),
        )
}

/// Turns merged candidates into mentions and groups them into entities.
pub fn cluster(ctx: &Context<'_>, merged: Vec<Candidate>) -> (Vec<Mention>, Vec<Entity>) {
    let keys: Vec<String> = merged
        .iter()
        .map(|c| {
            c.span
                .get(ctx.text)
                .and_then(mention_key)
                .unwrap_or_default()
        })
        .collect();
    let mut order: Vec<usize> = (0..merged.len()).collect();
    // Longer names first, so that a family name alone finds the full name's cluster.
    order.sort_by_key(|&i| std::cmp::Reverse(keys.get(i).map_or(0, |k| k.split(' ').count())));
    let mut entities: Vec<Entity> = Vec::new();
    let mut entity_keys: Vec<Vec<String>> = Vec::new();
    let mut exact: HashMap<(EntityLabel, &str), usize> = HashMap::default();
    // Word -> entities with a name containing it, so a short name only checks the clusters that can hold it.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut assigned = vec![0usize; merged.len()];
    let mut done = vec![false; merged.len()];
    let full_names = bracketed_short_forms(ctx, &merged);
    for &i in &order {
        let (Some(c), Some(key)) = (merged.get(i), keys.get(i)) else {
            continue;
        };
        let first_word = key.split(' ').next().unwrap_or("");
        // "منظمة الصحة العالمية (WHO)": the short form in parentheses is the organisation before it.
        let named_before = full_names
            .get(&i)
            .filter(|&&f| done.get(f).copied().unwrap_or(false))
            .and_then(|&f| assigned.get(f).copied());
        let found = named_before
            .or_else(|| exact.get(&(c.label, key.as_str())).copied())
            .or_else(|| {
                by_word.get(first_word)?.iter().copied().find(|&e| {
                    let same_label = entities.get(e).is_some_and(|x| x.label == c.label);
                    same_label
                        && entity_keys
                            .get(e)
                            .is_some_and(|ks| ks.iter().any(|k| contains_words(k, key)))
                })
            });
        let e = found.unwrap_or_else(|| {
            entities.push(Entity {
                label: c.label,
                canonical: String::new(),
                mentions: Vec::new(),
            });
            entity_keys.push(Vec::new());
            entities.len() - 1
        });
        exact.insert((c.label, key.as_str()), e);
        if let Some(slot) = assigned.get_mut(i) {
            *slot = e;
        }
        if let Some(slot) = done.get_mut(i) {
            *slot = true;
        }
        let Some(ks) = entity_keys.get_mut(e) else {
            continue;
        };
        if !ks.contains(key) {
            ks.push(key.clone());
            for word in key.split(' ') {
                let list = by_word.entry(word).or_default();
                if !list.contains(&e) {
                    list.push(e);
                }
            }
        }
    }
    let mut mentions = Vec::with_capacity(merged.len());
    for (i, c) in merged.into_iter().enumerate() {
        let e = assigned.get(i).copied().unwrap_or(0);
        if let Some(entity) = entities.get_mut(e) {
            entity.mentions.push(i);
            let surface = c.span.get(ctx.text).unwrap_or("");
            if surface.chars().count() > entity.canonical.chars().count() {
                surface.clone_into(&mut entity.canonical);
            }
        }
        mentions.push(Mention {
            span: c.span,
            label: c.label,
            entity: e,
            source: c.source,
            confidence: c.confidence,
        });
    }
    (mentions, entities)
}

/// The organisations written right before their short form in parentheses ("رابطة معاداة التشهير (ئايه دي إل)"):
/// the short form's candidate -> the full name's, both organisations. One lookup per organisation.
fn bracketed_short_forms(ctx: &Context<'_>, merged: &[Candidate]) -> HashMap<usize, usize> {
    let by_start: HashMap<usize, usize> = merged
        .iter()
        .enumerate()
        .filter(|(_, c)| c.label == EntityLabel::Org)
        .map(|(k, c)| (c.span.start, k))
        .collect();
    let mut out = HashMap::default();
    for (f, c) in merged.iter().enumerate() {
        if c.label != EntityLabel::Org {
            continue;
        }
        let next = super::aliases::word_after_name(ctx, c.span);
        if ctx.raw(next) != "(" {
            continue;
        }
        let Some(alias) = ctx
            .words
            .get(next + 1)
            .and_then(|w| by_start.get(&w.span.start))
        else {
            continue;
        };
        let closed = merged.get(*alias).is_some_and(|a| {
            let after = ctx.words.partition_point(|w| w.span.end <= a.span.end);
            ctx.raw(after) == ")"
        });
        if closed && *alias != f {
            out.insert(*alias, f);
        }
    }
    out
}

/// True when the words of `short` appear as a contiguous run in `long`.
fn contains_words(long: &str, short: &str) -> bool {
    if long == short {
        return true;
    }
    let l: Vec<&str> = long.split(' ').collect();
    let s: Vec<&str> = short.split(' ').collect();
    s.len() < l.len() && l.windows(s.len()).any(|w| w == s.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_name_is_a_run_of_the_full_name() {
        assert!(contains_words("سيرجي لافروف", "لافروف"));
        assert!(!contains_words("سيرجي لافروف", "لاف"));
        assert!(!contains_words("لافروف", "سيرجي لافروف"));
    }
}
