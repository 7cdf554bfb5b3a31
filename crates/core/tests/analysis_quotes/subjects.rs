//! The speaker in its own sentence: names read after the verb, subject versus object, what is not the speaker.

use super::{cue, quotes_of, speaker};

#[test]
fn without_entities_the_name_after_the_verb_is_read_from_tokens() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال مهاب مميش رئيس هيئة القناة إن ⟨المجرى الجديد يتيح مرور السفن⟩.\n",
        "وأعلنت وزارة الخارجية الأميركية في بيان أنها ⟨أحالت النص إلى الكونغرس⟩.\n",
        "وذكرت الوزارة في بيان أن ⟨الفترة تبدأ اليوم⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مهاب مميش");
    assert_eq!(
        c.doc.slice(q[0].speaker.as_ref().unwrap().span),
        "مهاب مميش"
    );
    assert_eq!(speaker(&q[1]), "وزارة الخارجية الأميركية");
    assert_eq!(speaker(&q[2]), "وزارة الخارجية الأميركية");
}

#[test]
fn a_complementiser_inside_the_speakers_name_does_not_start_the_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت شبكة [ORG:سي إن إن] إن ⟨الوفد سيصل صباح الغد⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سي إن إن");
}

#[test]
fn the_person_named_right_before_the_content_speaks_not_a_titles_genitive() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        // The tagger took the title's genitive for a name: the person closing the zone speaks.
        "وثمّنت الشاعرة ومدير [PER:تحرير] مجلة الأدب [PER:سعاد الحكيم]، ⟨فوز الفريق بالبطولة⟩.\n",
        "وقال رئيس قسم طب الأسرة والمجتمع بجامعة [ORG:الرافدين] البروفيسور [PER:جمال عيسى]: إن ⟨المرض ينتشر ببطء⟩.\n",
        // A person after a preposition is whom the speaker addressed.
        "وقال المتحدث باسم [ORG:الوزارة] في اتصال مع [PER:وليد حسن] إن ⟨المباراة ستقام في موعدها⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سعاد الحكيم");
    assert_eq!(speaker(&q[1]), "جمال عيسى");
    assert_ne!(speaker(&q[2]), "وليد حسن");
}

/// The recogniser may run a name on over the verb after it; the speaker stops before the verb.
#[test]
fn a_mention_that_swallowed_the_reporting_verb_is_cut_before_it() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "أما المحللة المالية [PER:سلمى الراشد فقالت] إن ⟨المؤشرات تبعث على التفاؤل⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "فقالت");
    assert_eq!(speaker(&q[0]), "سلمى الراشد");
}

#[test]
fn the_subject_after_a_prepositional_phrase_that_follows_the_verb_speaks() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:فهد العتيبي] إن ⟨الطقس كان معتدلا⟩.\n",
        "وقال لـ«الوطن» مدير الدفاع المدني [PER:ماجد الشهري] إن ⟨الفرق باشرت عملها فورا⟩.\n",
        "وأوضح في حديثه للصحفيين رئيس اللجنة المنظمة أن ⟨التذاكر نفدت⟩.\n",
        "وقال خلال لقائه رئيس البعثة إن ⟨العلاقات متينة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "ماجد الشهري");
    assert!(
        speaker(&q[2]).starts_with("رئيس اللجنة"),
        "{}",
        speaker(&q[2])
    );
    // The object of a verbal noun with a pronoun is no subject: the last speaker goes on.
    assert_eq!(speaker(&q[3]), "رئيس اللجنة المنظمة");
}

#[test]
fn a_reporting_verb_as_a_verbal_noun_after_adam_does_not_cut_the_speaker() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال موظف في الشركة، فضل عدم ذكر اسمه، لـ«الرياض» إن ⟨الرواتب تأخرت شهرين⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وقال");
}

#[test]
fn a_name_that_starts_with_an_is_the_speaker_not_the_complementiser() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الأمين العام [PER:بان كي مون] في كلمته إن ⟨السلام يحتاج إلى شجاعة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "بان كي مون");
}

