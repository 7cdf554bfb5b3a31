//! Reporting words: verbs in perfect, imperfect and participle forms (and the noun قول) that introduce speech.
//!
//! Forms are generated from one entry per verb (feminine, plural, dual and object-suffix forms) and matched on
//! normalised tokens, after an optional و/ف conjunction.

use super::super::normalize::normalize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The clause may continue with إلى.
pub const ILA: u32 = 1;
/// ... with على.
pub const ALA: u32 = 2;
/// ... with من.
pub const MIN: u32 = 4;
/// ... with عن.
pub const AN: u32 = 8;
/// ... with a ب-prefixed word ("وصفه بالكراهية", "مشيدا بمدرب").
pub const BI: u32 = 16;
/// ... with a ل-prefixed verbal noun right after the verb ("يدعو لرفع").
pub const LI: u32 = 32;
/// The participle takes its content as a direct object ("مطالبا الجهات بإتمامه").
pub const OBJ: u32 = 64;
/// The complement must follow within two tokens (the form is also a common non-verb, e.g. بين).
pub const NEAR: u32 = 128;
/// No feminine participle (لافتة is a noun: a banner).
const NOFEM: u32 = 256;
/// No participle at all (مقر, مبلغ are nouns).
const NOPART: u32 = 512;
/// The verb of saying itself (قال، يقول): "يقول فلان، ..." reports what follows the comma.
pub const SAY: u32 = 2048;
/// A statement only with a named speaker: "يتوقع محللون أن" reports, impersonal "ويتوقع أن" does not.
pub const NAMED: u32 = 4096;

/// The content may be the verb's object, a noun phrase ("أكد أهمية التعاون", "مثمنا هذه الخطوة"): when no
/// complementiser or preposition comes, the content starts after the speaker (or right after a participle).
pub const NP: u32 = 16384;
/// A reporting word only with its preposition close after it: the form is also a preposition or adverb (عبر
/// "via", أجمع "all").
pub const NEEDS_PREP: u32 = 32768;

/// The verb's object is whom it addresses ("دعا الشباب إلى", "حث المواطنين على"): a common noun after it is not
/// its speaker.
pub const ADDRESSEE: u32 = 1024;

/// The bare perfect counts only with its shadda written ("عدّ", "وعدّت"): unvowelled, it is another word (وعد
/// "promised", عدت "returned"). Its forms with an object suffix or plural ending are also left out.
pub const SHADDA: u32 = 1 << 16;

/// A verb of position or view, not of saying: a colon later in its clause does not introduce its content
/// ("تتطلع لتطبيع العلاقات: ..." in a headline is no statement after the colon).
pub const NO_COLON: u32 = 1 << 17;

/// A verb of deeming with two objects ("اعتبر ذلك خطوة مهمة", "عدّت ذلك دليلا على"): a demonstrative object
/// followed by its predicate noun is the content.
pub const DEEM: u32 = 1 << 18;

/// Before a noun of disclosure the verb tells a source's anonymity, not a position ("رفض ذكر اسمه", "رفض الكشف
/// عن هويته").
pub const ANONYMITY: u32 = 1 << 19;

/// The perfect with an object suffix is mostly the verbal noun with a possessive ("رفضه" "his refusal"): those
/// forms are left out.
const SUFFIX_NOUN: u32 = 1 << 20;

/// A verb of position whose object is what it judges, also a demonstrative one ("وثمّن الوزير هذه المبادرة",
/// "واستنكرت الجامعة تلك الاعتداءات", "ونفى المصدر هذه المعلومات") or a single definite noun ("ونفت الشركة
/// الشائعات"): unlike "وأكد مصدر هذه المعلومات", which confirms what was reported.
pub const POSITION: u32 = 1 << 21;

/// The verb takes an object before its preposition ("عزا فلان تراجع الأرباح إلى", "أرجع الخبير الارتفاع إلى"): a
/// noun after the named speaker does not keep the preposition from being the verb's.
pub const OBJECT_THEN_PREP: u32 = 1 << 23;

/// The verb relays a source named after عن ("نقلت الوكالة عن مسؤول أن"): that source speaks; without عن the
/// verb is "moved" and reports nothing.
pub const VIA: u32 = 1 << 22;

/// A statement only with its subject and its object written before the content ("اتهم النائب الشركة بـ"): the form
/// is also the passive, whose one noun is its object ("اتُّهم الرجل بالقتل").
pub const SUBJECT: u32 = 1 << 25;

/// A noun-phrase content only with a possessive suffix, the speaker's own position ("أبدى استعداده للتعاون",
/// "أبدت الوزارة قلقها من"), or a noun of stance ("أبدى قلقا", "أبدوا مخاوف من"): another indefinite object is an
/// attitude shown ("أبدى اللاعبون حماسا", "أبدى آخرون فتورا"), not a statement.
pub const OWN: u32 = 1 << 26;

