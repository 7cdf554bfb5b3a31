//! Direct quotes in quotation marks: pairing of each mark type, strays, terms and names in marks, parentheses.

use super::{cue, quotes_of, run, speaker};
use sahifa_core::analysis::QuoteKind;

#[test]
fn direct_quote_in_guillemets_takes_cue_and_speaker_from_the_clause_before() {
    let (c, q) =
        quotes_of("عنوان\nوقال الوزير [PER:سيرجي لافروف]: «⟨نحن مستعدون للحوار مع الجميع⟩».");
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(cue(&c, &q[0]), "وقال");
    assert_eq!(speaker(&q[0]), "سيرجي لافروف");
    assert_eq!(
        c.doc.slice(q[0].speaker.as_ref().unwrap().span),
        "سيرجي لافروف"
    );
    assert_eq!(q[0].speaker.as_ref().unwrap().entity, Some(0));
}

#[test]
fn direct_quotes_in_each_mark_type() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "قال فهد: “⟨المباراة صعبة جدا على الفريقين⟩”.\n",
        "وقال سعيد: \"⟨استعدينا جيدا لهذه المباراة المهمة⟩\" في المؤتمر.\n",
        "وأضاف سعيد: {⟨لدينا فرصة حقيقية للفوز بالبطولة⟩}.",
    ));
    assert!(q.iter().all(|q| q.kind == QuoteKind::Direct));
    assert_eq!(speaker(&q[0]), "فهد");
    assert_eq!(speaker(&q[1]), "سعيد");
    assert_eq!(cue(&c, &q[2]), "وأضاف");
}

#[test]
fn straight_quotes_pair_by_alternation_within_a_paragraph() {
    quotes_of(
        "عنوان\nقال المدرب \"⟨الفريق جاهز تماما للمباراة⟩\" ثم أضاف \"⟨الغيابات لن تؤثر علينا أبدا⟩\".",
    );
}

#[test]
fn reversed_and_mixed_marks_still_pair() {
    quotes_of(concat!(
        "عنوان\n",
        "قال الرئيس ”⟨سنواصل العمل حتى النهاية مهما حدث⟩”.\n",
        "وقال المتحدث «⟨القرار خاطئ تماما وسنرفضه بكل قوة⟩” أمس.",
    ));
}

#[test]
fn marks_around_a_name_or_short_term_are_not_statements() {
    quotes_of(concat!(
        "عنوان\n",
        "رفع العقوبات عن شركة “آيروفلوت” الروسية للطيران.\n",
        "تحدث الخبراء عن الملف «النووي» وعن «الحرس الجمهوري» طويلا.\n",
        "ونشرت صحيفة «واشنطن بوست» تقريرا بعنوان \"نراكم في عام 2017 القادم\".",
    ));
}

#[test]
fn a_quote_in_marks_after_the_complement_is_one_direct_statement() {
    let (c, q) =
        quotes_of("عنوان\nويؤكد د. علي لـ«الشرق الأوسط» أن «⟨تفاعل البشر مع الروبوت معقد جدا⟩».");
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(cue(&c, &q[0]), "ويؤكد");
    assert_eq!(speaker(&q[0]), "علي");
}

#[test]
fn attribution_after_the_closing_mark_and_short_quotes_after_a_colon() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "«⟨لن نتراجع عن هذا القرار أبدا⟩»، بحسب فهد العلي.\n",
        "وسئل عن الخطة، فقال الوزير: «⟨لا⟩».",
    ));
    assert_eq!(speaker(&q[0]), "فهد العلي");
    assert_eq!(cue(&c, &q[1]), "فقال");
}

#[test]
fn a_straight_mark_that_closes_with_nothing_open_is_a_stray() {
    // The first mark lost its opener: the pairs are the term and the statement after it, not the text between.
    quotes_of(concat!(
        "عنوان\n",
        "وطرحت الشركة هاتف نجم5\" و\"نجم5 برو\" في الأسواق، وقال المدير: \"⟨الإقبال كان كبيرا جدا هذا العام⟩\".\n",
        // A straight pair inside a straight quote stays inside it.
        "وقال المدير: \"⟨نطرح \"نجم5\" و\"نجم5 برو\" في كل المتاجر هذا الشهر⟩\".",
    ));
}

