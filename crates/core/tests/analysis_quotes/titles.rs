//! Titles in the speaker zone: offices, spokesmen and honours, and the names and words read around them.

use super::{cue, quotes_of, speaker};
use sahifa_core::analysis::EntityLabel;

#[test]
fn an_unnamed_title_stays_as_written_and_two_titles_stay_apart() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وعبر مدرب الهلال عن ⟨سعادته⟩، وقال: «⟨اللاعبون قدموا مباراة كبيرة جدا⟩».\n",
        "من جانبه، قال مدرب النصر إن ⟨فريقه لم يكن في يومه⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مدرب الهلال");
    assert_eq!(speaker(&q[1]), "مدرب الهلال");
    assert_eq!(speaker(&q[2]), "مدرب النصر");
}

#[test]
fn a_spokesman_title_with_its_institution_is_stripped_before_the_name() {
    let (_, q) = quotes_of(
        "عنوان\nوقال المتحدث باسم وزارة الخارجية الأمريكية نيد برايس إن ⟨واشنطن تدعم الحوار⟩.",
    );
    assert_eq!(speaker(&q[0]), "نيد برايس");
}

#[test]
fn a_preposition_after_a_long_title_or_a_comma_is_still_the_verbs() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأثنى سفير الأردن لدى المملكة [PER:سامر العلي] على ⟨جهود المتطوعين في الإغاثة⟩.\n",
        "وشدد أستاذ الاقتصاد بالجامعة الدكتور [PER:نبيل حمدي]، على ⟨ضرورة تنويع مصادر الدخل⟩.\n",
        "ولفت الانتباه إلى ⟨أهمية الادخار لدى الأسر الشابة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سامر العلي");
    assert_eq!(speaker(&q[1]), "نبيل حمدي");
    assert_eq!(speaker(&q[2]), "نبيل حمدي");
}

#[test]
fn the_person_named_after_a_long_title_speaks() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال رئيس مركز [ORG:الرواد] للبحوث والإعلام، الدكتور [PER:منير الخطيب]: إن ⟨القراءة تتراجع بين الشباب⟩.\n",
        "وبيّن مدير إدارة التعليم بمحافظة الجنوب المتخصص في المناهج الأستاذ [PER:رامي نصار] أن ⟨المدارس جاهزة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "منير الخطيب");
    assert_eq!(speaker(&q[1]), "رامي نصار");
}

#[test]
fn a_general_manager_title_is_not_read_as_a_name() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال مدير عام الهيئة [PER:خالد المنصور] إن ⟨الخدمة ستتحسن⟩.\n",
        "وأوضح مدير عام الهيئة بالمنطقة أن ⟨الزيارات مستمرة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "خالد المنصور");
}

#[test]
fn the_object_after_a_title_and_its_definite_genitive_is_the_content() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد مدير الصحة ⟨ضرورة تطعيم الأطفال قبل بدء الدراسة⟩.\n",
        "وأعلن رئيس مجلس الإدارة ⟨زيادة رأس مال الشركة⟩.\n",
        // A name after the title is the speaker.
        "وأكد مدير المستشفى [PER:زياد كامل] ⟨جاهزية الأقسام لاستقبال المرضى⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وأكد");
    assert_eq!(speaker(&q[2]), "زياد كامل");
}

#[test]
fn bayyana_without_shadda_reaches_past_a_titled_speaker_and_tabayyana_before_its_complementiser_is_impersonal()
 {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وبين الدكتور [PER:سامر الحداد] أن ⟨الدواء آمن للأطفال⟩.\n",
        "وبين مدير المرور العقيد [PER:منصور الغامدي] أن ⟨الطريق سيفتح غدا⟩.\n",
        // The preposition: two nouns joined by و.
        "وبين الرئيس المصري والملك الأردني ورئيس الحكومة اللبنانية وآخرين كان الحديث ودا أن يلتقوا قريبا.\n",
        // "It turned out that".
        "وتبين أن السيارة كانت مسروقة.",
    ));
    assert_eq!(cue(&c, &q[0]), "وبين");
    assert_eq!(speaker(&q[0]), "سامر الحداد");
    assert_eq!(speaker(&q[1]), "منصور الغامدي");
}

#[test]
fn the_subject_before_an_apposition_with_a_book_title_speaks() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        // The plural noun كتب "books" is no cue, and the colon inside the title's marks breaks no clause.
        "[PER:نبيل عوض] وهو مؤرخ معروف، وله كتب كثيرة منها كتاب «المدن: سيرة المكان والناس»، كتب في مقدمة بحثه أن ⟨المدن القديمة تحفظ ذاكرة سكانها⟩.",
    ));
    assert_eq!(speaker(&q[0]), "نبيل عوض");
    assert_eq!(cue(&c, &q[0]), "كتب");
}