#[test]
fn the_subject_after_kana_speaks_and_the_noun_after_the_verb_is_its_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وكان [PER:ماكرون]، في كلمته أمام السفراء، حذر [ORG:البرلمان] بأنه ⟨سيحل المجلس إذا عطل الإصلاحات⟩.\n",
        "وكانت [ORG:وزارة الإسكان] أعلنت أن ⟨التسليم سيبدأ الشهر المقبل⟩.",
    ));
    assert_eq!(speaker(&q[0]), "ماكرون");
    assert_eq!(speaker(&q[1]), "وزارة الإسكان");
}

#[test]
fn a_time_adverb_between_the_verb_and_its_subject_is_passed() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المحلل [PER:ماهر السديري] إن ⟨التداولات هادئة⟩.\n",
        "وأكد أمس وزير النقل [PER:نايف الشمري] أن ⟨القطار سيعمل قبل نهاية العام⟩.\n",
        "وأعلنت اليوم [ORG:هيئة الطيران المدني] أن ⟨المطار الجديد جاهز⟩.\n",
        "وقال مساء أمس المتحدث باسم الدفاع المدني العقيد [PER:وليد الحارثي] إن ⟨الحريق أخمد⟩.",
    ));
    assert_eq!(speaker(&q[1]), "نايف الشمري");
    assert_eq!(speaker(&q[2]), "هيئة الطيران المدني");
    assert_eq!(speaker(&q[3]), "وليد الحارثي");
}

#[test]
fn a_discourse_phrase_between_the_verb_and_its_subject_is_passed() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المحلل [PER:ماهر السديري] إن ⟨التداولات هادئة⟩.\n",
        "وأكد بدوره وزير الاقتصاد [PER:رامي العوفي] أن ⟨النمو سيتسارع⟩.\n",
        "وقال من جانبه رئيس الغرفة [PER:زياد الخنيزي] إن ⟨التجار متفائلون⟩.\n",
        "وأوضح عقب الاجتماع محافظ البنك [PER:هشام الراجحي] أن ⟨التضخم تحت السيطرة⟩.\n",
        "وأشار في الوقت نفسه الخبير [PER:يوسف المزروع] إلى أن ⟨الدين العام منخفض⟩.",
    ));
    assert_eq!(speaker(&q[1]), "رامي العوفي");
    assert_eq!(speaker(&q[2]), "زياد الخنيزي");
    assert_eq!(speaker(&q[3]), "هشام الراجحي");
    assert_eq!(speaker(&q[4]), "يوسف المزروع");
}

#[test]
fn a_definite_given_name_after_a_title_is_the_name_not_the_titles_complement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الأمير [PER:الوليد بن سعد] إن ⟨المؤسسة ستدعم المشروع⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الوليد بن سعد");
}

#[test]
fn the_writer_named_in_the_dateline_is_never_the_speaker() {
    let (_, q) = quotes_of(concat!(
        "معلمون: ⟨الحصص طويلة⟩\n",
        "[PER:سلمى خالد]- [ORG:سبق]- الدمام: اجتمع معلمون بمدير التعليم أمس، وطالبوا ⟨بتقليص عدد الحصص⟩.",
    ));
    assert_eq!(speaker(&q[1]), "معلمون");
}

#[test]
fn a_titled_subject_after_a_definite_prepositional_phrase_is_not_governed_by_its_preposition() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المنظم [PER:حسن العلي] إن ⟨الحضور كان كبيرا⟩.\n",
        "وتحدث في الجلسة الثانية الباحث الأردني [PER:عمر الزعبي]. بدوره، أوضح أن ⟨التعليم عن بعد يحتاج إلى تقييم⟩.\n",
        "والتقى الوفد مع الوزير الأردني [PER:خليل المومني]. وأكد أن ⟨الزيارة ناجحة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "حسن العلي");
    assert_eq!(speaker(&q[1]), "عمر الزعبي");
    // A title right after the preposition is its object: the minister met is not who spoke.
    assert_ne!(speaker(&q[2]), "خليل المومني");
}

