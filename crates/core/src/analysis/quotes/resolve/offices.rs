//! Offices and institutions: the holder of an office named by its institution, and an office that is
//! someone else's.

use super::{
    Ctx, EntityLabel, Flags, LOOKBACK, Lexicon, Span, Speaker, is_honour_title, is_title,
    make_speaker, normalize, title_key,
};

/// How many tokens before a nationality adjective its title may stand ("وزير الطاقة الروسي").
pub(super) const NATIONALITY_TITLE_REACH: usize = 4;

/// Words inside a title phrase that belong to the title, not to its office ("مدير عام", "المتحدث باسم").
pub(super) const TITLE_LINKS: &[&str] = &["عام", "باسم", "بلسان"];

/// The words a title is written with after its title words, normalised: "النصر" of "مدرب النصر", "الخارجية
/// السعودي" of "وزير الخارجية السعودي".
pub(super) fn office_words(ctx: &Ctx, span: Span) -> Vec<String> {
    let first = ctx.tok_at(span.start);
    (first..ctx.tok_at(span.end))
        .filter_map(|k| ctx.toks.get(k).map(|t| (k, t)))
        .filter(|(_, t)| t.is_word())
        // "وفقا للوزير": the title with the attribution's ل on it.
        .filter(|&(k, t)| {
            k != first || super::super::speaker::lam_title_key(t.key.as_str()).is_none()
        })
        .map(|(_, t)| t.key.as_str().to_owned())
        .filter(|k| !is_title(k) && !TITLE_LINKS.contains(&k.as_str()))
        .collect()
}

/// True when every earlier title `words` of the article is written for another country than the one in `span`:
/// where this title has a nationality adjective, that one has another ("وزير الخارجية الأمريكي" for "وزير الخارجية
/// السعودي"); one person holds no office of two countries, while a person may hold two offices of one, so other
/// words do not count. A name where this title has a word is no other office ("وزير الخارجية فلان"). False when
/// the title has no office words or no earlier occurrence.
pub(super) fn another_office_only(ctx: &Ctx, words: &[String], span: Span) -> bool {
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
pub(super) const INSTITUTION_KEY_WORDS: usize = 2;

/// An office title written right before an organisation ("مدير جوازات نجران") whose holder the article never
/// named: the title and organisation as written, with no entity.
pub(super) fn unnamed_office(
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
pub(super) const TITLE_TO_INSTITUTION: usize = 3;

/// "ويضيف رئيس تحرير جريدة الوفاق" after "رئيس تحرير جريدة الوفاق فلان": an institution named in one word, with
/// the words between the title and it, is told apart by the whole phrase; the person named after the same phrase
/// earlier speaks.
pub(super) fn titled_institution_holder(ctx: &Ctx, head: &str, org: Span) -> Option<Speaker> {
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
        let to = (after + super::super::speaker::LONG_TITLE_REACH).min(ctx.toks.len());
        if let Some((p, _)) = super::super::speaker::person_after_title(ctx, after, to) {
            return Some(make_speaker(ctx, p.span, Some(p.entity)));
        }
    }
    None
}

/// Generic words before a place name inside an institution's name (normalised): "جوازات منطقة نجران" is also
/// written "جوازات نجران".
pub(super) const PLACE_WORDS: &[&str] = &["منطقه", "محافظه", "مدينه"];

/// The person introduced earlier with title `title` of the institution written at `org` ("مدير عام فرع الهيئة
/// بالمنطقة المهندس فلان"), for a clause that names only the title and the institution ("وأوضح مدير عام فرع
/// الهيئة أن").
pub(super) fn institution_holder(
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
        let to = (after + super::super::speaker::LONG_TITLE_REACH).min(ctx.toks.len());
        if let Some((p, _)) = super::super::speaker::person_after_title(ctx, after, to) {
            return Some(make_speaker(ctx, p.span, Some(p.entity)));
        }
    }
    None
}
