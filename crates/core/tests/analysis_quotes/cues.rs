//! Reported speech cues: which verbs, participles and verbal nouns report, and which look-alikes state nothing.

use super::{cue, quotes_of, run, speaker};
use sahifa_core::analysis::QuoteKind;

#[test]
fn reported_speech_after_each_complement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأوضح [PER:لافروف] أن ⟨هناك حاجة ماسة للحوار⟩.\n",
        "وفي سياق متصل، دعا [PER:لافروف] إلى ⟨رفع العقوبات عن الشركة⟩.\n",
        "[PER:لافروف] شدد على ⟨أهمية أن تعترف واشنطن بالأسباب⟩.\n",
        "وقال [PER:نتنياهو] بأن ⟨كل أجهزة الاستخبارات لم تقدر⟩.\n",
        "وقالت الوزارة في بيان إن ⟨الفترة تبدأ اليوم⟩.\n",
        "وقال: إن ⟨هذا يعطي الإيرانيين فرصة⟩.",
    ));
    assert!(q.iter().all(|q| q.kind == QuoteKind::Indirect));
    let cues: Vec<&str> = q.iter().map(|q| cue(&c, q)).collect();
    assert_eq!(cues, ["وأوضح", "دعا", "شدد", "وقال", "وقالت", "وقال"]);
    assert_eq!(speaker(&q[2]), "لافروف");
    assert_eq!(speaker(&q[3]), "نتنياهو");
    // "وقال: إن" has no name: the most recent speaker its masculine verb agrees with (الوزارة took "وقالت").
    assert_eq!(speaker(&q[5]), "نتنياهو");
}

#[test]
fn statements_of_things_and_relative_clauses_are_not_reported_speech() {
    quotes_of(concat!(
        "عنوان\n",
        "تشير الأرقام إلى أن الاقتصاد يتحسن.\n",
        "وخفضها إلى مستويات أقل مما يعتقد اقتصاديون أنها ضرورية.\n",
        // A temporal أن starts no content; the verbal noun object of أعلن is the statement (the annotators'
        // convention for "أعلن عن إطلاق").
        "أعلن الجيش ⟨عزل الرئيس بعد أن أمضى عاما في الحكم⟩.",
    ));
}

#[test]
fn expectation_verbs_need_a_named_speaker_and_wished_sayings_are_not_reports() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "ويتوقع أن تزيد الحملة من الضغط.\n",
        "ويتوقع محللون أن ⟨ينكمش الاقتصاد العام المقبل⟩.\n",
        "ويبدو أنه تعمد أن يقول ذلك لتنبيه الكونغرس بأن الشركات ستخسر.",
    ));
    assert_eq!(speaker(&q[0]), "محللون");
}

#[test]
fn a_verbal_noun_or_noun_phrase_after_the_verb_is_the_statement() {
    // The annotators' convention: a position reported of someone is a statement, also without أن.
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد وزير النقل [PER:ماجد الحربي] أمس ⟨أهمية صيانة الطرق قبل موسم الأمطار⟩.\n",
        "وأعلنت الشركة عن ⟨إطلاق خدمة جديدة للمسافرين⟩.\n",
        "وأعربت الباحثة [PER:سلمى يوسف] عن ⟨قلقها من تراجع منسوب المياه⟩، مثمنة ⟨هذه الخطوة الحكومية المتأخرة⟩.\n",
        "واعتبرت ⟨فوز الفريق دليلا على نجاح الخطة⟩.",
    ));
    let cues: Vec<&str> = q.iter().map(|q| cue(&c, q)).collect();
    assert_eq!(cues, ["وأكد", "وأعلنت", "وأعربت", "مثمنة", "واعتبرت"]);
    assert_eq!(speaker(&q[0]), "ماجد الحربي");
    assert_eq!(speaker(&q[3]), "سلمى يوسف");
    assert_eq!(speaker(&q[4]), "سلمى يوسف");
}

