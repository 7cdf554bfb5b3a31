//! Collective, unnamed and institutional sources: organisations, outlets, texts, spokesmen and attributions.

use super::{cue, quotes_of, speaker};
use sahifa_core::analysis::QuoteKind;

#[test]
fn unnamed_and_collective_sources_speak_as_written() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:هشام النجار] إن ⟨الطريق سيفتح قريبا⟩.\n",
        "وقال مسؤول كبير في الوزارة إن ⟨التمويل لم يصل بعد⟩. وأكد البعض أن ⟨الخطة تأخرت كثيرا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "هشام النجار");
    // The source with its adjective and the body it is in, as "مسؤول في الوزارة" speaks.
    assert_eq!(speaker(&q[1]), "مسؤول كبير في الوزارة");
    assert_eq!(speaker(&q[2]), "البعض");
}

#[test]
fn a_clause_attributed_after_a_comma_is_a_statement_of_a_credible_source() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "⟨يتعين على المصانع استخدام مكونات محلية بنسبة كبيرة⟩، بحسب ما يقول المنتجون.\n",
        "ويدعم معظم السكان إقالتها، بحسب استطلاع للرأي نشر أمس.",
    ));
    assert_eq!(cue(&c, &q[0]), "يقول");
    assert_eq!(speaker(&q[0]), "المنتجون");
}

#[test]
fn attributions_to_an_institution_after_a_relative_or_to_a_saying_and_dual_verbs_report() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ووفقا لما أعلنته الهيئة، فإن ⟨التسجيل في البرنامج يبدأ الشهر المقبل⟩.\n",
        "ووفق ما ذكرته البلدية، فإن ⟨أعمال الصيانة ستنتهي قبل نهاية العام⟩.\n",
        "وحسب قول الطبيب، فإن ⟨المريض سيغادر المستشفى خلال أيام⟩.\n",
        "وأكدتا أن ⟨التعاون بين الجامعتين سيتوسع⟩.\n",
        "ويقولان إن ⟨الطريق إلى النهائي ما زال طويلا⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "ووفقا");
    assert_eq!(speaker(&q[0]), "الهيئة");
    assert_eq!(speaker(&q[1]), "البلدية");
    assert_eq!(speaker(&q[2]), "الطبيب");
    assert_eq!(cue(&c, &q[3]), "وأكدتا");
    assert_eq!(cue(&c, &q[4]), "ويقولان");
}

#[test]
fn a_tail_attribution_with_the_relative_lima_names_the_source() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "⟨وسيبدأ التسجيل في البرنامج الشهر المقبل⟩، وفقا لما ذكرته [ORG:هيئة السياحة].\n",
        "⟨وتغلق الحديقة أبوابها للصيانة أسبوعا⟩، طبقا لما أعلنه المتحدث باسم البلدية.",
    ));
    assert_eq!(cue(&c, &q[0]), "ذكرته");
    assert_eq!(speaker(&q[0]), "هيئة السياحة");
    assert_eq!(cue(&c, &q[1]), "أعلنه");
}

#[test]
fn unnamed_sources_that_open_the_sentence_speak_as_written() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وبحسب مصادر مطلعة فإن ⟨اللجنة سترفع توصياتها نهاية الشهر⟩.\n",
        "ووفقا لمصادر أمنية فإن ⟨المشتبه بهم غادروا المدينة قبل يومين⟩.\n",
        "وبحسب مصادر [ORG:وزارة التعليم] فإن ⟨الموسم الدراسي يبدأ في موعده⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مصادر مطلعة");
    assert_eq!(speaker(&q[1]), "مصادر أمنية");
    assert_eq!(speaker(&q[2]), "وزارة التعليم");
}

#[test]
fn a_part_of_a_group_speaks_as_written() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "واعتبر كثير من المشجعين أن ⟨المباراة كانت الأمتع هذا الموسم⟩.\n",
        "وأكد العديد من التجار أن ⟨الأسعار مستقرة منذ أشهر⟩.",
    ));
    assert_eq!(speaker(&q[0]), "كثير من المشجعين");
    assert_eq!(speaker(&q[1]), "العديد من التجار");
}