#[test]
fn a_person_joined_by_wa_to_a_governed_one_is_governed_too() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدير [PER:فهد الشمري] إن ⟨الحفل ناجح⟩.\n",
        "وفي الحفل، تحدث الضيوف مع الوزير [PER:صالح الفوزان] والسفير [PER:ماجد الدوسري]. وأكد أن ⟨العلاقات قوية⟩.",
    ));
    assert_eq!(speaker(&q[1]), "فهد الشمري");
}

#[test]
fn a_verb_of_saying_with_the_lam_of_purpose_after_aada_reports_with_the_subject_of_aada() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدرب [PER:خالد العطوي] إن ⟨الفريق جاهز⟩.\n",
        "وقالت اللاعبة [PER:هند الزهراني] إن ⟨المنافسة قوية⟩. وعاد [PER:العطوي] ليؤكد أن ⟨الفوز ممكن⟩.\n",
        "وعادت لتضيف أن ⟨الجمهور سيصنع الفارق⟩.",
    ));
    assert_eq!(cue(&c, &q[2]), "ليؤكد");
    assert_eq!(speaker(&q[2]), "العطوي");
    assert_eq!(speaker(&q[3]), "هند الزهراني");
}

#[test]
fn the_group_a_verb_of_addressing_addresses_is_not_part_of_its_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ودعا المحافظ السائقين إلى ⟨تجنب الطرق الجبلية أثناء الضباب⟩.\n",
        "وحثت [ORG:نقابة المهندسين] الأعضاء على ⟨تحديث بياناتهم⟩.\n",
        "وطالب رئيس رابطة المحترفين المسؤولين ⟨بصرف الرواتب المتأخرة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "المحافظ");
    assert_eq!(speaker(&q[1]), "نقابة المهندسين");
    assert_eq!(speaker(&q[2]), "رابطة المحترفين");
}

#[test]
fn names_joined_with_waw_share_the_verb_and_the_content_starts_after_them() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكدت [LOC:مصر] و[LOC:الأردن] ⟨دعمهما الكامل للمملكة⟩.\n",
        "وأكدت [LOC:الجمهورية التركية] وجمهورية [LOC:باكستان] الإسلامية ⟨وقوفهما مع المملكة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مصر");
    assert_eq!(speaker(&q[1]), "الجمهورية التركية");
}

#[test]
fn a_definite_subject_before_the_addressed_group_speaks() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "حذرت [ORG:وزارة الصحة] من ⟨انتشار الحمى في الشتاء⟩.\n",
        "وقال المتحدث باسم الوزارة [PER:سامي العتيبي] إن ⟨اللقاحات متوفرة⟩.\n",
        "ودعت الوزارة المواطنين إلى ⟨مراجعة المراكز الصحية مبكرا⟩.\n",
        "ودعا الشباب إلى ⟨التطوع في الحملة⟩.",
    ));
    assert_eq!(speaker(&q[2]), "وزارة الصحة");
    // With no group after it, the definite noun is whom the verb addresses: the last speaker speaks.
    assert_eq!(speaker(&q[3]), "سامي العتيبي");
}

#[test]
fn a_feminine_noun_right_before_the_preposition_of_a_feminine_verb_of_addressing_is_its_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:سالم الغامدي] إن ⟨الطقس سيتحسن غدا⟩.\n",
        "ودعت البلدية إلى ⟨تجنب الأودية أثناء الأمطار⟩.\n",
        "وطالبت النقابة ⟨بزيادة رواتب العاملين⟩.\n",
        "ودعت الوزارة المواطنين إلى ⟨الإبلاغ عن المخالفات⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سالم الغامدي");
    assert_eq!(speaker(&q[1]), "البلدية");
    assert_eq!(speaker(&q[2]), "النقابة");
    assert_eq!(speaker(&q[3]), "الوزارة");
}