#[test]
fn a_noun_phrase_is_not_taken_from_a_passive_imperfect_a_set_phrase_or_a_preposition_that_means_via()
 {
    quotes_of(concat!(
        "عنوان\n",
        "وتعتبر هذه المدينة الأكبر في المنطقة.\n",
        "وتحدث الوزير عبر حسابه الرسمي عن زيارته الأخيرة.\n",
        "وأكد الحضور على هامش المؤتمر.\n",
        "وقال شاب رفض ذكر اسمه إن ⟨الأسعار ارتفعت كثيرا⟩.",
    ));
}

#[test]
fn a_written_statement_with_a_complementiser_is_reported_speech() {
    let (c, q) =
        quotes_of("عنوان\nكتب المحلل [PER:هاني عودة] في مقاله أن ⟨الاقتصاد يحتاج إصلاحات عميقة⟩.");
    assert_eq!(cue(&c, &q[0]), "كتب");
    assert_eq!(speaker(&q[0]), "هاني عودة");
}

#[test]
fn the_addressee_of_a_call_is_not_its_speaker_and_a_new_call_is_its_own_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدرب [PER:ياسر حمدان] إن ⟨الفريق استعد جيدا⟩، ودعا الجماهير إلى ⟨الحضور المبكر إلى الملعب⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "ودعا");
    assert_eq!(speaker(&q[1]), "ياسر حمدان");
}

#[test]
fn a_verb_that_reports_nothing_itself_gives_the_participle_after_it_its_subject() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:فارس عيسى] إن ⟨الجسر سيفتتح قريبا⟩.\n",
        "وأكد مصدر مطلع هذه الأنباء قائلا: «⟨الافتتاح بعد أسبوعين⟩».\n",
        "ووصف الخبير [PER:وائل منير] ⟨هذا القرار بالحكيم⟩.",
    ));
    assert_eq!(speaker(&q[1]), "مصدر مطلع");
    assert_eq!(speaker(&q[2]), "وائل منير");
}

#[test]
fn a_perfect_expectation_verb_reports_its_implicit_subject_the_impersonal_imperfect_does_not() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال الخبير [PER:عادل منصور] إن ⟨السوق مستقر⟩. وتوقع أن ⟨ترتفع الأسعار في الصيف⟩.\n",
        "ويتوقع أن يصل عدد الزوار إلى مليون زائر.",
    ));
    assert_eq!(cue(&c, &q[1]), "وتوقع");
    assert_eq!(speaker(&q[1]), "عادل منصور");
}

#[test]
fn the_first_person_of_a_verb_with_an_alef_of_liaison_is_the_writers_own_view() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعتقد أن المدينة تحتاج إلى حدائق أكثر.\n",
        "واعتقد [PER:ماجد سليم] أن ⟨المدينة تحتاج إلى حدائق أكثر⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "واعتقد");
    assert_eq!(speaker(&q[0]), "ماجد سليم");
}

#[test]
fn figures_and_studies_in_general_state_nothing_in_any_tense() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وبينت الإحصاءات أن عدد المسافرين زاد.\n",
        "وتؤكد الدراسات أن الرياضة تحسن المزاج.\n",
        "وأوضحت الدراسة أن ⟨الرياضة تحسن المزاج⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وأوضحت");
}

#[test]
fn an_attribution_that_opens_the_sentence_reports_what_follows_fa_inna() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وبحسب تقديرات عدد من المهندسين فإن ⟨الجسر الجديد سيخفف الزحام في وسط المدينة⟩، مشيرين إلى أن ⟨العمل يسير وفق الخطة⟩.\n",
        // A poll is not a source.
        "وبحسب استطلاع حديث فإن نصف السكان يؤيدون المشروع.",
    ));
    assert_eq!(cue(&c, &q[0]), "وبحسب");
    assert_eq!(speaker(&q[0]), "عدد من المهندسين");
}

#[test]
fn a_feeling_expressed_with_an_then_its_clause_gives_the_clause() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعرب [PER:هاني سعيد] عن أمله في أن ⟨تنتهي الأزمة قريبا⟩.\n",
        "وأعربت [PER:نادية فؤاد] عن ثقتها أن ⟨الفريق سيعود أقوى⟩.\n",
        "وأعرب [PER:هاني سعيد] عن ⟨سعادته بالنتيجة الكبيرة⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "وأعربت");
    assert_eq!(speaker(&q[1]), "نادية فؤاد");
}