#[test]
fn a_name_before_its_title_in_apposition_speaks_not_the_institution_of_the_title() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        // The tagger missed the name: only the institution of the title is a mention.
        "وقال وسيم قندلفت رئيس [ORG:هيئة الموانئ البحرية] إن ⟨الرصيف الجديد يستقبل السفن الكبيرة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "وسيم قندلفت");
}

#[test]
fn a_definite_word_after_an_earlier_title_is_no_holders_name() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وعدّ الوزير القرار خطوة مهمة للقطاع.\n",
        "وقال الوزير إن ⟨الخطة ستنفذ على مراحل⟩.",
    ));
    assert_ne!(speaker(&q[0]), "القرار خطوة مهمة");
}

#[test]
fn an_unnamed_spokesman_after_an_is_the_source_not_the_agency() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ونقلت وكالة [ORG:رويترز] عن متحدث باسم الشركة قوله إن ⟨الأرباح ستتراجع هذا الربع⟩.\n",
        "وقال [PER:خالد الرشيد] إن ⟨الطريق سيفتتح قريبا⟩.\n",
        "وقال مسؤول إن ⟨الميزانية لم تعتمد بعد⟩.",
    ));
    assert_eq!(speaker(&q[0]), "متحدث باسم الشركة");
    assert_eq!(speaker(&q[2]), "مسؤول");
}

#[test]
fn a_definite_title_takes_no_genitive_the_indefinite_noun_after_it_is_the_content() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد الوزير ⟨أهمية التعاون بين البلدين⟩.\n",
        "وأكد الأمين العام للمجلس ⟨ضرورة الإسراع في التنفيذ⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الوزير");
    assert_eq!(cue(&c, &q[1]), "وأكد");
}

#[test]
fn a_name_between_a_spokesman_title_and_an_is_the_spokesman() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المتحدث الرسمي باسم الهيئة سلامة العنزي إن ⟨التسجيل يبدأ الأسبوع المقبل⟩.\n",
        "وقالت [ORG:جمعية المستهلك] إن ⟨الأسعار مستقرة⟩.\n",
        "ولفت المتحدث إلى أن ⟨الطلبات تقبل إلكترونيا فقط⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سلامة العنزي");
    assert_eq!(speaker(&q[2]), "سلامة العنزي");
}

#[test]
fn a_frequent_word_after_a_title_is_no_holder_name() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأوضحت [ORG:إدارة التعليم] أن ⟨تعيين المدير جاء بعد مفاضلة بين المتقدمين⟩.\n",
        "وقال المدير إن ⟨المدرسة ستفتح أبوابها الأحد⟩.",
    ));
    assert_eq!(speaker(&q[1]), "المدير");
}

#[test]
fn a_titled_subject_before_the_verb_is_read_with_its_name() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:خالد السهلي] إن ⟨السوق تعافت⟩.\n",
        "المحلل المالي فضل الحربي يرى أن ⟨الأسعار ستواصل الصعود⟩.\n",
        "والمتحدث الرسمي يؤكد أن ⟨القرار نهائي⟩.",
    ));
    assert_eq!(speaker(&q[1]), "فضل الحربي");
    assert_eq!(speaker(&q[2]), "المتحدث الرسمي");
}

#[test]
fn a_title_in_apposition_after_a_comma_names_the_person_before_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وصرح السفير [PER:كمال منصور]، المتحدث الرسمي باسم الرئاسة، بأن ⟨اللقاء كان مثمرا⟩.\n",
        "وقال المحلل [PER:سامي فهد] إن ⟨الزيارة مهمة⟩.\n",
        "وأضاف المتحدث أن ⟨الجانبين اتفقا على التنسيق⟩.",
    ));
    assert_eq!(speaker(&q[2]), "كمال منصور");
}

#[test]
fn a_nisba_title_after_the_noun_of_a_phrase_is_its_adjective_not_the_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال وزير النقل [PER:راشد الهاجري] إن ⟨الطريق سيفتتح قريبا⟩.\n",
        "وقال في مؤتمر صحفي: «⟨لن نتأخر عن الموعد⟩».\n",
        "وأكد خلال المؤتمر الصحافي أن ⟨التمويل متوفر⟩.\n",
        "وأوضح في تصريح لـ«الوطن» المتحدث باسم الوزارة [PER:نواف الدخيل] أن ⟨العقود وقعت⟩.",
    ));
    assert_eq!(speaker(&q[1]), "راشد الهاجري");
    assert_eq!(speaker(&q[2]), "راشد الهاجري");
    assert_eq!(speaker(&q[3]), "نواف الدخيل");
}

