//! Titles and honorifics resolved to their holders named elsewhere in the article, or kept as written.

use super::{cue, quotes_of, speaker};

#[test]
fn honorific_pronoun_resolves_to_the_last_person_not_an_organisation() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أكد صاحب السمو الملكي الأمير [PER:محمد بن نايف]، أن ⟨الحادث لن يؤثر على المملكة⟩.\n",
        "وأكد [ORG:مجلس الوزراء] على ⟨أهمية تعزيز التعاون⟩.\n",
        "وقال سموه، إن ⟨التفجير كشف حقد المجرمين⟩.",
    ));
    assert_eq!(speaker(&q[1]), "مجلس الوزراء");
    assert_eq!(speaker(&q[2]), "محمد بن نايف");
}

#[test]
fn a_title_resolves_to_the_name_the_article_gives_its_holder() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال وزير الخارجية [PER:عادل الجبير] إن ⟨الأزمة ستنتهي قريبا⟩.\n",
        "وقال المحلل [PER:سامي فهد] إن ⟨الحل بعيد⟩.\n",
        "وأضاف الوزير أن ⟨المملكة تدعم الحل السياسي⟩.",
    ));
    assert_eq!(speaker(&q[2]), "عادل الجبير");
}

#[test]
fn a_part_of_a_group_speaks_as_written_and_a_name_after_a_place_phrase_is_the_titles_holder() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الباحث [PER:مازن شريف] إن ⟨الدراجة وصلت متأخرة⟩.\n",
        "وتذكر بعض المصادر أن ⟨أول دراجة وصلت عام 1900⟩.\n",
        "وأوضح مدير العلاقات العامة بجمعية [ORG:النور] بالمدينة [PER:طارق السعدي] أن ⟨التبرعات زادت⟩.",
    ));
    assert_eq!(speaker(&q[1]), "بعض المصادر");
    assert_eq!(speaker(&q[2]), "طارق السعدي");
}

#[test]
fn a_title_of_an_institution_resolves_to_the_person_introduced_with_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وحضر الحفل مدير عام مكتب التعليم بالمحافظة الأستاذ [PER:ناصر العلي] ومدير إدارة النشاط بالمكتب الأستاذ [PER:حسين الدوسري].\n",
        "وأوضح مدير عام مكتب التعليم أن ⟨الحفل يكرم المتفوقين⟩.\n",
        "وأكد مدير إدارة النشاط بمكتب التعليم أن ⟨مشاركة الطلاب في الأنشطة واجبة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "ناصر العلي");
    assert_eq!(speaker(&q[1]), "حسين الدوسري");
}

#[test]
fn a_title_of_honour_before_an_institution_is_the_person_introduced_with_that_honour() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأوضح سمو الأمير [PER:فيصل بن ناصر] أن ⟨المعرض يضم مئة جناح⟩.\n",
        "وأكد سمو رئيس [ORG:هيئة المعارض الوطنية] أن ⟨التنظيم سيتطور كل عام⟩.\n",
        "وقالت [ORG:وزارة الخارجية] إن ⟨القافلة وصلت⟩، ودانت أيضا ⟨استهداف القافلة الإنسانية⟩.\n",
        "وأشادت سموها ⟨بجهود المتطوعين في المعرض⟩.",
    ));
    assert_eq!(speaker(&q[1]), "فيصل بن ناصر");
    assert_eq!(cue(&c, &q[3]), "ودانت");
    assert_eq!(speaker(&q[3]), "وزارة الخارجية");
    assert_eq!(cue(&c, &q[4]), "وأشادت");
}

#[test]
fn roles_of_deputies_artists_and_players_are_titles_that_resolve_to_their_holder() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وافتتح وكيل وزارة الثقافة [PER:هشام قاسم] المعرض، وحضرت الفنانة [PER:رنا صبري] الافتتاح.\n",
        "وأوضح الوكيل أن ⟨المعرض يستمر أسبوعين⟩.\n",
        "وقالت الفنانة إن ⟨اللوحات تحكي قصة المدينة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "هشام قاسم");
    assert_eq!(speaker(&q[1]), "رنا صبري");
}

#[test]
fn an_unnamed_title_does_not_fall_back_to_an_unnamed_source() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال مصدر أمني إن ⟨الدوريات انتشرت في الأحياء الشرقية⟩.\n",
        "وأعرب الأمين العام للمنظمة عن ⟨قلقه من تدهور الأوضاع في المخيمات⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مصدر أمني");
    assert!(
        speaker(&q[1]).starts_with("الأمين العام"),
        "{}",
        speaker(&q[1])
    );
}