/// Set by the candidates pass on an imperfect with the ل of purpose after عاد ("وعاد المدرب ليؤكد أن"): the
/// subject is the one of عاد, named between the two verbs.
pub const RETURNED: u32 = 1 << 24;

// Every flag is its own bit: two branches once gave two flags the same one, and "أرجعت" read as "عاد".
const _: () = {
    let all = [
        ILA,
        ALA,
        MIN,
        AN,
        BI,
        LI,
        OBJ,
        NEAR,
        NOFEM,
        NOPART,
        SAY,
        NAMED,
        NP,
        NEEDS_PREP,
        ADDRESSEE,
        SHADDA,
        NO_COLON,
        DEEM,
        ANONYMITY,
        SUFFIX_NOUN,
        POSITION,
        OBJECT_THEN_PREP,
        VIA,
        RETURNED,
        IMPF_NAMED,
        SUBJECT,
        OWN,
    ];
    let mut i = 0;
    while i < all.len() {
        assert!(all[i].is_power_of_two());
        let mut j = i + 1;
        while j < all.len() {
            assert!(all[i] & all[j] == 0);
            j += 1;
        }
        i += 1;
    }
};

/// The reporting imperfect in a normalised token with the ل of purpose ("ليؤكد", "لتضيف"), without conjunction.
pub fn lookup_purpose(norm: &str) -> Option<CueInfo> {
    let rest = norm.strip_prefix('ل')?;
    if !(rest.starts_with('ي') || rest.starts_with('ت')) {
        return None;
    }
    let &(form, comp, _) = lexicon().get(rest)?;
    (form == CueForm::Imperfect).then_some(CueInfo {
        form,
        comp: comp | RETURNED,
        wa: false,
        fa: false,
    })
}

/// Only the imperfect needs a named speaker: "ويذكر أن" (يُذكر، "it is worth recalling that") is the writer's
/// background note, while "وذكر أن" reports the last speaker.
const IMPF_NAMED: u32 = 8192;

/// The grammatical form of a reporting word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueForm {
    Perfect,
    Imperfect,
    Participle,
    /// The verbal noun قول ("وكرر قوله بأن").
    Noun,
    /// Introduces a direct quote only (كتب، تساءل، أجاب).
    DirectOnly,
}

/// A reporting word found in a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueInfo {
    pub form: CueForm,
    /// Complement flags ([`ILA`], [`ALA`] ...).
    pub comp: u32,
    /// The token starts with a و conjunction ("وأضاف").
    pub wa: bool,
    /// The token starts with a ف conjunction ("فقال").
    pub fa: bool,
}

struct Verb {
    perfect: &'static str,
    imperfect: &'static str,
    participle: &'static str,
    comp: u32,
}

const fn v(
    perfect: &'static str,
    imperfect: &'static str,
    participle: &'static str,
    comp: u32,
) -> Verb {
    Verb {
        perfect,
        imperfect,
        participle,
        comp,
    }
}

