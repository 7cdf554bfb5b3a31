//! Word lists the plain-text heading rules look words up in: general knowledge of how Arabic news is written
//! (reporting verbs, month names, news agencies, wire and share boilerplate), matched on a light normalisation.

/// `char::is_alphanumeric`, answered from a table for the Arabic block (the heading rules ask it of every char of
/// every line; the standard library searches its Unicode tables for each non-ASCII char). The table is filled from
/// `char::is_alphanumeric` itself, so the answers are the same.
pub(super) fn is_alphanumeric(c: char) -> bool {
    static ARABIC: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
        std::array::from_fn(|k| char::from_u32(0x600 + k as u32).is_some_and(char::is_alphanumeric))
    });
    match u32::from(c) {
        0..0x80 => c.is_ascii_alphanumeric(),
        code @ 0x600..0x700 => ARABIC
            .get((code - 0x600) as usize)
            .copied()
            .unwrap_or(false),
        _ => c.is_alphanumeric(),
    }
}

/// A word's look-up key: the text layer's one normalisation ([`crate::normalize::normalize`]) of the word without
/// its surrounding punctuation. Never used for the displayed text.
pub(super) fn norm(word: &str) -> String {
    crate::normalize::normalize(word.trim_matches(|c: char| !is_alphanumeric(c)))
}

/// `word` with a leading conjunction (و, ف) removed when what remains is still a word.
pub(super) fn strip_conjunction(word: &str) -> &str {
    for prefix in ["و", "ف"] {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= 3
        {
            return rest;
        }
    }
    word
}

/// Reporting verbs (perfect and imperfect, masculine and feminine), normalised: a line opening with one of
/// them is reported speech, not a heading.
#[rustfmt::skip]
pub(super) const REPORTING_VERBS: &[&str] = &[
    "قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "يضيف", "تضيف", "اكد", "اكدت", "يوكد", "توكد",
    "اوضح", "اوضحت", "يوضح", "توضح", "اشار", "اشارت", "يشير", "تشير", "شدد", "شددت", "يشدد", "دعا",
    "دعت", "يدعو", "لفت", "لفتت", "صرح", "صرحت", "اعلن", "اعلنت", "يعلن", "نفي", "نفت", "حذر", "حذرت",
    "يحذر", "طالب", "طالبت", "يطالب", "اعتبر", "اعتبرت", "يعتبر", "راي", "رات", "يري", "تري", "ذكر",
    "ذكرت", "تابع", "تابعت", "وصف", "وصفت", "افاد", "افادت", "كشف", "كشفت", "اعرب", "اعربت", "اردف",
    "اردفت", "نقل", "نقلت", "ابدي", "ابدت", "مضي", "بين", "بينت",
];

/// Words that open a running sentence, not a heading (connectives and reporting formulas), normalised.
#[rustfmt::skip]
pub(super) const SENTENCE_OPENERS: &[&str] = &[
    "وفي", "وقد", "وكان", "وكانت", "كما", "حيث", "لكن", "ولكن", "بينما", "ويذكر", "يذكر", "يشار", "ويشار",
    "وامس", "وهو", "وهي", "اما", "واما", "اذ", "لذلك", "ولذلك", "بيد", "علما",
];

/// Words that open a byline whatever follows them.
#[rustfmt::skip]
pub(super) const BYLINE_WORDS: &[&str] = &[
    "بقلم", "كتب", "كتبت", "كتبه", "مراسلنا", "مراسلتنا", "by",
];

/// Words that open a credit line when a colon follows them ("تحرير: ...", "المصدر: ..."); without the colon
/// they may well open a heading ("تحرير المدينة").
#[rustfmt::skip]
pub(super) const CREDIT_WORDS: &[&str] = &[
    "اعداد", "تحرير", "ترجمه", "متابعه", "مراسل", "المصدر", "المحرر", "تقرير", "حوار", "تصوير", "source",
    "photo",
];

/// Words that open a photo caption.
#[rustfmt::skip]
pub(super) const CAPTION_WORDS: &[&str] = &[
    "صوره", "الصوره", "الصور", "photo", "image",
];

/// Words of share/print/comment boilerplate and "read also" teasers.
#[rustfmt::skip]
pub(super) const SHARE_WORDS: &[&str] = &[
    "شارك", "مشاركه", "طباعه", "اطبع", "ارسل", "ارسال", "تويتر", "فيسبوك", "فيس", "بوك", "واتساب", "واتس",
    "اب", "جوجل", "بلس", "لينكدان", "تيليجرام", "تلغرام", "البريد", "الالكتروني", "اكتب", "رايك", "تعليق",
    "تعليقات", "التعليقات", "حفظ", "نسخ", "الرابط", "رابط", "المختصر", "اضف", "اقرا", "ايضا", "المزيد",
    "تابعونا", "email", "print", "share", "tweet", "facebook", "twitter", "whatsapp",
];

/// Web page furniture that stands alone on a line: an advertisement slot, an embedded video.
#[rustfmt::skip]
pub(super) const LONE_FURNITURE: &[&str] = &[
    "اعلان", "اعلانات", "فيديو", "الفيديو", "advertisement", "video",
];