#[test]
fn verbs_of_view_and_reliance_report_their_complement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وعدّت [PER:سلمى راشد] أن ⟨القرار خطوة في الاتجاه الصحيح⟩.\n",
        "وقال [PER:ماجد نبيل] إن ⟨الموسم كان صعبا⟩، معولا على ⟨خبرة اللاعبين في المباريات المقبلة⟩.\n",
        "وأضاف أن ⟨الإدارة وفرت كل شيء⟩، متطلعا إلى ⟨تحقيق لقب الدوري هذا العام⟩.\n",
        // Without its shadda the word is وعد "promised": no statement.
        "ووعد المدرب الجماهير بالفوز في المباراة المقبلة.",
    ));
    assert_eq!(cue(&c, &q[0]), "وعدّت");
    assert_eq!(speaker(&q[0]), "سلمى راشد");
    assert_eq!(cue(&c, &q[2]), "معولا");
    assert_eq!(speaker(&q[2]), "ماجد نبيل");
    assert_eq!(cue(&c, &q[4]), "متطلعا");
}

#[test]
fn a_cause_attributed_by_a_speaker_is_a_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وعزا مدير المستشفى [PER:سامي الحربي] التراجع إلى ⟨حملات التوعية المكثفة في المدارس⟩.\n",
        "وأرجعت [PER:منى العتيبي] ذلك إلى ⟨ارتفاع أسعار الوقود في الصيف⟩.\n",
        // "يرجع" is also "goes back": the history of a building is no statement.
        "ويرجع تاريخ المبنى إلى القرن التاسع عشر.",
    ));
    assert_eq!(speaker(&q[0]), "سامي الحربي");
    assert_eq!(cue(&c, &q[1]), "وأرجعت");
    assert_eq!(speaker(&q[1]), "منى العتيبي");
}

#[test]
fn verbs_of_telling_explaining_noting_and_narrating_report() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأخبر [PER:نادر السيف] الصحفيين أن ⟨الفريق سيسافر غدا⟩.\n",
        "وشرح المهندس أن ⟨الجسر يتحمل ضعف الحمولة⟩.\n",
        "ولاحظت الباحثة أن ⟨النباتات نمت أسرع في الظل⟩.\n",
        "وروى أحد الشهود أن ⟨السيارة انحرفت فجأة عن الطريق⟩.",
    ));
    let cues: Vec<&str> = q.iter().map(|q| cue(&c, q)).collect();
    assert_eq!(cues, ["وأخبر", "وشرح", "ولاحظت", "وروى"]);
    assert_eq!(speaker(&q[0]), "نادر السيف");
    assert_eq!(speaker(&q[3]), "أحد الشهود");
}

#[test]
fn a_leading_attribution_with_a_comma_reports_the_rest_of_the_sentence() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ووفقا لمصادر مطلعة، ⟨ستعقد القمة في العاصمة الشهر المقبل⟩.\n",
        "وحسب المتحدث باسم الشرطة، فقد ⟨أوقفت الدوريات ثلاثة مشتبه بهم⟩.\n",
        "ونقلا عن صحيفة [ORG:الوطن]، ⟨ستبدأ الدراسة بعد العيد مباشرة⟩.\n",
        "وحسب الخطة، ستبدأ الأعمال في الربيع.",
    ));
    assert_eq!(cue(&c, &q[0]), "ووفقا");
    assert_eq!(speaker(&q[0]), "مصادر مطلعة");
    assert_eq!(cue(&c, &q[1]), "وحسب");
    assert_eq!(speaker(&q[2]), "الوطن");
}

#[test]
fn rejecting_with_a_complementiser_is_a_statement_but_not_the_sources_anonymity() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ورفضت الناشطة أن ⟨تكون المرأة مجرد رقم في سوق العمل⟩.\n",
        "وقال موظف رفض ذكر اسمه إن ⟨الإدارة لم تصرف المكافآت⟩.\n",
        "ورفض الوزير تقديم تفاصيل عن الصفقة.",
    ));
    assert_eq!(cue(&c, &q[0]), "ورفضت");
    assert_eq!(cue(&c, &q[1]), "وقال");
}

