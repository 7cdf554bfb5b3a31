//! Subjects found elsewhere in the clause: before the verb, after كان or a connective, a topic, a person
//! closing the clause, a name governed by a title.

use super::{
    CLAUSE_BREAKS, COMMAS, Ctx, EntityLabel, KANA, MAX_TITLES_BACK, NAME_MAX_WORDS, PREPOSITIONS,
    Span, Who, bare, extract, is_honour_title, is_people_plural, is_quote_mark, is_stop, is_title,
    org_heads, title_key,
};

/// A speaker named before the verb in its clause ("لافروف شدد على", "أما فلان ... فقال", "فلان، خبير ...، يقول").
pub(crate) fn clause_subject(ctx: &Ctx, cue: usize) -> Option<Who> {
    let mut start = ctx.sentence_start(cue);
    // A colon or dash inside quotation marks (a book's title, «السلام: الطريق الطويل») breaks no clause: walking
    // back, a closing mark enters marks and an opening mark leaves them (a straight mark toggles).
    let mut in_marks = false;
    for i in (start..cue).rev() {
        let Some(t) = ctx.toks.get(i) else { break };
        match t.raw {
            "»" | "”" => in_marks = true,
            "«" | "“" => in_marks = false,
            "\"" => in_marks = !in_marks,
            _ => {}
        }
        if !in_marks && t.is_punct(CLAUSE_BREAKS) {
            start = i + 1;
            break;
        }
    }
    let topic = ctx.toks.get(start).is_some_and(|t| t.key.as_str() == "اما");
    // "وكانت الوزارة قد حذرت": the subject between كان and قد.
    let kana = ctx.toks.get(start).is_some_and(|t| {
        let n = t.key.as_str().strip_prefix('و').unwrap_or(t.key.as_str());
        KANA.contains(&n)
    }) && cue
        .checked_sub(1)
        .and_then(|p| ctx.toks.get(p))
        .is_some_and(|t| t.key.as_str() == "قد");
    if topic || kana {
        start += 1;
    }
    if start >= cue {
        return None;
    }
    if is_stop(ctx, start) {
        return None;
    }
    let (who, end) = extract(ctx, start, cue);
    let ends_at_comma = end == cue || ctx.toks.get(end).is_some_and(|t| t.is_punct(COMMAS));
    if joined_bare_word(ctx, &who, start) {
        return None;
    }
    match who {
        Who::Named {
            entity: Some(_), ..
        } => Some(who),
        Who::Named { .. } if ends_at_comma || topic || kana => Some(who),
        // "أما الأمانة فقد أكدت أن": the topic of أما is the subject of the verb after ف.
        Who::Definite { .. } | Who::Title { .. } if kana || topic => Some(who),
        // "المحلل المالي يرى أن": a title right before the verb is its subject.
        Who::Title { .. } if end == cue => Some(who),
        // "الصحة تحذر من ...": in a headline, a definite noun right before the verb is its subject.
        Who::Definite { .. }
            if end == cue && ctx.toks.get(cue).is_some_and(|t| ctx.heading_like(t.block)) =>
        {
            Some(who)
        }
        _ => None,
    }
}

/// "أما الوزير فلان فقد اعتبر القرار خطوة", "أما الهيئة فدعت المواطنين إلى": the topic of أما is the subject of
/// the verb after ف (written on the verb or in فقد); what follows the verb is its object.
pub(crate) fn topic_subject(ctx: &Ctx, cue: usize) -> Option<Who> {
    // The subject ends before فقد or ف; else ف is written on the verb.
    let end = match cue.checked_sub(1).and_then(|p| ctx.toks.get(p)) {
        Some(p) if matches!(p.key.as_str(), "فقد" | "ف") => cue - 1,
        _ if ctx.toks.get(cue)?.key.as_str().starts_with('ف') => cue,
        _ => return None,
    };
    let sentence = ctx.sentence_start(cue);
    let topic = (sentence..end)
        .rev()
        .find(|&k| ctx.toks.get(k).is_some_and(|t| t.key.as_str() == "اما"))?;
    // "أما موسكو، فرفضت": a comma may close the topic.
    let end = if ctx.toks.get(end - 1).is_some_and(|t| t.is_punct(COMMAS)) {
        end - 1
    } else {
        end
    };
    if topic + 1 >= end || is_stop(ctx, topic + 1) {
        return None;
    }
    let (who, stop) = extract(ctx, topic + 1, end);
    (stop == end
        && matches!(
            who,
            Who::Named { .. } | Who::Title { .. } | Who::Definite { .. }
        ))
    .then_some(who)
}