#[test]
fn a_model_name_with_its_number_in_marks_is_a_term() {
    // "نجم5 برو" are two written words (three tokens): a name in marks, not a statement.
    quotes_of(concat!(
        "عنوان\n",
        "وعرضت الشركة جهازي \"نجم 5 برو\" و\"نور7 ماكس الجديد\" في معرضها السنوي.\n",
        // A number alone is not a word: "سحاب إكس في 2030" is a name of three words.
        "ويعمل الحاسوب “سحاب إكس في 2030” في مركز البيانات.\n",
        "وقال المدير: \"⟨الجهازان متوفران في كل المتاجر⟩\".",
    ));
}

#[test]
fn a_double_prime_after_a_number_closes_the_marks_but_never_opens() {
    // Publishing tools write ″ for the straight mark after a digit; an inch sign alone opens nothing.
    quotes_of(concat!(
        "عنوان\n",
        "ويعمل الحاسوب “نجم 3″ في مختبر الجامعة، وفق تصنيف “الحوسبة 100″ المستقل.\n",
        "وتبلغ شاشة الجهاز 15″ فقط، وقال الباحث: “⟨النتائج مشجعة جدا لنا⟩”.",
    ));
}

#[test]
fn a_quote_in_marks_without_a_cue_goes_to_the_person_who_is_the_sentences_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        // The tagger took a common noun near the marks for a name: the subject named first speaks.
        "ونشر المقدم [PER:فادي مراد] مع [PER:سامر جميل] [PER:تقريرا] جاء فيه «⟨الطريق مغلق حتى إشعار آخر⟩».",
    ));
    assert_eq!(speaker(&q[0]), "فادي مراد");
}

#[test]
fn a_lone_bi_before_marks_leads_the_clause_into_the_quote() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ونددت بعثة [ORG:الاتحاد الأفريقي] بـ«⟨الاعتداء الجبان على المدنيين العزل في القرية الصغيرة⟩».\n",
        // Two words in marks after لـ are a name, not a statement.
        "وقال [PER:سامي فريد] لـ«الأخبار اليومية» إن ⟨الطريق سيفتح غدا⟩.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(cue(&c, &q[0]), "ونددت");
}

#[test]
fn words_in_parentheses_after_a_reporting_verb_are_a_quote_other_parentheses_are_asides() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وظل [PER:عادل منصور] يقول (⟨سنعود إلى بيوتنا قريبا⟩) حتى وصلت الحافلة.\n",
        "وصاح الحارس قائلا لهم: (⟨ابتعدوا عن البوابة⟩).\n",
        "وتقع القرية في الوادي (جنوب المدينة) قرب النهر.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(cue(&c, &q[0]), "يقول");
    assert_eq!(speaker(&q[0]), "عادل منصور");
}

#[test]
fn a_short_quote_with_the_verb_after_it_is_a_statement_and_a_participle_after_the_comma_reports_its_own()
 {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "«⟨الطريق ما زال طويلا⟩»، يقول [PER:كمال ناصر]، مضيفا أن ⟨الفريق يتعلم بسرعة⟩.\n",
        // A term in marks before a participle stays a term.
        "وافتتح المركز “الذكي” ، مبينا أن ⟨الخدمة مجانية⟩.",
    ));
    assert_eq!(speaker(&q[0]), "كمال ناصر");
    assert_eq!(cue(&c, &q[1]), "مضيفا");
    assert_eq!(speaker(&q[1]), "كمال ناصر");
}

#[test]
fn a_newspaper_in_marks_after_the_verb_is_its_subject_not_a_quote() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وذكرت «الوطن» أن ⟨البلدية أغلقت ثلاثة مطاعم مخالفة⟩.\n",
        "وقالت «النهار» في عددها الصادر اليوم إن ⟨المفاوضات وصلت إلى طريق مسدود⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وذكرت");
    assert_eq!(speaker(&q[0]), "الوطن");
    assert_eq!(q[1].kind, QuoteKind::Indirect);
}

#[test]
fn a_quote_attributed_after_it_with_hakadha_has_one_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:فهد العتيبي] إن ⟨الطقس كان معتدلا⟩.\n",
        "«⟨لم نر موسما كهذا من قبل⟩» هكذا وصف أحد المزارعين الحصاد هذا العام.",
    ));
    assert_eq!(q[1].kind, QuoteKind::Direct);
    assert_eq!(cue(&c, &q[1]), "وصف");
    assert_eq!(speaker(&q[1]), "أحد المزارعين");
}