#[test]
fn an_outlet_after_lam_is_told_the_statement_and_does_not_speak() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال وزير النقل [PER:خالد الرشيد] إن ⟨الطريق سيفتتح قريبا⟩.\n",
        "وقال لصحيفة [ORG:الشرق الأوسط] إن ⟨الأعمال أنجزت في موعدها⟩.\n",
        "وأكد ل[ORG:رويترز] أن ⟨التكلفة لم تتجاوز الميزانية⟩.\n",
        "وقالت لقناة [ORG:العربية] المتحدثة باسم الوزارة [PER:سارة الدوسري] إن ⟨الرحلات عادت إلى طبيعتها⟩.",
    ));
    assert_eq!(speaker(&q[1]), "خالد الرشيد");
    assert_eq!(speaker(&q[2]), "خالد الرشيد");
    assert_eq!(speaker(&q[3]), "سارة الدوسري");
}

#[test]
fn an_outlet_after_an_attribution_is_the_source() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال وزير النقل [PER:خالد الرشيد] إن ⟨الطريق سيفتتح قريبا⟩.\n",
        "⟨وتبلغ تكلفة المشروع مليار ريال⟩، وفقا لصحيفة [ORG:الاقتصادية].",
    ));
    assert_eq!(speaker(&q[1]), "الاقتصادية");
}

#[test]
fn an_attribution_tail_with_a_verb_and_its_pronoun_names_the_source() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "⟨وقد أغلقت الطرق المؤدية إلى الوادي⟩، بحسب ما أفاد به مدير الدفاع المدني.",
    ));
    assert_eq!(cue(&c, &q[0]), "أفاد");
}

#[test]
fn a_relayed_statement_speaks_for_the_source_after_an() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ونقلت صحيفة [ORG:الوطن] عن مصادر مطلعة أن ⟨الاجتماع تأجل إلى الأسبوع المقبل⟩.\n",
        "ونقل الهلال الأحمر المصابين إلى المستشفى بعد أن تعذر علاجهم في الموقع.",
    ));
    assert_eq!(cue(&c, &q[0]), "ونقلت");
    assert_eq!(speaker(&q[0]), "مصادر مطلعة");
}

#[test]
fn an_organisation_that_is_a_sentence_subject_speaks_for_a_verb_of_its_gender() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الطبيب [PER:ماجد الشهري] إن ⟨المستشفى يستقبل الحالات على مدار الساعة⟩.\n",
        "وأطلقت [ORG:هيئة الهلال الأحمر] أمس حملة للتبرع بالدم في المدن الكبرى.\n",
        "وأوضحت في بيان أن ⟨الحملة تستمر أسبوعين⟩.\n",
        "ونظمت [ORG:جامعة الملك خالد] معرضا للكتاب، وأكدت أن ⟨القراءة أساس المعرفة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "هيئة الهلال الأحمر");
    assert_eq!(speaker(&q[2]), "جامعة الملك خالد");
}

#[test]
fn a_definite_head_noun_is_the_organisation_named_after_that_head() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المهندس [PER:فارس العمري] إن ⟨المصنع جاهز⟩.\n",
        "ووقعت شركة [ORG:معادن الوطنية] عقدا لتوسعة مصنعها.\n",
        "وقالت الشركة في بيان إن ⟨الإنتاج سيتضاعف⟩.",
    ));
    assert_eq!(speaker(&q[1]), "معادن الوطنية");
}

#[test]
fn a_plural_verb_has_a_group_for_subject_not_the_last_single_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال عدد من المزارعين إن ⟨المياه شحيحة هذا العام⟩.\n",
        "وقال مدير الزراعة [PER:حمد الشمري] إن ⟨الآبار الجديدة ستحفر قريبا⟩.\n",
        "وأضافوا أن ⟨الأسمدة غالية⟩.\n",
        "والتقى المحافظ [PER:سالم العمري] بعدد من رجال الأعمال، وطالبوا ⟨بتخفيض الرسوم⟩.\n",
        "واستقبل الأمير [PER:نايف الراشد] الشيخ [PER:فيصل القاسم] وعدد من الأعيان، داعين الله أن ⟨يحفظ البلاد⟩.",
    ));
    assert_eq!(speaker(&q[2]), "عدد من المزارعين");
    assert_eq!(speaker(&q[3]), "عدد من رجال الأعمال");
    // A group joined by و to a person named before it: the sentence's subject stands.
    assert_eq!(speaker(&q[4]), "نايف الراشد");
}

