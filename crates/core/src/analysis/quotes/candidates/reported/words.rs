//! The closed word classes reported speech is matched against: complementisers, connectives, adverbs,
//! prepositions, and how far each kind of cue may reach.

/// Complementisers after which the content starts (أن، إن، بأن, normalised).
pub(super) const BARE_COMP: &[&str] = &["ان", "بان"];

/// Complementisers with a pronoun suffix: the content starts after them too, the suffix being its subject
/// ("أنه يقدر").
pub(super) const SUFFIXED_COMP: &[&str] = &[
    "انه",
    "انها",
    "انهم",
    "انهما",
    "انني",
    "اننا",
    "انك",
    "بانه",
    "بانها",
    "بانهم",
    "بانهما",
    "باننا",
];

/// Words that end a statement when they follow a comma: attribution tails ("، حسبما أفادت به الوكالة").
/// "، دون أن يضيف" is the writer's remark after the statement.
pub(super) const TAILS: &[&str] = &[
    "حسبما",
    "حسب",
    "بحسب",
    "وفقا",
    "وفق",
    "طبقا",
    "نقلا",
    "دون",
    "بدون",
];

/// Connectives between a comma and the reporting verb of a new statement by the same speaker ("...، كما أكد أن").
/// Not "بينما"/"فيما" ("while"): a contrast the speaker draws often stays inside the statement. "...، حيث قال
/// فلان إن", "...، إذ أكد أن": the writer goes on to the words of what was just told (normalised).
pub(super) const CONNECTIVES: &[&str] = &["كما", "حيث", "اذ"];

/// Prepositions with a pronoun suffix: the verb refers back ("أعلن عنها"), no noun-phrase content follows.
pub(super) const PRONOUN_PREPOSITIONS: &[&str] = &[
    "عنه",
    "عنها",
    "عنهم",
    "منه",
    "منها",
    "منهم",
    "عليه",
    "عليها",
    "عليهم",
    "اليه",
    "اليها",
    "اليهم",
    "فيه",
    "فيها",
    "فيهم",
    "به",
    "بها",
    "بهم",
    "له",
    "لها",
    "لهم",
    "معه",
    "معها",
];

/// Words between a reporting verb (and its speaker) and a noun-phrase content: time adverbs ("أكد الوزير أمس
/// أهمية ...").
pub(super) const ADVERBS: &[&str] = &[
    "اليوم",
    "امس",
    "غدا",
    "مساء",
    "صباح",
    "ايضا",
    "مجددا",
    "كذلك",
    // Adverbs of manner and frequency: "ودانت الوزارة بشدة الهجوم", "تستنكر دائما".
    "بشده",
    "دايما",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
];

/// Nouns for unnamed sources: the subject of the verb, not its object ("أعلن مصدر عسكري").
pub(super) const SOURCE_NOUNS: &[&str] = &["مصدر", "مصادر", "متحدث", "مسوول", "مسوولون", "شهود"];

/// Relative pronouns: a noun phrase content does not start with one.
pub(super) const RELATIVE_PRONOUNS: &[&str] =
    &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"];

/// Non-human subjects of "تشير إلى أن": the article's own analysis, not a speaker.
pub(super) const NON_SPEAKERS: &[&str] = &[
    "الارقام",
    "البيانات",
    "الاحصاءات",
    "المؤشرات",
    "الدلائل",
    "المعطيات",
    "التوقعات",
    "النتائج",
    "التقديرات",
    "الاحصاييات",
    // Studies and experience in general (a study the article names, "الدراسة", speaks).
    "الدراسات",
    "الابحاث",
    "التجارب",
    "الواقع",
];

/// Words of "one of" and "some of" before a noun (normalised): "أحد التقديرات", "بعض الأرقام".
pub(super) const PART_OF: &[&str] = &["احد", "احدي", "بعض"];

/// Demonstratives right after a reporting verb: it refers back to something said ("قال ذلك"), not forward.
pub(super) const DEMONSTRATIVES: &[&str] = &["ذلك", "هذا", "هذه", "ذاك", "كذلك", "تلك"];

/// Words before أن that make it temporal or concessive, not what the verb reports ("بعد أن أمضى"); also modal
/// verbs and impersonal phrases whose أن is their own ("يجب أن", "من المقرر أن", "لا بد أن").
pub(super) const TEMPORAL_BEFORE_AN: &[&str] = &[
    "بعد",
    "قبل",
    "منذ",
    "دون",
    "بدون",
    "رغم",
    "عقب",
    "حتي",
    "لمجرد",
    "يجب",
    "ينبغي",
    "يمكن",
    "يستطيع",
    "تستطيع",
    "يريد",
    "تريد",
    "يحاول",
    "تحاول",
    "يتعين",
    "بد",
    "المقرر",
    "المتوقع",
    "المنتظر",
    "المفترض",
    "الممكن",
];