const VERBS: &[Verb] = &[
    v("قال", "يقول", "قائل", SAY),
    v("أضاف", "يضيف", "مضيف", 0),
    v("أكد", "يؤكد", "مؤكد", ALA | NP),
    v("أوضح", "يوضح", "موضح", 0),
    v("أشار", "يشير", "مشير", ILA),
    v("شدد", "يشدد", "مشدد", ALA),
    v("دعا", "يدعو", "داعي", ILA | LI | ADDRESSEE),
    v("لفت", "يلفت", "لافت", ILA | NOFEM),
    v("صرح", "يصرح", "مصرح", 0),
    v("أعلن", "يعلن", "معلن", AN | NP),
    v("نفى", "ينفي", "نافي", NP | POSITION),
    v("حذر", "يحذر", "محذر", MIN),
    v("طالب", "يطالب", "مطالب", BI | OBJ | ADDRESSEE),
    v("اعتبر", "يعتبر", "معتبر", NP | DEEM),
    v("رأى", "يرى", "", 0),
    v("ذكر", "يذكر", "", IMPF_NAMED),
    // مذكرة is a note or memorandum ("في مذكرة لعملائه", "مذكرة تفاهم"): no feminine participle.
    v("ذكّر", "يذكّر", "مذكر", NOFEM),
    v("بين", "يبين", "مبين", NEAR),
    v("أبان", "يبين", "مبين", 0),
    v("ردد", "يردد", "مردد", 0),
    v("تابع", "يتابع", "متابع", 0),
    v("وصف", "يصف", "واصف", BI | NP),
    v("أفاد", "يفيد", "مفيد", 0),
    v("نوه", "ينوه", "منوه", ILA | BI),
    v("كشف", "يكشف", "كاشف", AN),
    v("اعتقد", "يعتقد", "معتقد", IMPF_NAMED),
    v("أقر", "يقر", "", BI | NOPART),
    v("أشاد", "يشيد", "مشيد", BI),
    v("تمنى", "يتمنى", "متمني", NP),
    v("أعرب", "يعرب", "معرب", AN),
    v("جادل", "يجادل", "مجادل", 0),
    v("اعترف", "يعترف", "معترف", BI),
    v("زعم", "يزعم", "زاعم", 0),
    v("ادعى", "يدعي", "مدعي", 0),
    v("استدرك", "يستدرك", "مستدرك", 0),
    v("أردف", "يردف", "مردف", 0),
    v("رجح", "يرجح", "مرجح", NP | IMPF_NAMED),
    v("أبلغ", "يبلغ", "", NOPART),
    v("أجاب", "يجيب", "مجيب", 0),
    v("تعهد", "يتعهد", "متعهد", BI),
    v("هدد", "يهدد", "مهدد", BI),
    v("حث", "يحث", "حاث", ALA | ADDRESSEE),
    // Appealing to someone to do something: the content is what follows the addressee ("وناشد الأهالي الجهات
    // المختصة بتعويضهم", "ناشدت المنظمة المجتمع الدولي أن يتدخل").
    v("ناشد", "يناشد", "مناشد", BI | ADDRESSEE),
    // Accusing someone of something, a position reported of the accuser ("واتهم النائب الشركة بالتقصير"); the
    // unvowelled perfect and imperfect are also the passive ("واتُّهم ثلاثة موظفين بالتلاعب"), whose one noun is
    // the accused: only with a subject and an object written. متهم is a noun ("the accused").
    v("اتهم", "يتهم", "", BI | ADDRESSEE | NOPART | SUBJECT),
    v("نبه", "ينبه", "منبه", ILA),
    v("ألمح", "يلمح", "ملمح", ILA),
    v("استبعد", "يستبعد", "مستبعد", NP),
    v("أفصح", "يفصح", "مفصح", AN),
    v("أوصى", "يوصي", "موصي", BI),
    v("اقترح", "يقترح", "مقترح", NP),
    v("توقع", "يتوقع", "", IMPF_NAMED | NP),
    v("أبدى", "يبدي", "مبدي", NP | OWN),
    v("تساءل", "يتساءل", "متسائل", 0),
    // Expressions of position (the annotators count them as statements: a position reported of someone).
    v("ثمّن", "يثمّن", "مثمن", NP | POSITION),
    v("استنكر", "يستنكر", "مستنكر", NP | POSITION),
    v("أدان", "يدين", "", NP | NOPART | POSITION),
    // دان "condemned" without the hamza of أدان (the annotators' own example).
    v("دان", "يدين", "", NP | NOPART | POSITION),
    v("أثنى", "يثني", "مثني", ALA),
    v("عبّر", "يعبّر", "معبر", AN | NEEDS_PREP | NOFEM),
    v("أجمع", "يجمع", "", ALA | NEEDS_PREP | NOPART),
    v("استغرب", "يستغرب", "مستغرب", MIN),
    v("فسّر", "يفسّر", "مفسر", BI | NP),
    v("علّل", "يعلّل", "معلل", BI | NP),
    // More verbs of position and view, from general knowledge of news Arabic.
    v("عدّ", "", "", NP | SHADDA | NOPART | NO_COLON | DEEM),
    v("عوّل", "يعوّل", "معول", ALA | NO_COLON),
    v("تطلع", "يتطلع", "متطلع", ILA | NO_COLON),
    v("ندد", "يندد", "مندد", BI | NO_COLON),
    v("شجب", "يشجب", "شاجب", NP | NO_COLON | POSITION),
    v("استطرد", "يستطرد", "مستطرد", 0),
    v("أمل", "يأمل", "آمل", NEAR | NO_COLON),
    v("اشترط", "يشترط", "مشترط", NO_COLON),
    // Attributing a cause: "عزا الخبير ذلك إلى", "أرجع المسؤول التراجع إلى" (يرجع is also "goes back": no
    // imperfect, and the participle مرجع is a noun).
    v("عزا", "يعزو", "عازي", ILA | NO_COLON | OBJECT_THEN_PREP),
    // Advising and reassuring someone, denying a charge: speech acts reported of someone ("ونصح الأطباء المرضى
    // بعدم ...", "وطمأن الوزير المواطنين بأن ...", "وأنكر المتهم التهم"). The impersonal "يُنصح بـ" ("it is
    // advised") needs a named speaker; مطمئن and منكر are adjectives and nouns.
    v("نصح", "ينصح", "ناصح", BI | ADDRESSEE | IMPF_NAMED),
    v("طمأن", "", "", BI | ADDRESSEE | NOPART),
    v("أنكر", "ينكر", "", NP | NOPART | IMPF_NAMED | POSITION),
    // "وزاد المصدر أن ...", "وزاد: ..." ("added"; otherwise "increased", which takes no complementiser close
    // after it).
    v("زاد", "", "", NEAR | NOPART | SUFFIX_NOUN),
    // Agreeing on a view: "اتفق المدربان على صعوبة المباراة", "اتفق المشاركون على أن ..." (with مع it is only
    // "agreed with").
    v("اتفق", "يتفق", "متفق", ALA | NO_COLON),
    v("أرجع", "", "", ILA | NO_COLON | OBJECT_THEN_PREP),
    // Telling, explaining, noting and narrating (general knowledge of news Arabic). مخبر is a noun (an informant),
    // ملاحظة and راوية are nouns (a note, a narrator): no participle, or no feminine one.
    v("أخبر", "يخبر", "", NOPART | ADDRESSEE),
    v("شرح", "يشرح", "شارح", 0),
    v("لاحظ", "يلاحظ", "ملاحظ", NOFEM),
    v("روى", "يروي", "راوي", NOFEM),
    // Rejecting: a position reported of someone with its complementiser ("رفضت الوزيرة أن يكون ..."); its noun
    // object is as often an action refused ("رفض تقديم تفاصيل") as a claim rejected, and "رفض ذكر اسمه" tells a
    // source's anonymity.
    v("رفض", "يرفض", "رافض", ANONYMITY | SUFFIX_NOUN),
    // Reporting what a source said: "ونقلت الصحيفة عن مصادر أن ..." (the source after عن speaks).
    v("نقل", "ينقل", "ناقل", VIA | NOPART),
    // Posting a statement: "وغرّد اللاعب قائلا: ...", "وغردت الوزيرة على حسابها أن ...". مغرد is a tweeter: no
    // participle. (كتب "wrote" was tried: it is as often "books" and a headline quoted, check quotes fell.)
    v("غرّد", "يغرّد", "", NOPART | SUFFIX_NOUN),
    // "وجاء في البيان أن" is no cue here (tried in quotes-s9, its speakers went wrong on check): the attributions
    // read it with the issuer of the text (candidates/attribution.rs).
];