#[test]
fn the_spokeswoman_is_the_same_office_however_it_is_written() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت المتحدثة باسم المفوضية [PER:لينا حداد] إن ⟨المساعدات وصلت⟩.\n",
        "وقال الخبير [PER:نبيل سعد] إن ⟨الوضع صعب⟩.\n",
        "وأكدت الناطقة أن ⟨قوافل أخرى ستصل⟩.",
    ));
    assert_eq!(speaker(&q[2]), "لينا حداد");
}

#[test]
fn a_verbal_noun_with_its_pronoun_after_a_title_is_the_object_not_a_name() {
    // The whole analysis: the recogniser must not read "إعجابه" after the title as the holder's name.
    let doc = sahifa_core::load::load_str(
        "t.txt",
        "عنوان\nوأبدى المدرب إعجابه بانضباط اللاعبين في المعسكر.\nوأبدى الحكم استياءه من تصرفات الجمهور.",
        sahifa_core::load::Format::Plain,
    )
    .unwrap();
    let a = sahifa_core::analysis::analyze(&doc);
    let found: Vec<(&str, &str)> = a
        .quotes
        .iter()
        .map(|q| (doc.slice(q.span), speaker(q)))
        .collect();
    assert_eq!(
        found,
        [
            ("إعجابه بانضباط اللاعبين في المعسكر", "المدرب"),
            ("استياءه من تصرفات الجمهور", "الحكم"),
        ]
    );
    assert!(a.mentions.iter().all(|m| m.label != EntityLabel::Per));
}

#[test]
fn an_unnamed_title_after_the_sentences_verb_is_its_subject_not_the_persons_it_governs() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدير [PER:فهد الشمري] إن ⟨الحفل ناجح⟩.\n",
        "وكرم المحافظ في الحفل الدكتور [PER:سعد القرني] والمهندس [PER:خالد العمري]. وقال إن ⟨الجهود مقدرة⟩.\n",
        "واستقبل أمير المنطقة الأمير [PER:فيصل بن خالد] مدير الشرطة. وأكد أن ⟨الأمن مستتب⟩.",
    ));
    assert_eq!(speaker(&q[1]), "المحافظ");
    // A name right after the title and its rank is the subject's own.
    assert_eq!(speaker(&q[2]), "فيصل بن خالد");
}

#[test]
fn the_feminine_perfect_of_bayyana_reaches_past_a_long_title() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "من جهتها، بينت مديرة إدارة الإشراف التربوي بتعليم البنات في محافظة الطائف الأستاذة [PER:منيرة العتيبي] أن ⟨المدارس جاهزة للعام الجديد⟩.\n",
        "ووزعت الهدايا بين الطالبات المتفوقات في الحفل بعد أن انتهت الكلمات.",
    ));
    assert_eq!(cue(&c, &q[0]), "بينت");
    assert_eq!(speaker(&q[0]), "منيرة العتيبي");
}

#[test]
fn an_unnamed_title_opening_the_paragraph_before_is_the_subject_of_a_bare_verb() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال رئيس الغرفة التجارية [PER:عبدالله المبطي] إن ⟨المعرض يضم مئتي شركة⟩.\n",
        "وافتتح المحافظ الجناح الياباني في المعرض.\n",
        "وأكد أن ⟨التعاون مع اليابان استراتيجي⟩.\n",
        "وتجولت الوزيرة في الأجنحة.\n",
        "وقال إن ⟨المعرض ناجح⟩.",
    ));
    assert_eq!(speaker(&q[1]), "المحافظ");
    // The verb's gender disagrees with the title's: not its subject.
    assert_ne!(speaker(&q[2]), "الوزيرة");
}

#[test]
fn a_title_in_construct_is_no_unnamed_subject() {
    // "مدير عام" goes on with its office: the object is not "عام ...".
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد مدير عام إدارة المرور ⟨أهمية الالتزام بالسرعة المحددة⟩.",
    ));
    assert!(speaker(&q[0]).ends_with("إدارة المرور"));
}

