//! Where reported content starts: complements, objects, the verb's preposition, and phrases passed on the way.

use super::{cue, quotes_of, speaker};

#[test]
fn in_this_regard_between_the_verb_and_its_complement_keeps_the_clause() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأشارت الوزيرة [PER:سلمى راشد] في هذا الصدد إلى ⟨نجاح الخطة الأولى⟩، مشيدة في هذا السياق ⟨بجهود المتطوعين في المدينة⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وأشارت");
    assert_eq!(cue(&c, &q[1]), "مشيدة");
    assert_eq!(speaker(&q[1]), "سلمى راشد");
}

#[test]
fn a_definite_noun_after_a_participle_is_its_object_and_a_demonstrative_leads_to_the_bi_complement()
{
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الناقد [PER:كريم ياسين] إن ⟨المهرجان نجح⟩، معتبرا ⟨الدورة الحالية أفضل من سابقاتها⟩.\n",
        "وانتقد [PER:كريم ياسين] غياب الدعم، معللا ذلك ⟨بضعف الميزانية المخصصة للثقافة⟩.\n",
        "ووصف [PER:كريم ياسين] ذلك بأن ⟨الجمهور يستحق الأفضل دائما⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "معتبرا");
    assert_eq!(speaker(&q[1]), "كريم ياسين");
    assert_eq!(cue(&c, &q[2]), "معللا");
    assert_eq!(cue(&c, &q[3]), "ووصف");
}

#[test]
fn a_verb_of_position_or_denial_judges_a_definite_object_after_its_definite_subject() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ونفت البلدية ⟨الإشاعات⟩.\n",
        "واستنكرت الجمعية ⟨الاعتداءات المتكررة على المزارعين⟩.\n",
        "وشجب الوزير السابق ⟨الحادث⟩.\n",
        "ونفى المتحدث الرسمي ⟨الخبر جملة وتفصيلا⟩.\n",
        // A demonstrative alone, and a verdict, are no statement.
        "ونفى المدير ذلك.\n",
        "وأدانت المحكمة المتهم.",
    ));
    assert_eq!(cue(&c, &q[0]), "ونفت");
    assert_eq!(speaker(&q[2]), "الوزير السابق");
}

#[test]
fn a_verb_of_position_after_its_named_subject_or_an_adverb_takes_its_object() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "[ORG:رابطة الكتاب] تستنكر ⟨الاعتداء على الصحفيين⟩\n",
        "ودانت البلدية بشدة ⟨الاعتداء على الحدائق العامة⟩.\n",
        "وكان [PER:حامد سعيد] ينفي دائما ⟨الاتهامات الموجهة إليه⟩.\n",
        // The imperfect without its named subject before it may be passive: no statement.
        "وتستنكر الاعتداءات على الصحفيين في كل مكان.",
    ));
    assert_eq!(cue(&c, &q[0]), "تستنكر");
    assert_eq!(speaker(&q[0]), "رابطة الكتاب");
    assert_eq!(speaker(&q[1]), "البلدية");
    assert_eq!(speaker(&q[2]), "حامد سعيد");
}

#[test]
fn an_indefinite_word_after_a_definite_subject_starts_the_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ونفت الهيئة ⟨وجود أي خلل في أنظمة التسجيل الإلكتروني⟩.\n",
        "ونفى المتحدث الرسمي ⟨صحة الأنباء عن إغلاق المعبر الحدودي⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الهيئة");
}

#[test]
fn a_preposition_on_a_frequent_word_after_the_subject_places_it_and_starts_no_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ونفت الإدارة بفرع الهيئة ⟨وجود أي تأخير في إنجاز المعاملات⟩.",
    ));
    assert!(speaker(&q[0]).starts_with("الإدارة"), "{}", speaker(&q[0]));
}

#[test]
fn an_adverbial_phrase_between_the_speaker_and_the_verbs_preposition() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأشار المحافظ في كلمته خلال افتتاح المعرض إلى ⟨ضرورة دعم الأسر المنتجة⟩.\n",
        "وشدد المدرب أمام الصحفيين على ⟨أهمية الفوز في المباراة المقبلة⟩.\n",
        "وحذر الطبيب في حديثه أمام عدد من الطلاب.",
    ));
    assert_eq!(cue(&c, &q[0]), "وأشار");
    assert_eq!(speaker(&q[1]), "المدرب");
}

