//! The list matcher, and what the context rules share: list lookups at a word (under its clitic readings),
//! word adjacency and spans. The rules themselves are in `names` (persons) and `heads` (organisations, places).

use super::lexicon::Flags;
use super::{Candidate, Context, Recognise};
use crate::analysis::{EntityLabel, Recogniser};
use crate::span::Span;

/// A phrase of the lists found at a word: clitic bytes skipped, words covered, and its flags.
#[derive(Clone, Copy, Debug)]
pub struct ListMatch {
    /// Clitic bytes before the phrase in the first word.
    pub skip: usize,
    /// Words the phrase covers.
    pub words: usize,
    /// What the phrase is.
    pub flags: Flags,
}

/// The longest list phrase with one of the `want` flags starting at word `i` (under any clitic reading).
pub fn match_at(ctx: &Context<'_>, i: usize, want: Flags) -> Option<ListMatch> {
    let w = ctx.words.get(i)?;
    if !w.is_wordlike() {
        return None;
    }
    let mut best: Option<ListMatch> = None;
    for stem in w.stems.iter().filter(|s| s.phrases > 0) {
        let found =
            ctx.lexicon
                .table
                .longest(&stem.key, |k| ctx.next_key(i, k), |f| f.contains(want));
        let Some((words, flags)) = found else {
            continue;
        };
        // "[و]جدة" after "الرياض": a reading after the clitic that a curated list knows wins over the whole word
        // that only the GeoNames towns know ("وجدة", Oujda), at the same length; not right after a place word
        // ("مدينة وجدة"), where no conjunction can stand.
        let curated = Flags::LOC.union(Flags::ORG).union(Flags::PERSON);
        if best.is_none_or(|b| {
            words > b.words
                || (words == b.words
                    && !b.flags.intersects(curated)
                    && flags.intersects(curated)
                    && !after_place_head(ctx, i))
        }) {
            best = Some(ListMatch {
                skip: stem.skip,
                words,
                flags: *flags,
            });
        }
    }
    best
}

/// Word `i` follows a place word on its line ("مدينة", "بلدة"), whole.
fn after_place_head(ctx: &Context<'_>, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        joined(ctx, p)
            && ctx.words.get(p).is_some_and(|w| {
                ctx.lexicon
                    .flags(&w.key)
                    .intersects(Flags::PLACE_HEAD.union(Flags::PLACE_HEAD_OUT))
            })
    })
}

/// The reading of word `i` (after its clitics) that is one of `keys` (normalised): "وبعثة" reads as "بعثه".
pub fn stem_among<'c>(
    ctx: &'c Context<'_>,
    i: usize,
    keys: &[&str],
) -> Option<&'c super::clitics::Stem> {
    ctx.words
        .get(i)?
        .stems
        .iter()
        .find(|s| keys.contains(&s.key.as_str()))
}

/// True when word `i` is followed by word `i + 1` on the same line with nothing but spaces between.
pub fn joined(ctx: &Context<'_>, i: usize) -> bool {
    ctx.words.get(i).is_some_and(|w| w.joined_to_next)
}

/// True when word `i` is a comma (Arabic or Latin).
pub fn is_comma(ctx: &Context<'_>, i: usize) -> bool {
    matches!(ctx.raw(i), "،" | ",")
}

/// Place and organisation names from the lists.
pub struct Gazetteer;

/// The kinds of outlet written before an outlet's name (normalised): agency, newspaper, magazine, channel,
/// television, radio.
pub const OUTLET_KINDS: [&str; 7] = [
    "وكاله",
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "تلفزيون",
    "اذاعه",
];

/// Adjectives that describe an outlet by its kind of news (normalised): "الجزيرة [الإخبارية]", "سبق
/// [الإلكترونية]", "[الفضائية]", "[اليومية]", "[الأسبوعية]", a channel's "[الرياضية]", "[الوثائقية]".
const NEWS_ADJECTIVES: [&str; 7] = [
    "الاخباريه",
    "الالكترونيه",
    "الفضائيه",
    "اليوميه",
    "الاسبوعيه",
    "الرياضيه",
    "الوثائقيه",
];