/// "وأخيرا أكد أن", "ومضى يقول إن", "وهنا قال": one indefinite word that no mention covers, with و or ف written on
/// it, opening the sentence before the verb is an adverb or a verb of going on, not a subject: a subject put before
/// its verb after و is a name the recognisers know ("ولافروف قال") or a noun phrase ("ومصادر مطلعة قالت").
pub(super) fn joined_bare_word(ctx: &Ctx, who: &Who, start: usize) -> bool {
    let Who::Named {
        span, entity: None, ..
    } = who
    else {
        return false;
    };
    let Some(t) = ctx.toks.get(start) else {
        return false;
    };
    let key = t.key.as_str();
    t.span == *span
        && ctx.mentions_over(t.span).next().is_none()
        && key
            .strip_prefix('و')
            .or_else(|| key.strip_prefix('ف'))
            .is_some_and(|rest| !rest.starts_with("ال"))
        && !is_title(key)
}

/// How many words a prepositional phrase qualifying a subject put before its verb may have ("على الوثيقة").
pub(super) const SUBJECT_PHRASE_WORDS: usize = 4;

/// Prepositions (normalised) that open a phrase qualifying a subject before its verb ("مطلعا على", "في الشؤون").
pub(super) const SUBJECT_PREPOSITIONS: &[&str] = &["علي", "في", "من", "لدي"];

/// Connectives (normalised) after which a clause opens with its subject: "لكن الخبراء استبعدوا".
pub(super) const SUBJECT_CONNECTIVES: &[&str] = &["لكن", "ولكن"];

/// Words that make "أن" a connective opening a clause with its subject: "غير أن المسؤولين أكدوا", "رغم أن".
pub(super) const AN_CONNECTIVES: &[&str] = &["غير", "الا", "بيد", "رغم", "ورغم", "برغم", "وبرغم"];

/// "لكن الخبراء استبعدوا", "غير أن دبلوماسيين قالوا": a connective that opens a clause with its subject, then the
/// noun phrase up to the reporting verb at `cue`: that phrase is the verb's subject (the verb follows its subject,
/// so nothing after the verb names the speaker). Looks back only over the words a name may have.
pub(crate) fn connective_subject(ctx: &Ctx, cue: usize) -> Option<Who> {
    let lowest = cue.saturating_sub(NAME_MAX_WORDS + 1 + SUBJECT_PHRASE_WORDS);
    let mut start = None;
    for i in (lowest..cue).rev() {
        let t = ctx.toks.get(i)?;
        if !t.is_word() {
            return None;
        }
        let key = t.key.as_str();
        let after_an = key == "ان"
            && i.checked_sub(1)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| AN_CONNECTIVES.contains(&p.key.as_str()));
        if SUBJECT_CONNECTIVES.contains(&key) || after_an {
            start = Some(i + 1);
            break;
        }
    }
    let start = start?;
    if start >= cue || is_stop(ctx, start) {
        return None;
    }
    let (who, end) = extract(ctx, start, cue);
    // "لكن سفيرا مطلعا على الوثيقة قال": a prepositional phrase of a few words may qualify the subject.
    let qualified = end < cue
        && cue - end <= SUBJECT_PHRASE_WORDS
        && ctx
            .toks
            .get(end)
            .is_some_and(|t| SUBJECT_PREPOSITIONS.contains(&t.key.as_str()))
        && (end..cue).all(|k| ctx.toks.get(k).is_some_and(|t| t.is_word()));
    if end != cue && !qualified {
        return None;
    }
    match &who {
        Who::Named {
            entity: Some(_), ..
        }
        | Who::Title { .. }
        | Who::Definite { .. } => Some(who),
        // An indefinite noun phrase ("دبلوماسيين", "أحد أقرباء العائلة") or a definite plural of people
        // ("الخبراء") speaks as written; a definite singular ("المضيفة") may stand for someone named before, which
        // the other readings resolve.
        // "لكن المعارضة السورية أكدت": a definite noun with a nisba adjective names a body, which speaks as
        // written too.
        Who::Named {
            entity: None, span, ..
        } => {
            let first = ctx.toks.get(start)?;
            let key = first.key.as_str();
            let last = ctx.toks.get(ctx.tok_at(span.end).saturating_sub(1))?;
            let body = ctx.tok_at(span.end) > start + 1 && {
                let l = last.key.as_str();
                l.starts_with("ال") && (l.ends_with('ي') || l.ends_with("يه"))
            };
            (!key.starts_with("ال") || is_people_plural(key) || body).then_some(who)
        }
        _ => None,
    }
}