#[test]
fn a_speech_noun_with_a_possessive_after_a_title_is_no_name() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال وزير الإعلام [PER:ماجد الحربي] إن ⟨القطاع ينمو بسرعة⟩.\n",
        "وختم الوزير حديثه بالقول إن ⟨الإعلام شريك في التنمية⟩.\n",
        "واختتم الوزير كلمته بالقول: «⟨نحن مع الشباب⟩».",
    ));
    assert_eq!(speaker(&q[1]), "ماجد الحربي");
    assert_eq!(speaker(&q[2]), "ماجد الحربي");
}

#[test]
fn bismi_after_a_spokesman_belongs_to_the_title_not_to_the_verb() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ونوه المتحدث الرسمي باسم الهيئة إلى ⟨أهمية الالتزام بالمواعيد⟩.\n",
        "وأشاد المتحدث باسم النادي ⟨بأداء اللاعبين الشبان⟩.",
    ));
    assert_eq!(q.len(), 2);
}

#[test]
fn a_frequent_noun_in_construct_after_a_bare_title_is_the_verbs_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المحافظ [PER:سلمان الدوسري] إن ⟨المشروع سيخدم القرى المجاورة⟩.\n",
        "وزار المحافظ مقر الجمعية واطلع على برامجها. وأضاف أن ⟨الدعم سيتواصل للجمعيات الخيرية⟩.",
    ));
    assert_eq!(speaker(&q[1]), "سلمان الدوسري");
}

#[test]
fn a_participle_after_a_title_of_an_institution_goes_with_the_person_named_after_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدرب [PER:خورخي داسيلفا] إن ⟨الفريق قدم مباراة كبيرة⟩.\n",
        "وعلق رئيس نادي [ORG:النصر] الأمير [PER:فيصل بن تركي] على الفوز قائلا إن ⟨الفريق يستحق الصدارة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "فيصل بن تركي");
}

#[test]
fn a_dual_and_its_adjective_stay_in_the_title() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ترأس خادم الحرمين الشريفين الملك [PER:سلمان بن عبدالعزيز] جلسة مجلس الوزراء.\n",
        "وأكد خادم الحرمين الشريفين في كلمته أن ⟨المملكة ماضية في مسيرة التنمية⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سلمان بن عبدالعزيز");
}

#[test]
fn a_title_with_the_attributions_lam_on_it_is_the_source() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ووفقا للمتحدث باسم الهيئة [PER:ماجد الرشيدي]، فإن ⟨المعرض سيفتتح أبوابه للزوار نهاية الأسبوع⟩.\n",
        "وافتتح وزير الثقافة [PER:نواف الساعدي] المعرض. ووفقا للوزير، فإن ⟨عدد الدور المشاركة تجاوز ثلاثمئة دار⟩.\n",
        "ووفقا لمدير المعرض، فإن ⟨التذاكر ستباع عبر الموقع الإلكتروني فقط⟩.\n",
        // A prepositional phrase with لل that is no title names no source.
        "ووفقا للخطة، فإن المعرض يستمر عشرة أيام.",
    ));
    assert_eq!(cue(&c, &q[0]), "ووفقا");
    assert_eq!(speaker(&q[0]), "ماجد الرشيدي");
    assert_eq!(speaker(&q[1]), "نواف الساعدي");
    assert_eq!(speaker(&q[2]), "مدير المعرض");
}

#[test]
fn a_definite_title_after_an_unknown_name_is_in_apposition() {
    // The name is no list's and no rule finds it (its first word is a frequent noun): the speaker is the name
    // as written, without the title after it.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال فيل كوبرن المحلل لدى إحدى شركات الوساطة إن ⟨السوق ما زالت متخمة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "فيل كوبرن");
}

#[test]
fn a_spokesman_speaks_with_the_body_he_speaks_for() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:خالد العتيبي] إن ⟨العمل مستمر⟩.\n",
        "وقال الناطق بلسان الجيش إن ⟨القوات تقدمت شمالا⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "الناطق بلسان الجيش");
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:خالد العتيبي] إن ⟨العمل مستمر⟩.\n",
        "وقال المتحدث باسم الشرطة إن ⟨التحقيق ما زال جاريا⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "المتحدث باسم الشرطة");
}

#[test]
fn a_spokesman_for_one_body_is_not_an_unnamed_source_described_otherwise() {
    // "ناطق عسكري مصري" is no spokesman of the police: the office after باسم is compared.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال ناطق عسكري مصري للصحفيين إن ⟨الحدود مغلقة منذ الصباح⟩.\n",
        "وأوضح المتحدث باسم الشرطة أن ⟨التحقيق بدأ أمس⟩.",
    ));
    assert_eq!(speaker(&q[1]), "المتحدث باسم الشرطة");
}