/// Indefinite adjectives of degree (normalised, masculine, with the accusative alif): "بحماس [كبير]", "حماسا
/// [شديدا]". A proper name takes none.
const DEGREE_ADJECTIVES: [&str; 16] = [
    "كبير",
    "كبيرا",
    "شديد",
    "شديدا",
    "بالغ",
    "بالغا",
    "واضح",
    "واضحا",
    "لافت",
    "لافتا",
    "منقطع",
    "زائد",
    "زائدا",
    "متزايد",
    "متزايدا",
    "ملحوظ",
];

/// True when word `i` (a frequent noun after `skip` clitic bytes) is written as an indefinite noun: with
/// tanween ("بعملٍ وحماسٍ"), or joined by "و" to a word with tanween ("بجرأةٍ وحماس"). A name takes none.
fn indefinite_noun(ctx: &Context<'_>, i: usize, skip: usize) -> bool {
    let tanween = |raw: &str| {
        raw.chars()
            .any(|c| matches!(c, '\u{064b}' | '\u{064c}' | '\u{064d}'))
    };
    let raw = ctx.raw(i);
    tanween(raw)
        || (skip > 0
            && raw.starts_with('و')
            && i.checked_sub(1)
                .is_some_and(|p| joined(ctx, p) && tanween(ctx.raw(p))))
}