#[test]
fn a_statement_issued_by_an_organisation_speaks_for_its_issuer() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال بيان صادر عن [ORG:هيئة الموانئ] إن ⟨الرصيف الجديد جاهز⟩.\n",
        "وذكر تقرير صادر عن المركز الوطني للأرصاد أن ⟨الأمطار ستستمر⟩.",
    ));
    assert_eq!(speaker(&q[0]), "هيئة الموانئ");
    assert_eq!(q[0].speaker.as_ref().unwrap().entity, Some(0));
    assert_eq!(speaker(&q[1]), "المركز الوطني للأرصاد");
}

#[test]
fn an_attribution_to_a_text_or_an_unnamed_source_with_the_article_opens_a_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ووفقا للتقرير، فإن ⟨أعداد الزوار تضاعفت هذا العام⟩.\n",
        "وحسب المصدر، فإن ⟨الوفد سيصل صباح الغد⟩.",
    ));
    assert!(q.iter().all(|q| q.kind == QuoteKind::Indirect));
    assert_eq!(cue(&c, &q[0]), "ووفقا");
    assert_eq!(cue(&c, &q[1]), "وحسب");
}

#[test]
fn the_statement_as_subject_stays_as_written_without_an_issuer() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ارتفعت أسعار الحديد هذا الشهر.\n",
        "وأوضح البيان أن ⟨الطلب على مواد البناء زاد بنسبة كبيرة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "البيان");
}

#[test]
fn an_unnamed_source_after_the_outlet_told_speaks() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال لـ«[ORG:الوطن]» مصدر مطلع إن ⟨الاجتماع تأجل إلى الأسبوع المقبل⟩.\n",
        "وأوضح لـ«[ORG:المدينة]» أحد المسؤولين أن ⟨القرار لم يصدر بعد⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مصدر مطلع");
    assert_eq!(speaker(&q[1]), "أحد المسؤولين");
}

#[test]
fn a_part_of_the_figures_is_no_speaker_whatever_the_verbs_gender() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ويشير أحد التقديرات إلى أن الطلب سيتضاعف.\n",
        "وتشير بعض الإحصائيات إلى أن البطالة تراجعت.\n",
        "ويشير أحد المسؤولين إلى أن ⟨الطلب سيتضاعف⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "ويشير");
}

#[test]
fn an_unnamed_source_speaks_with_the_body_it_is_in() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال مصدر في اتحاد كرة السلة إن ⟨المنتخب سيخوض ثلاث مباريات ودية قبل البطولة⟩.\n",
        "وذكرت مصادر في شركة النقل أن ⟨الأرباح تراجعت بنسبة عشرة في المئة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مصدر في اتحاد كرة السلة");
    assert_eq!(speaker(&q[1]), "مصادر في شركة النقل");
}

#[test]
fn a_feminine_participle_after_a_feminine_verb_that_reports_nothing_takes_its_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:ماجد السالم] إن ⟨الخطة تحتاج إلى وقت⟩.\n",
        "وانتقدت نقابة المعلمين الخطة الجديدة، مؤكدة أن ⟨المدارس غير جاهزة لتطبيقها⟩.\n",
        "وأجلت الحكومة التصويت على الموازنة، مشيرة إلى أن ⟨النقاش سيستمر أسبوعا آخر⟩.",
    ));
    assert_eq!(speaker(&q[0]), "ماجد السالم");
    assert_eq!(speaker(&q[1]), "نقابة المعلمين");
    assert_eq!(speaker(&q[2]), "الحكومة");
}

#[test]
fn a_body_placed_in_a_place_speaks_with_its_place() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأوضحت الشؤون الصحية بمحافظة [LOC:الطائف] أن ⟨الحالات المسجلة تراجعت هذا الأسبوع⟩.\n",
        "وقالت [ORG:وزارة النقل] إن ⟨الطريق سيفتح الشهر المقبل⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الشؤون الصحية بمحافظة الطائف");
    assert_eq!(speaker(&q[1]), "وزارة النقل");
}

#[test]
fn a_leading_attribution_with_a_relative_verb_names_the_source_after_the_verb() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وبحسب ما أعلنته [ORG:هيئة الإحصاء]، فإن ⟨نسبة البطالة تراجعت في الربع الأخير⟩.\n",
        "وحسبما أفاد به [PER:سامر الخطيب] فإن ⟨المشروع سيكتمل قبل الصيف⟩.",
    ));
    assert_eq!(speaker(&q[0]), "هيئة الإحصاء");
    assert_eq!(cue(&c, &q[0]), "وبحسب");
    assert_eq!(speaker(&q[1]), "سامر الخطيب");
}