/// "وكان أوباما، في خطابه ...، حذر الكونغرس بأنه", "وكانت الوزارة أعلنت أن": a sentence opening with كان and a
/// name (a mention) or a title has that subject for the reporting verb at `cue` later in it, and what follows the
/// verb is its object. Not when the verb is in a relative clause ("الذي قال").
pub(crate) fn kana_subject(ctx: &Ctx, cue: usize) -> Option<Who> {
    let start = ctx.sentence_start(cue);
    let t = ctx.toks.get(start)?;
    let n = t.key.as_str().strip_prefix('و').unwrap_or(t.key.as_str());
    if !KANA.contains(&n) || start + 1 >= cue {
        return None;
    }
    let before = ctx.toks.get(cue - 1)?;
    if matches!(
        before.key.as_str(),
        "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللواتي"
    ) {
        return None;
    }
    // "وكانت طهران قد نفت ذلك، وقال المتحدث باسمها إن": a verb with و or ف opens a clause of its own, past the
    // كان clause; its subject is read after it (or, when none is written, is the previous speaker).
    let verb = ctx.toks.get(cue)?;
    let verb = verb.key.as_str();
    if verb
        .strip_prefix('و')
        .or_else(|| verb.strip_prefix('ف'))
        .is_some_and(|rest| super::super::cues::lookup(rest).is_some())
    {
        return None;
    }
    let (who, end) = extract(ctx, start + 1, cue);
    // "وكان الأمير فلان وجّه بكذا، فيما أكد وكيله أن": a comma and a connective of a new clause between the
    // subject and the cue close the كان clause; the cue has a subject of its own. (Commas alone may enclose an
    // aside: "وكان أوباما، في خطابه، حذر".)
    if (end..cue).any(|k| {
        ctx.toks.get(k).is_some_and(|t| t.is_punct(&["،", ","]))
            && ctx.toks.get(k + 1).is_some_and(|n| {
                matches!(
                    n.key.as_str(),
                    "فيما" | "بينما" | "وفيما" | "وبينما" | "حيث" | "كما" | "في"
                ) && (n.key != "في" || ctx.toks.get(k + 2).is_some_and(|h| h.key == "حين"))
            })
    }) {
        return None;
    }
    match who {
        Who::Named {
            entity: Some(_), ..
        }
        | Who::Title { .. } => Some(who),
        // "وكانت الشركة المنفذة أعلنت أن": a noun phrase that fills the space up to the verb.
        Who::Definite { .. } | Who::Named { .. } if end == cue => Some(who),
        // "وكانت الوزارة قد أصدرت بيانا، أوضحت فيه أن": the noun phrase before قد is the subject of the verbs of
        // its sentence that agree with كان.
        Who::Definite { .. } | Who::Named { .. }
            if ctx.toks.get(end).is_some_and(|t| t.key.as_str() == "قد")
                && super::super::cues::gender(ctx.toks.get(cue)?.key.as_str())
                    == Some(if n == "كانت" {
                        super::super::cues::Gender::Feminine
                    } else {
                        super::super::cues::Gender::Masculine
                    }) =>
        {
            Some(who)
        }
        _ => None,
    }
}

/// Who a headline's "Speaker:" segment names.
pub(crate) fn segment_who(ctx: &Ctx, seg: Span) -> Who {
    let first = ctx.toks.get(ctx.tok_at(seg.start));
    let first_is_title = first.is_some_and(|t| is_title(t.key.as_str()));
    // "مدربا الهلال والنصر:", "وزراء الخارجية العرب:": a dual or plural title is the group as written.
    if first_is_title
        && first.is_some_and(|t| {
            let b = bare(t.key.as_str());
            b.ends_with('ا') || b.ends_with('و') || is_people_plural(t.key.as_str())
        })
    {
        return Who::Named {
            span: seg,
            entity: None,
            title: Vec::new(),
        };
    }
    if let Some(m) = ctx.speaker_mention(seg)
        && m.label != EntityLabel::Loc
        // "رئيس نادي الاتحاد:": the organisation in a title is not who speaks; the title's holder is.
        && (m.label == EntityLabel::Per || !first_is_title)
    {
        return Who::Named {
            span: m.span,
            entity: Some(m.entity),
            title: Vec::new(),
        };
    }
    // "وزير المالية: ..." names a title holder the body may name.
    let first = ctx.tok_at(seg.start);
    if let Some(words) = ctx
        .toks
        .get(first)
        .and_then(|t| title_key(t.key.as_str()).map(str::to_owned))
        .map(|w| vec![w])
    {
        return Who::Title {
            words,
            span: seg,
            headline: true,
        };
    }
    Who::Named {
        span: seg,
        entity: ctx.entity_at(seg),
        title: Vec::new(),
    }
}