#[test]
fn a_title_with_a_feminine_verb_does_not_fall_back_to_the_man_who_spoke_last() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال وزير التجارة [PER:خالد الناصر] إن ⟨الأسواق مستقرة⟩.\n",
        "وقالت المديرة التنفيذية للجمعية إن ⟨التبرعات زادت هذا العام⟩.",
    ));
    assert!(speaker(&q[1]).starts_with("المديرة"), "{}", speaker(&q[1]));
}

#[test]
fn an_honorific_refers_to_a_title_kept_as_written() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال وزير المالية [PER:سامي الفهد] إن ⟨الإيرادات تحسنت⟩.\n",
        "وقال مصدر مطلع إن ⟨الميزانية ستعلن قريبا⟩.\n",
        "وقال ولي العهد إن ⟨البلاد ماضية في الإصلاحات⟩. وأوضح سموه أن ⟨الرؤية تحقق أهدافها⟩.",
    ));
    assert_eq!(speaker(&q[2]), "ولي العهد");
    assert_eq!(speaker(&q[3]), "ولي العهد");
}

#[test]
fn a_title_resolves_to_the_holder_introduced_after_a_preposition() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وكانت الفكرة الشغل الشاغل للباحث [PER:سالم العتيبي] منذ سنوات.\n",
        "وقال [PER:خالد الناصر] إن ⟨المشروع واعد جدا⟩.\n",
        "وأوضح الباحث أن ⟨النتائج الأولى مشجعة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "سالم العتيبي");
}

#[test]
fn a_title_does_not_fall_back_to_a_speaker_introduced_with_another_office() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال وزير التجارة [PER:خالد الناصر] إن ⟨الأسواق مستقرة⟩.\n",
        "وقال ولي العهد إن ⟨البلاد ماضية في الإصلاحات⟩.",
    ));
    assert_eq!(speaker(&q[1]), "ولي العهد");
}

#[test]
fn the_name_after_an_office_placed_with_fi_is_the_holders() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:فهد العتيبي] إن ⟨الطقس كان معتدلا⟩.\n",
        "وقال مدير الدفاع المدني في المحافظة [PER:ماجد الشهري] إن ⟨الفرق باشرت عملها فورا⟩.\n",
        "وقال الوزير في اجتماع مع [PER:سالم العنزي] إن ⟨التعاون مستمر⟩.",
    ));
    assert_eq!(speaker(&q[1]), "ماجد الشهري");
    assert_ne!(speaker(&q[2]), "سالم العنزي");
}

#[test]
fn an_unnamed_official_is_not_the_person_named_before() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المتحدث باسم الهيئة [PER:ناصر الغامدي] إن ⟨الأسعار ستبقى مستقرة⟩.\n",
        "وقال مسؤول في وزارة المالية إن ⟨الدعم سيستمر حتى نهاية العام⟩.\n",
        "وأوضح مدير المبيعات في إحدى شركات العقار أن ⟨الطلب ارتفع هذا الصيف⟩.",
    ));
    assert_eq!(speaker(&q[1]), "مسؤول في وزارة المالية");
    assert_eq!(speaker(&q[2]), "مدير المبيعات في إحدى شركات العقار");
}

#[test]
fn a_title_of_another_country_is_not_the_minister_who_spoke_before() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال وزير الخارجية الفرنسي [PER:جان دوبون] إن ⟨المحادثات كانت بناءة⟩.\n",
        "وأكد وزير الخارجية المصري أن ⟨القاهرة تدعم الحل السياسي⟩.\n",
        "وأضاف أن ⟨الاتفاق قريب⟩.",
    ));
    assert_eq!(speaker(&q[1]), "وزير الخارجية المصري");
    assert_eq!(speaker(&q[2]), "وزير الخارجية المصري");
}

#[test]
fn a_title_with_a_nationality_is_the_person_introduced_with_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال وزير الخارجية الألماني [PER:هانس مولر] بعد لقائه نظيره الإيطالي [PER:ماريو بيانكي] إن ⟨المباحثات كانت مثمرة⟩.\n",
        "من جهته، قال [PER:بيانكي] إن ⟨بلاده تدعم الحوار⟩.\n",
        "وأضاف الوزير الألماني أن ⟨الاتحاد الأوروبي موحد⟩.\n",
        "وتابع الوزير الإيطالي أن ⟨روما ستستضيف القمة المقبلة⟩.",
    ));
    assert_eq!(speaker(&q[2]), "هانس مولر");
    assert_eq!(speaker(&q[3]), "ماريو بيانكي");
}