/// ب-words that are not a verb's ب complement but prepositions or adverbs ("بين", "بسبب", "بدوره").
/// "المتحدث باسم الوزارة": باسم belongs to the title.
pub(super) const NOT_BI_COMPLEMENTS: &[&str] = &[
    "بين",
    "بعد",
    "بعض",
    "بسبب",
    "بدوره",
    "بدورها",
    "بشان",
    "باسم",
    "بلسان",
    "بحسب",
    "بناء",
    // Amounts and votes go with the act ("أقر البرلمان القانون بأغلبية كبيرة", "بقيمة مليون دولار"), never open what
    // was admitted, praised or described.
    "باغلبيه",
    "بالاغلبيه",
    "بالاجماع",
    "بقيمه",
    "بمبلغ",
    "باجمالي",
    "بمعدل",
    "بمقدار",
];

/// Relative words before a reporting verb: it is inside a relative clause, not a report ("بحسب ما يقول").
pub(super) const RELATIVES: &[&str] = &["ما", "مما", "بما", "عما"];

/// Particles before an imperfect verb that make the saying wished, denied or future ("يريد أن يقول", "لم يقل").
pub(super) const NOT_REPORTING_PARTICLES: &[&str] = &["ان", "لن", "لم", "كي", "لكي"];

/// Prepositions (normalised; على is matched as written) before a perfect verb that make it a verbal noun
/// ("في كشف"), the noun of negation and the verb of refusal ("فضل عدم ذكر اسمه", "رفض ذكر اسمه").
pub(super) const PREPOSITIONS_BEFORE_NOUN: &[&str] = &[
    "في", "من", "عن", "الي", "الى", "مع", "بعد", "قبل", "رغم", "عقب", "اثر", "بسبب", "حول", "ضد",
    "عدم", "رفض", "يرفض", "رفضت",
];

/// Particles that may stand before a clause's verb ("وقد عبر", "كما أجمع").
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "قد",
    "وقد",
    "لقد",
    "كما",
    "فيما",
    "بينما",
    "حيث",
    "ثم",
    "فقد",
];

/// How many tokens after a reporting word flagged [`cues::NEEDS_PREP`] its preposition may come ("وعبر مدير
/// المنتخب فلان الفلاني عن").
pub(super) const NEEDS_PREP_REACH: usize = 8;

/// Prepositions of an adverbial phrase between the speaker and the verb's own preposition ("وأشار الوزير في
/// كلمته خلال الحفل إلى", "شدد المدرب أمام الصحفيين على"), normalised.
pub(super) const ADJUNCT_PREPOSITIONS: &[&str] = &["في", "خلال", "امام", "لدي", "عقب", "اثناء"];

/// Words of quantity before a partitive من ("عدد من الحضور"), normalised.
pub(super) const PARTITIVE: &[&str] = &[
    "عدد",
    "العديد",
    "عديد",
    "كثير",
    "الكثير",
    "مجموعه",
    "جمله",
    "اكثر",
    "اقل",
    "بعض",
    "اي",
    "عشرات",
    "مئات",
    "الاف",
    "واحد",
    "احد",
    "نخبه",
    "جمع",
    "حشد",
];

/// How many tokens after the adverbial phrase starts the verb's preposition may come.
pub(super) const ADJUNCT_REACH: usize = 6;

/// How many tokens after a participle its complement may start ("مؤكدا أن", "مشيرا إلى أن").
pub(super) const PARTICIPLE_REACH: usize = 3;

/// How many tokens after قائلا its content may start ("قائلا في بيان على موقعها إن").
pub(super) const SAY_PARTICIPLE_REACH: usize = 8;

/// How many tokens after the noun قول its content may start ("وكرر قوله بأن").
pub(super) const NOUN_REACH: usize = 6;

/// How many tokens after a verb flagged [`cues::NEAR`] (its form is also a common non-verb, e.g. بين) its
/// complement may start.
pub(super) const NEAR_REACH: usize = 3;

/// How many tokens after any other reporting verb its content may start: room for the speaker's name, titles and
/// a prepositional phrase between the verb and أن ("قال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي إن").
pub(super) const VERB_REACH: usize = 25;

/// How many tokens after a word the scan looks for the أن (or إلى) that would make it part of the clause
/// ("أعرب عن أمله في أن", "دعا لافروف إلى").
pub(super) const COMPLEMENT_AHEAD: usize = 4;

/// A ب-prefixed word has at least this many letters to be the verb's complement ("بالكراهية", not "به").
pub(super) const BI_WORD_MIN_LETTERS: usize = 3;

/// A ل-prefixed word has at least this many letters to be a verbal noun complement ("لرفع", not "له").
pub(super) const LI_WORD_MIN_LETTERS: usize = 4;

/// How many tokens after a reporting verb that follows a comma its أن/إن/: may come for it to start a new
/// statement ("...، وقال إن").
pub(super) const NEW_STATEMENT_COMPLEMENT_REACH: usize = 6;

/// A plural in ـات of at least this many letters is taken for things, not speakers ("التصريحات تشير").
pub(super) const PLURAL_THING_MIN_LETTERS: usize = 5;

/// Punctuation left off the end of a statement's content.
pub(super) const CONTENT_TRAILING_PUNCTUATION: &[&str] = &["،", ",", ":", "؛", "-", "(", "«", "“"];