#[test]
fn a_definite_head_word_of_an_organisation_named_earlier_is_the_subject_of_a_verb_of_addressing() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "تأسس [ORG:حزب المستقبل] قبل عشرة أعوام.\n",
        "وقال [PER:كريم الدوسري] إن ⟨المشروع تأخر كثيرا⟩.\n",
        "وطالب الحكومة ⟨بتوضيح موقفها⟩.\n",
        "وطالب الحزب ⟨بإجراء انتخابات مبكرة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "كريم الدوسري");
    // The feminine noun does not agree with the masculine verb: whom the last speaker addresses.
    assert_eq!(speaker(&q[1]), "كريم الدوسري");
    assert_eq!(speaker(&q[2]), "حزب المستقبل");
}

#[test]
fn a_construct_right_before_the_preposition_of_a_verb_of_addressing_is_its_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:عادل السبيعي] إن ⟨الطرق تحتاج إلى صيانة⟩.\n",
        "وطالب أهالي القرية ⟨بإنشاء مركز صحي قريب⟩.\n",
        "ودعا أعضاء النادي الأدبي إلى ⟨دعم المواهب الشابة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "عادل السبيعي");
    assert_eq!(speaker(&q[1]), "أهالي القرية");
    assert_eq!(speaker(&q[2]), "أعضاء النادي الأدبي");
}

#[test]
fn a_number_of_people_with_its_min_is_the_subject_of_a_verb_with_a_preposition() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأشاد عدد من أولياء الأمور ⟨بمستوى المعلمين⟩، مطالبين ⟨بزيادة الأنشطة⟩.\n",
        "وطالب عدد كبير من سكان الحي ⟨بإنارة الشوارع الفرعية⟩.",
    ));
    assert_eq!(speaker(&q[0]), "عدد من أولياء الأمور");
    assert_eq!(speaker(&q[1]), "عدد من أولياء الأمور");
    assert_eq!(speaker(&q[2]), "عدد كبير من سكان الحي");
}

#[test]
fn the_topic_of_amma_speaks_for_the_verb_after_fa_past_an_adverb() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أما وزير الداخلية [PER:منصور العتيبي] فقد أكد مرارا أن ⟨الحدود مؤمنة بالكامل⟩.\n",
        "أما البلدية فقد أوضحت أن ⟨فرقها انتشرت في الأحياء المتضررة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "منصور العتيبي");
    assert_eq!(speaker(&q[1]), "البلدية");
}

#[test]
fn a_name_after_a_counterpart_and_its_adjective_is_governed_not_the_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد وزير الخارجية [PER:ناصر الحربي] أن ⟨العلاقات بين البلدين متينة⟩.\n",
        "وقال في مؤتمر صحفي مع نظيره الإيطالي [PER:ماركو روسي] إن ⟨التعاون الاقتصادي سيتوسع⟩.",
    ));
    assert_eq!(speaker(&q[1]), "ناصر الحربي");
}

#[test]
fn a_place_name_starting_with_lam_before_a_name_is_no_preposition() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المبعوث الدولي إلى [LOC:لبنان] [PER:هانز مولر] إن ⟨الحوار سيستأنف الشهر المقبل⟩.",
    ));
    assert_eq!(speaker(&q[0]), "هانز مولر");
}

#[test]
fn but_with_a_pronoun_before_the_verb_is_no_name() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وتقول الخبيرة [PER:منى الراشد] إن ⟨السوق تتعافى ببطء⟩. لكنها حذرت من ⟨موجة ركود جديدة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "منى الراشد");
}

#[test]
fn a_place_after_bi_before_the_speakers_name_locates_the_office() {
    // "بالخبر" locates the council member; the verb's ب complement is "بتعاون".
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأشاد عضو المجلس البلدي ب[LOC:الخبر] [PER:سامي الدوسري] ⟨بتعاون السكان مع فرق الصيانة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سامي الدوسري");
}