#[test]
fn a_participle_shares_the_titled_subject_after_the_first_verb() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "دافع الرئيس البرازيلي [PER:جواو سيلفا] عن خطته الاقتصادية، مؤكدا أن ⟨الإصلاحات ستخفض العجز⟩.\n",
        "وأبدى مدرب المنتخب السويسري [PER:هانز موسر] سعادته بالفوز، مشيرا إلى أن ⟨لاعبيه قدموا أداء كبيرا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "جواو سيلفا");
    assert_eq!(speaker(&q[1]), "هانز موسر");
}

#[test]
fn a_title_with_its_adjective_resolves_to_the_holder_named_after_its_complements() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وحضر المؤتمر المدير التنفيذي للمجموعة [PER:طلال المهيدب].\n",
        "وقال المدير التنفيذي إن ⟨الأرباح تضاعفت⟩.\n",
        "وشارك في الاجتماع الأمين العام لاتحاد المصارف [PER:جورج قرم].\n",
        "وأوضح الأمين العام أن ⟨القطاع المصرفي متماسك⟩.",
    ));
    assert_eq!(speaker(&q[0]), "طلال المهيدب");
    assert_eq!(speaker(&q[1]), "جورج قرم");
}

#[test]
fn an_honorific_pronoun_stands_for_the_person_named_with_that_honour() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "افتتح صاحب السمو الملكي الأمير [PER:مشعل بن ماجد] ملتقى الشباب. وأكد سموه أن ⟨الشباب ثروة الوطن⟩.\n",
        "وقال مدير الملتقى [PER:يزيد الحربي] إن ⟨عدد المشاركين كبير⟩.\n",
        "وأشاد سموه ⟨بجهود المنظمين⟩.\n",
        "وكان معالي وزير التعليم والتدريب الدكتور [PER:ماجد الفهد] قد زار الملتقى. وقال معاليه إن ⟨الوزارة شريك في الملتقى⟩.",
    ));
    assert_eq!(speaker(&q[2]), "مشعل بن ماجد");
    assert_eq!(speaker(&q[3]), "ماجد الفهد");
}

#[test]
fn a_bare_title_stands_for_the_person_named_after_the_same_bare_title() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الرئيس [PER:منير الحداد] إن ⟨البلاد تتعافى⟩.\n",
        "وقال رئيس الوزراء [PER:كريم الساعدي] إن ⟨الحكومة ستخفض الضرائب⟩.\n",
        "وأكد الرئيس أن ⟨الانتخابات ستجرى في موعدها⟩.",
    ));
    assert_eq!(speaker(&q[2]), "منير الحداد");
}

#[test]
fn an_honorific_pronoun_prefers_the_honoured_person_who_has_spoken() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أكد أمير المنطقة الأمير [PER:بندر بن فهد] أن ⟨المشروعات ستنجز في موعدها⟩.\n",
        "ونقل سموه للحضور تحيات ولي العهد الأمير [PER:سلطان بن راشد] وتمنياته لهم بالتوفيق.\n",
        "وأكد سموه أن ⟨المنطقة تشهد نهضة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "بندر بن فهد");
}

#[test]
fn a_bare_title_prefers_the_holder_who_has_spoken_to_one_named_in_passing() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الرئيس [PER:منير الحداد] إن ⟨البلاد تتعافى⟩.\n",
        "وتلقى اتصالا من الرئيس الفرنسي [PER:لوران ماسي] بحثا فيه العلاقات.\n",
        "وأكد الرئيس أن ⟨الاتصال كان وديا⟩.",
    ));
    assert_eq!(speaker(&q[1]), "منير الحداد");
}

#[test]
fn a_title_with_its_office_stands_for_the_holder_of_that_office() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "افتتح رئيس مجلس الشيوخ [PER:سامر الحلبي] الدورة الجديدة بحضور رئيس الوزراء [PER:وائل القيسي].\n",
        "وقال [PER:القيسي] إن ⟨الحكومة جاهزة⟩.\n",
        "وقال رئيس المجلس إن ⟨الجلسات ستكون يومية⟩.\n",
        "وأوضح رئيس الحكومة أن ⟨الموازنة اكتملت⟩.",
    ));
    assert_eq!(speaker(&q[1]), "سامر الحلبي");
    assert_eq!(speaker(&q[2]), "وائل القيسي");
}