#[test]
fn an_unnamed_source_relayed_after_an_speaks_whole_with_its_adjectives() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ونقلت الوكالة عن مصدر مسؤول في وزارة النقل قوله إن ⟨الطريق سيفتح قريبا⟩.\n",
        "ونقلت الصحيفة عن مسؤول أمني رفيع قوله إن ⟨الحدود آمنة⟩.\n",
        "ونقل التلفزيون عن وزير الزراعة قوله: «⟨المحصول وفير هذا العام⟩».\n",
        "وقال مصدر مسؤول إن ⟨الاجتماع تأجل⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مصدر مسؤول في وزارة النقل");
    assert_eq!(speaker(&q[1]), "مسؤول أمني رفيع");
    assert_eq!(speaker(&q[2]), "وزير الزراعة");
    assert_eq!(cue(&c, &q[2]), "قوله");
    assert_eq!(speaker(&q[3]), "مصدر مسؤول");
}

#[test]
fn the_outlet_told_does_not_use_up_the_short_reach_of_bayyana() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الطبيب [PER:فارس الحمد] إن ⟨العيادة مزدحمة⟩.\n",
        "وبين لـ«المدينة» أن ⟨المواعيد ستزيد الشهر المقبل⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "وبين");
    assert_eq!(speaker(&q[1]), "فارس الحمد");
}

#[test]
fn a_verb_in_the_dual_speaks_for_the_pair_joined_with_wa() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد الوزيران [PER:ناصر الحمدان] و[PER:وليد الكبيسي] أن ⟨البلدين يعملان معا⟩. وقالا إن ⟨الاتفاق يخدم الشعبين⟩.\n",
        "وقال [PER:ناصر الحمدان] إن ⟨الزيارة ناجحة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "ناصر الحمدان ووليد الكبيسي");
    assert_eq!(speaker(&q[1]), "ناصر الحمدان ووليد الكبيسي");
    assert_eq!(speaker(&q[2]), "ناصر الحمدان");
}

#[test]
fn a_group_named_inside_an_earlier_statement_is_not_the_plural_verbs_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال ضابط في الشرطة إن ⟨عشرات المهربين اعتقلوا على الحدود⟩.\n",
        "وأكد شهود عيان أن ⟨الدوريات انتشرت منذ الفجر⟩. وقالوا إن ⟨الطرق أغلقت ساعات⟩.",
    ));
    assert_eq!(speaker(&q[2]), "شهود عيان");
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال ضابط في الشرطة إن ⟨عشرات المهربين اعتقلوا على الحدود⟩.\n",
        "وأكد سكان القرية أن ⟨الدوريات انتشرت منذ الفجر⟩. وقالوا إن ⟨الطرق أغلقت ساعات⟩.",
    ));
    assert_eq!(speaker(&q[2]), "سكان القرية");
}

#[test]
fn an_indefinite_plural_of_people_is_the_subject_of_a_later_plural_verb_not_a_group_after_a_preposition()
 {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال رئيس المجلس [PER:فارس العلي] إن ⟨الجلسة كانت مثمرة⟩.\n",
        "لكن نوابا من الكتلة المستقلة احتجوا على بعض بنود الموازنة، وقالوا إن ⟨الأرقام غير دقيقة⟩.",
    ));
    assert_eq!(speaker(&q[1]), "نوابا من الكتلة المستقلة");
}

#[test]
fn each_of_several_persons_speak_together() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال كل من المهندس [PER:وليد الشهري] والمهندس [PER:عادل القحطاني] إن ⟨المشروع سيكتمل قبل موعده⟩.",
    ));
    assert_eq!(speaker(&q[0]), "وليد الشهري والمهندس عادل القحطاني");
}

#[test]
fn a_statement_of_an_organisation_speaks_for_it_and_the_statement_named_again_too() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أعلنت [ORG:وزارة الداخلية] ⟨إحباط مخطط إرهابي⟩. وذكر بيان للوزارة أن ⟨الأجهزة الأمنية قبضت على خمسة متهمين⟩.\n",
        "وجاء في البيان تفاصيل العملية. وأوضح البيان أن ⟨التحقيقات لا تزال جارية⟩.\n",
        "وقال بيان ل[ORG:وزارة الخارجية] إن ⟨المملكة تدين الهجوم⟩.",
    ));
    assert_eq!(speaker(&q[1]), "وزارة الداخلية");
    assert_eq!(speaker(&q[2]), "وزارة الداخلية");
    assert_eq!(speaker(&q[3]), "وزارة الخارجية");
}

