//! Speakers from context: pronoun verbs, implicit subjects, agreement, and speakers carried on to later verbs.

use super::{cue, quotes_of, speaker};
use sahifa_core::analysis::QuoteKind;

#[test]
fn pronouns_and_implicit_subjects_resolve_to_the_last_speaker() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "أكد وزير الخارجية الروسي [PER:سيرجي لافروف] أن ⟨روسيا تسعى إلى الثقة⟩.\n",
        "وأضاف أن ⟨الحوار ضروري⟩.\n",
        "تحدث عن الصفقة التي وصفها بأنها ⟨خطوة مهمة نحو التعاون⟩.\n",
        "وأشار إلى أن ⟨العقوبات لم ترفع بعد⟩.",
    ));
    for quote in &q[1..] {
        assert_eq!(speaker(quote), "سيرجي لافروف");
        // The speaker points at a mention of the name.
        assert_eq!(
            c.doc.slice(quote.speaker.as_ref().unwrap().span),
            "سيرجي لافروف"
        );
    }
}

#[test]
fn a_person_introduced_as_subject_since_the_last_statement_speaks_next() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:جون كيري] إن ⟨الاتفاق تاريخي⟩.\n",
        "إلى ذلك، شن السيناتور [PER:توم كوتون] هجوما على القرار. وقال: «⟨صار واضحا أن الرئيس لا يحترم الكونغرس⟩».",
    ));
    assert_eq!(speaker(&q[1]), "توم كوتون");
}

#[test]
fn a_person_after_a_preposition_is_not_the_next_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:عادل الجبير] إن ⟨الأزمة ستنتهي⟩.\n",
        "والتقى الوزير بالرئيس [PER:سامي فهد] أمس. وأضاف أن ⟨الحل السياسي قريب⟩.",
    ));
    assert_eq!(speaker(&q[1]), "عادل الجبير");
}

#[test]
fn an_implicit_subject_agrees_with_its_verb() {
    // "وقالت" after a man spoke: the woman who spoke before him, not him.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قالت الباحثة [PER:ليلى حداد] إن ⟨المياه الجوفية تتناقص⟩.\n",
        "وقال المهندس [PER:كريم يوسف] إن ⟨السدود تحتاج صيانة⟩.\n",
        "وقالت إن ⟨الحل في ترشيد الاستهلاك⟩. وأضاف أن ⟨العمل بدأ فعلا⟩.",
    ));
    assert_eq!(speaker(&q[2]), "ليلى حداد");
    assert_eq!(speaker(&q[3]), "كريم يوسف");
}

#[test]
fn a_plural_participle_speaks_for_the_plural_subject_of_its_sentence() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال مدير المدرسة [PER:سعد المالكي] إن ⟨الدراسة ستستأنف الأحد⟩.\n",
        "واجتمع السكان في ساحة الحي، مطالبين ⟨البلدية بإصلاح الطريق⟩.",
    ));
    assert_eq!(speaker(&q[1]), "السكان");
}

#[test]
fn a_demonstrative_after_a_verb_that_is_not_of_deeming_refers_back() {
    quotes_of(concat!(
        "عنوان\n",
        "وقال المتحدث إن ⟨القوات استعادت السيطرة على المدينة⟩، وأكد ذلك مصدر عسكري.",
    ));
}

#[test]
fn the_verb_of_a_relative_clause_has_its_antecedent_for_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:سعيد القرني] إن ⟨المعرض يضم مئتي دار نشر⟩.\n",
        "وحضر الافتتاح نائب المحافظ [PER:فهد العتيبي]، الذي أكد أن ⟨الثقافة ركيزة للتنمية⟩.\n",
        "وتشارك في المعرض [ORG:دار الساقي] التي أعلنت أن ⟨إصداراتها الجديدة ستعرض لأول مرة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "فهد العتيبي");
    assert_eq!(speaker(&q[2]), "دار الساقي");
}

