//! How far an organisation name runs after its head: genitives, لـ/في complements, adjectives that
//! belong to the name and the words that end it.

use super::{
    Context, DESCRIPTIVE, Flags, TokenKind, continues_name, described, given_at, is_ordinal,
    is_proper_like, joined, kunya_name, match_at, nisba, participle_agreeing, prepositional_place,
    qualifying_participle,
};

/// True when the words from `i` (after `skip` clitic bytes) to `end` are a generic body of the lists.
pub(super) fn generic_body(ctx: &Context<'_>, i: usize, skip: usize, end: usize) -> bool {
    let Some(head) = ctx
        .words
        .get(i)
        .and_then(|w| w.stems.iter().find(|s| s.skip == skip))
    else {
        return false;
    };
    let mut key = head.key.clone();
    for k in i + 1..end {
        let Some(w) = ctx.words.get(k) else {
            return false;
        };
        key.push(' ');
        key.push_str(&w.key);
    }
    ctx.lexicon.is_generic_body(&key)
}

/// True when the head word at `i` (after `skip` clitic bytes) has the article ("العاصمة").
pub(super) fn head_is_definite(ctx: &Context<'_>, i: usize, skip: usize) -> bool {
    ctx.words
        .get(i)
        .and_then(|w| w.stems.iter().find(|s| s.skip == skip))
        .is_some_and(|s| s.key.starts_with("ال"))
}

/// Up to three proper-name-like words from `start` (Latin words included): "شركة [داتا بابيولار]".
pub(super) fn proper_run(ctx: &Context<'_>, start: usize) -> usize {
    let mut end = start;
    while end - start < 3 && end > 0 && joined(ctx, end - 1) {
        let Some(w) = ctx.words.get(end) else { break };
        let latin = w.kind == TokenKind::Latin;
        // "استاد لوفتس رود [بنادي] ...": another head word starts another name.
        let head = Flags::ORG_HEAD
            .union(Flags::ORG_HEAD_OUT)
            .union(Flags::ORG_HEAD_NAME)
            .union(Flags::PLACE_HEAD)
            .union(Flags::PLACE_HEAD_OUT)
            .union(Flags::TITLE);
        if match_at(ctx, end, head).is_some() {
            break;
        }
        // "لشركة stc [عليان] الوتيد", "شركة أرامكو [Aramco]": a name is written in one script; a word of the other
        // starts what follows (the person, a gloss).
        if end > start
            && ctx
                .words
                .get(start)
                .is_some_and(|s| (s.kind == TokenKind::Latin) != latin)
        {
            break;
        }
        // "لشركة معادن [خالد] المديفر": a given name after the body's name starts the person named with it; so
        // does one before a rare plain word, a foreign family name ("المحلل في شركة أواندا [كريغ] إيرلام").
        if end > start
            && !latin
            && given_at(ctx, start) == 0
            && given_at(ctx, end) > 0
            && joined(ctx, end)
            && (ctx
                .words
                .get(end + given_at(ctx, end))
                .is_some_and(|n| n.key.starts_with("ال"))
                || super::super::names::rare_plain_name(ctx, end + given_at(ctx, end)))
        {
            break;
        }
        if !latin
            && (w.key.starts_with("ال") || !is_proper_like(ctx, end) || !continues_name(ctx, end))
        {
            break;
        }
        // "شركة [طيران]", "فريق [عمل]": a frequent word no list knows as a name describes the body; after the
        // name, a frequent noun in "ة" is the sentence going on ("شركة معادن [اتفاقية]").
        if (end == start || ctx.raw(end).ends_with('ة'))
            && !latin
            && ctx.lexicon.is_common_word(&w.key)
            && !ctx.lexicon.flags(&w.key).intersects(
                Flags::GIVEN
                    .union(Flags::PERSON)
                    .union(Flags::ORG)
                    .union(Flags::LOC),
            )
        {
            break;
        }
        // "شركة دايملر كرايسلر [عقدا]": the accusative of a frequent noun is the sentence's object.
        let known_name = ctx.lexicon.flags(&w.key).intersects(
            Flags::GIVEN
                .union(Flags::PERSON)
                .union(Flags::ORG)
                .union(Flags::LOC),
        );
        if end > start
            && !latin
            && !known_name
            && w.key
                .strip_suffix('ا')
                .is_some_and(|stem| stem.chars().count() >= 3 && ctx.lexicon.is_common_word(stem))
        {
            break;
        }
        end += 1;
    }
    end
}