/// Bare perfect forms (normalised) that are mostly nouns: not generated (their other forms are).
/// إبّان ("during") is spelled like the bare verb أبان.
const BARE_PERFECT_NOUNS: &[&str] = &["ثمن", "ابان"];

/// The key prefix of forms that are reporting words only after a و/ف conjunction.
const CONJ_ONLY: char = '+';

/// Irregular forms the generator does not produce.
const EXTRA: &[(&str, CueForm, u32)] = &[
    ("يراه", CueForm::Imperfect, 0),
    ("يراها", CueForm::Imperfect, 0),
    ("تراه", CueForm::Imperfect, 0),
    ("رآه", CueForm::Perfect, 0),
    ("قول", CueForm::Noun, 0),
    ("قوله", CueForm::Noun, 0),
    ("قولها", CueForm::Noun, 0),
    ("قولهم", CueForm::Noun, 0),
    // "واختتم تصريحه بالقول: «...»", "وعلق على ذلك بقوله إن".
    ("بالقول", CueForm::Noun, 0),
    ("بقوله", CueForm::Noun, 0),
    ("بقولها", CueForm::Noun, 0),
    ("بقولهم", CueForm::Noun, 0),
    // The feminine participles left out as nouns (لافتة "a banner") count with their preposition close after
    // them: "، لافتة إلى أن", "، معبرة عن أملها".
    ("لافتة", CueForm::Participle, ILA | NEEDS_PREP),
    ("معبرة", CueForm::Participle, AN | NEEDS_PREP),
    // The participle of أرجع (مرجع is also a noun, "a reference"): "، مرجعا ذلك إلى".
    ("مرجعا", CueForm::Participle, ILA | NEEDS_PREP),
    ("مرجعة", CueForm::Participle, ILA | NEEDS_PREP),
    // "، متوقعا أن يستمر الطلب": the participle of توقع, an adjective too ("نتائج متوقعة"), counts only with its
    // complementiser close after it.
    ("متوقعا", CueForm::Participle, NEAR),
    ("متوقعة", CueForm::Participle, NEAR),
    ("متوقعين", CueForm::Participle, NEAR),
    // "سائلا المولى أن يتغمده برحمته": a prayer reported of the speaker (the verb سأل itself is mostly a
    // question, and سائل alone a liquid).
    ("سائلا", CueForm::Participle, ADDRESSEE),
    ("سائلة", CueForm::Participle, ADDRESSEE),
    ("سائلين", CueForm::Participle, ADDRESSEE),
    // Replying: "وردّ الوزير بأن ...", "وردت الوزارة على الانتقادات بأن ...". Unvowelled رد is far more often the
    // noun "reply" ("رد فعل", "في رد على") and ورد also "was mentioned": these forms count only with بأن close
    // after them (candidates/reported/cue.rs).
    ("رد", CueForm::Perfect, 0),
    ("ردت", CueForm::Perfect, 0),
    ("ردوا", CueForm::Perfect, 0),
    ("ردّ", CueForm::Perfect, 0),
    ("ردّت", CueForm::Perfect, 0),
    ("كتب", CueForm::DirectOnly, 0),
    ("كتبت", CueForm::DirectOnly, 0),
    ("يكتب", CueForm::DirectOnly, 0),
    ("علق", CueForm::DirectOnly, 0),
    ("علقت", CueForm::DirectOnly, 0),
    ("هتف", CueForm::DirectOnly, 0),
    ("هتفوا", CueForm::DirectOnly, 0),
    ("توصل", CueForm::DirectOnly, 0),
    ("توصلت", CueForm::DirectOnly, 0),
];