#[test]
fn a_time_phrase_between_the_verb_and_its_noun_phrase_content() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وكانت [ORG:شركة المراعي] أعلنت في وقت سابق ⟨نيتها التوسع في أسواق جديدة⟩.\n",
        "وأكد الاتحاد من قبل ⟨رفضه تأجيل المباريات⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "أعلنت");
    assert_eq!(cue(&c, &q[1]), "وأكد");
}

#[test]
fn in_the_same_breath_between_a_participle_and_its_complement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدرب إن ⟨الفريق متعب بعد السفر⟩، مؤكدا في الوقت نفسه أن ⟨اللاعبين جاهزون للقاء⟩.\n",
        "وأشارت الباحثة في السياق ذاته إلى ⟨تراجع أعداد الطيور المهاجرة⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "مؤكدا");
    assert_eq!(cue(&c, &q[2]), "وأشارت");
}

#[test]
fn a_noun_phrase_content_after_the_occasion_of_speaking() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ونفت الشركة في بيان لها ⟨صحة الأخبار المتداولة عن بيع فروعها⟩.\n",
        "وأعلنت البلدية في بيان صحفي أمس ⟨إغلاق السوق القديم للصيانة⟩.\n",
        "وأكدت الهيئة في تقريرها الأخير ⟨تحسن جودة المياه في السدود⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "ونفت");
    assert_eq!(speaker(&q[1]), "البلدية");
}

#[test]
fn a_definite_object_after_a_named_subject_is_the_content() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "واستنكرت [ORG:رابطة العالم الإسلامي] ⟨التفجير الذي استهدف المصلين في المسجد⟩.\n",
        "وأعلنت [ORG:جبهة التحرير] الشعبية المتطرفة ⟨تبنيها الهجوم على الثكنة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "رابطة العالم الإسلامي");
    assert_eq!(cue(&c, &q[0]), "واستنكرت");
}

#[test]
fn a_complementiser_after_a_long_speaker_zone_still_starts_the_content() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد رئيس المجلس البلدي في المحافظة [PER:سعد بن ناصر القحطاني] خلال ترؤسه الاجتماع الشهري ",
        "للمجلس الذي عقد مساء أمس في قاعة الاجتماعات بمقر البلدية بحضور عدد من الأعضاء والمسؤولين، ",
        "أن ⟨مشاريع الصرف الصحي ستنتهي قبل الشتاء⟩.\n",
        "وقال الوزير في الحفل الذي أقيم بمناسبة افتتاح المستشفى الجديد في شمال المدينة بحضور عدد ",
        "كبير من المسؤولين ورجال الأعمال والأطباء والممرضين القادمين من مختلف مناطق المملكة إنه ",
        "⟨سعيد بهذا الإنجاز⟩.\n",
        "وقال الوزير في الحفل الذي أقيم بمناسبة افتتاح المستشفى الجديد في شمال المدينة بحضور عدد ",
        "كبير من المسؤولين ورجال الأعمال والأطباء والممرضين الذين يجب أن يعملوا بجد.",
    ));
    assert_eq!(cue(&c, &q[0]), "وأكد");
    assert_eq!(cue(&c, &q[1]), "وقال");
}

#[test]
fn a_time_phrase_between_the_speaker_and_a_bi_complement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقد طالبت جمعية المزارعين في وقت سابق ⟨بتأجيل سداد القروض الزراعية⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "طالبت");
}

#[test]
fn a_noun_phrase_object_after_a_named_speaker_keeps_its_own_preposition() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وتوقعت [ORG:هيئة الأرصاد] ⟨هطول أمطار رعدية على المرتفعات⟩.\n",
        "وأكدت [ORG:هيئة الأرصاد] ⟨تشكل سحب ممطرة على السواحل⟩.\n",
        "ورجح المحلل ⟨استمرار تراجع الأسعار حتى نهاية العام⟩.\n",
        "وأشاد المدرب بالوقت نفسه ⟨بروح اللاعبين في الشوط الثاني⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وتوقعت");
    assert_eq!(cue(&c, &q[1]), "وأكدت");
    assert_eq!(cue(&c, &q[2]), "ورجح");
    assert_eq!(cue(&c, &q[3]), "وأشاد");
}