#[test]
fn nasaba_ila_names_the_source_like_naqala_an() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ونسبت وكالة [ORG:رويترز] إلى مسؤول يمني قوله إن ⟨القوات الحكومية تقدمت في مأرب⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مسؤول يمني");
}

#[test]
fn an_unnamed_source_speaks_not_the_outlet_it_told() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأبلغ مسؤول أمريكي «[ORG:رويترز]» أن ⟨واشنطن ستفرض عقوبات جديدة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مسؤول أمريكي");
}

#[test]
fn the_statement_as_subject_is_the_organisation_that_spoke_in_the_sentence_before() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعلنت [ORG:شركة الواحة للنقل] ⟨تشغيل خط جديد بين المدينتين⟩. وأوضح البيان أن ⟨الرحلات تبدأ مطلع الشهر⟩.",
    ));
    assert_eq!(speaker(&q[1]), "شركة الواحة للنقل");
    // A person spoke last: the statement stays as written.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المهندس [PER:وليد الشهري] إن ⟨الحافلات حديثة⟩. وأوضح البيان أن ⟨التذاكر متاحة عبر التطبيق⟩.",
    ));
    assert_eq!(speaker(&q[0]), "وليد الشهري");
    assert_eq!(speaker(&q[1]), "البيان");
}

#[test]
fn what_a_text_says_after_jaa_fi_is_a_statement_of_its_issuer() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "أصدرت [ORG:هيئة الأرصاد] بيانا صباح اليوم. وجاء في البيان أن ⟨الرياح ستشتد على السواحل الغربية⟩.\n",
        "وجاء في بيان صادر عن [ORG:الدفاع المدني] أن ⟨الفرق الميدانية في حالة تأهب⟩.\n",
        "وجاء في تقرير [ORG:ديوان المحاسبة] أن ⟨بعض المشاريع تأخرت عن موعدها⟩.\n",
        "وأشاد الوزير [PER:حمد الكعبي] ⟨بالخريجين⟩. وجاء في كلمته أن ⟨الشباب هم ثروة الوطن الحقيقية⟩.\n",
        // جاء في a rank or a place reports nothing.
        "وجاء في المركز الثالث فريق الوحدة بعد أن تعادل مع منافسه.",
    ));
    assert_eq!(cue(&c, &q[0]), "وجاء");
    assert_eq!(speaker(&q[0]), "هيئة الأرصاد");
    assert_eq!(speaker(&q[1]), "الدفاع المدني");
    assert_eq!(speaker(&q[2]), "ديوان المحاسبة");
    assert_eq!(speaker(&q[4]), "حمد الكعبي");
}

#[test]
fn an_attribution_to_a_text_issued_by_a_body_is_the_body_s_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وبحسب بيان صادر عن [ORG:هيئة الطيران المدني]، فإن ⟨الرحلات ستعود إلى جدولها المعتاد الأسبوع المقبل⟩.\n",
        "ووفقا للتقرير الصادر عن [ORG:صندوق النقد الدولي] فإن ⟨التضخم سيتراجع في النصف الثاني من العام⟩.\n",
        // A plan issued by a body is no statement of it.
        "وبحسب الخطة الصادرة عن الوزارة، فإن المدارس ستفتح أبوابها في الموعد المحدد.\n",
    ));
    assert_eq!(speaker(&q[0]), "هيئة الطيران المدني");
    assert_eq!(speaker(&q[1]), "صندوق النقد الدولي");
}

#[test]
fn a_verb_describing_a_statement_noun_with_fihi_has_the_issuer_as_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المدير [PER:سامي الخطيب] إن ⟨الخطة جاهزة للتنفيذ⟩.\n",
        "وأصدر المجلس بيانا أكد فيه أن ⟨الحوار هو الطريق الوحيد لحل الخلاف⟩.\n",
        "ونشرت الهيئة تقريرا، أشارت فيه إلى أن ⟨الأسعار ارتفعت بنسبة كبيرة⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "المجلس");
    assert_eq!(speaker(&q[2]), "الهيئة");
}

