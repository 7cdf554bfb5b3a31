//! The stretch between a cue and its complement: what may stand there (speaker, object, adverbs) and the
//! scan that finds the complement.

use super::{
    ADJUNCT_PREPOSITIONS, ADJUNCT_REACH, ADVERBS, COMMAS, Ctx, CueForm, CueInfo, DEMONSTRATIVES,
    EntityLabel, Found, LONG_VERB_REACH, Marked, NEAR_REACH, OWN_REACH, PARTITIVE, SOURCE_NOUNS,
    VERB_REACH, addressee_then_preposition, after_temporal, alias_in_parentheses,
    aside_then_preposition, bi_after_demonstrative, content_start, cue_at, cues, discourse_phrase,
    divine_phrase, far_complement, honorific, is_bare_comp, is_comp, is_quote_mark, np_start,
    opener_tok, own_position_noun, reach, speaker, speaker_then_complement, speech_after_outlet,
    takes_preposition, time_phrase,
};

/// What the scan has seen of the speaker zone after a reporting word.
#[derive(Default)]
pub(super) struct Zone {
    /// Prepositions and objects belong to the verb only while the tokens since the verb can be its subject.
    pub(super) broken: bool,
    /// Something other than a comma broke the zone ("أعرب فلان، عن" still takes عن after the comma).
    pub(super) broken_hard: bool,
    /// "يقول فلان، ...": the comma after which the content starts, when no complementiser comes.
    pub(super) say_comma: Option<usize>,
    /// "وأشار الوزير في كلمته إلى": where an adverbial phrase after the speaker broke the zone, when nothing else
    /// did.
    pub(super) adjunct: Option<usize>,
    /// The verb's only preposition is من (حذر، استغرب).
    pub(super) min_only: bool,
}

impl Zone {
    /// Takes token `j` of the clause after the reporting word at token `i` into the speaker zone.
    pub(super) fn extend(&mut self, ctx: &Ctx, i: usize, j: usize, info: CueInfo) {
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
    pub(super) fn blocks_preposition(&self, ctx: &Ctx, j: usize) -> bool {
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

/// How many words the represented body or place may have between its preposition and the person's name.
const REPRESENTED_WORDS: usize = 4;

/// When token `j` (after the reporting word at token `i`) is عن or إلى right after a representative's title
/// (or the title and one adjective: "المبعوث الأممي إلى"), followed by the body or place represented (words,
/// at least one in an organisation's or place's mention) and then a person's mention: the token where that
/// name starts. "ودعا النائب إلى محاسبة الوزير فلان" has no body or place there: إلى is the verb's.
fn represented_then_name(ctx: &Ctx, i: usize, j: usize) -> Option<usize> {
    let t = ctx.toks.get(j)?;
    if !matches!(t.key.as_str(), "عن" | "الي") || j < i + 2 {
        return None;
    }
    if !speaker::represented_after(ctx, j, i + 1) {
        return None;
    }
    let mut placed = false;
    for k in j + 1..=j + 1 + REPRESENTED_WORDS {
        let x = ctx.toks.get(k)?;
        if !x.is_word() || ctx.ends_sentence(k.saturating_sub(1)) {
            return None;
        }
        let mut over = ctx.mentions_over(x.span);
        if let Some(m) = over.next() {
            if m.label == EntityLabel::Per && m.span.start == x.span.start {
                return placed.then_some(k);
            }
            placed |= matches!(m.label, EntityLabel::Org | EntityLabel::Loc);
        }
    }
    None
}

/// Token `j` follows the end of a person's or organisation's mention and is an indefinite common noun: no
/// name, title, plural of people, unnamed source, adjective or complement of the name.
pub(super) fn object_after_name(ctx: &Ctx, j: usize) -> bool {
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
pub(super) fn scan(ctx: &Ctx, i: usize, info: CueInfo, marked: &[Marked]) -> Option<Found> {
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
        // "حذر النائب عن حزب التجمع فلان من", "ودعا المبعوث الأممي إلى السودان فلان الطرفين إلى": the
        // representative's body or place belongs to the title; the verb's own preposition comes after the name.
        if !zone.broken
            && let Some(name) = represented_then_name(ctx, i, j)
        {
            skipped += name - j;
            j = name;
            continue;
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