/// Each form: its grammatical form, complement flags and the gender of its subject (none for plurals).
type Entry = (CueForm, u32, Option<Gender>);

fn lexicon() -> &'static HashMap<String, Entry> {
    static LEX: OnceLock<HashMap<String, Entry>> = OnceLock::new();
    LEX.get_or_init(build)
}

fn build() -> HashMap<String, Entry> {
    use Gender::{Feminine, Masculine};
    let mut map = HashMap::new();
    let mut add = |form: String, kind: CueForm, comp: u32, gender: Option<Gender>| {
        map.entry(form).or_insert((kind, comp, gender));
    };
    for verb in VERBS {
        let comp = verb.comp;
        let p = normalize(verb.perfect);
        let weak = p.ends_with('ا') || p.ends_with('ي');
        let stem: String = if weak {
            let mut s = p.clone();
            s.pop();
            s
        } else {
            p.clone()
        };
        // A hollow verb of form IV (أضاف، أشار، أفاد، أجاب، أشاد) with the object suffix ه is spelled like its
        // verbal noun once normalised (أضافه / إضافة): "إضافة إلى أن" and "في إشارة إلى" are not reporting verbs.
        let hollow_iv = {
            let c: Vec<char> = p.chars().collect();
            c.len() == 4 && c.first() == Some(&'ا') && c.get(2) == Some(&'ا')
        };
        // "تا": the feminine dual ("وأكدتا").
        for suffix in [
            "", "ت", "وا", "ا", "ه", "ها", "هم", "ته", "تها", "تهم", "وه", "وها", "تا",
        ] {
            if hollow_iv && suffix == "ه" {
                continue;
            }
            if comp & SUFFIX_NOUN != 0 && matches!(suffix, "ه" | "ها" | "هم") {
                continue;
            }
            // "عدّ": the dual/accusative ending would spell عدا ("except").
            if comp & SHADDA != 0 && matches!(suffix, "ا" | "وه" | "وها" | "تهم") {
                continue;
            }
            // ثمن is far more often the noun "price" than the bare verb ثمّن: the bare form counts only after a
            // conjunction ("وثمن").
            if suffix.is_empty() && BARE_PERFECT_NOUNS.contains(&p.as_str()) {
                add(
                    format!("{CONJ_ONLY}{p}"),
                    CueForm::Perfect,
                    comp,
                    Some(Masculine),
                );
                continue;
            }
            let form = if suffix.is_empty() {
                p.clone()
            } else if weak && (suffix.starts_with('ت') || suffix.starts_with('و')) {
                format!("{stem}{suffix}")
            } else if weak && suffix == "ا" {
                continue;
            } else {
                format!("{p}{suffix}")
            };
            let gender = match suffix {
                "ت" | "ته" | "تها" | "تهم" => Some(Feminine),
                "وا" | "ا" | "وه" | "وها" | "تا" => None,
                _ => Some(Masculine),
            };
            add(form, CueForm::Perfect, comp, gender);
        }
        if verb.imperfect.is_empty() {
            continue;
        }
        let i = normalize(verb.imperfect);
        let rest: String = i.chars().skip(1).collect();
        let plural = if i.ends_with('و') || i.ends_with('ي') {
            let mut s = i.clone();
            s.pop();
            format!("{s}ون")
        } else {
            format!("{i}ون")
        };
        for (form, gender) in [
            (i.clone(), Some(Masculine)),
            (format!("ت{rest}"), Some(Feminine)),
            (plural, None),
            // The dual: "ويؤكدان", "وتقولان".
            (format!("{i}ان"), None),
            (format!("ت{rest}ان"), None),
            (format!("{i}ه"), Some(Masculine)),
            (format!("{i}ها"), Some(Masculine)),
            (format!("ت{rest}ه"), Some(Feminine)),
            (format!("ت{rest}ها"), Some(Feminine)),
            // "يحذرهم", "يحذرنا": objects of the third plural and the first person plural.
            (format!("{i}هم"), Some(Masculine)),
            (format!("{i}نا"), Some(Masculine)),
            (format!("ت{rest}هم"), Some(Feminine)),
            (format!("ت{rest}نا"), Some(Feminine)),
        ] {
            let comp = if comp & IMPF_NAMED != 0 {
                comp | NAMED
            } else {
                comp
            };
            add(form, CueForm::Imperfect, comp, gender);
        }
        if comp & NOPART == 0 && !verb.participle.is_empty() {
            let m = normalize(verb.participle);
            add(format!("{m}ا"), CueForm::Participle, comp, Some(Masculine));
            // "مؤكدين", "مشيرين", "داعين": a plural subject.
            let plural = match m.strip_suffix('ي') {
                Some(stem) => format!("{stem}ين"),
                None => format!("{m}ين"),
            };
            add(plural, CueForm::Participle, comp, None);
            if comp & NOFEM == 0 {
                add(format!("{m}ه"), CueForm::Participle, comp, Some(Feminine));
            }
        }
    }
    for (form, kind, comp) in EXTRA {
        let n = normalize(form);
        // كتبت، علقت، تراه: feminine; قوله and the plurals (هتفوا) say nothing.
        let gender = match kind {
            CueForm::Noun => None,
            CueForm::Participle if n.ends_with('ه') => Some(Feminine),
            _ if n.ends_with("وا") => None,
            _ if n.ends_with('ت') || n.starts_with('ت') => Some(Feminine),
            _ => Some(Masculine),
        };
        add(n, *kind, *comp, gender);
    }
    map
}