#[test]
fn the_only_preposition_of_a_verb_of_warning_after_an_occasion_phrase() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وحذرت [ORG:منظمة الصحة العالمية] في تقرير جديد من ⟨انتشار الأمراض المعدية في المخيمات⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وحذرت");
}

#[test]
fn a_country_after_a_masculine_verb_is_its_object_not_its_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المبعوث [PER:جمال الحسن] إن ⟨المفاوضات مستمرة⟩.\n",
        "ودعا [LOC:ليبيا] إلى ⟨وقف القتال فورا⟩.",
    ));
    assert_eq!(speaker(&q[1]), "جمال الحسن");
}

#[test]
fn a_possessed_noun_after_a_definite_subject_is_the_object_of_a_verb_of_position() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأبدت المنظمة ⟨إعجابها بالجهود المبذولة لتنظيف الشواطئ⟩.\n",
        "وأبدت اللجنة ⟨قلقها من تأخر صرف المستحقات⟩.",
    ));
    assert_eq!(speaker(&q[0]), "المنظمة");
    assert_eq!(speaker(&q[1]), "اللجنة");
}

#[test]
fn a_verb_of_addressing_takes_its_preposition_after_a_long_description_of_whom_it_addresses() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ودعا مدير الدفاع المدني [PER:عبدالله القرني] جميع السكان المقيمين في الأحياء القريبة من الوادي ممن لم يغادروا منازلهم بعد، إلى ⟨سرعة الإخلاء والابتعاد عن مجاري السيول⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "ودعا");
    assert_eq!(speaker(&q[0]), "عبدالله القرني");
}

#[test]
fn a_year_between_the_verb_and_its_noun_phrase_is_passed_like_a_time_adverb() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وكانت [ORG:هيئة الإسكان] قد أعلنت في عام 1434هـ ⟨اكتمال المرحلة الأولى من الحي السكني⟩.\n",
        "وأعلنت الشركة في العام 2014 ⟨إطلاق منتجها الجديد في الأسواق الخليجية⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "وأعلنت");
}

#[test]
fn a_demonstrative_object_starts_the_statement_of_a_describing_verb_or_a_verb_of_position() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ووصف مدير المشاريع المهندس [PER:سامي الحربي] ، ⟨تلك الجسور بالمنشآت الأضخم في المنطقة⟩.\n",
        "وثمن الوزير ⟨هذه المبادرة الشبابية⟩.\n",
        "واستنكرت [ORG:رابطة الطلاب] ⟨تلك الاعتداءات على المعلمين⟩.\n",
        "وأكد مصدر هذه المعلومات.",
    ));
    assert_eq!(speaker(&q[0]), "سامي الحربي");
    assert_eq!(cue(&c, &q[1]), "وثمن");
    assert_eq!(speaker(&q[2]), "رابطة الطلاب");
}

#[test]
fn a_verb_of_attributing_a_cause_keeps_its_preposition_after_its_object() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وعزا [PER:خالد السالم] تراجع المبيعات إلى ⟨ضعف الطلب في الأسواق المجاورة⟩.\n",
        "وأكدت [ORG:هيئة الأرصاد] ⟨هطول أمطار على المرتفعات⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وعزا");
    assert_eq!(speaker(&q[0]), "خالد السالم");
}

#[test]
fn an_adverbial_aside_between_commas_keeps_the_verbs_preposition() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وشدد قائد الدوريات، خلال اللقاء الذي جمعه أمس بعدد من الأهالي، على ⟨ضرورة الإبلاغ عن المخالفات⟩.\n",
        "وتحدث المدرب، في المؤتمر الصحفي، عن مباراة الغد.",
    ));
    assert_eq!(cue(&c, &q[0]), "وشدد");
    assert_eq!(speaker(&q[0]), "قائد الدوريات");
}

#[test]
fn a_definite_plural_after_a_definite_subject_starts_the_verbs_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أصدرت [ORG:هيئة حقوق الإنسان] تقريرها. وقال رئيسها [PER:بندر العيبان] إن ⟨الشكاوى قلت⟩.\n",
        "وطالبت الهيئة الجهات الحكومية ⟨بالتعاون معها⟩.",
    ));
    assert_eq!(speaker(&q[1]), "هيئة حقوق الإنسان");
}