#[test]
fn a_lone_word_named_once_is_not_the_article_subject_before_a_full_name() {
    let (_, q) = quotes_of(concat!(
        "محافظ جدة [PER:يدشن] مهرجان الصيف\n",
        "دشن محافظ جدة الأمير [PER:مشعل بن ماجد] مساء أمس مهرجان الصيف بحضور عدد من المسؤولين.\n",
        "وألقى سموه كلمة قال فيها إن ⟨المهرجان يعكس الوجه الحضاري للمحافظة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مشعل بن ماجد");
}

#[test]
fn a_new_clause_after_a_kana_clause_has_its_own_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وكان المحافظ [PER:ناصر الدوسري] وجه بصيانة الطرق، فيما أكد مدير البلدية [PER:سالم الحربي] أن ⟨العمل بدأ⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سالم الحربي");
}

#[test]
fn a_full_name_is_introduced_before_a_lone_word_named_once() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت [ORG:إدارة المدرسة] إن ⟨الحفل يقام سنويا⟩.\n",
        "وشهد [PER:الحفل] مدير التعليم [PER:سامي الفهد]. وأكد أن ⟨التفوق ثمرة الجهد⟩.",
    ));
    assert_eq!(speaker(&q[1]), "سامي الفهد");
}

#[test]
fn a_definite_head_noun_prefers_the_organisation_that_has_spoken() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أعلنت شركة [ORG:نماء للكيماويات] أنها ⟨وقعت عقدا جديدا⟩.\n",
        "ووقعت العقد مع شركة [ORG:بتروكيم الكورية] في الرياض.\n",
        "وأوضحت الشركة في بيان أن ⟨الإنتاج يبدأ العام المقبل⟩.",
    ));
    assert_eq!(speaker(&q[1]), "نماء للكيماويات");
}

#[test]
fn a_participle_shares_the_speaker_of_the_statement_before_it_in_its_sentence() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وبحسب عدد من المهندسين فإن ⟨الجسر الجديد سيخدم حي [ORG:النهضة] وما حوله⟩، مشيرين إلى أن ⟨العمل يسير بسرعة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "عدد من المهندسين");
    assert_eq!(speaker(&q[1]), "عدد من المهندسين");
}

#[test]
fn a_verb_opening_a_paragraph_after_one_about_another_person_has_that_person_for_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المهاجم [PER:ياسر الدوسري] إن ⟨الفريق جاهز للمباراة⟩.\n",
        "وكان رئيس نادي [ORG:الوحدة] [PER:منصور القرني] قد التقى اللاعبين قبل التدريب.\n",
        "وقال إن ⟨الإدارة ستصرف المكافآت⟩.\n",
        "وخسر الفريق اللاعب [PER:سعود المالكي] بسبب الإصابة.\n",
        "وأضاف أن ⟨الجماهير ستحضر بكثافة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "منصور القرني");
    // A continuing verb goes on with the speaker before.
    assert_eq!(speaker(&q[2]), "منصور القرني");
}

#[test]
fn a_feminine_verb_after_a_man_spoke_takes_the_organisation_named_before() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أطلقت [ORG:هيئة السياحة] موسما جديدا. وقال رئيس الهيئة [PER:فهد الغامدي] إن ⟨الموسم يستمر شهرين⟩.\n",
        "وأوضحت أن ⟨الحجوزات بدأت⟩.",
    ));
    assert_eq!(speaker(&q[1]), "هيئة السياحة");
}

#[test]
fn a_continued_feminine_imperfect_of_a_verb_that_needs_a_named_speaker_has_its_own_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وتذكر المصادر التاريخية أن ⟨السوق أقيم قبل قرنين⟩. كما تذكر أنه ⟨كان مقصدا لتجار الشام واليمن⟩.\n",
        "ويذكر أن المعرض يستمر أسبوعا.",
    ));
    assert_eq!(q.len(), 2);
}