/// The entry of a bare form that counts only after a conjunction (looked up only for those few words).
fn conj_only<'a>(lex: &'a HashMap<String, Entry>, rest: &str) -> Option<&'a Entry> {
    BARE_PERFECT_NOUNS
        .contains(&rest)
        .then(|| lex.get(&format!("{CONJ_ONLY}{rest}")))
        .flatten()
}

/// The reporting word in a normalised token, if it is one (with or without a و/ف conjunction).
pub fn lookup(norm: &str) -> Option<CueInfo> {
    let lex = lexicon();
    if let Some(&(form, comp, _)) = lex.get(norm) {
        return Some(CueInfo {
            form,
            comp,
            wa: false,
            fa: false,
        });
    }
    let mut chars = norm.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    if !matches!(first, 'و' | 'ف') || rest.chars().count() < 2 {
        return None;
    }
    let &(form, comp, _) = lex.get(rest).or_else(|| conj_only(lex, rest))?;
    Some(CueInfo {
        form,
        comp,
        wa: first == 'و',
        fa: first == 'ف',
    })
}

/// [`lookup`] on a token as written (`raw`) and normalised (`norm`): a verb form is never written with ة, which
/// normalising spells like the object suffix ه ("طالبة" "a student" is not طالبه "demanded him"; "مؤكدة" is a
/// participle and stays).
///
/// A bare perfect whose alef is of liaison (اعتقد، اعتبر، استبعد) written with a hamza on it is the first person
/// imperfect ("وأعتقد أن" "and I believe"): the writer's or speaker's own view, no report.
pub fn lookup_written(raw: &str, norm: &str) -> Option<CueInfo> {
    let written = raw.trim_end_matches(|c| ('\u{64B}'..='\u{652}').contains(&c));
    lookup(norm).filter(|c| {
        let noun =
            matches!(c.form, CueForm::Perfect | CueForm::Imperfect) && written.ends_with('ة');
        let mine = c.form == CueForm::Perfect && first_person(raw, norm, *c);
        // "اقرأ أيضا": a final alef written with its hamza is the root's (قرأ "read"), not the dual's ending that
        // normalising makes of it (أقرا "the two acknowledged").
        let hamza_root = written.ends_with(['أ', 'إ', 'آ']);
        !(noun || mine || hamza_root || is_called(written, norm, *c))
    })
}

/// "شاب يدعى فلان" ("is called", the passive of دعا): spelled with ى, not with the ي of يدعي ("claims").
fn is_called(written: &str, norm: &str, info: CueInfo) -> bool {
    let bare = if info.wa || info.fa {
        norm.char_indices().nth(1).map_or(norm, |(b, _)| &norm[b..])
    } else {
        norm
    };
    info.form == CueForm::Imperfect && written.ends_with('ى') && matches!(bare, "يدعي" | "تدعي")
}

/// "أعتقد", "وأعتبر": the bare perfect of a verb with an alef of liaison, written with أ.
fn first_person(raw: &str, norm: &str, info: CueInfo) -> bool {
    let mut letters = raw.chars().filter(|c| !('\u{64B}'..='\u{652}').contains(c));
    if info.wa || info.fa {
        letters.next();
    }
    let bare = if info.wa || info.fa {
        norm.get(norm.char_indices().nth(1).map_or(0, |(b, _)| b)..)
            .unwrap_or(norm)
    } else {
        norm
    };
    letters.next() == Some('أ')
        && VERBS.iter().any(|v| {
            v.perfect.starts_with('ا')
                && v.perfect.chars().count() >= 4
                && normalize(v.perfect) == bare
        })
}

