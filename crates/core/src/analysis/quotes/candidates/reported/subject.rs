//! The noun phrase of a speaker after its verb: where it starts, titles and their genitives, indefinite and
//! collective sources.

use super::{
    ADVERBS, COMMAS, Ctx, CueForm, CueInfo, EntityLabel, INSTITUTION_HEADS, NOT_BI_COMPLEMENTS,
    RELATIVE_PRONOUNS, SOURCE_NOUNS, Tok, VERB_REACH, Who, addressee, alias_in_parentheses, cues,
    honorific, np_after_subject, speaker, subject_like,
};

/// The start of a noun-phrase content ("أكد الوزير أهمية التعاون", "مؤكدا حرصه على", "واعتبرت فوزها دليلا") of a
/// verb flagged [`cues::NP`] at token `i`, when no complementiser or preposition came: right after a participle,
/// or after the finite verb's subject (its name, title and adjectives) and a time adverb. The word there must be
/// able to start a noun phrase: not a function word, name, title or prepositional phrase.
pub(super) fn np_start(ctx: &Ctx, i: usize, info: CueInfo) -> Option<usize> {
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
pub(super) fn subject_named_before(ctx: &Ctx, i: usize) -> bool {
    let Some(p) = i.checked_sub(1).and_then(|p| ctx.toks.get(p)) else {
        return false;
    };
    !ctx.ends_sentence(i - 1)
        && ctx.mentions_over(p.span).any(|m| {
            m.span.end == p.span.end && matches!(m.label, EntityLabel::Per | EntityLabel::Org)
        })
}

/// Adjectives of a title not shaped like adjectives of relation ("الوزير السابق", "المدير المكلف"), normalised.
pub(super) const TITLE_ADJECTIVES: &[&str] = &[
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
pub(super) fn title_adjective(ctx: &Ctx, t: Tok) -> bool {
    let n = t.key.as_str();
    t.is_word()
        && n.starts_with("ال")
        && ctx.mentions_over(t.span).next().is_none()
        && (n.ends_with('ي') || TITLE_ADJECTIVES.contains(&n))
}

/// How many definite genitives may follow an indefinite title in construct ("مدير إدارة التعليم" counts its
/// indefinite heads as titles, "مدير التعليم الأهلي").
pub(super) const TITLE_GENITIVE_MAX: usize = 3;

/// "مدير التعليم", "رئيس هيئة السياحة", "مدير عام الشركة" at token `k`: an indefinite title in construct (no name
/// in it) with its definite genitive, followed by an indefinite plain word (no name, title, function word or
/// prepositional phrase). Gives that word's token.
pub(super) fn construct_title_end(ctx: &Ctx, k: usize) -> Option<usize> {
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
pub(super) fn feminine_definite_then_object(ctx: &Ctx, k: usize, position: bool) -> bool {
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
pub(super) const GROUP_HEADS: &[&str] = &[
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
pub(super) const SOURCE_ADJECTIVES: &[&str] = &[
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
pub(super) const NOUNS_IN_IYA: &[&str] = &[
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
pub(super) const INDEFINITE_SUBJECT_MAX: usize = 9;

/// "مصدر مطلع", "شهود عيان", "مسؤول في وزارة الخارجية", "دول عربية وإسلامية": where an unnamed indefinite subject
/// that starts at token `k` ends: its head (an unnamed source, a plural of people, an indefinite title not in
/// construct, a plural of bodies), the adjectives that agree with it, then a complement of place or body after في،
/// من or ب (a recognised name, or construct words and the definite words that close them). None when token `k`
/// starts no such subject or nothing follows it.
pub(super) fn indefinite_subject_end(ctx: &Ctx, k: usize, limit: usize) -> Option<usize> {
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
pub(super) fn joined_name_end(ctx: &Ctx, k: usize) -> Option<usize> {
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