/// Where the previous word of an organisation's complement leaves the chain.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Prev {
    /// The head itself.
    Head,
    /// An indefinite noun in construct ("وكالة [أنباء] ...", "هيئة [قناة] ...").
    Construct,
    /// A definite noun ("وزارة [الخارجية]").
    Noun,
    /// An adjective or a nationality ("[العامة]", "[الأمريكية]").
    Adjective,
    /// A noun linked by "لل" or "وال" ("[للأمن]", "[والعلوم]").
    Linked,
    /// A title ("جامعة [الملك] سعود").
    Title,
    /// A person's name after a title ("جامعة الملك [سعود]"); adjectives may follow.
    Name,
    /// An unlisted one-word name after a title ("مسجد الشيخ [زايد]").
    Bare,
    /// A place the lists know, in construct with an indefinite head ("جامعة [حائل]", "مستشفى [صامطة] العام").
    Place,
}

/// Words of time after "لل" (normalised) that say when, not what a body does ("جامعة حائل [للعام] الدراسي").
pub(super) const TIME_AFTER_FIELD: [&str; 5] = ["للعام", "للسنه", "للموسم", "للمره", "للفتره"];

/// Adjectives of a meeting's period or urgency (normalised): "جلسة مجلس الوزراء [الأسبوعية]", "اجتماع مجلس الأمن
/// [الطارئ]". No body is named by them.
pub(super) const MEETING_ADJECTIVES: [&str; 12] = [
    "الاسبوعي",
    "الاسبوعيه",
    "الشهري",
    "الشهريه",
    "السنوي",
    "السنويه",
    "اليومي",
    "اليوميه",
    "الطاري",
    "الطاريه",
    "الاستثنايي",
    "الاستثناييه",
];

/// Pronoun suffixes after "بلاد" (normalised): "بلاده", "بلادها", "بلادهم", "بلادنا".
pub(super) const COUNTRY_PRONOUNS: [&str; 7] = ["ه", "ها", "هم", "هما", "نا", "ي", "كم"];

/// Definite cardinal numbers from three to ten (normalised), both genders.
pub(super) const DEFINITE_NUMBERS: [&str; 16] = [
    "الثلاثه",
    "الثلاث",
    "الاربعه",
    "الاربع",
    "الخمسه",
    "الخمس",
    "السته",
    "الست",
    "السبعه",
    "السبع",
    "الثمانيه",
    "الثماني",
    "التسعه",
    "التسع",
    "العشره",
    "العشر",
];

/// Verbal nouns of a visit's or a patient's purpose after "لـ" (normalised, without it): "نقل إلى مستشفى الملك فهد
/// [لتلقي] العلاج", "وصل إلى مقر الهيئة [لحضور] الاجتماع". They say why someone goes to a body, never what a body
/// does.
pub(super) const PURPOSE_NOUNS: [&str; 6] = ["تلقي", "حضور", "مناقشه", "زياره", "تسلم", "تسليم"];

/// True when word `i` is "لـ" + an indefinite noun followed by a definite word it is in construct with
/// ("[لرعاية] الشباب", "[لمكافحة] الفساد"): not "لل", not a stop word, not "لـ" + an imperfect verb in ي ("ليتم").
pub(super) fn lam_construct(ctx: &Context<'_>, i: usize) -> bool {
    let Some(w) = ctx.words.get(i) else {
        return false;
    };
    let Some(rest) = w.key.strip_prefix('ل') else {
        return false;
    };
    rest.chars().count() >= 3
        && !rest.starts_with('ل')
        && !rest.starts_with('ي')
        && !rest.starts_with("ا")
        && !PURPOSE_NOUNS.contains(&rest)
        && !ctx.is_stop(i)
        && joined(ctx, i)
        && !ctx.is_stop(i + 1)
        && ctx
            .words
            .get(i + 1)
            .is_some_and(|n| n.is_wordlike() && n.key.starts_with("ال"))
}