#[test]
fn an_unnamed_indefinite_subject_ends_before_its_noun_phrase_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد مصدر مطلع ⟨أهمية الاتفاق بالنسبة للمزارعين⟩.\n",
        "وأكد مسؤول في الوزارة ⟨صعوبة تنفيذ الخطة هذا العام⟩.\n",
        "ودانت دول عربية وإسلامية ⟨التفجير الذي ضرب السوق⟩.\n",
        "ونفى مسؤول رفيع المستوى في [ORG:وزارة الدفاع] ⟨وجود قوات أجنبية في البلاد⟩.\n",
        "وأعلن مسؤولون محليون ⟨إغلاق الطرق بسبب السيول⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مصدر مطلع");
    assert_eq!(speaker(&q[1]), "مسؤول في الوزارة");
    assert_eq!(speaker(&q[2]), "دول عربية وإسلامية");
    assert_eq!(speaker(&q[3]), "مسؤول رفيع المستوى في وزارة الدفاع");
    assert_eq!(speaker(&q[4]), "مسؤولون محليون");
}

#[test]
fn a_definite_word_that_cannot_agree_with_a_feminine_subject_starts_the_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعلنت الشرطة ⟨القبض على ثلاثة متهمين بسرقة السيارات⟩.\n",
        "وأعلنت الوزارة الأسبوع الماضي ⟨إطلاق برنامج جديد للابتعاث⟩.\n",
        "وأعلنت الهيئة العامة للإحصاء ⟨ارتفاع معدل التضخم⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الشرطة");
    // The time phrase is neither the subject's nor the object's.
    assert_eq!(speaker(&q[1]), "الوزارة");
    // A feminine adjective agrees with the subject: it stays in it.
    assert!(speaker(&q[2]).starts_with("الهيئة العامة"));
}

#[test]
fn the_content_after_a_preposition_and_a_complementiser_with_a_pronoun_starts_after_both() {
    quotes_of(concat!(
        "عنوان\n",
        "وأكدت المديرة أن ⟨المعرض ناجح⟩، مشيرة إلى أنه ⟨سيتكرر كل عام⟩.\n",
        "ولفت المدرب إلى أنهم ⟨استعدوا جيدا للمباراة⟩.",
    ));
}

#[test]
fn the_ba_complement_after_an_adverbial_phrase_is_the_verbs() {
    quotes_of(concat!(
        "عنوان\n",
        "واعترف المصنع في بيانه ⟨بتأخر تسليم الطلبات⟩.\n",
        "وأشادت المعلمة خلال الحفل ⟨بتفوق الطالبات⟩.\n",
        "وأشاد المدير في كلمته بمناسبة التخرج ⟨بجهود المعلمين⟩.",
    ));
}

#[test]
fn a_time_adverb_after_the_subject_leaves_the_verbs_preposition_its_own() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعلنت الهيئة أمس عن ⟨إطلاق مسابقة للمبتكرين الشباب⟩.\n",
        "وشدد المحافظ اليوم على ⟨ضرورة إنجاز المشاريع في وقتها⟩.\n",
        "وكشفت الشركة يوم الخميس عن ⟨خطة لخفض الانبعاثات⟩.\n",
        "وأعلن النادي أول أمس عن ⟨تعاقده مع مدرب جديد⟩.\n",
        "وكانت [ORG:وزارة النقل] أعلنت أمس عن ⟨تعيين مدير جديد⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الهيئة");
    assert_eq!(speaker(&q[1]), "المحافظ");
    assert_eq!(speaker(&q[2]), "الشركة");
    assert_eq!(speaker(&q[3]), "النادي");
}

#[test]
fn bayyana_reaches_past_an_adverbial_phrase_after_its_subject() {
    // "بين" has a short reach (it is also "between"); a phrase of place or time after the subject does not use it up.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وبين [PER:ماجد الحقيل] في مؤتمر صحفي أن ⟨المبيعات ارتفعت هذا العام⟩. وبين الوزير خلال اللقاء أن ⟨الخطة تسير وفق الجدول⟩.",
    ));
    assert_eq!(speaker(&q[0]), "ماجد الحقيل");
}