#[test]
fn a_noun_phrase_between_kana_and_the_verb_is_its_subject() {
    // The pluperfect "وكانت X أعلنت": X speaks, not the person of the previous sentence.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:هشام البكري] إن ⟨الطريق سيفتتح قريبا⟩. وكانت الشركة المنفذة أعلنت أن ⟨الأعمال تأخرت بسبب الأمطار⟩.",
    ));
    assert_eq!(speaker(&q[1]), "الشركة المنفذة");
}

#[test]
fn a_plural_in_the_accusative_is_the_object_and_one_in_the_nominative_the_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وحذرت الهيئة المواطنين من ⟨الاقتراب من مجاري السيول⟩.\n",
        "وحذر الدفاع المدني المواطنين والمقيمين من ⟨السباحة في البرك⟩.\n",
        "وقال الوزير [PER:فهد العتيبي] إن ⟨الوضع مستقر⟩.\n",
        "وطالب المواطنون الجهات المعنية ⟨بإيجاد حلول جذرية⟩.\n",
        "ودعا المشاركون في المؤتمر الدول العربية إلى ⟨التعاون⟩.\n",
        "ونقلت الصحيفة عن المسؤولين قولهم إن ⟨الطريق سيفتتح قريبا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الهيئة");
    assert_eq!(speaker(&q[1]), "الدفاع المدني");
    assert_eq!(speaker(&q[3]), "المواطنون");
    assert_eq!(speaker(&q[4]), "المشاركون");
    assert_eq!(speaker(&q[5]), "المسؤولين");
}

#[test]
fn a_relative_adjective_of_profession_before_a_given_name_and_a_family_name_is_no_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ويرى الاقتصادي فضل البوعينين أن ⟨الميزانية قادرة على تحمل انخفاض الأسعار⟩.\n",
        "وأعلن الاتحاد السعودي ⟨تأجيل المباراة⟩، مؤكدا أن ⟨الملعب غير جاهز⟩.",
    ));
    assert!(speaker(&q[0]).ends_with("فضل البوعينين"));
    assert_eq!(speaker(&q[1]), "الاتحاد السعودي");
    assert_eq!(speaker(&q[2]), "الاتحاد السعودي");
}

#[test]
fn a_noun_describing_the_person_just_named_is_that_person_not_a_relation() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "يقف [PER:أحمد العمري] كل صباح أمام مكتب العمل. «⟨لم أترك بابا إلا وطرقته⟩»، يقول الشاب البالغ من العمر 27 عاما.\n",
        "وأضاف الشاب أن ⟨الشركات تطلب خبرة⟩.\n",
        "وتقول الأم إن ⟨ابنها لم يجد عملا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "أحمد العمري");
    assert_eq!(speaker(&q[1]), "أحمد العمري");
    assert_eq!(speaker(&q[2]), "الأم");
}

#[test]
fn a_plural_of_people_before_another_noun_is_the_subject_of_a_verb_of_addressing() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال أمين جدة [PER:هاني أبو راس] إن ⟨الأعمال مستمرة⟩.\n",
        "وطالب السكان الأمانة ⟨بسرعة إصلاح الطرق⟩.\n",
        "وطالب سكان حي الصفا [ORG:أمانة جدة] ⟨بإنارة الشوارع⟩.\n",
        "ودعا الخبراء الحكومة إلى ⟨خفض الدعم⟩.\n",
        "وطالب سكان [LOC:جدة] ⟨بزيادة الحدائق⟩.\n",
        "وحث الأمين السكان على ⟨التعاون مع الفرق⟩.\n",
        "ودعا الشباب إلى ⟨التطوع⟩.",
    ));
    assert_eq!(speaker(&q[1]), "السكان");
    assert_eq!(speaker(&q[2]), "سكان حي الصفا");
    assert_eq!(speaker(&q[3]), "الخبراء");
    assert_eq!(speaker(&q[4]), "سكان جدة");
    assert_eq!(speaker(&q[5]), "هاني أبو راس");
    assert_eq!(speaker(&q[6]), "هاني أبو راس");
}