#[test]
fn a_title_of_an_institution_written_without_its_place_word_is_the_holder_named_earlier() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد مدير [ORG:مرور محافظة جدة] العقيد [PER:ماجد العتيبي] أن ⟨الدوريات انتشرت في الطرق الرئيسية⟩.\n",
        "وأوضح مدير [ORG:مرور جدة] أن ⟨المخالفات ترصد آليا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "ماجد العتيبي");
    assert_eq!(speaker(&q[1]), "ماجد العتيبي");
}

#[test]
fn a_title_of_an_institution_whose_holder_is_never_named_stays_as_written() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ارتفعت الحوادث المرورية هذا الشهر.\n",
        "وأوضح مدير [ORG:مرور جدة] أن ⟨المخالفات ترصد آليا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مدير مرور جدة");
}

#[test]
fn a_title_with_its_office_is_the_holder_the_article_names_later() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المتحدث الأمني ل[ORG:شرطة المنطقة] إن ⟨الحوادث تراجعت هذا العام⟩.\n",
        "وأوضح أن ⟨الكاميرات ساعدت في ذلك⟩.\n",
        "وفي تصريح لاحق، أكد المتحدث الأمني ل[ORG:شرطة المنطقة] العقيد [PER:سعود الحربي] أن ⟨الحملات مستمرة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سعود الحربي");
    assert_eq!(speaker(&q[1]), "سعود الحربي");
    assert_eq!(speaker(&q[2]), "سعود الحربي");
}

#[test]
fn a_title_the_article_gives_no_holder_is_its_central_person() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "افتتح الدكتور [PER:سعد القحطاني] معرض الكتاب أمس بحضور عدد من الأدباء.\n",
        "وتجول [PER:القحطاني] في أجنحة المعرض، واطلع على الإصدارات الجديدة.\n",
        "وقال رئيس الهيئة إن ⟨المعرض يضم أكثر من 500 دار نشر⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سعد القحطاني");
}

#[test]
fn a_participle_after_a_title_and_its_office_takes_the_holder_named_after_them() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وودع مدير [ORG:جامعة الحدود الشمالية] الدكتور [PER:سعد الرويلي] الطلاب المبتعثين، مؤكدا أن ⟨الجامعة ستتابع تحصيلهم⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سعد الرويلي");
}

#[test]
fn the_same_title_of_another_office_is_not_the_holder_named_before() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال مدير الإعلام في البلدية [PER:سامي المطيري] إن ⟨الحملة بدأت⟩، فيما أكد مدير الصيانة في البلدية أن ⟨الطرق ستفتح غدا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سامي المطيري");
    assert_eq!(speaker(&q[1]), "مدير الصيانة");
    // Named again in between, far from the title the person was introduced with.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وبحسب مدير المهرجان [PER:ياسر الخالدي]، فإن ⟨عدد الزوار تجاوز مئة ألف زائر خلال الأيام الثلاثة الأولى من الفعاليات⟩. وأوضح [PER:الخالدي] أن ⟨العروض ستستمر⟩.\n",
        "وأكد مدير المسرح أن ⟨التذاكر نفدت⟩.",
    ));
    assert_eq!(speaker(&q[1]), "الخالدي");
    assert_eq!(speaker(&q[2]), "مدير المسرح");
}

#[test]
fn a_title_of_another_office_is_not_the_last_speaker_introduced_with_an_office() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وكان مدير النادي [PER:طلال العمري] قد انتقد الجدول. وقال [PER:العمري] إن ⟨الفريق مرهق⟩.\n",
        "وقال الطبيب المعالج إن ⟨الحارس سيعود الأسبوع المقبل⟩.",
    ));
    assert_eq!(speaker(&q[1]), "الطبيب المعالج");
}

#[test]
fn a_title_in_construct_with_its_office_is_no_earlier_speaker_never_given_that_title() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:حسن الزين] إن ⟨التضخم سيتراجع⟩.\n",
        "وفي عمّان، قال وزير التخطيط إن ⟨المنحة ستصرف الشهر المقبل⟩.",
    ));
    assert_eq!(speaker(&q[1]), "وزير التخطيط");
}