#[test]
fn a_verbal_noun_with_a_number_after_it_is_the_content() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعلنت [ORG:وزارة الصحة] ⟨تسجيل 12 إصابة جديدة في المنطقة⟩.\n",
        "كما أكد الدفاع المدني ⟨إنقاذ 30 شخصا من السيول⟩.",
    ));
    assert_eq!(speaker(&q[0]), "وزارة الصحة");
    assert_eq!(speaker(&q[1]), "الدفاع المدني");
}

#[test]
fn an_occasion_phrase_takes_only_the_adjectives_that_agree_with_its_noun() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد الوزير في بيان صحفي ⟨أهمية التعاون بين الدول الأعضاء⟩.\n",
        "وتوقع البنك في تقرير جديد ⟨تباطؤ النمو خلال العام المقبل⟩.\n",
        "وأكد المحافظ في كلمة ترحيبية ⟨دعم الحكومة للمشروعات الصغيرة⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "الوزير");
    assert_eq!(speaker(&q[1]), "البنك");
    assert_eq!(speaker(&q[2]), "المحافظ");
}

#[test]
fn a_noun_of_stance_with_its_pronoun_after_the_reporting_verb_is_its_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قالت الوزيرة [PER:هالة السعيد] إن ⟨الموازنة متوازنة⟩.\n",
        "وأبدت ثقتها من أن ⟨النمو سيرتفع العام المقبل⟩.\n",
        "وأكدت أسرتها أن ⟨الوزيرة بصحة جيدة⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "هالة السعيد");
    // Another noun with the pronoun may be the subject.
    assert_eq!(speaker(&q[2]), "أسرتها");
}

#[test]
fn a_time_adverb_set_off_by_commas_leaves_the_verb_its_preposition() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أعلنت الهيئة، اليوم الأربعاء، عن ⟨حزمة حوافز جديدة للمصدرين⟩.\n",
        "وأكد المحافظ، أمس، على ⟨أهمية ضبط الأسعار⟩.\n",
    ));
    assert_eq!(q.len(), 2);
    assert_eq!(speaker(&q[0]), "الهيئة");
    assert_eq!(speaker(&q[1]), "المحافظ");
}

#[test]
fn a_bi_complement_after_a_time_aside_set_off_by_commas_is_the_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وهدد رئيس النقابة، الخميس، ⟨بالإضراب عن العمل⟩.\n",
        "وطالب السكان، بحسب شهود، ⟨بفتح الطريق فورا⟩.\n",
    ));
    assert_eq!(q.len(), 2);
    assert_eq!(speaker(&q[0]), "رئيس النقابة");
}

#[test]
fn a_time_phrase_right_after_the_verb_leaves_it_its_preposition() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وكانت الهيئة قد أعلنت في وقت سابق عن ⟨خطة لخفض الرسوم⟩.\n",
    ));
    assert_eq!(q.len(), 1);
    assert_eq!(speaker(&q[0]), "الهيئة");
}

#[test]
fn an_object_after_a_time_adverb_set_off_by_commas_is_the_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعلنت الهيئة، اليوم الأحد، ⟨تسجيل ثلاثين حالة جديدة⟩.\n",
        "وكان المشروع، الذي أعلنته الشركة الأحد، المرحلة الأهم في خطتها.\n",
    ));
    assert_eq!(q.len(), 1);
    assert_eq!(speaker(&q[0]), "الهيئة");
}

#[test]
fn a_participle_of_describing_takes_its_object_and_its_bi_complement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدرب إن ⟨الفريق قادر على الفوز⟩، واصفا ⟨المباراة المقبلة بالصعبة⟩.\n",
        "وأشاد الوزير ⟨بالخطة⟩، واصفا إياها ⟨بالناجحة⟩.\n",
        "وقال الخبير إن ⟨الأسعار تراجعت⟩، مفسرا ⟨التراجع بزيادة الإنتاج⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "المدرب");
    assert_eq!(speaker(&q[5]), "الخبير");
}

#[test]
fn a_definite_occasion_between_speaker_and_noun_phrase_content() {
    // "خلال الاتصال" names the occasion like "خلال اتصال": the verbal noun after it is what was stressed.
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد [PER:حمد الكواري] خلال الاتصال ⟨ضرورة التنسيق بين البلدين⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وأكد");
    assert_eq!(speaker(&q[0]), "حمد الكواري");
}