#[test]
fn a_definite_subject_then_the_body_it_addresses() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الوزير [PER:فهد العتيبي] إن ⟨الوضع مستقر⟩.\n",
        "وطالبت المعارضة الحكومة ⟨بالاستقالة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "المعارضة");
}

#[test]
fn words_inside_a_name_neither_start_the_content_nor_break_the_speaker_zone() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ودعا الأمين العام [PER:بان كي مون] جميع الدول إلى ⟨زيادة مساهماتها في صندوق الإغاثة⟩.\n",
        "وناشدت [ORG:جمعية أصدقاء بلا حدود] السكان ⟨بالتبرع بالدم في المستشفيات القريبة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "بان كي مون");
    assert_eq!(speaker(&q[1]), "جمعية أصدقاء بلا حدود");
}

#[test]
fn a_noun_phrase_before_the_addressed_group_is_the_subject_of_a_verb_of_addressing() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وطالبت الهيئة الملكية المقاولين ⟨بإنهاء الأعمال قبل نهاية العام⟩.\n",
        "واتهمت النقابة العامة المسؤولين ⟨بتجاهل شكاوى العمال⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الهيئة الملكية");
    assert_eq!(speaker(&q[1]), "النقابة العامة");
}

#[test]
fn noun_phrase_after_lakin_is_the_subject_of_the_verb_that_follows_it() {
    // "لكن دبلوماسيين قالوا", "غير أن خبراء السوق يعتقدون": the clause opens with its subject, which speaks as
    // written; it does not stand for the previous speaker.
    let (_, q) = quotes_of(
        "عنوان\nقال الوزير [PER:جان لوران] إن ⟨بلاده تدعم الحل السياسي⟩.\n\
         لكن دبلوماسيين قالوا إن ⟨المشروع لم يصل بعد إلى الحد المطلوب⟩.\n\
         وأضاف [PER:لوران] أن ⟨الحوار سيستمر⟩.\n\
         غير أن خبراء السوق يعتقدون أن ⟨الأسعار سترتفع في الخريف⟩.\n\
         ولكن الخبراء استبعدوا ⟨حدوث أزمة جديدة هذا العام⟩.",
    );
    assert_eq!(speaker(&q[1]), "دبلوماسيين");
    assert_eq!(speaker(&q[3]), "خبراء السوق");
    assert_eq!(speaker(&q[4]), "الخبراء");
}

#[test]
fn indefinite_nominative_after_a_verb_of_addressing_is_its_subject() {
    // "ودعا ناشطون إلى", "ودعا متحدث باسم الحزب إلى": the nominative spelling (ون, no accusative alif) makes the
    // noun the verb's subject, not whom it addresses; "ودعا شبانا إلى" (accusative) keeps the previous speaker.
    let (_, q) = quotes_of(
        "عنوان\nقال الوزير [PER:جان لوران] إن ⟨بلاده تدعم الحل السياسي⟩.\n\
         ودعا ناشطون إلى ⟨تنظيم مظاهرة كبيرة يوم الجمعة⟩.\n\
         ودعا متحدث باسم الحزب إلى ⟨مقاطعة الانتخابات المقبلة⟩.\n\
         وقال [PER:لوران] إن ⟨الحوار مستمر⟩.\n\
         ودعا شبانا إلى ⟨المشاركة في التصويت⟩.",
    );
    assert_eq!(speaker(&q[1]), "ناشطون");
    assert_eq!(speaker(&q[2]), "متحدث باسم الحزب");
    assert_eq!(speaker(&q[4]), "جان لوران");
}

#[test]
fn accusative_adverb_after_the_verb_is_not_its_speaker() {
    // "التي اعتبرت خصوصا أن": an indefinite word with the accusative alif right after the verb is an adverb;
    // the relative clause's antecedent speaks. A name the recogniser found keeps its reading.
    let (_, q) = quotes_of(
        "عنوان\nقال الوزير [PER:جان لوران] إن ⟨بلاده تدعم الحل السياسي⟩.\n\
         وجاء القرار بعد حكم [ORG:المحكمة الدستورية] التي اعتبرت خصوصا أن ⟨القانون مخالف للدستور⟩.\n\
         وقالت [PER:أنجيلا] إن ⟨الحكم نهائي⟩.",
    );
    assert_eq!(speaker(&q[1]), "المحكمة الدستورية");
    assert_eq!(speaker(&q[2]), "أنجيلا");
}