#[test]
fn a_title_with_its_office_matches_the_holder_introduced_with_the_institutions_head_word() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال رئيس نادي [ORG:الاتحاد] [PER:إبراهيم البلوي] إن ⟨النادي سيدعم المصابين⟩.\n",
        "وقال رئيس نادي [ORG:الأهلي] [PER:فهد بن خالد] إن ⟨الأهلي سيتبرع بالدم⟩.\n",
        "وأكد رئيس [ORG:الاتحاد] أن ⟨اللاعبين زاروا المستشفى⟩.",
    ));
    assert_eq!(speaker(&q[2]), "إبراهيم البلوي");
}

#[test]
fn a_bare_title_before_anyone_spoke_is_the_holder_introduced_next_not_the_central_person() {
    let (_, q) = quotes_of(concat!(
        "وزير الداخلية يتفقد مراكز الحدود\n",
        "تفقد وزير الداخلية الأمير [PER:محمد بن نايف] أمس مراكز الحدود الشمالية. وقال المتحدث إن ⟨الزيارة تأتي ضمن جولة تفقدية⟩. ",
        "وأوضح المتحدث الأمني لوزارة الداخلية اللواء [PER:منصور التركي] أن ⟨الحدود مؤمنة بالكامل⟩.",
    ));
    assert_eq!(speaker(&q[0]), "منصور التركي");
    assert_eq!(speaker(&q[1]), "منصور التركي");
}

#[test]
fn a_bare_title_is_not_the_articles_person_introduced_with_another_office() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدرب إن ⟨اللاعبين قدموا مباراة كبيرة⟩. وسجل اللاعب [PER:فهد الدوسري] هدفين.",
    ));
    assert_eq!(speaker(&q[0]), "المدرب");
}

#[test]
fn a_head_of_state_is_not_the_prime_minister_named_before() {
    // "رئيس الوزراء": the definite title word after an indefinite title is its office, not a second title.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال رئيس الوزراء [PER:كمال العطار] إن ⟨الحكومة باقية حتى الانتخابات⟩.\n",
        "وقال رئيس الجمهورية السابق للتلفزيون إن ⟨البلاد تحتاج إلى حوار⟩.",
    ));
    assert_ne!(speaker(&q[1]), "كمال العطار");
}

#[test]
fn an_editor_of_a_one_word_paper_is_the_one_named_after_the_same_title_before() {
    // "رئيس تحرير صحيفة الفجر": the whole phrase tells the office, the paper's name has one word.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال رئيس تحرير صحيفة [ORG:الفجر] [PER:سعيد الكرمي] إن ⟨الطباعة ستتوقف⟩.\n",
        "وتراجعت المبيعات كثيرا.\n",
        "وأضاف رئيس تحرير صحيفة [ORG:الفجر] أن ⟨الإعلانات تراجعت أيضا⟩.",
    ));
    assert_eq!(speaker(&q[1]), "سعيد الكرمي");
}

#[test]
fn a_title_with_a_status_adjective_resolves_to_the_holder_introduced_with_a_nationality_too() {
    // "الرئيسة السابقة" after "الرئيسة الفنلندية السابقة فلانة": السابقة names no other office.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت الرئيسة الفنلندية السابقة [PER:تاريا هالونين] إن ⟨الحياد انتهى⟩.\n",
        "ورأى المحلل [PER:يوسف الدباس] أن ⟨الموقف تغير⟩.\n",
        "واعتبرت الرئيسة السابقة أن ⟨أوروبا تحتاج إلى وحدة⟩.\n",
    ));
    assert_eq!(speaker(&q[2]), "تاريا هالونين");
}

#[test]
fn the_founder_is_a_title_before_the_name_and_refers_back_to_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المؤسس والرئيس التنفيذي للشركة [PER:فيصل الزهراني] إن ⟨التطبيق مجاني⟩.\n",
        "وأضاف المؤسس أن ⟨عدد المستخدمين تضاعف⟩.",
    ));
    assert_eq!(speaker(&q[0]), "فيصل الزهراني");
    assert_eq!(speaker(&q[1]), "فيصل الزهراني");
}

#[test]
fn a_title_with_the_body_it_serves_is_no_guess_at_the_last_speaker() {
    // Nobody was introduced as the secretary-general: the title stays as written, not the man who spoke last.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد [PER:خالد الحربي] أن ⟨الفريق جاهز للمباراة⟩.\n",
        "وقال الأمين العام [ORG:للأمم المتحدة] إن ⟨الوضع الإنساني خطير⟩.",
    ));
    assert_eq!(speaker(&q[1]), "الأمين العام");
}