#[test]
fn ja_a_fi_is_no_reporting_verb() {
    // "جاء في" was tried as a cue and dropped: its speakers went wrong on unseen articles.
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وجاء في المرتبة الثانية فريق الوحدة برصيد عشرين نقطة.\n",
        "وأصدرت [ORG:وزارة الصحة] بيانا جاء فيه أن اللقاحات متوفرة في جميع المراكز.",
    ));
    assert!(q.is_empty());
}

#[test]
fn saying_as_a_verbal_noun_with_bi_introduces_the_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المحافظ إن ⟨الطرق ستفتح غدا⟩. واختتم تصريحه بالقول: «⟨سلامة الأهالي أولويتنا⟩».\n",
        "وعلق مدير المستشفى على الحادثة بقوله إن ⟨الطاقم تعامل معها بسرعة⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "بالقول");
    assert_eq!(speaker(&q[1]), "المحافظ");
    assert_eq!(cue(&c, &q[2]), "بقوله");
}

#[test]
fn feminine_participles_spelled_like_nouns_count_with_their_preposition() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأوضحت المديرة أن ⟨المدرسة جاهزة⟩، لافتة إلى أن ⟨الدراسة تبدأ الأحد⟩.\n",
        "وأعربت الجمعية عن ⟨قلقها⟩، معبرة عن ⟨أملها في حل قريب للأزمة⟩.\n",
        "ورفع المحتجون لافتة كبيرة أمام المبنى.",
    ));
    assert_eq!(cue(&c, &q[1]), "لافتة");
    assert_eq!(cue(&c, &q[3]), "معبرة");
}

#[test]
fn where_a_statement_was_published_is_no_complement() {
    quotes_of(concat!(
        "عنوان\n",
        "وأكد الرئيس في تغريدة على حسابه في تويتر أن ⟨الحكومة ستعلن حزمة جديدة⟩.",
    ));
}

#[test]
fn attributing_a_cause_with_a_demonstrative_object() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت الشركة إن ⟨مبيعاتها تراجعت⟩، مرجعة ذلك إلى ⟨ارتفاع أسعار المواد الخام⟩.\n",
        "وبحسب البيان، فإن ⟨الشركة ستوزع أرباحا على المساهمين⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "مرجعة");
    assert_eq!(cue(&c, &q[2]), "وبحسب");
}

#[test]
fn a_prayer_after_the_name_of_god_is_reported() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وعزى المحافظ [PER:ناصر القحطاني] أسر المتوفين، سائلا المولى عز وجل أن ⟨يتغمدهم بواسع رحمته⟩.\n",
        "وقدمت الجمعية العزاء لذوي الضحايا، داعية الله -عز وجل- أن ⟨يلهمهم الصبر والسلوان⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "سائلا");
    assert_eq!(speaker(&q[0]), "ناصر القحطاني");
    assert_eq!(cue(&c, &q[1]), "داعية");
}

#[test]
fn a_relative_clause_that_deems_what_was_named_is_a_statement_of_its_own() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد المزارع [PER:حمد الدوسري] أن ⟨المطر أنقذ المحصول هذا العام⟩، مثمنا ⟨جهود فرق الإرشاد الزراعي⟩، التي اعتبرها ⟨سندا حقيقيا للمزارعين⟩.",
    ));
    assert_eq!(cue(&c, &q[2]), "اعتبرها");
    assert_eq!(speaker(&q[2]), "حمد الدوسري");
}

#[test]
fn agreeing_on_a_view_is_a_statement_and_agreeing_with_someone_is_not() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "واتفق الخبراء المشاركون في الندوة على أن ⟨الاستثمار في التعليم أساس التنمية⟩.\n",
        "واتفق مدربا [ORG:الاتحاد] و[ORG:الأهلي] على ⟨صعوبة مباراة الغد⟩.\n",
        "ويتفق الكاتب مع زملائه في أغلب ما طرحوه.",
    ));
    assert_eq!(cue(&c, &q[0]), "واتفق");
    assert_eq!(speaker(&q[0]), "الخبراء المشاركون");
    assert_eq!(q[1].kind, QuoteKind::Indirect);
}