/// True when the word before `i` is a plural in "ات" ("للجوازات", "الدراسات").
pub(super) fn after_feminine_plural(ctx: &Context<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| ctx.words.get(p))
        .is_some_and(|w| w.key.ends_with("ات"))
}

/// True when the head right before `start` carries the fused article "لل" ("ممثل [للمجلس] جون سميث"): a definite
/// head, which names no person after it.
pub(super) fn fused_article_head(ctx: &Context<'_>, start: usize) -> bool {
    start.checked_sub(1).is_some_and(|h| {
        let raw = ctx.raw(h);
        ["لل", "ولل", "فلل"].iter().any(|p| raw.starts_with(p))
    })
}

/// True when a title ends right before the one-word head that ends before `start` ("[مدير] مركز", "[رئيس]
/// جمعية").
pub(super) fn title_before_head(ctx: &Context<'_>, start: usize) -> bool {
    (2..=3).any(|back| {
        start.checked_sub(back).is_some_and(|h| {
            joined(ctx, h)
                && match_at(ctx, h, Flags::TITLE).is_some_and(|m| h + m.words + 1 == start)
        })
    })
}

/// True when word `i` is "و" + a definite organisation head the lists keep in the span ("[والمجلس]",
/// "[والهيئة]"), with a definite word after it: another body's name, not a field of this one.
pub(super) fn second_body_head(ctx: &Context<'_>, i: usize) -> bool {
    let Some(stem) = ctx.words.get(i).and_then(|w| w.key.strip_prefix('و')) else {
        return false;
    };
    // "وزارة العدل [والإدارة] التابعة لها": the definite form of an indefinite head ("إدارة", "جمعية") too.
    let head = ctx.lexicon.flags(stem).contains(Flags::ORG_HEAD)
        || stem.strip_prefix("ال").is_some_and(|bare| {
            bare == "اداره"
                || ctx
                    .lexicon
                    .flags(bare)
                    .intersects(Flags::ORG_HEAD.union(Flags::ORG_HEAD_OUT))
        });
    stem.starts_with("ال")
        && head
        && joined(ctx, i)
        && ctx
            .words
            .get(i + 1)
            .is_some_and(|n| n.is_wordlike() && !n.stop && n.key.starts_with("ال"))
}

/// True when a name of the lists, starting with the head before `start` or a word of its complement, ends right
/// before word `end` ("[مجلس الأمن الدولي] لمناقشة").
pub(super) fn listed_org_ends_at(ctx: &Context<'_>, start: usize, end: usize) -> bool {
    (start.saturating_sub(3)..end)
        .any(|h| match_at(ctx, h, Flags::ORG).is_some_and(|m| h + m.words == end && m.words >= 2))
}

/// The end of an organisation name's complement starting at word `start` (`start` when there is none).
pub(super) fn org_complement(ctx: &Context<'_>, start: usize, head_definite: bool) -> usize {
    org_complement_after(ctx, start, head_definite, Prev::Head)
}