#[test]
fn the_leader_named_after_biqiyadat_does_not_speak_for_the_body() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المتحدث [PER:ماجد الشمري] إن ⟨الوضع هادئ⟩.\n",
        "وقالت القوات المشتركة بقيادة [PER:عادل النعيمي] إن ⟨الهدنة ما زالت صامدة⟩.\n",
        "وأعلن التحالف بزعامة [PER:حسن الراشد] أن ⟨العمليات توقفت مساء أمس⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "القوات المشتركة");
    assert_eq!(speaker(&q[2]), "التحالف");
}

#[test]
fn the_outlet_told_keeps_the_verbs_preposition() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وكشف مصدر مطلع لـ«المسار» عن ⟨توجه لرفع رسوم الخدمات⟩.\n",
        "وأعلن المدير لـ«الأفق» عن ⟨إطلاق منصة جديدة للطلاب⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "مصدر مطلع");
    assert_eq!(speaker(&q[1]), "المدير");
}

#[test]
fn a_definite_source_with_the_attributions_lam_at_the_end_of_a_sentence_speaks() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "⟨وقد أغلق الطريق أمام الشاحنات⟩، وفقا للشرطة.\n",
        "وارتفعت الأسعار بنسبة كبيرة، وفقا للخطة.\n",
    ));
    assert_eq!(q.len(), 1);
    assert_eq!(speaker(&q[0]), "الشرطة");
}

#[test]
fn a_body_headed_by_a_person_speaks_itself() {
    // "برئاسة فلان": the person heads the committee, the committee's verb is its own.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكدت اللجنة برئاسة الدكتور [PER:هشام النجار] أن ⟨التقرير يصدر الشهر المقبل⟩.",
    ));
    assert_eq!(speaker(&q[0]), "اللجنة");
}

#[test]
fn press_reports_keep_their_adjective() {
    // "صحفية" is a title ("الصحفية فلانة") but after an indefinite plural of things it is its adjective: the
    // source is "تقارير صحفية", also as the subject after "إلا أن".
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وذكرت تقارير صحفية محلية أن ⟨المصنع سيغلق⟩.\n",
        "وهدأت الاحتجاجات، إلا أن تقارير صحفية ذكرت أن ⟨العمال سيضربون⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "تقارير صحفية محلية");
    assert_eq!(speaker(&q[1]), "تقارير صحفية");
}

#[test]
fn a_body_with_its_nisba_after_a_connective_speaks() {
    // "غير أن المعارضة السورية أكدت": a definite noun with a nisba adjective before the verb is its subject.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال المتحدث [PER:يوسف الدباغ] إن ⟨الهدنة صامدة⟩.\n",
        "غير أن المعارضة المسلحة الشمالية أكدت أن ⟨القصف مستمر⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "المعارضة المسلحة الشمالية");
}

#[test]
fn a_study_or_conference_described_with_fihi_is_not_the_speaker() {
    // "نشر دراسة قال فيها", "عقد مؤتمرا صحفيا أوضح فيه": the noun is the sentence verb's object; its subject
    // speaks.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ونشر [ORG:مركز الدراسات الريفية] دراسة قال فيها إن ⟨البطالة ارتفعت⟩.\n",
        "وعقد مدير الجمارك مؤتمرا صحفيا أوضح فيه أن ⟨التهريب تراجع⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "مركز الدراسات الريفية");
    assert_eq!(speaker(&q[1]), "مدير الجمارك");
}

#[test]
fn a_request_for_anonymity_is_not_part_of_the_source() {
    // "مسؤول طلب عدم ذكر اسمه": the clause after the unnamed source, without commas, ends its name.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال موظف طلب عدم ذكر اسمه إن ⟨الرواتب تأخرت⟩.\n",
        "وأكد طبيب مقيم فضل عدم الكشف عن هويته أن ⟨الأدوية نفدت⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "موظف");
    assert_eq!(speaker(&q[1]), "طبيب مقيم");
}

#[test]
fn our_correspondent_speaks_as_written() {
    // "مراسلنا" ends in ا like an adverb in the accusative ("صباحا"), but it is the paper's own reporter.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أفاد مراسلنا في حمص بأن ⟨القصف تجدد ليلا⟩.\n",
        "وقالت مراسلتنا في غزة إن ⟨المعبر أغلق⟩.\n",
        "وقال مدير الدفاع المدني [PER:سليم الحايك] إن ⟨الفرق تعمل⟩.\n",
    ));
    assert_eq!(speaker(&q[0]), "مراسلنا");
    assert_eq!(speaker(&q[1]), "مراسلتنا");
}