#[test]
fn a_word_spelled_like_a_verb_inside_a_persons_name_is_no_cue() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت المتحدثة باسم الشركة [PER:ماري راي] إن ⟨الأسعار لن ترتفع هذا العام⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وقالت");
    assert_eq!(speaker(&q[0]), "ماري راي");
}

#[test]
fn advising_reassuring_and_denying_are_reported_speech() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ونصح [PER:سعد الغامدي] مرضى الربو ⟨بتجنب الغبار⟩.\n",
        "وطمأن [PER:سعد الغامدي] الأهالي بأن ⟨المياه صالحة للشرب⟩.\n",
        "وأنكر [PER:ماهر السالم] أن ⟨يكون قد وقع على العقد⟩.\n",
        "ودعا [PER:سعد الغامدي] شباب الحي إلى ⟨المشاركة في حملة النظافة⟩.\n",
        "ويُنصح بشرب الماء بكثرة في الصيف.",
    ));
    let cues: Vec<&str> = q.iter().map(|q| cue(&c, q)).collect();
    assert_eq!(cues, ["ونصح", "وطمأن", "وأنكر", "ودعا"]);
    assert_eq!(speaker(&q[3]), "سعد الغامدي");
    assert_eq!(speaker(&q[1]), "سعد الغامدي");
    assert_eq!(speaker(&q[2]), "ماهر السالم");
}

#[test]
fn zada_with_a_complementiser_or_colon_close_after_it_is_added() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وزاد المصدر أن ⟨اللجنة ستعلن نتائجها قريبا⟩.\n",
        "وزاد عدد المسافرين خلال العطلة بنسبة كبيرة بعد أن خفضت الشركات أسعارها.",
    ));
    assert_eq!(cue(&c, &q[0]), "وزاد");
    assert_eq!(speaker(&q[0]), "المصدر");
}

#[test]
fn a_noun_in_ta_marbuta_spelled_like_a_verb_is_no_cue() {
    // "طالبة" (a student) normalises like طالبه ("demanded him"): the cue is وقالت and the student speaks.
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقالت طالبة الهندسة [PER:سارة الغامدي]: «⟨المختبرات تحتاج إلى تحديث⟩».\n",
        "وأضافت طالبة أخرى أن ⟨المكتبة تغلق مبكرا⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وقالت");
    assert_eq!(speaker(&q[0]), "سارة الغامدي");
    assert_eq!(cue(&c, &q[1]), "وأضافت");
}

#[test]
fn a_court_convicting_is_a_verdict_not_a_position() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأدانت المحكمة العليا الموظف السابق بتهمة الرشوة، وقضت بسجنه ثلاث سنوات.\n",
        "وكان القاضي قد أدانه بالتزوير في العام الماضي.\n",
        "وأدانت [ORG:وزارة الداخلية] ⟨الاعتداء على رجال الأمن في الحي⟩.",
    ));
    assert_eq!(speaker(&q[0]), "وزارة الداخلية");
}

#[test]
fn a_thing_that_shows_or_reveals_is_no_speaker() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأشار المؤشر العام إلى تراجع محدود في آخر الجلسة.\n",
        "وكشفت السيول عن ضعف البنية التحتية في القرى.\n",
        "وأكد الفوز صدارة الفريق للمجموعة.\n",
        "وأشار الخبير إلى ⟨تراجع محدود في آخر الجلسة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الخبير");
}

#[test]
fn what_was_rumoured_is_the_object_denied() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ونفت الجامعة ⟨ما تردد عن تأجيل الامتحانات⟩.\n",
        "وأكد المدرب ⟨ما أشيع عن رحيله في نهاية الموسم⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "ونفت");
    assert_eq!(speaker(&q[1]), "المدرب");
}