impl Recognise for Gazetteer {
    fn name(&self) -> &'static str {
        "gazetteer"
    }

    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for i in 0..ctx.words.len() {
            let want = Flags::LOC
                .union(Flags::ORG)
                .union(Flags::TOWN)
                .union(Flags::PERSON);
            let Some(m) = match_at(ctx, i, want) else {
                continue;
            };
            // A town only the GeoNames list knows is weaker evidence than the curated lists.
            let town = !m
                .flags
                .contains(Flags::LOC.union(Flags::ORG).union(Flags::PERSON));
            // The curated organisation list wins over a territory list entry ("الأمم المتحدة"); a listed person
            // over a town of the same name.
            let label = if m.flags.contains(Flags::ORG) {
                EntityLabel::Org
            } else if m.flags.contains(Flags::LOC) {
                EntityLabel::Loc
            } else if m.flags.contains(Flags::PERSON) {
                EntityLabel::Per
            } else {
                EntityLabel::Loc
            };
            // "تعديلا [و]زاريا": a town only GeoNames knows, read after a clitic, where the whole word is a frequent
            // word or the relative adjective of one ("وزاريا", ministerial: "وزارة"), is that word.
            // Joined with "و" to a place before it, it is one more place ("لاغوس وزاريا").
            let after_place = i > 0
                && joined(ctx, i - 1)
                && ctx.words.get(i - 1).is_some_and(|p| {
                    p.stems.iter().any(|s| {
                        ctx.lexicon
                            .flags(&s.key)
                            .intersects(Flags::LOC.union(Flags::TOWN))
                    })
                });
            // "[لـ]جأوا", "[و]ربات": a stem of four letters or fewer is most often an accident of the clitic reading
            // (of ANERcorp's words read so, 2 of 10 are places; of the longer ones 16 of 20).
            let short_stem = ctx
                .words
                .get(i)
                .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                .is_some_and(|s| s.key.chars().count() <= 4);
            if town
                && m.skip > 0
                && m.words == 1
                && !after_place
                && (whole_word_is_common(ctx, i) || short_stem)
            {
                continue;
            }
            if label == EntityLabel::Loc && m.words == 1 && prayer_time(ctx, i) {
                continue;
            }
            // "وقد [فوجئ] الجميع": a word written with a final hamza on ya, which normalising folds into the ya of a
            // town's name ("فوجي"), is that word; GeoNames' Arabic names do not end so.
            if town && m.words == 1 && ctx.raw(i).ends_with('ئ') {
                continue;
            }
            // "الرحلة [المجمعة]": a definite feminine place of one word right after a frequent definite feminine noun
            // that is no place or body word agrees with it as its adjective ("the combined trip"); "العاصمة
            // الرياض", "محافظة المجمعة" keep theirs.
            if label == EntityLabel::Loc
                && m.words == 1
                && m.skip == 0
                && agrees_as_adjective(ctx, i)
            {
                continue;
            }
            // "الخطوط السعودية": after a definite noun, a country name that is also an adjective agrees with it.
            if m.words == 1
                && m.skip == 0
                && m.flags.contains(Flags::NATIONALITY)
                && i > 0
                && joined(ctx, i - 1)
                && ctx
                    .words
                    .get(i - 1)
                    .is_some_and(|p| p.stems.iter().any(|s| s.key.starts_with("ال")))
            {
                continue;
            }
            // "الرياضة المصرية و[السعودية]": a country name that is also an adjective, joined with "و" to a nationality
            // adjective that is no place, is one more adjective of the same noun.
            if m.words == 1
                && m.skip > 0
                && m.flags.contains(Flags::NATIONALITY)
                && ctx.raw(i).starts_with('و')
                && i > 0
                && joined(ctx, i - 1)
                && ctx.words.get(i - 1).is_some_and(|p| {
                    let f = ctx.lexicon.flags(&p.key);
                    p.key.starts_with("ال")
                        && f.contains(Flags::NATIONALITY)
                        && !f.intersects(Flags::LOC.union(Flags::TOWN))
                })
            {
                continue;
            }
            // "في [الجزيرة] الوسطية": a one-word listed body that is also a frequent noun, with a relative adjective
            // after it that no list knows (and that is no outlet's kind of news or city), is that noun described.
            if label == EntityLabel::Org
                && m.words == 1
                && ctx.words.get(i).is_some_and(|w| {
                    w.stems
                        .iter()
                        .any(|s| s.skip == m.skip && ctx.lexicon.is_common_word(&s.key))
                })
                && joined(ctx, i)
                && ctx.words.get(i + 1).is_some_and(|n| {
                    n.key.starts_with("ال")
                        && n.key.ends_with("يه")
                        && n.key.chars().count() >= 6
                        // "القاعدة [الجوية]": an adjective the lists know only as continuing a body's name
                        // ("القوات الجوية") describes the noun all the same.
                        && matches!(ctx.lexicon.flags(&n.key), f if f == Flags::default() || f == Flags::ORG_ADJ)
                        && !NEWS_ADJECTIVES.contains(&n.key.as_str())
                        // "الحياة [اللندنية]": the adjective of the outlet's city.
                        && !n
                            .key
                            .strip_prefix("ال")
                            .and_then(|k| k.strip_suffix("يه"))
                            .is_some_and(|k| {
                                ctx.lexicon
                                    .flags(k)
                                    .intersects(Flags::LOC.union(Flags::TOWN))
                            })
                })
            {
                continue;
            }
            // "لعبوا [بحماس] كبير": a one-word listed body that is also a frequent indefinite noun, with an
            // indefinite adjective of degree after it, is that noun ("zeal"): a name takes no indefinite adjective.
            if label == EntityLabel::Org
                && m.words == 1
                && ctx.words.get(i).is_some_and(|w| {
                    w.stems.iter().any(|s| {
                        s.skip == m.skip
                            && !s.key.starts_with("ال")
                            && ctx.lexicon.is_common_word(&s.key)
                    })
                })
                && (joined(ctx, i)
                    && ctx
                        .words
                        .get(i + 1)
                        .is_some_and(|n| DEGREE_ADJECTIVES.contains(&n.key.as_str()))
                    || indefinite_noun(ctx, i, m.skip))
            {
                continue;
            }
            // "وكالة [رويترز]", "صحيفة [عكاظ]": an outlet's kind before its listed name stays out, as after a head
            // word ("صحيفة الأهرام" -> "الأهرام"); names that need the word ("وكالة الطاقة الدولية") keep it.
            let outlet_kind = label == EntityLabel::Org
                && m.words >= 2
                && ctx
                    .words
                    .get(i)
                    .and_then(|w| w.stems.iter().find(|s| s.skip == m.skip))
                    .is_some_and(|s| OUTLET_KINDS.contains(&s.key.as_str()))
                && match_at(ctx, i + 1, Flags::ORG)
                    .is_some_and(|rest| rest.skip == 0 && rest.words == m.words - 1);
            let (first, skip) = if outlet_kind { (i + 1, 0) } else { (i, m.skip) };
            if let Some(span) = words_span(ctx, first, skip, i + m.words) {
                let (confidence, priority) = if town { (0.6, 1) } else { (0.9, 2) };
                out.push(candidate(
                    span,
                    label,
                    Recogniser::Gazetteer,
                    confidence,
                    priority,
                ));
            }
        }
        out
    }
}