#[test]
fn the_statement_as_subject_is_its_issuer_named_earlier() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت [ORG:هيئة الطيران المدني] في بيان إن ⟨الرحلات ستستأنف صباح الغد⟩. وأوضح البيان أن ⟨المسافرين سيبلغون بمواعيدهم الجديدة⟩.\n",
        "وأصدرت [ORG:بلدية الخبر] بيانا جاء فيه «⟨تبدأ أعمال الصيانة يوم الأحد⟩». وأضاف البيان «⟨تغلق الطرق المؤدية إلى الكورنيش مؤقتا⟩».\n",
        "وتابع البيان أن ⟨التحويلات ستكون واضحة للسائقين⟩.",
    ));
    assert_eq!(speaker(&q[0]), "هيئة الطيران المدني");
    assert_eq!(speaker(&q[1]), "هيئة الطيران المدني");
    assert_eq!(speaker(&q[2]), "بلدية الخبر");
    assert_eq!(speaker(&q[3]), "بلدية الخبر");
    assert_eq!(speaker(&q[4]), "بلدية الخبر");
}

#[test]
fn a_describing_verb_after_ma_with_its_own_subject_reports_how_that_speaker_described_it() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وشهدت البلاد ما وصفه مراقبون بأنه ⟨أسوأ جفاف منذ نصف قرن⟩.\n",
        "وأطلقت الحكومة ما وصفه مسؤولون بأنها «⟨خطة إنقاذ شاملة للزراعة⟩» الأسبوع الماضي.\n",
        "وهذا ما قاله الوزير للصحفيين أمس.",
    ));
    assert_eq!(cue(&c, &q[0]), "وصفه");
    assert_eq!(speaker(&q[0]), "مراقبون");
    assert_eq!(q[1].kind, QuoteKind::Direct);
}

#[test]
fn a_verb_that_goes_on_continues_the_last_statement_of_its_paragraph_past_a_person_who_said_nothing()
 {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المحلل [PER:محمد السالم] إن ⟨السوق متفائلة⟩. وشارك الخبير [PER:سعد الغامدي] في الندوة أيضا. وأضاف أن ⟨المستثمرين ينتظرون النتائج⟩.\n",
        "وأكد المتحدث [PER:خالد النمر] أن ⟨الوزارة جاهزة⟩. والتقى الوزير بالأمير [PER:تركي بن طلال] في مكتبه. وتابع أن ⟨الاستعدادات اكتملت⟩.\n",
        "وشارك الخبير [PER:سعد الغامدي] في الندوة، وقال إن ⟨الأسعار ستستقر⟩.",
    ));
    assert_eq!(speaker(&q[1]), "محمد السالم");
    assert_eq!(speaker(&q[3]), "خالد النمر");
    // A verb of saying in the person's own sentence is theirs.
    assert_eq!(speaker(&q[4]), "سعد الغامدي");
}

#[test]
fn a_plural_verb_speaks_for_the_group_named_before_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال مدير المستشفى [PER:فهد العتيبي] إن ⟨الخدمات تحسنت⟩.\n",
        "والتقت [ORG:الصحيفة] المراجعين الذين أكدوا أن ⟨الانتظار لا يزال طويلا⟩.\n",
        "وتجمع عشرات المواطنين أمام البلدية أمس. وقالوا إن ⟨المياه مقطوعة منذ أسبوع⟩.\n",
        "وزار الوزير عددا من المصابين، وأعربوا عن ⟨شكرهم للأطباء⟩.",
    ));
    assert_eq!(speaker(&q[0]), "فهد العتيبي");
    // The relative pronoun's group, not the outlet named before it.
    assert_eq!(speaker(&q[1]), "المراجعين");
    // The group of the sentence before (the accusative of number too), not the last speaker.
    assert_eq!(speaker(&q[2]), "عشرات المواطنين");
    // Not the minister, a title in the singular.
    assert_eq!(speaker(&q[3]), "عددا من المصابين");
}

#[test]
fn the_statement_stands_for_the_body_that_issued_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأصدرت [ORG:هيئة الطيران المدني] مساء أمس بيانا حول تأخر الرحلات.\n",
        "وأوضح البيان أن ⟨التأخير سببه سوء الأحوال الجوية⟩.",
    ));
    assert_eq!(speaker(&q[0]), "هيئة الطيران المدني");
}