/// How many punctuation tokens (commas, a colon, quote marks) [`person_closing_zone`] passes back over.
pub(super) const ZONE_END_PUNCTUATION: usize = 2;

/// Title words [`person_closing_zone`] passes back over before a person's name to find what governs it.
pub(super) const MAX_TITLES_BEFORE_NAME: usize = 4;

/// The person named last in the speaker zone `from..end`, right before where the content starts ("وقال استشاري
/// ... بجامعة الملك خالد البروفيسور فلان: إن", "ثمّنت الكاتبة ومدير تحرير مجلة ... فلانة، فوز ..."): the mention
/// ending at `end` (past at most a comma, colon or quote mark), not the object of a preposition or of a ب/ل word.
pub(crate) fn person_closing_zone<'a>(
    ctx: &Ctx<'a>,
    from: usize,
    end: usize,
) -> Option<&'a crate::analysis::Mention> {
    let mut last = end.checked_sub(1)?;
    let mut passed = 0;
    while last >= from
        && passed < ZONE_END_PUNCTUATION
        && ctx
            .toks
            .get(last)
            .is_some_and(|t| t.is_punct(&["،", ",", ":"]) || is_quote_mark(t.raw))
    {
        last = last.checked_sub(1)?;
        passed += 1;
    }
    if last < from {
        return None;
    }
    let word = ctx.toks.get(last)?;
    let person = ctx
        .mentions_over(word.span)
        .find(|m| m.label == EntityLabel::Per && m.span.end == word.span.end)?;
    let first = ctx.tok_at(person.span.start);
    if first <= from {
        return None;
    }
    // What stands before the name, past its titles: not a preposition or a ب/ل word ("لنظيره فلان").
    let mut prev = first - 1;
    let mut titles = 0;
    while prev > from
        && titles < MAX_TITLES_BEFORE_NAME
        && ctx.toks.get(prev).is_some_and(|x| is_title(x.key.as_str()))
    {
        prev -= 1;
        titles += 1;
    }
    let before = ctx.toks.get(prev)?;
    let key = before.key.as_str();
    let bare = key.strip_prefix('و').unwrap_or(key);
    // "مدير التعليم في المنطقة فلان": في after a title places the office; the name after it is the holder's.
    let office_place = bare == "في"
        && (from..prev).any(|k| {
            ctx.toks
                .get(k)
                .is_some_and(|t| is_title(t.key.as_str()) && !t.key.as_str().starts_with('ل'))
        });
    // "المبعوث الأممي إلى ليبيا فلان": a place whose name starts with ب or ل ("ليبيا", "بغداد") carries no
    // preposition (a mention after one starts past it, "لـ[ليبيا]").
    let named_place = ctx
        .mentions_over(before.span)
        .any(|m| m.span.start == before.span.start);
    let governs = before.raw == "على"
        || (PREPOSITIONS.contains(&bare) && !office_place)
        || (titles == 0
            && (key.starts_with('ب') || key.starts_with('ل'))
            && !key.starts_with("ال")
            && !named_place);
    (!governs).then_some(person)
}

/// How many tokens [`governed`] looks back over titles and adjectives for the preposition.
pub(super) const GOVERNED_REACH: usize = 12;

/// True when a name is the object of a preposition ("التقى بالرئيس فلان", "مع الوزير فلان"): not a subject.
pub(crate) fn governed(ctx: &Ctx, name: Span) -> bool {
    governed_within(ctx, name, GOVERNED_CONJUNCTS)
}

/// How many persons joined by و before a name [`governed`] follows back to the preposition of the first
/// ("للطالبة فلانة والطالب فلان").
pub(super) const GOVERNED_CONJUNCTS: usize = 3;