#[test]
fn a_short_quote_attributed_after_hakadha_is_a_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "«⟨الأمور تحت السيطرة⟩»، هكذا وصف قائد الدفاع المدني الوضع في الحي.",
    ));
    assert_eq!(cue(&c, &q[0]), "وصف");
}

#[test]
fn marks_naming_a_thing_inside_a_sentence_are_no_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ويرى خبراء أن ⟨إطلاق تخصص \"هندسة الطاقة المتجددة والتخزين\" خطوة مهمة للجامعة⟩.\n",
        "ورفع المشجعون صورة «نجم الفريق الأول هذا الموسم» فوق المدرجات.\n",
        "وقال المدرب \"⟨اللاعبون قدموا كل ما لديهم⟩\" بعد المباراة.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Indirect);
    assert_eq!(cue(&c, &q[1]), "وقال");
}

#[test]
fn the_speakers_own_words_right_after_the_outlet_are_direct() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت الباحثة [PER:نورة السالم] لـ\"الوطن\" ⟨أتوقع ارتفاع أسعار المساكن خلال العام المقبل⟩، وأشارت إلى أن ⟨الطلب ما زال مرتفعا⟩.\n",
        "وقال لـ«الرياض» مدير الطرق [PER:سامي الدوسري] إن ⟨المشروع سيكتمل قريبا⟩.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(speaker(&q[0]), "نورة السالم");
    assert_eq!(q[1].kind, QuoteKind::Indirect);
    assert_eq!(q[2].kind, QuoteKind::Indirect);
    assert_eq!(speaker(&q[2]), "سامي الدوسري");
}

#[test]
fn a_straight_mark_typed_with_its_space_on_the_wrong_side_still_opens_after_a_reporting_word() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الوزير [PER:ماجد الحقيل]\" ⟨سنعمل على حل المشكلة خلال أسبوع⟩\" مؤكدا ⟨أهمية التعاون بين الجهات⟩.\n",
        "وزار الوزير\" المعرض\" أمس.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(cue(&c, &q[0]), "وقال");
}

#[test]
fn a_short_form_in_parentheses_and_an_institution_head_stay_in_the_speaker_zone() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "كما أعلنت شركة [ORG:النقل البحري] (NST) عن ⟨تشغيل خط جديد بين الميناءين⟩.\n",
        "وأعلنت مؤسسة [ORG:الإسكان الأهلية] (ماس) ⟨بدء تسليم الوحدات للمستفيدين⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "أعلنت");
    assert_eq!(speaker(&q[0]), "النقل البحري");
    assert_eq!(speaker(&q[1]), "الإسكان الأهلية");
}

#[test]
fn any_verb_after_a_phrase_pointing_back_at_the_quote_attributes_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال وزير النقل [PER:سليمان الحمدان] إن ⟨المشروع اكتمل⟩.\n",
        "وقال المهندس [PER:ناصر العمري] إن ⟨التشغيل يبدأ قريبا⟩.\n",
        "«⟨سنفتتح الطريق قبل موعده⟩» هكذا ختم الوزير حديثه.\n",
        "«⟨العمل لم يتوقف يوما واحدا⟩»، بهذه الكلمات لخص [PER:العمري] تجربته.",
    ));
    assert_eq!(speaker(&q[2]), "سليمان الحمدان");
    assert_eq!(speaker(&q[3]), "العمري");
}

#[test]
fn what_a_relative_clause_calls_it_in_marks_is_a_quote_of_its_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المتحدث [PER:ينس ستولتنبرغ] إن ⟨الحلف يدعم الحكومة⟩.\n",
        "وبدأت الحكومة ما وصفه مسؤولون بأنه «⟨حرب شاملة على الفساد⟩» الشهر الماضي.",
    ));
    assert_eq!(speaker(&q[1]), "مسؤولون");
}

#[test]
fn a_name_in_marks_after_an_adjective_of_relation_is_no_statement() {
    quotes_of(concat!(
        "عنوان\n",
        "ويتميز القطار الياباني “نجم الشرق السريع الجديد” بسرعة تفوق ثلاثمئة كيلومتر.\n",
        "وقال المهندس: «⟨القطار سيصل إلى المدينة خلال عامين⟩».",
    ));
}