#[test]
fn an_appeal_gives_what_follows_its_addressee_and_an_accusation_needs_its_accuser() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وناشد المتضررون البلدية ⟨بإصلاح شبكة الصرف قبل موسم الأمطار⟩.\n",
        "وناشدت [ORG:جمعية المستهلك] التجار أن ⟨يلتزموا بالأسعار المعلنة⟩.\n",
        "واتهم النائب [PER:سلطان المري] الشركة ⟨بالتأخر في تسليم المشروع⟩.\n",
        "ويتهم ناشطون الحكومة ⟨بتجاهل مطالب السكان⟩.\n",
        // The passive: the accused is the only noun, no one accuses.
        "واتهم أربعة موظفين بالتلاعب في فواتير الشراء.\n",
        "واتهم المحاسب [PER:هاني القرشي] بالتلاعب في الحسابات.\n",
        "واتهمت الموظفة بتسريب وثائق سرية.",
    ));
    assert_eq!(cue(&c, &q[0]), "وناشد");
    assert_eq!(speaker(&q[0]), "المتضررون");
    assert_eq!(speaker(&q[1]), "جمعية المستهلك");
    assert_eq!(cue(&c, &q[2]), "واتهم");
    assert_eq!(speaker(&q[2]), "سلطان المري");
    assert_eq!(speaker(&q[3]), "ناشطون");
}

#[test]
fn a_memorandum_is_no_participle_of_reminding() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال مصرف [ORG:الأفق] في مذكرة لعملائه إن ⟨أسعار الذهب قد تتراجع قبل نهاية العام⟩.\n",
        "ووقعت البلدية مذكرة تفاهم مع الجامعة تنص على تدريب الطلاب.\n",
        "وأرسل المصرف مذكرة لعملائه يوم الخميس.",
    ));
    assert_eq!(cue(&c, &q[0]), "وقال");
    assert_eq!(speaker(&q[0]), "الأفق");
}

#[test]
fn is_called_spelled_with_alif_maqsura_claims_nothing_and_names_the_one_described() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأوقفت الدورية شابا يدعى [PER:نايف العنزي] بعد أن تبين أنه قاد السيارة بسرعة كبيرة.\n",
        "وقال شاهد عيان يدعى [PER:بدر السبيعي] لـ[ORG:المدينة] إن ⟨الدخان غطى الشارع بالكامل⟩.\n",
        "ويدعي المتهم أن ⟨السيارة كانت متوقفة عند الإشارة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "بدر السبيعي");
    assert_eq!(speaker(&q[1]), "المتهم");
}

#[test]
fn abda_reports_a_position_only_with_a_possessive_object() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأبدى المدرب ⟨رضاه عن أداء اللاعبين في المباراة⟩.\n",
        "كما أبدت الوزارة ⟨قلقها من تأخر تسليم المشاريع⟩.\n",
        "وأبدى الجمهور حماسا كبيرا طوال الشوط الثاني.\n",
        "وأبدى الطرفان مرونة واضحة في جولة المحادثات الأخيرة.\n",
    ));
    assert_eq!(q.len(), 2);
    assert_eq!(speaker(&q[0]), "المدرب");
    assert_eq!(speaker(&q[1]), "الوزارة");
}

#[test]
fn a_verb_spelled_word_after_a_kunya_or_son_of_is_a_name_not_a_cue() {
    let (_, q) = run("عنوان\nوخرج أنصار علي بن أبي طالب بأعداد كبيرة إلى المسجد.\n");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn the_impersonal_it_is_believed_reports_nobody() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:خالد العتيبي] إن ⟨العمل مستمر⟩.\n",
        "ويعتقد أن الحريق نتج عن ماس كهربائي.\n",
        "ويرجح أن تستمر الأمطار حتى نهاية الأسبوع.\n",
        "ويعتقد الخبراء أن ⟨السوق ستتعافى قريبا⟩.\n",
    ));
    assert_eq!(speaker(&q[1]), "الخبراء");
}

#[test]
fn abda_with_a_noun_of_stance_reports_a_position() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأبدى الخبراء ⟨مخاوف من ارتفاع معدلات التضخم⟩.\n",
        "وأبدى المشجعون حماسا كبيرا قبل المباراة.\n",
        "وأبدى آخرون فتورا تجاه الفكرة الجديدة.\n",
    ));
    assert_eq!(q.len(), 1);
    assert_eq!(speaker(&q[0]), "الخبراء");
}