/// [`governed`], following back at most `conjuncts` persons joined by و.
pub(super) fn governed_within(ctx: &Ctx, name: Span, conjuncts: usize) -> bool {
    let start = ctx.tok_at(name.start);
    // "للطالبة فلانة والطالب فلان", "مع فلان وعلان": a person joined by و to one before is governed as that one
    // is. The و is on the name's first word or on the first title before it.
    // A mention after a clitic و starts inside its token ("و[فيصل]").
    let own = match start.checked_sub(1).and_then(|p| ctx.toks.get(p)) {
        Some(p) if p.span.end > name.start => start - 1,
        _ => start,
    };
    let mut first = own;
    while first > 0
        && own - first < MAX_TITLES_BACK
        && ctx
            .toks
            .get(first - 1)
            .is_some_and(|t| is_title(t.key.as_str()))
    {
        first -= 1;
    }
    if conjuncts > 0
        && ctx
            .toks
            .get(first)
            .is_some_and(|t| t.key.as_str().starts_with('و'))
        && let Some(prev) = first.checked_sub(1).and_then(|p| ctx.toks.get(p))
        && let Some(m) = ctx
            .mentions_over(prev.span)
            .find(|m| m.label == EntityLabel::Per && m.span.end == prev.span.end)
    {
        return governed_within(ctx, m.span, conjuncts - 1);
    }
    let mut k = start;
    // Definite words passed right before a title (in text order): "في الندوة الأولى الكاتب فلان" has a noun
    // phrase of its own before the title, which the preposition governs; a definite noun takes no genitive, so
    // the title starts another phrase, the subject's.
    let mut before_title = false;
    let mut titled = false;
    // Titles and their adjectives before a name are few: the walk back is bounded, so calling this for every name
    // of a sentence stays linear.
    while k > 0 && start - k < GOVERNED_REACH {
        k -= 1;
        let Some(t) = ctx.toks.get(k) else {
            return false;
        };
        // A title between ("بالرئيس" is not one: it is a stop, being a prepositional phrase).
        if is_title(t.key.as_str()) {
            titled = true;
            before_title = false;
            continue;
        }
        if t.key.as_str().starts_with("ال") && !is_stop(ctx, k) {
            // An adjective of the title ("وزير الخارجية الروسي").
            before_title |= titled;
            continue;
        }
        let bare = t.key.as_str().strip_prefix('و').unwrap_or(t.key.as_str());
        return !before_title
            && (t.raw == "على"
                || PREPOSITIONS.contains(&bare)
                || t.key.as_str().starts_with("بال")
                || t.key.as_str().starts_with("لل"));
    }
    false
}

/// True for a person's name the tagger is unlikely to have made of a sentence's word: two words or more, or one
/// the article repeats (a lone word named once is often a verb or a noun of the sentence, "أمير الرياض يفتتح").
pub(crate) fn sure_name(ctx: &Ctx, m: &crate::analysis::Mention) -> bool {
    ctx.slice(m.span).split_whitespace().nth(1).is_some()
        || ctx
            .entities
            .get(m.entity)
            .is_some_and(|e| e.mentions.len() > 1)
}

/// How many words of its office a subject's title may have before what the verb governs ("أمير منطقة الرياض").
pub(super) const SUBJECT_OFFICE_WORDS: usize = 4;