#[test]
fn an_organisation_after_a_discourse_phrase_and_a_verb_speaks_for_a_later_verb_of_its_sentence() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الوزير [PER:هادي الشمري] إن ⟨التعديل ضروري⟩.\n",
        "في المقابل رحب [ORG:اتحاد الغرف التجارية] بالتعديل، واعتبره ⟨دعما للقطاع الخاص⟩.",
    ));
    assert_eq!(speaker(&q[1]), "اتحاد الغرف التجارية");
}

#[test]
fn a_finite_verb_with_waw_goes_on_with_the_subject_of_a_verb_before_it_in_its_sentence() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدير [PER:نبيل الحسن] إن ⟨العمل مستمر⟩.\n",
        "وأكد [ORG:مجلس الحي] هذه المعلومات في اجتماعه، وقال إن ⟨السكان سيرفعون شكوى⟩.",
    ));
    assert_eq!(speaker(&q[1]), "مجلس الحي");
}

#[test]
fn a_country_subject_of_a_feminine_verb_speaks_for_a_later_feminine_verb_of_its_sentence() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ودعت [LOC:إيطاليا] إلى ⟨قمة أوروبية عاجلة⟩.\n",
        "وأيدت [LOC:إسبانيا] المقترح الإيطالي، وطالبت ⟨بتمويل مشترك لخفر السواحل⟩.",
    ));
    assert_eq!(speaker(&q[1]), "إسبانيا");
}

#[test]
fn a_plural_in_the_accusative_right_after_the_verb_leaves_the_subject_implicit() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الوزير [PER:فهد العتيبي] إن ⟨الوضع مستقر⟩.\n",
        "وحذر المواطنين من ⟨الاقتراب من مجاري السيول⟩.",
    ));
    assert_eq!(speaker(&q[1]), "فهد العتيبي");
}

#[test]
fn a_plural_verb_goes_with_the_group_that_is_the_subject_of_a_verb_before_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الوزير [PER:فهد العتيبي] إن ⟨الوضع مستقر⟩.\n",
        // An accusation is a position reported of the accuser, a statement of its own.
        "واتهم [ORG:الحوثيون] التحالف ⟨بقصف المدنيين⟩، وقالوا في بيان إن ⟨الغارات استهدفت سوقا شعبيا⟩.\n",
        "وقال الوزير [PER:فهد العتيبي] إن ⟨الوضع مستقر⟩.\n",
        "واحتج المعلمون على القرار. وأكدوا أنهم ⟨سيواصلون الإضراب⟩.\n",
        "وتجمع المتظاهرون أمام مقر الحكومة، وطالبوا ⟨برحيلها⟩.",
    ));
    assert_eq!(speaker(&q[1]), "الحوثيون");
    assert_eq!(speaker(&q[2]), "الحوثيون");
    assert_eq!(speaker(&q[4]), "المعلمون");
    assert_eq!(speaker(&q[5]), "المتظاهرون");
}

#[test]
fn a_statement_without_subject_has_the_person_its_frame_sentence_names() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المواطن [PER:علي الخالدي] إنه ⟨يتبرع بالدم كل ستة أشهر⟩.\n",
        "أكد أن ⟨الحملة تهدف إلى توفير الدم⟩. جاء ذلك في تصريح صحفي لمدير عام الشؤون الصحية بالمنطقة الشرقية الدكتور [PER:صالح الصالح] عقب تدشين الحملة.\n",
        "أوضح أن ⟨الوزارة تعمل على إنشاء بنك مركزي للدم⟩. صرح بذلك مدير بنك الدم الدكتور [PER:محمد العمر].\n",
        "وأكد أن ⟨العمل مستمر⟩. جاء ذلك خلال لقائه بالأمير [PER:سعود بن نايف].",
    ));
    assert_eq!(speaker(&q[1]), "صالح الصالح");
    assert_eq!(speaker(&q[2]), "محمد العمر");
    assert_eq!(speaker(&q[3]), "محمد العمر");
}