/// The grammatical gender a reporting verb shows its subject to have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// The gender of the subject of the reporting verb `norm` (normalised): "قالت", "تقول", "مؤكدة" are feminine,
/// "قال", "يقول", "مؤكدا" masculine. `None` for plurals and for words that are not reporting verbs.
pub fn gender(norm: &str) -> Option<Gender> {
    let lex = lexicon();
    if let Some(&(_, _, g)) = lex.get(norm) {
        return g;
    }
    // "لتضيف": the imperfect with the ل of purpose.
    if lookup_purpose(norm).is_some() {
        return lex.get(norm.strip_prefix('ل')?).and_then(|&(_, _, g)| g);
    }
    let mut chars = norm.chars();
    if !matches!(chars.next()?, 'و' | 'ف') {
        return None;
    }
    let rest = chars.as_str();
    lex.get(rest)
        .or_else(|| conj_only(lex, rest))
        .and_then(|&(_, _, g)| g)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(word: &str) -> Option<CueForm> {
        lookup(&normalize(word)).map(|c| c.form)
    }

    #[test]
    fn finds_perfect_imperfect_and_participle_forms() {
        assert_eq!(form("قال"), Some(CueForm::Perfect));
        assert_eq!(form("وقالت"), Some(CueForm::Perfect));
        assert_eq!(form("قالوا"), Some(CueForm::Perfect));
        assert_eq!(form("أكدت"), Some(CueForm::Perfect));
        assert_eq!(form("فقال"), Some(CueForm::Perfect));
        assert_eq!(form("دعت"), Some(CueForm::Perfect));
        assert_eq!(form("وصفه"), Some(CueForm::Perfect));
        assert_eq!(form("يقول"), Some(CueForm::Imperfect));
        assert_eq!(form("وتقول"), Some(CueForm::Imperfect));
        assert_eq!(form("يدعو"), Some(CueForm::Imperfect));
        assert_eq!(form("يؤكدون"), Some(CueForm::Imperfect));
        assert_eq!(form("مؤكدًا"), Some(CueForm::Participle));
        assert_eq!(form("مشيراً"), Some(CueForm::Participle));
        assert_eq!(form("قائلا"), Some(CueForm::Participle));
        assert_eq!(form("مؤكدة"), Some(CueForm::Participle));
        assert_eq!(form("وبيّن"), Some(CueForm::Perfect));
        assert_eq!(form("قوله"), Some(CueForm::Noun));
        assert_eq!(form("مؤكدين"), Some(CueForm::Participle));
        assert_eq!(form("داعين"), Some(CueForm::Participle));
        assert_eq!(form("مثمنة"), Some(CueForm::Participle));
    }

    #[test]
    fn bare_forms_spelled_like_common_nouns_count_only_after_a_conjunction() {
        // ثمن "price", إبّان "during".
        assert_eq!(form("ثمن"), None);
        assert_eq!(form("إبان"), None);
        assert_eq!(form("وثمن"), Some(CueForm::Perfect));
        assert_eq!(form("وأبان"), Some(CueForm::Perfect));
        assert_eq!(form("ثمنت"), Some(CueForm::Perfect));
        assert_eq!(gender(&normalize("وأبان")), Some(Gender::Masculine));
    }

    #[test]
    fn verbal_nouns_spelled_like_an_object_suffix_are_not_cues() {
        assert_eq!(form("إضافة"), None);
        assert_eq!(form("وإشارة"), None);
        assert_eq!(form("إجابة"), None);
        assert_eq!(form("أضاف"), Some(CueForm::Perfect));
        assert_eq!(form("أشارت"), Some(CueForm::Perfect));
        // Verbs of other shapes keep their object forms.
        assert_eq!(form("وصفه"), Some(CueForm::Perfect));
    }

    #[test]
    fn the_impersonal_imperfect_of_dhakara_needs_a_named_speaker() {
        let named = |w: &str| lookup(&normalize(w)).map(|c| c.comp & NAMED != 0);
        assert_eq!(named("ويذكر"), Some(true));
        assert_eq!(named("وذكر"), Some(false));
        assert_eq!(named("ذكرت"), Some(false));
    }

    #[test]
    fn the_verb_tells_the_gender_of_its_subject() {
        let g = |w: &str| gender(&normalize(w));
        assert_eq!(g("وقالت"), Some(Gender::Feminine));
        assert_eq!(g("وقال"), Some(Gender::Masculine));
        assert_eq!(g("لفتت"), Some(Gender::Feminine));
        assert_eq!(g("لفت"), Some(Gender::Masculine));
        assert_eq!(g("فرأت"), Some(Gender::Feminine));
        assert_eq!(g("ودعت"), Some(Gender::Feminine));
        assert_eq!(g("وتقول"), Some(Gender::Feminine));
        assert_eq!(g("يقول"), Some(Gender::Masculine));
        assert_eq!(g("مؤكدةً"), Some(Gender::Feminine));
        assert_eq!(g("مضيفا"), Some(Gender::Masculine));
        assert_eq!(g("قالوا"), None);
        assert_eq!(g("يؤكدون"), None);
        assert_eq!(g("الرئيس"), None);
    }

    #[test]
    fn object_suffixes_after_the_feminine_and_plural_endings_are_cues() {
        assert_eq!(form("نبهتها"), Some(CueForm::Perfect));
        assert_eq!(form("ودعته"), Some(CueForm::Perfect));
        assert_eq!(form("أبلغوه"), Some(CueForm::Perfect));
        assert_eq!(form("ينبهنا"), Some(CueForm::Imperfect));
        assert_eq!(form("تحذرهم"), Some(CueForm::Imperfect));
        assert_eq!(gender(&normalize("نبهتها")), Some(Gender::Feminine));
        assert_eq!(gender(&normalize("أبلغوه")), None);
    }

    #[test]
    fn a_verb_spelled_like_other_words_without_its_shadda_is_flagged() {
        let shadda = |w: &str| lookup(&normalize(w)).map(|c| c.comp & SHADDA != 0);
        assert_eq!(shadda("وعدّت"), Some(true));
        assert_eq!(shadda("عدّ"), Some(true));
        // The dual/accusative spelling is the preposition "except".
        assert_eq!(form("عدا"), None);
        assert_eq!(form("متطلعا"), Some(CueForm::Participle));
        assert_eq!(form("معولة"), Some(CueForm::Participle));
    }

    #[test]
    fn a_noun_in_ta_marbuta_is_no_verb_with_an_object_suffix() {
        let written = |w: &str| lookup_written(w, &normalize(w)).map(|c| c.form);
        assert_eq!(written("طالبة"), None);
        assert_eq!(written("وطالبة"), None);
        assert_eq!(written("طالبه"), Some(CueForm::Perfect));
        assert_eq!(written("مؤكدة"), Some(CueForm::Participle));
        assert_eq!(written("قالت"), Some(CueForm::Perfect));
    }

    #[test]
    fn dual_forms_are_cues_without_a_gender() {
        assert_eq!(form("وأكدتا"), Some(CueForm::Perfect));
        assert_eq!(form("قالتا"), Some(CueForm::Perfect));
        assert_eq!(form("ويؤكدان"), Some(CueForm::Imperfect));
        assert_eq!(form("تقولان"), Some(CueForm::Imperfect));
        assert_eq!(form("يدعوان"), Some(CueForm::Imperfect));
        assert_eq!(gender(&normalize("وأكدتا")), None);
        assert_eq!(gender(&normalize("يقولان")), None);
    }

    #[test]
    fn a_verb_of_liaison_written_with_hamza_is_the_first_person() {
        let written = |w: &str| lookup_written(w, &normalize(w)).map(|c| c.form);
        assert_eq!(written("وأعتقد"), None);
        assert_eq!(written("أعتبر"), None);
        assert_eq!(written("واعتقد"), Some(CueForm::Perfect));
        assert_eq!(written("اعتبرت"), Some(CueForm::Perfect));
        // A perfect whose alef is a hamza is a perfect.
        assert_eq!(written("وأكد"), Some(CueForm::Perfect));
        assert_eq!(written("أضاف"), Some(CueForm::Perfect));
    }

    #[test]
    fn the_passive_of_calling_spelled_with_alif_maqsura_is_no_claim() {
        let written = |w: &str| lookup_written(w, &normalize(w)).map(|c| c.form);
        assert_eq!(written("يدعى"), None);
        assert_eq!(written("ويدعى"), None);
        assert_eq!(written("تدعى"), None);
        assert_eq!(written("يدعي"), Some(CueForm::Imperfect));
        assert_eq!(written("ويدعي"), Some(CueForm::Imperfect));
        assert_eq!(written("يدعو"), Some(CueForm::Imperfect));
    }

    #[test]
    fn nouns_and_adjectives_are_not_cues() {
        assert_eq!(form("لافت"), None);
        // The banner counts only as the participle with its إلى close after it.
        assert_eq!(
            lookup(&normalize("لافتة")).map(|c| c.comp & NEEDS_PREP != 0),
            Some(true)
        );
        assert_eq!(form("القائل"), None);
        assert_eq!(form("مقرا"), None);
        assert_eq!(form("الرئيس"), None);
    }
}