#[test]
fn a_short_name_in_parentheses_after_an_unlisted_body_stays_in_the_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعلنت شركة الاتصالات المتنقلة (زين) عن ⟨أرباحها الفصلية⟩.",
    ));
    assert_eq!(speaker(&q[0]), "شركة الاتصالات المتنقلة");
}

#[test]
fn a_short_quote_before_a_verb_of_closing_speech_is_the_closers_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وتحدثت [PER:نورة القحطاني] عن غلاء الإيجارات.\n",
        "«⟨الصبر مفتاح الفرج⟩»، تختم [PER:نورة القحطاني] حديثها.\n",
        "«⟨سنعود أقوى في الموسم المقبل⟩»، يختتم المدرب [PER:خالد العمري] كلامه.",
    ));
    assert!(q.iter().all(|q| q.kind == QuoteKind::Direct));
    assert_eq!(cue(&c, &q[0]), "تختم");
    assert_eq!(speaker(&q[0]), "نورة القحطاني");
    assert_eq!(speaker(&q[1]), "خالد العمري");
}

#[test]
fn a_short_second_half_after_a_splitting_reporting_clause_is_direct() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "«⟨لن نقبل بهذه الشروط⟩»، قال رئيس اللجنة [PER:حمد المري]، «⟨مهما طال الانتظار⟩».",
    ));
    assert!(q.iter().all(|q| q.kind == QuoteKind::Direct));
    assert_eq!(cue(&c, &q[1]), "قال");
    assert_eq!(speaker(&q[1]), "حمد المري");
}

#[test]
fn a_short_quote_pointed_back_at_before_a_verb_of_closing_is_a_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "«⟨الصحة أولا⟩»، بهذه العبارة اختتم الطبيب [PER:منصور الحازمي] محاضرته.\n",
        "«المهرجان» بهذا الاسم عرفه الجمهور.",
    ));
    assert_eq!(q.len(), 1);
    assert_eq!(cue(&c, &q[0]), "اختتم");
    assert_eq!(speaker(&q[0]), "منصور الحازمي");
}

#[test]
fn the_outlet_in_marks_ends_at_its_closing_mark_and_the_subject_follows() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الكاتب [PER:سليم الدوسري] إن ⟨المعرض ناجح⟩.\n",
        "وأوضحت لـ«الرياض» المتحدثة باسم الجامعة أن ⟨التسجيل يبدأ الأحد⟩.",
    ));
    assert!(speaker(&q[1]).starts_with("المتحدثة"));
}

#[test]
fn a_verse_cited_in_marks_is_gods_word_and_the_preacher_goes_on_speaking() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الشيخ [PER:عبدالرحمن السديس] إن ⟨الإسلام دين الرحمة⟩.\n",
        "وذكّر المصلين بقوله تعالى: «⟨وما أرسلناك إلا رحمة للعالمين⟩».\n",
        "وأضاف أن ⟨المسلم مطالب بالإحسان إلى جيرانه⟩.\n",
        "وقال تعالى: «⟨إنما المؤمنون إخوة⟩».\n",
        "وتابع أن ⟨التراحم واجب على الجميع⟩.",
    ));
    assert_eq!(speaker(&q[1]), "تعالى");
    assert_eq!(speaker(&q[2]), "عبدالرحمن السديس");
    assert_eq!(speaker(&q[3]), "تعالى");
    assert_eq!(speaker(&q[4]), "عبدالرحمن السديس");
}

#[test]
fn words_pointing_back_after_a_full_stop_attribute_the_quote_before() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:حيدر العبادي] إن ⟨الحكومة مستمرة⟩. وأضاف وزير الدفاع [PER:خالد العبيدي] أن ⟨القوات حققت انتصارات⟩.\n",
        "«⟨لا تراجع عن الإصلاحات⟩». بهذه الكلمات عبر [PER:العبادي] عن موقفه أمام البرلمان.",
    ));
    assert_eq!(speaker(&q[2]), "العبادي");
}