#[test]
fn a_feminine_verb_takes_a_woman_named_since_the_last_feminine_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأضافت [ORG:وزارة الصحة] أن ⟨الحالات مستقرة⟩.\n",
        "التقت الصحيفة المواطنة [PER:فاطمة الزهراني] في المستشفى. وقال مدير المستشفى [PER:سعد الحربي] إن ⟨الخدمات جيدة⟩. وقالت إن ⟨ابنها ينتظر منذ ساعات⟩.\n",
        "وقال الطبيب [PER:خالد المالكي] إن ⟨الأسرة كافية⟩. وأضافت الوزارة أن ⟨الحالات تتعافى⟩.",
    ));
    assert_eq!(speaker(&q[2]), "فاطمة الزهراني");
    assert_eq!(speaker(&q[4]), "وزارة الصحة");
}

#[test]
fn a_definite_source_with_the_attributions_lam_resolves_like_a_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أصدرت [ORG:هيئة الطيران] بيانا يوم السبت. ووفقا للبيان، فإن ⟨الرحلات ستعود إلى جدولها المعتاد⟩.\n",
        "ووفقا للهيئة، فإن ⟨المسافرين المتضررين سيحصلون على تعويضات⟩.",
    ));
    assert_eq!(speaker(&q[0]), "هيئة الطيران");
    assert_eq!(speaker(&q[1]), "هيئة الطيران");
}

#[test]
fn the_subject_before_kana_and_qad_speaks_for_a_later_verb_that_agrees_with_kana() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المهندس [PER:عمر الشهري] إن ⟨الجسر جاهز⟩. ",
        "وكانت الهيئة قد نشرت تقريرا الشهر الماضي، بينت فيه أن ⟨نسبة الإنجاز تجاوزت الثمانين في المئة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "الهيئة");
}

#[test]
fn a_masculine_participle_shares_the_institution_after_the_sentence_s_verb() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المدير [PER:سامي الخطيب] إن ⟨الخطة جاهزة للتنفيذ⟩.\n",
        "وجدد المجلس دعمه للقطاع الخاص، مطالبا ⟨الشركات بزيادة الاستثمار في المصانع⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "المجلس");
}

#[test]
fn a_place_after_the_persons_object_is_no_subject_of_a_later_pronoun_verb() {
    // "وانتقد فلان خطط الولايات المتحدة": the sentence's subject is the person; the place is governed by a noun.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وانتقد [PER:سامي الحداد] خطط [LOC:الولايات المتحدة] في المنطقة.\n",
        "وقال إن ⟨الحوار هو الطريق الوحيد⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سامي الحداد");
}

#[test]
fn a_masculine_pronoun_verb_goes_on_with_a_body_whose_statement_spoke_last() {
    // "وقالت الهيئة ... كما أشار البيان ... وقال": the body speaks through nouns of either gender.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المحلل [PER:خالد سالم] إن ⟨السوق مستقرة⟩.\n",
        "وقالت [ORG:هيئة الأسواق] في بيان إن ⟨التداول يستأنف غدا⟩.\n",
        "كما أشار البيان إلى أن ⟨الأرباح ارتفعت⟩.\n",
        "وقال إن ⟨المخاطر تراجعت هذا العام⟩.",
    ));
    assert_eq!(speaker(&q[3]), "هيئة الأسواق");
}

#[test]
fn a_verb_with_wa_after_a_kana_clause_has_its_own_subject() {
    // "وكانت [العاصمة] قد نفت ...، وقال فلان إن": the كان clause's subject does not speak for the new clause.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأضاف [PER:خالد المنصوري] أن ⟨المفاوضات مستمرة⟩.\n",
        "وكانت [LOC:أنقرة] قد نفت ⟨أي علاقة بالحادث⟩، وقال [PER:مراد أوزتورك] إن ⟨التحقيق سيكشف الحقيقة⟩.\n",
    ));
    assert_eq!(speaker(&q[2]), "مراد أوزتورك");
}