#[test]
fn subject_after_the_resumptive_fihi_of_a_relative_clause_speaks() {
    // "في وقت حذر فيه الوزير فلان من أن", "في الوقت الذي أكد فيه مدافع الفريق أن": the subject follows فيه.
    let (_, q) = quotes_of(
        "عنوان\nقال الوزير [PER:جان لوران] إن ⟨بلاده تدعم الحل السياسي⟩.\n\
         يأتي ذلك في وقت أعلن فيه رئيس الوزراء [PER:سمير حداد] أن ⟨الاتفاق بات قريبا⟩.\n\
         في الوقت الذي أكد فيه مدافع الفريق أنه ⟨جاهز للمباراة⟩.",
    );
    assert_eq!(speaker(&q[1]), "سمير حداد");
    assert_eq!(speaker(&q[2]), "مدافع الفريق");
}

#[test]
fn a_definite_broken_plural_of_people_after_a_verb_of_addressing_is_its_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المواطن [PER:سعد الحربي] إن ⟨الطريق مزدحم طوال اليوم⟩.\n",
        "وطالب الأهالي ⟨بسرعة إنجاز الطريق الدائري⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "الأهالي");
    // A sound plural in ين is whom the verb addresses: the subject is the last speaker.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المواطن [PER:سعد الحربي] إن ⟨الطريق مزدحم طوال اليوم⟩.\n",
        "وطالب المواطنين ⟨بالصبر حتى انتهاء الأعمال⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "سعد الحربي");
}

#[test]
fn an_adverb_or_verb_joined_to_wa_before_the_reporting_verb_is_not_its_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المدرب [PER:ماجد السالم] إن ⟨الفريق جاهز للموسم⟩.\n",
        "ومضى يقول إن ⟨اللاعبين بذلوا جهدا كبيرا⟩.\n",
        "وأخيرا أكد أن ⟨الجماهير ستكون سندا للفريق⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "ماجد السالم");
    assert_eq!(speaker(&q[2]), "ماجد السالم");
}

#[test]
fn a_preposition_with_a_pronoun_after_the_reporting_verb_is_not_the_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المدرب [PER:ماجد السالم] إن ⟨الفريق جاهز للموسم⟩.\n",
        "وجمع اللاعبين في الملعب وقال لهم إن ⟨الالتزام هو طريق المشاركة⟩.\n",
        "وقال عنه مصدر في النادي إن ⟨عقده سيمدد عامين⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "ماجد السالم");
    assert_eq!(speaker(&q[2]), "مصدر في النادي");
}

#[test]
fn the_topic_of_amma_speaks_and_the_noun_after_the_verb_is_its_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الرئيس إن ⟨الوضع صعب⟩.\n",
        "أما اللجنة فقد اعتبرت القرار بمثابة «⟨خطوة إيجابية نحو الحل⟩».\n",
        "أما البلدة، فيقول المؤرخ [PER:نادر العلي] إن ⟨أول مدرسة فيها بنيت قبل قرن⟩.",
    ));
    assert_eq!(speaker(&q[1]), "اللجنة");
    // A person after the verb is its subject: the place is only the topic.
    assert_eq!(speaker(&q[2]), "نادر العلي");
}

#[test]
fn a_subject_after_a_connective_may_carry_a_phrase_before_its_verb() {
    // "لكن دبلوماسيا مطلعا على المفاوضات قال": the clause opens with its subject, qualified by a short phrase.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقدم السفير [PER:رامي الخطيب] مقترحا جديدا، لكن دبلوماسيا مطلعا على المفاوضات قال إن ⟨المقترح لا يختلف كثيرا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "دبلوماسيا مطلعا");
}