#[test]
fn a_quote_in_marks_after_jaa_fi_a_text_is_its_issuers() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "أصدرت [ORG:نقابة المهندسين] بيانا مساء الأحد. وجاء في البيان: «⟨نرفض أي تعديل على اللائحة دون استشارتنا⟩».\n",
        "وجاء في رسالة [ORG:اتحاد الكرة] أن «⟨الموسم سيبدأ في موعده المحدد دون تأجيل⟩».",
    ));
    assert_eq!(cue(&c, &q[0]), "وجاء");
    assert_eq!(speaker(&q[0]), "نقابة المهندسين");
    assert_eq!(speaker(&q[1]), "اتحاد الكرة");
}

#[test]
fn a_verb_after_hakadha_and_a_comma_attributes_the_quote_and_reports_nothing_after_it() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "«⟨الطريق أصبح أكثر أمانا من قبل⟩»، هكذا وصف السائق [PER:مشعل الدوسري] ما تغير بعد الصيانة.\n",
        "«⟨نحتاج إلى مزيد من الوقت⟩». بهذه الكلمات وصف المهندس [PER:رائد الزهراني] سير العمل.",
    ));
    assert_eq!(q.len(), 2);
    assert_eq!(cue(&c, &q[0]), "وصف");
    assert_eq!(speaker(&q[0]), "مشعل الدوسري");
    assert_eq!(speaker(&q[1]), "رائد الزهراني");
}

#[test]
fn one_word_in_marks_that_its_sentence_runs_on_from_is_a_term_not_a_direct_quote() {
    let (c, q) = run(concat!(
        "عنوان\n",
        "وانتقد الوزير [PER:سعيد الأحمد] القرار واتهمها «بتجاهل» المواطنين.\n",
        "وسئل عن الاتفاق فقال: «مستحيل».\n",
    ));
    assert!(
        q.iter()
            .all(|q| q.kind != QuoteKind::Direct || c.doc.slice(q.span) != "بتجاهل")
    );
    assert!(
        q.iter()
            .any(|q| q.kind == QuoteKind::Direct && c.doc.slice(q.span) == "مستحيل")
    );
}

#[test]
fn an_attribution_to_an_unnamed_source_gives_the_source_also_for_marks_after_fa_inna() {
    // An unnamed diplomat is a source an attribution may name.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:خالد العلي] إن ⟨الوضع صعب⟩.\n",
        "وبحسب الدبلوماسي فإن ⟨الجولة المقبلة ستكون حاسمة⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "الدبلوماسي");
    // Marks right after the attribution's فإن hold what its source said, not the last speaker's words.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:خالد العلي] إن ⟨الوضع صعب⟩.\n",
        "وبحسب المصدر فإن «⟨الاتفاق سيوقع خلال أيام قليلة⟩».\n",
    ));
    assert_eq!(speaker(&q[1]), "المصدر");
}

#[test]
fn marks_after_the_subject_of_a_statement_carry_the_rest_of_its_clause() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ويرى المحلل سامر الخطيب أن ⟨القرار الجديد \"سيرفع الأسعار في الأسواق المحلية\"⟩.\n",
        "وقال مواطن إنه ⟨موظف متقاعد⟩ \"⟨لم أتلق راتبي منذ شهرين. الوضع صعب جدا.⟩\"\n",
        "وانتقد النائب الحكومة بقوله \"⟨إنها لا تسمع صوت الناس⟩\".\n",
        "وترى الباحثة أن ⟨الخطة \"لن تنجح دون تمويل كاف\"⟩.\n",
    ));
    assert_eq!(q.len(), 5);
    assert_eq!(speaker(&q[0]), "سامر الخطيب");
}

#[test]
fn marks_after_a_report_told_to_an_agency_are_not_the_agencys_words() {
    // "لوكالة فلان": the outlet told; "باسم الحزب": the body a spokesman speaks for. Neither made the statement.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد متحدث باسم [ORG:حزب الأمل] لوكالة [ORG:الأنباء الوطنية] أن ⟨الاجتماع انتهى⟩، «⟨دون أي اتفاق على الموعد⟩».",
    ));
    assert_eq!(speaker(&q[1]), "متحدث باسم حزب الأمل");
    // Marks right after the statement's subject carry the rest of its clause: one statement.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد متحدث باسم [ORG:حزب الأمل] لوكالة [ORG:الأنباء الوطنية] أن ⟨الاجتماع «انتهى دون أي اتفاق»⟩.",
    ));
    assert_eq!(speaker(&q[0]), "متحدث باسم حزب الأمل");
}