/// True when word `i` as written (no clitic taken off) is a frequent word, or the relative adjective of one in any
/// case ("وزاري", "وزاريا", "وزارية" of "وزارة"; "اقتصاديا" of "اقتصاد").
/// Words before the name of a prayer time (normalised): "صلاة", its dual, "أذان".
const PRAYER_WORDS: [&str; 4] = ["صلاه", "صلاتي", "صلاتا", "اذان"];

/// True when word `i` is "المغرب" after a prayer word: "صلاة [المغرب]", "أذان المغرب" name the sunset prayer,
/// not Morocco.
pub fn prayer_time(ctx: &Context<'_>, i: usize) -> bool {
    i > 0
        && joined(ctx, i - 1)
        && ctx.words.get(i).is_some_and(|w| w.key == "المغرب")
        && ctx.words.get(i - 1).is_some_and(|p| {
            p.stems
                .iter()
                .any(|s| PRAYER_WORDS.contains(&s.key.as_str()))
        })
}

fn whole_word_is_common(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let key = w.key.as_str();
    if ctx.lexicon.is_common_word(key) {
        return true;
    }
    let bare = key.strip_suffix('ا').unwrap_or(key);
    let Some(base) = bare.strip_suffix("يه").or_else(|| bare.strip_suffix('ي')) else {
        return false;
    };
    base.chars().count() >= 3
        && (ctx.lexicon.is_common_word(base) || ctx.lexicon.is_common_word(&format!("{base}ه")))
}

/// True when word `i` is definite and feminine ("المجمعه") and the word before it, joined, is a frequent definite
/// feminine noun no list knows as a place, head, title or name ("الرحله").
fn agrees_as_adjective(ctx: &Context<'_>, i: usize) -> bool {
    let feminine_definite =
        |k: &str| k.starts_with("ال") && k.ends_with('ه') && k.chars().count() >= 5;
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    if !feminine_definite(&w.key) || i == 0 || !joined(ctx, i - 1) {
        return false;
    }
    ctx.words.get(i - 1).is_some_and(|p| {
        p.is_wordlike()
            && !p.stop
            && feminine_definite(&p.key)
            && ctx.lexicon.is_common_word(&p.key)
            && ctx.lexicon.flags(&p.key) == Flags::default()
    })
}

/// The span from word `first` (minus `skip` clitic bytes) to the end of word `end - 1`.
pub fn words_span(ctx: &Context<'_>, first: usize, skip: usize, end: usize) -> Option<Span> {
    let a = ctx.words.get(first)?;
    let b = ctx.words.get(end.checked_sub(1)?)?;
    let span = Span::new(a.span.start + skip, b.span.end);
    (!span.is_empty()).then_some(span)
}

/// A candidate from its parts.
pub fn candidate(
    span: Span,
    label: EntityLabel,
    source: Recogniser,
    confidence: f32,
    priority: u8,
) -> Candidate {
    Candidate {
        span,
        label,
        source,
        confidence,
        priority,
    }
}