#[test]
fn whom_it_was_told_to_and_how_it_was_said_are_not_the_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:خالد العتيبي] إن ⟨العمل مستمر⟩.\n",
        "وقال لي صاحب المحل إن ⟨الأسعار ارتفعت⟩.\n",
        "وأضاف الوزير بثقة أن ⟨المشروع سيكتمل⟩.\n",
        "وقال بصراحة إن ⟨التأخير غير مقبول⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "صاحب المحل");
    assert_eq!(speaker(&q[2]), "خالد العتيبي");
    assert_eq!(speaker(&q[3]), "خالد العتيبي");
}

#[test]
fn an_answer_after_the_verb_is_not_the_speaker() {
    // "ردا على سؤال" says what the statement answers; the verb's subject is the last speaker or stands before it.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أعلن وزير النقل [PER:سامر الحديدي] أن ⟨الطريق يفتح الشهر المقبل⟩.\n",
        "وقال ردا على سؤال للصحفيين إن ⟨الكلفة لم تتجاوز الموازنة⟩.\n",
        "وأضاف تعقيبا على انتقادات النواب: «⟨المشروع سيخدم ثلاث محافظات⟩».\n",
        "وقال المهندس المشرف جوابا على استفسار إن ⟨العمل يجري ليلا⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "سامر الحديدي");
    assert_eq!(speaker(&q[2]), "سامر الحديدي");
    assert_eq!(speaker(&q[3]), "المهندس المشرف");
}

#[test]
fn what_a_verb_of_describing_describes_is_not_its_speaker() {
    // "وصف X بأنه": X, a definite common noun before the ب complement, is the object; the subject stands before it
    // or is the last speaker.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال رئيس البلدية [PER:فارس العمري] إن ⟨الشارع سيغلق أسبوعا⟩.\n",
        "ووصف المشروع الحكومي بأنه ⟨ضروري للمدينة⟩.\n",
        "ووصفت النقابة القرار بأنه ⟨متسرع⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "فارس العمري");
    assert_eq!(speaker(&q[2]), "النقابة");
}

#[test]
fn the_veil_lifted_is_part_of_the_verb_not_its_speaker() {
    // "كشف النقاب عن" (disclosed): النقاب is the idiom's object, before or after the subject.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وكشف مدير المستشفى النقاب عن أن ⟨الجناح الجديد يفتتح قريبا⟩.\n",
        "قال المحافظ [PER:رائد الحمود] إن ⟨الطريق جاهز⟩.\n",
        "وكشف النقاب عن أن ⟨الموازنة زادت⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "مدير المستشفى");
    assert_eq!(speaker(&q[2]), "رائد الحمود");
}

#[test]
fn fima_ends_the_speakers_name() {
    // "فيما" ("in what", "while") is a function word: "قال فلان فيما يشبه الاعتذار إن".
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الممثل [PER:رامي عوض] إن ⟨المشهد حذف⟩.\n",
        "وقال المخرج فيما يشبه الاعتذار إن ⟨التصوير تأخر⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "المخرج");
}

#[test]
fn a_plural_of_people_before_alladhina_speaks_for_the_relative_clause() {
    // "التقى الوزير المزارعين في الغور الذين أكدوا أن": the people before "الذين" are its subject, not the minister.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:عماد الشريف] إن ⟨التعويضات جاهزة⟩.\n",
        "والتقى الوزير المزارعين في الغور الذين أكدوا أن ⟨الخسائر كبيرة⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "المزارعين في الغور");
}

#[test]
fn a_definite_body_before_a_construct_object_of_a_verb_of_addressing_is_its_subject() {
    // "ودعت الوزارة أولياء الأمور إلى": the body speaks; the construct after it is whom it calls on.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت الناطقة باسم [ORG:وزارة التربية] [PER:هالة النمر] إن ⟨الدوام سيبدأ الأحد⟩.\n",
        "ودعت الوزارة أولياء الأمور إلى ⟨متابعة المنصة⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "وزارة التربية");
}