#[test]
fn the_body_a_spokesman_speaks_for_is_not_read_as_his_name() {
    // "الناطق بلسان الجيش": بلسان and the body are no name for a later "المتحدث باسم الشرطة" to take.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المتحدث باسم الشرطة إن ⟨البحث مستمر⟩.\n",
        "وقال الناطق بلسان الجيش إن ⟨الطرق أغلقت⟩.\n",
        "وأضاف المتحدث باسم الشرطة أن ⟨اثنين اعتقلا⟩.",
    ));
    assert_eq!(speaker(&q[2]), "المتحدث باسم الشرطة");
}

#[test]
fn a_leader_in_a_movement_and_feminine_roles_are_titles_before_the_name() {
    // "القيادي في الحركة فلان، في مؤتمر صحفي، إن": the role and its complement stand before the speaker's name.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال القيادي في الجبهة [PER:سامر الكيلاني]، في مؤتمر صحفي بالعاصمة، إن ⟨الحوار متوقف⟩.\n",
        "وقالت المحامية في هيئة الدفاع [PER:ريم الخطيب]، في تصريح لإذاعة محلية، إن ⟨الدعوى سترفع قريبا⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "سامر الكيلاني");
    assert_eq!(speaker(&q[1]), "ريم الخطيب");
}

#[test]
fn a_name_no_list_knows_closes_a_titles_complement_before_the_complementiser() {
    // "رئيس نقابة الصيادلة جهاد الكردي إن": an indefinite word after the complement's definite word starts the
    // holder's name, even a name that is also a common noun.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال رئيس نقابة الصيادلة جهاد الكردي إن ⟨الأدوية متوفرة⟩.\n",
        "وقالت الباحثة في مركز [ORG:الدراسات الاستراتيجية] سهام المومني إن ⟨الاستطلاع أظهر تراجع الثقة⟩.\n",
        "وقال وزير النقل في مقابلة إذاعية إن ⟨الطرق ستفتح⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "جهاد الكردي");
    assert_eq!(speaker(&q[1]), "سهام المومني");
    assert_ne!(speaker(&q[2]), "مقابلة إذاعية");
}

#[test]
fn a_name_no_list_knows_closes_a_titles_complement_before_whom_it_spoke_to() {
    // "الخبير في قطاع النقل جهاد الكردي لـ«الغد» إن": the paper spoken to stands between the name and إن.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الخبير في قطاع النقل جهاد الكردي لـ«[ORG:الغد]» إن ⟨الأجور سترتفع⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "جهاد الكردي");
}

#[test]
fn a_representatives_body_after_his_title_leaves_the_verb_its_own_preposition() {
    // عن and إلى after النائب and المبعوث name what they represent; the verb's من and إلى come after the name.
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وحذر النائب عن [ORG:حزب الأمة] [PER:سالم العبيدي] من ⟨تراجع الخدمات في الأرياف⟩.\n",
        "ودعا المبعوث الأممي إلى [LOC:ليبيا] [PER:جوزيف كلارك] إلى ⟨حوار شامل بين الأطراف⟩.\n",
        "ودعا النائب إلى ⟨مراجعة قانون الضرائب⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وحذر");
    assert_eq!(speaker(&q[0]), "سالم العبيدي");
    assert_eq!(speaker(&q[1]), "جوزيف كلارك");
}

#[test]
fn dawla_before_an_office_is_a_prime_ministers_title_of_honour() {
    // "دولة رئيس الوزراء": the honour, then the office that resolves to the man introduced with it.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال رئيس الوزراء [PER:سامي الخوري] إن ⟨الحكومة ستقر الموازنة⟩.\n",
        "وأكد الوزير [PER:فادي عيسى] أن ⟨الطرق ستفتح قريبا⟩.\n",
        "وأضاف دولة رئيس الوزراء أن ⟨الانتخابات في موعدها⟩.",
    ));
    assert_eq!(speaker(&q[2]), "سامي الخوري");
}

#[test]
fn a_feminine_founder_before_another_title_is_a_title_not_an_institution() {
    // "المؤسسة" is the institution alone, the founder before "والرئيسة التنفيذية".
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت المؤسسة والرئيسة التنفيذية للمنصة [PER:دانة العمري] إن ⟨عدد المشتركين تضاعف⟩.\n",
        "وقالت المؤسسة في بيان إن ⟨المنح ستوزع الشهر المقبل⟩.",
    ));
    assert_eq!(speaker(&q[0]), "دانة العمري");
}