/// "وكرم المحافظ في الحفل الدكتور فلان", "واستقبل أمير المنطقة مدير الشرطة اللواء فلان": a sentence opening
/// with a verb and a title that no name follows (past its office words) has that title for subject; the persons
/// named later in it are the verb's objects. Gives the title as read from `from + 1` (None when a name follows
/// the title and its titles of rank, "واستقبل أمير المنطقة الأمير فلان": that name is the subject).
pub(super) fn verb_title_subject(ctx: &Ctx, from: usize, to: usize) -> Option<Who> {
    let verb = ctx.toks.get(from)?;
    let t = ctx.toks.get(from + 1).filter(|_| from + 1 < to)?;
    if ctx.sentence_start(from) != from
        || !verb.is_word()
        || is_stop(ctx, from)
        || is_title(verb.key.as_str())
        || ctx.mentions_over(verb.span).next().is_some()
        || !t.is_word()
        || !is_title(t.key.as_str())
        || is_honour_title(t.key.as_str())
    {
        return None;
    }
    // Past the title's office words (definite or in construct, no person), up to what the verb governs.
    let mut j = from + 2;
    while j < to && j < from + 2 + SUBJECT_OFFICE_WORDS {
        let Some(n) = ctx.toks.get(j) else { break };
        let key = n.key.as_str();
        let person = ctx
            .mentions_over(n.span)
            .any(|m| m.label == EntityLabel::Per);
        if person || !n.is_word() || is_title(key) || is_stop(ctx, j) || ctx.ends_sentence(j) {
            break;
        }
        j += 1;
    }
    // A name right after (past titles of rank: "الأمير", "الدكتور") is the subject's own.
    let mut k = j;
    while k < to
        && k < j + MAX_TITLES_BACK
        && ctx
            .toks
            .get(k)
            .is_some_and(|n| n.is_word() && is_title(n.key.as_str()))
    {
        k += 1;
    }
    let named = ctx.toks.get(k).filter(|_| k < to).is_some_and(|n| {
        ctx.mentions_over(n.span)
            .any(|m| m.label == EntityLabel::Per && m.span.start >= n.span.start)
    });
    if named {
        return None;
    }
    // Something must follow that the verb governs: a person is named later in the sentence.
    let end = (j..to)
        .take_while(|&i| !ctx.ends_sentence(i))
        .last()
        .map_or(j, |i| i + 1);
    let objects = (j..end).any(|i| {
        ctx.toks.get(i).is_some_and(|n| {
            ctx.mentions_over(n.span)
                .any(|m| m.label == EntityLabel::Per)
        })
    });
    if !objects {
        return None;
    }
    match extract(ctx, from + 1, j).0 {
        who @ Who::Title { .. } => Some(who),
        _ => None,
    }
}

/// The first person introduced in `from..to` (tokens): a person mention, else a title followed by a name.
pub(crate) fn introduced(ctx: &Ctx, from: usize, to: usize) -> Option<Who> {
    if let Some(who) = verb_title_subject(ctx, from, to) {
        return Some(who);
    }
    let (Some(a), Some(b)) = (ctx.toks.get(from), ctx.toks.get(to.checked_sub(1)?)) else {
        return None;
    };
    let range = Span::new(a.span.start, b.span.end);
    let persons = || {
        ctx.mentions_in(range).iter().filter(|m| {
            m.span.end <= range.end && m.label == EntityLabel::Per && !governed(ctx, m.span)
        })
    };
    // A name of two words, a repeated name or one after a title before a lone word named once, often a word of
    // the sentence the tagger took for a name ("الشباب هم عماد الوطن").
    let sure = |m: &&crate::analysis::Mention| {
        sure_name(ctx, m)
            || ctx
                .tok_at(m.span.start)
                .checked_sub(1)
                .and_then(|p| ctx.toks.get(p))
                .is_some_and(|p| is_title(p.key.as_str()))
    };
    if let Some(m) = persons().find(sure).or_else(|| persons().next()) {
        return Some(Who::Named {
            span: m.span,
            entity: Some(m.entity),
            title: Vec::new(),
        });
    }
    // Only a title in subject position: no function word since the clause began, not a genitive.
    let mut blocked = false;
    let mut clause_start = from;
    for k in from..to {
        let Some(t) = ctx.toks.get(k) else { break };
        if t.is_punct(&["،", ",", ":"]) || ctx.ends_sentence(k) {
            blocked = false;
            clause_start = k + 1;
            continue;
        }
        // "مجلس الوزراء": a title word as the genitive of an institution is not a person.
        let genitive = t.key.as_str().starts_with("ال")
            && k > from
            && ctx.toks.get(k - 1).is_some_and(|p| {
                let n = p.key.as_str();
                org_heads().contains(n)
                    || n.strip_prefix("ال")
                        .is_some_and(|r| org_heads().contains(r))
                    || n.strip_prefix('و').is_some_and(|r| org_heads().contains(r))
            });
        // "جامعة الملك سعود": a title word inside the name of an organisation or place is no person.
        let in_name = ctx.mentions_over(t.span).any(|m| {
            matches!(m.label, EntityLabel::Org | EntityLabel::Loc) && m.span.start < t.span.start
        });
        if !is_title(t.key.as_str()) || genitive || in_name {
            // The clause's first word may be و + verb ("وعبر"), not the preposition it looks like.
            blocked |= k > clause_start && is_stop(ctx, k);
            continue;
        }
        if blocked {
            continue;
        }
        let (who, _) = extract(ctx, k, to);
        if matches!(who, Who::Named { .. } | Who::Title { .. }) {
            return Some(who);
        }
    }
    None
}