#[test]
fn the_participle_of_expecting_before_its_complementiser_starts_a_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المحافظ إن ⟨التضخم تراجع⟩، متوقعا أن ⟨تستقر الأسعار قريبا⟩.\n",
        "وجاءت الأرقام متوقعة بعد عام صعب.\n",
    ));
    assert_eq!(q.len(), 2);
    assert_eq!(speaker(&q[1]), "المحافظ");
}

#[test]
fn a_noun_of_saying_or_as_far_as_after_the_comma_attributes_the_clause() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "⟨وستنخفض أسعار الوقود في الربيع⟩، حسب قول مدير الشركة.\n",
        "⟨والمفاوضات وصلت إلى طريق مسدود⟩، على حد تعبير المتحدث باسم الوفد.\n",
    ));
    assert_eq!(q.len(), 2);
    assert_eq!(speaker(&q[0]), "مدير الشركة");
    assert_eq!(speaker(&q[1]), "المتحدث باسم الوفد");
}

#[test]
fn signing_an_agreement_is_no_statement_though_its_verb_is_spelled_like_expected() {
    // Unvowelled, "توقع" is "she signs" (تُوقّع) as well as "expected" (توقّع): a document after it is signed.
    let (_, q) = quotes_of(concat!(
        "[ORG:جامعة الملك سعود] توقع اتفاقية تعاون مع جامعة بريطانية\n",
        "وتوقع [ORG:وزارة النقل] مع شركة صينية عقدا لبناء الجسر.\n",
        "وتوقع الخبير [PER:سامر الحلبي] أن ⟨تنخفض أسعار الوقود الشهر المقبل⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سامر الحلبي");
}

#[test]
fn a_posted_statement_is_reported_and_ends_the_statement_before_it() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وعبر المهاجم [PER:سامي فرج] عن ⟨حزنه للخسارة⟩، وغرد على حسابه أن ⟨الفريق سيعود أقوى⟩.\n",
        "وغردت الوزيرة [PER:هالة منصور] قائلة: ⟨سنواصل العمل حتى النهاية⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "وغرد");
    assert_eq!(speaker(&q[1]), "سامي فرج");
    assert_eq!(speaker(&q[2]), "هالة منصور");
}

#[test]
fn an_amount_or_a_vote_after_the_object_is_not_what_was_admitted() {
    // أقر "approved" a law or a budget: "بأغلبية", "بالإجماع", "بقيمة" go with the act, not a statement.
    quotes_of("عنوان\nوأقر مجلس النواب مشروع قانون الضريبة الجديد بأغلبية واسعة في جلسة مسائية.");
    quotes_of("عنوان\nوأقرت البلدية خطة الطرق بالإجماع بعد نقاش طويل بين الأعضاء.");
    quotes_of("عنوان\nوأقرت الحكومة عقدا لتوسيع الميناء بقيمة مئتي مليون دولار.");
    // What is admitted still opens after ب.
    let (_, q) =
        quotes_of("عنوان\nوأقر الوزير [PER:سالم الحربي] ⟨بصعوبة المرحلة المقبلة على الأسر⟩.");
    assert_eq!(speaker(&q[0]), "سالم الحربي");
}

#[test]
fn a_participle_after_a_verb_of_being_is_its_predicate_not_a_cue() {
    // "كان متوقعا": "was expected"; the warning after غير أنه is the statement.
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ورأى المحلل [PER:سامر الخطيب] أن ⟨خفض الضرائب كان متوقعا⟩، غير أنه حذر من أن ⟨العجز سيتسع⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "حذر");
    assert_eq!(speaker(&q[1]), "سامر الخطيب");
}

#[test]
fn a_reply_with_bi_an_is_a_statement_and_the_noun_reply_is_not() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وانتقد النواب تأخر المشروع، وردت [ORG:وزارة النقل] بأن ⟨الأعمال ستنتهي في الصيف⟩.\n",
        "وفي رد على سؤال، قال الوزير [PER:نادر الحلبي] إن ⟨الكلفة لم تتغير⟩.\n",
        "وقال [PER:نادر الحلبي] إن ⟨التمويل متوفر كما ورد في الموازنة⟩.",
    ));
    assert_eq!(cue(&c, &q[0]), "وردت");
    assert_eq!(speaker(&q[0]), "وزارة النقل");
}