/// Wire markers' words ("// يتبع //", "// انتهى //", "(النهاية)").
#[rustfmt::skip]
pub(super) const WIRE_WORDS: &[&str] = &[
    "يتبع", "انتهي", "انتهت", "تابع", "النهايه", "نهايه", "ختام", "end", "ends", "more",
];

/// Month names: Gregorian (Egyptian/Gulf and Levantine forms) and Hijri, normalised.
#[rustfmt::skip]
pub(crate) const MONTHS: &[&str] = &[
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "اغسطس", "سبتمبر",
    "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول",
    "تشرين", "محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "القعده", "الحجه",
];

/// Weekday names, normalised (datelines: "الرياض، الأحد 9 أغسطس").
#[rustfmt::skip]
pub(crate) const WEEKDAYS: &[&str] = &[
    "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
];

/// What a republished article is credited to after "عن" ("عن صحيفة الحياة", "عن موقع ...").
#[rustfmt::skip]
pub(super) const SOURCE_NOUNS: &[&str] = &[
    "صحيفه", "جريده", "مجله", "موقع", "وكاله", "قناه",
];

/// Second-person pronouns and suffixed forms, normalised and without a leading و/ف: a question that has one
/// is put to someone (an interview), not a heading. General Arabic grammar: the independent pronouns, the
/// prepositions and the nouns interviewers most ask with (رأيك، نظرك، تجربتك) carrying -ك/-كم/-كما.
#[rustfmt::skip]
pub(super) const SECOND_PERSON: &[&str] = &[
    "انت", "انتم", "انتي", "انتما", "انتن", "لك", "لكم", "لكي", "بك", "بكم", "منك", "منكم", "عنك", "عنكم",
    "عليك", "عليكم", "اليك", "اليكم", "فيك", "فيكم", "عندك", "عندكم", "لديك", "لديكم", "معك", "معكم",
    "انك", "انكم", "بانك", "بانكم", "نفسك", "نفسكم", "رايك", "برايك", "رايكم", "برايكم", "نظرك", "نظركم",
    "بنظرك", "تجربتك", "تجربتكم", "حدثنا", "حدثينا", "اخبرنا", "بصفتك",
    "بوصفك", "رسالتك", "رسالتكم", "طموحاتك", "طموحك", "خططكم", "خطتك", "توقعاتك", "توقعاتكم", "نصيحتك",
];

/// Present-tense verbs of the second person that interview questions are asked with ("كيف ترى ...؟", "هل
/// تتوقع ...؟"); the same letters spell the third-person feminine, so they count only towards a whole
/// article's being an interview.
#[rustfmt::skip]
pub(super) const SECOND_PERSON_VERBS: &[&str] = &[
    "تري", "ترون", "ترين", "تعتقد", "تعتقدون", "تتوقع", "تتوقعون", "تقيم", "تقيمون", "تنظر", "تنظرون",
    "تصف", "تفسر", "تفسرون", "تقول", "تقولون", "تنصح", "تنصحون", "تطمح", "تطمحون", "تعتبر", "تعتبرون",
    "تشعر", "تشعرون", "تتمني", "تريد", "تريدون", "تستطيع", "تستطيعون",
    // The same verbs put to a woman.
    "تعتقدين", "تتوقعين", "تقيمين", "تنظرين", "تصفين", "تفسرين", "تقولين", "تنصحين", "تطمحين", "تعتبرين",
    "تشعرين", "تتمنين", "تريدين", "تستطيعين",
];

/// News agencies as they close a dateline or stand in parentheses, normalised; several-word names spaced.
#[rustfmt::skip]
pub(super) const AGENCIES: &[&str] = &[
    "واس", "وام", "قنا", "كونا", "بنا", "سبا", "رويترز", "الاناضول", "سانا", "بترا", "وفا", "معا", "وكالات",
    "ا ف ب", "د ب ا", "ا ش ا", "يو بي اي", "اف ب", "afp", "reuters", "ap",
];

pub(super) fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every entry is written as [`norm`] makes the words it is compared with, or it could never match.
    #[test]
    fn every_list_entry_is_in_normal_form() {
        let lists: &[(&str, &[&str])] = &[
            ("SENTENCE_OPENERS", SENTENCE_OPENERS),
            ("REPORTING_VERBS", REPORTING_VERBS),
            ("BYLINE_WORDS", BYLINE_WORDS),
            ("CREDIT_WORDS", CREDIT_WORDS),
            ("CAPTION_WORDS", CAPTION_WORDS),
            ("SHARE_WORDS", SHARE_WORDS),
            ("LONE_FURNITURE", LONE_FURNITURE),
            ("WIRE_WORDS", WIRE_WORDS),
            ("MONTHS", MONTHS),
            ("WEEKDAYS", WEEKDAYS),
            ("SECOND_PERSON", SECOND_PERSON),
            ("SECOND_PERSON_VERBS", SECOND_PERSON_VERBS),
            ("SOURCE_NOUNS", SOURCE_NOUNS),
            ("AGENCIES", AGENCIES),
        ];
        for (name, list) in lists {
            for entry in *list {
                for word in entry.split(' ') {
                    assert_eq!(norm(word), *word, "{name}: {entry}");
                }
            }
        }
    }
}