/// [`org_complement`] after a head that already ends in `prev` ("الرئاسة العامة" ends in an adjective).
pub(super) fn org_complement_after(
    ctx: &Context<'_>,
    start: usize,
    head_definite: bool,
    prev: Prev,
) -> usize {
    let mut end = start;
    let mut prev = prev;
    while end - start < 7 && end > 0 && joined(ctx, end - 1) {
        let Some(w) = ctx.words.get(end) else { break };
        // "مستشفى الملك فهد [العام]": the stop word "العام" (the year) is the institution's adjective after a
        // name or a noun, unless a word of time follows it ("العام الماضي").
        let general = w.key == "العام"
            && matches!(prev, Prev::Name | Prev::Bare | Prev::Noun | Prev::Place)
            && !(joined(ctx, end)
                && ctx.words.get(end + 1).is_some_and(|n| {
                    n.kind == TokenKind::Number || TIME_AFTER_YEAR.contains(&n.key.as_str())
                }));
        if general {
            end += 1;
            prev = Prev::Adjective;
            continue;
        }
        // "شارع [أبي] بكر الصديق", "مدرسة [أبو] عبيدة": a name that starts with its kunya (a stop word alone).
        if matches!(prev, Prev::Head | Prev::Title) && !head_definite && kunya_name(ctx, end) {
            end = super::super::names::extend_name(ctx, end, true);
            prev = Prev::Name;
            continue;
        }
        // "جمعية الأشخاص [ذوي الإعاقة]": "ذوي" (those of) and the definite noun it governs name the members.
        if prev == Prev::Noun
            && matches!(w.key.as_str(), "ذوي" | "ذوو")
            && joined(ctx, end)
            && !ctx.is_stop(end + 1)
            && ctx
                .words
                .get(end + 1)
                .is_some_and(|n| n.is_wordlike() && n.key.starts_with("ال"))
        {
            end += 2;
            continue;
        }
        if !w.is_wordlike()
            || ctx.is_stop(end)
            || (end > start
                && DESCRIPTIVE.contains(&w.key.as_str())
                && !(w.key == "المسلحه" && ctx.words[end - 1].key == "القوات"))
        {
            break;
        }
        // "وزارة المالية [والذي]": "و" before a function word goes on with the sentence.
        if w.key
            .strip_prefix('و')
            .is_some_and(|rest| ctx.lexicon.flags(rest).contains(Flags::STOP))
        {
            break;
        }
        // "منظمة الصحة العالمية [واليونيسف]": a name the lists know, joined with "و", is another party.
        if end > start
            && w.key.starts_with('و')
            && [Flags::ORG, Flags::LOC, Flags::PERSON]
                .into_iter()
                .any(|f| match_at(ctx, end, f).is_some_and(|m| m.skip > 0))
        {
            break;
        }
        let flags = ctx.lexicon.flags(&w.key);
        let k = w.key.as_str();
        // "المنظمة العربية [للمرة] الثانية": a word of time says when, not what the body does. "جلسة مجلس الوزراء
        // [الأسبوعية]": a meeting's period or urgency qualifies the meeting, never the body.
        if TIME_AFTER_FIELD.contains(&k) || MEETING_ADJECTIVES.contains(&k) {
            break;
        }
        // "اللجنة المنظمة [للبطولة]", "الشركة المنظمة [للمعرض]": "المنظمة" right before "لـ" is the participle
        // "organising" and its object, not the body "the organisation" with its field ("المنظمة العربية للتنمية"
        // names the field after an adjective).
        if prev == Prev::Head
            && head_definite
            && end == start
            && k.starts_with('ل')
            && start
                .checked_sub(1)
                .and_then(|h| ctx.words.get(h))
                .is_some_and(|h| h.stems.iter().any(|s| s.key == "المنظمه"))
        {
            break;
        }
        // "برلمان [بلاده]", "حكومة [بلادها]": "the country" with a pronoun is the speaker's own, no name.
        if k.strip_prefix("بلاد")
            .is_some_and(|rest| COUNTRY_PRONOUNS.contains(&rest))
        {
            break;
        }
        // "أعضاء المجلس [الخمسة] عشر": a definite head takes no genitive, and a definite number counts its
        // members ("مجموعة العشرين", with an indefinite head, is the name).
        if prev == Prev::Head && head_definite && end == start && DEFINITE_NUMBERS.contains(&k) {
            break;
        }
        let definite = k.starts_with("ال");
        let linked = k.starts_with("لل") || k.starts_with("وال");
        let adjective = flags.contains(Flags::ORG_ADJ) || flags.contains(Flags::NATIONALITY);
        // "نادي [الرائد]": a club the lists know is the club's name, though it is also a rank.
        let title = match_at(ctx, end, Flags::TITLE).is_some() && !ctx.lexicon.is_club(k);
        // "جامعة [حائل]": a place the lists know, without the article, right after an indefinite head.
        let place_words = match_at(ctx, end, Flags::LOC.union(Flags::TOWN))
            .filter(|m| m.skip == 0 && !definite)
            .map_or(0, |m| m.words);
        let definite_head_word = end > 0
            && ctx.words.get(end - 1).is_some_and(|h| {
                h.key.starts_with("ال") || h.key.starts_with("وال") || h.key.starts_with("فال")
            });
        let next = match prev {
            // "جامعة [الملك] سعود": a definite title in construct with an indefinite head names its namesake; a
            // definite head takes no genitive ("الجامعة [الدكتور] فلان": the title starts a person's phrase).
            _ if title && !(prev == Prev::Head && definite && !definite_head_word) => None,
            Prev::Head if definite && title => Some(Prev::Title),
            // "وطالبت [الهيئة] الجهات الحكومية": a definite head takes no definite genitive, and a plural in ات is
            // no adjective of it: the verb's object starts there.
            Prev::Head
                if definite
                    && definite_head_word
                    && !adjective
                    && k.ends_with("ات")
                    && !ctx
                        .words
                        .get(end - 1)
                        .is_some_and(|h| h.key.ends_with("ات")) =>
            {
                None
            }
            Prev::Head if definite && adjective && head_definite => Some(Prev::Adjective),
            Prev::Head | Prev::Construct if definite => Some(Prev::Noun),
            Prev::Head | Prev::Construct if k.starts_with("لل") => Some(Prev::Linked),
            Prev::Head if !head_definite && place_words > 0 => Some(Prev::Place),
            // "مؤسسة [محمد] بن راشد", "مستشفى [سليمان] الحبيب": a body named after a person, no title between.
            // After a title ("مدير مركز [خالد العتيبي]") the name is the title holder's.
            Prev::Head
                if !head_definite
                    && !definite
                    && given_at(ctx, end) > 0
                    && !title_before_head(ctx, start)
                    && !fused_article_head(ctx, start) =>
            {
                Some(Prev::Name)
            }
            // "مجلس [إدارته]": a noun with its pronoun is no name.
            Prev::Head
                if !head_definite
                    && is_proper_like(ctx, end)
                    && super::super::names::continues_name(ctx, end)
                    && !fused_article_head(ctx, start) =>
            {
                Some(Prev::Construct)
            }
            // "هيئة [قناة] السويس", "رابطة [معاداة] التشهير": an indefinite noun in construct with what follows.
            Prev::Head
                if !head_definite
                    && !prepositional_place(ctx, end)
                    && joined(ctx, end)
                    && !ctx.is_stop(end + 1)
                    && ctx
                        .words
                        .get(end + 1)
                        .is_some_and(|n| n.key.starts_with("ال")) =>
            {
                Some(Prev::Construct)
            }
            // "جبهة جيش [تحرير] الشعب": a second indefinite noun in construct, completed by a definite one.
            // "و" + a frequent noun ("[وقرية] الحمراء") starts another phrase.
            Prev::Construct
                if !definite
                    && !linked
                    && !k
                        .strip_prefix('و')
                        .is_some_and(|rest| ctx.lexicon.is_common_word(rest))
                    && is_proper_like(ctx, end)
                    && joined(ctx, end)
                    && !ctx.is_stop(end + 1)
                    && ctx
                        .words
                        .get(end + 1)
                        .is_some_and(|n| n.key.starts_with("ال")) =>
            {
                Some(Prev::Construct)
            }
            Prev::Title if given_at(ctx, end) > 0 => Some(Prev::Name),
            // "مسجد الشيخ [زايد]": an unlisted name after a title, as the title rule reads it.
            Prev::Title if !definite && super::super::names::plausible_bare_name(ctx, end) => {
                Some(Prev::Bare)
            }
            // "مدرسة الإمام [الشافعي]": a person known by a rare relative name after a title.
            Prev::Title
                if definite
                    && !adjective
                    && nisba(k)
                    && !flags.intersects(Flags::LOC.union(Flags::TOWN).union(Flags::ORG)) =>
            {
                Some(Prev::Bare)
            }
            _ if adjective && definite => Some(Prev::Adjective),
            // "منظمة الدول [المصدرة] للبترول": a definite participle qualifying the noun before it, with its own
            // "لل" complement.
            Prev::Noun if qualifying_participle(ctx, end) => Some(Prev::Adjective),
            // "لتحفيظ القرآن [الكريم]", "لطباعة المصحف [الشريف]": a scripture's fixed epithet; "مستشفى القوات
            // [المسلحة]": the armed forces' own adjective.
            Prev::Noun
                if matches!(
                    (ctx.words.get(end - 1).map(|p| p.key.as_str()), k),
                    (Some("القران"), "الكريم")
                        | (Some("المصحف"), "الشريف")
                        | (Some("القوات"), "المسلحه")
                ) =>
            {
                Some(Prev::Adjective)
            }
            // "مدرسة الإمام الشافعي [الابتدائية]": a feminine relative adjective after a man's name qualifies the
            // head.
            Prev::Name | Prev::Bare if definite && nisba(k) && k.ends_with("يه") => {
                Some(Prev::Adjective)
            }
            // "حزب العمال [الكردستاني]": a definite relative adjective after the noun it qualifies; a masculine one
            // cannot qualify a plural in "ات" ("للجوازات الإلكترونية", not "للجوازات [الإلكتروني]").
            // "اللجنة السعودية [البارالمبية]": and after another adjective.
            // "جمعية حقوق الإنسان [الأولى] من نوعها": an ordinal has the shape of a relative adjective but ranks
            // the body, it does not name it.
            Prev::Noun | Prev::Linked | Prev::Adjective | Prev::Place
                if definite
                    && nisba(k)
                    && !is_ordinal(k)
                    && !(k.ends_with('ي') && after_feminine_plural(ctx, end)) =>
            {
                Some(Prev::Adjective)
            }
            // "الهيئة الوطنية للطاقة [المتجددة]", "المدرسة العليا للعلوم [المتقدمة]": a participle adjective agreeing
            // with the field before it.
            Prev::Linked if definite && participle_agreeing(ctx, end) => Some(Prev::Adjective),
            // "للأمن" continues after an adjective ("الأعلى للأمن"), not after a noun ("الأمن للموافقة"); after a
            // person's name it names the institution's field ("جامعة الملك سعود [للعلوم] الصحية").
            // "الدولة الإسلامية [والمقاتلين]": a plural of persons joined after the name is another party.
            // A sound plural has at least six letters after "وال"; shorter ones are broken plurals of things
            // ("جمعية الثقافة [والفنون]", "[والشؤون]").
            Prev::Adjective | Prev::Noun
                if k.starts_with("وال")
                    && (k.ends_with("ين") || k.ends_with("ون"))
                    && k.chars().count() >= 9 =>
            {
                None
            }
            // "نقابة المحامين [والمجلس] القومي": a definite head of its own, qualified or in construct, joined with
            // "و" starts a second body ("جمعية الثقافة والفنون" goes on: "الفنون" heads nothing).
            _ if k.starts_with("وال") && second_body_head(ctx, end) => None,
            // "مركز داوني الصحي [والمتخصص] في التسويق": "و" + a definite participle in the singular with its
            // preposition after it describes the body, it names nothing.
            Prev::Adjective | Prev::Linked | Prev::Construct if linked && described(ctx, end) => {
                None
            }
            Prev::Adjective | Prev::Linked | Prev::Construct if linked => Some(Prev::Linked),
            // "الرئاسة العامة [لرعاية] الشباب", "مركز الملك عبدالله [لحوار] الأديان": "لـ" + an indefinite noun in
            // construct with a definite one names the field; an imperfect verb after "لـ" ("ليتم") does not.
            // A name the lists know whole takes no more: "مجلس الأمن الدولي [لمناقشة] الأزمة" is its purpose.
            Prev::Adjective | Prev::Noun | Prev::Name | Prev::Bare | Prev::Linked
                if lam_construct(ctx, end) && !listed_org_ends_at(ctx, start, end) =>
            {
                Some(Prev::Construct)
            }
            Prev::Name | Prev::Bare if k.starts_with("لل") => Some(Prev::Linked),
            // "معهد كاليفورنيا [للتقنية]", "مركز جدة [للمعارض]": the field after the place.
            Prev::Place if k.starts_with("لل") && !TIME_AFTER_FIELD.contains(&k) => {
                Some(Prev::Linked)
            }
            Prev::Noun if k.starts_with("وال") => Some(Prev::Linked),
            // "هيئة الشارقة [للكتاب]", "غرفة الرياض [للتجارة]": the field after a place written with its article.
            Prev::Noun
                if k.starts_with("لل")
                    && !TIME_AFTER_FIELD.contains(&k)
                    // "جامعة القاهرة للمواطنين": people served, no field.
                    && !(k.ends_with("ين") || k.ends_with("ون"))
                    && end == start + 1
                    && !head_definite
                    && match_at(ctx, start, Flags::LOC.union(Flags::TOWN))
                        .is_some_and(|m| m.skip == 0 && m.words == 1) =>
            {
                Some(Prev::Linked)
            }
            _ => None,
        };
        let Some(next) = next else { break };
        end = if next == Prev::Place {
            end + place_words
        } else if next == Prev::Name {
            // "جامعة الإمام [محمد بن سعود] الإسلامية": the whole person's name; "جامعة الملك عبدالعزيز
            // [اتفاقية]": a frequent noun in "ة" no list knows as a name, after it, is the verb's object.
            let first = end + given_at(ctx, end);
            let mut name_end = super::super::names::extend_name(ctx, first, true);
            // "مستشفى الملك فهد [التابع] لوزارة الصحة": a describing word ends the namesake's name.
            if let Some(k) =
                (first..name_end).find(|&k| DESCRIPTIVE.contains(&ctx.words[k].key.as_str()))
            {
                name_end = k;
            }
            if name_end > first
                && ctx.raw(name_end - 1).ends_with('ة')
                && ctx.words.get(name_end - 1).is_some_and(|w| {
                    ctx.lexicon.is_common_word(&w.key)
                        && !ctx
                            .lexicon
                            .flags(&w.key)
                            .intersects(Flags::GIVEN.union(Flags::PERSON))
                })
            {
                name_end -= 1;
            }
            name_end
        } else {
            end + 1
        };
        prev = next;
    }
    // "قوات التحالف [العميد] ركن": a title that no name follows belongs to the next phrase.
    if prev == Prev::Title {
        end -= 1;
    }
    end
}

/// Word `i` with the word before it.
pub(super) fn with_previous<'c>(
    ctx: &'c Context<'_>,
    i: usize,
) -> Option<(&'c super::super::Word, &'c super::super::Word)> {
    Some((ctx.words.get(i.checked_sub(1)?)?, ctx.words.get(i)?))
}

/// Adjectives a writer adds to a name, not part of it ("تنظيم القاعدة [الإرهابي]", "الجماعة [المحظورة]"),
/// normalised.
/// Words of time after "العام" that make it "the year" (normalised).
pub(super) const TIME_AFTER_YEAR: [&str; 8] = [
    "الماضي",
    "المقبل",
    "الحالي",
    "الجاري",
    "القادم",
    "المنصرم",
    "الدراسي",
    "المالي",
];
